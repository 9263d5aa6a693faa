# ruff: noqa: E501
"""Specs of the spreadsheet documents (302, 305, 308)."""

from __future__ import annotations

from samples.generate.holdout3.docs_a import (
    BELUM,
    MON_HEADERS,
    ONPROG,
    PJ_LABELS,
    PROSES,
    RA_HEADERS,
    SECTIONS_AB,
    SECTIONS_CAPS,
    SELESAI100,
    SUDAH,
    U,
    w,
)
from samples.generate.holdout3.hasil import s_rincian, s_setara
from samples.generate.holdout3.model import Doc, Finding, Rec, Scores, Signer, Status

NO_BELUM = Status("Belum", "belum")


def doc302() -> Doc:
    """RSUD H. Damanhuri Barabai 2024: xlsx, monitoring, landscape A4, light grey hairlines."""
    sa, sb, sc, sd = (
        Scores("A", 90, 76, 72),
        Scores("B", 84, 72, 70),
        Scores("C", 92, 80, 74),
        Scores("D", 88, 78, 70),
    )
    pj = "Kabid Perencanaan dan Evaluasi"
    t = w("Semester I Tahun 2025", 2025, "Semester I")
    a = Finding(
        "A",
        sa,
        s_rincian(
            sa,
            "Rumah sakit telah menyusun Rencana Strategis Bisnis, Rencana Bisnis Anggaran dan Perjanjian "
            "Kinerja. Catatan: indikator sasaran masih didominasi indikator proses pelayanan (jumlah kunjungan, "
            "jumlah tindakan) dan belum mencerminkan mutu layanan seperti angka kematian pasien di atas 48 "
            "jam dan tingkat kepuasan pasien; target Standar Pelayanan Minimal belum dimasukkan ke dalam "
            "Perjanjian Kinerja kepala instalasi; pohon kinerja baru disusun sampai level kepala bidang dan "
            "belum menjangkau kepala ruangan rawat inap maupun kepala instalasi penunjang.",
        ),
        [
            Rec(
                "Agar menetapkan indikator kinerja yang mencerminkan mutu layanan rumah sakit (outcome)",
                "Mereviu indikator kinerja utama dengan menambahkan indikator mutu layanan",
                "Keputusan Direktur tentang IKU",
                t,
                pj,
                SELESAI100,
                U("https://drive.google.com/file/d/1RsD7hK2mN4pQ6rT8vX0zB3cF5gJ7lP9w/view"),
            ),
            Rec(
                "Agar target Standar Pelayanan Minimal dituangkan dalam Perjanjian Kinerja kepala instalasi",
                "Menyusun Perjanjian Kinerja kepala instalasi yang memuat target SPM",
                "PK Kepala Instalasi",
                w("Januari 2025", 2025, "Januari"),
                pj,
                ONPROG,
                None,
            ),
            Rec(
                "Perlu menyusun cascading kinerja dari Direktur sampai kepala ruangan dan kepala instalasi",
                "Menyusun pohon kinerja rumah sakit hingga level kepala ruangan",
                "Dokumen Cascading",
                w("Triwulan II Tahun 2025", 2025, "Triwulan II"),
                pj,
                NO_BELUM,
                None,
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_rincian(
            sb,
            "Pengukuran capaian indikator mutu telah dilakukan setiap bulan oleh Komite Mutu melalui "
            "aplikasi SISMADAK, namun hasil pengukuran belum diintegrasikan dengan pengukuran kinerja "
            "organisasi dan belum dilaporkan kepada Direktur secara berkala. Data waktu tunggu pelayanan rawat "
            "jalan dan waktu tanggap pelayanan gawat darurat masih dicatat manual oleh masing-masing unit "
            "sehingga sering terlambat dan tidak seragam; selain itu belum terdapat kamus indikator yang "
            "menjelaskan definisi operasional, rumus, sumber data dan frekuensi pengukuran setiap indikator.",
        ),
        [
            Rec(
                "Melakukan integrasi data indikator mutu dengan pengukuran kinerja organisasi dan "
                "melaporkannya kepada Direktur setiap triwulan",
                "Menyusun laporan capaian kinerja triwulanan yang memuat indikator mutu dari Komite Mutu",
                "Laporan Triwulanan",
                w("Triwulan I Tahun 2025", 2025, "Triwulan I"),
                "Komite Mutu",
                SELESAI100,
                U("https://drive.google.com/drive/folders/1KmT3bV5nX7zC9dF1gH3jL5pR7tW9yA2e"),
            ),
            Rec(
                "Agar menyusun kamus indikator kinerja yang memuat definisi operasional, rumus, sumber data "
                "dan frekuensi pengukuran",
                "Menyusun kamus indikator kinerja dan mutu RSUD H. Damanhuri Barabai",
                "Kamus Indikator",
                w("Semester I Tahun 2025", 2025, "Semester I"),
                "Komite Mutu",
                ONPROG,
                None,
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_rincian(
            sc,
            "Laporan Kinerja telah memuat capaian indikator kinerja dan realisasi anggaran. Laporan belum "
            "membandingkan capaian kinerja dengan rumah sakit kelas C lainnya dan belum mengungkap upaya "
            "efisiensi biaya operasional pelayanan.",
        ),
        [
            Rec(
                "Perlu menyajikan perbandingan capaian kinerja dengan rumah sakit lain yang setara (benchmark)",
                "Menambahkan perbandingan capaian indikator dengan RSUD kelas C se-Kalimantan Selatan",
                "LKjIP 2024",
                w("Maret 2025", 2025, "Maret"),
                pj,
                ONPROG,
                None,
            ),
            Rec(
                "Agar mengungkapkan upaya efisiensi biaya operasional pelayanan dalam Laporan Kinerja",
                "Menyusun analisis efisiensi biaya operasional per instalasi",
                "LKjIP 2024",
                w("Maret 2025", 2025, "Maret"),
                "Kabid Keuangan",
                NO_BELUM,
                None,
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_rincian(
            sd,
            "Evaluasi internal dilaksanakan oleh Satuan Pengawas Internal, tetapi cakupannya baru pada aspek "
            "keuangan dan belum mencakup akuntabilitas kinerja. Anggota SPI belum pernah mengikuti pelatihan "
            "evaluasi SAKIP, dan rekomendasi hasil evaluasi tahun sebelumnya belum dipantau penyelesaiannya.",
        ),
        [
            Rec(
                "Agar Satuan Pengawas Internal melaksanakan evaluasi akuntabilitas kinerja seluruh bidang dan "
                "instalasi",
                "Menyusun program kerja SPI yang memuat evaluasi akuntabilitas kinerja",
                "Program Kerja SPI",
                w("Juni - Desember 2025", 2025, "Juni - Desember"),
                "Ketua SPI",
                ONPROG,
                U("https://drive.google.com/file/d/1PqW2eR4tY6uI8oA0sD2fG4hJ6kL8zX0v/view"),
            ),
            Rec(
                "Segera mengikutsertakan anggota SPI dalam pelatihan evaluasi akuntabilitas kinerja",
                "Mengusulkan anggota SPI mengikuti bimbingan teknis evaluasi SAKIP",
                "Sertifikat Bimtek",
                w("Triwulan III Tahun 2025", 2025, "Triwulan III"),
                "Ketua SPI",
                NO_BELUM,
                None,
            ),
        ],
    )
    return Doc(
        name="302_xlsx_rsuddamanhuri_2024",
        producer="libreoffice-xlsx",
        layout="monitoring",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "RUMAH SAKIT UMUM DAERAH H. DAMANHURI BARABAI",
            "PEMERINTAH KABUPATEN HULU SUNGAI TENGAH",
        ],
        unit_kerja="Rumah Sakit Umum Daerah H. Damanhuri Barabai",
        kabupaten="Hulu Sungai Tengah",
        tahun=2024,
        pj_label=PJ_LABELS,
        pj_nama="dr. NOVITA RAHMAWATI",
        hp_printed="0813 4720 5518",
        hp_e164="+6281347205518",
        headers=MON_HEADERS,
        section_label=SECTIONS_AB,
        findings=[a, b, c, d],
        signer=Signer(
            ["DIREKTUR RSUD H. DAMANHURI BARABAI,"],
            "dr. H. SYAMSUL ARIFIN, Sp.PD",
            "Pembina Tk. I (IV/b)",
            "NIP. 19760823 200501 1 009",
        ),
        sign_place_date="Barabai, 3 Februari 2025",
        exp_jabatan="DIREKTUR RSUD H. DAMANHURI BARABAI",
        exp_pangkat="Pembina Tk. I",
        exp_golongan="IV/b",
        exp_nip="197608232005011009",
        number_fmt="{n})",
        render=dict(
            page="A4",
            landscape=True,
            font="Helvetica Narrow",
            char_w=0.40,
            size=9,
            border_color="BFBFBF",
            border_style="hair",
            repeat_header=False,
            widths=[0.3, 2.6, 1.6, 1.6, 0.85, 0.85, 0.85, 0.8, 1.45],
            sig_col=6,
            sig_span=4,
        ),
        features=[
            "a4_landscape",
            "light_grey_borders",
            "merged_hasil_evaluasi",
            "url_in_cell",
            "no_header_repeat",
            "numbering_paren",
            "font_nimbus_sans_narrow",
            "hp_spaces",
            "nip_spaces",
            "waktu_range",
        ],
        layout_desc="landscape A4 spreadsheet, 9-column monitoring table with light grey hairline borders, "
        "Helvetica Narrow 9 pt (rendered with Nimbus Sans Narrow), recommendations numbered '1)'",
        notes=[
            "status 'Selesai (100%)' selesai, 'On progress' proses, 'Belum' belum",
            "LINK cells hold Google Drive URLs written out, no link annotations: tautan = tautan_teks = the URL",
            "waktu 'Juni - Desember 2025' keeps the range as its periode",
            "unit_kerja is the full name printed in the title; the jabatan line uses the acronym RSUD",
        ],
    )


def doc305() -> Doc:
    """Bappelitbangda Kotawaringin Timur 2023: xlsx, monitoring, landscape Folio, header repeated."""
    sa, sb, sc, sd = (
        Scores("A", 88, 72, 66),
        Scores("B", 82, 70, 60),
        Scores("C", 86, 74, 62),
        Scores("D", 80, 68, 58),
    )
    pj = "Sekretaris"
    a = Finding(
        "A",
        sa,
        s_setara(
            sa,
            "Badan telah menyusun Renstra Perubahan 2021-2026, Renja 2023, Perjanjian Kinerja dan Rencana "
            "Aksi. Permasalahan: sasaran strategis peningkatan kualitas perencanaan pembangunan daerah "
            "belum memiliki indikator yang terukur secara objektif; terdapat sasaran yang ukuran "
            "keberhasilannya sama dengan indikator program; Rencana Aksi belum memuat target per triwulan; "
            "dan Renja belum menampilkan keterkaitan antara kegiatan penelitian dan pengembangan dengan "
            "sasaran RPJMD Kabupaten Kotawaringin Timur.",
        ),
        [
            Rec(
                "Agar merumuskan indikator kinerja sasaran strategis yang terukur secara objektif dan "
                "berbeda dengan indikator program",
                "Menyusun reviu indikator kinerja sasaran strategis pada Renstra Perubahan",
                "Reviu Renstra",
                w("Triwulan I Tahun 2024", 2024, "Triwulan I"),
                pj,
                SUDAH,
                U(
                    "https://drive.google.com/file/d/1BpL4kT6mW8yN0qS2uV4xZ6aC8eG0iK2o/view?usp=sharing"
                ),
            ),
            Rec(
                "Agar menetapkan target triwulanan dalam Rencana Aksi Perjanjian Kinerja",
                "Merevisi Rencana Aksi Tahun 2024 dengan target triwulanan",
                "Rencana Aksi 2024",
                w("Februari 2024", 2024, "Februari"),
                pj,
                SUDAH,
                None,
            ),
            Rec(
                "Perlu menggambarkan keterkaitan kegiatan penelitian dan pengembangan dengan sasaran RPJMD",
                "Menyusun matriks keterkaitan kegiatan litbang dengan sasaran RPJMD dalam Renja Tahun 2025",
                "Renja 2025",
                w("Juli 2024", 2024, "Juli"),
                "Kabid Penelitian dan Pengembangan",
                PROSES,
                None,
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_setara(
            sb,
            "Pengukuran kinerja dilaksanakan setiap triwulan, namun hasilnya baru sebatas pengisian formulir "
            "capaian pada aplikasi e-Monev. Belum ada analisis atas indikator yang capaiannya di bawah target, "
            "pimpinan belum menggunakan hasil pengukuran untuk mengambil keputusan realokasi anggaran, dan "
            "pengukuran kinerja individu belum terhubung dengan capaian kinerja organisasi. Data capaian "
            "sebagian bidang juga masih dikirim melampaui batas waktu yang ditetapkan.",
        ),
        [
            Rec(
                "Agar setiap triwulan menyusun analisis atas indikator kinerja yang capaiannya di bawah target "
                "beserta rekomendasi perbaikan",
                "Menyusun laporan analisis capaian kinerja triwulanan dan membahasnya dalam rapat pimpinan",
                "Laporan Analisis Triwulan",
                w("Triwulan II Tahun 2024", 2024, "Triwulan II"),
                "Kabid Pengendalian dan Evaluasi",
                PROSES,
                U("https://drive.google.com/drive/folders/1HcN5mP7rT9vX1zB3dF5hJ7lN9pR1tV3x"),
            ),
            Rec(
                "Perlu mengaitkan pengukuran kinerja individu dengan capaian kinerja organisasi",
                "Menyelaraskan SKP pegawai dengan indikator kinerja Badan",
                "SKP Pegawai",
                w("Januari 2024", 2024, "Januari"),
                pj,
                SUDAH,
                None,
            ),
            Rec(
                "Segera menetapkan batas waktu penyampaian data capaian kinerja dan sanksi atas "
                "keterlambatan",
                "Menerbitkan surat edaran Kepala Badan tentang jadwal penyampaian data capaian kinerja",
                "Surat Edaran",
                w("Maret 2024", 2024, "Maret"),
                pj,
                BELUM,
                None,
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_setara(
            sc,
            "Laporan Kinerja disusun tepat waktu dan telah direviu Inspektorat. Laporan belum menjelaskan "
            "penyebab rendahnya capaian indikator persentase hasil penelitian yang dimanfaatkan perangkat "
            "daerah dan belum menyajikan analisis efisiensi sumber daya.",
        ),
        [
            Rec(
                "Agar Laporan Kinerja menjelaskan penyebab tidak tercapainya target dan langkah perbaikan "
                "yang akan dilakukan",
                "Menambahkan analisis penyebab dan langkah perbaikan pada LKjIP Tahun 2023",
                "LKjIP 2023",
                w("Februari 2024", 2024, "Februari"),
                pj,
                SUDAH,
                U(
                    "https://drive.google.com/file/d/1LkJ9hG7fD5sA3pO1iU9yT7rE5wQ3zX1c/view?usp=sharing"
                ),
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_setara(
            sd,
            "Badan belum memiliki pedoman evaluasi internal; evaluasi atas Rencana Aksi belum dilakukan "
            "secara berkala dan rekomendasi LHE SAKIP tahun lalu baru sebagian ditindaklanjuti.",
        ),
        [
            Rec(
                "Agar menyusun pedoman evaluasi internal dan melaksanakan evaluasi Rencana Aksi setiap "
                "semester",
                "Menyusun pedoman evaluasi internal dan laporan evaluasi Rencana Aksi semesteran",
                "Pedoman Evaluasi Internal",
                w("Semester II Tahun 2024", 2024, "Semester II"),
                "Kabid Pengendalian dan Evaluasi",
                PROSES,
                None,
            ),
            Rec(
                "Segera menuntaskan tindak lanjut rekomendasi LHE SAKIP tahun sebelumnya",
                "Menyusun matriks tindak lanjut rekomendasi LHE SAKIP dan melaporkannya kepada Inspektorat",
                "Matriks Tindak Lanjut",
                w("Semester I Tahun 2024", 2024, "Semester I"),
                pj,
                SUDAH,
                U("https://drive.google.com/drive/folders/1VbN3mQ5wE7rT9yU1iO3pA5sD7fG9hJ1k"),
            ),
        ],
    )
    return Doc(
        name="305_xlsx_bappelitbangdakotim_2023",
        producer="libreoffice-xlsx",
        layout="monitoring",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
            "KABUPATEN KOTAWARINGIN TIMUR",
        ],
        unit_kerja="Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        kabupaten="Kotawaringin Timur",
        tahun=2023,
        pj_label=PJ_LABELS,
        pj_nama="ARDIANSYAH PUTRA, S.T., M.T.",
        hp_printed="0813-4975-2260",
        hp_e164="+6281349752260",
        headers=MON_HEADERS,
        section_label=SECTIONS_CAPS,
        findings=[a, b, c, d],
        signer=Signer(
            ["KEPALA BADAN PERENCANAAN PEMBANGUNAN,", "PENELITIAN DAN PENGEMBANGAN DAERAH,"],
            "Ir. MARTHEN LUTHER BANGKAN, M.Si",
            "Pembina Utama Muda (IV/c)",
            "NIP. 19690417 199503 1 002",
        ),
        sign_place_date="Sampit, 29 Januari 2024",
        exp_jabatan="KEPALA BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
        exp_pangkat="Pembina Utama Muda",
        exp_golongan="IV/c",
        exp_nip="196904171995031002",
        render=dict(
            page="F4",
            landscape=True,
            font="Helvetica",
            size=8,
            repeat_header=True,
            header_fill="D9E1F2",
            widths=[0.3, 2.7, 1.65, 1.65, 0.85, 0.9, 0.95, 0.95, 1.55],
            sig_col=6,
            sig_span=4,
        ),
        features=[
            "f4_landscape",
            "bordered_wrapped_text",
            "merged_hasil_evaluasi",
            "header_repeated",
            "url_in_cell",
            "font_nimbus_sans",
            "hp_dashes",
            "nip_spaces",
            "comma_in_unit_name",
            "two_line_jabatan",
        ],
        layout_desc="landscape Folio (8.5 x 13 in) spreadsheet, 9-column monitoring table, black grid, light blue "
        "header fill, header row repeated on every page (print titles), Helvetica 8 pt (Nimbus Sans)",
        notes=[
            "unit_kerja keeps the comma of the official name 'Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah'",
            "penandatangan_jabatan joins the two jabatan lines (the first line ends with a comma that is part of the name) and drops the trailing comma",
            "status 'Sudah ditindaklanjuti' selesai, 'Dalam proses' proses, 'Belum ditindaklanjuti' belum",
        ],
    )


def doc308() -> Doc:
    """Dinas Sosial Kotawaringin Barat 2025: xlsx, rencana aksi, portrait F4."""
    sa, sb, sc, sd = (
        Scores("A", 96, 86, 82),
        Scores("B", 92, 84, 80),
        Scores("C", 94, 86, 78),
        Scores("D", 90, 82, 76),
    )
    a = Finding(
        "A",
        sa,
        s_rincian(
            sa,
            "Dinas Sosial telah memiliki dokumen perencanaan kinerja yang lengkap dan berkualitas baik. "
            "Masih terdapat ruang perbaikan pada penetapan target indikator persentase Pemerlu Pelayanan "
            "Kesejahteraan Sosial (PPKS) yang tertangani, yang belum mempertimbangkan data terpadu "
            "kesejahteraan sosial terbaru, serta belum tersedianya peta risiko atas sasaran strategis.",
        ),
        [
            Rec(
                "Agar penetapan target indikator kinerja mempertimbangkan data terpadu kesejahteraan sosial "
                "terbaru dengan:\n- memutakhirkan data PPKS per kecamatan;\n"
                "- menghitung ulang target tahunan berdasarkan data mutakhir.",
                "Memutakhirkan data PPKS bersama pendamping sosial kecamatan dan menyesuaikan target pada "
                "Renja Tahun 2026",
            ),
            Rec(
                "Perlu menyusun peta risiko atas pencapaian sasaran strategis dinas",
                "Menyusun register dan peta risiko sasaran strategis Dinas Sosial",
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_rincian(
            sb,
            "Pengukuran kinerja telah dilakukan secara berkala dan berjenjang. Bukti dukung capaian "
            "penyaluran bantuan sosial belum seluruhnya diarsipkan secara elektronik.",
        ),
        [
            Rec(
                "Agar bukti dukung capaian kinerja diarsipkan secara elektronik dan mudah ditelusuri",
                "Membangun folder arsip elektronik bukti dukung capaian kinerja per bidang",
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_rincian(
            sc,
            "Laporan Kinerja telah disusun sesuai ketentuan dan dipublikasikan. Laporan belum menyajikan "
            "informasi kinerja dalam bentuk infografis yang mudah dipahami masyarakat.",
        ),
        [
            Rec(
                "Agar menyajikan ringkasan capaian kinerja dalam bentuk infografis pada laman resmi dinas",
                "Menyusun infografis capaian kinerja tahunan dan mengunggahnya pada laman resmi",
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_rincian(
            sd,
            "Evaluasi internal telah dilaksanakan oleh tim yang ditetapkan Kepala Dinas. Rekomendasi hasil "
            "evaluasi internal belum seluruhnya ditindaklanjuti oleh bidang, dan tindak lanjut belum "
            "dipantau secara terdokumentasi.",
        ),
        [
            Rec(
                "Melakukan pemantauan tindak lanjut rekomendasi evaluasi internal secara terdokumentasi",
                "Menyusun kartu kendali tindak lanjut rekomendasi evaluasi internal per bidang",
            ),
            Rec(
                "Segera menindaklanjuti rekomendasi evaluasi internal yang belum selesai",
                "Menyelesaikan tindak lanjut rekomendasi evaluasi internal paling lambat Triwulan II",
            ),
        ],
    )
    return Doc(
        name="308_xlsx_dinsoskobar_2025",
        producer="libreoffice-xlsx",
        layout="rencana_aksi",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "DINAS SOSIAL",
            "KABUPATEN KOTAWARINGIN BARAT",
        ],
        unit_kerja="Dinas Sosial",
        kabupaten="Kotawaringin Barat",
        tahun=2025,
        pj_label=PJ_LABELS,
        pj_nama="ELISABETH NATALIA, S.Sos",
        hp_printed="+62 811 5238 6604",
        hp_e164="+6281152386604",
        headers=RA_HEADERS,
        section_label=SECTIONS_CAPS,
        findings=[a, b, c, d],
        signer=Signer(
            ["KEPALA DINAS SOSIAL", "KABUPATEN KOTAWARINGIN BARAT,"],
            "Drs. HENDRA GUNAWAN, M.AP",
            "Pembina Tk. I (IV/b)",
            "NIP. 19730128 199803 1 006",
        ),
        sign_place_date="Pangkalan Bun, 17 Februari 2026",
        exp_jabatan="KEPALA DINAS SOSIAL KABUPATEN KOTAWARINGIN BARAT",
        exp_pangkat="Pembina Tk. I",
        exp_golongan="IV/b",
        exp_nip="197301281998031006",
        render=dict(
            page="F4",
            landscape=False,
            font="Times",
            char_w=0.40,
            size=9,
            repeat_header=False,
            widths=[0.35, 2.95, 2.1, 2.05],
            sig_col=3,
            sig_span=2,
            margin=0.5,
        ),
        features=[
            "f4_portrait",
            "merged_hasil_evaluasi",
            "dash_sublist_one_recommendation",
            "font_nimbus_roman",
            "hp_plus62_spaces",
            "nip_spaces",
            "two_line_jabatan",
            "predikat_a",
        ],
        layout_desc="portrait F4/Folio spreadsheet, 4-column rencana aksi table, black grid, Times 9 pt "
        "(rendered with Nimbus Roman), single page table",
        notes=[
            "A1 is one numbered item with a '-' list typed as line breaks in one cell: one recommendation, '-' marks kept",
            "penandatangan_jabatan joins the two jabatan lines and drops the trailing comma",
            "rencana_aksi layout: target_data ... tautan are null",
        ],
    )
