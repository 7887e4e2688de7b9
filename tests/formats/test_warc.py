"""WARC crawls: HTML responses become pages; other records are counted, never stored."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.formats.conftest import DATA, fixture_bytes

HUB = b"<html><head><title>News | Kestrel Post</title></head><body><ul><li><a href='/a'>One</a></li></ul></body></html>"


def build_warc(gzip: bool) -> bytes:
    """A small crawl: warcinfo, two article responses (one with a request before it), a hub
    page, a 404, an image, and a page that states no date or URL of its own."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test-crawler/1.0"}))

    def response(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK") -> None:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-03-01T12:00:00Z"},
        )
        writer.write_record(record)

    req = StatusAndHeaders("GET /news/swing-bridge HTTP/1.1", [("Host", "kestrelpost.ca")], is_http_request=True)
    writer.write_record(
        writer.create_warc_record("https://kestrelpost.ca/news/swing-bridge", "request", http_headers=req)
    )
    response("https://kestrelpost.ca/news/swing-bridge", fixture_bytes("kestrel_post_bridge.html"))
    response("https://riversideecho.co.uk/news/flood", fixture_bytes("riverside_echo_cp1252.html"), "text/html")
    response("https://kestrelpost.ca/news/", HUB)
    response("https://kestrelpost.ca/missing", b"<html><body><h1>Not found</h1></body></html>", status="404 Not Found")
    response("https://kestrelpost.ca/logo.png", b"\x89PNG\r\n\x1a\n....", "image/png")
    ferry = fixture_bytes("kestrel_post_ferry_fares.html")
    response("https://kestrelpost.ca/news/ferry-fares?utm_source=x", ferry)
    return buf.getvalue()


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_pages(parse, gzip):
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    page = parse(build_warc(gzip), name)
    assert page.fmt == "warc" and page.encoding == "per-record"
    titles = [a.candidate.title for a in page.articles]
    assert titles == [
        "Swing bridge repairs to close Quay Street for six weeks",
        "Flood defences: residents told work will finish before winter",
        "Island ferry fares to rise by eight per cent in April",
    ]
    bridge, echo, ferry = (a.candidate for a in page.articles)
    assert (bridge.start_line, bridge.end_line) == (3, 3)  # record index: warcinfo 1, request 2
    assert [c.position for c in (bridge, echo, ferry)] == [0, 1, 2]
    assert "That’s a firm date" in page.articles[1].body  # charset from the page's meta (header had none)
    assert echo.published_on is not None and str(echo.published_on) == "2022-06-30"
    # The ferry page states no URL: the target URI is the fallback (tracking dropped).
    assert ferry.url == "https://kestrelpost.ca/news/ferry-fares"
    assert bridge.url == "https://kestrelpost.ca/news/swing-bridge-repairs-quay-street"
    reasons = sorted(r.reason for r in page.rejections)
    assert any("not an article" in r for r in reasons)  # the hub page
    assert any("not a success" in r for r in reasons)  # the 404
    assert any("not HTML" in r for r in reasons)  # the image


def test_crawl_date_is_never_the_published_date(parse):
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    body = (
        b"<html><head><meta property='og:type' content='article'><title>Quiet week at the port</title></head>"
        b"<body><article>"
        + (
            b"<p>Nothing much happened at the port this week, the harbour master said, apart from routine dredging.</p>"
            * 3
        )
        + b"</article></body></html>"
    )
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(
            "https://port.example/quiet-week",
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2023-03-01T12:00:00Z"},
        )
    )
    (art,) = parse(buf.getvalue(), "one.warc").articles
    assert art.candidate.published_on is None  # WARC-Date says when it was crawled, not published
    assert art.candidate.url == "https://port.example/quiet-week"


def test_truncated_warc_gz_fails_clearly(ingest, tmp_path: Path):
    data = build_warc(True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) // 2])
    summary, con = ingest(path)
    assert len(summary.failures) == 1
    assert "truncated" in summary.failures[0][1]
    assert con.execute("select count(*) from copies").fetchone()[0] == 0


def test_warc_ingest_provenance(ingest, tmp_path: Path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(build_warc(True))
    summary, con = ingest(path)
    assert not summary.failures
    rows = con.execute("select c.start_line, c.end_line, s.format from copies c join sources s on s.id = c.source_id")
    assert [tuple(r) for r in rows] == [(3, 3, "warc"), (4, 4, "warc"), (8, 8, "warc")]
    assert DATA.exists()
