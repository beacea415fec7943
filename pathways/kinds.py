"""Every kind of content file, in one table: its model, where it lives, its schema and rules.

The loader, the uploads, the JSON Schemas, the content rules and the command line all read
this table. A new kind of file is a new row here (with its model, and a field on
:class:`pathways.content.Content` to hold it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from .models import About, Conversation, Glossary, Pathway, Questions, Quiz, Region, Scenario
from .vocab import N_

_CHECK = "Check the file with `python -m pathways check`, which also applies the content rules."


@dataclass(frozen=True)
class Kind:
    """One kind of content file."""

    name: str
    """What the kind is called in code: "pathway", "scenario" ..."""
    model: type[BaseModel]
    place: str
    """Where it lives in a language folder: a folder of files ("pathways/") or one file."""
    field: str
    """The :class:`~pathways.content.Content` field that holds it."""
    schema: str
    """The JSON Schema file editors read for it."""
    title: str
    description: str
    """What an editor shows about the file."""
    plain: str
    """What people call it: "scenario card"."""
    the_plain: str
    """The same in a sentence, with "the": "the scenario card" (marked for translation: said
    with :class:`pathways.i18n.Said`, which gives each language its own article)."""
    uploadable: bool
    """Whether a person can try a file of this kind in the browser."""
    marks: frozenset[str] = frozenset()
    """Top-level fields that tell an uploaded file of this kind from a pathway."""
    rules: tuple[str, ...] = ()
    """Codes of the content rules that check one file of this kind, or it among the others
    (see :data:`pathways.checks.RULES`); the text rules check every kind."""

    @property
    def folder(self) -> str | None:
        """The folder name when the kind is a folder of files, else None."""
        return self.place.removesuffix("/") if self.place.endswith("/") else None

    @property
    def file_name(self) -> str | None:
        """The file name when the kind is a single file, else None."""
        return None if self.place.endswith("/") else self.place

    @property
    def stem(self) -> str:
        """A single file's name without ``.yaml``; a folder's name for a folder of files."""
        return self.place.removesuffix("/").removesuffix(".yaml")


PATHWAY = Kind(
    "pathway",
    Pathway,
    "pathways/",
    "pathways",
    "pathway.schema.json",
    "Pathways: recovery pathway",
    "A recovery pathway for Pathways, in content/<lang>/pathways/<id>.yaml. "
    "Every fact needs a source listed in `sources`. " + _CHECK,
    "pathway",
    the_plain=N_("the pathway"),
    uploadable=True,
    rules=(
        "id-matches-file-name",
        "ratings-cover-every-dimension",
        "source-ids-are-unique",
        "citations-are-listed",
        "stopping-is-made-safe",
        "has-graded-evidence",
        "not-compatible-with-itself",
        "reviewed-in-the-past",
        "numbers-share-a-denominator",
        "strengths-and-limitations-balance",
        "review-is-recent",
        "sources-are-cited",
        "names-are-unique",
        "compatible-pathways-exist",
    ),
)
SCENARIO = Kind(
    "scenario",
    Scenario,
    "scenarios/",
    "scenarios",
    "scenario.schema.json",
    "Pathways: scenario",
    "A made-up person's situation to discuss, in content/<lang>/scenarios/<id>.yaml. "
    "It names pathways that might fit, never the one right answer. " + _CHECK,
    "scenario card",
    the_plain=N_("the scenario card"),
    uploadable=True,
    marks=frozenset({"might_fit", "vignette"}),
    rules=("scenario-id-matches-file-name", "card-pathways-exist"),
)
QUESTIONS = Kind(
    "questions",
    Questions,
    "questions.yaml",
    "questions",
    "questions.schema.json",
    "Pathways: values questions",
    "The values conversation, in content/<lang>/questions.yaml: questions about what "
    "matters to a person, each tied to one rating dimension. " + _CHECK,
    "questions for What matters to me",
    the_plain=N_("the questions for What matters to me"),
    uploadable=True,
    marks=frozenset({"questions"}),
    rules=("questions-are-unique",),
)
QUIZ = Kind(
    "quiz",
    Quiz,
    "quiz.yaml",
    "quiz",
    "quiz.schema.json",
    "Pathways: knowledge checks",
    "The knowledge checks, in content/<lang>/quiz.yaml: multiple-choice questions, each "
    "with one right answer and an explanation with sources. " + _CHECK,
    "knowledge checks",
    the_plain=N_("the knowledge checks"),
    uploadable=True,
    marks=frozenset({"questions"}),
    rules=("one-right-answer", "checks-are-unique"),
)
GLOSSARY = Kind(
    "glossary",
    Glossary,
    "glossary.yaml",
    "glossary",
    "glossary.schema.json",
    "Pathways: glossary",
    "The glossary, in content/<lang>/glossary.yaml: words a reader may not know, "
    "explained in plain language, each with a source. " + _CHECK,
    "glossary",
    the_plain=N_("the glossary"),
    uploadable=False,
    marks=frozenset({"terms"}),
    rules=("terms-are-unique",),
)
ABOUT = Kind(
    "about",
    About,
    "about.yaml",
    "about",
    "about.schema.json",
    "Pathways: about the content",
    "What the content is, in content/<lang>/about.yaml: when it was published, how it is "
    "kept up to date, how evidence was found and graded, who wrote and reviewed it, who "
    "funds it, conflicts of interest and safety facts. " + _CHECK,
    "about",
    the_plain=N_("the about file"),
    uploadable=False,
    marks=frozenset({"published"}),
    rules=("published-in-the-past", "safety-facts-are-kept"),
)

REGION = Kind(
    "region",
    Region,
    "regions/",
    "regions",
    "region.schema.json",
    "Pathways: help near you",
    "Help lines, naloxone, harm reduction, treatment and meeting finders and peer support for "
    "the whole country or one state, in content/<lang>/regions/<id>.yaml. Every entry names "
    "its source and the day it was last checked. " + _CHECK,
    "region pack",
    the_plain=N_("the region pack"),
    uploadable=True,
    marks=frozenset({"entries", "scope"}),
    rules=(
        "region-id-matches-file-name",
        "phones-are-dialable",
        "entries-were-checked",
        "entries-are-checked-recently",
    ),
)

CONVERSATION = Kind(
    "conversation",
    Conversation,
    "conversation.yaml",
    "conversation",
    "conversation.schema.json",
    "Pathways: a guided conversation",
    "The guided conversation a peer specialist and a person follow together, in "
    "content/<lang>/conversation.yaml: its steps in order, what each says, a side note for the "
    "peer specialist, the SURE test and a strengths checklist with its sources. " + _CHECK,
    "guided conversation",
    the_plain=N_("the guided conversation"),
    uploadable=True,
    marks=frozenset({"steps"}),
    rules=(
        "steps-are-unique",
        "steps-have-what-they-show",
        "sure-is-as-published",
        "strengths-are-unique",
        "strengths-are-sourced",
    ),
)

KINDS: tuple[Kind, ...] = (
    PATHWAY, SCENARIO, QUESTIONS, QUIZ, GLOSSARY, ABOUT, REGION, CONVERSATION
)  # fmt: skip
"""Every kind of content file. Pathways are read first: the others may name them."""

BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
BY_MODEL: dict[type[BaseModel], Kind] = {kind.model: kind for kind in KINDS}
FOLDERS: tuple[Kind, ...] = tuple(kind for kind in KINDS if kind.folder)
"""Kinds kept as a folder of files, one file each (pathways, scenario cards)."""
SINGLES: tuple[Kind, ...] = tuple(kind for kind in KINDS if kind.file_name)
"""Kinds kept as one file beside the pathways folder (glossary, about ...)."""
UPLOADABLE: tuple[Kind, ...] = tuple(kind for kind in KINDS if kind.uploadable)


def kind_of(data: Any, stem: str = "") -> Kind:
    """What a file describes, told by its top-level fields (and, for kinds those do not tell
    apart, by its name, then by its first item); a pathway unless it says otherwise."""
    if not isinstance(data, dict):
        return PATHWAY
    marked = [kind for kind in KINDS if kind.marks & data.keys()]
    if not marked:
        return PATHWAY
    alike = [kind for kind in marked if kind.marks == marked[0].marks]
    if len(alike) == 1:
        return alike[0]
    named = [kind for kind in alike if kind.stem == stem]
    if named:
        return named[0]
    # The questions and the knowledge checks both hold "questions"; a check has "question".
    items = data.get("questions")
    first = items[0] if isinstance(items, list) and items else None
    return QUIZ if isinstance(first, dict) and "question" in first else QUESTIONS
