"""Pydantic's validation errors, rephrased for people who write content, not code."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .i18n import Said, said
from .models import PERIOD_PATTERN, Pathway
from .vocab import N_, SCORE_MAX, SCORE_MIN

_WANTS_A_GROUP = ("model_type", "dict_type", "model_attributes_type", "list_type", "tuple_type")

_YAML_READS = {
    bool: N_("YAML reads yes, no, on, off, true and false as a yes/no value"),
    int: N_("YAML reads it as a number"),
    float: N_("YAML reads it as a number (1.10 becomes 1.1)"),
    dt.date: N_("YAML reads it as a date"),
    dt.datetime: N_("YAML reads it as a date and time"),
}
"""Why a value that looks like text is not read as text (said with :class:`Said`)."""


def _shown(value: Any) -> str:
    """A value as the author wrote it, shortened; content, so never translated."""
    try:
        text = repr(value) if isinstance(value, str) else str(value)
    except ValueError:  # e.g. an integer too long to print
        return said("a number too long to show")
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
        return str(err["msg"]) if "msg" in err else said("is not valid")


def _describe(err: Mapping[str, Any], model: type[BaseModel]) -> str:
    kind, value, ctx, loc = err["type"], err.get("input"), err.get("ctx", {}), err["loc"]
    hint = _YAML_READS.get(type(value))
    if loc and loc[0] in Pathway.STATEMENT_LISTS and len(loc) <= 2 and kind in _WANTS_A_GROUP:
        if len(loc) == 1:
            return said(
                "should be a list of lines, each with its sources, not {value}; write each item "
                "as '- text: ...' with 'sources: [source-id]' on the next line",
                value=_shown(value),
            )
        return said(
            "should be a line with its sources, not {value}; write each item as '- text: ...' "
            "with 'sources: [source-id]' on the next line",
            value=_shown(value),
        )
    if kind == "extra_forbidden" and loc[-1] == "time_frame":
        return said(
            "is replaced by period and source_period: write 'period: 1 year' for the time the "
            "counts cover and 'source_period: 1 year' for the time the source's figure covers"
        )
    if kind == "missing" and loc[-1] == "limits":
        return said(
            "is required but missing; add a sentence on where this pathway may not fit this person"
        )
    if kind == "missing":
        return said("is required but missing; add it")
    if kind == "extra_forbidden":
        allowed = _fields_of(err["loc"], model)
        close = difflib.get_close_matches(str(err["loc"][-1]), allowed, n=1)
        if close:
            return said("is not a known field; did you mean '{field}'?", field=close[0])
        if allowed:
            return said(
                "is not a known field; check the spelling (known fields: {fields})",
                fields=", ".join(allowed),
            )
        return said("is not a known field; check the spelling")
    if kind == "string_type":
        if hint:
            return said(
                "should be text, not {value}; {hint}, so put the text in quotes",
                value=_shown(value),
                hint=Said(hint),
            )
        return said("should be text, not {value}", value=_shown(value))
    if kind == "string_too_short":
        return said("should not be empty")
    if kind == "string_too_long":
        return said("is too long; keep it under {most} characters", most=ctx.get("max_length"))
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == PERIOD_PATTERN:
        return said(
            "{value} is not a period of time; write a number and days, weeks, months or years, "
            "like '2 weeks' or '1 year'",
            value=_shown(value),
        )
    if kind == "string_pattern_mismatch":
        return said(
            "{value} is not a valid id; use lower-case letters, digits and single hyphens, like "
            "'harm-reduction'",
            value=_shown(value),
        )
    if kind == "literal_error":
        return said(
            "{value} is not allowed here; use one of: {allowed}",
            value=_shown(value),
            allowed=_allowed(err),
        )
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return said("should be a whole number, not {value}", value=_shown(value))
    if kind in ("greater_than_equal", "less_than_equal"):
        return said(
            "{value} is out of range; use a whole number from {low} to {high}",
            value=_shown(value),
            low=SCORE_MIN,
            high=SCORE_MAX,
        )
    if kind in ("list_type", "tuple_type"):
        return said("should be a list (lines starting with '- '), not {value}", value=_shown(value))
    if kind == "too_short":
        return said("should have at least one item")
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return said(
            "should be a group of fields (key: value lines), not {value}", value=_shown(value)
        )
    if kind.startswith("date") or kind.startswith("datetime"):
        return said("should be a date written like 2026-01-31, not {value}", value=_shown(value))
    if kind == "value_error":
        # A validator's own words (pathways.models): the value is added before them.
        error = ctx.get("error")
        reason = error.args[0] if isinstance(error, ValueError) and error.args else err["msg"]
        if isinstance(value, dict):
            return reason if isinstance(reason, Said) else str(reason)
        return said("{value} {reason}", value=_shown(value), reason=reason)
    # A check this module does not know: pydantic's own words, in English.
    return said(
        "{message} (got {value})",
        message=f"{err['msg'][0].lower()}{err['msg'][1:]}",
        value=_shown(value),
    )
