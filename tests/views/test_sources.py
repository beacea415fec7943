from ..conftest import CONTENT
from .conftest import help_strip_shown


def test_sources_lists_every_source_and_explains_ratings(open_page):
    at = open_page("sources", content=CONTENT)
    assert help_strip_shown(at)
    headers = [h.value for h in at.subheader]
    assert headers[2] == "How the ratings were made"
    sources = at.dataframe[1].value
    assert len(sources) >= 15
    assert sources["link"].str.startswith("http").all()


def test_search_filters_sources_and_evidence(open_page):
    at = open_page("sources", content=CONTENT)
    at.text_input[0].input("Sordo").run()
    sources = at.dataframe[1].value
    assert 1 <= len(sources) <= 6
    assert sources["citation"].str.contains("Sordo").all()
    assert at.subheader[1].value == f"Sources ({len(sources)})"


def test_search_with_no_match_shows_empty_tables(open_page):
    at = open_page("sources")
    at.text_input[0].input("zzzz-nothing").run()
    assert at.subheader[0].value == "Evidence statements (0)"


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
    evidence = at.dataframe[0].value
    assert evidence["graded by"].tolist()[0] == "the source's own grade"
    sources = at.dataframe[1].value
    assert {"Glossary", "Staying safe"} <= set(sources["pathway"])
