"""CPU of every process of a run, and how much of the machine's cores it left idle.

    python benchmarks/proc_cpu.py -- python -m ingest ingest DUMPS --db /tmp/a.sqlite --workers 2 --no-progress
    python benchmarks/proc_cpu.py --every 0.2 --timeline 5 -- ...     # CPU per process every 5 s

Samples /proc/<pid>/task/<tid>/stat of the command and all its descendants (the ingesting
process, its pool's workers, multiprocessing's resource tracker) every `--every` seconds, and
prints at the end each process's and each busy thread's user and system CPU, their sum against
wall time x cores, and the machine's busy time from /proc/stat over the run (so what other
programs took is seen). A worker's CPU is as last sampled before it exited: up to one interval
short. Linux only.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import defaultdict

HZ = os.sysconf("SC_CLK_TCK")


def _stat(path: str) -> tuple[str, int, int, int] | None:
    """(name, parent pid, user ticks, system ticks) of a /proc stat file."""
    try:
        with open(path) as fh:
            text = fh.read()
    except OSError:
        return None
    close = text.rfind(")")
    fields = text[close + 2:].split()
    return text[text.find("(") + 1:close], int(fields[1]), int(fields[11]), int(fields[12])


def _tree(root: int) -> set[int]:
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (st := _stat(f"/proc/{name}/stat")) is not None:
            parents[int(name)] = st[1]
    tree, grown = {root}, True
    while grown:
        grown = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grown = True
    return tree


def _machine() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot."""
    with open("/proc/stat") as fh:
        values = [int(v) for v in fh.readline().split()[1:]]
    return (sum(values) - values[3] - values[4]) / HZ, sum(values) / HZ


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--every", type=float, default=0.2, help="seconds between samples")
    ap.add_argument("--timeline", type=float, default=0.0, help="also print CPU %% per process every this many s")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("give the command to run after --")
    cores = os.cpu_count() or 1
    threads: dict[tuple[int, int], tuple[int, int, str]] = {}  # (pid, tid) -> last user, system ticks, name
    commands: dict[int, str] = {}
    timeline: list[tuple[float, dict[int, int]]] = []
    with open("/proc/loadavg") as fh:
        load_before = fh.read().split()[:3]
    machine_before, started = _machine(), time.monotonic()
    proc = subprocess.Popen(command)
    next_mark = args.timeline
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            try:
                with open(f"/proc/{pid}/cmdline") as fh:
                    commands.setdefault(pid, fh.read().replace("\0", " ").strip()[:70])
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                if (st := _stat(f"/proc/{pid}/task/{tid}/stat")) is not None:
                    threads[(pid, int(tid))] = (st[2], st[3], st[0])
        now = time.monotonic() - started
        if args.timeline and now >= next_mark:
            per: dict[int, int] = defaultdict(int)
            for (pid, _), (user, system, _) in threads.items():
                per[pid] += user + system
            timeline.append((now, dict(per)))
            next_mark += args.timeline
        time.sleep(args.every)
    wall = time.monotonic() - started
    machine_after = _machine()
    with open("/proc/loadavg") as fh:
        load_after = fh.read().split()[:3]

    per_process: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for (pid, _), (user, system, _) in threads.items():
        per_process[pid][0] += user
        per_process[pid][1] += system
    total = 0.0
    print(f"wall {wall:.2f} s, load {' '.join(load_before)} -> {' '.join(load_after)}, exit {proc.returncode}")
    for pid, (user, system) in sorted(per_process.items()):
        total += (user + system) / HZ
        print(f"  {pid:>7} user {user / HZ:7.2f} s  sys {system / HZ:6.2f} s  {commands.get(pid, '')}")
        for (p, tid), (tu, ts, name) in sorted(threads.items()):
            if p == pid and (tu + ts) / HZ >= 0.05 and any(q == pid and t != tid for q, t in threads):
                print(f"          thread {tid} ({name}): user {tu / HZ:.2f} s  sys {ts / HZ:.2f} s")
    busy = machine_after[0] - machine_before[0]
    print(f"all processes: {total:.2f} s of CPU = {100 * total / (wall * cores):.1f} % of {cores} cores x wall; "
          f"the machine was busy {busy:.2f} s (other programs ~{busy - total:.2f} s)")
    previous: tuple[float, dict[int, int]] = (0.0, {})
    for now, per in timeline:
        span = now - previous[0]
        cells = " ".join(f"{pid}:{100 * (ticks - previous[1].get(pid, 0)) / HZ / span:4.0f}%"
                         for pid, ticks in sorted(per.items()))
        print(f"  {now:7.1f} s  {cells}")
        previous = (now, per)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
