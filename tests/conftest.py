"""Shared fixtures: content folders to load, and a clean content cache for every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pathways import store

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"
PROJECT = Path(__file__).parent.parent
CONTENT = PROJECT / "content"


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
