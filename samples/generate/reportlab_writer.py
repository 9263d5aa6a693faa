"""reportlab (platypus) rendering of a spec, straight to PDF.

Paragraph cells wrap the text, SPAN merges cells, ``repeatRows`` repeats the header and
``splitInRow`` lets a tall row break across pages. Link cells carry a ``<link>`` annotation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from samples.generate.spec import MARGIN_MM, PAGE_MM, DocSpec, Signature, tables_of
from samples.generate.table import Cell, Grid, build_grid

FONTS = {"Arial": ("Helvetica", "Helvetica-Bold"), "Times New Roman": ("Times-Roman", "Times-Bold")}
GREY = colors.HexColor("#D9D9D9")
LIGHT = colors.HexColor("#F2F2F2")


class _Styles:
    def __init__(self, font: str, size: float) -> None:
        regular, bold = FONTS.get(font, FONTS["Arial"])
        lead = size * 1.2
        self.body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=lead)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=bold)
        self.head = ParagraphStyle(
            "head", parent=self.center, fontName=bold, fontSize=size - 0.5, leading=lead - 0.5
        )
        self.title = ParagraphStyle(
            "title", parent=self.center, fontName=bold, fontSize=size + 3, leading=size + 6
        )
        self.left = ParagraphStyle("left", parent=self.body, alignment=TA_LEFT)


def _paragraphs(content: Cell, st: _Styles, header: bool) -> list[Flowable]:
    if header:
        style = st.head
    elif content.bold:
        style = st.bold
    else:
        style = st.center if content.center else st.body
    out: list[Flowable] = []
    for text in content.paragraphs:
        markup = escape(text)
        if content.link is not None:
            markup = f'<link href="{escape(content.link)}" color="blue"><u>{markup}</u></link>'
        out.append(Paragraph(markup, style))
    return out


def _cell_style(spec: DocSpec, header_rows: int) -> list[tuple[Any, ...]]:
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if spec.render.vertical_rules:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif header_rows:
        cmds += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 1.0, colors.black),
            ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, colors.black),
        ]
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.black))
    return cmds


def _recs_table(rows: list[list[Any]], widths: list[float], spec: DocSpec) -> Table:
    """The recommendation rows of one finding, as a table nested in the finding's row.

    A finding's NO and HASIL EVALUASI cells span its recommendation rows. reportlab loses
    the text of a row-spanning cell when it splits one of the span's later rows across a
    page, so the span is drawn as one outer row whose last cell holds the rows (the outer
    table draws the column rules down to the row's bottom, as if the last row grew)."""
    table = Table(rows, colWidths=widths, splitByRow=0, splitInRow=1)
    cmds = _cell_style(spec, 0)
    if spec.render.vertical_rules:
        cmds[-1] = ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black)
    table.setStyle(TableStyle(cmds))
    return table


def _grid_table(grid: Grid, spec: DocSpec, st: _Styles, width: float) -> Table:
    widths = [width * w for w in grid.widths]
    cells = [
        [_paragraphs(c, st, kind in ("header", "number")) if c is not None else "" for c in row]
        for row, kind in zip(grid.rows, grid.kinds, strict=True)
    ]
    data: list[list[Any]] = cells[: grid.n_header]
    cmds = _cell_style(spec, grid.n_header)
    for r in range(grid.n_header):
        if grid.kinds[r] == "header":
            cmds += [("BACKGROUND", (0, r), (-1, r), GREY), ("VALIGN", (0, r), (-1, r), "MIDDLE")]
    for start, end in grid.groups():
        r = len(data)
        if grid.kinds[start] == "section":
            data.append(cells[start])
            cmds += [("SPAN", (1, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT)]
        elif end - start == 1:
            data.append(cells[start])
        else:
            nested = _recs_table([row[2:] for row in cells[start:end]], widths[2:], spec)
            data.append([cells[start][0], cells[start][1], nested] + [""] * (len(widths) - 3))
            if spec.render.vertical_rules:
                cmds.append(("LINEBEFORE", (3, r), (-1, r), 0.5, colors.black))
            cmds += [
                ("SPAN", (2, r), (-1, r)),
                *((side, (2, r), (2, r), 0) for side in ("LEFTPADDING", "RIGHTPADDING")),
                *((side, (2, r), (2, r), 0) for side in ("TOPPADDING", "BOTTOMPADDING")),
            ]
    return LongTable(
        data,
        colWidths=widths,
        repeatRows=grid.n_header if spec.render.repeat_header else 0,
        splitByRow=0,  # try splitting inside the row first, as Word does
        splitInRow=1,
        style=TableStyle(cmds),
    )


def _head(spec: DocSpec, st: _Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(escape(line), st.title) for line in spec.title_lines]
    out.append(Spacer(1, 4 * mm))
    hb = spec.header
    rows = [
        ["1", Paragraph(escape(hb.nama_label), st.left), ":", hb.pj_nama],
        ["2", Paragraph(escape(hb.hp_label), st.left), ":", hb.hp.printed],
    ]
    block = Table(rows, colWidths=[8 * mm, 70 * mm, 4 * mm, 100 * mm], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.body.fontName, st.body.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out += [block, Spacer(1, 4 * mm)]
    return out


def _signature(sig: Signature, st: _Styles, width: float) -> Flowable:
    lines = [sig.place_date] if sig.place_date else []
    lines += [f"<b>{escape(sig.jabatan)}</b>", "", "", ""]
    lines += [
        f"<b><u>{escape(sig.nama)}</u></b>",
        escape(sig.pangkat_line),
        escape(sig.nip.printed),
    ]
    cells = [[Paragraph(line, st.center) if line else Spacer(1, st.body.leading)] for line in lines]
    block = Table(cells, colWidths=[width * 0.35], hAlign="RIGHT")
    block.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 6 * mm), block])


def write_reportlab(spec: DocSpec, path: Path) -> Path:
    """Render ``spec`` straight to a PDF at ``path``."""
    page_w, page_h = PAGE_MM[spec.render.page_size]
    doc = SimpleDocTemplate(
        str(path),
        pagesize=(page_w * mm, page_h * mm),
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=MARGIN_MM * mm,
        bottomMargin=MARGIN_MM * mm,
        title=spec.title_lines[0],
        author="",
        creator="",
        invariant=1,
    )
    st = _Styles(spec.render.font, spec.render.font_size)
    width = doc.width
    story: list[Flowable] = []
    tables = tables_of(spec)
    for i, table in enumerate(tables):
        if i:
            story.append(PageBreak())
        story += _head(spec, st)
        story.append(_grid_table(build_grid(spec, table), spec, st, width))
        first = i == 0 and len(tables) > 1
        sig = spec.signature_first if first and spec.signature_first else spec.signature
        story.append(_signature(sig, st, width))
    doc.build(story)
    return path
