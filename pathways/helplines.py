"""Help lines shown on every page. They live in code, so no content file can remove them."""

from __future__ import annotations

from dataclasses import dataclass


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

HELP_STRIP = (
    "Need help now? Call or text **988** (Suicide & Crisis Lifeline) · "
    "SAMHSA National Helpline **1-800-662-4357** (free, confidential, 24/7) · "
    "Suspected overdose: call **911**"
)
