"""Page results are built once per content and selection, and shared read-only."""

from pathways import DIMENSIONS, load_content, viewmodels

from .conftest import GOOD


def test_the_same_selection_reuses_the_same_charts():
    content = load_content(GOOD)
    first = viewmodels.compare(content, ["alpha", "beta"])
    again = viewmodels.compare(content, ("alpha", "nope", "", "beta", "alpha", "nope"))
    assert again.charts is first.charts
    assert [p.id for p in again.pathways] == ["alpha", "beta"]
    assert first.charts.themes.key == "themes"
    assert first.charts.profile.table["pathway"].unique().tolist() == ["Alpha", "Beta pathway"]


def test_fewer_than_two_pathways_give_no_comparison_charts_but_the_overview():
    content = load_content(GOOD)
    one = viewmodels.compare(content, ["alpha"])
    assert one.charts is None
    assert one.overview is not None
    assert one.overview.table.shape == (2, len(DIMENSIONS))


def test_a_reloaded_content_gets_fresh_results():
    first, second = load_content(GOOD), load_content(GOOD)
    assert (
        viewmodels.compare(first, ["alpha", "beta"]).charts
        is not viewmodels.compare(second, ["alpha", "beta"]).charts
    )


def test_sending_a_chart_twice_does_not_copy_it_again():
    panel = viewmodels.profile(load_content(GOOD), "alpha")
    assert panel.figure.to_dict() is panel.figure.to_dict()
    assert panel.alt.startswith("Radar chart")


def test_library_search_filters_both_tables():
    library = viewmodels.library(load_content(GOOD))
    evidence, sources = library.search("beta")
    assert evidence["pathway"].tolist() == ["Beta pathway"]
    assert sources["id"].tolist() == ["beta-study", "beta-glossary"]


def test_combines_with_lists_loaded_pathways_and_notes():
    content = load_content(GOOD)
    assert [(p.id, note) for p, note in viewmodels.combines_with(content, "alpha")] == [
        ("beta", "Alpha and Beta work well together.")
    ]


def test_library_groups_keep_each_pathways_evidence_and_sources_together():
    library = viewmodels.library(load_content(GOOD))
    groups = viewmodels.library_groups(library.evidence, library.sources)
    names = [g.name for g in groups]
    assert names[:2] == ["Alpha pathway", "Beta pathway"]
    assert len(names) == len(set(names))
    alpha = groups[0]
    assert alpha.counts == (
        f"{len(alpha.evidence)} evidence statement{'s' * (len(alpha.evidence) != 1)}, "
        f"{len(alpha.sources)} source{'s' * (len(alpha.sources) != 1)}"
    )
    assert all(s.link.startswith("http") for g in groups for s in g.sources)


def test_library_groups_of_an_empty_search_are_empty():
    library = viewmodels.library(load_content(GOOD))
    assert viewmodels.library_groups(*library.search("zzzz-nothing")) == []


def test_first_puts_the_chosen_id_first_and_keeps_the_rest_in_order():
    assert viewmodels.first(["a", "b", "c"], "c") == ["c", "a", "b"]
    assert viewmodels.first(["a", "b", "c"], None) == ["a", "b", "c"]
    assert viewmodels.first(["a", "b"], "zz") == ["a", "b"]
