"""Content parsed once per process, and again only when a file changes.

``current_content()`` is called on every page run. It lists the content folder and compares
each file's size and modification time with the last load (a few microseconds); only when
something changed does it parse again. The lock makes thirty sessions that arrive at once
wait for one parse instead of running thirty.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from . import language
from .loader import Content, content_files, load_content

ENV_VAR = "PATHWAYS_CONTENT_DIR"
PACKAGE_CONTENT = Path(__file__).resolve().parent.parent / "content"

Fingerprint = tuple[tuple[str, int, int], ...]
_lock = threading.Lock()
_cache: dict[Path, tuple[Fingerprint, Content]] = {}


def content_dir() -> Path:
    """The content folder: $PATHWAYS_CONTENT_DIR, else the project's ``content/`` folder."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    return PACKAGE_CONTENT if PACKAGE_CONTENT.is_dir() else Path("content")


def fingerprint(root: Path) -> Fingerprint:
    """Name, size and modification time of every content file: changes when content does."""
    stamps = []
    for path in content_files(root):
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


def current_content(root: Path | str | None = None) -> Content:
    """The loaded content of a folder, parsed again only if its files changed."""
    folder = Path(root) if root is not None else content_dir()
    key = folder.resolve()
    stamp = fingerprint(folder)
    cached = _cache.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with _lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        with language.grading(None):  # grades are for the content check, not for serving
            content = load_content(folder)
        _cache[key] = (stamp, content)
        return content


def clear_cache() -> None:
    """Forget every loaded folder (for tests)."""
    with _lock:
        _cache.clear()
