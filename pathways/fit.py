"""How each pathway lines up with what a person said matters to them.

The reasoning is the same for everyone and fits in a sentence: each answer wants a rating on
one dimension (or a rating at least that high, or at most that low); the gap between that
and the pathway's rating says whether the pathway lines up, partly lines up or pulls
against the answer. There is no total and no ranking: every pathway is shown, in the same
order, with its reasons. Nothing here is cached or stored; answers live only in the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

import pandas as pd

from .i18n import _
from .models import Choice, Pathway, Question, Questions
from .vocab import DIMENSION_LABELS, FIT, FIT_LINES_UP_WITHIN, FIT_PULLS_FROM, SCORE_MAX

Answers = Mapping[str, int | None]
"""Question id -> the index of the chosen answer, or None for "not sure / skip"."""


@dataclass(frozen=True)
class Line:
    """One answer held against one pathway's rating."""

    question: Question
    choice: Choice
    score: int
    reason: str
    gap: int

    @property
    def fit(self) -> str:
        if self.gap <= FIT_LINES_UP_WITHIN:
            return "lines-up"
        return "pulls-against" if self.gap >= FIT_PULLS_FROM else "partly"

    @property
    def alignment(self) -> float:
        """+1 when the rating is what the answer wants, -1 when it is as far as it can be."""
        return 1 - 2 * self.gap / SCORE_MAX

    def sentence(self, pathway: Pathway) -> str:
        """The line in plain words: what the person said, then what the pathway is like."""
        return _(
            "You said “{answer}”. {pathway} ({dimension}: {score} of {most}): {reason}"
        ).format(
            answer=self.choice.label,
            pathway=pathway.label,
            dimension=_(DIMENSION_LABELS[self.question.dimension]).lower(),
            score=self.score,
            most=SCORE_MAX,
            reason=self.reason,
        )


@dataclass(frozen=True)
class PathwayFit:
    """Every answered question held against one pathway."""

    pathway: Pathway
    lines: tuple[Line, ...]

    def with_fit(self, fit: str) -> list[Line]:
        return [line for line in self.lines if line.fit == fit]


def gap(choice: Choice, score: int) -> int:
    """How far a rating is from what an answer wants (0 when it is within the direction)."""
    if choice.direction == "or_more" and score >= choice.wants:
        return 0
    if choice.direction == "or_less" and score <= choice.wants:
        return 0
    return abs(score - choice.wants)


def chosen(questions: Questions | None, answers: Answers) -> list[tuple[Question, Choice]]:
    """The questions answered (skips left out), in the questions' order."""
    if questions is None:
        return []
    picked = []
    for question in questions.questions:
        index = answers.get(question.id)
        if index is not None and 0 <= index < len(question.choices):
            picked.append((question, question.choices[index]))
    return picked


def fit(
    pathways: Iterable[Pathway], questions: Questions | None, answers: Answers
) -> list[PathwayFit]:
    """Each pathway, in the order given, with every answer held against its rating."""
    answered = chosen(questions, answers)
    result = []
    for pathway in pathways:
        lines = []
        for question, choice in answered:
            rating = pathway.ratings.get(question.dimension)
            if rating is not None:
                lines.append(
                    Line(question, choice, rating.score, rating.reason, gap(choice, rating.score))
                )
        result.append(PathwayFit(pathway, tuple(lines)))
    return result


def table(fits: Sequence[PathwayFit]) -> pd.DataFrame:
    """One row per pathway and answer: the data behind the fit charts."""
    rows = [
        {
            "pathway": f.pathway.label,
            "question": line.question.short,
            "you said": line.choice.label,
            "rating": line.score,
            "fit": FIT[line.fit],
            "alignment": line.alignment,
            "reason": line.reason,
        }
        for f in fits
        for line in f.lines
    ]
    columns = ["pathway", "question", "you said", "rating", "fit", "alignment", "reason"]
    return pd.DataFrame(rows, columns=columns)


@dataclass(frozen=True)
class Combination:
    """Two pathways often combined that, between them, line up with every answer."""

    first: PathwayFit
    second: PathwayFit
    note: str


def combinations_that_fit(fits: Sequence[PathwayFit]) -> list[Combination]:
    """Pairs the content says combine, where each answer lines up with at least one of the two
    and neither pulls against it."""
    found = []
    for a, b in combinations(fits, 2):
        note = next((c.note for c in a.pathway.compatible_with if c.id == b.pathway.id), None)
        note = note or next(
            (c.note for c in b.pathway.compatible_with if c.id == a.pathway.id), None
        )
        if note is None or not a.lines:
            continue
        if all(
            "pulls-against" not in (x.fit, y.fit) and "lines-up" in (x.fit, y.fit)
            for x, y in zip(a.lines, b.lines, strict=True)
        ):
            found.append(Combination(a, b, note))
    return found
