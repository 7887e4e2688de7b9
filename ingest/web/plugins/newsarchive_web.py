"""Datasette plugin for the archive: paragraphs for article bodies, links from the article
index to article pages, highlighted search snippets, and `fts_query()` so canned queries
accept the same web-search syntax as `newsarchive search`."""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from db.fts import QueryError, to_fts5
from db.read import HIT_END, HIT_START


def fts_query(query: str | None) -> str:
    try:
        return to_fts5(query or "")
    except QueryError:
        return '"' + (query or "").replace('"', '""') + '"'  # FTS5 then matches (almost) nothing


def _marked(value: str) -> Markup:
    text = str(escape(value))
    return Markup(text.replace(HIT_START, "<mark>").replace(HIT_END, "</mark>"))


def _paragraphs(value: str) -> Markup:
    paras = "".join(f"<p>{escape(p)}</p>" for p in value.split("\n\n") if p.strip())
    return Markup(f'<div class="na-body">{paras}</div>')


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type information
def prepare_connection(conn: Any) -> None:
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


# Row pages show foreign keys as bare ids; these columns get the name they point to.
_REFERENCES = {
    "outlet_id": ("outlets", "name"),
    "source_id": ("sources", "path"),
    "article_id": ("articles", "title"),
    "keeper_copy_id": ("copies", "title"),
}


def _reference(value: int, column: str, database: str, datasette: Any) -> Any:
    other, label = _REFERENCES[column]

    async def link() -> Markup:
        db = datasette.get_database(database)
        found = (await db.execute(f"select {label} from {other} where id = ?", [value])).first()
        url = datasette.urls.table(database, other) + f"/{value}"
        name = found[0] if found and found[0] else f"#{value}"
        return Markup(f'<a href="{escape(url)}">{escape(name)}</a> <small>{value}</small>')

    return link


@hookimpl  # type: ignore[untyped-decorator]
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if isinstance(value, int) and column in _REFERENCES and table in ("articles", "copies"):
        return _reference(value, column, database, datasette)
    if not isinstance(value, str):
        return None
    if HIT_START in value:
        marked = _marked(value)
        if column == "title" and "article_id" in row.keys():  # noqa: SIM118  # on a sqlite3.Row `in` tests values
            url = datasette.urls.table(database, "articles") + f"/{row['article_id']}"
            return Markup(f'<a href="{escape(url)}">{marked}</a>')
        return marked
    if column == "body" and table == "articles":
        return _paragraphs(value)
    if column == "raw_text" and table == "copies":
        return Markup(f'<pre class="na-raw">{escape(value)}</pre>')
    if column == "title" and (table == "article_index" or "article_id" in row.keys()):  # noqa: SIM118
        article_id = row["id"] if table == "article_index" else row["article_id"]
        url = datasette.urls.table(database, "articles") + f"/{article_id}"
        return Markup(f'<a href="{escape(url)}">{escape(value)}</a>')
    if column == "authors" and table == "article_index" and value.startswith("["):
        names = json.loads(value)
        return Markup(f"<span class=\"na-authors\">{escape(', '.join(names))}</span>" if names else "&nbsp;")
    return None
