"""Content rules that look across fields or across files.

Each rule is a small function with a one-line docstring that yields ``(location, message)``
pairs; messages are phrased as the rule, so an author knows what to change. Rules in
``TEXT_RULES`` see any content file (pathway, glossary, about ...); ``FILE_RULES`` see one
pathway; ``COLLECTION_RULES`` also see the others. Errors keep a file out of the app;
warnings are listed and fail only ``check --strict``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from . import language
from .models import About, Glossary, Loc, Pathway, Questions, Quiz, Scenario
from .problems import Severity
from .text import look_alike
from .vocab import (
    ABSTINENCE_ASKED,
    BALANCE_RATIO,
    DIMENSION_IDS,
    READING_GRADE_AVERAGE,
    READING_GRADE_FIELD,
    REQUIRED_SAFETY,
    REVIEW_EVERY_DAYS,
    STANDARD_DENOMINATOR,
    WITHDRAWAL_STEP,
)

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


def _repeats(ids: Iterable[str], where: str, message: str) -> Iterator[Finding]:
    """Every id after its first use, as a finding at ``where[index].id``."""
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            yield ((where, index, "id"), f"'{item_id}' {message}")
        seen.add(item_id)


def source_ids_are_unique(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Each source id is listed once, so every citation points to one source."""
    ids = (s.id for s in pathway.sources)
    yield from _repeats(ids, "sources", "is listed twice; give each source its own id")


def citations_are_listed(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Every statement, support and evidence cites sources listed in the same file."""
    listed = {s.id for s in pathway.sources}
    for loc, source_ids in pathway.citing():
        for position, source_id in enumerate(source_ids):
            if source_id not in listed:
                yield (
                    (*loc, position),
                    f"'{source_id}' is not in this file's sources; add it there or fix the id",
                )


def sources_are_cited(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Every listed source backs at least one statement, support or evidence statement."""
    cited = {source_id for _, source_ids in pathway.citing() for source_id in source_ids}
    for index, source in enumerate(pathway.sources):
        if source.id not in cited:
            yield (
                ("sources", index, "id"),
                f"'{source.id}' is listed but nothing cites it; cite it where it backs a line, or remove it",
            )


def says_how_to_stop_safely(text: str) -> bool:
    """Whether one text names benzodiazepines and alcohol, and asks a doctor or clinic first."""
    lowered = text.lower()
    return all(any(word in lowered for word in group) for group in WITHDRAWAL_STEP)


def stopping_is_made_safe(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """A pathway that asks people to stop says how to stop alcohol or benzodiazepines safely."""
    rating = pathway.ratings.get("abstinence_expectation")
    if rating is None or rating.score < ABSTINENCE_ASKED:
        return
    if not any(says_how_to_stop_safely(step.text) for step in pathway.first_steps):
        yield (
            ("first_steps",),
            "this pathway asks people to stop, so add a first step: if you drink heavily every "
            "day or take benzodiazepines, talk to a doctor or clinic before stopping, because "
            "stopping suddenly can cause seizures or delirium",
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


def has_graded_evidence(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Each pathway says what research found, and how sure it is, in evidence statements."""
    if not pathway.evidence:
        yield (
            ("evidence",),
            "has no evidence statements; add at least one claim with its certainty and sources",
        )


def numbers_share_a_denominator(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Natural frequencies use the same number of people, so they compare at a glance."""
    for index, evidence in enumerate(pathway.evidence):
        numbers = evidence.numbers
        if numbers is not None and numbers.out_of != STANDARD_DENOMINATOR:
            yield (
                ("evidence", index, "numbers", "out_of"),
                f"counts out of {numbers.out_of:,} people; give them out of {STANDARD_DENOMINATOR:,}, like the other statements",
            )


def strengths_and_limitations_balance(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Strengths and limitations get comparable detail, so no pathway is sold or run down."""
    good = sum(len(s.text) for s in pathway.strengths)
    bad = sum(len(s.text) for s in pathway.limitations)
    if max(good, bad) > BALANCE_RATIO * min(good, bad):
        longer, shorter = (
            ("strengths", "limitations") if good > bad else ("limitations", "strengths")
        )
        yield (
            (longer,),
            f"{longer} are {max(good, bad) / min(good, bad):.1f} times as long as {shorter} "
            f"({max(good, bad)} against {min(good, bad)} characters; at most {BALANCE_RATIO}); "
            f"give the {shorter} the same care",
        )


def review_is_recent(pathway: Pathway, stem: str) -> Iterator[Finding]:
    """Facts are checked again at least once every review period."""
    age = (dt.date.today() - pathway.last_reviewed).days
    if age > REVIEW_EVERY_DAYS:
        yield (
            ("last_reviewed",),
            f"last reviewed {age} days ago (on {pathway.last_reviewed}); check the facts and sources again, then update the date",
        )


def fields_are_plain(document: BaseModel, stem: str) -> Iterator[Finding]:
    """No text a peer reads is above the highest reading grade for one field."""
    grades = language.grades_of(document)
    for loc, level in (grades.fields if grades is not None else {}).items():
        if level > READING_GRADE_FIELD:
            yield (
                loc,
                f"reads at grade {level:g}, above {READING_GRADE_FIELD:g}; use shorter sentences and everyday words",
            )


def file_is_plain(document: BaseModel, stem: str) -> Iterator[Finding]:
    """The text a peer reads, taken together, is at or below the target reading grade."""
    grades = language.grades_of(document)
    if grades is not None and not grades.checked:
        yield (
            (),
            "its reading level could not be checked just now; try the file again in a minute, "
            "or check it with python -m pathways check",
        )
    level = grades.overall if grades is not None else None
    if level is not None and level > READING_GRADE_AVERAGE:
        yield (
            (),
            f"its text reads at grade {level:g} on average, above {READING_GRADE_AVERAGE:g}; use shorter sentences and everyday words",
        )


def words_are_person_first(document: BaseModel, stem: str) -> Iterator[Finding]:
    """Text uses person-first words, not stigmatising ones (names of organisations aside)."""
    for loc, text in language.peer_texts(document):
        for word, use in language.stigmatising_words(text):
            yield loc, f"says '{word}'; use person-first words instead: {use}"


def words_are_plain(document: BaseModel, stem: str) -> Iterator[Finding]:
    """Text a peer reads has no jargon such as "person-years" or labels such as "heavy drinkers"."""
    for loc, text in language.peer_texts(document):
        for word, use in language.jargon(text):
            yield loc, f"says '{word}'; use plain words instead: {use}"


def terms_are_unique(glossary: Glossary, stem: str) -> Iterator[Finding]:
    """Each glossary term and each of its other forms is explained once."""
    seen: dict[str, str] = {}
    for index, term in enumerate(glossary.terms):
        for form in (term.id, *term.forms):
            key = form.casefold()
            if key in seen and seen[key] != term.id:
                yield (
                    ("terms", index),
                    f"'{form}' is already explained under '{seen[key]}'; merge the two entries",
                )
            seen.setdefault(key, term.id)


def published_in_the_past(about: About, stem: str) -> Iterator[Finding]:
    """The publication date has already happened."""
    if about.published > dt.date.today():
        yield (("published",), f"{about.published} is in the future; use the date it was published")


def safety_facts_are_kept(about: About, stem: str) -> Iterator[Finding]:
    """The safety facts every page must show are all there."""
    have = {fact.id for fact in about.safety}
    for fact_id, what in REQUIRED_SAFETY.items():
        if fact_id not in have:
            yield (("safety",), f"has no safety fact '{fact_id}' ({what}); it must stay")


def questions_are_unique(questions: Questions, stem: str) -> Iterator[Finding]:
    """Each question has its own id, so answers never mix."""
    ids = (q.id for q in questions.questions)
    yield from _repeats(ids, "questions", "is used twice; give each question its own id")


def one_right_answer(quiz: Quiz, stem: str) -> Iterator[Finding]:
    """Each knowledge check has exactly one right answer, marked correct: true."""
    for index, check in enumerate(quiz.questions):
        right = sum(choice.correct for choice in check.choices)
        if right != 1:
            yield (
                ("questions", index, "choices"),
                f"has {right} answers marked correct: true; mark exactly one",
            )


def checks_are_unique(quiz: Quiz, stem: str) -> Iterator[Finding]:
    """Each knowledge check has its own id, so scores never mix."""
    yield from _repeats(
        (c.id for c in quiz.questions), "questions", "is used twice; give each its own id"
    )


def scenario_id_matches_file_name(scenario: Scenario, stem: str) -> Iterator[Finding]:
    """A scenario's id matches its file name, so links and file names agree."""
    if scenario.id != stem:
        yield (
            ("id",),
            f"'{scenario.id}' does not match the file name; rename the file to {scenario.id}.yaml or change the id to '{stem}'",
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


_LOOKS_ALIKE = "apart from capitals, invisible characters or letters that look the same"


def names_are_unique(pathway: Pathway, earlier: Mapping[str, Pathway]) -> Iterator[Finding]:
    """Names and short names look different, so charts and tables tell pathways apart."""
    for other in earlier.values():
        if other.name == pathway.name:
            yield (
                ("name",),
                f"'{pathway.name}' is already the name of '{other.id}'; choose another name",
            )
        elif look_alike(other.name, pathway.name):
            yield (
                ("name",),
                f"'{pathway.name}' looks the same as '{other.name}', the name of '{other.id}', "
                f"{_LOOKS_ALIKE}; choose another name",
            )
        elif other.label == pathway.label:
            field = "short_name" if pathway.short_name else "name"
            yield (
                (field,),
                f"'{pathway.label}' is already the short name of '{other.id}'; choose another",
            )
        elif look_alike(other.label, pathway.label):
            field = "short_name" if pathway.short_name else "name"
            yield (
                (field,),
                f"'{pathway.label}' looks the same as '{other.label}', the short name of "
                f"'{other.id}', {_LOOKS_ALIKE}; choose another",
            )


FileRule = Callable[[Any, str], Iterator[Finding]]
CollectionRule = Callable[[Pathway, Mapping[str, Pathway]], Iterator[Finding]]

TEXT_RULES: tuple[tuple[FileRule, Severity], ...] = (
    (fields_are_plain, "warning"),
    (file_is_plain, "warning"),
    (words_are_person_first, "warning"),
    (words_are_plain, "warning"),
)
FILE_RULES: tuple[tuple[FileRule, Severity], ...] = (
    (id_matches_file_name, "error"),
    (ratings_cover_every_dimension, "error"),
    (source_ids_are_unique, "error"),
    (citations_are_listed, "error"),
    (stopping_is_made_safe, "error"),
    (has_graded_evidence, "error"),
    (not_compatible_with_itself, "error"),
    (reviewed_in_the_past, "error"),
    (numbers_share_a_denominator, "warning"),
    (strengths_and_limitations_balance, "warning"),
    (review_is_recent, "warning"),
    (sources_are_cited, "warning"),
)
GLOSSARY_RULES: tuple[tuple[FileRule, Severity], ...] = ((terms_are_unique, "error"),)
ABOUT_RULES: tuple[tuple[FileRule, Severity], ...] = (
    (published_in_the_past, "error"),
    (safety_facts_are_kept, "error"),
)
QUESTION_RULES: tuple[tuple[FileRule, Severity], ...] = ((questions_are_unique, "error"),)
QUIZ_RULES: tuple[tuple[FileRule, Severity], ...] = (
    (one_right_answer, "error"),
    (checks_are_unique, "error"),
)
SCENARIO_RULES: tuple[tuple[FileRule, Severity], ...] = ((scenario_id_matches_file_name, "error"),)
RULES: dict[type, tuple[tuple[FileRule, Severity], ...]] = {
    Pathway: FILE_RULES,
    Glossary: GLOSSARY_RULES,
    About: ABOUT_RULES,
    Questions: QUESTION_RULES,
    Quiz: QUIZ_RULES,
    Scenario: SCENARIO_RULES,
}
"""The rules for each kind of content file, run after the ``TEXT_RULES`` every file gets."""
COLLECTION_RULES: tuple[tuple[CollectionRule, Severity], ...] = (
    (compatible_pathways_exist, "warning"),
)
FIRST_COME_RULES: tuple[CollectionRule, ...] = (names_are_unique,)
"""Errors that keep a pathway out when an earlier file (in name order) already has the name."""


def check_document(document: BaseModel, stem: str) -> Iterator[tuple[Loc, str, Severity]]:
    """Run every single-file rule for this kind of content, then the text rules."""
    for rule, severity in (*RULES.get(type(document), ()), *TEXT_RULES):
        for loc, message in rule(document, stem):
            yield loc, message, severity


def check_pathway(pathway: Pathway, stem: str) -> Iterator[tuple[Loc, str, Severity]]:
    """Run every single-file rule on one pathway."""
    return check_document(pathway, stem)


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
