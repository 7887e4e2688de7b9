"""Shortcuts of the clean and edge stages give what the plain computation gives, on arbitrary
text and on the lines of every shipped dump: the rules' word limit tested without listing the
words (rulematch.more_words_than), the edges' reach from one walk in from each end
(RepetitionLearner._reach against _near_edge), and the remembered reading of a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.config import CleanConfig
from ingest.repeats import RepetitionLearner
from ingest.rulematch import more_words_than
from ingest.text import words

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
