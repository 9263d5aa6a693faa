"""reportlab writer (the PDF is made directly, fonts embedded)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from samples.generate.holdout2.model import Doc, GCell, Grid, Line, RowKind, build_grid, page_mm

FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "DejaVu Serif Condensed": (
        "dejavu/DejaVuSerifCondensed.ttf",
        "dejavu/DejaVuSerifCondensed-Bold.ttf",
    ),
    "Liberation Sans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
    ),
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
}
PAD = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def font(name: str, bold: bool = False) -> str:
    regular, bold_file = FONTS[name]
    key = f"H2-{name.replace(' ', '')}{'-Bold' if bold else ''}"
    if key not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / (bold_file if bold else regular))))
    return key


class _Styles:
    def __init__(self, doc: Doc) -> None:
        st = doc.style
        regular, bold = font(st.font), font(st.font, True)
        for b, i in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(regular, b, i, bold if b else regular)
        size = st.size
        self.body = ParagraphStyle("b", fontName=regular, fontSize=size, leading=size * 1.25)
        self.bold = ParagraphStyle("bb", parent=self.body, fontName=bold)
        self.center = ParagraphStyle("c", parent=self.body, alignment=TA_CENTER)
        self.bold_center = ParagraphStyle("bc", parent=self.bold, alignment=TA_CENTER)
        title_size = size + st.title_size
        self.title = ParagraphStyle(
            "t", parent=self.bold_center, fontSize=title_size, leading=title_size * 1.3
        )

    def pick(self, content: GCell, kind: RowKind) -> ParagraphStyle:
        if content.bold or kind in ("header", "number"):
            return self.bold_center if content.center else self.bold
        return self.center if content.center else self.body


def _paras(content: GCell, kind: RowKind, sty: _Styles) -> list[Any]:
    style = sty.pick(content, kind)
    out = []
    for text, url in content.paras:
        markup = escape(text)
        if url is not None:
            markup = f'<link href="{escape(url)}" color="blue"><u>{markup}</u></link>'
        out.append(Paragraph(markup, style))
    return out


def _nested(cells: list[list[Any]], widths: list[float], color: Any) -> Table:
    """The recommendation rows of one finding, nested in the finding's row: reportlab loses
    a row-spanning cell's text when it splits a later row of the span across pages."""
    nested = Table([c[2:] for c in cells], colWidths=widths[2:], splitByRow=0, splitInRow=1)
    nested.setStyle(TableStyle([*PAD, ("INNERGRID", (0, 0), (-1, -1), 0.5, color)]))
    return nested


def _table(doc: Doc, grid: Grid, sty: _Styles, width: float) -> LongTable:
    st = doc.style
    color = colors.HexColor(f"#{st.border}")
    widths = [width * w for w in grid.widths]
    cells = [
        [_paras(c, kind, sty) if c is not None else "" for c in row]
        for row, kind in zip(grid.rows, grid.kinds, strict=True)
    ]
    cmds: list[Any] = [*PAD, ("GRID", (0, 0), (-1, -1), 0.5, color)]
    cmds.append(("BOX", (0, 0), (-1, -1), 1.0, color))
    for r in range(grid.n_header):
        if grid.kinds[r] == "header" and st.header_fill:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(f"#{st.header_fill}")))
        cmds.append(("VALIGN", (0, r), (-1, r), "MIDDLE"))
    data: list[list[Any]] = cells[: grid.n_header]
    for start, end in grid.groups:
        r = len(data)
        first = grid.rows[start][0]
        if grid.kinds[start] == "section":
            data.append(cells[start])
            spanning = first is not None and first.colspan > 1
            cmds.append(("SPAN", (0 if spanning else 1, r), (-1, r)))
        elif end - start == 1:
            data.append(cells[start])
        else:
            nested = _nested(cells[start:end], widths, color)
            data.append([cells[start][0], cells[start][1], nested] + [""] * (len(widths) - 3))
            cmds += [("SPAN", (2, r), (-1, r))]
            cmds += [(side, (2, r), (2, r), 0) for side in ("LEFTPADDING", "RIGHTPADDING")]
            cmds += [(side, (2, r), (2, r), 0) for side in ("TOPPADDING", "BOTTOMPADDING")]
    return LongTable(
        data,
        colWidths=widths,
        repeatRows=grid.n_header if st.repeat_header else 0,
        splitByRow=0,
        splitInRow=1,
        style=TableStyle(cmds),
    )


def _head(doc: Doc, sty: _Styles) -> list[Any]:
    out: list[Any] = [Paragraph(escape(t), sty.title) for t in doc.title_lines]
    out.append(Spacer(1, 4 * mm))
    pj = doc.pj
    if pj.form == "table3":
        rows = ([pj.head] if pj.head else []) + list(pj.rows)
        data = []
        for r, row in enumerate(rows):
            head = pj.head is not None and r == 0
            style = sty.bold_center if head else sty.body
            data.append([Paragraph(escape(row[0]), sty.bold_center if head else sty.center)])
            data[-1] += [Paragraph(escape(t), style) for t in row[1:]]
        block = Table(data, colWidths=[12 * mm, 78 * mm, 78 * mm], hAlign="LEFT")
        color = colors.HexColor(f"#{doc.style.border}")
        block.setStyle(TableStyle([*PAD, ("GRID", (0, 0), (-1, -1), 0.5, color)]))
    else:
        data = [
            [mark, Paragraph(escape(label), sty.body), ":", Paragraph(escape(value), sty.body)]
            for mark, label, value in pj.rows
        ]
        block = Table(data, colWidths=[8 * mm, 66 * mm, 4 * mm, 90 * mm], hAlign="LEFT")
        block.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), sty.body.fontName, sty.body.fontSize),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
    return [*out, block, Spacer(1, 4 * mm)]


def _sig_flow(lines: tuple[Line, ...], sty: _Styles) -> list[Any]:
    out: list[Any] = []
    for text, bold, underline in lines:
        markup = escape(text) if text else "&nbsp;"
        markup = f"<u>{markup}</u>" if underline else markup
        markup = f"<b>{markup}</b>" if bold else markup
        out.append(Paragraph(markup, sty.center))
    return out


def _signature(doc: Doc, sty: _Styles, width: float) -> Any:
    right, left = doc.sig.right, doc.sig.left or ()
    blank: Line = ("", False, False)
    pad = len(right) - len(left)
    right = (blank,) * max(-pad, 0) + right
    cells = [
        _sig_flow((blank,) * max(pad, 0) + left, sty) if left else "",
        "",
        _sig_flow(right, sty),
    ]
    sig = Table([cells], colWidths=[width * 0.38, width * 0.24, width * 0.38])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), sig])


def write_reportlab(doc: Doc, path: Path) -> Path:
    st = doc.style
    w_mm, h_mm = page_mm(st)
    margin = st.margin_mm * mm
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=(w_mm * mm, h_mm * mm),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=doc.title_lines[0],
        author="",
        creator="",
        invariant=1,
    )
    sty = _Styles(doc)
    story = _head(doc, sty)
    story.append(_table(doc, build_grid(doc), sty, pdf.width))
    story.append(_signature(doc, sty, pdf.width))
    pdf.build(story)
    return path
