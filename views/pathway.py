"""Pathway: everything about one pathway (``/pathway?id=<id>``)."""

import streamlit as st

import pathways
import ui
from pathways import SUPPORT_TYPES, WHEN, link, plain

content = pathways.session_content(st.session_state)
if not content.pathways:
    st.stop()  # the frame has said why

ids = list(content.pathways)
# A link (a deep link, or "Often combined with") names a pathway in ?id=. Follow it whenever
# it differs from the id this page last wrote, so links work within the page too.
requested = st.query_params.get("id")
if (
    requested != st.session_state.get("pathway_link")
    or st.session_state.get("pathway_id") not in ids
):
    linked, unknown = pathways.links.linked_pathway(content, requested)
    if unknown:
        st.warning(
            f"There is no pathway called “{plain(unknown)}” here, so the first one is shown."
        )
    st.session_state["pathway_id"] = linked

presenting = st.query_params.get("present") == "1"
if presenting:  # one pathway per screen, previous / next for the room
    before, after = pathways.links.neighbours(ids, st.session_state["pathway_id"])

    def go(to):
        st.session_state["pathway_id"] = to

    left, right = st.columns(2)
    left.button("Previous", icon=":material/arrow_back:", disabled=before is None,
                on_click=go, args=(before,), width="stretch")  # fmt: skip
    right.button("Next", icon=":material/arrow_forward:", disabled=after is None,
                 on_click=go, args=(after,), width="stretch")  # fmt: skip
    pathway_id = st.session_state["pathway_id"]
else:
    pathway_id = st.selectbox(
        "Pathway", ids, format_func=lambda i: content.pathways[i].name, key="pathway_id"
    )
st.query_params["id"] = st.session_state["pathway_link"] = pathway_id
pathway = content.pathways[pathway_id]

st.title(plain(pathway.name))
st.markdown(f"**{plain(pathway.summary)}**")
st.markdown(plain(pathway.understanding))


def cites(item) -> str:
    """Links to the sources a line cites, numbered as in the pathway's list of sources."""
    return " ".join(link(f"source {pathway.source_number(s)}", s.url) for s in pathway.cited(item))


def sourced(statement) -> str:
    """A statement as a list item, with a link to each of its sources."""
    return f"- {plain(statement.text)} :small[{cites(statement)}]"


with st.container(border=True):
    st.markdown("**Day to day**\n\n" + "\n".join(sourced(s) for s in pathway.day_to_day))

SECTIONS = ["Principles", "First steps", "Supports", "Strengths and limits", "Ratings", "Evidence"]
tabs = st.tabs(SECTIONS, key="section", on_change="rerun", bind="query-params")
open_section = next(label for label, tab in zip(SECTIONS, tabs, strict=True) if tab.open)
with tabs[SECTIONS.index(open_section)]:  # only the open section is drawn
    if open_section == "Principles":
        for principle in pathway.principles:
            themes = ", ".join(principle.themes)
            st.markdown(f"- {plain(principle.text)}  \n  :gray[themes: {plain(themes)}]")
    elif open_section == "First steps":
        for number, step in enumerate(pathway.first_steps, start=1):
            with st.container(border=True):
                st.markdown(f"**{number}. {plain(step.text)}**")
                st.caption(f"{WHEN[step.when]} · who helps: {plain(step.who_helps)}")
    elif open_section == "Supports":
        for kind, named in pathway.supports_by_type().items():
            st.markdown(f"**{SUPPORT_TYPES[kind]}**")
            st.markdown(
                "\n".join(
                    f"- **{plain(s.name)}**: {plain(s.description)} :small[{cites(s)}]"
                    for s in named
                )
            )
    elif open_section == "Strengths and limits":
        strong, limited = st.columns(2)
        strong.markdown("**Strengths**")
        strong.markdown("\n".join(sourced(s) for s in pathway.strengths))
        limited.markdown("**Limitations**")
        limited.markdown("\n".join(sourced(s) for s in pathway.limitations))
    elif open_section == "Ratings":
        profile = pathways.viewmodels.profile(content, pathway.id)
        st.plotly_chart(profile.figure, alt=profile.alt, theme=None, config={"displaylogo": False})
        st.dataframe(profile.table, hide_index=True)
        st.page_link("views/sources.py", label="How the ratings were made", icon=":material/info:")
    else:
        for item in pathway.evidence:
            with st.container(border=True):
                st.markdown(plain(item.claim))
                if item.numbers is not None:
                    st.markdown(f"**{plain(item.numbers.sentence())}**")
                grade = pathways.viewmodels.grade(item)
                st.caption(f"Applies to: {plain(item.applies_to)} · {plain(grade)} · {cites(item)}")
        st.markdown("**Sources**")
        st.markdown(
            "\n".join(
                f"{n}. {plain(s.citation)} {link('Link', s.url)}"
                for n, s in enumerate(pathway.sources, start=1)
            )
        )

others = pathways.viewmodels.combines_with(content, pathway.id)
if others:
    st.subheader("Often combined with")
    for other, note in others:
        st.page_link(
            "views/pathway.py",
            label=plain(other.name),
            icon=":material/link:",
            query_params={"id": other.id},
        )
        st.caption(plain(note))
    st.page_link(
        "views/compare.py",
        label="Compare these side by side",
        icon=":material/compare_arrows:",
        query_params={"p": [pathway.id, *(other.id for other, _ in others)]},
    )

ui.safety_facts(pathways.viewmodels.safety(content))

terms = pathways.viewmodels.pathway_terms(content, pathway.id)
if terms:
    with st.expander(f"Words used on this page ({len(terms)})", icon=":material/menu_book:"):
        st.markdown("\n".join(f"- **{plain(t.term)}**: {plain(t.definition)}" for t in terms))
        st.page_link("views/glossary.py", label="All words in the glossary")

reviewed = pathway.last_reviewed
st.caption(f"Last reviewed {reviewed.day} {reviewed:%B %Y}. Education only, not medical advice.")
