"""reportlab PDFs of the seventh held-out set (kop surat, link annotations, embedded TTF)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    HRFlowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from samples.generate.holdout7.model import Doc
from samples.generate.holdout7.rows import colnums, sections

TTF = "/usr/share/fonts/truetype"
FONTS = {
    "LiberationSans": f"{TTF}/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": f"{TTF}/liberation/LiberationSans-Bold.ttf",
    "DejaVuSerif": f"{TTF}/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-Bold": f"{TTF}/dejavu/DejaVuSerif-Bold.ttf",
}

LEGAL_LANDSCAPE = (14 * 72, 8.5 * 72)

RENDER = {
    "703_reportlab_rsudkolabundjani_2025": {
        "page": LEGAL_LANDSCAPE,
        "font": "LiberationSans",
        "size": 7,
        "widths": {"monitoring": [7, 70, 40, 38, 22, 24, 26, 30, 22]},
        "grid": colors.black,
        "header_fill": colors.HexColor("#BDD7EE"),
    },
    "707_reportlab_bagorgkupang_2022": {
        "page": A4,
        "font": "DejaVuSerif",
        "size": 9.5,
        "widths": {"rencana_aksi": [7, 62, 24, 40, 40]},
        "grid": colors.HexColor("#404040"),
        "header_fill": colors.HexColor("#E7E6E6"),
    },
}


def _fonts() -> None:
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _table(doc: Doc, layout: str, cfg: dict, widths: list[float], styles: dict) -> Table:
    body, mid, head, secst = styles["body"], styles["mid"], styles["head"], styles["sec"]
    headers = doc.headers[layout]
    ncol = len(headers)
    data: list[list] = [[_p(h, head) for h in headers]]
    st: list = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), cfg["header_fill"]),
        ("GRID", (0, 0), (-1, -1), 0.6, cfg["grid"]),
    ]
    repeat = 1
    if doc.colnum_row:
        data.append([_p(t, styles["small"]) for t in colnums(ncol)])
        st.append(("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F2F2F2")))
        repeat = 2
    for s in sections(doc, layout):
        data.append([_p(s.label, secst)] + [""] * (ncol - 1))
        n = len(data) - 1
        st += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n), colors.whitesmoke)]
        for b in s.blocks:
            lead = b.lead
            nl = len(lead)
            for k, row in enumerate(b.rows):
                cells: list = [
                    (_p(t, mid if j != 1 else body) if k == 0 else "") for j, t in enumerate(lead)
                ]
                cells += [_p(row.rek, body), _p(row.ra, body)]
                for j, t in enumerate(row.extra):
                    link = row.rec.link
                    if j == 4 and link and link.annotated:
                        href = escape(link.url, {'"': "&quot;"})
                        cells.append(
                            Paragraph(f'<a href="{href}" color="blue">{escape(t)}</a>', body)
                        )
                    else:
                        cells.append(_p(t, mid if j in (0, 1) else body))
                data.append(cells)
            n = len(data) - 1
            if len(b.rows) > 1:
                first = n - len(b.rows) + 1
                st += [("SPAN", (j, first), (j, n)) for j in range(nl)]
    return Table(data, colWidths=widths, repeatRows=repeat, splitInRow=1, style=TableStyle(st))


def _kop(doc: Doc, size: float, font: str, width: float) -> list:
    out: list = []
    for i, line in enumerate(doc.kop):
        big = size + (5 if i == 0 else 4 if i == 1 else 0.5)
        style = ParagraphStyle(
            f"k{i}",
            fontName=f"{font}-Bold" if i < 2 else font,
            fontSize=big,
            leading=big * 1.25,
            alignment=TA_CENTER,
        )
        out.append(_p(line, style))
    if out:
        out.append(HRFlowable(width=width, thickness=2, color=colors.black, spaceBefore=3))
        out.append(HRFlowable(width=width, thickness=0.6, color=colors.black, spaceBefore=1.2))
        out.append(Spacer(1, 8))
    return out


def write_reportlab(doc: Doc, out_pdf: Path) -> Path:
    _fonts()
    cfg = RENDER[doc.name]
    font, size = cfg["font"], cfg["size"]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.22)
    mid = ParagraphStyle("m", parent=body, alignment=TA_CENTER)
    head = ParagraphStyle(
        "h", parent=mid, fontName=f"{font}-Bold", fontSize=size - 0.5, leading=size * 1.15
    )
    styles = {
        "body": body,
        "mid": mid,
        "head": head,
        "small": ParagraphStyle("sm", parent=mid, fontSize=size - 1, leading=(size - 1) * 1.2),
        "sec": ParagraphStyle("s", parent=body, fontName=f"{font}-Bold"),
    }
    title = ParagraphStyle("t", parent=head, fontSize=size + 2.5, leading=(size + 2.5) * 1.25)
    page = cfg["page"]
    margin = 12 * mm
    avail = page[0] - 2 * margin
    story: list = []
    for k, layout in enumerate(doc.tables):
        if k:
            story.append(PageBreak())
        story += _kop(doc, size, font, avail)
        story += [_p(t, title) for t in doc.title_lines[k]]
        story.append(Spacer(1, 6))
        pj = [
            [_p(str(i), body), _p(lab, body), _p(":", body), _p(val, body)]
            for i, (lab, val) in enumerate(doc.pj_rows, 1)
        ]
        pjs = [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
        story.append(
            Table(pj, colWidths=[6 * mm, 66 * mm, 4 * mm, 80 * mm], hAlign="LEFT", style=pjs)
        )
        story.append(Spacer(1, 6))
        raw = cfg["widths"][layout]
        widths = [w * avail / sum(raw) for w in raw]
        story.append(_table(doc, layout, cfg, widths, styles))
        story.append(Spacer(1, 10))
        sp = ParagraphStyle("sig", parent=mid, fontSize=size + 0.5, leading=(size + 0.5) * 1.3)
        right = [_p(x or "\u00a0", sp) for x in doc.signature.lines()]
        left = [_p(x or "\u00a0", sp) for x in doc.mengetahui.lines()] if doc.mengetahui else ""
        story.append(Table([[left, "", right]], colWidths=[85 * mm, avail - 170 * mm, 85 * mm]))
    tpl = SimpleDocTemplate(
        str(out_pdf),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        invariant=1,
        title=doc.title_lines[0][0],
        author="",
        creator="",
        producer="ReportLab",
    )
    tpl.build(story)
    return out_pdf
