"""Splitting plain-text dumps into articles: boundaries come from header blocks only."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from ingest.bylines import Bylines
from ingest.clean import Cleaner
from ingest.config import CleanConfig
from ingest.formats.plaintext import ParseContext, parse
from ingest.metadata import enrich
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Rejection, Source
from ingest.rules import RuleSet

CFG = CleanConfig()
CTX = ParseContext(Bylines(CFG.byline_files), OutletAliases(CFG.outlet_files), RuleSet(CFG.rule_files))
CLEANER = Cleaner(CTX.rules or RuleSet(()), CTX.bylines, CFG.unwrap_max_width)

PARA = ("The council voted on Tuesday to extend the harbour wall by forty metres, a project first "
        "proposed a decade ago and shelved twice for lack of money.")


def split(text: str) -> tuple[list[Candidate], list[Rejection]]:
    decoded = DecodedSource(Source("dump.txt", text.encode(), "0" * 64), text, "utf-8")
    items = list(parse(decoded, CTX))
    cands = [enrich(c, CTX.bylines) for c in items if isinstance(c, Candidate)]
    return cands, [r for r in items if isinstance(r, Rejection)]


def body(c: Candidate) -> str:
    return CLEANER.clean(c).body


def test_digest_with_blank_line_gaps_and_header_blocks() -> None:
    text = textwrap.dedent(f"""\
        Harbour wall extension approved

        The Harbour Gazette
        Oct. 5, 2020
        By Jane Roe
        03:25 PM
        {PARA}

        A second paragraph follows after a blank line, exactly like an article gap.

        Ferry fares to rise in spring

        Coastal Times
        Monday, October 5, 2020

        Fares on the island ferry will rise by eight per cent from April, the operator said.
        """)
    (a, b), rejected = split(text)
    assert not rejected
    assert (a.title, a.outlet, a.published_on, a.authors) == (
        "Harbour wall extension approved", "The Harbour Gazette", dt.date(2020, 10, 5), ["Jane Roe"])
    second = "A second paragraph follows after a blank line, exactly like an article gap."
    assert body(a).split("\n\n") == [PARA, second]
    assert (b.title, b.outlet, b.start_line) == ("Ferry fares to rise in spring", "Coastal Times", 11)
    assert a.start_line == 1 and a.end_line == 9
    assert "03:25 PM" not in body(a)


@pytest.mark.parametrize("rule", ["-----", "* * *", "____________", "=========="])
def test_separators_between_articles(rule: str) -> None:
    text = (f"First story\n\nOutlet One\n2021-03-02\n\n{PARA}\n\n{rule}\n\n"
            f"Second story\n\nOutlet Two\n2021-03-03\n\n{PARA}\n")
    cands, _ = split(text)
    assert [c.title for c in cands] == ["First story", "Second story"]
    assert rule not in body(cands[0])


def test_title_only_entries_and_titles_broken_across_lines() -> None:
    text = textwrap.dedent(f"""\
        Troops confirmed killed in overnight fighting

        Public Radio
        Oct 5 2020

        Minister asks allies to explain whether jets supplied by them were used against F-16
        Wire Service
        Oct 5 2020
        s over the capital
        {PARA}
        """)
    first, second = split(text)[0]
    assert first.title == "Troops confirmed killed in overnight fighting" and body(first) == ""
    assert second.title.endswith("against F-16s over the capital")
    assert "s over the capital" not in body(second)


def test_standfirst_before_byline_and_labelled_author_source_lines() -> None:
    text = textwrap.dedent(f"""\
        Mercenaries recruited for a distant war

        Policy Review
        Oct 5 2020

        After fighting in two wars, the militia is caught in a third — and its members are dying.

        By Liz Cookman | October 5, 2020, 5:35 PM

        {PARA}

        Second week of the conflict

        Kyiv Daily
        Oct 5 2020

        Author : Kyiv Daily News Agency

        Source : Kyiv Daily

        {PARA}
        """)
    a, b = split(text)[0]
    assert a.authors == ["Liz Cookman"]
    assert body(a).startswith("After fighting in two wars")
    assert "5:35 PM" not in body(a)
    assert b.authors == ["Kyiv Daily News Agency"] and b.outlet == "Kyiv Daily"
    assert body(b) == PARA


def test_hard_wrapped_paragraphs_are_unwrapped() -> None:
    wrapped = textwrap.fill(PARA + " " + PARA, width=72)
    text = f"Harbour wall\n\nThe Gazette\n5 October 2020\n\n{wrapped}\n\nShort closing line.\n"
    (c,), _ = split(text)
    assert body(c).split("\n\n") == [PARA + " " + PARA, "Short closing line."]


def test_bare_text_has_no_metadata_and_keeps_every_line() -> None:
    text = f"{PARA}\n{PARA.replace('council', 'board')}\nComments\n"
    (c,), rejected = split(text)
    assert (c.title, c.outlet, c.published_on, c.authors, c.url) == (None, None, None, [], None)
    assert c.raw_text == text.rstrip("\n") and not rejected
    assert body(c).count("\n\n") == 1  # the trailing "Comments" label is not text


def test_saved_page_header_with_markdown_and_outlet_date_line() -> None:
    text = textwrap.dedent(f"""\


        Grain corridor talks stall again

        By [Mira Novak](#)

        Danube Review, March 3, 2022

        Region: [Europe](#)

        {PARA} **Officials** said [more talks](#) would follow.

        *

        Note to readers: please click the share buttons above. Forward this article to your lists.

        Copyright © [Mira Novak](#), Danube Review, 2022
        """)
    (c,), _ = split(text)
    assert (c.title, c.outlet, c.published_on, c.authors) == (
        "Grain corridor talks stall again", "Danube Review", dt.date(2022, 3, 3), ["Mira Novak"])
    assert body(c) == PARA + " Officials said more talks would follow."


def test_text_before_the_first_header_is_counted_not_lost() -> None:
    text = f"Digest no. 42 for subscribers.\n\nHarbour wall\n\nThe Gazette\n5 October 2020\n\n{PARA}\n"
    cands, rejected = split(text)
    assert len(cands) == 1 and cands[0].start_line == 3
    assert rejected[0].reason == "text before the first article header" and rejected[0].lines == 1


def test_lines_stacked_above_a_title_stay_in_the_header_not_the_title() -> None:
    text = f"DIGEST No 42\n\nHarbour wall\n\nThe Gazette\n5 October 2020\n\n{PARA}\n"
    (c,), rejected = split(text)
    assert c.title == "Harbour wall" and c.start_line == 1 and not rejected
    assert body(c) == PARA


def test_own_url_line_is_metadata_not_body() -> None:
    text = (f"Why the stakes are higher this time\n\nThe Moscow Times\nOct 5 2020\n\n{PARA}\n\n"
            "https://www.themoscowtimes.com/2020/10/05/why-the-stakes-are-higher-this-time-a71653?utm_source=x\n")
    (c,), _ = split(text)
    assert c.url == "https://www.themoscowtimes.com/2020/10/05/why-the-stakes-are-higher-this-time-a71653"
    assert "http" not in body(c)


def test_cms_listing_lines_and_labelled_sources_anchor_headers() -> None:
    text = (f"Satellite phones handed over to fishing vessels\nDate: 20.11.2019  |  Category: Press Release\n\n"
            f"{PARA}\n\nHarbour wall approved\nSource: Midland Courier | 14 November 2019\n"
            f"By Ciarán Ó Dálaigh\n\n{PARA}\n")
    a, b = split(text)[0]
    assert (a.title, a.outlet, a.published_on) == ("Satellite phones handed over to fishing vessels", None,
                                                   dt.date(2019, 11, 20))
    assert (b.title, b.outlet, b.published_on, b.authors) == ("Harbour wall approved", "Midland Courier",
                                                              dt.date(2019, 11, 14), ["Ciarán Ó Dálaigh"])


def test_a_date_line_inside_prose_does_not_start_an_article() -> None:
    text = (f"Harbour wall\n\nThe Gazette\n5 October 2020\n\n{PARA}\n\nThe works are due to finish by\n"
            "October 5, 2021\nif the weather holds.\n")
    cands, _ = split(text)
    assert len(cands) == 1
