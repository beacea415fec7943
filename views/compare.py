"""Compare: two or more pathways side by side, with charts (``/compare?p=<id>&p=<id>``)."""

import streamlit as st

import pathways
import ui
from pathways import SUPPORT_TYPES, WHEN, plain
from ui import _

content = pathways.session_content(st.session_state)
ids = list(content.pathways)

if "compare_ids" not in st.session_state or not set(st.session_state["compare_ids"]) <= set(ids):
    linked, unknown = pathways.links.linked_comparison(content, st.query_params.get_all("p"))
    if unknown:
        st.warning(_("Not found and left out: {ids}.").format(ids=plain(", ".join(unknown))))
    st.session_state["compare_ids"] = linked

st.title(_("Compare pathways"))
selected = st.multiselect(
    _("Pathways to compare (pick two to {most})").format(most=pathways.viewmodels.MAX_COMPARED),
    ids,
    format_func=lambda i: content.pathways[i].name,
    key="compare_ids",
    max_selections=pathways.viewmodels.MAX_COMPARED,
    # no "select all matches" as the first choice, and only names that contain what is typed:
    # Enter after a few letters adds the one pathway meant, not every loose match
    select_all=False,
    filter_mode="contains",
)
if len(st.query_params.get_all("p")) > pathways.viewmodels.MAX_COMPARED:
    st.info(
        _(
            "Compare shows up to {most} pathways side by side, so the link's first ones are "
            "shown. The chart of all pathways further down shows every pathway."
        ).format(most=pathways.viewmodels.MAX_COMPARED)
    )
st.query_params["p"] = selected
comparison = pathways.viewmodels.compare(content, selected)


if comparison.charts is None:
    st.info(_("Pick at least two pathways to compare them. The chart of all pathways is below."))
else:
    chosen = comparison.pathways
    if not st.context.is_embedded:  # an embedded page has no address bar of its own
        st.caption(_("Copy the address bar to share this exact comparison."))
    PARTS = [_("Principles"), _("First steps"), _("Supports")]
    part, tab = ui.open_tab(PARTS, "compare_tab")
    with tab:  # only the open tab is drawn
        for column, pathway in zip(st.columns(len(chosen)), chosen, strict=True):
            if part == PARTS[0]:
                lines = [f"- {plain(p.text)}" for p in pathway.principles]
            elif part == PARTS[1]:
                lines = [
                    f"{n}. {plain(s.text)} _({_(WHEN[s.when])}; {plain(s.who_helps)})_"
                    for n, s in enumerate(pathway.first_steps, start=1)
                ]
            else:
                lines = [
                    f"- **{plain(s.name)}** ({_(SUPPORT_TYPES[s.type]).lower()})"
                    for s in pathway.supports
                ]
            column.container(border=True).markdown(
                "\n".join([f"**{plain(pathway.name)}**", "", *lines])
            )

# the comparison comes first on a phone; the help strip above keeps the help lines in view
safety = pathways.viewmodels.safety(content)
ui.safety_pointer(safety, _("In full below the charts."))

st.header(_("Charts"))
st.caption(
    _(
        "Hover over or tap a point to see the reason for each rating; every reason is also "
        "listed under the chart."
    )
)
with_tables = st.toggle(_("Show the data of every chart as a table"), key="tables")
if comparison.charts is not None:
    ui.chart(comparison.charts.profile, table=with_tables)
    for column, panel in zip(
        st.columns(2), (comparison.charts.steps, comparison.charts.supports), strict=True
    ):
        with column:
            ui.chart(panel, table=with_tables)
    ui.chart(comparison.charts.themes, table=with_tables)
    ui.chart(comparison.charts.combinations, table=with_tables)

if comparison.overview is not None:
    ui.chart(comparison.overview, table=with_tables)

ui.safety_facts(safety)

if comparison.charts is not None:
    st.subheader(_("Take this comparison with you"))
    chosen_ids = tuple(p.id for p in comparison.pathways)
    left, right = st.columns(2)
    left.download_button(
        _("Download as a web page (works offline)"),
        data=lambda: pathways.export.comparison_html(content, chosen_ids),
        file_name=f"pathways-{'-'.join(chosen_ids)}.html",
        mime="text/html",
        icon=":material/download:",
        on_click="ignore",
        key="export_html",
    )
    right.download_button(
        _("Download the ratings table (CSV)"),
        data=lambda: pathways.export.comparison_csv(comparison),
        file_name=f"pathways-{'-'.join(chosen_ids)}.csv",
        mime="text/csv",
        icon=":material/table:",
        on_click="ignore",
        key="export_csv",
    )
