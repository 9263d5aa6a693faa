# ruff: noqa: E501
"""Specs of the remaining Word documents (304, 307) and spreadsheet 308."""

from __future__ import annotations

from samples.generate.holdout3.docs_a import (
    BELUM,
    MON_HEADERS,
    ONPROG,
    PJ_LABELS,
    PROSES,
    RA_HEADERS,
    SECTIONS_AB,
    SUDAH,
    U,
    w,
)
from samples.generate.holdout3.hasil import s_capai, s_dinilai
from samples.generate.holdout3.model import Doc, Finding, Rec, Scores, Signer

SECTIONS_MIXED = {
    "A": "A. Komponen Perencanaan Kinerja",
    "B": "B. Komponen Pengukuran Kinerja",
    "C": "C. Komponen Pelaporan Kinerja",
    "D": "D. Komponen Evaluasi Akuntabilitas Kinerja Internal",
}


def doc304() -> Doc:
    """UPTD Puskesmas Martapura 1 2025: docx, rencana aksi, portrait A4, two signatures."""
    sa, sb, sc, sd = (
        Scores("A", 94, 82, 78),
        Scores("B", 90, 80, 76),
        Scores("C", 96, 84, 80),
        Scores("D", 92, 80, 72),
    )
    a = Finding(
        "A",
        sa,
        s_capai(
            sa,
            "Puskesmas telah menyusun Rencana Lima Tahunan, Rencana Usulan Kegiatan dan Rencana Pelaksanaan "
            "Kegiatan yang mengacu pada Renstra Dinas Kesehatan. Indikator kinerja puskesmas belum seluruhnya "
            "memuat target per klaster layanan (klaster ibu dan anak, klaster usia dewasa dan lansia), dan "
            "Perjanjian Kinerja penanggung jawab klaster belum ditandatangani.",
        ),
        [
            Rec(
                "Agar menetapkan target kinerja untuk setiap klaster layanan sesuai integrasi layanan primer",
                "Menyusun target kinerja per klaster layanan dalam Rencana Pelaksanaan Kegiatan Tahun 2026",
            ),
            Rec(
                "Agar Perjanjian Kinerja penanggung jawab klaster ditandatangani pada awal tahun anggaran",
                "Menandatangani Perjanjian Kinerja Kepala Puskesmas dengan para penanggung jawab klaster",
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_capai(
            sb,
            "Pengukuran kinerja dilakukan melalui Penilaian Kinerja Puskesmas setiap semester dan laporan "
            "bulanan program. Data capaian cakupan imunisasi dasar lengkap dan kunjungan ibu hamil berbeda "
            "antara laporan program dan aplikasi ASIK, serta belum ada mekanisme validasi data sebelum "
            "pelaporan.",
        ),
        [
            Rec(
                "Perlu melakukan validasi data capaian program setiap bulan sebelum dilaporkan ke Dinas "
                "Kesehatan",
                "Membentuk tim validasi data dan melaksanakan rapat validasi data setiap awal bulan",
            ),
            Rec(
                "Agar melakukan sinkronisasi data antara laporan program dan aplikasi ASIK",
                "Melakukan rekonsiliasi data cakupan program dengan data pada aplikasi ASIK setiap triwulan",
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_capai(
            sc,
            "Laporan Kinerja puskesmas telah disusun dan disampaikan kepada Dinas Kesehatan. Laporan belum "
            "menguraikan hambatan pencapaian target penemuan kasus tuberkulosis dan upaya yang telah dilakukan.",
        ),
        [
            Rec(
                "Agar Laporan Kinerja menguraikan hambatan pencapaian target dan upaya tindak lanjutnya",
                "Menambahkan analisis hambatan dan upaya tindak lanjut pada Laporan Kinerja Tahun 2025",
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_capai(
            sd,
            "Evaluasi internal dilakukan melalui lokakarya mini bulanan, namun belum terdapat dokumentasi "
            "tindak lanjut atas rekomendasi hasil lokakarya mini.",
        ),
        [
            Rec(
                "Agar mendokumentasikan tindak lanjut rekomendasi hasil lokakarya mini bulanan",
                "Menyusun notulen dan matriks tindak lanjut hasil lokakarya mini setiap bulan",
            ),
        ],
    )
    return Doc(
        name="304_docx_puskesmasmartapura1_2025",
        producer="libreoffice-docx",
        layout="rencana_aksi",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "UPTD PUSKESMAS MARTAPURA 1",
            "DI LINGKUNGAN PEMERINTAH KABUPATEN BANJAR",
        ],
        unit_kerja="UPTD Puskesmas Martapura 1",
        kabupaten="Banjar",
        tahun=2025,
        pj_label=PJ_LABELS,
        pj_nama="SITI MAISARAH, S.KM",
        hp_printed="+62 852 4811 3097",
        hp_e164="+6285248113097",
        headers=RA_HEADERS,
        section_label=SECTIONS_MIXED,
        findings=[a, b, c, d],
        signer=Signer(
            ["KEPALA UPTD PUSKESMAS MARTAPURA 1,"],
            "drg. NOOR LAILA FITRIANI",
            "Penata Tk. I (III/d)",
            "NIP. 19850709 201001 2 015",
        ),
        left_signer=Signer(
            ["KEPALA DINAS KESEHATAN", "KABUPATEN BANJAR,"],
            "dr. H. AKHMAD RIDUAN, M.Kes",
            "Pembina Utama Muda (IV/c)",
            "NIP. 19710612 200112 1 004",
            lead=["Mengetahui,"],
        ),
        sign_place_date="Martapura, 10 Februari 2026",
        exp_jabatan="KEPALA UPTD PUSKESMAS MARTAPURA 1",
        exp_pangkat="Penata Tk. I",
        exp_golongan="III/d",
        exp_nip="198507092010012015",
        number_fmt="{a}.",
        render=dict(
            page="A4",
            landscape=False,
            font="Times",
            size=9.5,
            repeat_header=False,
            cell_margin=30,
            margin=0.7,
            widths=[0.35, 2.75, 1.9, 1.85],
            justify=True,
        ),
        features=[
            "a4_portrait",
            "narrow_columns_heavy_wrapping",
            "merged_hasil_evaluasi",
            "two_signatures",
            "lettered_recommendations",
            "small_cell_padding",
            "signature_on_next_page",
            "font_nimbus_roman",
            "hp_plus62_spaces",
            "nip_spaces",
            "female_signer",
        ],
        layout_desc="portrait A4, 4-column rencana aksi table, bordered, Times 9.5 pt (rendered with Nimbus Roman), "
        "small cell margins, section rows 'A. Komponen Perencanaan Kinerja', justified HASIL, two signature "
        "blocks side by side alone on page 2",
        notes=[
            "recommendations lettered 'a.' 'b.': the letter is removed, rekomendasi_no counts 1, 2",
            "two signature blocks: left 'Mengetahui, / KEPALA DINAS KESEHATAN / KABUPATEN BANJAR,' only "
            "acknowledges; the penandatangan is the head of the puskesmas on the right (female, NIP sex digit 2)",
            "unit_kerja keeps the acronym UPTD as printed: 'UPTD Puskesmas Martapura 1'",
            "rencana_aksi layout: target_data ... tautan are null",
        ],
    )


def doc307() -> Doc:
    """Kecamatan Pulau Laut Utara 2022: docx, monitoring, landscape A4, horizontal rules only."""
    sa, sb, sc, sd = (
        Scores("A", 78, 64, 60),
        Scores("B", 74, 62, 58),
        Scores("C", 80, 70, 60),
        Scores("D", 76, 64, 56),
    )
    pj = "Kasubbag Program dan Keuangan"
    a = Finding(
        "A",
        sa,
        s_dinilai(
            sa,
            "Dokumen Renstra, Renja dan Perjanjian Kinerja Kecamatan tersedia.",
            "Sasaran kecamatan belum berorientasi hasil; indikator jumlah kegiatan fasilitasi desa/kelurahan "
            "masih berupa output; target kinerja tidak berubah selama lima tahun.",
            "Renja belum dimanfaatkan sebagai dasar penganggaran; Perjanjian Kinerja belum dipantau secara berkala.",
        ),
        [
            Rec(
                "Agar menyusun kembali sasaran dan indikator kinerja kecamatan yang berorientasi hasil dengan "
                "target tahunan yang meningkat",
                "Mereviu sasaran dan indikator kinerja pada Renja Kecamatan Pulau Laut Utara Tahun 2023",
                "Renja Reviu",
                w("Semester I Tahun 2023", 2023, "Semester I"),
                pj,
                SUDAH,
                U("https://drive.google.com/drive/folders/1PlU7uTaRa2023xYz4AbC6dEf8GhI0jKl"),
            ),
            Rec(
                "Melakukan pemantauan capaian Perjanjian Kinerja setiap triwulan",
                "Menyusun laporan pemantauan capaian Perjanjian Kinerja triwulanan",
                "Laporan Triwulan",
                w("Triwulan II Tahun 2023", 2023, "Triwulan II"),
                pj,
                PROSES,
                None,
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_dinilai(
            sb,
            "Sudah tersedia formulir pengumpulan data kinerja.",
            "Data kinerja dikumpulkan tidak tepat waktu dan belum diverifikasi oleh Sekretaris Camat; "
            "pengukuran kinerja belum dilakukan secara berjenjang.",
            "Hasil pengukuran belum digunakan dalam evaluasi pelaksanaan kegiatan.",
        ),
        [
            Rec(
                "Agar data kinerja diverifikasi Sekretaris Camat sebelum pengukuran capaian",
                "Menerapkan lembar verifikasi data kinerja yang ditandatangani Sekretaris Camat",
                "Lembar Verifikasi",
                w("Juni 2023", 2023, "Juni"),
                "Sekretaris Camat",
                ONPROG,
                None,
            ),
            Rec(
                "Segera melaksanakan pengukuran kinerja secara berjenjang sampai tingkat pelaksana",
                "Melaksanakan pengukuran kinerja seksi dan pelaksana setiap triwulan",
                "Laporan Pengukuran",
                w("Triwulan III Tahun 2023", 2023, "Triwulan III"),
                "Sekretaris Camat",
                BELUM,
                None,
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_dinilai(
            sc,
            "Laporan Kinerja Tahun 2021 tersedia dan telah disampaikan.",
            "Laporan belum menyajikan capaian kinerja dibandingkan target Renstra dan belum menganalisis "
            "penyebab tidak tercapainya indikator.",
            "Laporan Kinerja belum digunakan untuk perbaikan perencanaan.",
        ),
        [
            Rec(
                "Agar menyajikan capaian kinerja dibandingkan target jangka menengah serta analisis penyebab "
                "tidak tercapainya target",
                "Menambahkan perbandingan terhadap target Renstra dan analisis penyebab pada LKjIP Tahun 2022",
                "LKjIP 2022",
                w("Maret 2023", 2023, "Maret"),
                pj,
                SUDAH,
                U("https://drive.google.com/file/d/1LkjipPlu2022QwErTyUiOp/view"),
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_dinilai(
            sd,
            "Belum ada pedoman evaluasi internal.",
            "Evaluasi internal belum dilaksanakan pada seluruh seksi.",
            "Hasil evaluasi internal belum dimanfaatkan untuk perbaikan kinerja.",
        ),
        [
            Rec(
                "Agar melaksanakan evaluasi internal pada seluruh seksi dan menindaklanjuti hasilnya",
                "Menyusun jadwal dan melaksanakan evaluasi internal pada seluruh seksi",
                "Laporan Evaluasi Internal",
                w("Semester II Tahun 2023", 2023, "Semester II"),
                "Sekretaris Camat",
                None,
                None,
            ),
        ],
    )
    return Doc(
        name="307_docx_pulaulaututara_2022",
        producer="libreoffice-docx",
        layout="monitoring",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN PULAU LAUT UTARA",
            "KABUPATEN KOTABARU",
        ],
        unit_kerja="Kecamatan Pulau Laut Utara",
        kabupaten="Kotabaru",
        tahun=2022,
        pj_label=PJ_LABELS,
        pj_nama="M. RIDHANI, S.IP",
        hp_printed="0821-5309-1187",
        hp_e164="+6282153091187",
        headers=MON_HEADERS,
        section_label=SECTIONS_AB,
        findings=[a, b, c, d],
        signer=Signer(
            ["CAMAT PULAU LAUT UTARA,"],
            "GUSTI IRWAN SYAHRANI, S.STP, M.Si",
            "Pembina (IV/a)",
            "NIP. 19830607 200512 1 003",
        ),
        sign_place_date="Kotabaru, 21 Februari 2023",
        exp_jabatan="CAMAT PULAU LAUT UTARA",
        exp_pangkat="Pembina",
        exp_golongan="IV/a",
        exp_nip="198306072005121003",
        render=dict(
            page="A4",
            landscape=True,
            font="Avant Garde",
            size=7.5,
            repeat_header=True,
            hrules_only=True,
            border_color="404040",
            border_sz=4,
            cell_margin=50,
            margin=0.5,
            widths=[0.3, 2.45, 1.5, 1.5, 0.8, 1.0, 1.0, 0.9, 1.24],
        ),
        features=[
            "a4_landscape",
            "no_vertical_rules",
            "header_repeated",
            "merged_hasil_evaluasi",
            "url_in_cell",
            "font_urw_gothic",
            "hp_dashes",
            "nip_spaces",
            "empty_status_cell",
            "hasil_percent_before_nilai",
        ],
        layout_desc="landscape A4, 9-column monitoring table with horizontal rules only (no vertical rules), "
        "Avant Garde 7.5 pt (rendered with URW Gothic), header row repeated",
        notes=[
            "D1 has an empty STATUS/PROGRES cell: status_progres and status null",
            "HASIL gives each sub-component as 'Keberadaan 78% (4,68): ...' (percentage before nilai)",
            "LINK cells are URLs written out, no link annotations",
        ],
    )
