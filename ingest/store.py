"""Storage: one source's clean articles into the archive, inside the caller's transaction.

Set at a time, so that a file of 500 articles costs a few dozen statements, not thousands:
1. fingerprint every article (pure CPU; done in the workers when there are any);
2. prefetch what the dedup decisions can need (exact hashes, LSH buckets and their copies,
   title keys) in a few IN-queries, into a `BatchIndex`: the same `DedupIndex` protocol the
   decisions always use, answered from memory and updated as this file's copies are placed,
   so a story pasted twice in one file still finds its first copy;
3. decide each article in order with `Deduplicator.decide` (unchanged semantics);
4. write articles, copies and LSH buckets with executemany; feed the repetition learner;
   recompute every touched article with the one keeper policy (`db.queries.keeper_fields`).

This is the pipeline's one serial stage, so it does as little Python per article as it can:
rows are built once, as tuples in column order, with values already in the form the driver
binds (db/batch_writes.py `Binder`); a new article with one copy takes its fields straight from
that copy (`queries.keeper_fields` says the same, spelled out); the reads it makes per
candidate go straight to the SQLite driver (db/batch.py `reads`).
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
from ingest import wire
from ingest.clean import fingerprint
from ingest.config import DedupConfig
from ingest.dedup import Deduplicator
from ingest.fingerprint import Fingerprint, Fingerprinter, Sketch, signature_to_bytes
from ingest.learned import LearnedSets
from ingest.outlets import outlet_key
from ingest.records import DecodedSource
from ingest.repeats import RepetitionLearner
from ingest.wire import (
    AUTHORS,
    BODY,
    DATE_INFERRED,
    EDGE_KEYS,
    END_LINE,
    LANGUAGE,
    OUTLET,
    POSITION,
    PUBLISHED_ON,
    RAW_TEXT,
    REMOVED,
    START_LINE,
    TITLE,
    TITLE_KEY,
    URL,
    WORDS,
)


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
        self.reads = batch.reads(s)
        hashes = [fp.content_hash for fp in fps]
        self.by_hash = batch.articles_by_hash(s, hashes)
        # bucket -> copies: stored ones (prefetched), and this batch's, kept as the first copy of the
        # batch with the bucket plus a list of any later ones (rare: a near copy in the same file),
        # so that placing a copy is two dict operations in C, not one per bucket in Python.
        self.bucket_map = batch.bucket_copies(s, list(chain.from_iterable(fp.buckets for fp in fps)), lsh_filter)
        self.batch_first: dict[int, int] = {}
        self.batch_more: dict[int, list[int]] = {}
        self.heads = batch.copy_heads(s, list(chain.from_iterable(self.bucket_map.values())))
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
        found = self.titles.get((title_key, outlet_id))
        if not found:
            return None
        for aid in sorted(found):
            if (self.words.get(aid, 0) > 0) == bodied:
                return aid
        return None

    def candidates(self, buckets: tuple[int, ...]) -> list[tuple[int, int, bytes | None]]:
        stored, placed = self.bucket_map, self.batch_first
        if stored.keys().isdisjoint(buckets) and placed.keys().isdisjoint(buckets):
            return []  # most articles: no copy shares a single bucket
        found = [ids for ids in map(stored.get, buckets) if ids]
        first = [cid for cid in map(placed.get, buckets) if cid is not None]
        more = self.batch_more
        if more:
            found += [ids for ids in map(more.get, buckets) if ids]
        shared = Counter(chain(chain.from_iterable(found), first))
        ranked = sorted(shared, key=lambda c: (-shared[c], c))[:50]
        heads = self.heads
        return [(cid, *heads[cid]) for cid in ranked if cid in heads]

    def copy_body(self, copy_id: int) -> str:
        found = self.bodies.get(copy_id)
        if found is None:
            found = self.bodies[copy_id] = self.reads.copy_body(copy_id)
        return found

    def copy_title_key(self, copy_id: int) -> str | None:
        if copy_id not in self.title_keys:
            self.title_keys[copy_id] = self.reads.copy_title_key(copy_id)
        return self.title_keys[copy_id]

    def article_title_keys(self, article_id: int) -> set[str]:
        if article_id not in self.article_keys:
            self.article_keys[article_id] = set(self.reads.article_title_keys(article_id))
        return self.article_keys[article_id]

    def first_copy_body(self, article_id: int) -> str:
        found = self.first_bodies.get(article_id)
        if found is None:
            found = self.first_bodies[article_id] = self.reads.first_copy_body(article_id)
        return found

    def place(self, copy_id: int, article_id: int, fp: Fingerprint, sig: bytes | None, body: str, words: int,
              tkey: str | None, outlet_id: int | None, new_article: bool) -> None:
        """Register a copy of this batch so that later articles of the batch can match it."""
        if body and not body.isspace():  # = body.strip(), without copying the body
            self.by_hash.setdefault(fp.content_hash, article_id)
        placed = dict.fromkeys(fp.buckets, copy_id)
        taken = placed.keys() & self.batch_first.keys()
        if taken:
            for b in taken:
                self.batch_more.setdefault(b, []).append(copy_id)
                del placed[b]
        if len(placed) + len(taken) < len(fp.buckets):  # a bucket twice in one signature: counted twice
            for b, n in Counter(fp.buckets).items():
                self.batch_more.setdefault(b, []).extend([copy_id] * (n - 1))
        self.batch_first.update(placed)
        self.heads[copy_id] = (article_id, sig)
        self.bodies[copy_id] = body
        self.title_keys[copy_id] = tkey
        if tkey and (new_article or article_id in self.article_keys):
            self.article_keys.setdefault(article_id, set()).add(tkey)
        if new_article:
            self.first_bodies[article_id] = body
            if tkey:
                self.titles.setdefault((tkey, outlet_id), []).append(article_id)
        self.words[article_id] = max(self.words.get(article_id, 0), words)


# The copies table's columns, in the order the writer builds its rows.
COPY_COLUMNS = ("id", "article_id", "source_id", "position", "start_line", "end_line", "title", "outlet_id",
                "published_on", "url", "raw_text", "match", "similarity", "match_basis", "body", "authors_json",
                "language", "word_count", "content_hash", "title_key", "signature", "removed_json",
                "date_inferred")
ARTICLE_COLUMNS = ("id", "title", "outlet_id", "published_on", "url", "language", "body", "word_count",
                   "keeper_copy_id", "title_key")


def _json(value: Any) -> str:
    """json.dumps(value), written directly for what the writer stores per copy (a byline: a list
    of names; what cleaning removed: reason -> line count): json.dumps makes an encoder per call."""
    kind = type(value)
    if kind is list:
        try:  # _quote takes strings only (as json.dumps quotes them); anything else: json.dumps
            return "[" + ", ".join(map(_quote, value)) + "]"
        except TypeError:
            return json.dumps(value)
    if kind is dict and all(type(k) is str and type(v) is int for k, v in value.items()):
        return "{" + ", ".join(f"{_quote(k)}: {v!r}" for k, v in value.items()) + "}"
    return json.dumps(value)


_quote = json.encoder.encode_basestring_ascii  # json.dumps's own quoting (ensure_ascii)


class Store:
    def __init__(self, dedup_cfg: DedupConfig, learner: RepetitionLearner, sketch: Sketch | None = None) -> None:
        self.cfg = dedup_cfg
        self.fingerprint = Fingerprinter(dedup_cfg, sketch)
        self.dedup = Deduplicator(dedup_cfg, self.fingerprint)
        self.learner = learner
        self.learned = LearnedSets()  # the writer's copy of what has been learned (ingest/learned.py)
        self.filters = FilterCache()  # Bloom filters over the large index tables (db/filters.py)
        self._outlet_keys: dict[str, str] = {}  # outlet name -> outlet_key(name): a few names, asked per article

    def forget(self) -> None:
        """The open transaction was rolled back: cached database state may be gone with it."""
        self.learned.forget()
        self.filters.forget()

    def keeper_body(self, s: Session, learned: LearnedSets | None = None) -> queries.KeeperBody:
        """The article body from its keeper copy: the copy's clean body minus the outlet's
        learned boilerplate (from `learned`, else read from the database)."""

        def body(copy: queries.CopyView) -> str:
            return self._keeper_text(s, copy.outlet_id, copy.body, learned)

        return body

    def _keeper_text(self, s: Session, outlet_id: int | None, body: str, learned: LearnedSets | None) -> str:
        if outlet_id is None:
            return body
        known = learned.get(s, outlet_id) if learned is not None else queries.learned(s, outlet_id)
        if not known or not body:
            return body  # nothing learned for this outlet: the clean body as it is
        kept, removed = self.learner.strip(body.split("\n\n"), known)
        return "\n\n".join(kept) if removed else body

    def _outlet_key(self, name: str) -> str:
        key = self._outlet_keys.get(name)
        if key is None:
            if len(self._outlet_keys) > 4096:
                self._outlet_keys.clear()
            key = self._outlet_keys[name] = outlet_key(name)
        return key

    def write(self, s: Session, decoded: DecodedSource, fmt: str, articles: Sequence[wire.Article],
              lines_dropped: int) -> StoreResult:
        """Store one source's articles, packed (ingest/wire.py)."""
        src = decoded.source
        source_id = queries.insert_source(
            s, path=src.path, sha256=src.sha256, size_bytes=src.size_bytes, fmt=fmt,
            encoding=decoded.encoding, status="done", lossy=decoded.lossy, lines_dropped=lines_dropped,
        )
        result = StoreResult()
        if not articles:
            return result
        fps = [wire.fingerprint(a) for a in articles]
        okeys = [self._outlet_key(a[OUTLET]) if a[OUTLET] else None for a in articles]
        outlets = {k: a[OUTLET] for k, a in zip(okeys, articles, strict=True) if k is not None}
        oids = batch.outlet_ids(s, outlets)
        tkeys = [a[TITLE_KEY] for a in articles]
        filters = self.filters.get(s)
        index = BatchIndex(s, fps, [t for t in tkeys if t], filters[LSH] if filters else None)
        ids = _Ids(s)
        bind = batch_writes.Binder(s)
        bind_date, bind_bool = bind.date, bind.boolean
        seed = self.cfg.seed
        decide, place = self.dedup.decide_keyed, index.place
        matches = result.matches
        copy_rows: list[tuple[Any, ...]] = []
        fresh: dict[int, list[int]] = {}  # new article -> its copies (indexes into the rows: this batch's copies)
        lsh_copies: list[int] = []  # copies whose buckets go into the LSH index
        lsh_buckets: list[Sequence[int]] = []
        for art, fp, tkey, okey in zip(articles, fps, tkeys, okeys, strict=True):
            body = art[BODY]
            oid = oids.get(okey) if okey is not None else None
            decision = decide(body, tkey, oid, fp, index)
            aid = decision.article_id
            cid = ids.copy()
            if aid is None:
                aid = ids.article()
                fresh[aid] = [len(copy_rows)]
                is_new = True
            else:
                is_new = False
                if aid in fresh:
                    fresh[aid].append(len(copy_rows))
            sig = fp.sig_bytes
            if sig is None and fp.signature is not None:
                sig = signature_to_bytes(fp.signature, seed)
            words = art[WORDS]
            place(cid, aid, fp, sig, body, words, tkey, oid, is_new)
            match = decision.match
            matches[match] += 1
            published = art[PUBLISHED_ON]
            copy_rows.append((
                cid, aid, source_id, art[POSITION], art[START_LINE], art[END_LINE], art[TITLE], oid,
                bind_date(published) if published is not None else None, art[URL], art[RAW_TEXT], match,
                decision.similarity, decision.basis, body, _json(art[AUTHORS]), art[LANGUAGE], words,
                fp.content_hash, tkey, sig, _json(art[REMOVED]), bind_bool(True) if art[DATE_INFERRED] else None,
            ))
            if match != "exact" and fp.buckets:  # an exact copy's buckets are its first copy's: finding one is enough
                lsh_copies.append(cid)
                lsh_buckets.append(fp.buckets)
        result.copies = len(copy_rows)
        result.articles_new = len(fresh)
        learned = self.learned
        learned.for_file(s, oids.values())
        article_rows: list[tuple[Any, ...]] = []
        new_authors: dict[int, list[str]] = {}
        for aid, rows in fresh.items():
            fields, names = self._new_article(s, [(copy_rows[i], articles[i]) for i in rows], learned)
            fields[2] = bind_date(fields[2]) if fields[2] is not None else None
            article_rows.append((aid, *fields))
            new_authors[aid] = names
        # The search index is built for the whole file in one statement, not by a trigger per row.
        # Parents before children (articles, copies, authors): with foreign keys checked per
        # statement, and none deferred, SQLite never rescans child tables for orphans.
        paused = batch_writes.pause_search_index(s)
        batch_writes.insert_bound(s, ArticleRow, ARTICLE_COLUMNS, article_rows)
        batch_writes.insert_bound(s, CopyRow, COPY_COLUMNS, copy_rows)
        self._authors(s, new_authors, replace=False)
        if paused:
            batch_writes.index_for_search(s, list(fresh))
            batch_writes.resume_search_index(s)
        batch_writes.bucket_pairs(s, lsh_copies, lsh_buckets)
        touched = {row[1] for row in copy_rows}.difference(fresh)
        touched |= self._learn(s, articles, copy_rows, learned, filters[EDGES] if filters else None)
        self.refresh(s, touched, learned, {row[0]: row[14] for row in copy_rows})
        recent_index.merge_recent_if_due(s)
        return result

    def _new_article(self, s: Session, copies: list[tuple[tuple[Any, ...], wire.Article]],
                     learned: LearnedSets) -> tuple[list[Any], list[str]]:
        """The fields (ARTICLE_COLUMNS after id) and authors of a new article from this batch's
        copies of it (row, packed article): `queries.keeper_fields`, written out for the usual
        case of one copy (its own values, empty ones as null)."""
        if len(copies) == 1:
            row, art = copies[0]
            body = self._keeper_text(s, row[7], row[14], learned)
            words = row[17] if body is row[14] else len(body.split())
            return ([row[6] or None, row[7] or None, art[PUBLISHED_ON] or None, row[9] or None, row[16] or None,
                     body, words, row[0], row[19] or None], list(art[AUTHORS] or []))
        views = [queries.CopyView(row[0], row[6], row[7], art[PUBLISHED_ON], row[9], row[16], row[14], row[17],
                                  list(art[AUTHORS]), row[19], art[DATE_INFERRED]) for row, art in copies]
        fields, names = queries.keeper_fields(views, self.keeper_body(s, learned))
        return [fields[c] for c in ARTICLE_COLUMNS[1:]], names

    def _fields(self, s: Session, copies: list[queries.CopyView],
                learned: LearnedSets) -> tuple[dict[str, Any], list[str]]:
        return queries.keeper_fields(copies, self.keeper_body(s, learned))

    def _authors(self, s: Session, by_article: dict[int, list[str]], replace: bool = True) -> None:
        names = [n for names in by_article.values() for n in names]
        if not names and not replace:
            return
        author_ids = batch.author_ids(s, names)
        rows = [(aid, i, author_ids[name]) for aid, names in by_article.items() for i, name in enumerate(names)]
        if replace:
            batch_writes.replace_authors(s, list(by_article), rows)
        else:
            batch_writes.insert_bound(s, ArticleAuthorRow, batch_writes.AUTHOR_COLUMNS, rows)

    def _learn(self, s: Session, articles: Sequence[wire.Article], copy_rows: list[tuple[Any, ...]],
               learned: LearnedSets, edge_filter: Filters | None = None) -> set[int]:
        """Record edge paragraphs; learn those now carried by enough distinct articles.
        Updates `learned` in place; returns the stored articles that must be re-cleaned."""
        rows: set[tuple[int, str, int]] = set()
        source: dict[str, int] = {}  # fingerprint -> the last article carrying it (its text is read from there)
        for i, (art, copy) in enumerate(zip(articles, copy_rows, strict=True)):
            oid = copy[7]
            found = art[EDGE_KEYS]
            if oid is None or not found:
                continue
            aid = copy[1]
            known = learned.get(s, oid)
            if known:
                for fp in found:
                    if fp in known:
                        continue  # already boilerplate: counting more carriers would change nothing
                    rows.add((oid, fp, aid))
                    source[fp] = i
            else:
                rows.update([(oid, fp, aid) for fp in found])
                source.update(dict.fromkeys(found, i))
        texts = _Texts(articles, source)
        if not rows:
            return set()
        ordered = sorted(rows)
        batch_writes.edges(s, ordered, ordered=True)
        counts = batch.edge_counts(s, [(oid, fp) for oid, fp, _ in ordered], edge_filter)
        affected: set[int] = set()
        new_rows, learnt = [], []
        # In key order, as before; only the few pairs with enough carriers are sorted (a file has
        # thousands of pairs, nearly all seen once or twice).
        least = self.learner.min_articles
        for (oid, fp), n in sorted(item for item in counts.items() if item[1] >= least):
            if fp not in learned.get(s, oid):
                # Text that reads like content needs more carriers, near-siblings counting once
                # (ingest/repeats.py); the outlet's name and the carriers' titles are read only then.
                text = texts[fp]
                need, independent = self.learner.needed(text, s.scalar(select(OutletRow.name)
                                                                       .where(OutletRow.id == oid)),
                                                        shape=fp != fingerprint(text))
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

    def refresh(self, s: Session, article_ids: set[int], learned: LearnedSets,
                bodies: dict[int, str] | None = None) -> None:
        """Recompute these stored articles from all their copies (one read, one executemany).
        `bodies`: copy id -> clean body of copies at hand (only keepers' bodies are read)."""
        if not article_ids:
            return
        copies = batch.copies_of(s, sorted(article_ids), keeper_bodies_only=True, known_bodies=bodies)
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


class _Texts:
    """fingerprint -> text of an edge paragraph, read from its article when asked (rarely: only
    for paragraphs about to be learned)."""

    def __init__(self, articles: Sequence[wire.Article], source: dict[str, int]) -> None:
        self.articles, self.source = articles, source

    def __getitem__(self, fp: str) -> str:
        return wire.edge_texts(self.articles[self.source[fp]])[fp]


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

