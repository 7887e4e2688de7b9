"""Helpers for the format tests: parse a fixture the way the pipeline does, or ingest it."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db.engine import make_engine
from ingest import formats
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig, IngestConfig
from ingest.formats.plaintext import ParseContext
from ingest.metadata import enrich
from ingest.outlets import OutletAliases
from ingest.pipeline import Pipeline
from ingest.records import Candidate, CleanArticle, Rejection, Source
from ingest.rules import RuleSet
from ingest.summary import Summary

DATA = Path(__file__).parent / "data"


class Parsed:
    def __init__(self, fmt: str, encoding: str, items: list[Candidate | Rejection], cleaner: Cleaner) -> None:
        self.fmt, self.encoding = fmt, encoding
        self.candidates = [i for i in items if isinstance(i, Candidate)]
        self.rejections = [i for i in items if isinstance(i, Rejection)]
        self.articles: list[CleanArticle] = [cleaner.clean(c) for c in self.candidates]

    def by_title(self, title: str) -> CleanArticle:
        return next(a for a in self.articles if a.candidate.title == title)


@pytest.fixture(scope="session")
def parse() -> Callable[[bytes, str], Parsed]:
    cfg = CleanConfig()
    bylines = Bylines(cfg.byline_files)
    ctx = ParseContext(bylines, OutletAliases(cfg.outlet_files))
    cleaner = Cleaner(RuleSet(cfg.rule_files), bylines, cfg.unwrap_max_width)

    def run(data: bytes, path: str) -> Parsed:
        decoded = formats.decode(Source(path, data, hashlib.sha256(data).hexdigest()))
        fmt = formats.sniff(decoded)
        items = [enrich(i, bylines) if isinstance(i, Candidate) else i for i in formats.FORMATS[fmt](decoded, ctx)]
        return Parsed(fmt, decoded.encoding, items, cleaner)

    return run


@pytest.fixture()
def ingest(tmp_path: Path) -> Callable[..., tuple[Summary, sqlite3.Connection]]:
    db = tmp_path / "archive.sqlite"

    def run(*paths: str | Path) -> tuple[Summary, sqlite3.Connection]:
        cfg = IngestConfig(db_url=f"sqlite:///{db}")
        summary = Summary()
        Pipeline(cfg, make_engine(cfg.db_url)).run([str(p) for p in paths], summary)
        con = sqlite3.connect(db)
        con.row_factory = sqlite3.Row
        return summary, con

    return run


def fixture_bytes(name: str) -> bytes:
    return (DATA / name).read_bytes()
