"""Held-out measurement on the archive formats, on files written outside the repository.

The 37 articles of tests/heldout/gold.json (outlets, wording and layouts not in the seeds) are
rendered into every input format: web pages inside a zip, a gzipped WARC crawl, an mbox with
quoted-printable and base64 messages, a Nexis export, a Factiva export and a gzipped JSON-lines
file. Every fifth article is also republished in a second format, so cross-format duplicates
must collapse. The files go to a temporary folder (or --out), newsarchive ingests them, and the
archive scorer compares the result with a gold file derived from the same articles.

    python benchmarks/heldout_formats.py            # prints the scorer's output
    python benchmarks/heldout_formats.py --out /tmp/heldout-formats --keep
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import gzip
import html
import io
import json
import quopri
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "heldout" / "gold.json"
SCORER = ROOT.parent / "shared" / "tools" / "score_archive.py"
FORMATS = ["html", "warc", "mbox", "nexis", "factiva", "jsonl"]
FILES = {
    "html": "pages.zip",
    "warc": "crawl.warc.gz",
    "mbox": "list.mbox",
    "nexis": "nexis.txt",
    "factiva": "factiva.txt",
    "jsonl": "crawl.jsonl.gz",
}
COOKIE = "We use cookies to improve your experience. By continuing you accept our cookie policy."
FOOTER = "Registered office: 12 Harbour Row. Company number 0471123."


def _article(g: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": g["id"],
        "title": g["title"][0] if g["title"] else None,
        "outlet": g["outlet"][0] if g["outlet"] else None,
        "date": dt.date.fromisoformat(g["date"]) if g.get("date") else None,
        "authors": g["authors"][0] if g["authors"] else [],
        "url": g.get("url"),
        "paras": [p for p in g["copies"][0]["body"].split("\n\n") if p],
    }


def page(a: dict[str, Any], k: int) -> str:
    e = html.escape
    meta = [f'<meta property="og:type" content="article"><meta property="og:title" content="{e(a["title"] or "")}">']
    if a["outlet"]:
        meta.append(f'<meta property="og:site_name" content="{e(a["outlet"])}">')
    if a["date"] and k % 2:
        meta.append(f'<meta property="article:published_time" content="{a["date"].isoformat()}T08:00:00Z">')
    ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"]}
    if a["date"]:
        ld["datePublished"] = a["date"].isoformat()
    if a["authors"]:
        ld["author"] = [{"@type": "Person", "name": n} for n in a["authors"]]
    if a["url"]:
        meta.append(f'<link rel="canonical" href="{e(a["url"])}">')
    head = "\n".join(meta) + (f'<script type="application/ld+json">{json.dumps(ld)}</script>' if k % 2 == 0 else "")
    byline = f'<p class="byline">By {e(" and ".join(a["authors"]))}</p>' if a["authors"] and k % 2 else ""
    date = f"<time>{a['date']:%d %B %Y}</time>" if a["date"] and k % 2 else ""
    body = "\n".join(f"<p>{e(p)}</p>" for p in a["paras"])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(a["title"] or "")}</title>
{head}</head><body><div class="cookie-banner"><p>{COOKIE}</p><button>OK</button></div>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
<article><h1>{e(a["title"] or "")}</h1>{byline}{date}<div class="share-bar">Share on Facebook | Share on X</div>
<div class="article-body">{body}</div></article>
<section class="related"><h3>Related stories</h3><ul><li><a href="#">Another story about the port</a></li>
<li><a href="#">Markets close higher</a></li><li><a href="#">Weather warning for the weekend</a></li></ul></section>
<footer><p>{FOOTER}</p></footer></body></html>"""


def header_block(a: dict[str, Any]) -> str:
    lines = [a["title"] or ""]
    stated = f"{a['date']:%B} {a['date'].day}, {a['date'].year}" if a["date"] else None
    if a["outlet"] and stated:
        lines.append(f"{a['outlet']}, {stated}")
    elif stated:
        lines.append(stated)
    if a["authors"]:
        lines.append("By " + " and ".join(a["authors"]))
    tail = f"\n\n{a['url']}" if a["url"] else ""  # as the original dumps state it: a bare URL line
    return "\n".join(lines) + "\n\n" + "\n\n".join(a["paras"]) + tail + "\n"


def mbox(arts: list[dict[str, Any]]) -> bytes:
    out = []
    for k, a in enumerate(arts):
        text = (
            header_block(a)
            + "\n_______________________________________________\nNews-L mailing list\nhttps://lists.example.org/mailman/listinfo/news-l\n"
        )
        if k % 2:
            cte, payload = "quoted-printable", quopri.encodestring(text.encode("utf-8"))
        else:
            cte, payload = "base64", base64.encodebytes(text.encode("utf-8"))
        out.append(
            b"From news-l-bounces@lists.example.org  Mon Oct  5 08:00:00 2020\n"
            + f"From: Archivist <a@example.org>\nSubject: [News-L] item {k}\n".encode()
            + b"Date: Mon, 05 Oct 2020 08:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            + f"Content-Transfer-Encoding: {cte}\n\n".encode()
            + payload
            + b"\n"
        )
    return b"\n".join(out)


def _words(a: dict[str, Any]) -> int:
    return sum(len(p.split()) for p in a["paras"])


def nexis(arts: list[dict[str, Any]]) -> str:
    parts = [f"Download Request: Current Document: 1-{len(arts)}\nTime Of Request: Monday, October 12, 2020\n\n"]
    for k, a in enumerate(arts, start=1):
        date = f"{a['date']:%B} {a['date'].day}, {a['date'].year} {a['date']:%A}" if a["date"] else ""
        byline = f"BYLINE: {' and '.join(a['authors'])}\n\n" if a["authors"] else ""
        body = "\n\n".join(textwrap.fill(p, 78) for p in a["paras"])
        parts.append(
            f"\n{' ' * 30}{k} of {len(arts)} DOCUMENTS\n\n\n{' ' * 26}{a['outlet'] or 'Unknown Source'}\n\n"
            f"{' ' * 20}{date}\n\n{a['title']}\n\n{byline}SECTION: NEWS\n\nLENGTH: {_words(a)} words\n\n\n"
            f"{body}\n\n\nLOAD-DATE: October 12, 2020\n\nLANGUAGE: ENGLISH\n\n"
            + (f"URL: {a['url']}\n\n" if a["url"] else "")
            + "PUBLICATION-TYPE: Newspaper\n\n"
            f"{' ' * 20}Copyright 2020 {a['outlet'] or 'the publisher'}\n{' ' * 30}All Rights Reserved\n"
        )
    return "".join(parts)


def factiva(arts: list[dict[str, Any]]) -> str:
    out = []
    for k, a in enumerate(arts):
        paras = a["paras"]
        lp, td = paras[:2], paras[2:]
        fields = [("HD", a["title"]), ("BY", " and ".join(a["authors"]) or None), ("WC", "300 words")]
        fields += [("PD", f"{a['date'].day} {a['date']:%B %Y}" if a["date"] else None), ("SN", a["outlet"])]
        fields += [("LA", "English"), ("CY", "Copyright 2020.")]
        td = [*td, a["url"]] if a["url"] else td  # Factiva has no URL field: it stands at the end of the text
        fields += [
            ("LP", "\n\n".join(lp) or None),
            ("TD", "\n\n".join(td) or None),
            ("NS", "gcat : Political/General News"),
        ]
        fields += [("AN", f"Document HOLD{k:04d}20201012")]
        out.append("\n".join(f"{t}\n{v}" for t, v in fields if v) + "\n\n")
    return "\n".join(out)


def jsonl(arts: list[dict[str, Any]]) -> bytes:
    rows = [
        {
            "title": a["title"],
            "maintext": "\n".join(a["paras"]) or None,
            "authors": a["authors"],
            "date_publish": f"{a['date'].isoformat()} 09:00:00" if a["date"] else None,
            "date_download": "2021-01-01 00:00:00",
            "source_name": a["outlet"],
            "url": a["url"],
        }
        for a in arts
    ]
    return gzip.compress("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode())


def warc(arts: list[dict[str, Any]]) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for k, a in enumerate(arts):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        uri = a["url"] or f"https://example.org/{a['id']}"
        record = writer.create_warc_record(
            uri, "response", payload=io.BytesIO(page(a, k).encode()), http_headers=headers
        )
        writer.write_record(record)
    return buf.getvalue()


def build(out: Path) -> Path:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    groups: dict[str, list[dict[str, Any]]] = {f: [] for f in FORMATS}
    derived = []
    for i, g in enumerate(gold):
        a = _article(g)
        fmts = [FORMATS[i % len(FORMATS)]] + ([FORMATS[(i + 3) % len(FORMATS)]] if i % 5 == 0 else [])
        copies = []
        for fmt in fmts:
            groups[fmt].append(a)
            name = f"{a['id']}.html" if fmt == "html" else FILES[fmt]
            name = "crawl.jsonl.gz!crawl.jsonl" if fmt == "jsonl" else name  # the scorer keeps what follows the last /
            copies.append({"source": name, "body": "\n\n".join(a["paras"])})
        entry = {k: g[k] for k in ("id", "title", "outlet", "date", "authors")}
        entry.update({"must_not": [COOKIE, FOOTER, "mailing list", "LOAD-DATE", "Related stories"], "copies": copies})
        if g.get("url"):
            entry["url"] = g["url"]
        derived.append(entry)
    dumps = out / "dumps"
    dumps.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, a in enumerate(groups["html"]):
            zf.writestr(f"pages/{a['id']}.html", page(a, k))
    (dumps / FILES["html"]).write_bytes(buf.getvalue())
    (dumps / FILES["warc"]).write_bytes(warc(groups["warc"]))
    (dumps / FILES["mbox"]).write_bytes(mbox(groups["mbox"]))
    (dumps / FILES["nexis"]).write_text(nexis(groups["nexis"]), encoding="utf-8")
    (dumps / FILES["factiva"]).write_text(factiva(groups["factiva"]), encoding="utf-8")
    (dumps / FILES["jsonl"]).write_bytes(jsonl(groups["jsonl"]))
    (out / "gold.json").write_text(json.dumps(derived, ensure_ascii=False, indent=1), encoding="utf-8")
    return dumps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="folder for the rendered files (default: a temp folder)")
    ap.add_argument("--keep", action="store_true", help="keep the folder afterwards")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="newsarchive-heldout-"))
    try:
        dumps = build(out)
        db = out / "archive.sqlite"
        db.unlink(missing_ok=True)
        exe = Path(sys.executable).parent / "newsarchive"
        run = subprocess.run(
            [str(exe), "ingest", str(dumps), "--db", str(db), "--no-progress"], capture_output=True, text=True
        )
        print(run.stdout.strip())
        if run.stderr.strip():
            print(run.stderr.strip())
        score = subprocess.run(
            [sys.executable, str(SCORER), str(db), str(out / "gold.json")], capture_output=True, text=True
        )
        print(score.stdout.strip())
    finally:
        if not args.keep and args.out is None:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
