"""Comparison tables are pure functions of the pathways they are given."""

from __future__ import annotations

import pytest

from pathways import DIMENSIONS, load_content, tables

from .conftest import GOOD


@pytest.fixture
def content():
    return load_content(GOOD)


@pytest.fixture
def both(content):
    return list(content.pathways.values())


def test_select_keeps_order_drops_duplicates_and_reports_unknown(content):
    chosen, unknown = tables.select(content, ["beta", "nope", "alpha", "beta"])
    assert [p.id for p in chosen] == ["beta", "alpha"]
    assert unknown == ["nope"]


def test_ratings_long_has_a_reason_for_every_score(both):
    table = tables.ratings_long(both)
    assert len(table) == 2 * len(DIMENSIONS)
    row = table[
        (table["pathway"] == "Alpha") & (table["dimension"] == "Peer and group involvement")
    ]
    assert row[["score", "reason"]].values.tolist() == [[4, "Alpha reason four."]]


def test_ratings_matrix_is_pathways_by_dimensions(both):
    matrix = tables.ratings_matrix(both)
    assert list(matrix.index) == ["Alpha", "Beta pathway"]
    assert matrix.loc["Beta pathway", "Spiritual or religious content"] == 3


def test_first_steps_by_time_counts_every_time_slot(both):
    counts = tables.first_steps_by_time(both)
    alpha = counts[counts["pathway"] == "Alpha"]
    assert alpha[["when", "count"]].astype(str).values.tolist() == [
        ["Today", "1"],
        ["This week", "1"],
        ["This month", "0"],
        ["Ongoing", "0"],
    ]
    assert alpha.iloc[0]["items"] == "Call a friend."


def test_supports_by_type_counts_each_type(both):
    counts = tables.supports_by_type(both)
    beta = counts[counts["pathway"] == "Beta pathway"].set_index("type")["count"]
    assert beta.to_dict() == {"People": 1, "Places": 0, "Services": 0, "Practices": 1}


def test_themes_and_shared_themes(both):
    table = tables.themes(both)
    hope = table[table["theme"] == "Hope"]  # themes are shown in words, not as file ids
    assert hope["count"].tolist() == [1, 1]
    assert hope["shared by"].tolist() == [2, 2]
    shared = sorted(set(table.loc[table["shared by"] == 2, "theme"]))
    assert shared == ["Hope", "Own choice"]


def test_combinations_list_notes_from_both_sides(both):
    pairs = tables.combinations(both)
    assert pairs.values.tolist() == [
        [
            "Alpha",
            "Beta pathway",
            True,
            "Alpha: Alpha and Beta work well together. "
            "Beta pathway: Alpha and Beta work well together.",
        ]
    ]


def test_sources_and_evidence_search_every_word(content):
    sources = tables.sources(content)
    # two pathway sources, then the three safety facts' and the two glossary terms'
    assert sources["pathway"].tolist() == [
        "Alpha pathway",
        "Beta pathway",
        "Staying safe",
        "Staying safe",
        "Staying safe",
        "Glossary",
        "Glossary",
    ]
    assert tables.search(sources, "BETA study")["id"].tolist() == ["beta-study"]
    assert tables.search(sources, "beta alpha").empty
    assert tables.search(sources, "  ").equals(sources)
    evidence = tables.search(tables.evidence(content), "alpha")
    assert evidence.values.tolist() == [
        [
            "Alpha pathway",
            "Alpha helps some people.",
            "Out of 1,000 people over one year: about 200 stopped using with Alpha, "
            "compared with about 150 without it.",
            "Adults in the tests",
            "Low",
            "the source's own grade",
            "",
            "Example A. A study of Alpha. Test Journal. 2020;1:1-2.",
        ]
    ]


def test_dimensions_explain_both_ends_of_the_scale():
    table = tables.dimensions()
    assert len(table) == len(DIMENSIONS)
    assert set(table.columns) == {"dimension", "question", "0 means", "4 means"}


def test_tables_of_nothing_are_empty_not_errors():
    assert tables.ratings_long([]).empty
    assert tables.first_steps_by_time([]).empty
    assert tables.combinations([]).empty


def test_counts_keep_every_category_in_order_with_zero_rows(both):
    counts = tables.first_steps_by_time(both)
    assert list(counts["when"].cat.categories) == ["Today", "This week", "This month", "Ongoing"]
    assert len(counts) == 2 * 4
    assert (counts.loc[counts["count"] == 0, "items"] == "").all()


def test_search_finds_the_words_a_spanish_reader_sees():
    from pathways import i18n, load_content, tables

    from .conftest import CONTENT

    evidence = tables.evidence(load_content(CONTENT, "es"))
    with i18n.speaking("es"):
        moderate = tables.search(evidence, "moderada")
    assert len(moderate) >= (evidence["certainty"] == "Moderate").sum() > 0
