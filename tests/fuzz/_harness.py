"""Shared set-up for the atheris harnesses: the parse context, and a text decoded from the
fuzzer's bytes the way a file is (the raw bytes through ingest's decoder when they decode,
else the bytes read as UTF-8 with replacement), so every parser sees every kind of text."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from anywhere, as a script

from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig
from ingest.formats.plaintext import ParseContext
from ingest.outlets import OutletAliases
from ingest.records import DecodedSource, Source
from ingest.rules import RuleSet

CFG = CleanConfig()
RULES = RuleSet(CFG.rule_files)
CTX = ParseContext(Bylines(CFG.byline_files), OutletAliases(CFG.outlet_files), RULES)
CLEANER = Cleaner(RULES, CTX.bylines, CFG.unwrap_max_width)


def decoded(data: bytes, text: str, path: str) -> DecodedSource:
    return DecodedSource(Source(path, data, hashlib.sha256(data).hexdigest()), text, "utf-8")
