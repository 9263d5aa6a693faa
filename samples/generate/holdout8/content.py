"""Typed content of the eight holdout8 documents (the single source of the expected JSON)."""

from __future__ import annotations

from samples.generate.holdout8 import wording as w
from samples.generate.holdout8.model import Doc, Finding, Person, Rec, Score

MON9 = [
    ("no", "NO", 5),
    ("hasil", "HASIL EVALUASI", 28),
    ("rek", "REKOMENDASI", 20),
    ("ra", "RENCANA AKSI", 19),
    ("target", "TARGET / DATA DUKUNG", 11),
    ("waktu", "WAKTU", 8),
    ("pj", "PENANGGUNG JAWAB", 13),
    ("status", "STATUS", 10),
    ("link", "LINK", 16),
]


def _f(kode, score, hasil, recs, no=1, stated=("keberadaan", "kualitas", "pemanfaatan")):
    return Finding(kode=kode, no=no, hasil=hasil, score=score, stated=stated, recs=recs)


# ---------------------------------------------------------------- 801
def doc801() -> Doc:
    url = "https://dispusipda.sumedangkab.go.id/sakip/2025/"
    a, b = Score("A", 90, 76, 66), Score("B", 80, 72, 68)
    c, d = Score("C", 90, 74, 64), Score("D", 80, 70, 60)
    findings = [
        _f(
            "A",
            a,
            w.poin(
                a,
                "indikator sasaran Renstra masih mengukur jumlah kegiatan "
                "layanan perpustakaan dan belum mengukur hasil bagi masyarakat; "
                "Perjanjian Kinerja Tahun 2024 ditandatangani terlambat dan tidak "
                "dipublikasikan; pohon kinerja belum diturunkan sampai pelaksana.",
            ),
            [
                Rec(
                    "Agar menyusun pohon kinerja yang menurunkan sasaran strategis dinas sampai ke "
                    "sasaran kinerja pejabat pengawas dan pelaksana",
                    "Menyusun pohon kinerja Dispusipda sampai level pelaksana dan menetapkannya "
                    "dengan Keputusan Kepala Dinas",
                    "SK Pohon Kinerja",
                    "Tw. I 2025",
                    "Sekretaris Dinas",
                    "Sudah dilaksanakan",
                    url + "sk-pohon-kinerja.pdf",
                ),
                Rec(
                    "Agar merumuskan indikator sasaran yang mengukur hasil layanan perpustakaan, "
                    "bukan jumlah kegiatan yang dilaksanakan",
                    "Mereviu Renstra dan mengganti indikator keluaran "
                    "dengan indikator hasil seperti "
                    "tingkat kegemaran membaca masyarakat",
                    "Dokumen reviu indikator Renstra",
                    "Sem. I 2025",
                    "Kasubag Perencanaan dan Keuangan",
                    "Sedang berjalan",
                    url + "reviu-indikator-renstra.pdf",
                ),
                Rec(
                    "Agar Perjanjian Kinerja ditandatangani paling lambat satu bulan setelah DPA "
                    "disahkan dan diunggah ke laman resmi dinas",
                    "Menandatangani PK Tahun 2025 pada bulan Januari "
                    "2025 dan mengunggahnya ke laman "
                    "resmi Dispusipda",
                    "PK 2025 terunggah",
                    "Januari 2025",
                    "Sekretaris Dinas",
                    "Sudah dilaksanakan",
                    url + "pk-2025.pdf",
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.poin(
                b,
                "belum ada SOP pengumpulan data kinerja; data kunjungan dan "
                "peminjaman buku dari perpustakaan desa dikumpulkan tanpa jadwal "
                "yang tetap; hasil pengukuran triwulan belum dibahas pimpinan.",
            ),
            [
                Rec(
                    "Agar menyusun Standar Operasional Prosedur pengumpulan data kinerja yang "
                    "menetapkan sumber data, jadwal dan petugas pengumpul",
                    "Menyusun SOP pengumpulan data kinerja dan menetapkan petugas pengelola data "
                    "pada setiap bidang",
                    "SOP Pengumpulan Data Kinerja",
                    "Tw. II 2025",
                    "Kabid Layanan dan Pembinaan Perpustakaan",
                    "Sedang berjalan",
                    None,
                ),
                Rec(
                    "Agar hasil pengukuran kinerja triwulanan dibahas dalam rapat pimpinan dan "
                    "tindak lanjutnya dicatat dalam notulen",
                    "Melaksanakan rapat evaluasi capaian kinerja "
                    "setiap akhir triwulan yang dipimpin "
                    "Kepala Dinas",
                    "Notulen rapat evaluasi triwulan",
                    "Tw. III 2025",
                    "Kasubag Perencanaan dan Keuangan",
                    "Belum terlaksana",
                    None,
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.poin(
                c,
                "LKjIP belum menganalisis penyebab keberhasilan dan kegagalan "
                "setiap indikator dan belum membandingkan capaian dengan kabupaten "
                "lain di Provinsi Jawa Barat.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan analisis penyebab keberhasilan dan kegagalan setiap "
                    "indikator beserta alternatif solusinya",
                    "Menambahkan analisis penyebab dan alternatif solusi per indikator pada LKjIP "
                    "Tahun 2024 yang direvisi",
                    "LKjIP 2024 revisi",
                    "Sem. I 2025",
                    "Kasubag Perencanaan dan Keuangan",
                    "Sudah dilaksanakan",
                    url + "lkjip-2024-revisi.pdf",
                ),
                Rec(
                    "Agar capaian kinerja dibandingkan dengan standar nasional perpustakaan dan "
                    "capaian kabupaten lain di Jawa Barat",
                    "Mengumpulkan nilai Indeks Pembangunan Literasi Masyarakat kabupaten lain "
                    "sebagai pembanding dalam LKjIP",
                    "Tabel pembanding IPLM",
                    "Sem. II 2025",
                    "Kabid Layanan dan Pembinaan Perpustakaan",
                    "Sedang berjalan",
                    None,
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.poin(
                d,
                "evaluasi internal belum dilaksanakan pada tingkat bidang dan "
                "belum terdokumentasi dalam kertas kerja; pemantauan tindak lanjut "
                "rekomendasi tahun lalu belum dilakukan secara berkala.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas "
                    "implementasi SAKIP pada setiap bidang "
                    "dengan kertas kerja evaluasi yang terdokumentasi",
                    "Membentuk tim evaluator internal dan "
                    "melaksanakan evaluasi SAKIP tingkat bidang",
                    "LHE internal per bidang",
                    "Tw. III 2025",
                    "Sekretaris Dinas",
                    "Belum terlaksana",
                    None,
                ),
                Rec(
                    "Agar penyelesaian rekomendasi hasil evaluasi tahun sebelumnya dipantau setiap "
                    "semester",
                    "Menyusun matriks pemantauan tindak lanjut rekomendasi LHE SAKIP dan "
                    "melaporkannya kepada Kepala Dinas",
                    "Matriks pemantauan tindak lanjut",
                    "Sem. II 2025",
                    "Kasubag Umum dan Kepegawaian",
                    "Sedang berjalan",
                    url + "matriks-pemantauan-tl.pdf",
                ),
            ],
        ),
    ]
    signer = Person(
        "Drs. ASEP SUPRIATNA, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "Pembina Utama Muda",
        "IV/c",
        "197108141997031004",
        1,
        "NIP. 19710814 199703 1 004",
    )
    return Doc(
        code="801",
        producer="libreoffice-docx",
        slug="dispusipdasumedang",
        tahun=2024,
        layout="monitoring",
        unit_kerja="Dinas Perpustakaan dan Kearsipan Daerah",
        kabupaten="Sumedang",
        title=[
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI AKIP TAHUN 2024",
            "DINAS PERPUSTAKAAN DAN KEARSIPAN DAERAH",
            "KABUPATEN SUMEDANG",
        ],
        pj_rows=[
            ("Nama PJ Data SAKIP", "RINA MARLIANA, S.E."),
            ("Kontak (HP/WA)", "(0813) 2145-6780"),
        ],
        pj_nama="RINA MARLIANA, S.E.",
        pj_hp="+6281321456780",
        place_date="Sumedang, 15 Juli 2025",
        jabatan_lines=["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN DAERAH", "KABUPATEN SUMEDANG,"],
        jabatan="KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN DAERAH KABUPATEN SUMEDANG",
        signer=signer,
        findings=findings,
        features=[
            "a4_landscape",
            "font_p052_palatino",
            "header_fill_light_blue",
            "header_repeated",
            "hasil_poin_wording",
            "hp_parens_prefix",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "row_split_across_pages",
            "section_rows_shaded",
            "status_dilaksanakan_wording",
            "two_line_jabatan",
            "url_in_cell",
            "empty_link_cells",
            "waktu_tw_sem_dot_abbrev",
        ],
        notes=[
            "HASIL wording '... memperoleh 22,14 poin atau 73,8% dari bobot 30. Sub komponen "
            "keberadaan memperoleh 5,40 poin (90%), ...': 'poin' is the nilai, 'bobot 30' the "
            "weight",
            "waktu 'Tw. I 2025' / 'Sem. II 2025': periode 'Triwulan I' / 'Semester II' "
            "(abbreviations with a dot, canonical names)",
            "status 'Sudah dilaksanakan' selesai, 'Sedang berjalan' proses, 'Belum terlaksana' "
            "belum",
            "HP '(0813) 2145-6780': the bracketed prefix is the mobile prefix, E.164 "
            "'+6281321456780'",
            "LINK cells: URLs on the unit's own site written out (no annotation) or empty",
        ],
        layout_text="landscape A4, 9-column monitoring table, bordered, Palatino Linotype "
        "8 pt (rendered with P052), light blue header fill repeated on every page, grey "
        "shaded section rows 'A. Perencanaan Kinerja' spanning the table, NO and HASIL "
        "merged vertically over the finding's recommendation rows, rows split across pages",
        opts={
            "cols": MON9,
            "section": "{kode}. {nama}",
            "font": "Palatino Linotype",
            "size": 8,
            "paper": "a4",
            "landscape": True,
            "header_repeat": True,
            "header_fill": "DCE6F1",
            "section_fill": "D9D9D9",
            "header_labels": {"target": "TARGET / DATA DUKUNG", "status": "STATUS"},
        },
    )


# ---------------------------------------------------------------- 802
def doc802() -> Doc:
    a, b = Score("A", 80, 70, 62), Score("B", 70, 64, 60)
    c, d = Score("C", 80, 70, 60), Score("D", 60, 60, 50)
    findings = [
        _f(
            "A",
            a,
            w.bracket_shares(
                a,
                "Renstra belum memuat cascading kinerja sampai ke "
                "UPTD Balai Penyuluhan Pertanian; target produksi padi "
                "dan jagung dalam Renja berbeda dengan target Renstra.",
            ),
            [
                Rec(
                    "Agar menyelaraskan target produksi padi dan jagung pada Renja dengan target "
                    "tahunan dalam Renstra",
                    "Mereviu target Renja Tahun 2024 dan menyesuaikannya dengan target tahunan "
                    "Renstra 2019-2023 dan Renstra transisi",
                ),
                Rec(
                    "Agar melakukan cascading kinerja sampai ke UPTD Balai Penyuluhan Pertanian di "
                    "setiap kecamatan",
                    "Menyusun cascading kinerja dinas sampai ke UPTD BPP dan menuangkannya dalam "
                    "Perjanjian Kinerja Kepala UPTD",
                ),
                Rec(
                    "Agar Rencana Aksi Perjanjian Kinerja memuat target triwulanan yang dapat "
                    "diukur",
                    "Menyusun Rencana Aksi PK Tahun 2024 dengan target per triwulan untuk setiap "
                    "indikator sasaran",
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.bracket_shares(
                b,
                "pengukuran kinerja masih dilakukan setahun sekali "
                "saat penyusunan LKjIP; data luas tanam dan luas panen "
                "belum diverifikasi bersama BPS.",
            ),
            [
                Rec(
                    "Agar pengukuran capaian kinerja dilakukan setiap triwulan dan hasilnya "
                    "dilaporkan kepada Kepala Dinas",
                    "Menyusun laporan pengukuran kinerja triwulanan yang ditandatangani Sekretaris "
                    "Dinas",
                ),
                Rec(
                    "Agar data luas tanam dan luas panen diverifikasi "
                    "bersama Badan Pusat Statistik "
                    "sebelum digunakan sebagai data kinerja",
                    "Melaksanakan rapat verifikasi data luas tanam dan luas panen bersama BPS "
                    "Kabupaten Ogan Komering Ilir setiap semester",
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.bracket_shares(
                c,
                "LKjIP belum menyajikan capaian lima tahun terakhir "
                "dan belum dipublikasikan pada laman resmi pemerintah "
                "daerah.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian kinerja selama lima tahun terakhir",
                    "Menambahkan tabel capaian kinerja Tahun 2019 sampai dengan 2023 pada LKjIP",
                ),
                Rec(
                    "Agar LKjIP dipublikasikan pada laman resmi Pemerintah Kabupaten Ogan Komering "
                    "Ilir paling lambat akhir Februari",
                    "Mengunggah LKjIP Tahun 2023 ke laman resmi pemerintah kabupaten",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.bracket_shares(
                d,
                "belum ada pedoman evaluasi internal; hasil evaluasi "
                "internal tidak ditindaklanjuti dengan rencana "
                "perbaikan.",
            ),
            [
                Rec(
                    "Agar menyusun pedoman evaluasi akuntabilitas kinerja internal di lingkungan "
                    "dinas",
                    "Menyusun dan menetapkan Pedoman Evaluasi AKIP Internal Dinas Pertanian",
                ),
            ],
        ),
    ]
    signer = Person(
        "Ir. HENDRI KUSUMA, M.P.",
        "IV/c, Pembina Utama Muda",
        "Pembina Utama Muda",
        "IV/c",
        "197002111996121002",
        1,
        "NIP 19700211 199612 1 002",
    )
    cols = [
        ("no", "NO", 4),
        ("hasil", "HASIL EVALUASI", 34),
        ("rekno", "NO. REK", 6),
        ("rek", "REKOMENDASI", 28),
        ("ra", "RENCANA AKSI", 28),
    ]
    return Doc(
        code="802",
        producer="libreoffice-xlsx",
        slug="distanoki",
        tahun=2023,
        layout="rencana_aksi",
        unit_kerja="Dinas Pertanian",
        kabupaten="Ogan Komering Ilir",
        title=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS PERTANIAN KABUPATEN OGAN KOMERING ILIR",
        ],
        pj_rows=[
            ("1. Penanggung Jawab Data SAKIP", "MUHAMMAD FAJRI, S.P."),
            ("2. No. Telepon Seluler", "0821-7766-5430"),
        ],
        pj_nama="MUHAMMAD FAJRI, S.P.",
        pj_hp="+6282177665430",
        place_date="Kayuagung, 20 Februari 2024",
        jabatan_lines=["KEPALA DINAS PERTANIAN,"],
        jabatan="KEPALA DINAS PERTANIAN",
        signer=signer,
        findings=findings,
        features=[
            "a4_portrait",
            "golongan_before_pangkat",
            "hasil_bracket_shares",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "predikat_b",
            "rek_number_column",
            "section_rows_letter_split",
            "header_fill_yellow",
            "unit_and_kabupaten_one_line",
        ],
        notes=[
            "a column of its own 'NO. REK' holds the recommendation number as '1.1', '1.2' "
            "(finding.recommendation); the REKOMENDASI and RENCANA AKSI cells carry no number: "
            "rekomendasi_no is the part after the dot",
            "HASIL lines 'Keberadaan [bobot 20%] = 4,80 atau 80%;': the bracketed '20%' / '30%' / "
            "'50%' are the shares of the bobot, not scores",
            "pangkat line 'IV/c, Pembina Utama Muda' (golongan first): pangkat 'Pembina Utama "
            "Muda', golongan 'IV/c'",
            "rencana_aksi layout: target_data ... tautan null; low scores, predikat B",
        ],
        layout_text="portrait A4 spreadsheet fitted to the page width, 5-column rencana aksi "
        "table NO | HASIL EVALUASI | NO. REK | REKOMENDASI | RENCANA AKSI, thin black grid, "
        "pale yellow header fill, Cambria 9 pt (rendered by LibreOffice's substitute), "
        "section rows 'A' | 'PERENCANAAN KINERJA', HASIL cells with typed line breaks, NO "
        "and HASIL merged over the finding's rows",
        opts={
            "cols": cols,
            "section": "split_upper",
            "font": "Cambria",
            "size": 9,
            "paper": "a4",
            "landscape": False,
            "header_repeat": True,
            "header_fill": "FFF2CC",
            "rekno": "{no}.{n}",
        },
    )


# ---------------------------------------------------------------- 803
def _long_a() -> list[str]:
    return [
        "Uraian: (a) dokumen Renstra 2021-2026 telah ditetapkan dan dipublikasikan, namun "
        "tujuan dan sasaran masih dirumuskan sebagai kegiatan, misalnya 'meningkatkan sarana "
        "dan prasarana pemadam kebakaran', sehingga tidak menggambarkan kondisi yang ingin "
        "dicapai bagi masyarakat; (b) indikator waktu tanggap (response time) kejadian "
        "kebakaran telah digunakan sebagai indikator kinerja utama, tetapi definisi "
        "operasionalnya belum menjelaskan titik awal dan titik akhir perhitungan waktu; "
        "(c) target indikator persentase wilayah manajemen kebakaran yang terlayani dalam "
        "Renja tidak sama dengan target pada Renstra dan tidak dijelaskan alasannya;",
        "(d) Perjanjian Kinerja eselon III dan IV telah disusun, tetapi belum selaras dengan "
        "sasaran dinas karena beberapa indikator hanya menyalin indikator kegiatan; (e) "
        "rencana aksi triwulanan belum memuat langkah yang menjelaskan bagaimana target akan "
        "dicapai; (f) dokumen perencanaan belum memanfaatkan peta rawan kebakaran dan data "
        "kejadian lima tahun terakhir sebagai dasar penetapan lokasi pos pemadam; (g) "
        "anggaran belanja modal untuk kendaraan pemadam belum dikaitkan dengan indikator "
        "cakupan layanan dalam dokumen RKA.",
        "Kesimpulan: dokumen perencanaan sudah lengkap, tetapi kualitas rumusan tujuan, "
        "sasaran, indikator dan keterkaitan anggaran dengan kinerja masih perlu diperbaiki "
        "agar perencanaan dapat dimanfaatkan sebagai alat pengendali kinerja.",
    ]


def doc803() -> Doc:
    base = "https://drive.google.com/file/d/"
    a, b = Score("A", 95, 84, 80), Score("B", 90, 82, 78)
    c, d = Score("C", 100, 86, 80), Score("D", 90, 80, 74)
    pj_ren = "Kasubbag Program dan Keuangan"
    findings = [
        _f(
            "A",
            a,
            w.perolehan_reversed(a, _long_a()),
            [
                Rec(
                    "Agar merumuskan kembali tujuan dan sasaran Renstra sebagai kondisi yang ingin "
                    "dicapai, misalnya 'meningkatnya perlindungan "
                    "masyarakat dari bahaya kebakaran'",
                    "Menyusun reviu Renstra 2021-2026 dengan rumusan "
                    "tujuan dan sasaran berorientasi "
                    "hasil dan menyampaikannya kepada Bappelitbang",
                    "Dokumen reviu Renstra",
                    "Tw. II 2025",
                    pj_ren,
                    "Selesai",
                    base + "1TpgDmkrReviuRenstra25xQ/view",
                    "Reviu Renstra 2025",
                ),
                Rec(
                    "Agar menetapkan definisi operasional indikator waktu tanggap kebakaran, "
                    "termasuk titik awal dan titik akhir perhitungannya",
                    "Menyusun manual IKU yang memuat definisi operasional, rumus dan sumber data "
                    "waktu tanggap",
                    "Manual IKU",
                    "Tw. I 2025",
                    "Kabid Operasi dan Penyelamatan",
                    "Selesai",
                    base + "1TpgManualIKUDamkar2025/view",
                    "Manual IKU Damkar",
                ),
                Rec(
                    "Agar menyelaraskan target indikator persentase wilayah manajemen kebakaran "
                    "antara Renja dan Renstra",
                    "Menyesuaikan target pada perubahan Renja Tahun 2025 dan mencantumkan "
                    "penjelasan perbedaan target",
                    "Perubahan Renja 2025",
                    "Tw. III 2025",
                    pj_ren,
                    "Berjalan",
                    None,
                ),
                Rec(
                    "Agar Perjanjian Kinerja pejabat administrator dan pengawas memuat indikator "
                    "yang mendukung sasaran dinas, bukan indikator kegiatan",
                    "Mereviu PK eselon III dan IV Tahun 2025 bersama Bagian Organisasi",
                    "PK eselon III dan IV",
                    "Tw. I 2025",
                    "Sekretaris Dinas",
                    "Selesai",
                    base + "1TpgPKEselon2025Rev/view",
                    "PK Eselon III-IV",
                ),
                Rec(
                    "Agar peta rawan kebakaran dan data kejadian lima tahun terakhir digunakan "
                    "sebagai dasar penetapan lokasi pos pemadam",
                    "Menyusun kajian penempatan pos pemadam berbasis peta rawan kebakaran",
                    "Kajian lokasi pos pemadam",
                    "Paling lambat 30 September 2026",
                    "Kabid Pencegahan dan Sarana",
                    "Belum mulai",
                    None,
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.perolehan_reversed(
                b,
                [
                    "Uraian: pencatatan waktu tanggap masih manual di buku piket sehingga sulit "
                    "diverifikasi; pengukuran kinerja dilakukan "
                    "triwulanan, tetapi belum memanfaatkan "
                    "aplikasi; capaian kinerja belum digunakan dalam penilaian SKP pegawai.",
                    "Data jumlah kejadian kebakaran dan penyelamatan "
                    "non kebakaran (evakuasi hewan, "
                    "pertolongan korban tenggelam, pembukaan cincin) "
                    "dicatat oleh masing-masing regu "
                    "tanpa format yang seragam, sehingga rekapitulasi "
                    "bulanan sering berbeda dengan "
                    "laporan pos; hasil pengukuran triwulanan belum dianalisis untuk mengetahui "
                    "penyebab waktu tanggap yang melebihi standar 15 menit pada wilayah pulau "
                    "Penyengat dan Dompak.",
                ],
            ),
            [
                Rec(
                    "Agar pencatatan waktu tanggap setiap kejadian dilakukan secara elektronik "
                    "sejak panggilan diterima sampai unit tiba di lokasi",
                    "Mengembangkan formulir pencatatan kejadian berbasis aplikasi pada ruang "
                    "kendali operasi",
                    "Aplikasi pencatatan kejadian",
                    "Tw. IV 2025",
                    "Kabid Operasi dan Penyelamatan",
                    "Berjalan",
                    base + "1TpgAplikasiKejadian25/view",
                    "Uji coba aplikasi",
                ),
                Rec(
                    "Agar capaian kinerja individu dalam SKP dikaitkan dengan capaian indikator "
                    "kinerja dinas",
                    "Menyusun matriks keterkaitan SKP pegawai dengan indikator kinerja dinas",
                    "Matriks SKP",
                    "Tw. II 2025",
                    "Kasubbag Umum dan Kepegawaian",
                    "Selesai",
                    base + "1TpgMatriksSKP2025/view",
                    "Matriks SKP",
                ),
                Rec(
                    "Agar hasil pengukuran kinerja triwulanan dianalisis dan dibahas dalam rapat "
                    "evaluasi bersama seluruh kepala regu",
                    "Melaksanakan rapat evaluasi kinerja triwulanan bersama kepala regu pemadam",
                    "Notulen rapat evaluasi",
                    "Paling lambat 31 Maret 2026",
                    pj_ren,
                    "Belum mulai",
                    None,
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.perolehan_reversed(
                c,
                [
                    "Uraian: LKjIP telah disusun dan dipublikasikan "
                    "tepat waktu; analisis efisiensi "
                    "penggunaan sumber daya belum disajikan; LKjIP belum menjelaskan hambatan "
                    "pencapaian target waktu tanggap di wilayah Kecamatan Tanjungpinang Barat.",
                    "LKjIP juga belum menyajikan perbandingan capaian waktu tanggap dengan standar "
                    "pelayanan minimal sub urusan kebakaran, belum "
                    "menguraikan realisasi anggaran per "
                    "program, dan belum memuat rencana tindak lanjut atas indikator yang tidak "
                    "mencapai target pada tahun sebelumnya.",
                ],
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan analisis efisiensi penggunaan anggaran untuk setiap "
                    "sasaran",
                    "Menambahkan analisis efisiensi anggaran per sasaran dalam LKjIP Tahun 2025",
                    "LKjIP 2025",
                    "Paling lambat 31 Maret 2026",
                    pj_ren,
                    "Belum mulai",
                    None,
                ),
                Rec(
                    "Agar LKjIP menjelaskan hambatan pencapaian target waktu tanggap per wilayah "
                    "beserta upaya yang akan dilakukan",
                    "Menyusun analisis waktu tanggap per kecamatan sebagai lampiran LKjIP",
                    "Analisis waktu tanggap",
                    "Tw. IV 2025",
                    "Kabid Operasi dan Penyelamatan",
                    "Berjalan",
                    base + "1TpgAnalisisWaktuTanggap/view",
                    "Draf analisis",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.perolehan_reversed(
                d,
                [
                    "Uraian: evaluasi internal telah dilaksanakan oleh tim yang ditetapkan Kepala "
                    "Dinas, namun kertas kerja belum memuat bukti; rekomendasi evaluasi internal "
                    "belum dipantau penyelesaiannya.",
                    "Tim evaluasi internal belum pernah mengikuti bimbingan teknis evaluasi AKIP; "
                    "hasil evaluasi internal belum digunakan untuk "
                    "memperbaiki Renja dan Perjanjian "
                    "Kinerja tahun berikutnya, dan belum ada laporan kepada Kepala Dinas tentang "
                    "penyelesaian rekomendasi evaluasi tahun sebelumnya.",
                ],
            ),
            [
                Rec(
                    "Agar kertas kerja evaluasi internal dilengkapi dengan bukti dukung untuk "
                    "setiap kriteria",
                    "Melengkapi kertas kerja evaluasi internal Tahun 2025 dengan bukti dukung",
                    "Kertas kerja evaluasi",
                    "Tw. IV 2025",
                    "Sekretaris Dinas",
                    "Berjalan",
                    None,
                ),
                Rec(
                    "Agar penyelesaian rekomendasi evaluasi internal dipantau dan dilaporkan "
                    "kepada Kepala Dinas setiap triwulan",
                    "Menyusun laporan pemantauan tindak lanjut evaluasi internal per triwulan",
                    "Laporan pemantauan",
                    "Paling lambat 30 Juni 2026",
                    "Sekretaris Dinas",
                    "Belum mulai",
                    None,
                ),
            ],
        ),
    ]
    signer = Person(
        "RAJA FIRDAUS, S.Sos., M.M.",
        "Pembina, IV/a",
        "Pembina",
        "IV/a",
        "197805232003121001",
        1,
        "NIP. 19780523 200312 1 001",
    )
    cols = [
        ("no", "NO", 4),
        ("hasil", "CATATAN HASIL EVALUASI", 28),
        ("rek", "REKOMENDASI PERBAIKAN", 17),
        ("ra", "RENCANA TINDAK LANJUT", 16),
        ("target", "OUTPUT", 9),
        ("waktu", "JADWAL", 9),
        ("pj", "PELAKSANA", 11),
        ("status", "PROGRES", 8),
        ("link", "BUKTI DUKUNG (LINK)", 10),
    ]
    return Doc(
        code="803",
        producer="reportlab",
        slug="damkartanjungpinang",
        tahun=2024,
        layout="monitoring",
        unit_kerja="Dinas Pemadam Kebakaran dan Penyelamatan",
        kabupaten="Tanjungpinang",
        title=[
            "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2024",
            "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
            "PEMERINTAH KOTA TANJUNGPINANG",
        ],
        pj_rows=[("Penanggung Jawab Data", "SRI WAHYUNI, S.Kom."), ("Nomor HP", "0812 7045 3318")],
        pj_nama="SRI WAHYUNI, S.Kom.",
        pj_hp="+6281270453318",
        place_date="Tanjungpinang, 8 Oktober 2025",
        jabatan_lines=[
            "Plh. KEPALA DINAS PEMADAM KEBAKARAN",
            "DAN PENYELAMATAN KOTA TANJUNGPINANG,",
        ],
        jabatan="Plh. KEPALA DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA TANJUNGPINANG",
        signer=signer,
        findings=findings,
        features=[
            "empty_link_cells",
            "font_urw_gothic_type1",
            "header_repeated",
            "header_wording_catatan_output_jadwal_pelaksana",
            "hasil_reversed_order",
            "hp_spaces",
            "kota_not_kabupaten",
            "landscape_letter",
            "link_annotation",
            "long_table_3plus_pages",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "plh_signer",
            "predikat_a",
            "row_split_across_pages",
            "section_rows_komponen_dash",
            "status_berjalan_wording",
            "two_line_jabatan",
            "waktu_paling_lambat",
        ],
        notes=[
            "HASIL 'Perolehan: 25,26 dari 30 (84,2%). Rincian per sub komponen: pemanfaatan "
            "12,00 (80%), kualitas 7,56 (84%), keberadaan 5,70 (95%).': sub-components in "
            "reverse order; '30' is the bobot; the '(a)' .. '(g)' items of the Uraian are "
            "criteria, not recommendations; hasil_evaluasi is the whole cell rejoined across "
            "pages",
            "section rows 'Komponen A - Perencanaan Kinerja' are component A",
            "signer 'Plh. KEPALA DINAS ... KOTA TANJUNGPINANG,': jabatan joins both lines, keeps "
            "'Plh.' (like 'Plt.' in earlier sets), drops the trailing comma",
            "status 'Selesai' selesai, 'Berjalan' proses, 'Belum mulai' belum",
            "waktu 'Paling lambat 30 September 2026': periode 'September' (a deadline date -> "
            "its month), tahun 2026",
            "LINK cells: blue labels with link annotations (tautan = annotation URL, "
            "tautan_teks = label) or empty (null)",
            "kabupaten 'Tanjungpinang' (a kota)",
        ],
        layout_text="landscape US Letter, 9-column monitoring table, full grid in dark "
        "blue-grey, URW Gothic 8 pt (embedded Type 1), header repeated on every page, "
        "section rows 'Komponen A - Perencanaan Kinerja' with a pale shading, NO and HASIL "
        "spanned over the finding's rows, long HASIL cells with 'Uraian' paragraphs (A: "
        "criteria (a)..(g) and a conclusion), the table over 3 pages, the spanned HASIL D "
        "going on from page 2 to page 3",
        opts={
            "cols": cols,
            "section": "Komponen {kode} - {nama}",
            "size": 8,
            "header_repeat": True,
        },
    )


# ---------------------------------------------------------------- 804
def doc804() -> Doc:
    a, b = Score("A", 85, 72, 64), Score("B", 80, 66, 60)
    c, d = Score("C", 90, 70, 66), Score("D", 80, 72, 62)
    pj = "Sekretaris Kecamatan"
    findings = [
        _f(
            "A",
            a,
            w.mendapat(
                a,
                "Sasaran kecamatan belum diturunkan ke seksi dan "
                "kelurahan; indikator kinerja masih berupa jumlah kegiatan "
                "rapat koordinasi.",
            ),
            [
                Rec(
                    "Agar kecamatan menyusun cascading sasaran sampai ke seksi dan kelurahan di "
                    "wilayah Kecamatan Muntok",
                    "Menyusun cascading kinerja kecamatan sampai seksi dan lima kelurahan",
                    "Dokumen cascading",
                    "Bulan Maret 2023",
                    pj,
                    "Sudah ditindaklanjuti",
                    "https://drive.google.com/drive/folders/1MntkCascading2024",
                ),
                Rec(
                    "Agar indikator kinerja seksi mengukur hasil layanan, bukan jumlah rapat "
                    "koordinasi",
                    "Mengganti indikator jumlah rapat dengan indikator kepuasan layanan "
                    "administrasi kecamatan",
                    "-",
                    "Bulan Mei 2023",
                    "Kasi Pelayanan Umum",
                    "Dalam proses",
                    None,
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.mendapat(
                b,
                "Data capaian pelayanan administrasi terpadu kecamatan "
                "(PATEN) belum direkap bulanan.",
            ),
            [
                Rec(
                    "Agar capaian layanan PATEN direkap setiap bulan dan dilaporkan kepada Camat",
                    "Membuat rekap bulanan layanan PATEN dan menyampaikannya dalam apel pagi",
                    "Rekap bulanan PATEN",
                    "Bulan Mei 2023",
                    "Kasi Pelayanan Umum",
                    "Sudah ditindaklanjuti",
                    "https://drive.google.com/drive/folders/1MntkRekapPaten2024",
                ),
                Rec(
                    "Agar pengukuran kinerja memanfaatkan aplikasi e-SAKIP Kabupaten Bangka Barat",
                    "Menginput capaian kinerja triwulan ke aplikasi e-SAKIP",
                    "-",
                    "Bulan Agustus 2023",
                    "Kasubbag Program dan Keuangan",
                    "Belum",
                    None,
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.mendapat(
                c,
                "LKjIP kecamatan belum memuat perbandingan dengan "
                "kecamatan lain dan belum menjelaskan kegagalan target.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat perbandingan capaian dengan kecamatan lain di Kabupaten "
                    "Bangka Barat",
                    "Meminta data capaian kecamatan lain melalui "
                    "Bagian Organisasi dan menyajikannya "
                    "dalam LKjIP",
                    "LKjIP 2022 revisi",
                    "Bulan Agustus 2023",
                    "Kasubbag Program dan Keuangan",
                    "Dalam proses",
                    None,
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.mendapat(
                d, "Tindak lanjut rekomendasi evaluasi tahun lalu belum seluruhnya dilaksanakan."
            ),
            [
                Rec(
                    "Agar seluruh rekomendasi hasil evaluasi SAKIP Tahun 2021 ditindaklanjuti",
                    "Menyusun daftar rekomendasi 2021 yang belum selesai dan menjadwalkan "
                    "penyelesaiannya",
                    "Daftar tindak lanjut",
                    "Bulan Oktober 2023",
                    pj,
                    "Belum",
                    None,
                ),
                Rec(
                    "Agar kecamatan melakukan evaluasi internal atas capaian kinerja kelurahan",
                    "Melaksanakan evaluasi kinerja lima kelurahan setiap semester",
                    "-",
                    "Bulan Oktober 2023",
                    pj,
                    "Dalam proses",
                    None,
                ),
            ],
        ),
    ]
    signer = Person(
        "MUHAMMAD RIDWAN, S.STP., M.Si.",
        "Penata Tk. I (III/d)",
        "Penata Tk. I",
        "III/d",
        "198709302009101001",
        1,
        "NIP. 19870930 200910 1 001",
    )
    cols4 = [
        ("no", "NO", 4),
        ("hasil", "HASIL EVALUASI", 40),
        ("rek", "REKOMENDASI", 28),
        ("ra", "RENCANA AKSI", 28),
    ]
    cols9 = [
        ("no", "NO", 4),
        ("hasil", "HASIL EVALUASI", 23),
        ("rek", "REKOMENDASI", 17),
        ("ra", "RENCANA AKSI", 17),
        ("target", "TARGET DATA", 9),
        ("waktu", "WAKTU PELAKSANAAN", 13),
        ("pj", "PENANGGUNG JAWAB", 11),
        ("status", "STATUS/ PROGRES", 11),
        ("link", "LINK GOOGLE DRIVE", 13),
    ]
    return Doc(
        code="804",
        producer="libreoffice-docx",
        slug="muntok",
        tahun=2022,
        layout="monitoring",
        unit_kerja="Kecamatan Muntok",
        kabupaten="Bangka Barat",
        title=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN MUNTOK",
            "PEMERINTAH KABUPATEN BANGKA BARAT",
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP", "YULIANA, S.IP."),
            ("Nomor HP Penanggung Jawab", "+62819 2740 1155"),
        ],
        pj_nama="YULIANA, S.IP.",
        pj_hp="+6281927401155",
        place_date=None,
        jabatan_lines=["CAMAT MUNTOK"],
        jabatan="CAMAT MUNTOK",
        signer=signer,
        findings=findings,
        features=[
            "a4_landscape",
            "empty_link_cells",
            "hasil_mendapat_nilai",
            "no_header_repeat",
            "hp_plus62_glued",
            "merged_hasil_evaluasi",
            "monitoring_table_same_page",
            "nip_spaces",
            "predikat_b",
            "row_split_across_pages",
            "section_rows_letter_no_dot",
            "target_dash",
            "two_tables",
            "url_in_cell",
            "waktu_bulan_word",
        ],
        notes=[
            "two tables: table_layout monitoring, each recommendation's page is where it starts "
            "in the monitoring table; here the monitoring table begins on the SAME page, right "
            "under the first table's signature (no page break), with its own title and PJ block",
            "waktu 'Bulan Mei 2023': periode 'Mei' (the word 'Bulan' is no part of it)",
            "HP '+62819 2740 1155' (+62 glued to the prefix): E.164 '+6281927401155'",
            "status 'Sudah ditindaklanjuti' selesai, 'Dalam proses' proses, 'Belum' belum; "
            "TARGET '-' gives target_data null",
        ],
        layout_text="landscape A4, TWO tables: the 4-column rencana aksi table, then "
        "after its signature, on the same page, a second title, PJ block and the 9-column "
        "monitoring table (header on its first page only, rows "
        "split across pages); bordered, Arial 8 pt "
        "(rendered with Liberation Sans), seed-like section rows 'A Perencanaan Kinerja', "
        "NO and HASIL merged vertically",
        opts={
            "cols": cols4,
            "cols2": cols9,
            "section": "{kode} {nama}",
            "font": "Arial",
            "size": 8,
            "paper": "a4",
            "landscape": True,
            "header_repeat": True,
            "header_repeat2": False,
            "header_fill": "E7E6E6",
            "title2": [
                "MONITORING TINDAK LANJUT RENCANA AKSI HASIL EVALUASI SAKIP TAHUN 2022",
                "KECAMATAN MUNTOK",
                "PEMERINTAH KABUPATEN BANGKA BARAT",
            ],
        },
    )
