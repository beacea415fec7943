"""A problem found in a content file, reported as ``path:line: field: message [code]``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from .i18n import _, said, told
from .vocab import MAX_PROBLEMS

Severity = Literal["error", "warning"]
ERROR: Severity = "error"
WARNING: Severity = "warning"

Loc = tuple[str | int, ...]
"""Where a value is in a file: ``("principles", 2, "themes")`` is ``principles[2].themes``."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a content author needs to fix, with where to find it."""

    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = ERROR
    code: str = ""
    """The name of the content rule that found it (see :mod:`pathways.checks`); "" if none."""

    @property
    def location(self) -> str:
        """``path:line`` (or just ``path`` when the line is unknown)."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        parts = [self.location]
        if self.field:
            parts.append(self.field)
        parts.append(f"warning: {self.message}" if self.severity == WARNING else self.message)
        text = ": ".join(parts)
        return f"{text} [{self.code}]" if self.code else text

    def told(self) -> str:
        """The problem as ``str()`` writes it, its words in the language being spoken (see
        :func:`pathways.i18n.speaking`); file, line, field and rule code stay as they are."""
        message = told(self.message)
        if self.severity == WARNING:
            message = _("warning: {message}").format(message=message)
        text = ": ".join([self.location, *([self.field] if self.field else []), message])
        return f"{text} [{self.code}]" if self.code else text


def field_name(loc: Loc) -> str:
    """Turn a location such as ``("principles", 2, "themes")`` into ``principles[2].themes``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def line_for(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    """The line of the deepest known part of a location (a missing field: its parent's line)."""
    for end in range(len(loc), -1, -1):
        line = lines.get(tuple(loc[:end]))
        if line is not None:
            return line
    return None


def at(
    shown: str,
    lines: Mapping[Loc, int],
    loc: Loc,
    message: str,
    severity: Severity = ERROR,
    code: str = "",
) -> Problem:
    """A problem at a field of a file, on the field's line."""
    return Problem(shown, line_for(loc, lines), field_name(loc), message, severity, code)


def capped(problems: list[Problem], shown: str, total: int | None = None) -> list[Problem]:
    """At most MAX_PROBLEMS problems, then one line saying how many more there are."""
    total = max(total or 0, len(problems))
    if total <= MAX_PROBLEMS:
        return problems
    more = total - MAX_PROBLEMS
    message = (
        said("and {more:,} more problem; fix it and those above, then check again", more=more)
        if more == 1
        else said("and {more:,} more problems; fix those above, then check again", more=more)
    )
    return [*problems[:MAX_PROBLEMS], Problem(shown, None, "", message)]
