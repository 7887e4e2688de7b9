"""The `newsarchive` console script's entry point, kept apart from the CLI module.

With --workers, the pool starts its workers with multiprocessing's "spawn", which first re-runs
the script that started the ingester in each worker (as `__mp_main__`). The script pip writes
for a console entry point imports the entry point's module at its top: pointed at ingest.cli,
every worker imported the whole CLI (SQLAlchemy, Alembic, the read commands: ~0.7 s of CPU
each, before its first file) only to throw it away. This module is all a worker imports from
the script; the CLI is imported when the command runs, in the ingesting process alone.
(`python -m ingest` never had the cost: multiprocessing does not re-run a package's __main__.)
"""

from __future__ import annotations


def main() -> None:
    from ingest.cli import main as cli_main

    cli_main()
