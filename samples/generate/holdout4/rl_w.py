"""reportlab PDFs of the fourth held-out set (link annotations, rules drawn by hand)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LEGAL, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from samples.generate.holdout4.model import Doc
from samples.generate.holdout4.rows import sections

FONTS = {
    "DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVuSans-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "LiberationSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LiberationSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
}

RENDER = {
    "403_reportlab_dinkesbulungan_2025": {
        "page": landscape(LEGAL),
        "font": "DejaVuSans",
        "size": 9.5,
        "widths": [8, 66, 46, 46, 24, 28, 30, 34, 30],
        "grid": "finding_rules",
        "span": False,
        "shade": None,
        "header_fill": colors.HexColor("#D0D0D0"),
    },
    "406_reportlab_disdikbudtarakan_2023": {
        "page": landscape(A4),
        "font": "LiberationSans",
        "size": 7.5,
        "widths": [8, 58, 38, 36, 18, 18, 22, 22, 40],
        "grid": "full",
        "shade": colors.HexColor("#E3EEF9"),
        "header_fill": colors.HexColor("#9DC3E6"),
    },
    "408_reportlab_sebatikbarat_2022": {
        "page": A4,
        "font": "LiberationSerif",
        "size": 9,
        "widths": [9, 64, 56, 54],
        "grid": "full",
        "shade": colors.HexColor("#FFF6D5"),
        "header_fill": colors.HexColor("#E0E0E0"),
    },
}


def _fonts() -> None:
    for name, path in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def write_reportlab(doc: Doc, out_pdf: Path) -> Path:
    _fonts()
    cfg = RENDER[doc.name]
    font, size = cfg["font"], cfg["size"]
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.22)
    mid = ParagraphStyle("m", parent=body, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=mid, fontName=f"{font}-Bold")
    secst = ParagraphStyle("s", parent=body, fontName=f"{font}-Bold")
    title = ParagraphStyle("t", parent=head, fontSize=size + 3, leading=(size + 3) * 1.25)
    page = cfg["page"]
    margin = 12 * mm
    avail = page[0] - 2 * margin
    widths = [w * avail / sum(cfg["widths"]) for w in cfg["widths"]]
    ncol = len(widths)

    story: list = [_p(t, title) for t in doc.title_lines]
    story.append(Spacer(1, 6))
    pj = [
        [_p(str(i), body), _p(lab, body), _p(":", body), _p(val, body)]
        for i, (lab, val) in enumerate(doc.pj_label_lines, 1)
    ]
    pjs = [("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1)]
    story.append(Table(pj, colWidths=[6 * mm, 70 * mm, 4 * mm, 90 * mm], hAlign="LEFT", style=pjs))
    story.append(Spacer(1, 6))

    data = [[_p(h, head) for h in doc.headers]]
    st: list = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, 0), cfg["header_fill"]),
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, colors.black),
    ]
    full = cfg["grid"] == "full"
    shade_i = 0
    for s in sections(doc):
        data.append([_p(s.label, secst)] + [""] * (ncol - 1))
        n = len(data) - 1
        st += [("SPAN", (0, n), (-1, n)), ("LINEBELOW", (0, n), (-1, n), 0.6, colors.black)]
        for b in s.blocks:
            for k, row in enumerate(b.rows):
                cells = [_p(b.no, mid) if k == 0 else "", _p(b.hasil, body) if k == 0 else ""]
                cells += [_p(row.rek, body), _p(row.ra, body)]
                for j, t in enumerate(row.extra):
                    rec = row.rec
                    if j == 4 and rec and rec.link and rec.link.annotated:
                        href = escape(rec.link.url, {'"': "&quot;"})
                        cells.append(
                            Paragraph(f'<a href="{href}" color="blue">{escape(t)}</a>', body)
                        )
                    else:
                        cells.append(_p(t, mid if j in (1, 3) else body))
                data.append(cells)
                n = len(data) - 1
                if cfg["shade"] and shade_i % 2 == 1:
                    st.append(("BACKGROUND", (2, n), (-1, n), cfg["shade"]))
                shade_i += 1
                if full and k < len(b.rows) - 1:
                    st.append(("LINEBELOW", (2, n), (-1, n), 0.4, colors.black))
            n = len(data) - 1
            if len(b.rows) > 1 and cfg.get("span", True):
                first = n - len(b.rows) + 1
                st += [("SPAN", (0, first), (0, n)), ("SPAN", (1, first), (1, n))]
            st.append(("LINEBELOW", (0, n), (-1, n), 0.6, colors.black))
    if full:
        st.append(("LINEAFTER", (0, 0), (-2, -1), 0.4, colors.black))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, style=TableStyle(st))
    story.append(table)
    story.append(Spacer(1, 10))
    sig = doc.signature
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
    sp = ParagraphStyle("sig", parent=mid, fontSize=size + 0.5, leading=(size + 0.5) * 1.3)
    sig_t = Table(
        [["", [_p(x or "\u00a0", sp) for x in lines]]], colWidths=[avail - 95 * mm, 95 * mm]
    )
    sig_t.keepWithNext = False
    story.append(sig_t)
    tpl = SimpleDocTemplate(
        str(out_pdf),
        pagesize=page,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        invariant=1,
        title=doc.title_lines[0],
        author="",
        creator="",
        producer="ReportLab",
    )
    tpl.build(story)
    return out_pdf
