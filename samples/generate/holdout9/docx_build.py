"""DOCX documents 901, 902 and 905 (python-docx, converted by LibreOffice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from .common import finding_rows, section_label
from .model import Doc, Finding


@dataclass
class Look:
    font: str
    size: float
    paper: tuple[float, float]  # mm, portrait
    landscape: bool
    widths: list[float]  # mm per column
    header_fill: str | None
    repeat_header: bool
    section: str  # 'upper' | 'komponen_colon'


def _font(run, look: Look, size: float | None = None, bold=False, italic=False) -> None:
    run.font.name = look.font
    run.font.size = Pt(size or look.size)
    run.bold = bold
    run.italic = italic
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), look.font)


def _para(container, text: str, look: Look, **kw):
    """Append a paragraph with one run."""
    align = kw.pop("align", None)
    size = kw.pop("size", None)
    space = kw.pop("space", 0)
    kw.pop("new", None)
    p = container.add_paragraph()
    p.paragraph_format.space_after = Pt(space)
    p.paragraph_format.space_before = Pt(0)
    if align is not None:
        p.alignment = align
    run = p.add_run(text)
    _font(run, look, size, **kw)
    return p


def _cell(cell, lines: list[str], look: Look, **kw) -> None:
    first = True
    for line in lines:
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        if "align" in kw:
            p.alignment = kw["align"]
        run = p.add_run(line)
        _font(run, look, kw.get("size"), kw.get("bold", False), kw.get("italic", False))


def _shade(cell, fill: str) -> None:
    tcpr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _repeat(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _no_borders(table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def _widths(table, widths: list[float]) -> None:
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = Mm(w)
        for cell in table.columns[i].cells:
            cell.width = Mm(w)


def _field(paragraph, instr: str, look: Look, size: float) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def _new(look: Look):
    d = Document()
    sec = d.sections[0]
    w, h = look.paper
    if look.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(15))
    sec.top_margin, sec.bottom_margin = Mm(15), Mm(15)
    normal = d.styles["Normal"]
    normal.font.name = look.font
    normal.font.size = Pt(look.size)
    normal.paragraph_format.space_after = Pt(0)
    return d


def _titles(d, doc: Doc, look: Look, size: float) -> None:
    for line in doc.title_lines:
        _para(d, line, look, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=size, new=True)
    _para(d, "", look, new=True)


def _pj(d, doc: Doc, look: Look, label_mm: float) -> None:
    t = d.add_table(rows=len(doc.pj_rows), cols=3)
    _no_borders(t)
    for i, (label, value) in enumerate(doc.pj_rows):
        _cell(t.cell(i, 0), [label], look)
        _cell(t.cell(i, 1), [":"], look)
        _cell(t.cell(i, 2), [value], look, bold=i == 0)
    _widths(t, [label_mm, 4, 120])
    _para(d, "", look, new=True)


def _section_text(look: Look, f: Finding) -> str:
    if look.section == "komponen_colon":
        return f"Komponen: {f.komponen}"
    return section_label(f.kode, f.komponen)


def _hasil(cell, f: Finding, look: Look) -> None:
    _cell(cell, f.hasil, look)
    if f.hasil_table:
        nested = cell.add_table(rows=len(f.hasil_table), cols=3)
        nested.style = "Table Grid"
        nested.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r, row in enumerate(f.hasil_table):
            for c, text in enumerate(row):
                align = WD_ALIGN_PARAGRAPH.LEFT if c == 0 else WD_ALIGN_PARAGRAPH.CENTER
                cell_look = nested.cell(r, c)
                _cell(cell_look, [text], look, bold=r in (0, 4), align=align, size=look.size - 1)
        _widths(nested, [29, 15, 20])
        after = cell.paragraphs[-1]
        run = after.add_run(f.hasil_after[0])
        _font(run, look)
        for line in f.hasil_after[1:]:
            _cell_append(cell, line, look)
    else:
        for line in f.hasil_after:
            _cell_append(cell, line, look)


def _cell_append(cell, line: str, look: Look) -> None:
    p = cell.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    _font(p.add_run(line), look)


def _body(table, doc: Doc, look: Look) -> None:
    ncol = len(look.widths)
    seen: set[str] = set()
    for f in doc.findings:
        if f.kode not in seen:
            seen.add(f.kode)
            row = table.add_row()
            merged = row.cells[0].merge(row.cells[ncol - 1])
            italic = look.section == "komponen_colon"
            _cell(merged, [_section_text(look, f)], look, bold=True, italic=italic)
            if look.header_fill:
                _shade(merged, "F2F2F2")
        rows = finding_rows(doc, f)
        start = len(table.rows)
        for cells in rows:
            row = table.add_row()
            for c, text in enumerate(cells):
                _cell(row.cells[c + 2], text.split("\n") if text else [""], look)
        no_cell = table.cell(start, 0).merge(table.cell(start + len(rows) - 1, 0))
        hasil_cell = table.cell(start, 1).merge(table.cell(start + len(rows) - 1, 1))
        _cell(no_cell, [str(f.no)], look, align=WD_ALIGN_PARAGRAPH.CENTER)
        _hasil(hasil_cell, f, look)


def _signature(d, doc: Doc, look: Look, left: list[str]) -> None:
    s = doc.signer
    right = [s.place_date or "", *s.jabatan_lines, "", "", "", s.person.name, s.pangkat_line]
    right.append(s.nip_line)
    if left:
        left = ["", *left]
    t = d.add_table(rows=1, cols=3)
    _no_borders(t)
    _cell(t.cell(0, 0), left or [""], look, align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell(t.cell(0, 2), right, look, align=WD_ALIGN_PARAGRAPH.CENTER)
    for cell in (t.cell(0, 0), t.cell(0, 2)):
        blanks = 0
        for p in cell.paragraphs:
            if not p.text:
                blanks += 1
                continue
            if blanks >= 2:
                for r in p.runs:
                    r.bold = True
                    r.underline = True
            blanks = 0
    page_w = (look.paper[1] if look.landscape else look.paper[0]) - 30
    _widths(t, [page_w * 0.44, page_w * 0.08, page_w * 0.48])


# ---------------------------------------------------------------------------------------

GROUPS_901 = [
    (0, 0, "NO"),
    (1, 2, "HASIL EVALUASI INSPEKTORAT"),
    (3, 6, "TINDAK LANJUT"),
    (7, 8, "MONITORING"),
]
SUBS_901 = [
    "URAIAN",
    "REKOMENDASI",
    "RENCANA AKSI",
    "TARGET / OUTPUT",
    "WAKTU",
    "PENANGGUNG JAWAB",
    "STATUS",
    "LINK BUKTI",
]
HEADS_902 = ["NO", "HASIL EVALUASI *)", "REKOMENDASI", "RENCANA AKSI TINDAK LANJUT"]
HEADS_905 = [
    "No",
    "Hasil Evaluasi",
    "Rekomendasi",
    "Rencana Aksi",
    "Target",
    "Waktu",
    "Penanggung Jawab",
    "Status/Progres",
    "Link Dokumen",
]


def build901(doc: Doc, out: Path) -> None:
    look = Look(
        "Trebuchet MS",
        8,
        (215.9, 355.6),
        True,
        [9, 73, 56, 52, 28, 24, 30, 27, 26],
        "DCE6F1",
        True,
        "upper",
    )
    d = _new(look)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = hp.add_run(doc.page_header or "")
    _font(run, look, 7, italic=True)
    run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(fp.add_run("Halaman "), look, 7)
    _field(fp, "PAGE", look, 7)
    _font(fp.add_run(" dari "), look, 7)
    _field(fp, "NUMPAGES", look, 7)
    _titles(d, doc, look, 11)
    _pj(d, doc, look, 52)
    table = d.add_table(rows=2, cols=9)
    table.style = "Table Grid"
    groups = GROUPS_901
    subs = SUBS_901
    h0, h1 = table.rows
    for a, b, text in groups:
        cell = h0.cells[a].merge(h0.cells[b]) if a != b else h0.cells[a]
        if a == 0:
            cell = cell.merge(h1.cells[0])
        _cell(cell, [text], look, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, text in enumerate(subs, 1):
        _cell(h1.cells[i], [text], look, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row in (h0, h1):
        _repeat(row)
        for cell in row.cells:
            _shade(cell, look.header_fill or "FFFFFF")
    _body(table, doc, look)
    _widths(table, look.widths)
    _para(d, "", look, new=True)
    _signature(d, doc, look, [])
    d.save(str(out))


def build902(doc: Doc, out: Path) -> None:
    look = Look("Georgia", 10, (210, 297), False, [12, 71, 49, 48], "E7E6E6", True, "upper")
    d = _new(look)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Mm(15), Mm(15)
    _titles(d, doc, look, 11)
    _pj(d, doc, look, 62)
    p = _para(d, doc.intro or "", look, new=True, space=6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    heads = HEADS_902
    for i, text in enumerate(heads):
        _cell(table.rows[0].cells[i], [text], look, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(table.rows[0].cells[i], look.header_fill or "FFFFFF")
    _repeat(table.rows[0])
    _body(table, doc, look)
    _widths(table, look.widths)
    for note in doc.footnotes:
        _para(d, note, look, new=True, size=7.5, italic=True)
    _para(d, "", look, new=True)
    _signature(d, doc, look, doc.left_block)
    d.save(str(out))


def build905(doc: Doc, out: Path) -> None:
    look = Look(
        "Candara",
        8.5,
        (210, 297),
        True,
        [10, 54, 38, 40, 21, 19, 28, 30, 27],
        "FDE9D9",
        False,
        "komponen_colon",
    )
    d = _new(look)
    _titles(d, doc, look, 12)
    _pj(d, doc, look, 60)
    table = d.add_table(rows=1, cols=9)
    table.style = "Table Grid"
    heads = HEADS_905
    for i, text in enumerate(heads):
        _cell(table.rows[0].cells[i], [text], look, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        _shade(table.rows[0].cells[i], look.header_fill or "FFFFFF")
    _body(table, doc, look)
    _widths(table, look.widths)
    _para(d, "", look, new=True)
    _signature(d, doc, look, [])
    d.save(str(out))


BUILDERS = {901: build901, 902: build902, 905: build905}
EXTRA = {
    901: [g[2] for g in GROUPS_901] + SUBS_901,
    902: HEADS_902,
    905: HEADS_905
    + [
        f"Komponen: {k}"
        for k in (
            "Perencanaan Kinerja",
            "Pengukuran Kinerja",
            "Pelaporan Kinerja",
            "Evaluasi Akuntabilitas Kinerja Internal",
        )
    ],
}
