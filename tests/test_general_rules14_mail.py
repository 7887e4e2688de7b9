"""General rules from blind14's first contact (session 9) for list mail, press cuttings, dedup and
repetition learning, each on invented text in shapes unlike that set's: a press-cuttings
compendium whose items carry their fields in one boxed row of cells above the headline, with a
compiler's note between a headline and its text; list mail with inline forwards, short replies,
pastes under a poster's note, source lines, parenthesised credits, sign-offs and a lead-in naming
the paper; issues of a template statistics story; a series' background fact."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from ingest.dedup import MIN_FIGURE_CHANGES, figures_changed
from ingest.formats import plaintext
from ingest.records import Candidate, DecodedSource, Rejection, Source
from tests.conftest import Ingest
from tests.test_formats_feeds import run
from tests.test_plaintext import CTX, body

PARA = ("Volunteers planted 3,400 oak saplings along the river terrace on Saturday, the largest single "
        "planting the trust has organised since it bought the valley farm in 2019.")
PARA2 = ("The trust said the trees would shade the spawning gravels within fifteen years and keep the "
         "water cool enough for trout through the longer summers forecast for the valley.")
PARA3 = ("Councillors approved the new bus timetable on Thursday after a consultation that drew more "
         "than 900 replies, most of them asking for an earlier first service from the villages.")
PARA4 = ("The operator said the change would cost nothing extra because two evening journeys that "
         "carried fewer than five passengers each would be withdrawn at the same time.")


def _cands(name: str, text: str) -> list[Candidate]:
    decoded = DecodedSource(Source(name, text.encode(), "0" * 64), text, "utf-8")
    return [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]


# Box-drawing rules, the byline before the publication, a two-person byline, no item number,
# '14/03/2027' day-first (the file's other date has a day over twelve).
DIGEST = textwrap.dedent(f"""\
    VALLEY TRUST MEDIA DIGEST
    Spring issue, circulated to trustees

    ────────────────────────────────────────────────────────────
    │ Ruth Abernethy and Colm Dwyer │ Riverside Courier │ 14/03/2027 │ page 7 │
    ────────────────────────────────────────────────────────────
    Oak planting to shade trout gravels

    {PARA}

    {PARA2}

    ────────────────────────────────────────────────────────────
    │ 2 │ DALE WEEKLY │ 21/03/2027 │ Page 2 │ Owen Pritchard │
    ────────────────────────────────────────────────────────────
    Earlier buses for the villages approved

    (Repeated from the transport section, item 9.)

    {PARA3}

    {PARA4}
    """)


def test_boxed_row_of_cells_gives_each_item_its_outlet_date_and_byline() -> None:
    first, second = _cands("digest.txt", DIGEST)
    assert first.title == "Oak planting to shade trout gravels"
    assert first.outlet == "Riverside Courier"
    assert first.published_on == dt.date(2027, 3, 14)
    assert first.authors == ["Ruth Abernethy", "Colm Dwyer"]
    assert second.title == "Earlier buses for the villages approved"
    assert (second.outlet, second.published_on, second.authors) == ("DALE WEEKLY", dt.date(2027, 3, 21),
                                                                     ["Owen Pritchard"])
    text = "\n".join(t for _, t in second.body_lines)
    assert "Repeated from" not in text and "│" not in text  # the compiler's note and the row are no text
    assert PARA3[:40] in text


def test_a_table_row_of_figures_is_no_item_head() -> None:
    table = DIGEST.replace("│ Ruth Abernethy and Colm Dwyer │ Riverside Courier │ 14/03/2027 │ page 7 │",
                           "│ Oaks │ 3,400 │ Alders │ 1,200 │")
    first = _cands("digest.txt", table)[0]
    assert first.outlet != "Riverside Courier" and first.published_on != dt.date(2027, 3, 14)


# -- list mail ---------------------------------------------------------------------------------

RIVER = ("The water company will spend £40 million on storm overflows along the lower river over the "
         "next five years, after samples showed bacteria levels above the bathing standard on nine days.")
RIVER2 = ("Swimmers' groups said the money was welcome but came too late for this summer, and asked for "
          "the samples to be published every week rather than once a season.")
RIVER3 = ("The company said the first two overflows would be rebuilt by next spring and that it would "
          "publish a map of every discharge point on its website within a month.")


def run_mail(path: Path) -> tuple[str, list[Candidate], list[Rejection]]:
    return run(path, CTX)  # (with the boilerplate rules, as the pipeline reads)


def _mbox(tmp_path: Path, *messages: str) -> Path:
    path = tmp_path / "riverwatch.mbox"
    path.write_text("".join(f"From list@example.org Mon Mar  1 10:00:00 2027\n{m}\n" for m in messages))
    return path


OUTLOOK = textwrap.dedent(f"""\
    From: Dee Marsh <dee@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] FW: Overflow spending confirmed
    Date: Tue, 02 Mar 2027 08:00:00 +0000
    List-Id: <riverwatch.lists.example.org>

    Worth a read before Thursday's meeting.

    Dee

    -----Original Message-----
    From: Valley Echo newsroom <news@valleyecho.example>
    Sent: Monday, March 1, 2027 6:05 PM
    To: Dee Marsh
    Subject: Overflow spending confirmed

    Valley Echo | 1 March 2027 | By Tomas Reilly

    {RIVER}

    {RIVER2}

    {RIVER3}
    """)

REPLY = textwrap.dedent("""\
    From: Sam Hollis <sam@example.org>
    To: riverwatch@lists.example.org
    Subject: Re: [riverwatch] FW: Overflow spending confirmed
    Date: Tue, 02 Mar 2027 09:30:00 +0000
    In-Reply-To: <abc.123@example.org>

    Cheers Dee, I will bring printed copies on Thursday for the ones without email.

    Sam
    """)

BLOG = textwrap.dedent(f"""\
    From: Kit Ames <kit@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] Good explainer (blog)
    Date: Wed, 03 Mar 2027 20:00:00 +0000

    Someone shared this on the swimmers' page. No idea when it went up, but it's good.

    What a storm overflow actually does
    Nora Beck, The Riverbank Diary

    {RIVER2}

    {RIVER3}
    """)

RELEASE = textwrap.dedent(f"""\
    From: Press Desk <press@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] Overflow plan
    Date: Thu, 04 Mar 2027 10:00:00 +0000

    Media release | Embargoed until 00:01 Thursday
    4 March 2027

    Water company sets out overflow plan

    {RIVER}

    {RIVER3}
    """)


def test_inline_outlook_forward_leaves_the_note_and_headers_out(tmp_path: Path) -> None:
    _, cands, rejected = run_mail(_mbox(tmp_path, OUTLOOK))
    (cand,) = cands
    assert cand.title == "Overflow spending confirmed"  # the forwarded mail's subject: the alert's headline
    assert (cand.outlet, cand.published_on, cand.authors) == ("Valley Echo", dt.date(2027, 3, 1), ["Tomas Reilly"])
    text = body(cand)
    assert text.startswith("The water company") and "Worth a read" not in text and "Sent:" not in text
    assert any(r.reason == "forwarder's note and the forwarded mail's headers" for r in rejected)


def test_short_reply_without_quotes_is_no_article(tmp_path: Path) -> None:
    _, cands, rejected = run_mail(_mbox(tmp_path, OUTLOOK, REPLY))
    assert len(cands) == 1
    assert any(r.reason == "short reply to an earlier message, not an article" for r in rejected)


def test_paste_under_a_note_takes_no_date_from_the_mail(tmp_path: Path) -> None:
    _, (cand,), _ = run_mail(_mbox(tmp_path, BLOG))
    assert cand.title == "What a storm overflow actually does"
    assert cand.authors == ["Nora Beck"] and cand.outlet == "The Riverbank Diary"
    assert cand.published_on is None  # the day it was posted to the list is not the post's date
    assert "No idea when" not in body(cand)


def test_two_label_release_banner_is_no_headline(tmp_path: Path) -> None:
    _, (cand,), _ = run_mail(_mbox(tmp_path, RELEASE))
    assert cand.title == "Water company sets out overflow plan"
    assert cand.published_on == dt.date(2027, 3, 4)
    assert "Embargoed" not in body(cand)


SOURCED = textwrap.dedent(f"""\
    From: Ola Brandt <ola@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] overflow money
    Date: Fri, 05 Mar 2027 07:00:00 +0000

    The numbers are finally public.

    Source: Tidewater Gazette, 4 March 2027 | https://tidewatergazette.example/news/overflows?utm_source=mail&utm_medium=list

    OVERFLOW SPENDING TO TOP £40M
    Priya Nand

    {RIVER}

    {RIVER3}

    Ola
    """)

CREDITED = textwrap.dedent(f"""\
    From: Ola Brandt <ola@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] wire story
    Date: Sat, 06 Mar 2027 07:00:00 +0000

    For the minutes.

    Swimmers call for weekly river samples (Estuary News Service, 5 March 2027, Hal Morrow)

    {RIVER2}

    {RIVER3}
    """)


def test_source_line_under_the_note_gives_outlet_date_and_clean_address(tmp_path: Path) -> None:
    _, (cand,), _ = run_mail(_mbox(tmp_path, SOURCED))
    assert cand.title == "OVERFLOW SPENDING TO TOP £40M"
    assert (cand.outlet, cand.published_on, cand.authors) == ("Tidewater Gazette", dt.date(2027, 3, 4), ["Priya Nand"])
    assert cand.url == "https://tidewatergazette.example/news/overflows"  # the list link's utm_ tags dropped
    text = body(cand)
    assert text.startswith("The water company") and "finally public" not in text and "Source:" not in text


def test_credit_in_parentheses_after_a_pasted_headline(tmp_path: Path) -> None:
    _, (cand,), _ = run_mail(_mbox(tmp_path, CREDITED))
    assert cand.title == "Swimmers call for weekly river samples"
    assert (cand.outlet, cand.published_on, cand.authors) == ("Estuary News Service", dt.date(2027, 3, 5),
                                                              ["Hal Morrow"])
    assert "For the minutes" not in body(cand)


SIGNED = textwrap.dedent(f"""\
    From: Rhian Powell <rhian@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] Gazette piece
    Date: Sun, 07 Mar 2027 07:00:00 +0000
    List-Id: <riverwatch.lists.example.org>

    Overflow spending confirmed
    Tidewater Gazette, 1 March 2027
    By Priya Nand

    {RIVER}

    {RIVER2}

    All the best,
    Rhian Powell
    Estuary Swimmers Association

    riverwatch mailing list -- riverwatch@lists.example.org
    To unsubscribe send an email to riverwatch-leave@lists.example.org
    """)


def test_sign_off_block_at_a_mails_end_is_no_text(tmp_path: Path) -> None:
    _, (cand,), rejected = run_mail(_mbox(tmp_path, SIGNED))
    text = body(cand)
    assert text.endswith("once a season.") and "Swimmers Association" not in text and "Rhian" not in text
    assert any(r.reason == "poster's sign-off and signature" and r.lines == 3 for r in rejected)


LEAD = textwrap.dedent(f"""\
    From: Ola Brandt <ola@example.org>
    To: riverwatch@lists.example.org
    Subject: [riverwatch] overflows again
    Date: Mon, 08 Mar 2027 07:00:00 +0000

    >From yesterday's Tidewater Gazette, Sunday 7 March 2027:

    Overflow spending confirmed after sampling row
    by Priya Nand

    {RIVER}

    {RIVER3}
    """)


def test_lead_in_naming_the_paper_and_its_issue_date(tmp_path: Path) -> None:
    _, (cand,), _ = run_mail(_mbox(tmp_path, LEAD))
    assert cand.title == "Overflow spending confirmed after sampling row"
    assert (cand.outlet, cand.published_on, cand.authors) == ("Tidewater Gazette", dt.date(2027, 3, 7), ["Priya Nand"])


# -- dedup: issues of a statistics story written from one template --------------------------


def _monthly(month: str, total: str, change: str, cars: str, vans: str, top: str, second: str) -> list[str]:
    return [
        f"New car registrations in the county reached {total} in {month}, {change} on the same month last "
        "year, according to figures published by the motor traders' association on Monday.",
        f"Petrol models accounted for {cars} of the total and electric models for {vans}, while hybrids "
        "held steady as the largest group among private buyers for the third month running.",
        f"{top} remained the best-selling brand in the county, ahead of {second}, and dealers in the market "
        "towns reported shorter waiting lists than at any time since the spring.",
        "The association said fleet buyers had brought forward orders ahead of the change in company car "
        "tax and expected registrations to ease in the final weeks of the year as that effect faded.",
    ]


def test_template_issues_with_other_figures_stay_apart(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    may = _monthly("May", "4,812", "up 6 per cent", "2,310", "1,104", "Kestrel", "Alder")
    june = _monthly("June", "4,377", "down 3 per cent", "2,026", "1,288", "Alder", "Kestrel")
    syndicated = ["Dealers on the coast said the figures matched what they had seen on their forecourts.", *may[:-1]]
    folder = write("motors.txt",
                   "Car registrations up 6% in May\n\nCounty Motor News\n2 June 2027\n\n" + "\n\n".join(may) + "\n\n"
                   + "Registrations dip in June as fleet rush ends\n\nCounty Motor News\n2 July 2027\n\n"
                   + "\n\n".join(june) + "\n\n"
                   + "May car sales rise\n\nCoast Gazette\n3 June 2027\n\n" + "\n\n".join(syndicated) + "\n\n").parent
    _, engine = ingest([folder])
    with engine.connect() as conn:
        got = sorted((str(t), int(n)) for t, n in conn.execute(text(
            "select a.title, count(*) from copies c join articles a on a.id = c.article_id group by a.id")))
    # June is another issue (every figure differs); the Gazette's trimmed copy with a local top is May's
    assert got == [("Car registrations up 6% in May", 2), ("Registrations dip in June as fleet rush ends", 1)]


def test_figures_changed_counts_changed_places_not_added_or_dropped_ones() -> None:
    may = "\n\n".join(_monthly("May", "4,812", "up 6 per cent", "2,310", "1,104", "Kestrel", "Alder"))
    june = "\n\n".join(_monthly("June", "4,377", "down 3 per cent", "2,026", "1,288", "Alder", "Kestrel"))
    assert figures_changed(may, june) >= MIN_FIGURE_CHANGES
    trimmed = may.rsplit("\n\n", 1)[0] + "\n\nThe figures for 2026 as a whole will follow in 14 days."
    assert figures_changed(may, trimmed) == 0  # a paragraph dropped and one added change no figure
    corrected = may.replace("2,310", "2,130")
    assert figures_changed(may, corrected) < MIN_FIGURE_CHANGES  # one figure corrected: still a copy


# -- learning from repetition: a series' background fact is no boilerplate ------------------


def test_background_fact_shared_by_a_series_is_never_learned(ingest: Ingest, write: Callable[[str, str], Path]) -> None:
    fact = ("The county's bus subsidy for 2028 is due to fall by 14 per cent under the regional settlement, "
            "after auditors found that two routes had carried fewer passengers than forecast for a decade.")
    leads = [
        ("Drivers vote to strike over rural timetable", "Drivers at the Kirkby depot voted by a large majority "
         "on Monday to strike for two days next month over the new rural timetable and its longer shifts."),
        ("Council to meet drivers as strike looms", "The council leader has agreed to meet the drivers' union "
         "on Thursday in an attempt to avert the strike called for the first week of next month."),
        ("Strike called off after timetable review promised", "The union suspended its strike on Friday after "
         "the council promised an independent review of the rural timetable and of drivers' rest breaks."),
    ]
    text_in = "".join(f"{title}\n\nDale Courier\n{day} May 2027\n\n{lead}\n\n{fact}\n\n"
                      for (title, lead), day in zip(leads, (3, 5, 8), strict=True))
    _, engine = ingest([write("courier.txt", text_in).parent])
    with engine.connect() as conn:
        bodies = [str(b) for (b,) in conn.execute(text("select body from articles order by id"))]
    assert len(bodies) == 3 and all("fall by 14 per cent" in b for b in bodies)


def test_an_agency_mark_under_a_headline_is_no_compilers_note() -> None:
    from ingest.formats.lines import Lines
    from ingest.formats.newsletters import _editor_note

    lines = Lines(["(Repeated from the transport section, item 9.)", "(dpa)", "(Reuters)"], CTX)
    assert _editor_note(lines, [0]) and not _editor_note(lines, [1]) and not _editor_note(lines, [2])
