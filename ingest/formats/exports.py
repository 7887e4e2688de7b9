"""Helpers shared by the news-database export formats (Nexis, Factiva)."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from ingest.bylines import Bylines

LANGUAGES_FILE = Path(__file__).parent.parent / "data" / "languages.toml"


@functools.lru_cache(maxsize=4)
def _languages(path: Path = LANGUAGES_FILE) -> dict[str, str]:
    with open(path, "rb") as fh:
        return {k.lower(): v for k, v in tomllib.load(fh)["names"].items()}


def language_code(name: str | None) -> str | None:
    """'ENGLISH' -> 'en'; a two-letter code passes through; an unknown name is None (never a guess)."""
    if not name:
        return None
    key = name.strip().split()[0].strip(";,.").lower() if name.strip() else ""
    if len(key) == 2 and key.isalpha():
        return key
    return _languages().get(key)


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
