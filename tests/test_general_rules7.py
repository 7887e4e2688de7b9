"""General rules added after blind7's first contact, each on shapes unlike that set's strings:
field separators, pseudo-bylines, byline trailers, outlet suffixes, permalink dates, quoted
headlines, front matter notes, newsletter banners and signatures, story links, dedup tails."""

from __future__ import annotations

import datetime as dt
import textwrap

from bs4 import BeautifulSoup

from ingest.bylines import Bylines
from ingest.config import CleanConfig, DedupConfig
from ingest.dedup import Deduplicator
from ingest.formats import frontmatter
from ingest.formats.feeds import fragment_paragraphs
from ingest.formats.html_meta import page_meta
from ingest.formats.jsonl import record_candidate
from ingest.formats.lines import LABEL_LINE
from ingest.formats.meta_clean import title_site
from ingest.metadata import extract_url, unquote_title, url_date
from ingest.outlets import OutletAliases
from ingest.records import Candidate, DecodedSource, Source
from tests.test_plaintext import CTX, body, split

CFG = CleanConfig()
PARA = ("The regional water board said on Monday that the reservoir had fallen to its lowest level "
        "in eleven years, and asked households to cut their use by a fifth until the rains return.")


def _bylines() -> Bylines:
    by = Bylines(CFG.byline_files)
    by.publication = OutletAliases(CFG.outlet_files).nameplate
    return by


def test_double_colon_field_separator_is_a_label() -> None:
    m = LABEL_LINE.match("SOURCE :: Harbour Examiner")
    assert m is not None and m.group(1).strip() == "SOURCE" and m.group(2) == "Harbour Examiner"


def test_pseudo_bylines_credit_nobody_but_are_bylines() -> None:
    by = _bylines()
    assert by.byline("By Our Special Correspondent") == []
    assert by.byline("Posted by admin") == []
    assert by.byline("By Agencies") == []
    assert by.byline("By Ines Barros") == ["Ines Barros"]


def test_byline_trailer_place_or_publication_is_no_coauthor() -> None:
    by = _bylines()
    assert by.byline("By Tomas Okafor, Lisbon") == ["Tomas Okafor"]
    assert by.byline("By Ana Ruiz and Li Wei, Coastal Plains Herald") == ["Ana Ruiz", "Li Wei"]
    assert by.byline("By Ana Ruiz and Cher") == ["Ana Ruiz", "Cher"]  # joined by 'and': a co-author
    assert by.byline("By Ana Ruiz, Emily Post") == ["Ana Ruiz", "Emily Post"]  # two words: a person


def test_outlet_edition_and_section_suffixes() -> None:
    outlets = OutletAliases(CFG.outlet_files)
    assert outlets.canonical("Port Alder Tribune -- Business") == "Port Alder Tribune"
    assert outlets.canonical("Port Alder Tribune · Print · p. 4") == "Port Alder Tribune"


def test_publication_then_writer_line() -> None:
    text = textwrap.dedent(f"""\
        The quiet economics of rain
        The Weather Desk Letter, Ingrid Solberg, 3 March 2023

        {PARA}

        {PARA}
        """)
    cands, _ = split(text)
    assert cands[0].outlet == "The Weather Desk Letter"


def test_permalink_dates_and_their_limits() -> None:
    assert url_date("https://example.org/local/2021/02/28/bridge-closed/") == dt.date(2021, 2, 28)
    assert url_date("https://example.org/2021/02/bridge-closed") is None  # year and month only
    assert url_date("https://example.org/2021/02/30/x") is None  # no such day
    assert url_date(None) is None


def test_quoted_headline_unquoted_only_when_wholly_quoted() -> None:
    assert unquote_title("“Ferry fares to rise in spring”") == "Ferry fares to rise in spring"
    assert unquote_title('"We will not yield," says mayor') == '"We will not yield," says mayor'


def test_short_slug_made_of_headline_words_is_the_articles_url() -> None:
    cand = Candidate("x", 0, 1, 3, "", [(1, PARA), (2, ""), (3, "Link: https://example.net/a/reservoir-lowest-level-eleven-years")],
                     title="Households asked to cut water use as reservoir hits lowest level in eleven years")
    found = extract_url(cand)
    assert found is not None and found[1].endswith("reservoir-lowest-level-eleven-years")


def test_site_prefix_title_names_the_outlet() -> None:
    assert title_site("Kestrel Notes: Swifts return early", "kestrelnotes.blogspot.com") == "Kestrel Notes"


def test_comment_dates_and_utc_stamps_on_pages() -> None:
    html = """<html><head><link rel="canonical" href="https://example.com/news/story-x"></head><body>
      <article><h1>Story</h1><p>Text.</p></article>
      <div class="comments"><span class="comment-date">May 9, 2022</span></div></body></html>"""
    assert page_meta(BeautifulSoup(html, "lxml"), _bylines(), OutletAliases(CFG.outlet_files)).published_on is None
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
      "datePublished": "2022-05-08T22:10:00Z"}</script></head><body>
      <div class="post-meta">May 9, 2022</div><p>Text.</p></body></html>"""
    meta = page_meta(BeautifulSoup(html, "lxml"), _bylines(), OutletAliases(CFG.outlet_files))
    assert meta.published_on == dt.date(2022, 5, 9)


def test_crawler_record_site_name_canonical_link_and_site_url() -> None:
    record = {"url": "https://www.tidewater.example/p/story?utm_source=feed", "canonical_link":
              "https://www.tidewater.example/p/story", "title": "T", "text": PARA, "meta_site_name": "",
              "source_url": "https://www.tidewater.example", "authors": ["Staff"]}
    cand = record_candidate(record, "x.jsonl", 0, 1, "", CTX)
    assert cand.url == "https://www.tidewater.example/p/story"
    assert cand.outlet == "tidewater.example"
    assert cand.authors == []


def test_front_matter_note() -> None:
    text = textwrap.dedent(f"""\
        ---
        title: "Night trains return to the valley"
        url: https://example.com/rail/night-trains-return
        authors: ["[[Bea Lindqvist|B. Lindqvist]]"]
        date: 2023-06-02
        clipped: 2023-07-19
        tags:
          - rail
        ---
        {PARA}
        """)
    assert frontmatter.sniff(text)
    decoded = DecodedSource(Source("note.md", text.encode(), "0" * 64), text, "utf-8")
    cand = next(frontmatter.parse(decoded, CTX))
    assert cand.title == "Night trains return to the valley"
    assert cand.url == "https://example.com/rail/night-trains-return"
    assert cand.published_on == dt.date(2023, 6, 2) and cand.authors == ["B. Lindqvist"]
    assert [t for _, t in cand.body_lines if t.strip()] == [PARA]
    assert not frontmatter.sniff("---\nfoo: 1\n---\ntext")  # no field we read


def test_boxed_banner_ends_the_last_item_and_a_contents_list_is_no_article() -> None:
    rule = "=" * 40
    text = textwrap.dedent(f"""\
        THE WEIR LETTER
        Issue 9 | 4 April 2022

        IN THIS ISSUE
          1. Reservoir at an eleven-year low
          2. Mill race reopened

        {rule}
        NEWS
        {rule}

        1. Reservoir at an eleven-year low
           River Post | 2 April 2022

           {PARA}

        2. Mill race reopened
           River Post | 3 April 2022

           {PARA}

        {rule}
        CLASSIFIEDS
        {rule}

           Boat for sale, sound hull, offers to the harbour office by Friday.
        """)
    cands, rejected = split(text)
    assert [c.title for c in cands] == ["Reservoir at an eleven-year low", "Mill race reopened"]
    assert "Boat for sale" not in body(cands[-1])
    assert rejected  # the masthead and its contents list, the classified box


def test_valediction_and_mail_client_lines_are_the_posters() -> None:
    text = textwrap.dedent(f"""\
        Message: 1
        From: a@example.org
        Subject: dam

        Reservoir at an eleven-year low
        River Post, 2 April 2022

        {PARA}

        Saludos,
        Marta Gil

        Sent from Proton Mail for Android

        ------------------------------

        Message: 2
        From: b@example.org
        Subject: mill

        Mill race reopened
        River Post, 3 April 2022

        {PARA}
        """)
    cands, _ = split(text)
    text0 = body(cands[0])
    assert "Saludos" not in text0 and "Marta Gil" not in text0 and "Proton" not in text0


def test_read_more_link_keeps_its_address() -> None:
    html = '<p>Story text.</p><p><a href="https://example.com/x/ferry-fares-rise">Continue reading →</a></p>'
    assert fragment_paragraphs(html)[-1] == ["Continue reading → https://example.com/x/ferry-fares-rise"]
    html = '<p><a href="https://example.com/">Home</a></p>'
    assert fragment_paragraphs(html) == [["Home"]]


def test_shared_tail_that_is_most_of_the_body_is_the_story() -> None:
    dd = Deduplicator(DedupConfig())
    story = "\n\n".join(f"{PARA} Paragraph {i} adds detail number {i}." for i in range(6))
    j, _ = dd.similarity("A caption under the photo. (File photo)\n\n" + story, "A one-line dek above it.\n\n" + story)
    assert j > 0.8


def test_front_matter_folded_scalars_and_heading() -> None:
    text = ("---\ntitle: >\n  Night trains\n  return\nsite: |\n  Rail Notes\n---\n\n"
            "# Night trains return\n\n" + PARA + "\n")
    decoded = DecodedSource(Source("note.md", text.encode(), "0" * 64), text, "utf-8")
    cand = next(frontmatter.parse(decoded, CTX))
    assert cand.title == "Night trains return" and cand.outlet == "Rail Notes"
    assert [t for _, t in cand.body_lines if t.strip()] == [PARA]
