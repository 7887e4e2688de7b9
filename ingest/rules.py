"""Boilerplate rules loaded from TOML data files (see ingest/data/boilerplate.toml)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.text import words

SCOPES = ("any", "edge")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    scope: str  # "any": removed wherever it stands; "edge": only in an article's head or tail
    max_words: int | None = None
    # Lower-case literals of which at least one occurs in every text the pattern matches: a
    # substring test that spares the regex most paragraphs (unanchored patterns cost ~20 µs).
    requires: tuple[str, ...] = ()

    def matches(self, text: str, n_words: int | None = None) -> bool:
        if self.max_words is not None:
            if n_words is None:
                n_words = len(words(text))
            if n_words > self.max_words:
                return False
        return self.pattern.search(text) is not None


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file, the rule and the fix."""


class RuleSet:
    def __init__(self, files: Iterable[Path]) -> None:
        self.rules: list[Rule] = []
        for path in files:
            self.rules += load_rules(Path(path))
        self._scoped: dict[str | None, list[Rule]] = {sc: [r for r in self.rules if r.scope == sc] for sc in SCOPES}

    def match(self, text: str, scope: str | None = None) -> str | None:
        """Name of the first rule matching `text` (of `scope`, or any scope), else None.

        Cheapest tests first: the word limit (most news paragraphs are longer than any prompt),
        then the required literals, and only then the regular expression."""
        n_words = len(words(text))
        lower = text.lower()
        for rule in self._scoped.get(scope, self.rules):
            if rule.max_words is not None and n_words > rule.max_words:
                continue
            if rule.requires and not any(k in lower for k in rule.requires):
                continue  # none of its literals occurs: the regex cannot match
            if rule.pattern.search(text) is not None:
                return rule.name
        return None


def load_rules(path: Path) -> list[Rule]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RuleError(f"{path}: cannot read rule file ({exc})") from exc
    rules = []
    for n, entry in enumerate(data.get("rule", []), 1):
        name = entry.get("name") or f"{path.stem}-{n}"
        scope = entry.get("scope", "any")
        if scope not in SCOPES:
            raise RuleError(f"{path}: rule {name!r} has scope {scope!r}; use one of {', '.join(SCOPES)}")
        try:
            pattern = re.compile(entry["pattern"], re.I)
        except (KeyError, re.error) as exc:
            raise RuleError(f"{path}: rule {name!r} needs a valid regular expression in 'pattern' ({exc})") from exc
        requires = tuple(str(k).lower() for k in entry.get("requires", []))
        rules.append(Rule(name=name, pattern=pattern, scope=scope, max_words=entry.get("max_words"), requires=requires))
    return rules
