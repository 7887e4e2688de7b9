# ruff: noqa: E501  -- the documents below keep the long lines exporters write
"""WordPress exports (formats/wxr.py via formats/feeds.py) and Evernote exports
(formats/enex.py), on small documents of invented sites written here, not in a corpus folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_formats_feeds import run

WXR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.1/">
<channel>
  <title>Fenland Ferry Gazette</title>
  <wp:wxr_version>1.1</wp:wxr_version>
  <wp:author><wp:author_login>gwb</wp:author_login><wp:author_display_name>Gwen Bellamy</wp:author_display_name></wp:author>
  <wp:author><wp:author_login>okeefe7</wp:author_login><wp:author_display_name>Orla Keefe</wp:author_display_name></wp:author>
  <item>
    <title>Ferry timetable cut for the winter</title>
    <link>https://ffg.example/2025/11/03/timetable/</link>
    <pubDate>Sun, 02 Nov 2025 23:30:00 +0000</pubDate>
    <dc:creator>gwb</dc:creator>
    <content:encoded><![CDATA[<!-- wp:paragraph -->
<p>The ferry to Ely will run twice a day from Monday, the operator said, after a summer of [sic] record crossings.</p>
<!-- /wp:paragraph -->
<!-- wp:image {"id":9} -->
<figure class="wp-block-image"><img src="x.jpg"/><figcaption>Boats moored at the quay in October.</figcaption></figure>
<!-- /wp:image -->
<!-- wp:paragraph -->
<p>Season tickets bought before the change will be honoured until they expire in the spring.</p>
<!-- /wp:paragraph -->]]></content:encoded>
    <wp:post_date>2025-11-03 00:30:00</wp:post_date>
    <wp:post_date_gmt>2025-11-02 23:30:00</wp:post_date_gmt>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
    <category domain="author" nicename="cap-okeefe7"><![CDATA[okeefe7]]></category>
    <category domain="author" nicename="cap-gwb"><![CDATA[gwb]]></category>
    <category domain="post_tag" nicename="ferries"><![CDATA[Ferries]]></category>
  </item>
  <item>
    <title>Quay repairs finished</title>
    <link>https://ffg.example/2025/10/20/quay/</link>
    <dc:creator>gwb</dc:creator>
    <content:encoded><![CDATA[The quay wall at Littleport has been rebuilt after the spring floods, the council said.

<!--more-->

Work cost less than planned. [caption id="attachment_3" align="alignnone"]<img src="q.jpg"/> The new wall.[/caption]

[toc]

Boats may moor there again from Friday.]]></content:encoded>
    <wp:post_date>2025-10-20 09:00:00</wp:post_date>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
  </item>
  <item>
    <title>Draft: ferry fares</title>
    <dc:creator>jdoe2</dc:creator>
    <content:encoded><![CDATA[<p>Not finished.</p>]]></content:encoded>
    <wp:post_date>0000-00-00 00:00:00</wp:post_date>
    <wp:status>draft</wp:status>
    <wp:post_type>post</wp:post_type>
  </item>
  <item>
    <title>Contact us</title>
    <dc:creator>gwb</dc:creator>
    <content:encoded><![CDATA[<p>Write to the editor.</p>]]></content:encoded>
    <wp:status>publish</wp:status>
    <wp:post_type>page</wp:post_type>
  </item>
  <item>
    <title>Letters: the ferry</title>
    <dc:creator>jdoe2</dc:creator>
    <content:encoded><![CDATA[<p>A reader writes about the ferry and its timetable this winter.</p>]]></content:encoded>
    <wp:post_date>2025-11-05 10:00:00</wp:post_date>
    <wp:status>publish</wp:status>
    <wp:post_type>post</wp:post_type>
  </item>
</channel>
</rss>
"""


def test_wordpress_export(tmp_path: Path) -> None:
    path = tmp_path / "site.xml"
    path.write_text(WXR, encoding="utf-8")
    fmt, cands, rejs = run(path)
    assert fmt == "rss"
    assert [c.title for c in cands] == ["Ferry timetable cut for the winter", "Quay repairs finished",
                                        "Letters: the ferry"]
    first, classic, letter = cands
    # wp:post_date is the site's day; pubDate (UTC) falls on the day before.
    assert first.published_on == dt.date(2025, 11, 3)
    assert first.authors == ["Orla Keefe", "Gwen Bellamy"]  # co-author terms, in their order
    assert first.outlet == "Fenland Ferry Gazette"
    body = " ".join(t for _, t in first.body_lines)
    assert "[sic]" in body and "moored" not in body  # prose brackets kept, the image block dropped
    texts = [t for _, t in classic.body_lines if t]
    assert texts[0].startswith("The quay wall") and texts[-1] == "Boats may moor there again from Friday."
    assert not any("[" in t or "new wall" in t for t in texts)  # shortcodes and caption gone
    assert classic.authors == ["Gwen Bellamy"] and classic.published_on == dt.date(2025, 10, 20)
    assert letter.authors == []  # a login without a display name is no byline
    reasons = sorted(r.reason for r in rejs)
    assert "WordPress export item of type page (not a post)" in reasons
    assert "WordPress post with status 'draft' (not published)" in reasons
    assert all(r.lines > 0 for r in rejs)


def test_plain_rss_with_dc_creator_is_untouched(tmp_path: Path) -> None:
    """A feed without wp: elements keeps its pubDate and its dc:creator as written."""
    path = tmp_path / "feed.xml"
    other = WXR.replace('xmlns:wp="http://wordpress.org/export/1.1/"', 'xmlns:x="urn:example:other"')
    path.write_text(other.replace("wp:", "x:"), encoding="utf-8")
    _, cands, _ = run(path)
    assert len(cands) == 5  # no item is judged by WordPress fields
    assert cands[0].published_on == dt.date(2025, 11, 2)


ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">
<en-export export-date="20250301T101010Z" application="Evernote" version="10.1">
<note>
  <title>Harbour dredging to start in March :: Harbour Light</title>
  <created>20250214T090000Z</created>
  <note-attributes><author>mpatel</author><source-url>https://www.harbourlight.example/news/dredging</source-url></note-attributes>
  <content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><h2>Harbour dredging to start in March</h2><div><span>By Tomasz Wren</span> <span>| 11 February 2025</span></div>
<p>Dredging of the inner harbour will begin in the first week of March and last about six weeks, the port authority said on Tuesday.</p>
<p>Moorings on the east pontoon will be closed while the work goes on, and owners have been offered berths in the marina instead.</p></en-note>]]></content>
</note>
<note>
  <title>Lighthouse keepers' cottages sold</title>
  <created>20250220T090000Z</created>
  <note-attributes><author>mpatel</author><source-url>https://www.harbourlight.example/news/cottages</source-url></note-attributes>
  <content><![CDATA[<en-note><h1>Lighthouse keepers' cottages sold</h1>
<p>The three cottages beside the old lighthouse have been sold to a housing trust for an undisclosed sum, the council confirmed.</p>
<p>The trust plans to let them to local families at below-market rents from the autumn.</p>
<p>© 2025 Harbour Light Media Ltd</p></en-note>]]></content>
</note>
<note>
  <title>Shopping</title>
  <created>20250221T090000Z</created>
  <note-attributes><author>mpatel</author></note-attributes>
  <content><![CDATA[<en-note><div>Milk, bread, rope for the dinghy.</div><div>Call the boatyard on Monday.</div></en-note>]]></content>
</note>
</en-export>
"""


def test_evernote_export(tmp_path: Path) -> None:
    path = tmp_path / "clips.enex"
    path.write_text(ENEX, encoding="utf-8")
    fmt, cands, rejs = run(path)
    assert fmt == "enex"
    assert len(cands) == 2
    dredging, cottages = cands
    assert dredging.title == "Harbour dredging to start in March"  # the site's name after '::' goes
    assert dredging.outlet == "Harbour Light"  # the title part spelling the host
    assert dredging.url == "https://www.harbourlight.example/news/dredging"
    assert dredging.authors == ["Tomasz Wren"] and dredging.published_on == dt.date(2025, 2, 11)
    assert (dredging.start_line, dredging.end_line) == (4, 13)
    assert dredging.raw_text.startswith("<note>")
    # The clip time and the Evernote user are never the article's date and byline.
    assert cottages.published_on is None and cottages.authors == []
    assert cottages.outlet == "Harbour Light"  # named in the text, confirmed by the host
    assert all(b[0] >= cottages.start_line and b[0] <= cottages.end_line for b in cottages.body_lines)
    assert [r.reason for r in rejs if "no clipped article" in r.reason]  # the shopping list
    assert "mpatel" not in repr([c.authors for c in cands])


def test_evernote_note_typed_as_article_is_kept(tmp_path: Path) -> None:
    """A note without a source URL holding an article's header (a story typed up) is kept."""
    note = ENEX.split("<note>")[3].split("</note>")[0]
    typed = note.replace("<div>Milk, bread, rope for the dinghy.</div><div>Call the boatyard on Monday.</div>",
                         "<div>Ferry fares to rise in April</div><div>By Ines Abara</div><div>4 March 2025</div>"
                         "<p>Fares on the island ferry will rise by eight per cent in April, the operator said in "
                         "a letter to season-ticket holders on Monday, citing fuel and crew costs.</p>")
    path = tmp_path / "typed.enex"
    path.write_text(ENEX.split("<note>")[0] + "<note>" + typed + "</note>\n</en-export>\n", encoding="utf-8")
    _, cands, _ = run(path)
    assert [(c.title, c.authors, c.published_on) for c in cands] == [
        ("Ferry fares to rise in April", ["Ines Abara"], dt.date(2025, 3, 4))]
    assert cands[0].url is None and cands[0].outlet is None


def test_evernote_meta_line_reading_time_goes(tmp_path: Path) -> None:
    """'Name · date · N min read' under the headline: the reading time (a boilerplate rule's)
    goes so the byline and date read; a meta line naming no date stays as clipped."""
    from ingest.config import CleanConfig
    from ingest.formats.plaintext import ParseContext
    from ingest.rules import RuleSet
    from tests.test_formats_feeds import _ctx

    base = _ctx()[0]
    ctx = ParseContext(base.bylines, base.outlets, RuleSet(CleanConfig().rule_files))
    note = ENEX.split("<note>")[2].split("</note>")[0].replace(
        "<h1>Lighthouse keepers' cottages sold</h1>",
        "<h1>Lighthouse keepers' cottages sold</h1><p>Priya Anand · 12 March 2025 · 6 min read</p>")
    path = tmp_path / "meta.enex"
    path.write_text(ENEX.split("<note>")[0] + "<note>" + note + "</note>\n</en-export>\n", encoding="utf-8")
    _, cands, _ = run(path, ctx)
    assert [(c.authors, c.published_on) for c in cands] == [(["Priya Anand"], dt.date(2025, 3, 12))]
