"""DOCX writer (python-docx); LibreOffice Writer turns the file into the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from samples.generate.holdout import _docx_hyperlink, _docx_shade
from samples.generate.holdout2.model import Doc, GCell, Line, build_grid, page_mm

FIXED_DATE = dt.datetime(2025, 3, 3, 8, 0, 0)


def _setup(d: Any, doc: Doc) -> float:
    st = doc.style
    w_mm, h_mm = page_mm(st)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT if st.portrait else WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(w_mm), Mm(h_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(st.margin_mm))
    normal = d.styles["Normal"]
    normal.font.name = st.font
    normal.font.size = Pt(st.size)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), st.font)
    fmt = normal.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    props = d.core_properties
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.author = props.last_modified_by = ""
    props.title = doc.title_lines[0]
    props.revision = 1
    # LibreOffice exports a hyperlink as a link annotation only when its runs carry a style.
    link_style = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link_style.font.underline = True
    return w_mm - 2 * st.margin_mm


def _borders(table: Any, color: str, outer: str = "8", inner: str = "4") -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), outer if side in ("top", "left", "bottom", "right") else inner)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _fill(cell: Any, content: GCell, line_breaks: bool = False) -> None:
    """Paragraph per line; ``line_breaks`` puts the lines in one paragraph with breaks."""
    para = cell.paragraphs[0]
    for i, (text, url) in enumerate(content.paras):
        if i and not line_breaks:
            para = cell.add_paragraph()
        if content.center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if url is not None:
            _docx_hyperlink(para, url, text)
            continue
        run = para.add_run(text)
        run.bold = content.bold
        if i + 1 < len(content.paras) and line_breaks:
            run.add_break()


def _title(d: Any, doc: Doc) -> None:
    st = doc.style
    for line in doc.title_lines:
        para = d.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(st.size + st.title_size)
    d.add_paragraph()


def _pj_block(d: Any, doc: Doc) -> None:
    pj = doc.pj
    if pj.form == "table3":
        rows = ([pj.head] if pj.head else []) + [tuple(r) for r in pj.rows]
        widths: tuple[int, ...] = (12, 80, 80)
        block = d.add_table(rows=len(rows), cols=3)
        _borders(block, doc.style.border, "6", "4")
        for r, row in enumerate(rows):
            for j, (text, width) in enumerate(zip(row, widths, strict=True)):
                cell = block.cell(r, j)
                cell.width = Mm(width)
                para = cell.paragraphs[0]
                if j == 0 or (pj.head and r == 0):
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                para.add_run(text).bold = bool(pj.head and r == 0)
    else:
        widths = (8, 72, 4, 100)
        block = d.add_table(rows=len(pj.rows), cols=4)
        for r, (mark, label, value) in enumerate(pj.rows):
            for j, (text, width) in enumerate(zip((mark, label, ":", value), widths, strict=True)):
                cell = block.cell(r, j)
                cell.width = Mm(width)
                if text:
                    cell.paragraphs[0].add_run(text)
    block.autofit = False
    for j, width in enumerate(widths):
        block.columns[j].width = Mm(width)
    d.add_paragraph()


def _banding(table: Any, style_name: str, d: Any) -> None:
    table.style = d.styles[style_name]
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for attr, value in (("firstRow", "1"), ("firstColumn", "0"), ("lastRow", "0")):
        look.set(qn(f"w:{attr}"), value)
    look.set(qn("w:lastColumn"), "0")
    look.set(qn("w:noHBand"), "0")
    look.set(qn("w:noVBand"), "1")
    look.set(qn("w:val"), "0420")


def _table(d: Any, doc: Doc, usable: float) -> None:
    st, grid = doc.style, build_grid(doc)
    table = d.add_table(rows=len(grid.rows), cols=len(grid.columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    if st.table_style:
        _banding(table, st.table_style, d)
    _borders(table, st.border)
    col_w = [Mm(usable * w) for w in grid.widths]
    for j, width in enumerate(col_w):
        table.columns[j].width = width
    for r, (row, kind) in enumerate(zip(grid.rows, grid.kinds, strict=True)):
        head = kind in ("header", "number")
        for j, content in enumerate(row):
            cell = table.cell(r, j)
            cell.width = col_w[j]
            if kind == "header" and st.header_fill and not st.table_style:
                _docx_shade(cell, st.header_fill)
            if head:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if content is not None:
                _fill(cell, content, line_breaks=grid.columns[j] == "pj")
        if head and st.repeat_header:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(flag)
    for r, row in enumerate(grid.rows):
        for j, c in enumerate(row):
            if c is not None and (c.rowspan > 1 or c.colspan > 1):
                table.cell(r, j).merge(table.cell(r + c.rowspan - 1, j + c.colspan - 1))


def _sig_cell(cell: Any, lines: tuple[Line, ...]) -> None:
    for i, (text, bold, underline) in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold, run.underline = bold, underline


def _signature(d: Any, doc: Doc, usable: float) -> None:
    d.add_paragraph()
    sig = d.add_table(rows=1, cols=3)
    sig.autofit = False
    shares = (0.38, 0.24, 0.38) if doc.sig.left else (0.44, 0.06, 0.5)
    for j, share in enumerate(shares):
        sig.cell(0, j).width = Mm(usable * share)
        sig.columns[j].width = Mm(usable * share)
    # A left block with fewer lines above its jabatan is pushed down to align the names.
    right, left = doc.sig.right, doc.sig.left or ()
    blank: Line = ("", False, False)
    pad = len(right) - len(left)
    if left:
        _sig_cell(sig.cell(0, 0), (blank,) * max(pad, 0) + left)
    _sig_cell(sig.cell(0, 2), (blank,) * max(-pad, 0) + right)
    keep = sig.rows[0]._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    keep.append(cant)


def write_docx(doc: Doc, path: Path) -> Path:
    d = DocxDocument()
    usable = _setup(d, doc)
    _title(d, doc)
    _pj_block(d, doc)
    _table(d, doc, usable)
    _signature(d, doc, usable)
    d.save(str(path))
    return path
