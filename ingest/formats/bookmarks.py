"""Bookmark managers' exports read as tables (Raindrop.io's CSV, Pinboard, Instapaper, linkding).

A bookmark export lists saved links: a title (often the page's, with the site's name after a
separator), the address, the site's excerpt or description, the reader's highlights, folder and
tags, and the time it was saved (never the publication date). Most rows are no article: a link
to a timetable, a video, a story saved for later. A row is a copy of an article only when the
reader pasted its text into the row's own note (the story typed up from print, or copied from
behind a paywall); the excerpt, a teaser the site wrote, and the highlights, the reader's quotes,
never are. Which headers mark a bookmark export and which hold the note is data
(ingest/data/table_columns.toml: `bookmark`, `note`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ingest.formats.lines import ParseContext
from ingest.formats.meta_clean import strip_site, title_site
from ingest.metadata import extract_body_byline
from ingest.records import Candidate

# Headers only a bookmark export writes (a folder, a cover image, a favourite flag, highlights):
# two of them tell a list of saved links from a media-monitoring table.
MIN_BOOKMARK_COLUMNS = 2
# A note that holds an article, not the reader's line about it ("the real win for the unions"):
# the shortest news story runs to a few short paragraphs.
MIN_NOTE_WORDS = 80


def is_bookmarks(ranks: dict[str, list[int]]) -> bool:
    """Whether a table's header (field -> columns, formats/table.column_ranks) is a bookmark
    export's: two headers of the `bookmark` list. One without a `note` column (Instapaper's
    URL, Title, Selection, Folder, Timestamp) holds no article at all."""
    return len(ranks.get("bookmark", ())) >= MIN_BOOKMARK_COLUMNS


def holds_article(note: str) -> bool:
    """A note long enough to be an article's text pasted by the reader (module docstring)."""
    return len(note.split()) >= MIN_NOTE_WORDS


def title_outlet(title: str, url: str, ctx: ParseContext) -> tuple[str | None, str]:
    """(outlet, title) from a saved page's title that ends with the site's name ('Headline |
    The Long Sound' on thelongsound.se): the outlet only where the address spells that name,
    and the headline without it; else (None, the title as it stands)."""
    host = urlsplit(url).hostname or ""
    site = title_site(title, host) if host else None
    if site is None:
        return None, title
    return ctx.outlets.canonical(site), strip_site(title, site, host) or title


def reader_lines(cand: Candidate, ctx: ParseContext) -> set[int]:
    """Lines of a note above the pasted story's byline: the reader's own ('for the Christmas
    market piece - full text pasted below', 'Print edition, Winter 2026 issue, pp. 34-41') and
    the headline typed again. Without a byline near the top nothing is told apart."""
    for n, _names in extract_body_byline(cand, ctx.bylines):
        return {k for k, _ in cand.body_lines if k < n}
    return set()
