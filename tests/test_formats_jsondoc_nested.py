"""News-API results whose records sit in a nested container, with author objects and zones
(ingest/formats/jsondoc.py, ingest/formats/jsonl.py): a paged `{"data": {"hits": [...]}}`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from ingest.formats import jsondoc
from tests.test_formats_feeds import run

TEXT = "The ferry company added a late crossing on Fridays.\n\nTickets go on sale next week."


def _record(**extra: object) -> dict[str, object]:
    return {"title": "Ferry adds late crossing", "body": TEXT, "url": "https://quaypost.example/ferry", **extra}


def test_paged_result_two_levels_down(tmp_path: Path) -> None:
    doc = {"query": {"keyword": "ferry"}, "data": {"facets": [{"count": 3}], "hits": [
        _record(source={"uri": "quaypost.example", "title": "Quay Post"},
                authors=[{"name": "Ines Marr", "isAgency": False}, {"name": "Coastal Wire", "isAgency": True},
                         {"name": "Tom Ruane", "type": "author"}],
                dateTimePub="2025-03-06T23:30:00Z", dateTime="2025-03-07T08:00:00Z", lang="eng"),
    ], "page": 1, "pages": 1}}
    path = tmp_path / "hits.json"
    path.write_text(json.dumps(doc, indent=1))
    fmt, cands, rejected = run(path)
    assert fmt == "json"
    (ferry,) = cands
    assert (ferry.title, ferry.outlet) == ("Ferry adds late crossing", "Quay Post")  # source.title
    assert ferry.authors == ["Ines Marr", "Tom Ruane"]  # the agency credit is no byline
    # a UTC instant and no zone anywhere: its own day stays, no zone is invented
    assert ferry.published_on == dt.date(2025, 3, 6)
    lines = path.read_text().split("\n")
    assert lines[ferry.start_line - 1].strip() == "{" and '"Ferry adds late crossing"' in ferry.raw_text
    assert any(r.reason == "JSON document lines outside the article records" for r in rejected)


def test_local_day_from_a_zone_or_a_local_date(tmp_path: Path) -> None:
    records = [
        _record(published_at="2025-03-06T23:30:00Z", timezone="Pacific/Auckland"),  # 7 March there
        _record(published_at="2025-03-07T02:10:00Z", time_zone="-05:00"),  # 6 March there
        _record(published_at="2025-03-07T02:10:00Z", local_date="2025-03-06"),  # stated beside the instant
        _record(published_at="2025-03-07T01:00:00+09:00", timezone="UTC"),  # 6 March 16:00 UTC
        _record(published_at="2025-03-07T01:00:00+09:00"),  # an offset: the day as written
        _record(published_at="2025-03-07T02:10:00Z", timezone="Mars/Olympus_Mons"),  # unknown zone: left alone
    ]
    path = tmp_path / "zones.json"
    path.write_text(json.dumps({"result": {"items": records}}))
    _fmt, cands, _ = run(path)
    assert [c.published_on for c in cands] == [
        dt.date(2025, 3, 7), dt.date(2025, 3, 6), dt.date(2025, 3, 6),
        dt.date(2025, 3, 6), dt.date(2025, 3, 7), dt.date(2025, 3, 7)]


def test_depth_is_bounded_and_other_arrays_are_left_alone() -> None:
    deep = {"a": {"b": {"c": {"d": {"e": [{"title": "T", "text": "x"}]}}}}}
    assert not jsondoc.sniff(json.dumps(deep))  # past MAX_DEPTH: not claimed
    assert jsondoc.sniff(json.dumps({"a": {"b": {"c": {"d": [{"title": "T", "text": "x"}]}}}}))
    assert not jsondoc.sniff(json.dumps({"meta": {"rows": [{"count": 1}]}, "stats": {"total": 4}}))
    text = json.dumps({"meta": {"rows": [{"count": 1}]}, "data": {"hits": [{"headline": "H", "text": "y"}]}})
    start = jsondoc.find_records(text)
    assert start is not None and text[start:].startswith('[{"headline"')


def _holding(heading: str, paper: str, text: str, **extra: object) -> dict[str, object]:
    """A library API's newspaper record: the paper's catalogue title as `title`, OCR as HTML."""
    return {"id": "881", "url": "/holding/881", "heading": heading, "title": {"id": "7", "value": paper},
            "date": "1931-02-17", "troveUrl": "https://library.example/holding/881", "articleText": text, **extra}


def test_library_api_zones_each_hold_records(tmp_path: Path) -> None:
    """Records several levels down, grouped in zones (one per kind of material), each read."""
    ocr = ("<p><span>SNOW BLOCKS PASS.</span></p><p><span>(From Our Correspondent.)</span></p>"
           "<p><span>GLENDALE, Feb. 16.—The mail coach was</span>\n<span>held at the sum-</span>\n"
           "<span>mit for two days.</span></p><p><span>Drivers report a well-</span>\n<span>known</span>"
           "\n<span>drift, as in every well-known winter.</span></p>")
    doc = {"reply": {"query": "snow", "zone": [
        {"name": "gazette", "records": {"total": 0, "work": []}},
        {"name": "newspaper", "records": {"total": 2, "work": [
            _holding("MAIL COACH HELD.", "The Upland Courier (N.S.W. : 1899 - 1942)", ocr),
            _holding("COACH DELAYED.", "Valley Times (Bendigo, Vic.) 1880-1918", "<p><span>Short.</span></p>"),
        ]}},
        {"name": "picture", "records": {"work": [{"heading": "Pass in snow", "articleText": "<p>A view.</p>"}]}},
    ]}}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(doc, indent=1))
    fmt, cands, _ = run(path)
    assert fmt == "json"
    assert [c.title for c in cands] == ["MAIL COACH HELD.", "COACH DELAYED.", "Pass in snow"]
    coach = cands[0]
    assert (coach.outlet, cands[1].outlet) == ("The Upland Courier", "Valley Times")  # the run dropped
    assert coach.published_on == dt.date(1931, 2, 17)
    assert coach.url == "https://library.example/holding/881"  # not the API path in `url`
    # the deck and the credit are head matter; a word split across OCR line spans is one word,
    # a compound the text writes whole keeps its hyphen
    assert [t for _, t in coach.body_lines if t] == [
        "GLENDALE, Feb. 16.—The mail coach was held at the summit for two days.",
        "Drivers report a well-known drift, as in every well-known winter."]
