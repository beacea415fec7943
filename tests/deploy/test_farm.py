"""Through nginx with three replicas: sticky sessions, compression, failover, frames, privacy."""

from __future__ import annotations

import re
import signal
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import expect

from ..browser.test_author import upload
from ..hostile import gamma_with
from ..test_config import _handshake
from .conftest import Farm, Log, _free_port, open_page, settle


def fetch(url: str, encoding: str = "identity") -> tuple[dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=30) as reply:
        return {k.lower(): v for k, v in reply.headers.items()}, reply.read()


def test_javascript_is_served_compressed_and_cached_for_a_year(farm):
    _, page = fetch(farm.url + "/")
    bundle = re.search(rb"static/js/index[^\"']+\.js", page)
    assert bundle is not None
    url = f"{farm.url}/{bundle.group().decode()}"
    plain_headers, plain = fetch(url)
    gzip_headers, gzipped = fetch(url, "gzip")
    assert "content-encoding" not in plain_headers
    assert gzip_headers["content-encoding"] == "gzip"
    assert len(gzipped) < len(plain) / 2.5  # about 480 kB to 150 kB
    assert gzip_headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "_streamlit_xsrf" not in gzip_headers.get("set-cookie", "")  # never cached for all
    if (farm.work / "conf" / "nginx.conf").read_text().count("brotli"):
        br_headers, br = fetch(url, "br")
        assert br_headers["content-encoding"] == "br" and len(br) < len(gzipped)


def test_pages_carry_the_security_headers(farm, course):
    headers, _ = fetch(farm.url + "/compare")
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    policy = headers["content-security-policy"]
    assert "default-src 'self'" in policy and "connect-src 'self'" in policy
    assert f"frame-ancestors 'self' {course.origin}" in policy
    assert "unsafe-eval" not in policy
    assert headers["set-cookie"].startswith("pathways_route=")


def handshake(farm: Farm, origin: str, host: str = "localhost") -> str:
    """Open the session WebSocket through nginx with this Origin: the answer's status line."""
    return _handshake(farm.port, origin, host)


def test_only_pages_of_this_site_open_a_session_and_metrics_stay_private(farm):
    assert " 101 " in handshake(farm, f"http://localhost:{farm.port}")
    # By a name on the room's network and a port other than 80: the Host keeps its port.
    assert " 101 " in handshake(farm, f"http://workshop.local:{farm.port}", "workshop.local")
    assert " 403 " in handshake(farm, "https://elsewhere.example")
    assert " 403 " in handshake(farm, f"http://localhost:{farm.port}.elsewhere.example")
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(farm.url + "/_stcore/metrics")
    refused.value.close()
    assert refused.value.code == 404


def test_one_browser_keeps_to_one_replica_through_upload_and_downloads(farm, context, tmp_path):
    log = Log(farm.access_log)
    page = open_page(context(), f"{farm.url}/author")
    upload(page, ("gamma.yaml", gamma_with()))
    expect(
        page.get_by_text("adds the pathway “Gamma pathway”. In use in this tab.")
    ).to_be_visible()
    settle(page)
    page.get_by_role("link", name="See it in Compare").click()
    page.get_by_role("heading", name="Compare pathways").wait_for()
    settle(page)
    with page.expect_download() as offline:
        page.get_by_role("button", name="Download as a web page (works offline)").click()
    assert "Gamma pathway" in offline.value.path().read_text()

    page.get_by_role("link", name="What matters to me").first.click()
    medication = page.get_by_role("radio", name="I want medication to be part of it")
    medication.click()
    expect(medication).to_be_checked()
    page.get_by_role("tab", name="3. My plan").click()
    expect(page.locator(".st-key-plan_sheet")).to_contain_text("I want medication")
    settle(page)
    with page.expect_download() as plan:
        page.get_by_role("button", name="Download my plan (PDF)").click()
    assert plan.value.path().read_bytes().startswith(b"%PDF")

    assert len(log.replicas()) == 1, log.lines()  # the upload and both downloads: one replica
    statuses = [f[1] for f in log.lines() if f[3].startswith(("/_stcore/upload", "/media/"))]
    assert statuses and set(statuses) <= {"200", "204"}


def test_new_browsers_are_spread_over_the_replicas(farm, context):
    seen: set[str] = set()
    for _ in range(12):  # each new browser lands on a replica at random: 3 in 12 tries
        log = Log(farm.access_log)
        open_page(context(390, 800), f"{farm.url}/workshop")
        seen |= log.replicas()
        if len(seen) >= 2:
            break
    assert len(seen) >= 2


@pytest.fixture
def small_farm(nginx_path, chromium_path):
    """Two replicas of its own, for a test that stops one."""
    running = Farm(2, _free_port())
    with running:
        yield running
    running.cleanup()


def first_steps_open(page) -> None:
    """Open Compare's "First steps" tab, which only a live session can draw."""
    page.get_by_role("tab", name="First steps").click()
    expect(page.locator("em", has_text="Today;").first).to_be_visible()
    settle(page)


def test_a_replica_that_dies_moves_its_people_to_another_and_no_one_else_notices(
    small_farm, context
):
    people = []  # (page, its replica, its closed connections)
    for _ in range(12):  # until two people are on different replicas
        log, page, closed = Log(small_farm.access_log), context(), []
        page.on("websocket", lambda ws, closed=closed: ws.on("close", lambda _: closed.append(1)))
        open_page(page, f"{small_farm.url}/compare?p=mat&p=twelve-step")
        replica = log.replica()
        people.append((page, replica, closed))
        if len({r for _, r, _ in people}) == 2:
            break
    moved, gone, moved_closed = people[-1]
    stays, _, stays_closed = next(p for p in people if p[1] != gone)
    victim = next(r for r in small_farm.replicas if r.url.endswith(gone))

    # Streamlit's reconnect: the page opens a new connection, to the other replica.
    with moved.expect_event("websocket"):
        victim.stop(signal.SIGKILL)
    settle(moved)
    first_steps_open(moved)  # a working page, drawn by the replica left
    assert moved.get_by_test_id("stException").count() == 0
    assert "Traceback" not in moved.content()
    assert moved_closed

    # The person on the other replica goes on as before, on the same connection.
    first_steps_open(stays)
    assert stays_closed == []
    assert stays.get_by_test_id("stException").count() == 0


def test_an_upload_works_inside_a_course_page_on_another_site(farm, course, context):
    page = context(1100, 1500)
    page.goto(course.page(f"{farm.url}/author?embed=true"))
    frame = page.frame_locator("iframe")
    frame.locator("a[href='tel:988']").first.wait_for()
    settle(frame)
    # Where a site is not set up for it, the page says what to do, with a link that does it.
    expect(frame.get_by_text("If an upload fails, open this page in its own tab.")).to_be_visible()
    own_tab = frame.get_by_role("link", name="Open Your files in its own tab")
    assert own_tab.get_attribute("href") == f"{farm.url}/author?lang=en"
    assert own_tab.get_attribute("target") == "_blank"

    # Set up as here, the upload works, also with third-party cookies blocked (Chromium's
    # default): Streamlit's XSRF cookie is partitioned for the course site.
    upload(frame, ("gamma.yaml", gamma_with()))
    added = frame.get_by_text("adds the pathway “Gamma pathway”. In use in this tab.")
    expect(added).to_be_visible()
    assert frame.get_by_test_id("stException").count() == 0
    xsrf = [c for c in page.context.cookies() if c["name"] == "_streamlit_xsrf"]
    assert [c.get("partitionKey") for c in xsrf] == ["http://127.0.0.1"]  # the course site


def test_a_framed_comparison_works_and_downloads_without_cookies(farm, course, context):
    """Inside a course page over plain HTTP the browser sends no route cookie (it is
    SameSite=Lax there): nginx keeps the browser on one replica by its address and user agent,
    so the page works and its download is found."""
    page = context(1100, 1500)
    page.goto(course.page(f"{farm.url}/compare?p=mat&p=twelve-step&embed=true"))
    frame = page.frame_locator("iframe")
    frame.locator("a[href='tel:988']").first.wait_for()
    settle(frame)
    first_steps_open(frame)
    with page.expect_download() as offline:
        frame.get_by_role("button", name="Download as a web page (works offline)").click()
    assert "<!doctype html>" in offline.value.path().read_text()


def test_nothing_typed_or_uploaded_reaches_a_log(farm, context):
    secret_note, secret_name = "Ring Dana on Thursday 0427", "Zephyrine recovery circle"
    page = open_page(context(), f"{farm.url}/priorities")
    page.get_by_role("radio", name="I want medication to be part of it").click()
    page.get_by_role("tab", name="3. My plan").click()
    notes = page.get_by_label("My notes")
    notes.fill(secret_note)
    notes.press("Control+Enter")
    expect(page.locator(".st-key-plan_sheet")).to_contain_text(secret_note)
    settle(page)

    secret_words = "Quillon wants to tell Marisol"
    page = open_page(page, f"{farm.url}/talk")
    words = page.get_by_label("In your own words (optional)")
    words.fill(secret_words)
    words.press("Enter")
    settle(page)  # Next, below, sends the words with it in any case
    for number in range(2, 8):  # every step, skipping all, to the worksheet
        page.locator(".st-key-next_talk_step").get_by_role("button").click()
        bar = page.get_by_test_id("stProgress").filter(has_text=f"Step {number} of 7")
        expect(bar).to_be_visible()
        settle(page)
    expect(page.locator(".st-key-plan_sheet")).to_contain_text(secret_words)

    page = open_page(page, f"{farm.url}/author")
    data = gamma_with().replace(b"Gamma pathway", secret_name.encode())
    upload(page, ("gamma.yaml", data))
    expect(page.get_by_text(secret_name).first).to_be_visible()
    settle(page)

    logs = [farm.access_log, farm.logs / "error.log", *(r.log for r in farm.replicas)]
    written = "\n".join(p.read_text(errors="replace") for p in logs if p.exists())
    for secret in (secret_note, "Dana", secret_name, "Zephyrine", "Quillon", "Marisol"):
        assert secret not in written
    paths = [line.split()[3] for line in farm.access_log.read_text().splitlines()]
    assert paths and not any("?" in path for path in paths)  # no query strings either
