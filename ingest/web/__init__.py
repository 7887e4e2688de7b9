"""The browsable archive: Datasette over the SQLite file, with our metadata, canned queries,
a small rendering plugin and a stylesheet (all shipped in this folder).

Datasette is an optional extra (`pip install 'newsarchive[serve]'`); it is imported only
when `newsarchive serve` runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

WEB_DIR = Path(__file__).resolve().parent
METADATA = WEB_DIR / "metadata.yml"
SHIPPED_DB_NAME = "archive"  # the database key in metadata.yml: Datasette names a file by its stem


class ServeError(RuntimeError):
    """The archive cannot be served; the message says what to do."""


def metadata_for(db_path: Path) -> dict[str, Any]:
    """metadata.yml with its database section renamed to the name Datasette gives `db_path`."""
    import yaml  # Datasette depends on PyYAML

    meta: dict[str, Any] = yaml.safe_load(METADATA.read_text(encoding="utf-8"))
    section = meta["databases"].pop(SHIPPED_DB_NAME)
    meta["databases"][db_path.stem] = section
    meta["description_html"] = meta["description_html"].replace(f"/{SHIPPED_DB_NAME}/", f"/{quote(db_path.stem)}/")
    return meta


def datasette_args(db_path: Path, host: str, port: int, metadata_file: Path) -> list[str]:
    """Arguments for `datasette serve`: read-only browsing of one archive file."""
    return [
        "serve",
        str(db_path),
        "--host", host,
        "--port", str(port),
        "--metadata", str(metadata_file),
        "--plugins-dir", str(WEB_DIR / "plugins"),
        "--static", f"newsarchive:{WEB_DIR / 'static'}",
        "--setting", "truncate_cells_html", "240",
        "--setting", "sql_time_limit_ms", "5000",
        "--setting", "facet_time_limit_ms", "1000",
    ]


def serve(db_path: Path, host: str, port: int, scratch: Path) -> None:
    """Run Datasette in this process until it is stopped (Ctrl-C or SIGTERM)."""
    try:
        from datasette.cli import cli as datasette_cli
    except ImportError as exc:
        raise ServeError("serving the archive needs Datasette: pip install 'newsarchive[serve]'") from exc
    metadata_file = scratch / "metadata.json"
    metadata_file.write_text(json.dumps(metadata_for(db_path), indent=2), encoding="utf-8")
    datasette_cli.main(datasette_args(db_path, host, port, metadata_file), prog_name="datasette", standalone_mode=False)
