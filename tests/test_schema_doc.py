"""docs/schema.md stays true to db/models.py, and its example SQL runs on a real archive."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from db.models import Base
from tests.conftest import ROOT, SEEDS, Ingest

DOC = ROOT / "docs" / "schema.md"


def documented_tables() -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"### (\w+)$", line):
            current = m.group(1)
            tables[current] = set()
        elif line.startswith("## "):
            current = None
        elif current and (m := re.match(r"\| `(\w+)` \|", line)):
            tables[current].add(m.group(1))
    return tables


def test_every_table_and_column_is_documented() -> None:
    models = {t.name: {c.name for c in t.columns} for t in Base.metadata.sorted_tables}
    assert documented_tables() == models


def test_example_queries_run(ingest: Ingest, tmp_path: Path) -> None:
    _, engine = ingest([SEEDS])
    blocks = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 4
    params = {"article_id": 2, "author": "Dorian Jones", "query": "Lavrov"}
    with engine.connect() as conn:
        for sql in blocks:
            used = {p: v for p, v in params.items() if f":{p}" in sql}
            rows = conn.execute(text(sql.strip().rstrip(";")), used).all()
            assert rows, sql


@pytest.mark.parametrize("question", ["per outlet per week", "outlets carried a story", "author's articles"])
def test_the_common_questions_are_answered(question: str) -> None:
    assert question in DOC.read_text(encoding="utf-8")
