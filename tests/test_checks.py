"""Content rules: each is a small documented function, and each has a failing fixture."""

from __future__ import annotations

import pytest
import yaml

from pathways import Pathway, checks, load_content, load_files
from pathways.loader import load_document
from pathways.models import About, Glossary, Questions, Quiz, Scenario

from .conftest import BROKEN, GOOD

FAILING_FIXTURE = {
    "id_matches_file_name": "id-mismatch.yaml",
    "ratings_cover_every_dimension": "missing-rating.yaml",
    "citations_are_listed": "unknown-source.yaml",
    "reviewed_in_the_past": "future-review.yaml",
    "compatible_pathways_exist": "unknown-combination.yaml",
    "has_graded_evidence": "no-evidence.yaml",
    "numbers_share_a_denominator": "odd-denominator.yaml",
    "strengths_and_limitations_balance": "unbalanced.yaml",
    "review_is_recent": "stale-review.yaml",
    "fields_are_plain": "hard-field.yaml",
    "file_is_plain": "hard-file.yaml",
    "words_are_person_first": "stigma.yaml",
    "terms_are_unique": "glossary-twice.yaml",
    "published_in_the_past": "about-future.yaml",
    "one_right_answer": "quiz-no-answer.yaml",
    "checks_are_unique": "quiz-twice.yaml",
    "scenario_id_matches_file_name": "card-mismatch.yaml",
    "questions_are_unique": "questions-twice.yaml",
    "sources_are_cited": "unused-source.yaml",
    "words_are_plain": "jargon.yaml",
    "stopping_is_made_safe": "unsafe-stopping.yaml",
    "safety_facts_are_kept": "about-no-safety.yaml",
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

PATHWAY_RULES = [
    *(rule for rule, _ in checks.FILE_RULES + checks.TEXT_RULES + checks.COLLECTION_RULES),
    *checks.FIRST_COME_RULES,
]
DOCUMENT_RULES = [
    *(rule for kind, rules in checks.RULES.items() if kind is not Pathway for rule, _ in rules),
]
ALL_RULES = PATHWAY_RULES + DOCUMENT_RULES


# Rules whose failing cases are built in code below, or in the loader's tests.
TESTED_IN_CODE = {"names_are_unique", "source_ids_are_unique", "not_compatible_with_itself"}


def test_every_rule_has_a_failing_case():
    assert set(FAILING_FIXTURE) | TESTED_IN_CODE == {rule.__name__ for rule in ALL_RULES}


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.__name__)
def test_every_rule_has_a_one_line_docstring(rule):
    assert rule.__doc__ and "\n" not in rule.__doc__.strip()


@pytest.mark.parametrize("rule", PATHWAY_RULES, ids=lambda r: r.__name__)
def test_every_rule_passes_on_good_content(rule):
    content = load_content(GOOD)
    for pathway in content.pathways.values():
        if rule in checks.FIRST_COME_RULES:
            others = {i: p for i, p in content.pathways.items() if i != pathway.id}
            assert list(rule(pathway, others)) == []
        else:
            argument = content.pathways if rule in dict(checks.COLLECTION_RULES) else pathway.id
            assert list(rule(pathway, argument)) == []


def test_glossary_and_about_rules_pass_on_good_content():
    content = load_content(GOOD)
    assert content.problems == ()
    for document in (content.glossary, content.about, content.questions, content.quiz):
        assert list(checks.check_document(document, "any")) == []
    for scenario_id, scenario in content.scenarios.items():
        assert list(checks.check_document(scenario, scenario_id)) == []


@pytest.mark.parametrize(("rule_name", "fixture"), sorted(FAILING_FIXTURE.items()))
def test_rule_fails_on_its_fixture(rule_name, fixture):
    path = BROKEN / fixture
    model = MODEL.get(fixture, Pathway)
    document = model.model_validate(yaml.safe_load(path.read_text()))
    rule = getattr(checks, rule_name)
    collection = rule in dict(checks.COLLECTION_RULES)
    findings = list(rule(document, {document.id: document} if collection else path.stem))
    assert len(findings) == 1
    problems = load_files([path]).problems if model is Pathway else load_document(path, model)[2]
    assert [p.message for p in problems] == [findings[0][1]]


def _alpha(**changes):
    pathway = load_content(GOOD).pathways["alpha"]
    return pathway.model_copy(update=changes)


def test_source_ids_must_be_unique():
    alpha = _alpha()
    twice = _alpha(sources=alpha.sources * 2)
    assert list(checks.source_ids_are_unique(twice, "alpha")) == [
        (("sources", 1, "id"), "'alpha-study' is listed twice; give each source its own id")
    ]
    assert list(checks.source_ids_are_unique(alpha, "alpha")) == []


def test_a_pathway_is_not_combined_with_itself_or_twice():
    alpha = _alpha()
    itself = alpha.compatible_with[0].model_copy(update={"id": "alpha"})
    broken = _alpha(compatible_with=(itself, *alpha.compatible_with, *alpha.compatible_with))
    assert list(checks.not_compatible_with_itself(broken, "alpha")) == [
        (
            ("compatible_with", 0, "id"),
            "a pathway cannot be combined with itself; remove this entry",
        ),
        (("compatible_with", 2, "id"), "'beta' is listed twice; merge the notes into one entry"),
    ]


def test_names_that_only_look_different_are_refused():
    alpha = _alpha()
    cyrillic = _alpha(id="gamma", name="\u0410lpha pathway", short_name="Gamma")
    assert list(checks.names_are_unique(cyrillic, {"alpha": alpha})) == [
        (
            ("name",),
            "'\u0410lpha pathway' looks the same as 'Alpha pathway', the name of 'alpha', apart "
            "from capitals, invisible characters or letters that look the same; choose another "
            "name",
        )
    ]
    capitals = _alpha(id="gamma", name="Gamma pathway", short_name="ALPHA\u200b")
    assert list(checks.names_are_unique(capitals, {"alpha": alpha})) == [
        (
            ("short_name",),
            "'ALPHA\u200b' looks the same as 'Alpha', the short name of 'alpha', apart from "
            "capitals, invisible characters or letters that look the same; choose another",
        )
    ]
    other = _alpha(id="gamma", name="Gamma pathway", short_name="Gamma")
    assert list(checks.names_are_unique(other, {"alpha": alpha})) == []
