"""Several web pages copied from a browser into one text file, one after another.

A person collecting stories selects a page (all of it, or from the kicker down), pastes it,
leaves a few blank lines and pastes the next. Each page brings its furniture: the site's
navigation (formats/chrome.py), a kicker, the headline, a standfirst, a caption, a byline
split over lines ('By' / 'Jane Roe, Harbour Press'), a date line in the site's language
('Publié le 3 mai 2027 à 08h15, modifié le …', 'Lisboa - 02 jun 2027 - 10:45 WET'), share
buttons and counters; under the text, tags, 'Most read' lists and the page's address.

The header scan (formats/headers.py) reads none of that reliably: every head line stands apart
like a paragraph, and a standfirst ends in a full stop like prose. So once a file is known to
be a browser paste (chrome.py found the navigation of at least one page), a wide gap (two
blank lines or more) between pages is a page break, each page gives exactly one article, and
its head is read here by position: the first date line near the top closes the head; the
first line of three words or more above it is the headline (kickers and menu items are
shorter); a byline between them, or alone at the end of the text, gives the authors; the short
button lines under the date and a caption with its credit are head too. Below the text, the
page's furniture starts at the first tail heading (`[pasted] tail_headings` in
ingest/data/webpages.toml: 'Most read', 'Tags', 'Lo más visto', 'Les plus lus' …) or after the
last line ending a sentence; a URL alone on the page's last line is the page's address.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ingest.bylines import Bylines
from ingest.dates import find_date
from ingest.formats.chrome import Chrome, page_chrome, page_tops
from ingest.formats.lines import ParseContext
from ingest.formats.meta_clean import vocabulary
from ingest.metadata import canonical_url
from ingest.records import Candidate, Rejection
from ingest.text import SENTENCE_END, URL_RE, clean_line, fold, is_url_line

HEAD_LINES = 24  # non-blank lines from a page's top within which its date line must stand
DATELESS_HEAD_LINES = 6  # a page with no date: its headline stands among its first lines
MAX_DATE_WORDS = 16  # 'Publié le 3 mai 2027 à 08h15, modifié le 3 mai 2027 à 17h40' has 14
MIN_TITLE_WORDS = 3  # a kicker ('Transports'), a menu item ('Home') is shorter
MAX_TITLE_WORDS = 30
MAX_BUTTON_WORDS = 5  # 'Share', 'Copy link', 'Comments (14)', 'Reading time 3 min.'
MIN_PAGE_WORDS = 60
_MAIL_HEADER = re.compile(r"^(?:from|to|subject|date|sent|cc|message-id)\s*:\s*\S", re.I)
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")  # 'Jane Roe (Lyon, correspondent)'


def _pasted_vocab() -> dict[str, list[str]]:
    return vocabulary()["pasted"]  # type: ignore[no-any-return]


def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _pasted_vocab().get(key, []))


@dataclass(slots=True)
class PageHead:
    """What the head of one pasted page states, and which of its lines are furniture."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published_on: dt.date | None = None
    url: str | None = None
    header: set[int] = field(default_factory=set)  # 0-based lines read as metadata
    body: list[int] = field(default_factory=list)  # 0-based lines of the text
    dropped: set[int] = field(default_factory=set)  # 0-based furniture lines


def head_date(s: str) -> dt.date | None:
    """The publication date of a short stamp line ('Publié le 3 mai 2027 à 08h15, modifié le …',
    'Lisboa - 02 jun 2027 - 10:45 WET', '4 May 2027'); None for prose, or when the first date
    the line states is an update's ('Updated 4 May 2027')."""
    if len(s) > 120 or len(s.split()) > MAX_DATE_WORDS:
        return None
    found = find_date(s)
    if found is None:
        return None
    before = s[: found[1]].lower()
    if any(w in before for w in _words("update_words")):
        return None
    if SENTENCE_END.search(s) and len(s[: found[1]].split()) > 4:
        return None  # '… said on 4 May 2027.': a sentence that mentions a date
    return found[0]


def _is_heading(s: str, headings: frozenset[str]) -> bool:
    return s.lower().rstrip(" :") in headings


def wide_gap_tops(raw: list[str]) -> list[int]:
    """The lines that open a page: after a wide gap (two blank lines or more), or a skip link
    ('Skip to content', `[pasted] page_start_markers`) under a blank line."""
    tops: list[int] = []
    blanks = 0
    starts = _words("page_start_markers")
    for i, line in enumerate(raw):
        if s := clean_line(line):
            if i > blanks and (blanks >= 2 or (blanks and s.lower() in starts)):
                tops.append(i)
            blanks = 0
        else:
            blanks += 1
    return tops


def has_head(raw: list[str], top: int, end: int) -> bool:
    """A page whose first lines hold a date line: a pasted page's head."""
    seen = 0
    for i in range(top, end):
        s = clean_line(raw[i])
        if not s:
            continue
        seen += 1
        if seen > HEAD_LINES:
            return False
        if head_date(s) is not None:
            return True
    return False


def _title_shaped(s: str, markers: frozenset[str]) -> bool:
    n = len(s.split())
    return (MIN_TITLE_WORDS <= n <= MAX_TITLE_WORDS and s.lower() not in markers and not s.endswith((".", ":"))
            and not SENTENCE_END.search(s))


def read_page(raw: list[str], top: int, end: int, names: Bylines, dateless: bool = False) -> PageHead | None:
    """The head, text and tail of the pasted page in lines [top, end); None when the page has
    no date line in its head (unless `dateless`: then its headline anchors the head) or too
    little text under it."""
    lines = [i for i in range(top, end) if clean_line(raw[i])]
    text = {i: clean_line(raw[i]) for i in lines}
    markers = _words("chrome_markers")
    anchor = next((k for k, i in enumerate(lines[:HEAD_LINES]) if head_date(text[i]) is not None), None)
    if anchor is None and dateless:
        # a page selected from its headline down: the first headline-shaped line near the top
        anchor = next((k for k, i in enumerate(lines[:DATELESS_HEAD_LINES]) if _title_shaped(text[i], markers)), None)
        if anchor is None:
            return None
        page = PageHead(title=text[lines[anchor]])
    elif anchor is None:
        return None
    else:
        page = PageHead(published_on=head_date(text[lines[anchor]]))
    page.header.add(lines[anchor])
    above = lines[:anchor]
    t = next((k for k, i in enumerate(above) if _title_shaped(text[i], markers)), None)
    if t is not None:
        page.title = text[above[t]]
        page.header.add(above[t])
    joined = False
    for k, i in enumerate(above):
        if i in page.header or joined:
            joined = False
            page.dropped.add(i)
            continue
        if t is not None and k > t and not page.authors:
            page.authors, joined = _byline(names, text[i], text.get(above[k + 1]) if k + 1 < len(above) else None)
        page.dropped.add(i)
    page.dropped -= page.header
    # Under the date: buttons and counters, a byline, a caption with its credit, the headline
    # when the date stood above it, up to the text.
    k = anchor + 1
    while k < len(lines):
        s = text[lines[k]]
        nxt = text.get(lines[k + 1]) if k + 1 < len(lines) else None
        found, joined = _byline(names, s, nxt) if not page.authors else ([], False)
        if found:
            page.authors = found
            page.header.add(lines[k])
            if joined:
                k += 1
                page.header.add(lines[k])
        elif page.title is None and _title_shaped(s, markers):
            page.title = s
            page.header.add(lines[k])
        elif len(s.split()) <= MAX_BUTTON_WORDS or _captioned(s):
            page.dropped.add(lines[k])
        else:
            break
        k += 1
    rest = lines[k:]
    if rest and is_url_line(text[rest[-1]]) and (m := URL_RE.search(text[rest[-1]])):
        page.url = canonical_url(m.group(0))
        page.header.add(rest[-1])
        rest = rest[:-1]
    headings = _words("tail_headings")
    prose = [j for j, i in enumerate(rest) if len(text[i].split()) >= 12 and SENTENCE_END.search(text[i])]
    last = prose[-1] if prose else 0
    # (a heading with prose below it heads an in-text box, 'Related' between paragraphs)
    cut = next((j for j, i in enumerate(rest) if j > last and _is_heading(text[i], headings)), len(rest))
    while cut and not SENTENCE_END.search(text[rest[cut - 1]].rstrip("»”’\"' ")):
        cut -= 1
        s = _PAREN_TAIL.sub("", text[rest[cut]])
        if not page.authors and (signed := names.names(s)) and signed == [s] and len(s.split()) in (2, 3):
            page.authors = signed  # 'Jane Roe (Lyon, correspondent)' signs the text at its end
    page.body = rest[:cut]
    page.dropped.update(rest[cut:])
    labels = _words("related_labels")
    for j, i in enumerate(page.body[:-1]):
        linked = page.body[j + 1]
        if _is_heading(text[i], labels) and not SENTENCE_END.search(text[linked]) and len(text[linked].split()) <= 20:
            page.dropped.update((i, linked))  # 'Read more' over the linked headline: a box, not the text
    page.body = [i for i in page.body if i not in page.dropped]
    if sum(len(text[i].split()) for i in page.body) < MIN_PAGE_WORDS:
        return None
    return page


def _byline(names: Bylines, s: str, nxt: str | None) -> tuple[list[str], bool]:
    """The authors a head line credits ('By Jane Roe, Harbour Press', 'By' over 'Jane Roe',
    'Par Jane Roe (Lyon, correspondante)', or a name alone: 'Jane Roe'), and whether the next
    line was read with it."""
    s = _PAREN_TAIL.sub("", s)
    if nxt is not None and names.may_open(s) and len(s.split()) == 1:
        # 'By' / 'Jane Roe, Harbour Press' on two lines
        found = names.byline(f"{s} {_PAREN_TAIL.sub('', nxt)}")
        if found is not None:
            return found, True
    if (found := names.byline(s)) is not None:
        return found, False
    bare = names.names(s)
    return (bare, False) if bare == [s] and len(s.split()) in (2, 3) else ([], False)


_CREDIT_TAIL = re.compile(r"(?:\.\s*|\s)(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s*/\s*|\s+)?){2,}$")


def _captioned(s: str) -> bool:
    """A caption closed by its credit: 'Harbour at dawn, in May 2027. JANE ROE / AGENCY',
    '… on Friday morning. Photo: Harbour Gazette'."""
    labels = _words("caption_credit_labels")
    low = s.lower()
    return bool(_CREDIT_TAIL.search(s)) or any(f". {w}:" in low or f". {w} " in low for w in labels)


def _host_name(lines: list[str], url: str | None) -> str | None:
    """The chrome's name line that the page's own address spells ('Harbour Gazette' on
    harbourgazette.com): the site names itself twice, so the outlet is stated, not guessed."""
    if not url:
        return None
    host = urlsplit(url).netloc.lower().removeprefix("www.").split(".")[0]
    key = re.sub(r"[\W_]+", "", fold(host))
    if len(key) < 4:
        return None
    for s in lines:
        if len(s.split()) <= 5 and re.sub(r"[\W_]+", "", fold(s).lower()) == key:
            return _uncapitalised(s) if s.isupper() else s
    return None


_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "das", "la", "le", "les", "du", "des", "di", "van", "von",
                        "der", "den", "of", "the", "and", "y", "e", "et"])


def _uncapitalised(name: str) -> str:
    """'EL CORREO DEL PUERTO' -> 'El Correo del Puerto': a masthead set in capitals, as a name."""
    out = [w.capitalize() if k == 0 or w.lower() not in _PARTICLES else w.lower() for k, w in enumerate(name.split())]
    return " ".join(out)


def split_pasted(
    path: str, orig: list[str], raw: list[str], chrome: list[Chrome], ctx: ParseContext,
) -> list[Candidate | Rejection] | None:
    """One article per pasted page of a browser paste (see module docstring), or None when the
    file is not one: fewer than two pages, or a page whose head or text does not read."""
    if any(_MAIL_HEADER.match(line) for line in orig):
        return None  # a mail digest's messages have heads of their own (digestparts.py reads them)
    gaps = wide_gap_tops(orig)
    chrome = page_chrome(orig, gaps)
    blank = list(orig)
    for c in chrome:
        blank[c.start : c.stop] = [""] * (c.stop - c.start)
    tops = sorted(set(page_tops(orig)) | set(gaps))
    bounds = [(t, tops[n + 1] if n + 1 < len(tops) else len(orig)) for n, t in enumerate(tops)]
    bounds = [(t, e) for t, e in bounds if any(clean_line(x) for x in blank[t:e])]
    if not bounds:
        return None
    heads = [read_page(blank, t, e, ctx.bylines) for t, e in bounds]
    if not any(heads):
        return None
    # Some page dated: the file is a paste of pages, so a page selected from its headline down,
    # with no date line, is one too (read by its headline).
    heads = [h or read_page(blank, t, e, ctx.bylines, dateless=True) for h, (t, e) in zip(heads, bounds, strict=True)]
    if any(h is None for h in heads):
        return None
    out: list[Candidate | Rejection] = []
    dropped = 0
    for k, ((top, end), head) in enumerate(zip(bounds, heads, strict=True)):
        assert head is not None
        used = [i for i in range(top, end) if clean_line(blank[i])]  # (the chrome is counted, not copied)
        start, stop = used[0], used[-1]
        cand = Candidate(source_path=path, position=k, start_line=start + 1, end_line=stop + 1,
                         raw_text="\n".join(orig[start : stop + 1]),
                         body_lines=[(i + 1, orig[i]) for i in range(head.body[0], head.body[-1] + 1)
                                     if i not in head.dropped])
        cand.title, cand.authors, cand.published_on, cand.url = head.title, head.authors, head.published_on, head.url
        cand.header_lines = {i + 1 for i in head.header}
        nav = [clean_line(orig[i]) for c in chrome if top <= c.start < end for i in range(c.start, c.stop)]
        site = next((c.site for c in chrome if top <= c.start < end and c.site), None)
        cand.outlet = ctx.outlets.canonical(site or _host_name([s for s in nav if s], head.url))
        dropped += len(head.dropped) + sum(1 for s in nav if s)
        out.append(cand)
    if dropped:
        out.append(Rejection(path, "site navigation and page furniture of pages copied as text", "", dropped))
    return out
