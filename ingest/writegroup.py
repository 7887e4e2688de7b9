"""The writer's transactions: whole files, grouped, never cut in half by Ctrl-C.

Each file is written whole inside one transaction, so a crash or Ctrl-C never leaves half a
file. Several files share a transaction (a *group*), committed once it holds
`GROUP_ARTICLES` articles or has been open `GROUP_SECONDS`: the LSH bucket and edge-paragraph
indexes are keyed by hashes, so each file's rows land on pages all over their b-trees, and a
commit per file rewrote most of those pages for every file, a cost that grew with the archive
(adding 10,000 articles to 100,000 took twice as long as adding them to an empty archive).
A crash loses at most the open group; those files are not marked done and the next run
ingests them again (sources.sha256 decides what is in). A file whose write fails is undone
alone (see `WriteGroup`).
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db.engine import atomic, writer

T = TypeVar("T")

GROUP_ARTICLES = 5_000  # articles per transaction at most (a few MB of pages held until commit)
GROUP_SECONDS = 1.0  # and at most this long open: other ingesters and readers see progress


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """SIGINT blocked in this thread for the block. The pool starts worker processes on demand,
    inside `submit`; a new process inherits the signal mask, so a Ctrl-C that lands while it
    is still importing cannot kill it with a traceback before `init_worker` ignores SIGINT.
    Here the Ctrl-C stays pending and is raised as soon as the block ends: nothing is lost."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


@contextmanager
def deferred_interrupt() -> Iterator[None]:
    """Ctrl-C waits for the end of the block, then interrupts. A KeyboardInterrupt raised at an
    arbitrary point of a write (in SQLAlchemy's own rollback or connection return) could leave
    the transaction open on a pooled connection, and the run's final bookkeeping would then
    wait on its own write lock."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """One write transaction of its own (`db.engine.atomic(write=True)`), not cut by Ctrl-C."""
    with deferred_interrupt(), atomic(engine, write=True) as s:
        yield s


class GroupLost(RuntimeError):
    """A file failed, and rewriting the group's earlier files after undoing it failed too."""


class WriteGroup:
    """The open group transaction of one run's writer (see module docstring).

    A file that fails halfway must be undone alone, with the whole files before it kept. A
    savepoint per file would do that, but SQLite pays for an open savepoint on every page a
    statement touches (inserts ran 3-20x slower inside one, measured on a 20,000-article
    archive). So the group keeps each file's write as a callable instead: on an error it rolls
    the transaction back, writes the files before it again (the same writes on the same
    starting state give the same rows) and commits them. Errors in the writer are rare (the
    CPU stages have already turned bad input into a failed file); the replay is their cost.
    """

    def __init__(self, engine: Engine, max_articles: int = GROUP_ARTICLES, max_seconds: float = GROUP_SECONDS,
                 on_rollback: Callable[[], None] | None = None) -> None:
        self.engine = engine
        self.on_rollback = on_rollback  # the writer's caches of database state drop what was undone
        self.max_articles, self.max_seconds = max_articles, max_seconds
        self._session: Session | None = None
        self._done: list[Callable[[Session], object]] = []  # this group's files, to write again
        self._articles = 0
        self._opened = 0.0

    def write(self, work: Callable[[Session], T], articles: int = 0) -> T:
        """Run one whole file's writes (`work`, which must depend only on the database state and
        its own inputs: it may run again) in the open group; Ctrl-C waits until the file is
        written (and the group committed when it is due). An error undoes this file alone and
        commits the whole files before it, then propagates."""
        with deferred_interrupt():
            if self._session is None:
                self._open()
            assert self._session is not None
            try:
                result = work(self._session)
            except BaseException:
                self._undo_last()
                raise
            self._done.append(work)
            self._articles += articles
            if self._articles >= self.max_articles or time.monotonic() - self._opened >= self.max_seconds:
                self.close(commit=True)
            return result

    def _undo_last(self) -> None:
        """Roll the group back and commit its files before the one that failed, written again."""
        done = self._done
        self.close(commit=False)
        if not done:
            return
        self._open()
        assert self._session is not None
        try:
            for work in done:
                work(self._session)
        except BaseException as exc:
            self.close(commit=False)
            raise GroupLost(f"{len(done)} file(s) written before a failed one could not be written again "
                            f"({exc}); they are not in the archive: run the same command again") from exc
        self.close(commit=True)

    def _open(self) -> None:
        session = Session(writer(self.engine), expire_on_commit=False)
        session.begin()  # BEGIN IMMEDIATE on SQLite (db.engine): the write lock first
        self._session, self._articles, self._opened = session, 0, time.monotonic()
        self._done = []

    def close(self, commit: bool = True) -> None:
        """Commit (or roll back) the open group, if any."""
        session, self._session = self._session, None
        self._done = []
        if session is None:
            return
        committed = False
        try:
            if commit:
                session.commit()
                committed = True
            else:
                session.rollback()
        finally:
            session.close()
            if not committed and self.on_rollback is not None:  # rolled back, or the commit failed
                self.on_rollback()
        release_free_heap()


def _libc_trim() -> Callable[[], object] | None:
    """glibc's malloc_trim(0), or None where there is no glibc (macOS, musl, Windows)."""
    try:
        # The running program's own symbols (libc among them): no ldconfig subprocess at import,
        # as ctypes.util.find_library("c") would start.
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    except (OSError, TypeError):  # TypeError: Windows has no process-wide symbol table
        return None
    if trim is None:
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return lambda: trim(0)


_TRIM = _libc_trim()


def release_free_heap() -> None:
    """Hand freed heap back to the system after a group. A group's prepared files, rows and
    batch indexes are freed when it ends, but glibc keeps most of that memory mapped (freed
    chunks among live ones in its arenas), so the writer's resident size ratcheted up with the
    largest groups of the run: 130-170 MB of it was free heap on 20,000 articles. A trim costs
    a few milliseconds once per group (at most once a second)."""
    if _TRIM is not None:
        _TRIM()
