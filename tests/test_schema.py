"""`python -m pathways schema`: JSON Schema files for editors, shipped and kept in step with the models."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import jsonschema
import pytest
import yaml

from pathways import schema
from pathways.cli import main
from pathways.models import Pathway
from pathways.vocab import DIMENSION_IDS, THEMES

from .conftest import CONTENT, PROJECT

VALIDATOR = jsonschema.Draft7Validator
EN = CONTENT / "en"
SHIPPED = [
    *((path, "pathway.schema.json") for path in sorted((EN / "pathways").glob("*.yaml"))),
    *((path, "scenario.schema.json") for path in sorted((EN / "scenarios").glob("*.yaml"))),
    *((path, "region.schema.json") for path in sorted((EN / "regions").glob("*.yaml"))),
    *(
        (EN / f"{kind}.yaml", f"{kind}.schema.json")
        for kind in ("questions", "quiz", "glossary", "about", "conversation")
    ),
]
TEMPLATE = EN / "pathways" / "_template.yaml"


def as_json(path):
    """A content file as an editor sees it: YAML read into JSON data, dates as text."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def errors(name, data):
    return list(VALIDATOR(schema.generate(name)).iter_errors(data))


def test_shipped_files_match_the_models():
    old = schema.stale()
    assert old == [], f"out of date: {', '.join(old)}; run `python -m pathways schema`"


@pytest.mark.parametrize("name", schema.SCHEMAS)
def test_every_schema_is_valid_json_schema(name):
    VALIDATOR.check_schema(schema.generate(name))


def test_rendering_is_the_same_whatever_the_hash_seed():
    """Set and dict order must not leak into the files: three processes, three hash seeds."""
    code = "from pathways import schema; print(schema.text('pathway.schema.json'))"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=PROJECT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2")
    }
    assert len(outputs) == 1 and len(outputs.pop()) > 1000


@pytest.mark.parametrize(("path", "name"), SHIPPED, ids=lambda v: getattr(v, "name", v))
def test_shipped_content_passes_its_schema(path, name):
    assert errors(name, as_json(path)) == []


def test_every_kind_of_content_file_is_covered():
    assert {name for _, name in SHIPPED} == set(schema.SCHEMAS)
    assert TEMPLATE in {path for path, _ in SHIPPED}


def test_the_pathway_schema_mirrors_the_model():
    generated = schema.generate("pathway.schema.json")
    required = [name for name, f in Pathway.model_fields.items() if f.is_required()]
    assert generated["$schema"] == schema.DIALECT
    assert generated["required"] == required
    assert generated["additionalProperties"] is False
    assert all(d.get("additionalProperties") is False for d in generated["$defs"].values())
    themes = generated["$defs"]["Principle"]["properties"]["themes"]["items"]["enum"]
    assert themes == list(THEMES)


def test_every_dimension_is_offered_and_required_under_ratings():
    ratings = schema.generate("pathway.schema.json")["properties"]["ratings"]
    assert list(ratings["properties"]) == list(DIMENSION_IDS) == ratings["required"]
    assert ratings["propertyNames"]["enum"] == list(DIMENSION_IDS)
    assert all("0: " in r["description"] for r in ratings["properties"].values())


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (lambda d: d.update(colour="blue"), "Additional properties"),
        (lambda d: d["principles"][0]["themes"].append("hopes"), "'hopes' is not one of"),
        (lambda d: d["ratings"].pop("privacy"), "'privacy' is a required property"),
        (lambda d: d["ratings"].update(speed=d["ratings"]["privacy"]), "'speed' is not one of"),
        (lambda d: d["sources"][0].update(url="ftp://example.org/x"), "does not match"),
        (lambda d: d["sources"][0].update(url="https://localhost:8080/x"), "does not match"),
    ],
)
def test_the_pathway_schema_catches_mistakes(change, complaint):
    data = as_json(TEMPLATE)
    change(data)
    assert any(complaint in e.message for e in errors("pathway.schema.json", data))


def test_check_passes_on_the_shipped_files(capsys):
    assert main(["schema", "--check"]) == 0
    assert capsys.readouterr().out == "8 schema files up to date\n"


def test_out_writes_every_file(tmp_path, capsys):
    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(schema.SCHEMAS)
    assert len(capsys.readouterr().out.splitlines()) == len(schema.SCHEMAS)
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 0


def test_check_names_an_edited_file_and_fails(tmp_path, capsys):
    schema.write(tmp_path)
    edited = tmp_path / "quiz.schema.json"
    edited.write_text(edited.read_text().replace('"title"', '"Title"', 1))
    capsys.readouterr()
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == f"{edited}: out of date\n"
    assert "python -m pathways schema" in err
    assert '"Title"' in edited.read_text()


def test_check_reports_missing_files(tmp_path, capsys):
    assert main(["schema", "--check", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().out.count(": missing\n") == len(schema.SCHEMAS)
    assert list(tmp_path.iterdir()) == []


def test_the_template_points_editors_at_the_pathway_schema():
    first = TEMPLATE.read_text(encoding="utf-8").splitlines()[0]
    found = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert found, first
    target = (TEMPLATE.parent / found[1]).resolve()
    assert target == schema.SCHEMA_DIR / "pathway.schema.json"
    assert target.is_file()


def test_an_editor_is_offered_the_codes_of_the_warnings_a_file_may_allow():
    allow = schema.generate("quiz.schema.json")["$defs"]["Allow"]["properties"]["rule"]
    assert allow["enum"] == ["fields-plain", "file-plain", "person-first", "plain-words"]
