"""DOCX sources (python-docx) of the seventh held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from samples.generate.holdout7.model import Doc
from samples.generate.holdout7.rows import colnums, sections

RENDER = {
    "701_docx_setdprdserdangbedagai_2024": {
        "page": (356, 216),
        "font": "Arial",
        "size": 7,
        "widths": {
            "rencana_aksi": [8, 140, 85, 85],
            "monitoring": [8, 78, 46, 44, 24, 26, 28, 30, 24],
        },
        "header_fill": "D9E2F3",
        "repeat": True,
    },
    "705_docx_dinsossleman_2023": {
        "page": (210, 297),
        "font": "Times New Roman",
        "size": 10.5,
        "widths": {"rencana_aksi": [13, 70, 50, 50]},
        "header_fill": "E2EFD9",
        "repeat": True,
    },
    "708_docx_dp3aminahasautara_2024": {
        "page": (297, 210),
        "font": "Nimbus Roman",
        "size": 8,
        "widths": {"monitoring": [10, 62, 40, 38, 20, 28, 27, 28, 28]},
        "header_fill": "FFF2CC",
        "repeat": False,
    },
}
MARGIN = 14


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def _borders(table, val: str = "single") -> None:
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val=val, sz="6", space="0", color="000000"))
    table._tbl.tblPr.append(borders)


def _fmt(para, align=None) -> None:
    pf = para.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(1)
    if align is not None:
        para.alignment = align


def _write(cell, text: str, size: float, bold: bool = False, align=None) -> None:
    para = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            para = cell.add_paragraph()
        _fmt(para, align)
        run = para.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold


def _para(d, text: str, size: float, bold=False, align=None):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def _double_rule(p) -> None:
    pbdr = _el("w:pBdr")
    pbdr.append(_el("w:bottom", val="thinThickSmallGap", sz="18", space="2", color="000000"))
    p._p.get_or_add_pPr().append(pbdr)


def _widths(table, widths: list[float], avail: float) -> None:
    scale = avail / sum(widths)
    for col, mm in zip(table.columns, widths, strict=True):
        col.width = Mm(mm * scale)
    for row in table.rows:
        for c, mm in zip(row.cells, widths, strict=True):
            c.width = Mm(mm * scale)


def _table(d, doc: Doc, layout: str, cfg: dict, avail: float) -> None:  # noqa: C901
    size = cfg["size"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    headers = doc.headers[layout]
    ncol = len(headers)
    table = d.add_table(rows=1, cols=ncol)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table)
    head_rows = [table.rows[0]]
    for c, t in zip(table.rows[0].cells, headers, strict=True):
        _write(c, t, size, bold=True, align=center)
        _shade(c, cfg["header_fill"])
    if doc.colnum_row:
        row = table.add_row()
        head_rows.append(row)
        for c, t in zip(row.cells, colnums(ncol), strict=True):
            _write(c, t, size - 1, align=center)
            _shade(c, "F2F2F2")
    for row in head_rows:
        if cfg["repeat"]:
            row._tr.get_or_add_trPr().append(_el("w:tblHeader", val="true"))
    for s in sections(doc, layout):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[ncol - 1])
        _write(merged, s.label, size, bold=True)
        for b in s.blocks:
            lead = b.lead
            nl = len(lead)
            first = last = None
            for k, r in enumerate(b.rows):
                cells = table.add_row().cells
                texts = [t if k == 0 else "" for t in lead] + [r.rek, r.ra]
                for j, (c, t) in enumerate(zip(cells, texts + r.extra, strict=True)):
                    if t:
                        mid = j == 0 or nl + 2 <= j <= nl + 3 or (nl == 3 and j == 2)
                        _write(c, t, size, align=center if mid else None)
                first = first or cells
                last = cells
            if first is not None and last is not None and len(b.rows) > 1:
                for j in range(nl):
                    first[j].merge(last[j])
    _widths(table, cfg["widths"][layout], avail)


def _signatures(d, doc: Doc, cfg: dict, avail: float) -> None:
    size = cfg["size"] + 1
    center = WD_ALIGN_PARAGRAPH.CENTER
    st = d.add_table(rows=1, cols=3)
    cells = st.rows[0].cells
    if doc.mengetahui:
        _write(cells[0], "\n".join(doc.mengetahui.lines()), size, align=center)
    _write(cells[2], "\n".join(doc.signature.lines()), size, align=center)
    side = min(95.0, avail * 0.42)
    _widths(st, [side, avail - 2 * side, side], avail)
    st.rows[0]._tr.get_or_add_trPr().append(_el("w:cantSplit", val="true"))


def _kop(d, doc: Doc, cfg: dict) -> None:
    size = cfg["size"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    last = None
    for i, line in enumerate(doc.kop):
        big = size + (5 if i == 0 else 4 if i == 1 else 0.5)
        last = _para(d, line, big, bold=i < 2, align=center)
    if last is not None:
        _double_rule(last)
        _para(d, "", size)


def _block(d, doc: Doc, k: int, layout: str, cfg: dict, avail: float) -> None:
    size = cfg["size"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    _kop(d, doc, cfg)
    for line in doc.title_lines[k]:
        _para(d, line, size + 2, bold=True, align=center)
    _para(d, "", size)
    pj = d.add_table(rows=0, cols=4)
    for i, (label, value) in enumerate(doc.pj_rows, 1):
        cells = pj.add_row().cells
        for c, t in zip(cells, (str(i), label, ":", value), strict=True):
            _write(c, t, size + 0.5)
    _widths(pj, [6, 78, 4, 80], 168)
    _para(d, "", size)
    _table(d, doc, layout, cfg, avail)
    _para(d, "", size)
    _signatures(d, doc, cfg, avail)


def write_docx(doc: Doc, out: Path) -> Path:
    cfg = RENDER[doc.name]
    d = Document()
    style = d.styles["Normal"]
    style.font.name = cfg["font"]
    style.element.rPr.rFonts.set(qn("w:eastAsia"), cfg["font"])
    style.font.size = Pt(cfg["size"])
    sec = d.sections[0]
    w, h = cfg["page"]
    sec.orientation = WD_ORIENT.LANDSCAPE if w > h else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(MARGIN))
    avail = w - 2 * MARGIN
    for k, layout in enumerate(doc.tables):
        if k:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _block(d, doc, k, layout, cfg, avail)
    src = out / f"{doc.name}.docx"
    d.save(src)
    return src
