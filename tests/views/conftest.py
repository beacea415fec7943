"""Run the real app frame with a chosen page, content folder and URL query."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from ..conftest import GOOD, PROJECT

APP = str(PROJECT / "app.py")


@pytest.fixture
def open_page(monkeypatch):
    """``open_page("compare", p=["alpha", "beta"])`` -> an AppTest that has run that page."""

    def run(page: str, content=GOOD, **query) -> AppTest:
        monkeypatch.setenv("PATHWAYS_CONTENT_DIR", str(content))
        at = AppTest.from_file(APP, default_timeout=30)
        for key, value in query.items():
            at.query_params[key] = value
        at.run()
        if page != "home":
            at.switch_page(f"views/{page}.py")
            at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def by_label(elements, label: str):
    """The one element of a kind with this label, wherever the page draws it."""
    found = [e for e in elements if e.label == label]
    assert len(found) == 1, (label, [e.label for e in elements])
    return found[0]


def table_with(at: AppTest, column: str):
    """The one table on the page with this column, wherever the page draws it."""
    found = [d for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1, (column, [list(d.value.columns) for d in at.dataframe])
    return found[0]


def charts(at: AppTest) -> list[dict]:
    """The plotly figures on the page, as the browser receives them."""
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def chart_titles(at: AppTest) -> list[str]:
    """Each chart's title in one line (a long title goes on in the subtitle, above a note in
    small type)."""
    titles = []
    for chart in charts(at):
        title = chart["layout"]["title"]
        more = title.get("subtitle", {}).get("text", "").split("<br>")
        titles.append(" ".join([title["text"], *(m for m in more if m and "<span" not in m)]))
    return titles


def help_strip_shown(at: AppTest) -> bool:
    return any("988" in i.value and "1-800-662-4357" in i.value for i in at.info)
