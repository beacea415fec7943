"""Reading grades and person-first words in the text a peer reads."""

from __future__ import annotations

import pytest

from pathways import language, load_content

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
