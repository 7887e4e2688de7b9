"""Exact fast evaluation of an ordered rule list: the first rule whose word limit, `requires`
literals and pattern all accept a text (what `RuleSet.match` promises), without running two
dozen regular expressions on every paragraph.

Most paragraphs are prose that no rule matches, and an unanchored case-insensitive pattern costs
10-40 µs per search (re cannot skip ahead on case-insensitive alternatives). So each pattern's
*required literals* are read from it once (ingest/patternlits.py: every match of
`\\bshare (this|on) ` contains "share this" or "share on"; one of `^please donate` starts the
text with "please donate"), and per text a single Aho-Corasick pass over the lower-cased text
tells which rules can match at all. Only those then run their word limit, `requires` pre-check
and pattern, in file order, so the answer is the plain loop's. A rule whose pattern yields no
literals is let through by its `requires` literals instead, or else always runs.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from ingest.patternlits import FOLD_TRAPS, Entry, required_literals

if TYPE_CHECKING:
    from ingest.rules import Rule

try:  # a Rust extension (aho-corasick's DFA): ~3x pyahocorasick's scan, which walks each
    # node's children one by one and gets dozens at the root from the unanchored literals
    ahocorasick_rs: Any = importlib.import_module("ahocorasick_rs")
except ImportError:  # pragma: no cover - a declared dependency; the plain scan is the same, only slower
    ahocorasick_rs = None

# Put before the lower-cased text, so that "\x02please donate" finds a literal that must start
# it. A text that contains the mark itself can only make a rule run needlessly, never skip one.
_START = "\x02"
_MEMO_MAX = 1 << 15  # texts remembered per rule index (a few MB); then it starts over
_MORE_THAN: dict[int, re.Pattern[str]] = {}

Literals = frozenset[Entry] | None  # what `required_literals` reads from a pattern


class CompiledRules:
    """The rules of one scope, in file order, with one literal index over all of them."""

    def __init__(self, rules: Sequence[Rule],
                 literals: Callable[[re.Pattern[str]], Literals] = required_literals) -> None:
        """`literals`: how a pattern's required literals are read (`RuleSet` passes one that
        remembers them: each rule is in its scope's index and in the index of all rules)."""
        self.rules = tuple(rules)
        everyone = (1 << len(self.rules)) - 1
        self._free = 0  # rules no literal can keep out: they always run
        self._requires: list[tuple[str, ...]] = []  # tested after the scan, on the rules it let through
        keys: dict[str, int] = {}  # literal -> bit mask of the rules it lets through
        for i, rule in enumerate(self.rules):
            bit = 1 << i
            requires = () if "" in rule.requires else rule.requires  # "" is in every text
            self._requires.append(requires)
            found = literals(rule.pattern)
            if found is not None:
                for anchored, lit in found:
                    key = _START + lit if anchored else lit
                    keys[key] = keys.get(key, 0) | bit
            elif requires:  # nothing read from the pattern: the user's pre-check is the filter
                for k in requires:
                    keys[k] = keys.get(k, 0) | bit
            else:
                self._free |= bit
        for mark in FOLD_TRAPS:
            # "ſ" matches "s" case-insensitively but does not lower-case to it: in a text with
            # one of these, the literals prove nothing (ingest/patternlits.py), so all rules run.
            keys[mark] = everyone
        self._memo: dict[str, str | None] = {}
        # Two DFAs: one of the ASCII literals, one of the others, run only on a text that is not
        # all ASCII (no key of theirs can occur in one). One DFA over both took ~115 MB for the
        # shipped rules once rules for Cyrillic, Arabic and CJK furniture came in, against ~42 MB
        # for the two (the second is a few hundred KB): the byte classes of every key's UTF-8
        # widen each state of the ASCII keys' thousands, and each process holds the rules.
        self._ascii_keys = ascii_keys = [k for k in keys if k.isascii()]
        self._other_keys = other_keys = [k for k in keys if not k.isascii()]
        self._masks = [keys[k] for k in ascii_keys]
        self._other_masks = [keys[k] for k in other_keys]
        if ahocorasick_rs is not None:
            self._scan = _automaton(ascii_keys)
            self._scan_other = _automaton(other_keys) if other_keys else None
        else:
            self._scan = partial(self._find_all, ascii_keys)
            self._scan_other = partial(self._find_all, other_keys) if other_keys else None

    def match(self, text: str) -> str | None:
        """Name of the first rule (in order) accepting `text`, else None. Remembered per text:
        the answer depends on the text alone, and texts recur (an outlet's furniture in every
        article, a story's paragraphs in each of its copies)."""
        memo = self._memo
        found = memo.get(text)
        if found is None and text not in memo:  # (a str keeps its hash: the second look is cheap)
            if len(memo) >= _MEMO_MAX:
                memo.clear()
            found = memo[text] = self._evaluate(text)
        return found

    def _evaluate(self, text: str) -> str | None:
        """`match` without the memo: one literal scan, then the rules it lets through."""
        lower = text.lower()
        todo = self._free
        masks = self._masks
        marked = _START + lower
        for key, _, _ in self._scan(marked):
            todo |= masks[key]
        if self._scan_other is not None and not lower.isascii():
            masks = self._other_masks
            for key, _, _ in self._scan_other(marked):
                todo |= masks[key]
        return self._first(text, lower, todo) if todo else None

    def _first(self, text: str, lower: str, todo: int) -> str | None:
        """The first rule among `todo` (a bit mask) that accepts the text."""
        while todo:
            low_bit = todo & -todo
            todo ^= low_bit
            i = low_bit.bit_length() - 1
            rule = self.rules[i]
            if rule.max_words is not None and more_words_than(text, rule.max_words):
                continue
            requires = self._requires[i]
            if requires and not any(k in lower for k in requires):
                continue  # the rule's own pre-check, exactly as the plain loop makes it
            if rule.pattern.search(text) is not None:
                return rule.name
        return None

    @staticmethod
    def _find_all(keys: list[str], marked: str) -> Iterator[tuple[int, int, int]]:
        """The automaton's answer by plain substring tests, as (key index, 0, 0): one hit per key
        that occurs is all `match` needs. Without the extension, and as the tests' reference."""
        for i, key in enumerate(keys):
            if key in marked:
                yield i, 0, 0


def more_words_than(text: str, limit: int) -> bool:
    """len(words(text)) > limit, without making the words (findall builds a string per word,
    ~3x the cost): `\\W*+\\w++(?:\\W++\\w++){limit}` matched at the start of the text stops
    once it has seen limit + 1 words. Exact: each `\\w++` takes a whole run of word characters
    and each `\\W++` a whole gap, so the match spans limit + 1 of WORD_RE's words if the text
    has them and fails otherwise; possessive, it never backtracks (one pass at most)."""
    if len(text) < 2 * limit + 1:
        return False  # n words take at least 2n - 1 characters
    pattern = _MORE_THAN.get(limit)
    if pattern is None:
        pattern = _MORE_THAN[limit] = re.compile(rf"\W*+\w++(?:\W++\w++){{{limit}}}")
    return pattern.match(text) is not None


def _automaton(keys: list[str], dfa: bool = True) -> Any:
    """A scan giving (key index, start, end) for every occurrence of every key: overlapping
    matches under the standard semantics, so no key hides inside a longer one."""
    kind = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.ContiguousNFA
    automaton = ahocorasick_rs.AhoCorasick(keys, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=kind)
    return partial(automaton.find_matches_as_indexes, overlapping=True)


def literal_scan(keys: list[str]) -> Callable[[str], bool]:
    """Whether a text holds any of `keys`, in one pass (for pre-checks outside the rule index)."""
    if ahocorasick_rs is None or not keys:
        return lambda text: any(k in text for k in keys)
    automaton = ahocorasick_rs.AhoCorasick(keys, implementation=ahocorasick_rs.Implementation.DFA)
    return lambda text: bool(automaton.find_matches_as_indexes(text))
