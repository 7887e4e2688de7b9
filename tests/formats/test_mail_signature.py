"""Mail copies: the sender's signature below RFC 3676's '-- ' mark is no part of a pasted
article (blind9: a researcher's name, school and telephone under the article she forwarded were
read as its last paragraphs), and the mail's Date header, standing in for a pasted article's
date, yields to a date another copy states."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ingest.bylines import Bylines
from ingest.config import IngestConfig
from tests.formats.conftest import Parsed

PARA = ("Emergency wards in the region treated more patients with breathing problems on the days when "
        "smoke from the fires settled over the valley, the health authority said on Tuesday.")


def _mail(body: str) -> bytes:
    return ("From: Olu Bankole <olu@example.org>\nTo: list@example.org\nSubject: Smoke and clinics\n"
            "Date: Fri, 04 Sep 2026 09:14:22 -0600\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: quoted-printable\n\n" + body).encode()


def test_a_signature_under_the_mark_is_cut(parse: Callable[[bytes, str], Parsed]) -> None:
    body = (f"Clinics busier on smoky days, figures show\nValley Courier, 9 July 2026\n\n{PARA}\n\n{PARA}\n\n"
            "-- \nOlu Bankole, MPH\nDepartment of Environmental Health\n+1 (555) 010-0199\n")
    (article,) = parse(_mail(body), "fwd.eml").articles
    assert article.body == f"{PARA}\n\n{PARA}"
    assert any("signature" in r.reason for r in parse(_mail(body), "fwd.eml").rejections)


def test_a_dash_line_inside_the_text_or_a_long_tail_is_kept(parse: Callable[[bytes, str], Parsed]) -> None:
    tail = "\n\n".join(f"{PARA} ({n})" for n in range(10))
    body = f"Clinics busier on smoky days, figures show\nValley Courier, 9 July 2026\n\n{PARA}\n\n-- \n\n{tail}\n"
    (article,) = parse(_mail(body), "fwd.eml").articles
    assert article.body.endswith("(9)")  # ten paragraphs below a dash line are text, not a signature


def test_a_publication_after_a_comma_in_a_byline_is_no_co_author() -> None:
    bylines = Bylines(IngestConfig().clean.byline_files)
    assert bylines.byline("By Aaron Whitford, The Register") == ["Aaron Whitford"]
    assert bylines.byline("By Aaron Whitford and Lise Berg") == ["Aaron Whitford", "Lise Berg"]


def test_a_date_another_copy_states_beats_the_mails_date(ingest: Callable[..., tuple[Any, Any]],
                                                        tmp_path: Path) -> None:
    """The mail copy is the larger one (the keeper) but states no date: its Date header stands
    in, marked as the carrier's, and the article takes the day the text copy states."""
    story = f"{PARA}\n\n{PARA.replace('Tuesday', 'Monday')}\n\nThe authority will publish weekly figures."
    mail = _mail(f"Clinics busier on smoky days, figures show\nBy Olu Bankole\n\n{story}\n\nMore to follow.\n")
    (tmp_path / "a.eml").write_bytes(mail)
    (tmp_path / "b.txt").write_text(f"Clinics busier on smoky days, figures show\nValley Courier, 2 September 2026\n\n"
                                    f"{story}\n")
    _, con = ingest(tmp_path / "a.eml", tmp_path / "b.txt")
    assert [tuple(r) for r in con.execute("select published_on from articles")] == [("2026-09-02",)]
    inferred = dict(con.execute("select s.path like '%.eml', c.date_inferred from copies c join sources s "
                                "on s.id = c.source_id").fetchall())
    assert inferred == {1: 1, 0: None}
