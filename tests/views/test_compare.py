import pytest

from pathways import load_content

from ..conftest import BROKEN, CONTENT
from .conftest import chart_titles, charts, help_strip_shown, table_with

ALL_CHARTS = [
    "Dimension profile",
    "First steps by time",
    "Supports by type",
    "Principle themes",
    "Which pathways combine",
    "All pathways, all dimensions",
]


def test_deep_link_restores_the_selection(open_page):
    at = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    assert help_strip_shown(at)
    assert at.multiselect(key="compare_ids").value == ["mat", "twelve-step"]
    assert chart_titles(at) == ALL_CHARTS
    profile = charts(at)[0]
    assert [t["name"] for t in profile["data"]] == [
        "MOUD",
        "Twelve-step",
    ]


def test_changing_the_selection_changes_charts_and_link(open_page):
    at = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    at.multiselect(key="compare_ids").select("harm-reduction").run()
    assert len(charts(at)[0]["data"]) == 3
    assert at.query_params["p"] == ["mat", "twelve-step", "harm-reduction"]
    at.multiselect(key="compare_ids").unselect("mat").unselect("twelve-step").run()
    assert any("Pick at least two pathways" in i.value for i in at.info)
    assert chart_titles(at) == ["All pathways, all dimensions"]


def test_side_by_side_columns_show_each_pathway(open_page):
    at = open_page("compare", p=["alpha", "beta"])
    columns = [m.value for m in at.markdown if m.value.startswith("**")]
    assert [c.splitlines()[0] for c in columns[:2]] == ["**Alpha pathway**", "**Beta pathway**"]
    assert any("People can recover\\." in m.value for m in at.markdown)
    assert not any("Call a friend" in m.value for m in at.markdown)  # only the open tab is drawn
    at.session_state["compare_tab"] = "First steps"
    at.run()
    assert any("1. Call a friend\\." in m.value for m in at.markdown)
    assert not any("People can recover" in m.value for m in at.markdown)
    at.session_state["compare_tab"] = "Supports"
    at.run()
    assert any("- **Peer group** (people)" in m.value for m in at.markdown)


def test_every_chart_has_its_data_as_a_table(open_page):
    at = open_page("compare", p=["alpha", "beta"])
    assert len(at.dataframe) == 0  # tables are drawn when asked for
    at.toggle(key="tables").set_value(True).run()
    assert len(at.dataframe) == len(ALL_CHARTS)
    assert table_with(at, "reason").value["reason"].tolist()[3] == "Alpha reason four."


def test_without_a_link_two_pathways_are_preselected(open_page):
    at = open_page("compare")
    assert at.multiselect(key="compare_ids").value == ["alpha", "beta"]


def test_unknown_ids_in_the_link_are_named(open_page):
    at = open_page("compare", p=["alpha", "ghost", "beta"])
    assert [w.value for w in at.warning] == ["Not found and left out: ghost."]
    assert at.multiselect(key="compare_ids").value == ["alpha", "beta"]


@pytest.mark.parametrize("broken", ["too-deep.yaml", "yaml-boolean.yaml", "not-utf8.yaml"])
def test_broken_content_shows_the_problem_panel_and_the_rest_works(open_page, make_content, broken):
    root = make_content("alpha.yaml", "beta.yaml", broken=(broken,))
    at = open_page("compare", content=root, p=["alpha", "beta"])
    assert any(e.label.startswith("1 problem in the content files") for e in at.expander)
    assert any(f"content/en/pathways/{broken}:" in c.value for c in at.code)
    assert chart_titles(at) == ALL_CHARTS
    assert not any("Traceback" in c.value for c in at.code)


def test_all_fixtures_broken_at_once_never_raise(open_page, make_content):
    root = make_content(broken=tuple(p.name for p in BROKEN.glob("*.yaml")))
    at = open_page("compare", content=root)
    errors = len(load_content(root).errors)
    assert errors >= len(list(BROKEN.glob("*.yaml"))) - 1
    assert any(e.label.startswith(f"{errors} problems in the content files") for e in at.expander)


def test_unknown_ids_are_shown_as_typed_never_as_markup(open_page):
    at = open_page("compare", p=["alpha", "<img src=x>", "beta"])
    assert [w.value for w in at.warning] == ["Not found and left out: \\<img src\\=x\\>."]


def test_an_empty_link_parameter_is_not_reported(open_page):
    at = open_page("compare", p="")
    assert len(at.warning) == 0
    assert at.multiselect(key="compare_ids").value == ["alpha", "beta"]


def test_safety_facts_are_shown_with_their_sources(open_page):
    at = open_page("compare", p=["alpha", "beta"])
    text = " ".join(m.value for m in at.markdown).replace("\\", "")
    assert "**Staying safe, whatever the pathway**" in text
    assert "**Keep a friend close**" in text
    assert "Staying safe. Test Press" in text


def shown_text(at):
    return " ".join(m.value for m in at.markdown).lower()


def test_compare_shows_the_safety_facts_open(open_page, shipped):
    at = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    text = shown_text(at)
    for fact in shipped.about.safety:
        assert fact.title.lower() in text
    assert "benzodiazepines" in text and "seizures" in text
    assert "30 to 90 minutes" in text and "stay with" in text


def test_a_link_naming_too_many_pathways_compares_the_first_ones_and_says_so(open_page, tmp_path):
    from ..conftest import many_pathways

    content = many_pathways(tmp_path / "content", 20)
    at = open_page("compare", content=content, p=[f"p{n:03}" for n in range(1, 21)])
    assert at.multiselect(key="compare_ids").value == [f"p{n:03}" for n in range(1, 13)]
    assert any("up to 12 pathways side by side" in i.value for i in at.info)
    assert len(charts(at)[0]["data"]) == 12
    overview = charts(at)[-1]
    assert len(overview["data"][0]["y"]) == 20  # the chart of all pathways shows every one


def test_every_reason_a_chart_shows_on_hover_is_listed_under_it(open_page, shipped):
    at = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    folded = [e for e in at.expander if e.label == "Why each rating"]
    assert len(folded) == 2  # under the profile and under the chart of all pathways
    profile, overview = (" ".join(m.value for m in e.markdown).replace("\\", "") for e in folded)
    for pathway_id in ("mat", "twelve-step"):
        pathway = shipped.pathways[pathway_id]
        assert f"**{pathway.label}**" in profile
        for rating in pathway.ratings.values():
            assert rating.reason[:40] in profile
    assert overview.count(" of 4.**") == len(shipped.pathways) * 11


def test_the_comparison_comes_first_and_a_line_names_the_safety_facts_further_down(
    open_page, shipped
):
    at = open_page("compare", content=CONTENT, p=["mat", "twelve-step"])
    texts = [m.value.replace("\\", "") for m in at.markdown]
    pointer = next(i for i, t in enumerate(texts) if "In full below the charts." in t)
    box = next(i for i, t in enumerate(texts) if t == "**Staying safe, whatever the pathway**")
    assert pointer < box
    for fact in shipped.about.safety:
        assert fact.title in texts[pointer]
