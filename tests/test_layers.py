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
    allowed = {"__future__", "collections", "datetime", "json", "streamlit", "pathways"}
    assert set(imported_modules(path)) <= allowed


def test_the_frame_imports_only_streamlit_the_domain_and_the_ui():
    assert set(imported_modules(PROJECT / "app.py")) == {"streamlit", "pathways", "ui"}


def test_there_is_a_view_for_every_page_and_no_pages_folder():
    frame = (PROJECT / "app.py").read_text()
    assert [p.stem for p in VIEWS] == sorted(re.findall(r'st\.Page\("views/(\w+)\.py"', frame))
    # Streamlit reads a pages/ folder beside app.py as its older multipage mode.
    assert not (PROJECT / "pages").exists()


def names_bound_at_top_level(path):
    """The names a module binds outside any function or class, each with how: "import" (from
    inside the package), "outside" (imported from elsewhere) or "defined"."""
    body = list(ast.parse(path.read_text(), filename=str(path)).body)
    for node in body:
        if isinstance(node, ast.If | ast.Try):  # `if TYPE_CHECKING:` and the like
            body.extend(node.body + node.orelse + getattr(node, "finalbody", []))
        elif isinstance(node, ast.ImportFrom):
            how = "import" if node.level else "outside"
            yield from ((alias.asname or alias.name, how) for alias in node.names)
        elif isinstance(node, ast.Import):
            yield from (
                (alias.asname or alias.name.split(".")[0], "outside") for alias in node.names
            )
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            yield node.name, "defined"
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            yield from ((t.id, "defined") for t in targets if isinstance(t, ast.Name))


def isort_order(name):
    """How the package keeps ``__all__``: CONSTANTS, then Classes, then the rest, each A to Z."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def test_every_name_in_all_is_importable_from_the_package():
    import pathways

    namespace = {}
    exec("from pathways import *", namespace)  # the modules imported when first used, too
    assert [n for n in pathways.__all__ if n not in namespace] == []


def test_all_is_sorted_as_the_package_keeps_it_and_has_no_repeats():
    import pathways

    assert pathways.__all__ == sorted(pathways.__all__, key=isort_order)
    assert len(set(pathways.__all__)) == len(pathways.__all__)


# The list of modules imported when first used, read by the package's own __getattr__.
NOT_API = {"LATER"}


def test_every_public_name_the_package_binds_is_in_all():
    import pathways

    bound = {
        name
        for name, how in names_bound_at_top_level(PROJECT / "pathways" / "__init__.py")
        if not name.startswith("_") and how != "outside" and name not in NOT_API
    }
    assert bound, "the package binds its public names at top level"
    assert sorted(bound - set(pathways.__all__)) == []
