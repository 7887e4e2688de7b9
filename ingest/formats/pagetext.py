"""Page text: a web page flattened to plain text, one block a line, as Common Crawl's WET
`conversion` records (and other crawlers' text extracts) hold it.

No markup is left, but the order is the page's: the `<title>` on the first line, the site's
navigation, the headline again, a standfirst, byline and date lines, the story, then the site's
furniture (related links, newsletter box, footer). Reading, in that order:
1. the first line is the page title: the part that spells the URL's host (meta_clean.title_site)
   is the outlet, the rest the headline;
2. the headline's repeat among the first lines ends the navigation (dropped); with no repeat,
   the first byline or date line does;
3. under it, a header of at most HEADER_REACH lines: byline, date lines, short labels ('Updated:',
   share buttons, a role under the byline) and a photo caption with its credit; a sentence
   before the first byline or date is the standfirst, not the story. A page whose header states
   no byline and no date is not an article (an About page, a section front): refused;
4. the story runs to the first run of FURNITURE_RUN lines that are not sentences (a related-links
   list, the footer's menu); what stays inside goes through the shared cleaner like any text.
The record's target URI is the URL; its date is the crawl's, never the story's.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from ingest.dates import date_line, find_date, has_year, split_trailing_date
from ingest.formats.dbnames import strip_glued_title
from ingest.formats.meta_clean import TITLE_SEP, clean_authors, title_site
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, Rejection
from ingest.text import SENTENCE_END, clean_line, fold

HEADLINE_REACH = 60  # lines of navigation above the headline's repeat
HEADER_REACH = 12  # lines under the headline that may still be its header
LABEL_MAX_WORDS = 8  # 'Share on Facebook Share on X Email this story', 'Courier Staff Writer'
NAME_MAX_WORDS = 5
STAMP_MAX_WORDS = 12  # 'Updated Nov. 17, 2026 at 6:40 p.m.', 'Posted on Monday, March 16, 2009'
FURNITURE_RUN = 3  # consecutive non-sentences that end the story (a link list, a menu)
FURNITURE_MAX_WORDS = 16
LEAD_IN_MIN_WORDS = 4  # 'Most read:' is a heading; 'The sailings that go are:' a lead-in
_REVISED = re.compile(r"^(?:last )?(?:updated|modified|edited|revised)\b", re.I)  # a revision's stamp, not the date
# A caption's closing credit: '(Jane Roe/The Paper)', '(Courier photo by Jane Roe)', '(Photo: X)'.
_CREDIT = re.compile(r"\((?:[^()]*/[^()]*|[^()]*\b(?:photo|photograph|picture|image|file)\b[^()]*)\)\W*$", re.I)


def _sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line))


def _headline(lines: list[str], host: str) -> tuple[str | None, str | None, int]:
    """(headline, site, index of the headline's repeat or 0) from the title line."""
    title = lines[0]
    site = title_site(title, host) if host else None
    parts = [p.strip() for p in TITLE_SEP.split(title) if p.strip()]
    options = [title, *sorted((p for p in parts if p != site and len(p.split()) >= 2), key=len, reverse=True)]
    keys = {fold(o): o for o in options}
    for i, line in enumerate(lines[1:HEADLINE_REACH], start=1):
        if fold(line) in keys:
            return line, site, i
    if site is not None and len(parts) >= 2:
        rest = [p for p in parts if p != site]
        return " – ".join(rest), site, 0
    return title, site, 0


def _byline(line: str, ctx: ParseContext) -> list[str] | None:
    names = ctx.bylines.byline(line) or ctx.bylines.role_byline(line)
    if names:
        return names
    n = len(line.split())
    if n <= NAME_MAX_WORDS and not _sentence(line) and not has_year(line) and ctx.bylines.is_name(line) \
            and not ctx.bylines.descriptor(line):
        return [line]  # a bare name under the headline (Ghost, Newspack)
    return None


def _line_date(line: str) -> dt.date | None:
    """The publication date a header line states ('Published Nov. 16, 2026 at 6:00 a.m.',
    'By X | May 2, 2026'); not an 'Updated …' stamp (dates.date_line)."""
    if not has_year(line) or _REVISED.match(line):
        return None
    found = date_line(line)
    if found is None and (split := split_trailing_date(line)) is not None:
        found = split[1]
    return found


def _stamp(line: str) -> bool:
    """A short line stating a date: the publication date or an 'Updated …' stamp beside it."""
    return len(line.split()) <= STAMP_MAX_WORDS and has_year(line) and find_date(line) is not None


class _Header:
    """What the header under the headline states, and where the story starts."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.date: dt.date | None = None
        self.stated = False  # a byline or a date was read
        self.standfirst: list[int] = []
        self.body_start: int | None = None


def _header(lines: list[str], start: int, ctx: ParseContext) -> _Header:
    head = _Header()
    for i in range(start, min(len(lines), start + HEADER_REACH)):
        line = lines[i]
        names = _byline(line, ctx) if not head.names else None
        if names:
            head.names, head.stated = names, True
            head.date = head.date or _line_date(line)
            continue
        if _stamp(line):
            found = _line_date(line)
            head.date, head.stated = head.date or found, head.stated or found is not None
            continue  # the publication date, or an 'Updated …' stamp after it
        if (len(line.split()) <= LABEL_MAX_WORDS and not _sentence(line)) or _CREDIT.search(line):
            continue  # a label, a share bar, a role, a caption with its credit
        if not head.stated:
            head.standfirst.append(i)
            continue
        head.body_start = i
        break
    return head


def _story_end(lines: list[str], start: int) -> int:
    """Index after the story's last line: before the first run of FURNITURE_RUN non-sentences.
    Short lines under a sentence ending in ':' are the points it announces, not furniture."""
    run, announced = 0, False
    for i in range(start, len(lines)):
        line = lines[i]
        if line.endswith(":") and len(line.split()) >= LEAD_IN_MIN_WORDS:
            run, announced = 0, True  # 'The sailings that go are:' opens a list of the story's own
        elif not _sentence(line) and len(line.split()) <= FURNITURE_MAX_WORDS:
            if announced:
                continue
            run += 1
            if run == FURNITURE_RUN:
                return i - FURNITURE_RUN + 1
        else:
            run, announced = 0, False
    return len(lines)


def page_text_candidate(
    text: str, path: str, position: int, span: tuple[int, int], ctx: ParseContext, url: str | None
) -> Candidate | Rejection:
    """One page's flattened text as a candidate, or a Rejection saying why it is not an article."""
    numbered = [(n, clean_line(t)) for n, t in enumerate(text.replace("\r\n", "\n").split("\n"), start=1)]
    kept = [(n, t) for n, t in numbered if t]
    where = f"record {span[0]}"
    if len(kept) < 3:
        return Rejection(path, "page text with no article in it (counted in records)", where, 1)
    lines = [t for _, t in kept]
    host = (urlsplit(url).hostname or "") if url else ""
    headline, site, at = _headline(lines, host)
    head = _header(lines, at + 1 if at else 1, ctx)
    if not head.stated and not at:
        for i in range(1, min(len(lines), HEADLINE_REACH)):
            if _byline(lines[i], ctx) or _line_date(lines[i]):
                head = _header(lines, i, ctx)
                break
    if not head.stated or head.body_start is None:
        return Rejection(path, "page text without a byline or date under its headline: not an article "
                               "(counted in records)", where, 1)
    end = _story_end(lines, head.body_start)
    # (a line without a letter or digit is an icon or a rule between blocks, never a paragraph)
    body = [(kept[i][0], lines[i]) for i in range(head.body_start, end) if any(c.isalnum() for c in lines[i])]
    if not body:
        return Rejection(path, "page text with no story under its header (counted in records)", where, 1)
    spaced: list[tuple[int, str]] = []
    for n, line in body:
        spaced += [(2 * n - 1, line), (2 * n, "")]  # one block a line: each its own paragraph
    outlet = ctx.outlets.canonical(site) if site else None
    return Candidate(
        source_path=path, position=position, start_line=span[0], end_line=span[1], raw_text=text,
        body_lines=spaced[:-1], title=headline, outlet=outlet, published_on=head.date,
        # 'By Jane Roe Transport Reporter': the role the flattened line glued to the name is cut
        authors=clean_authors([strip_glued_title(n, ctx.bylines) for n in head.names], outlet, ctx.bylines), url=url,
    )


__all__ = ["page_text_candidate"]
