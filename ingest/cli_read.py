"""The commands that read the archive (issue 6): search, show, export, duplicates, the hand
review that follows from them (merge, split), and serve. Kept apart from ingest/cli.py, which
holds the command group and the commands that build the archive; these share only the --db
option and the archive check (ingest/cli_common.py).
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click

from db import read, review
from db.engine import atomic
from db.fts import QueryError
from ingest import export, readers
from ingest.cli_common import db_option, existing_archive
from ingest.config import IngestConfig
from ingest.review import Reviewer, ReviewError


def _filter_options(f: Any) -> Any:
    options = [
        click.option("--outlet", "outlets", multiple=True, metavar="NAME", help="Only this outlet (repeatable)."),
        click.option("--author", "authors", multiple=True, metavar="NAME", help="Only articles crediting this author."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after YYYY-MM-DD."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before YYYY-MM-DD."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(
    outlets: tuple[str, ...], authors: tuple[str, ...], since: Any, until: Any, query: str | None = None
) -> read.Filters:
    return read.Filters(outlets, authors, since.date() if since else None, until.date() if until else None, query)


def _reviewer(engine: Any) -> Reviewer:
    return Reviewer(IngestConfig(db_url=engine.url.render_as_string(hide_password=False)), engine)


def _bold(word: str) -> str:
    return click.style(f"[{word}]", bold=True, fg="yellow")


@click.command()
@click.argument("query", nargs=-1, required=True)
@db_option
@_filter_options
@click.option("--limit", default=20, show_default=True, help="How many articles to show.")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON (matches wrapped in <mark>).")
def search(query: tuple[str, ...], db: str | None, limit: int, as_json: bool, **filters: Any) -> None:
    """Full-text search over title, body, outlet and authors, best matches first.

    Words must all occur; "quoted phrases", OR, and -word to exclude; word* for a prefix.

    \b
    Example:
      newsarchive search Lavrov --db archive.sqlite
      newsarchive search '"peace talks" -Moscow' --outlet 'Voice of America' --since 2020-10-01
    """
    engine = existing_archive(db)
    try:
        with atomic(engine) as s:
            hits = read.search(s, " ".join(query), _filters(**filters), limit)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([readers.hit_json(h) for h in hits], indent=2, default=readers.jsonable))
    else:
        click.echo(readers.render_hits(hits, _bold))


@click.command()
@click.argument("article_id", type=int)
@db_option
@click.option("--diff/--no-diff", default=True, help="Show what cleaning removed from each copy (default: on).")
@click.option("--body/--no-body", default=True, help="Print the clean body (default: on).")
@click.option("--json", "as_json", is_flag=True, help="Print the article, its copies and their diffs as JSON.")
def show(article_id: int, db: str | None, diff: bool, body: bool, as_json: bool) -> None:
    """One article: metadata, clean body, and every copy with file:start-end, its own metadata
    as found, how it matched, and a diff of its raw text against its clean body.

    \b
    Example:
      newsarchive show 2 --db archive.sqlite
    """
    engine = existing_archive(db)
    with atomic(engine) as s:
        data = read.article(s, article_id)
    if data is None:
        raise click.ClickException(f"article {article_id}: no such article (try `newsarchive search`)")
    if as_json:
        click.echo(json.dumps(readers.article_json(data, diff), indent=2, ensure_ascii=False, default=readers.jsonable))
    else:
        click.echo(readers.render_article(data, diff, body))


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(export.FORMATS), default="jsonl", show_default=True)
@click.option("--copies", "per_copy", is_flag=True, help="One row per copy (with raw text) instead of per article.")
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: stdout; Parquet needs one)."
)
@click.option("--query", default=None, help="Only articles matching this search.")
@_filter_options
def export_(db: str | None, fmt: str, per_copy: bool, output: str | None, query: str | None, **filters: Any) -> None:
    """Stream the archive as JSON Lines, CSV or Parquet: one row per article (authors as a list,
    copy count) or, with --copies, per copy.

    \b
    Example:
      newsarchive export --format csv -o articles.csv --db archive.sqlite
      newsarchive export --copies --outlet RT --since 2020-10-01 > rt-copies.jsonl
      newsarchive export --format parquet -o archive.parquet
    """
    if fmt == "parquet" and not output:
        raise click.UsageError("Parquet is binary: give a file with -o FILE")
    engine = existing_archive(db)
    fields = export.COPY_FIELDS if per_copy else export.ARTICLE_FIELDS
    try:
        with atomic(engine) as s:
            f = _filters(query=query, **filters)
            rows = read.export_copies(s, f) if per_copy else read.export_articles(s, f)
            if fmt == "parquet":
                assert output is not None
                n = export.write_parquet(rows, output, per_copy)
            else:
                with open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout) as out:
                    n = export.write_jsonl(rows, out) if fmt == "jsonl" else export.write_csv(rows, out, fields)
    except (export.ExportError, QueryError) as exc:
        raise click.ClickException(str(exc)) from exc
    if output:
        click.echo(f"{n} {'copies' if per_copy else 'articles'} written to {output}", err=True)


@click.command()
@db_option
@click.option("--borderline", is_flag=True, help="Pairs near the merge threshold, side by side, for review.")
@click.option("--margin", default=0.15, show_default=True, help="How near the threshold a pair must be.")
@click.option("--limit", default=20, show_default=True, help="How many clusters or pairs to show.")
@click.option("--width", default=160, show_default=True, help="Width of the side-by-side view.")
@click.option("--json", "as_json", is_flag=True, help="Print clusters or pairs as JSON.")
def duplicates(db: str | None, borderline: bool, margin: float, limit: int, width: int, as_json: bool) -> None:
    """Articles with several copies (sizes, how each copy matched), or with --borderline the pairs
    dedup found hardest, just above and below its threshold, to confirm or correct by hand.

    \b
    Example:
      newsarchive duplicates --db archive.sqlite
      newsarchive duplicates --borderline --margin 0.1
    """
    engine = existing_archive(db)
    if borderline:
        pairs = _reviewer(engine).borderline(margin, limit)
        if as_json:
            click.echo(json.dumps([readers.pair_json(p) for p in pairs], indent=2, default=readers.jsonable))
        else:
            text = "\n\n".join(readers.render_pair(n, p, width) for n, p in enumerate(pairs, 1))
            click.echo(text or f"no pair lies within {margin} of the threshold")
        return
    with atomic(engine) as s:
        found = list(review.clusters(s, limit))
    if as_json:
        click.echo(json.dumps(readers.clusters_json(found), indent=2, default=readers.jsonable))
    else:
        click.echo(readers.render_clusters(found))


@click.command()
@click.argument("into", type=int, metavar="A")
@click.argument("other", type=int, metavar="B")
@db_option
@click.option("--note", default=None, help="Why (kept in manual_decisions).")
def merge(into: int, other: int, db: str | None, note: str | None) -> None:
    """Merge article B into article A: B's copies join A, B is removed. Recorded; later ingests keep it.

    \b
    Example:
      newsarchive merge 12 15 --note "same wire story, rewritten lede"
    """
    engine = existing_archive(db)
    try:
        decision = _reviewer(engine).merge(into, other, note)
    except ReviewError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"merged article {other} into {into} (decision {decision})")


@click.command()
@click.argument("copy_id", type=int, metavar="COPY")
@db_option
@click.option("--note", default=None, help="Why (kept in manual_decisions).")
def split(copy_id: int, db: str | None, note: str | None) -> None:
    """Make copy COPY an article of its own. Recorded; later ingests keep it.

    \b
    Example:
      newsarchive split 31 --note "different story, same agency footer"
    """
    engine = existing_archive(db)
    try:
        new, decision = _reviewer(engine).split(copy_id, note)
    except ReviewError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"copy {copy_id} is now article {new} (decision {decision})")


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback by default).")
@click.option("--port", default=8001, show_default=True)
def serve(db: str | None, host: str, port: int) -> None:
    """Browse the archive in Datasette: search, facets by outlet, date and author, article pages.

    \b
    Example:
      newsarchive serve --db archive.sqlite --port 8001   # then open http://127.0.0.1:8001/
    """
    engine = existing_archive(db)
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        raise click.ClickException(f"{engine.url}: Datasette reads SQLite files only; use `newsarchive export`")
    import tempfile

    from ingest import web

    with tempfile.TemporaryDirectory(prefix="newsarchive-serve-") as scratch:
        try:
            web.serve(Path(engine.url.database), host, port, Path(scratch))
        except web.ServeError as exc:
            raise click.ClickException(str(exc)) from exc

