"""Chart builders: pure functions from comparison tables to plotly figures.

Accessibility is built in rather than left to pages: a colour-blind-safe palette (Okabe-Ito)
with a second cue for every series (marker symbol, line dash or bar pattern, and numbers
printed in heatmap cells), hover text that gives the reason behind each rating, and a
plain-text description of the chart in ``figure.layout.meta["alt"]`` (see :func:`alt_text`).
Content text is escaped before it reaches plotly, which renders some HTML in hover labels.
"""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass
from typing import Any

import pandas as pd

# Plotly's JSON writer looks in sys.modules for pandas, numpy and PIL.Image without importing
# them, and can find one half-imported while another thread imports it (the PDF library
# imports PIL). Importing them here, before any chart exists, means they are always complete
# by the time a chart is written.
import PIL.Image  # noqa: F401
import plotly.graph_objects as go
import plotly.io as pio
from plotly.colors import get_colorscale

from .i18n import _
from .vocab import FIT, N_, SCORE_MAX, SCORE_MIN, SHORT_LABELS

OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000", "#F0E442")
SYMBOLS = (
    "circle", "square", "diamond", "triangle-up", "x", "star", "cross", "hexagon",
    "triangle-down", "pentagon", "star-diamond", "hourglass", "bowtie", "asterisk",
)  # fmt: skip
DASHES = (
    "solid", "dash", "dot", "dashdot", "longdash", "longdashdot", "12px,3px,3px,3px,3px,3px",
    "2px,8px",
)  # fmt: skip
PATTERNS = ("", "/", ".", "x", "\\", "+", "-", "|")
HEAT_SCALE = get_colorscale("Cividis")
HIGHER_MEANS = N_("{low} = none or least, {high} = most; more is not better")
"""What a rating's number means, on every chart that shows one: each dimension's label says
what a high score is more of, and more is not better or worse."""
TITLE_FONT = dict(size=17)
FONT = dict(
    family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=14, color="#1d2327"
)
GRID = "#dfe3e6"
TITLE_WIDTH = 30
"""Characters per line of a chart title: what fits a phone's width (390 px) in the title font."""
NOTE_WIDTH = 50
"""The same for the smaller note under a title."""
RADAR_LABEL_WIDTH = 10
LEGEND_WIDTH = 16
"""Characters per line of a legend entry: two entries side by side fit a phone's width."""
LEGEND = dict(
    orientation="h", xref="container", yref="container", yanchor="bottom", y=0, x=0,
    entrywidth=0.5, entrywidthmode="fraction",  # two a row, on any screen
)  # fmt: skip
"""At the foot of a figure, which grows to fit it: however many rows it takes on a phone,
it never lies over the title or the tick labels."""
LEGEND_ROW = 22
LEGEND_LINE = 16
REASONS_BELOW = N_("The reason for each rating is listed under the chart.")
# A small explicit style instead of a named template: a named template is copied into every
# figure and makes each one several times larger to send.
AXIS = dict(
    gridcolor=GRID, linecolor=GRID, zerolinecolor=GRID, automargin=True,
    # level if the labels fit, upright if not: never slanted, where they overlap on a phone
    autotickangles=[0, 90],
)  # fmt: skip
NO_TEMPLATE = pio.templates["none"].to_plotly_json()
"""Plotly's empty template, written out: the plain form cannot name one."""


class Figure(go.Figure):  # type: ignore[misc]  # plotly has no type hints
    """A chart in plotly's plain dictionary form, sent to the browser as it is.

    Plotly checks every property as a figure object is made (about 8 ms a chart), and sending
    an object copies it whole on every page run. The builders here write the plain form, which
    Streamlit sends without checking it again. Plotly's checks still apply where they help:
    ``data`` and ``layout`` make the checked objects on first use, and the tests read every
    chart through them. Built once and cached, a figure is only read: do not change one.
    """

    def __init__(self, spec: dict[str, Any]) -> None:
        super().__init__(layout={"template": {}})  # no default template to copy in
        self._spec = spec
        self._checked: go.Figure | None = None

    def to_dict(self) -> dict[str, Any]:
        return self._spec

    def _checked_figure(self) -> go.Figure | None:
        if "_spec" not in vars(self):  # plotly's own set-up, before the spec is kept
            return None
        if self._checked is None:
            self._checked = go.Figure(self._spec)
        return self._checked

    @property
    def data(self) -> Any:
        checked = self._checked_figure()
        return super().data if checked is None else checked.data

    @property
    def layout(self) -> Any:
        checked = self._checked_figure()
        return super().layout if checked is None else checked.layout


@dataclass(frozen=True)
class Style:
    """How one series is told apart: colour plus a second cue that needs no colour."""

    colour: str
    symbol: str
    dash: str
    pattern: str


def style(index: int) -> Style:
    """The style of the index-th series: colours repeat after eight, so from the ninth series on
    the symbol, line dash and bar pattern differ from those of the series sharing its colour."""
    colour, turn = index % len(OKABE_ITO), index // len(OKABE_ITO)
    cue = (colour + 3 * turn) % len(DASHES)  # 3 and 8 share no factor: no pair repeats in 64
    return Style(OKABE_ITO[colour], SYMBOLS[index % len(SYMBOLS)], DASHES[cue], PATTERNS[cue])


def alt_text(figure: go.Figure) -> str:
    """The plain-text description a chart builder stored on its figure."""
    meta = figure.to_dict().get("layout", {}).get("meta")
    return meta.get("alt", "") if isinstance(meta, dict) else ""


def _safe(text: str, width: int = 60) -> str:
    """Escape content text for a hover label and wrap it into short lines."""
    lines = textwrap.wrap(str(text), width, break_long_words=False)
    return "<br>".join(html.escape(line) for line in lines) or ""


def _legend_height(names: list[str]) -> int:
    """Pixels the legend takes at the foot of a figure: two entries a row, each row as tall
    as its entry with the most lines."""
    lines = [name.count("<br>") + 1 for name in names]
    rows = [max(lines[i : i + 2]) for i in range(0, len(lines), 2)]
    return sum(LEGEND_ROW + LEGEND_LINE * (n - 1) for n in rows)


def _higher_means() -> str:
    return _(HIGHER_MEANS).format(low=SCORE_MIN, high=SCORE_MAX)


def _figure(
    traces: list[dict[str, Any]],
    title: str,
    alt: str,
    *,
    note: str = "",
    height: int = 440,
    legend: bool = True,
    top: int | None = None,
    xaxis: dict[str, Any] | None = None,
    yaxis: dict[str, Any] | None = None,
    **layout: object,
) -> Figure:
    """A figure built in one step from plain traces and layout.

    Plotly checks every property as the figure is made. Made in one step, it checks each
    once; adding traces and updating the layout call by call checks the growing figure again
    each time, and made each new comparison's charts about fifteen times slower to build.
    """
    # plotly never wraps a title: a phone would cut it. A note goes under it in smaller type.
    # Plotly places a title of several lines from its first line, so the lines after it would
    # rise out of the figure: they go in the subtitle, which grows downwards.
    titled = [html.escape(line) for line in textwrap.wrap(title, TITLE_WIDTH)]
    noted = [html.escape(line) for line in textwrap.wrap(note, NOTE_WIDTH)]
    under = titled[1:] + [f'<span style="font-size:12px">{line}</span>' for line in noted]
    subtitle = {"subtitle": dict(text="<br>".join(under), font=TITLE_FONT)} if under else {}
    if legend:
        height += _legend_height([t["name"] for t in traces if t.get("showlegend", True)])
    return Figure(
        dict(
            data=traces,
            layout=dict(
                title=dict(
                    text=titled[0] if titled else "",
                    x=0,
                    xanchor="left",
                    y=1,
                    yanchor="top",
                    yref="container",
                    pad=dict(t=10),  # the same gap above the title however tall the chart
                    **subtitle,
                ),
                template=NO_TEMPLATE,
                font=FONT,
                paper_bgcolor="#ffffff",
                plot_bgcolor="#ffffff",
                xaxis={**AXIS, **(xaxis or {})},
                yaxis={**AXIS, **(yaxis or {})},
                height=height,
                margin=dict(
                    l=10, r=10, t=(top or 50) + 24 * (len(titled) - 1) + 32 * len(noted), b=10
                ),
                showlegend=legend,
                legend=LEGEND,
                hoverlabel=dict(align="left"),
                meta={"alt": alt},
                **layout,
            ),
        )
    )


def profile(ratings: pd.DataFrame) -> Figure:
    """Radar chart of each pathway's 0-4 ratings; hovering a point shows the reason."""
    traces = []
    for index, (name, rows) in enumerate(ratings.groupby("pathway", sort=False)):
        s = style(index)
        # on two lines, so the labels left and right of the circle fit a phone's width
        theta = [_safe(_(SHORT_LABELS.get(d, d)), RADAR_LABEL_WIDTH) for d in rows["dimension"]]
        traces.append(
            dict(
                type="scatterpolar",
                r=[*rows["score"], rows["score"].iloc[0]],
                theta=[*theta, theta[0]],
                name=_safe(str(name), LEGEND_WIDTH),
                mode="lines+markers",
                line=dict(color=s.colour, dash=s.dash, width=2),
                marker=dict(symbol=s.symbol, size=10, color=s.colour),
                customdata=[
                    [html.escape(_(d)), _safe(r)]
                    for d, r in zip(
                        [*rows["dimension"], rows["dimension"].iloc[0]],
                        [*rows["reason"], rows["reason"].iloc[0]],
                        strict=True,
                    )
                ],
                hovertemplate="<b>%{fullData.name}</b><br>%{customdata[0]}: "
                + _("{score} of {most}").format(score="%{r}", most=SCORE_MAX)
                + "<br>%{customdata[1]}<extra></extra>",
            )
        )
    polar = dict(
        bgcolor="#ffffff",
        radialaxis=dict(
            range=[0, SCORE_MAX], dtick=1, gridcolor=GRID, linecolor=GRID, angle=90, tickangle=90
        ),
        angularaxis=dict(gridcolor=GRID, linecolor=GRID, tickfont=dict(size=11)),
        # room for the labels: left and right on a narrow screen, above and below on any
        domain=dict(x=[0.22, 0.78], y=[0.1, 0.9]),
    )
    summary = "; ".join(
        f"{name}: "
        + ", ".join(f"{_(d)} {v}" for d, v in zip(rows["dimension"], rows["score"], strict=True))
        for name, rows in ratings.groupby("pathway", sort=False)
    )
    alt = " ".join(
        [
            _("Radar chart of ratings from 0 to {most} on each dimension.").format(most=SCORE_MAX),
            f"{summary}.",
            _(REASONS_BELOW),
        ]
    )
    return _figure(
        traces, _("Dimension profile"), alt, note=_higher_means(), height=500, top=60, polar=polar
    )


def heatmap(ratings: pd.DataFrame) -> Figure:
    """Pathways by dimensions, the score printed in each cell; hovering shows the reason."""
    names = list(dict.fromkeys(ratings["pathway"]))
    dims = list(dict.fromkeys(ratings["dimension"]))
    score = ratings.pivot(index="pathway", columns="dimension", values="score").reindex(
        index=names, columns=dims
    )
    reason = ratings.pivot(index="pathway", columns="dimension", values="reason").reindex(
        index=names, columns=dims
    )
    custom = [[[html.escape(_(d)), _safe(reason.loc[n, d])] for d in dims] for n in names]
    trace = dict(
        type="heatmap",
        z=score.to_numpy().tolist(),
        x=[_(SHORT_LABELS.get(d, d)) for d in dims],
        y=[_safe(n, LEGEND_WIDTH) for n in names],  # two lines: room for the columns on a phone
        zmin=0,
        zmax=SCORE_MAX,
        colorscale=HEAT_SCALE,
        text=score.to_numpy().tolist(),
        texttemplate="%{text}",
        customdata=custom,
        showscale=False,  # the score is printed in each cell; a colour bar takes a phone's width
        textfont=dict(size=12),
        hovertemplate="<b>%{y}</b><br>%{customdata[0]}: "
        + _("{score} of {most}").format(score="%{z}", most=SCORE_MAX)
        + "<br>%{customdata[1]}<extra></extra>",
        xgap=2,
        ygap=2,
    )
    summary = "; ".join(
        f"{n}: " + ", ".join(f"{_(d)} {int(score.loc[n, d])}" for d in dims) for n in names
    )
    heading = _("Heatmap of {pathways} pathways by {dimensions} dimensions, scores 0 to {most}.")
    alt = " ".join(
        [
            heading.format(pathways=len(names), dimensions=len(dims), most=SCORE_MAX),
            f"{summary}.",
            _(REASONS_BELOW),
        ]
    )
    return _figure(
        [trace],
        _("All pathways, all dimensions"),
        alt,
        note=_higher_means(),
        height=170 + 48 * len(names),
        legend=False,
        # every label, turned upright when the columns are narrow (plotly drops some otherwise)
        xaxis=dict(
            tickmode="array",
            tickvals=trace["x"],
        ),
        yaxis=dict(autorange="reversed", tickmode="array", tickvals=trace["y"]),
    )


def _grouped_bars(counts: pd.DataFrame, category: str, title: str, what: str) -> Figure:
    traces = []
    for index, (name, rows) in enumerate(counts.groupby("pathway", sort=False, observed=True)):
        s = style(index)
        traces.append(
            dict(
                type="bar",
                x=[_(str(c)) for c in rows[category]],
                y=rows["count"].tolist(),
                name=_safe(str(name), LEGEND_WIDTH),
                marker=dict(
                    color=s.colour,
                    pattern=dict(
                        shape=s.pattern, fillmode="overlay", fgcolor="#ffffff", size=8, solidity=0.4
                    ),
                    line=dict(color="#333333", width=1),
                ),
                customdata=[_safe(i, 50) for i in rows["items"]],
                hovertemplate="<b>%{fullData.name}</b>, %{x}: %{y}<br>%{customdata}<extra></extra>",
            )
        )
    summary = "; ".join(
        f"{name}: "
        + ", ".join(f"{_(str(c))} {n}" for c, n in zip(rows[category], rows["count"], strict=True))
        for name, rows in counts.groupby("pathway", sort=False, observed=True)
    )
    return _figure(
        traces,
        title,
        _("Grouped bar chart of {what} per pathway.").format(what=what) + f" {summary}.",
        barmode="group",
        yaxis=dict(
            title=dict(text=_("number of {what}").format(what=what)), dtick=1, rangemode="tozero"
        ),
    )


def steps_by_time(counts: pd.DataFrame) -> Figure:
    """Grouped bars: how many first steps each pathway has today, this week, this month, ongoing."""
    return _grouped_bars(counts, "when", _("First steps by time"), _("first steps"))


def supports_by_type(counts: pd.DataFrame) -> Figure:
    """Grouped bars: how many people, places, services and practices each pathway names."""
    return _grouped_bars(counts, "type", _("Supports by type"), _("supports"))


def themes(theme_counts: pd.DataFrame) -> Figure:
    """Dot matrix of principle themes, a row per theme and a column per pathway (rows keep every
    label readable on a phone); a dot's size is how many principles carry the theme."""
    held = theme_counts[theme_counts["count"] > 0]
    order = list(
        dict.fromkeys(held.sort_values("shared by", ascending=False, kind="stable")["theme"])
    )
    traces = []
    for index, (name, rows) in enumerate(held.groupby("pathway", sort=False, observed=True)):
        s = style(index)
        traces.append(
            dict(
                type="scatter",
                x=[html.escape(str(name))] * len(rows),
                y=[_(t) for t in rows["theme"]],
                mode="markers",
                name=_safe(str(name), LEGEND_WIDTH),
                marker=dict(
                    symbol=s.symbol,
                    color=s.colour,
                    size=(10 + 6 * rows["count"]).tolist(),
                    line=dict(color="#333333", width=1),
                ),
                customdata=[
                    [_safe(i, 50), int(n)]
                    for i, n in zip(rows["items"], rows["shared by"], strict=True)
                ],
                hovertemplate="<b>%{x}</b>, %{y}<br>%{customdata[0]}<br>"
                + _("held by {count} of the pathways shown").format(count="%{customdata[1]}")
                + "<extra></extra>",
            )
        )
    count = theme_counts["pathway"].nunique()
    shared_by = dict(zip(held["theme"], held["shared by"], strict=True))
    shared = [t for t in order if shared_by[t] == count]
    summary = (
        _("Themes every pathway shown holds: {themes}").format(
            themes=", ".join(_(t) for t in shared)
        )
        if shared
        else _("No theme is held by every pathway shown")
    )
    rows_text = "; ".join(
        f"{n}: {', '.join(_(t) for t in r['theme'])}"
        for n, r in held.groupby("pathway", sort=False, observed=True)
    )
    alt = _("Dot chart of principle themes by pathway.") + f" {summary}. {rows_text}."
    # no legend: the x axis, above the dots, names each pathway
    return _figure(
        traces,
        _("Principle themes"),
        alt,
        height=160 + 34 * max(len(order), 1),
        legend=False,
        top=130,  # room for the pathway names above the dots
        xaxis=dict(side="top"),
        yaxis=dict(
            categoryorder="array", categoryarray=[_(t) for t in order], autorange="reversed"
        ),
    )


def combinations(pairs: pd.DataFrame, names: list[str]) -> Figure:
    """Matrix of which pathways name each other as often combined; hovering shows the notes."""
    index = {n: i for i, n in enumerate(names)}
    size = len(names)
    z: list[list[int | None]] = [[None] * size for _ in range(size)]
    text = [[""] * size for _ in range(size)]
    notes = [[""] * size for _ in range(size)]
    for first, second, combined, note in pairs.itertuples(index=False, name=None):
        i, j = index[first], index[second]
        for a, b in ((i, j), (j, i)):
            z[a][b] = 1 if combined else 0
            text[a][b] = _("combine") if combined else _("not noted")
            notes[a][b] = _safe(note or _("Neither file notes this combination."), 60)
    labels = [html.escape(n) for n in names]
    trace = dict(
        type="heatmap",
        z=z,
        x=labels,
        y=labels,
        zmin=0,
        zmax=1,
        colorscale=[[0, "#eeeeee"], [1, OKABE_ITO[2]]],
        showscale=False,
        text=text,
        texttemplate="%{text}",
        customdata=notes,
        hovertemplate=_("{first} with {second}").format(first="<b>%{y}</b>", second="<b>%{x}</b>")
        + "<br>%{customdata}<extra></extra>",
        xgap=3,
        ygap=3,
    )
    combined = [
        _("{first} with {second}").format(first=a, second=b)
        for a, b, ok, _note in pairs.itertuples(index=False, name=None)
        if ok
    ]
    alt = (
        _("Matrix of pathway pairs. Often combined: {pairs}.").format(pairs="; ".join(combined))
        if combined
        else _("Matrix of pathway pairs. None of the pairs shown is noted as combined.")
    )
    return _figure(
        [trace],
        _("Which pathways combine"),
        alt,
        height=120 + 60 * size,
        legend=False,
        yaxis=dict(autorange="reversed"),
    )


FIT_STYLE = {
    # fit (a key of vocab.FIT): (colour, mark printed on the chart)
    "lines-up": ("#0072B2", "✓"),
    "partly": ("#8a8f94", "~"),
    "pulls-against": ("#D55E00", "✗"),
}
FIT_LEVEL = {"pulls-against": 0, "partly": 1, "lines-up": 2}
_FIT_CODE = {label: code for code, label in FIT.items()}
"""The fit column of :func:`pathways.fit.table` holds labels; styles are keyed by code."""


FIT_BARS = {"lines-up": (1.0, 0.0), "partly": (0.7, -0.35), "pulls-against": (-1.0, 0.0)}
"""How each fit is drawn: a bar's length and where it starts. One length per fit, so no bar is
empty (a "partly" sits across the middle) and no two lengths need explaining."""


def fit_bars(rows: pd.DataFrame, pathway: str) -> Figure:
    """One pathway against each answer: bars to the right line up, across the middle partly,
    to the left pull against."""
    traces = []
    for code, (colour, mark) in FIT_STYLE.items():
        fit = FIT[code]
        part = rows[rows["fit"] == fit]
        if part.empty:
            continue
        length, start = FIT_BARS[code]
        traces.append(
            dict(
                type="bar",
                x=[length] * len(part),
                base=start,
                y=[html.escape(q) for q in part["question"]],
                orientation="h",
                name=f"{mark} {_(fit)}",
                marker=dict(color=colour),
                text=[f"{mark} {_(fit)}"] * len(part),
                textposition="inside",
                insidetextanchor="middle",
                customdata=[
                    [_safe(said), r, _safe(reason)]
                    for said, r, reason in zip(
                        part["you said"], part["rating"], part["reason"], strict=True
                    )
                ],
                hovertemplate=f"<b>%{{y}}</b>: {_(fit).lower()}<br>"
                + _("You said: {answer}").format(answer="%{customdata[0]}")
                + "<br>"
                + _("Rating {score} of {most}: {reason}").format(
                    score="%{customdata[1]}", most=SCORE_MAX, reason="%{customdata[2]}"
                )
                + "<extra></extra>",
            )
        )
    questions = list(rows["question"])
    summary = "; ".join(
        f"{q}: {_(f).lower()}" for q, f in zip(rows["question"], rows["fit"], strict=True)
    )
    alt = _("Bar chart of how {pathway} sits with each answer.").format(pathway=pathway)
    alt += f" {summary}."
    return _figure(
        traces,
        _("How {pathway} sits with your answers").format(pathway=pathway),
        alt,
        height=140 + 44 * len(questions),
        legend=False,  # each bar says its fit, and the axis names the sides
        xaxis=dict(
            range=[-1.3, 1.3],  # room for the end labels inside a phone's width
            tickvals=[-1, 0, 1],
            ticktext=[_("pulls against"), _("partly"), _("lines up")],
            zeroline=True,
            zerolinecolor="#8a8f94",
        ),
        yaxis=dict(
            categoryorder="array",
            categoryarray=[html.escape(q) for q in questions],
            autorange="reversed",
        ),
    )


def fit_matrix(rows: pd.DataFrame) -> Figure:
    """Every pathway against every answer, with a mark and colour in each cell; no totals."""
    names = list(dict.fromkeys(rows["pathway"]))
    questions = list(dict.fromkeys(rows["question"]))
    fit: dict[tuple[str, str], str] = {}
    reason: dict[tuple[str, str], str] = {}
    for n, q, f, r in zip(
        rows["pathway"], rows["question"], rows["fit"], rows["reason"], strict=True
    ):
        fit[n, q], reason[n, q] = f, r
    style = {(n, q): FIT_STYLE[_FIT_CODE[f]] for (n, q), f in fit.items()}
    colours = [FIT_STYLE[code][0] for code in sorted(FIT_LEVEL, key=FIT_LEVEL.__getitem__)]
    trace = dict(
        type="heatmap",
        z=[[FIT_LEVEL[_FIT_CODE[fit[n, q]]] for q in questions] for n in names],
        x=[html.escape(q) for q in questions],
        y=[html.escape(n) for n in names],
        zmin=0,
        zmax=2,
        colorscale=[
            [0, colours[0]],
            [1 / 3, colours[0]],
            [1 / 3, colours[1]],
            [2 / 3, colours[1]],
            [2 / 3, colours[2]],
            [1, colours[2]],
        ],
        showscale=False,
        text=[[style[n, q][1] for q in questions] for n in names],
        texttemplate="%{text}",
        textfont=dict(color="#ffffff", size=18),
        customdata=[[[_(fit[n, q]), _safe(reason[n, q])] for q in questions] for n in names],
        hovertemplate="<b>%{y}</b> · %{x}: %{customdata[0]}<br>%{customdata[1]}<extra></extra>",
        xgap=3,
        ygap=3,
    )
    summary = "; ".join(
        f"{n}: " + ", ".join(f"{q} {_(fit[n, q]).lower()}" for q in questions) for n in names
    )
    alt = (
        _(
            "Grid of {pathways} pathways by {answers} answers. Each cell says whether the "
            "pathway lines up (✓), partly (~) or pulls against (✗) the answer."
        ).format(pathways=len(names), answers=len(questions))
        + f" {summary}."
    )
    return _figure(
        [trace],
        _("Every pathway, every answer"),
        alt,
        height=160 + 48 * len(names),
        legend=False,
        # room for the answers above the grid, upright on a phone (about 7 px a character)
        top=60 + 7 * max(len(q) for q in questions),
        xaxis=dict(side="top", tickmode="array", tickvals=trace["x"]),  # every answer named
        yaxis=dict(autorange="reversed"),
    )
