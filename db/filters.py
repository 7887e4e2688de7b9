"""Storing, building and caching the Bloom filters of the large index tables (revision 0007).

The filters cover `lsh_buckets` and `edge_paragraphs` exactly when the setting
`index_filters_through_copy` equals `index_merged_through_copy`: every move of recent rows
(db/recent_index.py `merge_recent`, the only writer of those tables) adds a filter of the keys it
moved, in its own transaction, and advances both settings together. An archive whose large
tables hold rows no filter covers (migrated from before 0007) gets one filter built from the
tables, once, the first time the writer asks. SQLite only: PostgreSQL keeps its own buffer
cache and is asked directly. Rows deleted from the tables leave their keys in the filters,
which only costs a lookup; a row added to them by hand must be followed by
`DELETE FROM settings WHERE name = 'index_filters_through_copy'` (filters rebuilt).
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.bloom import Bloom, Filters, edge_key
from db.engine import driver
from db.models import IndexFilterRow
from db.queries import get_setting, set_setting

LSH, EDGES = "lsh", "edges"
MERGED = "index_merged_through_copy"  # written by db/recent_index.py merge_recent
COVERED = "index_filters_through_copy"
_MASK64 = (1 << 64) - 1
_OUTLET_MIX = 0x9E3779B97F4A7C15  # bloom.edge_key's multiplier of the outlet id
_KEYS_SQL = {
    ("lsh", False): "SELECT bucket FROM lsh_buckets",
    ("lsh", True): "SELECT bucket FROM lsh_buckets_recent",
    ("edges", False): "SELECT DISTINCT outlet_id, fingerprint FROM edge_paragraphs",
    ("edges", True): "SELECT DISTINCT outlet_id, fingerprint FROM edge_paragraphs_recent",
}
_COUNT_SQL = {  # how many keys each of the above reads (to size the filter before streaming them)
    ("lsh", False): "SELECT count(*) FROM lsh_buckets",
    ("lsh", True): "SELECT count(*) FROM lsh_buckets_recent",
    ("edges", False): "SELECT count(*) FROM (SELECT DISTINCT outlet_id, fingerprint FROM edge_paragraphs)",
    ("edges", True): "SELECT count(*) FROM (SELECT DISTINCT outlet_id, fingerprint FROM edge_paragraphs_recent)",
}


def _is_sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


_CHUNK = 65_536  # rows read from the driver at a time


def _filter_of(s: Session, index: str, recent: bool) -> Bloom:
    """A filter holding the keys of one index table, read in chunks of rows. A move at a million
    articles reads ~7 million recent LSH rows: held as one list of rows (then one array) they
    took ~75 bytes a row, and the writer's resident size jumped by hundreds of MB at each move;
    streamed, the filter is the only thing that grows. Sized by a count first (a scan of the
    table's b-tree in C), so the bits are exactly those of one `Bloom.of` over all the keys."""
    # Read through the driver's own cursor (rows as plain tuples): through SQLAlchemy each row
    # became a Row object, ~0.8 µs a key, 2.8 of the 3.7 s this took for the 2.7 million LSH
    # rows of a 100,000-article archive (moves run while the workers wait on the writer).
    cursor = driver(s).cursor()
    total = int(cursor.execute(_COUNT_SQL[(index, recent)]).fetchone()[0])
    bloom = Bloom.sized(total)
    cursor.execute(_KEYS_SQL[(index, recent)])
    while rows := cursor.fetchmany(_CHUNK):
        bloom.add(_lsh_keys(rows) if index == LSH else _edge_keys(rows))
    return bloom


def _lsh_keys(rows: list[tuple[int]]) -> np.ndarray:
    """The buckets as uint64 (= `bucket & _MASK64`: SQLite's integers are signed 64-bit, and
    the uint64 view of an int64 is its value modulo 2**64)."""
    return np.array(rows, dtype=np.int64).reshape(len(rows)).view(np.uint64)


def _edge_keys(rows: list[tuple[int, str]]) -> np.ndarray:
    """`edge_key` of each (outlet_id, fingerprint) row: from all the fingerprints' hex digits in
    one go when each is exactly 16 of them (as the learner writes them; see `bloom.edge_keys`),
    else row by row."""
    fingerprints = [r[1] for r in rows]
    if all(isinstance(f, str) and len(f) == 16 for f in fingerprints):
        try:
            raw = bytes.fromhex("".join(fingerprints))
        except ValueError:
            raw = b""
        if len(raw) == 8 * len(rows):
            outlets = np.array([r[0] for r in rows], dtype=np.int64).view(np.uint64)
            return np.frombuffer(raw, dtype=">u8").astype(np.uint64) ^ (outlets * np.uint64(_OUTLET_MIX))
    return np.fromiter((edge_key(int(r[0]), str(r[1])) for r in rows), dtype=np.uint64, count=len(rows))


def _store(s: Session, index: str, through_copy: int, bloom: Bloom) -> None:
    s.execute(insert(IndexFilterRow).values(index_name=index, through_copy=through_copy, nbits=bloom.nbits,
                                            hashes=bloom.hashes, bits=bloom.to_bytes()))


def _covered(s: Session) -> bool:
    covered = get_setting(s, COVERED)
    return covered is not None and covered == (get_setting(s, MERGED) or "0")


def record_move(s: Session, through_copy: int) -> None:
    """Inside `merge_recent`, after the recent rows were copied into the large tables and before
    they are deleted: add a filter of the moved keys (or, if the filters did not cover the
    tables before, build them from the tables), and mark the filters as covering this move."""
    if not _is_sqlite(s):
        return
    if _covered(s):
        for index in (LSH, EDGES):
            _store(s, index, through_copy, _filter_of(s, index, recent=True))
    else:
        _build(s, through_copy)
    set_setting(s, COVERED, str(through_copy))


def _build(s: Session, through_copy: int) -> None:
    s.execute(delete(IndexFilterRow))
    for index in (LSH, EDGES):
        _store(s, index, through_copy, _filter_of(s, index, recent=False))


def load(s: Session) -> dict[str, Filters] | None:
    """index -> its filters (built first if they do not cover the tables); None on PostgreSQL."""
    if not _is_sqlite(s):
        return None
    if not _covered(s):
        merged = get_setting(s, MERGED) or "0"
        _build(s, int(merged))
        set_setting(s, COVERED, merged)
    out: dict[str, list[Bloom]] = {LSH: [], EDGES: []}
    for name, nbits, hashes, bits in s.execute(
        select(IndexFilterRow.index_name, IndexFilterRow.nbits, IndexFilterRow.hashes, IndexFilterRow.bits)
        .order_by(IndexFilterRow.id.desc())  # newest first: the rows most lookups find
    ):
        out[str(name)].append(Bloom.from_bytes(int(nbits), bytes(bits), int(hashes)))
    return {index: Filters(blooms) for index, blooms in out.items()}


class FilterCache:
    """The writer's loaded filters, read again when a move (its own or another ingester's) or a
    rollback may have changed them."""

    def __init__(self) -> None:
        self._state: tuple[str | None, str | None] | None = None
        self._filters: dict[str, Filters] | None = None

    def get(self, s: Session) -> dict[str, Filters] | None:
        if not _is_sqlite(s):
            return None
        state = (get_setting(s, MERGED), get_setting(s, COVERED))
        if state != self._state:
            self._filters = load(s)
            self._state = (get_setting(s, MERGED), get_setting(s, COVERED))
        return self._filters

    def forget(self) -> None:
        self._state, self._filters = None, None
