"""`python -m pathways check`: problems as path:line: field: message, exit 1 on errors."""

from __future__ import annotations

import subprocess
import sys

from pathways import Uploads, load_content
from pathways.cli import escaped, main

from .conftest import BROKEN, CONTENT, GOOD, PROJECT


def test_check_passes_on_good_content(capsys):
    """A content folder is checked whole, as the app reads it."""
    assert main(["check", str(GOOD)]) == 0
    assert capsys.readouterr().out == (
        "2 pathways valid (and 7 other content files checked); no problems found\n"
    )


def test_check_reports_every_problem_and_fails(capsys):
    code = main(["check", str(BROKEN / "bad-theme.yaml"), str(BROKEN / "yaml-boolean.yaml")])
    out, err = capsys.readouterr()
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(
        "bad-theme.yaml:7: principles[0].themes[0]: 'hopes' is not allowed "
        "here; use one of: hope, person-driven, many-pathways, whole-person, "
        "peer-support, relationships, culture, trauma-informed, responsibility, "
        "respect, safety, health-care, abstinence, spirituality, service or "
        "self-management"
    )
    assert "yaml-boolean.yaml:2: name: should be text, not False" in lines[1]
    assert err == "0 pathways valid; 2 errors, 0 warnings\n"


def test_warnings_pass_unless_strict(capsys):
    path = str(BROKEN / "unknown-combination.yaml")
    assert main(["check", path]) == 0
    assert main(["check", "--strict", path]) == 1


def test_missing_path_is_reported(capsys):
    assert main(["check", "no/such/file.yaml"]) == 1
    assert "no/such/file.yaml: no such file or folder" in capsys.readouterr().out


def test_module_entry_point_checks_the_shipped_content_without_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "pathways", "check", "--strict"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("no problems found")


def test_bad_input_never_prints_a_traceback():
    done = subprocess.run(
        [sys.executable, "-m", "pathways", "check", *map(str, sorted(BROKEN.glob("*.yaml")))],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr


def test_an_empty_folder_fails_and_says_so(tmp_path, capsys):
    assert main(["check", str(tmp_path)]) == 1
    assert capsys.readouterr().out == "no pathway files found\n"


def test_nothing_from_a_file_reaches_the_terminal_raw(tmp_path, capsys):
    """Escape sequences could clear or recolour the screen, or hide a line; direction marks
    could turn it around. Each is printed as an escape."""
    (tmp_path / "evil\x1b[2J\u202e.yaml").write_text("id: [\n")
    (tmp_path / "tag.yaml").write_text("id: x\nname: !<tag:a%1B[31mb%C2%9B> y\n")
    assert main(["check", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert "evil\\x1b[2J\\u202e.yaml:2: is not valid YAML" in out
    assert "tag.yaml:2: uses the tag tag:a\\x1b[31mb\\x9b; tags are not allowed" in out
    for raw in "\x1b\x9b\u202e\r":
        assert raw not in out + err


def test_escaped_keeps_tabs_and_letters_of_any_alphabet():
    assert escaped("a\tb \u0430\u00e9 \u2014") == "a\tb \u0430\u00e9 \u2014"
    assert escaped("\r\n\x00\x7f\x85\u200e\u2066") == "\\r\\n\\x00\\x7f\\x85\\u200e\\u2066"


MAT = (CONTENT / "en" / "pathways" / "mat.yaml").read_text()


def _own_copy(tmp_path, short_name="My MOUD"):
    """mat.yaml as someone's own pathway, outside any content folder."""
    text = (
        MAT.replace("id: mat\n", "id: my-moud\n", 1)
        .replace("name: Medications for opioid use disorder (MOUD)", "name: My own MOUD plan")
        .replace("short_name: MOUD", f"short_name: {short_name}")
    )
    path = tmp_path / "my-moud.yaml"
    path.write_text(text)
    return path


def test_one_file_is_checked_against_the_shipped_content(tmp_path, capsys):
    """Its combinations may name shipped pathways: they are not 'not a loaded pathway'."""
    assert main(["check", "--strict", str(_own_copy(tmp_path))]) == 0
    assert capsys.readouterr().out == "1 pathway valid; no problems found\n"


def test_one_file_may_not_take_a_shipped_short_name_as_an_upload_may_not(tmp_path, capsys):
    path = _own_copy(tmp_path, short_name="MOUD")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(":", 1)[1] for line in out] == [
        "5: short_name: 'MOUD' is already the short name of 'mat'; choose another "
        "[names-are-unique]"
    ]
    uploaded = Uploads().add((path.name, path.read_bytes())).content(load_content(CONTENT))
    upload = uploaded.problems[len(load_content(CONTENT).problems) :]
    assert [str(p).split(":", 1)[1] for p in upload] == [line.split(":", 1)[1] for line in out]


def test_a_shipped_file_checked_alone_is_not_told_it_replaces_itself(capsys):
    assert main(["check", "--strict", str(CONTENT / "en" / "pathways" / "mat.yaml")]) == 0
    assert capsys.readouterr().out == "1 pathway valid; no problems found\n"


def test_a_scenario_card_checked_alone_may_name_shipped_pathways(capsys):
    card = CONTENT / "en" / "scenarios" / "after-an-overdose.yaml"
    assert main(["check", "--strict", str(card)]) == 0
    assert (
        capsys.readouterr().out
        == "0 pathways valid (and 1 other content file checked); no problems found\n"
    )


def test_checking_content_never_imports_plotly_or_pandas():
    code = (
        "import sys\n"
        "from pathways.cli import main\n"
        "main(['check'])\n"
        "sys.exit(sorted({'plotly', 'pandas'} & set(sys.modules)) != [])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
