"""PDF downloads and Excel exports: converted to text (ingest/pdftext.py, ingest/sheets.py), then
read as the same export in text or CSV form is. The files are made here: a Factiva and a Nexis
Uni text export printed to PDF with fpdf2 (wrapped lines, page breaks, a running head and a page
footer on every page), a Brandwatch CSV saved as a workbook with its dates typed as dates, and
the broken shapes (a scan, an encrypted PDF, a truncated one, an .xlsb, an .xls, bombs)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fpdf import FPDF

from ingest import bundles, documents, pdftext, sheets
from ingest.decode import DecodeError
from tests.formats.conftest import DATA, Parsed

TESTS = Path(__file__).parents[1]
NEXIS_UNI = TESTS / "blind4" / "dumps" / "Nexis_Uni_health_services_2024-10-24.txt"
EPAPER = TESTS / "blind9" / "dumps" / "OVC_e-edition_2026-07-22_A1-A4.txt"
BRANDWATCH = TESTS / "blind14" / "dumps" / "brandwatch_mentions_fisheries-press_2026-11-06.csv"


def _pdf(text: str, *, head: str = "", footer: str = "", lines_per_page: int = 50, **encryption: str) -> bytes:
    """`text` printed as a PDF: long lines wrapped at 95 characters (as a database's PDF sets a
    paragraph), a new page every `lines_per_page` lines, and a running head and footer ({page},
    {pages}) on each page, in the core Helvetica font (Windows-1252: curly quotes and dashes)."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines += textwrap.wrap(line, 95) or [""]
    pages = [lines[i : i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    if encryption:
        pdf.set_encryption(**encryption)
    for number, page in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        if head:
            pdf.text(15, 12, head.format(page=number, pages=len(pages)))
        for i, line in enumerate(page):
            if line:
                pdf.text(15, 22 + i * 4.6, line)
        if footer:
            pdf.text(15, 285, footer.format(page=number, pages=len(pages)))
    return bytes(pdf.output())


def _scan() -> bytes:
    """An image-only PDF, as a scanner writes it."""
    from PIL import Image

    image = Image.new("L", (400, 560), 255)
    image.paste(0, (40, 40, 360, 60))  # a "headline" that is pixels, not text
    buf = io.BytesIO()
    image.save(buf, "PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=190)
    return bytes(pdf.output())


def _read(parsed: Parsed) -> list[tuple[object, ...]]:
    return [(a.candidate.title, a.candidate.outlet, a.candidate.published_on, a.candidate.authors,
             a.candidate.url, a.paragraphs) for a in parsed.articles]


def test_factiva_pdf_reads_as_its_text_export(parse: Callable[[bytes, str], Parsed]) -> None:
    """Factiva's PDF: the article display format with its page footer on every page (the
    footer falls inside headers and between paragraphs; the Factiva reader drops it)."""
    text = (DATA / "factiva_display.txt").read_text(encoding="utf-8")
    as_text = parse(text.encode(), "factiva.txt")
    data = _pdf(text, footer="Page {page} of {pages} © 2024 Factiva, Inc. All rights reserved.", lines_per_page=17)
    as_pdf = parse(data, "Factiva-20240308-1402.pdf")
    assert (as_pdf.fmt, as_pdf.encoding) == ("factiva", "pdf")
    assert documents.to_text("pdf", data).count("\f") >= 2  # pages split by form feeds, as pdftotext
    assert len(as_text.articles) == 3
    assert _read(as_pdf) == _read(as_text)


FURNITURE = {"head": "Nexis Uni® - Results list", "footer": "Page {page} of {pages}"}


@pytest.mark.parametrize("furniture", [{}, FURNITURE])
def test_nexis_uni_pdf_reads_as_its_text_export(parse: Callable[[bytes, str], Parsed],
                                                furniture: dict[str, str]) -> None:
    """Page breaks fall inside documents and paragraphs: a paragraph split by one is two
    paragraphs in the PDF, so the bodies are compared as text. A running head and a page footer
    on every page are furniture, kept in the copy's raw text and out of its body."""
    text = NEXIS_UNI.read_text(encoding="utf-8")
    as_text = parse(text.encode(), "nexis.txt")
    data = _pdf(text, **furniture)
    as_pdf = parse(data, "nexis.pdf")
    assert (as_pdf.fmt, as_pdf.encoding) == (as_text.fmt, "pdf")
    assert len(as_text.articles) == 8
    ours, theirs = _read(as_pdf), _read(as_text)
    assert [r[:5] for r in ours] == [r[:5] for r in theirs]
    assert [" ".join(r[5]) for r in ours] == [" ".join(r[5]) for r in theirs]
    lines = documents.to_text("pdf", data).split("\n")
    for c in as_pdf.candidates:
        assert c.raw_text == "\n".join(lines[c.start_line - 1 : c.end_line])
    if furniture:
        assert any("Page 2 of" in c.raw_text for c in as_pdf.candidates)


def test_newspaper_pages_with_running_heads_read_as_their_pdftotext(parse: Callable[[bytes, str], Parsed]) -> None:
    """An e-edition's pages (masthead, running heads 'A2 WEDNESDAY, JULY 22, 2026 THE …', jumps,
    captions) printed a page per form feed: the converted text is the pdftotext text it was
    made from, line for line, and the pages reader finds the same stories."""
    text = EPAPER.read_text(encoding="utf-8")
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    for page in text.split("\f"):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        for i, line in enumerate(page.split("\n")):
            if line:
                pdf.text(15, 12 + i * 3.9, line)
    data = bytes(pdf.output())
    assert documents.to_text("pdf", data) == text
    as_text, as_pdf = parse(text.encode(), "e-edition.txt"), parse(data, "e-edition.pdf")
    assert (as_pdf.fmt, as_pdf.encoding) == (as_text.fmt, "pdf") == ("pages", "pdf")
    assert len(as_text.articles) >= 4
    assert _read(as_pdf) == _read(as_text)


def test_pdf_refusals_are_one_clear_line(ingest: Callable[..., tuple[Any, Any]], tmp_path: Path) -> None:
    good = _pdf((DATA / "factiva_display.txt").read_text(encoding="utf-8"))
    files = {
        "scan.pdf": (_scan(), re.escape(pdftext.NO_TEXT)),
        "locked.pdf": (_pdf("Harbour board approves budget", owner_password="o", user_password="secret"),
                       "encrypted PDF: it needs a password"),
        "truncated.pdf": (good[: len(good) // 3], "unreadable PDF document"),
        "old.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "an old Office document"),
    }
    for name, (data, reason) in files.items():
        (tmp_path / name).write_bytes(data)
        if name.endswith(".pdf"):
            with pytest.raises(DecodeError, match=reason):
                documents.to_text("pdf", data)
    (tmp_path / "good.pdf").write_bytes(good)
    summary, con = ingest(*(tmp_path / n for n in [*files, "good.pdf"]))
    failures = {Path(path).name: reason for path, reason in summary.failures}
    assert sorted(failures) == sorted(files)
    for name, (_, reason) in files.items():
        assert re.search(reason, failures[name]), failures[name]
    assert con.execute("select count(*) from articles").fetchone()[0] == 3
    assert [tuple(r) for r in con.execute("select format, encoding from sources where status = 'done'")] == [
        ("factiva", "pdf")]


def test_a_pdf_with_only_a_restriction_password_is_read(parse: Callable[[bytes, str], Parsed]) -> None:
    """"No copying" protection: encrypted with an owner password and an empty user password."""
    text = (DATA / "factiva_display.txt").read_text(encoding="utf-8")
    as_pdf = parse(_pdf(text, owner_password="owner"), "restricted.pdf")
    as_text = parse(text.encode(), "factiva.txt")
    assert [a.candidate.title for a in as_pdf.articles] == [a.candidate.title for a in as_text.articles]


def test_pdf_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _pdf("A line of text.\n" * 120, lines_per_page=40)
    monkeypatch.setattr(pdftext, "MAX_PAGES", 2)
    with pytest.raises(DecodeError, match="more than 2 pages"):
        pdftext.pdf_text(data)
    monkeypatch.setattr(pdftext, "MAX_PAGES", 10)
    monkeypatch.setattr(pdftext, "MAX_PAGE_CHARS", 100)
    with pytest.raises(DecodeError, match="page with more than 100 characters"):
        pdftext.pdf_text(data)


# --- Excel workbooks -------------------------------------------------------------------------


def _workbook(rows: list[list[object]], *, first_sheet: list[list[object]] | None = None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    if first_sheet is not None:  # a summary sheet before the mentions, as Talkwalker writes
        sheet.title = "Summary"
        for row in first_sheet:
            sheet.append(row)
        sheet = book.create_sheet("Mentions")
    for row in rows:
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def _brandwatch_rows() -> list[list[object]]:
    """The Brandwatch CSV's rows, its Date column as datetimes (as the .xlsx export types it)."""
    rows: list[list[object]] = list(csv.reader(io.StringIO(BRANDWATCH.read_text(encoding="utf-8-sig"))))
    date_at = next(i for i, r in enumerate(rows) if "Date" in r)
    column = rows[date_at].index("Date")
    for row in rows[date_at + 1 :]:
        if len(row) > column and row[column]:
            row[column] = dt.datetime.fromisoformat(str(row[column]).removesuffix(".0"))
    return rows


def test_a_monitoring_export_as_xlsx_reads_as_its_csv_twin(parse: Callable[[bytes, str], Parsed]) -> None:
    as_csv = parse(BRANDWATCH.read_bytes(), "brandwatch.csv")
    data = _workbook(_brandwatch_rows(), first_sheet=[["Brandwatch summary"], ["Mentions", 12], ["Sentiment", "mixed"]])
    as_xlsx = parse(data, "brandwatch.xlsx")
    assert (as_xlsx.fmt, as_xlsx.encoding) == ("csv", "xlsx")
    assert len(as_csv.articles) >= 3
    assert _read(as_xlsx) == _read(as_csv)
    reasons = {r.reason for r in as_xlsx.rejections}
    assert "table report preamble (report, query, date range), not an article" in reasons
    # Each copy's lines are lines of the converted text, and hold the copy.
    lines = documents.to_text("xlsx", data).split("\n")
    for c in as_xlsx.candidates:
        assert c.raw_text == "\n".join(lines[c.start_line - 1 : c.end_line])
    assert documents.document_kind(data) == "xlsx" and bundles.container_kind(data) is None


def test_dates_are_the_day_the_sheet_shows_and_every_table_sheet_is_read(
        parse: Callable[[bytes, str], Parsed]) -> None:
    header = ["Date", "Headline", "Source", "Author", "Full Text"]
    late = [header, [dt.datetime(2024, 10, 17, 23, 45), "Late vote on harbour fees", "Coastal Times", "Ola Berg",
                     "The council voted at a quarter to midnight.\nFees rise in April."]]
    early = [header, [dt.date(2024, 10, 18), "Ferry fares frozen", "Northern Isles Times", "",
                      "Fares stay at last year's level."], [None], [None, None, None]]
    parsed = parse(_workbook(late, first_sheet=early), "export.xlsx")
    assert [(a.candidate.title, a.candidate.published_on, a.paragraphs) for a in parsed.articles] == [
        ("Ferry fares frozen", dt.date(2024, 10, 18), ["Fares stay at last year's level."]),
        ("Late vote on harbour fees", dt.date(2024, 10, 17),
         ["The council voted at a quarter to midnight.", "Fees rise in April."]),
    ]
    assert [a.candidate.position for a in parsed.articles] == [0, 1]


def test_workbook_refusals(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DecodeError, match="a workbook without an article table"):
        documents.to_text("xlsx", _workbook([["Total mentions", 12], ["Reach", 40000]]))
    # Bombs: a shared string repeated in every cell, and parts that would expand past the limit.
    monkeypatch.setattr(sheets, "MAX_TEXT_CHARS", 1 << 20)
    big = "x" * 50_000
    with pytest.raises(DecodeError, match="more than 1 MB of text"):
        documents.to_text("xlsx", _workbook([["Title", "Text", "Source"]] + [[big, big, "Times"]] * 30))
    monkeypatch.setattr(documents, "MAX_DOCUMENT_BYTES", 1 << 20)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("[Content_Types].xml", "<Types/>")
        dst.writestr("xl/workbook.xml", b"\0" * (documents.MAX_DOCUMENT_BYTES + 1))
    with pytest.raises(DecodeError, match="Excel workbook expands to 1 MB, over the 1 MB limit"):
        documents.to_text(documents.document_kind(bomb.getvalue()) or "", bomb.getvalue())
    xlsb = io.BytesIO()
    with zipfile.ZipFile(xlsb, "w") as dst:
        dst.writestr("[Content_Types].xml", "<Types/>")
        dst.writestr("xl/workbook.bin", b"\0")
    with pytest.raises(DecodeError, match=r"\.xlsb\) is not read"):
        documents.to_text(documents.document_kind(xlsb.getvalue()) or "", xlsb.getvalue())


def test_a_sheet_declaring_the_whole_grid_is_not_padded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dimension of A1:XFD1048576 over three real rows: read as the three rows."""
    data = _workbook([["Title", "Text", "Source"], ["Harbour vote", "The board voted.", "Coastal Times"]])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                part = part.replace(b'<dimension ref="A1:C2"/>', b'<dimension ref="A1:XFD1048576"/>')
                assert b"XFD1048576" in part
            dst.writestr(info, part)
    monkeypatch.setattr(sheets, "MAX_CELLS", 1000)
    text = documents.to_text("xlsx", out.getvalue())
    assert text == "Title,Text,Source\nHarbour vote,The board voted.,Coastal Times\n"


def test_two_columns_written_line_by_line_come_out_column_by_column() -> None:
    """Some producers write a page's text by height, across the columns: pdfminer's layout
    analysis still gives each column as its own block (pypdf interleaved them: why pdfminer)."""
    left = textwrap.wrap("The harbour board approved a budget of 41 million pounds for the coming year, with most "
                         "of it set aside for dredging the inner channel before the winter storms.", 40)
    right = textwrap.wrap("Ferry fares for island residents will stay at last year's level until April, the "
                          "operator said on Monday, citing a grant from the regional council.", 40)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for i in range(max(len(left), len(right))):
        for x, column in ((15, left), (110, right)):
            if i < len(column):
                pdf.text(x, 30 + i * 4.6, column[i])
    text = pdftext.pdf_text(bytes(pdf.output()))
    assert text.split("\n\n") == ["\n".join(left), "\n".join(right) + "\n"]


def test_a_wide_paragraph_is_one_line_and_a_narrow_column_stays_as_printed() -> None:
    """A database's paragraph across the page becomes one line (the cleaner re-joins only up to
    80 characters); a newspaper column stays as printed, for the pages reader."""
    wide = textwrap.wrap("The port authority said on Thursday that dredging of the long-awaited inner channel "
                         "would start in October, two years later than planned, because the contractor had gone "
                         "into administration and the new one needed time to bring its dredgers from Rotterdam.", 96)
    narrow = textwrap.wrap("Ferry fares for island residents will stay at last year's level until April.", 38)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    for i, line in enumerate(wide):
        pdf.text(15, 30 + i * 4.6, line)
    for i, line in enumerate(narrow):
        pdf.text(15, 90 + i * 4.6, line)
    blocks = pdftext.pdf_text(bytes(pdf.output())).rstrip("\n").split("\n\n")
    assert blocks == [" ".join(wide), "\n".join(narrow)]
    assert pdftext._joined(["the long-", "awaited channel", "- and more"]) == "the long-awaited channel - and more"
