"""Document deliveries (blind20's kind): Word headings, PDF type sizes, PDF clipping reports and
e-paper clippings, on invented text."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx
from fpdf import FPDF

from ingest import documents
from ingest.formats import clippings
from tests.test_formats_feeds import body, run


def test_a_word_heading_opens_a_block_without_an_empty_paragraph() -> None:
    d = docx.Document()
    d.add_paragraph("Press cuttings: Marlow lock repairs", style="Title")
    d.add_paragraph("Reproduced with permission.")
    d.add_paragraph("Lock keepers warn of long queues", style="Heading 1")
    d.add_paragraph("Source: The Thames Courier, 4 May 2026")
    d.add_paragraph("Boaters face waits of two hours.")
    buf = io.BytesIO()
    d.save(buf)
    lines = documents.to_text("docx", buf.getvalue()).split("\n")
    k = lines.index("Lock keepers warn of long queues")
    assert lines[k - 1] == "" and lines[k - 2] == "Reproduced with permission."
    assert lines[k + 1].startswith("Source:")  # the heading's own fields stay with it


PDF_REPORT = """Brightline Monitoring

Clip 1 of 2

Ferry operator doubles winter sailings as
road bridge stays shut

Source: Harbour Gazette (harbourgazette.example)

Published: 4 Mar 2026, 7:10 AM GMT

Author: Ines Carvalho, Tom Reilly

Media type: Online news | Reach: 120K | Sentiment: Neutral

URL: https://harbourgazette.example/2026/03/04/ferry-sailings/

The island ferry will run twice as often through the winter.

Content licensed via Brightline.

Clip 2 of 2

Shopkeepers count the cost of the bridge closure

Source: Island Weekly

Published: 5 Mar 2026

Author: Mara Lind

Media type: Print | Reach: 8K | Sentiment: Negative

Traders on the quay say takings are down by a quarter.
"""


def test_a_pdf_clipping_report_with_wrapped_headlines_a_blank_line_above_its_fields() -> None:
    assert clippings.sniff(PDF_REPORT)
    items = clippings.find_items(PDF_REPORT.split("\n"), clippings.load_fields())
    assert [i.title for i in items] == ["Ferry operator doubles winter sailings as road bridge stays shut",
                                        "Shopkeepers count the cost of the bridge closure"]
    # a form whose head above is the text of another item (a sentence) is no PDF report
    sentences = PDF_REPORT.replace("Clip 2 of 2\n\nShopkeepers count the cost of the bridge closure",
                                   "The island ferry will run twice as often.")
    assert not clippings.sniff(sentences)


def test_a_pdf_clipping_report_read_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(PDF_REPORT)
    fmt, cands, _ = run(path)
    assert fmt == "clipping"
    first, second = cands
    assert first.outlet == "Harbour Gazette" and first.published_on == dt.date(2026, 3, 4)
    assert first.authors == ["Ines Carvalho", "Tom Reilly"]
    assert first.url == "https://harbourgazette.example/2026/03/04/ferry-sailings/"
    assert second.title == "Shopkeepers count the cost of the bridge closure"


def _epaper_pdf() -> bytes:
    """A one-story e-paper print in a narrow column: a running head and a two-block footer on both
    pages, a kicker, a headline set close above its deck (one pdfminer box, two type sizes), a
    byline, hyphenated line ends, a caption with its credit, a sentence over the page break."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pages = [
        [(16, "Gale strands"), (16, "island ferry"), (10, "Crews wait for the swell to drop;"),
         (10, "no sailings before Friday"), None, (8, "By MARA LINDQVIST"), (8, "Coast Desk"), None,
         (10, "The island ferry stayed in port on Wednes-"), (10, "day as a gale pushed swells of six metres"),
         (10, "and more along the exposed Nor-"), (10, "thern approaches, the operator said today."), None,
         (7, "The ferry moored at the quay on Wednesday. Staff photo"), None,
         (10, "Its master said the crossing would resume"), (10, "as soon as the swell had eased. The"),
         ],
        [(10, "forecast gives no such break before the"), (10, "Friday morning, the company said again."), None,
         (10, "About 300 islanders rely on the boat for"), (10, "their work, school and weekly supplies."), ],
    ]
    for page in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=7)
        pdf.text(20, 12, "B2 | THE COAST RECORD | THURSDAY, MARCH 5, 2026")
        pdf.set_font("Helvetica", size=8)
        pdf.text(20, 30, "ISLAND LINKS")
        y = 40.0
        for item in page:
            if item is None:
                y += 6
                continue
            size, text = item
            pdf.set_font("Helvetica", size=size)
            y += size * 0.45
            pdf.text(20, y, text)
        pdf.set_font("Helvetica", size=7)
        pdf.text(20, 270, "Copyright 2026 The Coast Record. Printed for personal use only.")
        pdf.text(20, 282, "Delivered by an e-edition service")
    return bytes(pdf.output())


def test_an_epaper_clipping_pdf(tmp_path: Path) -> None:
    text = documents.to_text("pdf", _epaper_pdf())
    assert "island ferry\n\nCrews wait" in text  # headline and deck: two type sizes, two blocks
    path = tmp_path / "clip.txt"
    path.write_text(text)
    fmt, cands, _ = run(path)
    assert fmt == "pages"
    (story,) = cands  # the caption and the byline are no stories of their own
    assert story.title == "Gale strands island ferry"
    assert story.authors == ["Mara Lindqvist"] and story.published_on == dt.date(2026, 3, 5)
    clean = body(story)
    assert "Wednesday as a gale" in clean and "Northern approaches" in clean  # split words joined
    assert "The forecast gives no such break" in clean  # the sentence over the page break
    assert "300 islanders" in clean
    for furniture in ("Staff photo", "Printed for personal use", "Delivered by", "Crews wait", "Coast Desk"):
        assert furniture not in clean
