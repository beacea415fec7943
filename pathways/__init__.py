"""Pathways: recovery pathways described in YAML, checked, compared and charted.

This package holds the domain: models, loader, content rules, comparison tables and chart
builders. It never imports streamlit, so everything here can be tested and reused alone.
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import (
    conversation,
    glossary,
    i18n,
    language,
    links,
    meetings,
    regions,
    session,
    uploads,
    viewmodels,
)

if TYPE_CHECKING:
    from . import charts, export, fit, plan, schema, tables

from .helplines import HELP_LINES, HELP_STRIP, HELP_STRIPS
from .loader import Content, load_content, load_file, load_files
from .models import (
    Compatibility,
    Evidence,
    FirstStep,
    Pathway,
    Principle,
    Rating,
    SafetyFact,
    Source,
    Statement,
    Support,
)
from .problems import Problem
from .session import session_content
from .store import content_dir, current_content
from .text import label, link, plain
from .uploads import Uploads
from .vocab import (
    CERTAINTY,
    DIMENSIONS,
    FIT,
    GRADED_BY,
    SCORE_MAX,
    SCORE_MIN,
    SUPPORT_TYPES,
    THEME_LABELS,
    THEMES,
    WHEN,
)

__all__ = [
    "CERTAINTY",
    "DIMENSIONS",
    "FIT",
    "GRADED_BY",
    "HELP_LINES",
    "HELP_STRIP",
    "HELP_STRIPS",
    "SCORE_MAX",
    "SCORE_MIN",
    "SUPPORT_TYPES",
    "THEMES",
    "THEME_LABELS",
    "WHEN",
    "Compatibility",
    "Content",
    "Evidence",
    "FirstStep",
    "Pathway",
    "Principle",
    "Problem",
    "Rating",
    "SafetyFact",
    "Source",
    "Statement",
    "Support",
    "Uploads",
    "charts",
    "content_dir",
    "conversation",
    "current_content",
    "export",
    "fit",
    "glossary",
    "i18n",
    "label",
    "language",
    "link",
    "links",
    "load_content",
    "load_file",
    "load_files",
    "meetings",
    "plain",
    "plan",
    "regions",
    "schema",
    "session",
    "session_content",
    "tables",
    "uploads",
    "viewmodels",
]

LATER = ("charts", "export", "fit", "plan", "schema", "tables")
"""Modules imported when first used (plotly, pandas and fpdf2 take about a second)."""


def __getattr__(name: str) -> Any:
    if name in LATER:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
