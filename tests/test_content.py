"""The shipped content: seven pathways and the files beside them pass every check."""

from __future__ import annotations

import pytest

from pathways import language, load_content, load_files
from pathways.vocab import READING_GRADE_AVERAGE, READING_GRADE_FIELD, STANDARD_DENOMINATOR

from .conftest import CONTENT

SHIPPED = load_content(CONTENT)
IDS = [
    "complementary",
    "faith-based",
    "harm-reduction",
    "mat",
    "peer-support",
    "secular-mutual-help",
    "twelve-step",
]
DOCUMENTS = [SHIPPED.glossary, SHIPPED.about, SHIPPED.questions]


def test_every_file_loads_with_no_errors_and_no_warnings():
    assert sorted(SHIPPED.pathways) == IDS
    assert all(d is not None for d in DOCUMENTS)
    assert [str(p) for p in SHIPPED.problems] == []


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_every_pathway_has_graded_evidence_with_real_looking_sources(pathway):
    assert len(pathway.sources) >= 5
    assert len(pathway.evidence) >= 2
    assert all(pathway.cited(e) for e in pathway.evidence)
    assert all(s.url.startswith("https://") or s.url.startswith("http://") for s in pathway.sources)


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_natural_frequencies_share_one_denominator(pathway):
    for evidence in pathway.evidence:
        if evidence.numbers is not None:
            assert evidence.numbers.out_of == STANDARD_DENOMINATOR


@pytest.mark.parametrize(
    "document",
    [*SHIPPED.pathways.values(), *DOCUMENTS],
    ids=lambda d: getattr(d, "id", type(d).__name__),
)
def test_text_is_plain_and_person_first(document):
    texts = [text for _, text in language.peer_texts(document)]
    assert language.overall_grade(texts) <= READING_GRADE_AVERAGE
    hard = [t for t in texts if language.graded(t) and language.grade(t) > READING_GRADE_FIELD]
    assert hard == []
    assert [w for t in texts for w, _ in language.stigmatising_words(t)] == []


def test_safety_facts_cover_naloxone_and_lower_tolerance():
    text = " ".join(f"{f.title} {f.text}" for f in SHIPPED.about.safety).lower()
    assert "naloxone" in text and "911" in text
    assert "after" in text and ("break" in text or "stopping" in text)


def test_glossary_explains_the_words_the_issue_names():
    terms = {t.term.lower() for t in SHIPPED.glossary.terms}
    for needed in ("moud", "naloxone", "sponsor", "withdrawal management", "recovery capital"):
        assert needed in terms


def test_questions_cover_what_people_weigh_up():
    dimensions = {q.dimension for q in SHIPPED.questions.questions}
    assert {
        "medication_role",
        "spiritual_content",
        "peer_group_involvement",
        "privacy",
        "cost_access_barriers",
        "abstinence_expectation",
        "professional_involvement",
        "time_to_start",
        "family_involvement",
    } <= dimensions


def test_template_is_a_valid_pathway_once_copied(tmp_path):
    copy = tmp_path / "my-pathway.yaml"
    copy.write_text((CONTENT / "en" / "pathways" / "_template.yaml").read_text())
    content = load_files([copy])
    assert list(content.pathways) == ["my-pathway"]
    assert content.errors == ()


def test_at_least_six_scenarios_across_substances_and_twelve_checks_with_myths():
    assert len(SHIPPED.scenarios) >= 6
    substances = {s for card in SHIPPED.scenarios.values() for s in card.substances}
    assert len(substances) >= 4
    assert all(len(card.might_fit) >= 2 for card in SHIPPED.scenarios.values())
    assert len(SHIPPED.quiz.questions) >= 12
    myths = [c for c in SHIPPED.quiz.questions if c.myth]
    assert any("replac" in c.question.lower() or "swap" in c.question.lower() for c in myths)


@pytest.mark.parametrize(
    "document",
    [*SHIPPED.scenarios.values(), SHIPPED.quiz],
    ids=lambda d: getattr(d, "id", "quiz"),
)
def test_workshop_text_is_plain_and_person_first(document):
    test_text_is_plain_and_person_first(document)
