"""Reportlab builders of 1103 and 1107 (drawn directly, fonts embedded)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .content_a import KOMP_UP
from .model import Doc, Rec

FONT, BOLD = "H11Sans", "H11Sans-Bold"


def _register() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, pattern in (
        (FONT, "Liberation Sans:style=Regular"),
        (BOLD, "Liberation Sans:style=Bold"),
    ):
        path = subprocess.run(
            ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=True
        ).stdout.strip()
        pdfmetrics.registerFont(TTFont(name, path))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles(size: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("b", fontName=FONT, fontSize=size, leading=size * 1.2, alignment=TA_LEFT)
    return {
        "cell": base,
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "head": ParagraphStyle("h", parent=base, fontName=BOLD, alignment=TA_CENTER),
        "bold": ParagraphStyle("bo", parent=base, fontName=BOLD),
        "title": ParagraphStyle(
            "t",
            parent=base,
            fontName=BOLD,
            fontSize=size + 3,
            leading=(size + 3) * 1.25,
            alignment=TA_CENTER,
        ),
        "sub": ParagraphStyle(
            "s", parent=base, fontSize=size + 1, leading=(size + 1) * 1.3, alignment=TA_CENTER
        ),
        "sign": ParagraphStyle(
            "g", parent=base, fontSize=size + 1, leading=(size + 1) * 1.3, alignment=TA_CENTER
        ),
    }


def _p(text: str, st: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), st)


def _rec_cells(doc: Doc, i: int, r: Rec, st: dict[str, ParagraphStyle]) -> list:
    cells: list = [_p(f"{i}. {r.rek}", st["cell"]), _p(f"{i}. {r.ra}", st["cell"])]
    if doc.layout == "monitoring":
        link = ""
        if r.link:
            url, label, _ = r.link
            link = Paragraph(
                f'<a href="{escape(url)}" color="blue"><u>{escape(label)}</u></a>', st["cell"]
            )
        cells += [
            _p(r.pj or "", st["cell"]),
            _p(r.target or "", st["cell"]),
            _p(r.waktu[0] if r.waktu else "", st["center"]),
            link,
            _p(r.status[0] if r.status else "", st["center"]),
            _p(r.ket or "", st["cell"]),
        ]
    return cells


def _table(
    doc: Doc,
    widths: list[float],
    st: dict[str, ParagraphStyle],
    grid: colors.Color,
    section_fill: colors.Color,
    head_fill: colors.Color,
    repeat: int,
) -> Table:
    ncol = len(widths)
    data: list[list] = [[_p(h, st["head"]) for h in doc.headers]]
    cmds: list = [
        ("GRID", (0, 0), (-1, -1), 0.6, grid),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), head_fill),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for f in doc.findings:
        r0 = len(data)
        data.append([_p(f"{f.kode}. {KOMP_UP[f.kode]}", st["bold"])] + [""] * (ncol - 1))
        cmds += [("SPAN", (0, r0), (-1, r0)), ("BACKGROUND", (0, r0), (-1, r0), section_fill)]
        first = len(data)
        for i, r in enumerate(f.recs, 1):
            lead: list = [_p(str(f.no), st["center"]), [_p(x, st["cell"]) for x in f.hasil]]
            if i > 1:
                lead = ["", ""]
            data.append(lead + _rec_cells(doc, i, r, st))
        last = len(data) - 1
        if last > first:
            cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last))]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=repeat, splitInRow=1)
    t.setStyle(TableStyle(cmds))
    return t


def _signature(doc: Doc, st: dict[str, ParagraphStyle], width: float) -> Table:
    s = doc.signer
    lines = [*s.lines_above, *s.jabatan_lines]
    cell = [_p(x, st["sign"]) for x in lines]
    cell += [Spacer(1, 16 * mm), Paragraph(f"<u><b>{escape(s.person.name)}</b></u>", st["sign"])]
    cell += [_p(s.pangkat_line, st["sign"]), _p(s.nip_line, st["sign"])]
    t = Table([["", cell]], colWidths=[width * 0.55 * mm, width * 0.45 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _pj(doc: Doc, st: dict[str, ParagraphStyle]) -> Table:
    rows = [[_p(a, st["cell"]), _p(":", st["cell"]), _p(b, st["bold"])] for a, b in doc.pj_rows]
    t = Table(rows, colWidths=[68 * mm, 4 * mm, 100 * mm], hAlign="LEFT")
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def _story(
    doc: Doc,
    st: dict[str, ParagraphStyle],
    widths: list[float],
    grid,
    sect,
    head,
    sub_last_title: bool,
    repeat: int,
) -> list:
    story: list = []
    for k, line in enumerate(doc.title_lines):
        last = k == len(doc.title_lines) - 1
        story.append(_p(line, st["sub"] if sub_last_title and last else st["title"]))
    story += [Spacer(1, 5 * mm), _pj(doc, st), Spacer(1, 4 * mm)]
    story.append(_table(doc, widths, st, grid, sect, head, repeat))
    story += [Spacer(1, 6 * mm), KeepTogether(_signature(doc, st, sum(widths)))]
    return story


def build1103(doc: Doc, out: Path) -> None:
    _register()
    st = _styles(9)
    page = (330 * mm, 215 * mm)
    pdf = SimpleDocTemplate(
        str(out),
        pagesize=page,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        invariant=1,
        title=doc.title_lines[0],
        author="Dinas PUPR Kabupaten Poso",
    )
    widths = [8, 62, 42, 42, 26, 24, 22, 28, 22, 30]
    story = _story(
        doc,
        st,
        widths,
        colors.HexColor("#4A3F35"),
        colors.HexColor("#F1E9D8"),
        colors.HexColor("#E2D6BE"),
        sub_last_title=True,
        repeat=1,
    )
    pdf.build(story)


def build1107(doc: Doc, out: Path) -> None:
    _register()
    st = _styles(11)
    st["title"].fontSize, st["title"].leading = 12, 15
    page = (215 * mm, 330 * mm)
    label = "Rencana Aksi SAKIP 2025 - Bapperida Kab. Jayawijaya"
    widths = [9, 65, 52, 52]

    def make(total: int) -> int:
        count = {"n": 0}

        def footer(canvas, _doc) -> None:
            count["n"] = canvas.getPageNumber()
            canvas.saveState()
            canvas.setFont(FONT, 7.5)
            text = f"{label} | Halaman {canvas.getPageNumber()} dari {total}"
            canvas.drawRightString(page[0] - 18 * mm, 10 * mm, text)
            canvas.restoreState()

        pdf = SimpleDocTemplate(
            str(out),
            pagesize=page,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=15 * mm,
            bottomMargin=18 * mm,
            invariant=1,
            title=doc.title_lines[2],
            author="Bapperida Kabupaten Jayawijaya",
        )
        story = _story(
            doc,
            st,
            widths,
            colors.HexColor("#1E4D2B"),
            colors.HexColor("#E3EFE5"),
            colors.HexColor("#C9DFCD"),
            sub_last_title=False,
            repeat=0,
        )
        pdf.build(story, onFirstPage=footer, onLaterPages=footer)
        return count["n"]

    n = make(0)
    if make(n) != n:
        raise RuntimeError("page count changed between the two passes")


BUILDERS = {1103: build1103, 1107: build1107}
