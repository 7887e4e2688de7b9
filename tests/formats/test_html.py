"""Web pages: main text, metadata cascade, declared charsets, mojibake, learned footers."""

from __future__ import annotations

from tests.formats.conftest import DATA, fixture_bytes


def test_jsonld_page_metadata_and_body(parse):
    page = parse(fixture_bytes("kestrel_post_bridge.html"), "kestrel_post_bridge.html")
    assert page.fmt == "html" and page.encoding == "utf-8"
    (art,) = page.articles
    c = art.candidate
    assert c.title == "Swing bridge repairs to close Quay Street for six weeks"
    assert c.outlet == "The Kestrel Post"
    assert str(c.published_on) == "2023-02-14"  # datePublished, not dateModified
    # JSON-LD names "Staff Reporter" (a job title, not a person): the visible byline wins.
    assert c.authors == ["Ana Souza"]
    assert c.url == "https://kestrelpost.ca/news/swing-bridge-repairs-quay-street"  # tracking dropped
    assert c.language == "en"
    assert art.paragraphs[0].startswith("Quay Street will close to traffic for six weeks")
    assert any("sticking open in the middle of the summer boating season" in p for p in art.paragraphs)
    for leak in ("Obituaries", "Media Co.", "News Business Arts"):
        assert leak not in art.body


def test_declared_windows_1252_page(parse):
    page = parse(fixture_bytes("riverside_echo_cp1252.html"), "echo.html")
    assert page.encoding == "cp1252"
    (art,) = page.articles
    c = art.candidate
    assert c.title == "Flood defences: residents told work will finish before winter"  # site prefix gone
    assert c.outlet == "Riverside Echo"
    assert c.authors == ["Gwen Ellis"]  # meta author is the site name: dropped; job title never a name
    assert str(c.published_on) == "2022-06-30"
    assert "The £6.8m scheme includes" in art.body and "That’s a firm date.”" in art.body
    assert "Email a friend" not in art.body and "Advertise" not in art.body


def test_mojibake_repaired_and_recorded(parse):
    page = parse(fixture_bytes("metro_daily_mojibake.html"), "metro.html")
    assert page.encoding == "utf-8+ftfy"
    (art,) = page.articles
    assert "â€" not in art.body
    assert "The city’s tram network" in art.body and "Inês Carvalho" in art.body
    assert str(art.candidate.published_on) == "2023-05-17"  # published, not modified
    assert art.candidate.authors == ["Sam Okoro"]
    assert art.candidate.title == "Night trams to run all weekend after successful trial"


def test_footer_repeated_across_outlet_pages_is_learned(ingest):
    summary, con = ingest(DATA / "kestrel_post_bridge.html", DATA / "kestrel_post_ferry_fares.html")
    assert not summary.failures
    bodies = [r["body"] for r in con.execute("select body from articles order by id")]
    assert len(bodies) == 2
    assert all("Kestrel Cooperative" not in b for b in bodies)
    assert "review fares again in the autumn" in bodies[1]
    rows = con.execute("select format, encoding, status from sources order by id").fetchall()
    assert [tuple(r) for r in rows] == [("html", "utf-8", "done"), ("html", "utf-8", "done")]
    copy = con.execute("select start_line, end_line, raw_text from copies order by id").fetchone()
    assert copy["start_line"] == 1 and copy["raw_text"].startswith("<!DOCTYPE html>")


def test_benchmark_gate():
    """newsarchive must stay at least as good as trafilatura's best setting on the benchmark pages."""
    from benchmarks.extraction import run

    results = run(False)
    best = max(v["f1"] for k, v in results.items() if k.startswith("trafilatura"))
    assert results["newsarchive"]["f1"] >= best
    assert results["newsarchive"]["f1"] >= 0.97
    assert all(v >= 0.9 for v in results["newsarchive"]["meta"].values())


def test_embedded_social_post_is_not_body(parse):
    """A platform's embed (its own class) between paragraphs: someone else's post, not the story."""
    page = """<html><head><title>Dredging contract awarded</title></head><body><article>
      <h1>Harbour board awards dredging contract</h1>
      <p>The harbour board voted on Tuesday to award the dredging contract to a firm from Esbjerg,
      ending two years of delay that had left the outer channel too shallow for the larger ferries.</p>
      <blockquote class="instagram-media"><p>Big day for the channel! #dredging</p>
        <p>A post shared by Harbour Board (@harbourboard) on Mar 3, 2027</p></blockquote>
      <p>Skippers said the silt had cost them two sailings a week since the spring, and the board
      promised to publish the survey of the channel bed before the work begins in March.</p></article></body></html>"""
    (art,) = parse(page.encode(), "dredging.html").articles
    assert "A post shared by" not in art.body and "#dredging" not in art.body
    assert art.body.endswith("begins in March.")
