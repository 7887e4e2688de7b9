"""The rule files are data users extend: every file loads, every pattern compiles, and every
rule removes the examples it documents (so a `requires` pre-check can never hide a match)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ingest.config import DATA_DIR, CleanConfig
from ingest.outlets import OutletAliases
from ingest.rules import RuleError, RuleSet, load_rules

RULES = RuleSet(CleanConfig().rule_files)
EXAMPLES = [(rule["name"], ex) for rule in tomllib.loads((DATA_DIR / "boilerplate.toml").read_text())["rule"]
            for ex in rule.get("examples", [])]


@pytest.mark.parametrize(("name", "line"), EXAMPLES)
def test_every_rule_removes_its_examples(name: str, line: str) -> None:
    rule = next(r for r in RULES.rules if r.name == name)
    lower = line.lower()
    assert not rule.requires or any(k in lower for k in rule.requires), f"{name}: requires hides {line!r}"
    assert rule.matches(line), f"{name} does not match {line!r}"


@pytest.mark.parametrize("line", [
    "The council voted to extend the harbour wall by forty metres.",
    "“We cannot wait another year,” the mayor said, adding that the budget would be published.",
    "Shares in the company fell 3 per cent after it said it would cut 900 jobs.",
    "The share of renewable power rose to 40 per cent, the regulator said.",
    "Farmers who subscribe to the cooperative's scheme pay a fixed price per tonne.",
])
def test_prose_is_not_boilerplate(line: str) -> None:
    assert RULES.match(line, "any") is None


def test_every_data_file_loads(tmp_path: Path) -> None:
    for path in DATA_DIR.glob("*.toml"):
        tomllib.loads(path.read_text(encoding="utf-8"))
    assert OutletAliases(CleanConfig().outlet_files).canonical("RT – Russia Today") == "RT"


def test_a_broken_user_rule_file_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text('[[rule]]\nname = "x"\npattern = "(unclosed"\n', encoding="utf-8")
    with pytest.raises(RuleError, match=r"mine.toml: rule 'x' needs a valid regular expression"):
        load_rules(bad)
    bad.write_text('[[rule]]\nname = "y"\npattern = "a"\nscope = "middle"\n', encoding="utf-8")
    with pytest.raises(RuleError, match="scope 'middle'; use one of any, edge"):
        load_rules(bad)
