"""News as it arrives by e-mail (the kind of input blind19 represents), on invented text:
Apple Mail .emlx, Mailchimp-style roundups ('** Headline' over a rule, 'Outlet · date · author'),
Outlook's text rendering of linked headlines, groups.io digests, newsletter chrome."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from types import SimpleNamespace

from ingest.decode import cp1252_tie
from ingest.formats.detect import emlx_message, sniff_bytes
from ingest.formats.mailnotes import not_an_article
from ingest.formats.mbox import split_messages
from ingest.formats.plaintext import parse
from ingest.metadata import enrich
from ingest.records import Candidate, DecodedSource, Rejection, Source
from tests.test_formats_feeds import body, run
from tests.test_plaintext import CTX

_QP_MAIL = (
    "From: Coastline Courier <letters@coastlinecourier.example>\n"
    "To: archive@example.org\n"
    "Subject: Evening Letter: Pier reopens\n"
    "Date: Tue, 09 Mar 2027 18:00:00 +0000\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=\"utf-8\"\n"
    "Content-Transfer-Encoding: quoted-printable\n"
    "\n"
    "Pier reopens after winter storm repairs\n"
    "By Marta Quill | Tuesday 9 March 2027\n"
    "\n"
    "The town=E2=80=99s Victorian pier reopened on Tuesday after four months of rep=\n"
    "airs to the decking and the lifeboat slipway, the harbour trust said. Visitors qu=\n"
    "eued from early morning, and the kiosk at the far end sold out of tea by noon.\n"
    "\n"
    "The trust said the work had cost less than feared because most of the iron pi=\n"
    "les were sound, and that the slipway would be tested by the crew next week.\n"
)


def _emlx(message: str) -> bytes:
    raw = message.encode()
    plist = b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n<key>flags</key>\n' \
            b"<integer>8590195713</integer>\n</dict>\n</plist>\n"
    return str(len(raw)).encode() + b"\n" + raw + plist


def test_emlx_is_a_mail_message_without_its_count_line_and_plist(tmp_path: Path) -> None:
    data = _emlx(_QP_MAIL)
    assert sniff_bytes(data, "4411.emlx") == "eml"
    assert sniff_bytes(data, "whatever.bin") == "eml"  # the count line and the headers say it
    inner = emlx_message(data)
    assert inner is not None and inner.startswith(b"From: ") and b"plist" not in inner
    assert split_messages(data) == [inner]
    assert emlx_message(b"2027 was a good year\nFrom: a\n") is None  # a number line over prose: no .emlx
    path = tmp_path / "4411.emlx"
    path.write_bytes(data)
    fmt, cands, _ = run(path)
    assert fmt == "eml"
    (cand,) = cands
    assert cand.title == "Pier reopens after winter storm repairs"
    text = body(cand)
    assert "town’s Victorian pier" in text and "repairs to the decking" in text  # QP and soft breaks undone
    assert "=E2" not in text and "plist" not in text


_ROUNDUP = """\
** The Estuary Week
------------------------------------------------------------

View this email in your browser (https://us9.campaign-archive.com/?u=abc&id=123)

Friday 12 March 2027 · Issue 7

Hello again. Here is the week's river news in one place.

** Ferry fares frozen for another year
------------------------------------------------------------

Delta Gazette · 10 March 2027 · Owen Pryce

The river ferry company has frozen its fares for a second year running, saying that
passenger numbers have still not recovered to their level before the bridge opened.
Season tickets will also stay at last year's price, and children under five travel free.

The company said it would review the timetable in the summer.

Read more (https://www.deltagazette.example/news/ferry-fares-frozen)


** PRESENTED BY
------------------------------------------------------------

Marsh Boatyard
Winter storage and repairs for boats up to forty feet, on the tidal creek.
Find out more (https://www.marshboatyard.example/?utm_source=estuary-week)


** Council approves new flood wall at the quay
------------------------------------------------------------

The Tidewater Times (Riverside Press Agency) · 11 March 2027

The district council has approved a new flood wall along the quay, after three winters
in which the road behind it flooded at every spring tide. Work is due to start in May and
will take about eight months, with the car park closed while the foundations go in.

Read more (https://www.tidewatertimes.example/flood-wall-approved)


============================================================
Copyright (C) 2027 Estuary Week. All rights reserved.
"""


def _parse(text: str, path: str = "x.txt") -> tuple[list[Candidate], list[Rejection]]:
    items = list(parse(DecodedSource(Source(path, b"", ""), textwrap.dedent(text), "utf-8"), CTX))
    return [i for i in items if isinstance(i, Candidate)], [i for i in items if isinstance(i, Rejection)]


def test_marked_roundup_items_take_their_source_line() -> None:
    cands, rejected = _parse(_ROUNDUP)
    titles = [c.title for c in cands]
    assert titles == ["Ferry fares frozen for another year", "Council approves new flood wall at the quay"]
    ferry, wall = cands
    assert (ferry.outlet, ferry.published_on, ferry.authors) == ("Delta Gazette", dt.date(2027, 3, 10), ["Owen Pryce"])
    assert wall.outlet == "The Tidewater Times" and wall.authors == ["Riverside Press Agency"]  # outlet (agency)
    assert wall.published_on == dt.date(2027, 3, 11)
    assert sum(r.lines for r in rejected) >= 3  # the masthead and the sponsor box are counted, not items
    enriched = enrich(ferry, CTX.bylines)
    assert enriched.url == "https://www.deltagazette.example/news/ferry-fares-frozen"  # 'Read more (URL)'
    for chrome in ("Marsh Boatyard", "Delta Gazette ·", "Read more", "Hello again"):
        assert chrome not in body(ferry)


def test_linked_headline_gives_the_url_not_the_title() -> None:
    cand = Candidate(source_path="x", position=0, start_line=1, end_line=3, raw_text="",
                     title="Lock gates replaced <https://www.canalnews.example/2027/03/01/lock-gates-replaced>",
                     body_lines=[(2, "The lock gates at the top of the flight were replaced over the weekend.")])
    enrich(cand, CTX.bylines)
    assert cand.title == "Lock gates replaced"
    assert cand.url == "https://www.canalnews.example/2027/03/01/lock-gates-replaced"
    label = Candidate(source_path="x", position=0, start_line=1, end_line=3, raw_text="",
                      title="Read on the web → https://www.canalnews.example/2027/03/02/other-story",
                      body_lines=[(2, "The towpath will close for a week.")])
    enrich(label, CTX.bylines)
    assert label.url is None  # a link's label read as a title: its link may be another item's


def test_dos_code_page_loses_to_cp1252_punctuation() -> None:
    def match(enc: str, chaos: float, coherence: float) -> SimpleNamespace:
        return SimpleNamespace(encoding=enc, percent_chaos=chaos, percent_coherence=coherence)

    dos, win = match("cp852", 0.0, 82.0), match("cp1252", 0.0, 79.0)
    windows_text = "The mill\u2019s owner said \u2013 again \u2013 it was \u201cfine\u201d.".encode("cp1252")
    assert cp1252_tie([dos, win], dos, windows_text) is win
    assert cp1252_tie([dos, win], dos, "Zażółć gęślą jaźń".encode("cp852")) is dos  # a real DOS text stays


def test_web_version_line_over_a_greeting_is_no_article() -> None:
    cand = Candidate(source_path="x", position=0, start_line=1, end_line=3, raw_text="",
                     title="View online: https://www.valleypost.example/letters/2027-03-12",
                     header_lines={1}, body_lines=[(3, "Good evening. Tonight's headlines from the valley.")])
    assert not_an_article(cand, CTX) is not None
    cand.title = "View from the valley: farmers count the cost"
    assert not_an_article(cand, CTX) is None  # a headline that merely starts with 'View'


_DIGEST = """\
Topics in this digest:

1. Dredger arrives #news
2. Re: Dredger arrives #news

________________________________________________________________________
1. Dredger arrives #news
From: Pat Corran
Date: Mon, 15 Mar 2027 09:12:40 GMT

Spotted this in the Gazette - about time.

Dredger arrives to clear the harbour mouth
Delta Gazette, 15 March 2027
By Owen Pryce

A dredger arrived at the harbour mouth on Monday to begin clearing the silt that has kept
larger fishing boats from landing at low tide since the autumn storms. The harbour master
said the work would take three weeks and the channel would stay open throughout it.

The port authority said it had set aside money for a second dredge next winter.

Pat

View/Reply Online (#31) <https://groups.io/g/harbour-watch/message/31>
Reply To Group <mailto:harbour-watch@groups.io>
Mute This Topic <https://groups.io/mt/5531/8877>
New Topic <https://groups.io/g/harbour-watch/post>
________________________________________________________________________
2. Re: Dredger arrives #news
From: Lee Marsh
Date: Mon, 15 Mar 2027 12:40:02 GMT

Good news - my brother's boat has been stuck in the inner basin since November. Hope they
keep the second dredge in the budget.

Lee

View/Reply Online (#32) <https://groups.io/g/harbour-watch/message/32>
Reply To Group <mailto:harbour-watch@groups.io>
Mute This Topic <https://groups.io/mt/5532/8877>
New Topic <https://groups.io/g/harbour-watch/post>
________________________________________________________________________
"""


def test_digest_topic_and_poster_are_not_the_pasted_articles() -> None:
    cands, rejected = _parse(_DIGEST, "harbour-watch digest.txt")
    (cand,) = cands  # the answer under 'Re:' is no article
    assert cand.title == "Dredger arrives to clear the harbour mouth"  # not the topic
    assert cand.outlet == "Delta Gazette" and cand.authors == ["Owen Pryce"]  # not the poster
    assert any("reply" in r.reason for r in rejected)
    text = body(cand)
    assert "channel would stay open" in text
    for chrome in ("View/Reply Online", "Reply To Group", "Mute This Topic", "New Topic", "2. Re: Dredger"):
        assert chrome not in text  # (the next message's numbered topic opens that message)


_POST = """\
From: Ida Brandt from Quay Letters <quayletters@substack.com>
To: reader@example.org
Subject: Why the ferry timetable keeps failing
Date: Sat, 06 Mar 2027 07:00:00 +0000
List-Unsubscribe: <https://quayletters.substack.com/action/disable_email>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Forwarded this email? Subscribe here <https://quayletters.substack.com/subscribe> for more

Why the ferry timetable keeps failing <https://quayletters.substack.com/p/why-the-ferry-timetable?utm_sour=
ce=3Dsubstack>

Three operators, one slipway and nobody in charge

Ida Brandt
Mar 6

=E2=88=99
READ IN APP <https://open.substack.com/pub/quayletters/p/why-the-ferry-timetable>

The ferry timetable failed again this week, and for the same reason it failed last winter: three =
operators share one slipway and none of them is responsible for keeping it clear.

Each operator publishes its own times, and each assumes the others will give way.

Leave a comment <https://quayletters.substack.com/p/why-the-ferry-timetable/comments>
"""


def test_newsletter_post_head_is_no_body(tmp_path: Path) -> None:
    path = tmp_path / "post.eml"
    path.write_text(_POST)
    _, cands, _ = run(path)
    (cand,) = cands
    assert cand.title == "Why the ferry timetable keeps failing"
    assert cand.outlet == "Quay Letters" and cand.authors == ["Ida Brandt"]
    assert cand.url == "https://quayletters.substack.com/p/why-the-ferry-timetable"  # the linked headline
    text = body(cand)
    assert text.startswith("The ferry timetable failed again this week")
    for chrome in ("Three operators, one slipway", "Mar 6", "READ IN APP", "Leave a comment", "Forwarded this email"):
        assert chrome not in text


_LIST_POST = """\
From jo at example.org  Mon Mar 15 09:02:11 2027
From: jo at example.org (Jo Birch)
Date: Mon, 15 Mar 2027 09:02:11 +0000
Subject: [River-Users] Lock closure
Message-ID: <abc@example.org>

For anyone planning a trip this spring, from the Bay Gazette's site:

Weir lock to close for six weeks of repairs
The Bay Gazette
Coastal Press Agency

The weir lock will close for six weeks from the start of April while its lower gates
are replaced, the navigation authority said on Monday. Boats will be able to pass at
high water through the old flood channel, with a lock keeper on hand at weekends.

The authority said the work had been planned for two years and could not wait longer.

Jo
"""


def test_list_paste_with_outlet_and_agency_lines(tmp_path: Path) -> None:
    path = tmp_path / "river-users_2027-March.txt"
    path.write_text(_LIST_POST)
    _, cands, _ = run(path)
    (cand,) = cands
    assert cand.title == "Weir lock to close for six weeks of repairs"  # not the Subject
    assert cand.outlet in ("The Bay Gazette", "Bay Gazette") and cand.authors == ["Coastal Press Agency"]
    text = body(cand)
    assert text.startswith("The weir lock will close") and "from the Bay Gazette's site" not in text


_PARA = ("The county will repave the coast road between the two harbours this summer, closing one lane at a "
         "time for about nine weeks, the highways department said on Thursday. Buses will keep running but "
         "may be late by up to twenty minutes at peak times while the lights are in place.")
_REPLY = f"""\
From kim at example.org  Fri Mar 19 10:00:00 2027
From: kim at example.org (Kim Aird)
Date: Fri, 19 Mar 2027 10:00:00 +0000
Subject: Re: [Coast-Users] Road works
In-Reply-To: <post@example.org>
Message-ID: <reply@example.org>

Thanks Sam - this will hit the school runs badly.

On Thu, 18 Mar 2027 at 17:20, Sam Orr <sam at example.org> wrote:
> Coast road to be repaved over the summer
>
{chr(10).join('> ' + line for line in textwrap.wrap(_PARA, 70))}

I bet the nine weeks becomes twelve.

{chr(10).join('> ' + line for line in textwrap.wrap(_PARA.replace('county', 'council'), 70))}
>
{chr(10).join('> ' + line for line in textwrap.wrap(_PARA.replace('coast road', 'harbour lane'), 70))}
"""


def test_reply_quoting_a_whole_post_is_a_copy_of_it(tmp_path: Path) -> None:
    path = tmp_path / "coast-users_2027-March.txt"
    path.write_text(_REPLY)
    _, cands, rejected = run(path)
    (cand,) = cands
    text = body(cand)
    assert "The county will repave the coast road" in text
    assert "harbour lane" in text and ">" not in text  # unquoted
    for own in ("Thanks Sam", "nine weeks becomes twelve", "wrote:"):
        assert own not in text  # the replier's comments and the attribution are no part of it
    assert any("own comments" in r.reason for r in rejected)
