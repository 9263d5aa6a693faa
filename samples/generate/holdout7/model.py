"""Typed specs of the seventh held-out set: documents, findings, recommendations, scores."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

BOBOT = {"A": 30, "B": 30, "C": 15, "D": 25}
KOMPONEN = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}
SHARE = {"keberadaan": Decimal("0.2"), "kualitas": Decimal("0.3"), "pemanfaatan": Decimal("0.5")}
PREDIKAT = ((90.0, "AA"), (80.0, "A"), (70.0, "BB"), (60.0, "B"), (50.0, "CC"), (30.0, "C"))
SUBS = ("keberadaan", "kualitas", "pemanfaatan")


def _q(value: Decimal) -> Decimal:
    out = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if out != value:
        raise ValueError(f"score {value} is not exact to 2 decimals")
    return out


def idn(value: float | Decimal) -> str:
    """Indonesian decimal comma with two decimals: 21.6 -> '21,60'."""
    return f"{float(value):.2f}".replace(".", ",")


def pct(value: float | Decimal) -> str:
    """A percentage without needless decimals: 72 -> '72', 76.5 -> '76,5'."""
    return f"{float(value):.2f}".rstrip("0").rstrip(".").replace(".", ",")


@dataclass(frozen=True)
class Scores:
    """Sub-component percentages; every nilai follows PermenPANRB 88/2021 (SAKIP.md)."""

    kode: str
    keberadaan: int
    kualitas: int
    pemanfaatan: int
    stated_pemanfaatan: bool = True  # False: the HASIL text states no pemanfaatan score

    def sub(self, name: str) -> Decimal:
        return _q(Decimal(getattr(self, name)) / 100 * SHARE[name] * BOBOT[self.kode])

    def subs(self, name: str) -> tuple[str, str]:
        """(nilai, persen) of a sub-component as printed."""
        return idn(self.sub(name)), pct(getattr(self, name))

    @property
    def bobot(self) -> int:
        return BOBOT[self.kode]

    @property
    def nilai(self) -> Decimal:
        return _q(sum((self.sub(n) for n in SUBS), Decimal(0)))

    @property
    def persen(self) -> Decimal:
        p = sum((Decimal(getattr(self, n)) * SHARE[n] for n in SUBS), Decimal(0))
        if _q(p / 100 * self.bobot) != self.nilai:
            raise ValueError(f"{self.kode}: persen {p} does not give nilai {self.nilai}")
        return _q(p)

    def expected(self) -> dict[str, float | None]:
        pem = self.stated_pemanfaatan
        return {
            "nilai": float(self.nilai),
            "persen": float(self.persen),
            "keberadaan_nilai": float(self.sub("keberadaan")),
            "keberadaan_persen": float(self.keberadaan),
            "kualitas_nilai": float(self.sub("kualitas")),
            "kualitas_persen": float(self.kualitas),
            "pemanfaatan_nilai": float(self.sub("pemanfaatan")) if pem else None,
            "pemanfaatan_persen": float(self.pemanfaatan) if pem else None,
        }


@dataclass(frozen=True)
class Waktu:
    text: str
    tahun: int | None
    periode: str | None


@dataclass(frozen=True)
class Status:
    text: str
    label: str  # selesai / proses / belum


@dataclass(frozen=True)
class Link:
    url: str
    text: str  # visible cell text
    annotated: bool  # a PDF link annotation (reportlab only)


@dataclass
class Rec:
    rek: str
    ra: str
    target: str | None = None
    waktu: Waktu | None = None
    pj: str | None = None
    status: Status | None = None
    link: Link | None = None


@dataclass
class Finding:
    kode: str
    hasil: str  # as printed, lines joined by "\n"
    scores: Scores
    recs: list[Rec]
    finding_no: int = 1  # the printed NO
    nilai_cell: str | None = None  # the separate NILAI column beside HASIL (if any)


def nip(birth: str, tmt: str, sex: int, seq: int) -> str:
    """18-digit NIP from birth date yyyymmdd, CPNS TMT yyyymm, sex digit and sequence."""
    born = dt.date(int(birth[:4]), int(birth[4:6]), int(birth[6:]))
    year, month = int(tmt[:4]), int(tmt[4:])
    assert 1 <= month <= 12 and year - born.year >= 19 and year <= 2021, (birth, tmt)
    assert sex in (1, 2) and 1 <= seq <= 20
    return f"{birth}{tmt}{sex}{seq:03d}"


def nip_spaced(value: str) -> str:
    return f"{value[:8]} {value[8:14]} {value[14]} {value[15:]}"


@dataclass
class Signature:
    above: list[str]  # place/date ...
    jabatan_lines: list[str]  # as printed (trailing comma kept)
    nama: str
    pangkat_line: str
    pangkat: str
    golongan: str
    nip: str  # 18 digits
    nip_line: str  # as printed
    female: bool = False

    @property
    def jabatan(self) -> str:
        return " ".join(self.jabatan_lines).rstrip(",").strip()

    def lines(self) -> list[str]:
        return [
            *self.above,
            *self.jabatan_lines,
            "",
            "",
            "",
            self.nama,
            self.pangkat_line,
            self.nip_line,
        ]

    def check(self) -> None:
        assert re.sub(r"\D", "", self.nip_line) == self.nip, self.nip_line
        assert self.nip[14] == ("2" if self.female else "1")


@dataclass
class Doc:
    name: str
    producer: str  # libreoffice-docx / libreoffice-xlsx / reportlab
    tables: list[str]  # layouts of the printed tables in order; the last one is the record
    unit_kerja: str
    kabupaten: str
    tahun: int
    kop: list[str]  # letterhead lines above a double rule (empty: none)
    title_lines: list[list[str]]  # per table
    pj_rows: list[tuple[str, str]]  # (label, value) rows of the PJ block
    pj_nama: str
    hp_e164: str
    headers: dict[str, list[str]]  # layout -> header cells
    findings: list[Finding]
    signature: Signature
    features: list[str]
    layout_text: str
    notes: list[str] = field(default_factory=list)
    mengetahui: Signature | None = None  # left-hand 'Mengetahui' block (not the signer)
    colnum_row: bool = False  # a '(1) (2) ...' row under the header
    section_label: dict[str, str] = field(default_factory=dict)  # kode -> printed section row
    rek_num: str = "{n}."
    ra_num: str = "{n}."
    nilai_column: bool = False  # a NILAI column beside HASIL

    @property
    def layout(self) -> str:
        return self.tables[-1]

    def total(self) -> float:
        vals = [float(f.scores.nilai) for f in self.findings]
        assert sorted(f.kode for f in self.findings) == ["A", "B", "C", "D"], self.name
        total = round(sum(vals), 2)
        assert all(abs(total - b) > 0.5 for b, _ in PREDIKAT), f"{self.name}: {total} near boundary"
        return total

    def check(self) -> None:
        self.signature.check()
        if self.mengetahui:
            self.mengetahui.check()
        hp = next(v for lab, v in self.pj_rows if "HP" in lab.upper() or "TELP" in lab.upper())
        digits = re.sub(r"\D", "", hp)
        national = digits[2:] if digits.startswith("62") else digits[1:]
        assert self.hp_e164 == "+62" + national and national.startswith("8"), (hp, self.hp_e164)
        assert 9 <= len(national) <= 12


def predikat(total: float) -> str:
    for threshold, label in PREDIKAT:
        if total > threshold:
            return label
    return "D"


def numbered(pattern: str, n: int, text: str) -> str:
    if not pattern:
        return text
    return pattern.format(n=n, a="abcdefghij"[n - 1]) + " " + text
