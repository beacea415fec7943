"""Shared widgets: the parts that need no running page (pages test the rest through AppTest)."""

from __future__ import annotations


def test_every_rule_that_targets_streamlits_elements_is_in_one_place():
    import pathlib

    views = pathlib.Path(__file__).resolve().parent.parent / "views"
    for path in views.glob("*.py"):
        assert "data-testid" not in path.read_text(), path.name


def test_the_frames_imports_load_no_table_or_pdf_library():
    """The first page waits for none of them: they load after it (see pathways.store.warm_up)."""
    import subprocess
    import sys

    code = (
        "import sys, pathways, ui\n"
        "print(','.join(m for m in ('pandas', 'fpdf', 'pathways.plan') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
