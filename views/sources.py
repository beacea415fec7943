"""Sources: every source and evidence statement, searchable, and how the ratings were made."""

import streamlit as st

import pathways
import ui
from pathways import link, plain
from ui import _, n_

content = pathways.session_content(st.session_state)
library = pathways.viewmodels.library(content)

st.title(_("Sources and evidence"))
st.markdown(
    _(
        "Every fact in Pathways comes from a source you can check. Search by author, "
        "pathway, topic or certainty."
    )
)
about = content.about
if about is not None:
    with st.container(border=True):
        st.markdown(_("**Published** {date}").format(date=ui.long_date(about.published)))
        for heading, text in (
            (_("How the content is kept up to date."), about.update_policy),
            (_("How evidence was found and graded."), about.methods),
            (_("Who wrote and reviewed it."), about.authors),
            (_("Funding."), about.funding),
            (_("Conflicts of interest."), about.conflicts),
        ):
            st.markdown(f"**{heading}** {plain(text)}")
        if not about.owner_confirmed:
            st.caption(
                _(
                    "The funding and conflicts of interest statements are the site owner's to "
                    "confirm, and have not been confirmed yet."
                )
            )

st.header(_("Evidence and sources"))
query = st.text_input(
    _("Search"), placeholder=_("e.g. Cochrane, naloxone, methadone"), max_chars=100
)
evidence, sources = library.search(query)
# Lists read on a phone and with a screen reader; tables suit a wide screen.
as_tables = st.toggle(_("Show as tables"), help=_("Wide tables, for a large screen"))
found = _("{evidence} and {sources} match the search.") if query else _("{evidence} and {sources}.")
st.caption(
    found.format(
        evidence=n_("{n} evidence statement", "{n} evidence statements", len(evidence)),
        sources=n_("{n} source", "{n} sources", len(sources)),
    )
)

if as_tables:
    LISTS = (
        (_("Evidence statements"), evidence,
         {_("claim"): st.column_config.TextColumn(width="large")}),
        (_("Sources"), sources, {_("citation"): st.column_config.TextColumn(width="large"),
                                 _("link"): st.column_config.LinkColumn()}),
    )  # fmt: skip
    for title, table, columns in LISTS:
        st.subheader(f"{title} ({len(table)})")
        st.dataframe(pathways.tables.shown(table), hide_index=True, column_config=columns)
else:
    EVIDENCE_LINE = _("Applies to: {group} · Certainty: {certainty} ({graded_by}) · {sources}")
    LINK = _("Link")
    for group in pathways.viewmodels.library_groups(evidence, sources):
        with st.expander(f"{plain(group.name)} · {group.counts}", expanded=bool(query)):
            if group.evidence:
                st.markdown("**" + _("Evidence") + "**")
                st.markdown(
                    "\n".join(
                        f"- {plain(e.claim)}"
                        + (f" **{plain(e.numbers)}**" if e.numbers else "")
                        + "  \n  :small["
                        + EVIDENCE_LINE.format(
                            group=plain(e.applies_to),
                            certainty=plain(_(e.certainty)),
                            graded_by=plain(_(e.graded_by)),
                            sources=plain(e.sources),
                        )
                        + "]"
                        for e in group.evidence
                    )
                )
            if group.sources:
                st.markdown("**" + _("Sources") + "**")
                st.markdown(
                    "\n".join(f"- {plain(s.citation)} {link(LINK, s.link)}" for s in group.sources)
                )

st.header(_("How the ratings were made"))
st.markdown(
    _(
        "Each pathway is rated from {low} to {high} on the same {count} dimensions, so that "
        "pathways can be compared like with like. A rating describes the pathway; it is not a "
        "grade, and a higher number is not better. Each rating has a one-line reason, listed on "
        "the pathway's page under Ratings. Ratings were set by the content authors from the "
        "sources listed above and are checked when a file is reviewed."
    ).format(low=pathways.SCORE_MIN, high=pathways.SCORE_MAX, count=len(pathways.DIMENSIONS))
)
MEANS = _("{low} means {low_text}; {high} means {high_text}.")
st.markdown(
    "\n".join(
        f"- **{plain(_(d.label))}**: {plain(_(d.question))} "
        + MEANS.format(
            low=pathways.SCORE_MIN,
            low_text=plain(_(d.low)),
            high=pathways.SCORE_MAX,
            high_text=plain(_(d.high)),
        )
        for d in pathways.DIMENSIONS
    )
)

st.header(_("Reviews"))
REVIEWED = _("last reviewed {date}, {sources}")
st.markdown(
    "\n".join(
        f"- **{plain(p.name)}**: "
        + REVIEWED.format(
            date=ui.long_date(p.last_reviewed),
            sources=n_("{n} source", "{n} sources", len(p.sources)),
        )
        for p in content.pathways.values()
    )
)
