"""Search query syntax: the web-search style of PostgreSQL's websearch_to_tsquery, turned into
an SQLite FTS5 expression, so `newsarchive search` reads the same on both databases.

    Lavrov Erdogan          both words
    "peacekeeping force"    the phrase
    Turkey OR Iran          either
    Karabakh -Turkey        the first, not the second
    peace*                  prefix (FTS5 only; PostgreSQL ignores the star)

Every term goes to FTS5 inside double quotes, so punctuation in a query ("Nagorno-Karabakh",
"U.S.") is tokenised like the text instead of being read as FTS5 operators.
"""

from __future__ import annotations

import re

_TOKEN_RE = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD_RE = re.compile(r"\w")


class QueryError(ValueError):
    """A search query that cannot mean anything; the message says how to write it."""


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _tokens(query: str) -> list[tuple[str, bool, str]]:
    """(kind, negated, text): kind is 'or', 'phrase', 'word' or 'prefix'."""
    out: list[tuple[str, bool, str]] = []
    for m in _TOKEN_RE.finditer(query):
        if m.group(3) is None:
            if _WORD_RE.search(m.group(2)):
                out.append(("phrase", m.group(1) == "-", m.group(2)))
            continue
        raw = m.group(3)
        if raw.lower() == "or":
            out.append(("or", False, raw))
            continue
        negated = raw.startswith("-") and len(raw) > 1
        term = raw[1:] if negated else raw
        prefix = term.endswith("*")
        term = term.rstrip("*")
        if _WORD_RE.search(term):
            out.append(("prefix" if prefix else "word", negated, term))
    return out


def to_fts5(query: str) -> str:
    """The FTS5 MATCH expression for a web-search style query; QueryError if it has no word to find."""
    groups: list[list[tuple[str, bool, str]]] = [[]]
    for tok in _tokens(query):
        if tok[0] == "or":
            groups.append([])
        else:
            groups[-1].append(tok)
    parts: list[str] = []
    for group in groups:
        wanted = [_quote(t) + ("*" if k == "prefix" else "") for k, neg, t in group if not neg]
        unwanted = [_quote(t) + ("*" if k == "prefix" else "") for k, neg, t in group if neg]
        if not wanted:
            if unwanted:
                raise QueryError(
                    f"{query!r}: a search needs at least one word that is not excluded with '-'"
                )
            continue  # an empty side of OR ("Turkey OR") is ignored, as websearch_to_tsquery does
        expr = " AND ".join(wanted)
        for u in unwanted:
            expr += " NOT " + u
        parts.append(f"({expr})" if len(groups) > 1 else expr)
    if not parts:
        raise QueryError(f"{query!r}: no word to search for; try e.g. Lavrov or \"peace talks\"")
    return " OR ".join(parts)
