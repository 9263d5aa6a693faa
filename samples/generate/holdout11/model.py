"""Typed specs of the eleventh held-out set: documents, findings, recommendations, people.

Everything the expected JSON holds is typed here or computed from typed numbers (the
scores from the typed sub-component percentages); nothing is read back from a parser.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

KOMPONEN: dict[str, tuple[str, int]] = {
    "A": ("Perencanaan Kinerja", 30),
    "B": ("Pengukuran Kinerja", 30),
    "C": ("Pelaporan Kinerja", 15),
    "D": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
}
SHARES = (0.2, 0.3, 0.5)
BOUNDARIES = (90, 80, 70, 60, 50, 30)


def idn(x: float, decimals: int = 2) -> str:
    """Indonesian decimal comma: 21.6 -> '21,60'."""
    return f"{x:.{decimals}f}".replace(".", ",")


def pct(p: float) -> str:
    """'72%' for a whole percentage, '72,8%' otherwise."""
    return pnum(p) + "%"


def pnum(p: float) -> str:
    """'72' for a whole number, '72,8' otherwise."""
    return f"{p:.0f}" if abs(p - round(p)) < 1e-9 else f"{p:.1f}".replace(".", ",")


def predikat(total: float) -> str:
    for limit, label in zip(BOUNDARIES, ("AA", "A", "BB", "B", "CC", "C"), strict=True):
        if total > limit:
            return label
    return "D"


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

    def part(self, i: int) -> float:
        p = (self.keb_p, self.kual_p, self.pem_p)[i]
        value = p * SHARES[i] * self.bobot / 100
        if abs(value * 100 - round(value * 100)) > 1e-6:
            raise ValueError(f"{self.kode}: {p}% x share x bobot is not exact to 2 decimals")
        return round(value, 2)

    def share_max(self, i: int) -> float:
        return round(SHARES[i] * self.bobot, 2)

    @property
    def keb(self) -> float:
        return self.part(0)

    @property
    def kual(self) -> float:
        return self.part(1)

    @property
    def pem(self) -> float:
        return self.part(2)

    @property
    def nilai(self) -> float:
        return round(self.keb + self.kual + self.pem, 2)

    @property
    def persen(self) -> float:
        return round(self.nilai / self.bobot * 100, 1)


@dataclass
class Rec:
    """One recommendation, its action plan and (monitoring layout) its monitoring cells."""

    rek: str  # printed text without the item number
    ra: str
    target: str | None = None  # as printed; '-' printed, expected null
    waktu: tuple[str, str | None, int | None] | None = None  # printed, periode, tahun
    pj: str | None = None
    status: tuple[str, str | None] | None = None  # printed, label
    link: tuple[str, str, bool] | None = None  # url, visible text, annotated
    ket: str | None = None  # a remarks column that is no field (1103)


@dataclass
class Finding:
    kode: str
    no: int
    hasil: list[str]  # printed lines / paragraphs of the HASIL cell
    recs: list[Rec]
    score: Score | None = None

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode][0]


@dataclass(frozen=True)
class Person:
    name: str
    birth: str  # yyyymmdd
    tmt: str  # yyyymm (CPNS)
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
    lines_above: list[str]  # printed lines above the jabatan (place/date ...)
    jabatan_lines: list[str]  # printed
    jabatan: str  # expected
    person: Person
    pangkat: str  # expected
    golongan: str  # expected
    pangkat_line: str  # printed
    nip_line: str  # printed


@dataclass
class OtherSigner:
    """A signature block that is NOT the penandatangan (preparer, checker ...)."""

    lines: list[str]  # every printed line, name included


@dataclass
class Doc:
    num: int
    producer: str  # libreoffice-docx | libreoffice-xlsx | reportlab
    slug: str
    year: int
    layout: str  # rencana_aksi | monitoring
    unit: str
    kabupaten: str
    title_lines: list[str]
    pj_rows: list[tuple[str, str]]  # printed label / value
    pj_nama: str
    pj_hp: str  # E.164
    headers: list[str]
    signer: Signer
    findings: list[Finding]
    features: list[str]
    description: str
    notes: list[str]
    others: list[OtherSigner] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # other printed lines (legend ...)
    rek_col: str = "REKOMENDASI"  # first word of the REKOMENDASI header cell
    hasil_col: str = "HASIL"

    @property
    def stem(self) -> str:
        kind = {"libreoffice-docx": "docx", "libreoffice-xlsx": "xlsx"}.get(
            self.producer, "reportlab"
        )
        return f"{self.num}_{kind}_{self.slug}_{self.year}"

    @property
    def total(self) -> float:
        return round(sum(f.score.nilai for f in self.findings if f.score), 2)

    def recs(self) -> list[tuple[Finding, int, Rec]]:
        return [(f, i, r) for f in self.findings for i, r in enumerate(f.recs, 1)]
