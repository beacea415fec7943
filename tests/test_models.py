"""The models: natural frequencies in words, and which web addresses a source may use."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pathways.models import NaturalFrequency, Source


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
