"""Meetings from a Meeting Guide feed on Help near you, in a real browser: listed by day,
narrowed by type with a tap, readable by screen readers, and nothing requested off site."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .test_accessibility import BLOCKING, RUN_AXE


@pytest.mark.parametrize("width", [390, 1280], ids=lambda w: f"{w}px")
def test_meetings_are_listed_and_narrowed_by_type(meetings_server, visit, axe_source, width):
    v = visit(width, 900)
    page = v.open(f"{meetings_server.url}/help")
    expect(page.get_by_role("heading", name="Meetings", exact=True)).to_be_visible()
    listed = page.get_by_text("Online Morning Meeting")
    expect(listed).to_be_visible()
    expect(page.get_by_text("Sunday Secular Circle")).to_be_visible()
    join = page.get_by_role("link", name="join online")
    expect(join).to_have_attribute("href", "https://meet.example.org/morning")

    spanish = page.locator(".st-key-meeting_types").get_by_role("button", name="Spanish")
    spanish.click()  # a toggle: several types can be picked at once
    expect(spanish).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_text("Grupo Esperanza").first).to_be_visible()
    expect(listed).to_have_count(0)
    v.settle()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.add_script_tag(content=axe_source)
    blocking = [f for f in page.evaluate(RUN_AXE) if f["impact"] in BLOCKING]
    assert not blocking, blocking
    assert v.offsite == []
    v.screenshot(f"help-meetings-{width}")
