"""Problems in content files, listed the same way wherever they are shown."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from pathways import Problem


def problem_list(problems: Sequence[Problem]) -> None:
    """Each problem on its own line as ``path:line: field: message``, ready to copy."""
    st.code("\n".join(str(p) for p in problems), language=None, wrap_lines=True)
