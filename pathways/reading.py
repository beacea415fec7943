"""Safe reading of YAML written by people: bytes in, checked data and a line map out.

Nothing here knows the models. Each file goes through the same steps, and the first that
finds a problem ends its reading:

1. bytes: size cap, UTF-8, no NUL bytes or other control characters (a file that starts like
   a program, zip, PDF or image is named as one);
2. a streaming pass over the C parser's events that refuses deep nesting, long lists, too
   many values, anchors, aliases and custom tags *before* anything is built (deep input can
   crash a recursive composer, and aliases can expand to billions of nodes);
3. composing the node tree, which gives a line number for every field and finds duplicate
   keys and keys YAML reads as something other than a name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .i18n import Said, said
from .problems import Loc, Problem, capped, field_name
from .vocab import MAX_FILE_BYTES, MAX_ITEMS, MAX_NESTING, MAX_VALUES, N_


class _Loader(yaml.CSafeLoader):
    """PyYAML's C safe loader, remembering the node it is building (to place errors)."""

    building: yaml.Node | None = None

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        self.building = node
        return super().construct_object(node, deep)


_MERGE_TAG = "tag:yaml.org,2002:merge"
_STANDARD_TAG = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _STANDARD_TAG + name
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)
_MAX_REPORTS = 5
_TOO_DEEP = said("nesting is deeper than {most} levels; flatten the structure", most=MAX_NESTING)
_TOO_MANY = said(
    "a list or mapping here has more than {most:,} items; split the file up", most=MAX_ITEMS
)
_TOO_BIG = said("has more than {most:,} values in all; split the file up", most=MAX_VALUES)
_NOT_YAML_TEXT = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
"""Characters YAML does not allow in a file (NUL is reported on its own)."""
_KEY_READ_AS = {
    "bool": N_("a yes/no value"),
    "int": N_("a number"),
    "float": N_("a number"),
    "null": N_("an empty value"),
    "timestamp": N_("a date"),
}


class Rejected(Exception):
    """Stops reading one file; carries the problems that explain why."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = problems


def parse(raw: bytes, shown: str) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """The data in a file's bytes and the line of every field, or the problems that stop it."""
    try:
        text = _decode(raw, shown)
        _guard(text, shown)
        data, lines = _compose(text, shown)
    except Rejected as rejected:
        return None, {}, capped(list(rejected.problems), shown)
    return data, lines, []


def read_bytes(path: Path, shown: str) -> bytes:
    """Read at most one byte more than MAX_FILE_BYTES, or say why the file cannot be read."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        message = said("cannot be read: {why}", why=exc.strerror)  # the system's own words
        raise Rejected(Problem(shown, None, "", message)) from None
    if len(raw) > MAX_FILE_BYTES:
        raise Rejected(_too_big(shown, size))
    return raw


def _too_big(shown: str, size: int) -> Problem:
    return Problem(
        shown,
        None,
        "",
        said(
            "the file is {size:,} bytes; the limit is {most:,} bytes (1 MiB). Split it up",
            size=size,
            most=MAX_FILE_BYTES,
        ),
    )


_SIGNATURES = {
    b"MZ": N_("a Windows program (.exe)"),
    b"\x7fELF": N_("a program"),
    b"PK\x03\x04": N_("a zip file (Word and Excel files are zip files too)"),
    b"%PDF": N_("a PDF"),
    b"\x89PNG": N_("a PNG image"),
    b"\xff\xd8\xff": N_("a JPEG image"),
    b"GIF8": N_("a GIF image"),
    b"\xd0\xcf\x11\xe0": N_("an older Word or Excel file"),
}
"""The first bytes of common files that are not text, to say what an upload really is."""


def _not_text(raw: bytes, shown: str, line: int, why: str) -> Problem:
    """Bytes that are not YAML text: name the kind of file when its first bytes show it."""
    kind = next((name for magic, name in _SIGNATURES.items() if raw.startswith(magic)), None)
    if kind is not None:
        message = said(
            "looks like {kind}, not YAML text; save it as a .yaml text file", kind=Said(kind)
        )
        return Problem(shown, 1, "", message)
    return Problem(shown, line, "", why)


def _decode(raw: bytes, shown: str) -> str:
    """Decode at most MAX_FILE_BYTES of UTF-8 text with no NUL bytes, or say why not."""
    if len(raw) > MAX_FILE_BYTES:
        raise Rejected(_too_big(shown, len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        why = said(
            "byte 0x{byte:02x} is not UTF-8 text; save the file as UTF-8", byte=raw[exc.start]
        )
        raise Rejected(_not_text(raw, shown, line, why)) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        why = said("contains a NUL byte, so it looks like a binary file rather than YAML text")
        raise Rejected(_not_text(raw, shown, line, why))
    control = _NOT_YAML_TEXT.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        code = f"U+{ord(control.group()):04X}"
        why = said(
            "contains the control character {code}, which YAML does not allow; remove it",
            code=code,
        )
        raise Rejected(_not_text(raw, shown, line, why))
    return text


def _syntax_problem(exc: yaml.YAMLError, shown: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc)
    if "maximum nesting depth" in what:  # libyaml's own limit, met while looking ahead
        return Problem(shown, line, "", _TOO_DEEP)
    context = getattr(exc, "context", None)
    detail = f"{context}, {what}" if context else what  # the YAML parser's own words
    return Problem(
        shown,
        line,
        "",
        said(
            "is not valid YAML ({detail}); check indentation, colons and quotes on this line or "
            "the one before it",
            detail=detail,
        ),
    )


_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_ENDS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


@dataclass
class _Seen:
    """What the streaming guard has counted so far."""

    values: int = 0
    open: list[list[int]] = field(default_factory=list)
    """For each open list or mapping: nodes seen in it, and the most it may hold (a mapping
    item is a key and a value). The list's length is the nesting depth."""


def _too_many_values(event: yaml.Event, seen: _Seen) -> str | None:
    """More values in the file than MAX_VALUES."""
    if isinstance(event, _NODE_EVENTS):
        seen.values += 1
        if seen.values > MAX_VALUES:
            return _TOO_BIG
    return None


def _too_many_items(event: yaml.Event, seen: _Seen) -> str | None:
    """More items in one list or mapping than MAX_ITEMS."""
    if seen.open and isinstance(event, _NODE_EVENTS):
        counts = seen.open[-1]
        counts[0] += 1
        if counts[0] > counts[1]:
            return _TOO_MANY
    return None


def _too_deep(event: yaml.Event, seen: _Seen) -> str | None:
    """Lists and mappings nested deeper than MAX_NESTING."""
    if isinstance(event, _STARTS):
        most = 2 * MAX_ITEMS if isinstance(event, yaml.MappingStartEvent) else MAX_ITEMS
        seen.open.append([0, most])
        if len(seen.open) > MAX_NESTING:
            return _TOO_DEEP
    elif isinstance(event, _ENDS):
        seen.open.pop()
    return None


def _alias(event: yaml.Event) -> str | None:
    """An alias, which could expand to billions of nodes."""
    if isinstance(event, yaml.AliasEvent):
        return said(
            "uses the alias *{name}; aliases are not allowed, write the value out",
            name=event.anchor,
        )
    return None


def _anchor(event: yaml.Event) -> str | None:
    """An anchor, which only an alias would use."""
    anchor = None if isinstance(event, yaml.AliasEvent) else getattr(event, "anchor", None)
    if anchor:
        return said("uses the anchor &{name}; anchors are not allowed, remove it", name=anchor)
    return None


def _custom_tag(event: yaml.Event) -> str | None:
    """A tag other than YAML's plain types, such as !!python/object."""
    tag = getattr(event, "tag", None)
    if tag and tag not in _ALLOWED_TAGS and tag != "!":
        return said(
            "uses the tag {tag}; tags are not allowed, remove it",
            tag=tag.replace(_STANDARD_TAG, "!!"),
        )
    return None


_LIMITS: tuple[Callable[[yaml.Event, _Seen], str | None], ...] = (
    _too_many_values,
    _too_many_items,
    _too_deep,
)
"""Checks that count as they go; the first one over its limit stops reading the file."""
_REFUSED: tuple[Callable[[yaml.Event], str | None], ...] = (_alias, _anchor, _custom_tag)
"""Checks of one event at a time; reading goes on, to report a few of them at once."""


def _guard(text: str, shown: str) -> None:
    """Stream the parser's events and refuse deep nesting, very long lists and mappings, too
    many values, anchors, aliases and custom tags."""
    seen = _Seen()
    problems: list[Problem] = []
    try:
        for event in _events(text):
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            over = next((m for check in _LIMITS if (m := check(event, seen)) is not None), None)
            if over is not None:
                problems.append(Problem(shown, line, "", over))
                break
            for check in _REFUSED:
                message = check(event)
                if message is not None:
                    problems.append(Problem(shown, line, "", message))
            if len(problems) >= _MAX_REPORTS:
                break
    except yaml.YAMLError as exc:
        problems.append(_syntax_problem(exc, shown))
    if problems:
        raise Rejected(*problems)


def _events(text: str) -> Iterator[yaml.Event]:
    loader = _Loader(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if event is not None:
                yield event
    finally:
        loader.dispose()


def _compose(text: str, shown: str) -> tuple[Any, dict[Loc, int]]:
    """Build the data, a map from field location to line, and find duplicate keys."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {(): 1}
        lines: dict[Loc, int] = {(): node.start_mark.line + 1}
        places: dict[int, Loc] = {id(node): ()}
        duplicates = list(_walk(node, (), lines, places, shown))  # and keys that are not names
        if duplicates:
            raise Rejected(*duplicates)
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise Rejected(_syntax_problem(exc, shown)) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date like 2024-02-30
        bad = loader.building
        line = bad.start_mark.line + 1 if bad is not None else None
        where = field_name(places.get(id(bad), ())) if bad is not None else ""
        # Python's own words for the value, but for a number too long to read.
        why = said("a number too long to read") if "int_max_str_digits" in str(exc) else str(exc)
        message = said(
            "has a value YAML cannot read ({why}); put it in quotes if it is meant as text",
            why=why,
        )
        raise Rejected(Problem(shown, line, where, message)) from None
    finally:
        loader.dispose()
    return data, lines


def _walk(
    node: yaml.Node, loc: Loc, lines: dict[Loc, int], places: dict[int, Loc], shown: str
) -> Iterator[Problem]:
    """Record the line and place of every field and item; yield duplicate and merge keys."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            line = key_node.start_mark.line + 1
            child = (*loc, key)
            if not isinstance(key_node, yaml.ScalarNode):
                yield Problem(
                    shown,
                    line,
                    field_name(loc),
                    said("uses a list or mapping as a key; a key must be a field name"),
                )
                continue
            read_as = _KEY_READ_AS.get(key_node.tag.removeprefix(_STANDARD_TAG))
            if read_as is not None:
                yield Problem(
                    shown,
                    line,
                    field_name(loc),
                    said(
                        "the key '{key}' is read by YAML as {read_as}, not a field name; put it "
                        "in quotes or fix the name",
                        key=key,
                        read_as=Said(read_as),
                    ),
                )
                continue
            if key_node.tag == _MERGE_TAG:
                yield Problem(
                    shown,
                    line,
                    field_name(loc),
                    said("uses a merge key (<<); merge keys are not allowed, write the fields out"),
                )
                continue
            if key in seen:
                yield Problem(
                    shown,
                    line,
                    field_name(child),
                    said("appears twice (first on line {line}); keep only one", line=seen[key]),
                )
                continue
            seen[key] = line
            lines[child] = line
            places[id(value_node)] = child
            yield from _walk(value_node, child, lines, places, shown)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*loc, index)
            lines[child] = item.start_mark.line + 1
            places[id(item)] = child
            yield from _walk(item, child, lines, places, shown)
