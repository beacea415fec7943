"""Meetings from a Meeting Guide feed: read leniently, each bad meeting named by file, line
and field, listed by day, and picked by type."""

from __future__ import annotations

import shutil

import pytest

from pathways import load_content, meetings

from .conftest import FIXTURES, GOOD

FEED = FIXTURES / "meetings" / "example.json"


@pytest.fixture
def content(tmp_path):
    shutil.copytree(GOOD, tmp_path / "content")
    (tmp_path / "content" / "meetings").mkdir()
    shutil.copy(FEED, tmp_path / "content" / "meetings" / "helena.json")
    return load_content(tmp_path / "content")


def test_valid_meetings_are_read_and_the_others_named_by_line_and_field(content):
    assert [m.slug for m in content.meetings] == [
        "sunday-secular", "grupo-esperanza", "online-morning",
    ]  # fmt: skip
    said = [str(p) for p in content.problems]
    assert "content/meetings/helena.json:31: [3].day[0]: must be a day from 0 (Sunday)" in " ".join(
        said
    )
    assert "content/meetings/helena.json:31: [3].time: must be a time such as 19:30" in " ".join(
        said
    )
    assert "content/meetings/helena.json:37: [4].name: is required" in " ".join(said)
    twice = next(p for p in content.problems if p.field == "[5].slug")
    assert twice.severity == "warning" and twice.line == 40
    assert len(content.pathways) == 2  # the rest of the content is untouched


def test_numbers_and_single_values_are_read_as_the_specification_allows(content):
    esperanza = content.meetings[1]
    assert esperanza.postal_code == "59101" and esperanza.day == (1, 4)
    assert esperanza.where == "2 Test Avenue, Billings, MT"


def test_a_meeting_with_a_link_or_a_phone_is_online(content):
    online = [m.slug for m in content.meetings if m.online]
    assert online == ["online-morning"]
    assert content.meetings[2].join_url == "https://meet.example.org/morning"
    assert meetings.Meeting(name="x", slug="x", types=["ONL"]).online  # the older code


def test_meetings_are_listed_by_day_then_time_and_picked_by_type(content):
    rows = meetings.at_day(content.meetings)
    assert [(d, m.slug) for d, m in rows] == [
        (0, "sunday-secular"), (1, "online-morning"), (1, "grupo-esperanza"),
        (4, "grupo-esperanza"),
    ]  # fmt: skip
    secular_online = meetings.at_day(content.meetings, ["A", "online"])
    assert [m.slug for _, m in secular_online] == ["online-morning"]
    spanish = meetings.at_day(content.meetings, ["S"], day=4)
    assert [(d, m.slug) for d, m in spanish] == [(4, "grupo-esperanza")]


def test_days_and_times_are_said_in_the_readers_language():
    assert meetings.day_name(0, "en") == "Sunday" and meetings.day_name(6, "es") == "sábado"
    assert meetings.time_text("18:30", "en").replace("\u202f", " ") == "6:30 PM"
    assert meetings.time_text("18:30", "es") == "18:30"


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ('{"name": "x"}', 1, "must be a list of meetings"),
        ('[\n  {"name": "x", "slug": "x"},\n  {"name": \n]', 4, "is not valid JSON"),
        (b"\xff\xfe[]", None, "is not UTF-8"),
    ],
)
def test_a_feed_that_cannot_be_read_says_why(tmp_path, text, line, says):
    path = tmp_path / "feed.json"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    found, problems = meetings.read_feed(path, "content/meetings/feed.json")
    assert found == [] and len(problems) == 1
    assert problems[0].line == line and says in problems[0].message


def test_a_feed_with_escaped_slashes_as_php_writes_them_is_read(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text('[{"name": "A\\/B", "slug": "ab", "conference_url": "https:\\/\\/x.org\\/m"}]')
    (meeting,), problems = meetings.read_feed(path, "feed.json")
    assert problems == [] and meeting.join_url == "https://x.org/m"
