"""The CPU half of ingestion: decode → parse → metadata → clean → fingerprint, for one source.

Pure (no database): it runs in worker processes when `--workers` is above 1, and in the
ingesting process otherwise. The writer (ingest/pipeline.py) commits what it returns in the
order the sources were discovered, so the archive is the same whatever the worker count.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

from ingest import formats, guards
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import IngestConfig
from ingest.decode import DecodeError
from ingest.fingerprint import Fingerprint, Fingerprinter, Sketch
from ingest.letters import split_letters
from ingest.metadata import enrich
from ingest.outlets import OutletAliases
from ingest.records import Candidate, CleanArticle, DecodedSource, Rejection, Source
from ingest.repeats import RepetitionLearner
from ingest.rules import RuleSet


@dataclass(slots=True)
class Prepared:
    """A parsed, cleaned and fingerprinted source, ready for the writer (without its bytes)."""

    source: Source
    encoding: str
    lossy: bool
    fmt: str
    candidates: list[Candidate]
    articles: list[CleanArticle]
    fingerprints: list[Fingerprint]
    dropped: Counter[str] = field(default_factory=Counter)  # lines outside any article, by reason
    dropped_lines: int = 0
    # Per article: its head and tail paragraphs by fingerprint, for the repetition learner
    # (hashing paragraphs here keeps that work off the one writer).
    edges: list[dict[str, str]] = field(default_factory=list)

    @property
    def decoded(self) -> DecodedSource:
        return DecodedSource(self.source, "", self.encoding, self.lossy)


@dataclass(slots=True, frozen=True)
class Failed:
    """A source that could not be parsed, with the reason shown to the user."""

    source: Source
    reason: str


class Preparer:
    """Everything the CPU stages need, built once per process from the run's configuration."""

    def __init__(self, cfg: IngestConfig, sketch: Sketch | None = None) -> None:
        bylines = Bylines(cfg.clean.byline_files)
        rules = RuleSet(cfg.clean.rule_files)
        outlets = OutletAliases(cfg.clean.outlet_files)
        bylines.publication = outlets.nameplate
        self.ctx = formats.ParseContext(bylines, outlets, rules)
        self.cleaner = Cleaner(rules, bylines, cfg.clean.unwrap_max_width)
        self.fingerprint = Fingerprinter(cfg.dedup, sketch)
        self.limits = guards.ShapeLimits()
        self.learner = RepetitionLearner(cfg.clean, self.cleaner.weak)

    def __call__(self, src: Source) -> Prepared | Failed:
        light = src.without_data()
        try:
            decoded = formats.decode(src)
            prepared = self.parse(decoded)
            prepared.source = light
            prepared.articles = [self.cleaner.clean(c) for c in prepared.candidates]
            prepared.fingerprints = [self.fingerprint(a.body) for a in prepared.articles]
            prepared.edges = [self.learner.edges(a.paragraphs, a.tables) for a in prepared.articles]
            return prepared
        except (DecodeError, ValueError, RecursionError, UnicodeError) as exc:
            return Failed(light, str(exc) or type(exc).__name__)
        except (OSError, MemoryError):
            raise  # the machine is in trouble: stop the run, never blame the file
        except Exception as exc:  # a parser bug on odd input costs that file, not the whole run
            return Failed(light, f"internal error, please report it: {type(exc).__name__}: {exc}")

    def parse(self, decoded: DecodedSource) -> Prepared:
        fmt = formats.sniff(decoded)
        guards.check_lines(decoded, fmt, self.limits)
        out = Prepared(decoded.source, decoded.encoding, decoded.lossy, fmt, [], [], [])
        oversize: str | None = None
        split = False
        for item in guards.cap_articles(formats.FORMATS[fmt](decoded, self.ctx), self.limits):
            if isinstance(item, Rejection):
                out.dropped[item.reason] += item.lines
                out.dropped_lines += item.lines
                oversize = oversize or (item.reason if guards.is_oversize(item) else None)
            else:
                cand = enrich(item, self.ctx.bylines)
                cand.outlet = self.ctx.outlets.canonical(cand.outlet)
                if (letters := split_letters(cand, self.ctx.bylines)) is not None:
                    out.candidates += letters[0]  # a letters page held whole: one article a letter
                    out.dropped["a letters page's own headline, standfirst and notes"] += letters[1]
                    out.dropped_lines += letters[1]
                    split = True
                else:
                    out.candidates.append(cand)
        if split:
            for position, cand in enumerate(out.candidates):
                cand.position = position
        if oversize and not out.candidates:
            raise guards.LimitError(oversize)
        out.fmt = formats.label(fmt, out.candidates)
        return out


WORKER_NICENESS = 10  # added to the workers' nice value (see init_worker)

# The process pool's workers each build one Preparer in their initializer. This is per-process
# state of worker processes only; the ingesting process never reads it.
_worker: Preparer | None = None


def init_worker(cfg: IngestConfig, sketch: Sketch | None = None) -> None:
    """Pool initializer: Ctrl-C is the ingesting process's to handle (it stops at a file
    boundary and shuts the pool down), so workers ignore SIGINT."""
    global _worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # started with SIGINT blocked (pipeline.sigint_blocked)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # Parsing allocates many small, short-lived objects (line tuples); collecting the young
    # generation every 700 allocations cost ~10 % of the parse stage for nothing it frees.
    gc.set_threshold(50_000, 50, 100)
    # The one writer is the pipeline's serial stage: when workers and writer all want the CPU,
    # the writer should get it (workers fill the time it leaves; their results wait in a
    # bounded window). At equal priority, two workers took a third of its core on two cores.
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    parent = multiprocessing.parent_process()  # the ingesting process, as spawn recorded it
    threading.Thread(target=_exit_with_parent, args=(parent.pid if parent else os.getppid(),), daemon=True).start()
    _worker = Preparer(cfg, sketch)  # with the ingesting process's datasketch constants


def _exit_with_parent(parent: int) -> None:
    """A worker whose ingesting process was killed (SIGKILL, OOM) would wait for work forever,
    holding its memory: it leaves as soon as it has been handed to another parent (also when
    that happened while it was still starting up)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def prepare_in_worker(src: Source) -> Prepared | Failed:
    if _worker is None:
        raise RuntimeError("prepare_in_worker runs only in a pool started with init_worker")
    out = _worker(src)
    if isinstance(out, Prepared):
        # The writer never reads a candidate's body lines (the clean paragraphs and raw text
        # carry everything it stores); not pickling them halves what crosses to the writer.
        for cand in out.candidates:
            cand.body_lines = []
            cand.header_lines = set()
    return out
