"""JSON lines: news-please and CC-News shapes through the key table; bad lines are counted."""

from __future__ import annotations

import json
from pathlib import Path

from ingest.formats import jsonl
from tests.formats.conftest import DATA, fixture_bytes


def test_jsonl_shapes(parse):
    out = parse(fixture_bytes("crawl.jsonl"), "crawl.jsonl")
    assert out.fmt == "jsonl"
    meta = [
        (c.title, c.outlet, str(c.published_on), c.authors, c.language, c.start_line)
        for c in (a.candidate for a in out.articles)
    ]
    assert meta == [
        ("Ferry operator fined over crew rest breaches", "theguardian.com", "2020-10-05", ["Jane Whitaker"], "en", 1),
        ("Rhine water levels fall again, slowing barge traffic", "Deutsche Welle", "2020-10-09", [], None, 2),
        ("Harbour council approves new marina berths", "Lakeside Courier", "2021-03-11", ["Helen Marsh"], "en", 4),
    ]
    ferry = out.articles[0]
    assert len(ferry.paragraphs) == 3  # one newline between paragraphs is a paragraph break
    assert ferry.candidate.raw_text.startswith('{"authors": ["Jane Whitaker"]')
    assert "Inspectors found crews working without rest" not in ferry.body  # description is not body
    assert sorted(r.detail for r in out.rejections) == ["line 3", "line 5", "line 6"]


def test_key_table_is_extensible(parse, tmp_path: Path, monkeypatch):
    table = tmp_path / "keys.toml"
    base = (Path(jsonl.__file__).parent.parent / "data" / "jsonl_keys.toml").read_text()
    table.write_text(base.replace('title = ["title"', 'title = ["story_name", "title"'))
    monkeypatch.setattr(jsonl, "KEYS_FILE", table)
    line = json.dumps({"story_name": "Custom key", "text": "Body text of a custom crawler record."})
    (art,) = parse(line.encode() + b"\n", "custom.jsonl").articles
    assert art.candidate.title == "Custom key"


def test_jsonl_ingest(ingest):
    summary, con = ingest(DATA / "crawl.jsonl")
    assert not summary.failures
    assert summary.dropped
    rows = con.execute("select start_line, end_line from copies order by position").fetchall()
    assert [tuple(r) for r in rows] == [(1, 1), (2, 2), (4, 4)]
