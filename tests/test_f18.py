"""General rules from blind18's first contact (press releases, their syndication and their legal
and financial disclaimers), each on invented text: a release's closing furniture (company
profile, safe harbor, contacts, SOURCE line) however it was carried, a law firm's notices, a
financial site's disclaimers, an IR alert's Subject prefix and a newsletter's wrapped headline."""

from __future__ import annotations

import textwrap
from email.message import EmailMessage
from pathlib import Path

from ingest.formats import plaintext
from ingest.records import Candidate, DecodedSource, Source
from ingest.release_tail import ReleaseTail
from tests.test_formats_feeds import run
from tests.test_plaintext import CLEANER, CTX, body

LEAD = ("OSLO, March 3, 2027 /Harbourline Wire/ -- Fjellbrand Solar ASA (Oslo: FJEL) today opened a module "
        "factory in Moss, Norway, with capacity for 1.2 gigawatts of panels a year.")
NEWS = ("\u201cMoss gives us a deep-water quay and a trained workforce,\u201d said chief executive Ingrid Sollie. "
        "The plant cost about NOK 2.1 billion and employs 410 people.")
PROFILE = ("Fjellbrand Solar ASA designs and builds solar modules for utility-scale parks in Northern Europe. "
           "Headquartered in Oslo, the company operates two factories. "
           "For more information, visit www.fjellbrand.example.")
SAFE = ("This news release contains forward-looking statements, including statements regarding the ramp-up of "
        "the Moss factory. These statements are subject to risks and uncertainties. Fjellbrand undertakes no "
        "obligation to update any forward-looking statement, except as required by law.")
TAIL = ReleaseTail.load()


def test_about_heading_over_the_company_profile_starts_the_tail() -> None:
    texts = [LEAD, NEWS, "About Fjellbrand Solar ASA", PROFILE, "Forward-Looking Statements", SAFE]
    assert TAIL.start(texts) == 2
    # inline form, as law firms print it
    inline = [LEAD, NEWS,
              "About Lindqvist & Moore LLP: Lindqvist & Moore LLP represents investors in securities cases."]
    assert TAIL.start(inline) == 2


def test_about_heading_of_a_story_section_is_kept() -> None:
    texts = [LEAD, "About the tender", "The county received four bids, two of them from foreign builders.", NEWS]
    assert TAIL.start(texts) is None
    assert TAIL.start(["About Fjellbrand Solar ASA", PROFILE]) is None  # never the first paragraph


def test_safe_harbor_heading_or_opening_starts_the_tail() -> None:
    assert TAIL.start([LEAD, NEWS, "Cautionary Note Regarding Forward-Looking Statements:", SAFE]) == 2
    assert TAIL.start([LEAD, NEWS, SAFE, "Contact: press@fjellbrand.example"]) == 2
    # a reporter writing about a company's outlook is no safe harbor
    story = [LEAD, "Analysts said the company's forward-looking statements looked optimistic.", NEWS]
    assert TAIL.start(story) is None


def _clean(paras: list[str]) -> str:
    text = "\n\n".join(paras)
    cand = Candidate(source_path="x.txt", position=0, start_line=1, end_line=1, raw_text=text,
                     body_lines=list(enumerate(text.split("\n"), 1)))
    return CLEANER.clean(cand).body


def test_syndicated_release_loses_profile_safe_harbor_and_contacts() -> None:
    out = _clean([LEAD, NEWS, "About Fjellbrand Solar ASA", PROFILE, "Forward-Looking Statements", SAFE,
                  "Media Contact:", "Kari Holm, +47 555 01 234, press@fjellbrand.example",
                  "SOURCE Fjellbrand Solar ASA"])
    assert out == f"{LEAD}\n\n{NEWS}"


def test_law_firm_and_financial_site_notices_go_and_the_story_stays() -> None:
    story = ("Halvorsen Peak Partners is investigating whether Fjellbrand Solar ASA misled investors about the "
             "Moss factory. On this news, Fjellbrand shares fell NOK 9.40, or 22%, to close at NOK 33.10.")
    out = _clean([story,
                  "If you bought Fjellbrand shares and suffered a loss, please contact Tove Rask at (555) 010-4433.",
                  "No class has been certified in the above action. Until a class is certified, you are not "
                  "represented by counsel unless you retain one.",
                  "Halvorsen Peak Partners represents investors in securities class actions across the country.",
                  "This notice may be considered Attorney Advertising. "
                  "Prior results do not guarantee a similar outcome."])
    assert out == story
    article = ("Fjellbrand shares rose 6% on Wednesday after the company opened its Moss factory ahead of "
               "schedule, the first large solar plant to start up in Norway this decade.")
    out = _clean([article,
                  "Petra Lind has no position in any of the stocks mentioned. "
                  "The Daily Ledger has a disclosure policy.",
                  "Market data provided by Nordquote, delayed 20 minutes.",
                  "This article is for informational purposes only and does not constitute investment advice."])
    assert out == article


def test_release_source_and_contact_lines_match_rules() -> None:
    rules = CTX.rules
    assert rules is not None
    assert rules.match("SOURCE Fjellbrand Solar ASA") == "release-source-line"
    assert rules.match("Source close to the board said the deal was off.") != "release-source-line"
    assert rules.match("View original content: https://wire.example.net/r/1") == "release-source-line"
    assert rules.match("Investor Relations:", "edge") == "release-contact"
    assert rules.match("Read online:") == "read-online-label"


def test_ir_alert_subject_prefix_gives_way_to_the_printed_headline(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"] = '"Fjellbrand Solar ASA" <alerts@irmailer.example>'
    msg["To"] = "reader@example.org"
    msg["Subject"] = "Fjellbrand Solar ASA - Fjellbrand Solar Opens Module Factory in Moss"
    msg["Date"] = "Wed, 03 Mar 2027 09:00:00 +0000"
    msg.set_content(f"Fjellbrand Solar ASA | Oslo: FJEL\n\nFjellbrand Solar Opens Module Factory in Moss\n\n"
                    f"{LEAD}\n\n{NEWS}\n")
    path = tmp_path / "alert.eml"
    path.write_bytes(bytes(msg))
    _, cands, _ = run(path)
    assert [c.title for c in cands] == ["Fjellbrand Solar Opens Module Factory in Moss"]
    assert cands[0].outlet == "Fjellbrand Solar ASA"  # the masthead line names the sender, with a ticker after a bar


def test_newsletter_headline_wrapped_before_its_last_word_heads_an_item() -> None:
    p1 = ("Fjellbrand has started its first panel line in Moss, two months ahead of the schedule it set when "
          "construction began.")
    p2 = ("Grid operators in the south of Sweden expect another record year for new rooftop connections, "
          "driven by farm buildings.")
    text = textwrap.dedent(f"""\
        NORDIC ENERGY LETTER
        Issue 12 | Monday, March 8, 2027

        ----------------------------------------------------------------------

        Fjellbrand starts its Moss panel line two months ahead of the plan it
        announced
        By Sigrid Aune | March 3, 2027

        {p1}

        ----------------------------------------------------------------------

        Rooftop connections set for another record in southern Sweden
        By Nils Berg | March 4, 2027

        {p2}
        """)
    decoded = DecodedSource(Source("letter.txt", text.encode(), "0" * 64), text, "utf-8")
    cands = [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]
    assert [c.title for c in cands] == [
        "Fjellbrand starts its Moss panel line two months ahead of the plan it announced",
        "Rooftop connections set for another record in southern Sweden"]
    assert cands[0].authors == ["Sigrid Aune"]
    assert body(cands[0]) == p1
