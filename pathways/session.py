"""A browser session's own state: its uploads, and the content it sees with them joined.

Streamlit keeps one state mapping per browser tab; the functions here take that mapping, so
they can be tested without Streamlit. Nothing a session holds is written anywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any

from .i18n import LANGUAGES
from .loader import Content
from .store import current_content
from .uploads import Uploads
from .vocab import LANGUAGE

STATE_KEY = "pathways_uploads"
"""Where a session keeps its uploads (in its own session state, nowhere else)."""
LANGUAGE_KEY = "language"
"""Where a session keeps the language it reads the app in (see :mod:`pathways.i18n`)."""


def uploads_in(state: Mapping[str, Any]) -> Uploads:
    """A session's uploads (none yet: an empty set)."""
    found = state.get(STATE_KEY)
    return found if isinstance(found, Uploads) else Uploads()


def keep(state: MutableMapping[str, Any], uploads: Uploads) -> None:
    """Keep a session's uploads in its own state; an empty set is forgotten once nothing was
    tried in the last minute (the limit per minute still counts after files are removed)."""
    if uploads.files or uploads.refused or uploads.tried:
        state[STATE_KEY] = uploads
    else:
        state.pop(STATE_KEY, None)


def session_content(state: Mapping[str, Any]) -> Content:
    """The content one session sees: the shipped content in its language, with its own
    uploads joined."""
    language = state.get(LANGUAGE_KEY)
    base = current_content(lang=language if language in LANGUAGES else LANGUAGE)
    uploads = state.get(STATE_KEY)
    return uploads.content(base) if isinstance(uploads, Uploads) and uploads.files else base
