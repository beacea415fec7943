"""What a person sees in a real browser: pages load, charts draw, nothing leaves this machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import HOSTILE_NAME

PAGES = {
    "": ("Many roads to recovery", 0),
    "pathway?id=harm-reduction&section=Ratings": ("Harm reduction", 1),
    "compare?p=mat&p=twelve-step&p=harm-reduction": ("Compare pathways", 6),
    "sources": ("Sources and evidence", 0),
    "help": ("Help near you", 0),
    "talk": ("Talk it through", 0),
}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.split("?")[0] or "home")
def test_page_loads_with_help_strip_no_error_and_no_offsite_request(server, visit, path):
    v = visit()
    page = v.open(f"{server.url}/{path}")
    heading, charts = PAGES[path]
    page.get_by_role("heading", name=heading).first.wait_for()
    if charts:
        page.locator(".js-plotly-plot .main-svg").nth(charts - 1).wait_for()
    assert page.locator(".js-plotly-plot").count() == charts
    assert page.get_by_test_id("stException").count() == 0
    assert "1-800-662-4357" in page.get_by_test_id("stAlert").first.inner_text()
    v.screenshot(f"page-{path.split('?')[0] or 'home'}")
    assert v.offsite == []


def test_compare_deep_link_draws_every_chart(server, visit):
    v = visit()
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step")
    charts = page.locator(".js-plotly-plot")
    charts.nth(5).wait_for()
    assert charts.count() == 6
    for i in range(6):
        assert charts.nth(i).locator(".main-svg").count() >= 1
    chips = page.get_by_test_id("stMultiSelect").inner_text()
    assert "Medications for opioid use disorder (MOUD)" in chips
    assert "Twelve-step mutual help" in chips
    legend = charts.nth(0).locator(".legendtext").all_inner_texts()
    assert len(legend) == 2
    assert v.offsite == []


def test_hovering_a_rating_shows_its_reason(server, visit, shipped):
    v = visit()
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step")
    heatmap = page.locator(".js-plotly-plot").nth(5)
    heatmap.scroll_into_view_if_needed()
    box = heatmap.locator(".nsewdrag").first.bounding_box()
    # the first cell: first pathway (top row), first dimension (left column)
    page.mouse.move(box["x"] + box["width"] / 16, box["y"] + box["height"] / 10)
    hover = heatmap.locator(".hovertext")
    hover.first.wait_for()
    text = hover.first.text_content()
    first = shipped.pathways["complementary"]  # the top row
    reason = first.ratings["abstinence_expectation"].reason
    assert f"Abstinence expectation: {first.ratings['abstinence_expectation'].score} of 4" in text
    assert " ".join(reason.split()[:4]) in text


def test_changing_the_selection_updates_the_link(server, visit):
    v = visit()
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step")
    page.locator(".js-plotly-plot").nth(5).wait_for()
    page.get_by_role(
        "button", name="Remove Medications for opioid use disorder (MOUD)"
    ).first.click()
    page.wait_for_url("**/compare?p=twelve-step")
    expect(page.get_by_text("Pick at least two pathways")).to_have_count(1)


def test_phone_width_has_no_sideways_scrolling(server, visit):
    v = visit(width=390, height=844)
    page = v.open(f"{server.url}/compare?p=mat&p=harm-reduction")
    page.locator(".js-plotly-plot").nth(5).wait_for()
    overflow = page.evaluate(
        "() => document.querySelector('[data-testid=\"stMain\"]').scrollWidth - window.innerWidth"
    )
    v.screenshot("phone-compare")
    assert overflow <= 0


def test_broken_content_shows_problems_and_the_rest_still_works(broken_server, visit):
    v = visit()
    page = v.open(f"{broken_server.url}/compare?p=alpha&p=beta")
    panel = page.get_by_test_id("stExpander").first
    assert "3 problems in the content files" in panel.inner_text()
    panel.get_by_text("3 problems").click()
    panel.get_by_text("nesting is deeper", exact=False).wait_for()
    text = panel.inner_text()
    assert "en/pathways/too-deep.yaml:2: nesting is deeper than 32 levels" in text
    assert "Traceback" not in page.locator("body").inner_text()
    page.locator(".js-plotly-plot").nth(5).wait_for()
    assert broken_server.alive()
    assert v.offsite == []


def test_a_home_card_opens_its_pathway(server, visit):
    v = visit()
    page = v.open(server.url)
    page.get_by_role("link", name="Explore Harm reduction").click()
    page.wait_for_url("**/pathway?id=harm-reduction")
    expect(page.get_by_role("tab", name="Ratings")).to_be_visible()  # drawn by the new page
    page.get_by_role("heading", name="Harm reduction").first.wait_for()
    v.settle()
    page.get_by_role("tab", name="Ratings").click()
    page.wait_for_url("**/pathway?id=harm-reduction&section=Ratings")
    page.locator(".js-plotly-plot .main-svg").first.wait_for()
    assert v.offsite == []


def test_markup_in_a_link_is_shown_as_text_and_loads_nothing(server, visit):
    v = visit()
    page = v.open(f"{server.url}/pathway?id=![x](https://tracker.example/pixel.png)")
    page.get_by_text("There is no pathway called", exact=False).wait_for()
    assert (
        "![x](https://tracker.example/pixel.png)"
        # the word joiner that keeps the address from becoming a link is invisible
        in page.get_by_test_id("stAlert").nth(1).inner_text().replace("\u2060", "")
    )
    assert page.locator("img[src*='tracker.example']").count() == 0
    assert v.offsite == []


def test_often_combined_with_links_open_that_pathway(server, visit):
    v = visit()
    page = v.open(f"{server.url}/pathway?id=mat")
    page.get_by_role("heading", name="Medications for opioid use disorder (MOUD)").first.wait_for()
    page.get_by_role("link", name="Harm reduction").click()
    page.wait_for_url("**/pathway?id=harm-reduction")
    page.get_by_role("heading", name="Harm reduction", exact=True).first.wait_for()
    assert v.offsite == []


def test_markup_in_content_is_shown_as_text_and_loads_nothing(broken_server, visit):
    v = visit()
    page = v.open(broken_server.url)
    page.get_by_text(f"Explore {HOSTILE_NAME}").wait_for()
    assert page.get_by_text(HOSTILE_NAME).count() >= 1
    assert page.locator("img[src*='tracker.example']").count() == 0
    assert v.offsite == []
