"""XLSX sources (openpyxl) of the fourth held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from samples.generate.holdout4.model import Doc
from samples.generate.holdout4.rows import sections

RENDER = {
    "402_xlsx_tenggarongseberang_2023": {
        "legal": True,
        "landscape": True,
        "font": "Liberation Sans",
        "size": 8,
        "widths": [4, 30, 22, 21, 11, 11, 13, 13, 15],
        "header_fill": "DDEBF7",
        "scale": 88,
        "shade": None,
    },
    "405_xlsx_disperkimpalangkaraya_2024": {
        "legal": False,
        "landscape": False,
        "font": "Liberation Serif",
        "size": 9,
        "widths": [4, 24, 21, 20],
        "header_fill": "C6E0B4",
        "scale": 100,
        "shade": "EAF4E2",
    },
}

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")


def _lines(text: str, width: float, size: float) -> int:
    """Generous estimate of wrapped lines of ``text`` in a column ``width`` wide."""
    per_line = max(4.0, width * 1.4 * 10.0 / size)
    return sum(max(1, math.ceil(len(p) / per_line)) for p in text.split("\n"))


def write_xlsx(doc: Doc, out: Path) -> Path:  # noqa: C901
    cfg = RENDER[doc.name]
    size = cfg["size"]
    line_h = size * 1.35
    wb = Workbook()
    ws = wb.active
    ws.title = "Rencana Aksi"
    widths = cfg["widths"]
    ncol = len(widths)
    last = get_column_letter(ncol)
    for i, wd in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = wd
    font = Font(name=cfg["font"], size=size)
    bold = Font(name=cfg["font"], size=size, bold=True)
    r = 1
    for line in doc.title_lines:
        ws.merge_cells(f"A{r}:{last}{r}")
        c = ws.cell(r, 1, line)
        c.font = Font(name=cfg["font"], size=size + 3, bold=True)
        c.alignment = Alignment(horizontal="center")
        ws.row_dimensions[r].height = (size + 3) * 1.5
        r += 1
    r += 1
    for i, (label, value) in enumerate(doc.pj_label_lines, 1):
        ws.cell(r, 1, str(i)).font = font
        ws.cell(r, 2, label).font = font
        ws.cell(r, 3, f": {value}").font = font
        r += 1
    r += 1
    header_row = r
    for j, t in enumerate(doc.headers, 1):
        c = ws.cell(r, j, t)
        c.font, c.alignment, c.border = bold, CENTER, BOX
        c.fill = PatternFill("solid", fgColor=cfg["header_fill"])
    hl = max(_lines(t, widths[j] * 0.6, size) for j, t in enumerate(doc.headers))
    ws.row_dimensions[r].height = hl * line_h + 6
    r += 1
    shade_i = 0
    for s in sections(doc):
        if doc.section_split:
            ws.cell(r, 1, s.kode).font = bold
            ws.merge_cells(f"B{r}:{last}{r}")
            ws.cell(r, 2, s.label).font = bold
        else:
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
                    c.alignment = CENTER if j == 1 or 5 <= j <= 8 else TOP
                    if cfg["shade"] and shade_i % 2 == 1 and j >= 3:
                        c.fill = PatternFill("solid", fgColor=cfg["shade"])
                shade_i += 1
                need = max(_lines(t, widths[j], size) for j, t in enumerate(texts) if t)
                heights.append(need * line_h + 4)
                r += 1
            ws.cell(start, 1, b.no).font = font
            ws.cell(start, 1).alignment = CENTER
            ws.cell(start, 2, b.hasil).font = font
            ws.cell(start, 2).alignment = TOP
            if r - start > 1:
                ws.merge_cells(f"A{start}:A{r - 1}")
                ws.merge_cells(f"B{start}:B{r - 1}")
            need = _lines(b.hasil, widths[1], size) * line_h + 6
            if sum(heights) < need:
                extra = (need - sum(heights)) / len(heights)
                heights = [h + extra for h in heights]
            for k, h in enumerate(heights):
                ws.row_dimensions[start + k].height = min(h, 400)
    r += 1
    sig = doc.signature
    col = max(3, ncol - 2)
    lines = [
        *sig.above,
        *sig.jabatan_lines,
        "",
        "",
        "",
        sig.nama,
        sig.pangkat_line,
        sig.nip_printed,
    ]
    for line in lines:
        ws.merge_cells(start_row=r, start_column=col, end_row=r, end_column=ncol)
        c = ws.cell(r, col, line or None)
        c.font = font
        c.alignment = Alignment(horizontal="center")
        r += 1
    ws.print_title_rows = f"{header_row}:{header_row}"
    ps = ws.page_setup
    ps.orientation = "landscape" if cfg["landscape"] else "portrait"
    ps.paperSize = ws.PAPERSIZE_LEGAL if cfg["legal"] else ws.PAPERSIZE_A4
    ps.scale = cfg["scale"]
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.35
    src = out / f"{doc.name}.xlsx"
    wb.save(src)
    return src
