"""reportlab writer of holdout8 (platypus tables, embedded Type 1 fonts)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from samples.generate.holdout8.model import Doc
from samples.generate.holdout8.rows import MERGED, blocks

AFM = "/usr/share/fonts/type1/urw-base35/"
PFB = "/usr/share/fonts/X11/Type1/"
FONTS = {
    "803": ("URWGothic-Book", "URWGothic-Demi"),
    "808": ("P052-Roman", "P052-Bold"),
}
GRID_COLOR = {"803": colors.HexColor("#2F3E4E"), "808": colors.black}
SECTION_FILL = {"803": colors.HexColor("#E8EEF4"), "808": colors.HexColor("#D9D9D9")}
HEADER_FILL = {"803": colors.HexColor("#C9D6E3"), "808": colors.HexColor("#EFEFEF")}


def _register(face: str) -> str:
    if face not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerTypeFace(
            pdfmetrics.EmbeddedType1Face(AFM + face + ".afm", PFB + face + ".pfb")
        )
        pdfmetrics.registerFont(pdfmetrics.Font(face, face, "WinAnsiEncoding"))
    return face


class Styles:
    def __init__(self, doc: Doc):
        reg, bold = (_register(f) for f in FONTS[doc.code])
        size = doc.opts["size"]
        lead = size * 1.22
        self.cell = ParagraphStyle("c", fontName=reg, fontSize=size, leading=lead)
        self.center = ParagraphStyle("cc", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle("h", parent=self.center, fontName=bold)
        self.bold = ParagraphStyle("b", parent=self.cell, fontName=bold)
        self.title = ParagraphStyle(
            "t", fontName=bold, fontSize=11, leading=14, alignment=TA_CENTER
        )
        self.link = ParagraphStyle("l", parent=self.cell, textColor=colors.HexColor("#1155CC"))
        self.sig = ParagraphStyle(
            "s", parent=self.center, fontSize=size + 1.5, leading=(size + 1.5) * 1.3
        )


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _link_cell(st: Styles, text: str, url: str | None):
    if not url:
        return ""
    return Paragraph(f'<a href="{escape(url)}"><u>{escape(text)}</u></a>', st.link)


def _rec_url(b, i: int) -> str | None:
    recs = b.finding.recs
    return recs[i].url if i < len(recs) else None


def _table(doc: Doc, st: Styles, width: float) -> Table:
    cols = doc.opts["cols"]
    keys = [c[0] for c in cols]
    total = sum(c[2] for c in cols)
    widths = [width * c[2] / total for c in cols]
    data = [[_p(label, st.head) for _, label, _w in cols]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, GRID_COLOR[doc.code]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL[doc.code]),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for sec, bl in blocks(doc):
        data.append([_p(sec[0], st.bold)] + [""] * (len(cols) - 1))
        r = len(data) - 1
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), SECTION_FILL[doc.code]),
        ]
        for b in bl:
            first = len(data)
            for i, row in enumerate(b.rows):
                cells = []
                for key in keys:
                    if key in MERGED:
                        text = row[key] if i == 0 else ""
                        cells.append(_p(text, st.center if key == "no" else st.cell))
                    elif key == "link":
                        cells.append(_link_cell(st, row["link"], _rec_url(b, i)))
                    else:
                        cells.append(_p(row.get(key, ""), st.cell))
                data.append(cells)
            last = len(data) - 1
            for key in MERGED:
                if key in keys and last > first:
                    c = keys.index(key)
                    style.append(("SPAN", (c, first), (c, last)))
    repeat = 1 if doc.opts["header_repeat"] else 0
    t = Table(data, colWidths=widths, repeatRows=repeat, splitInRow=1)
    t.setStyle(TableStyle(style))
    return t


def _pj_table(doc: Doc, st: Styles) -> Table:
    rows = [
        [_p(label, st.cell), _p(":", st.cell), _p(value, st.cell)] for label, value in doc.pj_rows
    ]
    t = Table(rows, colWidths=[56 * mm, 5 * mm, 62 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _signature(doc: Doc, st: Styles, width: float, pj_left: bool) -> Table:
    lines = ([doc.place_date] if doc.place_date else []) + doc.jabatan_lines
    body = [_p(line, st.sig) for line in lines] + [Spacer(1, 42)]
    name = Paragraph(
        f"<u>{escape(doc.signer.nama)}</u>",
        ParagraphStyle("n", parent=st.sig, fontName=st.bold.fontName),
    )
    body += [name, _p(doc.signer.pangkat_line, st.sig), _p(doc.signer.nip_line, st.sig)]
    left = _pj_table(doc, st) if pj_left else ""
    t = Table([[left, body]], colWidths=[width * 0.55, width * 0.45])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def write_rl(doc: Doc, path: Path) -> None:
    st = Styles(doc)
    if doc.code == "803":
        size, margin = landscape(letter), 12 * mm
    else:
        size, margin = A4, 15 * mm
    width = size[0] - 2 * margin
    pj_left = doc.code == "808"
    story = [_p(line, st.title) for line in doc.title] + [Spacer(1, 8)]
    if not pj_left:
        story += [_pj_table(doc, st), Spacer(1, 6)]
    story += [_table(doc, st, width), Spacer(1, 14), _signature(doc, st, width, pj_left)]
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=" ".join(doc.title[:2]),
        author=doc.unit_kerja,
    )
    pdf.build(story)
