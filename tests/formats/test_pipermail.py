"""Mailman 2 archive message pages are read as the message they render (formats/pipermail.py)."""

from __future__ import annotations

import datetime as dt
import hashlib

from ingest.config import IngestConfig
from ingest.prepare import Failed, Prepared, Preparer
from ingest.records import Source

PROSE = ("The harbour board said the new berth would take the largest cruise ships from next spring and "
         "that the old timber quay would be kept as a public walkway along the water.")

SIG_MARK = "-- "  # RFC 3676 signature separator, trailing space included
PAGE = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE> [Harbours] Cork berth opens </TITLE></HEAD>
<BODY BGCOLOR="#ffffff">
<H1>[Harbours] Cork berth opens</H1>
<B>Siobhan Daly</B>
<A HREF="mailto:harbours%40lists.example.org" TITLE="[Harbours] Cork berth opens">sdaly at example.ie</A><BR>
<I>Mon Mar  2 23:10:41 PST 2026</I>
<P><UL><LI>Previous message: <A HREF="000101.html">[Harbours] Dredging costs</A></li></UL><HR>
<!--beginarticle-->
<PRE>For the archive - from Tuesday's Munster Gazette, 3 March 2026:

NEW DEEP-WATER BERTH OPENS AT RINGASKIDDY
By Eoin Walsh

{PROSE}

{PROSE} &quot;It is a good day for the port,&quot; the chairman said.

<A HREF="https://www.munstergazette.example/news/ringaskiddy-deep-water-berth-opens">https://www.munstergazette.example/news/ringaskiddy-deep-water-berth-opens</A>

Siobhan
{SIG_MARK}
Siobhan Daly | Port Users' Forum
</PRE>
<!--endarticle-->
<HR><a href="https://lists.example.org/mailman/listinfo/harbours">More information about the Harbours mailing list</a>
</body></html>"""


def test_a_pipermail_page_is_read_as_the_message_it_shows() -> None:
    data = PAGE.encode()
    out = Preparer(IngestConfig())(Source(path="000102.html", data=data, sha256=hashlib.sha256(data).hexdigest()))
    assert not isinstance(out, Failed) and isinstance(out, Prepared)
    (art,) = out.articles
    cand = art.candidate
    assert cand.title == "NEW DEEP-WATER BERTH OPENS AT RINGASKIDDY"  # not the list's "[Harbours] …" subject
    assert (cand.outlet, cand.authors) == ("Munster Gazette", ["Eoin Walsh"])
    assert cand.published_on == dt.date(2026, 3, 3)  # the lead-in's date, not the post time (2 March, PST)
    assert cand.url == "https://www.munstergazette.example/news/ringaskiddy-deep-water-berth-opens"
    text = "\n".join(art.paragraphs)
    assert text.startswith(PROSE) and '"It is a good day for the port,"' in text
    for furniture in ("sdaly at", "PST 2026", "For the archive", "Port Users' Forum", "Previous message"):
        assert furniture not in text
