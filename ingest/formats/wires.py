"""Press releases as the wires publish them (PR Newswire, Business Wire, GlobeNewswire, EIN
Presswire, Cision...), saved or pasted one or several to a file.

Layout of one release (wire markers and line patterns in ingest/data/wires.toml):

    Saved from prnewswire.co.uk, 22/10/2024         <- page furniture
    MedLogix and Severnvale ... drone network       <- headline: the first line of the head
    Two-year trial will link ...                    <- subheadline: kept as the first paragraph
    NEWS PROVIDED BY / MedLogix Ltd / 16 Oct, 2024, 07:00 GMT / Share this article
    WARWICK, England, Oct. 16, 2024 /PRNewswire/ -- MedLogix Ltd ...   <- dateline: text starts
    ...paragraphs...
    About MedLogix / Media contact: / Contacts / Legal Disclaimer: / SOURCE MedLogix Ltd
                                                    <- the first block opened by one of these
                                                       ends the text; the rest is metadata

The outlet is the wire named in the dateline; the date is the dateline's (else the head's);
the url is the "View original content: URL" line's. Releases are split at rule lines; a file
is read this way only when every part of it that holds text is a release (detect.py).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from ingest.dates import parse_date
from ingest.metadata import canonical_url
from ingest.patternlits import alternatives
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import any_of, is_separator, normalize_spaces

if TYPE_CHECKING:  # detect.py imports this module; the parse context is only an annotation here
    from ingest.formats.plaintext import ParseContext

DATA_FILE = Path(__file__).parent.parent / "data" / "wires.toml"
MIN_RELEASE_WORDS = 30  # a part of a file with more words than this must be a release


@dataclass(frozen=True, slots=True)
class Wires:
    markers: list[tuple[str, re.Pattern[str]]]
    any_marker: re.Pattern[str]
    furniture: re.Pattern[str]
    end: re.Pattern[str]
    url: re.Pattern[str]
    # The markers' top-level alternatives, one pattern each (patternlits.alternatives): some
    # one of them matches in a text exactly when some marker does.
    marker_scans: tuple[re.Pattern[str], ...] = ()


@functools.lru_cache(maxsize=2)
def load_wires(path: Path = DATA_FILE) -> Wires:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    rel = data["release"]
    markers = [(w["name"], re.compile(w["marker"], re.I)) for w in data["wire"]]
    return Wires(
        markers,
        any_of([w["marker"] for w in data["wire"]]),
        any_of(rel["furniture"]),
        any_of(rel["end"]),
        re.compile(rel["url"], re.I),
        tuple(alt for _, rx in markers for alt in alternatives(rx)),
    )


def wire_of(line: str) -> str | None:
    """The wire named in a dateline ('... /PRNewswire/ -- ...'), else None."""
    return next((name for name, rx in load_wires().markers if rx.search(line[:300])), None)


def _parts(lines: list[str]) -> list[tuple[int, int]]:
    """The file's parts between rule lines, as (lo, hi) line ranges."""
    cuts = [i for i, line in enumerate(lines) if is_separator(line)]
    bounds = [-1, *cuts, len(lines)]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]


def is_release_file(text: str) -> bool:
    """Every part of the file that holds text is one release (one wire dateline)."""
    if not any(rx.search(text) for rx in load_wires().marker_scans):
        # = any_marker.search(text): the alternation matches somewhere iff one of its markers
        # does, and a marker iff one of its own alternatives does. Each alternative opens with
        # a literal ('/', '('), which the engine scans for fast; a joined pattern with no
        # common prefix tries every branch at every position (the joined markers ~3x slower on
        # a digest, EIN Presswire's and ACCESSWIRE's own two branches ~40x). Most files: these
        # scans, no per-line work.
        return False
    lines = text.split("\n")
    found = 0
    for lo, hi in _parts(lines):
        if sum(len(line.split()) for line in lines[lo:hi]) <= MIN_RELEASE_WORDS:
            continue
        if sum(1 for line in lines[lo:hi] if wire_of(line)) != 1:
            return False  # no release, or several without rules between them: not split here
        found += 1
    return found > 0


def _text_end(lines: list[str], d: int, hi: int, w: Wires) -> int:
    """Start of the block that ends the release's text: a block opened by an end line, or a
    block of short lines (a contact card) holding one ('Neil Hartas / Firm / phone / email us
    here'). A wrapped paragraph's line that happens to match is not an end."""
    for i in range(d + 1, hi):
        s = lines[i].strip()
        if not s or not w.end.search(s):
            continue
        start = i
        while start > d + 1 and lines[start - 1].strip():
            start -= 1
        if start == i or (start > d + 1 and all(len(lines[j].split()) <= 8 for j in range(start, i + 1))):
            return start
    return hi


def _release(lines: list[str], lo: int, hi: int, path: str, pos: int, ctx: ParseContext) -> Candidate | None:
    w = load_wires()
    d = next((i for i in range(lo, hi) if wire_of(lines[i])), None)
    if d is None:
        return None
    head = [i for i in range(lo, d) if lines[i].strip() and not w.furniture.search(lines[i].strip())]
    dates = {i: parse_date(lines[i]) for i in head}
    title_at = next((i for i in head if dates[i] is None), None)
    if title_at is None:
        return None
    issuer = next((i + 1 for i in range(lo, d) if re.match(r"^\s*news provided by\W*$", lines[i], re.I)), None)
    subtitle = [i for i in head if i > title_at and dates[i] is None and i != issuer]
    end = _text_end(lines, d, hi, w)
    body = [(i + 1, lines[i]) for i in subtitle]
    if subtitle and not lines[subtitle[-1] + 1].strip():  # the subheadline is a paragraph of its own
        body.append((subtitle[-1] + 2, ""))
    body += [(i + 1, lines[i]) for i in range(d, end)]
    cand = Candidate(source_path=path, position=pos, start_line=lo + 1, end_line=hi, raw_text="", body_lines=body)
    cand.title = normalize_spaces(lines[title_at])
    cand.outlet = ctx.outlets.canonical(wire_of(lines[d]))
    cand.published_on = parse_date(lines[d][:200]) or next((x for x in dates.values() if x), None)
    for i in range(end, hi):
        if m := w.url.search(lines[i].strip()):
            cand.url = canonical_url(m.group("url"))
            break
    first = next(i for i in range(lo, hi) if lines[i].strip())
    last = max(i for i in range(lo, hi) if lines[i].strip())
    in_text = {n for n, _ in body}
    cand.start_line, cand.end_line = first + 1, last + 1
    cand.header_lines = {n for n in range(first + 1, last + 2) if n not in in_text}
    cand.raw_text = "\n".join(lines[first : last + 1])
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every release of the file; rule lines and parts without a dateline are counted."""
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    rules = sum(1 for line in lines if is_separator(line))
    if rules:
        yield Rejection(path, "separator rule between releases", "", rules)
    position = 0
    for lo, hi in _parts(lines):
        cand = _release(lines, lo, hi, path, position, ctx)
        if cand is not None:
            position += 1
            yield cand
        elif count := sum(1 for i in range(lo, hi) if lines[i].strip()):
            yield Rejection(path, "short text between releases, without a wire dateline", f"lines {lo + 1}-{hi}", count)
    if position == 0:
        raise ValueError("looks like a press-release file but no release has a wire dateline")


# 'HAMBURG, Germany, Dec. 2, 2026 /Acmewire/ -- Acme Corp. …': a distribution service's tag
# between slashes after the dateline's date (PR Newswire's form, which other services copy).
_SLASH_TAG = re.compile(
    r"^[A-ZÀ-Ý][^/]{2,120}?\d{4}\s*/\s*(?P<service>[A-Z][\w.&'’ -]{1,40}?)\s*/\s*(?:--|[—–])\s*(?P<rest>.*)$")


def slash_service(head: str) -> tuple[str, str] | None:
    """(service, text after the dash) of a release opening with a slash-tagged dateline, the
    service's name as wires.toml spells a known one; else None. `head`: the text's first lines
    joined (a wrapped dateline continues on the next line)."""
    if "/" not in head[:200] or (m := _SLASH_TAG.match(head)) is None:
        return None
    return wire_of(head) or m.group("service").strip(), m.group("rest")


def issuer_of(name: str, rest: str, tail: list[str]) -> bool:
    """`name` is the release's issuer, not a publication: the text after the dateline opens with
    it ('… /Acmewire/ -- Acme Corp. today announced') or a 'SOURCE Acme Corp.' line closes it."""
    key = normalize_spaces(name).casefold().rstrip(".")
    if key and normalize_spaces(rest).casefold().startswith(key):
        return True
    return any(normalize_spaces(t).casefold().rstrip(".") == "source " + key for t in tail)
