"""XLSX sources (openpyxl) of the seventh held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from samples.generate.holdout7.model import Doc
from samples.generate.holdout7.rows import colnums, sections

RENDER = {
    "702_xlsx_bappedalampungtimur_2023": {
        "paper": 9,  # A4
        "landscape": False,
        "font": "Arial",
        "char": 0.5,
        "size": 8,
        "widths": {"rencana_aksi": [3.5, 30, 14, 20, 20]},
        "header_fill": "D9D9D9",
        "page_pt": (595, 842),
    },
    "704_xlsx_satpolppserang_2024": {
        "paper": 5,  # Legal
        "landscape": True,
        "font": "Arial",
        "char": 0.5,
        "size": 7,
        "widths": {"monitoring": [3.5, 36, 22, 21, 12, 11, 12, 12, 11]},
        "header_fill": "FCE4D6",
        "page_pt": (1008, 612),
    },
    "706_xlsx_kelbesusubarat_2025": {
        "paper": 9,
        "landscape": True,
        "font": "Times New Roman",
        "char": 0.45,
        "size": 8.5,
        "widths": {
            "rencana_aksi": [3.5, 50, 32, 32],
            "monitoring": [3.5, 32, 20, 19, 10, 10, 11, 11, 13],
        },
        "header_fill": "E2EFDA",
        "page_pt": (842, 595),
    },
}

UNIT_PT = 6.9  # printed points per column-width unit (measured on Calc output)
THIN = Side(style="thin", color="000000")
DOUBLE = Side(style="double", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")


def _lines(text: str, width: float, size: float, char: float) -> int:
    """Generous estimate of the wrapped lines of ``text`` in a column ``width`` wide."""
    col_pt = width * UNIT_PT - 8
    char_pt = size * char
    cap = max(3, int(col_pt / char_pt * 0.97))
    total = 0
    for para in text.split("\n"):
        n, used = 1, 0
        for word in para.split():
            ln = len(word)
            if ln > cap:
                n += (used > 0) + (ln - 1) // cap
                used = ln % cap or cap
                continue
            need = ln + (1 if used else 0)
            if used + need > cap:
                n += 1
                used = ln
            else:
                used += need
        total += n
    return total


class Pager:
    """Manual row breaks so that no merged HASIL block straddles a page break.

    LibreOffice Calc prints a merged cell cut by a page break again at the top of the next
    page, over the repeated header; real authors insert page breaks by hand instead.
    """

    def __init__(self, ws, cfg: dict, layout: str) -> None:
        self.ws = ws
        cols = sum(w * UNIT_PT for w in cfg["widths"][layout])
        pw, ph = cfg["page_pt"]
        scale = min(1.0, (pw - 0.8 * 72) / cols)
        self.capacity = (ph - 0.9 * 72 - 40) / scale * 0.96
        self.used = 0.0
        self.header = 0.0

    def add(self, height: float) -> None:
        self.used += height

    def need(self, row: int, height: float) -> None:
        """Break before ``row`` when ``height`` more points do not fit on the page."""
        if self.used + height > self.capacity:
            self.ws.row_breaks.append(Break(id=row - 1))
            self.used = self.header


def _merged_line(ws, r: int, c1: int, c2: int, text: str, font: Font, align: str) -> None:
    ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
    c = ws.cell(r, c1, text or None)
    c.font = font
    c.alignment = Alignment(horizontal=align)


def _sheet(wb: Workbook, doc: Doc, k: int, layout: str, cfg: dict) -> None:  # noqa: C901
    size, narrow = cfg["size"], cfg["char"]
    line_h = size * 1.25
    ws = wb.active if k == 0 else wb.create_sheet()
    ws.title = "Rencana Aksi" if layout == "rencana_aksi" else "Monitoring"
    widths = cfg["widths"][layout]
    ncol = len(widths)
    for i, wd in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    name = cfg["font"]
    font = Font(name=name, size=size)
    bold = Font(name=name, size=size, bold=True)
    pager = Pager(ws, cfg, layout)
    default_h = size * 1.5 + 2
    r = 1
    for i, line in enumerate(doc.kop):
        big = size + (5 if i == 0 else 4 if i == 1 else 0.5)
        _merged_line(ws, r, 1, ncol, line, Font(name=name, size=big, bold=i < 2), "center")
        ws.row_dimensions[r].height = big * 1.45
        pager.add(big * 1.45)
        r += 1
    if doc.kop:
        for j in range(1, ncol + 1):
            ws.cell(r - 1, j).border = Border(bottom=DOUBLE)
        r += 1
        pager.add(default_h)
    for line in doc.title_lines[k]:
        _merged_line(ws, r, 1, ncol, line, Font(name=name, size=size + 2, bold=True), "center")
        ws.row_dimensions[r].height = (size + 2) * 1.45
        pager.add((size + 2) * 1.45)
        r += 1
    r += 1
    pager.add(default_h * (len(doc.pj_rows) + 2))
    for i, (label, value) in enumerate(doc.pj_rows, 1):
        ws.cell(r, 1, str(i)).font = font
        ws.cell(r, 2, label).font = font
        ws.cell(r, 3, f": {value}").font = font
        r += 1
    r += 1
    header_row = r
    headers = doc.headers[layout]
    for j, t in enumerate(headers, 1):
        c = ws.cell(r, j, t)
        c.font, c.alignment, c.border = bold, CENTER, BOX
        c.fill = PatternFill("solid", fgColor=cfg["header_fill"])
    hl = max(_lines(t, widths[j] * 0.92, size, narrow) for j, t in enumerate(headers))
    ws.row_dimensions[r].height = hl * line_h + 5
    pager.header = hl * line_h + 5
    r += 1
    if doc.colnum_row:
        for j, t in enumerate(colnums(ncol), 1):
            c = ws.cell(r, j, t)
            c.font, c.alignment, c.border = Font(name=name, size=size - 1), CENTER, BOX
        ws.row_dimensions[r].height = line_h + 2
        pager.header += line_h + 2
        r += 1
    last_head = r - 1
    pager.add(pager.header)
    for s in sections(doc, layout):
        sec_row = r
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        ws.cell(r, 1, s.label).font = bold
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = BOX
        ws.row_dimensions[r].height = line_h + 4
        r += 1
        for bi, b in enumerate(s.blocks):
            start = r
            heights = []
            lead = b.lead
            nl = len(lead)
            for row in b.rows:
                texts = [""] * nl + [row.rek, row.ra, *row.extra]
                for j, t in enumerate(texts, 1):
                    c = ws.cell(r, j, t or None)
                    c.font, c.border = font, BOX
                    c.alignment = CENTER if j == 1 or nl + 3 <= j <= nl + 4 else TOP
                need = max(_lines(t, widths[j], size, narrow) for j, t in enumerate(texts) if t)
                heights.append(need * line_h + 5)
                r += 1
            for j, t in enumerate(lead, 1):
                ws.cell(start, j, t).font = font
                ws.cell(start, j).alignment = CENTER if j == 1 else TOP
            if r - start > 1:
                for j in range(1, nl + 1):
                    col = get_column_letter(j)
                    ws.merge_cells(f"{col}{start}:{col}{r - 1}")
            need = max(_lines(t, widths[j], size, narrow) for j, t in enumerate(lead) if t)
            need = need * line_h + 6
            if sum(heights) < need:
                extra = (need - sum(heights)) / len(heights)
                heights = [h + extra for h in heights]
            heights = [min(h, 400) for h in heights]
            for i, h in enumerate(heights):
                ws.row_dimensions[start + i].height = h
            if bi == 0:
                pager.need(sec_row, line_h + 4 + sum(heights))
                pager.add(line_h + 4 + sum(heights))
            else:
                pager.need(start, sum(heights))
                pager.add(sum(heights))
    r += 1
    right = doc.signature.lines()
    pager.need(r, default_h * (len(right) + 1))
    left_end = 2 if ncol <= 4 else 3
    right_start = 3 if ncol <= 4 else ncol - 3
    left = doc.mengetahui.lines() if doc.mengetahui else []
    for i in range(max(len(left), len(right))):
        if i < len(left) and left[i]:
            _merged_line(ws, r, 2, left_end, left[i], font, "center")
        if i < len(right):
            _merged_line(ws, r, right_start, ncol, right[i], font, "center")
        r += 1
    ws.print_title_rows = f"{header_row}:{last_head}"
    ps = ws.page_setup
    ps.orientation = "landscape" if cfg["landscape"] else "portrait"
    ps.paperSize = cfg["paper"]
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.45


def write_xlsx(doc: Doc, out: Path) -> Path:
    cfg = RENDER[doc.name]
    wb = Workbook()
    for k, layout in enumerate(doc.tables):
        _sheet(wb, doc, k, layout, cfg)
    src = out / f"{doc.name}.xlsx"
    wb.save(src)
    return src
