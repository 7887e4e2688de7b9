"""The header vocabulary of plain-text dumps (ingest/data/header_labels.toml: [credit],
[page_marks], [header_furniture]): words that join a date to a credit, edition words, page,
item and issue marks, and a blog platform's buttons. Loaded once per process; the credit-line
reader (ingest/formats/credits.py) and the header and line readers ask it directly, so it
lives apart from any one of them.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

LABELS_FILE = Path(__file__).resolve().parent.parent / "data" / "header_labels.toml"


@dataclass(slots=True, frozen=True)
class HeaderVocabulary:
    """Joiners before a date, edition words, item marks and platform furniture
    (header_labels.toml: [credit], [page_marks], [header_furniture])."""

    date_joiners: frozenset[str]
    edition: re.Pattern[str]  # an edition word, whole or ending a compound ("Lokal*ausgabe*")
    lower_words: frozenset[str]  # page marks, edition words and weekdays, which may stand in lower case
    page_ref: re.Pattern[str]
    item_mark: re.Pattern[str]
    issue_mark: re.Pattern[str]
    furniture: re.Pattern[str]
    author_button: re.Pattern[str]
    # "From <Publication>[ newsletter]" opening a credit line: group "name" is the publication.
    source_lead: re.Pattern[str]
    weekday: re.Pattern[str]  # a weekday part of its own before a date ("Mi, 04.03.2026")
    author_label: re.Pattern[str]  # "Autor: Jane Roe" as a part of a credit line: group "names"
    # "Quelle: https://…", "Link: https://…": a source or link label before a bare address, group "url"
    source_url: re.Pattern[str]
    # "Jane Roe's blog, Harbour Notes", "her newsletter called Tide Tables": a publication kind
    # word then the publication's own name (two or more capitalised words), group "name".
    kind_name: re.Pattern[str]
    # A database header's labels ([database_header]): lower-case label -> "outlet" or "metadata".
    database_fields: dict[str, str]
    # A credit part naming the clip's channel or kind ('Online', 'Wire', 'Online News', 'Editorial')
    channel: re.Pattern[str]
    # A kind word after a publication's name, in lower case ('Harbour Gazette editorial'): group "name"
    kind_after: re.Pattern[str]

    @classmethod
    def load(cls, path: Path = LABELS_FILE) -> HeaderVocabulary:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        credit = data.get("credit", {})
        marks = data.get("page_marks", {}).get("abbreviations", [])
        alt = "|".join(re.escape(m) for m in sorted(set(marks), key=len, reverse=True)) or "p"
        items = "|".join(re.escape(m) for m in credit.get("item_marks", [])) or "nr"
        issues = "|".join(re.escape(m) for m in credit.get("issue_marks", [])) or "issue"
        furniture = data.get("header_furniture", {})
        return cls(
            frozenset(w.lower() for w in credit.get("date_joiners", [])),
            _edition(credit.get("edition_words", [])),
            frozenset(w.lower().rstrip(".") for w in [*credit.get("edition_words", []), *marks,
                                                      *credit.get("weekdays", [])]),
            re.compile(rf"^(?:{alt})\.?:?\s*[A-Z]?\d+[\w-]*$", re.I),  # "p. 5", "Pg 19", "PAGE: 5"
            # "Nr. 4", "Item 12:", "(2)", "Nr. 8 (Printfassung von Nr. 1)"
            re.compile(rf"^(?:(?:{items})\.?\s*\d{{1,3}}[.:]?|\(\d{{1,3}}\)|\[\d{{1,3}}\])(?:\s*\([^()]{{0,60}}\))?$",
                       re.I),
            re.compile(rf"^(?:{issues})\.?\s*#?\d", re.I),
            _whole_lines(furniture.get("patterns", [])),
            _whole_lines(furniture.get("author_buttons", [])),
            _source_lead(credit.get("source_cues", []), credit.get("publication_kinds", [])),
            _whole_lines([re.escape(w.rstrip(".")) for w in credit.get("weekdays", [])], dot=True),
            _labelled(data.get("labels", {}).get("authors", [])),
            _source_url([*data.get("labels", {}).get("url", []), *data.get("labels", {}).get("outlet", [])]),
            _kind_name(credit.get("publication_kinds", [])),
            {label.lower(): role for role, labels in data.get("database_header", {}).items() for label in labels},
            _whole_lines([re.escape(w) for w in credit.get("channels", [])], dot=True),
            _kind_after([*credit.get("channels", []), *credit.get("publication_kinds", [])]),
        )


def _edition(words: list[str]) -> re.Pattern[str]:
    whole = "|".join(re.escape(w) for w in words) or "(?!)"
    ending = "|".join(re.escape(w) for w in words if len(w) >= 6) or "(?!)"  # long enough to end a compound
    return re.compile(rf"(?<![\w])(?:{whole})(?![\w])|\w{{3,}}(?:{ending})(?![\w])", re.I)


def _source_lead(cues: list[str], kinds: list[str]) -> re.Pattern[str]:
    """The cue (capitalised, as a line opens), the publication's name up to the first part
    separator, and an optional kind word ending it in lower case ("The Grant Desk newsletter";
    a capitalised one is part of the name: "Coastal Freight Digest")."""
    cue = "|".join(re.escape(c.capitalize()) for c in cues) or "(?!)"
    kind = "|".join(re.escape(k) for k in kinds) or "(?!)"
    return re.compile(rf"^(?:{cue})\s+(?P<name>[^,|·•;—–]+?)(?:\s+(?:{kind}))?(?=\s*(?:,|\s[|·•;—–]|\s--?\s|$))")


def _kind_name(kinds: list[str]) -> re.Pattern[str]:
    kind = "|".join(re.escape(k) for k in kinds) or "(?!)"
    word = r"[A-Z][\w'’&-]*"
    name = rf"{word}(?:\s+(?:{word}|of|the|and|on))*\s+{word}"
    return re.compile(rf"\b(?:{kind})(?:,\s+|\s+(?:called|named)\s+)(?P<name>{name})")


def _kind_after(kinds: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(k) for k in sorted({k.lower() for k in kinds}, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?P<name>[A-Z].*?\S)\s+(?:{alt})$")


def _whole_lines(patterns: list[str], dot: bool = False) -> re.Pattern[str]:
    end = r"\.?$" if dot else r"\W*$"
    return re.compile("^(?:" + ("|".join(f"(?:{p})" for p in patterns) or "(?!)") + ")" + end, re.I)


def _labelled(labels: list[str]) -> re.Pattern[str]:
    """'Autor: Jane Roe', 'By: A and B': an author label, a colon and the names."""
    alt = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:{alt})\s*:\s*(?P<names>\S.*)$", re.I)


def _source_url(labels: list[str]) -> re.Pattern[str]:
    alt = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"^(?:{alt})\s*:\s*(?P<url>https?://\S+)$", re.I)


VOCABULARY = HeaderVocabulary.load()


def header_furniture(s: str, vocab: HeaderVocabulary = VOCABULARY) -> bool:
    """A blog platform's button or reading-time line ('Follow', '6 min read', '·')."""
    return len(s) <= 40 and vocab.furniture.match(s) is not None


def without_kind(name: str, vocab: HeaderVocabulary = VOCABULARY) -> str:
    """'Harbour Gazette editorial' -> 'Harbour Gazette': a lower-case kind word after the name
    says what the clip is, not which paper printed it."""
    if not name[-1:].islower() or " " not in name:
        return name
    m = vocab.kind_after.match(name)
    return m.group("name") if m else name


def item_mark(s: str, vocab: HeaderVocabulary = VOCABULARY) -> bool:
    """A line that numbers a review's items ('Nr. 4', '(2)'): never text."""
    return len(s) <= 80 and vocab.item_mark.match(s) is not None


def database_field(label: str, vocab: HeaderVocabulary = VOCABULARY) -> str | None:
    """'outlet' or 'metadata' when the label ('From', 'Document Type') is a database header's."""
    return vocab.database_fields.get(label.strip().lower())


__all__ = ["VOCABULARY", "HeaderVocabulary", "database_field", "header_furniture", "item_mark", "without_kind"]
