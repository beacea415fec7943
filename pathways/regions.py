"""Help near a person: region packs (``content/<lang>/regions/<id>.yaml``), national and by
state, read as the Help near you page and the take-home plan show them.

No location is ever asked for: a person picks a state from a list, and the choice stays in
their browser session.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .loader import Content
from .models import Region, RegionEntry
from .vocab import N_, REGION_KINDS, STALE_AFTER_DAYS

__all__ = ["Section", "Way", "dial", "help_near", "national", "stale", "states", "ways"]


def national(content: Content) -> list[Region]:
    """The packs for the whole country, in name order."""
    return sorted(
        (r for r in content.regions.values() if r.scope == "national"), key=lambda r: r.name
    )


def states(content: Content) -> list[Region]:
    """The packs for one state each, in name order: what a person picks from."""
    return sorted((r for r in content.regions.values() if r.scope == "state"), key=lambda r: r.name)


@dataclass(frozen=True)
class Section:
    """The entries of one kind (help lines, naloxone ...), the chosen state's first."""

    kind: str
    label: str
    """The kind's label, in English (translated where shown)."""
    entries: tuple[RegionEntry, ...]


def help_near(content: Content, state: str | None) -> list[Section]:
    """Every entry of the national packs and of the chosen state's pack (if any), by kind,
    in the order of :data:`pathways.vocab.REGION_KINDS`; kinds with no entry are left out."""
    chosen = content.regions.get(state) if state else None
    packs: Iterable[Region] = [
        *([chosen] if chosen is not None and chosen.scope == "state" else []),
        *national(content),
    ]
    entries = [entry for pack in packs for entry in pack.entries]
    return [
        Section(kind, label, found)
        for kind, label in REGION_KINDS.items()
        if (found := tuple(e for e in entries if e.kind == kind))
    ]


_DIGITS = re.compile(r"\d")


def dial(phone: str) -> str:
    """A ``tel:`` link for a phone number as written in a pack: ``988`` stays short, a US
    number gets its country code (``1-800-662-4357`` -> ``tel:+18006624357``)."""
    digits = "".join(_DIGITS.findall(phone))
    if len(digits) == 10:
        digits = "1" + digits
    return f"tel:+{digits}" if len(digits) == 11 else f"tel:{digits}"


def stale(entry: RegionEntry, today: dt.date | None = None) -> bool:
    """Whether an entry was last checked more than six months ago (STALE_AFTER_DAYS)."""
    return ((today or dt.date.today()) - entry.verified_on).days > STALE_AFTER_DAYS


@dataclass(frozen=True)
class Way:
    """One way to reach an entry: what it is ("Call {number}", in English, translated where
    shown), the number or words to show, and the link that does it."""

    what: str
    shown: str
    href: str


def ways(entry: RegionEntry) -> list[Way]:
    """How to reach an entry, in the order a person tries them: call, text, TTY, website."""
    found = []
    if entry.phone:
        found.append(Way(N_("Call {number}"), entry.phone, dial(entry.phone)))
    if entry.sms:
        found.append(Way(N_("Text {number}"), entry.sms, f"sms:{entry.sms}"))
    if entry.tty:
        found.append(Way(N_("TTY {number}"), entry.tty, dial(entry.tty)))
    found.append(Way(N_("Website"), "", entry.url))
    return found
