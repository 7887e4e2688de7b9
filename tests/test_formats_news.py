"""Usenet news batches (`#! rnews` lines; ingest/formats/news.py over the mail reader)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats.news import split_batch, tidy
from tests.test_formats_feeds import body, run

SIG = "-- "  # the signature mark, with its trailing space
PARA = ("Harbour authorities said the ferry would resume its winter timetable next week, after "
        "repairs to the loading ramp took longer than the contractor had promised.")


def _article(headers: str, text: str) -> str:
    raw = headers.strip() + "\n\n" + text.strip("\n") + "\n"
    return f"#! rnews {len(raw.encode())}\n{raw}"


WIRE = _article("""
Path: relay.example!wire!not-for-mail
From: Baltic Wire desk <desk@wire.example>
Newsgroups: wire.europe.baltic
Subject: Ferry line to resume winter crossings
Date: Sat, 28 Feb 2027 23:50:00 GMT
Message-ID: <ferry-1@wire.example>
Lines: 12
""", f"""
\tBy MARTA LINDGREN
\t   Baltic Wire

\tTALLINN, 1 Mar (BW) - {PARA}

\tThe operator said a spare vessel would cover the [snip] evening sailings until then,
\tand that tickets already sold remain valid.

\tCopyright 2027 Baltic Wire.
""")

OWN_STORY = _article("""
From: Baltic Wire desk <desk@wire.example>
Newsgroups: wire.europe.baltic
Subject: Port strike called off
Date: Tue, 3 Mar 2027 09:10:00 GMT
""", f"""
Dock workers called off a planned strike on Tuesday after a late offer from the port owners.

{PARA}
""")

PASTE = _article("""
From: Ruth Hale <ruth@isp.example>
Newsgroups: uk.local.fens
Subject: Drainage board rates (Fenland Echo)
Date: Thu, 5 Mar 2027 07:02:11 +0000
""", f"""
Typed up from Monday's Fenland Echo (2 March), page 3:

DRAINAGE BOARD RATES TO RISE BY A FIFTH
By Owen Pryce

The internal drainage board will raise its rates by 21 per cent from April to pay for two new
pumping stations, its chairman told a public meeting on Friday.

{PARA}

[rest snipped, it is mostly quotes from the meeting]

Another rise we were never asked about.

{SIG}
Ruth Hale, March
""")

UNDATED_PASTE = _article("""
From: Ruth Hale <ruth@isp.example>
Newsgroups: uk.local.fens
Subject: Fen road closure
Date: Fri, 6 Mar 2027 07:02:11 +0000
""", f"""
This was in the Fenland Echo, worth knowing if you drive to work:

FEN ROAD SHUT FOR RESURFACING
By Owen Pryce

The fen road between the two villages will close for three weeks of resurfacing, the county
said, with a signed diversion through the market town.

{PARA}
""")

REPLY = _article("""
From: kp@home.example (K. Pike)
Newsgroups: wire.europe.baltic
Subject: Re: Ferry line to resume winter crossings
Date: Sun, 1 Mar 2027 10:00:00 GMT
References: <ferry-1@wire.example>
""", f"""
In article <ferry-1@wire.example>, Baltic Wire desk wrote:

> {PARA}

About time too.

{SIG}
KP
""")


def _batch(tmp_path: Path, *articles: str) -> Path:
    path = tmp_path / "batch.txt"
    path.write_text("".join(articles), encoding="utf-8")
    return path


def test_batch_is_split_on_rnews_lines() -> None:
    data = (WIRE + OWN_STORY).encode()
    parts = split_batch(data)
    assert len(parts) == 2 and parts[1].startswith(b"From: Baltic Wire desk")


def test_wire_post_byline_outlet_and_yearless_dateline(tmp_path: Path) -> None:
    fmt, cands, _ = run(_batch(tmp_path, WIRE, OWN_STORY))
    assert fmt == "rnews"
    wire, own = cands
    assert wire.title == "Ferry line to resume winter crossings"  # the Subject
    assert wire.authors == ["Marta Lindgren"] and wire.outlet == "Baltic Wire"
    # the dateline's day-first date, in the year nearest the post (posted the evening before, GMT)
    assert wire.published_on == dt.date(2027, 3, 1)
    text = body(wire)
    assert text.startswith("TALLINN, 1 Mar (BW) - Harbour")  # the dateline opens the text
    assert "[snip] evening sailings" in text  # an elision inside the text is prose
    assert "Baltic Wire\n" not in text and "MARTA" not in text
    assert own.published_on == dt.date(2027, 3, 3)  # the sender's own story: its post's Date
    assert own.authors == [] and own.outlet is None  # unknown stays null


def test_pasted_article_takes_the_lead_in_date_never_the_post_date(tmp_path: Path) -> None:
    _, cands, rejected = run(_batch(tmp_path, PASTE, UNDATED_PASTE))
    paste, undated = cands
    assert paste.title == "DRAINAGE BOARD RATES TO RISE BY A FIFTH"
    assert paste.authors == ["Owen Pryce"] and paste.outlet == "Fenland Echo"
    assert paste.published_on == dt.date(2027, 3, 2)
    text = body(paste)
    assert text.endswith("had promised.")  # the snip note, the poster's comment and signature cut
    assert "never asked" not in text and "Ruth Hale" not in text
    assert any(r.reason.startswith("poster's signature") for r in rejected)
    assert undated.published_on is None  # the post's Date is when it was posted, not the article's
    assert undated.outlet == "Fenland Echo"


def test_reply_quoting_an_article_is_no_article(tmp_path: Path) -> None:
    _, cands, rejected = run(_batch(tmp_path, WIRE, REPLY))
    assert len(cands) == 1
    assert any("reply" in r.reason for r in rejected)


def test_tidy_dedents_and_keeps_a_dash_line_far_from_the_end() -> None:
    text, cut = tidy("\tOne line.\n\t--\n\tTwo.\n" + "\tmore text\n" * 10)
    assert text.startswith("One line.\n--\nTwo.") and cut == 0
