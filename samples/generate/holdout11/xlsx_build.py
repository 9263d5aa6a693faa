"""XLSX builders of 1102, 1105 and 1108 (openpyxl; LibreOffice Calc converts to PDF)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties

from .content_a import KOMP_UP
from .model import Doc, Rec

THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")


@dataclass
class Sheet:
    font: str
    size: float
    widths: list[float]  # Excel column widths
    head_fill: str
    section_fill: str | None
    landscape: bool = True
    paper: int = 9  # A4
    break_before: str | None = None  # a manual page break before this komponen


def _lines(text: str, width: float, size: float) -> int:
    cpl = max(4, int(width * 13.0 / size))
    total = 0
    for par in text.split("\n"):
        words, line, n = par.split(), 0, 1
        for wd in words:
            add = len(wd) + (1 if line else 0)
            if line + add > cpl and line:
                n += 1
                line = len(wd)
            else:
                line += add
        total += n
    return total


def _h(text: str, width: float, size: float) -> float:
    return _lines(text, width, size) * size * 1.22 + 4


def rec_values(doc: Doc, i: int, r: Rec) -> list[str]:
    vals = [f"{i}. {r.rek}", f"{i}. {r.ra}"]
    if doc.layout == "monitoring":
        vals += [
            r.target or "",
            r.waktu[0] if r.waktu else "",
            r.pj or "",
            r.status[0] if r.status else "",
            r.link[1] if r.link else "",
        ]
    return vals


class Builder:
    def __init__(self, doc: Doc, sh: Sheet) -> None:
        self.doc, self.sh = doc, sh
        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = "Rencana Aksi"
        self.row = 1
        self.ncol = len(sh.widths)
        for c, wd in enumerate(sh.widths, 1):
            self.ws.column_dimensions[get_column_letter(c)].width = wd

    def font(self, bold: bool = False, size: float | None = None, color: str = "000000") -> Font:
        return Font(name=self.sh.font, size=size or self.sh.size, bold=bold, color=color)

    def put(
        self,
        r: int,
        c: int,
        value: str,
        bold: bool = False,
        align=WRAP_TOP,
        border: bool = True,
        size: float | None = None,
        fill: str | None = None,
    ) -> None:
        cell = self.ws.cell(row=r, column=c, value=value)
        cell.font = self.font(bold, size)
        cell.alignment = align
        if border:
            cell.border = GRID
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)

    def merge(self, r1: int, c1: int, r2: int, c2: int, border: bool = True) -> None:
        if (r1, c1) != (r2, c2):
            self.ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        if border:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    self.ws.cell(row=r, column=c).border = GRID

    def width(self, c1: int, c2: int) -> float:
        return sum(self.sh.widths[c1 - 1 : c2])

    def title(self) -> None:
        for line in self.doc.title_lines:
            self.put(
                self.row, 1, line, bold=True, align=CENTER, border=False, size=self.sh.size + 2
            )
            self.ws.merge_cells(
                start_row=self.row, start_column=1, end_row=self.row, end_column=self.ncol
            )
            self.ws.row_dimensions[self.row].height = (self.sh.size + 2) * 1.5
            self.row += 1
        self.row += 1

    def pj_lines(
        self, label_cols: tuple[int, int], value_cols: tuple[int, int], border: bool = False
    ) -> None:
        for label, value in self.doc.pj_rows:
            left = Alignment(vertical="top", wrap_text=False)
            self.put(self.row, label_cols[0], label, align=left, border=border)
            self.merge(self.row, label_cols[0], self.row, label_cols[1], border)
            text = value if border else f": {value}"
            self.put(self.row, value_cols[0], text, bold=True, align=left, border=border)
            self.merge(self.row, value_cols[0], self.row, value_cols[1], border)
            self.ws.row_dimensions[self.row].height = self.sh.size * 1.6
            self.row += 1
        self.row += 1

    def table(self) -> tuple[int, int]:
        head = self.row
        for c, text in enumerate(self.doc.headers, 1):
            self.put(head, c, text, bold=True, align=CENTER, fill=self.sh.head_fill)
        need = max(_h(t, self.sh.widths[c], self.sh.size) for c, t in enumerate(self.doc.headers))
        self.ws.row_dimensions[head].height = max(need, self.sh.size * 2.6)
        self.row += 1
        for f in self.doc.findings:
            if f.kode == self.sh.break_before:
                self.ws.row_breaks.append(Break(id=self.row - 1))
            self.put(
                self.row,
                1,
                f"{f.kode}. {KOMP_UP[f.kode]}",
                bold=True,
                align=Alignment(vertical="center"),
                fill=self.sh.section_fill,
            )
            self.merge(self.row, 1, self.row, self.ncol)
            if self.sh.section_fill:
                for c in range(2, self.ncol + 1):
                    self.ws.cell(row=self.row, column=c).fill = PatternFill(
                        "solid", fgColor=self.sh.section_fill
                    )
            self.ws.row_dimensions[self.row].height = self.sh.size * 1.7
            self.row += 1
            first = self.row
            heights = []
            for i, r in enumerate(f.recs, 1):
                vals = rec_values(self.doc, i, r)
                for c, v in enumerate(vals, 3):
                    align = CENTER if c >= 5 and c in (6, 8) else WRAP_TOP
                    self.put(self.row, c, v, align=align)
                heights.append(
                    max(_h(v, self.sh.widths[c - 1], self.sh.size) for c, v in enumerate(vals, 3))
                )
                self.row += 1
            last = self.row - 1
            self.put(first, 1, str(f.no), align=Alignment(vertical="top", horizontal="center"))
            self.put(first, 2, "\n".join(f.hasil))
            self.merge(first, 1, last, 1)
            self.merge(first, 2, last, 2)
            hneed = _h("\n".join(f.hasil), self.sh.widths[1], self.sh.size)
            extra = max(0.0, hneed - sum(heights)) / len(heights)
            for k, hgt in enumerate(heights):
                self.ws.row_dimensions[first + k].height = math.ceil(hgt + extra)
        end = self.row - 1
        self.row += 1
        return head, end

    def text_line(self, text: str, italic: bool = False) -> None:
        cell = self.ws.cell(row=self.row, column=1, value=text)
        cell.font = Font(name=self.sh.font, size=self.sh.size, italic=italic)
        self.row += 1

    def block(self, lines: list[str], c1: int, c2: int, start: int, name: str) -> int:
        r = start
        for line in lines:
            if line:
                cell = self.ws.cell(row=r, column=c1, value=line)
                bold = line == name
                cell.font = Font(
                    name=self.sh.font,
                    size=self.sh.size + 0.5,
                    bold=bold,
                    underline="single" if bold else None,
                )
                cell.alignment = Alignment(horizontal="center")
                if c2 > c1:
                    self.ws.merge_cells(start_row=r, start_column=c1, end_row=r, end_column=c2)
            r += 1
        return r

    def signature(self, c1: int, c2: int, start: int | None = None) -> int:
        s = self.doc.signer
        lines = [
            *s.lines_above,
            *s.jabatan_lines,
            "",
            "",
            "",
            s.person.name,
            s.pangkat_line,
            s.nip_line,
        ]
        return self.block(lines, c1, c2, start or self.row, s.person.name)

    def finish(self, head: int, end: int, out: Path, last_row: int) -> None:
        ws = self.ws
        ws.print_title_rows = f"{head}:{head}"
        ws.print_area = f"A1:{get_column_letter(self.ncol)}{last_row}"
        ws.page_setup.orientation = "landscape" if self.sh.landscape else "portrait"
        ws.page_setup.paperSize = self.sh.paper
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.print_options.horizontalCentered = True
        self.wb.save(str(out))


def build1102(doc: Doc, out: Path) -> None:
    b = Builder(doc, Sheet("Liberation Sans", 12, [5, 56, 44, 44], "F4D7DC", None))
    b.title()
    b.pj_lines((2, 2), (3, 4))
    head, end = b.table()
    b.row += 1
    start = b.row
    last = start
    for blk, col in zip(doc.others, (2, 3), strict=True):
        name = blk.lines[2]
        lines = [*blk.lines[:2], "", "", "", *blk.lines[2:]]
        last = max(last, b.block(["", *lines], col, col, start, name))
    last = max(last, b.signature(4, 4, start))
    b.finish(head, end, out, last)


def build1105(doc: Doc, out: Path) -> None:
    b = Builder(
        doc,
        Sheet(
            "Liberation Serif",
            12.5,
            [5, 40, 30, 30, 15, 11, 17, 11, 26],
            "CFE8E6",
            None,
            break_before="D",
        ),
    )
    b.title()
    b.pj_lines((2, 2), (3, 4), border=True)
    head, end = b.table()
    b.row += 1
    last = b.signature(6, 9)
    b.finish(head, end, out, last)


def build1108(doc: Doc, out: Path) -> None:
    b = Builder(
        doc,
        Sheet(
            "Liberation Sans Narrow",
            13,
            [5, 42, 30, 30, 14, 12, 15, 8, 26],
            "DDE3C4",
            "F3F5EA",
            break_before="C",
        ),
    )
    b.title()
    b.pj_lines((2, 2), (3, 4))
    head, end = b.table()
    b.text_line(doc.extra[0], italic=True)
    b.row += 1
    last = b.signature(6, 9)
    b.finish(head, end, out, last)


BUILDERS = {1102: build1102, 1105: build1105, 1108: build1108}
