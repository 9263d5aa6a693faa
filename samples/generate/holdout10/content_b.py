"""Specs of documents 1005-1008 (Bengkulu, Lampung, Banten, DI Yogyakarta)."""

from __future__ import annotations

from . import wording as w
from .model import Doc, Finding, Person, Rec, Score, Signer

_LONG_A = (
    "Dokumen Renstra Dinas Pendidikan 2021-2026 telah ditetapkan dan dipublikasikan, namun "
    "rumusan sasaran strategis masih berorientasi pada kegiatan, antara lain 'meningkatkan "
    "penyediaan sarana dan prasarana sekolah' dan 'melaksanakan pembinaan guru', sehingga "
    "belum menggambarkan kondisi hasil yang ingin dicapai seperti meningkatnya mutu lulusan "
    "atau meningkatnya angka partisipasi sekolah. Indikator kinerja utama belum sepenuhnya "
    "memenuhi kriteria SMART: indikator 'jumlah sekolah yang direhabilitasi' tidak "
    "menggambarkan hasil, dan indikator 'rata-rata nilai asesmen nasional' belum dilengkapi "
    "target tahunan. Target kinerja pada Renja 2023 tidak selaras dengan target pada "
    "Perjanjian Kinerja Kepala Dinas, dan Perjanjian Kinerja pejabat administrator serta "
    "pengawas belum diturunkan secara berjenjang sampai kepala sekolah sebagai pimpinan "
    "satuan pendidikan. Dokumen perencanaan kinerja juga belum dimanfaatkan sebagai dasar "
    "penyusunan anggaran: sebagian sub kegiatan dalam DPA tidak terhubung dengan sasaran "
    "strategis, dan belum terdapat kertas kerja yang menunjukkan keterkaitan antara "
    "program, kegiatan, sub kegiatan dan indikator kinerja. Perubahan Renstra tahun 2022 "
    "juga belum diikuti dengan penyesuaian indikator kinerja pada Rencana Kerja dan "
    "Perjanjian Kinerja tahun berikutnya, sehingga dokumen perencanaan kinerja tahunan tidak "
    "konsisten satu sama lain. Pohon kinerja yang ada baru memuat sasaran tingkat dinas dan "
    "belum menguraikan kontribusi bidang Pembinaan SD, bidang Pembinaan SMP, bidang PAUD dan "
    "Pendidikan Nonformal, serta bidang Ketenagaan terhadap sasaran tersebut. Selain itu, "
    "rencana aksi atas Perjanjian Kinerja belum disusun per triwulan, sehingga kemajuan "
    "pencapaian target tidak dapat dipantau sepanjang tahun, dan dokumen Renja belum "
    "memuat informasi tentang langkah perbaikan atas target yang tidak tercapai pada tahun "
    "sebelumnya, khususnya target angka partisipasi murni SMP dan target persentase sekolah "
    "terakreditasi minimal B. Dokumen perencanaan kinerja juga belum dipublikasikan pada "
    "laman resmi Pemerintah Kabupaten Seluma dalam waktu yang ditentukan, sehingga "
    "masyarakat dan pemangku kepentingan belum dapat mengakses informasi kinerja yang "
    "direncanakan oleh Dinas Pendidikan."
)


def doc1005() -> Doc:
    findings = [
        Finding(
            "A",
            1,
            w.w1005(Score("A", 70, 60, 50), 16.20, _LONG_A),
            [
                Rec(
                    "Agar sasaran strategis Renstra dirumuskan ulang dengan kata kerja hasil, "
                    "seperti meningkatnya mutu lulusan dan meningkatnya angka partisipasi sekolah",
                    "Melakukan reviu rumusan sasaran strategis Renstra bersama Bappeda",
                ),
                Rec(
                    "Agar indikator kinerja utama dilengkapi target tahunan dan memenuhi kriteria "
                    "SMART",
                    "Menyusun ulang matriks IKU beserta target tahunan 2024-2026",
                ),
                Rec(
                    "Agar Perjanjian Kinerja diturunkan secara berjenjang sampai kepala sekolah",
                    "Menyusun Perjanjian Kinerja berjenjang sampai kepala satuan pendidikan",
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1005(
                Score("B", 85, 68, 56),
                17.40,
                "Data kinerja diperoleh dari Dapodik, tetapi pengukuran capaian belum dilakukan "
                "per triwulan dan belum dijadikan dasar pemberian penghargaan kepada sekolah.",
            ),
            [
                Rec(
                    "Agar pengukuran capaian kinerja dilakukan setiap triwulan dengan sumber data "
                    "Dapodik",
                    "Menyusun laporan pengukuran kinerja triwulanan berbasis Dapodik",
                ),
                Rec(
                    "Agar hasil pengukuran kinerja digunakan dalam pemberian penghargaan kepada "
                    "sekolah berprestasi",
                    "Menetapkan kriteria penghargaan sekolah berdasarkan capaian kinerja",
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1005(
                Score("C", 70, 60, 50),
                8.10,
                "LKjIP belum memuat analisis penyebab tidak tercapainya target angka partisipasi "
                "murni SMP.",
            ),
            [
                Rec(
                    "Agar LKjIP memuat analisis penyebab keberhasilan atau kegagalan capaian "
                    "setiap indikator",
                    "Melengkapi LKjIP dengan analisis capaian per indikator",
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1005(
                Score("D", 70, 56, 46),
                14.00,
                "Evaluasi internal belum dilakukan dan rekomendasi LHE tahun 2022 baru sebagian "
                "ditindaklanjuti.",
            ),
            [
                Rec(
                    "Agar dibentuk tim evaluasi internal dengan surat keputusan Kepala Dinas",
                    "Menerbitkan SK tim evaluasi akuntabilitas kinerja internal",
                ),
                Rec(
                    "Agar seluruh rekomendasi LHE tahun 2022 ditindaklanjuti sebelum evaluasi "
                    "berikutnya",
                    "Menyelesaikan tindak lanjut rekomendasi LHE 2022 yang tersisa",
                ),
            ],
        ),
    ]
    person = Person("H. ROSMAN EFENDI, S.Pd., M.Pd.", "19710614", "199703", 1, 1)
    signer = Signer(
        [
            "Tais, 4 Maret 2024",
            "KEPALA DINAS PENDIDIKAN",
            "KABUPATEN SELUMA,",
            person.name,
            "Pembina Tk. I (IV/b)",
            f"NIP. {person.spaced()}",
        ],
        "KEPALA DINAS PENDIDIKAN KABUPATEN SELUMA",
        person,
        "Pembina Tk. I",
        "IV/b",
        3,
    )
    return Doc(
        1005,
        "libreoffice-docx",
        "disdikseluma",
        2023,
        "rencana_aksi",
        "Dinas Pendidikan",
        "Seluma",
        "Bengkulu",
        [
            "RENCANA AKSI",
            "TINDAK LANJUT REKOMENDASI HASIL EVALUASI",
            "AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP) TAHUN 2023",
            "DINAS PENDIDIKAN KABUPATEN SELUMA",
        ],
        [("Nama Penanggung Jawab", "DESI ARISANTI, S.Pd."), ("No. HP", "0823 7711 2040")],
        "DESI ARISANTI, S.Pd.",
        "+6282377112040",
        signer,
        findings,
        [("no", "NO"), ("hasil", "HASIL EVALUASI"), ("rek", "REKOMENDASI"), ("ra", "RENCANA AKSI")],
        [
            "a4_portrait",
            "hasil_previous_year_score",
            "header_repeated",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_block_right_aligned",
            "predikat_cc",
            "row_split_across_pages",
            "signer_name_underlined",
            "title_akip_spelled_out",
            "two_line_jabatan",
            "very_tall_row",
            "font_verdana_substituted",
        ],
        "portrait A4, 4-column rencana aksi table, bordered, Verdana 9 pt (rendered with "
        "DejaVu Sans), "
        "header repeated, NO and HASIL merged over the finding's rows; a very tall HASIL A "
        "(a long narrative) running over the page break; PJ block right-aligned above the "
        "table; the signer's name underlined",
        [
            "HASIL 'Nilai komponen ... Tahun 2023 sebesar 17,10 atau 57%, naik dari 16,20 pada "
            "Tahun 2022': the 2022 value is last year's score, no field",
            "the merged HASIL of A is taller than its three recommendation rows and goes on "
            "over the page break; hasil_evaluasi is the whole cell rejoined",
            "PJ block printed at the right margin above the table",
            "signer name underlined (as typed in Word); pangkat 'Pembina Tk. I (IV/b)'",
            "title spells out 'AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (AKIP) TAHUN 2023'",
            "low scores: total 58,72, predikat CC; rencana_aksi layout: target_data ... "
            "tautan null",
        ],
        look={
            "font": "Verdana",
            "size": 9,
            "paper": "a4",
            "landscape": False,
            "widths": [11, 84, 44, 41],
            "fill": "E2EFDA",
            "repeat": True,
            "section": "{k}. {K}",
            "pj_right": True,
            "underline_name": True,
        },
    )


def doc1006() -> Doc:
    base = "https://diskopukm.pringsewukab.go.id/bukti/"
    lbl = "Lihat Dokumen"
    pjs = "Subbag Perencanaan dan Keuangan"
    done = ("Selesai", "selesai")
    prog = ("Proses", "proses")
    bel = ("Belum", "belum")
    mei = ("Mei 2025", "Mei", 2025)
    sem = ("Semester I 2025", "Semester I", 2025)
    rng = ("Juni - Agustus 2025", "Juni - Agustus", 2025)
    findings = [
        Finding(
            "A",
            1,
            w.w1006(
                Score("A", 90, 78, 70),
                "Catatan: indikator sasaran 'meningkatnya koperasi sehat' belum memiliki definisi "
                "operasional dan target tahunan dalam Renstra tidak berjenjang.",
            ),
            [
                Rec(
                    "Agar indikator persentase koperasi sehat dilengkapi definisi operasional dan "
                    "formula perhitungan",
                    "Menyusun manual IKU persentase koperasi sehat",
                    "Manual IKU",
                    mei,
                    pjs,
                    done,
                    (base + "a1-manual-iku.pdf", lbl, True),
                ),
                Rec(
                    "Agar target tahunan pada Renstra disusun meningkat setiap tahun sampai akhir "
                    "periode",
                    "Menyesuaikan target tahunan melalui reviu Renstra",
                    "Renstra hasil reviu",
                    sem,
                    pjs,
                    prog,
                    (base + "a2-reviu-renstra.pdf", lbl, True),
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1006(
                Score("B", 80, 74, 70),
                "Catatan: data jumlah UMKM binaan dan koperasi aktif masih berbeda antara bidang "
                "dan belum dimutakhirkan dalam aplikasi ODS.",
            ),
            [
                Rec(
                    "Agar data koperasi aktif dan UMKM binaan dimutakhirkan secara berkala pada "
                    "aplikasi Online Data System",
                    "Melakukan pemutakhiran data koperasi pada ODS",
                    "Rekap data ODS",
                    rng,
                    "Bidang Koperasi",
                    prog,
                    None,
                ),
                Rec(
                    "Agar ditetapkan satu sumber data kinerja untuk setiap indikator",
                    "Menetapkan daftar sumber data indikator kinerja",
                    "Keputusan Kepala Dinas",
                    mei,
                    pjs,
                    done,
                    (base + "b2-sumber-data.pdf", lbl, True),
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1006(
                Score("C", 90, 80, 70),
                "Catatan: LKjIP sudah tepat waktu, tetapi belum menyajikan perbandingan capaian "
                "dengan kabupaten lain di Provinsi Lampung.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan capaian indikator dengan kabupaten/kota lain di "
                    "Provinsi Lampung",
                    "Menambahkan perbandingan capaian antarkabupaten pada LKjIP",
                    "LKjIP 2024",
                    sem,
                    pjs,
                    done,
                    (base + "c1-lkjip.pdf", lbl, True),
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1006(
                Score("D", 80, 70, 64),
                "Catatan: evaluasi internal dilakukan satu kali setahun dan hasilnya belum "
                "dibahas dengan seluruh bidang.",
            ),
            [
                Rec(
                    "Agar evaluasi internal dilaksanakan setiap semester dan hasilnya dibahas "
                    "bersama seluruh bidang",
                    "Menyelenggarakan rapat evaluasi kinerja semesteran",
                    "Notulen rapat evaluasi",
                    rng,
                    "Sekretaris",
                    bel,
                    None,
                ),
                Rec(
                    "Agar tindak lanjut hasil evaluasi internal dicatat dalam register",
                    "Membuat register tindak lanjut evaluasi internal",
                    "Register tindak lanjut",
                    rng,
                    "Sekretaris",
                    prog,
                    None,
                ),
            ],
        ),
    ]
    person = Person("SUTRISNO, S.E., M.M.", "19750305", "200003", 1, 2)
    signer = Signer(
        [
            "Pringsewu, 3 Februari 2025",
            "KEPALA DINAS KOPERASI DAN UKM",
            "KABUPATEN PRINGSEWU",
            person.name,
            "Pembina (IV/a)",
            f"NIP. {person.spaced()}",
        ],
        "KEPALA DINAS KOPERASI DAN UKM KABUPATEN PRINGSEWU",
        person,
        "Pembina",
        "IV/a",
        3,
    )
    return Doc(
        1006,
        "reportlab",
        "diskopukmpringsewu",
        2024,
        "monitoring",
        "Dinas Koperasi dan UKM",
        "Pringsewu",
        "Lampung",
        [
            "LAPORAN MONITORING TINDAK LANJUT REKOMENDASI",
            "HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS KOPERASI DAN UKM KABUPATEN PRINGSEWU",
        ],
        [("Nama PJ Data SAKIP", "NURHASANAH, S.E."), ("Nomor HP", "0857-6900-1122")],
        "NURHASANAH, S.E.",
        "+6285769001122",
        signer,
        findings,
        [
            ("no", "NO"),
            ("hasil", "HASIL EVALUASI"),
            ("rek", "REKOMENDASI"),
            ("ra", "RENCANA AKSI"),
            ("target", "TARGET"),
            ("waktu", "WAKTU"),
            ("pj", "PENANGGUNG JAWAB"),
            ("status", "STATUS"),
            ("link", "LINK BUKTI"),
        ],
        [
            "a4_landscape",
            "font_base14_helvetica_not_embedded",
            "hasil_nilai_akhir_em_dash",
            "header_repeated",
            "hp_dashes",
            "identical_link_labels",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "status_traffic_light_fill",
            "legend_under_table",
            "empty_link_cells",
            "two_line_jabatan",
            "waktu_range",
        ],
        "landscape A4, 9-column monitoring table, full grid, Helvetica 9 pt (base-14 font, "
        "not embedded), header repeated, NO and HASIL spanned over the finding's rows; "
        "STATUS cells filled green / yellow / red with the status word; every LINK cell "
        "shows the same blue label 'Lihat Dokumen' annotated with a different URL; a colour "
        "legend under the table",
        [
            "status cells coloured like a traffic light (green 'Selesai', yellow 'Proses', "
            "red 'Belum'): the status comes from the word; the legend line under the table is "
            "no field",
            "every annotated LINK cell shows the same label 'Lihat Dokumen': tautan is each "
            "cell's own annotation URL, tautan_teks 'Lihat Dokumen'; empty LINK cells null",
            "HASIL 'Nilai akhir komponen: 22,92 (capaian 76,4%).' then 'Nilai per sub "
            "komponen — keberadaan: 5,40 (90%); ...' (an em dash after the lead words)",
            "waktu 'Juni - Agustus 2025' keeps the range as its periode",
        ],
        look={
            "font": "Helvetica",
            "bold": "Helvetica-Bold",
            "size": 9,
            "paper": "a4",
            "landscape": True,
            "widths": [20, 175, 120, 110, 70, 52, 68, 44, 70],
            "fill": "#D9E1F2",
            "section": "{k}. {K}",
            "status_fill": {"selesai": "#A9D08E", "proses": "#FFE699", "belum": "#F4B084"},
        },
        after_table=[
            "Keterangan warna status: hijau = selesai, kuning = dalam proses, "
            "merah = belum ditindaklanjuti."
        ],
    )


def doc1007() -> Doc:
    pj1 = "Sekcam"
    pj2 = "Kasi Pemerintahan"
    done = ("Sudah", "selesai")
    prog = ("Sedang berlangsung", "proses")
    bel = ("Belum", "belum")
    jul = ("Juli 2023", "Juli", 2023)
    tw3 = ("Triwulan III Tahun 2023", "Triwulan III", 2023)
    agu = ("Agustus 2023", "Agustus", 2023)
    url = "https://labuan.pandeglangkab.go.id/sakip/"
    findings = [
        Finding(
            "A",
            1,
            w.w1007(
                Score("A", 80, 66, 56),
                [
                    "sasaran Renstra Kecamatan masih berupa kegiatan pelayanan",
                    "Perjanjian Kinerja Kasi belum memuat target triwulan",
                ],
            ),
            [
                Rec(
                    "Agar sasaran Renstra Kecamatan dirumuskan sebagai hasil, misalnya "
                    "meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
                    "Merevisi rumusan sasaran Renstra Kecamatan",
                    "Renstra revisi",
                    jul,
                    pj1,
                    done,
                    (url + "renstra-revisi.pdf", url + "renstra-revisi.pdf", False),
                ),
                Rec(
                    "Agar Perjanjian Kinerja para Kasi memuat target triwulanan",
                    "Menyusun lampiran target triwulan pada PK Kasi",
                    "PK Kasi 2023",
                    jul,
                    pj1,
                    done,
                    None,
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1007(
                Score("B", 80, 70, 60),
                [
                    "data jumlah layanan PATEN belum direkap per bulan",
                    "survei kepuasan masyarakat belum dijadikan ukuran kinerja",
                ],
            ),
            [
                Rec(
                    "Agar jumlah layanan PATEN direkap setiap bulan sebagai data kinerja",
                    "Membuat rekap bulanan layanan PATEN",
                    "Rekap bulanan",
                    tw3,
                    pj2,
                    prog,
                    None,
                ),
                Rec(
                    "Agar hasil survei kepuasan masyarakat digunakan sebagai indikator kinerja "
                    "pelayanan",
                    "Menetapkan IKM sebagai indikator pada PK Camat",
                    "PK Camat",
                    agu,
                    pj1,
                    done,
                    (url + "pk-camat.pdf", url + "pk-camat.pdf", False),
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1007(
                Score("C", 70, 60, 60),
                [
                    "LKjIP belum membandingkan capaian dengan tahun sebelumnya",
                ],
            ),
            [
                Rec(
                    "Agar LKjIP Kecamatan membandingkan capaian tahun berjalan dengan dua tahun "
                    "sebelumnya",
                    "Menambahkan tabel perbandingan capaian tiga tahun pada LKjIP",
                    "LKjIP 2022 perbaikan",
                    agu,
                    pj1,
                    prog,
                    None,
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1007(
                Score("D", 80, 60, 60),
                [
                    "evaluasi internal atas kinerja seksi belum dilakukan",
                    "rekomendasi LHE tahun lalu belum dipantau",
                ],
            ),
            [
                Rec(
                    "Agar Camat melakukan evaluasi kinerja seluruh seksi setiap semester",
                    "Melaksanakan rapat evaluasi kinerja seksi",
                    "Notulen rapat",
                    tw3,
                    pj1,
                    bel,
                    None,
                ),
                Rec(
                    "Agar tindak lanjut rekomendasi LHE dipantau dalam matriks pemantauan",
                    "Menyusun matriks pemantauan tindak lanjut LHE",
                    "-",
                    tw3,
                    pj2,
                    prog,
                    None,
                ),
            ],
        ),
    ]
    person = Person("H. ENDANG SUHERMAN, S.Sos", "19780520", "200104", 1, 3)
    signer = Signer(
        [
            "Labuan, 20 Februari 2023",
            "CAMAT LABUAN",
            person.name,
            "Penata Tk. I, III/d",
            f"NIP. {person.spaced()}",
        ],
        "CAMAT LABUAN",
        person,
        "Penata Tk. I",
        "III/d",
        2,
    )
    return Doc(
        1007,
        "libreoffice-xlsx",
        "labuan",
        2022,
        "monitoring",
        "Kecamatan Labuan",
        "Pandeglang",
        "Banten",
        [
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT",
            "HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN LABUAN KABUPATEN PANDEGLANG",
        ],
        [("PJ Data SAKIP", "IIN INAYAH, S.AP"), ("Nomor HP", "0812-8765-43210")],
        "IIN INAYAH, S.AP",
        "+62812876543210",
        signer,
        findings,
        [
            ("no", "NO"),
            ("hasil", "URAIAN TEMUAN"),
            ("rek", "SARAN/ REKOMENDASI"),
            ("ra", "LANGKAH TINDAK LANJUT"),
            ("target", "OUTPUT"),
            ("waktu", "JADWAL"),
            ("pj", "PELAKSANA"),
            ("status", "HASIL TINDAK LANJUT"),
            ("link", "TAUTAN"),
        ],
        [
            "f4_landscape",
            "printed_gridlines_no_borders",
            "header_wording_temuan_saran_langkah",
            "hasil_scores_after_problems",
            "hp_13_digits",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "status_sudah_sedang_berlangsung",
            "target_dash",
            "url_in_cell",
            "empty_link_cells",
            "font_liberation_serif",
            "predikat_b",
        ],
        "landscape F4/Folio (8.5 x 13 in) spreadsheet fitted to the page width, 9-column "
        "monitoring table drawn only by the sheet's printed gridlines (no cell borders), "
        "bold header with light grey fill, Times New Roman 11 pt (Liberation Serif), new "
        "header wordings ('URAIAN TEMUAN', 'SARAN/ REKOMENDASI', 'LANGKAH TINDAK LANJUT', "
        "'OUTPUT', 'JADWAL', 'PELAKSANA', 'HASIL TINDAK LANJUT', 'TAUTAN'), NO and HASIL "
        "merged over the finding's rows",
        [
            "columns headed 'URAIAN TEMUAN' (HASIL EVALUASI), 'SARAN/ REKOMENDASI', 'LANGKAH "
            "TINDAK LANJUT' (RENCANA AKSI), 'OUTPUT' (TARGET), 'JADWAL' (WAKTU), 'PELAKSANA' "
            "(PENANGGUNG JAWAB), 'HASIL TINDAK LANJUT' (STATUS/PROGRES), 'TAUTAN' (LINK)",
            "the table has no drawn borders: the lines are Calc's printed gridlines",
            "HASIL: 'Permasalahan: (1) ...; (2) ....' first, the scores after ('Atas kondisi "
            "tersebut, komponen ... memperoleh nilai 19,14 atau 63,8%, ...'); the (1) (2) "
            "items are problems, not recommendations",
            "status 'Sudah' selesai, 'Sedang berlangsung' proses, 'Belum' belum; D2 TARGET "
            "'-' gives target_data null",
            "HP '0812-8765-43210' (a 13-digit mobile number): E.164 '+62812876543210'",
        ],
        look={
            "font": "Times New Roman",
            "size": 11,
            "paper": "f4",
            "landscape": True,
            "widths": [5, 34, 25, 22, 11, 11, 10, 11, 11],
            "repeat": True,
            "fill": "E7E6E6",
            "gridlines": True,
            "section": "{k}. {K}",
        },
    )


def doc1008() -> Doc:
    base = "https://kapanewonwonosari.gunungkidulkab.go.id/sakip/"
    pjt = "Jawatan Praja"
    pjs = "Panewu Anom"
    done = ("Terlaksana", "selesai")
    part = ("Sebagian terlaksana", "proses")
    bel = ("Belum terlaksana", "belum")
    jun = ("30/06/2025", "Juni", 2025)
    agu = ("15/08/2025", "Agustus", 2025)
    okt = ("31/10/2025", "Oktober", 2025)
    findings = [
        Finding(
            "A",
            1,
            w.w1008(
                Score("A", 85, 74, 70),
                "indikator kinerja Kapanewon belum selaras dengan indikator kinerja daerah pada "
                "RPJMD Kabupaten Gunungkidul.",
            ),
            [
                Rec(
                    "Agar indikator kinerja Kapanewon diselaraskan dengan indikator RPJMD "
                    "Kabupaten Gunungkidul",
                    "Menyusun matriks keselarasan indikator Kapanewon dengan RPJMD",
                    "Matriks keselarasan",
                    jun,
                    pjs,
                    done,
                    (base + "matriks-keselarasan.pdf", base + "matriks-keselarasan.pdf", False),
                    no=1,
                ),
                Rec(
                    "Agar pohon kinerja memuat kontribusi setiap jawatan",
                    "Menyempurnakan pohon kinerja sampai tingkat jawatan",
                    "Pohon kinerja",
                    jun,
                    pjs,
                    done,
                    None,
                    no=2,
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.w1008(
                Score("B", 80, 76, 70),
                "capaian kinerja kalurahan binaan belum dipantau secara berkala.",
            ),
            [
                Rec(
                    "Agar capaian kinerja pembinaan kalurahan dipantau setiap triwulan",
                    "Melaksanakan monitoring triwulanan ke kalurahan",
                    "Laporan monitoring",
                    agu,
                    pjt,
                    part,
                    None,
                    no=3,
                ),
                Rec(
                    "Agar data kinerja dihimpun dalam satu lembar kerja bersama",
                    "Membuat lembar kerja data kinerja bersama",
                    "Lembar kerja daring",
                    jun,
                    pjt,
                    done,
                    (base + "data-kinerja.xlsx", base + "data-kinerja.xlsx", False),
                    no=4,
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.w1008(Score("C", 90, 76, 70), "LKjIP belum menjelaskan kendala dan upaya perbaikan."),
            [
                Rec(
                    "Agar LKjIP Kapanewon menjelaskan kendala pencapaian kinerja dan langkah "
                    "perbaikannya",
                    "Melengkapi LKjIP dengan uraian kendala dan solusi",
                    "LKjIP 2024",
                    okt,
                    pjs,
                    part,
                    None,
                    no=5,
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.w1008(Score("D", 80, 72, 68), "evaluasi internal belum terdokumentasi."),
            [
                Rec(
                    "Agar hasil evaluasi internal didokumentasikan dalam laporan",
                    "Menyusun laporan evaluasi internal",
                    "Laporan evaluasi internal",
                    okt,
                    pjs,
                    bel,
                    None,
                    no=6,
                ),
                Rec(
                    "Agar rekomendasi evaluasi internal ditindaklanjuti oleh setiap jawatan",
                    "Menyusun daftar tindak lanjut per jawatan",
                    "Daftar tindak lanjut",
                    okt,
                    pjs,
                    part,
                    None,
                    no=7,
                ),
            ],
        ),
    ]
    person = Person("Drs. SUDARYANTO, M.Si.", "19690812", "199403", 1, 1)
    signer = Signer(
        [
            "Wonosari, 21 Januari 2025",
            "Panewu Wonosari,",
            person.name,
            "Pembina Tk. I (IV/b)",
            f"NIP. {person.spaced()}",
        ],
        "Panewu Wonosari",
        person,
        "Pembina Tk. I",
        "IV/b",
        2,
    )
    return Doc(
        1008,
        "libreoffice-docx",
        "kapanewonwonosari",
        2024,
        "monitoring",
        "Kapanewon Wonosari",
        "Gunungkidul",
        "DI Yogyakarta",
        [
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "KAPANEWON WONOSARI KABUPATEN GUNUNGKIDUL",
        ],
        [
            ("Nama Penanggung Jawab Data SAKIP", "RATNA WIDYASTUTI, S.IP"),
            ("Nomor HP Penanggung Jawab", "0878-3921-5566"),
        ],
        "RATNA WIDYASTUTI, S.IP",
        "+6287839215566",
        signer,
        findings,
        [
            ("no", "NO"),
            ("hasil", "HASIL EVALUASI"),
            ("rek", "REKOMENDASI"),
            ("ra", "RENCANA AKSI"),
            ("target", "TARGET"),
            ("waktu", "BATAS WAKTU"),
            ("pj", "PENANGGUNG JAWAB"),
            ("status", "STATUS"),
            ("link", "LINK BUKTI"),
        ],
        [
            "a4_landscape",
            "kapanewon_unit",
            "rec_numbers_running_on",
            "waktu_numeric_date",
            "status_terlaksana_wording",
            "header_double_rule",
            "no_header_fill",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "hp_dashes",
            "url_in_cell",
            "empty_link_cells",
            "jabatan_title_case",
            "row_split_across_pages",
            "header_repeated",
            "font_courier_new_whole_document",
            "hasil_kelemahan_line",
        ],
        "landscape A4, 9-column monitoring table, bordered, Courier New 9 pt (rendered with "
        "Liberation Mono) for the whole document, "
        "header without fill closed by a double rule, NO and HASIL merged over the finding's "
        "rows; recommendations numbered 1-7 running on over the components; BATAS WAKTU "
        "written as dates dd/mm/yyyy",
        [
            "unit 'Kapanewon Wonosari': in DI Yogyakarta (Bantul, Gunungkidul, Kulon Progo, "
            "Sleman) the kecamatan is called kapanewon and its head panewu; signer 'Panewu "
            "Wonosari,' (title case): jabatan 'Panewu Wonosari'",
            "recommendations numbered 1-7 running on over the components (B starts at 3): "
            "rekomendasi_no is the printed number, as finding_no follows the printed NO "
            "(holdout6's 603)",
            "waktu written as a date '30/06/2025': periode 'Juni' (a date -> its month, as "
            "holdout6's '30 Juni 2024'), tahun 2025",
            "status 'Terlaksana' selesai, 'Sebagian terlaksana' proses (Sebagian -> proses), "
            "'Belum terlaksana' belum",
            "penanggung jawab 'Panewu Anom' (the deputy head) and 'Jawatan Praja' (a section "
            "of the kapanewon) as written",
        ],
        numbering="{n}.",
        look={
            "font": "Courier New",
            "size": 9,
            "paper": "a4",
            "landscape": True,
            "widths": [10, 50, 38, 36, 27, 23, 24, 26, 33],
            "fill": None,
            "repeat": True,
            "section": "{k}. {K}",
            "double_rule": True,
        },
    )
