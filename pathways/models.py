"""Typed, frozen models of a recovery pathway, as written in a content file.

The models describe the *shape* of a file: which fields exist, their types and allowed
values. Rules that look across fields or files (a source that is cited but never listed,
an id that does not match its file name) live in :mod:`pathways.checks`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, ClassVar, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from .i18n import Said, said
from .problems import Loc
from .vocab import (
    BIDI_CONTROLS,
    C1_CONTROLS,
    CERTAINTY,
    DIMENSION_IDS,
    GRADED_BY,
    LABEL_MAX,
    N_,
    NAME_MAX,
    PERIOD_DAYS,
    PERIOD_UNITS,
    REGION_KINDS,
    REGION_SCOPES,
    SCORE_MAX,
    SCORE_MIN,
    STEP_KINDS,
    SUPPORT_TYPES,
    SURE_ITEMS,
    THEMES,
    WHEN,
)

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"


_NOT_PLAIN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f" + re.escape("".join(C1_CONTROLS) + "".join(BIDI_CONTROLS)) + "]"
)
"""Any character :func:`_printable` refuses: a quick test before it says which and why."""


def _printable(value: str) -> str:
    """Text is plain: no control characters (a YAML escape such as "\\0" can make them) and
    no invisible marks that turn text around."""
    if not _NOT_PLAIN.search(value):
        return value
    for c in value:
        if (ord(c) < 32 and c not in "\n\t") or c == "\x7f" or c in C1_CONTROLS:
            raise ValueError(
                said("contains the control character {code}; remove it", code=f"U+{ord(c):04X}")
            )
        if c in BIDI_CONTROLS:
            raise ValueError(
                said(
                    "contains {code}, an invisible mark that changes the direction of text "
                    "and can make it read backwards; remove it",
                    code=f"U+{ord(c):04X}",
                )
            )
    return value


def _visible(value: str) -> str:
    """A name shows on screen: it has at least one letter or digit."""
    if not any(unicodedata.category(c)[0] in "LN" for c in value):
        raise ValueError(
            said("has no letters or digits that show on screen; write the name in words")
        )
    return value


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_printable)
]
ShortText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX),
    AfterValidator(_printable),
]
Label = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=LABEL_MAX),
    AfterValidator(_printable),
]
Name = Annotated[ShortText, AfterValidator(_visible)]
"""A name or title people tell things apart by: it must show letters or digits."""
ShortName = Annotated[Label, AfterValidator(_visible)]
"""A name short enough for a chart label, with letters or digits that show."""

_YES_NO = N_(
    "is not a whole number; YAML reads yes, no, on, off, true and false as a yes/no value; "
    "write a number"
)


def _not_yes_no(value: object) -> object:
    """A number is never a yes/no value (YAML reads ``true`` or ``yes`` as one, not as 1)."""
    if isinstance(value, bool):
        raise ValueError(Said(_YES_NO))
    return value


WholeNumber = Annotated[int, BeforeValidator(_not_yes_no), Field(strict=True)]
"""A whole number as written: ``true``, ``2.0`` or ``"2"`` are not taken for one."""
Id = Annotated[str, StringConstraints(pattern=ID_PATTERN, max_length=60)]

if TYPE_CHECKING:  # one of the allowed values in vocab.py; a type checker sees the text
    Theme = str
    When = str
    SupportType = str
    Certainty = str
    GradedBy = str
    DimensionId = str
    RegionKind = str
    RegionScope = str
    StepKind = str
    SureItem = str
else:  # pydantic checks each against its list, and the schema lists them
    Theme = Literal[tuple(THEMES)]
    When = Literal[tuple(WHEN)]
    SupportType = Literal[tuple(SUPPORT_TYPES)]
    Certainty = Literal[tuple(CERTAINTY)]
    GradedBy = Literal[tuple(GRADED_BY)]
    DimensionId = Literal[DIMENSION_IDS]
    RegionKind = Literal[tuple(REGION_KINDS)]
    RegionScope = Literal[REGION_SCOPES]
    StepKind = Literal[tuple(STEP_KINDS)]
    SureItem = Literal[SURE_ITEMS]


_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


def _web_address(value: str) -> str:
    """A source link must be a plain http(s) web address with a real-looking public host."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in value):
        raise ValueError(said("should be a web address starting with https:// (or http://)"))
    host = (parts.hostname or "").lower()
    if parts.username or parts.password or parts.port or not _HOST.match(host):
        raise ValueError(
            said(
                "should be a public web address such as https://doi.org/..., with a domain "
                "name and no user name, password or port"
            )
        )
    return value


WEB_ADDRESS_PATTERN = (
    r"^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?:[/?#]\S*)?$"
)
"""Nearly the rule of ``_web_address``, as a regular expression an editor can check."""

WebAddress = Annotated[
    str,
    StringConstraints(strip_whitespace=True),
    AfterValidator(_web_address),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": WEB_ADDRESS_PATTERN}),
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    PEER_TEXT: ClassVar[tuple[str, ...]] = ()
    """Fields a peer reads: checked for reading level and person-first language."""


class Allow(_Model):
    """A warning this file is allowed to have, and why."""

    rule: Id
    """The rule's code, as printed at the end of the warning, such as plain-words."""
    reason: Text
    """Why the warning does not apply here, for the next person who reads the file."""


class ContentChecks(_Model):
    """How the content rules treat this file: warnings it is allowed to have."""

    allow: tuple[Allow, ...] = Field(min_length=1)


class Translation(_Model):
    """What a translated file was made from, and who translated it and read it again."""

    original_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    """SHA-256 of the original (English) file's bytes when it was translated (``sha256sum``)."""
    translated_by: ShortText
    translated_on: dt.date
    reviewed_by: ShortText | None = None
    """Who read the translation against the original, sentence by sentence: not its
    translator."""
    reviewed_on: dt.date | None = None


class Principle(_Model):
    """A short statement of what the pathway holds to be true or important."""

    PEER_TEXT = ("text",)

    text: Text
    themes: tuple[Theme, ...] = Field(min_length=1)


class FirstStep(_Model):
    """Something a person could do to start, and who can help with it."""

    PEER_TEXT = ("text", "who_helps")

    text: Text
    when: When
    who_helps: Text


class Support(_Model):
    """A person, place, service or practice that helps on this pathway."""

    PEER_TEXT = ("description",)

    name: Name
    type: SupportType
    description: Text
    sources: tuple[Id, ...] = Field(min_length=1)


class Statement(_Model):
    """One line a peer reads (a strength, a limitation, a day-to-day fact) and its sources."""

    PEER_TEXT = ("text",)

    text: Text
    sources: tuple[Id, ...] = Field(min_length=1)


class Rating(_Model):
    """A 0-4 score on one fixed dimension, with the reason for it in one line."""

    PEER_TEXT = ("reason",)

    score: WholeNumber = Field(ge=SCORE_MIN, le=SCORE_MAX)
    reason: Text


class Compatibility(_Model):
    """Another pathway this one is often combined with, and how."""

    PEER_TEXT = ("note",)

    id: Id
    note: Text


class Source(_Model):
    """A real, checkable citation."""

    id: Id
    citation: Text
    url: WebAddress


class Group(_Model):
    """One group in a natural frequency: who they were, and how many of them had the outcome."""

    label: ShortText
    count: WholeNumber = Field(ge=0)


PERIOD_PATTERN = rf"^([1-9][0-9]{{0,2}}) ({'|'.join(PERIOD_UNITS)})s?$"
"""A period of time as written in a content file: ``2 weeks``, ``1 year``, ``6 months``."""

Period = Annotated[
    str, StringConstraints(strip_whitespace=True, to_lower=True, pattern=PERIOD_PATTERN)
]

_SMALL_NUMBERS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _period_key(period: str) -> tuple[int, str]:
    """A period as (amount, unit), so ``2 weeks`` and ``2 week`` are the same period."""
    amount, unit = period.split()
    return int(amount), unit.removesuffix("s")


def _same_span(one: str, other: str) -> bool:
    """Whether two periods in different words are about the same time (12 months, 1 year)."""
    (a, unit_a), (b, unit_b) = _period_key(one), _period_key(other)
    days_a, days_b = a * PERIOD_DAYS[unit_a], b * PERIOD_DAYS[unit_b]
    return abs(days_a - days_b) <= 0.05 * max(days_a, days_b)


class NaturalFrequency(_Model):
    """Numbers as natural frequencies: out of N people, over a period, how many had an outcome.

    ``period`` is the time the counts cover; ``source_period`` is the time the source's own
    figure covers (how long the people behind it were followed). They must be the same: a rate
    seen over two weeks is never stretched into a count over a year."""

    out_of: WholeNumber = Field(gt=0)
    period: Period
    source_period: Period
    outcome: ShortText
    groups: tuple[Group, ...] = Field(min_length=1)

    @field_validator("source_period")  # declared after period, so period is in info.data
    @classmethod
    def _same_period(cls, value: str, info: ValidationInfo) -> str:
        period = info.data.get("period")
        if period is not None and _period_key(period) != _period_key(value):
            same = _same_span(period, value)
            if same:
                raise ValueError(
                    said(
                        "is not the period the counts cover ({period}); give the counts over "
                        "the period the source measured, never stretched to another one; they "
                        "look like the same time, so write both the same way",
                        period=period,
                    )
                )
            raise ValueError(
                said(
                    "is not the period the counts cover ({period}); give the counts over the "
                    "period the source measured, never stretched to another one",
                    period=period,
                )
            )
        return value

    @property
    def time_frame(self) -> str:
        """The period in words: ``over one year``, ``over two weeks``."""
        amount, unit = _period_key(self.period)
        said = _SMALL_NUMBERS[amount - 1] if amount <= len(_SMALL_NUMBERS) else f"{amount:,}"
        return f"over {said} {unit}{'' if amount == 1 else 's'}"

    def sentence(self) -> str:
        """The numbers in one plain sentence."""
        first, *others = self.groups
        text = f"Out of {self.out_of:,} people {self.time_frame}: about {first.count:,} {self.outcome} {first.label}"
        if others:
            rest = [f"about {g.count:,} {g.label}" for g in others]
            text += ", compared with " + (" and ".join(rest) if len(rest) < 3 else ", ".join(rest))
        return text + "."


class Evidence(_Model):
    """A plain-language statement of what research found, and how sure it is."""

    PEER_TEXT = ("claim", "applies_to")
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"graded_by": {"const": "editors"}}, "required": ["graded_by"]},
            "then": {"required": ["grade_note"]},
        }
    )

    claim: Text
    applies_to: Text
    numbers: NaturalFrequency | None = None
    certainty: Certainty
    graded_by: GradedBy
    """source: the certainty is the source's own grade (GRADE, or the review's own scale);
    editors: it is the editors' judgement, and grade_note says why."""
    grade_note: Text | None = None
    """How the grade was made: the scale a source used, or why the editors chose it."""
    sources: tuple[Id, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _editors_say_why(self) -> Evidence:
        if self.graded_by == "editors" and self.grade_note is None:
            raise ValueError(
                said(
                    "graded_by is editors, so add grade_note: say why this certainty was chosen "
                    "(for example: one survey, which cannot show cause and effect)"
                )
            )
        return self


class Pathway(_Model):
    """One recovery pathway, as described in ``content/<lang>/pathways/<id>.yaml``."""

    PEER_TEXT = ("summary", "understanding")
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"name": {"minLength": LABEL_MAX + 1}}, "required": ["name"]},
            "then": {"required": ["short_name"]},
        }
    )
    STATEMENT_LISTS: ClassVar[tuple[str, ...]] = ("day_to_day", "strengths", "limitations")
    """Lists of lines a peer reads, each a Statement: its text and the sources behind it."""

    id: Id
    name: Name
    short_name: ShortName | None = None
    """The name on charts; needed when the name is longer than 24 characters."""
    summary: Text
    understanding: Text
    day_to_day: tuple[Statement, ...] = Field(min_length=1)
    principles: tuple[Principle, ...] = Field(min_length=1)
    first_steps: tuple[FirstStep, ...] = Field(min_length=1)
    supports: tuple[Support, ...] = Field(min_length=1)
    strengths: tuple[Statement, ...] = Field(min_length=1)
    limitations: tuple[Statement, ...] = Field(min_length=1)
    ratings: dict[DimensionId, Rating]
    compatible_with: tuple[Compatibility, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    sources: tuple[Source, ...] = Field(min_length=1)
    last_reviewed: dt.date
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""

    @model_validator(mode="after")
    def _fits_on_charts(self) -> Pathway:
        if self.short_name is None and len(self.name) > LABEL_MAX:
            raise ValueError(
                said(
                    "the name is longer than {most} characters, so add a short_name (up to "
                    "{most}) for charts",
                    most=LABEL_MAX,
                )
            )
        return self

    @property
    def label(self) -> str:
        """The name charts and tables use: the short name if there is one."""
        return self.short_name or self.name

    def source(self, source_id: str) -> Source | None:
        """The source with this id, if the file lists it."""
        return next((s for s in self.sources if s.id == source_id), None)

    def cited(self, item: Evidence | Support | Statement) -> list[Source]:
        """The sources a statement, support or evidence statement cites, in its order."""
        return [s for s in map(self.source, item.sources) if s is not None]

    def source_number(self, source: Source) -> int:
        """A source's number in the file's list, from 1, so links and the list agree."""
        return self.sources.index(source) + 1

    def citing(self) -> Iterator[tuple[Loc, tuple[str, ...]]]:
        """Every part of the file that cites sources, with where it is and the ids it cites."""
        for part in (*self.STATEMENT_LISTS, "supports", "evidence"):
            for index, item in enumerate(getattr(self, part)):
                yield (part, index, "sources"), item.sources

    def supports_by_type(self) -> dict[str, list[Support]]:
        """Supports grouped by type, in the vocabulary's order; empty types left out."""
        return {
            kind: named
            for kind in SUPPORT_TYPES
            if (named := [s for s in self.supports if s.type == kind])
        }


class Term(_Model):
    """A word a reader may not know, explained in plain language."""

    PEER_TEXT = ("definition",)

    id: Id
    term: ShortText
    also: tuple[ShortText, ...] = ()
    definition: Text
    sources: tuple[Source, ...] = Field(min_length=1)

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the term may be written in text."""
        return (self.term, *self.also)


class Glossary(_Model):
    """The glossary, as described in ``content/<lang>/glossary.yaml``."""

    terms: tuple[Term, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class SafetyFact(_Model):
    """A safety fact that matters whatever pathway a person is on."""

    PEER_TEXT = ("title", "text")

    id: Id
    title: Name
    text: Text
    sources: tuple[Source, ...] = Field(min_length=1)


class About(_Model):
    """What the content is, as described in ``content/<lang>/about.yaml``: dates, policy, funding."""

    PEER_TEXT = ("update_policy", "methods", "authors", "funding", "conflicts")

    published: dt.date
    update_policy: Text
    methods: Text
    """How evidence was searched for and chosen, and how certainty grades were given."""
    authors: Text
    """Who wrote and who reviewed the content."""
    funding: Text
    conflicts: Text
    owner_confirmed: bool = False
    """Whether the site's owner has confirmed the funding and conflicts statements."""
    safety: tuple[SafetyFact, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class Choice(_Model):
    """One answer to a question, and the rating on the question's dimension it lines up with."""

    PEER_TEXT = ("label",)

    label: ShortText
    wants: WholeNumber = Field(ge=SCORE_MIN, le=SCORE_MAX)
    direction: Literal["exactly", "or_more", "or_less"] = "exactly"
    """``or_more``: any rating of ``wants`` or higher lines up fully (``or_less``: or lower)."""


class Question(_Model):
    """A question about what matters to a person, tied to one rating dimension."""

    PEER_TEXT = ("ask", "why")

    id: Id
    ask: Text
    short: Label
    why: Text
    dimension: DimensionId
    choices: tuple[Choice, ...] = Field(min_length=2, max_length=5)


class Questions(_Model):
    """The values conversation, as described in ``content/<lang>/questions.yaml``."""

    questions: tuple[Question, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class MightFit(_Model):
    """A pathway that might fit a scenario, why, and where it may not (never the one answer)."""

    PEER_TEXT = ("why", "limits")

    id: Id
    why: Text
    limits: Text


class Scenario(_Model):
    """A made-up person's situation to discuss, in ``content/<lang>/scenarios/<id>.yaml``."""

    PEER_TEXT = ("title", "who", "vignette", "prompts", "peer_might_say")

    id: Id
    title: Name
    who: ShortText
    substances: tuple[ShortText, ...] = Field(min_length=1)
    vignette: Text
    prompts: tuple[Text, ...] = Field(min_length=3)
    might_fit: tuple[MightFit, ...] = Field(min_length=2)
    peer_might_say: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class Answer(_Model):
    """One choice in a knowledge check."""

    PEER_TEXT = ("text",)

    text: Text
    correct: bool = False


class Check(_Model):
    """A multiple-choice question with one right answer and a sourced explanation."""

    PEER_TEXT = ("question", "explanation")

    id: Id
    question: Text
    myth: bool = False
    choices: tuple[Answer, ...] = Field(min_length=2, max_length=5)
    explanation: Text
    sources: tuple[Source, ...] = Field(min_length=1)

    @property
    def right(self) -> int:
        """The index of the right answer."""
        return next(i for i, c in enumerate(self.choices) if c.correct)


class Quiz(_Model):
    """The knowledge checks, as described in ``content/<lang>/quiz.yaml``."""

    questions: tuple[Check, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class RegionEntry(_Model):
    """One place to get help: a line to call, a service, a finder. Every entry names the page
    its facts come from and the day someone last checked that page."""

    PEER_TEXT = ("what",)

    kind: RegionKind
    name: Name
    what: Text
    """What it is and who it is for, in a sentence or two."""
    phone: str | None = None
    """As it is dialled: 988, or 1-800-662-4357 (the content check knows the formats)."""
    sms: str | None = None
    """A number to text: a short code such as 988."""
    tty: str | None = None
    """A number for a text telephone (TTY), for people who are deaf or hard of hearing."""
    url: WebAddress
    languages: tuple[Literal["en", "es"], ...] = ("en",)
    """The languages it serves people in."""
    source: WebAddress
    """The page its facts come from."""
    verified_on: dt.date
    """The day someone last read that page and found the entry right."""


class Region(_Model):
    """Help near a person, in ``content/<lang>/regions/<id>.yaml``: the whole country
    (``scope: national``) or one state, whose entries are shown before the national ones."""

    PEER_TEXT = ("name",)

    id: Id
    name: Name
    scope: RegionScope
    entries: tuple[RegionEntry, ...] = Field(min_length=1)
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""


class PeerNote(_Model):
    """A side note for the peer specialist on one step: what to ask, and what not to say."""

    PEER_TEXT = ("ask", "avoid")

    ask: tuple[Text, ...] = ()
    """Questions to ask, in the person's own words where possible."""
    avoid: tuple[Text, ...] = ()
    """What not to say or do on this step (a peer informs and refers; no personal opinion)."""


class ConversationStep(_Model):
    """One step of the guided conversation: what the screen says, and the side note."""

    PEER_TEXT = ("title", "say")

    id: Id
    kind: StepKind
    title: Name
    say: Text
    """What the screen says to the person at the top of the step."""
    options: tuple[ShortText, ...] = ()
    """For a ``decide`` step: things a person may want to decide, to pick one of."""
    peer: PeerNote | None = None


class SureQuestion(_Model):
    """One question of the SURE test, as published (its terms do not allow rewording)."""

    PEER_TEXT = ()  # published wording: not rewritten for reading level

    id: SureItem
    ask: Text


class Sure(_Model):
    """The SURE test of how sure a person feels about a decision, and its source."""

    PEER_TEXT = ("note",)

    questions: tuple[SureQuestion, ...] = Field(min_length=4, max_length=4)
    note: Text
    """Said under the questions: what a "no" means, without blame."""
    source: Source
    """The publication; its terms ask that it is cited wherever the questions are shown."""


class StrengthDomain(_Model):
    """A kind of recovery capital the checklist asks about, and where the idea comes from."""

    PEER_TEXT = ("name",)

    id: Id
    name: Name
    sources: tuple[Id, ...] = Field(min_length=1)


class StrengthItem(_Model):
    """One statement of the strengths checklist, in one domain."""

    PEER_TEXT = ("text",)

    id: Id
    domain: Id
    text: Text


class Strengths(_Model):
    """An original strengths checklist: statements a person answers yes, partly or not yet.

    It is not a validated scale: it gives no score and no cut-off, only strengths by domain."""

    PEER_TEXT = ("title", "about")

    title: Name
    about: Text
    """What the checklist is and is not, said above it."""
    domains: tuple[StrengthDomain, ...] = Field(min_length=1)
    items: tuple[StrengthItem, ...] = Field(min_length=1, max_length=12)


class Conversation(_Model):
    """The guided conversation for a peer specialist and a person, as described in
    ``content/<lang>/conversation.yaml``: its steps in order, the SURE test and the
    strengths checklist, and the sources they draw on."""

    PEER_TEXT = ("title", "intro")

    title: Name
    intro: Text
    steps: tuple[ConversationStep, ...] = Field(min_length=1)
    sure: Sure | None = None
    """Needed when a step is of kind ``sure``."""
    strengths: Strengths | None = None
    """Needed when a step is of kind ``strengths``."""
    sources: tuple[Source, ...] = ()
    """What the strengths domains cite."""
    checks: ContentChecks | None = None
    """Warnings this file is allowed to have, each with its reason."""
    translation: Translation | None = None
    """Only in a translated file (``content/<lang>/``, not ``content/en/``)."""
