"""A take-home plan: the steps, supports, contacts and notes a person chose, as text or PDF.

A plan holds no name and is never stored: it is built from what the caller passes in, turned
into bytes, and handed back. Both forms carry the date and the help lines.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .fit import Answers, chosen
from .helplines import HELP_LINES
from .loader import Content
from .vocab import WHEN

TITLE = "My recovery plan"
FOOTER = (
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
) -> Plan:
    """A plan from the chosen answers, steps and supports (keys not found are left out)."""
    steps = [
        Step(p.label, s.text, WHEN[s.when], s.who_helps)
        for p, s in _pick(content, step_keys, "first_steps")
    ]
    supports = [
        Help(p.label, s.name, s.description) for p, s in _pick(content, support_keys, "supports")
    ]
    matters = tuple((q.ask, c.label) for q, c in chosen(content.questions, answers))
    order = list(WHEN.values())
    return Plan(
        made_on or dt.date.today(),
        matters,
        tuple(sorted(steps, key=lambda s: order.index(s.when))),
        tuple(supports),
        contacts.strip(),
        notes.strip(),
    )


def _pick(content: Content, keys: Iterable[str], field: str) -> list[Any]:
    picked = []
    for key in keys:
        pathway_id, _, index = key.rpartition(":")
        pathway = content.pathways.get(pathway_id)
        items: Sequence[Any] = getattr(pathway, field, ())
        if pathway is not None and index.isdigit() and int(index) < len(items):
            picked.append((pathway, items[int(index)]))
    return picked


def _date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def sections(plan: Plan) -> list[tuple[str, list[str]]]:
    """The plan as headed lists of lines, the same for text, PDF and screen."""
    # Help lines first: always on page one, never split from their heading.
    parts: list[tuple[str, list[str]]] = [
        ("If I need help now", [f"{h.name}: {h.how}" for h in HELP_LINES])
    ]
    if plan.matters:
        parts.append(("What matters to me", [f"{ask} {said}." for ask, said in plan.matters]))
    if plan.steps:
        parts.append(
            (
                "My first steps",
                [
                    f"{s.when}: {s.text} Who helps: {s.who_helps.rstrip('.')}. ({s.pathway})"
                    for s in plan.steps
                ],
            )
        )
    if plan.supports:
        parts.append(
            (
                "Supports I want to try",
                [f"{s.name} ({s.pathway}): {s.description}" for s in plan.supports],
            )
        )
    if plan.contacts:
        parts.append(("People and places I can contact", plan.contacts.splitlines()))
    if plan.notes:
        parts.append(("My notes", plan.notes.splitlines()))
    return parts


def text(plan: Plan) -> str:
    """The plan as plain text, for a phone or any printer."""
    lines = [TITLE, f"Made on {_date(plan.made_on)}", ""]
    for heading, items in sections(plan):
        lines += [heading.upper(), *(f"- {item}" for item in items if item.strip()), ""]
    lines.append(FOOTER)
    return "\n".join(lines) + "\n"


_PLAIN = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
        "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u2022": "-", "\u2212": "-",
    }
)  # fmt: skip


def _latin1(value: str) -> str:
    """Text the PDF's built-in font can draw: typographic marks made plain, others as '?'."""
    return value.translate(_PLAIN).encode("latin-1", "replace").decode("latin-1")


def pdf(plan: Plan) -> bytes:
    """The plan as a one- or two-page PDF in large, plain type."""
    doc = FPDF(format="letter")
    doc.set_auto_page_break(auto=True, margin=15)
    doc.set_margins(18, 15, 18)
    doc.set_title(TITLE)
    doc.set_creator("Pathways")
    doc.add_page()
    width = doc.w - doc.l_margin - doc.r_margin

    def write(line: str, size: float, style: str = "", gap: float = 1.5) -> None:
        doc.set_font("Helvetica", style, size)
        doc.multi_cell(
            width, size * 0.5, _latin1(line), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        doc.ln(gap)

    write(TITLE, 20, "B", 0)
    write(f"Made on {_date(plan.made_on)}", 11, "", 4)
    for heading, items in sections(plan):
        write(heading, 14, "B", 1)
        for item in items:
            if item.strip():
                write(f"-  {item}", 11, gap=1)
        doc.ln(2)
    write(FOOTER, 9, "I")
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


def choices(content: Content, field: str) -> Mapping[str, list[tuple[str, str]]]:
    """For each pathway, (key, label) for each first step or support, to pick from."""
    out: dict[str, list[tuple[str, str]]] = {}
    for pathway in content.pathways.values():
        items = getattr(pathway, field)
        if field == "first_steps":
            out[pathway.id] = [
                (step_key(pathway.id, i), f"{s.text} ({WHEN[s.when]})") for i, s in enumerate(items)
            ]
        else:
            out[pathway.id] = [
                (step_key(pathway.id, i), f"{s.name}: {s.description}") for i, s in enumerate(items)
            ]
    return out
