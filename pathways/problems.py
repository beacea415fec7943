"""A problem found in a content file, reported as ``path:line: field: message``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a content author needs to fix, with where to find it."""

    path: str
    line: int | None
    field: str
    message: str
    severity: Severity = "error"

    @property
    def location(self) -> str:
        """``path:line`` (or just ``path`` when the line is unknown)."""
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        parts = [self.location]
        if self.field:
            parts.append(self.field)
        parts.append(f"warning: {self.message}" if self.severity == "warning" else self.message)
        return ": ".join(parts)


def field_name(loc: tuple[str | int, ...]) -> str:
    """Turn a location such as ``("principles", 2, "themes")`` into ``principles[2].themes``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
