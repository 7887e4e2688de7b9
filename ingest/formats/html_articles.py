"""Saved pages holding several whole articles, each in a container of its own.

A news site with infinite scroll appends the next story under the one being read; a portal's
story stream does the same with its partners' stories; a blog's front page prints whole posts.
Saved from the browser, such a page holds several <article> elements (or schema.org Article
items) side by side, each with its own headline, byline or time stamp and text, while the
page's <link rel=canonical>, og: tags, JSON-LD and data script describe only the first (and
its <title> whichever story was in view). Read as one page, the stories would become one
article and dedup would then merge unrelated stories into it.

So a page whose top-level article containers include two or more **whole stories** (a
heading, a credit: a <time>, a byline element; and some text) is read container by
container, each as a page of its own (ingest/formats/html.py page_candidate), with its own
headline, byline, date and address (the container's data-url or other permalink attribute).
Guards, shapes only: containers nested in another (a live blog's posts, comments in an
article) never count; teaser cards (a headline over a line or two) are not whole stories; a
page with more prose outside its containers than half the prose inside them is one article
with teasers around it; a live blog (schema.org LiveBlogPosting) is one article whatever its
markup. The attribute names are data (ingest/data/webpages.toml [articles]).
"""

from __future__ import annotations

import functools
import html as htmllib
import re
from collections.abc import Iterator
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, Tag

from ingest.formats.meta_clean import vocabulary
from ingest.metadata import canonical_url
from ingest.text import fold, normalize_spaces, words

STORY_MIN_WORDS = 60  # a whole story's paragraphs; a teaser card's summary is a sentence or two
HEADLINE_MAX_WORDS = 30
OUTSIDE_SHARE = 0.5  # more prose than this outside the containers: one article with teasers around it
_HEADINGS = ["h1", "h2", "h3"]
_ARTICLE_TYPE = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|Report)\b", re.I)
_BYLINE_CLASS = re.compile(r"(^|[\s_-])(byline|author|authors|author-name|writer)($|[\s_-])", re.I)
_OUTSIDE_TAGS = ["nav", "header", "footer", "aside", "form", "figcaption"]
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(https?://\S+)", re.I)


def _is_container(el: Tag) -> bool:
    return el.name == "article" or bool(_ARTICLE_TYPE.search(str(el.get("itemtype") or "")))


@functools.lru_cache(maxsize=1)
def _not_within() -> re.Pattern[str]:
    marks = vocabulary()["articles"]["not_within"]
    return re.compile(r"(^|[\s_-])(" + "|".join(re.escape(m) for m in marks) + ")", re.I)


def _in_thread(el: Tag) -> bool:
    """The container sits in a comment thread or a box of other stories' teasers."""
    for node in [el, *el.parents]:
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            break
        marks = " ".join([*(node.get("class") or []), str(node.get("id") or "")])
        if marks.strip() and _not_within().search(marks):
            return True
    return False


def _heading(el: Tag) -> str | None:
    for h in el.find_all(_HEADINGS, limit=3):
        text = normalize_spaces(h.get_text(" "))
        if text and len(words(text)) <= HEADLINE_MAX_WORDS:
            return text
    return None


def _credited(el: Tag) -> bool:
    """A time stamp or a byline element inside: a story's own credit, which a section
    heading or a box of links never has."""
    if el.find("time") is not None or el.find(rel="author") is not None:
        return True
    if el.find(itemprop=re.compile(r"\bauthor\b")) is not None:
        return True
    return el.find(class_=lambda c: bool(c) and _BYLINE_CLASS.search(c) is not None) is not None


def _prose(el: Tag) -> list[Tag]:
    return [p for p in el.find_all("p") if p.find_parent("figcaption") is None]


def _prose_words(paras: list[Tag]) -> int:
    return sum(len(words(p.get_text(" "))) for p in paras)


def may_hold_several(html: str) -> bool:
    """A cheap literal test before any tree walk: two <article> tags, or schema.org item types."""
    return html.count("<article") + html.count("<ARTICLE") >= 2 or "itemtype" in html


def article_containers(soup: BeautifulSoup, html: str) -> list[Tag]:
    """The page's whole stories, one container each, when it holds two or more (see the module
    docstring); else []."""
    if not may_hold_several(html):
        return []
    found = soup.find_all(_is_container) if "itemtype" in html else soup.find_all("article")
    if len(found) < 2:
        return []
    tops = [el for el in found if not any(_is_container(p) for p in el.parents if isinstance(p, Tag))]
    stories = []
    inside: set[int] = set()
    for el in tops if len(tops) >= 2 else []:
        if _heading(el) is None:
            continue
        paras = _prose(el)
        if _prose_words(paras) >= STORY_MIN_WORDS and _credited(el) and not _in_thread(el):
            stories.append(el)
            inside.update(id(p) for p in paras)
    if len(stories) < 2:
        return []
    root = soup.body or soup
    outside = [p for p in root.find_all("p") if id(p) not in inside and p.find_parent(_is_container) is None
               and p.find_parent(_OUTSIDE_TAGS) is None]
    own = sum(_prose_words(_prose(s)) for s in stories)
    return stories if _prose_words(outside) <= OUTSIDE_SHARE * own else []


def container_url(el: Tag, base: str | None = None) -> str | None:
    """The story's own address: a permalink attribute on its container (data-url …; webpages.toml
    [articles] url_attributes) or a schema.org url inside it; a path ('/news/x') is read against
    the page's own address `base`, when the page states one."""
    values = [el.get(attr) for attr in vocabulary()["articles"]["url_attributes"]]
    prop = el.find(itemprop="url")
    if isinstance(prop, Tag):
        values.append(prop.get("href") or prop.get("content"))
    for value in values:
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return canonical_url(value)
        if isinstance(value, str) and value.startswith("/") and not value.startswith("//") and base:
            return canonical_url(urljoin(base, value))
    return None


def _page_address(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    if isinstance(href, str) and href.startswith(("http://", "https://")):
        return href
    comment = soup.find(string=lambda s: isinstance(s, Comment) and "saved from url=" in s)
    found = _SAVED_FROM.search(str(comment)) if comment is not None else None
    return found.group(1) if found else None


def standalone_pages(soup: BeautifulSoup, stories: list[Tag]) -> Iterator[tuple[str, str | None]]:
    """Each story as a page of its own: its heading as <title>, its own address as canonical
    link, the page's language; with that address (or None)."""
    root = soup.find("html")
    base = _page_address(soup)
    lang = root.get("lang") if isinstance(root, Tag) else None
    lang_attr = f' lang="{htmllib.escape(lang)}"' if isinstance(lang, str) and lang else ""
    for el in stories:
        url = container_url(el, base)
        head = f"<title>{htmllib.escape(_heading(el) or '')}</title>"
        if url:
            head += f'<link rel="canonical" href="{htmllib.escape(url)}">'
        yield f"<!DOCTYPE html><html{lang_attr}><head>{head}</head><body>{el}</body></html>", url


def same_story(url: str | None, title: str | None, page_url: str | None, page_title: str | None) -> bool:
    """Whether a container is the story the page's own metadata describes (its address, or
    failing that its headline)."""
    if url and page_url:
        return url.rstrip("/") == page_url.rstrip("/")
    return bool(title and page_title and fold(title) == fold(page_title))
