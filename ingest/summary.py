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

    def fail(self, path: str, reason: str) -> None:
        self.failures.append((path, reason))

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
        for path, reason in self.failures:
            lines.append(f"FAILED {path}: {reason}")
        if self.interrupted:
            lines.append("interrupted: files finished so far are stored; run the same command again to resume")
        return "\n".join(lines)
