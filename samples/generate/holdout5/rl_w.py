"""reportlab PDFs of the fifth held-out set (link annotations, embedded TTF fonts)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LEGAL, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from samples.generate.holdout5.model import Doc
from samples.generate.holdout5.rows import sections, signature_lines

TTF = "/usr/share/fonts/truetype"
FONTS = {
    "DejaVuSerifCondensed": f"{TTF}/dejavu/DejaVuSerifCondensed.ttf",
    "DejaVuSerifCondensed-Bold": f"{TTF}/dejavu/DejaVuSerifCondensed-Bold.ttf",
    "LiberationSansNarrow": f"{TTF}/liberation/LiberationSansNarrow-Regular.ttf",
    "LiberationSansNarrow-Bold": f"{TTF}/liberation/LiberationSansNarrow-Bold.ttf",
}
F4 = (8.5 * inch, 13 * inch)

RENDER = {
    "503_reportlab_lubukbasung_2025": {
        "page": LEGAL,
        "font": "DejaVuSerifCondensed",
        "size": 10,
        "widths": [7, 76, 44, 44],
        "grid": colors.black,
        "grid_w": 0.6,
        "repeat": 0,
        "header_fill": colors.HexColor("#D9D9D9"),
    },
    "506_reportlab_disparpora_bukittinggi_2024": {
        "page": landscape(F4),
        "font": "LiberationSansNarrow",
        "size": 9.5,
        "widths": [7, 64, 40, 38, 20, 24, 24, 26, 33],
        "grid": colors.HexColor("#404040"),
        "grid_w": 0.5,
        "repeat": 0,
        "header_fill": colors.HexColor("#BDD7EE"),
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
        ("GRID", (0, 0), (-1, -1), cfg["grid_w"], cfg["grid"]),
    ]
    for s in sections(doc, layout):
        data.append([_p(s.label, secst)] + [""] * (ncol - 1))
        n = len(data) - 1
        st.append(("SPAN", (0, n), (-1, n)))
        for b in s.blocks:
            for k, row in enumerate(b.rows):
                cells: list = [_p(b.no, mid) if k == 0 else "", _p(b.hasil, body) if k == 0 else ""]
                cells += [_p(row.rek, body), _p(row.ra, body)]
                for j, t in enumerate(row.extra):
                    link = row.rec.link
                    if j == 4 and link and link.annotated:
                        href = escape(link.url, {'"': "&quot;"})
                        cells.append(
                            Paragraph(f'<a href="{href}" color="blue">{escape(t)}</a>', body)
                        )
                    else:
                        cells.append(_p(t, mid if j in (1, 2) else body))
                data.append(cells)
            n = len(data) - 1
            if len(b.rows) > 1:
                first = n - len(b.rows) + 1
                st += [("SPAN", (0, first), (0, n)), ("SPAN", (1, first), (1, n))]
    return Table(
        data, colWidths=widths, repeatRows=cfg["repeat"], splitInRow=1, style=TableStyle(st)
    )


def write_reportlab(doc: Doc, out_pdf: Path) -> Path:
    _fonts()
    cfg = RENDER[doc.name]
    font, size = cfg["font"], cfg["size"]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.22)
    mid = ParagraphStyle("m", parent=body, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=mid, fontName=f"{font}-Bold")
    styles = {
        "body": body,
        "mid": mid,
        "head": head,
        "sec": ParagraphStyle("s", parent=body, fontName=f"{font}-Bold"),
    }
    title = ParagraphStyle("t", parent=head, fontSize=size + 3, leading=(size + 3) * 1.25)
    page = cfg["page"]
    margin = 12 * mm
    avail = page[0] - 2 * margin
    widths = [w * avail / sum(cfg["widths"]) for w in cfg["widths"]]
    story: list = []
    for k, layout in enumerate(doc.tables):
        if k:
            story.append(PageBreak())
        story += [_p(t, title) for t in doc.title_lines[k]]
        story.append(Spacer(1, 6))
        pj = [
            [_p(str(i), body), _p(lab, body), _p(":", body), _p(val, body)]
            for i, (lab, val) in enumerate(doc.pj_rows, 1)
        ]
        pjs = [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
        story.append(
            Table(pj, colWidths=[6 * mm, 62 * mm, 4 * mm, 80 * mm], hAlign="LEFT", style=pjs)
        )
        story.append(Spacer(1, 6))
        story.append(_table(doc, layout, cfg, widths, styles))
        story.append(Spacer(1, 10))
        sp = ParagraphStyle("sig", parent=mid, fontSize=size + 0.5, leading=(size + 0.5) * 1.3)
        lines = [_p(x or "\u00a0", sp) for x in signature_lines(doc)]
        story.append(Table([["", lines]], colWidths=[avail - 85 * mm, 85 * mm]))
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
