"""Required literals of a regular expression: lower-case strings one of which every match contains.

`required_literals(re.compile(r"\\bshare (this|on) |^page \\d+", re.I))` is {(False, "share this"),
(False, "share on"), (True, "page ")}: whatever text the pattern matches, the lower-cased text
contains one of them, at position 0 for those marked anchored (read from `^`). So a text that
contains none cannot match, and the costly search is skipped (ingest/rulematch.py).

The walk reads re's own parse tree from the left, collecting the fixed text of each path. Where
it cannot read on (`\\w`, `.`, a repeat, a back-reference) it keeps what it has: a shorter
literal is still contained in every match, only a weaker filter; a path that has read nothing
yet reads on past such places, its literal then starting somewhere later. When some path reads
no fixed text at all, the answer is None: "no filter".

Case: patterns are case-insensitive and the text is compared lower-cased. For an ASCII pattern
character that is exact except for three letters that match an ASCII letter case-insensitively
without lower-casing to it (FOLD_TRAPS); the caller ignores the literals for a text containing
one. Non-ASCII pattern characters are kept only when they have no case at all ("©"), so that
they match only themselves.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# re's parser: private, but the only exact reading of a pattern. Any surprise from it (a new
# Python renaming things) makes `required_literals` return None, which is always safe.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")

# re.IGNORECASE matches four non-ASCII characters to ASCII letters: "İ" (U+0130) and "ı" to i,
# "ſ" to s, the Kelvin sign to k. Lower-cased, the Kelvin sign is "k" (no harm done), but the
# other three are not their letter: "ı" and "ſ" stay themselves and "İ" becomes "i" plus a
# combining dot (U+0307). A lower-cased text containing one of these marks proves nothing.
# (tests/test_rules_fast.py checks this against every code point.)
FOLD_TRAPS = ("\u0131", "\u017f", "\u0307")

_MAX_LITERALS = 200  # paths read at once: more alternatives than this end the walk (they would filter little)
_MAX_FINISHED = 2000  # a pattern of thousands of alternatives gets no filter (keeps the check below quick)
_MAX_RANGE = 16  # a class range wider than this ([a-z]) stops the walk

Entry = tuple[bool, str]  # (only at the text's start, literal)
# A path being read: whether its current literal is anchored, the literal read since the last
# place the walk could not read, and the most selective literal the path had before that.
_State = tuple[bool, str, Entry | None]


def required_literals(pattern: re.Pattern[str]) -> frozenset[Entry] | None:
    """Literals one of which every match of `pattern` contains (at the start when anchored),
    or None when some match may contain none of them."""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        walk = _Walk()
        unfinished = walk.close(walk.sequence({(False, "", None)}, tree.data, bool(pattern.flags & re.MULTILINE)))
    except Exception:  # an unreadable tree only costs the filter, never the result
        return None
    if unfinished or not walk.closed or len(walk.closed) > _MAX_FINISHED:  # no literal on some path, or too many
        return None
    if any(_weak(entry) for entry in walk.closed):
        return None  # a path's best literal is in nearly every text: no filter (the rule's `requires` is)
    return frozenset(_minimal(walk.closed))


_COMMON = frozenset(" .,;:-'\"()")


def _weak(entry: Entry) -> bool:
    """A literal found almost anywhere: a space or a stop, or a single letter, unanchored. It is
    what a path keeps when the walk cannot read its words, e.g. the letters of a case-insensitive
    pattern in Cyrillic or Greek (`_fold`): '^(по теме|см\\. также) …' kept ' ', and the rule ran
    on every paragraph of every article instead of on those its `requires` names."""
    anchored, lit = entry
    if anchored:
        return False
    return all(ch in _COMMON for ch in lit) or (len(lit) == 1 and lit.isalnum())


def alternatives(pattern: re.Pattern[str]) -> list[re.Pattern[str]]:
    """Patterns for the top-level alternatives of `pattern` ('A|B' gives A and B), such that
    some one of them matches somewhere in a text exactly when `pattern` does: [pattern] itself
    when it has none. An alternation with no common start ('\\(EIN Presswire\\)|/EINPresswire/')
    is tried branch by branch at every position of a text, where each branch alone opens with a
    literal the regex engine scans for quickly (~40x faster on a long text). Each branch is
    compiled from re's own parse tree with the pattern's flags and group numbering, so it
    matches as it does inside the alternation; any surprise from re's private parser gives
    [pattern]. (Only whether and where some match starts is kept, not which branch re picks.)"""
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if len(tree.data) != 1 or tree.data[0][0] is not _c.BRANCH:
            return [pattern]
        return [_compiler.compile(branch, pattern.flags) for branch in tree.data[0][1][1]]
    except Exception:  # an unreadable tree only costs the speed, never the result
        return [pattern]


def _minimal(entries: set[Entry]) -> list[Entry]:
    """Without the entries another one implies: "credits" goes when "credit" is in (a text with
    the first has the second); an anchored literal also goes when it starts with an anchored one."""
    kept: list[Entry] = []
    inside: list[str] = []  # the unanchored literals kept: one of them in `lit` implies it
    starts: tuple[str, ...] = ()  # the anchored ones: an anchored `lit` starting with one is implied
    # (Tested in C, by `map` and `startswith` with a tuple: a pattern of a few hundred paths asks
    # each of its literals about every shorter one kept, ~100,000 tests.)
    for anchored, lit in sorted(entries, key=lambda e: (len(e[1]), not e[0])):
        if any(map(lit.__contains__, inside)) or (anchored and lit.startswith(starts)):
            continue
        kept.append((anchored, lit))
        if anchored:
            starts += (lit,)
        else:
            inside.append(lit)
    return kept


class _Walk:
    """Reads a parse tree from the left, one state per path (up to _MAX_LITERALS of them). Where
    it cannot read on (a class like \\w, a repeat) a path keeps the better of its literals and
    starts a new one, which may begin anywhere. `closed` collects each finished path's best."""

    def __init__(self) -> None:
        self.closed: set[Entry] = set()

    def sequence(self, states: set[_State], items: Any, multiline: bool) -> set[_State]:
        """Read `items` on from each state; returns the states after them."""
        for op, av in items:
            if not states:
                break
            if op is _c.AT:
                if av is _c.AT_BEGINNING_STRING or (av is _c.AT_BEGINNING and not multiline):
                    states = {(anchored or not lit, lit, best) for anchored, lit, best in states}
                continue  # assertions consume nothing
            if op is _c.ASSERT or op is _c.ASSERT_NOT:
                continue
            if op is _c.LITERAL or op is _c.IN:
                chars = _fold(av) if op is _c.LITERAL else _fold_class(av)
                if chars is None or len(states) * len(chars) > _MAX_LITERALS:
                    states = _cut(states)
                else:
                    states = {(anchored, lit + ch, best) for anchored, lit, best in states for ch in chars}
            elif op is _c.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                ml = (multiline or bool(add_flags & re.MULTILINE)) and not del_flags & re.MULTILINE
                states = self.sequence(states, sub, ml)
            elif op is _c.ATOMIC_GROUP:
                states = self.sequence(states, av, multiline)
            elif op is _c.BRANCH:
                states = set().union(*(self.sequence(states, alt, multiline) for alt in av[1]))
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
                low, high, sub = av
                once = self.sequence(states, sub, multiline)
                if high != 1:  # after one pass another may follow: read no further into it
                    once = _cut(once)
                states = states | once if low == 0 else once  # low 0: skipping it is a path too
            else:  # any other class, a back-reference, a conditional
                states = _cut(states)
            if len(states) > _MAX_LITERALS:
                states = self.close(states)
        return states

    def close(self, states: set[_State]) -> set[_State]:
        """Finish the paths that have a literal; the others read on, from anywhere."""
        rest: set[_State] = set()
        for anchored, lit, best in states:
            final = _better(best, (anchored, lit))
            if final is None:
                rest.add((False, "", None))
            else:
                self.closed.add(final)
        return rest


def _cut(states: set[_State]) -> set[_State]:
    """The walk cannot read what comes next: each path keeps its better literal, starts anew."""
    return {(False, "", _better(best, (anchored, lit))) for anchored, lit, best in states}


def _better(kept: Entry | None, new: Entry) -> Entry | None:
    """The more selective of two literals of one path: the longer, and one that must start the
    text counts as a few characters longer (it is tested at one place only)."""
    if not new[1]:
        return kept
    if kept is None:
        return new
    return new if len(new[1]) + 4 * new[0] > len(kept[1]) + 4 * kept[0] else kept


def _fold(code: int) -> str | None:
    """The character a case-insensitive literal matches, as the lower-cased text shows it."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper() and ch.casefold() == ch:
        return ch  # no case: matches only itself
    return None


def _fold_class(items: Any) -> str | None:
    """All characters of a small class of literals and short ASCII ranges (no negation, no \\w or \\d)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            ch = _fold(av)
            if ch is None:
                return None
            chars.add(ch)
        elif op is _c.RANGE and av[1] < 0x80 and av[1] - av[0] < _MAX_RANGE:
            chars.update(chr(code).lower() for code in range(av[0], av[1] + 1))
        else:
            return None
    return "".join(sorted(chars))
