"""Content rules: each is a small documented function, and each has a failing fixture."""

from __future__ import annotations

import pytest
import yaml

from pathways import Pathway, checks, load_content, load_files

from .conftest import BROKEN, GOOD

FAILING_FIXTURE = {
    "id_matches_file_name": "id-mismatch.yaml",
    "ratings_cover_every_dimension": "missing-rating.yaml",
    "evidence_cites_listed_sources": "unknown-source.yaml",
    "reviewed_in_the_past": "future-review.yaml",
    "compatible_pathways_exist": "unknown-combination.yaml",
}

ALL_RULES = [
    *(rule for rule, _ in checks.FILE_RULES + checks.COLLECTION_RULES),
    *checks.FIRST_COME_RULES,
]


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.__name__)
def test_every_rule_has_a_one_line_docstring(rule):
    assert rule.__doc__ and "\n" not in rule.__doc__.strip()


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.__name__)
def test_every_rule_passes_on_good_content(rule):
    content = load_content(GOOD)
    for pathway in content.pathways.values():
        if rule in checks.FIRST_COME_RULES:
            others = {i: p for i, p in content.pathways.items() if i != pathway.id}
            assert list(rule(pathway, others)) == []
        else:
            argument = content.pathways if rule in dict(checks.COLLECTION_RULES) else pathway.id
            assert list(rule(pathway, argument)) == []


@pytest.mark.parametrize(("rule_name", "fixture"), sorted(FAILING_FIXTURE.items()))
def test_rule_fails_on_its_fixture(rule_name, fixture):
    path = BROKEN / fixture
    pathway = Pathway.model_validate(yaml.safe_load(path.read_text()))
    rule = getattr(checks, rule_name)
    collection = rule in dict(checks.COLLECTION_RULES)
    findings = list(rule(pathway, {pathway.id: pathway} if collection else path.stem))
    assert len(findings) == 1
    assert [p.message for p in load_files([path]).problems] == [findings[0][1]]


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
