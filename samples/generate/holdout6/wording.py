"""HASIL wordings and recommendation pools of the sixth held-out set."""

from __future__ import annotations

from samples.generate.holdout6.model import KOMPONEN, Scores, idn, pct

# Problems per component, picked by index per document (short clauses, no final period).
ISSUES = {
    "A": [
        "Renstra telah ditetapkan dengan Peraturan Kepala Daerah dan dipublikasikan",
        "rumusan sasaran pada Renja belum menggambarkan perubahan kondisi yang ingin dicapai",
        "indikator kinerja sasaran belum seluruhnya dilengkapi dengan definisi operasional",
        "cascading kinerja belum sampai ke level jabatan pelaksana",
        "target kinerja tahunan belum selaras dengan target jangka menengah",
        "Perjanjian Kinerja belum dimanfaatkan sebagai acuan dalam penyusunan SKP pegawai",
        "dokumen perencanaan anggaran belum seluruhnya mengacu pada sasaran kinerja",
        "peta proses bisnis belum dijadikan dasar dalam pembagian peran antar bidang",
    ],
    "B": [
        "pedoman pengumpulan data kinerja telah ditetapkan oleh kepala unit",
        "pengukuran capaian kinerja belum dilakukan setiap bulan",
        "data capaian kinerja belum diverifikasi oleh atasan langsung sebelum dilaporkan",
        "hasil pengukuran kinerja belum dipakai sebagai dasar pemberian penghargaan pegawai",
        "aplikasi e-kinerja belum terintegrasi dengan data realisasi anggaran",
        "pengukuran kinerja belum dilakukan secara berjenjang sampai level seksi",
        "sumber data indikator kinerja belum dicantumkan secara jelas",
    ],
    "C": [
        "LKjIP telah disusun dan disampaikan tepat waktu",
        "LKjIP belum menyajikan analisis penyebab keberhasilan dan kegagalan capaian",
        "informasi efisiensi penggunaan sumber daya belum diungkapkan",
        "capaian kinerja belum dibandingkan dengan standar nasional atau unit sejenis",
        "laporan kinerja triwulanan belum dipublikasikan pada laman resmi",
        "rekomendasi perbaikan dalam LKjIP belum ditindaklanjuti pada tahun berjalan",
    ],
    "D": [
        "evaluasi internal telah dilaksanakan oleh tim yang ditetapkan dengan surat keputusan",
        "evaluasi program belum dilaksanakan terhadap seluruh program prioritas",
        "kertas kerja evaluasi internal belum didokumentasikan secara lengkap",
        "hasil evaluasi internal belum digunakan untuk memperbaiki perencanaan tahun berikutnya",
        "rekomendasi LHE SAKIP tahun sebelumnya belum seluruhnya ditindaklanjuti",
        "anggota tim evaluator belum mengikuti bimbingan teknis evaluasi SAKIP",
    ],
}

SUB_LABEL = {"keberadaan": "Keberadaan", "kualitas": "Kualitas", "pemanfaatan": "Pemanfaatan"}


def _subs(s: Scores) -> list[str]:
    names = ["keberadaan", "kualitas"]
    return names + (["pemanfaatan"] if s.stated_pemanfaatan else [])


def _issues(kode: str, picks: list[int]) -> list[str]:
    return [ISSUES[kode][i] for i in picks]


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def bullets_dot(s: Scores, picks: list[int]) -> str:
    """601: one bullet line per sub-component, each with one remark."""
    k = KOMPONEN[s.kode]
    lines = [f"Nilai komponen {k}: {idn(s.nilai)} ({pct(s.persen)}%), dengan rincian:"]
    notes = _issues(s.kode, picks)
    for i, name in enumerate(_subs(s)):
        n, p = s.subs(name)
        remark = notes[i] if i < len(notes) else "telah memadai"
        lines.append(f"\u2022 {SUB_LABEL[name]} {n} ({p}%): {remark};")
    lines[-1] = lines[-1].rstrip(";") + "."
    return "\n".join(lines)


def dash_lines(s: Scores, picks: list[int]) -> str:
    """602/605: '- Keberadaan memperoleh skor ...' lines, then 'Kelemahan:'."""
    k = KOMPONEN[s.kode]
    lines = [f"Komponen {k} memperoleh skor {idn(s.nilai)} atau {pct(s.persen)}%, yaitu:"]
    for name in _subs(s):
        n, p = s.subs(name)
        lines.append(f"- {SUB_LABEL[name]} memperoleh skor {n} atau {p}%;")
    notes = _issues(s.kode, picks)
    lines.append("Kelemahan: " + "; ".join(notes) + ".")
    return "\n".join(lines)


def percent_first(s: Scores, picks: list[int]) -> str:
    """603: percentage first, 'setara' the nilai, one paragraph."""
    k = KOMPONEN[s.kode]
    parts = [f"{name} {s.subs(name)[1]}% setara {s.subs(name)[0]}" for name in _subs(s)]
    notes = _issues(s.kode, picks)
    return (
        f"Tingkat capaian {k} {pct(s.persen)}% setara nilai {idn(s.nilai)}. "
        f"Sub komponen: {'; '.join(parts)}. "
        f"Hal yang perlu mendapat perhatian: {', '.join(notes)}."
    )


def seed_like(s: Scores, picks: list[int]) -> str:
    """604: seed-like 'memperoleh nilai ... dengan kriteria sebagai berikut' paragraphs."""
    k = KOMPONEN[s.kode]
    notes = _issues(s.kode, picks)
    out = [
        f"{k} memperoleh nilai {idn(s.nilai)} atau {pct(s.persen)}% "
        "dengan kriteria sebagai berikut:"
    ]
    for i, name in enumerate(_subs(s)):
        n, p = s.subs(name)
        remark = cap(notes[i]) if i < len(notes) else "Kriteria telah terpenuhi"
        out.append(
            f"{'abc'[i]}. {SUB_LABEL[name]} {k} memperoleh nilai {n} atau {p}% dengan "
            f"kriteria: {remark}."
        )
    return "\n".join(out)


def perolehan_eq(s: Scores, picks: list[int]) -> str:
    """606: 'Perolehan nilai X (Y% dari bobot Z)' and 'Keberadaan = n (p%)' lines."""
    lines = [f"Perolehan nilai {idn(s.nilai)} ({pct(s.persen)}% dari bobot {s.bobot})"]
    for name in _subs(s):
        n, p = s.subs(name)
        lines.append(f"{SUB_LABEL[name]} = {n} ({p}%)")
    lines.append("Catatan: " + "; ".join(_issues(s.kode, picks)) + ".")
    return "\n".join(lines)


def terdiri_dari(s: Scores, picks: list[int]) -> str:
    """607: one sentence 'mendapatkan nilai ... yang terdiri dari ...'."""
    k = KOMPONEN[s.kode]
    subs = [f"{name} {s.subs(name)[0]} ({s.subs(name)[1]}%)" for name in _subs(s)]
    joined = ", ".join(subs[:-1]) + ", dan " + subs[-1]
    return (
        f"Berdasarkan hasil evaluasi, komponen {k} mendapatkan nilai {idn(s.nilai)} "
        f"({pct(s.persen)}%) yang terdiri dari {joined}. Catatan: "
        + "; ".join(_issues(s.kode, picks))
        + "."
    )


def kelemahan_bullets(s: Scores, picks: list[int]) -> str:
    """608: scores in one sentence, then the weaknesses as '•' bullets."""
    k = KOMPONEN[s.kode]
    subs = [f"{name} {s.subs(name)[0]} ({s.subs(name)[1]}%)" for name in _subs(s)]
    lines = [
        f"Perolehan nilai komponen {k} {idn(s.nilai)} ({pct(s.persen)}%), terdiri atas "
        + ", ".join(subs[:-1])
        + " dan "
        + subs[-1]
        + ".",
        "Kelemahan:",
    ]
    lines += [f"\u2022 {cap(t)}" for t in _issues(s.kode, picks)]
    return "\n".join(lines)


# Recommendations (without 'Agar') and their action plans, per component.
RECS = {
    "A": [
        (
            "menyempurnakan rumusan sasaran strategis agar berorientasi hasil dan menggambarkan "
            "perubahan kondisi masyarakat yang dilayani",
            "Merevisi rumusan sasaran pada Renja Perubahan dengan kata kerja hasil (meningkatnya, "
            "menurunnya, terpenuhinya)",
        ),
        (
            "melengkapi setiap indikator kinerja dengan definisi operasional, formula "
            "perhitungan dan sumber data",
            "Menyusun manual indikator kinerja yang memuat definisi operasional, formula dan "
            "sumber data setiap IKU",
        ),
        (
            "menyusun pohon kinerja dan cascading sampai level jabatan pelaksana",
            "Menyusun pohon kinerja dan matriks cascading sampai jabatan pelaksana bersama "
            "seluruh kepala seksi",
        ),
        (
            "menyelaraskan target kinerja tahunan pada Renja dan Perjanjian Kinerja dengan "
            "target Renstra",
            "Menyelaraskan target kinerja tahunan dengan target Renstra",
        ),
        (
            "menjadikan Perjanjian Kinerja sebagai dasar penyusunan SKP seluruh pegawai",
            "Menyusun SKP pegawai dengan mengacu pada Perjanjian Kinerja kepala unit",
        ),
        (
            "mengaitkan setiap sub kegiatan dalam DPA dengan indikator sasaran yang didukungnya",
            "Menyusun matriks keterkaitan sub kegiatan DPA dengan indikator sasaran",
        ),
    ],
    "B": [
        (
            "melakukan pengukuran capaian kinerja secara bulanan dan mendokumentasikan hasilnya",
            "Melaksanakan rapat pengukuran capaian kinerja setiap bulan dengan notulen dan daftar "
            "hadir",
        ),
        (
            "menetapkan mekanisme verifikasi data capaian kinerja oleh atasan langsung",
            "Menetapkan SOP verifikasi data capaian kinerja",
        ),
        (
            "memanfaatkan hasil pengukuran kinerja sebagai dasar pemberian penghargaan dan sanksi "
            "kepada pegawai",
            "Menyusun keputusan kepala unit tentang pemberian penghargaan berdasarkan capaian "
            "kinerja pegawai",
        ),
        (
            "mengintegrasikan aplikasi e-kinerja dengan data realisasi anggaran",
            "Berkoordinasi dengan Diskominfo untuk integrasi aplikasi e-kinerja dengan SIPD",
        ),
        (
            "mencantumkan sumber data dan penanggung jawab data untuk setiap indikator kinerja",
            "Mencantumkan sumber data dan penanggung jawab data untuk setiap indikator kinerja",
        ),
    ],
    "C": [
        (
            "menyajikan analisis penyebab keberhasilan dan kegagalan pencapaian kinerja dalam "
            "LKjIP",
            "Menambahkan sub bab analisis penyebab keberhasilan/kegagalan capaian pada LKjIP",
        ),
        (
            "mengungkapkan efisiensi penggunaan sumber daya dengan membandingkan capaian kinerja "
            "dan realisasi anggaran",
            "Menyajikan tabel efisiensi anggaran per sasaran pada LKjIP",
        ),
        (
            "membandingkan capaian kinerja dengan standar nasional atau capaian unit sejenis",
            "Menyajikan perbandingan capaian dengan standar nasional pada Bab III LKjIP",
        ),
        (
            "mempublikasikan laporan kinerja triwulanan pada laman resmi pemerintah daerah",
            "Mengunggah laporan kinerja triwulanan ke laman resmi",
        ),
    ],
    "D": [
        (
            "melaksanakan evaluasi program terhadap seluruh program prioritas",
            "Melaksanakan evaluasi atas program prioritas dan menyusun laporannya",
        ),
        (
            "mendokumentasikan kertas kerja evaluasi internal secara lengkap",
            "Menyusun dan mengarsipkan kertas kerja evaluasi internal",
        ),
        (
            "memanfaatkan hasil evaluasi internal untuk perbaikan perencanaan tahun berikutnya",
            "Memuat tindak lanjut hasil evaluasi internal dalam Renja tahun berikutnya",
        ),
        (
            "menindaklanjuti seluruh rekomendasi LHE SAKIP tahun sebelumnya",
            "Menindaklanjuti seluruh rekomendasi LHE SAKIP tahun sebelumnya",
        ),
        (
            "mengikutsertakan tim evaluator internal dalam bimbingan teknis evaluasi SAKIP",
            "Mengusulkan tim evaluator internal mengikuti bimtek evaluasi SAKIP",
        ),
    ],
}


def rec(kode: str, i: int, prefix: str = "Agar") -> tuple[str, str]:
    rek, ra = RECS[kode][i]
    return (f"{prefix} {rek}" if prefix else cap(rek)), ra
