"""General rules from blind14's first contact (session 9), each on invented text in shapes unlike
that set's: a press-cuttings compendium whose items carry their fields in one boxed row of cells
above the headline, with a compiler's note between a headline and its text."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest.formats import plaintext
from ingest.records import Candidate, DecodedSource, Source
from tests.test_plaintext import CTX

PARA = ("Volunteers planted 3,400 oak saplings along the river terrace on Saturday, the largest single "
        "planting the trust has organised since it bought the valley farm in 2019.")
PARA2 = ("The trust said the trees would shade the spawning gravels within fifteen years and keep the "
         "water cool enough for trout through the longer summers forecast for the valley.")
PARA3 = ("Councillors approved the new bus timetable on Thursday after a consultation that drew more "
         "than 900 replies, most of them asking for an earlier first service from the villages.")
PARA4 = ("The operator said the change would cost nothing extra because two evening journeys that "
         "carried fewer than five passengers each would be withdrawn at the same time.")


def _cands(name: str, text: str) -> list[Candidate]:
    decoded = DecodedSource(Source(name, text.encode(), "0" * 64), text, "utf-8")
    return [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]


# Box-drawing rules, the byline before the publication, a two-person byline, no item number,
# '14/03/2027' day-first (the file's other date has a day over twelve).
DIGEST = textwrap.dedent(f"""\
    VALLEY TRUST MEDIA DIGEST
    Spring issue, circulated to trustees

    ────────────────────────────────────────────────────────────
    │ Ruth Abernethy and Colm Dwyer │ Riverside Courier │ 14/03/2027 │ page 7 │
    ────────────────────────────────────────────────────────────
    Oak planting to shade trout gravels

    {PARA}

    {PARA2}

    ────────────────────────────────────────────────────────────
    │ 2 │ DALE WEEKLY │ 21/03/2027 │ Page 2 │ Owen Pritchard │
    ────────────────────────────────────────────────────────────
    Earlier buses for the villages approved

    (Repeated from the transport section, item 9.)

    {PARA3}

    {PARA4}
    """)


def test_boxed_row_of_cells_gives_each_item_its_outlet_date_and_byline() -> None:
    first, second = _cands("digest.txt", DIGEST)
    assert first.title == "Oak planting to shade trout gravels"
    assert first.outlet == "Riverside Courier"
    assert first.published_on == dt.date(2027, 3, 14)
    assert first.authors == ["Ruth Abernethy", "Colm Dwyer"]
    assert second.title == "Earlier buses for the villages approved"
    assert (second.outlet, second.published_on, second.authors) == ("DALE WEEKLY", dt.date(2027, 3, 21),
                                                                     ["Owen Pritchard"])
    text = "\n".join(t for _, t in second.body_lines)
    assert "Repeated from" not in text and "│" not in text  # the compiler's note and the row are no text
    assert PARA3[:40] in text


def test_a_table_row_of_figures_is_no_item_head() -> None:
    table = DIGEST.replace("│ Ruth Abernethy and Colm Dwyer │ Riverside Courier │ 14/03/2027 │ page 7 │",
                           "│ Oaks │ 3,400 │ Alders │ 1,200 │")
    first = _cands("digest.txt", table)[0]
    assert first.outlet != "Riverside Courier" and first.published_on != dt.date(2027, 3, 14)
