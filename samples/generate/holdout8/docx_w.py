"""DOCX writer of holdout8 (python-docx), converted to PDF by LibreOffice."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from samples.generate.holdout8.model import Doc
from samples.generate.holdout8.rows import MERGED, blocks

PAPER = {"a4": (Cm(29.7), Cm(21.0)), "letter": (Cm(27.94), Cm(21.59))}


def _shade(cell, fill: str | None) -> None:
    if not fill:
        return
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _write(cell, text: str, bold: bool = False, align=None) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if align is not None:
            p.alignment = align
        run = p.add_run(line)
        run.bold = bold


def _setup(doc: Doc) -> Document:
    d = Document()
    o = doc.opts
    style = d.styles["Normal"]
    style.font.name = o["font"]
    style.font.size = Pt(o["size"])
    style.element.rPr.rFonts.set(qn("w:eastAsia"), o["font"])
    style.paragraph_format.space_after = Pt(0)
    sec = d.sections[0]
    long_side, short_side = PAPER[o["paper"]]
    if o["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = long_side, short_side
    else:
        sec.page_width, sec.page_height = short_side, long_side
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    return d


def _title(d, lines: list[str]) -> None:
    for line in lines:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(10)
    d.add_paragraph()


def _pj(d, doc: Doc) -> None:
    t = d.add_table(rows=0, cols=3)
    _no_borders(t)
    for label, value in doc.pj_rows:
        cells = t.add_row().cells
        _write(cells[0], label)
        _write(cells[1], ":")
        _write(cells[2], value)
    _fix_widths(t, [Cm(6.5), Cm(0.5), Cm(9)])
    d.add_paragraph()


def _fix_widths(t, widths) -> None:
    t.autofit = False
    for col, wd in zip(t.columns, widths, strict=True):
        col.width = wd
    for row in t.rows:
        for cell, wd in zip(row.cells, widths, strict=True):
            cell.width = wd


def _widths(d: Document, cols) -> list:
    sec = d.sections[0]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    total = sum(c[2] for c in cols)
    return [int(usable * c[2] / total) for c in cols]


def _main_table(d, doc: Doc, cols, repeat: bool) -> None:
    o = doc.opts
    keys = [c[0] for c in cols]
    widths = _widths(d, cols)
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    if repeat:
        _repeat_header(hdr)
    for cell, (_, label, _w) in zip(hdr.cells, cols, strict=True):
        _write(cell, label, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(cell, o.get("header_fill"))
    for sec, bl in blocks(doc):
        if sec:
            cells = t.add_row().cells
            merged = cells[0].merge(cells[-1])
            _write(merged, sec[0], bold=True)
            _shade(merged, o.get("section_fill"))
        for b in bl:
            first = len(t.rows)
            for row in b.rows:
                cells = t.add_row().cells
                for key, cell in zip(keys, cells, strict=True):
                    if key not in MERGED:
                        _write(cell, row.get(key, ""))
            last = len(t.rows) - 1
            for key in MERGED:
                if key in keys:
                    i = keys.index(key)
                    top = t.cell(first, i)
                    if last > first:
                        top = top.merge(t.cell(last, i))
                    align = WD_ALIGN_PARAGRAPH.CENTER if key == "no" else None
                    _write(top, b.rows[0][key], align=align)
    _fix_widths(t, widths)


def _signature(d, doc: Doc) -> None:
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    right = t.rows[0].cells[1]
    lines = ([doc.place_date] if doc.place_date else []) + doc.jabatan_lines
    lines += ["", "", "", doc.signer.nama, doc.signer.pangkat_line, doc.signer.nip_line]
    _write(right, "\n".join(lines), align=WD_ALIGN_PARAGRAPH.CENTER)
    name_par = right.paragraphs[len(lines) - 3]
    for run in name_par.runs:
        run.bold = True
        run.underline = True


def write_docx(doc: Doc, path: Path) -> None:
    d = _setup(doc)
    o = doc.opts
    _title(d, doc.title)
    _pj(d, doc)
    _main_table(d, doc, o["cols"], o["header_repeat"])
    _signature(d, doc)
    if "cols2" in o:
        d.add_paragraph()
        _title(d, o["title2"])
        _pj(d, doc)
        _main_table(d, doc, o["cols2"], o.get("header_repeat2", True))
        _signature(d, doc)
    d.save(str(path))
