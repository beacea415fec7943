"""Plain, person-first language: reading grades and stigmatising words in peer-facing text.

Which fields a peer reads is declared on each model (``PEER_TEXT``); citations, names and ids
are never graded. Grades are Flesch-Kincaid grade levels from textstat.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import BaseModel

from .models import Loc
from .vocab import EXEMPT_NAMES, PERSON_FIRST, PLAIN_WORDS, READING_MIN_WORDS


def peer_texts(model: BaseModel, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every peer-facing text in a model and the models inside it, with its location."""
    peer = getattr(model, "PEER_TEXT", ())
    for name in type(model).model_fields:
        value = getattr(model, name)
        here = (*loc, name)
        if isinstance(value, str):
            if name in peer:
                yield here, value
        elif isinstance(value, BaseModel):
            yield from peer_texts(value, here)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, str) and name in peer:
                    yield (*here, index), item
                elif isinstance(item, BaseModel):
                    yield from peer_texts(item, (*here, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, BaseModel):
                    yield from peer_texts(item, (*here, key))


@cache
def _textstat():
    import textstat  # loads a pronouncing dictionary: pay for it only when grading

    return textstat


def grade(text: str) -> float:
    """The Flesch-Kincaid grade level of a text."""
    return round(float(_textstat().flesch_kincaid_grade(text)), 1)


def word_count(text: str) -> int:
    return len(text.split())


def graded(text: str) -> bool:
    """Long enough for a reading grade to mean something."""
    return word_count(text) >= READING_MIN_WORDS


def overall_grade(texts: list[str]) -> float | None:
    """The grade of several texts read together, each ending as a sentence."""
    joined = " ".join(t.strip() if t.strip()[-1:] in ".!?" else t.strip() + "." for t in texts)
    return grade(joined) if joined.strip() else None


@cache
def _patterns(table: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), use) for pattern, use in table)


def _words(text: str, table: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Words from a table found in a text, each with what to say instead; names left alone."""
    for name in EXEMPT_NAMES:
        text = text.replace(name, " ")
    found = []
    for pattern, use in _patterns(table):
        found.extend((match.group(0), use) for match in pattern.finditer(text))
    return found


def stigmatising_words(text: str) -> list[tuple[str, str]]:
    """Stigmatising words in a text, each with what to say instead; names are left alone."""
    return _words(text, PERSON_FIRST)


def jargon(text: str) -> list[tuple[str, str]]:
    """Jargon and labels a peer should not have to read, each with what to say instead."""
    return _words(text, PLAIN_WORDS)
