"""The take-home plan: text and a PDF that carry the chosen steps, help lines and date."""

from __future__ import annotations

import datetime as dt
import io
import threading
import time

from pypdf import PdfReader

from pathways import load_content, plan

from .conftest import CONTENT, GOOD

DAY = dt.date(2026, 11, 26)


def a_plan(content=None, **extra):
    content = content or load_content(GOOD)
    return plan.build(
        content,
        {"groups": 0},
        ["beta:1", "alpha:0", "nope:0", "alpha:99", "alpha:x"],
        ["alpha:0"],
        extra.get("contacts", "My sister, 555-0100"),
        extra.get("notes", "Ask about the Tuesday group"),
        DAY,
    )


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def test_steps_are_kept_in_time_order_and_unknown_keys_left_out():
    made = a_plan()
    assert [s.text for s in made.steps] == ["Call a friend.", "Visit a group."]
    assert made.matters == (("How do you feel about meeting in groups?", "I would like groups"),)


def test_text_has_the_steps_date_and_help_lines_and_no_name_field():
    text = plan.text(a_plan())
    assert "Made on 26 November 2026" in text
    assert "- Today: Call a friend. Who helps: A friend. (Alpha)" in text
    assert "988" in text and "1-800-662-4357" in text and "911" in text
    assert "name:" not in text.lower()  # a plan never asks for a name


def test_the_pdf_has_the_chosen_steps_help_lines_and_date():
    pages, text = pdf_text(plan.pdf(a_plan()))
    assert pages == 1
    assert "My recovery plan" in text and "26 November 2026" in text
    assert "Call a friend." in text and "Visit a group." in text
    assert "988" in text and "1-800-662-4357" in text
    assert "My sister, 555-0100" in text


def test_a_full_plan_from_every_pathway_fits_on_two_pages():
    content = load_content(CONTENT)
    steps = [f"{i}:{n}" for i, p in content.pathways.items() for n in range(len(p.first_steps))]
    made = plan.build(content, {}, steps[:10], [f"{i}:0" for i in content.pathways], "x", "y", DAY)
    pages, text = pdf_text(plan.pdf(made))
    assert pages <= 2
    assert "1-800-662-4357" in text


def test_characters_the_pdf_font_lacks_never_break_it():
    made = a_plan(notes="Call “Sam” — tomorrow 🙂 and 你好")
    _, text = pdf_text(plan.pdf(made))
    assert 'Call "Sam" - tomorrow' in text


def test_later_runs_an_action_once_in_the_background():
    done = threading.Event()
    calls = []
    plan.later(0.05, lambda: (calls.append(1), done.set()))
    assert done.wait(5)
    time.sleep(0.1)
    assert calls == [1]
    assert 0 < plan.FORGET_SECONDS <= 30  # a downloaded plan is kept seconds, not minutes
