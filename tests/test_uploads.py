"""Uploads: checked by the same loader and rules, joined for one session, never on disk."""

from __future__ import annotations

import builtins
import os

import pytest

from pathways import (
    load_content,
    load_file,
    load_files,
    session,
    uploads,
)
from pathways.models import Conversation, Pathway, Questions, Quiz, Region, Scenario
from pathways.uploads import Uploads
from pathways.vocab import MAX_UPLOADS

from .conftest import GOOD
from .hostile import CASES, DUPLICATE_ID_PROBLEM, DUPLICATE_IDS, gamma_with

CARD = (GOOD / "en" / "scenarios" / "first-card.yaml").read_text()
QUESTIONS = (GOOD / "en" / "questions.yaml").read_bytes()


@pytest.fixture
def base():
    return load_content(GOOD)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_through_the_loader(tmp_path, case):
    hostile = CASES[case]
    path = tmp_path / hostile.name
    path.write_bytes(hostile.data)
    _, _, problems = load_file(path, hostile.name)
    assert [str(p) for p in problems] == hostile.problems


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_through_an_upload(base, case):
    hostile = CASES[case]
    found = Uploads().add((hostile.name, hostile.data))
    content = found.content(base)
    assert [str(p) for p in content.problems] == hostile.problems
    # The shipped pathways are untouched; a valid file joins them.
    assert list(content.pathways)[:2] == ["alpha", "beta"]
    assert ("gamma" in content.pathways) == (not hostile.problems)


def test_duplicate_ids_through_the_loader(tmp_path):
    for name, data in DUPLICATE_IDS:
        (tmp_path / name).write_bytes(data)
    content = load_files([tmp_path / n for n, _ in DUPLICATE_IDS], relative_to=tmp_path)
    assert [str(p) for p in content.errors] == [DUPLICATE_ID_PROBLEM]
    assert list(content.pathways) == ["gamma"]


def test_duplicate_ids_through_an_upload(base):
    content = Uploads().add(*DUPLICATE_IDS).content(base)
    assert [str(p) for p in content.problems] == [DUPLICATE_ID_PROBLEM]
    assert list(content.pathways) == ["alpha", "beta", "gamma"]


def test_text_is_kept_as_written_for_the_pages_to_escape(base):
    content = Uploads().add(("gamma.yaml", CASES["HTML and script in text"].data)).content(base)
    assert content.pathways["gamma"].summary.startswith("<script>alert(1)</script>")


def test_a_shipped_id_takes_the_shipped_pathways_place_for_this_session(base):
    data = (
        (GOOD / "en" / "pathways" / "alpha.yaml")
        .read_text()
        .replace("A small pathway used by the tests.", "Adapted for our town.")
    )
    content = Uploads().add(("alpha.yaml", data.encode())).content(base)
    assert list(content.pathways) == ["alpha", "beta"]
    assert content.pathways["alpha"].summary == "Adapted for our town."
    assert [str(p) for p in content.problems] == [
        "alpha.yaml:1: id: warning: 'alpha' is a shipped pathway; this file takes its place "
        "for you only"
    ]
    assert base.pathways["alpha"].summary == "A small pathway used by the tests."


def test_a_name_already_used_keeps_the_upload_out(base):
    data = gamma_with("name: Gamma pathway", "name: Beta pathway")
    content = Uploads().add(("gamma.yaml", data)).content(base)
    assert "gamma" not in content.pathways
    assert [str(p) for p in content.errors] == [
        "gamma.yaml:2: name: 'Beta pathway' is already the name of 'beta'; choose another name "
        "[names-are-unique]"
    ]


def test_scenario_cards_join_the_workshop_and_warn_about_pathways_not_loaded(base):
    card = CARD.replace("id: first-card", "id: my-card").replace("id: beta", "id: omega")
    content = Uploads().add(("my-card.yaml", card.encode())).content(base)
    assert list(content.scenarios) == ["first-card", "second-card", "my-card"]
    assert [str(p) for p in content.problems] == [
        "my-card.yaml:14: might_fit[1].id: warning: 'omega' is not a loaded pathway; it is left "
        "out of this card [card-pathways-exist]"
    ]


def test_a_questions_file_replaces_the_questions_and_a_second_is_refused(base):
    changed = QUESTIONS.replace(b"How do you feel about meeting", b"How do you like meeting")
    content = Uploads().add(("questions.yaml", changed), ("more.yaml", QUESTIONS)).content(base)
    assert content.questions.questions[0].ask.startswith("How do you like meeting")
    assert [str(p) for p in content.problems] == [
        "more.yaml: another uploaded file already gives the questions for What matters to me; "
        "upload one of these at a time"
    ]


def test_kind_is_told_by_the_fields_and_for_look_alikes_by_the_name():
    assert uploads.kind_of({"questions": []}, "quiz") == "quiz"
    assert uploads.kind_of({"questions": [{"ask": "?"}]}, "quiz") == "quiz"
    assert uploads.kind_of({"questions": [1]}) == "questions"


def test_kind_is_told_by_the_fields():
    assert uploads.kind_of({"might_fit": []}) == "scenario"
    assert uploads.kind_of({"questions": [{"ask": "?"}]}) == "questions"
    assert uploads.kind_of({"questions": [{"question": "?"}]}) == "quiz"
    assert uploads.kind_of({"id": "x"}) == "pathway"
    assert uploads.kind_of(["a list"]) == "pathway"


def test_glossary_and_about_files_are_not_taken():
    upload = uploads.read("glossary.yaml", b"terms: []\n")
    assert [str(p) for p in upload.problems] == [
        "glossary.yaml: looks like a glossary or about file; only pathways, scenario cards, "
        "questions, knowledge checks and region packs can be tried here"
    ]


def test_only_yaml_names_are_taken():
    upload = uploads.read("notes.txt", b"id: x\n")
    assert [str(p) for p in upload.problems] == [
        "notes.txt: is not a .yaml or .yml file; save the content as YAML text with that ending"
    ]
    assert uploads.read(".", b"id: x\n").problems[0].message.startswith("is not a .yaml")


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("../../etc/passwd.yaml", "passwd.yaml"),
        ("C:\\Users\\me\\my pathway.yaml", "my pathway.yaml"),
        ("bad\nname<script>.yaml", "badname_script_.yaml"),
        ("", "upload.yaml"),
        ("x" * 300 + ".yaml", "x" * 75 + ".yaml"),
    ],
)
def test_file_names_are_made_safe_to_show(name, shown):
    assert uploads.safe_name(name) == shown


def test_the_same_name_again_replaces_the_file(base):
    first = Uploads().add(("gamma.yaml", b"id: [broken\n"))
    second = first.add(("gamma.yaml", gamma_with()))
    assert [f.name for f in second.files] == ["gamma.yaml"]
    assert second.content(base).problems == ()
    assert first.content(base).errors  # the earlier set is unchanged


def test_files_over_the_limit_are_refused_unread(base):
    full = Uploads().add(*((f"f{i}.yaml", b"a: 1\n") for i in range(MAX_UPLOADS)))
    more = full.add(("one-more.yaml", b"a: 1\n"))
    assert len(more.files) == MAX_UPLOADS
    assert [str(p) for p in more.refused] == [
        f"one-more.yaml: was not added: you can try up to {MAX_UPLOADS} files at a time; "
        "remove one, then upload this file again"
    ]


def test_removing_files(base):
    both = Uploads().add(*DUPLICATE_IDS)
    assert [f.name for f in both.remove("gamma.yaml").files] == ["gamma.yml"]
    assert both.remove("gamma.yml").content(base).problems == ()


def test_joined_content_is_built_once_per_shipped_content(base):
    found = Uploads().add(("gamma.yaml", gamma_with()))
    assert found.content(base) is found.content(base)
    again = load_content(GOOD)
    assert found.content(again) is not found.content(base)


def test_nothing_is_written_to_disk(base, monkeypatch):
    real_open, real_os_open = builtins.open, os.open

    def read_only_open(file, mode="r", *args, **kwargs):
        # An open descriptor (the pipe to the grading worker) is not a file on disk.
        assert isinstance(file, int) or not set(str(mode)) & set("wax+"), f"wrote {file}"
        return real_open(file, mode, *args, **kwargs)

    def read_only_os_open(path, flags, *args, **kwargs):
        assert not flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT), f"wrote {path}"
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    monkeypatch.setattr(os, "open", read_only_os_open)
    files = [(c.name, c.data) for c in CASES.values()][:MAX_UPLOADS]
    Uploads().add(*files).content(base)


def test_compare_with_an_uploaded_pathway(base):
    found = Uploads().add(("gamma.yaml", gamma_with()), ("bad.yaml", b"a: ["))
    content = found.content(base)
    assert uploads.compare_with(found.files[0], content) == ["gamma", "alpha"]
    assert uploads.compare_with(found.files[1], content) == []


def test_template_points_at_the_schema_and_is_a_valid_pathway_once_filled_in():
    text = uploads.template("https://example.org/app/static/schema/pathway.schema.json")
    first, rest = text.split("\n", 1)
    assert first == (
        "# yaml-language-server: $schema=https://example.org/app/static/schema/pathway.schema.json"
    )
    assert "$schema" not in rest
    assert uploads.read("my-pathway.yaml", text.encode()).document is not None


def test_files_over_the_limit_per_minute_are_refused_unread(base):
    from pathways.vocab import MAX_UPLOADS_PER_MINUTE

    mine = Uploads()
    for i in range(MAX_UPLOADS_PER_MINUTE):
        mine = mine.remove(f"f{i - 1}.yaml").add((f"f{i}.yaml", b"a: 1\n"), now=100.0 + i)
    refused = mine.add(("late.yaml", gamma_with()), now=130.0)
    assert [f.name for f in refused.files] == [f"f{MAX_UPLOADS_PER_MINUTE - 1}.yaml"]
    assert [str(p) for p in refused.refused] == [
        f"late.yaml: was not checked: you can try up to {MAX_UPLOADS_PER_MINUTE} files a "
        "minute; wait a minute, then upload it again"
    ]
    assert refused.clear().add(("late.yaml", gamma_with()), now=130.0).refused, (
        "removing every file does not reset the count"
    )
    state = {}
    session.keep(state, refused.clear())
    assert session.uploads_in(state).tried == refused.tried, "nor does keeping an empty set"
    later = refused.add(("late.yaml", gamma_with()), now=161.0)
    assert [f.name for f in later.files][-1] == "late.yaml" and later.refused == ()


def test_an_upload_whose_grading_cannot_finish_is_still_checked(monkeypatch, base):
    monkeypatch.setattr(uploads, "GRADER", lambda texts, code: None)  # too slow, or out of memory
    upload = uploads.read("gamma.yaml", gamma_with())
    assert upload.document is not None
    assert [str(p) for p in upload.problems] == [
        "gamma.yaml:1: warning: its reading level could not be checked just now; try the file "
        "again in a minute, or check it with python -m pathways check [file-plain]"
    ]


def test_reading_grades_come_from_the_worker_process():
    hard = gamma_with(
        "summary: ",
        "summary: Individualised multidisciplinary interventions facilitate sustainable "
        "rehabilitation through comprehensive psychosocial reintegration methodologies. ",
    )
    problems = [str(p) for p in uploads.read("gamma.yaml", hard).problems]
    assert any("summary: warning: reads at grade" in p for p in problems), problems


def test_what_can_be_uploaded_comes_from_the_one_table_of_kinds():
    models = dict(uploads.KINDS)
    assert models == {
        "pathway": Pathway,
        "scenario": Scenario,
        "questions": Questions,
        "quiz": Quiz,
        "region": Region,
        "conversation": Conversation,
    }
    assert uploads.KIND_NAMES == {
        "pathway": "pathway",
        "scenario": "scenario card",
        "questions": "questions for What matters to me",
        "quiz": "knowledge checks",
        "region": "region pack",
        "conversation": "guided conversation",
    }


def test_a_spanish_file_uploaded_in_spanish_is_checked_with_spanish_rules():
    from .conftest import CONTENT

    raw = (CONTENT / "es" / "pathways" / "mat.yaml").read_bytes()
    raw = raw.replace(b"summary: Tomar", b"summary: Los adictos pueden tomar", 1)
    spanish = uploads.read("mat.yaml", raw, "es")
    english = uploads.read("mat.yaml", raw)
    assert any(p.code == "person-first" and "adictos" in p.message for p in spanish.problems)
    assert not any(p.code in ("fields-plain", "file-plain") for p in spanish.problems)
    assert any(p.code == "fields-plain" for p in english.problems)
