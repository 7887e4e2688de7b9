"""Presentation for the read commands (search, show, duplicates): plain text for a terminal,
JSON-ready dicts for scripts, and the readable diff of what cleaning removed from a copy.

No click here: cli.py passes in a `style` callable, so the same text renders bold on a
terminal and as [brackets] in a pipe.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any

from db.read import HIT_END, HIT_START, Hit
from ingest.review import PairReview

Style = Callable[[str], str]
_PARA_SPLIT = re.compile(r"\n\s*\n")


def brackets(word: str) -> str:
    return f"[{word}]"


def marked(text: str, style: Style = brackets) -> str:
    """Replace the search index's hit markers with `style`d words."""
    return re.sub(f"{HIT_START}(.*?){HIT_END}", lambda m: style(m.group(1)), text, flags=re.S)


def plain(text: str | None) -> str | None:
    return None if text is None else text.replace(HIT_START, "").replace(HIT_END, "")


def jsonable(value: Any) -> Any:
    """json.dumps default: dates as ISO strings."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _byline(outlet: str | None, published_on: dt.date | None, authors: Iterable[str] = ()) -> str:
    bits = [outlet or "(no outlet)", published_on.isoformat() if published_on else "(no date)"]
    names = ", ".join(authors)
    return " · ".join(bits + ([names] if names else []))


# -- search ----------------------------------------------------------------------------------


def render_hits(hits: list[Hit], style: Style = brackets, width: int = 100) -> str:
    if not hits:
        return "no articles match"
    out = []
    for n, h in enumerate(hits, 1):
        title = marked(h.title_marked or h.title or "(no title)", style)
        copies = f"{h.copies} copies" if h.copies != 1 else "1 copy"
        out.append(f"{n:3d}. #{h.id}  {title}")
        out.append(f"     {_byline(h.outlet, h.published_on, h.authors)} · {copies} · score {h.score:.3g}")
        snippet = " ".join(h.snippet.split())
        for line in textwrap.wrap(snippet, width - 5) or [""]:
            out.append("     " + marked(line, style))
    return "\n".join(out)


def hit_json(h: Hit, mark: tuple[str, str] = ("<mark>", "</mark>")) -> dict[str, Any]:
    data = asdict(h)
    data["title_marked"] = marked(h.title_marked or "", lambda w: mark[0] + w + mark[1]) or None
    data["snippet"] = marked(h.snippet, lambda w: mark[0] + w + mark[1])
    return data


# -- show ------------------------------------------------------------------------------------


def _paragraphs(text: str) -> list[str]:
    """Paragraphs with their inner whitespace collapsed, so re-wrapped lines compare equal."""
    return [" ".join(p.split()) for p in _PARA_SPLIT.split(text) if p.strip()]


def _line_status(raw_lines: list[str], body: str) -> list[tuple[str, str]]:
    """For each raw line: ('blank'|'kept'|'removed'|'changed', the words of it the body kept).
    Words are aligned, not lines: cleaning re-joins wrapped lines into paragraphs, so a raw
    line is kept when all of its words reappear, in order, in the clean body."""
    toks: list[str] = []
    owner: list[int] = []
    for i, line in enumerate(raw_lines):
        for w in line.split():
            toks.append(w)
            owner.append(i)
    kept = [False] * len(toks)
    matcher = difflib.SequenceMatcher(None, toks, body.split(), autojunk=False)
    for block in matcher.get_matching_blocks():
        kept[block.a : block.a + block.size] = [True] * block.size
    words: list[list[tuple[str, bool]]] = [[] for _ in raw_lines]
    for tok, i, k in zip(toks, owner, kept, strict=True):
        words[i].append((tok, k))
    out = []
    for ws in words:
        n_kept = sum(k for _, k in ws)
        status = "blank" if not ws else "kept" if n_kept == len(ws) else "removed" if n_kept == 0 else "changed"
        out.append((status, " ".join(w for w, k in ws if k)))
    return out


def cleaning_diff(raw_text: str, body: str, first_line: int = 1, context: int = 1) -> list[str]:
    """What cleaning took out of a copy, as a unified-style diff numbered by source line:
    `-N text` a line dropped (header, boilerplate), `-N`/`+` a line cut down to the words
    kept, ` N text` unchanged context. Empty when cleaning dropped nothing."""
    raw_lines = raw_text.split("\n")
    status = _line_status(raw_lines, body)
    lines = [i for i, (st, _) in enumerate(status) if st != "blank"]  # context counts text lines only
    marked_at = [p for p, i in enumerate(lines) if status[i][0] != "kept"]
    if not marked_at:
        return []
    show = sorted({q for p in marked_at for q in range(max(0, p - context), min(len(lines), p + context + 1))})
    runs: list[list[int]] = []
    for p in show:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    out: list[str] = []
    for run in runs:
        out.append(f"@@ lines {first_line + lines[run[0]]}-{first_line + lines[run[-1]]} @@")
        for p in run:
            i = lines[p]
            st, kept = status[i]
            n, text = first_line + i, raw_lines[i].strip()
            if st == "kept":
                out.append(f" {n:>5} {text}")
                continue
            out.append(f"-{n:>5} {text}")
            if st == "changed":
                out.append(f"+{'':>5} {kept}")
    return out


def render_diff(lines: list[str], width: int = 100) -> list[str]:
    out = []
    for line in lines:
        if line.startswith("@@"):
            out.append(line)
            continue
        head, text = line[:7], line[7:]
        wrapped = textwrap.wrap(text, width - 7) or [""]
        out.append(head + wrapped[0])
        out.extend(head[0] + " " * 6 + w for w in wrapped[1:])
    return out


def article_json(data: dict[str, Any], diff: bool = True) -> dict[str, Any]:
    out = dict(data)
    out["copies"] = []
    for c in data["copies"]:
        c = dict(c, lines=f"{c['source']}:{c['start_line']}-{c['end_line']}")
        if diff:
            c["cleaning_diff"] = "\n".join(cleaning_diff(c["raw_text"], c["body"], c["start_line"]))
        out["copies"].append(c)
    return out


def render_article(data: dict[str, Any], diff: bool = True, body: bool = True, width: int = 100) -> str:
    out = [f"article #{data['id']}  {data['title'] or '(no title)'}"]
    out.append("  " + _byline(data["outlet"], data["published_on"], data["authors"]))
    out.append(f"  words: {data['word_count']}   language: {data['language'] or '-'}   url: {data['url'] or '-'}")
    for d in data["decisions"]:
        verb = "merged from" if d["action"] == "merge" else "split from"
        when = f"{d['decided_at']:%Y-%m-%d}"
        out.append(f"  by hand: {verb} article {d['from_article_id']} (copies {d['copy_ids']}) on {when}")
    if body:
        out.append("")
        for para in data["body"].split("\n\n"):
            out.extend(textwrap.wrap(para, width) or [""])
            out.append("")
    out.append(f"copies ({len(data['copies'])}):")
    for c in data["copies"]:
        lines = f"{c['source']}:{c['start_line']}-{c['end_line']}"
        sim = "" if c["similarity"] is None else f" similarity {c['similarity']:.2f}"
        keeper = "  (keeper)" if c["id"] == data["keeper_copy_id"] else ""
        basis = f" by {c['match_basis']}" if c["match_basis"] and c["match"] != "first" else ""
        out.append(f"  copy {c['id']}  {lines}  {c['match']}{basis}{sim}{keeper}")
        out.append(f"    as found: {c['title'] or '(no title)'}")
        out.append(f"              {_byline(c['outlet'], c['published_on'], c['authors'])}")
        removed = ", ".join(f"{k} {v}" for k, v in sorted(c["removed"].items(), key=lambda kv: -kv[1]))
        out.append(f"    cleaning removed: {removed or 'no boilerplate lines'}")
        if diff:
            diff_lines = render_diff(cleaning_diff(c["raw_text"], c["body"], c["start_line"]), width - 4)
            out.extend("    " + ln for ln in diff_lines or ["(cleaning dropped no line of it)"])
    return "\n".join(out)


# -- duplicates ------------------------------------------------------------------------------


def render_clusters(clusters: Iterable[tuple[int, str | None, list[Any]]]) -> str:
    out = []
    for article_id, title, copies in clusters:
        out.append(f"article #{article_id}  {len(copies)} copies  {title or '(no title)'}")
        for c in copies:
            sim = "" if c.similarity is None else f"{c.similarity:.2f}"
            basis = c.match_basis or ""
            out.append(f"  copy {c.id:<6d} {c.match:<6s} {sim:>5s} {basis:<6s} {c.lines}")
    return "\n".join(out) if out else "no article has more than one copy"


def clusters_json(clusters: Iterable[tuple[int, str | None, list[Any]]]) -> list[dict[str, Any]]:
    return [
        {"article_id": a, "title": t, "size": len(cs), "copies": [asdict(c) | {"lines": c.lines} for c in cs]}
        for a, t, cs in clusters
    ]


def _side_by_side(left: list[str], right: list[str], width: int, gutter: str) -> list[str]:
    half = (width - 3) // 2
    lw = [ln for p in left for ln in (textwrap.wrap(p, half) or [""]) + [""]][:-1] if left else []
    rw = [ln for p in right for ln in (textwrap.wrap(p, half) or [""]) + [""]][:-1] if right else []
    rows = max(len(lw), len(rw))
    lw += [""] * (rows - len(lw))
    rw += [""] * (rows - len(rw))
    return [f"{a:<{half}} {gutter} {b}".rstrip() for a, b in zip(lw, rw, strict=True)]


def render_pair(n: int, p: PairReview, width: int = 160) -> str:
    verdict = "merged" if p.merged else "kept apart"
    side = "above" if p.margin >= 0 else "below"
    out = [
        f"pair {n}: {verdict}, {abs(p.margin):.2f} {side} the threshold   jaccard {p.jaccard:.2f}  "
        f"containment {p.containment:.2f}  shared LSH bands {p.shared_bands}",
    ]
    head_a = [f"copy {p.a.id} · article #{p.a.article_id}", p.a.lines, p.a.title or "(no title)",
              _byline(p.a.outlet, p.a.published_on)]
    head_b = [f"copy {p.b.id} · article #{p.b.article_id}", p.b.lines, p.b.title or "(no title)",
              _byline(p.b.outlet, p.b.published_on)]
    half = (width - 3) // 2
    out += [f"{a[:half]:<{half}} │ {b[:half]}" for a, b in zip(head_a, head_b, strict=True)]
    out.append("─" * half + "─┼─" + "─" * half)
    pa, pb = _paragraphs(p.a.body), _paragraphs(p.b.body)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, pa, pb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(f"{'':{half}} = ({i2 - i1} identical paragraph{'s' if i2 - i1 > 1 else ''})")
            continue
        gutter = {"replace": "|", "delete": "<", "insert": ">"}[tag]
        out += _side_by_side(pa[i1:i2], pb[j1:j2], width, gutter)
    if p.merged:
        out.append(f"to separate them: newsarchive split {p.b.id}")
    else:
        out.append(f"to merge them: newsarchive merge {p.a.article_id} {p.b.article_id}")
    return "\n".join(out)


def pair_json(p: PairReview) -> dict[str, Any]:
    def brief(c: Any) -> dict[str, Any]:
        data = {k: getattr(c, k) for k in ("id", "article_id", "title", "outlet", "published_on", "match")}
        return data | {"lines": c.lines, "body": c.body}

    return {
        "merged": p.merged,
        "margin": p.margin,
        "jaccard": p.jaccard,
        "containment": p.containment,
        "shared_bands": p.shared_bands,
        "a": brief(p.a),
        "b": brief(p.b),
    }
