"""Fixtures for the robustness tests: a generated corpus, its reference archive, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.robustness.corpus import write_digests

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def ingest_cmd(*paths: Path | str, db: Path, extra: tuple[str, ...] = ()) -> list[str]:
    return [sys.executable, "-m", "ingest", "ingest", *map(str, paths), "--db", str(db), "--no-progress", *extra]


# Commit after every file: tests that watch stored files appear one by one (and kill or
# interrupt between them) need each file's commit to be visible on its own.
PER_FILE = ("--commit-every", "0")


def run_ingest(*paths: Path | str, db: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`newsarchive ingest` in a child process, as an archivist runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        ingest_cmd(*paths, db=db), capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env, check=False
    )


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: list[Path]
    reference: Path  # the archive an uninterrupted run builds
    seconds: float  # how long that run took


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """60 generated digests with exact and near duplicates, plus one image (a failure), and the
    archive one uninterrupted run makes of them."""
    import time

    base = tmp_path_factory.mktemp("corpus")
    files = write_digests(base / "in", 60, seed=11)
    image = base / "in" / "digest_024_scan.png"
    image.write_bytes(PNG)
    reference = base / "reference.sqlite"
    t0 = time.monotonic()
    done = run_ingest(base / "in", db=reference)
    seconds = time.monotonic() - t0
    assert done.returncode == 1, done.stderr  # the image fails, everything else is kept
    return Corpus(base / "in", [*files, image], reference, seconds)


Runner = Callable[..., subprocess.CompletedProcess[str]]
