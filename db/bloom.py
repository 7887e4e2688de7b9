"""Bloom filters over the keys of the large LSH and edge-paragraph tables (revision 0007).

Once an archive's index tables outgrow the page cache, each lookup of a new article's 32 LSH
buckets and dozen edge paragraphs is a descent into a b-tree whose leaves are not in memory,
and almost all of them find nothing: a new article shares no bucket with most of the archive.
A Bloom filter answers "certainly absent" for those from memory. It has no false negatives, so
a key it rules out is not in the table and the lookup's result is the same; a false positive
(about 0.3 % per filter here) only costs the lookup the filter was meant to save.

Rows reach the large tables only by the moves of db/recent_index.py `merge_recent`; each move adds
one filter holding the keys it moved (a "scalable" Bloom filter: no filter is ever rebuilt or
resized), and the keys already there when filters were first used get one filter of their own.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

BITS_PER_KEY = 12
HASHES = 8  # with 12 bits a key: ~0.3 % false positives per filter
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_MASK64 = (1 << 64) - 1
_SLICE = 1 << 16  # keys hashed at a time: ~4 MB of positions


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every input bit moves every output bit (uint64 arithmetic wraps)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    out: np.ndarray = x ^ (x >> np.uint64(31))
    return out


def as_keys(values: Iterable[int]) -> np.ndarray:
    """Signed or unsigned 64-bit integers (LSH buckets are signed) as uint64 keys."""
    return np.fromiter((v & _MASK64 for v in values), dtype=np.uint64)


def edge_key(outlet_id: int, fingerprint: str) -> int:
    """One 64-bit key for an (outlet, paragraph fingerprint) pair (the fingerprint is 16 hex digits)."""
    return (int(fingerprint, 16) ^ (outlet_id * 0x9E3779B97F4A7C15)) & _MASK64


def edge_keys(outlet_id: int, fingerprints: list[str]) -> np.ndarray:
    """`edge_key` of one outlet's fingerprints, as uint64: read from their hex digits in one go
    when each is exactly 16 of them (as the learner writes them), else one by one."""
    if fingerprints and all(len(f) == 16 for f in fingerprints):
        try:
            raw = bytes.fromhex("".join(fingerprints))
        except ValueError:
            raw = b""
        if len(raw) == 8 * len(fingerprints):
            values = np.frombuffer(raw, dtype=">u8").astype(np.uint64)
            return values ^ np.uint64((outlet_id * 0x9E3779B97F4A7C15) & _MASK64)
    return np.fromiter((edge_key(outlet_id, f) for f in fingerprints), dtype=np.uint64, count=len(fingerprints))


class Bloom:
    def __init__(self, nbits: int, bits: np.ndarray | None = None, hashes: int = HASHES) -> None:
        self.nbits = nbits
        self.hashes = hashes
        self.bits = bits if bits is not None else np.zeros((nbits + 63) // 64, dtype=np.uint64)

    @classmethod
    def sized(cls, count: int) -> Bloom:
        """An empty filter sized for `count` keys (added with `add`, in as many parts as wished)."""
        return cls(max(1024, count * BITS_PER_KEY))

    @classmethod
    def of(cls, keys: np.ndarray) -> Bloom:
        """A filter sized for these keys, holding them."""
        bloom = cls.sized(len(keys))
        bloom.add(keys)
        return bloom

    def _positions(self, keys: np.ndarray) -> np.ndarray:
        """(hashes, n) bit positions by double hashing (Kirsch and Mitzenmacher)."""
        h1 = _mix(keys)
        h2 = _mix(keys ^ _GOLDEN) | np.uint64(1)
        steps = np.arange(self.hashes, dtype=np.uint64)[:, None]
        return (h1[None, :] + steps * h2[None, :]) % np.uint64(self.nbits)

    def add(self, keys: np.ndarray) -> None:
        # In slices: the positions take `hashes` words a key, and a move adds millions of keys.
        for start in range(0, len(keys), _SLICE):
            pos = self._positions(keys[start:start + _SLICE]).ravel()
            np.bitwise_or.at(self.bits, pos >> np.uint64(6), np.uint64(1) << (pos & np.uint64(63)))

    def might_contain(self, keys: np.ndarray) -> np.ndarray:
        """False where a key is certainly not in the filter."""
        return self.holds(_mix(keys), _mix(keys ^ _GOLDEN) | np.uint64(1))

    def holds(self, h1: np.ndarray, h2: np.ndarray) -> np.ndarray:
        """might_contain, from the keys' two hashes (the same for every filter: `Filters` makes
        them once). The positions are tested one hash at a time, each on the keys still in:
        a filter about half full rules out half the absent keys per hash, so an absent key
        costs ~2 of the `hashes` tests instead of all of them (the answer is the same: a key
        is in only if all its bits are set)."""
        out = np.zeros(len(h1), dtype=bool)
        nbits = np.uint64(self.nbits)
        for start in range(0, len(h1), _SLICE):
            a, b = h1[start:start + _SLICE], h2[start:start + _SLICE]
            idx = np.arange(start, start + len(a))
            for step in range(self.hashes):
                pos = (a + np.uint64(step) * b) % nbits
                hit = ((self.bits[pos >> np.uint64(6)] >> (pos & np.uint64(63))) & np.uint64(1)).astype(bool)
                idx, a, b = idx[hit], a[hit], b[hit]
                if not len(idx):
                    break
            out[idx] = True
        return out

    def to_bytes(self) -> bytes:
        return self.bits.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, nbits: int, data: bytes, hashes: int) -> Bloom:
        return cls(nbits, np.frombuffer(data, dtype="<u8").astype(np.uint64), hashes)


class Filters:
    """The filters of one index table: a key may be in the table if any filter may hold it."""

    def __init__(self, blooms: list[Bloom]) -> None:
        self.blooms = blooms

    def might_contain(self, keys: np.ndarray) -> np.ndarray:
        found = np.zeros(len(keys), dtype=bool)
        h1, h2 = _mix(keys), _mix(keys ^ _GOLDEN) | np.uint64(1)  # once for all filters
        for bloom in self.blooms:
            left = ~found
            if not left.any():
                break
            found[left] = bloom.holds(h1[left], h2[left])
        return found
