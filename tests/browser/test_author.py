"""Your files, in a real browser: an educator's upload joins Compare; hostile files harm no one."""

from __future__ import annotations

import json
import urllib.request

from playwright.sync_api import expect

from pathways.vocab import MAX_FILE_BYTES

from ..hostile import CASES, gamma_with


def upload(page, *files: tuple[str, bytes]) -> None:
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": n, "mimeType": "application/yaml", "buffer": b} for n, b in files]
    )


def test_an_upload_joins_compare_and_the_template_points_at_the_schema(server, visit):
    v = visit(768, 1024)
    page = v.open(f"{server.url}/author")
    upload(page, ("gamma.yaml", gamma_with()))
    expect(
        page.get_by_text("adds the pathway “Gamma pathway”. In use in this tab.")
    ).to_be_visible()
    v.settle()
    v.screenshot("author-upload")

    with page.expect_download() as download:
        page.get_by_role("button", name="Download the pathway template").click()
    template = download.value.path().read_text()
    modeline = f"# yaml-language-server: $schema={server.url}/app/static/schema/pathway.schema.json"
    assert template.splitlines()[0] == modeline
    with urllib.request.urlopen(modeline.split("=", 1)[1], timeout=10) as reply:
        assert json.load(reply)["title"]

    page.get_by_role("link", name="See it in Compare").click()
    page.get_by_role("heading", name="Compare pathways").wait_for()
    charts = page.locator(".js-plotly-plot")
    expect(charts).to_have_count(6)
    expect(page.get_by_test_id("stMultiSelect")).to_contain_text("Gamma pathway")
    v.settle()
    assert "Gamma" in charts.nth(0).locator(".legendtext").all_text_contents()
    assert page.get_by_test_id("stException").count() == 0
    assert v.offsite == []


def test_a_deep_nesting_upload_leaves_the_server_up_for_everyone_else(server, visit):
    deep = CASES["100,000-deep flow nesting"]
    first = visit()
    page = first.open(f"{server.url}/author")
    upload(page, (deep.name, deep.data))
    expect(page.get_by_text("1 problem to fix")).to_be_visible()
    expect(page.get_by_test_id("stCode").filter(has_text=deep.problems[0])).to_be_visible()
    first.settle()
    assert page.get_by_test_id("stException").count() == 0

    # A file over 1 MB never reaches the app: the browser refuses it. (Twice the limit is
    # enough: handing the browser the 20 MB case takes tens of seconds.)
    upload(page, ("huge.yaml", CASES["20 MB file"].data[: 2 * MAX_FILE_BYTES]))
    expect(page.get_by_text("File must be 1.0MB or smaller")).to_be_visible()

    # Someone else, in their own browser, is served as usual and sees none of it.
    second = visit()
    other = second.open(f"{server.url}/compare?p=mat&p=twelve-step")
    expect(other.locator(".js-plotly-plot")).to_have_count(6)
    assert other.get_by_test_id("stException").count() == 0
    assert "deep-flow.yaml" not in other.content()
    assert server.alive()
    assert first.offsite == [] and second.offsite == []
