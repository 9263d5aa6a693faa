"""HASIL styles, weaknesses and recommendations of the seventh held-out set (new wordings)."""

from __future__ import annotations

from samples.generate.holdout7.model import KOMPONEN, Scores, idn, pct

SUB_NAMES = {"keberadaan": "Keberadaan", "kualitas": "Kualitas", "pemanfaatan": "Pemanfaatan"}

ISSUES = {
    "A": [
        "cascading kinerja belum diturunkan sampai ke level jabatan fungsional dan pelaksana",
        "target kinerja pada Perjanjian Kinerja belum selaras dengan target pada Renstra",
        "indikator tujuan masih berupa keluaran kegiatan dan belum mengukur dampak",
        "Rencana Aksi atas Perjanjian Kinerja belum memuat target triwulanan yang terukur",
    ],
    "B": [
        "pengumpulan data kinerja masih manual dan belum terdokumentasi secara berkala",
        "manual indikator kinerja belum ditetapkan dengan keputusan kepala unit kerja",
        "hasil pengukuran kinerja belum digunakan sebagai dasar pemberian penghargaan pegawai",
        "capaian kinerja individu belum dikaitkan dengan capaian kinerja organisasi",
    ],
    "C": [
        "LKjIP belum menyajikan analisis penyebab keberhasilan dan kegagalan setiap sasaran",
        "informasi efisiensi penggunaan sumber daya belum disajikan dalam laporan kinerja",
        "laporan kinerja belum dipublikasikan melalui laman resmi perangkat daerah",
        "pembandingan capaian dengan standar nasional belum dilakukan",
    ],
    "D": [
        "evaluasi internal atas pelaksanaan program belum dilakukan secara berkala",
        "rekomendasi hasil evaluasi tahun sebelumnya baru sebagian ditindaklanjuti",
        "tim evaluator internal belum dibentuk dengan surat keputusan",
        "hasil evaluasi internal belum dimanfaatkan untuk perbaikan perencanaan tahun berikutnya",
    ],
}


def _issues(kode: str, picks: list[int]) -> list[str]:
    return [ISSUES[kode][i] for i in picks]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _subs(s: Scores) -> list[str]:
    names = ["keberadaan", "kualitas"]
    return names + (["pemanfaatan"] if s.stated_pemanfaatan else [])


def slash(s: Scores, picks: list[int]) -> str:
    """701: 'Nilai: 21,60 / 30,00 (72,00%)' lines, then the weaknesses."""
    lines = [f"Nilai: {idn(s.nilai)} / {idn(s.bobot)} ({idn(s.persen)}%)"]
    for n in _subs(s):
        full = s.sub(n) * 100 / getattr(s, n) if getattr(s, n) else 0
        lines.append(f"{SUB_NAMES[n]}: {s.subs(n)[0]} / {idn(full)} ({idn(getattr(s, n))}%)")
    lines.append("Catatan: " + "; ".join(_issues(s.kode, picks)) + ".")
    return "\n".join(lines)


def nested(s: Scores, picks: list[int]) -> str:
    """703/708: one sentence, then a small numbered list of the sub-components."""
    k = KOMPONEN[s.kode]
    lines = [f"Komponen {k} memperoleh nilai {idn(s.nilai)} ({pct(s.persen)}%), terdiri atas:"]
    for i, n in enumerate(_subs(s), 1):
        nil, per = s.subs(n)
        lines.append(f"{i}) {SUB_NAMES[n]}: {nil} ({per}%);")
    lines.append("Permasalahan: " + ", ".join(_issues(s.kode, picks)) + ".")
    return "\n".join(lines)


def capaian_first(s: Scores, picks: list[int]) -> str:
    """705: the percentage before the nilai, sub-components as 'persen (nilai)'."""
    k = KOMPONEN[s.kode]
    subs = [f"{n} {s.subs(n)[1]}% ({s.subs(n)[0]})" for n in _subs(s)]
    text = (
        f"Hasil evaluasi atas komponen {k} menunjukkan capaian {pct(s.persen)}% atau nilai "
        f"{idn(s.nilai)} dari bobot {s.bobot}. Rinciannya: " + ", ".join(subs) + ". "
    )
    return text + " ".join(cap(t) + "." for t in _issues(s.kode, picks))


def narrative(s: Scores, picks: list[int]) -> str:
    """702/707: no score in the HASIL cell (the scores are in the NILAI column)."""
    k = KOMPONEN[s.kode]
    lines = [f"Hasil evaluasi komponen {k} masih menunjukkan kelemahan sebagai berikut:"]
    lines += [f"- {cap(t)};" for t in _issues(s.kode, picks)]
    return "\n".join(lines)


def nilai_cell(s: Scores) -> str:
    """The NILAI column of 702/707: component nilai and persen, then the sub-components."""
    lines = [idn(s.nilai), f"({pct(s.persen)}%)"]
    for n in _subs(s):
        nil, per = s.subs(n)
        lines.append(f"{SUB_NAMES[n]} {nil} ({per}%)")
    return "\n".join(lines)


def skor_lines(s: Scores, picks: list[int]) -> str:
    """704/706: 'Skor komponen ...' sentence, then 'Skor Keberadaan = ...' lines."""
    k = KOMPONEN[s.kode]
    lines = [f"Skor komponen {k}: {idn(s.nilai)} dari {s.bobot} ({pct(s.persen)}%)."]
    for n in _subs(s):
        nil, per = s.subs(n)
        lines.append(f"Skor {SUB_NAMES[n]} = {nil} ({per}%)")
    lines.append("Hal yang perlu diperbaiki: " + "; ".join(_issues(s.kode, picks)) + ".")
    return "\n".join(lines)


# Recommendations (without the opening word) and their action plans, per component.
RECS = {
    "A": [
        (
            "menetapkan pohon kinerja yang menurunkan sasaran strategis hingga ke sasaran "
            "jabatan pelaksana",
            "Menyusun dan menetapkan pohon kinerja sampai level pelaksana dengan Keputusan "
            "Kepala Perangkat Daerah",
        ),
        (
            "menyelaraskan target Perjanjian Kinerja dengan target tahunan dalam Renstra 2021-2026",
            "Melakukan reviu kesesuaian target PK dengan Renstra dan merevisi PK Perubahan",
        ),
        (
            "merumuskan ulang indikator tujuan sehingga mengukur dampak bagi penerima layanan",
            "Merumuskan indikator tujuan berbasis outcome dalam dokumen Renstra Perubahan",
        ),
        (
            "melengkapi Rencana Aksi Perjanjian Kinerja dengan target triwulanan yang terukur",
            "Menyusun Rencana Aksi PK dengan target per triwulan dan penanggung jawabnya",
        ),
        (
            "mempublikasikan dokumen perencanaan kinerja pada laman resmi paling lambat satu "
            "bulan setelah ditetapkan",
            "Mengunggah Renstra, Renja dan PK ke laman resmi dan aplikasi e-SAKIP",
        ),
    ],
    "B": [
        (
            "menetapkan manual indikator kinerja dengan keputusan kepala unit kerja",
            "Menyusun rancangan keputusan tentang manual IKU dan mengajukan penetapannya",
        ),
        (
            "membangun basis data kinerja yang dimutakhirkan setiap bulan",
            "Membuat lembar kerja data kinerja bersama yang diperbarui setiap akhir bulan",
        ),
        (
            "mengaitkan capaian Sasaran Kinerja Pegawai dengan capaian kinerja organisasi",
            "Menyelaraskan SKP pejabat struktural dengan indikator Perjanjian Kinerja",
        ),
        (
            "memanfaatkan hasil pengukuran kinerja sebagai dasar pemberian penghargaan dan sanksi",
            "Menyusun mekanisme pemberian penghargaan berbasis capaian kinerja triwulanan",
        ),
    ],
    "C": [
        (
            "menyajikan analisis penyebab keberhasilan dan kegagalan setiap sasaran dalam LKjIP",
            "Menambahkan sub bab analisis penyebab keberhasilan/kegagalan pada LKjIP",
        ),
        (
            "menyajikan informasi efisiensi penggunaan anggaran per sasaran strategis",
            "Menyusun tabel efisiensi anggaran per sasaran pada LKjIP",
        ),
        (
            "mempublikasikan LKjIP pada laman resmi tepat waktu",
            "Mengunggah LKjIP ke laman resmi dan aplikasi e-SAKIP paling lambat akhir Februari",
        ),
        (
            "membandingkan capaian kinerja dengan standar nasional atau capaian daerah lain",
            "Menambahkan tabel pembanding capaian kinerja dengan kabupaten/kota lain dalam "
            "provinsi",
        ),
    ],
    "D": [
        (
            "melaksanakan evaluasi internal atas pelaksanaan program setiap semester",
            "Melaksanakan evaluasi program semesteran dan menyusun laporannya",
        ),
        (
            "menuntaskan tindak lanjut seluruh rekomendasi LHE SAKIP tahun sebelumnya",
            "Menyusun matriks pemantauan tindak lanjut rekomendasi LHE tahun sebelumnya",
        ),
        (
            "membentuk tim evaluator internal yang ditetapkan dengan surat keputusan",
            "Menerbitkan SK Tim Evaluator Internal SAKIP",
        ),
        (
            "memanfaatkan hasil evaluasi internal sebagai bahan penyusunan Renja tahun berikutnya",
            "Memuat hasil evaluasi internal dalam bab evaluasi pelaksanaan Renja tahun lalu",
        ),
    ],
}


def rec(kode: str, i: int, prefix: str) -> tuple[str, str]:
    rek, ra = RECS[kode][i]
    return (f"{prefix} {rek}" if prefix else cap(rek)), ra
