"""The compiled rule index (ingest/rulematch.py, ingest/patternlits.py) is only a speed-up: it
must answer exactly what the plain loop over the rules answers, for the shipped rules and for
any rule a user may write (including ones it cannot read, which simply always run)."""

from __future__ import annotations

import importlib
import re
import tomllib
from functools import partial

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ingest.config import DATA_DIR, CleanConfig
from ingest.patternlits import FOLD_TRAPS, Entry, _fold, _minimal, required_literals
from ingest.rulematch import _START, CompiledRules
from ingest.rules import SCOPES, Rule, RuleSet
from ingest.text import words

RULES = RuleSet(CleanConfig().rule_files)
SHIPPED = tomllib.loads((DATA_DIR / "boilerplate.toml").read_text())["rule"]
EXAMPLES = [ex for rule in SHIPPED for ex in rule.get("examples", [])]
PROSE = [
    "The council voted to extend the harbour wall by forty metres.",
    "“We cannot wait another year,” the mayor said, adding that the budget would be published.",
    "Rosa Delgado is a reporter based in Córdoba who covers water, and her new book is out.",
    "Supporters say the share of renewable power rose; see also the regulator’s report, page 4 of 9.",
]


def plain_match(rules: list[Rule] | tuple[Rule, ...], text: str) -> str | None:
    """RuleSet.match as it was before the index: the reference."""
    n_words = len(words(text))
    lower = text.lower()
    for rule in rules:
        if rule.max_words is not None and n_words > rule.max_words:
            continue
        if rule.requires and not any(k in lower for k in rule.requires):
            continue
        if rule.pattern.search(text) is not None:
            return rule.name
    return None


def both_scans(rules: list[Rule]) -> list[CompiledRules]:
    """The index with the automaton, and the same index scanning by plain substring tests."""
    fast, plain = CompiledRules(rules), CompiledRules(rules)
    plain._scan = partial(plain._find_all, plain._ascii_keys)
    plain._scan_other = partial(plain._find_all, plain._other_keys) if plain._other_keys else None
    return [fast, plain]


def assert_same(text: str) -> None:
    for scope in (*SCOPES, None):
        rules = [r for r in RULES.rules if scope is None or r.scope == scope]
        assert RULES.match(text, scope) == plain_match(rules, text), (scope, text)


def variants(line: str) -> list[str]:
    return [line, line.upper(), line.lower(), line.title(), f"{line} {line}", f"Note: {line}", f"{line}.",
            line.replace(" ", "  "), line.replace("s", "ſ"), line.replace("i", "ı"), line.replace("I", "İ"),
            line.replace("k", "\u212a"), f"{line} " + " ".join(["word"] * 60), line[: len(line) // 2], line[1:]]


@pytest.mark.parametrize("line", EXAMPLES + PROSE)
def test_shipped_rules_answer_as_the_plain_loop(line: str) -> None:
    for text in variants(line):
        assert_same(text)


FRAGMENTS = sorted({w for line in EXAMPLES + PROSE for w in re.split(r"(\W)", line) if w})
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3), st.sampled_from(FOLD_TRAPS)),
                 max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_shipped_rules_on_mixed_text(text: str) -> None:
    assert_same(text)


# -- any rule a user may write ---------------------------------------------------------------
ATOMS = st.sampled_from([
    "ab", "cd", "share", "s", "i", "k", "K", "S", "x", "©", "é", " ", "-", r"\.", "[a-c]", "[A-Cx]", "[^x]", r"\w",
    r"\d", r"\s", r"\W", ".", "^", "$", r"\b", r"\A", r"\Z", "(?m:^)", "(?=ab)", "(?!cd)", "(?<=a)", "[a-z]", "[©·]",
])


def _pattern(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(children, min_size=2, max_size=4).map("".join),
        st.lists(children, min_size=2, max_size=3).map(lambda xs: "(?:" + "|".join(xs) + ")"),
        st.lists(children, min_size=1, max_size=3).map(lambda xs: "(" + "|".join(xs) + ")"),
        st.tuples(children, st.sampled_from(["?", "*", "+", "{2}", "{0,2}", "{1,3}", "*?", "++", "{0}"]))
        .map(lambda t: "(?:" + t[0] + ")" + t[1]),
        children.map(lambda x: "(?>" + x + ")"),
        children.map(lambda x: "(?-i:" + x + ")"),
        children.map(lambda x: "(" + x + r")\1"),
    )


PATTERNS = st.recursive(ATOMS, _pattern, max_leaves=8)
ALPHABET = st.sampled_from(["a", "b", "c", "d", "s", "h", "r", "e", "i", "k", "x", "A", "S", "K", " ", "\n", "-", ".",
                            "©", "·", "é", "1", *FOLD_TRAPS, "\u0130", "\u212a", "ſ"])
SAMPLE_TEXTS = st.lists(ALPHABET, max_size=14).map("".join)


def compiled(source: str) -> re.Pattern[str]:
    try:
        return re.compile(source, re.I)
    except re.error:
        assume(False)
        raise


def contains_a_literal(pattern: re.Pattern[str], text: str) -> bool:
    literals = required_literals(pattern)
    marked = _START + text.lower()
    return literals is None or any(m in marked for m in FOLD_TRAPS) or any(
        (_START + lit if anchored else lit) in marked for anchored, lit in literals)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(PATTERNS, st.lists(SAMPLE_TEXTS, min_size=1, max_size=20))
def test_every_match_contains_a_required_literal(source: str, texts: list[str]) -> None:
    pattern = compiled(source)
    for text in texts:
        if pattern.search(text):
            assert contains_a_literal(pattern, text), (source, text, required_literals(pattern))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much,
                                                                   HealthCheck.too_slow])
@given(st.data())
def test_literals_of_texts_made_to_match(data: st.DataObject) -> None:
    pattern = compiled(data.draw(PATTERNS))
    text = data.draw(st.from_regex(pattern))
    assert contains_a_literal(pattern, text), (pattern.pattern, text, required_literals(pattern))


RULE_LISTS = st.lists(st.tuples(PATTERNS, st.none() | st.integers(0, 4),
                                st.lists(st.sampled_from(["", "ab", "s", "x", "©", "k"]), max_size=2)),
                      min_size=1, max_size=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(RULE_LISTS, st.lists(SAMPLE_TEXTS, min_size=1, max_size=15))
def test_user_rules_answer_as_the_plain_loop(specs: list[tuple[str, int | None, list[str]]], texts: list[str]) -> None:
    rules = [Rule(f"r{n}", compiled(src), "any", limit, tuple(req)) for n, (src, limit, req) in enumerate(specs)]
    for index in both_scans(rules):
        for text in texts:
            assert index.match(text) == plain_match(rules, text), (specs, text)


def test_unreadable_patterns_always_run() -> None:
    assert required_literals(re.compile(r"\w+ is here", re.I)) == {(False, " is here")}
    assert required_literals(re.compile(r"^\d+$|x", re.I)) is None  # one path reads no fixed text
    assert required_literals(re.compile(r"(ab)\1", re.I)) == {(False, "ab")}
    # A path whose best literal is a space, a stop or one letter filters nothing: no literals,
    # so the rule's own `requires` is the filter (letters of cased scripts beyond ASCII are not
    # read under IGNORECASE, and such a pattern used to keep just the spaces between its words).
    assert required_literals(re.compile(r"(a)\1", re.I)) is None
    assert required_literals(re.compile(r"^(по теме|читайте также):? \w+", re.I)) is None
    assert required_literals(re.compile(r"^(?:Read|see) more", re.I)) == {(True, "read more"), (True, "see more")}
    index = CompiledRules([Rule("digits", re.compile(r"^\d+$", re.I), "any")])
    assert index.match("2024") == "digits"


def plain_minimal(entries: set[Entry]) -> frozenset[Entry]:
    """`_minimal` as first written (every kept literal asked in turn): the reference."""
    kept: list[Entry] = []
    for anchored, lit in sorted(entries, key=lambda e: (len(e[1]), not e[0])):
        if not any(k in lit if not k_anchored else anchored and lit.startswith(k) for k_anchored, k in kept):
            kept.append((anchored, lit))
    return frozenset(kept)


@settings(max_examples=1000, deadline=None)
@given(st.sets(st.tuples(st.booleans(), st.lists(st.sampled_from("abc "), min_size=1, max_size=6).map("".join)),
               max_size=40))
def test_minimal_literals_as_the_plain_loop(entries: set[Entry]) -> None:
    assert frozenset(_minimal(entries)) == plain_minimal(entries)


def test_shipped_rules_read_once_as_each_alone() -> None:
    """RuleSet reads each pattern's literals once for its two indexes; the index of every
    scope is the one its rules make on their own."""
    for scope in (*SCOPES, None):
        shared = RULES._scoped.get(scope, RULES._all)
        alone = CompiledRules([r for r in RULES.rules if scope is None or r.scope == scope])
        assert (shared._ascii_keys, shared._masks, shared._other_keys, shared._other_masks, shared._free) == (
            alone._ascii_keys, alone._masks, alone._other_keys, alone._other_masks, alone._free)


# -- the case rules the literals rely on -----------------------------------------------------
ALL_CHARS = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)


def test_fold_traps_are_all_the_non_ascii_letters_that_match_ascii() -> None:
    """Every non-ASCII character that re.IGNORECASE matches to an ASCII character either
    lower-cases to that character or leaves one of FOLD_TRAPS in the lower-cased text."""
    for ascii_char in map(chr, range(0x80)):
        for ch in re.findall(re.escape(ascii_char) + "|[" + re.escape(ascii_char) + "]", ALL_CHARS, re.I):
            assert ch.lower() == ascii_char.lower() or any(m in ch.lower() for m in FOLD_TRAPS), hex(ord(ch))
    assert set(re.findall(r"[\x00-\x7f]", ALL_CHARS, re.I)) == {"\u0130", "\u0131", "\u017f", "\u212a"}


def test_caseless_pattern_characters_match_only_themselves() -> None:
    """_fold keeps a non-ASCII pattern character only when re compiles it as an exact literal:
    no case, no other character lower-cases to it, in no case-equivalence class."""
    sre: object = importlib.import_module("_sre")
    extra_cases = importlib.import_module("re._casefix")._EXTRA_CASES  # re's own equivalences (ſ, µ, ...)
    kept = {c for c in ALL_CHARS if _fold(ord(c)) is not None}
    assert not any(sre.unicode_iscased(ord(c)) for c in kept)  # type: ignore[attr-defined]
    tolower = sre.unicode_tolower  # type: ignore[attr-defined]
    assert not {chr(tolower(ord(c))) for c in ALL_CHARS if tolower(ord(c)) != ord(c)} & kept
    assert not {chr(code) for k, vs in extra_cases.items() for code in (k, *vs)} & kept
    assert {"©", "·", "★", "–"} <= kept and "é" not in kept


def test_every_shipped_rule_is_kept_out_of_ordinary_prose_by_its_literals() -> None:
    """A rule whose pre-filter literals occur in most paragraphs (a space, a hyphen, "first")
    runs its word count and pattern on every paragraph: one such rule cost the clean stage half
    again its time (benchmarks/bench_stages.py). Each shipped rule needs literals of three
    characters or more, or one symbol no prose needs ("©", "°", "#"); the exceptions are edge
    rules no literal can filter (capitals, digits), whose anchored patterns fail at once."""
    from ingest.config import IngestConfig
    from ingest.rules import RuleSet

    unfiltered = {"section-kicker", "date-stamp"}
    for rule in RuleSet(IngestConfig().clean.rule_files).rules:
        literals = required_literals(rule.pattern)
        if literals is None:
            # Two characters of a script beyond Latin ('相关', '관련') are as rare in other text.
            assert rule.name in unfiltered or all(len(k) >= 3 or any(ord(c) > 0x2FF for c in k)
                                                  for k in rule.requires), rule.name
            continue
        weak = [lit for anchored, lit in literals if not anchored and len(lit.strip()) < 3
                and ((lit.isalnum() and not any(ord(c) > 0x2FF for c in lit))
                     or lit.strip() in ("", "-", ".", ",", ":", ";", "'", '"', "(", ")"))]
        assert not weak, (rule.name, weak)
