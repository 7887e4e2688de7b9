"""Saved pages holding several whole articles (infinite scroll, a portal's story stream), a
platform's copy naming its partner, UTC stamps past midnight, pull quotes. Invented pages."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest.config import IngestConfig
from ingest.prepare import Failed, Prepared, Preparer
from ingest.records import Source
from tests.test_general_rules7 import _bylines

PROSE = ("The harbour commission said the dredging would start in April and take most of the season, "
         "and that the ferry timetable would stay as it is while the barges work the channel. ")
OTHER = ("Volunteers from the rowing club spent the weekend clearing driftwood from the slipway, "
         "and the council promised a skip for the larger timbers by Wednesday morning. ")


def prepare(html: str, name: str = "page.html") -> Prepared:
    data = html.encode()
    out = Preparer(IngestConfig())(Source(path=name, data=data, sha256=hashlib.sha256(data).hexdigest()))
    assert not isinstance(out, Failed), out
    return out


def _story(tag: str, title: str, byline: str, stamp: str, shown: str, url: str, text: str) -> str:
    return (f'<div class="story-wrap"><article class="post" data-url="{url}">'
            f'<{tag} class="post-title">{title}</{tag}>'
            f'<div class="post-meta"><span class="post-byline">{byline}</span>'
            f'<time datetime="{stamp}">{shown}</time></div>'
            f'<div class="post-body"><p>{text}</p><p>{text}</p><p>{text}</p></div></article></div>')


SCROLL = ("""<!DOCTYPE html><html lang="en"><head><title>Third story | Kestrel Bay Times</title>
<link rel="canonical" href="https://www.kestrelbay.example/news/dredging-to-start">
<meta property="og:site_name" content="Kestrel Bay Times">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Dredging to start in April",
"datePublished": "2031-03-02T09:00:00-06:00", "author": {"@type": "Person", "name": "Mara Quist"}}</script>
</head><body><nav><a href="/">Home</a></nav><main>"""
          + _story("h1", "Dredging to start in April", "By Mara Quist", "2031-03-02T15:00:00Z",
                   "March 2, 2031 9:00 a.m.", "https://www.kestrelbay.example/news/dredging-to-start", PROSE)
          + '<div class="divider">Up next</div>'
          + _story("h2", "Rowers clear the slipway", "By Olek Brandvold and Ines Farrow", "2031-03-03T04:30:00Z",
                   "Published March 2, 2031, 10:30 p.m. CST", "https://www.kestrelbay.example/news/rowers-slipway",
                   OTHER)
          + "</main><footer><p>© 2031 Kestrel Bay Times</p></footer></body></html>")


def test_infinite_scroll_save_gives_one_article_per_story() -> None:
    out = prepare(SCROLL)
    assert [a.candidate.title for a in out.articles] == ["Dredging to start in April", "Rowers clear the slipway"]
    first, second = (a.candidate for a in out.articles)
    assert first.url == "https://www.kestrelbay.example/news/dredging-to-start"
    assert second.url == "https://www.kestrelbay.example/news/rowers-slipway"  # its container's own address
    assert first.authors == ["Mara Quist"] and second.authors == ["Olek Brandvold", "Ines Farrow"]
    assert first.published_on == dt.date(2031, 3, 2)
    assert second.published_on == dt.date(2031, 3, 2)  # the UTC stamp is the 3rd; the page prints the 2nd
    assert first.outlet == second.outlet == "Kestrel Bay Times"
    assert "Volunteers" not in out.articles[0].body and "dredging" not in out.articles[1].body


def test_teaser_cards_and_nested_posts_do_not_split_a_page() -> None:
    teasers = "".join(f'<article class="card"><h3>Teaser {i}</h3><time datetime="2031-03-0{i}">Mar {i}</time>'
                      f"<p>One line of summary for the card.</p></article>" for i in range(1, 5))
    page = (f"<html><head><title>Main story - Kestrel Bay Times</title></head><body><article><h1>Main story</h1>"
            f'<p class="byline">By Mara Quist</p><p>{PROSE}</p><p>{PROSE}</p></article>{teasers}</body></html>')
    assert len(prepare(page).articles) == 1
    posts = "".join(f'<article class="update"><h2>Update {i}</h2><time datetime="2031-03-02">9:0{i}</time>'
                    f"<p>{OTHER}</p></article>" for i in range(3))
    blog = (f"<html><head><title>Live: storm</title></head><body><article><h1>Live: storm</h1>"
            f'<p class="byline">By Mara Quist</p>{posts}</article></body></html>')
    assert len(prepare(blog).articles) == 1  # a live blog's posts sit inside its <article>


def test_more_prose_outside_the_containers_keeps_the_page_whole() -> None:
    """A story not marked as an <article>, with two whole stories in <article>s under it: one page."""
    page = (f"<html><head><title>Main</title></head><body><div class='content'><h1>Main</h1>"
            f"<p>By Mara Quist</p>{''.join(f'<p>{PROSE}</p>' for _ in range(8))}</div>"
            + _story("h2", "A", "By Olek Brandvold", "2031-03-01", "March 1, 2031", "https://x.example/a", OTHER)
            + _story("h2", "B", "By Olek Brandvold", "2031-03-01", "March 1, 2031", "https://x.example/b", OTHER)
            + "</body></html>")
    assert len(prepare(page).articles) == 1


PORTAL = ("""<!DOCTYPE html><html lang="en"><head><title>Story - Skimmer News</title>
<meta property="og:site_name" content="Skimmer News">
<link rel="canonical" href="https://news.skimmer.example/story-1.html"></head><body><main>"""
          + "".join(f'<article class="item" data-url="https://news.skimmer.example/story-{i}.html">'
                    f"<h2>Portal headline {i}</h2><div class='item-author'>Mara Quist</div>"
                    f"<time datetime='2031-03-02T12:00:00Z'>Sun, March 2, 2031 at 6:00 AM</time>"
                    f"<p>{text}</p><p>{text}</p><p>{text}</p>"
                    f"<p class='note'>This article originally appeared on <a href='https://www.{site}.example/a/{i}'>"
                    f"{name}</a>: <a href='https://www.{site}.example/a/{i}'>Original headline {i}</a></p></article>"
                    for i, (text, site, name) in enumerate([(PROSE, "kestrelbay", "Kestrel Bay Times"),
                                                            (OTHER, "ospreyledger", "The Osprey Ledger")]))
          + "</main></body></html>")


def test_portal_stream_names_each_partner_as_outlet() -> None:
    out = prepare(PORTAL)
    cands = [a.candidate for a in out.articles]
    assert [c.outlet for c in cands] == ["Kestrel Bay Times", "The Osprey Ledger"]
    assert cands[1].url == "https://www.ospreyledger.example/a/1"
    assert all("originally appeared" not in a.body for a in out.articles)


def test_reader_app_read_on_link_names_the_outlet() -> None:
    page = (f"<html><head><title>Rowers - Pulsefeed</title><meta property='og:site_name' content='Pulsefeed'>"
            f"</head><body><div class='app'><h1>Rowers clear the slipway</h1><div class='author'>By Ines Farrow</div>"
            f"<p>{OTHER}</p><p>{OTHER}</p><a class='origin' href='https://www.ospreyledger.example/rowers'>"
            f"Read on The Osprey Ledger</a></div></body></html>")
    cand = prepare(page).articles[0].candidate
    assert cand.outlet == "The Osprey Ledger" and cand.url == "https://www.ospreyledger.example/rowers"


def test_utc_time_stamp_read_as_the_day_the_page_prints() -> None:
    page = (f"<html><head><title>Late vote - Kestrel Bay Times</title></head><body><article><h1>Late vote</h1>"
            f"<time datetime='2031-03-03T03:40:00.000Z'>March 2, 2031 at 9:40 p.m. CST</time>"
            f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>")
    assert prepare(page).articles[0].candidate.published_on == dt.date(2031, 3, 2)
    updated = page.replace("March 2, 2031 at 9:40 p.m. CST", "Updated March 2, 2031 at 9:40 p.m. CST")
    assert prepare(updated).articles[0].candidate.published_on is None  # a revision stamp only: no date


def test_byline_element_holding_its_stamp_label() -> None:
    by = _bylines()
    assert by.byline("By Olek Brandvold Published March 2, 2031, 10:30 p.m. CST") == ["Olek Brandvold"]
    assert by.byline("By Ines Farrow · Updated: March 2, 2031") == ["Ines Farrow"]


def test_pull_quote_is_furniture() -> None:
    quote = "The channel has never been this shallow, said the harbour master."
    page = (f"<html><head><title>Dredging - Kestrel Bay Times</title></head><body><article><h1>Dredging</h1>"
            f"<p>{PROSE}</p><p>{quote}</p><blockquote class='wp-block-pullquote'><p>Never this shallow.</p>"
            f"<cite>Harbour master Ada Voss</cite></blockquote><p>{OTHER}</p></article></body></html>")
    body = prepare(page).articles[0].body
    assert "Never this shallow." not in body and "Ada Voss" not in body and quote in body


def test_key_points_box_is_furniture() -> None:
    page = (f"<html><head><title>Dredging - Kestrel Bay Times</title></head><body><article><h1>Dredging</h1>"
            f"<section class='story-key-points'><h2>Key points</h2><ul><li>Work starts in April.</li>"
            f"<li>The ferry keeps its timetable.</li></ul></section><p>{PROSE}</p><p>{OTHER}</p>"
            "</article></body></html>")
    body = prepare(page).articles[0].body
    assert "Work starts in April." not in body and "Key points" not in body and "barges" in body


def test_a_story_container_with_a_relative_permalink() -> None:
    page = SCROLL.replace('data-url="https://www.kestrelbay.example/news/rowers-slipway"',
                          'data-url="/news/rowers-slipway"')
    assert prepare(page).articles[1].candidate.url == "https://www.kestrelbay.example/news/rowers-slipway"
