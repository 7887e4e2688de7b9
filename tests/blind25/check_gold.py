#!/usr/bin/env python3
r"""Validate tests/blind25/gold.json against tests/blind25/dumps/.

blind24's checker, with one change for blind25: a pdftotext page marker may close a running head
('Clips — Tuesday, December 8, 2026 — Page 3 of 7'), so the page-marker pattern is searched at the end of a line,
not matched as the whole line. (blind24's own change, kept: copies inside one dump are searched from the start of the
previous copy, not from its end.)

usage: /work/main/.venv/bin/python tests/blind25/check_gold.py [GOLD.json] [DUMPS_DIR]

blind10's checker (itself blind9's, blind8's, ...), with an .mhtml decoder added for blind11; blind9/10 added decoders for
(.rtf, .tsv, .enex) and the PDF-text view also switched on by form feeds (pdftotext output). Every dump is
decoded independently of the generator into a *text view* and a *raw view*:

  .html          raw = the page source (charset from <meta>), text = tag-stripped, entity-decoded
                 text content (script/style/template/noscript dropped, block tags -> line breaks)
  .json / .jsonl raw = the JSON text, text = every string value (markup-bearing values tag-stripped)
  .xml / .enex   raw = the XML, text = the text of every element (XML-decoded, CDATA included); values that
                 carry markup (content:encoded, ENML notes) are tag-stripped and entity-decoded
  .csv / .tsv    raw = the text (UTF-8, BOM dropped; else cp1252), text = every cell (comma / tab delimited,
                 quoted multi-line cells), markup-bearing cells tag-stripped
  .rtf           raw = the RTF source, text = a plain reading of it: control words dropped, \par / \line /
                 \page -> line breaks, \tab -> tab, \'hh (cp1252) and \uN (with \ucN skipping) decoded,
                 destinations (fonttbl, colortbl, stylesheet, info, pict, \* groups) skipped; header text kept;
                 line breaks in the RTF source ignored
  .mhtml / .mht  (blind11) decoded exactly like .eml: the MHTML's text/html part (quoted-printable) is
                 tag-stripped for the text view and kept decoded in the raw view
  .eml           the message and every nested message/rfc822 part (multipart/digest): text/plain and text/html
                 parts decoded from quoted-printable/base64 with their charset; the raw view also holds the
                 decoded parts
  other (.txt)   raw = text decoded as UTF-16 if it starts with a BOM, else UTF-8 (BOM dropped), else
                 latin-1 (no bytes 0x80-0x9f) or cp1252; CRLF -> LF; if the file has PDF page markers
                 ('... Page N of M' lines) or form feeds (pdftotext) the text view drops page furniture (the marker
                 lines and lines repeated 3+ times, form feeds) and joins words hyphenated across lines

Checks
  * gold.json has the shape score_archive.py expects
    (list of {id, title[], outlet[], date, authors[[...]], must_not[], url?, copies[{source, body}]});
  * ids unique; dates null or ISO; alternatives lists non-empty; sources are bare names of dumps;
  * bodies: no leading/trailing whitespace, paragraphs separated by exactly one blank line,
    no whitespace runs inside a paragraph;
  * every paragraph of every copy occurs, after whitespace normalisation (and after stripping
    e-mail quote markers), in the text view of its dump, in order;
  * copies are listed in file order (by file name, then by position inside the file);
  * every must_not string occurs verbatim in one of the article's dumps (for .html: in the text
    content; otherwise in the text or raw view, whitespace-normalised) and in no gold body;
  * at least one title / outlet alternative, and every name of at least one author alternative,
    occurs (case-insensitively) in the article's dumps (a name also counts as stated in the
    library-catalogue form 'Last, First'); the url occurs in a dump's raw view.
Prints a summary of the set, including the most similar pairs of distinct gold articles (the
hard negatives), and OK when there is no error. Exits 1 on any error.
"""
import collections
import datetime
import email
import email.header
import gzip
import html
import html.parser
import io
import itertools
import json
import mailbox
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "gold.json")
DUMPS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "dumps")

errors, warnings = [], []
QUOTE = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
WORD = re.compile(r"\w+", re.UNICODE)


def norm(s):
    return " ".join(QUOTE.sub("", s).split())


def err(msg):
    errors.append(msg)


# ---------------------------------------------------------------- decoders
class _Text(html.parser.HTMLParser):
    SKIP = {"script", "style", "template", "noscript", "svg"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption",
             "section", "article", "header", "footer", "nav", "aside", "main", "tr", "td", "th", "table", "blockquote",
             "form", "button", "hr", "title", "dd", "dt", "dl", "pre", "picture", "time", "body", "html", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(src):
    p = _Text()
    p.feed(src)
    p.close()
    return "".join(p.out)


def html_charset(b, default="utf-8"):
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", b[:4096], re.I)
    return m.group(1).decode("ascii") if m else default


def decode_html(b):
    raw = b.decode(html_charset(b))
    return raw, html_text(raw)


LOOKS_HTML = re.compile(r"<[a-zA-Z/][^>]*>|&#?\w+;")


def decode_jsonl(b):
    raw = b.decode("utf-8-sig")
    parts = []

    def walk(v):
        if isinstance(v, str):
            parts.append(html_text(v) if LOOKS_HTML.search(v) else v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    for n, line in enumerate(raw.splitlines(), 1):
        if line.strip():
            try:
                walk(json.loads(line))
            except ValueError as e:
                err(f"jsonl line {n} does not parse: {e}")
    return raw, "\n\n".join(parts)


def decode_json(b):
    raw = b.decode("utf-8-sig")
    parts = []

    def walk(v):
        if isinstance(v, str):
            parts.append(html_text(v) if LOOKS_HTML.search(v) else v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    try:
        walk(json.loads(raw))
    except ValueError as e:
        err(f"json does not parse: {e}")
    return raw, "\n\n".join(parts)


def decode_xml(b):
    import xml.etree.ElementTree as ET
    raw = b.decode("utf-8")
    parts = []
    for el in ET.fromstring(b).iter():
        for v in (el.text,):
            if v and v.strip():
                parts.append(html_text(v) if LOOKS_HTML.search(v) else v)
    return raw, "\n\n".join(parts)


def decode_csv(b, delimiter=","):
    import csv as _csv
    try:
        raw = b.decode("utf-8-sig")
    except UnicodeDecodeError:
        raw = b.decode("cp1252")
    parts = []
    for row in _csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter):
        for v in row:
            if v.strip():
                parts.append(html_text(v) if LOOKS_HTML.search(v) else v)
    return raw, "\n\n".join(parts)


MD_IMG = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def decode_md(b):
    raw = b.decode("utf-8")
    t = MD_IMG.sub(r"\1", raw)
    t = MD_LINK.sub(r"\1", t)
    t = re.sub(r"(?m)^#{1,6}[ \t]+", "", t)
    t = re.sub(r"(\*\*|__|\*|(?<!\w)_(?=\w)|(?<=\w)_(?!\w))", "", t)
    return raw, t


def decode_eml(b):
    msg = email.message_from_bytes(b)
    parts = _msg_parts(msg)
    raw = b.decode("utf-8", errors="replace")
    # raw view also carries the decoded text/html parts (base64 / quoted-printable undone, markup kept), as
    # for WARC payloads, so that URLs in hrefs can be checked
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            raw += "\n" + (part.get_payload(decode=True) or b"").decode(part.get_content_charset() or "utf-8")
    return raw, "\n\n".join(parts)


def _msg_parts(msg):
    parts = []
    for h in ("From", "Subject", "Date"):
        if msg[h]:
            parts.append(str(email.header.make_header(email.header.decode_header(msg[h]))))
    for part in msg.walk():
        ct = part.get_content_type()
        if ct not in ("text/plain", "text/html"):
            continue
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8")
        if ct == "text/html":
            text = html_text(text)
        else:
            text = re.sub(r"(?m)^>(>*From )", r"\1", text)
        parts.append(text)
    return parts


def decode_mbox(path, b):
    raw = b.decode("utf-8", errors="replace")
    parts = []
    for msg in mailbox.mbox(path, create=False):
        for h in ("From", "Subject", "Date"):
            if msg[h]:
                parts.append(str(email.header.make_header(email.header.decode_header(msg[h]))))
        for part in msg.walk():
            ct = part.get_content_type()
            if ct not in ("text/plain", "text/html"):
                continue
            payload = part.get_payload(decode=True) or b""
            text = payload.decode(part.get_content_charset() or "utf-8")
            if ct == "text/html":
                text = html_text(text)
            else:
                text = re.sub(r"(?m)^>(>*From )", r"\1", text)
            parts.append(text)
    return raw, "\n\n".join(parts)


def decode_warc(b):
    from warcio.archiveiterator import ArchiveIterator
    raw_parts, text_parts = [], []
    for rec in ArchiveIterator(io.BytesIO(b)):
        raw_parts.append(rec.rec_headers.to_str())
        if rec.http_headers:
            raw_parts.append(rec.http_headers.to_str())
        if rec.rec_type not in ("response", "warcinfo"):
            continue
        payload = rec.content_stream().read()
        ct = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
        m = re.search(r"charset=([\w-]+)", ct)
        page = payload.decode(m.group(1) if m else html_charset(payload), errors="replace")
        raw_parts.append(page)
        if "html" in ct:
            text_parts.append(html_text(page))
    return "\n".join(raw_parts), "\n\n".join(text_parts)


RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+) ?|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])|([{}])|([\r\n])|([^\\{}\r\n]+)")
RTF_DEST = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "listtable", "listoverridetable",
            "rsidtbl", "generator", "xmlnstbl", "themedata", "datastore"}


def decode_rtf(b):
    raw = b.decode("latin-1")
    out, stack = [], []
    skip, uc, pending = False, 1, 0
    star = False
    for m in RTF_TOKEN.finditer(raw):
        hexc, uni, word, num, sym, brace, nl, text = m.groups()
        if brace == "{":
            stack.append((skip, uc))
            star = False
            continue
        if brace == "}":
            skip, uc = stack.pop() if stack else (False, 1)
            continue
        if nl:
            continue
        if pending and (hexc or text):
            if hexc:
                pending -= 1
                continue
            n = min(pending, len(text))
            text, pending = text[n:], pending - n
            if not text:
                continue
        if sym == "*":
            skip = True
            continue
        if word:
            pending = 0
            if word in RTF_DEST:
                skip = True
            elif word == "uc":
                uc = int(num or 1)
            elif skip:
                pass
            elif word in ("par", "line", "page", "sect", "row"):
                out.append("\n")
            elif word in ("tab", "cell"):
                out.append("\t")
            elif word in ("emdash", "endash", "lquote", "rquote", "ldblquote", "rdblquote", "bullet"):
                out.append({"emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
                            "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022"}[word])
            continue
        if skip:
            continue
        if uni is not None:
            n = int(uni)
            out.append(chr(n + 65536 if n < 0 else n))
            pending = uc
        elif hexc:
            out.append(bytes([int(hexc, 16)]).decode("cp1252", errors="replace"))
        elif sym:
            out.append({"~": "\u00a0", "-": "", "_": "-"}.get(sym, sym))
        elif text:
            out.append(text)
    return raw, "".join(out)


PAGE = re.compile(r"^.*\bPage \d+ of \d+\s*$")


def decode_text(b):
    if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raw, enc = b.decode("utf-16"), "utf-16"
    else:
        try:
            raw, enc = b.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            if any(0x80 <= c <= 0x9f for c in b):
                raw, enc = b.decode("cp1252"), "cp1252"
            else:
                raw, enc = b.decode("latin-1"), "latin-1"
    raw = raw.replace("\r\n", "\n")
    text = raw
    lines = [ln.replace("\f", "") for ln in raw.split("\n")]
    if any(PAGE.match(ln) for ln in lines) or "\f" in raw:
        counts = collections.Counter(ln.strip() for ln in lines if ln.strip())
        kept = [ln for ln in lines if not PAGE.match(ln) and not (ln.strip() and counts[ln.strip()] >= 3)]
        text = "\n".join(kept)
        text = re.sub(r"([a-z])-\n\s*([a-z])", r"\1\2", text)
    return raw, text, enc


def decode(path):
    fn = os.path.basename(path)
    with open(path, "rb") as f:
        b = f.read()
    low = fn.lower()
    if low.endswith((".html", ".htm")):
        raw, text = decode_html(b)
        return dict(kind="html", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith((".jsonl", ".ndjson")):
        raw, text = decode_jsonl(b)
        return dict(kind="jsonl", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith(".json"):
        raw, text = decode_json(b)
        return dict(kind="json", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith(".rtf"):
        raw, text = decode_rtf(b)
        return dict(kind="rtf", raw=raw, text=text, enc="cp1252", size=len(b))
    if low.endswith(".tsv"):
        raw, text = decode_csv(b, "\t")
        return dict(kind="tsv", raw=raw, text=text, enc="cp1252", size=len(b))
    if low.endswith((".xml", ".atom", ".rss", ".enex")):
        raw, text = decode_xml(b)
        return dict(kind="xml", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith(".csv"):
        raw, text = decode_csv(b)
        return dict(kind="csv", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith((".md", ".markdown")):
        raw, text = decode_md(b)
        return dict(kind="md", raw=raw, text=text, enc="utf-8", size=len(b))
    if low.endswith((".mhtml", ".mht")):
        raw, text = decode_eml(b)
        return dict(kind="mhtml", raw=raw, text=text, enc="mime", size=len(b))
    if low.endswith(".eml"):
        raw, text = decode_eml(b)
        return dict(kind="eml", raw=raw, text=text, enc="mime", size=len(b))
    if low.endswith(".mbox"):
        raw, text = decode_mbox(path, b)
        return dict(kind="mbox", raw=raw, text=text, enc="mime", size=len(b))
    if low.endswith((".warc", ".warc.gz")):
        raw, text = decode_warc(b)
        return dict(kind="warc", raw=raw, text=text, enc="warc", size=len(b))
    raw, text, enc = decode_text(b)
    return dict(kind="text", raw=raw, text=text, enc=enc, size=len(b))


def toks(s):
    return collections.Counter(WORD.findall(s.lower()))


def f1(a, b):
    p, g = toks(a), toks(b)
    c = sum((p & g).values())
    if not c:
        return 0.0
    pr, rc = c / sum(p.values()), c / sum(g.values())
    return 2 * pr * rc / (pr + rc)


# ---------------------------------------------------------------- checks
def main():
    try:
        with open(GOLD, encoding="utf-8") as fh:
            gold = json.load(fh)
    except Exception as e:
        print(f"ERROR: cannot load {GOLD}: {e}")
        return 1
    if not isinstance(gold, list) or not gold:
        print("ERROR: gold must be a non-empty list")
        return 1

    files = {}
    for fn in sorted(os.listdir(DUMPS)):
        try:
            d = decode(os.path.join(DUMPS, fn))
        except Exception as e:
            err(f"{fn}: cannot decode ({type(e).__name__}: {e})")
            continue
        d["ntext"] = norm(d["text"])
        d["nraw"] = norm(d["raw"])
        d["hay"] = (norm(html.unescape(d["raw"])) + " " + d["ntext"]).lower()
        files[fn] = d

    ids = collections.Counter(g.get("id") for g in gold if isinstance(g, dict))
    for i, n in ids.items():
        if n > 1:
            err(f"duplicate id {i!r}")

    all_bodies = [(g.get("id"), c["body"]) for g in gold if isinstance(g, dict)
                  for c in g.get("copies") or [] if isinstance(c, dict) and isinstance(c.get("body"), str)]

    used = set()
    for g in gold:
        if not isinstance(g, dict):
            err(f"entry is not an object: {g!r}")
            continue
        gid = g.get("id")
        where = f"[{gid}]"
        if not isinstance(gid, str) or not gid:
            err(f"{where} id must be a non-empty string")
        for k in ("title", "outlet"):
            v = g.get(k)
            if not isinstance(v, list) or not v or not all(x is None or isinstance(x, str) for x in v):
                err(f"{where} {k} must be a non-empty list of strings/null")
        d = g.get("date", "MISSING")
        if d == "MISSING":
            err(f"{where} date missing (use null)")
        elif d is not None:
            try:
                datetime.date.fromisoformat(d)
            except Exception:
                err(f"{where} date {d!r} is not ISO YYYY-MM-DD")
        a = g.get("authors")
        if not isinstance(a, list) or not a or not all(isinstance(x, list) and all(isinstance(n, str) for n in x)
                                                       for x in a):
            err(f"{where} authors must be a non-empty list of lists of names")
        mn = g.get("must_not")
        if not isinstance(mn, list) or not all(isinstance(x, str) and x for x in mn):
            err(f"{where} must_not must be a list of non-empty strings")
            mn = []
        if "url" in g and not (isinstance(g["url"], str) and g["url"].startswith("http")):
            err(f"{where} url must be an http(s) string when present")
        copies = g.get("copies")
        if not isinstance(copies, list) or not copies:
            err(f"{where} copies must be a non-empty list")
            continue
        ok = True
        for c in copies:
            if not isinstance(c, dict) or not isinstance(c.get("source"), str) or not isinstance(c.get("body"), str):
                err(f"{where} copy must be {{source: str, body: str}}: {c!r}")
                ok = False
            elif c["source"] != os.path.basename(c["source"]) or c["source"] not in files:
                err(f"{where} copy source {c['source']!r} is not a file in {DUMPS}")
                ok = False
        if not ok:
            continue
        srcs = [c["source"] for c in copies]
        used.update(srcs)

        # ---- bodies
        cursor, positions = {}, []
        for n, c in enumerate(copies):
            src, b = c["source"], c["body"]
            text = files[src]["ntext"]
            if b != b.strip() or "\n\n\n" in b:
                err(f"{where} copy {n}: leading/trailing whitespace or more than one blank line between paragraphs")
            paras = [p for p in b.split("\n\n") if p.strip()]
            for p in paras:
                if p != " ".join(p.split()):
                    err(f"{where} copy {n}: paragraph is not whitespace-normalised: {p[:60]!r}")
            pos, start = cursor.get(src, 0), None
            for p in paras:
                q = norm(p)
                k = text.find(q, pos)
                if k < 0:
                    what = "out of order" if text.find(q) >= 0 else "not in the dump's text"
                    err(f"{where} copy {n} ({src}): paragraph {what}: {p[:70]!r}")
                    continue
                if start is None:
                    start = k
                pos = k + len(q)
            # blind24: the next copy in this dump is searched from just after this copy's *start* (an e-paper
            # story jumps to a later page, so stories that start between its two parts come after it in file order)
            cursor[src] = (start + 1) if start is not None else pos
            positions.append((src, start if start is not None else -1))
        for (s1, p1), (s2, p2) in itertools.pairwise(positions):
            if (s1, p1) >= (s2, p2):
                err(f"{where} copies not in file order: {s1}@{p1} before {s2}@{p2}")

        # ---- must_not
        for s in mn:
            found = False
            for src in set(srcs):
                f = files[src]
                views = [f["text"], f["ntext"]] if f["kind"] == "html" else [f["text"], f["ntext"], f["raw"], f["nraw"]]
                if any(s in v or norm(s) in v for v in views):
                    found = True
            if not found:
                err(f"{where} must_not {s!r} does not occur in its dump(s) {sorted(set(srcs))}")
            for oid, ob in all_bodies:
                if s in ob:
                    err(f"{where} must_not {s!r} occurs in the gold body of {oid}")
                    break

        # ---- metadata stated in the dumps
        hay = " ".join(files[s]["hay"] for s in set(srcs))
        for k in ("title", "outlet"):
            alts = [v for v in g.get(k) or [] if v]
            stated = [v for v in alts if norm(v).lower() in hay]
            if alts and not stated:
                err(f"{where} no {k} alternative is stated in its dump(s): {alts!r}")
            for v in alts:
                if v not in stated:
                    warnings.append(f"{where} {k} alternative {v!r} is a normalisation, not verbatim in the dump")
        named = [alt for alt in g.get("authors") or [] if alt]
        def stated(x):
            n = norm(x).lower()
            bits = n.split()
            inv = f"{bits[-1]}, {' '.join(bits[:-1])}" if len(bits) > 1 else n
            return n in hay or inv in hay
        full = [alt for alt in named if all(stated(x) for x in alt)]
        if named and not full:
            err(f"{where} no author alternative is stated in its dump(s): {named!r}")
        for alt in named:
            if alt not in full:
                warnings.append(f"{where} author alternative {alt!r} not verbatim in the dump")
        if g.get("url") and not any(g["url"] in html.unescape(files[s]["raw"]) for s in set(srcs)):
            err(f"{where} url {g['url']!r} is not in its dump(s)")

    for fn in files:
        if fn not in used:
            warnings.append(f"dump {fn} is not referenced by any gold copy")

    # ---- summary
    n_cop = sum(len(g.get("copies") or []) for g in gold)
    groups = [g for g in gold if len(g.get("copies") or []) > 1]
    cross = [g for g in groups if len({c["source"] for c in g["copies"]}) > 1]
    wc = [len(g["copies"][0]["body"].split()) for g in gold if g.get("copies")]
    print(f"dumps: {len(files)} files, {sum(f['size'] for f in files.values())} bytes, "
          f"{sum(len(f['text'].split()) for f in files.values())} words of decoded text")
    for fn, f in files.items():
        feats = [f["kind"], f["enc"]]
        raw = f["raw"] if f["kind"] != "text" else open(os.path.join(DUMPS, fn), "rb").read().decode(
            f["enc"], errors="replace")
        if "\r\n" in raw:
            feats.append("CRLF")
        if "\u00a0" in raw or "&nbsp;" in raw:
            feats.append("NBSP")
        if "\t" in raw:
            feats.append("tabs")
        if "\f" in raw:
            feats.append("form feeds")
        n = sum(1 for g in gold for c in g.get("copies") or [] if c.get("source") == fn)
        print(f"  {fn}: {len(f['text'].split())} words, {n} copies; {', '.join(feats)}")
    print(f"gold: {len(gold)} articles, {n_cop} copies, {len(groups)} duplicate groups ({len(cross)} across files), "
          f"body words min/median/max {min(wc)}/{sorted(wc)[len(wc) // 2]}/{max(wc)} (total {sum(wc)}), "
          f"{sum(1 for g in gold if g.get('date') is None)} null dates, "
          f"{sum(1 for g in gold if None in g.get('outlet', []))} outlets accepting null, "
          f"{sum(1 for g in gold if g.get('url'))} urls, "
          f"{sum(len(g.get('must_not', [])) for g in gold)} must_not strings")
    pairs = []
    for g1, g2 in itertools.combinations(gold, 2):
        pairs.append((f1(g1["copies"][0]["body"], g2["copies"][0]["body"]), g1["id"], g2["id"]))
    pairs.sort(reverse=True)
    print("most similar distinct articles (token F1 of first-copy bodies; these must stay separate):")
    for s, x, y in pairs[:8]:
        print(f"  {s:.2f}  {x} / {y}")
    print("least similar copies inside a duplicate group (token F1 against the first copy):")
    inner = sorted((f1(c["body"], g["copies"][0]["body"]), g["id"], c["source"]) for g in groups for c in g["copies"][1:])
    for s, gid, src in inner[:8]:
        print(f"  {s:.2f}  {gid} in {src}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
