"""Compressed and bundled inputs: .gz .bz2 .xz .zip .tar .tar.gz/.tgz .tar.bz2 .tar.xz.

A container is expanded in memory, member by member, into ordinary Sources named
`outer.zip!path/inside.html` (nested containers chain: `a.zip!b.tar.gz!c.txt`); nothing is
ever written to disk, so a member name is only a label, but a name that would escape a folder
(`../x`, `/etc/x`, `C:\\x`) is still refused: an archive that carries one was made to harm.

Zip bombs are stopped by limits checked *while* decompressing, never by trusting the sizes an
archive declares: a member larger than `max_member_bytes`, a container expanding past
`max_total_bytes`, or a compression ratio above `max_ratio` once more than
`ratio_floor_bytes` came out. Real text compresses 3-15x (xz on repetitive HTML up to ~50x);
deflate bombs run at ~1000x, so 200x separates them with room to spare.
A gzipped WARC or ARC is not a container: warcio reads it record by record (formats/warc.py);
nor is a WACZ, read as one web archive (formats/wacz.py).
"""

from __future__ import annotations

import bz2
import gzip
import hashlib
import io
import lzma
import posixpath
import re
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from ingest.documents import document_kind
from ingest.formats.detect import is_gzipped_warc, is_wacz
from ingest.records import Rejection, Source

CHUNK = 1 << 20
Stream = IO[bytes] | io.BufferedIOBase


def _open_stream(kind: str, data: bytes) -> io.BufferedIOBase:
    """A decompressing reader over `data`; the caller closes it (in a with block)."""
    raw = io.BytesIO(data)
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return bz2.BZ2File(raw, "rb") if kind == "bzip2" else lzma.LZMAFile(raw, "rb")


_SUFFIXES = re.compile(r"\.(gz|gzip|bz2|xz|tgz|tbz2|txz)$", re.I)
_TAR_SUFFIX = {"tgz": "tar", "tbz2": "tar", "txz": "tar"}


@dataclass(frozen=True, slots=True)
class BundleLimits:
    """Limits that stop decompression bombs (see module docstring for the numbers)."""

    max_member_bytes: int = 256 * 1024**2
    max_total_bytes: int = 4 * 1024**3
    max_ratio: float = 200.0
    ratio_floor_bytes: int = 8 * 1024**2
    max_members: int = 100_000
    max_depth: int = 4  # containers inside containers; deeper is refused

    def __post_init__(self) -> None:
        if self.max_member_bytes <= 0 or self.max_total_bytes < self.max_member_bytes:
            raise ValueError("bundle limits: need 0 < max_member_bytes <= max_total_bytes")
        if self.max_ratio < 10:
            raise ValueError(f"max_ratio={self.max_ratio}: below 10 would refuse ordinary compressed text")


class BundleError(ValueError):
    """The container itself cannot be read (truncated, corrupt, a bomb); the message says why."""


def container_kind(data: bytes, path: str = "") -> str | None:
    """'zip', 'tar', 'gzip', 'bzip2' or 'xz' when `data` is a container we expand, else None.
    A .docx is a zip too, but one document; a WACZ is a zip, but one web archive."""
    if data[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        return None if document_kind(data) or is_wacz(data, path) else "zip"
    if data[257:262] == b"ustar":
        return "tar"
    if data[:2] == b"\x1f\x8b":
        return None if is_gzipped_warc(data) else "gzip"
    if data[:3] == b"BZh":
        return "bzip2"
    if data[:6] == b"\xfd7zXZ\x00":
        return "xz"
    return None


def unsafe_name(name: str) -> bool:
    """A member name that is absolute or climbs out of the archive's folder."""
    norm = name.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm) or "\x00" in norm:
        return True
    return ".." in posixpath.normpath(norm).split("/")


def _hidden(name: str) -> bool:
    # As discovery skips hidden files on disk; __MACOSX holds Finder metadata, never text.
    return any(part.startswith(".") or part == "__MACOSX" for part in name.replace("\\", "/").split("/"))


class _Guard:
    """Counts decompressed bytes across a container and enforces the total and ratio limits."""

    def __init__(self, path: str, compressed: int, limits: BundleLimits) -> None:
        self.path, self.compressed, self.limits = path, max(compressed, 1), limits
        self.total = 0

    def add(self, n: int) -> None:
        self.total += n
        lim = self.limits
        if self.total > lim.max_total_bytes:
            raise BundleError(f"expands to more than {lim.max_total_bytes} bytes (the limit): refused as a bomb")
        if self.total > lim.ratio_floor_bytes and self.total / self.compressed > lim.max_ratio:
            raise BundleError(
                f"compression ratio above {lim.max_ratio:.0f}:1 after {self.total} bytes: refused as a bomb"
            )


class _Reader(io.RawIOBase):
    """A read-only stream over a decompressor that reports every byte to the guard (for tarfile)."""

    def __init__(self, inner: Stream, guard: _Guard, head: bytes = b"") -> None:
        self.inner, self.guard, self.head = inner, guard, head

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.head:
            out, self.head = (
                (self.head, b"")
                if size < 0 or size >= len(self.head)
                else (
                    self.head[:size],
                    self.head[size:],
                )
            )
            return out
        data = _read(self.inner, size if size >= 0 else CHUNK)
        self.guard.add(len(data))
        return data


def _read(fh: Stream, size: int) -> bytes:
    try:
        return fh.read(size)
    except EOFError as exc:
        raise BundleError("truncated: the compressed stream ends early (an incomplete download?)") from exc
    except (OSError, zlib.error, lzma.LZMAError) as exc:
        raise BundleError(f"corrupt compressed data ({exc})") from exc


def _member(path: str, data: bytes) -> Source:
    return Source(path=path, data=data, sha256=hashlib.sha256(data).hexdigest())


def _read_capped(fh: Stream, limit: int, guard: _Guard | None) -> bytes | None:
    """All of `fh`, or None when it holds more than `limit` bytes (reading stops there)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = _read(fh, CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if guard is not None:
            guard.add(len(chunk))
        if size > limit:
            return None
        parts.append(chunk)


def expand(src: Source, limits: BundleLimits, depth: int = 0) -> Iterator[Source | Rejection]:
    """The members of container `src`, in archive order; nested containers are expanded too.
    A member that cannot be taken is a Rejection; a container that cannot be read raises BundleError."""
    kind = container_kind(src.data, src.path)
    if kind is None:
        yield src
        return
    if depth >= limits.max_depth:
        yield Rejection(src.path, f"containers nested more than {limits.max_depth} deep: refused")
        return
    guard = _Guard(src.path, len(src.data), limits)
    members = _zip(src, limits, guard) if kind == "zip" else _stream(src, kind, limits, guard)
    for count, item in enumerate(members, start=1):
        if count > limits.max_members:
            raise BundleError(f"more than {limits.max_members} members: refused")
        if isinstance(item, Source) and container_kind(item.data, item.path) is not None:
            yield from expand(item, limits, depth + 1)
        else:
            yield item


def _zip(src: Source, limits: BundleLimits, guard: _Guard) -> Iterator[Source | Rejection]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(src.data))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise BundleError(f"not a readable zip archive ({exc}); is it truncated?") from exc
    with zf:
        for info in zf.infolist():
            name = info.filename
            path = f"{src.path}!{name}"
            if unsafe_name(name):
                yield Rejection(path, "unsafe member name (absolute or '..'): refused")
                continue
            if info.is_dir() or _hidden(name):
                continue
            if info.flag_bits & 0x1:
                yield Rejection(path, "encrypted member: cannot be read without its password")
                continue
            if info.file_size > limits.max_member_bytes:
                yield Rejection(
                    path, f"member too large ({info.file_size} bytes; the limit is {limits.max_member_bytes})"
                )
                continue
            try:
                with zf.open(info) as fh:
                    data = _read_capped(fh, limits.max_member_bytes, guard)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
                yield Rejection(path, f"corrupt or unsupported zip member ({exc})")
                continue
            if data is None:
                yield Rejection(path, f"member expands past {limits.max_member_bytes} bytes: refused as a bomb")
                continue
            yield _member(path, data)


def _stream(src: Source, kind: str, limits: BundleLimits, guard: _Guard) -> Iterator[Source | Rejection]:
    """A tar, or one compressed stream that holds either a tar or a single file."""
    if kind == "tar":
        yield from _tar(src.path, io.BytesIO(src.data), limits)
        return
    with _open_stream(kind, src.data) as fh:
        head = _read(fh, 512)
        guard.add(len(head))
        if head[257:262] == b"ustar":
            yield from _tar(src.path, _Reader(fh, guard, head), limits)
            return
        rest = _read_capped(fh, limits.max_member_bytes - len(head), guard)
    if rest is None:
        raise BundleError(f"expands past {limits.max_member_bytes} bytes (the member limit): refused")
    yield _member(f"{src.path}!{_inner_name(src.path, kind)}", head + rest)


def _inner_name(path: str, kind: str) -> str:
    """'notes.txt.gz' -> 'notes.txt' (the name the compressed file had), 'x.tgz' -> 'x.tar'."""
    base = posixpath.basename(path.rsplit("!", 1)[-1].replace("\\", "/"))
    m = _SUFFIXES.search(base)
    if not m:
        return base + ".out"
    return base[: m.start()] + ("." + _TAR_SUFFIX[m.group(1).lower()] if m.group(1).lower() in _TAR_SUFFIX else "")


def _tar(path: str, stream: IO[bytes] | _Reader, limits: BundleLimits) -> Iterator[Source | Rejection]:
    try:
        with tarfile.open(fileobj=stream, mode="r|") as tf:
            for info in tf:
                mpath = f"{path}!{info.name}"
                if unsafe_name(info.name):
                    yield Rejection(mpath, "unsafe member name (absolute or '..'): refused")
                elif info.isdir() or _hidden(info.name):
                    continue
                elif not info.isfile():
                    yield Rejection(mpath, "a link or device inside the archive, not a file: not ingested")
                elif info.size > limits.max_member_bytes:
                    yield Rejection(
                        mpath, f"member too large ({info.size} bytes; the limit is {limits.max_member_bytes})"
                    )
                else:
                    fh = tf.extractfile(info)
                    data = fh.read() if fh is not None else b""
                    if len(data) != info.size:
                        raise BundleError(f"truncated: member {info.name} ends early")
                    yield _member(mpath, data)
    except tarfile.ReadError as exc:
        raise BundleError(f"not a readable tar archive ({exc}); is it truncated?") from exc
    except EOFError as exc:
        raise BundleError("truncated: the archive ends early (an incomplete download?)") from exc


__all__ = ["BundleError", "BundleLimits", "container_kind", "expand", "unsafe_name"]
