from .conftest import by_label, help_strip_shown


def test_glossary_lists_every_term_with_its_source(open_page):
    at = open_page("glossary")
    assert help_strip_shown(at)
    assert [t.value for t in at.title] == ["Glossary"]
    shown = [m.value for m in at.markdown]
    assert any("## peer group\n" in m and "help each other" in m for m in shown)
    assert any("## sponsor\n" in m for m in shown)
    words = [line[3:] for m in shown for line in m.split("\n") if line.startswith("## ")]
    assert words == sorted(words, key=str.casefold), "A to Z, each word a heading"
    assert any("Words used in Alpha" in m.value.replace("\\", "") for m in at.markdown)


def test_search_finds_a_word_by_its_other_forms_and_definition(open_page):
    at = open_page("glossary")
    by_label(at.text_input, "Find a word").input("groups").run()
    shown = " ".join(m.value for m in at.markdown)
    assert "## peer group" in shown and "## sponsor" not in shown
    by_label(at.text_input, "Find a word").input("zzzz").run()
    assert any("No word matches" in i.value for i in at.info)


def test_a_folder_without_a_glossary_says_so(open_page, make_content):
    at = open_page("glossary", content=make_content("alpha.yaml"))
    assert any("no glossary" in i.value for i in at.info)
