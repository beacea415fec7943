from pathways import load_content

from ..conftest import CONTENT
from .conftest import help_strip_shown


def test_home_explains_the_tool_and_shows_a_card_per_pathway(open_page):
    at = open_page("home", content=CONTENT)
    assert help_strip_shown(at)
    assert at.title[0].value == "Many roads to recovery"
    text = " ".join(m.value for m in at.markdown)
    assert "Not medical advice" in text
    assert "In a workshop" in text and "With a peer" in text
    names = [m.value.splitlines()[0] for m in at.markdown if m.value.startswith("#### ")]
    assert len(names) == len(load_content(CONTENT).pathways) >= 11
    assert "#### Medications for opioid use disorder \\(MOUD\\)" in names


def test_home_with_no_content_says_so(open_page, tmp_path):
    at = open_page("home", content=tmp_path)
    assert help_strip_shown(at)
    assert "No pathways could be loaded" in at.warning[0].value
    assert "folder not found" in at.code[0].value


def test_content_markup_is_shown_as_text_in_cards_and_links(open_page, make_content):
    root = make_content("alpha.yaml", "beta.yaml")
    beta = root / "en" / "pathways" / "beta.yaml"
    hostile = "'![t](https://tracker.example/p.png)'"
    beta.write_text(beta.read_text().replace("name: Beta pathway", f"name: {hostile}"))
    at = open_page("home", content=root)
    labels = [link.proto.label for link in at.get("page_link")]
    assert "Explore \\!\\[t\\]\\(https\\://tracker\\.example/p\\.png\\)" in labels
    assert not any("![t](" in m.value for m in at.markdown)
