"""Helpers shared by the news-database export formats (Nexis, Factiva, Europresse, GENIOS)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path

from ingest.bylines import Bylines

LANGUAGES_FILE = Path(__file__).parent.parent / "data" / "languages.toml"


@functools.lru_cache(maxsize=4)
def _languages(path: Path = LANGUAGES_FILE, table: str = "names") -> dict[str, str]:
    with open(path, "rb") as fh:
        return {k.lower(): v for k, v in tomllib.load(fh).get(table, {}).items()}


def language_code(name: str | None) -> str | None:
    """'ENGLISH' -> 'en', 'eng' -> 'en'; a two-letter code passes through; an unknown name is
    None (never a guess)."""
    if not name:
        return None
    key = name.strip().split()[0].strip(";,.").lower() if name.strip() else ""
    if len(key) == 2 and key.isalpha():
        return key
    return _languages().get(key) or _languages(LANGUAGES_FILE, "codes").get(key)


def language_name(line: str) -> str | None:
    """The code of a line that is only a language's name ('English', 'Deutsch'), else None: unlike
    language_code, a two-letter word ('Pg', 'No') is no language here."""
    return _languages().get(line.strip().lower())


def byline_names(value: str, bylines: Bylines) -> list[str]:
    """Authors from an export's byline field, which may or may not start with 'By'."""
    value = " ".join(value.split())
    if not value:
        return []
    names = bylines.byline(value)
    if names is None:
        names = bylines.byline("By " + value)
    return names or []


# An agency's code alone in a byline slot ("dpa", "mnd", "AFP", "APA"): one short word in
# lower case or capitals, which a name never is.
_AGENCY_CODE = re.compile(r"[a-zà-ÿ]{2,6}|[A-ZÀ-Ý]{2,6}")


def slot_credit(value: str, bylines: Bylines, labels: Iterable[str] = ()) -> list[str]:
    """Who a database's byline slot credits: the names, without an opening label ('Von', 'Par');
    an agency's code alone is the agency (a person or organisation credited in a byline, as
    'By Reuters' is), so every story of that agency can be found by its credit."""
    value = " ".join(value.split())
    for label in labels:
        if value.lower().startswith(label.lower() + " "):
            value = value[len(label) + 1 :].strip()
            break
    if _AGENCY_CODE.fullmatch(value):
        return [value]
    return byline_names(value, bylines)


def reads_as_credit(value: str, bylines: Bylines, labels: Iterable[str] = ()) -> bool:
    """The line is a byline slot: it opens with a byline label, or all of it reads as names or
    an agency's code."""
    s = " ".join(value.split())
    if _labelled(s, labels):
        return True
    return bool(_AGENCY_CODE.fullmatch(s)) or bool(byline_names(s, bylines))


def _labelled(s: str, labels: Iterable[str]) -> bool:
    return any(s.lower().startswith(label.lower() + " ") for label in labels)


def header_credit(block: list[str], bylines: Bylines, labels: Iterable[str] = ()) -> list[str] | None:
    """The authors of a database header block's last line (kickers, headline, byline) when it
    is the byline slot, else None. A labelled line ('Von …', 'Par …') is; an unlabelled one
    must read as names or an agency's code under a line not shorter than it: a short headline
    that happens to read as a name ('Angela Merkel') under a one-word kicker stays a headline."""
    if len(block) < 2:
        return None
    last, above = " ".join(block[-1].split()), block[-2].strip()
    if _labelled(last, labels) or (reads_as_credit(last, bylines) and len(above) >= len(last)):
        return slot_credit(last, bylines, labels)
    return None
