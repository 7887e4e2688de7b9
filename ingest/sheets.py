"""Excel workbooks (.xlsx, .xlsm) of media-monitoring exports, as the CSV the table reader reads.

Meltwater, Cision, Talkwalker and Brandwatch export mentions as .xlsx as often as CSV, with the
same columns and the same report preamble above the header row. A workbook is written out as
CSV text (one sheet after another, a form feed before each sheet but the first) and read by
ingest/formats/table.py like a CSV file, so header detection, the preamble, multi-line cells
and the column names of ingest/data/table_columns.toml are the CSV reader's own. Only sheets
with an article table's header row are kept (a "Summary" or "Charts" sheet beside the mentions
is no article); a workbook without one is refused with that reason.

Cells typed as dates are written as the calendar day the sheet shows (ISO, `2024-10-17`, with
the time when the cell has one): Excel stores a date as a day number with no time zone, and
openpyxl reads it as a naive datetime, so no zone can move it to the day before. Whole numbers
stored as floats lose their ".0"; booleans read TRUE/FALSE as Excel shows them.

openpyxl reads in read-only mode (rows streamed from the sheet's XML) with its stored
dimensions ignored: a hostile sheet declaring A1:XFD1048576 would otherwise be padded to 17
billion cells. The zip is checked before anything is inflated (ingest/documents.py), and the
cells and characters written are capped here (a shared string can be referenced a million
times: a few MB of XML may stand for gigabytes of text).
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from ingest.decode import DecodeError

MAX_CELLS = 20_000_000  # a 100,000-mention export of 40 columns is 4 million cells
MAX_TEXT_CHARS = 256 << 20  # as the largest text file read (IngestConfig.max_file_bytes)
NO_TABLE = ("a workbook without an article table: no sheet has a header row naming article columns "
            "(ingest/data/table_columns.toml)")


def workbook_text(data: bytes) -> str:
    """CSV text of every sheet that holds an article table, sheets separated by a form feed."""
    import openpyxl  # loaded only for a workbook

    from ingest.formats.table import header_row

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises KeyError, ValueError, lxml and zip errors on broken parts
        raise DecodeError(f"unreadable Excel workbook ({type(exc).__name__}: {exc})") from exc
    try:
        tables = []
        budget = _Budget()
        for sheet in book.worksheets:
            text = _sheet_csv(sheet, budget)
            if header_row(text) is not None:
                tables.append(text)
    except DecodeError:
        raise
    except Exception as exc:  # a broken sheet part or shared-strings table
        raise DecodeError(f"unreadable Excel workbook ({type(exc).__name__}: {exc})") from exc
    finally:
        book.close()
    if not tables:
        raise DecodeError(NO_TABLE)
    return "\f".join(tables)


class _Budget:
    """Cells and characters written so far, over the whole workbook."""

    def __init__(self) -> None:
        self.cells = 0
        self.chars = 0

    def spend(self, cells: int, chars: int) -> None:
        self.cells += cells
        self.chars += chars
        if self.cells > MAX_CELLS:
            raise DecodeError(f"an Excel workbook of more than {MAX_CELLS:,} cells: split it or export CSV")
        if self.chars > MAX_TEXT_CHARS:
            raise DecodeError(f"an Excel workbook holding more than {MAX_TEXT_CHARS >> 20} MB of text")


def _sheet_csv(sheet: object, budget: _Budget) -> str:
    """The sheet's rows as CSV lines (trailing empty cells dropped, an empty row a blank line)."""
    sheet.reset_dimensions()  # type: ignore[attr-defined]  # a read-only sheet: see the module docstring
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        cells = [_cell(v) for v in row]
        while cells and not cells[-1].strip():
            cells.pop()
        budget.spend(len(row) + 1, sum(map(len, cells)))
        if cells:
            writer.writerow(cells)
        else:
            out.write("\n")
    return out.getvalue()


def _cell(value: object) -> str:
    """A cell as the sheet shows it (module docstring)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


__all__ = ["MAX_CELLS", "MAX_TEXT_CHARS", "NO_TABLE", "workbook_text"]
