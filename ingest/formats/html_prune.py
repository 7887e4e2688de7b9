"""Step 1 of the HTML reader (ingest/formats/html.py): page furniture removed in place before
extraction. Class/id words, tags, author-bio and summary-box labels are data (ingest/data/webpages.toml);
an element holding most of the page's paragraph text is never removed, and an <aside> or
<footer> around the element marked itemprop="articleBody" becomes a plain block. Feeds and JSON
lines whose entries carry HTML use the same pruning.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from ingest.formats.meta_clean import vocabulary
from ingest.text import normalize_spaces, words

ARTICLE_BODY = '[itemprop~="articleBody"]'  # schema.org's mark for the story text itself


def _furniture(classes: str, words_re: re.Pattern[str]) -> bool:
    return bool(words_re.search(classes.lower()))


def class_words_re(names: list[str]) -> re.Pattern[str] | None:
    """Class/id words as whole words of an attribute ('-', '_' and spaces part them)."""
    if not names:
        return None
    return re.compile(r"(^|[\s_-])(" + "|".join(re.escape(w) for w in names) + r")($|[\s_-])")


BIO_MAX_WORDS = 120  # an author box is a name and a few lines; longer blocks are not one


def _bio_boxes(soup: BeautifulSoup, headings: set[str]) -> list[Tag]:
    """Blocks opened by a heading that is only an author label ('AUTOR', 'About the author'):
    the label's element, widened to its parent when the label stands alone in it."""
    boxes: list[Tag] = []
    for text in soup.find_all(string=True):
        if normalize_spaces(str(text)).rstrip(":").lower() not in headings:
            continue
        box = text.parent
        while isinstance(box, Tag) and normalize_spaces(box.get_text(" ")).rstrip(":").lower() in headings:
            box = box.parent
        if (isinstance(box, Tag) and box.name not in ("body", "html", "article", "main")
                and len(words(box.get_text(" "))) <= BIO_MAX_WORDS and not any(box in b.parents for b in boxes)):
            boxes.append(box)
    return boxes


LABEL_MAX_WORDS = 3  # 'Read also:', 'Auch interessant:': a label, not a sentence introducing a list


def _page_host(soup: BeautifulSoup) -> str | None:
    link, meta = soup.find("link", rel="canonical"), soup.find("meta", property="og:url")
    stated = [link.get("href") if isinstance(link, Tag) else None,
              meta.get("content") if isinstance(meta, Tag) else None]
    for url in stated:
        if isinstance(url, str) and url.startswith("http"):
            return (urlsplit(url).hostname or "").removeprefix("www.") or None
    return None


def _own_link_item(li: Tag, host: str | None) -> bool:
    """The list item is one link, nothing else, to a page of this site (a relative link or the page's host)."""
    links = li.find_all("a")
    if len(links) != 1 or normalize_spaces(links[0].get_text(" ")) != normalize_spaces(li.get_text(" ")):
        return False
    target = urlsplit(str(links[0].get("href") or ""))
    return not target.hostname or (host is not None and target.hostname.removeprefix("www.") == host)


def _further_reading(soup: BeautifulSoup) -> list[Tag]:
    """A label ('Auch interessant:') over a list of three or more links to the site's own pages:
    other stories recommended at the end of this one, however the CMS classes it (often not at all)."""
    host = _page_host(soup)
    boxes: list[Tag] = []
    for lst in soup.find_all(["ul", "ol"]):
        items = lst.find_all("li", recursive=False)
        label = lst.find_previous_sibling()
        if len(items) < 3 or not isinstance(label, Tag) or not all(_own_link_item(li, host) for li in items):
            continue
        text = normalize_spaces(label.get_text(" "))
        if text.endswith(":") and len(words(text)) <= LABEL_MAX_WORDS:
            boxes += [label, lst]
    return boxes


def prune(soup: BeautifulSoup) -> None:
    """Remove page furniture in place (step 1 of the module docstring)."""
    cfg = vocabulary()["cleanup"]
    # Fewer embedded posts than a roundup's: quotes beside the story, pruned as furniture.
    roundup = len(soup.find_all(class_=cfg["embed_classes"], limit=cfg["embed_roundup"])) >= cfg["embed_roundup"]
    furniture = cfg["class_words"] + ([] if roundup else cfg["embed_classes"])
    words_re = class_words_re(furniture) or re.compile(r"(?!)")  # no words: nothing is furniture
    for tag in soup.find_all(cfg["tags"]):
        if tag.select_one(ARTICLE_BODY) is not None:
            tag.name = "div"  # the CMS put the story in an <aside>: markup naming the body wins
            continue
        tag.decompose()
    total = sum(len(p.get_text()) for p in soup.find_all("p")) or 1
    # Removed elements are tracked here, not by `el.decomposed`: on a Tag that was never
    # decomposed, bs4 answers it by searching the whole subtree for a <_decomposed> tag
    # (Tag.__getattr__), which made this loop quadratic (a 50k-deep page never finished).
    removed: set[int] = set()
    for box in _further_reading(soup):
        removed.update(id(d) for d in box.descendants)
        box.decompose()
    labels = {h.lower() for h in [*cfg["bio_headings"], *cfg.get("summary_headings", [])]}
    for box in _bio_boxes(soup, labels):  # an author's bio, or the site's summary of the story
        if sum(len(p.get_text()) for p in box.find_all("p")) <= 0.5 * total:
            removed.update(id(d) for d in box.descendants)
            box.decompose()
    thread_re = class_words_re(cfg.get("thread_words", []))
    boxes: list[tuple[Tag, bool]] = []  # furniture elements in page order; whether a reader thread
    for el in soup.find_all(True):
        if id(el) in removed or el.name in ("html", "body", "article", "main"):
            continue
        attrs = " ".join([*(el.get("class") or []), str(el.get("id") or "")])
        if attrs.strip() and _furniture(attrs, words_re):
            boxes.append((el, thread_re is not None and _furniture(attrs, thread_re)))
    # Reader comments are never the article's text: a long thread under a short story (a
    # paywalled teaser, a brief) must not make the story's own container look minor. A thread
    # is judged against the whole page as before; every other box against the page's text
    # outside the threads, so it is kept or removed as on the same page without comments.
    seen: set[int] = set()
    threads = 0
    for el, thread in boxes:
        if thread and id(el) not in seen:
            threads += sum(len(p.get_text()) for p in el.find_all("p"))
            seen.update(id(d) for d in el.descendants)
    own = max(total - threads, 1)
    for el, thread in boxes:
        if id(el) in removed:
            continue
        inside = sum(len(p.get_text()) for p in el.find_all("p"))
        if inside <= 0.5 * (total if thread else own):
            removed.update(id(d) for d in el.descendants)
            el.decompose()
