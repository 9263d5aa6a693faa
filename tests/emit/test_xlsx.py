"""emit.xlsx: the workbook opened with a reader (openpyxl): sheets, header, cell types,
frozen header, filter, widths, wrapping and highlighted rows."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

import openpyxl
import pandas as pd
import pytest
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from emit.xlsx import (
    FILL_DOC_NEEDS_REVIEW,
    FILL_ERROR,
    FILL_FAILED,
    FILL_NEEDS_REVIEW,
    MAX_WIDTH,
    cell_value,
    workbook_bytes,
)
from schemas import TABLES

FLAVORS = ["nullable", "arrow", "object", "numpy"]


def _open(tables: dict[str, pd.DataFrame]) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_bytes(tables)))


def _header(sheet: Worksheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def _column(sheet: Worksheet, name: str) -> list[object]:
    index = _header(sheet).index(name) + 1
    return [
        row[0] for row in sheet.iter_rows(min_row=2, min_col=index, max_col=index, values_only=True)
    ]


def _row_of(sheet: Worksheet, column: str, value: object) -> int:
    return _column(sheet, column).index(value) + 2


def _fill(sheet: Worksheet, row: int) -> str | None:
    colour = sheet.cell(row=row, column=1).fill.fgColor.rgb
    return None if colour in (None, "00000000") else f"#{str(colour)[-6:]}"


def test_sheets_follow_the_contract_order(batch: dict[str, pd.DataFrame]) -> None:
    reordered = dict(reversed(list(batch.items())))
    assert _open(reordered).sheetnames == list(TABLES)


def test_only_the_tables_given_get_a_sheet(batch: dict[str, pd.DataFrame]) -> None:
    book = _open({"warnings": batch["warnings"], "documents": batch["documents"]})
    assert book.sheetnames == ["documents", "warnings"]


def test_header_row_is_the_model_columns(batch: dict[str, pd.DataFrame]) -> None:
    book = _open(batch)
    for name, model in TABLES.items():
        assert _header(book[name]) == list(model.model_fields), name
        assert book[name].max_row == len(batch[name]) + 1


def test_empty_tables_still_get_their_header(empty_batch: dict[str, pd.DataFrame]) -> None:
    book = _open(empty_batch)
    assert book.sheetnames == list(TABLES)
    for name, model in TABLES.items():
        assert _header(book[name]) == list(model.model_fields)
        assert book[name].max_row == 1


def test_no_tables_at_all_gives_an_empty_documents_sheet() -> None:
    book = _open({})
    assert book.sheetnames == ["documents"]
    assert _header(book["documents"]) == list(TABLES["documents"].model_fields)


@pytest.mark.parametrize("flavor", FLAVORS)
def test_cells_are_typed_from_the_model(
    flavor: str, make_frames: Callable[[str], dict[str, pd.DataFrame]]
) -> None:
    book = _open(make_frames(flavor))
    documents, findings, recs = book["documents"], book["findings"], book["recommendations"]

    years = [v for v in _column(documents, "tahun_evaluasi") if v is not None]
    assert years and all(type(v) is int for v in years)
    assert {2022, 2023} == set(years)
    assert all(type(v) is int for v in _column(recs, "rekomendasi_no"))
    assert all(type(v) is int for v in _column(findings, "finding_no"))

    nilai = _column(findings, "nilai")
    assert all(isinstance(v, int | float) and not isinstance(v, bool) for v in nilai)
    assert 21.6 in nilai
    totals = _column(documents, "total_nilai")
    assert 70.65 in totals

    salinan = _column(recs, "rencana_aksi_salinan")
    assert True in salinan
    assert set(salinan) <= {True, False, None}
    assert set(_column(findings, "skor_konsisten")) == {True, None}


@pytest.mark.parametrize("flavor", FLAVORS)
def test_nulls_are_empty_cells_never_text(
    flavor: str, make_frames: Callable[[str], dict[str, pd.DataFrame]]
) -> None:
    book = _open(make_frames(flavor))
    failed_row = _row_of(book["documents"], "status", "failed")
    page_count = _header(book["documents"]).index("page_count") + 1
    assert book["documents"].cell(row=failed_row, column=page_count).value is None
    assert set(_column(book["findings"], "pemanfaatan_nilai")) == {None}
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert value not in {"None", "nan", "NaN", "<NA>", "NaT"}, sheet.title


def test_nilai_columns_show_two_decimals(batch: dict[str, pd.DataFrame]) -> None:
    findings = _open(batch)["findings"]
    header = _header(findings)
    for name in ("nilai", "keberadaan_nilai", "kualitas_nilai"):
        assert findings.cell(row=2, column=header.index(name) + 1).number_format == "0.00"
    documents = _open(batch)["documents"]
    total = _header(documents).index("total_nilai") + 1
    assert documents.cell(row=2, column=total).number_format == "0.00"


def test_header_is_frozen_and_filtered(batch: dict[str, pd.DataFrame]) -> None:
    book = _open(batch)
    for name, frame in batch.items():
        sheet = book[name]
        assert sheet.freeze_panes == "A2"
        last = openpyxl.utils.get_column_letter(len(TABLES[name].model_fields))
        assert sheet.auto_filter.ref == f"A1:{last}{len(frame) + 1}"


def test_widths_follow_content_and_long_text_wraps(batch: dict[str, pd.DataFrame]) -> None:
    sheet = _open(batch)["recommendations"]
    header = _header(sheet)
    letter = openpyxl.utils.get_column_letter
    widths = {name: sheet.column_dimensions[letter(i + 1)].width for i, name in enumerate(header)}
    assert all(width <= MAX_WIDTH + 1 for width in widths.values())
    assert widths["rekomendasi"] > widths["page"]
    assert widths["rekomendasi_no"] < 20
    cell = sheet.cell(row=2, column=header.index("rekomendasi") + 1)
    assert cell.alignment.wrap_text
    assert not sheet.cell(row=2, column=header.index("document_id") + 1).alignment.wrap_text


def test_rows_to_look_at_are_filled(batch: dict[str, pd.DataFrame]) -> None:
    book = _open(batch)
    documents = book["documents"]
    assert _fill(documents, _row_of(documents, "status", "needs_review")) == FILL_NEEDS_REVIEW
    assert _fill(documents, _row_of(documents, "status", "failed")) == FILL_FAILED
    assert _fill(documents, _row_of(documents, "status", "ok")) is None
    # the whole row, not only its first cell
    row = _row_of(documents, "status", "needs_review")
    assert {f"#{c.fill.fgColor.rgb[-6:]}" for c in documents[row]} == {FILL_NEEDS_REVIEW}

    warnings = book["warnings"]
    assert _fill(warnings, _row_of(warnings, "severity", "error")) == FILL_ERROR
    assert _fill(warnings, _row_of(warnings, "severity", "info")) is None

    review_id = batch["documents"].set_index("status").loc["needs_review", "document_id"]
    recs = book["recommendations"]
    fills = {doc_id: _fill(recs, i + 2) for i, doc_id in enumerate(_column(recs, "document_id"))}
    assert fills.pop(review_id) == FILL_DOC_NEEDS_REVIEW
    assert set(fills.values()) == {None}


def test_text_is_never_turned_into_a_formula_or_number() -> None:
    frame = pd.DataFrame(
        {
            "document_id": ["=HYPERLINK(1)"],
            "source_file": ["00123"],
            "sha256": ["1e5"],
            "status": ["ok"],
        }
    )
    sheet = _open({"documents": frame})["documents"]
    assert [c.value for c in sheet[2]][:3] == ["=HYPERLINK(1)", "00123", "1e5"]
    assert all(c.data_type == "s" for c in sheet[2][:3])


def test_columns_beyond_the_model_follow_its_columns(batch: dict[str, pd.DataFrame]) -> None:
    documents = batch["documents"].assign(catatan="diperiksa", skor_ocr=0.93)
    sheet = _open({"documents": documents})["documents"]
    assert _header(sheet)[-2:] == ["catatan", "skor_ocr"]
    assert sheet.cell(row=2, column=sheet.max_column).value == 0.93


def test_links_are_clickable(batch: dict[str, pd.DataFrame]) -> None:
    sheet = _open(batch)["recommendations"]
    row = _row_of(sheet, "tautan", "https://balangankab.go.id/crosscutting")
    cell = sheet.cell(row=row, column=_header(sheet).index("tautan") + 1)
    assert cell.hyperlink is not None
    assert cell.hyperlink.target == "https://balangankab.go.id/crosscutting"


def test_same_tables_and_date_give_the_same_bytes(batch: dict[str, pd.DataFrame]) -> None:
    created = dt.datetime(2025, 3, 1, 8, 0, 0)
    assert workbook_bytes(batch, created=created) == workbook_bytes(batch, created=created)


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        (None, "int", None),
        (pd.NA, "str", None),
        (float("nan"), "float", None),
        (float("inf"), "float", None),
        (2023.0, "int", 2023),
        ("true", "bool", True),
        (0, "bool", False),
        (21.6, "float", 21.6),
        (7, None, 7),
        (True, None, True),
        ("x", None, "x"),
    ],
)
def test_cell_value(value: object, kind: str | None, expected: object) -> None:
    result = cell_value(value, kind)  # type: ignore[arg-type]
    assert result == expected
    assert type(result) is type(expected)
