"""The engine and the one transaction helper.

A `--db` value is a SQLAlchemy URL or a plain path (taken as SQLite). SQLite gets WAL (readers
never wait for the writer), a busy timeout (a second ingester waits instead of failing) and
foreign keys on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

DEFAULT_DB = "archive.sqlite"
BUSY_TIMEOUT_S = 60


def resolve_url(db: str | None) -> str:
    """`--db`, else $NEWSARCHIVE_DB, else ./archive.sqlite; a bare path means SQLite."""
    value = db or os.environ.get("NEWSARCHIVE_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{value}"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed data
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


@contextmanager
def atomic(engine: Engine) -> Iterator[Session]:
    """One transaction: commit when the block ends normally, roll back on any exception."""
    with Session(engine, expire_on_commit=False) as session, session.begin():
        yield session
