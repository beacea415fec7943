"""Comparison tables: pure functions from pathways to pandas DataFrames.

Every chart is drawn from one of these tables, and pages show the same table beside the
chart, so what a screen reader reads and what the eye sees are the same data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from .i18n import _
from .loader import Content
from .models import Pathway
from .vocab import (
    CERTAINTY,
    DIMENSIONS,
    GRADED_BY,
    N_,
    SUPPORT_TYPES,
    THEME_LABELS,
    THEMES,
    WHEN,
)

HEADINGS: tuple[str, ...] = (
    N_("pathway"), N_("dimension"), N_("score"), N_("reason"), N_("step"), N_("when"),
    N_("what"), N_("who helps"), N_("type"), N_("support"), N_("description"), N_("count"),
    N_("items"), N_("theme"), N_("shared by"), N_("with"), N_("combined"), N_("notes"),
    N_("citation"), N_("link"), N_("id"), N_("claim"), N_("in numbers"), N_("applies to"),
    N_("certainty"), N_("graded by"), N_("how graded"), N_("sources"), N_("question"),
    N_("0 means"), N_("4 means"), N_("last reviewed"), N_("you said"), N_("rating"), N_("fit"),
    N_("alignment"),
)  # fmt: skip
"""Every column heading of the tables here and in :func:`pathways.fit.table`, in English:
tables are built in English words and put in the reader's language by :func:`shown`."""

WORD_COLUMNS = frozenset({"dimension", "when", "type", "theme", "fit", "certainty", "graded by"})
"""Columns whose values are the app's own words (labels from :mod:`pathways.vocab`), not
content: they are translated with the headings."""


def select(content: Content, requested: Iterable[str]) -> tuple[list[Pathway], list[str]]:
    """The loaded pathways among the requested ids (in order, once each), and the unknown ids.

    Empty ids (as in ``?p=``) are ignored; each unknown id is reported once.
    """
    chosen: list[Pathway] = []
    unknown: list[str] = []
    for pathway_id in requested:
        pathway = content.pathways.get(pathway_id)
        if pathway is None:
            if pathway_id and pathway_id not in unknown:
                unknown.append(pathway_id)
        elif pathway not in chosen:
            chosen.append(pathway)
    return chosen, unknown


def ratings_long(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """One row per pathway and dimension: score and reason."""
    rows = [
        {
            "pathway": p.label,
            "dimension": d.label,
            "score": p.ratings[d.id].score,
            "reason": p.ratings[d.id].reason,
        }
        for p in pathways
        for d in DIMENSIONS
        if d.id in p.ratings
    ]
    return pd.DataFrame(rows, columns=["pathway", "dimension", "score", "reason"])


def ratings_matrix(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """Pathways as rows, dimensions as columns, scores in the cells."""
    long = ratings_long(pathways)
    wide = long.pivot(index="pathway", columns="dimension", values="score")
    return wide.reindex(index=[p.label for p in pathways], columns=[d.label for d in DIMENSIONS])


def first_steps(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """Every first step, in order, with when it happens and who helps."""
    rows = [
        {
            "pathway": p.label,
            "step": index,
            "when": WHEN[s.when],
            "what": s.text,
            "who helps": s.who_helps,
        }
        for p in pathways
        for index, s in enumerate(p.first_steps, start=1)
    ]
    frame = pd.DataFrame(rows, columns=["pathway", "step", "when", "what", "who helps"])
    frame["when"] = pd.Categorical(frame["when"], categories=list(WHEN.values()), ordered=True)
    return frame


def supports(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """Every support, with its type."""
    rows = [
        {
            "pathway": p.label,
            "type": SUPPORT_TYPES[s.type],
            "support": s.name,
            "description": s.description,
        }
        for p in pathways
        for s in p.supports
    ]
    frame = pd.DataFrame(rows, columns=["pathway", "type", "support", "description"])
    frame["type"] = pd.Categorical(
        frame["type"], categories=list(SUPPORT_TYPES.values()), ordered=True
    )
    return frame


def _counts(
    found: Iterable[tuple[str, str, str]],
    column: str,
    categories: Sequence[str],
    pathways: Sequence[Pathway],
) -> pd.DataFrame:
    """Rows per pathway and category (in the given orders, zero rows kept): how many items, and
    which. Counted in plain Python: a pandas group-by costs milliseconds on tables this small."""
    items: dict[tuple[str, str], list[str]] = {}
    for pathway, category, item in found:
        items.setdefault((pathway, category), []).append(item)
    labels = [p.label for p in pathways]
    rows = [
        (label, category, len(held), "; ".join(held))
        for label in labels
        for category in categories
        for held in (items.get((label, category), []),)
    ]
    frame = pd.DataFrame(rows, columns=["pathway", column, "count", "items"])
    frame["pathway"] = pd.Categorical(frame["pathway"], categories=labels, ordered=True)
    frame[column] = pd.Categorical(frame[column], categories=list(categories), ordered=True)
    return frame


def first_steps_by_time(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """How many first steps each pathway has today, this week, this month and ongoing."""
    found = ((p.label, WHEN[s.when], s.text) for p in pathways for s in p.first_steps)
    return _counts(found, "when", list(WHEN.values()), pathways)


def supports_by_type(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """How many supports of each type each pathway names."""
    found = ((p.label, SUPPORT_TYPES[s.type], s.name) for p in pathways for s in p.supports)
    return _counts(found, "type", list(SUPPORT_TYPES.values()), pathways)


def themes(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """Principle themes per pathway: how many principles carry each theme, and which; and how
    many of the pathways hold each theme."""
    found = [
        (p.label, THEME_LABELS[theme], principle.text)
        for p in pathways
        for principle in p.principles
        for theme in principle.themes
    ]
    counts = _counts(found, "theme", [THEME_LABELS[t] for t in THEMES], pathways)
    holders: dict[str, set[str]] = {}
    for pathway, theme, _principle in found:
        holders.setdefault(theme, set()).add(pathway)
    counts["theme"] = counts["theme"].astype(str)
    counts["shared by"] = [len(holders.get(t, ())) for t in counts["theme"]]
    return counts


def combinations(pathways: Sequence[Pathway]) -> pd.DataFrame:
    """Every pair of the given pathways, whether either names the other, and the notes."""
    by_id = {p.id: p for p in pathways}
    rows = []
    for i, first in enumerate(pathways):
        for second in pathways[i + 1 :]:
            notes = [
                f"{a.label}: {c.note}"
                for a, b in ((first, second), (second, first))
                for c in a.compatible_with
                if c.id == b.id and c.id in by_id
            ]
            rows.append(
                {
                    "pathway": first.label,
                    "with": second.label,
                    "combined": bool(notes),
                    "notes": " ".join(notes),
                }
            )
    return pd.DataFrame(rows, columns=["pathway", "with", "combined", "notes"])


GLOSSARY_LABEL = N_("Glossary")
SAFETY_LABEL = N_("Staying safe")


def sources(content: Content) -> pd.DataFrame:
    """Every source: of every pathway, then of the safety facts and the glossary."""
    rows = [
        {"pathway": p.name, "citation": s.citation, "link": s.url, "id": s.id}
        for p in content.pathways.values()
        for s in p.sources
    ]
    if content.about is not None:
        rows += [
            {"pathway": SAFETY_LABEL, "citation": s.citation, "link": s.url, "id": s.id}
            for fact in content.about.safety
            for s in fact.sources
        ]
    if content.glossary is not None:
        rows += [
            {"pathway": GLOSSARY_LABEL, "citation": s.citation, "link": s.url, "id": s.id}
            for term in content.glossary.terms
            for s in term.sources
        ]
    frame = pd.DataFrame(rows, columns=["pathway", "citation", "link", "id"])
    # A source behind several glossary terms or safety facts is listed once.
    return frame.drop_duplicates(subset=["pathway", "link", "citation"]).reset_index(drop=True)


def evidence(content: Content) -> pd.DataFrame:
    """Every evidence statement with its certainty and the citations behind it."""
    rows = []
    for p in content.pathways.values():
        for e in p.evidence:
            cited = p.cited(e)
            rows.append(
                {
                    "pathway": p.name,
                    "claim": e.claim,
                    "in numbers": e.numbers.sentence() if e.numbers else "",
                    "applies to": e.applies_to,
                    "certainty": CERTAINTY[e.certainty],
                    "graded by": GRADED_BY[e.graded_by],
                    "how graded": e.grade_note or "",
                    "sources": "; ".join(s.citation for s in cited),
                }
            )
    columns = [
        "pathway", "claim", "in numbers", "applies to", "certainty", "graded by", "how graded",
        "sources",
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=columns)


def dimensions() -> pd.DataFrame:
    """The rating dimensions and what their lowest and highest scores mean."""
    return pd.DataFrame(
        [
            {"dimension": d.label, "question": d.question, "0 means": d.low, "4 means": d.high}
            for d in DIMENSIONS
        ]
    )


def shown(frame: pd.DataFrame) -> pd.DataFrame:
    """A table as a person reads it, in the language being spoken (see
    :func:`pathways.i18n.speaking`): its headings and the app's own words translated, the
    content as written. The table itself is left as it is (tables are shared and cached)."""
    out = frame.rename(columns=_)  # a new table: the shared one is never changed
    for column in frame.columns:
        if column in WORD_COLUMNS:
            out[_(column)] = frame[column].map(lambda v: _(v) if isinstance(v, str) else v)
    if "pathway" in frame.columns:
        ours = {GLOSSARY_LABEL: _(GLOSSARY_LABEL), SAFETY_LABEL: _(SAFETY_LABEL)}
        out[_("pathway")] = frame["pathway"].map(lambda v: ours.get(v, v))
    if isinstance(frame.index.name, str):
        out = out.rename_axis(index=_(frame.index.name))
    if isinstance(frame.columns.name, str):
        out = out.rename_axis(columns=_(frame.columns.name))
    return out


def search(frame: pd.DataFrame, query: str) -> pd.DataFrame:
    """Rows where every word of the query appears somewhere in the row (any case), as stored
    or as shown in the language being spoken (a Spanish reader finds "Moderada")."""
    words = query.lower().split()
    if not words or frame.empty:
        return frame
    written = frame.astype(str).agg(" ".join, axis=1)
    shown_as = shown(frame).astype(str).agg(" ".join, axis=1)
    haystack = (written + " " + shown_as.to_numpy()).str.lower()
    keep = pd.Series(True, index=frame.index)
    for word in words:
        keep &= haystack.str.contains(word, regex=False)
    return frame[keep].reset_index(drop=True)


def reviews(content: Content) -> pd.DataFrame:
    """When each pathway was last reviewed, with how many sources it cites."""
    rows = [
        {"pathway": p.name, "last reviewed": p.last_reviewed, "sources": len(p.sources)}
        for p in content.pathways.values()
    ]
    return pd.DataFrame(rows, columns=["pathway", "last reviewed", "sources"])
