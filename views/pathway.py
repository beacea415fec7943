"""Pathway: everything about one pathway (``/pathway?id=<id>``)."""

import streamlit as st

import pathways
from pathways import CERTAINTY, SUPPORT_TYPES, WHEN, charts, link, plain, tables

content = pathways.current_content()
if not content.pathways:
    st.stop()  # the frame has said why

ids = list(content.pathways)
if st.session_state.get("pathway_id") not in ids:
    requested = st.query_params.get("id")
    if requested and requested not in ids:
        st.warning(f"There is no pathway called “{requested}” here, so the first one is shown.")
    st.session_state["pathway_id"] = requested if requested in ids else ids[0]

pathway_id = st.selectbox(
    "Pathway", ids, format_func=lambda i: content.pathways[i].name, key="pathway_id"
)
st.query_params["id"] = pathway_id
pathway = content.pathways[pathway_id]

st.title(plain(pathway.name))
st.markdown(f"**{plain(pathway.summary)}**")
st.markdown(plain(pathway.understanding))

principles, steps, supports, balance, ratings, evidence = st.tabs(
    ["Principles", "First steps", "Supports", "Strengths and limits", "Ratings", "Evidence"]
)
with principles:
    for principle in pathway.principles:
        themes = ", ".join(principle.themes)
        st.markdown(f"- {plain(principle.text)}  \n  :gray[themes: {plain(themes)}]")
with steps:
    for number, step in enumerate(pathway.first_steps, start=1):
        with st.container(border=True):
            st.markdown(f"**{number}. {plain(step.text)}**")
            st.caption(f"{WHEN[step.when]} · who helps: {plain(step.who_helps)}")
with supports:
    for kind, label in SUPPORT_TYPES.items():
        named = [s for s in pathway.supports if s.type == kind]
        if named:
            st.markdown(f"**{label}**")
            for support in named:
                st.markdown(f"- **{plain(support.name)}**: {plain(support.description)}")
with balance:
    strong, limited = st.columns(2)
    with strong:
        st.markdown("**Strengths**")
        st.markdown("\n".join(f"- {plain(s)}" for s in pathway.strengths))
    with limited:
        st.markdown("**Limitations**")
        st.markdown("\n".join(f"- {plain(s)}" for s in pathway.limitations))
with ratings:
    table = tables.ratings_long([pathway])
    figure = charts.profile(table)
    st.plotly_chart(figure, alt=charts.alt_text(figure), theme=None, config={"displaylogo": False})
    st.dataframe(table.drop(columns="pathway"), hide_index=True)
    st.page_link("views/sources.py", label="How the ratings were made", icon=":material/info:")
with evidence:
    for item in pathway.evidence:
        with st.container(border=True):
            st.markdown(plain(item.claim))
            cited = "; ".join(s.citation for s in map(pathway.source, item.sources) if s)
            st.caption(
                f"Applies to: {plain(item.applies_to)} · "
                f"Certainty: {CERTAINTY[item.certainty]} · {plain(cited)}"
            )
    st.markdown("**Sources**")
    for source in pathway.sources:
        st.markdown(f"- {plain(source.citation)} {link('Link', source.url)}")

others = [c for c in pathway.compatible_with if c.id in content.pathways]
if others:
    st.subheader("Often combined with")
    for other in others:
        st.page_link(
            "views/pathway.py",
            label=content.pathways[other.id].name,
            icon=":material/link:",
            query_params={"id": other.id},
        )
        st.caption(plain(other.note))
    st.page_link(
        "views/compare.py",
        label="Compare these side by side",
        icon=":material/compare_arrows:",
        query_params={"p": [pathway.id, *(o.id for o in others)]},
    )

reviewed = pathway.last_reviewed
st.caption(f"Last reviewed {reviewed.day} {reviewed:%B %Y}. Education only, not medical advice.")
