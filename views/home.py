"""Home: what Pathways is and is not, a card per pathway, and how to use it."""

import streamlit as st

import pathways
from pathways import plain

content = pathways.session_content(st.session_state)

st.title("Many roads to recovery")
st.markdown(
    "Pathways shows different ways people recover from substance use **side by side**: what each "
    "pathway believes, how people start, and who or what helps. Recovery has many pathways. "
    "No pathway is the right one for everyone, and many people combine more than one."
)

left, right = st.columns(2)
with left.container(border=True):
    st.markdown(
        "**What this is**\n\n"
        "- Plain-language information to read, compare and talk about\n"
        "- Every fact comes with a source you can check\n"
        "- Strengths and limits of every pathway, with the same care"
    )
with right.container(border=True):
    st.markdown(
        "**What this is not**\n\n"
        "- Not medical advice, and not a test that picks a pathway for you\n"
        "- Not a replacement for a doctor, counsellor or peer specialist\n"
        "- Nothing you choose here is saved or sent anywhere"
    )

st.header("The pathways")
if len(content.pathways) >= 2:  # the main workshop action, before the cards
    with st.container(border=True):
        st.page_link(
            "views/compare.py",
            label="**Compare pathways side by side**",
            icon=":material/compare_arrows:",
        )
pages = pathways.viewmodels.card_pages(list(content.pathways))
shown = pages[0]
if len(pages) > 1:  # many pathways: a page of cards at a time keeps the page light
    number = st.segmented_control(
        f"{len(content.pathways)} pathways; show",
        range(len(pages)),
        format_func=lambda n: f"{n * len(pages[0]) + 1} to {n * len(pages[0]) + len(pages[n])}",
        default=0,
        key="home_cards",
    )
    shown = pages[number or 0]
for row in range(0, len(shown), 2):  # a row at a time: the same order on a phone as on a desktop
    for column, pathway_id in zip(st.columns(2), shown[row : row + 2], strict=False):
        pathway = content.pathways[pathway_id]
        with column.container(border=True):
            st.markdown(f"### {plain(pathway.name)}\n{plain(pathway.summary)}")
            st.page_link(
                "views/pathway.py",
                label=f"Explore {plain(pathway.label)}",
                icon=":material/arrow_forward:",
                query_params={"id": pathway.id},
            )

st.header("How to use it")
workshop, peer = st.columns(2)
with workshop:
    st.markdown(
        "**In a workshop**\n\n"
        "- Open one pathway each and share what stood out\n"
        "- On **Compare**, pick two pathways and talk about where they differ and where they agree\n"
        "- Copy the address bar to share the exact comparison with the room"
    )
with peer:
    st.markdown(
        "**With a peer**\n\n"
        "- Start from what matters to the person, not from a pathway\n"
        "- Look at pathways together; let the person lead\n"
        "- Pathways can be combined: ask what might fit, now and later"
    )
st.caption(
    "Pathways is for education. It does not give medical advice. Talk with a health "
    "professional before starting or stopping any medication."
)
