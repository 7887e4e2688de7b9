"""One digitised newspaper article saved from an archive or a library (ingest/formats/ocrexport.py):
the header's metadata, head matter that is not text, OCR text put back into paragraphs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import ocrexport
from tests.test_formats_feeds import body, run

ARCHIVE = """\
Publication: Lanmouth Weekly Mercury
Issue date: March 13, 1926
Headline: WHARF BLAZE
Article ID: LWM-1926-03-13-002-04
OCR quality: 74%
Words: 61
--------------------------------------

WHARF BLAZE
SHEDS DESTROYED
(From our own Correspondent.)

Coal sheds on the north wharf were de-
stroyed by fire early on Friday morn-
ing. A watchman is missing.
The brigade pumped sea water from the
tug Wren for four hours.
Damage is put at £4000 by the harbour
board, whose secretary says the sheds
were insured.
"""

LIBRARY = """\
Home › Newspapers › Harbour Echo › 12 March 1926 › QUAY FIRE

QUAY FIRE
Harbour Echo, Vol. XII, No. 440, 12 March 1926, p. 5

Words
58

QUAY FIRE

NIGHTWATCHMAN MISSING

(By Telegraph.)

LANMOUTH, March 11.—Fire broke out in the coal sheds on the north wharf shortly after midnight.

The brigade pumped sea water from the tug Wren for four hours.

https://library.example/newspapers/HE19260312.2.14

Cite this article
Harbour Echo, Vol. XII, No. 440, 12 March 1926, p. 5
"""


def test_archive_export_with_labels(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(ARCHIVE)
    fmt, (cand,), _ = run(path)
    assert fmt == "ocrexport"
    assert (cand.title, cand.outlet, cand.published_on) == ("WHARF BLAZE", "Lanmouth Weekly Mercury",
                                                             dt.date(1926, 3, 13))
    # the headline again, the deck and the credit are head matter; broken words joined; the
    # column-wrapped text divided where a short line ends a sentence
    assert body(cand).split("\n\n") == [
        "Coal sheds on the north wharf were destroyed by fire early on Friday morning. A watchman is missing.",
        "The brigade pumped sea water from the tug Wren for four hours.",
        "Damage is put at £4000 by the harbour board, whose secretary says the sheds were insured.",
    ]


def test_library_article_under_a_citation(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text(LIBRARY)
    fmt, (cand,), _ = run(path)
    assert fmt == "ocrexport"
    assert (cand.title, cand.outlet, cand.published_on) == ("QUAY FIRE", "Harbour Echo", dt.date(1926, 3, 12))
    assert cand.url == "https://library.example/newspapers/HE19260312.2.14"
    text = body(cand)
    assert text.startswith("LANMOUTH, March 11.—Fire broke out") and text.endswith("for four hours.")
    assert "Cite" not in text and "Telegraph" not in text and "58" not in text


def test_a_labelled_digest_is_not_an_archive_export() -> None:
    digest = "Title: Ferry fares rise\nSource: Quay Post\nDate: 6 May 2024\nAuthor: Ines Marr\n\nFares rise.\n"
    assert not ocrexport.sniff(digest)
    assert not ocrexport.sniff("Harbour Echo, 12 March 1926, p. 5\n\nText.\n")  # no volume and issue


def test_several_labelled_entries_are_a_digest() -> None:
    """An archive export holds one article: a file repeating its labelled block is a digest."""
    assert ocrexport.sniff(ARCHIVE)
    assert not ocrexport.sniff(ARCHIVE + "\n" + ARCHIVE.replace("WHARF BLAZE", "QUAY INQUEST"))
    second = LIBRARY.replace("No. 440, 12 March", "No. 441, 13 March")
    assert ocrexport.sniff(LIBRARY) and not ocrexport.sniff(LIBRARY + "\n" + second)
