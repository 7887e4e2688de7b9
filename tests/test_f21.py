"""House furniture repeated across an outlet's articles with numbers that change, reporter
lines around a story, and a daily e-mail's "Name | date" credits (blind21's kind of input),
on invented text."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from ingest.clean import fingerprint
from ingest.config import CleanConfig
from ingest.formats.headers import is_kicker
from ingest.formats.meta_clean import title_site
from ingest.repeats import RepetitionLearner, is_learned, shape_fingerprint
from ingest.rules import RuleSet
from tests.conftest import Ingest
from tests.test_formats_feeds import run
from tests.test_plaintext import CTX
from tests.test_repeats import bodies, entry, files, learned, story

Write = Callable[[str, str], Path]
RULES = RuleSet(CleanConfig().rule_files)
TITLES = ["Ferry timetable cut for winter", "Clinic hires two nurses from Bergen", "Glacier trail reopens after storm",
          "Council delays harbour budget vote", "School roof repairs start early"]


def pitch(n: int) -> str:
    # No rule removes it: only repetition can (its web address makes it read as furniture).
    return f"The Echo stands on {n:,} neighbours. Be number {n + 1:,} at https://fjordecho.no/ring"


def test_furniture_whose_number_changes_is_learned_by_shape(ingest: Ingest, write: Write) -> None:
    folder = files(write, *(entry(t, [*story(40 + i), pitch(2310 + 7 * i)], day=3 + i)
                            for i, t in enumerate(TITLES[:4])))
    _, engine = ingest([folder])
    got = bodies(engine)
    assert len(got) == 4 and not any("neighbours." in b for b in got.values()), got
    assert any("neighbours." in t for t in learned(engine))
    with engine.connect() as conn:  # the copies keep it: the learner takes it from the article
        assert all("neighbours." in str(b) for (b,) in conn.execute(text("select body from copies")))


def test_a_pair_is_not_enough_for_a_shape(ingest: Ingest, write: Write) -> None:
    folder = files(write, *(entry(t, [*story(50 + i), pitch(980 + i)], day=3 + i) for i, t in enumerate(TITLES[:2])))
    _, engine = ingest([folder])
    assert all("neighbours." in b for b in bodies(engine).values())


def test_a_series_background_with_changing_figures_stays(ingest: Ingest, write: Write) -> None:
    def background(n: int) -> str:
        return (f"The Stalheim tunnel, opened in 1991, now carries about {n:,} vehicles a day and has been "
                "closed twice this winter after rockfalls near its eastern portal.")
    folder = files(write, *(entry(t, [*story(60 + i), background(4000 + 50 * i)], day=3 + i)
                            for i, t in enumerate(TITLES)))
    _, engine = ingest([folder])
    got = bodies(engine)
    assert all("Stalheim tunnel" in b for b in got.values()), got
    assert learned(engine) == []


def test_shapes_mask_numbers_only() -> None:
    assert shape_fingerprint("Listen · 2:14") == shape_fingerprint("Listen · 13:07")
    assert shape_fingerprint("Page 4 of 9") != shape_fingerprint("Part 4 of 9")
    assert shape_fingerprint("Listen") != fingerprint("Listen")  # salted: never an exact key
    assert is_learned("Members: 1,001", {shape_fingerprint("Members: 7")})
    assert not is_learned("Members: many", {shape_fingerprint("Members: 7")})


def test_content_is_never_learned_by_shape() -> None:
    learner = RepetitionLearner(CleanConfig(), lambda _: False)
    quote = "“We counted 412 cars on the quay,” the harbour master said."
    assert learner.needed(quote, None, shape=True)[0] > 100
    assert learner.needed(pitch(5), None, shape=True) == (CleanConfig().repeat_min_articles + 1, False)


@pytest.mark.parametrize(("line", "rule"), [
    ("Reach Oskar Lind at olind@fjordecho.example or 47-555-0122.", "reporter-contact"),
    ("Contact Birte Aas: baas@tradeweekly.example | 22 555 0190", "reporter-contact"),
    ("You are reading 1 of 4 free articles this month.", "metered-paywall"),
    ("► Listen · 12:05", "listen-duration"),
    ("Listen (1:58): https://radio.example.org/a/77.mp3", "listen-duration"),
    ("Read online: https://www.tradeweekly.example/2027/02/01/pumps/", "read-online-link"),
    ("Web exclusive: This story did not appear in print.", "print-web-note"),
    ("For Fjord Radio News, I’m Sigrid Dahl in Odda.", "broadcast-signoff"),
    ("Good evening, Odda! Here is what the Echo is following tonight.", "newsletter-greeting"),
    ("Salt Roads · Part 5", "series-label"),
    ("About this series: “Salt Roads” follows the ferry towns through one winter.", "series-note"),
])
def test_furniture_lines(line: str, rule: str) -> None:
    found = RULES.match(line, "any") or RULES.match(line, "edge")
    # Two rules written apart (press releases, outlet furniture) both take a bare 'Read online'
    # line; the first in the file names it.
    same = {"read-online-link", "read-online-label"}
    assert found == rule or {found, rule} <= same, (line, found)


@pytest.mark.parametrize("line", [
    "For the county, I’m very worried about the road.",
    "For now, I’m told, the ferry will run twice a day.",
    "Reach the summit at 3 pm and turn back before dark, the guide said.",
    "Play resumed at 3:15 after the rain stopped.",
    "Contact between the two crews was lost at 4:10.",
    "Only one of three free clinics stayed open over the holiday, the council said.",
    "In print and online, the council published 40 notices last year.",
    "Good morning, the ferry captain said, is when the fog lifts off the sound.",
    "Hello, she called from the boathouse, but nobody answered.",
    "Council approves budget: Day 2",
    "He said the plan is part of a series of changes the council wants.",
    "The Stalheim tunnel, part of the 1991 road project, carries 4,000 vehicles a day.",
])
def test_prose_stays(line: str) -> None:
    assert RULES.match(line, "any") is None and RULES.match(line, "edge") is None, line


MAIL = """From: The Fjord Echo <morning@fjordecho.example>
To: reader@example.org
Subject: Morning Echo | March 2, 2027
Date: Tue, 02 Mar 2027 06:00:00 +0100
Content-Type: text/plain; charset="utf-8"

THE MORNING ECHO
The Fjord Echo -- the valley's own paper since 1899
Tuesday, March 2, 2027 | Odda | 2C, rain

Good morning. Here is what we have for you today.

==========================================================
Quay repairs will close the ferry berth for two weeks
Sigrid Dahl | Mar. 2, 2027

ODDA -- The municipality will close the ferry berth at the old quay for two weeks from Monday while divers
replace the timber piles that a winter storm loosened, the harbour office said on Monday evening.

Passengers will board from a temporary pontoon beside the fish market, and the timetable stays the same,
according to a notice posted at the terminal. The repairs will cost about 3 million kroner.

Harbour master Lars Vik said the piles had been inspected in January and were found to be worse than
expected after the storm, which also damaged two boathouses on the western shore of the fjord.

==========================================================
Library extends its Saturday hours through the spring
From staff reports | Mar. 2, 2027

ODDA -- The public library will open from 10 a.m. to 4 p.m. on Saturdays until the end of May, two hours
longer than before, after the council approved a small grant for extra staff at its last meeting.

The library said the longer hours answer requests from families and students who cannot visit on weekdays,
and that the reading room will also host a homework club on Saturday afternoons.

The grant covers the extra hours until June, when the council will decide whether to keep them for good.
"""


def test_newsletter_credits_name_the_writer_not_the_outlet(tmp_path: Path, ingest: Ingest) -> None:
    box = tmp_path / "morning-echo.mbox"
    box.write_text(f"From morning@fjordecho.example Tue Mar  2 06:00:00 2027\n{MAIL}\n")
    _, engine = ingest([box])
    with engine.connect() as conn:
        rows = conn.execute(text(
            "select a.title, o.name, (select group_concat(au.name) from article_authors aa join authors au "
            "on au.id = aa.author_id where aa.article_id = a.id) from articles a left join outlets o "
            "on o.id = a.outlet_id order by a.id")).fetchall()
    got = {str(t): (o, au) for t, o, au in rows if t and ("Quay" in t or "Library" in t)}
    assert got["Quay repairs will close the ferry berth for two weeks"] == ("The Fjord Echo", "Sigrid Dahl"), rows
    assert got["Library extends its Saturday hours through the spring"] == ("The Fjord Echo", None), rows


def test_a_host_spelling_initials_and_the_last_word_names_the_site() -> None:
    assert title_site("NORTH COAST FERRY NEWS", "www.ncfnews.example") == "NORTH COAST FERRY NEWS"
    assert title_site("San Mateo Chronicle", "smchronicle.com") == "San Mateo Chronicle"
    assert title_site("Weekend Read", "wradio.org") is None
    assert title_site("North Coast Ferry News", "ncfweekly.com") is None


@pytest.mark.parametrize(("line", "kicker"), [
    ("RIVER WARDENS, PART 2", True), ("THE LONG WINTER · DAY 4", True), ("NEWS", True),
    ("COUNCIL VOTES TO CLOSE THE POOL", False), ("River wardens, part 2", False),
])
def test_numbered_series_labels_are_kickers(line: str, kicker: bool) -> None:
    assert is_kicker(line) is kicker


DIGEST = """NORTH COAST FERRY NEWS
The trade letter of coastal shipping since 1961
THIS WEEK | Friday, March 5, 2027 | Vol. 9, No. 10

======================================================================

[TERMINALS]
Port board approves a second ramp at the north terminal
By Ines Varga, Senior Reporter | Mar. 3, 2027

The port board voted on Tuesday to build a second vehicle ramp at the north terminal, a project staff
estimate at about 14 million dollars, to end the queues that form on summer weekends.

Work would start after the summer season and take about eighteen months, the port said, while the
existing ramp stays open throughout.

Read online: https://www.ncfnews.example/terminals/2027/03/03/second-ramp/
----------------------------------------------------------------------

[VESSELS]
Yard delays delivery of the first hybrid ferry by a month
By Tor Hald, Staff Reporter | Mar. 4, 2027

The shipyard building two hybrid ferries for the coastal route has told the operator that the first
vessel will be delivered a month late because of a shortage of battery modules.

The operator said the old ferry it had planned to retire will stay in service until the new one arrives.

Read online: https://www.ncfnews.example/vessels/2027/03/04/hybrid-delay/
----------------------------------------------------------------------
"""


def test_a_digest_masthead_that_spells_its_links_host_is_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "NCFN_this-week.txt"
    path.write_text(DIGEST)
    items = [c for c in run(path, CTX)[1] if any(t.strip() for _, t in c.body_lines)]
    # (the masthead's own header, with no text, never becomes an article)
    assert len(items) == 2 and all(c.outlet == "NORTH COAST FERRY NEWS" for c in items), [c.outlet for c in items]
    path.write_text(DIGEST.replace("ncfnews.example", "harbourdesk.example"))
    items = [c for c in run(path, CTX)[1] if any(t.strip() for _, t in c.body_lines)]
    assert len(items) == 2 and all(c.outlet is None for c in items)


def test_no_shape_key_for_a_paragraph_that_quotes_someone() -> None:
    """A quoting paragraph reads as content for every outlet, so its shape is never learned: it
    gets no shape key (half the keys of news prose), while a quoted line with a link (furniture
    for every outlet) keeps one."""
    learner = RepetitionLearner(CleanConfig(), lambda _: False)
    quote = "“We will rebuild the 3 piers by May,” the harbour master said."
    pitch = "Stories like this exist because 4,112 readers chip in. Join them: example.org/join"
    linked = "“Join 4,112 readers” — https://example.org/join"
    keys = learner.edges([quote, "Body text of the story goes here.", pitch, linked])
    assert shape_fingerprint(quote) not in keys and fingerprint(quote) in keys
    assert shape_fingerprint(pitch) in keys and shape_fingerprint(linked) in keys
    for outlet in (None, "Harbour Gazette", "Example"):  # the assumption the skip rests on
        assert learner.cues.reads_like_content(quote, outlet)
        assert learner.needed(quote, outlet, shape=True)[0] > 1000
