"""The article's text from the page's own data, when the rendered HTML holds only a teaser.

JavaScript-era pages carry the article twice: rendered in the HTML and as data for the
browser's script. Saved as the server sent it, the HTML may hold only the opening paragraphs
(a Next.js page renders two and a loading skeleton; a metered paywall shows three and a
'Subscribe to keep reading' box) while the whole text sits in the data:

- schema.org JSON-LD `articleBody` (a paywalled page's full text, for search engines);
- a JSON data script (`<script type="application/json">`: Next.js `__NEXT_DATA__`) or an
  object assigned in a script (Arc XP `Fusion.globalContent`, webpages.toml [page_data]
  assignments), holding the body as a list of typed blocks (`{"type": "paragraph", "html":
  …}`, ANS `content_elements` `{"type": "text", "content": …}`) or as an HTML string;
- a Nuxt 2 state script (`window.__NUXT__=(function(a,b){return {…}}(…))`, JavaScript rather
  than JSON), read for its HTML string values under body keys (`bodyHtml`).

The data is read only when the rendered text looks like a teaser (fewer than TEASER_MAX_WORDS
words, and the page says it is not free to read, or shows a loading skeleton or a paywall box,
or renders almost nothing), and only from a page that carries such data (literal tests
first): most pages never parse a data script. It replaces the rendered text,
never adds to it (the text appears once), when it is clearly longer and opens as the rendered
text does (the same article, not a related story's data). Only text blocks count: pull
quotes, embeds, ad slots and related links in a block list are furniture (the block types
kept are data: [page_data] text_types).
"""

from __future__ import annotations

import functools
import html as htmllib
import json
import re
from typing import TYPE_CHECKING, Any

from ingest.formats.meta_clean import vocabulary
from ingest.text import fold, normalize_spaces, words

if TYPE_CHECKING:  # bs4 is imported where a page is read (ingest/formats/__init__.py)
    from bs4 import BeautifulSoup

TEASER_MAX_WORDS = 300  # a teaser is a few paragraphs; a whole story rendered is rarely shorter
BARE_WORDS = 40  # less rendered text than this: the page may render its story from data alone
GAIN = 1.25  # the data's text must be this much longer than the rendered text to replace it
MAX_DEPTH = 10  # how deep a data tree is searched for the article's text
MIN_DATA_CHARS, MAX_DATA_CHARS = 200, 4_000_000  # a data script holding an article; beyond, a site's whole model
OPENING_WORDS = 8  # the rendered text's first words the data's text must also open with
_TAG = re.compile(r"<[^>]+>")
_BLOCK_SPLIT = re.compile(r"</?(?:p|h[1-6]|li|div|blockquote|section|br)\b[^>]*>", re.I)
_SKIP_ELEMENTS = re.compile(r"<(figure|figcaption|aside|script|style|blockquote)\b.*?</\1>", re.I | re.S)


@functools.lru_cache(maxsize=1)
def _cfg() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    cfg = vocabulary()["page_data"]
    return (frozenset(t.lower() for t in cfg["text_types"]), frozenset(cfg["text_fields"]),
            tuple(cfg["body_keys"]), tuple(cfg["assignments"]))


def looks_truncated(paras: list[str], paywalled: bool, html: str) -> bool:
    """Whether the rendered text may be a teaser of a longer text the page's data holds: short,
    and the page says it is not free to read (JSON-LD), or shows a teaser's mark (a loading
    skeleton, a paywall box: [page_data] teaser_marks), or renders next to no text at all."""
    n = sum(len(words(p)) for p in paras)
    if n >= TEASER_MAX_WORDS:
        return False
    if paywalled or n < BARE_WORDS:
        return True
    low = html.lower()
    return any(mark in low for mark in _teaser_marks())


@functools.lru_cache(maxsize=1)
def _teaser_marks() -> tuple[str, ...]:
    return tuple(m.lower() for m in vocabulary()["page_data"]["teaser_marks"])


def html_paragraphs(markup: str) -> list[str]:
    """Paragraphs of an HTML string (a data field's body): block elements split it, figures,
    asides, embedded quotes (a tweet's blockquote) and scripts are not text."""
    markup = _SKIP_ELEMENTS.sub(" ", markup)
    parts = _BLOCK_SPLIT.split(markup) if "<" in markup else markup.split("\n")
    out = [normalize_spaces(htmllib.unescape(_TAG.sub("", p))) for p in parts]
    return [p for p in out if p]


def _block_text(block: dict[str, Any], fields: frozenset[str]) -> list[str]:
    for key in ("items", "children", "content"):
        items = block.get(key)
        if isinstance(items, list) and items:  # a list block: its items, each a paragraph
            texts = [t for item in items for t in (_block_text(item, fields) if isinstance(item, dict)
                                                     else html_paragraphs(item) if isinstance(item, str) else [])]
            if texts:
                return texts
    for key in fields:
        value = block.get(key)
        if isinstance(value, str) and value.strip():
            return html_paragraphs(value)
    return []


def _block_type(item: dict[str, Any]) -> str | None:
    for key in ("type", "_type", "__typename", "kind", "blockType", "nodeType"):
        value = item.get(key)
        if isinstance(value, str):
            return value.lower()
    return None


def _candidates(node: Any, depth: int, out: list[list[str]]) -> None:
    """Every text the data tree holds in an article's shape: a list of typed blocks (its text
    blocks' paragraphs), or an HTML string under a body key."""
    types, fields, body_keys, _ = _cfg()
    if depth > MAX_DEPTH:
        return
    if isinstance(node, list):
        typed = [item for item in node if isinstance(item, dict) and _block_type(item)]
        if len(typed) >= 2:
            paras = [p for item in typed if _block_type(item) in types for p in _block_text(item, fields)]
            if paras:
                out.append(paras)
        for item in node:
            if isinstance(item, dict | list):
                _candidates(item, depth + 1, out)
    elif isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                if key in body_keys and ("<p" in value or "\n" in value):
                    out.append(html_paragraphs(value))
            elif isinstance(value, dict | list):
                _candidates(value, depth + 1, out)


def _assigned(script: str, name: str) -> Any:
    """The JSON value assigned to `name` in a script ('Fusion.globalContent={…};'), or None."""
    at = script.find(name)
    while at >= 0:
        rest = script[at + len(name):].lstrip()
        if rest.startswith("="):
            body = rest[1:].lstrip()
            try:
                return json.JSONDecoder().raw_decode(body)[0]
            except ValueError:
                return None
        at = script.find(name, at + len(name))
    return None


def _script_strings(script: str, body_keys: tuple[str, ...]) -> list[list[str]]:
    """HTML string values under body keys in a JavaScript state script (Nuxt 2's IIFE, which is
    no JSON): `bodyHtml:"\\u003Cp\\u003E…"`."""
    keys = "|".join(re.escape(k) for k in body_keys)
    out = []
    for m in re.finditer(rf'["\']?\b(?:{keys})["\']?\s*:\s*"((?:[^"\\]|\\.)*)"', script):
        try:
            value = json.loads(f'"{m.group(1)}"')
        except ValueError:
            continue
        if "<p" in value or "\n" in value:
            out.append(html_paragraphs(value))
    return out


def data_texts(html: str, soup: BeautifulSoup) -> list[list[str]]:
    """The article-shaped texts of the page's data scripts (module docstring), cheapest tests first."""
    _, _, body_keys, assignments = _cfg()
    out: list[list[str]] = []
    if "application/json" in html:
        for script in soup.find_all("script", attrs={"type": "application/json"}):
            raw = script.string or ""
            if not MIN_DATA_CHARS <= len(raw) <= MAX_DATA_CHARS:
                continue
            try:
                _candidates(json.loads(raw), 0, out)
            except ValueError:
                continue
    named = [a for a in assignments if a in html]
    if named or "__NUXT__" in html:
        for script in soup.find_all("script", src=False):
            raw = script.string or ""
            for name in named:
                if name in raw and (value := _assigned(raw, name)) is not None:
                    _candidates(value, 0, out)
            if "__NUXT__" in raw:
                out += _script_strings(raw, body_keys)
    return out


def _opens_alike(data: list[str], shown: list[str]) -> bool:
    """The data's text opens as the rendered one does: one of the rendered text's first two
    paragraphs (a kicker or a standfirst may stand before the text) opens one of its first four."""
    opening = " ".join(words(fold(" ".join(data[:4]))))
    for para in shown[:2]:
        head = " ".join(words(fold(para))[:OPENING_WORDS])
        if len(head.split()) >= min(OPENING_WORDS, 4) and head in opening:
            return True
    return False


def fuller_text(shown: list[str], article_body: str | None, html: str, soup: BeautifulSoup) -> list[str] | None:
    """The article's whole text from the page's data when `shown` (the rendered text) is a
    teaser of it (see module docstring), else None."""
    texts = [html_paragraphs(article_body)] if article_body else []
    texts += data_texts(html, soup)
    n_shown = sum(len(words(p)) for p in shown)
    best: list[str] | None = None
    best_words = max(int(n_shown * GAIN), n_shown + 1)
    for text in texts:
        n = sum(len(words(p)) for p in text)
        if n > best_words and (not shown or _opens_alike(text, shown)):
            best, best_words = text, n
    return best
