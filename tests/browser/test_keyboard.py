"""Compare with a keyboard alone: from the skip link to the downloads in a few tab stops, with
the reason for every rating on the way."""

from __future__ import annotations

from playwright.sync_api import expect

from .conftest import charts_drawn

MOST_TAB_STOPS = 40
FOCUSED = """() => {
  const e = document.activeElement;
  const lines = (e.getAttribute("aria-label") || e.innerText || "").split("\\n")
    .map(line => line.trim()).filter(line => line && !/^[a-z_]+$/.test(line));  // no icon names
  return lines[0] || "";
}"""
"""What the focused element says: its label, or its first line of text."""


def test_compare_from_the_skip_link_to_the_downloads_with_every_reason_on_the_way(
    server, visit, shipped
):
    v = visit(1280, 900)
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step")
    charts_drawn(page)
    page.keyboard.press("Tab")
    assert page.evaluate(FOCUSED) == "Skip to main content"
    stops = []
    while len(stops) < MOST_TAB_STOPS and "Download the ratings table (CSV)" not in stops[-1:]:
        page.keyboard.press("Tab")
        stops.append(page.evaluate(FOCUSED))
        if stops[-1] == "Why each rating" and stops.count("Why each rating") == 1:
            page.keyboard.press("Enter")  # open the reasons under the profile chart
    assert stops[-1] == "Download the ratings table (CSV)", stops
    assert "Show the data of every chart as a table" in stops  # tables off, on the way
    reasons = page.get_by_test_id("stExpander").filter(has_text="Why each rating").first
    for pathway_id in ("mat", "twelve-step"):
        for rating in shipped.pathways[pathway_id].ratings.values():
            expect(reasons.get_by_text(rating.reason[:40]).first).to_be_visible()
