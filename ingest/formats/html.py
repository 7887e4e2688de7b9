"""HTML pages: main text through trafilatura, metadata from the page's own statements.

Extraction runs in three steps, each measured on benchmarks/data/pages (see docs/formats.md):
1. BeautifulSoup removes page furniture trafilatura sometimes keeps (formats/html_prune.py:
   cookie banners, share bars, newsletter boxes, related-story teasers, comment threads), chosen by class/id words in
   ingest/data/webpages.toml; an element holding most of the page's paragraph text is never
   removed, so a mislabelled article wrapper cannot take the story with it, and an <aside> or
   <footer> around the element marked itemprop="articleBody" becomes a plain block; a short
   label over a list of links to the site's own pages ('Auch interessant:') is further reading;
2. trafilatura extracts the main text with the settings in EXTRACT (the best on the benchmark);
   a standfirst the page marks as the article's description before its marked body is put back
   in front when trafilatura, settling on the marked body, left it out;
3. when trafilatura finds too little, BeautifulSoup reads the densest text container instead
   (pages whose paragraphs are <br>-separated divs, or tiny pages trafilatura refuses).
The paragraphs then go through the shared Cleaner and dedup like any text dump. body_lines are
numbered by paragraph (an HTML page has no meaningful line numbers inside its main text);
the copy spans the whole decoded page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from bs4 import BeautifulSoup, Tag
from bs4.element import PreformattedString

from ingest.dates import date_span
from ingest.formats import pipermail, playback
from ingest.formats.html_articles import article_containers, same_story, standalone_pages
from ingest.formats.html_data import fuller_text, looks_truncated
from ingest.formats.html_meta import PageMeta, page_meta
from ingest.formats.html_prune import ARTICLE_BODY, class_words_re, prune
from ingest.formats.html_stories import (
    PageOrder,
    Story,
    closing_paragraph,
    credit_date,
    same_page,
    saved_from,
    site_name,
    split_stories,
    story_url,
)
from ingest.formats.meta_clean import TITLE_SEP, clean_authors, is_domain, vocabulary
from ingest.formats.plaintext import ParseContext
from ingest.formats.snippets import snippet
from ingest.metadata import canonical_url
from ingest.outlets import outlet_key
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import SENTENCE_END, fold, normalize_spaces, words

# trafilatura settings chosen by benchmarks/extraction.py: precision mode drops teaser and
# comment blocks that recall mode keeps; tables in news pages are rarely prose.
EXTRACT: dict[str, Any] = {
    "output_format": "txt",
    "include_comments": False,
    "include_tables": False,
    "favor_precision": True,
    "deduplicate": False,
    "with_metadata": False,
}
HTML_TYPES = ("text/html", "application/xhtml+xml")  # media types of a page, in crawls and saved archives
MIN_WORDS = 40  # below this trafilatura probably missed the story: try the BeautifulSoup reader
ARTICLE_MIN_WORDS = 60  # a page without article markup needs this much text to count as one
_BLOCKS = ["p", "h2", "h3", "h4", "li", "blockquote", "pre"]


def _container(soup: BeautifulSoup) -> Tag | None:
    """The element holding the story: schema.org articleBody, <article>, <main>, or the element
    with the most paragraph text directly inside it."""
    for sel in (ARTICLE_BODY, "article", "main", '[role="main"]'):
        found = soup.select_one(sel)
        if isinstance(found, Tag) and len(words(found.get_text(" "))) >= MIN_WORDS:
            return found
    best: tuple[int, Tag | None] = (0, None)
    for el in soup.find_all(["div", "section", "td", "font"]):  # <font>: table-layout pages of the 1990s-2000s
        direct = sum(len(words(c.get_text(" "))) for c in el.find_all(["p", "br"], recursive=False))
        own = len(words("".join(s for s in el.find_all(string=True, recursive=False))))
        if direct + own > best[0]:
            best = (direct + own, el)
    return best[1]


def soup_paragraphs(soup: BeautifulSoup) -> list[str]:
    """Step 3: paragraphs of the densest container, by block element or by line break."""
    box = _container(soup)
    if box is None:
        return []
    blocks = box.find_all(_BLOCKS)
    # Innermost blocks only (a <li> holding a <p> would repeat it); no blocks: <br>-separated text.
    texts = [b.get_text(" ") for b in blocks if not b.find(_BLOCKS)] if blocks else box.get_text("\n").split("\n")
    return [t for t in (normalize_spaces(x) for x in texts) if t]


LEAD_MIN_WORDS = 10  # a standfirst is a sentence or two; a shorter 'description' is a label


def _in_item(el: Tag, article: Tag) -> bool:
    """Inside a nested schema.org item (an ImageObject's caption): its description, not the article's."""
    node: Tag | None = el
    while isinstance(node, Tag) and node is not article:
        if node.has_attr("itemscope"):
            return True
        node = node.parent
    return False


def marked_lead(soup: BeautifulSoup) -> str | None:
    """The standfirst the page marks as the article's description (an element, not a <meta>,
    with itemprop="description") before the element it marks as the body, in the same <article>:
    the story's opening, which trafilatura drops when it settles on the marked body alone."""
    body = soup.select_one(ARTICLE_BODY)
    article = body.find_parent("article") if isinstance(body, Tag) else None
    if not isinstance(article, Tag):
        return None
    for el in article.find_all(True):
        if el is body:
            return None
        prop = el.get("itemprop")
        if (el.name != "meta" and isinstance(prop, str) and "description" in prop.split()
                and not _in_item(el, article)):
            text = normalize_spaces(el.get_text(" "))
            return text if len(words(text)) >= LEAD_MIN_WORDS else None
    return None


LEAD_MAX_WORDS = 150  # a lead is a paragraph or two; a longer block is a container, not one
LEAD_TAGS = ["p", "div", "section"]
LEAD_REACH = 2  # the lead opens the text: before its first paragraph, or the headline and it


def _lead_re() -> re.Pattern[str]:
    return class_words_re(vocabulary().get("lead", {}).get("class_words", [])) or re.compile(r"(?!)")


def _opens(text: str, para: str) -> bool:
    """`text` (an element's) starts with the paragraph: the same first words, whatever the
    spacing and punctuation around inline markup."""
    want = words(fold(para))[:8]
    return bool(want) and words(fold(text))[: len(want)] == want


def _next_text(el: Tag) -> str:
    """The text of the first sibling after `el` (or after the wrappers holding only `el`'s text)
    that has any: what a reader sees right after it."""
    own = normalize_spaces(el.get_text(" "))
    node = el
    while isinstance(node.parent, Tag) and node.parent.name not in ("body", "html") and \
            normalize_spaces(node.parent.get_text(" ")) == own:
        node = node.parent
    for sib in node.next_siblings:
        if isinstance(sib, PreformattedString):  # a comment, CDATA: never shown
            continue
        text = normalize_spaces(sib.get_text(" ") if isinstance(sib, Tag) else str(sib))
        if text:
            return text
    return ""


def classed_lead(soup: BeautifulSoup, paras: list[str]) -> tuple[int, str] | None:
    """The story's lead paragraph marked by its class ([lead] class_words in webpages.toml:
    'article-lead', 'teaser_text'), where trafilatura left it out, and the place it goes in
    `paras`. Only sentences that the story's first paragraph follows directly (figures, ad slots
    and pruned share bars between them show no text): a deck under the headline has the byline
    and date after it, and one inside the <header> is the headline's, not the text's; a teaser
    of another story is followed by that story's links, never by this story's text."""
    if not paras:
        return None
    marked = _lead_re()
    for el in soup.find_all(LEAD_TAGS):
        attrs = " ".join([*(el.get("class") or []), str(el.get("id") or "")])
        if not attrs.strip() or not marked.search(attrs.lower()):
            continue
        text = normalize_spaces(el.get_text(" "))
        n = len(words(text))
        if (n < LEAD_MIN_WORDS or n > LEAD_MAX_WORDS or not SENTENCE_END.search(text)
                or el.find(["h1", "h2", "h3", "h4", "li"]) is not None or el.find_parent(["header", "a", "li"])):
            continue
        linked = sum(len(words(a.get_text(" "))) for a in el.find_all("a"))
        if 2 * linked > n or fold(text) in fold(" ".join(paras)):
            continue
        after = _next_text(el)
        for k, para in enumerate(paras[:LEAD_REACH]):
            if _opens(after, para):
                return k, text
    return None


def main_text(html: str, settings: dict[str, Any] | None = None, furniture: bool = True,
              pruned: BeautifulSoup | None = None) -> list[str]:
    """The page's main text as paragraphs (steps 1-3 of the module docstring); `settings` and
    `furniture` exist for the benchmark's ablations. `pruned`: the page parsed and pruned
    already (parse() has it), so it is not parsed again."""
    soup = pruned
    if soup is None:
        soup = BeautifulSoup(html, "lxml")
        if furniture:
            prune(soup)
    text = trafilatura.extract(str(soup), **(EXTRACT if settings is None else settings)) or ""
    paras = [p for p in (normalize_spaces(x) for x in text.split("\n")) if p]
    if sum(len(words(p)) for p in paras) < MIN_WORDS:
        fallback = soup_paragraphs(soup)
        if sum(len(words(p)) for p in fallback) > sum(len(words(p)) for p in paras):
            paras = fallback
    lead = marked_lead(soup) if furniture and paras else None
    if lead and fold(lead) not in fold(" ".join(paras)):
        paras = [lead, *paras]
    if furniture and (found := classed_lead(soup, paras)) is not None:
        paras = [*paras[: found[0]], found[1], *paras[found[0] :]]
    return paras


HEADLINE_REACH = 3  # the headline repeated at the top, under at most two section labels
LABEL_MAX_WORDS = 4


def _without_headline(paras: list[str], title: str, outlet: str | None = None) -> list[str]:
    """The extracted text without the headline repeated at its top, nor the section label(s)
    printed over it ('Grid' / the headline): a few words, no sentence, before the headline;
    or the site's name over it ('The Gazette - www.gazette.com' on a printer-friendly page)."""
    key = fold(title)
    for k, para in enumerate(paras[:HEADLINE_REACH]):
        if fold(para) == key:
            return paras[k + 1 :]
        if (len(para.split()) > LABEL_MAX_WORDS or SENTENCE_END.search(para)) and not _site_line(para, outlet):
            break
    return paras


HERO_REACH = 5  # a name, its dates, its place and a heading: the page's hero over the text
HERO_MAX_WORDS = 10
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _without_hero(paras: list[str], title: str, soup: BeautifulSoup) -> list[str]:
    """The text without the page's hero printed over it: short lines that restate the page's
    <h1> or a part of its title, or a span of dates. An obituary platform heads the notice with
    the name, 'March 14, 1938 - November 29, 2026', 'Gig Harbor, WA' and 'Jane Roe Obituary',
    while its title reads 'Jane Roe Obituary (1938 - 2026) - Gig Harbor, WA'."""
    first = paras[0] if paras else ""
    if len(first.split()) > HERO_MAX_WORDS or SENTENCE_END.search(first):
        return paras  # (most pages: the text starts at once)
    stated = {fold(title)} | {fold(p) for p in TITLE_SEP.split(_BRACKETED.sub("", title)) if p.strip()}
    if isinstance(h1 := soup.find("h1"), Tag):
        stated.add(fold(normalize_spaces(h1.get_text(" "))))
    k = 0
    while k < min(len(paras) - 1, HERO_REACH):
        para = paras[k]
        if len(para.split()) > HERO_MAX_WORDS or SENTENCE_END.search(para):
            break
        if fold(para) not in stated and not date_span(para):
            break
        k += 1
    return paras[k:]


def _site_line(para: str, outlet: str | None) -> bool:
    """Every part of the line names the site: the outlet, its domain, or a name its domain spells."""
    parts = [p.strip() for p in TITLE_SEP.split(para) if p.strip()]
    domains = [p for p in parts if is_domain(p)]
    keys = {p.lower().removeprefix("www.").split(".")[0] for p in domains} | ({outlet_key(outlet)} if outlet else set())
    return bool(parts) and bool(domains or outlet) and all(p in domains or outlet_key(p) in keys for p in parts)


def _byline_edges(paras: list[str], ctx: ParseContext) -> tuple[list[str], list[str]]:
    """The byline a page's CMS leaves inside the article text: the reporter frame glued to the
    first paragraph ('〔記者林佳蓉／高雄報導〕蘭英颱風…') and a reporter's sign-off as the last one
    ('정하윤 기자 hayoon@example.kr'); the paragraphs without them, and the names they credit."""
    names: list[str] = []
    if paras and not paras[0].isascii() and (framed := ctx.bylines.lead_frame(paras[0])) is not None:
        names, rest = framed
        paras = [rest, *paras[1:]] if rest else paras[1:]
    if paras and not paras[-1].isascii() and (signed := ctx.bylines.suffixed(paras[-1])) is not None:
        names = names or signed
        paras = paras[:-1]
    return paras, names


def page_candidate(
    html: str,
    path: str,
    position: int,
    span: tuple[int, int],
    ctx: ParseContext,
    strict: bool = False,
    extract: Callable[[str], list[str]] = main_text,
    parsed: tuple[BeautifulSoup, BeautifulSoup] | None = None,
    address: str | None = None,
) -> tuple[Candidate | Rejection, PageMeta | None]:
    """One page as a candidate, or a Rejection saying why it is not an article. `strict` (WARC
    crawls) also refuses pages without article markup and with little text: section fronts,
    tag pages and error pages are not articles. `parsed`: the page parsed already, as it is
    (for its metadata) and pruned (for its text), so neither parse is repeated. `address`: the
    URL a crawl fetched it from."""
    soup = parsed[0] if parsed is not None else BeautifulSoup(html, "lxml")
    meta = page_meta(soup, ctx.bylines, ctx.outlets, html, address)
    paras = main_text(html, pruned=parsed[1]) if parsed is not None and extract is main_text else extract(html)
    if paras and meta.title:
        paras = _without_headline(paras, meta.title, meta.outlet)
        paras = _without_hero(paras, meta.title, soup)
    if looks_truncated(paras, meta.paywalled, html) and (fuller := fuller_text(paras, meta.article_body, html, soup)):
        paras = fuller  # the rendered text was a teaser: the page's data holds the whole (html_data.py)
    paras, credited = _byline_edges(paras, ctx)
    if credited and not meta.authors:
        meta.authors = clean_authors(credited, meta.outlet, ctx.bylines)
    n_words = sum(len(words(p)) for p in paras)
    lines = len(html.split("\n"))
    if not paras and not meta.title:
        return Rejection(path, "web page with no article text", f"record {position}", lines), None
    if strict and not meta.is_article and n_words < ARTICLE_MIN_WORDS:
        return Rejection(path, "web page that is not an article (no article markup, little text)", "", lines), None
    body: list[tuple[int, str]] = []
    for i, para in enumerate(paras):
        body += [(2 * i + 1, para), (2 * i + 2, "")]
    cand = Candidate(
        source_path=path,
        position=position,
        start_line=span[0],
        end_line=span[1],
        raw_text=html,
        body_lines=body[:-1],
        title=meta.title,
        outlet=meta.outlet,
        published_on=meta.published_on,
        authors=list(meta.authors),
        url=meta.url,
        language=meta.language,
    )
    return cand, meta


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """A saved page or an HTML file: one article (or a rejection naming why not), or one per
    story on a page that carries several (ingest/formats/html_stories.py)."""
    text = decoded.text
    if pipermail.is_pipermail(text):  # a list archive's message page: read as the message
        yield from pipermail.parse(decoded, ctx)
        return
    span = (1, max(1, len(text.rstrip("\n").split("\n"))))
    page, address = playback.unwrap(text)  # a Wayback / archive.today save: the page inside its chrome
    # Two parses of the page: as it is (metadata, story containers, page data) and pruned of
    # furniture (story splitting, main text); every step below reads one of them.
    soup = BeautifulSoup(page, "lxml")
    # A live blog is one article however its posts are marked up (README decision, docs/formats.md).
    if "LiveBlogPosting" not in page and len(found := article_containers(soup, page)) >= 2:
        for item in container_candidates(page, decoded.source.path, span, soup, found, ctx):
            if isinstance(item, Candidate):
                item.raw_text = text  # the copy as it stood in the file
            yield item
        return
    pruned = BeautifulSoup(page, "lxml")
    prune(pruned)
    dayfirst = PageOrder(pruned)
    stories = split_stories(pruned, ctx.bylines, dayfirst)
    if len(stories) >= 2:
        for story in story_candidates(page, decoded.source.path, span, stories, ctx, dayfirst, soup):
            if isinstance(story, Candidate):
                story.raw_text = text  # the copy as it stood in the file
            yield story
        return
    item, _ = page_candidate(page, decoded.source.path, 0, span, ctx, parsed=(soup, pruned), address=address)
    if isinstance(item, Candidate):
        item.raw_text = text
    yield item


def story_candidates(html: str, path: str, span: tuple[int, int], stories: list[Story], ctx: ParseContext,
                     dayfirst: PageOrder | None = None, soup: BeautifulSoup | None = None,
                     ) -> Iterator[Candidate | Rejection]:
    """One candidate per story of a multi-story page. Each takes its heading as title and its
    credit line's byline, date and outlet (a newsletter quoting other papers names each item's
    source there); the page's own metadata gives what all stories share (outlet, language).
    The page URL is not any one story's address; an item's closing link ("Read the full
    story → …") is. `soup`: the page parsed as it is, when the caller has it."""
    soup = soup if soup is not None else BeautifulSoup(html, "lxml")
    meta = page_meta(soup, ctx.bylines, ctx.outlets, html)
    address = meta.url or saved_from(html)
    host = urlsplit(address).hostname if address else None
    outlet = meta.outlet or ctx.outlets.canonical(site_name(soup, host))
    for position, story in enumerate(stories):
        credit = story.credit or ""
        found = credit_date(credit, dayfirst) if credit else None
        if story.signed:
            found = found or meta.published_on  # a letter signed under its text: the page's day
        names = (ctx.bylines.byline(credit) or ctx.bylines.dated_names(credit) or []) if credit else []
        # (a letter's sign-off names its writer and her town, never a publication)
        reading = ctx.credit_reader().read(credit, dayfirst) if credit and not story.signed else None
        if reading is not None and reading.outlet is not None and not reading.authors:
            names = [n for n in names if n != reading.outlet]  # "Harbour Gazette | 4 May": the paper, no person
        paragraphs = story.paragraphs
        if not names and paragraphs and (under := ctx.bylines.byline(paragraphs[0])):
            names, paragraphs = under, paragraphs[1:]  # "Outlet · date", then "By X" on its own line
        if reading is not None and reading.authors and not names:
            names = list(reading.authors)
        stated = reading.outlet if reading is not None else None
        if stated is None and reading is not None and reading.name and names:
            stated = reading.name  # the one name-shaped part beside the credited people: the outlet
        story_outlet = ctx.outlets.canonical(stated) if stated else outlet
        own = story_url(story)
        if paragraphs and closing_paragraph(paragraphs[-1]):
            paragraphs = paragraphs[:-1]  # 'Read it at gazette.com »': the address, read above, not text
        if snippet(paragraphs):
            yield Rejection(path, "monitoring snippet (a few words cut from a story), not an article",
                            f"story {position + 1}", len(paragraphs))
            continue
        if own is None and story.link is not None and not same_page(story.link, address):
            own = story.link  # the headline's link in a newsletter of clips: the story's address
        body: list[tuple[int, str]] = []
        for i, para in enumerate(paragraphs):
            body += [(2 * i + 1, para), (2 * i + 2, "")]
        yield Candidate(
            source_path=path, position=position, start_line=span[0], end_line=span[1], raw_text=html,
            body_lines=body[:-1], title=story.title, outlet=story_outlet,
            published_on=found, authors=clean_authors(names, story_outlet, ctx.bylines),
            url=canonical_url(own) if own else None, language=meta.language,
        )


def container_candidates(html: str, path: str, span: tuple[int, int], soup: BeautifulSoup, stories: list[Tag],
                         ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """One candidate per whole story of a page that holds several (ingest/formats/html_articles.py),
    each read as a page of its own. The page's own metadata (canonical link, JSON-LD, og: tags)
    describes the story it was opened on: it fills what that story's container leaves unstated;
    its outlet and language stand for every story that names no other (a platform's story names
    its partner: html_meta)."""
    page = page_meta(soup, ctx.bylines, ctx.outlets, html)
    for position, (story_html, url) in enumerate(standalone_pages(soup, stories)):
        item, meta = page_candidate(story_html, path, position, span, ctx)
        if isinstance(item, Rejection) or meta is None:
            yield item  # counted with its reason, as every drop is
            continue
        item.raw_text = html  # the copy as it stands in the source: the saved page
        item.outlet = item.outlet or page.outlet
        item.language = item.language or page.language
        if same_story(url, item.title, page.url, page.title):
            item.url = item.url or page.url
            item.published_on = item.published_on or page.published_on
            item.authors = item.authors or list(page.authors)
        yield item
