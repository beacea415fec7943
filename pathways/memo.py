"""Results cached on the content they were built from, so they live exactly as long as it.

Shipped content lives for the whole process, so results built from it are shared by every
session. Content with one session's uploads joined lives in that session's state: results
built from it go when the session goes, and never push the shared results out.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, Protocol, TypeVar


class _HasMemo(Protocol):
    memo: dict[str, OrderedDict[Any, Any]]


R = TypeVar("R")
_lock = threading.Lock()
_building: dict[tuple[int, str, tuple[Any, ...]], threading.Lock] = {}
"""A lock per result being built, so thirty sessions asking at once build it once."""


def per_content(maxsize: int) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Cache ``function(content, *args)`` on ``content.memo``: at most ``maxsize`` results per
    content, the least recently used dropped first."""

    def decorate(function: Callable[..., R]) -> Callable[..., R]:
        name = f"{function.__module__}.{function.__qualname__}"

        @functools.wraps(function)
        def cached(content: _HasMemo, *args: Any) -> R:
            with _lock:
                results: OrderedDict[tuple[Any, ...], R] = content.memo.setdefault(
                    name, OrderedDict()
                )
                if args in results:
                    results.move_to_end(args)
                    return results[args]
                key = (id(content), name, args)
                building = _building.setdefault(key, threading.Lock())
            with building:  # one build per result; others asking meanwhile wait for it
                with _lock:
                    if args in results:
                        results.move_to_end(args)
                        return results[args]
                try:
                    value = function(content, *args)
                except BaseException:
                    with _lock:
                        _building.pop(key, None)
                    raise
                with _lock:  # stored before the lock goes, so no one builds it again
                    results[args] = value
                    while len(results) > maxsize:
                        results.popitem(last=False)
                    _building.pop(key, None)
                return value

        return cached

    return decorate
