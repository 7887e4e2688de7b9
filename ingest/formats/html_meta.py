"""Web-page metadata: title, authors, published date, outlet, canonical URL and language.

A cascade per field, strongest source first: JSON-LD (the article's own schema.org record),
then <meta> tags, then what the page shows (an <h1>, a byline element, a <time>). Only the
*published* date is read, never a modified or crawl date. One exception to the order: a JSON-LD
author the page prints nowhere yields to a printed byline naming others. Authors pass through the byline
vocabulary so site names, job titles and menu words never become people (the string-level
cleanup other readers share is in ingest/formats/meta_clean.py). Which meta names count for
which field is data (ingest/data/webpages.toml).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ingest.bylines import Bylines
from ingest.dates import date_span, parse_date
from ingest.formats.html_jsonld import from_jsonld
from ingest.formats.html_jsonld import stated_text as _text
from ingest.formats.meta_clean import TITLE_SEP, clean_authors, is_domain, site_name, strip_site, title_site, vocabulary
from ingest.metadata import canonical_url
from ingest.outlets import OutletAliases, outlet_key
from ingest.text import normalize_spaces

if TYPE_CHECKING:  # bs4 is imported where a page is read (ingest/formats/__init__.py)
    from bs4 import BeautifulSoup, Tag

_BYLINE_CLASS = re.compile(r"(^|[\s_-])(byline|author|authors|author-name|writer|contributor)($|[\s_-])", re.I)
_DATE_CLASS = re.compile(r"(publish|pubdate|dateline|article-date|post-date|entry-date|timestamp)", re.I)
_MODIFIED = re.compile(r"(updat|modif|edit)", re.I)
_DATE_TEXT_CLASS = re.compile(r"(date|info|meta|byline|dateline|time)", re.I)
_AUTHOR_ATTR = re.compile(r"\b(author|creator)\b", re.I)


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    is_article: bool = False  # the page says it is an article (schema.org, og:type, <article>)
    utc_stamp: bool = False  # the date came from a UTC timestamp ('…T18:31:12+00:00', '…Z')
    article_body: str | None = None  # the JSON-LD articleBody, read only if the rendered text is a teaser
    paywalled: bool = False  # the JSON-LD says the article is not free to read (isAccessibleForFree)


@functools.lru_cache(maxsize=4)
def _elsewhere_re() -> re.Pattern[str]:
    words = vocabulary()["page"]["elsewhere"]
    return re.compile(r"(^|[\s_-])(" + "|".join(re.escape(w) for w in words) + ")", re.I)


def _elsewhere(el: Tag) -> bool:
    """The element sits in a block about other stories or by readers (comments, related
    teasers, reply forms): its bylines and dates are not the article's. The element and its
    ancestors are read; <body> and <html> classes describe the page, not one block."""
    from bs4 import Tag  # the caller has parsed a page: bs4 is loaded already

    node: Tag | None = el
    while isinstance(node, Tag) and node.name not in ("body", "html"):
        marks = " ".join([*(node.get("class") or []), str(node.get("id") or "")])
        if marks.strip() and _elsewhere_re().search(marks):
            return True
        node = node.parent
    return False


def _home_article(soup: BeautifulSoup) -> Tag | None:
    """The <article> holding the page's headline (the first <h1> inside an <article>), or None
    when no headline sits in one: then every block is read as before."""
    for h1 in soup.find_all("h1"):
        home = h1.find_parent("article")
        if home is not None:
            return home
    return None


def _other_story(el: Tag, home: Tag | None) -> bool:
    """The element sits in another story's <article>: a teaser card in an 'Onward journey' or
    'More stories' grid, or a comment nested in the article as the HTML spec marks comments.
    Known only when the headline sits in an <article> (home): an <article> that neither is it
    nor holds it is another story, whatever its classes say."""
    if home is None:
        return False
    node = el if el.name == "article" else el.find_parent("article")
    return node is not None and node is not home and not any(p is node for p in home.parents)


# -- meta tags ----------------------------------------------------------------------------------
def _meta_tags(soup: BeautifulSoup) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for m in soup.find_all("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        value = m.get("content")
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            tags.setdefault(key.strip().lower(), []).append(value.strip())
    return tags


def _first(tags: dict[str, list[str]], field_name: str) -> str | None:
    for key in vocabulary()["meta"][field_name]:
        if tags.get(key):
            return _text(tags[key][0])
    return None


# -- what the page shows ------------------------------------------------------------------------
def _visible_authors(soup: BeautifulSoup, bylines: Bylines) -> list[str]:
    """Byline elements (rel/itemprop author, byline/author classes), else the first short
    element that reads as a byline ('By Ana Souza') wherever the CMS put it."""
    found: list[str] = []
    home = _home_article(soup)
    for el in soup.select('[rel~="author"], [itemprop~="author"], [class], [id]'):
        cls = " ".join(el.get("class") or []) + " " + str(el.get("id") or "")
        # rel="nofollow" or itemprop="name" say nothing about authorship: only the author values count.
        stated = _AUTHOR_ATTR.search(" ".join([*(el.get("rel") or []), str(el.get("itemprop") or "")]))
        if (not (stated or _BYLINE_CLASS.search(cls)) or "bio" in cls.lower() or _elsewhere(el)
                or _other_story(el, home) or _picture_credit(el)):
            continue
        name_el = el.find(itemprop="name") if el.get("itemprop") else None
        text = _byline_line(name_el or el, bylines) or normalize_spaces((name_el or el).get_text(" "))
        if text and len(text) <= 120:
            found.append(text)
    if found:
        return found
    for el in soup.find_all(["span", "div", "p", "address"]):
        text = normalize_spaces(el.get_text(" "))
        if (0 < len(text) <= 80 and not el.find(["div", "p"]) and bylines.byline(text) and not _elsewhere(el)
                and not _other_story(el, home)):
            return [text]
    return found


def _byline_line(el: Tag, bylines: Bylines) -> str | None:
    """'By Claire Hebb<br>Atlantic News Service': of a byline element broken by <br>, the line
    that reads as a byline, without the role or agency printed under it."""
    from bs4 import Tag
    from bs4.element import NavigableString  # the caller has parsed a page: bs4 is loaded already

    if el.find("br") is None:
        return None
    lines: list[list[str]] = [[]]
    for node in el.descendants:
        if isinstance(node, Tag) and node.name == "br":
            lines.append([])
        elif isinstance(node, NavigableString) and type(node) is NavigableString:
            lines[-1].append(str(node))
    for parts in lines:
        line = normalize_spaces(" ".join(parts))
        if line and bylines.byline(line):
            return line
    return None


@functools.lru_cache(maxsize=1)
def _media_words() -> frozenset[str]:
    return frozenset(w.lower() for w in vocabulary()["authors"]["media_words"])


def _picture_credit(el: Tag) -> bool:
    """The element credits a picture, not the article: it sits in a <figure> or <figcaption>,
    or one of its class tokens joins a media word to the author word ('img-author',
    'photo-credit', 'image__byline'; webpages.toml [authors] media_words)."""
    if el.find_parent(["figure", "figcaption"]) is not None:
        return True
    media = _media_words()
    for token in el.get("class") or []:
        words = {w for w in re.split(r"[-_]+", token.lower()) if w}
        if words & media and words & {"author", "authors", "byline", "credit", "credits", "writer"}:
            return True
    return False


def _published_times(soup: BeautifulSoup) -> list[Tag]:
    """The page's <time> elements that may stamp the article's publication: not an 'updated'
    one (by its marks or its text), not one in a comment or another story; marked as the
    publication (pubdate, datePublished, a publish/timestamp class) or the page's only one."""
    home = _home_article(soup)
    times = soup.find_all("time")
    out = []
    for el in times:
        parent_class = el.parent.get("class") if el.parent is not None else None
        marks = " ".join([*(el.get("class") or []), str(el.get("itemprop") or ""), str(parent_class or "")])
        if _MODIFIED.search(marks) or _updated_text(el) or _elsewhere(el) or _other_story(el, home):
            continue
        if el.has_attr("pubdate") or "datePublished" in marks or _DATE_CLASS.search(marks) or len(times) == 1:
            out.append(el)
    return out


def _updated_text(el: Tag) -> bool:
    """The element's text opens with an update word ('Updated 10:48 p.m. ET, January 15'): a revision stamp."""
    head = normalize_spaces(el.get_text(" "))[:24].casefold()
    return bool(head) and any(head.startswith(w) for w in _update_words())


@functools.lru_cache(maxsize=1)
def _update_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in vocabulary()["pasted"]["update_words"])


def _visible_date(soup: BeautifulSoup) -> tuple[dt.date | None, bool]:
    """The date the page shows, and whether it was read from a UTC timestamp (a <time>'s
    datetime ending in 'Z' or '+00:00', which may not be the day the page's readers had)."""
    for el in _published_times(soup):
        value = str(el.get("datetime") or el.get_text(" "))
        date = parse_date(value)
        if date:
            return date, el.has_attr("datetime") and _utc(value)
    return _text_date(soup), False


def _text_date(soup: BeautifulSoup) -> dt.date | None:
    """A date printed in a date/info/meta box ('12.10.2015, 19:16 Uhr'; dotted numbers day-first)."""
    from ingest.formats.html_labels import shown_date  # a page reader's (bs4): see formats/__init__.py

    home = _home_article(soup)
    for el in soup.find_all(class_=_DATE_TEXT_CLASS):
        text = normalize_spaces(el.get_text(" "))
        if (len(text) <= 120 and not _in_furniture(el) and not _MODIFIED.search(text.split(",")[0][:12])
                and not _elsewhere(el) and not _other_story(el, home)):
            if date_span(text):
                continue  # an obituary's 'March 14, 1938 - November 29, 2026': a life, not a stamp
            date = shown_date(text)
            if date:
                return date
    return None


def _utc(value: str) -> bool:
    return value.strip().endswith(("Z", "z", "+00:00", "+0000"))


def _shown_day(soup: BeautifulSoup) -> dt.date | None:
    """The publication date as the page prints it for its readers: the text of its publication
    <time> ('January 14, 2027 at 10:12 p.m. EST' over datetime '2027-01-15T03:12:00Z'), else a
    date box's text. Never computed from a zone: only what the page states."""
    for el in _published_times(soup):
        date = parse_date(normalize_spaces(el.get_text(" ")))
        if date:
            return date
    return _text_date(soup)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) >= 2}


def _site_host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _in_furniture(el: Tag) -> bool:
    """Inside a comment thread, a related or most-read list, a sidebar (the cleanup class words):
    a date there is a comment's or another story's, never the article's."""
    words = _furniture_words()
    for parent in el.parents:
        if parent.name in ("html", "body", "article", "main"):
            break  # <body class="one-sidebar">: a page-wide mark, not a box around the date
        marks = " ".join([*(parent.get("class") or []), str(parent.get("id") or "")]).lower()
        if marks.strip() and words.search(marks):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _furniture_words() -> re.Pattern[str]:
    """The cleanup class words as whole class-name parts (as formats/html.prune matches them), plural too."""
    cleanup = vocabulary()["cleanup"]
    alt = "|".join(re.escape(w) for w in cleanup["class_words"] + cleanup["embed_classes"])
    return re.compile(rf"(^|[\s_-])({alt})s?($|[\s_-])")  # "comments" too


@functools.lru_cache(maxsize=1)
def _copyright_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    vocab = vocabulary()["copyright"]
    marks = "|".join(re.escape(m) for m in vocab["marks"])
    reserved = "|".join(re.escape(r) for r in vocab["reserved"])
    return re.compile(rf"(?:{marks})", re.I), re.compile(rf"(?:{reserved})|\s[|·•;–—-]\s|[|·•;]|\.(?:\s|$)", re.I)


_YEARS = re.compile(r"^(?:\d{4}(?:\s*[-–]\s*\d{4})?\b|[\s,.:·•|-])+|(?:[\s,]+\d{4})+$")


def _copyright_name(soup: BeautifulSoup, host: str) -> str | None:
    """The site name a copyright line signs ('© 2023 KBS WORLD All Rights Reserved.' on
    world.kbs.co.kr): the outlet of a page that names it nowhere else, when every word of the
    name is part of the host name (vocabulary in webpages.toml [copyright])."""
    mark, end = _copyright_patterns()
    compact = re.sub(r"[^a-z0-9]", "", host.lower())
    for string in soup.find_all(string=mark):
        text = normalize_spaces(str(string.parent.get_text(" ") if string.parent else string))
        found = mark.search(text)
        if found is None or len(text) > 300:
            continue
        rest = mark.sub(" ", text[found.end():])
        rest = _YEARS.sub("", rest.strip())
        name = _YEARS.sub("", end.split(rest, maxsplit=1)[0].strip()).strip(" .,:")
        words = re.findall(r"[^\W_]+", name.casefold())
        if (1 <= len(words) <= 5 and sum(map(len, words)) >= 3
                and all(len(w) >= 2 and w in compact for w in words)):
            return name
    return None


def _origin_link(soup: BeautifulSoup, url: str | None) -> str | None:
    """The original article a portal's copy links ('기사원문', 'Original article'; webpages.toml
    [portal] origin_labels) on another host than the page's own: the article's own URL."""
    labels = {x.casefold() for x in vocabulary().get("portal", {}).get("origin_labels", [])}
    if not labels:
        return None
    own = _site_host(url) if url else None
    for a in soup.find_all("a", href=True):
        href = a.get("href")
        if (isinstance(href, str) and href.startswith("http") and normalize_spaces(a.get_text(" ")).casefold() in labels
                and _site_host(href) != own and not _elsewhere(a)):
            return href
    return None


@functools.lru_cache(maxsize=1)
def _syndication_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cfg = vocabulary()["syndication"]
    notes = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in cfg["notes"])
    labels = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(cfg["link_labels"], key=len, reverse=True))
    return re.compile(rf"\b(?:{notes})\s+", re.I), re.compile(rf"^(?:{labels})\s+(?P<name>.+?)\s*$", re.I)


def _may_be_syndicated(html: str) -> bool:
    """A literal test before the tree walk: the page holds a syndication note's or link's words."""
    low = html.lower()
    return any(w in low for w in _syndication_literals())


@functools.lru_cache(maxsize=1)
def _syndication_literals() -> tuple[str, ...]:
    cfg = vocabulary()["syndication"]
    return tuple(p.lower() for p in cfg["notes"] + cfg["link_labels"])


_NAME_WORD = re.compile(r"^(?:[A-Z0-9À-Ý][\w'’&.-]*|of|the|and|for|on|de|la|le|du|der|die|das|&|·)$")
NAME_MAX_WORDS = 6


def _partner_name(text: str) -> str | None:
    """A publication's name: a few capitalised words (connectors allowed), no sentence."""
    name = normalize_spaces(text).strip(" .:,;–—-")
    toks = name.split()
    if (not toks or len(toks) > NAME_MAX_WORDS or not toks[0][:1].isupper()
            or not all(_NAME_WORD.match(t) for t in toks)):
        return None
    if any(t.isdigit() for t in toks) or parse_date(name) is not None:
        return None  # 'First published on Thu 2 Jan 2020': a date, not a publication
    return name


def _syndicated(soup: BeautifulSoup, own_host: str | None) -> tuple[str, str | None] | None:
    """The partner a platform's copy names (webpages.toml [syndication]), with the link to its
    page when that link leaves the platform's host: (name, url or None), else None."""
    from bs4 import Tag

    note, label = _syndication_res()
    for string in soup.find_all(string=note):
        block = string.find_parent(["p", "div", "li", "footer", "section", "small", "em", "i", "span"])
        if not isinstance(block, Tag) or block.find_parent(["script", "style"]) is not None:
            continue
        text = normalize_spaces(block.get_text(" "))
        m = note.search(text)
        if m is None or len(text) > 400:
            continue
        after = text[m.end():]
        for a in block.find_all("a"):
            shown = normalize_spaces(a.get_text(" "))
            if shown and after.startswith(shown) and (name := _partner_name(shown)):
                href = a.get("href")
                away = isinstance(href, str) and href.startswith("http") and _site_host(href) != own_host
                return name, href if away and isinstance(href, str) else None
        if (name := _partner_name(re.split(r"[:.]\s|\s[–—-]\s|[:.]$", after, maxsplit=1)[0])) is not None:
            return name, None
    for a in soup.find_all("a", href=True):
        href = a.get("href")
        m = label.match(normalize_spaces(a.get_text(" ")))
        if (m and isinstance(href, str) and href.startswith("http") and _site_host(href) != own_host
                and not _elsewhere(a) and (name := _partner_name(m.group("name")))):
            return name, href
    return None


def _press_name(soup: BeautifulSoup) -> str | None:
    """The paper a portal's copy comes from: its press logo's alt text or the press element's text."""
    from bs4 import Tag

    classes = {x.lower() for x in vocabulary().get("portal", {}).get("press_classes", [])}
    for el in soup.find_all(class_=lambda c: bool(c) and c.lower() in classes):
        img = el if el.name == "img" else el.find("img")
        alt = img.get("alt") if isinstance(img, Tag) else None
        name = normalize_spaces(alt if isinstance(alt, str) and alt.strip() else el.get_text(" "))
        if name and len(name) <= 60:
            return name
    return None


_HOME_HREF = re.compile(r"^(?:/|\./?|(?:index|default|home)\.\w+)?$", re.I)


def _logo_name(soup: BeautifulSoup, title: str) -> str | None:
    """The alt text of the logo linking the site's home page ('<a href="/"><img alt="المرفأ">'),
    when the <title>'s site part names it too ('… - موقع المرفأ'): the outlet of a page that
    states no URL and no site name. Both must agree, so a decorative alt never is."""
    from bs4 import Tag

    parts = [p for p in TITLE_SEP.split(normalize_spaces(title)) if p.strip()]
    if len(parts) < 2:
        return None  # a title without a site part names no site
    for a in soup.find_all("a", href=_HOME_HREF, limit=20):
        img = a.find("img")
        alt = normalize_spaces(str(img.get("alt") or "")) if isinstance(img, Tag) else ""
        if alt and len(alt) <= 60 and any(_words(alt) and _words(alt) <= _words(p) for p in parts):
            return alt
    return None


def _h1(soup: BeautifulSoup, outlet: str | None) -> str | None:
    from bs4 import Tag  # the caller has parsed a page: bs4 is loaded already

    scope = soup.find("article") or soup
    for h in scope.find_all("h1") if isinstance(scope, Tag) else []:
        text = normalize_spaces(h.get_text(" "))
        if text and (outlet is None or outlet_key(text) != outlet_key(outlet)):
            return text
    return None


def _language(soup: BeautifulSoup, tags: dict[str, list[str]], meta: PageMeta) -> str | None:
    from bs4 import Tag  # the caller has parsed a page: bs4 is loaded already

    html = soup.find("html")
    lang = meta.language or (html.get("lang") if isinstance(html, Tag) else None) or _first(tags, "language")
    if not isinstance(lang, str) or not lang.strip():
        return None
    return re.split(r"[-_]", lang.strip().lower())[0] or None


def _unprinted(soup: BeautifulSoup, stated: list[str], shown: list[str]) -> bool:
    """The JSON-LD names people the page prints nowhere, while the page's byline names
    others: the structured data credits the CMS account that filed the story (a producer, a
    web editor), the byline the reporters. Both lists are cleaned names; the page's text is
    its body without scripts (where the JSON-LD itself sits)."""
    if not stated or not shown or {n.casefold() for n in stated} & {n.casefold() for n in shown}:
        return False
    text = normalize_spaces((soup.body or soup).get_text(" ")).casefold()
    return not any(n.casefold() in text for n in stated)


# 'christian.stadtfeld', 'jane_roe': a CMS account standing in an author field (two to four
# lower-case words joined by dots or underscores), not a name as a reader sees it.
_HANDLE = re.compile(r"[a-z][a-z'’-]+(?:[._][a-z][a-z'’-]+){1,3}")
HANDLE_MIDDLE = 2  # middle names or initials the printed name may add ('Christian P. Stadtfeld')


def _printed_names(soup: BeautifulSoup, handles: list[str]) -> list[str]:
    """The names the page prints for account handles in its author fields: 'christian.stadtfeld'
    in the JSON-LD, '(Christian P. Stadtfeld)' under the text. The handle's words, capitalised,
    in order, with at most HANDLE_MIDDLE middle names or initials between them; a handle the
    page spells nowhere names nobody (an account is no byline)."""
    text = normalize_spaces((soup.body or soup).get_text(" "))
    found: list[str] = []
    for handle in handles:
        parts = [p[:1].upper() + p[1:] for p in re.split(r"[._]", handle.strip())]
        middle = rf"(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){{0,{HANDLE_MIDDLE}}}"
        rest = "".join(middle + r"\s+" + re.escape(p) for p in parts[1:])
        pat = r"(?<![\w-])" + re.escape(parts[0]) + rest + r"(?![\w-])"
        if (m := re.search(pat, text)) is not None and m.group(0) not in found:
            found.append(m.group(0))
    return found


def page_meta(soup: BeautifulSoup, bylines: Bylines, outlets: OutletAliases, html: str | None = None,
              address: str | None = None) -> PageMeta:
    """Everything the page states about itself (see module docstring for the cascade). `html`,
    the page's markup when the caller has it, lets literal tests skip what the page cannot hold.
    `address`: where a crawl fetched the page (a WARC record's target URI), the page's URL
    when it states none, so its host can confirm the site's name in the <title>."""
    from bs4 import Tag  # the caller has parsed a page: bs4 is loaded already

    meta = PageMeta()
    raw_authors: list[str] = []
    publisher = from_jsonld(soup, meta, raw_authors)
    tags = _meta_tags(soup)
    canonical = soup.find("link", rel="canonical")
    href = canonical.get("href") if isinstance(canonical, Tag) else None
    url = href if isinstance(href, str) and href.startswith("http") else meta.url or _first(tags, "url") or address
    shared = _first(tags, "url")
    if url and url == href and shared and shared.startswith("http") and _site_host(shared) != _site_host(url):
        url = shared  # a canonical on another site names the syndicated original; og:url is this copy's
    meta.url = canonical_url(url) if url else None
    hostname = urlsplit(meta.url).hostname if meta.url else None
    host = hostname.removeprefix("www.") if hostname else None
    named = publisher or _first(tags, "outlet")
    if named and is_domain(named) and not outlets.known(named):
        # og:site_name '100noticias.com.ni' while the publisher meta says '100% Noticias': a
        # domain is the name's fallback spelling, so a tag that spells a name wins.
        named = next((v for key in vocabulary()["meta"]["outlet"] for v in tags.get(key, [])
                      if not is_domain(v)), named)
    outlet = site_name(named, host) if named else None
    if outlet is None and host and outlets.known(host):
        outlet = host  # a domain the alias table knows names the outlet exactly
    if outlet is None and host and soup.title is not None:
        outlet = title_site(soup.title.get_text(" "), host)  # "Headline | Munster Echo" on munsterecho.ie
    if outlet is None and host:
        outlet = _copyright_name(soup, host)  # '© 2023 KBS WORLD All Rights Reserved.' on world.kbs.co.kr
    if outlet is None and soup.title is not None:
        outlet = _logo_name(soup, soup.title.get_text(" "))  # no URL, no site name: the logo the title names
    meta.outlet = outlets.canonical(outlet)
    if (origin := _origin_link(soup, meta.url)) is not None:
        # A portal's copy: the linked original is the article's address, its paper the outlet.
        meta.url = canonical_url(origin)
        press = _press_name(soup)
        meta.outlet = outlets.canonical(press) if press else None
    if ((html is None or _may_be_syndicated(html)) and (partner := _syndicated(soup, host)) is not None
            and outlet_key(partner[0]) != outlet_key(meta.outlet or "")):
        # A platform's copy of a partner's story: the partner is the outlet, its page the address.
        meta.outlet = outlets.canonical(partner[0])
        meta.url = canonical_url(partner[1]) if partner[1] else meta.url
    titles = [
        strip_site(_first(tags, "title"), meta.outlet, host),
        _h1(soup, meta.outlet),
        strip_site(_text(soup.title.get_text(" ")) if soup.title else None, meta.outlet, host),
    ]
    stated = [t for t in titles if t]
    if meta.title and stated and all(_words(meta.title).isdisjoint(_words(t)) for t in stated):
        # A JSON-LD headline sharing no word with the meta title, the <h1> or the <title> is a
        # template's placeholder ('"headline": "escenic"', the CMS's name), not this headline.
        meta.title = None
    meta.title = meta.title or next(iter(stated), None)
    if meta.published_on is None:
        value = _first(tags, "published")
        meta.published_on = parse_date(value) if value else None
        meta.utc_stamp = meta.published_on is not None and _utc(value or "")
        if meta.published_on is None:
            meta.published_on, meta.utc_stamp = _visible_date(soup)
    if (meta.utc_stamp and meta.published_on and (shown := _shown_day(soup))
            and abs((shown - meta.published_on).days) == 1):
        meta.published_on = shown  # a UTC stamp's day; the page prints the day its readers had
    # First source that names anyone wins: mixing them would repeat one person in two spellings.
    tagged = [a for key in vocabulary()["meta"]["authors"] for a in tags.get(key, [])]
    visible = _visible_authors(soup, bylines)
    sources = [raw_authors, tagged, visible]
    if raw_authors and visible and _unprinted(soup, clean_authors(raw_authors, meta.outlet, bylines),
                                              clean_authors(visible, meta.outlet, bylines)):
        sources = [visible, tagged]
    # A known outlet's name in a byline slot ('Reuters' on a newspaper's copy of wire news;
    # outlets.toml) credits the agency whose copy this is: an organisation, never an author.
    for raw in sources:
        meta.authors = [a for a in clean_authors(raw, meta.outlet, bylines) if not outlets.known(a)]
        if meta.authors:
            break
    if not meta.authors and (handles := [a for a in [*raw_authors, *tagged] if _HANDLE.fullmatch(a.strip())]):
        meta.authors = clean_authors(_printed_names(soup, handles), meta.outlet, bylines)
    if meta.published_on is None or not meta.authors:  # last resort: 'Author X', 'Date: 10.06.2013'
        from ingest.formats.html_labels import labelled  # a page reader's (bs4): see formats/__init__.py

        date, raw = labelled(soup, _elsewhere_re())
        meta.published_on = meta.published_on or date
        meta.authors = meta.authors or clean_authors(raw, meta.outlet, bylines)
    meta.language = _language(soup, tags, meta)
    og_type = (tags.get("og:type") or [""])[0].lower()
    meta.is_article = meta.is_article or og_type == "article" or soup.find("article") is not None
    return meta
