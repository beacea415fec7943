"""Each person reads the app in their own language: ?lang=es, the switch, or the browser's."""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from pathways.i18n import LOCALE_DIR

from ..conftest import CONTENT

PAGES = [
    "home", "pathway", "compare", "workshop", "priorities", "sources", "glossary", "help", "talk",
    "author",
]  # fmt: skip


def translated_messages() -> set[str]:
    """The English interface texts that have a Spanish translation of their own."""
    with (LOCALE_DIR / "es" / "LC_MESSAGES" / "pathways.po").open("rb") as file:
        catalogue = read_po(file, locale="es")
    return {
        str(m.id)
        for m in catalogue
        if isinstance(m.id, str) and m.string and m.string != m.id and len(m.id.split()) >= 3
    }


def shown_texts(at) -> list[str]:
    """Every text the page shows: Markdown, headings, captions, alerts and widget labels."""
    texts = []
    for kind in ("markdown", "title", "header", "subheader", "caption", "info", "warning",
                 "error", "success"):  # fmt: skip
        texts += [e.value for e in at.get(kind)]
    for kind in ("button", "checkbox", "toggle", "text_input", "text_area", "selectbox",
                 "multiselect", "radio", "expander", "tabs"):  # fmt: skip
        texts += [getattr(e, "label", "") or "" for e in at.get(kind)]
    return [t.replace("\\", "") for t in texts if isinstance(t, str)]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_in_spanish_shows_no_translated_english_text(open_page, page):
    at = open_page(page, content=CONTENT, lang="es", id="mat", p=["mat", "twelve-step"])
    english = translated_messages()
    left = sorted({m for text in shown_texts(at) for m in english if m in text})
    assert left == [], f"English left on {page}: {left[:5]}"
    assert any("oprima 2 para español" in i.value for i in at.info)


def test_two_sessions_in_two_languages_at_once(open_page):
    spanish = open_page("compare", content=CONTENT, lang="es", p=["mat", "twelve-step"])
    english = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    assert any("Necesita ayuda" in i.value for i in spanish.info)
    assert any("Need help now?" in i.value for i in english.info)
    assert not any("Necesita ayuda" in i.value for i in english.info)
    assert spanish.query_params["lang"] == "es" and "lang" not in english.query_params


def test_the_switch_changes_the_language_and_the_link(open_page):
    at = open_page("home", content=CONTENT)
    assert any("Need help now?" in i.value for i in at.info)
    switch = next(g for g in at.button_group if g.key == "language_switch")
    switch.set_value("es").run()
    assert any("Necesita ayuda" in i.value for i in at.info)
    assert at.query_params["lang"] == "es"


def test_spanish_content_is_shown_in_spanish(open_page, shipped):
    at = open_page("pathway", content=CONTENT, lang="es", id="mat")
    assert any(
        "Medicamentos para el trastorno por consumo de opioides" in t.value for t in at.title
    )


def test_an_unknown_language_in_a_link_falls_back_to_english(open_page):
    at = open_page("home", content=CONTENT, lang="xx")
    assert any("Need help now?" in i.value for i in at.info)


def test_a_part_not_yet_translated_is_shown_in_english_with_a_note(open_page, tmp_path):
    import shutil

    from ..conftest import GOOD

    root = tmp_path / "content"
    shutil.copytree(GOOD, root)  # no Spanish folder at all: everything is shown in English
    at = open_page("home", content=root, lang="es")
    assert any(
        "Some parts are shown in English" in c.value or "inglés" in c.value for c in at.caption
    )
    english = open_page("home", content=root)
    assert not any("Some parts are shown in English" in c.value for c in english.caption)


def test_a_link_naming_a_tab_in_english_opens_it_in_spanish(open_page):
    at = open_page("pathway", content=CONTENT, lang="es", id="mat", section="Ratings")
    assert at.get("plotly_chart"), "the Ratings tab (its chart) is open"


def test_changing_language_keeps_the_open_tab(open_page):
    at = open_page("pathway", content=CONTENT, id="mat", section="Ratings")
    assert at.get("plotly_chart")
    switch = next(g for g in at.button_group if g.key == "language_switch")
    switch.set_value("es").run()
    assert at.get("plotly_chart"), "still on Ratings (Calificaciones)"
    assert at.session_state["section"] == "Calificaciones"


def test_tables_in_spanish_have_spanish_headings_and_labels(open_page):
    from pathways.tables import HEADINGS

    at = open_page("compare", content=CONTENT, lang="es", p=["mat", "twelve-step"])
    at.toggle(key="tables").set_value(True).run()
    frames = [d.value for d in at.dataframe]
    assert len(frames) >= 5
    english = set(HEADINGS) - {"id"}  # an id is an id in every language
    for frame in frames:
        assert not english & set(map(str, frame.columns)), list(frame.columns)
    ratings = next(f for f in frames if "dimensión" in f.columns)
    assert "Papel de los medicamentos" in set(ratings["dimensión"])


def test_the_ratings_table_downloads_with_spanish_headings(shipped):
    from pathways import export, i18n, load_content
    from pathways.viewmodels import compare

    spanish = load_content(CONTENT, "es")
    with i18n.speaking("es"):
        csv = export.comparison_csv(compare(spanish, ("mat",)))
    assert csv.splitlines()[0] == "camino,dimensión,puntuación,razón"
