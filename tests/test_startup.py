"""Start-up costs that are easy to lose again without noticing."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return set(out.stdout.split())


def test_the_console_script_module_is_light() -> None:
    """Each spawned worker re-runs the console script, which imports its entry point's module:
    that module must not pull in the CLI, SQLAlchemy or Alembic (ingest/console.py)."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    module = scripts["newsarchive"].split(":")[0]
    loaded = _modules_after(f"import {module}")
    assert not {"ingest.cli", "sqlalchemy", "alembic", "click", "ingest.pipeline"} & loaded


def test_the_console_entry_point_runs_the_cli() -> None:
    out = subprocess.run([sys.executable, "-c", "from ingest.console import main; main()", "--help"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0 and "ingest" in out.stdout


def test_a_pipeline_builds_its_rules_only_when_it_needs_them() -> None:
    """The ingesting process builds its own rules at its first write, so that with workers the
    pool starts without waiting for them (ingest/pipeline.py)."""
    from db.engine import make_engine
    from ingest.config import IngestConfig
    from ingest.pipeline import Pipeline

    pipe = Pipeline(IngestConfig(db_url="sqlite://"), make_engine("sqlite://"))
    assert "preparer" not in pipe.__dict__ and "store" not in pipe.__dict__
    assert pipe.group.on_rollback is not None
    pipe.group.on_rollback()  # a rollback before the first write has nothing to forget
    assert pipe.store.fingerprint.sketch is pipe.sketch is pipe.preparer.fingerprint.sketch


def test_the_pipeline_still_offers_its_cleaner_and_parse_context() -> None:
    """benchmarks/naive.py (and other callers using the pipeline as a library) read these."""
    from db.engine import make_engine
    from ingest.config import IngestConfig
    from ingest.pipeline import Pipeline

    pipe = Pipeline(IngestConfig(db_url="sqlite://"), make_engine("sqlite://"))
    assert pipe.cleaner is pipe.preparer.cleaner and pipe.ctx is pipe.preparer.ctx


def test_a_run_imports_no_datasketch(tmp_path: Path) -> None:
    """The ingesting process makes the sketch itself too (datasketch took ~0.35 s and ~40 MB
    of it, before the pool could start)."""
    child = (
        "import sys\n"
        "from db.engine import make_engine\n"
        "from ingest.config import IngestConfig\n"
        "from ingest.pipeline import Pipeline\n"
        "from ingest.summary import Summary\n"
        f"cfg = IngestConfig(db_url='sqlite:///{tmp_path / 'a.sqlite'}', workers=1)\n"
        "Pipeline(cfg, make_engine(cfg.db_url)).run(['seeds'], Summary())\n"
        "sys.stdout.write(str('datasketch' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, check=True, cwd=ROOT)
    assert out.stdout.decode() == "False"
