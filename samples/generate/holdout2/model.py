"""The spec of a holdout2 document and its producer-neutral grid.

A spec holds what is printed (cell texts with their line breaks, numbering formats, the
HP, NIP and pangkat as formatted) next to the expected values that are normalisations
(E.164 HP, 18-digit NIP, status label, waktu year and period, scores). Both are typed by
hand or built from the same parts; nothing is parsed back from a PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from samples.generate.holdout import GCell, Grid, RowKind
from samples.generate.spec import BOBOT, KOMPONEN, Hp, LinkCell, Nip, Scores, Status, Waktu

Producer = Literal["docx", "xlsx", "reportlab"]
Layout = Literal["rencana_aksi", "monitoring"]
COLS4 = ("no", "hasil", "rekomendasi", "rencana_aksi")
COLS9 = (*COLS4, "target", "waktu", "pj", "status", "link")
# Portrait width and height in mm; Legal is 8.5 x 14 in, F4 the Indonesian folio.
PAGE_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0), "Legal": (215.9, 355.6)}
ROMAN = {"A": "I", "B": "II", "C": "III", "D": "IV"}

__all__ = ["GCell", "Grid", "Hp", "LinkCell", "Nip", "Scores", "Status", "Waktu"]


@dataclass(frozen=True)
class Rec:
    """One recommendation. ``rek`` / ``ra`` may hold "\\n" (a "-" list inside the item);
    ``pj`` may hold "\\n" (a line break typed in the cell)."""

    rek: str
    ra: str
    target: str = "-"
    waktu: Waktu | None = None
    pj: str = ""
    status: Status | None = None
    link: LinkCell | None = None  # LinkCell.url is the expected tautan


@dataclass(frozen=True)
class Finding:
    kode: str
    hasil: str  # may hold "\n" (line breaks typed in the cell)
    scores: Scores
    recs: tuple[Rec, ...]

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode]


@dataclass(frozen=True)
class PjBlock:
    """Rows (number, label, value as printed); ``form`` "table3" draws them as a bordered
    3-column table (number | label | value), with ``head`` as its first row when given."""

    rows: tuple[tuple[str, str, str], ...]
    pj_nama: str
    hp: Hp
    form: Literal["plain", "table3"] = "plain"
    head: tuple[str, str, str] | None = None


Line = tuple[str, bool, bool]  # text, bold, underlined


@dataclass(frozen=True)
class Sig:
    """The signature: ``right`` is the penandatangan's block; ``left`` an optional second
    block printed beside it (e.g. "Mengetahui, Sekretaris Daerah")."""

    right: tuple[Line, ...]
    jabatan: str
    nama: str
    pangkat: str
    golongan: str
    nip: Nip
    left: tuple[Line, ...] | None = None


@dataclass(frozen=True)
class Style:
    producer: Producer
    page: Literal["A4", "F4", "Legal"] = "A4"
    portrait: bool = False
    font: str = "Arial"
    measure_font: str | None = None  # the installed font LibreOffice draws ``font`` with
    size: float = 8.0
    widths: dict[str, float] = field(default_factory=dict)
    header_fill: str | None = "D9D9D9"
    border: str = "000000"
    number_row: Literal["plain", "paren"] | None = None
    repeat_header: bool = True
    # section row: (text of the NO cell or None for one spanning cell, text of the rest);
    # placeholders {kode} {name} {NAME} {roman} {bobot}
    section: tuple[str | None, str] = (None, "{kode}. {NAME}")
    hasil_mode: Literal["merged", "multi"] = "merged"
    rec_fmt: str = "{n}."
    ra_fmt: str | None = None  # rencana aksi numbering when it differs from rekomendasi
    finding_fmt: dict[str, str] = field(default_factory=dict)  # per component
    item_fmt: dict[tuple[str, int], str] = field(default_factory=dict)  # per item
    no_fmt: str = "{n}"
    margin_mm: float = 12.0
    title_size: float = 3.0  # added to ``size``
    table_style: str | None = None  # docx table style (banded rows)


@dataclass(frozen=True)
class Doc:
    name: str
    title_lines: tuple[str, ...]
    unit_kerja: str
    kabupaten: str
    tahun: int
    layout: Layout
    headers: dict[str, str]
    findings: tuple[Finding, ...]
    pj: PjBlock
    sig: Sig
    style: Style
    variations: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return COLS9 if self.layout == "monitoring" else COLS4


def page_mm(st: Style) -> tuple[float, float]:
    w, h = PAGE_MM[st.page]
    return (w, h) if st.portrait else (h, w)


def labels(doc: Doc, f: Finding, no: int) -> tuple[str, str]:
    """The item numbers printed before the recommendation and the action plan."""
    st = doc.style
    fmt = st.item_fmt.get((f.kode, no)) or st.finding_fmt.get(f.kode) or st.rec_fmt
    ra = st.ra_fmt or fmt
    return fmt.format(n=no), ra.format(n=no)


def item_paras(label: str, text: str) -> tuple[tuple[str, None], ...]:
    lines = text.split("\n")
    lines[0] = f"{label} {lines[0]}" if label else lines[0]
    return tuple((line, None) for line in lines)


def paras(text: str) -> tuple[tuple[str, None], ...]:
    return tuple((line, None) for line in text.split("\n") if line) if text else ()


def section_texts(doc: Doc, kode: str) -> tuple[str | None, str]:
    name = KOMPONEN[kode]
    values = {
        "kode": kode,
        "name": name,
        "NAME": name.upper(),
        "roman": ROMAN[kode],
        "bobot": f"{BOBOT[kode]:g}",
    }
    no, rest = doc.style.section
    return (no.format(**values) if no is not None else None), rest.format(**values)


def _cell(text: str, **kw: object) -> GCell:
    return GCell(paras(text), **kw)  # type: ignore[arg-type]


def _header_rows(doc: Doc) -> tuple[list[tuple[GCell | None, ...]], list[RowKind]]:
    st = doc.style
    rows: list[tuple[GCell | None, ...]] = [
        tuple(_cell(doc.headers[c], bold=True, center=True) for c in doc.columns)
    ]
    kinds: list[RowKind] = ["header"]
    if st.number_row:
        fmt = "({})" if st.number_row == "paren" else "{}"
        n = len(doc.columns)
        rows.append(tuple(_cell(fmt.format(i), center=True, bold=True) for i in range(1, n + 1)))
        kinds.append("number")
    return rows, kinds


def _section_row(doc: Doc, kode: str) -> tuple[GCell | None, ...]:
    n = len(doc.columns)
    no, rest = section_texts(doc, kode)
    if no is None:
        return (_cell(rest, bold=True, colspan=n),) + (None,) * (n - 1)
    return (_cell(no, bold=True, center=True), _cell(rest, bold=True, colspan=n - 1)) + (None,) * (
        n - 2
    )


def _rec_cells(doc: Doc, f: Finding, no: int, rec: Rec) -> dict[str, GCell]:
    rl, al = labels(doc, f, no)
    cells = {
        "rekomendasi": GCell(item_paras(rl, rec.rek)),
        "rencana_aksi": GCell(item_paras(al, rec.ra)),
    }
    if doc.layout == "monitoring":
        link = rec.link
        cells |= {
            "target": _cell(rec.target, center=True),
            "waktu": _cell(rec.waktu.text if rec.waktu else "", center=True),
            "pj": _cell(rec.pj),
            "status": _cell(rec.status.text if rec.status else "", center=True),
            "link": GCell(((link.text, link.url if link.annotated else None),) if link else ()),
        }
    return cells


def build_grid(doc: Doc) -> Grid:
    st, cols = doc.style, doc.columns
    head, kinds = _header_rows(doc)
    rows = list(head)
    groups: list[tuple[int, int]] = []
    for f in doc.findings:
        groups.append((len(rows), len(rows) + 1))
        rows.append(_section_row(doc, f.kode))
        kinds.append("section")
        no = st.no_fmt.format(n=1)
        hasil = paras(f.hasil)
        if st.hasil_mode == "multi":
            rek: list[tuple[str, None]] = []
            ra: list[tuple[str, None]] = []
            for i, r in enumerate(f.recs, 1):
                rl, al = labels(doc, f, i)
                rek += item_paras(rl, r.rek)
                ra += item_paras(al, r.ra)
            cells = {
                "no": _cell(no, center=True),
                "hasil": GCell(hasil),
                "rekomendasi": GCell(tuple(rek)),
                "rencana_aksi": GCell(tuple(ra)),
            }
            groups.append((len(rows), len(rows) + 1))
            rows.append(tuple(cells[c] for c in cols))
            kinds.append("body")
            continue
        start, n = len(rows), len(f.recs)
        for i, rec in enumerate(f.recs, 1):
            body: dict[str, GCell | None] = dict(_rec_cells(doc, f, i, rec))
            if i == 1:
                body["no"] = GCell(paras(no), center=True, rowspan=n)
                body["hasil"] = GCell(hasil, rowspan=n)
            else:
                body["no"] = body["hasil"] = None
            rows.append(tuple(body[c] for c in cols))
            kinds.append("body")
        groups.append((start, len(rows)))
    total = sum(st.widths[c] for c in cols)
    widths = tuple(st.widths[c] / total for c in cols)
    return Grid(cols, widths, tuple(rows), tuple(kinds), tuple(groups))
