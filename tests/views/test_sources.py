from ..conftest import CONTENT
from .conftest import by_label, help_strip_shown, table_with

SEARCH = "Search"


def subheaders(at):
    return [h.value for h in at.subheader]


def headers(at):
    return [h.value for h in at.header]


def as_tables(at):
    by_label(at.toggle, "Show as tables").set_value(True).run()
    return at


def test_sources_are_listed_by_pathway_readable_on_a_phone(open_page):
    at = open_page("sources", content=CONTENT)
    assert not at.dataframe
    labels = [e.label for e in at.expander]
    assert any(label.startswith("Harm reduction · ") for label in labels), labels
    assert any("evidence statement" in label and "source" in label for label in labels)
    text = " ".join(m.value for m in at.markdown)
    assert "Certainty: " in text and "[Link](https://" in text
    assert headers(at) == ["Evidence and sources", "How the ratings were made", "Reviews"]


def test_a_search_opens_the_groups_it_found(open_page):
    at = open_page("sources", content=CONTENT)
    by_label(at.text_input, SEARCH).input("Sordo").run()
    assert at.expander and all(e.proto.expanded for e in at.expander)
    assert any("match the search" in c.value for c in at.caption)


def test_sources_lists_every_source_and_explains_ratings(open_page):
    at = as_tables(open_page("sources", content=CONTENT))
    assert help_strip_shown(at)
    assert "How the ratings were made" in headers(at)
    sources = table_with(at, "citation").value
    assert len(sources) >= 15
    assert sources["link"].str.startswith("http").all()


def test_search_filters_sources_and_evidence(open_page):
    at = as_tables(open_page("sources", content=CONTENT))
    by_label(at.text_input, SEARCH).input("Sordo").run()
    sources = table_with(at, "citation").value
    assert 1 <= len(sources) <= 6
    assert sources["citation"].str.contains("Sordo").all()
    assert f"Sources ({len(sources)})" in subheaders(at)


def test_search_with_no_match_shows_empty_tables(open_page):
    at = as_tables(open_page("sources"))
    by_label(at.text_input, SEARCH).input("zzzz-nothing").run()
    assert "Evidence statements (0)" in subheaders(at)
    assert table_with(at, "graded by").value.empty


def test_sources_page_says_when_it_was_published_how_it_is_updated_and_who_pays(open_page):
    at = open_page("sources")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "**Published** 1 February 2026" in text
    assert "**How the content is kept up to date.** Each file is checked once a year." in text
    assert "**Funding.** No one pays" in text
    assert "**Conflicts of interest.** The test authors have none." in text
    assert "**How evidence was found and graded.** The test authors read each source." in text
    assert "**Who wrote and reviewed it.** The test authors wrote it." in text
    assert any("not been confirmed yet" in c.value for c in at.caption)
    as_tables(at)
    evidence = table_with(at, "graded by").value
    assert evidence["graded by"].tolist()[0] == "the source's own grade"
    sources = table_with(at, "citation").value
    assert {"Glossary", "Staying safe"} <= set(sources["pathway"])
