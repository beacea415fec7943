"""Plain, person-first language: reading grades and stigmatising words in peer-facing text.

Which fields a peer reads is declared on each model (``PEER_TEXT``); citations, names and ids
are never graded. Grades come from textstat, with each language's formula and limits
(:class:`pathways.vocab.Reading`): Flesch-Kincaid grade levels for English, Szigriszt-Pazos
perspicuity on the INFLESZ scale for Spanish.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from .problems import Loc
from .vocab import (
    LANGUAGE,
    MAX_GRADED_FILE_WORDS,
    MAX_GRADED_WORD,
    MAX_GRADED_WORDS,
    READING_MIN_WORDS,
    TEXT_RULES,
    TextRules,
)


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
def _textstat() -> Any:
    import textstat  # loads a pronouncing dictionary: pay for it only when grading

    return textstat


_LONG_WORD = re.compile(rf"\S{{{MAX_GRADED_WORD + 1},}}")


def bounded(text: str) -> str:
    """The part of a text that is graded: at most MAX_GRADED_WORDS words, each cut to
    MAX_GRADED_WORD characters, so no text (however hostile) costs more than a known amount."""
    words = text.split(maxsplit=MAX_GRADED_WORDS)[:MAX_GRADED_WORDS]
    return _LONG_WORD.sub(lambda m: m.group(0)[:MAX_GRADED_WORD], " ".join(words))


def grade(text: str, code: str = LANGUAGE) -> float:
    """The reading score of a text (of its bounded part) written in language ``code``, by that
    language's formula: for English, the Flesch-Kincaid grade level."""
    reading = TEXT_RULES[code].reading
    formula = getattr(_textstat().backend.metrics, reading.formula)
    return round(float(formula(bounded(text), reading.locale)), 1)


def grade_all(texts: Sequence[str], code: str = LANGUAGE) -> list[float]:
    """The grade of each text, in this process: the content check and the grading worker."""
    return [grade(text, code) for text in texts]


def grade_and_forget(texts: Sequence[str], code: str = LANGUAGE) -> list[float]:
    """The grade of each text, then forget the texts: the grading worker keeps no uploaded
    words between jobs (textstat caches results by text, and pyphen every word it has seen)."""
    try:
        return grade_all(texts, code)
    finally:
        forget_texts()


def forget_texts() -> None:
    """Empty every cache of graded text, keeping only the dictionaries themselves."""
    import sys

    for name, module in list(sys.modules.items()):
        if not name.startswith("textstat") or module is None:
            continue
        for value in list(vars(module).values()):
            if hasattr(value, "cache_clear") and not value.__name__.startswith("get_"):
                value.cache_clear()
    pyphen = sys.modules.get("pyphen")
    for patterns in getattr(pyphen, "hdcache", {}).values():
        patterns.cache.clear()


@dataclass(frozen=True)
class Grades:
    """The reading grades of one document: each graded field, and the text taken together.
    ``checked`` is False when grading was asked for but could not finish."""

    fields: Mapping[Loc, float]
    overall: float | None
    checked: bool = True


Grader = Callable[[Sequence[str], str], "list[float] | None"]
"""Grades a list of texts in a language (its code), or returns None when it could not (too
slow, out of memory)."""

_grader: ContextVar[Grader | None] = ContextVar("grader", default=grade_all)
_last: ContextVar[tuple[BaseModel, Grades | None] | None] = ContextVar("last_grades", default=None)


_written: ContextVar[str] = ContextVar("written_in", default=LANGUAGE)


@contextmanager
def written_in(code: str) -> Iterator[None]:
    """Check text with the word lists and reading formula of language ``code`` inside this
    block."""
    token = _written.set(code)
    try:
        yield
    finally:
        _written.reset(token)


def rules() -> TextRules:
    """The word lists for the language being checked (English unless :func:`written_in`)."""
    return TEXT_RULES[_written.get()]


@contextmanager
def grading(grader: Grader | None) -> Iterator[None]:
    """Grade text with ``grader`` inside this block (None: do not grade at all). The app's
    serving process never grades in itself: it passes None for shipped content and a
    bounded worker process for uploads."""
    token, last = _grader.set(grader), _last.set(None)
    try:
        yield
    finally:
        _grader.reset(token)
        _last.reset(last)


def grades_of(document: BaseModel) -> Grades | None:
    """The reading grades of a document's peer-facing text, graded in one call (None when
    grading is off). Asked for twice in a row for one document, it grades once."""
    last = _last.get()
    if last is not None and last[0] is document:
        return last[1]
    grader = _grader.get()
    result = None if grader is None else _grade_document(document, grader, _written.get())
    _last.set((document, result))
    return result


def _grade_document(document: BaseModel, grader: Grader, code: str) -> Grades:
    texts, budget = [], MAX_GRADED_FILE_WORDS  # a file's grading costs a known amount at most
    for loc, text in peer_texts(document):
        if budget <= 0:
            break
        part = bounded(text)
        texts.append((loc, part))
        budget -= word_count(part)
    fields = [(loc, text) for loc, text in texts if graded(text)]
    whole = bounded(_joined([text for _, text in texts]))
    asked = [text for _, text in fields] + ([whole] if whole else [])
    levels = grader(asked, code) if asked else []
    if levels is None or len(levels) != len(asked):
        return Grades({}, None, checked=False)
    by_field = {loc: level for (loc, _), level in zip(fields, levels, strict=False)}
    return Grades(by_field, levels[-1] if whole else None)


def _joined(texts: list[str]) -> str:
    """Several texts read together, each ending as a sentence."""
    return " ".join(
        t.strip() if t.strip()[-1:] in ".!?" else t.strip() + "." for t in texts if t.strip()
    )


def word_count(text: str) -> int:
    return len(text.split())


def graded(text: str) -> bool:
    """Long enough for a reading grade to mean something."""
    return word_count(text) >= READING_MIN_WORDS


def overall_grade(texts: list[str], code: str = LANGUAGE) -> float | None:
    """The grade of several texts read together, each ending as a sentence."""
    joined = _joined(texts)
    return grade(joined, code) if joined.strip() else None


@cache
def _patterns(table: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), use) for pattern, use in table)


@cache
def _any(table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(pattern for pattern, _ in table)})\b", re.IGNORECASE)


def _words(text: str, table: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """Words from a table found in a text, each with what to say instead; names left alone."""
    for name in rules().exempt_names:
        text = text.replace(name, " ")
    if not _any(table).search(text):  # most text has none: one search instead of one a word
        return []
    found: list[tuple[str, str]] = []
    for pattern, use in _patterns(table):
        found.extend((match.group(0), use) for match in pattern.finditer(text))
    return found


def stigmatising_words(text: str) -> list[tuple[str, str]]:
    """Stigmatising words in a text, each with what to say instead; names are left alone."""
    return _words(text, rules().person_first)


def jargon(text: str) -> list[tuple[str, str]]:
    """Jargon and labels a peer should not have to read, each with what to say instead."""
    return _words(text, rules().plain_words)
