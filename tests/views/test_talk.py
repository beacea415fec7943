"""Talk it through: every step in order, skipping, going back, the worksheet, and privacy."""

from __future__ import annotations

import re
import shutil

import pytest

from ..conftest import CONTENT, GOOD
from .conftest import charts, help_strip_shown

NEXT, BACK = "next_talk_step", "back_talk_step"


def text_of(at):
    return " ".join(m.value for m in at.markdown).replace("\\", "")


def step_title(at):
    return at.get("progress")[0].proto.text


def go(at, key, times=1):
    for _ in range(times):
        at.button(key=key).click().run()
        assert not at.exception, [e.value for e in at.exception]


def pick(at, key, value):
    at.button_group(key=key).set_value(value).run()


@pytest.fixture
def talk(open_page):
    return open_page("talk")


def test_every_step_in_order_each_with_its_side_note(talk):
    at = talk
    assert help_strip_shown(at)
    titles = []
    for number in range(7):
        titles.append(step_title(at))
        if number in (0,):
            assert at.expander[-1].label == "For the peer specialist"
        if number < 6:
            go(at, NEXT)
    assert titles == [
        "Step 1 of 7: What do you want to decide?",
        "Step 2 of 7: How sure do you feel right now?",
        "Step 3 of 7: What matters to you?",
        "Step 4 of 7: Pathways side by side",
        "Step 5 of 7: How sure do you feel now?",
        "Step 6 of 7: What you already have",
        "Step 7 of 7: Your plan",
    ]
    assert at.button(key=NEXT).disabled and not at.button(key=BACK).disabled
    go(at, BACK, 6)
    assert step_title(at) == titles[0] and at.button(key=BACK).disabled


def test_a_whole_conversation_skipping_some_steps_makes_a_worksheet(talk):
    at = talk
    pick(at, "talk_decide__decide", 1)  # Where to start
    at.text_input(key="talk_words__decide").input("Talk to my sister — ñ").run()
    go(at, NEXT)
    pick(at, "talk_sure__sure-before__sure", "no")
    pick(at, "talk_sure__sure-before__understand", "yes")
    go(at, NEXT)
    pick(at, "answer_groups", 0)
    go(at, NEXT)
    assert charts(at)  # the pathways side by side, from the answer just given
    go(at, NEXT)
    assert "Before: No" in " ".join(c.value for c in at.caption)
    pick(at, "talk_sure__sure-after__sure", "yes")
    go(at, NEXT)  # the strengths are skipped
    go(at, BACK)  # ... then, going back, answered after all
    go(at, NEXT)
    pick(at, "talk_strength__someone-to-call", "yes")
    pick(at, "talk_strength__safe-home", "not-yet")
    shown = text_of(at)
    assert "Yes: There is someone I can call." in shown and "Not yet: I have a safe" in shown
    summary = shown.split("What you said, by domain")[1].split("White W")[0]
    assert not re.search(r"\d|score|total", summary)  # no count, no verdict
    go(at, NEXT)
    at.checkbox(key="plan_step_alpha:0").check().run()
    sheet = text_of(at)
    for part in ("What I want to decide", "Where to start", "Talk to my sister — ñ",
                 "How sure I feel", "Before: No. After: Yes.", "My strengths today",
                 "I would like groups", "My first steps"):  # fmt: skip
        assert part in sheet, part
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download my worksheet (PDF)", "Download as text"]


def test_answers_are_shared_with_what_matters_to_me(open_page):
    at = open_page("priorities")
    at.button_group(key="answer_groups").set_value(1).run()
    at.switch_page("views/talk.py").run()
    go(at, NEXT, 2)
    assert at.button_group(key="answer_groups").value == 1


def test_clear_my_answers_empties_everything_and_starts_again(talk):
    at = talk
    pick(at, "talk_decide__decide", 0)
    go(at, NEXT)
    pick(at, "talk_sure__sure-before__sure", "yes")
    clear = at.button(key="clear_answers")  # inside the Clear my answers pop-over
    clear.click().run()
    assert step_title(at).startswith("Step 1 of 7")
    assert not at.button_group(key="talk_decide__decide").value
    go(at, NEXT)
    assert not at.button_group(key="talk_sure__sure-before__sure").value


def test_two_sessions_never_see_each_others_answers(open_page):
    first, second = open_page("talk"), open_page("talk")
    pick(first, "talk_decide__decide", 2)
    first.text_input(key="talk_words__decide").input("only mine").run()
    second.run()
    assert not second.button_group(key="talk_decide__decide").value
    assert second.text_input(key="talk_words__decide").value == ""
    assert step_title(second).startswith("Step 1 of 7")


def test_the_conversation_in_spanish_keeps_the_sure_questions_as_published(open_page):
    at = open_page("talk", content=CONTENT, lang="es")
    assert at.title[0].value == "Hablarlo juntos"
    assert step_title(at) == "Paso 1 de 7: ¿Qué quiere decidir?"
    go(at, NEXT)
    assert "Do you feel SURE about the best choice for you?" in text_of(at)
    assert "en inglés, como se publicaron" in text_of(at)
    assert at.button_group(key="talk_sure__sure-before__sure").proto.options[0].content == "Sí"


def test_without_a_conversation_file_the_page_says_so(open_page, tmp_path):
    shutil.copytree(GOOD, tmp_path / "content")
    (tmp_path / "content" / "en" / "conversation.yaml").unlink()
    at = open_page("talk", content=tmp_path / "content")
    assert any("no guided conversation" in i.value for i in at.info)


def test_answers_outlast_a_visit_to_another_page(talk):
    at = talk
    pick(at, "talk_decide__decide", 1)
    go(at, NEXT)
    pick(at, "talk_sure__sure-before__sure", "no")
    at.switch_page("views/help.py").run()
    at.switch_page("views/talk.py").run()
    assert step_title(at).startswith("Step 2 of 7")
    assert at.button_group(key="talk_sure__sure-before__sure").value == "no"
    go(at, BACK)
    assert at.button_group(key="talk_decide__decide").value == 1


def test_a_step_whose_id_is_step_keeps_its_answer_apart_from_the_open_step(open_page, tmp_path):
    shutil.copytree(GOOD, tmp_path / "content")
    path = tmp_path / "content" / "en" / "conversation.yaml"
    path.write_text(path.read_text().replace("  - id: decide\n", "  - id: step\n", 1))
    at = open_page("talk", content=tmp_path / "content")
    pick(at, "talk_decide__step", 2)
    assert step_title(at).startswith("Step 1 of 7")
