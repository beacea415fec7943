"""The guided conversation: its steps, the SURE answers before and after, the strengths by
domain, and the worksheet that goes into the plan.

Everything here is built from what the caller passes in, for one session, and kept nowhere.
The SURE answers are counted (yes scores 1, as published); the strengths checklist is never
added up: its answers are shown by domain, strengths first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .models import Conversation, ConversationStep
from .vocab import STRENGTH_ANSWERS, SURE_ANSWERS

__all__ = [
    "DomainStrengths",
    "SureRow",
    "Worksheet",
    "before_and_after",
    "strengths",
    "sure_count",
    "worksheet",
]

SureAnswers = Mapping[str, str | None]
"""A SURE question's id and its answer (``yes``, ``no``; None or missing: skipped)."""


def sure_count(answers: SureAnswers) -> tuple[int, int]:
    """How many questions were answered yes, and how many were answered at all."""
    given = [a for a in answers.values() if a in SURE_ANSWERS]
    return sum(a == "yes" for a in given), len(given)


def before_and_after(talk: Conversation) -> tuple[ConversationStep | None, ConversationStep | None]:
    """The first and the last SURE step (the same step when there is only one; none when
    there is no SURE step)."""
    sure = [step for step in talk.steps if step.kind == "sure"]
    return (sure[0], sure[-1]) if sure else (None, None)


@dataclass(frozen=True)
class DomainStrengths:
    """One domain of the checklist and the items answered in it: strengths first."""

    name: str
    answered: tuple[tuple[str, str], ...]
    """Each item's words and its answer (``yes``, ``partly``, ``not-yet``)."""


def strengths(talk: Conversation, answers: Mapping[str, str | None]) -> list[DomainStrengths]:
    """The answered items of the checklist by domain, in the checklist's order of domains,
    each domain's items in the order yes, partly, not yet. Unanswered domains are left out."""
    if talk.strengths is None:
        return []
    order = list(STRENGTH_ANSWERS)
    out = []
    for domain in talk.strengths.domains:
        items = [
            (item.text, answer)
            for item in talk.strengths.items
            if item.domain == domain.id and (answer := answers.get(item.id)) in STRENGTH_ANSWERS
        ]
        if items:
            items.sort(key=lambda pair: order.index(pair[1]))
            out.append(DomainStrengths(domain.name, tuple(items)))
    return out


@dataclass(frozen=True)
class SureRow:
    """One SURE question and its answers before and after (None: skipped)."""

    ask: str
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Worksheet:
    """What the conversation adds to the plan: the decision, SURE before and after, strengths."""

    deciding: tuple[str, ...] = ()
    """What the person wants to decide: the option picked and their own words, if given."""
    sure: tuple[SureRow, ...] = ()
    sure_source: str = ""
    """The SURE test's citation, printed with it as its terms of use ask."""
    strengths: tuple[DomainStrengths, ...] = ()
    strengths_title: str = ""

    @property
    def counts(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """How many questions were answered yes, and how many answered, before and after."""
        before = sure_count({str(i): row.before for i, row in enumerate(self.sure)})
        after = sure_count({str(i): row.after for i, row in enumerate(self.sure)})
        return before, after


def worksheet(
    talk: Conversation,
    deciding: Sequence[str] = (),
    sure: Mapping[str, SureAnswers] | None = None,
    strength_answers: Mapping[str, str | None] | None = None,
) -> Worksheet:
    """The worksheet of one conversation. ``sure`` maps each SURE step's id to its answers."""
    sure = sure or {}
    first, last = before_and_after(talk)
    rows: tuple[SureRow, ...] = ()
    if talk.sure is not None and first is not None and last is not None:
        before = sure.get(first.id, {})
        after = sure.get(last.id, {}) if last is not first else {}
        rows = tuple(
            SureRow(q.ask, _given(before.get(q.id)), _given(after.get(q.id)))
            for q in talk.sure.questions
        )
        if all(row.before is None and row.after is None for row in rows):
            rows = ()
    return Worksheet(
        tuple(text.strip() for text in deciding if text and text.strip()),
        rows,
        talk.sure.source.citation if talk.sure is not None and rows else "",
        tuple(strengths(talk, strength_answers or {})),
        talk.strengths.title if talk.strengths is not None else "",
    )


def _given(answer: str | None) -> str | None:
    return answer if answer in SURE_ANSWERS else None
