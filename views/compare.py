"""Compare: two or more pathways side by side, with charts (``/compare?p=<id>&p=<id>``)."""

import streamlit as st

import pathways
from pathways import SUPPORT_TYPES, WHEN, charts, plain, tables

content = pathways.current_content()
ids = list(content.pathways)
names = {i: p.name for i, p in content.pathways.items()}

if "compare_ids" not in st.session_state or not set(st.session_state["compare_ids"]) <= set(ids):
    chosen, unknown = tables.select(content, st.query_params.get_all("p"))
    if unknown:
        st.warning(f"Not found and left out: {', '.join(unknown)}.")
    st.session_state["compare_ids"] = [p.id for p in chosen] or ids[:2]

st.title("Compare pathways")
selected = st.multiselect(
    "Pathways to compare (pick two or more)", ids, format_func=names.get, key="compare_ids"
)
st.query_params["p"] = selected
chosen, _ = tables.select(content, selected)
CONFIG = {"displaylogo": False}


def show(figure, table, key):
    """A chart, its description for screen readers, and the same data as a table."""
    st.plotly_chart(figure, alt=charts.alt_text(figure), theme=None, config=CONFIG, key=key)
    with st.expander("The same data as a table"):
        st.dataframe(table, hide_index=True)


if len(chosen) < 2:
    st.info("Pick at least two pathways to compare them. The chart of all pathways is below.")
else:
    st.caption("Copy the address bar to share this exact comparison.")
    principles, steps, supports = st.tabs(["Principles", "First steps", "Supports"])
    for tab, part in ((principles, "principles"), (steps, "first_steps"), (supports, "supports")):
        for column, pathway in zip(tab.columns(len(chosen)), chosen, strict=True):
            with column.container(border=True):
                st.markdown(f"**{plain(pathway.name)}**")
                if part == "principles":
                    st.markdown("\n".join(f"- {plain(p.text)}" for p in pathway.principles))
                elif part == "first_steps":
                    st.markdown(
                        "\n".join(
                            f"{n}. {plain(s.text)} _({WHEN[s.when]}; {plain(s.who_helps)})_"
                            for n, s in enumerate(pathway.first_steps, start=1)
                        )
                    )
                else:
                    st.markdown(
                        "\n".join(
                            f"- **{plain(s.name)}** ({SUPPORT_TYPES[s.type].lower()})"
                            for s in pathway.supports
                        )
                    )

    st.header("Charts")
    st.caption("Hover over or tap a point to see the reason for each rating.")
    ratings = tables.ratings_long(chosen)
    show(charts.profile(ratings), ratings, "profile")
    left, right = st.columns(2)
    with left:
        counts = tables.first_steps_by_time(chosen)
        show(charts.steps_by_time(counts), counts, "steps")
    with right:
        counts = tables.supports_by_type(chosen)
        show(charts.supports_by_type(counts), counts, "supports")
    left, right = st.columns(2)
    with left:
        theme_table = tables.themes(chosen)
        show(charts.themes(theme_table), theme_table[theme_table["count"] > 0], "themes")
    with right:
        pairs = tables.combinations(chosen)
        show(charts.combinations(pairs, [p.name for p in chosen]), pairs, "combinations")

if content.pathways:
    everything = tables.ratings_long(list(content.pathways.values()))
    show(
        charts.heatmap(everything),
        tables.ratings_matrix(list(content.pathways.values())),
        "heatmap",
    )
