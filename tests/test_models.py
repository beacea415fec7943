"""The models: natural frequencies in words, which web addresses a source may use, names that
show and fit on charts, and whole numbers that are never yes/no values."""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

from pathways import load_content, load_file
from pathways.models import Choice, NaturalFrequency, Pathway, Rating, SafetyFact, Source

from .conftest import GOOD


def test_natural_frequencies_read_as_one_sentence():
    numbers = NaturalFrequency(
        out_of=1000,
        period="1 year",
        source_period="1 year",
        outcome="died",
        groups=[
            {"label": "while taking methadone", "count": 11},
            {"label": "after leaving treatment", "count": 36},
        ],
    )
    assert numbers.sentence() == (
        "Out of 1,000 people over one year: about 11 died while taking methadone, "
        "compared with about 36 after leaving treatment."
    )


@pytest.mark.parametrize(
    "url", ["https://doi.org/10.1136/bmj.j1550", "https://www.samhsa.gov/find-help"]
)
def test_sources_link_to_public_web_addresses(url):
    assert Source(id="s", citation="A source.", url=url).url == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://doi.org/x",
        "https://localhost/x",
        "https://127.0.0.1/x",
        "https://user:secret@doi.org/x",
        "https://doi.org:8443/x",
        "https://doi",
        "https://doi.org/a b",
    ],
)
def test_sources_refuse_addresses_that_do_not_look_like_public_pages(url):
    with pytest.raises(ValidationError):
        Source(id="s", citation="A source.", url=url)


def _numbers(period, source_period):
    return {
        "out_of": 1000,
        "period": period,
        "source_period": source_period,
        "outcome": "died",
        "groups": [{"label": "in the study", "count": 2}],
    }


@pytest.mark.parametrize(
    ("period", "said"),
    [("1 year", "over one year"), ("2 weeks", "over two weeks"), ("18 months", "over 18 months"),
     ("1 years", "over one year"), ("3 day", "over three days")],
)  # fmt: skip
def test_the_period_is_read_out_in_words(period, said):
    assert NaturalFrequency(**_numbers(period, period)).time_frame == said


def test_a_count_is_never_stretched_beyond_the_period_its_source_measured():
    with pytest.raises(ValidationError, match="is not the period the counts cover"):
        NaturalFrequency(**_numbers("1 year", "2 weeks"))
    assert NaturalFrequency(**_numbers("2 weeks", "2 week")).period == "2 weeks"


@pytest.mark.parametrize("period", ["2 wks", "0 weeks", "a year", "1 decade", ""])
def test_a_period_is_a_number_and_a_unit(period):
    with pytest.raises(ValidationError):
        NaturalFrequency(**_numbers(period, period))


def _pathway(**changes):
    data = load_content(GOOD).pathways["alpha"].model_dump()
    return {**data, **changes}


def test_a_long_name_needs_a_short_name_for_charts():
    long = "A" * 25
    with pytest.raises(ValidationError, match="the name is longer than 24 characters, so add a"):
        Pathway(**_pathway(name=long, short_name=None))
    assert Pathway(**_pathway(name=long, short_name="Short")).label == "Short"
    assert Pathway(**_pathway(name="A" * 24, short_name=None)).label == "A" * 24


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("short_name", "Al\x07pha", "contains the control character U+0007"),
        ("short_name", "Al\x1bpha", "contains the control character U+001B"),
        ("short_name", "Al\x9bpha", "contains the control character U+009B"),
        ("short_name", "Al\u202epha", "contains U+202E, an invisible mark that changes"),
        ("name", "Alpha\x85 pathway", "contains the control character U+0085"),
        ("name", "Alpha \u2066pathway\u2069", "contains U+2066"),
        ("summary", "A small\u200f pathway.", "contains U+200F"),
        ("name", "\u200b\u200b\u200b", "has no letters or digits that show on screen"),
        ("short_name", "\u200d\u2060", "has no letters or digits that show on screen"),
        ("name", "- . -", "has no letters or digits that show on screen"),
    ],
)
def test_names_and_text_are_printable_and_visible(field, value, message):
    with pytest.raises(ValidationError, match=re.escape(message)):
        Pathway(**_pathway(**{field: value}))


_SOURCE = {"id": "s", "citation": "A source.", "url": "https://doi.org/10.1/x"}


@pytest.mark.parametrize("title", ["\u200b", "Overdose\u202e"])
def test_titles_of_safety_facts_are_visible_and_printable(title):
    with pytest.raises(ValidationError):
        SafetyFact(id="f", title=title, text="Text.", sources=[_SOURCE])


@pytest.mark.parametrize("value", [True, False, "3", 2.0])
def test_whole_numbers_are_strict(value):
    with pytest.raises(ValidationError):
        Rating(score=value, reason="A reason.")
    with pytest.raises(ValidationError):
        NaturalFrequency(**{**_numbers("1 year", "1 year"), "out_of": value})
    with pytest.raises(ValidationError):
        Choice(label="A choice", wants=value)


def test_a_yes_no_value_is_not_read_as_a_number():
    with pytest.raises(ValidationError) as raised:
        Rating(score=True, reason="A reason.")
    assert raised.value.errors()[0]["msg"] == (
        "Value error, is not a whole number; YAML reads yes, no, on, off, true and false as a "
        "yes/no value; write a number"
    )
    assert Rating(score=3, reason="A reason.").score == 3


def test_a_bell_in_a_short_name_is_refused_from_a_file(tmp_path):
    """YAML's "\\a" escape makes a BEL control character; short_name refuses it like any text."""
    alpha = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()
    path = tmp_path / "alpha.yaml"
    path.write_text(alpha.replace("short_name: Alpha", 'short_name: "Al\\apha"'))
    pathway, _, problems = load_file(path, "alpha.yaml")
    assert pathway is None
    assert [str(p) for p in problems] == [
        "alpha.yaml:3: short_name: 'Al\\x07pha' contains the control character U+0007; remove it"
    ]
