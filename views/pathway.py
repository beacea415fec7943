"""Pathway: everything about one pathway (``/pathway?id=<id>``)."""

import streamlit as st

import pathways
import ui
from pathways import SUPPORT_TYPES, THEME_LABELS, WHEN, link, plain
from ui import _

content = pathways.session_content(st.session_state)
if not content.pathways:
    st.stop()  # the frame has said why

ids = list(content.pathways)
# A link (a deep link, or "Often combined with") names a pathway in ?id=.
unknown = ui.follow_link("id", "pathway_id", ids)
if unknown:
    st.warning(
        _("There is no pathway called “{name}” here, so the first one is shown.").format(
            name=plain(unknown)
        )
    )
if ui.presenting():  # one pathway per screen, previous / next for the room
    ui.previous_next(ids, "pathway_id")
else:
    st.selectbox(
        _("Pathway"), ids, format_func=lambda i: content.pathways[i].name, key="pathway_id"
    )
pathway_id = ui.write_link("id", "pathway_id")
pathway = content.pathways[pathway_id]

st.title(plain(pathway.name))
st.markdown(f"**{plain(pathway.summary)}**")
st.markdown(plain(pathway.understanding))


def cites(item) -> str:
    """Links to the sources a line cites, numbered as in the pathway's list of sources."""
    return " ".join(
        link(_("source {number}").format(number=pathway.source_number(s)), s.url)
        for s in pathway.cited(item)
    )


def sourced(statement) -> str:
    """A statement as a list item, with a link to each of its sources."""
    return f"- {plain(statement.text)} :small[{cites(statement)}]"


with st.container(border=True):
    st.markdown(
        "**" + _("Day to day") + "**\n\n" + "\n".join(sourced(s) for s in pathway.day_to_day)
    )

SECTIONS = [
    _("Principles"),
    _("First steps"),
    _("Supports"),
    _("Strengths and limits"),
    _("Ratings"),
    _("Evidence"),
]
PRINCIPLES, FIRST_STEPS, SUPPORTS, STRENGTHS, RATINGS = SECTIONS[:5]  # then Evidence
open_section, tab = ui.open_tab(SECTIONS, "section", in_link=True)
with tab:  # only the open section is drawn
    if open_section == PRINCIPLES:
        for principle in pathway.principles:
            themes = ", ".join(_(THEME_LABELS[t]).lower() for t in principle.themes)
            shown = _("themes: {themes}").format(themes=plain(themes))
            st.markdown(f"- {plain(principle.text)}  \n  :gray[{shown}]")
    elif open_section == FIRST_STEPS:
        for number, step in enumerate(pathway.first_steps, start=1):
            with st.container(border=True):
                st.markdown(f"**{number}. {plain(step.text)}**")
                st.caption(
                    _("{when} · who helps: {who}").format(
                        when=_(WHEN[step.when]), who=plain(step.who_helps)
                    )
                )
    elif open_section == SUPPORTS:
        for kind, named in pathway.supports_by_type().items():
            st.markdown(f"**{_(SUPPORT_TYPES[kind])}**")
            st.markdown(
                "\n".join(
                    f"- **{plain(s.name)}**: {plain(s.description)} :small[{cites(s)}]"
                    for s in named
                )
            )
    elif open_section == STRENGTHS:
        strong, limited = st.columns(2)
        strong.markdown("**" + _("Strengths") + "**")
        strong.markdown("\n".join(sourced(s) for s in pathway.strengths))
        limited.markdown("**" + _("Limitations") + "**")
        limited.markdown("\n".join(sourced(s) for s in pathway.limitations))
    elif open_section == RATINGS:
        profile = pathways.viewmodels.profile(content, pathway.id)
        ui.chart(profile, reasons_open=True)  # every reason readable without hovering
        ui.page_link(
            "views/sources.py", label=_("How the ratings were made"), icon=":material/info:"
        )
    else:
        for item in pathway.evidence:
            with st.container(border=True):
                st.markdown(plain(item.claim))
                if item.numbers is not None:
                    st.markdown(f"**{plain(item.numbers.sentence())}**")
                grade = pathways.viewmodels.grade(item)
                st.caption(
                    _("Applies to: {group} · {grade} · {sources}").format(
                        group=plain(item.applies_to), grade=plain(grade), sources=cites(item)
                    )
                )
        st.markdown("**" + _("Sources") + "**")
        link_label = _("Link")
        st.markdown(
            "\n".join(
                f"{n}. {plain(s.citation)} {link(link_label, s.url)}"
                for n, s in enumerate(pathway.sources, start=1)
            )
        )

others = pathways.viewmodels.combines_with(content, pathway.id)
if others:
    st.header(_("Often combined with"))
    for other, note in others:
        ui.pathway_link(other)
        st.caption(plain(note))
    ui.page_link(
        "views/compare.py",
        label=_("Compare these side by side"),
        icon=":material/compare_arrows:",
        query_params={"p": [pathway.id, *(other.id for other, _note in others)]},
    )

ui.safety_facts(pathways.viewmodels.safety(content))

terms = pathways.viewmodels.pathway_terms(content, pathway.id)
if terms:
    words = _("Words used on this page ({count})").format(count=len(terms))
    with st.expander(words, icon=":material/menu_book:"):
        st.markdown("\n".join(f"- **{plain(t.term)}**: {plain(t.definition)}" for t in terms))
        ui.page_link("views/glossary.py", label=_("All words in the glossary"))

st.caption(
    _("Last reviewed {date}. Education only, not medical advice.").format(
        date=ui.long_date(pathway.last_reviewed)
    )
)
