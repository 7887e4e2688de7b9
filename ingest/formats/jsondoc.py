"""JSON documents: an array of article records, or an object holding one. News APIs and
monitoring tools export this way (NewsAPI's `{"status": …, "articles": [...]}`, newscatcher, Event Registry's
`{"articles": {"results": [...]}}`,
a scraper's `json.dump` of its items), pretty-printed over many lines or minified into one.

Records are read exactly as JSON-lines records are (ingest/formats/jsonl.py: which key holds
which field is data, ingest/data/jsonl_keys.toml). The array is found by walking the top level
with the json module's own `raw_decode`, element by element, so each record keeps its real
line span and raw text in the file, and nothing is decoded twice. Lines outside every record
(the wrapper's other members, brackets) are counted as dropped with a reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ingest.formats.jsonl import key_table, non_article_pages, not_article, record_candidate
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[\ufeff \t\n\r]*")  # JSON whitespace, and a byte-order mark at the start


def skip_space(text: str, i: int) -> int:
    m = _SPACE.match(text, i)
    return m.end() if m else i


def elements(text: str, start: int) -> Iterator[tuple[int, int, Any]]:
    """(start, end, value) of each element of the array whose '[' is at `start`."""
    i = skip_space(text, start + 1)
    if text.startswith("]", i):
        return
    while True:
        value, end = _DECODER.raw_decode(text, i)
        yield i, end, value
        i = skip_space(text, end)
        if text.startswith(",", i):
            i = skip_space(text, i + 1)
        elif text.startswith("]", i):
            return
        else:
            raise ValueError(f"expected ',' or ']' at line {text.count(chr(10), 0, i) + 1}")


def members(text: str, i: int) -> Iterator[tuple[Any, int]]:
    """(key, offset of its value) of each member of the object whose '{' is at `i`, in order.
    A caller that reads a value itself stops there; otherwise the value is skipped. Raises
    ValueError where the text is not JSON."""
    i = skip_space(text, i + 1)
    while not text.startswith("}", i):
        key, i = _DECODER.raw_decode(text, i)
        i = skip_space(text, i)
        if not text.startswith(":", i):
            raise ValueError(f"expected ':' at offset {i}")
        i = skip_space(text, i + 1)
        yield key, i
        _value, i = _DECODER.raw_decode(text, i)
        i = skip_space(text, i)
        if text.startswith(",", i):
            i = skip_space(text, i + 1)


def numbered_elements(text: str, start: int) -> Iterator[tuple[int, int, Any, int, int]]:
    """(start, end, value, first line, last line) of each element of the array at `start`:
    `elements` with the 1-based lines of the file each element spans."""
    line, seen = 1, 0
    for begin, end, value in elements(text, start):
        line += text.count("\n", seen, begin)
        last = line + text.count("\n", begin, end)
        yield begin, end, value, line, last
        line, seen = last, end


def _looks_like_article(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    keys = key_table()
    return any(k.split(".")[0] in value for field in ("title", "body") for k in keys[field])


def _first_is_article(text: str, start: int) -> bool:
    try:
        return any(_looks_like_article(value) for _, _, value in _first(text, start))
    except ValueError:
        return False


def _first(text: str, start: int) -> list[tuple[int, int, Any]]:
    for item in elements(text, start):
        return [item]
    return []


# Containers walked into: Event Registry's {"articles": {"results": [...]}} is depth 2, a library
# API's {"response": {"zone": [{"records": {"article": [...]}}]}} (Trove) depth 4.
MAX_DEPTH = 4


def _in_object(text: str, i: int, depth: int) -> Iterator[int]:
    """Offsets of the '[' of every article array among the members of the object whose '{' is
    at `i`, looking into member objects and arrays of objects up to MAX_DEPTH."""
    for _key, at in members(text, i):
        if text.startswith("[", at):
            if _first_is_article(text, at):
                yield at
            elif depth < MAX_DEPTH:
                yield from _in_array(text, at, depth + 1)
        elif text.startswith("{", at) and depth < MAX_DEPTH:
            yield from _in_object(text, at, depth + 1)


def _in_array(text: str, at: int, depth: int) -> Iterator[int]:
    """Article arrays inside the objects of a non-article array: a library API groups its records
    in zones or categories (Trove's `zone[]`, one per kind of material), each with its own list."""
    for begin, _end, value in elements(text, at):
        if isinstance(value, dict):
            yield from _in_object(text, begin, depth)


def find_all_records(text: str) -> list[int]:
    """Offsets of the '[' of every article array: the document itself, or each member array
    starting with an article record, in the top-level object or in objects and arrays nested in
    it (a paged API result: `{"articles": {"results": [...], "page": 1}}`; a library API's
    `{"response": {"zone": [{"records": {"article": [...]}}]}}`); empty if none."""
    i = skip_space(text, 0)
    if text.startswith("[", i):
        return [i] if _first_is_article(text, i) else []
    if not text.startswith("{", i):
        return []
    try:
        return list(_in_object(text, i, 1))
    except (ValueError, RecursionError):
        return []


def find_records(text: str) -> int | None:
    """Offset of the '[' of the first article array (find_all_records); None if none."""
    found = find_all_records(text)
    return found[0] if found else None


def sniff(text: str) -> bool:
    """A JSON document holding an array of article records. An object must be the whole
    text: JSON lines (one object per line) whose first record happens to hold a list of
    articles is not a document (and a one-line wrapper object is not a JSON-lines file)."""
    start = skip_space(text, 0)
    if not text.startswith(("[", "{"), start) or find_records(text) is None:
        return False
    if text.startswith("[", start):
        return True
    try:
        _value, end = _DECODER.raw_decode(text, start)
    except ValueError:
        return False
    return skip_space(text, end) == len(text)


_JSON_FEED = re.compile(r'"version"\s*:\s*"https?://jsonfeed\.org/version/')


def feed_defaults(text: str) -> dict[str, Any]:
    """What a JSON Feed (jsonfeed.org) states once for all its items, as record keys of the key
    table: the feed's `home_page_url` (the outlet, by its domain), its `title` (the site's name,
    taken as the outlet when the domain spells it: formats/jsonl.py), its `authors`/`author` (the
    spec makes items inherit them) and `language`. Empty for any other document: a generic
    wrapper's `title` is not an outlet."""
    i = skip_space(text, 0)
    if not text.startswith("{", i):
        return {}
    if not _JSON_FEED.search(text, 0, 4096):
        return _wrapper_publisher(text, i)
    wanted = {"home_page_url": "outlet", "title": "page_title", "authors": "authors", "author": "authors",
              "language": "language"}
    out: dict[str, Any] = {}
    try:
        for key, at in members(text, i):
            if key in wanted:
                value, _end = _DECODER.raw_decode(text, at)
                if value not in (None, "", [], {}):
                    out.setdefault(wanted[key], value)
    except ValueError:
        return out
    return out


def _wrapper_publisher(text: str, i: int) -> dict[str, Any]:
    """A wrapper object's own header naming who publishes its records ('{"newsroom": "Acme Corp.
    — Newsroom", …, "items": [...]}': a company newsroom's feed; keys in jsonl_keys.toml
    `feed_outlet`), as the record key `feed_outlet`, which the outlet keys read last: a record
    naming its own outlet keeps it. Only the members before the first array or object are read
    (a header precedes the records; nothing is decoded twice)."""
    wanted = set(key_table().get("feed_outlet", []))
    try:
        for key, at in members(text, i):
            if text.startswith(("[", "{"), at):
                break
            if key in wanted:
                value, _end = _DECODER.raw_decode(text, at)
                if isinstance(value, str) and value.strip():
                    return {"feed_outlet": value.strip()}
    except ValueError:
        return {}
    return {}


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per article record (module docstring)."""
    path, text = decoded.source.path, decoded.text
    total = text.count("\n") + 1
    starts = find_all_records(text)
    if not starts:
        yield Rejection(path, "JSON document without an array of article records", "", total)
        return
    defaults = feed_defaults(text)
    covered, position = 0, 0
    for start in starts:
        line = 1
        elements: list[tuple[int, int, Any, int, int]] = []
        broken: ValueError | None = None
        try:
            elements.extend(numbered_elements(text, start))
        except ValueError as exc:  # a record cut off or malformed: what was read is kept
            broken = exc
        records = [({**defaults, **value} if defaults else value) if isinstance(value, dict) else None
                   for _, _, value, _, _ in elements]
        # Listing and home pages among extracted pages (a crawler's "pagetype"; formats/jsonl.py).
        listings = non_article_pages([r for r in records if r is not None])
        index = -1
        for (begin, end, _, line, last), record in zip(elements, records, strict=True):
            span = f"lines {line}-{last}"
            covered += last - line + 1
            if record is None:
                yield Rejection(path, "JSON array element that is not an object", span, last - line + 1)
            elif (index := index + 1) in listings:
                yield Rejection(path, "JSON record of a listing or home page, not an article", span, last - line + 1)
            else:
                cand = record_candidate(record, path, position, line, text[begin:end], ctx)
                cand.end_line = last
                if (why := not_article(record, cand)) is not None:
                    yield Rejection(path, f"JSON {why}", span, last - line + 1)
                else:
                    position += 1
                    yield cand
            line = last
        if broken is not None:
            yield Rejection(path, f"JSON document broken after line {line}: {broken}", "", max(0, total - covered))
            return
    if total > covered:
        yield Rejection(path, "JSON document lines outside the article records", "", total - covered)
