"""Typed specs of the tenth held-out set: documents, findings, recommendations, people.

Every expected value is typed here or computed from typed numbers (the scores); nothing
is read back from a parser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

KOMPONEN: dict[str, tuple[str, int]] = {
    "A": ("Perencanaan Kinerja", 30),
    "B": ("Pengukuran Kinerja", 30),
    "C": ("Pelaporan Kinerja", 15),
    "D": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
}
SHARES = (20, 30, 50)
BOUNDARIES = (90, 80, 70, 60, 50, 30)


def num(x: float, decimals: int = 2) -> str:
    """Indonesian decimal comma: 21.6 -> '21,60'."""
    return f"{x:.{decimals}f}".replace(".", ",")


def pct(p: float) -> str:
    """'72%' for a whole percentage, '72,8%' otherwise."""
    whole = abs(p - round(p)) < 1e-9
    return (f"{p:.0f}" if whole else f"{p:.1f}").replace(".", ",") + "%"


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

    def _sub(self, share: int, p: int) -> float:
        hundredths = p * share * self.bobot  # value x 10000
        if hundredths % 100:
            raise ValueError(f"{self.kode}: {p}% of share {share} is not exact to 2 decimals")
        return round(hundredths / 10000, 2)

    @property
    def keb(self) -> float:
        return self._sub(SHARES[0], self.keb_p)

    @property
    def kual(self) -> float:
        return self._sub(SHARES[1], self.kual_p)

    @property
    def pem(self) -> float:
        return self._sub(SHARES[2], self.pem_p)

    @property
    def nilai(self) -> float:
        return round(self.keb + self.kual + self.pem, 2)

    @property
    def persen(self) -> float:
        tenths = self.keb_p * SHARES[0] + self.kual_p * SHARES[1] + self.pem_p * SHARES[2]
        p = round(tenths / 100, 1)
        if abs(p * self.bobot / 100 - self.nilai) > 1e-9:
            raise ValueError(f"{self.kode}: persen {p} does not give nilai {self.nilai}")
        return p


@dataclass
class Rec:
    """One recommendation and its action plan (and monitoring cells)."""

    rek: str
    ra: str
    target: str | None = None  # as printed; '-' is printed but expected null
    waktu: tuple[str, str | None, int | None] | None = None  # printed, periode, tahun
    pj: str | None = None
    status: tuple[str, str | None] | None = None  # printed, label
    link: tuple[str, str, bool] | None = None  # url, visible text, annotated
    no: int | None = None  # printed number when it is not the position (running numbers)


@dataclass(frozen=True)
class Hasil:
    """The printed lines/paragraphs of a HASIL cell and the score they state."""

    lines: list[str]
    score: Score


@dataclass
class Finding:
    kode: str
    no: int
    hasil_cell: Hasil
    recs: list[Rec]

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode][0]

    @property
    def hasil(self) -> list[str]:
        return self.hasil_cell.lines

    @property
    def score(self) -> Score:
        if self.hasil_cell.score.kode != self.kode:
            raise ValueError(f"score of {self.hasil_cell.score.kode} under {self.kode}")
        return self.hasil_cell.score


@dataclass(frozen=True)
class Person:
    name: str
    birth: str  # yyyymmdd
    tmt: str  # yyyymm
    sex: int  # 1 male, 2 female
    seq: int

    @property
    def nip(self) -> str:
        nip = f"{self.birth}{self.tmt}{self.sex}{self.seq:03d}"
        born = dt.date(int(self.birth[:4]), int(self.birth[4:6]), int(self.birth[6:]))
        tmt = dt.date(int(self.tmt[:4]), int(self.tmt[4:]), 1)
        age = (tmt - born).days / 365.25
        if len(nip) != 18 or not nip.isdigit() or not 19 <= age <= 40 or self.sex not in (1, 2):
            raise ValueError(f"bad NIP {nip}")
        return nip

    def spaced(self) -> str:
        n = self.nip
        return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


@dataclass
class Signer:
    lines: list[str]  # printed block, top to bottom (place/date, jabatan, name, pangkat, NIP)
    jabatan: str  # expected
    person: Person
    pangkat: str  # expected
    golongan: str  # expected
    name_index: int  # index of the name line in lines (space for the signature above it)


@dataclass
class Doc:
    num: int
    producer: str  # libreoffice-docx | libreoffice-xlsx | reportlab
    slug: str
    year: int
    layout: str  # monitoring | rencana_aksi
    unit: str
    kabupaten: str
    province: str
    title_lines: list[str]
    pj_rows: list[tuple[str, str]]  # printed PJ block (label, value); label '' = one line
    pj_nama: str
    pj_hp: str
    signer: Signer
    findings: list[Finding]
    columns: list[tuple[str, str]]  # (key, printed header) left to right
    features: list[str]
    summary: str
    notes: list[str]
    numbering: str = "{n}."  # item marker of recommendations / action plans
    look: dict[str, Any] = field(default_factory=dict)  # producer-specific layout knobs
    after_table: list[str] = field(default_factory=list)  # legend lines under the table

    @property
    def stem(self) -> str:
        short = {"libreoffice-docx": "docx", "libreoffice-xlsx": "xlsx"}
        return f"{self.num}_{short.get(self.producer, self.producer)}_{self.slug}_{self.year}"

    def marker(self, pos: int, r: Rec) -> str:
        return self.numbering.format(n=r.no if r.no is not None else pos)

    @property
    def total(self) -> float:
        scored = [f for f in self.findings if f.score is not None]
        if sorted(f.kode for f in scored) != ["A", "B", "C", "D"]:
            raise ValueError(f"{self.stem}: one scored finding per komponen expected")
        return round(sum(f.score.nilai for f in scored if f.score), 2)

    @property
    def predikat(self) -> str:
        t = self.total
        if any(abs(t - b) < 0.5 for b in BOUNDARIES):
            raise ValueError(f"{self.stem}: total {t} within 0,5 of a predikat boundary")
        for bound, label in ((90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")):
            if t > bound:
                return label
        return "D"
