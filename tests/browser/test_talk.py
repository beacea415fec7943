"""Talk it through on a tablet (820 px), as a peer specialist and a person would: every step,
some skipped, going back, a state chosen, and the worksheet downloaded and read."""

from __future__ import annotations

import io

from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import ARTIFACTS, pick
from .test_accessibility import BLOCKING, RUN_AXE

TABLET = (820, 1180)
TITLES = (
    "Step 1 of 7: What do you want to decide?",
    "Step 2 of 7: How sure do you feel right now?",
    "Step 3 of 7: What matters to you?",
    "Step 4 of 7: Pathways side by side",
    "Step 5 of 7: How sure do you feel now?",
    "Step 6 of 7: What you already have",
    "Step 7 of 7: Your plan",
)


def on_step(v, number: int) -> None:
    """Wait until step ``number`` (from 1) is drawn and the run has finished."""
    bar = v.page.get_by_test_id("stProgress")
    expect(bar.filter(has_text=TITLES[number - 1])).to_be_visible()
    v.settle()
    expect(bar).to_have_count(1)  # no stale bar of the step before
    assert v.page.evaluate("document.documentElement.scrollWidth") <= TABLET[0]


def move(v, to: int, button: str = "Next") -> None:
    """Go to the next (or previous) step with the button at the foot of the page: the new
    step opens at the top, the help lines in view."""
    v.page.locator(f".st-key-{button.lower()}_talk_step").get_by_role("button").click()
    on_step(v, to)
    expect(v.page.locator("a[href='tel:988']").first).to_be_in_viewport()
    expect(v.page.get_by_test_id("stProgress")).to_be_in_viewport()


def choose(page, key: str, answer: str) -> None:
    """Pick an answer of the widget with this key; the browser shows it chosen at once."""
    button = page.locator(f".st-key-{key}").get_by_role("radio", name=answer, exact=True)
    button.click()
    expect(button).to_be_checked()


def test_a_whole_conversation_ends_with_a_worksheet(server, visit, axe_source):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/talk")
    on_step(v, 1)
    note = page.get_by_text("For the peer specialist")
    note.click()
    expect(page.get_by_text("What brings you here today?")).to_be_visible()
    choose(page, "talk_decide__decide", "Where to start")
    words = page.get_by_label("In your own words (optional)")
    words.fill("Talk with my sister first — señal ✓")
    words.press("Enter")
    v.settle()
    v.screenshot("talk-1-decide-820")

    move(v, 2)
    choose(page, "talk_sure__sure-before__sure", "No")
    choose(page, "talk_sure__sure-before__understand", "Yes")
    v.settle()
    page.add_script_tag(content=axe_source)  # picked answers stay readable (contrast)
    blocking = [f for f in page.evaluate(RUN_AXE) if f["impact"] in BLOCKING]
    assert not blocking, blocking
    v.screenshot("talk-2-sure-before-820")

    move(v, 3)
    choose(page, "answer_medication", "I want medication to be part of it")
    v.settle()
    v.screenshot("talk-3-matters-820")

    move(v, 4)
    pick(page, "Look closer at one pathway", "Medications for opioid use disorder (MOUD)")
    expect(page.get_by_text("You said “I want medication").first).to_be_visible()
    v.settle()
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .every(chart => chart.querySelector(".main-svg"))"""
    )
    v.screenshot("talk-4-fit-820")

    move(v, 5)
    expect(page.get_by_text("Before: No").first).to_be_visible()
    choose(page, "talk_sure__sure-after__sure", "Yes")
    choose(page, "talk_sure__sure-after__understand", "Yes")
    v.settle()
    v.screenshot("talk-5-sure-after-820")

    move(v, 6)  # the strengths are skipped ...
    move(v, 7)
    move(v, 6, "Back")  # ... then, going back, answered after all
    choose(page, "talk_strength__someone-to-call", "Yes")
    choose(page, "talk_strength__safe-home", "Not yet")
    shown = page.locator(".st-key-strengths_shown")
    expect(shown).to_contain_text("Yes: There is someone I can call")
    v.settle()
    v.screenshot("talk-6-strengths-820")

    move(v, 7)
    sheet = page.locator(".st-key-plan_sheet")
    expect(page.get_by_text("You looked closer at")).to_be_visible()
    page.get_by_text("If you use opioids, get naloxone").first.click()
    expect(sheet).to_contain_text("If you use opioids, get naloxone")
    v.settle()
    pick(page, "Add help near me (optional)", "Montana")
    expect(sheet).to_contain_text("Help near me: Montana")
    expect(sheet).to_contain_text("Before: No. After: Yes.")
    v.settle()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my worksheet (PDF)").click()
    data = download.value.path().read_bytes()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "talk-worksheet.pdf").write_bytes(data)
    reader = PdfReader(io.BytesIO(data))
    printed = " ".join(p.extract_text() for p in reader.pages)
    for part in (
        "What I want to decide",
        "Talk with my sister first — señal",
        "How sure I feel",
        "Yes answers before: 1 (of 2 answered). After: 2 (of 2 answered).",
        "Can Fam Physician",
        "My strengths today",
        "People around me: There is someone I can call when things get hard. (Yes)",
        "Help near me: Montana",
        "If you use opioids, get naloxone",
        "Next steps",
        "1-800-662-4357",
    ):
        assert part in " ".join(printed.split()), part
    assert "state" not in page.url and "talk_" not in page.url  # nothing said goes in the link
    assert v.offsite == []
    v.screenshot("talk-7-plan-820")  # last: a full-page picture resizes the page


def test_a_second_tablet_never_sees_the_first_ones_answers(server, visit):
    first = visit(*TABLET)
    page = first.open(f"{server.url}/talk")
    on_step(first, 1)
    choose(page, "talk_decide__decide", "Whether to make a change")
    move(first, 2)
    second = visit(*TABLET)
    other = second.open(f"{server.url}/talk")
    on_step(second, 1)
    expect(
        other.locator(".st-key-talk_decide__decide").get_by_role("radio", checked=True)
    ).to_have_count(0)
