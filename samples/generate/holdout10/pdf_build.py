"""Reportlab documents (platypus tables): 1003, 1006."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .common import cell_text, section_label
from .model import Doc, Finding

TIGHT = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


def _styles(look: dict[str, Any]) -> dict[str, ParagraphStyle]:
    size = look["size"]
    base = ParagraphStyle("b", fontName=look["font"], fontSize=size, leading=size * 1.2)
    return {
        "cell": base,
        "just": ParagraphStyle("j", parent=base, alignment=TA_JUSTIFY),
        "bold": ParagraphStyle("h", parent=base, fontName=look["bold"]),
        "head": ParagraphStyle("hc", parent=base, fontName=look["bold"], alignment=TA_CENTER),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER),
        "title": ParagraphStyle(
            "t",
            parent=base,
            fontName=look["bold"],
            fontSize=size + 3,
            leading=(size + 3) * 1.25,
            alignment=TA_CENTER,
        ),
        "left": ParagraphStyle("l", parent=base, alignment=TA_LEFT),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _hasil(doc: Doc, f: Finding, st: dict[str, ParagraphStyle]) -> list[Paragraph]:
    out = []
    for i, line in enumerate(f.hasil):
        heading = doc.look.get("section") is None and i == 0
        out.append(_p(line, st["bold"] if heading else st["just"]))
    return out


def _link(doc: Doc, f: Finding, i: int, st: dict[str, ParagraphStyle]) -> Paragraph | str:
    r = f.recs[i]
    if not r.link:
        return ""
    url, text, annotated = r.link
    if annotated:
        return Paragraph(
            f'<link href="{escape(url)}" color="blue"><u>{escape(text)}</u></link>', st["cell"]
        )
    return _p(text, st["cell"])


def _rows(doc: Doc, st: dict[str, ParagraphStyle]) -> tuple[list[list[Any]], list[Any]]:
    keys = [k for k, _h in doc.columns]
    n = len(keys)
    data: list[list[Any]] = [[_p(h, st["head"]) for _k, h in doc.columns]]
    cmds: list[Any] = []
    fills = doc.look.get("status_fill", {})
    for f in doc.findings:
        if doc.look.get("section"):
            data.append([_p(section_label(doc, f), st["bold"])] + [""] * (n - 1))
            r = len(data) - 1
            cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), "#EDEDED")]
        first = len(data)
        for i, rec in enumerate(f.recs):
            row: list[Any] = []
            for key in keys:
                if key == "no":
                    row.append(_p(str(f.no), st["center"]) if i == 0 else "")
                elif key == "hasil":
                    row.append(_hasil(doc, f, st) if i == 0 else "")
                elif key == "link":
                    row.append(_link(doc, f, i, st))
                else:
                    row.append(_p(cell_text(doc, key, i + 1, rec), st["cell"]))
            if "status" in keys and rec.status and rec.status[1] in fills:
                c = keys.index("status")
                cmds.append(("BACKGROUND", (c, len(data)), (c, len(data)), fills[rec.status[1]]))
            data.append(row)
        last = len(data) - 1
        if last > first:
            cmds += [("SPAN", (0, first), (0, last)), ("SPAN", (1, first), (1, last))]
    return data, cmds


def _signature(doc: Doc, st: dict[str, ParagraphStyle], width: float) -> Any:
    s = doc.signer
    rows: list[list[Any]] = []
    for i, line in enumerate(s.lines):
        if i == s.name_index:
            rows.append([Spacer(1, 14 * mm)])
        style = st["head"] if i == s.name_index else st["center"]
        rows.append([_p(line, style)])
    t = Table(rows, colWidths=[85 * mm])
    t.setStyle(TableStyle(TIGHT))
    t.hAlign = "CENTER" if doc.look.get("sign_center") else "RIGHT"
    return KeepTogether([Spacer(1, 5 * mm), t])


def _pj(doc: Doc, st: dict[str, ParagraphStyle]) -> list[Any]:
    if len(doc.pj_rows) == 1 and not doc.pj_rows[0][0]:
        return [_p(doc.pj_rows[0][1], st["left"]), Spacer(1, 3 * mm)]
    rows = [[_p(a, st["left"]), _p(":", st["left"]), _p(b, st["left"])] for a, b in doc.pj_rows]
    t = Table(rows, colWidths=[45 * mm, 4 * mm, 90 * mm], hAlign="LEFT")
    t.setStyle(TableStyle(TIGHT))
    return [t, Spacer(1, 3 * mm)]


def build(doc: Doc, out: Path) -> None:
    look = doc.look
    st = _styles(look)
    size = landscape(A4) if look["landscape"] else A4
    pdf = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=13 * mm,
        bottomMargin=13 * mm,
        title=" ".join(doc.title_lines),
        author=doc.unit,
    )
    story: list[Any] = [_p(t, st["title"]) for t in doc.title_lines]
    story.append(Spacer(1, 4 * mm))
    story += _pj(doc, st)
    data, cmds = _rows(doc, st)
    usable = size[0] - 28 * mm
    widths = [w * usable / sum(look["widths"]) for w in look["widths"]]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    outer = look.get("outer", 0.5)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (0, 0), (-1, -1), outer, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if look.get("fill"):
        style.append(("BACKGROUND", (0, 0), (-1, 0), look["fill"]))
    table.setStyle(TableStyle(style + cmds))
    story.append(table)
    for line in doc.after_table:
        story += [Spacer(1, 2 * mm), _p(line, st["left"])]
    story.append(_signature(doc, st, size[0]))
    pdf.build(story)
