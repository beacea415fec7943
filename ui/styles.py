"""CSS for Streamlit's own elements. It targets Streamlit's ``data-testid`` names, which may
change between Streamlit releases: keep every such rule here, where a browser test looks."""

from __future__ import annotations

import streamlit as st

PRESENTER_CSS = """
html { font-size: 150%; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding-top: 4.5rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { line-height: 1.45; }
"""
"""Large type for a projector: readable from the back of a room. The top padding keeps the
help lines below Streamlit's top bar, which grows with the type."""

TOUCH_CSS = """
[data-testid="stButtonGroup"] button, [data-testid="stCheckbox"] label,
[data-testid="stRadio"] [role="radiogroup"] label, [data-testid="stBaseButton-secondary"],
[data-testid="stDownloadButton"] button
  { min-height: 44px; }
[role="radiogroup"] label, [data-testid="stCheckbox"] label { align-items: center; }
[data-testid="stTab"], [data-testid="stBaseButton-primary"], [data-testid="stPopoverButton"],
[data-testid="stExpander"] summary, [data-testid="stPageLink"] a
  { min-height: 44px; }
[data-testid="stPageLink"] a { display: flex; align-items: center; }
[data-testid="stButtonGroup"] button:is([aria-pressed="true"], [aria-checked="true"]),
[data-testid="stButtonGroup"] button:is([aria-pressed="true"], [aria-checked="true"]) p
  { color: #0b3a40 !important; font-weight: 600; box-shadow: inset 0 0 0 1px #1f6f78; }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible,
summary:focus-visible, [role="tab"]:focus-visible, [tabindex]:focus-visible
  { outline: 3px solid #1f6f78 !important; outline-offset: 2px; }
"""
"""On every page: touch targets of at least 44 px (buttons, answer pills, checkboxes, the
knowledge checks' answers, tabs, links to pages, sections that open) for phones and tablets,
a focus ring a keyboard user can see on whatever has focus, and a picked answer in dark,
bold type with a firmer edge (the theme's teal on its own tint falls short of 4.5:1, and on a
tablet in daylight a picked answer looked like one merely touched). (Captions are dark enough through the theme's
text colour: see .streamlit/config.toml.)"""

PLAN_PRINT_CSS = """
@media print {
  [data-testid="stHeader"], [role="tablist"] { display: none !important; }
  [data-testid="stVerticalBlock"] > :not(:has(.st-key-plan_sheet)):not(.st-key-plan_sheet):not(.st-key-plan_sheet *)
    { display: none !important; }
  .st-key-plan_sheet { border: none; }
}
"""
"""Printing What matters to me shows the plan sheet alone."""


def use(css: str) -> None:
    """Add a style sheet to the page."""
    st.html(f"<style>{css}</style>")
