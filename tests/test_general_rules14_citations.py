"""General rules added for blind14's Gale download, each tested on shapes unlike that set's strings:
a library citation under a document's text (the "Source Citation" / "Cite this article"
heading, the citation in MLA, APA or Chicago shape, a reference closing on its access date)
is the database's, in any export, while a quoted sentence of the story's own stays; and a
database's field block under a headline ("Date:" / "From: Outlet (Place)" / "Document Type:" /
"Full Text:") is read in an export no reader knows, while a forwarded mail's "From:" is no outlet."""

from __future__ import annotations

import textwrap

from ingest.config import CleanConfig
from ingest.rules import RuleSet
from tests.test_plaintext import body, split

RULES = RuleSet(CleanConfig().rule_files)

PARA = ("The port authority said on Thursday that dredging of the inner channel would start in "
        "October, two years later than planned, because the contractor had gone into administration.")
PARA2 = ("Shipping lines that call at the terminal were told to expect tidal restrictions for "
         "vessels of more than nine metres' draught until the work is finished next spring.")


def test_citations_in_library_styles_are_furniture() -> None:
    for line, rule in (
        ("Suggested citation:", "citation-heading"),
        ("Cite this story", "citation-heading"),
        ("Source Citation (Chicago 17th Edition)", "citation-heading"),
        ("Okafor, Tomas. “Dredging delayed again.” Tidewater Post, 14 Feb. 2025, pp. 3-4.", "library-citation"),
        ('Okafor, Tomas, and Lise Berg. "Dredging delayed again." Tidewater Post, February 14, 2025.',
         "library-citation"),
        ("Okafor, T., Berg, L., & Ng, A. (2025, February 14). Dredging delayed again. Tidewater Post.",
         "library-citation-apa"),
        ("Okafor, T. (n.d.). Dredging delayed again. Tidewater Post. Retrieved March 1, 2025, from https://x.example/",
         "library-citation-apa"),
        ("Tidewater Post, 14 Feb. 2025, p. 3. Harbour Newsbank, hn.example/doc/77. Accessed 1 Mar. 2025.",
         "citation-access-date"),
    ):
        assert RULES.match(line, "edge") == rule, line


def test_quoted_prose_and_dates_in_text_are_not_citations() -> None:
    for line in (
        "“We will not accept another delay,” said Tomas Okafor, chairman of the users’ group.",
        "“It is over.” The minister left the room without taking questions.",
        '"Dredging delayed again." That was the headline the port feared, and on 14 February it ran.',
        "Citations for speeding rose by a third in 2024, the police said.",
        "Okafor, who has run the terminal since 2019, said the delay would cost the port £2m.",
        "The records were last accessed by the auditors in March, before the board met.",
    ):
        assert RULES.match(line, "edge") is None, line


def test_a_citation_block_under_a_saved_article_is_cut() -> None:
    text = textwrap.dedent(f"""\
        Dredging of inner channel delayed to October

        By Lise Berg

        {PARA}

        {PARA2}

        “We will not accept another delay,” said Tomas Okafor, chairman of the users’ group.

        How to cite this article
        Berg, L. (2025, February 14). Dredging of inner channel delayed to October. Tidewater Post, 3.
        """)
    (cand,), _ = split(text)
    text_kept = body(cand)
    assert text_kept.startswith("The port authority") and text_kept.endswith("users’ group.")
    assert "cite" not in text_kept and "Berg, L." not in text_kept


def test_a_database_field_block_under_a_headline_in_an_unknown_export() -> None:
    text = textwrap.dedent(f"""\
        Dredging of inner channel delayed to October
        Date: February 14, 2025
        From: Tidewater Post (Hull, England)
        Document Type: News
        Word count: 61
        Author: Lise Berg

        Full Text:
        {PARA}

        {PARA2}

        Suggested citation:
        Berg, Lise. “Dredging of inner channel delayed to October.” Tidewater Post, 14 Feb. 2025, p. 3.
        """)
    (cand,), _ = split(text)
    assert cand.title == "Dredging of inner channel delayed to October"
    assert cand.outlet == "Tidewater Post"  # the place in parentheses is no part of the name
    assert cand.authors == ["Lise Berg"]
    assert body(cand) == f"{PARA}\n\n{PARA2}"


def test_a_forwarded_mails_sender_is_no_outlet() -> None:
    text = textwrap.dedent(f"""\
        Dredging of inner channel delayed to October
        Date: February 14, 2025
        From: Lise Berg <lise.berg@example.org>

        {PARA}

        {PARA2}
        """)
    (cand,), _ = split(text)
    assert cand.outlet is None
