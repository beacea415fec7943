"""Modules loaded on first use, so the first page after a start does not wait for them.

Charts (plotly), tables (pandas) and the plan (fpdf2) take about a second to import; the home
page and the frame need none of them. ``lazy(name)`` returns the module at once and imports it
the first time one of its names is used (the standard library's ``importlib.util.LazyLoader``).
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """The module ``name``, imported when first used (or now, if it already is)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
