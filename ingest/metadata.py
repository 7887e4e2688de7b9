"""Metadata the body itself states: a byline under a standfirst, a reporting-credit line, the
article's own URL. The header block gave the rest (see formats/plaintext.py).

A cascade of small `extract_*` functions; each returns a value or None and never guesses.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterator
from itertools import compress
from operator import itemgetter, not_
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ingest.bylines import SIGNOFF_DASHES, Bylines
from ingest.dates import date_line, split_trailing_date
from ingest.records import Candidate
from ingest.text import URL_RE, clean_line, is_time_line, is_url_line, words

HEAD_LINES = 4  # a byline may sit under a standfirst, within the first few lines of the body
TAIL_LINES = 6  # the article's own URL is pasted among its last lines
# "Read original article: https://…", "Permalink: https://…": a labelled link to the article itself.
# "Continue reading at The Daily X → https://…": a newsletter item's link to its own page.
# "Share this story: https://…" under a newsletter's item: the address it asks readers to pass on.
_URL_LABEL = re.compile(r"^(read (the )?original( article| story)?|original (article|story|url)|url|link|permalink|"
                        r"share(?: this)?(?: story| article| post| item)?|"
                        r"source url|web link|(?:read|view)(?: it| this story)? online|"
                        r"(read more|read it|read|keep reading|continue reading|read the full (story|article))"
                        r"( (at|on) [^:/]{1,40})?)"  # "Read on thecurator.com →" under a newsletter's essay
                        r"\s*[:→»›]?\s*[(<]?(https?://|www\.)\S+$", re.I)  # 'Read more (https://…)'
# A linked headline in a mail client's text rendering: 'Headline <https://…>' (Outlook's "Save
# as text" writes every link after its words). The link is the item's address, not headline.
_TITLE_LINK = re.compile(r"\s+<?(https?://[^\s<>]+)>?\s*$")
# 'Read on the web → https://…' read as a title: a link's label, not a linked headline (whose
# link could be the item's neighbour's).
_LINK_LABEL = re.compile(r"^(?:read|view|continue|open|see|visit)\b", re.I)
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|src|smid|mod)$", re.I)
# A full date as path segments: /2024/11/05/ (a CMS permalink). Year and month alone say nothing.
_PATH_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)")
_QUOTED = re.compile(r'^(["“])([^"“”]+)(["”])$')
_SLUG_SPLIT = re.compile(r"[^a-z0-9]+")
_STOP = {"the", "a", "an", "of", "in", "on", "to", "and", "for", "with", "is", "are", "as", "at", "by", "or"}


def _first_nonblank(lines: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The first k non-blank lines: metadata sits at the edges, so the scan stops early."""
    out: list[tuple[int, str]] = []
    if k <= 0:
        return out
    for item in lines:
        if clean_line(item[1]):
            out.append(item)
            if len(out) == k:
                break
    return out


def _last_nonblank(lines: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The last k non-blank lines, in line order."""
    out: list[tuple[int, str]] = []
    if k <= 0:
        return out
    for item in reversed(lines):
        if clean_line(item[1]):
            out.append(item)
            if len(out) == k:
                break
    out.reverse()
    return out


def extract_body_byline(cand: Candidate, bylines: Bylines) -> Iterator[tuple[int, list[str]]]:
    """Byline lines near the top of the body: 'By X | date' or 'X and Y 5 October, 2020 1:15 pm'."""
    return _head_bylines(_first_nonblank(cand.body_lines, HEAD_LINES), bylines)


HEAD_PROSE_WORDS = 25  # a paragraph of text: a dash sign-off under it signs the text, not the head


def _prose(s: str) -> bool:
    return len(s) > 2 * HEAD_PROSE_WORDS and len(words(s)) > HEAD_PROSE_WORDS


def _head_bylines(head: list[tuple[int, str]], bylines: Bylines) -> Iterator[tuple[int, list[str]]]:
    for k, (n, text) in enumerate(head):
        s = clean_line(text)
        if k and s.startswith(SIGNOFF_DASHES) and any(_prose(clean_line(t)) for _, t in head[:k]):
            continue  # a short letter's signature under its text ('— Jane Roe, Leeds'): extract_signoff's
        names = bylines.byline(s)
        if names is None:
            names = bylines.dated_names(s)
        if names is None:
            names = bylines.role_byline(s)  # "Jane Roe, Senior Lecturer in Hydrology, University of X"
        if names is not None:
            yield n, names


def extract_credits(cand: Candidate, bylines: Bylines) -> list[str] | None:
    """'(Reporting by X; Editing by Y)' anywhere in the body: the reporters, in order."""
    for text in reversed(_blocks(cand.body_lines)):
        names = bylines.credits(text)
        if names:
            return names
    return None


SIGNOFF_LINES = 3  # a letter's signature, then at most a note on how to send one ('Submit a letter: …')


def extract_signoff(cand: Candidate, bylines: Bylines) -> list[str] | None:
    """A writer's sign-off under the text ('— Doreen Matsuda, Gig Harbor', '-- J. Roe'): a
    letter to the editor, a signed column with no byline on top. Its names are the authors."""
    for _, text in reversed(_last_nonblank(cand.body_lines, SIGNOFF_LINES)):
        s = clean_line(text)
        if (names := bylines.signoff(s)) and all(" " in name for name in names):
            return names  # ('— Reuters' under wire copy names the agency, not a writer: no author)
    return None


def _blocks(lines: list[tuple[int, str]]) -> list[str]:
    """Blank-separated blocks joined into one line each: a credit line may be hard-wrapped."""
    out: list[str] = []
    cur: list[str] = []
    for _, text in lines:
        s = clean_line(text)
        if s:
            cur.append(s)
        elif cur:
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


# 'LISBON, Portugal (AP) — …', 'OSLO, May 4 (Nordwire) -': the place in capitals, the agency in
# brackets before a dash. Any name-shaped agency counts (a digest of a wire nobody listed is as
# much the wire's); bracketed words that name none are in ingest/data/wires.toml [dateline].
_DATELINE_AGENCY = re.compile(
    r"^[A-ZÀ-Ý]{2,}[\w .,'’-]{0,60}?\((AP|Reuters|AFP|Bloomberg|dpa|Xinhua|UPI"
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\)\s*(?:--|[—–-])")
WIRES_FILE = Path(__file__).resolve().parent / "data" / "wires.toml"


def _not_agencies(path: Path = WIRES_FILE) -> frozenset[str]:
    with path.open("rb") as fh:
        return frozenset(w.lower() for w in tomllib.load(fh).get("dateline", {}).get("not_agencies", []))


_NOT_AGENCIES = _not_agencies()


def extract_agency(cand: Candidate) -> str | None:
    """'LISBON, Portugal (AP) — …': a wire dateline names the agency; used only when the header
    stated no outlet."""
    return _head_agency(_first_nonblank(cand.body_lines, 2))


_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]+(?: (?:of |and |& )?[A-Z][\w'’-]+){1,5}")


def _spelled_out(agency: str, body: list[tuple[int, str]]) -> str:
    """'TNS' -> 'Tidewater News Service' when the copy spells out the name its initials stand
    for (a name line above the dateline, a '(c) 2026 Tidewater News Service' line): the
    agency's name, not its abbreviation."""
    if not (agency.isupper() and 2 <= len(agency) <= 5):
        return agency
    for _, text in body:
        if agency[0] not in text:
            continue
        for m in _NAME_RUN.finditer(text):
            parts = m.group(0).split()
            initials = "".join(w[0] for w in parts if w[0].isupper())
            hyphened = "".join(h[0] for w in parts for h in w.split("-") if h[:1].isupper())  # "Pan-Pacific"
            if agency in (initials, hyphened):
                return m.group(0)
    return agency


def _head_agency(head: list[tuple[int, str]]) -> str | None:
    for _, text in head:
        m = _DATELINE_AGENCY.match(clean_line(text))
        if m and m.group(1).lower() not in _NOT_AGENCIES:
            return m.group(1)
    return None


def canonical_url(url: str) -> str:
    """Drop tracking parameters and fragments; keep everything that identifies the page."""
    parts = urlsplit(url.strip("<>()[]. "))
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def _slug_matches(url: str, title: str) -> bool:
    path = urlsplit(url).path.lower()
    slug_words = {w for w in _SLUG_SPLIT.split(path) if w and w not in _STOP}
    title_words = [w for w in (x.lower() for x in words(title)) if w not in _STOP]
    if len(title_words) < 2:
        return False
    hits = sum(1 for w in title_words if w in slug_words)
    if hits / len(title_words) >= 0.5:
        return True
    # A short slug that keeps a few of the headline's words ("lamb-imports-fall-chinese-demand"
    # for a twelve-word headline): most of the slug's words are the title's.
    slug = [w for w in _SLUG_SPLIT.split(path.rstrip("/").rsplit("/", 1)[-1]) if w and w not in _STOP]
    title_set = set(title_words)
    return len(slug) >= 3 and sum(1 for w in slug if w in title_set) >= max(3, 0.6 * len(slug))


# "Source: https://…" under a pasted article: its address, and also the line the cleaner's
# original-source rule cuts the trailer at (a poster's signature below it), so it is left to
# the cleaner rather than taken out of the body here.
_SOURCE_URL = re.compile(r"^(?:source|via|quelle|fuente|fonte|bron)\s*:\s*(?:https?://|www\.)\S+$", re.I)


def extract_url(cand: Candidate) -> tuple[int, str] | None:
    """A URL line among the last lines whose slug spells the title: the article's own address."""
    if not cand.title:
        return None
    for n, text in reversed(_last_nonblank(cand.body_lines, TAIL_LINES)):
        s = clean_line(text)
        if ":" not in s and "w." not in s and "W." not in s:
            # Only a URL_RE match is taken below, and every match holds "://" or a "w" in some
            # case before a dot ("www."; no other character matches 'w' case-insensitively):
            # three plain scans, without lower-casing the paragraph (~3 ns a character).
            continue
        labelled = _URL_LABEL.match(s) is not None
        if labelled or is_url_line(text) or _SOURCE_URL.match(s):
            m = URL_RE.search(s)
            # A labelled link whose permalink carries the item's own date is its address even when
            # its slug is a desk's shorthand ('Read online: …/2026/11/30/rate-case/'); a bare or
            # undated link must spell the title (a click-tracker spells nothing).
            if m and (_slug_matches(m.group(0), cand.title) or (labelled and _dated_on(m.group(0), cand))):
                url = m.group(0)
                return n, canonical_url(url if "://" in url else "https://" + url)
    return None


def _dated_on(url: str, cand: Candidate) -> bool:
    """The URL's path states the candidate's own (stated, not inferred) publication date."""
    return cand.published_on is not None and not cand.date_inferred and url_date(url) == cand.published_on


def url_date(url: str | None) -> dt.date | None:
    """The date a permalink's path spells (/2024/11/05/slug): stated by the URL, so taken when
    nothing else states one. None for /2024/11/ or an impossible day."""
    m = _PATH_DATE.search(urlsplit(url).path) if url else None
    if m is None:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def unquote_title(title: str | None) -> str | None:
    """'"Headline"': a headline a poster put in quotes as a whole is the headline (a title that
    quotes someone and goes on, '"We will not yield," says minister', keeps its quotes)."""
    m = _QUOTED.match(title.strip()) if title and title[0] in "\"“" else None
    return m.group(2).strip() if m else title


_UPDATE_LABEL = re.compile(r"\b(?:updated|modified|edited|amended|corrected)\W*$", re.I)


def byline_date(line: str) -> dt.date | None:
    """The date a byline line ends with ('By Jane Roe | November 29, 2026'): the article's, as
    a pasted page's byline states it; never an update stamp ('By Jane Roe, updated 3 May 2025')."""
    dated = split_trailing_date(clean_line(line))
    return dated[1] if dated and not _UPDATE_LABEL.search(dated[0]) else None


def enrich(cand: Candidate, bylines: Bylines) -> Candidate:
    """Fill what the body states; lines read as metadata join the header (removed from the body)."""
    # The body's first lines, read once: nothing below changes the body before its last line.
    # (The first two of them are the first two non-blank lines extract_agency reads.)
    head = _first_nonblank(cand.body_lines, HEAD_LINES)
    for n, names in _head_bylines(head, bylines):
        if not cand.authors:
            cand.authors = names
        cand.header_lines.add(n)
        if cand.published_on is None:
            cand.published_on = byline_date(next(t for k, t in head if k == n))
    for n, text in head:
        s = clean_line(text)
        if is_time_line(s):
            cand.header_lines.add(n)
        elif (date := date_line(s)) is not None:  # "Published: June 5, 2023 6.14am BST" under a standfirst
            cand.published_on = cand.published_on or date
            cand.header_lines.add(n)
    if cand.outlet is None and (agency := _head_agency(head[:2])):
        cand.outlet = _spelled_out(agency, cand.body_lines)
    if not cand.authors:
        cand.authors = extract_credits(cand, bylines) or []
    if not cand.authors and (signed := extract_signoff(cand, bylines)) is not None:
        cand.authors = signed  # (the line stays: the cleaner takes it, and the trailer under it)
    if (cand.title and "://" in cand.title and (m := _TITLE_LINK.search(cand.title)) is not None
            and not _LINK_LABEL.match(cand.title)):
        cand.title, cand.url = cand.title[: m.start()], cand.url or canonical_url(m.group(1))
    found = extract_url(cand)
    if found:
        n, url = found
        cand.url = cand.url or url
        if not any(k == n and _SOURCE_URL.match(clean_line(t)) for k, t in _last_nonblank(cand.body_lines, TAIL_LINES)):
            cand.header_lines.add(n)
    cand.published_on = cand.published_on or url_date(cand.url)
    cand.title = unquote_title(cand.title)
    cand.body_lines = _without(cand.body_lines, cand.header_lines)
    return cand


def _without(body: list[tuple[int, str]], numbers: set[int]) -> list[tuple[int, str]]:
    """The body lines whose number is not in `numbers`, in order. The same filter as a list
    comprehension, run by C iterators: it touches every line of every article."""
    return list(compress(body, map(not_, map(numbers.__contains__, map(itemgetter(0), body)))))
