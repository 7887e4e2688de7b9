"""Web archives as crawlers and archiving tools write them: IA ARC files, WACZ packages, Safari
.webarchive files, Common Crawl WET text, pages saved from the Wayback Machine and
archive.today, and the crawl's pages that are not stories (fronts, tag pages, paywalls).

Every fixture is generated here, with invented outlets and text."""

from __future__ import annotations

import gzip
import io
import json
import plistlib
import zipfile
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ingest.formats import playback

# --- builders ---------------------------------------------------------------------------------

PARAS = [
    "The harbour board voted on Tuesday to cut the spring ferry timetable to four sailings a day, "
    "blaming a shortfall of 1.2 million pounds in its maintenance budget for the year ahead.",
    "Islanders who commute to the mainland said the early crossing was the only one that let them "
    "reach the hospital and the college before the start of the working day.",
    "\u201cWe were told the cut is temporary, but nobody could say for how long,\u201d said Morag Baird, "
    "who has run the shop at the pier for eleven years and sits on the community council.",
    "The board said it would review the timetable in June once the repairs to the slipway at "
    "Portnalong were finished and the second vessel had come back from its refit in Greenock.",
]


def table_page(title: str, masthead_day: str, posted: str, paras: list[str]) -> bytes:
    """A table-layout page of the 2000s: <font> tags, <br><br> between paragraphs, the server's
    date of the day in the masthead bar, no article markup."""
    body = "<br><br>\n".join(paras)
    return (
        "<html><head><title>The Lochside Herald - " + title + "</title>"
        '<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>'
        '<table width="760"><tr><td colspan="2"><a href="/index.php"><img src="/img/top.gif" alt="The Lochside Herald">'
        '</a></td></tr><tr><td colspan="2"><font size="1">&nbsp;' + masthead_day + " | Serving the isles since 1911"
        '</font></td></tr><tr><td width="150"><font size="2"><a href="/home.php">Home</a><br>'
        '<a href="/sport.php">Sport</a><br><a href="/letters.php">Letters</a></font></td>'
        '<td width="610"><table><tr><td><font size="4"><b>' + title + "</b></font><br>"
        '<font size="2"><b>By Calum Reid</b><br><i>Staff Reporter</i><br>Posted on ' + posted + "</font><br><br>"
        '<font size="2">\n' + body + "\n</font><br><br>"
        '<font size="1"><a href="/print.php?id=88">Printer-friendly version</a></font>'
        "</td></tr></table></td></tr></table></body></html>"
    ).encode("cp1252")


def print_page(title: str, posted: str, paras: list[str]) -> bytes:
    body = "<br><br>\n".join(paras)
    return (
        "<html><head><title>Print - " + title + "</title></head><body>"
        '<font size="2">The Lochside Herald - www.lochsideherald.com</font><hr>'
        '<font size="5"><b>' + title + "</b></font><br>"
        '<font size="2">By Calum Reid, Staff Reporter<br>' + posted + "</font><br><br>"
        '<font size="3">\n' + body + "\n</font><hr>"
        '<font size="1">Printed from lochsideherald.com.</font></body></html>'
    ).encode("cp1252")


def _gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def arc_record(url: str, date14: str, ctype: str, block: bytes) -> bytes:
    return f"{url} 192.0.2.7 {date14} {ctype} {len(block)}\n".encode("latin-1") + block + b"\n"


def http_block(body: bytes, ctype: str = "text/html; charset=ISO-8859-1") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: " + ctype.encode() + b"\r\n\r\n" + body


def build_arc() -> bytes:
    """An IA ARC v1 file, each record its own gzip member: filedesc, dns, a story, its print page."""
    version = b"1 1 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [
        f"filedesc://LOCH-20090402.arc 0.0.0.0 20090402031500 text/plain {len(version)}\n".encode() + version + b"\n",
        arc_record("dns:www.lochsideherald.com", "20090402031501", "text/dns",
                   b"20090402031501\nwww 300 IN A 192.0.2.7\n"),
        arc_record("http://www.lochsideherald.com/news.php?id=88", "20090402031602", "text/html",
                   http_block(table_page("Ferry timetable cut to four sailings", "Thursday, April 2, 2009",
                                         "Tuesday, March 31, 2009", PARAS))),
        arc_record("http://www.lochsideherald.com/print.php?id=88", "20090402031603", "text/html",
                   http_block(print_page("Ferry timetable cut to four sailings", "Tuesday, March 31, 2009", PARAS))),
    ]
    return b"".join(_gz(r) for r in records)


class Crawl:
    """A WARC written with warcio (as crawlers do)."""

    def __init__(self, gzip: bool = True) -> None:
        self.buf = io.BytesIO()
        self.writer = WARCWriter(self.buf, gzip=gzip)

    def response(self, uri: str, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        self.writer.write_record(self.writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2026-03-04T05:06:07Z"}))

    def conversion(self, uri: str, text: str) -> None:
        self.writer.write_record(self.writer.create_warc_record(
            uri, "conversion", payload=io.BytesIO(text.encode("utf-8")),
            warc_headers_dict={"WARC-Date": "2026-03-09T01:02:03Z", "Content-Type": "text/plain",
                               "WARC-Identified-Content-Language": "eng"}))

    def bytes(self) -> bytes:
        return self.buf.getvalue()


def article_page(title: str, paras: list[str], url: str) -> bytes:
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<!DOCTYPE html><html><head><title>{title} | The Kyle Courant</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:type" content="article">'
        '<meta property="og:site_name" content="The Kyle Courant">'
        '<meta property="article:published_time" content="2026-03-02T08:00:00+00:00"></head><body>'
        f'<article><h1>{title}</h1><p class="byline">By Eilidh Munro</p><div class="body">{ps}</div></article>'
        "</body></html>"
    ).encode()


def build_wacz(warc: bytes, warc_name: str = "archive/data.warc.gz") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr(warc_name, warc)
        z.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0", "id": "pages", "title": "All Pages"}\n'
                   '{"id": "p1", "url": "https://kylecourant.example/news/ferry", "title": "Ferry timetable cut"}\n')
        z.writestr("indexes/index.cdx", "example,kylecourant)/news/ferry 20260304050607 {\"status\": \"200\"}\n")
        z.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1",
                                                   "resources": [{"path": warc_name}]}))
    return buf.getvalue()


# --- ARC --------------------------------------------------------------------------------------


def test_arc_file_reads_as_crawl_records(parse):
    page = parse(build_arc(), "LOCH-20090402.arc.gz")
    assert page.fmt == "arc" and page.encoding == "per-record"
    story, printed = (a.candidate for a in page.articles)
    assert story.title == "Ferry timetable cut to four sailings"
    assert story.outlet == "The Lochside Herald"  # the <title>'s site part, confirmed by the record's host
    assert str(story.published_on) == "2009-03-31"  # 'Posted on', not the masthead's day of the crawl
    assert story.authors == ["Calum Reid"]
    assert story.url == "http://www.lochsideherald.com/news.php?id=88"
    assert (story.start_line, printed.start_line) == (3, 4)  # record index, the filedesc header counted
    assert page.articles[0].paragraphs == PARAS  # <br><br> paragraphs of a <font> block
    # The printer-friendly page: the site's name line and the headline are no body.
    assert page.articles[1].paragraphs == PARAS
    assert any("not HTML" in r.reason for r in page.rejections)  # the dns: record


def test_truncated_arc_fails_clearly(ingest, tmp_path: Path):
    data = build_arc()
    path = tmp_path / "cut.arc.gz"
    path.write_bytes(data[: len(data) - 300])
    summary, con = ingest(path)
    assert len(summary.failures) == 1 and "truncated .arc.gz" in summary.failures[0][1]
    assert con.execute("select count(*) from copies").fetchone()[0] == 0


# --- WACZ -------------------------------------------------------------------------------------


def _crawl_with_story() -> bytes:
    crawl = Crawl()
    crawl.response("https://kylecourant.example/news/ferry",
                   article_page("Ferry timetable cut to four sailings", PARAS, "https://kylecourant.example/news/ferry"))
    crawl.response("https://kylecourant.example/style.css", b"body{margin:0}", "text/css")
    return crawl.bytes()


def test_wacz_is_one_web_archive(ingest, tmp_path: Path):
    path = tmp_path / "kyle-2026-03-04.wacz"
    path.write_bytes(build_wacz(_crawl_with_story()))
    summary, con = ingest(path)
    assert not summary.failures
    sources = [tuple(r) for r in con.execute("select path, format from sources")]
    assert sources == [(str(path), "wacz")]  # the container the user ingested, not its members
    rows = con.execute("select a.title, c.start_line from copies c join articles a on a.id = c.article_id").fetchall()
    assert [tuple(r) for r in rows] == [("Ferry timetable cut to four sailings", 1)]  # pages.jsonl is no article


def test_wacz_found_by_content_and_inside_a_zip(ingest, tmp_path: Path):
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w") as z:
        z.writestr("crawls/kyle.zip-package", build_wacz(_crawl_with_story()))  # no .wacz name: the layout says it
    path = tmp_path / "handover.zip"
    path.write_bytes(outer.getvalue())
    summary, con = ingest(path)
    assert not summary.failures
    formats = dict(con.execute("select path, format from sources").fetchall())
    assert formats[f"{path}!crawls/kyle.zip-package"] == "wacz"
    assert con.execute("select count(*) from copies").fetchone()[0] == 1


@pytest.mark.parametrize(("damage", "said"), [
    (lambda data: data[: len(data) // 2], "not a readable WACZ file"),
    (lambda data: build_wacz(_crawl_with_story()[:-200]), "truncated WARC archive/data.warc.gz inside the WACZ"),
])
def test_broken_wacz_is_one_clear_failure(ingest, tmp_path: Path, damage, said):
    path = tmp_path / "broken.wacz"
    path.write_bytes(damage(build_wacz(_crawl_with_story())))
    summary, con = ingest(path)
    assert len(summary.failures) == 1 and said in summary.failures[0][1]
    assert con.execute("select count(*) from copies").fetchone()[0] == 0


# --- Safari .webarchive -----------------------------------------------------------------------


def webarchive(html: bytes, url: str = "https://kylecourant.example/news/ferry") -> bytes:
    return plistlib.dumps({
        "WebMainResource": {"WebResourceData": html, "WebResourceMIMEType": "text/html",
                            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": url,
                            "WebResourceFrameName": ""},
        "WebSubresources": [{"WebResourceData": b"\x89PNG....", "WebResourceMIMEType": "image/png",
                             "WebResourceURL": "https://kylecourant.example/logo.png"}],
    }, fmt=plistlib.FMT_BINARY)


def test_webarchive_main_resource_is_the_page(parse):
    html = article_page("Ferry timetable cut to four sailings", PARAS, "")
    html = html.replace(b'<link rel="canonical" href="">', b"")
    page = parse(webarchive(html), "Ferry timetable cut - The Kyle Courant.webarchive")
    assert page.fmt == "webarchive"
    (art,) = page.articles
    assert art.candidate.title == "Ferry timetable cut to four sailings"
    assert art.candidate.url == "https://kylecourant.example/news/ferry"  # WebResourceURL: the page states none
    assert art.paragraphs == PARAS


def test_broken_webarchive_is_one_clear_failure(ingest, tmp_path: Path):
    path = tmp_path / "page.webarchive"
    path.write_bytes(webarchive(b"<html></html>")[:40])
    summary, _ = ingest(path)
    assert len(summary.failures) == 1 and "not a readable Safari .webarchive" in summary.failures[0][1]


# --- Common Crawl WET -------------------------------------------------------------------------

WET_PAGE = "\n".join([
    "Ferry timetable cut to four sailings | The Kyle Courant",
    "Skip to content", "Subscribe", "News", "Highlands", "Sport", "Weather warning Gales on the Minch tonight",
    "Transport",
    "Ferry timetable cut to four sailings",
    "The harbour board blames a maintenance shortfall; islanders fear for the early crossing.",
    "By Eilidh Munro Transport Reporter",
    "Published March 2, 2026 at 8:00 a.m.",
    "Updated March 3, 2026 at 9:15 a.m.",
    "Share on Facebook Share by email", "Copy link",
    "The ferry at the pier in Portree on Monday. (Eilidh Munro/The Kyle Courant)",
    PARAS[0], PARAS[1], "READ MORE: Slipway repairs to start in February", "\u2709", PARAS[2], PARAS[3],
    "Newsletter", "Sign up", "Most read", "Harbour dues to rise in April", "School roll falls again",
    "\u00a9 2026 Kyle Courant Publishing Ltd.",
])
WET_ABOUT = "\n".join([
    "About us \u2013 The Kyle Courant", "News", "Sport", "About us",
    "The Kyle Courant has reported on the Highlands and islands since 1898, first as a weekly and now online "
    "every day, from its office above the chemist on Main Street.",
    "We are owned by a charitable trust. Our journalists are members of the union and our editor answers to "
    "the trust's board, which meets four times a year in public.",
])


def test_wet_conversion_records_are_page_text(parse):
    crawl = Crawl()
    crawl.writer.write_record(crawl.writer.create_warcinfo_record("CC-MAIN-x.warc.wet.gz", {"isPartOf": "CC-MAIN"}))
    crawl.conversion("https://www.kylecourant.example/news/2026/03/02/ferry-timetable/", WET_PAGE)
    crawl.conversion("https://www.kylecourant.example/about/", WET_ABOUT)
    page = parse(crawl.bytes(), "subset.warc.wet.gz")
    assert page.fmt == "warc"
    (art,) = page.articles
    c = art.candidate
    assert c.title == "Ferry timetable cut to four sailings"
    assert c.outlet == "The Kyle Courant"
    assert c.authors == ["Eilidh Munro"]
    assert str(c.published_on) == "2026-03-02"  # not the Updated stamp, not the WARC-Date
    assert c.url == "https://www.kylecourant.example/news/2026/03/02/ferry-timetable/"
    assert (c.start_line, c.end_line) == (2, 2)
    assert c.language == "en"  # WARC-Identified-Content-Language: eng
    assert art.paragraphs == PARAS  # no navigation, standfirst, caption, promo, icon or footer
    assert any("without a byline or date" in r.reason for r in page.rejections)  # the About page


# --- pages saved from a web archive's playback --------------------------------------------------

ORIGINAL = "https://www.kylecourant.example/news/2026/03/02/ferry-timetable/"


def wayback_save() -> str:
    ps = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<html><head><script src="https://web-static.archive.org/_static/js/bundle-playback.js"></script>'
        f'<script>__wm.init("https://web.archive.org/web");__wm.wombat("{ORIGINAL}","20260305101010",'
        '"https://web.archive.org/","web","https://web-static.archive.org/_static/","1772705410");</script>'
        "<!-- End Wayback Rewrite JS Include -->"
        "<title>Ferry timetable cut to four sailings | The Kyle Courant</title>"
        f'<link rel="canonical" href="https://web.archive.org/web/20260305101010/{ORIGINAL}">'
        '<meta property="og:type" content="article"></head><body>'
        "<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id=\"wm-ipp\"><p>14 captures</p><p>05 Mar 2026 - 09 Mar 2026</p>"
        "<p>COLLECTED BY Organization: Internet Archive</p><p>TIMESTAMPS</p></div>"
        f'<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20260305101010/{ORIGINAL}</div>'
        "<!-- END WAYBACK TOOLBAR INSERT -->"
        '<article><h1>Ferry timetable cut to four sailings</h1><p class="byline">By Eilidh Munro</p>'
        '<p class="date">Published March 2, 2026</p>'
        f'<img src="/web/20260305101010im_/https://www.kylecourant.example/ferry.jpg">{ps}</article>'
        "</body></html><!-- FILE ARCHIVED ON 10:10:10 Mar 05, 2026 AND RETRIEVED FROM THE INTERNET ARCHIVE -->"
    )


def archive_today_save() -> str:
    ps = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        '<!DOCTYPE html><html><head><meta property="og:url" content="https://archive.ph/AbC12"/>'
        '<meta property="og:site_name" content="archive.ph"/>'
        '<meta property="article:published_time" content="2026-03-09T14:03:11Z"/>'
        '<meta name="description" content="archived 9 Mar 2026 14:03:11 UTC"/>'
        "<title>Ferry timetable cut to four sailings | The Kyle Courant</title>"
        '<link rel="canonical" href="https://archive.ph/AbC12"/></head><body><center>'
        '<div id="HEADER"><table><tr><td><a href="https://archive.ph/">archive.today<br/>webpage capture</a></td>'
        '<td>Saved from</td><td><form action="https://archive.ph/search/"><input type="text" name="q" '
        f'value="{ORIGINAL}"/></form></td></tr><tr><td><span>9 Mar 2026 14:03:11 UTC</span></td>'
        "<td>no other snapshots from this url</td></tr></table></div>"
        '<div id="CONTENT"><div><a href="https://archive.ph/o/AbC12/https://www.kylecourant.example/">Home</a></div>'
        '<div><h1>Ferry timetable cut to four sailings</h1><div>By Eilidh Munro</div>'
        f"<div>Published March 2, 2026 at 8:00 a.m.</div>{ps}</div></div></center></body></html>"
    )


@pytest.mark.parametrize("save", [wayback_save, archive_today_save])
def test_archive_chrome_is_not_the_story(parse, save):
    page = parse(save().encode(), "ferry-saved.html")
    (art,) = page.articles
    c = art.candidate
    assert c.url == ORIGINAL  # the original address, not the archive's
    assert c.outlet == "The Kyle Courant"  # never the archive
    assert str(c.published_on) == "2026-03-02"  # not the capture
    assert c.title == "Ferry timetable cut to four sailings"
    assert art.paragraphs == PARAS
    assert c.raw_text == save()  # the copy as it stood in the file


def test_unwrap_leaves_other_pages_alone():
    page = "<html><head><title>Archive of the parish council minutes</title></head><body><p>x</p></body></html>"
    assert playback.unwrap(page) == (page, None)


# --- crawled pages that are not stories ---------------------------------------------------------


def test_fronts_tag_pages_and_paywalls_are_not_copies(parse):
    cards = "".join(
        f'<article class="card"><h2><a href="/news/{n}">Headline number {n} about the islands</a></h2>'
        f"<p>A one-sentence teaser for story {n}, cut short for the list.</p></article>"
        for n in range(5))
    tag = (b'<html><head><title>Transport | The Kyle Courant</title><meta property="og:type" content="website">'
           b"</head><body><h1>Transport</h1>" + cards.encode() + b"</body></html>")
    paywall = (
        b'<html><head><title>Harbour dues to rise | The Kyle Courant</title><script type="application/ld+json">'
        b'{"@type": "NewsArticle", "headline": "Harbour dues to rise", "isAccessibleForFree": false}</script></head>'
        b"<body><article><h1>Harbour dues to rise</h1><p>The board wants more from visiting yachts.</p>"
        b'<div class="paywall-box"><h2>This story is for subscribers</h2><p>Subscribe for full access.</p></div>'
        b"</article></body></html>")
    crawl = Crawl()
    crawl.response("https://kylecourant.example/tag/transport/", tag)
    crawl.response("https://kylecourant.example/news/harbour-dues", paywall)
    crawl.response("https://kylecourant.example/news/ferry",
                   article_page("Ferry timetable cut to four sailings", PARAS, "https://kylecourant.example/news/ferry"))
    page = parse(crawl.bytes(), "crawl.warc.gz")
    assert [a.candidate.title for a in page.articles] == ["Ferry timetable cut to four sailings"]
    reasons = " | ".join(r.reason for r in page.rejections)
    assert "lists stories" in reasons and "paywalled page" in reasons


def test_byline_broken_by_a_line_break_keeps_the_name(parse):
    html = article_page("Ferry timetable cut to four sailings", PARAS, "https://kylecourant.example/news/ferry")
    html = html.replace(b'<p class="byline">By Eilidh Munro</p>',
                        b'<p class="byline">By Eilidh Munro<br><span class="title">Highland Press Service</span></p>')
    (art,) = parse(html, "ferry.html").articles
    assert art.candidate.authors == ["Eilidh Munro"]


def test_wet_story_keeps_the_list_it_announces(parse):
    listed = [PARAS[0], "The sailings that go are:", "The 06:40 from Uig", "The 13:10 from Lochmaddy",
              "The 19:30 from Tarbert", PARAS[1]]
    text = "\n".join(["Ferry timetable cut | The Kyle Courant", "News", "Ferry timetable cut",
                      "By Eilidh Munro", "March 2, 2026", *listed, "Most read", "Harbour dues", "School roll",
                      "Weather"])
    crawl = Crawl()
    crawl.conversion("https://www.kylecourant.example/news/ferry-cut/", text)
    (art,) = parse(crawl.bytes(), "subset.warc.wet.gz").articles
    assert art.paragraphs == listed  # three short lines under 'are:' are the story's, the footer list is not


def test_short_story_beside_cards_and_metered_brief_stay(parse):
    """A story of short paragraphs with related cards under it declares itself one story; a
    metered site's brief marked `isAccessibleForFree: false` whose marked body is on the page
    carries its text: both are copies."""
    short = ["The harbour board cut the spring timetable to four sailings a day on Tuesday.",
             "It blamed a shortfall in its maintenance budget.", "Islanders said the early crossing mattered most.",
             "The board will review the timetable in June."]
    cards = "".join(f'<div class="more"><h3><a href="/news/{n}">Another headline {n}</a></h3></div>' for n in range(4))
    story = article_page("Ferry timetable cut", short, "https://kylecourant.example/news/cut").replace(
        b"</article>", b"</article>" + cards.encode())
    brief = (
        b'<html><head><title>Harbour dues to rise | The Kyle Courant</title><script type="application/ld+json">'
        b'{"@type": "NewsArticle", "headline": "Harbour dues to rise", "hasPart": {"@type": "WebPageElement", '
        b'"isAccessibleForFree": false, "cssSelector": ".story-text"}}</script></head><body><article>'
        b'<h1>Harbour dues to rise</h1><div class="story-text"><p>Visiting yachts will pay 12 per cent more to '
        b"moor at the pier from April, the harbour board said on Tuesday after a short meeting.</p></div>"
        b"</article></body></html>")
    crawl = Crawl()
    crawl.response("https://kylecourant.example/news/cut", story)
    crawl.response("https://kylecourant.example/news/dues", brief)
    page = parse(crawl.bytes(), "crawl.warc.gz")
    assert [a.candidate.title for a in page.articles] == ["Ferry timetable cut", "Harbour dues to rise"]


def test_wet_updated_stamp_is_no_publication_date(parse):
    text = "\n".join(["Ferry timetable cut | The Kyle Courant", "News", "Ferry timetable cut",
                      "By Eilidh Munro", "Updated March 3, 2026 at 9:15 a.m.", *PARAS])
    crawl = Crawl()
    crawl.conversion("https://www.kylecourant.example/news/ferry-cut/", text)
    (art,) = parse(crawl.bytes(), "subset.warc.wet.gz").articles
    assert art.candidate.published_on is None and art.candidate.authors == ["Eilidh Munro"]
    assert art.paragraphs == PARAS


def test_singlefile_comment_names_the_page(parse):
    html = article_page("Ferry timetable cut", PARAS, "").replace(b'<link rel="canonical" href="">', b"")
    html = html.replace(b"<html>", b"<html><!--\n Page saved with SingleFile \n url: " + ORIGINAL.encode()
                        + b" \n saved date: Mon Mar 09 2026 10:00:00 GMT+0000 (GMT)\n-->", 1)
    (art,) = parse(html, "Ferry timetable cut - The Kyle Courant (3_9_2026 10_00_00 AM).html").articles
    assert art.candidate.url == ORIGINAL
    assert str(art.candidate.published_on) == "2026-03-02"  # the page's, not the saved date
