"""A whole newspaper page as OCR text (ingest/formats/ocrpage.py): stories split at headlines in
capitals, decks, credits and bylines apart, ads and classified notices dropped, a story resumed
below an ad, paragraphs rebuilt from column-wrapped lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats import ocrpage
from tests.test_formats_feeds import body, run

PAGE = """\
LANMOUTH DAILY MERCURY
LANMOUTH, FRIDAY, MARCH 12, 1926 TWO CENTS

FIRE SWEEPS
COAL WHARF
Sheds and Crane Lost in
Night Blaze on North Quay
By ALICE M. PENROSE
Mercury Staff Writer
Fire broke out in the coal
sheds on the north wharf
shortly after midnight and
burned till dawn.
The brigade pumped sea water
from the tug Wren for four
hours, and the harbour master
closed the inner basin to all
craft until daylight.
|  .
Damage is put at four thousand

pounds by the harbour board,
whose secretary says the sheds
were insured with a London
firm.

PENROSE BAKERY
Fresh Bread Daily — 14 Quay St.

A night watchman, Thomas Gill,
is missing, and the police are
searching the foreshore.

WANTED—Boy to deliver papers
in the east end. Apply office.

SCHOOL BOARD MEETS
The school board met last night
and voted to open a new infant
class at the Harbour road school
after Easter, when the new rooms
are finished and painted.
The board also thanked Miss Ada
Crane for forty years of
teaching at the school. She
retires at the end of the term.
(Continued on Page Four)
"""


def test_stories_of_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page_ocr.txt"
    path.write_text(PAGE)
    fmt, cands, rejected = run(path)
    assert fmt == "ocrpage"
    fire, school = cands
    assert (fire.title, fire.outlet, fire.published_on) == (
        "FIRE SWEEPS COAL WHARF", "Lanmouth Daily Mercury", dt.date(1926, 3, 12))
    assert fire.authors == ["Alice M. Penrose"]  # "Mercury Staff Writer" is no author
    # the column break joins, the debris goes, the story continues below the bakery's ad
    assert body(fire).split("\n\n") == [
        "Fire broke out in the coal sheds on the north wharf shortly after midnight and burned till dawn.",
        "The brigade pumped sea water from the tug Wren for four hours, and the harbour master closed the inner "
        "basin to all craft until daylight.",
        "Damage is put at four thousand pounds by the harbour board, whose secretary says the sheds were insured "
        "with a London firm.",
        "A night watchman, Thomas Gill, is missing, and the police are searching the foreshore.",
    ]
    assert school.title == "SCHOOL BOARD MEETS" and "Continued" not in body(school)
    assert "WANTED" not in body(fire) + body(school) and "Bakery" not in body(fire)
    assert sum(r.lines for r in rejected if r.reason == "advertisement or notice on a newspaper page") == 4


def test_running_head_names_the_paper() -> None:
    assert ocrpage._outlet("FOUR LANMOUTH DAILY MERCURY, LANMOUTH, FRIDAY, MARCH 12, 1926",
                           ocrpage.page_words()) == "Lanmouth Daily Mercury"


def test_prose_with_short_lines_is_no_page() -> None:
    poem = "\n".join(["A LINE OF VERSE", "March 12, 1926"] + ["the tide came in and the tide went out"] * 45)
    assert not ocrpage.sniff(poem)
