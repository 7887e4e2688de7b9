"""Array helpers shared by the fingerprint stage (ingest/fingerprint.py, in the workers) and the
writer's batch reads (db/batch.py). numpy only, so a worker importing it loads no database code."""

from __future__ import annotations

import numpy as np


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique of a 1-d array: a sort and a neighbour mask. numpy 2's np.unique hashes first
    and then sorts: ~6x the cost on a body's few hundred token hashes, ~3.5 ms against ~0.5 ms
    on a file's 16,000 LSH buckets."""
    ordered = np.sort(values)
    if ordered.size < 2:
        return ordered
    keep = np.empty(ordered.size, dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
