"""Home: what Pathways is and is not, a card per pathway, and how to use it."""

import streamlit as st

import pathways
import ui
from pathways import plain
from ui import _, n_

content = pathways.session_content(st.session_state)


def listed(heading: str, items: tuple[str, ...]) -> str:
    """A bold heading over a list, as Markdown."""
    return f"**{heading}**\n\n" + "\n".join(f"- {item}" for item in items)


st.title(_("Many roads to recovery"))
st.markdown(
    _(
        "Pathways shows different ways people recover from substance use **side by side**: what "
        "each pathway believes, how people start, and who or what helps. Recovery has many "
        "pathways. No pathway is the right one for everyone, and many people combine more than one."
    )
)

left, right = st.columns(2)
with left.container(border=True):
    st.markdown(
        listed(
            _("What this is"),
            (
                _("Plain-language information to read, compare and talk about"),
                _("Every fact comes with a source you can check"),
                _("Strengths and limits of every pathway, with the same care"),
            ),
        )
    )
with right.container(border=True):
    st.markdown(
        listed(
            _("What this is not"),
            (
                _("Not medical advice, and not a test that picks a pathway for you"),
                _("Not a replacement for a doctor, counsellor or peer specialist"),
                _("Nothing you choose here is saved or sent anywhere"),
            ),
        )
    )

st.header(_("The pathways"))
if len(content.pathways) >= 2:  # the main workshop action, before the cards
    with st.container(border=True):
        ui.page_link(
            "views/compare.py",
            label="**" + _("Compare pathways side by side") + "**",
            icon=":material/compare_arrows:",
        )
pages = pathways.viewmodels.card_pages(list(content.pathways))
shown = pages[0]
if len(pages) > 1:  # many pathways: a page of cards at a time keeps the page light
    number = st.segmented_control(
        n_("{n} pathway; show", "{n} pathways; show", len(content.pathways)),
        range(len(pages)),
        format_func=lambda n: _("{first} to {last}").format(
            first=n * len(pages[0]) + 1, last=n * len(pages[0]) + len(pages[n])
        ),
        default=0,
        key="home_cards",
    )
    shown = pages[number or 0]
for row in range(0, len(shown), 2):  # a row at a time: the same order on a phone as on a desktop
    for column, pathway_id in zip(st.columns(2), shown[row : row + 2], strict=False):
        pathway = content.pathways[pathway_id]
        with column.container(border=True):
            st.markdown(f"### {plain(pathway.name)}\n{plain(pathway.summary)}")
            ui.page_link(
                "views/pathway.py",
                label=_("Explore {pathway}").format(pathway=plain(pathway.label)),
                icon=":material/arrow_forward:",
                query_params={"id": pathway.id},
            )

st.header(_("How to use it"))
workshop, peer = st.columns(2)
with workshop:
    st.markdown(
        listed(
            _("In a workshop"),
            (
                _("Open one pathway each and share what stood out"),
                _(
                    "On **Compare**, pick two pathways and talk about where they differ and "
                    "where they agree"
                ),
                _("Copy the address bar to share the exact comparison with the room"),
            ),
        )
    )
with peer:
    st.markdown(
        listed(
            _("With a peer"),
            (
                _("Start from what matters to the person, not from a pathway"),
                _("Look at pathways together; let the person lead"),
                _("Pathways can be combined: ask what might fit, now and later"),
            ),
        )
    )
st.caption(
    _(
        "Pathways is for education. It does not give medical advice. Talk with a health "
        "professional before starting or stopping any medication."
    )
)
