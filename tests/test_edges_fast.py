"""Shortcuts in space normalisation and in the repetition learner's edges change nothing: each
equals the plain computation it stands in for, on arbitrary text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import fingerprint
from ingest.config import CleanConfig
from ingest.repeats import MAX_EDGE_WORDS, RepetitionLearner, _at_most_edge_words
from ingest.text import normalize_spaces

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


def plain_edges(paragraphs: list[str], edge: int) -> dict[str, str]:
    picked = paragraphs[:edge] + paragraphs[-edge:]
    return {fingerprint(p): p for p in picked if len(p.split()) <= MAX_EDGE_WORDS}


# Few distinct paragraphs, several of them equal once folded ("A" and "a", curly and straight
# quotes), so that keys repeat inside and across the head and the tail.
PARAGRAPH = st.sampled_from(["Share this", "share  this", "SHARE THIS", "It’s here", "It's here", "x " * 120, "End."])


@settings(max_examples=500, deadline=None)
@given(st.lists(PARAGRAPH, max_size=20), st.integers(0, 9))
def test_edges_equal_the_plain_dict(paragraphs: list[str], edge: int) -> None:
    learner = RepetitionLearner(CleanConfig(edge_paragraphs=max(edge, 1)), lambda _: False)
    learner.edge = edge  # also 0, which the plain slices read as "all paragraphs"
    got = learner.edges(paragraphs)
    want = plain_edges(paragraphs, edge)
    assert got == want and list(got) == list(want)
