"""Problems in content files, listed the same way wherever they are shown; counted words."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from pathways import Problem


def plural(count: int, word: str, many: str | None = None) -> str:
    """ "1 problem", "2 problems" ("many" for words that do not just add an s). English only:
    what a person reads is counted with ``n_("{n} problem", "{n} problems", count)``."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def problem_list(problems: Sequence[Problem]) -> None:
    """Each problem on its own line as ``path:line: field: message``, ready to copy."""
    st.code("\n".join(str(p) for p in problems), language=None, wrap_lines=True)
