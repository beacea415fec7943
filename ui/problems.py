"""Problems in content files, listed the same way wherever they are shown."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from pathways import Problem
from pathways.i18n import speaking

from .language import current


def problem_list(problems: Sequence[Problem]) -> None:
    """Each problem on its own line as ``path:line: field: message``, ready to copy; the
    message in the reader's language."""
    with speaking(current()):
        lines = "\n".join(p.told() for p in problems)
    st.code(lines, language=None, wrap_lines=True)
