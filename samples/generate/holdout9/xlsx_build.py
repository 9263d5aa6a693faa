"""XLSX documents 903, 906 and 907 (openpyxl, converted by LibreOffice Calc)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break

from .common import finding_rows, section_label
from .model import Doc, Finding

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@dataclass
class Sheet:
    font: str
    size: float
    widths: list[float]  # openpyxl column widths
    headers: list[str]
    header_fill: str
    landscape: bool
    title_rows_repeat: bool = False  # title + PJ + header as print titles (906)
    lampiran: list[str] = field(default_factory=list)
    row: int = 1


def _pts(width: float) -> float:
    return (width * 7 + 5) * 0.75


def _lines(text: str, width: float, size: float, bold: bool = False) -> int:
    """Conservative estimate of the wrapped lines of text in a column."""
    usable = _pts(width) - 6
    per_char = size * (0.54 if bold else 0.5)
    n = 0
    for par in text.split("\n"):
        words = par.split(" ")
        line = 0.0
        count = 1
        for w in words:
            wlen = len(w) * per_char
            if line and line + per_char + wlen > usable:
                count += 1
                line = wlen
            else:
                line += (per_char if line else 0) + wlen
            if wlen > usable:
                count += math.ceil(wlen / usable) - 1
                line = wlen % usable
        n += count
    return n


def _height(lines: int, size: float) -> float:
    return lines * size * 1.26 + 4


def _put(ws, sh: Sheet, r: int, c: int, text: str, **kw) -> None:
    cell = ws.cell(row=r, column=c, value=text)
    cell.font = Font(name=sh.font, size=kw.get("size", sh.size), bold=kw.get("bold", False))
    cell.alignment = Alignment(
        wrap_text=kw.get("wrap", True),
        vertical=kw.get("valign", "top"),
        horizontal=kw.get("align", "left"),
    )
    if kw.get("border", False):
        cell.border = GRID
    if kw.get("fill"):
        cell.fill = PatternFill("solid", fgColor=kw["fill"])


def _merge_line(ws, sh: Sheet, r: int, c0: int, c1: int, text: str, **kw) -> None:
    _put(ws, sh, r, c0, text, wrap=False, **kw)
    if c1 > c0:
        ws.merge_cells(start_row=r, start_column=c0, end_row=r, end_column=c1)


def _grid_range(ws, r0: int, r1: int, c0: int, c1: int) -> None:
    for r in range(r0, r1 + 1):
        for c in range(c0, c1 + 1):
            ws.cell(row=r, column=c).border = GRID


def _top(ws, sh: Sheet, doc: Doc) -> None:
    n = len(sh.widths)
    for i, line in enumerate(sh.lampiran):
        _merge_line(ws, sh, sh.row, n - 2, n, line, size=sh.size, bold=i == 0)
        sh.row += 1
    if sh.lampiran:
        sh.row += 1
    for line in doc.title_lines:
        _merge_line(ws, sh, sh.row, 1, n, line, size=sh.size + 3, bold=True, align="center")
        ws.row_dimensions[sh.row].height = (sh.size + 3) * 1.5
        sh.row += 1
    sh.row += 1
    for label, value in doc.pj_rows:
        _merge_line(ws, sh, sh.row, 1, 2, label)
        _put(ws, sh, sh.row, 3, f": {value}", wrap=False, bold=label == doc.pj_rows[0][0])
        sh.row += 1
    sh.row += 1


def _header(ws, sh: Sheet) -> int:
    r = sh.row
    lines = 1
    for c, text in enumerate(sh.headers, 1):
        _put(ws, sh, r, c, text, bold=True, align="center", valign="center", border=True)
        ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor=sh.header_fill)
        lines = max(lines, _lines(text, sh.widths[c - 1], sh.size, True))
    ws.row_dimensions[r].height = _height(lines, sh.size)
    sh.row += 1
    return r


def _finding(ws, sh: Sheet, doc: Doc, f: Finding) -> None:
    rows = finding_rows(doc, f)
    r0 = sh.row
    heights = []
    for i, cells in enumerate(rows):
        r = r0 + i
        need = 1
        for c, text in enumerate(cells, 3):
            _put(ws, sh, r, c, text, border=True)
            need = max(need, _lines(text, sh.widths[c - 1], sh.size))
        heights.append(_height(need, sh.size))
    hasil = "\n".join(f.hasil + f.hasil_after)
    need_h = _height(_lines(hasil, sh.widths[1], sh.size), sh.size)
    if need_h > sum(heights):
        extra = (need_h - sum(heights)) / len(heights)
        heights = [h + extra for h in heights]
    for i, h in enumerate(heights):
        ws.row_dimensions[r0 + i].height = round(h, 1)
    r1 = r0 + len(rows) - 1
    _put(ws, sh, r0, 1, f"{f.no}.", border=True, align="center")
    _put(ws, sh, r0, 2, hasil, border=True)
    if r1 > r0:
        ws.merge_cells(start_row=r0, start_column=1, end_row=r1, end_column=1)
        ws.merge_cells(start_row=r0, start_column=2, end_row=r1, end_column=2)
    _grid_range(ws, r0, r1, 1, len(sh.widths))
    sh.row = r1 + 1


def _table(ws, sh: Sheet, doc: Doc) -> int:
    n = len(sh.widths)
    header_row = _header(ws, sh)
    seen: set[str] = set()
    for f in doc.findings:
        if f.kode not in seen:
            seen.add(f.kode)
            _put(ws, sh, sh.row, 1, section_label(f.kode, f.komponen), bold=True, wrap=False)
            ws.merge_cells(start_row=sh.row, start_column=1, end_row=sh.row, end_column=n)
            _grid_range(ws, sh.row, sh.row, 1, n)
            for c in range(1, n + 1):
                ws.cell(row=sh.row, column=c).fill = PatternFill("solid", fgColor="F2F2F2")
            sh.row += 1
        _finding(ws, sh, doc, f)
    return header_row


def _signature(ws, sh: Sheet, doc: Doc, right_cols: tuple[int, int], left_cols=(2, 3)) -> None:
    s = doc.signer
    sh.row += 1
    right = [s.place_date or "", *s.jabatan_lines, "", "", "", s.person.name, s.pangkat_line]
    right.append(s.nip_line)
    left = ["", *doc.left_block] if doc.left_block else []
    for i in range(max(len(right), len(left))):
        for lines, cols in ((right, right_cols), (left, left_cols)):
            if i < len(lines) and lines[i]:
                name = i >= 4 and lines[i - 1] == "" and lines[i - 2] == ""
                _merge_line(ws, sh, sh.row, cols[0], cols[1], lines[i], align="center", bold=name)
                if name:
                    ws.cell(row=sh.row, column=cols[0]).font = Font(
                        name=sh.font, size=sh.size, bold=True, underline="single"
                    )
        sh.row += 1


def _setup(ws, sh: Sheet, paper: int, title_rows: str) -> None:
    for i, w in enumerate(sh.widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.page_setup.orientation = "landscape" if sh.landscape else "portrait"
    ws.page_setup.paperSize = paper
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.print_title_rows = title_rows
    ws.sheet_view.showGridLines = False


def _monitoring_sheet(doc: Doc, sh: Sheet, out: Path, sheet_title: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title
    _top(ws, sh, doc)
    header_row = _table(ws, sh, doc)
    n = len(sh.widths)
    if doc.total_line:
        _put(ws, sh, sh.row, 1, doc.total_line, bold=True, wrap=False, align="center")
        ws.merge_cells(start_row=sh.row, start_column=1, end_row=sh.row, end_column=n)
        _grid_range(ws, sh.row, sh.row, 1, n)
        ws.row_dimensions[sh.row].height = sh.size * 2
        sh.row += 1
    for note in doc.footnotes:
        _merge_line(ws, sh, sh.row, 1, n, note, size=sh.size - 0.5)
        sh.row += 1
    if sh.lampiran:
        ws.row_breaks.append(Break(id=sh.row))
    _signature(ws, sh, doc, (n - 2, n), (2, 3))
    _setup(ws, sh, 9, f"{header_row}:{header_row}")
    wb.save(str(out))


HEADS_903 = [
    "NO",
    "HASIL EVALUASI INSPEKTORAT",
    "REKOMENDASI",
    "RENCANA AKSI",
    "TARGET / OUTPUT",
    "WAKTU",
    "PENANGGUNG JAWAB",
    "STATUS *)",
    "BUKTI DUKUNG **)",
]
HEADS_907 = [
    "NO",
    "HASIL EVALUASI",
    "REKOMENDASI",
    "RENCANA AKSI",
    "TARGET KINERJA / OUTPUT",
    "TENGGAT WAKTU",
    "UNIT PENANGGUNG JAWAB",
    "CAPAIAN TINDAK LANJUT",
    "ALAMAT TAUTAN BUKTI",
]
HEADS_906 = ["NO", "HASIL EVALUASI", "REKOMENDASI", "TINDAK LANJUT YANG AKAN DILAKSANAKAN"]


def build903(doc: Doc, out: Path) -> None:
    sh = Sheet(
        "Arial",
        9,
        [4.5, 33, 26, 24, 12, 10, 13, 12, 17],
        HEADS_903,
        "E4DFEC",
        True,
    )
    _monitoring_sheet(doc, sh, out, "Monitoring RA 2024")


def build907(doc: Doc, out: Path) -> None:
    sh = Sheet(
        "Arial Narrow",
        10,
        [4.5, 33, 26, 24, 12, 10, 13, 12, 17],
        HEADS_907,
        "D8E4BC",
        True,
        lampiran=LAMPIRAN_907,
    )
    _monitoring_sheet(doc, sh, out, "Monev RA SAKIP")


LAMPIRAN_907 = [
    "LAMPIRAN",
    "SURAT KEPALA DINAS KEPEMUDAAN DAN OLAHRAGA",
    "KABUPATEN PATI",
    "NOMOR     : 800/0213/DISPORA/2026",
    "TANGGAL  : 12 Februari 2026",
]


def build906(doc: Doc, out: Path) -> None:
    sh = Sheet(
        "Liberation Serif",
        10.5,
        [4.5, 31, 25, 25],
        HEADS_906,
        "FCE4D6",
        False,
    )
    wb = Workbook()
    ws = wb.active
    ws.title = "Renaksi 2022"
    _top(ws, sh, doc)
    header_row = _table(ws, sh, doc)
    _signature(ws, sh, doc, (3, 4), (1, 2))
    _setup(ws, sh, 9, f"1:{header_row}")
    wb.save(str(out))


BUILDERS = {903: build903, 906: build906, 907: build907}
EXTRA = {903: HEADS_903, 906: HEADS_906, 907: HEADS_907 + LAMPIRAN_907}
