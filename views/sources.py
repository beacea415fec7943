"""Sources: every source and evidence statement, searchable, and how the ratings were made."""

import streamlit as st

import pathways
import ui
from pathways import link, plain

content = pathways.session_content(st.session_state)
library = pathways.viewmodels.library(content)

st.title("Sources and evidence")
st.markdown(
    "Every fact in Pathways comes from a source you can check. Search by author, "
    "pathway, topic or certainty."
)
about = content.about
if about is not None:
    with st.container(border=True):
        st.markdown(f"**Published** {about.published.day} {about.published:%B %Y}")
        st.markdown(f"**How the content is kept up to date.** {plain(about.update_policy)}")
        st.markdown(f"**How evidence was found and graded.** {plain(about.methods)}")
        st.markdown(f"**Who wrote and reviewed it.** {plain(about.authors)}")
        st.markdown(f"**Funding.** {plain(about.funding)}")
        st.markdown(f"**Conflicts of interest.** {plain(about.conflicts)}")
        if not about.owner_confirmed:
            st.caption(
                "The funding and conflicts of interest statements are the site owner's to "
                "confirm, and have not been confirmed yet."
            )

st.header("Evidence and sources")
query = st.text_input("Search", placeholder="e.g. Cochrane, naloxone, methadone", max_chars=100)
evidence, sources = library.search(query)
# Lists read on a phone and with a screen reader; tables suit a wide screen.
as_tables = st.toggle("Show as tables", help="Wide tables, for a large screen")
st.caption(
    f"{ui.plural(len(evidence), 'evidence statement')} and "
    f"{ui.plural(len(sources), 'source')}" + (" match the search." if query else ".")
)

if as_tables:
    LISTS = (
        ("Evidence statements", evidence, {"claim": st.column_config.TextColumn(width="large")}),
        ("Sources", sources, {"citation": st.column_config.TextColumn(width="large"),
                              "link": st.column_config.LinkColumn()}),
    )  # fmt: skip
    for title, table, columns in LISTS:
        st.subheader(f"{title} ({len(table)})")
        st.dataframe(table, hide_index=True, column_config=columns)
else:
    for group in pathways.viewmodels.library_groups(evidence, sources):
        with st.expander(f"{plain(group.name)} · {group.counts}", expanded=bool(query)):
            if group.evidence:
                st.markdown("**Evidence**")
                st.markdown(
                    "\n".join(
                        f"- {plain(e.claim)}"
                        + (f" **{plain(e.numbers)}**" if e.numbers else "")
                        + f"  \n  :small[Applies to: {plain(e.applies_to)} · Certainty: "
                        f"{plain(e.certainty)} ({plain(e.graded_by)}) · {plain(e.sources)}]"
                        for e in group.evidence
                    )
                )
            if group.sources:
                st.markdown("**Sources**")
                st.markdown(
                    "\n".join(f"- {plain(s.citation)} {link('Link', s.link)}" for s in group.sources)
                )

st.header("How the ratings were made")
st.markdown(
    f"Each pathway is rated from {pathways.SCORE_MIN} to {pathways.SCORE_MAX} on the same "
    f"{len(pathways.DIMENSIONS)} dimensions, so that pathways can be "
    "compared like with like. A rating describes the pathway; it is not a grade, and a higher "
    "number is not better. Each rating has a one-line reason, listed on the pathway's page "
    "under Ratings. Ratings were set by the content authors from the sources listed above and "
    "are checked when a file is reviewed."
)
st.markdown(
    "\n".join(
        f"- **{plain(d.label)}**: {plain(d.question)} {pathways.SCORE_MIN} means "
        f"{plain(d.low)}; {pathways.SCORE_MAX} means {plain(d.high)}."
        for d in pathways.DIMENSIONS
    )
)

st.header("Reviews")
st.markdown(
    "\n".join(
        f"- **{plain(p.name)}**: last reviewed {p.last_reviewed.day} "
        f"{p.last_reviewed:%B %Y}, {ui.plural(len(p.sources), 'source')}"
        for p in content.pathways.values()
    )
)
