"""Pathways through nginx with 1, 2 and 3 replicas, under 60 and 120 simulated users.

`make load-replicas` starts nginx and N replicas as `make serve` does (deploy/serve.py) and
drives simulated users through nginx, as benchmarks/load.py does against one server: each
user is one browser, with the route cookie nginx gave it, opening a new tab for each visit
and loading home, pathway, compare, priorities and workshop with short think times. The
replica counts alternate (1, 2, 3, then 3, 2, 1) so that a busy spell on this shared machine
does not favour one of them.

Printed, for each N and replica count: page times (p50, p95, max), failed page views, page
views per second (all replicas, and per replica), server CPU per view (replicas and nginx)
and the largest replica's peak memory.

    make load-replicas                                   # about 8 minutes on 2 cores
    python benchmarks/replicas.py --users 60 --replicas 1,3 --rounds 1

Not a test: the figures go in the README. Every loop and wait is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import statistics
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass

import load
from load import PAGES, SCENARIO_TIMEOUT, View, percentile, visit

sys.path.insert(0, str(load.PROJECT / "deploy"))
from serve import Farm, free_port


@dataclass
class Run:
    replicas: int
    users: int
    views: list[View]
    seconds: float
    cpu_ms_per_view: float
    nginx_ms_per_view: float
    peak_mb: float
    busiest: float
    """The share of tabs the busiest replica served (1/replicas when evenly spread)."""

    def ok(self) -> list[float]:
        return [v.seconds for v in self.views if not v.error]

    @property
    def failed(self) -> int:
        return sum(1 for v in self.views if v.error)


async def warm(farm: Farm) -> None:
    """One full visit to each replica, straight to its port, so none starts cold."""
    for replica in farm.replicas:
        views = await visit(replica.port, 0, (0.0, 0.0), random.Random(0), list(PAGES))
        failed = [f"{v.page}: {v.error}" for v in views if v.error]
        if failed:
            raise SystemExit(f"warm-up of port {replica.port} failed: {'; '.join(failed)}")


async def drive(farm: Farm, users: int, think: tuple[float, float], visits: int) -> list[View]:
    async def one(user: int) -> list[View]:
        rng = random.Random(user)
        route = uuid.UUID(int=rng.getrandbits(128)).hex  # one browser, one cookie
        await asyncio.sleep(rng.uniform(0, think[1]))
        views: list[View] = []
        for _ in range(visits):
            views += await visit(farm.port, user, think, rng, list(PAGES), route=route)
        return views

    async with asyncio.timeout(SCENARIO_TIMEOUT):
        done = await asyncio.gather(*(one(user) for user in range(users)))
    return [view for views in done for view in views]


def farm_pids(farm: Farm) -> tuple[list[int], list[int]]:
    replicas = [
        pid
        for r in farm.replicas
        if r.process is not None
        for pid in load.process_tree(r.process.pid)
    ]
    nginx = load.process_tree(farm.nginx.pid) if farm.nginx is not None else []
    return replicas, nginx


def run(replicas: int, users: int, args: argparse.Namespace) -> Run:
    farm = Farm(replicas, free_port())
    try:
        farm.start()
        asyncio.run(warm(farm))
        pids, nginx = farm_pids(farm)
        cpu, cpu_nginx = load.cpu_seconds(pids), load.cpu_seconds(nginx)
        started = time.perf_counter()
        views = asyncio.run(drive(farm, users, args.think, args.visits))
        seconds = time.perf_counter() - started
        pids, nginx = farm_pids(farm)
        cpu, cpu_nginx = load.cpu_seconds(pids) - cpu, load.cpu_seconds(nginx) - cpu_nginx
        peak = max(
            load.memory_mb(load.process_tree(r.process.pid), "VmHWM")
            for r in farm.replicas
            if r.process is not None
        )
    finally:
        farm.stop()
        tabs = Counter(
            line.split()[-1]
            for line in farm.access_log.read_text().splitlines()
            if " /_stcore/stream " in line
        )
        farm.cleanup()
    served = sum(1 for v in views if not v.error) or 1
    busiest = max(tabs.values()) / sum(tabs.values()) if tabs else 1.0
    return Run(
        replicas,
        users,
        views,
        seconds,
        1000 * cpu / served,
        1000 * cpu_nginx / served,
        peak,
        busiest,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", default="60,120", help="numbers of simulated users")
    parser.add_argument("--replicas", default="1,2,3", help="numbers of replicas")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each set-up per N")
    parser.add_argument("--visits", type=int, default=1, help="visits (tabs) per user")
    parser.add_argument("--think", default="0.5,1.5", help="pause after each page, seconds")
    args = parser.parse_args()
    args.users = [int(n) for n in args.users.split(",")]
    counts = [int(n) for n in args.replicas.split(",")]
    args.think = tuple(float(s) for s in args.think.split(","))
    results: dict[tuple[int, int], list[Run]] = {}
    began = time.perf_counter()
    for (index, users), rnd in itertools.product(enumerate(args.users), range(args.rounds)):
        order = counts if (index + rnd) % 2 == 0 else counts[::-1]
        for replicas in order:
            result = run(replicas, users, args)
            results.setdefault((users, replicas), []).append(result)
            print(
                f"  N={users} replicas={replicas}: {len(result.views)} views, "
                f"{result.failed} failed, {result.seconds:.0f} s "
                f"({time.perf_counter() - began:.0f} s so far)",
                file=sys.stderr,
                flush=True,
            )
    print(
        f"{os.cpu_count()} cores; {args.rounds} round(s); {args.visits} visit(s) per user; "
        f"think {args.think[0]}-{args.think[1]} s; through nginx"
    )
    print(
        f"{'N':>4} {'replicas':>8} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'failed':>9} "
        f"{'views/s':>8} {'per replica':>11} {'CPU ms/view':>11} {'nginx':>6} {'peak MB':>8} "
        f"{'busiest':>7}"
    )
    for users in args.users:
        for replicas in counts:
            runs = results[users, replicas]
            times = [r.ok() for r in runs if r.ok()]
            p50 = statistics.median(percentile(t, 0.5) for t in times) * 1000 if times else 0
            p95 = statistics.median(percentile(t, 0.95) for t in times) * 1000 if times else 0
            top = max((max(t) for t in times), default=0) * 1000
            failed = sum(r.failed for r in runs)
            total = sum(len(r.views) for r in runs)
            rate = statistics.median(len(r.ok()) / r.seconds for r in runs)
            cpu = statistics.median(r.cpu_ms_per_view for r in runs)
            nginx = statistics.median(r.nginx_ms_per_view for r in runs)
            peak = statistics.median(r.peak_mb for r in runs)
            busiest = statistics.median(r.busiest for r in runs)
            print(
                f"{users:>4} {replicas:>8} {p50:>7.0f} {p95:>7.0f} {top:>7.0f} "
                f"{f'{failed}/{total}':>9} {rate:>8.1f} {rate / replicas:>11.1f} {cpu:>11.0f} "
                f"{nginx:>6.1f} {peak:>8.0f} {busiest:>7.0%}"
            )
    print(f"total {time.perf_counter() - began:.0f} s")


if __name__ == "__main__":
    main()
