"""Pathways as `make serve` runs it: Debian's nginx in front of Streamlit replicas, on loopback.

The tests skip, saying why, when nginx or Chromium is missing, unless REQUIRE_BROWSER=1 (as in
CI), where that is a failure. They run in one test process (an xdist group), beside the browser
tests.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections import Counter
from pathlib import Path

import pytest

from ..browser.conftest import settle
from ..conftest import PROJECT

sys.path.insert(0, str(PROJECT / "deploy"))
from serve import Farm

COURSE_PAGE = """<!doctype html><html lang="en"><title>Week 3: recovery pathways</title>
<h1>Week 3</h1><iframe title="Pathways" src="{src}" width="1000" height="1400"></iframe>"""


def pytest_collection_modifyitems(items):
    for item in items:
        if {"farm", "small_farm"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
            item.add_marker(pytest.mark.xdist_group("deploy"))


@pytest.fixture(scope="session")
def nginx_path():
    found = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/sbin")
    if found:
        return found
    reason = "no nginx; install Debian's 'nginx' package to run the deployment tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Course:
    """A course page on another site (http://127.0.0.1:port, where Pathways is on
    localhost): ``/week-3?src=<address>`` frames that address, as a learning platform does."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs, urlsplit

        class Page(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                src = parse_qs(urlsplit(self.path).query).get("src", [""])[0]
                body = COURSE_PAGE.format(src=src.replace('"', "")).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def page(self, src: str) -> str:
        from urllib.parse import quote

        return f"{self.origin}/week-3?src={quote(src, safe='')}"


@pytest.fixture(scope="session")
def course():
    served = Course()
    yield served
    served.server.shutdown()
    served.server.server_close()


@pytest.fixture(scope="session")
def farm(nginx_path, chromium_path, course):
    """nginx and three replicas, as `make serve REPLICAS=3` runs them, framable by the course
    page and with Streamlit's XSRF cookie usable in a frame (as site.conf does over HTTPS)."""
    running = Farm(3, _free_port(), frame_ancestors=f"'self' {course.origin}", frame_cookies=True)
    with running:
        yield running
    running.cleanup()


class Log:
    """Lines nginx logs from a point on: which replica answered what."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.start = path.stat().st_size if path.exists() else 0

    def lines(self) -> list[list[str]]:
        with self.path.open() as log:
            log.seek(self.start)
            return [line.split() for line in log]

    def replica(self) -> str:
        """The replica that answered most of Streamlit's own requests: the session's, for a
        page opened since this point. Another open page's reconnect (its health and
        host-config requests) can land in the same stretch of the log under load, so a test
        that opens several pages names each one's replica this way."""
        answered = Counter(
            f[-1]
            for f in self.lines()
            if f[3].startswith(("/_stcore/", "/media/")) and f[-1] != "-"
        )
        return answered.most_common(1)[0][0]

    def replicas(self) -> set[str]:
        """The replicas that answered Streamlit's own requests (health, host-config, uploads,
        media), as ``127.0.0.1:port``: the session's replica."""
        return {
            f[-1]
            for f in self.lines()
            if f[3].startswith(("/_stcore/", "/media/")) and f[-1] != "-"
        }


@pytest.fixture
def context(browser):
    """A fresh browser (its own cookies), as a new person would open the site."""
    opened = []

    def new(width: int = 1024, height: int = 900):
        opened.append(browser.new_context(viewport={"width": width, "height": height}))
        page = opened[-1].new_page()
        page.set_default_timeout(30_000)
        return page

    yield new
    for c in opened:
        c.close()


def open_page(page, url: str):
    page.goto(url)
    page.locator("a[href='tel:988']").first.wait_for()
    settle(page)
    return page
