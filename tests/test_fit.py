"""The fit: the same transparent rule for everyone, no ranking, combinations that fit."""

from __future__ import annotations

import pytest

from pathways import fit, load_content
from pathways.models import Choice

from .conftest import CONTENT, GOOD

GOOD_CONTENT = load_content(GOOD)
SHIPPED = load_content(CONTENT)


@pytest.mark.parametrize(
    ("direction", "wants", "score", "gap"),
    [
        ("exactly", 2, 2, 0),
        ("exactly", 2, 4, 2),
        ("exactly", 2, 0, 2),
        ("or_more", 3, 4, 0),
        ("or_more", 3, 0, 3),
        ("or_less", 1, 0, 0),
        ("or_less", 1, 4, 3),
    ],
)
def test_the_gap_respects_the_answers_direction(direction, wants, score, gap):
    assert fit.gap(Choice(label="x", wants=wants, direction=direction), score) == gap


def fits_for(answers, content=GOOD_CONTENT):
    return fit.fit(content.pathways.values(), content.questions, answers)


def test_each_answer_lines_up_partly_or_pulls_against():
    alpha, beta = fits_for({"groups": 0})  # "I would like groups": alpha 4, beta 1
    assert [line.fit for line in alpha.lines] == ["lines-up"]
    assert [line.fit for line in beta.lines] == ["partly"]
    alpha, beta = fits_for({"groups": 1})  # "rather not be in groups"
    assert [line.fit for line in alpha.lines] == ["pulls-against"]
    assert [line.fit for line in beta.lines] == ["lines-up"]


def test_skipped_and_unknown_answers_are_left_out():
    alpha, _ = fits_for({"groups": None, "medication": 7, "nope": 0})
    assert alpha.lines == ()


def test_every_pathway_is_kept_in_content_order_with_no_total():
    answers = {q.id: 0 for q in SHIPPED.questions.questions}
    fits = fits_for(answers, SHIPPED)
    assert [f.pathway.id for f in fits] == list(SHIPPED.pathways)
    table = fit.table(fits)
    assert set(table.columns) == {
        "pathway", "question", "you said", "rating", "fit", "alignment", "reason"
    }  # fmt: skip
    assert len(table) == len(SHIPPED.pathways) * len(SHIPPED.questions.questions)


def test_the_sentence_says_what_was_said_and_why_the_pathway_is_rated_so():
    alpha, _ = fits_for({"groups": 0})
    assert alpha.lines[0].sentence(alpha.pathway) == (
        "You said “I would like groups”. Alpha (peer and group involvement: 4 of 4): "
        "Alpha reason four."
    )


def test_the_same_answers_give_the_same_fit_for_everyone():
    assert fit.table(fits_for({"groups": 0})).equals(fit.table(fits_for({"groups": 0})))


def test_combinations_need_every_answer_covered_and_nothing_pulling_against():
    # medication: both rate 2; "I want medication" (3 or more) lines up with both
    combos = fit.combinations_that_fit(fits_for({"medication": 0}))
    assert [(c.first.pathway.id, c.second.pathway.id) for c in combos] == [("alpha", "beta")]
    # groups "rather not": alpha pulls against, so the pair does not fit
    assert fit.combinations_that_fit(fits_for({"groups": 1})) == []
    assert fit.combinations_that_fit(fits_for({})) == []


def test_people_who_would_rather_not_take_medication_are_not_shown_medication_as_lining_up():
    fits = fits_for({"medication": 2}, SHIPPED)  # "I would rather not take medication"
    mat = next(f for f in fits if f.pathway.id == "mat")
    assert mat.lines[0].fit == "pulls-against"


@pytest.mark.parametrize("language", ["en", "es"])
def test_being_open_to_medication_lines_up_with_every_pathway(language):
    """Open to it is not a wish for a middle amount: no pathway is marked down for it."""
    shipped = load_content(CONTENT, language)
    question = next(q for q in shipped.questions.questions if q.id == "medication")
    open_to_it = next(i for i, c in enumerate(question.choices) if c.wants == 0)
    fits = fit.fit(shipped.pathways.values(), shipped.questions, {"medication": open_to_it})
    assert {line.fit for f in fits for line in f.lines} == {"lines-up"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_shipped_answer_marks_down_both_ends(language):
    """An answer matched exactly marks down pathways with more and with less of something:
    a middle answer ("some is fine") would steer. Every shipped answer has a direction."""
    shipped = load_content(CONTENT, language)
    exact = [
        (q.id, c.label)
        for q in shipped.questions.questions
        for c in q.choices
        if c.direction == "exactly"
    ]
    assert exact == []
