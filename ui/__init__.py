"""Streamlit widgets that more than one page draws. Views call these; the domain never does."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st
from streamlit import runtime

from pathways import SafetyFact, link, plain
from pathways.plan import FORGET_SECONDS, later
from pathways.viewmodels import SAFETY_HEADING

__all__ = ["DOWNLOADS", "PRESENTER_CSS", "deleted_soon", "forget_downloads", "safety_facts"]

PRESENTER_CSS = """
html { font-size: 150%; }
[data-testid="stMainBlockContainer"] { max-width: 100%; padding-top: 4.5rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li { line-height: 1.45; }
"""
"""Large type for a projector: readable from the back of a room. The top padding keeps the
help lines below Streamlit's top bar, which grows with the type."""


def safety_facts(facts: Sequence[SafetyFact]) -> None:
    """The safety facts, always open: each title and text in full, their sources one tap away."""
    if not facts:
        return
    with st.container(border=True, key="safety-facts"):
        st.markdown(f"**{SAFETY_HEADING}**")
        st.markdown("\n".join(f"- **{plain(f.title)}** {plain(f.text)}" for f in facts))
        with st.expander("Sources for these safety facts", icon=":material/menu_book:"):
            st.markdown(
                "\n".join(
                    f"- {plain(f.title)}: " + "; ".join(link(s.citation, s.url) for s in f.sources)
                    for f in facts
                )
            )


# A download made when its button is pressed stays in Streamlit's server memory, readable by
# anyone with the link, until Streamlit's own clean-up. Private files (the take-home plan) are
# deleted here instead: at the page's next run, on Clear my answers, or after FORGET_SECONDS.
DOWNLOADS = "plan_files"
"""Where a session notes the private files it downloaded (a set of Streamlit file ids)."""


def _delete(media, files) -> None:
    """Delete these downloaded files from the server's memory now."""
    try:
        with media._lock:
            for file_id in list(files):
                files.discard(file_id)
                if file_id in media._file_metadata:
                    media._delete_file(file_id)
    except AttributeError:  # a Streamlit without these internals: its own clean-up remains
        pass


def forget_downloads() -> None:
    """Delete every private file this session downloaded from the server's memory."""
    if runtime.exists() and st.session_state.get(DOWNLOADS):
        _delete(runtime.get_instance().media_file_mgr, st.session_state[DOWNLOADS])


def deleted_soon(make, mime: str, file_name: str):
    """Data for st.download_button, made when pressed, and deleted from the server soon after."""
    media = runtime.get_instance().media_file_mgr if runtime.exists() else None
    files = st.session_state.setdefault(DOWNLOADS, set())

    def made():
        data = make()
        data = data.encode() if isinstance(data, str) else data
        try:
            from streamlit.runtime.memory_media_file_storage import _calculate_file_id
        except ImportError:  # a Streamlit that names its files otherwise
            return data
        file_id = _calculate_file_id(data, mime, file_name)
        files.add(file_id)
        if media is not None:
            later(FORGET_SECONDS, lambda: _delete(media, {file_id}))
        return data

    return made
