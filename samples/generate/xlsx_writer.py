"""Spreadsheet (openpyxl) rendering of a spec; LibreOffice Calc turns it into the PDF.

One sheet per table. Calc neither grows rows to fit merged cells nor splits a row across
pages, so the writer sizes every row itself (textfit) and puts manual page breaks before a
section or finding that would not fit on the page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.worksheet import Worksheet

from samples.generate.spec import MARGIN_MM, PAGE_MM, DocSpec, Signature, tables_of
from samples.generate.table import Cell, Grid, build_grid
from samples.generate.textfit import text_height

PT_PER_MM = 72 / 25.4
PAPER_CODES = {"A4": 9, "F4": 14}  # 14 = Folio 8.5 x 13 in, Excel's nearest to F4
PADDING_PT = 4.0
THIN = Side(style="thin", color="000000")
FIXED_DATE = dt.datetime(2024, 3, 1, 8, 0, 0)


@dataclass
class _Sheet:
    ws: Worksheet
    spec: DocSpec
    col_pt: list[float]
    size: float
    row: int = 1  # next free row
    used_pt: float = 0.0  # height used on the current page
    page_pt: float = 0.0  # printable height
    header_pt: float = 0.0  # height of the repeated header rows

    def set_height(self, row: int, height: float) -> None:
        self.ws.row_dimensions[row].height = round(height, 1)


def _excel_width(points: float) -> float:
    """Column width in Excel character units for a width in points (Arial 10: 7 px/char)."""
    return round((points / 0.75 - 5) / 7, 2)


def _style(xl: XlCell, content: Cell, size: float) -> None:
    xl.font = Font(name="Arial", size=size, bold=content.bold)
    xl.alignment = Alignment(
        wrap_text=True,
        vertical="center" if content.bold and content.center else "top",
        horizontal="center" if content.center else "left",
    )


def _cell_height(content: Cell, width: float, size: float) -> float:
    return text_height(content.text, width - PADDING_PT, size, content.bold) + PADDING_PT


def _row_heights(grid: Grid, sh: _Sheet, start: int, end: int) -> list[float]:
    """Heights of body rows [start, end): single cells first, then spanning cells."""
    heights = [14.0] * (end - start)
    spans: list[tuple[int, int, float]] = []  # (first row, rows, height needed)
    for r in range(start, end):
        for j, content in enumerate(grid.rows[r]):
            if content is None:
                continue
            width = sum(sh.col_pt[j : j + content.colspan])
            h = _cell_height(content, width, sh.size)
            if content.rowspan > 1:
                spans.append((r - start, content.rowspan, h))
            else:
                heights[r - start] = max(heights[r - start], h)
    for first, n, h in spans:
        have = sum(heights[first : first + n])
        for k in range(first, first + n):
            heights[k] += max(0.0, h - have) / n
    return heights


def _break_if_needed(sh: _Sheet, needed: float) -> None:
    if sh.used_pt + needed > sh.page_pt and sh.used_pt > sh.header_pt:
        if needed + sh.header_pt > sh.page_pt:
            raise ValueError(f"{sh.spec.name}: a row group of {needed:.0f} pt exceeds the page")
        sh.ws.row_breaks.append(Break(id=sh.row - 1))
        sh.used_pt = sh.header_pt if sh.spec.render.repeat_header else 0.0


def _write_rows(sh: _Sheet, grid: Grid, first: int, heights: list[float]) -> None:
    border = _border(sh.spec.render.vertical_rules)
    fill_header = PatternFill("solid", fgColor="D9D9D9")
    for k, r in enumerate(range(first, first + len(heights))):
        xl_row = sh.row + k
        for j, content in enumerate(grid.rows[r]):
            xl = sh.ws.cell(row=xl_row, column=j + 1)
            xl.border = border
            if content is None:
                continue
            text = content.text
            numeric = grid.kinds[r] in ("number", "rec") and content.center and text.isdigit()
            xl.value = int(text) if numeric else text
            _style(xl, content, sh.size)
            if grid.kinds[r] == "header":
                xl.fill = fill_header
            if content.link is not None:
                # A HYPERLINK() formula rather than a cell hyperlink: Calc does not wrap the
                # text of a cell hyperlink, but exports both as PDF link annotations.
                label = content.text.replace('"', '""')
                xl.value = f'=HYPERLINK("{content.link}","{label}")'
                xl.font = Font(name="Arial", size=sh.size, color="0563C1", underline="single")
            if content.rowspan > 1 or content.colspan > 1:
                sh.ws.merge_cells(
                    start_row=xl_row,
                    start_column=j + 1,
                    end_row=xl_row + content.rowspan - 1,
                    end_column=j + content.colspan,
                )
        sh.set_height(xl_row, heights[k])
    sh.row += len(heights)
    sh.used_pt += sum(heights)


def _border(vertical: bool) -> Border:
    if vertical:
        return Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
    return Border(top=THIN, bottom=THIN)


def _merged_line(sh: _Sheet, text: str, cols: tuple[int, int], font: Font | None = None) -> None:
    """One line of text in cells ``cols`` (first, last) merged, centred."""
    font = font or Font(name="Arial", size=sh.size)
    ws = sh.ws
    ws.merge_cells(start_row=sh.row, start_column=cols[0], end_row=sh.row, end_column=cols[1])
    xl = ws.cell(row=sh.row, column=cols[0], value=text or None)
    xl.font = font
    xl.alignment = Alignment(horizontal="center", vertical="center")
    height = float(font.size or sh.size) * 1.3 + 2
    sh.set_height(sh.row, height)
    sh.row += 1
    sh.used_pt += height


def _title(sh: _Sheet, ncols: int) -> None:
    for line in sh.spec.title_lines:
        _merged_line(sh, line, (1, ncols), Font(name="Arial", bold=True, size=sh.size + 3))
    _merged_line(sh, "", (1, ncols))
    hb = sh.spec.header
    for no, label, value in (("1", hb.nama_label, hb.pj_nama), ("2", hb.hp_label, hb.hp.printed)):
        ws = sh.ws
        ws.cell(row=sh.row, column=1, value=int(no)).alignment = Alignment(horizontal="center")
        ws.cell(row=sh.row, column=2, value=label)
        ws.merge_cells(start_row=sh.row, start_column=3, end_row=sh.row, end_column=ncols)
        ws.cell(row=sh.row, column=3, value=f": {value}")
        for col in (1, 2, 3):
            ws.cell(row=sh.row, column=col).font = Font(name="Arial", size=sh.size)
        sh.set_height(sh.row, sh.size * 1.3 + 3)
        sh.row += 1
        sh.used_pt += sh.size * 1.3 + 3
    _merged_line(sh, "", (1, ncols))


def _signature(sh: _Sheet, sig: Signature, ncols: int) -> None:
    lines = [sig.place_date] if sig.place_date else []
    lines += [sig.jabatan, "", "", "", sig.nama, sig.pangkat_line, sig.nip.printed]
    first_col = max(2, ncols - 2) if ncols > 4 else ncols - 1
    height = (len(lines) + 2) * (sh.size * 1.3 + 2)
    _break_if_needed(sh, height)
    _merged_line(sh, "", (1, ncols))
    _merged_line(sh, "", (1, ncols))
    for line in lines:
        font = Font(
            name="Arial",
            size=sh.size,
            bold=line in (sig.jabatan, sig.nama),
            underline="single" if line == sig.nama else None,
        )
        _merged_line(sh, line, (first_col, ncols), font)


def _page_setup(sh: _Sheet, header_rows: tuple[int, int]) -> None:
    ws, spec = sh.ws, sh.spec
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_CODES[spec.render.page_size]
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    inch = MARGIN_MM / 25.4
    ws.page_margins = PageMargins(left=inch, right=inch, top=inch, bottom=inch, header=0, footer=0)
    ws.print_options.horizontalCentered = True
    if spec.render.repeat_header:
        ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
    ws.print_area = f"A1:{get_column_letter(len(sh.col_pt))}{sh.row - 1}"


def _sheet(wb: Workbook, spec: DocSpec, grid: Grid, title: str, sig: Signature) -> None:
    ws = wb.create_sheet(title)
    page_w, page_h = PAGE_MM[spec.render.page_size]
    usable_pt = (page_w - 2 * MARGIN_MM) * PT_PER_MM
    col_pt = [usable_pt * w for w in grid.widths]
    for j, pt in enumerate(col_pt, 1):
        ws.column_dimensions[get_column_letter(j)].width = _excel_width(pt)
    sh = _Sheet(ws, spec, col_pt, spec.render.font_size)
    sh.page_pt = (page_h - 2 * MARGIN_MM) * PT_PER_MM * 0.93
    ws.row_breaks = RowBreak()
    _title(sh, len(col_pt))
    n_head = grid.n_header
    head_heights = _row_heights(grid, sh, 0, n_head)
    header_rows = (sh.row, sh.row + n_head - 1)
    _write_rows(sh, grid, 0, head_heights)
    sh.header_pt = sum(head_heights)
    groups = grid.groups()
    for k, (start, end) in enumerate(groups):
        heights = _row_heights(grid, sh, start, end)
        needed = sum(heights)
        if grid.kinds[start] == "section" and k + 1 < len(groups):
            needed += sum(_row_heights(grid, sh, *groups[k + 1]))  # keep a section with its rows
        _break_if_needed(sh, needed)
        _write_rows(sh, grid, start, heights)
    _signature(sh, sig, len(col_pt))
    _page_setup(sh, header_rows)


def write_xlsx(spec: DocSpec, path: Path) -> Path:
    """Write ``spec`` as an .xlsx at ``path`` (one sheet per table)."""
    wb = Workbook()
    wb.remove(wb.active)
    # The default font sets Calc's width unit: make it Arial 10 (7 px per character) instead
    # of Calibri, which LibreOffice replaces with a wider font. openpyxl has no public API.
    default_font = Font(name="Arial", size=10, family=2)
    wb._fonts = IndexedList([default_font])
    wb._named_styles["Normal"].font = default_font
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = wb.properties.lastModifiedBy = ""
    tables = tables_of(spec)
    for i, table in enumerate(tables):
        first = i == 0 and len(tables) > 1
        sig = spec.signature_first if first and spec.signature_first else spec.signature
        title = "RENCANA AKSI" if table == "rencana_aksi" else "MONITORING"
        _sheet(wb, spec, build_grid(spec, table), title, sig)
    wb.save(str(path))
    return path
