"""Score arithmetic (SAKIP.md): nilai = persen x bobot, the parts add up, total and predikat.

Framework: PermenPANRB 88/2021 (A 30, B 30, C 15, D 25; keberadaan 20%, kualitas 30%,
pemanfaatan 50% of a component's bobot) unless the findings show the 2015 framework
(PermenPANRB 12/2015: A 30, B 25, C 15, D 10, E 20). A 2015 document is checked against its
own weights rather than flagged; its parts are not checked, because 2015 has no
keberadaan/kualitas/pemanfaatan split.

Tolerances. Written scores have two decimals: a product is compared after rounding both
sides to two decimals and may differ by 0.01. A whole-number persen is itself a rounding
(``72%`` for 72,33%), so a nilai whose own percentage rounds to it is accepted too. A sum of
three rounded parts against a rounded nilai may drift by four half-cents: 0.02.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from normalize.komponen import KOMPONEN, KOMPONEN_2015
from normalize.skor import BOBOT_2015, BOBOT_2021, SUB_BOBOT, predikat
from normalize.validasi.catatan import angka, catatan, hal, persen
from schemas import Finding, WarningRecord

Kerangka = Literal["2021", "2015"]

TOLERANSI: Final = 0.01
TOLERANSI_JUMLAH: Final = 0.02
_EPS: Final = 1e-9


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z]+", " ", text.lower()).split())


# Names that exist only in the 2015 framework ("Evaluasi Internal", "Capaian Kinerja").
_NAMA_2015: Final = frozenset(_key(v) for v in KOMPONEN_2015.values()) - frozenset(
    _key(v) for v in KOMPONEN.values()
)


def bobot_of(kerangka: Kerangka) -> dict[str, int]:
    return dict(BOBOT_2015 if kerangka == "2015" else BOBOT_2021)


def nama_komponen(kode: str, kerangka: Kerangka = "2021") -> str:
    names = KOMPONEN_2015 if kerangka == "2015" else KOMPONEN
    return names.get(kode, kode)


def _label(kode: str, kerangka: Kerangka) -> str:
    return f"komponen {kode} ({nama_komponen(kode, kerangka)})"


def cocok(nilai: float, persen_: float, bobot: float) -> bool:
    """Whether ``nilai`` is ``persen_`` % of ``bobot`` as far as the written digits tell."""
    exact = persen_ / 100 * bobot
    if abs(round(exact, 2) - round(nilai, 2)) <= TOLERANSI + _EPS:
        return True
    # "72%" may be 72,33% rounded: accept a nilai whose own percentage rounds to it
    whole = persen_ == round(persen_)
    return whole and bobot > 0 and abs(nilai / bobot * 100 - persen_) <= 0.5 + _EPS


def kerangka_of(findings: Sequence[Finding]) -> Kerangka:
    """2015 when a component only that framework has (E, or its names) is present, or when
    every scored B and D fits the 2015 weight (25, 10) and none fits 2021's (30, 25);
    otherwise 2021. Only B and D tell the two apart by weight."""
    if any(f.komponen_kode == "E" or _key(f.komponen) in _NAMA_2015 for f in findings):
        return "2015"
    fits = [
        (
            cocok(f.nilai, f.persen, BOBOT_2015[f.komponen_kode]),
            cocok(f.nilai, f.persen, BOBOT_2021[f.komponen_kode]),
        )
        for f in findings
        if f.komponen_kode in ("B", "D") and f.nilai is not None and f.persen is not None
    ]
    if fits and all(old and not new for old, new in fits):
        return "2015"
    return "2021"


@dataclass(frozen=True)
class _Hasil:
    """Outcome of the checks of one finding: how many ran and what failed."""

    checks: int
    problems: tuple[str, ...]


def _pair_problem(name: str, nilai: float | None, pct: float | None, bobot: float) -> str | None:
    """What is wrong with one (nilai, persen) pair of weight ``bobot``; None when fine."""
    if pct is not None and not 0 <= pct <= 100:
        return f"{name} {persen(pct)} di luar 0-100%"
    if nilai is not None and not -TOLERANSI <= nilai <= bobot + TOLERANSI:
        return f"{name} {angka(nilai)} di luar 0-{angka(bobot)} (bobot)"
    if nilai is not None and pct is not None and not cocok(nilai, pct, bobot):
        expected = round(pct / 100 * bobot, 2)
        return f"{name} {angka(nilai)} ≠ {persen(pct)} × {angka(bobot)} = {angka(expected)}"
    return None


def _parts(f: Finding) -> list[tuple[str, float | None, float | None]]:
    return [
        ("keberadaan", f.keberadaan_nilai, f.keberadaan_persen),
        ("kualitas", f.kualitas_nilai, f.kualitas_persen),
        ("pemanfaatan", f.pemanfaatan_nilai, f.pemanfaatan_persen),
    ]


def _sum_problem(f: Finding) -> str | None:
    """The three parts, when all were read, add up to nilai."""
    kb, kl, pm = f.keberadaan_nilai, f.kualitas_nilai, f.pemanfaatan_nilai
    if f.nilai is None or kb is None or kl is None or pm is None:
        return None
    total = round(kb + kl + pm, 2)
    if abs(total - round(f.nilai, 2)) <= TOLERANSI_JUMLAH + _EPS:
        return None
    return (
        f"keberadaan + kualitas + pemanfaatan = {angka(kb)} + {angka(kl)} + {angka(pm)} = "
        f"{angka(total)} ≠ nilai {angka(f.nilai)}"
    )


def _derived_problem(f: Finding, bobot: float) -> str | None:
    """The pemanfaatan that nilai − keberadaan − kualitas leaves must fit its weight."""
    if f.nilai is None or f.keberadaan_nilai is None or f.kualitas_nilai is None:
        return None
    if f.pemanfaatan_nilai is not None:
        return None
    rest = round(f.nilai - f.keberadaan_nilai - f.kualitas_nilai, 2)
    limit = SUB_BOBOT["pemanfaatan"] * bobot
    if not -TOLERANSI_JUMLAH <= rest <= limit + TOLERANSI_JUMLAH:
        return (
            f"nilai − keberadaan − kualitas = {angka(f.nilai)} − {angka(f.keberadaan_nilai)} − "
            f"{angka(f.kualitas_nilai)} = {angka(rest)}, di luar 0-{angka(limit)} "
            "(bobot pemanfaatan)"
        )
    pct = f.pemanfaatan_persen
    if pct is not None and abs(rest - pct / 100 * limit) > TOLERANSI_JUMLAH + _EPS:
        return (
            f"pemanfaatan {persen(pct)} × {angka(limit)} = {angka(pct / 100 * limit)} ≠ "
            f"nilai − keberadaan − kualitas = {angka(rest)}"
        )
    return None


def _check(f: Finding, bobot: float, kerangka: Kerangka) -> _Hasil:
    """Run every check the read scores allow. A pair with both numbers, the sum of the parts
    and the pemanfaatan they leave count as checks; a lone number is only range-checked,
    too little to call the scores consistent."""
    pairs = [("nilai", f.nilai, f.persen, float(bobot))]
    if kerangka == "2021":
        pairs += [(n, v, p, SUB_BOBOT[n] * bobot) for n, v, p in _parts(f)]
    checks = 0
    problems: list[str] = []
    for name, nilai, pct, weight in pairs:
        if nilai is not None and pct is not None:
            checks += 1
        problem = _pair_problem(name, nilai, pct, weight)
        if problem:
            problems.append(problem)
    if kerangka == "2021" and None not in (f.nilai, f.keberadaan_nilai, f.kualitas_nilai):
        checks += 1
        problem = _sum_problem(f) or _derived_problem(f, bobot)
        if problem:
            problems.append(problem)
    return _Hasil(checks, tuple(problems))


def _catatan_pemanfaatan(f: Finding, bobot: float) -> WarningRecord:
    assert f.nilai is not None and f.keberadaan_nilai is not None
    assert f.kualitas_nilai is not None
    rest = round(f.nilai - f.keberadaan_nilai - f.kualitas_nilai, 2)
    limit = SUB_BOBOT["pemanfaatan"] * bobot
    if 0 <= rest <= limit:
        derived = (
            f"Bila dihitung, nilai − keberadaan − kualitas = {angka(rest)} "
            f"({persen(rest / limit * 100)} dari bobot {angka(limit)})"
        )
    else:
        # out of range: SKOR_TIDAK_KONSISTEN says why; a negative "derived" score helps no one
        derived = "Nilainya tidak dapat dihitung karena skor lainnya tidak konsisten"
    message = (
        f"Nilai pemanfaatan {_label(f.komponen_kode, '2021')} temuan {f.finding_no} tidak "
        f"terbaca{hal(f.page)}: skornya tidak ada di teks hasil evaluasi yang terbaca (biasanya "
        f"sel terpotong). {derived}; kolom pemanfaatan tetap kosong karena angka itu tidak "
        "tertulis di dokumen."
    )
    return catatan(f.document_id, "PEMANFAATAN_TIDAK_TERBACA", message, page=f.page)


def periksa_skor(
    findings: Sequence[Finding], kerangka: Kerangka
) -> tuple[list[Finding], list[WarningRecord]]:
    """Each finding with ``skor_konsisten`` set, and the score warnings."""
    weights = bobot_of(kerangka)
    out: list[Finding] = []
    warnings: list[WarningRecord] = []
    for f in findings:
        bobot = weights.get(f.komponen_kode)
        if bobot is None:
            out.append(f.model_copy(update={"skor_konsisten": None}))
            continue
        result = _check(f, bobot, kerangka)
        konsisten = not result.problems if result.checks or result.problems else None
        out.append(f.model_copy(update={"skor_konsisten": konsisten}))
        if result.problems:
            message = (
                f"Skor {_label(f.komponen_kode, kerangka)} temuan {f.finding_no} tidak "
                f"konsisten dengan bobot {bobot} (kerangka {kerangka}){hal(f.page)}: "
                + "; ".join(result.problems)
                + "."
            )
            warnings.append(catatan(f.document_id, "SKOR_TIDAK_KONSISTEN", message, page=f.page))
        if (
            kerangka == "2021"
            and f.pemanfaatan_nilai is None
            and f.nilai is not None
            and f.keberadaan_nilai is not None
            and f.kualitas_nilai is not None
        ):
            warnings.append(_catatan_pemanfaatan(f, bobot))
    return out, warnings


def total(
    document_id: str, findings: Sequence[Finding], kerangka: Kerangka
) -> tuple[float | None, str | None, list[WarningRecord]]:
    """total_nilai and predikat from each component's stated nilai (its lowest-numbered
    finding that states one); both None, with a note, unless every component has one."""
    nilai: dict[str, float] = {}
    present: set[str] = set()
    for f in sorted(findings, key=lambda x: (x.komponen_kode, x.finding_no)):
        present.add(f.komponen_kode)
        if f.nilai is not None and f.komponen_kode not in nilai:
            nilai[f.komponen_kode] = f.nilai
    kodes = list(bobot_of(kerangka))
    missing = [k for k in kodes if k not in nilai]
    if not missing:
        value = round(sum(nilai[k] for k in kodes), 2)
        return value, predikat(value), []
    reasons = [
        f"{_label(k, kerangka)} {'nilainya tidak terbaca' if k in present else 'tidak ada'}"
        for k in missing
    ]
    message = (
        f"Total nilai dan predikat tidak dihitung (kerangka {kerangka}, komponen "
        f"{'-'.join((kodes[0], kodes[-1]))}): " + "; ".join(reasons) + "."
    )
    return None, None, [catatan(document_id, "TOTAL_TIDAK_LENGKAP", message)]
