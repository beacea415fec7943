"""The interface's languages: which one a person sees, and its translated words.

Each person chooses their own language (a link's ``?lang=es``, the switch on every page, or
their browser's language on a first visit): nothing here is set for the whole process. The
words come from gettext catalogues (``pathways/locale/<lang>/LC_MESSAGES/pathways.po``),
written with Babel (``make messages``) and read here straight from the ``.po`` file, so no
compiled file has to be built or kept in step.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .vocab import LANGUAGE

__all__ = [
    "DOMAIN",
    "LANGUAGES",
    "LOCALE_DIR",
    "Said",
    "_",
    "choose",
    "long_date",
    "said",
    "same_text",
    "speaking",
    "told",
    "translations",
]

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
"""Each language the app can be read in, by its code, named in itself."""

DOMAIN = "pathways"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def choose(asked: str | None, browser: str | None) -> str:
    """The language to show: the one asked for (a link or the switch) if there is one, else
    the browser's (``es-MX`` is Spanish), else the original."""
    for code in (asked, (browser or "").replace("_", "-").split("-")[0]):
        if code and code.lower() in LANGUAGES:
            return code.lower()
    return LANGUAGE


@cache
def translations(code: str) -> gettext.NullTranslations:
    """The interface's words in one language, read once per process (English: as written)."""
    catalogue = LOCALE_DIR / code / "LC_MESSAGES" / f"{DOMAIN}.po"
    if code == LANGUAGE or not catalogue.is_file():
        return gettext.NullTranslations()
    with catalogue.open("rb") as file:
        messages = read_po(file, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, messages)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


_speaking: ContextVar[str] = ContextVar("speaking", default=LANGUAGE)


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Inside this block, :func:`_` gives the domain's texts (chart titles, labels, the plan)
    in language ``code``. Set around each build from a content set, in its language: a
    context variable belongs to one thread and one run, never to the whole process."""
    token = _speaking.set(code)
    try:
        yield
    finally:
        _speaking.reset(token)


def _(message: str) -> str:
    """``message`` in the language of the :func:`speaking` block (as written outside one)."""
    return translations(_speaking.get()).gettext(message)


class Said(str):
    """A message in English that can be said again in another language: the English text
    (a plain ``str`` to everything else), the template it was made from and its values.

    Content problems are found once, where no one's language is known (the check command, a
    cached content load, an upload's callback), and shown to many people: each in their own
    language, through :func:`told`.
    """

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Said:
        made = super().__new__(cls, template.format(**values) if values else template)
        made.template, made.values = template, values
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as what it is, not as a plain str
        return (_said, (self.template, self.values))


def _said(template: str, values: dict[str, Any]) -> Said:
    return Said(template, **values)


def said(template: str, /, **values: Any) -> Said:
    """``template.format(**values)``, in English, kept so :func:`told` can say it in another
    language. ``template`` is a literal: ``make messages`` collects it for translation."""
    return Said(template, **values)


def told(text: str) -> str:
    """A message in the language of the :func:`speaking` block: a :class:`Said` and any Said
    among its values translated, anything else as it is."""
    if not isinstance(text, Said):
        return text
    if _speaking.get() == LANGUAGE:
        return str.__str__(text)
    values = {k: told(v) if isinstance(v, str) else v for k, v in text.values.items()}
    try:
        return _(text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names another value
        return str.__str__(text)


def long_date(day: dt.date, code: str) -> str:
    """A date written out: ``29 November 2026``, ``29 de noviembre de 2026``."""
    if code == LANGUAGE:
        return f"{day.day} {day:%B %Y}"
    return format_date(day, format="long", locale=code)


@cache
def _originals(code: str) -> dict[str, str]:
    translated = translations(code)
    catalogue: dict[object, str] = getattr(translated, "_catalog", {})
    return {
        text: str(msgid) for msgid, text in catalogue.items() if isinstance(msgid, str) and msgid
    }


def same_text(text: str, choices: list[str], code: str) -> str | None:
    """The one of ``choices`` (texts in language ``code``) that says what ``text`` says in any
    language: a tab named in a link or kept from before the language changed."""
    if text in choices:
        return text
    for other in LANGUAGES:
        original = _originals(other).get(text, text) if other != LANGUAGE else text
        shown = translations(code).gettext(original)
        if shown in choices:
            return shown
    return None
