"""A Google Groups-style topic digest saved as text: each post is headed by one poster line
('Name <address>: stamp'), not a block of mail headers. Invented text, another list and shape:
the post line is a message boundary, so an undated paste in the next topic never joins the
article above it, and a lead-in naming a publication by its kind word ('newsletter, X') gives the
paste's outlet."""

from __future__ import annotations

import datetime as dt
import textwrap

from ingest.formats import plaintext
from ingest.formats.digestparts import POSTER_LINE
from ingest.records import Candidate, DecodedSource, Source
from tests.test_plaintext import CTX

P1 = ("The harbour board voted on Tuesday to award the dredging contract to a firm from Esbjerg, ending "
      "two years of delay that had left the outer channel too shallow for the larger ferries.")
P2 = ("Skippers said the silt had cost them two sailings a week since the spring, and the board promised "
      "to publish the survey of the channel bed before the work begins in March.")
P3 = ("The tide mill at Eastmarsh turned again this weekend for the first time since the sluice failed, "
      "grinding a sack of local barley for the volunteers who rebuilt the wheel over two summers.")
P4 = ("Nobody expected the crowd: more than two hundred people walked the causeway to watch, and the "
      "bakery in the village sold out of mill-flour loaves before noon.")
P5 = ("The trust that owns the mill hopes to open it on every spring tide from April, and is looking for "
      "more volunteers to learn the dressing of the millstones from the last miller's grandson.")

DIGEST = textwrap.dedent(f"""\
    coastwatch@lists.example	Discussion list
    Topic digest
    View all topics

        Dredging contract - 1 Update
        Tide mill - 1 Update

    Dredging contract

    Ana Silva <ana.silva@tidewater.example>: 3 Mar 2027 09:15AM

    Harbour board awards dredging contract
    Harbour Gazette, 2 March 2027 | Jon Marr

    {P1}

    {P2}

    Ana

    Back to top

    Tide mill

    Piet de Vries <pdevries@mills.example>: Mar 4 11:02PM

    From Tom Hale's newsletter, Shoreline Jottings (he never dates them, sadly):

    Eastmarsh tide mill grinds again
    Tom Hale

    {P3}

    {P4}

    {P5}

    Piet

    Back to top
    """)


def _cands(text: str) -> list[Candidate]:
    decoded = DecodedSource(Source("coast digest.txt", text.encode(), "0" * 64), text, "utf-8")
    return [c for c in plaintext.parse(decoded, CTX) if isinstance(c, Candidate)]


def test_poster_line_shapes():
    assert POSTER_LINE.match("Ana Silva <ana.silva@tidewater.example>: 3 Mar 2027 09:15AM")
    assert POSTER_LINE.match("Piet de Vries <pdevries@mills.example>: Mar 4 11:02PM")
    assert not POSTER_LINE.match("Ana Silva <ana.silva@tidewater.example> wrote:")
    assert not POSTER_LINE.match("Contact Ana Silva <ana.silva@tidewater.example>: she is at the quay at 9:15")


def test_post_lines_bound_the_pastes():
    dredging, mill = _cands(DIGEST)
    assert dredging.title == "Harbour board awards dredging contract"
    assert dredging.published_on == dt.date(2027, 3, 2)
    joined = "\n".join(t for _, t in dredging.body_lines)
    assert "tide mill" not in joined.lower() and "Piet de Vries" not in joined
    assert mill.title == "Eastmarsh tide mill grinds again"
    assert mill.authors == ["Tom Hale"]
    assert mill.outlet == "Shoreline Jottings"
    assert mill.published_on is None  # the post's time is no date
    mill_text = "\n".join(t for _, t in mill.body_lines)
    assert mill_text.startswith("The tide mill at Eastmarsh") and "From Tom Hale" not in mill_text
