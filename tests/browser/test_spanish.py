"""Pathways in Spanish in a real browser: a Spanish link, the switch, the page's declared
language, and a take-home plan whose accents and ñ survive into the PDF."""

from __future__ import annotations

import io

from playwright.sync_api import expect
from pypdf import PdfReader

TABLET = (820, 1180)


def test_a_spanish_link_opens_in_spanish_and_says_so_to_screen_readers(server, visit):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/compare?p=mat&p=twelve-step&lang=es")
    expect(page.get_by_text("oprima 2 para español")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_text("Comparar caminos")).to_be_visible()
    expect(
        page.get_by_text("Medicamentos para el trastorno por consumo de opioides").first
    ).to_be_visible()
    assert v.offsite == []


def test_the_switch_turns_the_page_to_spanish_and_back(server, visit):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/pathway?id=mat")
    page.get_by_role("radio", name="Español").click()
    expect(page.get_by_text("oprima 2 para español")).to_be_visible()
    v.settle()
    assert "lang=es" in page.url
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.get_by_role("radio", name="English").click()
    expect(page.get_by_text("Need help now?")).to_be_visible()
    v.settle()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_a_spanish_plan_keeps_its_accents_in_the_pdf(server, visit, tmp_path):
    v = visit(*TABLET)
    page = v.open(f"{server.url}/priorities?lang=es")
    expect(page.get_by_text("oprima 2 para español")).to_be_visible()
    page.get_by_role("tab").nth(2).click()
    notes = page.locator("textarea").nth(1)
    notes.fill("Llamar a la señora Núñez el miércoles")
    notes.press("Control+Enter")
    expect(page.locator(".st-key-plan_sheet")).to_contain_text("señora Núñez")
    v.settle()
    with page.expect_download() as download:
        page.locator("[data-testid='stDownloadButton'] button").first.click()
    path = tmp_path / "plan.pdf"
    download.value.save_as(path)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert "señora Núñez" in text and "miércoles" in text
    assert "988" in text and "1-800-662-4357" in text
