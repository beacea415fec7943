"""Chart builders: colour-blind-safe with a second cue, hover reasons, escaped text, alt text."""

from __future__ import annotations

import base64
import json

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from pathways import charts, load_content, tables

from .conftest import GOOD


@pytest.fixture
def both():
    return list(load_content(GOOD).pathways.values())


def test_profile_has_one_trace_per_pathway_with_distinct_cues(both):
    figure = charts.profile(tables.ratings_long(both))
    assert isinstance(figure, go.Figure)
    assert [t.name for t in figure.data] == ["Alpha", "Beta pathway"]
    symbols = {t.marker.symbol for t in figure.data}
    dashes = {t.line.dash for t in figure.data}
    assert len(symbols) == 2 and len(dashes) == 2
    assert figure.data[0].marker.color in charts.OKABE_ITO
    # the shape closes: the first point is repeated at the end
    assert figure.data[0].r[0] == figure.data[0].r[-1]


def test_hovering_a_rating_shows_its_reason(both):
    figure = charts.profile(tables.ratings_long(both))
    custom = figure.data[0].customdata
    assert ["Peer and group involvement", "Alpha reason four."] in [list(c) for c in custom]
    assert "%{customdata[1]}" in figure.data[0].hovertemplate


def test_heatmap_prints_scores_in_cells_and_hovers_reasons(both):
    figure = charts.heatmap(tables.ratings_long(both))
    heat = figure.data[0]
    assert heat.texttemplate == "%{text}"
    assert heat.zmin == 0 and heat.zmax == 4
    assert heat.customdata[1][2][1] == "Beta reason three."


def test_bars_use_patterns_as_a_second_cue(both):
    figure = charts.steps_by_time(tables.first_steps_by_time(both))
    patterns = [t.marker.pattern.shape for t in figure.data]
    assert len(set(patterns)) == 2
    assert list(figure.data[0].x) == ["Today", "This week", "This month", "Ongoing"]


def test_combinations_matrix_marks_pairs(both):
    pairs = tables.combinations(both)
    figure = charts.combinations(pairs, [p.label for p in both])
    assert figure.data[0].z[0][1] == 1
    assert figure.data[0].text[1][0] == "combine"


def test_themes_chart_sizes_dots_by_count(both):
    figure = charts.themes(tables.themes(both))
    assert len(figure.data) == 2
    assert "Hope" in list(figure.data[0].y)  # a row per theme: every label readable on a phone


CHARTS = [
    lambda p: charts.profile(tables.ratings_long(p)),
    lambda p: charts.heatmap(tables.ratings_long(p)),
    lambda p: charts.steps_by_time(tables.first_steps_by_time(p)),
    lambda p: charts.supports_by_type(tables.supports_by_type(p)),
    lambda p: charts.themes(tables.themes(p)),
    lambda p: charts.combinations(tables.combinations(p), [x.label for x in p]),
]


@pytest.mark.parametrize("build", CHARTS)
def test_every_chart_has_alt_text_and_a_title(both, build):
    figure = build(both)
    assert len(charts.alt_text(figure)) > 20
    assert figure.layout.title.text


def test_content_text_is_escaped_before_plotly_sees_it(both):
    alpha = both[0]
    hostile = alpha.model_copy(update={"short_name": "<img src=x onerror=alert(1)>"})
    figure = charts.profile(tables.ratings_long([hostile]))
    assert figure.data[0].name.replace("<br>", " ") == "&lt;img src=x onerror=alert(1)&gt;"


def test_series_stay_distinct_beyond_the_eight_colours():
    styles = [charts.style(i) for i in range(21)]  # every shipped pathway plus ten uploads
    assert len({(s.colour, s.dash) for s in styles}) == 21
    assert len({(s.colour, s.pattern) for s in styles}) == 21
    assert len({s.symbol for s in styles[:12]}) == 12


def test_fit_bars_draw_the_middle_line_darker_than_the_grid(both):
    from pathways import fit

    questions = load_content(GOOD).questions
    answers = {q.id: 0 for q in questions.questions}
    rows = fit.table(fit.fit(both[:1], questions, answers))
    axis = charts.fit_bars(rows, "Alpha").layout.xaxis
    assert axis.zeroline and axis.zerolinecolor == "#8a8f94" != charts.GRID
    assert axis.gridcolor == charts.GRID  # the shared axis style is kept beside it


def _decoded(value):
    """Plotly's JSON with its typed arrays (base64 numbers) turned back into lists."""
    if isinstance(value, dict) and {"dtype", "bdata"} <= value.keys():
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        if "shape" in value:
            array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
        return array.tolist()
    if isinstance(value, dict):
        return {k: _decoded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decoded(v) for v in value]
    return round(value, 9) if isinstance(value, float) else value


@pytest.mark.parametrize("build", CHARTS)
def test_the_plain_form_sent_is_what_plotlys_checks_make_of_it(both, build):
    figure = build(both)
    sent = json.loads(pio.to_json(figure, validate=False))  # as Streamlit sends it
    checked = json.loads(pio.to_json(go.Figure(figure.to_dict())))
    assert _decoded(sent) == _decoded(checked)


def test_the_fit_charts_plain_form_is_what_plotlys_checks_make_of_it(both):
    from pathways import fit

    questions = load_content(GOOD).questions
    rows = fit.table(fit.fit(both, questions, {q.id: 1 for q in questions.questions}))
    for figure in (charts.fit_matrix(rows), charts.fit_bars(rows[rows["pathway"] == "Alpha"], "A")):
        sent = json.loads(pio.to_json(figure, validate=False))
        assert _decoded(sent) == _decoded(json.loads(pio.to_json(go.Figure(figure.to_dict()))))


def test_every_fit_bar_shows_and_each_fit_has_one_length(both):
    from pathways import fit

    questions = load_content(GOOD).questions
    for choice in range(3):
        answers = {q.id: choice for q in questions.questions}
        rows = fit.table(fit.fit(both, questions, answers))
        for trace in charts.fit_bars(rows, "A").to_dict()["data"]:
            assert all(abs(x) >= 0.5 for x in trace["x"]), trace["name"]
            assert len(set(trace["x"])) == 1, trace["name"]
