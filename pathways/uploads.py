"""Files a person uploads in the browser, checked like the shipped content.

An upload goes through the same loader and rules as a file in the content folder. Valid
files join the shipped content for the person who uploaded them: the pathways appear in
Compare and every chart, scenario cards in the workshop, a questions file in "What matters
to me". Nothing is written to disk. Uploads live in one browser session's state, so no
other session can reach them, and they are gone when the tab closes.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import PurePath
from typing import Any

from pydantic import BaseModel

from . import grading, kinds, language
from .content import Content, Loaded, join_pathways, join_scenarios, pathways_dir
from .i18n import Said, said
from .loader import parse, validate
from .models import Pathway, Region
from .problems import WARNING, Loc, Problem, at
from .store import PACKAGE_CONTENT
from .vocab import LANGUAGE, MAX_UPLOADS, MAX_UPLOADS_PER_MINUTE

GRADER: language.Grader = grading.in_worker
"""Where an upload's reading grades are worked out: a bounded worker process, never here."""

KINDS: dict[str, type[BaseModel]] = {kind.name: kind.model for kind in kinds.UPLOADABLE}
"""What can be uploaded, and the model each kind is checked against."""
KIND_NAMES: dict[str, str] = {kind.name: kind.plain for kind in kinds.UPLOADABLE}
"""What people call each kind that can be uploaded."""
SUFFIXES = (".yaml", ".yml")
TEMPLATE = pathways_dir(PACKAGE_CONTENT) / "_template.yaml"
"""The commented pathway template that ships with the app."""
_MODELINE = re.compile(r"^# yaml-language-server: \$schema=.*$", re.MULTILINE)
_UNSAFE_NAME = re.compile(r"[^\w .()+-]")


@dataclass(frozen=True, eq=False)
class Upload:
    """One uploaded file: its name, what it describes, the document if it is valid, and its
    problems."""

    name: str
    kind: str
    """One of KINDS, or "" when the file could not be read far enough to tell."""
    document: BaseModel | None
    lines: Mapping[Loc, int]
    problems: tuple[Problem, ...]

    @property
    def title(self) -> str:
        """What the file adds, in a few words: 'the pathway "Alpha pathway"' (a
        :class:`~pathways.i18n.Said`: show it with :func:`~pathways.i18n.told`)."""
        kind = kinds.BY_NAME.get(self.kind)
        what = Said(kind.the_plain) if kind is not None else said("the file")
        name = getattr(self.document, "name", None) or getattr(self.document, "title", None)
        return said("{what} “{name}”", what=what, name=name) if name else what


@dataclass(frozen=True, eq=False)
class Uploads:
    """The files one session has uploaded, in the order they came; compared by identity."""

    files: tuple[Upload, ...] = ()
    refused: tuple[Problem, ...] = ()
    """Files turned away by the last ``add`` (over a limit), to tell the person why."""
    tried: tuple[float, ...] = ()
    """When recent files were read (monotonic seconds), for the limit per minute."""
    _merged: list[tuple[Content, Content]] = field(default_factory=list, repr=False)

    def add(
        self, *new: tuple[str, bytes], now: float | None = None, written_in: str = LANGUAGE
    ) -> Uploads:
        """These uploads with more files, each ``(name, bytes)``; a file with the name of one
        already here takes its place. Files over a limit (how many at a time, how many a
        minute) are refused, not read."""
        now = time.monotonic() if now is None else now
        tried = [t for t in self.tried if now - t < 60]
        files = list(self.files)
        refused: list[Problem] = []
        for name, raw in new:
            names = [f.name for f in files]
            shown = safe_name(name)
            if len(tried) >= MAX_UPLOADS_PER_MINUTE:
                message = said(
                    "was not checked: you can try up to {most} files a minute; wait a minute, "
                    "then upload it again",
                    most=MAX_UPLOADS_PER_MINUTE,
                )
                refused.append(Problem(shown, None, "", message))
                continue
            tried.append(now)
            if shown in names:
                files[names.index(shown)] = read(shown, raw, written_in)
            elif len(files) < MAX_UPLOADS:
                files.append(read(shown, raw, written_in))
            else:
                message = said(
                    "was not added: you can try up to {most} files at a time; remove one, then "
                    "upload this file again",
                    most=MAX_UPLOADS,
                )
                refused.append(Problem(shown, None, "", message))
        return Uploads(tuple(files), tuple(refused), tuple(tried))

    def remove(self, name: str) -> Uploads:
        """These uploads without the named file."""
        return Uploads(tuple(f for f in self.files if f.name != name), (), self.tried)

    def clear(self) -> Uploads:
        """No uploads, still counting the files tried in the last minute."""
        return Uploads((), (), self.tried)

    def content(self, base: Content) -> Content:
        """The shipped content with these files joined; built once per shipped content."""
        if self._merged and self._merged[0][0] is base:
            return self._merged[0][1]
        merged = merge(base, self.files)
        self._merged[:] = [(base, merged)]
        return merged


def read(name: str, raw: bytes, written_in: str = LANGUAGE) -> Upload:
    """Check one uploaded file with the content loader and rules, its text with the word
    lists and reading scale of the language it is written in; never raises."""
    shown = safe_name(name)
    if not PurePath(str(name).replace("\\", "/")).name.lower().endswith(SUFFIXES):
        message = said(
            "is not a .yaml or .yml file; save the content as YAML text with that ending"
        )
        return Upload(shown, "", None, {}, (Problem(shown, None, "", message),))
    data, lines, problems = parse(raw, shown)
    if problems:
        return Upload(shown, "", None, {}, tuple(problems))
    if any(k.marks & _keys(data) for k in kinds.KINDS if not k.uploadable):
        # Names the kinds that cannot be uploaded (uploadable=False in kinds.KINDS): one
        # template, so it can be translated whole; name a new such kind here too.
        message = said(
            "looks like a glossary or about file; only pathways, scenario cards, questions, "
            "knowledge checks and region packs can be tried here"
        )
        return Upload(shown, "", None, {}, (Problem(shown, None, "", message),))
    stem = PurePath(shown).stem
    kind = kind_of(data, stem)
    with language.grading(GRADER), language.written_in(written_in):
        document, lines, problems = validate(data, lines, KINDS[kind], shown, stem)
    # A file with errors is never joined, so its line map (one entry per value) is not kept.
    return Upload(shown, kind, document, lines if document is not None else {}, tuple(problems))


def kind_of(data: Any, stem: str = "") -> str:
    """What an uploaded file describes, told by its fields (and, for the questions and quiz
    files, which look alike, by its name); a pathway unless it says otherwise."""
    return kinds.kind_of(data, stem).name


def _keys(data: Any) -> set[Any]:
    return set(data) if isinstance(data, dict) else set()


def safe_name(name: str) -> str:
    """A file name fit to show and to compare: the last part of any path, printable
    characters only, at most 80 of them."""
    base = PurePath(str(name).replace("\\", "/")).name
    printable = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    cleaned = _UNSAFE_NAME.sub("_", printable).strip() or "upload.yaml"
    if len(cleaned) > 80:
        stem, dot, suffix = cleaned.rpartition(".")
        cleaned = f"{stem[: 79 - len(suffix)]}{dot}{suffix}" if dot else cleaned[:80]
    return cleaned


def merge(base: Content, files: tuple[Upload, ...]) -> Content:
    """The shipped content with the valid uploaded files joined, and every problem."""
    pathways: list[Loaded] = []
    cards: list[Loaded] = []
    regions = dict(base.regions)
    documents: dict[str, Any] = {}
    problems: list[Problem] = []
    for upload in files:
        problems.extend(upload.problems)
        if upload.document is None:
            continue
        entry: Loaded = (upload.name, upload.document, dict(upload.lines))
        if upload.kind == kinds.PATHWAY.name:
            pathways.append(entry)
        elif upload.kind == kinds.SCENARIO.name:
            cards.append(entry)
        elif isinstance(upload.document, Region):
            # One file per id: the id matches the file's name, and a name uploaded again
            # replaces the file before it.
            pack, lines = upload.document, dict(upload.lines)
            if pack.id in base.regions:
                message = said(
                    "'{id}' is a shipped region pack; this file takes its place for you only",
                    id=pack.id,
                )
                problems.append(at(upload.name, lines, ("id",), message, WARNING))
            regions[pack.id] = pack
        elif kinds.BY_NAME[upload.kind].field in documents:
            message = said(
                "another uploaded file already gives {kind}; upload one of these at a time",
                kind=Said(kinds.BY_NAME[upload.kind].the_plain),
            )
            problems.append(Problem(upload.name, None, "", message))
        else:
            documents[kinds.BY_NAME[upload.kind].field] = upload.document
    joined, found = join_pathways(pathways, base.pathways)
    problems.extend(found)
    scenarios, found = join_scenarios(cards, joined, base.scenarios)
    problems.extend(found)
    return replace(
        base,
        pathways=joined,
        scenarios=scenarios,
        regions=regions,
        problems=(*base.problems, *problems),
        **documents,
    )


def problems_of(upload: Upload, content: Content) -> tuple[Problem, ...]:
    """Every problem with one uploaded file in the content it joined, including those found
    beside the other files."""
    return tuple(p for p in content.problems if p.path == upload.name)


def compare_with(upload: Upload, content: Content) -> list[str]:
    """Pathway ids to compare an uploaded pathway with the first other one; none if it is not
    in use."""
    document = upload.document
    if upload.kind != "pathway" or not isinstance(document, Pathway):
        return []
    if content.pathways.get(document.id) is not document:
        return []
    others = [i for i in content.pathways if i != document.id]
    return [document.id, *others[:1]]


def template(schema: str) -> str:
    """The commented pathway template, pointing editors at the given JSON Schema."""
    text = TEMPLATE.read_text("utf-8")
    line = f"# yaml-language-server: $schema={schema}"
    if _MODELINE.search(text):
        return _MODELINE.sub(lambda _: line, text, count=1)
    return f"{line}\n{text}"
