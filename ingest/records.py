"""The typed records that travel between pipeline stages.

Each stage is a generator that takes one kind of record and yields the next; nothing
else is shared between stages. Records are slotted dataclasses: cheap, typed, and
impossible to grow a stray attribute by typo.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True, frozen=True)
class Source:
    """A raw input file, or a member of an archive, as discovered on disk."""

    path: str  # as given on the command line (joined with the member name for archives)
    data: bytes
    sha256: str
    size: int = -1  # set when `data` has been dropped (a parsed source handed back by a worker)

    @property
    def size_bytes(self) -> int:
        return self.size if self.size >= 0 else len(self.data)

    def without_data(self) -> Source:
        """The same source without its bytes: what the writer needs once parsing is done."""
        return Source(self.path, b"", self.sha256, self.size_bytes)


@dataclass(slots=True, frozen=True)
class DecodedSource:
    """A source decoded to text, remembering which encoding won and whether it was lossy."""

    source: Source
    text: str
    encoding: str
    lossy: bool = False

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(slots=True)
class Candidate:
    """One article occurrence found in a source, before cleaning and dedup.

    `raw_text` is the occurrence exactly as it stood (lines start_line..end_line);
    the metadata fields are what this occurrence states, or None.
    """

    source_path: str
    position: int  # 0-based order inside the source
    start_line: int  # 1-based, inclusive, of the decoded source
    end_line: int
    raw_text: str
    body_lines: list[tuple[int, str]]  # (line number, text) of the part after the header
    title: str | None = None
    outlet: str | None = None
    published_on: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str | None = None
    header_lines: set[int] = field(default_factory=set)  # line numbers consumed as metadata
    # The date is the carrier's, not one the copy states: a mail's Date header standing in for
    # a pasted article's, a UTC stamp with no zone to read it in. Another copy's stated date wins.
    date_inferred: bool = False


@dataclass(slots=True)
class CleanArticle:
    """A candidate after cleaning: the body as paragraphs plus what was removed, by reason."""

    candidate: Candidate
    paragraphs: list[str]
    removed: dict[str, int] = field(default_factory=dict)  # reason -> lines removed
    # Paragraphs of a table of figures and the short lines around it (its caption, its note):
    # text that another issue of the same report repeats, never learned as boilerplate.
    tables: tuple[int, ...] = ()

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True, frozen=True)
class Rejection:
    """Something dropped or refused, always with a reason (shown in the run summary)."""

    path: str
    reason: str
    detail: str = ""
    lines: int = 0
