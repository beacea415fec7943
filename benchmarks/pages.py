"""Warm rerun time of each page against a one-line Streamlit page, in the same process.

Each page runs once to warm up (content parsed, caches filled), then is rerun many times;
the figure is the median rerun. Goal: no page above 3x the one-line page.

    make bench            # or: python benchmarks/pages.py --runs 40
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

PROJECT = Path(__file__).resolve().parent.parent
APP = str(PROJECT / "app.py")
BASELINE = "import streamlit as st\nst.write('hello')\n"
SHIPPED = sorted(
    p.stem for p in (PROJECT / "content" / "en" / "pathways").glob("*.yaml") if p.stem[0] != "_"
)
PAGES = {
    "home": ("views/home.py", {}),
    "pathway": ("views/pathway.py", {"id": "mat"}),
    "compare (2 pathways)": ("views/compare.py", {"p": ["mat", "twelve-step"]}),
    f"compare (all {len(SHIPPED)})": ("views/compare.py", {"p": SHIPPED}),
    "sources": ("views/sources.py", {}),
    "glossary": ("views/glossary.py", {}),
    "what matters to me": ("views/priorities.py", {}),
    "workshop": ("views/workshop.py", {"card": "pregnancy-and-opioids"}),
    "your files": ("views/author.py", {}),
    "compare (with upload)": ("views/compare.py", {"p": ["mat", "mat-local"]}),
}
UPLOADS = {"compare (with upload)": "mat"}
"""Pages measured after uploading a copy of a shipped pathway (as id '<id>-local')."""
GOAL = 3.0


def timed_reruns(at: AppTest, runs: int) -> list[float]:
    """Seconds of each of `runs` warm reruns."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        at.run()
        samples.append(time.perf_counter() - start)
        if at.exception:
            raise SystemExit(f"page raised: {at.exception[0].value}")
    return samples


def baseline(runs: int) -> list[float]:
    at = AppTest.from_string(BASELINE, default_timeout=60)
    at.run()
    return timed_reruns(at, runs)


def local_copy(pathway_id: str) -> tuple[str, bytes, str]:
    """A shipped pathway as an educator's adapted copy: new id, name and short name."""
    text = (PROJECT / "content" / "en" / "pathways" / f"{pathway_id}.yaml").read_text()
    lines = [
        f"id: {pathway_id}-local" if line.startswith("id:")
        else f"name: {pathway_id} (local copy)" if line.startswith("name:")
        else f"short_name: {pathway_id} local" if line.startswith("short_name:")
        else line
        for line in text.splitlines()
    ]  # fmt: skip
    return f"{pathway_id}-local.yaml", "\n".join(lines).encode(), "application/yaml"


def page(script: str, query: dict, runs: int, upload: str | None = None) -> list[float]:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if upload:
        at.switch_page("views/author.py")
        at.run()
        at.file_uploader[0].set_value([local_copy(upload)])
        at.run()
    at.switch_page(script)
    at.run()
    return timed_reruns(at, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="reruns per page (default 40)")
    args = parser.parse_args()
    os.environ.setdefault("PATHWAYS_CONTENT_DIR", str(PROJECT / "content"))

    # The one-line page is timed before and after every page, so drift on a busy
    # machine affects both sides alike.
    base_samples = baseline(args.runs)
    results = {}
    for name, (script, query) in PAGES.items():
        samples = page(script, query, args.runs, UPLOADS.get(name))
        results[name] = statistics.median(samples)
        base_samples += baseline(args.runs)
    base = statistics.median(base_samples)
    print(f"{'page':<22} {'median rerun':>13} {'vs one-line page':>17}")
    print(f"{'one-line page':<22} {base * 1000:>10.1f} ms {1:>16.1f}x")
    worst = 0.0
    for name, seconds in results.items():
        ratio = seconds / base
        worst = max(worst, ratio)
        print(f"{name:<22} {seconds * 1000:>10.1f} ms {ratio:>16.1f}x")
    verdict = "within" if worst <= GOAL else "ABOVE"
    print(f"\nslowest page: {worst:.1f}x the one-line page ({verdict} the {GOAL:.0f}x goal)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
