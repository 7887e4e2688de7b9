"""Stated metadata values cleaned as plain strings: the site's name in a page title (found, or
stripped from the headline) and person names from raw author strings. Every reader whose
records state a title or authors uses these (feeds, JSON lines, tables, NewsML, front matter),
not only the HTML reader, so they live apart from the page cascade (ingest/formats/html_meta.py)
and need no HTML parser. Which words count is data (ingest/data/webpages.toml).
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

from ingest.bylines import Bylines
from ingest.outlets import outlet_key
from ingest.text import normalize_spaces

DATA_FILE = Path(__file__).parent.parent / "data" / "webpages.toml"
# Between a headline and a site name; '›' as WordPress themes write it ('Headline › Site').
TITLE_SEP = re.compile(r"\s+(?:[|–—·»›-]|::?)\s+")
_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", re.I)
_DATE_STAMP = re.compile(r"\d{1,4}([./-]\d{1,4}){2}")  # '10.06.2013' as a title part: never headline text


@functools.lru_cache(maxsize=4)
def vocabulary(path: Path = DATA_FILE) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def title_site(title: str, host: str) -> str | None:
    """The part of a page title that spells the site's host name ('Alert: trains replaced |
    Munster Echo' on munsterecho.ie; 'The Ouse Navigator - News in brief' on
    ousenavigator.org.uk): the outlet, for a page that states it nowhere else."""
    label = host.lower().removeprefix("www.").split(".")[0].replace("-", "")
    title = normalize_spaces(title)
    # "Site: Headline" (Blogger's default page title) besides "Headline | Site".
    parts = TITLE_SEP.split(title) + ([title.split(": ", 1)[0]] if ": " in title else [])
    for part in parts:
        key = outlet_key(part)
        if len(label) >= 4 and key and label in (key, "the" + key):
            return part.strip()
    # A host that abbreviates the name: 'Rhein Neckar Zeitung' on rnz.de. Three letters at
    # least and two words at least, so a one-word section name never spells a short host.
    for part in parts:
        initials = [w[0] for w in re.split(r"[\s-]+", part.strip()) if w[:1].isalpha()]
        if len(label) >= 3 and len(initials) >= 2 and "".join(initials).lower() == label:
            return part.strip()
    # Initials and the last word spelled out: 'North Coast Ferry News' on ncfnews.com,
    # 'San Mateo Chronicle' on smchronicle.com (two initials at least).
    for part in parts:
        found = [w for w in re.split(r"[\s-]+", part.strip()) if w[:1].isalnum()]
        if len(found) >= 3 and len(found[-1]) >= 4 and len(label) >= 6:
            head = "".join(w[0] for w in found[:-1]).lower()
            if label == head + outlet_key(found[-1]):
                return part.strip()
    return None


def is_domain(text: str) -> bool:
    """'100noticias.com.ni', 'wdr.de': a host name written where a name could be."""
    return _DOMAIN.fullmatch(text.strip()) is not None


_PIPE = re.compile(r"\s+\|\s+")
_DASH = re.compile(r"\s[-–—]\s")
# '海港時報 The Harbour Times', 'Приморский меридиан Primorsky Meridian': a site name in its own
# script followed by its Latin rendering, as Asian, Russian and Arab sites fill og:site_name.
# Two names of one paper: the first, in the paper's own script, is kept (no ASCII letter in it).
_BILINGUAL = re.compile(r"^(?P<own>[^A-Za-z]*[^\W\d_A-Za-z][^A-Za-z]*?)\s+"
                        r"(?P<latin>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)+)$")


def site_name(name: str, host: str | None) -> str:
    """The name in a site name that carries a tagline: 'WSVN 7News | Miami News, Weather,
    Sports | Fort Lauderdale' -> 'WSVN 7News' (og:site_name, as TV stations and local papers
    fill it). A pipe separates; a dash only before or after a part that spells the host (it may
    join a name's own words otherwise). The part that spells
    the host wins ('News, Sport and Opinion | The Guardian' on theguardian.com), else the
    first, where a name goes before its tagline."""
    parts = [p.strip() for p in _PIPE.split(normalize_spaces(name)) if p.strip()]
    if len(parts) < 2:
        if not name.isascii() and (both := _BILINGUAL.match(normalize_spaces(name))):
            return both.group("own")
        if host and _DASH.search(name):
            # 'polizeiticker.ch - Meldungen und Warnungen von der Polizei': a dash parts a name
            # from its tagline only where one part is the host or spells it (else it may join
            # the name's own words: 'Rhein-Neckar - Zeitung' stays whole).
            site = host.lower().removeprefix("www.")
            own = [p.strip() for p in TITLE_SEP.split(name) if p.strip().lower().removeprefix("www.") == site]
            spelled = own[0] if own else title_site(name, host)
            if spelled:
                return spelled
        return name
    if host:
        spelled = title_site(name, host)
        if spelled:
            return spelled
        label = host.lower().removeprefix("www.").split(".")[0].replace("-", "")
        for part in parts:
            key = outlet_key(part)
            if len(label) >= 3 and key.startswith(label):
                return part  # 'WSVN 7News' on wsvn.com: the call sign, then the brand
    return parts[0]


def strip_site(title: str | None, outlet: str | None, host: str | None) -> str | None:
    """'Headline | Outlet' or 'Outlet - Headline' -> 'Headline' (only a part naming the site goes)."""
    if not title:
        return None
    parts = TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    keys = {outlet_key(x) for x in (outlet, host, (host or "").split(".")[0]) if x}
    # A part that only names the site, or only stamps a date ('Headline | DW | 10.06.2013'), goes.
    kept = [p for p in parts if outlet_key(p) not in keys and not _DATE_STAMP.fullmatch(p.strip())]
    if len(kept) < len(parts):
        return " - ".join(kept) or title
    # No part names a known site: 'Civic Lens :: Headline' still has one long part (the
    # headline) and short ones (the site, a section); a title that merely contains a dash does
    # not, nor one whose long part goes on in lower case ('Hating X - the prejudice you ...').
    longest = max(parts, key=len)
    if (len(longest.split()) >= 5 and not longest[:1].islower()
            and all(len(p.split()) <= 4 for p in parts if p is not longest)):
        return longest
    return title


_MAIL_NAME = re.compile(r"^\S+@\S+\.\w+\s*\((?P<name>[^()@]+)\)$")


def clean_authors(raw: list[str], outlet: str | None, bylines: Bylines) -> list[str]:
    """Person names from raw author strings: 'By X and Y', 'X, Staff Writer', URLs dropped,
    the site's own name and menu words dropped, order kept, duplicates removed."""
    stop = {s.lower() for s in vocabulary()["authors"]["not_names"]}
    forms = _company_forms()
    # 'Local Democracy Reporter': a descriptor ends in a job-title word, a person's name does not.
    title_words = {t.split()[-1] for t in bylines.titles if len(t) > 3}
    site = outlet_key(outlet) if outlet else None
    # 'By' alone: a byline's lead word the CMS wraps in its own element ('<span class=
    # "byline__by">By</span> <span class="byline__name">…</span>'), never a name.
    openers = {o.lower() for o in bylines.openers}
    out: list[str] = []
    for text in raw:
        text = normalize_spaces(text)
        if "@" in text and (mail := _MAIL_NAME.match(text)) is not None:
            text = mail.group("name")  # RSS <author>, as feed readers pass it on: "jdoe@example.com (Jane Doe)"
        if not text or "://" in text or text.startswith("@") or _DOMAIN.fullmatch(text):
            continue
        if text.strip(" .:：").lower() in openers:
            continue
        if forms.search(text):
            continue  # 'Example Media GmbH, Munich, Germany': the publisher's credit, not a byline
        if site and "," in text and outlet_key(text.split(",")[0]) == site:
            continue  # 'Example Online, Hamburg, Germany': the site's own credit and seat, no person
        text = _uninverted(text, bylines)
        # An author field vouches for a name even in a script without capitals ('سامي العبدالله').
        found = bylines.byline(text, field=True)
        names = found if found is not None else bylines.names(text, uncased=True)
        for name in names or []:
            if name.lower() in stop or (site and outlet_key(name) == site) or name.split()[-1].lower() in title_words:
                continue
            if any(tok[:1].isdigit() for tok in name.split()):
                continue  # '7 News WSVN', 'Channel 4 Newsroom': a station's credit; no person's name holds a number
            if name not in out:
                out.append(name)
    if len(out) > 1:
        # 'Renata Ocampo; The Tacoma Tideline': the paper credited beside its writer, no co-author
        # (no person's name opens with 'The'; an organisation credited alone stays)
        out = [n for n in out if not n.startswith("The ")] or out
    return out


# "Macedo, Rui", "Delgado-Finch, Rosa", "Pires, Ana Sofia": a catalogue's inverted name, as
# monitoring logs, library exports and reference managers fill an author field. One family
# name (with its particle) before the only comma, given names after it.
_INVERTED = re.compile(
    r"^(?P<family>(?:(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|la|le|st\.?) )*[A-Z][\w'’-]+),\s*"
    r"(?P<given>[A-Z][\w'’-]*\.?(?: [A-Z][\w'’-]*\.?)?)$")


def _uninverted(text: str, bylines: Bylines) -> str:
    """'Macedo, Rui' -> 'Rui Macedo' in a field that holds authors only (never in running text,
    where 'Jane Roe, Leeds' is a name and a place). A part after the comma that is a job, an
    employer or in capitals ('Roe, AP') is no given name."""
    m = _INVERTED.match(text)
    if m is None or m.group("given").isupper() or bylines.descriptor(m.group("given")):
        return text
    return f"{m.group('given')} {m.group('family')}"


@functools.lru_cache(maxsize=1)
def _company_forms() -> re.Pattern[str]:
    """Legal-form words (webpages.toml [authors] company_forms) as whole words."""
    alt = "|".join(re.escape(w) for w in vocabulary()["authors"]["company_forms"])
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])", re.I)
