"""Files that grew: a dump saved again with articles appended to it.

A file whose bytes are new (its sha256 is not in `sources`) is an earlier source grown when an
earlier source of the same path or file name holds a prefix of its bytes: the sha256 of the
first `size_bytes` bytes of the new file equals that source's sha256 (no old bytes are kept;
the hash proves the prefix). Every such earlier version counts (a file that grew twice has
two), and their copies are the occurrences already stored.

The new file is parsed whole, so line numbers are those of the full file and the boundary of
the old last article is judged with the appended text in view. A candidate whose
(start_line, end_line, raw_text) equals a copy of an earlier version is that same occurrence
and is skipped; the rest (the appended articles, and an old last article that the appended
text extended, which dedup then links to the old one as a near copy) become the copies of a
new source row for the new bytes. Old copies stay with the old source rows, unduplicated.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from db import queries
from ingest.records import Candidate, Source

Occurrence = tuple[int, int, str]  # start_line, end_line, sha256 of raw_text


@dataclass(frozen=True, slots=True)
class Prior:
    """The earlier versions of a source and the occurrences they already store."""

    paths: tuple[str, ...] = ()
    occurrences: frozenset[Occurrence] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.paths)


def _occurrence(start: int, end: int, raw_text: str) -> Occurrence:
    return start, end, hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest()


def find_prior(s: Session, src: Source) -> Prior:
    """Earlier done sources of the same path or file name whose bytes are a prefix of `src`'s."""
    name = posixpath.basename(src.path.rsplit("!", 1)[-1].replace("\\", "/"))
    found = [
        (row_id, path)
        for row_id, path, sha, size in queries.sources_named(s, src.path, name, src.size_bytes)
        if hashlib.sha256(src.data[:size]).hexdigest() == sha
    ]
    if not found:
        return Prior()
    rows = queries.copy_spans(s, [row_id for row_id, _ in found])
    return Prior(tuple(p for _, p in found), frozenset(_occurrence(a, b, raw) for a, b, raw in rows))


def split_known(candidates: list[Candidate], prior: Prior) -> tuple[list[Candidate], int]:
    """(candidates not yet stored, how many were already stored by an earlier version)."""
    if not prior:
        return candidates, 0
    new = [c for c in candidates if _occurrence(c.start_line, c.end_line, c.raw_text) not in prior.occurrences]
    return new, len(candidates) - len(new)
