"""Modules imported on first use, so the first page after a start does not wait for them.

Charts (plotly), tables (pandas) and the plan (fpdf2) take about a second to import; the frame
and the home page need none of them. ``later(name)`` stands in for a module and imports it the
first time one of its names is used. It goes through ``importlib.import_module`` every time,
which is thread-safe: a page that asks while another thread is importing the module waits for
it to finish instead of seeing half of it.
"""

from __future__ import annotations

import importlib
from typing import Any


class later:
    """A stand-in for the module ``name``, imported when one of its names is first used."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<module {self._name!r}, imported on first use>"
