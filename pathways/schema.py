"""JSON Schema files for the content files, generated from the models.

Editors read them to autocomplete field names and allowed values, and to flag mistakes while
an author types: VS Code's YAML extension, for one, follows a first line such as
``# yaml-language-server: $schema=../../../static/schema/pathway.schema.json``.
The files are shipped in ``static/schema/`` (the app serves them at ``/app/static/schema/``).
Run ``python -m pathways schema`` after changing the models or the vocabulary; a test fails
until the shipped files match.

A schema knows the shape of a file, not every rule: ``python -m pathways check`` still has
the last word (reading level, sources cited but not listed, ...).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from . import checks
from .kinds import KINDS, PATHWAY, Kind
from .vocab import DIMENSIONS, SCORE_MAX, SCORE_MIN

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "static" / "schema"
DIALECT = "http://json-schema.org/draft-07/schema#"
"""Draft 7: the version VS Code's YAML extension supports fully (newer ones get a warning)."""

SCHEMAS: dict[str, type[BaseModel]] = {kind.schema: kind.model for kind in KINDS}
"""Each schema file, and the model it is generated from."""
BY_SCHEMA: dict[str, Kind] = {kind.schema: kind for kind in KINDS}

HEADINGS: dict[str, tuple[str, str]] = {
    kind.schema: (kind.title, kind.description) for kind in KINDS
}
"""The title and description an editor shows for each file."""


def _rate_every_dimension(schema: dict[str, Any]) -> None:
    """Name each dimension under ``ratings``, with what its scores mean, and require them all.

    Pydantic gives ``dict[DimensionId, Rating]`` only ``propertyNames``; editors offer keys
    from ``properties``. Every dimension must be rated (a rule in :mod:`pathways.checks`).
    """
    ratings = schema["properties"]["ratings"]
    rating = ratings["additionalProperties"]
    ratings["properties"] = {
        d.id: {
            **rating,
            "description": f"{d.label}. {d.question} {SCORE_MIN}: {d.low}. {SCORE_MAX}: {d.high}.",
        }
        for d in DIMENSIONS
    }
    ratings["required"] = [d.id for d in DIMENSIONS]


def _name_the_warnings(schema: dict[str, Any], kind: Kind) -> None:
    """Offer the codes of the warnings a file of this kind can get under ``checks.allow``."""
    every = (*kind.rules, *checks.TEXT_RULES)
    codes = [code for code in every if checks.RULES[code].severity == "warning"]
    schema["$defs"]["Allow"]["properties"]["rule"]["enum"] = codes


_ADJUST = {PATHWAY.schema: _rate_every_dimension}
"""Small changes to pydantic's output, where it tells an editor less than it could."""


def generate(name: str) -> dict[str, Any]:
    """The JSON Schema of one file, with the dialect, title and description first."""
    generated = SCHEMAS[name].model_json_schema(mode="validation")
    if name in _ADJUST:
        _ADJUST[name](generated)
    _name_the_warnings(generated, BY_SCHEMA[name])
    title, description = HEADINGS[name]
    rest = {k: v for k, v in generated.items() if k not in ("title", "description")}
    return {"$schema": DIALECT, "title": title, "description": description, **rest}


def schemas() -> dict[str, dict[str, Any]]:
    """Every schema, by file name."""
    return {name: generate(name) for name in SCHEMAS}


def render(schema: dict[str, Any]) -> str:
    """A schema as the text of its file: the same input always gives the same text."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@lru_cache(maxsize=len(SCHEMAS))
def text(name: str) -> str:
    """One schema file's text, built once per process (for downloading from the app)."""
    return render(generate(name))


def write(folder: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema file into the folder; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, generated in schemas().items():
        path = folder / name
        path.write_text(render(generated), encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def stale(folder: Path = SCHEMA_DIR) -> list[str]:
    """The schema files in the folder that are missing or differ from what would be written."""
    return [
        name for name, generated in schemas().items() if _read(folder / name) != render(generated)
    ]


def _read(path: Path) -> str | None:
    """A file's text, or None if it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
