"""Documents 207-208."""

from __future__ import annotations

import datetime as dt

from samples.generate.holdout import Person
from samples.generate.holdout2.build import (
    Plan,
    drive_label,
    findings,
    sig_lines,
    signature,
    site_url,
)
from samples.generate.holdout2.model import COLS9, Doc, Hp, PjBlock, Style

D = dt.date
W9 = dict(zip(COLS9, (3.0, 23, 15, 15, 7, 8, 10, 9, 10), strict=True))


def doc_207() -> Doc:
    plan = Plan(
        "bpbd",
        (3, 3, 2, 2),
        pjs=(
            "Kepala Bidang\nKedaruratan dan Logistik",
            "Kepala Bidang\nPencegahan dan Kesiapsiagaan",
            "Kabid Rehabilitasi\ndan Rekonstruksi",
            "Sekretaris",
        ),
        statuses=(
            ("Sudah ditindaklanjuti (100%)", "selesai"),
            ("Dalam proses (50%)", "proses"),
            ("Belum sesuai", "belum"),
            ("", None),
        ),
        waktus=(
            ("Triwulan III {y}", "Triwulan III"),
            ("Juli {y}", "Juli"),
            ("s.d. Desember {y}", "Desember"),
            ("Oktober {y}", "Oktober"),
        ),
        targets=("-", "1 Dokumen", "SOP", "Format Pencatatan"),
        link=drive_label(("Dokumen TL", "Bukti", "Evidence"), rate=0.7),
    )
    signer = Person("Ir. HERI SETIAWAN, M.T.", 1, D(1969, 6, 8), (1995, 3), 4, "IV/c")
    return Doc(
        name="207_reportlab_bpbdtala_2022",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI AKIP TAHUN 2022",
            "BADAN PENANGGULANGAN BENCANA DAERAH (BPBD)",
            "KABUPATEN TANAH LAUT",
        ),
        unit_kerja="Badan Penanggulangan Bencana Daerah",
        kabupaten="Tanah Laut",
        tahun=2022,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS / PROGRES",
            "link": "LINK DOKUMEN",
        },
        findings=findings(
            2217, 2022, plan, True, "CC", {"A": "uraian", "B": "capaian", "C": "skor", "D": "skor"}
        ),
        pj=PjBlock(
            (
                ("1.", "Nama Penanggung Jawab Data SAKIP", "MUHAMMAD HAFIZ RAMADHAN, A.Md"),
                ("2.", "Nomor HP", "0852 4811 2090"),
            ),
            "MUHAMMAD HAFIZ RAMADHAN, A.Md",
            Hp("0852 4811 2090", "+6285248112090"),
            form="table3",
        ),
        sig=signature(
            signer,
            ("KEPALA PELAKSANA", "BADAN PENANGGULANGAN BENCANA DAERAH", "KABUPATEN TANAH LAUT,"),
            "KEPALA PELAKSANA BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN TANAH LAUT",
            "Pembina Utama Muda - IV/c",
            "NIP. {b}-{t}-{s}-{q}",
        ),
        style=Style(
            "reportlab",
            "A4",
            font="Liberation Sans",
            size=7.5,
            widths=dict(W9, pj=11),
            header_fill="FCE4D6",
            number_row="paren",
            section=(None, "{kode}. {name} (Bobot {bobot}%)"),
        ),
        variations=(
            "header row AND a column-number row '(1) ... (9)' repeated on every page",
            "header block as a bordered 3-column table without a head row",
            "penanggung jawab cells with typed line breaks",
            "status 'Sudah ditindaklanjuti (100%)', 'Dalam proses (50%)', 'Belum sesuai'",
            "section rows 'A. Perencanaan Kinerja (Bobot 30%)' spanning the table",
            "waktu 's.d. Desember 2023', 'Triwulan III 2023', 'Juli 2023'",
            "font Liberation Sans 7.5 pt (reportlab), light orange header fill",
            "jabatan over three lines ('KEPALA PELAKSANA' / 'BADAN PENANGGULANGAN BENCANA "
            "DAERAH' / 'KABUPATEN TANAH LAUT,'), no place/date line",
            "NIP with dashes 'NIP. 19690608-199503-1-004'; pangkat 'Pembina Utama Muda - IV/c'",
        ),
        notes=(
            "unit_kerja drops the '(BPBD)' acronym of the title line",
            "penandatangan_jabatan joins the three jabatan lines and drops the trailing comma",
            "'(Bobot 30%)' in the section rows is the weight, not a score",
            "'Dalam proses (50%)' proses; 'Sudah ditindaklanjuti (100%)' selesai",
        ),
    )


def doc_208() -> Doc:
    plan = Plan(
        "kecamatan",
        (2, 3, 2, 2),
        pjs=("Sekretaris Camat", "Kasi Tata Pemerintahan", "Kasi Pemberdayaan Masyarakat"),
        statuses=(
            ("100%", "selesai"),
            ("Sudah sesuai", "selesai"),
            ("50%", "proses"),
            ("Belum sesuai", "belum"),
        ),
        waktus=(
            ("s.d. Desember {y}", "Desember"),
            ("Triwulan III {y}", "Triwulan III"),
            ("Juli {y}", "Juli"),
            ("Semester I {y}", "Semester I"),
        ),
        targets=("-", "1 Dokumen", "4 Laporan", "Notulen Rapat Staf"),
        link=site_url("https://esakip.baritokualakab.go.id/bukti/2025/alalak", annotated=False),
        pinned={
            ("B", 1): (
                "Agar pengukuran kinerja kecamatan dilaksanakan setiap triwulan dengan "
                "tahapan:\n"
                "- pengumpulan data capaian dari setiap seksi;\n"
                "- verifikasi data oleh Sekretaris Camat;\n"
                "- pembahasan hasil pengukuran dalam rapat staf.",
                "Melaksanakan pengukuran kinerja triwulanan:\n"
                "- menghimpun data capaian seksi;\n"
                "- memverifikasi data;\n"
                "- membahas hasil dalam rapat staf.",
            ),
        },
        status_at={("A", 1): ("100%", "selesai"), ("B", 2): ("50%", "proses")},
    )
    sekda = Person("Drs. H. ZAINAL ARIFIN HAMDI, M.AP", 1, D(1970, 1, 17), (1993, 3), 2, "IV/d")
    left, _ = sig_lines(
        sekda,
        ("Sekretaris Daerah", "Kabupaten Barito Kuala"),
        "Pembina Utama Madya",
        "NIP. {b} {t} {s} {q}",
        above=("Mengetahui,",),
    )
    signer = Person("RAHMADI, S.STP., M.Si", 1, D(1988, 8, 8), (2010, 12), 1, "III/d")
    return Doc(
        name="208_xlsx_alalak_2025",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            "KECAMATAN ALALAK",
            "KABUPATEN BARITO KUALA",
        ),
        unit_kerja="Kecamatan Alalak",
        kabupaten="Barito Kuala",
        tahun=2025,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS",
            "link": "LINK DATA DUKUNG",
        },
        findings=findings(
            2208, 2025, plan, True, "BB", {"A": "baris", "B": "skor", "C": "capaian", "D": "uraian"}
        ),
        pj=PjBlock(
            (
                ("1.", "Nama Penanggung Jawab Data SAKIP", "FITRIA RAHMAN, S.Kom"),
                ("2.", "Nomor HP", "0812-5100-776"),
            ),
            "FITRIA RAHMAN, S.Kom",
            Hp("0812-5100-776", "+628125100776"),
        ),
        sig=signature(
            signer,
            ("Camat Alalak",),
            "Camat Alalak",
            "Penata Tk. I, III/d",
            "NIP. {b} {t} {s} {q}",
            above=("Berangas, 3 Maret 2026",),
            left=left,
        ),
        style=Style(
            "xlsx",
            "Legal",
            font="Arial",
            measure_font="Liberation Sans",
            size=8.0,
            widths=dict(W9, link=13),
            header_fill="C6E0B4",
            section=("{kode}.", "{name}"),
            rec_fmt="{n})",
            ra_fmt="{n}.",
        ),
        variations=(
            "landscape Legal paper in a spreadsheet",
            "two signatories side by side: left 'Mengetahui, / Sekretaris Daerah / Kabupaten "
            "Barito Kuala' with name, pangkat (no golongan) and NIP; right the camat",
            "mixed numbering in one row: REKOMENDASI '1)' and RENCANA AKSI '1.'",
            "a recommendation with a '-' list inside one numbered item in a 9-column row (B1)",
            "status '100%', '50%', 'Sudah sesuai', 'Belum sesuai'",
            "waktu 's.d. Desember 2026', 'Triwulan III 2026', 'Juli 2026'",
            "written-out URLs (not annotated) on the e-SAKIP site",
            "HASIL one score per line (A); green header fill",
            "HP '0812-5100-776' (10-digit national number); jabatan 'Camat Alalak' no comma",
        ),
        notes=(
            "the penandatangan is the camat on the right (the unit head); the Sekretaris "
            "Daerah on the left only acknowledges",
            "B1 with its '-' list is one recommendation (rekomendasi_no 1); B2 is the next",
            "'s.d. Desember 2026' has waktu_periode 'Desember'",
        ),
    )
