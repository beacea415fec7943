"""What each page shows, built once and shared: charts with the same data as a table.

Building a plotly figure costs tens of milliseconds, so the results are cached per loaded
content and selection, on the content itself (:mod:`pathways.memo`). A reloaded content
folder is a new ``Content`` object, so its results are built afresh and the old ones go with
it; content with one session's uploads joined keeps its results to itself. Nothing here
depends on who is asking: the same content and selection give the same, read-only result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import glossary, helplines, language
from .i18n import _, speaking
from .lazy import later
from .loader import Content
from .memo import per_content
from .models import Evidence, Pathway, SafetyFact, Term
from .vocab import CARDS_PER_PAGE, CERTAINTY, GRADED_BY, LANGUAGE, MAX_COMPARED, N_

if TYPE_CHECKING:
    import pandas as pd
    import plotly.graph_objects as go

    from . import charts, fit, tables
else:  # imported on first use: the frame and the home page need none of them
    charts, fit, tables = later("pathways.charts"), later("pathways.fit"), later("pathways.tables")


@dataclass(frozen=True)
class Reason:
    """Why a pathway has its rating on one dimension."""

    pathway: str
    dimension: str
    score: int
    reason: str


def _reasons(ratings: pd.DataFrame) -> tuple[Reason, ...]:
    return tuple(
        Reason(r["pathway"], _(r["dimension"]), int(r["score"]), r["reason"])
        for r in ratings.to_dict("records")
    )


@dataclass(frozen=True, eq=False)
class Panel:
    """A chart, its description for screen readers, and the same data as a table."""

    key: str
    figure: go.Figure
    table: pd.DataFrame
    reasons: tuple[Reason, ...] | None = None
    """For a chart of ratings: the reason for each, which the chart shows on hover and the
    page lists as text."""

    @property
    def alt(self) -> str:
        return charts.alt_text(self.figure)


@dataclass(frozen=True, eq=False)
class Charts:
    """The five charts of a comparison of two or more pathways."""

    profile: Panel
    steps: Panel
    supports: Panel
    themes: Panel
    combinations: Panel


@dataclass(frozen=True, eq=False)
class Comparison:
    """Everything the Compare page draws for one selection."""

    pathways: tuple[Pathway, ...]
    charts: Charts | None
    """None for fewer than two pathways."""
    overview: Panel | None
    """Every loaded pathway on every dimension; None when nothing is loaded."""


def _charts(chosen: Sequence[Pathway]) -> Charts:
    ratings = tables.ratings_long(chosen)
    steps = tables.first_steps_by_time(chosen)
    supports = tables.supports_by_type(chosen)
    themes = tables.themes(chosen)
    pairs = tables.combinations(chosen)
    return Charts(
        profile=Panel("profile", charts.profile(ratings), ratings, _reasons(ratings)),
        steps=Panel("steps", charts.steps_by_time(steps), steps),
        supports=Panel("supports", charts.supports_by_type(supports), supports),
        themes=Panel(
            "themes", charts.themes(themes), themes[themes["count"] > 0].reset_index(drop=True)
        ),
        combinations=Panel(
            "combinations", charts.combinations(pairs, [p.label for p in chosen]), pairs
        ),
    )


@per_content(maxsize=16)
def overview(content: Content) -> Panel | None:
    """The heatmap of every pathway on every dimension."""
    everything = list(content.pathways.values())
    if not everything:
        return None
    ratings = tables.ratings_long(everything)
    with speaking(content.language):
        figure, reasons = charts.heatmap(ratings), _reasons(ratings)
    return Panel("overview", figure, tables.ratings_matrix(everything), reasons)


def compare(content: Content, requested: Sequence[str]) -> Comparison:
    """The loaded pathways picked (in order, ids not found left out) and, for two or more, the
    charts."""
    chosen, _ = tables.select(content, requested)
    chosen = chosen[:MAX_COMPARED]  # in detail; the overview below shows every pathway
    built = _cached_charts(content, tuple(p.id for p in chosen)) if len(chosen) >= 2 else None
    return Comparison(tuple(chosen), built, overview(content))


@per_content(maxsize=128)
def _cached_charts(content: Content, ids: tuple[str, ...]) -> Charts:
    # Keyed by valid ids only, so odd links cannot fill the cache with copies.
    with speaking(content.language):
        return _charts([content.pathways[i] for i in ids])


@per_content(maxsize=64)
def profile(content: Content, pathway_id: str) -> Panel:
    """One pathway's ratings as a radar chart, with the reasons as a table."""
    table = tables.ratings_long([content.pathways[pathway_id]])
    with speaking(content.language):
        figure, reasons = charts.profile(table), _reasons(table)
    return Panel("profile", figure, table.drop(columns="pathway"), reasons)


def combines_with(content: Content, pathway_id: str) -> list[tuple[Pathway, str]]:
    """The loaded pathways this one names as often combined with, and the note for each."""
    pathway = content.pathways[pathway_id]
    return [
        (content.pathways[c.id], c.note)
        for c in pathway.compatible_with
        if c.id in content.pathways
    ]


@dataclass(frozen=True, eq=False)
class Library:
    """Everything the Sources page lists, before any search."""

    evidence: pd.DataFrame
    sources: pd.DataFrame
    dimensions: pd.DataFrame
    reviews: pd.DataFrame

    def search(self, query: str) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Evidence statements and sources with every word of the query."""
        return tables.search(self.evidence, query), tables.search(self.sources, query)


@per_content(maxsize=16)
def library(content: Content) -> Library:
    """Every source and evidence statement, the rating dimensions and review dates."""
    return Library(
        tables.evidence(content),
        tables.sources(content),
        tables.dimensions(),
        tables.reviews(content),
    )


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence statement as the Sources page lists it."""

    claim: str
    numbers: str
    applies_to: str
    certainty: str
    graded_by: str
    sources: str


@dataclass(frozen=True)
class SourceLine:
    """One source as the Sources page lists it."""

    citation: str
    link: str


@dataclass(frozen=True)
class LibraryGroup:
    """The evidence statements and sources of one pathway (or of the safety facts, or the
    glossary), and how many of each in words."""

    name: str
    counts: str
    evidence: tuple[EvidenceLine, ...]
    sources: tuple[SourceLine, ...]


def library_groups(evidence: pd.DataFrame, sources: pd.DataFrame) -> list[LibraryGroup]:
    """The rows of :meth:`Library.search`, grouped by pathway in the order they come."""
    lines: dict[str, tuple[list[EvidenceLine], list[SourceLine]]] = {}
    for row in evidence.to_dict("records"):
        lines.setdefault(row["pathway"], ([], []))[0].append(
            EvidenceLine(
                row["claim"], row["in numbers"], row["applies to"], row["certainty"],
                row["graded by"], row["sources"],
            )
        )  # fmt: skip
    for row in sources.to_dict("records"):
        lines.setdefault(row["pathway"], ([], []))[1].append(
            SourceLine(row["citation"], row["link"])
        )
    return [
        LibraryGroup(name, _counts(len(found), len(cited)), tuple(found), tuple(cited))
        for name, (found, cited) in lines.items()
    ]


def _counts(evidence: int, sources: int) -> str:
    """'6 evidence statements, 9 sources'."""
    counts = [
        (one if n == 1 else many).format(n=n)
        for n, one, many in (
            (evidence, _("{n} evidence statement"), _("{n} evidence statements")),
            (sources, _("{n} source"), _("{n} sources")),
        )
        if n
    ]
    return ", ".join(counts)


@per_content(maxsize=64)
def pathway_terms(content: Content, pathway_id: str) -> tuple[Term, ...]:
    """The glossary terms a pathway's text uses, to explain them on its page."""
    texts = (text for _, text in language.peer_texts(content.pathways[pathway_id]))
    return tuple(glossary.terms_in(content.glossary, texts))


SAFETY_HEADING = N_("Staying safe, whatever the pathway")


def card_pages(ids: Sequence[str], per_page: int = CARDS_PER_PAGE) -> list[list[str]]:
    """The pathway ids in pages of home-page cards (one page when there are few)."""
    return [list(ids[i : i + per_page]) for i in range(0, len(ids), per_page)] or [[]]


def grade(evidence: Evidence) -> str:
    """How sure an evidence statement is, and whose grade that is, in words."""
    certainty, by = _(CERTAINTY[evidence.certainty]), _(GRADED_BY[evidence.graded_by])
    if evidence.grade_note:
        return _("Certainty: {certainty} ({by}: {note})").format(
            certainty=certainty, by=by, note=evidence.grade_note
        )
    return _("Certainty: {certainty} ({by})").format(certainty=certainty, by=by)


def safety(content: Content) -> tuple[SafetyFact, ...]:
    """Safety facts that matter whatever the pathway: the about file's, and the code's own
    short version of any required fact that file lacks (or all of them if it is broken)."""
    return helplines.safety_facts(content.about.safety if content.about is not None else ())


@dataclass(frozen=True, eq=False)
class Fit:
    """What the Priorities page draws for one set of answers. Built on each run, never cached:
    answers belong to one person."""

    pathways: tuple[fit.PathwayFit, ...]
    matrix: Panel | None
    """None until at least one question is answered."""
    combinations: tuple[fit.Combination, ...]
    language: str = LANGUAGE

    def bars(self, pathway_id: str) -> Panel | None:
        """One pathway against each answer, as diverging bars."""
        chosen = next((f for f in self.pathways if f.pathway.id == pathway_id), None)
        if chosen is None or not chosen.lines:
            return None
        rows = fit.table([chosen])
        with speaking(self.language):
            figure = charts.fit_bars(rows, chosen.pathway.label)
        return Panel(f"fit-{pathway_id}", figure, rows)


def first(ids: Sequence[str], chosen: str | None) -> list[str]:
    """The ids with ``chosen`` first (when it is one of them), the rest in their order."""
    return sorted(ids, key=lambda i: i != chosen)


def priorities(content: Content, answers: fit.Answers) -> Fit:
    """How every loaded pathway sits with these answers, and which combinations fit them."""
    fits = fit.fit(content.pathways.values(), content.questions, answers)
    rows = fit.table(fits)
    with speaking(content.language):
        matrix = Panel("fit-matrix", charts.fit_matrix(rows), rows) if not rows.empty else None
    return Fit(tuple(fits), matrix, tuple(fit.combinations_that_fit(fits)), content.language)


def scenario_pathways(content: Content, scenario_id: str) -> list[tuple[Pathway, str, str]]:
    """The loaded pathways a scenario card says might fit, each with why and its limits."""
    scenario = content.scenarios[scenario_id]
    return [
        (content.pathways[m.id], m.why, m.limits)
        for m in scenario.might_fit
        if m.id in content.pathways
    ]


def quiz_score(content: Content, picked: Mapping[str, int | None]) -> tuple[int, int]:
    """How many knowledge checks were answered right, out of how many answered."""
    if content.quiz is None:
        return 0, 0
    answered = [(c, picked[c.id]) for c in content.quiz.questions if picked.get(c.id) is not None]
    return sum(c.right == i for c, i in answered), len(answered)
