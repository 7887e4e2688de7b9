"""General rules from blind9's first contact (session 7) that are not a reader of their own:
the legacy code page a tie in encoding detection goes to, authors given in catalogue order in
an author field, and the newsroom signing unbylined copy in other languages."""

from __future__ import annotations

from ingest.bylines import Bylines
from ingest.config import IngestConfig
from ingest.decode import decode_bytes
from ingest.formats.meta_clean import clean_authors

BYLINES = Bylines(IngestConfig().clean.byline_files)


def test_a_western_text_in_a_legacy_code_page_is_read_as_windows_1252() -> None:
    text = ("Fiscalização reforçada na Serra da Estrela, diz a Redação; the café in Viña del Mar\t"
            "reopened, señora Muñoz said. Déjà vu for São Brás.\n") * 3
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252", False)


def test_a_central_european_text_keeps_its_own_code_page() -> None:
    text = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl Dvořák v Brně. Zažloutlý kůň se prohání.\n" * 10
    decoded, encoding, _ = decode_bytes(text.encode("cp1250"))
    assert (decoded, encoding) == (text, "cp1250")


def test_authors_in_catalogue_order_in_an_author_field() -> None:
    assert clean_authors(["Okonkwo, Chidi", "van der Berg, Anna", "Lindqvist-Hale, Maja E."], None, BYLINES) == [
        "Chidi Okonkwo", "Anna van der Berg", "Maja E. Lindqvist-Hale"]
    # Left alone: a name and a place, a name and a job or an agency, names in reading order.
    assert clean_authors(["Chidi Okonkwo, Lagos"], None, BYLINES) == ["Chidi Okonkwo"]
    assert clean_authors(["Okonkwo, AFP"], None, BYLINES) == ["Okonkwo"]
    assert clean_authors(["Okonkwo, Correspondent"], None, BYLINES) == ["Okonkwo"]
    assert clean_authors(["Chidi Okonkwo"], None, BYLINES) == ["Chidi Okonkwo"]


def test_the_newsroom_in_other_languages_is_nobody() -> None:
    for who in ("Redação", "La Redacción", "Redazione", "De redactie"):
        assert clean_authors([who], None, BYLINES) == [], who


def test_a_name_and_job_before_a_date_is_a_byline_and_a_newswire_is_a_publication() -> None:
    from tests.test_plaintext import split

    para = ("Emergency wards in the region treated more patients with breathing problems on the days "
            "when smoke from the fires settled over the valley, the health authority said on Tuesday.")
    text = (f"Clinics busier on smoky days, figures show\nOlu Bankole, Health Correspondent | 9 July 2026\n\n{para}\n\n"
            f"Harbour dredging delayed again\nLise Berg | Nordic Newswire | 2 Sep 2026\n\n{para}\n")
    first, second = split(text)[0]
    assert (first.outlet, first.authors, str(first.published_on)) == (None, ["Olu Bankole"], "2026-07-09")
    assert (second.outlet, second.authors, str(second.published_on)) == ("Nordic Newswire", ["Lise Berg"], "2026-09-02")
    # A publication with its place is no person with a job.
    (third,), _ = split(f"Harbour dredging delayed again\nHarbour Gazette, Leeds | 2 Sep 2026\n\n{para}\n")
    assert third.outlet is not None and third.outlet.startswith("Harbour Gazette") and third.authors == []


def test_a_posters_remark_after_a_credits_date_is_not_part_of_it() -> None:
    from tests.test_formats_credit_lines import READER

    found = READER.read("Harbour Gazette, 4 May 2026 -- worth a read before Thursday's meeting.")
    assert found is not None and (found.outlet, str(found.date)) == ("Harbour Gazette", "2026-05-04")
    # Without a date before it, a dash and lower case prove nothing: no credit is read.
    assert READER.read("Harbour Gazette -- worth a read before Thursday's meeting.") is None


def test_a_copy_repeating_its_own_title_and_byline_above_the_text_loses_them() -> None:
    from ingest.clean import Cleaner
    from ingest.records import Candidate
    from ingest.rules import RuleSet

    cfg = IngestConfig().clean
    cleaner = Cleaner(RuleSet(cfg.rule_files), BYLINES, cfg.unwrap_max_width)
    para = ("Fewer than a quarter of the seedlings promised after the fires have been planted, the forestry "
            "service said on Monday, blaming a shortage of nurseries and dry springs.")
    body = f"Replanting lags behind pledges\n\nEleni Markou\n\n{para}\n\nReplanting lags behind pledges, critics say."
    cand = Candidate("clip.html", 0, 1, 7, body, [(n + 1, t) for n, t in enumerate(body.split("\n"))],
                     title="Replanting lags behind pledges", authors=["Eleni Markou"])
    assert cleaner.clean(cand).paragraphs == [para, "Replanting lags behind pledges, critics say."]
    # Without a stated title, the same first line is text like any other.
    bare = Candidate("clip.html", 0, 1, 7, body, cand.body_lines)
    assert cleaner.clean(bare).paragraphs[0] == "Replanting lags behind pledges"


def test_a_web_digests_post_head_is_the_posters_not_the_articles() -> None:
    """'1a.' / topic / 'Posted by: …' / post stamp heads each message of a Yahoo-Groups-style
    digest: the topic is the poster's subject and the stamp the day it was posted. The article
    is what the poster pasted under a lead-in: its own headline and byline."""
    from tests.test_plaintext import split

    para = ("The harbour board said on Monday that the new breakwater had held through the autumn storms, "
            "and that repairs to the older seawall would start once the spring tides had passed.")
    def message(n: str, topic: str, who: str, stamp: str, lead: str, title: str, byline: str) -> str:
        return (f"{n}\n\n{topic}\n    Posted by: \"{who}\" {who.split()[0].lower()}@example.org\n    {stamp}\n\n"
                f"{lead}\n\n{title}\n{byline}\n\n{para}\n\n{para}\n\n{who.split()[0]}\n\nBack to top\n"
                "Reply to sender | Reply to group | Reply via web post\nMessages in this topic (1)\n" + "_" * 60 + "\n")
    text = ("Messages In This Digest (2 Messages)\n\n" + "_" * 60 + "\n"
            + message("1a.", "breakwater news", "Lena Moss", "Mon Oct 12, 2026 5:02 pm (PDT)",
                      "From this morning's Harbour Gazette:", "New breakwater holds through storms", "By Tom Hale")
            + message("2a.", "seawall repairs", "Raj Patel", "Tue Oct 13, 2026 9:40 am (PDT)",
                      "Same story, other paper:", "Seawall repairs to start in spring", "By Ana Ruiz"))
    cands, _ = split(text)
    assert [(c.title, c.authors) for c in cands] == [
        ("New breakwater holds through storms", ["Tom Hale"]), ("Seawall repairs to start in spring", ["Ana Ruiz"])]
    assert all(c.published_on is None or str(c.published_on) not in ("2026-10-12", "2026-10-13") for c in cands)


def test_a_news_organisation_after_a_comma_is_no_co_author() -> None:
    assert BYLINES.byline("By Ama Owusu, Tidewater News Service") == ["Ama Owusu"]
    assert BYLINES.byline("By Jane Roe and Tom Service") == ["Jane Roe", "Tom Service"]


def test_a_forum_posts_user_name_and_yearless_stamp_are_no_headline() -> None:
    """A forum summary heads each post with the poster's handle and a day without its year;
    the article pasted below names its paper and date, then its own headline."""
    from tests.test_plaintext import split

    para = ("The harbour board said on Monday that the new breakwater had held through the autumn storms, "
            "and that repairs to the older seawall would start once the spring tides had passed.")
    text = (f"harbour_watcher\nNovember 25\n\nHarbour Gazette, Monday 12 October 2026 —\n\n"
            f"New breakwater holds through storms\nTom Hale | Harbour Reporter\n\n{para}\n\n{para}\n")
    (c,), _ = split(text)
    assert (c.title, c.outlet, str(c.published_on)) == ("New breakwater holds through storms", "Harbour Gazette",
                                                       "2026-10-12")
