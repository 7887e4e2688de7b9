"""The English-language press of South Asia, Africa, South-East Asia and the Caribbean (blind24's
kind of input): an e-paper text export, a news-monitor export, a WhatsApp group's pastes, a
press review's labelled source lines, desk credits, titles before names and the furniture of
such sites, on invented text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import epaper
from ingest.formats.detect import sniff_text
from ingest.formats.items import read_source
from ingest.formats.lines import Lines
from ingest.records import DecodedSource, Source
from ingest.text import strip_markdown
from tests.test_formats_feeds import body, run
from tests.test_plaintext import CTX

RULE = "=" * 50
DASHES = "-" * 50

EXPORT = f"""\ufeffKaveri Courier e-Paper
Mysuru Edition | Friday, March 5, 2027 | Vol. 61 No. 64 | 12 Pages
Article text export - generated 06-03-2027 05:10 IST for subscriber KC-11873
Reproduction of e-Paper content without permission is prohibited.

{RULE}
Page 2 | City
{RULE}

FLYOVER WORK TO SHUT RING ROAD FOR SIX WEEKS
Diversions from Monday; buses to use service lanes
STAFF REPORTER
MYSURU
   Traffic on the Outer Ring Road between Hinkal and
the Hunsur Road junction will be diverted for six weeks
from Monday while girders are placed for the new
flyover, the city police said on Thursday.
   Buses will run on the service lanes on both sides,
and heavy vehicles will be sent through Bogadi Road
between 10 p.m. and 6 a.m., officials said.
   The contractor has been told to finish the girder
work before the school examinations begin in April.

>> Continued on Page 5

{DASHES}

LAKE CLEAN-UP DRIVE FINDS 14 TONNES OF PLASTIC
ANITHA GOWDA
MYSURU
   Volunteers removed about 14 tonnes of plastic and
construction waste from the banks of Kukkarahalli
lake during a weekend drive organised by residents'
associations and the university, the forest
department said on Thursday.
   Officials said nets would be put up at the two
inlets where most of the waste enters the lake, and
that fines for dumping would be raised.

[ADVERTISEMENT]

{RULE}
Page 5 | Region
{RULE}

FLYOVER WORK
>> Continued from Page 2
   The flyover, estimated to cost 118 crore rupees,
is the third on the ring road and is due to open by
the end of next year, the development authority said.
   Traders along the stretch have asked for parking
to be allowed on the service lanes during the work.

{RULE}
Page 8 | Editorial
{RULE}

WATER BEFORE SUMMER
   The city has had two dry winters in a row, and the
reservoirs that feed it are lower than they have been
in a decade at this time of year.
   The corporation should publish its summer supply
plan now, ward by ward, and not wait for the taps to
run dry before it talks to residents.

{RULE}
End of export | 4 articles | Kaveri Courier e-Paper
"""


def test_an_epaper_text_export(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(EXPORT, encoding="utf-8")
    fmt, stories, rejected = run(path)
    assert fmt == "epaper"
    assert [s.title for s in stories] == ["FLYOVER WORK TO SHUT RING ROAD FOR SIX WEEKS",
                                          "LAKE CLEAN-UP DRIVE FINDS 14 TONNES OF PLASTIC", "WATER BEFORE SUMMER"]
    # the paper and the issue date from the export's header, not its export time (06-03-2027)
    assert all(s.outlet == "Kaveri Courier" and s.published_on == dt.date(2027, 3, 5) for s in stories)
    flyover, lake, editorial = stories
    assert flyover.authors == [] and lake.authors == ["Anitha Gowda"] and editorial.authors == []
    text = body(flyover)
    assert text.startswith("Traffic on the Outer Ring Road") and "Traders along the stretch" in text  # the jump
    assert "Buses will run on the service lanes on both sides, and heavy vehicles" in text  # lines joined
    assert "\n\nBuses will run" in text  # the indent opens a paragraph
    for furniture in ("MYSURU", "STAFF REPORTER", "Diversions from Monday", "Continued", "FLYOVER WORK"):
        assert furniture not in text
    assert "ADVERTISEMENT" not in body(lake) and "ANITHA" not in body(lake)
    assert body(editorial).startswith("The city has had two dry winters")
    reasons = {r.reason for r in rejected}
    assert "e-paper print notice at the end" in reasons and "e-paper rule between stories" in reasons


def test_framed_page_lines_without_an_epaper_header_are_no_export() -> None:
    pages = "\n".join(f"{RULE}\nPage {n} | Notes\n{RULE}\n\nSome pasted text about the harbour.\n" for n in (1, 2, 3))
    assert not epaper.sniff("My reading notes\n\n" + pages)
    assert epaper.sniff("Harbour Times e-Paper\nCity Edition | 4 May 2027\n\n" + pages)


def test_head_lines_set_apart_by_a_blank_line_over_indented_text(tmp_path: Path) -> None:
    page = f"""Kaveri Courier e-Paper
Mysuru Edition | Friday, March 5, 2027

{RULE}
Page 3 | City
{RULE}

BUS DEPOT TO OPEN IN JUNE
Hundred buses to be housed at Bannimantap
ANITHA GOWDA
MYSURU

   The new bus depot at Bannimantap will open in June
and house about a hundred buses, the transport
corporation said on Thursday.
   Work on the charging station is due to finish in May.

{RULE}
Page 4 | City
{RULE}

MARKET FEES CUT FOR SMALL TRADERS
   The corporation has cut the daily fee for pavement
traders at Devaraja market by half from April.
"""
    path = tmp_path / "export.txt"
    path.write_text(page, encoding="utf-8")
    _, (depot, market), _ = run(path)
    assert depot.title == "BUS DEPOT TO OPEN IN JUNE" and depot.authors == ["Anitha Gowda"]
    assert body(depot).startswith("The new bus depot at Bannimantap will open in June and house")
    assert market.title == "MARKET FEES CUT FOR SMALL TRADERS" and body(market).startswith("The corporation")


def test_the_paper_and_issue_date_of_an_export_header() -> None:
    assert epaper.issue(["The Coast Gazette ePaper - Kilifi", "Kilifi Edition | 4 May 2027"]) == (
        "The Coast Gazette", dt.date(2027, 5, 4))
    header = ["e-Paper: Coast Gazette | City", "Export generated 05-05-2027 06:10"]  # no edition line
    assert epaper.issue(header) == ("Coast Gazette", None)


def test_a_desk_credit_and_a_dateline_under_a_print_headline() -> None:
    assert epaper._credit("SPECIAL CORRESPONDENT", CTX) == []
    assert epaper._credit("M. RAJESH KUMAR", CTX) == ["M. Rajesh Kumar"]
    assert epaper._credit("MYSURU", CTX) is None  # a place on its own line: the dateline


MONITOR = f"""HARBOURLIGHT MEDIA INTELLIGENCE
NEWS MONITOR EXPORT

Period      : 01/03/2027 - 05/03/2027
Items       : 2

{RULE}
[1/2]  MONITOR ID: HMI-20270304-0001
{DASHES}
HEADLINE : Port handles record 2.1 million tonnes in February
SOURCE   : Coast Gazette (Mombasa) | Online
DATE     : 04/03/2027  08:00
BYLINE   : Staff Reporter
URL      : https://coastgazette.example/business/port-record-february
TONE     : Positive    REACH: 120K
{DASHES}

The port handled a record 2.1 million tonnes of cargo in February, helped by a rise in transit freight to Uganda.

Container traffic grew by 9 per cent on the year, the ports authority said on Wednesday.

SOURCE NOTE: Supplied under licence.

{RULE}
[2/2]  MONITOR ID: HMI-20270301-0002
{DASHES}
HEADLINE : Fishermen ask for cold rooms at landing sites
SOURCE   : Coast Gazette (Mombasa) | Print
DATE     : 13/03/2027  00:00
BYLINE   : Dr. Halima Said
TONE     : Neutral    REACH: 120K
{DASHES}

Fishermen at Shimoni and Vanga have asked the county for cold rooms at the landing sites, saying
they lose a third of their catch in the heat.

{RULE}
END OF EXPORT - Harbourlight Media Intelligence
"""


def test_a_news_monitor_export_frames_its_fields_with_rules(tmp_path: Path) -> None:
    path = tmp_path / "monitor.txt"
    path.write_text(MONITOR, encoding="utf-8")
    fmt, items, rejected = run(path)
    assert fmt == "clipping"
    port, fish = items
    assert port.title == "Port handles record 2.1 million tonnes in February"
    assert port.published_on == dt.date(2027, 3, 4) and port.authors == []  # day-first: 13/03 proves it
    assert body(port).startswith("The port handled") and "Container traffic" in body(port)
    assert port.raw_text.startswith("[1/2]") and "[2/2]" not in port.raw_text  # the item's mark opens it
    assert body(fish).startswith("Fishermen at Shimoni")
    assert fish.authors == ["Halima Said"]  # a title is no part of the name
    assert any("footer" in r.reason for r in rejected)


CHAT = """28/02/2027, 09:12 - Amina: *Ferry fares to rise by Sh20 from April*

_Published on 27/02/2027 - 18:40_
By Otieno Barasa

Passengers using the Likoni ferry will pay Sh20 more per crossing from April 1, the ferry service said on Saturday.

The service said the increase would pay for two new vessels and for repairs to the ramps on both sides of the channel.

Commuters said the rise would hurt traders who cross several times a day with goods.

📲 Shared from The Coast Gazette app: https://www.coastgazette.example/news/ferry-fares-to-rise-by-sh20-from-april
28/02/2027, 09:20 - Juma: Wueh 😒
01/03/2027, 07:05 - Amina: *Water rationing extended in Mombasa*

_Published on 01/03/2027 - 06:30_
By Otieno Barasa

Water rationing in Mombasa will continue for another month after the main dam fell further, the
water company said.

Residents in the northern suburbs will get water twice a week, while the island will be supplied on alternate days.

https://www.coastgazette.example/news/water-rationing-extended-in-mombasa
01/03/2027, 07:10 - Juma: Again?
"""


def test_whatsapp_pastes_with_markup_and_app_share_lines(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with Estate Group.txt"
    path.write_text(CHAT, encoding="utf-8")
    fmt, items, _ = run(path)
    assert fmt == "whatsapp"
    fares, water = items
    assert fares.title == "Ferry fares to rise by Sh20 from April"  # WhatsApp's bold is markup
    assert fares.published_on == dt.date(2027, 2, 27) and fares.authors == ["Otieno Barasa"]
    # the pasted dates are day-first (27/02 proves it): 01/03/2027 is 1 March
    assert water.published_on == dt.date(2027, 3, 1) and water.outlet is None
    assert fares.outlet == "Coast Gazette"  # the app's share line names its publication
    assert fares.url == "https://www.coastgazette.example/news/ferry-fares-to-rise-by-sh20-from-april"
    assert water.url == "https://www.coastgazette.example/news/water-rationing-extended-in-mombasa"
    assert "Shared from" not in body(fares) and "Published on" not in body(fares)


def test_underscore_emphasis_outside_words() -> None:
    assert strip_markdown("_Published on 4 May_") == "Published on 4 May"
    assert strip_markdown("first_seen_at and http://x.example/a_b_c") == "first_seen_at and http://x.example/a_b_c"


def test_a_source_line_with_labelled_fields() -> None:
    raw = ["Subject: PRESS REVIEW - THURSDAY 4TH MARCH, 2027", "Sent: Thursday, March 4, 2027 8:10 AM", "",
           "SOURCE: HARBOUR GAZETTE | PAGE: 19 | DATE: 04/03/2027"]
    lines = Lines(raw, CTX)
    assert lines.dayfirst() is True  # the named day settles it
    assert read_source(lines, raw[3]) == ("HARBOUR GAZETTE", dt.date(2027, 3, 4))
    assert read_source(lines, "SOURCE: HARBOUR GAZETTE | PAGE: 19") == ("HARBOUR GAZETTE", None)


def test_desk_credits_and_titles_before_names() -> None:
    by = CTX.bylines
    for desk in ("By XT Bureau", "By BL Chennai Bureau", "By HT Correspondent", "By Our Bureau"):
        assert by.byline(desk) == [], desk
    assert by.byline("By Cascadia News Service") == ["Cascadia News Service"]  # an agency: credited
    assert by.byline("By Jane Roe, Washington Bureau") == ["Jane Roe"]
    assert by.byline("By Dr. Carlton Reid") == ["Carlton Reid"]
    assert by.byline("By Engr. Ma. Lourdes Cruz") == ["Ma. Lourdes Cruz"]
    assert by.byline("By Hon Wai Chan") == ["Hon Wai Chan"]  # 'Hon' without its period is a name
    assert by.byline("By Dr. Reid") == ["Dr. Reid"]  # two words of the name must remain


def test_site_furniture_rules() -> None:
    rules = CTX.rules
    assert rules is not None
    for line, name in [("Download The Harbour Times App to get Daily Market Updates.", "outlet-plug"),
                       ("Catch all the Latest News and Updates on Harbour Times.", "outlet-plug"),
                       ("Published in The Harbour Times, March 6th, 2027", "print-appearance"),
                       ("(PTI)", "agency-mark"), ("[ADVERTISEMENT]", "ad-label-dashed"),
                       ("READ: Ferry operator asks for more time", "related-link")]:
        assert rules.match(line) == name, line
    for prose in ["Catch the 7:15 ferry if you want to reach the market before the traders.",
                  "Published in 2019, the report found that most fishermen had no insurance.",
                  "(Video)", "Users can download the app from the county's website, officials said.",
                  "Ready: the county published its flood plan on Monday, two weeks late."]:
        assert rules.match(prose) is None, prose


def test_a_summary_box_on_a_page_is_not_the_text(tmp_path: Path) -> None:
    para = ("The county approved a new bus depot on Monday, after two years of delays over the land, and "
            "said the first buses would run from it in June.")
    page = f"""<!doctype html><html><head><title>Depot approved</title></head><body><article>
<h1>County approves bus depot</h1>
<div class="artSyn"><h2>Synopsis</h2><p>The depot will house 120 buses and cost 40 million.</p></div>
<div class="artText"><p>{para}</p><p>{para.replace("Monday", "Tuesday")}</p><p>{para.replace("June", "July")}</p></div>
</article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    _, (story,), _ = run(path)
    text = body(story)
    assert "approved a new bus depot" in text and "120 buses" not in text and "Synopsis" not in text


def test_an_epaper_export_sniffed_among_text_formats() -> None:
    decoded = DecodedSource(Source("x.txt", EXPORT.encode(), "0" * 64), EXPORT, "utf-8")
    assert sniff_text(decoded) == "epaper"
