"""HASIL EVALUASI wordings of the fifth held-out set (scores typed from the Scores spec)."""

from __future__ import annotations

from samples.generate.holdout5.model import KOMPONEN, Scores, idn, pct


def _subs(s: Scores) -> list[str]:
    return ["keberadaan", "kualitas"] + (["pemanfaatan"] if s.stated_pemanfaatan else [])


def nilai_maksimal(s: Scores, note: str) -> str:
    """'Hasil penilaian komponen ... sebesar 21,24 dari nilai maksimal 30 (70,8%), ...'."""
    k = KOMPONEN[s.kode]
    parts = [f"{n.capitalize()} {idn(s.sub(n))} ({pct(getattr(s, n))}%)" for n in _subs(s)]
    rincian = ", ".join(parts[:-1]) + " dan " + parts[-1]
    return (
        f"Hasil penilaian komponen {k} sebesar {idn(s.nilai)} dari nilai maksimal {s.bobot} "
        f"({pct(s.persen)}%), dengan rincian {rincian}. {note}"
    )


def capaian(s: Scores, note: str) -> str:
    """'Komponen ... memperoleh capaian 70,8% dengan nilai 21,24. Sub komponen ...'."""
    k = KOMPONEN[s.kode]
    parts = [f"{n} bernilai {idn(s.sub(n))} (capaian {pct(getattr(s, n))}%)" for n in _subs(s)]
    rincian = ", ".join(parts[:-1]) + ", dan " + parts[-1]
    return (
        f"Komponen {k} memperoleh capaian {pct(s.persen)}% dengan nilai {idn(s.nilai)}. "
        f"Sub komponen {rincian}. {note}"
    )


def baris(s: Scores, note: str) -> str:
    """One 'label: nilai (persen)' line per score, then 'Permasalahan: ...'."""
    lines = [f"Nilai komponen {KOMPONEN[s.kode]}: {idn(s.nilai)} ({pct(s.persen)}%)"]
    lines += [f"- {n.capitalize()}: {idn(s.sub(n))} ({pct(getattr(s, n))}%)" for n in _subs(s)]
    lines.append(f"Permasalahan: {note}")
    return "\n".join(lines)


def uraian(s: Scores, notes: tuple[str, ...]) -> str:
    """Seed-like: 'memperoleh nilai 21,24 atau 70,8% dengan uraian: a. Keberadaan ...'."""
    k = KOMPONEN[s.kode]
    lines = [f"{k} memperoleh nilai {idn(s.nilai)} atau {pct(s.persen)}% dengan uraian:"]
    for letter, n, note in zip("abc", _subs(s), notes, strict=False):
        lines.append(
            f"{letter}. {n.capitalize()} memperoleh nilai {idn(s.sub(n))} atau "
            f"{pct(getattr(s, n))}%, {note}"
        )
    return "\n".join(lines)


KRITERIA = {
    "A": (
        "Kriteria yang telah terpenuhi antara lain: terdapat pedoman teknis perencanaan "
        "kinerja, dokumen perencanaan kinerja jangka menengah dan tahunan telah ditetapkan, "
        "dokumen perencanaan telah dipublikasikan tepat waktu, dan target kinerja yang "
        "ditetapkan dapat dicapai (achievable), menantang serta realistis.",
        "Hal yang masih perlu diperbaiki: ukuran keberhasilan belum seluruhnya memenuhi "
        "kriteria SMART, indikator kinerja belum seluruhnya berorientasi hasil, dan dokumen "
        "perencanaan anggaran belum sepenuhnya mengacu pada kinerja yang ingin dicapai.",
    ),
    "B": (
        "Kriteria yang telah terpenuhi antara lain: terdapat definisi operasional indikator "
        "kinerja, pimpinan terlibat dalam pengukuran capaian kinerja, dan pengumpulan data "
        "kinerja telah memanfaatkan teknologi informasi.",
        "Hal yang masih perlu diperbaiki: pengukuran kinerja belum dilakukan secara "
        "berjenjang sampai level pelaksana, data kinerja belum diverifikasi sebelum "
        "dilaporkan, dan hasil pengukuran belum dijadikan dasar penyesuaian strategi.",
    ),
    "C": (
        "Kriteria yang telah terpenuhi antara lain: dokumen laporan kinerja telah disusun, "
        "diformalkan dan disampaikan tepat waktu, serta telah menyajikan perbandingan "
        "realisasi dengan target tahunan.",
        "Hal yang masih perlu diperbaiki: laporan kinerja belum menginformasikan kualitas "
        "atas pencapaian kinerja dan upaya perbaikan atas kinerja yang belum tercapai.",
    ),
    "D": (
        "Kriteria yang telah terpenuhi antara lain: terdapat pedoman teknis evaluasi internal "
        "dan evaluasi telah dilaksanakan oleh sumber daya manusia yang memadai.",
        "Hal yang masih perlu diperbaiki: evaluasi belum dilaksanakan secara berjenjang dan "
        "hasil evaluasi belum dimanfaatkan untuk perbaikan implementasi SAKIP.",
    ),
}


def kriteria(kode: str, which: str = "both") -> str:
    """Standard LKE criteria sentences appended to a finding (long HASIL cells)."""
    met, todo = KRITERIA[kode]
    return {"met": met, "todo": todo, "both": f"{met} {todo}"}[which]
