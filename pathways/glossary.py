"""Which glossary terms a text uses, so a page can explain the words it shows."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Glossary, Term


def _pattern(term: Term) -> re.Pattern[str]:
    forms = sorted(term.forms, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?:e?s)?(?![\w-])",
        re.IGNORECASE,
    )


def terms_in(glossary: Glossary | None, texts: Iterable[str]) -> list[Term]:
    """The glossary terms that appear in any of the texts, in glossary order."""
    if glossary is None:
        return []
    joined = "\n".join(texts)
    return [term for term in glossary.terms if _pattern(term).search(joined)]


def search(glossary: Glossary | None, query: str) -> list[Term]:
    """Terms whose word, other forms or definition contain every word of the query."""
    if glossary is None:
        return []
    words = query.casefold().split()
    return [
        term
        for term in glossary.terms
        if all(word in " ".join((*term.forms, term.definition)).casefold() for word in words)
    ]
