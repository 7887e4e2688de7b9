"""The pipeline: discover → decode → split → metadata → clean → fingerprint/dedup → store.

Parsing and cleaning run outside the database transaction; each source file is then
written in one transaction of its own, so a crash or a bad file never leaves half a file
stored, and a re-run skips what is already in (sources.sha256 is unique).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db import migrate, queries
from db.engine import atomic
from ingest import bundles, discover, formats, guards, versions
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import IngestConfig
from ingest.decode import DecodeError
from ingest.metadata import enrich
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.repeats import RepetitionLearner
from ingest.rules import RuleSet
from ingest.store import Store
from ingest.summary import Summary


class SettingsMismatch(RuntimeError):
    """The archive was built with other dedup settings; mixing signatures would be wrong."""


class Pipeline:
    def __init__(self, cfg: IngestConfig, engine: Engine) -> None:
        self.cfg, self.engine = cfg, engine
        bylines = Bylines(cfg.clean.byline_files)
        rules = RuleSet(cfg.clean.rule_files)
        self.ctx = formats.ParseContext(bylines, OutletAliases(cfg.clean.outlet_files), rules)
        self.cleaner = Cleaner(rules, bylines, cfg.clean.unwrap_max_width)
        self.store = Store(cfg.dedup, RepetitionLearner(cfg.clean, self.cleaner.weak))
        self.limits = guards.ShapeLimits()
        self.bundle_limits = bundles.BundleLimits(max_member_bytes=min(cfg.max_file_bytes, 256 * 1024**2))

    def prepare(self) -> None:
        migrate.upgrade(self.engine)
        with atomic(self.engine) as s:
            key = queries.get_setting(s, "dedup_key")
            if key is None:
                queries.set_setting(s, "dedup_key", self.cfg.dedup.key)
            elif key != self.cfg.dedup.key:
                raise SettingsMismatch(
                    f"this archive was built with dedup settings {key}; these are "
                    f"{self.cfg.dedup.key}: use the archive's settings or a new --db"
                )

    def run(self, args: Iterable[str], summary: Summary, tick: Callable[[str], None] = lambda _: None) -> None:
        self.prepare()
        for item in discover.expand(args):
            summary.files_seen += 1
            if isinstance(item, Rejection):
                summary.fail(item.path, item.reason)
                continue
            self.ingest_file(item, summary)
            tick(item)

    def ingest_file(self, path: str, summary: Summary) -> None:
        src = discover.read(path, self.cfg.max_file_bytes)
        if isinstance(src, Rejection):
            self._refused(path, src.reason, summary)
            return
        if bundles.container_kind(src.data) is not None:
            self.ingest_bundle(src, summary)
        else:
            self.ingest_source(src, summary)

    def ingest_source(self, src: Source, summary: Summary) -> None:
        with atomic(self.engine) as s:
            existing = queries.source_by_sha(s, src.sha256)
            if existing is not None and existing.status == "done":
                summary.already(src.path, existing.path)
                return
            prior = versions.find_prior(s, src)  # an earlier version of a file that grew
        try:
            decoded = formats.decode(src)
            fmt, candidates, dropped = self.parse(decoded, summary)
            candidates, known = versions.split_known(candidates, prior)
            articles = [self.cleaner.clean(c) for c in candidates]
            with atomic(self.engine, write=True) as s:  # takes the write lock, then re-checks
                if self._stored_meanwhile(s, src, summary):
                    return
                result = self.store.write(s, decoded, fmt, articles, dropped)
        except (DecodeError, ValueError, RecursionError, UnicodeError) as exc:
            self._failed(src, str(exc) or type(exc).__name__, summary)
            return
        except (SQLAlchemyError, OSError, MemoryError):
            raise  # the archive or the machine is in trouble: stop the run, never blame the file
        except Exception as exc:  # a parser bug on odd input costs that file, not the whole run
            self._failed(src, f"internal error, please report it: {type(exc).__name__}: {exc}", summary)
            return
        if prior:
            summary.grown.append((src.path, known))
        summary.files_done += 1
        summary.formats[fmt] += 1
        summary.articles_new += result.articles_new
        summary.copies += result.copies
        summary.matches.update(result.matches)
        for art in articles:
            summary.removed.update(art.removed)

    def parse(self, decoded: DecodedSource, summary: Summary) -> tuple[str, list[Candidate], int]:
        fmt = formats.sniff(decoded)
        guards.check_lines(decoded, fmt, self.limits)
        candidates: list[Candidate] = []
        dropped = 0
        oversize: str | None = None
        for item in guards.cap_articles(formats.FORMATS[fmt](decoded, self.ctx), self.limits):
            if isinstance(item, Rejection):
                summary.dropped[item.reason] += item.lines
                dropped += item.lines
                oversize = oversize or (item.reason if guards.is_oversize(item) else None)
            else:
                cand = enrich(item, self.ctx.bylines)
                cand.outlet = self.ctx.outlets.canonical(cand.outlet)
                candidates.append(cand)
        if oversize and not candidates:
            raise guards.LimitError(oversize)
        return formats.label(fmt, candidates), candidates, dropped

    def _stored_meanwhile(self, s: Session, src: Source, summary: Summary) -> bool:
        """Inside the write transaction: another ingester may have stored these bytes since we
        looked (two runs over the same files); a failed row of theirs is replaced by ours."""
        existing = queries.source_by_sha(s, src.sha256)
        if existing is not None and existing.status == "done":
            summary.already(src.path, existing.path)
            return True
        if existing is not None:
            queries.delete_failed_source(s, existing.id)  # a failed file is retried
        return False

    def _refused(self, path: str, reason: str, summary: Summary) -> None:
        """A file refused before its bytes were held (too large): still a failed source row,
        keyed by a hash read in chunks. A file that cannot be read at all has no bytes to key a
        row by; it is reported (and fails the run) without one."""
        summary.fail(path, reason)
        hashed = guards.hash_file(path) if os.path.isfile(path) else None
        if hashed is not None:
            with atomic(self.engine, write=True) as s:
                queries.record_failure(s, path=path, sha256=hashed[0], size_bytes=hashed[1], error=reason)

    def _failed(self, src: Source, reason: str, summary: Summary) -> None:
        summary.fail(src.path, reason)
        with atomic(self.engine, write=True) as s:
            queries.record_failure(s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, error=reason)

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
        failed = len(summary.failures) - failures_before
        if failed:
            self._failed(src, f"{failed} of {members} members failed (listed above)", summary)
            return
        kind = bundles.container_kind(src.data)
        with atomic(self.engine, write=True) as s:
            if self._stored_meanwhile(s, src, summary):
                return
            queries.insert_source(
                s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, fmt=kind, encoding=None, status="done"
            )
        summary.files_done += 1
        summary.formats[kind or "bundle"] += 1
