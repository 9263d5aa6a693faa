"""Documents 203-204."""

from __future__ import annotations

import datetime as dt

from samples.generate.holdout import Person
from samples.generate.holdout2.build import (
    Plan,
    findings,
    signature,
    site_url,
)
from samples.generate.holdout2.model import COLS9, Doc, Hp, PjBlock, Style

D = dt.date
W9 = dict(zip(COLS9, (3.0, 24, 15, 15, 7, 8, 9, 9, 10), strict=True))


def doc_203() -> Doc:
    plan = Plan(
        "satpolpp",
        (3, 2, 3, 2),
        pjs=(
            "Kabid Penegakan Perundang-undangan Daerah",
            "Kabid Ketenteraman dan Ketertiban Umum",
            "Sekretaris",
            "Kasubbag Program dan Keuangan",
            "Kabid Perlindungan Masyarakat",
        ),
        statuses=(
            ("Sudah sesuai", "selesai"),
            ("Belum sesuai", "belum"),
            ("Sesuai sebagian", "proses"),
            ("", None),
        ),
        waktus=(
            ("Triwulan III {y}", "Triwulan III"),
            ("Juli {y}", "Juli"),
            ("s.d. Desember {y}", "Desember"),
            ("Triwulan IV {y}", "Triwulan IV"),
        ),
        targets=("-", "1 Dokumen", "Peta Kerawanan", "12 Rekap Bulanan"),
        link=site_url("https://esakip.banjarmasinkota.go.id/tl2024/satpolpp", annotated=True),
        status_at={("A", 1): ("Sudah sesuai", "selesai"), ("A", 2): ("Belum sesuai", "belum")},
    )
    signer = Person("Drs. AHMAD FAHRIANSYAH, M.AP", 1, D(1974, 2, 11), (1999, 4), 1, "IV/b")
    return Doc(
        name="203_reportlab_satpolppbjm_2024",
        title_lines=(
            "RENCANA TINDAK LANJUT ATAS LHE SAKIP TAHUN 2024",
            "SATUAN POLISI PAMONG PRAJA",
            "PEMERINTAH KOTA BANJARMASIN",
        ),
        unit_kerja="Satuan Polisi Pamong Praja",
        kabupaten="Banjarmasin",
        tahun=2024,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA TINDAK LANJUT",
            "target": "TARGET",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "KESESUAIAN",
            "link": "TAUTAN BUKTI",
        },
        findings=findings(
            2203,
            2024,
            plan,
            True,
            "B",
            {"A": "uraian", "B": "skor", "C": "capaian", "D": "cut"},
            long=("A",),
        ),
        pj=PjBlock(
            (
                ("1)", "Penanggung Jawab Data SAKIP", "GUSTI RIZKY ANANDA, S.Sos"),
                ("2)", "Nomor HP/WA", "0853 48 112 090"),
            ),
            "GUSTI RIZKY ANANDA, S.Sos",
            Hp("0853 48 112 090", "+6285348112090"),
        ),
        sig=signature(
            signer,
            ("KEPALA SATUAN POLISI PAMONG PRAJA", "KOTA BANJARMASIN,"),
            "KEPALA SATUAN POLISI PAMONG PRAJA KOTA BANJARMASIN",
            "Pembina Tk.I (IV.b)",
            "NIP. {b} {t} {s} {q}",
        ),
        style=Style(
            "reportlab",
            "A4",
            font="DejaVu Serif Condensed",
            size=8.0,
            widths=dict(
                W9,
                hasil=25,
                rekomendasi=15,
                rencana_aksi=14,
                target=7.5,
                waktu=7,
                pj=12,
                status=9.5,
                link=11,
            ),
            header_fill="E7E6E6",
            section=("{kode}.", "{name}"),
            finding_fmt={"B": "{n})", "D": "{n})"},
            item_fmt={("C", 3): "{n})"},
        ),
        variations=(
            "a very long HASIL EVALUASI (A: every criterion with its elaboration and a closing "
            "paragraph) running over three pages",
            "mixed numbering in one document: A and C '1.' '2.', B and D '1)' '2)', and the "
            "third item of C numbered '3)' after '1.' '2.'",
            "status 'Sudah sesuai', 'Belum sesuai', 'Sesuai sebagian' under the header "
            "'KESESUAIAN'",
            "written-out URLs on the e-SAKIP site that are also link annotations",
            "font DejaVu Serif Condensed 8 pt (reportlab, embedded)",
            "title 'RENCANA TINDAK LANJUT ATAS LHE SAKIP TAHUN 2024' and 'PEMERINTAH KOTA "
            "BANJARMASIN'",
            "PJ block numbered '1)' '2)'; HP grouped irregularly '0853 48 112 090'",
            "HASIL D cut before pemanfaatan; signature without place/date line",
            "pangkat 'Pembina Tk.I (IV.b)'",
        ),
        notes=(
            "kabupaten is 'Banjarmasin' (a kota; no 'Kota' prefix)",
            "numbering ('1.', '1)') is removed whatever its form; rekomendasi_no counts 1, 2, 3 "
            "within each component",
            "'Sudah sesuai' is labelled selesai, 'Belum sesuai' belum (SAKIP.md), 'Sesuai "
            "sebagian' proses (Sebagian -> proses)",
            "hasil_evaluasi of A is the whole cell rejoined across its three pages; the "
            "'1) ... 2) ...' inside it are criteria, not recommendations",
            "D states no pemanfaatan score: pemanfaatan_nilai / _persen null",
        ),
    )


def doc_204() -> Doc:
    plan = Plan(
        "kecamatan",
        (3, 2, 3, 1),
        pinned={
            ("A", 2): (
                "Agar menyempurnakan Rencana Kerja Kecamatan Tahun 2023 dengan:\n"
                "- merumuskan sasaran yang berorientasi hasil;\n"
                "- menetapkan indikator kinerja yang terukur beserta satuannya;\n"
                "- mencantumkan target triwulanan untuk setiap indikator.",
                "Menyempurnakan Renja Kecamatan Tahun 2023 melalui:\n"
                "- reviu rumusan sasaran bersama Bappelitbangda;\n"
                "- penetapan indikator dan satuan pengukuran;\n"
                "- penyusunan target triwulanan.",
            ),
            ("C", 1): (
                "Agar Laporan Kinerja Kecamatan dilengkapi:\n"
                "- tabel perbandingan realisasi dan target tahun 2021 dan 2022;\n"
                "- analisis efisiensi penggunaan anggaran;\n"
                "- dokumentasi kegiatan pelayanan PATEN.",
                "Melengkapi Laporan Kinerja Kecamatan dengan tabel perbandingan, analisis "
                "efisiensi anggaran dan dokumentasi layanan PATEN",
            ),
        },
    )
    signer = Person(
        "MUHAMMAD RIDHA ANSHARI, S.STP., M.Si", 1, D(1985, 7, 30), (2007, 10), 1, "IV/a"
    )
    return Doc(
        name="204_docx_kandangan_2022",
        title_lines=(
            "Rencana Aksi atas Tindak Lanjut Hasil Evaluasi SAKIP Tahun 2022",
            "Kecamatan Kandangan Kabupaten Hulu Sungai Selatan",
        ),
        unit_kerja="Kecamatan Kandangan",
        kabupaten="Hulu Sungai Selatan",
        tahun=2022,
        layout="rencana_aksi",
        headers={
            "no": "No.",
            "hasil": "Hasil Evaluasi",
            "rekomendasi": "Rekomendasi",
            "rencana_aksi": "Rencana Aksi",
        },
        findings=findings(
            2204, 2022, plan, False, "CC", {"A": "skor", "B": "capaian", "C": "baris", "D": "skor"}
        ),
        pj=PjBlock(
            (
                ("1.", "Nama Penanggung Jawab Data SAKIP Kecamatan", "NORHAYATI, S.AP"),
                ("2.", "No. Handphone", "0821 5408 8890"),
            ),
            "NORHAYATI, S.AP",
            Hp("0821 5408 8890", "+6282154088890"),
        ),
        sig=signature(
            signer,
            ("Camat Kandangan,",),
            "Camat Kandangan",
            "Pembina - IV/a",
            "NIP. {b} {t} {s} {q}",
            above=("Kandangan, 21 Februari 2023",),
        ),
        style=Style(
            "docx",
            "F4",
            portrait=True,
            font="Times New Roman",
            size=10.0,
            widths={"no": 6, "hasil": 34, "rekomendasi": 30, "rencana_aksi": 30},
            margin_mm=15.0,
            title_size=2.0,
            section=(None, "{kode}. Komponen {name}"),
            table_style="Light Grid",
        ),
        variations=(
            "portrait F4 (215 x 330 mm), 4-column table, one row per recommendation, merged HASIL",
            "Times New Roman 10 pt (rendered with Liberation Serif)",
            "DOCX table style 'Light Grid' with banded rows (alternating shading)",
            "recommendations with a '-' list inside one numbered item (A2, C1)",
            "header and title in mixed case; section rows 'A. Komponen Perencanaan Kinerja'",
            "HASIL one score per line (C), percentage before nilai (B)",
            "pangkat 'Pembina - IV/a'; jabatan 'Camat Kandangan,' in title case",
        ),
        notes=(
            "an item with a '-' list is one recommendation: rekomendasi / rencana_aksi are the "
            "whole item, its lines joined with single spaces, the '-' marks kept",
            "rencana_aksi layout: target_data ... tautan are null",
        ),
    )
