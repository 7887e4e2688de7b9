"""Fingerprints of a clean body: shingle hashes, a MinHash signature and its LSH buckets.

Speed without leaving datasketch:
- each word is hashed once per process (crc32, cached), and looked up without a Python step
  per word (`token_hashes`); the k-word shingle hashes are combined from the word hashes with
  numpy, not by hashing k-word strings one by one;
- signatures are datasketch `MinHash(scheme="affine32")` objects fed through their own
  `update_batch`, with the permutations computed once (not per article) and an identity
  hash function (our shingle hashes already are 32-bit hashes). They are stored as
  `LeanMinHash` bytes: datasketch's compact, versioned format, never a pickle (its fixed
  header is made by datasketch once, the values appended with numpy: `signature_to_bytes`);
- band buckets are computed for all bands at once: a 64-bit polynomial hash of each band's
  rows, salted with the band number.
Real similarities (the confirmation of every LSH candidate) are computed on sorted arrays of
unique shingle hashes, which numpy intersects in microseconds.

No process of a run imports datasketch: it pulls in scipy (~40-60 MB of memory and ~0.35 s
of start-up per process) for what is, per run, two constants. `Sketch.make` computes them as
datasketch 2 does (`MinHash(scheme="affine32")`'s permutations, `LeanMinHash`'s header), and
the tests hold them to `Sketch.from_datasketch`; the ingesting process hands them to the
workers. (Made with datasketch in the ingesting process, they stood between the start of a
run and the start of its workers.)
"""

from __future__ import annotations

import functools
import hashlib
import re
import struct
import zlib
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from db.arrays import sorted_unique
from ingest.config import DedupConfig
from ingest.text import WORD_RE

# Odd 64-bit multipliers (from splitmix64 / MurmurHash3) that spread the combined word hashes.
_K = np.array([0x9E3779B97F4A7C15, 0xBF58476D1CE4E5B9, 0x94D049BB133111EB, 0xFF51AFD7ED558CCD,
               0xC4CEB9FE1A85EC53, 0xD6E8FEB86659FD93, 0xA0761D6478BD642F, 0xE7037ED1A0B428DB,
               0x8EBC6AF09C88C6E3, 0x589965CC75374CC3], dtype=np.uint64)
_BAND_SALT = np.uint64(0x2545F4914F6CDD1D)
_S29, _S31, _S32 = np.uint64(29), np.uint64(31), np.uint64(32)
# Runs (see token_hashes) remembered per process, ~120 bytes each: ~30 MB at most, then it starts
# over. News vocabulary is Zipfian: the common words are back in the cache within a few files,
# while a cap of millions (as before) let a large archive's names and numbers grow every worker
# and the writer by hundreds of MB.
_TOKEN_CACHE_MAX = 250_000
EMPTY = np.zeros(0, dtype=np.uint32)
_MULTI = 1 << 32  # token-run cache values from here on index Fingerprinter._multi
_AFFINE32_CODE = 1  # datasketch's code for the "affine32" scheme in LeanMinHash bytes


def _run_cuts() -> bytes:
    """The translate table: ASCII non-word bytes to spaces, ASCII letters to lower case."""
    table = bytearray(range(256))
    for b in range(0x80):
        table[b] = ord(chr(b).lower()) if WORD_RE.match(chr(b)) else 0x20
    return bytes(table)


# Cutting the body's UTF-8 bytes at its ASCII non-word bytes (one translate, one split) leaves
# runs that each hold the same words WORD_RE finds there, as a word never spans a non-word
# character (and ASCII bytes never occur inside the UTF-8 form of another character). The same
# table lower-cases ASCII letters; other characters are lower-cased per run, which is the body's
# lower case since str.lower maps each character on its own, capital sigma aside (_CONTEXT_CASE).
_RUN_CUTS = _run_cuts()


def _punctuation_block() -> re.Pattern[bytes] | None:
    """The UTF-8 form of any character of Unicode's General Punctuation block (U+2000-U+206F:
    curly quotes, dashes, ellipsis, odd spaces), which holds no word character. News text is
    full of them, and each makes its run hold several words or none ("“we", "council’s",
    "—"), which token_hashes must settle word by word in Python; cut into spaces first (as
    _RUN_CUTS cuts ASCII non-word bytes), they leave single-word runs and the same words.
    None, and no cutting, should a Python's Unicode tables ever count one of them a word."""
    if any(WORD_RE.match(chr(c)) for c in range(0x2000, 0x2070)):
        return None
    return re.compile(rb"\xe2(?:\x80[\x80-\xbf]|\x81[\x80-\xaf])")


_PUNCTUATION = _punctuation_block()
_CONTEXT_CASE = "\u03a3"  # "Σ" lower-cases to "ς" or "σ" depending on the letters around it


# Scripts written without spaces (Han, kana): WORD_RE makes one "word" of a whole clause, so a
# copy with one character changed, or cut at another comma, shares no shingle with the
# original. There each character is a token (and k-word shingles become k-character ones);
# digits and Latin letters inside such a run stay whole words. Text without these characters
# tokenizes exactly as before, so the fingerprints of spaced scripts do not change.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_UNSPACED_TOKEN = re.compile(f"[{_UNSPACED}]|[^{_UNSPACED}]+")


def words_of(text: str) -> list[str]:
    """The dedup tokens of lower-cased text: WORD_RE's words, a Han or kana word cut into its
    characters (see _UNSPACED)."""
    found = WORD_RE.findall(text)
    if text.isascii() or _UNSPACED_CHAR.search(text) is None:
        return found
    out: list[str] = []
    for w in found:
        if _UNSPACED_CHAR.search(w) is None:
            out.append(w)
        else:
            out += _UNSPACED_TOKEN.findall(w)
    return out


def _run_hashes(run: bytes) -> tuple[int, ...]:
    """crc32 of each token in one run (see token_hashes): an ASCII run is a single word."""
    if run.isascii():
        return (zlib.crc32(run),)
    return tuple(zlib.crc32(w.encode()) for w in words_of(run.decode("utf-8", "surrogatepass").lower()))


def plain_token_hashes(body: str) -> np.ndarray:
    """What token_hashes computes, written plainly (for bodies with a capital sigma, and tests)."""
    return np.array([zlib.crc32(w.encode()) for w in words_of(body.lower())], dtype=np.uint64)




def _identity(value: int) -> int:
    return value


@dataclass(frozen=True, slots=True)
class Sketch:
    """datasketch's constants for one (num_perm, seed): its affine32 permutations and the fixed
    header of its LeanMinHash bytes. Small and picklable, so that worker processes get them from
    the ingesting process instead of importing datasketch."""

    num_perm: int
    seed: int
    permutations: np.ndarray  # (a, b), as MinHash(scheme="affine32").permutations
    lean_header: bytes  # what LeanMinHash.serialize writes before the hash values

    @classmethod
    def make(cls, num_perm: int, seed: int) -> Sketch:
        """The constants as datasketch 2 makes them, without importing it: its affine32
        permutations (`MinHash._init_permutations`: odd multipliers, then offsets, from
        numpy's legacy RandomState(seed), whose stream numpy keeps fixed) and the header
        `LeanMinHash.serialize` writes before the values (seed, -num_perm, the scheme's code,
        native alignment). `from_datasketch` is the reference (tests/test_fingerprint_fast.py)."""
        gen = np.random.RandomState(seed)
        a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
        header = bytearray(struct.calcsize(f"@qiB{num_perm}I") - 4 * num_perm)
        struct.pack_into("@qiB", header, 0, seed, -num_perm, _AFFINE32_CODE)
        return cls(num_perm, seed, np.array([a, b]), bytes(header))

    @classmethod
    def from_datasketch(cls, num_perm: int, seed: int) -> Sketch:
        from datasketch import MinHash  # here, not at the top: see the module docstring

        proto = MinHash(num_perm=num_perm, seed=seed, scheme="affine32")
        return cls(num_perm, seed, proto.permutations, _lean_header(seed, num_perm))

    def to_bytes(self, values: np.ndarray) -> bytes:
        """signature_to_bytes(values, seed), with the header at hand."""
        if isinstance(values, np.ndarray) and values.dtype == np.uint32 and values.shape == (self.num_perm,):
            return self.lean_header + values.tobytes()
        return signature_to_bytes(values, self.seed)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    content_hash: str  # identical clean body <=> identical hash ("exact" copies)
    shingles: np.ndarray  # sorted unique uint32 shingle hashes
    signature: np.ndarray | None  # uint32 MinHash hash values; None for bodies too short to sketch
    buckets: tuple[int, ...]
    sig_bytes: bytes | None = None  # the signature as stored (LeanMinHash bytes), made in the worker


class Fingerprinter:
    """Turns clean bodies into fingerprints for one DedupConfig. Holds only caches."""

    def __init__(self, cfg: DedupConfig, sketch: Sketch | None = None) -> None:
        """`sketch`: datasketch's constants for cfg (made here with datasketch when not given)."""
        self.cfg = cfg
        self.bands, self.rows = cfg.bands
        if sketch is None or (sketch.num_perm, sketch.seed) != (cfg.num_perm, cfg.seed):
            sketch = Sketch.make(cfg.num_perm, cfg.seed)
        self.sketch = sketch
        self.permutations = sketch.permutations
        # Run of the body (bytes, ASCII lower-cased; see token_hashes) -> its word's crc32, or
        # _MULTI + an index into _multi for runs of several words or none.
        self._runs: dict[bytes, int] = {}
        self._multi: list[tuple[int, ...]] = []
        powers = [1]
        for _ in range(1, self.rows):
            powers.append(powers[-1] * int(_K[0]) % (1 << 64))
        self._row_pow = np.array(powers, dtype=np.uint64)
        self._band_salt = np.arange(self.bands, dtype=np.uint64) * _BAND_SALT

    def token_hashes(self, body: str) -> np.ndarray:
        """crc32 of each word of `body.lower()` (words as `WORD_RE` finds them), as uint64.

        = plain_token_hashes(body), without a Python step per word: the body is cut into runs
        in bytes and each run is looked up in a cache, all in C.
        A run is almost always one word; new runs, and runs of several words or none (at a
        non-ASCII non-word character: "council’s", "—"), are settled in `_expand`."""
        if _CONTEXT_CASE in body:
            return plain_token_hashes(body)
        cut = body.encode("utf-8", "surrogatepass").translate(_RUN_CUTS)
        if _PUNCTUATION is not None and not body.isascii():
            cut = _PUNCTUATION.sub(b" ", cut)
        runs = cut.split()
        cache = self._runs
        if len(cache) > _TOKEN_CACHE_MAX:
            cache.clear()
            self._multi.clear()
        vals = np.fromiter(map(cache.get, runs, repeat(-1)), dtype=np.int64, count=len(runs))
        if (vals >> 32).any():  # a run not yet cached (-1), or not exactly one word (>= _MULTI)
            vals = self._expand(runs, vals)
        return vals.view(np.uint64)

    def _expand(self, runs: list[bytes], vals: np.ndarray) -> np.ndarray:
        """token_hashes from its run values: new runs hashed and cached, and each run of several
        words or none replaced by its words' hashes."""
        cache = self._runs
        multi: list[tuple[int, tuple[int, ...]]] = []
        for i in np.flatnonzero(vals >> 32).tolist():
            run = runs[i]
            value = cache.get(run)
            if value is None:
                hashes = _run_hashes(run)
                if len(hashes) == 1:
                    value = hashes[0]
                else:
                    value = _MULTI + len(self._multi)
                    self._multi.append(hashes)
                cache[run] = value
            if value < _MULTI:
                vals[i] = value
            else:
                multi.append((i, self._multi[value - _MULTI]))
        if not multi:
            return vals
        counts = np.ones(vals.size, dtype=np.intp)
        for i, hashes in multi:
            counts[i] = len(hashes)
        out = np.repeat(vals, counts)  # a run of n words takes n slots, filled in below
        ends = np.cumsum(counts)
        for i, hashes in multi:
            if hashes:
                end = int(ends[i])
                out[end - len(hashes) : end] = hashes
        return out

    def shingles(self, body: str) -> np.ndarray:
        """Sorted unique 32-bit hashes of the body's k-word shingles (k = shingle_size)."""
        toks = self.token_hashes(body)
        k = self.cfg.shingle_size
        if toks.size == 0:
            return EMPTY
        if toks.size < k:
            k = int(toks.size)
        n = toks.size - k + 1
        # acc = sum over i of toks[i + j] * K[(i + 2) % 10] * K[1] ** (k - 1 - i) (mod 2 ** 64), by
        # Horner's rule, in place (starting from the first term instead of from zero).
        acc = toks[:n] * _K[2]
        for i in range(1, k):
            acc *= _K[1]
            acc += toks[i : i + n] * _K[(i + 2) % len(_K)]
        acc ^= acc >> _S31
        acc *= _K[3]
        acc ^= acc >> _S29
        acc >>= _S32
        return sorted_unique(acc.astype(np.uint32))

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
        from datasketch import MinHash  # here, not at the top: see the module docstring

        m = MinHash(num_perm=self.cfg.num_perm, seed=self.cfg.seed, scheme="affine32", hashfunc=_identity,
                    permutations=self.permutations)
        m.update_batch(shingles.tolist())
        return np.asarray(m.hashvalues, dtype=np.uint32)

    def buckets(self, signature: np.ndarray) -> tuple[int, ...]:
        bands = signature[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        keys = bands @ self._row_pow  # = (bands * row_pow).sum(axis=1): integer matmul wraps mod 2**64
        keys ^= self._band_salt
        keys ^= keys >> np.uint64(33)
        return tuple(keys.view(np.int64).tolist())

    def __call__(self, body: str) -> Fingerprint:
        sh = self.shingles(body)
        chash = content_hash(body)
        if sh.size < self.cfg.min_shingles:
            return Fingerprint(chash, sh, None, ())
        sig = self.signature(sh)
        return Fingerprint(chash, sh, sig, self.buckets(sig), self.sketch.to_bytes(sig))


def content_hash(body: str) -> str:
    return hashlib.blake2b(body.encode(), digest_size=16).hexdigest()


def signature_to_bytes(values: np.ndarray, seed: int) -> bytes:
    """`LeanMinHash(seed=seed, hashvalues=values, scheme="affine32")` serialized, as bytes. For a
    uint32 array that is a fixed header (made once by datasketch itself) and the values in native
    byte order; anything else goes through datasketch (tests/test_fingerprint_fast.py)."""
    if isinstance(values, np.ndarray) and values.dtype == np.uint32 and values.ndim == 1 and values.size:
        return _lean_header(seed, values.size) + values.tobytes()
    return _lean_bytes(values, seed)


def _lean_bytes(values: np.ndarray, seed: int) -> bytes:
    from datasketch import LeanMinHash  # here, not at the top: see the module docstring

    lean = LeanMinHash(seed=seed, hashvalues=values, scheme="affine32")
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return bytes(buf)


@functools.lru_cache(maxsize=64)
def _lean_header(seed: int, num_perm: int) -> bytes:
    """What LeanMinHash.serialize writes before the hash values (seed, -count, scheme, padding)."""
    return _lean_bytes(np.zeros(num_perm, dtype=np.uint32), seed)[: -4 * num_perm]


def signature_from_bytes(data: bytes) -> np.ndarray:
    from datasketch import LeanMinHash  # the writer's; see the module docstring

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
