"""Documents 205-206."""

from __future__ import annotations

import datetime as dt

from samples.generate.holdout import Person
from samples.generate.holdout2.build import (
    Plan,
    drive_label,
    findings,
    short_url,
    sig_lines,
    signature,
)
from samples.generate.holdout2.model import COLS9, Doc, Hp, PjBlock, Style

D = dt.date
W9 = dict(zip(COLS9, (3.0, 23, 15, 15, 7, 8, 10, 9, 10), strict=True))


def doc_205() -> Doc:
    plan = Plan(
        "kesbangpol",
        (2, 3, 2, 2),
        pjs=(
            "Kabid Ideologi,\nWawasan Kebangsaan dan\nKarakter Bangsa",
            "Kasubbag Program,\nEvaluasi dan Pelaporan",
            "Kabid Politik Dalam Negeri\ndan Organisasi Kemasyarakatan",
            "Sekretaris",
            "Kabid Kewaspadaan Nasional\ndan Penanganan Konflik",
        ),
        statuses=(
            ("Sudah sesuai", "selesai"),
            ("Belum sesuai", "belum"),
            ("Proses", "proses"),
            ("Sudah ditindaklanjuti", "selesai"),
        ),
        waktus=(
            ("Triwulan II {y}", "Triwulan II"),
            ("Mei {y}", "Mei"),
            ("s.d. Juni {y}", "Juni"),
            ("Semester II {y}", "Semester II"),
        ),
        targets=("-", "1 Dokumen", "SK Tim", "2 Laporan Semester"),
        link=short_url("KesbangHSS", annotated=True),
        pj_at={("A", 1): "Kabid Ideologi,\nWawasan Kebangsaan dan\nKarakter Bangsa"},
    )
    signer = Person("H. RUSLAN EFFENDI, S.Sos., M.AP", 1, D(1976, 12, 3), (2000, 3), 3, "IV/b")
    return Doc(
        name="205_xlsx_kesbangpolhss_2025",
        title_lines=(
            "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2025",
            "BADAN KESATUAN BANGSA DAN POLITIK",
            "KABUPATEN HULU SUNGAI SELATAN",
        ),
        unit_kerja="Badan Kesatuan Bangsa dan Politik",
        kabupaten="Hulu Sungai Selatan",
        tahun=2025,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "URAIAN HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "JADWAL PELAKSANAAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS",
            "link": "LINK",
        },
        findings=findings(
            2215, 2025, plan, True, "BB", {"A": "skor", "B": "uraian", "C": "baris", "D": "capaian"}
        ),
        pj=PjBlock(
            (
                ("", "Penanggung Jawab Data", "YULIANA SAFITRI, S.IP"),
                ("", "Kontak (HP/WA)", "0813-4890-2211 / 0813-5002-1144"),
            ),
            "YULIANA SAFITRI, S.IP",
            Hp("0813-4890-2211 / 0813-5002-1144", "+6281348902211"),
        ),
        sig=signature(
            signer,
            ("Plt. KEPALA BADAN KESATUAN BANGSA", "DAN POLITIK,"),
            "Plt. KEPALA BADAN KESATUAN BANGSA DAN POLITIK",
            "Pembina Tk. I / Golongan IV/b",
            "Nip. {b} {t} {s} {q}",
            above=("Kandangan, 16 Maret 2026",),
        ),
        style=Style(
            "xlsx",
            "F4",
            font="Palatino Linotype",
            measure_font="Liberation Sans",
            size=8.0,
            widths=dict(W9, pj=12),
            section=(None, "{roman}. {NAME}"),
        ),
        variations=(
            "penanggung jawab cells with typed line breaks (3 lines in one cell)",
            "section rows with Roman numerals 'I. PERENCANAAN KINERJA' ... 'IV. EVALUASI "
            "AKUNTABILITAS KINERJA INTERNAL'",
            "font Palatino Linotype 8 pt (rendered with URW P052)",
            "short URLs 'bit.ly/KesbangHSS-...' written without scheme, with link annotations "
            "to https://bit.ly/...",
            "status 'Sudah sesuai', 'Belum sesuai', 'Proses', 'Sudah ditindaklanjuti'",
            "waktu 's.d. Juni 2026', 'Mei 2026'",
            "title 'MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2025'",
            "PJ block unnumbered, two mobile numbers '0813-4890-2211 / 0813-5002-1144'",
            "signer 'Plt.' (acting head): 'Plt. KEPALA BADAN KESATUAN BANGSA / DAN POLITIK,'",
            "NIP prefix 'Nip.'; pangkat 'Pembina Tk. I / Golongan IV/b'",
        ),
        notes=(
            "komponen_kode follows the component name: 'I.' -> A, 'II.' -> B, 'III.' -> C, "
            "'IV.' -> D",
            "penanggung_jawab joins the cell's lines with single spaces",
            "pj_hp is the first of the two mobile numbers",
            "penandatangan_jabatan keeps 'Plt.' (it is the signer's capacity) and joins the "
            "two lines without the trailing comma",
            "tautan is the annotation's 'https://bit.ly/...'; tautan_teks the visible 'bit.ly/...'",
        ),
    )


def doc_206() -> Doc:
    plan = Plan(
        "kecamatan",
        (3, 2, 2, 2),
        pjs=("Sekretaris Camat", "Kasi Pemerintahan", "Kasi Kesejahteraan Sosial", "Kasubbag Umum"),
        statuses=(
            ("Sudah ditindaklanjuti", "selesai"),
            ("Selesai", "selesai"),
            ("Dalam proses penyusunan", "proses"),
            ("Belum ditindaklanjuti", "belum"),
        ),
        waktus=(
            ("Triwulan III {y}", "Triwulan III"),
            ("Juli {y}", "Juli"),
            ("Agustus - September {y}", "Agustus - September"),
            ("Semester II {y}", "Semester II"),
        ),
        targets=("-", "1 Dokumen", "Laporan Survei", "Notulen"),
        link=drive_label(("Bukti TL", "Dokumen", "Link Drive Kecamatan")),
    )
    sekda = Person("Dr. H. SYAMSUL BAHRI NOOR, M.Si", 1, D(1968, 10, 25), (1994, 3), 1, "IV/d")
    left, _ = sig_lines(
        sekda,
        ("SEKRETARIS DAERAH", "KOTA BANJARMASIN,"),
        "Pembina Utama Madya (IV/d)",
        "NIP. {b} {t} {s} {q}",
        above=("Mengetahui,",),
    )
    signer = Person("SYARIFUDDIN NOOR, S.STP, M.M.", 1, D(1987, 4, 14), (2009, 10), 2, "III/d")
    return Doc(
        name="206_docx_banjarmasinutara_2023",
        title_lines=(
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
            "KECAMATAN BANJARMASIN UTARA",
            "PEMERINTAH KOTA BANJARMASIN",
        ),
        unit_kerja="Kecamatan Banjarmasin Utara",
        kabupaten="Banjarmasin",
        tahun=2023,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
            "target": "TARGET DATA",
            "waktu": "WAKTU PELAKSANAAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS/PROGRES PENYELESAIAN",
            "link": "LINK GOOGLE DRIVE",
        },
        findings=findings(
            2206, 2023, plan, True, "B", {"A": "capaian", "B": "skor", "C": "uraian", "D": "baris"}
        ),
        pj=PjBlock(
            (
                ("1.", "Nama Penanggung Jawab Data SAKIP/Unit Kerja", "NURUL HIKMAH, S.E."),
                ("2.", "Nomor HP Penanggungjawab Data SAKIP", "0822 5410 778"),
            ),
            "NURUL HIKMAH, S.E.",
            Hp("0822 5410 778", "+628225410778"),
        ),
        sig=signature(
            signer,
            ("CAMAT BANJARMASIN UTARA,",),
            "CAMAT BANJARMASIN UTARA",
            "Penata Tingkat I (III/d)",
            "NIP. {b} {t} {s} {q}",
            above=("Banjarmasin, 19 Februari 2024",),
            left=left,
        ),
        style=Style(
            "docx",
            "A4",
            font="Georgia",
            size=7.5,
            widths=dict(W9, no=3.8, hasil=20, rekomendasi=14, rencana_aksi=14, waktu=11, status=11),
            header_fill="DEEAF6",
            section=("{kode}", "{NAME}"),
            rec_fmt="{n})",
        ),
        variations=(
            "two signatories side by side: left 'Mengetahui, / SEKRETARIS DAERAH / KOTA "
            "BANJARMASIN,' with name, pangkat and NIP; right the camat with place/date line",
            "font Georgia 7.5 pt (rendered with DejaVu Serif), light blue header fill",
            "recommendations numbered '1)' in a 9-column table",
            "waktu range 'Agustus - September 2024'",
            "status 'Dalam proses penyusunan', 'Belum ditindaklanjuti'",
            "HASIL one score per line (D), 'dengan bobot 15 ... dengan uraian' (C)",
            "HP '0822 5410 778' (10-digit national number); pangkat 'Penata Tingkat I (III/d)'",
        ),
        notes=(
            "the penandatangan is the camat on the right, the head of the unit whose document "
            "this is; the Sekretaris Daerah on the left only acknowledges ('Mengetahui') and "
            "his name, pangkat and NIP are not expected anywhere",
            "kabupaten is 'Banjarmasin' (a kota)",
            "waktu 'Agustus - September 2024' keeps the range as its periode",
        ),
    )
