"""A translated content file against its original: same in everything that is not prose.

A translation lives at the same path under its language's folder (``content/es/pathways/
mat.yaml`` translates ``content/en/pathways/mat.yaml``) and ends with a ``translation`` record:
the SHA-256 of the original it was made from, who translated it and when, and who read it
again against the original and when. Only the fields in ``PROSE`` may differ; ids, ratings,
sources and their addresses, dates, choices and numbers must be the original's, and every
number written in a sentence must be written in its translation too.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .i18n import said
from .models import Translation as Record
from .problems import WARNING, Loc, Problem, at
from .reading import Rejected, parse, read_bytes
from .vocab import LANGUAGE as ORIGINAL_LANGUAGE
from .vocab import TEXT_RULES

__all__ = [
    "ORIGINAL_LANGUAGE",
    "PROSE",
    "RECORD",
    "Record",
    "check_file",
    "compare",
    "digest",
    "languages",
    "orphans",
]

RECORD = "translation"
"""The top-level field of a translated file that says what it was made from."""

PROSE = frozenset(
    {
        # pathways
        "name", "short_name", "summary", "understanding", "text", "who_helps", "description",
        "reason", "note", "claim", "applies_to", "grade_note", "outcome",
        # glossary, safety facts, about
        "term", "also", "definition", "title", "update_policy", "methods", "authors",
        "funding", "conflicts",
        # questions, scenarios, quiz
        "ask", "why", "label", "short", "limits", "who", "vignette", "prompts",
        "peer_might_say", "question", "explanation",
        # region packs
        "what",
        # the guided conversation
        "intro", "say", "options", "avoid", "about",
    }
)  # fmt: skip
"""Fields whose words are translated. Every other field (ids, scores, ``when``, ``type``,
``themes``, ``sources``, citations and their addresses, dates, counts, and periods such as
``18 months``, which the app puts into words itself) is the original's."""

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes, as ``sha256sum`` prints it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def numbers(text: str) -> Counter[str]:
    """The numbers written in a sentence (``1-800-662-4357`` is three), each as written."""
    return Counter(_NUMBER.findall(text))


def compare(original: Any, translated: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Where a translation differs from its original other than in prose, and how."""
    if isinstance(original, Mapping):
        if not isinstance(translated, Mapping):
            yield loc, said("should be a mapping, as in the original")
            return
        for key in original:
            if key not in translated:
                yield (*loc, key), said("is missing; the original has it")
        for key in translated:
            if key not in original and not (loc == () and key == RECORD):
                yield (*loc, key), said("is not in the original")
        for key in original:
            if key in translated:
                yield from _compare_value(str(key), original[key], translated[key], (*loc, key))
    elif original != translated:
        yield loc, said("differs from the original")


def _compare_value(key: str, original: Any, translated: Any, loc: Loc) -> Iterator[tuple[Loc, str]]:
    if isinstance(original, list):
        if not isinstance(translated, list) or len(original) != len(translated):
            if isinstance(translated, list):
                message = said(
                    "has {count} items; the original has {most}",
                    count=len(translated),
                    most=len(original),
                )
            else:
                message = said("has no items; the original has {most}", most=len(original))
            yield loc, message
            return
        for index, (a, b) in enumerate(zip(original, translated, strict=True)):
            yield from _compare_value(key, a, b, (*loc, index))
    elif isinstance(original, Mapping):
        yield from compare(original, translated, loc)
    elif key in PROSE and isinstance(original, str):
        if not isinstance(translated, str) or not translated.strip():
            yield loc, said("is empty; translate the original's text")
        elif numbers(original) != numbers(translated):
            yield loc, _numbers_differ(original, translated)
    elif original != translated:
        yield (
            loc,
            said(
                "must be the original's {original}, not {translated} (only prose is translated)",
                original=repr(original),
                translated=repr(translated),
            ),
        )


def _numbers_differ(original: str, translated: str) -> str:
    """Which numbers of a sentence its translation lost, and which it added."""
    lost = ", ".join(sorted((numbers(original) - numbers(translated)).elements()))
    added = ", ".join(sorted((numbers(translated) - numbers(original)).elements()))
    if lost and added:
        return said(
            "numbers differ from the original (the original's {lost} not found; {added} not in "
            "the original); write each as the original does",
            lost=lost,
            added=added,
        )
    if lost:
        return said(
            "numbers differ from the original (the original's {lost} not found); write each as "
            "the original does",
            lost=lost,
        )
    return said(
        "numbers differ from the original ({added} not in the original); write each as the "
        "original does",
        added=added,
    )


def check_file(original: Path, translated: Path, shown: str) -> list[Problem]:
    """Every way ``translated`` departs from ``original`` other than in its prose, and whether
    its record is complete and up to date. Differences are errors; a stale or unreviewed
    translation is a warning."""
    try:
        english, _, found = parse(read_bytes(original, shown), str(original))
        data, lines, problems = parse(read_bytes(translated, shown), shown)
    except Rejected as rejected:
        return list(rejected.problems)
    if found or problems or english is None or data is None:
        return [*problems, *found]
    out = [
        at(shown, lines, loc, message, code="translation")
        for loc, message in compare(english, data)
    ]
    out.extend(_record_problems(data, lines, shown, digest(original)))
    return out


def _record_problems(
    data: Any, lines: Mapping[Loc, int], shown: str, current: str
) -> list[Problem]:
    if not isinstance(data, Mapping) or RECORD not in data:
        message = said(
            "has no {record} record (original_sha256, translated_by, translated_on)",
            record=RECORD,
        )
        return [at(shown, lines, (), message, code="translation")]
    try:
        record = Record.model_validate(data[RECORD])
    except ValidationError as error:
        first = error.errors()[0]
        loc: Loc = (RECORD, *first["loc"])
        return [at(shown, lines, loc, first["msg"], code="translation")]
    out = []
    if record.original_sha256 != current:
        message = said(
            "the original has changed since this was translated; update the translation, "
            "then its original_sha256"
        )
        out.append(
            at(shown, lines, (RECORD, "original_sha256"), message, WARNING, "translation-stale")
        )
    if record.reviewed_by is None or record.reviewed_on is None:
        message = said("no second reader has checked this translation against the original yet")
        out.append(at(shown, lines, (RECORD,), message, WARNING, "translation-unreviewed"))
    elif record.reviewed_by.strip().lower() == record.translated_by.strip().lower():
        message = said("was reviewed by its translator; a second reader must check it")
        out.append(
            at(shown, lines, (RECORD, "reviewed_by"), message, WARNING, "translation-unreviewed")
        )
    return out


def languages(root: Path) -> list[str]:
    """The translations in a content folder: each language folder beside the original's."""
    try:
        folders = sorted(p for p in Path(root).iterdir() if p.is_dir())
    except OSError:
        return []
    return [p.name for p in folders if p.name in TEXT_RULES and p.name != ORIGINAL_LANGUAGE]


def orphans(root: Path, language: str) -> list[Problem]:
    """An error for each file in ``language``'s folder that translates no original."""
    source, target = root / ORIGINAL_LANGUAGE, root / language
    return [
        Problem(
            f"{root.name}/{language}/{path.relative_to(target).as_posix()}",
            None,
            "",
            said("has no original; check its name and folder"),
            code="translation",
        )
        for path in sorted(target.rglob("*.yaml"))
        if not (source / path.relative_to(target)).is_file()
    ]
