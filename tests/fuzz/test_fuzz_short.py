"""A bounded run of every atheris harness (a few seconds each), so CI keeps the harnesses
working and catches a crash that shows up quickly. Long runs are on demand (see each file)."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris not installed: pip install -e '.[fuzz]'")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SEEDS = {
    "plaintext": [(ROOT / "seeds" / "001_cfc82215a48762bb.txt").read_bytes()[:3000]],
    "decode": [(ROOT / "seeds" / "004_ea984a6356cfd0a5.txt").read_bytes()[:3000], "caf\u00e9".encode("utf-16-le")],
    "formats": [b"\x03<html><head><title>T</title></head><body><p>Hello</p></body></html>", b"\x00{\"title\": \"x\"}"],
}


@pytest.mark.slow
@pytest.mark.parametrize("harness", sorted(SEEDS))
def test_harness_runs_clean_for_a_few_seconds(harness: str, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n, seed in enumerate(SEEDS[harness]):
        (corpus / f"seed{n}").write_bytes(seed)
    # libFuzzer's -rss_limit_mb is checked against the process's peak RSS, and on Linux a child
    # started by (v)fork + exec begins with the parent's peak as its own (exec keeps the replaced
    # address space's high-water mark): late in a full test run this process holds more than a
    # GB, so the harness gets its 2 GB on top of that.
    limit_mb = 2048 + resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    run = subprocess.run(
        [sys.executable, str(HERE / f"fuzz_{harness}.py"), "-max_total_time=8", "-timeout=10",
         f"-rss_limit_mb={limit_mb}", f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    crashes = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-")))
    assert run.returncode == 0 and not crashes, run.stderr[-3000:]
