import re

import pytest
from streamlit.testing.v1 import AppTest

from pathways import label, link, plain
from pathways.text import WORD_JOINER, look_alike

from .conftest import GOOD, PROJECT
from .hostile import LINKS

WJ = WORD_JOINER

# What Streamlit 1.67's Markdown turns into links, pictures and symbols after it has read
# the escapes (its bundled regular expressions, with JavaScript's ASCII-only \w).
STREAMLIT_MAKES = {
    "link": re.compile(r"(https?://|www(?=\.))[-.\w]+", re.IGNORECASE | re.ASCII),
    "e-mail link": re.compile(r"[-.\w+]+@[-\w]+(?:\.[-\w]+)+", re.ASCII),
    "emoji": re.compile(r":\+1:|:-1:|:[\w-]+:", re.ASCII),
    "icon": re.compile(r":material[/_]\w+:", re.ASCII),
    "symbol": re.compile(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(\s|$)"),
}


def made_by_streamlit(markdown: str) -> list[str]:
    """What Streamlit would draw as something other than the text itself."""
    text = re.sub(r"\\(.)", r"\1", markdown)
    return [kind for kind, pattern in STREAMLIT_MAKES.items() if pattern.search(text)]


def as_read(shown: str) -> str:
    """Shown text as a reader sees it: escapes read, word joiners invisible."""
    return re.sub(r"\\(.)", r"\1", shown).replace(WJ, "")


def test_plain_shows_markdown_and_html_as_typed():
    assert plain("![x](https://evil.example/p.png)") == (
        rf"\!\[x\]\(https\:{WJ}//evil\.example/p\.png\)"
    )
    assert plain("<script>alert(1)</script>") == r"\<script\>alert\(1\)\</script\>"
    assert plain(":red[loud] **bold**") == rf"\:{WJ}red\[loud\] \*\*bold\*\*"


def test_plain_folds_whitespace():
    assert plain("two\n\nlines") == "two lines"


def test_link_cannot_break_out_of_its_address():
    assert link("Paper", "https://example.org/a(b)") == "[Paper](https://example.org/a%28b%29)"


def test_labels_drop_markup_so_nothing_loads_and_screen_readers_read_words():
    assert label("![x](https://evil.example/a.png) **Yes**, :red[no]") == (
        f"!x(https:{WJ}//evil.example/a.png) Yes, :{WJ}redno"
    )
    assert label("I would rather not take medication") == "I would rather not take medication"
    assert label("Medications for opioid use disorder (MOUD)") == (
        "Medications for opioid use disorder (MOUD)"
    )


HOSTILE_TEXT = [
    "See https://evil.example/x or HTTP://EVIL.EXAMPLE",
    "See www.evil.example or WWW.evil.example",
    "Write to help@evil.example or mailto:help@evil.example",
    "A :skull: and a :+1:",
    r"An icon :material/warning: and \:material/warning\: and :material_warning:",
    "The logo :streamlit:",
    "a -> b <- c <-> d -- e >= f <= g ~= h",
    LINKS,
]


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_plain_text_becomes_no_link_emoji_icon_or_symbol(text):
    assert made_by_streamlit(text), "the case is one Streamlit would change"
    shown = plain(text)
    assert made_by_streamlit(shown) == []
    assert ":material/" not in shown  # Streamlit reads this before the escapes
    assert as_read(shown) == text


@pytest.mark.parametrize("text", HOSTILE_TEXT)
def test_labels_become_no_link_emoji_icon_or_symbol(text):
    assert made_by_streamlit(label(text)) == []
    assert ":material/" not in label(text)


@pytest.mark.parametrize(
    "text", ["Call 988 at 3:30 today.", "Family & friends", "Citation. 2020;1:1-2.", "Mat (MOUD)"]
)
def test_ordinary_text_gets_no_word_joiners(text):
    assert WJ not in plain(text) and WJ not in label(text)


def test_html_entities_show_as_typed_in_labels():
    assert label("&lt;b&gt; &amp;") == f"&{WJ}lt;b&{WJ}gt; &{WJ}amp;"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Medications for opioid use disorder (MOUD)", "Medic\u0430tions for opioid use disorder (MOUD)"),
        ("MOUD", "M0UD"),
        ("Alcohol", "AIcohol"),
        ("Beta pathway", "BETA PATHWAY"),
        ("Beta pathway", "Beta\u200b pathway"),
        ("Beta pathway", "Beta\u00a0pathway"),
        ("fish", "\ufb01sh"),
    ],
)  # fmt: skip
def test_names_that_look_the_same_are_caught(one, other):
    assert look_alike(one, other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Alpha pathway", "Beta pathway"),
        ("Caf\u00e9", "Cafe"),
        ("Harm reduction", "Harm-reduction"),
    ],
)
def test_names_that_look_different_are_kept(one, other):
    assert not look_alike(one, other)


def test_pages_show_links_emoji_and_icons_in_content_as_typed(tmp_path, monkeypatch):
    """On the real pages: no content text becomes a link, emoji or icon; only sources link."""
    folder = tmp_path / "en" / "pathways"
    folder.mkdir(parents=True)
    alpha = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()
    beta = (GOOD / "en" / "pathways" / "beta.yaml").read_text()
    (folder / "alpha.yaml").write_text(alpha)
    (folder / "beta.yaml").write_text(
        beta.replace("name: Beta pathway", "name: 'Beta :skull: www.b.org'").replace(
            "A small pathway used by the tests.", f"'{LINKS}'"
        )
    )
    monkeypatch.setenv("PATHWAYS_CONTENT_DIR", str(tmp_path))
    at = AppTest.from_file(str(PROJECT / "app.py"), default_timeout=30)
    at.run()
    at.switch_page("views/pathway.py")
    at.query_params["id"] = "beta"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    summary = next(m.value for m in at.markdown if "evil" in m.value)
    assert made_by_streamlit(summary) == []
    assert as_read(summary) == f"**{LINKS}**"
    assert made_by_streamlit(at.title[0].value) == []
    assert as_read(at.title[0].value) == "Beta :skull: www.b.org"

    at.query_params["id"] = "alpha"  # alpha links to beta, by its name
    at.run()
    beta_link = next(p.proto.label for p in at.get("page_link") if "skull" in p.proto.label)
    assert made_by_streamlit(beta_link) == []
    assert as_read(beta_link) == "Beta :skull: www.b.org"
