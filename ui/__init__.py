"""Streamlit widgets that more than one page draws. Views call these; the domain never does.

navigation  following a link into a page's state, previous / next, the open tab
charts      a chart with its description and its data table; every rating's reason as text
safety      the safety facts, always open; a line naming them where they come further down
problems    content problems as copyable lines
downloads   private downloads, deleted from the server's memory soon after
styles      the CSS that targets Streamlit's own elements
language    each session's language, the switch, and _() for the interface's words
answers     a person's answers (kept for the session, cleared on request), and the values
            questions, pathways side by side and the plan builder two pages draw
"""

from __future__ import annotations

from .answers import (
    CLOSER,
    PRIVATE,
    SKIP,
    TALK_STEP,
    clear_answers,
    clear_button,
    given,
    keep_answers,
    plan_builder,
    side_by_side,
    talk_key,
    values_questions,
    worksheet,
)
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
    show_from_top,
    step_buttons,
    write_link,
)
from .problems import problem_list
from .safety import safety_facts, safety_pointer
from .styles import PLAN_PRINT_CSS, PRESENTER_CSS, TOUCH_CSS, use

__all__ = [
    "CHART_CONFIG",
    "CLOSER",
    "DOWNLOADS",
    "PLAN_PRINT_CSS",
    "PRESENTER_CSS",
    "PRIVATE",
    "SKIP",
    "TALK_STEP",
    "TOUCH_CSS",
    "_",
    "chart",
    "clear_answers",
    "clear_button",
    "current",
    "deleted_soon",
    "follow_link",
    "forget_downloads",
    "given",
    "keep_answers",
    "language_switch",
    "long_date",
    "n_",
    "next_tab",
    "open_tab",
    "page_link",
    "pathway_link",
    "plan_builder",
    "presenting",
    "previous_next",
    "problem_list",
    "reasons",
    "safety_facts",
    "safety_pointer",
    "settle_language",
    "show_from_top",
    "side_by_side",
    "step_buttons",
    "talk_key",
    "unread_plots",
    "use",
    "values_questions",
    "worksheet",
    "write_link",
]
