"""Shared fixtures: an ingest helper over the real pipeline, and the project's scorer."""

from __future__ import annotations

import importlib.util
import io
import sys
from collections.abc import Callable, Iterable
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from db.engine import make_engine
from ingest.config import IngestConfig
from ingest.pipeline import Pipeline
from ingest.summary import Summary

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD_DIR = Path(__file__).resolve().parent / "gold"


def _load_scorer() -> Any:
    """The scorer shipped in ../shared/tools (copied into tests/gold so tests run without it)."""
    spec = importlib.util.spec_from_file_location("score_archive", GOLD_DIR / "score_archive.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER = _load_scorer()


def score(db_path: Path, gold: Path) -> tuple[dict[str, Any], str]:
    """Run the scorer: (headline figures as a dict, the full printed report)."""
    out = io.StringIO()
    argv = sys.argv
    try:
        sys.argv = ["score_archive.py", str(db_path), str(gold), "--json"]
        with redirect_stdout(out):
            SCORER.main()
        figures = __import__("json").loads(out.getvalue())
        sys.argv = ["score_archive.py", str(db_path), str(gold)]
        out = io.StringIO()
        with redirect_stdout(out):
            SCORER.main()
    finally:
        sys.argv = argv
    return figures, out.getvalue()


Ingest = Callable[..., tuple[Summary, Engine]]


@pytest.fixture
def ingest(tmp_path: Path) -> Ingest:
    """ingest(paths, db=None) -> (summary, engine): the real pipeline, into a temporary archive."""

    def run(paths: Iterable[str | Path], db: Path | None = None, **cfg: Any) -> tuple[Summary, Engine]:
        db = db or tmp_path / "archive.sqlite"
        config = IngestConfig(db_url=f"sqlite:///{db}", **cfg)
        engine = make_engine(config.db_url)
        summary = Summary()
        Pipeline(config, engine).run([str(p) for p in paths], summary)
        return summary, engine

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """write(name, text) -> path of a new input file under tmp_path/in."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write
