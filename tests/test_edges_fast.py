"""Shortcuts in space normalisation and in the repetition learner's edges change nothing: each
equals the plain computation it stands in for, on arbitrary text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import WEAK_WORDS, fingerprint
from ingest.config import CleanConfig
from ingest.repeats import MAX_EDGE_WORDS, RepetitionLearner, _at_most_edge_words
from ingest.text import has_url_or_email, normalize_spaces

SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2000\u2005\u200a\u200b\u200c\u200d\u2028\u202f\u205f\u2060\u3000\ufeff"
TEXT = st.text(alphabet=st.one_of(st.sampled_from(SPACES + "ab’“—é."), st.characters()), max_size=80)


def plain_normalize_spaces(line: str) -> str:
    line = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]", " ", line)
    line = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", line)
    return re.sub(r" {2,}", " ", line).strip()


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_normalize_spaces_equals_the_three_substitutions(line: str) -> None:
    assert normalize_spaces(line) == plain_normalize_spaces(line)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["w", "word", "é", "a’b"]), max_size=130),
       st.lists(st.sampled_from(SPACES), min_size=1))
def test_at_most_edge_words_equals_split(parts: list[str], seps: list[str]) -> None:
    text = "".join(p + seps[i % len(seps)] for i, p in enumerate(parts))
    for t in (text, text.strip(), " " + text):
        assert _at_most_edge_words(t) == (len(t.split()) <= MAX_EDGE_WORDS)


def test_at_most_edge_words_at_the_limit() -> None:
    for n in (MAX_EDGE_WORDS - 1, MAX_EDGE_WORDS, MAX_EDGE_WORDS + 1):
        for sep in (" ", "  ", "\u3000", " \n "):
            text = sep.join(["x"] * n)
            assert _at_most_edge_words(text) == (n <= MAX_EDGE_WORDS)
            assert _at_most_edge_words(text + sep) == (n <= MAX_EDGE_WORDS)


def plain_edges(learner: RepetitionLearner, paragraphs: list[str], edge: int) -> dict[str, str]:
    """The plain slices; a paragraph that reads like content only where fewer than content_edge
    substantial paragraphs (more than WEAK_WORDS words, no link) lie between it and an end."""
    near = learner.content_edge
    solid = [len(p.split()) > WEAK_WORDS and not has_url_or_email(p) for p in paragraphs]
    picked = list(enumerate(paragraphs))[:edge] + list(enumerate(paragraphs))[-edge:]
    return {fingerprint(p): p for i, p in picked if len(p.split()) <= MAX_EDGE_WORDS
            and (sum(solid[:i]) < near or sum(solid[i + 1 :]) < near or not learner.cues.reads_like_content(p, None))}


# Few distinct paragraphs, several of them equal once folded ("A" and "a", curly and straight
# quotes), so that keys repeat inside and across the head and the tail.
# "End.", the quote and the prose read like content: they count only near an end, where short
# lines and links do not count as paragraphs between (the prose and "x " * 120 do).
PROSE = "The ferry from the island will run twice a day until the new pier is finished in the spring."
PARAGRAPH = st.sampled_from(["Share this", "share  this", "SHARE THIS", "It’s here", "It's here", "x " * 120, "End.",
                             "“We will,” she said.", "“we will,” she said.", PROSE, PROSE.upper(),
                             "Read it at https://example.com/a/long/path/to/the/story/that/goes/on"])


@settings(max_examples=500, deadline=None)
@given(st.lists(PARAGRAPH, max_size=20), st.integers(0, 9), st.integers(1, 3))
def test_edges_equal_the_plain_dict(paragraphs: list[str], edge: int, near: int) -> None:
    learner = RepetitionLearner(CleanConfig(edge_paragraphs=max(edge, near), content_edge_paragraphs=near),
                                lambda _: False)
    learner.edge = edge  # also 0, which the plain slices read as "all paragraphs"
    got = learner.edges(paragraphs)
    want = plain_edges(learner, paragraphs, edge)
    assert got == want and list(got) == list(want)
