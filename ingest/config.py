"""Configuration as frozen, validated dataclasses.

Every knob has a default, a line of help, and a check that says how to fix a bad value.
The dedup settings also produce a stable key: signatures made under other settings are
never compared with ours (the archive refuses to mix them).
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
from dataclasses import dataclass, field
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Choose (bands, rows) with bands*rows <= num_perm for an LSH `threshold`.

    Two signatures with Jaccard s collide in at least one band with probability
    P(s) = 1 - (1 - s**r)**b: an S-curve whose steepest point sits near (1/b)**(1/r).
    As datasketch's MinHashLSH does, pick the (b, r) that minimises the area of false
    positives (P(s) for s < threshold) plus false negatives (1 - P(s) for s >= threshold),
    weighted equally; here by a plain midpoint sum so the choice is reproducible.
    """

    def area(lo: float, hi: float, f: object, b: int, r: int) -> float:
        steps = 200
        width = (hi - lo) / steps
        total = 0.0
        for i in range(steps):
            s = lo + (i + 0.5) * width
            p = 1 - (1 - s**r) ** b
            total += (p if f == "fp" else 1 - p) * width
        return total

    best: tuple[float, int, int] = (math.inf, 0, 0)
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            err = area(0.0, threshold, "fp", b, r) + area(threshold, 1.0, "fn", b, r)
            if err < best[0]:
                best = (err, b, r)
    return best[1], best[2]


@dataclass(frozen=True, slots=True)
class DedupConfig:
    """MinHash + LSH settings and the real-similarity test that confirms a candidate."""

    num_perm: int = 128  # signature length; error of a Jaccard estimate ~ 1/sqrt(num_perm) ≈ 0.09
    shingle_size: int = 3  # words per shingle: 3 survives re-wrapping and re-typesetting, not rewording
    seed: int = 1  # MinHash permutation seed: part of the signature key
    # LSH candidate threshold. With num_perm=128, lsh_params gives b=32 bands of r=4 rows, so a
    # pair becomes a candidate with P = 1-(1-J**4)**32: 0.99 at J=0.6, 0.87 at 0.5, 0.56 at 0.4,
    # 0.23 at 0.3. Candidates are cheap (each is confirmed on real shingles), a missed pair is
    # not, so the threshold sits below jaccard_min.
    threshold: float = 0.4
    jaccard_min: float = 0.5  # confirm a candidate when real shingle Jaccard reaches this...
    containment_min: float = 0.8  # ...or when this share of the smaller copy lies in the larger
    containment_jaccard_floor: float = 0.3  # ...and the smaller is not a mere excerpt of the larger
    min_shingles: int = 8  # bodies with fewer shingles only merge as exact copies or by title

    def __post_init__(self) -> None:
        if not 16 <= self.num_perm <= 1024:
            raise ValueError(f"num_perm={self.num_perm}: use 16..1024 (128 is a good default)")
        if not 1 <= self.shingle_size <= 10:
            raise ValueError(f"shingle_size={self.shingle_size}: use 1..10 words (3 is the default)")
        for name in ("threshold", "jaccard_min", "containment_min", "containment_jaccard_floor"):
            value = getattr(self, name)
            if not 0.0 < value <= 1.0:
                raise ValueError(f"{name}={value}: must lie in (0, 1]")
        if self.threshold > self.jaccard_min:
            raise ValueError(
                f"threshold={self.threshold} above jaccard_min={self.jaccard_min}: LSH would hide "
                "pairs the confirmation would accept; lower threshold"
            )

    @property
    def bands(self) -> tuple[int, int]:
        return lsh_params(self.threshold, self.num_perm)

    @property
    def key(self) -> str:
        """Stable identity of everything that shapes a signature or a band key."""
        b, r = self.bands
        raw = (f"minhash:affine32:crc32-words:np={self.num_perm}:k={self.shingle_size}:seed={self.seed}"
               f":b={b}:r={r}:poly64")
        return raw + ":" + hashlib.sha256(raw.encode()).hexdigest()[:8]


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Boilerplate removal: rule files plus learning from repetition across an outlet's articles."""

    rule_files: tuple[Path, ...] = (DATA_DIR / "boilerplate.toml",)
    outlet_files: tuple[Path, ...] = (DATA_DIR / "outlets.toml",)
    byline_files: tuple[Path, ...] = (DATA_DIR / "bylines.toml",)
    # A paragraph that reads like furniture (ingest/data/furniture.toml: a rights or credit cue,
    # a link, a label, the outlet speaking of itself), seen at the head or tail of this many
    # *distinct* articles of one outlet, is boilerplate: footers repeat on every article.
    repeat_min_articles: int = 2
    # A paragraph that reads like content (plain prose, a quote) needs this many more carriers,
    # near-sibling stories counting once: follow-ups and template stories share real text.
    repeat_content_extra: int = 1
    edge_paragraphs: int = 8  # how deep "head" and "tail" reach, in paragraphs
    content_edge_paragraphs: int = 3  # ...for a paragraph that reads like content
    furniture_files: tuple[Path, ...] = (DATA_DIR / "furniture.toml",)
    unwrap_max_width: int = 80  # lines no longer than this, in a block of similar lengths, are re-joined

    def __post_init__(self) -> None:
        if self.repeat_min_articles < 2:
            raise ValueError("repeat_min_articles must be >= 2: one article cannot repeat itself")
        if self.repeat_content_extra < 0:
            raise ValueError("repeat_content_extra must be >= 0 (0 asks no more of content than of furniture)")
        if not 1 <= self.content_edge_paragraphs <= self.edge_paragraphs:
            raise ValueError(f"content_edge_paragraphs={self.content_edge_paragraphs}: use 1..edge_paragraphs "
                             f"({self.edge_paragraphs})")
        for path in (*self.rule_files, *self.outlet_files, *self.byline_files, *self.furniture_files):
            if not Path(path).is_file():
                raise ValueError(f"{path}: rule file not found")

    def with_extra_rules(self, extra: tuple[Path, ...]) -> CleanConfig:
        return CleanConfig(
            rule_files=self.rule_files + extra,
            outlet_files=self.outlet_files,
            byline_files=self.byline_files,
            repeat_min_articles=self.repeat_min_articles,
            repeat_content_extra=self.repeat_content_extra,
            edge_paragraphs=self.edge_paragraphs,
            content_edge_paragraphs=self.content_edge_paragraphs,
            furniture_files=self.furniture_files,
            unwrap_max_width=self.unwrap_max_width,
        )


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """One ingestion run."""

    db_url: str = "sqlite:///archive.sqlite"
    dedup: DedupConfig = field(default_factory=DedupConfig)
    clean: CleanConfig = field(default_factory=CleanConfig)
    # Refuse larger inputs with a clear reason. A file is parsed whole (one transaction per file);
    # peak memory is ~6x its size, so 256 MiB bounds a run near 1.5 GB (docs/robustness.md).
    max_file_bytes: int = 256 * 1024**2
    progress: bool = True
    # Processes for the CPU stages (decode, parse, clean, fingerprint); the writer is always one.
    # 1 runs everything in the ingesting process.
    workers: int = 1
    # The writer commits whole files in groups: at the latest after this many seconds or this
    # many articles (ingest/writegroup.py); 0 seconds commits after every file.
    commit_seconds: float = 1.0
    commit_articles: int = 5_000

    def __post_init__(self) -> None:
        if self.commit_seconds < 0 or self.commit_articles < 1:
            raise ValueError("commit_seconds must be >= 0 and commit_articles >= 1")
        if not 1 <= self.workers <= 64:
            raise ValueError(f"workers={self.workers}: use 1..64 (the machine has {os.cpu_count()} cores)")
