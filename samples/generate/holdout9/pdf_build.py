"""reportlab documents 904 and 908, drawn with a small table layouter of our own.

The layouter places one finding at a time: NO and HASIL span the finding's rows, a row that
does not fit is split line by line over the page break, and the spanned HASIL flows through
the parts of the finding on each page.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .common import finding_rows, hasil_text_lines, section_label
from .model import Doc, Finding

PAD = 2.2


def pdmetrics_width(s: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(s, font, size)


LINK_BLUE = HexColor("#1F4E9D")


def _font_file(pattern: str) -> str:
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True)
    return out.stdout.strip()


def _register(name: str, pattern: str) -> None:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, _font_file(pattern)))


@dataclass
class Style:
    regular: str
    bold: str
    italic: str
    size: float
    leading: float
    grid: Color
    header_fill: Color
    section_fill: Color
    margin: float = 28.0


@dataclass
class Page:
    size: tuple[float, float]
    ops: list[tuple] = field(default_factory=list)


class Flow:
    """Pages of drawing operations and the current position."""

    def __init__(self, st: Style) -> None:
        self.st = st
        self.pages: list[Page] = []
        self.y = 0.0
        self.header: list[list[str]] | None = None
        self.widths: list[float] = []
        self.repeat = False

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def bottom(self) -> float:
        return self.st.margin + 12

    @property
    def left(self) -> float:
        return (self.page.size[0] - sum(self.widths)) / 2 if self.widths else self.st.margin

    def new_page(self, size: tuple[float, float] | None = None, header: bool = True) -> None:
        self.pages.append(Page(size or self.page.size))
        self.y = self.page.size[1] - self.st.margin
        if header and self.repeat and self.header:
            self.draw_header()

    def text(self, x: float, y: float, s: str, font: str, size: float, **kw) -> None:
        self.page.ops.append(("text", x, y, s, font, size, kw.get("align", "l"), kw.get("color")))

    def rect(self, x: float, y: float, w: float, h: float, fill: Color | None = None) -> None:
        self.page.ops.append(("rect", x, y, w, h, fill))

    def link(self, x: float, y: float, w: float, h: float, url: str) -> None:
        self.page.ops.append(("link", x, y, w, h, url))

    def wrap(self, s: str, width: float, font: str | None = None) -> list[str]:
        font = font or self.st.regular
        out: list[str] = []
        for par in s.split("\n"):
            out.extend(simpleSplit(par, font, self.st.size, width - 2 * PAD) or [""])
        for line in out:
            if pdmetrics_width(line, font, self.st.size) > width - 2 * PAD + 0.5:
                raise ValueError(f"{line!r} is wider than its column ({width})")
        return out

    def cell_lines(self, x: float, top: float, lines: list[str], width: float, **kw) -> None:
        font = kw.get("font", self.st.regular)
        y = top - PAD - self.st.size * 0.85
        for line in lines:
            if kw.get("center"):
                self.text(x + width / 2, y, line, font, self.st.size, align="c")
            else:
                self.text(x + PAD, y, line, font, self.st.size, color=kw.get("color"))
            y -= self.st.leading

    def lines_height(self, n: int) -> float:
        return n * self.st.leading + 2 * PAD

    def draw_header(self) -> None:
        st = self.st
        assert self.header is not None
        for row in self.header:
            cells = [self.wrap(t, w, st.bold) for t, w in zip(row, self.widths, strict=True)]
            h = self.lines_height(max(len(c) for c in cells))
            x = self.left
            for lines, w in zip(cells, self.widths, strict=True):
                self.rect(x, self.y - h, w, h, st.header_fill)
                self.cell_lines(x, self.y, lines, w, font=st.bold, center=True)
                x += w
            self.y -= h

    def section(self, text: str) -> None:
        h = self.lines_height(1)
        if self.y - h - self.lines_height(3) < self.bottom:
            self.new_page()
        self.rect(self.left, self.y - h, sum(self.widths), h, self.st.section_fill)
        self.cell_lines(self.left, self.y, [text], sum(self.widths), font=self.st.bold)
        self.y -= h


def _plan_rows(flow: Flow, rows: list[list[list[str]]], extra_last: float):
    """Place rows from flow.y on; returns pieces (page, top, height, first line, n lines)."""
    lead = flow.st.leading
    heights = [flow.lines_height(max(len(c) for c in r)) for r in rows]
    heights[-1] += extra_last
    pieces: list[list[tuple[int, float, float, int, int]]] = []
    page, y = len(flow.pages) - 1, flow.y
    header_h = _header_height(flow) if flow.repeat else 0.0
    fresh_top = flow.page.size[1] - flow.st.margin - header_h
    for h, r in zip(heights, rows, strict=True):
        nlines = max(len(c) for c in r)
        parts = []
        start = 0
        remaining = h
        while True:
            avail = y - flow.bottom
            if remaining <= avail + 1e-6:
                parts.append((page, y, remaining, start, nlines - start))
                y -= remaining
                break
            fit = int((avail - 2 * PAD) // lead)
            if fit >= 2 and start + fit < nlines:
                parts.append((page, y, avail, start, fit))
                start += fit
                remaining -= fit * lead
            page += 1
            y = fresh_top
        pieces.append(parts)
    return pieces, page, y


def _header_height(flow: Flow) -> float:
    total = 0.0
    for row in flow.header or []:
        cells = [flow.wrap(t, w, flow.st.bold) for t, w in zip(row, flow.widths, strict=True)]
        total += flow.lines_height(max(len(c) for c in cells))
    return total


def _segments(pieces) -> list[tuple[int, float, float]]:
    """The finding's extent on each page: (page, top, bottom)."""
    seg: dict[int, list[float]] = {}
    for parts in pieces:
        for page, top, h, _s, _n in parts:
            if page in seg:
                seg[page][1] = top - h
            else:
                seg[page] = [top, top - h]
    return [(p, t, b) for p, (t, b) in sorted(seg.items())]


def _capacity(flow: Flow, segs) -> int:
    return sum(int((t - b - 2 * PAD) // flow.st.leading) for _p, t, b in segs)


def place_finding(flow: Flow, doc: Doc, f: Finding) -> None:
    st = flow.st
    w = flow.widths
    hasil = flow.wrap("\n".join(hasil_text_lines(f)), w[1])
    texts = finding_rows(doc, f, len(w) > 4)
    rows = [[flow.wrap(t, wd) for t, wd in zip(r, w[2:], strict=True)] for r in texts]
    if flow.y - flow.lines_height(3) < flow.bottom:
        flow.new_page()
    extra = max(
        0.0,
        flow.lines_height(len(hasil)) - sum(flow.lines_height(len(max(r, key=len))) for r in rows),
    )
    while True:
        pieces, _page, _y = _plan_rows(flow, rows, extra)
        segs = _segments(pieces)
        if _capacity(flow, segs) >= len(hasil):
            break
        extra += st.leading
    # draw
    links = [r.link for r in f.recs] if f.recs else [None]
    hasil_pos = 0
    for pg, top, bot in segs:
        while len(flow.pages) - 1 < pg:
            flow.new_page()
        x = flow.left
        flow.rect(x, bot, w[0], top - bot)
        flow.rect(x + w[0], bot, w[1], top - bot)
        if pg == segs[0][0]:
            flow.cell_lines(x, top, [f"{f.no}."], w[0], center=True)
        cap = int((top - bot - 2 * PAD) // st.leading)
        flow.cell_lines(x + w[0], top, hasil[hasil_pos : hasil_pos + cap], w[1])
        hasil_pos += cap
        for r_idx, parts in enumerate(pieces):
            for page, ptop, h, start, n in parts:
                if page != pg:
                    continue
                cx = x + w[0] + w[1]
                for c_idx, lines in enumerate(rows[r_idx]):
                    cw = w[2 + c_idx]
                    flow.rect(cx, ptop - h, cw, h)
                    is_link = c_idx == len(rows[r_idx]) - 1 and len(w) > 4
                    link = links[r_idx] if is_link else None
                    color = LINK_BLUE if link and link[2] else None
                    chunk = lines[start : start + n]
                    flow.cell_lines(cx, ptop, chunk, cw, color=color)
                    if link and link[2] and chunk and chunk[0]:
                        tw = max(pdfmetrics.stringWidth(s, st.regular, st.size) for s in chunk)
                        lh = len(chunk) * st.leading
                        flow.link(cx + PAD, ptop - PAD - lh, tw, lh, link[0])
                    cx += cw
    flow.y = segs[-1][2]


def _title_block(flow: Flow, doc: Doc, size: float) -> None:
    st = flow.st
    cx = flow.page.size[0] / 2
    for line in doc.title_lines:
        flow.text(cx, flow.y - size, line, st.bold, size, align="c")
        flow.y -= size * 1.35
    flow.y -= 8
    x = flow.left
    for label, value in doc.pj_rows:
        flow.text(x, flow.y - st.size, label, st.regular, st.size)
        flow.text(x + 150, flow.y - st.size, ":", st.regular, st.size)
        font = st.bold if label == doc.pj_rows[0][0] else st.regular
        flow.text(x + 158, flow.y - st.size, value, font, st.size)
        flow.y -= st.size * 1.5
    flow.y -= 6


def _signature(flow: Flow, doc: Doc) -> None:
    st = flow.st
    s = doc.signer
    need = st.size * 1.45 * 11
    if flow.y - need < flow.bottom:
        flow.new_page(header=False)
    x = flow.left + sum(flow.widths) * 0.64
    y = flow.y - 14
    lines = [s.place_date or "", *s.jabatan_lines]
    for line in lines:
        flow.text(x, y, line, st.regular, st.size)
        y -= st.size * 1.45
    y -= st.size * 4.2
    if s.labels:
        values = [s.person.name, s.pangkat_line, s.nip_line]
        for label, value in zip(s.labels, values, strict=True):
            flow.text(x, y, label, st.regular, st.size)
            flow.text(x + 52, y, ":", st.regular, st.size)
            flow.text(x + 58, y, value, st.bold if value == s.person.name else st.regular, st.size)
            y -= st.size * 1.45
    else:
        flow.text(x, y, s.person.name, st.bold, st.size)
        y -= st.size * 1.45
        for line in (s.pangkat_line, s.nip_line):
            flow.text(x, y, line, st.regular, st.size)
            y -= st.size * 1.45
    flow.y = y


def _table(flow: Flow, doc: Doc, header: list[str], widths: list[float], repeat: bool) -> None:
    flow.widths = widths
    flow.header = [header]
    flow.repeat = repeat
    flow.draw_header()
    seen: set[str] = set()
    for f in doc.findings:
        if f.kode not in seen:
            seen.add(f.kode)
            flow.section(section_label(f.kode, f.komponen))
        place_finding(flow, doc, f)


def _footnotes(flow: Flow, notes: list[str]) -> None:
    for note in notes:
        flow.y -= flow.st.size * 1.4
        flow.text(flow.left, flow.y, note, flow.st.italic, flow.st.size - 0.5)


def _render(flow: Flow, out: Path, footer: str | None, title: str) -> None:
    c = Canvas(str(out), pagesize=flow.pages[0].size, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("Microsoft® Word untuk Microsoft 365")
    for i, page in enumerate(flow.pages, 1):
        c.setPageSize(page.size)
        for op in page.ops:
            _op(c, op, flow.st)
        if footer:
            c.setFont(flow.st.regular, flow.st.size)
            c.drawCentredString(page.size[0] / 2, 16, footer.format(n=i))
        c.showPage()
    c.save()


def _op(c: Canvas, op: tuple, st: Style) -> None:
    kind = op[0]
    if kind == "text":
        _k, x, y, s, font, size, align, color = op
        c.setFillColor(color or black)
        c.setFont(font, size)
        if align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
    elif kind == "rect":
        _k, x, y, w, h, fill = op
        c.setStrokeColor(st.grid)
        c.setLineWidth(0.6)
        if fill is not None:
            c.setFillColor(fill)
        c.rect(x, y, w, h, stroke=1, fill=1 if fill is not None else 0)
    elif kind == "link":
        _k, x, y, w, h, url = op
        c.linkURL(url, (x, y, x + w, y + h), relative=0, thickness=0)


HEADER_904 = [
    "NO",
    "HASIL EVALUASI INSPEKTORAT",
    "REKOMENDASI",
    "RENCANA AKSI",
    "TARGET DATA",
    "WAKTU PELAKSANAAN",
    "PENANGGUNG JAWAB",
    "STATUS / PROGRES PENYELESAIAN",
    "LINK DOKUMEN",
]
HEADER_908_MON = [
    "NO",
    "HASIL EVALUASI",
    "REKOMENDASI",
    "RENCANA AKSI",
    "TARGET DATA",
    "WAKTU",
    "PENANGGUNG JAWAB",
    "STATUS / PROGRES",
    "LINK DATA DUKUNG",
]
HEADER_908_RA = ["NO", "HASIL EVALUASI INSPEKTORAT", "REKOMENDASI", "RENCANA AKSI"]


def build904(doc: Doc, out: Path) -> None:
    _register("DejaVuSans", "DejaVu Sans")
    _register("DejaVuSans-Bold", "DejaVu Sans:bold")
    _register("DejaVuSans-Oblique", "DejaVu Sans:oblique")
    st = Style(
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
        7.5,
        9.2,
        HexColor("#33473A"),
        HexColor("#D9E2D0"),
        HexColor("#EEF2EA"),
    )
    flow = Flow(st)
    flow.widths = [22, 170, 120, 114, 58, 68, 66, 70, 82]
    flow.new_page(landscape(A4))
    _title_block(flow, doc, 10.5)
    _table(flow, doc, HEADER_904, flow.widths, repeat=False)
    _signature(flow, doc)
    _render(flow, out, "- {n} -", "Renaksi SAKIP 2023 BPPD Merauke")


def build908(doc: Doc, out: Path) -> None:
    _register("LiberationSerif", "Liberation Serif")
    _register("LiberationSerif-Bold", "Liberation Serif:bold")
    _register("LiberationSerif-Italic", "Liberation Serif:italic")
    st = Style(
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        9.5,
        11.2,
        HexColor("#2F3B4C"),
        HexColor("#DCE3EC"),
        HexColor("#F1F4F8"),
    )
    flow = Flow(st)
    flow.widths = [24, 190, 160, 160]
    flow.new_page(A4)
    _title_block(flow, doc, 11)
    _table(flow, doc, HEADER_908_RA, flow.widths, True)
    _signature(flow, doc)
    flow.repeat = False
    flow.widths = [22, 172, 124, 116, 58, 56, 78, 72, 88]
    flow.new_page(landscape(A4), header=False)
    _title_block(flow, doc, 11)
    _table(flow, doc, HEADER_908_MON, flow.widths, True)
    _footnotes(flow, doc.footnotes)
    _signature(flow, doc)
    _render(flow, out, None, "Rencana Aksi SAKIP 2023 Dinas Pariwisata Kota Bitung")


BUILDERS = {904: build904, 908: build908}
EXTRA = {904: HEADER_904, 908: HEADER_908_MON + HEADER_908_RA}
