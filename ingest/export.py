"""Export writers: JSON Lines, CSV and Parquet, each consuming a stream of rows.

Rows arrive one at a time from db.read (which fetches them in batches); a writer holds at
most one batch, so an archive of a million articles exports in constant memory. Lists
(authors) stay lists in JSON Lines and Parquet; CSV has no lists, so they are written as JSON
arrays (round-trippable, unlike a joined string).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from db.read import EXPORT_BATCH
from ingest.readers import jsonable

FORMATS = ("jsonl", "csv", "parquet")
ARTICLE_FIELDS = (
    "id", "title", "outlet", "published_on", "url", "language", "authors", "word_count", "copies", "body",
)
COPY_FIELDS = (
    "copy_id", "article_id", "source", "format", "position", "start_line", "end_line", "title", "outlet",
    "published_on", "url", "authors", "language", "match", "match_basis", "similarity", "word_count",
    "removed", "raw_text", "body",
)


class ExportError(RuntimeError):
    """An export that cannot be written; the message says what to do."""


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=jsonable) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], fields: tuple[str, ...]) -> int:
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(
            {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                for k, v in row.items()
            }
        )
        n += 1
    return n


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, size)):
        yield batch


def _parquet_schema(copies: bool) -> Any:
    import pyarrow as pa

    common = {
        "title": pa.string(), "outlet": pa.string(), "published_on": pa.date32(), "url": pa.string(),
        "language": pa.string(), "authors": pa.list_(pa.string()), "word_count": pa.int64(), "body": pa.string(),
    }
    if not copies:
        types = common | {"id": pa.int64(), "copies": pa.int64()}
        return pa.schema([(f, types[f]) for f in ARTICLE_FIELDS])
    types = common | {
        "copy_id": pa.int64(), "article_id": pa.int64(), "source": pa.string(), "format": pa.string(),
        "position": pa.int64(), "start_line": pa.int64(), "end_line": pa.int64(), "match": pa.string(),
        "match_basis": pa.string(), "similarity": pa.float64(), "removed": pa.map_(pa.string(), pa.int64()),
        "raw_text": pa.string(),
    }
    return pa.schema([(f, types[f]) for f in COPY_FIELDS])


def write_parquet(rows: Iterable[dict[str, Any]], path: str, copies: bool) -> int:
    """One row group per batch of rows, written as it comes."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError(
            "Parquet export needs pyarrow: pip install 'newsarchive[parquet]' (or use --format jsonl/csv)"
        ) from exc
    schema = _parquet_schema(copies)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for batch in _batches(rows, EXPORT_BATCH):
            if copies:
                batch = [r | {"removed": list(r["removed"].items())} for r in batch]
            writer.write_batch(pa.RecordBatch.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
