"""The eight documents of the fourth held-out set, typed by hand."""

from __future__ import annotations

from samples.generate.holdout4 import wording as w
from samples.generate.holdout4.model import (
    KOMPONEN,
    Doc,
    Finding,
    Link,
    Rec,
    Scores,
    Signature,
    Status,
    Waktu,
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


def wk(text: str, tahun: int | None, periode: str | None) -> Waktu:
    return Waktu(text, tahun, periode)


SELESAI = "selesai"
PROSES = "proses"
BELUM = "belum"


def st(text: str, label: str) -> Status:
    return Status(text, label)


def gd(code: str) -> Link:
    url = f"https://drive.google.com/drive/folders/{code}"
    return Link(url, url, annotated=False)


# ---------------------------------------------------------------- 401 docx, Berau
def doc401() -> Doc:
    pj = "Sekretaris Dinas"
    pr = "Kasubbag Program dan Pelaporan"
    w25 = [
        wk("Triwulan II Tahun 2025", 2025, "Triwulan II"),
        wk("Semester II Tahun 2025", 2025, "Semester II"),
        wk("Oktober 2025", 2025, "Oktober"),
    ]
    findings = [
        Finding(
            "A",
            1,
            w.skor_dari_bobot(
                Scores("A", 85, 70, 64),
                "Renstra dan Renja telah tersedia, namun indikator pada Perjanjian Kinerja "
                "belum seluruhnya selaras dengan indikator Renstra dan pohon kinerja belum "
                "diturunkan sampai level pelaksana.",
            ),
            Scores("A", 85, 70, 64),
            [
                Rec(
                    "Agar menyelaraskan indikator kinerja pada Perjanjian Kinerja dengan "
                    "indikator Renstra dan Renja",
                    "Menyelaraskan indikator Perjanjian Kinerja, Renstra dan Renja melalui "
                    "rapat koordinasi internal",
                    "Notulen dan PK perubahan",
                    w25[0],
                    pr,
                    st("100%", SELESAI),
                    gd("1bRw7Kp2Lx9Qe4Tn6Vz0Ym3Hc8Ja5Ud1Fs"),
                ),
                Rec(
                    "Agar menyusun pohon kinerja (cascading) sampai dengan level pelaksana",
                    "Menyusun pohon kinerja sampai level pelaksana dan menetapkannya dengan "
                    "keputusan Kepala Dinas",
                    "Dokumen cascading",
                    w25[1],
                    pj,
                    st("50%", PROSES),
                    gd("1cTq8Mn3Pw0Rf5Yu7Xa1Zo4Jd9Kb6Ve2Gh"),
                ),
            ],
        ),
        Finding(
            "B",
            1,
            w.skor_dari_bobot(
                Scores("B", 80, 66, 60),
                "Pengukuran kinerja telah menggunakan aplikasi, tetapi belum dilakukan secara "
                "berkala setiap bulan.",
            ),
            Scores("B", 80, 66, 60),
            [
                Rec(
                    "Agar melaksanakan pengukuran capaian kinerja setiap bulan dan "
                    "mendokumentasikannya dalam berita acara",
                    "Melaksanakan rapat pengukuran kinerja bulanan yang dituangkan dalam "
                    "berita acara",
                    "Berita acara bulanan",
                    w25[0],
                    pr,
                    st("100%", SELESAI),
                    gd("1dUr9No4Qx1Sg6Zv8Yb2Ap5Ke0Lc7Wf3Hi"),
                ),
            ],
        ),
        Finding(
            "B",
            2,
            "Hasil reviu atas data perizinan menunjukkan angka realisasi investasi pada "
            "aplikasi OSS berbeda dengan angka pada laporan capaian kinerja triwulan, dan "
            "belum ada mekanisme verifikasi data sebelum dilaporkan.",
            None,
            [
                Rec(
                    "Agar melakukan rekonsiliasi data realisasi investasi antara aplikasi OSS "
                    "dan laporan capaian kinerja setiap triwulan",
                    "Menyusun berita acara rekonsiliasi data realisasi investasi triwulanan",
                    "Berita acara rekonsiliasi",
                    w25[2],
                    "Kepala Bidang Pengendalian Pelaksanaan Penanaman Modal",
                    st("0%", BELUM),
                    gd("1eVs0Op5Ry2Th7Aw9Zc3Bq6Lf1Md8Xg4Ij"),
                ),
                Rec(
                    "Agar menetapkan petugas verifikasi data kinerja pada setiap bidang",
                    "Menerbitkan surat tugas petugas verifikasi data kinerja setiap bidang",
                    "Surat tugas",
                    w25[0],
                    pj,
                    st("100%", SELESAI),
                    gd("1fWt1Pq6Sz3Ui8Bx0Ad4Cr7Mg2Ne9Yh5Jk"),
                ),
            ],
        ),
        Finding(
            "C",
            1,
            w.skor_dari_bobot(
                Scores("C", 90, 72, 68),
                "LKjIP belum menyajikan analisis efisiensi penggunaan sumber daya.",
            ),
            Scores("C", 90, 72, 68),
            [
                Rec(
                    "Agar menyajikan analisis efisiensi penggunaan anggaran per sasaran "
                    "strategis pada LKjIP",
                    "Menambahkan tabel efisiensi anggaran per sasaran strategis pada LKjIP "
                    "Tahun 2025",
                    "LKjIP Tahun 2025",
                    wk("s.d. Desember 2025", 2025, "Desember"),
                    pr,
                    st("50%", PROSES),
                    gd("1gXu2Qr7Ta4Vj9Cy1Be5Ds8Nh3Of0Zi6Kl"),
                ),
            ],
        ),
        Finding(
            "D",
            1,
            w.skor_dari_bobot(
                Scores("D", 78, 70, 62),
                "Evaluasi internal belum mencakup seluruh bidang dan rekomendasi tahun lalu "
                "belum seluruhnya ditindaklanjuti.",
            ),
            Scores("D", 78, 70, 62),
            [
                Rec(
                    "Agar melaksanakan evaluasi internal implementasi SAKIP pada seluruh "
                    "bidang paling sedikit satu kali dalam setahun",
                    "Membentuk tim evaluasi internal dan melaksanakan evaluasi pada empat bidang",
                    "Laporan evaluasi internal",
                    w25[1],
                    pj,
                    st("0%", BELUM),
                    gd("1hYv3Rs8Ub5Wk0Dz2Cf6Et9Oi4Pg1Aj7Lm"),
                ),
            ],
        ),
    ]
    return Doc(
        name="401_docx_dpmptspberau_2024",
        producer="libreoffice-docx",
        layout="monitoring",
        unit_kerja="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        kabupaten="Berau",
        tahun=2024,
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU (DPMPTSP)",
            "PEMERINTAH KABUPATEN BERAU",
        ],
        pj_label_lines=[
            ("Nama Penanggung Jawab Data SAKIP", "RAHMAWATI JUWITA, S.Sos., M.Si"),
            ("Nomor HP Penanggung Jawab", "0853-4601-2277"),
        ],
        pj_nama="RAHMAWATI JUWITA, S.Sos., M.Si",
        hp_printed="0853-4601-2277",
        hp_e164="+6285346012277",
        headers=[
            "NO",
            "HASIL EVALUASI INSPEKTORAT",
            "REKOMENDASI INSPEKTORAT",
            "RENCANA AKSI TINDAK LANJUT",
            "TARGET DATA",
            "WAKTU PELAKSANAAN",
            "PENANGGUNG JAWAB",
            "CAPAIAN (%)",
            "LINK BUKTI DUKUNG",
        ],
        findings=findings,
        signature=Signature(
            above=["Tanjung Redeb, 14 Maret 2025"],
            jabatan_lines=[
                "Plt. KEPALA DINAS PENANAMAN MODAL DAN",
                "PELAYANAN TERPADU SATU PINTU,",
            ],
            nama="IR. BAMBANG SETYO NUGROHO, M.T.",
            pangkat_line="Pembina Tk. I (IV/b)",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip_printed="NIP. 19750818 200312 1 006",
        ),
        features=[
            "a4_landscape",
            "alternating_row_shading",
            "header_repeated",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "plt_signer",
            "row_split_across_pages",
            "section_rows_komponen_prefix",
            "status_percent_zero",
            "two_findings_one_komponen",
            "two_line_jabatan",
            "url_in_cell",
        ],
        layout_text="landscape A4, 9-column monitoring table, Arial 7.5 pt (rendered with "
        "Liberation Sans), alternating light-grey shading of recommendation rows, header row "
        "repeated on every page, section rows 'KOMPONEN A: PERENCANAAN KINERJA' spanning the "
        "table",
        section_label={
            "A": "KOMPONEN A: PERENCANAAN KINERJA",
            "B": "KOMPONEN B: PENGUKURAN KINERJA",
            "C": "KOMPONEN C: PELAPORAN KINERJA",
            "D": "KOMPONEN D: EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        notes=[
            "HASIL wording 'Skor komponen ... adalah 21,00 dari bobot 30 (70%). Sub komponen "
            "Keberadaan mendapat skor 5,10 (85%), ...': the 'bobot 30' is the weight",
            "komponen B has TWO findings (NO 1 and 2) each with its own HASIL and "
            "recommendations; B2's HASIL states no score: all its score fields null; "
            "total_nilai sums the component nilai of finding_no 1; rekomendasi_no restarts at "
            "1 in B2",
            "status column 'CAPAIAN (%)': '100%' selesai, '50%' proses, '0%' belum (new: 0% = "
            "nothing done yet, the natural reading next to holdout2's 100%/50% convention)",
            "penandatangan_jabatan keeps 'Plt.' and joins the two lines without the comma",
            "unit_kerja drops '(DPMPTSP)'; URLs written out in the cell, no annotations",
        ],
    )


def F(kode, kqp, fn, note, recs, no=1, cut=False) -> Finding:  # noqa: N802
    s = Scores(kode, *kqp, stated_pemanfaatan=not cut)
    return Finding(kode, no, fn(s, note), s, recs)


def R(rek, ra, target=None, waktu=None, pj=None, status=None, link=None) -> Rec:  # noqa: N802
    return Rec(rek, ra, target, waktu, pj, status, link)


# ---------------------------------------------------------------- 402 xlsx, Kutai Kartanegara
def doc402() -> Doc:
    fn = w.kalimat_per_sub
    t2 = wk("Triwulan II Tahun 2024", 2024, "Triwulan II")
    t3 = wk("Triwulan III Tahun 2024", 2024, "Triwulan III")
    rng = wk("Juni - Desember 2024", 2024, "Juni - Desember")
    sek = "Sekretaris Kecamatan"
    pp = "Kasubbag Perencanaan dan Keuangan"
    done = st("Sudah ditindaklanjuti", SELESAI)
    prog = st("Dalam proses", PROSES)
    none = st("Belum ditindaklanjuti", BELUM)
    findings = [
        F(
            "A",
            (90, 76, 70),
            fn,
            "Catatan: sasaran pada Renja Kecamatan masih dirumuskan sebagai kegiatan, belum "
            "sebagai kondisi yang ingin dicapai.",
            [
                R(
                    "Agar merumuskan sasaran Renja Kecamatan dalam bentuk kondisi hasil yang "
                    "ingin dicapai",
                    "Merevisi rumusan sasaran Renja Kecamatan Tahun 2024",
                    "Renja perubahan",
                    t2,
                    pp,
                    done,
                    gd("1kPa2Sd4Fg6Hj8Kl0Zx1Cv3Bn5Mq7We9Rt"),
                ),
                R(
                    "Agar menyusun rencana aksi triwulanan atas setiap sasaran pada Perjanjian "
                    "Kinerja Camat",
                    "Menyusun rencana aksi triwulanan Perjanjian Kinerja Camat",
                    "Dokumen rencana aksi",
                    t2,
                    sek,
                    done,
                    gd("1mQs3Df5Gh7Jk9Lz1Xc2Vb4Nm6Qw8Er0Ty"),
                ),
            ],
        ),
        F(
            "B",
            (84, 70, 58),
            fn,
            "Catatan: data capaian kinerja kelurahan dan desa belum dihimpun secara berjenjang.",
            [
                R(
                    "Agar menghimpun data capaian kinerja dari desa dan kelurahan secara "
                    "berjenjang setiap triwulan",
                    "Membuat format isian capaian kinerja desa dan kelurahan",
                    "Rekap capaian triwulan",
                    t3,
                    "Kasi Pemerintahan",
                    prog,
                    gd("1nRd4Fg6Hj8Kl0Zx2Cv3Bn5Mq7We9Rt1Yu"),
                ),
                R(
                    "Agar memanfaatkan hasil pengukuran kinerja dalam rapat evaluasi bulanan "
                    "pimpinan kecamatan",
                    "Menjadikan capaian kinerja agenda tetap rapat staf bulanan",
                    "Notulen rapat staf",
                    rng,
                    sek,
                    prog,
                    gd("1oSf5Gh7Jk9Lz1Xc3Vb4Nm6Qw8Er0Ty2Ui"),
                ),
            ],
        ),
        F(
            "C",
            (86, 70, 60),
            fn,
            "Catatan: LKjIP belum menguraikan kendala dan langkah perbaikan atas sasaran yang "
            "tidak tercapai.",
            [
                R(
                    "Agar menguraikan kendala dan langkah perbaikan atas sasaran yang tidak "
                    "tercapai pada LKjIP",
                    "Menambahkan subbab kendala dan rencana perbaikan pada LKjIP",
                    "LKjIP Tahun 2024",
                    wk("Semester I Tahun 2024", 2024, "Semester I"),
                    pp,
                    done,
                    gd("1pTg6Hj8Kl0Zx2Cv4Bn5Mq7We9Rt1Yu3Io"),
                ),
            ],
        ),
        F(
            "D",
            (70, 62, 50),
            fn,
            "Catatan: belum terdapat laporan evaluasi internal atas pelaksanaan rencana aksi.",
            [
                R(
                    "Agar menyusun laporan evaluasi internal atas pelaksanaan rencana aksi "
                    "setiap semester",
                    "Menyusun laporan evaluasi internal semesteran",
                    "Laporan evaluasi",
                    rng,
                    sek,
                    none,
                    gd("1qUh7Jk9Lz1Xc3Vb5Nm6Qw8Er0Ty2Ui4Op"),
                ),
            ],
        ),
    ]
    return Doc(
        name="402_xlsx_tenggarongseberang_2023",
        producer="libreoffice-xlsx",
        layout="monitoring",
        unit_kerja="Kecamatan Tenggarong Seberang",
        kabupaten="Kutai Kartanegara",
        tahun=2023,
        title_lines=[
            "Rencana Aksi atas Tindak Lanjut Hasil Evaluasi SAKIP Tahun 2023",
            "Kecamatan Tenggarong Seberang Kabupaten Kutai Kartanegara",
        ],
        pj_label_lines=[
            ("Nama Penanggung Jawab Data SAKIP", "SUPRIADI HASAN, S.STP"),
            ("No. HP", "+62 821 5376 4410"),
        ],
        pj_nama="SUPRIADI HASAN, S.STP",
        hp_printed="+62 821 5376 4410",
        hp_e164="+6282153764410",
        headers=MON,
        findings=findings,
        signature=Signature(
            above=["Tenggarong Seberang, 5 Februari 2024"],
            jabatan_lines=["CAMAT TENGGARONG SEBERANG"],
            nama="MUHAMMAD ARSYAD, S.Sos., M.AP",
            pangkat_line="Penata Tk. I - III/d",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip_printed="NIP : 19830927 200604 1 003",
        ),
        features=[
            "hasil_sentence_per_sub_component",
            "hp_plus62_spaces",
            "legal_landscape",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "numbering_dot_and_letter_paren",
            "section_rows_letter_cell_and_name_cell",
            "url_in_cell",
            "waktu_range",
        ],
        layout_text="landscape Legal spreadsheet printed at 88 %, 9-column monitoring table, "
        "Liberation Sans 8 pt, REKOMENDASI numbered '1.' and RENCANA AKSI lettered 'a)', "
        "section rows 'A' | 'Perencanaan Kinerja' (mixed case, two cells), title in mixed case",
        section_label=dict(KOMPONEN),
        section_split=True,
        rek_num="{n}.",
        ra_num="{a})",
        notes=[
            "HASIL one small sentence per sub-component, each on its own line ('Untuk sub "
            "komponen Keberadaan, unit kerja memperoleh nilai 5,40 yang setara dengan 90%.'); "
            "hasil_evaluasi joins the lines with single spaces",
            "RENCANA AKSI items lettered 'a)' 'b)': the letter is removed (lettered items count "
            "1, 2 as in holdout3)",
            "waktu 'Juni - Desember 2024' keeps the range as its periode",
            "status 'Sudah ditindaklanjuti' selesai, 'Dalam proses' proses, 'Belum "
            "ditindaklanjuti' belum; URLs written out in the cell (no annotations)",
        ],
    )


LONG_A = (
    "Uraian: (1) Dinas telah memiliki Renstra 2021-2026 yang telah diformalkan dan "
    "dipublikasikan pada laman resmi; (2) Renja Tahun 2025 telah ditetapkan tepat waktu, "
    "namun sasaran program pada Renja belum seluruhnya berorientasi hasil karena masih "
    "memuat rumusan seperti 'Terlaksananya kegiatan' dan 'Tersedianya sarana'; (3) "
    "Perjanjian Kinerja Kepala Dinas telah ditandatangani, tetapi Perjanjian Kinerja "
    "pejabat administrator dan pengawas belum memuat indikator yang diturunkan dari "
    "sasaran strategis; (4) indikator kinerja pelayanan kesehatan dasar telah memenuhi "
    "kriteria SMART, kecuali indikator 'Persentase fasilitas kesehatan yang terakreditasi' "
    "yang belum memiliki definisi operasional; (5) target kinerja tahunan belum "
    "mempertimbangkan tren capaian tiga tahun terakhir sehingga beberapa target lebih "
    "rendah dari realisasi tahun sebelumnya; (6) dokumen perencanaan anggaran telah "
    "mengacu pada sasaran kinerja, namun keterkaitan sub kegiatan dengan indikator "
    "program belum digambarkan dalam matriks cascading; (7) rencana aksi atas Perjanjian "
    "Kinerja telah disusun, tetapi belum dimanfaatkan untuk memantau capaian secara "
    "triwulanan oleh pimpinan."
)
LONG_B = (
    "Uraian: (1) Dinas telah menetapkan pedoman pengukuran kinerja, namun pedoman tersebut "
    "belum memuat jadwal dan penanggung jawab pengumpulan data pada setiap puskesmas; (2) "
    "data capaian indikator kesehatan ibu dan anak dikumpulkan melalui aplikasi, tetapi "
    "belum diverifikasi secara berjenjang sebelum dilaporkan; (3) pengukuran kinerja "
    "dilaksanakan setiap triwulan, namun hasilnya belum dibahas dalam forum pimpinan dan "
    "belum dituangkan dalam berita acara; (4) hasil pengukuran kinerja belum menjadi dasar "
    "penyesuaian strategi pelaksanaan program dan belum dikaitkan dengan pemberian "
    "penghargaan kepada pegawai atau unit berprestasi; (5) capaian kinerja individu pada "
    "e-Kinerja belum seluruhnya selaras dengan capaian kinerja organisasi."
)
LONG_C = (
    "Uraian: (1) LKjIP Tahun 2024 telah disusun dan dipublikasikan tepat waktu; (2) LKjIP "
    "telah menyajikan perbandingan realisasi dengan target tahunan dan target jangka "
    "menengah, namun belum menyajikan perbandingan dengan capaian nasional untuk indikator "
    "angka kematian ibu dan prevalensi stunting; (3) analisis penyebab keberhasilan dan "
    "kegagalan masih bersifat umum dan belum menguraikan langkah perbaikan yang terukur; "
    "(4) informasi efisiensi penggunaan sumber daya belum disajikan per sasaran."
)
LONG_D = (
    "Uraian: (1) evaluasi internal telah dilaksanakan oleh tim yang ditetapkan dengan "
    "keputusan Kepala Dinas, namun belum menjangkau seluruh UPT puskesmas; (2) kertas kerja "
    "evaluasi internal belum didokumentasikan secara lengkap; (3) sebagian rekomendasi "
    "evaluasi tahun sebelumnya belum ditindaklanjuti, terutama yang berkaitan dengan "
    "cascading kinerja; (4) hasil evaluasi internal belum dimanfaatkan untuk perbaikan "
    "perencanaan tahun berikutnya."
)


def rl_link(label: str, code: str) -> Link:
    return Link(f"https://drive.google.com/file/d/{code}/view", label, annotated=True)


# ---------------------------------------------------------------- 403 reportlab, Bulungan
def doc403() -> Doc:
    fn = w.skor_dari_bobot
    t1 = wk("Triwulan I Tahun 2026", 2026, "Triwulan I")
    t3 = wk("Triwulan III Tahun 2026", 2026, "Triwulan III")
    s1 = wk("Semester I Tahun 2026", 2026, "Semester I")
    mar = wk("Maret 2026", 2026, "Maret")
    tl = st("TL", SELESAI)
    pro = st("Proses", PROSES)
    bel = st("Belum", BELUM)
    keu = "Kasubbag Perencanaan, Evaluasi dan Keuangan"
    sek = "Sekretaris Dinas"
    findings = [
        F(
            "A",
            (92, 74, 66),
            fn,
            LONG_A,
            [
                R(
                    "Agar merumuskan kembali sasaran program pada Renja menjadi rumusan kondisi "
                    "hasil yang ingin dicapai",
                    "Mereviu rumusan sasaran program dan menuangkannya dalam Renja Perubahan",
                    "Renja Perubahan 2026",
                    t1,
                    keu,
                    tl,
                    rl_link("Renja Perubahan", "1AbCdEfGhIjKlMnOpQrStUvWxYz012345"),
                ),
                R(
                    "Agar menurunkan sasaran strategis ke dalam Perjanjian Kinerja pejabat "
                    "administrator dan pengawas",
                    "Menyusun matriks cascading dan memperbarui Perjanjian Kinerja pejabat "
                    "administrator dan pengawas",
                    "Matriks cascading dan PK",
                    t1,
                    sek,
                    tl,
                    rl_link("Matriks Cascading", "1BcDeFgHiJkLmNoPqRsTuVwXyZa123456"),
                ),
                R(
                    "Agar menyusun definisi operasional indikator persentase fasilitas "
                    "kesehatan yang terakreditasi",
                    "Menetapkan manual indikator kinerja yang memuat definisi operasional dan "
                    "formula perhitungan",
                    "Manual IKU",
                    mar,
                    "Kepala Bidang Sumber Daya Kesehatan",
                    pro,
                    None,
                ),
                R(
                    "Agar menetapkan target kinerja dengan mempertimbangkan tren capaian tiga "
                    "tahun terakhir",
                    "Mereviu target kinerja tahun 2026 berdasarkan capaian 2023-2025",
                    "Berita acara reviu target",
                    s1,
                    keu,
                    pro,
                    None,
                ),
            ],
        ),
        F(
            "B",
            (86, 68, 56),
            fn,
            LONG_B,
            [
                R(
                    "Agar melengkapi pedoman pengukuran kinerja dengan jadwal dan penanggung "
                    "jawab pengumpulan data pada setiap puskesmas",
                    "Merevisi pedoman pengukuran kinerja dan menyampaikannya ke seluruh puskesmas",
                    "Pedoman revisi",
                    t1,
                    keu,
                    tl,
                    rl_link("Pedoman Pengukuran", "1CdEfGhIjKlMnOpQrStUvWxYzAb234567"),
                ),
                R(
                    "Agar membahas hasil pengukuran kinerja triwulanan dalam rapat pimpinan "
                    "dan menuangkannya dalam berita acara",
                    "Menyelenggarakan rapat pimpinan triwulanan tentang capaian kinerja",
                    "Berita acara rapat",
                    t3,
                    sek,
                    pro,
                    None,
                ),
                R(
                    "Agar mengaitkan hasil pengukuran kinerja dengan pemberian penghargaan "
                    "kepada unit berprestasi",
                    "Menyusun petunjuk teknis penghargaan puskesmas berkinerja terbaik",
                    "Juknis penghargaan",
                    s1,
                    "Kepala Bidang Pelayanan Kesehatan",
                    bel,
                    None,
                ),
            ],
        ),
        F(
            "C",
            (94, 76, 64),
            fn,
            LONG_C,
            [
                R(
                    "Agar menyajikan perbandingan capaian indikator angka kematian ibu dan "
                    "prevalensi stunting dengan capaian nasional pada LKjIP",
                    "Menambahkan tabel perbandingan capaian dengan angka nasional pada LKjIP",
                    "LKjIP 2025",
                    mar,
                    keu,
                    tl,
                    rl_link("LKjIP 2025", "1DeFgHiJkLmNoPqRsTuVwXyZaBc345678"),
                ),
                R(
                    "Agar menguraikan langkah perbaikan yang terukur atas indikator yang "
                    "belum mencapai target",
                    "Menyusun matriks langkah perbaikan per indikator sebagai lampiran LKjIP",
                    "Lampiran LKjIP",
                    mar,
                    keu,
                    tl,
                    None,
                ),
            ],
        ),
        F(
            "D",
            (80, 72, 56),
            fn,
            LONG_D,
            [
                R(
                    "Agar memperluas cakupan evaluasi internal hingga seluruh UPT puskesmas",
                    "Menyusun jadwal evaluasi internal pada 14 UPT puskesmas",
                    "Jadwal dan laporan evaluasi",
                    t3,
                    sek,
                    pro,
                    None,
                ),
                R(
                    "Agar mendokumentasikan kertas kerja evaluasi internal secara lengkap",
                    "Menyusun format kertas kerja evaluasi internal yang baku",
                    "Kertas kerja",
                    s1,
                    keu,
                    bel,
                    None,
                ),
            ],
        ),
    ]
    return Doc(
        name="403_reportlab_dinkesbulungan_2025",
        producer="reportlab",
        layout="monitoring",
        unit_kerja="Dinas Kesehatan",
        kabupaten="Bulungan",
        tahun=2025,
        title_lines=[
            "MONITORING RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "DINAS KESEHATAN KABUPATEN BULUNGAN",
        ],
        pj_label_lines=[
            ("Penanggung Jawab Data SAKIP", "dr. NURHAYATI LESTARI, M.Kes"),
            ("Nomor HP/WA", "0812 5311 9087"),
        ],
        pj_nama="dr. NURHAYATI LESTARI, M.Kes",
        hp_printed="0812 5311 9087",
        hp_e164="+6281253119087",
        headers=MON,
        findings=findings,
        signature=Signature(
            above=["Tanjung Selor, 20 Februari 2026"],
            jabatan_lines=["KEPALA DINAS KESEHATAN", "KABUPATEN BULUNGAN,"],
            nama="dr. HENDRA WIJAYA KUSUMA, M.P.H.",
            pangkat_line="Pembina Utama Muda, IV/c",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip_printed="NIP. 19740312 200212 1 004",
        ),
        features=[
            "empty_link_cells",
            "four_plus_pages",
            "header_repeated",
            "hp_spaces",
            "legal_landscape",
            "link_annotation",
            "long_hasil_split_across_pages",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "outer_border_and_finding_rules_only",
            "row_split_across_pages",
            "section_rows_roman_komponen",
            "two_line_jabatan",
        ],
        layout_text="landscape Legal, 9-column monitoring table drawn with an outer border "
        "and horizontal rules between findings only (no rules between the recommendations of "
        "a finding, no vertical rules), DejaVu Sans 9.5 pt (embedded TTF), very long HASIL "
        "cells running over page breaks, header repeated",
        section_label={
            "A": "I. KOMPONEN PERENCANAAN KINERJA",
            "B": "II. KOMPONEN PENGUKURAN KINERJA",
            "C": "III. KOMPONEN PELAPORAN KINERJA",
            "D": "IV. KOMPONEN EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        notes=[
            "section rows 'I. KOMPONEN PERENCANAAN KINERJA' ... 'IV. ...' are components A..D",
            "HASIL wording 'Skor komponen ... adalah 22,08 dari bobot 30 (73,6%)' followed by a "
            "long 'Uraian: (1) ... (7) ...' whose '(1)' items are criteria, not "
            "recommendations; hasil_evaluasi is the whole cell rejoined across pages",
            "status 'TL' selesai, 'Proses' proses, 'Belum' belum (SAKIP.md)",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks = "
            "label); empty LINK cells give tautan and tautan_teks null",
            "NO and HASIL are not a spanned cell: they sit in the first row of the finding and "
            "the rows below leave them empty with no rule in between, so the finding reads as "
            "one block; the next recommendation rows come after the long HASIL (A2 starts on "
            "page 2)",
        ],
    )


# ---------------------------------------------------------------- 404 docx, Katingan
def doc404() -> Doc:
    fn = w.rincian_sama_dengan
    findings = [
        F(
            "A",
            (80, 64, 58),
            fn,
            "Rumusan tujuan dan sasaran Renstra Kecamatan belum menggambarkan kondisi yang "
            "ingin dicapai dan belum tersedia pohon kinerja.",
            [
                R(
                    "Agar menyusun pohon kinerja Kecamatan yang menggambarkan keterkaitan "
                    "tujuan, sasaran, program dan kegiatan",
                    "Menyusun pohon kinerja Kecamatan Katingan Hilir",
                ),
                R(
                    "Agar memperbaiki rumusan sasaran strategis sehingga berorientasi hasil",
                    "Memperbaiki rumusan sasaran strategis pada reviu Renstra Kecamatan",
                ),
                R(
                    "Agar mengunggah Renstra, Renja dan Perjanjian Kinerja ke aplikasi "
                    "e-SAKIP Kabupaten",
                    "Mengunggah dokumen perencanaan kinerja ke aplikasi e-SAKIP",
                ),
            ],
        ),
        F(
            "B",
            (74, 60, 52),
            fn,
            "Belum tersedia mekanisme pengumpulan data kinerja dari desa dan pengukuran "
            "kinerja belum dilaksanakan secara berkala.",
            [
                R(
                    "Agar menetapkan mekanisme pengumpulan data kinerja dari pemerintah desa "
                    "dengan keputusan Camat",
                    "Menetapkan keputusan Camat tentang mekanisme pengumpulan data kinerja",
                ),
                R(
                    "Agar melaksanakan pengukuran kinerja setiap triwulan",
                    "Melaksanakan pengukuran kinerja triwulanan dan melaporkannya kepada Camat",
                ),
            ],
        ),
        F(
            "C",
            (80, 66, 54),
            fn,
            "LKjIP belum menyajikan capaian kinerja tahun-tahun sebelumnya dan belum "
            "menjelaskan penyebab tidak tercapainya target.",
            [
                R(
                    "Agar menyajikan capaian kinerja tiga tahun terakhir pada LKjIP",
                    "Menambahkan tabel capaian kinerja tiga tahun terakhir pada LKjIP",
                ),
                R(
                    "Agar menjelaskan penyebab tidak tercapainya target kinerja beserta "
                    "alternatif solusinya",
                    "Menyusun analisis penyebab dan solusi atas target yang tidak tercapai",
                ),
            ],
        ),
        F(
            "D",
            (70, 60, 50),
            fn,
            "Evaluasi internal belum dilaksanakan oleh Kecamatan.",
            [
                R(
                    "Agar melaksanakan evaluasi internal atas pencapaian sasaran kinerja Kecamatan",
                    "Melaksanakan evaluasi internal pada akhir tahun anggaran",
                ),
            ],
            cut=True,
        ),
    ]
    return Doc(
        name="404_docx_katinganhilir_2022",
        producer="libreoffice-docx",
        layout="rencana_aksi",
        unit_kerja="Kecamatan Katingan Hilir",
        kabupaten="Katingan",
        tahun=2022,
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN KATINGAN HILIR",
            "KABUPATEN KATINGAN",
        ],
        pj_label_lines=[
            ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "YOHANA DAMAYANTI, S.E."),
            ("Nomor HP Penanggung Jawab Data SAKIP", "0813 4922 7105"),
        ],
        pj_nama="YOHANA DAMAYANTI, S.E.",
        hp_printed="0813 4922 7105",
        hp_e164="+6281349227105",
        headers=RA4,
        findings=findings,
        signature=Signature(
            above=["Kasongan, 3 Maret 2023"],
            jabatan_lines=["CAMAT KATINGAN HILIR,"],
            nama="Hj. SITI NORHALIZA, S.Sos., M.Si",
            pangkat_line="Pembina (IV/a)",
            pangkat="Pembina",
            golongan="IV/a",
            nip_printed="NIP.19790303 200501 2 007",
        ),
        features=[
            "a4_portrait",
            "female_signer",
            "hasil_cut_before_pemanfaatan",
            "hasil_percent_equals_nilai",
            "hp_spaces",
            "multi_rec_cell",
            "nip_spaces",
            "outer_border_and_finding_rules_only",
            "section_rows_roman_mixed_case",
        ],
        layout_text="portrait A4, 4-column rencana aksi table with only an outer border and "
        "horizontal rules between findings (no vertical rules), Times New Roman 9 pt "
        "(Liberation Serif); all recommendations of a finding numbered '1.' '2.' in ONE cell, "
        "the action plans likewise in one cell",
        section_label={
            "A": "I. Perencanaan Kinerja",
            "B": "II. Pengukuran Kinerja",
            "C": "III. Pelaporan Kinerja",
            "D": "IV. Evaluasi Akuntabilitas Kinerja Internal",
        },
        notes=[
            "HASIL wording 'Komponen ... dinilai 64,2% dengan nilai 19,26; rincian: keberadaan "
            "80% = 4,80; ...' (percentage = nilai pairs)",
            "D states no pemanfaatan: pemanfaatan_nilai / _persen null",
            "section rows 'I.' .. 'IV.' in mixed case are components A..D",
            "several recommendations in one cell, each item starting '1.' '2.': one "
            "recommendation per item, number removed",
            "female signer (NIP sex digit 2); rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ---------------------------------------------------------------- 405 xlsx, Palangka Raya
def doc405() -> Doc:
    fn = w.persen_kata
    findings = [
        F(
            "A",
            (96, 82, 76),
            fn,
            "Dokumen perencanaan telah lengkap; Perjanjian Kinerja perubahan belum dipublikasikan.",
            [
                R(
                    "Agar mempublikasikan Perjanjian Kinerja perubahan pada laman resmi Dinas "
                    "paling lambat satu bulan setelah ditandatangani",
                    "Mengunggah Perjanjian Kinerja perubahan ke laman resmi Dinas",
                ),
                R(
                    "Agar menyesuaikan target Renja dengan target pada Perjanjian Kinerja "
                    "perubahan",
                    "Menyesuaikan target Renja Perubahan Tahun 2025",
                ),
            ],
        ),
        F(
            "B",
            (92, 78, 70),
            fn,
            "Pengukuran kinerja bidang perumahan belum menggunakan data dari aplikasi SIBARU.",
            [
                R(
                    "Agar mengintegrasikan data capaian kinerja bidang perumahan dengan "
                    "aplikasi SIBARU",
                    "Berkoordinasi dengan Diskominfo untuk integrasi data SIBARU",
                ),
            ],
        ),
        F(
            "C",
            (96, 80, 72),
            fn,
            "LKjIP belum menyajikan capaian kinerja kota lain di Kalimantan Tengah sebagai "
            "pembanding.",
            [
                R(
                    "Agar menyajikan perbandingan capaian kinerja dengan kabupaten/kota lain "
                    "di Provinsi Kalimantan Tengah",
                    "Menghimpun data capaian kabupaten/kota lain sebagai pembanding pada LKjIP",
                ),
                R(
                    "Agar menyajikan informasi efisiensi penggunaan sumber daya pada LKjIP",
                    "Menambahkan analisis efisiensi sumber daya pada LKjIP",
                ),
            ],
        ),
        F(
            "D",
            (90, 76, 68),
            fn,
            "Seluruh rekomendasi tahun lalu telah ditindaklanjuti, namun hasil evaluasi "
            "internal belum dimanfaatkan dalam perbaikan Renja.",
            [
                R(
                    "Agar memanfaatkan hasil evaluasi internal sebagai dasar penyusunan Renja "
                    "tahun berikutnya",
                    "Mencantumkan tindak lanjut hasil evaluasi internal pada Renja 2026",
                ),
            ],
        ),
    ]
    return Doc(
        name="405_xlsx_disperkimpalangkaraya_2024",
        producer="libreoffice-xlsx",
        layout="rencana_aksi",
        unit_kerja="Dinas Perumahan dan Kawasan Permukiman",
        kabupaten="Palangka Raya",
        tahun=2024,
        title_lines=[
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN (DISPERKIM)",
            "PEMERINTAH KOTA PALANGKA RAYA",
        ],
        pj_label_lines=[
            ("Penanggung Jawab Data", "ANDREAS TUMBAL, S.T., M.T."),
            ("Telepon Seluler", "0852-5218-6643"),
        ],
        pj_nama="ANDREAS TUMBAL, S.T., M.T.",
        hp_printed="0852-5218-6643",
        hp_e164="+6285252186643",
        headers=RA4,
        findings=findings,
        signature=Signature(
            above=["Palangka Raya, 24 Februari 2025"],
            jabatan_lines=["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN KOTA PALANGKA RAYA,"],
            nama="Ir. GUSTI RANDA PRATAMA, M.Si",
            pangkat_line="PEMBINA TK. I / IV.b",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip_printed="NIP. 19760521 200604 1 011",
        ),
        features=[
            "a4_portrait",
            "alternating_row_shading",
            "hasil_persen_word",
            "hp_dashes",
            "kota_not_kabupaten",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "numbering_paren",
            "two_line_jabatan",
        ],
        layout_text="portrait A4 spreadsheet, 4-column rencana aksi table, one row per "
        "recommendation with merged HASIL, alternating pale-green row fills, Liberation Serif "
        "9 pt, recommendations and action plans numbered '1)', NO '1.'",
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        rek_num="{n})",
        ra_num="{n})",
        finding_num="{n}.",
        notes=[
            "HASIL percentages written with the word 'persen' ('... adalah 24,54 atau 81,8 "
            "persen, meliputi Keberadaan 5,76 (96 persen), ...'): persen 80.8 etc.",
            "kabupaten 'Palangka Raya' (a kota, two words, no 'Kota' prefix); unit_kerja drops "
            "'(DISPERKIM)'",
            "pangkat printed in capitals 'PEMBINA TK. I / IV.b': pangkat 'Pembina Tk. I', "
            "golongan 'IV/b' (canonical spelling as in DATA_CONTRACT.md)",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ---------------------------------------------------------------- 406 reportlab, Tarakan
def doc406() -> Doc:
    fn = w.kalimat_per_sub
    t4 = wk("Triwulan IV Tahun 2024", 2024, "Triwulan IV")
    th = wk("Tahun 2024", 2024, None)
    agu = wk("Agustus 2024", 2024, "Agustus")
    prog = "Subbagian Program"
    findings = [
        F(
            "A",
            (88, 72, 62),
            fn,
            "Catatan: Renstra Dinas belum memuat indikator kinerja untuk urusan kebudayaan.",
            [
                R(
                    "Agar melengkapi Renstra Dinas dengan indikator kinerja urusan kebudayaan",
                    "Menyusun indikator kinerja urusan kebudayaan pada reviu Renstra",
                    "Reviu Renstra",
                    t4,
                    prog,
                    st("Sudah ditindaklanjuti dengan penetapan reviu Renstra", SELESAI),
                    rl_link("SK Reviu Renstra", "1KmNbVcXzAsDfGhJkLpOiUyTrEwQ09876"),
                ),
            ],
        ),
        Finding(
            "A",
            2,
            "Rencana aksi atas Perjanjian Kinerja Kepala Dinas belum memuat target triwulanan "
            "dan belum dipantau secara berkala oleh pimpinan.",
            None,
            [
                R(
                    "Agar menetapkan target triwulanan pada rencana aksi Perjanjian Kinerja",
                    "Menyusun rencana aksi dengan target triwulanan",
                    "Rencana aksi PK",
                    agu,
                    prog,
                    st("On progress", PROSES),
                    None,
                ),
                R(
                    "Agar memantau pelaksanaan rencana aksi dalam rapat pimpinan setiap triwulan",
                    "Menjadwalkan rapat pemantauan rencana aksi setiap triwulan",
                    "Notulen rapat",
                    th,
                    "Sekretaris",
                    st("Belum", BELUM),
                    None,
                ),
            ],
        ),
        F(
            "B",
            (82, 70, 60),
            fn,
            "Catatan: capaian indikator angka partisipasi sekolah belum diverifikasi dengan "
            "data Dapodik.",
            [
                R(
                    "Agar memverifikasi capaian angka partisipasi sekolah dengan data Dapodik "
                    "sebelum dilaporkan",
                    "Melakukan verifikasi data capaian dengan operator Dapodik",
                    "Berita acara verifikasi",
                    t4,
                    "Kepala Bidang Pembinaan SD dan SMP",
                    st("Sudah ditindaklanjuti", SELESAI),
                    Link(
                        "https://tarakankota.go.id/esakip/disdikbud/2024/verifikasi",
                        "https://tarakankota.go.id/esakip/disdikbud/2024/verifikasi",
                        annotated=True,
                    ),
                ),
            ],
        ),
        F(
            "C",
            (90, 74, 66),
            fn,
            "Catatan: LKjIP belum menguraikan efisiensi penggunaan anggaran per program.",
            [
                R(
                    "Agar menguraikan efisiensi penggunaan anggaran per program pada LKjIP",
                    "Menambahkan analisis efisiensi anggaran per program",
                    "LKjIP 2024",
                    th,
                    prog,
                    st("On progress", PROSES),
                    None,
                ),
            ],
        ),
        F(
            "D",
            (76, 66, 58),
            fn,
            "Catatan: hasil evaluasi internal belum disampaikan kepada seluruh bidang.",
            [
                R(
                    "Agar menyampaikan hasil evaluasi internal kepada seluruh bidang untuk "
                    "ditindaklanjuti",
                    "Menyampaikan laporan hasil evaluasi internal melalui nota dinas",
                    "Nota dinas",
                    agu,
                    "Sekretaris",
                    st("Sudah ditindaklanjuti", SELESAI),
                    rl_link("Nota Dinas Evaluasi", "1LnMbVcXzAsDfGhJkLpOiUyTrEwQ98765"),
                ),
            ],
        ),
    ]
    return Doc(
        name="406_reportlab_disdikbudtarakan_2023",
        producer="reportlab",
        layout="monitoring",
        unit_kerja="Dinas Pendidikan dan Kebudayaan",
        kabupaten="Tarakan",
        tahun=2023,
        title_lines=[
            "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2023",
            "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA TARAKAN",
        ],
        pj_label_lines=[
            ("Nama PJ Data SAKIP", "FERDINAND LUMBAN GAOL, S.Pd., M.Pd."),
            ("HP", "62-813-4700-5562"),
        ],
        pj_nama="FERDINAND LUMBAN GAOL, S.Pd., M.Pd.",
        hp_printed="62-813-4700-5562",
        hp_e164="+6281347005562",
        headers=[
            "NO",
            "HASIL EVALUASI",
            "REKOMENDASI",
            "RENCANA AKSI",
            "TARGET",
            "WAKTU",
            "PIC",
            "STATUS",
            "BUKTI DUKUNG",
        ],
        findings=findings,
        signature=Signature(
            above=["Tarakan, 30 Januari 2024"],
            jabatan_lines=["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN,"],
            nama="Drs. YUSUF MANGGALA, M.Pd.",
            pangkat_line="Pembina Utama Muda (IV/c)",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip_printed="NIP. 19680214 199403 1 008",
        ),
        features=[
            "a4_landscape",
            "alternating_row_shading",
            "empty_link_cells",
            "hasil_sentence_per_sub_component",
            "header_variant",
            "hp_62_dashes",
            "kota_not_kabupaten",
            "link_annotation",
            "nip_spaces",
            "two_findings_one_komponen",
            "url_in_cell",
            "waktu_year_only",
        ],
        layout_text="landscape A4, 9-column monitoring table with short header wordings "
        "('PIC', 'BUKTI DUKUNG'), alternating pale-blue recommendation rows, Liberation Sans "
        "7.5 pt (embedded TTF), section rows 'A. PERENCANAAN KINERJA' spanning the table",
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        notes=[
            "komponen A has TWO findings (NO 1 and 2): A1 carries the scores, A2 states none "
            "(all score fields null); rekomendasi_no restarts at 1 in A2",
            "HASIL one sentence per sub-component on its own line, as in 402",
            "waktu 'Tahun 2024' has waktu_periode null (holdout convention)",
            "status 'Sudah ditindaklanjuti dengan ...' selesai, 'On progress' proses, 'Belum' "
            "belum",
            "LINK cells: annotated labels, one annotated written-out URL (tautan = tautan_teks "
            "= URL) and empty cells (null)",
            "kabupaten 'Tarakan' (a kota)",
        ],
    )


# ---------------------------------------------------------------- 407 docx, Paser
def doc407() -> Doc:
    fn = w.rincian_sama_dengan
    t2 = wk("Triwulan II Tahun 2026", 2026, "Triwulan II")
    s2 = wk("Semester II Tahun 2026", 2026, "Semester II")
    sd = wk("s.d. September 2026", 2026, "September")
    org = "Bagian Organisasi"
    pem = "Bagian Perencanaan dan Keuangan"
    sel = st("Selesai", SELESAI)
    dp = st("Dalam proses penyusunan", PROSES)
    bt = st("Belum ditindaklanjuti", BELUM)
    findings = [
        F(
            "A",
            (94, 80, 72),
            fn,
            "Pohon kinerja Sekretariat Daerah telah disusun, namun indikator kinerja "
            "bagian-bagian belum seluruhnya mendukung sasaran Sekretariat Daerah.",
            [
                R(
                    "Agar menyelaraskan indikator kinerja bagian-bagian dengan sasaran "
                    "Sekretariat Daerah melalui reviu pohon kinerja",
                    "Melaksanakan reviu pohon kinerja bersama seluruh bagian",
                    "Pohon kinerja hasil reviu",
                    t2,
                    org,
                    sel,
                    gd("1RtYuIoPaSdFgHjKlZxCvBnMqWeRtY123"),
                ),
                R(
                    "Agar menetapkan Indikator Kinerja Individu bagi pejabat administrator "
                    "dan pengawas",
                    "Menetapkan Indikator Kinerja Individu dengan keputusan Sekretaris Daerah",
                    "Keputusan IKI",
                    sd,
                    org,
                    dp,
                    None,
                ),
            ],
        ),
        F(
            "B",
            (88, 74, 66),
            fn,
            "Data capaian kinerja bagian belum dihimpun dalam satu basis data.",
            [
                R(
                    "Agar menghimpun data capaian kinerja seluruh bagian dalam satu basis "
                    "data yang dapat diakses pimpinan",
                    "Membangun basis data capaian kinerja Sekretariat Daerah",
                    "Basis data kinerja",
                    s2,
                    pem,
                    dp,
                    None,
                ),
            ],
        ),
        F(
            "C",
            (92, 78, 70),
            fn,
            "LKjIP telah disusun tepat waktu; analisis capaian belum dibandingkan dengan "
            "Sekretariat Daerah kabupaten lain.",
            [
                R(
                    "Agar membandingkan capaian kinerja dengan Sekretariat Daerah kabupaten "
                    "lain di Kalimantan Timur",
                    "Menghimpun data pembanding dari Sekretariat Daerah kabupaten lain",
                    "LKjIP 2025",
                    t2,
                    pem,
                    sel,
                    gd("1SuIoPaSdFgHjKlZxCvBnMqWeRtYu4567"),
                ),
            ],
        ),
        F(
            "D",
            (84, 72, 60),
            fn,
            "Evaluasi internal belum menilai kualitas rencana aksi bagian-bagian.",
            [
                R(
                    "Agar memasukkan penilaian kualitas rencana aksi ke dalam lingkup "
                    "evaluasi internal",
                    "Merevisi lembar kerja evaluasi internal",
                    "Lembar kerja evaluasi",
                    s2,
                    org,
                    bt,
                    None,
                ),
                R(
                    "Agar melaporkan hasil evaluasi internal kepada Bupati",
                    "Menyampaikan laporan hasil evaluasi internal kepada Bupati",
                    "Laporan kepada Bupati",
                    s2,
                    org,
                    bt,
                    None,
                ),
            ],
        ),
    ]
    return Doc(
        name="407_docx_setdapaser_2025",
        producer="libreoffice-docx",
        layout="monitoring",
        unit_kerja="Sekretariat Daerah",
        kabupaten="Paser",
        tahun=2025,
        title_lines=[
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "SEKRETARIAT DAERAH KABUPATEN PASER",
        ],
        pj_label_lines=[
            ("Penanggung Jawab Data SAKIP", "MUHAMMAD RIZKY ANANDA, S.IP., M.Si"),
            ("Nomor HP", "0821 5590 3317"),
        ],
        pj_nama="MUHAMMAD RIZKY ANANDA, S.IP., M.Si",
        hp_printed="0821 5590 3317",
        hp_e164="+6282155903317",
        headers=MON,
        findings=findings,
        signature=Signature(
            above=["Tanah Grogot, 10 Maret 2026", "a.n. BUPATI PASER"],
            jabatan_lines=["SEKRETARIS DAERAH,"],
            nama="Drs. ABDUL KADIR JAELANI, M.M.",
            pangkat_line="Pembina Utama Madya (IV/d)",
            pangkat="Pembina Utama Madya",
            golongan="IV/d",
            nip_printed="NIP. 19690710 199203 1 009",
        ),
        features=[
            "an_bupati_signature",
            "empty_link_cells",
            "hasil_percent_equals_nilai",
            "hp_spaces",
            "legal_landscape",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "numbering_paren",
            "url_in_cell",
            "waktu_sd_deadline",
        ],
        layout_text="landscape Legal, 9-column monitoring table, Verdana 9.5 pt (rendered with "
        "DejaVu Sans), header without fill and not repeated, recommendations numbered '1)', "
        "section rows 'A. PERENCANAAN KINERJA' in bold spanning the table",
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        rek_num="{n})",
        ra_num="{n})",
        notes=[
            "signature 'a.n. BUPATI PASER / SEKRETARIS DAERAH,': penandatangan_jabatan is the "
            "signer's own line 'SEKRETARIS DAERAH' (holdout convention: the a.n. line is not "
            "part of it)",
            "waktu 's.d. September 2026' has waktu_periode 'September'",
            "status 'Selesai' selesai, 'Dalam proses penyusunan' proses, 'Belum "
            "ditindaklanjuti' belum",
            "LINK cells: Google Drive URLs written out or empty (null)",
        ],
    )


# ---------------------------------------------------------------- 408 reportlab, Nunukan
def doc408() -> Doc:
    fn = w.skor_dari_bobot
    findings = [
        F(
            "A",
            (76, 62, 54),
            fn,
            "Renja Kecamatan belum memuat indikator kinerja kegiatan yang terukur.",
            [
                R(
                    "Agar menetapkan indikator kinerja kegiatan yang terukur pada Renja Kecamatan",
                    "Menetapkan indikator kinerja kegiatan pada Renja Kecamatan Tahun 2023",
                ),
                R(
                    "Agar menyusun Perjanjian Kinerja Sekretaris Camat dan para Kepala Seksi",
                    "Menyusun dan menandatangani Perjanjian Kinerja Sekretaris Camat dan Kepala "
                    "Seksi",
                ),
            ],
        ),
        F(
            "B",
            (70, 58, 48),
            fn,
            "Pengukuran kinerja belum dilaksanakan dan belum terdapat penanggung jawab data "
            "kinerja.",
            [
                R(
                    "Agar menunjuk penanggung jawab pengumpulan data kinerja pada setiap seksi",
                    "Menerbitkan surat tugas penanggung jawab data kinerja",
                ),
                R(
                    "Agar melaksanakan pengukuran capaian kinerja paling sedikit setiap semester",
                    "Melaksanakan pengukuran capaian kinerja semesteran",
                ),
            ],
        ),
        F(
            "C",
            (76, 60, 52),
            fn,
            "LKjIP Kecamatan belum menyajikan analisis capaian kinerja.",
            [
                R(
                    "Agar menyajikan analisis capaian kinerja beserta faktor pendukung dan "
                    "penghambatnya pada LKjIP",
                    "Menyusun analisis capaian kinerja pada LKjIP Tahun 2022",
                ),
            ],
        ),
        F(
            "D",
            (64, 56, 46),
            fn,
            "Evaluasi internal belum dilaksanakan dan rekomendasi tahun lalu belum "
            "ditindaklanjuti.",
            [
                R(
                    "Agar menindaklanjuti rekomendasi hasil evaluasi SAKIP tahun sebelumnya",
                    "Menyusun rencana tindak lanjut atas rekomendasi tahun sebelumnya",
                ),
            ],
        ),
    ]
    return Doc(
        name="408_reportlab_sebatikbarat_2022",
        producer="reportlab",
        layout="rencana_aksi",
        unit_kerja="Kecamatan Sebatik Barat",
        kabupaten="Nunukan",
        tahun=2022,
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN SEBATIK BARAT KABUPATEN NUNUKAN",
        ],
        pj_label_lines=[
            ("Nama Penanggung Jawab Data SAKIP", "ANDI MAPPASESSU, S.AP"),
            ("Nomor HP Penanggung Jawab Data SAKIP", "0822-5381-4469"),
        ],
        pj_nama="ANDI MAPPASESSU, S.AP",
        hp_printed="0822-5381-4469",
        hp_e164="+6282253814469",
        headers=RA4,
        findings=findings,
        signature=Signature(
            above=["Binalawan, 6 Februari 2023"],
            jabatan_lines=["CAMAT SEBATIK BARAT,"],
            nama="HAERUDDIN LATIF, S.Sos",
            pangkat_line="Penata Tk. I (III/d)",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip_printed="NIP. 19820117 200902 1 002",
        ),
        features=[
            "a4_portrait",
            "alternating_row_shading",
            "hasil_skor_dari_bobot",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "numbering_paren_and_dot",
            "predikat_cc",
        ],
        layout_text="portrait A4, 4-column rencana aksi table, one row per recommendation with "
        "the HASIL spanning the finding's rows, alternating pale-yellow row shading, Liberation "
        "Serif 9 pt (embedded TTF), REKOMENDASI numbered '1)' and RENCANA AKSI '1.'",
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        rek_num="{n})",
        ra_num="{n}.",
        notes=[
            "HASIL wording 'Skor komponen ... adalah ... dari bobot 30 (60,8%)': 'bobot' is the "
            "weight",
            "total below 60: predikat CC",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


def all_docs() -> list[Doc]:
    return [doc401(), doc402(), doc403(), doc404(), doc405(), doc406(), doc407(), doc408()]
