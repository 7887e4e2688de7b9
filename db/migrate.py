"""Run Alembic from our own CLI: `newsarchive db upgrade` / `db current`, and before ingest.

The migrations folder sits at the top of the checkout (migrations/), next to db/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from db.engine import writer
from db.models import Base, is_derived_table

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
OUR_TABLES = {"sources", "articles", "copies", "outlets", "authors"}


class ArchiveError(RuntimeError):
    """The database cannot be used as an archive; the message says why and what to do."""


def _config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # configparser interpolates '%': a URL-encoded socket path or password must be escaped.
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
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
    # One write transaction (BEGIN IMMEDIATE on SQLite, DDL included: see db/engine.py): a
    # migration killed halfway leaves the old schema, and two first runs do not race.
    with writer(engine).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return before, current_revision(engine)


def _include_name(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name is not None and is_derived_table(name))


def schema_diff(engine: Engine) -> list[Any]:
    """What differs between db.models and the schema the revisions built (empty: they agree).
    The trigger-maintained search indexes are derived data and left out (models.DERIVED_TABLES)."""
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": _include_name, "compare_type": True})
        return list(compare_metadata(ctx, Base.metadata))
