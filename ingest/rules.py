"""Boilerplate rules loaded from TOML data files (see ingest/data/boilerplate.toml)."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ingest.patternlits import required_literals
from ingest.rulematch import CompiledRules
from ingest.text import words

SCOPES = ("any", "edge", "end")


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    # "any": removed wherever it stands; "edge": only in an article's head or tail; "end": an
    # end-of-text mark ('###', 'ENDS'): it and everything after it are removed
    scope: str
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
    """The loaded rules, fixed once built (the compiled index below is made from them)."""

    def __init__(self, files: Iterable[Path]) -> None:
        self.rules: list[Rule] = []
        for path in files:
            self.rules += load_rules(Path(path))
        # Each rule sits in its scope's index and in the index of all rules: its pattern's
        # literals are read once for both (reading them is most of building the rules, which
        # every worker process does before its first file).
        literals = functools.cache(required_literals)
        self._scoped: dict[str | None, CompiledRules] = {
            sc: CompiledRules([r for r in self.rules if r.scope == sc], literals) for sc in SCOPES
        }
        self._all = CompiledRules(self.rules, literals)

    def match(self, text: str, scope: str | None = None) -> str | None:
        """Name of the first rule matching `text` (of `scope`, or any scope), else None.

        A rule matches when the text has at most `max_words` words, contains one of its
        `requires` literals and its pattern is found; ingest/rulematch.py evaluates that for
        all rules at once, running only the patterns that can still match."""
        return self._scoped.get(scope, self._all).match(text)

    def matcher(self, scope: str | None = None) -> Callable[[str], str | None]:
        """`match` with the scope bound, for callers that ask about every paragraph."""
        return self._scoped.get(scope, self._all).match


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
