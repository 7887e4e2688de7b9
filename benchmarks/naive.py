"""The naive baseline for benchmarks/bench_ingest.py: the textbook way to do the same job.

Same parsing and cleaning as newsarchive (so both see the same articles), then:
- a MinHash per article built with one `MinHash.update` call per shingle;
- an in-memory `MinHashLSH`, rebuilt from every stored signature at the start of each run;
- candidates confirmed on real shingle Jaccard (sets kept in memory), as newsarchive does;
- one ORM object and one commit per article.
It is kept honest: same thresholds, same shingles, same confirmation rule, so the duplicates
it finds can be compared with newsarchive's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from datasketch import LeanMinHash, MinHash, MinHashLSH
from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from ingest import discover
from ingest.config import DedupConfig, IngestConfig
from ingest.decode import decode_bytes
from ingest.pipeline import Pipeline
from ingest.records import DecodedSource, Source
from ingest.summary import Summary


class Base(DeclarativeBase):
    pass


class NaiveArticle(Base):
    __tablename__ = "naive_articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class NaiveCopy(Base):
    __tablename__ = "naive_copies"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("naive_articles.id"))
    path: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)  # the first line of the copy in its file
    match: Mapped[str] = mapped_column(String(8))
    raw_text: Mapped[str] = mapped_column(Text)


def run(paths: list[str], db: Path, cfg: DedupConfig) -> dict[str, float]:
    engine = create_engine(f"sqlite:///{db}")
    Base.metadata.create_all(engine)
    parser = Pipeline(IngestConfig(db_url=f"sqlite:///{db}.unused"), engine)
    lsh = MinHashLSH(threshold=cfg.jaccard_min, num_perm=cfg.num_perm)
    sets: dict[int, frozenset[bytes]] = {}
    started = time.perf_counter()
    with Session(engine) as s:  # rebuild the in-memory index from everything stored so far
        for art in s.scalars(select(NaiveArticle)):
            lsh.insert(art.id, LeanMinHash.deserialize(art.signature))
            sets[art.id] = shingles(art.body, cfg.shingle_size)
    rebuild = time.perf_counter() - started
    count = 0
    for item in discover.expand(paths):
        if not isinstance(item, str):
            continue
        src = discover.read(item, 1 << 31)
        if not isinstance(src, Source):
            continue
        text, encoding, lossy = decode_bytes(src.data)
        _, candidates, _ = parser.parse(DecodedSource(src, text, encoding, lossy), Summary())
        for cand in candidates:
            art = parser.cleaner.clean(cand)
            sh = shingles(art.body, cfg.shingle_size)
            m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed)
            for g in sh:
                m.update(g)
            match, article_id = "first", None
            for key in lsh.query(m):
                if jaccard(sh, sets[key]) >= cfg.jaccard_min:
                    match, article_id = "near", key
                    break
            with Session(engine) as s:
                if article_id is None:
                    row = NaiveArticle(title=cand.title, body=art.body, signature=_lean_bytes(m))
                    s.add(row)
                    s.flush()
                    article_id = row.id
                    lsh.insert(article_id, m)
                    sets[article_id] = sh
                s.add(NaiveCopy(article_id=article_id, path=cand.source_path, position=cand.start_line,
                                match=match, raw_text=cand.raw_text))
                s.commit()
            count += 1
    return {"articles": count, "seconds": time.perf_counter() - started, "rebuild_seconds": rebuild}


def shingles(body: str, size: int) -> frozenset[bytes]:
    """Word shingles as byte strings, the textbook way."""
    toks = re.findall(r"\w+", body.lower())
    return frozenset(" ".join(toks[i : i + size]).encode() for i in range(max(1, len(toks) - size + 1)))


def jaccard(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _lean_bytes(m: MinHash) -> bytes:
    lean = LeanMinHash(m)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--db", type=Path, required=True)
    args = ap.parse_args()
    print(json.dumps(run(args.paths, args.db, DedupConfig())))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
