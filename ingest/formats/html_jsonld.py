"""The article's own schema.org record (JSON-LD) as the first step of the page cascade
(ingest/formats/html_meta.py): headline, published date, authors, URL, language, publisher.
Apart from the rest of the cascade because reading JSON-LD needs no look at the page's markup."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ingest.dates import parse_date
from ingest.formats.meta_clean import vocabulary
from ingest.text import normalize_spaces

if TYPE_CHECKING:  # bs4 is imported where a page is read (ingest/formats/__init__.py)
    from bs4 import BeautifulSoup

    from ingest.formats.html_meta import PageMeta


def stated_text(value: Any) -> str | None:
    """A stated string, spaces normalised. HTML entities are decoded: CMSs write JSON-LD and
    meta values from the escaped HTML of the headline ('O&#039;Donnell', '&#8216;Game&#8217;')."""
    if isinstance(value, str):
        s = normalize_spaces(html.unescape(value) if "&" in value else value)
        return s or None
    return None


def jsonld_nodes(soup: BeautifulSoup) -> Iterator[dict[str, Any]]:
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        raw = (script.string or "").strip().removeprefix("<![CDATA[").removesuffix("]]>")
        try:
            data = json.loads(raw)
        except ValueError:
            continue  # broken JSON-LD is common; the other cascades still run
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if isinstance(node, dict):
                yield node
                graph = node.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(node, list):
                stack.extend(node)


def _types(node: dict[str, Any]) -> set[str]:
    t = node.get("@type")
    return {x for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def _names(value: Any, nodes: dict[str, dict[str, Any]], people: bool = False) -> list[str]:
    """Names from a schema.org author/publisher value: a string, an object, an @id, or a list.
    With `people`, an object typed as an organisation is left out: a CMS that credits the
    newsroom ('"author": {"@type": "Organization", "name": "Example Online"}') names no person."""
    orgs = set(vocabulary()["jsonld"]["organization_types"]) if people else set()
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str):
            item = nodes.get(item["@id"], item)
        if isinstance(item, dict) and _types(item) & orgs:
            continue
        name = stated_text(item.get("name")) if isinstance(item, dict) else stated_text(item)
        if name:
            out.append(name)
    return out


def from_jsonld(soup: BeautifulSoup, meta: PageMeta, raw_authors: list[str]) -> str | None:
    """Fill what the article's JSON-LD record states; returns its publisher name."""
    nodes = list(jsonld_nodes(soup))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    kinds = set(vocabulary()["jsonld"]["article_types"])
    article = next((n for n in nodes if _types(n) & kinds), None)
    site = next((stated_text(n.get("name")) for n in nodes if "WebSite" in _types(n)), None)
    if article is None:
        return site
    meta.is_article = True
    meta.title = stated_text(article.get("headline")) or stated_text(article.get("name"))
    date = stated_text(article.get("datePublished"))
    meta.published_on = parse_date(date) if date else None
    meta.utc_stamp = bool(date) and str(date).endswith(("Z", "+00:00", "+0000"))
    # schema.org's creator is the same statement as author: read only where author is absent,
    # so a creator string cannot name someone the typed author value said was an organisation.
    author = article.get("author")
    raw_authors += _names(author if author else article.get("creator"), by_id, people=True)
    url = article.get("url") or article.get("mainEntityOfPage")
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    if isinstance(url, str) and url.startswith("http"):
        meta.url = url
    body = article.get("articleBody")
    meta.article_body = body if isinstance(body, str) and body.strip() else None
    free = article.get("isAccessibleForFree")
    meta.paywalled = free is False or (isinstance(free, str) and free.strip().lower() == "false")
    lang = article.get("inLanguage")
    meta.language = stated_text(lang) if isinstance(lang, str) else None
    publisher = _names(article.get("publisher"), by_id)
    return publisher[0] if publisher else site
