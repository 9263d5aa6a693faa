"""DOCX source of a Doc (python-docx); LibreOffice turns it into the PDF."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Mm, Pt

from samples.generate.holdout3.model import Doc

PAGES = {"A4": (Mm(210), Mm(297)), "F4": (Inches(8.5), Inches(13))}


def _el(tag: str, **attrs: str) -> OxmlElement:
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def _borders(
    table, outer: str | None, inner_h: str | None, inner_v: str | None, color: str, sz: int
) -> None:
    tbl_pr = table._tbl.tblPr
    b = _el("w:tblBorders")
    for side, on in (
        ("top", outer),
        ("left", outer),
        ("bottom", outer),
        ("right", outer),
        ("insideH", inner_h),
        ("insideV", inner_v),
    ):
        if on:
            b.append(
                _el(
                    f"w:{side}",
                    **{"w:val": "single", "w:sz": str(sz), "w:space": "0", "w:color": color},
                )
            )
        else:
            b.append(_el(f"w:{side}", **{"w:val": "nil"}))
    tbl_pr.append(b)


def _cell_margins(table, twips: int) -> None:
    mar = _el("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        v = twips if side in ("left", "right") else max(0, twips // 3)
        mar.append(_el(f"w:{side}", **{"w:w": str(v), "w:type": "dxa"}))
    table._tbl.tblPr.append(mar)


def _fixed(table, widths) -> None:
    table.autofit = False
    table._tbl.tblPr.append(_el("w:tblLayout", **{"w:type": "fixed"}))
    grid = table._tbl.tblGrid
    for gc, wdt in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        gc.set(qn("w:w"), str(int(wdt * 1440)))
    for row in table.rows:
        for cell, wdt in zip(row.cells, widths, strict=True):
            cell.width = Inches(wdt)


def _fmt(p, size: float, bold: bool = False, align=None) -> None:
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    if align is not None:
        p.alignment = align
    for r in p.runs:
        r.font.size = Pt(size)
        r.font.bold = bold


def _cell_text(cell, text: str, size: float, bold=False, align=None) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.add_run(line)
        _fmt(p, size, bold, align)


def _hyperlink(cell, text: str, url: str, size: float) -> None:
    p = cell.paragraphs[0]
    r_id = cell.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = _el("w:hyperlink", **{"r:id": r_id})
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rpr.append(_el("w:color", **{"w:val": "0563C1"}))
    rpr.append(_el("w:u", **{"w:val": "single"}))
    rpr.append(_el("w:sz", **{"w:val": str(int(size * 2))}))
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    h.append(r)
    p._p.append(h)
    _fmt(p, size)


def _shade(cell, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(
        _el("w:shd", **{"w:val": "clear", "w:color": "auto", "w:fill": fill})
    )


def _signer_cell(cell, lines: list[tuple[str, bool, bool]], size: float) -> None:
    cell.paragraphs[0].text = ""
    for i, (text, bold, underline) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = p.add_run(text)
        run.font.underline = underline
        _fmt(p, size, bold, WD_ALIGN_PARAGRAPH.CENTER)


def signer_lines(sig, place_date: str | None) -> list[tuple[str, bool, bool]]:
    out = [(place_date, False, False)] if place_date else []
    out += [(x, False, False) for x in sig.lead]
    out += [(x, True, False) for x in sig.jabatan_lines]
    out += [("", False, False)] * 4
    out += [(sig.nama, True, True), (sig.pangkat_line, False, False), (sig.nip_line, False, False)]
    return out


def write_docx(doc: Doc, out: Path) -> Path:  # noqa: C901
    r = doc.render
    size = r["size"]
    d = Document()
    st = d.styles["Normal"]
    st.font.name = r["font"]
    st.element.rPr.rFonts.set(qn("w:eastAsia"), r["font"])
    st.element.rPr.rFonts.set(qn("w:cs"), r["font"])
    st.font.size = Pt(size)
    sec = d.sections[0]
    pw, ph = PAGES[r["page"]]
    if r["landscape"]:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = ph, pw
    else:
        sec.page_width, sec.page_height = pw, ph
    m = r.get("margin", 0.6)
    sec.left_margin = sec.right_margin = Inches(m)
    sec.top_margin = sec.bottom_margin = Inches(m)

    tsize = r.get("title_size", size + 3)
    for line in doc.title_lines:
        p = d.add_paragraph()
        p.add_run(line)
        _fmt(p, tsize, True, WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph()

    hb = d.add_table(rows=2, cols=4)
    for i, (lab, val) in enumerate(zip(doc.pj_label, [doc.pj_nama, doc.hp_printed], strict=True)):
        for j, txt in enumerate([f"{i + 1}", lab, ":", val]):
            _cell_text(hb.rows[i].cells[j], txt, size + 1)
    _fixed(hb, [0.3, 3.6, 0.2, 3.0])
    d.add_paragraph()

    ncol = len(doc.headers)
    t = d.add_table(rows=1, cols=ncol)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    for cell, text in zip(hdr.cells, doc.headers, strict=True):
        _cell_text(cell, text, size, True, WD_ALIGN_PARAGRAPH.CENTER)
        if r.get("header_fill"):
            _shade(cell, r["header_fill"])
    if r.get("repeat_header"):
        hdr._tr.get_or_add_trPr().append(_el("w:tblHeader", **{"w:val": "true"}))
    mon = doc.layout == "monitoring"
    for f in doc.findings:
        row = t.add_row()
        c0 = row.cells[0].merge(row.cells[ncol - 1])
        _cell_text(c0, doc.section_label[f.kode], size, True)
        if r.get("section_fill"):
            _shade(c0, r["section_fill"])
        first = None
        for no, rec in enumerate(f.recs, 1):
            row = t.add_row()
            cells = row.cells
            if first is None:
                first = row
                _cell_text(cells[0], str(f.finding_no), size, align=WD_ALIGN_PARAGRAPH.CENTER)
                _cell_text(
                    cells[1],
                    f.hasil,
                    size,
                    align=WD_ALIGN_PARAGRAPH.JUSTIFY if r.get("justify") else None,
                )
            _cell_text(cells[2], f"{doc.label(no)} {rec.rek}", size)
            _cell_text(cells[3], f"{doc.label(no)} {rec.ra}", size)
            if mon:
                _cell_text(cells[4], rec.target or "", size, align=WD_ALIGN_PARAGRAPH.CENTER)
                _cell_text(
                    cells[5],
                    rec.waktu.text if rec.waktu else "",
                    size,
                    align=WD_ALIGN_PARAGRAPH.CENTER,
                )
                _cell_text(cells[6], rec.pj or "", size)
                _cell_text(cells[7], rec.status.text if rec.status else "", size)
                if rec.link and rec.link.annotated:
                    _hyperlink(cells[8], rec.link.text, rec.link.url, size)
                elif rec.link:
                    _cell_text(cells[8], rec.link.text, size)
        if len(f.recs) > 1:
            last = t.rows[len(t.rows) - 1]
            for j in (0, 1):
                first.cells[j].merge(last.cells[j])
    _fixed(t, r["widths"])
    color = r.get("border_color", "000000")
    sz = r.get("border_sz", 4)
    if r.get("hrules_only"):
        _borders(t, None, "x", None, color, sz)
        tbl_pr = t._tbl.tblPr
        b = tbl_pr.find(qn("w:tblBorders"))
        for side in ("top", "bottom"):
            el = b.find(qn(f"w:{side}"))
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz + 4))
            el.set(qn("w:color"), color)
    else:
        _borders(t, "x", "x", "x", color, sz)
    _cell_margins(t, r.get("cell_margin", 70))

    d.add_paragraph()
    sig = d.add_table(rows=1, cols=2)
    if doc.left_signer:
        _signer_cell(sig.rows[0].cells[0], signer_lines(doc.left_signer, None), size + 1)
    _signer_cell(sig.rows[0].cells[1], signer_lines(doc.signer, doc.sign_place_date), size + 1)
    for cell in sig.rows[0].cells:
        cell._tc.get_or_add_tcPr().append(_el("w:vAlign", **{"w:val": "bottom"}))
    sig.rows[0]._tr.get_or_add_trPr().append(_el("w:cantSplit", **{"w:val": "true"}))
    total = sum(r["widths"])
    _fixed(sig, [total / 2, total / 2])
    out.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(out))
    return out
