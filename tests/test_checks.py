"""Content rules: each is a small documented function, and each has a failing fixture."""

from __future__ import annotations

import re

import pytest
import yaml

from pathways import Pathway, checks, language, load_content, load_files
from pathways.kinds import KINDS
from pathways.loader import load_document
from pathways.models import About, Glossary, Questions, Quiz, Scenario

from .conftest import BROKEN, GOOD

FAILING_FIXTURE = {
    "id-matches-file-name": "id-mismatch.yaml",
    "ratings-cover-every-dimension": "missing-rating.yaml",
    "citations-are-listed": "unknown-source.yaml",
    "reviewed-in-the-past": "future-review.yaml",
    "compatible-pathways-exist": "unknown-combination.yaml",
    "has-graded-evidence": "no-evidence.yaml",
    "numbers-share-a-denominator": "odd-denominator.yaml",
    "strengths-and-limitations-balance": "unbalanced.yaml",
    "review-is-recent": "stale-review.yaml",
    "fields-plain": "hard-field.yaml",
    "file-plain": "hard-file.yaml",
    "person-first": "stigma.yaml",
    "terms-are-unique": "glossary-twice.yaml",
    "published-in-the-past": "about-future.yaml",
    "one-right-answer": "quiz-no-answer.yaml",
    "checks-are-unique": "quiz-twice.yaml",
    "scenario-id-matches-file-name": "card-mismatch.yaml",
    "questions-are-unique": "questions-twice.yaml",
    "sources-are-cited": "unused-source.yaml",
    "plain-words": "jargon.yaml",
    "stopping-is-made-safe": "unsafe-stopping.yaml",
    "safety-facts-are-kept": "about-no-safety.yaml",
}
MODEL = {
    "glossary-twice.yaml": Glossary,
    "about-future.yaml": About,
    "about-no-safety.yaml": About,
    "quiz-no-answer.yaml": Quiz,
    "quiz-twice.yaml": Quiz,
    "card-mismatch.yaml": Scenario,
    "questions-twice.yaml": Questions,
}

# Rules whose failing cases are built in code below, or in the loader's and uploads' tests.
TESTED_IN_CODE = {
    # region packs: tests/test_regions.py
    "region-id-matches-file-name",
    "phones-are-dialable",
    "entries-were-checked",
    "entries-are-checked-recently",
    "names-are-unique",
    "source-ids-are-unique",
    "not-compatible-with-itself",
    "card-pathways-exist",
    # the guided conversation: tests/test_conversation.py
    "steps-are-unique",
    "steps-have-what-they-show",
    "sure-is-as-published",
    "strengths-are-unique",
    "strengths-are-sourced",
}


def test_every_rule_has_a_failing_case():
    assert set(FAILING_FIXTURE) | TESTED_IN_CODE == set(checks.RULES)


@pytest.mark.parametrize("code", sorted(checks.RULES))
def test_every_rule_has_a_one_line_docstring(code):
    rule = checks.RULES[code].check
    assert rule.__doc__ and "\n" not in rule.__doc__.strip()


@pytest.mark.parametrize("code", sorted(checks.RULES))
def test_codes_are_stable_names(code):
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code)


def test_every_kind_names_known_rules_and_every_rule_checks_some_kind():
    named = [code for kind in KINDS for code in kind.rules]
    assert set(named) <= set(checks.RULES)
    assert set(named) | set(checks.TEXT_RULES) == set(checks.RULES)
    assert not set(checks.ALLOW_CODES) & set(checks.RULES)


def _contexts(content):
    """A context for every document in the content, with the other pathways."""
    for pathway in content.pathways.values():
        others = {i: p for i, p in content.pathways.items() if i != pathway.id}
        yield checks.Context(pathway, pathway.id, others)
    for document in (content.glossary, content.about, content.questions, content.quiz):
        yield checks.Context(document, "any", content.pathways)
    for scenario_id, scenario in content.scenarios.items():
        yield checks.Context(scenario, scenario_id, content.pathways)


@pytest.mark.parametrize("code", sorted(checks.RULES))
def test_every_rule_passes_on_good_content(code):
    content = load_content(GOOD)
    assert content.problems == ()
    for ctx in _contexts(content):
        if code in checks.codes_for(ctx.document, checks.RULES[code].scope):
            assert list(checks.RULES[code].check(ctx)) == []


@pytest.mark.parametrize(("code", "fixture"), sorted(FAILING_FIXTURE.items()))
def test_rule_fails_on_its_fixture(code, fixture):
    path = BROKEN / fixture
    model = MODEL.get(fixture, Pathway)
    document = model.model_validate(yaml.safe_load(path.read_text()))
    rule = checks.RULES[code]
    others = {document.id: document} if rule.scope != "file" else {}
    findings = list(rule.check(checks.Context(document, path.stem, others)))
    assert len(findings) == 1
    problems = load_files([path]).problems if model is Pathway else load_document(path, model)[2]
    assert [(p.message, p.code) for p in problems] == [(findings[0][1], code)]
    assert str(problems[0]).endswith(f" [{code}]")


def _alpha(**changes):
    pathway = load_content(GOOD).pathways["alpha"]
    return pathway.model_copy(update=changes)


def test_source_ids_must_be_unique():
    alpha = _alpha()
    twice = _alpha(sources=alpha.sources * 2)
    assert list(checks.source_ids_are_unique(checks.Context(twice, "alpha"))) == [
        (("sources", 1, "id"), "'alpha-study' is listed twice; give each source its own id")
    ]
    assert list(checks.source_ids_are_unique(checks.Context(alpha, "alpha"))) == []


def test_a_pathway_is_not_combined_with_itself_or_twice():
    alpha = _alpha()
    itself = alpha.compatible_with[0].model_copy(update={"id": "alpha"})
    broken = _alpha(compatible_with=(itself, *alpha.compatible_with, *alpha.compatible_with))
    assert list(checks.not_compatible_with_itself(checks.Context(broken, "alpha"))) == [
        (
            ("compatible_with", 0, "id"),
            "a pathway cannot be combined with itself; remove this entry",
        ),
        (("compatible_with", 2, "id"), "'beta' is listed twice; merge the notes into one entry"),
    ]


def test_names_that_only_look_different_are_refused():
    alpha = _alpha()
    cyrillic = _alpha(id="gamma", name="\u0410lpha pathway", short_name="Gamma")
    assert list(checks.names_are_unique(checks.Context(cyrillic, others={"alpha": alpha}))) == [
        (
            ("name",),
            "'\u0410lpha pathway' looks the same as 'Alpha pathway', the name of 'alpha', apart "
            "from capitals, invisible characters or letters that look the same; choose another "
            "name",
        )
    ]
    capitals = _alpha(id="gamma", name="Gamma pathway", short_name="ALPHA\u200b")
    assert list(checks.names_are_unique(checks.Context(capitals, others={"alpha": alpha}))) == [
        (
            ("short_name",),
            "'ALPHA\u200b' looks the same as 'Alpha', the short name of 'alpha', apart from "
            "capitals, invisible characters or letters that look the same; choose another",
        )
    ]
    other = _alpha(id="gamma", name="Gamma pathway", short_name="Gamma")
    assert list(checks.names_are_unique(checks.Context(other, others={"alpha": alpha}))) == []


# A file may allow a named warning, for a stated reason; never an error.


def _with_allow(tmp_path, fixture, *allows, name=None):
    """A broken fixture with a checks.allow list added at the end; its problems as text."""
    lines = "".join(f"    - rule: {rule}\n      reason: {reason}\n" for rule, reason in allows)
    path = tmp_path / (name or fixture)
    path.write_text((BROKEN / fixture).read_text() + f"checks:\n  allow:\n{lines}")
    return path


def test_an_allowed_warning_is_silenced(tmp_path):
    reason = "The study's own words, quoted."
    path = _with_allow(tmp_path, "jargon.yaml", ("plain-words", reason))
    content = load_files([path], relative_to=tmp_path)
    assert content.problems == ()
    assert content.pathways["jargon"].checks.allow[0].reason == reason


def test_an_allowed_warning_from_across_files_is_silenced(tmp_path):
    path = _with_allow(tmp_path, "unknown-combination.yaml", ("compatible-pathways-exist", "Soon."))
    assert load_files([path], relative_to=tmp_path).problems == ()


def test_an_allowance_that_silences_nothing_is_a_warning(tmp_path):
    path = _with_allow(tmp_path, "jargon.yaml", ("plain-words", "Quoted."), ("person-first", "No."))
    assert [str(p) for p in load_files([path], relative_to=tmp_path).problems] == [
        "jargon.yaml:71: checks.allow[1].rule: warning: 'person-first' is allowed, but the rule "
        "finds nothing here; remove the allowance [unused-allow]"
    ]


def test_an_unknown_code_and_an_error_cannot_be_allowed(tmp_path):
    path = _with_allow(
        tmp_path, "id-mismatch.yaml", ("plain-word", "Typo."), ("id-matches-file-name", "No.")
    )
    assert [str(p) for p in load_files([path], relative_to=tmp_path).problems] == [
        "id-mismatch.yaml:1: id: 'gamma' does not match the file name; rename the file to "
        "gamma.yaml or change the id to 'id-mismatch' [id-matches-file-name]",
        "id-mismatch.yaml:63: checks.allow[0].rule: warning: 'plain-word' is not the code of a "
        "rule; use a code printed in [brackets] [unknown-rule]",
        "id-mismatch.yaml:65: checks.allow[1].rule: warning: 'id-matches-file-name' finds "
        "errors, and errors cannot be allowed; fix the file instead [unknown-rule]",
    ]


def test_an_allowance_needs_a_reason(tmp_path):
    path = tmp_path / "jargon.yaml"
    path.write_text((BROKEN / "jargon.yaml").read_text() + "checks:\n  allow:\n    - rule: x\n")
    assert [str(p) for p in load_files([path], relative_to=tmp_path).problems] == [
        "jargon.yaml:69: checks.allow[0].reason: is required but missing; add it"
    ]


def test_an_allowed_reading_rule_is_not_called_unused_when_grades_are_off(tmp_path):
    path = _with_allow(tmp_path, "hard-field.yaml", ("fields-plain", "A quoted title."))
    with language.grading(None):
        assert load_files([path], relative_to=tmp_path).problems == ()
    graded = load_files([path], relative_to=tmp_path).problems
    assert [p.code for p in graded] == []
