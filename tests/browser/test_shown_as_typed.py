"""Text from a file shows as typed in a real browser: nothing in it becomes a link, an emoji,
an icon or a logo, in Markdown or in a widget's label."""

from __future__ import annotations

from playwright.sync_api import expect

from pathways.text import WORD_JOINER

from ..hostile import CASES, LINKS, STEP_LINKS
from .test_author import upload


def seen(locator) -> str:
    """The text a reader sees (word joiners are invisible)."""
    return locator.inner_text().replace(WORD_JOINER, "")


def test_links_emoji_and_icons_in_an_upload_show_as_typed(server, visit):
    v = visit()
    page = v.open(f"{server.url}/author")
    upload(page, ("gamma.yaml", CASES["links, emoji and icons in text"].data))
    expect(
        page.get_by_text("adds the pathway “Gamma pathway”. In use in this tab.")
    ).to_be_visible()
    v.settle()

    page.get_by_role("link", name="See it in Compare").click()
    principles = page.get_by_test_id("stMarkdownContainer").filter(has_text="evil.example")
    principles.wait_for()
    v.settle()
    assert LINKS in seen(principles)
    assert principles.locator("a").count() == 0, "no link but the sources' own"
    assert principles.locator("img, [role=img]").count() == 0, "no icon, emoji or logo"

    page.get_by_role("link", name="What matters to me").click()
    expect(page.get_by_role("heading", name="What matters to me")).to_be_visible()
    v.settle()
    page.get_by_role("tab", name="3. My plan").click()
    expect(page.locator(".st-key-plan_sheet")).to_be_visible()
    v.settle()
    page.get_by_text("Gamma pathway", exact=True).click()
    step = page.get_by_test_id("stCheckbox").filter(has_text="friend.example")
    step.wait_for()
    assert seen(step).startswith(STEP_LINKS)
    assert "\N{SKULL}" not in step.inner_text()
    assert step.locator("a, img, [role=img]").count() == 0
    assert page.get_by_test_id("stException").count() == 0
    assert v.offsite == []
