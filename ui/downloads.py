"""Private downloads (the take-home plan), deleted from the server's memory soon after."""

from __future__ import annotations

import streamlit as st
from streamlit import runtime

import pathways  # its plan module (and the PDF library) loads when a plan is downloaded

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
            pathways.plan.later(pathways.plan.FORGET_SECONDS, lambda: _delete(media, {file_id}))
        return data

    return made
