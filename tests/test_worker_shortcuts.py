"""Shortcuts of the worker stages (session 9) give the plain code's answer on every input.

Each test holds one shortcut to the computation it skips, on generated text and on every line
of the shipped dumps and fixtures: the credit reader's bounded poster-note search for lines
over the credit length, the byline opener test on a line's first two characters,
`isprintable()` standing in for the odd-space patterns (normalize_spaces, quick_fold, the
edges' word limits), the wire markers searched one alternative at a time, the whole-file
format sniffs' literal pre-checks, and extract_url's test for a line that may hold a URL.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import text
from ingest.clean import OTHER_SPACE_RE, not_only_plain_spaces
from ingest.formats import credits, detect, factiva, nexis_uni, telegram, wires
from ingest.formats.credits import CreditReader
from ingest.patternlits import alternatives
from ingest.text import URL_RE, clean_line
from tests.test_parse_fastpaths import _FOLD_LINES, _read_plain
from tests.test_parse_prechecks import CTX, LINES, SHAPED
from tests.test_stage_shortcuts import LINES as DUMP_LINES
from tests.test_stage_shortcuts import TESTS, TEXT

MANY = settings(max_examples=600, deadline=None)
BY = CTX.bylines

# Credit-shaped heads, a poster's remark after a dash or a full stop, and prose to pad a line
# past the credit length on either side of where the remark starts.
_HEADS = st.sampled_from([
    "Lowveld Post, 31 July 2026", "Harbour Gazette, May 2 2026", "Jane Roe | Harbour Gazette | 5 May 2024",
    "Gazette, 4/5/2024", "By Jane Roe, 12 March 2025", "the council met on 5 May 2024", "", "Ledger 1999",
])
_NOTES = st.sampled_from([
    " -- relevant to the sensor thread.", " — worth a read for the numbers", " - worth a read:",
    ". Small story, big consequences.", " – see below", " -- x", ". A", " | 2024", "",
])
_PAD = st.text(alphabet=st.sampled_from("ab Zé’—-.|·0129 "), max_size=200)
_LONGISH = st.tuples(_PAD, _HEADS, _PAD, _NOTES, _PAD).map("".join)


@MANY
@given(_LONGISH | _FOLD_LINES | TEXT)
def test_bounded_note_search_finds_the_leftmost_note_in_reach(s: str) -> None:
    """_POSTER_NOTE_NEAR matches exactly when _POSTER_NOTE's leftmost match starts within the
    credit length, and then at the same place with the same end."""
    plain = credits._POSTER_NOTE.search(s)
    near = credits._POSTER_NOTE_NEAR.match(s)
    if plain is None or plain.start() > credits.MAX_CREDIT_CHARS:
        assert near is None
    else:
        assert near is not None and near.span("note") == plain.span()


def test_bounded_note_search_at_every_start_around_the_limit() -> None:
    n = credits.MAX_CREDIT_CHARS
    for k in range(n - 30, n + 30):
        for s in ("Gazette 2024 " + "x" * (k - 13) + " -- relevant to the sensor thread.",
                  "x" * (k - 4) + "2024. Small story, big consequences.", "2024" + "y" * (k - 4) + " - worth a read"):
            plain, near = credits._POSTER_NOTE.search(s), credits._POSTER_NOTE_NEAR.match(s)
            assert plain is not None and plain.start() == k
            assert (near is not None) == (k <= n) and (near is None or near.span("note") == plain.span())
            assert CreditReader(CTX.bylines, CTX.outlets).read(s) == _read_plain(s, None)


@settings(max_examples=400, deadline=None)
@given(_LONGISH, st.sampled_from([None, True, False]))
def test_long_lines_read_as_by_the_plain_reader(line: str, dayfirst: bool | None) -> None:
    for s in (line, line.strip(), line[:161], line[:160], line[:175]):
        assert CreditReader(CTX.bylines, CTX.outlets).read(s, dayfirst) == _read_plain(s, dayfirst)


def test_credit_reader_on_the_dumps_long_lines() -> None:
    reader = CreditReader(CTX.bylines, CTX.outlets)
    long = [s for s in DUMP_LINES if len(s.strip()) > credits.MAX_CREDIT_CHARS]
    assert len(long) > 1000
    for s in long:
        assert reader.read(s) == _read_plain(s, None), s


_RESTS = ["", "y Jane Roe", "Y JANE ROE", "thor: Jane Roe", "n Jane Roe", " Jane Roe", "itten by X", "ne Roe", "-"]


def test_opener_two_character_test_matches_the_pattern_for_every_ascii_pair() -> None:
    """Every pair of ASCII characters, and every BMP character after an ASCII one, before the
    rest of a byline (what the pattern may read after an opener's first two letters)."""
    assert BY._open_heads is not None
    pairs = [chr(a) + chr(b) for a in range(128) for b in range(128)]
    pairs += [chr(a) + chr(c) for a in (0x42, 0x62, 0x2D, 0x20, 0x41) for c in range(128, 0x10000)]
    pairs += [chr(c) for c in range(0x10000)]
    for head in pairs:
        for rest in _RESTS:
            s = head + rest
            assert (BY._open(s) is None) == (BY._opener.match(s) is None), s


def _may_open_plain(line: str) -> bool:
    s = clean_line(line)
    return len(s) <= 200 and BY._opener.match(s) is not None


@MANY
@given(_FOLD_LINES | SHAPED | LINES | TEXT)
def test_may_open_matches_the_pattern(s: str) -> None:
    assert BY.may_open(s) == _may_open_plain(s)
    m, got = BY._opener.match(s), BY._open(s)
    assert (got is None) == (m is None) and (m is None or got.end() == m.end())


def test_may_open_on_the_dumps() -> None:
    for s in DUMP_LINES:
        assert BY.may_open(s) == _may_open_plain(s), s
        assert BY.may_open(s.strip()) == _may_open_plain(s.strip()), s


def test_every_odd_space_is_unprintable() -> None:
    """Why a printable text needs neither odd-space pattern: every character either matches is
    unprintable (so isprintable() is False for any text holding one)."""
    for c in range(0x110000):
        ch = chr(c)
        if OTHER_SPACE_RE.match(ch) or text._ODD_OR_ZERO_WIDTH.match(ch):
            assert not ch.isprintable(), hex(c)


def _normalize_plain(line: str) -> str:
    return text._MULTI_SPACE.sub(" ", text._ZERO_WIDTH.sub("", text._ODD_SPACES.sub(" ", line))).strip()


@MANY
@given(_FOLD_LINES | TEXT)
def test_space_tests_match_their_patterns(s: str) -> None:
    assert text.normalize_spaces(s) == _normalize_plain(s)
    assert not_only_plain_spaces(s) == (OTHER_SPACE_RE.search(s) is not None)


def test_space_tests_on_the_dumps() -> None:
    for s in DUMP_LINES:
        assert text.normalize_spaces(s) == _normalize_plain(s), s
        assert not_only_plain_spaces(s) == (OTHER_SPACE_RE.search(s) is not None), s


def _files() -> list[str]:
    out = []
    for path in sorted([*TESTS.glob("*/dumps/*"), *TESTS.glob("fixtures/**/*"), *TESTS.glob("formats/**/*")]):
        if path.is_file() and path.stat().st_size < 2_000_000:
            out.append(path.read_bytes().decode("utf-8", "replace"))
    return out


FILES = _files()
_WIRE_BITS = st.sampled_from([
    "/PRNewswire/", "( Business Wire )", "(EIN Presswire)", "/ EINPresswire.com /", "/EINPRESSWIRE.COM/",
    "(ACCESSWIRE)", "/ accesswire /", "/ CNW Telbec /", "/Cision/", "(Newsfile Corp.)", "(PRWEB)", "(Marketwired)",
    "/ PRNEWſWIRE-FirstCall /", "(EIN Presſwire)", "EIN Presswire", "/ACCESSWIRE", "(", "/", " ",
])
WIRE_TEXT = st.lists(_WIRE_BITS | SHAPED | TEXT, max_size=6).map(" ".join)


@MANY
@given(WIRE_TEXT)
def test_marker_alternatives_find_a_marker_where_the_markers_do(s: str) -> None:
    w = wires.load_wires()
    assert any(rx.search(s) for rx in w.marker_scans) == any(rx.search(s) for _, rx in w.markers)
    assert wires.is_release_file(s) == _is_release_plain(s)


def _is_release_plain(text: str) -> bool:
    """wires.is_release_file as at main (4d9f2af): the markers' own patterns."""
    if not any(rx.search(text) for _, rx in wires.load_wires().markers):
        return False
    lines = text.split("\n")
    found = 0
    for lo, hi in wires._parts(lines):
        if sum(len(line.split()) for line in lines[lo:hi]) <= wires.MIN_RELEASE_WORDS:
            continue
        if sum(1 for line in lines[lo:hi] if wires.wire_of(line)) != 1:
            return False
        found += 1
    return found > 0


def test_alternatives_keep_groups_flags_and_assertions() -> None:
    w = wires.load_wires()
    assert len(w.marker_scans) == sum(len(alternatives(rx)) for _, rx in w.markers) > len(w.markers)
    rx = re.compile(r"(a)b\1|c(?<=xc)D|(?P<n>e)f(?P=n)|^g$", re.I | re.M)
    parts = alternatives(rx)
    assert len(parts) == 4
    for s in ["aba", "abA", "abb", "xcd", "cd", "XCd", "efe", "EFe", "eff", "x\ng\ny", "gg", "", "ab", "\nG"]:
        assert any(p.search(s) for p in parts) == (rx.search(s) is not None), s
    assert alternatives(re.compile("abc")) == [re.compile("abc")]
    assert alternatives(re.compile("a(b|c)")) == [re.compile("a(b|c)")]


def test_whole_file_sniffs_on_every_shipped_file() -> None:
    assert len(FILES) > 100
    for body in FILES:
        assert wires.is_release_file(body[:500_000]) == _is_release_plain(body[:500_000])
        assert telegram.sniff(body) == ('"messages"' in body and body.lstrip("\ufeff \t\r\n").startswith("{")
                                        and telegram.messages_at(body) is not None)
        assert factiva.sniff_html(body) == _factiva_html_plain(body)
        early = body[:200_000]
        assert ("Document " in early) >= (detect._PROQUEST_DOC.search(early) is not None)
        # Nexis Uni's marker pre-check (now in every interface language: formats/nexis_uni.py)
        # never changes a shipped file's answer
        _literals, field = nexis_uni._sniff_parts()
        assert nexis_uni.sniff(early) == (nexis_uni.end_re().search(early) is not None
                                          and field.search(early) is not None)


def _factiva_html_plain(text: str) -> bool:
    if "deHeadline" not in text or factiva._HTML_ARTICLE.search(text) is None:
        return False
    labels = "|".join(re.escape(w) for w in factiva._display().labels)
    return re.search(rf">\s*(?:{labels})\s+[A-Z][A-Z0-9]{{0,11}}\d{{8}}[A-Za-z0-9]{{4,}}\s*<", text) is not None


@MANY
@given(st.lists(st.sampled_from(['class="deHeadline"', "<", ">", " Document ", "AN00000000000000XXXX", "{",
                                 '"messages"', "End of Document", "Document 3 of 9", "\n"]) | SHAPED,
                max_size=8).map("".join))
def test_sniff_prechecks_on_generated_text(s: str) -> None:
    assert factiva.sniff_html(s) == _factiva_html_plain(s)
    assert ("Document " in s) >= (detect._PROQUEST_DOC.search(s) is not None)
    # a marker line as the exports write it ('End of Document', 'Einde van document') always
    # passes the substring pre-check: the answer is then the field test's alone
    literals, field = nexis_uni._sniff_parts()
    if any(re.search(rf"^\s*{re.escape(w)}\s*$", s, re.M) for w in literals):
        assert nexis_uni.sniff(s) == (field.search(s) is not None)
    for t in (s, " \n" + s, "\ufeff" + s, "{" + s, " {" + s):
        assert (telegram._OPENS_OBJECT.match(t) is not None) == t.lstrip("\ufeff \t\r\n").startswith("{")


@MANY
@given(st.lists(st.sampled_from(["http", "HTTPS", "://", "www", "WwW", ".", "w.", "W.", "/x", ":", "ſ", "K"]) | SHAPED,
                max_size=8).map("".join))
def test_every_url_holds_a_colon_or_a_w_before_a_dot(s: str) -> None:
    """Why extract_url may skip a line with no ':' and no 'w.' or 'W.': URL_RE finds nothing there."""
    if URL_RE.search(s):
        assert ":" in s or "w." in s or "W." in s


def test_every_url_in_the_dumps_holds_a_colon_or_a_w_before_a_dot() -> None:
    for s in DUMP_LINES:
        if URL_RE.search(s):
            assert ":" in s or "w." in s or "W." in s, s
