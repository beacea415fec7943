"""The values conversation: answer -> fit view changes -> steps chosen -> plan built."""

from __future__ import annotations

import time

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import app_test

import pathways

from .conftest import by_label, charts, help_strip_shown

CLEAR = "Yes, clear them"  # inside the Clear my answers pop-over


def answer(at, question_id, index):
    group = next(g for g in at.button_group if g.key == f"answer_{question_id}")
    group.set_value(index).run()


def open_step(at, label):
    at.session_state["priorities_step"] = label
    at.run()


def text_of(at):
    return " ".join(m.value for m in at.markdown).replace("\\", "")


def test_questions_come_from_content_each_with_a_skip(open_page):
    at = open_page("priorities")
    assert help_strip_shown(at)
    assert [t.label for t in at.tabs] == ["1. What matters", "2. How pathways fit", "3. My plan"]
    answers = [g.key for g in at.button_group if g.key != "language_switch"]
    assert answers == ["answer_groups", "answer_medication"]
    groups = at.pills(key="answer_groups")
    assert "How do you feel about meeting in groups?" in groups.proto.label
    assert groups.proto.options[-1].content == "I'm not sure / skip"


def test_the_fit_view_follows_the_answers_and_never_ranks(open_page):
    at = open_page("priorities")
    open_step(at, "2. How pathways fit")
    assert any("Answer at least one question" in i.value for i in at.info)
    open_step(at, "1. What matters")
    answer(at, "groups", 0)  # I would like groups
    open_step(at, "2. How pathways fit")
    matrix = charts(at)[0]
    assert matrix["layout"]["title"]["text"] == "Every pathway, every answer"
    assert matrix["data"][0]["text"] == [["✓"], ["~"]]  # alpha lines up, beta partly
    assert len(charts(at)) == 1 and "You said" not in text_of(at)  # none picked to look closer
    at.selectbox(key="fit_pathway").set_value("alpha").run()
    assert len(charts(at)) == 2
    text = text_of(at)
    assert "You said “I would like groups”. Alpha (peer and group involvement: 4 of 4)" in text
    # no totals, no ranking words
    for verdict in ("best", "score:", "match %", "recommended", "top pick"):
        assert verdict not in text.lower()

    open_step(at, "1. What matters")
    answer(at, "groups", 1)  # would rather not
    open_step(at, "2. How pathways fit")
    assert charts(at)[0]["data"][0]["text"] == [["✗"], ["✓"]]  # alpha pulls against, beta lines up


def test_skipping_every_question_shows_no_fit(open_page):
    at = open_page("priorities")
    answer(at, "groups", -1)
    open_step(at, "2. How pathways fit")
    assert any("Answer at least one question" in i.value for i in at.info)


def test_combinations_that_fit_are_shown(open_page):
    at = open_page("priorities")
    answer(at, "medication", 0)  # both pathways rate medication 2: lines up (or_more 3, gap 1)
    open_step(at, "2. How pathways fit")
    text = text_of(at)
    assert "**Alpha pathway + Beta pathway**" in text
    assert "Alpha and Beta work well together." in text


def test_steps_and_supports_chosen_build_the_plan(open_page):
    at = open_page("priorities")
    answer(at, "groups", 0)
    open_step(at, "3. My plan")
    at.checkbox(key="plan_step_alpha:0").check().run()
    at.checkbox(key="plan_step_beta:1").check().run()
    at.checkbox(key="plan_support_beta:0").check().run()
    at.text_area(key="plan_contacts").input("My sister, 555-0100").run()
    at.text_area(key="plan_notes").input("Ask about the Tuesday group").run()
    text = text_of(at)
    assert "**What matters to me**" in text
    assert "How do you feel about meeting in groups? I would like groups." in text
    assert "Today: Call a friend. Who helps: A friend. (Alpha)" in text
    assert "This week: Visit a group. Who helps: Group members. (Beta pathway)" in text
    assert "**If I need help now**" in text and "1-800-662-4357" in text
    assert "My sister, 555-0100" in text and "Ask about the Tuesday group" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download my plan (PDF)", "Download as text"]


def test_next_buttons_walk_through_the_three_steps(open_page):
    at = open_page("priorities")
    answer(at, "groups", 0)
    by_label(at.button, "Next: how pathways fit").click().run()
    assert at.session_state["priorities_step"] == "2. How pathways fit"
    assert charts(at)
    by_label(at.button, "Next: my plan").click().run()
    assert at.session_state["priorities_step"] == "3. My plan"
    assert at.text_area(key="plan_notes") is not None


def test_the_plan_starts_from_the_pathway_looked_at_in_step_two(open_page):
    at = open_page("priorities")
    open_step(at, "3. My plan")
    assert [e.label for e in at.expander] == ["Alpha pathway", "Beta pathway"]
    assert not any(e.proto.expanded for e in at.expander)
    open_step(at, "1. What matters")
    answer(at, "groups", 0)
    open_step(at, "2. How pathways fit")
    at.selectbox(key="fit_pathway").set_value("beta").run()
    open_step(at, "3. My plan")
    assert [e.label for e in at.expander] == ["Beta pathway", "Alpha pathway"]
    assert [e.proto.expanded for e in at.expander] == [True, False]
    text = text_of(at)
    assert "You looked closer at **Beta pathway** in **2. How pathways fit**" in text
    assert "Of your" not in text  # no count of what lines up: no score, as in step 2
    # a step's timing is a heading over its steps, not part of its words
    beta = at.expander[0]
    assert [c.value for c in beta.caption] == ["Today", "This week"]
    assert "Visit a group." in [c.label for c in beta.checkbox]


def test_clear_my_answers_empties_everything(open_page):
    at = open_page("priorities")
    answer(at, "groups", 0)
    open_step(at, "3. My plan")
    at.checkbox(key="plan_step_alpha:0").check().run()
    at.text_area(key="plan_notes").input("private note").run()
    by_label(at.button, CLEAR).click().run()
    assert at.session_state["plan_step_alpha:0"] is False
    assert at.session_state["plan_notes"] == ""
    assert "private note" not in text_of(at)
    assert at.text_area(key="plan_notes").value == ""
    open_step(at, "1. What matters to me")
    assert at.pills(key="answer_groups").value is None  # set empty, so the browser shows it empty


def test_two_sessions_never_see_each_others_answers(open_page):
    first = open_page("priorities")
    answer(first, "groups", 0)
    open_step(first, "3. My plan")
    first.text_area(key="plan_notes").input("only mine").run()
    second = open_page("priorities")
    assert second.pills(key="answer_groups").value is None
    open_step(second, "3. My plan")
    assert second.text_area(key="plan_notes").value == ""
    assert "only mine" not in text_of(second)
    open_step(second, "2. How pathways fit")
    assert any("Answer at least one question" in i.value for i in second.info)


def test_answers_never_reach_the_address_bar(open_page):
    at = open_page("priorities")
    answer(at, "groups", 0)
    open_step(at, "3. My plan")
    at.text_area(key="plan_notes").input("secret").run()
    assert "secret" not in str(dict(at.query_params))
    assert not any(k.startswith(("answer", "plan")) for k in at.query_params)


@pytest.fixture
def media(monkeypatch):
    """One store of downloadable files for every run, as on a real server."""
    store = MediaFileManager(MemoryMediaFileStorage("/media"))
    monkeypatch.setattr(app_test, "MediaFileManager", lambda storage: store)
    return store


def download(at, media, label):
    """Press a download button as the browser does: the file is made, then fetched."""
    button = next(b for b in at.get("download_button") if b.proto.label == label)
    url = media.execute_deferred(button.proto.deferred_file_id)
    file = media.read_file(url.rsplit("/", 1)[-1])
    assert file is not None
    return url.rsplit("/", 1)[-1], file.content


def plan_with_a_note(open_page):
    at = open_page("priorities")
    answer(at, "groups", 0)
    open_step(at, "3. My plan")
    at.text_area(key="plan_notes").input("private note").run()
    return at


def test_a_downloaded_plan_leaves_the_server_when_answers_are_cleared(open_page, media):
    at = plan_with_a_note(open_page)
    text_file, data = download(at, media, "Download as text")
    pdf_file, pdf = download(at, media, "Download my plan (PDF)")
    assert b"private note" in data and pdf.startswith(b"%PDF")
    by_label(at.button, CLEAR).click().run()
    assert media.read_file(text_file) is None and media.read_file(pdf_file) is None
    # what the buttons make now carries nothing of the cleared plan
    _, fresh = download(at, media, "Download as text")
    assert b"private note" not in fresh


def test_a_downloaded_plan_leaves_the_server_at_the_next_click(open_page, media):
    at = plan_with_a_note(open_page)
    text_file, _ = download(at, media, "Download as text")
    at.checkbox(key="plan_step_alpha:0").check().run()
    assert media.read_file(text_file) is None
    assert "private note" in text_of(at)  # the plan on screen stays


def test_a_downloaded_plan_leaves_the_server_soon_without_another_click(
    open_page, media, monkeypatch
):

    # the page reads the time it was given when it was imported
    monkeypatch.setattr(pathways.plan, "FORGET_SECONDS", 0.2)
    at = plan_with_a_note(open_page)
    text_file, _ = download(at, media, "Download as text")
    deadline = time.monotonic() + pathways.plan.FORGET_SECONDS + 5  # well before the 10 s default
    while media.read_file(text_file) is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert media.read_file(text_file) is None


def test_the_plan_adds_help_near_a_state_picked_from_a_list(open_page):
    from ..conftest import CONTENT

    at = open_page("priorities", content=CONTENT)
    open_step(at, "3. My plan")
    at.checkbox(key="plan_step_mat:0").check().run()
    assert "Help near me" not in text_of(at)
    at.selectbox(key="plan_state").set_value("montana").run()
    text = text_of(at)
    assert "**Help near me: Montana**" in text and "Free naloxone in Montana" in text
    assert "plan_state" not in at.query_params and "state" not in at.query_params
    by_label(at.button, CLEAR).click().run()
    assert at.session_state["plan_state"] == ""
    assert "Help near me" not in text_of(at)
