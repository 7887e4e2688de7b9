"""Run Alembic from our own CLI: `newsarchive db upgrade` / `db current`, and before ingest.

The migrations folder sits at the top of the checkout (migrations/), next to db/.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
OUR_TABLES = {"sources", "articles", "copies", "outlets", "authors"}


class ArchiveError(RuntimeError):
    """The database cannot be used as an archive; the message says why and what to do."""


def _config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(_config_for_scripts()).get_current_head()


def _config_for_scripts() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_is_archive(engine: Engine) -> None:
    """Refuse a database that belongs to another program (tables, but none of ours)."""
    tables = set(inspect(engine).get_table_names())
    if tables and "alembic_version" not in tables and not tables >= OUR_TABLES:
        raise ArchiveError(
            f"{engine.url.database}: this database belongs to another program "
            f"(it has tables {', '.join(sorted(tables)[:5])}…, none of newsarchive's); "
            "pass --db with a new file name"
        )


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the schema to `revision`; returns (before, after)."""
    check_is_archive(engine)
    before = current_revision(engine)
    cfg = _config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return before, current_revision(engine)
