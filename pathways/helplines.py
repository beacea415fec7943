"""Help lines and the floor of safety facts. They live in code, so no content file can remove them."""

from __future__ import annotations

from dataclasses import dataclass

from .models import SafetyFact, Source


@dataclass(frozen=True)
class HelpLine:
    name: str
    how: str
    url: str


HELP_LINES: tuple[HelpLine, ...] = (
    HelpLine(
        "988 Suicide & Crisis Lifeline",
        "call or text 988, or chat at 988lifeline.org; covers substance use crises too",
        "https://988lifeline.org",
    ),
    HelpLine(
        "SAMHSA National Helpline",
        "1-800-662-4357 (1-800-662-HELP), TTY 1-800-487-4889; free, confidential, 24/7, "
        "English and Spanish; it refers to local services",
        "https://www.samhsa.gov/find-help/helplines/national-helpline",
    ),
    HelpLine("911", "for immediate danger, including a suspected overdose", "tel:911"),
)

HELP_LINES_ES: tuple[HelpLine, ...] = (
    HelpLine(
        "Línea 988 de Prevención del Suicidio y Crisis",
        "llame al 988 y oprima 2 para español, envíe AYUDA por texto al 988, o chatee en "
        "988lifeline.org; también atiende crisis por consumo de sustancias",
        "https://988lifeline.org",
    ),
    HelpLine(
        "Línea Nacional de Ayuda de SAMHSA",
        "1-800-662-4357 (1-800-662-HELP), TTY 1-800-487-4889; gratis, confidencial, 24/7, "
        "en inglés y español; le refiere a servicios locales",
        "https://www.samhsa.gov/find-help/helplines/national-helpline",
    ),
    HelpLine("911", "ante un peligro inmediato, incluida una posible sobredosis", "tel:911"),
)
"""The same in Spanish, for the plan a person takes home."""

HELP_LINES_IN: dict[str, tuple[HelpLine, ...]] = {"en": HELP_LINES, "es": HELP_LINES_ES}

HELP_STRIP = (
    "Need help now? Call **[988](tel:988)** or text **[988](sms:988)** (Suicide & Crisis "
    "Lifeline) · SAMHSA National Helpline **[1-800-662-4357](tel:+18006624357)** (free, "
    "confidential, 24/7) · Suspected overdose: call **[911](tel:911)**"
)
"""The help lines at the top of every page (Markdown). Each number is a link a phone calls or
texts with one tap."""

HELP_STRIP_ES = (
    "¿Necesita ayuda ahora? Llame al **[988](tel:988)** y oprima 2 para español, o envíe la "
    "palabra AYUDA por texto al **[988](sms:988)** (Línea 988 de Prevención del Suicidio y "
    "Crisis) · Línea Nacional de Ayuda de SAMHSA **[1-800-662-4357](tel:+18006624357)** "
    "(gratis, confidencial, 24/7, en inglés y español) · Posible sobredosis: llame al "
    "**[911](tel:911)**"
)
"""The same in Spanish. 988 answers calls in Spanish after pressing 2, and texts in Spanish
to the word AYUDA (988lifeline.org/get-help/what-to-expect); the SAMHSA line answers in
English and Spanish (samhsa.gov/find-help/helplines/national-helpline)."""

HELP_STRIPS: dict[str, str] = {"en": HELP_STRIP, "es": HELP_STRIP_ES}
"""The help strip in each language the app can be read in."""


def _source(source_id: str, citation: str, url: str) -> Source:
    return Source(id=source_id, citation=citation, url=url)


SAFETY_FLOOR: tuple[SafetyFact, ...] = (
    SafetyFact(
        id="overdose-response",
        title="If someone may have overdosed",
        text=(
            "Call 911 and give naloxone if you have it. Try to keep the person awake and "
            "breathing, lay them on their side, and stay with them until help comes. Naloxone "
            "wears off in about 30 to 90 minutes, so the overdose can come back."
        ),
        sources=(
            _source(
                "cdc-overdose-response",
                "Centers for Disease Control and Prevention. What to do if you think someone is "
                "overdosing (Stop Overdose).",
                "https://www.cdc.gov/stop-overdose/response/index.html",
            ),
            _source(
                "nhrc-overdose-aftercare",
                "National Harm Reduction Coalition. Overdose response: withdrawal and "
                "re-overdose risk (aftercare).",
                "https://harmreduction.org/issues/overdose-prevention/overview/overdose-basics/"
                "responding-to-opioid-overdose/aftercare/",
            ),
        ),
    ),
    SafetyFact(
        id="stopping-alcohol-or-benzodiazepines",
        title="Talk to a doctor before you stop heavy daily drinking or benzodiazepines",
        text=(
            "If you drink heavily every day, or take benzodiazepines, talk to a doctor or "
            "clinic before you stop. Stopping suddenly can cause seizures or deep confusion "
            "(delirium)."
        ),
        sources=(
            _source(
                "saitz-1998",
                "Saitz R. Introduction to alcohol withdrawal. Alcohol Health and Research World. "
                "1998;22(1):5-12.",
                "https://www.ncbi.nlm.nih.gov/pubmed/15706727",
            ),
            _source(
                "fda-benzodiazepines-2020",
                "U.S. Food and Drug Administration. FDA requiring Boxed Warning updated to "
                "improve safe use of benzodiazepine drug class. Drug Safety Communication, "
                "23 September 2020.",
                "https://www.fda.gov/drugs/drug-safety-and-availability/"
                "fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class",
            ),
        ),
    ),
)
"""The two safety facts every page must show, in short. They live in code, like the help
lines, and stand in for the content file's fuller facts when that file is broken or lacks them."""


def safety_facts(content_facts: tuple[SafetyFact, ...]) -> tuple[SafetyFact, ...]:
    """The content's safety facts, with the floor's version of any required fact it lacks."""
    have = {fact.id for fact in content_facts}
    return (*(f for f in SAFETY_FLOOR if f.id not in have), *content_facts)
