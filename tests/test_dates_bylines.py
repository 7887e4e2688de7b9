"""Dates and bylines in every common English form; unknown stays None."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.bylines import Bylines
from ingest.config import CleanConfig
from ingest.dates import date_line, parse_date, split_trailing_date

D = dt.date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sept 28 2020", D(2020, 9, 28)),
        ("Oct. 5, 2020", D(2020, 10, 5)),
        ("October 3, 2020", D(2020, 10, 3)),
        ("5 October 2020", D(2020, 10, 5)),
        ("Monday, October 5, 2020", D(2020, 10, 5)),
        ("2020-10-05", D(2020, 10, 5)),
        ("5 October, 2020 1:15 pm IST", D(2020, 10, 5)),
        ("Tuesday 13 April 2021", D(2021, 4, 13)),
        ("March 12th, 2022", D(2022, 3, 12)),
        ("12th March 2022", D(2022, 3, 12)),
        ("2022-03-12T14:05:00Z", D(2022, 3, 12)),
        ("Published: 4 May 2019", D(2019, 5, 4)),
        ("Sat 12 Mar 2022 14.05 GMT", D(2022, 3, 12)),
        ("Dec 1 1999 at 10:30 a.m. EST", D(1999, 12, 1)),
    ],
)
def test_date_lines(line: str, expected: dt.date) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    ["5 October", "03:25 PM", "12/03/2022", "31 September 2020", "The vote on October 5, 2020 was close.", "2020"],
)
def test_not_a_date_line(line: str) -> None:
    """No year, ambiguous numeric forms, impossible days and prose are not date lines."""
    assert date_line(line) is None


def test_dates_inside_text_and_after_an_outlet() -> None:
    assert parse_date("released Sept. 28, 2020. (Reuters)") == D(2020, 9, 28)
    assert split_trailing_date("Global Research, October 15, 2020") == ("Global Research", D(2020, 10, 15))
    assert split_trailing_date("The Harbour Gazette | 2 March 2021, 08:15") == ("The Harbour Gazette", D(2021, 3, 2))
    assert split_trailing_date("No date here") is None


@pytest.fixture(scope="module")
def bylines() -> Bylines:
    return Bylines(CleanConfig().byline_files)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Dorian Jones", ["Dorian Jones"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("By Ann Lee, Bo Chen and Cy Diaz", ["Ann Lee", "Bo Chen", "Cy Diaz"]),
        ("BY JANE ROE", ["Jane Roe"]),
        ("By Liz Cookman | October 5, 2020, 5:35 PM", ["Liz Cookman"]),
        ("By Jane Roe, Staff Writer", ["Jane Roe"]),
        ("By Kenji Sato, Nikkei staff writer", ["Kenji Sato"]),
        ("By Jane Roe in London", ["Jane Roe"]),
        ("Author : 112.ua News Agency", ["112.ua News Agency"]),
        ("By [Stephen Lendman](#)", ["Stephen Lendman"]),
        ("By María José de la Fuente", ["María José de la Fuente"]),
        ("By Jane Roe and John Doe for The Guardian", ["Jane Roe", "John Doe"]),
    ],
)
def test_bylines(bylines: Bylines, line: str, expected: list[str]) -> None:
    assert bylines.byline(line) == expected


@pytest.mark.parametrize("line", ["By Monday, the troops had withdrawn.", "By the end of the year", "Byron Bay floods"])
def test_prose_is_not_a_byline(bylines: Bylines, line: str) -> None:
    assert bylines.byline(line) is None


def test_names_followed_by_a_date(bylines: Bylines) -> None:
    line = "Marc Champion and Ilya Arkhipov 5 October, 2020 1:15 pm IST"
    assert bylines.dated_names(line) == ["Marc Champion", "Ilya Arkhipov"]


def test_credit_lines_keep_reporters_not_editors(bylines: Bylines) -> None:
    line = "(Reporting by Diane Bartz; Additional reporting by Pete Schroeder; Editing by Daniel Wallis)"
    assert bylines.credits(line) == ["Diane Bartz", "Pete Schroeder"]
    assert bylines.credits("(Reporting by Ann Lee in Oslo and Bo Chen in Rome; Editing by Cy Diaz)") == [
        "Ann Lee", "Bo Chen"]
    assert bylines.credits("(This is a parenthetical remark by the author)") is None
