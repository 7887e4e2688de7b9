"""A browser's single-file snapshot (MHTML) is read as the web page it saved (formats/mbox.py)."""

from __future__ import annotations

import datetime as dt
import hashlib
import quopri

from ingest.config import IngestConfig
from ingest.prepare import Prepared, Preparer
from ingest.records import Source

PROSE = ("The county said the new footbridge would open in time for the summer season and that the ferry "
         "would keep running until then, twice an hour from the east landing.")

PAGE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Footbridge to replace the Kessock ferry | Firth Observer</title>
<meta property="og:site_name" content="Firth Observer">
<meta property="og:title" content="Footbridge to replace the Kessock ferry">
<meta property="article:published_time" content="2026-03-04T22:30:00-08:00">
<meta name="author" content="Morag Reid">
</head><body><nav><a href="/news">News</a><a href="/sport">Sport</a></nav>
<article><h1>Footbridge to replace the Kessock ferry</h1><p class="byline">Morag Reid</p>
<p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>
<footer><p>© 2026 Firth Observer</p></footer></body></html>"""

MHT = (
    "From: <Saved by Windows Internet Explorer 11>\r\n"
    "Subject: Footbridge to replace the Kessock ferry | Firth Observer\r\n"
    "Date: Fri, 6 Mar 2026 10:00:00 -0000\r\n"
    "MIME-Version: 1.0\r\n"
    'Content-Type: multipart/related; type="text/html"; boundary="=_NextPart_000"\r\n\r\n'
    "--=_NextPart_000\r\nContent-Type: text/html; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "Content-Location: https://www.firthobserver.example/news/kessock-footbridge\r\n\r\n"
    + quopri.encodestring(PAGE.encode()).decode().replace("\n", "\r\n")
    + "\r\n--=_NextPart_000\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
    "Content-Location: https://www.firthobserver.example/logo.png\r\n\r\niVBORw0KGgo=\r\n--=_NextPart_000--\r\n"
)


def test_a_saved_mhtml_page_is_read_with_its_meta_tags() -> None:
    data = MHT.encode()
    out = Preparer(IngestConfig())(Source(path="kessock.mht", data=data, sha256=hashlib.sha256(data).hexdigest()))
    assert isinstance(out, Prepared)
    (art,) = out.articles
    cand = art.candidate
    assert cand.title == "Footbridge to replace the Kessock ferry"
    assert (cand.outlet, cand.authors) == ("Firth Observer", ["Morag Reid"])
    assert cand.published_on == dt.date(2026, 3, 4)  # the page's own (local) date, not the save date
    assert cand.url == "https://www.firthobserver.example/news/kessock-footbridge"  # the page part's location
    assert art.paragraphs == [PROSE, PROSE, PROSE]
