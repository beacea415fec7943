"""Content rules that look across fields or across files.

Each rule is a small function with a one-line docstring that yields ``(location, message)``
pairs; messages are phrased as the rule, so an author knows what to change. Rules in
``FILE_RULES`` see one pathway; rules in ``COLLECTION_RULES`` also see the others.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping

from .models import Pathway
from .problems import Severity
from .vocab import DIMENSION_IDS

Loc = tuple[str | int, ...]
Finding = tuple[Loc, str]


def id_matches_file_name(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """The id must match the file name, so links and file names agree."""
    if pathway.id != stem:
        yield (
            ("id",),
            f"'{pathway.id}' does not match the file name; rename the file to {pathway.id}.yaml or change the id to '{stem}'",
        )


def ratings_cover_every_dimension(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Every pathway is rated on every dimension, so charts compare like with like."""
    missing = [d for d in DIMENSION_IDS if d not in pathway.ratings]
    if missing:
        yield (
            ("ratings",),
            f"no rating for: {', '.join(missing)}; add a score and reason for each dimension",
        )


def source_ids_are_unique(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Each source id is listed once, so every citation points to one source."""
    seen: set[str] = set()
    for index, source in enumerate(pathway.sources):
        if source.id in seen:
            yield (
                ("sources", index, "id"),
                f"'{source.id}' is listed twice; give each source its own id",
            )
        seen.add(source.id)


def evidence_cites_listed_sources(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Evidence statements cite sources listed in the same file."""
    listed = {s.id for s in pathway.sources}
    for index, evidence in enumerate(pathway.evidence):
        for position, source_id in enumerate(evidence.sources):
            if source_id not in listed:
                yield (
                    ("evidence", index, "sources", position),
                    f"'{source_id}' is not in this file's sources; add it there or fix the id",
                )


def not_compatible_with_itself(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """A pathway lists other pathways it combines with, not itself, and each one once."""
    seen: set[str] = set()
    for index, other in enumerate(pathway.compatible_with):
        if other.id == pathway.id:
            yield (
                ("compatible_with", index, "id"),
                "a pathway cannot be combined with itself; remove this entry",
            )
        elif other.id in seen:
            yield (
                ("compatible_with", index, "id"),
                f"'{other.id}' is listed twice; merge the notes into one entry",
            )
        seen.add(other.id)


def reviewed_in_the_past(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """The last_reviewed date is a real review that has already happened."""
    if pathway.last_reviewed > dt.date.today():
        yield (
            ("last_reviewed",),
            f"{pathway.last_reviewed} is in the future; use the date the facts were last checked",
        )


def compatible_pathways_exist(pathway: Pathway, others: Mapping[str, Pathway]) -> Iterator[Finding]:
    """Combinations name pathways that are in the content folder."""
    for index, other in enumerate(pathway.compatible_with):
        if other.id != pathway.id and other.id not in others:
            known = ", ".join(sorted(others)) or "none"
            yield (
                ("compatible_with", index, "id"),
                f"'{other.id}' is not a loaded pathway (loaded: {known}); it is left out of the combinations",
            )


def names_are_unique(pathway: Pathway, earlier: Mapping[str, Pathway]) -> Iterator[Finding]:
    """Names and short names are unique, so charts and tables tell pathways apart."""
    for other in earlier.values():
        if other.name == pathway.name:
            yield (
                ("name",),
                f"'{pathway.name}' is already the name of '{other.id}'; choose another name",
            )
        elif other.label == pathway.label:
            field = "short_name" if pathway.short_name else "name"
            yield (
                (field,),
                f"'{pathway.label}' is already the short name of '{other.id}'; choose another",
            )


FileRule = Callable[[Pathway, str], Iterator[Finding]]
CollectionRule = Callable[[Pathway, Mapping[str, Pathway]], Iterator[Finding]]

FILE_RULES: tuple[tuple[FileRule, Severity], ...] = (
    (id_matches_file_name, "error"),
    (ratings_cover_every_dimension, "error"),
    (source_ids_are_unique, "error"),
    (evidence_cites_listed_sources, "error"),
    (not_compatible_with_itself, "error"),
    (reviewed_in_the_past, "error"),
)
COLLECTION_RULES: tuple[tuple[CollectionRule, Severity], ...] = (
    (compatible_pathways_exist, "warning"),
)
FIRST_COME_RULES: tuple[CollectionRule, ...] = (names_are_unique,)
"""Errors that keep a pathway out when an earlier file (in name order) already has the name."""


def check_pathway(pathway: Pathway, stem: str) -> Iterator[tuple[Loc, str, Severity]]:
    """Run every single-file rule on one pathway."""
    for rule, severity in FILE_RULES:
        for loc, message in rule(pathway, stem):
            yield loc, message, severity


def check_collection(
    pathway: Pathway, others: Mapping[str, Pathway]
) -> Iterator[tuple[Loc, str, Severity]]:
    """Run every rule that needs the other loaded pathways."""
    for rule, severity in COLLECTION_RULES:
        for loc, message in rule(pathway, others):
            yield loc, message, severity


def check_first_come(pathway: Pathway, earlier: Mapping[str, Pathway]) -> Iterator[tuple[Loc, str]]:
    """Run every rule that compares a pathway with those loaded before it."""
    for rule in FIRST_COME_RULES:
        yield from rule(pathway, earlier)
