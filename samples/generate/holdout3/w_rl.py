"""reportlab rendering of a Doc (invariant=1, embedded Type 1 URW fonts)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from samples.generate.holdout3.model import Doc

AFM = Path("/usr/share/fonts/type1/urw-base35")
PFB = Path("/usr/share/fonts/X11/Type1")
F4 = (8.5 * inch, 13 * inch)


def _font(stem: str) -> str:
    if stem not in pdfmetrics.getRegisteredFontNames():
        face = pdfmetrics.EmbeddedType1Face(str(AFM / f"{stem}.afm"), str(PFB / f"{stem}.pfb"))
        pdfmetrics.registerTypeFace(face)
        pdfmetrics.registerFont(pdfmetrics.Font(stem, face.name, "WinAnsiEncoding"))
    return stem


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(x) for x in text.split("\n")), style)


def write_reportlab(doc: Doc, out: Path) -> Path:
    r = doc.render
    reg, bold = _font(r["font"]), _font(r["font_bold"])
    size = r["size"]
    lead = size * 1.18
    body = ParagraphStyle("b", fontName=reg, fontSize=size, leading=lead, alignment=TA_LEFT)
    just = ParagraphStyle("j", parent=body, alignment=TA_JUSTIFY if r.get("justify") else TA_LEFT)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    head = ParagraphStyle("h", parent=center, fontName=bold)
    sect = ParagraphStyle("s", parent=body, fontName=bold)
    title = ParagraphStyle(
        "t", parent=center, fontName=bold, fontSize=size + 3, leading=(size + 3) * 1.25
    )
    info = ParagraphStyle("i", parent=body, fontSize=size + 1, leading=(size + 1) * 1.25)
    sig = ParagraphStyle("g", parent=center, fontSize=size + 1, leading=(size + 1) * 1.25)
    sigb = ParagraphStyle("gb", parent=sig, fontName=bold)

    page = F4 if r["page"] == "F4" else A4
    page = landscape(page) if r["landscape"] else page
    m = r.get("margin", 0.5) * inch
    story: list = [_p(line, title) for line in doc.title_lines]
    story.append(Spacer(1, 8))
    hb = Table(
        [
            [_p(f"{i + 1}", info), _p(lab, info), _p(":", info), _p(val, info)]
            for i, (lab, val) in enumerate(
                zip(doc.pj_label, [doc.pj_nama, doc.hp_printed], strict=True)
            )
        ],
        colWidths=[0.25 * inch, 3.4 * inch, 0.15 * inch, 3.0 * inch],
        hAlign="LEFT",
    )
    hb.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1)])
    )
    story += [hb, Spacer(1, 8)]

    mon = doc.layout == "monitoring"
    ncol = len(doc.headers)
    data = [[_p(h, head) for h in doc.headers]]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    pad = r.get("pad", 3)
    for side in ("LEFT", "RIGHT"):
        cmds.append((f"{side}PADDING", (0, 0), (-1, -1), pad))
    for side in ("TOP", "BOTTOM"):
        cmds.append((f"{side}PADDING", (0, 0), (-1, -1), max(0.5, pad * 0.6)))
    if r.get("header_fill"):
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(r["header_fill"])))
    for f in doc.findings:
        row = len(data)
        data.append([_p(doc.section_label[f.kode], sect)] + [""] * (ncol - 1))
        cmds.append(("SPAN", (0, row), (-1, row)))
        first = len(data)
        for no, rec in enumerate(f.recs, 1):
            cells = [
                _p(str(f.finding_no), center) if no == 1 else "",
                _p(f.hasil, just) if no == 1 else "",
                _p(f"{doc.label(no)} {rec.rek}", body),
                _p(f"{doc.label(no)} {rec.ra}", body),
            ]
            if mon:
                link = ""
                if rec.link and rec.link.annotated:
                    link = Paragraph(
                        f'<a href="{escape(rec.link.url)}" color="#1F4E9A"><u>'
                        f"{escape(rec.link.text)}</u></a>",
                        body,
                    )
                elif rec.link:
                    link = _p(rec.link.text, body)
                cells += [
                    _p(rec.target or "", center),
                    _p(rec.waktu.text if rec.waktu else "", center),
                    _p(rec.pj or "", body),
                    _p(rec.status.text if rec.status else "", body),
                    link,
                ]
            data.append(cells)
        last = len(data) - 1
        if last > first:
            cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last))]
    color = colors.HexColor(r.get("border_color", "#000000"))
    wdt = r.get("border_w", 0.5)
    if r.get("hrules_only"):
        cmds += [
            ("LINEABOVE", (0, 0), (-1, 0), wdt * 2, color),
            ("LINEBELOW", (0, 0), (-1, -1), wdt, color),
            ("LINEBELOW", (0, -1), (-1, -1), wdt * 2, color),
        ]
    else:
        cmds.append(("GRID", (0, 0), (-1, -1), wdt, color))
    widths = [x * inch for x in r["widths"]]
    t = Table(
        data,
        colWidths=widths,
        repeatRows=1 if r.get("repeat_header") else 0,
        splitInRow=1 if r.get("split_in_row") else 0,
    )
    t.setStyle(TableStyle(cmds))
    story += [t, Spacer(1, 14)]

    def block(s, place):
        lines = ([_p(place, sig)] if place else []) + [_p(x, sig) for x in s.lead]
        lines += [_p(x, sigb) for x in s.jabatan_lines] + [Spacer(1, 42)]
        lines += [
            Paragraph(f"<u>{escape(s.nama)}</u>", sigb),
            _p(s.pangkat_line, sig),
            _p(s.nip_line, sig),
        ]
        return lines

    left = block(doc.left_signer, None) if doc.left_signer else ""
    half = sum(widths) / 2
    st = Table([[left, block(doc.signer, doc.sign_place_date)]], colWidths=[half, half])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    st.keepWithNext = False
    story.append(st)
    d = SimpleDocTemplate(
        str(out),
        pagesize=page,
        leftMargin=m,
        rightMargin=m,
        topMargin=m,
        bottomMargin=m,
        invariant=1,
        title=doc.title_lines[0],
        author=doc.unit_kerja,
        creator="reportlab",
    )
    d.build(story)
    return out
