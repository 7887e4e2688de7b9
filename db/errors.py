"""Database errors as one line naming the archive, the cause and what to do.

Raised by the driver under the CLI while ingesting: a second writer that held the archive
longer than the busy timeout, a disk that filled, a file that is not a database. Each of them
stops the run (every file committed so far stays), so the remedy always says how to resume.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db import engine

RESUME = "files finished so far are stored; run the same command again to resume"


def describe(exc: DBAPIError, url: str) -> str:
    where = make_url(url).database or url
    cause = str(exc.orig).strip() if exc.orig is not None else str(exc)
    low = cause.lower()
    if "locked" in low or "busy" in low:
        return (
            f"{where}: another process kept the archive locked for more than {engine.BUSY_TIMEOUT_S} s "
            f"(a second ingester or a long write); {RESUME} when it is done"
        )
    if "disk is full" in low or "no space" in low:
        return f"{where}: the disk is full; free some space: {RESUME}"
    if "not a database" in low or "malformed" in low:
        return f"{where}: not a usable SQLite archive ({cause}); pass --db with a new file name"
    if "unable to open" in low or "readonly" in low or "read-only" in low:
        return f"{where}: cannot write the archive here ({cause}); check the path and its permissions"
    return f"{where}: database error ({cause}); {RESUME}"
