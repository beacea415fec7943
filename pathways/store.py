"""Content parsed once per process, and again only when a file changes.

``current_content()`` is called on every page run. At most once a second it lists the content
folder and compares each file's size and modification time with the last load; only when
something changed does it parse again. The lock makes thirty sessions that arrive at once
wait for one first parse instead of running thirty, and a later reload never makes anyone
wait: the others keep the content they had until it is done.
"""

from __future__ import annotations

import gc
import importlib
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import language
from .loader import Content, content_files, load_content
from .translation import languages
from .vocab import LANGUAGE

ENV_VAR = "PATHWAYS_CONTENT_DIR"
PACKAGE_CONTENT = Path(__file__).resolve().parent.parent / "content"

Fingerprint = tuple[tuple[str, int, int], ...]
_lock = threading.Lock()
_cache: dict[tuple[Path, str], _Loaded] = {}
FRESH_FOR = 1.0
"""Seconds between two looks at the content folder: edits show on the next page run after."""


def content_dir() -> Path:
    """The content folder: $PATHWAYS_CONTENT_DIR, else the project's ``content/`` folder."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        return Path(configured).expanduser()
    return PACKAGE_CONTENT if PACKAGE_CONTENT.is_dir() else Path("content")


def fingerprint(root: Path) -> Fingerprint:
    """Name, size and modification time of every content file, translations included:
    changes when content does."""
    stamps = []
    translated = [
        p for code in languages(root) for p in sorted((Path(root) / code).rglob("*.yaml"))
    ]
    for path in [*content_files(root), *translated]:
        try:
            stat = path.stat()
        except OSError:
            continue
        stamps.append((str(path), stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


@dataclass
class _Loaded:
    stamp: Fingerprint
    content: Content
    checked: float
    """When the folder was last fingerprinted (monotonic seconds)."""


def current_content(root: Path | str | None = None, lang: str = LANGUAGE) -> Content:
    """The loaded content of a folder in language ``lang``, parsed again only if its files changed.

    The folder is looked at no more than once every FRESH_FOR seconds, however many pages run.
    While one session parses changed files, the others keep the content they had instead of
    waiting; only a first load makes them wait, and then for one parse, not thirty."""
    folder = Path(root) if root is not None else content_dir()
    key = (folder.resolve(), lang)
    loaded, now = _cache.get(key), time.monotonic()
    if loaded is not None and now - loaded.checked < FRESH_FOR:
        return loaded.content
    stamp = fingerprint(folder)
    if loaded is not None and loaded.stamp == stamp:
        loaded.checked = now
        return loaded.content
    if loaded is None:
        _lock.acquire()  # a first load: wait for it
    elif not _lock.acquire(blocking=False):
        return loaded.content  # another session is parsing the change right now
    try:
        latest = _cache.get(key)
        if latest is not None and latest.stamp == stamp:
            return latest.content
        with language.grading(None):  # grades are for the content check, not for serving
            content = load_content(folder, lang)
        _cache[key] = _Loaded(stamp, content, time.monotonic())
        _settle(replaced=latest is not None)
        return content
    finally:
        _lock.release()


def _settle(replaced: bool) -> None:
    """Freeze what is alive now (imports, the content just loaded) out of the collector's way.

    Streamlit runs a full garbage collection after every page run, and it walks every tracked
    object: about 170,000 after start-up, nearly all of them modules and content that live as
    long as the server. Frozen, they are skipped, so a collection costs what a page made. After
    a reload the old content is thawed first, so it can be freed."""
    if replaced:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


def warm_up() -> None:
    """Import the modules later pages need, once, in the background.

    The frame calls this after a page has run, so the first visitor's page does not share the
    processor with these imports (about a second of work on a small server)."""
    global _warming
    with _warm_lock:
        if _warming is not None:
            return
        _warming = threading.Thread(target=_warm, name="pathways-warm-up", daemon=True)
    _warming.start()


_warming: threading.Thread | None = None
_warm_lock = threading.Lock()
WARM_MODULES = (
    "pathways.charts",
    "pathways.tables",
    "pathways.fit",
    "pathways.export",
    "pathways.plan",
)
"""Modules the first page does not need, imported after it in the background and then frozen
like the rest, so the first visitor does not wait for them and later pages find them ready."""


def _warm() -> None:
    for name in WARM_MODULES:
        importlib.import_module(name)
    gc.collect()
    gc.freeze()


def clear_cache() -> None:
    """Forget every loaded folder (for tests)."""
    with _lock:
        _cache.clear()
