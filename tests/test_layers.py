"""The layer rules in the README, enforced."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

import pytest

from .conftest import PROJECT

VIEWS = sorted((PROJECT / "views").glob("*.py"))
UI = sorted((PROJECT / "ui").glob("*.py"))
DOMAIN = sorted((PROJECT / "pathways").glob("*.py"))


def imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module.split(".")[0]


@pytest.mark.parametrize("path", DOMAIN, ids=lambda p: p.name)
def test_domain_never_imports_streamlit(path):
    assert "streamlit" not in set(imported_modules(path))


def test_importing_the_domain_does_not_load_streamlit():
    code = "import sys, pathways, pathways.cli; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=PROJECT, check=False).returncode == 0


@pytest.mark.parametrize("path", VIEWS, ids=lambda p: p.name)
def test_views_are_thin(path):
    """Views read widgets, call pathways.* and draw: no parsing, reshaping or other views."""
    modules = set(imported_modules(path))
    assert modules <= {"streamlit", "pathways", "ui"}, modules
    assert "views" not in modules


@pytest.mark.parametrize("path", UI, ids=lambda p: p.name)
def test_ui_draws_with_streamlit_and_the_domain_only(path):
    """Shared widgets sit between the views and the domain: they never import a page."""
    assert set(imported_modules(path)) <= {"__future__", "collections", "streamlit", "pathways"}


def test_the_frame_imports_only_streamlit_the_domain_and_the_ui():
    assert set(imported_modules(PROJECT / "app.py")) == {"streamlit", "pathways", "ui"}


def test_there_is_a_view_for_every_page_and_no_pages_folder():
    frame = (PROJECT / "app.py").read_text()
    assert [p.stem for p in VIEWS] == sorted(re.findall(r'st\.Page\("views/(\w+)\.py"', frame))
    # Streamlit reads a pages/ folder beside app.py as its older multipage mode.
    assert not (PROJECT / "pages").exists()
