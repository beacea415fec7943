"""Sources: every source and evidence statement, searchable, and how the ratings were made."""

import streamlit as st

import pathways
from pathways import tables

content = pathways.current_content()

st.title("Sources and evidence")
st.markdown(
    "Every fact in Pathways comes from a source you can check. Search by author, "
    "pathway, topic or certainty."
)
query = st.text_input("Search", placeholder="e.g. Cochrane, naloxone, methadone", max_chars=100)

found = tables.evidence(content, query)
st.subheader(f"Evidence statements ({len(found)})")
st.dataframe(
    found,
    hide_index=True,
    column_config={
        "claim": st.column_config.TextColumn(width="large"),
        "sources": st.column_config.TextColumn(width="medium"),
    },
)

found = tables.sources(content, query)
st.subheader(f"Sources ({len(found)})")
st.dataframe(
    found,
    hide_index=True,
    column_config={
        "citation": st.column_config.TextColumn(width="large"),
        "link": st.column_config.LinkColumn(),
    },
)

st.subheader("How the ratings were made")
st.markdown(
    "Each pathway is rated from 0 to 4 on the same eight dimensions, so that pathways can be "
    "compared like with like. A rating describes the pathway; it is not a grade, and a higher "
    "number is not better. Each rating has a one-line reason, shown when you hover over it on "
    "the charts. Ratings were set by the content authors from the sources listed above and are "
    "checked when a file is reviewed."
)
st.dataframe(tables.dimensions(), hide_index=True)

st.subheader("Reviews")
st.dataframe(tables.reviews(content), hide_index=True)
