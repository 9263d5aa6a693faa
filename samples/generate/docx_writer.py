"""Word (python-docx) rendering of a spec; LibreOffice Writer turns it into the PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from samples.generate.spec import MARGIN_MM, PAGE_MM, DocSpec, Signature, tables_of
from samples.generate.table import Cell, Grid, build_grid

FIXED_DATE = dt.datetime(2024, 3, 1, 8, 0, 0)


def _setup(doc: DocxDocument, spec: DocSpec) -> None:
    width, height = PAGE_MM[spec.render.page_size]
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(MARGIN_MM))
    normal = doc.styles["Normal"]
    normal.font.name = spec.render.font
    normal.font.size = Pt(spec.render.font_size)
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    props = doc.core_properties
    props.created = props.modified = FIXED_DATE
    props.last_printed = FIXED_DATE
    props.author = props.last_modified_by = ""
    props.title = spec.title_lines[0]
    props.revision = 1
    # LibreOffice only exports a hyperlink as a PDF link annotation when its runs carry a
    # character style (Word's "Hyperlink"); with the default style the link is dropped.
    link_style = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link_style.font.underline = True


def _borders(table: Table, vertical: bool) -> None:
    """Explicit table borders: all rules, or horizontal rules only."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        if side in ("left", "right", "insideV") and not vertical:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _hyperlink(paragraph: Paragraph, url: str, text: str) -> None:
    """A real w:hyperlink with an external relationship."""
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.extend([rpr, t])
    link.append(run)
    paragraph._p.append(link)


def _fill(cell: _Cell, content: Cell, size: float) -> None:
    for i, text in enumerate(content.paragraphs):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if content.center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if content.link is not None:
            _hyperlink(para, content.link, text)
        else:
            run = para.add_run(text)
            run.bold = content.bold
            run.font.size = Pt(size)


def _grid_table(doc: DocxDocument, grid: Grid, spec: DocSpec) -> None:
    page_w, _ = PAGE_MM[spec.render.page_size]
    usable = page_w - 2 * MARGIN_MM
    table = doc.add_table(rows=len(grid.rows), cols=len(grid.columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borders(table, spec.render.vertical_rules)
    widths = [Mm(usable * w) for w in grid.widths]
    for j, width in enumerate(widths):
        table.columns[j].width = width
    for r, (row, kind) in enumerate(zip(grid.rows, grid.kinds, strict=True)):
        for j, content in enumerate(row):
            cell = table.cell(r, j)
            cell.width = widths[j]
            if content is None:
                continue
            header = kind in ("header", "number")
            _fill(cell, content, spec.render.font_size - (1.0 if header else 0.0))
            if kind in ("header", "number"):
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                _shade(cell, "D9D9D9" if kind == "header" else "F2F2F2")
            elif kind == "section":
                _shade(cell, "F2F2F2")
        if kind in ("header", "number") and spec.render.repeat_header:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(flag)
    for r, row in enumerate(grid.rows):
        for j, content in enumerate(row):
            if content is not None and (content.rowspan > 1 or content.colspan > 1):
                end = table.cell(r + content.rowspan - 1, j + content.colspan - 1)
                table.cell(r, j).merge(end)


def _title(doc: DocxDocument, spec: DocSpec) -> None:
    for line in spec.title_lines:
        para = doc.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(spec.render.font_size + 3)
    doc.add_paragraph()
    hb = spec.header
    block = doc.add_table(rows=2, cols=4)
    block.autofit = False
    for j, width in enumerate((8, 75, 4, 100)):
        block.columns[j].width = Mm(width)
    rows = [("1", hb.nama_label, ":", hb.pj_nama), ("2", hb.hp_label, ":", hb.hp.printed)]
    for r, values in enumerate(rows):
        for j, (value, width) in enumerate(zip(values, (8, 75, 4, 100), strict=True)):
            cell = block.cell(r, j)
            cell.width = Mm(width)
            cell.paragraphs[0].add_run(value)
    doc.add_paragraph()


def _signature(doc: DocxDocument, sig: Signature, spec: DocSpec) -> None:
    page_w, _ = PAGE_MM[spec.render.page_size]
    usable = page_w - 2 * MARGIN_MM
    doc.add_paragraph()
    block = doc.add_table(rows=1, cols=2)
    block.autofit = False
    left, right = block.cell(0, 0), block.cell(0, 1)
    left.width, right.width = Mm(usable * 0.6), Mm(usable * 0.4)
    lines = [sig.place_date] if sig.place_date else []
    lines += [sig.jabatan, "", "", "", sig.nama, sig.pangkat_line, sig.nip.printed]
    for i, line in enumerate(lines):
        para = right.paragraphs[0] if i == 0 else right.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(line)
        run.bold = line in (sig.jabatan, sig.nama)
        run.underline = line == sig.nama


def write_docx(spec: DocSpec, path: Path) -> Path:
    """Write ``spec`` as a .docx at ``path``."""
    doc = Document()
    _setup(doc, spec)
    for i, table in enumerate(tables_of(spec)):
        if i:
            doc.add_page_break()
        _title(doc, spec)
        _grid_table(doc, build_grid(spec, table), spec)
        first = i == 0 and len(tables_of(spec)) > 1
        sig = spec.signature_first if first and spec.signature_first else spec.signature
        _signature(doc, sig, spec)
    doc.save(str(path))
    return path
