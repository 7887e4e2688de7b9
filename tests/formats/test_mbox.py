"""mbox archives: MIME decoding, messages parsed as digests, header fallbacks, list footers."""

from __future__ import annotations

from tests.formats.conftest import DATA, fixture_bytes


def test_mbox_messages(parse):
    box = parse(fixture_bytes("harbour_news.mbox"), "harbour_news.mbox")
    assert box.fmt == "mbox" and box.encoding == "per-record"
    got = [
        (a.candidate.title, a.candidate.outlet, str(a.candidate.published_on), a.candidate.authors)
        for a in box.articles
    ]
    assert got == [
        # Plain post with no header in its text: Subject (list tag stripped) and Date are the fallbacks.
        ("Pilot boat crew praised after night rescue", None, "2021-03-09", []),
        # Quoted-printable Latin-1 part with its own header: the text's metadata beats Subject.
        ("Dock workers vote to accept pay offer", "The Harbour Gazette", "2021-03-10", ["Fiona Gallacher"]),
        # base64 HTML-only message.
        ("Lighthouse keeper's cottage to become a museum", "Coastal Times", "2021-03-11", []),
        # A digest: two articles in one message, and the digest Subject is never a title.
        ("Harbour council approves new marina berths", "Lakeside Courier", "2021-03-11", ["Helen Marsh"]),
        ("Fish market to open on Sundays", "The Harbour Gazette", "2021-03-12", []),
    ]
    assert [(a.candidate.start_line, a.candidate.position) for a in box.articles] == [
        (1, 0),
        (2, 1),
        (3, 2),
        (4, 3),
        (4, 4),
    ]
    first, dock, museum = box.articles[0], box.articles[1], box.articles[2]
    assert ">From" not in first.body
    assert first.paragraphs[1].startswith("From the bridge of the pilot boat")  # >From unquoted
    assert "Séamus Ó Briain" in dock.body  # QP + charset decoded
    assert "keeper’s cottage" in museum.body  # base64 + UTF-8
    for art in box.articles:
        assert "mailing list" not in art.body and "listinfo" not in art.body and "____" not in art.body
        assert "HTML version" not in art.body  # text/plain preferred over text/html


def test_mbox_ingest(ingest):
    summary, con = ingest(DATA / "harbour_news.mbox")
    assert not summary.failures
    assert con.execute("select count(*) from articles").fetchone()[0] == 5
    assert tuple(con.execute("select format, encoding from sources").fetchone()) == ("mbox", "per-record")


def _qp(text: str) -> str:
    import quopri

    return quopri.encodestring(text.encode()).decode()


def test_newsletter_items_take_masthead_date_and_reprint_credits(parse):
    """A text-only QP newsletter of three items between rules: the newsletter's own item takes the
    issue date its masthead prints (not the Date: header); a 'Reprinted from X, date.' or 'From the
    X, date.' line under a reprint's headline gives that publication and date, and splits it off."""
    para = ("The survey of the canal banks found {n} places where the towpath has slipped since the "
            "spring floods, and the trust said repairs would start at the worst of them in April.")
    body = "\n".join([
        "TOWPATH TIDINGS", "Issue 41 | Thursday 4 March 2027", "",
        "=" * 50, "", "WHAT A LOCK KEEPER ACTUALLY DOES", "By Ida Lund", "",
        para.format(n="nine"), "", para.format(n="ten"), "", "-" * 50, "",
        "BARGE MUSEUM GETS A NEW ROOF", "By Jon Marr",
        "Reprinted from Canal Trade Review, 1 March 2027.", "",
        para.format(n="eleven"), "", para.format(n="twelve"), "", "-" * 50, "",
        "FLOOD GATES TESTED AT SALTMARSH", "Kit Hale, Fenland Courier", "From the Fenland Courier, 26 February 2027.",
        "", para.format(n="thirteen"), "", para.format(n="fourteen"), "", "-" * 50, "",
        "You are receiving this because you subscribed. Unsubscribe: https://towpath.example/u", "",
    ])
    mbox = "\n".join([
        "From news@towpath.example Thu Mar  4 07:00:00 2027",
        "From: Towpath Tidings <news@towpath.example>",
        "Subject: Towpath Tidings No. 41", "Date: Fri, 5 Mar 2027 07:00:00 +0000",
        "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable", "", _qp(body), "",
    ])
    box = parse(mbox.encode(), "towpath.mbox")
    got = [(a.candidate.title, a.candidate.outlet, str(a.candidate.published_on), a.candidate.authors)
           for a in box.articles]
    assert got == [
        ("WHAT A LOCK KEEPER ACTUALLY DOES", "Towpath Tidings", "2027-03-04", ["Ida Lund"]),
        ("BARGE MUSEUM GETS A NEW ROOF", "Canal Trade Review", "2027-03-01", ["Jon Marr"]),
        ("FLOOD GATES TESTED AT SALTMARSH", "Fenland Courier", "2027-02-26", ["Kit Hale"]),
    ]


def test_html_newsletter_essay_links_to_the_senders_site(parse):
    """An HTML-only newsletter whose masthead is an image: the essay's 'Read on …' link on a host
    that spells the sender's name makes the sender the outlet, and the link is its URL."""
    para = ("Every lock on the upper river was built for horses, and the towpaths still show it: "
            "the gates open towards the path so a boy could walk the beam while the horse waited.")
    link = "https://www.thetideway.org/2027/03/04/old-locks-open-wrong-way?utm_source=newsletter"
    html = f"""<html><body><img src="https://cdn.thetideway.org/mast.png" alt="The Tideway Weekly">
<h1>Why the old locks still open the wrong way</h1><p>By Ida Lund &middot; Mar 4, 2027</p>
<p>{para}</p><p>{para.replace("horses", "mules")}</p><p>{para.replace("boy", "girl")}</p>
<p><a href="{link}">Read on thetideway.org &rarr;</a></p></body></html>"""
    mbox = "\n".join([
        "From news@thetideway.org Thu Mar  4 07:00:00 2027",
        "From: The Tideway <news@thetideway.org>", "Subject: This week: the old locks",
        "Date: Fri, 5 Mar 2027 07:00:00 +0000", "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: quoted-printable", "",
        _qp(html), "",
    ])
    (art,) = parse(mbox.encode(), "tideway.mbox").articles
    assert art.candidate.outlet == "The Tideway"
    assert art.candidate.url == "https://www.thetideway.org/2027/03/04/old-locks-open-wrong-way"
    assert "Read on" not in art.body
