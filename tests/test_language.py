"""Reading grades and person-first words in the text a peer reads."""

from __future__ import annotations

import pytest

from pathways import language, load_content
from pathways.vocab import INFLESZ

from .conftest import GOOD


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Some groups still say addicts.", ["addicts"]),
        ("She wants to stay clean.", ["stay clean"]),
        ("A clean test is not the point.", ["clean test"]),
        ("Ask about detox.", ["detox"]),
        ("A relapse is not a failure.", ["relapse"]),
        ("Methadone is not replacement therapy.", ["replacement therapy"]),
        ("Drug abuse is an old term.", ["Drug abuse"]),
        ("Alcoholics Anonymous meets on Fridays.", []),
        ("The National Institute on Drug Abuse funds research.", []),
        ("Programs hand out clean needles.", []),
        ("A person with alcohol use disorder.", []),
    ],
)
def test_stigmatising_words_are_found_and_names_are_not(text, found):
    assert [word for word, _ in language.stigmatising_words(text)] == found


def test_each_word_comes_with_what_to_say_instead():
    assert language.stigmatising_words("detox")[0][1] == "withdrawal management"


def test_peer_texts_cover_nested_fields_but_never_citations_or_names():
    alpha = load_content(GOOD).pathways["alpha"]
    texts = dict(language.peer_texts(alpha))
    assert texts[("summary",)] == alpha.summary
    assert texts[("principles", 0, "text")] == "People can recover."
    assert texts[("ratings", "medication_role", "reason")] == "Alpha reason two."
    assert texts[("strengths", 0, "text")] == "Free and easy to join."
    assert texts[("day_to_day", 0, "text")] == alpha.day_to_day[0].text
    assert not any(loc[0] == "sources" for loc in texts)
    assert ("name",) not in texts


def test_short_fields_are_not_graded_alone():
    assert not language.graded("Call a friend today.")
    assert language.graded("Call a friend today and tell them how you feel.")


def test_plain_text_grades_lower_than_dense_text():
    plain = "Call a friend. Go to a group. Ask for help when you need it."
    dense = "Individualised multidisciplinary interventions facilitate sustainable rehabilitation."
    assert language.grade(plain) < 8 < language.grade(dense)
    assert language.overall_grade(["Call a friend", "Go to a group"]) < 8


def test_spanish_is_scored_on_the_inflesz_scale_where_higher_is_easier():
    plain = "Llame a un amigo. Vaya a un grupo. Pida ayuda cuando la necesite."
    dense = "Las intervenciones multidisciplinarias individualizadas facilitan la rehabilitación."
    assert language.grade(dense, "es") < INFLESZ.field_limit < language.grade(plain, "es")
    # Counted as English, the Spanish syllables would be miscounted: the formulas differ.
    assert language.grade(plain, "es") != language.grade(plain)


def test_spanish_content_is_checked_with_the_spanish_formula_and_limits():
    with language.written_in("es"):
        assert language.rules().reading is INFLESZ
        assert INFLESZ.too_hard(30.0, INFLESZ.field_limit)
        assert not INFLESZ.too_hard(70.0, INFLESZ.average_limit)
    assert language.rules().reading.too_hard(12.0, 10.0)  # English: a grade, lower is easier
