"""Helpers for showing content text safely."""

from __future__ import annotations

import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")


def plain(text: str) -> str:
    """Escape Markdown so content text is shown exactly as written, never as markup.

    Content files are plain text: an author's ``![](https://...)`` must not load an image
    from another site, and ``<b>`` or ``:red[...]`` must appear as typed.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def link(label: str, url: str) -> str:
    """A Markdown link whose label is shown as written and whose address cannot break out."""
    safe_url = "".join(c if c not in "()<> []" else f"%{ord(c):02X}" for c in url)
    return f"[{plain(label)}]({safe_url})"


_MARKUP = re.compile(r"[\\`*_{}\[\]()#|<>~$^]")


def label(text: str) -> str:
    """Content text for a widget label: markup characters dropped, so it shows as words and
    reads cleanly to a screen reader (a label's raw text is its accessible name)."""
    return " ".join(_MARKUP.sub("", str(text)).split())
