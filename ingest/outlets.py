"""Outlet names: one display name per publication, from an alias table users can extend."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_LEADING_THE = re.compile(r"^the ")
_WITH_PLACE = re.compile(r"^(.+?) (?:in|from) [A-Z][\w .'-]*$")
_MEMO_SIZE = 4096
_NAME_TOKENS = re.compile(r"[^\W\d_]+")
_EDITION_SEP = re.compile(r"\s+(?:—|--|·|•)\s+")
# "(Spain)", "(United Kingdom)", and the place databases print after a paper's name: "(Denver,
# CO)", "(Andorra la Vella)" (NewsBank, EBSCO, ProQuest): capitalised words, commas, short
# lower-case particles.
_QUALIFIER = re.compile(r"\s*\([A-Z][\w.'-]*(?:,?\s(?:[A-Z][\w.'-]*|[a-z]{1,4})){0,4}\)$")
# "KWLM 6 News (kwlm6.com)": a clipping list names the web edition's address after the outlet.
_WEB_QUALIFIER = re.compile(r"\s*\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/?\)$", re.I)
# A library catalogue's title adds the place and the years the paper ran: "The Evening Star (Vic. :
# 1921 - 1936)" (Trove), "(Denver, Colo.) 1890-1931" (Chronicling America). The run is not the name.
_CATALOGUE_RUN = re.compile(r"\s*(?:\((?:[^()]*?[:,]\s*)?\d{4}\s*[-–]\s*(?:\d{4})?\s*\)"
                            r"|\([^()]*\)\s*\d{4}\s*[-–]\s*(?:\d{4})?)$")
# "The Evening Post, Tuesday, 29/04/2025": the weekday belongs to the date cut off after it.
_TRAILING_WEEKDAY = re.compile(
    r",\s*(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rday|urday)?\.?$", re.I)


# A letter of a script beyond Latin (Greek and later: Cyrillic, Arabic, Devanagari, Han, kana,
# Hangul…). The ASCII key below would drop every one of them, and all names in such scripts
# would share one empty key (a Russian paper stored under a Korean one).
_BEYOND_LATIN = re.compile(r"[^\W\d_\u0000-\u036f\u1e00-\u1eff]")


def outlet_key(name: str) -> str:
    """Matching key: case, punctuation, spacing and a leading 'The' do not matter."""
    if not name.isascii() and _BEYOND_LATIN.search(name):
        # Letters, digits and combining marks (Devanagari vowel signs) of every script are the
        # name; Latin names keep the ASCII key so their matches stay as they were.
        key = "".join(ch for ch in name.casefold() if ch.isalnum() or unicodedata.category(ch)[0] == "M")
        return key
    key = _NON_ALNUM.sub(" ", name.lower().replace("&", " and ")).strip()
    key = _LEADING_THE.sub("", key)
    return key.replace(" ", "")


class OutletAliases:
    """Maps any known name of an outlet to its display name; unknown names pass through."""

    def __init__(self, files: Iterable[Path]) -> None:
        self._by_key: dict[str, str] = {}
        # canonical() answers by name: every article of a digest asks about the same few
        # outlet lines, twice (parser and metadata). Bounded: hostile input can vary names.
        self._canonical: dict[str, str | None] = {}
        self.nameplate_words: set[str] = set()
        self.nameplate_suffixes: tuple[str, ...] = ()
        self.nameplate_phrases: set[str] = set()
        for path in files:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
            plate = data.get("nameplate", {})
            self.nameplate_words.update(w.lower() for w in plate.get("words", []))
            self.nameplate_suffixes += tuple(w.lower() for w in plate.get("suffixes", []))
            self.nameplate_phrases.update(" ".join(p.lower().split()) for p in plate.get("phrases", []))
            for display, entry in data.get("outlet", {}).items():
                self._by_key[outlet_key(display)] = display
                for alias in entry.get("aliases", []):
                    self._by_key[outlet_key(alias)] = display
        self._phrase_last = {p.split()[-1] for p in self.nameplate_phrases}

    def canonical(self, name: str | None) -> str | None:
        if name is None:
            return None
        memo = self._canonical
        if name in memo:
            return memo[name]
        if len(memo) >= _MEMO_SIZE:
            memo.clear()
        found = memo[name] = self._canonical_name(name)
        return found

    def _canonical_name(self, name: str) -> str | None:
        name = " ".join(name.split()).strip(" ,;:|–—-[]")  # "[The Gazette, 4/5/2024, p. 4]" cut at its commas
        # "Levante Today (Spain)", "The Ledger (United Kingdom)": a qualifier, not part of the name.
        name = _CATALOGUE_RUN.sub("", name).strip() or name
        name = _QUALIFIER.sub("", name).strip() or name
        name = _WEB_QUALIFIER.sub("", name).strip() or name
        name = _TRAILING_WEEKDAY.sub("", name).strip() or name
        # "The Travel Quarterly — Spring 2022 issue", "The Daily X -- Farming", "The X · Online":
        # an edition, section or medium after a dash or a middle dot.
        name = _EDITION_SEP.split(name, 1)[0].strip() or name
        if not name:
            return None
        if outlet_key(name) not in self._by_key:  # "Associated Press in Lisbon": an org with a place
            m = _WITH_PLACE.match(name)
            if m and outlet_key(m.group(1)) in self._by_key:
                name = m.group(1)
        return self._by_key.get(outlet_key(name), name)

    def known(self, name: str) -> bool:
        return outlet_key(name) in self._by_key

    def nameplate(self, name: str) -> bool:
        """The name ends in a nameplate word ("Don Valley Echo", "Ruhr-Kurier"): a publication's
        name by its shape, not a person's (data file, [nameplate])."""
        toks = _NAME_TOKENS.findall(name.lower())
        if not toks:
            return False
        last = toks[-1]
        if last in self.nameplate_words:
            return True
        if last in self._phrase_last and " ".join(toks[-2:]) in self.nameplate_phrases:
            return True  # "Tidewater News Service": an agency's two-word nameplate
        if not last.endswith(self.nameplate_suffixes):
            return False  # no suffix at all (one C call): the length test below never runs
        return any(last.endswith(suf) and len(last) >= len(suf) + 3 for suf in self.nameplate_suffixes)
