"""A newsletter issue's own furniture around its items (the editor's note atop, the footer
under the last item), desk-shorthand permalinks, capitals kickers over a headline, paragraphs
set without a blank line in a hard-wrapped mail, a partner story's notes (blind21's kind of
input, second pass), on invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.clean import paragraphs
from ingest.config import CleanConfig
from ingest.metadata import enrich
from ingest.rules import RuleSet
from tests.test_formats_feeds import body, run
from tests.test_plaintext import CTX

RULES = RuleSet(CleanConfig().rule_files)


def item(section: str, title: str, credit: str, day: int, slug: str, text: str) -> str:
    return (f"[{section}]\n{title}\n{credit} | Mar. {day}, 2027\n\n{text}\n\n"
            f"Read online: https://www.quaybulletin.example/{section.lower()}/2027/03/{day:02d}/{slug}/\n"
            + "-" * 60 + "\n\n")


ISSUE = ("QUAY BULLETIN\nThe letter of the fish trade since 1958\nTHIS WEEK | Friday, March 5, 2027\n\n"
         + "=" * 60 + "\n\n"
         + item("PORTS", "Harbour board backs a second cold store", "By Ines Varga", 2, "cold-store",
                "The harbour board voted on Tuesday to lease land for a second cold store on the east pier, "
                "after processors said the first one was full for most of the winter season.")
         + item("MARKETS", "Cod prices ease as the spring landings rise", "By Tor Hald", 3, "cod",
                "First-hand cod prices fell for a third week at the coastal auctions as boats landed more fish "
                "than at any time since the autumn, the sales organisation said on Wednesday.")
         + item("PEOPLE", "Auction house names a new chief executive", "By Ines Varga", 4, "auction-ceo",
                "The fish auction in the north has named its finance director, Mette Lund, as chief executive "
                "from April, after the founder said he would step down at the end of March.")
         + "Got a tip? The Bulletin desk reads every one: desk@quaybulletin.example\n"
         "SEMINAR: Cold chain day, April 9, Alesund. Book by March 20: quaybulletin.example/seminar\n"
         "Quay Bulletin is published every Friday by Nordkai Media AS.\n"
         "Manage your subscription: https://www.quaybulletin.example/account\n")


def test_the_last_item_ends_at_the_link_its_siblings_close_on(tmp_path: Path) -> None:
    path = tmp_path / "QB_this-week.txt"
    path.write_text(ISSUE)
    _, cands, rejected = run(path, CTX)
    items = [c for c in cands if c.title and any(t.strip() for _, t in c.body_lines)]
    assert [c.title for c in items][-1] == "Auction house names a new chief executive"
    last = body(items[-1])
    assert "Mette Lund" in last and "tip?" not in last and "SEMINAR" not in last and "Nordkai" not in last, last
    assert any("footer" in r.reason for r in rejected)
    # desk shorthand in the slug ('auction-ceo', 'cod'): the permalink dated as the item is its address
    assert [enrich(c, CTX.bylines).url for c in items] == [
        "https://www.quaybulletin.example/ports/2027/03/02/cold-store/",
        "https://www.quaybulletin.example/markets/2027/03/03/cod/",
        "https://www.quaybulletin.example/people/2027/03/04/auction-ceo/"]


def test_a_link_dated_otherwise_or_a_lone_closing_link_is_not_taken(tmp_path: Path) -> None:
    path = tmp_path / "QB_this-week.txt"
    path.write_text(ISSUE.replace("/2027/03/03/cod/", "/2027/02/11/cod/"))
    items = [enrich(c, CTX.bylines) for c in run(path, CTX)[1] if any(t.strip() for _, t in c.body_lines)]
    assert items[1].url is None  # 'cod' spells nothing of the title and the date is another day's
    # only one item closes on the label: no footer is learned, the last item keeps its lines
    one = ISSUE.replace("Read online: https://www.quaybulletin.example/ports/", "See https://x.example/ports/", 1)
    one = one.replace("Read online: https://www.quaybulletin.example/markets/", "See https://x.example/m/", 1)
    path.write_text(one)
    items = [c for c in run(path, CTX)[1] if c.title]
    assert "Nordkai" in " ".join(t for _, t in items[-1].body_lines)


NOTE = ("View this e-mail in your browser: https://www.quaybulletin.example/letters/2027-03-05\n\n"
        "Hello all, it's Ragna from the desk. A busy week on the piers: a new cold store, cheaper cod "
        "and a new face at the auction. Here's the lot.\n\n" + "-" * 60 + "\n\n")


def test_the_issue_note_under_its_web_version_link_is_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "QB_letter.txt"
    path.write_text("QUAY LETTER\nSaturday, March 6, 2027\n\n" + NOTE + ISSUE.split("=" * 60 + "\n\n", 1)[1])
    _, cands, rejected = run(path, CTX)
    assert not any("Ragna" in " ".join(t for _, t in c.body_lines) for c in cands), [c.title for c in cands]
    assert any("editor's note" in r.reason for r in rejected)
    assert len([c for c in cands if c.title]) == 3


def test_a_long_story_under_a_web_version_link_stays(tmp_path: Path) -> None:
    path = tmp_path / "QB_letter.txt"
    long_note = NOTE.replace("Here's the lot.", "Here's the lot. " + "The cold store will hold more fish. " * 30)
    path.write_text("QUAY LETTER\nSaturday, March 6, 2027\n\n" + long_note + ISSUE.split("=" * 60 + "\n\n", 1)[1])
    _, cands, _ = run(path, CTX)
    assert any("Ragna" in " ".join(t for _, t in c.body_lines) for c in cands)


KICKED = """THE DAILY QUAY
Tuesday, March 2, 2027 | Bergen

======================================================================
HARBOUR WATCH, PART 2
Divers find a second crack under the old quay
Ines Varga | Mar. 1, 2027

Divers inspecting the old quay found a second crack in its foundation on Monday, the harbour office
said, and the berth will stay closed to ferries until engineers have studied both.

The office said the quay was safe for pedestrians and that the fish market would stay open.

======================================================================
FROM OUR FRIENDS AT THE COASTAL LEDGER
Cod prices ease as the spring landings rise
Tor Hald and Mette Aas, The Coastal Ledger | Mar. 2, 2027

First-hand cod prices fell for a third week at the coastal auctions as boats landed more fish than at
any time since the autumn, the sales organisation said on Wednesday.

Buyers said the export market was steady and that prices should settle by April.
"""


def test_a_capitals_label_over_a_mixed_case_headline_is_a_kicker(tmp_path: Path) -> None:
    path = tmp_path / "daily-quay.txt"
    path.write_text(KICKED)
    titles = [c.title for c in run(path, CTX)[1] if any(t.strip() for _, t in c.body_lines)]
    assert titles[-1] == "Cod prices ease as the spring landings rise", titles
    assert titles[0] == "Divers find a second crack under the old quay", titles


# Paragraphs wrapped at 70 columns (every line breaks where the next word would not fit), set one
# under the other with no blank line, as a mail's closing lines are.
WRAPPED = """This story was first published by the Coastal Ledger, a nonprofit
newsroom covering the fish trade in the north, and is republished here
under a Creative Commons licence with the newsroom's kind permission.
Mette Aas covers fisheries and the fish trade for the Coastal Ledger.
She lived in Tromso for ten years before she joined the Ledger staff.
Jon Berg is the Ledger's harbour reporter. Write to him by e-mail at
jb@ledger.example or call him on 555-0100 during his office hours.
Read online: https://click.quaybulletin.example/c?u=a81c
"""


def test_paragraphs_set_without_a_blank_line_are_not_joined() -> None:
    lines = list(enumerate(WRAPPED.split("\n"), 1))
    got = [p.text for p in paragraphs(lines, CleanConfig().unwrap_max_width)]
    assert len(got) == 4, got
    assert got[0].startswith("This story was first published") and got[0].endswith("kind permission."), got
    assert got[1].startswith("Mette Aas covers") and got[2].startswith("Jon Berg is")
    assert got[3].startswith("Read online:")


def test_wrapped_prose_with_sentences_at_line_ends_stays_one_paragraph() -> None:
    text = ("The board met on Tuesday and voted to keep the old quay open for the summer.\n"
            "Repairs will wait until the autumn, when the ferries run less often, and the\n"
            "council will pay for them. Jon Berg, who chairs the board, said it was fair.\n"
            "     The first line of a paragraph is indented, so its width is the raw one.\n"
            "Fishers said they were pleased.")
    lines = list(enumerate(text.split("\n"), 1))
    got = [p.text for p in paragraphs(lines, CleanConfig().unwrap_max_width)]
    assert len(got) == 1, got


@pytest.mark.parametrize(("line", "rule"), [
    ("This story was produced by The Coastal Ledger, a nonprofit newsroom, and is republished by "
     "Radio Nord through a content-sharing partnership.", "partner-produced-note"),
    ("Radio Nord answers to listeners, not shareholders. 6,114 members fund this station — join them.",
     "member-count-pitch"),
    ("This investigation was paid for by readers — 2,045 of them so far. Add your name: ledger.example/give.",
     "member-count-pitch"),
])
def test_partner_and_member_lines(line: str, rule: str) -> None:
    assert RULES.match(line, "edge") == rule


@pytest.mark.parametrize("line", [
    "The study was produced by the university and published in a journal last year.",
    "The ferry was paid for by the county and the state.",
    "Most members support the plan, the union said.",
])
def test_prose_about_funding_stays(line: str) -> None:
    assert RULES.match(line, "any") is None and RULES.match(line, "edge") is None, line


PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ferry fares rise for the first time in six years - QB</title>
<meta property="og:title" content="Ferry fares rise for the first time in six years">
</head><body><article>
<p class="section-label">Ports</p>
<h1>Ferry fares rise for the first time in six years</h1>
<p>The county ferry will charge 10 percent more for cars and foot passengers from May, the first rise since
2021, the operator said on Monday after the council approved its budget for the coming year.</p>
<p>The operator said fuel and crew costs had risen by a third since the last increase, and that the
winter timetable would not change. Commuters with season tickets will pay the old price until August.</p>
<p>Councillors said the rise was fair but asked the operator to publish its costs every year from now on.</p>
</article></body></html>"""


def test_the_headline_repeated_under_a_section_label_leaves_a_page_text(tmp_path: Path) -> None:
    path = tmp_path / "ferry-fares.html"
    path.write_text(PAGE)
    cand = run(path, CTX)[1][0]
    text = body(cand)
    assert text.startswith("The county ferry"), text
    # a paragraph that is not a label keeps a headline-like line under it
    path.write_text(PAGE.replace("<p class=\"section-label\">Ports</p>",
                                 "<p>The council met on Monday and set the budget for the ferry.</p>"))
    assert "Ferry fares rise" in body(run(path, CTX)[1][0])
