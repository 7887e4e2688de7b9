"""IPTC wire XML: NewsML-G2 (`newsMessage` / `newsItem`) and NITF (`nitf`), one article per item.

Wire services deliver in these two IPTC formats; the story sits in named elements, so nothing
is guessed from layout. Fields, strongest statement first:

- title: NewsML-G2 `contentMeta/headline` (NITF: `hedline/hl1`, else `head/title`);
- outlet: the item's `provider` (the wire), else the `copyrightHolder`, else `infoSource`
  (NITF: `pubdata@name`, else `doc.copyright@holder`);
- date: `firstCreated` (when the story was first filed), else `contentCreated`; never
  `versionCreated` alone (a later correction) nor the message's `sent` stamp (the delivery).
  The date is the one the stamp states in its own offset: `2025-04-28T07:15+10:00` is 28 April
  (NITF: `date.issue@norm`);
- authors: `creator` names, else the `by` line (NITF: `byline/person`, else `byline`);
- url: an `itemMeta/link` to a web page (`irel:seeAlso`, `text/html`);
- body: the XHTML in `inlineXML` (or an embedded NITF `body.content`), else `inlineData` text.
  The `description` (a summary), `slugline`, `edNote` and rights are metadata, never body.

Parsed with defusedxml (entity declarations refused) like the feed reader (formats/feeds.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, tostring

from ingest.dates import parse_date
from ingest.formats.feeds import fragment_paragraphs, numbered, text_paragraphs
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.formats.xmlspans import read_items
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ITEMS = {"newsItem", "nitf"}
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(el: Element, name: str) -> Iterator[Element]:
    return (c for c in el.iter() if _local(c.tag) == name)


def _first(el: Element | None, *names: str) -> Element | None:
    if el is None:
        return None
    for name in names:
        found = next(_children(el, name), None)
        if found is not None:
            return found
    return None


def _text(el: Element | None) -> str | None:
    return normalize_spaces("".join(el.itertext())) or None if el is not None else None


def _name(el: Element | None) -> str | None:
    """A party's <name> child (NewsML-G2), else its own text."""
    return _text(_first(el, "name")) or _text(el) if el is not None else None


def _stamp_date(value: str | None) -> dt.date | None:
    """An ISO 8601 stamp (or NITF's compact 20250411T120000+0000) as the day it states."""
    if not value:
        return None
    value = value.strip()
    compact = re.match(r"^(\d{4})(\d\d)(\d\d)(?:T|$)", value)
    if compact:
        try:
            return dt.date(int(compact[1]), int(compact[2]), int(compact[3]))
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return parse_date(value)


def _markup(el: Element) -> str:
    for node in el.iter():
        node.tag = _local(node.tag)  # namespaces would hide <p> from the HTML reader
    return (el.text or "") + "".join(tostring(child, encoding="unicode") for child in el)


def _body(item: Element) -> list[list[str]]:
    content = _first(item, "body.content")  # NITF, alone or inside a NewsML-G2 item
    if content is not None:
        return fragment_paragraphs(_markup(content))
    inline = _first(item, "inlineXML")
    if inline is not None:
        return fragment_paragraphs(_markup(inline))
    data = _first(item, "inlineData")
    if data is not None and data.text:
        if "html" in (data.get("contenttype") or ""):
            return fragment_paragraphs(data.text)
        return text_paragraphs(data.text)
    return []


def _url(item: Element) -> str | None:
    for link in _children(item, "link"):
        href = link.get("href") or ""
        web_page = "seeAlso" in (link.get("rel") or "") or "html" in (link.get("contenttype") or "")
        if href.startswith("http") and web_page:
            return href
    return None


def _authors(item: Element) -> list[str]:
    creators = [n for c in _children(item, "creator") if (n := _name(c))]
    if creators:
        return creators
    people = [n for p in _children(item, "person") if (n := _text(p))]  # NITF byline/person
    if people:
        return people
    by = _text(_first(item, "by", "byline"))
    return [by] if by else []


def _outlet(item: Element) -> str | None:
    for name in ("provider", "copyrightHolder", "infoSource"):
        found = _name(_first(item, name))
        if found:
            return found
    pub = _first(item, "pubdata")
    if pub is not None and pub.get("name"):
        return pub.get("name")
    rights = _first(item, "doc.copyright")
    return rights.get("holder") if rights is not None else None


def _date(item: Element) -> dt.date | None:
    for name in ("firstCreated", "contentCreated"):
        found = _stamp_date(_text(_first(item, name)))
        if found:
            return found
    issue = _first(item, "date.issue")
    return _stamp_date(issue.get("norm") or _text(issue)) if issue is not None else None


def _language(item: Element) -> str | None:
    lang = item.get(XML_LANG) or next((x.get("tag") for x in _children(item, "language") if x.get("tag")), None)
    return re.split(r"[-_]", lang.strip().lower())[0] or None if lang else None


def _is_item(tag: str) -> bool:
    return _local(tag) in _ITEMS


def read(text: str) -> tuple[list[Element], list[tuple[int, int]]]:
    """The items and each item's (first, last) line; ValueError for malformed XML or entities.
    An NITF inside a newsItem is that item's body, not an item (outermost items only)."""
    root, spans = read_items(text, _is_item, "wire XML", outermost=True)
    if _is_item(root.tag):
        return [root], spans
    return [el for el in root.iter() if _local(el.tag) == "newsItem"], spans


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per newsItem (or the one NITF document); the message header is counted."""
    path = decoded.source.path
    text = decoded.text
    items, spans = read(text.lstrip("\ufeff"))
    lines = text.split("\n")
    if len(spans) != len(items):
        spans = [(1, len(lines))] * len(items)
    inside: set[int] = set()
    position = 0
    for item, (first, last) in zip(items, spans, strict=True):
        inside.update(range(first, last + 1))
        title = _text(_first(item, "headline", "hl1")) or _text(_first(item, "title"))
        outlet = ctx.outlets.canonical(_outlet(item))
        url = _url(item)
        cand = Candidate(
            source_path=path,
            position=position,
            start_line=first,
            end_line=last,
            raw_text="\n".join(lines[first - 1 : last]),
            body_lines=numbered(_body(item), first, last),
            title=title,
            outlet=outlet,
            published_on=_date(item),
            authors=clean_authors(_authors(item), outlet, ctx.bylines),
            url=canonical_url(url) if url else None,
            language=_language(item),
        )
        if cand.title is None and not cand.body_lines:
            yield Rejection(path, "wire item with neither headline nor text", f"lines {first}-{last}", last - first + 1)
            continue
        position += 1
        yield cand
    outside = sum(1 for n, line in enumerate(lines, 1) if n not in inside and line.strip())
    if outside:
        yield Rejection(path, "wire message header and markup (not an article)", "", outside)
