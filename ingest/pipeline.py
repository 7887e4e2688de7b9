"""The pipeline: discover → decode → split → metadata → clean → fingerprint/dedup → store.

The CPU stages (ingest/prepare.py) run outside the database, in a process pool when
`workers` > 1; one writer then stores each source in one transaction of its own, in
discovery order, so a crash or a bad file never leaves half a file stored, a re-run skips
what is already in (sources.sha256 is unique), and the archive is the same for any number
of workers.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db import migrate, queries
from db.engine import atomic
from ingest import bundles, discover, guards, versions, wire
from ingest.clean import Cleaner
from ingest.config import IngestConfig
from ingest.fingerprint import Sketch
from ingest.formats import ParseContext
from ingest.prepare import Failed, Prepared, Preparer, init_worker
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.runlock import exclusive_run
from ingest.store import Store, StoreResult
from ingest.summary import Summary
from ingest.wire import Packed
from ingest.writegroup import WriteGroup, sigint_blocked, writing

# What one file's write gives back: the store's result, the earlier version of the file (if
# it grew), how many of its articles that version already held, and the articles written.
_Written = tuple[StoreResult, versions.Prior, int, list[wire.Article]]


class SettingsMismatch(RuntimeError):
    """The archive was built with other dedup settings; mixing signatures would be wrong."""


@contextlib.contextmanager
def _young_collections_rare() -> Iterator[None]:
    """The writer allocates many small, short-lived objects per article (rows, bucket lists)
    and holds a large, long-lived batch index: the collector's default thresholds made it
    rescan that index over and over (~0.1 ms an article, with no cycles to free). Restored
    afterwards, for callers that use the pipeline as a library."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


class Pipeline:
    def __init__(self, cfg: IngestConfig, engine: Engine) -> None:
        self.cfg, self.engine = cfg, engine
        self.bundle_limits = bundles.BundleLimits(max_member_bytes=min(cfg.max_file_bytes, 256 * 1024**2))
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[Source, Future[Packed | Failed]]] = deque()
        self.group = WriteGroup(engine, cfg.commit_articles, cfg.commit_seconds, on_rollback=self._forget)

    # Built on first use, not here. With workers, the sources are prepared in the pool, and
    # this process needs its own rules (~0.3 s of CPU to build) only at its first write: built
    # then, they do not delay the pool's start by that much. Only datasketch's constants
    # (`sketch`, computed without datasketch: ingest/fingerprint.py) must exist before the
    # pool, its workers' initializer takes them. On small runs the start-up is a large part of
    # the wall time.

    @cached_property
    def sketch(self) -> Sketch:
        return Sketch.make(self.cfg.dedup.num_perm, self.cfg.dedup.seed)

    @cached_property
    def preparer(self) -> Preparer:
        return Preparer(self.cfg, self.sketch)

    @cached_property
    def store(self) -> Store:
        return Store(self.cfg.dedup, self.preparer.learner, self.sketch)

    @property
    def cleaner(self) -> Cleaner:
        return self.preparer.cleaner

    @property
    def ctx(self) -> ParseContext:
        return self.preparer.ctx

    def _forget(self) -> None:
        if "store" in self.__dict__:  # nothing cached before the store exists
            self.store.forget()

    def prepare(self) -> None:
        migrate.upgrade(self.engine)
        # Write lock first: two ingesters starting on a new archive both read "no key yet", and
        # a read transaction that then writes is refused by SQLite at once, not after a wait.
        with writing(self.engine) as s:
            key = queries.get_setting(s, "dedup_key")
            if key is None:
                queries.set_setting(s, "dedup_key", self.cfg.dedup.key)
            elif key != self.cfg.dedup.key:
                raise SettingsMismatch(
                    f"this archive was built with dedup settings {key}; these are "
                    f"{self.cfg.dedup.key}: use the archive's settings or a new --db"
                )

    def run(self, args: Iterable[str], summary: Summary, tick: Callable[[str], None] = lambda _: None) -> None:
        """Discover, prepare (in worker processes when workers > 1) and commit, in order.
        Every run leaves a `runs` row with its summary (also when interrupted)."""
        database = self.engine.url.database if self.engine.url.get_backend_name() == "sqlite" else None
        with exclusive_run(database):  # one ingester at a time per archive (ingest/runlock.py)
            self._locked_run(args, summary, tick)

    def _locked_run(self, args: Iterable[str], summary: Summary, tick: Callable[[str], None]) -> None:
        self.prepare()
        with writing(self.engine) as s:
            run_id = queries.start_run(s)
        try:
            with _young_collections_rare():
                self._run(args, summary, tick)
        finally:
            try:
                # Also on Ctrl-C or an error: the open group holds whole files only (a file that
                # failed halfway was undone alone, ingest/writegroup.py), so they are kept.
                self.group.close(commit=True)
            finally:
                with writing(self.engine) as s:
                    queries.finish_run(s, run_id, summary.as_dict())

    def _run(self, args: Iterable[str], summary: Summary, tick: Callable[[str], None]) -> None:
        workers = self.cfg.workers
        self._pool = None
        if workers > 1:
            # spawn, not fork: a forked worker would inherit this process's open SQLite
            # connections, which SQLite forbids touching (even closing) in a child process.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker,
                                             initargs=(self.cfg, self.sketch))
        own = guards.archive_files(self.engine.url.database if self.engine.url.get_backend_name() == "sqlite" else None)
        try:
            for item in discover.expand(args):
                if isinstance(item, str) and os.path.realpath(item) in own:
                    continue  # the archive itself (and its -wal/-shm) inside a folder being ingested
                summary.files_seen += 1
                if isinstance(item, Rejection):
                    summary.fail(item.path, item.reason)
                    continue
                self.ingest_file(item, summary)
                tick(item)
            self.drain(summary)
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
            self._pending.clear()

    def ingest_file(self, path: str, summary: Summary) -> None:
        src = discover.read(path, self.cfg.max_file_bytes)
        if isinstance(src, Rejection):
            self._refused(path, src.reason, summary)
            return
        if bundles.container_kind(src.data, src.path) is not None:
            self.ingest_bundle(src, summary)
        else:
            self.ingest_source(src, summary)

    def ingest_source(self, src: Source, summary: Summary) -> None:
        """Hand a source to the CPU stages, unless its bytes are already in the archive."""
        with atomic(self.engine) as s:
            existing = queries.source_by_sha(s, src.sha256)
            if existing is not None and existing.status == "done":
                summary.already(src.path, existing.path)
                return
        if self._pool is None:
            self.commit(src, self.preparer(src), summary)
            return
        with sigint_blocked():  # a worker this submit starts must not die of an early Ctrl-C
            future = self._pool.submit(wire.prepare_packed, src)
        self._pending.append((src, future))
        # A bounded window: workers stay busy while the writer commits, and memory stays flat.
        while len(self._pending) > 2 * self.cfg.workers:
            self._commit_oldest(summary)

    def drain(self, summary: Summary) -> None:
        while self._pending:
            self._commit_oldest(summary)

    def _commit_oldest(self, summary: Summary) -> None:
        src, future = self._pending.popleft()
        self.commit(src, future.result(), summary)

    def commit(self, src: Source, prepared: Prepared | Packed | Failed, summary: Summary) -> None:
        """The writer: store one prepared source whole, inside the open group transaction
        (ingest/writegroup.py), sources in discovery order. Workers hand it packed
        (ingest/wire.py); a source prepared in this process is packed here."""
        if isinstance(prepared, Failed):
            self._failed(src, prepared.reason, summary)
            return
        if isinstance(prepared, Prepared):
            if not prepared.edges and prepared.articles:
                prepared.edges = [self.preparer.learner.edges(a.paragraphs, a.tables) for a in prepared.articles]
            prepared = wire.pack(prepared)
        packed = prepared
        written = self.group.write(lambda s: self._write(s, src, packed), len(packed.articles))
        if isinstance(written, str):
            summary.already(src.path, written)
            return
        result, prior, known, articles = written
        summary.dropped.update(packed.dropped)
        if prior:
            summary.grown.append((src.path, known))
        summary.files_done += 1
        summary.formats[packed.fmt] += 1
        summary.articles_new += result.articles_new
        summary.copies += result.copies
        summary.matches.update(result.matches)
        removed = summary.removed
        for art in articles:
            if art[wire.REMOVED]:
                removed.update(art[wire.REMOVED])

    def _write(self, s: Session, src: Source, packed: Packed) -> str | _Written:
        """One file's writes (run again if a later file of the group fails: no side effects
        outside the database). The path of the stored source if another ingester stored these
        bytes meanwhile."""
        stored = self._stored_meanwhile(s, src)  # under the write lock now: looked at again
        if stored is not None:
            return stored
        prior = versions.find_prior(s, src)  # an earlier version of a file that grew
        articles = packed.articles
        known = 0
        if prior:
            cands = [wire.candidate(a, src.path) for a in articles]
            kept, known = versions.split_known(cands, prior)
            keep = {id(c) for c in kept}
            articles = [a for a, c in zip(articles, cands, strict=True) if id(c) in keep]
        result = self.store.write(s, packed.decoded, packed.fmt, articles, packed.dropped_lines)
        return result, prior, known, articles

    def parse(self, decoded: DecodedSource, summary: Summary) -> tuple[str, list[Candidate], int]:
        """Parse one decoded source (used by tools that want the candidates, e.g. benchmarks)."""
        prepared = self.preparer.parse(decoded)
        summary.dropped.update(prepared.dropped)
        return prepared.fmt, prepared.candidates, prepared.dropped_lines

    def _stored_meanwhile(self, s: Session, src: Source) -> str | None:
        """Inside the write transaction: another ingester may have stored these bytes since we
        looked (two runs over the same files): the path it stored them under. A failed row of
        theirs is replaced by ours."""
        existing = queries.source_by_sha(s, src.sha256)
        if existing is not None and existing.status == "done":
            return str(existing.path)
        if existing is not None:
            queries.delete_failed_source(s, existing.id)  # a failed file is retried
        return None

    def _refused(self, path: str, reason: str, summary: Summary) -> None:
        """A file refused before its bytes were held (too large): still a failed source row,
        keyed by a hash read in chunks. A file that cannot be read at all has no bytes to key a
        row by; it is reported (and fails the run) without one."""
        summary.fail(path, reason)
        hashed = guards.hash_file(path) if os.path.isfile(path) else None
        if hashed is not None:
            self.group.write(lambda s: queries.record_failure(s, path=path, sha256=hashed[0], size_bytes=hashed[1],
                                                              error=reason))

    def _failed(self, src: Source, reason: str, summary: Summary) -> None:
        summary.fail(src.path, reason)
        self.group.write(lambda s: queries.record_failure(s, path=src.path, sha256=src.sha256,
                                                          size_bytes=src.size_bytes, error=reason))

    def ingest_bundle(self, src: Source, summary: Summary) -> None:
        """A compressed or bundled file: every member is ingested as a source of its own
        (`bundle.zip!inner/path`). The container gets a row too, 'done' once every member is in,
        else 'failed' naming how many were not, so a re-run skips it or retries what failed."""
        with atomic(self.engine) as s:
            existing = queries.source_by_sha(s, src.sha256)
            if existing is not None and existing.status == "done":
                summary.already(src.path, existing.path)
                return
        failures_before, members = len(summary.failures), 0
        try:
            for member in bundles.expand(src, self.bundle_limits):
                members += 1
                summary.files_seen += 1
                if isinstance(member, Rejection):
                    summary.fail(member.path, member.reason)
                else:
                    self.ingest_source(member, summary)
        except bundles.BundleError as exc:
            self._failed(src, str(exc), summary)
            return
        self.drain(summary)  # every member committed before the container is judged
        failed = len(summary.failures) - failures_before
        if failed:
            self._failed(src, f"{failed} of {members} members failed (listed above)", summary)
            return
        kind = bundles.container_kind(src.data, src.path)

        def record(s: Session) -> str | None:
            stored = self._stored_meanwhile(s, src)
            if stored is None:
                queries.insert_source(s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, fmt=kind,
                                      encoding=None, status="done")
            return stored

        stored = self.group.write(record)
        if stored is not None:
            summary.already(src.path, stored)
            return
        summary.files_done += 1
        summary.formats[kind or "bundle"] += 1
