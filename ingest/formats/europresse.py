"""Europresse text exports (the French-language press database, "Exporter" as text).

Layout, as Europresse writes it (labels and patterns in ingest/data/europresse_fields.toml):

    Europresse.com / <subscriber> / 4 documents / usage notice   <- export head: rejected
    Le Courrier de Savoie                        <- the source: the outlet
    Savoie, mercredi 2 décembre 2026 146 mots, p. 5   <- the date line anchors the document:
                                                    an edition or section before the date,
                                                    the word count and page after it
    Région                                       <- rubrique, then an optional sur-titre:
    Maurienne                                       kickers, never the title
    Éboulement en Maurienne : …                  <- the title: the last line of the block
    APE                                          <- the byline slot, when the line reads as one
    (blank line, then the text)
    © 2026 Le Courrier de Savoie. Tous droits réservés.   <- the tail: rights and legal notices,
    Le présent document est protégé … / Certificat émis le …   the certificate (its date is the
    news·20261202·CS·g8401211 / Nom de la source …            export's), the document number
                                                            and the source block: never text

The header block is the run of lines under the date line up to the first blank line. Its last
line is the byline when it opens with a byline word (`Par`), or when it reads as names or an
agency's code under a line not shorter than it (a one-word sur-titre over a short headline that
happens to be a name stays a headline; exports.header_credit); the title is then the last line
left, and the lines above it are the rubrique and the sur-titre.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ingest.dates import find_date
from ingest.formats.exports import header_credit
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection
from ingest.text import any_of, normalize_spaces

FIELDS_FILE = Path(__file__).parent.parent / "data" / "europresse_fields.toml"
MAX_HEADER_LINES = 6  # rubrique, sur-titre, title (maybe two lines), byline: more is text


@dataclass(frozen=True, slots=True)
class Fields:
    date_line: re.Pattern[str]  # '<date> <N> mots[, p. X]' (the count is what tells it apart)
    tail: re.Pattern[str]
    marks_anywhere: re.Pattern[str]  # a whole line that is one of the marks, anywhere in a text
    byline_labels: tuple[str, ...]
    count_words: tuple[str, ...]  # the word count's unit ('mots'), as it is written


@functools.lru_cache(maxsize=4)
def load_fields(path: Path = FIELDS_FILE) -> Fields:
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    words = "|".join(re.escape(w) for w in data["date_line"]["words"])
    date_line = re.compile(rf"^.{{6,80}}?\d{{4}}\s+\d[\d  .]*\s+(?:{words})\b(?:\s*,\s*p\.?\s*\S+)?\s*$", re.I)
    marks = "|".join(f"(?:{p})" for p in data["head"]["marks"])
    return Fields(date_line, any_of(data["tail"]["starts"]),
                  re.compile(rf"^[ \t]*(?:{marks})[ \t\r]*$", re.I | re.M),
                  tuple(data.get("byline", {}).get("labels", [])), tuple(data["date_line"]["words"]))


def _anchor(line: str, fields: Fields) -> bool:
    s = line.strip()
    return fields.date_line.match(s) is not None and find_date(s) is not None


def sniff(text: str) -> bool:
    """A Europresse export: a date line with the word count under a source name, and one of
    the lines only Europresse writes (its name, its legal notice, its certificate)."""
    head = text[:200_000]
    fields = load_fields()
    if not any(w in head for w in fields.count_words) or fields.marks_anywhere.search(head) is None:
        return False  # (substring tests first, then one scan: most text files stop here)
    lines = [s.strip() for s in head.split("\n")[:3000]]
    return any(_anchor(s, fields) and k > 0 and lines[k - 1] for k, s in enumerate(lines))


def _document(lines: list[str], at: int, end: int, path: str, pos: int, ctx: ParseContext,
              fields: Fields) -> Candidate | None:
    """The document whose date line is `at` (its source name above it), up to `end`."""
    block: list[int] = []
    k = at + 1
    while k < end and lines[k].strip() and len(block) < MAX_HEADER_LINES:
        block.append(k)
        k += 1
    if len(block) == MAX_HEADER_LINES:  # no blank line under the header: the title is one line
        block = block[:2]
        k = block[-1] + 1
    authors = header_credit([lines[i] for i in block], ctx.bylines, fields.byline_labels)
    if authors is not None:
        block = block[:-1]
    title = normalize_spaces(lines[block[-1]]) if block else None
    stop = next((i for i in range(k, end) if fields.tail.fullmatch(lines[i].strip())), end)
    body = [(i + 1, lines[i]) for i in range(k, stop)]
    if not any(t.strip() for _, t in body):
        return None
    date_text = lines[at].strip()
    found = find_date(date_text)
    cand = Candidate(source_path=path, position=pos, start_line=at, end_line=end,
                     raw_text="\n".join(lines[at - 1 : end]), body_lines=body)
    cand.title = title
    cand.outlet = ctx.outlets.canonical(lines[at - 1].strip())
    cand.published_on = found[0] if found else None
    cand.authors = authors or []
    in_text = {n for n, _ in body}
    cand.header_lines = {n for n in range(at, end + 1) if n not in in_text}
    return cand


def parse(decoded: DecodedSource, ctx: ParseContext) -> Iterator[Candidate | Rejection]:
    """Every document of a Europresse export; the export head is rejected with its lines."""
    fields = load_fields()
    lines = [line.rstrip("\r") for line in decoded.text.split("\n")]
    path = decoded.source.path
    anchors = [k for k, s in enumerate(lines) if k > 0 and lines[k - 1].strip() and _anchor(s, fields)]
    if not anchors:
        raise ValueError("looks like a Europresse export but has no source name over a dated word-count line")
    head = sum(1 for i in range(anchors[0] - 1) if lines[i].strip())
    if head:
        yield Rejection(path, "export head (database, subscriber, document count, usage notice), not an article",
                        f"lines 1-{anchors[0] - 1}", head)
    for pos, at in enumerate(anchors):
        end = anchors[pos + 1] - 1 if pos + 1 < len(anchors) else len(lines)
        while end > at and not lines[end - 1].strip():
            end -= 1
        cand = _document(lines, at, end, path, pos, ctx, fields)
        if cand is None:
            yield Rejection(path, "Europresse record without text", f"lines {at}-{end}",
                            sum(1 for i in range(at - 1, end) if lines[i].strip()))
            continue
        yield cand
