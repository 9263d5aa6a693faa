"""Realistic variations built from the seed: other units, years, people, scores and wording.

Every choice comes from a ``random.Random`` seeded per sample, so the specs are the same on
every run. Expected values are built from the same parts as the printed text (the NIP from
its birth date, appointment and sequence; the HP from its digits), never parsed back.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from samples.generate import vocab
from samples.generate.spec import (
    BOBOT,
    KOMPONEN,
    SEED_HEADERS,
    Column,
    DocSpec,
    Finding,
    HeaderBlock,
    Hp,
    LinkCell,
    Nip,
    Rec,
    Render,
    Scores,
    Signature,
    Status,
    TableLayout,
    Waktu,
    fmt_id,
    fmt_pct,
)

PANGKAT: dict[str, str] = {
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
    "IV/e": "Pembina Utama",
}

TITLES: dict[str, tuple[str, str]] = {
    "rencana_aksi": (
        "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN {t}",
        "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN",
    ),
    "rtl": ("RENCANA TINDAK LANJUT HASIL EVALUASI AKIP TAHUN {t}", "PEMERINTAH KABUPATEN BALANGAN"),
    "monitoring": (
        "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN {t}",
        "KABUPATEN BALANGAN",
    ),
}


@dataclass(frozen=True)
class Person:
    nama: str
    sex: int  # 1 male, 2 female (the NIP's 15th digit)
    birth: dt.date
    tmt: tuple[int, int]  # CPNS appointment (year, month)
    seq: int
    golongan: str

    def nip(self, prefix: str = "NIP.") -> Nip:
        b = self.birth.strftime("%Y%m%d")
        t = f"{self.tmt[0]:04d}{self.tmt[1]:02d}"
        return Nip(f"{prefix}{b} {t} {self.sex} {self.seq:03d}", f"{b}{t}{self.sex}{self.seq:03d}")

    def check(self) -> None:
        age = (
            self.tmt[0] - self.birth.year - ((self.tmt[1], 1) < (self.birth.month, self.birth.day))
        )
        if age < 18:
            raise ValueError(f"{self.nama}: appointed at {age}")


@dataclass(frozen=True)
class Unit:
    slug: str
    title: str  # as printed in the title block
    unit_kerja: str  # expected
    jabatan: str
    pjs: tuple[str, ...]  # PENANGGUNG JAWAB of the recommendation rows


def hp(national: str, style: int) -> Hp:
    """A mobile number from its national digits (``81254123456``) in one of four styles."""
    d = national
    printed = (
        f"0{d[:3]}-{d[3:7]}-{d[7:]}",
        f"+62 {d[:3]} - {d[3:6]} - {d[6:]}",
        f"62 {d[:3]} {d[3:7]} {d[7:]}",
        f"0{d[:3]} {d[3:7]} {d[7:]}",
    )[style]
    return Hp(printed, f"+62{d}")


def signature(unit: Unit, person: Person, style: int, place_date: str | None = None) -> Signature:
    """The signature block; ``style`` picks how pangkat and golongan are printed."""
    pangkat = PANGKAT[person.golongan]
    printed = pangkat.replace("Tk. I", "Tk. 1") if style == 3 else pangkat
    line = (
        f"{printed} ({person.golongan})",
        f"{printed}, {person.golongan}",
        f"{printed} / {person.golongan}",
        f"{printed} ({person.golongan})",
    )[style]
    prefix = ("NIP.", "NIP. ", "NIP ", "NIP.")[style]
    return Signature(
        jabatan=unit.jabatan,
        nama=person.nama,
        pangkat_line=line,
        pangkat=pangkat,
        golongan=person.golongan,
        nip=person.nip(prefix),
        place_date=place_date,
    )


def _exact(value: Decimal) -> bool:
    return value == value.quantize(Decimal("0.01"))


def scores(kode: str, rng: random.Random) -> tuple[int, int, int]:
    """(keberadaan, kualitas, pemanfaatan) percentages whose nilai are exact to 2 decimals."""
    bobot = Decimal(str(BOBOT[kode]))
    while True:
        k = rng.choice((60, 70, 75, 80, 85, 90, 100))
        q = rng.choice((50, 60, 65, 70, 75, 80, 85, 90))
        p = rng.choice((40, 50, 55, 60, 64, 70, 76, 80, 84, 90))
        parts = [
            Decimal(k) * bobot * Decimal("0.002"),
            Decimal(q) * bobot * Decimal("0.003"),
            Decimal(p) * bobot * Decimal("0.005"),
        ]
        persen = (Decimal(k) * 2 + Decimal(q) * 3 + Decimal(p) * 5) / 10
        if all(_exact(x) for x in parts) and persen == persen.to_integral_value():
            return k, q, p


@dataclass(frozen=True)
class HasilOptions:
    quoted: bool = False  # the component nilai printed "21,60"
    with_pemanfaatan: bool = True  # c. Pemanfaatan with its score
    with_nilai: bool = True  # the component's nilai stated at all
    long: bool = False  # many criteria: the cell breaks across pages


def hasil(kode: str, rng: random.Random, opt: HasilOptions) -> tuple[str, Scores]:
    """A HASIL EVALUASI text and the scores it states."""
    k, q, p = scores(kode, rng)
    bobot = BOBOT[kode]
    nk, nq, np_ = (round(x, 2) for x in (k * bobot * 0.002, q * bobot * 0.003, p * bobot * 0.005))
    persen = (k * 2 + q * 3 + p * 5) / 10
    nilai = round(persen * bobot / 100, 2)
    name = KOMPONEN[kode]
    crit = vocab.KRITERIA[kode]
    n = 99 if opt.long else 2

    def pick(aspect: str) -> str:
        pool = list(crit[aspect])
        chosen = pool if opt.long else rng.sample(pool, min(n, len(pool)))
        return ", ".join(chosen)

    q_ = '"' if opt.quoted else ""
    if opt.with_nilai:
        head = f"{name} memperoleh nilai {q_}{fmt_id(nilai)}{q_} atau {fmt_pct(persen)} dengan "
        head += "kriteria sebagai berikut :"
    else:
        head = f"Hasil evaluasi atas {name} dengan kriteria sebagai berikut :"
    parts = [
        head,
        f"a. Keberadaan : Keberadaan {name} memperoleh nilai {fmt_id(nk)} atau {fmt_pct(k)} "
        f"dengan kriteria : {pick('keberadaan')}.",
        f"b. Kualitas : Kualitas {name} memperoleh nilai {fmt_id(nq)} atau {fmt_pct(q)} dengan "
        f"kriteria : {pick('kualitas')}.",
    ]
    if opt.with_pemanfaatan:
        parts.append(
            f"c. Pemanfaatan : Pemanfaatan {name} memperoleh nilai {fmt_id(np_)} atau "
            f"{fmt_pct(p)} dengan kriteria : {pick('pemanfaatan')}."
        )
    if opt.long:
        parts.append("Uraian : " + " ".join(vocab.URAIAN[kode]))
        parts.append(
            "Catatan : " + " ".join(f"{c}." for a in ("kualitas", "pemanfaatan") for c in crit[a])
        )
    s = Scores(
        nilai=nilai if opt.with_nilai else None,
        persen=float(persen) if opt.with_nilai else None,
        keberadaan_nilai=nk,
        keberadaan_persen=float(k),
        kualitas_nilai=nq,
        kualitas_persen=float(q),
        pemanfaatan_nilai=np_ if opt.with_pemanfaatan else None,
        pemanfaatan_persen=float(p) if opt.with_pemanfaatan else None,
    )
    return " ".join(parts), s


def drive_url(rng: random.Random, folder: bool = False) -> str:
    chars = string.ascii_letters + string.digits + "-_"
    ident = "1" + "".join(rng.choice(chars) for _ in range(32))
    if folder:
        return f"https://drive.google.com/drive/folders/{ident}?usp=sharing"
    return f"https://drive.google.com/file/d/{ident}/view?usp=sharing"


def restate(rek: str) -> str:
    """The rencana aksi that restates a recommendation: "Agar x" -> "X"."""
    text = rek[5:] if rek.startswith("Agar ") else rek
    return text[:1].upper() + text[1:]


LinkMode = Literal["none", "label", "url", "url_annotated", "mixed"]


@dataclass(frozen=True)
class Variant:
    """How one variation differs from the seed."""

    number: int
    unit: Unit
    tahun: int
    render: Render
    signer: Person
    pj_data: Person
    layout: TableLayout = "monitoring"
    recs_per_finding: tuple[int, int, int, int] = (2, 2, 2, 1)
    seed: int = 0
    rec_seed: int | None = None  # shared by two years of a unit: the same recommendations
    title: str = "rencana_aksi"
    headers: dict[Column, str] = field(default_factory=dict)
    column_order: tuple[Column, ...] | None = None
    hasil: dict[str, HasilOptions] = field(default_factory=dict)
    link_mode: LinkMode = "label"
    hp_style: int = 0
    signature_style: int = 0
    status_mix: tuple[float, float, float, float] = (0.4, 0.3, 0.2, 0.1)  # selesai/proses/belum/-
    place_date: str | None = None
    expect_features: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.number:03d}_{self.render.producer}_{self.unit.slug}_{self.tahun}"


def _status(rng: random.Random, mix: tuple[float, float, float, float]) -> Status | None:
    label = rng.choices(("selesai", "proses", "belum", None), weights=mix)[0]
    if label is not None and rng.random() < 0.25:
        text, lab = rng.choice([s for s in vocab.STATUS_SENTENCES if s[1] == label])
        return Status(text, lab)
    options = [s for s in vocab.STATUSES if s[1] == label]
    return vocab.status(*rng.choice(options))


def _link(v: Variant, rng: random.Random, i: int) -> LinkCell | None:
    mode = v.link_mode
    if mode == "mixed":
        mode = ("label", "url", "none", "label", "url_annotated")[i % 5]
    if mode == "none" or rng.random() < 0.3:
        return None
    url = drive_url(rng, folder=rng.random() < 0.3)
    if mode == "label":
        return LinkCell(rng.choice(vocab.LINK_LABELS), url)
    return LinkCell(url, url, annotated=mode == "url_annotated")


def _recs(v: Variant, kode: str, n: int, rng: random.Random, rec_rng: random.Random) -> list[Rec]:
    chosen = rec_rng.sample(vocab.RECS[kode], n)
    out: list[Rec] = []
    for i, (rek, ra) in enumerate(chosen):
        waktu_text, periode, offset = rng.choice(vocab.WAKTU)
        year = v.tahun + offset
        target = rng.choice(("-", "-", "-", "1 Dokumen", "100%", "4 Laporan"))
        out.append(
            Rec(
                rekomendasi=rek,
                rencana_aksi=ra if ra is not None else restate(rek),
                target=target,
                waktu=Waktu(waktu_text.format(y=year), year, periode),
                pj=rng.choice(v.unit.pjs),
                status=_status(rng, v.status_mix),
                link=_link(v, rng, i + ord(kode)),
            )
        )
    return out


def build(v: Variant) -> DocSpec:
    """The spec of variation ``v``."""
    rng = random.Random(v.seed * 7919 + v.number)
    rec_rng = random.Random(v.rec_seed if v.rec_seed is not None else v.seed * 31 + v.number)
    for person in (v.signer, v.pj_data):
        person.check()
    findings = []
    for kode, n in zip("ABCD", v.recs_per_finding, strict=True):
        text, sc = hasil(kode, rng, v.hasil.get(kode, HasilOptions()))
        findings.append(Finding(kode, text, sc, tuple(_recs(v, kode, n, rng, rec_rng))))
    first, last = TITLES[v.title]
    prefix = rng.choice(("811", "812", "813", "821", "822", "852", "853", "857"))
    national = f"{prefix}{rng.randrange(10**7, 10**8)}"
    return DocSpec(
        name=v.name,
        title_lines=(first.format(t=v.tahun), v.unit.title, last),
        unit_kerja=v.unit.unit_kerja,
        kabupaten="Balangan",
        tahun=v.tahun,
        header=HeaderBlock(v.pj_data.nama, hp(national, v.hp_style)),
        signature=signature(v.unit, v.signer, v.signature_style, v.place_date),
        layout=v.layout,
        findings=tuple(findings),
        render=v.render,
        headers={**SEED_HEADERS, **v.headers},
        column_order=v.column_order,
        expect_features=v.expect_features,
    )
