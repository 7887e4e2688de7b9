"""A letters page read as one text: each letter is an article of its own.

A letters-to-the-editor page prints several letters, each under its own headline and signed
under its text ('— Hal Brandt, Tacoma'): a container, like a digest. Saved pages split at their
headings (ingest/formats/html_stories.py); this is the same reading for any text that holds such
a page whole (a page pasted as text, an extractor's JSON or XML record, a page whose headings
are bold paragraphs), after the format's own parse: two or more signatures, each closing a
letter that opens with a headline line. The signature is the letter's byline; the page's own
headline, standfirst and byline slot are no letter's, nor is the note under the last letter
('Letters of 200 words or fewer may be sent to …'). The letters take the page's outlet and date;
the page's address is no letter's own.
"""

from __future__ import annotations

from dataclasses import replace

from ingest.bylines import SIGNOFF_DASHES, Bylines
from ingest.records import Candidate
from ingest.text import SENTENCE_END, clean_line, words

MIN_LETTERS = 2
LETTER_MIN_WORDS = 30  # a letter is a paragraph or more; less is a quote with its attribution
HEADLINE_MAX_WORDS = 12
_DASH_FIRST = "—–-"


def _dashed(text: str) -> bool:
    """The line opens with a dash (after any indent)."""
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    return first != "" and first in _DASH_FIRST


def _headline(text: str) -> bool:
    s = clean_line(text)
    return (0 < len(s.split()) <= HEADLINE_MAX_WORDS and not SENTENCE_END.search(s)
            and not s.endswith((":", ",", ";")) and not s.startswith(("—", "–", "-")))


def _blocks(body: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Blank-separated runs of lines: a hard-wrapped paragraph is one block, never a headline."""
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for n, t in body:
        if t.strip():
            cur.append((n, t))
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def split_letters(cand: Candidate, bylines: Bylines) -> tuple[list[Candidate], int] | None:
    """The letters of a letters page held in one candidate (see module docstring) and the count
    of the page's own lines left out (its headline, standfirst and notes), or None."""
    # (most texts: no line opens with a dash at all; one C-level prefix test a line answers them,
    # a second only for an indented line)
    opened = SIGNOFF_DASHES
    if sum(1 for _, t in cand.body_lines
           if t.startswith(opened) or (t.startswith(" ") and t.lstrip().startswith(opened))) < MIN_LETTERS:
        return None
    blocks = _blocks(cand.body_lines)
    signed = [(k, names) for k, b in enumerate(blocks)
              if len(b) == 1 and _dashed(b[0][1]) and (names := bylines.signoff(clean_line(b[0][1])))]
    if len(signed) < MIN_LETTERS:
        return None
    letters: list[tuple[int, int, list[str]]] = []  # (headline block, signature block, writers)
    floor = -1
    for k, names in signed:
        head = k - 1
        while head > floor and not (len(blocks[head]) == 1 and _headline(blocks[head][0][1])):
            head -= 1  # up over the letter's paragraphs to its headline
        if head <= floor or head == k - 1:
            return None  # a signature with no headline over text of its own: no letters page
        if letters and head != floor + 1:
            return None  # something stands between one letter's signature and the next headline
        if sum(len(words(t)) for b in blocks[head + 1 : k] for _, t in b) < LETTER_MIN_WORDS:
            return None
        letters.append((head, k, names))
        floor = k
    out: list[Candidate] = []
    for head, k, names in letters:
        first, last = blocks[head][0][0], blocks[k][0][0]
        body = [(n, t) for n, t in cand.body_lines if first < n < last]
        out.append(replace(cand, title=clean_line(blocks[head][0][1]), authors=list(names), url=None,
                           body_lines=body, header_lines={first, last}))
    kept = sum(len(b) for head, k, _ in letters for b in blocks[head : k + 1])
    return out, sum(len(b) for b in blocks) - kept
