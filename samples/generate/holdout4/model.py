"""Typed specs of the fourth held-out set: documents, findings, recommendations, scores."""

from __future__ import annotations

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


def _q(value: Decimal) -> Decimal:
    out = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if out != value:
        raise ValueError(f"score {value} is not exact to 2 decimals")
    return out


def idn(value: float | Decimal, decimals: int = 2) -> str:
    """Indonesian decimal comma: 21.6 -> '21,60'."""
    return f"{float(value):.{decimals}f}".replace(".", ",")


def pct(value: float | Decimal) -> str:
    """A percentage without needless decimals: 72 -> '72', 76.5 -> '76,5'."""
    text = f"{float(value):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


@dataclass(frozen=True)
class Scores:
    """Sub-component percentages; nilai computed per SAKIP.md (PermenPANRB 88/2021)."""

    kode: str
    keberadaan: int
    kualitas: int
    pemanfaatan: int
    stated_pemanfaatan: bool = True  # False: the HASIL text is cut before pemanfaatan

    def sub(self, name: str) -> Decimal:
        p = Decimal(getattr(self, name))
        return _q(p / 100 * SHARE[name] * BOBOT[self.kode])

    @property
    def bobot(self) -> int:
        return BOBOT[self.kode]

    @property
    def nilai(self) -> Decimal:
        total = self.sub("keberadaan") + self.sub("kualitas") + self.sub("pemanfaatan")
        return _q(total)

    @property
    def persen(self) -> Decimal:
        p = (
            Decimal(self.keberadaan) * SHARE["keberadaan"]
            + Decimal(self.kualitas) * SHARE["kualitas"]
            + Decimal(self.pemanfaatan) * SHARE["pemanfaatan"]
        )
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


NO_SCORES = dict.fromkeys(
    (
        "nilai",
        "persen",
        "keberadaan_nilai",
        "keberadaan_persen",
        "kualitas_nilai",
        "kualitas_persen",
        "pemanfaatan_nilai",
        "pemanfaatan_persen",
    )
)


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
    finding_no: int
    hasil: str  # as printed (paragraphs joined by "\n")
    scores: Scores | None
    recs: list[Rec]


@dataclass
class Signature:
    above: list[str]  # lines above the jabatan (place/date, a.n. ...)
    jabatan_lines: list[str]  # as printed (trailing comma kept)
    nama: str
    pangkat_line: str
    pangkat: str
    golongan: str
    nip_printed: str

    @property
    def jabatan(self) -> str:
        return " ".join(self.jabatan_lines).rstrip(",").strip()

    @property
    def nip(self) -> str:
        digits = "".join(c for c in self.nip_printed if c.isdigit())
        assert len(digits) == 18, self.nip_printed
        return digits


@dataclass
class Doc:
    name: str
    producer: str  # libreoffice-docx / libreoffice-xlsx / reportlab
    layout: str  # rencana_aksi / monitoring
    unit_kerja: str
    kabupaten: str
    tahun: int
    title_lines: list[str]
    pj_label_lines: list[tuple[str, str]]  # (label, value) rows of the PJ block
    pj_nama: str
    hp_printed: str
    hp_e164: str
    headers: list[str]
    findings: list[Finding]
    signature: Signature
    features: list[str]
    notes: list[str] = field(default_factory=list)
    layout_text: str = ""
    section_label: dict[str, str] = field(default_factory=dict)  # kode -> printed section row
    rek_num: str = "{n}."  # numbering pattern in REKOMENDASI
    ra_num: str = "{n}."  # numbering pattern in RENCANA AKSI
    finding_num: str = "{n}"  # NO column text
    section_split: bool = False  # section row: letter in NO cell, name in the next cell

    def total(self) -> float:
        vals = [float(f.scores.nilai) for f in self.findings if f.scores]
        assert len(vals) == 4
        total = round(sum(vals), 2)
        assert total not in (30.0, 50.0, 60.0, 70.0, 80.0, 90.0)
        assert all(abs(total - b) > 0.5 for b, _ in PREDIKAT), f"{self.name}: {total} near boundary"
        return total


def predikat(total: float) -> str:
    for threshold, label in PREDIKAT:
        if total > threshold:
            return label
    return "D"


def letter(n: int) -> str:
    return "abcdefghij"[n - 1]


def numbered(pattern: str, n: int, text: str) -> str:
    return pattern.format(n=n, a=letter(n)) + " " + text
