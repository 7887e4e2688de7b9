"""The pipeline: discover → decode → split → metadata → clean → fingerprint/dedup → store.

Parsing and cleaning run outside the database transaction; each source file is then
written in one transaction of its own, so a crash or a bad file never leaves half a file
stored, and a re-run skips what is already in (sources.sha256 is unique).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Engine

from db import migrate, queries
from db.engine import atomic
from ingest import discover, formats
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import IngestConfig
from ingest.decode import DecodeError, decode_bytes
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
            summary.fail(path, src.reason)
            return
        with atomic(self.engine) as s:
            existing = queries.source_by_sha(s, src.sha256)
            if existing is not None and existing.status == "done":
                summary.files_skipped += 1
                return
            if existing is not None:
                queries.delete_failed_source(s, existing.id)  # a failed file is retried
        try:
            text, encoding, lossy = decode_bytes(src.data)
            decoded = DecodedSource(src, text, encoding, lossy)
            fmt, candidates, dropped = self.parse(decoded, summary)
            articles = [self.cleaner.clean(c) for c in candidates]
            with atomic(self.engine) as s:
                result = self.store.write(s, decoded, fmt, articles, dropped)
        except (DecodeError, ValueError, RecursionError, UnicodeError) as exc:
            self._failed(src, str(exc) or type(exc).__name__, summary)
            return
        summary.files_done += 1
        summary.formats[fmt] += 1
        summary.articles_new += result.articles_new
        summary.copies += result.copies
        summary.matches.update(result.matches)
        for art in articles:
            summary.removed.update(art.removed)

    def parse(self, decoded: DecodedSource, summary: Summary) -> tuple[str, list[Candidate], int]:
        fmt = formats.sniff(decoded)
        candidates: list[Candidate] = []
        dropped = 0
        for item in formats.FORMATS[fmt](decoded, self.ctx):
            if isinstance(item, Rejection):
                summary.dropped[item.reason] += item.lines
                dropped += item.lines
            else:
                candidates.append(enrich(item, self.ctx.bylines))
        return formats.label(fmt, candidates), candidates, dropped

    def _failed(self, src: Source, reason: str, summary: Summary) -> None:
        summary.fail(src.path, reason)
        with atomic(self.engine) as s:
            queries.record_failure(s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, error=reason)
