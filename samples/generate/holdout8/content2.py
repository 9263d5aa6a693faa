"""Typed content of holdout8 documents 805 .. 808."""

from __future__ import annotations

from samples.generate.holdout8 import wording as w
from samples.generate.holdout8.model import Doc, Finding, Person, Rec, Score

SUBS2 = ("keberadaan", "kualitas")


def _f(kode, score, hasil, recs, stated=("keberadaan", "kualitas", "pemanfaatan")):
    return Finding(kode=kode, no=1, hasil=hasil, score=score, stated=stated, recs=recs)


def _r805(rek, ra, pj, waktu, target, status, url):
    """805 prints PENANGGUNG JAWAB before WAKTU and TARGET: its specs are typed in that order."""
    return Rec(rek, ra, target=target, waktu=waktu, pj=pj, status=status, url=url)


# ---------------------------------------------------------------- 805
def doc805() -> Doc:
    a, b = Score("A", 88, 78, 70), Score("B", 84, 76, 72)
    c, d = Score("C", 86, 80, 70), Score("D", 84, 76, 66)
    site = "https://dppkb.sanggau.go.id/dokumen/"
    kasubag = "Kasubag Perencanaan,\nEvaluasi dan Pelaporan"
    findings = [
        _f(
            "A",
            a,
            w.decimal_point(
                a,
                "sasaran dinas belum memuat indikator angka kelahiran "
                "total (TFR) sebagai ukuran hasil program KB.",
            ),
            [
                _r805(
                    "Agar menjadikan angka kelahiran total (TFR) dan prevalensi kontrasepsi modern "
                    "sebagai indikator sasaran dinas",
                    "Merevisi Renstra dan Perjanjian Kinerja dengan indikator TFR dan mCPR",
                    kasubag,
                    "Sem. I 2025",
                    "Revisi Renstra dan PK 2025",
                    "Sudah ditindaklanjuti seluruhnya",
                    site + "renstra-revisi-2025.pdf",
                ),
                _r805(
                    "Agar target kinerja tahunan disusun berdasarkan tren capaian tiga tahun "
                    "terakhir",
                    "Menyusun kertas kerja penetapan target berdasarkan data 2022-2024",
                    kasubag,
                    "Sem. I 2025",
                    "Kertas kerja penetapan target",
                    "Sebagian ditindaklanjuti (60%)",
                    None,
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.decimal_point(
                b,
                "data peserta KB aktif dari aplikasi SIGA belum "
                "dicocokkan dengan laporan klinik KB.",
            ),
            [
                _r805(
                    "Agar data peserta KB aktif dari aplikasi SIGA dicocokkan setiap bulan dengan "
                    "laporan klinik KB",
                    "Melaksanakan validasi bulanan data SIGA bersama penyuluh KB kecamatan",
                    "Kabid Pengendalian Penduduk",
                    "Tw. II 2025",
                    "Berita acara validasi",
                    "Sudah ditindaklanjuti seluruhnya",
                    site + "ba-validasi-siga.pdf",
                ),
                _r805(
                    "Agar hasil pengukuran kinerja dijadikan dasar pemberian penghargaan kepada "
                    "penyuluh KB berprestasi",
                    "Menyusun kriteria penghargaan penyuluh KB berdasarkan capaian kinerja",
                    "Kabid Keluarga Berencana",
                    "Tw. IV 2025",
                    "SK kriteria penghargaan",
                    "Belum ditindaklanjuti",
                    None,
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.decimal_point(c, "LKjIP belum menyajikan capaian indikator per kecamatan."),
            [
                _r805(
                    "Agar LKjIP menyajikan capaian indikator kinerja per kecamatan untuk "
                    "menunjukkan wilayah yang tertinggal",
                    "Menambahkan lampiran capaian per kecamatan pada LKjIP Tahun 2024",
                    kasubag,
                    "Tw. I 2025",
                    "Lampiran LKjIP",
                    "Sudah ditindaklanjuti seluruhnya",
                    site + "lkjip-2024.pdf",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.decimal_point(d, "evaluasi internal belum melibatkan bidang teknis."),
            [
                _r805(
                    "Agar tim evaluasi internal melibatkan perwakilan setiap bidang teknis",
                    "Merevisi SK tim evaluasi internal dengan anggota dari setiap bidang",
                    "Sekretaris",
                    "Tw. II 2025",
                    "SK tim evaluasi internal",
                    "Sebagian ditindaklanjuti (60%)",
                    None,
                ),
                _r805(
                    "Agar hasil evaluasi internal dituangkan dalam rencana perbaikan yang memuat "
                    "jadwal dan penanggung jawab",
                    "Menyusun rencana perbaikan hasil evaluasi internal Tahun 2025",
                    "Sekretaris",
                    "Tw. III 2025",
                    "-",
                    "Belum ditindaklanjuti",
                    None,
                ),
            ],
        ),
    ]
    signer = Person(
        "dr. YOHANES ALOYSIUS BENI, M.Kes.",
        "Pembina Tk. I (IV/b)",
        "Pembina Tk. I",
        "IV/b",
        "197511022002041003",
        1,
        "NIP. 19751102 200204 1 003",
    )
    cols = [
        ("no", "NO", 3),
        ("hasil", "HASIL EVALUASI", 25),
        ("rek", "REKOMENDASI", 19),
        ("ra", "RENCANA AKSI", 18),
        ("pj", "PENANGGUNG JAWAB", 11),
        ("waktu", "WAKTU", 7),
        ("target", "TARGET / OUTPUT", 11),
        ("status", "STATUS", 10),
        ("link", "LINK", 15),
    ]
    return Doc(
        code="805",
        producer="libreoffice-xlsx",
        slug="dppkbsanggau",
        tahun=2024,
        layout="monitoring",
        unit_kerja="Dinas Pengendalian Penduduk dan Keluarga Berencana",
        kabupaten="Sanggau",
        title=[
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA (DPPKB)",
            "KABUPATEN SANGGAU",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "MARIA GORETI SINTA, S.Sos."),
            ("No. HP", "0852-4567-1208 (Telp/WA)"),
        ],
        pj_nama="MARIA GORETI SINTA, S.Sos.",
        pj_hp="+6285245671208",
        place_date="Sanggau, 10 Januari 2025",
        jabatan_lines=[
            "KEPALA DINAS PENGENDALIAN PENDUDUK DAN",
            "KELUARGA BERENCANA KABUPATEN SANGGAU",
        ],
        jabatan="KEPALA DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KABUPATEN SANGGAU",
        signer=signer,
        findings=findings,
        features=[
            "a4_landscape",
            "column_order_pj_waktu_target",
            "empty_link_cells",
            "hasil_decimal_point",
            "hasil_pipe_separated",
            "hp_telp_wa_suffix",
            "merged_hasil_evaluasi",
            "merged_cell_across_page_break",
            "multiline_pj_cells",
            "nip_spaces",
            "no_header_repeat",
            "section_rows_shaded",
            "status_seluruhnya_sebagian_percent",
            "target_dash",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_tw_sem_dot_abbrev",
        ],
        notes=[
            "columns in a new order: ... RENCANA AKSI | PENANGGUNG JAWAB | WAKTU | TARGET / "
            "OUTPUT | STATUS | LINK (penanggung jawab before waktu, target after waktu); fields "
            "follow the header names, not the positions",
            "HASIL typed with a decimal POINT as an English-locale spreadsheet shows it: "
            "'Nilai komponen: 22.80 (76.0%)' / 'Keberadaan: 5.28 (88%) | Kualitas: 7.02 (78%) | "
            "Pemanfaatan: 10.50 (70%)': nilai 22.8, persen 76.0 (two decimals after the point "
            "are a decimal fraction, never a thousands separator)",
            "status 'Sudah ditindaklanjuti seluruhnya' selesai, 'Sebagian ditindaklanjuti "
            "(60%)' proses, 'Belum ditindaklanjuti' belum",
            "penanggung jawab cells typed on two lines ('Kasubag Perencanaan,' / 'Evaluasi dan "
            "Pelaporan'): joined with a single space",
            "HP '0852-4567-1208 (Telp/WA)': '(Telp/WA)' is no part of the number",
            "unit_kerja drops '(DPPKB)'; TARGET '-' gives target_data null",
            "the merged NO / HASIL cell of D crosses the page break: its text is printed on "
            "page 1, the merged cell goes on empty on page 2 beside D's second recommendation",
        ],
        layout_text="landscape A4 spreadsheet fitted to the page width, 9-column monitoring "
        "table in a new column order, thin black grid, no header fill, header on the first "
        "page only (no print titles), Calibri 9.5 pt (rendered by LibreOffice's substitute), "
        "section rows 'A. PERENCANAAN KINERJA' with grey fill spanning all columns, NO and "
        "HASIL merged, the table over two pages (Calc breaks between rows)",
        opts={
            "cols": cols,
            "section": "{kode}. {NAMA}",
            "font": "Calibri",
            "size": 9.5,
            "paper": "a4",
            "landscape": True,
            "header_repeat": False,
            "header_fill": None,
            "section_fill": "D9D9D9",
        },
    )


# ---------------------------------------------------------------- 806
def doc806() -> Doc:
    a, b = Score("A", 90, 80, 72), Score("B", 86, 78, 70)
    c, d = Score("C", 90, 82, 76), Score("D", 88, 80, 70)
    findings = [
        _f(
            "A",
            a,
            w.spaced_percent(
                a,
                "peta strategi BRIDA belum menunjukkan keterkaitan "
                "antara kegiatan penelitian dan sasaran inovasi daerah; "
                "agenda riset daerah belum disusun berdasarkan kebutuhan "
                "perangkat daerah, sehingga sebagian kajian tidak "
                "dimanfaatkan dalam perencanaan; "
                "IKU 'jumlah inovasi daerah' belum dilengkapi kriteria "
                "inovasi yang dihitung.",
            ),
            [
                Rec(
                    "Agar menyusun peta strategi yang menghubungkan kegiatan penelitian dengan "
                    "sasaran peningkatan inovasi daerah",
                    "Menyusun peta strategi BRIDA dan membahasnya dalam forum perangkat daerah",
                ),
                Rec(
                    "Agar menetapkan kriteria inovasi daerah yang "
                    "dihitung dalam IKU jumlah inovasi "
                    "daerah",
                    "Menetapkan Keputusan Kepala Badan tentang kriteria dan tata cara penghitungan "
                    "inovasi daerah",
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.spaced_percent(
                b,
                "data inovasi yang dilaporkan perangkat daerah ke "
                "aplikasi Indeks Inovasi Daerah belum diverifikasi.",
            ),
            [
                Rec(
                    "Agar melakukan verifikasi lapangan atas data "
                    "inovasi yang dilaporkan perangkat "
                    "daerah sebelum diunggah ke aplikasi Indeks Inovasi Daerah",
                    "Membentuk tim verifikasi inovasi dan melaksanakan verifikasi lapangan setiap "
                    "tahun",
                ),
                Rec(
                    "Agar capaian kinerja dipantau bulanan melalui dasbor kinerja badan",
                    "Membangun dasbor capaian kinerja sederhana berbasis spreadsheet daring",
                ),
                Rec(
                    "Agar hasil pengukuran dijadikan bahan penyesuaian kegiatan pada perubahan "
                    "anggaran",
                    "Menyampaikan hasil pengukuran triwulan II sebagai bahan usulan perubahan "
                    "anggaran",
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.spaced_percent(
                c,
                "LKjIP belum menguraikan manfaat hasil penelitian bagi perangkat daerah pengguna.",
            ),
            [
                Rec(
                    "Agar LKjIP menguraikan pemanfaatan hasil penelitian oleh perangkat daerah",
                    "Menghimpun data pemanfaatan rekomendasi penelitian dari perangkat daerah dan "
                    "menyajikannya dalam LKjIP",
                ),
                Rec(
                    "Agar LKjIP menyajikan perbandingan capaian Indeks Inovasi Daerah Kabupaten "
                    "Kolaka dengan kabupaten lain di Sulawesi Tenggara",
                    "Menambahkan tabel perbandingan Indeks Inovasi Daerah kabupaten se-Sulawesi "
                    "Tenggara pada LKjIP",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.spaced_percent(
                d,
                "evaluasi internal telah dilaksanakan, tetapi belum "
                "ada reviu atas kualitas kertas kerja.",
            ),
            [
                Rec(
                    "Agar kertas kerja evaluasi internal direviu oleh pejabat yang lebih tinggi "
                    "sebelum disahkan",
                    "Menambahkan tahap reviu berjenjang dalam prosedur evaluasi internal",
                ),
                Rec(
                    "Agar rekomendasi evaluasi internal dituangkan dalam rencana aksi yang memuat "
                    "batas waktu dan penanggung jawab",
                    "Menyusun rencana aksi tindak lanjut evaluasi internal dan memantaunya setiap "
                    "triwulan",
                ),
            ],
        ),
    ]
    signer = Person(
        "ANDI NURHAYATI, S.Si., M.Si.",
        "Pembina Tingkat I / IV.b",
        "Pembina Tk. I",
        "IV/b",
        "197606172001032002",
        2,
        "NIP. 19760617 200103 2 002",
    )
    cols = [
        ("no", "NO", 6),
        ("hasil", "CATATAN HASIL EVALUASI", 36),
        ("rek", "SARAN / REKOMENDASI", 29),
        ("ra", "RENCANA AKSI PERBAIKAN", 29),
    ]
    return Doc(
        code="806",
        producer="libreoffice-docx",
        slug="bridakolaka",
        tahun=2025,
        layout="rencana_aksi",
        unit_kerja="Badan Riset dan Inovasi Daerah",
        kabupaten="Kolaka",
        title=[
            "RENCANA AKSI TINDAK LANJUT ATAS LHE AKIP TAHUN 2025",
            "BADAN RISET DAN INOVASI DAERAH (BRIDA) KABUPATEN KOLAKA",
        ],
        pj_rows=[("Penanggung Jawab Data SAKIP", "MUH. ARSYAD, S.T."), ("HP", "0853 9412 7760")],
        pj_nama="MUH. ARSYAD, S.T.",
        pj_hp="+6285394127760",
        place_date="Kolaka, 2 Februari 2026",
        jabatan_lines=["KEPALA BADAN RISET DAN INOVASI DAERAH,"],
        jabatan="KEPALA BADAN RISET DAN INOVASI DAERAH",
        signer=signer,
        findings=findings,
        features=[
            "female_signer",
            "hasil_percent_space",
            "hp_spaces",
            "letter_portrait",
            "no_header_repeat",
            "one_row_per_finding",
            "pangkat_tingkat_spelled_out",
            "recs_numbered_in_one_cell",
            "section_rows_name_only",
            "nip_spaces",
            "golongan_dot",
            "row_split_across_pages",
            "unit_and_kabupaten_one_line",
        ],
        notes=[
            "one row per finding: all recommendations of a component in ONE cell, numbered "
            "'1.' '2.' '3.', and the action plans likewise in the next cell; one recommendation "
            "per item",
            "section rows carry the component name only ('PERENCANAAN KINERJA', no letter): "
            "komponen_kode follows the name",
            "percentages written with a blank before the sign ('78 %', '75,6 %')",
            "female signer (NIP sex digit 2); pangkat line 'Pembina Tingkat I / IV.b': pangkat "
            "'Pembina Tk. I', golongan 'IV/b'",
            "unit_kerja drops '(BRIDA)'; rencana_aksi layout: target_data ... tautan null",
        ],
        layout_text="portrait US Letter, 4-column rencana aksi table, one row per finding "
        "with every recommendation in one cell, bordered, Garamond 10.5 pt (rendered by "
        "LibreOffice's substitute), header on the first page only, section rows "
        "'PERENCANAAN KINERJA' (name only, bold, shaded) spanning the table",
        opts={
            "cols": cols,
            "section": "{NAMA}",
            "font": "Garamond",
            "size": 10.5,
            "paper": "letter",
            "landscape": False,
            "header_repeat": False,
            "header_fill": "F2F2F2",
            "section_fill": "EDEDED",
            "one_row": True,
        },
    )


# ---------------------------------------------------------------- 807
def doc807() -> Doc:
    a, b = Score("A", 78, 66, 58), Score("B", 70, 60, 52)
    c, d = Score("C", 80, 66, 58), Score("D", 72, 62, 54)
    pj = "Sub Bagian Perencanaan"
    findings = [
        _f(
            "A",
            a,
            w.roman_items(
                a,
                "Renstra belum memuat indikator Indeks Desa Membangun "
                "sebagai ukuran hasil; Renja belum dijabarkan ke rencana "
                "aksi.",
            ),
            [
                Rec(
                    "Agar menggunakan Indeks Desa Membangun sebagai indikator sasaran dinas",
                    "Mengusulkan perubahan indikator sasaran pada reviu Renstra Tahun 2024",
                    "Draf reviu Renstra",
                    "Bulan Agustus 2024",
                    pj,
                    "Sudah dilaksanakan dan didokumentasikan",
                    "https://drive.google.com/file/d/1MjnDPMDreviuRenstra/view",
                ),
                Rec(
                    "Agar Renja dijabarkan ke dalam rencana aksi bulanan setiap bidang",
                    "Menyusun rencana aksi bulanan bidang pemerintahan desa dan bidang "
                    "pemberdayaan",
                    "Rencana aksi bulanan",
                    "Bulan Mei 2024",
                    pj,
                    "Dalam tahap penyusunan",
                    None,
                ),
                Rec(
                    "Agar target kinerja pendampingan desa ditetapkan berdasarkan jumlah desa "
                    "berstatus tertinggal dan sangat tertinggal di setiap kecamatan",
                    "Menyusun target pendampingan per kecamatan berdasarkan data status desa "
                    "Tahun 2023",
                    "Target per kecamatan",
                    "Bulan Mei 2024",
                    pj,
                    "Sudah dilaksanakan dan didokumentasikan",
                    "https://drive.google.com/file/d/1MjnTargetPendampingan/view",
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.roman_items(
                b,
                "capaian status desa mandiri belum diukur per kecamatan "
                "dan belum ada jadwal pengumpulan data.",
            ),
            [
                Rec(
                    "Agar menyusun jadwal pengumpulan data status desa dari kecamatan",
                    "Menetapkan jadwal pengumpulan data status desa setiap triwulan",
                    "Jadwal pengumpulan data",
                    "Triwulan III Tahun 2024",
                    "Bidang Pemerintahan Desa",
                    "Sudah dilaksanakan dan didokumentasikan",
                    "https://drive.google.com/file/d/1MjnJadwalDataDesa/view",
                ),
                Rec(
                    "Agar pengukuran capaian status desa dilakukan per kecamatan",
                    "Menyusun rekap capaian status desa untuk delapan kecamatan",
                    "-",
                    "Semester II Tahun 2024",
                    "Bidang Pemerintahan Desa",
                    "Belum dilaksanakan",
                    None,
                ),
                Rec(
                    "Agar data Bumdes aktif dan omzetnya dikumpulkan setiap semester sebagai data "
                    "kinerja pemberdayaan ekonomi desa",
                    "Menyusun format laporan semesteran Bumdes dan mengirimkannya ke seluruh desa",
                    "Format laporan Bumdes",
                    "Semester I Tahun 2024",
                    "Bidang Usaha Ekonomi Desa",
                    "Dalam tahap penyusunan",
                    None,
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.roman_items(c, "LKjIP belum menyajikan realisasi anggaran per sasaran."),
            [
                Rec(
                    "Agar LKjIP menyajikan realisasi anggaran untuk setiap sasaran strategis",
                    "Menambahkan tabel realisasi anggaran per sasaran pada LKjIP",
                    "LKjIP 2023",
                    "Bulan Maret 2024",
                    pj,
                    "Sudah dilaksanakan dan didokumentasikan",
                    "https://drive.google.com/file/d/1MjnLKjIP2023final/view",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.roman_items(
                d, "evaluasi internal belum dilakukan atas program pemberdayaan masyarakat."
            ),
            [
                Rec(
                    "Agar evaluasi internal mencakup program pemberdayaan lembaga kemasyarakatan "
                    "desa",
                    "Melaksanakan evaluasi program pemberdayaan lembaga kemasyarakatan desa",
                    "Laporan evaluasi program",
                    "Semester I Tahun 2024",
                    "Bidang Pemberdayaan",
                    "Belum dilaksanakan",
                    None,
                ),
                Rec(
                    "Agar hasil evaluasi internal dilaporkan kepada Kepala Dinas dan "
                    "ditindaklanjuti",
                    "Menyampaikan laporan hasil evaluasi internal dalam rapat staf",
                    "Notulen rapat staf",
                    "Bulan Oktober 2024",
                    pj,
                    "Dalam tahap penyusunan",
                    None,
                ),
            ],
        ),
    ]
    signer = Person(
        "Drs. MUHAMMAD ILHAM SYAH",
        "Pembina Tk. I / IV-b",
        "Pembina Tk. I",
        "IV/b",
        "196904081994031005",
        1,
        "NIP. 19690408 199403 1 005",
    )
    cols = [
        ("komponen", "KOMPONEN", 9),
        ("no", "NO", 3),
        ("hasil", "HASIL EVALUASI", 21),
        ("rek", "REKOMENDASI", 17),
        ("ra", "RENCANA AKSI", 16),
        ("target", "TARGET", 8),
        ("waktu", "WAKTU", 8),
        ("pj", "PENANGGUNG JAWAB", 9),
        ("status", "STATUS", 9),
        ("link", "LINK", 13),
    ]
    return Doc(
        code="807",
        producer="libreoffice-xlsx",
        slug="dpmdmajene",
        tahun=2023,
        layout="monitoring",
        unit_kerja="Dinas Pemberdayaan Masyarakat dan Desa",
        kabupaten="Majene",
        title=[
            "MATRIKS RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
            "KABUPATEN MAJENE",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "NURFADILLAH, S.E."),
            ("Nomor HP", "0811 4120 9987"),
        ],
        pj_nama="NURFADILLAH, S.E.",
        pj_hp="+6281141209987",
        place_date="Majene, 18 Maret 2024",
        jabatan_lines=["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
        jabatan="KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
        signer=signer,
        findings=findings,
        features=[
            "empty_link_cells",
            "golongan_dash",
            "hasil_roman_items",
            "header_repeated",
            "hp_spaces",
            "komponen_column_no_section_rows",
            "a4_landscape",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "predikat_b",
            "status_new_wording",
            "target_dash",
            "url_in_cell",
            "waktu_bulan_word",
            "ten_columns",
        ],
        notes=[
            "no section rows: a first column KOMPONEN holds 'A. Perencanaan Kinerja' .. "
            "'D. Evaluasi Akuntabilitas Kinerja Internal', merged vertically over the "
            "component's rows",
            "HASIL 'Perencanaan Kinerja: nilai 19,32 / capaian 64,4%' then lines 'i. "
            "keberadaan 4,68 (78%)' .. 'iii. pemanfaatan ...' and 'Kondisi: ...': the roman "
            "items are sub-components, kept in hasil_evaluasi",
            "status 'Sudah dilaksanakan dan didokumentasikan' selesai, 'Dalam tahap penyusunan' "
            "proses, 'Belum dilaksanakan' belum",
            "waktu 'Bulan Agustus 2024': periode 'Agustus'; 'Semester II Tahun 2024' 'Semester II'",
            "pangkat line 'Pembina Tk. I / IV-b': golongan 'IV/b'",
        ],
        layout_text="landscape A4 spreadsheet fitted to the page width, 10-column "
        "monitoring table with a KOMPONEN column instead of section rows, black grid, pale "
        "green header fill repeated on every page (print titles), Arial 9 pt (Liberation "
        "Sans), NO, HASIL and KOMPONEN merged vertically, the table over two pages",
        opts={
            "cols": cols,
            "section": None,
            "font": "Arial",
            "size": 9,
            "paper": "a4",
            "landscape": True,
            "header_repeat": True,
            "header_fill": "E2EFDA",
        },
    )


# ---------------------------------------------------------------- 808
def doc808() -> Doc:
    a, b = Score("A", 70, 60, 50), Score("B", 64, 56, 48)
    c, d = Score("C", 70, 60, 52), Score("D", 60, 54, 46)
    findings = [
        _f(
            "A",
            a,
            w.dari_max(
                a,
                "Tujuan dan sasaran belum berorientasi hasil; indikator "
                "produksi perikanan tangkap belum didukung data dasar per "
                "kecamatan pesisir. Renstra 2021-2026 menetapkan sasaran "
                "'meningkatkan produksi perikanan', yang merupakan kegiatan dan "
                "bukan kondisi yang ingin dicapai; target produksi Tahun 2022 "
                "ditetapkan tanpa data produksi tahun dasar dari tempat "
                "pendaratan ikan di Tobelo, Galela dan Kao; Perjanjian Kinerja "
                "Kepala Dinas belum memuat indikator kesejahteraan nelayan.",
            ),
            [
                Rec(
                    "Agar merumuskan tujuan dan sasaran yang berorientasi hasil, seperti "
                    "meningkatnya kesejahteraan nelayan kecil",
                    "Menyusun rumusan tujuan dan sasaran baru pada reviu Renstra Dinas Perikanan",
                ),
                Rec(
                    "Agar menyusun data dasar produksi perikanan tangkap per kecamatan pesisir "
                    "sebagai dasar penetapan target",
                    "Mengumpulkan data produksi dari tempat pendaratan ikan di setiap kecamatan "
                    "pesisir",
                ),
                Rec(
                    "Agar indikator Nilai Tukar Nelayan dimasukkan ke dalam Perjanjian Kinerja "
                    "Kepala Dinas",
                    "Mencantumkan indikator Nilai Tukar Nelayan pada Perjanjian Kinerja Tahun 2023",
                ),
                Rec(
                    "Agar program dan kegiatan dalam Renja dikaitkan secara jelas dengan sasaran "
                    "yang didukungnya melalui pohon kinerja",
                    "Menyusun pohon kinerja yang menghubungkan sasaran, program, kegiatan dan sub "
                    "kegiatan Dinas Perikanan",
                ),
            ],
        ),
        _f(
            "B",
            b,
            w.dari_max(
                b,
                "Pengumpulan data produksi masih bergantung pada laporan "
                "tahunan penyuluh. Belum ada formulir baku pencatatan "
                "produksi di tempat pendaratan ikan, sehingga angka produksi "
                "yang dilaporkan berbeda antara penyuluh, bidang perikanan "
                "tangkap dan data BPS; capaian kinerja hanya dihitung pada akhir "
                "tahun.",
            ),
            [
                Rec(
                    "Agar pengumpulan data produksi dilakukan setiap bulan oleh penyuluh perikanan",
                    "Menerbitkan surat edaran kewajiban laporan produksi bulanan bagi penyuluh",
                ),
                Rec(
                    "Agar hasil pengukuran kinerja dibahas bersama bidang teknis setiap triwulan",
                    "Melaksanakan rapat evaluasi capaian kinerja triwulanan",
                ),
            ],
        ),
        _f(
            "C",
            c,
            w.dari_max(
                c,
                "LKjIP belum membandingkan capaian dengan target "
                "Renstra, belum menjelaskan penyebab tidak tercapainya target "
                "produksi budidaya rumput laut dan belum memuat upaya "
                "perbaikan untuk tahun berikutnya.",
            ),
            [
                Rec(
                    "Agar LKjIP membandingkan realisasi kinerja dengan target akhir Renstra",
                    "Menambahkan kolom target akhir Renstra pada tabel capaian LKjIP",
                ),
                Rec(
                    "Agar LKjIP menguraikan penyebab tidak tercapainya target produksi budidaya "
                    "rumput laut dan upaya perbaikannya",
                    "Menyusun analisis penyebab kegagalan target budidaya rumput laut bersama "
                    "kelompok pembudidaya di Kecamatan Kao Teluk",
                ),
            ],
        ),
        _f(
            "D",
            d,
            w.dari_max(
                d,
                "Pemanfaatan hasil evaluasi internal untuk perbaikan "
                "perencanaan belum terlihat. Evaluasi internal dilaksanakan "
                "oleh staf perencanaan tanpa surat penugasan, kertas kerja "
                "tidak memuat bukti, dan hasilnya tidak disampaikan kepada "
                "Kepala Dinas.",
                ("keberadaan", "kualitas"),
            ),
            [
                Rec(
                    "Agar hasil evaluasi internal digunakan sebagai bahan penyusunan Renja tahun "
                    "berikutnya",
                    "Mencantumkan hasil evaluasi internal sebagai lampiran rancangan Renja",
                ),
                Rec(
                    "Agar membentuk tim evaluasi internal dengan Keputusan Kepala Dinas",
                    "Menerbitkan Keputusan Kepala Dinas tentang tim evaluasi internal",
                ),
            ],
            stated=("keberadaan", "kualitas"),
        ),
    ]
    signer = Person(
        "Ir. JOHANIS TUMEWU, M.Si.",
        "Pembina (IV/a)",
        "Pembina",
        "IV/a",
        "197212191999011001",
        1,
        "NIP. 19721219 199901 1 001",
    )
    cols = [
        ("no", "NO", 5),
        ("hasil", "HASIL EVALUASI", 39),
        ("rek", "REKOMENDASI", 28),
        ("ra", "RENCANA AKSI", 28),
    ]
    return Doc(
        code="808",
        producer="reportlab",
        slug="diskanhalut",
        tahun=2022,
        layout="rencana_aksi",
        unit_kerja="Dinas Perikanan",
        kabupaten="Halmahera Utara",
        title=[
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "DINAS PERIKANAN",
            "PEMERINTAH KABUPATEN HALMAHERA UTARA",
        ],
        pj_rows=[
            ("Penanggung Jawab Data SAKIP", "FREDRIK LOLOWANG, S.Pi."),
            ("No. HP", "0821 8834 0071"),
        ],
        pj_nama="FREDRIK LOLOWANG, S.Pi.",
        pj_hp="+6282188340071",
        place_date="Tobelo, 3 Maret 2023",
        jabatan_lines=["KEPALA DINAS PERIKANAN,"],
        jabatan="KEPALA DINAS PERIKANAN",
        signer=signer,
        findings=findings,
        features=[
            "a4_portrait",
            "font_p052_type1",
            "hasil_cut_before_pemanfaatan",
            "hasil_dari_max",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "pj_block_beside_signature",
            "predikat_cc",
            "row_split_across_pages",
            "section_rows_shaded",
        ],
        notes=[
            "the PJ block is not under the title but at the bottom, LEFT of the signature "
            "block, in the same band",
            "HASIL 'sebesar 17,10 dari 30 atau 57%' and 'keberadaan 4,20 dari 6,00 (70%)': "
            "the number after 'dari' is the maximum (bobot or bobot x share)",
            "D states keberadaan and kualitas only: pemanfaatan_nilai / _persen null",
            "low scores: total 54,68, predikat CC; rencana_aksi layout: target_data ... "
            "tautan null",
        ],
        layout_text="portrait A4, 4-column rencana aksi table, full grid, P052 (Palatino) "
        "9 pt embedded Type 1, header on the first page only, section rows 'A. PERENCANAAN "
        "KINERJA' shaded, one row per recommendation with NO and HASIL spanned, rows split "
        "across pages, PJ block beside the signature at the end",
        opts={"cols": cols, "section": "{kode}. {NAMA}", "size": 10, "header_repeat": False},
    )
