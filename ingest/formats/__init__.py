"""Input formats behind a small registry: name -> parser.

Every parser takes a decoded source and yields article candidates (or rejections with a
reason); everything after parsing (cleaning, repetition learning, dedup, storage) is shared.
The format is sniffed from the content, not only from the file name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ingest.formats import plaintext
from ingest.formats.plaintext import ParseContext
from ingest.records import Candidate, DecodedSource, Rejection

Parser = Callable[[DecodedSource, ParseContext], Iterator[Candidate | Rejection]]

# Plain-text dumps share one parser; their name says which layout it found.
FORMATS: dict[str, Parser] = {
    "digest": plaintext.parse,
    "webpage": plaintext.parse,
    "text": plaintext.parse,
}


def sniff(decoded: DecodedSource) -> str:
    """The registry name for this content."""
    return "text"


def label(fmt: str, candidates: list[Candidate]) -> str:
    """Refine the plain-text family once parsed: several headed articles make a digest, one
    a saved page, none bare text."""
    if fmt not in ("digest", "webpage", "text"):
        return fmt
    headed = sum(1 for c in candidates if c.header_lines)
    if headed >= 2:
        return "digest"
    return "webpage" if headed == 1 else "text"


__all__ = ["FORMATS", "ParseContext", "Parser", "label", "sniff"]
