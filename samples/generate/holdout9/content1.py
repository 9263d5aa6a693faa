"""Specs of documents 901-904 (texts typed here; scores computed from typed percentages)."""

from __future__ import annotations

from .model import Doc, Finding, Person, Rec, Score, Signer, idnum, pct

# ---------------------------------------------------------------------------------------
# 901 Dinas Perindustrian dan Perdagangan Kabupaten Lamongan (Jawa Timur), 2024


def _h901(s: Score, kom: str, temuan: str) -> list[str]:
    return [
        f"Komponen {kom} meraih angka {idnum(s.nilai)} dari total bobot {s.bobot} "
        f"atau {pct(s.persen)}.",
        f"Sub komponen keberadaan meraih {idnum(s.keb)} ({pct(s.keb_p)}), kualitas meraih "
        f"{idnum(s.kual)} ({pct(s.kual_p)}), dan pemanfaatan meraih {idnum(s.pem)} "
        f"({pct(s.pem_p)}).",
        f"Temuan: {temuan}",
    ]


S1 = "Semester I/2025", "Semester I", 2025
T2 = "Triwulan II/2025", "Triwulan II", 2025
T3 = "Triwulan III/2025", "Triwulan III", 2025
S2 = "Semester II/2025", "Semester II", 2025
TUNTAS = "Tuntas", "selesai"
KERJA = "Dalam pengerjaan", "proses"
BELUM = "Belum dikerjakan", "belum"
L901 = "https://disperindag.lamongankab.go.id/sakip/"


def doc901() -> Doc:
    a, b, c = Score("A", 85, 76, 66), Score("B", 80, 72, 64), Score("C", 80, 70, 60)
    d = Score("D", 84, 74, 66)
    kasubag = "Kasubag Perencanaan dan Keuangan"
    findings = [
        Finding(
            "A",
            1,
            _h901(
                a,
                "Perencanaan Kinerja",
                "indikator sasaran pada Renstra masih berupa keluaran (jumlah IKM yang "
                "dibina, jumlah pasar yang direvitalisasi) dan belum mengukur hasil seperti "
                "pertumbuhan nilai produksi IKM; Perjanjian Kinerja pejabat administrator "
                "belum diturunkan dari sasaran dinas.",
            ),
            [
                Rec(
                    "Agar merumuskan ulang indikator sasaran Renstra menjadi indikator hasil, "
                    "antara lain pertumbuhan nilai produksi IKM dan stabilitas harga bahan "
                    "pokok",
                    "Menyusun reviu Renstra 2021-2026 dengan indikator pertumbuhan nilai "
                    "produksi IKM dan koefisien variasi harga bahan pokok",
                    "Dokumen reviu Renstra",
                    S1,
                    kasubag,
                    TUNTAS,
                    (L901 + "reviu-renstra-2024.pdf", L901 + "reviu-renstra-2024.pdf", False),
                ),
                Rec(
                    "Agar Perjanjian Kinerja Kepala Bidang diturunkan secara berjenjang dari "
                    "sasaran strategis dinas (cascading)",
                    "Menyusun pohon kinerja dan menetapkan ulang PK Kepala Bidang Industri, "
                    "Kepala Bidang Perdagangan dan Kepala Bidang Metrologi",
                    "Pohon kinerja dan PK 2025",
                    T2,
                    "Sekretaris",
                    TUNTAS,
                    (L901 + "pohon-kinerja-2025.pdf", L901 + "pohon-kinerja-2025.pdf", False),
                ),
                Rec(
                    "Agar target kinerja pada Renja memperhitungkan realisasi dua tahun terakhir",
                    "Melampirkan tabel realisasi 2022-2023 sebagai dasar penetapan target Renja "
                    "2025",
                    "Lampiran Renja 2025",
                    T2,
                    kasubag,
                    KERJA,
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h901(
                b,
                "Pengukuran Kinerja",
                "pengukuran capaian dilakukan hanya pada akhir tahun; belum ada jadwal "
                "pengukuran triwulanan yang dibahas bersama pimpinan.",
            ),
            [
                Rec(
                    "Agar pengukuran capaian kinerja dilaksanakan setiap triwulan dan "
                    "hasilnya dibahas dalam rapat pimpinan",
                    "Menetapkan jadwal pengukuran triwulanan dan menyusun notula rapat "
                    "evaluasi capaian",
                    "Notula rapat triwulan",
                    T3,
                    kasubag,
                    KERJA,
                ),
                Rec(
                    "Agar hasil pengukuran kinerja menjadi dasar pemberian penghargaan kepada "
                    "pegawai berprestasi",
                    "Menyusun keputusan kepala dinas tentang kriteria penghargaan berbasis "
                    "capaian kinerja",
                    "SK Kepala Dinas",
                    S2,
                    "Sekretaris",
                    BELUM,
                ),
            ],
            b,
        ),
        Finding(
            "B",
            2,
            [
                "Data capaian indikator stabilitas harga bahan pokok hanya dihimpun dari tiga "
                "pasar dan belum dilengkapi definisi operasional serta cara perhitungannya."
            ],
            [
                Rec(
                    "Agar menyusun definisi operasional indikator stabilitas harga beserta "
                    "sumber data dan rumus perhitungannya",
                    "Menyusun manual indikator kinerja utama yang memuat definisi, formula dan "
                    "sumber data dari 12 pasar kecamatan",
                    "Manual IKU",
                    S1,
                    "Kabid Perdagangan",
                    TUNTAS,
                    (L901 + "manual-iku-2025.pdf", L901 + "manual-iku-2025.pdf", False),
                ),
            ],
        ),
        Finding(
            "B",
            3,
            [
                "Aplikasi pemantauan harga SIMPASAR belum dimanfaatkan untuk pengukuran "
                "capaian kinerja bulanan."
            ],
            [
                Rec(
                    "Agar data harian SIMPASAR diolah menjadi laporan capaian indikator setiap "
                    "bulan",
                    "Membuat rekap bulanan koefisien variasi harga dari SIMPASAR",
                    "Rekap bulanan",
                    T3,
                    "Kabid Perdagangan",
                    KERJA,
                ),
            ],
        ),
        Finding(
            "C",
            1,
            _h901(
                c,
                "Pelaporan Kinerja",
                "LKjIP belum menyajikan analisis penyebab tidak tercapainya target nilai "
                "ekspor IKM dan belum membandingkan capaian dengan kabupaten lain di Jawa "
                "Timur.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat analisis penyebab keberhasilan atau kegagalan setiap "
                    "indikator beserta alternatif solusinya",
                    "Menambahkan sub bab analisis capaian per indikator pada LKjIP 2024",
                    "LKjIP 2024",
                    T2,
                    kasubag,
                    TUNTAS,
                    (L901 + "lkjip-2024.pdf", L901 + "lkjip-2024.pdf", False),
                ),
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian dengan kabupaten lain di "
                    "Provinsi Jawa Timur",
                    "Menghimpun data pembanding dari BPS dan Disperindag Provinsi Jawa Timur",
                    "Tabel pembanding",
                    S2,
                    kasubag,
                    BELUM,
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h901(
                d,
                "Evaluasi Akuntabilitas Kinerja Internal",
                "evaluasi internal atas bidang belum dilengkapi rekomendasi perbaikan dan "
                "tindak lanjut LHE tahun lalu belum dipantau secara berkala.",
            ),
            [
                Rec(
                    "Agar evaluasi internal tiap bidang menghasilkan rekomendasi yang dapat "
                    "ditindaklanjuti",
                    "Menyusun laporan evaluasi internal per bidang lengkap dengan rekomendasi "
                    "perbaikan",
                    "Laporan evaluasi internal",
                    S2,
                    "Sekretaris",
                    KERJA,
                ),
                Rec(
                    "Agar tindak lanjut rekomendasi LHE SAKIP dipantau setiap triwulan",
                    "Membuat matriks pemantauan tindak lanjut yang dimutakhirkan setiap triwulan",
                    "Matriks pemantauan",
                    T2,
                    kasubag,
                    TUNTAS,
                    (L901 + "monitoring-tl-lhe.xlsx", L901 + "monitoring-tl-lhe.xlsx", False),
                ),
            ],
            d,
        ),
    ]
    head = Person("Ir. BAMBANG SUTRISNO ADI, M.M.", "19710814", "199803", 1, 2)
    signer = Signer(
        ["KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN", "KABUPATEN LAMONGAN,"],
        "KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN LAMONGAN",
        head,
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda (IV/c)",
        f"NIP. {head.nip_spaced()}",
        "Lamongan, 14 Februari 2025",
    )
    page_header = (
        "Rencana Aksi Tindak Lanjut LHE SAKIP Tahun 2024 - Dinas Perindustrian dan "
        "Perdagangan Kabupaten Lamongan"
    )
    return Doc(
        901,
        "libreoffice-docx",
        "disperindaglamongan",
        2024,
        "monitoring",
        "Dinas Perindustrian dan Perdagangan",
        "Lamongan",
        [
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI",
            "SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (SAKIP) TAHUN 2024",
            "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
            "KABUPATEN LAMONGAN",
        ],
        "RATNA DEWI KUSUMAWATI, S.E.",
        "Telp. (0322) 321456 / HP 0813-3077-2190",
        "+6281330772190",
        signer,
        findings,
        [
            "bordered_wrapped_text",
            "group_header_over_hasil_and_rekomendasi",
            "header_repeated",
            "hp_landline_first",
            "legal_landscape",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "page_footer_halaman",
            "page_header_title_repeated",
            "row_split_across_pages",
            "status_tuntas_wording",
            "three_findings_one_komponen",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_slash_year",
        ],
        "landscape Legal, 9-column monitoring table under a TWO-ROW header whose first row "
        "groups the columns: 'HASIL EVALUASI INSPEKTORAT' over 'URAIAN' | 'REKOMENDASI', "
        "'TINDAK LANJUT' over 'RENCANA AKSI' | 'TARGET / OUTPUT' | 'WAKTU' | 'PENANGGUNG "
        "JAWAB', 'MONITORING' over 'STATUS' | 'LINK BUKTI'; NO spans both header rows; both "
        "header rows repeated on every page; a page header (Word header) repeating a short "
        "title on every page and a footer 'Halaman X dari Y'; bordered, Trebuchet MS 8 pt "
        "(rendered with DejaVu Sans); section rows 'A. PERENCANAAN KINERJA' "
        "spanning the table; NO and HASIL merged over the finding's recommendation rows",
        [
            "the HASIL EVALUASI column is the sub-column 'URAIAN' under the group cell "
            "'HASIL EVALUASI INSPEKTORAT' (which also covers REKOMENDASI): hasil_evaluasi is "
            "the URAIAN cell",
            "komponen B has THREE findings (NO 1, 2, 3): B1 carries the scores, B2 and B3 "
            "are narrative (all score fields null); rekomendasi_no restarts at 1 in each",
            "HASIL wording 'meraih angka 21,84 dari total bobot 30 atau 72,8%. Sub komponen "
            "keberadaan meraih 5,10 (85%), ...': 'bobot 30' is the weight",
            "waktu 'Semester I/2025', 'Triwulan III/2025' (period and year separated by a "
            "slash): periode 'Semester I' / 'Triwulan III', tahun 2025",
            "status 'Tuntas' selesai, 'Dalam pengerjaan' proses, 'Belum dikerjakan' belum",
            "HP line 'Telp. (0322) 321456 / HP 0813-3077-2190': the landline comes FIRST; "
            "pj_hp is the mobile number '+6281330772190'",
            "the page header line and the 'Halaman X dari Y' footer are no part of any field",
            "LINK cells: URLs on the dinas site written out (no annotation) or empty",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "RATNA DEWI KUSUMAWATI, S.E."),
            ("Kontak", "Telp. (0322) 321456 / HP 0813-3077-2190"),
        ],
        page_header=page_header,
    )


# ---------------------------------------------------------------------------------------
# 902 Kecamatan Kewapante, Kabupaten Sikka (Nusa Tenggara Timur), 2023


def _table902(s: Score, kom: str) -> tuple[list[str], list[list[str]]]:
    pre = [f"Hasil penilaian komponen {kom}:"]
    rows = [
        ["Unsur", "Nilai", "Capaian"],
        ["Keberadaan", idnum(s.keb), pct(s.keb_p)],
        ["Kualitas", idnum(s.kual), pct(s.kual_p)],
        ["Pemanfaatan", idnum(s.pem), pct(s.pem_p)],
        ["Jumlah", idnum(s.nilai), pct(s.persen)],
    ]
    return pre, rows


def doc902() -> Doc:
    a, b, c, d = (
        Score("A", 70, 64, 58),
        Score("B", 72, 60, 54),
        Score("C", 80, 60, 50),
        Score("D", 80, 64, 56),
    )
    spec = [
        (
            "A",
            a,
            "Catatan: Renstra kecamatan belum memuat sasaran pelayanan administrasi "
            "kependudukan dan perizinan yang menjadi kewenangan camat; Renja tidak "
            "menjelaskan keterkaitan kegiatan dengan sasaran.",
            [
                Rec(
                    "Agar Renstra kecamatan memuat sasaran dan indikator pelayanan yang "
                    "didelegasikan bupati kepada camat",
                    "Menyusun reviu Renstra Kecamatan Kewapante dengan sasaran meningkatnya "
                    "kualitas pelayanan administrasi terpadu kecamatan (PATEN)",
                ),
                Rec(
                    "Agar setiap kegiatan dalam Renja dikaitkan dengan sasaran dan indikator "
                    "yang didukungnya",
                    "Menambahkan matriks keterkaitan kegiatan-sasaran pada Renja 2025",
                ),
                Rec(
                    "Agar Perjanjian Kinerja Sekretaris Camat dan para Kepala Seksi "
                    "ditandatangani paling lambat akhir Januari",
                    "Menjadwalkan penandatanganan PK pada minggu ketiga Januari setiap tahun",
                ),
            ],
        ),
        (
            "B",
            b,
            "Catatan: capaian indikator diukur tanpa data dukung yang dapat diverifikasi; "
            "kecamatan belum memiliki formulir pengumpulan data dari desa.",
            [
                Rec(
                    "Agar menyusun formulir dan jadwal pengumpulan data kinerja dari 16 desa "
                    "di wilayah kecamatan",
                    "Menerbitkan surat camat tentang formulir isian data kinerja desa yang "
                    "dikirim setiap tanggal 5",
                ),
                Rec(
                    "Agar setiap capaian indikator didukung dokumen sumber yang tersimpan rapi",
                    "Menata arsip data dukung capaian indikator per triwulan",
                ),
            ],
        ),
        (
            "C",
            c,
            "Catatan: LKjIP disampaikan terlambat dan belum memuat analisis efisiensi "
            "penggunaan anggaran.",
            [
                Rec(
                    "Agar LKjIP disampaikan tepat waktu sesuai jadwal dari Bagian Organisasi",
                    "Membentuk tim penyusun LKjIP kecamatan dengan jadwal kerja mulai Januari",
                ),
                Rec(
                    "Agar LKjIP memuat analisis efisiensi penggunaan sumber daya",
                    "Menambahkan tabel perbandingan realisasi anggaran dan capaian kinerja "
                    "per sasaran",
                ),
            ],
        ),
        (
            "D",
            d,
            "Catatan: evaluasi internal telah dilaksanakan oleh tim kecamatan dan hasilnya "
            "telah dibahas bersama pimpinan.",
            [],
        ),
    ]
    findings = []
    for kode, s, after, recs in spec:
        pre, rows = _table902(s, Finding(kode, 1, [], []).komponen)
        f = Finding(kode, 1, pre, recs, s, hasil_table=rows, hasil_after=[after])
        if not recs:
            f.no_rec_text = ("Tidak ada rekomendasi", "-")
        findings.append(f)
    camat = Person("FRANSISKUS XAVERIUS PARERA, S.Sos.", "19780211", "200304", 1, 1)
    pj = Person("MARIA GORETTI NONG, S.E.", "19861203", "201003", 2, 3)
    signer = Signer(
        ["CAMAT KEWAPANTE,"],
        "CAMAT KEWAPANTE",
        camat,
        "Penata Tk. I",
        "III/d",
        "Penata Tk. I (III/d)",
        f"NIP. {camat.nip_spaced()}",
        "Kewapante, 8 Maret 2024",
    )
    intro = (
        "Berdasarkan Laporan Hasil Evaluasi atas Implementasi SAKIP Kecamatan Kewapante "
        "Tahun 2023 oleh Inspektorat Daerah Kabupaten Sikka Nomor: "
        "700.1.2/041/LHE-SAKIP/INSP/2024 tanggal 29 Februari 2024 dengan nilai 61,13 "
        "(predikat B), Kecamatan Kewapante menyusun rencana aksi tindak lanjut sebagai "
        "berikut:"
    )
    footnote = (
        "*) Nilai dan uraian hasil evaluasi dikutip dari LHE SAKIP Inspektorat Daerah "
        "Kabupaten Sikka Tahun 2024."
    )
    return Doc(
        902,
        "libreoffice-docx",
        "kewapante",
        2023,
        "rencana_aksi",
        "Kecamatan Kewapante",
        "Sikka",
        [
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP",
            "KECAMATAN KEWAPANTE KABUPATEN SIKKA",
            "TAHUN 2023",
        ],
        pj.name,
        "0852-3901-4476",
        "+6285239014476",
        signer,
        findings,
        [
            "a4_portrait",
            "female_preparer_block_left",
            "footnote_under_table",
            "hasil_nested_score_table",
            "header_repeated",
            "hp_dashes",
            "intro_paragraph_with_total",
            "komponen_without_recommendation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "numbering_roman_lower",
            "predikat_b",
            "row_split_across_pages",
            "title_year_own_line",
            "two_signatures_preparer_left",
        ],
        "portrait A4, 4-column rencana aksi table, bordered, Georgia 10 pt (rendered with "
        "DejaVu Serif), an introductory paragraph between the title and the "
        "table, header 'NO | HASIL EVALUASI *) | REKOMENDASI | RENCANA AKSI TINDAK LANJUT' "
        "repeated, one row per recommendation with NO and HASIL merged, each HASIL cell "
        "holding a small NESTED TABLE of scores (Unsur | Nilai | Capaian), a footnote under "
        "the table, two signature blocks: left 'Disusun oleh: / Penanggung Jawab Data SAKIP,' "
        "(the preparer, with her own name, pangkat and NIP), right the camat",
        [
            "HASIL cells hold a sentence, a nested 5x3 score table and a 'Catatan:' line: "
            "scores come from the nested table (Keberadaan / Kualitas / Pemanfaatan rows, "
            "'Jumlah' = the component); hasil_evaluasi is the whole cell in reading order, "
            "the nested table read row by row, all joined with single spaces",
            "recommendations and action plans numbered with lower-case roman numerals 'i.' "
            "'ii.' 'iii.': the numeral is removed, rekomendasi_no counts 1, 2, 3",
            "komponen D has a finding (with scores) but NO recommendation: its REKOMENDASI "
            "cell reads 'Tidak ada rekomendasi' and its RENCANA AKSI '-': the finding is "
            "expected, no recommendation row is",
            "the introductory paragraph ('... dengan nilai 61,13 (predikat B) ...') and the "
            "footnote are no part of any field; the total they state agrees with the sum",
            "two signature blocks: left 'Disusun oleh: / Penanggung Jawab Data SAKIP,' is "
            "the preparer (female, NIP sex digit 2); the penandatangan is the camat on the "
            "right (the unit head)",
            "title on three lines, the year alone on the third ('TAHUN 2023')",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data", pj.name),
            ("Nomor HP", "0852-3901-4476"),
        ],
        intro=intro,
        footnotes=[footnote],
        left_block=[
            "Disusun oleh:",
            "Penanggung Jawab Data SAKIP,",
            "",
            "",
            "",
            pj.name,
            "Penata Muda Tk. I (III/b)",
            f"NIP. {pj.nip_spaced()}",
        ],
    )


# ---------------------------------------------------------------------------------------
# 903 Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang (Jawa Barat), 2024


def _h903(s: Score, masalah: str) -> list[str]:
    return [
        f"Nilai Komponen ............ {idnum(s.nilai)}",
        f"Persentase ................. {pct(s.persen)}",
        f"Keberadaan ................ {idnum(s.keb)} ({pct(s.keb_p)})",
        f"Kualitas ...................... {idnum(s.kual)} ({pct(s.kual_p)})",
        f"Pemanfaatan .............. {idnum(s.pem)} ({pct(s.pem_p)})",
        f"Permasalahan: {masalah}",
    ]


def doc903() -> Doc:
    a, b, c, d = (
        Score("A", 90, 80, 70),
        Score("B", 85, 78, 68),
        Score("C", 90, 80, 72),
        Score("D", 88, 76, 70),
    )
    g = "https://drive.google.com/drive/folders/"
    sel = "Selesai (Maret 2025)", "selesai"
    sel2 = "Selesai (Mei 2025)", "selesai"
    pros = "Dalam proses (draf revisi)", "proses"
    pros2 = "Dalam proses", "proses"
    bel = "Belum, menunggu jadwal asistensi Bappeda", "belum"
    mar = "Maret 2025", "Maret", 2025
    tw2 = "Triwulan II 2025", "Triwulan II", 2025
    sm2 = "Semester II 2025", "Semester II", 2025
    mei = "Mei 2025", "Mei", 2025
    subag = "Subbag Program dan Pelaporan"
    findings = [
        Finding(
            "A",
            1,
            _h903(
                a,
                "tujuan dan sasaran Renstra belum memuat indikator tingkat pengangguran "
                "terbuka yang menjadi sasaran RPJMD; target penempatan tenaga kerja tidak "
                "berubah selama lima tahun.",
            ),
            [
                Rec(
                    "Agar sasaran Renstra diselaraskan dengan indikator tingkat pengangguran "
                    "terbuka pada RPJMD Kabupaten Karawang",
                    "Melakukan reviu Renstra dan memasukkan indikator tingkat pengangguran terbuka",
                    "Renstra hasil reviu",
                    mar,
                    subag,
                    sel,
                    (g + "1kR7vLqT3pZx0aNw8Hc2Y", g + "1kR7vLqT3pZx0aNw8Hc2Y", False),
                ),
                Rec(
                    "Agar target penempatan tenaga kerja ditetapkan meningkat setiap tahun "
                    "sesuai potensi lowongan industri",
                    "Menyusun ulang target penempatan 2025-2026 berdasarkan data lowongan "
                    "kawasan industri",
                    "Tabel target revisi",
                    tw2,
                    "Kabid Penempatan Tenaga Kerja",
                    pros,
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h903(
                b,
                "data penempatan tenaga kerja bersumber dari laporan perusahaan yang tidak "
                "seragam dan belum diverifikasi.",
            ),
            [
                Rec(
                    "Agar menetapkan format baku laporan penempatan tenaga kerja dari perusahaan",
                    "Menerbitkan surat edaran format laporan wajib lapor ketenagakerjaan",
                    "Surat edaran",
                    mar,
                    "Kabid Penempatan Tenaga Kerja",
                    sel,
                    (g + "1Qm4Xo9Fh2Tb6LsPz0Ue", g + "1Qm4Xo9Fh2Tb6LsPz0Ue", False),
                ),
                Rec(
                    "Agar data capaian diverifikasi secara sampel sebelum dilaporkan",
                    "Melaksanakan verifikasi lapangan pada 10% perusahaan pelapor setiap triwulan",
                    "-",
                    tw2,
                    "Kabid Hubungan Industrial",
                    pros2,
                ),
                Rec(
                    "Agar hasil pengukuran kinerja dimanfaatkan dalam penilaian kinerja pegawai",
                    "Mengaitkan capaian indikator bidang dengan SKP pejabat dan staf",
                    "SKP 2025",
                    sm2,
                    "Sekretaris",
                    bel,
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h903(
                c,
                "LKjIP belum menyajikan perbandingan capaian dengan standar nasional dan "
                "belum menjelaskan upaya efisiensi anggaran pelatihan.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan capaian dengan standar nasional atau capaian "
                    "kabupaten lain",
                    "Menambahkan tabel pembanding capaian dengan rata-rata Provinsi Jawa Barat",
                    "LKjIP 2024",
                    mar,
                    subag,
                    sel,
                    (g + "1Ze8Wc3Ra5Kd7Nm1Vp6Q", g + "1Ze8Wc3Ra5Kd7Nm1Vp6Q", False),
                ),
                Rec(
                    "Agar LKjIP menguraikan efisiensi biaya per peserta pelatihan berbasis "
                    "kompetensi",
                    "Menghitung biaya per peserta pelatihan dan membandingkannya dengan "
                    "tahun sebelumnya",
                    "Analisis efisiensi",
                    mei,
                    "Kabid Pelatihan dan Produktivitas",
                    sel2,
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h903(
                d,
                "hasil evaluasi internal belum ditindaklanjuti dengan rencana perbaikan yang "
                "terjadwal.",
            ),
            [
                Rec(
                    "Agar setiap hasil evaluasi internal dilengkapi rencana perbaikan beserta "
                    "jadwal dan penanggung jawabnya",
                    "Menyusun matriks rencana perbaikan hasil evaluasi internal",
                    "Matriks rencana perbaikan",
                    sm2,
                    "Sekretaris",
                    pros2,
                ),
            ],
            d,
        ),
    ]
    head = Person("Drs. H. ASEP SAEPULLOH, M.Si.", "19690522", "199403", 1, 1)
    signer = Signer(
        ["KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI", "KABUPATEN KARAWANG"],
        "KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI KABUPATEN KARAWANG",
        head,
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda, IV/c",
        f"NIP. {head.nip_spaced()}",
        "Karawang, 2 Juli 2025",
    )
    total_line = "Jumlah nilai hasil evaluasi SAKIP Tahun 2024: 75,97 (Predikat BB)"
    foot = [
        "*) Status per 30 Juni 2025 berdasarkan rapat monitoring bersama Inspektorat.",
        "**) Bukti dukung diunggah ke folder bersama Google Drive dinas.",
    ]
    return Doc(
        903,
        "libreoffice-xlsx",
        "disnakertranskarawang",
        2024,
        "monitoring",
        "Dinas Tenaga Kerja dan Transmigrasi",
        "Karawang",
        [
            "MONITORING RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS TENAGA KERJA DAN TRANSMIGRASI KABUPATEN KARAWANG",
        ],
        "IKA NURHAYATI, S.Kom.",
        "0812 1888 4055",
        "+6281218884055",
        signer,
        findings,
        [
            "a4_landscape",
            "footnote_marks_in_header",
            "footnote_under_table",
            "hasil_dot_leaders",
            "header_repeated",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_block_with_jabatan",
            "status_with_date",
            "target_dash",
            "total_row_under_table",
            "two_line_jabatan",
            "url_in_cell",
        ],
        "landscape A4 spreadsheet fitted to the page width, 9-column monitoring table, thin "
        "black grid, pale lilac header fill, header repeated (print titles), Arial 9 pt "
        "(Liberation Sans); section rows 'A. PERENCANAAN KINERJA'; HASIL cells as score "
        "lines with dot leaders; a TOTAL row under the last finding; two footnotes under "
        "the table referred to by '*)' and '**)' in the header cells 'STATUS *)' and "
        "'BUKTI DUKUNG **)'; PJ block of three lines (Nama, Jabatan, No. HP)",
        [
            "HASIL as lines with dot leaders ('Nilai Komponen ............ 23,10' / "
            "'Persentase ....... 77%' / 'Keberadaan ....... 5,40 (90%)' ...): the dots are "
            "kept in hasil_evaluasi, lines joined with single spaces",
            "a total row 'Jumlah nilai hasil evaluasi SAKIP Tahun 2024: 75,97 (Predikat BB)' "
            "spans the table under komponen D: it is no finding; it agrees with total_nilai",
            "header cells 'STATUS *)' and 'BUKTI DUKUNG **)' carry footnote marks; the "
            "footnotes under the table are no part of any field",
            "status with a date or remark: 'Selesai (Maret 2025)' selesai, 'Dalam proses "
            "(draf revisi)' proses, 'Belum, menunggu jadwal asistensi Bappeda' belum",
            "PJ block with a 'Jabatan' line between Nama and No. HP: the jabatan is no field",
            "B2 TARGET '-' gives target_data null; Google Drive folder URLs written out",
        ],
        pj_rows=[
            ("Nama", "IKA NURHAYATI, S.Kom."),
            ("Jabatan", "Kasubag Program dan Pelaporan"),
            ("No. HP", "0812 1888 4055"),
        ],
        footnotes=foot,
        total_line=total_line,
    )


# ---------------------------------------------------------------------------------------
# 904 Badan Pengelola Perbatasan Daerah Kabupaten Merauke (Papua Selatan), 2023


def _h904(s: Score, uraian: str, kom: str) -> list[str]:
    return [
        f"Hasil komponen {kom}: {idnum(s.nilai)} ({pct(s.persen)}).",
        f"Rincian: keberadaan {pct(s.keb_p)} → {idnum(s.keb)}; kualitas {pct(s.kual_p)} → "
        f"{idnum(s.kual)}; pemanfaatan {pct(s.pem_p)} → {idnum(s.pem)}.",
        f"Uraian: {uraian}",
    ]


def doc904() -> Doc:
    a, b, c, d = (
        Score("A", 70, 60, 50),
        Score("B", 65, 58, 48),
        Score("C", 70, 60, 52),
        Score("D", 60, 54, 50),
    )
    real = "Terealisasi", "selesai"
    kerja = "Sedang dikerjakan", "proses"
    belum = "Belum terealisasi", "belum"
    tw1 = "Triwulan I Tahun 2024", "Triwulan I", 2024
    mei = "Mei 2024", "Mei", 2024
    sm2 = "Semester II Tahun 2024", "Semester II", 2024
    okt = "Oktober 2024", "Oktober", 2024
    site = "https://bppd.merauke.go.id/dokumen/"
    pbl = "Kabid Pengelolaan Batas Wilayah"
    prog = "Kasubag Program"
    findings = [
        Finding(
            "A",
            1,
            _h904(
                a,
                "sasaran badan belum mengukur hasil pengelolaan kawasan perbatasan (misalnya "
                "indeks pembangunan kawasan perbatasan) dan indikator kinerja utama belum "
                "ditetapkan dengan keputusan kepala badan.",
                "Perencanaan Kinerja",
            ),
            [
                Rec(
                    "Agar sasaran strategis badan diukur dengan indeks pembangunan kawasan "
                    "perbatasan di distrik-distrik perbatasan",
                    "Menyusun reviu Renstra dengan indikator indeks pembangunan kawasan "
                    "perbatasan untuk 5 distrik",
                    "Renstra reviu",
                    tw1,
                    prog,
                    real,
                    (site + "renstra-reviu-2024.pdf", "Renstra reviu 2024", True),
                ),
                Rec(
                    "Agar indikator kinerja utama ditetapkan dengan keputusan kepala badan",
                    "Menerbitkan keputusan kepala badan tentang IKU 2024-2026",
                    "Keputusan IKU",
                    tw1,
                    prog,
                    real,
                    (site + "kep-iku-2024.pdf", "SK IKU", True),
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h904(
                b,
                "pengukuran kinerja belum didukung data dari distrik perbatasan (Sota, "
                "Naukenjerai, Eligobel, Ulilin, Elikobel) dan belum dilakukan berkala.",
                "Pengukuran Kinerja",
            ),
            [
                Rec(
                    "Agar data kinerja kawasan perbatasan dihimpun dari setiap distrik secara "
                    "berkala",
                    "Membentuk jejaring petugas data di lima distrik perbatasan dengan "
                    "pelaporan bulanan",
                    "SK petugas data distrik",
                    mei,
                    pbl,
                    kerja,
                ),
                Rec(
                    "Agar pengukuran capaian kinerja dilakukan setiap triwulan dan "
                    "didokumentasikan",
                    "Menyusun laporan pengukuran kinerja triwulanan",
                    "Laporan triwulan",
                    sm2,
                    prog,
                    kerja,
                    (site + "pengukuran-tw.pdf", "Laporan TW I-II", True),
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h904(
                c,
                "LKjIP belum menampilkan capaian lintas tahun dan belum menjelaskan kendala "
                "pelaksanaan kegiatan di pos lintas batas negara.",
                "Pelaporan Kinerja",
            ),
            [
                Rec(
                    "Agar LKjIP menampilkan capaian indikator selama periode Renstra",
                    "Menambahkan tabel capaian 2021-2023 pada LKjIP",
                    "LKjIP 2023",
                    tw1,
                    prog,
                    real,
                    (site + "lkjip-2023.pdf", "LKjIP 2023", True),
                ),
            ],
            c,
        ),
        Finding(
            "C",
            2,
            [
                "Informasi kinerja dalam LKjIP belum dipublikasikan pada laman resmi badan "
                "dan belum dapat diakses masyarakat perbatasan."
            ],
            [
                Rec(
                    "Agar LKjIP dan dokumen kinerja lain dipublikasikan pada laman resmi badan",
                    "Mengunggah Renstra, PK dan LKjIP pada menu transparansi laman BPPD",
                    "Menu transparansi",
                    mei,
                    "Subbag Umum dan Kepegawaian",
                    real,
                    (site, "Laman BPPD", True),
                ),
            ],
        ),
        Finding(
            "D",
            1,
            _h904(
                d,
                "evaluasi internal belum dilaksanakan atas seluruh bidang dan belum ada "
                "pedoman evaluasi.",
                "Evaluasi Akuntabilitas Kinerja Internal",
            ),
            [
                Rec(
                    "Agar menyusun pedoman evaluasi akuntabilitas kinerja internal badan",
                    "Menyusun dan menetapkan pedoman evaluasi internal",
                    "Pedoman evaluasi",
                    okt,
                    "Sekretaris",
                    belum,
                ),
                Rec(
                    "Agar evaluasi internal dilaksanakan pada seluruh bidang setiap tahun",
                    "Melaksanakan evaluasi internal pada tiga bidang dan sekretariat",
                    "Laporan evaluasi",
                    okt,
                    "Sekretaris",
                    belum,
                ),
            ],
            d,
        ),
    ]
    head = Person("ROBERTUS GEBZE, S.Sos., M.Si.", "19740930", "200001", 1, 3)
    signer = Signer(
        ["KEPALA BADAN PENGELOLA PERBATASAN DAERAH", "KABUPATEN MERAUKE"],
        "KEPALA BADAN PENGELOLA PERBATASAN DAERAH KABUPATEN MERAUKE",
        head,
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I / IV/b",
        head.nip_spaced(),
        "Merauke, 15 Januari 2024",
        ("Nama", "Pangkat/Gol.", "NIP"),
    )
    return Doc(
        904,
        "reportlab",
        "bppdmerauke",
        2023,
        "monitoring",
        "Badan Pengelola Perbatasan Daerah",
        "Merauke",
        [
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "BADAN PENGELOLA PERBATASAN DAERAH (BPPD) KABUPATEN MERAUKE",
            "PROVINSI PAPUA SELATAN",
        ],
        "YULIANA MAHUZE, S.IP.",
        "+62 822 4811 3095",
        "+6282248113095",
        signer,
        findings,
        [
            "a4_landscape",
            "findings_two_in_komponen_c",
            "footer_page_number_dashes",
            "hasil_arrow_percent_to_nilai",
            "hp_plus62_spaces",
            "labelled_signature_lines",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "numbering_komponen_prefixed",
            "predikat_cc",
            "province_line_in_title",
            "row_split_across_pages",
            "status_terealisasi_wording",
            "two_line_jabatan",
        ],
        "landscape A4, 9-column monitoring table drawn with a full grid in dark green-grey, "
        "DejaVu Sans 7.5 pt (embedded TTF), header on the first page only, NO and HASIL "
        "spanned over the finding's recommendation rows, rows split across pages, a footer "
        "'- n -' page number; recommendations numbered with the component letter 'A.1', "
        "'A.2', 'B.1' ...; LINK cells with blue annotated labels; signature block with "
        "labelled lines 'Nama :', 'Pangkat/Gol. :', 'NIP :'",
        [
            "recommendations and action plans numbered 'A.1', 'A.2' (component letter, "
            "dot, number): rekomendasi_no is the number after the dot; the prefix is removed "
            "from rekomendasi / rencana_aksi",
            "HASIL 'Hasil komponen Perencanaan Kinerja: 17,10 (57%).' then 'Rincian: "
            "keberadaan 70% → 4,20; kualitas 60% → 5,40; pemanfaatan 50% → 7,50.': each "
            "percentage points (→) to its nilai; the arrows are kept in hasil_evaluasi",
            "komponen C has two findings: C1 with scores, C2 narrative (score fields null), "
            "rekomendasi_no restarts at 1 in C2 (printed 'C.1')",
            "signature with labelled lines 'Nama : ROBERTUS GEBZE, S.Sos., M.Si.', "
            "'Pangkat/Gol. : Pembina Tk. I / IV/b', 'NIP : ...': penandatangan_nama is the "
            "name without the label; pangkat 'Pembina Tk. I', golongan 'IV/b'",
            "title line 'BADAN PENGELOLA PERBATASAN DAERAH (BPPD) KABUPATEN MERAUKE' then "
            "'PROVINSI PAPUA SELATAN': unit_kerja drops '(BPPD)'; the province is no field",
            "status 'Terealisasi' selesai, 'Sedang dikerjakan' proses, 'Belum terealisasi' belum",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks "
            "= label) or empty (null)",
            "low scores: total 55,42, predikat CC",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "YULIANA MAHUZE, S.IP."),
            ("Nomor HP / WhatsApp", "+62 822 4811 3095"),
        ],
    )
