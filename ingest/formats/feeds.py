"""RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds: one article per item or entry.

Parsed with defusedxml over the stdlib ElementTree rather than feedparser: a feed export is
well-formed XML in practice (a broken one fails the file with the parser's line and column),
and the stdlib parser lets us record each item's real line span in the file, which feedparser
hides; defusedxml refuses entity declarations, so a "billion laughs" feed fails instead of
exploding in memory. Fields, strongest statement first:

- title: the item's <title> (HTML titles lose their tags);
- outlet: an item-level <source> (RSS) or <source><title> (Atom), else the channel/feed title;
- date: pubDate / published / dc:date; Atom's <updated> only when nothing else is stated;
- authors: every dc:creator, RSS <author> ("mail (Name)"), Atom entry <author>s, else the
  feed-level Atom <author> (RFC 4287 says entries inherit it);
- url: <link> (Atom rel="alternate"), else a permalink <guid>;
- body: content:encoded / Atom <content>, else <description> / <summary>, HTML turned into
  paragraphs with the HTML reader's furniture pruning (formats/html.py).

A WordPress export (WXR) is RSS too; its `wp:` fields say which items are published posts,
who the logins are and the site's local date (formats/wxr.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, tostring

from bs4 import BeautifulSoup
from bs4.element import NavigableString

from ingest.charsets import declared_charset, decode_with_charset
from ingest.dates import parse_date
from ingest.formats.html_prune import prune
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.formats.wxr import WordPressExport, is_wxr
from ingest.formats.xmlspans import read_items
from ingest.metadata import canonical_url
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import normalize_spaces

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ITEMS = {"item", RSS1 + "item", ATOM + "entry"}
_RSS_AUTHOR = re.compile(r"^\s*\S+@\S+\s*\((?P<name>[^)]+)\)\s*$")  # "jdoe@example.com (Jane Doe)"
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figure",
           "figcaption", "tr", "ul", "ol", "table", "section", "article", "header", "footer", "aside", "hr"}
_BREAK = "\x00"  # marks a <br> until the text is split into lines


def read_feed(text: str) -> tuple[Element, list[tuple[int, int]]]:
    """The feed's root element and each item's (first, last) line; ValueError when the XML is
    malformed or declares entities."""
    return read_items(text, _ITEMS.__contains__, "feed")


def fragment_paragraphs(html: str) -> list[list[str]]:
    """An HTML fragment as paragraphs of lines: block elements separate paragraphs, <br> lines;
    furniture (share bars, related posts, ...) pruned as on a web page (formats/html.py)."""
    soup = BeautifulSoup(html, "lxml")
    for head in soup.find_all(["head", "title"]):
        head.decompose()  # a whole HTML document (a mail's HTML part): its <title> is no paragraph
    prune(soup)
    _keep_story_links(soup)
    for br in soup.find_all("br"):
        br.replace_with(NavigableString(_BREAK))
    for block in soup.find_all(_BLOCKS):
        block.insert_before(NavigableString("\n\n"))
        block.insert_after(NavigableString("\n\n"))
    paras: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", soup.get_text()):
        lines = [t for t in (normalize_spaces(x) for x in chunk.split(_BREAK)) if t]
        if lines:
            paras.append(lines)
    return paras


_CONTINUE = re.compile(r"^(read|continue|full story|more)\b|[→»›]$", re.I)


def _keep_story_links(soup: BeautifulSoup) -> None:
    """'Read more →' standing alone under a newsletter's item links to the item's own page:
    its address is written after the text, where the metadata stage reads a story's URL
    (metadata.extract_url: only when its slug spells the title) and cleaning drops the line."""
    for a in soup.find_all("a", href=True):
        href = str(a["href"])
        text = normalize_spaces(a.get_text(" "))
        if href.startswith("http") and 0 < len(text.split()) <= 8 and _CONTINUE.search(text):
            a.append(NavigableString(" " + href))


def text_paragraphs(text: str) -> list[list[str]]:
    """Plain text as paragraphs: blank lines separate them, single newlines break lines."""
    chunks = re.split(r"\n\s*\n", text)
    return [ls for ls in ([normalize_spaces(x) for x in c.split("\n") if x.strip()] for c in chunks) if ls]


def numbered(paras: list[list[str]], first: int, last: int) -> list[tuple[int, str]]:
    """Body lines for the Cleaner: paragraphs separated by one blank line, numbered from `first`
    and never past `last` (the markup has no line of its own for each paragraph)."""
    out: list[tuple[int, str]] = []
    for para in paras:
        if out:
            out.append((min(first + len(out), last), ""))
        out += [(min(first + len(out), last), line) for line in para]
    return out


def _local(el: Element) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _find(el: Element, *names: str) -> Element | None:
    for name in names:
        found = el.find(name)
        if found is not None:
            return found
    return None


def _text(el: Element | None) -> str | None:
    if el is None:
        return None
    return normalize_spaces("".join(el.itertext())) or None


def _markup(el: Element) -> str:
    """The HTML an element carries: escaped text (type="html", CDATA) or inline XHTML."""
    if len(el) and (el.get("type") == "xhtml" or el.text is None or not el.text.strip()):
        for node in el.iter():
            node.tag = _local(node)  # the XHTML namespace would hide <p> from the HTML reader
        return (el.text or "") + "".join(tostring(child, encoding="unicode") for child in el)
    return el.text or ""


def _title(el: Element | None) -> str | None:
    if el is None:
        return None
    raw = _markup(el)
    if el.get("type") in ("html", "xhtml") or "<" in raw:
        raw = BeautifulSoup(raw, "lxml").get_text(" ")
    return normalize_spaces(raw) or None


def _date(value: str | None) -> dt.date | None:
    """RFC 822 (RSS) or ISO 8601 (Atom, dc:date) as the date stated in its own time zone."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return parse_date(value)


def _atom_authors(el: Element) -> list[str]:
    return [n for a in el.findall(ATOM + "author") if (n := _text(a.find(ATOM + "name")) or _text(a))]


def _rss_authors(item: Element) -> list[str]:
    out = [t for c in item.findall(DC + "creator") if (t := _text(c))]
    for a in item.findall("author"):
        value = _text(a) or ""
        m = _RSS_AUTHOR.match(value)
        if m:
            out.append(m.group("name"))
        elif "@" not in value and value:
            out.append(value)  # many feeds put a bare name where RSS 2.0 wants an address
    return out


def _link(item: Element) -> str | None:
    for link in item.findall(ATOM + "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    link_text = _text(_find(item, "link", RSS1 + "link"))
    if link_text:
        return link_text
    guid = item.find("guid")
    if guid is not None and guid.get("isPermaLink", "true").lower() == "true":
        return _text(guid)
    return None


def _body(item: Element, tidy: Callable[[str], str] | None = None) -> list[list[str]]:
    """The item's text as paragraphs; `tidy` rewrites its markup first (WordPress shortcodes)."""
    for name in (CONTENT + "encoded", ATOM + "content", "description", RSS1 + "description", ATOM + "summary"):
        el = item.find(name)
        if el is None or not _markup(el).strip():
            continue
        raw = tidy(_markup(el)) if tidy else _markup(el)
        if el.get("type") == "text" or (name.startswith(ATOM) and el.get("type") is None):
            return text_paragraphs(raw)  # Atom's default type is plain text
        return fragment_paragraphs(raw)
    return []


def _channel(root: Element) -> tuple[Element | None, list[Element]]:
    """(channel or feed element, item elements) for the three dialects."""
    if root.tag == ATOM + "feed":
        return root, root.findall(ATOM + "entry")
    if _local(root) == "RDF":
        return root.find(RSS1 + "channel"), root.findall(RSS1 + "item")
    channel = root.find("channel")
    return channel, (channel.findall("item") if channel is not None else [])


def _item_source(item: Element) -> str | None:
    src = item.find("source")
    if src is not None:
        return _text(src)
    atom_src = item.find(ATOM + "source")
    return _text(atom_src.find(ATOM + "title")) if atom_src is not None else None


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per item/entry (see module docstring); the channel header is counted."""
    path = decoded.source.path
    text = decoded.text
    charset = declared_charset(decoded.source.data)
    if charset and not decoded.encoding.startswith(charset):
        text = decode_with_charset(decoded.source.data, charset)[0]  # the XML declaration decides
    root, spans = read_feed(text.lstrip("\ufeff"))
    channel, items = _channel(root)
    if len(spans) != len(items):
        spans = [(1, text.count("\n") + 1)] * len(items)  # nested look-alikes: fall back to the file
    lines = text.split("\n")
    head = channel if channel is not None else root
    outlet = ctx.outlets.canonical(_title(_find(head, "title", RSS1 + "title", ATOM + "title")))
    feed_authors = _atom_authors(head) if head.tag == ATOM + "feed" else []
    wxr = WordPressExport(channel) if channel is not None and is_wxr(channel) else None
    lang = head.get(XML_LANG) or root.get(XML_LANG) or _text(_find(head, "language", DC + "language"))
    inside: set[int] = set()
    position = 0
    for item, (first, last) in zip(items, spans, strict=True):
        inside.update(range(first, last + 1))
        if wxr is not None and (reason := wxr.rejection(item)):
            yield Rejection(path, reason, f"lines {first}-{last}", last - first + 1)
            continue
        own_outlet = ctx.outlets.canonical(_item_source(item)) or outlet
        # RFC 4287: an entry without authors takes its atom:source's, else the feed's.
        atom_src = item.find(ATOM + "source")
        inherited = _atom_authors(atom_src) if atom_src is not None else feed_authors
        authors = _atom_authors(item) or _rss_authors(item) or inherited
        stated = _text(_find(item, "pubDate", ATOM + "published", DC + "date", "{http://purl.org/dc/terms/}issued"))
        date = _date(stated) or _date(_text(item.find(ATOM + "updated")))
        if wxr is not None:
            authors, date = wxr.authors(item, _rss_authors(item)), wxr.date(item) or date
        url = _link(item)
        item_lang = item.get(XML_LANG) or lang
        cand = Candidate(
            source_path=path,
            position=position,
            start_line=first,
            end_line=last,
            raw_text="\n".join(lines[first - 1 : last]),
            body_lines=numbered(_body(item, wxr.markup if wxr else None), first, last),
            title=_title(_find(item, "title", RSS1 + "title", ATOM + "title")),
            outlet=own_outlet,
            published_on=date,
            authors=clean_authors(authors, own_outlet, ctx.bylines),
            url=canonical_url(url) if url and url.startswith("http") else None,
            language=re.split(r"[-_]", item_lang.strip().lower())[0] or None if item_lang else None,
        )
        if cand.title is None and not cand.body_lines:
            yield Rejection(path, "feed item with neither title nor text", f"lines {first}-{last}", last - first + 1)
            continue
        position += 1
        yield cand
    outside = sum(1 for n, line in enumerate(lines, 1) if n not in inside and line.strip())
    if outside:
        yield Rejection(path, "feed channel header and markup (not an article)", "", outside)
