"""The run summary: every file, article, duplicate, removal and rejection, counted by reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Summary:
    files_seen: int = 0
    files_done: int = 0
    files_skipped: int = 0  # bytes already in the archive
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    articles_new: int = 0
    copies: int = 0
    matches: Counter[str] = field(default_factory=Counter)  # first | exact | near
    removed: Counter[str] = field(default_factory=Counter)  # boilerplate lines, by rule
    dropped: Counter[str] = field(default_factory=Counter)  # lines outside any article, by reason
    formats: Counter[str] = field(default_factory=Counter)
    interrupted: bool = False
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (path, path its bytes were stored under)
    grown: list[tuple[str, int]] = field(default_factory=list)  # (path, articles already stored from before)

    def fail(self, path: str, reason: str) -> None:
        self.failures.append((path, reason))

    def already(self, path: str, stored_as: str) -> None:
        """These bytes are in the archive already (under `stored_as`): nothing is added."""
        self.files_skipped += 1
        if stored_as != path:
            self.renamed.append((path, stored_as))

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": {
                "seen": self.files_seen,
                "ingested": self.files_done,
                "already_ingested": self.files_skipped,
                "failed": len(self.failures),
            },
            "articles_new": self.articles_new,
            "copies": self.copies,
            "duplicates": {"exact": self.matches["exact"], "near": self.matches["near"]},
            "boilerplate_lines_removed": dict(self.removed.most_common()),
            "lines_dropped": dict(self.dropped.most_common()),
            "formats": dict(self.formats),
            "failures": [{"path": p, "reason": r} for p, r in self.failures],
            "interrupted": self.interrupted,
            "already_ingested_under_other_names": [{"path": p, "stored_as": o} for p, o in self.renamed],
            "grown": [{"path": p, "articles_already_stored": n} for p, n in self.grown],
        }

    def render(self) -> str:
        lines = [
            f"files: {self.files_seen} seen, {self.files_done} ingested, "
            f"{self.files_skipped} already in the archive, {len(self.failures)} failed",
            f"articles: {self.articles_new} new, from {self.copies} copies "
            f"({self.matches['exact']} exact and {self.matches['near']} near duplicates collapsed)",
            f"boilerplate removed: {sum(self.removed.values())} lines"
            + (" (" + ", ".join(f"{k} {v}" for k, v in self.removed.most_common()) + ")" if self.removed else ""),
        ]
        if self.dropped:
            lines.append("lines outside any article: " + ", ".join(f"{k} {v}" for k, v in self.dropped.most_common()))
        for path, stored_as in self.renamed[:20]:
            lines.append(f"already ingested: {path} (same bytes as {stored_as})")
        if len(self.renamed) > 20:
            lines.append(f"already ingested: {len(self.renamed) - 20} more files under other names")
        for path, known in self.grown:
            lines.append(f"grown: {path} ({known} articles were stored from its earlier version; only new text added)")
        for path, reason in self.failures:
            lines.append(f"FAILED {path}: {reason}")
        if self.interrupted:
            lines.append("interrupted: files finished so far are stored; run the same command again to resume")
        return "\n".join(lines)
