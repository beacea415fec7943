"""Read content files written by people, safely, and say exactly what is wrong with them.

Each file goes through the same stages; the first stage that finds a problem ends that
file's journey, and every file is read whatever happened to the others:

1. safe reading (:mod:`pathways.reading`): bytes, a streaming guard, the node tree with a
   line for every field;
2. the pydantic schema (:func:`validate`), whose errors are rephrased for content authors;
3. the content rules in :mod:`pathways.checks`, one file at a time, then across the files
   as they are joined into one set (:mod:`pathways.content`).

The names of the reading and content modules are kept here too, so ``from pathways.loader
import ...`` finds everything it always has.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import checks, translation
from .content import (
    Content,
    Loaded,
    content_files,
    display,
    inside,
    join_pathways,
    join_scenarios,
    links_outside,
    pathway_files,
    pathways_dir,
    regions_dir,
    scenarios_dir,
    single_file,
)
from .i18n import Said, said
from .kinds import SINGLES
from .language import written_in
from .meetings import feed_files, read_feeds
from .messages import describe_validation_error
from .models import Pathway, Region, Scenario
from .problems import WARNING, Loc, Problem, at, capped
from .reading import Rejected, parse, read_bytes
from .vocab import LANGUAGE, MAX_PROBLEMS, N_

__all__ = [
    "Content",
    "Loaded",
    "content_files",
    "join_pathways",
    "join_scenarios",
    "links_outside",
    "load_content",
    "load_document",
    "load_file",
    "load_files",
    "parse",
    "parse_document",
    "pathway_files",
    "pathways_dir",
    "scenarios_dir",
    "validate",
]


def load_content(root: Path | str, language: str = LANGUAGE) -> Content:
    """Load every content file in a content folder; never raises for bad content.

    In another ``language`` than the original, each file is read from that language's folder
    when its translation is there and matches the original in all but prose (see
    :mod:`pathways.translation`); otherwise the original file is read, and named in
    ``Content.untranslated``.
    """
    root = Path(root)
    folder = pathways_dir(root)
    if not folder.is_dir():
        shown = display(folder, root.parent)
        message = said("folder not found; check PATHWAYS_CONTENT_DIR")
        problem = Problem(shown, None, "", message)
        return Content(root, {}, (problem,), language=language)
    read = _Reader(root, language)
    loaded = [found for path in pathway_files(folder, root) if (found := read(path, Pathway))]
    pathways, joined = join_pathways(loaded, None, say_replaced=False)
    documents: dict[str, Any] = {}
    for kind in SINGLES:
        path = single_file(root, kind)
        if path.is_file() and inside(path, root):
            found = read(path, kind.model)
            documents[kind.field] = found[1] if found else None
    cards = [
        found
        for path in pathway_files(scenarios_dir(root), root)
        if (found := read(path, Scenario))
    ]
    scenarios, problems = join_scenarios(cards, pathways)
    regions = {
        found[1].id: found[1]
        for path in pathway_files(regions_dir(root), root)
        if (found := read(path, Region))
    }
    feeds = [(p, display(p, root.parent)) for p in feed_files(root) if inside(p, root)]
    meetings, unlisted = read_feeds(feeds)
    return Content(
        root,
        pathways,
        (*links_outside(root), *read.problems, *joined, *problems, *unlisted),
        meetings=meetings,
        scenarios=scenarios,
        regions=regions,
        language=language,
        untranslated=tuple(read.untranslated),
        **documents,
    )


class _Reader:
    """Reads each file of a content folder in one language, falling back to the original."""

    def __init__(self, root: Path, language: str) -> None:
        self.root, self.language = root, language
        self.problems: list[Problem] = []
        self.untranslated: list[str] = []

    def __call__(self, original: Path, model: type[Any]) -> Loaded | None:
        """The checked document of one original file, in the language asked for if it can be."""
        if self.language != LANGUAGE:
            found = self._translated(original, model)
            if found is not None:
                return found
            self.untranslated.append(display(original, self.root.parent))
        return self._read(original, model, LANGUAGE)

    def _read(self, path: Path, model: type[Any], language: str) -> Loaded | None:
        shown = display(path, self.root.parent)
        with written_in(language):
            document, lines, problems = load_document(path, model, shown)
        self.problems.extend(problems)
        return (shown, document, lines) if document is not None else None

    def _translated(self, original: Path, model: type[Any]) -> Loaded | None:
        target = self.root / self.language / original.relative_to(self.root / LANGUAGE)
        shown = display(target, self.root.parent)
        if not target.is_file() or not inside(target, self.root):
            message = said(
                "not translated yet; the {language} file is shown instead", language=LANGUAGE
            )
            self.problems.append(Problem(shown, None, "", message, WARNING, "translation-missing"))
            return None
        found = translation.check_file(original, target, shown)
        self.problems.extend(found)
        if not any(p.severity == "error" for p in found):
            read = self._read(target, model, self.language)
            if read is not None:
                return read
        message = said(
            "cannot be shown until fixed; the {language} file is shown instead", language=LANGUAGE
        )
        self.problems.append(Problem(shown, None, "", message, WARNING, "translation-mismatch"))
        return None


def load_files(
    paths: Iterable[Path],
    *,
    root: Path | None = None,
    relative_to: Path | None = None,
    shipped: Content | None = None,
) -> Content:
    """Load the given pathway files as one set, collecting every problem in every file.

    With ``shipped``, the files are checked as if they were added to that content (as an
    upload is), and the result holds only the pathways and problems of these files.
    """
    problems: list[Problem] = []
    loaded: list[Loaded] = []
    for path in paths:
        shown = display(path, relative_to)
        pathway, lines, file_problems = load_file(path, shown)
        problems.extend(file_problems)
        if pathway is not None:
            loaded.append((shown, pathway, lines))
    base = shipped.pathways if shipped is not None else None
    found, joined = join_pathways(loaded, base, say_replaced=False)
    if shipped is not None:  # only the files named here; their problems are all in joined
        joined_here = {id(p) for p in found.values()}
        found = {kept.id: kept for _, kept, _ in loaded if id(kept) in joined_here}
    return Content(Path(root) if root else Path("."), found, tuple(problems + joined))


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
        raw = read_bytes(path, shown)
    except Rejected as rejected:
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


_KIND_OF_VALUE = {
    list: N_("a list"),
    str: N_("a line of text"),
    int: N_("a number"),
    float: N_("a number"),
}


def validate(
    data: Any, lines: dict[Loc, int], model: type[Any], shown: str, stem: str
) -> tuple[Any, dict[Loc, int], list[Problem]]:
    """Check parsed data against a model and its content rules: the document (or None) and
    the problems, each placed on its line."""
    if not isinstance(data, dict):
        return None, lines, [at(shown, lines, (), _not_a_mapping(data, model))]
    try:
        document = model.model_validate(data)
    except ValidationError as exc:
        problems = []
        errors = exc.errors(include_url=False)
        for err in errors:
            loc = tuple(p for p in err["loc"] if p != "[key]")
            if err["type"] == "too_short" and _has_deeper_error(loc, errors):
                continue  # an item below failed; that error says what to fix
            problems.append(at(shown, lines, loc, describe_validation_error(err, model)))
            if len(problems) > MAX_PROBLEMS:
                break
        problems.sort(key=lambda p: (p.line or 0, p.field))
        return None, lines, capped(problems, shown, len(errors))
    problems = [at(shown, lines, *finding) for finding in checks.check_document(document, stem)]
    ok = not any(p.severity == "error" for p in problems)
    problems.sort(key=lambda p: p.line or 0)
    return (document if ok else None), lines, capped(problems, shown)


def _not_a_mapping(data: Any, model: type[Any]) -> Said:
    """What a file that is not a mapping of fields is, and what it should be."""
    if data is None and model is Pathway:
        return said(
            "the file is empty; it should be a mapping of fields "
            "(see content/en/pathways/_template.yaml)"
        )
    if data is None:
        return said("the file is empty; it should be a mapping of fields")
    kind = Said(_KIND_OF_VALUE.get(type(data), N_("a single value")))
    if model is Pathway:
        return said(
            "the file is {kind}; it should be a mapping of fields "
            "(see content/en/pathways/_template.yaml)",
            kind=kind,
        )
    return said("the file is {kind}; it should be a mapping of fields", kind=kind)


def _has_deeper_error(loc: Loc, errors: list[Any]) -> bool:
    return any(len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors)
