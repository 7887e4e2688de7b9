"""Regression tests for what the robustness work found (docs/robustness.md, "Findings")."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import formats
from ingest.cli import cli
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import EMAIL_RE, clean_line
from tests.robustness.corpus import write_digests
from tests.robustness.test_properties import CLEANER, CTX, _reclean, decoded

# Each of these repeated to 32k characters took 11-72 s before the fix (quadratic regexes).
HOSTILE_TOKENS = ["**a ", "__a ", "[", "[a", "<http://", "1-", "a.", "*a ", "(a", "[a]("]


@pytest.mark.parametrize("token", HOSTILE_TOKENS)
def test_long_lines_of_markup_debris_clean_in_linear_time(token: str) -> None:
    line = token * (256_000 // len(token))
    t0 = time.perf_counter()
    clean_line(line)
    EMAIL_RE.search(line)
    items = list(formats.FORMATS["text"](decoded(line), CTX))
    for item in items:
        if isinstance(item, Candidate):
            CLEANER.clean(item)
    assert time.perf_counter() - t0 < 5.0, f"{token!r} x {len(line)} chars is slow: quadratic again?"


def test_markdown_stripping_still_strips() -> None:
    assert clean_line("**Bold** and __under__, [a link](https://x.org/a_(b)) and *em*") == (
        "Bold and under, a link and em"
    )
    assert clean_line("**unclosed and *em* here") == "**unclosed and em here"
    assert EMAIL_RE.search("write to news.desk+tips@example.co.uk today").group(0) == "news.desk+tips@example.co.uk"


def test_cleaning_twice_keeps_what_cleaning_once_kept() -> None:
    story = ("The council voted on Tuesday to extend the harbour wall by forty metres, a project first proposed "
             "a decade ago and shelved twice for lack of money, officials said.")
    body = "\n\n".join([story, "Copyright 2020 The Harbour Gazette. All rights reserved."] * 2 + [story])
    once = _reclean(body)
    assert _reclean("\n\n".join(once)) == once


def test_a_parser_bug_fails_that_file_and_the_run_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only reasoned errors used to be caught: any other exception in a parser stopped the run."""
    write_digests(tmp_path / "in", 3, seed=31)
    victim = sorted((tmp_path / "in").iterdir())[1]
    real = formats.FORMATS["text"]

    def flaky(dec: DecodedSource, ctx: object) -> Iterator[Candidate | Rejection]:
        if dec.source.path == str(victim):
            raise KeyError("boom")
        return real(dec, ctx)  # type: ignore[arg-type]

    for name in ("text", "digest", "webpage"):
        monkeypatch.setitem(formats.FORMATS, name, flaky)
    db = tmp_path / "a.sqlite"
    # One process: the monkeypatched parser lives in this process only (workers are spawned).
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db), "--no-progress",
                                      "--workers", "1"])
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stderr.splitlines() if str(victim) in ln]
    assert len(lines) == 1 and "internal error, please report it: KeyError" in lines[0]
    assert "2 ingested" in result.stdout


def test_an_archive_inside_the_folder_being_ingested_is_not_an_input(tmp_path: Path) -> None:
    """It used to fail as 'an SQLite database' and its -wal/-shm as binary, on every run."""
    write_digests(tmp_path / "in", 2, seed=37)
    db = tmp_path / "in" / "archive.sqlite"
    for _ in range(2):
        result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "in"), "--db", str(db), "--no-progress"])
        assert result.exit_code == 0, result.output
        assert "files: 2 seen" in result.stdout
