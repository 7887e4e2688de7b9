"""The command line: a thin layer over the pipeline and db/ (the only module importing click).

Domain errors become one line naming the file and the fix; exit codes: 0 ok, 1 some input
failed (everything else was kept), 2 usage or archive error, 130 interrupted.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import click
from sqlalchemy.exc import DBAPIError

from db import errors, migrate, queries, read, review
from db.engine import atomic, make_engine, resolve_url
from db.fts import QueryError
from ingest import export, readers
from ingest.config import CleanConfig, IngestConfig
from ingest.pipeline import Pipeline, SettingsMismatch
from ingest.review import Reviewer, ReviewError
from ingest.rules import RuleError
from ingest.summary import Summary

DB_HELP = "Archive database: a path (SQLite) or a SQLAlchemy URL. Default: $NEWSARCHIVE_DB or ./archive.sqlite"


def _db_option(f: Any) -> Any:
    return click.option("--db", "db", metavar="URL_OR_PATH", default=None, help=DB_HELP)(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsarchive")
def cli() -> None:
    """newsarchive: raw news dumps in, a clean, deduplicated archive out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@_db_option
@click.option(
    "--rules",
    "rules",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra boilerplate rule file (TOML, same format as ingest/data/boilerplate.toml).",
)
@click.option(
    "--outlets",
    "outlets",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra outlet alias file (TOML, same format as ingest/data/outlets.toml).",
)
@click.option(
    "--bylines",
    "bylines",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Extra byline vocabulary file (TOML, same format as ingest/data/bylines.toml).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option(
    "--max-file-mb",
    "max_file_mb",
    type=click.IntRange(1),
    default=None,
    help="Refuse input files larger than this (default 256; memory use is ~6x the largest file).",
)
@click.option(
    "--workers",
    "workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Processes that parse and clean in parallel (default: one per core; the writer is always one). "
    "The archive is the same for any number.",
)
@click.option(
    "--commit-every",
    "commit_every",
    type=click.FloatRange(0),
    default=None,
    help="Commit stored files at least this often, in seconds (default 1; 0 = after every file). "
    "Files are always stored whole; a crash costs at most this much work.",
)
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    rules: tuple[Path, ...],
    outlets: tuple[Path, ...],
    bylines: tuple[Path, ...],
    as_json: bool,
    progress: bool | None,
    max_file_mb: int | None,
    workers: int | None,
    commit_every: float | None,
) -> None:
    """Ingest files, folders (recursive) and globs into the archive.

    \b
    Example:
      newsarchive ingest seeds/ --db archive.sqlite
      newsarchive ingest 'dumps/**/*.txt' --rules my-rules.toml
    """
    base = CleanConfig()
    try:
        clean = CleanConfig(
            rule_files=base.rule_files + rules,
            outlet_files=base.outlet_files + outlets,
            byline_files=base.byline_files + bylines,
        )
        cfg = IngestConfig(db_url=resolve_url(db), clean=clean, workers=workers or min(os.cpu_count() or 1, 8))
        if max_file_mb:
            cfg = dataclasses.replace(cfg, max_file_bytes=max_file_mb * 1024**2)
        if commit_every is not None:
            cfg = dataclasses.replace(cfg, commit_seconds=commit_every)
        pipeline = Pipeline(cfg, make_engine(cfg.db_url))
    except (RuleError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    summary = Summary()
    archive_error: str | None = None
    show = sys.stderr.isatty() if progress is None else progress
    bar = _progress(show)
    try:
        pipeline.run(paths, summary, tick=lambda path: bar.update(1) if bar else None)
    except KeyboardInterrupt:
        summary.interrupted = True
    except (migrate.ArchiveError, SettingsMismatch) as exc:
        raise click.ClickException(str(exc)) from exc
    except DBAPIError as exc:  # locked past the busy timeout, disk full, not a database
        archive_error = errors.describe(exc, cfg.db_url)
    finally:
        if bar:
            bar.close()
    for path, reason in summary.failures:
        click.echo(f"newsarchive: {path}: {reason}", err=True)
    click.echo(json.dumps(summary.as_dict(), indent=2) if as_json else summary.render())
    if archive_error:
        click.echo(f"newsarchive: {archive_error}", err=True)
        sys.exit(2)
    if summary.interrupted:
        sys.exit(130)
    if summary.failures:
        sys.exit(1)


def _progress(show: bool) -> Any:
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(unit="file", desc="ingesting", file=sys.stderr, leave=False)


@cli.command()
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str | None, as_json: bool) -> None:
    """Counts by outlet, by date, duplicates, sources and their status.

    \b
    Example:
      newsarchive stats --db archive.sqlite
    """
    engine = _existing_archive(db)
    with atomic(engine) as s:
        data = queries.stats(s)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    click.echo(
        f"articles: {data['articles']}   copies: {data['copies']}   duplicates collapsed: "
        f"{data['duplicates']['exact']} exact, {data['duplicates']['near']} near"
    )
    click.echo(
        f"sources: {data['sources']['done']} done, {data['sources']['failed']} failed   "
        f"learned boilerplate paragraphs: {data['learned_boilerplate']}"
    )
    click.echo("\nby outlet:")
    for row in data["by_outlet"]:
        click.echo(f"  {row['articles']:6d}  {row['outlet']}")
    click.echo("\nby date:")
    for row in data["by_date"]:
        click.echo(f"  {row['articles']:6d}  {row['date'] or '(no date)'}")
    for row in data["failed_sources"]:
        click.echo(f"\nFAILED {row['path']}: {row['error']}")


def _existing_archive(db: str | None) -> Any:
    url = resolve_url(db)
    if url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists():
        raise click.ClickException(
            f"{url.removeprefix('sqlite:///')}: no archive here; run `newsarchive ingest` first or pass --db"
        )
    engine = make_engine(url)
    try:
        migrate.check_is_archive(engine)
    except migrate.ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    if migrate.current_revision(engine) != migrate.head_revision():
        raise click.ClickException(f"{url}: schema is not at the latest revision; run `newsarchive db upgrade`")
    return engine


@cli.group("db")
def db_group() -> None:
    """Schema migrations (Alembic)."""


@db_group.command("upgrade")
@_db_option
def db_upgrade(db: str | None) -> None:
    """Create the schema or bring it to the latest revision.

    \b
    Example:
      newsarchive db upgrade --db archive.sqlite
    """
    try:
        before, after = migrate.upgrade(make_engine(resolve_url(db)))
    except migrate.ArchiveError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"schema: {before or '(empty)'} -> {after}")


@db_group.command("current")
@_db_option
def db_current(db: str | None) -> None:
    """Print the schema revision of the archive and the latest one.

    \b
    Example:
      newsarchive db current --db archive.sqlite
    """
    engine = make_engine(resolve_url(db))
    click.echo(f"current: {migrate.current_revision(engine) or '(none)'}   head: {migrate.head_revision()}")


# -- reading the archive (issue 6): search, show, export, duplicates, merge/split, serve --------


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


@cli.command()
@click.argument("query", nargs=-1, required=True)
@_db_option
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
    engine = _existing_archive(db)
    try:
        with atomic(engine) as s:
            hits = read.search(s, " ".join(query), _filters(**filters), limit)
    except QueryError as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(json.dumps([readers.hit_json(h) for h in hits], indent=2, default=readers.jsonable))
    else:
        click.echo(readers.render_hits(hits, _bold))


@cli.command()
@click.argument("article_id", type=int)
@_db_option
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
    engine = _existing_archive(db)
    with atomic(engine) as s:
        data = read.article(s, article_id)
    if data is None:
        raise click.ClickException(f"article {article_id}: no such article (try `newsarchive search`)")
    if as_json:
        click.echo(json.dumps(readers.article_json(data, diff), indent=2, ensure_ascii=False, default=readers.jsonable))
    else:
        click.echo(readers.render_article(data, diff, body))


@cli.command("export")
@_db_option
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
    engine = _existing_archive(db)
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


@cli.command()
@_db_option
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
    engine = _existing_archive(db)
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


@cli.command()
@click.argument("into", type=int, metavar="A")
@click.argument("other", type=int, metavar="B")
@_db_option
@click.option("--note", default=None, help="Why (kept in manual_decisions).")
def merge(into: int, other: int, db: str | None, note: str | None) -> None:
    """Merge article B into article A: B's copies join A, B is removed. Recorded; later ingests keep it.

    \b
    Example:
      newsarchive merge 12 15 --note "same wire story, rewritten lede"
    """
    engine = _existing_archive(db)
    try:
        decision = _reviewer(engine).merge(into, other, note)
    except ReviewError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"merged article {other} into {into} (decision {decision})")


@cli.command()
@click.argument("copy_id", type=int, metavar="COPY")
@_db_option
@click.option("--note", default=None, help="Why (kept in manual_decisions).")
def split(copy_id: int, db: str | None, note: str | None) -> None:
    """Make copy COPY an article of its own. Recorded; later ingests keep it.

    \b
    Example:
      newsarchive split 31 --note "different story, same agency footer"
    """
    engine = _existing_archive(db)
    try:
        new, decision = _reviewer(engine).split(copy_id, note)
    except ReviewError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"copy {copy_id} is now article {new} (decision {decision})")


@cli.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback by default).")
@click.option("--port", default=8001, show_default=True)
def serve(db: str | None, host: str, port: int) -> None:
    """Browse the archive in Datasette: search, facets by outlet, date and author, article pages.

    \b
    Example:
      newsarchive serve --db archive.sqlite --port 8001   # then open http://127.0.0.1:8001/
    """
    engine = _existing_archive(db)
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        raise click.ClickException(f"{engine.url}: Datasette reads SQLite files only; use `newsarchive export`")
    import tempfile

    from ingest import web

    with tempfile.TemporaryDirectory(prefix="newsarchive-serve-") as scratch:
        try:
            web.serve(Path(engine.url.database), host, port, Path(scratch))
        except web.ServeError as exc:
            raise click.ClickException(str(exc)) from exc


def main() -> None:
    cli(prog_name="newsarchive")
