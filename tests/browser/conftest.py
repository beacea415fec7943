"""A real app server and a real Chromium (Debian's, at /usr/bin/chromium) driven by Playwright.

Browser tests skip with a visible reason when no Chromium is installed, unless
REQUIRE_BROWSER=1 (as in CI), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from ..conftest import BROKEN, CONTENT, FIXTURES, GOOD, PROJECT

HOSTILE_NAME = "![t](//tracker.example)"  # up to 24 characters: no short name needed
ARTIFACTS = PROJECT / "test-artifacts"
AXE = PROJECT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}
IDLE = (
    '[data-testid="stApp"][data-test-connection-state="CONNECTED"]'
    '[data-test-script-state="notRunning"]'
)
"""The app as Streamlit marks it once connected, with no script run going on."""


expect.set_options(timeout=30_000)  # a page's first run can take seconds on a busy machine


def settle(scope) -> None:
    """Wait, in a page or a frame, until the script run has finished: the app says it is
    connected and not running, its running indicator has gone, and every element is drawn.

    A click starts a run only once the server answers, and the running indicator shows only
    after half a second of a run; so call this when the page shows something the run drew
    (new text, a new element), never straight after a click.
    """
    scope.locator(IDLE).wait_for()
    expect(scope.get_by_test_id("stStatusWidget")).to_have_count(0)
    # Streamlit loads the code of some elements (charts, toggles, downloads) on first use,
    # and shows a placeholder until it has: wait until every element is drawn.
    expect(scope.get_by_test_id("stSkeleton")).to_have_count(0)


CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
  .every(chart => chart.querySelector(".main-svg"))"""


def pick(page, label: str, option: str) -> None:
    """Choose an option of a select box as a keyboard user does: focus it, open its list
    with the down arrow, and choose (a click alone could focus the box without opening it)."""
    box = page.get_by_role("combobox", name=label)
    box.focus()
    box.press("ArrowDown")
    page.get_by_role("option", name=option).click()
    expect(box).to_have_value(option)


def charts_drawn(page) -> None:
    """Wait, once a run has finished, until plotly has drawn every chart on the page."""
    page.wait_for_function(CHARTS_DRAWN)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`streamlit run app.py` on a free local port, with its own content folder."""

    def __init__(self, content: Path, log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://localhost:{self.port}"
        env = {**os.environ, "PATHWAYS_CONTENT_DIR": str(content)}
        self._log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "app.py",
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=PROJECT, env=env, stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.log = log
        self._wait_until_healthy()

    def _wait_until_healthy(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"app server did not start:\n{self.log.read_text()}")

    def alive(self) -> bool:
        with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=5) as reply:
            return reply.status == 200

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


@pytest.fixture(scope="session")
def server(chromium_path, tmp_path_factory):
    app = Server(CONTENT, tmp_path_factory.mktemp("logs") / "server.log")
    yield app
    app.stop()


@pytest.fixture(scope="session")
def axe_source():
    """axe-core's script, from the npm registry (`make test` installs it in .axe/)."""
    if AXE.exists():
        return AXE.read_text()
    reason = f"no axe-core at {AXE}; `make test` installs it from the npm registry"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def meetings_server(chromium_path, tmp_path_factory):
    """The shipped content with a Meeting Guide feed an operator placed beside it."""
    root = tmp_path_factory.mktemp("with-meetings") / "content"
    shutil.copytree(CONTENT, root)
    (root / "meetings").mkdir()
    shutil.copy(FIXTURES / "meetings" / "example.json", root / "meetings" / "area.json")
    app = Server(root, tmp_path_factory.mktemp("logs") / "meetings-server.log")
    yield app
    app.stop()


@pytest.fixture(scope="session")
def broken_server(chromium_path, tmp_path_factory):
    root = tmp_path_factory.mktemp("content")
    folder = root / "en" / "pathways"
    folder.mkdir(parents=True)
    for name in ("alpha.yaml", "beta.yaml"):
        shutil.copy(GOOD / "en" / "pathways" / name, folder / name)
    for name in ("too-deep.yaml", "yaml-boolean.yaml", "python-tag.yaml"):
        shutil.copy(BROKEN / name, folder / name)
    # valid, but its name is Markdown that would load an image from another site
    beta = (folder / "beta.yaml").read_text()
    (folder / "gamma.yaml").write_text(
        beta.replace("id: beta\n", "id: gamma\n", 1).replace(
            "name: Beta pathway", f"name: '{HOSTILE_NAME}'"
        )
    )
    app = Server(root, tmp_path_factory.mktemp("logs") / "broken-server.log")
    yield app
    app.stop()


class Visit:
    """One browser context: a page plus every request it tried to make off this machine."""

    def __init__(self, browser, width: int, height: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.offsite: list[str] = []
        self.context.route("**/*", self._guard)
        self.page = self.context.new_page()
        self.page.set_default_timeout(30_000)

    def _guard(self, route) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("data:", "blob:", "file:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            self.offsite.append(route.request.url)
            route.abort()

    def open(self, url: str):
        """Go to ``url`` and wait for the first run to finish (the help strip is drawn)."""
        self.page.goto(url)
        self.page.locator("a[href='tel:988']").first.wait_for()  # the help strip, any language
        self.settle()
        return self.page

    def settle(self) -> None:
        settle(self.page)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def visit(browser):
    visits: list[Visit] = []

    def open_context(width: int = 1280, height: int = 900) -> Visit:
        visits.append(Visit(browser, width, height))
        return visits[-1]

    yield open_context
    for v in visits:
        v.context.close()
