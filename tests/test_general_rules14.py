"""General rules from blind14's first contact (session 9), each on invented text in shapes unlike
that set's: a monitoring tool's CSV with report rows above its header and social posts among its
rows, a monitoring export whose items state outlet, date and author on one unlabelled line under
a header that declares the date order, and a crawler's JSON lines in trafilatura's own keys."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest import formats
from ingest.formats.table import header_row, sniff
from ingest.records import Candidate, Rejection, Source
from tests.test_formats_feeds import _ctx, body


def run_text(name: str, text: str) -> tuple[str | None, list[Candidate], list[Rejection]]:
    """Sniff and parse one invented file as the pipeline does: (format, candidates, rejections)."""
    data = text.encode()
    decoded = formats.decode(Source(name, data, hashlib.sha256(data).hexdigest()))
    fmt = formats.sniff(decoded)
    if fmt is None:
        return None, [], []
    items = list(formats.FORMATS[fmt](decoded, _ctx()[0]))
    return fmt, [i for i in items if isinstance(i, Candidate)], [i for i in items if isinstance(i, Rejection)]


# -- CSV exports with a report preamble ------------------------------------------------------------

# Semicolons, no quotes on the preamble, a "Date range" row of three cells, a kind column in
# Talkwalker's spelling, a byline column left empty where a second author column is filled.
PREAMBLE_CSV = (
    "Coverage export\n"
    "Project;Harbour towns\n"
    'Query;"(ferry OR quay OR harbour OR slipway OR breakwater) AND (council OR board OR operator) '
    'AND NOT (cruise OR yacht OR regatta OR marina OR ""boat show"")"\n'
    "Date range;2027-03-01;2027-03-31\n"
    "Generated;2027-04-02 07:15\n"
    "\n"
    "published;title;url;source_type;byline;author;source;content;lang\n"
    '2027-03-04;Ferry timetable cut for winter;https://harbourpost.example/ferry;ONLINENEWS;;Oskar Lind;'
    'Harbour Post;"The ferry will sail twice a day from November.\n'
    'The operator blamed fuel costs.";en\n'
    "2027-03-05;;https://instagram.example/p/123;SOCIALMEDIA_INSTAGRAM;;harbourpost;Harbour Post;"
    "Our ferry story is on the site now;en\n"
    "2027-03-06;Quay repairs finished;https://harbourpost.example/quay;PRINT;Ada Ferris;;Harbour Post;"
    "The east quay reopened on Friday.;en\n"
)


def test_csv_header_below_a_report_preamble() -> None:
    assert header_row(PREAMBLE_CSV) == (6, ";")
    fmt, cands, rejected = run_text("coverage.csv", PREAMBLE_CSV)
    assert fmt == "csv"
    ferry, quay = cands  # the Instagram post is no article
    assert ferry.title == "Ferry timetable cut for winter"
    assert ferry.published_on == dt.date(2027, 3, 4)  # never the preamble's range or export time
    assert ferry.authors == ["Oskar Lind"]  # the empty byline cell gives way to the next author column
    assert quay.authors == ["Ada Ferris"]
    assert ferry.outlet == "Harbour Post" and ferry.url == "https://harbourpost.example/ferry"
    assert (ferry.start_line, ferry.end_line) == (8, 9)
    assert body(ferry) == "The ferry will sail twice a day from November.\n\nThe operator blamed fuel costs."
    reasons = {r.reason: r for r in rejected}
    assert reasons["table report preamble (report, query, date range), not an article"].lines == 5
    assert reasons["table row of a social-media post, not an article"].detail == "lines 10-10"


def test_preamble_needs_a_full_header_and_short_rows() -> None:
    # Short lines above a header naming only two fields: no evidence of a table.
    assert sniff("Notes\n\ntitle,text,rating\nA,b,3\n") is None
    # A prose paragraph above a header-like line: a text file, not a report preamble.
    prose = ("The council met on Monday, and the ferry, the quay and the car park were on the agenda, "
             "along with a long list of smaller items that took most of the evening to get through.\n"
             "Title,Date,Author,Text\n")
    assert sniff(prose) is None
    # More preamble rows than any report writes: not read as a table.
    assert sniff("Report\n" * 25 + "Title,Date,Author,Text\nA,2027-01-02,B,c\n") is None
    # The first line still decides on its own, as before.
    assert sniff("Headline,Body,Source\nA,b,c\n") == "csv"
    # A Markdown table under a note's title is no export's header.
    assert sniff("Sources this week\n\n| Title | Outlet | Date |\n|---|---|---|\n| A | B | 2027-01-02 |\n") is None


# -- trafilatura's JSON output --------------------------------------------------------------------


def _traf(**fields: object) -> str:
    import json

    record = {"title": None, "author": None, "hostname": None, "date": None, "comments": "", "raw_text": "",
              "text": "", "pagetype": "article", "filedate": "2027-05-02", "source": None,
              "source-hostname": None, "excerpt": None}
    record.update(fields)
    return json.dumps(record, ensure_ascii=False)


def test_trafilatura_keys_url_site_name_and_listing_pages() -> None:
    story = _traf(title="Tram depot to close in June", author="Lea Brandt; Jonas Wirth", hostname="talbote.example",
                  date="2027-04-28", text="The depot on Uferstraße will close in June.\nIts 40 staff move to Nord.",
                  raw_text="The depot on Uferstraße will close in June. Its 40 staff move to Nord.",
                  source="https://www.talbote.example/lokal/tram-depot?utm_source=feed",
                  **{"source-hostname": "Talbote"}, excerpt="The depot on Uferstraße will close…",
                  comments="Finally! The noise was unbearable.", filedate="2027-05-02")
    tag_page = _traf(title="Verkehr | Talbote", hostname="talbote.example", pagetype="tag",
                     text="Tram depot to close in June\nNew cycle lane for the bridge\nBus fares frozen",
                     source="https://www.talbote.example/thema/verkehr", **{"source-hostname": "Talbote"})
    fmt, cands, rejected = run_text("crawl.jsonl", story + "\n" + tag_page + "\n")
    assert fmt == "jsonl"
    (cand,) = cands  # the tag page lists headlines: no article
    assert cand.url == "https://www.talbote.example/lokal/tram-depot"  # "source" is the page's URL
    assert cand.outlet == "Talbote"  # "source-hostname" names the site
    assert cand.authors == ["Lea Brandt", "Jonas Wirth"]
    assert cand.published_on == dt.date(2027, 4, 28)  # never the crawl's filedate
    assert body(cand) == "The depot on Uferstraße will close in June.\n\nIts 40 staff move to Nord."  # no comment
    assert [r.detail for r in rejected if "listing" in r.reason] == ["line 2"]


def test_page_types_prove_nothing_when_every_record_says_website() -> None:
    a = _traf(title="Ferry fares rise", text="Fares rise by 5 per cent from May.", pagetype="website",
              source="Harbour Post")  # another tool's "source": a name, not a URL
    b = _traf(title="Quay reopens", text="The east quay reopened on Friday.", pagetype="website")
    _, cands, _ = run_text("site.jsonl", a + "\n" + b + "\n")
    assert [c.title for c in cands] == ["Ferry fares rise", "Quay reopens"]
    assert cands[0].url is None and cands[0].outlet == "Harbour Post"


# -- Monitoring exports: an unlabelled credit line over the labelled fields ---------------------------

RULE = "═" * 40
MONITOR = f"""RIVERSIDE MEDIA WATCH
Coverage for: Transit authority
Generated 04/05/2027 (dates in this report are MM/DD/YYYY)

{RULE}
1. Bus lanes approved for Main Street
Jane Roe · Valley Courier · 04/03/2027 9:15 AM
Reach: 12K · Tone: Positive
Link: https://valleycourier.example/bus-lanes

Council approved the bus lanes on Tuesday after a two-hour debate.

Work on the first section starts in June.
{RULE}
2. Night buses return for the summer
Riverside Now · 04/02/2027
Reach: 3K · Tone: Neutral

The night buses return this weekend, running every half hour until 3am.

(c) Riverside Now
{RULE}
End of report
"""


def test_monitoring_credit_line_layout_and_stated_date_order() -> None:
    fmt, cands, rejected = run_text("media-watch.txt", MONITOR)
    assert fmt == "clipping"
    lanes, night = cands
    assert lanes.title == "Bus lanes approved for Main Street"
    assert lanes.outlet == "Valley Courier" and lanes.authors == ["Jane Roe"]
    # every date here is ambiguous: the header's MM/DD/YYYY settles them, its own date is none
    assert lanes.published_on == dt.date(2027, 4, 3)
    assert night.published_on == dt.date(2027, 4, 2)
    # 'Riverside Now' has no nameplate word: it stands where the file's outlets stand (before the date)
    assert night.outlet == "Riverside Now" and night.authors == []
    assert lanes.url == "https://valleycourier.example/bus-lanes"
    assert body(lanes) == ("Council approved the bus lanes on Tuesday after a two-hour debate.\n\n"
                           "Work on the first section starts in June.")
    assert any("header" in r.reason for r in rejected)


def test_stated_order_reads_the_header_patterns() -> None:
    from ingest.dates import stated_order

    assert stated_order("Zeitzone MEZ, Datum TT.MM.JJJJ") is True
    assert stated_order("all dates MM/DD/YY") is False
    assert stated_order("Exported 04/05/2027") is None
    assert stated_order("DD/MM/YYYY (print) and MM/DD/YYYY (online)") is None


def test_monitoring_meta_lines_pasted_into_a_mail_are_not_text() -> None:
    paste = """From: Ann Lee <ann@example.org>
Subject: clip for the file

Worth keeping, see below.

Harbour dues to rise by a fifth next spring
Valley Courier · 4 March 2027 · Jane Roe
Media type: Regional newspaper · Country: United Kingdom · Language: English · Words: 61
Sentiment: Neutral · Keywords: harbour, dues, ferries

The harbour board will raise its dues by 20 per cent from April, the first rise in six years.

Ferry operators said the increase would be passed on to passengers within weeks.
"""
    fmt, cands, _ = run_text("clip.txt", paste)
    assert fmt != "clipping"  # one unnumbered item in a mail: the plain-text reader's
    (cand,) = cands
    assert body(cand) == ("The harbour board will raise its dues by 20 per cent from April, the first rise in six "
                          "years.\n\nFerry operators said the increase would be passed on to passengers within weeks.")


def test_diffbot_and_apify_record_keys() -> None:
    import json

    diffbot = json.dumps({"type": "article", "title": "Lock gates replaced at Weir Mill", "siteName": "Canal Courier",
                          "pageUrl": "https://canalcourier.example/a?ref=home",
                          "resolvedPageUrl": "https://canalcourier.example/lock-gates",
                          "humanLanguage": "en", "date": "Tue, 02 Mar 2027 08:00:00 GMT",
                          "estimatedDate": "Mon, 01 Mar 2027 00:00:00 GMT",
                          "authors": [{"name": "Priya Nair", "link": "https://canalcourier.example/priya"}],
                          "text": "New lock gates were fitted at Weir Mill on Monday.\nThe towpath reopens on Friday."})
    apify = json.dumps({"url": "https://moorsnews.example/x?utm_source=rss", "text": "The moor road reopened.",
                        "metadata": {"title": "Moor road reopens", "author": "Tom Hale", "languageCode": "en-GB",
                                     "canonicalUrl": "https://moorsnews.example/moor-road"}})
    _, cands, _ = run_text("crawl.jsonl", diffbot + "\n" + apify + "\n")
    lock, moor = cands
    assert lock.outlet == "Canal Courier" and lock.url == "https://canalcourier.example/lock-gates"
    assert lock.authors == ["Priya Nair"] and lock.language == "en"
    assert lock.published_on == dt.date(2027, 3, 2)  # the stated date, never Diffbot's estimate
    assert moor.title == "Moor road reopens" and moor.authors == ["Tom Hale"]
    assert moor.url == "https://moorsnews.example/moor-road" and moor.language == "en"


# -- trafilatura's XML output ---------------------------------------------------------------------

TRAF_XML = """<?xml version="1.0" encoding="utf-8"?>
<doc sitename="Fenland Courier" title="Sluice repairs finished early" author="Ruth Abbot; Dev Mistry"
     date="2027-02-11" url="https://fenlandcourier.example/sluice" hostname="fenlandcourier.example"
     description="Repairs to the sluice…" fingerprint="f00d" pagetype="article" filedate="2027-02-20">
  <main>
    <head>Work ahead of schedule</head>
    <p>Repairs to the Denver sluice were finished a week early, the drainage board said.</p>
    <list><item>Gates reopen Monday</item><item>Boats may pass from Tuesday</item></list>
  </main>
  <comments><p>Great news for the moorings.</p></comments>
</doc>
<?xml version="1.0" encoding="utf-8"?>
<doc sitename="Fenland Courier" title="News | Fenland Courier" hostname="fenlandcourier.example"
     fingerprint="beef" pagetype="website" filedate="2027-02-20">
  <main><p>Sluice repairs finished early</p><p>Market square plans</p></main>
</doc>
"""


def test_trafilatura_xml_docs() -> None:
    fmt, cands, rejected = run_text("crawl.xml", TRAF_XML)
    assert fmt == "trafxml"
    (cand,) = cands  # the second <doc> is a listing page
    assert cand.title == "Sluice repairs finished early"
    assert cand.outlet == "Fenland Courier" and cand.authors == ["Ruth Abbot", "Dev Mistry"]
    assert cand.published_on == dt.date(2027, 2, 11) and cand.url == "https://fenlandcourier.example/sluice"
    assert (cand.start_line, cand.end_line) == (2, 11)
    assert body(cand) == ("Work ahead of schedule\n\nRepairs to the Denver sluice were finished a week early, "
                          "the drainage board said.\n\nGates reopen Monday\n\nBoats may pass from Tuesday")
    assert [r.detail for r in rejected if "listing" in r.reason] == ["lines 13-16"]


def test_json_array_of_extracted_pages_drops_listing_pages() -> None:
    text = ('[\n  {"title": "Weir repaired", "text": "The weir was repaired on Monday.", "pagetype": "article",\n'
            '   "source": "https://millrace.example/weir", "source-hostname": "Millrace"},\n'
            '  {"title": "Millrace | Home", "text": "Weir repaired\\nNew footbridge", "pagetype": "homepage",\n'
            '   "source": "https://millrace.example/", "source-hostname": "Millrace"}\n]\n')
    fmt, cands, rejected = run_text("pages.json", text)
    assert fmt == "json"
    (cand,) = cands
    assert cand.url == "https://millrace.example/weir" and cand.outlet == "Millrace"
    assert [r.detail for r in rejected if "listing" in r.reason] == ["lines 4-5"]


def test_a_row_of_only_delimiters_above_a_header_is_an_empty_preamble_row() -> None:
    """An empty spreadsheet row saved as ', ,' (found by the formats fuzz harness: it crashed the
    preamble test with an IndexError) is a blank preamble row, and sniffing never raises."""
    from ingest.formats import table

    assert table._preamble_row(" , ,\t")
    text = '"Monitoring report"\n , , \nTitle,Source,Date,Text,URL\n"A","B","2026-10-01","Body text here","https://x.example/a"\n'
    assert table.header_row(text) == (2, ",")
    assert table.header_row(",,\n,\x00,\n") is None
