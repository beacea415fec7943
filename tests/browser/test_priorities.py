"""The values conversation in a real browser at tablet width, ending with the plan's PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader

TABLET = (768, 1024)


def wait_idle(page):
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30_000
    )


def test_answer_see_fit_choose_steps_and_download_the_pdf(server, visit, tmp_path):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/priorities")
    page.get_by_role("heading", name="What matters to me").wait_for()

    # large touch targets for every answer
    answer = page.get_by_role("radio", name="I want medication to be part of it")
    assert answer.bounding_box()["height"] >= 44
    answer.click()
    wait_idle(page)
    page.get_by_role("radio", name="I would rather not be in groups").click()
    wait_idle(page)

    page.get_by_role("tab", name="2. How pathways fit").click()
    wait_idle(page)
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    assert page.get_by_text("Every pathway, every answer").count() >= 1
    assert page.get_by_text("You said “I want medication to be part of it”").count() >= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= TABLET[0]
    v.screenshot("priorities-fit")

    page.get_by_role("tab", name="3. My plan").click()
    wait_idle(page)
    page.get_by_text("Medications for addiction treatment (MAT)", exact=True).click()
    step = page.get_by_text("If you use opioids, get naloxone").first
    step.click()
    wait_idle(page)
    page.get_by_label("My notes").fill("Ask the clinic about Tuesday")
    page.get_by_label("My notes").press("Control+Enter")
    wait_idle(page)
    sheet = page.locator(".st-key-plan_sheet")
    assert "If you use opioids, get naloxone" in sheet.inner_text()
    assert "Ask the clinic about Tuesday" in sheet.inner_text()

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
    page.get_by_role("radio", name="I want medication to be part of it").click()
    wait_idle(page)
    second = visit(*TABLET)
    other = second.open(f"{server.url}/priorities")
    other.get_by_role("tab", name="2. How pathways fit").click()
    other.get_by_text("Answer at least one question").wait_for()
