"""The engine and the one transaction helper.

A `--db` value is a SQLAlchemy URL or a plain path (taken as SQLite). SQLite gets WAL (readers
never wait for the writer), a busy timeout (a second ingester waits instead of failing) and
foreign keys on.

Transactions on SQLite are opened by us, not by the pysqlite driver: the driver runs DDL
outside any transaction (a migration killed halfway would leave half a schema) and opens a
write transaction only at the first INSERT, after reads that may be stale by then. Readers
get a plain BEGIN; writers (`atomic(engine, write=True)`, migrations) get BEGIN IMMEDIATE, so a
second writer waits for the write lock (busy timeout) before it reads anything it acts on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session

DEFAULT_DB = "archive.sqlite"
BUSY_TIMEOUT_S = 60
WRITE_OPTION = "newsarchive_write"  # execution option: BEGIN IMMEDIATE on SQLite


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
            dbapi_conn.isolation_level = None  # the driver opens no transaction; _begin does
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
            if _ours_or_empty(cur):  # never switch another program's database to WAL
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed data
            cur.execute("PRAGMA foreign_keys=ON")
            # 64 MB of page cache and in-memory temporary b-trees: the LSH and search indexes
            # are written in batches, and a small cache turns each batch into page thrashing.
            cur.execute("PRAGMA cache_size=-65536")
            cur.execute("PRAGMA temp_store=MEMORY")
            # Checkpoint the WAL every 256 MB instead of every 4 MB: the writer's index pages are
            # dirtied again by every commit, and each checkpoint copies a page back into the
            # database once however often it changed since the last one (writer 10-20 % faster
            # on 20,000 articles; the WAL file stays at most this large and is removed on close).
            cur.execute("PRAGMA wal_autocheckpoint=65536")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE_OPTION) else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


def _ours_or_empty(cur: Any) -> bool:
    tables = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return not tables or bool(tables & {"alembic_version", "sources"})


def driver(s: Session) -> Any:
    """The session's DB-API connection (sqlite3 on SQLite), inside the session's transaction: for
    the writer's many small statements, which cost ~30 µs each through SQLAlchemy's execution
    context and a few µs through the driver."""
    return s.connection().connection.driver_connection


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock at BEGIN (SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})


@contextmanager
def atomic(engine: Engine, *, write: bool = False) -> Iterator[Session]:
    """One transaction: commit when the block ends normally, roll back on any exception.

    `write=True` for a transaction that writes what it decided from what it read (on SQLite
    it takes the write lock first, so nothing read can be stale by the time it writes)."""
    with Session(writer(engine) if write else engine, expire_on_commit=False) as session, session.begin():
        yield session
