"""Fast paths of the parse stage give the plain code's answer on every input.

Each test below holds one shortcut to the code it replaced, written out here as it was: the
credit reader's prose test (lazy word scan, domain pre-check), the nameplate suffix test, the
mojibake pre-check over the whole text, the wire-marker scan one marker at a time, the clipping
reader's colon pre-check. Lines come from tests/test_parse_prechecks.py's generators plus
domains, initials, mojibake pairs and odd Unicode.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import charsets, metadata, text
from ingest.bylines import Bylines
from ingest.dates import has_year
from ingest.formats import clippings, credits, wires
from ingest.formats.credits import CreditReader
from ingest.formats.digestparts import MAX_ENTRY_NAME, contents_block
from ingest.formats.lines import Lines, strip_item
from ingest.records import Candidate
from ingest.text import URL_RE, fold
from tests.test_parse_prechecks import CFG, CTX, LINES, SHAPED

MANY = settings(max_examples=600, deadline=None)
READER = CreditReader(CTX.bylines, CTX.outlets)
_ODD = st.sampled_from([
    "lakeshorepost.com", "www.example.org", "a.m.", "U.S.", "S. 21", "it’s.com", "foo-bar.co.uk", "x.-y", "_._",
    "Jane Q. Public Jr.", "(Lokalteil)", "said", "the", "ſaid", "Kelvin", "ǅemal", "ªb", "é.é", "Ä.ö", "ünd",
    "Ã©", "Ã¢â‚¬â„¢", "Â ", "â€”", "Ã\n©", "Ã", "©", "/PRNewswire/", "( Business Wire )", "(EIN Presswire)",
    "/ PRNEWſWIRE-FirstCall /", "/EINPresswire.com/", "(ACCESSWIRE)", "/ CNW Telbec /", "Gazette", "Kurier",
    "Ruhr-Kurier", "Zeitung", "Echo", "Post", "Source: X", "Reach: 48K", "Title :", ":", " · ", " | ",
])
TEXTS = st.lists(st.one_of(SHAPED, _ODD, LINES), max_size=8).map(" ".join)


def _prose_plain(reader: CreditReader, s: str) -> bool:
    bare = credits._DOMAIN_IN.sub(" ", s) if "." in s else s
    return any(w[0].islower() and len(w) > 1 and w not in reader._allowed for w in credits._WORD.findall(bare))


@MANY
@given(TEXTS)
def test_prose_test_matches_the_plain_scan(s: str) -> None:
    assert READER._prose(s) == _prose_plain(READER, s)


def _nameplate_plain(name: str) -> bool:
    out = CTX.outlets
    toks = re.findall(r"[^\W\d_]+", name.lower())
    if not toks:
        return False
    last = toks[-1]
    return last in out.nameplate_words or any(
        last.endswith(suf) and len(last) >= len(suf) + 3 for suf in out.nameplate_suffixes)


@MANY
@given(TEXTS | st.text(max_size=20))
def test_nameplate_matches_the_plain_test(s: str) -> None:
    assert CTX.outlets.nameplate(s) == _nameplate_plain(s)


def _repair_plain(text: str) -> tuple[str, int]:
    if text.isascii():
        return text, 0
    lines = text.split("\n")
    fixed = 0
    for i, line in enumerate(lines):
        if not line.isascii() and charsets._MOJIBAKE_PAIR.search(line) and is_bad(line):
            repaired = ftfy.fix_encoding(line)
            if repaired != line and "\n" not in repaired:
                lines[i] = repaired
                fixed += 1
    return ("\n".join(lines), fixed) if fixed else (text, 0)


@MANY
@given(st.lists(TEXTS, max_size=4).map("\n".join))
def test_mojibake_repair_matches_the_line_loop(text: str) -> None:
    assert charsets.repair_mojibake(text) == _repair_plain(text)


@MANY
@given(st.lists(TEXTS, max_size=4).map("\n".join))
def test_wire_markers_one_by_one_match_the_joined_pattern(text: str) -> None:
    w = wires.load_wires()
    assert any(rx.search(text) for _, rx in w.markers) == (w.any_marker.search(text) is not None)


@MANY
@given(TEXTS)
def test_a_field_line_has_its_colon(s: str) -> None:
    if ":" not in s:
        assert clippings.fields_of(s.strip(), clippings.load_fields()) == []


@settings(max_examples=300, deadline=None)
@given(st.lists(SHAPED | _ODD | st.sampled_from(["By Jane Roe", "Jane Roe | Harbour Gazette", "Gazette, 4/5/2024"]),
                min_size=1, max_size=6), st.sampled_from([None, True, False]))
def test_credit_readings_kept_for_the_run_match_a_fresh_reader(lines: list[str], dayfirst: bool | None) -> None:
    """The run's reader answers from what it kept (ParseContext.credit_reader); a new reader
    answers each line from scratch."""
    kept = CTX.credit_reader()
    for line in lines + lines:
        assert kept.read(line, dayfirst) == CreditReader(CTX.bylines, CTX.outlets).read(line, dayfirst)


def test_metadata_reads_the_head_once_as_before() -> None:
    """enrich reads the body's first lines once; the public readers give what it used."""
    from ingest import metadata
    from ingest.records import Candidate

    body = [(1, ""), (2, "LISBON, Portugal (AP) — The ferry"), (3, ""), (4, "By Jane Roe"), (5, "Text.")]
    cand = Candidate(source_path="x", position=0, start_line=1, end_line=5, raw_text="", body_lines=list(body))
    assert metadata.extract_agency(cand) == "AP"
    assert list(metadata.extract_body_byline(cand, CTX.bylines)) == [(4, ["Jane Roe"])]
    out = metadata.enrich(cand, CTX.bylines)
    assert out.outlet == "AP" and out.authors == ["Jane Roe"] and [n for n, _ in out.body_lines] == [1, 2, 3, 5]


# -- session 8: the parse stage's fast paths -------------------------------------------------

# Characters that make folding change a line's length or white space: NFKC compositions and
# decompositions (e + combining acute, '¨', 'ﬁ', Hangul jamo), the fold map ('…', curly quotes),
# case mappings that lengthen ('İ') or depend on context ('Σ'), and every kind of white space.
_FOLDY = st.sampled_from([
    "e\u0301", "\u00a8", "\ufb01", "\u1100\u1161", "…", "“", "’", "—", "İ", "ΑΣ", "Σ", "\u00a0", "\u2003", "\t",
    "\x1c", "\x0b", "\u2028", "\u1680", "\u200b", "  ", " ", "[Clip 01] ", "1. ", "١. ", "#12 ", "[", "#", "ǅ", "K",
])
_FOLD_LINES = st.lists(st.one_of(SHAPED, _ODD, LINES, _FOLDY), max_size=6).map("".join)


def _contents_block_plain(lines: Lines, lo: int, hi: int, titles: set[str], own: str) -> bool:
    items = [strip_item(lines.clean[j]) for j in range(lo, hi + 1) if not lines.blank(j)]
    # an entry is a headline, or names its paper before it ('The Courier - Headline')
    def named(t: str) -> list[str]:  # the tails behind a name of at most MAX_ENTRY_NAME characters
        return [t[m.end():] for m in re.finditer(r"\s[-–—|]\s", t)
                if m.start() - t.count(" ", 0, m.start()) <= MAX_ENTRY_NAME]

    listed = sum(1 for t in items if any((f := fold(x)) in titles and f != own for x in [t, *named(t)]))
    return listed >= 2 and 3 * listed >= len(items)


@MANY
@given(st.lists(_FOLD_LINES | st.just(""), min_size=1, max_size=8), st.lists(_FOLD_LINES, max_size=4),
       st.integers(0, 3), st.booleans())
def test_contents_block_matches_folding_every_line(body: list[str], extra: list[str], drop: int, grow: bool) -> None:
    """The length bound skips only lines whose folded form is longer than every headline."""
    lines = Lines(body, CTX)
    # headlines: some of the body's own lines (folded), plus others; sometimes one long one
    heads = {fold(strip_item(s)) for s in lines.clean[drop:]} | {fold(s) for s in extra}
    if grow:
        heads.add("x" * 200)
    own = next(iter(heads), "")
    for titles in (heads, {t for t in heads if len(t) < 40}):
        for lo in range(len(body)):
            want = _contents_block_plain(lines, lo, len(body) - 1, titles, own)
            assert contents_block(lines, lo, len(body) - 1, titles, own) == want
            longest = max(map(len, titles), default=0)
            assert contents_block(lines, lo, len(body) - 1, titles, own, longest) == want


@MANY
@given(_FOLD_LINES)
def test_folding_keeps_the_non_space_characters_of_a_printable_nfkc_line(s: str) -> None:
    """The bound contents_block relies on."""
    t = strip_item(s)
    if t.isprintable() and unicodedata.is_normalized("NFKC", t):
        assert len(fold(t)) >= len(t) - t.count(" ")


def test_printable_text_has_no_white_space_but_the_space() -> None:
    assert all(not chr(c).isprintable() for c in range(0x110000) if chr(c).isspace() and c != 0x20)


_RESTS = ["y Jane Roe", "Y JANE ROE", "uthor: Jane Roe", "on Jane Roe", "- Jane Roe", " Jane Roe", "", "ar X"]


def test_opener_first_character_test_matches_the_pattern_for_every_first_character() -> None:
    """Every character of the Basic Multilingual Plane before the rest of a byline."""
    by = CTX.bylines
    assert by._open_first is not None
    for c in range(0x10000):
        for rest in _RESTS:
            s = chr(c) + rest
            assert (by._open(s) is None) == (by._opener.match(s) is None), s


@MANY
@given(_FOLD_LINES)
def test_opener_test_matches_the_pattern(s: str) -> None:
    by = CTX.bylines
    m = by._opener.match(s)
    got = by._open(s)
    assert (got is None) == (m is None) and (m is None or got.end() == m.end())


def test_only_the_ascii_letters_match_a_urls_letters_case_insensitively() -> None:
    """Why a lower-cased copy holding no "http" or "www." rules URL_RE out (credits.read)."""
    letters = re.compile("[htpw]", re.I)
    assert {chr(c) for c in range(0x110000) if letters.fullmatch(chr(c))} == set("htpwHTPW")


@MANY
@given(_FOLD_LINES | st.sampled_from(["HtTpS://x.y", "WWW.x.org", "ſ http://a", "> > quoted", " >x", "a -- bc"]))
def test_line_prechecks_hold_whatever_the_line(s: str) -> None:
    """A URL needs "http" or "www." (lower-cased); a poster's note a dash or a full stop; quoting a '>'."""
    low = s.lower()
    if URL_RE.search(s):
        assert "http" in low or "www." in low
    if credits._POSTER_NOTE.search(s):
        assert "--" in s or "—" in s or "–" in s or " - " in s or ". " in s
    if text._QUOTED.match(s):
        assert ">" in s
    plain = text.normalize_spaces(text.strip_markdown(text._QUOTED.sub("", s, count=1)))
    assert text.clean_line.__wrapped__(s) == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(SHAPED | _ODD | _FOLD_LINES | st.sampled_from([
    "Lowveld Post, 31 July 2026 -- relevant to the sensor thread.", "Jane Roe | www.gazette.com | 5 May 2024",
    "Jane Roe — HTTP://x.org/a", "From The Grant Desk newsletter, 5 Apr 2025, by Megan Koh"]),
    min_size=1, max_size=4), st.sampled_from([None, True, False]))
def test_credit_reader_matches_the_reader_without_prechecks(lines: list[str], dayfirst: bool | None) -> None:
    for line in lines:  # (a fresh reader: the run's reader may answer from its memo)
        assert CreditReader(CTX.bylines, CTX.outlets).read(line, dayfirst) == _read_plain(line, dayfirst)


class _PlainReader(CreditReader):
    """CreditReader.read without its URL and poster-note pre-checks (as at b5a9082, with main's
    later nameplate argument to _cut_date)."""

    def read(self, line: str, dayfirst: credits.DayFirst = None) -> credits.Credit | None:
        s = line.strip()
        if (note := credits._POSTER_NOTE.search(s)) is not None and has_year(s[: note.start()]):
            s = s[: note.start()]  # (cut first since a remark may end in a colon: "… 2026 - note:")
        if not s or len(s) > credits.MAX_CREDIT_CHARS or "@" in s or URL_RE.search(s) or s.endswith(":"):
            return None
        if ":" in s and credits._LABEL.match(s):
            return None
        cued = self._source_lead(s)
        if cued is not None:
            s = cued[0] + s[cued[1]:]
        if self._prose(credits._NOTES_IN.sub(" ", s) if "(" in s else s):
            return None
        cut = credits._cut_date(s, dayfirst, self.vocab, self.outlets.nameplate)
        if cut is None:
            return None
        pieces, date, dated = cut
        parts = [credits._NOTE.sub("", p).strip() or p.strip()
                 for piece in pieces for p in credits._PART_SEP.split(piece) if p.strip()]
        if len(parts) + dated > credits.MAX_PARTS or any(
                credits.SENTENCE_END.search(p) and not credits._initial_end(p) for p in parts):
            return None
        found = self._classify(parts, date, dated)
        return found if cued is None else credits._cued(found, cued[0])


def _read_plain(line: str, dayfirst: bool | None) -> credits.Credit | None:
    return _PlainReader(CTX.bylines, CTX.outlets).read(line, dayfirst)


def _extract_url_plain(cand: Candidate) -> tuple[int, str] | None:
    """metadata.extract_url before its URL pre-check."""
    if not cand.title:
        return None
    for n, line in reversed(metadata._last_nonblank(cand.body_lines, metadata.TAIL_LINES)):
        s = text.clean_line(line)
        if text.is_url_line(line) or metadata._URL_LABEL.match(s) or metadata._SOURCE_URL.match(s):
            m = URL_RE.search(text.clean_line(line))
            if m and metadata._slug_matches(m.group(0), cand.title):
                url = m.group(0)
                return n, metadata.canonical_url(url if "://" in url else "https://" + url)
    return None


_URLS = st.sampled_from([
    "https://example.org/2024/11/05/harbour-wall-extended", "<HTTPS://Example.org/harbour-wall>", "www.x.org/harbour",
    "Read original article: https://x.org/harbour-wall-vote", "Permalink: WWW.x.org/harbour-wall-vote",
    "[link](http://x.y/harbour-wall)", "Continue reading at The Daily X → https://x.org/harbour-wall-vote", "hTTp://",
])


@MANY
@given(st.lists(_URLS | _FOLD_LINES | st.just(""), max_size=8), st.sampled_from(["Harbour wall vote", "", "x y"]))
def test_extract_url_matches_the_plain_scan(body: list[str], title: str) -> None:
    cand = Candidate(source_path="x", position=0, start_line=1, end_line=len(body), raw_text="",
                     body_lines=list(enumerate(body, 1)), title=title or None)
    assert metadata.extract_url(cand) == _extract_url_plain(cand)


def test_the_first_character_tests_read_characters_as_the_patterns_do() -> None:
    """is_time_line and is_url_line test a line's first characters as the patterns would:
    \\s is str.isspace, \\d str.isdecimal, only 'u'/'p' match 'u'/'p' case-insensitively, and
    no character but the ASCII ones lower-cases to a URL's opening letters."""
    space, digit, up = re.compile(r"\s"), re.compile(r"\d"), re.compile("[up]", re.I)
    for c in map(chr, range(0x110000)):
        assert (space.fullmatch(c) is not None) == c.isspace()
        assert (digit.fullmatch(c) is not None) == c.isdecimal()
        assert (up.fullmatch(c) is not None) == (c in text.TIME_FIRST)
        if c not in "htpwHTPW.":
            assert not any(x in c.lower() for x in "htpw.")


@MANY
@given(_FOLD_LINES | _URLS | st.sampled_from([" 03:25 PM", "\u20035:35 pm IST", "Updated 10.30", "posted: 1:15",
                                               "٣:٢٥", " ", "", "HTTP://X.ORG", "(www.x.org)"]))
def test_time_and_url_line_tests_match_their_patterns(s: str) -> None:
    assert text.is_time_line(s) == bool(text._TIME.match(s))
    assert text.is_url_line(s) == (URL_RE.fullmatch(text.clean_line(s).strip("<>()[] ")) is not None)
    assert CTX.bylines.may_open(s) == (len(text.clean_line(s)) <= 200 and CTX.bylines._opener.match(
        text.clean_line(s)) is not None)


class _UnkeptReader(CreditReader):
    """The reader without its run-long answers by line: every call reads the line (keeping,
    as before, the readings of parts in _classified)."""

    def read(self, line: str, dayfirst: credits.DayFirst = None) -> credits.Credit | None:
        return self._read(line, dayfirst)[0]


_CREDIT_LINES = st.sampled_from([
    "By Jane Roe", "Jane Roe | Harbour Gazette | 5 May 2024", "Gazette, 4/5/2024", "4/5/2024 | Jane Roe",
    "From The Grant Desk newsletter, 5 Apr 2025, by Megan Koh", "The Grant Desk, 5 Apr 2025, by Megan Koh",
    "From Tidewater Shipping Bulletin", "Tidewater Shipping Bulletin", "Jane Roe, Associated Press",
    "Jane Roe, Harbour Press Agency, 5 May 2024", "Harbour Gazette · 12 March 2024", "March 11, 2021",
    "Lowveld Post, 31 July 2026 -- relevant to the sensor thread.",
    "Kalle Berg and Mia Lund, Fjord Post -- 3 April 2024", "From Digest, Harbour Gazette, 5 May 2024",
])


def _same_answers(steps: list[tuple[str, object, tuple[str, ...]]], size: int) -> None:
    by_kept, by_unkept = Bylines(CFG.byline_files), Bylines(CFG.byline_files)
    kept, unkept = CreditReader(by_kept, CTX.outlets), _UnkeptReader(by_unkept, CTX.outlets)
    old = credits._MEMO_SIZE
    credits._MEMO_SIZE = size
    try:
        for line, order, orgs in steps:
            by_kept.add_orgs(orgs)
            by_unkept.add_orgs(orgs)
            day: credits.DayFirst = (lambda: True) if order == "callable" else order  # type: ignore[assignment]
            assert kept.read(line, day) == unkept.read(line, day), (line, order)
    finally:
        credits._MEMO_SIZE = old


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_CREDIT_LINES | SHAPED, st.sampled_from([None, True, False, "callable"]),
                          st.sampled_from([(), (), (), ("harbourpressagency",), ("associatedpress",)])),
                min_size=1, max_size=12), st.sampled_from([2, 3, 8192]))
def test_answers_kept_by_line_match_reading_every_line(steps: list[tuple[str, object, tuple[str, ...]]],
                                                       size: int) -> None:
    """Same answers, call by call, as a reader that reads every line: whatever the order of
    lines, their files' date orders, organisations added mid-run and memo sizes."""
    _same_answers(steps, size)


def test_answers_kept_by_line_in_the_cases_that_differ() -> None:
    """A line whose reading asks the file's date order is read again; a line opened by a source
    cue answers differently the second time (a reading of parts kept in _classified); a memo
    cleared for size or new organisations clears the kept lines too."""
    cue = "From Digest, Harbour Gazette, 5 May 2024"
    num = "Gazette | 4/5/2024"
    _same_answers([(num, True, ()), (num, False, ()), (num, None, ()), (num, "callable", ())], 8192)
    _same_answers([(cue, None, ()), (cue, None, ()), (cue, None, ())], 8192)
    _same_answers([(cue, None, ()), ("Jane Roe | Harbour Gazette | 5 May 2024", None, ()), ("March 11, 2021", None, ()),
                   (cue, None, ()), (cue, None, ())], 2)
    # (lines asking the date order are not kept by line, so only _classified fills up here)
    _same_answers([(cue, None, ()), (num, True, ()), ("Jane Roe | Harbour Gazette | 4/5/2024", True, ()),
                   (cue, None, ())], 2)
    org = "Jane Roe, Harbour Press Agency, 5 May 2024"
    _same_answers([(cue, None, ()), (org, None, ()), (cue, None, ("harbourpressagency",)), (org, None, ()),
                   (cue, None, ())], 8192)


@MANY
@given(_FOLD_LINES | SHAPED)
def test_dates_kept_for_the_run_match_reading_the_line(s: str) -> None:
    """find_date and date_line keep their readings of short lines: the same answer, twice."""
    from ingest import dates

    t = dates.ascii_digits(s)  # both read other scripts' digits as ASCII ones ('٢٠٢٤' is 2024)
    for _ in range(2):
        assert dates.find_date(s) == (dates._find_date(t) if dates._HAS_YEAR.search(t) else None)
        plain = dates._date_line.__wrapped__(t) if len(t) <= 120 and dates._HAS_YEAR.search(t) else None
        assert dates.date_line(s) == plain


def test_a_credit_line_reads_the_same_whatever_was_read_before() -> None:
    """A line's credit does not depend on the lines a reader met earlier (a worker's history):
    a line opened by a source cue ('From Digest, Harbour Gazette, …') whose parts were read
    before keeps its cue's outlet, as on a first reading."""
    lines = ["From Digest, Harbour Gazette, 5 May 2024", "Digest, Harbour Gazette, 5 May 2024",
             "From The Grant Desk newsletter, 5 Apr 2025, by Megan Koh", "The Grant Desk, 5 Apr 2025, by Megan Koh"]
    for line in lines:
        fresh = CreditReader(Bylines(CFG.byline_files), CTX.outlets).read(line)
        seasoned = CreditReader(Bylines(CFG.byline_files), CTX.outlets)
        for earlier in lines:
            seasoned.read(earlier)
        assert seasoned.read(line) == fresh, line
        assert seasoned.read(line) == fresh, line
