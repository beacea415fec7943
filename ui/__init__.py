"""Streamlit widgets that more than one page draws. Views call these; the domain never does.

navigation  following a link into a page's state, previous / next, the open tab
charts      a chart with its description and its data table; every rating's reason as text
safety      the safety facts, always open; a line naming them where they come further down
problems    content problems as copyable lines
downloads   private downloads, deleted from the server's memory soon after
styles      the CSS that targets Streamlit's own elements
language    each session's language, the switch, and _() for the interface's words
"""

from __future__ import annotations

from .charts import CHART_CONFIG, chart, reasons, unread_plots
from .downloads import DOWNLOADS, deleted_soon, forget_downloads
from .language import _, current, language_switch, long_date, n_, settle_language
from .navigation import (
    follow_link,
    next_tab,
    open_tab,
    page_link,
    pathway_link,
    presenting,
    previous_next,
    write_link,
)
from .problems import problem_list
from .safety import safety_facts, safety_pointer
from .styles import PLAN_PRINT_CSS, PRESENTER_CSS, TOUCH_CSS, use

__all__ = [
    "CHART_CONFIG",
    "DOWNLOADS",
    "PLAN_PRINT_CSS",
    "PRESENTER_CSS",
    "TOUCH_CSS",
    "_",
    "chart",
    "current",
    "deleted_soon",
    "follow_link",
    "forget_downloads",
    "language_switch",
    "long_date",
    "n_",
    "next_tab",
    "open_tab",
    "page_link",
    "pathway_link",
    "presenting",
    "previous_next",
    "problem_list",
    "reasons",
    "safety_facts",
    "safety_pointer",
    "settle_language",
    "unread_plots",
    "use",
    "write_link",
]
