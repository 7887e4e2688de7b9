"""Sniffing from content (the file name is only a hint) and decoding details."""

from __future__ import annotations

import pytest

from ingest.charsets import declared_charset, decode_with_charset, repair_mojibake
from tests.formats.conftest import fixture_bytes


@pytest.mark.parametrize(
    ("fixture", "fmt"),
    [
        ("kestrel_post_bridge.html", "html"),
        ("harbour_news.mbox", "mbox"),
        ("nexis_export.txt", "nexis"),
        ("factiva_export.txt", "factiva"),
        ("crawl.jsonl", "jsonl"),
    ],
)
def test_sniffed_from_content_whatever_the_name(parse, fixture, fmt):
    assert parse(fixture_bytes(fixture), "download.dat").fmt == fmt


def test_plain_text_stays_plain(parse):
    text = b"Ferry fares rise\nThe Harbour Gazette, March 10, 2021\n\nFares rise by eight per cent.\n"
    assert parse(text, "notes.html").fmt in ("digest", "webpage", "text")


def test_html_fragment_needs_the_name_hint(parse):
    fragment = b"<div class='story'><p>Port traffic rose in May, the authority said on Monday.</p></div>"
    assert parse(fragment, "fragment.html").fmt == "html"
    assert parse(fragment, "fragment.txt").fmt != "html"


def test_declared_charset_and_mislabel():
    assert declared_charset(b'<meta charset="ISO-8859-1">') == "cp1252"  # WHATWG: Latin-1 means 1252
    latin = "Café Zürich".encode("cp1252")
    assert decode_with_charset(latin, "iso-8859-1")[0] == "Café Zürich"
    # Labelled Latin-1 but really UTF-8 (a common mislabel): the bytes win.
    text, encoding, _ = decode_with_charset("Café Zürich".encode(), "iso-8859-1")
    assert (text, encoding) == ("Café Zürich", "utf-8")


def test_mojibake_repair_is_line_by_line():
    good = "A “quoted” line — fine."
    text, fixed = repair_mojibake(good + "\nItâ€™s broken here.\n" + good)
    assert fixed == 1
    assert text.split("\n") == [good, "It’s broken here.", good]
    assert repair_mojibake(good) == (good, 0)
