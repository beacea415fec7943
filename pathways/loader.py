"""Read pathway files written by people, safely, and say exactly what is wrong with them.

Each file goes through the same stages; the first stage that finds a problem ends that
file's journey, and every file is read whatever happened to the others:

1. bytes: size cap, UTF-8, no NUL bytes;
2. a streaming pass over the C parser's events that refuses deep nesting, anchors,
   aliases and custom tags *before* anything is built (deep input can crash a recursive
   composer, and aliases can expand to billions of nodes);
3. composing the node tree, which gives a line number for every field and finds
   duplicate keys;
4. the pydantic schema, whose errors are rephrased for content authors;
5. the content rules in :mod:`pathways.checks`.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from . import checks
from .messages import describe_validation_error
from .models import About, Glossary, Loc, Pathway, Questions, Quiz, Scenario
from .problems import Problem, Severity, field_name
from .vocab import LANGUAGE, MAX_FILE_BYTES, MAX_ITEMS, MAX_NESTING, MAX_PROBLEMS, MAX_VALUES


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
_MAX_ALIAS_REPORTS = 5
_TOO_DEEP = f"nesting is deeper than {MAX_NESTING} levels; flatten the structure"
_TOO_MANY = f"a list or mapping here has more than {MAX_ITEMS:,} items; split the file up"
_TOO_BIG = f"has more than {MAX_VALUES:,} values in all; split the file up"
_NOT_YAML_TEXT = re.compile(
    "[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]"
)
"""Characters YAML does not allow in a file (NUL is reported on its own)."""
_KEY_READ_AS = {
    "bool": "a yes/no value",
    "int": "a number",
    "float": "a number",
    "null": "an empty value",
    "timestamp": "a date",
}
Loaded = tuple[str, Any, dict[Loc, int]]
"""A checked document: where it was read from (as shown to authors), itself, its line map."""


@dataclass(frozen=True, eq=False)
class Content:
    """Everything loaded from one content folder: the valid pathways and all problems.

    Compared by identity: each load is a new object, with its own cache of page results.
    """

    root: Path
    pathways: dict[str, Pathway] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    glossary: Glossary | None = None
    about: About | None = None
    questions: Questions | None = None
    quiz: Quiz | None = None
    scenarios: dict[str, Scenario] = field(default_factory=dict)
    memo: dict[str, OrderedDict[Any, Any]] = field(default_factory=dict, init=False, repr=False)
    """Results built from this content (see :mod:`pathways.memo`); never copied by replace()."""

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


class _Rejected(Exception):
    """Stops reading one file; carries the problems that explain why."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = problems


def pathways_dir(root: Path) -> Path:
    """Where the pathway files live inside a content folder."""
    return Path(root) / LANGUAGE / "pathways"


def pathway_files(folder: Path, root: Path | None = None) -> list[Path]:
    """The pathway files in a folder, in name order; names starting with ``_`` or ``.`` skip.

    With ``root``, the content folder, a link that leads outside it is skipped too (see
    :func:`links_outside`): what the app shows never comes from elsewhere on the server.
    """
    return [p for p in _yaml_names(folder) if (root is None or _inside(p, root)) and p.is_file()]


def _yaml_names(folder: Path) -> list[Path]:
    """The names in a folder that could be content files, in name order."""
    try:
        names = sorted(folder.iterdir())
    except OSError:  # missing, or removed while we look
        return []
    return [p for p in names if p.suffix in (".yaml", ".yml") and not p.name.startswith(("_", "."))]


def _inside(path: Path, root: Path) -> bool:
    """Whether a path, with every link on the way followed, stays inside the content folder."""
    try:
        return Path(path).resolve().is_relative_to(Path(root).resolve())
    except (OSError, RuntimeError):  # a loop of links
        return False


def links_outside(root: Path) -> list[Problem]:
    """One problem for each link in a content folder that leads outside it; none is read.

    A link to a folder is named once, not once for each file in it.
    """
    root = Path(root)
    language = root / LANGUAGE
    candidates = [language]
    if _inside(language, root):
        candidates = [pathways_dir(root), scenarios_dir(root)]
        candidates += [language / name for name, _ in DOCUMENTS.values()]
        for folder in (pathways_dir(root), scenarios_dir(root)):
            if _inside(folder, root):
                candidates += _yaml_names(folder)
    message = (
        "is a link to a place outside the content folder, so it was not read; copy the file "
        "into the content folder instead"
    )
    return [
        Problem(_display(path, root.parent), None, "", message)
        for path in candidates
        if path.is_symlink() and not _inside(path, root)
    ]


DOCUMENTS: dict[str, tuple[str, type[BaseModel]]] = {
    "glossary": ("glossary.yaml", Glossary),
    "about": ("about.yaml", About),
    "questions": ("questions.yaml", Questions),
    "quiz": ("quiz.yaml", Quiz),
}
"""Single files beside the pathways folder: the Content field, the file name and its model."""


def scenarios_dir(root: Path) -> Path:
    """Where the scenario cards live inside a content folder."""
    return Path(root) / LANGUAGE / "scenarios"


def content_files(root: Path) -> list[Path]:
    """Every file the content of a folder is read from (those that exist), in a fixed order.

    Links that lead outside the content folder are left out: they are never read.
    """
    language = Path(root) / LANGUAGE
    singles = [language / name for name, _ in DOCUMENTS.values()]
    return (
        pathway_files(pathways_dir(root), root)
        + [p for p in singles if _inside(p, root) and p.is_file()]
        + pathway_files(scenarios_dir(root), root)
    )


def load_content(root: Path | str) -> Content:
    """Load every content file in a content folder; never raises for bad content."""
    root = Path(root)
    folder = pathways_dir(root)
    if not folder.is_dir():
        shown = _display(folder, root.parent)
        problem = Problem(shown, None, "", "folder not found; check PATHWAYS_CONTENT_DIR")
        return Content(root, {}, (problem,))
    content = load_files(pathway_files(folder, root), root=root, relative_to=root.parent)
    documents: dict[str, Any] = {}
    problems = [*links_outside(root), *content.problems]
    for name, (file_name, model) in DOCUMENTS.items():
        path = root / LANGUAGE / file_name
        if path.is_file() and _inside(path, root):
            document, _, found = load_document(path, model, _display(path, root.parent))
            documents[name] = document
            problems.extend(found)
    cards: list[Loaded] = []
    for path in pathway_files(scenarios_dir(root), root):
        shown = _display(path, root.parent)
        scenario, lines, found = load_document(path, Scenario, shown)
        problems.extend(found)
        if scenario is not None:
            cards.append((shown, scenario, lines))
    scenarios, found = join_scenarios(cards, content.pathways)
    problems.extend(found)
    return replace(content, problems=tuple(problems), scenarios=scenarios, **documents)


def load_files(
    paths: Iterable[Path], *, root: Path | None = None, relative_to: Path | None = None
) -> Content:
    """Load the given pathway files as one set, collecting every problem in every file."""
    problems: list[Problem] = []
    loaded: list[Loaded] = []
    for path in paths:
        shown = _display(path, relative_to)
        pathway, lines, file_problems = load_file(path, shown)
        problems.extend(file_problems)
        if pathway is not None:
            loaded.append((shown, pathway, lines))
    found, joined = join_pathways(loaded)
    return Content(Path(root) if root else Path("."), found, tuple(problems + joined))


def join_pathways(
    loaded: Iterable[Loaded], shipped: Mapping[str, Pathway] | None = None
) -> tuple[dict[str, Pathway], list[Problem]]:
    """Join checked pathways into one set, in order, and run the rules that look across files.

    A repeated id or name keeps the first file. With ``shipped``, the loaded pathways join
    those, and one with a shipped pathway's id takes its place (an upload that adapts it).
    """
    found: dict[str, Pathway] = dict(shipped or {})
    where: dict[str, tuple[str, dict[Loc, int]]] = {}
    problems: list[Problem] = []
    for shown, pathway, lines in loaded:
        if pathway.id in where:
            message = (
                f"'{pathway.id}' is already used by {where[pathway.id][0]}; ids must be unique"
            )
            problems.append(_at(shown, lines, ("id",), message))
            continue
        others = {i: p for i, p in found.items() if i != pathway.id}
        clashes = [
            _at(shown, lines, loc, message)
            for loc, message in checks.check_first_come(pathway, others)
        ]
        if clashes:
            problems.extend(clashes)
            continue
        if pathway.id in found:
            message = f"'{pathway.id}' is a shipped pathway; this file takes its place for you only"
            problems.append(_at(shown, lines, ("id",), message, "warning"))
        found[pathway.id] = pathway
        where[pathway.id] = (shown, lines)
    for pathway_id, (shown, lines) in where.items():
        for loc, message, severity in checks.check_collection(found[pathway_id], found):
            problems.append(_at(shown, lines, loc, message, severity))
    return found, problems


def join_scenarios(
    loaded: Iterable[Loaded],
    pathways: Mapping[str, Pathway],
    shipped: Mapping[str, Scenario] | None = None,
) -> tuple[dict[str, Scenario], list[Problem]]:
    """Join checked scenario cards into one set, in order; warn about pathways not loaded.

    With ``shipped``, the cards join those, and one with a shipped card's id takes its place.
    """
    found: dict[str, Scenario] = dict(shipped or {})
    where: dict[str, str] = {}
    problems: list[Problem] = []
    for shown, scenario, lines in loaded:
        if scenario.id in where:
            message = f"'{scenario.id}' is already used by {where[scenario.id]}; ids must be unique"
            problems.append(_at(shown, lines, ("id",), message))
            continue
        where[scenario.id] = shown
        found[scenario.id] = scenario
        for index, fits in enumerate(scenario.might_fit):
            if fits.id not in pathways:
                message = f"'{fits.id}' is not a loaded pathway; it is left out of this card"
                problems.append(_at(shown, lines, ("might_fit", index, "id"), message, "warning"))
    return found, problems


def _at(
    shown: str, lines: Mapping[Loc, int], loc: Loc, message: str, severity: Severity = "error"
) -> Problem:
    """A problem at a field of a file, on the field's line."""
    return Problem(shown, _line_for(loc, lines), field_name(loc), message, severity)


def load_file(
    path: Path, shown: str | None = None
) -> tuple[Pathway | None, dict[Loc, int], list[Problem]]:
    """Read one pathway file: the pathway (or None if it has errors), its line map and problems."""
    return load_document(path, Pathway, shown)


def load_document(
    path: Path, model: type[Any], shown: str | None = None
) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """Read one content file of a model: the document (or None), its line map and problems."""
    shown = shown or str(path)
    try:
        raw = _read_bytes(path, shown)
    except _Rejected as rejected:
        return None, {}, list(rejected.problems)
    return parse_document(raw, model, shown, Path(path).stem)


def parse_document(
    raw: bytes, model: type[Any], shown: str, stem: str
) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """Check the bytes of one content file (read from disk or uploaded) against a model."""
    data, lines, problems = parse(raw, shown)
    if problems:
        return None, lines, problems
    return validate(data, lines, model, shown, stem)


def parse(raw: bytes, shown: str) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """The data in a file's bytes and the line of every field, or the problems that stop it."""
    try:
        text = _decode(raw, shown)
        _guard(text, shown)
        data, lines = _compose(text, shown)
    except _Rejected as rejected:
        return None, {}, _capped(list(rejected.problems), shown)
    return data, lines, []


def validate(
    data: Any, lines: dict[Loc, int], model: type[Any], shown: str, stem: str
) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """Check parsed data against a model and its content rules: the document (or None) and
    the problems, each placed on its line."""

    if not isinstance(data, dict):
        kind = "empty" if data is None else _KIND_OF_VALUE.get(type(data), "a single value")
        hint = " (see content/en/pathways/_template.yaml)" if model is Pathway else ""
        message = f"the file is {kind}; it should be a mapping of fields{hint}"
        return None, lines, [_at(shown, lines, (), message)]
    try:
        document = model.model_validate(data)
    except ValidationError as exc:
        problems = []
        errors = exc.errors(include_url=False)
        for err in errors:
            loc = tuple(p for p in err["loc"] if p != "[key]")
            if err["type"] == "too_short" and _has_deeper_error(loc, errors):
                continue  # an item below failed; that error says what to fix
            problems.append(_at(shown, lines, loc, describe_validation_error(err, model)))
            if len(problems) > MAX_PROBLEMS:
                break
        problems.sort(key=lambda p: (p.line or 0, p.field))
        return None, lines, _capped(problems, shown, len(errors))
    problems = [
        _at(shown, lines, loc, message, severity)
        for loc, message, severity in checks.check_document(document, stem)
    ]
    ok = not any(p.severity == "error" for p in problems)
    problems.sort(key=lambda p: p.line or 0)
    return (document if ok else None), lines, _capped(problems, shown)


_KIND_OF_VALUE = {list: "a list", str: "a line of text", int: "a number", float: "a number"}


def _capped(problems: list[Problem], shown: str, total: int | None = None) -> list[Problem]:
    """At most MAX_PROBLEMS problems, then one line saying how many more there are."""
    total = max(total or 0, len(problems))
    if total <= MAX_PROBLEMS:
        return problems
    more = total - MAX_PROBLEMS
    message = (
        f"and {more:,} more problem{'s' if more > 1 else ''}; fix those above, then check again"
    )
    return [*problems[:MAX_PROBLEMS], Problem(shown, None, "", message)]


def _has_deeper_error(loc: Loc, errors: list[Any]) -> bool:
    return any(len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors)


def _display(path: Path, relative_to: Path | None) -> str:
    """A file's name in problems: with ``relative_to`` (the folder holding the content folder),
    as ``content/en/pathways/mat.yaml``; links are not followed, and a server path is never
    shown (a file outside that folder is named by its file name alone)."""
    if relative_to is not None:
        try:
            return str(Path(os.path.abspath(path)).relative_to(os.path.abspath(relative_to)))
        except ValueError:
            return Path(path).name
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)


def _read_bytes(path: Path, shown: str) -> bytes:
    """Read at most one byte more than MAX_FILE_BYTES, or say why the file cannot be read."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise _Rejected(Problem(shown, None, "", f"cannot be read: {exc.strerror}")) from None
    if len(raw) > MAX_FILE_BYTES:
        raise _Rejected(_too_big(shown, size))
    return raw


def _too_big(shown: str, size: int) -> Problem:
    return Problem(
        shown,
        None,
        "",
        f"the file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes (1 MiB). Split it up",
    )


_SIGNATURES = {
    b"MZ": "a Windows program (.exe)",
    b"\x7fELF": "a program",
    b"PK\x03\x04": "a zip file (Word and Excel files are zip files too)",
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an older Word or Excel file",
}
"""The first bytes of common files that are not text, to say what an upload really is."""


def _not_text(raw: bytes, shown: str, line: int, why: str) -> Problem:
    """Bytes that are not YAML text: name the kind of file when its first bytes show it."""
    kind = next((name for magic, name in _SIGNATURES.items() if raw.startswith(magic)), None)
    if kind is not None:
        return Problem(
            shown, 1, "", f"looks like {kind}, not YAML text; save it as a .yaml text file"
        )
    return Problem(shown, line, "", why)


def _decode(raw: bytes, shown: str) -> str:
    """Decode at most MAX_FILE_BYTES of UTF-8 text with no NUL bytes, or say why not."""
    if len(raw) > MAX_FILE_BYTES:
        raise _Rejected(_too_big(shown, len(raw)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        why = f"byte 0x{raw[exc.start]:02x} is not UTF-8 text; save the file as UTF-8"
        raise _Rejected(_not_text(raw, shown, line, why)) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        why = "contains a NUL byte, so it looks like a binary file rather than YAML text"
        raise _Rejected(_not_text(raw, shown, line, why))
    control = _NOT_YAML_TEXT.search(text)
    if control is not None:
        line = text.count("\n", 0, control.start()) + 1
        code = f"U+{ord(control.group()):04X}"
        why = f"contains the control character {code}, which YAML does not allow; remove it"
        raise _Rejected(_not_text(raw, shown, line, why))
    return text


def _syntax_problem(exc: yaml.YAMLError, shown: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    what = getattr(exc, "problem", None) or str(exc)
    if "maximum nesting depth" in what:  # libyaml's own limit, met while looking ahead
        return Problem(shown, line, "", _TOO_DEEP)
    context = getattr(exc, "context", None)
    detail = f"{context}, {what}" if context else what
    return Problem(
        shown,
        line,
        "",
        f"is not valid YAML ({detail}); check indentation, colons "
        "and quotes on this line or the one before it",
    )


_NODE_EVENTS = (yaml.ScalarEvent, yaml.AliasEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)


def _guard(text: str, shown: str) -> None:
    """Stream the parser's events and refuse deep nesting, very long lists and mappings, too
    many values, anchors, aliases and custom tags."""
    # For each open list or mapping: nodes seen in it, and the most it may hold (a mapping
    # item is a key and a value). The stack's length is the nesting depth.
    open_collections: list[list[int]] = []
    values = 0
    problems: list[Problem] = []
    try:
        for event in _events(text):
            line = event.start_mark.line + 1
            if isinstance(event, _NODE_EVENTS):
                values += 1
                if values > MAX_VALUES:
                    problems.append(Problem(shown, line, "", _TOO_BIG))
                    break
            if open_collections and isinstance(event, _NODE_EVENTS):
                counts = open_collections[-1]
                counts[0] += 1
                if counts[0] > counts[1]:
                    problems.append(Problem(shown, line, "", _TOO_MANY))
                    break
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                most = 2 * MAX_ITEMS if isinstance(event, yaml.MappingStartEvent) else MAX_ITEMS
                open_collections.append([0, most])
                if len(open_collections) > MAX_NESTING:
                    problems.append(Problem(shown, line, "", _TOO_DEEP))
                    break
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                open_collections.pop()
            if isinstance(event, yaml.AliasEvent):
                problems.append(
                    Problem(
                        shown,
                        line,
                        "",
                        f"uses the alias *{event.anchor}; aliases "
                        "are not allowed, write the value out",
                    )
                )
            elif getattr(event, "anchor", None):
                problems.append(
                    Problem(
                        shown,
                        line,
                        "",
                        f"uses the anchor &{event.anchor}; anchors are not allowed, remove it",
                    )
                )
            tag = getattr(event, "tag", None)
            if tag and tag not in _ALLOWED_TAGS and tag != "!":
                shown_tag = tag.replace(_STANDARD_TAG, "!!")
                problems.append(
                    Problem(
                        shown,
                        line,
                        "",
                        f"uses the tag {shown_tag}; tags are not allowed, remove it",
                    )
                )
            if len(problems) >= _MAX_ALIAS_REPORTS:
                break
    except yaml.YAMLError as exc:
        problems.append(_syntax_problem(exc, shown))
    if problems:
        raise _Rejected(*problems)


def _events(text: str) -> Iterator[yaml.Event]:
    loader = _Loader(text)
    try:
        while loader.check_event():
            yield loader.get_event()
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
            raise _Rejected(*duplicates)
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise _Rejected(_syntax_problem(exc, shown)) from None
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date like 2024-02-30
        bad = loader.building
        line = bad.start_mark.line + 1 if bad is not None else None
        where = field_name(places.get(id(bad), ())) if bad is not None else ""
        why = "a number too long to read" if "int_max_str_digits" in str(exc) else str(exc)
        message = f"has a value YAML cannot read ({why}); put it in quotes if it is meant as text"
        raise _Rejected(Problem(shown, line, where, message)) from None
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
                    "uses a list or mapping as a key; a key must be a field name",
                )
                continue
            read_as = _KEY_READ_AS.get(key_node.tag.removeprefix(_STANDARD_TAG))
            if read_as is not None:
                yield Problem(
                    shown,
                    line,
                    field_name(loc),
                    f"the key '{key}' is read by YAML as {read_as}, not a field name; "
                    "put it in quotes or fix the name",
                )
                continue
            if key_node.tag == _MERGE_TAG:
                yield Problem(
                    shown,
                    line,
                    field_name(loc),
                    "uses a merge key (<<); merge keys are not allowed, write the fields out",
                )
                continue
            if key in seen:
                yield Problem(
                    shown,
                    line,
                    field_name(child),
                    f"appears twice (first on line {seen[key]}); keep only one",
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


def _line_for(loc: Loc, lines: Mapping[Loc, int]) -> int | None:
    """The line of the deepest known part of a location (a missing field: its parent's line)."""
    for end in range(len(loc), -1, -1):
        line = lines.get(tuple(loc[:end]))
        if line is not None:
            return line
    return None
