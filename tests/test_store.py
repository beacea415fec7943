"""Content is parsed once per process and again only when a file changes."""

from __future__ import annotations

import os
import threading

from pathways import loader, store


def test_content_is_parsed_once_until_a_file_changes(make_content, monkeypatch):
    monkeypatch.setattr(store, "FRESH_FOR", 0.0)
    root = make_content("alpha.yaml", "beta.yaml")
    calls = []
    real = loader.load_content
    monkeypatch.setattr(store, "load_content", lambda r, *a: calls.append(r) or real(r, *a))

    first = store.current_content(root)
    for _ in range(50):
        assert store.current_content(root) is first
    assert len(calls) == 1

    alpha = root / "en" / "pathways" / "alpha.yaml"
    _touch(alpha, alpha.read_text().replace("Alpha pathway", "Alpha, renamed"))
    changed = store.current_content(root)
    assert len(calls) == 2
    assert changed.pathways["alpha"].name == "Alpha, renamed"


def test_a_new_or_removed_file_reloads(make_content, monkeypatch):
    monkeypatch.setattr(store, "FRESH_FOR", 0.0)
    root = make_content("alpha.yaml")
    assert list(store.current_content(root).pathways) == ["alpha"]
    (root / "en" / "pathways" / "alpha.yaml").unlink()
    assert list(store.current_content(root).pathways) == []


def test_concurrent_first_requests_parse_once(make_content, monkeypatch):
    root = make_content("alpha.yaml", "beta.yaml")
    calls = []
    real = loader.load_content
    monkeypatch.setattr(store, "load_content", lambda r, *a: calls.append(r) or real(r, *a))
    threads = [threading.Thread(target=store.current_content, args=(root,)) for _ in range(30)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1


def test_content_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("PATHWAYS_CONTENT_DIR", str(tmp_path))
    assert store.content_dir() == tmp_path
    monkeypatch.delenv("PATHWAYS_CONTENT_DIR")
    assert store.content_dir().name == "content"


def _touch(path, text):
    path.write_text(text)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))


def test_the_folder_is_looked_at_once_a_second_however_many_pages_run(make_content, monkeypatch):
    root = make_content("alpha.yaml")
    looks = []
    real = store.fingerprint
    monkeypatch.setattr(store, "fingerprint", lambda r: looks.append(r) or real(r))
    first = store.current_content(root)
    for _ in range(100):
        assert store.current_content(root) is first
    assert len(looks) == 1
    monkeypatch.setattr(store, "FRESH_FOR", 0.0)  # a second later
    store.current_content(root)
    assert len(looks) == 2


def test_a_reload_never_makes_other_sessions_wait(make_content, monkeypatch):
    monkeypatch.setattr(store, "FRESH_FOR", 0.0)
    root = make_content("alpha.yaml")
    old = store.current_content(root)
    alpha = root / "en" / "pathways" / "alpha.yaml"
    _touch(alpha, alpha.read_text().replace("Alpha pathway", "Alpha, renamed"))
    with store._lock:  # another session is parsing the change
        assert store.current_content(root) is old
    assert store.current_content(root).pathways["alpha"].name == "Alpha, renamed"


def test_what_is_loaded_is_frozen_out_of_the_collectors_way(make_content, monkeypatch):
    import gc

    monkeypatch.setattr(store, "FRESH_FOR", 0.0)
    root = make_content("alpha.yaml")
    gc.unfreeze()
    store.current_content(root)
    assert gc.get_freeze_count() > 0
    alpha = root / "en" / "pathways" / "alpha.yaml"
    _touch(alpha, alpha.read_text().replace("Alpha pathway", "Alpha, renamed"))
    thawed = []
    monkeypatch.setattr(gc, "unfreeze", lambda: thawed.append(True))
    store.current_content(root)
    assert thawed == [True]  # the old content can be freed


def test_the_first_page_waits_for_no_chart_table_or_pdf_library():
    import subprocess
    import sys

    code = (
        "import sys, pathways\n"
        "heavy = [m for m in ('plotly', 'pandas', 'fpdf') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


def test_warming_up_makes_the_other_modules_ready_in_the_background_once(make_content):
    import sys

    store.current_content(make_content("alpha.yaml"))
    store.warm_up()
    started = store._warming
    store.warm_up()
    assert store._warming is started
    started.join(timeout=120)
    assert {"pathways.charts", "pathways.tables", "pathways.plan"} <= set(sys.modules)
    assert hasattr(sys.modules["pathways.charts"], "profile")
