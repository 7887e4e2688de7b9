"""Fingerprints of a clean body: shingle hashes, a MinHash signature and its LSH buckets.

Speed without leaving datasketch:
- each word is hashed once per process (crc32, cached), and the k-word shingle hashes are
  combined from the word hashes with numpy, not by hashing k-word strings one by one;
- signatures are datasketch `MinHash(scheme="affine32")` objects fed through their own
  `update_batch`, with the permutations computed once (not per article) and an identity
  hash function (our shingle hashes already are 32-bit hashes). They are stored as
  `LeanMinHash` bytes: datasketch's compact, versioned format, never a pickle;
- band buckets are computed for all bands at once: a 64-bit polynomial hash of each band's
  rows, salted with the band number.
Real similarities (the confirmation of every LSH candidate) are computed on sorted arrays of
unique shingle hashes, which numpy intersects in microseconds.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

from ingest.config import DedupConfig
from ingest.text import WORD_RE

# Odd 64-bit multipliers (from splitmix64 / MurmurHash3) that spread the combined word hashes.
_K = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD,
               0xC4CEB9FE1A85EC53, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F, 0xE7037ED1A0B428DB,
               0x8EBC6AF09C88C6E3, 0x589965CC75374CC3], dtype=np.uint64)
_BAND_SALT = np.uint64(0x2545F4914F6CDD1D)
_TOKEN_CACHE_MAX = 2_000_000  # words; a cache this size is ~200 MB at most, then it starts over
EMPTY = np.zeros(0, dtype=np.uint32)


def _identity(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True)
class Fingerprint:
    content_hash: str  # identical clean body <=> identical hash ("exact" copies)
    shingles: np.ndarray  # sorted unique uint32 shingle hashes
    signature: np.ndarray | None  # uint32 MinHash hash values; None for bodies too short to sketch
    buckets: tuple[int, ...]
    sig_bytes: bytes | None = None  # the signature as stored (LeanMinHash bytes), made in the worker


class Fingerprinter:
    """Turns clean bodies into fingerprints for one DedupConfig. Holds only caches."""

    def __init__(self, cfg: DedupConfig) -> None:
        self.cfg = cfg
        self.bands, self.rows = cfg.bands
        proto = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme="affine32")
        self.permutations = proto.permutations
        self._tokens: dict[str, int] = {}
        powers = [1]
        for _ in range(1, self.rows):
            powers.append(powers[-1] * int(_K[0]) % (1 << 64))
        self._row_pow = np.array(powers, dtype=np.uint64)
        self._band_salt = np.arange(self.bands, dtype=np.uint64) * _BAND_SALT

    def token_hashes(self, body: str) -> np.ndarray:
        cache = self._tokens
        if len(cache) > _TOKEN_CACHE_MAX:
            cache.clear()
        out = []
        # Lower-casing is all the folding word tokens need: quotes, dashes and odd spaces are not
        # word characters, so re-typeset copies already give the same tokens.
        for tok in WORD_RE.findall(body.lower()):
            h = cache.get(tok)
            if h is None:
                h = cache[tok] = zlib.crc32(tok.encode())
            out.append(h)
        return np.array(out, dtype=np.uint64)

    def shingles(self, body: str) -> np.ndarray:
        """Sorted unique 32-bit hashes of the body's k-word shingles (k = shingle_size)."""
        toks = self.token_hashes(body)
        k = self.cfg.shingle_size
        if toks.size == 0:
            return EMPTY
        if toks.size < k:
            k = int(toks.size)
        n = toks.size - k + 1
        acc = np.zeros(n, dtype=np.uint64)
        for i in range(k):
            acc = acc * _K[1] + toks[i : i + n] * _K[(i + 2) % len(_K)]
        acc ^= acc >> np.uint64(31)
        acc *= _K[3]
        acc ^= acc >> np.uint64(29)
        return np.unique((acc >> np.uint64(32)).astype(np.uint32))

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        """datasketch's affine32 MinHash of the shingle hashes, computed as its `update_batch`
        computes it (MurmurHash3 fmix32 pre-mix, then h*a+b mod 2^32, then the minimum), in one
        numpy pass instead of a Python loop; tests/test_fingerprint.py checks equality with
        `MinHash.update_batch` itself."""
        hv = shingles.astype(np.uint32)
        hv ^= hv >> np.uint32(16)
        hv *= np.uint32(0x85EBCA6B)
        hv ^= hv >> np.uint32(13)
        hv *= np.uint32(0xC2B2AE35)
        hv ^= hv >> np.uint32(16)
        a, b = self.permutations
        phv = np.multiply.outer(a, hv)  # (num_perm, shingles), uint32: wraps mod 2^32 as intended
        phv += b[:, None]
        return np.asarray(phv.min(axis=1), dtype=np.uint32)

    def datasketch_signature(self, shingles: np.ndarray) -> np.ndarray:
        """The same signature through datasketch's public API (slower; for tests and audits)."""
        m = MinHash(num_perm=self.cfg.num_perm, seed=self.cfg.seed, scheme="affine32", hashfunc=_identity,
                    permutations=self.permutations)
        m.update_batch(shingles.tolist())
        return np.asarray(m.hashvalues, dtype=np.uint32)

    def buckets(self, signature: np.ndarray) -> tuple[int, ...]:
        bands = signature[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        keys = (bands * self._row_pow).sum(axis=1) ^ self._band_salt
        keys ^= keys >> np.uint64(33)
        return tuple(keys.view(np.int64).tolist())

    def __call__(self, body: str) -> Fingerprint:
        sh = self.shingles(body)
        chash = content_hash(body)
        if sh.size < self.cfg.min_shingles:
            return Fingerprint(chash, sh, None, ())
        sig = self.signature(sh)
        return Fingerprint(chash, sh, sig, self.buckets(sig), signature_to_bytes(sig, self.cfg.seed))


def content_hash(body: str) -> str:
    return hashlib.blake2b(body.encode(), digest_size=16).hexdigest()


def signature_to_bytes(values: np.ndarray, seed: int) -> bytes:
    lean = LeanMinHash(seed=seed, hashvalues=values, scheme="affine32")
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


def signature_from_bytes(data: bytes) -> np.ndarray:
    return np.asarray(LeanMinHash.deserialize(data).hashvalues, dtype=np.uint32)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / a.size


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set that lies in the larger: a trimmed copy scores near 1."""
    small = min(a.size, b.size)
    return np.intersect1d(a, b, assume_unique=True).size / small if small else 0.0
