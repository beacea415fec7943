"""Pathways under load on the real server, side by side with a bare app.

`make load` starts app.py and benchmarks/bare/app.py (the same Streamlit, the same
.streamlit/config.toml, the same URL paths; one-line pages, and two small plotly charts on
compare) on 127.0.0.1 only, and drives simulated users over /_stcore/stream with Streamlit's
own protobuf messages, as a browser tab does: open the websocket, ask for a page run
(BackMsg.rerun_script with the page's URL path and query string), time until
ForwardMsg.script_finished. Each user loads home, pathway, compare, priorities and workshop
with short think times, in a new tab for each visit (`--visits`; with few users, enough
visits for `--min-views` page views).

For each number of users, every scenario gets a fresh server (so peak memory is that
scenario's), warmed by one visit first; the app and the bare app alternate (app, bare, bare,
app, ...). Printed: time per page (p50, p95, max), page views that failed, server CPU per page
view (/proc/<pid>/stat, child processes included) and peak memory (VmHWM), with the ratio app
/ bare; memory after one and after many short sequential visits; and cold start, from
launching the server to the first page's script_finished.

    make load                                          # about 7 minutes on 2 cores
    python benchmarks/load.py --quick                  # about 1 minute
    python benchmarks/load.py --users 1,10 --rounds 1

Not a test: the figures go in the README. Every loop and wait is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import math
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Origin, Subprotocol

PROJECT = Path(__file__).resolve().parent.parent
APPS = {"app": "app.py", "bare": "benchmarks/bare/app.py"}
HOST = "127.0.0.1"
PAGES = {"home": "", "pathway": "pathway", "compare": "compare"}
PAGES |= {"priorities": "priorities", "workshop": "workshop"}
"""Page name -> URL path, in the order each simulated user loads them."""
CONTENT = PROJECT / "content" / "en"
SHIPPED = sorted(p.stem for p in (CONTENT / "pathways").glob("*.yaml") if p.stem[0] != "_")
CARDS = sorted(p.stem for p in (CONTENT / "scenarios").glob("*.yaml") if p.stem[0] != "_")
PAIRS = list(itertools.combinations(SHIPPED, 2))
# As `make run`: the server never asks an outside host for this machine's public address.
LAUNCH = str(PROJECT / "deploy" / "run_streamlit.py")
PAGE_TIMEOUT = 120.0
"""Seconds to wait for one page's script_finished."""
START_TIMEOUT = 90.0
"""Seconds to wait for a new server to accept a websocket."""
SCENARIO_TIMEOUT = 600.0
CLK_TCK = os.sysconf("SC_CLK_TCK")
FINISHED = ForwardMsg.ScriptFinishedStatus


def code_mtime() -> float:
    """The newest change to the app's code, content or settings."""
    folders = [PROJECT / name for name in ("pathways", "views", "ui", "content")]
    files = [PROJECT / "app.py", PROJECT / ".streamlit" / "config.toml"]
    files += [f for d in folders for f in d.rglob("*.*") if "__pycache__" not in f.parts]
    return max(f.stat().st_mtime for f in files if f.exists())


LANGUAGE: dict[str, str] = {}
"""``{"lang": "es"}`` when users read the app in Spanish (``--lang es``); empty for English."""


def query(page: str, user: int) -> str:
    """The query string user number `user` opens `page` with: users spread over the content."""
    if page == "pathway":
        return urlencode({"id": SHIPPED[user % len(SHIPPED)], **LANGUAGE})
    if page == "compare":
        return urlencode({"p": PAIRS[user % len(PAIRS)], **LANGUAGE}, doseq=True)
    if page == "workshop":
        return urlencode({"card": CARDS[user % len(CARDS)], **LANGUAGE})
    return urlencode(LANGUAGE)


# --- the server -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def _stat(pid: int) -> list[str]:
    """Fields 3 onwards of /proc/<pid>/stat (index 0 is the state, 1 the parent's id)."""
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2 :].split()


def _status_kb(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def process_tree(root: int) -> list[int]:
    """A process and every process under it."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, ValueError, IndexError):
                parents[int(entry.name)] = int(_stat(int(entry.name))[1])
    found, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        found += frontier
    return found


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes and their waited-for children."""
    ticks = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            ticks += sum(int(f) for f in _stat(pid)[11:15])
    return ticks / CLK_TCK


def memory_mb(pids: list[int], key: str) -> float:
    """VmRSS (now) or VmHWM (peak) in MB, summed over these processes."""
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += _status_kb(pid, key)
    return total / 1024


class Server:
    """`streamlit run <script>` from the project folder (so its config applies) on a free port."""

    def __init__(self, name: str, logs: Path) -> None:
        self.name = name
        self.port = free_port()
        self.log = logs / f"{name}-{self.port}.log"
        self.launched = time.perf_counter()
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, LAUNCH, "run", APPS[name],
                 "--server.port", str(self.port), "--server.address", HOST,
                 "--server.headless", "true"],
                cwd=PROJECT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )  # fmt: skip

    def pids(self) -> list[int]:
        """The server and any processes it started (an upload worker, say)."""
        return process_tree(self.process.pid)

    def cpu_seconds(self) -> float:
        """User + system CPU of the server, its children and its waited-for children."""
        return cpu_seconds(self.pids())

    def memory_mb(self, key: str) -> float:
        """VmRSS (now) or VmHWM (peak) in MB, summed over the server and its children."""
        return memory_mb(self.pids(), key)

    def stop(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=15)

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-2000:]

    def check_alive(self) -> None:
        if self.process.poll() is not None:
            raise SystemExit(
                f"{self.name} server exited ({self.process.returncode}):\n{self.tail()}"
            )


# --- one browser tab --------------------------------------------------------------------------


@dataclass
class View:
    page: str
    seconds: float
    error: str | None = None


class Tab:
    """One browser tab: a websocket to /_stcore/stream and the page runs it asks for."""

    def __init__(self, port: int, ws: ClientConnection) -> None:
        self.port, self.ws = port, ws

    @classmethod
    async def open(cls, port: int, timeout: float = 30, route: str | None = None) -> Tab:
        """A new tab's connection; ``route``: the browser's route cookie from nginx, which
        keeps one browser on one replica (see deploy/nginx/pathways.conf)."""
        ws = await connect(
            f"ws://{HOST}:{port}/_stcore/stream",
            origin=Origin(f"http://{HOST}:{port}"),
            subprotocols=[Subprotocol("streamlit")],
            max_size=None,
            open_timeout=timeout,
            additional_headers={"Cookie": f"pathways_route={route}"} if route else None,
        )
        return cls(port, ws)

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.ws.close(), 10)

    async def load(self, page: str, query_string: str) -> View:
        """Ask for one page run, as the browser does, and wait for its script_finished."""
        path = PAGES[page]
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = query_string
        state.page_name = path  # an st.navigation app names the page by its URL path
        state.context_info.url = f"http://{HOST}:{self.port}/{path}" + (
            f"?{query_string}" if query_string else ""
        )
        state.context_info.timezone = "UTC"
        state.context_info.locale = "en-US"
        state.context_info.is_embedded = False
        error, shown = None, None
        start = time.perf_counter()
        await self.ws.send(msg.SerializeToString())
        async with asyncio.timeout(PAGE_TIMEOUT):
            while True:
                reply = ForwardMsg.FromString(await self.ws.recv())
                kind = reply.WhichOneof("type")
                if kind == "navigation":
                    paths = {p.page_script_hash: p.url_pathname for p in reply.navigation.app_pages}
                    shown = paths.get(reply.navigation.page_script_hash)
                elif kind == "page_not_found":
                    error = error or "page not found"
                elif kind == "delta" and reply.delta.new_element.WhichOneof("type") == "exception":
                    exception = reply.delta.new_element.exception
                    error = error or f"error shown on the page: {exception.type or 'exception'}"
                elif kind == "script_finished":
                    if reply.script_finished == FINISHED.FINISHED_EARLY_FOR_RERUN:
                        continue  # the script asked for a rerun: wait for that one
                    if reply.script_finished != FINISHED.FINISHED_SUCCESSFULLY:
                        error = error or f"finished as {FINISHED.Name(reply.script_finished)}"
                    break
        seconds = time.perf_counter() - start
        if error is None and shown != path:
            error = f"ran page {shown!r} instead"
        return View(page, seconds, error)


async def visit(
    port: int,
    user: int,
    think: tuple[float, float],
    rng: random.Random,
    pages: list[str],
    route: str | None = None,
) -> list[View]:
    """One visit in a new tab: each page in turn, a short pause after each."""
    views: list[View] = []
    try:
        tab = await Tab.open(port, route=route)
    except Exception as exc:
        return [View(page, 0.0, f"could not connect: {type(exc).__name__}") for page in pages]
    try:
        for page in pages:
            try:
                views.append(await tab.load(page, query(page, user)))
            except Exception as exc:  # no reply in time, or the connection closed
                if isinstance(exc, TimeoutError):
                    reason = f"no script_finished in {PAGE_TIMEOUT:.0f} s"
                else:
                    reason = f"connection failed: {type(exc).__name__}"
                views.append(View(page, 0.0, reason))
                rest = pages[len(views) :]
                views += [View(p, 0.0, "not asked: an earlier page failed") for p in rest]
                break
            await asyncio.sleep(rng.uniform(*think))
    finally:
        await tab.close()
    return views


async def first_page(server: Server) -> float:
    """Seconds from launching the server to the home page's script_finished, then one full
    visit to warm the server's caches."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        server.check_alive()
        try:
            tab = await Tab.open(server.port, timeout=5)
            break
        except Exception:  # not listening yet
            if time.monotonic() > deadline:
                raise SystemExit(f"{server.name} server did not start:\n{server.tail()}") from None
            await asyncio.sleep(0.05)
    try:
        view = await tab.load("home", "")
        cold = time.perf_counter() - server.launched
        views = [view] + [await tab.load(p, query(p, 0)) for p in list(PAGES)[1:]]
    finally:
        await tab.close()
    failed = [f"{v.page}: {v.error}" for v in views if v.error]
    if failed:
        raise SystemExit(f"{server.name}: warm-up failed ({'; '.join(failed)}):\n{server.tail()}")
    return cold


# --- scenarios --------------------------------------------------------------------------------


@dataclass
class Scenario:
    app: str
    users: int
    cold: float
    views: list[View]
    cpu_ms_per_view: float
    peak_mb: float

    def seconds(self, page: str | None = None) -> list[float]:
        return [v.seconds for v in self.views if not v.error and page in (None, v.page)]

    @property
    def errors(self) -> list[str]:
        return [f"{v.page}: {v.error}" for v in self.views if v.error]


async def _drive(server: Server, users: int, args: argparse.Namespace, seed: int) -> list[View]:
    async def one(user: int) -> list[View]:
        rng = random.Random(seed * 1000 + user)
        await asyncio.sleep(rng.uniform(0, args.think[1]) if users > 1 else 0)
        views: list[View] = []
        for _ in range(visits):
            views += await visit(server.port, user, args.think, rng, list(PAGES))
        return views

    # Enough page views for percentiles when there are few users.
    visits = max(args.visits, math.ceil(args.min_views / (len(PAGES) * users)))

    async with asyncio.timeout(SCENARIO_TIMEOUT):
        done = await asyncio.gather(*(one(user) for user in range(users)))
    return [view for views in done for view in views]


def scenario(app: str, users: int, args: argparse.Namespace, seed: int) -> Scenario:
    server = Server(app, args.logs)
    try:
        cold = asyncio.run(first_page(server))
        cpu = server.cpu_seconds()
        views = asyncio.run(_drive(server, users, args, seed))
        cpu = server.cpu_seconds() - cpu
        server.check_alive()
        peak = server.memory_mb("VmHWM")
    finally:
        server.stop()
    served = sum(1 for v in views if not v.error) or 1
    return Scenario(app, users, cold, views, 1000 * cpu / served, peak)


async def _sessions(server: Server, count: int) -> list[tuple[int, float, list[str]]]:
    """`count` short visits one after another, each home then one other page; memory (MB)
    after the first, the middle one and the last, with the failures so far."""
    marks, errors = {1, count // 2, count}, []
    memory = []
    others = list(PAGES)[1:]
    for number in range(1, count + 1):
        pages = ["home", others[(number - 1) % len(others)]]
        views = await visit(server.port, number - 1, (0.0, 0.0), random.Random(number), pages)
        errors += [f"{v.page}: {v.error}" for v in views if v.error]
        if number in marks:
            await asyncio.sleep(1.0)
            memory.append((number, server.memory_mb("VmRSS"), list(errors)))
    return memory


def sessions(
    app: str, args: argparse.Namespace
) -> tuple[float, list[tuple[int, float, list[str]]]]:
    server = Server(app, args.logs)
    try:
        cold = asyncio.run(first_page(server))
        memory = asyncio.run(_sessions(server, args.sessions))
        server.check_alive()
    finally:
        server.stop()
    return cold, memory


# --- report -----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks, as numpy's default."""
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def figures(runs: list[Scenario], page: str | None) -> tuple[float, float, float] | None:
    """p50 and p95 in ms (median over rounds) and max in ms (over all rounds)."""
    samples = [r.seconds(page) for r in runs]
    samples = [s for s in samples if s]
    if not samples:
        return None
    p50 = statistics.median(percentile(s, 0.50) for s in samples)
    p95 = statistics.median(percentile(s, 0.95) for s in samples)
    return 1000 * p50, 1000 * p95, 1000 * max(max(s) for s in samples)


def _fmt(triple: tuple[float, float, float] | None) -> str:
    return "      -      -      -" if triple is None else "".join(f"{x:7.0f}" for x in triple)


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:5.1f}x" if a and b else "     -"


def report(results: dict[tuple[str, int], list[Scenario]], args: argparse.Namespace) -> None:
    print(
        f"{'N':>3} {'page':<11}{'app p50   p95   max':>21}{'bare p50   p95   max':>22}"
        f"{'ratio p50   p95':>16}"
    )
    for users in args.users:
        app, bare = results["app", users], results["bare", users]
        for page in PAGES:
            a, b = figures(app, page), figures(bare, page)
            print(
                f"{users:>3} {page:<11}{_fmt(a)} {_fmt(b)}"
                f"  {_ratio(a and a[0], b and b[0])} {_ratio(a and a[1], b and b[1])}"
            )
        cpu = [statistics.median(r.cpu_ms_per_view for r in runs) for runs in (app, bare)]
        peak = [statistics.median(r.peak_mb for r in runs) for runs in (app, bare)]
        errors = [sum(len(r.errors) for r in runs) for runs in (app, bare)]
        views = [sum(len(r.views) for r in runs) for runs in (app, bare)]
        print(
            f"{'':>4}failed {errors[0]}/{views[0]} vs {errors[1]}/{views[1]}; "
            f"server CPU ms/view {cpu[0]:.0f} vs {cpu[1]:.0f} ({_ratio(*cpu).strip()}); "
            f"peak RSS MB {peak[0]:.0f} vs {peak[1]:.0f} ({_ratio(*peak).strip()})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", default="1,10,30,60", help="numbers of simulated users")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each app per N")
    parser.add_argument("--visits", type=int, default=1, help="visits (tabs) per user")
    parser.add_argument(
        "--min-views", type=int, default=15, help="more visits when N is small, to this many"
    )
    parser.add_argument("--think", default="0.5,1.5", help="pause after each page, seconds")
    parser.add_argument("--sessions", type=int, default=200, help="short visits, for memory")
    parser.add_argument("--quick", action="store_true", help="a one-minute smoke run")
    parser.add_argument("--lang", default="en", help="the language users read the app in (en, es)")
    parser.add_argument("--logs", type=Path, help="keep the servers' logs in this folder")
    args = parser.parse_args()
    if args.lang != "en":
        LANGUAGE["lang"] = args.lang
    if args.quick:
        args.users, args.rounds, args.min_views, args.sessions = "1,5", 1, 5, 10
        args.think = "0.2,0.6"
    args.users = [int(n) for n in args.users.split(",")]
    args.think = tuple(float(s) for s in args.think.split(","))
    if len(args.think) != 2 or min(args.users) < 1 or args.rounds < 1 or args.sessions < 1:
        parser.error("--think takes two numbers; --users, --rounds and --sessions positive")
    started, mtime = time.perf_counter(), code_mtime()
    results: dict[tuple[str, int], list[Scenario]] = {}
    with tempfile.TemporaryDirectory(prefix="pathways-load-") as logs:
        args.logs = args.logs or Path(logs)
        args.logs.mkdir(parents=True, exist_ok=True)
        for users, rnd in itertools.product(args.users, range(args.rounds)):
            order = ("app", "bare") if (rnd + args.users.index(users)) % 2 == 0 else ("bare", "app")
            for app in order:
                run = scenario(app, users, args, seed=rnd)
                results.setdefault((app, users), []).append(run)
                print(
                    f"  {app:<4} N={users:<3} round {rnd + 1}: {len(run.views)} views, "
                    f"{len(run.errors)} failed, {time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
        memory = {app: sessions(app, args) for app in APPS}
    colds = {
        app: [r.cold for (a, _), runs in results.items() if a == app for r in runs]
        + [memory[app][0]]
        for app in APPS
    }
    print(
        f"{os.cpu_count()} cores; {args.rounds} round(s); {args.visits} visit(s) per user, "
        f"at least {args.min_views} views per run; think {args.think[0]}-{args.think[1]} s"
    )
    report(results, args)
    cold = [statistics.median(colds[app]) for app in APPS]
    print(
        f"cold start to first page (median of {len(colds['app'])}): app {cold[0]:.2f} s, "
        f"bare {cold[1]:.2f} s ({_ratio(*cold).strip()})"
    )
    for app in APPS:
        marks = memory[app][1]
        line = ", ".join(f"{n}: {mb:.0f}" for n, mb, _ in marks)
        growth = (marks[-1][1] - marks[0][1]) * 1024 / max(marks[-1][0] - 1, 1)
        print(
            f"RSS MB after short visits, {app:<4} {line} ({growth:+.0f} KB per visit; "
            f"{len(marks[-1][2])} failed views)"
        )
    failures = Counter(
        error.split(": ", 1)[1] for runs in results.values() for run in runs for error in run.errors
    ) + Counter(e.split(": ", 1)[1] for app in APPS for e in memory[app][1][-1][2])
    for reason, count in failures.most_common(5):
        print(f"failed page views: {count} x {reason}")
    if code_mtime() != mtime:
        print("WARNING: the app's files changed during the run; its figures mix two versions")
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
