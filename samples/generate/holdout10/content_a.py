"""Specs of documents 1001-1004 (Aceh, Sumatera Utara, Sumatera Barat, Jambi)."""

from __future__ import annotations

from . import wording as w
from .model import Doc, Finding, Person, Rec, Score, Signer

MON = [
    ("no", "NO"),
    ("hasil", "HASIL EVALUASI"),
    ("rek", "REKOMENDASI"),
    ("ra", "RENCANA AKSI"),
    ("target", "TARGET"),
    ("waktu", "WAKTU"),
    ("pj", "PENANGGUNG JAWAB"),
    ("status", "STATUS"),
    ("link", "LINK"),
]


def doc1001() -> Doc:
    url = "https://satpolppwh.pidiekab.go.id/sakip/2024/"
    pjp = "Kasubbag Program dan Pelaporan"
    pjs = "Sekretaris"
    done = ("Telah dipenuhi", "selesai")
    prog = ("Dalam pemenuhan", "proses")
    tw1 = ("Akhir Triwulan I 2024", "Triwulan I", 2024)
    jun = ("Awal Juni 2024", "Juni", 2024)
    findings = [
        Finding(
            "A",
            1,
            w.w1001(
                Score("A", 80, 70, 70),
                "indikator sasaran Renstra masih berupa jumlah kegiatan patroli dan razia, belum "
                "mengukur kondisi ketenteraman dan ketertiban umum serta kepatuhan terhadap qanun.",
            ),
            [
                Rec(
                    "Agar indikator sasaran Renstra dirumuskan ulang menjadi indikator hasil, "
                    "misalnya persentase gangguan trantibum yang tertangani",
                    "Menyusun reviu indikator sasaran Renstra bersama Bappeda",
                    "Dokumen reviu Renstra",
                    tw1,
                    pjp,
                    done,
                    (url + "reviu-renstra.pdf", url + "reviu-renstra.pdf", False),
                ),
                Rec(
                    "Agar Perjanjian Kinerja Kepala Satuan diturunkan sampai pejabat fungsional "
                    "Polisi Pamong Praja dan Wilayatul Hisbah",
                    "Menyusun pohon kinerja dan Perjanjian Kinerja berjenjang",
                    "Pohon kinerja, PK eselon III dan IV",
                    tw1,
                    pjp,
                    done,
                    (url + "pohon-kinerja.pdf", url + "pohon-kinerja.pdf", False),
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1001(
                Score("B", 85, 70, 64),
                "pengukuran capaian kinerja belum dilakukan setiap triwulan dan data penegakan "
                "qanun syariat belum terdokumentasi dalam satu basis data.",
            ),
            [
                Rec(
                    "Agar pengukuran capaian kinerja dilaksanakan setiap triwulan dan hasilnya "
                    "dibahas dalam rapat pimpinan",
                    "Melaksanakan rapat evaluasi capaian kinerja triwulanan",
                    "Notulen rapat dan laporan triwulan",
                    jun,
                    pjp,
                    prog,
                    None,
                ),
                Rec(
                    "Agar disusun basis data penindakan pelanggaran qanun yang dapat diakses "
                    "oleh bidang terkait",
                    "Membangun rekapitulasi elektronik data penindakan pelanggaran qanun",
                    "Basis data penindakan",
                    jun,
                    pjp,
                    prog,
                    None,
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1001(
                Score("C", 80, 70, 66),
                "LKjIP belum menyajikan analisis penyebab tidak tercapainya target penertiban "
                "reklame dan bangunan liar.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat analisis penyebab keberhasilan dan kegagalan setiap "
                    "sasaran beserta alternatif solusinya",
                    "Melengkapi Bab III LKjIP dengan analisis capaian per sasaran",
                    "LKjIP Tahun 2023 perbaikan",
                    ("April 2024", "April", 2024),
                    pjp,
                    done,
                    (url + "lkjip-2023.pdf", url + "lkjip-2023.pdf", False),
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1001(
                Score("D", 84, 76, 64),
                "evaluasi internal belum menilai efektivitas program penegakan syariat Islam dan "
                "rekomendasi tahun lalu belum seluruhnya ditindaklanjuti.",
            ),
            [
                Rec(
                    "Agar evaluasi internal dilakukan atas seluruh program, termasuk program "
                    "penegakan syariat Islam",
                    "Menyusun laporan evaluasi internal per program",
                    "Laporan evaluasi internal",
                    ("Triwulan II 2024", "Triwulan II", 2024),
                    pjs,
                    prog,
                    None,
                ),
                Rec(
                    "Agar rekomendasi LHE SAKIP tahun sebelumnya dipantau sampai tuntas",
                    "Membuat daftar pemantauan tindak lanjut rekomendasi LHE",
                    "Daftar pemantauan",
                    ("Triwulan II 2024", "Triwulan II", 2024),
                    pjs,
                    ("Belum dipenuhi", "belum"),
                    None,
                ),
            ],
        ),
    ]
    cols = [
        MON[0],
        MON[1],
        MON[2],
        MON[3],
        ("pj", "PENANGGUNG JAWAB"),
        ("target", "TARGET"),
        ("waktu", "WAKTU"),
        ("link", "BUKTI DUKUNG (LINK)"),
        ("status", "STATUS"),
    ]
    person = Person("MUHAMMAD RIZAL, S.STP., M.Si", "19800915", "200212", 1, 2)
    signer = Signer(
        [
            "Sigli, 14 Rajab 1445 H / 26 Januari 2024 M",
            "KEPALA SATUAN POLISI PAMONG PRAJA",
            "DAN WILAYATUL HISBAH KABUPATEN PIDIE,",
            person.name,
            "Pembina Tk. I (IV/b)",
            f"NIP. {person.spaced()}",
        ],
        "KEPALA SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH KABUPATEN PIDIE",
        person,
        "Pembina Tk. I",
        "IV/b",
        3,
    )
    return Doc(
        1001,
        "libreoffice-docx",
        "satpolppwhpidie",
        2023,
        "monitoring",
        "Satuan Polisi Pamong Praja dan Wilayatul Hisbah",
        "Pidie",
        "Aceh",
        [
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH (SATPOL PP DAN WH)",
            "KABUPATEN PIDIE",
        ],
        [("Pengelola Data SAKIP", "CUT NURUL AINI, S.E."), ("No. Handphone", "0852-6012-3344")],
        "CUT NURUL AINI, S.E.",
        "+6285260123344",
        signer,
        findings,
        cols,
        [
            "a4_landscape",
            "column_order_pj_target_link_status",
            "date_line_hijriah_masehi",
            "hasil_percent_then_nilai_parens",
            "header_repeated",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "merged_pj_waktu_cells",
            "nip_spaces",
            "status_dipenuhi_wording",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_akhir_awal",
            "empty_link_cells",
            "font_segoe_ui_substituted",
            "row_split_across_pages",
            "unit_acronym_in_brackets",
        ],
        "landscape A4, 9-column monitoring table in a new column order (PENANGGUNG JAWAB "
        "before TARGET, LINK before STATUS, STATUS last), bordered, Segoe UI 8.5 pt "
        "(substituted by LibreOffice), header repeated, NO and HASIL merged over the "
        "finding's rows, and the PENANGGUNG JAWAB and WAKTU cells merged vertically where "
        "consecutive recommendations share them; Aceh date line in Hijriah and Masehi",
        [
            "columns in a new order: ... RENCANA AKSI | PENANGGUNG JAWAB | TARGET | WAKTU | "
            "BUKTI DUKUNG (LINK) | STATUS; fields follow the header names",
            "PENANGGUNG JAWAB and WAKTU cells merged over the rows of a finding that share "
            "them: every recommendation the merged cell spans gets its value",
            "date line 'Sigli, 14 Rajab 1445 H / 26 Januari 2024 M' (Hijriah and Masehi, as "
            "Aceh government letters write it): no field",
            "HASIL 'Capaian komponen ... 72% (nilai 21,60). Rincian: keberadaan 80% (nilai "
            "4,80), ...': percentage first, the nilai in brackets",
            "waktu 'Akhir Triwulan I 2024' periode 'Triwulan I'; 'Awal Juni 2024' periode "
            "'Juni' ('Akhir' / 'Awal' are no part of the period)",
            "status 'Telah dipenuhi' selesai, 'Dalam pemenuhan' proses, 'Belum dipenuhi' belum",
            "unit_kerja drops '(SATPOL PP DAN WH)'; jabatan joins both lines without the comma",
        ],
        look={
            "font": "Segoe UI",
            "size": 8.5,
            "paper": "a4",
            "landscape": True,
            "widths": [9, 55, 38, 36, 28, 25, 20, 34, 22],
            "fill": "D9D9D9",
            "repeat": True,
            "merge_same": ["pj", "waktu"],
            "section": "{k}. {K}",
        },
    )


def doc1002() -> Doc:
    base = "https://drive.google.com/drive/folders/"
    links = {
        "A": base + "1RsDjs-Perencanaan2024",
        "B": base + "1RsDjs-Pengukuran2024",
        "C": base + "1RsDjs-Pelaporan2024",
        "D": base + "1RsDjs-Evaluasi2024",
    }
    pjr = "Kabid Perencanaan dan Rekam Medik"
    pjm = "Kabid Pelayanan Medik"
    pjk = "Komite Mutu"
    done = ("Sudah (100%)", "selesai")
    p60 = ("Progres 60%", "proses")
    none = ("Belum (0%)", "belum")
    tw3 = ("Triwulan 3 Tahun 2025", "Triwulan III", 2025)
    des = ("Desember 2025", "Desember", 2025)

    def lk(k: str) -> tuple[str, str, bool]:
        return (links[k], links[k], False)

    findings = [
        Finding(
            "A",
            1,
            w.w1002(
                Score("A", 90, 80, 72),
                "indikator kinerja rumah sakit pada Renstra belum memuat indikator mutu nasional "
                "(waktu tunggu rawat jalan, kepatuhan identifikasi pasien).",
            ),
            [
                Rec(
                    "Agar indikator mutu nasional rumah sakit dimasukkan "
                    "ke dalam indikator kinerja "
                    "Renstra dan Perjanjian Kinerja",
                    "Merevisi IKU dan PK Direktur dengan memuat indikator mutu nasional",
                    "IKU dan PK revisi",
                    tw3,
                    pjr,
                    done,
                    lk("A"),
                ),
                Rec(
                    "Agar target kinerja tahunan disusun berdasarkan tren capaian tiga tahun "
                    "terakhir",
                    "Menyusun lembar kerja penetapan target berbasis tren capaian",
                    "Kertas kerja target",
                    tw3,
                    pjr,
                    done,
                    lk("A"),
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1002(
                Score("B", 95, 84, 80),
                "data kinerja pelayanan dikumpulkan dari SIMRS tetapi belum divalidasi oleh "
                "Komite Mutu sebelum dilaporkan.",
            ),
            [
                Rec(
                    "Agar data capaian indikator dari SIMRS divalidasi Komite Mutu setiap bulan",
                    "Menetapkan SOP validasi data indikator mutu",
                    "SOP validasi data",
                    tw3,
                    pjk,
                    p60,
                    lk("B"),
                ),
                Rec(
                    "Agar hasil pengukuran kinerja unit pelayanan dijadikan dasar pemberian jasa "
                    "pelayanan",
                    "Mengintegrasikan capaian kinerja unit ke dalam perhitungan jasa pelayanan",
                    "Keputusan Direktur",
                    des,
                    pjm,
                    none,
                    lk("B"),
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1002(
                Score("C", 100, 86, 80),
                "LKjIP RSUD belum membandingkan capaian dengan standar pelayanan minimal rumah "
                "sakit.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan capaian kinerja dengan Standar Pelayanan Minimal "
                    "rumah sakit",
                    "Menambahkan tabel perbandingan capaian dan SPM pada LKjIP",
                    "LKjIP Tahun 2024",
                    tw3,
                    pjr,
                    done,
                    lk("C"),
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1002(
                Score("D", 90, 84, 76), "evaluasi internal belum melibatkan seluruh instalasi."
            ),
            [
                Rec(
                    "Agar evaluasi akuntabilitas kinerja internal dilaksanakan pada seluruh "
                    "instalasi dan ruangan",
                    "Menyusun jadwal evaluasi internal seluruh instalasi",
                    "Jadwal dan laporan evaluasi",
                    des,
                    pjk,
                    p60,
                    lk("D"),
                ),
                Rec(
                    "Agar tim evaluator internal diberi bimbingan teknis evaluasi SAKIP",
                    "Mengikutsertakan tim evaluator internal pada bimtek evaluasi SAKIP",
                    "Sertifikat bimtek",
                    des,
                    pjk,
                    none,
                    lk("D"),
                ),
            ],
        ),
    ]
    cols = [
        ("no", "NO"),
        ("hasil", "HASIL EVALUASI (LHE)"),
        ("rek", "REKOMENDASI"),
        ("ra", "RENCANA AKSI"),
        ("target", "TARGET/ OUTPUT"),
        ("waktu", "WAKTU"),
        ("pj", "PIC"),
        ("status", "PROGRES"),
        ("link", "DOKUMEN PENDUKUNG (LINK)"),
    ]
    person = Person("dr. ROSMAULI SIMANJUNTAK, Sp.PD", "19750208", "200312", 2, 4)
    signer = Signer(
        [
            "Pematangsiantar, 19 Februari 2025",
            "DIREKTUR RSUD dr. DJASAMEN SARAGIH",
            person.name,
            "Pembina Utama Muda / IV/c",
            f"NIP. {person.spaced()}",
        ],
        "DIREKTUR RSUD dr. DJASAMEN SARAGIH",
        person,
        "Pembina Utama Muda",
        "IV/c",
        2,
    )
    return Doc(
        1002,
        "libreoffice-xlsx",
        "rsuddjasamen",
        2024,
        "monitoring",
        "Rumah Sakit Umum Daerah dr. Djasamen Saragih",
        "Pematangsiantar",
        "Sumatera Utara",
        [
            "MONITORING PELAKSANAAN RENCANA AKSI",
            "TINDAK LANJUT LHE AKIP TAHUN 2024",
            "RUMAH SAKIT UMUM DAERAH dr. DJASAMEN SARAGIH",
            "PEMERINTAH KOTA PEMATANGSIANTAR",
        ],
        [("Penanggung Jawab Data SAKIP", "HENDRA SARAGIH, S.K.M."), ("HP/WA", "+62 813-7020-4455")],
        "HENDRA SARAGIH, S.K.M.",
        "+6281370204455",
        signer,
        findings,
        cols,
        [
            "legal_landscape",
            "dark_header_white_text",
            "dotted_inner_borders",
            "hasil_lke_codes",
            "header_repeated",
            "hp_plus62_dashes",
            "kota_not_kabupaten",
            "link_cell_merged_per_finding",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "female_signer",
            "predikat_a",
            "status_percent_words",
            "url_in_cell",
            "waktu_triwulan_arabic",
            "title_four_lines",
        ],
        "landscape Legal spreadsheet fitted to the page width, 9-column monitoring table, "
        "solid outer border with dotted inner rules, dark teal header with white bold text "
        "repeated on every page (print titles), Verdana 10 pt (rendered with DejaVu Sans), "
        "NO and HASIL "
        "merged over the finding's rows, the LINK cell merged over the finding's rows (one "
        "folder per component)",
        [
            "HASIL lines numbered with the LKE codes 'Nilai Komponen 1 (Perencanaan Kinerja): "
            "23,40 (78%)' / '1.a Keberadaan: 5,40 (90%)' / '1.b Kualitas: ...' / '1.c "
            "Pemanfaatan: ...': the codes are kept in hasil_evaluasi; they are no "
            "recommendation numbers",
            "LINK cell merged over all rows of a finding (one Google Drive folder per "
            "component): every recommendation it spans has that URL (tautan = tautan_teks)",
            "waktu 'Triwulan 3 Tahun 2025': periode 'Triwulan III' (Arabic numeral in the "
            "canonical Roman form, as holdout7's 'Semester 2')",
            "status 'Sudah (100%)' selesai, 'Progres 60%' proses, 'Belum (0%)' belum",
            "unit_kerja as printed in the title, keeping the lower-case 'dr.' of the "
            "hospital's name; kabupaten 'Pematangsiantar' (a kota); female signer",
        ],
        look={
            "font": "Verdana",
            "size": 10,
            "paper": "legal",
            "landscape": True,
            "widths": [5, 32, 25, 23, 12, 11, 13, 10, 19],
            "repeat": True,
            "fill": "1F5F5B",
            "head_font": "FFFFFF",
            "inner": "dotted",
            "merge_same": ["link"],
            "section": "{k}. {K}",
        },
    )


def doc1003() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            w.w1003(
                Score("A", 90, 68, 60),
                "Sasaran strategis Renstra Dinas Lingkungan Hidup belum dilengkapi indikator "
                "Indeks Kualitas Lingkungan Hidup dan target tahunannya.",
            ),
            [
                Rec(
                    "Agar Indeks Kualitas Lingkungan Hidup (IKLH) ditetapkan sebagai indikator "
                    "kinerja utama beserta target tahunan",
                    "Menetapkan IKLH sebagai IKU melalui reviu Renstra dan IKU",
                ),
                Rec(
                    "Agar Rencana Kerja memuat keterkaitan program dengan sasaran penurunan "
                    "timbulan sampah",
                    "Menyusun matriks keterkaitan program dan sasaran pada Renja 2023",
                ),
            ],
        ),
        Finding(
            "B",
            2,
            w.w1003(
                Score("B", 80, 70, 60),
                "Data timbulan sampah dan pengangkutan ke TPA belum dikumpulkan secara berkala "
                "dan belum didukung definisi operasional indikator.",
            ),
            [
                Rec(
                    "Agar setiap indikator kinerja dilengkapi definisi operasional dan cara "
                    "pengukuran",
                    "Menyusun manual indikator kinerja",
                ),
                Rec(
                    "Agar data pengangkutan sampah ke TPA direkap setiap bulan oleh bidang "
                    "pengelolaan sampah",
                    "Membuat rekap bulanan tonase sampah terangkut",
                ),
            ],
        ),
        Finding(
            "C",
            3,
            w.w1003(
                Score("C", 80, 66, 60),
                "LKjIP belum menyajikan capaian kinerja lima tahun terakhir dan efisiensi "
                "penggunaan sumber daya.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian kinerja dengan target jangka "
                    "menengah Renstra",
                    "Menambahkan tabel capaian terhadap target Renstra pada LKjIP",
                ),
            ],
        ),
        Finding(
            "D",
            4,
            w.w1003(
                Score("D", 80, 72, 56),
                "Evaluasi internal baru sebatas rapat koordinasi tanpa laporan tertulis.",
            ),
            [
                Rec(
                    "Agar hasil evaluasi internal dituangkan dalam laporan tertulis yang memuat "
                    "rekomendasi perbaikan",
                    "Menyusun laporan evaluasi internal semesteran",
                ),
                Rec(
                    "Agar tindak lanjut rekomendasi evaluasi internal dipantau oleh Sekretaris",
                    "Membuat kartu kendali tindak lanjut rekomendasi",
                ),
            ],
        ),
    ]
    person = Person("Ir. SYAFRIZAL, M.T.", "19690711", "199503", 1, 1)
    signer = Signer(
        [
            "Batusangkar, 6 Maret 2023",
            "KEPALA DINAS LINGKUNGAN HIDUP",
            "KABUPATEN TANAH DATAR",
            person.name,
            "Pembina Utama Muda, IV/c",
            f"NIP {person.spaced()}",
        ],
        "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN TANAH DATAR",
        person,
        "Pembina Utama Muda",
        "IV/c",
        3,
    )
    return Doc(
        1003,
        "reportlab",
        "dlhtanahdatar",
        2022,
        "rencana_aksi",
        "Dinas Lingkungan Hidup",
        "Tanah Datar",
        "Sumatera Barat",
        [
            "RENCANA AKSI TINDAK LANJUT",
            "HASIL EVALUASI SAKIP DINAS LINGKUNGAN HIDUP",
            "KABUPATEN TANAH DATAR TAHUN 2022",
        ],
        [("", "Penanggung jawab data SAKIP: ELFI SUSANTI, S.T. (HP 0813 7412 5566)")],
        "ELFI SUSANTI, S.T.",
        "+6281374125566",
        signer,
        findings,
        [("no", "NO"), ("hasil", "HASIL EVALUASI"), ("rek", "REKOMENDASI"), ("ra", "RENCANA AKSI")],
        [
            "a4_portrait",
            "font_base14_times_not_embedded",
            "hasil_terbilang",
            "komponen_heading_in_hasil_cell",
            "no_section_rows",
            "findings_numbered_running_on",
            "single_page",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_inline_sentence",
            "signature_centered",
            "thick_outer_border",
            "predikat_b",
            "hp_spaces",
            "year_after_kabupaten",
        ],
        "portrait A4, 4-column rencana aksi table WITHOUT section rows: the NO column numbers "
        "the four components 1-4 and each HASIL cell opens with the component name in bold "
        "capitals; Times-Roman 11 pt (base-14 font, not embedded), thick outer border and thin "
        "inner rules, one page, NO and HASIL spanned over the finding's rows; PJ as "
        "one sentence under the title; signature block centred under the table",
        [
            "no section rows: the komponen is the bold heading line ('PERENCANAAN KINERJA') "
            "opening the HASIL cell; hasil_evaluasi is the whole cell, heading included (the "
            "contract: 'the whole HASIL EVALUASI INSPEKTORAT cell')",
            "NO runs 1-4 over the components: finding_no is the printed NO (holdout6's 603 "
            "convention), so B has finding_no 2, C 3, D 4",
            "HASIL states the component nilai with its terbilang in brackets ('20,52 (dua "
            "puluh koma lima dua)'); the words are no score",
            "PJ block as one sentence 'Penanggung jawab data SAKIP: NAME (HP 0813 7412 "
            "5566)': pj_nama is the name, pj_hp the number",
            "title 'KABUPATEN TANAH DATAR TAHUN 2022': the year after the kabupaten",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        look={
            "font": "Times-Roman",
            "bold": "Times-Bold",
            "size": 11,
            "paper": "a4",
            "landscape": False,
            "widths": [22, 232, 140, 125],
            "section": None,
            "outer": 1.6,
            "sign_center": True,
        },
    )


def doc1004() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            w.w1004(
                Score("A", 80, 70, 60),
                "Renstra belum memuat indikator kinerja layanan angkutan umum dan keselamatan "
                "lalu lintas; cascading kinerja belum sampai ke UPTD Terminal.",
            ),
            [
                Rec(
                    "Agar Renstra Dinas Perhubungan memuat indikator persentase ketersediaan "
                    "angkutan umum dan angka kecelakaan lalu lintas",
                    "Mengusulkan perubahan indikator Renstra pada reviu Renstra tahun 2024",
                ),
                Rec(
                    "Agar cascading kinerja disusun sampai UPTD Terminal dan UPTD Pengujian "
                    "Kendaraan Bermotor",
                    "Menyusun pohon kinerja sampai tingkat UPTD",
                ),
                Rec(
                    "Agar Perjanjian Kinerja pejabat pengawas ditandatangani paling lambat bulan "
                    "Februari",
                    "Menjadwalkan penandatanganan Perjanjian Kinerja pada bulan Januari",
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1004(
                Score("B", 70, 60, 56),
                "pengukuran kinerja belum memanfaatkan data hasil uji berkala kendaraan dan "
                "belum dilaporkan per triwulan.",
            ),
            [
                Rec(
                    "Agar data hasil uji berkala kendaraan bermotor dijadikan sumber data "
                    "indikator kinerja",
                    "Menghubungkan data aplikasi uji berkala dengan lembar pengukuran kinerja",
                ),
                Rec(
                    "Agar laporan pengukuran kinerja disampaikan kepada Kepala Dinas setiap "
                    "triwulan",
                    "Menyusun laporan pengukuran kinerja triwulanan",
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1004(
                Score("C", 80, 60, 60),
                "LKjIP belum menjelaskan efisiensi anggaran dan belum diunggah ke laman resmi.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan analisis efisiensi penggunaan anggaran per sasaran",
                    "Menambahkan analisis efisiensi anggaran pada LKjIP",
                ),
                Rec(
                    "Agar LKjIP dipublikasikan pada laman resmi Pemerintah Kabupaten Muaro Jambi",
                    "Mengunggah LKjIP ke laman resmi kabupaten",
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1004(Score("D", 80, 60, 52), "evaluasi internal belum dilakukan terhadap UPTD."),
            [
                Rec(
                    "Agar evaluasi akuntabilitas kinerja internal mencakup seluruh UPTD",
                    "Melaksanakan evaluasi internal pada UPTD Terminal dan UPTD PKB",
                ),
            ],
        ),
    ]
    person = Person("Drs. SAIFUL ANWAR, M.M.", "19700423", "199603", 1, 3)
    signer = Signer(
        [
            "Sengeti, 11 Maret 2024",
            "KEPALA DINAS PERHUBUNGAN",
            person.name,
            "Pembina Utama Muda",
            "Golongan IV/c",
            f"NIP. {person.spaced()}",
        ],
        "KEPALA DINAS PERHUBUNGAN",
        person,
        "Pembina Utama Muda",
        "IV/c",
        2,
    )
    return Doc(
        1004,
        "libreoffice-xlsx",
        "dishubmuarojambi",
        2023,
        "rencana_aksi",
        "Dinas Perhubungan",
        "Muaro Jambi",
        "Jambi",
        [
            "RENCANA AKSI PERBAIKAN SAKIP",
            "BERDASARKAN LHE AKIP TAHUN 2023",
            "DINAS PERHUBUNGAN KABUPATEN MUARO JAMBI",
        ],
        [("Admin e-SAKIP", "RIKA PERMATASARI, S.Kom"), ("No. Kontak", "0812 7455 1020")],
        "RIKA PERMATASARI, S.Kom",
        "+6281274551020",
        signer,
        findings,
        [("no", "NO"), ("hasil", "HASIL EVALUASI"), ("rek", "REKOMENDASI"), ("ra", "RENCANA AKSI")],
        [
            "a4_portrait",
            "hasil_multiplication_lines",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pangkat_golongan_two_lines",
            "hp_spaces",
            "predikat_b",
            "title_rencana_aksi_perbaikan",
            "pj_labels_admin_kontak",
            "font_liberation_sans",
            "single_page",
        ],
        "portrait A4 spreadsheet fitted to the page width, 4-column rencana aksi table, thin "
        "black grid, pale blue header fill, one page, Arial 10 pt (Liberation "
        "Sans), section rows 'A. PERENCANAAN KINERJA', NO and HASIL merged over the "
        "finding's rows",
        [
            "HASIL as multiplication lines 'Keberadaan: 80% × 6,00 = 4,80' / ... / 'Nilai "
            "komponen: 20,10 (67%)' / 'Uraian: ...': the middle number is the maximum (share "
            "x bobot), no score; the lines are joined with single spaces",
            "pangkat and golongan on two lines 'Pembina Utama Muda' / 'Golongan IV/c'",
            "title 'RENCANA AKSI PERBAIKAN SAKIP' / 'BERDASARKAN LHE AKIP TAHUN 2023': "
            "tahun_evaluasi 2023",
            "PJ labels 'Admin e-SAKIP' and 'No. Kontak'",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        look={
            "font": "Arial",
            "size": 10,
            "paper": "a4",
            "landscape": False,
            "widths": [5, 38, 30, 28],
            "fill": "DDEBF7",
            "section": "{k}. {K}",
        },
    )
