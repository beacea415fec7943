"""Sources: every source and evidence statement, searchable, and how the ratings were made."""

import streamlit as st

import pathways
from pathways import plain

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

query = st.text_input("Search", placeholder="e.g. Cochrane, naloxone, methadone", max_chars=100)
evidence, sources = library.search(query)

LISTS = (
    ("Evidence statements", evidence, {"claim": st.column_config.TextColumn(width="large")}),
    ("Sources", sources, {"citation": st.column_config.TextColumn(width="large"),
                          "link": st.column_config.LinkColumn()}),
)  # fmt: skip
for title, table, columns in LISTS:
    st.subheader(f"{title} ({len(table)})")
    st.dataframe(table, hide_index=True, column_config=columns)

st.subheader("How the ratings were made")
st.markdown(
    f"Each pathway is rated from {pathways.SCORE_MIN} to {pathways.SCORE_MAX} on the same "
    f"{len(pathways.DIMENSIONS)} dimensions, so that pathways can be "
    "compared like with like. A rating describes the pathway; it is not a grade, and a higher "
    "number is not better. Each rating has a one-line reason, shown when you hover over it on "
    "the charts. Ratings were set by the content authors from the sources listed above and are "
    "checked when a file is reviewed."
)
st.dataframe(library.dimensions, hide_index=True)

st.subheader("Reviews")
st.dataframe(library.reviews, hide_index=True)
