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
    joined = " ".join(str(p) for p in content.problems)
    assert "helena.json:31: [3].day[0]: warning: must be a day from 0 (Sunday)" in joined
    assert "helena.json:31: [3].time: warning: must be a time such as 19:30" in joined
    assert "helena.json:37: [4].name: warning: is required" in joined
    assert not content.errors  # a feed's problems never keep the rest of the content out
    twice = next(p for p in content.problems if p.field == "[5].slug")
    assert twice.severity == "warning" and twice.line == 40
    assert len(content.pathways) == 2  # the rest of the content is untouched


def test_numbers_and_single_values_are_read_as_the_specification_allows(content):
    esperanza = content.meetings[1]
    assert esperanza.day == (1, 4)
    assert meetings.Meeting(name=2024, slug=7, day="3").day == (3,)
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


def _feed(tmp_path, text: str):
    path = tmp_path / "feed.json"
    path.write_text(text)
    return meetings.read_feed(path, "content/meetings/feed.json")


def test_a_feed_nested_too_deeply_is_named_not_raised(tmp_path):
    found, (problem,) = _feed(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert found == [] and "nested too deeply" in problem.message


def test_text_that_would_turn_around_or_not_show_is_taken_out(tmp_path):
    feed = '[{"name": "Step \\u202eevoL\\u202c group\\u0007", "slug": "s"}]'
    (meeting,), _ = _feed(tmp_path, feed)
    assert meeting.name == "Step evoL group"


def test_only_a_public_web_address_is_offered_to_join():
    for url in ("https://zoom.us@evil.example/j", "https://1.2.3.4/j", "https://x.org:8443/j",
                "javascript:alert(1)", "https://x .org"):  # fmt: skip
        assert meetings.Meeting(name="m", slug="m", conference_url=url).join_url is None, url
    assert meetings.Meeting(name="m", slug="m", conference_url="https://zoom.us/j/1").join_url


def test_a_long_feed_names_far_lines_right_and_lists_at_most_fifty_problems(tmp_path):
    good = [f'{{"name": "M{i}", "slug": "m{i}", "day": 1}}' for i in range(3000)]
    bad = [f'{{"name": "B{i}", "slug": "b{i}", "day": 8}}' for i in range(60)]
    found, problems = _feed(tmp_path, "[\n" + ",\n".join(good + bad) + "\n]")
    assert len(found) == 3000
    assert problems[0].line == 3002 and problems[0].field == "[3000].day[0]"
    assert len(problems) == 51 and "10 more problems" in problems[-1].message


def test_at_most_so_many_meetings_are_read_in_all(tmp_path, monkeypatch):
    monkeypatch.setattr(meetings, "MAX_MEETINGS", 2)
    path = tmp_path / "feed.json"
    shutil.copy(FEED, path)
    found, problems = meetings.read_feeds([(path, "feed.json")])
    assert len(found) == 2 and "the last 1 are left out" in problems[-1].message


def test_a_listing_is_built_once_per_content_and_choice(content):
    first = meetings.listed(content, ("A",), None)
    assert meetings.listed(content, ("A",), None) is first
    assert [m.slug for _, m in first] == ["sunday-secular", "online-morning"]
    assert meetings.listed(content, ("S",), None) is not first
