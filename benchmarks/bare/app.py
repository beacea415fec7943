"""The bare baseline for benchmarks/load.py: the same navigation and URL paths as app.py, with
one-line pages (compare draws two small plotly charts). It is run from the project folder, so
the project's .streamlit/config.toml applies to it exactly as it does to the app.
"""

import streamlit as st

pages = [
    st.Page("views/home.py", title="Home", url_path="", default=True),
    st.Page("views/pathway.py", title="Pathway", url_path="pathway"),
    st.Page("views/compare.py", title="Compare", url_path="compare"),
    st.Page("views/workshop.py", title="Workshop", url_path="workshop"),
    st.Page("views/priorities.py", title="What matters to me", url_path="priorities"),
]
st.navigation(pages, position="top").run()
