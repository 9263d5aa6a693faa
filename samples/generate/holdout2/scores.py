"""Scores consistent with the PermenPANRB 88/2021 weights and the HASIL EVALUASI texts.

Every sub-component nilai is percentage x share x bobot exact to 2 decimals; the component
nilai is their sum and its percentage 0.2 k + 0.3 q + 0.5 p (SAKIP.md). The wordings here
("skor", "capaian ... dengan nilai", a cell with one line per score, "dengan bobot ...
dengan uraian") are not in the earlier sample sets.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Literal

from samples.generate.golden import predikat
from samples.generate.holdout2.model import Finding, Rec, Scores
from samples.generate.holdout2.words_crit import CRITERIA, LONG_NOTE
from samples.generate.spec import BOBOT, KOMPONEN, fmt_id, fmt_pct

D2 = Decimal("0.01")
K_PCT = tuple(range(55, 101, 5))
Q_PCT = tuple(range(40, 91, 5))
P_PCT = tuple(range(30, 91))

Template = Literal["skor", "capaian", "baris", "uraian", "cut"]
Drawn = tuple[Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal, Decimal]


def _draw(rng: random.Random, kode: str) -> Drawn:
    """(persen, k, q, p, nilai, nk, nq, np)."""
    bobot = Decimal(str(BOBOT[kode]))
    while True:
        k, q, p = (Decimal(rng.choice(pool)) for pool in (K_PCT, Q_PCT, P_PCT))
        nk = k * bobot * Decimal("0.2") / 100
        nq = q * bobot * Decimal("0.3") / 100
        np_ = p * bobot * Decimal("0.5") / 100
        if all(v == v.quantize(D2) for v in (nk, nq, np_)):
            persen = k * Decimal("0.2") + q * Decimal("0.3") + p * Decimal("0.5")
            return persen, k, q, p, nk + nq + np_, nk, nq, np_


def draw_all(rng: random.Random, want: str) -> dict[str, Drawn]:
    """Scores of A-D whose total has predikat ``want`` and sits on no boundary."""
    while True:
        drawn = {kode: _draw(rng, kode) for kode in "ABCD"}
        total = sum(d[4] for d in drawn.values())
        if total % 10 and predikat(float(total)) == want:
            return drawn


def _n(v: Decimal) -> str:
    return fmt_id(float(v))


def _pc(v: Decimal) -> str:
    return fmt_pct(float(v))


def _pc2(v: Decimal) -> str:
    return f"{fmt_id(float(v))}%"


def hasil_text(
    kode: str, d: Drawn, rng: random.Random, template: Template, long: bool = False
) -> tuple[str, bool]:
    """The HASIL EVALUASI text and whether it states the pemanfaatan score."""
    persen, k, q, p, nilai, nk, nq, np_ = d
    name = KOMPONEN[kode]
    crit = CRITERIA[kode]
    picked = {a: rng.sample(crit[a], len(crit[a]) if long else 2) for a in "kqp"}
    short = {a: "; ".join(c for c, _ in picked[a]) for a in "kqp"}
    if template == "skor" or template == "cut":
        text = (
            f"Hasil evaluasi atas komponen {name} memperoleh skor {_n(nilai)} ({_pc(persen)}). "
            f"Sub komponen keberadaan memperoleh skor {_n(nk)} ({_pc(k)}): {short['k']}. "
            f"Sub komponen kualitas memperoleh skor {_n(nq)} ({_pc(q)}): {short['q']}"
        )
        if template == "cut":
            return text + ", serta belum seluruhnya didukung dengan dokumen yang", False
        text += f". Sub komponen pemanfaatan memperoleh skor {_n(np_)} ({_pc(p)}): {short['p']}."
        return text, True
    if template == "capaian":
        return (
            f"Capaian komponen {name} sebesar {_pc(persen)} dengan nilai {_n(nilai)}, terdiri "
            f"atas keberadaan {_pc(k)} (nilai {_n(nk)}), kualitas {_pc(q)} (nilai {_n(nq)}) "
            f"dan pemanfaatan {_pc(p)} (nilai {_n(np_)}). Permasalahan yang ditemukan: "
            f"{short['k']}; {short['q']}; {short['p']}."
        ), True
    if template == "baris":
        return (
            f"Nilai komponen {name}: {_n(nilai)} ({_pc(persen)})\n"
            f"Keberadaan: {_n(nk)} ({_pc(k)})\n"
            f"Kualitas: {_n(nq)} ({_pc(q)})\n"
            f"Pemanfaatan: {_n(np_)} ({_pc(p)})\n"
            f"Catatan: {short['k']}. {short['q']}. {short['p']}."
        ), True
    bobot = Decimal(str(BOBOT[kode]))
    parts = [
        f"Komponen {name} dengan bobot {float(bobot):g} memperoleh nilai {_n(nilai)} atau "
        f"{_pc2(persen)}, dengan uraian sebagai berikut:"
    ]
    subs = (
        ("a", "Keberadaan", "0.2", nk, k, "k"),
        ("b", "Kualitas", "0.3", nq, q, "q"),
        ("c", "Pemanfaatan", "0.5", np_, p, "p"),
    )
    for mark, label, share, v, pct, a in subs:
        items = "; ".join(
            f"{i}) {c}, {e}" if long else f"{i}) {c}" for i, (c, e) in enumerate(picked[a], 1)
        )
        parts.append(
            f"{mark}. Sub komponen {label} (bobot {_n(bobot * Decimal(share))}) memperoleh "
            f"nilai {_n(v)} atau {_pc2(pct)}, dengan hasil penilaian: {items}."
        )
    if long:
        parts.append(LONG_NOTE[kode])
    return " ".join(parts), True


def finding(
    kode: str,
    d: Drawn,
    rng: random.Random,
    recs: tuple[Rec, ...],
    template: Template,
    long: bool = False,
) -> Finding:
    text, pemanfaatan = hasil_text(kode, d, rng, template, long)
    persen, k, q, p, nilai, nk, nq, np_ = d
    scores = Scores(
        nilai=float(nilai),
        persen=float(persen),
        keberadaan_nilai=float(nk),
        keberadaan_persen=float(k),
        kualitas_nilai=float(nq),
        kualitas_persen=float(q),
        pemanfaatan_nilai=float(np_) if pemanfaatan else None,
        pemanfaatan_persen=float(p) if pemanfaatan else None,
    )
    return Finding(kode, text, scores, recs)
