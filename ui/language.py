"""Each person's language: chosen from a link, the switch or the browser, and the words in it.

``_("...")`` gives an interface text in the language of the session that is running; views
call it for every text a person reads, and ``make messages`` collects those texts into the
catalogues under ``pathways/locale/``.
"""

from __future__ import annotations

import datetime as dt
import json

import streamlit as st

from pathways.i18n import LANGUAGES, choose, translations
from pathways.i18n import long_date as _long_date
from pathways.session import LANGUAGE_KEY

PARAM = "lang"
"""The address bar's name for the language: ``?lang=es``."""
SWITCH = "language_switch"


def current() -> str:
    """The code of the language this session reads the app in."""
    code = st.session_state.get(LANGUAGE_KEY)
    return code if code in LANGUAGES else choose(None, None)


def _(message: str) -> str:
    """``message`` in this session's language (as written when it has no translation)."""
    return translations(current()).gettext(message)


def n_(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a text for ``count``, in this session's language;
    ``{n}`` in it becomes the count: ``n_("{n} problem", "{n} problems", 3)``."""
    return translations(current()).ngettext(singular, plural, count).format(n=count)


def long_date(day: dt.date) -> str:
    """A date with its month in words, in this session's language: "5 March 2024"."""
    return _long_date(day, current())


def _switched() -> None:
    chosen = st.session_state.get(SWITCH)
    if chosen in LANGUAGES:
        st.session_state[LANGUAGE_KEY] = chosen
        _show_in_link(chosen)


def _show_in_link(code: str) -> None:
    if code == choose(None, None):
        st.query_params.pop(PARAM, None)
    else:
        st.query_params[PARAM] = code


def settle_language() -> str:
    """Settle this session's language (a link's ``?lang=`` first, then what the session chose,
    then the browser's), keep it in the address bar so a shared link opens in it, and tell
    the browser, so screen readers read the page in it. Returns its code."""
    asked = st.query_params.get(PARAM)
    if asked in LANGUAGES:
        st.session_state[LANGUAGE_KEY] = asked
    elif st.session_state.get(LANGUAGE_KEY) not in LANGUAGES:
        st.session_state[LANGUAGE_KEY] = choose(None, st.context.locale)
    code = current()
    _show_in_link(code)
    # the code is one of LANGUAGES' keys, never text from the address bar; quoted all the same
    script = f"<script>document.documentElement.lang = {json.dumps(code)};</script>"
    st.html(script, unsafe_allow_javascript=True)
    return code


def language_switch() -> None:
    """English | Español, on every page."""
    st.session_state[SWITCH] = current()
    st.segmented_control(
        _("Language"),
        list(LANGUAGES),
        format_func=LANGUAGES.__getitem__,
        key=SWITCH,
        on_change=_switched,
        label_visibility="collapsed",
        required=True,
    )
