"""Plain-text dumps: pasted-article digests, saved web-page text and bare text.

Article boundaries come from header blocks, never from blank lines (paragraph gaps and
article gaps look the same). A header block is anchored on a line that states a date
("Sept 28 2020", "Global Research, October 15, 2020") or, failing that, a byline; from the
anchor we walk back over the outlet and title lines and forward over byline, time and label
lines. Everything between one header and the next is the first article's body. A file with
no header at all is one article with no metadata.

This module splits a file into articles; the scan for headers is ingest/formats/header_scan.py,
the delimiters that are not headers (rule lines, mail messages) ingest/formats/delimiters.py.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import pairwise
from urllib.parse import urlsplit

from ingest.dates import find_date, has_year
from ingest.formats.chrome import page_chrome
from ingest.formats.datelines import dateline_date
from ingest.formats.delimiters import message_breaks, separator_breaks
from ingest.formats.digestparts import (
    Pasted,
    boxed_breaks,
    contents_block,
    lead_in_source,
    message_end,
    message_rules,
    message_text,
)
from ingest.formats.header_scan import byline_page_header, find_headers
from ingest.formats.headers import Header
from ingest.formats.item_tail import cut_issue_footer, opening_note
from ingest.formats.items import trailer_layout
from ingest.formats.labelled_items import labelled_item_layout
from ingest.formats.lines import Lines, ParseContext
from ingest.formats.mailnotes import REPLY_MAX_WORDS, quoted_reply
from ingest.formats.meta_clean import title_site
from ingest.formats.newsletters import numbered_layout, separated_layout
from ingest.formats.pages import PAGE_BREAK, browser_print, strip_page_furniture
from ingest.formats.pasted_pages import split_pasted
from ingest.formats.roundups import marked_box, marked_layout
from ingest.formats.sitename import site_name
from ingest.formats.snippets import snippet_lines
from ingest.formats.wires import issuer_of, slash_service
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import SENTENCE_END, URL_RE, bullet_text, clean_line, fold, is_separator, is_url_line

__all__ = ["ParseContext", "parse"]

MASTHEAD_LINES = 6  # the masthead's lines read for the file's issue date


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Split a plain-text dump into article candidates (see module docstring)."""
    orig = decoded.text.split("\n")
    # (no form feed in the text: no page breaks, and strip_page_furniture returns the list itself)
    raw = strip_page_furniture(orig) if PAGE_BREAK in decoded.text else orig
    chrome = page_chrome(raw)  # a browser copy of a web page: the site's navigation on top (chrome.py)
    if chrome and (pasted := split_pasted(decoded.source.path, orig, raw, chrome, ctx)) is not None:
        yield from pasted  # several pages pasted one after another: one article each (pasted_pages.py)
        return
    if chrome:
        raw = list(raw)
        for c in chrome:
            raw[c.start : c.stop] = [""] * (c.stop - c.start)
    if raw is orig:
        items = list(_parse(decoded, ctx, raw, []))
        footer = cut_issue_footer(items, decoded.source.path)  # before the item's last lines are read
        note = opening_note(items, decoded.source.path)
        _masthead_site(items, raw, ctx)
        _shared_addresses(items)
        yield from items
        yield from (r for r in (note, footer) if r is not None)
        return
    # PDF text (formats/pages.py) or a pasted page: page furniture or site chrome was blanked.
    # Candidates keep the file's own lines as their raw text, and blanked lines outside every
    # article are counted as dropped.
    furniture = frozenset(i for i, line in enumerate(raw) if not line.strip() and orig[i].strip(" \t\f\r"))
    items = list(_parse(decoded, ctx, raw, [c.stop for c in chrome], furniture))
    if PAGE_BREAK in decoded.text:
        browser_print([it for it in items if isinstance(it, Candidate)], orig, raw, ctx.outlets.canonical)
    inside: set[int] = set()
    for item in items:
        if isinstance(item, Candidate):
            item.raw_text = "\n".join(orig[item.start_line - 1 : item.end_line])
            inside.update(range(item.start_line - 1, item.end_line))
            page = next((c for c in chrome if c.stop < item.start_line <= c.page_end), None)
            if page is None:
                continue
            if page.site is not None and item.outlet is None:
                item.outlet = ctx.outlets.canonical(page.site)  # the site's name, confirmed by its rights line
            if item.title is None and item.start_line == page.stop + 1 and item.body_lines:
                _headline_under_chrome(item)
    nav = {i for c in chrome for i in range(c.start, c.stop)}
    gone = sum(1 for i, line in enumerate(raw) if i not in inside and i not in nav and clean_line(orig[i])
               and not clean_line(line))
    if gone:
        yield Rejection(decoded.source.path, "page furniture (running heads, page numbers)", "", gone)
    if dropped := sum(1 for i in nav if clean_line(orig[i])):
        yield Rejection(decoded.source.path, "site navigation at the top of a page copied as text", "", dropped)
    yield from items


MAX_HEADLINE_WORDS = 20
MAX_MASTHEAD_WORDS = 8


def _masthead_site(items: list[Candidate | Rejection], raw: list[str], ctx: ParseContext) -> None:
    """A digest's items that name no outlet are the publication's whose name the file's first
    line prints, when that name spells the host of the item's own link ('NORTH COAST FERRY NEWS'
    over items read at ncfnews.com/…): a newsletter's own name ('Weekend Read') spells no host
    and names nothing."""
    bare = [c for c in items if isinstance(c, Candidate) and c.outlet is None]
    if not bare:
        return
    first = next((clean_line(line) for line in raw[:MASTHEAD_LINES] if clean_line(line)), "")
    if not first or len(first.split()) > MAX_MASTHEAD_WORDS or SENTENCE_END.search(first):
        return
    spelled: dict[str, str | None] = {}
    for cand in bare:
        # The item's link stands among its last lines ('Read online: https://…').
        tail = [t for _, t in cand.body_lines[-MASTHEAD_LINES:] if "http" in t]
        hosts = [cand.url or ""] + [m.group(0) for t in tail for m in URL_RE.finditer(t)]
        for link in hosts:
            host = urlsplit(link).hostname or "" if link else ""
            if host not in spelled:
                spelled[host] = title_site(first, host) if host else None
            if (name := spelled[host]) is not None:
                cand.outlet = ctx.outlets.canonical(name)
                break


def _shared_addresses(items: list[Candidate | Rejection]) -> None:
    """A URL that two items of a digest cite under different headlines is the address of the
    page holding both (a letters page's, a roundup's), neither item's own: it is dropped."""
    cands = [c for c in items if isinstance(c, Candidate) and c.url]
    if len(cands) < 2 or len({c.url for c in cands}) == len(cands):
        return  # (most digests: every item its own address)
    titles: dict[str, set[str]] = {}
    for cand in cands:
        titles.setdefault(cand.url or "", set()).add(fold(cand.title or ""))
    for cand in cands:
        if len(titles[cand.url or ""]) > 1:
            cand.url = None


def _headline_under_chrome(cand: Candidate) -> None:
    """A pasted page with no dated or signed header: its first line under the chrome is the
    headline when it is shaped like one (a few words, not a sentence, not a label)."""
    n, text = cand.body_lines[0]
    s = clean_line(text)
    if not s or len(s.split()) > MAX_HEADLINE_WORDS or SENTENCE_END.search(s) or s.endswith(":"):
        return
    cand.title = s
    cand.header_lines.add(n)
    del cand.body_lines[0]


def _parse(
    decoded: DecodedSource, ctx: ParseContext, raw: list[str], pages: list[int],
    furniture: frozenset[int] = frozenset(),
) -> Iterator[Candidate | Rejection]:
    """Candidates between headers and delimiters; `pages`: where a pasted page's text begins
    under its site chrome, a boundary whether or not a header is found there. `furniture`: the
    page furniture blanked in `raw` (Lines)."""
    lines = Lines(raw, ctx, furniture=furniture if PAGE_BREAK in decoded.text else frozenset())
    breaks: list[int] = []
    layout = marked_layout(lines) if "**" in decoded.text else None
    layout = layout or trailer_layout(lines) or labelled_item_layout(lines)
    if layout is None:
        headers = find_headers(lines)
        numbered = numbered_layout(lines)
        if (numbered is not None and not _all_headed(numbered.headers, headers)
                and not _listicle(numbered.headers, headers)):
            layout = numbered
        elif not headers:
            layout = separated_layout(lines)
        elif (blocks := separated_layout(lines)) is not None and _finer(blocks.headers, headers):
            layout = blocks  # a newsletter of items between rules, only some of them dated or signed
    if layout is not None:
        headers, breaks = layout.headers, layout.breaks
    if not headers:
        page = byline_page_header(lines)
        headers = [page] if page else []
    path = decoded.source.path
    if not headers:
        body = [(n + 1, raw[n]) for n in range(len(raw))]
        if any(not lines.blank(n) for n in range(len(raw))):
            yield _candidate(path, 0, lines, 0, len(raw) - 1, body, None)
        return
    segments: list[tuple[int, Header | None]] = [(h.start, h) for h in headers]
    starts = {h.start for h in headers}
    inside = _header_spans(headers)
    mail = message_breaks(lines)
    opens = {lines.next_nonblank(sep) for sep in separator_breaks(lines, headers)}  # after the rule
    opens |= set(pages)  # a pasted page starts under its chrome (formats/chrome.py)
    opens |= set(mail)  # a message starts at its first header line ("Message: 3", "Date: …")
    opens |= set(boxed_breaks(lines, lambda j: j in starts or j in mail))
    for nxt in sorted(opens):
        # (a digest's messages above its first dated header are messages too, not its preamble)
        first_ok = nxt > headers[0].start or (nxt in mail and len(mail) >= 2)
        if nxt < len(lines) and nxt not in starts and first_ok and not inside(nxt):
            segments.append((nxt, None))  # text between two delimiters with no header of its own
    segments += [(b, None) for b in breaks if b not in starts and b not in opens]  # outside a layout's items (items.py)
    segments.sort(key=lambda seg: seg[0])
    rules = message_rules(lines, mail)
    mail_set = set(mail)
    # The site publishes every story on its page; a file whose headers name outlets of their
    # own is a compilation (a reader's export, a digest), whose top line names the tool.
    own = layout is None and not mail and all(h.outlet is None for h in headers)
    site = site_name(lines, headers[0]) if own else None
    titles = {fold(h.title) for h in headers if h.title}
    longest = max(map(len, titles), default=0)
    pre = [n for n in range(segments[0][0]) if not lines.blank(n)]
    if pre:
        yield Rejection(path, "text before the first article header", f"lines 1-{segments[0][0]}", len(pre))
    issued = _issue_date(lines, pre)
    lead: tuple[Pasted, int] | None = None  # a lead-in read in a message's segment, and where it ends
    for k, (begin, h) in enumerate(segments):
        stop = segments[k + 1][0] - 1 if k + 1 < len(segments) else len(raw) - 1
        if h is not None and len(mail) >= 2 and h.end < stop:  # a pasted article inside a mail digest
            end = message_end(lines, h.end + 1, stop, rules)
            if (cut := sum(1 for n in range(end + 1, stop + 1) if not lines.blank(n))) > 0:
                yield Rejection(path, "poster's signature or list furniture after an article",
                                f"lines {end + 2}-{stop + 1}", cut)
                stop = end
        pasted = None
        answer = False  # a digest message under a 'Re:' topic: an answer, unless it holds a paste
        if h is None and begin in mail_set:  # a message with no dated header: a paste, or chat
            answer = any(_REPLY_TOPIC.match(lines.clean[j]) for j in (begin - 1, begin) if j >= 0)
            begin, stop, dropped, pasted = message_text(lines, begin, stop, rules)
            if dropped:
                yield Rejection(path, "message headers, poster's introduction and signature",
                                f"lines {begin + 1}", dropped)
        body = _body(raw, begin, stop, h)
        if h is not None and len(headers) > 2 and contents_block(lines, h.end + 1, stop, titles, fold(h.title or ""),
                                                             longest):
            yield Rejection(path, "masthead and contents list, not an article", f"lines {begin + 1}-{stop + 1}",
                            sum(1 for _, t in body if clean_line(t)))
            continue
        if h is headers[0] and k == 0 and len(headers) > 2 and _masthead_header(lines, h, body):
            yield Rejection(path, "masthead at the file's top (its name, date and compiler), not an article",
                            f"lines {begin + 1}-{stop + 1}",
                            sum(1 for n in range(begin, stop + 1) if not lines.blank(n)))
            continue
        if (h is headers[0] and k == 0 and h.outlet is None and not h.authors
                and not any(clean_line(t) for _, t in body)):
            # a headline and its date with nothing under them at the file's top: a compilation's
            # title page (further down, a headline with its outlet and date is a truncated item)
            yield Rejection(path, "title page (a headline with no text), not an article",
                            f"lines {begin + 1}-{stop + 1}",
                            sum(1 for n in range(begin, stop + 1) if not lines.blank(n)))
            continue
        if h is None and len(headers) > 2 and contents_block(lines, begin, stop, titles, "", longest):
            # a cover note above a contents table that lists the headlines below it
            yield Rejection(path, "cover note and contents list, not an article", f"lines {begin + 1}-{stop + 1}",
                            sum(1 for _, t in body if clean_line(t)))
            continue
        if answer and pasted is None and _own_words(lines, body) < REPLY_MAX_WORDS:
            yield Rejection(path, "short reply in a digest, not an article", f"lines {begin + 1}-{stop + 1}",
                            sum(1 for _, t in body if clean_line(t)))
            continue
        if h is None and (reason := _not_an_article(body)):
            yield Rejection(path, reason, f"lines {begin + 1}-{stop + 1}",
                            sum(1 for _, t in body if clean_line(t)))
            # a lead-in alone above an article with a header of its own ("the Nov 2 issue has
            # the numbers:"): what it states serves that article
            lead = (pasted, stop) if pasted is not None else None
            continue
        cand = _candidate(path, k, lines, begin, stop, body, h)
        if h is not None and snippet_lines(cand.body_lines):
            yield Rejection(path, "monitoring snippet (a few words cut from a story), not an article",
                            f"lines {begin + 1}-{stop + 1}", sum(1 for _, t in cand.body_lines if t.strip()))
            continue
        if lead is not None and h is not None and lead[1] + 1 == begin:
            cand.published_on = cand.published_on or lead[0].published_on
            cand.outlet = cand.outlet or lines.ctx.outlets.canonical(lead[0].outlet)
            cand.url = cand.url or lead[0].url
        lead = None
        if pasted is not None:  # the pasted article's own title and byline, under the lead-in
            cand.title, cand.authors = pasted.title, pasted.authors
            cand.url = cand.url or pasted.url
            cand.published_on = cand.published_on or pasted.published_on
            cand.outlet = cand.outlet or lines.ctx.outlets.canonical(pasted.outlet)
        if cand.outlet is None and h is not None and (named := lead_in_source(lines, h.start)) is not None:
            cand.outlet = lines.ctx.outlets.canonical(named[0])  # "…, but it's from the Kapiti Leader:" above it
            cand.published_on = cand.published_on or named[1]  # "From today's Leader, 4 May 2027:"
        if cand.outlet is None and site is not None:
            cand.outlet = lines.ctx.outlets.canonical(site)  # a blog post, a release: the site's own
        if cand.published_on is None and issued is not None:
            first = next((clean_line(t) for _, t in cand.body_lines if t.strip()), "")
            cand.published_on = dateline_date(first, issued)  # 'OSLO, May 4 (XYZ) -' in a digest of 2026
        yield cand


MAX_MASTHEAD_NOTE_WORDS = 25  # a compiler's line under the masthead ('compiled by Jenna – flag anything I missed')


def _masthead_header(lines: Lines, h: Header, body: list[tuple[int, str]]) -> bool:
    """A compilation's masthead read as a header: the file's first line states its name and
    date ('Morning Clips – Monday, December 7, 2026'), the lines under it the office and the
    compiler, and no text follows before the first item. A story's header states the date
    under its headline; this one opens the file with it."""
    first = lines.next_nonblank(-1)
    if h.start != first or not (lines.date(first) or lines.outlet_date(first)) or fold(lines.clean[first]) == fold(
            h.title or ""):
        return False
    n_words = sum(len(s.split()) for _, t in body if (s := clean_line(t)) and not s.isupper())
    return n_words <= MAX_MASTHEAD_NOTE_WORDS


# A digest message's topic line that answers another ('6. Re: Coach times', 'AW: …'), on the
# message's first line or right above its From: line.
_REPLY_TOPIC = re.compile(r"^(?:\d{1,3}[.)]\s*)?(?:re|aw|sv|antw)\s*:", re.I)


def _own_words(lines: Lines, body: list[tuple[int, str]]) -> int:
    """Words of a message's lines that no boilerplate rule takes (the list's links and footer
    are not what the poster wrote)."""
    texts = (clean_line(t) for _, t in body)
    return sum(len(s.split()) for s in texts if s and not is_separator(s) and lines.boilerplate(s) is None)


def _issue_date(lines: Lines, pre: list[int]) -> dt.date | None:
    """The date the file's masthead states above its first article ('issued Friday 27 November
    2026'): never an item's date, but the year a yearless wire dateline of an item falls in."""
    for n in pre[:MASTHEAD_LINES]:
        s = lines.clean[n]
        if has_year(s) and (found := find_date(s)) is not None:
            return found[0]
    return None


def _all_headed(items: list[Header], headers: list[Header]) -> bool:
    """Every numbered item's headline already read as part of a header (an ordinary digest
    that numbers its items): that reading stands."""
    return all(any(h.start <= it.start <= h.end for h in headers) for it in items)


def _listicle(items: list[Header], headers: list[Header]) -> bool:
    """The numbered run lies inside one article's body, below its header and above the next
    header: a listicle's subheads ('1. The ferry terminal' … '5. A bus loop'), not a
    newsletter's items. (Not the file's first header, which may be the digest's masthead.)"""
    first, last = items[0].start, items[-1].start
    return any(a.end < first and last < b.start for a, b in pairwise(headers[1:]))


def _finer(items: list[Header], headers: list[Header]) -> bool:
    """The rule-delimited items include every header found, and more: each header's anchor
    lies in one item's head, and some item has no header of its own."""
    heads = [(it.start, it.end) for it in items]
    # (a header above the first item is the masthead's 'Name · date' line, which the layout reads)
    inside = all(any(a <= h.end <= b for a, b in heads) for h in headers if h.end >= items[0].start)
    return inside and len(items) > len(headers)


def _header_spans(headers: list[Header]) -> Callable[[int], bool]:
    """Whether a line lies inside some header's span. Headers come in order without overlap
    (each is sought below the one before), so only the last one starting at or above the
    line can hold it: a binary search instead of a scan per delimiter."""
    starts = [h.start for h in headers]
    ordered = all(a.end < b.start for a, b in pairwise(headers))
    if not ordered:  # not the shape find_headers makes: ask every header
        return lambda n: any(h.start <= n <= h.end for h in headers)

    def inside(n: int) -> bool:
        k = bisect_right(starts, n) - 1
        return k >= 0 and n <= headers[k].end

    return inside


def _body(raw: list[str], begin: int, stop: int, h: Header | None) -> list[tuple[int, str]]:
    """(line number, text) of lines begin..stop below the header's first line that are not
    header lines. Below the last header line everything is body: sliced, not tested line by line."""
    lo = begin if h is None else max(begin, h.start + 1)
    taken = h.lines if h is not None else set()
    last = min(max(taken), stop) if taken else lo - 1
    head = [(n + 1, raw[n]) for n in range(lo, last + 1) if n not in taken]
    tail_from = max(lo, last + 1)
    return head + list(enumerate(raw[tail_from : stop + 1], tail_from + 1))  # (n, text) pairs, numbered from 1


MIN_HEADERLESS_WORDS = 80  # a block between delimiters with no header is an article only if it reads like one


def _not_an_article(body: list[tuple[int, str]]) -> str | None:
    """Why a block between two delimiters, with no header, is not an article (None if it is):
    a closing rule, a sponsored box, a list of quick links, a sign-off are shorter than an
    article or are mostly list items."""
    text = [clean_line(t) for _, t in body if clean_line(t) and not is_separator(clean_line(t))]
    if not text:
        return "closing delimiter"
    n_words = sum(len(t.split()) for t in text)
    bullets = sum(1 for t in text if bullet_text(t) is not None)
    if n_words < MIN_HEADERLESS_WORDS:
        return "short block between delimiters, with no header"
    if text[0].startswith("**") and marked_box(body):
        return "newsletter masthead or sponsor box under a marked headline"
    if quoted_reply([t for _, t in body]):  # "> quoted paragraph" and two lines of the poster's own
        return "reply quoting an earlier message, not an article"
    if bullets * 2 >= len(text) or _listed_units(body):
        return "list between delimiters, with no header"
    return None


_ROW_GAP = re.compile(r"^\S.{0,24}?\S {3,}\S")  # 'Dec. 10   Legislative committee call': a schedule's row


def _listed_units(body: list[tuple[int, str]]) -> bool:
    """Most of the block's paragraphs are list entries: each opens with a bullet ('* HOUSE
    PASSES BUDGET. The House voted …' wrapped over four lines: a newsletter's briefs), or most
    of its lines are a table's rows (a calendar's 'Dec. 10   Committee call, 10 a.m.')."""
    units: list[list[str]] = [[]]
    for _, t in body:
        if t.strip():
            units[-1].append(t)
        elif units[-1]:
            units.append([])
    units = [u for u in units if u and not is_separator(clean_line(u[0]))]
    if len(units) < 2 and not (units and len(units[0]) >= 3):
        return False
    listed = sum(1 for u in units if bullet_text(clean_line(u[0])) is not None
                 or 2 * sum(1 for t in u if _ROW_GAP.match(t.strip("\r"))) >= len(u) + 1)
    return 2 * listed >= len(units)


def _candidate(
    path: str, position: int, lines: Lines, start: int, stop: int, body: list[tuple[int, str]], h: Header | None
) -> Candidate:
    while stop > start and lines.blank(stop):
        stop -= 1
    while start < stop and lines.blank(start):
        start += 1
    cut = len(body)  # body is in line order, so the lines past the new stop are a suffix
    while cut and body[cut - 1][0] - 1 > stop:
        cut -= 1
    body = body[:cut]
    raw_text = "\n".join(lines.raw[start : stop + 1])
    if ">" in raw_text and any(t[:1] == ">" or t.lstrip()[:1] == ">" for _, t in body):
        body = _without_pull_quotes(body)
    cand = Candidate(
        source_path=path,
        position=position,
        start_line=start + 1,
        end_line=stop + 1,
        raw_text=raw_text,
        body_lines=body,
    )
    if h is not None:
        cand.title = h.title
        cand.outlet = lines.ctx.outlets.canonical(h.outlet)
        cand.published_on = h.published_on
        cand.authors = list(h.authors)
        cand.url = h.url
        cand.header_lines = {n + 1 for n in h.lines}
        if cand.outlet is not None and (service := _release_service(cand)) is not None:
            cand.outlet = lines.ctx.outlets.canonical(service)
    return cand


MAX_PULL_QUOTE_LINES = 6
_ATTRIBUTION = re.compile(r"^>+\s*(?:--|—|–)\s*\S")  # '>> -- Jane Roe, Harbour Council'


def _without_pull_quotes(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A newsletter's pull quote set off with '>>' and signed under it ('>> "If the card is easy
    to load…"' / '>> -- Jane Roe, Swatara University'): a sentence of the item repeated as a
    display, not text. Only a short run of quoted lines closed by its attribution: a mail's
    quoted reply has no such line."""
    drop: set[int] = set()
    run: list[int] = []
    for k, (_, t) in enumerate([*body, (0, "")]):
        if t.lstrip()[:1] == ">":
            run.append(k)
            continue
        if 2 <= len(run) <= MAX_PULL_QUOTE_LINES and _ATTRIBUTION.match(body[run[-1]][1].strip()):
            drop.update(run)
        run = []
    return [x for k, x in enumerate(body) if k not in drop] if drop else body


# What every slash-tagged dateline holds (wires._SLASH_TAG): a slash, then the dash.
_SLASH_DASH = re.compile(r"/\s*(?:--|[—–])")
RELEASE_TAIL_LINES = 40  # the 'SOURCE Acme Corp.' line closes a release, under its contacts


def _release_service(cand: Candidate) -> str | None:
    """The distribution service of a release whose header names its issuer ('Title / Acme Corp. |
    Dec 03, 2026' in a service's alert): the issuer published nothing there, the service named in
    the slash-tagged dateline did; None for any other text."""
    if _SLASH_DASH.search(cand.raw_text) is None:
        return None  # no '/Service/ --' anywhere in the occurrence: nearly every candidate, one C scan
    head = [t.strip() for _, t in cand.body_lines[:8] if t.strip() and not is_url_line(clean_line(t))][:2]
    found = slash_service(" ".join(head)) if head and "/" in head[0] else None
    if found is None or cand.outlet is None:
        return None
    tail = [clean_line(t) for _, t in cand.body_lines[-RELEASE_TAIL_LINES:] if t[:1] in "Ss"]
    return found[0] if issuer_of(cand.outlet, found[1], tail) else None
