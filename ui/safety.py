"""The safety facts, drawn the same way wherever they appear: always open, never hidden."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from pathways import SafetyFact, link, plain
from pathways.viewmodels import SAFETY_HEADING

from .language import _


def safety_facts(facts: Sequence[SafetyFact]) -> None:
    """The safety facts, always open: each title and text in full, their sources one tap away."""
    if not facts:
        return
    with st.container(border=True, key="safety-facts"):
        st.markdown(f"**{_(SAFETY_HEADING)}**")
        st.markdown("\n".join(f"- **{plain(f.title)}** {plain(f.text)}" for f in facts))
        with st.expander(_("Sources for these safety facts"), icon=":material/menu_book:"):
            st.markdown(
                "\n".join(
                    f"- {plain(f.title)}: " + "; ".join(link(s.citation, s.url) for s in f.sources)
                    for f in facts
                )
            )


def safety_pointer(facts: Sequence[SafetyFact], in_full: str) -> None:
    """One line naming each safety fact, for a page that shows them in full further down
    (``in_full``, a sentence, says where: "In full below the charts."), so that a long box
    does not push the page's own content away."""
    if facts:
        titles = " · ".join(plain(f.title) for f in facts)
        st.markdown(f":material/health_and_safety: **{_(SAFETY_HEADING)}:** {titles}. {in_full}")
