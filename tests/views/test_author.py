"""Your files: upload YAML, see each problem, use valid files in this session only."""

from __future__ import annotations

import re

import pytest

from ..hostile import CASES, DUPLICATE_ID_PROBLEM, DUPLICATE_IDS, IMAGE, SCRIPT, gamma_with
from .conftest import by_label, help_strip_shown

UPLOADER = "Your YAML files (.yaml or .yml)"
ON_THE_PAGE = (
    "billion laughs",  # refused while reading the YAML, with several problems
    ".exe renamed .yaml",  # refused before it is read as text
    "YAML 1.1 true as a score",  # read, then refused by a field's rule, with its line
    "right-to-left override in a name",  # read, then refused by a rule for shown text
)
"""Hostile uploads run through the page, one for each way a file is refused; every case of
``tests/hostile.py`` runs through the loader in ``tests/test_uploads.py``."""


def upload(at, *files):
    by_label(at.file_uploader, UPLOADER).set_value(
        [(name, data, "application/yaml") for name, data in files]
    )
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def statuses(at):
    return [m.value.replace("\\", "") for m in at.markdown if "material/" in m.value]


def problem_lists(at):
    return [c.value for c in at.code]


def compare_options(at):
    at.switch_page("views/compare.py")
    at.run()
    assert not at.exception
    return list(at.multiselect(key="compare_ids").options)


def test_the_page_offers_an_uploader_the_template_and_a_guide(open_page):
    at = open_page("author")
    assert help_strip_shown(at)
    assert [t.value for t in at.title] == ["Try your own files"]
    assert [u.label for u in at.file_uploader] == [UPLOADER]
    assert by_label(at.file_uploader, UPLOADER).accept_multiple_files
    downloads = [d.proto.label for d in at.get("download_button")]
    assert downloads == [
        "Download the pathway template",
        "Download the schema (for working offline)",
    ]
    guide = " ".join(m.value for m in at.markdown)
    assert "Start from the template" in guide and "python -m pathways check" in guide


def test_a_valid_pathway_is_used_everywhere_in_this_session(open_page):
    at = upload(open_page("author"), ("gamma.yaml", gamma_with()))
    assert statuses(at) == [
        ":green[:material/check_circle:] **gamma.yaml** adds the pathway “Gamma pathway”. In use in this tab."
    ]
    assert [link.proto.label for link in at.get("page_link")] == ["See it in Compare"]
    assert compare_options(at) == ["Alpha pathway", "Beta pathway", "Gamma pathway"]
    # It stays after visiting other pages, and it can be removed.
    at.switch_page("views/author.py")
    at.run()
    assert len(statuses(at)) == 1
    at.button(key="remove_gamma.yaml").click().run()
    assert statuses(at) == []
    assert compare_options(at) == ["Alpha pathway", "Beta pathway"]


def test_another_session_never_sees_an_upload(open_page):
    mine = upload(open_page("author"), ("gamma.yaml", gamma_with()))
    theirs = open_page("compare")
    assert "Gamma pathway" in compare_options(mine)
    assert list(theirs.multiselect(key="compare_ids").options) == ["Alpha pathway", "Beta pathway"]


@pytest.mark.parametrize("case", ON_THE_PAGE)
def test_hostile_upload_is_reported_and_the_app_keeps_working(open_page, case):
    hostile = CASES[case]
    at = upload(open_page("author"), (hostile.name, hostile.data))
    if hostile.problems:
        count = len(hostile.problems)
        assert statuses(at) == [
            f":red[:material/error:] **{hostile.name}**: {count} problem"
            f"{'s' if count > 1 else ''} to fix. It is not used until they are fixed."
        ]
        assert "\n".join(hostile.problems) in problem_lists(at)
        assert not at.expander, "uploads report here, not in the site's problems panel"
    assert compare_options(at)[:2] == ["Alpha pathway", "Beta pathway"]


@pytest.mark.parametrize("case", ["HTML and script in text", "markdown image off-site"])
def test_markup_in_an_upload_is_shown_as_text(open_page, case):
    at = upload(open_page("author"), ("gamma.yaml", CASES[case].data))
    at.switch_page("views/pathway.py")
    at.query_params["id"] = "gamma"
    at.run()
    assert not at.exception
    shown = [m.value for m in at.markdown if "alert" in m.value or "pixel" in m.value]
    assert shown, "the summary is on the page"
    for value in shown:
        assert not re.search(r"(?<!\\)[<\[]", value), "every < and [ is escaped"
        text = value.replace("\\", "").replace("\u2060", "")  # escapes and word joiners
        assert SCRIPT in text or IMAGE in text


def test_duplicate_ids_are_reported(open_page):
    at = upload(open_page("author"), *DUPLICATE_IDS)
    assert DUPLICATE_ID_PROBLEM in problem_lists(at)
    assert compare_options(at) == ["Alpha pathway", "Beta pathway", "Gamma pathway"]


def test_a_file_uploaded_again_replaces_the_first(open_page):
    at = upload(open_page("author"), ("gamma.yaml", b"id: [broken\n"))
    assert "1 problem to fix" in statuses(at)[0]
    upload(at, ("gamma.yaml", gamma_with()))
    assert len(statuses(at)) == 1 and "In use in this tab" in statuses(at)[0]


def test_remove_all(open_page):
    at = upload(open_page("author"), *DUPLICATE_IDS)
    next(b for b in at.button if b.label == "Remove all my files").click().run()
    assert statuses(at) == []


def test_a_file_that_is_not_yaml_gets_its_problem_line_not_an_error_box(open_page):
    at = upload(open_page("author"), ("x.yaml.exe", b"MZ\x90\x00"))
    assert statuses(at) == [
        ":red[:material/error:] **x.yaml.exe**: 1 problem to fix. It is not used until they "
        "are fixed."
    ]
    assert (
        "x.yaml.exe: is not a .yaml or .yml file; save the content as YAML text with that ending"
        in problem_lists(at)
    )
    assert compare_options(at)[:2] == ["Alpha pathway", "Beta pathway"]
