import pytest

from pathways import DIMENSIONS, SUPPORT_TYPES

from ..conftest import CONTENT, SHIPPED_IDS
from .conftest import chart_titles, help_strip_shown


def test_deep_link_opens_that_pathway(open_page):
    at = open_page("pathway", id="beta")
    assert help_strip_shown(at)
    assert at.selectbox(key="pathway_id").value == "beta"
    assert [t.value for t in at.title] == ["Beta pathway"]
    assert [t.label for t in at.tabs] == [
        "Principles",
        "First steps",
        "Supports",
        "Strengths and limits",
        "Ratings",
        "Evidence",
    ]
    assert chart_titles(at) == []  # only the open section is drawn


def test_choosing_another_pathway_updates_page_and_link(open_page):
    at = open_page("pathway", id="beta")
    at.selectbox(key="pathway_id").select("alpha").run()
    assert [t.value for t in at.title] == ["Alpha pathway"]
    assert at.query_params["id"] == "alpha"


def test_unknown_id_falls_back_with_a_message(open_page):
    at = open_page("pathway", id="nope")
    assert any("There is no pathway called “nope”" in w.value for w in at.warning)
    assert [t.value for t in at.title] == ["Alpha pathway"]


def words(text, count=4):
    """The first few words of a text, as a page shows them once its escapes are taken out."""
    return " ".join(text.split()[:count])


def section_shows(pathway):
    """For each section, words from the pathway's own content that only that section shows."""
    first_support = next(iter(pathway.supports_by_type().items()))
    return {
        "Principles": [words(pathway.principles[0].text)],
        "First steps": [f"**1. {words(pathway.first_steps[0].text)}"],
        "Supports": [f"**{SUPPORT_TYPES[first_support[0]]}**", first_support[1][0].name],
        "Strengths and limits": ["**Strengths**", "**Limitations**"],
        "Ratings": [words(pathway.ratings[DIMENSIONS[0].id].reason)],  # in full, not on hover
        "Evidence": [words(pathway.evidence[0].claim), "**Sources**"],
    }


def test_the_shipped_ids_are_the_pathways_loaded(shipped):
    assert sorted(shipped.pathways) == SHIPPED_IDS


@pytest.mark.parametrize(
    "pathway_id", ["complementary", "faith-based", "harm-reduction", "mat", "twelve-step"]
)
def test_every_section_of_every_shipped_pathway_renders(open_page, shipped, pathway_id):
    at = open_page("pathway", content=CONTENT, id=pathway_id)
    assert at.selectbox(key="pathway_id").value == pathway_id
    assert any("Last reviewed" in c.value for c in at.caption)
    shows = section_shows(shipped.pathways[pathway_id])
    for section, wanted in shows.items():
        at.session_state["section"] = section
        at.run()
        assert not at.exception, (section, at.exception)
        text = " ".join(m.value for m in at.markdown).replace("\\", "").replace("\u2060", "")
        for words_shown in wanted:
            assert words_shown in text, (section, words_shown)
        assert chart_titles(at) == (["Dimension profile"] if section == "Ratings" else [])


def test_a_link_to_another_pathway_is_followed_on_the_same_page(open_page):
    at = open_page("pathway", id="alpha")
    assert [t.value for t in at.title] == ["Alpha pathway"]
    labels = [link.proto.label for link in at.get("page_link")]
    assert "Beta pathway" in labels  # "Often combined with"
    at.query_params["id"] = "beta"  # what clicking that link does
    at.run()
    assert [t.value for t in at.title] == ["Beta pathway"]
    assert at.selectbox(key="pathway_id").value == "beta"


def test_text_from_the_link_is_shown_as_typed_never_as_markup(open_page):
    at = open_page("pathway", id="![x](https://tracker.example/pixel.png)")
    shown = "\\!\\[x\\]\\(https\\:\u2060//tracker\\.example/pixel\\.png\\)"
    assert any(shown in w.value for w in at.warning)


def test_day_to_day_numbers_and_words_used_are_shown(open_page):
    at = open_page("pathway", id="alpha", section="Evidence")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "**Day to day**" in text and "meet your peer group once" in text
    assert "about 200 stopped using with Alpha, compared with about 150 without it" in text
    expanders = [e.label for e in at.expander]
    assert "Words used on this page (1)" in expanders
    assert "**peer group**: A group of people" in text
    assert "**Keep a friend close** Tell a friend where you are going." in text


def test_supports_link_to_their_sources(open_page):
    at = open_page("pathway", id="alpha", section="Supports")
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "People who have been there. :small[[source 1](https://example.org/alpha)]" in text


@pytest.mark.parametrize("pathway_id", SHIPPED_IDS)
def test_every_pathway_shows_the_safety_facts_open(open_page, shipped, pathway_id):
    at = open_page("pathway", content=CONTENT, id=pathway_id)
    text = " ".join(m.value for m in at.markdown).lower()
    for fact in shipped.about.safety:
        assert fact.title.lower() in text
    assert "benzodiazepines" in text and "seizures" in text
    assert "30 to 90 minutes" in text and "naloxone" in text


def test_a_broken_about_file_still_leaves_the_required_safety_facts(open_page, tmp_path):
    import shutil

    from ..conftest import GOOD

    content = tmp_path / "content"
    shutil.copytree(GOOD, content)
    (content / "en" / "about.yaml").write_text("published: soon\n")
    at = open_page("pathway", content=content, id="alpha")
    text = " ".join(m.value for m in at.markdown).lower()
    assert "if someone may have overdosed" in text and "30 to 90 minutes" in text
    assert "benzodiazepines" in text and "seizures" in text


def test_every_line_links_its_numbered_sources_and_evidence_says_whose_grade(open_page):
    at = open_page("pathway", id="alpha", section="Evidence")
    text = " ".join(m.value for m in at.markdown)
    assert "[source 1](https://example.org/alpha)" in text  # the day-to-day line
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    assert "Certainty: Low (the source's own grade)" in captions
    assert "1. Example A. A study of Alpha." in text.replace("\\", "")
