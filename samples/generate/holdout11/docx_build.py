"""DOCX builders of 1101, 1104 and 1106 (python-docx; LibreOffice converts to PDF)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell

from .content_a import KOMP_UP
from .model import Doc, Finding, Rec

NUM_ABSTRACT = 90


@dataclass
class Style:
    page: tuple[float, float]  # mm, width x height
    margins: float  # mm
    font: str
    size: float
    widths: list[float]  # mm per column
    head_fill: str
    head_color: str = "000000"
    section_fill: str | None = None
    section_rows: bool = True
    repeat_header: bool = True
    cant_split: bool = False
    auto_numbering: bool = False
    merged_cols: list[int] = field(default_factory=lambda: [0, 1])
    no_text: Callable[[Finding], str] = lambda f: str(f.no)
    bold_first_hasil_line: bool = False
    one_row_per_finding: bool = False
    hasil_align: int | None = WD_ALIGN_PARAGRAPH.JUSTIFY
    title_size: float = 3
    sign_share: float = 0.42


def _font(run, style: Style, size: float | None = None, bold: bool = False) -> None:
    run.font.name = style.font
    run.font.size = Pt(size or style.size)
    run.font.bold = bold
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), style.font)


def _para_fmt(p, align=None) -> None:
    pf = p.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    if align is not None:
        p.alignment = align


def write_cell(
    cell: _Cell,
    lines: list[str],
    style: Style,
    bold: bool = False,
    align=None,
    color: str | None = None,
    bold_first: bool = False,
    num_id: int | None = None,
) -> None:
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        _para_fmt(p, align)
        if num_id is not None:
            ppr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            nid = OxmlElement("w:numId")
            nid.set(qn("w:val"), str(num_id))
            numpr.append(ilvl)
            numpr.append(nid)
            ppr.insert(0, numpr)
        run = p.add_run(line)
        _font(run, style, bold=bold or (bold_first and i == 0))
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


def shade(cell: _Cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _borders(table, val: str = "single", sz: int = 4) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)


def _fixed(table, widths: list[float]) -> None:
    table.autofit = False
    tblpr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    for row in table.rows:
        for cell, wd in zip(row.cells, widths, strict=True):
            cell.width = Mm(wd)
    for col, wd in zip(table.columns, widths, strict=True):
        col.width = Mm(wd)


def _row_flag(row, tag: str) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement(f"w:{tag}")
    trpr.append(el)


def _cell_margins(table, mm: float = 1.2) -> None:
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(mm * 56.7)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def _add_numbering(document, count: int) -> list[int]:
    """`count` decimal lists ('1.' with a hanging indent), each its own abstract list."""
    numbering = document.part.numbering_part.element
    ids = []
    for k in range(count):
        ab = OxmlElement("w:abstractNum")
        ab.set(qn("w:abstractNumId"), str(NUM_ABSTRACT + k))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (
            ("w:start", "1"),
            ("w:numFmt", "decimal"),
            ("w:lvlText", "%1."),
            ("w:lvlJc", "left"),
        ):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), "300")
        ind.set(qn("w:hanging"), "300")
        ppr.append(ind)
        lvl.append(ppr)
        ab.append(lvl)
        numbering.insert(k, ab)
        num_id = 200 + k
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(NUM_ABSTRACT + k))
        num.append(ref)
        numbering.append(num)
        ids.append(num_id)
    return ids


def _page(document, style: Style) -> None:
    sec = document.sections[0]
    w, h = style.page
    if w > h:
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(style.margins))


def _plain_para(
    document,
    text: str,
    style: Style,
    bold: bool = False,
    size=None,
    align=WD_ALIGN_PARAGRAPH.CENTER,
) -> None:
    p = document.add_paragraph()
    _para_fmt(p, align)
    run = p.add_run(text)
    _font(run, style, size=size, bold=bold)


def _kv_table(document, rows: list[tuple[str, str]], style: Style, widths: list[float]) -> None:
    t = document.add_table(rows=len(rows), cols=3)
    _fixed(t, widths)
    for r, (label, value) in zip(t.rows, rows, strict=True):
        write_cell(r.cells[0], [label], style)
        write_cell(r.cells[1], [":"], style)
        write_cell(r.cells[2], [value], style, bold=True)


def rec_cells(doc: Doc, i: int, r: Rec, numbered: bool) -> list[list[str]]:
    m = "" if numbered else f"{i}. "
    cells = [[m + r.rek], [m + r.ra]]
    if doc.layout == "monitoring":
        cells += [
            [r.target or ""],
            [r.waktu[0] if r.waktu else ""],
            [r.pj or ""],
            [r.status[0] if r.status else ""],
            [r.link[1] if r.link else ""],
        ]
    return cells


def build(doc: Doc, style: Style, out: Path) -> None:
    document = Document()
    _page(document, style)
    normal = document.styles["Normal"]
    normal.font.name = style.font
    normal.font.size = Pt(style.size)
    for line in doc.title_lines:
        _plain_para(document, line, style, bold=True, size=style.size + style.title_size)
    _plain_para(document, "", style)
    usable = style.page[0] - 2 * style.margins
    _kv_table(document, doc.pj_rows, style, [74, 4, usable - 78])
    _plain_para(document, "", style)

    ncol = len(doc.headers)
    per = (lambda f: 1) if style.one_row_per_finding else (lambda f: len(f.recs))
    nrows = 1 + sum((1 if style.section_rows else 0) + per(f) for f in doc.findings)
    table = document.add_table(rows=nrows, cols=ncol)
    _borders(table)
    _fixed(table, style.widths)
    _cell_margins(table)
    head = table.rows[0]
    for cell, text in zip(head.cells, doc.headers, strict=True):
        write_cell(
            cell, [text], style, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, color=style.head_color
        )
        shade(cell, style.head_fill)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if style.repeat_header:
        _row_flag(head, "tblHeader")
    if style.cant_split:
        _row_flag(head, "cantSplit")
    num_ids = _add_numbering(document, 2 * len(doc.findings)) if style.auto_numbering else []
    r = 1
    for k, f in enumerate(doc.findings):
        r = _finding(doc, f, k, table, r, style, num_ids)
    _plain_para(document, "", style)
    _signature(document, doc, style, usable)
    document.save(str(out))


def _finding(doc: Doc, f: Finding, k: int, table, r: int, style: Style, num_ids: list[int]) -> int:
    """Write the section row (if any) and the rows of finding f from row r; next row."""
    ncol = len(doc.headers)
    if style.section_rows:
        row = table.rows[r]
        merged = row.cells[0].merge(row.cells[ncol - 1])
        write_cell(merged, [f"{f.kode}. {KOMP_UP[f.kode]}"], style, bold=True)
        if style.section_fill:
            shade(merged, style.section_fill)
        r += 1
    if style.one_row_per_finding:
        row = table.rows[r]
        _row_flag(row, "cantSplit")
        write_cell(row.cells[0], [style.no_text(f)], style, align=WD_ALIGN_PARAGRAPH.CENTER)
        write_cell(row.cells[1], f.hasil, style, align=style.hasil_align)
        write_cell(row.cells[2], [x.rek for x in f.recs], style, num_id=num_ids[2 * k])
        write_cell(row.cells[3], [x.ra for x in f.recs], style, num_id=num_ids[2 * k + 1])
        return r + 1
    first = r
    for i, rec in enumerate(f.recs, 1):
        row = table.rows[r]
        if style.cant_split:
            _row_flag(row, "cantSplit")
        cells = rec_cells(doc, i, rec, style.auto_numbering)
        for c, lines in enumerate(cells, 2):
            if c in style.merged_cols and i > 1:
                continue
            nid = None
            if style.auto_numbering and c in (2, 3):
                nid = num_ids[2 * k + c - 2]
            write_cell(row.cells[c], lines, style, num_id=nid)
        r += 1
    last = r - 1
    for c in style.merged_cols:
        top = table.rows[first].cells[c]
        cell = top.merge(table.rows[last].cells[c]) if last > first else top
        if c == 0:
            write_cell(cell, [style.no_text(f)], style, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif c == 1:
            write_cell(
                cell,
                f.hasil,
                style,
                align=style.hasil_align,
                bold_first=style.bold_first_hasil_line,
            )
        # other merged columns were written in the first row already
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return r


def _signature(document, doc: Doc, style: Style, usable: float) -> None:
    s = doc.signer
    t = document.add_table(rows=1, cols=2)
    _fixed(t, [usable * (1 - style.sign_share), usable * style.sign_share])
    cell = t.rows[0].cells[1]
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
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        _para_fmt(
            p,
            WD_ALIGN_PARAGRAPH.LEFT
            if ":" in line and i < 2 and len(s.lines_above) > 1
            else WD_ALIGN_PARAGRAPH.CENTER,
        )
        run = p.add_run(line)
        _font(run, style, size=style.size + 1, bold=line == s.person.name)
        if line == s.person.name:
            run.font.underline = True
    # keep the block together with the end of the table
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def build1101(doc: Doc, out: Path) -> None:
    style = Style(
        page=(330, 215),
        margins=12,
        font="Arial",
        size=8.5,
        widths=[8, 62, 44, 44, 26, 30, 28, 24, 40],
        hasil_align=WD_ALIGN_PARAGRAPH.LEFT,
        head_fill="1F4E5F",
        head_color="FFFFFF",
        section_fill="DCE6E9",
        merged_cols=[0, 1, 5, 6],
    )
    build(doc, style, out)


def build1104(doc: Doc, out: Path) -> None:
    style = Style(
        page=(210, 297),
        margins=20,
        font="Cambria",
        size=10,
        widths=[9, 61, 50, 50],
        head_fill="D9D9D9",
        section_fill="F2F2F2",
        cant_split=True,
        auto_numbering=True,
        one_row_per_finding=True,
        hasil_align=WD_ALIGN_PARAGRAPH.LEFT,
        title_size=1.5,
        sign_share=0.55,
    )
    build(doc, style, out)


def build1106(doc: Doc, out: Path) -> None:
    style = Style(
        page=(297, 210),
        margins=12,
        font="Verdana",
        size=8.5,
        widths=[9, 55, 40, 40, 22, 22, 28, 27, 30],
        head_fill="E7E6E6",
        hasil_align=WD_ALIGN_PARAGRAPH.LEFT,
        section_rows=False,
        repeat_header=False,
        no_text=lambda f: f.kode,
        bold_first_hasil_line=True,
    )
    build(doc, style, out)


BUILDERS = {1101: build1101, 1104: build1104, 1106: build1106}
