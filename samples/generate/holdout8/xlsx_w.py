"""XLSX writer of holdout8 (openpyxl), converted to PDF by LibreOffice Calc."""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.generate.holdout8.model import Doc
from samples.generate.holdout8.rows import MERGED, blocks

PAPER = {"a4": 9, "letter": 1, "legal": 5}
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")


def _lines(text: str, width_chars: float) -> int:
    n = 0
    for para in text.split("\n"):
        n += max(1, math.ceil(len(para) * 1.08 / max(width_chars, 1.0)))
    return n


class Sheet:
    def __init__(self, ws, doc: Doc):
        self.ws, self.doc = ws, doc
        o = doc.opts
        self.cols = o["cols"]
        self.keys = [c[0] for c in self.cols]
        self.font = Font(name=o["font"], size=o["size"])
        self.bold = Font(name=o["font"], size=o["size"], bold=True)
        total = sum(c[2] for c in self.cols)
        span = {("a4", False): 100, ("a4", True): 145, ("legal", True): 185}[
            (o["paper"], o["landscape"])
        ]
        self.width = {c[0]: span * c[2] / total for c in self.cols}
        self.line_h = o["size"] * 1.38
        self.r = 1

    def put(self, col: int, text: str, font=None, align=None, border=None, fill=None):
        cell = self.ws.cell(row=self.r, column=col, value=text)
        cell.font = font or self.font
        cell.alignment = align or WRAP_TOP
        if border:
            cell.border = border
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        return cell

    def span(self, c1: int, c2: int, text: str, **kw) -> None:
        self.put(c1, text, **kw)
        for c in range(c1 + 1, c2 + 1):
            cell = self.ws.cell(row=self.r, column=c)
            if kw.get("border"):
                cell.border = kw["border"]
            if kw.get("fill"):
                cell.fill = PatternFill("solid", fgColor=kw["fill"])
        if c2 > c1:
            self.ws.merge_cells(start_row=self.r, start_column=c1, end_row=self.r, end_column=c2)

    def need(self, key: str, text: str) -> float:
        chars = (self.width[key] - 1.0) * 9.8 / self.doc.opts["size"]
        return _lines(text, chars) * self.line_h + 3


def _head(s: Sheet) -> None:
    n = len(s.cols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for line in s.doc.title:
        s.span(1, n, line, font=Font(name=s.doc.opts["font"], size=11, bold=True), align=center)
        s.r += 1
    s.r += 1
    label_col = s.keys.index("hasil") + 1
    for label, value in s.doc.pj_rows:
        s.span(1, label_col, label, align=Alignment(vertical="top"))
        s.span(label_col + 1, label_col + 3, f": {value}", align=Alignment(vertical="top"))
        s.r += 1
    s.r += 1


def _header_row(s: Sheet) -> None:
    fill = s.doc.opts.get("header_fill")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, (_, label, _w) in enumerate(s.cols, start=1):
        s.put(i, label, font=s.bold, align=center, border=GRID, fill=fill)
    s.ws.row_dimensions[s.r].height = s.line_h * 2.6
    if s.doc.opts["header_repeat"]:
        s.ws.print_title_rows = f"{s.r}:{s.r}"
    s.r += 1


def _block(s: Sheet, b) -> None:
    first = s.r
    heights = []
    for row in b.rows:
        h = s.line_h + 3
        for i, key in enumerate(s.keys, start=1):
            if key in MERGED:
                s.put(i, "", border=GRID)
                continue
            s.put(i, row.get(key, ""), border=GRID)
            h = max(h, s.need(key, row.get(key, "")))
        heights.append(h)
        s.r += 1
    merged_need = max(
        (s.need(k, b.rows[0][k]) for k in MERGED if k in s.keys and k != "komponen"), default=0
    )
    extra = max(0.0, merged_need - sum(heights)) / len(heights)
    for i, h in enumerate(heights):
        s.ws.row_dimensions[first + i].height = round(h + extra, 1)
    for key in MERGED:
        if key in s.keys and key != "komponen":
            c = s.keys.index(key) + 1
            cell = s.ws.cell(row=first, column=c, value=b.rows[0][key])
            if key == "no":
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if s.r - 1 > first:
                s.ws.merge_cells(start_row=first, start_column=c, end_row=s.r - 1, end_column=c)


def _table(s: Sheet) -> None:
    n = len(s.cols)
    fill = s.doc.opts.get("section_fill")
    for sec, bl in blocks(s.doc):
        first = s.r
        if sec and len(sec) == 2:
            s.put(1, sec[0], font=s.bold, border=GRID, fill=fill)
            s.span(2, n, sec[1], font=s.bold, border=GRID, fill=fill)
            s.r += 1
        elif sec:
            s.span(1, n, sec[0], font=s.bold, border=GRID, fill=fill)
            s.r += 1
        for b in bl:
            _block(s, b)
        if "komponen" in s.keys:
            c = s.keys.index("komponen") + 1
            cell = s.ws.cell(row=first, column=c, value=bl[0].rows[0]["komponen"])
            cell.font = s.bold
            s.ws.merge_cells(start_row=first, start_column=c, end_row=s.r - 1, end_column=c)


def _signature(s: Sheet) -> None:
    n = len(s.cols)
    c1 = max(1, n - 3)
    s.r += 1
    center = Alignment(horizontal="center", vertical="center")
    lines = ([s.doc.place_date] if s.doc.place_date else []) + s.doc.jabatan_lines
    lines += ["", "", "", s.doc.signer.nama, s.doc.signer.pangkat_line, s.doc.signer.nip_line]
    name_row = len(lines) - 3
    for i, line in enumerate(lines):
        font = Font(
            name=s.doc.opts["font"],
            size=s.doc.opts["size"] + 1,
            bold=i == name_row,
            underline="single" if i == name_row else None,
        )
        s.span(c1, n, line, font=font, align=center)
        s.r += 1


def write_xlsx(doc: Doc, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Rencana Aksi"
    s = Sheet(ws, doc)
    for i, c in enumerate(s.cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = s.width[c[0]]
    _head(s)
    _header_row(s)
    _table(s)
    _signature(s)
    o = doc.opts
    ws.page_setup.orientation = "landscape" if o["landscape"] else "portrait"
    ws.page_setup.paperSize = PAPER[o["paper"]]
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    wb.save(str(path))
