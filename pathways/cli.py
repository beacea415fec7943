"""Command line: ``python -m pathways check [PATH ...]`` and ``python -m pathways schema``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from .loader import (
    DOCUMENTS,
    Content,
    load_content,
    load_document,
    load_files,
    pathway_files,
    pathways_dir,
)
from .models import Scenario
from .problems import Problem
from .schema import SCHEMA_DIR, SCHEMAS, stale, write
from .store import content_dir
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


def _collect(paths: Sequence[str]) -> tuple[Content, int]:
    """Load content folders, folders of pathway files and single files as one set; also say
    how many other content files (glossary, questions ...) were checked."""
    if not paths:
        content = load_content(content_dir())
        singles = sum(getattr(content, name) is not None for name in DOCUMENTS)
        return content, singles + len(content.scenarios)
    files: list[Path] = []
    missing: list[str] = []
    extra: list[Problem] = []
    others = 0
    singles = {file_name: model for file_name, model in DOCUMENTS.values()}
    for raw in paths:
        path = Path(raw)
        if path.is_file() and path.name in singles:
            extra.extend(load_document(path, singles[path.name])[2])
            others += 1
        elif path.is_file() and path.parent.name == "scenarios":
            extra.extend(load_document(path, Scenario)[2])
            others += 1
        elif path.is_file():
            files.append(path)
        elif pathways_dir(path).is_dir():
            files.extend(pathway_files(pathways_dir(path)))
        elif path.is_dir():
            files.extend(pathway_files(path))
        else:
            missing.append(raw)
    content = load_files(files)
    missing_problems = [Problem(m, None, "", "no such file or folder") for m in missing]
    if missing_problems or extra:
        problems = (*missing_problems, *content.problems, *extra)
        content = Content(content.root, content.pathways, problems)
    return content, others


def check(args: argparse.Namespace) -> int:
    content, others = _collect(args.paths)
    for problem in content.problems:
        say(problem)
    errors, warnings = len(content.errors), len(content.warnings)
    count = len(content.pathways)
    summary = f"{count} pathway{'s' if count != 1 else ''} valid"
    if others:
        summary += f" (and {others} other content file{'s' if others != 1 else ''} checked)"
    nothing = count == 0 and not others and not content.problems
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
    return args.run(args)
