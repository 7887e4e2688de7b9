"""Discovery: command-line arguments (files, folders, globs) to a sorted stream of paths.

Folders are walked recursively without following links (a symlink loop cannot trap us);
hidden files and folders are skipped. A path that does not exist is reported, not fatal.
"""

from __future__ import annotations

import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.records import Rejection, Source


def expand(args: Iterable[str]) -> Iterator[str | Rejection]:
    """Every file named by `args`, in a stable order, or a Rejection for what is missing."""
    seen: set[str] = set()
    for arg in args:
        matches = sorted(glob.glob(arg, recursive=True)) if glob.has_magic(arg) else [arg]
        if not matches:
            yield Rejection(arg, "no file matches this pattern")
            continue
        for match in matches:
            if os.path.isdir(match):
                for path in _walk(match):
                    if isinstance(path, Rejection):
                        yield path
                    elif path not in seen:
                        seen.add(path)
                        yield path
            elif os.path.exists(match) or os.path.islink(match):
                if match not in seen:
                    seen.add(match)
                    yield match
            else:
                yield Rejection(match, "no such file or folder")


def _walk(folder: str) -> Iterator[str | Rejection]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):  # os.walk lists it and silently skips it
                yield Rejection(
                    os.path.join(root, name),
                    "a link to a folder: not followed (links can loop); pass the folder itself to ingest it",
                )
        for name in sorted(files):
            if not name.startswith("."):
                yield os.path.join(root, name)


def read(path: str, max_bytes: int) -> Source | Rejection:
    p = Path(path)
    try:
        if not p.is_file():
            return Rejection(path, "not a regular file (a broken link, a device or a folder)")
        size = p.stat().st_size
        if size > max_bytes:
            return Rejection(
                path, f"file too large ({size:,} bytes; the limit is {max_bytes:,}): split it or raise --max-file-mb"
            )
        data = p.read_bytes()
    except PermissionError:
        return Rejection(path, "cannot read the file: permission denied")
    except OSError as exc:
        return Rejection(path, f"cannot read the file: {exc.strerror or exc}")
    return Source(path=path, data=data, sha256=hashlib.sha256(data).hexdigest())
