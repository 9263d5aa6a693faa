"""XLSX source of a Doc (openpyxl); LibreOffice Calc turns it into the PDF."""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from samples.generate.holdout3.model import Doc

PAPER = {"A4": 9, "F4": 14}  # 14 = Folio 8.5 x 13 in


def _lines(text: str, width_in: float, size: float, char_w: float) -> int:
    per_char = size * char_w / 72  # inches per average character
    cap = max(1, int((width_in - 0.08) / per_char))
    n = 0
    for para in text.split("\n"):
        words, cur, k = para.split(), 0, 1
        for wd in words:
            add = len(wd) + (1 if cur else 0)
            if cur + add > cap:
                k += 1 + (len(wd) - 1) // cap
                cur = len(wd) % cap
            else:
                cur += add
        n += k
    return n


def write_xlsx(doc: Doc, out: Path) -> Path:  # noqa: C901
    r = doc.render
    size = r["size"]
    narrow = r.get("char_w", 0.52)
    wb = Workbook()
    ws = wb.active
    ws.title = r.get("sheet", "Rencana Aksi")
    widths = r["widths"]
    ncol = len(doc.headers)
    for i, wd in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = round((wd * 96 - 5) / 7, 2)
    font = Font(name=r["font"], size=size)
    bold = Font(name=r["font"], size=size, bold=True)
    tfont = Font(name=r["font"], size=size + 3, bold=True)
    side = Side(style=r.get("border_style", "thin"), color=r.get("border_color", "000000"))
    box = Border(left=side, right=side, top=side, bottom=side)
    wrap = Alignment(wrap_text=True, vertical="top")
    wrapc = Alignment(wrap_text=True, vertical="top", horizontal="center")
    lead = size * r.get("lead", 1.25)  # points per line

    row = 1
    last = get_column_letter(ncol)
    for line in doc.title_lines:
        ws.cell(row, 1, line).font = tfont
        ws.cell(row, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(f"A{row}:{last}{row}")
        row += 1
    row += 1
    for i, (lab, val) in enumerate(zip(doc.pj_label, [doc.pj_nama, doc.hp_printed], strict=True)):
        ws.cell(row, 1, f"{i + 1}").font = font
        ws.cell(row, 2, lab).font = font
        ws.cell(row, 3, f": {val}").font = font
        row += 1
    row += 1

    head_row = row
    hh = max(_lines(h, widths[j], size, narrow) for j, h in enumerate(doc.headers))
    for j, h in enumerate(doc.headers, 1):
        c = ws.cell(row, j, h)
        c.font, c.border = bold, box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        if r.get("header_fill"):
            c.fill = PatternFill("solid", fgColor=r["header_fill"])
    ws.row_dimensions[row].height = hh * lead + 4
    row += 1
    mon = doc.layout == "monitoring"
    for f in doc.findings:
        c = ws.cell(row, 1, doc.section_label[f.kode])
        c.font = bold
        ws.merge_cells(f"A{row}:{last}{row}")
        for j in range(1, ncol + 1):
            ws.cell(row, j).border = box
        ws.row_dimensions[row].height = lead + 4
        row += 1
        first = row
        heights = []
        for no, rec in enumerate(f.recs, 1):
            vals = [
                str(f.finding_no) if no == 1 else None,
                f.hasil if no == 1 else None,
                f"{doc.label(no)} {rec.rek}",
                f"{doc.label(no)} {rec.ra}",
            ]
            if mon:
                vals += [
                    rec.target or None,
                    rec.waktu.text if rec.waktu else None,
                    rec.pj,
                    rec.status.text if rec.status else None,
                    rec.link.text if rec.link else None,
                ]
            need = 1
            for j, v in enumerate(vals, 1):
                c = ws.cell(row, j, v)
                c.font, c.border = font, box
                c.alignment = wrapc if j in (1, 5, 6) else wrap
                if v and j > 2:
                    need = max(need, _lines(v, widths[j - 1], size, narrow))
            heights.append(need * lead + 3)
            row += 1
        hasil_need = _lines(f.hasil, widths[1], size, narrow) * lead + 4
        extra = hasil_need - sum(heights)
        if extra > 0:
            heights = [h + extra / len(heights) for h in heights]
        for k, h in enumerate(heights):
            ws.row_dimensions[first + k].height = math.ceil(h * 1.06)
        if len(f.recs) > 1:
            ws.merge_cells(f"A{first}:A{row - 1}")
            ws.merge_cells(f"B{first}:B{row - 1}")
    row += 1

    def block(col: int, s, place, top: int) -> int:
        lines = ([(place, False)] if place else []) + [(x, False) for x in s.lead]
        lines += [(x, True) for x in s.jabatan_lines] + [("", False)] * 3
        lines += [(s.nama, True), (s.pangkat_line, False), (s.nip_line, False)]
        rr = top
        for text, b in lines:
            c = ws.cell(rr, col, text or None)
            c.font = Font(
                name=r["font"],
                size=size + 1,
                bold=b,
                underline="single" if text == s.nama else None,
            )
            c.alignment = Alignment(horizontal="center")
            end = get_column_letter(col + r["sig_span"] - 1)
            ws.merge_cells(f"{get_column_letter(col)}{rr}:{end}{rr}")
            rr += 1
        return rr

    top = row
    if doc.left_signer:
        block(r["left_sig_col"], doc.left_signer, None, top + (1 if doc.sign_place_date else 0))
    block(r["sig_col"], doc.signer, doc.sign_place_date, top)

    ps = ws.page_setup
    ps.orientation = "landscape" if r["landscape"] else "portrait"
    ps.paperSize = PAPER[r["page"]]
    ps.fitToWidth = 1
    ps.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    m = r.get("margin", 0.5)
    ws.page_margins.left = ws.page_margins.right = m
    ws.page_margins.top = ws.page_margins.bottom = m
    ws.page_margins.header = ws.page_margins.footer = 0.2
    ws.print_options.horizontalCentered = True
    if r.get("repeat_header"):
        ws.print_title_rows = f"{head_row}:{head_row}"
    ws.print_area = f"A1:{last}{ws.max_row}"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(out))
    return out
