"""Specs of documents 1105-1108 (texts, scores, people) as typed for the PDFs."""

from __future__ import annotations

from .content_a import KOMP, KOMP_UP, w
from .model import Doc, Finding, Person, Rec, Score, Signer, idn, pct

MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def dmy(text: str) -> tuple[str, str | None, int]:
    """A date typed 'dd/mm/yyyy': periode is its month, tahun its year."""
    d, m, y = (int(x) for x in text.split("/"))
    assert 1 <= d <= 31
    return (text, MONTHS[m - 1], y)


# ---------------------------------------------------------------- 1105
def _h1105(s: Score, kondisi: str) -> list[str]:
    return [
        f"Nilai komponen: {idn(s.nilai)} ({pct(s.persen)}) = keberadaan {idn(s.keb)}"
        f" ({pct(s.keb_p)}) + kualitas {idn(s.kual)} ({pct(s.kual_p)}) + pemanfaatan"
        f" {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Kondisi: {kondisi}",
    ]


def doc1105() -> Doc:
    sud, pro, bel = ("Sudah", "selesai"), ("Sedang diproses", "proses"), ("Belum", "belum")
    drive = "https://drive.google.com/drive/folders/"

    def lk(key: str) -> tuple[str, str, bool]:
        return (drive + key, drive + key, False)

    sek = "Sekretaris BKPSDM"
    findings = [
        Finding(
            "A",
            1,
            _h1105(
                Score("A", 90, 80, 74),
                "Renstra BKPSDM belum memuat indikator Indeks Profesionalitas ASN; perjanjian"
                " kinerja pejabat pengawas belum selaras dengan pejabat administrator.",
            ),
            [
                Rec(
                    "Agar menjadikan Indeks Profesionalitas ASN sebagai indikator kinerja utama"
                    " BKPSDM",
                    "Mengusulkan revisi IKU BKPSDM dengan indikator Indeks Profesionalitas ASN",
                    "Keputusan Bupati tentang IKU",
                    dmy("30/06/2025"),
                    sek,
                    sud,
                    lk("1bQx7IpRtBlm25Iku"),
                ),
                Rec(
                    "Agar menyelaraskan perjanjian kinerja pejabat pengawas dengan perjanjian"
                    " kinerja pejabat administrator",
                    "Mereviu dan menandatangani ulang perjanjian kinerja pejabat pengawas",
                    "12 PK selaras",
                    dmy("31/03/2025"),
                    "Kasubbag Umum dan Kepegawaian",
                    sud,
                    lk("1cPk2025SelarasBlm"),
                ),
            ],
            Score("A", 90, 80, 74),
        ),
        Finding(
            "B",
            1,
            _h1105(
                Score("B", 85, 76, 72),
                "capaian indikator belum dihitung sesuai manual indikator; aplikasi SIMPEG belum"
                " dimanfaatkan untuk pengukuran kinerja.",
            ),
            [
                Rec(
                    "Agar menghitung capaian indikator sesuai formula pada manual indikator"
                    " kinerja",
                    "Menghitung ulang capaian IKU Tahun 2024 sesuai manual indikator",
                    "Tabel capaian IKU",
                    dmy("30/04/2025"),
                    "Analis Kepegawaian",
                    pro,
                    None,
                ),
                Rec(
                    "Agar memanfaatkan aplikasi SIMPEG dalam pengumpulan data kinerja kepegawaian",
                    "Mengintegrasikan data kinerja pegawai pada aplikasi SIMPEG dengan laporan"
                    " pengukuran kinerja",
                    "Modul kinerja SIMPEG",
                    dmy("30/09/2025"),
                    "Bidang Data dan Informasi Kepegawaian",
                    bel,
                    None,
                ),
            ],
            Score("B", 85, 76, 72),
        ),
        Finding(
            "C",
            1,
            _h1105(
                Score("C", 90, 78, 74),
                "LKjIP belum memuat upaya perbaikan atas indikator yang tidak mencapai target.",
            ),
            [
                Rec(
                    "Agar LKjIP menguraikan upaya perbaikan atas setiap indikator yang tidak"
                    " mencapai target",
                    "Menambahkan uraian upaya perbaikan pada Bab III LKjIP Tahun 2024",
                    "LKjIP Tahun 2024",
                    dmy("28/02/2025"),
                    sek,
                    sud,
                    lk("1dLkjip2024Blm"),
                ),
            ],
            Score("C", 90, 78, 74),
        ),
        Finding(
            "D",
            1,
            _h1105(
                Score("D", 84, 76, 70),
                "evaluasi internal belum melibatkan pejabat fungsional; tindak lanjut rekomendasi"
                " belum didokumentasikan.",
            ),
            [
                Rec(
                    "Agar evaluasi internal melibatkan seluruh pejabat fungsional",
                    "Melaksanakan evaluasi internal bersama pejabat fungsional analis SDM aparatur"
                    " setiap semester",
                    "Laporan evaluasi internal",
                    dmy("31/12/2025"),
                    sek,
                    pro,
                    None,
                ),
                Rec(
                    "Agar mendokumentasikan tindak lanjut atas rekomendasi hasil evaluasi",
                    "Menyusun buku kendali tindak lanjut rekomendasi hasil evaluasi",
                    "-",
                    dmy("31/10/2025"),
                    "Kasubbag Program dan Keuangan",
                    bel,
                    None,
                ),
            ],
            Score("D", 84, 76, 70),
        ),
    ]
    signer = Signer(
        ["Tilamuta, 3 Maret 2025"],
        ["KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN", "SUMBER DAYA MANUSIA KABUPATEN BOALEMO,"],
        "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA KABUPATEN BOALEMO",
        Person("Drs. ARIFIN MOHAMAD, M.Si.", "19690205", "199503", 1, 1),
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda, IV/c",
        "NIP. 19690205 199503 1 001",
    )
    assert Person("MOHAMAD RIZAL DAUD, S.Kom.", "19890317", "201101", 1, 4).nip
    return Doc(
        1105,
        "libreoffice-xlsx",
        "bkpsdmboalemo",
        2024,
        "monitoring",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "Boalemo",
        [
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA (BKPSDM)",
            "KABUPATEN BOALEMO",
        ],
        [
            ("Nama PJ Data SAKIP", "MOHAMAD RIZAL DAUD, S.Kom."),
            ("NIP", "19890317 201101 1 004"),
            ("Jabatan", "Analis Sumber Daya Manusia Aparatur Ahli Muda"),
            ("No. HP/WA", "0823-4911-7720"),
            ("Surel", "bkpsdm@boalemokab.go.id"),
        ],
        "MOHAMAD RIZAL DAUD, S.Kom.",
        "+6282349117720",
        [
            "NO",
            "HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA AKSI",
            "TARGET/DATA",
            "WAKTU",
            "PENANGGUNG JAWAB",
            "STATUS",
            "LINK BUKTI",
        ],
        signer,
        findings,
        [
            "a4_landscape",
            "empty_link_cells",
            "hasil_sum_equation",
            "header_repeated",
            "manual_page_break_before_d",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_block_table_with_nip_email",
            "status_sudah_wording",
            "target_dash",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_numeric_date",
        ],
        "landscape A4 spreadsheet fitted to the page width, the PJ block as a small bordered"
        " two-column table (Nama PJ Data SAKIP, NIP, Jabatan, No. HP/WA, Surel) under the"
        " title, 9-column monitoring table, thin black grid, pale teal header fill repeated"
        " (print titles), Liberation Serif 12.5 pt (scaled down by the fit), section rows"
        " 'A. PERENCANAAN KINERJA', NO"
        " and HASIL merged, WAKTU typed as dates 'dd/mm/yyyy', a manual page break before"
        " the section row of D (page 2 holds D and the signature)",
        [
            "the PJ block is a bordered table with the PJ's own NIP, jabatan and e-mail: only"
            " name and mobile number are fields; the PJ's NIP is no penandatangan_nip",
            "waktu typed as numeric dates '30/06/2025': periode the month ('Juni', as a"
            " written date '30 Juni 2024' in holdout6), tahun 2025",
            "HASIL as a sum 'Nilai komponen: 23,70 (79%) = keberadaan 5,40 (90%) + kualitas"
            " 7,20 (80%) + pemanfaatan 11,10 (74%).' then 'Kondisi: ...'",
            "status 'Sudah' selesai, 'Sedang diproses' proses, 'Belum' belum",
            "unit_kerja drops '(BKPSDM)'; pangkat line 'Pembina Utama Muda, IV/c'",
            "LINK cells: Google Drive folder URLs written out (no annotation) or empty;"
            " D2 TARGET '-' gives target_data null",
        ],
    )


# ---------------------------------------------------------------- 1106
def _h1106(s: Score, masalah: str) -> list[str]:
    return [
        KOMP_UP[s.kode],
        f"Nilai {idn(s.nilai)} ({pct(s.persen)}): Keb. {idn(s.keb)} ({pct(s.keb_p)}); Kual."
        f" {idn(s.kual)} ({pct(s.kual_p)}); Pem. {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Permasalahan: {masalah}",
    ]


def doc1106() -> Doc:
    ok, run, no = (
        ("Telah dilaksanakan", "selesai"),
        ("Masih berjalan", "proses"),
        ("Belum dilaksanakan", "belum"),
    )
    drive = "https://drive.google.com/file/d/"

    def lk(key: str) -> tuple[str, str, bool]:
        return (drive + key + "/view", drive + key + "/view", False)

    perenc = "Subbag Perencanaan"
    findings = [
        Finding(
            "A",
            1,
            _h1106(
                Score("A", 85, 70, 62),
                "Renstra belum memuat indikator Indeks SPBE padahal urusan SPBE menjadi tugas"
                " pokok dinas; target kinerja Renstra tidak selaras dengan target RPJMD; sebagian"
                " indikator kegiatan masih berupa jumlah kegiatan yang dilaksanakan sehingga belum"
                " menggambarkan hasil yang diharapkan.",
            ),
            [
                Rec(
                    "Agar menambahkan indikator Indeks Sistem Pemerintahan Berbasis Elektronik"
                    " (SPBE) pada Renstra",
                    "Mereviu Renstra dan menambahkan indikator Indeks SPBE",
                    "Renstra hasil reviu",
                    w("Triwulan I Tahun 2024", "Triwulan I", 2024),
                    perenc,
                    ok,
                    lk("1mTgRenstraSpbe24"),
                ),
                Rec(
                    "Agar menyelaraskan target kinerja Renstra dengan target RPJMD Kabupaten"
                    " Maluku Tengah",
                    "Menyesuaikan target kinerja Renstra 2022-2026 dengan target RPJMD",
                    "Target selaras",
                    w("Triwulan II Tahun 2024", "Triwulan II", 2024),
                    perenc,
                    run,
                    None,
                ),
            ],
            Score("A", 85, 70, 62),
        ),
        Finding(
            "B",
            1,
            _h1106(
                Score("B", 80, 66, 60),
                "data kinerja layanan internet desa belum dikumpulkan secara periodik dan masih"
                " bergantung pada laporan lisan operator kecamatan; pengukuran kinerja belum"
                " berjenjang dan belum dimanfaatkan sebagai dasar penyesuaian kegiatan.",
            ),
            [
                Rec(
                    "Agar mengumpulkan data kinerja layanan internet desa secara periodik setiap"
                    " bulan",
                    "Membuat formulir pelaporan bulanan layanan internet desa dari operator"
                    " kecamatan",
                    "12 laporan bulanan",
                    w("Januari - Desember 2024", "Januari - Desember", 2024),
                    "Bidang Aplikasi Informatika",
                    run,
                    None,
                ),
                Rec(
                    "Agar pengukuran kinerja dilaksanakan secara berjenjang sampai tingkat seksi",
                    "Melaksanakan pengukuran kinerja berjenjang setiap triwulan",
                    "4 laporan pengukuran",
                    w("Triwulan IV Tahun 2024", "Triwulan IV", 2024),
                    "Sekretaris",
                    no,
                    None,
                ),
            ],
            Score("B", 80, 66, 60),
        ),
        Finding(
            "C",
            1,
            _h1106(
                Score("C", 84, 70, 64),
                "LKjIP disampaikan melewati batas waktu dan belum dipublikasikan; LKjIP belum"
                " menyajikan perbandingan capaian dengan tahun sebelumnya maupun analisis"
                " penyebab tidak tercapainya target.",
            ),
            [
                Rec(
                    "Agar LKjIP disampaikan tepat waktu paling lambat akhir Februari",
                    "Menyusun jadwal penyusunan LKjIP dan menyampaikannya sebelum akhir Februari"
                    " 2024",
                    "LKjIP Tahun 2023",
                    w("Februari 2024", "Februari", 2024),
                    perenc,
                    ok,
                    lk("1qLkjip2023Diskominfo"),
                ),
                Rec(
                    "Agar LKjIP dipublikasikan pada laman resmi Pemerintah Kabupaten Maluku Tengah",
                    "Mengunggah LKjIP pada laman resmi malukutengahkab.go.id",
                    "Tautan publikasi",
                    w("Maret 2024", "Maret", 2024),
                    "Bidang Informasi dan Komunikasi Publik",
                    ok,
                    lk("1rPublikasiLkjip24"),
                ),
            ],
            Score("C", 84, 70, 64),
        ),
        Finding(
            "D",
            1,
            _h1106(
                Score("D", 76, 68, 58),
                "belum terdapat tim evaluasi akuntabilitas kinerja internal; evaluasi atas"
                " capaian kinerja bidang belum dilakukan dan rekomendasi LHE tahun sebelumnya"
                " belum dipantau tindak lanjutnya.",
            ),
            [
                Rec(
                    "Agar membentuk tim evaluasi akuntabilitas kinerja internal",
                    "Menerbitkan Keputusan Kepala Dinas tentang tim evaluasi internal",
                    "SK Tim",
                    w("Triwulan II Tahun 2024", "Triwulan II", 2024),
                    "Sekretaris",
                    run,
                    None,
                ),
            ],
            Score("D", 76, 68, 58),
        ),
    ]
    signer = Signer(
        ["Masohi, 8 Januari 2024"],
        ["KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN", "KABUPATEN MALUKU TENGAH,"],
        "KEPALA DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN KABUPATEN MALUKU TENGAH",
        Person("JOHANIS PATTIPEILOHY, S.Sos., M.Si.", "19730919", "200012", 1, 1),
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I (IV/b)",
        "NIP. 19730919 200012 1 001",
    )
    return Doc(
        1106,
        "libreoffice-docx",
        "diskominfomalteng",
        2023,
        "monitoring",
        "Dinas Komunikasi, Informatika dan Persandian",
        "Maluku Tengah",
        [
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS KOMUNIKASI, INFORMATIKA DAN PERSANDIAN",
            "KABUPATEN MALUKU TENGAH",
        ],
        [
            ("Nama Penanggung Jawab Data SAKIP", "NURLAILA TUASIKAL, S.Kom."),
            ("Nomor HP Penanggung Jawab", "+62 813 4300 5512"),
        ],
        "NURLAILA TUASIKAL, S.Kom.",
        "+6281343005512",
        [
            "NO",
            "HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA AKSI",
            "TARGET",
            "WAKTU",
            "PENANGGUNG JAWAB",
            "PROGRES S.D. DESEMBER 2024",
            "LINK",
        ],
        signer,
        findings,
        [
            "a4_landscape",
            "comma_in_unit_name",
            "empty_link_cells",
            "hasil_abbrev_sub_komponen",
            "hasil_heading_component_name",
            "header_status_as_of_date",
            "hp_plus62_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "no_section_rows_letter_in_no_column",
            "row_split_across_pages",
            "status_masih_berjalan",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_range",
        ],
        "landscape A4, 9-column monitoring table, bordered, Verdana 8.5 pt (rendered with"
        " DejaVu Sans), pale grey header, header on the first page only; NO SECTION ROWS:"
        " the NO column holds the component letter 'A' .. 'D' and the HASIL cell starts with"
        " the component name in bold capitals; NO and HASIL merged over the finding's rows;"
        " status column headed 'PROGRES S.D. DESEMBER 2024'; the merged HASIL of D goes on"
        " over the page break (its last lines on page 2, no header there)",
        [
            "no section rows: the NO column holds the component letter ('A', 'B' ...), the"
            " HASIL cell's first line is the component name ('PERENCANAAN KINERJA'); one"
            " finding per component, finding_no 1; hasil_evaluasi is the whole cell,"
            " heading line included",
            "HASIL 'Nilai 20,70 (69%): Keb. 5,10 (85%); Kual. 6,30 (70%); Pem. 9,30 (62%).':"
            " 'Keb.', 'Kual.', 'Pem.' abbreviate keberadaan, kualitas, pemanfaatan",
            "the status column is headed 'PROGRES S.D. DESEMBER 2024' (progress up to a"
            " date): 'Telah dilaksanakan' selesai, 'Masih berjalan' proses, 'Belum"
            " dilaksanakan' belum",
            "waktu 'Januari - Desember 2024' keeps the range as its periode",
            "unit_kerja keeps the comma of the official name",
            "LINK cells: Google Drive file URLs written out (no annotation) or empty",
        ],
    )


# ---------------------------------------------------------------- 1107
def _h1107(s: Score, uraian: str) -> list[str]:
    return [
        f"Komponen {KOMP[s.kode]} memperoleh nilai {idn(s.nilai)} atau {pct(s.persen)}"
        f" dengan rincian keberadaan {idn(s.keb)} ({pct(s.keb_p)}), kualitas {idn(s.kual)}"
        f" ({pct(s.kual_p)}) dan pemanfaatan {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Uraian: {uraian}",
    ]


def doc1107() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            _h1107(
                Score("A", 70, 50, 40),
                "Renstra Bapperida periode 2025-2029 belum ditetapkan sehingga sasaran dan"
                " indikator kinerja Tahun 2025 masih mengacu pada Renstra periode sebelumnya;"
                " Perjanjian Kinerja Kepala Badan belum memuat indikator hasil dan sebagian"
                " indikatornya berupa jumlah dokumen; pohon kinerja belum disusun sehingga"
                " keterkaitan kinerja bidang dengan sasaran badan tidak tergambar; rencana aksi"
                " kinerja tidak memuat target triwulanan dan tidak dimanfaatkan untuk memantau"
                " pelaksanaan kegiatan; dokumen perencanaan belum dipublikasikan.",
            ),
            [
                Rec(
                    "Agar segera menetapkan Renstra Bapperida periode 2025-2029 yang selaras"
                    " dengan RPJMD Kabupaten Jayawijaya",
                    "Menyelesaikan penyusunan Renstra 2025-2029 dan mengusulkan penetapannya"
                    " dengan Peraturan Bupati",
                ),
                Rec(
                    "Agar menyusun pohon kinerja dan menurunkan indikator kinerja sampai level"
                    " pelaksana",
                    "Menyusun pohon kinerja Bapperida bersama seluruh bidang melalui rapat kerja"
                    " perencanaan",
                ),
                Rec(
                    "Agar rencana aksi kinerja memuat target triwulanan setiap indikator",
                    "Menyusun rencana aksi kinerja Tahun 2026 dengan target triwulanan dan"
                    " menetapkannya bersama Perjanjian Kinerja",
                ),
            ],
            Score("A", 70, 50, 40),
        ),
        Finding(
            "B",
            1,
            _h1107(
                Score("B", 60, 44, 36),
                "belum terdapat manual indikator kinerja yang memuat definisi operasional, formula"
                " dan sumber data; pengukuran kinerja belum dilakukan secara berkala dan hanya"
                " disusun menjelang penyusunan LKjIP; data capaian belum didukung bukti yang"
                " dapat diverifikasi; hasil pengukuran belum dimanfaatkan untuk perbaikan"
                " pelaksanaan program.",
            ),
            [
                Rec(
                    "Agar menyusun manual indikator kinerja yang memuat definisi operasional,"
                    " formula dan sumber data",
                    "Menyusun manual indikator kinerja utama dan indikator kinerja program"
                    " Bapperida",
                ),
                Rec(
                    "Agar melaksanakan pengukuran kinerja secara berkala setiap triwulan beserta"
                    " bukti dukungnya",
                    "Melaksanakan pengukuran kinerja triwulanan dan menghimpun bukti dukung"
                    " capaian pada folder bersama",
                ),
            ],
            Score("B", 60, 44, 36),
        ),
        Finding(
            "C",
            1,
            _h1107(
                Score("C", 70, 50, 40),
                "LKjIP Tahun 2025 belum memuat analisis capaian kinerja, penyebab keberhasilan"
                " atau kegagalan dan alternatif solusi; LKjIP belum dipublikasikan.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat analisis capaian kinerja, penyebab keberhasilan atau"
                    " kegagalan dan alternatif solusi",
                    "Menyempurnakan Bab III LKjIP dengan analisis capaian, penyebab dan alternatif"
                    " solusi",
                ),
                Rec(
                    "Agar LKjIP dipublikasikan melalui laman resmi Pemerintah Kabupaten Jayawijaya",
                    "Mempublikasikan LKjIP pada laman resmi dan papan informasi kantor",
                ),
            ],
            Score("C", 70, 50, 40),
        ),
        Finding(
            "D",
            1,
            _h1107(
                Score("D", 60, 40, 30),
                "evaluasi akuntabilitas kinerja internal belum pernah dilaksanakan; rekomendasi"
                " LHE SAKIP tahun sebelumnya belum ditindaklanjuti.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi akuntabilitas kinerja internal paling sedikit satu"
                    " kali dalam setahun",
                    "Membentuk tim evaluasi internal dan melaksanakan evaluasi pada Semester I"
                    " Tahun 2026",
                ),
                Rec(
                    "Agar menindaklanjuti rekomendasi LHE SAKIP tahun sebelumnya dan melaporkan"
                    " perkembangannya",
                    "Menyusun laporan perkembangan tindak lanjut rekomendasi LHE SAKIP setiap"
                    " semester",
                ),
            ],
            Score("D", 60, 40, 30),
        ),
    ]
    signer = Signer(
        ["Wamena, 26 Januari 2026"],
        ["KEPALA BAPPERIDA", "KABUPATEN JAYAWIJAYA,"],
        "KEPALA BAPPERIDA KABUPATEN JAYAWIJAYA",
        Person("Dr. ISAK WETIPO, S.E., M.Si.", "19760110", "200203", 1, 4),
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19760110 200203 1 004",
    )
    return Doc(
        1107,
        "reportlab",
        "bapperidajayawijaya",
        2025,
        "rencana_aksi",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "Jayawijaya",
        [
            "PEMERINTAH KABUPATEN JAYAWIJAYA",
            "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH (BAPPERIDA)",
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
        ],
        [("Penanggung Jawab Data SAKIP", "YULIUS ITLAY, S.IP."), ("Nomor HP", "0822 3901 6654")],
        "YULIUS ITLAY, S.IP.",
        "+6282239016654",
        ["NO", "HASIL EVALUASI", "REKOMENDASI PERBAIKAN", "RENCANA AKSI"],
        signer,
        findings,
        [
            "comma_in_unit_name",
            "f4_portrait_mm",
            "footer_unit_page_of",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "predikat_c",
            "row_split_across_pages",
            "title_pemerintah_first",
            "two_line_jabatan",
            "unit_acronym_in_jabatan",
        ],
        "portrait F4 (215 x 330 mm), 4-column rencana aksi table, full grid in dark green,"
        " Liberation Sans 11 pt (embedded TTF), header on the first page only, section rows"
        " 'A. PERENCANAAN KINERJA' spanning the table, NO and HASIL spanned over the"
        " finding's rows, the row of C2 split across the page break (without a repeated"
        " header on page 2); a footer 'Rencana Aksi SAKIP 2025 -"
        " Bapperida Kab. Jayawijaya | Halaman n dari N' on every page",
        [
            "unit 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (BAPPERIDA)'"
            " (the newer name of a Bappeda): unit_kerja drops the acronym and keeps the"
            " comma; the jabatan uses the acronym 'KEPALA BAPPERIDA KABUPATEN JAYAWIJAYA'",
            "title starting 'PEMERINTAH KABUPATEN JAYAWIJAYA', the year on the third line",
            "the footer line on every page is no field",
            "low scores: total 44,76, predikat C",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        rek_col="REKOMENDASI",
    )


# ---------------------------------------------------------------- 1108
def _h1108(s: Score, masalah: str) -> list[str]:
    return [
        f"{KOMP[s.kode]} mendapat nilai {idn(s.nilai)} dari {s.bobot} ({pct(s.persen)}),"
        f" yaitu keberadaan {idn(s.keb)} ({pct(s.keb_p)}), kualitas {idn(s.kual)}"
        f" ({pct(s.kual_p)}), pemanfaatan {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Masalah: {masalah}",
    ]


def doc1108() -> Doc:
    s_, p_, b_ = ("S", "selesai"), ("P", "proses"), ("B", "belum")
    base = "https://drive.google.com/drive/folders/"

    def lk(key: str) -> tuple[str, str, bool]:
        return (base + key, base + key, False)

    sekcam = "Sekretaris Camat"
    kpk = "Kasubbag Program dan Keuangan"
    findings = [
        Finding(
            "A",
            1,
            _h1108(
                Score("A", 75, 56, 50),
                "indikator kinerja kecamatan masih berupa jumlah surat yang diterbitkan; program"
                " kecamatan belum dikaitkan dengan sasaran RPJMD.",
            ),
            [
                Rec(
                    "Agar menyusun indikator kinerja kecamatan yang mengukur kualitas pelayanan"
                    " PATEN",
                    "Menetapkan indikator Indeks Kepuasan Masyarakat atas layanan PATEN dalam"
                    " Renstra Kecamatan",
                    "1 dokumen IKU",
                    w("Akhir Juni 2024", "Juni", 2024),
                    sekcam,
                    s_,
                    lk("1NnsIkuPaten2024"),
                ),
                Rec(
                    "Agar menyelaraskan program kecamatan dengan sasaran RPJMD Kabupaten Nunukan",
                    "Menyusun tabel keselarasan program kecamatan dengan sasaran RPJMD",
                    "Tabel keselarasan",
                    w("Triwulan III 2024", "Triwulan III", 2024),
                    kpk,
                    p_,
                    None,
                ),
            ],
            Score("A", 75, 56, 50),
        ),
        Finding(
            "B",
            1,
            _h1108(
                Score("B", 70, 54, 48),
                "kepuasan masyarakat atas layanan kecamatan belum diukur; capaian kinerja tidak"
                " dibahas dalam rapat staf.",
            ),
            [
                Rec(
                    "Agar melaksanakan survei kepuasan masyarakat atas layanan kecamatan setiap"
                    " semester",
                    "Melaksanakan survei kepuasan masyarakat di loket PATEN pada setiap semester",
                    "2 laporan SKM",
                    w("Semester II 2024", "Semester II", 2024),
                    "Kasi Pelayanan Umum",
                    p_,
                    None,
                ),
                Rec(
                    "Agar hasil pengukuran kinerja dibahas dalam rapat staf bulanan",
                    "Mengagendakan pembahasan capaian kinerja pada rapat staf setiap bulan",
                    "Notulen rapat",
                    w("Akhir Juli 2024", "Juli", 2024),
                    sekcam,
                    b_,
                    None,
                ),
            ],
            Score("B", 70, 54, 48),
        ),
        Finding(
            "C",
            1,
            _h1108(
                Score("C", 80, 60, 52),
                "LKjIP kecamatan belum memuat capaian kinerja kelurahan di wilayahnya.",
            ),
            [
                Rec(
                    "Agar LKjIP kecamatan menyajikan capaian kinerja kelurahan di wilayah"
                    " kecamatan",
                    "Menghimpun capaian kinerja empat kelurahan di wilayah Kecamatan Nunukan"
                    " Selatan sebagai lampiran LKjIP",
                    "LKjIP Tahun 2023",
                    w("Maret 2024", "Maret", 2024),
                    kpk,
                    s_,
                    lk("1NnsLkjip2023Kel"),
                ),
            ],
            Score("C", 80, 60, 52),
        ),
        Finding(
            "D",
            1,
            _h1108(
                Score("D", 70, 52, 50),
                "evaluasi atas capaian rencana aksi belum dilakukan; sebagian rekomendasi LHE"
                " SAKIP Tahun 2022 belum selesai.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas capaian rencana aksi setiap triwulan",
                    "Melaksanakan evaluasi capaian rencana aksi setiap triwulan yang dipimpin"
                    " Camat",
                    "4 laporan evaluasi",
                    w("Triwulan IV 2024", "Triwulan IV", 2024),
                    sekcam,
                    b_,
                    None,
                ),
                Rec(
                    "Agar menindaklanjuti rekomendasi LHE SAKIP Tahun 2022 yang belum selesai",
                    "Menyelesaikan tindak lanjut rekomendasi LHE SAKIP Tahun 2022",
                    "-",
                    w("Akhir Juni 2024", "Juni", 2024),
                    sekcam,
                    s_,
                    lk("1NnsTlLhe2022"),
                ),
            ],
            Score("D", 70, 52, 50),
        ),
    ]
    signer = Signer(
        ["Nunukan, 15 Januari 2024"],
        ["CAMAT NUNUKAN SELATAN,"],
        "CAMAT NUNUKAN SELATAN",
        Person("H. ABDUL MUIS, S.Sos.", "19750711", "199812", 1, 2),
        "Pembina",
        "IV/a",
        "Pembina (IV/a)",
        "NIP. 19750711 199812 1 002",
    )
    legend = "Keterangan status: S = Selesai; P = Dalam proses; B = Belum ditindaklanjuti"
    return Doc(
        1108,
        "libreoffice-xlsx",
        "nunukanselatan",
        2023,
        "monitoring",
        "Kecamatan Nunukan Selatan",
        "Nunukan",
        [
            "LAPORAN MONITORING RENCANA AKSI SAKIP TAHUN 2023",
            "KECAMATAN NUNUKAN SELATAN KABUPATEN NUNUKAN",
        ],
        [("Penanggung Jawab Data SAKIP", "FITRI HANDAYANI, S.AP."), ("No. HP", "0853-4622-1907")],
        "FITRI HANDAYANI, S.AP.",
        "+6285346221907",
        [
            "NO",
            "HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA AKSI",
            "TARGET",
            "WAKTU",
            "PENANGGUNG JAWAB",
            "STATUS",
            "LINK",
        ],
        signer,
        findings,
        [
            "a4_landscape",
            "empty_link_cells",
            "hasil_dari_bobot",
            "header_repeated",
            "manual_page_break_before_c",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "predikat_cc",
            "status_codes_with_legend",
            "target_dash",
            "title_laporan_monitoring",
            "url_in_cell",
            "waktu_akhir_month",
        ],
        "landscape A4 spreadsheet fitted to the page width, 9-column monitoring table, thin"
        " black grid, pale olive header fill repeated (print titles), Liberation Sans Narrow"
        " 13 pt (scaled down by the fit), section rows 'A. PERENCANAAN KINERJA', NO and HASIL"
        " merged, the STATUS"
        " column holding the codes 'S' / 'P' / 'B' explained by a legend line under the"
        " table, a manual page break before the section row of C",
        [
            "STATUS holds one-letter codes explained under the table ('Keterangan status: S ="
            " Selesai; P = Dalam proses; B = Belum ditindaklanjuti'): status_progres is the"
            " code as written ('S'), status from the legend (selesai / proses / belum); the"
            " legend line is no field",
            "waktu 'Akhir Juni 2024' (end of June): periode 'Juni', tahun 2024, like a date"
            " in a month; 'Triwulan III 2024' without 'Tahun'",
            "HASIL '... mendapat nilai 17,04 dari 30 (56,8%), yaitu keberadaan 4,50 (75%),"
            " ...': '30' is the bobot",
            "title 'LAPORAN MONITORING RENCANA AKSI SAKIP TAHUN 2023'",
            "low scores: total 55,95, predikat CC; D2 TARGET '-' gives target_data null",
        ],
        extra=[legend],
    )
