"""Typed, frozen models of a recovery pathway, as written in a content file.

The models describe the *shape* of a file: which fields exist, their types and allowed
values. Rules that look across fields or files (a source that is cited but never listed,
an id that does not match its file name) live in :mod:`pathways.checks`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .vocab import CERTAINTY, DIMENSION_IDS, SCORE_MAX, SCORE_MIN, SUPPORT_TYPES, THEMES, WHEN

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _printable(value: str) -> str:
    """Text is plain: no control characters (a YAML escape such as "\\0" can make them)."""
    bad = next((c for c in value if (ord(c) < 32 and c not in "\n\t") or c == "\x7f"), None)
    if bad is not None:
        raise ValueError(f"contains the control character U+{ord(bad):04X}; remove it")
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_printable)
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=120),
    AfterValidator(_printable),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=24),
    AfterValidator(_printable),
]
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=60)]

Theme = Literal[tuple(THEMES)]  # type: ignore[valid-type]
When = Literal[tuple(WHEN)]  # type: ignore[valid-type]
SupportType = Literal[tuple(SUPPORT_TYPES)]  # type: ignore[valid-type]
Certainty = Literal[tuple(CERTAINTY)]  # type: ignore[valid-type]
DimensionId = Literal[DIMENSION_IDS]  # type: ignore[valid-type]


def _web_address(value: str) -> str:
    """A source link must be a plain http(s) web address with a host."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise ValueError("should be a web address starting with https:// (or http://)")
    return value


WebAddress = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_web_address)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Principle(_Model):
    """A short statement of what the pathway holds to be true or important."""

    text: Text
    themes: tuple[Theme, ...] = Field(min_length=1)


class FirstStep(_Model):
    """Something a person could do to start, and who can help with it."""

    text: Text
    when: When
    who_helps: Text


class Support(_Model):
    """A person, place, service or practice that helps on this pathway."""

    name: ShortText
    type: SupportType
    description: Text


class Rating(_Model):
    """A 0-4 score on one fixed dimension, with the reason for it in one line."""

    score: int = Field(ge=SCORE_MIN, le=SCORE_MAX)
    reason: Text


class Compatibility(_Model):
    """Another pathway this one is often combined with, and how."""

    id: Id
    note: Text


class Source(_Model):
    """A real, checkable citation."""

    id: Id
    citation: Text
    url: WebAddress


class Evidence(_Model):
    """A plain-language statement of what research found, and how sure it is."""

    claim: Text
    applies_to: Text
    certainty: Certainty
    sources: tuple[Id, ...] = Field(min_length=1)


class Pathway(_Model):
    """One recovery pathway, as described in ``content/<lang>/pathways/<id>.yaml``."""

    id: Id
    name: ShortText
    short_name: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=24)] | None
    ) = None
    summary: Text
    understanding: Text
    principles: tuple[Principle, ...] = Field(min_length=1)
    first_steps: tuple[FirstStep, ...] = Field(min_length=1)
    supports: tuple[Support, ...] = Field(min_length=1)
    strengths: tuple[Text, ...] = Field(min_length=1)
    limitations: tuple[Text, ...] = Field(min_length=1)
    ratings: dict[DimensionId, Rating]
    compatible_with: tuple[Compatibility, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)
    last_reviewed: dt.date

    @property
    def label(self) -> str:
        """The name charts and tables use: the short name if there is one."""
        return self.short_name or self.name

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if the file lists it."""
        return next((s for s in self.sources if s.id == source_id), None)

    def cited(self, evidence: Evidence) -> list[Source]:
        """The sources an evidence statement cites, in its order."""
        return [s for s in map(self.source, evidence.sources) if s is not None]

    def supports_by_type(self) -> dict[str, list[Support]]:
        """Supports grouped by type, in the vocabulary's order; empty types left out."""
        return {
            kind: named
            for kind in SUPPORT_TYPES
            if (named := [s for s in self.supports if s.type == kind])
        }
