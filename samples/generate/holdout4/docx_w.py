"""DOCX sources (python-docx) of the fourth held-out set; LibreOffice makes the PDFs."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from samples.generate.holdout4.model import Doc
from samples.generate.holdout4.rows import multi_cell, sections

RENDER = {
    "401_docx_dpmptspberau_2024": {
        "page": (297, 210),
        "font": "Arial",
        "size": 7.5,
        "widths": [8, 56, 40, 40, 22, 25, 26, 18, 36],
        "grid": "full",
        "shade": "EDEDED",
        "header_fill": "BFBFBF",
        "repeat": True,
    },
    "404_docx_katinganhilir_2022": {
        "page": (210, 297),
        "font": "Times New Roman",
        "size": 9,
        "widths": [9, 62, 56, 55],
        "grid": "outer",
        "shade": None,
        "header_fill": "D9D9D9",
        "repeat": True,
    },
    "407_docx_setdapaser_2025": {
        "page": (355.6, 215.9),
        "font": "Verdana",
        "size": 9.5,
        "widths": [11, 70, 50, 48, 28, 34, 34, 38, 30],
        "grid": "full",
        "shade": None,
        "header_fill": None,
        "repeat": False,
    },
}


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(f"w:{k}"), v)
    return el


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(_el("w:shd", val="clear", color="auto", fill=fill))


def _cell_borders(cell, **sides: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = _el("w:tcBorders")
    for side, val in sides.items():
        if val == "nil":
            borders.append(_el(f"w:{side}", val="nil"))
        else:
            borders.append(_el(f"w:{side}", val="single", sz=val, space="0", color="000000"))
    tcpr.append(borders)


def _table_borders(table, outer: str, inner_h: str, inner_v: str) -> None:
    tblpr = table._tbl.tblPr
    borders = _el("w:tblBorders")
    for side, val in (
        ("top", outer),
        ("left", outer),
        ("bottom", outer),
        ("right", outer),
        ("insideH", inner_h),
        ("insideV", inner_v),
    ):
        if val == "nil":
            borders.append(_el(f"w:{side}", val="nil"))
        else:
            borders.append(_el(f"w:{side}", val="single", sz=val, space="0", color="000000"))
    tblpr.append(borders)


def _write(cell, text: str, size: float, bold: bool = False, align=None) -> None:
    lines = text.split("\n")
    para = cell.paragraphs[0]
    for i, line in enumerate(lines):
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


def _para(document, text: str, size: float, bold=False, align=None, after=0.0):
    p = document.add_paragraph()
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def write_docx(doc: Doc, out: Path) -> Path:  # noqa: C901
    cfg = RENDER[doc.name]
    size = cfg["size"]
    d = Document()
    style = d.styles["Normal"]
    style.font.name = cfg["font"]
    style.element.rPr.rFonts.set(qn("w:eastAsia"), cfg["font"])
    style.font.size = Pt(size)
    sec = d.sections[0]
    w, h = cfg["page"]
    sec.orientation = WD_ORIENT.LANDSCAPE if w > h else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(12))

    center = WD_ALIGN_PARAGRAPH.CENTER
    for line in doc.title_lines:
        _para(d, line, size + 2.5, bold=True, align=center)
    _para(d, "", size)
    pj = d.add_table(rows=0, cols=4)
    for i, (label, value) in enumerate(doc.pj_label_lines, 1):
        cells = pj.add_row().cells
        for c, t in zip(cells, (str(i), label, ":", value), strict=True):
            _write(c, t, size + 0.5)
    for col, mm in zip(pj.columns, (6, 75, 4, 90), strict=True):
        col.width = Mm(mm)
        for c in col.cells:
            c.width = Mm(mm)
    _para(d, "", size)

    monitoring = doc.layout == "monitoring"
    ncol = len(doc.headers)
    table = d.add_table(rows=1, cols=ncol)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    if cfg["grid"] == "full":
        _table_borders(table, "6", "4", "4")
    else:
        _table_borders(table, "8", "nil", "nil")
    hdr = table.rows[0]
    if cfg["repeat"]:
        hdr._tr.get_or_add_trPr().append(_el("w:tblHeader", val="true"))
    for c, t in zip(hdr.cells, doc.headers, strict=True):
        _write(c, t, size, bold=True, align=center)
        if cfg["header_fill"]:
            _shade(c, cfg["header_fill"])
        if cfg["grid"] == "outer":
            _cell_borders(c, bottom="8")
    shade_i = 0
    for s in sections(doc):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[ncol - 1])
        _write(merged, s.label, size, bold=True)
        if cfg["grid"] == "outer":
            _cell_borders(merged, top="6", bottom="6")
        for b in s.blocks:
            first = None
            for r in b.rows:
                row = table.add_row()
                cells = row.cells
                texts = [
                    b.no if first is None else "",
                    b.hasil if first is None else "",
                    r.rek,
                    r.ra,
                ]
                texts += r.extra
                for j, (c, t) in enumerate(zip(cells, texts, strict=True)):
                    if t:
                        _write(c, t, size, align=center if j == 0 or (j >= 4 and j != 8) else None)
                    if cfg["shade"] and shade_i % 2 == 1 and j >= 2:
                        _shade(c, cfg["shade"])
                shade_i += 1
                if first is None:
                    first = cells
                    if cfg["grid"] == "outer":
                        for c in cells:
                            _cell_borders(c, top="6")
                last = cells
            if len(b.rows) > 1:
                first[0].merge(last[0])
                first[1].merge(last[1])
    widths = cfg["widths"]
    scale = (w - 24) / sum(widths)
    for col, mm in zip(table.columns, widths, strict=True):
        col.width = Mm(mm * scale)
    for row in table.rows:
        for c, mm in zip(row.cells, widths, strict=True):
            c.width = Mm(mm * scale)

    _para(d, "", size)
    sig = doc.signature
    st = d.add_table(rows=1, cols=2)
    right = st.rows[0].cells[1]
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
    _write(right, "\n".join(lines), size + 1, align=center)
    for col, c, mm in zip(st.columns, st.rows[0].cells, (w - 24 - 95, 95), strict=True):
        col.width = c.width = Mm(mm)
    st.rows[0]._tr.get_or_add_trPr().append(_el("w:cantSplit", val="true"))
    assert monitoring or not multi_cell(doc) or ncol == 4
    src = out / f"{doc.name}.docx"
    d.save(src)
    return src
