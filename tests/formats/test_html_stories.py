"""Pages with several stories are split; one article with subheadings is not."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest.config import IngestConfig
from ingest.prepare import Failed, Prepared, Preparer
from ingest.records import Source

PROSE = ("The council said the work would take most of the summer and that the footpath along the "
         "river would stay open at weekends while contractors were on site. ")

BLOG_FRONT = f"""<!DOCTYPE html><html lang="en"><head><title>Fieldnotes | notes from the estuary</title>
<link rel="canonical" href="https://fieldnotes.example.org/"></head><body>
<header><h1>Fieldnotes</h1><nav><a href="/">Home</a> <a href="/about">About</a></nav></header>
<main>
<h2>Spring tides flood the lower meadow</h2>
<p class="meta">Posted on March 3, 2011 by Søren Kjærgaard</p>
<p>{PROSE}</p><p>{PROSE}</p>
<h2>Counting avocets at dawn</h2>
<p class="meta">Posted on March 1, 2011 by Søren Kjærgaard</p>
<p>{PROSE}</p>
<h3>What the count showed</h3>
<p>{PROSE}</p>
</main>
<aside class="sidebar"><h3>Recent posts</h3><ul><li>Spring tides flood the lower meadow</li></ul></aside>
</body></html>"""

ONE_ARTICLE = f"""<!DOCTYPE html><html><head><title>Bridge repairs begin - Valley Post</title></head><body>
<article><h1>Bridge repairs begin</h1><p class="byline">By Ana Souza, 4 May 2022</p>
<p>{PROSE}</p><h2>Diversions</h2><p>{PROSE}</p><h2>Costs</h2><p>{PROSE}</p></article></body></html>"""


def prepare(html: str, name: str = "page.html") -> Prepared:
    data = html.encode()
    out = Preparer(IngestConfig())(Source(path=name, data=data, sha256=hashlib.sha256(data).hexdigest()))
    assert not isinstance(out, Failed), out
    return out


def test_blog_front_page_is_split_into_its_posts() -> None:
    out = prepare(BLOG_FRONT)
    titles = [a.candidate.title for a in out.articles]
    assert titles == ["Spring tides flood the lower meadow", "Counting avocets at dawn"]
    first, second = out.articles
    assert first.candidate.published_on == dt.date(2011, 3, 3)
    assert second.candidate.published_on == dt.date(2011, 3, 1)
    assert "What the count showed" in second.paragraphs  # a subheading stays in its post
    assert all("Posted on" not in p for a in out.articles for p in a.paragraphs)
    assert all("Recent posts" not in p for a in out.articles for p in a.paragraphs)
    assert first.candidate.url is None  # the page's address is no single post's own


def test_one_article_with_subheadings_is_not_split() -> None:
    out = prepare(ONE_ARTICLE)
    assert len(out.articles) == 1
    art = out.articles[0]
    assert art.candidate.title == "Bridge repairs begin"
    assert "Diversions" in art.paragraphs and "Costs" in art.paragraphs


def test_outlet_from_the_title_part_that_spells_the_saved_address() -> None:
    page = ("<!-- saved from url=(0042)http://www.rivermouthnews.co.uk/brief.htm -->\n" + BLOG_FRONT
            .replace("Fieldnotes | notes from the estuary", "Rivermouth News - In brief")
            .replace('<link rel="canonical" href="https://fieldnotes.example.org/">', ""))
    out = prepare(page)
    assert [a.candidate.outlet for a in out.articles] == ["Rivermouth News", "Rivermouth News"]


def test_short_credited_items_are_not_stories() -> None:
    """A list of dated teasers (a 'latest news' widget) has credited headings but no text."""
    teasers = "".join(f"<h3>Teaser {i}</h3><p>4 May 2022</p><p>One line of summary.</p>" for i in range(4))
    page = f"<html><head><title>Valley Post</title></head><body>{teasers}<article><h1>Main story</h1>" \
           f"<p>By Ana Souza</p><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    out = prepare(page)
    assert len(out.articles) == 1


# A press review saved from a word processor as HTML: each clip a heading, then a source line
# whose all-numeric date is ambiguous on its own ("Mi, 04.03.2026" could be 3 April) but not in
# a file that also prints "17.03.2026"; a labelled author part; the compiler's source line and
# remark after the text.
PRESS_REVIEW = f"""<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"></head>
<body lang=NL><div class=WordSection1>
<p class=MsoTitle>Persoverzicht week 10</p>
<h3>Harbour dredging starts a month early</h3>
<p class=MsoNormal>Kustbode, Mi, 04.03.2026, S. 2 | Autor: Pieter de Wolff</p>
<p class=MsoNormal>{PROSE}</p><p class=MsoNormal>{PROSE}</p>
<p class=MsoNormal><i>Quelle: https://www.kustbode.example/haven/baggeren</i></p>
<p class=MsoNormal><span style='color:red'>Interne Notiz: an die Hafenverwaltung weitergeleitet.</span></p>
<h3>Ferry fares to rise in April</h3>
<p class=MsoNormal>Eiland Courant | vr, 17.03.2026 | Mira Jansen</p>
<p class=MsoNormal>{PROSE}</p><p class=MsoNormal>{PROSE}</p>
<p class=MsoNormal><i>Quelle: Eiland Courant, 17.03.2026, S. 9</i></p>
<p class=MsoNormal>Bemerkung KOM: Tarife vergleichen.</p>
</div></body></html>"""


def test_a_press_review_reads_credit_lines_in_the_files_own_date_order() -> None:
    out = prepare(PRESS_REVIEW, "persoverzicht.htm")
    first, second = out.articles
    assert [first.candidate.title, second.candidate.title] == [
        "Harbour dredging starts a month early", "Ferry fares to rise in April"]
    assert first.candidate.published_on == dt.date(2026, 3, 4)  # day-first: the file prints 17.03.2026
    assert first.candidate.authors == ["Pieter de Wolff"]  # a labelled "Autor:" part
    assert first.candidate.outlet == "Kustbode"
    assert first.candidate.url == "https://www.kustbode.example/haven/baggeren"  # "Quelle: <address>"
    assert (second.candidate.outlet, second.candidate.authors) == ("Eiland Courant", ["Mira Jansen"])
    for art in out.articles:  # the compiler's source line and remark are not the clip's text
        assert not any(p.startswith(("Quelle:", "Interne Notiz", "Bemerkung")) for p in art.paragraphs)
