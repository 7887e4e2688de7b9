"""Fingerprints: fast signatures equal datasketch's own, round-trip through bytes, and
similarities behave on re-wrapped, re-typeset, edited and unrelated bodies."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from datasketch import LeanMinHash, MinHash

from ingest.config import DedupConfig, lsh_params
from ingest.fingerprint import (
    Fingerprinter,
    containment,
    estimated_jaccard,
    jaccard,
    signature_from_bytes,
    signature_to_bytes,
)
from tests.conftest import ROOT, SEEDS

BODY = (SEEDS / "000_ae7c9cb8ee92cbfb.txt").read_text(encoding="utf-8")
FP = Fingerprinter(DedupConfig())


def test_fast_signature_equals_datasketch_update_batch() -> None:
    sh = FP.shingles(BODY)
    reference = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=lambda x: x)
    reference.update_batch([int(x) for x in sh])
    assert np.array_equal(FP.signature(sh), reference.hashvalues)
    assert np.array_equal(FP.signature(sh), FP.datasketch_signature(sh))


def test_signature_bytes_are_leanminhash() -> None:
    sig = FP(BODY).signature
    assert sig is not None
    data = signature_to_bytes(sig, 1)
    lean = LeanMinHash.deserialize(data)
    assert lean.seed == 1 and lean.scheme == "affine32"
    assert np.array_equal(signature_from_bytes(data), sig)


def test_retyped_and_rewrapped_bodies_have_identical_shingles() -> None:
    plain = 'The "council" said - again - that it would vote.\n\nNext paragraph here.'
    typeset = "The “council” said — again — that it\nwould vote.\n\nNext  paragraph\u00a0here."
    assert np.array_equal(FP.shingles(plain), FP.shingles(typeset))


def test_similarities() -> None:
    words = BODY.split()
    edited = " ".join(w if i % 50 else "CHANGED" for i, w in enumerate(words))
    trimmed = " ".join(words[: int(len(words) * 0.8)])
    other = (SEEDS / "004_ea984a6356cfd0a5.txt").read_text(encoding="utf-8")
    a, e, t, o = (FP.shingles(x) for x in (BODY, edited, trimmed, other))
    assert 0.85 < jaccard(a, e) < 1.0
    assert containment(a, t) > 0.99 and 0.7 < jaccard(a, t) < 0.85
    assert jaccard(a, o) < 0.1
    sa, se = FP.signature(a), FP.signature(e)
    assert abs(estimated_jaccard(sa, se) - jaccard(a, e)) < 0.15


def test_buckets_are_stable_across_processes() -> None:
    """Bucket keys live in the database: they must not depend on Python's hash seed."""
    code = ("from ingest.config import DedupConfig; from ingest.fingerprint import Fingerprinter;"
            "import sys; print(Fingerprinter(DedupConfig())(sys.stdin.read()).buckets[:4])")
    runs = {subprocess.run([sys.executable, "-c", code], input=BODY, capture_output=True, text=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True).stdout for seed in ("1", "2")}
    assert runs == {str(FP(BODY).buckets[:4]) + "\n"}


def test_lsh_params_and_config_validation() -> None:
    assert lsh_params(0.4, 128) == (32, 4)
    assert DedupConfig().bands == (32, 4)
    with pytest.raises(ValueError, match="num_perm"):
        DedupConfig(num_perm=8)
    with pytest.raises(ValueError, match="lower threshold"):
        DedupConfig(threshold=0.7)
    assert DedupConfig().key != DedupConfig(shingle_size=4).key


def test_short_bodies_get_no_signature() -> None:
    fp = FP("Too short.")
    assert fp.signature is None and fp.buckets == ()
