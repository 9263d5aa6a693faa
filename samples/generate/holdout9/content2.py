"""Specs of documents 905-908 (texts typed here; scores computed from typed percentages)."""

from __future__ import annotations

from .model import Doc, Finding, Person, Rec, Score, Signer, idnum, pct, short

# ---------------------------------------------------------------------------------------
# 905 Dinas Peternakan dan Kesehatan Hewan Kabupaten Manokwari (Papua Barat), 2025


def _h905(s: Score, lemah: str) -> list[str]:
    return [
        f"Komponen ini mendapat penilaian {short(s.nilai)} ({pct(s.persen)}), terdiri atas "
        f"keberadaan {short(s.keb)} ({pct(s.keb_p)}), kualitas {short(s.kual)} "
        f"({pct(s.kual_p)}) dan pemanfaatan {short(s.pem)} ({pct(s.pem_p)}).",
        f"Kelemahan utama: {lemah}",
    ]


def doc905() -> Doc:
    a, b, c, d = (
        Score("A", 90, 70, 59),
        Score("B", 80, 70, 62),
        Score("C", 80, 72, 64),
        Score("D", 80, 70, 60),
    )
    done = "Sudah ditindaklanjuti", "selesai"
    done2 = "Selesai\n(dokumen telah diunggah)", "selesai"
    proc = "Proses", "proses"
    part = "Selesai sebagian", "proses"
    no = "Belum", "belum"
    mar = "Maret 2026", "Maret", 2026
    tw2 = "Triwulan II 2026", "Triwulan II", 2026
    sm1 = "Semester I 2026", "Semester I", 2026
    jul = "Juli – Agustus 2026", "Juli - Agustus", 2026
    ren = "Kasubag Perencanaan"
    keswan = "Kabid Kesehatan Hewan"
    site = "https://disnakkeswan.manokwarikab.go.id/ppid/"
    findings = [
        Finding(
            "A",
            1,
            _h905(
                a,
                "indikator sasaran belum menggambarkan hasil (populasi ternak dan kasus "
                "penyakit hewan menular strategis); target tahunan Renstra tidak sama dengan "
                "target pada Renja.",
            ),
            [
                Rec(
                    "Agar indikator sasaran dinas mengukur hasil, antara lain pertumbuhan "
                    "populasi ternak babi dan sapi serta penurunan kasus penyakit hewan "
                    "menular strategis",
                    "Merevisi Renstra dan IKU dengan indikator hasil:\n"
                    "• pertumbuhan populasi ternak;\n"
                    "• persentase penurunan kasus PHMS",
                    "Renstra dan IKU revisi",
                    mar,
                    ren,
                    done2,
                    (site + "renstra-revisi-2026.pdf", site + "renstra-revisi-2026.pdf", False),
                ),
                Rec(
                    "Agar target tahunan pada Renja sama dengan target Renstra",
                    "Menyelaraskan target Renja 2026 dengan target tahunan Renstra",
                    "Renja 2026",
                    mar,
                    ren,
                    done,
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h905(
                b,
                "data vaksinasi rabies dan pengobatan ternak dicatat manual di setiap "
                "puskeswan dan direkap hanya setahun sekali.",
            ),
            [
                Rec(
                    "Agar pencatatan vaksinasi dan pengobatan di puskeswan direkap setiap bulan",
                    "Menyusun format rekap bulanan dan mengirimkannya ke empat puskeswan",
                    "Rekap bulanan puskeswan",
                    tw2,
                    keswan,
                    part,
                ),
                Rec(
                    "Agar pengukuran capaian indikator memanfaatkan aplikasi iSIKHNAS",
                    "Melatih petugas puskeswan menginput data kasus ke iSIKHNAS",
                    "Petugas terlatih",
                    sm1,
                    keswan,
                    proc,
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h905(
                c,
                "LKjIP belum menyajikan analisis efisiensi dan belum dipublikasikan.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat analisis efisiensi penggunaan sumber daya per sasaran",
                    "Menambahkan bab analisis efisiensi anggaran pada LKjIP 2025",
                    "LKjIP 2025",
                    mar,
                    ren,
                    done,
                    (site + "lkjip-2025.pdf", site + "lkjip-2025.pdf", False),
                ),
                Rec(
                    "Agar LKjIP dipublikasikan pada laman PPID dinas",
                    "Mengunggah LKjIP 2025 pada laman PPID",
                    "Tautan publikasi",
                    tw2,
                    "Subbag Umum",
                    no,
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h905(
                d,
                "evaluasi internal belum dilakukan oleh tim yang memahami SAKIP dan belum "
                "mencakup UPTD Rumah Potong Hewan.",
            ),
            [
                Rec(
                    "Agar membentuk tim evaluasi internal yang telah mengikuti bimbingan "
                    "teknis SAKIP",
                    "Menetapkan SK tim evaluasi internal dan mengikutsertakan anggota pada bimtek",
                    "SK tim",
                    jul,
                    "Sekretaris",
                    proc,
                ),
                Rec(
                    "Agar evaluasi internal mencakup UPTD Rumah Potong Hewan",
                    "Melaksanakan evaluasi internal pada UPTD RPH",
                    "Laporan evaluasi UPTD",
                    jul,
                    "Sekretaris",
                    no,
                ),
            ],
            d,
        ),
    ]
    head = Person("drh. MARTHA INDOU, M.Si.", "19760318", "200212", 2, 1)
    signer = Signer(
        ["KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN", "KABUPATEN MANOKWARI,"],
        "KEPALA DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN MANOKWARI",
        head,
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I, IV/b",
        f"NIP. {head.nip_spaced()}",
        "Manokwari, 20 Februari 2026",
    )
    return Doc(
        905,
        "libreoffice-docx",
        "disnakkeswanmanokwari",
        2025,
        "monitoring",
        "Dinas Peternakan dan Kesehatan Hewan",
        "Manokwari",
        [
            "Rencana Aksi Tindak Lanjut Hasil Evaluasi SAKIP Tahun 2025",
            "Dinas Peternakan dan Kesehatan Hewan Kabupaten Manokwari",
        ],
        "SAMUEL RUMBIAK, S.Pt.",
        "0813-4450-2218",
        "+6281344502218",
        signer,
        findings,
        [
            "a4_landscape",
            "bullets_in_rencana_aksi",
            "female_signer",
            "hasil_one_decimal_scores",
            "header_title_case",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "row_split_across_pages",
            "section_rows_komponen_colon",
            "status_two_lines",
            "title_mixed_case",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_range_en_dash",
        ],
        "landscape A4, 9-column monitoring table, bordered, Candara 8.5 pt (rendered with "
        "DejaVu Sans), header in title case on the first page only, section "
        "rows 'Komponen: Perencanaan Kinerja' in bold italic spanning the table, NO and HASIL "
        "merged over the finding's recommendation rows, rows split across pages, title in "
        "mixed case",
        [
            "HASIL scores written with ONE decimal where the second is zero ('keberadaan "
            "5,4 (90%), kualitas 6,3 (70%) dan pemanfaatan 8,85 (59%)'), as typed by hand: "
            "5,4 is 5.40",
            "section rows 'Komponen: Perencanaan Kinerja' (word 'Komponen' and a colon, no "
            "letter): component by name",
            "A1's RENCANA AKSI cell holds a lead line and two '•' bullet lines: one action "
            "plan, rencana_aksi the whole cell joined with single spaces, bullets kept",
            "A1's STATUS cell on two lines 'Selesai' / '(dokumen telah diunggah)': "
            "status_progres 'Selesai (dokumen telah diunggah)', status selesai",
            "status 'Selesai sebagian' proses (SAKIP.md: Sebagian -> proses), 'Proses' "
            "proses, 'Belum' belum, 'Sudah ditindaklanjuti' selesai",
            "waktu 'Juli – Agustus 2026' (en dash): periode 'Juli - Agustus' (the range in "
            "the canonical form of holdout5), tahun 2026",
            "female signer (NIP sex digit 2); PJ label 'No. Telepon Genggam'",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "SAMUEL RUMBIAK, S.Pt."),
            ("No. Telepon Genggam", "0813-4450-2218"),
        ],
    )


# ---------------------------------------------------------------------------------------
# 906 Kecamatan Tualang, Kabupaten Siak (Riau), 2022


def _h906(s: Score, kom: str, lemah: str, pem: bool = True) -> list[str]:
    parts = (
        f"{kom} dengan nilai {idnum(s.nilai)} ({pct(s.persen)}) yang terdiri dari keberadaan "
        f"{idnum(s.keb)} ({pct(s.keb_p)}), kualitas {idnum(s.kual)} ({pct(s.kual_p)})"
    )
    if pem:
        parts += f" dan pemanfaatan {idnum(s.pem)} ({pct(s.pem_p)})"
    return [f"{parts}; kelemahan: {lemah}"]


def doc906() -> Doc:
    a, b, c, d = (
        Score("A", 88, 72, 64),
        Score("B", 82, 74, 62),
        Score("C", 86, 70, 64),
        Score("D", 80, 66, 58),
    )
    findings = [
        Finding(
            "A",
            1,
            _h906(
                a,
                "Perencanaan Kinerja",
                "tujuan dan sasaran Renstra kecamatan belum berorientasi hasil, masih "
                "memakai kata kerja meningkatkan dan melaksanakan; indikator belum memenuhi "
                "kriteria SMART.",
            ),
            [
                Rec(
                    "Agar tujuan dan sasaran Renstra dirumuskan sebagai kondisi yang ingin "
                    "dicapai, misalnya meningkatnya kualitas pelayanan publik kecamatan",
                    "Merumuskan ulang tujuan dan sasaran pada reviu Renstra Kecamatan Tualang "
                    "2021-2026",
                ),
                Rec(
                    "Agar indikator kinerja memenuhi kriteria spesifik, terukur, dapat "
                    "dicapai, relevan dan berbatas waktu",
                    "Menguji setiap indikator dengan lembar uji kriteria SMART dan memperbaikinya",
                ),
            ],
            a,
        ),
        Finding(
            "A",
            2,
            [
                "Rencana kerja belum memuat kegiatan untuk mencapai indikator indeks "
                "kepuasan masyarakat atas layanan PATEN di kantor camat."
            ],
            [
                Rec(
                    "Agar Renja memuat kegiatan survei dan peningkatan layanan PATEN",
                    "Menganggarkan survei kepuasan masyarakat dan penataan ruang layanan "
                    "PATEN pada Renja 2024",
                ),
            ],
        ),
        Finding(
            "B",
            1,
            _h906(
                b,
                "Pengukuran Kinerja",
                "data capaian dari kelurahan dan kampung tidak dikumpulkan secara berkala; "
                "pengukuran tidak didokumentasikan.",
            ),
            [
                Rec(
                    "Agar pengumpulan data capaian dari kelurahan dan kampung dijadwalkan "
                    "setiap triwulan",
                    "Membuat jadwal dan formulir pengumpulan data capaian untuk dua kelurahan "
                    "dan tujuh kampung",
                ),
                Rec(
                    "Agar setiap pengukuran kinerja dibuatkan berita acara",
                    "Menyusun berita acara pengukuran kinerja triwulanan yang ditandatangani camat",
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h906(
                c,
                "Pelaporan Kinerja",
                "LKjIP kecamatan belum memuat perbandingan capaian dengan tahun sebelumnya "
                "dan belum menjelaskan langkah perbaikan atas indikator yang tidak tercapai.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan perbandingan realisasi kinerja tahun berjalan "
                    "dengan dua tahun sebelumnya",
                    "Menambahkan tabel perbandingan realisasi 2020-2022 pada LKjIP",
                ),
                Rec(
                    "Agar LKjIP menjelaskan langkah perbaikan atas indikator yang tidak "
                    "mencapai target",
                    "Menambahkan uraian rencana perbaikan per indikator pada Bab III LKjIP",
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h906(
                d,
                "Evaluasi Akuntabilitas Kinerja Internal",
                "rekomendasi LHE tahun lalu belum seluruhnya ditindaklanjuti dan evaluasi "
                "internal belum menilai seksi-seksi.",
                pem=False,
            ),
            [
                Rec(
                    "Agar seluruh rekomendasi LHE SAKIP tahun sebelumnya ditindaklanjuti dan "
                    "dilaporkan",
                    "Menyusun laporan tindak lanjut rekomendasi LHE SAKIP 2021",
                ),
                Rec(
                    "Agar evaluasi internal dilaksanakan terhadap seluruh seksi",
                    "Melaksanakan evaluasi kinerja lima seksi setiap semester",
                ),
            ],
            d,
            pem_stated=False,
        ),
    ]
    camat = Person("H. ZULKIFLI AZHAR, S.STP., M.Si.", "19831007", "200511", 1, 1)
    signer = Signer(
        ["CAMAT TUALANG"],
        "CAMAT TUALANG",
        camat,
        "Pembina",
        "IV/a",
        "Pembina (IV/a)",
        f"NIP. {camat.nip_spaced()}",
        "Perawang, 27 Januari 2023",
    )
    return Doc(
        906,
        "libreoffice-xlsx",
        "tualang",
        2022,
        "rencana_aksi",
        "Kecamatan Tualang",
        "Siak",
        [
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN TUALANG",
            "PEMERINTAH KABUPATEN SIAK",
        ],
        "NURHASANAH, S.AP.",
        "0813 7120 4488",
        "+6281371204488",
        signer,
        findings,
        [
            "a4_portrait",
            "hasil_cut_before_pemanfaatan",
            "header_repeated",
            "header_wording_tindak_lanjut_yang_akan",
            "hp_spaces",
            "merged_cell_across_page_break",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "place_differs_from_unit",
            "predikat_b",
            "title_and_pj_repeated_every_page",
            "two_findings_one_komponen",
        ],
        "portrait A4 spreadsheet fitted to the page width, 4-column rencana aksi table, black "
        "grid, pale peach header fill, Liberation Serif 10.5 pt; the print titles take the title, "
        "the PJ block AND the header row, so all of them repeat at the top of every page; "
        "section rows 'A. PERENCANAAN KINERJA'; NO and HASIL merged over the finding's rows; "
        "header 'TINDAK LANJUT YANG AKAN DILAKSANAKAN' for the rencana aksi column",
        [
            "the title lines and the PJ block are repeated at the top of every page (Calc "
            "print titles over rows 1-8): they are read once; no field changes",
            "komponen A has two findings: A1 with scores, A2 narrative (score fields null); "
            "rekomendasi_no restarts at 1 in A2",
            "the RENCANA AKSI column is headed 'TINDAK LANJUT YANG AKAN DILAKSANAKAN'",
            "D states keberadaan and kualitas only: pemanfaatan_nilai / _persen null",
            "the merged NO / HASIL cell of D crosses the page break: Calc prints its text on "
            "page 1 and leaves the continuation empty on page 2 beside D's second "
            "recommendation (page 2)",
            "the place of the date line is the kecamatan's capital 'Perawang', not the unit name",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP", "NURHASANAH, S.AP."),
            ("Nomor HP Penanggung Jawab", "0813 7120 4488"),
        ],
    )


# ---------------------------------------------------------------------------------------
# 907 Dinas Kepemudaan dan Olahraga Kabupaten Pati (Jawa Tengah), 2025


def _pc1(p: float) -> str:
    return f"{p:.1f}".replace(".", ",") + "%"


def _h907(s: Score, kom: str, catatan: str) -> list[str]:
    return [
        f"Nilai {kom} Tahun 2025 = {idnum(s.nilai)} atau {_pc1(s.persen)}; terbagi atas "
        f"Keberadaan {idnum(s.keb)} ({_pc1(s.keb_p)}), Kualitas {idnum(s.kual)} "
        f"({_pc1(s.kual_p)}), Pemanfaatan {idnum(s.pem)} ({_pc1(s.pem_p)}).",
        f"Catatan Inspektorat: {catatan}",
    ]


def doc907() -> Doc:
    a, b, c, d = (
        Score("A", 96, 86, 78),
        Score("B", 92, 84, 76),
        Score("C", 94, 84, 80),
        Score("D", 90, 82, 74),
    )
    sudah = "Sudah ditindaklanjuti", "selesai"
    going = "On going", "proses"
    belum = "Belum ditindaklanjuti", "belum"
    apr = "30 April 2026", "April", 2026
    tw2 = "Triwulan II 2026", "Triwulan II", 2026
    jun = "Juni 2026", "Juni", 2026
    okt = "s.d. Oktober 2026", "Oktober", 2026
    g = "https://drive.google.com/file/d/"
    ren = "Subbag Perencanaan dan Keuangan"
    findings = [
        Finding(
            "A",
            1,
            _h907(
                a,
                "Perencanaan Kinerja",
                "cascading kinerja sudah disusun, namun indikator kinerja individu staf "
                "belum diturunkan dari indikator seksi.",
            ),
            [
                Rec(
                    "Agar indikator kinerja individu staf diturunkan dari indikator kinerja seksi",
                    "Menyusun peta cascading sampai level staf pelaksana",
                    "Peta cascading",
                    apr,
                    ren,
                    sudah,
                    (g + "1Hs7PoyTq0Wc4kLr2Nb9", g + "1Hs7PoyTq0Wc4kLr2Nb9", False),
                ),
                Rec(
                    "Agar rencana aksi pencapaian kinerja triwulanan memuat target setiap seksi",
                    "Menetapkan rencana aksi triwulanan per seksi",
                    "Rencana aksi 2026",
                    apr,
                    ren,
                    sudah,
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h907(
                b,
                "Pengukuran Kinerja",
                "pengukuran kinerja prestasi olahraga belum memakai data resmi KONI dan "
                "hasil pengukuran belum dipakai untuk realokasi anggaran.",
            ),
            [
                Rec(
                    "Agar data prestasi olahraga diambil dari rekap resmi KONI Kabupaten Pati",
                    "Membuat nota kesepahaman pertukaran data prestasi dengan KONI",
                    "Nota kesepahaman",
                    tw2,
                    "Kabid Olahraga",
                    going,
                ),
                Rec(
                    "Agar hasil pengukuran kinerja menjadi dasar realokasi anggaran kegiatan",
                    "Menyusun telaahan realokasi anggaran berdasarkan capaian triwulan II",
                    "Telaahan staf",
                    okt,
                    ren,
                    None,
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h907(
                c,
                "Pelaporan Kinerja",
                "LKjIP belum menampilkan capaian kinerja kepemudaan dibandingkan target nasional.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan indeks pembangunan pemuda kabupaten dengan "
                    "target nasional",
                    "Menambahkan perbandingan IPP kabupaten, provinsi dan nasional dalam LKjIP",
                    "LKjIP 2025",
                    jun,
                    "Kabid Kepemudaan",
                    sudah,
                    (g + "1Vd3Rm8Xn5Ja7Qe0Tk2", g + "1Vd3Rm8Xn5Ja7Qe0Tk2", False),
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h907(
                d,
                "Evaluasi Akuntabilitas Kinerja Internal",
                "evaluasi internal belum menilai kinerja UPT Gelanggang Olahraga.",
            ),
            [
                Rec(
                    "Agar evaluasi internal mencakup UPT Gelanggang Olahraga",
                    "Melaksanakan evaluasi internal atas UPT GOR Pesantenan",
                    "Laporan evaluasi UPT",
                    okt,
                    "Sekretaris",
                    belum,
                ),
                Rec(
                    "Agar hasil evaluasi internal dilaporkan kepada kepala dinas disertai "
                    "rekomendasi perbaikan",
                    "Menyampaikan laporan evaluasi internal beserta rekomendasi perbaikan",
                    "Laporan kepada kepala dinas",
                    okt,
                    "Sekretaris",
                    going,
                ),
            ],
            d,
        ),
    ]
    head = Person("Drs. HERU SUSANTO WIBOWO, M.Pd.", "19700125", "199602", 1, 1)
    insp = Person("Ir. SRI WAHYUNINGSIH, M.T.", "19680904", "199403", 2, 2)
    signer = Signer(
        ["KEPALA DINAS KEPEMUDAAN DAN OLAHRAGA", "KABUPATEN PATI"],
        "KEPALA DINAS KEPEMUDAAN DAN OLAHRAGA KABUPATEN PATI",
        head,
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda (IV/c)",
        f"NIP. {head.nip_spaced()}",
        "Pati, 12 Februari 2026",
    )
    return Doc(
        907,
        "libreoffice-xlsx",
        "disporapati",
        2025,
        "monitoring",
        "Dinas Kepemudaan dan Olahraga",
        "Pati",
        [
            "MONITORING PELAKSANAAN RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "DINAS KEPEMUDAAN DAN OLAHRAGA KABUPATEN PATI",
        ],
        "ANDIKA PRASETYA NUGRAHA, S.Or.",
        "0856 4122 7080",
        "+6285641227080",
        signer,
        findings,
        [
            "a4_landscape",
            "empty_link_cells",
            "empty_status_cell",
            "hasil_terbagi_atas",
            "header_repeated",
            "header_variant_tenggat_capaian_alamat",
            "hp_spaces",
            "lampiran_block",
            "mengetahui_inspektur_left",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "percent_one_decimal",
            "predikat_a",
            "status_on_going",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_date",
            "waktu_sd_deadline",
        ],
        "landscape A4 spreadsheet fitted to the page width, a LAMPIRAN block top right "
        "('LAMPIRAN / SURAT KEPALA DINAS ... / NOMOR : ... / TANGGAL : ...') above the title, "
        "9-column monitoring table with new header wordings ('TARGET KINERJA / OUTPUT', "
        "'TENGGAT WAKTU', 'UNIT PENANGGUNG JAWAB', 'CAPAIAN TINDAK LANJUT', 'ALAMAT TAUTAN "
        "BUKTI'), black grid, pale green-grey header fill repeated (print titles), Arial "
        "Narrow 10 pt (Liberation Sans Narrow), section rows 'A. PERENCANAAN KINERJA', NO "
        "and HASIL merged; two signature blocks: left 'Mengetahui, / INSPEKTUR KABUPATEN "
        "PATI,' with name, pangkat and NIP, right the head of the dinas",
        [
            "the LAMPIRAN block (letter number 800/0213/DISPORA/2026, date) above the title "
            "is no part of any field",
            "HASIL 'Nilai Perencanaan Kinerja Tahun 2025 = 25,20 atau 84,0%; terbagi atas "
            "Keberadaan 5,76 (96,0%), ...': percentages with one decimal; '2025' is the year",
            "status column headed 'CAPAIAN TINDAK LANJUT': 'Sudah ditindaklanjuti' selesai, "
            "'On going' proses (like SAKIP.md's 'On progress'), 'Belum ditindaklanjuti' "
            "belum; B2 has an empty cell: status_progres and status null",
            "waktu '30 April 2026' periode 'April'; 's.d. Oktober 2026' periode 'Oktober'",
            "two signature blocks: left 'Mengetahui, / INSPEKTUR KABUPATEN PATI,' (the "
            "Inspektur acknowledges; female, NIP sex digit 2), right the head of the dinas: "
            "penandatangan_* are the right-hand block's",
            "LINK cells: Google Drive file URLs written out or empty (null)",
            "predikat A (total 82,18)",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "ANDIKA PRASETYA NUGRAHA, S.Or."),
            ("Nomor HP", "0856 4122 7080"),
        ],
        left_block=[
            "Mengetahui,",
            "INSPEKTUR KABUPATEN PATI,",
            "",
            "",
            "",
            insp.name,
            "Pembina Utama Muda (IV/c)",
            f"NIP. {insp.nip_spaced()}",
        ],
    )


# ---------------------------------------------------------------------------------------
# 908 Dinas Pariwisata Kota Bitung (Sulawesi Utara), 2023: two tables


def _h908(s: Score, kom: str, perbaikan: str) -> list[str]:
    return [
        f"Komponen {kom} dinilai dengan angka {idnum(s.nilai)} ({pct(s.persen)}): "
        f"keberadaan {idnum(s.keb)} ({pct(s.keb_p)}), kualitas {idnum(s.kual)} "
        f"({pct(s.kual_p)}), pemanfaatan {idnum(s.pem)} ({pct(s.pem_p)}).",
        f"Hal yang perlu diperbaiki: {perbaikan}",
    ]


def doc908() -> Doc:
    a, b, c, d = (
        Score("A", 80, 74, 68),
        Score("B", 78, 70, 66),
        Score("C", 84, 76, 70),
        Score("D", 86, 70, 66),
    )
    ok = "Telah selesai", "selesai"
    jalan = "Masih proses", "proses"
    belum = "Belum ada tindak lanjut", "belum"
    mar = "Maret 2024", "Maret", 2024
    tw2 = "Triwulan II 2024", "Triwulan II", 2024
    sm2 = "Semester II 2024", "Semester II", 2024
    agu = "Agustus 2024", "Agustus", 2024
    site = "https://dispar.bitungkota.go.id/sakip/"
    ren = "Kasubag Program dan Pelaporan"
    findings = [
        Finding(
            "A",
            1,
            _h908(
                a,
                "Perencanaan Kinerja",
                "sasaran dinas belum diukur dengan lama tinggal dan pengeluaran wisatawan; "
                "target kunjungan wisatawan ditetapkan tanpa dasar data.",
            ),
            [
                Rec(
                    "Agar sasaran meningkatnya daya saing pariwisata diukur dengan rata-rata "
                    "lama tinggal dan pengeluaran wisatawan",
                    "Menambahkan indikator lama tinggal dan pengeluaran wisatawan pada reviu "
                    "Renstra",
                    "Reviu Renstra",
                    mar,
                    ren,
                    ok,
                    (site + "reviu-renstra.pdf", "Reviu Renstra", True),
                ),
                Rec(
                    "Agar target kunjungan wisatawan dihitung dari tren data kunjungan dan "
                    "kapasitas destinasi",
                    "Menyusun kertas kerja proyeksi kunjungan wisatawan ke Pulau Lembeh dan "
                    "Batu Angus",
                    "Kertas kerja proyeksi",
                    tw2,
                    "Kabid Destinasi Pariwisata",
                    jalan,
                ),
                Rec(
                    "Agar PK kepala bidang memuat indikator yang mendukung sasaran dinas",
                    "Menetapkan ulang PK kepala bidang tahun 2024",
                    "PK 2024",
                    mar,
                    ren,
                    ok,
                    (site + "pk-2024.pdf", "PK 2024", True),
                ),
            ],
            a,
        ),
        Finding(
            "B",
            1,
            _h908(
                b,
                "Pengukuran Kinerja",
                "data kunjungan wisatawan hanya dari loket masuk dua destinasi dan belum ada "
                "mekanisme pengumpulan dari hotel.",
            ),
            [
                Rec(
                    "Agar data kunjungan wisatawan dihimpun juga dari hotel dan homestay",
                    "Mengirim formulir laporan tamu bulanan kepada 34 hotel dan homestay",
                    "Rekap tamu bulanan",
                    tw2,
                    "Kabid Pemasaran",
                    jalan,
                ),
                Rec(
                    "Agar pengukuran kinerja dilakukan setiap triwulan",
                    "Melaksanakan rapat pengukuran kinerja triwulanan",
                    "Notula rapat",
                    sm2,
                    ren,
                    belum,
                ),
                Rec(
                    "Agar setiap indikator dilengkapi manual yang memuat definisi operasional, "
                    "formula dan sumber data",
                    "Menyusun manual indikator kinerja utama Dinas Pariwisata",
                    "Manual IKU",
                    tw2,
                    ren,
                    ok,
                    (site + "manual-iku.pdf", "Manual IKU", True),
                ),
            ],
            b,
        ),
        Finding(
            "C",
            1,
            _h908(
                c,
                "Pelaporan Kinerja",
                "LKjIP belum membandingkan capaian dengan kota lain di Sulawesi Utara.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan capaian kunjungan wisatawan dengan Kota Manado "
                    "dan Kota Tomohon",
                    "Menambahkan tabel perbandingan capaian antar kota pada LKjIP 2023",
                    "LKjIP 2023",
                    mar,
                    ren,
                    ok,
                    (site + "lkjip-2023.pdf", "LKjIP 2023", True),
                ),
            ],
            c,
        ),
        Finding(
            "D",
            1,
            _h908(
                d,
                "Evaluasi Akuntabilitas Kinerja Internal",
                "evaluasi internal belum didokumentasikan dalam laporan.",
            ),
            [
                Rec(
                    "Agar hasil evaluasi internal dituangkan dalam laporan yang ditandatangani "
                    "kepala dinas",
                    "Menyusun laporan evaluasi internal tahun 2023",
                    "Laporan evaluasi internal",
                    agu,
                    "Sekretaris",
                    jalan,
                ),
            ],
            d,
        ),
    ]
    head = Person("JOUTJE F. RUMENGAN, S.Sos., M.AP.", "19730604", "199904", 1, 2)
    signer = Signer(
        ["KEPALA DINAS PARIWISATA", "KOTA BITUNG,"],
        "KEPALA DINAS PARIWISATA KOTA BITUNG",
        head,
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I (IV/b)",
        f"NIP. {head.nip_spaced()}",
        "Bitung, 5 Februari 2024",
    )
    return Doc(
        908,
        "reportlab",
        "disparbitung",
        2023,
        "monitoring",
        "Dinas Pariwisata",
        "Bitung",
        [
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS PARIWISATA",
            "PEMERINTAH KOTA BITUNG",
        ],
        "MEYTI SONDAKH, S.Par.",
        "0812-4399-6120",
        "+6281243996120",
        signer,
        findings,
        [
            "footnote_under_table",
            "hp_dashes",
            "kota_not_kabupaten",
            "link_annotation",
            "merged_hasil_evaluasi",
            "mixed_orientation_portrait_then_landscape",
            "header_repeated",
            "nip_spaces",
            "status_new_wording",
            "two_line_jabatan",
            "two_tables",
        ],
        "TWO tables like the seed, in one PDF with mixed page orientation: the 4-column "
        "rencana aksi table on portrait A4 pages, then the 9-column monitoring table on "
        "LANDSCAPE A4 pages, each with its own title, PJ block and signature; full grid in "
        "dark slate, Liberation Serif 9.5 pt (embedded TTF), header repeated on every page "
        "of each table, NO and HASIL spanned over the finding's rows, LINK cells with blue "
        "annotated labels, a footnote under the monitoring table",
        [
            "two tables: table_layout monitoring, each recommendation's page is where it "
            "starts in the monitoring table (the landscape pages)",
            "the first table's pages are portrait, the monitoring table's landscape: page "
            "size changes inside the PDF",
            "HASIL 'dinilai dengan angka 21,66 (72,2%): keberadaan 4,80 (80%), ...'",
            "status 'Telah selesai' selesai, 'Masih proses' proses, 'Belum ada tindak "
            "lanjut' belum",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks "
            "= label) or empty (null)",
            "kabupaten 'Bitung' (a kota); the footnote under the monitoring table is no field",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "MEYTI SONDAKH, S.Par."),
            ("Nomor HP", "0812-4399-6120"),
        ],
        footnotes=["Keterangan: progres tindak lanjut per 31 Desember 2024."],
    )
