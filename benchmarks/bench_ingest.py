"""Ingestion benchmark: newsarchive against the naive baseline, side by side in one run.

    python benchmarks/bench_ingest.py --articles 100000            # the issue's figure
    python benchmarks/bench_ingest.py --articles 1000000 --naive-articles 10000
    python benchmarks/bench_ingest.py --articles 20000 --incremental 2000

Steps: generate a synthetic archive (benchmarks/synth.py: ~500-word articles in digest
files, ~30 % planted duplicates, per-outlet trailers) unless it exists; ingest it with
`newsarchive ingest` and the naive baseline (benchmarks/naive.py) on the same first
--naive-articles entries (the naive pipeline is too slow for the full archive: its rate is
measured on the subset and the ratio compares rates); print articles/s, MB/s, peak RSS,
database size and duplicate recall/precision against the planted truth for both. Each
ingester runs in its own process, so peak RSS is that process's own (ru_maxrss via wait4).
With --incremental K: ingest K fresh articles into the full archive and into an empty one,
and print the cost ratio (the LSH index is queried in the database, never reloaded).
`--repeat N` runs that pair N times, alternating, each on a fresh copy of the archive, and
reports the medians (one run varies by ±10 % on a shared machine). `--cold` syncs and drops
the kernel's file cache before each run (needs root; otherwise it says so and runs warm), so
that the archive's pages come from disk, as on the day after it was written: a copy made just
before a warm run leaves an arbitrary part of it in memory. `--incremental-into ARCHIVE`
measures only this step, against an archive kept from an earlier run (a million articles
take half an hour to build):

    python benchmarks/bench_ingest.py --incremental 10000 --repeat 3 --cold \
        --incremental-into /tmp/newsarchive-bench/runs-1000000/full.sqlite --workers 2
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synth import generate, iter_truth  # noqa: E402


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc), 0 elsewhere."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
    for entry in Path("/proc").iterdir() if Path("/proc").exists() else ():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            statm = (entry / "statm").read_text().split()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = int(statm[1]) * page
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(pid, 0) for pid in tree)


class TreeSampler(threading.Thread):
    """Samples the summed RSS of a process tree (the ingester and its worker processes) every
    0.2 s: GNU time's %M is the largest single process, not the workers and writer together."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak = max(self.peak, _tree_rss(self.pid))


def run_measured(cmd: list[str]) -> tuple[float, int, str, int]:
    """(seconds, peak RSS in bytes, stdout, peak summed RSS of the process tree) of a child process.

    The peak RSS comes from GNU time (%M) when it is installed: a child forked from this
    (large) benchmark process would otherwise report this process's size as its own peak.
    Without GNU time, wait4's ru_maxrss is used and the figure is an upper bound."""
    gnu_time = shutil.which("time") if Path("/usr/bin/time").exists() else None
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        full = ["/usr/bin/time", "-f", "NEWSARCHIVE_PEAK_KB=%M", *cmd] if gnu_time else cmd
        started = time.perf_counter()
        proc = subprocess.Popen(full, stdout=out, stderr=err, text=True, cwd=ROOT)
        sampler = TreeSampler(proc.pid)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        sampler.done.set()
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        errors = err.read()
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{errors[-2000:]}")
        peak = usage.ru_maxrss * 1024
        for line in errors.splitlines():
            if line.startswith("NEWSARCHIVE_PEAK_KB="):
                peak = int(line.split("=", 1)[1]) * 1024
        return seconds, peak, out.read(), sampler.peak


def subset(src: Path, dst: Path, files: int) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted((src / "dumps").iterdir())[:files]:
        shutil.copy(path, dst / path.name)


def pair_scores(assigned: dict[tuple[str, int], int], truth: dict[tuple[str, int], int]) -> tuple[float, float]:
    """Pairwise duplicate recall and precision of predicted clusters against planted stories."""
    keys = [k for k in truth if k in assigned]
    cells = Counter((assigned[k], truth[k]) for k in keys)
    pred = Counter(assigned[k] for k in keys)
    gold = Counter(truth[k] for k in keys)

    def pairs(counter: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    tp = pairs(cells)  # type: ignore[arg-type]
    recall = tp / pairs(gold) if pairs(gold) else 1.0  # type: ignore[arg-type]
    precision = tp / pairs(pred) if pairs(pred) else 1.0  # type: ignore[arg-type]
    return recall, precision


def clusters_newsarchive(db: Path) -> dict[tuple[str, int], int]:
    con = sqlite3.connect(db)
    rows = con.execute("select s.path, c.start_line, c.article_id from copies c join sources s on s.id = c.source_id")
    return {(Path(p).name, line): aid for p, line, aid in rows}


def clusters_naive(db: Path) -> dict[tuple[str, int], int]:
    con = sqlite3.connect(db)
    rows = con.execute("select path, position, article_id from naive_copies")
    return {(Path(p).name, pos): aid for p, pos, aid in rows}


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir()) / 1e6


def bench(label: str, cmd: list[str], db: Path, folder: Path, articles: int,
          clusters: object, truth: dict[tuple[str, int], int]) -> dict[str, object]:
    seconds, rss, _, tree_rss = run_measured(cmd)
    assigned = clusters(db)  # type: ignore[operator]
    recall, precision = pair_scores(assigned, truth)
    return {"ingester": label, "articles": articles, "seconds": round(seconds, 2),
            "articles_per_s": round(articles / seconds, 1), "mb_per_s": round(folder_mb(folder) / seconds, 2),
            "peak_rss_mb": round(rss / 1e6, 1), "all_procs_rss_mb": round(tree_rss / 1e6, 1),
            "db_mb": round(db.stat().st_size / 1e6, 1),
            "dup_recall": round(recall, 4), "dup_precision": round(precision, 4)}


def drop_file_cache() -> bool:
    """Write dirty pages out and drop the kernel's clean file pages (Linux, root): the next run
    reads the archive from disk. False where that is not allowed."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
    except OSError:
        return False
    return True


def incremental(args: argparse.Namespace, cli: list[str], archive: Path, runs: Path, what: str) -> None:
    """Adding --incremental fresh articles to (a copy of) `archive` against adding them to an
    empty archive, --repeat times alternating; medians and their ratio."""
    fresh = args.work / f"fresh-{args.incremental}"
    if not (fresh / "truth.json").exists():
        generate(fresh, args.incremental, seed=99, per_file=args.per_file, words=500)
    grown, empty = runs / "grown.sqlite", runs / "empty.sqlite"
    into_full: list[float] = []
    into_empty: list[float] = []
    cold = args.cold
    for _ in range(max(1, args.repeat)):
        for target, times in ((grown, into_full), (empty, into_empty)):
            for old in runs.glob(target.name + "*"):
                old.unlink()
            if target is grown:
                shutil.copy(archive, grown)
            if cold and not drop_file_cache():
                print("--cold: cannot drop the file cache here (needs root on Linux); running warm")
                cold = False
            seconds, _, _, _ = run_measured([*cli, str(fresh / "dumps"), "--db", str(target)])
            times.append(seconds)
    for target in (grown, empty):
        for old in runs.glob(target.name + "*"):
            old.unlink()
    full_s, empty_s = statistics.median(into_full), statistics.median(into_empty)
    runs_note = "" if len(into_full) == 1 else (
        f" (medians of {len(into_full)}: {', '.join(f'{t:.1f}' for t in into_full)} / "
        f"{', '.join(f'{t:.1f}' for t in into_empty)})")
    print(f"\nincremental{' (cold file cache)' if cold else ''}: {args.incremental} new articles into {what}: "
          f"{full_s:.1f} s; into an empty archive: {empty_s:.1f} s; ratio {full_s / empty_s:.2f}{runs_note}")


def table(rows: list[dict[str, object]]) -> str:
    cols = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(str(r[c]).ljust(w) for c, w in zip(cols, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--naive-articles", type=int, default=5_000)
    ap.add_argument("--per-file", type=int, default=500)
    ap.add_argument("--incremental", type=int, default=0, help="also measure adding this many new articles")
    ap.add_argument("--workers", type=int, default=0, help="newsarchive --workers (0: its default)")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsarchive-bench")
    ap.add_argument("--keep", action="store_true", help="keep the generated archive for the next run")
    ap.add_argument("--repeat", type=int, default=1, help="incremental: run the pair this many times (medians)")
    ap.add_argument("--cold", action="store_true", help="incremental: drop the file cache before each run (root)")
    ap.add_argument("--incremental-into", type=Path, default=None,
                    help="incremental only, into (a copy of) this existing archive")
    args = ap.parse_args()
    cli = [sys.executable, "-m", "ingest", "ingest", "--no-progress"]
    if args.workers:
        cli += ["--workers", str(args.workers)]
    if args.incremental_into is not None:
        if not args.incremental:
            raise SystemExit("--incremental-into needs --incremental K")
        runs = args.work / "runs-incremental"
        shutil.rmtree(runs, ignore_errors=True)
        runs.mkdir(parents=True)
        incremental(args, cli, args.incremental_into, runs, "the given archive")
        shutil.rmtree(runs, ignore_errors=True)
        return

    data = args.work / f"synth-{args.articles}-{args.per_file}"
    if not (data / "truth.json").exists():
        print(f"generating {args.articles} articles in {data} ...", flush=True)
        generate(data, args.articles, seed=7, per_file=args.per_file, words=500)
    truth = {(f, pos): story for f, pos, story in iter_truth(data)}
    # One folder per archive size: a run of another size must not delete an archive kept with
    # --keep (a million articles take half an hour to build again).
    runs = args.work / f"runs-{args.articles}"
    shutil.rmtree(runs, ignore_errors=True)
    runs.mkdir(parents=True)

    small_files = max(1, args.naive_articles // args.per_file)
    small = runs / "subset"
    subset(data, small, small_files)
    n_small = small_files * args.per_file
    truth_small = {k: v for k, v in truth.items() if (small / k[0]).exists()}
    rows = [
        bench("naive baseline",
              [sys.executable, str(HERE / "naive.py"), str(small), "--db", str(runs / "naive.sqlite")],
              runs / "naive.sqlite", small, n_small, clusters_naive, truth_small),
        bench("newsarchive", [*cli, str(small), "--db", str(runs / "small.sqlite")],
              runs / "small.sqlite", small, n_small, clusters_newsarchive, truth_small),
    ]
    if args.articles > n_small:
        rows.append(bench("newsarchive (full)", [*cli, str(data / "dumps"), "--db", str(runs / "full.sqlite")],
                          runs / "full.sqlite", data / "dumps", args.articles, clusters_newsarchive, truth))
    print(table(rows))
    ratio = float(rows[1]["articles_per_s"]) / float(rows[0]["articles_per_s"])  # type: ignore[arg-type]
    print(f"\nspeed-up over the naive baseline on the same {n_small} articles: {ratio:.1f}x")
    same = rows[0]["dup_recall"] == rows[1]["dup_recall"] and rows[0]["dup_precision"] == rows[1]["dup_precision"]
    print(f"duplicates: naive recall/precision {rows[0]['dup_recall']}/{rows[0]['dup_precision']}, newsarchive "
          f"{rows[1]['dup_recall']}/{rows[1]['dup_precision']}" + (" (identical)" if same else ""))

    if args.incremental:
        full_db = runs / "full.sqlite" if args.articles > n_small else runs / "small.sqlite"
        incremental(args, cli, full_db, runs, f"an archive of {args.articles}")
    print("\n" + json.dumps({"rows": rows, "speedup": round(ratio, 1)}))
    if not args.keep:
        shutil.rmtree(runs, ignore_errors=True)


if __name__ == "__main__":
    main()
