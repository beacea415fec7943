"""Mutual-help meetings from a Meeting Guide feed: the open JSON format of the Code for
Recovery specification (https://github.com/code4recovery/spec), which many meeting lists
publish. A site's operator places one or more feeds in ``content/meetings/<name>.json``;
Help near you lists their meetings by day, and a person can show only some types (secular,
Spanish, online ...). Nothing about the person is asked for or kept.

A feed is a JSON array of meetings. Only ``name`` and ``slug`` are required; fields Pathways
does not show are ignored, as the specification asks. A meeting that is not valid is left out
with a problem naming the file, its line and the field; the others are still listed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Annotated, Any

from babel.dates import format_time, get_day_names
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from .i18n import said
from .memo import per_content
from .models import _web_address
from .problems import WARNING, Problem
from .vocab import MEETING_TYPES

__all__ = [
    "FOLDER",
    "MAX_FEED_BYTES",
    "Meeting",
    "at_day",
    "day_name",
    "feed_files",
    "listed",
    "read_feed",
    "read_feeds",
    "time_text",
]

FOLDER = "meetings"
"""Where feeds live in a content folder, beside the language folders: meetings are the same
in every language."""

MAX_FEED_BYTES = 20 * 1024 * 1024
"""A feed larger than this is refused unread (a large area's feed is a few megabytes)."""

MAX_MEETINGS = 10_000
"""Most meetings read from all the feeds together; the rest are left out, with a note."""

MAX_PROBLEMS = 50
"""Most problems listed for one feed; a line says how many more there were."""

ONLINE = "ONL"
"""An older type code some lists still use for online meetings; the specification now marks
them by a ``conference_url`` or ``conference_phone``."""

TIME_PATTERN = r"^([01]\d|2[0-3]):[0-5]\d$"


_UNSHOWN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters, and the invisible marks that turn text around (a name could otherwise
make the day, time and phone number after it read backwards): taken out of a feed's text."""


def _text(value: Any) -> Any:
    """Text as shown: numbers written where text is expected (a postal code) are read as
    text, and characters that would not show or would turn text around are taken out."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return _UNSHOWN.sub("", value) if isinstance(value, str) else value


def _days(value: Any) -> Any:
    """``day`` is one day or a list of days, each a number (``"1"`` as text is read as 1)."""
    days = value if isinstance(value, list) else [value]
    return [int(d) if isinstance(d, str) and d.strip().isdigit() else d for d in days]


def _codes(value: Any) -> Any:
    """``types`` is a list of codes; a single code is taken as a list of one."""
    return [value] if isinstance(value, str) else value


Text = Annotated[str | None, BeforeValidator(_text)]


class Meeting(BaseModel):
    """One meeting of a feed, as far as Help near you shows it."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)

    name: Annotated[str, BeforeValidator(_text)] = Field(min_length=1, max_length=200)
    slug: Annotated[str, BeforeValidator(_text)] = Field(min_length=1, max_length=200)
    day: Annotated[
        tuple[Annotated[int, Field(ge=0, le=6, strict=True)], ...], BeforeValidator(_days)
    ] = ()
    """Sunday (0) to Saturday (6); one day or several."""
    time: str | None = Field(default=None, pattern=TIME_PATTERN)
    """When it starts, ``HH:MM`` on a 24-hour clock, local time."""
    types: Annotated[tuple[str, ...], BeforeValidator(_codes)] = ()
    location: Text = None
    formatted_address: Text = None
    address: Text = None
    city: Text = None
    state: Text = None
    conference_url: Text = None
    conference_phone: Text = None

    @property
    def online(self) -> bool:
        """Whether it meets online (or by phone)."""
        return bool(self.conference_url or self.conference_phone) or ONLINE in self.types

    @property
    def where(self) -> str:
        """The place as the feed gives it: the building and the address, or its parts."""
        address = self.formatted_address or ", ".join(
            part for part in (self.address, self.city, self.state) if part
        )
        return " · ".join(part for part in (self.location, address) if part)

    @property
    def join_url(self) -> str | None:
        """The address to join online, if it is a public web address with no user name,
        password or port (the rule sources must pass too)."""
        try:
            return _web_address(self.conference_url) if self.conference_url else None
        except ValueError:
            return None

    def has(self, code: str) -> bool:
        """Whether the meeting is of this type (``online`` for one that meets online)."""
        return self.online if code == "online" else code in self.types

    @property
    def labels(self) -> tuple[str, ...]:
        """The labels of its types that Pathways knows, in the order of ``MEETING_TYPES``."""
        return tuple(label for code, label in MEETING_TYPES.items() if self.has(code))


def feed_files(root: Path) -> list[Path]:
    """The feeds in a content folder, in name order (names starting ``_`` or ``.`` skip)."""
    try:
        names = sorted((Path(root) / FOLDER).iterdir())
    except OSError:
        return []
    return [p for p in names if p.suffix == ".json" and not p.name.startswith(("_", "."))]


def read_feeds(shown: Iterable[tuple[Path, str]]) -> tuple[tuple[Meeting, ...], list[Problem]]:
    """Every meeting of the given feeds (each with the name problems show it by), in order,
    up to ``MAX_MEETINGS``, and every problem. Feed problems are warnings: a broken feed
    leaves its meetings out, never the rest of the content."""
    meetings: list[Meeting] = []
    problems: list[Problem] = []
    for path, name in shown:
        found, said_of = read_feed(path, name)
        room = MAX_MEETINGS - len(meetings)
        if len(found) > room:
            message = said(
                "has more meetings than Help near you lists ({limit} in all); the last {left} "
                "are left out",
                limit=MAX_MEETINGS,
                left=len(found) - room,
            )
            said_of.append(Problem(name, None, "", message, WARNING))
        meetings.extend(found[: max(room, 0)])
        problems.extend(said_of)
    return tuple(meetings), problems


def read_feed(path: Path, shown: str) -> tuple[list[Meeting], list[Problem]]:
    """The valid meetings of one feed, and a problem for each that is not (``file:line``)."""
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            message = said(
                "is {size} MB; a meeting feed can be up to {limit} MB",
                size=size // 2**20,
                limit=MAX_FEED_BYTES // 2**20,
            )
            return [], [Problem(shown, None, "", message)]
        text = path.read_bytes().decode("utf-8-sig")
    except OSError:
        return [], [Problem(shown, None, "", said("could not be read"), WARNING)]
    except UnicodeDecodeError:
        message = said("is not UTF-8 text; save it as UTF-8")
        return [], [Problem(shown, None, "", message, WARNING)]
    try:
        items = _items(text)
    except json.JSONDecodeError as err:
        message = said(
            "is not valid JSON: {detail} (column {column})", detail=err.msg, column=err.colno
        )
        return [], [Problem(shown, err.lineno, "", message, WARNING)]
    except RecursionError:
        message = said("is nested too deeply to be a meeting list")
        return [], [Problem(shown, None, "", message, WARNING)]
    except ValueError:
        message = said(
            "must be a list of meetings, [ ... ], as the Meeting Guide specification says"
        )
        return [], [Problem(shown, 1, "", message, WARNING)]
    meetings: list[Meeting] = []
    problems: list[Problem] = []
    slugs: set[str] = set()
    for index, (line, item) in enumerate(items):
        try:
            meeting = Meeting.model_validate(item)
        except ValidationError as err:
            for error in err.errors():
                where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error["loc"])
                field = f"[{index}]{where}"
                problems.append(Problem(shown, line, field, _describe(error), WARNING))
            continue
        if meeting.slug in slugs:
            message = said("'{slug}' is listed twice; this meeting is left out", slug=meeting.slug)
            problems.append(Problem(shown, line, f"[{index}].slug", message, WARNING))
            continue
        slugs.add(meeting.slug)
        meetings.append(meeting)
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems = problems[:MAX_PROBLEMS]
        message = said("and {more} more problems like these", more=more)
        problems.append(Problem(shown, None, "", message, WARNING))
    return meetings, problems


def _describe(error: Any) -> str:
    """What is wrong with one field of a meeting, in plain words."""
    field = next((p for p in reversed(error["loc"]) if isinstance(p, str)), "")
    if error["type"] == "missing":
        return said("is required; every meeting needs a name and a slug")
    if field == "day":
        return said("must be a day from 0 (Sunday) to 6 (Saturday), or a list of them")
    if field in ("time", "end_time"):
        return said("must be a time such as 19:30 (HH:MM, on a 24-hour clock)")
    if error["type"].startswith("string_"):
        return said("must be text of at most 200 characters")
    return said("is not what the Meeting Guide specification allows here")


def _items(text: str) -> list[tuple[int, Any]]:
    """Each item of a JSON array, with the line it starts on."""
    decoder = json.JSONDecoder()
    whole = decoder.decode(text)  # raises JSONDecodeError with the line of any mistake
    if not isinstance(whole, list):
        raise ValueError("not a list")
    found: list[tuple[int, Any]] = []
    at = text.index("[") + 1
    line, counted = 1, 0  # the line at ``counted``, counted on as the items are read
    space = re.compile(r"[\s,]*")
    while True:
        at = space.match(text, at).end()  # type: ignore[union-attr]
        if text.startswith("]", at):
            return found
        item, end = decoder.raw_decode(text, at)
        line += text.count("\n", counted, at)
        counted = at
        found.append((line, item))
        at = end


def at_day(
    meetings: Sequence[Meeting], types: Iterable[str] = (), day: int | None = None
) -> list[tuple[int, Meeting]]:
    """Each meeting of all the ``types`` asked for, once for each day it meets (only ``day``
    if given), by day from Sunday, then time, then name. A meeting with no day comes last."""
    wanted = tuple(types)
    rows = [
        (d, m)
        for m in meetings
        if all(m.has(code) for code in wanted)
        for d in (m.day or (7,))
        if day is None or d == day
    ]
    return sorted(rows, key=lambda row: (row[0], row[1].time or "99:99", row[1].name.lower()))


@per_content(maxsize=64)
def listed(content: Any, types: tuple[str, ...], day: int | None) -> list[tuple[int, Meeting]]:
    """:func:`at_day` for a content set's meetings, built once per content and choice: the
    same filters asked for again, by anyone, are not sorted again."""
    return at_day(content.meetings, types, day)


def day_name(day: int, code: str) -> str:
    """Sunday (0) to Saturday (6) in the language ``code``."""
    return str(get_day_names("wide", locale=code)[(day + 6) % 7])


def time_text(hhmm: str | None, code: str) -> str:
    """``19:30`` as the language writes a time (7:30 PM, 19:30); empty when not given."""
    if not hhmm:
        return ""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return str(format_time(dt.time(hours, minutes), format="short", locale=code))
