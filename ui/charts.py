"""A chart as every page draws it: its description for screen readers, and its data table."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

import pathways
from pathways import SCORE_MAX, plain
from pathways.viewmodels import Panel, Reason

from .language import _

CHART_CONFIG = {"displaylogo": False, "displayModeBar": False}
"""Plotly's options in the browser: no mode bar. On a touch screen it sits over the chart's
title, and it adds eight tab stops to every chart; Streamlit's own toolbar still offers full
screen."""


UNREAD_PLOT = """<script>
(() => {
  if (window.pathwaysPlotsUnread) return;
  window.pathwaysPlotsUnread = true;
  let queued = false;
  const hide = () => {
    queued = false;
    for (const plot of document.querySelectorAll(
      '[data-testid="stPlotlyChart"] .js-plotly-plot:not([aria-hidden])'))
      plot.setAttribute("aria-hidden", "true");
  };
  new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(hide); } })
    .observe(document.body, { childList: true, subtree: true });
  hide();
})();
</script>"""
"""Screen readers read a chart by its description (the figure's label); the plot inside, its
tick labels and legend, would otherwise be read as unnamed images. Added once, by the frame."""


def unread_plots() -> None:
    """Keep screen readers to each chart's description (see ``UNREAD_PLOT``)."""
    st.html(UNREAD_PLOT, unsafe_allow_javascript=True)


def chart(panel: Panel, *, table: bool = False, reasons_open: bool = False) -> None:
    """Draw a chart with its plain-text description; with ``table``, its data below it. A
    chart of ratings has every reason its points show on hover listed under it: folded, or
    with ``reasons_open``, in full."""
    st.plotly_chart(panel.figure, alt=panel.alt, theme=None, config=CHART_CONFIG, key=panel.key)
    if panel.reasons is not None:
        if reasons_open:
            reasons(panel.reasons)
        else:
            with st.expander(_("Why each rating"), icon=":material/format_list_bulleted:"):
                reasons(panel.reasons)
    if table:
        st.dataframe(pathways.tables.shown(panel.table), hide_index=True)  # loads pandas


def reasons(ratings: Sequence[Reason]) -> None:
    """The reason for every rating, as text: what hovering over a chart point shows, for
    touch, keyboard and screen-reader users. Under each pathway's name when there are two or
    more."""
    lines: dict[str, list[str]] = {}
    for r in ratings:
        lines.setdefault(r.pathway, []).append(
            f"- **{plain(r.dimension)}: "
            + _("{score} of {most}").format(score=r.score, most=SCORE_MAX)
            + f".** {plain(r.reason)}"
        )
    named = len(lines) > 1
    st.markdown(
        "\n\n".join(
            (f"**{plain(name)}**\n\n" if named else "") + "\n".join(items)
            for name, items in lines.items()
        )
    )
