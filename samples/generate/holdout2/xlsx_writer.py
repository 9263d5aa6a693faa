"""XLSX writer (openpyxl); LibreOffice Calc turns the workbook into the PDF.

Calc neither grows rows to fit merged cells nor splits a row across pages, so row heights
are computed here from the font LibreOffice draws with and manual page breaks are placed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, RowBreak

from samples.generate.holdout import wrapped_lines
from samples.generate.holdout2.docx_writer import FIXED_DATE
from samples.generate.holdout2.model import Doc, GCell, Grid, Line, RowKind, build_grid, page_mm

PT_PER_MM = 72 / 25.4
PAD = 4.0
LINE = 1.22
PAPER = {"A4": 9, "F4": 14, "Legal": 5}


@dataclass
class _Sheet:
    doc: Doc
    ws: Any
    grid: Grid
    col_pt: list[float]
    page_pt: float
    row: int = 1
    used: float = 0.0
    header: float = 0.0

    @property
    def n(self) -> int:
        return len(self.col_pt)

    def font(self, bold: bool = False, size: float = 0.0, underline: bool = False) -> Font:
        st = self.doc.style
        return Font(
            name=st.font, size=size or st.size, bold=bold, underline="single" if underline else None
        )

    def border(self) -> Border:
        side = Side(style="thin", color=self.doc.style.border)
        return Border(left=side, right=side, top=side, bottom=side)

    def lines(self, text: str, width: float, bold: bool = False) -> int:
        st = self.doc.style
        return wrapped_lines(text, width - PAD, st.measure_font or st.font, st.size, bold)

    def line(self, text: str, cols: tuple[int, int], fnt: Font, align: str = "center") -> None:
        r = self.row
        if cols[1] > cols[0]:
            self.ws.merge_cells(start_row=r, start_column=cols[0], end_row=r, end_column=cols[1])
        xl = self.ws.cell(row=r, column=cols[0], value=text or None)
        xl.font = fnt
        xl.alignment = Alignment(horizontal=align, vertical="center")

    def advance(self, height: float) -> None:
        self.ws.row_dimensions[self.row].height = round(height, 1)
        self.row += 1
        self.used += height

    def cell_height(self, content: GCell, width: float) -> float:
        if not content.text.strip():
            return 0.0
        return self.lines(content.text, width, content.bold) * self.doc.style.size * LINE + PAD

    def heights(self, start: int, end: int) -> list[float]:
        st = self.doc.style
        hs = [st.size * LINE + PAD] * (end - start)
        spans = []
        for r in range(start, end):
            for j, c in enumerate(self.grid.rows[r]):
                if c is None:
                    continue
                h = self.cell_height(c, sum(self.col_pt[j : j + c.colspan]))
                if c.rowspan > 1:
                    spans.append((r - start, c.rowspan, h))
                else:
                    hs[r - start] = max(hs[r - start], h)
        for first, k, h in spans:
            missing = max(0.0, h - sum(hs[first : first + k])) / k
            for i in range(first, first + k):
                hs[i] += missing
        return hs

    def break_for(self, needed: float) -> None:
        if self.used + needed <= self.page_pt or self.used <= self.header:
            return
        if needed + self.header > self.page_pt:
            raise ValueError(f"{self.doc.name}: a row group of {needed:.0f} pt exceeds the page")
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self.used = self.header if self.doc.style.repeat_header else 0.0

    def put(self, xr: int, j: int, content: GCell, kind: RowKind) -> None:
        xl = self.ws.cell(row=xr, column=j + 1)
        xl.value = content.text
        xl.font = self.font(content.bold)
        head = kind in ("header", "number")
        xl.alignment = Alignment(
            wrap_text=True,
            vertical="center" if head else "top",
            horizontal="center" if content.center else "left",
        )
        links = [u for _, u in content.paras if u]
        if links:  # a HYPERLINK() formula: Calc exports it as a link annotation
            label = content.text.replace('"', '""')
            xl.value = f'=HYPERLINK("{links[0]}","{label}")'
            xl.font = Font(
                name=self.doc.style.font,
                size=self.doc.style.size,
                color="0563C1",
                underline="single",
            )
        if content.rowspan > 1 or content.colspan > 1:
            self.ws.merge_cells(
                start_row=xr,
                start_column=j + 1,
                end_row=xr + content.rowspan - 1,
                end_column=j + content.colspan,
            )

    def write_rows(self, first: int, hs: list[float]) -> None:
        st = self.doc.style
        fill = PatternFill("solid", fgColor=st.header_fill) if st.header_fill else None
        for k, r in enumerate(range(first, first + len(hs))):
            xr = self.row
            kind = self.grid.kinds[r]
            for j, content in enumerate(self.grid.rows[r]):
                xl = self.ws.cell(row=xr, column=j + 1)
                xl.border = self.border()
                if kind == "header" and fill is not None:
                    xl.fill = fill
                if content is not None:
                    self.put(xr, j, content, kind)
            self.advance(hs[k])

    def title(self) -> None:
        st = self.doc.style
        for text in self.doc.title_lines:
            self.line(text, (1, self.n), self.font(True, st.size + st.title_size))
            self.advance((st.size + st.title_size) * 1.35 + 2)
        self.advance(st.size * 1.35)

    def pj_block(self) -> None:
        st, pj = self.doc.style, self.doc.pj
        h = st.size * 1.35 + 4
        rows = ([pj.head] if pj.head else []) + list(pj.rows)
        for r, (mark, label, value) in enumerate(rows):
            head = pj.form == "table3" and pj.head is not None and r == 0
            spans = ((1, 1, mark), (2, 3, label), (4, 5, value))
            if pj.form == "plain":
                spans = ((1, 1, mark), (2, 3, label), (4, 6, f": {value}"))
            for first, last, text in spans:
                align = "center" if first == 1 or head else "left"
                self.line(text, (first, last), self.font(head), align)
                if pj.form == "table3":
                    for c in range(first, last + 1):
                        self.ws.cell(row=self.row, column=c).border = self.border()
            self.advance(h)
        self.advance(st.size * 1.35)

    def table(self) -> tuple[int, int]:
        n_head = self.grid.n_header
        first = self.row
        hh = self.heights(0, n_head)
        self.write_rows(0, hh)
        self.header = sum(hh)
        groups = list(self.grid.groups)
        for k, (start, end) in enumerate(groups):
            hs = self.heights(start, end)
            needed = sum(hs)
            if self.grid.kinds[start] == "section" and k + 1 < len(groups):
                needed += sum(self.heights(*groups[k + 1]))
            self.break_for(needed)
            self.write_rows(start, hs)
        return first, first + n_head - 1

    def signature(self) -> None:
        st, sig = self.doc.style, self.doc.sig
        h = st.size * 1.35 + 2
        right, left = sig.right, sig.left or ()
        blank: Line = ("", False, False)
        pad = len(right) - len(left)
        right = (blank,) * max(-pad, 0) + right
        left = ((blank,) * max(pad, 0) + left) if left else ()
        self.break_for((len(right) + 2) * h)
        self.advance(h)
        self.advance(h)
        rcols = (max(2, self.n - 2), self.n) if self.n > 4 else (self.n - 1, self.n)
        lcols = (2, 3) if self.n > 4 else (1, 2)
        for i, (text, bold, underline) in enumerate(right):
            self.line(text, rcols, self.font(bold, underline=underline))
            if left:
                ltext, lbold, lund = left[i]
                self.line(ltext, lcols, self.font(lbold, underline=lund))
            self.advance(h)

    def page_setup(self, header_rows: tuple[int, int]) -> None:
        ws, st = self.ws, self.doc.style
        ws.page_setup.orientation = "portrait" if st.portrait else "landscape"
        ws.page_setup.paperSize = PAPER[st.page]
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        inch = st.margin_mm / 25.4
        ws.page_margins = PageMargins(
            left=inch, right=inch, top=inch, bottom=inch, header=0, footer=0
        )
        ws.print_options.horizontalCentered = True
        if st.repeat_header:
            ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
        ws.print_area = f"A1:{get_column_letter(self.n)}{self.row - 1}"


def write_xlsx(doc: Doc, path: Path) -> Path:
    st = doc.style
    wb = Workbook()
    ws = wb.active
    ws.title = "Rencana Aksi"
    # The default font sets Calc's column width unit (Arial 10: 7 px per character).
    default_font = Font(name="Arial", size=10, family=2)
    wb._fonts = IndexedList([default_font])
    wb._named_styles["Normal"].font = default_font
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = wb.properties.lastModifiedBy = ""
    w_mm, h_mm = page_mm(st)
    grid = build_grid(doc)
    usable = (w_mm - 2 * st.margin_mm) * PT_PER_MM
    col_pt = [usable * w for w in grid.widths]
    for j, pt in enumerate(col_pt, 1):
        ws.column_dimensions[get_column_letter(j)].width = round((pt / 0.75 - 5) / 7, 2)
    ws.row_breaks = RowBreak()
    sheet = _Sheet(doc, ws, grid, col_pt, (h_mm - 2 * st.margin_mm) * PT_PER_MM * 0.93)
    sheet.title()
    sheet.pj_block()
    header_rows = sheet.table()
    sheet.signature()
    sheet.page_setup(header_rows)
    wb.save(str(path))
    return path
