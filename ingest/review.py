"""Reviewing dedup by hand: borderline pairs, and merge/split corrections that stand.

Why corrections survive later ingests: dedup only ever places a *new* copy (into the article
of the copy it matches best, or a new article); it never moves a stored copy or joins two
stored articles. A merge moves B's copies into A, so anything that later matches them lands in
A; a split gives the copy its own article, and its LSH rows now lead there, so a later copy
that resembles it joins the new article (its best match), not the old one. Each correction is
recorded in manual_decisions with the copies' stable keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from db import queries, review
from db.engine import atomic
from db.review import CopyBrief
from ingest.config import DedupConfig, IngestConfig
from ingest.dedup import Deduplicator


class ReviewError(ValueError):
    """A merge or split that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class PairReview:
    a: CopyBrief
    b: CopyBrief
    jaccard: float
    containment: float
    shared_bands: int
    margin: float  # signed distance from dedup's decision boundary: >= 0 confirmed as duplicates

    @property
    def merged(self) -> bool:
        return self.a.article_id == self.b.article_id


def decision_margin(j: float, c: float, cfg: DedupConfig) -> float:
    """How far every threshold would have to move to flip dedup's verdict on a pair.

    A pair is confirmed when j >= jaccard_min, or when c >= containment_min and
    j >= containment_jaccard_floor. Raising all thresholds by d keeps it confirmed while
    d <= max(j - jaccard_min, min(c - containment_min, j - floor)): that maximum is the margin,
    positive above the boundary (merged), negative below it (kept apart)."""
    return max(j - cfg.jaccard_min, min(c - cfg.containment_min, j - cfg.containment_jaccard_floor))


class Reviewer:
    def __init__(self, cfg: IngestConfig, engine: Engine) -> None:
        self.cfg, self.engine = cfg, engine
        self.dedup = Deduplicator(cfg.dedup)

    def borderline(self, margin: float = 0.15, limit: int = 20, max_pairs: int = 20000) -> list[PairReview]:
        """Pairs within `margin` of the decision boundary, closest first. Across two articles only
        their most similar pair counts (that is the one dedup would have merged on)."""
        with atomic(self.engine) as s:
            pairs = review.candidate_pairs(s, max_pairs)
            ids = sorted({i for a, b, _ in pairs for i in (a, b)})
            briefs = {c.id: c for c in review.copy_briefs(s, ids)}
        best: dict[tuple[int, ...], PairReview] = {}
        for a_id, b_id, bands in pairs:
            a, b = briefs[a_id], briefs[b_id]
            j, c = self.dedup.similarity(a.body, b.body)
            m = decision_margin(j, c, self.cfg.dedup)
            if abs(m) > margin:
                continue
            key = (a.id, b.id) if a.article_id == b.article_id else tuple(sorted((a.article_id, b.article_id)))
            pair = PairReview(a, b, round(j, 4), round(c, 4), bands, round(m, 4))
            if key not in best or pair.jaccard > best[key].jaccard:
                best[key] = pair
        return sorted(best.values(), key=lambda p: (abs(p.margin), p.a.id))[:limit]

    def _keeper_body(self, s: Session) -> queries.KeeperBody:
        from ingest.pipeline import Pipeline  # the same cleaner and learner an ingest would use

        return Pipeline(self.cfg, self.engine).store.keeper_body(s)

    def _restate(self, s: Session, article_id: int, moved: set[int]) -> None:
        """Re-derive match/similarity of an article's copies after copies moved in or out: the
        lowest copy is `first`, a body identical to an earlier copy's is `exact`, the rest are
        `near` with their Jaccard against the first copy (the contract's meaning)."""
        briefs = review.copy_briefs(s, article_id=article_id)
        if not briefs:
            return
        first = briefs[0]
        first_changed = first.match != "first" or first.id in moved
        if first_changed:
            review.set_match(s, first.id, "first", None, "manual" if first.id in moved else None)
        seen = {first.content_hash}
        for c in briefs[1:]:
            if c.id in moved or first_changed:
                basis = "manual" if c.id in moved else c.match_basis
                if c.content_hash in seen:
                    review.set_match(s, c.id, "exact", 1.0, basis)
                else:
                    j, _ = self.dedup.similarity(c.body, first.body)
                    review.set_match(s, c.id, "near", round(j, 4), basis)
            seen.add(c.content_hash)

    def merge(self, into: int, other: int, note: str | None = None) -> int:
        """Merge article `other` into article `into`; returns the decision id."""
        if into == other:
            raise ReviewError(f"article {into}: cannot merge an article into itself")
        with atomic(self.engine, write=True) as s:  # waits for a running ingest instead of failing
            for aid in (into, other):
                if not review.article_exists(s, aid):
                    raise ReviewError(f"article {aid}: no such article (see `newsarchive duplicates` or `search`)")
            moved = review.copy_ids_of(s, other)
            review.move_copies(s, moved, into)
            review.drop_merged_article(s, other, into)
            self._restate(s, into, set(moved))
            queries.refresh_article(s, into, self._keeper_body(s))
            return review.record_decision(s, "merge", into, other, moved, note)

    def split(self, copy_id: int, note: str | None = None) -> tuple[int, int]:
        """Give copy `copy_id` an article of its own; returns (new article id, decision id)."""
        with atomic(self.engine, write=True) as s:
            old = review.copy_article(s, copy_id)
            if old is None:
                raise ReviewError(f"copy {copy_id}: no such copy (`newsarchive show ARTICLE` lists copies)")
            if len(review.copy_ids_of(s, old)) < 2:
                raise ReviewError(f"copy {copy_id}: it is already the only copy of article {old}")
            new = queries.new_article(s)
            review.move_copies(s, [copy_id], new)
            self._restate(s, new, {copy_id})
            self._restate(s, old, set())
            keeper_body = self._keeper_body(s)
            queries.refresh_article(s, new, keeper_body)
            queries.refresh_article(s, old, keeper_body)
            return new, review.record_decision(s, "split", new, old, [copy_id], note)
