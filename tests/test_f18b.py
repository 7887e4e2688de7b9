"""General rules from blind18's second pass, each on invented text: a plain-text newsletter's
masthead set in capitals names its items' outlet; an IR alert's masthead leaves the body (so the
date stamp under it goes too); a wrapper JSON feed's header names its publisher; a service alert's
link right under each headline is that release's URL; and a release whose header names its
issuer is published by the service its slash-tagged dateline names."""

from __future__ import annotations

import json
import textwrap
from email.message import EmailMessage
from pathlib import Path

from ingest.formats import plaintext
from ingest.formats.wires import issuer_of, slash_service
from ingest.records import Candidate, DecodedSource, Source
from tests.test_formats_feeds import run
from tests.test_plaintext import CTX, body

P1 = ("Two inland ports on the Danube have agreed to share a single customs platform from next spring, "
      "the first such arrangement on the river, according to the operators.")
P2 = ("Barge freight rates on the lower Rhine eased for a third week as water levels recovered, "
      "brokers said, though they remain above the level of a year ago.")


def _parse_text(text: str) -> list[Candidate]:
    decoded = DecodedSource(Source("x.txt", text.encode(), "0" * 64), text, "utf-8")
    return [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]


def _letter(footer: str) -> str:
    return textwrap.dedent(f"""\
        RIVER FREIGHT WEEKLY
        Bulletin | No. 7 | Friday, May 14, 2027

        Danube ports agree to share one customs platform
        By Ilse Brandauer | May 10, 2027

        {P1}

        Rhine barge rates ease as water returns
        By Tomas Lind | May 11, 2027

        {P2}

        {footer}
        """)


def test_capital_masthead_echoed_in_the_footer_names_the_items_outlet() -> None:
    cands = _parse_text(_letter("River Freight Weekly is published by Kelvar Media GmbH, Linz, Austria."))
    assert [c.title for c in cands] == ["Danube ports agree to share one customs platform",
                                        "Rhine barge rates ease as water returns"]
    assert [c.outlet for c in cands] == ["River Freight Weekly", "River Freight Weekly"]  # the publisher's spelling


def test_capital_masthead_without_an_echo_names_nothing() -> None:
    cands = _parse_text(_letter("You are receiving this because you signed up on our website."))
    assert [c.outlet for c in cands] == [None, None]


def test_ir_alert_masthead_and_its_date_stamp_leave_the_body(tmp_path: Path) -> None:
    lead = ("LINZ, Austria, May 4, 2027 /Donauwire/ -- Kelvar Logistics AG (VSE: KLVR) today opened a rail "
            "terminal in Enns with room for 120,000 containers a year.")
    msg = EmailMessage()
    msg["From"] = '"Kelvar Logistics AG" <alerts@irpost.example>'
    msg["To"] = "analyst@example.org"
    msg["Subject"] = "Kelvar Logistics AG - Kelvar Logistics Opens Rail Terminal in Enns"
    msg["Date"] = "Tue, 04 May 2027 14:00:00 +0000"
    msg.set_content(f"Kelvar Logistics AG | VSE: KLVR\nPress Release\n\nKelvar Logistics Opens Rail Terminal in Enns"
                    f"\n\n05/04/2027 08:30 AM CET\n\n{lead}\n\n{P1}\n")
    path = tmp_path / "ir.eml"
    path.write_bytes(bytes(msg))
    _, cands, _ = run(path)
    assert cands[0].outlet == "Kelvar Logistics AG"
    assert body(cands[0]) == f"{lead}\n\n{P1}"


def test_wrapper_feed_header_names_the_publisher_unless_the_record_names_one(tmp_path: Path) -> None:
    items = [{"id": 1, "title": "Kelvar Opens Rail Terminal in Enns", "date": "2027-05-04T08:30:00+02:00",
              "url": "https://kelvar.example/news/enns", "body_html": f"<p>{P1}</p>"},
             {"id": 2, "title": "Kelvar Reports Barge Volumes", "date": "2027-05-06T08:30:00+02:00",
              "publisher": "Danube Business Journal", "body_html": f"<p>{P2}</p>"}]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"newsroom": "Kelvar Logistics AG \u2014 Newsroom", "generated_at": "2027-05-07",
                                "items": items}, indent=2))
    _, cands, _ = run(path)
    assert [c.outlet for c in cands] == ["Kelvar Logistics AG", "Danube Business Journal"]


ALERT = """\
Donauwire alert
Saved search: "rail freight"

========================================================================

Kelvar Logistics Opens Rail Terminal in Enns
Kelvar Logistics AG | May 04, 2027, 08:30 CET
https://www.donauwire.example/releases/kelvar-opens-rail-terminal-enns-1001.html

LINZ, Austria, May 4, 2027 /Donauwire/ -- Kelvar Logistics AG
(VSE: KLVR) today opened a rail terminal in Enns with room for 120,000
containers a year. {p1}

SOURCE Kelvar Logistics AG

========================================================================

Brenner Rail Signs Capacity Deal for Enns Terminal
Brenner Rail GmbH | May 04, 2027, 09:00 CET
https://www.donauwire.example/releases/brenner-rail-capacity-deal-enns-1002.html

INNSBRUCK, Austria, May 4, 2027 /Donauwire/ -- Brenner Rail GmbH today
booked capacity for six trains a week at the new Enns terminal. {p2}

SOURCE Brenner Rail GmbH
"""


def test_service_alert_release_takes_the_link_under_its_headline_and_the_service_as_outlet() -> None:
    cands = _parse_text(ALERT.format(p1=P1, p2=P2))
    assert [c.title for c in cands] == ["Kelvar Logistics Opens Rail Terminal in Enns",
                                        "Brenner Rail Signs Capacity Deal for Enns Terminal"]
    assert [c.url for c in cands] == ["https://www.donauwire.example/releases/kelvar-opens-rail-terminal-enns-1001.html",
                                      "https://www.donauwire.example/releases/brenner-rail-capacity-deal-enns-1002.html"]
    assert [c.outlet for c in cands] == ["Donauwire", "Donauwire"]
    assert all(not any(t.startswith("https://") for _, t in c.body_lines) for c in cands)


def test_slash_tag_names_the_service_and_only_the_issuer_gives_way() -> None:
    head = "VIENNA, May 4, 2027 /Alpen Presse/ -- Kelvar Logistics AG today opened a terminal."
    found = slash_service(head)
    assert found is not None and found[0] == "Alpen Presse"
    assert issuer_of("Kelvar Logistics AG", found[1], [])
    assert not issuer_of("Danube Business Journal", found[1], [])  # a paper reprinting it stays the outlet
    assert issuer_of("Brenner Rail GmbH", "The company said …", ["SOURCE Brenner Rail GmbH"])
    assert slash_service("VIENNA, May 4, 2027 -- Kelvar Logistics AG today opened a terminal.") is None
    assert slash_service("Prices rose 3% in 2027 / 2028 -- analysts said.") is None
