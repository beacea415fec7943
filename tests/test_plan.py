"""The take-home plan: text and a PDF that carry the chosen steps, help lines and date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import fnmatch
import io
import logging
import threading
import time
import tomllib
from concurrent.futures import ThreadPoolExecutor
from importlib import resources

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from pypdf import PdfReader

from pathways import load_content, plan

from .conftest import CONTENT, GOOD, PROJECT

DAY = dt.date(2026, 11, 26)


def a_plan(content=None, **extra):
    content = content or load_content(GOOD)
    return plan.build(
        content,
        {"groups": 0},
        ["beta:1", "alpha:0", "nope:0", "alpha:99", "alpha:x"],
        ["alpha:0"],
        extra.get("contacts", "My sister, 555-0100"),
        extra.get("notes", "Ask about the Tuesday group"),
        DAY,
    )


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def test_steps_are_kept_in_time_order_and_unknown_keys_left_out():
    made = a_plan()
    assert [s.text for s in made.steps] == ["Call a friend.", "Visit a group."]
    assert made.matters == (("How do you feel about meeting in groups?", "I would like groups"),)


def test_text_has_the_steps_date_and_help_lines_and_no_name_field():
    text = plan.text(a_plan())
    assert "Made on 26 November 2026" in text
    assert "- Today: Call a friend. Who helps: A friend. (Alpha)" in text
    assert "988" in text and "1-800-662-4357" in text and "911" in text
    assert "name:" not in text.lower()  # a plan never asks for a name


def test_the_pdf_has_the_chosen_steps_help_lines_and_date():
    pages, text = pdf_text(plan.pdf(a_plan()))
    assert pages == 1
    assert "My recovery plan" in text and "26 November 2026" in text
    assert "Call a friend." in text and "Visit a group." in text
    assert "988" in text and "1-800-662-4357" in text
    assert "My sister, 555-0100" in text


def test_a_full_plan_from_every_pathway_fits_on_two_pages():
    content = load_content(CONTENT)
    steps = [f"{i}:{n}" for i, p in content.pathways.items() for n in range(len(p.first_steps))]
    made = plan.build(content, {}, steps[:10], [f"{i}:0" for i in content.pathways], "x", "y", DAY)
    data = plan.pdf(dataclasses.replace(made, together=()))
    pages, text = pdf_text(data)
    assert pages <= 2
    # What the content says about combining two of its pathways adds a third page.
    assert made.together and pdf_text(plan.pdf(made))[0] <= 3
    assert "1-800-662-4357" in text
    # the help lines are at the foot of every page, not only in the first section
    for page in PdfReader(io.BytesIO(data)).pages:
        assert "988" in page.extract_text() and "1-800-662-4357" in page.extract_text()


VIETNAMESE = "Nguyễn Thị Hương — gọi mẹ"
CYRILLIC = "Позвонить маме"
GREEK = "Καλημέρα"
DEJAVU = {"DejaVuSansCondensed", "DejaVuSansCondensedBold", "DejaVuSansCondensedOblique"}


def a_world_plan():
    """A plan whose steps, contacts and notes are in four scripts, with an emoji."""
    made = a_plan(contacts=f"{VIETNAMESE}\n{CYRILLIC}", notes=f"{GREEK}, “Sam” — 你好 🙂")
    step = plan.Step("Alpha", "Gọi cho mẹ 📞", "Today", "Мама")
    return dataclasses.replace(made, steps=(step, *made.steps))


def quiet_pdf(made, caplog):
    """The PDF of ``made``, checking that making it warned and logged nothing."""
    with caplog.at_level(logging.WARNING):
        data = plan.pdf(made)  # the suite turns any warning into an error
    assert [r.getMessage() for r in caplog.records] == []
    return data


def fonts_in(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data))
    return {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }


def a_font(path, chars):
    """A tiny TrueType font at ``path`` that draws each of ``chars`` as a black box."""
    names = [".notdef", *(f"uni{ord(c):04X}" for c in chars)]
    pen = TTGlyphPen(None)
    pen.moveTo((100, 0))
    for corner in ((100, 700), (900, 700), (900, 0)):
        pen.lineTo(corner)
    pen.closePath()
    box = pen.glyph()
    font = FontBuilder(1000, isTTF=True)
    font.setupGlyphOrder(names)
    font.setupCharacterMap({ord(c): name for c, name in zip(chars, names[1:], strict=True)})
    font.setupGlyf(dict.fromkeys(names, box))
    font.setupHorizontalMetrics(dict.fromkeys(names, (1000, 100)))
    font.setupHorizontalHeader(ascent=800, descent=-200)
    font.setupNameTable({"familyName": "Boxes", "styleName": "Regular"})
    font.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    font.setupPost()
    font.save(path)
    return str(path)


def test_the_pdf_prints_vietnamese_cyrillic_greek_and_typographic_marks_as_themselves(
    caplog, monkeypatch
):
    monkeypatch.setattr(plan, "FALLBACK_FONTS", ())  # the same on a machine that has them
    pages, text = pdf_text(quiet_pdf(a_world_plan(), caplog))
    assert pages == 1
    assert VIETNAMESE in text and CYRILLIC in text and GREEK in text
    assert "Today: Gọi cho mẹ" in text and "Who helps: Мама." in text
    assert "“Sam” —" in text


def test_characters_no_font_here_draws_show_as_squares_with_a_line_that_says_so(
    caplog, monkeypatch
):
    monkeypatch.setattr(plan, "FALLBACK_FONTS", ())
    data = quiet_pdf(a_world_plan(), caplog)
    _, text = pdf_text(data)
    assert f"{GREEK}, “Sam” — □□ □" in text  # 你好 and 🙂, one square each
    assert "Gọi cho mẹ □" in text
    assert text.rstrip().splitlines()[-2] == plan.UNPRINTED  # last, above the help footer
    assert fonts_in(data) == DEJAVU


def test_a_plan_every_character_of_which_prints_has_no_such_line(caplog):
    made = a_plan(contacts=VIETNAMESE, notes=f"{CYRILLIC} ❤️\tok")
    _, text = pdf_text(quiet_pdf(made, caplog))
    assert "□" not in text and plan.UNPRINTED not in text
    assert f"{CYRILLIC} ❤️ ok" in text  # a tab prints as a space


def test_marks_that_show_nothing_are_left_out_not_squared(caplog):
    made = a_plan(notes="Call\u2066 Sam\U000e0100 now\x07")  # an isolate, a selector, a bell
    _, text = pdf_text(quiet_pdf(made, caplog))
    assert "Call Sam now" in text and "□" not in text and plan.UNPRINTED not in text


def test_decomposed_accents_print_as_the_letters_they_make(caplog):
    decomposed = "Nguye\u0302\u0303n"  # as some Vietnamese keyboards type "Nguyễn"
    _, text = pdf_text(quiet_pdf(a_plan(notes=decomposed), caplog))
    assert "Nguyễn" in text


def test_an_installed_fallback_font_prints_what_dejavu_lacks(caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(plan, "FALLBACK_FONTS", (a_font(tmp_path / "boxes.ttf", "你好"),))
    data = quiet_pdf(a_world_plan(), caplog)
    _, text = pdf_text(data)
    assert "— 你好 □" in text  # the emoji is still missing
    assert text.rstrip().splitlines()[-2] == plan.UNPRINTED  # last, above the help footer
    assert fonts_in(data) == {*DEJAVU, "Boxes"}


def test_a_fallback_font_is_embedded_only_when_needed(caplog, monkeypatch, tmp_path):
    monkeypatch.setattr(plan, "FALLBACK_FONTS", (a_font(tmp_path / "boxes.ttf", "你好"),))
    data = quiet_pdf(a_plan(notes=CYRILLIC), caplog)
    assert fonts_in(data) == DEJAVU


def test_a_missing_or_broken_fallback_font_is_skipped(caplog, monkeypatch, tmp_path):
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    fonts = (str(tmp_path / "none.ttf"), str(tmp_path / "broken.ttf"))
    monkeypatch.setattr(plan, "FALLBACK_FONTS", fonts)
    _, text = pdf_text(quiet_pdf(a_plan(notes="你好"), caplog))
    assert "□□" in text


def test_pdfs_made_at_once_on_several_threads_each_carry_their_own_text():
    notes = [VIETNAMESE, CYRILLIC, GREEK, "Plain English"] * 2
    plans = [a_plan(notes=note) for note in notes]
    with ThreadPoolExecutor(4) as pool:
        made = list(pool.map(plan.pdf, plans))
    for note, data in zip(notes, made, strict=True):
        assert note in pdf_text(data)[1]


def test_the_fonts_ship_inside_the_package_with_their_licence():
    fonts = resources.files("pathways") / "fonts"
    assert fonts == plan.FONTS
    for name in plan.FONT_FILES.values():
        assert (fonts / name).read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font
    licence = (fonts / "LICENSE").read_text()
    assert "DejaVu" in licence and "Bitstream Vera" in licence
    # and an installed copy carries them: the package data names every file in the folder
    config = tomllib.loads((PROJECT / "pyproject.toml").read_text())["tool"]["setuptools"]
    patterns = config["package-data"]["pathways"]
    for path in (PROJECT / "pathways" / "fonts").iterdir():
        assert any(fnmatch.fnmatch(f"fonts/{path.name}", p) for p in patterns), path.name


def test_later_runs_an_action_once_in_the_background():
    done = threading.Event()
    calls = []
    plan.later(0.05, lambda: (calls.append(1), done.set()))
    assert done.wait(5)
    time.sleep(0.1)
    assert calls == [1]
    assert 0 < plan.FORGET_SECONDS <= 30  # a downloaded plan is kept seconds, not minutes


def test_a_mosaic_plan_names_each_steps_pathway_once_and_what_combines():
    shipped = load_content(CONTENT)
    mat, twelve = shipped.pathways["mat"], shipped.pathways["twelve-step"]
    shared = dataclasses.replace(
        shipped,
        pathways={
            **shipped.pathways,
            "twelve-step": twelve.model_copy(
                update={"first_steps": (mat.first_steps[0], *twelve.first_steps[1:])}
            ),
        },
    )
    made = plan.build(shared, {}, ["mat:0", "twelve-step:0", "twelve-step:1"], [], made_on=DAY)
    same = [s for s in made.steps if s.text == mat.first_steps[0].text]
    assert len(same) == 1 and same[0].pathway == f"{mat.label}, {twelve.label}"
    (note,) = made.together
    assert note.startswith(f"{mat.label} + {twelve.label}: ")
    assert ("Pathways that are often combined", [note]) in plan.sections(made)


def test_the_plan_carries_help_near_the_state_picked():
    shipped = load_content(CONTENT)
    made = plan.build(shipped, {}, ["mat:0"], [], made_on=DAY, state="montana")
    assert made.place == "Montana"
    names = [name for name, _how in made.near]
    assert "Free naloxone in Montana" in names
    text = plan.text(made)
    assert "HELP NEAR ME: MONTANA" in text
    assert "https://dphhs.mt.gov/amdd/naloxone/" in text
    _pages, printed = pdf_text(plan.pdf(made))
    assert "Help near me: Montana" in printed
    assert plan.build(shipped, {}, [], [], made_on=DAY, state="us-national").near == ()
    assert plan.build(shipped, {}, [], [], made_on=DAY).near == ()


def test_combination_notes_do_not_depend_on_the_order_steps_were_ticked():
    shipped = load_content(CONTENT)
    one = plan.build(shipped, {}, ["twelve-step:0", "family-and-friends:0"], [], made_on=DAY)
    other = plan.build(shipped, {}, ["family-and-friends:0", "twelve-step:0"], [], made_on=DAY)
    assert len(one.together) == len(other.together) == 1


def test_the_same_step_with_different_helpers_is_kept_twice():
    shipped = load_content(CONTENT)
    mat = shipped.pathways["mat"]
    step = mat.first_steps[0]
    other = step.model_copy(update={"who_helps": "Someone else entirely"})
    changed = dataclasses.replace(
        shipped,
        pathways={
            **shipped.pathways,
            "twelve-step": shipped.pathways["twelve-step"].model_copy(
                update={"first_steps": (other,)}
            ),
        },
    )
    made = plan.build(changed, {}, ["mat:0", "twelve-step:0"], [], made_on=DAY)
    assert {s.who_helps for s in made.steps} == {step.who_helps, "Someone else entirely"}
