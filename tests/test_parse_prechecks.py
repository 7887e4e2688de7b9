"""Every pre-check and memo of the line tests gives the slow path's answer on every input.

The parser skips expensive patterns with cheap exact tests (a date needs a year, a label its
colon, a trailing date a digit followed by nothing but a clock time...) and remembers answers
per line. These properties hold them to the original code in tests/parse_reference.py on
varied lines: dates in every form, bylines, labels, separators and odd Unicode (the long s
and Kelvin sign that match 's' and 'k' case-insensitively, non-ASCII digits, odd spaces).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import dates
from ingest.bylines import Bylines
from ingest.config import CleanConfig
from ingest.formats import line_forms as lf
from ingest.formats import lines as ln
from ingest.formats.lines import Lines, ParseContext
from ingest.outlets import OutletAliases
from ingest.rules import RuleSet
from ingest.text import clean_line
from tests import parse_reference as ref

CFG = CleanConfig()
CTX = ParseContext(Bylines(CFG.byline_files), OutletAliases(CFG.outlet_files), RuleSet(CFG.rule_files))
BY = CTX.bylines

FRAGMENTS = [
    "By", "by", "BY", "By:", "Author:", "Author :", "Written by", "Words by", "Posted by", "Byline", "Reporting by",
    "Jane Roe", "JANE DOE", "Søren Kjærgaard", "Eoin Ó Murchú", "O'Neill", "de la Cruz", "Staff Writer", "and", "&",
    "Associated Press", "University of Eastbridge", "Health Reporter", "Lisbon",
    "Source:", "Date:", "Title:", "Published:", "Posted on", "Updated", "Last modified on", "Category: News",
    "Section: World", "Eds: With AP Photos.", "URL: https://example.org/a-b-c", "www.example.com/x",
    "October 5, 2020", "5 October 2020", "5th of October, 2020", "Oct. 5 2020", "Sept 28 2020", "Monday,",
    "Tuesday 13 April 2021", "2020-10-05", "2021-03-02T10:00:00Z", "2021-03-02 10:00:00+01:00", "14.11.2022",
    "04/05/2022", "16/03/2023", "31 September 2020", "1:15 pm", "5:35 PM IST", "10.30", "at 10:30 a.m. EST",
    "(GMT+1)", "UTC", "Z", "z", "2020", "1999", "19", "20", "12019", "٢٠٢٠", "१९९९", "²⁰²⁰",
    "The Harbour Gazette", "Global Research", "Reuters", "AP-EU--Portugal-Strike", "VALENCIA", "1.", "[Clip 01]",
    "(Reporting by Jane Roe; Editing by John Doe)", "(", ")", "Message: 3", "-----Original Message-----",
    "begin forwarded message:", "From: a@b.c", "Subject: x", "-----", "* * *", "===", "ſ", "K", "İ", "ı",
    "**", "[link](http://x.y)", "> ", "...", ".", "?", "!", ",", ";", ":", "—", "–", "-", "|", "·", "•",
    "The council voted on Tuesday to extend the harbour wall by forty metres.",
]
SEPARATORS = ["", " ", " ", "  ", ", ", " | ", " · ", " • ", " — ", " – ", " - ", ": ", "\t", "\u00a0", "\n"]

_piece = st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.text(max_size=6))
_sep = st.sampled_from(SEPARATORS)


def _opt(values: list[str]) -> st.SearchStrategy[str]:
    """One of the values, or nothing."""
    return st.sampled_from(["", *values])


_NAMES = st.sampled_from(["Jane Roe", "Jane Roe and John Doe", "Søren Kjærgaard, Eoin Ó Murchú", "JANE DOE",
                          "Priya Natarajan", "Kofi Mensah-Bonsu", "Marc Champion and Ilya Arkhipov", "jane roe",
                          "[Jane Roe](https://example.org/jane-roe)", "**Jane Roe**", "> Jane Roe",
                          "Jane Roe, John Doe, Priya Natarajan, Kofi Mensah-Bonsu, Marc Champion, Ilya Arkhipov,"
                          " Søren Kjærgaard, Eoin Ó Murchú, Clara Mendes and Liz Cookman"])
_DATES = st.sampled_from(["October 5, 2020", "5 October, 2020", "Oct. 5 2020", "2020-10-05", "14.11.2022",
                          "Monday, October 5, 2020", "2021-03-02T10:00:00Z", "04/05/2022", "31 September 2020"])
_TIMES = _opt([" 1:15 pm IST", ", 5:35 PM", " at 10:30 a.m. EST", " 14.05 GMT", " (UTC+1)"])
_OPENERS = _opt(["By ", "BY ", "By: ", "Author : ", "Written by ", "Posted on ", "Published: ", "by "])
_LABELS = st.sampled_from(["Date: ", "Category: ", "Source: ", "Section: ", "Published: ", "Reach: ", ""])
_OUTLETS = st.sampled_from(["The Harbour Gazette", "Global Research", "1. Reuters", "[Clip 01] Outlet",
                            "Midland Courier"])
_ROLES = st.sampled_from(["Reporting by ", "Additional reporting by ", "Editing by ", "Writing by ", "Photos by "])
# Lines shaped like the ones the tests look for, so both answers (match or not) are common.
_SHAPED = st.one_of(
    st.tuples(_OPENERS, _NAMES, _sep, _opt(["on "]), _DATES, _TIMES),  # bylines, dated bylines
    st.tuples(_NAMES, _sep, _DATES, _TIMES),  # dated names
    st.tuples(_LABELS, _DATES, st.sampled_from([" | ", " · ", " • ", " |"]), _LABELS, _piece),  # listing lines
    st.tuples(_opt(["Source: "]), _OUTLETS, _sep, _DATES, _TIMES),  # outlet, date
    st.tuples(_DATES, _TIMES, _sep, _OUTLETS),  # date, outlet
    st.tuples(st.just("("), _ROLES, _NAMES, st.just("; "), _ROLES, _NAMES, _opt([")", ".)", ") "])),  # credits
    st.tuples(_NAMES, st.sampled_from([" | ", ", "]), st.sampled_from(["Health Reporter", "Lisbon", "Staff Writer"])),
).map("".join)


@st.composite
def _mutated(draw: st.DrawFn) -> str:
    """A shaped line with a random fragment spliced in somewhere (or nothing changed)."""
    s = draw(_SHAPED)
    if draw(st.booleans()):
        k = draw(st.integers(0, len(s)))
        s = s[:k] + draw(_piece) + s[k:]
    return s


LINES = st.one_of(
    st.lists(st.tuples(_piece, _sep), max_size=7).map(lambda xs: "".join(a + b for a, b in xs)),
    _mutated(),
    _mutated(),
    st.text(max_size=40),
    st.text(alphabet="0123456789 :.,/-TZzapm|ſK٢٠", max_size=30),
)
SHAPED = st.one_of(_mutated(), _mutated(), LINES)  # for the tests of rarer shapes (bylines, listings)
MANY = settings(max_examples=600, deadline=None)


@MANY
@given(st.text(alphabet="0129 a٢٠१९\n", max_size=30) | LINES)
def test_has_year_is_the_year_pattern(s: str) -> None:
    assert dates.has_year(s) == ref.has_year(s)


@MANY
@given(LINES)
def test_split_dates_match_the_slow_path(s: str) -> None:
    assert dates.split_trailing_date(s) == ref.split_trailing_date(s)
    assert dates.split_leading_date(s) == ref.split_leading_date(s)


@MANY
@given(LINES, st.sampled_from(["", " 1:15 pm", " 10:30 a.m. EST", ", 5:35 PM", " | 14.05 GMT", "  ", " (UTC+1)"]))
def test_trailing_date_with_clock_times(head: str, time: str) -> None:
    for date in ("5 October 2020", "2021-03-02T10:00:00Z", "Oct. 5, 2020", "16/03/2023", "2020-10-05"):
        s = head + date + time
        assert dates.split_trailing_date(s) == ref.split_trailing_date(s)


@MANY
@given(SHAPED)
def test_labelled_date_matches_the_slow_path(s: str) -> None:
    assert lf.labelled_date(s) == ref.labelled_date(s)


@MANY
@given(SHAPED)
def test_byline_tests_match_the_slow_path(s: str) -> None:
    names = BY.byline(s)
    assert names == ref.byline(BY, s)
    assert BY.may_open(s) or names is None  # the scan's pre-check never hides a byline
    assert BY.dated_names(s) == ref.dated_names(BY, s)
    assert BY.credits(s) == ref.credits(BY, s)
    assert BY.role_byline(s) == ref.role_byline(BY, s)
    assert lf.furniture(s) == ref.furniture(s)
    assert lf.generic_label(s) == ref.generic_label(s)


@MANY
@given(st.text(max_size=30) | LINES)
def test_clean_line_never_adds_a_bracket(s: str) -> None:
    """Bylines.credits skips lines without both brackets before cleaning them: this is why."""
    cleaned = clean_line(s)
    assert ("(" not in cleaned or "(" in s) and (")" not in cleaned or ")" in s)


@MANY
@given(SHAPED)
def test_line_judgements_match_the_slow_path(s: str) -> None:
    fast, slow = Lines([s], CTX), Lines([s], CTX)
    assert fast.label(0) == ref.label(slow, 0)
    assert fast.date(0) == dates.date_line(fast.clean[0])
    assert fast.outlet_date(0) == ref.outlet_and_date(slow, 0)
    assert ln.outlet_and_date(fast, 0) == ref.outlet_and_date(slow, 0)
    assert lf.dated_byline(fast, 0) == ref.dated_byline(slow, 0)
    assert fast.byline(0) == ref.byline(BY, fast.clean[0])
    names = ref.byline(BY, slow.clean[0])  # [] for 'By Staff Writer': a byline crediting nobody, no role byline
    assert fast.bylineish(0) == (names if names is not None else BY.role_byline(slow.clean[0]))
    assert fast.titleish(0) == ref.titleish(slow, 0)
    assert fast.outletish(0) == ref.outletish(slow, 0)


def _respaced(s: str) -> list[str]:
    """s and copies that clean to the same text but differ raw (the menu test reads raw lines)."""
    return [s, s.replace(" ", "   "), s.replace(" ", "\t"), s.replace(" ", "\u00a0 "), "**" + s + "**"]


@settings(max_examples=300, deadline=None)
@given(st.lists(SHAPED | st.sampled_from(["A | B | C", "News Sport Weather Travel", "Home World Business"]),
                min_size=1, max_size=6).flatmap(
    lambda pool: st.lists(st.sampled_from([v for s in pool for v in _respaced(s)]), min_size=1, max_size=16)))
def test_answers_kept_per_text_hold_for_every_copy(raw: list[str]) -> None:
    """Memos are keyed by the line's text: repeated lines (an outlet, a date) share answers;
    the title test reads the raw line too, so it is keyed by that."""
    fast, slow = Lines(raw, CTX), Lines(raw, CTX)
    for i in range(len(raw)):
        assert fast.titleish(i) == ref.titleish(slow, i)
        assert fast.outlet_date(i) == ref.outlet_and_date(slow, i)
        assert fast.label(i) == ref.label(slow, i)
        assert fast.dateish(i) == (dates.date_line(slow.clean[i]) is not None
                                   or bool(ln._DATE_STAMP.match(slow.clean[i])))


def test_unicode_case_folds_reach_the_slow_path() -> None:
    """'ſ' (long s) and 'K' (Kelvin) match 's' and 'k' case-insensitively: pre-checks must not
    assume ASCII letters."""
    for s in ["Poſted on 5 May 2020 by Jane Roe", "BY JANE ROE | 5 May 2020", "Date: 5 May 2020 | Kategory: x"]:
        assert lf.labelled_date(s) == ref.labelled_date(s)
        lines, slow = Lines([s], CTX), Lines([s], CTX)
        assert lf.dated_byline(lines, 0) == ref.dated_byline(slow, 0)
    assert re.compile("s", re.I).match("ſ")  # the trap these tests guard against


NAME_LIST = "Jane Roe, John Doe, Priya Natarajan, Kofi Mensah, Clara Mendes, Liz Cookman, Eoin Murchú, " * 4
LONG_WORDS = "Midlandcourier Harbourgazetteandchronicle Globalresearchinstitute " * 4


def _lengths(template: str, lengths: range, padding: str = NAME_LIST) -> list[str]:
    """template with its '{}' filled from padding so that the line has each of the lengths."""
    out = []
    for n in lengths:
        fill = padding[: max(1, n - len(template) + 2)].rstrip(" ,")
        out.append(template.format(fill))
    return out


def test_lines_at_every_length_limit() -> None:
    """The limits the pre-checks lean on (120 for outlet lines, 140 for dated bylines, 160 for
    dated names, 200 for bylines), approached and crossed."""
    lines = [
        *_lengths("By {}", range(90, 215)),
        *_lengths("By {} | 5 October 2020 1:15 pm", range(90, 215)),
        *_lengths("{} 5 October, 2020 1:15 pm IST", range(100, 175)),
        *_lengths("Posted on March 3, 2011 by {}", range(100, 150)),
        *_lengths("{} | 5 May 2020", range(100, 150)),
        *_lengths("Source: {}, October 15, 2020", range(100, 135), LONG_WORDS),
        *_lengths("{}, October 15, 2020", range(100, 135), LONG_WORDS),
        *_lengths("October 15, 2020 - {}", range(100, 135), LONG_WORDS),
        *_lengths("{} | 2 March 2021", range(100, 135), LONG_WORDS),
    ]
    hits = 0
    for s in lines:
        assert BY.byline(s) == ref.byline(BY, s), s
        assert BY.may_open(s) or BY.byline(s) is None, s
        assert BY.dated_names(s) == ref.dated_names(BY, s), s
        assert dates.split_trailing_date(s) == ref.split_trailing_date(s), s
        fast, slow = Lines([s], CTX), Lines([s], CTX)
        assert fast.outlet_date(0) == ref.outlet_and_date(slow, 0), s
        assert lf.dated_byline(fast, 0) == ref.dated_byline(slow, 0), s
        assert fast.titleish(0) == ref.titleish(slow, 0), s
        hits += bool(BY.byline(s) or BY.dated_names(s) or fast.outlet_date(0) or lf.dated_byline(fast, 0))
    assert hits > len(lines) // 3  # the lines below each limit do read as what they look like


@MANY
@given(st.text(alphabet="ab _-.,'’é٢\n", max_size=100), st.integers(0, 45))
def test_word_count_bound(s: str, n: int) -> None:
    assert ln.more_words_than(s, n) == (len(re.findall(r"\w+", s)) > n)
