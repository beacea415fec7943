"""The loader: every broken fixture gives one exact message at the right line."""

from __future__ import annotations

import datetime as dt
import os
import shutil

import pytest

from pathways import Uploads, load_content, load_file, load_files
from pathways.loader import content_files, pathway_files
from pathways.vocab import MAX_FILE_BYTES, MAX_PROBLEMS, MAX_VALUES

from .conftest import BROKEN, GOOD
from .hostile import LOOKALIKE, LOOKALIKE_PROBLEM

STALE_DAYS = (dt.date.today() - dt.date(2020, 1, 31)).days
# Not pathway files: checked in test_checks with their own models.
DOCUMENT_FIXTURES = {
    "glossary-twice.yaml",
    "about-future.yaml",
    "quiz-no-answer.yaml",
    "quiz-twice.yaml",
    "card-mismatch.yaml",
    "questions-twice.yaml",
    "about-no-safety.yaml",
}

EXPECTED = {
    "alias.yaml": [
        "alias.yaml:3: uses the anchor &summary; anchors are not allowed, remove it",
        "alias.yaml:4: uses the alias *summary; aliases are not allowed, write the value out",
    ],
    "bad-indentation.yaml": [
        "bad-indentation.yaml:15: is not valid YAML (while parsing a block collection, did not "
        "find expected '-' indicator); check indentation, colons and quotes on this line or the "
        "one before it"
    ],
    "bad-theme.yaml": [
        "bad-theme.yaml:7: principles[0].themes[0]: 'hopes' is not allowed here; use one of: "
        "hope, person-driven, many-pathways, whole-person, peer-support, relationships, culture, "
        "trauma-informed, responsibility, respect, safety, health-care, abstinence, spirituality, "
        "service or self-management"
    ],
    "duplicate-key.yaml": [
        "duplicate-key.yaml:4: summary: appears twice (first on line 3); keep only one"
    ],
    "empty.yaml": [
        "empty.yaml:1: the file is empty; it should be a mapping of fields "
        "(see content/en/pathways/_template.yaml)"
    ],
    "future-review.yaml": [
        "future-review.yaml:57: last_reviewed: 2999-01-31 is in the future; use the date the "
        "facts were last checked [reviewed-in-the-past]"
    ],
    "id-mismatch.yaml": [
        "id-mismatch.yaml:1: id: 'gamma' does not match the file name; rename the file to "
        "gamma.yaml or change the id to 'id-mismatch' [id-matches-file-name]"
    ],
    "list.yaml": [
        "list.yaml:1: the file is a list; it should be a mapping of fields "
        "(see content/en/pathways/_template.yaml)"
    ],
    "missing-field.yaml": ["missing-field.yaml:1: understanding: is required but missing; add it"],
    "missing-rating.yaml": [
        "missing-rating.yaml:32: ratings: no rating for: research_evidence; add a score and "
        "reason for each dimension [ratings-cover-every-dimension]"
    ],
    "not-utf8.yaml": ["not-utf8.yaml:2: byte 0xe9 is not UTF-8 text; save the file as UTF-8"],
    "python-tag.yaml": [
        "python-tag.yaml:3: uses the tag !!python/object/apply:os.system; tags are not allowed, "
        "remove it"
    ],
    "score-out-of-range.yaml": [
        "score-out-of-range.yaml:38: ratings.structure.score: 5 is out of range; use a whole "
        "number from 0 to 4"
    ],
    "script-url.yaml": [
        "script-url.yaml:56: sources[0].url: 'javascript:alert(1)' should be a web address "
        "starting with https:// (or http://)"
    ],
    "too-deep.yaml": ["too-deep.yaml:2: nesting is deeper than 32 levels; flatten the structure"],
    "unknown-field.yaml": [
        "unknown-field.yaml:1: summary: is required but missing; add it",
        "unknown-field.yaml:3: summry: is not a known field; did you mean 'summary'?",
    ],
    "unknown-source.yaml": [
        "unknown-source.yaml:52: evidence[0].sources[0]: 'alpha-stud' is not in this file's "
        "sources; add it there or fix the id [citations-are-listed]"
    ],
    "no-evidence.yaml": [
        "no-evidence.yaml:45: evidence: has no evidence statements; add at least one claim with "
        "its certainty and sources [has-graded-evidence]"
    ],
    "unknown-support-source.yaml": [
        "unknown-support-source.yaml:22: supports[0].sources[0]: 'peer-page' is not in this "
        "file's sources; add it there or fix the id [citations-are-listed]"
    ],
    "odd-denominator.yaml": [
        "odd-denominator.yaml:49: evidence[0].numbers.out_of: warning: counts out of 100 people; "
        "give them out of 1,000, like the other statements [numbers-share-a-denominator]"
    ],
    "unbalanced.yaml": [
        "unbalanced.yaml:27: strengths: warning: strengths are 3.6 times as long as limitations "
        "(103 against 29 characters; at most 1.5); give the limitations the same care [strengths-and-limitations-balance]"
    ],
    "stale-review.yaml": [
        f"stale-review.yaml:55: last_reviewed: warning: last reviewed {STALE_DAYS} days ago (on "
        "2020-01-31); check the facts and sources again, then update the date [review-is-recent]"
    ],
    "hard-field.yaml": [
        "hard-field.yaml:5: understanding: warning: reads at grade 29.9, above 10; use shorter "
        "sentences and everyday words [fields-plain]"
    ],
    "hard-file.yaml": [
        "hard-file.yaml:1: warning: its text reads at grade 20.9 on average, above 8; use "
        "shorter sentences and everyday words [file-plain]"
    ],
    "stigma.yaml": [
        "stigma.yaml:31: limitations[0].text: warning: says 'addicts'; use person-first words "
        "instead: person with a substance use disorder, or person who uses drugs [person-first]"
    ],
    "unused-source.yaml": [
        "unused-source.yaml:63: sources[1].id: warning: 'never-cited' is listed but nothing "
        "cites it; cite it where it backs a line, or remove it [sources-are-cited]"
    ],
    "jargon.yaml": [
        "jargon.yaml:31: limitations[0].text: warning: says 'heavy drinkers'; use plain words "
        "instead: people who drink heavily [plain-words]"
    ],
    "unsafe-stopping.yaml": [
        "unsafe-stopping.yaml:11: first_steps: this pathway asks people to stop, so add a first "
        "step: if you drink heavily every day or take benzodiazepines, talk to a doctor or clinic "
        "before stopping, because stopping suddenly can cause seizures or delirium [stopping-is-made-safe]"
    ],
    "stretched-period.yaml": [
        "stretched-period.yaml:51: evidence[0].numbers.source_period: '2 weeks' is not the "
        "period the counts cover (1 year); give the counts over the period the source measured, "
        "never stretched to another one"
    ],
    "editors-no-note.yaml": [
        "editors-no-note.yaml:46: evidence[0]: graded_by is editors, so add grade_note: say why "
        "this certainty was chosen (for example: one survey, which cannot show cause and effect)"
    ],
    "old-format.yaml": [
        "old-format.yaml:23: supports[1].sources: is required but missing; add it",
        "old-format.yaml:27: strengths[0]: should be a line with its sources, not 'Free and easy "
        "to join.'; write each item as '- text: ...' with 'sources: [source-id]' on the next line",
        "old-format.yaml:29: limitations[0]: should be a line with its sources, not 'Groups are "
        "not in every town.'; write each item as '- text: ...' with 'sources: [source-id]' on the "
        "next line",
        "old-format.yaml:46: evidence[0].graded_by: is required but missing; add it",
        "old-format.yaml:48: evidence[0].numbers.period: is required but missing; add it",
        "old-format.yaml:48: evidence[0].numbers.source_period: is required but missing; add it",
        "old-format.yaml:50: evidence[0].numbers.time_frame: is replaced by period and "
        "source_period: write 'period: 1 year' for the time the counts cover and 'source_period: "
        "1 year' for the time the source's figure covers",
        "old-format.yaml:62: day_to_day: should be a list of lines, each with its sources, not "
        "'Most weeks you meet your peer group once and call a frie...; write each item as '- "
        "text: ...' with 'sources: [source-id]' on the next line",
    ],
    "yaml-boolean.yaml": [
        "yaml-boolean.yaml:2: name: should be text, not False; YAML reads yes, no, on, off, true "
        "and false as a yes/no value, so put the text in quotes"
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_fixture_gives_exact_messages(name):
    pathway, _, problems = load_file(BROKEN / name, name)
    assert [str(p) for p in problems] == EXPECTED[name]
    # Errors keep a pathway out of the app; warnings only report.
    only_warnings = all(p.severity == "warning" for p in problems)
    assert (pathway is not None) == only_warnings


def test_every_broken_fixture_is_covered():
    names = {p.name for p in BROKEN.glob("*.yaml")} - {"unknown-combination.yaml"}
    names -= DOCUMENT_FIXTURES
    assert names == set(EXPECTED)


def test_good_fixtures_load_with_no_problems():
    content = load_content(GOOD)
    assert list(content.pathways) == ["alpha", "beta"]
    assert content.problems == ()
    alpha = content.pathways["alpha"]
    assert alpha.ratings["peer_group_involvement"].score == 4
    assert alpha.first_steps[1].when == "this-week"


def test_models_are_frozen():
    alpha = load_content(GOOD).pathways["alpha"]
    with pytest.raises(ValueError, match="frozen"):
        alpha.name = "Changed"


def test_one_bad_file_never_hides_the_good_ones(make_content):
    root = make_content("alpha.yaml", "beta.yaml", broken=("empty.yaml", "too-deep.yaml"))
    content = load_content(root)
    assert list(content.pathways) == ["alpha", "beta"]
    assert [p.path for p in content.problems] == [
        "content/en/pathways/empty.yaml",
        "content/en/pathways/too-deep.yaml",
    ]


def test_problems_in_every_file_are_collected(make_content):
    root = make_content(broken=("empty.yaml", "bad-theme.yaml", "unknown-field.yaml"))
    content = load_content(root)
    assert content.pathways == {}
    assert len(content.errors) == 4


def test_unknown_combination_is_a_warning_and_the_pathway_still_loads(make_content):
    root = make_content(broken=("unknown-combination.yaml",))
    content = load_content(root)
    assert list(content.pathways) == ["unknown-combination"]
    assert [str(p) for p in content.problems] == [
        "content/en/pathways/unknown-combination.yaml:45: compatible_with[0].id: warning: "
        "'omega' is not a loaded pathway (loaded: unknown-combination); it is left out of the "
        "combinations [compatible-pathways-exist]"
    ]


def test_duplicate_ids_across_files_keep_the_first(make_content):
    root = make_content("alpha.yaml")
    folder = root / "en" / "pathways"
    (folder / "copy.yaml").write_text((folder / "alpha.yaml").read_text())
    content = load_content(root)
    assert list(content.pathways) == ["alpha"]
    messages = [str(p) for p in content.errors]
    assert (
        "content/en/pathways/copy.yaml:1: id: 'alpha' does not match the file name; rename the "
        "file to alpha.yaml or change the id to 'copy' [id-matches-file-name]" in messages
    )


def test_template_and_hidden_files_are_skipped(make_content):
    root = make_content("alpha.yaml", "beta.yaml")
    folder = root / "en" / "pathways"
    (folder / "_template.yaml").write_text("not: [valid")
    (folder / ".draft.yaml").write_text("not: [valid")
    (folder / "notes.txt").write_text("not yaml")
    assert [p.name for p in pathway_files(folder)] == ["alpha.yaml", "beta.yaml"]
    assert load_content(root).problems == ()


def test_missing_content_folder_is_a_problem_not_a_crash(tmp_path):
    content = load_content(tmp_path / "nowhere")
    assert content.pathways == {}
    assert "folder not found" in str(content.problems[0])


def test_oversized_file_is_refused_before_parsing(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"id: big\nsummary: '" + b"x" * MAX_FILE_BYTES + b"'\n")
    _, _, problems = load_file(big, "big.yaml")
    assert [str(p) for p in problems] == [
        f"big.yaml: the file is {big.stat().st_size:,} bytes; the limit is 1,048,576 bytes "
        "(1 MiB). Split it up"
    ]


def test_very_deep_flow_nesting_is_refused_without_crashing(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("x: " + "[" * 100_000 + "]" * 100_000 + "\n")
    _, _, problems = load_file(deep, "deep.yaml")
    assert [str(p) for p in problems] == [
        "deep.yaml:1: nesting is deeper than 32 levels; flatten the structure"
    ]


def test_deep_block_nesting_is_refused(tmp_path):
    deep = tmp_path / "deep.yaml"
    deep.write_text("x:\n" + "- " * 2000 + "end\n")
    _, _, problems = load_file(deep, "deep.yaml")
    assert [str(p) for p in problems] == [
        "deep.yaml:2: nesting is deeper than 32 levels; flatten the structure"
    ]


def test_billion_laughs_is_refused_at_the_first_anchor(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n")
    _, _, problems = load_file(bomb, "bomb.yaml")
    assert str(problems[0]) == "bomb.yaml:1: uses the anchor &a; anchors are not allowed, remove it"
    assert len(problems) == 5  # reports stop after a handful


def test_nul_byte_is_reported_as_binary(tmp_path):
    binary = tmp_path / "program.yaml"
    binary.write_bytes(b"id: x\n\x00\x01\x02")
    _, _, problems = load_file(binary, "program.yaml")
    assert [str(p) for p in problems] == [
        "program.yaml:2: contains a NUL byte, so it looks like a binary file rather than YAML text"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "1.10",
            "should be text, not 1.1; YAML reads it as a number (1.10 becomes 1.1), so put the text in quotes",
        ),
        (
            "on",
            "should be text, not True; YAML reads yes, no, on, off, true and false as a yes/no value, so put the text in quotes",
        ),
        (
            "2024-01-01",
            "should be text, not 2024-01-01; YAML reads it as a date, so put the text in quotes",
        ),
    ],
)
def test_yaml_surprises_become_clear_type_errors(tmp_path, value, message):
    text = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()
    path = tmp_path / "alpha.yaml"
    path.write_text(text.replace("name: Alpha pathway", f"name: {value}"))
    _, _, problems = load_file(path, "alpha.yaml")
    assert [str(p) for p in problems] == [f"alpha.yaml:2: name: {message}"]


def test_invalid_date_is_reported(tmp_path):
    text = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()
    path = tmp_path / "alpha.yaml"
    path.write_text(text.replace("last_reviewed: 2026-01-31", "last_reviewed: 2026-13-45"))
    _, _, problems = load_file(path, "alpha.yaml")
    assert [str(p) for p in problems] == [
        "alpha.yaml:66: last_reviewed: has a value YAML cannot read (month must be in 1..12); "
        "put it in quotes if it is meant as text"
    ]


def _alpha_with(tmp_path, old, new):
    path = tmp_path / "alpha.yaml"
    path.write_text((GOOD / "en" / "pathways" / "alpha.yaml").read_text().replace(old, new))
    return [str(p) for p in load_file(path, "alpha.yaml")[2]]


def test_merge_keys_are_refused(tmp_path):
    problems = _alpha_with(tmp_path, "summary: A small", "<<: {name: Other}\nsummary: A small")
    assert problems == [
        "alpha.yaml:4: uses a merge key (<<); merge keys are not allowed, write the fields out"
    ]


def test_control_characters_from_escapes_are_refused(tmp_path):
    problems = _alpha_with(tmp_path, "name: Alpha pathway", 'name: "Alpha\\0pathway"')
    assert problems == [
        "alpha.yaml:2: name: 'Alpha\\x00pathway' contains the control character U+0000; remove it"
    ]


def test_numbers_too_long_to_print_are_reported_not_raised(tmp_path):
    hexa = _alpha_with(tmp_path, "name: Alpha pathway", "name: 0x" + "f" * 5000)
    assert hexa == [
        "alpha.yaml:2: name: should be text, not a number too long to show; YAML reads it as a "
        "number, so put the text in quotes"
    ]
    decimal = _alpha_with(tmp_path, "name: Alpha pathway", "name: " + "1" * 5000)
    assert decimal == [
        "alpha.yaml:2: name: has a value YAML cannot read (a number too long to read); put it "
        "in quotes if it is meant as text"
    ]


def test_names_and_short_names_must_be_unique(make_content):
    root = make_content("alpha.yaml", "beta.yaml")
    folder = root / "en" / "pathways"
    text = (folder / "beta.yaml").read_text().replace("id: beta\n", "id: gamma\n", 1)
    (folder / "gamma.yaml").write_text(text)
    (folder / "delta.yaml").write_text(
        text.replace("id: gamma\n", "id: delta\n", 1).replace(
            "name: Beta pathway", "name: Delta\nshort_name: Alpha"
        )
    )
    content = load_content(root)
    assert list(content.pathways) == ["alpha", "beta"]
    assert [str(p) for p in content.errors] == [
        "content/en/pathways/delta.yaml:3: short_name: 'Alpha' is already the short name of "
        "'alpha'; choose another [names-are-unique]",
        "content/en/pathways/gamma.yaml:2: name: 'Beta pathway' is already the name of 'beta'; "
        "choose another name [names-are-unique]",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"id: x\nname: a\x07b\n",
         "x.yaml:2: contains the control character U+0007, which YAML does not allow; remove it"),
        (b"? [a, b]\n: 1\n", "x.yaml:1: uses a list or mapping as a key; a key must be a field name"),
        (b"2024-01-01: x\n",
         "x.yaml:1: the key '2024-01-01' is read by YAML as a date, not a field name; put it in "
         "quotes or fix the name"),
        (b"null: x\n",
         "x.yaml:1: the key 'null' is read by YAML as an empty value, not a field name; put it "
         "in quotes or fix the name"),
        (b"just a line\n",
         "x.yaml:1: the file is a line of text; it should be a mapping of fields (see "
         "content/en/pathways/_template.yaml)"),
    ],
)  # fmt: skip
def test_odd_yaml_gets_a_plain_message(tmp_path, data, message):
    path = tmp_path / "x.yaml"
    path.write_bytes(data)
    assert [str(p) for p in load_file(path, "x.yaml")[2]] == [message]


def test_problems_stop_at_fifty_per_file_with_a_count_of_the_rest(tmp_path):
    extra = "".join(f"extra{i}: x\n" for i in range(70))
    problems = _alpha_with(tmp_path, "name: Alpha pathway\n", f"name: Alpha pathway\n{extra}")
    assert len(problems) == MAX_PROBLEMS + 1
    assert problems[0].startswith("alpha.yaml:3: extra0: is not a known field")
    assert problems[-1] == "alpha.yaml: and 20 more problems; fix those above, then check again"


def test_a_file_with_too_many_values_is_refused_before_it_is_built(tmp_path):
    row = "  - {" + ", ".join(f"k{i}: {i}" for i in range(20)) + "}\n"  # 41 values
    rows = row * 900
    path = tmp_path / "wide.yaml"
    path.write_text(f"id: wide\nsources:\n{rows}")
    assert [str(p) for p in load_file(path, "wide.yaml")[2]] == [
        f"wide.yaml:490: has more than {MAX_VALUES:,} values in all; split the file up"
    ]


ALPHA = (GOOD / "en" / "pathways" / "alpha.yaml").read_text()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            (
                "    sources: [alpha-study]\nlimitations:",
                "    sources: [Alpha_Study]\nlimitations:",
            ),
            "strengths[0].sources[0]: 'Alpha_Study' is not a valid id; use lower-case letters, "
            "digits and single hyphens, like 'harm-reduction'",
        ),
        (
            ("  - text: Free and easy to join.", "  - text: ''"),
            "strengths[0].text: should not be empty",
        ),
        (
            ("      period: 1 year", "      period: 12 months"),
            "evidence[0].numbers.source_period: '1 year' is not the period the counts cover "
            "(12 months); give the counts over the period the source measured, never stretched "
            "to another one; they look like the same time, so write both the same way",
        ),
    ],
)
def test_messages_inside_a_line_with_sources_name_the_real_problem(change, message):
    from pathways import uploads

    upload = uploads.read("alpha.yaml", ALPHA.replace(*change).encode())
    assert [str(p).split(": ", 1)[1] for p in upload.problems] == [message]


# Links in the content folder: what they point to outside it is never read or shown.

SECRET = "s3cr3t-value-from-elsewhere"
LINK_SKIPPED = (
    "is a link to a place outside the content folder, so it was not read; copy the file into "
    "the content folder instead"
)


def _outside(tmp_path):
    """A folder beside the content folder, with a file a link might point at."""
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "pathways").mkdir(parents=True)
    (elsewhere / "secret.yaml").write_text(f"id: secret\nname: {SECRET}\nsummary: [\n")
    shutil.copy(GOOD / "en" / "pathways" / "beta.yaml", elsewhere / "pathways" / "beta.yaml")
    return elsewhere


def _shown(content):
    return "\n".join(str(p) for p in content.problems)


def test_a_linked_file_outside_the_content_folder_is_skipped_and_named(make_content, tmp_path):
    root = make_content("alpha.yaml")
    elsewhere = _outside(tmp_path)
    os.symlink(elsewhere / "secret.yaml", root / "en" / "pathways" / "secret.yaml")
    os.symlink(elsewhere / "pathways" / "beta.yaml", root / "en" / "pathways" / "beta.yaml")
    content = load_content(root)
    assert list(content.pathways) == ["alpha"]
    assert [str(p) for p in content.errors] == [
        f"content/en/pathways/beta.yaml: {LINK_SKIPPED}",
        f"content/en/pathways/secret.yaml: {LINK_SKIPPED}",
    ]
    assert SECRET not in _shown(content) and str(tmp_path) not in _shown(content)
    assert all(p.parent.name == "pathways" for p in content_files(root))
    assert "secret.yaml" not in {p.name for p in content_files(root)}


def test_a_linked_folder_outside_the_content_folder_is_named_once(make_content, tmp_path):
    root = make_content()
    elsewhere = _outside(tmp_path)
    (root / "en" / "pathways").rmdir()
    os.symlink(elsewhere / "pathways", root / "en" / "pathways")
    os.symlink(elsewhere, root / "en" / "scenarios")
    content = load_content(root)
    assert content.pathways == {} and content.scenarios == {}
    assert [str(p) for p in content.problems] == [
        f"content/en/pathways: {LINK_SKIPPED}",
        f"content/en/scenarios: {LINK_SKIPPED}",
    ]
    assert content_files(root) == []


def test_a_linked_language_folder_or_single_file_outside_is_skipped(make_content, tmp_path):
    elsewhere = _outside(tmp_path)
    shutil.copy(GOOD / "en" / "about.yaml", elsewhere / "about.yaml")
    root = make_content("alpha.yaml")
    os.symlink(elsewhere / "about.yaml", root / "en" / "about.yaml")
    content = load_content(root)
    assert content.about is None
    assert [str(p) for p in content.errors] == [f"content/en/about.yaml: {LINK_SKIPPED}"]
    other = tmp_path / "other"
    other.mkdir()
    os.symlink(root / "en", other / "en")  # a whole language folder from elsewhere
    content = load_content(other)
    assert content.pathways == {}
    assert [str(p) for p in content.problems] == [f"other/en: {LINK_SKIPPED}"]


def test_links_inside_the_content_folder_and_a_linked_content_folder_still_work(
    make_content, tmp_path
):
    root = make_content("alpha.yaml")
    spare = root / "spare"
    spare.mkdir()
    shutil.copy(GOOD / "en" / "pathways" / "beta.yaml", spare / "beta.yaml")
    os.symlink(spare / "beta.yaml", root / "en" / "pathways" / "beta.yaml")
    os.symlink(root, tmp_path / "current")  # PATHWAYS_CONTENT_DIR may itself be a link
    for folder in (root, tmp_path / "current"):
        content = load_content(folder)
        assert list(content.pathways) == ["alpha", "beta"] and content.problems == ()


def test_a_loop_of_links_is_skipped_without_a_crash(make_content):
    root = make_content("alpha.yaml")
    loop = root / "en" / "pathways" / "loop.yaml"
    os.symlink(loop, loop)
    content = load_content(root)
    assert list(content.pathways) == ["alpha"]
    assert [str(p) for p in content.errors] == [f"content/en/pathways/loop.yaml: {LINK_SKIPPED}"]


def test_problems_never_name_a_server_folder(tmp_path):
    content = load_content(tmp_path / "nowhere")
    assert str(tmp_path) not in _shown(content)
    assert str(content.problems[0]).startswith("nowhere/en/pathways: folder not found")


def test_a_look_alike_name_is_refused_from_a_folder_and_from_an_upload(tmp_path):
    name, data = LOOKALIKE
    shutil.copy(GOOD / "en" / "pathways" / "alpha.yaml", tmp_path / "alpha.yaml")
    (tmp_path / name).write_bytes(data)
    content = load_files([tmp_path / "alpha.yaml", tmp_path / name], relative_to=tmp_path)
    assert [str(p) for p in content.errors] == [f"{LOOKALIKE_PROBLEM} [names-are-unique]"]
    assert list(content.pathways) == ["alpha"]
    uploaded = Uploads().add(LOOKALIKE).content(load_content(GOOD))
    assert [str(p) for p in uploaded.errors] == [f"{LOOKALIKE_PROBLEM} [names-are-unique]"]
    assert list(uploaded.pathways) == ["alpha", "beta"]
