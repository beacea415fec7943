"""Every chart at a phone's width (390 px): no label lies over another or runs off the chart,
and no mode bar covers a title."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import charts_drawn, settle

EVERY_PATHWAY = "&".join(
    f"p={i}"
    for i in (
        "mat", "harm-reduction", "twelve-step", "peer-support", "faith-based", "counselling",
        "complementary", "natural-recovery", "recovery-housing", "secular-mutual-help",
        "family-and-friends", "alcohol-medications",
    )
)  # fmt: skip
PAGES = {
    "compare-two": "compare?p=mat&p=twelve-step",
    "compare-twelve": f"compare?{EVERY_PATHWAY}",
    "pathway-ratings": "pathway?id=mat&section=Ratings",
    # Spanish labels are longer
    "compare-twelve-spanish": f"compare?{EVERY_PATHWAY}&lang=es",
    "pathway-ratings-spanish": "pathway?id=mat&section=Calificaciones&lang=es",
}

LABEL_PROBLEMS = """(chart) => {
  const labels = '.xtick text, .ytick text, .angularaxistick text, .legendtext, .gtitle, '
    + '.xtitle, .ytitle';
  const frame = chart.getBoundingClientRect();
  const boxes = [...chart.querySelectorAll(labels)].filter(t => t.textContent.trim())
    .map(t => { const r = t.getBoundingClientRect();
                return { text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom }; });
  const problems = [];
  for (const a of boxes)
    if (a.l < frame.left - 1 || a.r > frame.right + 1) problems.push(`"${a.text}" runs off the chart`);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const wide = Math.min(a.r, b.r) - Math.max(a.l, b.l);
      const tall = Math.min(a.b, b.b) - Math.max(a.t, b.t);
      if (wide > 1 && tall > 1) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  const title = chart.querySelector('.gtitle')?.getBoundingClientRect();
  for (const bar of chart.querySelectorAll('.modebar')) {
    const r = bar.getBoundingClientRect();
    if (title && r.width && Math.min(r.right, title.right) > Math.max(r.left, title.left)
        && Math.min(r.bottom, title.bottom) > Math.max(r.top, title.top))
      problems.push('the mode bar covers the title');
  }
  return problems;
}"""


def chart_problems(page) -> dict[str, list[str]]:
    charts_drawn(page)
    found = {}
    charts = page.get_by_test_id("stPlotlyChart")
    assert charts.count() > 0, "no chart on the page"
    for i in range(charts.count()):
        chart = charts.nth(i)
        title = chart.locator(".gtitle").first.text_content() or f"chart {i + 1}"
        problems = chart.evaluate(LABEL_PROBLEMS)
        if problems:
            found[title] = problems
    return found


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_chart_labels_never_overlap_on_a_phone(server, visit, path):
    page = visit(390, 844).open(f"{server.url}/{path}")
    assert chart_problems(page) == {}


def test_the_fit_charts_never_overlap_on_a_phone(server, visit):
    v = visit(390, 844)
    page = v.open(f"{server.url}/priorities")
    questions = page.locator("[data-testid='stButtonGroup']:not(.st-key-language_switch *)")
    for number, question in enumerate(questions.all()[:3]):
        question.get_by_role("radio").first.click()
        expect(questions.get_by_role("radio", checked=True)).to_have_count(number + 1)
        v.settle()
    page.get_by_role("button", name="Next: how pathways fit").click()
    closer = page.get_by_role("combobox", name="Look closer at one pathway")
    closer.click()
    closer.press_sequentially("Harm reduction")
    closer.press("Enter")
    expect(page.get_by_test_id("stPlotlyChart")).to_have_count(2)  # every answer; one pathway
    settle(page)
    assert chart_problems(page) == {}
