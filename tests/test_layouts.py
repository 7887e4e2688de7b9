"""Item layouts (formats/items.py), clip forms (fields.py), PDF page text (pages.py), foreign
month names and numeric date order (dates.py), end-of-text marks, newsletters and HTML in
JSON lines. Fixtures are invented and small; each shows the shape a rule generalises over."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import json
import textwrap

import pytest

from ingest import dates
from ingest.formats import jsonl, mbox
from ingest.formats.pages import dehyphenate, strip_page_furniture
from ingest.records import DecodedSource, Source
from tests.test_plaintext import CTX, PARA, body, split

LONG = f"{PARA} {PARA}"


def test_source_lines_after_the_text_belong_to_the_item_above() -> None:
    text = textwrap.dedent(f"""\
        WEEKLY CUTTINGS — TRANSPORT
        Week 7
        ______________________________

        Harbour wall extension approved
        By Mara Quinn

        {LONG}

        {PARA}

        — The Coastal Herald, 14 February 2023

        * * *

        Ferry timetable cut for the winter

        {LONG}

        — Valley Times, Thursday 16 February 2023

        * * *

        Lock keepers ballot on strike action
        By Tom Reed

        {LONG}

        — Canal Gazette, 15.02.2023 (full text in archive)

        ______________________________
        Compiled by the press office.
        """)
    cands, _ = split(text)
    got = [(c.title, c.outlet, c.published_on, c.authors) for c in cands]
    assert got == [
        ("Harbour wall extension approved", "The Coastal Herald", dt.date(2023, 2, 14), ["Mara Quinn"]),
        ("Ferry timetable cut for the winter", "Valley Times", dt.date(2023, 2, 16), []),
        ("Lock keepers ballot on strike action", "Canal Gazette", dt.date(2023, 2, 15), ["Tom Reed"]),
    ]
    assert all("Compiled" not in body(c) and "—" not in body(c) for c in cands)


def test_translated_items_with_bracketed_source_lines() -> None:
    text = textwrap.dedent(f"""\
        CONTINENTAL PRESS REVIEW
        Edition of 20 March 2023
        ======================================

        [NL] DE HAVENBODE
        “Sluis weer open na reparatie”
        Lock reopens after repairs
        By Joost Smit

        Antwerpen, 14 maart 2023 – {LONG}

        [Source: De Havenbode, 14 maart 2023, blz. 3 | Translation: review desk]

        --------------------------------------

        [ES] DIARIO DEL PUERTO
        «El puerto amplía su muelle»
        Port extends its quay

        Valencia, 16 de marzo de 2023 – {LONG}

        [Source: Diario del Puerto, 16 de marzo de 2023, p. 7 | Translation: review desk]

        --------------------------------------

        Distributed to subscribers only.
        """)
    cands, _ = split(text)
    assert [(c.title, c.outlet, c.published_on) for c in cands] == [
        ("Lock reopens after repairs", "De Havenbode", dt.date(2023, 3, 14)),
        ("Port extends its quay", "Diario del Puerto", dt.date(2023, 3, 16)),
    ]
    assert cands[0].authors == ["Joost Smit"]
    assert all("Source:" not in body(c) and "[NL]" not in body(c) for c in cands)
    assert body(cands[0]).startswith("Antwerpen, 14 maart 2023")


def test_headers_above_a_rule_are_not_read_as_trailers() -> None:
    """'Outlet, date' above the rule that opens each item: the ordinary header reading stands."""
    text = textwrap.dedent(f"""\
        The Coastal Herald, 14 February 2023
        -----
        Harbour wall extension approved

        {LONG}

        Valley Times, 16 February 2023
        -----
        Ferry timetable cut for the winter

        {LONG}
        """)
    cands, _ = split(text)
    assert [(c.outlet, c.published_on) for c in cands] == [
        ("The Coastal Herald", dt.date(2023, 2, 14)), ("Valley Times", dt.date(2023, 2, 16))]


@pytest.mark.parametrize(("text", "want"), [
    ("Duisburg, 3. Mai 2022 —", dt.date(2022, 5, 3)),
    ("Rotterdam, 4 mei 2022", dt.date(2022, 5, 4)),
    ("Calais, le 5 mai 2022", dt.date(2022, 5, 5)),
    ("Gdańsk, 6 maja 2022 r.", dt.date(2022, 5, 6)),
    ("Milano, 9 maggio 2022", dt.date(2022, 5, 9)),
    ("Madrid, 5 de mayo de 2022", dt.date(2022, 5, 5)),
    ("Wien, 12. März 2021", dt.date(2021, 3, 12)),
    ("Lisboa, 1 de março de 2021", dt.date(2021, 3, 1)),
    ("3 May 2022", dt.date(2022, 5, 3)),
])
def test_month_names_of_other_languages(text: str, want: dt.date) -> None:
    assert dates.parse_date(text) == want


def test_numeric_order_is_proved_by_the_document() -> None:
    assert dates.numeric_order("Period: 02/05/2022 - 13/05/2022\nDate: 10/05/2022") is True
    assert dates.numeric_order("Filed 05/13/2022, updated 05/10/2022") is False
    assert dates.numeric_order("Date: 10/05/2022") is None
    assert dates.numeric_order("13/05/2022 and 05/13/2022") is None  # contradicts itself
    assert dates.numeric_date("Date: 10/05/2022", dayfirst=True) == dt.date(2022, 5, 10)
    assert dates.numeric_date("Date: 10/05/2022", dayfirst=False) == dt.date(2022, 10, 5)


def test_numbered_newsletter_items_split_and_inherit_the_masthead() -> None:
    text = textwrap.dedent(f"""\
        ======================================
          C A N A L   N O T E S
          Friends of the Navigation        Issue 12 / 3 April 2023
        ======================================

        CONTENTS
          1. NEW MOORINGS AT THE BASIN
          2. TOWPATH CLOSED FOR REPAIRS

        --------------------------------------

        1. NEW MOORINGS AT THE BASIN

        {LONG}

        --------------------------------------

        2. TOWPATH CLOSED FOR REPAIRS
        (Source: Valley Times, 30 March 2023)

        {LONG}

        --------------------------------------

        Published by the secretariat. To unsubscribe reply STOP.
        """)
    cands, _ = split(text)
    assert [(c.title, c.outlet, c.published_on) for c in cands] == [
        ("NEW MOORINGS AT THE BASIN", "CANAL NOTES", dt.date(2023, 4, 3)),
        ("TOWPATH CLOSED FOR REPAIRS", "Valley Times", dt.date(2023, 3, 30)),
    ]
    assert "CONTENTS" not in body(cands[0]) and "unsubscribe" not in body(cands[1])


def test_numbered_items_that_already_have_headers_keep_them() -> None:
    text = textwrap.dedent(f"""\
        1. Harbour wall extension approved
        The Coastal Herald, 14 February 2023

        {LONG}

        2. Ferry timetable cut for the winter
        Valley Times, 16 February 2023

        {LONG}
        """)
    cands, _ = split(text)
    assert [(c.title, c.outlet) for c in cands] == [
        ("Harbour wall extension approved", "The Coastal Herald"),
        ("Ferry timetable cut for the winter", "Valley Times")]


PAGE_TOP = "CLIPPING SERVICE LTD  |  Media Report  |  Client: Example Trust"
PAGE_FOOT = ["Licensed copy. Do not redistribute.", "Page {n} of 3"]


def _page(n: int, lines: list[str]) -> list[str]:
    head = [("\f" if n > 1 else "") + PAGE_TOP, ""]
    return head + lines + ["", PAGE_FOOT[0], PAGE_FOOT[1].format(n=n)]


def test_page_furniture_is_blanked_and_split_words_rejoined() -> None:
    raw = (_page(1, ["The harbour board approved a new termi-", "nal for grain, and a well-"])
           + _page(2, ["known local firm won the contract for the termi-"])
           + _page(3, ["nal. The well-known firm starts in May."]))
    out = strip_page_furniture(raw)
    text = "\n".join(out)
    assert "CLIPPING SERVICE" not in text and "Page 2 of 3" not in text and "Licensed copy" not in text
    assert "new terminal" in text and "for the terminal" in text
    assert "well-known\n" in text and "wellknown" not in text  # hyphenated elsewhere in the document
    assert "the terminal.\n" in text  # the word moves up with its punctuation
    assert len(out) == len(raw)  # line numbers are kept


def test_dehyphenate_leaves_ordinary_text_alone() -> None:
    raw = ["A long line that ends in a dash -", "and goes on.", "Wi-Fi works", "X-"]
    assert dehyphenate(raw) == raw
    assert strip_page_furniture(raw) is raw  # no page breaks: nothing to do


def test_clip_form_with_fields_in_columns() -> None:
    text = textwrap.dedent(f"""\
        MEDIA REPORT
        Period: 01/03/2023 - 14/03/2023

        Publication: Valley Times              Date: 02/03/2023
        Page: 5                                Section: News
        Clip ref: VT-0001

        FERRY TIMETABLE CUT
        By ANNA LEE

        {LONG}
        """)
    cands, _ = split(text)
    assert len(cands) == 1
    c = cands[0]
    assert (c.title, c.outlet, c.published_on) == ("FERRY TIMETABLE CUT", "Valley Times", dt.date(2023, 3, 2))
    assert "Clip ref" not in body(c)


def test_end_mark_drops_the_press_release_boilerplate() -> None:
    text = textwrap.dedent(f"""\
        Acme Ports opens a new berth
        Harbourtown, 6 March 2023

        {LONG}

        ###

        About Acme Ports

        Acme Ports is a family-owned operator of three terminals with 400 staff and a fleet of tugs
        serving the estuary since 1921, and it runs the largest grain store on the coast.
        """)
    cands, _ = split(text)
    assert "About Acme" not in body(cands[0]) and "###" not in body(cands[0])
    assert body(cands[0]).endswith("money.")


def test_newsletter_items_between_rules_and_the_sender_as_outlet() -> None:
    text = textwrap.dedent(f"""\
        VALLEY TRANSPORT DAILY
        Your morning briefing

        Trouble reading this? View it in your browser: https://example.com/v/1

        LEAD STORY

        Ferry timetable cut for the winter

        {LONG}

        Read more » https://click.example.com/a/1

        -----

        IN SHORT

        Harbour wall extension approved

        {LONG}

        -----
        SPONSORED
        Book a demo of our planner » https://click.example.com/a/2
        -----
        You are receiving this because you signed up.
        """)
    mail = ("From: Valley Transport Daily <news@example.com>\nSubject: Ferries cut | Wall approved\n"
            "Date: Mon, 6 Mar 2023 07:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n" + text)
    data = ("From news@example.com Mon Mar  6 07:00:00 2023\n" + mail).encode()
    decoded = DecodedSource(Source("box.mbox", data, "0" * 64), "", "utf-8")
    cands = [c for c in mbox.parse(decoded, CTX) if not hasattr(c, "reason")]
    assert [(c.title, c.outlet) for c in cands] == [  # type: ignore[union-attr]
        ("Ferry timetable cut for the winter", "Valley Transport Daily"),
        ("Harbour wall extension approved", "Valley Transport Daily")]
    texts = [body(c) for c in cands]  # type: ignore[arg-type]
    assert not any("browser" in t or "Read more" in t or "LEAD STORY" in t or "SPONSORED" in t for t in texts)
    assert email.message_from_string(mail, policy=email.policy.default)["From"]


def test_sender_is_no_outlet_without_a_matching_masthead() -> None:
    mail = ("From: Jane Roe <jane@example.com>\nSubject: PRESS RELEASE: Acme opens a berth\n"
            "Content-Type: text/plain; charset=utf-8\n\nPRESS RELEASE\n\nAcme opens a berth\n\n" + LONG + "\n")
    data = ("From jane@example.com Mon Mar  6 07:00:00 2023\n" + mail).encode()
    decoded = DecodedSource(Source("box.mbox", data, "0" * 64), "", "utf-8")
    (cand,) = [c for c in mbox.parse(decoded, CTX) if not hasattr(c, "reason")]
    assert cand.outlet is None  # type: ignore[union-attr]
    assert cand.title == "Acme opens a berth"  # type: ignore[union-attr]
    assert "Acme opens a berth" not in body(cand)  # type: ignore[arg-type]


def test_jsonl_text_field_holding_html() -> None:
    record = {"headline": "Wall approved", "article_text":
              "<p>The council &amp; the board agreed on a <a href='/x'>new wall</a>, &#8220;finally&#8221;.</p>\n"
              "<div class=\"inline-ad\">Advertisement</div><p>Work starts in <em>May</em>.</p>"}
    cand = jsonl.record_candidate(record, "s.jsonl", 0, 1, json.dumps(record), CTX)
    assert [t for _, t in cand.body_lines if t] == [
        "The council & the board agreed on a new wall, “finally”.", "Work starts in May."]
