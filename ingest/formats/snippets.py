"""Monitoring snippets: a service's keyword-in-context excerpt standing where a story would.

A media-monitoring report (Meltwater, Cision and their kind) prints, for items it may not
reproduce, a few dozen words cut from the middle of the story around the client's keyword,
with an ellipsis at both ends. Such an item has the story's headline, outlet and date but not
its text: it is neither an article nor a copy of one (merged into the story, it would make a
fragment a copy; stored alone, a spurious article). Shared by the HTML story reader and the
plain-text digests; no markup involved.
"""

from __future__ import annotations

from ingest.text import words

MAX_SNIPPET_WORDS = 80
MAX_SNIPPET_PARAGRAPHS = 3
MAX_SNIPPET_FURNITURE_WORDS = 15
MAX_SNIPPET_LINES = 24  # a snippet wrapped at 40 columns, with its furniture and blank lines
_ELLIPSIS = ("…", "...")


def snippet(paragraphs: list[str]) -> bool:
    """A monitoring service's keyword-in-context excerpt instead of a story: a few dozen words
    cut from the middle of the text, opening and closing on an ellipsis ('…the authority's board
    voted Thursday to … will continue to ride…'). It is neither the story nor a copy of it."""
    if not paragraphs or len(paragraphs) > MAX_SNIPPET_PARAGRAPHS:
        return False
    text = paragraphs[-1].strip()  # (above it, a monitoring item's short lines: 'Reach: 96K · Sentiment: …')
    return (text.startswith(_ELLIPSIS) and text.rstrip("”\"’' ").endswith(_ELLIPSIS)
            and sum(len(words(p)) for p in paragraphs) <= MAX_SNIPPET_WORDS
            and all(len(words(p)) <= MAX_SNIPPET_FURNITURE_WORDS for p in paragraphs[:-1]))


def snippet_lines(body: list[tuple[int, str]]) -> bool:
    """snippet() of a plain-text item's body lines (blank-separated blocks as paragraphs)."""
    if len(body) > MAX_SNIPPET_LINES:
        return False  # (most bodies: longer than any snippet, however it is wrapped)
    texts = [t.strip() for _, t in body]
    if not any(t.startswith(_ELLIPSIS) for t in texts):
        return False
    paragraphs: list[str] = []
    block: list[str] = []
    for t in [*texts, ""]:
        if t:
            block.append(t)
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return snippet(paragraphs)


__all__ = ["snippet", "snippet_lines"]
