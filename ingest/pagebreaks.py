"""A paragraph that a page break cut in two, read whole again.

Text from a PDF (ingest/pdftext.py, or pdftotext's) marks each new page with a form feed. The
readers blank the page's furniture (running heads, page numbers, a database's footer), which
leaves a blank line where the page turned: the cleaner would end the paragraph there
('…the authority's own detour estimates put the extra time at 10 to 25 minutes' / 'during peak
hours.'). The two halves are one paragraph again when the first leaves its sentence open and
the second goes on with it: it opens in lower case, or the first is plainly prose stopped
mid-sentence ('… would be detoured to the Hawthorne' / 'Bridge starting Tuesday morning.').
Headlines, bylines, datelines, captions with their credit and table rows are not prose so
stopped, and stay apart.
"""

from __future__ import annotations

import bisect
import re

from ingest.records import Candidate

PAGE_BREAK = "\f"
MIN_WORDS_LOWER = 4  # a paragraph this long, its sentence open, goes on with text opening in lower case
# ... or with any text when it is prose (most words in lower case) longer than a headline, which
# rarely runs past a dozen words ('Ferry service extended as Alder Street Bridge stays shut')
MIN_WORDS_PROSE = 12

# Open: a word, or a comma, semicolon or dash (a quotation closed after its comma goes on:
# '“We will see,”' / 'said Favreau'). A colon announces a list or a quotation of its own.
_OPEN_END = re.compile(r"(?:[^\W_]|[,;–—-][\"'”’]?)$")
_CREDIT = re.compile(r" [/|] ")  # 'Jane Roe / The Paper' under a caption, 'Home | News' in a menu
_BULLET = frozenset("•·▪‣◦*-–—")


def page_starts(cand: Candidate) -> tuple[int, ...]:
    """The line numbers at which a new page begins inside the copy (sorted; none for most)."""
    if PAGE_BREAK not in cand.raw_text:
        return ()
    return tuple(cand.start_line + k for k, line in enumerate(cand.raw_text.split("\n")) if PAGE_BREAK in line)


def crossed(starts: tuple[int, ...], after: int, upto: int) -> bool:
    """Whether a page begins on a line after line `after` and no later than line `upto`."""
    k = bisect.bisect_right(starts, after)
    return k < len(starts) and starts[k] <= upto


def continues(before: str, after: str) -> bool:
    """Whether paragraph `after`, first on its page, goes on with `before`, last on the page
    before (see module docstring)."""
    if not after or after[0] in _BULLET or not _OPEN_END.search(before):
        return False
    words = before.split()
    if after[0].islower():
        return len(words) >= MIN_WORDS_LOWER
    return (len(words) >= MIN_WORDS_PROSE and _CREDIT.search(before) is None
            and 2 * sum(1 for w in words if w[0].islower()) >= len(words))


def joined(before: str, after: str) -> str:
    """The two halves as one paragraph: a hyphen after a letter joins without a space, kept
    (the readers have already rejoined words split at a line end; what is left is a compound's
    own hyphen, 'long-' / 'awaited')."""
    glue = "" if before.endswith("-") and before[-2:-1].isalpha() and after[:1].isalpha() else " "
    return before + glue + after


__all__ = ["continues", "crossed", "joined", "page_starts"]
