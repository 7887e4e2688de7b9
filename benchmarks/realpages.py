"""Real saved news pages: newsarchive's HTML path vs trafilatura's defaults, snippet by snippet.

The pages are not shipped with this project. They are real pages saved from news and magazine
sites, kept with hand-checked snippets in trafilatura's own test suite: the repository
adbar/trafilatura holds the pages in tests/cache/*.html and the snippets in tests/evaldata.json
(keyed by URL; each entry names its "file", the strings the main text must contain ("with"),
must not contain ("without") and, for some, comment text ("comments") that must not be in an
article body either). Copy the pages you want into a folder and their entries into one JSON
file, then:

    python benchmarks/realpages.py PAGES_DIR EVALDATA.json [--json]

Each page goes through newsarchive's whole per-file path (ingest.prepare.Preparer: charset
decoding, format sniffing, the HTML parser with its story splitter, metadata enrichment and
the Cleaner), exactly as `newsarchive ingest` prepares it, without a database. Beside it, in
the same run, trafilatura.extract with default settings is scored on the same snippets.
Text is compared after whitespace normalisation and typographic folding (curly quotes and
dashes, NFKC), case kept, so formatting never counts. Metadata (title, date, outlet,
authors, URL) is printed for a human to judge: the snippet files state no metadata.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.config import IngestConfig  # noqa: E402  (the repo root goes on sys.path first)
from ingest.prepare import Prepared, Preparer  # noqa: E402
from ingest.records import Source  # noqa: E402

# Typographic variants folded to one form; case is kept (the snippets are case-exact).
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
})
META_FIELDS = ("title", "published_on", "outlet", "authors", "url")


def norm(text: str) -> str:
    """Whitespace-normalised, typographically folded text (case kept)."""
    return " ".join(unicodedata.normalize("NFKC", text).translate(_FOLD).split())


@dataclass(slots=True)
class Score:
    """Snippet checks of one system on one page."""

    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)  # "without" or "comments" snippets present
    clean: int = 0  # "without"/"comments" snippets correctly absent


def score(body: str, entry: dict[str, Any]) -> Score:
    text = norm(body)
    out = Score()
    for snippet in entry.get("with", []):
        (out.found if norm(snippet) in text else out.missed).append(snippet)
    for snippet in [*entry.get("without", []), *entry.get("comments", [])]:
        if not norm(snippet).strip():
            continue  # evaldata uses "" for "no comments"
        if norm(snippet) in text:
            out.leaked.append(snippet)
        else:
            out.clean += 1
    return out


def newsarchive(preparer: Preparer, path: Path) -> tuple[str, dict[str, Any], str]:
    """The page as `newsarchive ingest` prepares it: body (all articles), metadata, format."""
    data = path.read_bytes()
    prepared = preparer(Source(str(path), data, hashlib.sha256(data).hexdigest()))
    if not isinstance(prepared, Prepared):
        return "", {"error": prepared.reason}, "failed"
    body = "\n\n".join(a.body for a in prepared.articles)
    meta: dict[str, Any] = {"articles": len(prepared.articles)}
    if prepared.articles:
        cand = prepared.articles[0].candidate
        meta.update(
            title=cand.title, outlet=cand.outlet, authors=cand.authors, url=cand.url,
            published_on=cand.published_on.isoformat() if cand.published_on else None,
        )
    return body, meta, prepared.fmt


def baseline(path: Path) -> str:
    """trafilatura.extract with its default settings, on the raw bytes."""
    return trafilatura.extract(path.read_bytes()) or ""


def run(pages: Path, evaldata: Path) -> list[dict[str, Any]]:
    entries = json.loads(evaldata.read_text(encoding="utf-8"))
    preparer = Preparer(IngestConfig(progress=False))
    rows = []
    for url, entry in entries.items():
        path = pages / entry["file"]
        if not path.exists():
            print(f"skipped (no file): {entry['file']}", file=sys.stderr)
            continue
        body, meta, fmt = newsarchive(preparer, path)
        rows.append({
            "file": entry["file"], "url": url, "format": fmt, "meta": meta,
            "ours": asdict(score(body, entry)), "trafilatura": asdict(score(baseline(path), entry)),
        })
    return rows


def _cell(s: dict[str, Any]) -> str:
    n_with = len(s["found"]) + len(s["missed"])
    n_without = len(s["leaked"]) + s["clean"]
    return f"with {len(s['found'])}/{n_with}  leaks {len(s['leaked'])}/{n_without}"


def render(rows: list[dict[str, Any]]) -> str:
    lines = [f"real pages: {len(rows)}  (snippets after whitespace/typography folding; leaks = "
             "'without' + 'comments' snippets present in the body)", ""]
    for r in rows:
        meta = r["meta"]
        lines.append(f"{r['file']}  [{r['format']}, {meta.get('articles', 0)} article(s)]")
        lines.append(f"  newsarchive   {_cell(r['ours'])}")
        lines.append(f"  trafilatura   {_cell(r['trafilatura'])}")
        for name in ("ours", "trafilatura"):
            s = r[name]
            if s["missed"]:
                lines.append(f"    {name} missed: {s['missed']}")
            if s["leaked"]:
                lines.append(f"    {name} leaked: {s['leaked']}")
        for key in META_FIELDS:
            lines.append(f"    {key:13} {meta.get(key)!r}")
        lines.append("")
    lines.append("totals")
    for name in ("ours", "trafilatura"):
        found = sum(len(r[name]["found"]) for r in rows)
        n_with = found + sum(len(r[name]["missed"]) for r in rows)
        leaked = sum(len(r[name]["leaked"]) for r in rows)
        n_without = leaked + sum(r[name]["clean"] for r in rows)
        perfect = sum(1 for r in rows if not r[name]["missed"] and not r[name]["leaked"])
        label = "newsarchive" if name == "ours" else "trafilatura default"
        lines.append(f"  {label:20} with {found}/{n_with}  leaks {leaked}/{n_without}  "
                     f"pages all right {perfect}/{len(rows)}")
    for key in META_FIELDS:
        have = sum(1 for r in rows if r["meta"].get(key))
        lines.append(f"  newsarchive {key:13} found on {have}/{len(rows)} pages")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, help="folder of saved pages (files named in the JSON)")
    ap.add_argument("evaldata", type=Path, help="evaldata-style JSON: {url: {file, with, without, comments}}")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    rows = run(args.pages, args.evaldata)
    print(json.dumps(rows, indent=1, ensure_ascii=False) if args.json else render(rows))


if __name__ == "__main__":
    main()
