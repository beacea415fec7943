"""Command line: ``python -m pathways check [PATH ...]`` and ``python -m pathways schema``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import language
from .content import display
from .kinds import FOLDERS, PATHWAY, REGION, SCENARIO, SINGLES
from .loader import (
    Content,
    join_scenarios,
    load_content,
    load_document,
    load_files,
    pathway_files,
    pathways_dir,
)
from .problems import Problem
from .schema import SCHEMA_DIR, SCHEMAS, stale, write
from .store import content_dir
from .translation import languages, orphans
from .vocab import BIDI_CONTROLS, C1_CONTROLS


def _unsafe(c: str) -> bool:
    return (c < " " and c != "\t") or c == "\x7f" or c in C1_CONTROLS or c in BIDI_CONTROLS


def escaped(text: object) -> str:
    """Text made safe for a terminal: control characters (an escape sequence that recolours
    or clears the screen, a carriage return that hides a line) and marks that turn text
    around are written as escapes, like ``\\x1b`` or ``\\u202e``."""
    return "".join(repr(c)[1:-1] if _unsafe(c) else c for c in str(text))


def say(text: object, file: TextIO | None = None) -> None:
    """Print one line of what the command found; content in it is never sent raw."""
    print(escaped(text), file=file or sys.stdout, flush=True)


@dataclass
class _Found:
    """What a check found: every problem, the valid pathways, the other files checked."""

    problems: list[Problem] = field(default_factory=list)
    pathways: int = 0
    others: int = 0


def _folder(root: Path) -> _Found:
    """A whole content folder, read as the app reads it, in each of its languages."""
    content = load_content(root)
    singles = sum(getattr(content, kind.field) is not None for kind in SINGLES)
    found = _Found(
        list(content.problems),
        len(content.pathways),
        singles + len(content.scenarios) + len(content.regions),
    )
    for code in languages(root):
        # the problems of the translations; the originals' own are listed once, above
        mine = f"{display(root / code, root.parent)}/"
        translated = load_content(root, code)
        found.problems.extend(p for p in translated.problems if p.path.startswith(mine))
        found.problems.extend(orphans(root, code))
    return found


def _shipped() -> Content:
    """The content folder the app serves, to check other files against (its reading grades
    are not needed for that)."""
    with language.grading(None):
        return load_content(content_dir())


def _collect(paths: Sequence[str]) -> _Found:
    """Check content folders, folders of pathway files and single files. Files that are not
    a whole content folder are checked as if added to the shipped content, as an upload is:
    they may name its pathways, and must not take their names."""
    if not paths:
        return _folder(content_dir())
    found = _Found()
    files: list[Path] = []
    cards: list[Path] = []
    missing: list[Problem] = []
    extra: list[Problem] = []
    singles = {kind.file_name: kind for kind in SINGLES}
    folders = {kind.folder for kind in FOLDERS if kind is not PATHWAY}
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.name in singles:
            extra.extend(load_document(path, singles[path.name].model)[2])
            found.others += 1
        elif path.is_file() and path.parent.name == REGION.folder:
            extra.extend(load_document(path, REGION.model)[2])
            found.others += 1
        elif path.is_file() and path.parent.name in folders:
            cards.append(path)
        elif path.is_file():
            files.append(path)
        elif pathways_dir(path).is_dir():
            folder = _folder(path)
            found.problems.extend(folder.problems)
            found.pathways += folder.pathways
            found.others += folder.others
        elif path.is_dir():
            files.extend(pathway_files(path))
        else:
            missing.append(Problem(raw, None, "", "no such file or folder"))
    if files or cards:
        shipped = _shipped()
        content = load_files(files, shipped=shipped)
        found.problems.extend(content.problems)
        found.pathways += len(content.pathways)
        loaded = []
        for path in cards:
            card, lines, problems = load_document(path, SCENARIO.model)
            extra.extend(problems)
            found.others += 1
            if card is not None:
                loaded.append((str(path), card, lines))
        pathways = {**shipped.pathways, **content.pathways}
        extra.extend(join_scenarios(loaded, pathways)[1])
    found.problems[:0] = missing
    found.problems.extend(extra)
    return found


def check(args: argparse.Namespace) -> int:
    found = _collect(args.paths)
    for problem in found.problems:
        say(problem)
    errors = sum(p.severity == "error" for p in found.problems)
    warnings = len(found.problems) - errors
    count, others = found.pathways, found.others
    summary = f"{count} pathway{'s' if count != 1 else ''} valid"
    if others:
        summary += f" (and {others} other content file{'s' if others != 1 else ''} checked)"
    nothing = count == 0 and not others and not found.problems
    if nothing:
        summary = "no pathway files found"
    elif errors or warnings:
        summary += f"; {errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
    else:
        summary += "; no problems found"
    say(summary, file=sys.stderr if errors else sys.stdout)
    failed = errors or (args.strict and warnings) or nothing
    return 1 if failed else 0


def schema(args: argparse.Namespace) -> int:
    folder = Path(args.out) if args.out else SCHEMA_DIR
    if not args.check:
        for path in write(folder):
            say(f"wrote {_shown(path)}")
        return 0
    old = stale(folder)
    for name in old:
        say(f"{_shown(folder / name)}: {'out of date' if (folder / name).exists() else 'missing'}")
    if old:
        again = "python -m pathways schema" + (f" --out {args.out}" if args.out else "")
        say(f"{len(old)} of {len(SCHEMAS)} schema files out of date; run `{again}`", sys.stderr)
        return 1
    say(f"{len(SCHEMAS)} schema files up to date")
    return 0


def _shown(path: Path) -> str:
    """A path relative to the current folder where it is inside it, else as it is."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pathways", description="Work with Pathways content.")
    commands = parser.add_subparsers(dest="command", required=True)
    check_cmd = commands.add_parser("check", help="check content files and report every problem")
    check_cmd.add_argument(
        "paths", nargs="*", help="files or folders (default: the content folder)"
    )
    check_cmd.add_argument("--strict", action="store_true", help="fail on warnings too")
    check_cmd.set_defaults(run=check)
    schema_cmd = commands.add_parser(
        "schema", help="write the JSON Schema files editors use to check content as you type"
    )
    schema_cmd.add_argument(
        "--out", metavar="DIR", help="folder to write to (default: static/schema)"
    )
    schema_cmd.add_argument(
        "--check", action="store_true", help="write nothing; fail if any file is out of date"
    )
    schema_cmd.set_defaults(run=schema)
    args = parser.parse_args(argv)
    return int(args.run(args))
