"""mbox archives: MIME decoding, messages parsed as digests, header fallbacks, list footers."""

from __future__ import annotations

from tests.formats.conftest import DATA, fixture_bytes


def test_mbox_messages(parse):
    box = parse(fixture_bytes("harbour_news.mbox"), "harbour_news.mbox")
    assert box.fmt == "mbox" and box.encoding == "per-record"
    got = [
        (a.candidate.title, a.candidate.outlet, str(a.candidate.published_on), a.candidate.authors)
        for a in box.articles
    ]
    assert got == [
        # Plain post with no header in its text: Subject (list tag stripped) and Date are the fallbacks.
        ("Pilot boat crew praised after night rescue", None, "2021-03-09", []),
        # Quoted-printable Latin-1 part with its own header: the text's metadata beats Subject.
        ("Dock workers vote to accept pay offer", "The Harbour Gazette", "2021-03-10", ["Fiona Gallacher"]),
        # base64 HTML-only message.
        ("Lighthouse keeper's cottage to become a museum", "Coastal Times", "2021-03-11", []),
        # A digest: two articles in one message, and the digest Subject is never a title.
        ("Harbour council approves new marina berths", "Lakeside Courier", "2021-03-11", ["Helen Marsh"]),
        ("Fish market to open on Sundays", "The Harbour Gazette", "2021-03-12", []),
    ]
    assert [(a.candidate.start_line, a.candidate.position) for a in box.articles] == [
        (1, 0),
        (2, 1),
        (3, 2),
        (4, 3),
        (4, 4),
    ]
    first, dock, museum = box.articles[0], box.articles[1], box.articles[2]
    assert ">From" not in first.body
    assert first.paragraphs[1].startswith("From the bridge of the pilot boat")  # >From unquoted
    assert "Séamus Ó Briain" in dock.body  # QP + charset decoded
    assert "keeper’s cottage" in museum.body  # base64 + UTF-8
    for art in box.articles:
        assert "mailing list" not in art.body and "listinfo" not in art.body and "____" not in art.body
        assert "HTML version" not in art.body  # text/plain preferred over text/html


def test_mbox_ingest(ingest):
    summary, con = ingest(DATA / "harbour_news.mbox")
    assert not summary.failures
    assert con.execute("select count(*) from articles").fetchone()[0] == 5
    assert tuple(con.execute("select format, encoding from sources").fetchone()) == ("mbox", "per-record")
