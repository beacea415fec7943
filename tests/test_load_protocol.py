"""benchmarks/load.py speaks Streamlit's websocket protocol: against the bare app on a real
server, one simulated user gets every page run to its end. No timing is checked."""

from __future__ import annotations

import asyncio
import importlib.util
import random
import socket
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from .conftest import PROJECT


def _load_module(monkeypatch):
    name = "benchmarks_load"
    spec = importlib.util.spec_from_file_location(name, PROJECT / "benchmarks" / "load.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)  # dataclasses look the module up
    spec.loader.exec_module(module)
    return module


def test_one_user_gets_each_page_to_script_finished(tmp_path, monkeypatch):
    try:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
    except OSError as exc:
        pytest.skip(f"cannot open a local port: {exc}")
    load = _load_module(monkeypatch)
    server = load.Server("bare", tmp_path)
    pages = list(load.PAGES)

    def run():  # a thread of its own: the browser tests may leave an event loop in this one
        asyncio.run(load.first_page(server))  # raises if a page of the warm-up fails
        return asyncio.run(load.visit(server.port, 3, (0.0, 0.0), random.Random(0), pages))

    try:
        with ThreadPoolExecutor(1) as thread:
            views = thread.submit(run).result()
    finally:
        server.stop()
    assert [(v.page, v.error) for v in views] == [(page, None) for page in load.PAGES]
    assert server.process.returncode is not None
