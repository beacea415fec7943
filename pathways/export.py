"""A comparison to take away: a standalone HTML file that works offline, and a CSV table."""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd

from . import tables
from .helplines import HELP_LINES, HELP_LINES_IN
from .i18n import _, long_date, speaking
from .loader import Content
from .memo import per_content
from .viewmodels import SAFETY_HEADING, Comparison, compare, safety


def comparison_table(comparison: Comparison) -> pd.DataFrame:
    """Every rating of every chosen pathway, with its reason: the comparison as one table,
    headed in the language being spoken."""
    return tables.shown(tables.ratings_long(list(comparison.pathways)))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is read as a formula by spreadsheet programs."""


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet shows as text: a quote before a leading =, +, -, @, tab or CR.

    Only text cells change; numbers (such as a score) stay numbers.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def comparison_csv(comparison: Comparison) -> str:
    """The comparison table as CSV (UTF-8 text), safe to open in a spreadsheet program.

    Rows end in CRLF (RFC 4180), so a cell holding a line break or a carriage return is
    quoted and cannot start a new row that a spreadsheet would read as a formula.
    """
    frame = comparison_table(comparison).map(spreadsheet_safe)
    return frame.to_csv(index=False, lineterminator="\r\n")


def comparison_html(content: Content, ids: tuple[str, ...], made_on: dt.date | None = None) -> str:
    """The comparison's charts and table as one HTML file, plotly inlined: no network needed."""
    return _html(content, ids, made_on or dt.date.today())


@per_content(maxsize=4)
def _html(content: Content, ids: tuple[str, ...], made_on: dt.date) -> str:
    with speaking(content.language):
        return _page(content, ids, made_on)


def _page(content: Content, ids: tuple[str, ...], made_on: dt.date) -> str:
    comparison = compare(content, ids)
    names = ", ".join(html.escape(p.name) for p in comparison.pathways)
    made = long_date(made_on, content.language)
    lines = HELP_LINES_IN.get(content.language, HELP_LINES)
    parts = [
        f"<!doctype html><html lang='{html.escape(content.language, quote=True)}'><head>"
        "<meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Pathways: {names}</title>",
        "<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;"
        "padding:0 1rem;color:#1d2327}table{border-collapse:collapse;font-size:.9rem}"
        "td,th{border:1px solid #dfe3e6;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        ".help{background:#eaf2fb;padding:.75rem 1rem;border-radius:.5rem}</style></head><body>",
        "<h1>" + _("Comparing: {names}").format(names=names) + "</h1>",
        "<p>"
        + html.escape(
            _(
                "Made with Pathways on {date}. For education; not medical advice. A rating "
                "describes a pathway; a higher number is not better."
            ).format(date=made)
        )
        + "</p>",
        "<p class='help'>"
        + " · ".join(f"<b>{html.escape(h.name)}</b>: {html.escape(h.how)}" for h in lines)
        + "</p>",
    ]
    facts = safety(content)  # the safety facts travel with every comparison
    if facts:
        parts.append(f"<h2>{html.escape(_(SAFETY_HEADING))}</h2><ul>")
        parts += [
            f"<li><b>{html.escape(f.title)}</b> {html.escape(f.text)} "
            + html.escape(_("Sources:"))
            + " "
            + "; ".join(
                f"<a href='{html.escape(s.url, quote=True)}'>{html.escape(s.citation)}</a>"
                for s in f.sources
            )
            + "</li>"
            for f in facts
        ]
        parts.append("</ul>")
    panels = []
    if comparison.charts is not None:
        c = comparison.charts
        panels = [c.profile, c.steps, c.supports, c.themes, c.combinations]
    if comparison.overview is not None:
        panels.append(comparison.overview)
    for index, panel in enumerate(panels):
        parts.append(
            panel.figure.to_html(
                full_html=False,
                include_plotlyjs=index == 0,  # the whole library once, inlined: works offline
                config={"displaylogo": False},
                div_id=f"chart-{panel.key}",
            )
        )
        parts.append(f"<p>{html.escape(panel.alt)}</p>")
    parts.append("<h2>" + html.escape(_("Every rating, with its reason")) + "</h2>")
    parts.append(comparison_table(comparison).to_html(index=False, escape=True, border=0))
    parts.append("</body></html>")
    return "\n".join(parts)
