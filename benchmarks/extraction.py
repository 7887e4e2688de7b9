"""Main-text extraction benchmark: newsarchive vs trafilatura alone, side by side in one run.

Each page under benchmarks/data/pages/ is an HTML file with a hand-checked expected body and
metadata (NN-name.json). Bodies are scored by token F1 exactly as the archive scorer does
(lower-cased \\w+ tokens, multiset overlap). trafilatura runs on the raw bytes (its own charset
handling) with every setting combination listed in TRAFILATURA_SETTINGS; newsarchive runs its
whole HTML path: charset decoding, page parser, metadata enrichment and the shared Cleaner.

    python benchmarks/extraction.py            # the table
    python benchmarks/extraction.py --pages    # plus one row per page
    python benchmarks/extraction.py --json     # machine-readable
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.bylines import Bylines  # noqa: E402  (the repo root goes on sys.path first)
from ingest.charsets import decode_source  # noqa: E402
from ingest.clean import Cleaner  # noqa: E402
from ingest.config import CleanConfig  # noqa: E402
from ingest.formats import html as html_format  # noqa: E402
from ingest.formats.plaintext import ParseContext  # noqa: E402
from ingest.metadata import enrich  # noqa: E402
from ingest.outlets import OutletAliases  # noqa: E402
from ingest.records import Candidate, Source  # noqa: E402
from ingest.rules import RuleSet  # noqa: E402

PAGES = Path(__file__).parent / "data" / "pages"
WORD = re.compile(r"\w+", re.UNICODE)
BASE = {"output_format": "txt", "deduplicate": False, "with_metadata": False}
TRAFILATURA_SETTINGS: dict[str, dict[str, Any]] = {
    "trafilatura default": {},
    "trafilatura no comments": {"include_comments": False},
    "trafilatura precision": {"favor_precision": True, "include_comments": False},
    "trafilatura precision+no tables": {"favor_precision": True, "include_comments": False, "include_tables": False},
    "trafilatura recall": {"favor_recall": True, "include_comments": False},
    "trafilatura recall+no tables": {"favor_recall": True, "include_comments": False, "include_tables": False},
    "trafilatura fast (no fallback)": {"fast": True, "include_comments": False},
}


def f1(pred: str, gold: str) -> tuple[float, float, float]:
    p = collections.Counter(WORD.findall(pred.lower()))
    g = collections.Counter(WORD.findall(gold.lower()))
    common = sum((p & g).values())
    if not common:
        return 0.0, 0.0, 0.0
    pr, rc = common / sum(p.values()), common / sum(g.values())
    return pr, rc, 2 * pr * rc / (pr + rc)


class Newsarchive:
    """The archive's own HTML path, without a database."""

    def __init__(self, extract: Callable[[str], list[str]] = html_format.main_text, clean: bool = True) -> None:
        cfg = CleanConfig()
        self.bylines = Bylines(cfg.byline_files)
        self.ctx = ParseContext(self.bylines, OutletAliases(cfg.outlet_files))
        self.cleaner = Cleaner(RuleSet(cfg.rule_files), self.bylines, cfg.unwrap_max_width)
        self.extract, self.clean = extract, clean

    def __call__(self, path: Path) -> tuple[str, dict[str, Any]]:
        data = path.read_bytes()
        decoded = decode_source(Source(str(path), data, hashlib.sha256(data).hexdigest()), None)
        item, _ = html_format.page_candidate(decoded.text, str(path), 0, (1, 1), self.ctx, extract=self.extract)
        if not isinstance(item, Candidate):
            return "", {}
        cand = enrich(item, self.bylines)
        body = self.cleaner.clean(cand).body if self.clean else "\n\n".join(t for _, t in cand.body_lines if t)
        meta = {
            "title": cand.title,
            "outlet": cand.outlet,
            "published_on": cand.published_on.isoformat() if cand.published_on else None,
            "authors": cand.authors,
            "url": cand.url,
            "language": cand.language,
        }
        return body, meta


def trafilatura_system(settings: dict[str, Any]) -> Callable[[Path], tuple[str, dict[str, Any]]]:
    def run(path: Path) -> tuple[str, dict[str, Any]]:
        data = path.read_bytes()
        body = trafilatura.extract(data, **{**BASE, **settings}) or ""
        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
        md = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
        authors = [a.strip() for a in re.split(r";|,\s(?=[A-Z])", md.get("author") or "") if a.strip()]
        meta = {
            "title": md.get("title"),
            "outlet": md.get("sitename"),
            "published_on": md.get("date"),
            "authors": authors,
            "url": md.get("url"),
            "language": md.get("language"),
        }
        return body, meta

    return run


def systems() -> dict[str, Callable[[Path], tuple[str, dict[str, Any]]]]:
    out: dict[str, Callable[[Path], tuple[str, dict[str, Any]]]] = {
        "newsarchive": Newsarchive(),
        "newsarchive without furniture pruning": Newsarchive(lambda h: html_format.main_text(h, furniture=False)),
        "newsarchive without the Cleaner": Newsarchive(clean=False),
    }
    out.update({name: trafilatura_system(s) for name, s in TRAFILATURA_SETTINGS.items()})
    return out


META_FIELDS = ("title", "outlet", "published_on", "authors", "url")


def _meta_ok(got: dict[str, Any], want: dict[str, Any], key: str) -> bool:
    g, w = got.get(key), want.get(key)
    if key == "url":
        return (g or "").rstrip("/") == (w or "").rstrip("/")
    return bool(g == w)


def run(show_pages: bool) -> dict[str, Any]:
    pages = sorted(PAGES.glob("*.html"))
    results: dict[str, Any] = {}
    for name, system in systems().items():
        rows = []
        for page in pages:
            want = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
            body, meta = system(page)
            p, r, f = f1(body, want["body"])
            ok = {k: _meta_ok(meta, want, k) for k in META_FIELDS}
            rows.append({"page": page.stem, "p": p, "r": r, "f1": f, "meta": ok})
        n = len(rows)
        results[name] = {
            "f1": sum(x["f1"] for x in rows) / n,
            "p": sum(x["p"] for x in rows) / n,
            "r": sum(x["r"] for x in rows) / n,
            "meta": {k: sum(x["meta"][k] for x in rows) / n for k in META_FIELDS},
            "pages": rows,
        }
    return results


def render(results: dict[str, Any], show_pages: bool) -> str:
    n_pages = len(next(iter(results.values()))["pages"])
    lines = [
        f"main-text extraction on {n_pages} pages (token F1 vs hand-checked bodies; metadata = share exactly right)"
    ]
    head = f"{'system':40} {'F1':>6} {'P':>6} {'R':>6}  " + " ".join(f"{k[:9]:>9}" for k in META_FIELDS)
    lines += [head, "-" * len(head)]
    for name, res in results.items():
        meta = " ".join(f"{res['meta'][k]:>9.2f}" for k in META_FIELDS)
        lines.append(f"{name:40} {res['f1']:6.3f} {res['p']:6.3f} {res['r']:6.3f}  {meta}")
    best = max((n for n in results if n.startswith("trafilatura")), key=lambda n: results[n]["f1"])
    ours = results["newsarchive"]["f1"]
    lines.append(f"best trafilatura setting: {best} (F1 {results[best]['f1']:.3f}); newsarchive F1 {ours:.3f}")
    if show_pages:
        lines.append("")
        lines.append(f"{'page':36} {'newsarchive':>12} {best[:28]:>28}")
        for ours, theirs in zip(results["newsarchive"]["pages"], results[best]["pages"], strict=True):
            lines.append(f"{ours['page']:36} {ours['f1']:12.3f} {theirs['f1']:28.3f}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", action="store_true", help="one row per page for newsarchive and the best trafilatura")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    results = run(args.pages)
    print(json.dumps(results, indent=1) if args.json else render(results, args.pages))


if __name__ == "__main__":
    main()
