"""Storage: one source's clean articles into the archive, inside the caller's transaction.

Set at a time, so that a file of 500 articles costs a few dozen statements, not thousands:
1. fingerprint every article (pure CPU);
2. prefetch what the dedup decisions can need (exact hashes, LSH buckets and their copies,
   title keys) in a few IN-queries, into a `BatchIndex`: the same `DedupIndex` protocol the
   decisions always use, answered from memory and updated as this file's copies are placed,
   so a story pasted twice in one file still finds its first copy;
3. decide each article in order with `Deduplicator.decide` (unchanged semantics);
4. write articles, copies and LSH buckets with executemany; feed the repetition learner;
   recompute every touched article with the one keeper policy (`db.queries.keeper_fields`).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import batch, batch_writes, queries, recent_index
from db.bloom import Filters
from db.filters import EDGES, LSH, FilterCache
from db.models import ArticleAuthorRow, ArticleRow, CopyRow, OutletRow
from ingest.config import DedupConfig
from ingest.dedup import Deduplicator, title_key
from ingest.fingerprint import Fingerprint, Fingerprinter, signature_to_bytes
from ingest.learned import LearnedSets
from ingest.outlets import outlet_key
from ingest.records import CleanArticle, DecodedSource
from ingest.repeats import RepetitionLearner


@dataclass(slots=True)
class StoreResult:
    articles_new: int = 0
    copies: int = 0
    matches: Counter[str] = field(default_factory=Counter)
    learned_removed: int = 0


class BatchIndex:
    """`ingest.dedup.DedupIndex` over prefetched rows plus the copies placed in this batch."""

    def __init__(self, s: Session, fps: Sequence[Fingerprint], title_keys: Sequence[str],
                 lsh_filter: Filters | None = None) -> None:
        self.s = s
        hashes = [fp.content_hash for fp in fps]
        self.by_hash = batch.articles_by_hash(s, hashes)
        self.bucket_map = batch.bucket_copies(s, [b for fp in fps for b in fp.buckets], lsh_filter)
        self.heads = batch.copy_heads(s, [c for ids in self.bucket_map.values() for c in ids])
        self.titles: dict[tuple[str, int | None], list[int]] = {}
        self.words: dict[int, int] = {}
        for aid, tkey, oid, words in batch.articles_by_title(s, title_keys):
            self.titles.setdefault((tkey, oid), []).append(aid)
            self.words[aid] = words
        self.bodies: dict[int, str] = {}
        self.first_bodies: dict[int, str] = {}
        self.title_keys: dict[int, str | None] = {}  # copies asked about (few: confirmed matches)
        self.article_keys: dict[int, set[str]] = {}  # articles asked about, and this batch's copies of them

    def exact(self, content_hash: str) -> int | None:
        return self.by_hash.get(content_hash)

    def by_title(self, title_key: str, outlet_id: int | None, bodied: bool) -> int | None:
        for aid in sorted(self.titles.get((title_key, outlet_id), [])):
            if (self.words.get(aid, 0) > 0) == bodied:
                return aid
        return None

    def candidates(self, buckets: tuple[int, ...]) -> list[tuple[int, int, bytes | None]]:
        found = [ids for ids in map(self.bucket_map.get, buckets) if ids]
        if not found:
            return []  # most articles: no stored copy shares a single bucket
        shared = Counter(chain.from_iterable(found))
        ranked = sorted(shared, key=lambda c: (-shared[c], c))[:50]
        return [(cid, self.heads[cid][0], self.heads[cid][1]) for cid in ranked if cid in self.heads]

    def copy_body(self, copy_id: int) -> str:
        if copy_id not in self.bodies:
            self.bodies[copy_id] = batch.copy_body(self.s, copy_id)
        return self.bodies[copy_id]

    def copy_title_key(self, copy_id: int) -> str | None:
        if copy_id not in self.title_keys:
            self.title_keys[copy_id] = batch.copy_title_key(self.s, copy_id)
        return self.title_keys[copy_id]

    def article_title_keys(self, article_id: int) -> set[str]:
        if article_id not in self.article_keys:
            self.article_keys[article_id] = set(batch.article_title_keys(self.s, article_id))
        return self.article_keys[article_id]

    def first_copy_body(self, article_id: int) -> str:
        if article_id not in self.first_bodies:
            self.first_bodies[article_id] = batch.first_copy_body(self.s, article_id)
        return self.first_bodies[article_id]

    def place(self, copy_id: int, article_id: int, fp: Fingerprint, sig: bytes | None, body: str, words: int,
              tkey: str | None, outlet_id: int | None, new_article: bool) -> None:
        """Register a copy of this batch so that later articles of the batch can match it."""
        if body.strip():
            self.by_hash.setdefault(fp.content_hash, article_id)
        for b in fp.buckets:
            self.bucket_map.setdefault(b, []).append(copy_id)
        self.heads[copy_id] = (article_id, sig)
        self.bodies[copy_id] = body
        self.title_keys[copy_id] = tkey
        if tkey and (article_id in self.article_keys or new_article):
            self.article_keys.setdefault(article_id, set()).add(tkey)
        if new_article:
            self.first_bodies[article_id] = body
            if tkey:
                self.titles.setdefault((tkey, outlet_id), []).append(article_id)
        self.words[article_id] = max(self.words.get(article_id, 0), words)


class Store:
    def __init__(self, dedup_cfg: DedupConfig, learner: RepetitionLearner) -> None:
        self.cfg = dedup_cfg
        self.fingerprint = Fingerprinter(dedup_cfg)
        self.dedup = Deduplicator(dedup_cfg, self.fingerprint)
        self.learner = learner
        self.learned = LearnedSets()  # the writer's copy of what has been learned (ingest/learned.py)
        self.filters = FilterCache()  # Bloom filters over the large index tables (db/filters.py)

    def forget(self) -> None:
        """The open transaction was rolled back: cached database state may be gone with it."""
        self.learned.forget()
        self.filters.forget()

    def keeper_body(self, s: Session, learned: LearnedSets | None = None) -> queries.KeeperBody:
        """The article body from its keeper copy: the copy's clean body minus the outlet's
        learned boilerplate (from `learned`, else read from the database)."""

        def body(copy: queries.CopyView) -> str:
            if copy.outlet_id is None:
                known: set[str] = set()
            elif learned is not None:
                known = learned.get(s, copy.outlet_id)
            else:
                known = queries.learned(s, copy.outlet_id)
            if not known or not copy.body:
                return copy.body  # nothing learned for this outlet: the clean body as it is
            kept, removed = self.learner.strip(copy.body.split("\n\n"), known)
            return "\n\n".join(kept) if removed else copy.body

        return body

    def write(self, s: Session, decoded: DecodedSource, fmt: str, articles: list[CleanArticle],
              lines_dropped: int, fingerprints: list[Fingerprint] | None = None,
              edges: list[dict[str, str]] | None = None) -> StoreResult:
        src = decoded.source
        source_id = queries.insert_source(
            s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, fmt=fmt,
            encoding=decoded.encoding, status="done", lossy=decoded.lossy, lines_dropped=lines_dropped,
        )
        result = StoreResult()
        if not articles:
            return result
        fps = fingerprints if fingerprints is not None else [self.fingerprint(a.body) for a in articles]
        outlets = {outlet_key(a.candidate.outlet): a.candidate.outlet for a in articles if a.candidate.outlet}
        oids = batch.outlet_ids(s, outlets)
        tkeys = [title_key(a.candidate.title) for a in articles]
        filters = self.filters.get(s)
        index = BatchIndex(s, fps, [t for t in tkeys if t], filters[LSH] if filters else None)
        ids = _Ids(s)
        copies: list[dict[str, Any]] = []
        views: dict[int, list[queries.CopyView]] = {}  # article -> this batch's copies
        new_articles: list[int] = []
        bucket_rows: list[tuple[int, int]] = []
        for art, fp, tkey in zip(articles, fps, tkeys, strict=True):
            cand, body = art.candidate, art.body
            oid = oids.get(outlet_key(cand.outlet)) if cand.outlet else None
            decision = self.dedup.decide(body, cand.title, oid, fp, index)
            is_new = decision.article_id is None
            aid = ids.article() if is_new else int(decision.article_id)  # type: ignore[arg-type]
            cid = ids.copy()
            sig = fp.sig_bytes
            if sig is None and fp.signature is not None:
                sig = signature_to_bytes(fp.signature, self.cfg.seed)
            words = len(body.split())
            index.place(cid, aid, fp, sig, body, words, tkey, oid, is_new)
            if is_new:
                new_articles.append(aid)
            result.articles_new += is_new
            result.matches[decision.match] += 1
            result.copies += 1
            copies.append({
                "id": cid, "article_id": aid, "source_id": source_id, "position": cand.position,
                "start_line": cand.start_line, "end_line": cand.end_line, "title": cand.title,
                "outlet_id": oid, "published_on": cand.published_on, "url": cand.url, "raw_text": cand.raw_text,
                "match": decision.match, "similarity": decision.similarity, "match_basis": decision.basis,
                "body": body, "authors_json": json.dumps(cand.authors), "language": cand.language,
                "word_count": words, "content_hash": fp.content_hash, "title_key": tkey, "signature": sig,
                "removed_json": json.dumps(art.removed), "date_inferred": cand.date_inferred or None,
            })
            views.setdefault(aid, []).append(queries.CopyView(
                cid, cand.title, oid, cand.published_on, cand.url, cand.language, body, words, list(cand.authors), tkey,
                cand.date_inferred,
            ))
            if decision.match != "exact":  # an exact copy's buckets are its first copy's: finding one is enough
                bucket_rows += [(b, cid) for b in set(fp.buckets)]
        learned = self.learned
        learned.for_file(s, oids.values())
        fresh = set(new_articles)
        computed = {aid: self._fields(s, views[aid], learned) for aid in new_articles}
        # The search index is built for the whole file in one statement, not by a trigger per row.
        # Parents before children (articles, copies, authors): with foreign keys checked per
        # statement, and none deferred, SQLite never rescans child tables for orphans.
        paused = batch_writes.pause_search_index(s)
        ids.flush([{"id": aid, **computed[aid][0]} for aid in new_articles], copies)
        self._authors(s, {aid: computed[aid][1] for aid in new_articles}, replace=False)
        if paused:
            batch_writes.index_for_search(s, new_articles)
            batch_writes.resume_search_index(s)
        batch_writes.buckets(s, bucket_rows)
        touched = {c["article_id"] for c in copies} - fresh
        if edges is None:
            edges = [self.learner.edges(a.paragraphs) for a in articles]
        touched |= self._learn(s, edges, copies, learned, filters[EDGES] if filters else None)
        self.refresh(s, touched, learned)
        recent_index.merge_recent_if_due(s)
        return result

    def _fields(self, s: Session, copies: list[queries.CopyView],
                learned: LearnedSets) -> tuple[dict[str, Any], list[str]]:
        return queries.keeper_fields(copies, self.keeper_body(s, learned))

    def _authors(self, s: Session, by_article: dict[int, list[str]], replace: bool = True) -> None:
        author_ids = batch.author_ids(s, [n for names in by_article.values() for n in names])
        rows = [{"article_id": aid, "position": i, "author_id": author_ids[name]}
                for aid, names in by_article.items() for i, name in enumerate(names)]
        if replace:
            batch_writes.replace_authors(s, list(by_article), rows)
        else:
            batch_writes.insert_rows(s, ArticleAuthorRow, rows)

    def _learn(self, s: Session, edges: list[dict[str, str]], copies: list[dict[str, Any]],
               learned: LearnedSets, edge_filter: Filters | None = None) -> set[int]:
        """Record edge paragraphs; learn those now carried by enough distinct articles.
        Updates `learned` in place; returns the stored articles that must be re-cleaned."""
        rows: set[tuple[int, str, int]] = set()
        texts: dict[str, str] = {}
        for found, copy in zip(edges, copies, strict=True):
            oid = copy["outlet_id"]
            if oid is None:
                continue
            known = learned.get(s, oid)
            for fp, text in found.items():
                if fp in known:
                    continue  # already boilerplate: counting more carriers would change nothing
                rows.add((oid, fp, copy["article_id"]))
                texts[fp] = text
        if not rows:
            return set()
        batch_writes.edges(s, list(rows))
        counts = batch.edge_counts(s, [(oid, fp) for oid, fp, _ in rows], edge_filter)
        affected: set[int] = set()
        new_rows, learnt = [], []
        for (oid, fp), n in sorted(counts.items()):
            if n >= self.learner.min_articles and fp not in learned.get(s, oid):
                # Text that reads like content needs more carriers, near-siblings counting once
                # (ingest/repeats.py); the outlet's name and the carriers' titles are read only then.
                need, independent = self.learner.needed(texts[fp], s.scalar(select(OutletRow.name)
                                                                             .where(OutletRow.id == oid)))
                if n < need:
                    continue
                carriers = batch.carriers(s, oid, fp)
                if independent and not self.learner.independent(
                        (t for part in batch.chunks(carriers) for t in s.scalars(
                            select(ArticleRow.title).where(ArticleRow.id.in_(part)).order_by(ArticleRow.id))), need):
                    continue
                new_rows.append({"outlet_id": oid, "fingerprint": fp, "text": texts[fp], "articles": n})
                learnt.append((oid, fp))
                affected.update(carriers)
        batch_writes.learn(s, new_rows)
        learned.add(s, learnt)
        return affected

    def refresh(self, s: Session, article_ids: set[int], learned: LearnedSets) -> None:
        """Recompute these stored articles from all their copies (one read, one executemany)."""
        if not article_ids:
            return
        copies = batch.copies_of(s, sorted(article_ids))
        current = batch.authors_of(s, list(copies))
        rows, authors = [], {}
        for aid, views in copies.items():
            fields, names = self._fields(s, views, learned)
            rows.append({"aid": aid, **fields})
            if names != current.get(aid, []):
                authors[aid] = names  # rewritten only when changed: each row re-indexes the article for search
        batch_writes.update_articles(s, rows)
        if authors:
            self._authors(s, authors)


class _Ids:
    """Ids for this batch's new articles and copies, allocated up front so every row is written
    once with executemany: on SQLite from max(id) (the caller holds the write lock; ids of
    articles merged away by hand stay retired), on PostgreSQL from the tables' sequences."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self.sqlite = batch.is_sqlite(s)
        self._article, self._copy = batch.next_ids(s) if self.sqlite else (0, 0)

    def article(self) -> int:
        if not self.sqlite:
            return batch.next_in_sequence(self.s, "articles")
        self._article += 1
        return self._article - 1

    def copy(self) -> int:
        if not self.sqlite:
            return batch.next_in_sequence(self.s, "copies")
        self._copy += 1
        return self._copy - 1

    def flush(self, article_rows: list[dict[str, Any]], copy_rows: list[dict[str, Any]]) -> None:
        batch_writes.insert_rows(self.s, ArticleRow, article_rows)
        batch_writes.insert_rows(self.s, CopyRow, copy_rows)
