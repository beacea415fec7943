"""axe-core, from the npm registry (`make test` installs it in .axe/), on every page in every
mode (and in Spanish), at phone and desktop widths, once the page has finished drawing: no
critical and no serious WCAG 2.1 AA violations."""

from __future__ import annotations

import json

import pytest

from .conftest import charts_drawn

PAGES = [
    "",
    "pathway?id=mat&section=Ratings",
    "compare?p=mat&p=twelve-step",
    "workshop",
    "priorities",
    "talk",
    "sources",
    "glossary",
    "help",
    "author",
]
MODES = {"normal": "", "embedded": "embed=true", "presenting": "present=1", "spanish": "lang=es"}
WIDTHS = [390, 1280]
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = {"critical", "serious"}

RUN_AXE = f"""async () => {{
  const found = await axe.run(document, {{ runOnly: {json.dumps(RULES)}, resultTypes: ["violations"] }});
  return found.violations.map(v => ({{
    id: v.id, impact: v.impact, help: v.help,
    where: v.nodes.slice(0, 3).map(n => n.target.join(" ")),
  }}));
}}"""


def address(base: str, path: str, mode: str) -> str:
    query = MODES[mode]
    if not query:
        return f"{base}/{path}"
    return f"{base}/{path}{'&' if '?' in path else '?'}{query}"


@pytest.mark.parametrize("width", WIDTHS, ids=lambda w: f"{w}px")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.split("?")[0] or "home")
def test_no_serious_accessibility_violations(server, visit, axe_source, path, mode, width):
    v = visit(width, 900)
    page = v.open(address(server.url, path, mode))
    charts_drawn(page)
    page.add_script_tag(content=axe_source)
    found = page.evaluate(RUN_AXE)
    blocking = [f for f in found if f["impact"] in BLOCKING]
    assert not blocking, "\n".join(
        f"{f['impact']}: {f['id']} ({f['help']}) at {f['where']}" for f in blocking
    )
