"""atheris harness: decoding raw bytes (BOMs, UTF-8, UTF-16 without BOM, detection, mojibake
repair). The only exception allowed is DecodeError, the reasoned refusal.

    python tests/fuzz/fuzz_decode.py -max_total_time=60 -timeout=10 [corpus_dir]
"""

from __future__ import annotations

import hashlib
import sys

import atheris

with atheris.instrument_imports(include=["ingest"]):
    import _harness  # noqa: F401  (puts the checkout on sys.path)

    from ingest import formats
    from ingest.decode import DecodeError
    from ingest.records import Source


def test_one_input(data: bytes) -> None:
    try:
        out = formats.decode(Source("fuzz.txt", data, hashlib.sha256(data).hexdigest()))
    except DecodeError:
        return
    assert "\r" not in out.text, "newlines are normalised"


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
