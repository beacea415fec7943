"""A content set: the folder layout, the :class:`Content` read from it, and joining files.

A content folder holds one folder per language (``en/``), and in it the files of each kind
in :mod:`pathways.kinds`: a folder of pathways, a folder of scenario cards, and single files
beside them. Joining checked files into one set runs the rules that look across files.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import checks
from .i18n import said
from .kinds import PATHWAY, REGION, SCENARIO, SINGLES, Kind
from .meetings import feed_files
from .models import About, Conversation, Glossary, Pathway, Questions, Quiz, Region, Scenario
from .problems import WARNING, Loc, Problem, at
from .vocab import LANGUAGE

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
    regions: dict[str, Region] = field(default_factory=dict)
    """Help near a person: region packs by id (see :mod:`pathways.regions`)."""
    conversation: Conversation | None = None
    """The guided conversation (see :mod:`pathways.conversation`)."""
    meetings: tuple[Any, ...] = ()
    """Meetings from the Meeting Guide feeds in ``content/meetings/`` (see
    :mod:`pathways.meetings`), the same in every language."""
    language: str = LANGUAGE
    """The language the content was asked for (its folder name, such as ``es``)."""
    untranslated: tuple[str, ...] = ()
    """Files of the original shown because their translation is missing or does not match."""
    memo: dict[str, OrderedDict[Any, Any]] = field(default_factory=dict, init=False, repr=False)
    """Results built from this content (see :mod:`pathways.memo`); never copied by replace()."""

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


def kind_dir(root: Path, kind: Kind) -> Path:
    """Where the files of a folder kind live inside a content folder."""
    return Path(root) / LANGUAGE / (kind.folder or "")


def pathways_dir(root: Path) -> Path:
    """Where the pathway files live inside a content folder."""
    return kind_dir(root, PATHWAY)


def scenarios_dir(root: Path) -> Path:
    """Where the scenario cards live inside a content folder."""
    return kind_dir(root, SCENARIO)


def regions_dir(root: Path) -> Path:
    """Where the region packs live inside a content folder."""
    return kind_dir(root, REGION)


def single_file(root: Path, kind: Kind) -> Path:
    """Where the file of a single-file kind (glossary, about ...) lives in a content folder."""
    return Path(root) / LANGUAGE / (kind.file_name or "")


def pathway_files(folder: Path, root: Path | None = None) -> list[Path]:
    """The pathway files in a folder, in name order; names starting with ``_`` or ``.`` skip.

    With ``root``, the content folder, a link that leads outside it is skipped too (see
    :func:`links_outside`): what the app shows never comes from elsewhere on the server.
    """
    return [p for p in _yaml_names(folder) if (root is None or inside(p, root)) and p.is_file()]


def _yaml_names(folder: Path) -> list[Path]:
    """The names in a folder that could be content files, in name order."""
    try:
        names = sorted(folder.iterdir())
    except OSError:  # missing, or removed while we look
        return []
    return [p for p in names if p.suffix in (".yaml", ".yml") and not p.name.startswith(("_", "."))]


def inside(path: Path, root: Path) -> bool:
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
    if inside(language, root):
        folders = [pathways_dir(root), scenarios_dir(root), regions_dir(root)]
        candidates = [*folders, *(single_file(root, kind) for kind in SINGLES)]
        for folder in folders:
            if inside(folder, root):
                candidates += _yaml_names(folder)
    message = said(
        "is a link to a place outside the content folder, so it was not read; copy the file "
        "into the content folder instead"
    )
    return [
        Problem(display(path, root.parent), None, "", message)
        for path in candidates
        if path.is_symlink() and not inside(path, root)
    ]


def content_files(root: Path) -> list[Path]:
    """Every file the content of a folder is read from (those that exist), in a fixed order.

    Links that lead outside the content folder are left out: they are never read.
    """
    singles = [single_file(root, kind) for kind in SINGLES]
    return (
        pathway_files(pathways_dir(root), root)
        + [p for p in singles if inside(p, root) and p.is_file()]
        + pathway_files(scenarios_dir(root), root)
        + pathway_files(regions_dir(root), root)
        + [p for p in feed_files(root) if inside(p, root) and p.is_file()]
    )


def display(path: Path, relative_to: Path | None) -> str:
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


def join_pathways(
    loaded: Iterable[Loaded],
    shipped: Mapping[str, Pathway] | None = None,
    *,
    say_replaced: bool = True,
) -> tuple[dict[str, Pathway], list[Problem]]:
    """Join checked pathways into one set, in order, and run the rules that look across files.

    A repeated id or name keeps the first file. With ``shipped``, the loaded pathways join
    those, and one with a shipped pathway's id takes its place (an upload that adapts it; with
    ``say_replaced``, a warning says so).
    """
    found: dict[str, Pathway] = dict(shipped or {})
    where: dict[str, tuple[str, dict[Loc, int]]] = {}
    problems: list[Problem] = []
    for shown, pathway, lines in loaded:
        if pathway.id in where:
            message = said(
                "'{id}' is already used by {file}; ids must be unique",
                id=pathway.id,
                file=where[pathway.id][0],
            )
            problems.append(at(shown, lines, ("id",), message))
            continue
        others = {i: p for i, p in found.items() if i != pathway.id}
        clashes = [
            at(shown, lines, *finding) for finding in checks.check_first_come(pathway, others)
        ]
        if clashes:
            problems.extend(clashes)
            continue
        if pathway.id in found and say_replaced:
            message = said(
                "'{id}' is a shipped pathway; this file takes its place for you only",
                id=pathway.id,
            )
            problems.append(at(shown, lines, ("id",), message, WARNING))
        found[pathway.id] = pathway
        where[pathway.id] = (shown, lines)
    for pathway_id, (shown, lines) in where.items():
        for finding in checks.check_collection(found[pathway_id], found):
            problems.append(at(shown, lines, *finding))
    return found, problems


def join_scenarios(
    loaded: Iterable[Loaded],
    pathways: Mapping[str, Pathway],
    shipped: Mapping[str, Scenario] | None = None,
) -> tuple[dict[str, Scenario], list[Problem]]:
    """Join checked scenario cards into one set, in order, and run the rules that look at the
    pathways. With ``shipped``, the cards join those, and one with a shipped card's id takes
    its place."""
    found: dict[str, Scenario] = dict(shipped or {})
    where: dict[str, str] = {}
    problems: list[Problem] = []
    for shown, scenario, lines in loaded:
        if scenario.id in where:
            message = said(
                "'{id}' is already used by {file}; ids must be unique",
                id=scenario.id,
                file=where[scenario.id],
            )
            problems.append(at(shown, lines, ("id",), message))
            continue
        where[scenario.id] = shown
        found[scenario.id] = scenario
        for finding in checks.check_collection(scenario, pathways):
            problems.append(at(shown, lines, *finding))
    return found, problems
