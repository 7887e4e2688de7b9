"""One ingester at a time per SQLite archive, in arrival order.

Two ingesters on one archive each take SQLite's write lock for a commit group (about a second)
and take it again as soon as the next file is ready. SQLite's busy handler polls with growing
sleeps, so the one that just committed wins the race for the lock almost every time: the other
waited out the whole run and failed after its 60 s busy timeout whenever the first run lasted
longer than that (a slow or busy machine, a large folder). A run-long advisory lock on a
sidecar file (`<archive>.ingest-lock`) turns that race into a queue: the second ingester says
in one line that it waits, and starts when the first has finished. Readers (search, show,
export, serve) never take it: WAL lets them read while a writer writes.

POSIX only (fcntl); elsewhere, and for PostgreSQL, nothing is locked here and the database's
own locking applies as before.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO

SUFFIX = ".ingest-lock"


@contextlib.contextmanager
def exclusive_run(database: str | None) -> Iterator[None]:
    """Hold the archive's ingest lock for the block; wait (saying so once) while another
    ingester holds it. `database` is the SQLite file, or None for no file to lock."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        fcntl = None  # type: ignore[assignment]
    if fcntl is None or not database or database == ":memory:":
        yield
        return
    path = os.path.realpath(database) + SUFFIX
    handle: IO[bytes] = open(path, "ab")  # noqa: SIM115 - held for the whole run, closed below
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"newsarchive: {database}: another ingester is writing to this archive; "
                  "waiting for it to finish", file=sys.stderr, flush=True)
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        handle.close()  # closing the file releases the lock


__all__ = ["SUFFIX", "exclusive_run"]
