"""HASIL EVALUASI wordings of the fourth held-out set (scores typed from the Scores spec)."""

from __future__ import annotations

from samples.generate.holdout4.model import KOMPONEN, Scores, idn, pct


def skor_dari_bobot(s: Scores, note: str) -> str:
    """'Skor komponen ... adalah 21,00 dari bobot 30 (70%). ...'."""
    k = KOMPONEN[s.kode]
    head = f"Skor komponen {k} adalah {idn(s.nilai)} dari bobot {s.bobot} ({pct(s.persen)}%)."
    subs = (
        f"Sub komponen Keberadaan mendapat skor {idn(s.sub('keberadaan'))} "
        f"({pct(s.keberadaan)}%), Kualitas mendapat skor {idn(s.sub('kualitas'))} "
        f"({pct(s.kualitas)}%)"
    )
    if s.stated_pemanfaatan:
        subs += (
            f" dan Pemanfaatan mendapat skor {idn(s.sub('pemanfaatan'))} ({pct(s.pemanfaatan)}%)."
        )
    else:
        subs += "."
    return f"{head} {subs} {note}"


def kalimat_per_sub(s: Scores, note: str) -> str:
    """One small sentence per sub-component, each on its own line."""
    k = KOMPONEN[s.kode]
    lines = [f"Nilai komponen {k} sebesar {idn(s.nilai)} ({pct(s.persen)}%)."]
    names = ["keberadaan", "kualitas"] + (["pemanfaatan"] if s.stated_pemanfaatan else [])
    for name in names:
        lines.append(
            f"Untuk sub komponen {name.capitalize()}, unit kerja memperoleh nilai "
            f"{idn(s.sub(name))} yang setara dengan {pct(getattr(s, name))}%."
        )
    lines.append(note)
    return "\n".join(lines)


def rincian_sama_dengan(s: Scores, note: str) -> str:
    """'dinilai 70% dengan nilai 21,00; rincian: keberadaan 85% = 5,10; ...'."""
    k = KOMPONEN[s.kode]
    parts = [
        f"keberadaan {pct(s.keberadaan)}% = {idn(s.sub('keberadaan'))}",
        f"kualitas {pct(s.kualitas)}% = {idn(s.sub('kualitas'))}",
    ]
    if s.stated_pemanfaatan:
        parts.append(f"pemanfaatan {pct(s.pemanfaatan)}% = {idn(s.sub('pemanfaatan'))}")
    return (
        f"Komponen {k} dinilai {pct(s.persen)}% dengan nilai {idn(s.nilai)}; rincian: "
        + "; ".join(parts)
        + f". {note}"
    )


def persen_kata(s: Scores, note: str) -> str:
    """Percentages written with the word 'persen'."""
    k = KOMPONEN[s.kode]
    text = (
        f"Nilai yang diperoleh pada komponen {k} adalah {idn(s.nilai)} atau "
        f"{pct(s.persen)} persen, meliputi Keberadaan {idn(s.sub('keberadaan'))} "
        f"({pct(s.keberadaan)} persen), Kualitas {idn(s.sub('kualitas'))} "
        f"({pct(s.kualitas)} persen)"
    )
    if s.stated_pemanfaatan:
        text += f", dan Pemanfaatan {idn(s.sub('pemanfaatan'))} ({pct(s.pemanfaatan)} persen)"
    return f"{text}. {note}"
