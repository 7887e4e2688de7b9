"""Pages that carry several stories: a "News in brief" page, a blog's front page, a section
page that prints whole items. Main-text extraction would glue them into one article (and
dedup would then merge unrelated stories), so such a page is split first.

A story starts at a heading that is followed, within the next two blocks, by a credit line:
a byline or a date ("By Jan Hargreaves — Friday, 6 May 2022", "Posted on March 3, 2011 by
…"). Subheadings inside one article carry no credit line of their own, so a single article
with subheadings is never split; at least two credited headings of one level, each with some
text under it, are needed. Shapes only: no site's markup or wording is assumed.

A letters page signs its items at the end instead: each letter is its own headline, its text
and the writer's sign-off ("— Hal Brandt, Tacoma"). Headings of one level whose text closes
with such a signature each start a story (the letter is its writer's; the page's own headline
and byline slot belong to no letter), and the signature ends it: what follows before the next
heading (a "Submit a letter" box) is the page's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from ingest.bylines import SIGNOFF_DASHES, Bylines
from ingest.dates import find_date, numeric_date, numeric_order
from ingest.formats.header_vocab import VOCABULARY
from ingest.formats.meta_clean import title_site
from ingest.text import normalize_spaces, words

HEADINGS = ("h1", "h2", "h3", "h4")
_BLOCKS = [*HEADINGS, "p", "li", "blockquote", "pre", "dd"]
CREDIT_MAX_WORDS = 25  # a byline or date line, not a paragraph of prose
STORY_MIN_WORDS = 30  # under a credited heading: less is a teaser or a widget, not a story
# An item's own closing link ("Read the full story →", "… Continue reading at The Paper →"): in
# a newsletter or a front page it ends the item; what follows before the next item (a sponsor's
# box, an events list, the next section's furniture) is not the item's text.
_CLOSING_LINK = re.compile(
    r"(?:^|[.!?]\s+)(?:read (?:the )?(?:(?:full|whole|rest of the|complete|original) )?(?:story|article|report|piece)"
    r"|continue reading|keep reading|read more|read it (?:at|on|in)\b)\b(?:[^.!?]|\.(?=\w)){0,60}$", re.I)
CLOSING_MAX_WORDS = 16
_URL_AT_END = re.compile(r"https?://\S+$")
_NUMERIC = re.compile(r"\d[./-]\d{1,2}[./-](?:19|20)\d\d")
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+)", re.I)


@dataclass(slots=True)
class Story:
    title: str
    credit: str | None  # the byline/date line under the heading, if any
    paragraphs: list[str] = field(default_factory=list)
    signed: bool = False  # the credit is the writer's sign-off under the text (a letter)
    link: str | None = None  # the heading's own link: the story's address in a newsletter of clips


# A label set in capitals inside an item, over the text it introduces ('FULL TEXT', 'ARTICLE'):
# what stands between the item's credit and the label is the compiler's own summary.
_TEXT_LABEL = re.compile(r"^(?:FULL(?: TEXT| STORY| ARTICLE)?|TEXT|ARTICLE|STORY|ARTICLE TEXT|THE ARTICLE)\s*:?$")
MAX_SUMMARY_PARAGRAPHS = 2


def _is_credit(text: str, bylines: Bylines, dayfirst: PageOrder | None = None) -> bool:
    if not text or len(words(text)) > CREDIT_MAX_WORDS:
        return False
    return bool(bylines.byline(text) or bylines.dated_names(text) or credit_date(text, dayfirst))


class PageOrder:
    """The order of a page's all-numeric dates where the page proves it (dates.numeric_order),
    read from the page's text only when a credit line needs it: most pages never ask."""

    def __init__(self, soup: BeautifulSoup) -> None:
        self._soup = soup
        self._order: list[bool | None] = []

    def __call__(self) -> bool | None:
        if not self._order:
            self._order.append(numeric_order(self._soup.get_text(" ")))
        return self._order[0]


def credit_date(text: str, dayfirst: PageOrder | None) -> dt.date | None:
    """A credit line's date: any full date the archive reads, else an all-numeric one read in
    the order the page proves ('Do, 12.11.2026' on a page that also prints '24.11.2026')."""
    found = find_date(text)
    if found is not None:
        return found[0]
    if dayfirst is None or not _NUMERIC.search(text) or (order := dayfirst()) is None:
        return None
    return numeric_date(text, order)


def _closes(text: str) -> bool:
    """Whether a paragraph is an item's closing link (see _CLOSING_LINK)."""
    text = _URL_AT_END.sub("", text).strip()
    return len(words(text)) <= CLOSING_MAX_WORDS and _CLOSING_LINK.search(text) is not None


def story_url(story: Story) -> str | None:
    """The address in the item's closing link ("Read the full story → https://…"), or in a
    labelled source line near its end ("Quelle: https://…", "Link: https://…": a clippings
    file's note of where the clip came from), if any."""
    if not story.paragraphs:
        return None
    last = story.paragraphs[-1]
    m = _URL_AT_END.search(last)
    if m and _closes(last[: m.start()].strip()):
        return m.group(0)
    for para in story.paragraphs[-3:]:
        if ":" in para and (labelled := VOCABULARY.source_url.match(para)) is not None:
            return labelled.group("url")
    return None


def _blocks(soup: BeautifulSoup) -> tuple[list[tuple[str, str]], dict[int, str]]:
    """(tag name, text) of the innermost block elements in document order, and the links of
    the headings that are one link ('<h3><a href="https://…">Headline</a></h3>'), by index."""
    root = soup.body or soup
    out: list[tuple[str, str]] = []
    links: dict[int, str] = {}
    for el in root.find_all(_BLOCKS):
        if el.name not in HEADINGS and el.find(_BLOCKS):
            continue  # a container of blocks: its inner blocks are listed themselves
        text = normalize_spaces(el.get_text(" "))
        if text and _closes(text) and (link := el.find("a", href=True)) is not None:
            href = str(link["href"])
            if href.startswith("http"):
                text = f"{text} {href}"  # the item's own address: story_url() reads it
        if text and el.name in HEADINGS and (link := el.find("a", href=True)) is not None:
            href = str(link["href"])
            if href.startswith("http") and normalize_spaces(link.get_text(" ")) == text:
                links[len(out)] = href
        if text:
            out.append((str(el.name), text))
    return out, links


def _summary_cut(story: Story) -> None:
    """A compiler's summary of the item above a 'FULL TEXT' label (a university's 'In the
    News' mail, a monitoring report): the label and what stands above it are not the text."""
    for k, para in enumerate(story.paragraphs[: MAX_SUMMARY_PARAGRAPHS + 1]):
        if _TEXT_LABEL.match(para) and k + 1 < len(story.paragraphs):
            del story.paragraphs[: k + 1]
            return


def same_page(link: str, address: str | None) -> bool:
    """Whether a link points back at the page that holds it (a site's own heading link)."""
    return address is not None and _bare(link) == _bare(address)


def _bare(url: str) -> str:
    return url.split("#")[0].rstrip("/").removeprefix("https://").removeprefix("http://")


def closing_paragraph(text: str) -> bool:
    """An item's closing link standing as a paragraph of its own ('Read it at gazette.com »',
    'Read article · Open in Clipwell'): its address is the story's, the line no text."""
    text = _URL_AT_END.sub("", text).strip()
    m = _CLOSING_LINK.search(text) if _closes(text) else None
    return m is not None and m.start() == 0


def _signed_stories(blocks: list[tuple[str, str]], level: str, bylines: Bylines) -> list[Story]:
    """Headings of `level` whose text closes with a writer's sign-off (a letters page, see the
    module docstring), each a story ending at its signature; [] unless two or more."""
    stories: list[Story] = []
    rank = HEADINGS.index(level)
    current: Story | None = None
    for name, text in blocks:
        if name in HEADINGS and HEADINGS.index(name) <= rank:
            current = Story(text, None) if name == level else None
            continue
        if current is None or current.signed:
            continue  # above the first heading, under a higher one, or after the signature
        if current.paragraphs and bylines.signoff(text):
            current.credit, current.signed = text, True
            stories.append(current)
        else:
            current.paragraphs.append(text)
    sizes = [sum(len(words(p)) for p in s.paragraphs) for s in stories]
    if len(stories) < 2 or min(sizes) < STORY_MIN_WORDS:
        return []  # a quote attributed under a heading or two is no page of letters
    return stories


def split_stories(soup: BeautifulSoup, bylines: Bylines, dayfirst: PageOrder | None = None) -> list[Story]:
    """The page's stories when it holds several (see module docstring), else []. `dayfirst`:
    the order of the page's all-numeric dates, where the page proves it (dates.numeric_order)."""
    blocks, links = _blocks(soup)
    best: list[Story] = []
    if any(text.startswith(SIGNOFF_DASHES) for _, text in blocks):
        for level in HEADINGS:
            if len(signed := _signed_stories(blocks, level, bylines)) > len(best):
                best = signed
        if best:
            return best
    for level in HEADINGS:
        starts = [i for i, (name, _) in enumerate(blocks) if name == level
                  and any(_is_credit(t, bylines, dayfirst) for n, t in blocks[i + 1 : i + 3] if n not in HEADINGS)]
        if len(starts) < 2:
            continue
        stories = []
        for k, i in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(blocks)
            story = Story(blocks[i][1], None, link=links.get(i))
            for name, text in blocks[i + 1 : end]:
                if name in HEADINGS and HEADINGS.index(name) <= HEADINGS.index(level):
                    break  # a heading of this level or above without a credit: the story is over
                if story.paragraphs and _closes(story.paragraphs[-1]):
                    break  # the item's own closing link came before: the rest is not the item
                if story.credit is None and not story.paragraphs and _is_credit(text, bylines, dayfirst):
                    story.credit = text
                else:
                    story.paragraphs.append(text)
            _summary_cut(story)
            stories.append(story)
        sizes = [sum(len(words(p)) for p in s.paragraphs) for s in stories]
        # More prose above the first credited heading than in all the 'stories' together: the
        # page is one article and its credited headings are the teaser grid under it ('Related
        # content' cards with dates, a 'Date 10.06.2013' box), not items of a digest.
        own = sum(len(words(text)) for name, text in blocks[: starts[0]] if name == "p")
        if all(n >= STORY_MIN_WORDS for n in sizes) and own <= sum(sizes) and len(stories) > len(best):
            best = stories
    return best


def saved_from(html: str) -> str | None:
    """The page address in a browser's 'saved from url=(N)http://…' comment, if any."""
    m = _SAVED_FROM.search(html[:4096])
    return m.group(1) if m else None


def site_name(soup: BeautifulSoup, host: str | None) -> str | None:
    """The part of the page's <title> that spells the site's host name ('The Ouse Navigator -
    News in brief' on ousenavigator.org.uk), when a page states its outlet nowhere else."""
    if not host or soup.title is None:
        return None
    return title_site(soup.title.get_text(" "), host)
