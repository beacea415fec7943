"""Content rules that look across fields or across files, each under a stable code.

Each rule is a small function with a one-line docstring. It gets a :class:`Context` (the
document, its file's stem and, for rules that compare files, the other pathways) and yields
``(location, message)`` pairs, phrased as the rule so an author knows what to change.
:data:`RULES` names every rule by its code, printed at the end of each message it gives, as
in ``path:line: field: warning: message [person-first]``. Errors keep a file out of the app;
warnings are listed and fail only ``check --strict``.

A file may allow a named warning for a stated reason::

    checks:
      allow:
        - rule: plain-words
          reason: The study's own title says "heavy drinkers".

Errors cannot be allowed. An allowance that no longer silences anything is itself a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, NamedTuple, TypeVar

from pydantic import BaseModel

from . import language
from .i18n import Said, said
from .kinds import BY_MODEL
from .models import About, Conversation, Glossary, Pathway, Questions, Quiz, Region, Scenario
from .problems import ERROR, WARNING, Loc, Severity
from .text import look_alike
from .vocab import (
    ABSTINENCE_ASKED,
    BALANCE_RATIO,
    DIMENSION_IDS,
    N_,
    PHONE_PATTERN,
    REQUIRED_SAFETY,
    REVIEW_EVERY_DAYS,
    SMS_PATTERN,
    STALE_AFTER_DAYS,
    STANDARD_DENOMINATOR,
    SURE_ITEMS,
    SURE_WORDING,
)

D = TypeVar("D", bound=BaseModel)


@dataclass(frozen=True)
class Context(Generic[D]):
    """What a rule sees: the document, its file name without ``.yaml``, and the pathways
    loaded beside it (for the rules that compare files)."""

    document: D
    stem: str = ""
    others: Mapping[str, Pathway] = field(default_factory=dict)


Finding = tuple[Loc, str]


def id_matches_file_name(ctx: Context[Pathway]) -> Iterator[Finding]:
    """The id must match the file name, so links and file names agree."""
    pathway = ctx.document
    if pathway.id != ctx.stem:
        yield (
            ("id",),
            said(
                "'{id}' does not match the file name; rename the file to {id}.yaml or change "
                "the id to '{stem}'",
                id=pathway.id,
                stem=ctx.stem,
            ),
        )


def ratings_cover_every_dimension(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Every pathway is rated on every dimension, so charts compare like with like."""
    missing = [d for d in DIMENSION_IDS if d not in ctx.document.ratings]
    if missing:
        yield (
            ("ratings",),
            said(
                "no rating for: {missing}; add a score and reason for each dimension",
                missing=", ".join(missing),
            ),
        )


def _repeats(ids: Iterable[str], where: str, template: str) -> Iterator[Finding]:
    """Every id after its first use, as a finding at ``where[index].id``; ``template`` is an
    ``N_``-marked message with ``{id}``."""
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            yield ((where, index, "id"), Said(template, id=item_id))
        seen.add(item_id)


def source_ids_are_unique(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Each source id is listed once, so every citation points to one source."""
    ids = (s.id for s in ctx.document.sources)
    yield from _repeats(ids, "sources", N_("'{id}' is listed twice; give each source its own id"))


def citations_are_listed(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Every statement, support and evidence cites sources listed in the same file."""
    pathway = ctx.document
    listed = {s.id for s in pathway.sources}
    for loc, source_ids in pathway.citing():
        for position, source_id in enumerate(source_ids):
            if source_id not in listed:
                yield (
                    (*loc, position),
                    said(
                        "'{id}' is not in this file's sources; add it there or fix the id",
                        id=source_id,
                    ),
                )


def sources_are_cited(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Every listed source backs at least one statement, support or evidence statement."""
    pathway = ctx.document
    cited = {source_id for _, source_ids in pathway.citing() for source_id in source_ids}
    for index, source in enumerate(pathway.sources):
        if source.id not in cited:
            yield (
                ("sources", index, "id"),
                said(
                    "'{id}' is listed but nothing cites it; cite it where it backs a line, or "
                    "remove it",
                    id=source.id,
                ),
            )


def says_how_to_stop_safely(text: str) -> bool:
    """Whether one text names benzodiazepines and alcohol, and asks a doctor or clinic first."""
    lowered = text.lower()
    groups = language.rules().withdrawal_step
    return all(any(word in lowered for word in group) for group in groups)


def stopping_is_made_safe(ctx: Context[Pathway]) -> Iterator[Finding]:
    """A pathway that asks people to stop says how to stop alcohol or benzodiazepines safely."""
    pathway = ctx.document
    rating = pathway.ratings.get("abstinence_expectation")
    if rating is None or rating.score < ABSTINENCE_ASKED:
        return
    if not any(says_how_to_stop_safely(step.text) for step in pathway.first_steps):
        yield (
            ("first_steps",),
            said(
                "this pathway asks people to stop, so add a first step: if you drink heavily "
                "every day or take benzodiazepines, talk to a doctor or clinic before stopping, "
                "because stopping suddenly can cause seizures or delirium"
            ),
        )


def not_compatible_with_itself(ctx: Context[Pathway]) -> Iterator[Finding]:
    """A pathway lists other pathways it combines with, not itself, and each one once."""
    pathway = ctx.document
    seen: set[str] = set()
    for index, other in enumerate(pathway.compatible_with):
        if other.id == pathway.id:
            yield (
                ("compatible_with", index, "id"),
                said("a pathway cannot be combined with itself; remove this entry"),
            )
        elif other.id in seen:
            yield (
                ("compatible_with", index, "id"),
                said("'{id}' is listed twice; merge the notes into one entry", id=other.id),
            )
        seen.add(other.id)


def reviewed_in_the_past(ctx: Context[Pathway]) -> Iterator[Finding]:
    """The last_reviewed date is a real review that has already happened."""
    pathway = ctx.document
    if pathway.last_reviewed > dt.date.today():
        yield (
            ("last_reviewed",),
            said(
                "{date} is in the future; use the date the facts were last checked",
                date=pathway.last_reviewed,
            ),
        )


def has_graded_evidence(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Each pathway says what research found, and how sure it is, in evidence statements."""
    if not ctx.document.evidence:
        yield (
            ("evidence",),
            said(
                "has no evidence statements; add at least one claim with its certainty and sources"
            ),
        )


def numbers_share_a_denominator(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Natural frequencies use the same number of people, so they compare at a glance."""
    for index, evidence in enumerate(ctx.document.evidence):
        numbers = evidence.numbers
        if numbers is not None and numbers.out_of != STANDARD_DENOMINATOR:
            yield (
                ("evidence", index, "numbers", "out_of"),
                said(
                    "counts out of {count:,} people; give them out of {standard:,}, like the "
                    "other statements",
                    count=numbers.out_of,
                    standard=STANDARD_DENOMINATOR,
                ),
            )


def strengths_and_limitations_balance(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Strengths and limitations get comparable detail, so no pathway is sold or run down."""
    pathway = ctx.document
    good = sum(len(s.text) for s in pathway.strengths)
    bad = sum(len(s.text) for s in pathway.limitations)
    if max(good, bad) > BALANCE_RATIO * min(good, bad):
        longer, shorter = max(good, bad), min(good, bad)
        numbers = {"ratio": longer / shorter, "longer": longer, "shorter": shorter}
        if good > bad:
            yield (
                ("strengths",),
                said(
                    "strengths are {ratio:.1f} times as long as limitations ({longer} against "
                    "{shorter} characters; at most {most}); give the limitations the same care",
                    **numbers,
                    most=BALANCE_RATIO,
                ),
            )
        else:
            yield (
                ("limitations",),
                said(
                    "limitations are {ratio:.1f} times as long as strengths ({longer} against "
                    "{shorter} characters; at most {most}); give the strengths the same care",
                    **numbers,
                    most=BALANCE_RATIO,
                ),
            )


def review_is_recent(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Facts are checked again at least once every review period."""
    pathway = ctx.document
    age = (dt.date.today() - pathway.last_reviewed).days
    if age > REVIEW_EVERY_DAYS:
        yield (
            ("last_reviewed",),
            said(
                "last reviewed {days} days ago (on {date}); check the facts and sources again, "
                "then update the date",
                days=age,
                date=pathway.last_reviewed,
            ),
        )


def fields_are_plain(ctx: Context[BaseModel]) -> Iterator[Finding]:
    """No text a peer reads is harder than the limit for one field, in its language."""
    grades, reading = language.grades_of(ctx.document), language.rules().reading
    for loc, level in (grades.fields if grades is not None else {}).items():
        if reading.too_hard(level, reading.field_limit):
            yield loc, Said(reading.field_message, level=level, limit=reading.field_limit)


def file_is_plain(ctx: Context[BaseModel]) -> Iterator[Finding]:
    """The text a peer reads, taken together, is no harder than the target, in its language."""
    grades, reading = language.grades_of(ctx.document), language.rules().reading
    if grades is not None and not grades.checked:
        yield (
            (),
            said(
                "its reading level could not be checked just now; try the file again in a "
                "minute, or check it with python -m pathways check"
            ),
        )
    level = grades.overall if grades is not None else None
    if level is not None and reading.too_hard(level, reading.average_limit):
        yield (), Said(reading.file_message, level=level, limit=reading.average_limit)


def words_are_person_first(ctx: Context[BaseModel]) -> Iterator[Finding]:
    """Text uses person-first words, not stigmatising ones (names of organisations aside)."""
    for loc, text in language.peer_texts(ctx.document):
        for word, use in language.stigmatising_words(text):
            yield (
                loc,
                said("says '{word}'; use person-first words instead: {use}", word=word, use=use),
            )


def words_are_plain(ctx: Context[BaseModel]) -> Iterator[Finding]:
    """Text a peer reads has no jargon such as "person-years" or labels such as "heavy drinkers"."""
    for loc, text in language.peer_texts(ctx.document):
        for word, use in language.jargon(text):
            yield loc, said("says '{word}'; use plain words instead: {use}", word=word, use=use)


def terms_are_unique(ctx: Context[Glossary]) -> Iterator[Finding]:
    """Each glossary term and each of its other forms is explained once."""
    seen: dict[str, str] = {}
    for index, term in enumerate(ctx.document.terms):
        for form in (term.id, *term.forms):
            key = form.casefold()
            if key in seen and seen[key] != term.id:
                yield (
                    ("terms", index),
                    said(
                        "'{form}' is already explained under '{term}'; merge the two entries",
                        form=form,
                        term=seen[key],
                    ),
                )
            seen.setdefault(key, term.id)


def published_in_the_past(ctx: Context[About]) -> Iterator[Finding]:
    """The publication date has already happened."""
    about = ctx.document
    if about.published > dt.date.today():
        yield (
            ("published",),
            said("{date} is in the future; use the date it was published", date=about.published),
        )


def safety_facts_are_kept(ctx: Context[About]) -> Iterator[Finding]:
    """The safety facts every page must show are all there."""
    have = {fact.id for fact in ctx.document.safety}
    for fact_id, what in REQUIRED_SAFETY.items():
        if fact_id not in have:
            yield (
                ("safety",),
                said(
                    "has no safety fact '{id}' ({what}); it must stay", id=fact_id, what=Said(what)
                ),
            )


def questions_are_unique(ctx: Context[Questions]) -> Iterator[Finding]:
    """Each question has its own id, so answers never mix."""
    questions = ctx.document
    ids = (q.id for q in questions.questions)
    yield from _repeats(ids, "questions", N_("'{id}' is used twice; give each question its own id"))


def one_right_answer(ctx: Context[Quiz]) -> Iterator[Finding]:
    """Each knowledge check has exactly one right answer, marked correct: true."""
    for index, check in enumerate(ctx.document.questions):
        right = sum(choice.correct for choice in check.choices)
        if right != 1:
            yield (
                ("questions", index, "choices"),
                said("has {right} answers marked correct: true; mark exactly one", right=right),
            )


def checks_are_unique(ctx: Context[Quiz]) -> Iterator[Finding]:
    """Each knowledge check has its own id, so scores never mix."""
    yield from _repeats(
        (c.id for c in ctx.document.questions),
        "questions",
        N_("'{id}' is used twice; give each its own id"),
    )


def document_id_matches_file_name(ctx: Context[Scenario | Region]) -> Iterator[Finding]:
    """A scenario's or region pack's id matches its file name, so links and names agree."""
    scenario = ctx.document
    if scenario.id != ctx.stem:
        yield (
            ("id",),
            said(
                "'{id}' does not match the file name; rename the file to {id}.yaml or change "
                "the id to '{stem}'",
                id=scenario.id,
                stem=ctx.stem,
            ),
        )


def steps_are_unique(ctx: Context[Conversation]) -> Iterator[Finding]:
    """Each step of the conversation has its own id, so answers never mix."""
    ids = (step.id for step in ctx.document.steps)
    yield from _repeats(ids, "steps", N_("'{id}' is used twice; give each step its own id"))


def steps_have_what_they_show(ctx: Context[Conversation]) -> Iterator[Finding]:
    """A sure step needs the file's sure test, a strengths step its checklist."""
    talk = ctx.document
    for index, step in enumerate(talk.steps):
        if step.kind == "sure" and talk.sure is None:
            yield (
                ("steps", index, "kind"),
                said("is 'sure', but the file has no sure test; add one under 'sure'"),
            )
        if step.kind == "strengths" and talk.strengths is None:
            yield (
                ("steps", index, "kind"),
                said("is 'strengths', but the file has no checklist; add one under 'strengths'"),
            )
        if step.options and step.kind != "decide":
            yield (
                ("steps", index, "options"),
                said("only a 'decide' step shows options; remove them or change the kind"),
            )


def sure_is_as_published(ctx: Context[Conversation]) -> Iterator[Finding]:
    """The SURE questions are the four published ones, in order, in their published words."""
    sure = ctx.document.sure
    if sure is None:
        return
    ids = tuple(q.id for q in sure.questions)
    if ids != SURE_ITEMS:
        yield (
            ("sure", "questions"),
            said(
                "must be the four SURE questions in their order: {ids}; their terms of use do "
                "not allow changes",
                ids=", ".join(SURE_ITEMS),
            ),
        )
        return
    # Translations too: no translation of the questions by their authors could be checked, and
    # their terms of use do not allow changes (a published one would need its own wording here).
    for index, question in enumerate(sure.questions):
        if question.ask != SURE_WORDING[question.id]:
            yield (
                ("sure", "questions", index, "ask"),
                said(
                    "is not the published wording: '{wording}'; the SURE test's terms of use "
                    "do not allow changes",
                    wording=SURE_WORDING[question.id],
                ),
            )


def strengths_are_unique(ctx: Context[Conversation]) -> Iterator[Finding]:
    """Each domain and item of the checklist has its own id, so answers never mix."""
    checklist = ctx.document.strengths
    if checklist is None:
        return
    for where, ids in (("domains", checklist.domains), ("items", checklist.items)):
        for (loc, index, key), message in _repeats(
            (x.id for x in ids), where, N_("'{id}' is used twice; give each its own id")
        ):
            yield (("strengths", loc, index, key), message)


def strengths_are_sourced(ctx: Context[Conversation]) -> Iterator[Finding]:
    """Each checklist item names a domain of the list, and each domain cites listed sources."""
    talk = ctx.document
    if talk.strengths is None:
        return
    domains = {d.id for d in talk.strengths.domains}
    listed = {s.id for s in talk.sources}
    for index, item in enumerate(talk.strengths.items):
        if item.domain not in domains:
            yield (
                ("strengths", "items", index, "domain"),
                said(
                    "'{id}' is not a domain of this checklist; use one of: {domains}",
                    id=item.domain,
                    domains=", ".join(sorted(domains)),
                ),
            )
    for index, domain in enumerate(talk.strengths.domains):
        for position, source_id in enumerate(domain.sources):
            if source_id not in listed:
                yield (
                    ("strengths", "domains", index, "sources", position),
                    said(
                        "'{id}' is not in this file's sources; add it there or fix the id",
                        id=source_id,
                    ),
                )


def compatible_pathways_exist(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Combinations name pathways that are in the content folder."""
    pathway = ctx.document
    for index, other in enumerate(pathway.compatible_with):
        if other.id != pathway.id and other.id not in ctx.others:
            yield (
                ("compatible_with", index, "id"),
                said(
                    "'{id}' is not a loaded pathway (loaded: {loaded}); it is left out of the "
                    "combinations",
                    id=other.id,
                    loaded=", ".join(sorted(ctx.others)),
                )
                if ctx.others
                else said(
                    "'{id}' is not a loaded pathway (loaded: none); it is left out of the "
                    "combinations",
                    id=other.id,
                ),
            )


def names_are_unique(ctx: Context[Pathway]) -> Iterator[Finding]:
    """Names and short names look different, so charts and tables tell pathways apart."""
    pathway = ctx.document
    for other in ctx.others.values():
        if other.name == pathway.name:
            yield (
                ("name",),
                said(
                    "'{name}' is already the name of '{id}'; choose another name",
                    name=pathway.name,
                    id=other.id,
                ),
            )
        elif look_alike(other.name, pathway.name):
            yield (
                ("name",),
                said(
                    "'{name}' looks the same as '{other}', the name of '{id}', apart from "
                    "capitals, invisible characters or letters that look the same; choose "
                    "another name",
                    name=pathway.name,
                    other=other.name,
                    id=other.id,
                ),
            )
        elif other.label == pathway.label:
            field = "short_name" if pathway.short_name else "name"
            yield (
                (field,),
                said(
                    "'{name}' is already the short name of '{id}'; choose another",
                    name=pathway.label,
                    id=other.id,
                ),
            )
        elif look_alike(other.label, pathway.label):
            field = "short_name" if pathway.short_name else "name"
            yield (
                (field,),
                said(
                    "'{name}' looks the same as '{other}', the short name of '{id}', apart from "
                    "capitals, invisible characters or letters that look the same; choose "
                    "another",
                    name=pathway.label,
                    other=other.label,
                    id=other.id,
                ),
            )


def card_pathways_exist(ctx: Context[Scenario]) -> Iterator[Finding]:
    """A scenario card names pathways that are loaded, so each one it offers can be opened."""
    for index, fits in enumerate(ctx.document.might_fit):
        if fits.id not in ctx.others:
            yield (
                ("might_fit", index, "id"),
                said("'{id}' is not a loaded pathway; it is left out of this card", id=fits.id),
            )


def phones_are_dialable(ctx: Context[Region]) -> Iterator[Finding]:
    """Every phone, TTY and text number in a region pack is written as it is dialled."""
    for index, entry in enumerate(ctx.document.entries):
        for name, pattern in (
            ("phone", PHONE_PATTERN),
            ("tty", PHONE_PATTERN),
            ("sms", SMS_PATTERN),
        ):
            value = getattr(entry, name)
            if value is not None and not re.fullmatch(pattern, value):
                yield (
                    ("entries", index, name),
                    said(
                        "'{value}' is not a number as it is dialled; write a service number "
                        "such as 988 or 911, or 1-800-662-4357 (a text number: its digits only)",
                        value=value,
                    ),
                )


def entries_were_checked(ctx: Context[Region]) -> Iterator[Finding]:
    """No entry of a region pack says it was checked on a day still to come."""
    for index, entry in enumerate(ctx.document.entries):
        if entry.verified_on > dt.date.today():
            yield (
                ("entries", index, "verified_on"),
                said(
                    "{date} is still to come; give the day the source was last read",
                    date=entry.verified_on,
                ),
            )


def entries_are_checked_recently(ctx: Context[Region]) -> Iterator[Finding]:
    """Help lines and services change: each entry is checked again every six months."""
    for index, entry in enumerate(ctx.document.entries):
        age = (dt.date.today() - entry.verified_on).days
        if age > STALE_AFTER_DAYS:
            yield (
                ("entries", index, "verified_on"),
                said(
                    "last checked {days} days ago (on {date}); read its source again and check "
                    "the number and address still work, then update the date",
                    days=age,
                    date=entry.verified_on,
                ),
            )


Scope = Literal["file", "collection", "first-come"]


class Rule(NamedTuple):
    """A content rule: its function, how serious a finding is, and when it runs."""

    check: Callable[[Context[Any]], Iterator[Finding]]
    severity: Severity
    scope: Scope = "file"
    """file: one file alone; collection: once every file is joined, with all the pathways as
    ``others``; first-come: while joining, with the pathways joined before it (an error keeps
    the later file out)."""
    ran: Callable[[Context[Any]], bool] | None = None
    """Whether the rule could look at the file at all (None: always), so an allowance is not
    called unused when the rule never ran."""


def _graded(ctx: Context[Any]) -> bool:
    """Whether the document's reading grades were worked out (they are off in the server)."""
    return language.grades_of(ctx.document) is not None


TEXT_RULES: tuple[str, ...] = ("fields-plain", "file-plain", "person-first", "plain-words")
"""Rules every kind of content file gets, after its own."""

RULES: dict[str, Rule] = {
    # Every kind of file: the text a peer reads.
    "fields-plain": Rule(fields_are_plain, WARNING, ran=_graded),
    "file-plain": Rule(file_is_plain, WARNING, ran=_graded),
    "person-first": Rule(words_are_person_first, WARNING),
    "plain-words": Rule(words_are_plain, WARNING),
    # Pathways.
    "id-matches-file-name": Rule(id_matches_file_name, ERROR),
    "ratings-cover-every-dimension": Rule(ratings_cover_every_dimension, ERROR),
    "source-ids-are-unique": Rule(source_ids_are_unique, ERROR),
    "citations-are-listed": Rule(citations_are_listed, ERROR),
    "stopping-is-made-safe": Rule(stopping_is_made_safe, ERROR),
    "has-graded-evidence": Rule(has_graded_evidence, ERROR),
    "not-compatible-with-itself": Rule(not_compatible_with_itself, ERROR),
    "reviewed-in-the-past": Rule(reviewed_in_the_past, ERROR),
    "numbers-share-a-denominator": Rule(numbers_share_a_denominator, WARNING),
    "strengths-and-limitations-balance": Rule(strengths_and_limitations_balance, WARNING),
    "review-is-recent": Rule(review_is_recent, WARNING),
    "sources-are-cited": Rule(sources_are_cited, WARNING),
    "names-are-unique": Rule(names_are_unique, ERROR, "first-come"),
    "compatible-pathways-exist": Rule(compatible_pathways_exist, WARNING, "collection"),
    # The other kinds.
    "terms-are-unique": Rule(terms_are_unique, ERROR),
    "published-in-the-past": Rule(published_in_the_past, ERROR),
    "safety-facts-are-kept": Rule(safety_facts_are_kept, ERROR),
    "questions-are-unique": Rule(questions_are_unique, ERROR),
    "one-right-answer": Rule(one_right_answer, ERROR),
    "checks-are-unique": Rule(checks_are_unique, ERROR),
    "scenario-id-matches-file-name": Rule(document_id_matches_file_name, ERROR),
    # Region packs: help near a person.
    "region-id-matches-file-name": Rule(document_id_matches_file_name, ERROR),
    "phones-are-dialable": Rule(phones_are_dialable, ERROR),
    "entries-were-checked": Rule(entries_were_checked, ERROR),
    "entries-are-checked-recently": Rule(entries_are_checked_recently, WARNING),
    "card-pathways-exist": Rule(card_pathways_exist, WARNING, "collection"),
    # The guided conversation.
    "steps-are-unique": Rule(steps_are_unique, ERROR),
    "steps-have-what-they-show": Rule(steps_have_what_they_show, ERROR),
    "sure-is-as-published": Rule(sure_is_as_published, ERROR),
    "strengths-are-unique": Rule(strengths_are_unique, ERROR),
    "strengths-are-sourced": Rule(strengths_are_sourced, ERROR),
}
"""Every content rule, by the code printed with its messages and named in ``checks.allow``.
Which kinds of file each rule checks is said in :mod:`pathways.kinds`."""

UNUSED_ALLOW = "unused-allow"
UNKNOWN_RULE = "unknown-rule"
ALLOW_CODES: dict[str, str] = {
    UNUSED_ALLOW: "an allowed warning that the rule no longer gives",
    UNKNOWN_RULE: "an allowance naming no rule, or an error (errors cannot be allowed)",
}
"""Warnings about a file's ``checks.allow`` list itself; these cannot be allowed."""


class Found(NamedTuple):
    """One finding of one rule, ready to be placed on its line."""

    loc: Loc
    message: str
    severity: Severity
    code: str


def allowed(document: BaseModel) -> dict[str, tuple[int, str]]:
    """The warnings a file allows: each code, with its place in the list and the reason."""
    settings = getattr(document, "checks", None)
    if settings is None:
        return {}
    return {allow.rule: (index, allow.reason) for index, allow in enumerate(settings.allow)}


def codes_for(document: BaseModel, scope: Scope) -> tuple[str, ...]:
    """The codes of the rules of one scope that check this kind of document."""
    kind = BY_MODEL.get(type(document))
    own = kind.rules if kind is not None else ()
    every = TEXT_RULES if scope == "file" else ()
    return tuple(code for code in (*own, *every) if RULES[code].scope == scope)


def run(ctx: Context[Any], scope: Scope) -> Iterator[Found]:
    """Run every rule of one scope on a document; warnings it allows are left out, and an
    allowance that silenced nothing is reported."""
    allows = allowed(ctx.document)
    for code in codes_for(ctx.document, scope):
        rule = RULES[code]
        silenced = rule.severity == WARNING and code in allows
        fired = False
        for loc, message in rule.check(ctx):
            fired = True
            if not silenced:
                yield Found(loc, message, rule.severity, code)
        if silenced and not fired and (rule.ran is None or rule.ran(ctx)):
            index, _ = allows[code]
            message = said(
                "'{code}' is allowed, but the rule finds nothing here; remove the allowance",
                code=code,
            )
            yield Found(("checks", "allow", index, "rule"), message, WARNING, UNUSED_ALLOW)
    if scope == "file":
        yield from _bad_allows(allows)


def _bad_allows(allows: Mapping[str, tuple[int, str]]) -> Iterator[Found]:
    """Allowances that name no rule, or name an error."""
    for code, (index, _) in allows.items():
        loc = ("checks", "allow", index, "rule")
        if code not in RULES:
            message = said(
                "'{code}' is not the code of a rule; use a code printed in [brackets]", code=code
            )
            yield Found(loc, message, WARNING, UNKNOWN_RULE)
        elif RULES[code].severity == ERROR:
            message = said(
                "'{code}' finds errors, and errors cannot be allowed; fix the file instead",
                code=code,
            )
            yield Found(loc, message, WARNING, UNKNOWN_RULE)


def check_document(document: BaseModel, stem: str = "") -> Iterator[Found]:
    """Run every single-file rule for this kind of content, then the text rules."""
    return run(Context(document, stem), "file")


def check_collection(document: BaseModel, others: Mapping[str, Pathway]) -> Iterator[Found]:
    """Run every rule that needs all the loaded pathways."""
    return run(Context(document, others=others), "collection")


def check_first_come(pathway: Pathway, earlier: Mapping[str, Pathway]) -> Iterator[Found]:
    """Run every rule that compares a pathway with those joined before it."""
    return run(Context(pathway, others=earlier), "first-come")
