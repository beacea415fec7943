"""Reading grades for uploads, worked out in a separate, bounded process.

The grade needs a pronouncing dictionary and a hyphenation dictionary that together take
about 200 MB, and the hyphenation dictionary remembers every word it has seen. None of that
lives in the app's serving process: a worker process grades an upload's text, with a memory
limit, a time limit, and a fresh process after a few jobs. If the worker is too slow or runs
out of memory, the upload is still checked by every other rule and says its reading level
could not be checked.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as Late
from concurrent.futures.process import BrokenProcessPool

from . import language
from .vocab import GRADING_MEMORY, GRADING_SECONDS, GRADING_TASKS

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


def _limit_worker(memory: int) -> None:
    """In the worker: cap its memory, and load the dictionaries before the first job."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    language.grade("A short warm up sentence for the grading worker.")


def _worker() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_limit_worker,
                initargs=(GRADING_MEMORY,),
                max_tasks_per_child=GRADING_TASKS,
            )
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    """Stop a worker that took too long or broke; the next job starts a fresh one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()  # a stuck grade would otherwise keep its CPU
    pool.shutdown(wait=False, cancel_futures=True)


def in_worker(texts: Sequence[str], seconds: float = GRADING_SECONDS) -> list[float] | None:
    """The grade of each text, from the worker process; None if it could not finish in time."""
    pool = _worker()
    try:
        return pool.submit(language.grade_all, list(texts)).result(timeout=seconds)
    except (Late, BrokenProcessPool, MemoryError, OSError):
        _discard(pool)
        return None


def stop() -> None:
    """Stop the worker (at exit, and in tests)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(stop)
