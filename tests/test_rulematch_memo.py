"""The rule index remembers answers per text: remembered answers, and answers after the memory
starts over, are the plain loop's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import rulematch
from ingest.rules import SCOPES
from tests.test_rules_fast import EXAMPLES, PROSE, RULES, plain_match

TEXTS = EXAMPLES + PROSE + ["", "Share this", "share this", "SHARE THIS:", "###", "Ends", "x"]


def test_remembered_answers_are_the_plain_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rulematch, "_MEMO_MAX", 5)  # start over often
    index = rulematch.CompiledRules(RULES.rules)
    for _ in range(3):
        for text in TEXTS:
            assert index.match(text) == plain_match(RULES.rules, text), text
            assert len(index._memo) <= 5
    for scope in SCOPES:
        rules = [r for r in RULES.rules if r.scope == scope]
        for text in TEXTS * 2:
            assert RULES.match(text, scope) == plain_match(rules, text), (scope, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TEXTS) | st.text(max_size=40), max_size=10))
def test_memo_on_mixed_texts(texts: list[str]) -> None:
    for text in texts * 2:
        assert RULES.match(text) == plain_match(RULES.rules, text)
