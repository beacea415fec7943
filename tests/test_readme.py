"""The README starts with the two set-up commands and tells educators how to embed the app."""

from __future__ import annotations

from .conftest import PROJECT

README = (PROJECT / "README.md").read_text()


def test_readme_starts_with_run_and_test():
    commands = README.split("```sh", 1)[1].split("```", 1)[0].split()
    assert commands[:2] == ["make", "run"] and "make" in commands and "test" in commands


def test_readme_has_an_educators_section_with_an_iframe_and_framing_rules():
    section = README.split("## For educators", 1)[1].split("\n## ", 1)[0]
    assert "<iframe" in section and "embed=true" in section
    assert "Canvas" in section and "Moodle" in section
    assert "frame-ancestors" in section


def test_where_things_live_names_every_module():
    section = README.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    for folder in ("pathways", "ui", "views"):
        for path in (PROJECT / folder).glob("*.py"):
            if path.stem not in ("__init__", "__main__"):
                assert f"{path.name}" in section, f"{folder}/{path.name} is not in the README"
