"""Learning boilerplate from repetition across an outlet's articles.

A paragraph standing among the first or last `edge_paragraphs` of several *distinct*
articles of one outlet is that outlet's boilerplate (a footer, a plea, a standard intro).
Distinct articles, not copies: an article pasted twice repeats itself without making its
own text boilerplate, and since only head and tail paragraphs are counted, a quote that two
stories share in their middle stays content. Counts live in the database, so a footer
learned from last year's dumps is stripped from today's, and articles stored before a
paragraph was learned are re-cleaned when it is.
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.clean import TRAILER_CONTENT_WORDS, fingerprint
from ingest.config import CleanConfig
from ingest.text import words

MAX_EDGE_WORDS = 100  # the longest boilerplate paragraph worth learning (a fair-use notice)


class RepetitionLearner:
    def __init__(self, cfg: CleanConfig, weak: Callable[[str], bool]) -> None:
        self.min_articles = cfg.repeat_min_articles
        self.edge = cfg.edge_paragraphs
        self.weak = weak

    def edges(self, paragraphs: list[str]) -> dict[str, str]:
        """Fingerprint -> text of the head and tail paragraphs short enough to be furniture
        (footers, pleas and disclaimers run to a few dozen words; long paragraphs are stories)."""
        # A body of at most 2 * edge paragraphs is all head and tail: taking its paragraphs once
        # each gives the same dict (same keys in the same order, each with its last paragraph).
        picked = paragraphs if len(paragraphs) <= 2 * self.edge else paragraphs[: self.edge] + paragraphs[-self.edge :]
        return {fingerprint(p): p for p in picked if _at_most_edge_words(p)}

    def strip(self, paragraphs: list[str], learned: set[str]) -> tuple[list[str], int]:
        """Remove learned paragraphs that form the head run or the tail run of a body (weak
        lines may sit among them in the tail); returns the body and how many were removed."""
        if not learned:
            return paragraphs, 0
        start = 0
        while start < len(paragraphs) and fingerprint(paragraphs[start]) in learned:
            start += 1
        body = paragraphs[start:]
        cut, content_after = len(body), 0
        for i in range(len(body) - 1, -1, -1):
            if fingerprint(body[i]) in learned:
                if content_after <= TRAILER_CONTENT_WORDS:
                    cut = i
            elif not self.weak(body[i]):
                content_after += len(words(body[i]))
                if content_after > TRAILER_CONTENT_WORDS:
                    break
        return body[:cut], start + len(body) - cut


def _at_most_edge_words(text: str) -> bool:
    """len(text.split()) <= MAX_EDGE_WORDS: n words take at least 2n - 1 characters, so a short
    text needs no split, and a long one is split no further than the limit."""
    if len(text) < 2 * MAX_EDGE_WORDS + 1:
        return True
    return len(text.split(maxsplit=MAX_EDGE_WORDS)) <= MAX_EDGE_WORDS
