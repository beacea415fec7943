"""Links: what an address asks for, and the addresses the app hands out."""

from __future__ import annotations

import pytest

from pathways import links, load_content

from .conftest import GOOD


def test_links_name_what_to_show_or_fall_back():
    content = load_content(GOOD)
    ids = list(content.pathways)
    assert links.linked(ids, "beta") == ("beta", None)
    assert links.linked(ids, None) == ("alpha", None)
    assert links.linked(ids, "") == ("alpha", None)
    assert links.linked(ids, "ghost") == ("alpha", "ghost")
    assert links.linked([], "ghost") == (None, "ghost")
    assert links.linked_comparison(content, ["beta", "ghost", "ghost"]) == (["beta"], ["ghost"])
    assert links.linked_comparison(content, [""]) == (["alpha", "beta"], [])


def test_neighbours_and_share_links():
    assert links.neighbours(["a", "b", "c"], "a") == (None, "b")
    assert links.neighbours(["a", "b", "c"], "c") == ("b", None)
    assert links.neighbours(["a", "b"], "zz") == (None, "a")
    assert (
        links.share_link(
            "https://host/compare?old=1#x", {"p": ["mat", "twelve-step"], "tables": "true"}
        )
        == "https://host/compare?p=mat&p=twelve-step&tables=true"
    )
    assert links.share_link("https://host/glossary", {}) == "https://host/glossary"


@pytest.mark.parametrize(
    ("page", "address"),
    [
        ("http://localhost:8501/author", "http://localhost:8501/app/static/schema/pathway.schema.json"),
        ("https://example.org/course/pathways/author?x=1",
         "https://example.org/course/pathways/app/static/schema/pathway.schema.json"),
        (None, "pathway.schema.json"),
        ("javascript:alert(1)", "pathway.schema.json"),
    ],
)  # fmt: skip
def test_schema_address_is_on_the_running_app(page, address):
    assert links.schema_address(page, "author") == address
