"""The help lines are never hidden: at phone, tablet and desktop widths, in every mode, the 988
line is inside the window and nothing covers it."""

from __future__ import annotations

import pytest

SIZES = [(390, 844), (820, 1180), (1280, 900)]
MODES = ["", "&embed=true", "&present=1"]

UNCOVERED = """(element) => {
  const box = element.getBoundingClientRect();
  const x = box.left + Math.min(box.width / 2, 10), y = box.top + box.height / 2;
  const top = document.elementFromPoint(x, y);
  return box.top >= 0 && box.bottom <= window.innerHeight && !!top && element.contains(top);
}"""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}px")
@pytest.mark.parametrize("mode", MODES, ids=["normal", "embedded", "presenting"])
def test_the_988_line_is_in_view_and_uncovered(server, visit, size, mode):
    v = visit(*size)
    page = v.open(f"{server.url}/pathway?id=mat{mode}")
    line = page.locator("strong", has_text="988").first
    assert line.evaluate(UNCOVERED), "the 988 help line is off screen or covered"
