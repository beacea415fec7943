"""Help near you: the whole country's help, a state's first when one is picked, no location."""

from __future__ import annotations

from ..conftest import CONTENT
from .conftest import by_label, help_strip_shown


def shown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_help_anywhere_in_the_country_with_links_that_dial(open_page):
    at = open_page("help", content=CONTENT)
    assert help_strip_shown(at)
    assert [t.value for t in at.title] == ["Help near you"]
    text = shown(at)
    assert "(tel:+18006624357)" in text and "Text [988](sms:988)" in text
    assert "Montana" not in text
    assert [s.value for s in at.subheader][:2] == ["Help lines", "Naloxone"]
    assert "Checked on 29 November 2026" in text


def test_picking_a_state_shows_its_help_first(open_page):
    at = open_page("help", content=CONTENT)
    by_label(at.selectbox, "State").set_value("montana").run()
    text = shown(at)
    assert text.index("Free naloxone in Montana") < text.index("Naloxone without a prescription")
    assert not {"state", "help_state"} & set(at.query_params)  # never in the address


def test_help_near_you_in_spanish(open_page):
    at = open_page("help", content=CONTENT, lang="es")
    assert [t.value for t in at.title] == ["Ayuda cerca de usted"]
    text = shown(at)
    assert "Línea Nacional de Ayuda de SAMHSA" in text and "También en español" in text
    assert at.subheader[0].value == "Líneas de ayuda"
