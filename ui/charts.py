"""A chart as every page draws it: its description for screen readers, and its data table."""

from __future__ import annotations

import streamlit as st

from pathways.viewmodels import Panel

CHART_CONFIG = {"displaylogo": False, "displayModeBar": False}
"""Plotly's options in the browser: no mode bar. On a touch screen it sits over the chart's
title, and it adds eight tab stops to every chart; Streamlit's own toolbar still offers full
screen."""


def chart(panel: Panel, *, table: bool = False) -> None:
    """Draw a chart with its plain-text description; with ``table``, its data below it."""
    st.plotly_chart(panel.figure, alt=panel.alt, theme=None, config=CHART_CONFIG, key=panel.key)
    if table:
        st.dataframe(panel.table, hide_index=True)
