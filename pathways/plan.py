"""A take-home plan: the steps, supports, contacts and notes a person chose, as text or PDF.

A plan holds no name and is never stored: it is built from what the caller passes in, turned
into bytes, and handed back. Both forms carry the date and the help lines.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .conversation import Worksheet
from .fit import Answers, chosen
from .helplines import HELP_LINES, HELP_LINES_IN
from .i18n import _, long_date, speaking
from .loader import Content
from .models import Region
from .vocab import LANGUAGE, N_, STRENGTH_ANSWERS, SURE_ANSWERS, WHEN

TITLE = N_("My recovery plan")
WORKSHEET_TITLE = N_("My recovery plan and worksheet")
"""The title of a plan made in Talk it through, which carries the conversation too."""
FOOTER = N_(
    "Made with Pathways, for education. It is not medical advice. Talk with a health "
    "professional before starting or stopping any medication."
)


def empty(value: object) -> object:
    """What an answer, choice or note like ``value`` is once cleared."""
    return {str: "", bool: False, list: []}.get(type(value))


@dataclass(frozen=True)
class Step:
    pathway: str
    text: str
    when: str
    who_helps: str


@dataclass(frozen=True)
class Help:
    pathway: str
    name: str
    description: str


@dataclass(frozen=True)
class Plan:
    """What a person chose to take home. No name, nothing stored."""

    made_on: dt.date
    matters: tuple[tuple[str, str], ...] = ()
    steps: tuple[Step, ...] = ()
    supports: tuple[Help, ...] = ()
    contacts: str = ""
    notes: str = ""
    language: str = LANGUAGE
    """The language the plan is written in (its headings, dates and help lines)."""
    place: str = ""
    """The state whose help the person picked, if any (its region pack's name)."""
    near: tuple[tuple[str, str], ...] = ()
    """That state's help: each entry's name and how to reach it."""
    together: tuple[str, ...] = ()
    """What the content says about combining the pathways the first steps come from."""
    worksheet: Worksheet | None = None
    """From a guided conversation: the decision, how sure the person felt, their strengths.
    A plan with one is printed as a worksheet, with blank lines for next steps."""


def step_key(pathway_id: str, index: int) -> str:
    """A stable name for one first step of one pathway."""
    return f"{pathway_id}:{index}"


def build(
    content: Content,
    answers: Answers,
    step_keys: Iterable[str],
    support_keys: Iterable[str],
    contacts: str = "",
    notes: str = "",
    made_on: dt.date | None = None,
    state: str | None = None,
    worksheet: Worksheet | None = None,
) -> Plan:
    """A plan from the chosen answers, steps and supports (keys not found are left out), with
    the help of the chosen state's region pack and the content's notes on combining the
    pathways it draws on. The same step under two pathways is listed once, naming both."""
    picked = _pick(content, step_keys, "first_steps")
    steps: dict[tuple[str, str, str], Step] = {}
    for p, s in picked:  # the same step (and who helps) under two pathways: once, naming both
        seen = steps.get((s.text, s.when, s.who_helps))
        pathway = f"{seen.pathway}, {p.label}" if seen else p.label
        steps[s.text, s.when, s.who_helps] = Step(pathway, s.text, WHEN[s.when], s.who_helps)
    chosen_supports = _pick(content, support_keys, "supports")
    supports = [Help(p.label, s.name, s.description) for p, s in chosen_supports]
    matters = tuple((q.ask, c.label) for q, c in chosen(content.questions, answers))
    order = list(WHEN.values())
    drawn = list(dict.fromkeys(p.id for p, _step in picked))
    region = content.regions.get(state) if state else None
    return Plan(
        made_on or dt.date.today(),
        matters,
        tuple(sorted(steps.values(), key=lambda s: order.index(s.when))),
        tuple(supports),
        contacts.strip(),
        notes.strip(),
        content.language,
        place=region.name if region is not None and region.scope == "state" else "",
        near=_near(region) if region is not None and region.scope == "state" else (),
        together=_together(content, drawn),
        worksheet=worksheet,
    )


def _near(region: Region) -> tuple[tuple[str, str], ...]:
    """Each entry of a region pack as a name and how to reach it (phone, text, website)."""
    ways = []
    for entry in region.entries:
        how = [
            *([_("call {number}").format(number=entry.phone)] if entry.phone else []),
            *([_("text {number}").format(number=entry.sms)] if entry.sms else []),
            entry.url,
        ]
        ways.append((entry.name, ", ".join(how)))
    return tuple(ways)


def _together(content: Content, drawn: Sequence[str]) -> tuple[str, ...]:
    """The content's notes on each pair of the given pathways that it says combine (either
    pathway's file may say so; each note once), pairs in the order the pathways come."""
    notes = []
    for i, first in enumerate(drawn):
        for second in drawn[i + 1 :]:
            a, b = content.pathways[first], content.pathways[second]
            said = [c.note for x, y in ((a, b), (b, a)) for c in x.compatible_with if c.id == y.id]
            if said:
                notes.append(f"{a.label} + {b.label}: " + " ".join(dict.fromkeys(said)))
    return tuple(notes)


def _pick(content: Content, keys: Iterable[str], field: str) -> list[Any]:
    picked = []
    for key in keys:
        pathway_id, _sep, index = key.rpartition(":")
        pathway = content.pathways.get(pathway_id)
        items: Sequence[Any] = getattr(pathway, field, ())
        if pathway is not None and index.isdigit() and int(index) < len(items):
            picked.append((pathway, items[int(index)]))
    return picked


def title(plan: Plan) -> str:
    """The plan's title, in English (translated where shown)."""
    return WORKSHEET_TITLE if plan.worksheet is not None else TITLE


def made_on(plan: Plan) -> str:
    """``Made on 29 November 2026``, in the plan's language."""
    with speaking(plan.language):
        return _("Made on {date}").format(date=long_date(plan.made_on, plan.language))


BULLET = "-  "
"""How an item of a list starts in the PDF."""
BLANK = "_" * 40
"""A line to write on, in a printed worksheet."""
BLANK_LINES = 5


def sections(plan: Plan, *, blanks: bool = False) -> list[tuple[str, list[str]]]:
    """The plan as headed lists of lines, the same for text, PDF and screen; with
    ``blanks``, a worksheet ends with lines to write next steps on (on paper)."""
    # Help lines first: always on page one, never split from their heading.
    with speaking(plan.language):
        lines = HELP_LINES_IN.get(plan.language, HELP_LINES)
        parts: list[tuple[str, list[str]]] = [
            (_("If I need help now"), [f"{h.name}: {h.how}" for h in lines])
        ]
        if plan.near:
            parts.append(
                (
                    _("Help near me: {place}").format(place=plan.place),
                    [f"{name}: {how}" for name, how in plan.near],
                )
            )
        sheet = plan.worksheet
        if sheet is not None and sheet.deciding:
            parts.append((_("What I want to decide"), list(sheet.deciding)))
        if sheet is not None and sheet.sure:
            parts.append((_("How sure I feel"), _sure_lines(sheet)))
        if plan.matters:
            matters = [f"{ask} {said}." for ask, said in plan.matters]
            parts.append((_("What matters to me"), matters))
        if sheet is not None and sheet.strengths:
            parts.append(
                (
                    _("My strengths today"),
                    [
                        f"{domain.name}: {text} ({_(STRENGTH_ANSWERS[answer])})"
                        for domain in sheet.strengths
                        for text, answer in domain.answered
                    ],
                )
            )
        if plan.steps:
            step = _("{when}: {text} Who helps: {who}. ({pathway})")
            parts.append(
                (
                    _("My first steps"),
                    [
                        step.format(
                            when=_(s.when),
                            text=s.text,
                            who=s.who_helps.rstrip("."),
                            pathway=s.pathway,
                        )
                        for s in plan.steps
                    ],
                )
            )
        if plan.together:
            parts.append((_("Pathways that are often combined"), list(plan.together)))
        if plan.supports:
            parts.append(
                (
                    _("Supports I want to try"),
                    [f"{s.name} ({s.pathway}): {s.description}" for s in plan.supports],
                )
            )
        if plan.contacts:
            parts.append((_("People and places I can contact"), plan.contacts.splitlines()))
        if plan.notes:
            parts.append((_("My notes"), plan.notes.splitlines()))
        if blanks and sheet is not None:
            parts.append((_("Next steps"), [BLANK] * BLANK_LINES))
    return parts


def _sure_lines(sheet: Worksheet) -> list[str]:
    """Each SURE question with its answers before and after, the count of yes answers, and
    the test's citation. Called in the plan's language."""

    def said(answer: str | None) -> str:
        return _(SURE_ANSWERS[answer]) if answer else _("Skipped")

    twice = any(row.after is not None for row in sheet.sure)
    (yes_before, answered_before), (yes_after, answered_after) = sheet.counts
    if twice:
        lines = [
            _("{ask} Before: {before}. After: {after}.").format(
                ask=row.ask, before=said(row.before), after=said(row.after)
            )
            for row in sheet.sure
        ]
        lines.append(
            _(
                "Yes answers before: {before} (of {answered_before} answered). After: {after} "
                "(of {answered_after} answered)."
            ).format(
                before=yes_before,
                answered_before=answered_before,
                after=yes_after,
                answered_after=answered_after,
            )
        )
    else:
        lines = [f"{row.ask} {said(row.before)}." for row in sheet.sure]
        lines.append(
            _("Yes answers: {yes} (of {answered} answered).").format(
                yes=yes_before, answered=answered_before
            )
        )
    lines.append(_("SURE test: {citation}").format(citation=sheet.sure_source))
    return lines


def text(plan: Plan) -> str:
    """The plan as plain text, for a phone or any printer."""
    with speaking(plan.language):
        lines = [_(title(plan)), made_on(plan), ""]
        for heading, items in sections(plan, blanks=True):
            lines += [heading.upper(), *(f"- {item}" for item in items if item.strip()), ""]
        lines.append(_(FOOTER))
    return "\n".join(lines) + "\n"


FONTS = resources.files("pathways") / "fonts"
"""DejaVu Sans Condensed and its licence, inside the package, found wherever it is installed."""

FONT_FAMILY = "DejaVu"
FONT_FILES = {
    "": "DejaVuSansCondensed.ttf",
    "B": "DejaVuSansCondensed-Bold.ttf",
    "I": "DejaVuSansCondensed-Oblique.ttf",
}
"""The face for each style the PDF uses. Condensed, as DejaVu Sans is a tenth wider than
Helvetica: a plan with ten first steps then needed three pages, and fits on two again."""

FALLBACK_FONTS = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  # Debian's fonts-noto-cjk
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # fonts-droid-fallback
    "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",  # fonts-symbola: emoji, in black
)
"""Fonts from Debian's packages for what DejaVu lacks (Chinese, Japanese, Korean, emoji), used
where installed, first one first. None ships with Pathways: Noto Sans CJK on PyPI is a 14 MB
wheel or more, and reading a font that size for a PDF takes seconds."""

MISSING = "\u25a1"
"""What the PDF shows for each character no font here draws: a white square."""

UNPRINTED = N_("Some characters could not be printed; the plan on screen shows them.")

_Fallback = tuple[str, frozenset[int]]
"""A fallback font: its file and the code points it draws."""


class _Line(NamedTuple):
    """One paragraph of the PDF: its text, type size, style and the space after it."""

    text: str
    size: float
    style: str = ""
    gap: float = 1.5


@functools.cache
def _face(style: str) -> frozenset[int]:
    """The code points one face of DejaVu draws, read once."""
    with (FONTS / FONT_FILES[style]).open("rb") as file, TTFont(file, lazy=True) as font:
        return frozenset(font.getBestCmap())


@functools.cache
def _draws(path: str) -> frozenset[int]:
    """The code points the font file at ``path`` draws (none if it cannot be read)."""
    try:  # fontTools leaves a file it opened open if the font is broken, so open it here
        with open(path, "rb") as file, TTFont(file, lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or ())
    except Exception:  # a broken font file is as good as none
        return frozenset()


def _fallbacks() -> list[_Fallback]:
    """The fallback fonts installed here, first one first, with the code points each draws."""
    return [(path, _draws(path)) for path in FALLBACK_FONTS if Path(path).is_file()]


def _lines(plan: Plan) -> list[_Line]:
    """What the PDF prints, in order: the plan as the screen shows it."""
    with speaking(plan.language):
        heading, footer = _(title(plan)), _(FOOTER)
    lines = [_Line(heading, 20, "B", 0), _Line(made_on(plan), 11, "", 4)]
    for heading, items in sections(plan, blanks=True):
        lines.append(_Line(heading, 14, "B", 1))
        lines += [
            _Line(item, 11, "", 1) if item == BLANK else _Line(f"{BULLET}{item}", 11, "", 1)
            for item in items
            if item.strip()
        ]
        lines[-1] = lines[-1]._replace(gap=lines[-1].gap + 2)
    return [*lines, _Line(footer, 9, "I")]


def _invisible(char: str) -> bool:
    """Whether ``char`` shows nothing by itself: a control, a format mark, a variation selector."""
    named = unicodedata.name(char, "")
    return unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or "VARIATION SELECTOR" in named


def _printable(line: _Line, fallbacks: Sequence[frozenset[int]]) -> tuple[_Line, bool]:
    """``line`` as printed, each character no font here draws as MISSING; and if one was."""
    drawn = [_face(line.style), *fallbacks]
    text = "".join(
        char if any(ord(char) in has for has in drawn) else "" if _invisible(char) else MISSING
        for char in unicodedata.normalize("NFC", line.text.replace("\t", " "))
    )
    return line._replace(text=text), text.count(MISSING) > line.text.count(MISSING)


def _add_fonts(doc: FPDF, lines: Sequence[_Line], fallbacks: Sequence[_Fallback]) -> None:
    """Give ``doc`` DejaVu (fpdf2 embeds only the characters used) and the fallback fonts
    that ``lines`` need."""
    needed: dict[str, set[int]] = {}
    for style, name in FONT_FILES.items():
        with resources.as_file(FONTS / name) as file:
            doc.add_font(FONT_FAMILY, style, file)
        codes = {ord(char) for line in lines if line.style == style for char in line.text}
        for code in codes - _face(style):  # _printable left only what a fallback font draws
            needed.setdefault(next(p for p, has in fallbacks if code in has), set()).add(code)
    names: list[str] = []
    for i, (path, _drawn) in enumerate(fallbacks):
        if path in needed:  # reading only the characters needed saves time on a large font
            names.append(f"fallback{i}")
            doc.add_font(names[-1], "", path, unicode_range=sorted(needed[path]))
    if names:
        doc.set_fallback_fonts(names, exact_match=False)


HELP_FOOTER = N_(
    "Help now: call or text 988 · SAMHSA 1-800-662-4357 (free, 24/7) · Overdose: call 911"
)
"""At the foot of every page of the PDF, so the help lines are on each page, not only the first."""


class _Document(FPDF):
    """A PDF whose every page ends with the help lines."""

    def __init__(self, help_line: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.help_line = help_line

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font(FONT_FAMILY, "B", 9)
        self.multi_cell(0, 4.5, self.help_line, align="C")  # wraps in a longer language


def pdf(plan: Plan) -> bytes:
    """The plan as a one- or two-page PDF in large, plain type, in every script a font here draws."""
    fallbacks = _fallbacks()
    printed = [_printable(line, [has for _, has in fallbacks]) for line in _lines(plan)]
    lines = [line for line, _ in printed]
    if any(missed for _, missed in printed):
        with speaking(plan.language):
            lines.append(_Line(_(UNPRINTED), 9, "I"))
    with speaking(plan.language):
        doc = _Document(_(HELP_FOOTER), format="letter")
    doc.set_auto_page_break(auto=True, margin=17)
    doc.set_margins(16, 15, 16)
    with speaking(plan.language):
        doc.set_title(_(title(plan)))
    doc.set_creator("Pathways")
    _add_fonts(doc, lines, fallbacks)
    doc.add_page()
    width = doc.w - doc.l_margin - doc.r_margin
    for line in lines:
        if line.text == BLANK:  # a ruled line to write on
            doc.ln(8)
            doc.line(doc.l_margin, doc.get_y(), doc.l_margin + width, doc.get_y())
            doc.ln(line.gap)
            continue
        doc.set_font(FONT_FAMILY, line.style, line.size)
        text, indent = line.text, 0.0
        if text.startswith(BULLET):  # wrapped lines hang under the text, not the dash
            indent = doc.get_string_width(BULLET)  # as wide as before: the same pages
            doc.cell(indent, line.size * 0.5, BULLET.strip())
            text = text.removeprefix(BULLET)
        doc.multi_cell(
            width - indent, line.size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        doc.ln(line.gap)
    return bytes(doc.output())


FORGET_SECONDS = 10.0
"""How long a downloaded plan's bytes may stay on the server at most. The browser fetches the
file within a second of asking for it; an app that can forget it sooner (on the next click,
or when the person clears their answers) does."""


def later(seconds: float, action: Callable[[], object]) -> None:
    """Run ``action`` once, ``seconds`` from now, on a timer that never keeps the process up."""
    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.start()


@dataclass(frozen=True)
class Choice:
    """One first step or support a person can tick: its key, its words, and for a first step
    when it happens (shown apart from the words, as a heading over the steps it groups)."""

    key: str
    label: str
    when: str = ""


def choices(content: Content, field: str) -> Mapping[str, list[Choice]]:
    """For each pathway, each first step (in the order of ``WHEN``) or support, to pick from."""
    out: dict[str, list[Choice]] = {}
    order = list(WHEN)
    for pathway in content.pathways.values():
        if field == "first_steps":
            steps = [
                Choice(step_key(pathway.id, i), s.text, WHEN[s.when])
                for i, s in sorted(
                    enumerate(pathway.first_steps), key=lambda n: order.index(n[1].when)
                )
            ]
            out[pathway.id] = steps
        else:
            out[pathway.id] = [
                Choice(step_key(pathway.id, i), f"{s.name}: {s.description}")
                for i, s in enumerate(pathway.supports)
            ]
    return out
