"""Specs of documents 1101-1104 (texts, scores, people) as typed for the PDFs."""

from __future__ import annotations

from .model import KOMPONEN, Doc, Finding, OtherSigner, Person, Rec, Score, Signer, idn, pct

KOMP_UP = {
    "A": "PERENCANAAN KINERJA",
    "B": "PENGUKURAN KINERJA",
    "C": "PELAPORAN KINERJA",
    "D": "EVALUASI AKUNTABILITAS KINERJA INTERNAL",
}
KOMP = {k: v[0] for k, v in KOMPONEN.items()}


def w(text: str, periode: str | None, tahun: int) -> tuple[str, str | None, int]:
    return (text, periode, tahun)


# ---------------------------------------------------------------- 1101
def _h1101(s: Score, catatan: str) -> list[str]:
    name = KOMP[s.kode]
    return [
        f"Komponen {name} memperoleh nilai {idn(s.nilai)} ({pct(s.persen)}). Sub komponen"
        f" keberadaan, kualitas dan pemanfaatan masing-masing memperoleh {idn(s.keb)}"
        f" ({pct(s.keb_p)}), {idn(s.kual)} ({pct(s.kual_p)}) dan {idn(s.pem)}"
        f" ({pct(s.pem_p)}).",
        f"Catatan: {catatan}",
    ]


def doc1101() -> Doc:
    sel, pro, bel = (
        ("Sudah rampung", "selesai"),
        ("Sedang berlangsung", "proses"),
        (
            "Belum ada progres",
            "belum",
        ),
    )

    def link(tag: str) -> tuple[str, str, bool]:
        return (f"https://s.id/RenaksiSetwanTbn-{tag}", f"s.id/RenaksiSetwanTbn-{tag}", False)

    wa = w("Semester I Tahun 2025", "Semester I", 2025)
    wb = w("Triwulan III Tahun 2025", "Triwulan III", 2025)
    wc = w("Maret 2025", "Maret", 2025)
    wd = w("Desember 2025", "Desember", 2025)
    pj_abc = "Subbagian Perencanaan dan Keuangan"
    pj_d = "Kepala Bagian Umum dan Keuangan"
    findings = [
        Finding(
            "A",
            1,
            _h1101(
                Score("A", 90, 78, 70),
                "indikator sasaran Renstra Sekretariat DPRD masih berupa keluaran (jumlah rapat"
                " yang difasilitasi); pohon kinerja belum diturunkan sampai level pelaksana.",
            ),
            [
                Rec(
                    "Agar menyempurnakan indikator sasaran Renstra Sekretariat DPRD menjadi"
                    " indikator hasil (outcome) yang mengukur kualitas dukungan"
                    " terhadap fungsi DPRD",
                    "Mereviu indikator sasaran Renstra dan menetapkan indikator outcome melalui"
                    " Keputusan Sekretaris DPRD",
                    "1 Keputusan Sekretaris DPRD",
                    wa,
                    pj_abc,
                    sel,
                    link("A1"),
                ),
                Rec(
                    "Agar menyusun pohon kinerja (cascading) sampai dengan level pelaksana",
                    "Menyusun pohon kinerja Sekretariat DPRD sampai level pelaksana dan"
                    " menuangkannya dalam Renja Tahun 2026",
                    "Dokumen pohon kinerja",
                    wa,
                    pj_abc,
                    pro,
                    None,
                ),
            ],
            Score("A", 90, 78, 70),
        ),
        Finding(
            "B",
            1,
            _h1101(
                Score("B", 85, 70, 66),
                "pengukuran kinerja hanya dilakukan pada akhir tahun; data capaian indikator belum"
                " didukung sumber data yang jelas.",
            ),
            [
                Rec(
                    "Agar melaksanakan pengukuran capaian kinerja secara triwulanan dan"
                    " mendokumentasikan hasilnya",
                    "Menyusun laporan pengukuran kinerja triwulanan melalui aplikasi e-SAKIP"
                    " Kabupaten Tabanan",
                    "4 laporan triwulan",
                    wb,
                    pj_abc,
                    pro,
                    link("B1"),
                ),
                Rec(
                    "Agar menetapkan manual indikator kinerja yang memuat definisi operasional,"
                    " formula dan sumber data",
                    "Menyusun dan menetapkan manual IKU Sekretariat DPRD",
                    "1 dokumen manual IKU",
                    wb,
                    pj_abc,
                    sel,
                    link("B2"),
                ),
                Rec(
                    "Agar hasil pengukuran kinerja dimanfaatkan dalam pemberian penghargaan kepada"
                    " pegawai berkinerja baik",
                    "Menetapkan pegawai berkinerja terbaik setiap semester berdasarkan capaian SKP",
                    "SK pegawai berkinerja terbaik",
                    wb,
                    pj_abc,
                    bel,
                    None,
                ),
            ],
            Score("B", 85, 70, 66),
        ),
        Finding(
            "C",
            1,
            _h1101(
                Score("C", 90, 80, 72),
                "LKjIP belum menyajikan analisis penyebab keberhasilan/kegagalan dan efisiensi"
                " penggunaan sumber daya.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan analisis penyebab keberhasilan dan kegagalan pencapaian"
                    " setiap indikator kinerja",
                    "Menambahkan analisis penyebab keberhasilan/kegagalan per indikator pada LKjIP"
                    " Tahun 2024",
                    "LKjIP Tahun 2024 revisi",
                    wc,
                    pj_abc,
                    sel,
                    link("C1"),
                ),
                Rec(
                    "Agar LKjIP memuat analisis efisiensi penggunaan sumber daya dalam mencapai"
                    " kinerja",
                    "Menyajikan perbandingan realisasi anggaran dan capaian kinerja per program"
                    " pada LKjIP",
                    "-",
                    wc,
                    pj_abc,
                    pro,
                    None,
                ),
            ],
            Score("C", 90, 80, 72),
        ),
        Finding(
            "D",
            1,
            _h1101(
                Score("D", 80, 72, 68),
                "evaluasi internal atas capaian kinerja bagian belum dilaksanakan; rekomendasi LHE"
                " tahun sebelumnya baru sebagian ditindaklanjuti.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas capaian kinerja setiap bagian secara"
                    " berkala",
                    "Melaksanakan rapat evaluasi kinerja per bagian setiap semester dan menyusun"
                    " notulen hasil evaluasi",
                    "2 notulen evaluasi",
                    wd,
                    pj_d,
                    bel,
                    None,
                ),
                Rec(
                    "Agar menindaklanjuti seluruh rekomendasi LHE SAKIP tahun sebelumnya",
                    "Menyusun matriks pemantauan tindak lanjut rekomendasi LHE SAKIP dan"
                    " memutakhirkannya setiap triwulan",
                    "Matriks pemantauan tindak lanjut",
                    wd,
                    pj_d,
                    pro,
                    link("D2"),
                ),
            ],
            Score("D", 80, 72, 68),
        ),
    ]
    signer = Signer(
        ["Ditetapkan di : Tabanan", "Pada tanggal : 17 Februari 2025"],
        ["SEKRETARIS DPRD KABUPATEN TABANAN,"],
        "SEKRETARIS DPRD KABUPATEN TABANAN",
        Person("I NYOMAN SUARDANA, S.H., M.H.", "19710512", "199803", 1, 5),
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19710512 199803 1 005",
    )
    return Doc(
        1101,
        "libreoffice-docx",
        "setwantabanan",
        2024,
        "monitoring",
        "Sekretariat Dewan Perwakilan Rakyat Daerah",
        "Tabanan",
        [
            "RENCANA AKSI TINDAK LANJUT REKOMENDASI LHE AKIP TAHUN 2024",
            "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN TABANAN",
            "TAHUN PELAKSANAAN 2025",
        ],
        [
            ("Penanggung Jawab Data SAKIP", "I GUSTI AYU PUTU WIDIASTUTI, S.E."),
            ("Nomor Telepon/WA", "0812 - 3654 - 9087"),
        ],
        "I GUSTI AYU PUTU WIDIASTUTI, S.E.",
        "+6281236549087",
        [
            "NO",
            "CATATAN HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA TINDAK LANJUT",
            "OUTPUT",
            "JADWAL PELAKSANAAN",
            "PENANGGUNG JAWAB",
            "REALISASI",
            "BUKTI DUKUNG",
        ],
        signer,
        findings,
        [
            "bordered_wrapped_text",
            "dark_header_white_text",
            "f4_landscape",
            "header_repeated",
            "hasil_masing_masing",
            "hp_spaced_dashes",
            "merged_hasil_evaluasi",
            "merged_waktu_and_pj_over_finding",
            "nip_spaces",
            "row_split_across_pages",
            "short_url_sid",
            "signature_ditetapkan_di",
            "status_rampung_wording",
            "target_dash",
            "title_two_years",
        ],
        "landscape F4 (330 x 215 mm), 9-column monitoring table, bordered, Arial 8.5 pt"
        " (rendered with Liberation Sans), header row in white bold on a dark teal fill,"
        " repeated on every page; section rows 'A. PERENCANAAN KINERJA' spanning the table;"
        " NO and HASIL merged over the finding's recommendation rows, and also JADWAL"
        " PELAKSANAAN and PENANGGUNG JAWAB merged over them (one value per finding); header"
        " wordings 'CATATAN HASIL EVALUASI', 'RENCANA TINDAK LANJUT', 'OUTPUT', 'REALISASI',"
        " 'BUKTI DUKUNG'",
        [
            "title: 'RENCANA AKSI TINDAK LANJUT REKOMENDASI LHE AKIP TAHUN 2024' / the unit /"
            " 'TAHUN PELAKSANAAN 2025': tahun_evaluasi is the LHE year 2024, the second year"
            " is when the plan is carried out",
            "JADWAL PELAKSANAAN and PENANGGUNG JAWAB are merged vertically over the finding's"
            " rows: every recommendation of the finding takes the one printed value",
            "HASIL 'Sub komponen keberadaan, kualitas dan pemanfaatan masing-masing memperoleh"
            " 5,40 (90%), 7,02 (78%) dan 10,50 (70%)': the values follow the order of the"
            " names",
            "status 'Sudah rampung' selesai, 'Sedang berlangsung' proses, 'Belum ada"
            " progres' belum",
            "LINK cells: short URLs 's.id/...' written without scheme, no annotation: tautan"
            " 'https://s.id/...', tautan_teks as written (holdout2's bit.ly convention);"
            " empty cells null",
            "signature place/date as labelled lines 'Ditetapkan di : Tabanan' / 'Pada"
            " tanggal : 17 Februari 2025'; unit_kerja is the spelled-out name, the jabatan"
            " uses 'DPRD'",
            "HP '0812 - 3654 - 9087' (blanks around the dashes, as the seed)",
        ],
        hasil_col="CATATAN",
    )


# ---------------------------------------------------------------- 1102
def _h1102(s: Score, masalah: str) -> list[str]:
    name = KOMP[s.kode]
    return [
        f"Nilai {name} : {idn(s.nilai)} ({pct(s.persen)})",
        f"Keberadaan : {pct(s.keb_p)} x {idn(s.share_max(0))} = {idn(s.keb)}",
        f"Kualitas : {pct(s.kual_p)} x {idn(s.share_max(1))} = {idn(s.kual)}",
        f"Pemanfaatan : {pct(s.pem_p)} x {idn(s.share_max(2))} = {idn(s.pem)}",
        f"Permasalahan : {masalah}",
    ]


def doc1102() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            _h1102(
                Score("A", 80, 62, 59),
                "sasaran strategis Renstra belum dilengkapi indikator yang mengukur penanganan"
                " Pemerlu Pelayanan Kesejahteraan Sosial (PPKS); target kinerja tahunan tidak"
                " menantang karena sama dengan realisasi tahun lalu.",
            ),
            [
                Rec(
                    "Agar merumuskan indikator sasaran yang mengukur persentase PPKS yang"
                    " tertangani",
                    "Merevisi indikator sasaran Renstra Dinas Sosial dengan indikator persentase"
                    " PPKS yang tertangani",
                ),
                Rec(
                    "Agar menetapkan target kinerja tahunan yang menantang dengan"
                    " mempertimbangkan capaian tiga tahun terakhir",
                    "Menyesuaikan target kinerja pada Renja dan Perjanjian Kinerja Tahun 2024"
                    " berdasarkan tren capaian 2021-2023",
                ),
            ],
            Score("A", 80, 62, 59),
        ),
        Finding(
            "B",
            1,
            _h1102(
                Score("B", 75, 60, 58),
                "data capaian kinerja belum bersumber dari DTKS yang dimutakhirkan; pengukuran"
                " dilakukan secara manual dan tidak berjenjang.",
            ),
            [
                Rec(
                    "Agar pengumpulan data kinerja memanfaatkan Data Terpadu Kesejahteraan Sosial"
                    " (DTKS) yang telah dimutakhirkan",
                    "Memutakhirkan DTKS melalui aplikasi SIKS-NG setiap bulan dan menjadikannya"
                    " sumber data capaian indikator",
                ),
                Rec(
                    "Agar menyusun SOP pengumpulan dan validasi data kinerja",
                    "Menyusun dan menetapkan SOP pengumpulan serta validasi data kinerja Dinas"
                    " Sosial",
                ),
                Rec(
                    "Agar capaian kinerja dijadikan dasar pemberian penghargaan dan sanksi bagi"
                    " pegawai",
                    "Menjadikan capaian kinerja triwulanan sebagai dasar penilaian Tambahan"
                    " Penghasilan Pegawai (TPP)",
                ),
            ],
            Score("B", 75, 60, 58),
        ),
        Finding(
            "C",
            1,
            _h1102(
                Score("C", 80, 66, 60),
                "LKjIP belum membandingkan realisasi dengan target jangka menengah dan belum"
                " dipublikasikan di laman resmi.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan realisasi kinerja dengan target jangka menengah"
                    " dalam Renstra",
                    "Menambahkan tabel perbandingan realisasi dengan target akhir Renstra pada"
                    " LKjIP Tahun 2023",
                ),
                Rec(
                    "Agar LKjIP dipublikasikan pada laman resmi Pemerintah Kabupaten Lombok Barat",
                    "Mengunggah LKjIP Tahun 2023 ke laman resmi dan aplikasi e-SAKIP",
                ),
            ],
            Score("C", 80, 66, 60),
        ),
        Finding(
            "D",
            1,
            _h1102(
                Score("D", 70, 64, 56),
                "evaluasi internal belum dilakukan terhadap UPTD Panti Sosial dan bidang-bidang;"
                " hasil evaluasi tahun lalu tidak ditindaklanjuti.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi akuntabilitas kinerja internal terhadap seluruh"
                    " bidang dan UPTD",
                    "Membentuk tim evaluasi internal dan melaksanakan evaluasi terhadap bidang dan"
                    " UPTD setiap semester",
                ),
            ],
            Score("D", 70, 64, 56),
        ),
    ]
    signer = Signer(
        ["Gerung, 12 Februari 2024"],
        ["KEPALA DINAS SOSIAL", "KABUPATEN LOMBOK BARAT,"],
        "KEPALA DINAS SOSIAL KABUPATEN LOMBOK BARAT",
        Person("H. LALU AHMAD ZAINI, S.Sos., M.M.", "19700318", "199603", 1, 2),
        "Pembina Utama Muda",
        "IV/c",
        "Pembina Utama Muda / IV/c",
        "NIP. 19700318 199603 1 002",
    )
    others = [
        OtherSigner(
            [
                "Disusun oleh,",
                "Kasubbag Program dan Pelaporan,",
                "BAIQ NURUL HIDAYATI, S.Sos.",
                "NIP. 19860914 201001 2 011",
            ]
        ),
        OtherSigner(
            [
                "Diperiksa oleh,",
                "Sekretaris Dinas,",
                "I MADE SURYAWAN, S.E., M.Si.",
                "NIP. 19780602 200501 1 007",
            ]
        ),
    ]
    for p in (
        Person("BAIQ NURUL HIDAYATI, S.Sos.", "19860914", "201001", 2, 11),
        Person("I MADE SURYAWAN, S.E., M.Si.", "19780602", "200501", 1, 7),
    ):
        assert p.nip  # validated like the signer's
    return Doc(
        1102,
        "libreoffice-xlsx",
        "dinsoslombokbarat",
        2023,
        "rencana_aksi",
        "Dinas Sosial",
        "Lombok Barat",
        [
            "RENCANA AKSI PENINGKATAN AKUNTABILITAS KINERJA",
            "BERDASARKAN LAPORAN HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS SOSIAL KABUPATEN LOMBOK BARAT",
        ],
        [("Penanggung Jawab", "BAIQ NURUL HIDAYATI, S.Sos."), ("Kontak", "0819-0712-4456")],
        "BAIQ NURUL HIDAYATI, S.Sos.",
        "+6281907124456",
        [
            "NO",
            "URAIAN HASIL EVALUASI (LHE)",
            "SARAN / REKOMENDASI INSPEKTORAT",
            "LANGKAH TINDAK LANJUT",
        ],
        signer,
        findings,
        [
            "a4_landscape",
            "hasil_arithmetic_lines",
            "header_repeated",
            "header_wording_saran",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_label_kontak",
            "three_signature_blocks",
            "title_peningkatan_akuntabilitas",
            "two_line_jabatan",
        ],
        "landscape A4 spreadsheet fitted to the page width, 4-column rencana aksi table, thin"
        " black grid, pale rose header fill repeated (print titles), Liberation Sans 12 pt"
        " (scaled down by the fit);"
        " section rows 'A. PERENCANAAN KINERJA'; NO and HASIL merged over the finding's rows;"
        " header 'URAIAN HASIL EVALUASI (LHE) | SARAN / REKOMENDASI INSPEKTORAT | LANGKAH"
        " TINDAK LANJUT'; THREE signature blocks in one row: 'Disusun oleh,' (left),"
        " 'Diperiksa oleh,' (middle), the head of the dinas (right)",
        [
            "HASIL as arithmetic lines 'Keberadaan : 80% x 6,00 = 4,80' (percentage x the"
            " sub-component's maximum = nilai); the first line 'Nilai Perencanaan Kinerja :"
            " 19,23 (64,1%)' is the component; lines joined with single spaces",
            "three signature blocks: 'Disusun oleh, / Kasubbag Program dan Pelaporan,'"
            " (left, the preparer, who is also the PJ) and 'Diperiksa oleh, / Sekretaris"
            " Dinas,' (middle) carry names and NIPs but no field; the penandatangan is the"
            " head of the dinas on the right",
            "title 'RENCANA AKSI PENINGKATAN AKUNTABILITAS KINERJA / BERDASARKAN LAPORAN"
            " HASIL EVALUASI SAKIP TAHUN 2023 / DINAS SOSIAL KABUPATEN LOMBOK BARAT'",
            "PJ block labels 'Penanggung Jawab' and 'Kontak'",
            "rencana_aksi layout: target_data ... tautan null",
        ],
        others=others,
        rek_col="SARAN",
        hasil_col="URAIAN",
    )


# ---------------------------------------------------------------- 1103
def _h1103(s: Score, catatan: str) -> list[str]:
    return [
        f"Nilai {idn(s.nilai)} ({pct(s.persen)}) \u2014 Keberadaan {idn(s.keb)}"
        f" ({pct(s.keb_p)}); Kualitas {idn(s.kual)} ({pct(s.kual_p)}); Pemanfaatan"
        f" {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Catatan: {catatan}",
    ]


def doc1103() -> Doc:
    ok, on, no = (
        ("Terlaksana", "selesai"),
        ("Dalam pelaksanaan", "proses"),
        ("Belum dilakukan", "belum"),
    )
    base = "https://pupr.posokab.go.id/sakip/2025/"

    def lk(path: str, label: str) -> tuple[str, str, bool]:
        return (base + path, label, True)

    ses = "Sekretaris Dinas"
    kpe = "Kasubbag Perencanaan dan Evaluasi"
    findings = [
        Finding(
            "A",
            1,
            _h1103(
                Score("A", 90, 70, 70),
                "indikator kinerja utama 'persentase jalan kabupaten dalam kondisi mantap' belum"
                " diturunkan ke indikator bidang; Renja belum memuat langkah perbaikan atas target"
                " yang tidak tercapai.",
            ),
            [
                Rec(
                    "Agar menurunkan indikator kinerja utama ke indikator kinerja Bidang Bina"
                    " Marga, Bidang Sumber Daya Air dan Bidang Cipta Karya",
                    "Menyusun cascading IKU Dinas PUPR sampai level bidang dan seksi",
                    "Dokumen cascading",
                    w("Triwulan II TA 2025", "Triwulan II", 2025),
                    ses,
                    ok,
                    lk("cascading-iku.pdf", "Cascading IKU 2025"),
                ),
                Rec(
                    "Agar Renja memuat langkah perbaikan atas target kinerja yang tidak tercapai"
                    " pada tahun sebelumnya",
                    "Menambahkan uraian langkah perbaikan pada bab evaluasi Renja Tahun 2026",
                    "Renja Tahun 2026",
                    w("Semester I TA 2025", "Semester I", 2025),
                    kpe,
                    on,
                    None,
                    "Menunggu Forum Perangkat Daerah",
                ),
            ],
            Score("A", 90, 70, 70),
        ),
        Finding(
            "B",
            1,
            _h1103(
                Score("B", 80, 72, 64),
                "data kondisi jalan belum diperbarui melalui survei berkala; hasil pengukuran"
                " kinerja belum dikaitkan dengan kinerja pegawai.",
            ),
            [
                Rec(
                    "Agar melaksanakan survei kondisi jalan kabupaten secara berkala sebagai"
                    " sumber data capaian IKU",
                    "Melaksanakan survei kondisi jalan (road condition survey) dua kali setahun",
                    "Laporan survei kondisi jalan",
                    w("TA 2025", None, 2025),
                    "Kabid Bina Marga",
                    on,
                    lk("rcs-semester-1.pdf", "Laporan RCS Semester I"),
                    "Survei semester II dijadwalkan Oktober",
                ),
                Rec(
                    "Agar hasil pengukuran kinerja dikaitkan dengan penilaian kinerja pegawai",
                    "Menyelaraskan SKP pejabat struktural dan fungsional dengan indikator kinerja"
                    " bidang",
                    "SKP selaras IKU",
                    w("Triwulan III TA 2025", "Triwulan III", 2025),
                    "Kasubbag Umum dan Kepegawaian",
                    no,
                    None,
                ),
            ],
            Score("B", 80, 72, 64),
        ),
        Finding(
            "C",
            1,
            _h1103(
                Score("C", 86, 74, 70),
                "LKjIP belum menyajikan analisis efisiensi anggaran untuk setiap sasaran"
                " strategis.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan analisis efisiensi penggunaan anggaran untuk setiap"
                    " sasaran strategis",
                    "Menyusun tabel efisiensi anggaran per sasaran pada LKjIP Tahun 2024",
                    "LKjIP Tahun 2024",
                    w("Triwulan I TA 2025", "Triwulan I", 2025),
                    kpe,
                    ok,
                    lk("lkjip-2024.pdf", "LKjIP PUPR 2024"),
                ),
            ],
            Score("C", 86, 74, 70),
        ),
        Finding(
            "D",
            1,
            _h1103(
                Score("D", 80, 70, 62),
                "evaluasi internal belum dilakukan terhadap UPTD Pengelolaan Air Minum; tindak"
                " lanjut rekomendasi tahun lalu belum dipantau.",
            ),
            [
                Rec(
                    "Agar melaksanakan evaluasi internal terhadap seluruh bidang dan UPTD",
                    "Melaksanakan evaluasi kinerja internal semesteran terhadap bidang dan UPTD",
                    "Laporan evaluasi internal",
                    w("Semester II TA 2025", "Semester II", 2025),
                    ses,
                    no,
                    None,
                    "Menunggu pembentukan tim",
                ),
                Rec(
                    "Agar memantau tindak lanjut rekomendasi LHE SAKIP secara berkala",
                    "Menyusun dan memutakhirkan matriks pemantauan tindak lanjut setiap triwulan",
                    "Matriks pemantauan",
                    w("Triwulan IV TA 2025", "Triwulan IV", 2025),
                    kpe,
                    on,
                    lk("matriks-tl-lhe.xlsx", "Matriks TL LHE"),
                ),
            ],
            Score("D", 80, 70, 62),
        ),
    ]
    signer = Signer(
        ["Poso, 7 April 2025"],
        ["KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "KABUPATEN POSO,"],
        "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN POSO",
        Person("Ir. ANDREAS LUMENO, M.T.", "19720807", "199902", 1, 3),
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I (IV/b)",
        "NIP. 19720807 199902 1 003",
    )
    return Doc(
        1103,
        "reportlab",
        "puprposo",
        2024,
        "monitoring",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Poso",
        [
            "MONITORING PELAKSANAAN RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN POSO",
            "Posisi s.d. 31 Maret 2025",
        ],
        [
            ("Penanggung Jawab Data SAKIP", "MOH. FAJRIN LAWADJO, S.T."),
            ("No. HP", "0852 4103 7788"),
        ],
        "MOH. FAJRIN LAWADJO, S.T.",
        "+6285241037788",
        [
            "NO",
            "HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA AKSI",
            "PENANGGUNG JAWAB",
            "TARGET",
            "WAKTU",
            "BUKTI (TAUTAN)",
            "STATUS",
            "KET.",
        ],
        signer,
        findings,
        [
            "column_order_pj_target_waktu_link_status",
            "f4_landscape_mm",
            "hasil_em_dash",
            "header_repeated",
            "hp_spaces",
            "ket_column_no_field",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "position_date_line",
            "status_terlaksana_wording",
            "ten_columns",
            "two_line_jabatan",
            "waktu_ta_abbrev",
        ],
        "landscape F4 (330 x 215 mm), 10-column monitoring table in a new column order (...|"
        " RENCANA AKSI | PENANGGUNG JAWAB | TARGET | WAKTU | BUKTI (TAUTAN) | STATUS | KET.),"
        " full grid in dark brown-grey, Liberation Sans 9 pt (embedded TTF), header"
        " repeated on every page, section rows 'A. PERENCANAAN KINERJA' with a pale sand"
        " fill, NO and HASIL spanned over the finding's rows, rows split across pages, LINK"
        " cells with blue annotated labels, a last column 'KET.' with remarks; the table goes on"
        " to page 2 between two findings",
        [
            "columns in a new order: PENANGGUNG JAWAB before TARGET and WAKTU, the LINK"
            " column 'BUKTI (TAUTAN)' before STATUS; fields follow the header names",
            "a tenth column 'KET.' holds remarks ('Menunggu pembentukan tim'): no field; the"
            " status is the STATUS column",
            "waktu with 'TA' (tahun anggaran): 'Triwulan II TA 2025' periode 'Triwulan II',"
            " tahun 2025; 'TA 2025' alone periode null, tahun 2025",
            "HASIL 'Nilai 22,20 (74%) \u2014 Keberadaan 5,40 (90%); Kualitas ...' then"
            " 'Catatan: ...': the em dash is kept in hasil_evaluasi",
            "status 'Terlaksana' selesai, 'Dalam pelaksanaan' proses, 'Belum dilakukan' belum",
            "the third title line 'Posisi s.d. 31 Maret 2025' (the reporting date) is no field",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks"
            " = label) or empty (null)",
        ],
    )


# ---------------------------------------------------------------- 1104
def _h1104(s: Score, hal: str) -> list[str]:
    return [
        f"Nilai yang diperoleh {idn(s.nilai)} atau {pct(s.persen)} dari bobot komponen"
        f" {s.bobot}, terdiri atas keberadaan {idn(s.keb)} ({pct(s.keb_p)}), kualitas"
        f" {idn(s.kual)} ({pct(s.kual_p)}) dan pemanfaatan {idn(s.pem)} ({pct(s.pem_p)}).",
        f"Hal yang perlu diperbaiki: {hal}",
    ]


def doc1104() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            _h1104(
                Score("A", 95, 85, 80),
                "indikator cakupan kepemilikan Kartu Identitas Anak belum ditetapkan sebagai"
                " indikator kinerja; rencana aksi kinerja belum memuat target bulanan; sebagian"
                " indikator kegiatan masih berupa jumlah dokumen yang diterbitkan sehingga belum"
                " menggambarkan kualitas pelayanan administrasi kependudukan.",
            ),
            [
                Rec(
                    "Agar menetapkan indikator cakupan kepemilikan Kartu Identitas Anak (KIA)"
                    " sebagai indikator kinerja program",
                    "Menambahkan indikator cakupan kepemilikan KIA pada Perjanjian Kinerja dan"
                    " Renja Tahun 2023",
                ),
                Rec(
                    "Agar rencana aksi kinerja memuat target bulanan setiap indikator",
                    "Menyusun rencana aksi kinerja dengan target bulanan dan menetapkannya pada"
                    " bulan Januari 2023",
                ),
            ],
            Score("A", 95, 85, 80),
        ),
        Finding(
            "B",
            1,
            _h1104(
                Score("B", 90, 82, 78),
                "data capaian aktivasi Identitas Kependudukan Digital belum diverifikasi secara"
                " berjenjang; pengukuran kinerja dilakukan per triwulan secara manual dengan"
                " lembar kerja terpisah di setiap bidang.",
            ),
            [
                Rec(
                    "Agar data capaian aktivasi Identitas Kependudukan Digital (IKD) diverifikasi"
                    " secara berjenjang sebelum dilaporkan",
                    "Menetapkan mekanisme verifikasi data aktivasi IKD oleh kepala bidang sebelum"
                    " dilaporkan kepada Kepala Dinas",
                ),
                Rec(
                    "Agar pengukuran kinerja dilakukan setiap bulan melalui aplikasi",
                    "Melaksanakan pengukuran capaian kinerja bulanan melalui aplikasi e-Kinerja"
                    " Kabupaten Maros",
                ),
            ],
            Score("B", 90, 82, 78),
        ),
        Finding(
            "C",
            1,
            _h1104(
                Score("C", 92, 84, 80),
                "LKjIP belum menyajikan perbandingan capaian kinerja dengan kabupaten/kota lain"
                " di Provinsi Sulawesi Selatan maupun dengan standar pelayanan minimal.",
            ),
            [
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian kinerja dengan kabupaten/kota lain"
                    " di Provinsi Sulawesi Selatan",
                    "Menghimpun data capaian administrasi kependudukan kabupaten/kota se-Sulawesi"
                    " Selatan dan menyajikannya dalam LKjIP Tahun 2022",
                ),
            ],
            Score("C", 92, 84, 80),
        ),
        Finding(
            "D",
            1,
            _h1104(
                Score("D", 88, 80, 76),
                "hasil evaluasi internal belum ditindaklanjuti dengan rencana perbaikan yang"
                " terukur; laporan tindak lanjut rekomendasi belum disampaikan secara berkala.",
            ),
            [
                Rec(
                    "Agar hasil evaluasi internal ditindaklanjuti dengan rencana perbaikan yang"
                    " terukur",
                    "Menyusun rencana perbaikan berdasarkan hasil evaluasi internal lengkap dengan"
                    " target dan jadwal",
                ),
                Rec(
                    "Agar melaporkan tindak lanjut rekomendasi LHE SAKIP kepada Inspektorat"
                    " setiap semester",
                    "Menyampaikan laporan tindak lanjut rekomendasi LHE SAKIP kepada Inspektorat"
                    " Kabupaten Maros setiap semester",
                ),
            ],
            Score("D", 88, 80, 76),
        ),
    ]
    signer = Signer(
        ["Maros, 20 Januari 2023"],
        ["KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "KABUPATEN MAROS,"],
        "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MAROS",
        Person("Hj. ANDI RAHMAWATI, S.Sos., M.Si.", "19740622", "199903", 2, 2),
        "Pembina Tk. I",
        "IV/b",
        "Pembina Tk. I (IV/b)",
        "NIP. 19740622 199903 2 002",
    )
    return Doc(
        1104,
        "libreoffice-docx",
        "disdukcapilmaros",
        2022,
        "rencana_aksi",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Maros",
        [
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "KABUPATEN MAROS",
        ],
        [
            ("Penanggung Jawab Data SAKIP", "ANDI MUH. ASRUL, S.STP."),
            ("No. HP", "+62 853 4221 7096"),
        ],
        "ANDI MUH. ASRUL, S.STP.",
        "+6285342217096",
        ["NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI TINDAK LANJUT"],
        signer,
        findings,
        [
            "a4_portrait",
            "female_signer",
            "hasil_dari_bobot_komponen",
            "header_repeated",
            "hp_plus62_spaces",
            "nip_spaces",
            "one_row_per_finding",
            "predikat_a",
            "recs_numbered_in_one_cell",
            "rows_kept_whole_gap_at_page_foot",
            "two_line_jabatan",
            "word_auto_numbering",
        ],
        "portrait A4, 4-column rencana aksi table, bordered, Cambria 10 pt (rendered by"
        " LibreOffice's substitute), header repeated, section rows 'A. PERENCANAAN KINERJA',"
        " ONE ROW PER FINDING: all recommendations of a finding in one cell and the action"
        " plans in the next, each cell a Word automatically numbered list (the numbers are"
        " list numbering, not typed); every row is set 'do not break across pages', so the"
        " last finding moves whole to page 2 and leaves white space under its section row"
        " at the foot of page 1",
        [
            "the numbers '1.' '2.' before the recommendations and action plans are Word list"
            " numbering (w:numPr, one list per cell), rendered by LibreOffice; removed like"
            " typed numbers, rekomendasi_no 1, 2 within each finding; one recommendation per"
            " list item (as holdout8's 806)",
            "rows may not break across pages: no cell is split over a page break; the"
            " section row 'D. EVALUASI AKUNTABILITAS KINERJA INTERNAL' stays at the foot of"
            " page 1 while its finding row starts page 2",
            "HASIL 'Nilai yang diperoleh 25,35 atau 84,5% dari bobot komponen 30, terdiri"
            " atas ...': 'bobot komponen 30' is the weight",
            "female signer (NIP sex digit 2); rencana_aksi layout: target_data ... tautan null",
        ],
    )
