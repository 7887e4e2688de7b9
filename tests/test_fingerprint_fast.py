"""The fingerprint's shortcuts change nothing: word hashes from byte runs equal crc32 of each
regex word, the sort-based unique equals np.unique, and signature bytes built from a cached
header equal LeanMinHash.serialize byte for byte."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest
from datasketch import LeanMinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest import fingerprint as fpmod
from ingest.config import DedupConfig
from ingest.fingerprint import Fingerprinter, signature_from_bytes, signature_to_bytes, sorted_unique
from ingest.text import WORD_RE

# Characters that make word splitting hard: every kind of space and punctuation, typographic
# quotes and dashes, combining marks, letters whose lower case changes length or context
# ("İ", final sigma), digits of other scripts, underscores, lone surrogates.
TRICKY = (" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2028\u3000\u200b\ufeff_-'’‘“”—–…«»·•©£€²½"
          "İıſKΣσςΑΒẞß\u0301\u0307\u0663é日本\ud800\udfff!@#$%^&*()[]{}<>/\\|.,;:?~`+=\"")
TEXT = st.text(alphabet=st.one_of(st.sampled_from(TRICKY), st.characters(), st.sampled_from("abcXYZ019")), max_size=300)


_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")


def _tokens(word: str) -> list[str]:
    """A regex word, or its Han/kana characters one by one and its other stretches whole."""
    if not _HAN_KANA.search(word):
        return [word]
    out: list[str] = []
    rest = ""
    for c in word:
        if _HAN_KANA.match(c):
            out += [rest, c] if rest else [c]
            rest = ""
        else:
            rest += c
    return out + ([rest] if rest else [])


def plain_token_hashes(body: str) -> np.ndarray:
    """token_hashes written plainly: crc32 of each regex word, one at a time (a word of
    scripts written without spaces cut into its characters, see fingerprint._UNSPACED)."""
    return np.array([zlib.crc32(t.encode()) for w in WORD_RE.findall(body.lower()) for t in _tokens(w)],
                    dtype=np.uint64)


FP = Fingerprinter(DedupConfig())


@settings(max_examples=500, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_token_hashes_equal_the_plain_loop(bodies: list[str]) -> None:
    for body in bodies * 2:  # the second round answers from the cache
        got = FP.token_hashes(body)
        assert got.dtype == np.uint64
        assert np.array_equal(got, plain_token_hashes(body))


@pytest.mark.parametrize("body", [
    "", " ", "—", "“”", "a", "A’s", "council’s “vote” — again", "ΟΔΟΣ.Α ΟΔΟΣ", "İstanbul", "x\ud800y",
    "tab\there", "a_b c__d", "ΣΑΣ ΟΔΟΣ'Α Σ", "Café CAFÉ café", "ǅemal ǄEMAL", "STRASSE Straße ẞ", "٣٤٥ 345",
    "naïve café", "—a—b— c", "x" * 500, "’" * 40 + "word",
])
def test_token_hashes_on_edge_cases(body: str) -> None:
    fresh = Fingerprinter(DedupConfig())
    for _ in range(2):
        assert np.array_equal(fresh.token_hashes(body), plain_token_hashes(body))
        assert np.array_equal(fresh.shingles(body), FP.shingles(body))


def test_token_hashes_on_every_character() -> None:
    """Each code point, alone between ASCII separators and run together with its neighbours and
    ASCII letters (lower-casing per run must equal lower-casing the whole body)."""
    fresh = Fingerprinter(DedupConfig())
    for start in range(0, 0x110000, 0x1000):
        chars = [chr(c) for c in range(start, start + 0x1000)]
        for body in (" ".join(chars), "".join(chars), "A".join(chars), ".".join(chars) + "Σ"):
            assert np.array_equal(fresh.token_hashes(body), plain_token_hashes(body)), hex(start)


def test_token_cache_starts_over_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fpmod, "_TOKEN_CACHE_MAX", 3)
    fresh = Fingerprinter(DedupConfig())
    bodies = ["one two three four", "it’s five — six", "seven’s eight’s", "one two it’s"]
    for body in bodies * 3:
        assert np.array_equal(fresh.token_hashes(body), plain_token_hashes(body))
        assert len(fresh._runs) <= 3 + len(body.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 2**32 - 1), max_size=60))
def test_sorted_unique_equals_np_unique(values: list[int]) -> None:
    arr = np.array(values, dtype=np.uint32)
    got = sorted_unique(arr)
    assert got.dtype == np.uint32 and np.array_equal(got, np.unique(arr))


def lean_bytes(values: np.ndarray, seed: int) -> bytes:
    lean = LeanMinHash(seed=seed, hashvalues=values, scheme="affine32")
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 300), st.integers(-(2**63), 2**63 - 1), st.integers(0, 2**32 - 1))
def test_signature_bytes_equal_leanminhash_serialize(n: int, seed: int, rng_seed: int) -> None:
    values = np.random.default_rng(rng_seed).integers(0, 2**32, size=n, dtype=np.uint32)
    values[: n // 3] = np.array([0, 2**32 - 1, 1])[np.arange(n // 3) % 3]  # the extremes too
    data = signature_to_bytes(values, seed)
    assert data == lean_bytes(values, seed)
    assert np.array_equal(signature_from_bytes(data), values)


def test_signature_bytes_of_real_signatures_and_other_arrays() -> None:
    bodies = [f"story {i} about the council vote, the budget and {i * 7} roads in town {i % 13} " * 3
              for i in range(200)]
    for body in bodies:
        sig = FP(body).signature
        assert sig is not None
        assert signature_to_bytes(sig, 1) == lean_bytes(sig, 1) == FP(body).sig_bytes
    sig = FP(bodies[0]).signature
    assert sig is not None
    # Not a plain uint32 vector: datasketch itself does the work (and the checking).
    for other in (sig.astype(np.uint64), sig.astype(">u4"), sig[::2], sig.tolist()):
        assert signature_to_bytes(other, 1) == lean_bytes(np.asarray(other, dtype=np.uint32), 1)
    with pytest.raises(ValueError):
        signature_to_bytes(np.array([-1, 2], dtype=np.int64), 1)


def plain_shingles(fp: Fingerprinter, body: str) -> np.ndarray:
    """Fingerprinter.shingles as it was written before (zero start, np.unique)."""
    toks = plain_token_hashes(body)
    if toks.size == 0:
        return np.zeros(0, dtype=np.uint32)
    k = min(fp.cfg.shingle_size, int(toks.size))
    n = toks.size - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        acc = acc * fpmod._K[1] + toks[i : i + n] * fpmod._K[(i + 2) % len(fpmod._K)]
    acc ^= acc >> np.uint64(31)
    acc *= fpmod._K[3]
    acc ^= acc >> np.uint64(29)
    return np.unique((acc >> np.uint64(32)).astype(np.uint32))


def plain_buckets(fp: Fingerprinter, signature: np.ndarray) -> tuple[int, ...]:
    bands = signature[: fp.bands * fp.rows].astype(np.uint64).reshape(fp.bands, fp.rows)
    keys = (bands * fp._row_pow).sum(axis=1) ^ fp._band_salt
    keys ^= keys >> np.uint64(33)
    return tuple(keys.view(np.int64).tolist())


FPS = [Fingerprinter(DedupConfig(shingle_size=k, num_perm=p)) for k, p in ((1, 16), (3, 128), (5, 200), (10, 64))]


@settings(max_examples=200, deadline=None)
@given(TEXT, st.integers(0, 2**32 - 1))
def test_shingles_and_buckets_equal_the_plain_formulas(body: str, rng_seed: int) -> None:
    for fp in FPS:
        assert np.array_equal(fp.shingles(body), plain_shingles(fp, body))
        sig = np.random.default_rng(rng_seed).integers(0, 2**32, size=fp.cfg.num_perm, dtype=np.uint32)
        assert fp.buckets(sig) == plain_buckets(fp, sig)


@pytest.mark.parametrize(("num_perm", "seed"), [(128, 1), (128, 0), (64, 7), (256, 12345), (1, 2**31 - 1), (200, 42)])
def test_sketch_made_without_datasketch_is_datasketchs(num_perm: int, seed: int) -> None:
    """Sketch.make computes what datasketch makes (permutations, dtype and LeanMinHash header),
    so no process of a run has to import it (and scipy)."""
    made, reference = fpmod.Sketch.make(num_perm, seed), fpmod.Sketch.from_datasketch(num_perm, seed)
    assert made.permutations.dtype == reference.permutations.dtype
    assert made.permutations.shape == reference.permutations.shape
    assert np.array_equal(made.permutations, reference.permutations)
    assert made.lean_header == reference.lean_header
    values = np.arange(num_perm, dtype=np.uint32) * np.uint32(2654435761)
    assert made.to_bytes(values) == reference.to_bytes(values) == fpmod._lean_bytes(values, seed)


def test_sketch_handed_to_a_worker_gives_datasketch_bytes_without_datasketch() -> None:
    """Workers get datasketch's constants from the ingesting process (fingerprint.Sketch) and
    never import it (scipy comes with it: ~60 MB a process); their signature bytes are still
    LeanMinHash.serialize's, byte for byte."""
    import pickle
    import subprocess
    import sys

    sketch = fpmod.Sketch.from_datasketch(128, 1)
    body = "The council voted on Tuesday to close the old ferry pier after the storm. " * 8
    child = (
        "import pickle, sys\n"
        "from ingest.config import IngestConfig\n"
        "from ingest.prepare import Preparer\n"
        "sketch = pickle.loads(sys.stdin.buffer.read())\n"
        "fp = Preparer(IngestConfig(), sketch).fingerprint(" + repr(body) + ")\n"
        "sys.stdout.write(fp.sig_bytes.hex() + ' ' + str('datasketch' in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", child], input=pickle.dumps(sketch), capture_output=True, check=True)
    sig_hex, imported = out.stdout.decode().split()
    assert imported == "False"
    ours = Fingerprinter(DedupConfig())(body)
    assert ours.signature is not None
    lean = LeanMinHash(seed=1, hashvalues=ours.signature, scheme="affine32")
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    assert bytes.fromhex(sig_hex) == bytes(buf)
    assert sketch.to_bytes(ours.signature) == bytes(buf)
