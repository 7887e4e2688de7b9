"""Option and archive helpers shared by the ingest command (ingest/cli.py) and the commands that
read the archive (ingest/cli_read.py): one --db option with one help text, and one check that
an archive exists and is at the latest schema before a command reads it, so every command
refuses a missing or outdated archive with the same message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from db import migrate
from db.engine import make_engine, resolve_url

DB_HELP = "Archive database: a path (SQLite) or a SQLAlchemy URL. Default: $NEWSARCHIVE_DB or ./archive.sqlite"


def db_option(f: Any) -> Any:
    return click.option("--db", "db", metavar="URL_OR_PATH", default=None, help=DB_HELP)(f)


def existing_archive(db: str | None) -> Any:
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
