"""Documents 201-202."""

from __future__ import annotations

import datetime as dt

from samples.generate.holdout import Person
from samples.generate.holdout2.build import (
    Plan,
    drive_label,
    findings,
    short_url,
    signature,
)
from samples.generate.holdout2.model import COLS9, Doc, Hp, PjBlock, Style

D = dt.date
W9 = dict(zip(COLS9, (3.0, 24, 15, 15, 7, 8, 9, 9, 10), strict=True))


def doc_201() -> Doc:
    plan = Plan(
        "dishub",
        (4, 3, 3, 2),
        pjs=(
            "Sekretaris",
            "Kabid Lalu Lintas dan Angkutan",
            "Kabid Sarana dan Prasarana",
            "Kasubbag Perencanaan, Evaluasi dan Pelaporan",
            "UPT Pengujian Kendaraan Bermotor",
        ),
        statuses=(("Selesai", "selesai"), ("Proses", "proses"), ("Belum", "belum"), ("", None)),
        waktus=(
            ("s.d. Desember {y}", "Desember"),
            ("Triwulan III {y}", "Triwulan III"),
            ("Juli {y}", "Juli"),
            ("Semester I {y}", "Semester I"),
            ("Maret {y}", "Maret"),
        ),
        targets=("-", "1 Dokumen", "SK Kepala Dinas", "4 Laporan Triwulan", "Notulen Rapat"),
        link=drive_label(("Bukti Dukung", "Dokumen Pendukung", "Lihat Dokumen", "Folder Evidence")),
        waktu_at={
            ("A", 1): ("s.d. Desember {y}", "Desember"),
            ("A", 2): ("Triwulan III {y}", "Triwulan III"),
            ("B", 1): ("Juli {y}", "Juli"),
        },
    )
    signer = Person("Drs. H. ABDUL GANI RAHMAN, M.Si", 1, D(1972, 5, 19), (1998, 3), 2, "IV/c")
    return Doc(
        name="201_docx_dishubbatola_2024",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT REKOMENDASI HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PERHUBUNGAN",
            "PEMERINTAH KABUPATEN BARITO KUALA",
        ),
        unit_kerja="Dinas Perhubungan",
        kabupaten="Barito Kuala",
        tahun=2024,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI SAKIP",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET / OUTPUT",
            "waktu": "WAKTU PENYELESAIAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "PROGRES TINDAK LANJUT",
            "link": "BUKTI DUKUNG",
        },
        findings=findings(
            2201, 2024, plan, True, "BB", {"A": "uraian", "B": "skor", "C": "capaian", "D": "skor"}
        ),
        pj=PjBlock(
            (
                ("1.", "Nama Penanggung Jawab Data SAKIP", "AHMAD FAUZAN NOOR, S.T."),
                ("2.", "Nomor HP Penanggung Jawab Data SAKIP", "085751234401"),
            ),
            "AHMAD FAUZAN NOOR, S.T.",
            Hp("085751234401", "+6285751234401"),
        ),
        sig=signature(
            signer,
            ("KEPALA DINAS PERHUBUNGAN", "KABUPATEN BARITO KUALA,"),
            "KEPALA DINAS PERHUBUNGAN KABUPATEN BARITO KUALA",
            "Pembina Utama Muda, IV/c",
            "NIP. {b}.{t}.{s}.{q}",
            above=("Marabahan, 14 Maret 2025",),
        ),
        style=Style(
            "docx",
            "Legal",
            font="Century Schoolbook",
            size=7.5,
            widths=dict(W9, waktu=9.5),
            header_fill="D9E2F3",
            number_row="plain",
            section=("{kode}", "KOMPONEN {NAME}"),
        ),
        variations=(
            "landscape Legal paper (8.5 x 14 in)",
            "header row AND a column-number row '1 2 ... 9' repeated at the top of every page",
            "font Century Schoolbook 7.5 pt (rendered with URW C059)",
            "section rows 'A' | 'KOMPONEN PERENCANAAN KINERJA'",
            "header wording 'HASIL EVALUASI SAKIP', 'TARGET / OUTPUT', 'WAKTU PENYELESAIAN', "
            "'PROGRES TINDAK LANJUT', 'BUKTI DUKUNG'",
            "waktu 's.d. Desember 2025', 'Triwulan III 2025', 'Juli 2025' (no 'Tahun')",
            "status one word: 'Selesai', 'Proses', 'Belum'",
            "HASIL wordings 'dengan bobot 30 memperoleh nilai ... dengan uraian' (A), 'skor' "
            "(B, D), 'Capaian komponen ... sebesar ...% dengan nilai ...' (C: percentage before "
            "nilai)",
            "HP unseparated '085751234401'; NIP with dots 'NIP. 19720519.199803.1.002'",
            "pangkat 'Pembina Utama Muda, IV/c'; jabatan over two lines with a trailing comma",
        ),
        notes=(
            "'s.d. Desember 2025' has waktu_periode 'Desember' (s.d. = sampai dengan marks a "
            "deadline; the period named is the month) and waktu_tahun 2025",
            "penandatangan_jabatan joins the two jabatan lines and drops the trailing comma",
            "in HASIL A the 'bobot' numbers (30, 6,00, 9,00, 15,00) are weights, not scores",
        ),
    )


def doc_202() -> Doc:
    plan = Plan(
        "bapenda",
        (3, 3, 2, 2),
        pjs=(
            "Sekretaris",
            "Kabid Pendataan dan Penetapan",
            "Kabid Penagihan dan Pengendalian",
            "Kasubbag Program dan Pelaporan",
            "Kabid PBB-P2 dan BPHTB",
        ),
        statuses=(("100%", "selesai"), ("50%", "proses"), ("75%", "proses"), ("", None)),
        waktus=(
            ("Triwulan I {y}", "Triwulan I"),
            ("Triwulan II {y}", "Triwulan II"),
            ("April {y}", "April"),
            ("Juni - Agustus {y}", "Juni - Agustus"),
            ("Semester II {y}", "Semester II"),
        ),
        targets=("1 Dokumen", "Laporan Bulanan", "-", "12 Berita Acara Rekonsiliasi"),
        link=short_url("RenaksiBapenda", annotated=False),
        status_at={("A", 1): ("100%", "selesai"), ("A", 2): ("50%", "proses")},
    )
    signer = Person("H. MUHAMMAD ARIF BUDIMAN, S.E., M.M.", 1, D(1971, 9, 2), (1997, 12), 1, "IV/c")
    return Doc(
        name="202_xlsx_bapendatala_2023",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT ATAS LAPORAN HASIL EVALUASI",
            "SISTEM AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (SAKIP) TAHUN 2023",
            "BADAN PENDAPATAN DAERAH KABUPATEN TANAH LAUT",
        ),
        unit_kerja="Badan Pendapatan Daerah",
        kabupaten="Tanah Laut",
        tahun=2023,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "PROGRES (%)",
            "link": "LINK BUKTI DUKUNG",
        },
        findings=findings(
            2202, 2023, plan, True, "A", {"A": "capaian", "B": "baris", "C": "skor", "D": "capaian"}
        ),
        pj=PjBlock(
            (
                ("1", "Nama Penanggung Jawab Data SAKIP", "RAHMAWATI NOOR, S.E., M.Ak"),
                ("2", "No. HP/WhatsApp", "+62 812-5566-7390"),
            ),
            "RAHMAWATI NOOR, S.E., M.Ak",
            Hp("+62 812-5566-7390", "+6281255667390"),
            form="table3",
            head=("No", "Uraian", "Isian"),
        ),
        sig=signature(
            signer,
            ("Kepala Badan Pendapatan Daerah",),
            "Kepala Badan Pendapatan Daerah",
            "Pembina Utama Muda / Gol. IV/c",
            "NIP {b} {t} {s} {q}",
            above=("Pelaihari, 8 April 2024",),
        ),
        style=Style(
            "xlsx",
            "A4",
            font="Calibri",
            measure_font="DejaVu Sans",
            size=8.0,
            widths=dict(W9, hasil=22, link=12),
            header_fill="F2F2F2",
            border="808080",
            section=(None, "{kode}. {NAME} (BOBOT {bobot})"),
        ),
        variations=(
            "XLSX export with thin grey (808080) borders, very light header fill",
            "header block as a bordered 3-column table 'No | Uraian | Isian' with a head row",
            "font Calibri 8 pt (rendered with DejaVu Sans)",
            "three-line title: unit and kabupaten in one line, 'SISTEM AKUNTABILITAS KINERJA "
            "INSTANSI PEMERINTAH (SAKIP) TAHUN 2023' on the second",
            "section rows 'A. PERENCANAAN KINERJA (BOBOT 30)' spanning all columns",
            "status as percentages '100%', '75%', '50%' under the header 'PROGRES (%)'",
            "LINK cells with a short URL written without scheme 'bit.ly/RenaksiBapenda-...', "
            "no link annotations",
            "HASIL with one score per line ('Nilai komponen Pengukuran Kinerja: ...' / "
            "'Keberadaan: ...' / ... / 'Catatan: ...') (B)",
            "HP '+62 812-5566-7390'; pangkat 'Pembina Utama Muda / Gol. IV/c'",
            "jabatan in title case without comma 'Kepala Badan Pendapatan Daerah'",
        ),
        notes=(
            "status '100%' is labelled selesai; '50%' and '75%' proses; an empty cell null",
            "a written 'bit.ly/...' without scheme: tautan is 'https://bit.ly/...' (the URL a "
            "browser opens), tautan_teks the cell text as written",
            "the section rows' '(BOBOT 30)' is the weight, not a score",
            "hasil_evaluasi of B joins its lines with single spaces",
        ),
    )
