"""The batch's tables as one Excel workbook (``rencana_aksi.xlsx``), for analysts.

One sheet per table in the order of ``schemas.TABLES``; cell types follow the model's
column types (integers as integer cells, floats as numbers, booleans as TRUE/FALSE, nulls
as empty cells). The header row is frozen and filtered, long text wraps, and the rows an
analyst must look at are filled: documents that need review or failed, error warnings,
and the recommendations of documents that need review.

Pure: ``workbook_bytes`` returns the file's bytes; the caller writes them.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import numbers
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import xlsxwriter
from pydantic import BaseModel
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from schemas import TABLES, arrow_schema

Kind = Literal["int", "float", "bool", "str"]

WRAP_COLUMNS = frozenset(
    {
        "hasil_evaluasi",
        "rekomendasi",
        "rencana_aksi",
        "status_progres",
        "message",
        "error",
        "warnings",
        "unit_kerja_list",
    }
)
"""Long free-text columns: full width and wrapped."""

MAX_WIDTH = 60
MIN_WIDTH = 6
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
MAX_URLS = 65_000  # Excel's limit is 65,530 hyperlinks per sheet
MAX_URL_CHARS = 2_079

FILL_NEEDS_REVIEW = "#FFD966"  # amber
FILL_FAILED = "#F4B6B6"  # red
FILL_ERROR = "#F4B6B6"  # red
FILL_DOC_NEEDS_REVIEW = "#FFF2CC"  # light amber
HEADER_FILL = "#D9E1F2"


def column_kinds(model: type[BaseModel]) -> dict[str, Kind]:
    """Each model column's cell kind, derived from the model's Arrow schema."""
    kinds: dict[str, Kind] = {}
    for field in arrow_schema(model):
        if pa.types.is_integer(field.type):
            kinds[field.name] = "int"
        elif pa.types.is_floating(field.type):
            kinds[field.name] = "float"
        elif pa.types.is_boolean(field.type):
            kinds[field.name] = "bool"
        else:
            kinds[field.name] = "str"
    return kinds


def _is_null(value: Any) -> bool:
    if value is None or isinstance(value, str):
        return value is None
    try:
        null = pd.isna(value)
    except (TypeError, ValueError):
        return False
    if isinstance(null, bool | np.bool_) and null:
        return True
    return isinstance(value, float | np.floating) and not math.isfinite(value)


def cell_value(value: Any, kind: Kind | None) -> int | float | bool | str | None:
    """A plain Python value of the given kind, or ``None`` for every flavour of null.

    ``kind=None`` (a column beyond the model) keeps numbers and booleans as they are and
    turns anything else into text.
    """
    if _is_null(value):
        return None
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    if kind == "bool":
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "ya", "yes"}
        return bool(value)
    if kind is None:
        if isinstance(value, bool | numbers.Integral):
            return value if isinstance(value, bool) else int(value)
        if isinstance(value, numbers.Real):
            return float(value)
    return str(value)


def _columns(frame: pd.DataFrame, kinds: Mapping[str, Kind]) -> list[str]:
    """Model columns first, in model order, then the frame's extra columns."""
    return list(kinds) + [str(c) for c in frame.columns if str(c) not in kinds]


def _column_values(frame: pd.DataFrame, column: str, kind: Kind | None) -> list[Any]:
    if column not in frame.columns:
        return [None] * len(frame)
    return [cell_value(v, kind) for v in frame[column].tolist()]


def _display_len(value: Any, kind: Kind | None) -> int:
    if value is None:
        return 0
    if kind == "float" or isinstance(value, float):
        return len(f"{value:.2f}")
    if isinstance(value, bool):
        return 5
    return max((len(line) for line in str(value).splitlines()), default=0)


def _width(column: str, values: list[Any], kind: Kind | None) -> int:
    if column in WRAP_COLUMNS and any(_display_len(v, kind) > MAX_WIDTH for v in values):
        return MAX_WIDTH
    longest = max((_display_len(v, kind) for v in values), default=0)
    return max(MIN_WIDTH, min(MAX_WIDTH, max(longest, len(column)) + 2))


def _number_format(column: str) -> str:
    if column == "nilai" or column.endswith("_nilai"):
        return "0.00"
    if column == "persen" or column.endswith("_persen") or column == "score":
        return "0.0"
    return "General"


class _Formats:
    """xlsxwriter formats, made once per (number format, wrap, fill)."""

    def __init__(self, book: xlsxwriter.Workbook) -> None:
        self._book = book
        self._cache: dict[tuple[str, bool, str | None], Format] = {}
        self.header = book.add_format(
            {"bold": True, "bg_color": HEADER_FILL, "bottom": 1, "valign": "top"}
        )

    def get(self, num_format: str, wrap: bool, fill: str | None) -> Format:
        key = (num_format, wrap, fill)
        if key not in self._cache:
            props: dict[str, Any] = {"valign": "top", "num_format": num_format}
            if wrap:
                props["text_wrap"] = True
            if fill:
                props["bg_color"] = fill
                props["pattern"] = 1
            self._cache[key] = self._book.add_format(props)
        return self._cache[key]


def _row_fills(
    name: str, frame: pd.DataFrame, review_documents: frozenset[str]
) -> list[str | None]:
    """The fill colour of each data row of a sheet (None: no fill)."""

    def values(column: str) -> list[Any]:
        return _column_values(frame, column, "str")

    if name == "documents":
        fills = {"needs_review": FILL_NEEDS_REVIEW, "failed": FILL_FAILED}
        return [fills.get(v) if v else None for v in values("status")]
    if name == "warnings":
        return [FILL_ERROR if v == "error" else None for v in values("severity")]
    if name == "recommendations":
        return [
            FILL_DOC_NEEDS_REVIEW if v in review_documents else None for v in values("document_id")
        ]
    return [None] * len(frame)


def _write_cell(
    sheet: Worksheet, row: int, col: int, value: Any, fmt: Format, urls: list[int]
) -> None:
    if value is None:
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, fmt)
    elif isinstance(value, int | float):
        sheet.write_number(row, col, value, fmt)
    elif (
        value.startswith(("http://", "https://"))
        and len(value) <= MAX_URL_CHARS
        and urls[0] < MAX_URLS
        and not any(ch.isspace() for ch in value)
    ):
        urls[0] += 1
        sheet.write_url(row, col, value, fmt, string=value)
    else:
        sheet.write_string(row, col, value[:MAX_CELL_CHARS], fmt)


def _rows(columns: list[list[Any]], n_rows: int) -> Iterator[tuple[int, list[Any]]]:
    for i in range(n_rows):
        yield i, [values[i] for values in columns]


def _write_sheet(
    book: xlsxwriter.Workbook,
    formats: _Formats,
    name: str,
    frame: pd.DataFrame,
    review_documents: frozenset[str],
) -> None:
    kinds: dict[str, Kind] = column_kinds(TABLES[name])
    columns = _columns(frame, kinds)
    values = [_column_values(frame, c, kinds.get(c)) for c in columns]
    fills = _row_fills(name, frame, review_documents)
    sheet = book.add_worksheet(name)
    num_formats = [_number_format(c) for c in columns]
    wraps = [c in WRAP_COLUMNS for c in columns]

    for col, column in enumerate(columns):
        sheet.write_string(0, col, column, formats.header)
        sheet.set_column(col, col, _width(column, values[col], kinds.get(column)))
    urls = [0]
    for i, row_values in _rows(values, len(frame)):
        for col, value in enumerate(row_values):
            fmt = formats.get(num_formats[col], wraps[col], fills[i])
            _write_cell(sheet, i + 1, col, value, fmt, urls)

    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(columns) - 1, 0))


def _review_documents(tables: Mapping[str, pd.DataFrame]) -> frozenset[str]:
    documents = tables.get("documents")
    if documents is None or documents.empty or "status" not in documents.columns:
        return frozenset()
    ids = _column_values(documents, "document_id", "str")
    statuses = _column_values(documents, "status", "str")
    return frozenset(
        d for d, s in zip(ids, statuses, strict=True) if d is not None and s == "needs_review"
    )


def workbook_bytes(
    tables: Mapping[str, pd.DataFrame], *, created: dt.datetime | None = None
) -> bytes:
    """The tables as an .xlsx file: one sheet per table given, in ``schemas.TABLES`` order.

    ``created`` fixes the workbook's creation date (for reproducible bytes); by default
    it is now. Tables not named in ``schemas.TABLES`` are ignored.
    """
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    properties: dict[str, Any] = {"title": "Rencana Aksi"}
    if created is not None:
        properties["created"] = created
    book.set_properties(properties)
    formats = _Formats(book)
    review_documents = _review_documents(tables)
    names = [name for name in TABLES if name in tables] or ["documents"]
    for name in names:
        frame = tables.get(name, pd.DataFrame())
        _write_sheet(book, formats, name, frame, review_documents)
    book.close()
    return buffer.getvalue()
