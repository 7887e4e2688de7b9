"""What a worker process hands the writer: one prepared source, packed to cost little to move.

The worker's `Prepared` (ingest/prepare.py) is a tree of objects: per article a `Candidate`, a
`CleanArticle` with its paragraphs, a frozen `Fingerprint` holding two numpy arrays, and a dict
of edge paragraphs. Unpickling that tree took ~40 µs an article in the ingesting process,
holding the GIL against the writer (and pickling it as much in the worker), for many fields the
writer never reads. A `Packed` source carries, per article, one plain tuple of strings,
numbers and bytes, which pickle builds and rebuilds in C:

- the body as one string (not its paragraphs), its word count and its title's key (the dedup
  decisions' `title_key`), made here;
- the shingles as bytes (the writer views them as an array when it compares bodies), the
  signature as the stored bytes it already is (the values are their tail);
- the edge paragraphs as their fingerprints with (start, end) offsets into the body: their
  texts are the body's paragraphs, and the writer reads one only when it learns it.

The writer (ingest/store.py) works from these tuples directly. `pack` is also how the
ingesting process hands its own `Prepared` to the writer when it has no workers, so both
paths store exactly the same rows.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any

import numpy as np

from ingest.dedup import title_key
from ingest.fingerprint import Fingerprint
from ingest.prepare import Failed, Prepared, prepare_in_worker
from ingest.records import Candidate, CleanArticle, DecodedSource, Source

# The fields of a packed article, a plain tuple (the writer reads them by these positions).
(POSITION, START_LINE, END_LINE, RAW_TEXT, TITLE, OUTLET, PUBLISHED_ON, AUTHORS, URL, LANGUAGE, DATE_INFERRED,
 BODY, REMOVED, WORDS, CONTENT_HASH, SHINGLES, SIG_BYTES, SIG_VALUES, BUCKETS, EDGE_KEYS, EDGE_TEXTS,
 TITLE_KEY) = range(22)

Article = tuple[Any, ...]


@dataclass(slots=True)
class Packed:
    """A prepared source as the writer takes it (see the module docstring)."""

    source: Source  # without its bytes
    encoding: str
    lossy: bool
    fmt: str
    articles: list[Article]
    dropped: Counter[str] = field(default_factory=Counter)  # lines outside any article, by reason
    dropped_lines: int = 0

    @property
    def decoded(self) -> DecodedSource:
        return DecodedSource(self.source, "", self.encoding, self.lossy)


def pack(prepared: Prepared) -> Packed:
    edges: list[dict[str, str] | None] = [*prepared.edges] if prepared.edges else [None] * len(prepared.articles)
    articles = [pack_article(a, fp, e) for a, fp, e in zip(prepared.articles, prepared.fingerprints, edges,
                                                           strict=True)]
    return Packed(prepared.source, prepared.encoding, prepared.lossy, prepared.fmt, articles, prepared.dropped,
                  prepared.dropped_lines)


def pack_article(art: CleanArticle, fp: Fingerprint, edges: dict[str, str] | None) -> Article:
    cand = art.candidate
    paragraphs = art.paragraphs
    body = "\n\n".join(paragraphs)
    sig, values = fp.sig_bytes, fp.signature
    if values is None:
        sig_values: int | bytes | None = None
    else:
        raw = np.ascontiguousarray(values, dtype=np.uint32).tobytes()
        # The stored bytes end with the values (datasketch's header, then the values): the
        # writer reads them there. Otherwise (no stored bytes yet) they travel on their own.
        sig_values = len(sig) - len(raw) if sig is not None and sig.endswith(raw) else raw
    edge_keys: tuple[str, ...] | None = None
    edge_texts: tuple[int, ...] | dict[str, str] | None = None
    if edges is not None:
        edge_keys = tuple(edges)
        edge_texts = _spans(paragraphs, edges) or dict(edges)
    return (cand.position, cand.start_line, cand.end_line, cand.raw_text, cand.title, cand.outlet,
            cand.published_on, cand.authors, cand.url, cand.language, cand.date_inferred,
            body, art.removed, len(body.split()), fp.content_hash, fp.shingles.tobytes(), sig, sig_values,
            fp.buckets, edge_keys, edge_texts, title_key(cand.title))


def _spans(paragraphs: list[str], edges: dict[str, str]) -> tuple[int, ...] | None:
    """(start, end) in the joined body of each edge paragraph's text, flat, in the dict's order;
    None when a text is not one of the paragraphs (then the texts travel as they are)."""
    if not edges:
        return ()
    where = {id(p): i for i, p in enumerate(paragraphs)}
    ends = list(accumulate(map(len, paragraphs)))  # paragraph i ends at ends[i] + 2 * i in the body
    out: list[int] = []
    for text in edges.values():
        i = where.get(id(text))
        if i is None:
            return None
        end = ends[i] + 2 * i
        out += (end - len(text), end)
    return tuple(out)


def edge_texts(article: Article) -> dict[str, str]:
    """fingerprint -> text of the article's edge paragraphs."""
    keys, texts = article[EDGE_KEYS], article[EDGE_TEXTS]
    if keys is None:
        return {}
    if isinstance(texts, dict):
        return texts
    body = article[BODY]
    return {fp: body[texts[2 * i]:texts[2 * i + 1]] for i, fp in enumerate(keys)}


def fingerprint(article: Article) -> Fingerprint:
    """The article's fingerprint, its arrays viewing the packed bytes."""
    sig, values = article[SIG_BYTES], article[SIG_VALUES]
    if values is None:
        signature = None
    elif isinstance(values, int):
        signature = np.frombuffer(sig, dtype=np.uint32, offset=values)
    else:
        signature = np.frombuffer(values, dtype=np.uint32)
    return Fingerprint(article[CONTENT_HASH], np.frombuffer(article[SHINGLES], dtype=np.uint32), signature,
                       article[BUCKETS], sig)


def candidate(article: Article, source_path: str = "") -> Candidate:
    """A Candidate with the article's stored metadata (its body lines are not packed)."""
    return Candidate(source_path, article[POSITION], article[START_LINE], article[END_LINE], article[RAW_TEXT], [],
                     title=article[TITLE], outlet=article[OUTLET], published_on=article[PUBLISHED_ON],
                     authors=article[AUTHORS], url=article[URL], language=article[LANGUAGE],
                     date_inferred=article[DATE_INFERRED])


def prepare_packed(src: Source) -> Packed | Failed:
    """The pool's task: prepare one source in a worker process and pack it for the writer."""
    out = prepare_in_worker(src)
    return pack(out) if isinstance(out, Prepared) else out
