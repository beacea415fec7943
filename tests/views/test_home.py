from ..conftest import CONTENT
from .conftest import help_strip_shown


def test_home_explains_the_tool_and_shows_a_card_per_pathway(open_page, shipped):
    at = open_page("home", content=CONTENT)
    assert help_strip_shown(at)
    assert [t.value for t in at.title] == ["Many roads to recovery"]
    text = " ".join(m.value for m in at.markdown)
    assert "Not medical advice" in text
    assert "In a workshop" in text and "With a peer" in text
    names = [m.value.splitlines()[0] for m in at.markdown if m.value.startswith("### ")]
    assert len(names) == len(shipped.pathways) >= 11
    assert "### Medications for opioid use disorder \\(MOUD\\)" in names


def test_home_with_no_content_says_so(open_page, tmp_path):
    at = open_page("home", content=tmp_path)
    assert help_strip_shown(at)
    assert any("No pathways could be loaded" in w.value for w in at.warning)
    assert any("folder not found" in c.value for c in at.code)


def test_content_markup_is_shown_as_text_in_cards_and_links(open_page, make_content):
    root = make_content("alpha.yaml", "beta.yaml")
    beta = root / "en" / "pathways" / "beta.yaml"
    hostile = "'![t](//tracker.example)'"  # up to 24 characters: no short name needed
    beta.write_text(beta.read_text().replace("name: Beta pathway", f"name: {hostile}"))
    at = open_page("home", content=root)
    labels = [link.proto.label for link in at.get("page_link")]
    assert "Explore \\!\\[t\\]\\(//tracker\\.example\\)" in labels
    assert not any("![t](" in m.value for m in at.markdown)


def test_many_pathways_are_shown_a_page_of_cards_at_a_time(open_page, tmp_path):
    from ..conftest import many_pathways

    at = open_page("home", content=many_pathways(tmp_path / "content", 30))
    cards = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(cards) == 12 and cards[0].startswith("### Pathway number 1\n")
    at.segmented_control(key="home_cards").set_value(2).run()
    cards = [m.value for m in at.markdown if m.value.startswith("### ")]
    assert len(cards) == 6 and cards[0].startswith("### Pathway number 25\n")
