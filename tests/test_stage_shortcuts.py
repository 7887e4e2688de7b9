"""Shortcuts of the clean and edge stages give what the plain computation gives, on arbitrary
text and on the lines of every shipped dump: the rules' word limit tested without listing the
words (rulematch.more_words_than), the edges' reach from one walk in from each end
(RepetitionLearner._reach against _near_edge), the remembered reading of a paragraph, the
folding of paragraph fingerprints (clean.quick_fold against text.fold) and split-word limits
counted by spaces (repeats._at_most_split_words)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.clean import OTHER_SPACE_RE, quick_fold
from ingest.config import CleanConfig
from ingest.repeats import RepetitionLearner, _at_most_split_words
from ingest.rulematch import more_words_than
from ingest.text import fold, words

TESTS = Path(__file__).parent
# Word characters of several scripts, combining marks, digits, underscores and every kind of
# separator (ASCII and typographic punctuation, odd spaces, controls, a lone surrogate).
TRICKY = "ab_Z09é日٣\u0301\u0307İΣ -.,’“—…\t\n\xa0\u2028\u200b\ud800|/@#"
TEXT = st.text(alphabet=st.one_of(st.sampled_from(TRICKY), st.characters()), max_size=200)


def dump_lines() -> list[str]:
    """Every line of the shipped evaluation dumps and fixtures (real layouts and prose)."""
    out: list[str] = []
    for path in sorted([*TESTS.glob("*/dumps/*"), *TESTS.glob("fixtures/**/*")]):
        if path.is_file() and path.stat().st_size < 2_000_000:
            out += path.read_bytes().decode("utf-8", "replace").splitlines()
    return out


LINES = dump_lines()


@settings(max_examples=1500, deadline=None)
@given(TEXT, st.integers(0, 90))
def test_more_words_than_equals_counting(text: str, limit: int) -> None:
    assert more_words_than(text, limit) == (len(words(text)) > limit)


def test_more_words_than_on_the_dumps_at_every_limit_a_rule_uses() -> None:
    assert len(LINES) > 10_000
    for line in LINES:
        n = len(words(line))
        for limit in (0, 1, 4, 8, 10, 12, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, n - 1, n, n + 1):
            if limit >= 0:
                assert more_words_than(line, limit) == (n > limit), (line, limit)


@pytest.mark.parametrize("text", [
    "x" * 10_000, "x " * 5_000, "— " * 3_000 + "a b", ("word " * 40).strip(), "a" * 5000,
    ("w " * 3000).strip(), "", " ", "a", "a b", "a_b c", "é.é", "日本 語",
])
def test_more_words_than_on_long_and_odd_texts(text: str) -> None:
    n = len(words(text))
    for limit in range(0, 90):
        assert more_words_than(text, limit) == (n > limit)


PARAGRAPHS = st.lists(st.one_of(st.sampled_from(["Share this", "x " * 14, "short line", "https://example.com/a",
                                                 "Write to news@example.com today please now", "“Quote,” she said.",
                                                 "The ferry will run twice a day until the new pier is finished."]),
                                TEXT), max_size=24)


LEARNERS = {near: RepetitionLearner(CleanConfig(edge_paragraphs=8, content_edge_paragraphs=near), lambda _: False)
            for near in range(1, 9)}


@settings(max_examples=1000, deadline=None)
@given(PARAGRAPHS, st.integers(1, 8))
def test_reach_equals_near_edge(paragraphs: list[str], near: int) -> None:
    learner = LEARNERS[near]
    head, tail = learner._reach(paragraphs)
    for i in range(len(paragraphs)):
        assert (i <= head or i >= tail) == learner._near_edge(paragraphs, i, {}), i


def test_reach_on_dump_lines_taken_as_articles() -> None:
    learner = RepetitionLearner(CleanConfig(), lambda _: False)
    for start in range(0, len(LINES), 37):
        paragraphs = [line for line in LINES[start : start + 40] if line.strip()]
        head, tail = learner._reach(paragraphs)
        for i in range(len(paragraphs)):
            assert (i <= head or i >= tail) == learner._near_edge(paragraphs, i, {})


def test_remembered_reading_equals_the_cues() -> None:
    learner = RepetitionLearner(CleanConfig(), lambda _: False)
    for line in LINES[::7] * 2:  # the second round answers from the memo
        assert learner._reads_like_content(line) == learner.cues.reads_like_content(line, None)


def test_other_spaces_are_what_split_cuts_at_but_the_space() -> None:
    assert {c for c in range(0x110000) if OTHER_SPACE_RE.match(chr(c))} == {
        c for c in range(0x110000) if chr(c).isspace() and c != 0x20}


SPACED = st.text(alphabet=st.one_of(st.sampled_from(TRICKY + "  ‘”«»–‒−′″\u3000\x1c"), st.characters()), max_size=120)


@settings(max_examples=2000, deadline=None)
@given(SPACED)
def test_quick_fold_equals_fold(text: str) -> None:
    assert quick_fold(text) == fold(text)
    assert quick_fold(" " + text) == fold(" " + text)


def test_quick_fold_and_word_limits_on_the_dumps() -> None:
    for line in LINES:
        assert quick_fold(line) == fold(line), line
        assert quick_fold(line.strip()) == fold(line.strip())
        n = len(line.split())
        for limit in (0, 1, 12, 100, n - 1, n, n + 1):
            if limit >= 0:
                assert _at_most_split_words(line, limit) == (n <= limit), (line, limit)


@settings(max_examples=2000, deadline=None)
@given(SPACED, st.integers(0, 110))
def test_at_most_split_words_equals_split(text: str, limit: int) -> None:
    for t in (text, text.strip(), " ".join(text.split()), text + " ", (text + " ") * 30):
        assert _at_most_split_words(t, limit) == (len(t.split()) <= limit)
