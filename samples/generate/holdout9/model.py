"""Typed specs of the ninth held-out set: documents, findings, recommendations, people.

Everything the expected JSON holds is typed here or computed from typed numbers (the
scores); nothing is read back from a parser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KOMPONEN = {
    "A": ("Perencanaan Kinerja", 30),
    "B": ("Pengukuran Kinerja", 30),
    "C": ("Pelaporan Kinerja", 15),
    "D": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
}
SHARES = (0.2, 0.3, 0.5)
BOUNDARIES = (90, 80, 70, 60, 50, 30)


def idnum(x: float, decimals: int = 2) -> str:
    """Indonesian decimal comma: 21.6 -> '21,60'."""
    return f"{x:.{decimals}f}".replace(".", ",")


def short(x: float) -> str:
    """One decimal when the second is zero ('5,4'), else two ('7,02')."""
    two = f"{x:.2f}"
    return (two[:-1] if two.endswith("0") else two).replace(".", ",")


def pct(p: float) -> str:
    """'72%' for a whole percentage, '72,8%' otherwise."""
    return (f"{p:.0f}" if abs(p - round(p)) < 1e-9 else f"{p:.1f}").replace(".", ",") + "%"


@dataclass(frozen=True)
class Score:
    """A component's score from its three sub-component percentages (SAKIP.md)."""

    kode: str
    keb_p: int
    kual_p: int
    pem_p: int

    @property
    def bobot(self) -> int:
        return KOMPONEN[self.kode][1]

    def _sub(self, i: int, p: int) -> float:
        value = p * SHARES[i] * self.bobot / 100
        if abs(value * 100 - round(value * 100)) > 1e-6:
            raise ValueError(f"{self.kode}: {p}% x share is not exact to 2 decimals")
        return round(value, 2)

    @property
    def keb(self) -> float:
        return self._sub(0, self.keb_p)

    @property
    def kual(self) -> float:
        return self._sub(1, self.kual_p)

    @property
    def pem(self) -> float:
        return self._sub(2, self.pem_p)

    @property
    def nilai(self) -> float:
        return round(self.keb + self.kual + self.pem, 2)

    @property
    def persen(self) -> float:
        return round(self.nilai / self.bobot * 100, 1)


@dataclass
class Rec:
    """One numbered recommendation and its action plan (and monitoring cells)."""

    rek: str
    ra: str
    target: str | None = None  # as printed; '-' is printed but expected null
    waktu: tuple[str, str | None, int | None] | None = None  # printed, periode, tahun
    pj: str | None = None
    status: tuple[str, str | None] | None = None  # printed, label
    link: tuple[str, str, bool] | None = None  # url, visible text, annotated


@dataclass
class Finding:
    kode: str
    no: int
    hasil: list[str]  # printed paragraphs/lines of the HASIL cell
    recs: list[Rec]
    score: Score | None = None
    pem_stated: bool = True
    hasil_table: list[list[str]] | None = None  # a nested score table (902)
    hasil_after: list[str] = field(default_factory=list)
    no_rec_text: tuple[str, str] | None = (
        None  # REKOMENDASI / RENCANA AKSI of a finding without one
    )

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode][0]


@dataclass(frozen=True)
class Person:
    name: str
    birth: str  # yyyymmdd
    tmt: str  # yyyymm
    sex: int
    seq: int

    @property
    def nip(self) -> str:
        nip = f"{self.birth}{self.tmt}{self.sex}{self.seq:03d}"
        born = dt.date(int(self.birth[:4]), int(self.birth[4:6]), int(self.birth[6:]))
        tmt = dt.date(int(self.tmt[:4]), int(self.tmt[4:]), 1)
        age = (tmt - born).days / 365.25
        if len(nip) != 18 or not 19 <= age <= 40 or self.sex not in (1, 2):
            raise ValueError(f"bad NIP {nip}")
        return nip

    def nip_spaced(self) -> str:
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


@dataclass
class Signer:
    jabatan_lines: list[str]  # printed
    jabatan: str  # expected
    person: Person
    pangkat: str
    golongan: str
    pangkat_line: str  # printed
    nip_line: str  # printed
    place_date: str | None = None
    labels: tuple[str, str, str] | None = None  # 'Nama' / 'Pangkat/Gol.' / 'NIP' columns


@dataclass
class Doc:
    num: int
    producer: str  # libreoffice-docx | libreoffice-xlsx | reportlab
    slug: str
    year: int
    layout: str  # monitoring | rencana_aksi
    unit: str
    kabupaten: str
    title_lines: list[str]
    pj_nama: str
    pj_hp_printed: str
    pj_hp: str
    signer: Signer
    findings: list[Finding]
    features: list[str]
    summary: str
    notes: list[str]
    pj_rows: list[tuple[str, str]] = field(default_factory=list)  # printed PJ block
    intro: str | None = None  # paragraph between the title and the table
    page_header: str | None = None  # repeated on every page
    footnotes: list[str] = field(default_factory=list)  # under the table
    total_line: str | None = None  # a total row under the last finding
    left_block: list[str] = field(default_factory=list)  # left signature block lines

    @property
    def stem(self) -> str:
        short_producer = {"libreoffice-docx": "docx", "libreoffice-xlsx": "xlsx"}
        prod = short_producer.get(self.producer, self.producer)
        return f"{self.num}_{prod}_{self.slug}_{self.year}"

    def scored(self) -> list[Finding]:
        return [f for f in self.findings if f.score is not None]

    @property
    def total(self) -> float:
        kodes = [f.kode for f in self.scored()]
        if sorted(kodes) != ["A", "B", "C", "D"]:
            raise ValueError(f"{self.stem}: one scored finding per komponen expected")
        return round(sum(f.score.nilai for f in self.scored() if f.score), 2)

    @property
    def predikat(self) -> str:
        t = self.total
        if any(abs(t - b) < 0.5 for b in BOUNDARIES):
            raise ValueError(f"{self.stem}: total {t} near a predikat boundary")
        for bound, label in ((90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")):
            if t > bound:
                return label
        return "D"


def roman(n: int, lower: bool = True) -> str:
    vals = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out if lower else out.upper()
