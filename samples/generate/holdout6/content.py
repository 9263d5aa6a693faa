"""The eight documents of the sixth held-out set, typed by hand."""

from __future__ import annotations

from collections.abc import Callable

from samples.generate.holdout6 import wording as w
from samples.generate.holdout6.model import (
    Doc,
    Finding,
    Link,
    Rec,
    Scores,
    Signature,
    Status,
    Waktu,
    nip,
    nip_spaced,
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
Style = Callable[[Scores, list[int]], str]


def gd(code: str) -> Link:
    url = f"https://drive.google.com/drive/folders/{code}"
    return Link(url, url, annotated=False)


def ann(label: str, code: str) -> Link:
    return Link(f"https://drive.google.com/file/d/{code}/view", label, annotated=True)


def R(  # noqa: N802
    kode: str,
    i: int,
    prefix: str = "Agar",
    target: str | None = None,
    waktu: Waktu | None = None,
    pj: str | None = None,
    status: Status | None = None,
    link: Link | None = None,
    ra: str | None = None,
) -> Rec:
    rek, plan = w.rec(kode, i, prefix)
    return Rec(rek, ra or plan, target, waktu, pj, status, link)


def F(style: Style, s: Scores, picks: list[int], recs: list[Rec], no: int = 1) -> Finding:  # noqa: N802
    return Finding(s.kode, style(s, picks), s, recs, no)


def hp_row(value: str) -> tuple[str, str]:
    return ("Nomor HP Penanggung Jawab Data SAKIP", value)


PJ_LABEL = "Nama Penanggung Jawab Data SAKIP/Unit Kerja"


# ------------------------------------------ 601 docx, Kecamatan Kepanjen (Kab. Malang, Jatim)
def doc601() -> Doc:
    tw2 = Waktu("TW II 2025", 2025, "Triwulan II")
    tw4 = Waktu("TW IV 2025", 2025, "Triwulan IV")
    sm1 = Waktu("Semester I 2025", 2025, "Semester I")
    kasi = "Kasi Pemerintahan (Agus Wahyudi)"
    sekcam = "Sekretaris Camat (Dwi Ratnasari)"
    kasubag = "Kasubag Perencanaan dan Keuangan (Hendra K.)"
    done = Status("Sudah ditindaklanjuti", SELESAI)
    going = Status("Dalam proses", PROSES)
    nope = Status("Belum ditindaklanjuti", BELUM)
    st = w.bullets_dot
    findings = [
        F(
            st,
            Scores("A", 90, 78, 72),
            [0, 1, 3],
            [
                R(
                    "A",
                    0,
                    target="Renja Perubahan 2025",
                    waktu=tw2,
                    pj=sekcam,
                    status=done,
                    link=gd("1KpJ7rWq0mTz4nXeLb2vYhA9sDcFgU3o"),
                ),
                R("A", 2, target="Pohon kinerja", waktu=tw4, pj=kasubag, status=going),
                R(
                    "A",
                    3,
                    target="-",
                    waktu=sm1,
                    pj=kasubag,
                    status=done,
                    link=gd("1R8eVbN5qLsT0wKx2cZyMdP6aHjG4fIu"),
                ),
            ],
        ),
        F(
            st,
            Scores("B", 84, 72, 60),
            [0, 1, 2],
            [
                R("B", 0, target="Notulen rapat bulanan", waktu=tw4, pj=kasi, status=going),
                R("B", 1, target="SOP verifikasi data", waktu=tw2, pj=sekcam, status=nope),
            ],
        ),
        F(
            st,
            Scores("C", 92, 74, 64),
            [0, 1, 2],
            [
                R(
                    "C",
                    0,
                    target="LKjIP 2024",
                    waktu=tw2,
                    pj=kasubag,
                    status=done,
                    link=gd("1bT3mQx8ZcV5nWy0LkR2sJd7HfA9pEgO"),
                ),
                R("C", 1, target="LKjIP 2024", waktu=tw2, pj=kasubag, status=done),
            ],
        ),
        F(
            st,
            Scores("D", 88, 70, 58),
            [0, 2, 3],
            [
                R("D", 3, target="Laporan tindak lanjut LHE", waktu=tw4, pj=sekcam, status=going),
            ],
        ),
    ]
    title = ["KECAMATAN KEPANJEN", "KABUPATEN MALANG"]
    nip_camat = nip("19850912", "200712", 1, 2)
    return Doc(
        name="601_docx_kepanjen_2024",
        producer="libreoffice-docx",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Kecamatan Kepanjen",
        kabupaten="Malang",
        tahun=2024,
        kop=[
            "PEMERINTAH KABUPATEN MALANG",
            "KECAMATAN KEPANJEN",
            "Jalan Raya Kepanjen Nomor 45 Kepanjen, Kabupaten Malang, Jawa Timur 65163",
            "Telepon (0341) 395217 Laman kepanjen.malangkab.go.id",
        ],
        title_lines=[
            ["RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024", *title],
            ["MONITORING RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024", *title],
        ],
        pj_rows=[(PJ_LABEL, "RATNA DEWI ANGGRAINI, S.Sos."), hp_row("0852 3311 4470 (WA)")],
        pj_nama="RATNA DEWI ANGGRAINI, S.Sos.",
        hp_e164="+6285233114470",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Kepanjen, 20 Maret 2025"],
            jabatan_lines=["CAMAT KEPANJEN,"],
            nama="MOCHAMAD RIZAL FAHMI, S.STP., M.Si.",
            pangkat_line="Pembina (IV/a)",
            pangkat="Pembina",
            golongan="IV/a",
            nip=nip_camat,
            nip_line="NIP " + nip_spaced(nip_camat),
        ),
        colnum_row=True,
        features=[
            "a4_landscape",
            "colnum_row",
            "empty_link_cells",
            "font_nimbus_sans_narrow",
            "hasil_bullets_dot",
            "header_repeated",
            "hp_wa_suffix",
            "kop_surat",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_with_name",
            "row_split_across_pages",
            "two_tables",
            "url_in_cell",
            "waktu_tw_abbrev",
        ],
        layout_text=(
            "landscape A4, kop surat (PEMERINTAH KABUPATEN MALANG / KECAMATAN KEPANJEN / address "
            "above a double rule) before each table, TWO tables like the seed: the 4-column "
            "rencana aksi table, then on a new page the 9-column monitoring table, each with its "
            "own title, PJ block and signature; bordered, Nimbus Sans Narrow 8.5 pt, "
            "header row and a column-number row '(1) (2) ...' under it, both repeated on every page"
        ),
        notes=[
            "two tables: table_layout monitoring, each recommendation's page is where it starts "
            "in the monitoring table",
            "HASIL lines start with '\u2022': hasil_evaluasi keeps the bullets (as holdout5 kept "
            "'-')",
            "waktu 'TW II 2025': periode 'Triwulan II' (TW is the usual abbreviation of "
            "Triwulan; canonical case as in DATA_CONTRACT.md), tahun 2025",
            "PJ cells carry a name in brackets 'Kasi Pemerintahan (Agus Wahyudi)': "
            "penanggung_jawab is the cell as written",
            "HP '0852 3311 4470 (WA)': the '(WA)' is no part of the number",
            "the column-number row '(1)' .. '(9)' under the header is no data",
        ],
    )


# ------------------------------------------- 602 xlsx, Dinas Kesehatan (Kab. Gianyar, Bali)
def doc602() -> Doc:
    jun = Waktu("30 Juni 2024", 2024, "Juni")
    sep = Waktu("30 September 2024", 2024, "September")
    des = Waktu("31 Desember 2024", 2024, "Desember")
    prog = "Kasubag Program dan Keuangan"
    yankes = "Kabid Pelayanan Kesehatan"
    sekdis = "Sekretaris Dinas"
    done = Status("Selesai", SELESAI)
    going = Status("Dalam proses", PROSES)
    nope = Status("Belum", BELUM)
    st = w.dash_lines
    findings = [
        F(
            st,
            Scores("A", 80, 70, 62),
            [1, 2, 6],
            [
                R(
                    "A",
                    1,
                    target="Manual IKU Dinas Kesehatan",
                    waktu=jun,
                    pj=prog,
                    status=done,
                    link=gd("1Gy5aQ2wE9rT7uIoP3sDfG8hJkL0zXcV"),
                ),
                R("A", 5, target="Matriks keterkaitan DPA", waktu=sep, pj=prog, status=going),
            ],
        ),
        F(
            st,
            Scores("B", 76, 66, 56),
            [1, 2, 3],
            [
                R("B", 0, target="Laporan pengukuran bulanan", waktu=des, pj=yankes, status=going),
                R("B", 2, target="SK Kepala Dinas", waktu=des, pj=sekdis, status=nope),
                R(
                    "B",
                    4,
                    target="Manual IKU",
                    waktu=jun,
                    pj=prog,
                    status=done,
                    link=gd("1Hn6bR3xF0sU8vJpQ4tEgH9iKlM1aYdW"),
                ),
            ],
        ),
        F(
            st,
            Scores("C", 86, 68, 60),
            [1, 3],
            [
                R(
                    "C",
                    0,
                    target="LKjIP 2024",
                    waktu=jun,
                    pj=prog,
                    status=done,
                    link=gd("1Jp7cS4yG1tV9wKqR5uFhI0jLmN2bZeX"),
                ),
                R("C", 2, target="LKjIP 2024", waktu=jun, pj=prog, status=done),
            ],
        ),
        F(
            st,
            Scores("D", 80, 64, 52),
            [1, 3],
            [
                R("D", 0, target="Laporan evaluasi program", waktu=des, pj=sekdis, status=nope),
                R("D", 2, target="Renja 2025", waktu=sep, pj=prog, status=going),
            ],
        ),
    ]
    headers = [
        "NO",
        "HASIL EVALUASI",
        "REKOMENDASI",
        "RENCANA AKSI",
        "TARGET/OUTPUT",
        "BATAS WAKTU",
        "PENANGGUNG JAWAB",
        "KETERANGAN",
        "LINK BUKTI DUKUNG",
    ]
    kadis = nip("19740318", "200212", 2, 4)
    return Doc(
        name="602_xlsx_dikesgianyar_2023",
        producer="libreoffice-xlsx",
        tables=["monitoring"],
        unit_kerja="Dinas Kesehatan",
        kabupaten="Gianyar",
        tahun=2023,
        kop=[
            "PEMERINTAH KABUPATEN GIANYAR",
            "DINAS KESEHATAN",
            "Jalan Ciung Wanara Nomor 2 Gianyar, Bali 80511",
            "Telepon (0361) 943049 Surel dikes@gianyarkab.go.id",
        ],
        title_lines=[
            [
                "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI AKIP TAHUN 2023",
                "DINAS KESEHATAN KABUPATEN GIANYAR",
            ]
        ],
        pj_rows=[(PJ_LABEL, "I GEDE WAHYU PRADNYANA, S.KM."), hp_row("+62 813-3845-2291")],
        pj_nama="I GEDE WAHYU PRADNYANA, S.KM.",
        hp_e164="+6281338452291",
        headers={"monitoring": headers},
        findings=findings,
        signature=Signature(
            above=["Gianyar, 26 Februari 2024"],
            jabatan_lines=["KEPALA DINAS KESEHATAN", "KABUPATEN GIANYAR,"],
            nama="dr. NI LUH PUTU ARYANI, M.Kes.",
            pangkat_line="Pembina Utama Muda (IV/c)",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=kadis,
            nip_line="NIP: " + nip_spaced(kadis),
            female=True,
        ),
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        rek_num="{n})",
        ra_num="{n})",
        features=[
            "empty_link_cells",
            "female_signer",
            "font_liberation_serif",
            "hasil_dash_lines",
            "header_repeated",
            "header_variant",
            "hp_plus62_dashes",
            "kop_surat",
            "legal_landscape",
            "merged_hasil_evaluasi",
            "nip_colon",
            "nip_spaces",
            "numbering_paren",
            "status_column_keterangan",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_date",
        ],
        layout_text=(
            "landscape Legal spreadsheet, kop surat (government, unit, address, phone) above a "
            "double bottom rule, 9-column monitoring table with short header wordings "
            "('TARGET/OUTPUT', 'BATAS WAKTU', 'KETERANGAN', 'LINK BUKTI DUKUNG'), black grid, "
            "pale blue header fill repeated on every page, Times New Roman 9 pt (Liberation "
            "Serif), items numbered '1)'"
        ),
        notes=[
            "the status column is headed 'KETERANGAN' (SAKIP.md names it as a status column): "
            "'Selesai' selesai, 'Dalam proses' proses, 'Belum' belum",
            "waktu written as a date '30 Juni 2024': periode 'Juni' (the month, like "
            "'s.d. September 2026' -> 'September' in holdout4), tahun 2024",
            "HASIL lines '- Keberadaan memperoleh skor ...' keep their '-' marks",
            "female signer (NIP sex digit 2), NIP printed 'NIP: 19740318 200212 2 004'",
        ],
    )


# ------------------------------------- 603 reportlab, BAPENDA (Kota Pekanbaru, Riau)
def doc603() -> Doc:
    sd6 = Waktu("s/d Juni 2026", 2026, "Juni")
    sd9 = Waktu("s/d September 2026", 2026, "September")
    sd12 = Waktu("s/d Desember 2026", 2026, "Desember")
    data = "Kasubbid Pendataan (Rahmat H.)"
    renc = "Kasubbag Perencanaan (Wulan S.)"
    sekr = "Sekretaris Badan (Ir. Darmansyah)"
    s100 = Status("100% - selesai", SELESAI)
    s75 = Status("75% - dalam proses", PROSES)
    s40 = Status("40% - dalam proses", PROSES)
    s0 = Status("0% - belum dimulai", BELUM)
    st = w.percent_first
    p = ""
    findings = [
        F(
            st,
            Scores("A", 96, 90, 86),
            [1, 4, 5],
            [
                R(
                    "A",
                    0,
                    p,
                    "Renja Perubahan 2026",
                    sd6,
                    renc,
                    s100,
                    ann("Renja Perubahan", "1aBcD2eF3gH4iJ5kL6mN7oP8qR9sT0uV"),
                ),
                R("A", 3, p, "Dokumen PK 2026", sd6, renc, s75),
                R(
                    "A",
                    4,
                    p,
                    "SKP pegawai 2026",
                    sd9,
                    sekr,
                    s40,
                    ann("SKP Pegawai", "1wXyZ2aB3cD4eF5gH6iJ7kL8mN9oP0qR"),
                ),
            ],
            no=1,
        ),
        F(
            st,
            Scores("B", 94, 88, 82),
            [1, 4, 6, 2, 5],
            [
                R("B", 0, p, "Notulen pengukuran", sd12, data, s75),
            ],
            no=2,
        ),
        F(
            st,
            Scores("C", 96, 90, 84),
            [2, 3],
            [
                R(
                    "C",
                    1,
                    p,
                    "LKjIP 2025",
                    sd6,
                    renc,
                    s100,
                    ann("Tabel efisiensi anggaran", "1sT2uV3wX4yZ5aB6cD7eF8gH9iJ0kL1m"),
                ),
                R("C", 2, p, "LKjIP 2025", sd6, renc, s100),
            ],
            no=3,
        ),
        F(
            st,
            Scores("D", 96, 88, 80),
            [1, 5],
            [
                R("D", 0, p, "Laporan evaluasi program", sd9, sekr, s40),
                R("D", 4, p, "Sertifikat bimtek", sd12, renc, s0),
            ],
            no=4,
        ),
    ]
    kaban = nip("19760725", "200112", 1, 3)
    return Doc(
        name="603_reportlab_bapendapekanbaru_2025",
        producer="reportlab",
        tables=["monitoring"],
        unit_kerja="Badan Pendapatan Daerah",
        kabupaten="Pekanbaru",
        tahun=2025,
        kop=[
            "PEMERINTAH KOTA PEKANBARU",
            "BADAN PENDAPATAN DAERAH",
            "Jalan Jenderal Sudirman Nomor 464 Pekanbaru, Riau 28126",
            "Telepon (0761) 21365 Laman bapenda.pekanbaru.go.id",
        ],
        title_lines=[
            [
                "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
                "BADAN PENDAPATAN DAERAH (BAPENDA) KOTA PEKANBARU",
            ]
        ],
        pj_rows=[(PJ_LABEL, "Hj. SRI WAHYUNI, S.E., M.Ak."), hp_row("0811-7620-4418")],
        pj_nama="Hj. SRI WAHYUNI, S.E., M.Ak.",
        hp_e164="+6281176204418",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Pekanbaru, 16 Februari 2026"],
            jabatan_lines=["KEPALA BADAN PENDAPATAN DAERAH", "KOTA PEKANBARU,"],
            nama="H. ZULFAHMI ADRIAN, S.E., M.M.",
            pangkat_line="Pembina Utama Muda, IV/c",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=kaban,
            nip_line="NIP. " + nip_spaced(kaban),
        ),
        section_label={
            "A": "A. PERENCANAAN KINERJA",
            "B": "B. PENGUKURAN KINERJA",
            "C": "C. PELAPORAN KINERJA",
            "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
        },
        rek_num="",
        ra_num="",
        features=[
            "a4_landscape",
            "empty_link_cells",
            "font_dejavu_sans_condensed_ttf",
            "findings_numbered_running_on",
            "hasil_percent_first",
            "header_repeated",
            "hp_dashes",
            "kop_surat",
            "kota_not_kabupaten",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_with_name",
            "predikat_a",
            "rec_no_numbering",
            "row_split_across_pages",
            "status_percent_words",
            "two_line_jabatan",
            "waktu_sd_slash",
        ],
        layout_text=(
            "landscape A4, kop surat with a double rule drawn under it, 9-column monitoring table, "
            "full grey grid, DejaVu Sans Condensed 8 pt (embedded TTF), header repeated, rows "
            "split across pages, NO column numbered running on over the components (1, 2, 3, 4), "
            "recommendations one per row WITHOUT item numbers"
        ),
        notes=[
            "NO column numbers the findings running on across components (A 1, B 2, C 3, D 4): "
            "finding_no is the printed NO (DATA_CONTRACT.md: 'the NO column'), so B has "
            "finding_no 2, C 3, D 4",
            "recommendations and action plans carry no item number: rekomendasi_no counts the "
            "rows of the finding 1, 2, 3 and the REKOMENDASI text has no 'Agar'",
            "status '100% - selesai' selesai, '75% - dalam proses' / '40% - dalam proses' proses, "
            "'0% - belum dimulai' belum",
            "waktu 's/d Juni 2026': periode 'Juni' (like 's.d. September 2026' in holdout4)",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks = "
            "label), empty cells null",
            "unit_kerja drops '(BAPENDA)'; kabupaten 'Pekanbaru' (a kota)",
        ],
    )


# ---------------------------- 604 docx, Disdikbud (Kab. Aceh Besar, Aceh), rencana aksi
def doc604() -> Doc:
    st = w.seed_like
    findings = [
        F(st, Scores("A", 82, 68, 58), [0, 1, 2], [R("A", 0), R("A", 2), R("A", 4)]),
        F(st, Scores("B", 78, 64, 52), [0, 1, 5], [R("B", 0), R("B", 1)]),
        F(st, Scores("C", 88, 66, 56), [0, 1, 2], [R("C", 0), R("C", 1), R("C", 2)]),
        F(st, Scores("D", 84, 68, 56), [0, 1, 3], [R("D", 0), R("D", 2)]),
    ]
    sekda = nip("19680402", "199303", 1, 5)
    kadis = nip("19720614", "199803", 2, 2)
    return Doc(
        name="604_docx_disdikbudacehbesar_2022",
        producer="libreoffice-docx",
        tables=["rencana_aksi"],
        unit_kerja="Dinas Pendidikan dan Kebudayaan",
        kabupaten="Aceh Besar",
        tahun=2022,
        kop=[
            "PEMERINTAH KABUPATEN ACEH BESAR",
            "DINAS PENDIDIKAN DAN KEBUDAYAAN",
            "Jalan Banda Aceh - Medan Km. 25 Kota Jantho, Aceh Besar 23911",
            "Pos-el disdikbud@acehbesarkab.go.id",
        ],
        title_lines=[
            [
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
                "DINAS PENDIDIKAN DAN KEBUDAYAAN",
                "PEMERINTAH KABUPATEN ACEH BESAR",
            ]
        ],
        pj_rows=[(PJ_LABEL, "T. MUHAMMAD IQBAL, S.Pd., M.Pd."), hp_row("0823 6677 1045")],
        pj_nama="T. MUHAMMAD IQBAL, S.Pd., M.Pd.",
        hp_e164="+6282366771045",
        headers={"rencana_aksi": RA4},
        findings=findings,
        signature=Signature(
            above=["Kota Jantho, 8 Maret 2023"],
            jabatan_lines=["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN ACEH BESAR,"],
            nama="CUT NURHAYATI, S.Pd., M.Pd.",
            pangkat_line="Pembina Tk. I (IV/b)",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=kadis,
            nip_line="NIP: " + nip_spaced(kadis),
            female=True,
        ),
        mengetahui=Signature(
            above=["Mengetahui,"],
            jabatan_lines=["SEKRETARIS DAERAH", "KABUPATEN ACEH BESAR,"],
            nama="Drs. SULAIMAN HAMZAH, M.Si.",
            pangkat_line="Pembina Utama Madya (IV/d)",
            pangkat="Pembina Utama Madya",
            golongan="IV/d",
            nip=sekda,
            nip_line="NIP: " + nip_spaced(sekda),
        ),
        features=[
            "a4_portrait",
            "female_signer",
            "font_p052_palatino",
            "hasil_lettered_sub_components",
            "header_repeated",
            "hp_spaces",
            "kop_surat",
            "mengetahui_block",
            "merged_hasil_evaluasi",
            "nip_colon",
            "nip_spaces",
            "row_split_across_pages",
            "two_line_jabatan",
        ],
        layout_text=(
            "portrait A4, kop surat above a double rule, 4-column rencana aksi table, bordered, "
            "Palatino Linotype 10 pt (rendered with P052), header repeated, one row per "
            "recommendation with the HASIL merged, rows split across pages, signature block with "
            "'Mengetahui, SEKRETARIS DAERAH' on the left and the unit head on the right"
        ),
        notes=[
            "signatures: left 'Mengetahui, / SEKRETARIS DAERAH / KABUPATEN ACEH BESAR,' (the "
            "Sekda acknowledges), right the unit head: penandatangan_* are the right-hand "
            "signer, the unit head",
            "NIP printed 'NIP: 19720614 199803 2 002'; female signer (sex digit 2)",
            "HASIL seed-like with 'a. Keberadaan ...' lines",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ----------------------------- 605 xlsx, Kecamatan Sirimau (Kota Ambon, Maluku), rencana aksi
def doc605() -> Doc:
    st = w.dash_lines
    findings = [
        F(st, Scores("A", 86, 74, 62), [1, 3], [R("A", 1), R("A", 2)]),
        F(st, Scores("B", 82, 70, 58), [5, 2], [R("B", 1)]),
        F(st, Scores("C", 90, 72, 60), [2, 4], [R("C", 1), R("C", 3)]),
        F(st, Scores("D", 84, 72, 60, stated_pemanfaatan=False), [2], [R("D", 1)]),
    ]
    camat = nip("19880205", "201012", 1, 1)
    return Doc(
        name="605_xlsx_sirimau_2024",
        producer="libreoffice-xlsx",
        tables=["rencana_aksi"],
        unit_kerja="Kecamatan Sirimau",
        kabupaten="Ambon",
        tahun=2024,
        kop=[],
        title_lines=[
            [
                "RENCANA AKSI TINDAK LANJUT",
                "HASIL EVALUASI SAKIP TAHUN 2024",
                "KECAMATAN SIRIMAU KOTA AMBON",
            ]
        ],
        pj_rows=[(PJ_LABEL, "SALMA TUASIKAL, S.Sos."), hp_row("0852 4301 7718 (WA)")],
        pj_nama="SALMA TUASIKAL, S.Sos.",
        hp_e164="+6285243017718",
        headers={"rencana_aksi": RA4},
        findings=findings,
        signature=Signature(
            above=["Ambon, 3 Maret 2025"],
            jabatan_lines=["CAMAT SIRIMAU,"],
            nama="JOPIE R. LATUPEIRISSA, S.STP., M.Si.",
            pangkat_line="Penata Tk. I (III/d)",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=camat,
            nip_line="NIP " + nip_spaced(camat),
        ),
        colnum_row=True,
        features=[
            "a4_portrait",
            "colnum_row",
            "font_liberation_sans",
            "hasil_cut_before_pemanfaatan",
            "hasil_dash_lines",
            "hp_wa_suffix",
            "kota_not_kabupaten",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "single_page",
            "title_three_lines",
        ],
        layout_text=(
            "portrait A4 spreadsheet, 4-column rencana aksi table with a column-number row "
            "'(1) (2) (3) (4)' under the header, black grid, grey header fill, Arial 8 pt "
            "(Liberation Sans), one row per recommendation with the HASIL merged, one page"
        ),
        notes=[
            "HP '0852 4301 7718 (WA)': the '(WA)' is no part of the number",
            "D states nilai and persen, Keberadaan and Kualitas only: pemanfaatan_nilai / "
            "_persen null",
            "the column-number row '(1)' .. '(4)' under the header is no data",
            "kabupaten 'Ambon' (a kota); rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ---------------- 606 reportlab, Distrik Sentani (Kab. Jayapura, Papua), two tables
def doc606() -> Doc:
    des = Waktu("Des 2024", 2024, "Desember")
    jun = Waktu("Jun 2024", 2024, "Juni")
    tw3 = Waktu("TW III 2024", 2024, "Triwulan III")
    kasi = "Kasi Pemerintahan (Yohanis W.)"
    sekdis = "Sekretaris Distrik (Marthen K.)"
    kasubag = "Kasubag Umum dan Keuangan (Novita R.)"
    s100 = Status("100% - selesai", SELESAI)
    s75 = Status("75% - dalam proses", PROSES)
    s50 = Status("50% - dalam proses", PROSES)
    s0 = Status("0% - belum", BELUM)
    st = w.perolehan_eq
    p = "Perlu"
    findings = [
        F(
            st,
            Scores("A", 76, 64, 54),
            [1, 3],
            [
                R(
                    "A",
                    0,
                    p,
                    "Renja Perubahan",
                    jun,
                    sekdis,
                    s100,
                    ann("Renja Perubahan Distrik", "1nM2bV3cX4zL5kJ6hG7fD8sA9pO0iU1y"),
                ),
                R("A", 3, p, "Renja dan PK 2024", jun, kasubag, s75),
            ],
        ),
        F(
            st,
            Scores("B", 72, 60, 50),
            [2, 5],
            [
                R("B", 1, p, "SOP verifikasi", tw3, kasi, s50),
                R("B", 4, p, "Manual IKU", des, kasubag, s0),
            ],
        ),
        F(
            st,
            Scores("C", 80, 62, 52),
            [1, 4],
            [
                R(
                    "C",
                    0,
                    p,
                    "LKjIP 2023",
                    jun,
                    kasubag,
                    s100,
                    ann("LKjIP Distrik Sentani 2023", "1tR5eW4qA3sD2fG1hJ0kL9zX8cV7bN6m"),
                ),
                R("C", 3, p, "Laporan triwulanan", des, sekdis, s0),
            ],
        ),
        F(
            st,
            Scores("D", 76, 60, 48),
            [2, 4],
            [
                R("D", 1, p, "Kertas kerja evaluasi", tw3, sekdis, s75),
            ],
        ),
    ]
    title = ["DISTRIK SENTANI KABUPATEN JAYAPURA"]
    kadis = nip("19790830", "200604", 1, 6)
    return Doc(
        name="606_reportlab_sentani_2023",
        producer="reportlab",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Distrik Sentani",
        kabupaten="Jayapura",
        tahun=2023,
        kop=[
            "PEMERINTAH KABUPATEN JAYAPURA",
            "DISTRIK SENTANI",
            "Jalan Raya Sentani Nomor 8 Sentani, Kabupaten Jayapura, Papua 99352",
        ],
        title_lines=[
            ["RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023", *title],
            ["MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2023", *title],
        ],
        pj_rows=[(PJ_LABEL, "YULIANA MEBRI, S.IP."), hp_row("+62 821 9904 5512")],
        pj_nama="YULIANA MEBRI, S.IP.",
        hp_e164="+6282199045512",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Sentani, 12 Februari 2024"],
            jabatan_lines=["KEPALA DISTRIK SENTANI,"],
            nama="FREDERIK OHEE, S.Sos., M.AP.",
            pangkat_line="Penata Tk. I / III.d",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=kadis,
            nip_line="NIP. " + nip_spaced(kadis),
        ),
        colnum_row=True,
        features=[
            "a4_landscape",
            "colnum_row",
            "distrik_unit",
            "empty_link_cells",
            "font_liberation_serif_ttf",
            "golongan_dot",
            "hasil_score_equals_lines",
            "header_repeated",
            "hp_plus62_spaces",
            "kop_surat",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pj_with_name",
            "row_split_across_pages",
            "status_percent_words",
            "two_tables",
            "waktu_month_abbrev",
            "waktu_tw_abbrev",
        ],
        layout_text=(
            "landscape A4, kop surat with a double rule, TWO tables (4-column rencana aksi, then "
            "on a new page the 9-column monitoring table), each with its own title, PJ block and "
            "signature; full black grid, Liberation Serif 9 pt (embedded TTF), header and "
            "column-number row '(1) ...' repeated on every page, rows split across pages"
        ),
        notes=[
            "unit 'Distrik Sentani': in Papua a distrik is the kecamatan; signer 'KEPALA "
            "DISTRIK SENTANI'",
            "two tables: each recommendation's page is where it starts in the monitoring table",
            "waktu 'Des 2024' / 'Jun 2024': periode the full month name 'Desember' / 'Juni' "
            "(canonical case); 'TW III 2024': periode 'Triwulan III'",
            "status '100% - selesai' selesai, '75% - dalam proses' / '50% - dalam proses' "
            "proses, '0% - belum' belum",
            "REKOMENDASI starts 'Perlu ...' (no 'Agar')",
            "HASIL lines 'Keberadaan = 4,56 (76%)'; 'dari bobot 30' is the weight",
            "pangkat line 'Penata Tk. I / III.d': golongan 'III/d'",
        ],
    )


# ---------------------------- 607 xlsx, BKPSDM (Kab. Rejang Lebong, Bengkulu), monitoring
def doc607() -> Doc:
    tw2 = Waktu("Triwulan II Tahun 2026", 2026, "Triwulan II")
    sm2 = Waktu("Semester II Tahun 2026", 2026, "Semester II")
    des = Waktu("Desember 2026", 2026, "Desember")
    kasubag = "Kasubag Program dan Pelaporan"
    sekr = "Sekretaris BKPSDM"
    kabid = "Kabid Pengembangan SDM"
    done = Status("Sudah ditindaklanjuti", SELESAI)
    part = Status("Sebagian ditindaklanjuti", PROSES)
    nope = Status("Belum ditindaklanjuti", BELUM)
    st = w.terdiri_dari
    findings = [
        F(
            st,
            Scores("A", 88, 78, 68),
            [4, 5],
            [
                R(
                    "A",
                    4,
                    target="SKP 2026",
                    waktu=tw2,
                    pj=kabid,
                    status=done,
                    link=gd("1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0Lz1X"),
                ),
                R("A", 1, target="Manual IKU", waktu=tw2, pj=kasubag, status=part),
            ],
        ),
        F(
            st,
            Scores("B", 86, 74, 64),
            [3, 1],
            [
                R("B", 2, target="SK Kepala BKPSDM", waktu=sm2, pj=sekr, status=nope),
                R("B", 0, target="Notulen", waktu=des, pj=kasubag, status=part),
            ],
        ),
        F(
            st,
            Scores("C", 92, 76, 68),
            [5, 1],
            [
                R(
                    "C",
                    0,
                    target="LKjIP 2025",
                    waktu=tw2,
                    pj=kasubag,
                    status=done,
                    link=gd("1Zx2Cv3Bn4Mm5Aa6Ss7Dd8Ff9Gg0Hh1J"),
                ),
            ],
        ),
        F(
            st,
            Scores("D", 88, 76, 64),
            [3, 4],
            [
                R("D", 2, target="Renja 2027", waktu=sm2, pj=kasubag, status=part),
                R("D", 3, target="-", waktu=des, pj=sekr, status=done),
            ],
        ),
    ]
    sekda = nip("19700111", "199603", 1, 8)
    kaban = nip("19780923", "200312", 1, 4)
    return Doc(
        name="607_xlsx_bkpsdmrejanglebong_2025",
        producer="libreoffice-xlsx",
        tables=["monitoring"],
        unit_kerja="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        kabupaten="Rejang Lebong",
        tahun=2025,
        kop=[],
        title_lines=[
            [
                "MATRIKS RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
                "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA (BKPSDM)",
                "KABUPATEN REJANG LEBONG",
            ]
        ],
        pj_rows=[(PJ_LABEL, "ROZA PUSPITA SARI, S.Kom."), hp_row("0812-7345-0916")],
        pj_nama="ROZA PUSPITA SARI, S.Kom.",
        hp_e164="+6281273450916",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Curup, 20 Februari 2026"],
            jabatan_lines=["KEPALA BADAN KEPEGAWAIAN DAN", "PENGEMBANGAN SUMBER DAYA MANUSIA,"],
            nama="YUSRAN EFENDI, S.H., M.H.",
            pangkat_line="Pembina Tk. I (IV/b)",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=kaban,
            nip_line="NIP " + nip_spaced(kaban),
        ),
        mengetahui=Signature(
            above=["Mengetahui,"],
            jabatan_lines=["SEKRETARIS DAERAH", "KABUPATEN REJANG LEBONG,"],
            nama="Ir. HENDRA GUNAWAN SIREGAR, M.T.",
            pangkat_line="Pembina Utama Madya (IV/d)",
            pangkat="Pembina Utama Madya",
            golongan="IV/d",
            nip=sekda,
            nip_line="NIP " + nip_spaced(sekda),
        ),
        features=[
            "a4_landscape",
            "empty_link_cells",
            "font_liberation_sans_narrow",
            "hasil_one_sentence",
            "header_repeated",
            "hp_dashes",
            "mengetahui_block",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "status_sebagian",
            "target_dash",
            "title_matriks",
            "two_line_jabatan",
            "url_in_cell",
        ],
        layout_text=(
            "landscape A4 spreadsheet, title 'MATRIKS RENCANA AKSI ...' on three lines, 9-column "
            "monitoring table, black grid, pale yellow header fill repeated, Arial Narrow 8.5 pt "
            "(Liberation Sans Narrow), signature row with 'Mengetahui, SEKRETARIS DAERAH' on the "
            "left and the unit head on the right"
        ),
        notes=[
            "signatures: left 'Mengetahui, / SEKRETARIS DAERAH / KABUPATEN REJANG LEBONG,', "
            "right the unit head: penandatangan_* are the unit head's",
            "penandatangan_jabatan joins 'KEPALA BADAN KEPEGAWAIAN DAN / PENGEMBANGAN SUMBER "
            "DAYA MANUSIA,' and drops the trailing comma",
            "unit_kerja drops '(BKPSDM)'",
            "status 'Sudah ditindaklanjuti' selesai, 'Sebagian ditindaklanjuti' proses, "
            "'Belum ditindaklanjuti' belum; TARGET '-' gives target_data null",
        ],
    )


# ------------------------------ 608 docx, Kecamatan Limboto (Kab. Gorontalo), monitoring
def doc608() -> Doc:
    des = Waktu("Des 2024", 2024, "Desember")
    okt = Waktu("Okt 2024", 2024, "Oktober")
    agu = Waktu("Agustus 2024", 2024, "Agustus")
    sekcam = "Sekcam (Sitti Rahma P.)"
    kasi = "Kasi Tata Pemerintahan (Ismail D.)"
    kasubag = "Kasubag Program (Fadli M.)"
    s100 = Status("Selesai (100%)", SELESAI)
    s70 = Status("Proses (70%)", PROSES)
    s30 = Status("Proses (30%)", PROSES)
    s0 = Status("Belum (0%)", BELUM)
    st = w.kelemahan_bullets
    findings = [
        F(
            st,
            Scores("A", 84, 70, 60),
            [1, 2, 6],
            [
                R(
                    "A",
                    0,
                    target="Renja Perubahan 2024",
                    waktu=agu,
                    pj=kasubag,
                    status=s100,
                    link=gd("1Lm0Nb9Vc8Xz7As6Df5Gh4Jk3Qw2Er1T"),
                ),
                R("A", 5, target="Matriks DPA", waktu=okt, pj=kasubag, status=s70),
            ],
        ),
        F(
            st,
            Scores("B", 80, 66, 54),
            [1, 3],
            [
                R("B", 0, target="Notulen rapat", waktu=des, pj=sekcam, status=s30),
                R("B", 2, target="SK Camat", waktu=des, pj=sekcam, status=s0),
            ],
        ),
        F(
            st,
            Scores("C", 88, 70, 56),
            [1, 2, 5],
            [
                R(
                    "C",
                    0,
                    target="LKjIP 2023",
                    waktu=agu,
                    pj=kasubag,
                    status=s100,
                    link=gd("1Yt5Re4Wq3Az2Sx1Dc0Fv9Gb8Hn7Jm6K"),
                ),
                R("C", 1, target="LKjIP 2023", waktu=agu, pj=kasubag, status=s100),
                R("C", 3, target="Unggahan laman", waktu=okt, pj=kasi, status=s70),
            ],
        ),
        F(
            st,
            Scores("D", 80, 68, 56),
            [1, 4],
            [
                R("D", 0, target="Laporan evaluasi", waktu=des, pj=sekcam, status=s0),
            ],
        ),
    ]
    camat = nip("19830507", "200801", 1, 9)
    return Doc(
        name="608_docx_limboto_2023",
        producer="libreoffice-docx",
        tables=["monitoring"],
        unit_kerja="Kecamatan Limboto",
        kabupaten="Gorontalo",
        tahun=2023,
        kop=[
            "PEMERINTAH KABUPATEN GORONTALO",
            "KECAMATAN LIMBOTO",
            "Jalan Jenderal Sudirman Nomor 12 Limboto, Kabupaten Gorontalo 96211",
        ],
        title_lines=[
            [
                "RENCANA AKSI TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2023",
                "KECAMATAN LIMBOTO KABUPATEN GORONTALO",
            ]
        ],
        pj_rows=[(PJ_LABEL, "NURHAYATI DUNGGIO, S.E."), hp_row("0853 9812 6604 (WA)")],
        pj_nama="NURHAYATI DUNGGIO, S.E.",
        hp_e164="+6285398126604",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Limboto, 5 Maret 2024"],
            jabatan_lines=["Plt. CAMAT LIMBOTO,"],
            nama="ABDUL RAHMAN HASAN, S.IP.",
            pangkat_line="Penata Tk. I (III/d)",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=camat,
            nip_line="NIP : " + nip_spaced(camat),
        ),
        colnum_row=True,
        section_label={
            "A": "A. Perencanaan Kinerja",
            "B": "B. Pengukuran Kinerja",
            "C": "C. Pelaporan Kinerja",
            "D": "D. Evaluasi Akuntabilitas Kinerja Internal",
        },
        features=[
            "colnum_row",
            "empty_link_cells",
            "font_c059_century_schoolbook",
            "hasil_kelemahan_bullets",
            "hp_wa_suffix",
            "kop_surat",
            "legal_landscape",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "pj_with_name",
            "plt_signer",
            "row_split_across_pages",
            "status_label_with_percent",
            "url_in_cell",
            "waktu_month_abbrev",
        ],
        layout_text=(
            "landscape Legal, kop surat above a double rule, 9-column monitoring table with a "
            "column-number row '(1) ... (9)' under the header, bordered, Century Schoolbook 8.5 pt "
            "(rendered with C059), header on the first page only, rows split across pages"
        ),
        notes=[
            "HASIL: scores in one sentence, then 'Kelemahan:' and '\u2022' bullet lines "
            "(bullets kept in hasil_evaluasi)",
            "status 'Selesai (100%)' selesai, 'Proses (70%)' proses, 'Belum (0%)' belum",
            "waktu 'Des 2024' / 'Okt 2024': periode 'Desember' / 'Oktober'",
            "signer 'Plt. CAMAT LIMBOTO,': jabatan keeps 'Plt.'; NIP printed 'NIP : ...'",
            "PJ cells 'Sekcam (Sitti Rahma P.)': penanggung_jawab as written",
        ],
    )


def all_docs() -> list[Doc]:
    return [doc601(), doc602(), doc603(), doc604(), doc605(), doc606(), doc607(), doc608()]
