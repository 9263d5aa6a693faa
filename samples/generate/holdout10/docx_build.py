"""DOCX documents (python-docx, converted by LibreOffice Writer): 1001, 1005, 1008."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .common import PAPER_MM, cell_text, merged_runs, section_label
from .model import Doc, Finding

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def _run(par: Any, text: str, look: dict[str, Any], **kw: Any) -> None:
    run = par.add_run(text)
    run.font.name = look["font"]
    run.font.size = Pt(kw.get("size", look["size"]))
    run.bold = kw.get("bold", False)
    run.underline = kw.get("underline", False)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), look["font"])


def _para(container: Any, text: str, look: dict[str, Any], **kw: Any) -> Any:
    par = kw.pop("par", None) or container.add_paragraph()
    par.paragraph_format.space_after = Pt(kw.pop("after", 0))
    par.paragraph_format.space_before = Pt(0)
    if "align" in kw:
        par.alignment = kw.pop("align")
    _run(par, text, look, **kw)
    return par


def _cell(cell: Any, lines: list[str], look: dict[str, Any], **kw: Any) -> None:
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        _para(cell, line, look, par=par, **kw)


def _shade(cell: Any, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._element.get_or_add_tcPr().append(shd)


def _bottom_double(cell: Any) -> None:
    borders = OxmlElement("w:tcBorders")
    el = OxmlElement("w:bottom")
    el.set(qn("w:val"), "double")
    el.set(qn("w:sz"), "6")
    el.set(qn("w:color"), "000000")
    borders.append(el)
    cell._element.get_or_add_tcPr().append(borders)


def _repeat(row: Any) -> None:
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _no_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _widths(table: Any, widths: list[float]) -> None:
    table.autofit = False
    for col, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(int(wd * 56.7)))
    for i in range(len(widths)):
        for row in table.rows:
            for tc in row._tr.tc_lst:
                if _grid_index(row._tr, tc) == i:
                    span = tc.grid_span
                    tc.get_or_add_tcPr().get_or_add_tcW().w = Mm(sum(widths[i : i + span]))


def _grid_index(tr: Any, tc: Any) -> int:
    i = 0
    for other in tr.tc_lst:
        if other is tc:
            return i
        i += other.grid_span
    raise ValueError("cell not in row")


def _new(look: dict[str, Any]) -> Any:
    d = Document()
    sec = d.sections[0]
    w, h = PAPER_MM[look["paper"]]
    if look["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    sec.left_margin = sec.right_margin = Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(14)
    normal = d.styles["Normal"]
    normal.font.name = look["font"]
    normal.font.size = Pt(look["size"])
    normal.paragraph_format.space_after = Pt(0)
    return d


def _pj_block(d: Any, doc: Doc, look: dict[str, Any]) -> None:
    t = d.add_table(rows=len(doc.pj_rows), cols=3)
    _no_borders(t)
    if look.get("pj_right"):
        t.alignment = WD_TABLE_ALIGNMENT.RIGHT
    for row, (label, value) in zip(t.rows, doc.pj_rows, strict=True):
        _cell(row.cells[0], [label], look)
        _cell(row.cells[1], [":"], look)
        _cell(row.cells[2], [value], look)
    _widths(t, [52, 4, 60] if look.get("pj_right") else [62, 4, 90])
    _para(d, "", look)


def _header(t: Any, doc: Doc, look: dict[str, Any]) -> None:
    row = t.rows[0]
    if look.get("repeat"):
        _repeat(row)
    for cell, (_k, head) in zip(row.cells, doc.columns, strict=True):
        _cell(cell, [head], look, bold=True, align=CENTER)
        if look.get("fill"):
            _shade(cell, look["fill"])
        if look.get("double_rule"):
            _bottom_double(cell)


def _finding(t: Any, doc: Doc, f: Finding, look: dict[str, Any]) -> None:
    keys = [k for k, _h in doc.columns]
    sec = t.add_row()
    merged = sec.cells[0].merge(sec.cells[-1])
    _cell(merged, [section_label(doc, f)], look, bold=True)
    _shade(merged, "F2F2F2")
    rows = [t.add_row() for _ in f.recs]
    first, last = rows[0], rows[-1]
    no_cell = first.cells[0].merge(last.cells[0]) if len(rows) > 1 else first.cells[0]
    _cell(no_cell, [str(f.no)], look, align=CENTER)
    hi = keys.index("hasil")
    hasil = first.cells[hi].merge(last.cells[hi]) if len(rows) > 1 else first.cells[hi]
    _cell(hasil, f.hasil, look, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for ci, key in enumerate(keys):
        if key in ("no", "hasil"):
            continue
        for a, b in merged_runs(doc, f, key):
            cell = rows[a].cells[ci].merge(rows[b].cells[ci]) if b > a else rows[a].cells[ci]
            _cell(cell, [cell_text(doc, key, a + 1, f.recs[a])], look)


def _signature(d: Any, doc: Doc, look: dict[str, Any]) -> None:
    _para(d, "", look)
    t = d.add_table(rows=1, cols=2)
    _no_borders(t)
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    t.rows[0]._tr.get_or_add_trPr().append(cant)
    cell = t.rows[0].cells[1]
    s = doc.signer
    lines: list[tuple[str, bool]] = []
    for i, line in enumerate(s.lines):
        if i == s.name_index:
            lines += [("", False)] * 4
        lines.append((line, i == s.name_index))
    for i, (line, is_name) in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        under = is_name and bool(look.get("underline_name"))
        _para(cell, line, look, par=par, align=CENTER, bold=is_name, underline=under)
    total = sum(look["widths"])
    _widths(t, [total - 95, 95])


def build(doc: Doc, out: Path) -> None:
    look = doc.look
    d = _new(look)
    for line in doc.title_lines:
        _para(d, line, look, align=CENTER, bold=True, size=look["size"] + 2.5)
    _para(d, "", look)
    _pj_block(d, doc, look)
    t = d.add_table(rows=1, cols=len(doc.columns))
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    _header(t, doc, look)
    for f in doc.findings:
        _finding(t, doc, f, look)
    _widths(t, look["widths"])
    _signature(d, doc, look)
    d.save(str(out))
