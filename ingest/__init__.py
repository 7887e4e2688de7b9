"""newsarchive: turn raw news dumps into a clean, deduplicated archive."""

import os

# numpy (and scipy, which datasketch imports) start OpenBLAS helper threads that spin while
# waiting for work. newsarchive does no linear algebra; on a two-core machine those threads
# only took CPU from the writer and the workers. Set before numpy is first imported (every
# module of this package comes after this file); a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
