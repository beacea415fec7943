"""Help near you, on a tablet: a state picked from a list, its help first, and in the plan."""

from __future__ import annotations

import io

from playwright.sync_api import expect
from pypdf import PdfReader

from .conftest import pick

TABLET = (820, 1180)


def test_a_state_picked_shows_its_help_first_and_goes_into_the_plan(server, visit):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/help")
    expect(page.get_by_role("heading", name="Help lines")).to_be_visible()
    expect(page.get_by_text("Free naloxone in Montana")).to_have_count(0)
    pick(page, "State", "Montana")
    expect(page.get_by_text("Free naloxone in Montana")).to_be_visible()
    v.settle()
    assert "state" not in page.url  # where someone is never goes in the address
    naloxone = page.get_by_text("Free naloxone in Montana")
    national = page.get_by_text("Naloxone without a prescription")
    assert naloxone.bounding_box()["y"] < national.bounding_box()["y"]
    expect(page.locator("a[href='tel:+18006624357']").first).to_be_visible()

    page.get_by_role("link", name="What matters to me").first.click()
    page.get_by_role("heading", name="What matters to me").wait_for()
    v.settle()
    page.get_by_role("tab", name="3. My plan").click()
    expect(page.get_by_label("Add help near me (optional)")).to_be_visible()
    v.settle()  # the plan step is drawn: a list opened now stays open
    pick(page, "Add help near me (optional)", "Montana")
    sheet = page.locator(".st-key-plan_sheet")
    expect(sheet).to_contain_text("Help near me: Montana")
    v.settle()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download my plan (PDF)").click()
    reader = PdfReader(io.BytesIO(download.value.path().read_bytes()))
    printed = " ".join(p.extract_text() for p in reader.pages)
    assert "Help near me: Montana" in printed and "Free naloxone in Montana" in printed
    assert v.offsite == []
    v.screenshot("help-near-you-plan-820")  # last: a full-page picture resizes the page
