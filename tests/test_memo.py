"""Results cached on the content they were built from."""

from __future__ import annotations

from dataclasses import replace

from pathways import load_content, viewmodels
from pathways.memo import per_content
from pathways.uploads import Uploads

from .conftest import GOOD
from .hostile import gamma_with

calls: list[tuple] = []


@per_content(maxsize=2)
def built(content, key):
    calls.append((id(content), key))
    return object()


def test_each_result_is_built_once_per_content_and_arguments():
    calls.clear()
    content = load_content(GOOD)
    assert built(content, "a") is built(content, "a")
    assert built(content, "b") is not built(content, "a")
    assert len(calls) == 2


def test_the_least_recently_used_result_goes_first():
    calls.clear()
    content = load_content(GOOD)
    first = built(content, "a")
    built(content, "b")
    built(content, "a")  # a is now the most recent
    built(content, "c")  # b goes
    assert built(content, "a") is first
    assert len(calls) == 3
    built(content, "b")
    assert len(calls) == 4


def test_other_content_and_copies_have_their_own_results():
    content = load_content(GOOD)
    copy = replace(content, problems=())
    assert copy.memo == {} and copy.memo is not content.memo
    assert built(copy, "a") is not built(content, "a")


def test_results_for_a_sessions_uploads_stay_with_that_content():
    shipped = load_content(GOOD)
    mine = Uploads().add(("gamma.yaml", gamma_with())).content(shipped)
    overview = viewmodels.overview(shipped)
    assert viewmodels.overview(mine) is not overview
    assert viewmodels.overview(shipped) is overview
    assert len(viewmodels.overview(mine).table) == 3 and len(overview.table) == 2


def test_sessions_asking_at_once_wait_for_one_build():
    import threading
    import time

    builds = []

    @per_content(maxsize=4)
    def slow(content, key):
        builds.append(key)
        time.sleep(0.05)  # long enough for every thread to ask while it builds
        return object()

    content = load_content(GOOD)
    start = threading.Barrier(8)
    got = []

    def ask():
        start.wait()
        got.append(slow(content, "same"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == ["same"]
    assert len({id(value) for value in got}) == 1
