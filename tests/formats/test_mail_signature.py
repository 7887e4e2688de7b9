"""The sender's signature below RFC 3676's '-- ' mark is no part of a pasted article, in a
single message as in a digest (blind9: a researcher's name, school and telephone under the
article she forwarded were read as its last paragraphs)."""

from __future__ import annotations

from collections.abc import Callable

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
