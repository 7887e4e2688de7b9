"""The site's own name at the top of a saved page: the outlet of the stories that state none.

A page saved as text keeps the site's masthead above its navigation: 'Copenhagen Cycle Notes'
over its tagline, 'Overland — travel, slowly', 'Department of Fisheries' over 'Government of
Kerala'. A blog post or a government release prints no outlet in its own header, so the
masthead is the only place that names the publisher. A short line at the top is not always a
name, though (a section label, a greeting, a headline), so the name must be *confirmed* by the
page itself: it recurs in the text below the first story's header, as sites repeat their name
in a disclaimer, a copyright or contact line, a 'More from X' list ('Copenhagen Cycle Notes is
an independent blog', 'Content owned by Department of Fisheries', '© Overland Media'). Without
that echo the outlet stays null: never a guess.
"""

from __future__ import annotations

import re

from ingest.dates import find_date, has_year
from ingest.formats.headers import Header
from ingest.formats.lines import Lines
from ingest.text import SENTENCE_END, URL_RE, is_separator

MAX_TOP_LINES = 12  # non-blank lines above the first header that may hold the masthead
MAX_NAME_WORDS = 5
# 'Overland — travel, slowly', 'Harbour Notes | A blog about boats': the name, then its tagline.
_TAGLINE = re.compile(r"\s+(?:[—–|:]|-{1,2})\s+")
_MAIL_HEADER = re.compile(r"^(from|to|cc|subject|date|sent|reply-to)\s*:", re.I)
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-Ý][\w'’&.-]*|of|the|and|for|de|la|le|du|der|die|das|van|von|&)$")


def site_name(lines: Lines, first: Header) -> str | None:
    """The masthead name above the first story's headline (the header block may have taken the
    page's top lines) that the page repeats below that header."""
    seen = 0
    top = first.end + 1
    found: str | None = None
    for j in range(min(top, len(lines))):
        s = lines.clean[j]
        if not s or is_separator(s) or s == first.title or s in first.authors:
            continue  # (a bare byline the bio below repeats is the writer, not the site)
        if first.authors and lines.ctx.bylines.byline(s) == first.authors:
            continue  # 'By Jane Roe' over the text, signed again below: the writer, not the site
        seen += 1
        if seen > MAX_TOP_LINES or _MAIL_HEADER.match(s):
            return found  # a mail's header: a digest or a forward, whose masthead is no site's
        name = _TAGLINE.split(s, maxsplit=1)[0].strip()
        if _name_shaped(name) and lines.boilerplate(s) is None and (echo := _echoed(lines, name, top)):
            # A newsletter's name over its publisher's issue line ('THE CLOSING BELL' over 'Harbour
            # Business Ledger | Thursday, December 3, 2026'): the name printed beside the issue's
            # date is the publication's; a bare name line is kept in case none follows.
            if name != s and has_year(rest := s[len(name):]) and find_date(rest) is not None:
                return echo
            found = found or echo
    return found


def _name_shaped(s: str) -> bool:
    toks = s.split()
    if not toks or len(toks) > MAX_NAME_WORDS or SENTENCE_END.search(s) or URL_RE.search(s):
        return False
    if any(c.isdigit() for c in s) or (s.isupper() and len(toks) == 1):
        return False  # 'NEWS', '20 November 2019': a label or a date, not a name
    return toks[0][:1].isupper() and all(_NAME_WORD.match(t) for t in toks)


def _echoed(lines: Lines, name: str, top: int) -> str | None:
    """The name as it recurs, as words of a longer line, below the first header, else None. A
    masthead set in capitals ('HARBOUR NOTES') is echoed in the publisher's own spelling
    ('Harbour Notes is published by …'), which is the name then: capitals are typography."""
    caps = name.isupper()
    pat = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.I if caps else 0)
    for s in lines.clean[top:]:
        if s != name and (m := pat.search(s)) is not None:
            return m.group(0)
    return None
