"""Factiva exports in tagged form ("Full Article/Report plus Indexing").

Each field starts with a two-to-three letter tag, either alone on its line with the value on
the lines below it, or followed by spaces and the value on the same line:

    HD  Turkey's role in Karabakh draws criticism      headline
    BY  By Jane Doe                                    authors
    WC  812 words   PD  5 October 2020   SN  The Guardian   LA  English
    CY  (c) 2020 Guardian News & Media Ltd             copyright: not text
    LP  first paragraphs...   TD  the rest...          the body is LP then TD
    CO / IN / NS / RE / IPC / IPD / PUB                codes: not text
    AN  Document GRDN000020201005eg1500012             document number: ends the document

Inside LP and TD a tag is only recognised alone on its line or followed by two spaces or a
tab, so a paragraph that happens to open with "IN" or "BY" stays text. Text outside any
document (a search summary) is rejected with its line count.

Factiva's "Article" display format (what "Save as text" or RTF gives from the web UI) has no
tags; every document is the same run of lines, closed by its document number:

    World News                                     section: optional, not stored
    Copper hits two-year high                      headline
    By Eric Onstad and Pratima Desai               byline: optional
    812 words                                      word count: anchors the document
    12 October 2020                                date
    15:42 GMT                                      time: optional
    Reuters News                                   source name: the outlet
    LBA                                            source code
    Late Edition; Pg. 4                            edition/page lines: optional
    English                                        language
    Copyright 2020 Thomson Reuters.                copyright: optional, not text

    body ...
    Document LBA0000020201012egac000m9             ends the document

A "Search Summary" block after the last document (search text, a date range, a timestamp) is
rejected with its line count. The word-count and document labels are in ingest/data/factiva.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ingest.dates import find_date
from ingest.formats.exports import byline_names, language_code, language_name
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import any_of, normalize_spaces

TAGS = "HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|HLP|ART|CLM|VOL|NGC|CX|DE|GC"
_LOOSE = re.compile(rf"^({TAGS})(?:$|[ \t]+(.*)$)")
_STRICT = re.compile(rf"^({TAGS})(?:\s*$|(?:\t| {{2,}})(.*)$)")
_TEXT_TAGS = {"LP", "TD"}
DISPLAY_FILE = Path(__file__).parent.parent / "data" / "factiva.toml"
_TIME = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,5}(?:[+-]\d{1,2})?)?$")
_COPYRIGHT = re.compile(r"^(?:copyright\b|©|\(c\)|all rights reserved)", re.I)
# Words a title-case name ('Food and Drink') keeps in lower case.
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to"})
_DATE_REST = re.compile(r"^[\s,]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[\s,]*)?$", re.I)


@dataclass(slots=True)
class _Doc:
    start: int
    end: int = 0
    fields: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # tag -> (0-based line, text)


def _tag(line: str, in_text: bool) -> tuple[str, str] | None:
    m = (_STRICT if in_text else _LOOSE).match(line.rstrip())
    return (m.group(1), m.group(2) or "") if m else None


def split_documents(lines: list[str]) -> tuple[list[_Doc], list[int]]:
    """Documents, and the 0-based indices of non-blank lines outside any document."""
    docs: list[_Doc] = []
    outside: list[int] = []
    doc: _Doc | None = None
    current: str | None = None
    for i, line in enumerate(lines):
        tagged = _tag(line, current in _TEXT_TAGS)
        if tagged:
            tag, value = tagged
            if doc is None or (tag == "HD" and "HD" in doc.fields):
                if doc is not None:
                    docs.append(doc)
                doc = _Doc(start=i)
            current = tag
            doc.fields.setdefault(tag, [])
            if value.strip():
                doc.fields[tag].append((i, value))
            doc.end = i
            if tag == "AN" and value.strip():
                docs.append(doc)
                doc, current = None, None
            continue
        if doc is None or current is None:
            if line.strip():
                outside.append(i)
            continue
        doc.fields[current].append((i, line))
        doc.end = i
        if current == "AN" and line.strip():  # the document number on the line below its tag ends it
            docs.append(doc)
            doc, current = None, None
    if doc is not None:
        docs.append(doc)
    return docs, outside


def _value(doc: _Doc, tag: str) -> str | None:
    text = " ".join(normalize_spaces(t) for _, t in doc.fields.get(tag, []) if t.strip())
    return text or None


def _candidate(doc: _Doc, lines: list[str], path: str, position: int, ctx: ParseContext) -> Candidate:
    last = doc.end
    while last > doc.start and not lines[last].strip():
        last -= 1
    body = [(i + 1, t) for tag in ("LP", "TD") for i, t in doc.fields.get(tag, [])]
    body_lines = {n for n, _ in body}
    pd = _value(doc, "PD")
    found = find_date(pd) if pd else None
    outlet = _value(doc, "SN")
    return Candidate(
        source_path=path,
        position=position,
        start_line=doc.start + 1,
        end_line=last + 1,
        raw_text="\n".join(lines[doc.start : last + 1]),
        body_lines=body,
        title=_value(doc, "HD"),
        outlet=ctx.outlets.canonical(outlet),
        published_on=found[0] if found else None,
        authors=byline_names(_value(doc, "BY") or "", ctx.bylines),
        language=language_code(_value(doc, "LA")),
        header_lines={n for n in range(doc.start + 1, last + 2) if n not in body_lines},
    )


def _tagged(lines: list[str]) -> bool:
    """Three or more distinct tags alone or before a tab or two spaces: the tagged form (a
    display-format paragraph opening with 'IN' or 'BY' is one line, one tag at most)."""
    return len({m.group(1) for line in lines[:1000] if (m := _STRICT.match(line.rstrip()))}) >= 3


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Factiva export, tagged or in the article display format (see module
    docstring)."""
    lines = decoded.text.split("\n")
    path = decoded.source.path
    if sniff_html(decoded.text):
        yield from _parse_html(decoded.text, path, ctx)
        return
    if not _tagged(lines) and sniff_display(decoded.text):
        yield from _parse_display([line.rstrip("\r") for line in lines], path, ctx)
        return
    docs, outside = split_documents(lines)
    if outside:
        yield Rejection(path, "export text outside any document (search summary)", "", len(outside))
    position = 0
    for doc in docs:
        if "HD" not in doc.fields and not any(doc.fields.get(t) for t in _TEXT_TAGS):
            yield Rejection(
                path, "Factiva block without headline or text", f"line {doc.start + 1}", doc.end - doc.start + 1
            )
            continue
        yield _candidate(doc, lines, path, position, ctx)
        position += 1


# -- the article display format ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Display:
    word_count: re.Pattern[str]
    document: re.Pattern[str]
    summary: frozenset[str]
    labels: tuple[str, ...]
    footer: re.Pattern[str] | None
    publisher: re.Pattern[str] | None


@functools.lru_cache(maxsize=4)
def _display(path: Path = DISPLAY_FILE) -> _Display:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    words = "|".join(re.escape(w) for w in data["word_count"])
    labels = "|".join(re.escape(w) for w in data["document_label"])
    return _Display(
        # "812 words", "1,204 words", "1.204 Wörter"
        re.compile(rf"^\s*\d{{1,3}}(?:[,.\u00a0 ]?\d{{3}})*\s+(?:{words})\s*$", re.I),
        # a source code (letters, then digits padding it), the date as yyyymmdd, Factiva's suffix
        re.compile(rf"^[ \t]*(?:{labels})[ \t]+([A-Z][A-Z0-9]{{0,11}}\d{{8}}[A-Za-z0-9]{{4,}})[ \t\r]*$", re.M),
        frozenset(h.lower() for h in data["summary_heading"]),
        tuple(data["document_label"]),
        any_of(data["page_footer"]) if data.get("page_footer") else None,
        # "Aargauer Zeitung AG", "Harbour Media Group Ltd.": the publisher, a company's name
        re.compile(r"^[\w&'’., -]{2,80}[ ,](?:" + "|".join(re.escape(x) for x in data["publisher_suffix"]) + r")$")
        if data.get("publisher_suffix") else None,
    )


def sniff_display(text: str) -> bool:
    """A Factiva article-display export: a document number closes a block whose word-count line
    stands within the first lines of the file (a pasted Factiva article inside a mail or digest
    has other text above it, and stays with the plain-text reader)."""
    d = _display()
    head = text[:200_000]
    if not any(label in head for label in d.labels):  # most text files: a substring test, no pattern
        return False
    first_doc = d.document.search(head)
    if first_doc is None:
        return False
    above = [ln for ln in head[: first_doc.start()].split("\n") if ln.strip()]
    at = next((k for k, ln in enumerate(above) if d.word_count.match(ln)), None)
    return at is not None and at <= 6


def _is_date_line(line: str) -> bool:
    found = find_date(line)
    return found is not None and bool(_DATE_REST.match(line[: found[1]] + " " + line[found[2] :]))


def _reads_as_byline(line: str, above: str | None, ctx: ParseContext) -> bool:
    """Whether the line under the headline is a byline: 'By …' always; a bare list of names
    ('Jane Roe and Ola Berg') under a sentence-case headline, or under a line not shorter than
    it, since a short title-case section name ('World News') over a title-case headline
    ('Obama Visits Kenya') reads the same as a headline over a byline."""
    s = " ".join(line.split())
    if ctx.bylines.byline(s) is not None:
        return True
    if not byline_names(s, ctx.bylines):
        return False
    if above is None:
        return True
    words = above.split()
    if any(w[:1].islower() and w not in _SMALL_WORDS and w not in ctx.bylines.particles for w in words[1:]):
        return True  # 'Dockers end strike': a lower-case word; a section ('Food and Drink') has none
    return len(words) >= len(s.split())


def _publisher_line(line: str) -> bool:
    """A short line naming a company ('Aargauer Zeitung AG', 'Estuary Newspapers Ltd'), as
    Factiva prints the publisher last in an article: suffixes in ingest/data/factiva.toml."""
    s = " ".join(line.split())
    pattern = _display().publisher
    words = s.split()
    if pattern is None or len(words) > 8 or pattern.match(s) is None:
        return False
    # a name, not the end of a sentence ('… is owned by Harbour Holdings Ltd')
    return all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS or w == "&" for w in words)


def _display_doc(
    lines: list[str], raw: list[str], lo: int, hi: int, path: str, position: int, ctx: ParseContext
) -> tuple[Candidate | None, int]:
    """The document in lines[lo:hi] (hi: its document-number line), and the first line it uses.
    `lines` has the page furniture of a PDF print blanked out; `raw` is the text as it stands."""
    d = _display()
    wc = next((i for i in range(lo, hi) if d.word_count.match(lines[i])), None)
    if wc is None:
        return None, hi + 1
    above = [i for i in range(lo, wc) if lines[i].strip()][-3:]
    byline: int | None = None
    if len(above) >= 2:
        prev = lines[above[-2]].strip() if len(above) == 2 else None
        if _reads_as_byline(lines[above[-1]], prev, ctx):
            byline = above.pop()
    title_at = above[-1] if above else None
    start = above[0] if above else wc
    # A headline wrapped over lines (a PDF print sets it in large type across the page): the line
    # above it, with no blank line between, is its beginning when the line goes on in lower case
    # or the headline stands as a block of its own; a text export's section line ('World News')
    # sits right above a capitalised headline with the byline right under it.
    title_from = title_at
    alone = title_at is not None and not lines[title_at + 1].strip()
    while (title_from is not None and title_from - 1 in above and title_from - 1 != byline
           and (lines[title_from].strip()[:1].islower() or (alone and len(lines[title_from - 1].split()) > 3))):
        title_from -= 1
    # After the word count: date, time, source, code, edition and page lines, language, copyright.
    header_end = None
    text_lines = [i for i in range(wc + 1, hi) if lines[i].strip()]
    for k, i in enumerate(text_lines[:12]):
        s = lines[i].strip()
        if s.isalpha() and len(s) > 2 and language_name(s):
            header_end = i
            nxt = text_lines[k + 1] if k + 1 < len(text_lines) else None
            if nxt is not None and _COPYRIGHT.match(lines[nxt].strip()):
                header_end = nxt
                # a long rights notice wrapped in the source: its lines go on in lower case
                while header_end + 1 < hi and lines[header_end + 1].strip()[:1].islower():
                    header_end += 1
            break
    if header_end is None:  # no language line: the header is the block under the word count
        header_end = wc
        while header_end + 1 < hi and lines[header_end + 1].strip():
            header_end += 1
    header = [i for i in range(wc + 1, header_end + 1) if lines[i].strip()]
    date_at = next((i for i in header if _is_date_line(lines[i].strip())), None)
    found = find_date(lines[date_at]) if date_at is not None else None
    outlet = None
    language = None
    for i in header:
        s = lines[i].strip()
        if i == date_at or _TIME.match(s) or (date_at is not None and i < date_at):
            continue
        if s.isalpha() and len(s) > 2 and language_name(s):
            break
        if _COPYRIGHT.match(s):
            continue
        outlet = normalize_spaces(s)
        break
    for i in header:
        s = lines[i].strip()
        if s.isalpha() and len(s) > 2 and language_name(s):
            language = language_code(s)
    body = [(i + 1, lines[i]) for i in range(header_end + 1, hi) if lines[i] or not raw[i].strip()]
    last = next((k for k in range(len(body) - 1, -1, -1) if body[k][1].strip()), None)
    if last is not None and last > 0 and _publisher_line(body[last][1]):
        del body[last:]  # the publisher's name Factiva prints above the document number
    if not any(t.strip() for _, t in body):
        return None, start
    body_at = {n for n, _ in body}
    cand = Candidate(
        source_path=path,
        position=position,
        start_line=start + 1,
        end_line=hi + 1,
        raw_text="\n".join(raw[start : hi + 1]),
        body_lines=body,
        title=normalize_spaces(" ".join(lines[title_from : title_at + 1])) if title_at is not None else None,
        outlet=ctx.outlets.canonical(outlet),
        published_on=found[0] if found else None,
        authors=byline_names(lines[byline], ctx.bylines) if byline is not None else [],
        language=language,
        header_lines={n for n in range(start + 1, hi + 2) if n not in body_at},
    )
    return cand, start


def _parse_display(raw: list[str], path: str, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    d = _display()
    # A PDF print through pdftotext: form feeds, and Factiva's page footer wherever a page ends
    # (inside a header or a paragraph too). Blanked for reading; left out of the body.
    lines = [line.replace("\f", "") for line in raw]
    furniture = [i for i, line in enumerate(lines) if d.footer is not None and d.footer.match(line.strip())]
    for i in furniture:
        lines[i] = ""
    if furniture:
        yield Rejection(path, "page footer of a printed export", "", len(furniture))
    ends = [i for i, line in enumerate(lines) if d.document.match(line)]
    lo, position = 0, 0
    for hi in ends:
        cand, begin = _display_doc(lines, raw, lo, hi, path, position, ctx)
        outside = sum(1 for i in range(lo, min(begin, hi)) if lines[i].strip())
        if outside:
            yield Rejection(path, "text between Factiva documents", f"lines {lo + 1}-{begin}", outside)
        if cand is None:
            yield Rejection(path, "Factiva block without word count or text", f"lines {lo + 1}-{hi + 1}",
                            sum(1 for i in range(lo, hi + 1) if lines[i].strip()))
        else:
            yield cand
            position += 1
        lo = hi + 1
    rest = [i for i in range(lo, len(lines)) if lines[i].strip()]
    if rest:
        summary = lines[rest[0]].strip().lower() in d.summary
        reason = "export search summary, not an article" if summary else "text after the last Factiva document"
        yield Rejection(path, reason, f"lines {rest[0] + 1}-{rest[-1] + 1}", len(rest))


# -- the article display format saved as HTML ---------------------------------------------------

_HTML_ARTICLE = re.compile(r"""class\s*=\s*["'][^"']*\bdeHeadline\b""")


def sniff_html(text: str) -> bool:
    """A page Factiva's web UI saved (or printed) in the article display format: headlines in
    `deHeadline` elements and articles closed by their document numbers."""
    # The closing pattern below needs a '>' and a '<': a text without a '<' (most plain text) is
    # answered by one fast character scan instead of a scan for "deHeadline" (~3 ms a digest).
    if "<" not in text or "deHeadline" not in text or _HTML_ARTICLE.search(text) is None:
        return False
    labels = "|".join(re.escape(w) for w in _display().labels)
    return re.search(rf">\s*(?:{labels})\s+[A-Z][A-Z0-9]{{0,11}}\d{{8}}[A-Za-z0-9]{{4,}}\s*<", text) is not None


def _parse_html(html: str, path: str, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Each `div.article` rendered as the text layout (header fields one a line, paragraphs
    between blank lines) and read by the same rules; line numbers are the page's."""
    from bs4 import BeautifulSoup, Tag  # only here: the text readers stay free of the HTML stack

    soup = BeautifulSoup(html, "html.parser")  # this parser records each element's source line
    src = html.split("\n")
    position = 0
    articles = [a for a in soup.find_all("div", class_="article") if isinstance(a, Tag)]
    for art in articles:
        lines: list[str] = []
        where: list[int] = []
        for el in art.find_all(["div", "p"]):
            if not isinstance(el, Tag) or el.find(["div", "p"]) is not None:
                continue  # a container: its blocks are read one by one
            text = normalize_spaces(el.get_text(" "))
            if not text:
                continue
            line = el.sourceline or (art.sourceline or 1)
            if el.name == "p" and lines:
                lines.append("")
                where.append(line)
            lines.append(text)
            where.append(line)
        d = _display()
        hi = next((i for i, t in enumerate(lines) if d.document.match(t)), None)
        if hi is None:
            yield Rejection(path, "Factiva page block without a document number", f"line {art.sourceline}", 1)
            continue
        cand, _ = _display_doc(lines, lines, 0, hi, path, position, ctx)
        if cand is None:
            yield Rejection(path, "Factiva block without word count or text", f"line {art.sourceline}", 1)
            continue
        first, last = where[cand.start_line - 1], where[hi]
        cand.start_line, cand.end_line = first, max(first, last)
        cand.raw_text = "\n".join(src[first - 1 : cand.end_line])
        cand.body_lines = [(min(max(where[n - 1], first), cand.end_line), t) for n, t in cand.body_lines]
        cand.header_lines = set()
        yield cand
        position += 1
