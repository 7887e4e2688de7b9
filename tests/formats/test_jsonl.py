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


def test_html_body_field_is_read_and_teaser_is_not(parse):
    """A monitoring export keeps its body as markup under its own key name and a cut-off teaser
    beside it: the markup is the body (pruned as on a web page), the teaser never is."""
    teaser = "The lock keepers of the upper canal say the new sluice gates jam every time…"
    html = (
        "<div><p>The lock keepers of the upper canal say the new sluice gates jam every time the"
        " water rises above the winter mark, and have asked the trust to replace them.</p>"
        "<aside class='newsletter-signup'><p>Get our waterways briefing every Friday.</p></aside>"
        "<p>The trust said an engineer would inspect the gates before the spring boating season.</p></div>"
    )
    records = [
        {"ref": 1, "headline": "Canal keepers want sluice gates replaced", "teaser_text": teaser,
         "storyHtml": html},
        {"ref": 2, "headline": "Ferry timetable cut for the winter", "summary_html": "<p>Teaser only…</p>",
         "body_html": "<p>The island ferry will sail twice a day instead of four times from December.</p>"},
    ]
    data = "\n".join(json.dumps(r) for r in records).encode() + b"\n"
    canal, ferry = parse(data, "monitor.jsonl").articles
    assert canal.paragraphs[0].startswith("The lock keepers of the upper canal say")
    assert canal.paragraphs[-1].startswith("The trust said an engineer")
    assert "…" not in canal.body and "briefing" not in canal.body
    assert ferry.body == "The island ferry will sail twice a day instead of four times from December."
