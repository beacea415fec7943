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


def test_meetings_from_a_feed_are_listed_by_day_and_picked_by_type(open_page, tmp_path):
    import shutil

    from ..conftest import FIXTURES

    shutil.copytree(CONTENT, tmp_path / "content")
    (tmp_path / "content" / "meetings").mkdir()
    shutil.copy(FIXTURES / "meetings" / "example.json", tmp_path / "content" / "meetings")
    at = open_page("help", content=tmp_path / "content")
    assert "Meetings" in [s.value for s in at.subheader]
    text = shown(at)
    assert text.index("Sunday Secular Circle") < text.index("Online Morning Meeting")
    assert "Sunday 6:30" in text.replace("\u202f", " ")
    assert "[join online](https://meet.example.org/morning)" in text
    at.button_group(key="meeting_types").set_value(["A", "online"]).run()
    text = shown(at)
    assert "Online Morning Meeting" in text and "Sunday Secular Circle" not in text
    at.button_group(key="meeting_types").set_value(["S"]).run()
    by_label(at.selectbox, "Day").set_value(4).run()
    text = shown(at)
    assert "Grupo Esperanza** · Thursday" in text and "Monday" not in text
    assert not {"meeting_types", "meeting_day"} & set(at.query_params)


def test_without_a_feed_there_is_no_meeting_list(open_page):
    at = open_page("help", content=CONTENT)
    assert "Meetings" not in [s.value for s in at.subheader]
