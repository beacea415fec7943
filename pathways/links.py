"""Links: what a page's address asks for, and the addresses the app hands out.

Every page can be opened from a link (``/pathway?id=...``, ``/compare?p=...&p=...``), so a
shared link opens the exact view. Nothing here reads or writes a session.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit, urlunsplit

from .lazy import later
from .loader import Content
from .vocab import MAX_COMPARED

if TYPE_CHECKING:
    from . import tables
else:  # pandas is imported on first use
    tables = later("pathways.tables")

SCHEMA_PATH = "app/static/schema/{kind}.schema.json"
"""Where the app serves the JSON Schema of each kind of content file (Streamlit's static files)."""


def linked_comparison(content: Content, requested: Sequence[str]) -> tuple[list[str], list[str]]:
    """What a link asks to compare (the first two pathways if it names none; at most
    MAX_COMPARED) and ids not found."""
    chosen, unknown = tables.select(content, requested)
    ids = [p.id for p in chosen][:MAX_COMPARED] or list(content.pathways)[:2]
    return ids, unknown


def linked(ids: Sequence[str], requested: str | None) -> tuple[str | None, str | None]:
    """The id a link asks for (the first one if it names none or an unknown one), and the
    asked-for id when it is not found."""
    if requested in ids:
        return requested, None
    return (ids[0] if ids else None), (requested or None)


def neighbours(ids: Sequence[str], current: str | None) -> tuple[str | None, str | None]:
    """The ids before and after the current one (None at either end), for previous / next."""
    if current is None or current not in ids:
        return None, (ids[0] if ids else None)
    at = list(ids).index(current)
    return (ids[at - 1] if at > 0 else None), (ids[at + 1] if at + 1 < len(ids) else None)


def share_link(page_url: str, params: Mapping[str, str | Sequence[str]]) -> str:
    """A link that opens this exact view: the page's address plus its query parameters."""
    base = page_url.split("?", 1)[0].split("#", 1)[0]
    query = urlencode(
        [(k, v) for k, vs in params.items() for v in ([vs] if isinstance(vs, str) else vs)]
    )
    return f"{base}?{query}" if query else base


def schema_address(page_url: str | None, page_path: str, kind: str = "pathway") -> str:
    """The address of a JSON Schema file on the running app, from the address of one of its
    pages; just the file name when the page address is unknown."""
    file_name = SCHEMA_PATH.format(kind=kind)
    parts = urlsplit(page_url or "")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return PurePath(file_name).name
    path = parts.path.rstrip("/")
    if page_path and path.endswith("/" + page_path):
        path = path[: -len(page_path) - 1]
    return urlunsplit((parts.scheme, parts.netloc, f"{path}/{file_name}", "", ""))
