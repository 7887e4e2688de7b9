"""Per-stage CPU cost of ingestion, in one process, on the synthetic digests.

    python benchmarks/bench_stages.py --articles 10000                  # table of ms/article per stage
    python benchmarks/bench_stages.py --articles 10000 --profile parse  # cProfile of one stage

The end-to-end benchmark (bench_ingest.py) says how fast the whole run is; this one says
where the CPU goes, stage by stage, so a change to one stage can be measured on its own
(process CPU time, not wall time: a busy machine changes it far less). Stages: decode+parse
(with metadata), clean, fingerprint, edge paragraphs and the packing (and pickling) of each
result for the writer (ingest/wire.py) are the workers' share; "receive" is what the ingesting process spends
unpickling those results (the pool's result thread, holding the GIL against the writer); then
the writer (dedup and storage into a fresh SQLite archive, one process, the run's own group
commits).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pickle
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.synth import generate  # noqa: E402
from db.engine import make_engine  # noqa: E402
from ingest import discover, formats, wire  # noqa: E402
from ingest.config import IngestConfig  # noqa: E402
from ingest.pipeline import Pipeline, _young_collections_rare  # noqa: E402
from ingest.prepare import Prepared  # noqa: E402
from ingest.records import Rejection  # noqa: E402
from ingest.summary import Summary  # noqa: E402
from ingest.wire import Packed  # noqa: E402

STAGES = ("parse", "clean", "fingerprint", "edges", "pack", "receive", "writer")
WORKER_STAGES = ("parse", "clean", "fingerprint", "edges", "pack")


def timed(fn: Callable[[], Any], profile: bool) -> tuple[float, Any]:
    """(CPU seconds, result) of fn; under cProfile when asked (then the time includes its overhead)."""
    prof = cProfile.Profile() if profile else None
    started = time.process_time()
    out = prof.runcall(fn) if prof else fn()
    spent = time.process_time() - started
    if prof:
        order, lines = os.environ.get("BENCH_SORT", "tottime"), int(os.environ.get("BENCH_LINES", "30"))
        pstats.Stats(prof).sort_stats(order).print_stats(lines)
    return spent, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--per-file", type=int, default=500)
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsarchive-bench")
    ap.add_argument("--profile", choices=STAGES, help="print a cProfile of this stage (BENCH_SORT=cumtime, "
                                                      "BENCH_LINES=60 to change the listing)")
    ap.add_argument("--repeat", type=int, default=1, help="time each worker stage this many times, keep the least "
                                                        "(steadier on a busy machine)")
    ap.add_argument("--no-writer", action="store_true", help="time the worker stages only")
    args = ap.parse_args()

    data = args.work / f"synth-{args.articles}-{args.per_file}"
    if not (data / "truth.json").exists():
        generate(data, args.articles, seed=7, per_file=args.per_file, words=500)
    paths = sorted(str(p) for p in (data / "dumps").iterdir())
    sources = [src for src in (discover.read(p, 1 << 30) for p in paths) if not isinstance(src, Rejection)]

    db = Path(tempfile.mkdtemp()) / "stages.sqlite"
    cfg = IngestConfig(db_url=f"sqlite:///{db}", workers=1)
    pipe = Pipeline(cfg, make_engine(cfg.db_url))
    prep = pipe.preparer
    costs: dict[str, float] = {}
    before = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)  # as init_worker sets the collector in worker processes

    def parse() -> list[Prepared]:
        return [prep.parse(formats.decode(src)) for src in sources]

    costs["parse"], prepared = timed(parse, args.profile == "parse")
    for _ in range(args.repeat - 1):
        costs["parse"] = min(costs["parse"], timed(parse, False)[0])

    def clean() -> None:
        for p in prepared:
            p.articles = [prep.cleaner.clean(c) for c in p.candidates]

    def fingerprint() -> None:
        for p in prepared:
            p.fingerprints = [prep.fingerprint(a.body) for a in p.articles]

    def edges() -> None:
        for p in prepared:
            p.edges = [prep.learner.edges(a.paragraphs, a.tables) for a in p.articles]

    for name, fn in (("clean", clean), ("fingerprint", fingerprint), ("edges", edges)):
        costs[name], _ = timed(fn, args.profile == name)
        for _ in range(args.repeat - 1):
            costs[name] = min(costs[name], timed(fn, False)[0])
    for src, p in zip(sources, prepared, strict=True):
        p.source = src.without_data()
        for cand in p.candidates:  # as prepare_in_worker drops them before the result is packed
            cand.body_lines = []
            cand.header_lines = set()

    def pack() -> list[bytes]:  # what a worker does with its result: pack it, and pickle it for the pipe
        return [pickle.dumps(wire.pack(p), protocol=pickle.HIGHEST_PROTOCOL) for p in prepared]

    costs["pack"], pickled = timed(pack, args.profile == "pack")
    for _ in range(args.repeat - 1):
        costs["pack"] = min(costs["pack"], timed(pack, False)[0])
    gc.set_threshold(*before)

    def receive() -> list[Packed]:
        return [pickle.loads(b) for b in pickled]

    costs["receive"], packed = timed(receive, args.profile == "receive")
    for _ in range(args.repeat - 1):
        costs["receive"] = min(costs["receive"], timed(receive, False)[0])
    n = sum(len(p.articles) for p in prepared)

    if args.no_writer:
        for name in STAGES[:-1]:
            print(f"  {name:<12} {1000 * costs[name] / n:7.3f}")
        return
    pipe.prepare()
    summary = Summary()

    def write() -> None:
        with _young_collections_rare():  # as Pipeline.run sets the collector for the writer
            for src, p in zip(sources, packed, strict=True):
                pipe.commit(src, p, summary)
            pipe.group.close(commit=True)

    costs["writer"], _ = timed(write, args.profile == "writer")
    print(f"{n} articles in {len(sources)} files; CPU ms/article (one process):")
    for name in STAGES:
        print(f"  {name:<12} {1000 * costs[name] / n:7.3f}")
    workers = sum(costs[s] for s in WORKER_STAGES)
    ingesting = costs["receive"] + costs["writer"]
    print(f"  {'workers':<12} {1000 * workers / n:7.3f}   (parse + clean + fingerprint + edges + pack)")
    print(f"  {'ingesting':<12} {1000 * ingesting / n:7.3f}   (receive + writer)")
    print(f"  {'total':<12} {1000 * (workers + ingesting) / n:7.3f}")
    # Two cores: the writer is serial, the workers share what it leaves; neither can beat the total CPU / 2.
    bound = n / max(ingesting, workers / 2 + 1e-9, (workers + ingesting) / 2)
    print(f"two cores bound: {bound:,.0f} articles/s")


if __name__ == "__main__":
    main()
