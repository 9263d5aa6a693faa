"""Typed specs of the holdout3 documents and the expected JSON built from them."""

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
SHARE = {"k": Decimal("0.2"), "q": Decimal("0.3"), "p": Decimal("0.5")}
PREDIKAT = ((90.0, "AA"), (80.0, "A"), (70.0, "BB"), (60.0, "B"), (50.0, "CC"), (30.0, "C"))


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def idn(x: Decimal | float, places: int = 2) -> str:
    """Indonesian decimal comma: 21,60."""
    q = Decimal(1).scaleb(-places)
    return f"{Decimal(str(x)).quantize(q, ROUND_HALF_UP)}".replace(".", ",")


def pct(x: Decimal | float) -> str:
    """72 -> '72', 74.6 -> '74,6'."""
    d = Decimal(str(x)).normalize()
    s = f"{d:f}"
    return s.replace(".", ",")


@dataclass(frozen=True)
class Scores:
    """Sub-component percentages (even integers, so every nilai has 2 decimals)."""

    kode: str
    k: int
    q: int
    p: int

    def sub(self, part: str) -> Decimal:
        val = {"k": self.k, "q": self.q, "p": self.p}[part]
        out = Decimal(val) / 100 * SHARE[part] * BOBOT[self.kode]
        assert out == out.quantize(Decimal("0.01")), (self, part, out)
        return out

    @property
    def nilai(self) -> Decimal:
        return self.sub("k") + self.sub("q") + self.sub("p")

    @property
    def persen(self) -> Decimal:
        out = self.nilai / BOBOT[self.kode] * 100
        assert out == out.quantize(Decimal("0.1")), (self, out)
        return out.quantize(Decimal("0.1")).normalize()


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
    text: str  # visible cell text
    url: str  # tautan
    annotated: bool  # a link annotation on the cell text


@dataclass
class Rec:
    rek: str  # printed text without its number; '\n' separates printed lines ('-' lists)
    ra: str
    target: str | None = None
    waktu: Waktu | None = None
    pj: str | None = None
    status: Status | None = None
    link: Link | None = None


@dataclass
class Finding:
    kode: str
    scores: Scores
    hasil: str  # printed HASIL cell; '\n' separates paragraphs
    recs: list[Rec]
    pemanfaatan_stated: bool = True
    finding_no: int = 1


@dataclass
class Signer:
    jabatan_lines: list[str]  # printed
    nama: str
    pangkat_line: str
    nip_line: str
    lead: list[str] = field(default_factory=list)  # 'Mengetahui,' etc. above jabatan


@dataclass
class Doc:
    name: str
    producer: str  # libreoffice-docx / libreoffice-xlsx / reportlab
    layout: str  # rencana_aksi / monitoring
    title_lines: list[str]
    unit_kerja: str
    kabupaten: str
    tahun: int
    pj_label: list[str]  # the two header-block labels as printed
    pj_nama: str
    hp_printed: str
    hp_e164: str
    headers: list[str]
    section_label: dict[str, str]  # kode -> printed section row
    findings: list[Finding]
    signer: Signer  # the penandatangan (right / only block)
    sign_place_date: str | None
    exp_jabatan: str
    exp_pangkat: str
    exp_golongan: str
    exp_nip: str
    number_fmt: str = "{n}."  # '{n}.', '{n})', '{a}.'
    left_signer: Signer | None = None  # 'Mengetahui' block on the left
    render: dict = field(default_factory=dict)
    features: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    layout_desc: str = ""

    def label(self, n: int) -> str:
        return self.number_fmt.format(n=n, a="abcdefghij"[n - 1])

    @property
    def total(self) -> Decimal:
        return sum((f.scores.nilai for f in self.findings), Decimal(0))


def predikat(total: float) -> str:
    for threshold, label in PREDIKAT:
        if total > threshold:
            return label
    return "D"


def expected(doc: Doc, page_count: int, rec_pages: list[int]) -> dict:
    total = float(doc.total)
    assert total not in (30.0, 50.0, 60.0, 70.0, 80.0, 90.0)
    mon = doc.layout == "monitoring"
    document = {
        "page_count": page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit_kerja,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.tahun,
        "pj_nama": doc.pj_nama,
        "pj_hp": doc.hp_e164,
        "penandatangan_jabatan": doc.exp_jabatan,
        "penandatangan_nama": doc.signer.nama,
        "penandatangan_pangkat": doc.exp_pangkat,
        "penandatangan_golongan": doc.exp_golongan,
        "penandatangan_nip": doc.exp_nip,
        "total_nilai": round(total, 2),
        "predikat": predikat(total),
    }
    findings = []
    recs = []
    it = iter(rec_pages)
    for f in doc.findings:
        s = f.scores
        pm = f.pemanfaatan_stated
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": KOMPONEN[f.kode],
                "finding_no": f.finding_no,
                "nilai": float(s.nilai),
                "persen": float(s.persen),
                "keberadaan_nilai": float(s.sub("k")),
                "keberadaan_persen": float(s.k),
                "kualitas_nilai": float(s.sub("q")),
                "kualitas_persen": float(s.q),
                "pemanfaatan_nilai": float(s.sub("p")) if pm else None,
                "pemanfaatan_persen": float(s.p) if pm else None,
                "hasil_evaluasi": collapse(f.hasil),
            }
        )
        for no, r in enumerate(f.recs, 1):
            target = collapse(r.target) if mon and r.target else None
            recs.append(
                {
                    "komponen_kode": f.kode,
                    "komponen": KOMPONEN[f.kode],
                    "finding_no": f.finding_no,
                    "rekomendasi_no": no,
                    "rekomendasi": collapse(r.rek),
                    "rencana_aksi": collapse(r.ra) or None,
                    "target_data": None if target in (None, "-") else target,
                    "waktu_pelaksanaan": collapse(r.waktu.text) if mon and r.waktu else None,
                    "waktu_tahun": r.waktu.tahun if mon and r.waktu else None,
                    "waktu_periode": r.waktu.periode if mon and r.waktu else None,
                    "penanggung_jawab": collapse(r.pj) or None if mon else None,
                    "status_progres": collapse(r.status.text) if mon and r.status else None,
                    "status": r.status.label if mon and r.status else None,
                    "tautan": r.link.url if mon and r.link else None,
                    "tautan_teks": collapse(r.link.text) if mon and r.link else None,
                    "page": next(it),
                }
            )
    return {"document": document, "findings": findings, "recommendations": recs}
