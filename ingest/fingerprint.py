"""Fingerprints of a clean body: word shingles, a MinHash signature and its LSH band buckets.

Signatures are datasketch MinHashes (scheme affine32, fixed seed), stored as LeanMinHash
bytes: a compact, versioned format, never pickles. Band buckets hash the band number with
the band's slice of the signature into one signed 64-bit integer (a database key).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash

from ingest.config import DedupConfig
from ingest.text import WORD_RE, fold


@dataclass(frozen=True, slots=True)
class Fingerprint:
    content_hash: str  # identical clean body <=> identical hash ("exact" copies)
    shingles: frozenset[bytes]
    signature: LeanMinHash | None  # None for bodies too short to sketch
    buckets: tuple[int, ...]

    def signature_bytes(self) -> bytes | None:
        if self.signature is None:
            return None
        buf = bytearray(self.signature.bytesize())
        self.signature.serialize(buf)
        return bytes(buf)


def tokens(body: str) -> list[str]:
    """Words after typographic folding: re-typeset and re-wrapped copies give the same tokens."""
    return WORD_RE.findall(fold(body))


def shingles(body: str, size: int) -> frozenset[bytes]:
    toks = tokens(body)
    if len(toks) < size:
        return frozenset([" ".join(toks).encode()]) if toks else frozenset()
    return frozenset(" ".join(toks[i : i + size]).encode() for i in range(len(toks) - size + 1))


def content_hash(body: str) -> str:
    return hashlib.blake2b(body.encode(), digest_size=16).hexdigest()


def make_signature(sh: frozenset[bytes], cfg: DedupConfig) -> LeanMinHash:
    m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed, scheme="affine32")
    m.update_batch(list(sh))
    return LeanMinHash(m)


def band_buckets(sig: LeanMinHash, cfg: DedupConfig) -> tuple[int, ...]:
    bands, rows = cfg.bands
    values = np.asarray(sig.hashvalues)
    out = []
    for b in range(bands):
        digest = hashlib.blake2b(
            b.to_bytes(2, "little") + values[b * rows : (b + 1) * rows].tobytes(), digest_size=8
        ).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return tuple(out)


def fingerprint(body: str, cfg: DedupConfig) -> Fingerprint:
    sh = shingles(body, cfg.shingle_size)
    if len(sh) < cfg.min_shingles:
        return Fingerprint(content_hash(body), sh, None, ())
    sig = make_signature(sh, cfg)
    return Fingerprint(content_hash(body), sh, sig, band_buckets(sig, cfg))


def load_signature(data: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(data)


def jaccard(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def containment(a: frozenset[bytes], b: frozenset[bytes]) -> float:
    """Share of the smaller set that lies in the larger: a trimmed copy scores near 1."""
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0
