"""Each person's language and the interface's words: chosen per session, read from .po files."""

from __future__ import annotations

import datetime as dt
import re
import threading

import pytest
from babel.messages.pofile import read_po

from pathways import i18n
from pathways.i18n import LOCALE_DIR, choose, long_date, speaking, translations

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\{[^}]*\}|<[^>]+>")


@pytest.mark.parametrize(
    ("asked", "browser", "shown"),
    [
        ("es", None, "es"),
        ("es", "en-US", "es"),  # a link wins over the browser
        (None, "es-MX", "es"),
        (None, "es_419", "es"),
        (None, "fr-FR", "en"),
        ("xx", None, "en"),
        (None, None, "en"),
        ("ES", None, "es"),
    ],
)
def test_the_language_shown(asked, browser, shown):
    assert choose(asked, browser) == shown


def test_english_is_the_text_as_written_and_spanish_comes_from_its_catalogue():
    assert translations("en").gettext("Compare") == "Compare"
    assert translations("es").gettext("Compare") == "Comparar"
    assert translations("es").gettext("a text no catalogue has") == "a text no catalogue has"


def test_every_spanish_message_keeps_its_placeholders_and_markup():
    with (LOCALE_DIR / "es" / "LC_MESSAGES" / "pathways.po").open("rb") as file:
        catalogue = read_po(file, locale="es")
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {ids[0]}")
            continue
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        problems += [
            f"placeholders: {ids[0]}" for s in strings if set(PLACEHOLDER.findall(s)) != wanted
        ]
        if ids[0].count("**") != strings[0].count("**"):
            problems.append(f"bold: {ids[0]}")
    assert problems == []


def test_a_date_in_words_in_each_language():
    day = dt.date(2026, 11, 29)
    assert long_date(day, "en") == "29 November 2026"
    assert long_date(day, "es") == "29 de noviembre de 2026"


def test_the_domain_speaks_the_language_of_its_block_and_of_its_thread_only():
    heard = {}

    def other_thread():
        heard["other"] = i18n._("Compare")

    with speaking("es"):
        heard["here"] = i18n._("Compare")
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
    heard["after"] = i18n._("Compare")
    assert heard == {"here": "Comparar", "other": "Compare", "after": "Compare"}


def test_the_catalogue_has_every_text_the_code_marks(tmp_path):
    """`make messages` has been run since the last marked text was added: a _() inside an
    f-string, which Babel cannot read, would be missing here and shown in English."""
    import subprocess
    import sys

    from .conftest import PROJECT

    template = tmp_path / "fresh.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "-q", "extract", "-F", "babel.cfg",
         "-k", "N_", "-k", "said", "-k", "n_:1,2", "--no-location", "-o", str(template),
         "app.py", "ui", "views", "pathways"],
        cwd=PROJECT, check=True,
    )  # fmt: skip
    with template.open("rb") as file:
        marked = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(file) if m.id}
    with (LOCALE_DIR / "es" / "LC_MESSAGES" / "pathways.po").open("rb") as file:
        spanish = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(file) if m.id}
    assert marked - spanish == set(), "run `make messages` and translate the new texts"
    assert len(marked) > 300


def test_every_language_has_help_lines_word_lists_and_a_name():
    from pathways.helplines import HELP_LINES_IN, HELP_STRIPS
    from pathways.vocab import TEXT_RULES

    assert set(i18n.LANGUAGES) == set(HELP_STRIPS) == set(HELP_LINES_IN) == set(TEXT_RULES)
    for strip in HELP_STRIPS.values():
        assert "tel:988" in strip and "sms:988" in strip and "tel:911" in strip
