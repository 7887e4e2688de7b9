"""Storage: one source's clean articles into the archive, inside the caller's transaction.

For each article: resolve the outlet, fingerprint, decide (dedup), insert the copy and its
LSH buckets, feed the repetition learner, and recompute every article the copy touched.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from db import queries
from ingest.config import DedupConfig
from ingest.dedup import Deduplicator, title_key
from ingest.fingerprint import Fingerprinter, signature_to_bytes
from ingest.outlets import outlet_key
from ingest.records import CleanArticle, DecodedSource
from ingest.repeats import RepetitionLearner


@dataclass(slots=True)
class StoreResult:
    articles_new: int = 0
    copies: int = 0
    matches: Counter[str] = field(default_factory=Counter)
    learned_removed: int = 0


class Store:
    def __init__(self, dedup_cfg: DedupConfig, learner: RepetitionLearner) -> None:
        self.cfg = dedup_cfg
        self.fingerprint = Fingerprinter(dedup_cfg)
        self.dedup = Deduplicator(dedup_cfg, self.fingerprint)
        self.learner = learner

    def keeper_body(self, s: Session) -> queries.KeeperBody:
        def body(copy: queries.CopyView) -> str:
            learned = queries.learned(s, copy.outlet_id) if copy.outlet_id else set()
            paras = copy.body.split("\n\n") if copy.body else []
            kept, _ = self.learner.strip(paras, learned)
            return "\n\n".join(kept)

        return body

    def write(
        self, s: Session, decoded: DecodedSource, fmt: str, articles: list[CleanArticle], lines_dropped: int
    ) -> StoreResult:
        src = decoded.source
        source_id = queries.insert_source(
            s,
            path=src.path,
            sha256=src.sha256,
            size_bytes=src.size_bytes,
            fmt=fmt,
            encoding=decoded.encoding,
            status="done",
            lossy=decoded.lossy,
            lines_dropped=lines_dropped,
        )
        index = queries.SqlDedupIndex(s)
        result = StoreResult()
        keeper_body = self.keeper_body(s)
        for art in articles:
            cand = art.candidate
            oid = queries.outlet_id(s, cand.outlet, outlet_key(cand.outlet) if cand.outlet else None)
            body = art.body
            fp = self.fingerprint(body)
            decision = self.dedup.decide(body, cand.title, oid, fp, index)
            article_id = decision.article_id or queries.new_article(s)
            result.articles_new += decision.article_id is None
            result.matches[decision.match] += 1
            result.copies += 1
            queries.insert_copy(
                s,
                {
                    "article_id": article_id,
                    "source_id": source_id,
                    "position": cand.position,
                    "start_line": cand.start_line,
                    "end_line": cand.end_line,
                    "title": cand.title,
                    "outlet_id": oid,
                    "published_on": cand.published_on,
                    "url": cand.url,
                    "raw_text": cand.raw_text,
                    "match": decision.match,
                    "similarity": decision.similarity,
                    "match_basis": decision.basis,
                    "body": body,
                    "authors_json": json.dumps(cand.authors),
                    "language": cand.language,
                    "word_count": len(body.split()),
                    "content_hash": fp.content_hash,
                    "title_key": title_key(cand.title),
                    "signature": None if fp.signature is None else signature_to_bytes(fp.signature, self.cfg.seed),
                    "removed_json": json.dumps(art.removed),
                },
                fp.buckets,
            )
            affected = {article_id}
            if oid is not None:
                affected |= self.learner.observe(s, oid, article_id, art.paragraphs)
            for aid in sorted(affected):
                queries.refresh_article(s, aid, keeper_body)
        return result
