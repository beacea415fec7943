from ..conftest import CONTENT
from .conftest import by_label, help_strip_shown, table_with

SEARCH = "Search"


def subheaders(at):
    return [h.value for h in at.subheader]


def test_sources_lists_every_source_and_explains_ratings(open_page):
    at = open_page("sources", content=CONTENT)
    assert help_strip_shown(at)
    assert "How the ratings were made" in subheaders(at)
    sources = table_with(at, "citation").value
    assert len(sources) >= 15
    assert sources["link"].str.startswith("http").all()


def test_search_filters_sources_and_evidence(open_page):
    at = open_page("sources", content=CONTENT)
    by_label(at.text_input, SEARCH).input("Sordo").run()
    sources = table_with(at, "citation").value
    assert 1 <= len(sources) <= 6
    assert sources["citation"].str.contains("Sordo").all()
    assert f"Sources ({len(sources)})" in subheaders(at)


def test_search_with_no_match_shows_empty_tables(open_page):
    at = open_page("sources")
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
    evidence = table_with(at, "graded by").value
    assert evidence["graded by"].tolist()[0] == "the source's own grade"
    sources = table_with(at, "citation").value
    assert {"Glossary", "Staying safe"} <= set(sources["pathway"])
