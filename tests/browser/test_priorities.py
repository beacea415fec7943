"""The values conversation in a real browser at tablet width, ending with the plan's PDF."""

from __future__ import annotations

import io

from playwright.sync_api import expect
from pypdf import PdfReader

TABLET = (768, 1024)
MEDICATION = "I want medication to be part of it"


def answer(page, choice: str) -> None:
    """Pick an answer; the browser shows it chosen at once."""
    button = page.get_by_role("radio", name=choice)
    button.click()
    expect(button).to_be_checked()


def look_closer(page, pathway: str) -> None:
    """Pick the pathway to look closer at in step 2 (none is picked at first)."""
    closer = page.get_by_role("combobox", name="Look closer at one pathway")
    closer.click()
    closer.press_sequentially(pathway)
    closer.press("Enter")


def test_answer_see_fit_choose_steps_and_download_the_pdf(server, visit, tmp_path):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/priorities")
    page.get_by_role("heading", name="What matters to me").wait_for()

    # large touch targets for every answer
    assert page.get_by_role("radio", name=MEDICATION).bounding_box()["height"] >= 44
    answer(page, MEDICATION)
    answer(page, "I would rather not be in groups")

    page.get_by_role("tab", name="2. How pathways fit").click()
    look_closer(page, "Medications for opioid use disorder")
    expect(page.get_by_text(f"You said “{MEDICATION}”").first).to_be_visible()
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    v.settle()
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET[0]
    v.screenshot("priorities-fit")

    page.get_by_role("tab", name="3. My plan").click()
    sheet = page.locator(".st-key-plan_sheet")
    expect(sheet).to_contain_text("My recovery plan")
    v.settle()
    # the pathway looked at in step 2 is open first
    expect(page.get_by_text("You looked closer at")).to_be_visible()
    step = page.get_by_text("If you use opioids, get naloxone").first
    step.click()
    expect(sheet).to_contain_text("If you use opioids, get naloxone")
    page.get_by_label("My notes").fill("Ask the clinic about Tuesday")
    page.get_by_label("My notes").press("Control+Enter")
    expect(sheet).to_contain_text("Ask the clinic about Tuesday")
    expect(sheet).to_contain_text("If you use opioids, get naloxone")
    v.settle()

    with page.expect_download() as download:
        page.get_by_role("button", name="Download my plan (PDF)").click()
    saved = tmp_path / "plan.pdf"
    download.value.save_as(saved)
    reader = PdfReader(io.BytesIO(saved.read_bytes()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) <= 2
    assert "If you use opioids, get naloxone" in text
    assert "1-800-662-4357" in text and "988" in text
    assert "Ask the clinic about Tuesday" in text
    v.screenshot("priorities-plan")
    assert v.offsite == []


def test_a_second_browser_never_sees_the_first_ones_answers(server, visit):
    first = visit(*TABLET)
    page = first.open(f"{server.url}/priorities")
    answer(page, MEDICATION)
    page.get_by_role("tab", name="2. How pathways fit").click()
    look_closer(page, "Medications for opioid use disorder")
    expect(page.get_by_text(f"You said “{MEDICATION}”").first).to_be_visible()  # answered
    first.settle()
    second = visit(*TABLET)
    other = second.open(f"{server.url}/priorities")
    other.get_by_role("tab", name="2. How pathways fit").click()
    expect(other.get_by_text("Answer at least one question")).to_be_visible()


def test_printing_from_the_browser_gives_the_plan_alone(server, visit, tmp_path):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/priorities")
    answer(page, MEDICATION)
    page.get_by_role("tab", name="3. My plan").click()
    expect(page.locator(".st-key-plan_sheet")).to_contain_text("What matters to me")
    v.settle()
    page.emulate_media(media="print")
    printed = tmp_path / "printed.pdf"
    page.pdf(path=str(printed))
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) == 1
    assert text.startswith("My recovery plan")
    assert "1-800-662-4357" in text
    assert "Clear my answers" not in text and "What matters to me" in text
