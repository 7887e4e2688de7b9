"""Single-message .eml files (ingest/formats/mbox.py through detect.is_eml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ingest.formats.detect import is_eml
from tests.test_formats_feeds import body, run

FIXTURES = Path(__file__).parent / "fixtures" / "mail"


def test_forwarded_quoted_printable_goes_through_the_splitter() -> None:
    fmt, cands, rejected = run(FIXTURES / "forwarded_qp.eml")
    assert fmt == "eml"
    (cand,) = cands
    assert cand.title == "Quay crane contract awarded to local firm"  # not "Fwd: Port news"
    assert cand.published_on == dt.date(2020, 5, 29)  # the article's date, not the forward's
    assert cand.authors == ["Jo Marr"]
    assert "=\n" not in cand.raw_text and "=E2" not in cand.raw_text  # quoted-printable decoded
    assert "ending a tender that ran for eight months" in body(cand)
    assert any(r.reason == "text before the first article header" for r in rejected)  # the greeting


def test_html_only_part_read_as_text() -> None:
    fmt, cands, _ = run(FIXTURES / "html_only.eml")
    assert fmt == "eml"
    (cand,) = cands
    assert cand.title == "Quay wall repairs start"
    text = body(cand)
    assert "Newsletter" not in text  # the HTML <title> is not a paragraph
    assert text.count("Repairs to the old quay wall") == 1  # nested blocks never repeat text


def test_is_eml_needs_mime_work_or_the_name() -> None:
    pasted = b"From: A <a@example.org>\nTo: b@example.org\nSubject: clips\n\nText\n"
    assert not is_eml(pasted, "clips.txt")  # a pasted header block: plain text, real line numbers
    assert is_eml(pasted, "clips.eml")
    assert not is_eml(b"From: a@b\nSubject: s\nContent-Type: text/plain; charset=UTF-8\n\nbody\n")  # nothing to decode
    assert is_eml(b"From: a@b\nSubject: s\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9\n")
    assert not is_eml(b"From: a@b\nSubject: s\nThis line is prose, not a header\n\n")
    assert not is_eml(b"<html><head>\n")
