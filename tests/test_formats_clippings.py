"""Clipping reports (ingest/formats/clippings.py), mail that is not an article
(ingest/formats/mailnotes.py) and the smaller readers touched with them, on fixtures of other
outlets and tools than any evaluation set."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

from ingest import formats
from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig
from ingest.dates import date_line, parse_date
from ingest.formats import clippings
from ingest.formats.jsonl import record_candidate
from ingest.formats.mailnotes import quoted_reply
from ingest.formats.meta_clean import title_site
from ingest.formats.plaintext import ParseContext
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.rules import RuleSet
from tests.test_formats_feeds import run as feeds_run

FIXTURES = Path(__file__).parent / "fixtures"


@functools.cache
def _ctx() -> tuple[ParseContext, Cleaner]:
    """The context the pipeline builds (tests/test_formats_feeds has none with rules)."""
    cfg = CleanConfig()
    bylines, rules = Bylines(cfg.byline_files), RuleSet(cfg.rule_files)
    return ParseContext(bylines, OutletAliases(cfg.outlet_files), rules), Cleaner(rules, bylines, cfg.unwrap_max_width)


def run(path: Path) -> tuple[str, list[Candidate], list[Rejection]]:
    return feeds_run(path, _ctx()[0])


def _text(text: str, ctx: ParseContext | None = None) -> list[Candidate]:
    decoded = DecodedSource(Source("pasted.txt", text.encode(), ""), text, "utf-8")
    return [i for i in formats.FORMATS["text"](decoded, ctx or _ctx()[0]) if isinstance(i, Candidate)]


def body(cand: Candidate) -> str:
    return _ctx()[1].clean(cand).body


def test_coverage_report_items_fields_and_text() -> None:
    fmt, cands, rejected = run(FIXTURES / "clippings" / "coverage_report.txt")  # BOM, CRLF
    assert fmt == "clipping"
    dredging, ferry = cands
    assert dredging.title == "Dredging of the inner channel to start in April"  # "1." item mark dropped
    assert dredging.outlet == "The Coastal Courier"  # "(coastalcourier.example) | Print" dropped
    assert dredging.published_on == dt.date(2024, 3, 3)
    assert dredging.authors == ["Ana Souza", "Piet de Vries"]
    assert dredging.url == "https://coastalcourier.example/news/dredging-inner-channel-april"
    text = body(dredging)
    assert text.startswith("Dredging of the inner channel at Kestrel") and "at high tide." in text
    for furniture in ("truncated", "see also the authority", "Keywords", "[View]", "Reach", "Article text"):
        assert furniture not in text  # notice, analyst note, trailer, actions, metrics, label
    assert ferry.title == "Ferry operator adds a night sailing to the islands" and ferry.authors == []
    assert body(ferry).endswith("Olu Bakare said.")
    assert dredging.raw_text.startswith("1. Dredging") and (dredging.start_line, ferry.start_line) == (13, 31)
    reasons = {r.reason: r.lines for r in rejected}
    assert reasons["clipping report header (period, totals, contents), not an article"] == 9
    assert reasons["clipping report footer (disclaimer, copyright), not an article"] == 2
    assert reasons["clipped item without text (headline and metrics only)"] == 4  # item 3: metrics only


def test_field_lines_split_on_separators() -> None:
    fields = clippings.load_fields()
    assert clippings.fields_of("Reach: 48K · Sentiment: Positive · AVE: €1,120", fields) == [
        ("metric", "48K"), ("metric", "Positive"), ("metric", "€1,120")]
    assert clippings.fields_of("Source: Gazette (gazette.example) · Online News", fields) == [
        ("outlet", "Gazette (gazette.example)")]  # the medium after the outlet is not kept
    assert clippings.fields_of("Regional rail: what the study found", fields) == []  # not a known label


def test_digest_with_source_labels_but_no_metrics_is_not_a_clipping_report() -> None:
    fmt, _, _ = run(FIXTURES / "clippings" / "labelled_digest.txt")
    assert fmt != "clipping"  # "Source:/Date:" headers stay with the plain-text parser
    press_cuttings = (  # headline printed below a 'Publication: … Date: …' form: fields.py reads it
        "Publication: Kestrel Evening Post        Date: 06/03/2024\n"
        "Circulation: 21,400   Readership: 54,000   AVE: £1,840.00\n\n"
        "PILOTS WARN OF SHORTAGE\nBy JO MARR\n\nThe pilots' union says the port needs six more pilots.\n"
    )
    assert not clippings.sniff(press_cuttings)


def test_mbox_forward_as_attachment_reply_and_newsletter() -> None:
    fmt, cands, rejected = run(FIXTURES / "mail" / "forward_reply_newsletter.mbox")
    assert fmt == "mbox"
    lock, towpath, boatyard = cands
    # the attached message is read as a message of its own; the forwarder's note is not an article
    assert lock.title == "Lock gates replaced at Hollin weir" and lock.authors == ["Greta Lindholm"]
    assert lock.published_on == dt.date(2024, 3, 12) and (lock.start_line, lock.position) == (1, 0)
    assert body(lock).startswith("New lock gates") and "Sending the Ledger" not in body(lock)
    # one copy per item of a multipart/alternative newsletter; its masthead is not an article
    assert (towpath.outlet, towpath.authors, towpath.published_on) == (
        "Broadwater Gazette", ["Ines Carvalho"], dt.date(2024, 3, 14))
    assert boatyard.title == "Boatyard apprenticeship scheme doubles in size"
    assert "SPONSORED" not in body(towpath)
    reasons = {r.reason for r in rejected}
    assert "forwarding note above an attached message" in reasons
    assert "reply quoting an earlier message, not an article" in reasons  # message 2 quotes one paragraph
    # "CANAL WEEK / … · Issue 42": a masthead, whichever reader names it first (the issue's
    # opening note above its credited items, ingest/formats/item_tail.py, or the empty header)
    assert reasons & {"mail header or masthead with no text under it",
                      "newsletter masthead and editor's note, not an article"}


def test_quoted_reply_needs_quotes_and_little_of_the_senders_own() -> None:
    reply = ["From: Tom Ashe <tom@example.org>", "Date: Mar 12 10:15AM", "",
             "> The oak gates weigh four tonnes each.", "", "Good news at last.", "", "Tom"]
    assert quoted_reply(reply)
    assert not quoted_reply([line for line in reply if not line.startswith(">")])  # nothing quoted
    essay = ["> The oak gates weigh four tonnes each.", "", " ".join(["word"] * 120)]
    assert not quoted_reply(essay)  # a long answer of one's own is text, not a reply


def test_day_month_year_with_dashes() -> None:
    assert parse_date("Date: 24-Apr-2025 09:15") == dt.date(2025, 4, 24)
    assert date_line("05-MAY-2025 08:00") == dt.date(2025, 5, 5)
    assert parse_date("ref 12-apr-20255") is None  # no year there


def test_title_site_names_the_outlet_only_when_the_host_spells_it() -> None:
    assert title_site("Lock gates replaced | Lakeside Ledger", "www.lakesideledger.example") == "Lakeside Ledger"
    assert title_site("The Hindu Reader - Rail", "thehindureader.example") == "The Hindu Reader"
    assert title_site("Lock gates replaced | Lakeside Ledger", "canalnews.example") is None


def test_jsonl_domain_outlet_named_from_the_page_title() -> None:
    record = {"title": "Lock gates replaced", "maintext": "New gates.", "source_domain": "www.lakesideledger.example",
              "title_page": "Lock gates replaced – Lakeside Ledger"}
    cand = record_candidate(record, "x.jsonl", 0, 1, "{}", _ctx()[0])
    assert cand.outlet == "Lakeside Ledger"
    record["title_page"] = "Lock gates replaced – Canal News"  # a name the domain does not spell
    assert record_candidate(record, "x.jsonl", 0, 1, "{}", _ctx()[0]).outlet == "lakesideledger.example"


def test_nexis_uni_graphic_above_body_and_outlet_in_byline() -> None:
    text = "\n".join([
        "Swing bridge reopens after repairs", "", "Lakeside Ledger", "March 14, 2024 Thursday", "",
        "Copyright 2024 Lakeside Media Ltd All Rights Reserved", "", "Section: NEWS; Pg. 3", "Length: 40 words",
        "Byline: Greta Lindholm; Lakeside Ledger", "Graphic: The swing bridge at Hollin. Picture: Lakeside Ledger",
        "", "Body", "", "The swing bridge at Hollin reopened on Wednesday after eight weeks of repairs.", "",
        "Classification", "", "Language: ENGLISH", "", "Load-Date: March 15, 2024", "", "End of Document", ""])
    decoded = DecodedSource(Source("nexis.txt", text.encode(), ""), text, "utf-8")
    assert formats.sniff(decoded) == "nexis"
    (cand,) = [c for c in formats.FORMATS["nexis"](decoded, _ctx()[0]) if isinstance(c, Candidate)]
    assert cand.authors == ["Greta Lindholm"] and cand.outlet == "Lakeside Ledger"
    assert body(cand) == "The swing bridge at Hollin reopened on Wednesday after eight weeks of repairs."


def test_pasted_headers_credit_lines_below_a_byline_and_mastheads() -> None:
    story = "The swing bridge at Hollin reopened on Wednesday after eight weeks of repairs to its gears."
    (a,) = _text(f"Swing bridge reopens\nBy Greta Lindholm\nLakeside Ledger · March 14th, 2024\n\n{story}\n")
    assert (a.outlet, a.published_on, a.authors) == ("Lakeside Ledger", dt.date(2024, 3, 14), ["Greta Lindholm"])
    (b,) = _text(f"Swing bridge reopens\nGreta Lindholm | Lakeside Ledger | 14/03/2024 9:15am\n"
                 f"https://lakesideledger.example/swing-bridge\n\n{story}\n")
    assert (b.title, b.published_on) == ("Swing bridge reopens", dt.date(2024, 3, 14))
    (c,) = _text(f"LAKESIDE LEDGER\nSwing bridge reopens\nGreta Lindholm | March 14, 2024 at 9:15 a.m.\n\n{story}\n")
    assert (c.outlet, c.authors, c.title) == ("LAKESIDE LEDGER", ["Greta Lindholm"], "Swing bridge reopens")
    (d,) = _text(f"Swing bridge reopens\nLakeside Ledger – Greta Lindholm – Published: 14/03/2024 - 09:15\n\n{story}\n")
    assert (d.outlet, d.authors, d.published_on) == ("Lakeside Ledger", ["Greta Lindholm"], dt.date(2024, 3, 14))


def test_relative_stamps_are_never_dates() -> None:
    for stamp in ("Published 3 hours ago", "Updated 2 hours ago", "2 days ago", "Posted yesterday at 9:15"):
        assert parse_date(stamp) is None and date_line(stamp) is None
