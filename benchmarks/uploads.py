"""What checking the most expensive uploads costs: CPU per file, and the server's memory after.

Builds 1 MB pathway files that look valid but cost the most to check (one enormous word in
the summary, many distinct words everywhere, as many list items as the limits allow), checks
each like the upload page does, and reports CPU seconds per file (the serving process and the
grading worker) and how far the serving process's memory moved after 30 uploads.

    make bench            # or: python benchmarks/uploads.py
"""

from __future__ import annotations

import gc
import os
import random
import statistics
import string
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from pathways import grading, uploads  # noqa: E402
from pathways.vocab import MAX_FILE_BYTES, MAX_ITEMS  # noqa: E402

ALPHA = (PROJECT / "tests" / "fixtures" / "good" / "en" / "pathways" / "alpha.yaml").read_text()
TICKS = os.sysconf("SC_CLK_TCK")
CPU_GOAL, MEMORY_GOAL = 2.0, 50 * 1024 * 1024


def _fill(text: str, room: int) -> str:
    return text[: max(room, 0)]


def one_huge_word(seed: int) -> bytes:
    room = MAX_FILE_BYTES - len(ALPHA) - 200
    word = "".join(random.Random(seed).choices(string.ascii_lowercase, k=room))
    return ALPHA.replace("summary: A small pathway used by the tests.", f"summary: {word}").encode()


def many_words(seed: int) -> bytes:
    rng = random.Random(seed)
    words = " ".join(
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 12))) for _ in range(120_000)
    )
    room = MAX_FILE_BYTES - len(ALPHA) - 200
    return ALPHA.replace(
        "summary: A small pathway used by the tests.", f"summary: {_fill(words, room)}"
    ).encode()


def many_items(seed: int) -> bytes:
    rng = random.Random(seed)
    lines = ["", "strengths:"]
    for _ in range(MAX_ITEMS):
        text = " ".join(
            "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 10))) for _ in range(120)
        )
        lines += [f"  - text: {text}.", "    sources: [alpha-study]"]
    body = (
        ALPHA.split("strengths:")[0]
        + "\n".join(lines)
        + "\nlimitations:"
        + ALPHA.split("limitations:")[1]
    )
    return body.encode()[: MAX_FILE_BYTES - 1] if len(body) > MAX_FILE_BYTES else body.encode()


KINDS = {"one huge word": one_huge_word, "many distinct words": many_words,
         "many long list items": many_items}  # fmt: skip


def rss() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def worker_cpu() -> float:
    """CPU seconds the grading worker processes have used so far (those still running)."""
    pool = grading._pool
    total = 0.0
    for process in list(getattr(pool, "_processes", {}).values()) if pool else []:
        try:
            fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / TICKS
    return total


def check(data: bytes) -> tuple[float, float]:
    """Serving-process and worker CPU seconds to check one upload."""
    own, theirs = time.process_time(), worker_cpu()
    upload = uploads.read("bench.yaml", data)
    assert upload.kind == "pathway"
    return time.process_time() - own, max(worker_cpu() - theirs, 0.0)


def main() -> int:
    uploads.read("warm.yaml", ALPHA.replace("id: alpha", "id: warm").encode())  # start the worker
    gc.collect()
    start = rss()
    print(f"{'file (1 MB)':<22} {'server CPU':>11} {'worker CPU':>11} {'total':>8}")
    worst = 0.0
    for name, build in KINDS.items():
        samples = [check(build(seed)) for seed in range(10)]  # ten different files each
        own = statistics.median(s[0] for s in samples)
        theirs = statistics.median(s[1] for s in samples)
        worst = max(worst, max(a + b for a, b in samples))
        print(f"{name:<22} {own:>9.2f} s {theirs:>9.2f} s {own + theirs:>6.2f} s")
    gc.collect()
    grown = rss() - start
    print(f"\nslowest file: {worst:.2f} s of CPU (goal: at most {CPU_GOAL:.0f} s)")
    print(
        f"serving process after 30 uploads: {grown / 1024 / 1024:+.1f} MB "
        f"(goal: within {MEMORY_GOAL / 1024 / 1024:.0f} MB); 'textstat' loaded here: "
        f"{'textstat' in sys.modules}"
    )
    grading.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
