"""The whole-file scans of the plain-text parser find what scanning every line finds.

find_headers tests only the lines that can anchor a header, message_breaks only the lines
that can match its patterns, bodies are sliced rather than filtered, and metadata reads only
the edges of a body. Each is held here to the plain loop it replaced (tests/parse_reference.py)
on generated dumps: header blocks of every kind, prose, labels, rules, mail headers.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ingest import guards, metadata
from ingest.formats import delimiters, header_scan, plaintext
from ingest.formats.headers import Header
from ingest.formats.lines import Lines
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Source
from ingest.text import clean_line
from tests import parse_reference as ref
from tests.test_parse_prechecks import CFG, CTX, LINES, SHAPED

PROSE = st.sampled_from([
    "The council voted on Tuesday to extend the harbour wall by forty metres, a project first proposed in 2012.",
    "Fares on the island ferry will rise by eight per cent from April, the operator said on Monday.",
    "London/Moscow: If fighting continues, the talks planned for October 5, 2020 will not go ahead.",
    "finish by", "if the weather holds.", "Most often crowded at 156.", "It rose 20 per cent in 1999",
    "Share this article", "© The Harbour Gazette. All rights reserved.", "Support independent journalism today.",
])
TITLES = st.sampled_from(["Harbour wall extension approved", "Ferry fares to rise in spring", "VALENCIA",
                          "1. Troops confirmed killed in overnight fighting", "Why would it stop?", "AP-EU--Strike"])
OUTLETS = st.sampled_from(["The Harbour Gazette", "Coastal Times", "Reuters", "Global Research", "theguardian.com"])
DATES = st.sampled_from(["Oct. 5, 2020", "Monday, October 5, 2020", "2021-03-02", "5 October 2020 1:15 pm",
                         "Global Research, October 15, 2020", "13 Mar 2023 | Aldermoor Echo",
                         "Posted on March 3, 2011 by Søren Kjærgaard", "Date: 20.11.2019 | Category: Press Release",
                         "Published: June 5, 2023 6.14am BST", "Posted 04/05/2022"])
BYLINES = st.sampled_from(["By Jane Roe", "BY JANE DOE | Staff Writer", "Priya Natarajan | Health Reporter",
                           "Kirsty Mullan and Eoin Ó Murchú", "Author : Clara Mendes", "03:25 PM"])
MARKERS = st.sampled_from(["-----", "* * *", "=====", "Message: 3", "-----Original Message-----",
                           "From: a@b.c", "Subject: Ferry fares", "Date: Mon, 5 Oct 2020 10:00:00 +0000",
                           "Title: Harbour wall", "Source: The Ledger", "URL: https://example.org/harbour-wall"])
_LINE = st.one_of(PROSE, PROSE, TITLES, OUTLETS, DATES, BYLINES, MARKERS, SHAPED, st.just(""), st.just(""))


@st.composite
def _block(draw: st.DrawFn) -> list[str]:
    """A header block in one of the shapes dumps use, or a run of loose lines."""
    kind = draw(st.integers(0, 3))
    if kind == 0:  # Title / Outlet / Date / By X
        lines = [draw(TITLES), *draw(st.lists(OUTLETS, max_size=1)), draw(DATES), *draw(st.lists(BYLINES, max_size=2))]
    elif kind == 1:  # Title / By X (no date)
        lines = [draw(TITLES), "", draw(OUTLETS), draw(BYLINES)]
    elif kind == 2:  # a labelled block
        lines = ["Title: " + draw(TITLES), "Source: " + draw(OUTLETS), "Date: " + draw(DATES)]
    else:
        lines = draw(st.lists(_LINE, min_size=1, max_size=6))
    return lines + [""] * draw(st.integers(0, 2)) + draw(st.lists(PROSE, max_size=3))


DUMPS = st.lists(_block(), min_size=1, max_size=6).map(lambda blocks: [x for b in blocks for x in [*b, ""]])
MANY = settings(max_examples=300, deadline=None)


def _fields(h: Header) -> tuple[object, ...]:
    return h.start, h.end, h.title, h.outlet, h.published_on, h.authors, h.url, sorted(h.lines)


@MANY
@given(DUMPS)
@example(['Harbour wall extension approved', 'A C"AND"A B | A', ''])  # a dateless credit: never an anchor
def test_find_headers_tests_every_line_that_can_anchor(raw: list[str]) -> None:
    fast = header_scan.find_headers(Lines(raw, CTX))
    slow = ref.find_headers(Lines(raw, CTX))
    assert [_fields(h) for h in fast] == [_fields(h) for h in slow]


@MANY
@given(st.lists(_LINE | LINES, max_size=30))
def test_anchor_candidates_hold_every_line_a_branch_accepts(raw: list[str]) -> None:
    lines = Lines(raw, CTX)
    candidates = set(header_scan.anchor_candidates(lines))
    for i, s in enumerate(lines.clean):
        if i not in candidates:
            assert not s or not (ref.label(lines, i) or ref.outlet_and_date(lines, i) or ref.dated_byline(lines, i)
                                 or ref.labelled_date(s) or ref.byline(CTX.bylines, s) or lines.date(i))


_MAIL = st.sampled_from(["From: a@b.c", "Subject: x", "To: y", "Date: z", "Message: 3", "MESSAGE 12",
                         "-----Original Message-----", "begin forwarded message:", "", "prose", "x:", "Message 12\n",
                         "---- forwarded message ----\n", "Reply-To: z\n"])


@MANY
@given(st.lists(st.one_of(_MAIL, _MAIL, MARKERS, _LINE, LINES), max_size=30))
@example(["From: a@b.c", "Subject: x", "Message: 3", "To: y", "Cc: z"])
@example(["x", "From: a@b.c", "To: y", "", "begin forwarded message:", "Message 12\n"])
def test_message_breaks_match_the_plain_loop(clean: list[str]) -> None:
    lines = Lines(clean, CTX)
    lines.clean = clean  # any text at all, even what clean_line never returns (a final newline)
    assert delimiters.message_breaks(lines) == ref.message_breaks(clean)


@st.composite
def _segment(draw: st.DrawFn) -> tuple[list[str], int, int, Header | None]:
    raw = draw(st.lists(st.sampled_from(["", "x", "y z"]), min_size=1, max_size=25))
    begin = draw(st.integers(0, len(raw) - 1))
    stop = draw(st.integers(begin - 1, len(raw) - 1))
    if draw(st.booleans()):
        return raw, begin, stop, None
    start = draw(st.integers(max(0, begin - 2), begin + 2))
    end = draw(st.integers(start, start + 6))
    taken = draw(st.sets(st.integers(start, end)))
    return raw, begin, stop, Header(start=start, end=end, lines=taken)


@MANY
@given(_segment())
def test_body_slices_what_the_filter_keeps(seg: tuple[list[str], int, int, Header | None]) -> None:
    assert plaintext._body(*seg) == ref.body(*seg)


@MANY
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=8), st.integers(-2, 60))
def test_header_spans_answer_like_a_scan(spans: list[tuple[int, int]], n: int) -> None:
    ordered: list[Header] = []
    for start, length in sorted(spans):
        if not ordered or start > ordered[-1].end:
            ordered.append(Header(start=start, end=start + length))
    unordered = [Header(start=s, end=s + k) for s, k in spans]
    for hs in (ordered, unordered):
        if hs:
            assert plaintext._header_spans(hs)(n) == any(h.start <= n <= h.end for h in hs)


@MANY
@given(_segment(), st.lists(st.sampled_from(["", "x"]), min_size=25, max_size=25))
def test_candidate_trims_body_like_the_filter(seg: tuple[list[str], int, int, Header | None], pad: list[str]) -> None:
    """_candidate cuts the body lines past its last non-blank line off as a suffix: the same
    as filtering every body line by number."""
    raw, begin, stop, h = seg
    raw = raw + pad
    body = ref.body(raw, begin, stop, h)
    cand = plaintext._candidate("d.txt", 0, Lines(raw, CTX), begin, max(begin, stop), list(body), h)
    assert cand.body_lines == [(n, t) for n, t in body if n - 1 <= cand.end_line - 1]


def _body_lines(texts: list[str]) -> list[tuple[int, str]]:
    return [(n + 3, t) for n, t in enumerate(texts)]


@MANY
@given(st.lists(_LINE, max_size=14), st.integers(0, 8), st.sets(st.integers(0, 20)))
def test_metadata_edges_and_filter(texts: list[str], k: int, numbers: set[int]) -> None:
    body = _body_lines(texts)
    nonblank = [(n, t) for n, t in body if clean_line(t)]
    assert metadata._first_nonblank(body, k) == nonblank[:k]
    if k:
        assert metadata._last_nonblank(body, k) == nonblank[-k:]
    assert metadata._without(body, numbers) == [(n, t) for n, t in body if n not in numbers]


@MANY
@given(st.lists(_LINE, max_size=14), st.sampled_from([None, "Harbour wall extension approved"]))
def test_enrich_reads_edges_like_the_whole_body(texts: list[str], title: str | None) -> None:
    body = _body_lines(texts)
    cand = Candidate("d.txt", 0, 1, len(texts) + 3, "\n".join(texts), list(body), title=title, header_lines={1, 2})
    metadata.enrich(cand, CTX.bylines)
    nonblank = [(n, t) for n, t in body if clean_line(t)]
    head = [n for n, _ in nonblank[: metadata.HEAD_LINES]]
    tail = [n for n, _ in nonblank[-metadata.TAIL_LINES :]]
    assert cand.header_lines <= {1, 2, *head, *tail}
    assert cand.body_lines == [(n, t) for n, t in body if n not in cand.header_lines]


def test_outlet_names_are_remembered_exactly() -> None:
    aliases, fresh = OutletAliases(CFG.outlet_files), OutletAliases(CFG.outlet_files)
    names = ["The Guardian", "the guardian", "Associated Press in Lisbon", "Levante Today (Spain)", " , ", "",
             "The Travel Quarterly — Spring 2022 issue", "Reuters", "AP"] * 3
    assert [aliases.canonical(x) for x in names] == [fresh._canonical_name(x) for x in names]
    for k in range(5000):  # bounded: a dump of ever-new names cannot grow it without limit
        aliases.canonical(f"Outlet {k}")
    assert len(aliases._canonical) <= 4096


def test_line_limit_is_checked_only_when_a_line_can_exceed_it() -> None:
    limits = guards.ShapeLimits(max_line_chars=10_000)
    long_line = "x" * 10_001
    for text, fails in [("a\n" * 9_000, False), ("x" * 10_000, False), (long_line, True), ("a\n" + long_line, True)]:
        decoded = DecodedSource(Source("d.txt", b"", "0" * 64), text, "utf-8")
        try:
            guards.check_lines(decoded, "text", limits)
            failed = False
        except guards.LimitError:
            failed = True
        assert failed == fails
