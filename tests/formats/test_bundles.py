"""Compressed and bundled inputs: members become sources; bombs, escapes and truncation refused."""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import tarfile
import zipfile
from pathlib import Path

import pytest

from ingest import bundles
from ingest.records import Rejection, Source
from tests.formats.conftest import DATA, fixture_bytes

MEMBERS = {
    "pages/kestrel_post_bridge.html": "kestrel_post_bridge.html",
    "exports/factiva.txt": "factiva_export.txt",
    "crawl.jsonl": "crawl.jsonl",
}


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _tar(entries: dict[str, bytes], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _entries() -> dict[str, bytes]:
    return {inner: fixture_bytes(name) for inner, name in MEMBERS.items()}


BUNDLES = {
    "bundle.zip": lambda: _zip(_entries()),
    "bundle.tar": lambda: _tar(_entries()),
    "bundle.tar.gz": lambda: _tar(_entries(), "w:gz"),
    "bundle.tar.bz2": lambda: _tar(_entries(), "w:bz2"),
    "bundle.tar.xz": lambda: _tar(_entries(), "w:xz"),
}


@pytest.mark.parametrize("name", sorted(BUNDLES))
def test_bundle_members_are_sources(ingest, tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(BUNDLES[name]())
    summary, con = ingest(path)
    assert not summary.failures
    rows = {r["path"]: (r["format"], r["status"]) for r in con.execute("select path, format, status from sources")}
    kind = bundles.container_kind(path.read_bytes())
    assert rows == {
        str(path): (kind, "done"),
        f"{path}!pages/kestrel_post_bridge.html": ("html", "done"),
        f"{path}!exports/factiva.txt": ("factiva", "done"),
        f"{path}!crawl.jsonl": ("jsonl", "done"),
    }
    titles = {r[0] for r in con.execute("select title from articles")}
    assert "Swing bridge repairs to close Quay Street for six weeks" in titles
    assert "Copper hits two-year high as Chinese demand recovers" in titles
    again, _ = ingest(path)  # idempotent: the container's bytes are known
    assert again.files_skipped == 1 and again.copies == 0


@pytest.mark.parametrize(
    ("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_single_compressed_file(ingest, tmp_path: Path, suffix, compress):
    path = tmp_path / ("harbour_news.mbox" + suffix)
    path.write_bytes(compress(fixture_bytes("harbour_news.mbox")))
    summary, con = ingest(path)
    assert not summary.failures
    member = con.execute("select path, format from sources where path like '%!%'").fetchone()
    assert tuple(member) == (f"{path}!harbour_news.mbox", "mbox")
    assert con.execute("select count(*) from articles").fetchone()[0] == 5


def test_member_sha_is_of_member_bytes():
    data = _zip({"a.txt": b"Some text\n"})
    (member,) = bundles.expand(Source("x.zip", data, "sha"), bundles.BundleLimits())
    assert isinstance(member, Source)
    assert member.path == "x.zip!a.txt" and member.data == b"Some text\n"
    assert member.sha256 == hashlib.sha256(b"Some text\n").hexdigest()


def test_nested_bundle_paths():
    inner = _tar({"deep/page.html": fixture_bytes("kestrel_post_bridge.html")}, "w:gz")
    outer = _zip({"inner.tar.gz": inner})
    (member,) = bundles.expand(Source("outer.zip", outer, "sha"), bundles.BundleLimits())
    assert isinstance(member, Source) and member.path == "outer.zip!inner.tar.gz!deep/page.html"


def test_unsafe_member_names_refused(ingest, tmp_path: Path):
    path = tmp_path / "evil.zip"
    path.write_bytes(
        _zip(
            {
                "../escape.txt": b"x" * 50,
                "/etc/passwd.txt": b"y" * 50,
                "ok/page.html": fixture_bytes("kestrel_post_bridge.html"),
            }
        )
    )
    summary, con = ingest(path)
    failed = dict(summary.failures)
    assert "unsafe member name" in failed[f"{path}!../escape.txt"]
    assert "unsafe member name" in failed[f"{path}!/etc/passwd.txt"]
    assert "2 of 3 members failed" in failed[str(path)]
    assert con.execute("select count(*) from articles").fetchone()[0] == 1  # the safe member is kept
    status = con.execute("select status from sources where path = ?", (str(path),)).fetchone()[0]
    assert status == "failed"  # so a re-run retries it
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()


def test_zip_bomb_refused():
    bomb = _zip({"bomb.txt": b"\0" * (4 * 1024 * 1024)})  # ~1000:1
    limits = bundles.BundleLimits(ratio_floor_bytes=1024 * 1024)
    # The ratio is checked while reading: the container is refused before the member is kept.
    with pytest.raises(bundles.BundleError, match="bomb"):
        list(bundles.expand(Source("bomb.zip", bomb, "sha"), limits))


def test_zip_bomb_refused_in_pipeline(ingest, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(bundles.BundleLimits, "__init__", _small_limits_init(bundles.BundleLimits.__init__))
    path = tmp_path / "bomb.zip"
    path.write_bytes(_zip({"bomb.txt": b"\0" * (4 * 1024 * 1024)}))
    summary, _ = ingest(path)
    assert len(summary.failures) == 1 and "bomb" in summary.failures[0][1]


def _small_limits_init(orig):
    def init(self, *args, **kwargs):
        kwargs.setdefault("ratio_floor_bytes", 1024 * 1024)
        orig(self, *args, **kwargs)

    return init


def test_member_size_limit():
    data = _tar({"big.txt": b"a" * 5000, "small.txt": b"b" * 10})
    limits = bundles.BundleLimits(max_member_bytes=1000, max_total_bytes=10_000)
    items = list(bundles.expand(Source("t.tar", data, "sha"), limits))
    assert isinstance(items[0], Rejection) and "too large" in items[0].reason
    assert isinstance(items[1], Source) and items[1].path == "t.tar!small.txt"


def test_truncated_gzip_is_one_clear_failure(ingest, tmp_path: Path):
    whole = gzip.compress(fixture_bytes("nexis_export.txt"))
    path = tmp_path / "nexis.txt.gz"
    path.write_bytes(whole[: len(whole) // 2])
    summary, con = ingest(path)
    assert summary.failures == [(str(path), "truncated: the compressed stream ends early (an incomplete download?)")]
    assert con.execute("select count(*) from copies").fetchone()[0] == 0
    assert tuple(con.execute("select path, status from sources").fetchone()) == (str(path), "failed")


def test_truncated_zip_fails(ingest, tmp_path: Path):
    data = BUNDLES["bundle.zip"]()
    path = tmp_path / "cut.zip"
    path.write_bytes(data[: len(data) - 40])
    summary, _ = ingest(path)
    assert len(summary.failures) == 1 and "zip" in summary.failures[0][1]


def test_gzipped_warc_is_not_a_bundle():
    from tests.formats.test_warc import build_warc

    assert bundles.container_kind(build_warc(True)) is None
    assert bundles.container_kind(gzip.compress(b"plain text")) == "gzip"
    assert DATA.exists()
