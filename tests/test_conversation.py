"""The guided conversation: its file and rules, SURE before and after, strengths by domain,
and the worksheet it adds to the plan."""

from __future__ import annotations

import re
import shutil

import pytest

from pathways import conversation, load_content, plan
from pathways.vocab import SURE_ITEMS, SURE_WORDING

from .conftest import CONTENT, GOOD


@pytest.fixture(scope="module")
def shipped():
    return load_content(CONTENT)


def test_the_shipped_conversation_has_every_step_in_both_languages(shipped):
    talk = shipped.conversation
    kinds = [step.kind for step in talk.steps]
    assert kinds == ["decide", "sure", "matters", "fit", "sure", "strengths", "plan"]
    assert all(step.peer is not None and step.peer.avoid for step in talk.steps)
    spanish = load_content(CONTENT, "es")
    assert spanish.conversation.title == "Hablarlo juntos"
    assert not [p for p in spanish.problems if "conversation" in p.path]
    # the SURE questions as published: no Spanish version of them could be checked
    assert [q.ask for q in spanish.conversation.sure.questions] == list(SURE_WORDING.values())


def test_the_checklist_is_original_and_gives_no_score(shipped):
    checklist = shipped.conversation.strengths
    assert len(checklist.items) == 10
    assert "not a test or a validated scale" in checklist.about
    assert "BARC" not in checklist.about and "BARC" not in checklist.title


def _with(tmp_path, old: str, new: str):
    shutil.copytree(GOOD, tmp_path / "content")
    path = tmp_path / "content" / "en" / "conversation.yaml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return load_content(tmp_path / "content")


def _said(content, code):
    return [str(p) for p in content.problems if str(p).endswith(f"[{code}]")]


def test_a_reworded_sure_question_is_an_error_that_names_the_line(tmp_path):
    content = _with(tmp_path, "Do you feel SURE about", "Are you SURE about")
    (found,) = _said(content, "sure-is-as-published")
    where = r"content/en/conversation\.yaml:\d+: sure\.questions\[0\]\.ask: is not the published"
    assert re.match(where, found)
    assert content.conversation is None and len(content.pathways) == 2  # the rest still works


def test_sure_questions_out_of_order_are_an_error(tmp_path):
    content = _with(tmp_path, "{id: sure, ask", "{id: understand, ask")
    assert content.conversation is None
    (found,) = _said(content, "sure-is-as-published")
    assert "sure.questions: must be the four SURE questions in their order" in found


def test_a_step_id_used_twice_is_an_error(tmp_path):
    content = _with(tmp_path, "id: sure-after", "id: sure-before")
    (found,) = _said(content, "steps-are-unique")
    assert "steps[4].id" in found and "'sure-before' is used twice" in found


def test_a_sure_step_without_the_test_is_an_error(tmp_path):
    shutil.copytree(GOOD, tmp_path / "content")
    path = tmp_path / "content" / "en" / "conversation.yaml"
    text = path.read_text()
    start, end = text.index("sure:\n  questions"), text.index("strengths:\n  title")
    path.write_text(text[:start] + text[end:])
    content = load_content(tmp_path / "content")
    found = _said(content, "steps-have-what-they-show")
    assert len(found) == 2 and all("has no sure test" in f for f in found)


def test_options_on_another_step_are_an_error(tmp_path):
    content = _with(
        tmp_path,
        "    title: Your plan\n",
        "    title: Your plan\n    options: [Today]\n",
    )
    (found,) = _said(content, "steps-have-what-they-show")
    assert "steps[6].options" in found


def test_strengths_name_their_domain_and_cite_listed_sources(tmp_path):
    content = _with(tmp_path, "domain: home, text", "domain: house, text")
    (found,) = _said(content, "strengths-are-sourced")
    assert "strengths.items[2].domain" in found and "'house' is not a domain" in found
    content = _with(tmp_path / "again", "sources: [white-cloud-2008]}", "sources: [nobody]}")
    (found,) = _said(content, "strengths-are-sourced")
    assert "strengths.domains[0].sources[0]" in found


def test_sure_counts_yes_answers_of_those_given():
    assert conversation.sure_count({"sure": "yes", "understand": "no", "x": None}) == (1, 2)
    assert conversation.sure_count({}) == (0, 0)


def test_strengths_come_by_domain_strengths_first_and_are_never_added_up(shipped):
    talk = shipped.conversation
    answers = {"people-back-me": "partly", "someone-to-call": "yes", "hopes": "not-yet"}
    shown = conversation.strengths(talk, answers)
    assert [d.name for d in shown] == ["People around me", "What gives my days meaning"]
    assert [a for _, a in shown[0].answered] == ["yes", "partly"]
    assert conversation.strengths(talk, {}) == []


def _worksheet(talk):
    return conversation.worksheet(
        talk,
        ["Where to start", "  ", "Talk to my sister first — ñandú ✓"],
        {
            "sure-before": {"sure": "no", "understand": "no", "risk-benefit": "yes"},
            "sure-after": dict.fromkeys(SURE_ITEMS, "yes"),
        },
        {"someone-to-call": "yes", "safe-home": "not-yet"},
    )


def test_the_worksheet_holds_sure_before_and_after(shipped):
    sheet = _worksheet(shipped.conversation)
    assert sheet.deciding == ("Where to start", "Talk to my sister first — ñandú ✓")
    assert sheet.counts == ((1, 3), (4, 4))
    assert sheet.sure[3].before is None and sheet.sure[3].after == "yes"
    assert "Can Fam Physician" in sheet.sure_source
    nothing = conversation.worksheet(shipped.conversation)
    assert nothing.sure == () and nothing.sure_source == ""


def test_the_plan_prints_the_worksheet_and_lines_to_write_on(shipped):
    sheet = _worksheet(shipped.conversation)
    made = plan.build(shipped, {}, ["mat:0"], [], state="montana", worksheet=sheet)
    text = plan.text(made)
    headings = [h for h in text.splitlines() if h.isupper()]
    assert headings[:5] == [
        "IF I NEED HELP NOW",
        "HELP NEAR ME: MONTANA",
        "WHAT I WANT TO DECIDE",
        "HOW SURE I FEEL",
        "MY STRENGTHS TODAY",
    ]
    assert headings[-1] == "NEXT STEPS" and text.count(plan.BLANK) == plan.BLANK_LINES
    assert "Do you feel SURE about the best choice for you? Before: No. After: Yes." in text
    assert "Yes answers before: 1 (of 3 answered). After: 4 (of 4 answered)." in text
    assert "People around me: There is someone I can call when things get hard. (Yes)" in text
    on_screen = [h for h, _ in plan.sections(made)]
    assert "Next steps" not in on_screen  # lines to write on are for paper
    assert plan.pdf(made).startswith(b"%PDF")


def test_the_worksheet_is_said_in_the_plan_language(shipped):
    spanish = load_content(CONTENT, "es")
    sheet = _worksheet(spanish.conversation)
    text = plan.text(plan.build(spanish, {}, [], [], worksheet=sheet))
    assert "QUÉ TAN SEGURO ME SIENTO" in text and "Antes: No. Después: Sí." in text
    assert "Respuestas de sí antes: 1 (de 3 respondidas). Después: 4 (de 4 respondidas)." in text


def test_a_checklist_id_used_twice_is_an_error(tmp_path):
    content = _with(tmp_path, "{id: people-back-me,", "{id: someone-to-call,")
    (found,) = _said(content, "strengths-are-unique")
    assert "strengths.items[1].id" in found and content.conversation is None


def test_a_translation_keeps_the_published_sure_wording(tmp_path):
    shutil.copytree(CONTENT, tmp_path / "content")
    path = tmp_path / "content" / "es" / "conversation.yaml"
    text = path.read_text()
    path.write_text(text.replace("Do you feel SURE about", "¿Se siente SEGURO sobre", 1))
    spanish = load_content(tmp_path / "content", "es")
    assert any(str(p).endswith("[sure-is-as-published]") for p in spanish.problems)
    assert spanish.conversation.title == "Talk it through"  # the original is shown instead


def test_one_sure_step_prints_its_answers_without_before_and_after(shipped):
    talk = shipped.conversation.model_copy(
        update={"steps": tuple(s for s in shipped.conversation.steps if s.id != "sure-after")}
    )
    sheet = conversation.worksheet(talk, (), {"sure-before": {"sure": "yes", "understand": "no"}})
    text = plan.text(plan.build(shipped, {}, [], [], worksheet=sheet))
    assert "Do you feel SURE about the best choice for you? Yes." in text
    assert "Before:" not in text and "Yes answers: 1 (of 2 answered)." in text
