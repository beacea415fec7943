"""Helpers for showing content text safely."""

from __future__ import annotations

import functools
import re
import unicodedata

WORD_JOINER = "\u2060"
"""An invisible character that keeps words together; it breaks markup patterns without
changing what a reader sees or copies in any way that matters."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^&])")

# Streamlit's Markdown turns some plain text into links, emoji, icons and symbols after the
# escapes are read, so escaping alone cannot stop it. A word joiner at each of these places
# breaks the pattern and shows nothing:
_BREAKS = re.compile(
    r"(?<=:)(?=//)"  # https://host is made a link
    r"|(?i:(?<=www))(?=\.)"  # www.host is made a link
    r"|(?<=@)(?=[\w.-])"  # name@host is made an e-mail link
    r"|(?<=:)(?=[^\W\d_])"  # :name is a directive, :red[...] colours text
    r"|(?<=:)(?=[\w+/-]+:)"  # :skull:, :+1:, :material/warning: are emoji and icons
    r"|(?<=&)(?=#?\w+;)"  # &lt; is read as <
)
# " -> " becomes an arrow, " -- " a dash, " >= " a sign: split each after its first character.
_SYMBOLS = re.compile(r"(?<!\S)(?=(?:<->|->|<-|--|>=|<=|~=)(?!\S))(.)")


def _unlinked(text: str) -> str:
    """Text with a word joiner wherever Markdown would make a link, emoji, icon or symbol."""
    return _SYMBOLS.sub(rf"\1{WORD_JOINER}", _BREAKS.sub(WORD_JOINER, text))


def plain(text: str) -> str:
    """Escape Markdown so content text is shown exactly as written, never as markup.

    Content files are plain text: an author's ``![](https://...)`` must not load an image
    from another site, ``<b>`` or ``:red[...]`` must appear as typed, and ``www.site.org``,
    ``name@host.org``, ``:skull:`` or ``:material/warning:`` are words, not links or pictures.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _unlinked(" ".join(str(text).split())))


def link(label: str, url: str) -> str:
    """A Markdown link whose label is shown as written and whose address cannot break out."""
    safe_url = "".join(c if c not in "()<> []" else f"%{ord(c):02X}" for c in url)
    return f"[{plain(label)}]({safe_url})"


_MARKUP = re.compile(r"[\\`*_{}\[\]#|<>~$^]")


def label(text: str) -> str:
    """Content text for a widget label: markup characters dropped and links, emoji and icons
    broken, so it shows as words and reads cleanly to a screen reader (a label's raw text is
    its accessible name)."""
    return _unlinked(" ".join(_MARKUP.sub("", str(text)).split()))


@functools.cache
def _prototypes() -> dict[str, str]:
    """Each character that looks like another, mapped to the one character or sequence that
    stands for them all (Unicode's confusables list, as the confusable-homoglyphs package
    ships it: a character and its look-alikes both ways)."""
    from confusable_homoglyphs.confusables import confusables_data

    def bare(text: str) -> str:  # the list wraps right-to-left letters in direction marks
        return text.replace("\u200e", "").replace("\u200f", "")

    neighbours: dict[str, set[str]] = {}
    for char, alikes in confusables_data.items():
        for alike in alikes:
            one, other = bare(char), bare(alike["c"])
            if one and other and one != other:
                neighbours.setdefault(one, set()).add(other)
                neighbours.setdefault(other, set()).add(one)
    prototypes: dict[str, str] = {}
    for start in neighbours:
        if start in prototypes:
            continue
        group, todo = set(), [start]
        while todo:
            node = todo.pop()
            if node not in group:
                group.add(node)
                todo.extend(neighbours[node] - group)
        # Unicode maps every look-alike to one prototype, so the group is a star around it:
        # the member with most look-alikes, or a sequence such as "rn" (for "m").
        centre = max(group, key=lambda n: (len(neighbours[n]), len(n), -ord(n[0]), n))
        prototypes.update((node, centre) for node in group)
    return {char: centre for char, centre in prototypes.items() if len(char) == 1}


def _skeleton(text: str) -> str:
    prototypes = _prototypes()
    return "".join(prototypes.get(c, c) for c in text)


@functools.lru_cache(maxsize=4096)  # names are compared with every earlier pathway
def lookalike_keys(text: str) -> frozenset[str]:
    """What a text looks like on screen, ignoring case, invisible characters, the forms of a
    letter (NFKC) and letters of other alphabets that look the same (Unicode's confusables).

    Two texts look alike when their keys share one. There are two because case and shape
    interact: "I" looks like "l", and also is "i" in small letters."""
    folded = unicodedata.normalize("NFKC", text)
    shown = " ".join("".join(c for c in folded if unicodedata.category(c) != "Cf").split())
    small_first = _skeleton(_skeleton(shown.casefold()).casefold()).casefold()
    shape_first = _skeleton(_skeleton(shown).casefold()).casefold()
    return frozenset((small_first, shape_first))


def look_alike(one: str, other: str) -> bool:
    """Whether two names would be hard to tell apart on screen."""
    return bool(lookalike_keys(one) & lookalike_keys(other))
