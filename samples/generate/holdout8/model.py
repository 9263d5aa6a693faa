"""Typed spec of a holdout8 document and the score arithmetic of SAKIP.md.

Everything the expected JSON says comes from these specs, never from a parser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

KOMPONEN = {
    "A": ("Perencanaan Kinerja", 30),
    "B": ("Pengukuran Kinerja", 30),
    "C": ("Pelaporan Kinerja", 15),
    "D": ("Evaluasi Akuntabilitas Kinerja Internal", 25),
}
SHARES = {"keberadaan": Decimal("0.2"), "kualitas": Decimal("0.3"), "pemanfaatan": Decimal("0.5")}
PREDIKAT = [(90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")]
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Score:
    """Percentages of one component (integers); nilai follow from SAKIP.md."""

    kode: str
    kb: int
    ku: int
    pm: int

    def sub(self, name: str) -> Decimal:
        pct = {"keberadaan": self.kb, "kualitas": self.ku, "pemanfaatan": self.pm}[name]
        bobot = KOMPONEN[self.kode][1]
        exact = Decimal(pct) * SHARES[name] * bobot / 100
        if exact.quantize(CENT) != exact:
            raise ValueError(f"{self.kode} {name} {pct}% is not exact to 2 decimals")
        return exact.quantize(CENT)

    @property
    def nilai(self) -> Decimal:
        return sum((self.sub(n) for n in SHARES), Decimal(0))

    @property
    def persen(self) -> Decimal:
        bobot = KOMPONEN[self.kode][1]
        exact = self.nilai * 100 / bobot
        if exact.quantize(Decimal("0.1")) != exact:
            raise ValueError(f"{self.kode} persen {exact} has more than one decimal")
        return exact.quantize(Decimal("0.1"))

    def pct(self, name: str) -> int:
        return {"keberadaan": self.kb, "kualitas": self.ku, "pemanfaatan": self.pm}[name]


def idn(value: Decimal | int | float, places: int = 2) -> str:
    """Indonesian decimal comma with a fixed number of places."""
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-places)) if places else Decimal(value)
    return f"{q:.{places}f}".replace(".", ",")


def pct_text(value: Decimal | int) -> str:
    """72 -> '72', 73.8 -> '73,8'."""
    d = Decimal(str(value))
    if d == d.to_integral():
        return str(int(d))
    return f"{d.normalize():f}".replace(".", ",")


@dataclass
class Rec:
    rek: str
    ra: str
    target: str | None = None
    waktu: str | None = None
    pj: str | None = None
    status: str | None = None
    url: str | None = None
    label: str | None = None  # visible text of an annotated link (reportlab)


@dataclass
class Finding:
    kode: str
    no: int
    hasil: list[str]  # printed lines/paragraphs of the HASIL cell
    score: Score | None
    stated: tuple[str, ...] = ("keberadaan", "kualitas", "pemanfaatan")
    recs: list[Rec] = field(default_factory=list)


@dataclass
class Person:
    nama: str
    pangkat_line: str  # as printed
    pangkat: str  # canonical
    golongan: str
    nip: str  # 18 digits
    sex: int  # 1 male, 2 female
    nip_line: str  # as printed


@dataclass
class Doc:
    code: str
    producer: str  # libreoffice-docx | libreoffice-xlsx | reportlab
    slug: str
    tahun: int
    layout: str  # monitoring | rencana_aksi
    unit_kerja: str
    kabupaten: str
    title: list[str]
    pj_rows: list[tuple[str, str]]  # printed label, printed value
    pj_nama: str
    pj_hp: str
    place_date: str | None
    jabatan_lines: list[str]
    jabatan: str
    signer: Person
    findings: list[Finding]
    features: list[str]
    notes: list[str]
    layout_text: str
    opts: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        short = {"libreoffice-docx": "docx", "libreoffice-xlsx": "xlsx"}.get(
            self.producer, self.producer
        )
        return f"{self.code}_{short}_{self.slug}_{self.tahun}"


def check_nip(p: Person) -> None:
    nip = p.nip
    assert len(nip) == 18 and nip.isdigit(), nip
    born = date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    tmt_y, tmt_m = int(nip[8:12]), int(nip[12:14])
    assert 1 <= tmt_m <= 12, nip
    age = tmt_y - born.year - ((tmt_m, 1) < (born.month, born.day))
    assert age >= 19, (nip, age)
    assert int(nip[14]) == p.sex, nip
    assert nip[15:] != "000", nip
    assert "".join(ch for ch in p.nip_line if ch.isdigit()) == nip, p.nip_line


def predikat(total: Decimal) -> str:
    for bound, label in PREDIKAT:
        if total > bound:
            return label
    return "D"


def check_total(total: Decimal) -> None:
    for bound in (30, 50, 60, 70, 80, 90):
        assert abs(total - bound) > Decimal("0.5"), f"total {total} too near {bound}"
