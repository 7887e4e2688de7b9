"""Authors from bylines and credit lines, as an ordered list of names.

Reporters and writers are authors; editors are not. Job titles, places, dates and times never
end up inside a name. Vocabulary (openers, roles, titles, particles) lives in a data file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

from ingest.dates import find_date, split_trailing_date
from ingest.text import SENTENCE_END, clean_line

_PLACE = re.compile(r"\s+(?:in|at|from|reporting from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*$")
_FOR = re.compile(r"\s+for\s+(?:the\s+)?[A-Z].*$")
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\.?\b", re.I)
_DATE_LABEL = re.compile(r"^\W*(published|posted|updated|date|dated|first published|last modified|modified|"
                         r"issued|released|filed)\b", re.I)
_INSTITUTIONS = {"university", "college", "institute", "school", "centre", "center", "agency", "press", "news",
                 "foundation", "council", "department", "ministry", "group", "desk", "bureau", "syndicate"}
# Words that make a name of two or more words an organisation wherever they stand in it
# ("Tidewater News Service", "Coastal Press Agency"): no person's name holds them.
_ORG_WORDS = {"news", "press", "newswire", "wire"}
_ROLE_SEP = re.compile(r"\s+[|•·]\s+|\s*,\s+")
_WORD_TOKEN = re.compile(r"[\w.'’-]+")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_BYLINE_TAIL = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+")
_PIPED = re.compile(r"\s[|•·]\s")
# A token of a script without letter case (Arabic, the Indic scripts, Thai, Hangul, kana, Han):
# capitals cannot mark a name there, so a whole-word token of such a script may be one.
_CASELESS_TOKEN = re.compile("[\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1100-\u11ff"
                             "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff]+")
_NAME_TOKEN = re.compile(r"^(?:[A-Z0-9][\w.'’-]*|[A-Z]\.|O’\w+|O'\w+|Mc\w+|d’\w+|d'\w+)$")


class Bylines:
    """Parses byline lines with the vocabulary from the byline data files."""

    def __init__(self, files: Iterable[Path]) -> None:
        openers: list[str] = []
        self.author_roles: list[str] = []
        self.non_author_roles: list[str] = []
        titles: list[str] = []
        particles: list[str] = []
        joiners: list[str] = []
        pseudo: list[str] = []
        photo: list[str] = []
        for path in files:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
            openers += data.get("openers", [])
            self.author_roles += data.get("author_roles", [])
            self.non_author_roles += data.get("non_author_roles", [])
            titles += data.get("job_titles", [])
            particles += data.get("name_particles", [])
            joiners += data.get("name_joiners", [])
            pseudo += data.get("pseudo_bylines", [])
            photo += data.get("photo_credit_labels", [])
        self.openers = [o.lower() for o in openers]
        self.titles = {t.lower() for t in titles}
        # The nouns that end job titles ("writer", "correspondent", "lecturer"); short words such
        # as "to" or "at" from "special to" would make every phrase a job.
        self.title_heads = {t.split()[-1] for t in self.titles if len(t.split()[-1]) >= 5}
        self.orgs: set[str] = set()
        self.pseudo = {p.lower() for p in pseudo}
        self.photo_labels = [p.lower() for p in photo]
        # Set by the caller that knows the outlet vocabulary (prepare.Preparer): whether a piece
        # names a publication by its shape ("Central Valley Courier"), so "By X, Valley Courier"
        # credits X only.
        self.publication: Callable[[str], bool] | None = None
        self.particles = {p.lower() for p in particles}
        words = "|".join(re.escape(j) for j in joiners or ["and"])
        self._split = re.compile(rf"\s*(?:,|;|\b(?:{words})\b|&|\+)\s*", re.I)
        alt = "|".join(sorted((re.escape(o) for o in openers), key=len, reverse=True))
        # A dash opens a sign-off credit as "By" does ("— Jane Roe, Leeds Correspondent", "-- J. Roe");
        # the rest must still be names, so a dash before prose is no byline.
        self._opener = re.compile(rf"^\s*(?:(?:{alt})\b|(?:—|–|--)(?=\s*[^\W\d_]))\s*[:：]?\s*", re.I)
        # The ASCII characters a match can start with: white space, an opener's first letter in
        # either case, '-'. Most lines start with another ASCII character and are answered
        # without the pattern. Exact only when every opener starts with an ASCII character
        # (re.I matches 'ſ' to 's' and the Kelvin sign to 'k'); otherwise None, and the
        # pattern answers every line.
        firsts = [o[:1] for o in self.openers]
        self._open_first: frozenset[str] | None = None
        if all(f and f.isascii() for f in firsts):
            self._open_first = frozenset(
                {f.lower() for f in firsts} | {f.upper() for f in firsts} | {"-"}
                | {chr(c) for c in range(128) if chr(c).isspace()})
        # Sharper, from two characters: a line whose first two characters are ASCII, the first
        # no white space, can match only if they open an opener ("by", "au", "wr", ...) in some
        # case or are the dash '--'. One of its first letter's openers ('B…', 'A…', 'P…') opens
        # half the sentences of prose; the first two letters rule nearly all of them out. Exact
        # only when every opener has two ASCII characters to read (see _open_first otherwise).
        self._open_heads: frozenset[str] | None = None
        if all(len(o) >= 2 and o[:2].isascii() for o in self.openers):
            self._open_heads = frozenset({o[:2] for o in self.openers} | {"--"})
        roles = sorted(self.author_roles + self.non_author_roles, key=len, reverse=True)
        self._role = re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\b\s*", re.I)

    # -- names -----------------------------------------------------------------------------
    def is_name(self, name: str) -> bool:
        """A person's or organisation's name: 1-6 capitalised tokens (particles allowed)."""
        tokens = name.split()
        if not 1 <= len(tokens) <= 6 or _TIME.search(name) or find_date(name):
            return False
        if name.lower() in self.titles:
            return False
        caps = 0
        for tok in tokens:
            if tok.lower() in self.particles:
                continue
            if not (_NAME_TOKEN.match(tok) or (tok[:1].isupper() and _WORD_TOKEN.fullmatch(tok))
                    or (not tok.isascii() and _CASELESS_TOKEN.fullmatch(tok))):
                return False  # the second test admits capitals beyond ASCII: Ó Murchú, Ødegaard
            caps += 1
        return caps >= 1

    def _tidy(self, part: str) -> str | None:
        part = part.strip(" .,;:|()[]\"'“”")
        part = _PLACE.sub("", part)
        part = _FOR.sub("", part)
        part = part.strip(" .,;:|–—-")
        if not part or part.lower() in self.titles:
            return None
        return part

    def add_orgs(self, keys: Iterable[str]) -> None:
        """Organisation names (outlet keys) that may follow a name: 'By X, Associated Press'."""
        self.orgs.update(keys)

    def _descriptor(self, piece: str) -> bool:
        """'Nikkei staff writer', 'Senior Lecturer in Hydrology', 'University of Eastbridge',
        'Associated Press': a job, an institution or an employer after a name."""
        toks = piece.lower().split()
        if not toks:
            return False
        if any(t in self.title_heads for t in toks) or toks[0] in _INSTITUTIONS or toks[-1] in _INSTITUTIONS:
            return True
        if len(toks) >= 2 and not _ORG_WORDS.isdisjoint(toks):
            return True
        return _NON_ALNUM.sub("", piece.lower().removeprefix("the ")) in self.orgs

    def descriptor(self, piece: str) -> bool:
        """Whether a piece after a name is its job, institution or employer (see _descriptor)."""
        return self._descriptor(piece)

    def names(self, text: str) -> list[str] | None:
        """Split 'X, Y and Z' into names; None when any piece is not a name."""
        text = text.strip()
        if not text:
            return None
        out: list[str] = []
        pieces = self._split.split(text)
        pseudo = False
        for k, piece in enumerate(pieces):
            if piece.strip(" .,;:|()[]\"'“”").lower() in self.pseudo:
                pseudo = True  # "By Our Correspondent", "Posted by Webmaster": a byline crediting nobody
                continue
            name = self._tidy(piece)
            if name is None or (k > 0 and self._descriptor(name)):
                continue
            if k > 0 and k == len(pieces) - 1 and self._trailer(text, name):
                continue
            if not self.is_name(name):
                return None
            if name.isupper() and len(name) > 4 and " " in name:
                name = name.title()  # "BY JANE DOE": shouting is typography, not the name
            else:
                name = _caps_surname(name, self._descriptor)
            if name not in out:
                out.append(name)
        return out or ([] if pseudo else None)

    def _trailer(self, text: str, name: str) -> bool:
        """The last piece after a comma is a dateline place or the publication, not a co-author:
        'Jane Roe, Leeds' (one word: persons in a byline have two or more), 'Jane Roe, St John's'
        (a possessive), 'Jane Roe, The Register' or 'Jane Roe, Dale Valley Gazette' (three or
        more words ending in a nameplate word)."""
        tail = text.rsplit(",", 1)[-1].strip(" .;:")
        if "," not in text or tail != name:
            return False  # joined by 'and' / '&': a co-author, even a one-word one
        toks = name.split()
        if len(toks) == 1 or toks[0] == "The":  # 'Jane Roe, The Register': no person's name opens with 'The'
            return True
        if any(t.endswith(("'s", "’s")) for t in toks):
            return True  # 'Jane Roe, King's Lynn': a possessive names a place, never a person
        return len(toks) >= 3 and self.publication is not None and self.publication(name)

    # -- line kinds ---------------------------------------------------------------------------
    def may_open(self, line: str) -> bool:
        """False when byline(line) is certainly None (too long, or no opener): its first two
        tests, so a scan over every line of a dump can skip the rest."""
        s = clean_line(line)
        if len(s) > 200:
            return False
        head = s[:2]  # (self._open, inlined: this runs on every line of a dump)
        if self._open_heads is not None:
            if head.isascii() and not head[:1].isspace() and head.lower() not in self._open_heads:
                return False
        elif self._open_first is not None and head[:1].isascii() and head[:1] not in self._open_first:
            return False
        return self._opener.match(s) is not None

    def _open(self, s: str) -> re.Match[str] | None:
        """self._opener.match(s), answered without the pattern when s starts with two ASCII
        characters (or one) no match starts with (see __init__)."""
        head = s[:2]
        if self._open_heads is not None:
            if head.isascii() and not head[:1].isspace() and head.lower() not in self._open_heads:
                return None
        elif self._open_first is not None and head[:1].isascii() and head[:1] not in self._open_first:
            return None
        return self._opener.match(s)

    def byline(self, line: str) -> list[str] | None:
        """Authors of a byline line ('By X and Y', 'BY X | date', 'Author : X'), else None."""
        s = clean_line(line)
        if len(s) > 200:
            return None
        m = self._open(s)
        if not m:
            return None
        rest = s[m.end() :]
        while (again := self._opener.match(rest)) and again.end() > 0:
            rest = rest[again.end() :]  # "BY By Jane Roe": an export's field name before the byline
        dated = split_trailing_date(rest)
        if dated:
            rest = dated[0]
        rest = _BYLINE_TAIL.split(rest)[0]  # "X • Photos by Y", "X | date"
        rest = _TIME.split(rest)[0] if _TIME.search(rest) else rest
        return self.names(rest)

    def role_byline(self, line: str) -> list[str] | None:
        """'Priya Natarajan | Health Reporter', 'Clara Mendes | Lisbon', 'Kofi Mensah-Bonsu, Senior
        Lecturer in Hydrology, University of Eastbridge': a name, then its job, place or employer.
        Only asked of lines in a header or at the very top of a body."""
        s = clean_line(line)
        if len(s) > 160 or SENTENCE_END.search(s) or ":" in s:
            return None
        if "," not in s and "|" not in s and "•" not in s and "·" not in s:
            return None  # no separator: one part, never a name and its role
        parts = [p.strip() for p in _ROLE_SEP.split(s) if p.strip()]
        if not 2 <= len(parts) <= 3 or not self.is_name(parts[0]) or self._descriptor(parts[0]):
            return None
        piped = bool(_PIPED.search(s))
        for part in parts[1:]:
            place = piped and len(part.split()) <= 3 and all(t[:1].isupper() for t in part.split())
            if not (self._descriptor(part) or place):
                return None
        return [parts[0]]

    def dated_names(self, line: str) -> list[str] | None:
        """'Marc Champion and Ilya Arkhipov 5 October, 2020 1:15 pm IST' -> the names."""
        s = clean_line(line)
        if len(s) > 160:
            return None  # a paragraph (tested first: the date patterns are dear on long lines)
        dated = split_trailing_date(s)
        if not dated or _DATE_LABEL.match(dated[0]):
            return None  # "Published: June 5, 2023": a label, not a name
        return self.names(dated[0])

    def credits(self, line: str) -> list[str] | None:
        """'(Reporting by X; Additional reporting by Y; Editing by Z)' -> [X, Y]."""
        if "(" not in line or ")" not in line:
            return None  # clean_line only removes and respaces characters, never adds a bracket
        s = clean_line(line).strip()
        if not (s.startswith("(") and s.endswith(")")) or len(s) > 300:
            return None
        inner = s[1:-1]
        found = list(self._role.finditer(inner))
        if not found or found[0].start() != 0:
            return None
        authors: list[str] = []
        for i, m in enumerate(found):
            end = found[i + 1].start() if i + 1 < len(found) else len(inner)
            chunk = inner[m.end() : end].strip(" ;,.")
            role = m.group(1).lower()
            names = self.names(chunk)
            if names is None:
                return None
            if role in self.author_roles:
                authors += [n for n in names if n not in authors]
        return authors


_ROMAN = re.compile(r"^(I{1,3}|IV|VI{0,3}|IX|X{1,3})$")


def _caps_surname(name: str, descriptor: Callable[[str], bool]) -> str:
    """'Claire LE GOFF' -> 'Claire Le Goff': agency and French style capitalises the family name
    only. Typography again, so the same person is one author however a copy set the name. The
    capitals must close the name and follow a written given name ('Jane Roe III' keeps its III,
    'J. R. SMITH' has no written given name); one short capitalised word may be an acronym
    ('Jane Roe AP', 'Xiaoming WU': left as they are), and an employer is never a surname."""
    toks = name.split()
    k = len(toks)
    while k > 0 and toks[k - 1].isupper() and len(toks[k - 1].strip(".-'’")) >= 2 and not _ROMAN.match(toks[k - 1]):
        k -= 1
    caps = toks[k:]
    if not caps or k == 0 or not any(t[:1].isupper() and any(c.islower() for c in t) for t in toks[:k]):
        return name
    if (len(caps) == 1 and len(caps[0]) < 4) or descriptor(" ".join(caps)):
        return name
    return " ".join(toks[:k] + [t.title() for t in caps])
