"""Roles of the lines stacked around a headline that credit lines settle.

A digest that pastes articles puts the publication and the person on lines of their own, in
any order around the title: 'Title / Outlet / Author / date', 'Outlet / Title / Author |
date', 'Title / Author / Follow / 6 min read · date'. Both names have the same shape (a few
capitalised words), so a line's role comes from its vocabulary (formats/credits.py: a
nameplate word, a known alias or a domain makes it the outlet) and from what the rest of the
header already states: once the outlet is known, a lone person-shaped name beside the
headline is the author; a name over a platform's 'Follow' button is the author too, and so is
a name the story below describes as its writer ('Jane Roe is the Gazette's health reporter',
'Jane Roe covers …') or credits with its picture ('Picture: JANE ROE').
"""

from __future__ import annotations

import re

from ingest.formats.header_vocab import VOCABULARY
from ingest.formats.lines import MAX_OUTLET_WORDS, Lines
from ingest.text import words

_QUOTED = re.compile(r'^(["“„«‹»])(?P<inner>[^"“”„«»‹›]{3,})(["”“»«›])$')


def unquote(title: str) -> str:
    """'"Rheinwasser will 400 Kilometer erneuern"': quotes around a whole headline are typography."""
    m = _QUOTED.match(title)
    return m.group("inner").strip() if m else title


def _outlet_line(lines: Lines, j: int) -> str | None:
    """A publication's name alone on its line, by vocabulary (never an ALL-CAPS kicker)."""
    s = lines.clean[j]
    if s.isupper() or len(words(s)) > MAX_OUTLET_WORDS - 2:
        return None
    cr = lines.credit(j)
    if cr is None or cr.outlet is None or cr.authors or cr.dated or cr.parts != 1:
        return None
    return cr.outlet if lines.credits.outletish(cr.outlet) else None  # a menu line has the same shape


def _lone_person(lines: Lines, j: int) -> str | None:
    cr = lines.credit(j)
    if cr is None or cr.name is None or cr.parts != 1 or cr.dated or lines.clean[j].isupper():
        return None
    return cr.name if lines.credits.person_names(cr.name) else None


def _button_below(lines: Lines, j: int) -> bool:
    """A platform's 'Follow'/'Subscribe' button is the next line: j names the post's author."""
    k = lines.next_nonblank(j)
    return k < len(lines) and VOCABULARY.author_button.match(lines.clean[k]) is not None


SIGNED_REACH = 80  # lines below the name searched for the writer's bio or photo credit
_BIO_VERB = re.compile(r"\s+(?:is|was)\s+(?P<rest>.{3,120})$|\s+(?:covers|writes|reports)\s+\S", re.I)


def _signed_below(lines: Lines, j: int) -> bool:
    """Whether the bare name on line j (under a headline) is the writer's: the story below describes
    that person as its writer ('Jane Roe is the Gazette's health reporter.', 'Jane Roe covers the
    courts') or credits them with its picture ('Picture: JANE ROE'). A two-word outlet ('Harbour
    Light') and a person's name look alike; only the story's own words tell them apart."""
    s = lines.clean[j]
    credits = lines.credits
    if credits.outletish(s) or (names := credits.person_names(s)) is None or len(names) != 1:
        return False
    name = names[0]
    bylines = lines.ctx.bylines
    labels = "|".join(re.escape(w) for w in bylines.photo_labels)
    photo = re.compile(rf"\b(?:{labels})(?:\s+by)?\s*[:/]?\s*{re.escape(name)}\b", re.I) if labels else None
    low = name.lower()
    for k in range(j + 1, min(j + SIGNED_REACH, len(lines))):
        t = lines.clean[k]
        if not t:
            continue
        if t[: len(name)].lower() == low and (m := _BIO_VERB.match(t, len(name))):
            rest = m.group("rest")
            if rest is None or any(w.strip(".,;") in bylines.title_heads for w in rest.lower().split()):
                return True
        if photo is not None and low in t.lower() and photo.search(t):
            return True
    return False


def credit_roles(lines: Lines, rest: list[int], outlet: str | None,
                 authors: list[str]) -> tuple[str | None, list[str], list[int]]:
    """Take the outlet line and the author line out of a header's title candidates (`rest`,
    nearest the anchor first); at least one line is always left for the title."""
    if len(rest) < 2:
        return outlet, authors, rest
    if outlet is None:
        for j in rest:
            if (name := _outlet_line(lines, j)) is not None:
                outlet, rest = name, [k for k in rest if k != j]
                break
    name = _lone_person(lines, rest[0]) if not authors and len(rest) >= 2 else None
    if name is not None and (outlet is not None or _button_below(lines, rest[0]) or _signed_below(lines, rest[0])):
        authors, rest = [name], rest[1:]
    return outlet, authors, rest


__all__ = ["credit_roles", "unquote"]
