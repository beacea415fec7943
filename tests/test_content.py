"""The shipped content: eleven or more pathways and the files beside them pass every check."""

from __future__ import annotations

import pytest

from pathways import checks, language, load_content, load_files
from pathways.vocab import (
    INFLESZ,
    READING_GRADE_AVERAGE,
    READING_GRADE_FIELD,
    STANDARD_DENOMINATOR,
)

from .conftest import CONTENT

SHIPPED = load_content(CONTENT)
IDS = [
    "alcohol-medications",
    "complementary",
    "counselling",
    "faith-based",
    "family-and-friends",
    "harm-reduction",
    "mat",
    "natural-recovery",
    "peer-support",
    "recovery-housing",
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
    assert len(pathway.evidence) >= 4
    assert all(pathway.cited(e) for e in pathway.evidence)
    assert all(s.url.startswith("https://") or s.url.startswith("http://") for s in pathway.sources)


UNOFFICIAL_COPIES = ("studylib", "scribd", "anyflip", "fdocuments", "vdocuments", "docslib",
                     "issuu", "pagefreezer")  # fmt: skip


def every_source():
    for pathway in SHIPPED.pathways.values():
        yield from pathway.sources
    for document in (SHIPPED.about.safety, SHIPPED.glossary.terms, SHIPPED.quiz.questions,
                     tuple(SHIPPED.scenarios.values())):  # fmt: skip
        for item in document:
            yield from item.sources


def test_no_source_is_an_unofficial_copy_or_only_an_abstract():
    bad = [
        s.id
        for s in every_source()
        if any(copy in s.url for copy in UNOFFICIAL_COPIES) or "abstract viewed" in s.citation
    ]
    assert bad == []


def test_every_statement_cites_a_source_and_every_source_is_cited():
    for pathway in SHIPPED.pathways.values():
        cited = {i for _, ids in pathway.citing() for i in ids}
        assert all(ids for _, ids in pathway.citing())
        assert cited == {s.id for s in pathway.sources}, pathway.id


def test_no_natural_frequency_is_stretched_beyond_its_source_period():
    for pathway in SHIPPED.pathways.values():
        for evidence in pathway.evidence:
            if evidence.numbers is not None:
                assert evidence.numbers.period == evidence.numbers.source_period


@pytest.mark.parametrize("pathway", SHIPPED.pathways.values(), ids=lambda p: p.id)
def test_every_pathway_says_how_to_stop_alcohol_or_benzodiazepines_safely(pathway):
    # The rule asks it of pathways that ask people to stop; peer support asks no one to stop.
    if pathway.id != "peer-support":
        assert any(checks.says_how_to_stop_safely(s.text) for s in pathway.first_steps)


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


SPANISH = load_content(CONTENT, "es")


@pytest.mark.parametrize(
    "document",
    [*SPANISH.pathways.values(), *SPANISH.scenarios.values(), SPANISH.questions, SPANISH.about],
    ids=lambda d: getattr(d, "id", type(d).__name__),
)
def test_spanish_text_is_plain_and_person_first(document):
    texts = [text for _, text in language.peer_texts(document)]
    with language.written_in("es"):
        assert language.overall_grade(texts, "es") >= INFLESZ.average_limit
        hard = [
            t for t in texts if language.graded(t) and language.grade(t, "es") < INFLESZ.field_limit
        ]
        assert hard == []
        assert [w for t in texts for w, _ in language.stigmatising_words(t)] == []


def test_safety_facts_cover_naloxone_and_lower_tolerance():
    text = " ".join(f"{f.title} {f.text}" for f in SHIPPED.about.safety).lower()
    assert "naloxone" in text and "911" in text
    assert "after" in text and ("break" in text or "stopping" in text)


SAFETY = {f.id: f"{f.title} {f.text}".lower() for f in SHIPPED.about.safety}


def test_stopping_alcohol_or_benzodiazepines_is_a_safety_fact():
    text = SAFETY["stopping-alcohol-or-benzodiazepines"]
    assert "alcohol" in text and "benzodiazepines" in text
    assert "seizures" in text and "doctor" in text


def test_the_overdose_response_is_complete():
    text = SAFETY["overdose-response"]
    for needed in ("911", "naloxone", "stay with", "30 to 90 minutes", "more than one dose",
                   "recovery position", "good samaritan", "xylazine"):  # fmt: skip
        assert needed in text, needed


def test_no_safety_fact_stretches_a_two_week_rate_to_a_year():
    text = " ".join(SAFETY.values())
    assert "48" not in text and "person-years" not in text


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
