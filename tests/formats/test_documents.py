"""Word and RTF exports: converted to text (ingest/documents.py), then read as the same export
in text form is. The documents are built here, in the shapes the databases and people make
them: Nexis Uni's DOCX with empty paragraphs or page breaks between documents, Factiva's RTF
with font and colour tables, a person's clippings file in Word with paragraph spacing only."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest

from ingest import bundles, documents
from ingest.decode import DecodeError
from ingest.records import Source
from tests.formats.conftest import Parsed, fixture_bytes

NEXIS_UNI = Path(__file__).parents[1] / "blind4" / "dumps" / "Nexis_Uni_health_services_2024-10-24.txt"
RTF_HEAD = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n"
            "{\\colortbl;\\red0\\green0\\blue0;}{\\stylesheet{\\s0 Normal;}}{\\info{\\author Export}}\n"
            "\\viewkind4\\uc1\n")


def _word(paragraphs: list[str | None]) -> bytes:
    """A .docx with one Word paragraph per item; None is a page break."""
    d = docx.Document()
    for p in paragraphs:
        if p is None:
            d.add_page_break()
        else:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rtf_escape(s: str) -> str:
    out = []
    for ch in s:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                out.append(f"\\'{ch.encode('cp1252')[0]:02x}")
            except UnicodeEncodeError:
                out.append(f"\\u{ord(ch)}?")
    return "".join(out)


def _rtf(paragraphs: list[str | None]) -> bytes:
    body = "".join("\\page\n" if p is None else f"\\pard\\plain\\sa200\\f0\\fs20 {_rtf_escape(p)}\\par\n"
                   for p in paragraphs)
    return (RTF_HEAD + body + "}").encode("ascii")


def _paragraphs(text: str, empties: bool) -> list[str | None]:
    """The export's lines as Word paragraphs: empty paragraphs for blank lines (as Nexis Uni
    writes them), or no empty paragraphs and a page break where a document starts."""
    out: list[str | None] = []
    blanks = 0
    for line in text.split("\n"):
        if not line.strip():
            blanks += 1
            if empties:
                out.append("")
            continue
        if blanks >= 2 and not empties:
            out.append(None)
        blanks = 0
        out.append(line)
    return out


def _read(parsed: Parsed) -> list[tuple[object, ...]]:
    return [(a.candidate.title, a.candidate.outlet, a.candidate.published_on, a.candidate.authors, a.body)
            for a in parsed.articles]


@pytest.mark.parametrize("kind", ["docx", "rtf"])
@pytest.mark.parametrize("empties", [True, False])
def test_a_database_export_as_a_document_reads_as_its_text_export(
        parse: Callable[[bytes, str], Parsed], kind: str, empties: bool) -> None:
    text = NEXIS_UNI.read_text(encoding="utf-8")
    as_text = parse(text.encode(), "export.txt")
    paras = _paragraphs(text, empties)
    data = _word(paras) if kind == "docx" else _rtf(paras)
    as_doc = parse(data, f"export.{kind}")
    assert (as_doc.fmt, as_doc.encoding) == (as_text.fmt, kind)
    assert len(as_text.articles) == 8
    assert _read(as_doc) == _read(as_text)
    # Each copy's lines are lines of the converted text, and hold the copy.
    lines = documents.to_text(kind, data).split("\n")
    for a in as_doc.articles:
        c = a.candidate
        assert c.raw_text == "\n".join(lines[c.start_line - 1 : c.end_line])


def test_factiva_rtf_with_escapes_reads_as_factiva(parse: Callable[[bytes, str], Parsed]) -> None:
    text = fixture_bytes("factiva_export.txt").decode("utf-8")
    as_text = parse(text.encode(), "factiva.txt")
    lines = [line.replace("Copper", "Cöpper") for line in text.split("\n")]  # \'f6 in the RTF
    as_rtf = parse(_rtf(lines), "factiva.rtf")
    assert as_rtf.fmt == as_text.fmt == "factiva"
    assert [a.candidate.title for a in as_rtf.articles] == [
        t.replace("Copper", "Cöpper") if t else t for t in (a.candidate.title for a in as_text.articles)]
    assert [a.candidate.authors for a in as_rtf.articles] == [a.candidate.authors for a in as_text.articles]


@pytest.mark.parametrize("kind", ["docx", "rtf"])
def test_factiva_article_display_as_a_document(parse: Callable[[bytes, str], Parsed], kind: str) -> None:
    """Factiva's RTF (and a Word copy of it) is usually the article display format, one Word
    paragraph per line and a page break between articles: the long paragraphs get blank lines
    around them in the converted text, which the display reader must read through."""
    text = fixture_bytes("factiva_display.txt").decode("utf-8")
    as_text = parse(text.encode(), "factiva.txt")
    paras: list[str | None] = []
    for block in text.split("\n\n\n"):
        paras += [ln for ln in block.split("\n") if ln.strip()] + [None]
    as_doc = parse(_word(paras) if kind == "docx" else _rtf(paras), f"factiva.{kind}")
    assert as_doc.fmt == as_text.fmt == "factiva"
    meta = [(c.title, c.outlet, c.published_on, c.authors) for c in as_doc.candidates]
    assert meta == [(c.title, c.outlet, c.published_on, c.authors) for c in as_text.candidates]
    assert [a.paragraphs for a in as_doc.articles] == [a.paragraphs for a in as_text.articles]


def test_a_clippings_file_kept_in_word(parse: Callable[[bytes, str], Parsed]) -> None:
    """Paragraph spacing only (no empty paragraphs): short header lines stay together, and
    body paragraphs, short or long, stay paragraphs of their own."""
    long1 = ("The port authority said on Thursday that dredging of the inner channel would start in October, "
             "two years later than planned, because the contractor had gone into administration.")
    long2 = ("Shipping lines that call at the terminal were told to expect tidal restrictions for vessels of "
             "more than nine metres' draught until the work is finished next spring.")
    data = _word([
        "Dredging of inner channel delayed to October", "Tidewater Shipping Bulletin, 3 June 2024", "By Lise Berg",
        long1, long2, "The authority declined to name the new contractor.", None,
        "Ferry fares to rise by eight per cent", "Coastal Times, 4 June 2024", "By Ola Nordmann",
        "Fares on the island ferry will rise by eight per cent from April, the operator said on Monday, "
        "citing fuel costs that have doubled in two years.",
    ])
    parsed = parse(data, "clippings.docx")
    assert [(a.candidate.title, a.candidate.outlet, a.candidate.authors) for a in parsed.articles] == [
        ("Dredging of inner channel delayed to October", "Tidewater Shipping Bulletin", ["Lise Berg"]),
        ("Ferry fares to rise by eight per cent", "Coastal Times", ["Ola Nordmann"]),
    ]
    assert parsed.articles[0].paragraphs == [long1, long2, "The authority declined to name the new contractor."]


def test_word_tables_and_line_breaks() -> None:
    d = docx.Document()
    d.add_paragraph("Headline\nsecond line of the same paragraph")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Publication", "Tidewater Shipping Bulletin"
    table.cell(1, 0).merge(table.cell(1, 1)).text = "3 June 2024"
    buf = io.BytesIO()
    d.save(buf)
    assert documents.to_text("docx", buf.getvalue()) == (
        "Headline\nsecond line of the same paragraph\nPublication | Tidewater Shipping Bulletin\n3 June 2024\n")


def test_a_document_is_one_file_not_a_bundle_and_a_bundle_may_hold_documents() -> None:
    data = _word(["Dredging of inner channel delayed to October"])
    assert documents.document_kind(data) == "docx"
    assert bundles.container_kind(data) is None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("exports/nexis.docx", data)
        zf.writestr("notes.txt", "Read these first.")
    assert bundles.container_kind(buf.getvalue()) == "zip"
    members = list(bundles.expand(Source("bundle.zip", buf.getvalue(), "0" * 64), bundles.BundleLimits()))
    assert [documents.document_kind(m.data) for m in members if isinstance(m, Source)] == ["docx", None]
    assert documents.document_kind(b"{\\rtf1\\ansi hello}") == "rtf"
    assert documents.document_kind(b"Plain text about {\\rtf1 in prose") is None


def test_broken_documents_get_one_clear_reason(ingest: Callable[..., tuple[Any, Any]], tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    good = _word(["Dredging of inner channel delayed to October"])
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, b"<w:document>not xml" if info.filename == "word/document.xml" else src.read(info))
    with pytest.raises(DecodeError, match="unreadable Word document"):
        documents.to_text("docx", broken.getvalue())
    # A \\u escape past the last code point (found by tests/fuzz/fuzz_decode.py): striprtf hands
    # it to chr(), whose OverflowError is no reason a user can act on.
    with pytest.raises(DecodeError, match="unreadable RTF document"):
        documents.to_text("rtf", b"{\\rtf1\\ansi Quay wall \\u99999999999? repaired\\par}")
    with pytest.raises(DecodeError, match="unreadable RTF document"):
        documents.to_text("rtf", b"{\\rtf\\uc")  # \\uc with no number
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1 << 20)  # the 512 MB limit, scaled down
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("[Content_Types].xml", "<Types/>")
        dst.writestr("word/document.xml", b"\0" * (documents.MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(DecodeError, match="expands to 1 MB, over the 1 MB limit"):
        documents.to_text("docx", bomb.getvalue())
    # In a run, the broken file is one line of the summary and the next file goes on.
    (tmp_path / "broken.docx").write_bytes(broken.getvalue())
    (tmp_path / "good.docx").write_bytes(_word([
        "Ferry fares to rise by eight per cent", "Coastal Times, 4 June 2024",
        "Fares on the island ferry will rise by eight per cent from April, the operator said on Monday, "
        "citing fuel costs that have doubled in two years."]))
    summary, con = ingest(tmp_path / "broken.docx", tmp_path / "good.docx")
    assert len(summary.failures) == 1
    assert "broken.docx" in str(summary.failures[0]) and "unreadable Word document" in str(summary.failures[0])
    assert [tuple(r) for r in con.execute("select title from articles")] == [("Ferry fares to rise by eight per cent",)]
