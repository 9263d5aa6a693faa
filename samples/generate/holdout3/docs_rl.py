# ruff: noqa: E501
"""Specs of the reportlab documents (303, 306)."""

from __future__ import annotations

from samples.generate.holdout3.docs_a import (
    BELUM,
    MON_HEADERS,
    ONPROG,
    PJ_LABELS,
    RA_HEADERS,
    SECTIONS_CAPS,
    SELESAI100,
    w,
)
from samples.generate.holdout3.hasil import s_capai, s_dinilai
from samples.generate.holdout3.model import Doc, Finding, Link, Rec, Scores, Signer


def doc303() -> Doc:
    """Kecamatan Batulicin 2022: reportlab, rencana aksi, portrait A4, horizontal rules only."""
    sa, sb, sc, sd = (
        Scores("A", 70, 60, 56),
        Scores("B", 76, 62, 54),
        Scores("C", 80, 64, 58),
        Scores("D", 72, 60, 52),
    )
    a = Finding(
        "A",
        sa,
        s_dinilai(
            sa,
            "Kecamatan telah memiliki Renstra Kecamatan 2021-2026, Rencana Kerja dan Perjanjian Kinerja Tahun "
            "2022 yang ditandatangani Camat; dokumen telah diunggah pada aplikasi e-SAKIP daerah.",
            "Tujuan dan sasaran dalam Renstra masih dirumuskan sebagai upaya (meningkatkan, mengoptimalkan) "
            "dan belum sebagai kondisi yang ingin dicapai; indikator kinerja sasaran indeks kepuasan "
            "masyarakat belum memiliki target tahunan yang menantang; Perjanjian Kinerja eselon IV (Kasi "
            "dan Kasubbag) belum selaras dengan sasaran kecamatan; dokumen Renja belum memuat evaluasi "
            "atas capaian tahun lalu.",
            "Dokumen perencanaan kinerja belum dimanfaatkan sebagai acuan penyusunan anggaran; beberapa "
            "kegiatan dalam DPA tidak memiliki keterkaitan dengan sasaran strategis kecamatan, dan "
            "Perjanjian Kinerja belum dijadikan dasar dalam penilaian kinerja pejabat struktural.",
        ),
        [
            Rec(
                "Agar merevisi rumusan tujuan, sasaran dan indikator kinerja kecamatan dengan:\n"
                "- menggunakan kata berorientasi hasil (meningkatnya, terwujudnya);\n"
                "- menetapkan target tahunan yang realistis dan menantang;\n"
                "- menyelaraskan Perjanjian Kinerja Kasi dan Kasubbag dengan sasaran Camat.",
                "Menyusun reviu Renstra Kecamatan Batulicin dan menetapkan ulang Perjanjian Kinerja Tahun 2023 "
                "secara berjenjang sampai eselon IV",
            ),
            Rec(
                "Perlu memastikan setiap kegiatan dan sub kegiatan dalam DPA mendukung pencapaian sasaran "
                "strategis kecamatan",
                "Menyusun matriks keterkaitan sasaran, program, kegiatan dan sub kegiatan sebagai dasar "
                "penyusunan RKA Tahun 2024",
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_dinilai(
            sb,
            "Tersedia Indikator Kinerja Utama kecamatan yang telah ditetapkan dengan Keputusan Camat, "
            "tetapi belum ada prosedur tertulis pengumpulan data kinerja.",
            "Pengukuran kinerja dilakukan setahun sekali pada saat penyusunan Laporan Kinerja; data capaian "
            "pelayanan PATEN belum dikumpulkan setiap bulan; data tidak disertai bukti dukung yang memadai.",
            "Hasil pengukuran belum digunakan untuk perbaikan pelayanan maupun pemberian penghargaan kepada "
            "pegawai berprestasi.",
        ),
        [
            Rec(
                "Melakukan pengukuran capaian kinerja secara periodik (bulanan/triwulanan) dan menyusun "
                "prosedur tertulis pengumpulan data kinerja",
                "Menyusun SOP pengumpulan data kinerja dan melaksanakan pengukuran kinerja triwulanan yang "
                "dibahas dalam rapat staf kecamatan",
            ),
            Rec(
                "Agar hasil pengukuran kinerja dimanfaatkan sebagai bahan perbaikan layanan dan dasar "
                "pemberian penghargaan kepada pegawai",
                "Menetapkan pegawai teladan setiap semester berdasarkan capaian kinerja individu",
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_dinilai(
            sc,
            "Laporan Kinerja Tahun 2021 telah disusun dan disampaikan kepada Bupati melalui Bagian Organisasi "
            "Setda.",
            "Laporan Kinerja belum menyajikan perbandingan capaian dengan tahun-tahun sebelumnya dan "
            "target jangka menengah; analisis atas efisiensi penggunaan anggaran belum ada; capaian "
            "indikator persentase layanan administrasi terpadu yang diselesaikan tepat waktu dilaporkan tanpa "
            "penjelasan sumber data; Laporan Kinerja belum mengungkapkan kendala dan langkah antisipasi atas "
            "sasaran yang tidak mencapai target, serta belum dipublikasikan pada laman resmi kecamatan.",
            "Informasi dalam Laporan Kinerja belum digunakan untuk perbaikan perencanaan tahun berikutnya.",
        ),
        [
            Rec(
                "Segera melengkapi Laporan Kinerja dengan perbandingan capaian kinerja terhadap tahun "
                "sebelumnya, target jangka menengah dan analisis efisiensi anggaran serta mempublikasikannya pada laman resmi kecamatan",
                "Melengkapi LKjIP Kecamatan Batulicin Tahun 2022 dengan tabel perbandingan capaian dan "
                "analisis efisiensi",
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_dinilai(
            sd,
            "Kecamatan belum memiliki tim evaluasi internal akuntabilitas kinerja.",
            "Evaluasi internal belum dilaksanakan atas pelaksanaan program dan kegiatan kecamatan, "
            "sehingga belum ada rekomendasi perbaikan dari internal.",
            None,
        ),
        [
            Rec(
                "Agar membentuk tim evaluasi internal dan melaksanakan evaluasi akuntabilitas kinerja "
                "internal setiap tahun",
                "Menetapkan Keputusan Camat tentang Tim Evaluasi Internal SAKIP Kecamatan",
            ),
            Rec(
                "Agar menindaklanjuti rekomendasi LHE SAKIP tahun sebelumnya secara tuntas",
                "Menyusun rencana aksi dan memantau tindak lanjut rekomendasi LHE SAKIP Tahun 2022",
            ),
        ],
        pemanfaatan_stated=False,
    )
    return Doc(
        name="303_reportlab_batulicin_2022",
        producer="reportlab",
        layout="rencana_aksi",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN BATULICIN",
            "KABUPATEN TANAH BUMBU",
        ],
        unit_kerja="Kecamatan Batulicin",
        kabupaten="Tanah Bumbu",
        tahun=2022,
        pj_label=PJ_LABELS,
        pj_nama="FITRIANSYAH, S.AP",
        hp_printed="0813 5211 7046",
        hp_e164="+6281352117046",
        headers=RA_HEADERS,
        section_label=SECTIONS_CAPS,
        findings=[a, b, c, d],
        signer=Signer(
            ["CAMAT BATULICIN,"],
            "H. ABDUL WAHAB, S.Sos., M.AP",
            "Penata Tk. I (III/d)",
            "NIP. 19800214 200501 1 007",
        ),
        sign_place_date="Batulicin, 6 Maret 2023",
        exp_jabatan="CAMAT BATULICIN",
        exp_pangkat="Penata Tk. I",
        exp_golongan="III/d",
        exp_nip="198002142005011007",
        render=dict(
            page="A4",
            landscape=False,
            font="NimbusRoman-Regular",
            font_bold="NimbusRoman-Bold",
            size=9.5,
            repeat_header=True,
            split_in_row=True,
            hrules_only=True,
            pad=3,
            justify=False,
            widths=[0.3, 2.9, 2.0, 2.07],
        ),
        features=[
            "a4_portrait",
            "narrow_columns_heavy_wrapping",
            "no_vertical_rules",
            "header_repeated",
            "row_split_across_pages",
            "merged_hasil_evaluasi",
            "dash_sublist_one_recommendation",
            "font_nimbus_roman_type1",
            "hp_spaces",
            "nip_spaces",
            "hasil_cut_before_pemanfaatan",
            "hasil_percent_before_nilai",
        ],
        layout_desc="portrait A4, 4-column rencana aksi table with horizontal rules only (no vertical rules), "
        "Nimbus Roman 9.5 pt (embedded Type 1), header repeated on every page, rows split across pages",
        notes=[
            "A1 is one numbered item with a '-' list: one recommendation, '-' marks kept, lines joined with single spaces",
            "HASIL gives each sub-component as 'Keberadaan 70% (4,20): ...' (percentage before nilai), one paragraph each; hasil_evaluasi joins them with single spaces",
            "D states no pemanfaatan score: pemanfaatan_nilai / _persen null (nilai and persen are stated)",
            "rencana_aksi layout: target_data ... tautan are null",
        ],
    )


def doc306() -> Doc:
    """Sekretariat DPRD Kapuas 2024: reportlab, monitoring, landscape F4, light-grey grid, tiny padding."""
    sa, sb, sc, sd = (
        Scores("A", 92, 78, 74),
        Scores("B", 86, 76, 68),
        Scores("C", 90, 78, 70),
        Scores("D", 84, 74, 66),
    )
    pj = "Kasubbag Perencanaan dan Keuangan"
    a = Finding(
        "A",
        sa,
        s_capai(
            sa,
            "Sekretariat DPRD telah menyusun Renstra, Renja, Perjanjian Kinerja dan Rencana Aksi Tahun 2024. "
            "Ruang perbaikan: (1) indikator sasaran persentase rekomendasi DPRD yang ditindaklanjuti "
            "Pemerintah Daerah belum dilengkapi metode pengumpulan data; (2) Rencana Aksi belum memuat "
            "target triwulanan yang terukur; (3) pohon kinerja belum memperlihatkan kontribusi setiap bagian "
            "(Bagian Umum, Bagian Persidangan dan Perundang-undangan, Bagian Fasilitasi Penganggaran dan "
            "Pengawasan) terhadap sasaran sekretariat.",
        ),
        [
            Rec(
                "Agar melengkapi setiap indikator kinerja dengan metode dan sumber pengumpulan data",
                "Menyusun manual indikator kinerja Sekretariat DPRD",
                "Manual IKK",
                w("Triwulan I Tahun 2025", 2025, "Triwulan I"),
                pj,
                SELESAI100,
                Link(
                    "Manual Indikator",
                    "https://drive.google.com/file/d/1aWq3Er5Ty7Ui9Op1As2Df4Gh6Jk8Lz0X/view?usp=sharing",
                    True,
                ),
            ),
            Rec(
                "Agar menetapkan target triwulanan yang terukur dalam Rencana Aksi",
                "Merevisi Rencana Aksi Tahun 2025 dengan target kinerja per triwulan",
                "Rencana Aksi 2025",
                w("Januari 2025", 2025, "Januari"),
                pj,
                SELESAI100,
                Link("https://s.id/RenaksiSetwanKps25", "https://s.id/RenaksiSetwanKps25", True),
            ),
            Rec(
                "Perlu menyusun pohon kinerja yang menggambarkan kontribusi setiap bagian terhadap sasaran "
                "Sekretariat DPRD",
                "Menyusun pohon kinerja dan crosscutting antar bagian di lingkungan Sekretariat DPRD",
                "Pohon Kinerja",
                w("Triwulan II Tahun 2025", 2025, "Triwulan II"),
                "Sekretaris DPRD",
                ONPROG,
                None,
            ),
        ],
    )
    b = Finding(
        "B",
        sb,
        s_capai(
            sb,
            "Pengukuran kinerja telah dilaksanakan setiap triwulan dan dilaporkan melalui aplikasi e-SAKIP, "
            "namun data capaian fasilitasi rapat paripurna dan reses belum diverifikasi oleh atasan langsung, "
            "serta hasil pengukuran kinerja belum dimanfaatkan sebagai dasar pemberian Tambahan Penghasilan "
            "Pegawai (TPP).",
        ),
        [
            Rec(
                "Melakukan verifikasi berjenjang atas data capaian kinerja sebelum diinput ke aplikasi "
                "e-SAKIP",
                "Menerapkan lembar verifikasi data capaian kinerja yang ditandatangani Kepala Bagian",
                "Lembar Verifikasi",
                w("Triwulan II Tahun 2025", 2025, "Triwulan II"),
                "Kepala Bagian Umum",
                ONPROG,
                Link(
                    "https://drive.google.com/drive/folders/1QwE4rT6yU8iO0pA2sD4fG6hJ8kL0zX1c",
                    "https://drive.google.com/drive/folders/1QwE4rT6yU8iO0pA2sD4fG6hJ8kL0zX1c",
                    True,
                ),
            ),
            Rec(
                "Agar hasil pengukuran kinerja dijadikan dasar dalam perhitungan TPP pegawai",
                "Mengintegrasikan capaian kinerja individu dengan perhitungan TPP",
                "-",
                w("Juni 2025", 2025, "Juni"),
                "Kepala Bagian Umum",
                None,
                None,
            ),
        ],
    )
    c = Finding(
        "C",
        sc,
        s_capai(
            sc,
            "Laporan Kinerja Tahun 2023 sudah memuat perbandingan capaian terhadap target dan tahun "
            "sebelumnya, akan tetapi belum menguraikan analisis efisiensi penggunaan sumber daya. Laporan juga belum memuat informasi "
            "keuangan yang dikaitkan dengan capaian setiap sasaran dan belum menjelaskan faktor penyebab "
            "penurunan capaian indikator ketepatan waktu penyampaian risalah rapat DPRD.",
        ),
        [
            Rec(
                "Agar menambahkan analisis efisiensi penggunaan sumber daya dalam Laporan Kinerja",
                "Menambahkan analisis efisiensi anggaran per sasaran pada LKjIP Tahun 2024",
                "LKjIP 2024",
                w("Februari 2025", 2025, "Februari"),
                pj,
                SELESAI100,
                Link(
                    "LKjIP Setwan 2024",
                    "https://drive.google.com/file/d/1zXc2Vb4Nm6Qw8Er0Ty2Ui4Op6As8Df0G/view",
                    True,
                ),
            ),
            Rec(
                "Perlu menjelaskan faktor penyebab penurunan capaian kinerja beserta langkah perbaikannya",
                "Menambahkan uraian penyebab penurunan capaian dan rencana perbaikan pada LKjIP",
                "LKjIP 2024",
                w("Februari 2025", 2025, "Februari"),
                "Kabag Persidangan",
                SELESAI100,
                None,
            ),
        ],
    )
    d = Finding(
        "D",
        sd,
        s_capai(
            sd,
            "Evaluasi internal telah dilaksanakan oleh Sekretaris DPRD terhadap seluruh bagian, namun hasil "
            "evaluasi belum dituangkan dalam laporan tertulis dan tindak lanjut atas rekomendasi evaluasi "
            "internal belum dipantau. Kertas kerja evaluasi yang digunakan belum mengacu pada Lembar Kerja Evaluasi "
            "sesuai PermenPANRB Nomor 88 Tahun 2021, pelaksana evaluasi belum pernah mengikuti bimbingan teknis "
            "evaluasi akuntabilitas kinerja, dan hasil evaluasi internal belum dikomunikasikan kepada seluruh "
            "pegawai sebagai bahan perbaikan pelaksanaan tugas pada tahun berikutnya.",
        ),
        [
            Rec(
                "Agar mendokumentasikan hasil evaluasi internal dalam laporan tertulis",
                "Menyusun laporan evaluasi internal per semester",
                "Laporan Evaluasi Internal",
                w("Semester I Tahun 2025", 2025, "Semester I"),
                "Sekretaris DPRD",
                BELUM,
                None,
            ),
            Rec(
                "Agar memantau tindak lanjut rekomendasi hasil evaluasi internal secara berkala",
                "Menyusun matriks pemantauan tindak lanjut rekomendasi evaluasi internal",
                "Matriks Pemantauan",
                w("Semester I Tahun 2025", 2025, "Semester I"),
                "Sekretaris DPRD",
                ONPROG,
                Link(
                    "Matriks TL",
                    "https://drive.google.com/drive/folders/1mN8bV6cX4zL2kJ0hG8fD6sA4pO2iU0yT",
                    True,
                ),
            ),
        ],
    )
    return Doc(
        name="306_reportlab_setwankapuas_2024",
        producer="reportlab",
        layout="monitoring",
        title_lines=[
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
            "DI LINGKUNGAN PEMERINTAH KABUPATEN KAPUAS",
        ],
        unit_kerja="Sekretariat Dewan Perwakilan Rakyat Daerah",
        kabupaten="Kapuas",
        tahun=2024,
        pj_label=PJ_LABELS,
        pj_nama="YULIANA SARI, S.E., M.M.",
        hp_printed="+62 812 5034 7781",
        hp_e164="+6281250347781",
        headers=MON_HEADERS,
        section_label=SECTIONS_CAPS,
        findings=[a, b, c, d],
        signer=Signer(
            ["SEKRETARIS DPRD KABUPATEN KAPUAS,"],
            "Dr. YOHANES ARIANTO, S.H., M.H.",
            "Pembina Utama Muda (IV/c)",
            "NIP. 19751120 200003 1 003",
        ),
        sign_place_date="Kuala Kapuas, 20 Januari 2025",
        exp_jabatan="SEKRETARIS DPRD KABUPATEN KAPUAS",
        exp_pangkat="Pembina Utama Muda",
        exp_golongan="IV/c",
        exp_nip="197511202000031003",
        render=dict(
            page="F4",
            landscape=True,
            font="NimbusSansNarrow-Regular",
            font_bold="NimbusSansNarrow-Bold",
            size=9,
            repeat_header=False,
            split_in_row=True,
            border_color="#C8C8C8",
            border_w=0.4,
            pad=1,
            widths=[0.3, 3.05, 1.85, 1.75, 0.8, 0.85, 0.95, 1.0, 1.45],
        ),
        features=[
            "f4_landscape",
            "light_grey_borders",
            "small_cell_padding",
            "no_header_repeat",
            "row_split_across_pages",
            "merged_hasil_evaluasi",
            "link_annotation",
            "url_in_cell",
            "font_nimbus_sans_narrow_type1",
            "hp_plus62_spaces",
            "nip_spaces",
            "empty_status_cell",
        ],
        layout_desc="landscape F4/Folio 8.5 x 13 in, 9-column monitoring table with a very light grey grid "
        "(#C8C8C8, 0.4 pt) and 1 pt cell padding, Nimbus Sans Narrow 9 pt (embedded Type 1), "
        "header on the first page only; the merged HASIL of D runs on over the page break",
        notes=[
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks = label) and URLs "
            "written out that are also annotated (tautan = tautan_teks = the URL)",
            "B2 has an empty STATUS cell: status_progres and status null; its TARGET '-' gives target_data null",
            "'Selesai (100%)' selesai, 'On progress' proses, 'Belum ditindaklanjuti' belum",
        ],
    )
