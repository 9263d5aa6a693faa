"""HASIL EVALUASI wordings of holdout8, one per document, built from the typed scores."""

from __future__ import annotations

from samples.generate.holdout8.model import KOMPONEN, Score, idn, pct_text

SUBS = ("keberadaan", "kualitas", "pemanfaatan")


def _max(s: Score, sub: str) -> str:
    share = {"keberadaan": 0.2, "kualitas": 0.3, "pemanfaatan": 0.5}[sub]
    return idn(round(KOMPONEN[s.kode][1] * share, 2))


def poin(s: Score, note: str) -> list[str]:
    """801: '... memperoleh 22,14 poin atau 73,8% dari bobot 30.'"""
    nama, bobot = KOMPONEN[s.kode]
    return [
        f"Komponen {nama} memperoleh {idn(s.nilai)} poin atau {pct_text(s.persen)}% dari "
        f"bobot {bobot}. Sub komponen keberadaan memperoleh {idn(s.sub('keberadaan'))} poin "
        f"({s.kb}%), kualitas {idn(s.sub('kualitas'))} poin ({s.ku}%) dan pemanfaatan "
        f"{idn(s.sub('pemanfaatan'))} poin ({s.pm}%).",
        f"Catatan: {note}",
    ]


def bracket_shares(s: Score, note: str) -> list[str]:
    """802: lines 'Keberadaan [bobot 20%] = 4,80 atau 80%;'."""
    lines = [f"Nilai komponen {idn(s.nilai)} ({pct_text(s.persen)}%), terdiri dari:"]
    share = {"keberadaan": 20, "kualitas": 30, "pemanfaatan": 50}
    for i, sub in enumerate(SUBS):
        end = ";" if i < 2 else "."
        lines.append(
            f"{sub.capitalize()} [bobot {share[sub]}%] = {idn(s.sub(sub))} atau {s.pct(sub)}%{end}"
        )
    lines.append(f"Hal yang perlu diperbaiki: {note}")
    return lines


def perolehan_reversed(s: Score, paras: list[str]) -> list[str]:
    """803: 'Perolehan: 25,26 dari 30 (84,2%).' then the sub-components in reverse order."""
    bobot = KOMPONEN[s.kode][1]
    return [
        f"Perolehan: {idn(s.nilai)} dari {bobot} ({pct_text(s.persen)}%). Rincian per sub "
        f"komponen: pemanfaatan {idn(s.sub('pemanfaatan'))} ({s.pm}%), kualitas "
        f"{idn(s.sub('kualitas'))} ({s.ku}%), keberadaan {idn(s.sub('keberadaan'))} ({s.kb}%).",
        *paras,
    ]


def mendapat(s: Score, note: str) -> list[str]:
    """804: 'Komponen ... mendapat nilai 21,18 (70,6%). Rincian: Keberadaan mendapat ...'"""
    nama = KOMPONEN[s.kode][0]
    return [
        f"Komponen {nama} mendapat nilai {idn(s.nilai)} ({pct_text(s.persen)}%). Rincian: "
        f"Keberadaan mendapat nilai {idn(s.sub('keberadaan'))} ({s.kb}%), Kualitas "
        f"{idn(s.sub('kualitas'))} ({s.ku}%) dan Pemanfaatan {idn(s.sub('pemanfaatan'))} "
        f"({s.pm}%). {note}"
    ]


def _dot(value) -> str:
    return f"{value:.2f}"


def decimal_point(s: Score, note: str) -> list[str]:
    """805: scores typed with a decimal POINT, sub-components separated by '|'."""
    persen = f"{s.persen:.1f}"
    parts = [f"{sub.capitalize()}: {_dot(s.sub(sub))} ({s.pct(sub)}%)" for sub in SUBS]
    return [
        f"Nilai komponen: {_dot(s.nilai)} ({persen}%)",
        " | ".join(parts),
        f"Catatan: {note}",
    ]


def spaced_percent(s: Score, note: str) -> list[str]:
    """806: percentages written with a blank before the sign, '73,8 %'."""
    nama, bobot = KOMPONEN[s.kode]
    return [
        f"Komponen {nama} memperoleh nilai {idn(s.nilai)} atau {pct_text(s.persen)} % dari "
        f"bobot {bobot}. Keberadaan {idn(s.sub('keberadaan'))} ({s.kb} %); Kualitas "
        f"{idn(s.sub('kualitas'))} ({s.ku} %); Pemanfaatan {idn(s.sub('pemanfaatan'))} "
        f"({s.pm} %). Uraian singkat: {note}"
    ]


def roman_items(s: Score, note: str) -> list[str]:
    """807: 'Perencanaan Kinerja: nilai 19,32 / capaian 64,4%' then 'i.' 'ii.' 'iii.' lines."""
    nama = KOMPONEN[s.kode][0]
    return [
        f"{nama}: nilai {idn(s.nilai)} / capaian {pct_text(s.persen)}%",
        f"i. keberadaan {idn(s.sub('keberadaan'))} ({s.kb}%)",
        f"ii. kualitas {idn(s.sub('kualitas'))} ({s.ku}%)",
        f"iii. pemanfaatan {idn(s.sub('pemanfaatan'))} ({s.pm}%)",
        f"Kondisi: {note}",
    ]


def dari_max(s: Score, note: str, subs: tuple[str, ...] = SUBS) -> list[str]:
    """808: 'sebesar 17,10 dari 30 atau 57%' and 'keberadaan 4,20 dari 6,00 (70%)'."""
    nama, bobot = KOMPONEN[s.kode]
    items = [f"{sub} {idn(s.sub(sub))} dari {_max(s, sub)} ({s.pct(sub)}%)" for sub in subs]
    joined = ", ".join(items[:-1]) + " dan " + items[-1]
    return [
        f"Perolehan nilai komponen {nama} sebesar {idn(s.nilai)} dari {bobot} atau "
        f"{pct_text(s.persen)}%. Perolehan per sub komponen: {joined}. {note}"
    ]
