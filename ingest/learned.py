"""The writer's copy of the boilerplate learned per outlet, read once instead of per file.

Every file's articles are cleaned of what their outlets' articles have taught (ingest/repeats.py),
so the writer needs each outlet's learned fingerprints for every file. Read from the database
per file, that cost grew with the archive: adding 10,000 articles to a million-article archive
read 34,112 learned rows twenty times (1.3 s of 26.6 s). The writer keeps them instead, and
stays exact:

- what this writer learns is added to its copy as it is written;
- another ingester may learn too (several may run on one archive): each file first compares
  `db.batch.learned_mark` (which changes whenever a learned row is added) with the mark the copy
  was taken at, and drops the copy if they differ;
- a rolled-back group takes its learned rows with it: the writer group calls `forget`.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from db import batch


class LearnedSets:
    def __init__(self) -> None:
        self._sets: dict[int, set[str]] = {}
        self._mark: int | None = None

    def for_file(self, s: Session, outlet_ids: Iterable[int]) -> None:
        """At the start of a file's write: drop the copy if another ingester has learned since
        it was taken, and read the file's outlets that are not in it (one query)."""
        mark = batch.learned_mark(s)
        if mark != self._mark:
            self._sets.clear()
            self._mark = mark
        missing = sorted({oid for oid in outlet_ids if oid not in self._sets})
        if missing:
            loaded = batch.learned_for(s, missing)
            for oid in missing:
                self._sets[oid] = loaded.get(oid, set())

    def get(self, s: Session, outlet_id: int) -> set[str]:
        """The outlet's learned fingerprints (read now if the file's preload did not cover it:
        an article being recomputed may hold copies from outlets the file does not name)."""
        known = self._sets.get(outlet_id)
        if known is None:
            known = self._sets[outlet_id] = batch.learned_for(s, [outlet_id]).get(outlet_id, set())
        return known

    def add(self, s: Session, rows: list[tuple[int, str]]) -> None:
        """(outlet, fingerprint) rows this writer has just stored."""
        if not rows:
            return
        for oid, fp in rows:
            self.get(s, oid).add(fp)
        self._mark = batch.learned_mark(s)

    def forget(self) -> None:
        """The transaction that stored some of these was rolled back: read afresh next time."""
        self._sets.clear()
        self._mark = None
