"""atheris harness: every parser in the format registry (HTML, WARC, mbox, Nexis, Factiva,
JSON lines, plain text...), chosen by the first byte, plus sniffing. A parser may refuse
content with a ValueError (the file then fails with that reason); anything else is a crash.

    python tests/fuzz/fuzz_formats.py -max_total_time=60 -timeout=10 [corpus_dir]
    FUZZ_FORMAT=html python tests/fuzz/fuzz_formats.py ...   # one parser only, every byte its input
"""

from __future__ import annotations

import os
import sys

import atheris

with atheris.instrument_imports(include=["ingest"]):
    from _harness import CTX, decoded

    from ingest import formats
    from ingest.records import Candidate, Rejection

NAMES = sorted(formats.FORMATS)
ONLY = os.environ.get("FUZZ_FORMAT")
if ONLY is not None and ONLY not in formats.FORMATS:
    sys.exit(f"FUZZ_FORMAT={ONLY}: not a registered format ({', '.join(NAMES)})")


def test_one_input(data: bytes) -> None:
    if not data:
        return
    fmt, body = (ONLY, data) if ONLY else (NAMES[data[0] % len(NAMES)], data[1:])
    text = body.decode("utf-8", "replace")
    source = decoded(body, text, f"fuzz.{fmt}")
    formats.sniff(source)
    try:
        for item in formats.FORMATS[fmt](source, CTX):
            assert isinstance(item, Candidate | Rejection)
    except ValueError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
