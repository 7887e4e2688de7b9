"""JSON lines: one article per line (news-please, CC-News and similar crawler output).

Which key holds which field is data (ingest/data/jsonl_keys.toml), so another tool's shape is
one list entry away. A record is a text-format line: start_line = end_line = its line number,
raw_text the line as it stood. The body's newlines are paragraph breaks (crawlers join
paragraphs with one newline), so each line of it becomes a paragraph of its own. A domain
given as the outlet ("www.bbc.com") goes through the outlet aliases, else it is kept bare.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ingest.dates import parse_date
from ingest.formats.meta_clean import clean_authors, title_site
from ingest.formats.plaintext import ParseContext
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

KEYS_FILE = Path(__file__).parent.parent / "data" / "jsonl_keys.toml"
_DOMAIN = re.compile(r"^(?:www\d?\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)$", re.I)


@functools.lru_cache(maxsize=4)
def _load(path: Path) -> dict[str, list[str]]:
    with open(path, "rb") as fh:
        return {k: list(v) for k, v in tomllib.load(fh).items()}


def key_table() -> dict[str, list[str]]:
    """Field -> candidate keys, from KEYS_FILE (read once per path)."""
    return _load(KEYS_FILE)


def _at(record: dict[str, Any], key: str) -> Any:
    """The value at a dotted key: a name part reads an object's member, a number part an array's
    element (the Google Reader API's "canonical.0.href": a list of link objects)."""
    value: Any = record
    for part in key.split("."):
        if isinstance(value, dict):
            value = value.get(part)
        elif isinstance(value, list) and part.isdigit():
            value = value[int(part)] if int(part) < len(value) else None
        else:
            return None
    return value


def _get(record: dict[str, Any], field: str) -> Any:
    for key in key_table().get(field, []):
        value = _at(record, key)
        if value not in (None, "", [], {}):
            if field == "url" and not (isinstance(value, str) and value.lstrip().startswith(("http://", "https://"))):
                continue  # a key of the url list holding a name ("source": "Harbour Post"): try the next
            return value
    return None


def non_article_pages(records: list[dict[str, Any]]) -> set[int]:
    """Indexes of the records whose page type (keys: `page_type`) names a listing, home or tag
    page (`not_article_pages`), when another record of the file states another page type: a
    crawl that tells its pages apart (trafilatura's "pagetype": "article" beside "website")."""
    listing = {w.lower() for w in key_table().get("not_article_pages", [])}
    kinds = [_get(r, "page_type") for r in records]
    kinds = [k.strip().lower() if isinstance(k, str) else None for k in kinds]
    if not any(k is not None and k not in listing for k in kinds):
        return set()
    return {i for i, k in enumerate(kinds) if k in listing}


def _get_text(record: dict[str, Any], field: str) -> str | None:
    """The first of the field's keys whose value reads as text: a library API's `title` is an
    object naming the newspaper (Trove's {"id", "value"}), its headline sits under `heading`."""
    for key in key_table().get(field, []):
        if (text := _text(_at(record, key))) is not None:
            return text
    return None


def _get_str(record: dict[str, Any], field: str) -> str | None:
    """The first of the field's keys holding a string: a feed reader's "content" is an object
    ({"content": "<p>…", "direction": "ltr"}), read by the next key ("content.content")."""
    for key in key_table().get(field, []):
        if isinstance(value := _at(record, key), str) and value.strip():
            return value
    return None


def _get_url(record: dict[str, Any]) -> str | None:
    """The first absolute address among the url keys: an API's `url` may be a path relative to
    the API itself (Trove's "/newspaper/67120431") beside the reader's page (`troveUrl`)."""
    for key in key_table().get("url", []):
        if (text := _text(_at(record, key))) is not None and text.startswith(("http://", "https://")):
            return text
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return normalize_spaces(value) or None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return None


def _agency(value: Any) -> bool:
    """An author object flagged as a news agency (Event Registry's `isAgency`): the wire that
    supplied a republished story, not a person who wrote it (keys: `agency_flags`)."""
    return isinstance(value, dict) and any(value.get(k) is True for k in key_table().get("agency_flags", []))


def _authors(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [t for t in (_text(v) for v in value if not _agency(v)) if t]
    return [t] if not _agency(value) and (t := _text(value)) else []


_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d\d):?(\d\d)$", re.I)


def _zone(name: str) -> dt.tzinfo | None:
    """A zone the record names: an IANA name ('Europe/Lisbon') or an offset ('+01:00')."""
    if m := _OFFSET.match(name.strip()):
        minutes = int(m.group(2)) * 60 + int(m.group(3))
        return dt.timezone(dt.timedelta(minutes=-minutes if m.group(1) == "-" else minutes))
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


_UTC_STAMP = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$", re.I)


# Epoch values by their size: seconds (FreshRSS's "published"), milliseconds (Feedly's
# "published"), microseconds. Below 1e8 seconds (1973) a number is no timestamp (a year, an id).
_EPOCH_UNITS = ((1e8, 1e11, 1.0), (1e11, 1e14, 1e3), (1e14, 1e17, 1e6))


def epoch_instant(value: Any) -> dt.datetime | None:
    """A number (or a string of digits) read as a Unix timestamp, in UTC; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, str):
        # Only a timestamp's own lengths: "20261201" or "202612011530" are calendar digits.
        if not (value.strip().isdigit() and len(value.strip()) in (10, 13, 16)):
            return None
        value = int(value.strip())
    for low, high, per_second in _EPOCH_UNITS:
        if low <= value < high:
            return dt.datetime.fromtimestamp(value / per_second, dt.UTC)
    return None


def utc_only(record: dict[str, Any]) -> bool:
    """The record's date comes from a UTC timestamp (an ISO stamp in UTC, or an epoch value)
    that no stated local date or zone places: its day may be the next or the previous one
    where the story was published."""
    if isinstance(_get(record, "local_date"), str) or isinstance(_get(record, "timezone"), str):
        return False
    value = _get(record, "published_on")
    if isinstance(value, str) and _UTC_STAMP.search(value.strip()) is not None:
        return True
    return epoch_instant(value) is not None


def _published(record: dict[str, Any]) -> dt.date | None:
    """The publication day in the outlet's own time. A local date the record states wins; a
    timestamp with an offset is read as written; a UTC timestamp is moved into the zone the
    record names. Without a zone a UTC timestamp's own date stays: a zone is never invented."""
    local = _get(record, "local_date")
    if isinstance(local, str) and (day := parse_date(local)):
        return day
    value = _get(record, "published_on")
    zone_name = _get(record, "timezone")
    zone = _zone(zone_name) if isinstance(zone_name, str) else None
    if (instant := epoch_instant(value)) is not None:
        return instant.astimezone(zone).date() if zone is not None else instant.date()
    if not isinstance(value, str):
        return None
    if zone is not None:
        try:
            stamp = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            stamp = None
        if stamp is not None and stamp.tzinfo is not None:
            return stamp.astimezone(zone).date()
    return parse_date(value)


def _outlet(value: Any, ctx: ParseContext, page_title: str | None = None) -> str | None:
    name = _text(value)
    if name is None:
        return None
    if name.startswith(("http://", "https://")):
        name = urlsplit(name).hostname or name  # a site's home page names it by its domain
    m = _DOMAIN.match(name)
    if m and ctx.outlets.known(m.group(1)):
        return ctx.outlets.canonical(m.group(1))
    if m and page_title and (site := title_site(page_title, m.group(1))):
        return ctx.outlets.canonical(site)  # "Headline | Goldfields Gazette" from goldfieldsgazette.com.au
    return ctx.outlets.canonical(m.group(1) if m else name)


_HTML_BLOCK = re.compile(r"<(?:p|div|br|h[1-6]|li|blockquote)\b[^>]*>", re.I)
_BLOCK_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre"]


# OCR text served as HTML, one inline element per printed line (Trove's `<span>` per line): a word
# the compositor broke at a line end is split across two elements, "navi-</span>\n<span>gator".
_LINE_SPLIT = re.compile(r"([^\W\d_]+)-</span>\s*<span\b[^>]*>([^\W\d_][\w'’]*)")


def _join_line_splits(text: str) -> str:
    """'navi-</span>\n<span>gator' -> 'navigator', when the second half starts in lower case and
    the text never writes 'navi-gator' with its hyphen inside a line (then the hyphen is kept)."""
    def join(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        if not tail[0].islower():
            return m.group(0)
        whole = re.search(rf"(?<![\w-]){re.escape(head)}-{re.escape(tail)}(?!\w)", text) is not None
        return head + ("-" if whole else "") + tail

    return _LINE_SPLIT.sub(join, text) if "</span>" in text else text


def html_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text field holding HTML: furniture boxes pruned as on a web page
    (formats/html.py), one paragraph per innermost block element, entities decoded; words split
    across OCR line elements joined."""
    text = _join_line_splits(text)
    from bs4 import BeautifulSoup  # imported when a record holds HTML (ingest/formats/__init__.py)

    from ingest.formats.html_prune import prune

    soup = BeautifulSoup(text, "lxml")
    prune(soup)
    blocks = [b for b in soup.find_all(_BLOCK_TAGS) if not b.find(_BLOCK_TAGS)]
    # A newline inside a block is a space as a browser shows it (an OCR line per <span>).
    texts = [" ".join(b.get_text().split()) for b in blocks] if blocks else soup.get_text("\n").split("\n")
    return [t for t in (normalize_spaces(x) for x in texts) if t]


def _html_body(record: dict[str, Any]) -> str | None:
    """The first top-level field named "...html" that holds markup and whose name does not say it
    is a teaser or a title (keys: `not_body_words`): a tool's own name for its HTML body field,
    read without listing every tool's spelling of it."""
    words = [w.lower() for w in key_table().get("not_body_words", [])]
    for key, value in record.items():
        name = key.lower()
        if not name.endswith("html") or any(w in name for w in words):
            continue
        if isinstance(value, str) and _HTML_BLOCK.search(value):
            return value
    return None


MAX_HEAD_PARAGRAPHS = 3  # a deck of one or two lines, then a credit
MAX_HEAD_WORDS = 12
_CREDIT_PARA = re.compile(r"^\([^()]{3,60}\)\.?$")  # "(From Our Correspondent.)", "(By Cable.)"


def head_matter(paras: list[str]) -> int:
    """How many leading paragraphs of a headed record are a printed story's head matter, not its
    text: decks in capitals ("FLOODS RECEDE.") and a credit wholly in parentheses ("(By a Staff
    Writer.)"), as a library's OCR of a newspaper article keeps them above the text. Prose (any
    lower-case word outside parentheses) ends the head; at least one paragraph stays."""
    n = 0
    while n < min(MAX_HEAD_PARAGRAPHS, len(paras) - 1):
        para = paras[n]
        caps = any(c.isalpha() for c in para) and not any(c.islower() for c in para)
        if not (len(para.split()) <= MAX_HEAD_WORDS and (caps or _CREDIT_PARA.match(para))):
            break
        n += 1
    return n


def _status(record: dict[str, Any]) -> int | None:
    """The HTTP status a read-later tool got when it fetched the page (keys: `fetch_status`)."""
    value = _get(record, "fetch_status")
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    return value if isinstance(value, int) and not isinstance(value, bool) else None


MAX_FAILURE_WORDS = 60  # a tool's "could not fetch" notice is a sentence or two, never a story


def not_article(record: dict[str, Any], cand: Candidate) -> str | None:
    """Why a record is no article, else None: a save whose fetch failed (an HTTP error status
    with no more than a notice as text, or the tool's own failure notice: keys `fetch_status`,
    `fetch_failures`), or a reference manager's citation with no text (CSL-JSON: a key of
    `citation_keys`; its abstract is the outlet's standfirst): a reference, no copy. A news
    record stating only a headline stays one, as a digest's headline-only item does."""
    text = " ".join(t for _, t in cand.body_lines)
    short = len(text.split()) <= MAX_FAILURE_WORDS
    status = _status(record)
    if status is not None and status >= 400 and short:
        return f"record of a failed fetch (HTTP {status}), not an article"
    lowered = text.lower()
    if short and any(p.lower() in lowered for p in key_table().get("fetch_failures", [])):
        return "record holding a read-later tool's fetch-failure notice, not an article"
    if not cand.body_lines and cand.title is None:
        return "record with neither title nor text"
    if not cand.body_lines and any(k in record for k in key_table().get("citation_keys", [])):
        return "citation record with no article text (a reference manager's metadata)"
    return None


def record_candidate(
    record: dict[str, Any], path: str, position: int, lineno: int, raw: str, ctx: ParseContext
) -> Candidate:
    body = _get_str(record, "body") or _html_body(record)
    text = body if isinstance(body, str) else ""
    if "<" in text and _HTML_BLOCK.search(text):
        paras = html_paragraphs(text)  # a scraper that kept the markup: <p>, entities, ad boxes
        if _get_text(record, "title"):
            paras = paras[head_matter(paras):]
    else:
        paras = [p for p in (x.strip() for x in text.replace("\r\n", "\n").split("\n")) if p]
    lines: list[tuple[int, str]] = []
    for i, para in enumerate(paras):
        lines += [(2 * i + 1, para), (2 * i + 2, "")]
    page_title = _get(record, "site_title")
    outlet = _outlet(_get(record, "outlet"), ctx, page_title if isinstance(page_title, str) else None)
    url = _get_url(record)
    lang = _text(_get(record, "language"))
    return Candidate(
        source_path=path,
        position=position,
        start_line=lineno,
        end_line=lineno,
        raw_text=raw,
        body_lines=lines[:-1],
        title=_get_text(record, "title"),
        outlet=outlet,
        published_on=_published(record),
        authors=clean_authors(_authors(_get(record, "authors")), outlet, ctx.bylines),
        url=canonical_url(url) if url and url.startswith("http") else None,
        language=re.split(r"[-_]", lang.lower())[0] if lang else None,
        date_inferred=utc_only(record),
    )


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per JSON object line; other lines are rejected with the reason."""
    path = decoded.source.path
    position = 0
    records: list[tuple[int, str, dict[str, Any]]] = []
    for lineno, raw in enumerate(decoded.text.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError:
            yield Rejection(path, "JSON-lines line that is not valid JSON", f"line {lineno}", 1)
            continue
        if not isinstance(record, dict):
            yield Rejection(path, "JSON-lines line that is not an object", f"line {lineno}", 1)
            continue
        records.append((lineno, raw, record))
    listings = non_article_pages([r for _, _, r in records])
    for index, (lineno, raw, record) in enumerate(records):
        if index in listings:
            yield Rejection(path, "JSON-lines record of a listing or home page, not an article", f"line {lineno}", 1)
            continue
        cand = record_candidate(record, path, position, lineno, raw, ctx)
        if (why := not_article(record, cand)) is not None:
            yield Rejection(path, f"JSON-lines {why}", f"line {lineno}", 1)
            continue
        position += 1
        yield cand
