"""A researcher's hand-transcription notes (ingest/formats/transcripts.py): entries under
bibliographic citations, remarks that are not text, a citation with no transcription."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import transcripts
from tests.test_formats_feeds import body, run

NOTES = """\
Quay fire, March 1926: typed from the bound volumes at the county library.
Original spelling kept.

1. The Harbour Echo, Friday, 12th March, 1926, pp. 4-5.
“FIRE ON THE COAL WHARF”

Fire broke out in the coal sheds on the
north wharf shortly after midnight, and
burned until the tide turned.

The brigade pumped sea water from the
tug Wren for four hours.
Comment: the Echo gives the hour as midnight,
the Mercury as one o'clock.

2. Lanmouth Weekly Mercury, Sat. Mar. 13, 1926, p. 2, col. 4 (microfilm reel 7).
'WHARF BLAZE'

Coal sheds on the north wharf were destroyed by fire early on Friday morning.

3. The Harbour Echo, 15 March 1926, page 6.
"INQUEST ON NIGHTWATCHMAN"
N.B. not typed -- page torn.
"""


def test_entries_under_citations(tmp_path: Path) -> None:
    path = tmp_path / "quay_fire_notes.txt"
    path.write_text(NOTES)
    fmt, cands, rejected = run(path)
    assert fmt == "transcripts"
    assert [(c.title, c.outlet, c.published_on) for c in cands] == [
        ("FIRE ON THE COAL WHARF", "The Harbour Echo", dt.date(1926, 3, 12)),
        ("WHARF BLAZE", "Lanmouth Weekly Mercury", dt.date(1926, 3, 13)),
    ]
    assert all(c.authors == [] for c in cands)  # the researcher is no author
    text = body(cands[0])
    assert text.startswith("Fire broke out") and text.endswith("for four hours.")
    assert "Comment" not in text and "Mercury as one" not in text  # the remark and its run-on line
    reasons = {r.reason for r in rejected}
    assert "citation with no transcription, not an article" in reasons  # entry 3
    assert "notes' header above the first entry, not an article" in reasons


def test_citation_shapes() -> None:
    cite = transcripts.citation("[12] Daily Sentinel, Tues. Oct. 5, 1909, p. 1, cols. 3-4.")
    assert cite is not None and (cite.outlet, cite.published_on) == ("Daily Sentinel", dt.date(1909, 10, 5))
    # prose naming a paper and a page, a dateline, a line with no page reference: no citation
    assert transcripts.citation("The Sentinel, in its Oct. 5, 1909 issue, p. 1, said so.") is None
    assert transcripts.citation("DENVER, Oct. 5, 1909.--The council met.") is None
    assert transcripts.citation("Daily Sentinel, Oct. 5, 1909") is None


def test_a_digest_with_sources_is_not_notes() -> None:
    digest = ("Council votes budget\nThe Daily Sentinel, 5 May 2024\n\nThe council voted.\n\n"
              "Ferry fares rise\nQuay Post, 6 May 2024\n\nFares rise in June.\n")
    assert not transcripts.sniff(digest)


CLOSED = """\
Ferry strike cuttings -- my transcriptions

* * *

"CREWS WALK OUT"
Crews of the three harbour ferries stopped work at noon
on Saturday in a dispute over the new rosters.
Note: the Echo's report is longer.
Harbour Echo, 3 July 1931, p. 1.

* * *

Passengers waited on the quay for two hours before the
owners put on a motor launch.
Lanmouth Mercury, Sat. July 4, 1931, p. 3, col. 1.

* * *
"""


def test_citations_closing_their_entries(tmp_path: Path) -> None:
    path = tmp_path / "strike_notes.txt"
    path.write_text(CLOSED)
    fmt, cands, rejected = run(path)
    assert fmt == "transcripts"
    assert [(c.title, c.outlet, c.published_on) for c in cands] == [
        ("CREWS WALK OUT", "Harbour Echo", dt.date(1931, 7, 3)),
        (None, "Lanmouth Mercury", dt.date(1931, 7, 4)),
    ]
    assert body(cands[0]) == ("Crews of the three harbour ferries stopped work at noon on Saturday in a dispute "
                              "over the new rosters.")
    assert "Lanmouth" not in body(cands[1]) and "my transcriptions" not in body(cands[0])
    assert any(r.reason == "notes' header above the first entry, not an article" for r in rejected)
