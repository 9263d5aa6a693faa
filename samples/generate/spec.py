"""Content specs of the sample documents.

A spec holds two things side by side: what is *printed* in the PDF (cell texts exactly as
written, the HP and NIP as formatted, the pangkat line) and what the pipeline is *expected*
to read from it where that is a normalisation (E.164 HP, 18-digit NIP, status label, the
year and period of the waktu cell, scores as numbers). Both are typed by hand (or built
from the same parts), never computed by parsing the printed text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Producer = Literal["docx", "xlsx", "reportlab"]
PageSize = Literal["A4", "F4"]
TableLayout = Literal["rencana_aksi", "monitoring"]
StatusLabel = Literal["selesai", "proses", "belum"]
Column = Literal[
    "no", "hasil", "rekomendasi", "rencana_aksi", "target", "waktu", "pj", "status", "link"
]

PRODUCER_NAMES: dict[Producer, str] = {
    "docx": "libreoffice-docx",
    "xlsx": "libreoffice-xlsx",
    "reportlab": "reportlab",
}

RENCANA_AKSI_COLUMNS: tuple[Column, ...] = ("no", "hasil", "rekomendasi", "rencana_aksi")
MONITORING_COLUMNS: tuple[Column, ...] = (
    *RENCANA_AKSI_COLUMNS,
    "target",
    "waktu",
    "pj",
    "status",
    "link",
)

# The header wording of the real document (Kecamatan Paringin 2023).
SEED_HEADERS: dict[Column, str] = {
    "no": "NO",
    "hasil": "HASIL EVALUASI INSPEKTORAT",
    "rekomendasi": "REKOMENDASI INSPEKTORAT",
    "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
    "target": "TARGET DATA",
    "waktu": "WAKTU PELAKSANAAN",
    "pj": "PENANGGUNG JAWAB",
    "status": "STATUS/PROGRES PENYELESAIAN",
    "link": "LINK GOOGLE DRIVE",
}

KOMPONEN: dict[str, str] = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}

# PermenPANRB 88/2021 weights (SAKIP.md).
BOBOT: dict[str, float] = {"A": 30.0, "B": 30.0, "C": 15.0, "D": 25.0}


@dataclass(frozen=True)
class Hp:
    """A mobile number as printed and its E.164 form."""

    printed: str
    e164: str


@dataclass(frozen=True)
class Nip:
    """An NIP as printed (with its prefix, e.g. ``NIP.19860421 200412 1 001``) and its digits."""

    printed: str
    digits: str


@dataclass(frozen=True)
class HeaderBlock:
    """The numbered block under the title: penanggung jawab data and nomor HP."""

    pj_nama: str
    hp: Hp
    nama_label: str = "Nama Penanggung Jawab Data SAKIP/Unit Kerja"
    hp_label: str = "Nomor HP Penanggungjawab Data SAKIP"


@dataclass(frozen=True)
class Signature:
    """The signature block under a table."""

    jabatan: str
    nama: str
    pangkat_line: str  # as printed, e.g. "Pembina Tk. 1 (IV/b)"
    pangkat: str  # expected, e.g. "Pembina Tk. I"
    golongan: str  # expected, e.g. "IV/b"
    nip: Nip
    place_date: str | None = None  # e.g. "Paringin, 12 Maret 2024" above the jabatan


@dataclass(frozen=True)
class Scores:
    """The scores stated in a HASIL EVALUASI cell; None where the text does not state them."""

    nilai: float | None = None
    persen: float | None = None
    keberadaan_nilai: float | None = None
    keberadaan_persen: float | None = None
    kualitas_nilai: float | None = None
    kualitas_persen: float | None = None
    pemanfaatan_nilai: float | None = None
    pemanfaatan_persen: float | None = None


@dataclass(frozen=True)
class Waktu:
    """A WAKTU PELAKSANAAN cell as printed and its expected year and period."""

    text: str
    tahun: int | None
    periode: str | None


@dataclass(frozen=True)
class Status:
    """A STATUS/PROGRES cell as printed and its expected label."""

    text: str
    label: StatusLabel | None


@dataclass(frozen=True)
class LinkCell:
    """A LINK cell: its visible text and, when ``annotated``, a link annotation over it.

    A URL written out in the cell has ``text == url``.
    """

    text: str
    url: str
    annotated: bool = True

    @property
    def url_in_cell(self) -> bool:
        return self.text == self.url


@dataclass(frozen=True)
class Rec:
    """One numbered recommendation and its action plan (printed without the item number)."""

    rekomendasi: str
    rencana_aksi: str
    target: str = "-"
    waktu: Waktu | None = None
    pj: str = ""
    status: Status | None = None
    link: LinkCell | None = None
    # Texts of the first (4-column) table of a two-table document, where they differ.
    rekomendasi_first: str | None = None
    rencana_aksi_first: str | None = None


@dataclass(frozen=True)
class Finding:
    """One evaluated component (a row group under a section row)."""

    kode: str
    hasil: str
    scores: Scores
    recs: tuple[Rec, ...]
    finding_no: int = 1
    hasil_first: str | None = None  # text in the first table of a two-table document
    multi_rec_cell: bool | None = None  # overrides Render.multi_rec_cell for this finding

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode]


@dataclass(frozen=True)
class Render:
    """How a spec is rendered."""

    producer: Producer
    page_size: PageSize = "A4"
    vertical_rules: bool = True
    repeat_header: bool = True
    multi_rec_cell: bool = False  # several numbered recommendations in one cell (4 columns)
    two_tables: bool = False  # a rencana aksi table, then the monitoring table (the seed)
    column_number_row: bool = False  # a "1 2 3 ..." row under the header
    font: str = "Arial"
    font_size: float = 8.0


@dataclass(frozen=True)
class DocSpec:
    """Everything needed to render one sample PDF and write its expected JSON."""

    name: str  # file stem, NNN_producer_unit_year
    title_lines: tuple[str, ...]
    unit_kerja: str  # expected, canonical case
    kabupaten: str
    tahun: int
    header: HeaderBlock
    signature: Signature
    layout: TableLayout
    findings: tuple[Finding, ...]
    render: Render
    headers: dict[Column, str] = field(default_factory=lambda: dict(SEED_HEADERS))
    column_order: tuple[Column, ...] | None = None
    signature_first: Signature | None = None  # signature under the first of two tables
    expect_features: tuple[str, ...] = ()  # features the PDF must show (checked by golden)

    @property
    def columns(self) -> tuple[Column, ...]:
        if self.column_order is not None:
            return self.column_order
        return MONITORING_COLUMNS if self.layout == "monitoring" else RENCANA_AKSI_COLUMNS

    @property
    def expected_layout(self) -> TableLayout:
        return "monitoring" if self.render.two_tables else self.layout

    def validate(self) -> None:
        """Raise ValueError when the spec cannot be rendered as asked."""
        cols = self.columns
        base = MONITORING_COLUMNS if self.layout == "monitoring" else RENCANA_AKSI_COLUMNS
        if sorted(cols) != sorted(base):
            raise ValueError(f"{self.name}: column_order {cols} does not match {self.layout}")
        if cols[:2] != ("no", "hasil"):
            raise ValueError(f"{self.name}: NO and HASIL EVALUASI must be the first columns")
        if self.render.two_tables and self.layout != "monitoring":
            raise ValueError(f"{self.name}: two_tables needs the monitoring layout")
        for f in self.findings:
            if not f.recs:
                raise ValueError(f"{self.name}: finding {f.kode}{f.finding_no} has no rec")
            if self.layout == "monitoring" and f.multi_rec_cell and not self.render.two_tables:
                raise ValueError(f"{self.name}: multi_rec_cell needs the 4-column layout")


def multi_cell(spec: DocSpec, finding: Finding, table: TableLayout) -> bool:
    """Whether the recommendations of ``finding`` share one cell in ``table``."""
    if table == "monitoring":
        return False
    if finding.multi_rec_cell is not None:
        return finding.multi_rec_cell
    return spec.render.multi_rec_cell


def tables_of(spec: DocSpec) -> tuple[TableLayout, ...]:
    """The tables a document holds, in order."""
    return ("rencana_aksi", "monitoring") if spec.render.two_tables else (spec.layout,)


def columns_of(spec: DocSpec, table: TableLayout) -> tuple[Column, ...]:
    """The columns of ``table`` in ``spec`` (the first table of two has the 4 columns)."""
    if table == "rencana_aksi":
        return tuple(c for c in spec.columns if c in RENCANA_AKSI_COLUMNS)
    return spec.columns


def hasil_text(finding: Finding, table: TableLayout, two_tables: bool) -> str:
    if two_tables and table == "rencana_aksi" and finding.hasil_first is not None:
        return finding.hasil_first
    return finding.hasil


def rec_texts(rec: Rec, table: TableLayout, two_tables: bool) -> tuple[str, str]:
    """(rekomendasi, rencana_aksi) as printed in ``table``."""
    if two_tables and table == "rencana_aksi":
        return (
            rec.rekomendasi_first or rec.rekomendasi,
            rec.rencana_aksi_first or rec.rencana_aksi,
        )
    return rec.rekomendasi, rec.rencana_aksi


def fmt_id(value: float, decimals: int = 2) -> str:
    """Indonesian number: decimal comma, thousands dot (``1.234,50``)."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_pct(value: float) -> str:
    """A percentage as printed: ``72%`` or ``62,5%``."""
    if float(value).is_integer():
        return f"{int(value)}%"
    return f"{fmt_id(value, 1)}%"


# Landscape page sizes in millimetres (F4 is the Indonesian folio, 215 x 330 mm).
PAGE_MM: dict[PageSize, tuple[float, float]] = {"A4": (297.0, 210.0), "F4": (330.0, 215.0)}
MARGIN_MM = 12.0
