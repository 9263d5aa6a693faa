"""The eight documents of the fifth held-out set, typed by hand."""

from __future__ import annotations

from samples.generate.holdout5 import wording as w
from samples.generate.holdout5.model import (
    Doc,
    Finding,
    Link,
    Rec,
    Scores,
    Signature,
    Status,
    Waktu,
    nip,
)

MON = [
    "NO",
    "HASIL EVALUASI INSPEKTORAT",
    "REKOMENDASI INSPEKTORAT",
    "RENCANA AKSI TINDAK LANJUT",
    "TARGET DATA",
    "WAKTU PELAKSANAAN",
    "PENANGGUNG JAWAB",
    "STATUS/PROGRES PENYELESAIAN",
    "LINK GOOGLE DRIVE",
]
RA4 = MON[:4]
SELESAI, PROSES, BELUM = "selesai", "proses", "belum"


def wk(text: str, tahun: int | None, periode: str | None) -> Waktu:
    return Waktu(text, tahun, periode)


def st(text: str, label: str) -> Status:
    return Status(text, label)


def gd(code: str) -> Link:
    url = f"https://drive.google.com/drive/folders/{code}"
    return Link(url, url, annotated=False)


def title(*lines: str) -> list[str]:
    return list(lines)


# ------------------------------------------------- 501 docx, Kecamatan Bontonompo (Gowa)
def doc501() -> Doc:
    tw3 = wk("Triwulan III 2025", 2025, "Triwulan III")
    tw4 = wk("Triwulan IV 2025", 2025, "Triwulan IV")
    sm2 = wk("Semester II 2025", 2025, "Semester II")
    sekcam, kasubag = "Sekretaris Camat", "Kasubag Perencanaan dan Keuangan"
    done = st("Telah ditindaklanjuti", SELESAI)
    going = st("Masih dalam proses", PROSES)
    sa, sb, sc, sd = (
        Scores("A", 86, 72, 64),
        Scores("B", 80, 70, 60),
        Scores("C", 90, 74, 66),
        Scores("D", 90, 76, 70),
    )
    findings = [
        Finding(
            "A",
            w.uraian(
                sa,
                (
                    "dokumen Renstra, Renja dan Perjanjian Kinerja telah tersedia dan "
                    "ditetapkan tepat waktu;",
                    "indikator sasaran pada Renja Kecamatan belum seluruhnya memenuhi kriteria "
                    "SMART dan belum dilengkapi definisi operasional;",
                    "target kinerja pada Perjanjian Kinerja belum dijadikan dasar penyusunan "
                    "rencana kerja seksi.",
                ),
            ),
            sa,
            [
                Rec(
                    "Agar menyempurnakan rumusan indikator sasaran pada Renja Kecamatan "
                    "sehingga memenuhi kriteria SMART",
                    "Menyempurnakan rumusan indikator sasaran Renja Kecamatan Tahun 2026 "
                    "bersama Bapperida Kabupaten Gowa",
                    "Renja Perubahan",
                    tw3,
                    sekcam,
                    done,
                    gd("1Kq7BntmpRnj25xVa3LpZc8Ew0Ty6Ud4Hs"),
                ),
                Rec(
                    "Agar menyusun definisi operasional dan formula perhitungan setiap "
                    "indikator kinerja",
                    "Menyusun manual indikator kinerja yang memuat definisi operasional dan "
                    "formula perhitungan",
                    "Manual IKU",
                    tw4,
                    kasubag,
                    going,
                    None,
                ),
            ],
        ),
        Finding(
            "B",
            w.uraian(
                sb,
                (
                    "telah tersedia SOP pengumpulan data kinerja;",
                    "data capaian kinerja belum dikumpulkan secara berkala setiap triwulan "
                    "dan belum diverifikasi oleh atasan langsung;",
                    "hasil pengukuran belum digunakan sebagai dasar pemberian penghargaan "
                    "kepada pegawai.",
                ),
            ),
            sb,
            [
                Rec(
                    "Agar melakukan pengumpulan dan verifikasi data capaian kinerja setiap "
                    "triwulan secara berjenjang",
                    "Menyusun jadwal pengumpulan data kinerja triwulanan dan lembar "
                    "verifikasi oleh kepala seksi",
                    "Laporan capaian triwulan",
                    tw3,
                    kasubag,
                    done,
                    gd("1Lr8CoumqSok36yWb4MqAd9Fx1Uz7Ve5It"),
                ),
                Rec(
                    "Agar memanfaatkan hasil pengukuran kinerja sebagai dasar pemberian "
                    "penghargaan kepada pegawai",
                    "Menetapkan Keputusan Camat tentang kriteria pegawai berkinerja terbaik "
                    "setiap semester",
                    "Keputusan Camat",
                    sm2,
                    sekcam,
                    st("Belum dilaksanakan", BELUM),
                    None,
                ),
            ],
        ),
        Finding(
            "C",
            w.uraian(
                sc,
                (
                    "Laporan Kinerja telah disusun dan dipublikasikan tepat waktu;",
                    "LKjIP belum menyajikan analisis penyebab keberhasilan dan kegagalan "
                    "pencapaian target;",
                    "informasi dalam LKjIP belum dimanfaatkan untuk perbaikan perencanaan "
                    "tahun berikutnya.",
                ),
            ),
            sc,
            [
                Rec(
                    "Agar menambahkan analisis penyebab keberhasilan/kegagalan setiap "
                    "indikator kinerja beserta alternatif solusinya pada LKjIP",
                    "Menambahkan sub bab analisis capaian dan alternatif solusi pada LKjIP "
                    "Tahun 2025",
                    "LKjIP Tahun 2025",
                    tw4,
                    kasubag,
                    going,
                    None,
                ),
            ],
        ),
        Finding(
            "D",
            w.uraian(
                sd,
                (
                    "evaluasi internal telah dilaksanakan terhadap seluruh seksi;",
                    "kertas kerja evaluasi internal belum didokumentasikan secara lengkap;",
                    "rekomendasi hasil evaluasi internal belum seluruhnya ditindaklanjuti "
                    "oleh seksi terkait.",
                ),
            ),
            sd,
            [
                Rec(
                    "Agar mendokumentasikan kertas kerja evaluasi internal secara lengkap "
                    "dan tertib",
                    "Menyimpan kertas kerja evaluasi internal dalam folder bersama per seksi",
                    "Kertas kerja evaluasi",
                    tw3,
                    sekcam,
                    done,
                    gd("1Ms9DpvnrTpl47zXc5NrBe0Gy2Va8Wf6Ju"),
                ),
                Rec(
                    "Agar memantau tindak lanjut rekomendasi evaluasi internal pada setiap seksi",
                    "Menyusun matriks pemantauan tindak lanjut rekomendasi evaluasi internal "
                    "per seksi",
                    "Matriks pemantauan",
                    tw4,
                    sekcam,
                    going,
                    None,
                ),
            ],
        ),
    ]
    t = title(
        "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
        "KECAMATAN BONTONOMPO",
        "DI LINGKUNGAN PEMERINTAH KABUPATEN GOWA",
    )
    return Doc(
        name="501_docx_bontonompo_2024",
        producer="libreoffice-docx",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Kecamatan Bontonompo",
        kabupaten="Gowa",
        tahun=2024,
        title_lines=[t, t],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "MUH. ASRUL SYAHRIR, S.IP"),
            ("Nomor HP Penanggungjawab Data SAKIP", "0813-4255-7781"),
        ],
        pj_nama="MUH. ASRUL SYAHRIR, S.IP",
        hp_e164="+6281342557781",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Bontonompo, 12 Maret 2025"],
            jabatan_lines=["CAMAT BONTONOMPO"],
            nama="ANDI MUHAMMAD FADLI, S.STP., M.Si",
            pangkat_line="Pembina (IV/a)",
            pangkat="Pembina",
            golongan="IV/a",
            nip=nip("19850716", "200712", 1, 2),
            nip_line="NIP. 19850716 200712 1 002",
        ),
        rek_num="{n})",
        ra_num="{n})",
        section_label={
            "A": "A. Perencanaan Kinerja",
            "B": "B. Pengukuran Kinerja",
            "C": "C. Pelaporan Kinerja",
            "D": "D. Evaluasi Akuntabilitas Kinerja Internal",
        },
        features=[
            "a4_landscape",
            "font_liberation_sans_narrow",
            "hasil_lettered_sub_components",
            "header_repeated",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "numbering_paren",
            "status_new_wording",
            "two_tables",
            "url_in_cell",
            "empty_link_cells",
            "waktu_triwulan_no_tahun_word",
        ],
        layout_text=(
            "landscape A4, TWO tables like the seed: the 4-column rencana aksi table, then on a "
            "new page the same findings as a 9-column monitoring table, each with its own title, "
            "PJ block and signature; bordered, Arial Narrow 8 pt (rendered with Liberation Sans "
            "Narrow), header row repeated, recommendations and action plans numbered '1)'"
        ),
        notes=[
            "two tables: table_layout is monitoring and each recommendation's page is where it "
            "starts in the monitoring table (as samples/expected/001); both tables print the "
            "same HASIL, REKOMENDASI and RENCANA AKSI texts",
            "HASIL seed-like: 'memperoleh nilai 21,24 atau 70,8% dengan uraian:' then one "
            "lettered line 'a. Keberadaan memperoleh nilai ... atau ...%, ...' per sub-component",
            "waktu 'Triwulan III 2025' (no word 'Tahun'): periode 'Triwulan III', tahun 2025",
            "status 'Telah ditindaklanjuti' selesai, 'Masih dalam proses' proses, 'Belum "
            "dilaksanakan' belum",
            "LINK cells: Google Drive URLs written out (no annotation) or empty (null)",
        ],
    )


# ------------------------------------------ 502 xlsx, Dinas Ketahanan Pangan (Lombok Timur)
def doc502() -> Doc:
    def br(s: Scores, note: str) -> str:
        return w.baris(s, note) + "\n" + w.kriteria(s.kode, "todo")

    agdes = wk("Agustus s.d. Desember 2024", 2024, "Agustus - Desember")
    tw4 = wk("Triwulan IV Tahun 2024", 2024, "Triwulan IV")
    sep = wk("September 2024", 2024, "September")
    kasubag, sekdis = "Kepala Sub Bagian Perencanaan", "Sekretaris Dinas"
    done = st("Sudah selesai", SELESAI)
    sa, sb, sc, sd = (
        Scores("A", 80, 66, 56),
        Scores("B", 76, 62, 54),
        Scores("C", 84, 66, 58),
        Scores("D", 80, 64, 58),
    )
    findings = [
        Finding(
            "A",
            br(
                sa,
                "Renstra belum memuat indikator ketersediaan dan akses pangan yang terukur, "
                "dan keterkaitan antara sasaran strategis dengan program dan kegiatan belum "
                "digambarkan dalam pohon kinerja.",
            ),
            sa,
            [
                Rec(
                    "Agar menyusun pohon kinerja yang menggambarkan keterkaitan sasaran "
                    "strategis Dinas dengan program dan kegiatan",
                    "Menyusun pohon kinerja Dinas sampai level kegiatan dan sub kegiatan",
                    "Dokumen pohon kinerja",
                    agdes,
                    kasubag,
                    done,
                    gd("1Pt2LtmDkpNgn58aZe6QsCh1Hz3Xb9Yg7Kv"),
                ),
                Rec(
                    "Agar mereviu Renstra dengan menambahkan indikator ketersediaan dan akses "
                    "pangan yang terukur",
                    "Mengusulkan reviu Renstra Tahun 2021-2026 untuk penambahan indikator Skor "
                    "PPH dan prevalensi ketidakcukupan konsumsi pangan",
                    "Renstra hasil reviu",
                    tw4,
                    sekdis,
                    st("Proses (60%)", PROSES),
                    gd("1Qu3MunElqOho69bAf7RtDi2Ia4Yc0Zh8Lw"),
                ),
            ],
        ),
        Finding(
            "B",
            br(
                sb,
                "Data capaian kinerja dari UPT dan penyuluh belum dikumpulkan dengan mekanisme "
                "yang baku, dan pengukuran kinerja belum dilakukan secara berkala.",
            ),
            sb,
            [
                Rec(
                    "Agar menetapkan mekanisme pengumpulan data kinerja dari UPT dan penyuluh "
                    "pertanian secara berjenjang",
                    "Menerbitkan SOP pengumpulan data kinerja dari UPT Balai Benih dan penyuluh",
                    "SOP pengumpulan data",
                    sep,
                    kasubag,
                    done,
                    gd("1Rv4NvoFmrPip70cBg8SuEj3Jb5Zd1Ai9Mx"),
                ),
                Rec(
                    "Agar melakukan pengukuran kinerja secara berkala dengan memanfaatkan "
                    "aplikasi e-Monev daerah",
                    "Menginput capaian kinerja bulanan pada aplikasi e-Monev Kabupaten Lombok "
                    "Timur",
                    "Rekap e-Monev",
                    agdes,
                    "Kepala Bidang Konsumsi dan Keamanan Pangan",
                    st("Proses (40%)", PROSES),
                    gd("1Sw5OwpGnsQjq81dCh9TvFk4Kc6Ae2Bj0Ny"),
                ),
            ],
        ),
        Finding(
            "C",
            br(
                sc,
                "LKjIP belum membandingkan capaian kinerja dengan capaian provinsi dan nasional.",
            ),
            sc,
            [
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian kinerja dengan capaian Provinsi "
                    "Nusa Tenggara Barat dan nasional",
                    "Menambahkan tabel perbandingan capaian Skor PPH dengan capaian provinsi "
                    "dan nasional pada LKjIP",
                    "LKjIP Tahun 2024",
                    tw4,
                    kasubag,
                    st("Belum ditindaklanjuti karena menunggu rilis data provinsi", BELUM),
                    None,
                ),
            ],
        ),
        Finding(
            "D",
            br(
                sd,
                "Evaluasi internal belum dilaksanakan secara berkala pada seluruh bidang.",
            ),
            sd,
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas capaian kinerja bidang paling "
                    "sedikit setiap semester",
                    "Membentuk tim evaluasi internal dan melaksanakan evaluasi semesteran pada "
                    "tiga bidang",
                    "Laporan evaluasi internal",
                    agdes,
                    sekdis,
                    done,
                    gd("1Tx6PxqHotRkr92eDi0UwGl5Ld7Bf3Ck1Oz"),
                ),
            ],
        ),
    ]
    return Doc(
        name="502_xlsx_dkplotim_2023",
        producer="libreoffice-xlsx",
        tables=["monitoring"],
        unit_kerja="Dinas Ketahanan Pangan",
        kabupaten="Lombok Timur",
        tahun=2023,
        title_lines=[
            title(
                "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "DINAS KETAHANAN PANGAN",
                "KABUPATEN LOMBOK TIMUR",
            )
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "BAIQ NURUL HIDAYATI, S.E."),
            ("Nomor HP", "0819.1733.4502"),
        ],
        pj_nama="BAIQ NURUL HIDAYATI, S.E.",
        hp_e164="+6281917334502",
        headers={
            "monitoring": [
                "NO",
                "HASIL EVALUASI",
                "REKOMENDASI",
                "RENCANA AKSI",
                "TARGET DATA",
                "WAKTU PELAKSANAAN",
                "PENANGGUNG JAWAB",
                "STATUS / PROGRES",
                "LINK DATA DUKUNG",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Selong, 22 Juli 2024"],
            jabatan_lines=["Plt. KEPALA DINAS KETAHANAN PANGAN", "KABUPATEN LOMBOK TIMUR,"],
            nama="LALU MUHAMMAD ZAINI, S.P., M.M.",
            pangkat_line="Pembina Tk. I / IV.b",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=nip("19760504", "200212", 1, 3),
            nip_line="NIP 197605042002121003",
        ),
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        features=[
            "f4_portrait",
            "font_liberation_sans_narrow",
            "hasil_score_lines",
            "header_repeated",
            "hp_dots",
            "merged_hasil_evaluasi",
            "narrow_columns_heavy_wrapping",
            "nip_no_spaces",
            "plt_signer",
            "two_line_jabatan",
            "url_in_cell",
            "empty_link_cells",
            "waktu_range_sd",
            "golongan_dot",
        ],
        layout_text=(
            "portrait F4/Folio (8.5 x 13 in) spreadsheet, 9-column monitoring table squeezed "
            "into the page width (very narrow columns, heavy wrapping; long URLs wrapped over "
            "many lines), black grid, pale orange header fill repeated on every page (print "
            "titles), Arial Narrow 8.5 pt (Liberation Sans Narrow) printed fit to page width"
        ),
        notes=[
            "HASIL as lines 'Nilai komponen Perencanaan Kinerja: 19,14 (63,8%)' / "
            "'- Keberadaan: 4,80 (80%)' / ... / 'Permasalahan: ...'; hasil_evaluasi joins the "
            "lines with single spaces, the '-' marks kept",
            "waktu 'Agustus s.d. Desember 2024': periode 'Agustus - Desember' (a range stays "
            "a range, in the contract's canonical form)",
            "status 'Sudah selesai' selesai, 'Proses (60%)' proses, 'Belum ditindaklanjuti "
            "karena ...' belum",
            "signer 'Plt. KEPALA DINAS KETAHANAN PANGAN / KABUPATEN LOMBOK TIMUR,': jabatan "
            "joins both lines, keeps 'Plt.', drops the trailing comma; pangkat line "
            "'Pembina Tk. I / IV.b' gives golongan 'IV/b'",
            "NIP printed without spaces 'NIP 197605042002121003'; HP printed with dots",
        ],
    )


# ----------------------------------------- 503 reportlab, Kecamatan Lubuk Basung (Agam)
def doc503() -> Doc:
    def nm(s: Scores, note: str) -> str:
        return w.nilai_maksimal(s, f"{note} {w.kriteria(s.kode)}")

    sa, sb, sc, sd = (
        Scores("A", 88, 76, 70),
        Scores("B", 84, 72, 66),
        Scores("C", 92, 78, 70),
        Scores("D", 88, 74, 68),
    )
    findings = [
        Finding(
            "A",
            nm(
                sa,
                "Renstra Kecamatan Tahun 2021-2026, Renja Tahun 2025 dan Perjanjian Kinerja "
                "Camat telah tersedia dan dipublikasikan pada laman resmi Pemerintah Kabupaten "
                "Agam. Namun demikian, sasaran pada Perjanjian Kinerja Sekretaris Kecamatan dan "
                "Kepala Seksi belum menunjukkan hubungan sebab-akibat dengan sasaran Camat, "
                "target triwulanan belum ditetapkan, dan rencana aksi pencapaian kinerja belum "
                "memuat langkah-langkah yang terukur setiap bulan.",
            ),
            sa,
            [
                Rec(
                    "Agar menyusun Perjanjian Kinerja berjenjang yang menunjukkan keterkaitan "
                    "sasaran Camat, Sekretaris Kecamatan dan Kepala Seksi",
                    "Menyusun ulang Perjanjian Kinerja Sekretaris Kecamatan dan Kepala Seksi "
                    "dengan mengacu pada pohon kinerja Kecamatan",
                ),
                Rec(
                    "Agar menetapkan target kinerja triwulanan untuk setiap indikator pada "
                    "Perjanjian Kinerja",
                    "Menetapkan target triwulanan dalam rencana aksi Perjanjian Kinerja Tahun 2026",
                ),
                Rec(
                    "Agar menyusun rencana aksi pencapaian kinerja yang memuat langkah bulanan "
                    "yang terukur",
                    "Menyusun rencana aksi bulanan beserta jadwal dan penanggung jawabnya",
                ),
            ],
        ),
        Finding(
            "B",
            nm(
                sb,
                "Pengukuran kinerja telah dilakukan setiap triwulan melalui aplikasi e-SAKIP "
                "Kabupaten Agam, akan tetapi hasil pengukuran belum dibahas dalam forum "
                "pimpinan dan belum digunakan untuk menyesuaikan pelaksanaan kegiatan pada "
                "tahun berjalan. Data dukung capaian indikator jumlah layanan administrasi "
                "kependudukan yang difasilitasi belum diarsipkan secara tertib.",
            ),
            sb,
            [
                Rec(
                    "Agar melaksanakan pengukuran kinerja secara berkala setiap bulan dan "
                    "menuangkannya dalam berita acara",
                    "Melaksanakan rapat evaluasi capaian kinerja bulanan yang dituangkan dalam "
                    "notulen dan berita acara",
                ),
                Rec(
                    "Agar menggunakan hasil pengukuran kinerja sebagai dasar penyesuaian "
                    "kegiatan pada tahun berjalan",
                    "Melakukan penyesuaian jadwal kegiatan berdasarkan hasil pengukuran capaian "
                    "triwulan",
                ),
            ],
        ),
        Finding(
            "C",
            nm(
                sc,
                "LKjIP Tahun 2024 telah disusun dan disampaikan tepat waktu, tetapi belum "
                "memuat analisis efisiensi penggunaan sumber daya dan belum membandingkan "
                "capaian kinerja dengan kecamatan lain yang sejenis.",
            ),
            sc,
            [
                Rec(
                    "Agar LKjIP memuat analisis efisiensi penggunaan sumber daya dan "
                    "perbandingan capaian dengan kecamatan lain di Kabupaten Agam",
                    "Menambahkan analisis efisiensi anggaran dan perbandingan capaian dengan "
                    "kecamatan lain pada LKjIP Tahun 2025",
                ),
            ],
        ),
        Finding(
            "D",
            nm(
                sd,
                "Evaluasi internal baru dilaksanakan pada tingkat Kecamatan dan belum menilai "
                "pelaksanaan rencana aksi pada setiap seksi; sebagian rekomendasi LHE SAKIP "
                "tahun sebelumnya belum ditindaklanjuti.",
            ),
            sd,
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas pelaksanaan rencana aksi pada "
                    "setiap seksi",
                    "Melaksanakan evaluasi internal semesteran atas rencana aksi seksi dan "
                    "melaporkannya kepada Camat",
                ),
                Rec(
                    "Agar menindaklanjuti seluruh rekomendasi LHE SAKIP tahun sebelumnya",
                    "Menyusun matriks tindak lanjut rekomendasi LHE SAKIP Tahun 2024 dan "
                    "memantau penyelesaiannya",
                ),
            ],
        ),
    ]
    return Doc(
        name="503_reportlab_lubukbasung_2025",
        producer="reportlab",
        tables=["rencana_aksi"],
        unit_kerja="Kecamatan Lubuk Basung",
        kabupaten="Agam",
        tahun=2025,
        title_lines=[
            title(
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI",
                "SAKIP TAHUN 2025 KECAMATAN LUBUK BASUNG",
                "PEMERINTAH KABUPATEN AGAM",
            )
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP", "FERDIANSYAH PUTRA, S.Kom"),
            ("No. HP Penanggung Jawab Data SAKIP", "+62 812-6677-3015"),
        ],
        pj_nama="FERDIANSYAH PUTRA, S.Kom",
        hp_e164="+6281266773015",
        headers={
            "rencana_aksi": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Lubuk Basung, 3 Maret 2026", "a.n. CAMAT LUBUK BASUNG"],
            jabatan_lines=["SEKRETARIS KECAMATAN,"],
            nama="RINA MARLINA, S.Sos., M.Si",
            pangkat_line="Penata Tingkat I, III/d",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=nip("19830219", "200801", 2, 5),
            nip_line="NIP. 19830219 200801 2 005",
            female=True,
        ),
        rek_num="({n})",
        ra_num="({n})",
        section_label={
            "A": "A. Perencanaan Kinerja",
            "B": "B. Pengukuran Kinerja",
            "C": "C. Pelaporan Kinerja",
            "D": "D. Evaluasi Akuntabilitas Kinerja Internal",
        },
        features=[
            "an_camat_signature",
            "female_signer",
            "hasil_nilai_maksimal",
            "hp_plus62_dashes",
            "legal_portrait",
            "merged_hasil_evaluasi",
            "narrow_columns_heavy_wrapping",
            "nip_spaces",
            "no_header_repeat",
            "numbering_parens_both",
            "pangkat_tingkat_spelled_out",
            "row_split_across_pages",
            "title_split_unusually",
        ],
        layout_text=(
            "portrait Legal (8.5 x 14 in), 4-column rencana aksi table with a full black grid, "
            "DejaVu Serif Condensed 10 pt (embedded TTF), narrow REKOMENDASI/RENCANA AKSI "
            "columns, header on the first page only, the C row split across the page break, "
            "items numbered '(1)' '(2)' in both columns"
        ),
        notes=[
            "recommendations and action plans numbered '(1)': the number is removed",
            "HASIL wording 'Hasil penilaian komponen ... sebesar 22,62 dari nilai maksimal 30 "
            "(75,4%), dengan rincian Keberadaan 5,28 (88%), ...': 'nilai maksimal 30' is the "
            "bobot",
            "signature 'a.n. CAMAT LUBUK BASUNG / SEKRETARIS KECAMATAN,': penandatangan_jabatan "
            "is 'SEKRETARIS KECAMATAN' (the a.n. line is not part of it); female signer (NIP sex "
            "digit 2)",
            "pangkat printed 'Penata Tingkat I, III/d': pangkat 'Penata Tk. I' (canonical), "
            "golongan 'III/d'",
            "title lines split as 'RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI' / 'SAKIP "
            "TAHUN 2025 KECAMATAN LUBUK BASUNG' / 'PEMERINTAH KABUPATEN AGAM'",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# --------------------------------- 504 docx, Dinas Koperasi dan Usaha Mikro (Banyumas)
def doc504() -> Doc:
    def cp(s: Scores, note: str) -> str:
        return w.capaian(s, f"{note} {w.kriteria(s.kode, 'todo')}")

    mar = wk("Maret 2024", 2024, "Maret")
    julsep = wk("Juli - September 2024", 2024, "Juli - September")
    kasubag, sekdis = "Kasubag Perencanaan, Evaluasi dan Pelaporan", "Sekretaris Dinas"
    sa, sb, sc, sd = (
        Scores("A", 78, 64, 58),
        Scores("B", 82, 68, 60),
        Scores("C", 80, 62, 56),
        Scores("D", 82, 66, 60),
    )
    findings = [
        Finding(
            "A",
            cp(
                sa,
                "Tujuan dan sasaran Renstra masih dirumuskan sebagai keluaran kegiatan, "
                "misalnya 'terlaksananya pelatihan bagi pelaku usaha mikro', sehingga belum "
                "menggambarkan kondisi yang ingin dicapai. Indikator kinerja individu pejabat "
                "struktural belum selaras dengan indikator kinerja Dinas.",
            ),
            sa,
            [
                Rec(
                    "Agar merumuskan tujuan dan sasaran Renstra yang berorientasi hasil "
                    "(outcome), bukan keluaran kegiatan",
                    "Mereviu rumusan tujuan dan sasaran Renstra bersama Bappedalitbang "
                    "Kabupaten Banyumas",
                    "Naskah reviu Renstra",
                    mar,
                    kasubag,
                    st("Sudah ditindaklanjuti dengan penetapan SK Kepala Dinas", SELESAI),
                    gd("1Vz8RzsJqvTmt14gFk2WyIn7Nf9Dh5Em3Qb"),
                ),
                Rec(
                    "Agar menyelaraskan indikator kinerja individu pejabat struktural dengan "
                    "indikator kinerja Dinas",
                    "Menyusun matriks penyelarasan indikator kinerja individu dengan IKU Dinas",
                    "-",
                    julsep,
                    sekdis,
                    st("Dalam proses penyusunan draf", PROSES),
                    None,
                ),
            ],
        ),
        Finding(
            "B",
            cp(
                sb,
                "Sumber data indikator jumlah usaha mikro yang naik kelas belum jelas dan "
                "basis data pelaku usaha mikro belum dimutakhirkan sejak tahun 2021. Laporan "
                "pengukuran kinerja bulanan belum disusun.",
            ),
            sb,
            [
                Rec(
                    "Agar membangun basis data pelaku usaha mikro yang dimutakhirkan setiap "
                    "triwulan sebagai sumber data kinerja",
                    "Memutakhirkan basis data usaha mikro per kecamatan setiap triwulan",
                    "Basis data usaha mikro",
                    wk("Triwulan II 2024", 2024, "Triwulan II"),
                    "Kepala Bidang Usaha Mikro",
                    None,
                    gd("1Wa9SatKrwUnu25hGl3XzJo8Og0Ei6Fn4Rc"),
                ),
                Rec(
                    "Agar menyusun laporan pengukuran kinerja bulanan yang ditandatangani "
                    "Kepala Dinas",
                    "Menyusun laporan capaian kinerja bulanan dan melaporkannya dalam rapat "
                    "pimpinan",
                    "Laporan bulanan",
                    wk("Desember 2024", 2024, "Desember"),
                    kasubag,
                    st("Belum", BELUM),
                    None,
                ),
            ],
        ),
        Finding(
            "C",
            cp(
                sc,
                "LKjIP Tahun 2022 baru dipublikasikan pada bulan Mei 2023.",
            ),
            sc,
            [
                Rec(
                    "Agar mempublikasikan LKjIP pada laman resmi Dinas paling lambat akhir "
                    "bulan Februari",
                    "Mengunggah LKjIP Tahun 2023 pada laman resmi Dinas",
                    "Tangkapan layar laman Dinas",
                    mar,
                    kasubag,
                    st("Sudah ditindaklanjuti", SELESAI),
                    gd("1Xb0TbuLsxVov36iHm4YaKp9Ph1Fj7Go5Sd"),
                ),
            ],
        ),
        Finding(
            "D",
            cp(
                sd,
                "Evaluasi internal belum menggunakan lembar kerja evaluasi sesuai PermenPANRB "
                "Nomor 88 Tahun 2021.",
            ),
            sd,
            [
                Rec(
                    "Agar melaksanakan evaluasi internal atas implementasi SAKIP pada seluruh "
                    "bidang dengan menggunakan lembar kerja evaluasi",
                    "Melaksanakan evaluasi internal SAKIP pada empat bidang menggunakan LKE "
                    "PermenPANRB Nomor 88 Tahun 2021",
                    "Laporan hasil evaluasi internal",
                    julsep,
                    sekdis,
                    st("Dalam proses", PROSES),
                    gd("1Yc1UcvMtyWpw47jIn5ZbLq0Qi2Gk8Hp6Te"),
                ),
            ],
        ),
    ]
    return Doc(
        name="504_docx_dinkopbanyumas_2023",
        producer="libreoffice-docx",
        tables=["monitoring"],
        unit_kerja="Dinas Koperasi dan Usaha Mikro",
        kabupaten="Banyumas",
        tahun=2023,
        title_lines=[
            title(
                "PEMERINTAH KABUPATEN BANYUMAS",
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "DINAS KOPERASI DAN USAHA MIKRO",
            )
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP", "AGUS PRASETYO NUGROHO, S.E."),
            ("Nomor HP Penanggung Jawab", "+62-812-2661-0934"),
        ],
        pj_nama="AGUS PRASETYO NUGROHO, S.E.",
        hp_e164="+6281226610934",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Purwokerto, 8 Januari 2024"],
            jabatan_lines=["KEPALA DINAS KOPERASI DAN USAHA MIKRO", "KABUPATEN BANYUMAS"],
            nama="Ir. SITI MUNAWAROH, M.M.",
            pangkat_line="Pembina Utama Muda, IV/c",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=nip("19700823", "199703", 2, 4),
            nip_line="NIP. 19700823 199703 2 004",
            female=True,
        ),
        section_label={
            "A": "A Perencanaan Kinerja",
            "B": "B Pengukuran Kinerja",
            "C": "C Pelaporan Kinerja",
            "D": "D Evaluasi Akuntabilitas Kinerja Internal",
        },
        features=[
            "a4_landscape",
            "empty_link_cells",
            "empty_status_cell",
            "female_signer",
            "font_dejavu_sans",
            "hasil_capaian_sub_komponen",
            "hp_plus62_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "row_split_across_pages",
            "target_dash",
            "title_pemerintah_first",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_range",
        ],
        layout_text=(
            "landscape A4, 9-column monitoring table, bordered, Tahoma 8 pt (rendered with "
            "DejaVu Sans), header on the first page only, rows split across pages, "
            "title starting 'PEMERINTAH KABUPATEN BANYUMAS'"
        ),
        notes=[
            "HASIL wording 'Komponen ... memperoleh capaian 63,8% dengan nilai 19,14. Sub "
            "komponen keberadaan bernilai 4,68 (capaian 78%), ...'",
            "A2 TARGET '-' gives target_data null; B1 has an empty STATUS cell: status_progres "
            "and status null",
            "waktu 'Juli - September 2024' keeps the range as its periode",
            "status 'Sudah ditindaklanjuti dengan ...' selesai, 'Dalam proses ...' proses, "
            "'Belum' belum",
            "female signer (NIP sex digit 2), jabatan on two lines without trailing comma",
        ],
    )


# -------------------------------------------- 505 xlsx, Kecamatan Moyo Hilir (Sumbawa)
def doc505() -> Doc:
    sa, sb, sc, sd = (
        Scores("A", 60, 40, 30),
        Scores("B", 50, 40, 24),
        Scores("C", 60, 44, 30),
        Scores("D", 60, 40, 30, stated_pemanfaatan=False),
    )
    findings = [
        Finding(
            "A",
            w.nilai_maksimal(
                sa,
                "Kecamatan belum memiliki Renstra yang memuat indikator tujuan dan sasaran, "
                "dan Perjanjian Kinerja Tahun 2022 baru ditetapkan pada bulan April.",
            ),
            sa,
            [
                Rec(
                    "Agar menyusun Rencana Strategis Kecamatan yang memuat tujuan, sasaran dan "
                    "indikator kinerja yang terukur",
                    "Menyusun Renstra Kecamatan Moyo Hilir Tahun 2021-2026 yang memuat "
                    "indikator tujuan dan sasaran",
                ),
                Rec(
                    "Agar menetapkan Perjanjian Kinerja Camat dan Sekretaris Camat paling "
                    "lambat akhir bulan Januari",
                    "Menetapkan Perjanjian Kinerja Tahun 2023 pada bulan Januari 2023",
                ),
            ],
        ),
        Finding(
            "B",
            w.nilai_maksimal(
                sb,
                "Kecamatan belum menetapkan Indikator Kinerja Utama dan data capaian kinerja "
                "dari desa tidak dikumpulkan secara berkala.",
            ),
            sb,
            [
                Rec(
                    "Agar menyusun Indikator Kinerja Utama (IKU) Kecamatan dan menetapkannya "
                    "dengan Keputusan Camat",
                    "Menyusun dan menetapkan IKU Kecamatan dengan Keputusan Camat",
                ),
                Rec(
                    "Agar mengumpulkan data capaian kinerja dari seluruh desa secara berkala",
                    "Meminta laporan capaian kinerja triwulanan dari 10 desa di wilayah Kecamatan",
                ),
            ],
        ),
        Finding(
            "C",
            w.nilai_maksimal(
                sc,
                "LKjIP Tahun 2022 disampaikan terlambat dan belum mengikuti format yang "
                "ditetapkan.",
            ),
            sc,
            [
                Rec(
                    "Agar menyusun LKjIP sesuai format PermenPANRB Nomor 53 Tahun 2014 dan "
                    "menyampaikannya tepat waktu",
                    "Menyusun LKjIP Tahun 2022 sesuai format yang berlaku dan menyampaikannya "
                    "kepada Bupati melalui Bagian Organisasi",
                ),
            ],
        ),
        Finding(
            "D",
            w.nilai_maksimal(
                sd,
                "Evaluasi internal belum pernah dilaksanakan; pemanfaatan hasil evaluasi "
                "internal belum dapat dinilai.",
            ),
            sd,
            [
                Rec(
                    "Agar membentuk tim evaluasi internal dan melaksanakan evaluasi atas "
                    "capaian kinerja seksi",
                    "Membentuk tim evaluasi internal dengan Keputusan Camat dan melaksanakan "
                    "evaluasi setiap semester",
                ),
            ],
        ),
    ]
    return Doc(
        name="505_xlsx_moyohilir_2022",
        producer="libreoffice-xlsx",
        tables=["rencana_aksi"],
        unit_kerja="Kecamatan Moyo Hilir",
        kabupaten="Sumbawa",
        tahun=2022,
        title_lines=[
            title(
                "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
                "KECAMATAN MOYO HILIR KABUPATEN SUMBAWA",
            )
        ],
        pj_rows=[
            ("Nama PJ Data SAKIP", "IRWAN SAPUTRA, A.Md"),
            ("No. HP/WA", "0823 4011 7788"),
        ],
        pj_nama="IRWAN SAPUTRA, A.Md",
        hp_e164="+6282340117788",
        headers={
            "rencana_aksi": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Moyo Hilir, 14 Desember 2022"],
            jabatan_lines=["CAMAT MOYO HILIR,"],
            nama="SYAMSUL HADI, S.Sos",
            pangkat_line="PENATA TK. I (III/d)",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=nip("19800611", "200501", 1, 12),
            nip_line="NIP : 19800611 200501 1 012",
        ),
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        features=[
            "a4_portrait",
            "font_liberation_serif",
            "hasil_cut_before_pemanfaatan",
            "hasil_nilai_maksimal",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pangkat_capitals",
            "predikat_c",
            "single_page",
        ],
        layout_text=(
            "portrait A4 spreadsheet, 4-column rencana aksi table, black grid, grey header "
            "fill, Times New Roman 9 pt (Liberation Serif), one row per recommendation with the "
            "HASIL merged over the finding's rows, title on two lines"
        ),
        notes=[
            "low scores: total 37,68, predikat C",
            "D states nilai and persen, Keberadaan and Kualitas only: pemanfaatan_nilai / "
            "_persen null",
            "pangkat printed in capitals 'PENATA TK. I (III/d)': pangkat 'Penata Tk. I'",
            "kabupaten on the unit line 'KECAMATAN MOYO HILIR KABUPATEN SUMBAWA'",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ----------------------------- 506 reportlab, Dinas Pariwisata, Pemuda dan Olahraga Bukittinggi
def doc506() -> Doc:
    def cp(s: Scores, note: str) -> str:
        return w.capaian(s, f"{note} {w.kriteria(s.kode)}")

    tw3 = wk("Triwulan III 2025", 2025, "Triwulan III")
    mei = wk("Mei 2025", 2025, "Mei")
    sm2 = wk("Semester II 2025", 2025, "Semester II")
    kasubag, sekdis = "Kasubag Program dan Keuangan", "Sekretaris Dinas"

    def lbl(code: str, text: str) -> Link:
        return Link(f"https://drive.google.com/file/d/{code}/view?usp=sharing", text, True)

    survey_url = "https://drive.google.com/drive/folders/1Zd2VdwNuzXqx58kJo6AcMr1Rj3Hl9Iq7Uf"
    sa, sb, sc, sd = (
        Scores("A", 96, 86, 78),
        Scores("B", 94, 84, 76),
        Scores("C", 96, 88, 80),
        Scores("D", 92, 84, 78),
    )
    findings = [
        Finding(
            "A",
            cp(
                sa,
                "Perjanjian Kinerja Kepala Dinas belum memuat indikator kunjungan wisatawan "
                "mancanegara, padahal indikator tersebut tercantum dalam RPJMD Kota "
                "Bukittinggi. Program kepemudaan belum dipetakan keterkaitannya dengan "
                "perangkat daerah lain.",
            ),
            sa,
            [
                Rec(
                    "Agar menambahkan indikator kinerja kunjungan wisatawan mancanegara pada "
                    "Perjanjian Kinerja Kepala Dinas",
                    "Menambahkan indikator jumlah kunjungan wisatawan mancanegara pada PK "
                    "Perubahan Tahun 2025",
                    "PK Perubahan 2025",
                    mei,
                    kasubag,
                    st("Selesai", SELESAI),
                    lbl("1Ae3WexOvaYry69lKp7BdNs2Sk4Im0Jr8Vg", "PK Perubahan 2025"),
                ),
                Rec(
                    "Agar menyusun crosscutting program kepemudaan dengan perangkat daerah terkait",
                    "Menyusun matriks crosscutting program kepemudaan bersama Dinas Pendidikan "
                    "dan Bappeda",
                    "Matriks crosscutting",
                    tw3,
                    "Kepala Bidang Kepemudaan dan Olahraga",
                    st("Sebagian ditindaklanjuti", PROSES),
                    None,
                ),
            ],
        ),
        Finding(
            "B",
            cp(
                sb,
                "Indikator tingkat kepuasan wisatawan belum didukung data survei yang "
                "dilaksanakan secara berkala.",
            ),
            sb,
            [
                Rec(
                    "Agar mengukur kepuasan wisatawan secara berkala sebagai data dukung "
                    "capaian indikator",
                    "Melaksanakan survei kepuasan wisatawan pada objek wisata Jam Gadang dan "
                    "Ngarai Sianok setiap semester",
                    "Laporan survei kepuasan",
                    sm2,
                    "Kepala Bidang Destinasi Pariwisata",
                    st("Masih berproses", PROSES),
                    Link(survey_url, survey_url, True),
                ),
            ],
        ),
        Finding(
            "C",
            cp(
                sc,
                "LKjIP belum menyajikan tren capaian kinerja beberapa tahun terakhir.",
            ),
            sc,
            [
                Rec(
                    "Agar LKjIP menyajikan realisasi kinerja lima tahun terakhir dalam bentuk "
                    "grafik",
                    "Menyajikan grafik tren capaian kinerja 2020-2024 pada LKjIP Tahun 2024",
                    "LKjIP Tahun 2024",
                    mei,
                    kasubag,
                    st("Sudah TL", SELESAI),
                    lbl("1Bf4XfyPwbZsz70mLq8CeOt3Tl5Jn1Ks9Wh", "LKjIP 2024"),
                ),
            ],
        ),
        Finding(
            "D",
            cp(
                sd,
                "Hasil evaluasi internal belum dibahas dalam rapat pimpinan dan rekomendasinya "
                "belum memiliki batas waktu penyelesaian.",
            ),
            sd,
            [
                Rec(
                    "Agar hasil evaluasi internal dibahas dalam rapat pimpinan dan dituangkan "
                    "dalam notulen",
                    "Membahas hasil evaluasi internal dalam rapat pimpinan triwulanan",
                    "Notulen rapat pimpinan",
                    tw3,
                    sekdis,
                    st("Belum dilaksanakan", BELUM),
                    None,
                ),
                Rec(
                    "Agar menyusun rencana tindak lanjut atas rekomendasi evaluasi internal "
                    "lengkap dengan batas waktu",
                    "Menyusun matriks rencana tindak lanjut rekomendasi evaluasi internal "
                    "dengan batas waktu penyelesaian",
                    "Matriks RTL",
                    sm2,
                    sekdis,
                    st("Selesai", SELESAI),
                    lbl("1Cg5YgzQxcAta81nMr9DfPu4Um6Ko2Lt0Xi", "Matriks RTL Evaluasi Internal"),
                ),
            ],
        ),
    ]
    return Doc(
        name="506_reportlab_disparpora_bukittinggi_2024",
        producer="reportlab",
        tables=["monitoring"],
        unit_kerja="Dinas Pariwisata, Pemuda dan Olahraga",
        kabupaten="Bukittinggi",
        tahun=2024,
        title_lines=[
            title(
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
                "DINAS PARIWISATA, PEMUDA DAN OLAHRAGA",
                "PEMERINTAH KOTA BUKITTINGGI",
            )
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "RAHMI FITRIANI, S.Par"),
            ("Nomor HP Penanggung Jawab Data SAKIP", "62 813-7412-5590"),
        ],
        pj_nama="RAHMI FITRIANI, S.Par",
        hp_e164="+6281374125590",
        headers={
            "monitoring": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
                "TARGET DATA",
                "WAKTU PELAKSANAAN",
                "PENANGGUNG JAWAB",
                "PROGRES PENYELESAIAN",
                "LINK DATA DUKUNG",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Bukittinggi, 21 Januari 2025"],
            jabatan_lines=["KEPALA DINAS PARIWISATA, PEMUDA", "DAN OLAHRAGA KOTA BUKITTINGGI"],
            nama="Drs. HENDRI YUSMAN, M.Si.",
            pangkat_line="Pembina Utama Muda / IV-c",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=nip("19690905", "199503", 1, 2),
            nip_line="NIP. 19690905 199503 1 002",
        ),
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        features=[
            "comma_in_unit_name",
            "empty_link_cells",
            "f4_landscape",
            "font_liberation_sans_narrow_ttf",
            "golongan_dash",
            "hasil_capaian_sub_komponen",
            "hp_62_dashes",
            "kota_not_kabupaten",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "predikat_a",
            "row_split_across_pages",
            "status_new_wording",
            "two_line_jabatan",
            "url_in_cell",
        ],
        layout_text=(
            "landscape F4/Folio (8.5 x 13 in), 9-column monitoring table with a dark grey grid "
            "(0.5 pt), Liberation Sans Narrow 9 pt (embedded TTF), header on the first page "
            "only, rows split across pages, LINK cells with blue annotated labels"
        ),
        notes=[
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks = "
            "label), one annotated written-out URL (tautan = tautan_teks = URL), empty cells "
            "(null)",
            "status 'Selesai' and 'Sudah TL' selesai; 'Masih berproses' and 'Sebagian "
            "ditindaklanjuti' proses (SAKIP.md: 'Sebagian' -> proses); 'Belum dilaksanakan' "
            "belum",
            "kabupaten 'Bukittinggi' (a kota); unit_kerja keeps the comma of the official name",
            "pangkat line 'Pembina Utama Muda / IV-c': golongan 'IV/c'",
            "PROGRES column headed 'PROGRES PENYELESAIAN', LINK column 'LINK DATA DUKUNG'",
        ],
    )


# ------------------------------------------------------------- 507 docx, BPKAD (Klaten)
def doc507() -> Doc:
    def ur(s: Scores, notes: tuple[str, ...]) -> str:
        return w.uraian(s, notes) + "\n" + w.kriteria(s.kode, "todo")

    sa, sb, sc, sd = (
        Scores("A", 96, 88, 80),
        Scores("B", 92, 84, 76),
        Scores("C", 100, 86, 80),
        Scores("D", 96, 86, 82),
    )
    findings = [
        Finding(
            "A",
            ur(
                sa,
                (
                    "Renstra, Renja, Perjanjian Kinerja dan rencana aksi telah tersedia, "
                    "ditetapkan dan dipublikasikan pada laman resmi BPKAD;",
                    "pohon kinerja BPKAD baru diturunkan sampai level eselon IV dan belum "
                    "mencakup jabatan fungsional analis keuangan dan pengelola barang milik "
                    "daerah, serta target kinerja pada Renja Tahun 2025 untuk indikator "
                    "persentase penyelesaian tindak lanjut temuan BPK berbeda dengan target "
                    "tahunan pada Renstra;",
                    "dokumen perencanaan kinerja telah dimanfaatkan dalam penyusunan anggaran "
                    "dan penetapan kinerja individu.",
                ),
            ),
            sa,
            [
                Rec(
                    "Agar menyempurnakan pohon kinerja BPKAD hingga level jabatan fungsional",
                    "Menyempurnakan pohon kinerja sampai level jabatan fungsional analis "
                    "keuangan dan pengelola barang milik daerah",
                ),
                Rec(
                    "Agar target kinerja pada Renja selaras dengan target tahunan pada Renstra",
                    "Menyelaraskan target Renja Tahun 2026 dengan target tahunan Renstra 2021-2026",
                ),
            ],
        ),
        Finding(
            "B",
            ur(
                sb,
                (
                    "telah terdapat pedoman pengukuran kinerja dan definisi operasional setiap "
                    "indikator;",
                    "data realisasi anggaran dari aplikasi SIPD belum dipadukan dengan data "
                    "capaian kinerja sehingga analisis efisiensi belum dapat dilakukan setiap "
                    "bulan, dan penanggung jawab pengumpulan data setiap indikator belum "
                    "ditetapkan secara formal;",
                    "hasil pengukuran kinerja telah digunakan dalam penilaian kinerja pegawai.",
                ),
            ),
            sb,
            [
                Rec(
                    "Agar mengintegrasikan data realisasi anggaran dari aplikasi SIPD dengan "
                    "data capaian kinerja",
                    "Menyusun rekapitulasi bulanan yang memadukan realisasi anggaran SIPD "
                    "dengan capaian indikator kinerja",
                ),
                Rec(
                    "Agar menetapkan penanggung jawab pengumpulan data setiap indikator kinerja",
                    "Menetapkan Keputusan Kepala Badan tentang penanggung jawab data indikator "
                    "kinerja",
                ),
            ],
        ),
        Finding(
            "C",
            ur(
                sc,
                (
                    "LKjIP telah disusun, direviu dan dipublikasikan tepat waktu;",
                    "LKjIP belum mengaitkan opini BPK atas Laporan Keuangan Pemerintah Daerah "
                    "dengan capaian sasaran strategis BPKAD;",
                    "informasi kinerja dalam LKjIP telah digunakan untuk perbaikan perencanaan.",
                ),
            ),
            sc,
            [
                Rec(
                    "Agar LKjIP menyajikan informasi tentang opini BPK atas Laporan Keuangan "
                    "Pemerintah Daerah sebagai bagian dari analisis capaian",
                    "Menambahkan uraian opini BPK atas LKPD dan kaitannya dengan capaian "
                    "sasaran pada LKjIP",
                ),
            ],
        ),
        Finding(
            "D",
            ur(
                sd,
                (
                    "evaluasi internal telah dilaksanakan oleh tim yang ditetapkan Kepala Badan;",
                    "lembar kerja evaluasi internal belum menilai kualitas rencana aksi setiap "
                    "bidang dan laporan hasil evaluasi internal belum dipublikasikan;",
                    "rekomendasi evaluasi internal tahun lalu telah ditindaklanjuti.",
                ),
            ),
            sd,
            [
                Rec(
                    "Agar evaluasi internal menilai juga kualitas rencana aksi setiap bidang",
                    "Menambahkan aspek kualitas rencana aksi bidang dalam lembar kerja "
                    "evaluasi internal",
                ),
                Rec(
                    "Agar hasil evaluasi internal dipublikasikan pada laman resmi BPKAD",
                    "Mengunggah laporan hasil evaluasi internal pada laman resmi BPKAD",
                ),
            ],
        ),
    ]
    return Doc(
        name="507_docx_bpkadklaten_2025",
        producer="libreoffice-docx",
        tables=["rencana_aksi"],
        unit_kerja="Badan Pengelolaan Keuangan dan Aset Daerah",
        kabupaten="Klaten",
        tahun=2025,
        title_lines=[
            title(
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
                "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH (BPKAD)",
                "KABUPATEN KLATEN",
            )
        ],
        pj_rows=[
            ("Nama Penanggung Jawab Data SAKIP", "WAHYU KURNIAWATI, S.E., M.Ak."),
            ("Nomor HP/WA", "0856 4712 3388"),
        ],
        pj_nama="WAHYU KURNIAWATI, S.E., M.Ak.",
        hp_e164="+6285647123388",
        headers={
            "rencana_aksi": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Klaten, 17 Februari 2026"],
            jabatan_lines=[
                "KEPALA BADAN PENGELOLAAN KEUANGAN",
                "DAN ASET DAERAH KABUPATEN KLATEN,",
            ],
            nama="Dr. JOKO SUPRIYANTO, S.E., M.Si., Ak.",
            pangkat_line="Pembina Utama Muda (IV/c)",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=nip("19720314", "199803", 1, 7),
            nip_line="NIP. 19720314 199803 1 007",
        ),
        section_label={
            "A": "A. KOMPONEN PERENCANAAN KINERJA (BOBOT 30)",
            "B": "B. KOMPONEN PENGUKURAN KINERJA (BOBOT 30)",
            "C": "C. KOMPONEN PELAPORAN KINERJA (BOBOT 15)",
            "D": "D. KOMPONEN EVALUASI AKUNTABILITAS KINERJA INTERNAL (BOBOT 25)",
        },
        features=[
            "f4_portrait",
            "font_urw_bookman",
            "hasil_lettered_sub_components",
            "header_repeated",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "narrow_columns_heavy_wrapping",
            "nip_spaces",
            "predikat_a",
            "row_split_across_pages",
            "section_rows_with_bobot",
            "two_line_jabatan",
        ],
        layout_text=(
            "portrait F4/Folio (215 x 330 mm), 4-column rencana aksi table, bordered, Bookman "
            "Old Style 8.5 pt (rendered with URW Bookman), header repeated on every page, rows "
            "split across pages, section rows 'A. KOMPONEN PERENCANAAN KINERJA (BOBOT 30)'"
        ),
        notes=[
            "section rows carry the bobot '(BOBOT 30)': a weight, not a score",
            "HASIL seed-like with lettered sub-component lines ('a. Keberadaan memperoleh nilai "
            "5,76 atau 96%, ...')",
            "unit_kerja drops '(BPKAD)'; jabatan 'KEPALA BADAN PENGELOLAAN KEUANGAN / DAN ASET "
            "DAERAH KABUPATEN KLATEN,' joined, trailing comma dropped",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ------------------------------------------ 508 xlsx, Kecamatan Tanete Riattang (Bone)
def doc508() -> Doc:
    apr = wk("April 2024", 2024, "April")
    sm1 = wk("Semester I 2024", 2024, "Semester I")
    sekcam, kasubag = "Sekretaris Camat", "Kasubag Perencanaan"
    sa, sb, sc, sd = (
        Scores("A", 70, 56, 46),
        Scores("B", 66, 54, 44),
        Scores("C", 70, 58, 48),
        Scores("D", 72, 56, 48),
    )
    findings = [
        Finding(
            "A",
            w.baris(
                sa,
                "IKU Kecamatan belum mengukur kualitas layanan administrasi terpadu dan "
                "indikator Renja berbeda dengan indikator Perjanjian Kinerja.",
            ),
            sa,
            [
                Rec(
                    "Agar menetapkan Indikator Kinerja Utama Kecamatan yang mengukur kualitas "
                    "layanan administrasi terpadu",
                    "Menetapkan IKU Indeks Kepuasan Masyarakat atas layanan PATEN Kecamatan",
                    "Keputusan Camat tentang IKU",
                    apr,
                    sekcam,
                    st("TL", SELESAI),
                    gd("1De6ZhaRydBub92oNs0EgQv5Vn7Lp3Mu1Yj"),
                ),
                Rec(
                    "Agar Renja Kecamatan memuat rencana kinerja tahunan yang selaras dengan "
                    "Perjanjian Kinerja",
                    "Menyusun Renja Tahun 2025 dengan indikator yang sama dengan Perjanjian "
                    "Kinerja Camat",
                    "Renja Tahun 2025",
                    sm1,
                    kasubag,
                    st("Dalam proses", PROSES),
                    None,
                ),
            ],
        ),
        Finding(
            "B",
            w.baris(
                sb,
                "Kepuasan masyarakat atas layanan PATEN belum pernah diukur.",
            ),
            sb,
            [
                Rec(
                    "Agar mengukur Indeks Kepuasan Masyarakat atas layanan PATEN setiap semester",
                    "Melaksanakan survei kepuasan masyarakat terhadap layanan PATEN setiap "
                    "semester",
                    "Laporan IKM",
                    sm1,
                    "Kasi Pelayanan Umum",
                    st("Sudah ditindaklanjuti", SELESAI),
                    gd("1Ef7AibSzeCvc03pOt1FhRw6Wo8Mq4Nv2Zk"),
                ),
            ],
        ),
        Finding(
            "C",
            w.baris(
                sc,
                "LKjIP belum membandingkan capaian kinerja dengan target akhir Renstra.",
            ),
            sc,
            [
                Rec(
                    "Agar menyusun LKjIP yang menyajikan capaian kinerja dibandingkan dengan "
                    "target Renstra",
                    "Menyusun LKjIP Tahun 2023 dengan tabel capaian terhadap target akhir Renstra",
                    "LKjIP Tahun 2023",
                    apr,
                    kasubag,
                    st("TL", SELESAI),
                    gd("1Fg8BjcTafDwd14qPu2GiSx7Xp9Nr5Ow3Al"),
                ),
            ],
        ),
        Finding(
            "D",
            w.baris(
                sd,
                "Kecamatan belum mengevaluasi capaian kinerja kelurahan di wilayahnya.",
            ),
            sd,
            [
                Rec(
                    "Agar melakukan evaluasi internal atas capaian kinerja kelurahan di "
                    "wilayah Kecamatan",
                    "Melaksanakan evaluasi capaian kinerja 8 kelurahan setiap triwulan",
                    "Laporan evaluasi kelurahan",
                    wk("Triwulan IV 2024", 2024, "Triwulan IV"),
                    sekcam,
                    st("BTL", BELUM),
                    None,
                ),
            ],
        ),
    ]
    return Doc(
        name="508_xlsx_taneteriattang_2023",
        producer="libreoffice-xlsx",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Kecamatan Tanete Riattang",
        kabupaten="Bone",
        tahun=2023,
        title_lines=[
            title(
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "KECAMATAN TANETE RIATTANG",
                "KABUPATEN BONE",
            ),
            title(
                "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2023",
                "KECAMATAN TANETE RIATTANG",
                "KABUPATEN BONE",
            ),
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "NURHAEDAH, S.Sos"),
            ("No. HP", "0852 9988 1204"),
        ],
        pj_nama="NURHAEDAH, S.Sos",
        hp_e164="+6285299881204",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Watampone, 29 Januari 2024"],
            jabatan_lines=["CAMAT TANETE RIATTANG"],
            nama="A. MUH. IDRIS, S.STP., M.M.",
            pangkat_line="Pembina - IV/a",
            pangkat="Pembina",
            golongan="IV/a",
            nip=nip("19870929", "200910", 1, 3),
            nip_line="NIP. 19870929 200910 1 003",
        ),
        section_label={
            "A": "A. Perencanaan Kinerja",
            "B": "B. Pengukuran Kinerja",
            "C": "C. Pelaporan Kinerja",
            "D": "D. Evaluasi Akuntabilitas Kinerja Internal",
        },
        features=[
            "a4_landscape",
            "empty_link_cells",
            "font_liberation_sans",
            "hasil_score_lines",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "monitoring_title_variant",
            "nip_spaces",
            "predikat_cc",
            "status_abbreviations",
            "two_sheets",
            "two_tables",
            "url_in_cell",
        ],
        layout_text=(
            "landscape A4 workbook with two sheets: sheet 1 the 4-column rencana aksi table, "
            "sheet 2 the 9-column monitoring table titled 'MONITORING TINDAK LANJUT "
            "REKOMENDASI LHE SAKIP TAHUN 2023'; each sheet has its own title, PJ block and "
            "signature; black grid, Arial 8.5 pt (Liberation Sans), pale green header fill"
        ),
        notes=[
            "two tables: table_layout is monitoring and each recommendation's page is where it "
            "starts in the monitoring table; both tables print the same texts",
            "status 'TL' and 'Sudah ditindaklanjuti' selesai, 'Dalam proses' proses, 'BTL' "
            "belum (SAKIP.md)",
            "HASIL as score lines ('- Keberadaan: 4,20 (70%)') then 'Permasalahan: ...'",
            "total 53,67: predikat CC",
        ],
    )


def all_docs() -> list[Doc]:
    return [doc501(), doc502(), doc503(), doc504(), doc505(), doc506(), doc507(), doc508()]
