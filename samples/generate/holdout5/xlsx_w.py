"""XLSX sources (openpyxl) of the fifth held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from samples.generate.holdout5.model import Doc
from samples.generate.holdout5.rows import sections, signature_lines

RENDER = {
    "502_xlsx_dkplotim_2023": {
        "paper": 14,  # Folio 8.5 x 13 in
        "landscape": False,
        "font": "Arial Narrow",
        "narrow": True,
        "size": 8.5,
        "widths": {"monitoring": [3.5, 18, 12.5, 12.5, 8.5, 10.5, 9.5, 9.5, 12.5]},
        "header_fill": "FCE4D6",
    },
    "505_xlsx_moyohilir_2022": {
        "paper": 9,  # A4
        "landscape": False,
        "font": "Times New Roman",
        "narrow": False,
        "size": 9,
        "widths": {"rencana_aksi": [4, 34, 24, 24]},
        "header_fill": "D9D9D9",
    },
    "508_xlsx_taneteriattang_2023": {
        "paper": 9,
        "landscape": True,
        "font": "Arial",
        "narrow": False,
        "size": 8.5,
        "widths": {
            "rencana_aksi": [4, 56, 38, 38],
            "monitoring": [4, 34, 22, 20, 12, 11, 13, 14, 22],
        },
        "header_fill": "E2EFDA",
    },
}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")


def _lines(text: str, width: float, size: float, narrow: bool) -> int:
    """Generous estimate of the wrapped lines of ``text`` in a column ``width`` wide."""
    col_pt = (width * 7 + 5) * 0.75 - 6
    char_pt = size * (0.42 if narrow else 0.52)
    cap = max(3, int(col_pt / char_pt * 0.95))
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


def _sheet(wb: Workbook, doc: Doc, k: int, layout: str, cfg: dict) -> None:  # noqa: C901
    size, narrow = cfg["size"], cfg["narrow"]
    line_h = size * 1.3
    ws = wb.active if k == 0 else wb.create_sheet()
    ws.title = "Rencana Aksi" if layout == "rencana_aksi" else "Monitoring"
    widths = cfg["widths"][layout]
    ncol = len(widths)
    last = get_column_letter(ncol)
    for i, wd in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    font = Font(name=cfg["font"], size=size)
    bold = Font(name=cfg["font"], size=size, bold=True)
    r = 1
    for line in doc.title_lines[k]:
        ws.merge_cells(f"A{r}:{last}{r}")
        c = ws.cell(r, 1, line)
        c.font = Font(name=cfg["font"], size=size + 2.5, bold=True)
        c.alignment = Alignment(horizontal="center")
        ws.row_dimensions[r].height = (size + 2.5) * 1.45
        r += 1
    r += 1
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
    r += 1
    for s in sections(doc, layout):
        ws.merge_cells(f"A{r}:{last}{r}")
        ws.cell(r, 1, s.label).font = bold
        for j in range(1, ncol + 1):
            ws.cell(r, j).border = BOX
        ws.row_dimensions[r].height = line_h + 4
        r += 1
        for b in s.blocks:
            start = r
            heights = []
            for row in b.rows:
                texts = ["", "", row.rek, row.ra, *row.extra]
                for j, t in enumerate(texts, 1):
                    c = ws.cell(r, j, t or None)
                    c.font, c.border = font, BOX
                    c.alignment = CENTER if j == 1 or 5 <= j <= 7 else TOP
                need = max(_lines(t, widths[j], size, narrow) for j, t in enumerate(texts) if t)
                heights.append(need * line_h + 5)
                r += 1
            ws.cell(start, 1, b.no).font = font
            ws.cell(start, 1).alignment = CENTER
            ws.cell(start, 2, b.hasil).font = font
            ws.cell(start, 2).alignment = TOP
            if r - start > 1:
                ws.merge_cells(f"A{start}:A{r - 1}")
                ws.merge_cells(f"B{start}:B{r - 1}")
            need = _lines(b.hasil, widths[1], size, narrow) * line_h + 6
            if sum(heights) < need:
                extra = (need - sum(heights)) / len(heights)
                heights = [h + extra for h in heights]
            for i, h in enumerate(heights):
                ws.row_dimensions[start + i].height = min(h, 400)
    r += 1
    col = max(3, ncol - 3)
    for line in signature_lines(doc):
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=ncol)
        c = ws.cell(r, col, line or None)
        c.font = font
        c.alignment = Alignment(horizontal="center")
        r += 1
    ws.print_title_rows = f"{header_row}:{header_row}"
    ps = ws.page_setup
    ps.orientation = "landscape" if cfg["landscape"] else "portrait"
    ps.paperSize = cfg["paper"]
    if cfg.get("scale"):
        ps.scale = cfg["scale"]
    else:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ps.fitToWidth = 1
        ps.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.4


def write_xlsx(doc: Doc, out: Path) -> Path:
    cfg = RENDER[doc.name]
    wb = Workbook()
    for k, layout in enumerate(doc.tables):
        _sheet(wb, doc, k, layout, cfg)
    src = out / f"{doc.name}.xlsx"
    wb.save(src)
    return src
