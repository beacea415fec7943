"""Pydantic's validation errors, rephrased for people who write content, not code."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .models import PERIOD_PATTERN, Pathway
from .vocab import SCORE_MAX, SCORE_MIN

_WANTS_A_GROUP = ("model_type", "dict_type", "model_attributes_type", "list_type", "tuple_type")

_STATEMENT_SHAPE = "write each item as '- text: ...' with 'sources: [source-id]' on the next line"

_YAML_READS = {
    bool: "YAML reads yes, no, on, off, true and false as a yes/no value",
    int: "YAML reads it as a number",
    float: "YAML reads it as a number (1.10 becomes 1.1)",
    dt.date: "YAML reads it as a date",
    dt.datetime: "YAML reads it as a date and time",
}


def _shown(value: Any) -> str:
    try:
        text = repr(value) if isinstance(value, str) else str(value)
    except ValueError:  # e.g. an integer too long to print
        return "a number too long to show"
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed(err: Mapping[str, Any]) -> str:
    expected = str(err.get("ctx", {}).get("expected", ""))
    return expected.replace("'", "")


def _fields_of(loc: tuple[Any, ...], root: type[BaseModel]) -> list[str]:
    """The field names allowed at a location, for 'did you mean' help on unknown keys."""
    model: Any = root
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        info = getattr(model, "model_fields", {}).get(part)
        if info is None:
            return []
        annotation = info.annotation
        args = getattr(annotation, "__args__", ())
        model = next((a for a in (annotation, *args) if hasattr(a, "model_fields")), None)
    return list(getattr(model, "model_fields", {})) if model is not None else []


def describe_validation_error(err: Mapping[str, Any], model: type[BaseModel] = Pathway) -> str:
    """One plain sentence saying what is wrong with a file of this model, and how to fix it."""
    try:
        return _describe(err, model)
    except Exception:  # a message must never be the thing that breaks
        return str(err.get("msg", "is not valid"))


def _describe(err: Mapping[str, Any], model: type[BaseModel]) -> str:
    kind, value, ctx, loc = err["type"], err.get("input"), err.get("ctx", {}), err["loc"]
    hint = _YAML_READS.get(type(value))
    if loc and loc[0] in Pathway.STATEMENT_LISTS and len(loc) <= 2 and kind in _WANTS_A_GROUP:
        what = (
            "a list of lines, each with its sources" if len(loc) == 1 else "a line with its sources"
        )
        return f"should be {what}, not {_shown(value)}; {_STATEMENT_SHAPE}"
    if kind == "extra_forbidden" and loc[-1] == "time_frame":
        return (
            "is replaced by period and source_period: write 'period: 1 year' for the time the "
            "counts cover and 'source_period: 1 year' for the time the source's figure covers"
        )
    if kind == "missing" and loc[-1] == "limits":
        return (
            "is required but missing; add a sentence on where this pathway may not fit this person"
        )
    if kind == "missing":
        return "is required but missing; add it"
    if kind == "extra_forbidden":
        allowed = _fields_of(err["loc"], model)
        close = difflib.get_close_matches(str(err["loc"][-1]), allowed, n=1)
        if close:
            return f"is not a known field; did you mean '{close[0]}'?"
        known = f" (known fields: {', '.join(allowed)})" if allowed else ""
        return f"is not a known field; check the spelling{known}"
    if kind == "string_type":
        because = f"; {hint}, so put the text in quotes" if hint else ""
        return f"should be text, not {_shown(value)}{because}"
    if kind == "string_too_short":
        return "should not be empty"
    if kind == "string_too_long":
        return f"is too long; keep it under {ctx.get('max_length')} characters"
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == PERIOD_PATTERN:
        return (
            f"{_shown(value)} is not a period of time; write a number and days, weeks, months "
            "or years, like '2 weeks' or '1 year'"
        )
    if kind == "string_pattern_mismatch":
        return (
            f"{_shown(value)} is not a valid id; use lower-case letters, digits and "
            "single hyphens, like 'harm-reduction'"
        )
    if kind == "literal_error":
        return f"{_shown(value)} is not allowed here; use one of: {_allowed(err)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"should be a whole number, not {_shown(value)}"
    if kind in ("greater_than_equal", "less_than_equal"):
        return (
            f"{_shown(value)} is out of range; use a whole number from {SCORE_MIN} to {SCORE_MAX}"
        )
    if kind in ("list_type", "tuple_type"):
        return f"should be a list (lines starting with '- '), not {_shown(value)}"
    if kind == "too_short":
        return "should have at least one item"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"should be a group of fields (key: value lines), not {_shown(value)}"
    if kind.startswith("date") or kind.startswith("datetime"):
        return f"should be a date written like 2026-01-31, not {_shown(value)}"
    if kind == "value_error":
        said = str(ctx.get("error", err["msg"]))
        return said if isinstance(value, dict) else f"{_shown(value)} {said}"
    return f"{err['msg'][0].lower()}{err['msg'][1:]} (got {_shown(value)})"
