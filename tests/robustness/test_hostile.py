"""Hostile input, one test each. Every case ends the same way: one clear line naming the file
and the reason, a `failed` source row carrying that reason (when there are bytes to key it
by), every other file ingested, and a non-zero exit code at the end. Input that is text after
all (invalid UTF-8 in a legacy charset, UTF-16 without a BOM) is decoded and ingested instead.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import os
import shutil
import sqlite3
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from ingest import discover, formats
from ingest.cli import cli
from tests.robustness.conftest import PNG, run_ingest
from tests.robustness.corpus import make_article, write_digests

HAS_BUNDLES = importlib.util.find_spec("ingest.bundles") is not None
needs_bundles = pytest.mark.skipif(not HAS_BUNDLES, reason="ingest/bundles.py (issue 3, compressed bundles) missing")
needs_html = pytest.mark.skipif("html" not in formats.FORMATS, reason="ingest/formats html parser (issue 3) missing")

ARTICLE = make_article(__import__("random").Random(9), 900).render()


def _ingest(tmp_path: Path, *hostile: Path, args: tuple[str, ...] = ()) -> tuple[Result, Path]:
    """Two good digests plus the hostile paths, through the real CLI."""
    write_digests(tmp_path / "good", 2, seed=17)
    db = tmp_path / "archive.sqlite"
    result = CliRunner().invoke(
        cli, ["ingest", str(tmp_path / "good"), *map(str, hostile), "--db", str(db), "--no-progress", *args]
    )
    return result, db


def _sources(db: Path) -> dict[str, tuple[str, str | None, int]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT s.path, s.status, s.error, (SELECT count(*) FROM copies c WHERE c.source_id = s.id) FROM sources s"
        ).fetchall()
    return {p: (st, err, n) for p, st, err, n in rows}


def assert_failed_cleanly(result: Result, db: Path, path: Path | str, *words: str, row: bool = True) -> str:
    """The contract of every hostile case; returns the reason given."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert "Traceback" not in result.output
    assert result.exit_code == 1, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith(f"newsarchive: {path}")]
    assert len(lines) == 1, result.stderr
    reason = lines[0].split(": ", 2)[-1]
    for word in words:
        assert word in reason, reason
    sources = _sources(db)
    good = [v for p, v in sources.items() if "/good/" in p]
    assert len(good) == 2 and all(st == "done" and n > 0 for st, _, n in good), sources
    if row:
        assert sources[str(path)][:2] == ("failed", reason)
    return reason


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert_failed_cleanly(*_ingest(tmp_path, empty), empty, "empty file")


def test_whitespace_only_file(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n\n   \r\n\t\n")
    assert_failed_cleanly(*_ingest(tmp_path, blank), blank, "empty file")


def test_an_image(tmp_path: Path) -> None:
    image = tmp_path / "scan.txt"  # the name lies; the bytes do not
    image.write_bytes(PNG + bytes(range(256)) * 8)
    assert_failed_cleanly(*_ingest(tmp_path, image), image, "not a text file", "PNG image")


def test_an_executable(tmp_path: Path) -> None:
    exe = tmp_path / "true"
    shutil.copy("/bin/true", exe)
    assert_failed_cleanly(*_ingest(tmp_path, exe), exe, "not a text file", "executable")


def test_a_windows_executable_but_not_a_text_starting_with_mz(tmp_path: Path) -> None:
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200))
    text = tmp_path / "mz.txt"  # printable signatures count only with binary bytes behind them
    text.write_text("MZ Wallace opens a store in the old quarter\n\n" + ARTICLE)
    result, db = _ingest(tmp_path, exe, text)
    assert_failed_cleanly(result, db, exe, "executable (Windows)")
    assert _sources(db)[str(text)][0] == "done"


def test_nul_bytes(tmp_path: Path) -> None:
    nul = tmp_path / "nul.txt"
    nul.write_bytes(ARTICLE.encode()[:300] + b"\x00\x00\x01\x02\x00" + ARTICLE.encode()[300:])
    assert_failed_cleanly(*_ingest(tmp_path, nul), nul, "NUL bytes")


def test_invalid_utf8_in_a_legacy_charset_is_decoded_not_lost(tmp_path: Path) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(ARTICLE.replace("said", "said at the caf\u00e9 \u201cLe D\u00f4me\u201d").encode("cp1252"))
    result, db = _ingest(tmp_path, latin)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        enc, raw = conn.execute(
            "SELECT s.encoding, c.raw_text FROM sources s JOIN copies c ON c.source_id = s.id WHERE s.path = ?",
            (str(latin),),
        ).fetchone()
    assert enc != "utf-8" and "caf\u00e9" in raw


def test_invalid_utf8_garbage_fails_or_is_marked_lossy(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(b for b in os.urandom(20000) if b >= 0x80 or b in b" \n"))
    result, db = _ingest(tmp_path, junk)
    assert "Traceback" not in result.output
    status, _, _ = _sources(db)[str(junk)]
    if status == "failed":
        assert_failed_cleanly(result, db, junk)
    else:  # decoded by detection: then the archive must say the decode was a guess
        with sqlite3.connect(db) as conn:
            (lossy, enc), = conn.execute("SELECT lossy_decode, encoding FROM sources WHERE path = ?", (str(junk),))
        assert enc != "utf-8" and (lossy or enc)


def test_utf16_without_bom_is_decoded(tmp_path: Path) -> None:
    wide = tmp_path / "wide.txt"
    wide.write_bytes(ARTICLE.encode("utf-16-le"))
    result, db = _ingest(tmp_path, wide)
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        enc, title = conn.execute(
            "SELECT s.encoding, c.title FROM sources s JOIN copies c ON c.source_id = s.id WHERE s.path = ?",
            (str(wide),),
        ).fetchone()
    assert enc == "utf-16-le" and title == ARTICLE.split("\n")[0]


# Runs the CLI and reports, on exit, the peak RSS of this process since exec (VmHWM) and of
# its own children (the workers). Not wait4's ru_maxrss: Linux folds into a child's maxrss
# the RSS of the address space it replaced at exec, i.e. the forking pytest process's, so a
# late test in a long suite would measure pytest (~500 MB), not the ingester.
_PEAK_WRAPPER = """
import atexit, resource, runpy, sys

def report():
    try:
        with open("/proc/self/status") as fh:
            own = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
    except OSError:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"\\npeak-rss-kb: {max(own, kids)}\\n")

atexit.register(report)
sys.argv = ["newsarchive", *sys.argv[1:]]
runpy.run_module("ingest", run_name="__main__", alter_sys=True)
"""


def _child_peak_rss_mb(*paths: Path, db: Path) -> tuple[int, str, str]:
    """Run the CLI in a child and read its peak RSS (its own and its workers'), in MB."""
    import re
    import subprocess
    import sys

    from tests.conftest import ROOT
    from tests.robustness.conftest import ingest_cmd

    args = ingest_cmd(*paths, db=db)[3:]  # after [python, -m, ingest]
    proc = subprocess.run([sys.executable, "-c", _PEAK_WRAPPER, *args], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True)
    found = re.findall(r"^peak-rss-kb: (\d+)$", proc.stderr, re.M)
    assert found, proc.stderr[-2000:]
    return int(found[-1]) // 1024, proc.stdout, proc.stderr + f"\nexit={proc.returncode}"


@pytest.mark.slow
def test_a_200mb_single_line_file(tmp_path: Path) -> None:
    """Refused by the line limit after one linear pass; memory ~2.5x the file, time a few seconds."""
    big = tmp_path / "oneline.txt"
    chunk = (" ".join(ARTICLE.split()) + " ").encode()
    with big.open("wb") as fh:
        for _ in range(200 * 1024**2 // len(chunk) + 1):
            fh.write(chunk)
    write_digests(tmp_path / "good", 2, seed=17)
    db = tmp_path / "archive.sqlite"
    try:
        peak, out, err = _child_peak_rss_mb(tmp_path / "good", big, db=db)
    finally:
        big.unlink()
    assert "exit=1" in err and "Traceback" not in err
    line = [ln for ln in err.splitlines() if ln.startswith(f"newsarchive: {big}")]
    assert len(line) == 1 and "line 1 is" in line[0] and "characters long" in line[0]
    assert _sources(db)[str(big)][0] == "failed"
    assert "2 ingested" in out
    assert peak < 1200, f"peak RSS {peak} MB"


@pytest.mark.slow
def test_a_1gb_file_is_refused_for_its_size_with_flat_memory(tmp_path: Path) -> None:
    """Refused before it is read (the limit is 256 MiB); a failed row is still keyed by its
    sha256, read in 1 MiB chunks. Sparse, so it costs no disk."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.write(ARTICLE.encode())
        fh.truncate(1024**3)
    write_digests(tmp_path / "good", 2, seed=17)
    db = tmp_path / "archive.sqlite"
    try:
        peak, out, err = _child_peak_rss_mb(tmp_path / "good", huge, db=db)
    finally:
        huge.unlink()
    assert "exit=1" in err
    line = [ln for ln in err.splitlines() if ln.startswith(f"newsarchive: {huge}")]
    assert len(line) == 1 and "file too large (1,073,741,824 bytes" in line[0] and "--max-file-mb" in line[0]
    status, error, _ = _sources(db)[str(huge)]
    assert status == "failed" and error and error.startswith("file too large")
    assert "2 ingested" in out
    assert peak < 400, f"peak RSS {peak} MB"


@needs_bundles
def test_truncated_gzip(tmp_path: Path) -> None:
    gz = tmp_path / "wire.txt.gz"
    gz.write_bytes(gzip.compress(ARTICLE.encode() * 20)[:-200])
    result, db = _ingest(tmp_path, gz)
    assert_failed_cleanly(result, db, gz)
    assert "Traceback" not in result.output


@needs_bundles
def test_zip_bomb(tmp_path: Path) -> None:
    """A member that inflates ~1000x: stopped by the ratio limit while decompressing, memory flat."""
    bomb = tmp_path / "bomb.zip"
    line = b"All work and no play makes a dull archive.\n"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf, zf.open("news.txt", "w") as fh:
        for _ in range(96):
            fh.write(line * (1024**2 // len(line)))
    assert bomb.stat().st_size < 1024**2
    write_digests(tmp_path / "good", 2, seed=17)
    db = tmp_path / "archive.sqlite"
    peak, _, err = _child_peak_rss_mb(tmp_path / "good", bomb, db=db)
    assert "exit=1" in err and "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.startswith(f"newsarchive: {bomb}")]
    assert lines and any("ratio" in ln or "limit" in ln for ln in lines), err
    assert _sources(db)[str(bomb)][0] == "failed"
    assert peak < 600, f"peak RSS {peak} MB"


@needs_bundles
@pytest.mark.parametrize("kind", ["zip", "tar"])
def test_archive_members_that_climb_out(tmp_path: Path, kind: str) -> None:
    """Members named ../x and /etc/x: refused by name, nothing written anywhere, the rest kept."""
    names = ["../escaped.txt", "/etc/newsarchive-escaped.txt", "inside/ok.txt"]
    bundle = tmp_path / f"evil.{kind}"
    if kind == "zip":
        with zipfile.ZipFile(bundle, "w") as zf:
            for name in names:
                zf.writestr(name, ARTICLE)
    else:
        with tarfile.open(bundle, "w") as tf:
            for name in names:
                info = tarfile.TarInfo(name)
                info.size = len(ARTICLE.encode())
                tf.addfile(info, io.BytesIO(ARTICLE.encode()))
    before = set(tmp_path.parent.iterdir())
    result, db = _ingest(tmp_path, bundle)
    assert result.exit_code == 1 and "Traceback" not in result.output
    for name in names[:2]:
        lines = [ln for ln in result.stderr.splitlines() if name in ln]
        assert len(lines) == 1 and str(bundle) in lines[0], result.stderr
    assert not Path("/etc/newsarchive-escaped.txt").exists()
    assert set(tmp_path.parent.iterdir()) == before
    assert not (tmp_path / "escaped.txt").exists()
    assert _sources(db)[f"{bundle}!inside/ok.txt"][0] == "done"


def test_symlink_loops_in_folders(tmp_path: Path) -> None:
    folder = tmp_path / "dumps"
    write_digests(folder, 2, seed=23)
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # a loop through a folder link
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    result, db = _ingest(tmp_path, folder)
    assert result.exit_code == 1 and "Traceback" not in result.output
    err = result.stderr.splitlines()
    assert any(ln.startswith(f"newsarchive: {folder / 'self.txt'}: not a regular file") for ln in err), err
    assert any(ln.startswith(f"newsarchive: {folder / 'sub' / 'up'}: a link to a folder") for ln in err), err
    done = [p for p, v in _sources(db).items() if v[0] == "done"]
    assert len(done) == 4  # two good digests, two in the folder, each once


def test_an_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root, for whom chmod 000 changes nothing: the read itself is made to raise
    PermissionError, as it does for any other user. No bytes, so no row to key: the line and
    the exit code report it."""
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(discover.Path, "read_bytes", read_bytes)
    result, db = _ingest(tmp_path, locked)
    assert_failed_cleanly(result, db, locked, "permission denied", row=False)


def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    """A named pipe would block a reader forever: refused without opening it."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert_failed_cleanly(*_ingest(tmp_path, fifo), fifo, "not a regular file", row=False)


@needs_html
def test_deeply_nested_html(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    depth = 50_000
    page.write_text(
        "<!doctype html><html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + "<p>The council approved the harbour wall extension after a long meeting.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    t0 = time.monotonic()
    result, db = _ingest(tmp_path, page)
    assert_failed_cleanly(result, db, page, "HTML nested", "deep")
    assert time.monotonic() - t0 < 30  # tree walks over such a page used to be quadratic (hours)


@needs_html
def test_moderately_nested_html_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    body = "<p>" + ARTICLE.split("\n\n", 2)[2].replace("\n\n", "</p><p>") + "</p>"
    page.write_text(
        "<!doctype html><html><head><title>Nested</title></head><body>" + "<div>" * 200 + body + "</div>" * 200
        + "</body></html>"
    )
    result, db = _ingest(tmp_path, page)
    assert result.exit_code == 0, result.output
    assert _sources(db)[str(page)][0] == "done"


def test_another_programs_sqlite_database_as_an_input_file(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    conn.close()
    assert_failed_cleanly(*_ingest(tmp_path, other), other, "SQLite database")


def test_a_file_over_the_size_limit_gets_a_failed_row(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 800)  # ~2 MB, over a 1 MB limit
    result, db = _ingest(tmp_path, big, args=("--max-file-mb", "1"))
    assert_failed_cleanly(result, db, big, "file too large")


def test_runs_again_retry_failures_and_keep_everything_else(tmp_path: Path) -> None:
    """A failed file is retried by the next run (its row replaced), and fixed files get in."""
    bad = tmp_path / "later.txt"
    bad.write_bytes(b"")
    result, db = _ingest(tmp_path, bad)
    assert result.exit_code == 1
    bad.write_text(ARTICLE)
    again = run_ingest(tmp_path / "good", bad, db=db)
    assert again.returncode == 0, again.stderr
    assert _sources(db)[str(bad)][0] == "done"


@pytest.mark.slow
def test_a_digest_of_100k_tiny_entries(tmp_path: Path) -> None:
    """100,000 headed entries of a line each (13 MB): all stored, in minutes, nothing quadratic.
    Measured here: 90-130 s and a peak of 3-4.9 GB RSS, because the store batches a whole file
    in memory (ingest/store.py); the bound below is that figure with headroom, not a goal."""
    import random
    import time

    rng = random.Random(2)
    vocab = ["harbour", "council", "vote", "wall", "ferry", "fares", "island", "operator", "metres", "bridge"]
    tiny = tmp_path / "tiny.txt"
    with tiny.open("w") as fh:
        for i in range(100_000):
            title = " ".join(rng.choice(vocab) for _ in range(4)).capitalize() + f" {i}"
            body = " ".join(rng.choice(vocab) for _ in range(8)).capitalize() + f" item {i}."
            fh.write(f"{title}\n\nValley Courier, March {1 + i % 28}, 2021\n\n{body}\n\n")
    write_digests(tmp_path / "good", 2, seed=17)
    db = tmp_path / "archive.sqlite"
    t0 = time.monotonic()
    peak, out, err = _child_peak_rss_mb(tmp_path / "good", tiny, db=db)
    seconds = time.monotonic() - t0
    assert "exit=0" in err, err
    assert "3 ingested" in out
    with sqlite3.connect(db) as conn:
        (copies,) = conn.execute(
            "SELECT count(*) FROM copies c JOIN sources s ON s.id = c.source_id WHERE s.path = ?", (str(tiny),)
        ).fetchone()
    assert copies == 100_000
    assert seconds < 600, f"{seconds:.0f} s"
    assert peak < 6500, f"peak RSS {peak} MB"
    print(f"\n100k tiny entries: {seconds:.0f} s, peak RSS {peak} MB")
