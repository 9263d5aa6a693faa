"""DOCX sources (python-docx) of the fifth held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from samples.generate.holdout5.model import Doc
from samples.generate.holdout5.rows import sections, signature_lines

RENDER = {
    "501_docx_bontonompo_2024": {
        "page": (297, 210),
        "font": "Arial Narrow",
        "size": 8,
        "widths": {
            "rencana_aksi": [10, 110, 80, 80],
            "monitoring": [10, 62, 42, 40, 20, 25, 25, 28, 36],
        },
        "header_fill": "D9D9D9",
        "repeat": True,
    },
    "504_docx_dinkopbanyumas_2023": {
        "page": (297, 210),
        "font": "Tahoma",
        "size": 8,
        "widths": {"monitoring": [10, 60, 40, 38, 21, 32, 28, 30, 31]},
        "header_fill": "FFF2CC",
        "repeat": False,
    },
    "507_docx_bpkadklaten_2025": {
        "page": (215, 330),
        "font": "Bookman Old Style",
        "size": 8.5,
        "widths": {"rencana_aksi": [10, 82, 48, 48]},
        "header_fill": "DDDDDD",
        "repeat": True,
    },
}
MARGIN = 12


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def _borders(table) -> None:
    borders = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(_el(f"w:{side}", val="single", sz="6", space="0", color="000000"))
    table._tbl.tblPr.append(borders)


def _write(cell, text: str, size: float, bold: bool = False, align=None) -> None:
    para = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            para = cell.add_paragraph()
        pf = para.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(1)
        if align is not None:
            para.alignment = align
        run = para.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold


def _para(document, text: str, size: float, bold=False, align=None):
    p = document.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def _widths(table, widths: list[float], avail: float) -> None:
    scale = avail / sum(widths)
    for col, mm in zip(table.columns, widths, strict=True):
        col.width = Mm(mm * scale)
    for row in table.rows:
        for c, mm in zip(row.cells, widths, strict=True):
            c.width = Mm(mm * scale)


def _table(d, doc: Doc, layout: str, cfg: dict, avail: float) -> None:
    size = cfg["size"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    headers = doc.headers[layout]
    ncol = len(headers)
    table = d.add_table(rows=1, cols=ncol)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table)
    hdr = table.rows[0]
    if cfg["repeat"]:
        hdr._tr.get_or_add_trPr().append(_el("w:tblHeader", val="true"))
    for c, t in zip(hdr.cells, headers, strict=True):
        _write(c, t, size, bold=True, align=center)
        _shade(c, cfg["header_fill"])
    for s in sections(doc, layout):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[ncol - 1])
        _write(merged, s.label, size, bold=True)
        for b in s.blocks:
            first = last = None
            for k, r in enumerate(b.rows):
                cells = table.add_row().cells
                texts = [b.no if k == 0 else "", b.hasil if k == 0 else "", r.rek, r.ra]
                for j, (c, t) in enumerate(zip(cells, texts + r.extra, strict=True)):
                    if t:
                        mid = j == 0 or 4 <= j <= 6
                        _write(c, t, size, align=center if mid else None)
                first = first or cells
                last = cells
            if first is not None and last is not None and len(b.rows) > 1:
                first[0].merge(last[0])
                first[1].merge(last[1])
    _widths(table, cfg["widths"][layout], avail)


def _block(d, doc: Doc, k: int, layout: str, cfg: dict, avail: float) -> None:
    size = cfg["size"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in doc.title_lines[k]:
        _para(d, line, size + 2.5, bold=True, align=center)
    _para(d, "", size)
    pj = d.add_table(rows=0, cols=4)
    for i, (label, value) in enumerate(doc.pj_rows, 1):
        cells = pj.add_row().cells
        for c, t in zip(cells, (str(i), label, ":", value), strict=True):
            _write(c, t, size + 0.5)
    _widths(pj, [6, 80, 4, 85], 175)
    _para(d, "", size)
    _table(d, doc, layout, cfg, avail)
    _para(d, "", size)
    st = d.add_table(rows=1, cols=2)
    _write(st.rows[0].cells[1], "\n".join(signature_lines(doc)), size + 1, align=center)
    _widths(st, [avail - 90, 90], avail)
    st.rows[0]._tr.get_or_add_trPr().append(_el("w:cantSplit", val="true"))


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
