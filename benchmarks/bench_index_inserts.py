"""Why the LSH index keeps its newest rows in a table of their own (revision 0005).

    python benchmarks/bench_index_inserts.py --archive 1000000     # ~27M rows; a few minutes
    python benchmarks/bench_index_inserts.py --archive 100000

Builds an SQLite table shaped like `lsh_buckets` (bucket, copy_id; WITHOUT ROWID) holding the
rows of an archive of --archive articles (27 rows an article, random 63-bit buckets), then
times, side by side in the same run, what the writer does per commit group: insert one
group's rows (--group articles, sorted) and commit, (a) into that large table, as before
revision 0005, and (b) into a small table, as into `lsh_buckets_recent` now; and the cost of
one move of the recent rows into the large table (one sorted pass). Prints ms per article.

Hash keys put a group's rows on pages all over a b-tree; once the b-tree outgrows the page
cache, every commit rewrites most of its pages, so (a) grows with the archive while (b) does
not. Pure SQLite, no newsarchive code: the figures isolate the storage layout.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from pathlib import Path

ROWS_PER_ARTICLE = 27  # LSH rows per stored copy on the synthetic benchmark (32 bands, exact copies none)
SCHEMA = "CREATE TABLE {name} (bucket INTEGER NOT NULL, copy_id INTEGER NOT NULL, PRIMARY KEY (bucket, copy_id)) " \
         "WITHOUT ROWID"


def connect(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "cache_size=-65536", "temp_store=MEMORY"):
        con.execute(f"PRAGMA {pragma}")  # newsarchive's own settings (db/engine.py)
    return con


def rows(rng: random.Random, articles: int, first_copy: int) -> list[tuple[int, int]]:
    return sorted((rng.getrandbits(63), first_copy + i // ROWS_PER_ARTICLE) for i in range(articles * ROWS_PER_ARTICLE))


def timed_group(con: sqlite3.Connection, table: str, group: list[tuple[int, int]]) -> float:
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(f"INSERT INTO {table} VALUES (?, ?)", group)
    con.execute("COMMIT")
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--archive", type=int, default=100_000, help="articles already in the large table")
    ap.add_argument("--group", type=int, default=5_000, help="articles per commit group")
    ap.add_argument("--groups", type=int, default=3, help="groups timed per table")
    ap.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "newsarchive-bench")
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    path = args.work / f"lsh-{args.archive}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    rng = random.Random(7)
    con = connect(path)
    con.execute(SCHEMA.format(name="lsh_main"))
    con.execute(SCHEMA.format(name="lsh_recent"))
    print(f"building a table of {args.archive:,} articles ({args.archive * ROWS_PER_ARTICLE:,} rows) ...")
    con.execute("BEGIN")
    for start in range(0, args.archive, 100_000):
        con.executemany("INSERT INTO lsh_main VALUES (?, ?)", rows(rng, min(100_000, args.archive - start), start))
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    mb = path.stat().st_size / 1e6
    print(f"large table: {mb:,.0f} MB on disk; page cache 64 MB\n")
    next_copy = 10**9
    print(f"{'group':>5}  {'into the large table':>22}  {'into the recent table':>22}")
    main_ms, recent_ms = [], []
    for g in range(args.groups):
        a = timed_group(con, "lsh_main", rows(rng, args.group, next_copy))
        next_copy += args.group
        b = timed_group(con, "lsh_recent", rows(rng, args.group, next_copy))
        next_copy += args.group
        main_ms.append(a / args.group * 1e3)
        recent_ms.append(b / args.group * 1e3)
        print(f"{g + 1:>5}  {main_ms[-1]:>16.3f} ms/art  {recent_ms[-1]:>16.3f} ms/art")
    recent_articles = args.group * args.groups
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT OR IGNORE INTO lsh_main SELECT bucket, copy_id FROM lsh_recent ORDER BY bucket, copy_id")
    con.execute("DELETE FROM lsh_recent")
    con.execute("COMMIT")
    move = time.perf_counter() - start
    print(f"\nper article, best group: large table {min(main_ms):.3f} ms, recent table {min(recent_ms):.3f} ms "
          f"({min(main_ms) / min(recent_ms):.1f}x)")
    print(f"one move of {recent_articles:,} articles' recent rows into the large table: {move:.1f} s "
          f"({move / recent_articles * 1e3:.3f} ms/article moved; revision 0005 moves once per quarter of the archive)")
    con.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
