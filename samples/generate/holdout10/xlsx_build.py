"""XLSX documents (openpyxl, converted by LibreOffice Calc): 1002, 1004, 1007."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from .common import cell_text, merged_runs, section_label
from .model import Doc, Finding

PAPER = {"a4": 9, "legal": 5, "f4": 14}
WIDTH_FACTOR = {"Verdana": 0.6, "Arial": 0.52, "Times New Roman": 0.47}


class Sheet:
    """A worksheet being filled row by row, with the row heights the texts need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.look = doc.look
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = "Rencana Aksi"
        self.row = 1
        self.ncol = len(doc.columns)
        self.need: dict[int, float] = {}  # row -> height in points
        self.spans: list[tuple[int, int, int, float]] = []  # first row, last row, col, height
        self.table_rows: list[int] = []
        self.strong_rows: set[int] = set()
        for i, wd in enumerate(self.look["widths"], 1):
            self.ws.column_dimensions[get_column_letter(i)].width = wd

    # text measurement -------------------------------------------------------------------
    def _lines(self, text: str, c0: int, c1: int, size: float) -> int:
        width = sum(self.look["widths"][c0 - 1 : c1])
        usable = (width * 7 + 5) * 0.75 - 6
        per_char = size * WIDTH_FACTOR[self.look["font"]] * 0.78
        n = 0
        for par in text.split("\n"):
            line, count = 0.0, 1
            for word in par.split():
                wl = len(word) * per_char
                if line and line + per_char + wl > usable:
                    count, line = count + 1, wl
                else:
                    line += (per_char if line else 0) + wl
                count += max(0, math.ceil(wl / usable) - 1)
            n += count
        return n

    def height(self, text: str, c0: int, c1: int, size: float) -> float:
        return self._lines(text, c0, c1, size) * size * 1.22 + 4

    # cells ---------------------------------------------------------------------------
    def put(self, r: int, c: int, text: str, **kw: Any) -> None:
        c1 = kw.get("c1", c)
        r1 = kw.get("r1", r)
        size = kw.get("size", self.look["size"])
        cell = self.ws.cell(row=r, column=c, value=text)
        color = kw.get("color", "000000")
        cell.font = Font(name=self.look["font"], size=size, bold=kw.get("bold", False), color=color)
        cell.alignment = Alignment(
            wrap_text=True, vertical=kw.get("valign", "top"), horizontal=kw.get("align", "left")
        )
        if kw.get("fill"):
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    self.ws.cell(row=rr, column=cc).fill = PatternFill("solid", fgColor=kw["fill"])
        if c1 > c or r1 > r:
            self.ws.merge_cells(start_row=r, start_column=c, end_row=r1, end_column=c1)
        h = self.height(text, c, c1, size) if text else size * 1.3 + 5
        if r1 > r:
            self.spans.append((r, r1, c, h))
        else:
            self.need[r] = max(self.need.get(r, 0.0), h)

    def line(self, text: str, **kw: Any) -> None:
        c0 = kw.pop("c0", 1)
        self.put(self.row, c0, text, c1=kw.pop("c1", self.ncol), **kw)
        self.row += 1

    def finish_heights(self) -> None:
        for r0, r1, _c, h in self.spans:
            have = sum(self.need.get(r, 0.0) for r in range(r0, r1 + 1))
            if h > have:
                extra = (h - have) / (r1 - r0 + 1)
                for r in range(r0, r1 + 1):
                    self.need[r] = self.need.get(r, 0.0) + extra
        for r, h in self.need.items():
            self.ws.row_dimensions[r].height = round(h, 1)


def _header(sh: Sheet) -> int:
    look = sh.look
    r = sh.row
    for c, (_k, head) in enumerate(sh.doc.columns, 1):
        sh.put(
            r,
            c,
            head,
            bold=True,
            align="center",
            valign="center",
            fill=look.get("fill"),
            color=look.get("head_font", "000000"),
        )
    sh.need[r] = sh.need[r] * 1.4  # bold capitals run wider than the estimate
    sh.table_rows.append(r)
    sh.strong_rows.add(r)
    sh.row += 1
    return r


def _finding(sh: Sheet, f: Finding) -> None:
    doc = sh.doc
    keys = [k for k, _h in doc.columns]
    sh.put(sh.row, 1, section_label(doc, f), c1=sh.ncol, bold=True, fill="F2F2F2")
    sh.table_rows.append(sh.row)
    sh.strong_rows.add(sh.row)
    sh.row += 1
    first, last = sh.row, sh.row + len(f.recs) - 1
    sh.put(first, 1, str(f.no), r1=last, align="center")
    sh.put(first, keys.index("hasil") + 1, "\n".join(f.hasil), r1=last, align="justify")
    for ci, key in enumerate(keys, 1):
        if key in ("no", "hasil"):
            continue
        for a, b in merged_runs(doc, f, key):
            sh.put(first + a, ci, cell_text(doc, key, a + 1, f.recs[a]), r1=first + b)
    sh.table_rows += list(range(first, last + 1))
    sh.row = last + 1


def _borders(sh: Sheet) -> None:
    if sh.look.get("gridlines"):
        return
    thin = Side(style="thin", color="000000")
    inner = Side(style=sh.look.get("inner", "thin"), color="000000")
    top, bottom = min(sh.table_rows), max(sh.table_rows)
    for r in range(top, bottom + 1):
        for c in range(1, sh.ncol + 1):
            sh.ws.cell(row=r, column=c).border = Border(
                left=thin if c == 1 else inner,
                right=thin if c == sh.ncol else inner,
                top=thin if r in sh.strong_rows else inner,
                bottom=thin if r == bottom or r in sh.strong_rows else inner,
            )


def _signature(sh: Sheet) -> None:
    s = sh.doc.signer
    c0 = sh.ncol - 3
    sh.row += 1
    lines = [*s.lines[: s.name_index], "", "", "", *s.lines[s.name_index :]]
    # one merged cell: a spreadsheet row never breaks over a page, so the block stays whole
    sh.line("\n".join(lines), c0=c0, align="center")
    sh.need[sh.row - 1] = len(lines) * sh.look["size"] * 1.25 + 6


def _page(sh: Sheet, header_row: int) -> None:
    ws, look = sh.ws, sh.look
    ws.page_setup.orientation = "landscape" if look["landscape"] else "portrait"
    ws.page_setup.paperSize = PAPER[look["paper"]]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.print_options.horizontalCentered = True
    if look.get("gridlines"):
        ws.print_options.gridLines = True
    if look.get("repeat"):
        ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_area = f"A1:{get_column_letter(sh.ncol)}{sh.row}"


def build(doc: Doc, out: Path) -> None:
    sh = Sheet(doc)
    size = doc.look["size"]
    for t in doc.title_lines:
        sh.line(t, bold=True, align="center", size=size + 2)
    sh.row += 1
    for label, value in doc.pj_rows:
        sh.put(sh.row, 2, label)
        sh.put(sh.row, 3, f": {value}", c1=5)
        sh.row += 1
    sh.row += 1
    header_row = _header(sh)
    for f in doc.findings:
        _finding(sh, f)
    _borders(sh)
    _signature(sh)
    sh.finish_heights()
    _page(sh, header_row)
    sh.wb.save(str(out))
