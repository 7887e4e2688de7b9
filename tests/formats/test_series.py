"""Installments of a series (a weekly outlook, a numbered bulletin) share their template text,
often more than half of it, yet each issue is an article of its own: two different titles that
differ only in a date or a serial number are never collapsed. An update whose headline changes
a bare number ("kills 3" -> "kills 4") is still the same article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.dedup import installments, title_key

TEMPLATE = [
    "The index is a scale from 1 to 10 that combines ozone, fine particulate matter and nitrogen dioxide. "
    "Readings of 7 to 10 are considered high risk; anything above 10 is very high risk.",
    "People with heart or lung conditions, older adults and young children should reduce strenuous outdoor "
    "activity when readings are high, and keep windows closed while smoke lingers over the valley.",
    "The Gazette publishes this outlook every Wednesday until the end of the season. Current readings are "
    "posted hourly by the regional monitoring network on its website.",
]


def _issue(title: str, date: str, lead: str) -> str:
    return "\n\n".join([f"{title}\nValley Gazette, {date}", lead, *TEMPLATE]) + "\n"


def test_the_guard_reads_dates_and_serial_numbers_only() -> None:
    pairs = {
        ("Air quality outlook: week of July 13", "Air quality outlook: week of July 20"): True,
        ("Fire danger bulletin No. 33", "Fire danger bulletin No. 34"): True,
        ("Budget 2025: what it means for you", "Budget 2026: what it means for you"): True,
        ("Fire kills 3 in hill villages", "Fire kills 4 in hill villages"): False,
        ("Air quality outlook: week of July 13", "Air quality outlook: week of July 13"): False,
        ("Air quality outlook: week of July 13", "Fire season opens early"): False,
    }
    for (a, b), want in pairs.items():
        assert installments(title_key(a), title_key(b)) is want, (a, b)


def test_weekly_issues_stay_apart_and_a_repaste_joins(ingest: Callable[..., tuple[Any, Any]], tmp_path: Path) -> None:
    one = _issue("Air quality outlook: week of July 13", "15 July 2026",
                 "Light smoke from fires to the south is expected to drift into the valley midweek, but the index "
                 "should stay at 3 for most of the week before a cold front clears the haze.")
    two = _issue("Air quality outlook: week of July 20", "22 July 2026",
                 "Smoke from the Bear Creek fire is expected to settle over the valley for much of the week, with "
                 "the index forecast to reach 9 by Thursday morning and a special statement in force.")
    (tmp_path / "a.txt").write_text(one + "\n\n" + two)
    (tmp_path / "b.txt").write_text(two.replace("much of the week", "most of the week"))  # the same issue again
    _, con = ingest(tmp_path / "a.txt", tmp_path / "b.txt")
    rows = sorted(tuple(r) for r in con.execute(
        "select a.title, count(c.id) from articles a join copies c on c.article_id = a.id group by a.id"))
    assert rows == [("Air quality outlook: week of July 13", 1), ("Air quality outlook: week of July 20", 2)]


def test_an_issue_is_kept_apart_from_every_copy_of_another(ingest: Callable[..., tuple[Any, Any]],
                                                          tmp_path: Path) -> None:
    """The earlier issue's first copy came under a poster's own subject line; its second copy
    carries the series title. The next issue may match the first copy best, but the article
    holds another installment of its series: it stays apart."""
    one = _issue("Air quality outlook: week of July 13", "15 July 2026",
                 "Light smoke from fires to the south is expected to drift into the valley midweek, but the index "
                 "should stay at 3 for most of the week before a cold front clears the haze.")
    two = _issue("Air quality outlook: week of July 20", "22 July 2026",
                 "Smoke from the Bear Creek fire is expected to settle over the valley for much of the week, with "
                 "the index forecast to reach 9 by Thursday morning and a special statement in force.")
    (tmp_path / "a.txt").write_text(one.replace("Air quality outlook: week of July 13", "Smoke note for the board"))
    (tmp_path / "b.txt").write_text(one)
    (tmp_path / "c.txt").write_text(two)
    _, con = ingest(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt")
    assert con.execute("select count(*) from articles").fetchone()[0] == 2
