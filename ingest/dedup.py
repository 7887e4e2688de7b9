"""Deduplication: is this clean article a copy of one already in the archive?

Order of tests, cheapest first:
1. a title-only entry (no body) joins an article with the same title and outlet;
2. an identical clean body is an `exact` copy;
3. LSH candidates (copies sharing a band bucket) are confirmed on real shingle sets: Jaccard
   >= jaccard_min, or containment >= containment_min for trimmed copies. Paragraphs that two
   bodies share at their very end (a common footer) are set aside before comparing, so two
   different stories with one disclaimer never merge, while a re-pasted story still does.
   A confirmed pair is refused when the titles are two installments of a series
   (`installments`) or the bodies print other figures in the same words (`figures_changed`).
4. a bodied article with no match adopts a title-only article of the same title and outlet.
The state (the index) lives in the database and is reached through the `DedupIndex`
protocol; this module holds no state of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

import numpy as np

from ingest.config import DedupConfig
from ingest.dates import MONTHS
from ingest.fingerprint import (
    Fingerprint,
    Fingerprinter,
    containment,
    estimated_jaccard,
    jaccard,
    signature_from_bytes,
)
from ingest.text import fold


class DedupIndex(Protocol):
    def exact(self, content_hash: str) -> int | None: ...
    def by_title(self, title_key: str, outlet_id: int | None, bodied: bool) -> int | None: ...
    def candidates(self, buckets: tuple[int, ...]) -> list[tuple[int, int, bytes | None]]: ...  # copy, article, sig
    def copy_body(self, copy_id: int) -> str: ...
    def first_copy_body(self, article_id: int) -> str: ...
    def copy_title_key(self, copy_id: int) -> str | None: ...
    def article_title_keys(self, article_id: int) -> set[str]: ...  # of all its copies


@dataclass(frozen=True, slots=True)
class Decision:
    article_id: int | None  # None: a new article
    match: str  # first | exact | near
    similarity: float | None
    basis: str | None  # body | title


_FIRST = Decision(None, "first", None, None)  # the commonest decision, made once (it is immutable)


def title_key(title: str | None) -> str | None:
    if not title:
        return None
    return " ".join(fold(title).replace('"', "").replace("'", "").split())[:64] or None


# What changes from one installment of a series to the next: a date ("week of July 13", "Monday
# 3 March", "2025"), or a number after a serial word ("No. 33", "week 34", "issue 112"). A bare
# number is not one: "Fire kills 3" and "Fire kills 4" are an article and its update.
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_INSTALLMENT = re.compile(
    r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s+)?\b(?:" + _MONTH_NAMES + r")\b\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?"
    r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
    r"|\b(?:19|20)\d\d\b"
    r"|(?:\b(?:no|nr|number|week|wk|issue|vol|volume|edition|part|round|day|episode|ep)\b\.?|#)\s*#?\d+")


def installments(key_a: str | None, key_b: str | None) -> bool:
    """Two different titles that differ only in dates and numbers: two installments of one
    series (a weekly outlook, a numbered bulletin), whose template text two issues share,
    never two copies of one article. Title keys (`title_key`) are compared."""
    if not key_a or not key_b or key_a == key_b:
        return False
    return _INSTALLMENT.sub("#", key_a) == _INSTALLMENT.sub("#", key_b)


# A figure as the text prints it: '3.1', '1,420', '2026' (thousands separators are dropped
# before comparing, so '1,420' and '1420' are one figure).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_EDGE_PUNCT = ".,;:!?()[]\"'“”‘’"
MIN_FIGURE_CHANGES = 2  # one changed figure is a correction or a typo fixed; two are another issue


def _figures(text: str) -> Counter[str]:
    return Counter(m.replace(",", "") for m in _FIGURE.findall(text))


def figures_changed(a: str, b: str) -> int:
    """How many places two bodies print *other figures in the same words*: word runs where one
    says '£3.1 million … up 11 per cent' and the other '£2.7 million … down 4 per cent'. Two
    issues of a monthly statistics story written from one template share most of their words
    (a token F1 near 0.8, as much as a syndicated copy with a paragraph cut) but none of their
    figures; a copy of one story, trimmed, re-typeset, given a local top or lightly edited,
    keeps its figures (across every evaluation set's 350 copy pairs, at most one changed place:
    a correction). Runs that are only added or dropped (a trimmed paragraph, a local top) are
    not changes. Counted only when each body has figures the other lacks (most pairs end
    there), over the paragraphs the two do not share word for word."""
    fa, fb = _figures(a), _figures(b)
    if not (fa - fb) or not (fb - fa):
        return 0
    pa, pb = [fold(p) for p in a.split("\n\n")], [fold(p) for p in b.split("\n\n")]
    sa, sb = set(pa), set(pb)
    ta = [t.strip(_EDGE_PUNCT) for p in pa if p not in sb for t in p.split()]
    tb = [t.strip(_EDGE_PUNCT) for p in pb if p not in sa for t in p.split()]
    changes = 0
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if op != "replace":
            continue
        na, nb = _figures(" ".join(ta[i1:i2])), _figures(" ".join(tb[j1:j2]))
        if na and nb and na != nb:
            changes += 1
    return changes


def _strip_common_tail(a: str, b: str) -> tuple[str, str]:
    pa, pb = a.split("\n\n"), b.split("\n\n")
    n = 0
    while n < min(len(pa), len(pb)) - 1 and fold(pa[-1 - n]) == fold(pb[-1 - n]):
        n += 1
    if n == 0:
        return a, b
    # A footer is the smaller part of a body. When the shared run holds most of the shorter
    # body, it is the story itself (a crawl whose only difference is the photo caption above
    # it), and setting it aside would leave two captions to compare.
    shared = sum(len(p.split()) for p in pa[len(pa) - n :])
    if 2 * shared > min(len(a.split()), len(b.split())):
        return a, b
    return "\n\n".join(pa[: len(pa) - n]), "\n\n".join(pb[: len(pb) - n])


_SHINGLE_CACHE_MAX = 4096  # bodies (~5 KB each with their shingles): a file's batch and its candidates


class Deduplicator:
    def __init__(self, cfg: DedupConfig, fingerprinter: Fingerprinter | None = None) -> None:
        self.cfg = cfg
        self.fp = fingerprinter or Fingerprinter(cfg)
        # Body -> shingles. A stored copy is compared with each new copy that names it as a
        # candidate, and the chosen article's first copy once more: hash each body once.
        self._shingles: dict[str, np.ndarray] = {}
        sketch = getattr(self.fp, "sketch", None)
        self._sig_header: bytes | None = getattr(sketch, "lean_header", None)

    def shingles(self, body: str) -> np.ndarray:
        found = self._shingles.get(body)
        if found is None:
            if len(self._shingles) >= _SHINGLE_CACHE_MAX:
                self._shingles.clear()
            found = self._shingles[body] = self.fp.shingles(body)
        return found

    def similarity(self, body_a: str, body_b: str) -> tuple[float, float]:
        """(Jaccard, containment) of word shingles, common trailing paragraphs set aside."""
        a, b = _strip_common_tail(body_a, body_b)
        sa, sb = self.shingles(a), self.shingles(b)
        return jaccard(sa, sb), containment(sa, sb)

    def _similarity(self, body: str, fp: Fingerprint, other: str) -> tuple[float, float]:
        """As `similarity`, reusing this body's shingles. Setting a common tail aside can only
        lower both measures, so it is done only for a pair that is confirmed without it."""
        sb = self.shingles(other)
        j, c = jaccard(fp.shingles, sb), containment(fp.shingles, sb)
        if not self.confirmed(j, c, fp):
            return j, c
        last_a, last_b = body.rsplit("\n\n", 1)[-1], other.rsplit("\n\n", 1)[-1]
        if fold(last_a) == fold(last_b):
            return self.similarity(body, other)
        return j, c

    def confirmed(self, j: float, c: float, fp: Fingerprint) -> bool:
        if j >= self.cfg.jaccard_min:
            return True
        return c >= self.cfg.containment_min and j >= self.cfg.containment_jaccard_floor

    @staticmethod
    def _installment(tkey: str, copy_id: int, article_id: int, index: DedupIndex) -> bool:
        """The candidate, or any other copy of its article, is another installment of the
        series this copy belongs to (a digest's copy under its poster's subject line may be the
        one that matched, while the article's other copies carry the series title)."""
        if installments(tkey, index.copy_title_key(copy_id)):
            return True
        return any(installments(tkey, key) for key in index.article_title_keys(article_id))

    def _signature(self, data: bytes) -> np.ndarray:
        """A stored signature's hash values: after the header this run's signatures are written
        with (`Sketch.lean_header`), the values as they stand; anything else through datasketch."""
        header = self._sig_header
        if header is not None and len(data) == len(header) + 4 * self.cfg.num_perm and data.startswith(header):
            return np.frombuffer(data, dtype=np.uint32, offset=len(header))
        return signature_from_bytes(data)

    def decide(
        self, body: str, title: str | None, outlet_id: int | None, fp: Fingerprint, index: DedupIndex
    ) -> Decision:
        return self.decide_keyed(body, title_key(title), outlet_id, fp, index)

    def decide_keyed(
        self, body: str, tkey: str | None, outlet_id: int | None, fp: Fingerprint, index: DedupIndex
    ) -> Decision:
        """`decide`, given the title's key (`title_key(title)`) instead of the title."""
        if not body or body.isspace():  # = not body.strip(), without copying the body
            if tkey:
                found = index.by_title(tkey, outlet_id, True)
                if found is not None:
                    return Decision(found, "near", 0.0, "title")
                found = index.by_title(tkey, outlet_id, False)
                if found is not None:  # the same title-only entry pasted again
                    return Decision(found, "exact", 1.0, "title")
            return _FIRST
        found = index.exact(fp.content_hash)
        if found is not None:
            return Decision(found, "exact", 1.0, "body")
        if len(self._shingles) >= _SHINGLE_CACHE_MAX:
            self._shingles.clear()
        self._shingles[body] = fp.shingles  # later copies of this batch may name it as a candidate
        best: tuple[float, int] | None = None
        seen: set[int] = set()
        confirmed: dict[str, float] = {}  # body -> Jaccard, of each copy confirmed as a match
        for copy_id, article_id, sig in index.candidates(fp.buckets):
            if article_id in seen:
                continue
            # The signature estimate (sd ~0.04 near J=0.3 with 128 permutations) rules out
            # most candidates before any body is read.
            if sig and fp.signature is not None and estimated_jaccard(fp.signature, self._signature(sig)) < 0.15:
                continue
            other = index.copy_body(copy_id)
            j, c = self._similarity(body, fp, other)
            if (self.confirmed(j, c, fp) and not (tkey and self._installment(tkey, copy_id, article_id, index))
                    and figures_changed(body, other) < MIN_FIGURE_CHANGES):
                confirmed[other] = j
                seen.add(article_id)
                if best is None or j > best[0]:
                    best = (j, article_id)
        if best is not None:
            article_id = best[1]
            first = index.first_copy_body(article_id)
            # For a confirmed pair `_similarity` already gave what `similarity` gives: reuse it
            # when the first copy was one of the candidates compared.
            j_first = confirmed[first] if first in confirmed else self.similarity(body, first)[0]
            return Decision(article_id, "near", round(j_first, 4), "body")
        if tkey:
            orphan = index.by_title(tkey, outlet_id, False)
            if orphan is not None:
                return Decision(orphan, "near", 0.0, "title")
        return _FIRST
