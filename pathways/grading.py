"""Reading grades for uploads, worked out in a separate, bounded process.

The grade needs a pronouncing dictionary and a hyphenation dictionary that together take
about 200 MB, and the hyphenation dictionary remembers every word it has seen. None of that
lives in the app's serving process: one worker process grades an upload's text, with a memory
limit and a time limit, forgets the text after each job, and is replaced after a few jobs.
Jobs go to it one at a time, so the time limit is the job's own, never time spent queueing
behind someone else's file. If the worker is busy too long, too slow or out of memory, the
upload is still checked by every other rule and says its reading level was not checked.
"""

from __future__ import annotations

import atexit
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from . import language
from .vocab import GRADING_MEMORY, GRADING_SECONDS, GRADING_TASKS, GRADING_WAIT, LANGUAGE

_turn = threading.Lock()
"""Held by the one job the worker is doing."""
_pool: ProcessPoolExecutor | None = None
_jobs = 0


def _limit_worker(memory: int) -> None:
    """In the worker: cap its memory, and load the dictionaries before the first job."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    language.grade_and_forget(["A short warm up sentence for the grading worker."])


def _start() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_limit_worker,
        initargs=(GRADING_MEMORY,),
    )


def _stop(pool: ProcessPoolExecutor) -> None:
    """Stop a worker at once (it may be stuck on a job) and reap it."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def in_worker(
    texts: Sequence[str], code: str = LANGUAGE, seconds: float | None = None
) -> list[float] | None:
    """The grade of each text in language ``code``, from the worker process; None if it
    could not be done: the worker stayed busy with others' files, took too long or failed."""
    global _pool, _jobs
    if not _turn.acquire(timeout=GRADING_WAIT):
        return None
    try:
        if _pool is None:
            _pool, _jobs = _start(), 0
        try:
            future = _pool.submit(language.grade_and_forget, list(texts), code)
            grades = future.result(timeout=seconds or GRADING_SECONDS)
        except Exception:  # too slow, out of memory, or broken: a fresh worker next time
            _stop(_pool)
            _pool = None
            return None
        _jobs += 1
        if _jobs >= GRADING_TASKS:  # replaced now and then, so nothing in it grows for long
            _stop(_pool)
            _pool = None
        return grades
    finally:
        _turn.release()


def stop() -> None:
    """Stop the worker (at exit, and in tests)."""
    global _pool
    with _turn:
        if _pool is not None:
            _stop(_pool)
            _pool = None


atexit.register(stop)
