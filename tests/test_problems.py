"""Problems in content files: found once, in English, and told to each reader in their language."""

from __future__ import annotations

import pickle
import re

import pytest

from pathways import load_file
from pathways.i18n import Said, said, speaking, told
from pathways.problems import Problem
from pathways.vocab import MAX_FILE_BYTES

from .conftest import BROKEN

FOUND_IN = {
    "an unknown field": ("unknown-field.yaml", "is not a known field"),
    "a wrong type": ("yaml-boolean.yaml", "should be text"),
    "a missing required field": ("missing-field.yaml", "is required but missing"),
    "a YAML syntax error": ("bad-indentation.yaml", "is not valid YAML"),
    "a person-first warning": ("stigma.yaml", "use person-first words"),
    "a citation not listed": ("unknown-source.yaml", "is not in this file's sources"),
}
"""Each kind of problem, the broken fixture that has it, and words of its English message."""


def _problem(name: str, words: str) -> Problem:
    _, _, problems = load_file(BROKEN / name, name)
    return next(p for p in problems if words in p.message)


def _too_big(tmp_path) -> Problem:
    big = tmp_path / "big.yaml"
    big.write_bytes(b"id: big\nsummary: '" + b"x" * MAX_FILE_BYTES + b"'\n")
    _, _, problems = load_file(big, "big.yaml")
    return problems[0]


def _problems(tmp_path) -> dict[str, Problem]:
    found = {kind: _problem(*where) for kind, where in FOUND_IN.items()}
    found["a file too big"] = _too_big(tmp_path)
    return found


def _prefix(problem: Problem) -> str:
    return ": ".join([problem.location, *([problem.field] if problem.field else [])]) + ": "


def test_each_problem_is_told_in_spanish_with_its_place_and_rule_as_they_are(tmp_path):
    problems = _problems(tmp_path)
    with speaking("es"):
        told = {kind: problem.told() for kind, problem in problems.items()}
    for kind, problem in problems.items():
        english = str(problem)
        assert isinstance(problem.message, Said), kind
        assert told[kind] != english, kind
        assert told[kind].startswith(_prefix(problem)), kind
        if problem.code:
            assert told[kind].endswith(f" [{problem.code}]"), kind
        with speaking("es"):
            message = Problem(problem.path, None, "", problem.message).told()
        assert message.removeprefix(f"{problem.path}: ") != str(problem.message), kind


def test_a_warning_says_so_in_spanish_and_keeps_its_content_words(tmp_path):
    stigma = _problem(*FOUND_IN["a person-first warning"])
    with speaking("es"):
        told = stigma.told()
    assert "advertencia: " in told and "warning" not in told
    assert "'addicts'" in told  # the author's own words, as written
    assert told.endswith(" [person-first]")


def test_english_is_the_text_as_found(tmp_path):
    for problem in _problems(tmp_path).values():
        assert problem.told() == str(problem)
        with speaking("en"):
            assert problem.told() == str(problem)


def test_the_words_a_file_holds_stay_as_written_in_spanish(tmp_path):
    unknown = _problem(*FOUND_IN["an unknown field"])
    too_big = _too_big(tmp_path)
    with speaking("es"):
        assert "'summary'" in unknown.told()  # a field name is typed in English
        assert re.search(r"\b1,048,576 bytes\b", too_big.told())


@pytest.mark.parametrize("message", [said("x {a}", a=1), said("x {a}", a=said("none"))])
def test_a_said_message_keeps_its_template_through_pickle(message):
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Said)
    assert again.template == "x {a}"
    assert again == message
    assert again.values.keys() == {"a"}
    assert pickle.loads(pickle.dumps(said("x {a}", a=1))).template == "x {a}"


def test_a_said_value_is_told_in_the_reader_language():
    message = said(
        "{value} is not allowed here; use one of: {allowed}",
        value=said("a number too long to show"),
        allowed="hope",
    )
    with speaking("es"):
        assert str(Problem("f.yaml", 2, "id", message).told()) == (
            "f.yaml:2: id: un número demasiado largo para mostrarlo no se permite aquí; use uno de "
            "estos: hope"
        )


def test_a_validators_own_words_are_said_in_the_readers_language():
    from pathways.i18n import speaking
    from pathways.messages import describe_validation_error
    from pathways.models import Source

    try:
        Source.model_validate({"id": "s", "citation": "A study.", "url": "ftp://example.org/x"})
    except Exception as error:  # pydantic's ValidationError
        (found,) = error.errors()  # type: ignore[attr-defined]
    message = describe_validation_error(found)
    assert (
        message
        == "'ftp://example.org/x' should be a web address starting with https:// (or http://)"
    )
    with speaking("es"):
        assert told(message) == (
            "'ftp://example.org/x' debe ser una dirección web que empiece con https:// (o http://)"
        )


def test_a_translation_naming_another_value_falls_back_to_english(monkeypatch):
    from pathways import i18n

    message = said("reads at grade {level:g}", level=12.0)
    monkeypatch.setattr(i18n, "_", lambda text: "se lee en el grado {nivel}")
    with speaking("es"):
        assert told(message) == "reads at grade 12"
