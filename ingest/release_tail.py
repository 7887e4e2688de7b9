"""A press release's closing furniture: where it starts, so that cleaning drops it to the end.

Releases end with the issuer's standard copy: an "About <Company>" section (the company
profile, word for word in each of its releases), a forward-looking-statements (safe-harbor)
notice, media and investor contacts, the wire's SOURCE line. None of it is the release's news,
and it is long (a safe harbor runs to 150 words), so the tail cut of ingest/clean.py, which lets
at most a few dozen words of prose sit inside a trailer, cannot take it; syndicated copies
(newsrooms, republishing sites, database exports) also drop the '###' end mark that would.
The two openings are recognised by shape, with labels from ingest/data/release_tail.toml:
- "About X" whose next paragraph (or its own text after a colon) opens with X's first words:
  a profile names its company first, while a story's section heading ("About the plan") is
  not followed by a paragraph that repeats it;
- a safe-harbor heading, or a paragraph that opens like one ("This press release contains
  forward-looking statements …").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ingest import rulematch
from ingest.patternlits import FOLD_TRAPS, required_literals
from ingest.text import any_of

DATA_FILE = Path(__file__).parent / "data" / "release_tail.toml"
MAX_HEADING_CHARS = 110  # a heading is a short line; longer paragraphs skip the heading pattern
MAX_ABOUT_HEADING_WORDS = 12  # "About Northfield Regional Water and Power Cooperative, Inc."
NAME_KEY_WORDS = 2  # the profile repeats at least the company name's first two words


@dataclass(frozen=True)
class ReleaseTail:
    about: re.Pattern[str]
    about_prefixes: tuple[str, ...]
    heading: re.Pattern[str]
    opening: re.Pattern[str]

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> ReleaseTail:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        about = [str(w).lower() for w in data.get("about", [])]
        words = "|".join(re.escape(w) for w in sorted(about, key=len, reverse=True))
        headings = "|".join(f"(?:{p})" for p in data.get("safe_harbor_headings", []))
        openings = [str(p) for p in data.get("safe_harbor_openings", [])]
        return cls(
            about=re.compile(rf"({words})\s+(?P<name>[^:]{{2,100}}?)\s*(?::\s*(?P<rest>.+))?$", re.I),
            about_prefixes=tuple(w + " " for w in about),
            heading=re.compile(rf"(?:{headings or '(?!)'})\s*[:.]?", re.I),
            # (anchored at the paragraph's start, a pattern of literal openings fails within a
            # few characters on other text: no pre-check needed)
            opening=any_of(openings),
        )

    def start(self, texts: list[str]) -> int | None:
        """Index of the paragraph where the release's closing furniture starts, else None.
        Never the first paragraph: a text that opens with it has no release above it."""
        if len(texts) < 2:
            return None
        # The safe-harbor patterns run only in a text holding one of their required literals
        # (ingest/patternlits.py): one scan of the text instead of two case-insensitive
        # alternations per paragraph, where nearly no text is a release.
        harbor = self._harbor_scan is None or self._harbor_scan("\n".join(texts[1:]).lower())
        firsts = self._about_firsts
        for i in range(1, len(texts)):
            text = texts[i]
            if (text[:1] in firsts and text[:20].lower().startswith(self.about_prefixes)
                    and self._about(text, texts[i + 1] if i + 1 < len(texts) else "")):
                return i
            if not harbor:
                continue
            if len(text) <= MAX_HEADING_CHARS and self.heading.fullmatch(text):
                return i
            if self.opening.match(text):
                return i
        return None

    @cached_property
    def _about_firsts(self) -> frozenset[str]:
        """First characters, in any case, of the 'About' words (most paragraphs open otherwise)."""
        return frozenset(c for p in self.about_prefixes for c in {p[:1], p[:1].upper(), p[:1].lower(), p[:1].title()})

    @cached_property
    def _harbor_scan(self) -> Callable[[str], bool] | None:
        """Whether a lower-cased text may hold a safe-harbor heading or opening: one automaton
        pass over the text for all their literals (ingest/rulematch.py's Aho-Corasick)."""
        keys = self._harbor_keys
        if keys is None:
            return None
        found = rulematch.literal_scan(list(keys))
        return lambda lower: found(lower) or any(t in lower for t in FOLD_TRAPS)

    @cached_property
    def _harbor_keys(self) -> tuple[str, ...] | None:
        """Literals one of which every match of `heading` or `opening` holds; None: no such set."""
        found: set[str] = set()
        for pattern in (self.heading, self.opening):
            lits = required_literals(pattern)
            if lits is None:
                return None
            found.update(lit for _, lit in lits)
        return tuple(sorted(found))

    def _about(self, text: str, following: str) -> bool:
        """'About X' over X's profile, or 'About X: X …' in one paragraph."""
        m = self.about.fullmatch(text)
        if m is None:
            return False
        name = m.group("name").strip()
        rest = m.group("rest")
        if rest is None:
            if len(text.split()) > MAX_ABOUT_HEADING_WORDS:
                return False
            rest = following
        key = " ".join(name.split()[:NAME_KEY_WORDS]).lower()
        return len(key) >= 2 and rest.lower().startswith(key)
