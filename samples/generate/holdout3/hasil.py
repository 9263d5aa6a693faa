"""HASIL EVALUASI wordings (scores printed from the Scores of a finding)."""

from __future__ import annotations

from samples.generate.holdout3.model import KOMPONEN, Scores, idn, pct


def s_setara(s: Scores, uraian: str) -> str:
    """'... menunjukkan nilai X atau setara Y%, yang terdiri dari sub komponen ...'"""
    return (
        f"Hasil evaluasi atas komponen {KOMPONEN[s.kode]} menunjukkan nilai {idn(s.nilai)} "
        f"atau setara {pct(s.persen)}%, yang terdiri dari sub komponen Keberadaan dengan nilai "
        f"{idn(s.sub('k'))} ({s.k}%), sub komponen Kualitas dengan nilai {idn(s.sub('q'))} "
        f"({s.q}%) dan sub komponen Pemanfaatan dengan nilai {idn(s.sub('p'))} ({s.p}%). "
        f"Uraian: {uraian}"
    )


def s_rincian(s: Scores, uraian: str) -> str:
    """'Komponen X mendapatkan nilai N (P%) dengan rincian: Keberadaan n (p%); ...'"""
    return (
        f"Komponen {KOMPONEN[s.kode]} mendapatkan nilai {idn(s.nilai)} ({pct(s.persen)}%) "
        f"dengan rincian: Keberadaan {idn(s.sub('k'))} ({s.k}%); Kualitas {idn(s.sub('q'))} "
        f"({s.q}%); Pemanfaatan {idn(s.sub('p'))} ({s.p}%). {uraian}"
    )


def s_dinilai(s: Scores, k: str, q: str, p: str | None) -> str:
    """Percentage before nilai, one paragraph per sub-component ('\n' between them)."""
    out = (
        f"{KOMPONEN[s.kode]} dinilai {idn(s.nilai)} atau {pct(s.persen)}% dengan penjelasan "
        f"sebagai berikut:\nKeberadaan {s.k}% ({idn(s.sub('k'))}): {k}\n"
        f"Kualitas {s.q}% ({idn(s.sub('q'))}): {q}"
    )
    if p is not None:
        out += f"\nPemanfaatan {s.p}% ({idn(s.sub('p'))}): {p}"
    return out


def s_capai(s: Scores, uraian: str, stop_before_p: bool = False) -> str:
    """'Pada komponen X, unit kerja mencapai nilai N dari ... (P%). Nilai tersebut ...'"""
    out = (
        f"Pada komponen {KOMPONEN[s.kode]}, unit kerja mencapai nilai {idn(s.nilai)} "
        f"({pct(s.persen)}%). Nilai tersebut berasal dari Keberadaan sebesar {idn(s.sub('k'))} "
        f"atau {s.k}%, Kualitas sebesar {idn(s.sub('q'))} atau {s.q}%"
    )
    if stop_before_p:
        return out + f". {uraian}"
    return out + f" serta Pemanfaatan sebesar {idn(s.sub('p'))} atau {s.p}%. {uraian}"
