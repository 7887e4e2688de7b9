"""The command line: a thin layer over the pipeline and db/ (with ingest/cli_read.py and
ingest/cli_common.py, the only modules importing click).

Domain errors become one line naming the file and the fix; exit codes: 0 ok, 1 some input
failed (everything else was kept), 2 usage or archive error, 130 interrupted.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

import click
from sqlalchemy.exc import DBAPIError

from db import errors, migrate, queries
from db.engine import atomic, make_engine, resolve_url
from ingest import cli_read
from ingest.cli_common import db_option, existing_archive
from ingest.config import CleanConfig, IngestConfig
from ingest.pipeline import Pipeline, SettingsMismatch
from ingest.rules import RuleError
from ingest.summary import Summary


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsarchive")
def cli() -> None:
    """newsarchive: raw news dumps in, a clean, deduplicated archive out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
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
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str | None, as_json: bool) -> None:
    """Counts by outlet, by date, duplicates, sources and their status.

    \b
    Example:
      newsarchive stats --db archive.sqlite
    """
    engine = existing_archive(db)
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


@cli.group("db")
def db_group() -> None:
    """Schema migrations (Alembic)."""


@db_group.command("upgrade")
@db_option
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
@db_option
def db_current(db: str | None) -> None:
    """Print the schema revision of the archive and the latest one.

    \b
    Example:
      newsarchive db current --db archive.sqlite
    """
    engine = make_engine(resolve_url(db))
    click.echo(f"current: {migrate.current_revision(engine) or '(none)'}   head: {migrate.head_revision()}")


# The commands that read the archive are defined in ingest/cli_read.py; `newsarchive --help`
# lists commands by name, so registering them here changes nothing a user sees.
for command in (cli_read.search, cli_read.show, cli_read.export_, cli_read.duplicates, cli_read.merge,
                cli_read.split, cli_read.serve):
    cli.add_command(command)


def main() -> None:
    cli(prog_name="newsarchive")
