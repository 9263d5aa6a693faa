"""The eight documents of the seventh held-out set, typed by hand."""

from __future__ import annotations

from collections.abc import Callable

from samples.generate.holdout7 import wording as w
from samples.generate.holdout7.model import (
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
PJ_LABEL = "Nama Penanggung Jawab Data SAKIP/Unit Kerja"
HP_LABEL = "Nomor HP Penanggung Jawab Data SAKIP"
ROMAN_SECTIONS = {
    "A": "KOMPONEN I: PERENCANAAN KINERJA (30%)",
    "B": "KOMPONEN II: PENGUKURAN KINERJA (30%)",
    "C": "KOMPONEN III: PELAPORAN KINERJA (15%)",
    "D": "KOMPONEN IV: EVALUASI AKUNTABILITAS KINERJA INTERNAL (25%)",
}
LETTER_SECTIONS = {
    "A": "A. PERENCANAAN KINERJA",
    "B": "B. PENGUKURAN KINERJA",
    "C": "C. PELAPORAN KINERJA",
    "D": "D. EVALUASI AKUNTABILITAS KINERJA INTERNAL",
}


def gd(code: str) -> Link:
    url = f"https://drive.google.com/drive/folders/{code}"
    return Link(url, url, annotated=False)


def long_url(code: str, name: str) -> Link:
    url = f"https://drive.google.com/file/d/{code}/view?usp=drive_link&resourcekey={name}"
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
) -> Rec:
    rek, plan = w.rec(kode, i, prefix)
    return Rec(rek, plan, target, waktu, pj, status, link)


def F(style: Style, s: Scores, picks: list[int], recs: list[Rec], nilai: bool = False) -> Finding:  # noqa: N802
    return Finding(s.kode, style(s, picks), s, recs, 1, w.nilai_cell(s) if nilai else None)


# ------------------------- 701 docx, Sekretariat DPRD Kab. Serdang Bedagai (Sumatera Utara)
def doc701() -> Doc:
    tw3 = Waktu("Triwulan III Tahun 2025", 2025, "Triwulan III")
    des = Waktu("Desember 2025", 2025, "Desember")
    tw2 = Waktu("Triwulan II Tahun 2025", 2025, "Triwulan II")
    kabag = "Kepala Bagian Umum dan Keuangan"
    kasubag = "Kasubbag Perencanaan dan Pelaporan"
    done = Status("SELESAI", SELESAI)
    going = Status("DALAM PROSES", PROSES)
    nope = Status("BELUM DILAKSANAKAN", BELUM)
    st = w.slash
    findings = [
        F(
            st,
            Scores("A", 85, 72, 66),
            [0, 1],
            [
                R(
                    "A",
                    0,
                    target="SK Pohon Kinerja",
                    waktu=tw3,
                    pj=kasubag,
                    status=done,
                    link=long_url("1qW8eRt5YuI0oPaS2dFgH7jKlZx", "0-Hx7PqLmN3vB"),
                ),
                R("A", 1, target="PK Perubahan 2025", waktu=tw2, pj=kabag, status=going),
                R("A", 3, target="Rencana Aksi PK", waktu=tw2, pj=kasubag, status=nope),
            ],
        ),
        F(
            st,
            Scores("B", 80, 70, 62),
            [0, 2],
            [
                R("B", 0, target="Keputusan Sekwan", waktu=des, pj=kasubag, status=going),
                R(
                    "B",
                    2,
                    target="SKP selaras PK",
                    waktu=tw3,
                    pj=kabag,
                    status=done,
                    link=long_url("1Zc4VbN9mQw2ErT6yUiO3pAsDf", "0-Kd2WsXe8RtY"),
                ),
            ],
        ),
        F(
            st,
            Scores("C", 90, 76, 68),
            [0, 1],
            [
                R("C", 0, target="LKjIP 2024", waktu=tw2, pj=kasubag, status=done),
                R("C", 1, target="Tabel efisiensi", waktu=tw2, pj=kasubag, status=going),
            ],
        ),
        F(
            st,
            Scores("D", 78, 64, 56),
            [1, 2],
            [
                R("D", 1, target="Matriks TL LHE", waktu=des, pj=kabag, status=nope),
                R("D", 2, target="SK Tim Evaluator", waktu=tw3, pj=kabag, status=going),
            ],
        ),
    ]
    title = ["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "KABUPATEN SERDANG BEDAGAI"]
    sekwan = nip("19740812", "199903", 1, 4)
    return Doc(
        name="701_docx_setdprdserdangbedagai_2024",
        producer="libreoffice-docx",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Sekretariat Dewan Perwakilan Rakyat Daerah",
        kabupaten="Serdang Bedagai",
        tahun=2024,
        kop=[],
        title_lines=[
            ["RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024", *title],
            ["MONITORING RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024", *title],
        ],
        pj_rows=[
            (PJ_LABEL, "RINA MARLIANA SIREGAR, S.E., M.Ak."),
            (HP_LABEL, "+62 (812) 6540-2317"),
        ],
        pj_nama="RINA MARLIANA SIREGAR, S.E., M.Ak.",
        hp_e164="+6281265402317",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Sei Rampah, 17 Maret 2025"],
            jabatan_lines=["SEKRETARIS DPRD", "KABUPATEN SERDANG BEDAGAI,"],
            nama="Dr. H. AHMAD SYAHRIL LUBIS, S.Sos., M.AP., M.Si.",
            pangkat_line="Pembina Tingkat I (IV b)",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=sekwan,
            nip_line="NIP. " + nip_spaced(sekwan),
        ),
        section_label=ROMAN_SECTIONS,
        features=[
            "golongan_space",
            "hasil_nilai_slash",
            "header_repeated",
            "hp_plus62_parens",
            "legal_landscape",
            "long_url_wrapped",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pangkat_tingkat_spelled_out",
            "section_rows_komponen_roman_weight",
            "row_split_across_pages",
            "signer_many_titles",
            "small_font_7pt",
            "status_capitals",
            "two_line_jabatan",
            "two_tables",
            "url_in_cell",
            "empty_link_cells",
        ],
        layout_text=(
            "landscape Legal, TWO tables like the seed: the 4-column rencana aksi table, then "
            "on a new page the 9-column monitoring table, each with its own title, PJ block and "
            "signature; bordered, Arial 7 pt (rendered with Liberation Sans), header repeated, "
            "section rows 'KOMPONEN I: PERENCANAAN KINERJA (30%)' spanning the table, one row "
            "per recommendation with NO and HASIL merged, long Google Drive URLs wrapped over "
            "several lines in the narrow LINK column"
        ),
        notes=[
            "two tables: table_layout monitoring, each recommendation's page is where it "
            "starts in the monitoring table",
            "section rows 'KOMPONEN I: ... (30%)' .. 'KOMPONEN IV: ... (25%)' are components "
            "A..D; the weight in brackets is no score",
            "HASIL lines 'Nilai: 21,60 / 30,00 (72,00%)' / 'Keberadaan: 5,10 / 6,00 (85,00%)' "
            "...: the number after '/' is the maximum (bobot or bobot x share), the bracket the "
            "percentage; hasil_evaluasi joins the lines with single spaces",
            "status in capitals 'SELESAI' selesai, 'DALAM PROSES' proses, 'BELUM "
            "DILAKSANAKAN' belum; status_progres as written (capitals)",
            "pangkat line 'Pembina Tingkat I (IV b)': pangkat 'Pembina Tk. I', golongan 'IV/b'",
            "HP '+62 (812) 6540-2317': E.164 '+6281265402317'",
            "signer name with many titles kept as printed",
        ],
    )


# ------------------------------------- 702 xlsx, Bappeda Kab. Lampung Timur (Lampung)
def doc702() -> Doc:
    findings = [
        F(
            w.narrative,
            Scores("A", 80, 74, 68),
            [1, 2, 3],
            [R("A", 1), R("A", 2), R("A", 3)],
            nilai=True,
        ),
        F(w.narrative, Scores("B", 90, 72, 64), [0, 1], [R("B", 0), R("B", 1)], nilai=True),
        F(
            w.narrative,
            Scores("C", 84, 78, 70),
            [0, 3],
            [R("C", 0), R("C", 3)],
            nilai=True,
        ),
        F(w.narrative, Scores("D", 76, 68, 60), [0, 3], [R("D", 0), R("D", 3)], nilai=True),
    ]
    kaban = nip("19690304", "199503", 1, 2)
    return Doc(
        name="702_xlsx_bappedalampungtimur_2023",
        producer="libreoffice-xlsx",
        tables=["rencana_aksi"],
        unit_kerja="Badan Perencanaan Pembangunan Daerah",
        kabupaten="Lampung Timur",
        tahun=2023,
        kop=[],
        title_lines=[
            [
                "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "BADAN PERENCANAAN PEMBANGUNAN DAERAH (BAPPEDA)",
                "KABUPATEN LAMPUNG TIMUR",
            ]
        ],
        pj_rows=[(PJ_LABEL, "YUNITA KUSUMAWARDANI, S.T., M.Eng."), (HP_LABEL, "0813-6920-4418")],
        pj_nama="YUNITA KUSUMAWARDANI, S.T., M.Eng.",
        hp_e164="+6281369204418",
        headers={
            "rencana_aksi": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "NILAI",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Sukadana, 8 Maret 2024"],
            jabatan_lines=[
                "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH",
                "KABUPATEN LAMPUNG TIMUR,",
            ],
            nama="Ir. SUPARDI HIDAYAT, M.T.",
            pangkat_line="Pembina Utama Muda (IV/c)",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=kaban,
            nip_line="NIP " + nip_spaced(kaban),
        ),
        section_label=LETTER_SECTIONS,
        nilai_column=True,
        features=[
            "a4_portrait",
            "hasil_dash_lines",
            "hasil_without_scores",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nilai_column",
            "nip_spaces",
            "title_three_lines",
            "two_line_jabatan",
        ],
        layout_text=(
            "portrait A4 spreadsheet, 5-column rencana aksi table with a separate NILAI column "
            "between HASIL and REKOMENDASI, black grid, grey header fill, Arial 8 pt (Liberation "
            "Sans), one row per recommendation with NO, HASIL and NILAI merged over the "
            "finding's rows"
        ),
        notes=[
            "the scores are in the NILAI column ('22,20' / '(74%)' / 'Keberadaan 4,80 (80%)' "
            "/ ...); the HASIL cell states none: hasil_evaluasi is the HASIL cell only, the "
            "scores come from the NILAI cell",
            "HASIL lines start with '-': the marks are kept in hasil_evaluasi",
            "unit_kerja drops '(BAPPEDA)'; rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ---------------------------------- 703 reportlab, RSUD Kol. Abundjani, Kab. Merangin (Jambi)
def doc703() -> Doc:
    jul = Waktu("Minggu ke-2 Juli 2025", 2025, "Juli")
    sep = Waktu("Minggu ke-4 September 2025", 2025, "September")
    nov = Waktu("Minggu ke-1 November 2025", 2025, "November")
    perenc = "Kepala Subbagian Perencanaan dan Evaluasi"
    yanmed = "Kepala Bidang Pelayanan Medik"
    done = Status("Selesai", SELESAI)
    going = Status("Proses", PROSES)
    nope = Status("Belum", BELUM)
    st = w.nested
    findings = [
        F(
            st,
            Scores("A", 92, 80, 70),
            [0, 2, 3],
            [
                R(
                    "A",
                    0,
                    "Disarankan agar",
                    target="Pohon kinerja RSUD",
                    waktu=jul,
                    pj=perenc,
                    status=done,
                    link=ann("Pohon Kinerja RSUD 2025", "1RsUdAbjPk25xQwErTy7uIoP"),
                ),
                R("A", 2, "Disarankan agar", "Renstra Perubahan", sep, perenc, going),
                R(
                    "A",
                    4,
                    "Disarankan agar",
                    target="Tangkapan layar laman",
                    waktu=jul,
                    pj=perenc,
                    status=done,
                    link=ann("Publikasi Dokumen Perencanaan", "1AbJnPubLk9sDfGhJkL2zXcV"),
                ),
            ],
        ),
        F(
            st,
            Scores("B", 86, 76, 66),
            [1, 3],
            [
                R("B", 1, "Disarankan agar", "Basis data kinerja", jul, yanmed, going),
                R("B", 3, "Disarankan agar", "SK mekanisme reward", nov, perenc, nope),
            ],
        ),
        F(
            st,
            Scores("C", 88, 80, 72),
            [0, 2],
            [
                R(
                    "C",
                    2,
                    "Disarankan agar",
                    target="LKjIP 2024 terunggah",
                    waktu=jul,
                    pj=perenc,
                    status=done,
                    link=ann("LKjIP RSUD 2024", "1LkjIpRsUd24MnBvCxZ0aSdF"),
                ),
                R("C", 0, "Disarankan agar", "LKjIP 2025", nov, perenc, nope),
            ],
        ),
        F(
            st,
            Scores("D", 80, 72, 64),
            [0, 3],
            [
                R("D", 0, "Disarankan agar", "Laporan evaluasi semester", sep, perenc, going),
                R("D", 3, "Disarankan agar", "Renja 2026", nov, perenc, nope),
            ],
        ),
    ]
    direktur = nip("19760619", "200312", 1, 3)
    return Doc(
        name="703_reportlab_rsudkolabundjani_2025",
        producer="reportlab",
        tables=["monitoring"],
        unit_kerja="Rumah Sakit Umum Daerah Kolonel Abundjani Bangko",
        kabupaten="Merangin",
        tahun=2025,
        kop=[],
        title_lines=[
            [
                "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2025",
                "RUMAH SAKIT UMUM DAERAH KOLONEL ABUNDJANI BANGKO",
                "KABUPATEN MERANGIN",
            ]
        ],
        pj_rows=[(PJ_LABEL, "Ns. DEWI ANGGRAINI, S.Kep., M.Kep."), (HP_LABEL, "0852 6601 3390")],
        pj_nama="Ns. DEWI ANGGRAINI, S.Kep., M.Kep.",
        hp_e164="+6285266013390",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Bangko, 3 Februari 2026"],
            jabatan_lines=["DIREKTUR RSUD KOLONEL ABUNDJANI BANGKO,"],
            nama="dr. HENDRA WIJAYA PUTRA, Sp.PD., FINASIM, M.Kes., MARS",
            pangkat_line="Pembina Utama Muda (IV/c)",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=direktur,
            nip_line="NIP. " + nip_spaced(direktur),
        ),
        section_label=LETTER_SECTIONS,
        features=[
            "empty_link_cells",
            "hasil_nested_list",
            "header_repeated",
            "hp_spaces",
            "legal_landscape",
            "link_annotation",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "rek_prefix_disarankan",
            "signer_many_titles",
            "small_font_7pt",
            "waktu_minggu_ke",
        ],
        layout_text=(
            "landscape Legal, 9-column monitoring table, full black grid, Liberation Sans 7 pt "
            "(embedded TTF), header repeated, one row per recommendation with NO and HASIL "
            "spanned, LINK cells with blue annotated labels"
        ),
        notes=[
            "HASIL: one sentence, then a small numbered list '1) Keberadaan: 5,52 (92%);' "
            "'2) Kualitas: ...' '3) Pemanfaatan: ...', then 'Permasalahan: ...'; the '1)' items "
            "are sub-components, not recommendations; hasil_evaluasi keeps them",
            "waktu 'Minggu ke-2 Juli 2025': periode 'Juli' (the month, as holdout6's date "
            "'30 Juni 2024' -> 'Juni'), tahun 2025",
            "REKOMENDASI starts 'Disarankan agar ...' (kept as written)",
            "status 'Selesai' selesai, 'Proses' proses, 'Belum' belum",
            "LINK cells: labels with link annotations (tautan = annotation URL, tautan_teks = "
            "label); empty cells null",
        ],
    )


# ------------------------------------------------- 704 xlsx, Satpol PP Kota Serang (Banten)
def doc704() -> Doc:
    s2 = Waktu("Semester 2 Tahun 2025", 2025, "Semester II")
    s1 = Waktu("Semester 1 Tahun 2025", 2025, "Semester I")
    kasubag = "Kasubbag Program dan Pelaporan"
    sekre = "Sekretaris Satpol PP"
    done = Status("SELESAI", SELESAI)
    going = Status("DALAM PROSES", PROSES)
    nope = Status("BELUM DILAKSANAKAN", BELUM)
    st = w.skor_lines
    findings = [
        F(
            st,
            Scores("A", 75, 68, 60),
            [0, 3],
            [
                R(
                    "A",
                    0,
                    target="Pohon kinerja",
                    waktu=s1,
                    pj=kasubag,
                    status=done,
                    link=long_url("1SaTpOlPpSrG8hJkLqWeRtYuIo", "0-PpSr9XcVbNm"),
                ),
                R("A", 3, target="Renaksi PK 2025", waktu=s1, pj=kasubag, status=going),
            ],
        ),
        F(
            st,
            Scores("B", 70, 66, 58),
            [0, 1, 3],
            [
                R("B", 0, target="-", waktu=s2, pj=sekre, status=nope),
                R(
                    "B",
                    1,
                    target="Lembar data kinerja",
                    waktu=s2,
                    pj=kasubag,
                    status=going,
                    link=long_url("1DaTaKiNeRjA0PpSrGzXcVbNmQ", "0-Dk4LpOiUyTr"),
                ),
                R("B", 3, target="SK reward pegawai", waktu=s2, pj=sekre, status=nope),
            ],
        ),
        F(
            st,
            Scores("C", 80, 70, 62),
            [1, 2],
            [
                R("C", 1, target="LKjIP 2024", waktu=s1, pj=kasubag, status=done),
                R(
                    "C",
                    2,
                    target="LKjIP pada laman",
                    waktu=s1,
                    pj=kasubag,
                    status=done,
                    link=long_url("1LkJiPpUbLiKaSi2SrGqWeRtYu", "0-Lj7MnBvCxZa"),
                ),
            ],
        ),
        F(
            st,
            Scores("D", 72, 60, 52),
            [0, 1],
            [
                R("D", 0, target="Laporan evaluasi", waktu=s2, pj=sekre, status=nope),
                R("D", 1, target="Matriks TL LHE", waktu=s1, pj=sekre, status=going),
            ],
        ),
    ]
    kasat = nip("19780227", "200112", 1, 5)
    return Doc(
        name="704_xlsx_satpolppserang_2024",
        producer="libreoffice-xlsx",
        tables=["monitoring"],
        unit_kerja="Satuan Polisi Pamong Praja",
        kabupaten="Serang",
        tahun=2024,
        kop=[],
        title_lines=[
            [
                "MONITORING RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
                "SATUAN POLISI PAMONG PRAJA KOTA SERANG",
            ]
        ],
        pj_rows=[(PJ_LABEL, "ASEP SAEFULLOH, S.IP."), (HP_LABEL, "+62 (877) 7123-0945")],
        pj_nama="ASEP SAEFULLOH, S.IP.",
        hp_e164="+6287771230945",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Serang, 24 Februari 2025"],
            jabatan_lines=["KEPALA SATUAN POLISI PAMONG PRAJA", "KOTA SERANG,"],
            nama="Drs. H. MUHAMAD IQBAL FAUZI, M.Si.",
            pangkat_line="Pembina Tingkat I, IV b",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=kasat,
            nip_line="NIP " + nip_spaced(kasat),
        ),
        section_label={
            "A": "I. PERENCANAAN KINERJA (BOBOT 30%)",
            "B": "II. PENGUKURAN KINERJA (BOBOT 30%)",
            "C": "III. PELAPORAN KINERJA (BOBOT 15%)",
            "D": "IV. EVALUASI AKUNTABILITAS KINERJA INTERNAL (BOBOT 25%)",
        },
        features=[
            "empty_link_cells",
            "golongan_space",
            "hasil_skor_lines",
            "header_repeated",
            "hp_plus62_parens",
            "kota_not_kabupaten",
            "legal_landscape",
            "long_url_wrapped",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "pangkat_tingkat_spelled_out",
            "section_rows_roman_weight",
            "small_font_7pt",
            "status_capitals",
            "target_dash",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_semester_arabic",
        ],
        layout_text=(
            "landscape Legal spreadsheet, 9-column monitoring table with a narrow LINK column "
            "(long Google Drive URLs wrapped over three or more lines), black grid, pale orange "
            "header fill repeated on every page, Arial 7 pt (Liberation Sans), section rows "
            "'I. PERENCANAAN KINERJA (BOBOT 30%)'"
        ),
        notes=[
            "waktu 'Semester 2 Tahun 2025': periode 'Semester II' (Arabic numeral written as "
            "the canonical Roman form, as 'TW II' -> 'Triwulan II' in holdout6), tahun 2025",
            "status in capitals 'SELESAI' selesai, 'DALAM PROSES' proses, 'BELUM "
            "DILAKSANAKAN' belum",
            "pangkat line 'Pembina Tingkat I, IV b': pangkat 'Pembina Tk. I', golongan 'IV/b'",
            "HP '+62 (877) 7123-0945': E.164 '+6287771230945'",
            "kabupaten 'Serang' (Kota Serang); TARGET '-' gives target_data null",
            "URLs written out in the cell (no annotations), wrapped in a narrow column",
        ],
    )


# ------------------------------------------------- 705 docx, Dinas Sosial Kab. Sleman (DIY)
def doc705() -> Doc:
    st = w.capaian_first
    pre = "Disarankan agar"
    findings = [
        F(st, Scores("A", 88, 74, 66), [0, 1, 2], [R("A", 0, pre), R("A", 1, pre), R("A", 2, pre)]),
        F(st, Scores("B", 84, 70, 60), [0, 1, 2], [R("B", 0, pre), R("B", 1, pre), R("B", 2, pre)]),
        F(st, Scores("C", 92, 82, 74), [0, 1], [R("C", 0, pre), R("C", 1, pre)]),
        F(st, Scores("D", 76, 70, 62), [0, 2, 3], [R("D", 0, pre), R("D", 2, pre), R("D", 3, pre)]),
    ]
    kadis = nip("19700915", "199603", 2, 1)
    return Doc(
        name="705_docx_dinsossleman_2023",
        producer="libreoffice-docx",
        tables=["rencana_aksi"],
        unit_kerja="Dinas Sosial",
        kabupaten="Sleman",
        tahun=2023,
        kop=[],
        title_lines=[
            [
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "DINAS SOSIAL KABUPATEN SLEMAN",
            ]
        ],
        pj_rows=[(PJ_LABEL, "BAMBANG SETYO NUGROHO, S.Sos., M.M."), (HP_LABEL, "0878 3912 6650")],
        pj_nama="BAMBANG SETYO NUGROHO, S.Sos., M.M.",
        hp_e164="+6287839126650",
        headers={"rencana_aksi": RA4},
        findings=findings,
        signature=Signature(
            above=["Sleman, 11 Maret 2024"],
            jabatan_lines=["KEPALA DINAS SOSIAL", "KABUPATEN SLEMAN,"],
            nama="Dra. SRI WAHYUNINGSIH, M.Si.",
            pangkat_line="Pembina Utama Muda / IV/c",
            pangkat="Pembina Utama Muda",
            golongan="IV/c",
            nip=kadis,
            nip_line="NIP " + nip_spaced(kadis),
            female=True,
        ),
        section_label=LETTER_SECTIONS,
        features=[
            "a4_portrait",
            "female_signer",
            "hasil_capaian_first",
            "header_repeated",
            "hp_spaces",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "rek_prefix_disarankan",
            "row_split_across_pages",
            "two_line_jabatan",
        ],
        layout_text=(
            "portrait A4, 4-column rencana aksi table, bordered, Times New Roman 9 pt (Liberation "
            "Serif), header repeated, one row per recommendation with NO and HASIL merged "
            "vertically, the merged HASIL running over a page break"
        ),
        notes=[
            "HASIL wording 'Hasil evaluasi atas komponen ... menunjukkan capaian 72,2% atau nilai "
            "21,66 dari bobot 30. Rinciannya: keberadaan 88% (5,28), ...': the percentage comes "
            "before the nilai, 'bobot 30' is the weight",
            "female signer (NIP sex digit 2); pangkat line 'Pembina Utama Muda / IV/c'",
            "rencana_aksi layout: target_data ... tautan null",
        ],
    )


# -------------------------------- 706 xlsx, Kelurahan Besusu Barat, Kota Palu (Sulawesi Tengah)
def doc706() -> Doc:
    tw2 = Waktu("Triwulan II 2025", 2025, "Triwulan II")
    jun = Waktu("Juni 2025", 2025, "Juni")
    tw4 = Waktu("Triwulan IV 2025", 2025, "Triwulan IV")
    sekel = "Sekretaris Kelurahan"
    kasi = "Kasi Pemerintahan dan Trantib"
    done = Status("Sudah ditindaklanjuti", SELESAI)
    part = Status("Sebagian", PROSES)
    nope = Status("Belum", BELUM)
    st = w.skor_lines
    findings = [
        F(
            st,
            Scores("A", 70, 62, 54),
            [0, 2],
            [
                R(
                    "A",
                    0,
                    target="Pohon kinerja kelurahan",
                    waktu=tw2,
                    pj=sekel,
                    status=done,
                    link=gd("1BsSbRtPlU5kLmNoPqRsTuVw"),
                ),
                R("A", 2, target="Indikator outcome", waktu=tw4, pj=sekel, status=part),
            ],
        ),
        F(
            st,
            Scores("B", 65, 60, 50),
            [1],
            [R("B", 1, target="Rekap data bulanan", waktu=jun, pj=kasi, status=part)],
        ),
        F(
            st,
            Scores("C", 74, 66, 56),
            [0, 2],
            [
                R(
                    "C",
                    2,
                    target="LKjIP pada laman",
                    waktu=jun,
                    pj=sekel,
                    status=done,
                    link=gd("1LkPlUbSbrT6yUiOpAsDfGhJ"),
                ),
                R("C", 0, target="-", waktu=tw4, pj=sekel, status=nope),
            ],
        ),
        F(
            st,
            Scores("D", 70, 58, 48),
            [1],
            [R("D", 1, target="Matriks TL LHE", waktu=tw2, pj=sekel, status=part)],
        ),
    ]
    title = ["KELURAHAN BESUSU BARAT KECAMATAN PALU TIMUR", "PEMERINTAH KOTA PALU"]
    lurah = nip("19880503", "201012", 1, 1)
    return Doc(
        name="706_xlsx_kelbesusubarat_2025",
        producer="libreoffice-xlsx",
        tables=["rencana_aksi", "monitoring"],
        unit_kerja="Kelurahan Besusu Barat",
        kabupaten="Palu",
        tahun=2025,
        kop=[],
        title_lines=[
            ["RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025", *title],
            ["MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025", *title],
        ],
        pj_rows=[(PJ_LABEL, "NURHAYATI DG. MASIKKI, S.Sos."), (HP_LABEL, "0821 9455 0731")],
        pj_nama="NURHAYATI DG. MASIKKI, S.Sos.",
        hp_e164="+6282194550731",
        headers={"rencana_aksi": RA4, "monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Palu, 9 Februari 2026"],
            jabatan_lines=["LURAH BESUSU BARAT,"],
            nama="MOH. RIZAL LAMASITUDJU, S.STP., M.Si.",
            pangkat_line="Penata Tk. I (III/d)",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=lurah,
            nip_line="NIP. " + nip_spaced(lurah),
        ),
        section_label=LETTER_SECTIONS,
        features=[
            "a4_landscape",
            "empty_link_cells",
            "hasil_skor_lines",
            "header_repeated",
            "hp_spaces",
            "kelurahan_unit",
            "kota_not_kabupaten",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "predikat_b",
            "status_sebagian",
            "target_dash",
            "two_tables",
            "url_in_cell",
        ],
        layout_text=(
            "landscape A4 spreadsheet with two sheets: the 4-column rencana aksi table, then "
            "the 9-column monitoring table, each with its own title, PJ block and signature; "
            "black grid, pale green header fill repeated, Times New Roman 8.5 pt (Liberation "
            "Serif); title line 'KELURAHAN BESUSU BARAT KECAMATAN PALU TIMUR' over 'PEMERINTAH "
            "KOTA PALU'"
        ),
        notes=[
            "two tables: table_layout monitoring, each recommendation's page is where it "
            "starts in the monitoring table",
            "unit 'Kelurahan Besusu Barat' (the Kecamatan on the same title line is no part of "
            "unit_kerja); kabupaten 'Palu' (a kota)",
            "status 'Sudah ditindaklanjuti' selesai, 'Sebagian' proses (SAKIP.md), 'Belum' belum",
            "B and D have one recommendation each; low scores: predikat B",
        ],
    )


# ----------------------------- 707 reportlab, Bagian Organisasi Setda Kab. Kupang (NTT)
def doc707() -> Doc:
    findings = [
        F(w.narrative, Scores("A", 82, 76, 70), [0, 1], [R("A", 0), R("A", 1)], nilai=True),
        F(w.narrative, Scores("B", 78, 72, 64), [2, 3], [R("B", 2), R("B", 3)], nilai=True),
        F(
            w.narrative,
            Scores("C", 86, 74, 66),
            [0, 1, 3],
            [R("C", 0), R("C", 1), R("C", 3)],
            nilai=True,
        ),
        F(w.narrative, Scores("D", 84, 70, 64), [2], [R("D", 2)], nilai=True),
    ]
    kabag = nip("19830411", "200604", 1, 7)
    return Doc(
        name="707_reportlab_bagorgkupang_2022",
        producer="reportlab",
        tables=["rencana_aksi"],
        unit_kerja="Bagian Organisasi Sekretariat Daerah",
        kabupaten="Kupang",
        tahun=2022,
        kop=[],
        title_lines=[
            [
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
                "BAGIAN ORGANISASI SEKRETARIAT DAERAH",
                "KABUPATEN KUPANG",
            ]
        ],
        pj_rows=[(PJ_LABEL, "MARIA GORETTI BAUN, S.H."), (HP_LABEL, "0821-4577-0312")],
        pj_nama="MARIA GORETTI BAUN, S.H.",
        hp_e164="+6282145770312",
        headers={
            "rencana_aksi": [
                "NO",
                "HASIL EVALUASI INSPEKTORAT",
                "NILAI",
                "REKOMENDASI INSPEKTORAT",
                "RENCANA AKSI TINDAK LANJUT",
            ]
        },
        findings=findings,
        signature=Signature(
            above=["Oelamasi, 20 Februari 2023"],
            jabatan_lines=["KEPALA BAGIAN ORGANISASI,"],
            nama="YOHANES BOSCO NDOEN, S.H., M.Si.",
            pangkat_line="Penata Tingkat I / III d",
            pangkat="Penata Tk. I",
            golongan="III/d",
            nip=kabag,
            nip_line="NIP " + nip_spaced(kabag),
        ),
        section_label=LETTER_SECTIONS,
        nilai_column=True,
        features=[
            "a4_portrait",
            "golongan_space",
            "hasil_dash_lines",
            "hasil_without_scores",
            "hp_dashes",
            "merged_hasil_evaluasi",
            "nilai_column",
            "nip_spaces",
            "pangkat_tingkat_spelled_out",
            "row_split_across_pages",
            "title_three_lines",
        ],
        layout_text=(
            "portrait A4, 5-column rencana aksi table with a separate NILAI column between HASIL "
            "and REKOMENDASI, dark grey grid, DejaVu Serif 8 pt (embedded TTF), header "
            "repeated, one row per recommendation with NO, HASIL and NILAI spanned"
        ),
        notes=[
            "the scores are in the NILAI column; the HASIL cell states none: hasil_evaluasi is "
            "the HASIL cell only (as 702)",
            "pangkat line 'Penata Tingkat I / III d': pangkat 'Penata Tk. I', golongan 'III/d'",
            "unit 'Bagian Organisasi Sekretariat Daerah' (a bagian of the Setda) of Kabupaten "
            "Kupang; rencana_aksi layout: target_data ... tautan null",
        ],
    )


# ---------------------------------------- 708 docx, DP3A Kab. Minahasa Utara (Sulawesi Utara)
def doc708() -> Doc:
    okt = Waktu("Oktober - Desember 2025", 2025, "Oktober - Desember")
    mei = Waktu("Mei 2025", 2025, "Mei")
    tw3 = Waktu("Triwulan III 2025", 2025, "Triwulan III")
    sek = "Sekretaris Dinas"
    kasubag = "Kasubag Program, Evaluasi dan Pelaporan"
    done = Status("Telah ditindaklanjuti", SELESAI)
    going = Status("Masih dalam proses", PROSES)
    nope = Status("Belum ditindaklanjuti", BELUM)
    st = w.nested
    findings = [
        F(
            st,
            Scores("A", 90, 84, 76),
            [0, 1, 3],
            [
                R(
                    "A",
                    0,
                    target="SK Pohon Kinerja",
                    waktu=mei,
                    pj=kasubag,
                    status=done,
                    link=gd("1DpPaMiNuT5aRqWsEdRfTgYh"),
                ),
                R("A", 1, target="PK Perubahan", waktu=tw3, pj=sek, status=going),
                R("A", 3, target="Renaksi PK", waktu=mei, pj=kasubag, status=done),
            ],
        ),
        F(
            st,
            Scores("B", 88, 78, 70),
            [0, 2],
            [
                R("B", 0, target="Manual IKU", waktu=tw3, pj=kasubag, status=going),
                R("B", 2, target="SKP pejabat", waktu=okt, pj=sek, status=nope),
            ],
        ),
        F(
            st,
            Scores("C", 94, 80, 74),
            [0, 3],
            [
                R(
                    "C",
                    0,
                    target="LKjIP 2024",
                    waktu=mei,
                    pj=kasubag,
                    status=done,
                    link=gd("1LkJiPdPaMnT8yUiOpLkJhGf"),
                ),
                R("C", 3, target="Tabel pembanding", waktu=okt, pj=kasubag, status=nope),
            ],
        ),
        F(
            st,
            Scores("D", 84, 74, 66),
            [0, 3],
            [
                R("D", 0, target="Laporan evaluasi program", waktu=okt, pj=sek, status=going),
                R("D", 3, target="Renja 2026", waktu=tw3, pj=kasubag, status=going),
            ],
        ),
    ]
    kadis = nip("19751122", "200003", 2, 6)
    return Doc(
        name="708_docx_dp3aminahasautara_2024",
        producer="libreoffice-docx",
        tables=["monitoring"],
        unit_kerja="Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        kabupaten="Minahasa Utara",
        tahun=2024,
        kop=[],
        title_lines=[
            [
                "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
                "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK (DP3A)",
                "KABUPATEN MINAHASA UTARA",
            ]
        ],
        pj_rows=[(PJ_LABEL, "JEFRY R. WOWOR, S.Kom."), (HP_LABEL, "+62 853-4020-1186")],
        pj_nama="JEFRY R. WOWOR, S.Kom.",
        hp_e164="+6285340201186",
        headers={"monitoring": MON},
        findings=findings,
        signature=Signature(
            above=["Airmadidi, 12 Maret 2025"],
            jabatan_lines=["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK,"],
            nama="Dr. MEILANY S. TAMBUWUN, S.Psi., M.Si., M.Psi.",
            pangkat_line="Pembina Tk. I (IV/b)",
            pangkat="Pembina Tk. I",
            golongan="IV/b",
            nip=kadis,
            nip_line="NIP. " + nip_spaced(kadis),
            female=True,
        ),
        section_label=LETTER_SECTIONS,
        features=[
            "a4_landscape",
            "empty_link_cells",
            "female_signer",
            "hasil_nested_list",
            "hp_plus62_dashes",
            "merged_hasil_evaluasi",
            "nip_spaces",
            "no_header_repeat",
            "predikat_a",
            "row_split_across_pages",
            "signer_many_titles",
            "two_line_jabatan",
            "url_in_cell",
            "waktu_range",
        ],
        layout_text=(
            "landscape A4, 9-column monitoring table, bordered, Nimbus Roman 8 pt, header on "
            "the first page only, one row per recommendation with NO and HASIL merged, rows "
            "split across pages"
        ),
        notes=[
            "HASIL as 703: a sentence, a numbered '1) Keberadaan: ...' list, 'Permasalahan: ...'",
            "waktu 'Oktober - Desember 2025' keeps the range as its periode",
            "status 'Telah ditindaklanjuti' selesai, 'Masih dalam proses' proses, 'Belum "
            "ditindaklanjuti' belum",
            "unit_kerja drops '(DP3A)'; female signer (NIP sex digit 2)",
        ],
    )


def all_docs() -> list[Doc]:
    return [doc701(), doc702(), doc703(), doc704(), doc705(), doc706(), doc707(), doc708()]
