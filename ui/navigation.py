"""Moving around: following a link into a page's state, previous / next, the open tab."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from pathways import Pathway, links, plain
from pathways.i18n import same_text

from .language import _, current


def presenting() -> bool:
    """Whether the page is shown on a projector (``?present=1``)."""
    return st.query_params.get("present") == "1"


def follow_link(param: str, key: str, ids: Sequence[str]) -> str | None:
    """Put the id a link names in ``?param=`` into the page's state under ``key``.

    A link (a deep link, or a link within the page) is followed whenever it differs from the
    id the page last wrote (see :func:`write_link`). The first id stands in for a missing or
    unknown one; the unknown id is returned so the page can say so.
    """
    requested = st.query_params.get(param)
    if requested != st.session_state.get(f"{key}_link") or st.session_state.get(key) not in ids:
        st.session_state[key], unknown = links.linked(ids, requested)
        return unknown
    return None


def write_link(param: str, key: str) -> str:
    """Write the id the page shows into the address bar, so a copied link opens it."""
    shown = st.session_state[key]
    st.query_params[param] = st.session_state[f"{key}_link"] = shown
    return shown


def previous_next(ids: Sequence[str], key: str, *, count: bool = False) -> None:
    """Previous and Next buttons that move ``st.session_state[key]`` through ``ids``; with
    ``count``, "Card 2 of 9" between them."""
    before, after = links.neighbours(ids, st.session_state[key])

    def go(to: str) -> None:
        st.session_state[key] = to

    if count:
        left, middle, right = st.columns([1, 2, 1], vertical_alignment="center")
        number = list(ids).index(st.session_state[key]) + 1
        middle.caption(_("Card {number} of {count}").format(number=number, count=len(ids)))
    else:
        left, right = st.columns(2)
    left.button(_("Previous"), icon=":material/arrow_back:", disabled=before is None,
                on_click=go, args=(before,), width="stretch")  # fmt: skip
    right.button(_("Next"), icon=":material/arrow_forward:", disabled=after is None,
                 on_click=go, args=(after,), width="stretch")  # fmt: skip


_FROM_TOP = """<script>
/* step {step} */
(() => {{
  const bar = document.querySelector('[data-testid="stProgress"]');
  for (let box = bar && bar.parentElement; box; box = box.parentElement) {{
    const scrolls = ["auto", "scroll"].includes(getComputedStyle(box).overflowY);
    if (scrolls && box.scrollTop > 0) box.scrollTop = 0;
  }}
  window.scrollTo(0, 0);
}})();
</script>"""


def show_from_top(step: int) -> None:
    """A new step opens at the top of the page, with the help lines, the title and the
    progress bar in view (its Next button is at the foot of the step before, where the page
    was scrolled to). Drawn after the progress bar; the script runs again only when ``step``
    changes."""
    st.html(_FROM_TOP.format(step=step), unsafe_allow_javascript=True)


def step_buttons(count: int, key: str) -> None:
    """Back and Next buttons that move ``st.session_state[key]`` (a step's index) by one,
    side by side at every width (columns would stack on a phone). Nothing has to be answered
    to go on."""
    at = st.session_state.get(key) or 0

    def go(to: int) -> None:
        st.session_state[key] = to

    with st.container(horizontal=True, horizontal_alignment="distribute"):
        st.button(_("Back"), icon=":material/arrow_back:", disabled=at <= 0,
                  on_click=go, args=(at - 1,), key=f"back_{key}")  # fmt: skip
        st.button(_("Next"), icon=":material/arrow_forward:", disabled=at >= count - 1,
                  on_click=go, args=(at + 1,), type="primary", key=f"next_{key}")  # fmt: skip


def open_tab(labels: Sequence[str], key: str, *, in_link: bool = False):
    """Tabs of which only the open one is drawn: its label and its container. With
    ``in_link``, the open tab is kept in the address bar (``?key=...``)."""
    bind = {"bind": "query-params"} if in_link else {}
    # The same tab stays open when the language changes, and a link that names a tab in
    # another language opens it.
    asked = st.session_state.get(key) or (st.query_params.get(key) if in_link else None)
    if asked is not None and asked not in labels:
        found = same_text(str(asked), list(labels), current())
        if found is not None:
            st.session_state[key] = found  # a bound address-bar value follows the widget
    tabs = st.tabs(list(labels), key=key, on_change="rerun", **bind)
    return next((label, tab) for label, tab in zip(labels, tabs, strict=True) if tab.open)


def next_tab(key: str, label: str, text: str) -> None:
    """A button, saying ``text``, that opens the tab ``label`` of the tabs under ``key``."""

    def open_it() -> None:
        st.session_state[key] = label

    st.button(text, icon=":material/arrow_forward:", on_click=open_it, type="primary")


def page_link(page: str, *, label: str, icon: str | None = None, query_params=None) -> None:
    """A link to another page that keeps presenting mode (``?present=1``) on, so following
    it mid-talk keeps the large type and previous / next."""
    params = dict(query_params or {})
    if presenting():
        params["present"] = "1"
    st.page_link(page, label=label, icon=icon, query_params=params or None)


def pathway_link(pathway: Pathway, label: str | None = None) -> None:
    """A link to a pathway's page, named by the pathway (or by ``label``)."""
    page_link(
        "views/pathway.py",
        label=label or plain(pathway.name),
        icon=":material/link:",
        query_params={"id": pathway.id},
    )
