"""A downloaded plan does not stay on the server: its link stops working once answers are cleared."""

from __future__ import annotations

import urllib.error
import urllib.request

from playwright.sync_api import expect

TABLET = (768, 1024)


def status(url: str) -> int:
    """The status of a plain request without the browser's cookies, as anyone could send it."""
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            return reply.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_plan_link_is_gone_after_clear_my_answers(server, visit, tmp_path):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/priorities")
    medication = page.get_by_role("radio", name="I want medication to be part of it")
    medication.click()
    expect(medication).to_be_checked()
    page.get_by_role("tab", name="3. My plan").click()
    sheet = page.locator(".st-key-plan_sheet")
    expect(sheet).to_contain_text("I want medication to be part of it")
    v.settle()
    page.get_by_label("My notes").fill("Call my sponsor on Friday")
    page.get_by_label("My notes").press("Control+Enter")
    expect(sheet).to_contain_text("Call my sponsor on Friday")
    v.settle()

    with page.expect_download() as download:
        page.get_by_role("button", name="Download as text").click()
    saved = tmp_path / "plan.txt"
    download.value.save_as(saved)
    assert "Call my sponsor on Friday" in saved.read_text()
    link = download.value.url
    assert "/media/" in link

    page.get_by_role("button", name="Clear my answers").click()
    page.get_by_role("button", name="Yes, clear them").click()  # a second tap confirms
    expect(sheet).not_to_contain_text("Call my sponsor on Friday")
    expect(page.get_by_label("My notes")).to_have_value("")
    v.settle()
    assert status(link) == 404
    assert v.offsite == []
