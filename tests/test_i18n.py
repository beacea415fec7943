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
