"""Moves of the LSH and edge-paragraph indexes' recent rows into their main tables (revision
0005). A file's batch writes its new rows into the small recent tables (db/batch_writes.py);
this module decides when enough have gathered and moves them, a maintenance step apart from
any one file's reads and writes (hand review, db/review.py, also calls `merge_recent`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db import filters
from db.batch import dbapi, is_sqlite
from db.models import CopyRow, EdgeParagraphRecentRow, EdgeParagraphRow, LshBucketRecentRow, LshBucketRow
from db.queries import get_setting, set_setting

# Recent rows move into the main LSH and edge tables once there are at least this many copies
# since the last move and a quarter as many as before it: each move rewrites the main tables'
# pages once, so the moves grow geometrically and a page is rewritten O(log N) times over an
# archive's life, instead of once per commit. (A quarter keeps the recent tables small enough
# to stay in cache; 50,000 copies make the first moves worth their cost.)
MERGE_MIN_COPIES = 50_000
MERGE_SHARE = 4
_MERGED_SETTING = "index_merged_through_copy"


def merge_recent_if_due(s: Session) -> bool:
    """Move the recent LSH and edge rows into the main tables if enough have gathered."""
    merged = int(get_setting(s, _MERGED_SETTING) or 0)
    newest = _newest_copy(s)
    if newest - merged < max(MERGE_MIN_COPIES, merged // MERGE_SHARE):
        return False
    merge_recent(s, newest)
    return True


def _newest_copy(s: Session) -> int:
    if is_sqlite(s):  # asked after every file: straight to the driver
        return int(dbapi(s).execute("SELECT coalesce(max(id), 0) FROM copies").fetchone()[0])
    return int(s.scalar(select(func.max(CopyRow.id))) or 0)


def merge_recent(s: Session, through_copy: int | None = None) -> None:
    """Move every recent LSH and edge row into the main tables, in key order (one sorted pass
    over each main b-tree). Commands that read or rewrite the main tables directly (review,
    merge, split) call this first; the result is the same index either way."""
    if through_copy is None:
        through_copy = int(s.scalar(select(func.max(CopyRow.id))) or 0)
    pairs = (
        (LshBucketRow, LshBucketRecentRow, ("bucket", "copy_id")),
        (EdgeParagraphRow, EdgeParagraphRecentRow, ("outlet_id", "fingerprint", "article_id")),
    )
    for main, recent, columns in pairs:
        keys = [main.__table__.c[c] for c in columns]
        moved = select(*[recent.__table__.c[c] for c in columns]).order_by(*[recent.__table__.c[c] for c in columns])
        if is_sqlite(s):
            # OR IGNORE, not ON CONFLICT DO NOTHING: a statement that may abort halfway makes SQLite
            # keep a statement journal, the original of every page it changes, in memory under
            # temp_store=MEMORY: a move touches most pages of the large table, and the writer grew
            # by ~500 MB (890 MB resident at a million articles). OR IGNORE cannot abort on any
            # constraint the recent rows could break (they come from a table with the same keys
            # and NOT NULL columns), so SQLite keeps no such journal.
            stmt: Any = sqlite_insert(main).prefix_with("OR IGNORE").from_select(keys, moved)
        else:
            stmt = pg_insert(main).from_select(keys, moved).on_conflict_do_nothing()
        s.execute(stmt)
    filters.record_move(s, through_copy)  # the moved keys, while the recent tables still hold them
    for _main, recent, _columns in pairs:
        s.execute(delete(recent))
    set_setting(s, _MERGED_SETTING, str(through_copy))
