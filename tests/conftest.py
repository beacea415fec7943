"""Shared fixtures: content folders to load, and a clean content cache for every test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pathways import load_content, store

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
PROJECT = Path(__file__).parent.parent
CONTENT = PROJECT / "content"
SHIPPED_IDS = sorted(
    p.stem for p in (CONTENT / "en" / "pathways").glob("*.yaml") if not p.name.startswith("_")
)
"""The shipped pathways' ids, from their file names (a content rule keeps id and file name
equal), for parametrizing without loading the content."""


CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def chromium_path():
    if Path(CHROMIUM).exists():
        return CHROMIUM
    reason = f"no Chromium at {CHROMIUM}; install Debian's 'chromium' package to run browser tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def shipped():
    """The shipped content, loaded once: its models are frozen and tests only read them."""
    return load_content(CONTENT)


@pytest.fixture(autouse=True)
def _fresh_cache():
    store.clear_cache()
    yield
    store.clear_cache()


@pytest.fixture
def make_content(tmp_path):
    """Build a content folder from fixture files: ``make_content("alpha.yaml", broken=["empty.yaml"])``."""

    def build(*good: str, broken: tuple[str, ...] = ()) -> Path:
        folder = tmp_path / "content" / "en" / "pathways"
        folder.mkdir(parents=True, exist_ok=True)
        for name in good:
            shutil.copy(GOOD / "en" / "pathways" / name, folder / name)
        for name in broken:
            shutil.copy(BROKEN / name, folder / name)
        return tmp_path / "content"

    return build


def many_pathways(root: Path, count: int) -> Path:
    """A content folder with the good fixtures' other files and ``count`` pathways made from
    alpha (ids p001, p002 ...), for tests of large content."""
    shutil.copytree(GOOD, root)
    folder = root / "en" / "pathways"
    alpha = (folder / "alpha.yaml").read_text()
    for path in folder.glob("*.yaml"):
        path.unlink()
    for n in range(1, count + 1):
        text = (
            alpha.replace("\nid: alpha\n", f"\nid: p{n:03}\n")
            .replace("id: alpha\n", f"id: p{n:03}\n", 1)
            .replace("name: Alpha pathway", f"name: Pathway number {n}")
            .replace("short_name: Alpha", f"short_name: Number {n}")
            .replace(
                "compatible_with:\n  - id: beta\n    note: Alpha and Beta work well together.\n", ""
            )
        )
        (folder / f"p{n:03}.yaml").write_text(text)
    return root
