# ruff: noqa: E501
"""Specs 301-304."""

from __future__ import annotations

from samples.generate.holdout3.hasil import s_setara
from samples.generate.holdout3.model import Doc, Finding, Link, Rec, Scores, Signer, Status, Waktu

MON_HEADERS = [
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
RA_HEADERS = [
    "NO",
    "HASIL EVALUASI INSPEKTORAT",
    "REKOMENDASI INSPEKTORAT",
    "RENCANA AKSI TINDAK LANJUT",
]
SECTIONS_AB = {
    "A": "A Perencanaan Kinerja",
    "B": "B Pengukuran Kinerja",
    "C": "C Pelaporan Kinerja",
    "D": "D Evaluasi Akuntabilitas Kinerja Internal",
}
SECTIONS_CAPS = {
    "A": "A. PERENCANAAN KINERJA",
    "B": "B. PENGUKURAN KINERJA",
    "C": "C. PELAPORAN KINERJA",
    "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
}
PJ_LABELS = ["Nama Penanggung Jawab Data SAKIP/Unit Kerja", "Nomor HP Penanggungjawab Data SAKIP"]

SUDAH = Status("Sudah ditindaklanjuti", "selesai")
PROSES = Status("Dalam proses", "proses")
BELUM = Status("Belum ditindaklanjuti", "belum")
SELESAI100 = Status("Selesai (100%)", "selesai")
ONPROG = Status("On progress", "proses")


def U(url: str) -> Link:  # noqa: N802
    """A URL written out in the cell, no link annotation."""
    return Link(url, url, False)


def w(text: str, tahun: int | None, periode: str | None) -> Waktu:
    return Waktu(text, tahun, periode)


def doc301() -> Doc:
    """Disdukcapil Tapin 2023: docx, monitoring, landscape F4."""
    sa, sb, sc, sd = (
        Scores("A", 86, 74, 68),
        Scores("B", 80, 70, 64),
        Scores("C", 90, 72, 66),
        Scores("D", 84, 76, 62),
    )
    pj_a = "Kasubbag Perencanaan, Evaluasi dan Pelaporan"
    t = w("Triwulan II Tahun 2024", 2024, "Triwulan II")
    a = Finding(
        "A",
        sa,
        s_setara(
            sa,
            "Dinas telah memiliki Renstra 2021-2026, Renja dan Perjanjian Kinerja Tahun 2023 yang telah "
            "ditetapkan dan dipublikasikan pada laman resmi. Namun rumusan sasaran strategis pada Renstra "
            "masih berupa kegiatan (output) dan belum menggambarkan perubahan kondisi yang dirasakan "
            "masyarakat; indikator cakupan kepemilikan KTP elektronik belum dilengkapi formulasi "
            "perhitungan; pohon kinerja belum diturunkan sampai level pelaksana sehingga belum terlihat "
            "keterkaitan antara sasaran dinas dengan Sasaran Kinerja Pegawai (SKP); serta target kinerja "
            "pada Perjanjian Kinerja belum seluruhnya selaras dengan target tahunan pada Renstra.",
        ),
        [
            Rec(
                "Agar merumuskan kembali sasaran strategis dinas yang berorientasi hasil (outcome) dan "
                "menggambarkan kondisi yang ingin diwujudkan bagi masyarakat",
                "Melakukan reviu rumusan sasaran strategis pada dokumen Renstra Perubahan dan Renja Tahun 2024",
                "Dokumen Reviu Renstra",
                t,
                pj_a,
                SUDAH,
                U("https://drive.google.com/drive/folders/1kD8vQm2RtYwLp0XaZc5nUe4bHs7JgFiO"),
            ),
            Rec(
                "Agar menyusun pohon kinerja (cascading) hingga level jabatan pelaksana dan menjadikannya "
                "dasar penyusunan SKP seluruh pegawai",
                "Menyusun cascading kinerja dinas sampai level pelaksana dan menyelaraskan SKP pegawai",
                "Dokumen Cascading",
                w("Semester I Tahun 2024", 2024, "Semester I"),
                pj_a,
                Status("Dalam proses penyelarasan SKP pejabat fungsional", "proses"),
                U("https://drive.google.com/file/d/1Hn3sWq9TzPeY5vKc0LmAa2Ud7FoRgXbN/view"),
            ),
            Rec(
                "Agar melengkapi setiap indikator kinerja dengan definisi operasional dan formulasi "
                "perhitungan yang jelas",
                "Menyusun manual Indikator Kinerja Utama beserta formulasi perhitungannya",
                "Manual IKU",
                w("Juni 2024", 2024, "Juni"),
                pj_a,
                BELUM,
                None,
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_setara(
            sb,
            "Pengukuran kinerja telah dilaksanakan secara triwulanan dengan memanfaatkan aplikasi "
            "e-Monev daerah. Data capaian kinerja layanan administrasi kependudukan telah dikumpulkan "
            "dari setiap bidang, akan tetapi pengukuran kinerja belum dilakukan sampai dengan level "
            "individu; hasil pengukuran belum dibahas secara rutin dalam rapat pimpinan dan belum "
            "terdokumentasi dalam notulen; data capaian belum divalidasi oleh pejabat yang berwenang "
            "sebelum dilaporkan; serta hasil pengukuran kinerja belum dijadikan dasar pemberian "
            "penghargaan (reward) dan sanksi (punishment) kepada pegawai maupun dasar penyesuaian "
            "strategi dan kegiatan pada tahun berjalan. Selain itu belum tersedia mekanisme tertulis "
            "mengenai penanganan data kinerja yang tidak valid atau terlambat disampaikan oleh bidang.",
        ),
        [
            Rec(
                "Agar melaksanakan pengukuran kinerja secara berjenjang sampai dengan level individu "
                "setiap bulan dan mendokumentasikan hasilnya",
                "Melaksanakan pengukuran capaian kinerja individu setiap bulan melalui aplikasi e-Kinerja",
                "Laporan Pengukuran Kinerja Bulanan",
                w("Triwulan III Tahun 2024", 2024, "Triwulan III"),
                "Sekretaris",
                SUDAH,
                U("https://drive.google.com/drive/folders/1pQ4mZ8xRbVt2cW6yLkJo3NsE9uHd5FaG"),
            ),
            Rec(
                "Perlu menetapkan kebijakan pemberian reward dan punishment yang didasarkan pada hasil "
                "pengukuran kinerja pegawai",
                "Menyusun dan menetapkan Keputusan Kepala Dinas tentang pemberian reward dan punishment berbasis kinerja",
                "SK Kepala Dinas",
                w("Triwulan III Tahun 2024", 2024, "Triwulan III"),
                "Sekretaris",
                PROSES,
                None,
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_setara(
            sc,
            "Laporan Kinerja Tahun 2022 telah disusun, direviu dan disampaikan tepat waktu. Laporan "
            "belum menyajikan analisis penyebab tidak tercapainya target cakupan akta kelahiran anak "
            "usia 0-18 tahun, belum memuat analisis efisiensi penggunaan sumber daya, dan belum "
            "membandingkan capaian kinerja dengan standar nasional.",
        ),
        [
            Rec(
                "Agar Laporan Kinerja memuat analisis penyebab keberhasilan dan kegagalan pencapaian "
                "target beserta alternatif solusi yang telah dilakukan",
                "Menambahkan analisis penyebab keberhasilan/kegagalan dan solusi pada LKjIP Tahun 2023",
                "LKjIP Tahun 2023",
                w("Maret 2024", 2024, "Maret"),
                pj_a,
                SUDAH,
                U("https://drive.google.com/file/d/1Tr6yUe0WqAs5Dx7Cv3Bn8Mk2Lj4Hg9Pf/view"),
            ),
            Rec(
                "Agar menyajikan perbandingan capaian kinerja dengan standar nasional atau capaian "
                "kabupaten lain di Provinsi Kalimantan Selatan",
                "Menyajikan tabel perbandingan capaian kinerja dengan kabupaten/kota lain se-Kalimantan Selatan",
                "LKjIP Tahun 2023",
                w("Maret 2024", 2024, "Maret"),
                pj_a,
                SUDAH,
                None,
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_setara(
            sd,
            "Evaluasi internal atas pelaksanaan rencana aksi telah dilakukan oleh Sekretaris, namun "
            "belum menggunakan lembar kerja evaluasi yang baku dan rekomendasi hasil evaluasi internal "
            "belum seluruhnya ditindaklanjuti oleh bidang.",
        ),
        [
            Rec(
                "Segera menindaklanjuti seluruh rekomendasi hasil evaluasi internal dan LHE SAKIP tahun "
                "sebelumnya serta melaporkan progresnya kepada Inspektorat",
                "Menyusun rencana aksi dan laporan progres tindak lanjut rekomendasi LHE SAKIP setiap triwulan",
                "Laporan Progres Tindak Lanjut",
                w("Desember 2024", 2024, "Desember"),
                "Sekretaris",
                PROSES,
                U("https://drive.google.com/drive/folders/1Zx5cVb7nMq2wEr4tYu6iOp8aSd0fGh3J"),
            ),
        ],
    )
    return Doc(
        name="301_docx_disdukcapiltapin_2023",
        producer="libreoffice-docx",
        layout="monitoring",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "DI LINGKUNGAN PEMERINTAH KABUPATEN TAPIN",
        ],
        unit_kerja="Dinas Kependudukan dan Pencatatan Sipil",
        kabupaten="Tapin",
        tahun=2023,
        pj_label=PJ_LABELS,
        pj_nama="RAHMAT HIDAYATULLAH, S.Kom",
        hp_printed="0812-5170-4436",
        hp_e164="+6281251704436",
        headers=MON_HEADERS,
        section_label=SECTIONS_AB,
        findings=[a, b, c, d],
        signer=Signer(
            ["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL KABUPATEN TAPIN,"],
            "Drs. H. MUHAMMAD SYARKAWI, M.Si",
            "Pembina Utama Muda (IV/c)",
            "NIP. 19700315 199403 1 008",
        ),
        sign_place_date="Rantau, 12 Februari 2024",
        exp_jabatan="KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN TAPIN",
        exp_pangkat="Pembina Utama Muda",
        exp_golongan="IV/c",
        exp_nip="197003151994031008",
        render=dict(
            page="F4",
            landscape=True,
            font="Helvetica",
            size=7.5,
            repeat_header=True,
            widths=[0.35, 2.9, 1.9, 1.8, 0.85, 0.95, 0.95, 1.05, 1.05],
        ),
        features=[
            "f4_landscape",
            "bordered_wrapped_text",
            "merged_hasil_evaluasi",
            "header_repeated",
            "row_split_across_pages",
            "url_in_cell",
            "font_nimbus_sans",
            "hp_dashes",
            "nip_spaces",
            "two_line_jabatan",
        ],
        layout_desc="landscape F4/Folio 8.5 x 13 in, 9-column monitoring table, bordered, Helvetica 7.5 pt (rendered with Nimbus Sans)",
        notes=[
            "penandatangan_jabatan joins the two jabatan lines and drops the trailing comma",
            "LINK cells hold Google Drive URLs written out (wrapped over several lines), no link annotations: tautan and tautan_teks are both the URL",
        ],
    )
