"""Authors from bylines and credit lines, as an ordered list of names.

Reporters and writers are authors; editors are not. Job titles, places, dates and times never
end up inside a name. Vocabulary (openers, roles, titles, particles) lives in a data file.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from ingest.dates import find_date, split_trailing_date, without_stamp_label
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
# A letter's or a column's sign-off under its text ('— Hal Brandt, Tacoma', '-- J. Roe'): a
# dash, then names, in a short line (Bylines.signoff).
SIGNOFF_DASHES = ("—", "–", "--")
SIGNOFF_MAX_WORDS = 12
_BYLINE_TAIL = re.compile(r"\s+[|•·]\s+|\s+[–—]\s+")
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_MAX_UNCASED = 20  # characters of one token: a person's name, never a clause
# An agency's or outlet's abbreviation in brackets after a name in a credit: not part of the name.
_ABBREVIATION = re.compile(r"\s+\([A-Z][A-Z&]{1,5}\)\s*$")
_PIPED = re.compile(r"\s[|•·]\s")
_DASHES = ("—", "–", "-")
_YEAR_IN = re.compile(r"\b(?:18|19|20)\d\d\b")
# A town after a letter writer's name: one to three capitalised words ('Tacoma', 'Gig Harbor', 'Port
# Orchard', 'St. Paul').
_PLACE_TAIL = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}$")
# 'Bev and Ron Kaczmarek': a given name alone, then a full name sharing its family name.
_COUPLE = re.compile(r"^([A-Z][a-z]+)\s+(?:and|&)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+)+)$")
_NAME_TOKEN = re.compile(r"^(?:[A-Z0-9][\w.'’-]*|[A-Z]\.|O’\w+|O'\w+|Mc\w+|d’\w+|d'\w+)$")


# A name written in a script without letter case (Arabic, Hebrew, Devanagari, Han, kana, Hangul…):
# letters and combining marks, no ASCII, no digits. Such a name cannot be told from a word by its
# capitals, so it is only taken where a label or a byline slot says a name stands there.
def _uncased_name_token(tok: str) -> bool:
    """A token of letters in a script without case, with the combining marks such scripts write
    inside words (the vowel signs of Devanagari, Arabic harakat: \\w does not match those)."""
    if len(tok) > _MAX_UNCASED or tok.lower() != tok.upper() or not tok[:1].isalpha():
        return False
    return all((ch.isalpha() and not ch.isascii()) or unicodedata.category(ch)[0] == "M" for ch in tok)


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
        suffixes: list[str] = []
        frame_labels: list[str] = []
        frame_words: list[str] = []
        honorifics: list[str] = []
        desks: list[str] = []
        initial_desks: list[str] = []
        desk_openers: list[str] = []
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
            suffixes += data.get("suffix_titles", [])
            frame_labels += data.get("frame_labels", [])
            frame_words += data.get("frame_report_words", [])
            honorifics += data.get("honorifics", [])
            desks += data.get("desk_words", [])
            initial_desks += data.get("initials_desk_words", [])
            desk_openers += data.get("desk_openers", [])
        self.openers = [o.lower() for o in openers]
        self._suffixes = tuple(suffixes)
        self._suffixed = _suffixed_re(suffixes)
        self._frame_labels = tuple(frame_labels)
        self._frame = _frame_re(frame_labels, frame_words)
        self.titles = {t.lower() for t in titles}
        # The nouns that end job titles ("writer", "correspondent", "lecturer"); short words such
        # as "to" or "at" from "special to" would make every phrase a job.
        self.title_heads = {t.split()[-1] for t in self.titles if len(t.split()[-1]) >= 5}
        self.orgs: set[str] = set()
        self.pseudo = {p.lower() for p in pseudo}
        self.photo_labels = [p.lower() for p in photo]
        self.honorifics = {h.lower() for h in honorifics}
        self._desk = _desk_re(desks, initial_desks, desk_openers)
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
        # Openers in other scripts ('автор', 'كتب') keep the test exact when no case variant of
        # their first letter is ASCII: a line starting with ASCII can never match them.
        latin = [o for o in self.openers if o[:1].isascii()]
        foreign_safe = all(o and not any(c.isascii() for c in o[0].lower() + o[0].upper() + o[0].casefold())
                           for o in self.openers if not o[:1].isascii())
        firsts = [o[:1] for o in latin]
        self._open_first: frozenset[str] | None = None
        if foreign_safe and all(f and f.isascii() for f in firsts):
            self._open_first = frozenset(
                {f.lower() for f in firsts} | {f.upper() for f in firsts} | {"-"}
                | {chr(c) for c in range(128) if chr(c).isspace()})
        # Sharper, from two characters: a line whose first two characters are ASCII, the first
        # no white space, can match only if they open an opener ("by", "au", "wr", ...) in some
        # case or are the dash '--'. One of its first letter's openers ('B…', 'A…', 'P…') opens
        # half the sentences of prose; the first two letters rule nearly all of them out. Exact
        # only when every opener has two ASCII characters to read (see _open_first otherwise).
        self._open_heads: frozenset[str] | None = None
        if foreign_safe and all(len(o) >= 2 and o[:2].isascii() for o in latin):
            self._open_heads = frozenset({o[:2] for o in latin} | {"--"})
        roles = sorted(self.author_roles + self.non_author_roles, key=len, reverse=True)
        self._role = re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\b\s*", re.I)

    # -- names -----------------------------------------------------------------------------
    def is_name(self, name: str, uncased: bool = False) -> bool:
        """A person's or organisation's name: 1-6 capitalised tokens (particles allowed); with
        `uncased`, where a label or a byline slot vouches for a name, also tokens of a script
        without capitals ('سامي العبدالله', '林佳蓉')."""
        tokens = name.split()
        if not 1 <= len(tokens) <= 6 or _TIME.search(name) or find_date(name):
            return False
        if not any(c.isalpha() for c in name):
            return False  # 'By 7 p.m., 46 people had checked in': a number is nobody's name
        if name.lower() in self.titles:
            return False
        caps = 0
        for tok in tokens:
            if tok.lower() in self.particles:
                continue
            if uncased and _uncased_name_token(tok):
                caps += 1
                continue
            if not (_NAME_TOKEN.match(tok) or (tok[:1].isupper() and _WORD_TOKEN.fullmatch(tok))):
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

    def names(self, text: str, uncased: bool = False) -> list[str] | None:
        """Split 'X, Y and Z' into names; None when any piece is not a name (`uncased`: see is_name)."""
        text = text.strip()
        if not text:
            return None
        out: list[str] = []
        pieces = self._split.split(text)
        pseudo = False
        for k, piece in enumerate(pieces):
            bare = piece.strip(" .,;:|()[]\"'“”")
            if bare.lower() in self.pseudo or (self._desk is not None and self._desk.match(bare)):
                pseudo = True  # "By Our Correspondent", "Posted by Webmaster": a byline crediting nobody
                continue
            if "(" in piece:
                piece = _ABBREVIATION.sub("", piece)  # 'Nordic Press Agency (NPA)', 'Jane Roe (AP)'
            name = self._tidy(piece)
            if name is None or (k > 0 and self._descriptor(name)):
                continue
            if k > 0 and k == len(pieces) - 1 and self._trailer(text, name):
                continue
            if not self.is_name(name, uncased):
                return None
            name = self._untitled(name)
            if name.isupper() and len(name) > 4 and " " in name:
                name = name.title()  # "BY JANE DOE": shouting is typography, not the name
            else:
                name = _caps_surname(name, self._descriptor)
            if name not in out:
                out.append(name)
        return out or ([] if pseudo else None)

    def _untitled(self, name: str) -> str:
        """'Dr. Carlton Whyte' -> 'Carlton Whyte': a title before a name is not part of it (two
        words of the name must remain; see honorifics in the byline data file)."""
        toks = name.split()
        if len(toks) < 3 or not self.honorifics:
            return name
        return " ".join(toks[1:]) if toks[0].lower() in self.honorifics else name

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

    def signoff(self, line: str) -> list[str] | None:
        """The writers a sign-off under a text names ('— Hal Brandt, Tacoma', '-- Bev and Ron
        Kaczmarek, Ruston'): a dash, then names (a place after the comma is no writer), nothing
        else. `line` is a cleaned line (text.clean_line). One test for every reader of letters:
        saved pages (formats/html_stories.py), whole texts (letters.py), a single signed text
        (metadata.extract_signoff)."""
        if not line.startswith(SIGNOFF_DASHES) or len(line.split()) > SIGNOFF_MAX_WORDS:
            return None
        return self.byline(line) or None

    def byline(self, line: str, field: bool = False) -> list[str] | None:
        """Authors of a byline line ('By X and Y', 'BY X | date', 'Author : X', '정하윤 기자'), else
        None. `field`: the line stands in a byline slot (an author element or tag), where a name
        in a script without capitals needs no colon after its label."""
        s = clean_line(line)
        if len(s) > 200:
            return None
        m = self._open(s)
        if not m:
            return None if s.isascii() else self.suffixed(s)
        rest = s[m.end() :]
        while (again := self._opener.match(rest)) and again.end() > 0:
            rest = rest[again.end() :]  # "BY By Jane Roe": an export's field name before the byline
        dated = split_trailing_date(rest)
        if dated:
            rest = without_stamp_label(dated[0])  # 'Jane Roe Published January 16, 2027'
        rest = _BYLINE_TAIL.split(rest)[0]  # "X • Photos by Y", "X | date"
        rest = _TIME.split(rest)[0] if _TIME.search(rest) else rest
        labelled = field or s[: m.end()].rstrip().endswith((":", "："))
        if s[: m.end()].lstrip()[:1] in _DASHES:
            return self._signoff_names(rest)
        return self.names(rest, uncased=labelled)

    def _signoff_names(self, rest: str) -> list[str] | None:
        """The writers of a dash sign-off ('— Doreen Matsuda, Gig Harbor', '— Bev and Ron
        Kaczmarek, Ruston'): a letter's signature names its writer, then her town after the one
        comma (two words or three: 'Gig Harbor' is a place here, where 'By X, Y' would list two
        reporters); a couple shares its family name ('Bev and Ron Kaczmarek')."""
        head, comma, tail = rest.rpartition(",")
        if comma and "," not in head and _PLACE_TAIL.match(tail.strip(" .")) and not self._split.search(tail):
            rest = head
        couple = _COUPLE.match(rest.strip(" .;:"))
        published = self.publication is not None and couple is not None and self.publication(couple.group(1))
        if couple and couple.group(1).lower() not in self.pseudo and not published:
            family = couple.group(2).split()[-1]
            names = self.names(couple.group(2))
            if names and len(names) == 1:
                return [f"{couple.group(1)} {family}", names[0]]
        return self.names(rest)

    def suffixed(self, line: str) -> list[str] | None:
        """'정하윤 기자 hayoon@example.kr', '経済部　比嘉理沙記者', '김철수·이영희 기자': names in a
        script without capitals before a title word (suffix_titles), optionally after a desk or
        a place and before an e-mail address: the Korean, Japanese and Chinese byline."""
        if self._suffixed is None or not any(t in line for t in self._suffixes):
            return None
        m = self._suffixed.match(clean_line(line).replace("\u3000", " "))
        if m is None:
            return None
        names = [n for n in re.split(r"\s*[·・、,]\s*", m.group("names")) if n]
        if not all(len(n) <= _MAX_UNCASED for n in names):
            return None
        # '本社記者' ('our reporter', pseudo_bylines): a byline crediting nobody.
        return [n for n in names if not any(n + t in self.pseudo for t in self._suffixes)]

    def lead_frame(self, text: str) -> tuple[list[str], str] | None:
        """'〔記者林佳蓉／高雄報導〕蘭英颱風…' -> (['林佳蓉'], '蘭英颱風…'): the reporter and place frame
        Taiwanese and Hong Kong papers open a story with (frame_labels, frame_report_words). A
        byline, not a dateline: it names a person ('华海社上海12月2日电' names none and stays)."""
        if self._frame is None or text[:1] not in _FRAME_OPEN or not any(t in text[:12] for t in self._frame_labels):
            return None
        m = self._frame.match(text)
        if m is None:
            return None
        names = [n for n in re.split(r"\s*[、,，·・]\s*", m.group("names")) if n]
        return names, text[m.end():].lstrip()

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
        if _YEAR_IN.search(dated[0]):
            return None  # "March 14, 1938 - November 29, 2026": a span of dates, nobody's name
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


_FRAME_OPEN = "〔［[【(（"
_FRAME_CLOSE = "〕］]】)）"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _suffixed_re(suffixes: list[str]) -> re.Pattern[str] | None:
    """[desk or 'place='] names (joined by · ・ 、 ,) title [e-mail]: see Bylines.suffixed."""
    if not suffixes:
        return None
    name = r"(?:(?![A-Za-z])[^\W\d_]){2,12}"
    return re.compile(rf"^(?:[^\W\d_]{{1,10}}(?:\s+|\s*=\s*))?(?P<names>{name}(?:\s*[·・、,]\s*{name})*)\s*"
                      rf"(?:{_alternation(suffixes)})(?:\s*[(（]?\s*{_EMAIL}\s*[)）]?)?\s*$")


def _frame_re(labels: list[str], report_words: list[str]) -> re.Pattern[str] | None:
    """〔label names／place report-word〕 (see Bylines.lead_frame)."""
    if not labels or not report_words:
        return None
    name = r"(?:(?![A-Za-z])[^\W\d_]){2,12}"
    return re.compile(rf"^[{re.escape(_FRAME_OPEN)}]\s*(?:{_alternation(labels)})\s*"
                      rf"(?P<names>{name}(?:\s*[、,，·・]\s*{name})*)\s*[／/∕]\s*[^\W\d_]{{1,12}}?\s*"
                      rf"(?:{_alternation(report_words)})\s*[{re.escape(_FRAME_CLOSE)}]")


def _desk_re(desks: list[str], initial_desks: list[str], openers: list[str] | None = None) -> re.Pattern[str] | None:
    """A desk credit (see desk_words in the byline data file): initials or capitalised words
    (an outlet's, a place's) before a desk word, or initials alone before a reporter's title;
    or a newsroom word before them ('Redaktion Polizeiticker Schweiz', desk_openers).
    Case-sensitive: 'DT' and 'Chennai' by their capitals."""
    if not desks and not initial_desks and not openers:
        return None
    initials = r"[A-Z]{2,5}"
    word = rf"(?:{initials}|[A-Z][a-z]+|Our|The)"
    alts = []
    if desks:
        alts.append(rf"(?:{word} ){{1,3}}(?i:{_alternation(desks)})")
    if initial_desks:
        alts.append(rf"(?:Our |The )?{initials} (?i:{_alternation(initial_desks)})")
    if openers:
        # The outlet after the newsroom word: capitalised words ('Osthessen|News', 'Ouest-France')
        # or the site's address ('polizeiticker.ch'), after an optional article or preposition.
        named = r"(?:[^\W\d_a-z][\w.|&'’-]*|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})"
        link = r"(?:(?i:de|der|des|du|del|de la|da|do|di|van|von|la|le|el|von der) )?"
        alts.append(rf"(?i:{_alternation(openers)}) {link}(?:{named} ){{0,3}}{named}")
    return re.compile("^(?:" + "|".join(alts) + ")$")


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
