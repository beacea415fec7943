"""Courses: every page embedded (?embed=true and in an iframe), and the offline comparison file."""

from __future__ import annotations

import pytest

from .conftest import settle

EMBED_PAGES = {
    "": "Many roads to recovery",
    "pathway?id=mat": "Medications for opioid use disorder (MOUD)",
    "compare?p=mat&p=twelve-step": "Compare pathways",
    "workshop?card=pregnancy-and-opioids": "Workshop",
    "priorities": "What matters to me",
    "talk": "Talk it through",
    "sources": "Sources and evidence",
    "glossary": "Glossary",
    "help": "Help near you",
}


@pytest.mark.parametrize("path", EMBED_PAGES, ids=lambda p: p.split("?")[0] or "home")
def test_each_page_embeds_with_the_help_strip_and_no_menu(server, visit, path):
    v = visit(1000, 800)
    joiner = "&" if "?" in path else "?"
    page = v.open(f"{server.url}/{path}{joiner}embed=true")
    page.get_by_role("heading", name=EMBED_PAGES[path]).first.wait_for()
    assert page.get_by_test_id("stException").count() == 0
    assert page.get_by_text("Share this view").count() == 0  # not needed inside a course
    assert page.locator("[data-testid=stTopNavLinkContainer]").count() == 0
    assert "1-800-662-4357" in page.get_by_test_id("stAlert").first.inner_text()
    assert v.offsite == []


def test_pages_work_inside_an_iframe_on_a_course_page(server, visit):
    v = visit(1100, 900)
    page = v.page
    page.set_content(
        "<h1>My course</h1>"
        f"<iframe title='Pathways' src='{server.url}/compare?p=mat&p=harm-reduction&embed=true' "
        "width='1000' height='800'></iframe>"
    )
    frame = page.frame_locator("iframe")
    frame.get_by_role("heading", name="Compare pathways").wait_for()
    frame.locator(".js-plotly-plot .main-svg").first.wait_for()
    settle(frame)
    assert frame.get_by_test_id("stException").count() == 0
    assert v.offsite == []


def test_the_downloaded_comparison_opens_from_disk_with_its_charts_drawn(server, visit, tmp_path):
    v = visit()
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step")
    button = page.get_by_role("button", name="Download as a web page (works offline)")
    button.scroll_into_view_if_needed()
    with page.expect_download(timeout=60_000) as download:
        button.click()
    saved = tmp_path / "comparison.html"
    download.value.save_as(saved)
    offline = v.context.new_page()
    offline.goto(saved.as_uri())
    offline.locator(".js-plotly-plot .main-svg").first.wait_for()
    assert offline.locator(".js-plotly-plot").count() == 6
    assert "Comparing:" in offline.locator("h1").inner_text()
    assert v.offsite == []
