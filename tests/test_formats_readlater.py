"""What read-later, feed-reader and research tools keep of a story (blind27's kinds, on other
outlets and wordings): feed-reader JSON (the Google Reader API shape, Miniflux), read-later JSON
(Wallabag) and its failed fetches, reference-manager citations, bookmark CSVs, note templates
(Omnivore-style highlights), Joplin RAW and Notion page exports, a news app's share mail."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

from ingest.bylines import Bylines
from ingest.config import CleanConfig
from ingest.formats.jsonl import epoch_instant
from ingest.formats.meta_clean import clean_authors
from ingest.formats.plaintext import ParseContext
from ingest.metadata import byline_date, enrich
from ingest.outlets import OutletAliases
from ingest.records import Candidate, Rejection
from ingest.rules import RuleSet
from ingest.text import clean_line
from tests.test_formats_feeds import body
from tests.test_formats_feeds import run as _run


@functools.cache
def _ctx() -> ParseContext:
    """The pipeline's context, boilerplate rules included (a share line is told apart by them)."""
    cfg = CleanConfig()
    return ParseContext(Bylines(cfg.byline_files), OutletAliases(cfg.outlet_files), RuleSet(cfg.rule_files))


def run(path: Path) -> tuple[str, list[Candidate], list[Rejection]]:
    return _run(path, _ctx())

PARAS = ["The harbour board approved the new breakwater on Monday after a two-year review of the plans.",
         "Work starts in March and is expected to take eighteen months, the board's chair, Ines Marlow, said.",
         "Fishermen had asked for the work to be done outside the herring season, which ends in February.",
         "The breakwater will protect the inner basin from the south-westerly storms that damaged twelve boats "
         "last winter, and the board expects insurance costs for moorings to fall once it is finished.",
         "The project is paid for by the port's reserves and a loan, and mooring fees will not rise this year."]


def _html(paras: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in paras)


def _enriched(cand: Candidate) -> Candidate:
    return enrich(cand, _ctx().bylines)


def test_epoch_values_by_their_size() -> None:
    day = dt.datetime(2025, 3, 4, 10, 30, tzinfo=dt.UTC)
    stamp = int(day.timestamp())
    assert epoch_instant(stamp) == day  # seconds (FreshRSS "published")
    assert epoch_instant(stamp * 1000) == day  # milliseconds (Feedly)
    assert epoch_instant(str(stamp * 1_000_000)) == day  # microseconds, as a string
    assert epoch_instant(2025) is None and epoch_instant("20250304") is None and epoch_instant(True) is None


def test_google_reader_items_feedly_and_freshrss_shapes(tmp_path: Path) -> None:
    published = int(dt.datetime(2025, 3, 4, 9, 0, tzinfo=dt.UTC).timestamp())
    feedly = {"id": "user/x/tag/global.saved", "title": "Saved For Later", "items": [
        {"id": "a1", "title": "Breakwater approved", "published": published * 1000,
         "crawled": (published + 86400) * 1000,
         "origin": {"streamId": "feed/https://portgazette.example/feed", "title": "Port Gazette",
                    "htmlUrl": "https://portgazette.example"},
         "canonicalUrl": "https://portgazette.example/breakwater?utm_source=rss",
         "author": "Ada Brun and Leo Hart", "content": {"content": _html(PARAS), "direction": "ltr"}}]}
    fresh = {"id": "user/x/state/org.freshrss/starred", "title": "List of favourite articles", "items": [
        {"id": "tag:google.com,2005:reader/item/1", "crawlTimeMsec": str((published + 7200) * 1000),
         "timestampUsec": str((published + 7200) * 1_000_000), "published": published, "title": "Breakwater approved",
         "canonical": [{"href": "https://portgazette.example/breakwater"}],
         "alternate": [{"href": "https://portgazette.example/breakwater", "type": "text/html"}],
         "origin": {"streamId": "feed/3", "title": "Port Gazette", "htmlUrl": "https://portgazette.example/"},
         "content": {"content": _html(PARAS)}, "author": "Ada Brun; Leo Hart"}]}
    for name, doc in (("saved.json", feedly), ("starred_2025-03-09.json", fresh)):
        path = tmp_path / name
        path.write_text(json.dumps(doc, indent=4))
        fmt, (cand,), _ = run(path)
        assert fmt == "json"
        assert (cand.outlet, cand.url) == ("Port Gazette", "https://portgazette.example/breakwater")
        assert cand.published_on == dt.date(2025, 3, 4) and cand.date_inferred  # an instant's UTC day
        assert cand.authors == ["Ada Brun", "Leo Hart"]
        assert "two-year review" in body(cand) and "herring season" in body(cand)


def test_miniflux_feed_title_and_rss_mail_author(tmp_path: Path) -> None:
    doc = {"total": 1, "entries": [
        {"id": 7, "status": "read", "title": "Breakwater approved", "url": "https://bayherald.example/breakwater",
         "published_at": "2025-03-04T11:00:00+02:00", "created_at": "2025-03-06T08:00:00+02:00",
         "content": _html(PARAS), "author": "abrun@bayherald.example (Ada Brun)",
         "feed": {"id": 2, "title": "Bay Herald | Local", "site_url": "https://bayherald.example/"}}]}
    path = tmp_path / "entries.json"
    path.write_text(json.dumps(doc))
    _, (cand,), _ = run(path)
    assert cand.outlet is not None and cand.outlet.startswith("Bay Herald")
    assert cand.authors == ["Ada Brun"] and cand.published_on == dt.date(2025, 3, 4)


def test_wallabag_entries_and_a_failed_fetch(tmp_path: Path) -> None:
    entries = [
        {"id": 9, "title": "Breakwater approved", "url": "https://portgazette.example/breakwater?utm_medium=email",
         "content": _html(PARAS), "created_at": "2025-03-07T10:00:00+01:00",
         "published_at": "2025-03-04T10:00:00+01:00",
         "published_by": ["Prof. Ada Brun"], "domain_name": "portgazette.example", "http_status": "200",
         "annotations": [{"text": "check the dates", "quote": "eighteen months"}]},
        {"id": 10, "title": "Ferry timetable changes", "url": "https://portgazette.example/timetable",
         "content": "wallabag can't retrieve contents for this article. Please <a href=\"https://doc.example\">"
                    "troubleshoot this issue</a>.", "published_at": None, "published_by": None, "http_status": "403"},
        {"id": 11, "title": "Club dinner", "url": "https://portgazette.example/dinner",
         "content": "<p>Content could not be retrieved.</p>", "http_status": "200"},
    ]
    path = tmp_path / "All articles.json"
    path.write_text(json.dumps(entries))
    _, (cand,), rejected = run(path)
    assert cand.url == "https://portgazette.example/breakwater"  # the newsletter's tracking dropped
    assert cand.authors == ["Ada Brun"] and cand.published_on == dt.date(2025, 3, 4)
    assert cand.outlet is None  # a bare domain_name is no publication's name
    assert "check the dates" not in body(cand)
    reasons = {r.reason for r in rejected}
    assert "JSON record of a failed fetch (HTTP 403), not an article" in reasons
    assert "JSON record holding a read-later tool's fetch-failure notice, not an article" in reasons


def test_citations_without_text_are_no_articles(tmp_path: Path) -> None:
    items = [{"id": "http://zotero.org/users/1/items/AB", "type": "article-newspaper", "title": "Breakwater approved",
              "container-title": "Port Gazette", "abstract": "The board approved the plans.",
              "URL": "https://portgazette.example/breakwater", "author": [{"family": "Brun", "given": "Ada"}],
              "issued": {"date-parts": [["2025", 3, 4]]}, "accessed": {"date-parts": [["2025", 3, 9]]}}]
    path = tmp_path / "Exported Items.json"
    path.write_text(json.dumps(items, indent="\t"))
    _, cands, rejected = run(path)
    assert not cands
    assert any(r.reason.startswith("JSON citation record with no article text") for r in rejected)


BOOKMARKS = """id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite
11,Port timetable | Port Gazette,,Sailings this week.,https://portgazette.example/timetable,Port,,2025-03-08T10:00:00Z,,,false
12,Breakwater approved - Port Gazette,"saved for the harbour file, pasted from the print edition

Breakwater approved

By Ada Brun | March 4, 2025

{text}",The board approved the plans.,https://portgazette.example/breakwater,Port,,2025-03-08T11:00:00Z,,\
"Highlight:eighteen months",true
"""


def test_bookmark_rows_with_the_reader_s_pasted_text(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.csv"
    path.write_text(BOOKMARKS.replace("{text}", "\n\n".join(PARAS)))
    fmt, (cand,), rejected = run(path)
    assert fmt == "csv"
    assert (cand.title, cand.outlet) == ("Breakwater approved", "Port Gazette")  # the title's site part
    cand = _enriched(cand)
    assert cand.authors == ["Ada Brun"] and cand.published_on == dt.date(2025, 3, 4)  # not the save time
    text = body(cand)
    assert text.startswith("The harbour board approved") and "harbour file" not in text
    assert any(r.reason.startswith("bookmark without article text") for r in rejected)


def test_bookmark_export_without_a_note_column_holds_no_article(tmp_path: Path) -> None:
    path = tmp_path / "instapaper-export.csv"
    path.write_text("URL,Title,Selection,Folder,Timestamp\n"
                    "https://portgazette.example/breakwater,Breakwater approved,eighteen months,Unread,1741258800\n")
    _, cands, rejected = run(path)
    assert not cands and any(r.reason.startswith("bookmark without article text") for r in rejected)


READLATER_NOTE = """---
id: 42
title: Breakwater approved
author: Ada Brun
site_name: Port Gazette
original_url: https://portgazette.example/breakwater
date_saved: 2025-03-08 10:00:00
date_published: 2025-03-04 09:00:00
---

# Breakwater approved
#ReadLater

[Read on the app](https://app.example/me/breakwater)

## Full text

{text}

## Highlights

> Work starts in March and is expected to take eighteen months [link](https://app.example/me/breakwater#h1)

ask the board about the cost
"""


def test_read_later_note_template_and_reader_sections(tmp_path: Path) -> None:
    path = tmp_path / "2025-03-08 Breakwater approved.md"
    path.write_text(READLATER_NOTE.replace("{text}", "\n\n".join(PARAS)))
    fmt, (cand,), _ = run(path)
    assert fmt == "markdown"
    assert cand.published_on == dt.date(2025, 3, 4) and cand.outlet == "Port Gazette"
    text = body(cand)
    assert text.startswith("The harbour board approved") and text.endswith("not rise this year.")
    for furniture in ("ReadLater", "Full text", "Highlights", "ask the board"):
        assert furniture not in text
    only = tmp_path / "highlights only.md"
    only.write_text(READLATER_NOTE.replace("## Full text\n\n{text}\n\n", ""))
    _, cands, rejected = run(only)
    assert not cands and rejected[0].reason.startswith("read-later note with no article text")


JOPLIN_META = """id: {id}
parent_id: 5d2b8e6f0a3c47b19e4d2c8a6f1b3e90
created_time: 2025-03-09T07:48:12.551Z
updated_time: 2025-03-09T07:48:13.020Z
author: {author}
source_url: {url}
source: joplin-desktop
markup_language: {markup}
type_: {kind}"""


def _joplin(title: str, text: str, kind: int = 1, markup: int = 1, author: str = "") -> str:
    meta = JOPLIN_META.format(id="ab" * 16, author=author, url="https://portgazette.example/breakwater",
                              markup=markup, kind=kind)
    return f"{title}\n\n{text}\n\n{meta}"


def test_joplin_raw_notes_and_the_export_s_other_items(tmp_path: Path) -> None:
    note = tmp_path / ("ab" * 16 + ".md")
    note.write_text(_joplin("Breakwater approved", "![](:/0123456789abcdef0123456789abcdef)\n\n" + "\n\n".join(PARAS),
                            author="Ada Brun"))
    fmt, (cand,), _ = run(note)
    assert fmt == "note"
    assert (cand.title, cand.url, cand.authors) == ("Breakwater approved", "https://portgazette.example/breakwater",
                                                    ["Ada Brun"])
    assert cand.published_on is None  # created_time is the clip's
    text = body(cand)
    assert text.startswith("The harbour board") and "created_time" not in text and "0123456789" not in text
    html = tmp_path / ("cd" * 16 + ".md")
    html.write_text(_joplin("Breakwater approved", "<div>" + _html(PARAS) + "</div>", markup=2))
    _, (page,), _ = run(html)
    assert body(page).split("\n\n") == PARAS
    folder = tmp_path / ("ef" * 16 + ".md")
    folder.write_text(_joplin("Harbour file", "", kind=2))
    _, cands, rejected = run(folder)
    assert not cands and rejected[0].reason.startswith("Joplin export item that is not a note")


def test_notion_page_export_properties(tmp_path: Path) -> None:
    text = ("# Breakwater approved\n\nCreated: March 9, 2025 8:47 AM\nTags: port, works\n"
            "URL: https://portgazette.example/breakwater\n\nBy Ada Brun\n\nMarch 4, 2025\n\n" + "\n\n".join(PARAS))
    path = tmp_path / "Breakwater approved 2b8f0e1c4d7a4b6e9c2d1f3a5b7c9e0d.md"
    path.write_text(text)
    fmt, (cand,), _ = run(path)
    assert fmt == "note"
    assert (cand.title, cand.url) == ("Breakwater approved", "https://portgazette.example/breakwater")
    cand = _enriched(cand)
    assert cand.published_on == dt.date(2025, 3, 4) and cand.authors == ["Ada Brun"]  # never 'Created'
    assert body(cand).startswith("The harbour board")


SHARE_MAIL = """From: Lena Holm <lena@mail.example>
To: Archive <archive@mail.example>
Subject: Breakwater approved
Date: Sun, 9 Mar 2025 21:37:12 -0800
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

For the harbour file.

Breakwater approved
Port Gazette
https://news.app.example/AbCdEf

Shared from News App

Breakwater approved

By Ada Brun
March 4, 2025

{text}

Sent from my iPhone
"""


def test_news_app_share_card_names_the_outlet(tmp_path: Path) -> None:
    path = tmp_path / "Breakwater approved.eml"
    path.write_text(SHARE_MAIL.replace("{text}", "\n\n".join(PARAS)))
    fmt, (cand,), _ = run(path)
    assert fmt == "eml"
    assert cand.outlet == "Port Gazette" and cand.url is None  # the app's link is not the article's
    assert cand.published_on == dt.date(2025, 3, 4)
    assert "Shared from" not in body(cand)


def test_author_fields_of_feeds_and_credits() -> None:
    bylines = Bylines(CleanConfig().byline_files)
    assert clean_authors(["jroe@example.com (Jane Roe)"], None, bylines) == ["Jane Roe"]
    assert clean_authors(["Port Gazette Editorial Board"], None, bylines) == []
    assert bylines.byline("Text: Jane Roe") == ["Jane Roe"]
    assert bylines.byline("Text messages show the minister knew") is None
    assert bylines.byline("By Coastal Press Agency (CPA) | 3.2.2025 10:15") == ["Coastal Press Agency"]
    assert byline_date("By Jane Roe | March 4, 2025") == dt.date(2025, 3, 4)
    assert byline_date("By Jane Roe, updated March 6, 2025") is None


def test_markdown_images_are_no_text() -> None:
    assert clean_line("![Lorries at the quay](:/0123abcd) Lorries wait") == "Lorries wait"
    assert clean_line("See [the plans](https://x.example/p)") == "See the plans"


def test_netscape_bookmark_file_keeps_only_pasted_notes(tmp_path: Path) -> None:
    note = "<br>".join(["for the harbour file", "By Ada Brun | March 4, 2025", *PARAS])
    path = tmp_path / "pocket-export.html"
    path.write_text("<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<H1>Unread</H1>\n<DL><p>\n"
                    '<DT><A HREF="https://portgazette.example/timetable" ADD_DATE="1741258800">Port timetable</A>\n'
                    "<DD>Sailings this week.\n"
                    '<DT><A HREF="https://portgazette.example/breakwater?utm_source=pocket" ADD_DATE="1741258900">'
                    f"Breakwater approved | Port Gazette</A>\n<DD>{note}\n</DL><p>\n")
    fmt, (cand,), rejected = run(path)
    assert fmt == "bookmarks"
    assert (cand.title, cand.outlet, cand.url) == ("Breakwater approved", "Port Gazette",
                                                   "https://portgazette.example/breakwater")
    cand = _enriched(cand)
    assert cand.published_on == dt.date(2025, 3, 4) and body(cand).startswith("The harbour board")
    assert rejected[0].reason.startswith("saved links without article text")
