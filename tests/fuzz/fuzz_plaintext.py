"""atheris harness: the plain-text parser (digests, saved pages, bare text), then cleaning.

    python tests/fuzz/fuzz_plaintext.py -max_total_time=60 -timeout=10 [corpus_dir]

Any exception is a crash; -timeout turns an input that makes parsing slow (a quadratic regex)
into a crash too. Crashes found so far live on as regression tests in tests/robustness."""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["ingest"]):
    from _harness import CLEANER, CTX, decoded

    from ingest.formats.plaintext import parse
    from ingest.records import Candidate


def test_one_input(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    for item in parse(decoded(data, text, "fuzz.txt"), CTX):
        if isinstance(item, Candidate):
            CLEANER.clean(item)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
