"""The shared vocabulary every pathway file is written in.

Allowed values live here, as constants, so that content can be compared across pathways
and a typo in a content file is caught by the checks instead of silently creating a new
category. Change the vocabulary here and every check, chart and page follows.
"""

from __future__ import annotations

from dataclasses import dataclass


def N_(text: str) -> str:
    """Mark a text a person reads for translation where it is defined; it is translated
    where it is shown (``make messages`` collects it)."""
    return text


LANGUAGE = "en"
"""The content language folder the app reads (content/<LANGUAGE>/pathways)."""

MAX_FILE_BYTES = 1024 * 1024
"""Files larger than this are refused before they are parsed."""

MAX_UPLOADS = 10
"""Most files one person can try in the app at a time."""

MAX_UPLOADS_PER_MINUTE = 20
"""Most files one person can have checked in a minute: each check costs the server CPU."""

CARDS_PER_PAGE = 12
"""Pathway cards the home page shows at a time; with more pathways it shows them in pages."""

MAX_COMPARED = 12
"""Most pathways compared in detail at once (columns and charts); the chart of all pathways
still shows every one."""

MAX_NESTING = 32
"""Deepest nesting of lists and mappings a content file may use."""

MAX_ITEMS = 1000
"""Most items in any one list or mapping of a content file."""

MAX_VALUES = 20_000
"""Most values (keys, text, numbers, lists and mappings) in one content file: the largest
shipped file has about 1,300."""

MAX_PROBLEMS = 50
"""Most problems listed for one file; a last line says how many more there are."""

SCORE_MIN, SCORE_MAX = 0, 4
"""Ratings run from SCORE_MIN to SCORE_MAX inclusive."""

NAME_MAX = 120
"""Longest name a pathway, support or scenario may have."""

LABEL_MAX = 24
"""Longest label on a chart: a pathway's name, or else its short name, must fit."""

BIDI_CONTROLS = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
"""Invisible marks that change the direction of text: they can make it read backwards."""

C1_CONTROLS = frozenset(map(chr, range(0x80, 0xA0)))
"""Control characters from U+0080 to U+009F: never part of text a person reads."""


@dataclass(frozen=True)
class Dimension:
    """One fixed rating dimension, with what its lowest and highest scores mean."""

    id: str
    label: str
    short: str
    """A chart's label for it: a few words that say what a high score is more of."""
    question: str
    low: str
    high: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension(
        "abstinence_expectation",
        N_("Abstinence expectation"),
        N_("Abstinence expected"),
        N_("How much does the pathway expect a person to stop using completely?"),
        N_("no expectation; any positive change counts"),
        N_("complete abstinence is the goal from the start"),
    ),
    Dimension(
        "medication_role",
        N_("Role of medication"),
        N_("Medication role"),
        N_("How central are medications for addiction treatment?"),
        N_("medication plays no part"),
        N_("medication is at the centre of the pathway"),
    ),
    Dimension(
        "spiritual_content",
        N_("Spiritual or religious content"),
        N_("Spiritual content"),
        N_("How much spiritual or religious practice is part of the pathway?"),
        N_("none"),
        N_("faith or spiritual practice is at the heart of it"),
    ),
    Dimension(
        "peer_group_involvement",
        N_("Peer and group involvement"),
        N_("Peers & groups"),
        N_("How much does the pathway rely on peers and groups?"),
        N_("done alone or one-to-one with a professional"),
        N_("peers and groups are the main source of help"),
    ),
    Dimension(
        "professional_involvement",
        N_("Professional involvement"),
        N_("Professionals"),
        N_("How much does the pathway involve clinicians or other professionals?"),
        N_("no professionals involved"),
        N_("professionals lead the care"),
    ),
    Dimension(
        "structure",
        N_("Structure"),
        N_("Set structure"),
        N_("How structured is the pathway (set steps, schedules, rules)?"),
        N_("open and flexible; the person sets the pace"),
        N_("a fixed programme of steps, schedules or rules"),
    ),
    Dimension(
        "cost_access_barriers",
        N_("Cost and access barriers"),
        N_("Cost & barriers"),
        N_("How hard is it to get started (cost, waiting, paperwork, distance)?"),
        N_("free and easy to reach in most places"),
        N_("costly, or hard to reach for many people"),
    ),
    Dimension(
        "privacy",
        N_("Privacy"),
        N_("Can stay private"),
        N_("How private can taking part be?"),
        N_("others will know: records, public meetings or a close community"),
        N_("can stay fully private or anonymous"),
    ),
    Dimension(
        "time_to_start",
        N_("How soon help starts"),
        N_("Starts soon"),
        N_("How soon can help start, from the first call or visit?"),
        N_("often weeks of waiting, paperwork or appointments"),
        N_("the same day, with no appointment"),
    ),
    Dimension(
        "family_involvement",
        N_("Family involvement"),
        N_("Family part"),
        N_("How much are family and friends part of the pathway?"),
        N_("family and friends have no part in it"),
        N_("family and friends have a clear part, with their own groups or sessions"),
    ),
    Dimension(
        "research_evidence",
        N_("Strength of research evidence"),
        N_("Research evidence"),
        N_("How strong is the research that it helps people with substance use?"),
        N_("no trials found"),
        N_("consistent results from many good trials"),
    ),
)
DIMENSION_IDS: tuple[str, ...] = tuple(d.id for d in DIMENSIONS)
DIMENSION_LABELS: dict[str, str] = {d.id: d.label for d in DIMENSIONS}
SHORT_LABELS: dict[str, str] = {d.label: d.short for d in DIMENSIONS}

THEMES: dict[str, str] = {
    "hope": N_("Hope that recovery is possible"),
    "person-driven": N_("The person chooses their own goals and path"),
    "many-pathways": N_("There are many ways to recover"),
    "whole-person": N_("Body, mind, spirit and daily life together"),
    "peer-support": N_("Support from people with lived experience"),
    "relationships": N_("Family, friends and community"),
    "culture": N_("Respect for culture and background"),
    "trauma-informed": N_("Awareness of trauma and its effects"),
    "responsibility": N_("Building on strengths and taking responsibility"),
    "respect": N_("Dignity and freedom from stigma"),
    "safety": N_("Staying alive and reducing harm"),
    "health-care": N_("Medical and health care"),
    "abstinence": N_("Stopping use completely"),
    "spirituality": N_("Spiritual or religious life"),
    "service": N_("Helping others"),
    "self-management": N_("Practical skills to manage cravings and choices"),
}
"""Principle themes, loosely following SAMHSA's working definition of recovery."""

THEME_LABELS: dict[str, str] = {
    "hope": N_("Hope"),
    "person-driven": N_("Own choice"),
    "many-pathways": N_("Many ways"),
    "whole-person": N_("Whole person"),
    "peer-support": N_("Peer support"),
    "relationships": N_("Relationships"),
    "culture": N_("Culture"),
    "trauma-informed": N_("Trauma aware"),
    "responsibility": N_("Strengths"),
    "respect": N_("Respect"),
    "safety": N_("Safety"),
    "health-care": N_("Health care"),
    "abstinence": N_("Abstinence"),
    "spirituality": N_("Spirituality"),
    "service": N_("Helping others"),
    "self-management": N_("Self-management"),
}
"""Each theme in a word or two, for chart labels and lists (the id is for files only)."""

WHEN: dict[str, str] = {
    "today": N_("Today"),
    "this-week": N_("This week"),
    "this-month": N_("This month"),
    "ongoing": N_("Ongoing"),
}
"""When a first step happens, in the order the charts show them."""

SUPPORT_TYPES: dict[str, str] = {
    "people": N_("People"),
    "places": N_("Places"),
    "services": N_("Services"),
    "practices": N_("Practices"),
}

CERTAINTY: dict[str, str] = {
    "high": N_("High"),
    "moderate": N_("Moderate"),
    "low": N_("Low"),
    "very-low": N_("Very low"),
    "no-trials": N_("No trials found"),
}
"""How sure the research is, from most to least certain."""

GRADED_BY: dict[str, str] = {
    "source": N_("the source's own grade"),
    "editors": N_("the editors' judgement"),
}
"""Who gave an evidence statement its certainty: the source itself, or the editors."""

PERIOD_DAYS: dict[str, float] = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25}
"""Units a natural frequency's period may use (``2 weeks``, ``1 year``), in days."""

PERIOD_UNITS: tuple[str, ...] = tuple(PERIOD_DAYS)

ABSTINENCE_ASKED = 3
"""A pathway whose abstinence expectation is this or more asks people to stop, so it needs a
first step about stopping alcohol or benzodiazepines safely."""

REQUIRED_SAFETY: dict[str, str] = {
    "overdose-response": N_("what to do if someone may have overdosed, naloxone included"),
    "stopping-alcohol-or-benzodiazepines": N_(
        "stopping alcohol or benzodiazepines can be dangerous"
    ),
}
"""Safety facts the about file must keep: every pathway page and Compare show them."""

WITHDRAWAL_STEP: tuple[tuple[str, ...], ...] = (
    ("benzodiazepine",),
    ("alcohol", "drink"),
    ("doctor", "clinic", "nurse", "prescriber"),
)
"""The first step about stopping safely names, in one step, a word from each group: that it is
about benzodiazepines and alcohol, and that a doctor or clinic should be asked first."""

STANDARD_DENOMINATOR = 1000
"""Natural frequencies use this many people, so numbers compare across pathways."""

READING_GRADE_AVERAGE = 8.0
"""Highest Flesch-Kincaid grade for a file's peer-facing text taken together."""

READING_GRADE_FIELD = 10.0
"""Highest Flesch-Kincaid grade for any one peer-facing field."""

INFLESZ_AVERAGE = 55.0
"""Lowest Szigriszt-Pazos perspicuity for a file's Spanish text taken together: "normal" or
easier on the INFLESZ scale (Barrio-Cantalejo and others, An Sist Sanit Navar 2008;31(2):
135-152, validated on texts for patients: below 40 very hard, 40-55 somewhat hard, 55-65
normal, 65-80 quite easy, 80 and above very easy)."""

INFLESZ_FIELD = 40.0
"""Lowest perspicuity for any one Spanish field: not "very hard" on the INFLESZ scale."""

MAX_GRADED_WORDS = 2000
"""Only this many words of one text are graded: the longest shipped field has about 120."""

MAX_GRADED_FILE_WORDS = 20_000
"""Only this many words of one file are graded; the largest shipped file has about 2,200."""

MAX_GRADED_WORD = 30
"""Longer words are cut to this many characters before grading; the syllable counter's cost
grows with a word's length, and no plain English word is this long."""

GRADING_SECONDS = 10.0
"""Longest an upload's reading grades may take in the grading worker before they are skipped."""

GRADING_WAIT = 20.0
"""Longest an upload waits for the grading worker to finish other people's files."""

GRADING_MEMORY = 1024 * 1024 * 1024
"""Most memory the grading worker may use (bytes); its dictionaries take about 200 MB."""

GRADING_TASKS = 32
"""Jobs a grading worker does before it is replaced, so its caches never grow for long."""

READING_MIN_WORDS = 8
"""Fields shorter than this are not graded alone: a grade of a few words means little."""

BALANCE_RATIO = 1.5
"""Strengths and limitations may differ in length by at most this factor, either way."""

REVIEW_EVERY_DAYS = 365
"""A file not reviewed for longer than this is reported as due for review."""

PERSON_FIRST: tuple[tuple[str, str], ...] = (
    (r"addicts?|junkies?", "person with a substance use disorder, or person who uses drugs"),
    (r"(?:drug|substance) users?", "person who uses drugs"),
    (r"alcoholics?|drunks?", "person with alcohol use disorder"),
    (r"(?:drug|substance|alcohol) abuse", "substance use, misuse or harmful use"),
    (r"abusers?", "person with a substance use disorder"),
    (
        r"(?:stay|stays|staying|stayed|get|gets|getting|got|be|being|been|is|are|was|were)"
        r" (?:clean|dirty)|clean (?:time|date)|(?:clean|dirty) (?:urine|tests?|screens?)",
        "not using, in recovery; tested negative or positive",
    ),
    (
        r"replacement therapy|substitution(?: therapy| treatment)?",
        "medication for addiction treatment, MOUD",
    ),
    (r"detox(?:es|ing|ed)?|detoxification", "withdrawal management"),
    (r"relapse[sd]?|relapsing", "return to use"),
)
"""Stigmatising words (regular expressions, whole words, any case) and what to say instead.

From NIDA's "Words Matter" and the ONDCP's guidance on language about addiction."""

PLAIN_WORDS: tuple[tuple[str, str], ...] = (
    (
        r"person-years?",
        "a count of people over a stated time, e.g. about 2 in 1,000 over two weeks",
    ),
    (r"(?:adjusted )?(?:rate|risk|odds|hazard) ratios?", "about N times as likely"),
    (r"NNT|numbers? needed to treat", "for every N people who took it, about 1 more ..."),
    (r"heavy drinkers?", "people who drink heavily"),
    (r"drug-free (?:tests?|urine|screens?)", "a test that shows no drugs"),
)
"""Jargon and labels that a peer should not have to read, and what to say instead."""

EXEMPT_NAMES: tuple[str, ...] = (
    "Alcoholics Anonymous",
    "Adult Children of Alcoholics",
    "Substance Abuse and Mental Health Services Administration",
    "National Institute on Drug Abuse",
    "National Institute on Alcohol Abuse and Alcoholism",
)
"""Names of organisations, kept as they are written even where they use older words."""

PERSON_FIRST_ES: tuple[tuple[str, str], ...] = (
    (
        r"adict[oa]s?|drogadict[oa]s?|toxic[oó]man[oa]s?|yonquis?|junkies?",
        "persona con un trastorno por consumo de sustancias, o persona que consume drogas",
    ),
    (
        r"(?<!bebidas )(?<!bebida )alcoh[oó]lic[oa]s?|borrach[oa]s?",
        "persona con un trastorno por consumo de alcohol",
    ),
    (
        r"abuso de (?:sustancias|drogas|alcohol)|abusador(?:es|as?)?",
        "consumo de sustancias, consumo dañino o problemático",
    ),
    (
        r"(?:estar|est[aá]|est[aá]n|estaba|estuvo|mantenerse|se mantiene|seguir|sigue)"
        r" (?:limpi[oa]s?|suci[oa]s?)"
        r"|(?:prueba|orina|an[aá]lisis|examen)(?:es|s)? (?:limpi[oa]s?|suci[oa]s?)",
        "sin consumir, en recuperación; dio negativo o positivo en la prueba",
    ),
    (
        r"terapia de (?:reemplazo|sustituci[oó]n)|tratamiento de sustituci[oó]n",
        "medicamentos para tratar la adicción, MOUD",
    ),
    (r"desintoxicaci[oó]n|desintoxicar(?:se)?|detox", "manejo de la abstinencia"),
    (r"reca[ií]das?|recaer|reca[ií]d[oa]", "volver a consumir"),
    (r"vicios?", "consumo"),
)
"""The same for Spanish text: words that label people, and what to say instead."""

PLAIN_WORDS_ES: tuple[tuple[str, str], ...] = (
    (r"a[nñ]os[- ]persona|personas[- ]a[nñ]o", "un número de personas en un tiempo dado"),
    (
        r"(?:raz[oó]n|cociente) de (?:riesgos?|tasas?|probabilidades|momios)|riesgo relativo"
        r"|odds ratio",
        "unas N veces más probable",
    ),
    (r"NNT|n[uú]mero necesario (?:a|para) tratar", "por cada N personas, cerca de 1 más ..."),
    (r"bebedor(?:es|as?)? (?:fuertes?|empedernid[oa]s?)", "personas que beben mucho"),
)
"""Jargon and labels in Spanish text, and what to say instead."""

EXEMPT_NAMES_ES: tuple[str, ...] = (
    "Alcohólicos Anónimos",
    "Hijos Adultos de Alcohólicos",
    "Administración de Servicios de Salud Mental y Abuso de Sustancias",
)
"""Names of organisations as written in Spanish, kept as they are."""

WITHDRAWAL_STEP_ES: tuple[tuple[str, ...], ...] = (
    ("benzodiazepina", "benzodiacepina"),  # both spellings are in use
    ("alcohol", "beb"),
    ("médic", "doctor", "clínica", "enferm", "profesional"),
)
"""The groups of :data:`WITHDRAWAL_STEP` in Spanish text."""


REGION_KINDS: dict[str, str] = {
    "help-line": N_("Help lines"),
    "naloxone": N_("Naloxone"),
    "harm-reduction": N_("Harm reduction services"),
    "treatment-finder": N_("Finding treatment"),
    "meeting-finder": N_("Finding mutual-help meetings"),
    "peer-support": N_("Peer support"),
}
"""What an entry of a region pack can be, in the order Help near you shows them."""

REGION_SCOPES: tuple[str, ...] = ("national", "state")
"""A region pack covers the whole country or one state."""

STALE_AFTER_DAYS = 183
"""An entry of a region pack last checked longer ago than this (about six months) is out of
date: the content check warns, and the page says so beside it."""

PHONE_PATTERN = r"^(?:[2-9]11|988|1-[2-9]\d{2}-\d{3}-\d{4})$"
"""How a phone number in a region pack is written, as it is dialled in the United States:
a three-digit service number (911, 211, 988) or 1-AAA-NNN-NNNN."""

SMS_PATTERN = r"^\d{3,6}$"
"""A number to send a text message to: a short code of three to six digits (988, 435748)."""


@dataclass(frozen=True)
class Reading:
    """How the content check scores how easy text in one language is to read: a readability
    formula of textstat's (``textstat.backend.metrics``), the language it counts syllables
    in, the limits for one field and for a file taken together, and which way is easier."""

    formula: str
    locale: str
    field_limit: float
    average_limit: float
    lower_is_easier: bool
    field_message: str
    """What a field past the limit is told, with ``{level}`` and ``{limit}``."""
    file_message: str
    """What a file past the average limit is told, with ``{level}`` and ``{limit}``."""

    def too_hard(self, level: float, limit: float) -> bool:
        """Whether a score is past a limit, on this formula's side of it."""
        return level > limit if self.lower_is_easier else level < limit


FLESCH_KINCAID = Reading(
    "flesch_kincaid_grade",
    "en_US",
    READING_GRADE_FIELD,
    READING_GRADE_AVERAGE,
    lower_is_easier=True,
    field_message=N_(
        "reads at grade {level:g}, above {limit:g}; use shorter sentences and everyday words"
    ),
    file_message=N_(
        "its text reads at grade {level:g} on average, above {limit:g}; use shorter sentences "
        "and everyday words"
    ),
)
"""English: the Flesch-Kincaid grade level (a US school grade; lower is easier)."""

INFLESZ = Reading(
    "szigriszt_pazos",
    "es",
    INFLESZ_FIELD,
    INFLESZ_AVERAGE,
    lower_is_easier=False,
    field_message=N_(
        "scores {level:g} on the INFLESZ scale, below {limit:g} (very hard); use shorter "
        "sentences and everyday words"
    ),
    file_message=N_(
        "its text scores {level:g} on the INFLESZ scale on average, below {limit:g} (normal); "
        "use shorter sentences and everyday words"
    ),
)
"""Spanish: Szigriszt-Pazos perspicuity read on the INFLESZ scale (0 to 100; higher is
easier). Flesch-Kincaid counts English syllables and would misjudge Spanish."""


@dataclass(frozen=True)
class TextRules:
    """The word lists the content rules use for text in one language."""

    person_first: tuple[tuple[str, str], ...]
    plain_words: tuple[tuple[str, str], ...]
    exempt_names: tuple[str, ...]
    withdrawal_step: tuple[tuple[str, ...], ...]
    reading: Reading
    """How easy to read the text must be."""


TEXT_RULES: dict[str, TextRules] = {
    "en": TextRules(PERSON_FIRST, PLAIN_WORDS, EXEMPT_NAMES, WITHDRAWAL_STEP, FLESCH_KINCAID),
    "es": TextRules(
        PERSON_FIRST_ES,
        PLAIN_WORDS_ES,
        EXEMPT_NAMES + EXEMPT_NAMES_ES,
        WITHDRAWAL_STEP_ES,
        INFLESZ,
    ),
}
"""The rules for each content language, by its folder name."""

FIT: dict[str, str] = {
    "lines-up": N_("Lines up"),
    "partly": N_("Partly"),
    "pulls-against": N_("Pulls against"),
}
"""How a pathway's rating sits with an answer, from closest to furthest."""

FIT_LINES_UP_WITHIN = 1
"""A rating this many points or fewer from what an answer wants lines up with it."""

FIT_PULLS_FROM = 3
"""A rating this many points or more from what an answer wants pulls against it."""

STEP_KINDS: dict[str, str] = {
    "decide": N_("What you want to decide"),
    "sure": N_("How sure you feel"),
    "matters": N_("What matters to you"),
    "fit": N_("Pathways side by side"),
    "strengths": N_("Your strengths"),
    "plan": N_("Your plan"),
}
"""What a step of the guided conversation shows, and what it is called when no title is
given. A ``sure`` step may come twice: the plan prints the first and the last side by side."""

STRENGTH_ANSWERS: dict[str, str] = {
    "yes": N_("Yes"),
    "partly": N_("Partly"),
    "not-yet": N_("Not yet"),
}
"""How a person answers an item of the strengths checklist. There is no total: the answers
are shown by domain, strengths first, and never added up into a score."""

SURE_ANSWERS: dict[str, str] = {"yes": N_("Yes"), "no": N_("No")}
"""The SURE test's two answers (yes scores 1, no scores 0; Légaré et al. 2010)."""

SURE_ITEMS: tuple[str, ...] = ("sure", "understand", "risk-benefit", "encouragement")
"""The ids of the SURE test's four questions, in their order: Sure of myself, Understand
information, Risk-benefit ratio, Encouragement."""

SURE_WORDING: dict[str, str] = {
    "sure": "Do you feel SURE about the best choice for you?",
    "understand": "Do you know the benefits and risks of each option?",
    "risk-benefit": "Are you clear about which benefits and risks matter most to you?",
    "encouragement": "Do you have enough support and advice to make a choice?",
}
"""The SURE test's questions as published (O'Connor and Légaré 2008). Their terms of use allow
them free of charge, cited, and not altered: the content check holds an original file to them."""

MEETING_TYPES: dict[str, str] = {
    "online": N_("Online"),
    "A": N_("Secular"),
    "S": N_("Spanish"),
    "O": N_("Open"),
    "C": N_("Closed"),
    "BE": N_("Newcomer"),
    "W": N_("Women"),
    "M": N_("Men"),
    "LGBTQ": N_("LGBTQ"),
    "ASL": N_("American Sign Language"),
    "X": N_("Wheelchair Access"),
}
"""The meeting types Help near you lets a person pick, by their codes in the Meeting Guide
specification, with its labels (``data/types.json`` of code4recovery/spec; the Spanish
catalogue uses its Spanish labels too). ``online`` is a meeting with a link or a phone number
to join. Other codes in a feed are kept but not shown."""
