"""Held-out Rencana Aksi samples: new units, people, wordings and layouts.

    python -m samples.generate.holdout

Ten documents from other kabupaten/kota (Tabalong, Hulu Sungai Utara, Kota Banjarbaru) and
one new Balangan unit, rendered with layouts the development samples (samples/born_digital)
lack: portrait A4, two-row headers with a "TINDAK LANJUT" group, section rows written
"A. PERENCANAAN KINERJA", NO values "1.", recommendations numbered "1)", HASIL EVALUASI
repeated on every row, two links in one cell, other fonts (DejaVu Serif, Liberation Mono
numbers, Arial Narrow, Bookman), "a.n." signature blocks with a place/date line, and new
spellings of pangkat, NIP and HP.

The producers are the real ones (python-docx and openpyxl through LibreOffice, reportlab);
the writers are this module's own, the shared generator modules are only imported. The
expected JSON is written from the specs typed here; only ``page_count`` and each
recommendation's ``page`` are read from the PDF (poppler's pdfinfo / pdftotext), as
golden.py does. Outputs: samples/holdout/{born_digital,expected}/ and
samples/holdout/manifest.json (paths relative to samples/holdout/). Sources, the
LibreOffice profile and intermediate PDFs go to /tmp.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import shutil
import string
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break, RowBreak
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from samples.generate.convert import fix_pdf_metadata, soffice_to_pdf
from samples.generate.golden import (
    URL_RE,
    GoldenError,
    PdfText,
    _has_url,
    _tokens,
    collapse,
    predikat,
    read_pdf,
)
from samples.generate.spec import (
    BOBOT,
    KOMPONEN,
    PRODUCER_NAMES,
    Hp,
    LinkCell,
    Nip,
    Scores,
    Status,
    Waktu,
    fmt_id,
    fmt_pct,
)

SAMPLES = Path(__file__).resolve().parents[1]
OUT = SAMPLES / "holdout"
BUILD = Path("/tmp/holdout-build")
LO_PROFILE = Path("/tmp/holdout-lo")

Producer = Literal["docx", "xlsx", "reportlab"]
Layout = Literal["rencana_aksi", "monitoring"]
COLS4 = ("no", "hasil", "rekomendasi", "rencana_aksi")
COLS9 = (*COLS4, "target", "waktu", "pj", "status", "link")
PAGE_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}  # portrait width, height

# --------------------------------------------------------------------------------------
# The spec


@dataclass(frozen=True)
class HRec:
    """One recommendation; ``links`` may hold two links printed in one LINK cell."""

    rek: str
    ra: str
    target: str = "-"
    waktu: Waktu | None = None
    pj: str = ""
    status: Status | None = None
    links: tuple[LinkCell, ...] = ()


@dataclass(frozen=True)
class HFinding:
    kode: str
    hasil: str
    scores: Scores
    recs: tuple[HRec, ...]

    @property
    def komponen(self) -> str:
        return KOMPONEN[self.kode]


@dataclass(frozen=True)
class PjBlock:
    """The penanggung jawab data block: printed rows and the expected values."""

    rows: tuple[tuple[str, str, str], ...]  # (number or "", label, value as printed)
    pj_nama: str
    hp: Hp


@dataclass(frozen=True)
class Sig:
    """A signature block: printed lines (text, bold, underline) and the expected values."""

    lines: tuple[tuple[str, bool, bool], ...]
    jabatan: str
    nama: str
    pangkat: str
    golongan: str
    nip: Nip


SectionStyle = Literal["split_caps", "merged_caps", "merged_title"]
HasilMode = Literal["merged", "repeated", "multi"]


@dataclass(frozen=True)
class Style:
    producer: Producer
    page: Literal["A4", "F4"] = "A4"
    portrait: bool = False
    font: str = "Arial"
    num_font: str | None = None  # NO / TARGET / WAKTU / number-row cells
    size: float = 8.0
    widths: dict[str, float] = field(default_factory=dict)
    header_fill: str | None = "D9D9D9"
    group: tuple[str, tuple[str, ...]] | None = None  # two-row header: (label, columns)
    number_row: Literal["plain", "paren"] | None = None
    section: SectionStyle = "split_caps"
    no_fmt: str = "{n}"
    rec_fmt: str = "{n}."
    ra_numbered: bool = True
    single_unnumbered: bool = False  # a lone recommendation is printed without a number
    hasil_mode: HasilMode = "merged"
    repeat_header: bool = True
    margin_mm: float = 12.0
    title_align: Literal["center", "left"] = "center"


@dataclass(frozen=True)
class HDoc:
    name: str
    title_lines: tuple[str, ...]
    unit_kerja: str
    kabupaten: str
    tahun: int
    layout: Layout
    headers: dict[str, str]
    findings: tuple[HFinding, ...]
    pj_block: PjBlock
    sig: Sig
    style: Style
    variations: tuple[str, ...]  # what this document carries that the dev samples lack
    notes: tuple[str, ...] = ()  # judgement calls in the expected values

    @property
    def columns(self) -> tuple[str, ...]:
        return COLS9 if self.layout == "monitoring" else COLS4


def rec_label(doc: HDoc, f: HFinding, no: int, rencana: bool = False) -> str:
    st = doc.style
    if st.single_unnumbered and len(f.recs) == 1:
        return ""
    if rencana and not st.ra_numbered:
        return ""
    return st.rec_fmt.format(n=no)


def numbered(label: str, text: str) -> str:
    return f"{label} {text}" if label else text


# --------------------------------------------------------------------------------------
# Scores and HASIL EVALUASI texts

D2 = Decimal("0.01")


SCORE_LEVELS: dict[str, tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = {
    # percentages drawn for keberadaan, kualitas, pemanfaatan
    "normal": (
        (60, 70, 75, 80, 85, 90, 100),
        (50, 60, 65, 70, 75, 80, 90),
        (40, 50, 55, 60, 65, 70, 75, 80, 90),
    ),
    "low": ((50, 60, 70, 80), (40, 50, 60), (30, 40, 50, 60)),
}


def _scores(rng: random.Random, kode: str, level: str = "normal") -> tuple[Decimal, ...]:
    """(persen, k, q, p, nilai, nk, nq, np) with every nilai exact to 2 decimals."""
    bobot = Decimal(str(BOBOT[kode]))
    ks, qs, ps = SCORE_LEVELS[level]
    while True:
        k = Decimal(rng.choice(ks))
        q = Decimal(rng.choice(qs))
        p = Decimal(rng.choice(ps))
        nk = k * bobot * Decimal("0.2") / 100
        nq = q * bobot * Decimal("0.3") / 100
        np_ = p * bobot * Decimal("0.5") / 100
        if all(v == v.quantize(D2) for v in (nk, nq, np_)):
            persen = k * Decimal("0.2") + q * Decimal("0.3") + p * Decimal("0.5")
            return persen, k, q, p, nk + nq + np_, nk, nq, np_


CRIT: dict[str, dict[str, tuple[str, ...]]] = {
    "A": {
        "k": (
            "Renstra Perangkat Daerah periode 2021-2026 telah ditetapkan",
            "Renja tahun berjalan telah tersedia dan ditetapkan",
            "Perjanjian Kinerja telah disusun dan ditandatangani",
            "Indikator Kinerja Utama telah ditetapkan namun belum dilengkapi Manual IKU",
            "Rencana Aksi atas Perjanjian Kinerja belum tersedia",
        ),
        "q": (
            "Tujuan dan sasaran strategis belum sepenuhnya berorientasi hasil",
            "Indikator kinerja sasaran telah relevan dan terukur",
            "Target kinerja tahunan belum selaras dengan target jangka menengah",
            "Cascading kinerja belum diturunkan sampai level pelaksana",
            "Dokumen perencanaan telah dipublikasikan tepat waktu",
        ),
        "p": (
            "Anggaran kegiatan belum sepenuhnya mendukung pencapaian sasaran strategis",
            "Target kinerja telah digunakan sebagai dasar penilaian kinerja pegawai",
            "Renja telah dimanfaatkan sebagai acuan penyusunan DPA",
        ),
    },
    "B": {
        "k": (
            "Pedoman pengukuran kinerja telah tersedia",
            "Definisi operasional indikator kinerja belum lengkap",
            "Mekanisme pengumpulan data kinerja belum ditetapkan secara formal",
        ),
        "q": (
            "Pengukuran kinerja belum dilakukan secara berkala setiap triwulan",
            "Data kinerja telah dikumpulkan menggunakan aplikasi e-SAKIP",
            "Pimpinan telah terlibat dalam pemantauan capaian kinerja",
            "Pengukuran kinerja individu belum selaras dengan kinerja organisasi",
        ),
        "p": (
            "Hasil pengukuran kinerja belum digunakan sebagai dasar pemberian reward dan "
            "punishment",
            "Hasil pengukuran kinerja telah digunakan untuk penyesuaian kegiatan",
            "Hasil pengukuran belum dibahas dalam rapat pimpinan",
        ),
    },
    "C": {
        "k": (
            "LKjIP tahun sebelumnya telah disusun dan ditandatangani Kepala Perangkat Daerah",
            "LKjIP telah disampaikan tepat waktu",
            "LKjIP belum dipublikasikan pada website resmi",
        ),
        "q": (
            "LKjIP belum menyajikan analisis efisiensi penggunaan sumber daya",
            "LKjIP telah memuat perbandingan realisasi dengan target tahunan",
            "Analisis penyebab keberhasilan dan kegagalan capaian kinerja masih bersifat umum",
            "LKjIP belum memuat perbandingan dengan capaian tahun-tahun sebelumnya",
        ),
        "p": (
            "Informasi kinerja dalam LKjIP belum dimanfaatkan untuk perbaikan perencanaan",
            "LKjIP telah digunakan sebagai bahan evaluasi pimpinan",
        ),
    },
    "D": {
        "k": (
            "Tim evaluasi internal belum ditetapkan dengan Surat Keputusan",
            "Evaluasi internal telah dilaksanakan terhadap seluruh bidang",
            "Pedoman evaluasi internal telah tersedia",
        ),
        "q": (
            "Evaluasi internal belum didukung kertas kerja yang memadai",
            "Evaluator internal belum pernah mengikuti bimbingan teknis",
            "Evaluasi internal telah dilaksanakan sesuai jadwal",
        ),
        "p": (
            "Rekomendasi hasil evaluasi tahun sebelumnya belum seluruhnya ditindaklanjuti",
            "Hasil evaluasi internal telah dimanfaatkan untuk perbaikan dokumen perencanaan",
        ),
    },
}

CATATAN: dict[str, str] = {
    "A": (
        "Catatan : Sasaran strategis pada Renstra masih dirumuskan sebagai upaya "
        "(meningkatkan, mengoptimalkan) sehingga belum menggambarkan kondisi yang ingin "
        "dicapai. Indikator kinerja program sebagian besar berupa jumlah kegiatan yang "
        "dilaksanakan dan belum mengukur dampak bagi masyarakat. Perjanjian Kinerja eselon "
        "III dan IV belum memuat indikator yang menjadi turunan langsung dari sasaran "
        "strategis, sehingga keterkaitan kinerja antar level jabatan belum dapat ditelusuri. "
        "Rencana Aksi atas Perjanjian Kinerja disusun tanpa target triwulanan yang terukur."
    ),
    "B": (
        "Catatan : Capaian kinerja triwulan dikumpulkan melalui surat dari masing-masing "
        "bidang tanpa format baku. Perbedaan angka capaian antara laporan triwulan IV dan "
        "LKjIP belum dijelaskan, dan belum terdapat berita acara verifikasi data kinerja."
    ),
    "C": (
        "Catatan : LKjIP telah disusun sesuai sistematika Permenpan RB Nomor 53 Tahun 2014, "
        "namun Bab III masih menyajikan realisasi anggaran per kegiatan tanpa mengaitkannya "
        "dengan capaian indikator sasaran. Analisis atas indikator yang tidak mencapai target "
        "belum menguraikan penyebab, dampak dan langkah antisipasi pada tahun berikutnya. "
        "Perbandingan dengan capaian tahun-tahun sebelumnya hanya disajikan untuk satu tahun "
        "(n-1) sehingga tren capaian kinerja selama periode Renstra belum tergambar."
    ),
    "D": (
        "Catatan : Evaluasi internal dilaksanakan oleh Sekretariat tanpa surat tugas dan "
        "hasilnya belum dilaporkan kepada pimpinan secara tertulis."
    ),
}

HasilTemplate = Literal["rincian", "bobot", "sebesar", "cut", "quoted"]


def make_finding(
    kode: str,
    rng: random.Random,
    recs: tuple[HRec, ...],
    template: HasilTemplate = "rincian",
    long: bool = False,
    level: str = "normal",
) -> HFinding:
    persen, k, q, p, nilai, nk, nq, np_ = _scores(rng, kode, level)
    name = KOMPONEN[kode]
    crit = {a: rng.sample(CRIT[kode][a], 2) for a in "kqp"}
    c = {a: ", ".join(crit[a]) for a in "kqp"}

    def n(v: Decimal) -> str:
        return fmt_id(float(v))

    def pc(v: Decimal) -> str:
        return fmt_pct(float(v))

    pemanfaatan = True
    if template == "bobot":
        bobot = Decimal(str(BOBOT[kode]))

        def pc2(v: Decimal) -> str:
            return f"{fmt_id(float(v))}%"

        text = (
            f"Komponen {name} memperoleh nilai {n(nilai)} dari bobot {n(bobot)} "
            f"({pc2(persen)}), yang terdiri dari : "
            f"1) Sub Komponen Keberadaan memperoleh nilai {n(nk)} dari bobot "
            f"{n(bobot * Decimal('0.2'))} ({pc2(k)}), {c['k']}; "
            f"2) Sub Komponen Kualitas memperoleh nilai {n(nq)} dari bobot "
            f"{n(bobot * Decimal('0.3'))} ({pc2(q)}), {c['q']}; "
            f"3) Sub Komponen Pemanfaatan memperoleh nilai {n(np_)} dari bobot "
            f"{n(bobot * Decimal('0.5'))} ({pc2(p)}), {c['p']}."
        )
    elif template == "sebesar":
        text = (
            f"Nilai {name} sebesar {n(nilai)} ({pc(persen)}). Keberadaan sebesar {n(nk)} "
            f"({pc(k)}) karena {c['k'][0].lower()}{c['k'][1:]}. Kualitas sebesar {n(nq)} "
            f"({pc(q)}) karena {c['q'][0].lower()}{c['q'][1:]}. Pemanfaatan sebesar "
            f"{n(np_)} ({pc(p)}) karena {c['p'][0].lower()}{c['p'][1:]}."
        )
    else:
        qt = '"' if template == "quoted" else ""
        text = (
            f"{name} memperoleh nilai {qt}{n(nilai)}{qt} atau {pc(persen)}, dengan rincian "
            f"sebagai berikut : a. Keberadaan {name} memperoleh nilai {n(nk)} atau {pc(k)} "
            f"yaitu {c['k']}. b. Kualitas {name} memperoleh nilai {n(nq)} atau {pc(q)} "
            f"yaitu {c['q']}"
        )
        if template == "cut":  # the cell stops before the pemanfaatan score (as the seed)
            pemanfaatan = False
            text += ", serta belum seluruhnya didukung oleh bukti yang"
        else:
            text += (
                f". c. Pemanfaatan {name} memperoleh nilai {n(np_)} atau {pc(p)} yaitu {c['p']}."
            )
    if long:
        text += " " + CATATAN[kode]
    scores = Scores(
        nilai=float(nilai),
        persen=float(persen),
        keberadaan_nilai=float(nk),
        keberadaan_persen=float(k),
        kualitas_nilai=float(nq),
        kualitas_persen=float(q),
        pemanfaatan_nilai=float(np_) if pemanfaatan else None,
        pemanfaatan_persen=float(p) if pemanfaatan else None,
    )
    return HFinding(kode, text, scores, recs)


# --------------------------------------------------------------------------------------
# Wording pools: recommendations (rekomendasi, rencana aksi or None = restated)

RECS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "A": (
        (
            "Agar melakukan reviu atas Rencana Strategis Perangkat Daerah sehingga tujuan dan "
            "sasaran strategis dirumuskan dalam bentuk kondisi hasil (outcome) yang akan "
            "diwujudkan",
            "Melakukan reviu Renstra dan merumuskan kembali tujuan serta sasaran strategis "
            "yang berorientasi hasil (outcome)",
        ),
        (
            "Agar menyusun Cascading Kinerja sampai dengan level eselon IV dan Jabatan "
            "Fungsional serta menuangkannya dalam Perjanjian Kinerja masing-masing pejabat",
            "Menyusun Cascading Kinerja sampai level eselon IV dan Jabatan Fungsional yang "
            "dituangkan dalam Perjanjian Kinerja",
        ),
        (
            "Agar Indikator Kinerja Utama (IKU) ditetapkan dengan Keputusan Kepala Perangkat "
            "Daerah dan dilengkapi dengan Manual IKU",
            "Menetapkan IKU melalui Keputusan Kepala Perangkat Daerah beserta Manual IKU",
        ),
        (
            "Agar Renja tahun berikutnya memuat target kinerja yang selaras dengan target "
            "pada Rencana Strategis",
            None,
        ),
        (
            "Agar menyusun Rencana Aksi atas Perjanjian Kinerja yang memuat target triwulanan "
            "dan langkah-langkah pencapaiannya",
            "Menyusun Rencana Aksi Perjanjian Kinerja dengan target per triwulan",
        ),
        (
            "Agar mempublikasikan dokumen Renstra, Renja, IKU dan Perjanjian Kinerja pada "
            "website resmi Pemerintah Daerah paling lambat bulan Februari",
            "Mengunggah dokumen Renstra, Renja, IKU dan PK ke website resmi dan aplikasi e-SAKIP",
        ),
        (
            "Agar penetapan target kinerja mempertimbangkan capaian tahun sebelumnya sehingga "
            "target bersifat menantang dan realistis",
            "Menetapkan target kinerja berdasarkan analisis capaian 3 (tiga) tahun terakhir",
        ),
        (
            "Agar menyelaraskan program, kegiatan dan sub kegiatan dengan sasaran strategis "
            "melalui peta strategi (strategy map)",
            "Menyusun peta strategi yang menghubungkan sasaran strategis dengan program, "
            "kegiatan dan sub kegiatan",
        ),
        (
            "Agar menyusun matriks Crosscutting yang menggambarkan keterkaitan kinerja dengan "
            "Perangkat Daerah lain",
            "Menyusun matriks Crosscutting bersama Perangkat Daerah terkait",
        ),
        (
            "Agar anggaran pada DPA dialokasikan berdasarkan prioritas pencapaian sasaran "
            "strategis (money follow program)",
            "Menyusun usulan anggaran tahun berikutnya dengan berpedoman pada prioritas "
            "sasaran strategis",
        ),
        (
            "Agar Perjanjian Kinerja Kepala Perangkat Daerah dilengkapi lampiran indikator "
            "kinerja beserta target dan anggarannya",
            None,
        ),
        (
            "Menyempurnakan Indikator Kinerja Individu bagi seluruh pejabat struktural "
            "sehingga memenuhi kriteria SMART",
            "Merevisi Indikator Kinerja Individu pejabat struktural sesuai kriteria SMART",
        ),
    ),
    "B": (
        (
            "Agar menyusun Standar Operasional Prosedur (SOP) pengumpulan dan pengolahan data "
            "kinerja yang ditetapkan oleh Kepala Perangkat Daerah",
            "Menyusun dan menetapkan SOP pengumpulan dan pengolahan data kinerja",
        ),
        (
            "Agar melaksanakan pengukuran capaian kinerja secara berkala setiap bulan dan "
            "mendokumentasikannya dalam bentuk laporan",
            "Melaksanakan pengukuran capaian kinerja bulanan dan menyusun laporannya",
        ),
        (
            "Agar hasil pengukuran kinerja triwulanan dibahas dalam rapat pimpinan dan "
            "dituangkan dalam notulen",
            "Melaksanakan rapat pimpinan triwulanan untuk membahas hasil pengukuran kinerja",
        ),
        (
            "Agar pengukuran kinerja individu melalui e-Kinerja diselaraskan dengan capaian "
            "kinerja organisasi",
            None,
        ),
        (
            "Agar menyusun Manual Indikator Kinerja yang memuat definisi operasional, formula "
            "perhitungan, sumber data dan penanggung jawab",
            "Menyusun Manual Indikator Kinerja untuk seluruh indikator sasaran dan program",
        ),
        (
            "Agar hasil pengukuran kinerja dijadikan dasar pemberian penghargaan (reward) dan "
            "sanksi (punishment) kepada pegawai",
            "Menyusun Keputusan Kepala Perangkat Daerah tentang mekanisme reward dan "
            "punishment berbasis kinerja",
        ),
        (
            "Agar memanfaatkan hasil pengukuran kinerja sebagai dasar penyesuaian strategi "
            "dan kegiatan pada tahun berjalan",
            None,
        ),
        (
            "Agar data capaian kinerja diinput secara lengkap dan tepat waktu pada aplikasi "
            "SIPD dan e-SAKIP",
            "Menginput capaian kinerja secara lengkap pada aplikasi SIPD dan e-SAKIP setiap "
            "triwulan",
        ),
        (
            "Agar melakukan verifikasi dan validasi data kinerja sebelum dilaporkan kepada "
            "pimpinan",
            "Membentuk tim verifikasi dan validasi data kinerja",
        ),
        (
            "Agar menyusun laporan monitoring dan evaluasi pelaksanaan Rencana Aksi "
            "Perjanjian Kinerja setiap triwulan",
            None,
        ),
    ),
    "C": (
        (
            "Agar Laporan Kinerja Instansi Pemerintah (LKjIP) menyajikan analisis efisiensi "
            "penggunaan sumber daya dengan membandingkan realisasi anggaran terhadap capaian "
            "kinerja",
            "Menambahkan analisis efisiensi penggunaan sumber daya pada Bab III LKjIP",
        ),
        (
            "Agar LKjIP memuat perbandingan capaian kinerja tahun berjalan dengan target akhir "
            "periode Rencana Strategis",
            "Menyajikan perbandingan capaian kinerja dengan target akhir Renstra pada LKjIP",
        ),
        (
            "Agar LKjIP disampaikan tepat waktu paling lambat akhir bulan Februari tahun "
            "berikutnya dan diunggah pada aplikasi e-SAKIP",
            "Menyampaikan LKjIP tepat waktu dan mengunggahnya pada aplikasi e-SAKIP",
        ),
        (
            "Agar LKjIP menyajikan informasi mengenai kendala dan hambatan pencapaian kinerja "
            "beserta upaya perbaikan yang telah dan akan dilakukan",
            "Menambahkan uraian kendala, hambatan dan upaya perbaikan pencapaian kinerja pada "
            "LKjIP",
        ),
        (
            "Agar LKjIP memuat perbandingan capaian kinerja dengan standar nasional atau "
            "capaian Perangkat Daerah sejenis di Provinsi Kalimantan Selatan",
            "Menyajikan perbandingan capaian kinerja dengan capaian Perangkat Daerah sejenis "
            "di Provinsi Kalimantan Selatan",
        ),
        (
            "Agar informasi kinerja dalam LKjIP dimanfaatkan untuk penyusunan rencana kerja "
            "dan anggaran tahun berikutnya",
            None,
        ),
        (
            "Agar menyusun laporan kinerja bulanan/triwulanan internal sebagai bahan "
            "penyusunan LKjIP",
            "Menyusun laporan kinerja triwulanan internal",
        ),
        (
            "Agar LKjIP menyajikan capaian kinerja atas seluruh indikator pada Perjanjian "
            "Kinerja termasuk indikator yang tidak mencapai target",
            "Menyajikan capaian seluruh indikator Perjanjian Kinerja pada LKjIP",
        ),
        (
            "Agar mempublikasikan LKjIP pada website resmi Perangkat Daerah sebagai bentuk "
            "transparansi kepada masyarakat",
            "Mengunggah LKjIP pada website resmi Perangkat Daerah",
        ),
    ),
    "D": (
        (
            "Agar membentuk Tim Evaluasi Internal Akuntabilitas Kinerja yang ditetapkan "
            "dengan Keputusan Kepala Perangkat Daerah",
            "Menetapkan Keputusan Kepala Perangkat Daerah tentang Tim Evaluasi Internal "
            "Akuntabilitas Kinerja",
        ),
        (
            "Agar melaksanakan evaluasi internal atas pelaksanaan program dan kegiatan secara "
            "berkala setiap semester",
            None,
        ),
        (
            "Agar menindaklanjuti seluruh rekomendasi hasil evaluasi SAKIP tahun sebelumnya "
            "dan melaporkan progresnya kepada Inspektorat",
            "Menindaklanjuti rekomendasi LHE SAKIP tahun sebelumnya dan menyampaikan laporan "
            "progres kepada Inspektorat",
        ),
        (
            "Agar hasil evaluasi internal dimanfaatkan untuk perbaikan perencanaan dan "
            "peningkatan kinerja",
            None,
        ),
        (
            "Agar mendokumentasikan kertas kerja evaluasi internal beserta bukti dukungnya",
            "Menyusun kertas kerja evaluasi internal dan mengarsipkan bukti dukungnya",
        ),
        (
            "Agar meningkatkan kapasitas SDM pengelola SAKIP melalui bimbingan teknis "
            "evaluasi akuntabilitas kinerja",
            "Mengikutsertakan pengelola SAKIP dalam bimbingan teknis evaluasi akuntabilitas "
            "kinerja",
        ),
        (
            "Agar melakukan evaluasi atas Rencana Aksi Perjanjian Kinerja dan menyusun "
            "rekomendasi perbaikan",
            None,
        ),
    ),
}

STATUS_POOL: dict[str, tuple[tuple[str, str | None], ...]] = {
    # wording -> expected label (SAKIP.md vocabularies; see the notes of each document)
    "selesai": (
        ("Sudah ditindak lanjuti", "selesai"),
        ("Sudah ditindaklanjuti dengan menerbitkan Keputusan Kepala Perangkat Daerah", "selesai"),
        ("SUDAH DITINDAKLANJUTI", "selesai"),
        ("Selesai", "selesai"),
        ("TL", "selesai"),
        ("Sesuai", "selesai"),
    ),
    "proses": (
        ("On Progress", "proses"),
        ("Dalam Proses", "proses"),
        ("Proses penyusunan draft", "proses"),
        ("on progress (70%)", "proses"),
    ),
    "belum": (
        ("BTL", "belum"),
        ("Belum ditindak lanjuti", "belum"),
        ("Belum", "belum"),
        ("Belum ditindaklanjuti, dijadwalkan pada APBD Perubahan", "belum"),
    ),
}

WAKTU_POOL: tuple[tuple[str, str | None], ...] = (
    ("Triwulan III Tahun {y}", "Triwulan III"),
    ("TRIWULAN II TAHUN {y}", "Triwulan II"),
    ("Semester II {y}", "Semester II"),
    ("Juli {y}", "Juli"),
    ("Oktober - Desember {y}", "Oktober - Desember"),
    ("April {y}", "April"),
    ("Triwulan I {y}", "Triwulan I"),
    ("Semester I Tahun {y}", "Semester I"),
    ("Desember {y}", "Desember"),
)

TARGETS = ("-", "-", "1 Dokumen", "1 (satu) SK", "4 Laporan", "100%", "12 Laporan", "")

LINK_LABELS = (
    "SK Tim Evaluasi Internal",
    "Renstra 2021-2026",
    "Manual IKU",
    "Notulen Rapat Pimpinan",
    "Laporan Pengukuran Kinerja TW III",
    "LKjIP",
    "Cascading Kinerja",
    "Dokumentasi Kegiatan",
    "Link Drive",
    "Bukti Dukung",
)


def _url(rng: random.Random) -> str:
    chars = string.ascii_letters + string.digits + "-_"
    ident = "1" + "".join(rng.choice(chars) for _ in range(32))
    kind = rng.random()
    if kind < 0.55:
        return f"https://drive.google.com/file/d/{ident}/view?usp=sharing"
    if kind < 0.8:
        return f"https://drive.google.com/drive/folders/{ident}"
    if kind < 0.9:
        return f"https://docs.google.com/spreadsheets/d/{ident}/edit?usp=sharing"
    slug = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(7))
    return f"https://bit.ly/SAKIP-{slug}"


LinkMode = Literal["label", "url", "url_annotated", "none"]


@dataclass(frozen=True)
class RecPlan:
    """How the recommendations of a document are drawn."""

    per_finding: tuple[int, int, int, int]
    pjs: tuple[str, ...] = ()
    status_mix: tuple[float, float, float, float] = (0.4, 0.3, 0.2, 0.1)
    statuses: dict[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)
    link_mode: LinkMode = "label"
    link_rate: float = 0.7
    double_links: tuple[tuple[str, int], ...] = ()  # (kode, rec no) with two links
    waktu_years: tuple[int, ...] = (1,)
    extra_waktu: tuple[tuple[str, str | None], ...] = ()
    # (kode, rec no) -> waktu (text with {y}, periode) or status (text, label), pinned
    waktu_at: dict[tuple[str, int], tuple[str, str | None]] = field(default_factory=dict)
    status_at: dict[tuple[str, int], tuple[str, str]] = field(default_factory=dict)


def make_recs(
    kode: str, n: int, plan: RecPlan, tahun: int, rng: random.Random, monitoring: bool
) -> tuple[HRec, ...]:
    out = []
    pool = STATUS_POOL | plan.statuses
    waktu_pool = WAKTU_POOL + plan.extra_waktu
    for i, (rek, ra) in enumerate(rng.sample(RECS[kode], n), 1):
        if ra is None:  # the action plan restates the recommendation without "Agar"
            rest = rek.removeprefix("Agar ")
            ra = rest[:1].upper() + rest[1:]
        if not monitoring:
            out.append(HRec(rek, ra))
            continue
        wtext, periode = rng.choice(waktu_pool)
        year = tahun + rng.choice(plan.waktu_years)
        label = rng.choices(("selesai", "proses", "belum", None), weights=plan.status_mix)[0]
        status = None
        if label is not None:
            text, lab = rng.choice(pool[label])
            status = Status(text, lab)  # type: ignore[arg-type]
        if (kode, i) in plan.status_at:
            status = Status(*plan.status_at[kode, i])  # type: ignore[arg-type]
        wtext, periode = plan.waktu_at.get((kode, i), (wtext, periode))
        links: tuple[LinkCell, ...] = ()
        double = (kode, i) in plan.double_links
        if double or (plan.link_mode != "none" and rng.random() < plan.link_rate):
            links = tuple(_link(plan.link_mode, rng) for _ in range(2 if double else 1))
        out.append(
            HRec(
                rek,
                ra,
                target=rng.choice(TARGETS),
                waktu=Waktu(wtext.format(y=year), year, periode),
                pj=rng.choice(plan.pjs),
                status=status,
                links=links,
            )
        )
    return tuple(out)


def _link(mode: LinkMode, rng: random.Random) -> LinkCell:
    url = _url(rng)
    if mode == "label":
        return LinkCell(rng.choice(LINK_LABELS), url)
    return LinkCell(url, url, annotated=mode == "url_annotated")


# --------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class Person:
    nama: str
    sex: int
    birth: dt.date
    tmt: tuple[int, int]
    seq: int
    golongan: str

    @property
    def nip_digits(self) -> str:
        b = self.birth.strftime("%Y%m%d")
        return f"{b}{self.tmt[0]:04d}{self.tmt[1]:02d}{self.sex}{self.seq:03d}"

    def nip(self, fmt: str) -> Nip:
        """``fmt`` gets b (birth), t (tmt), s (sex), q (seq) and d (all 18 digits)."""
        d = self.nip_digits
        printed = fmt.format(b=d[:8], t=d[8:14], s=d[14], q=d[15:], d=d)
        return Nip(printed, d)

    def check(self) -> None:
        age = self.tmt[0] - self.birth.year
        if not 18 <= age <= 40 or self.sex not in (1, 2):
            raise ValueError(f"{self.nama}: implausible NIP parts")


PANGKAT = {
    "III/a": "Penata Muda",
    "III/b": "Penata Muda Tk. I",
    "III/c": "Penata",
    "III/d": "Penata Tk. I",
    "IV/a": "Pembina",
    "IV/b": "Pembina Tk. I",
    "IV/c": "Pembina Utama Muda",
    "IV/d": "Pembina Utama Madya",
}


def signature(
    person: Person,
    jabatan_lines: tuple[str, ...],
    jabatan: str,
    pangkat_line: str,
    nip_fmt: str,
    above: tuple[str, ...] = (),
) -> Sig:
    """Lines: ``above`` (place/date, a.n.), the jabatan lines (bold), three blank lines, the
    name (bold, underlined), the pangkat line and the NIP line."""
    person.check()
    nip = person.nip(nip_fmt)
    lines = [(t, False, False) for t in above]
    lines += [(t, True, False) for t in jabatan_lines]
    lines += [("", False, False)] * 3
    lines += [(person.nama, True, True), (pangkat_line, False, False), (nip.printed, False, False)]
    return Sig(tuple(lines), jabatan, person.nama, PANGKAT[person.golongan], person.golongan, nip)


def pj_block(rows: tuple[tuple[str, str], ...], numbering: str, nama: str, hp: Hp) -> PjBlock:
    """``numbering``: "1" (1, 2), "a" (a., b.) or "" (unnumbered)."""
    marks = {"1": ("1", "2"), "a": ("a.", "b."), "": ("", "")}[numbering]
    return PjBlock(
        tuple((m, lab, val) for m, (lab, val) in zip(marks, rows, strict=True)), nama, hp
    )


D = dt.date

# --------------------------------------------------------------------------------------
# The ten documents

KEC_PJS = ("Sekretaris Camat", "Kasubbag Program dan Keuangan", "Kasi Pemerintahan")


def _findings(
    seed: int,
    tahun: int,
    plan: RecPlan,
    monitoring: bool,
    templates: dict[str, HasilTemplate],
    long: tuple[str, ...] = (),
    level: str = "normal",
) -> tuple[HFinding, ...]:
    rng = random.Random(seed)
    out = []
    for kode, n in zip("ABCD", plan.per_finding, strict=True):
        recs = make_recs(kode, n, plan, tahun, rng, monitoring)
        template = templates.get(kode, "rincian")
        out.append(make_finding(kode, rng, recs, template, kode in long, level))
    return tuple(out)


def doc_101() -> HDoc:
    plan = RecPlan(
        (3, 2, 4, 1),
        pjs=(
            "Sekretaris",
            "Kasubbag Perencanaan dan Evaluasi",
            "Kabid Kesehatan Masyarakat",
            "Kabid Pencegahan dan Pengendalian Penyakit",
        ),
        status_mix=(0.45, 0.3, 0.2, 0.05),
        statuses={
            "selesai": (
                ("Sudah ditindak lanjuti", "selesai"),
                ("Telah ditindaklanjuti", "selesai"),
            ),
            "proses": (("On Progress", "proses"),),
            "belum": (("BTL", "belum"),),
        },
        double_links=(("C", 2),),
        status_at={("A", 2): ("On Progress", "proses"), ("C", 3): ("BTL", "belum")},
    )
    signer = Person("H. MUHAMMAD RIDWAN, S.KM., M.Kes", 1, D(1976, 8, 14), (2000, 3), 2, "IV/b")
    return HDoc(
        name="101_docx_dinkestabalong_2023",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT ATAS HASIL EVALUASI SAKIP TAHUN 2023",
            "DINAS KESEHATAN KABUPATEN TABALONG",
        ),
        unit_kerja="Dinas Kesehatan",
        kabupaten="Tabalong",
        tahun=2023,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS/PROGRES PENYELESAIAN",
            "link": "LINK DATA DUKUNG",
        },
        findings=_findings(1101, 2023, plan, True, {"B": "quoted"}, long=("A", "C")),
        pj_block=pj_block(
            (
                ("Penanggung Jawab Data SAKIP", "NOOR LAILA SARI, S.KM"),
                ("No. HP / WA", "+62 852 5190 3377"),
            ),
            "",
            "NOOR LAILA SARI, S.KM",
            Hp("+62 852 5190 3377", "+6285251903377"),
        ),
        sig=signature(
            signer,
            ("SEKRETARIS,",),
            "SEKRETARIS",
            "Pembina Tk. I - IV/b",
            "NIP. {b} {t} {s} {q}",
            above=(
                "Tanjung, 12 Februari 2024",
                "a.n. KEPALA DINAS KESEHATAN",
                "KABUPATEN TABALONG",
            ),
        ),
        style=Style(
            "docx",
            "F4",
            font="DejaVu Serif",
            size=7.5,
            widths={
                "no": 3.2,
                "hasil": 26,
                "rekomendasi": 14,
                "rencana_aksi": 14,
                "target": 5.5,
                "waktu": 7.5,
                "pj": 9,
                "status": 10,
                "link": 11,
            },
            header_fill="BFBFBF",
            group=("TINDAK LANJUT", ("rencana_aksi", "target", "waktu")),
            section="merged_caps",
            no_fmt="{n}.",
        ),
        variations=(
            "two_row_header (TINDAK LANJUT over RENCANA AKSI / TARGET / WAKTU)",
            "font DejaVu Serif 7.5 pt",
            "section rows 'A. PERENCANAAN KINERJA' in one cell spanning the whole table",
            "NO values '1.'",
            "darker grey header fill",
            "two labelled link annotations in one LINK cell (C2)",
            "status wordings 'Sudah ditindak lanjuti', 'Telah ditindaklanjuti', "
            "'On Progress', 'BTL'",
            "signature with place/date line and "
            "'a.n. KEPALA DINAS KESEHATAN / KABUPATEN TABALONG / SEKRETARIS,'",
            "pangkat 'Pembina Tk. I - IV/b'",
            "PJ block unnumbered, label 'No. HP / WA'",
            "unit and kabupaten in one title line ('DINAS KESEHATAN KABUPATEN TABALONG')",
        ),
        notes=(
            "penandatangan_jabatan is the signer's own line 'SEKRETARIS,' without the comma; "
            "the 'a.n. KEPALA DINAS KESEHATAN / KABUPATEN TABALONG' lines are not part of it",
            "'Telah ditindaklanjuti' is labelled selesai (not literally in SAKIP.md's list)",
        ),
    )


def doc_102() -> HDoc:
    plan = RecPlan(
        (2, 3, 1, 2),
        pjs=(
            "Sekretaris Camat",
            "Kasubbag Umum dan Kepegawaian",
            "Kasi Pemerintahan",
            "Kasi Trantib",
        ),
        status_mix=(0.4, 0.35, 0.2, 0.05),
        statuses={
            "selesai": (("SUDAH DITINDAKLANJUTI", "selesai"), ("Selesai", "selesai")),
            "proses": (("Sebagian sudah ditindaklanjuti", "proses"), ("Dalam Proses", "proses")),
            "belum": (("Belum Ditindaklanjuti", "belum"),),
        },
        link_mode="url",
        link_rate=0.6,
        double_links=(("B", 2),),
        waktu_at={("B", 1): ("TRIWULAN II TAHUN {y}", "Triwulan II")},
    )
    signer = Person("RAHMAT HIDAYAT, S.STP., M.Si", 1, D(1988, 1, 9), (2010, 12), 1, "III/d")
    return HDoc(
        name="102_xlsx_amuntaitengah_2022",
        title_lines=(
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN AMUNTAI TENGAH",
            "PEMERINTAH KABUPATEN HULU SUNGAI UTARA",
        ),
        unit_kerja="Kecamatan Amuntai Tengah",
        kabupaten="Hulu Sungai Utara",
        tahun=2022,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
            "target": "TARGET DATA",
            "waktu": "WAKTU PELAKSANAAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS",
            "link": "LINK",
        },
        findings=_findings(1102, 2022, plan, True, {"A": "sebesar", "D": "cut"}),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "AKHMAD JUHRAN, S.AP"),
                ("Nomor HP Penanggungjawab Data SAKIP", "0821.5544.7788"),
            ),
            "1",
            "AKHMAD JUHRAN, S.AP",
            Hp("0821.5544.7788", "+6282155447788"),
        ),
        sig=signature(
            signer,
            ("CAMAT AMUNTAI TENGAH,",),
            "CAMAT AMUNTAI TENGAH",
            "Penata Tk. I (III/d)",
            "NIP : {b} {t} {s} {q}",
            above=("Amuntai, 27 Februari 2023",),
        ),
        style=Style(
            "xlsx",
            "A4",
            font="Arial Narrow",
            num_font="Liberation Mono",
            size=8.0,
            widths={
                "no": 3.0,
                "hasil": 20,
                "rekomendasi": 15,
                "rencana_aksi": 15,
                "target": 6,
                "waktu": 8,
                "pj": 9,
                "status": 9,
                "link": 15,
            },
            section="split_caps",
            no_fmt="{n}.",
            hasil_mode="repeated",
        ),
        variations=(
            "HASIL EVALUASI (and NO) repeated on every recommendation row instead of merged",
            "font Arial Narrow (Liberation Sans Narrow), numbers in Liberation Mono",
            "section rows 'A.' | 'PERENCANAAN KINERJA'",
            "NO values '1.'",
            "two written-out URLs in one LINK cell (B2), no link annotations at all",
            "HASIL wording 'Nilai ... sebesar 25,20 (84%)' (A) and a cell cut before "
            "pemanfaatan (D)",
            "status 'Sebagian sudah ditindaklanjuti', 'SUDAH DITINDAKLANJUTI', "
            "'Belum Ditindaklanjuti'",
            "waktu in capitals 'TRIWULAN II TAHUN 2023'",
            "HP '0821.5544.7788' (dots)",
            "NIP printed 'NIP : 19880109 201012 1 001'",
            "jabatan with a trailing comma",
        ),
        notes=(
            "hasil_evaluasi is the text once (every repeated copy is identical); finding_no 1",
            "'Sebagian sudah ditindaklanjuti' is labelled proses (Sebagian -> proses), "
            "although it contains 'sudah ditindaklanjuti'",
            "two URLs in one cell: tautan is the first URL; tautan_teks is the whole visible "
            "cell text (both URLs, space-joined)",
        ),
    )


def doc_103() -> HDoc:
    plan = RecPlan((5, 3, 2, 2))
    signer = Person("Ir. H. SYAHRIAL ANWAR, M.T.", 1, D(1970, 11, 23), (1998, 12), 1, "IV/c")
    return HDoc(
        name="103_reportlab_dlhbanjarbaru_2024",
        title_lines=(
            "MATRIKS RENCANA AKSI TINDAK LANJUT HASIL EVALUASI AKIP TAHUN 2024",
            "DINAS LINGKUNGAN HIDUP",
            "PEMERINTAH KOTA BANJARBARU",
        ),
        unit_kerja="Dinas Lingkungan Hidup",
        kabupaten="Banjarbaru",
        tahun=2024,
        layout="rencana_aksi",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
        },
        findings=_findings(1103, 2024, plan, False, {"C": "bobot"}, long=("A", "B", "C")),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP", "DEWI RATNASARI, S.T."),
                ("Nomor HP", "0812-5067-4411 (WA)"),
            ),
            "a",
            "DEWI RATNASARI, S.T.",
            Hp("0812-5067-4411 (WA)", "+6281250674411"),
        ),
        sig=signature(
            signer,
            ("Kepala Dinas Lingkungan Hidup,",),
            "Kepala Dinas Lingkungan Hidup",
            "Pembina Utama Muda / IV.c",
            "NIP. {b} {t} {s} {q}",
            above=("Banjarbaru, 3 Maret 2025",),
        ),
        style=Style(
            "reportlab",
            "A4",
            portrait=True,
            font="DejaVu Serif",
            size=7.5,
            widths={"no": 4.5, "hasil": 37, "rekomendasi": 30, "rencana_aksi": 30},
            header_fill="D0D0D0",
            section="merged_caps",
            no_fmt="{n}.",
            rec_fmt="{n})",
            hasil_mode="multi",
        ),
        variations=(
            "portrait A4, 4-column rencana aksi table",
            "font DejaVu Serif (embedded TTF)",
            "all recommendations of a component numbered '1)' '2)' in one cell",
            "section rows 'A. PERENCANAAN KINERJA' spanning the table",
            "NO values '1.'",
            "long HASIL cells split across pages",
            "HASIL wording 'memperoleh nilai 10,80 dari bobot 15,00 (72,00%)' (C)",
            "Kota (not Kabupaten): 'PEMERINTAH KOTA BANJARBARU'",
            "title 'MATRIKS RENCANA AKSI ... AKIP'",
            "PJ block lettered a./b., HP '0812-5067-4411 (WA)'",
            "jabatan in title case with a trailing comma, date line",
            "pangkat 'Pembina Utama Muda / IV.c'",
        ),
        notes=(
            "kabupaten is 'Banjarbaru' (a kota; no 'Kota' prefix)",
            "in the 'dari bobot' wording the bobot numbers (30,00 / 6,00 ...) are not scores",
        ),
    )


def doc_104() -> HDoc:
    plan = RecPlan((2, 4, 3, 1))
    signer = Person("YUDI PRASETYO, S.STP, M.AP", 1, D(1985, 3, 12), (2010, 1), 4, "III/d")
    return HDoc(
        name="104_docx_murungpudak_2023",
        title_lines=(
            "Rencana Aksi atas Tindak Lanjut Hasil Evaluasi SAKIP Tahun 2023",
            "Kecamatan Murung Pudak Kabupaten Tabalong",
        ),
        unit_kerja="Kecamatan Murung Pudak",
        kabupaten="Tabalong",
        tahun=2023,
        layout="rencana_aksi",
        headers={
            "no": "No",
            "hasil": "Hasil Evaluasi Inspektorat",
            "rekomendasi": "Rekomendasi Inspektorat",
            "rencana_aksi": "Rencana Aksi Tindak Lanjut",
        },
        findings=_findings(1104, 2023, plan, False, {"A": "quoted", "D": "sebesar"}, long=("A",)),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "FITRIANI, S.E."),
                ("Nomor HP Penanggungjawab Data SAKIP", "0813 4872 1100 / (0511) 123456"),
            ),
            "1",
            "FITRIANI, S.E.",
            Hp("0813 4872 1100 / (0511) 123456", "+6281348721100"),
        ),
        sig=signature(
            signer,
            ("CAMAT MURUNG PUDAK",),
            "CAMAT MURUNG PUDAK",
            "Penata Tk.I / III.d",
            "NIP. {b} {t} {s} {q}",
            above=("Tanjung, 20 Februari 2024",),
        ),
        style=Style(
            "docx",
            "A4",
            portrait=True,
            font="Times New Roman",
            size=9.0,
            widths={"no": 5.5, "hasil": 40, "rekomendasi": 29, "rencana_aksi": 29},
            header_fill="E7E6E6",
            number_row="paren",
            section="split_caps",
            rec_fmt="{n})",
            margin_mm=15.0,
        ),
        variations=(
            "portrait A4, 4-column table, one row per recommendation with merged HASIL",
            "font Times New Roman (Liberation Serif) 9 pt",
            "recommendations numbered '1)'",
            "column-number row '(1) (2) (3) (4)' under the header",
            "header and title in mixed case ('Hasil Evaluasi Inspektorat')",
            "very narrow NO column",
            "HP '0813 4872 1100 / (0511) 123456' (mobile and landline)",
            "NIP 'NIP. 19850312 201001 1 004', pangkat 'Penata Tk.I / III.d'",
            "HASIL wording 'Nilai ... sebesar' (D)",
        ),
        notes=("pj_hp is the mobile number only; the landline after '/' is ignored",),
    )


def doc_105() -> HDoc:
    plan = RecPlan(
        (4, 2, 3, 2),
        pjs=(
            "Sekretaris Dinas",
            "Kasubbag Program",
            "Kabid Bina Marga",
            "Kabid Sumber Daya Air",
            "Kabid Cipta Karya",
        ),
        status_mix=(0.35, 0.35, 0.25, 0.05),
        double_links=(("A", 2), ("D", 1)),
        waktu_years=(0, 1),
    )
    signer = Person("H. ABDUL WAHAB, S.T., M.T.", 1, D(1974, 2, 17), (1999, 11), 1, "IV/b")
    return HDoc(
        name="105_reportlab_puprhsu_2024",
        title_lines=(
            "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "KABUPATEN HULU SUNGAI UTARA",
        ),
        unit_kerja="Dinas Pekerjaan Umum dan Penataan Ruang",
        kabupaten="Hulu Sungai Utara",
        tahun=2024,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET",
            "waktu": "WAKTU PELAKSANAAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "PROGRES TINDAK LANJUT",
            "link": "DATA DUKUNG",
        },
        findings=_findings(
            1105, 2024, plan, True, {"A": "bobot", "B": "bobot", "C": "bobot", "D": "bobot"}
        ),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP", "MUHAMMAD FAJRIANNOR, S.T."),
                ("Nomor HP Penanggung Jawab", "62 853 4912 6650"),
            ),
            "1",
            "MUHAMMAD FAJRIANNOR, S.T.",
            Hp("62 853 4912 6650", "+6285349126650"),
        ),
        sig=signature(
            signer,
            ("KEPALA DINAS PEKERJAAN UMUM DAN", "PENATAAN RUANG,"),
            "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "Pembina Tk.I, IV/b",
            "NIP. {b} {t} {s} {q}",
        ),
        style=Style(
            "reportlab",
            "A4",
            font="Liberation Sans",
            num_font="Liberation Mono",
            size=7.0,
            widths={
                "no": 3.0,
                "hasil": 17,
                "rekomendasi": 17,
                "rencana_aksi": 17,
                "target": 6,
                "waktu": 9,
                "pj": 9,
                "status": 10,
                "link": 12,
            },
            header_fill="A6A6A6",
            section="split_caps",
            no_fmt="{n}.",
        ),
        variations=(
            "narrow HASIL column, wide REKOMENDASI / RENCANA AKSI",
            "numbers (NO, TARGET, WAKTU) in Liberation Mono",
            "dark grey header fill",
            "two labelled link annotations in one cell (A2, D1)",
            "every HASIL in the 'dari bobot' wording with 2-decimal percentages",
            "header 'PROGRES TINDAK LANJUT', 'DATA DUKUNG'",
            "jabatan over two lines ('KEPALA DINAS PEKERJAAN UMUM DAN' / 'PENATAAN RUANG,')",
            "pangkat 'Pembina Tk.I, IV/b', HP '62 853 4912 6650'",
            "no place/date line",
        ),
        notes=(
            "penandatangan_jabatan joins the two jabatan lines and drops the trailing comma",
            "two links in one cell: tautan is the first link's URL; tautan_teks is the whole "
            "visible cell text (both labels, space-joined)",
        ),
    )


def doc_106() -> HDoc:
    plan = RecPlan(
        (1, 3, 2, 3),
        pjs=("Sekcam", "Kasubbag Umum", "Kasi Pemberdayaan Masyarakat", "Tim SAKIP Kecamatan"),
        status_mix=(0.35, 0.3, 0.3, 0.05),
        statuses={
            "selesai": (("Sudah ditindak lanjuti", "selesai"), ("Selesai 100%", "selesai")),
            "proses": (("On Progress", "proses"),),
            "belum": (("BTL", "belum"),),
        },
        link_mode="url_annotated",
        link_rate=0.5,
    )
    signer = Person("HJ. NURUL AINI, S.Sos., M.Si", 2, D(1978, 8, 26), (2006, 4), 11, "IV/a")
    return HDoc(
        name="106_xlsx_banjarbaruutara_2023",
        title_lines=(
            "MONITORING TINDAK LANJUT REKOMENDASI LHE SAKIP TAHUN 2023",
            "KECAMATAN BANJARBARU UTARA",
            "PEMERINTAH KOTA BANJARBARU",
        ),
        unit_kerja="Kecamatan Banjarbaru Utara",
        kabupaten="Banjarbaru",
        tahun=2023,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI",
            "target": "TARGET DATA",
            "waktu": "WAKTU",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS/PROGRES",
            "link": "LINK GOOGLE DRIVE",
        },
        findings=_findings(1106, 2023, plan, True, {"C": "quoted"}),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "SRI WAHYUNI, S.Sos"),
                ("Nomor HP Penanggungjawab Data SAKIP", "0811 5190 222"),
            ),
            "1",
            "SRI WAHYUNI, S.Sos",
            Hp("0811 5190 222", "+628115190222"),
        ),
        sig=signature(
            signer,
            ("Camat Banjarbaru Utara,",),
            "Camat Banjarbaru Utara",
            "Pembina (IV/a)",
            "NIP. {b} {t} {s} {q}",
            above=("Banjarbaru, 8 Maret 2024",),
        ),
        style=Style(
            "xlsx",
            "F4",
            font="DejaVu Sans",
            size=7.0,
            widths={
                "no": 3.0,
                "hasil": 22,
                "rekomendasi": 14,
                "rencana_aksi": 14,
                "target": 6,
                "waktu": 7.5,
                "pj": 9,
                "status": 8.5,
                "link": 16,
            },
            header_fill="C0C0C0",
            group=("TINDAK LANJUT", ("rencana_aksi", "target", "waktu")),
            section="merged_caps",
            ra_numbered=False,
        ),
        variations=(
            "two_row_header in a spreadsheet (TINDAK LANJUT over RENCANA AKSI / TARGET / WAKTU)",
            "font DejaVu Sans 7 pt",
            "section rows 'A. PERENCANAAN KINERJA' spanning all columns",
            "REKOMENDASI numbered '1.' but RENCANA AKSI cells not numbered",
            "status 'Sudah ditindak lanjuti', 'Selesai 100%', 'On Progress', 'BTL'",
            "written-out URLs that are also link annotations",
            "HP '0811 5190 222' (10-digit national number)",
            "female signer, NIP sex digit 2, 'Pembina (IV/a)', jabatan title case",
        ),
        notes=("rencana_aksi has no number in the PDF; its text is the whole cell",),
    )


def doc_107() -> HDoc:
    plan = RecPlan(
        (3, 1, 2, 1),
        pjs=(
            "Sekretaris",
            "Kasubbag Program dan Keuangan",
            "Kabid Pengembangan Kompetensi",
            "Kabid Penilaian Kinerja Aparatur",
        ),
        status_mix=(0.3, 0.4, 0.2, 0.1),
        waktu_at={("D", 1): ("Tahun {y}", None)},
        link_rate=0.8,
    )
    signer = Person("Drs. H. ZAINAL ARIFIN, M.M", 1, D(1972, 6, 5), (1996, 3), 1, "IV/b")
    return HDoc(
        name="107_docx_bkpsdmtabalong_2024",
        title_lines=(
            "RENCANA TINDAK LANJUT HASIL EVALUASI AKIP TAHUN 2024",
            "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA (BKPSDM)",
            "KABUPATEN TABALONG",
        ),
        unit_kerja="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        kabupaten="Tabalong",
        tahun=2024,
        layout="monitoring",
        headers={
            "no": "NO.",
            "hasil": "URAIAN HASIL EVALUASI",
            "rekomendasi": "REKOMENDASI",
            "rencana_aksi": "RENCANA TINDAK LANJUT",
            "target": "TARGET",
            "waktu": "JADWAL",
            "pj": "PIC",
            "status": "KETERANGAN",
            "link": "LINK BUKTI",
        },
        findings=_findings(1107, 2024, plan, True, {"B": "cut"}, long=("C",)),
        pj_block=pj_block(
            (
                ("Nama PJ Data SAKIP", "RIZA FAHLEVI, S.Kom"),
                ("No. Handphone", "+6285651227890"),
            ),
            "1",
            "RIZA FAHLEVI, S.Kom",
            Hp("+6285651227890", "+6285651227890"),
        ),
        sig=signature(
            signer,
            ("KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",),
            "KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
            "Pembina Tingkat I (IV/b)",
            "NIP {b} {t} {s} {q}",
            above=("Tanjung, 14 Februari 2025",),
        ),
        style=Style(
            "docx",
            "A4",
            font="Tahoma",
            num_font="Liberation Mono",
            size=7.0,
            widths={
                "no": 3.5,
                "hasil": 22,
                "rekomendasi": 15,
                "rencana_aksi": 15,
                "target": 6,
                "waktu": 8,
                "pj": 9,
                "status": 12,
                "link": 9.5,
            },
            header_fill=None,
            number_row="plain",
            section="merged_title",
            no_fmt="{n}.",
            single_unnumbered=True,
            repeat_header=False,
            title_align="left",
        ),
        variations=(
            "font Tahoma (rendered with DejaVu Sans), numbers in Liberation Mono",
            "header without fill, column-number row",
            "header wording 'URAIAN HASIL EVALUASI', 'JADWAL', 'PIC', 'KETERANGAN', 'LINK BUKTI'",
            "section rows 'A. Perencanaan Kinerja' spanning all columns",
            "a component's only recommendation printed without a number",
            "header not repeated on later pages",
            "title left-aligned; '(BKPSDM)' after the unit name",
            "waktu 'Tahun 2025' (no period)",
            "pangkat 'Pembina Tingkat I (IV/b)', NIP 'NIP 19720605 199603 1 001'",
            "HP already in E.164 ('+6285651227890')",
        ),
        notes=(
            "unit_kerja drops the '(BKPSDM)' acronym of the title line",
            "waktu 'Tahun 2025' has waktu_periode null",
            "unnumbered lone recommendations have rekomendasi_no 1",
        ),
    )


def doc_108() -> HDoc:
    plan = RecPlan((2, 2, 3, 1))
    signer = Person("MUHAMMAD HASBI, S.IP", 1, D(1983, 9, 28), (2008, 4), 2, "III/d")
    return HDoc(
        name="108_reportlab_haurgading_2022",
        title_lines=(
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022",
            "KECAMATAN HAUR GADING",
            "DI LINGKUNGAN PEMERINTAH KABUPATEN HULU SUNGAI UTARA",
        ),
        unit_kerja="Kecamatan Haur Gading",
        kabupaten="Hulu Sungai Utara",
        tahun=2022,
        layout="rencana_aksi",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
        },
        findings=_findings(1108, 2022, plan, False, {"B": "sebesar"}, level="low"),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "HERLINA, A.Md"),
                ("Nomor HP Penanggungjawab Data SAKIP", "+62-811-5012-334"),
            ),
            "1",
            "HERLINA, A.Md",
            Hp("+62-811-5012-334", "+628115012334"),
        ),
        sig=signature(
            signer,
            ("SEKRETARIS CAMAT,",),
            "SEKRETARIS CAMAT",
            "Penata Tk. I / III/d",
            "NIP. {b} {t} {s} {q}",
            above=("Amuntai, 15 Maret 2023", "a.n. CAMAT HAUR GADING"),
        ),
        style=Style(
            "reportlab",
            "A4",
            font="DejaVu Sans Condensed",
            size=8.0,
            widths={"no": 3.5, "hasil": 44, "rekomendasi": 26, "rencana_aksi": 26},
            header_fill="D9D9D9",
            section="split_caps",
            hasil_mode="repeated",
        ),
        variations=(
            "HASIL EVALUASI and NO repeated on every recommendation row (4-column table)",
            "font DejaVu Sans Condensed",
            "section rows 'A.' | 'PERENCANAAN KINERJA'",
            "signature 'a.n. CAMAT HAUR GADING / SEKRETARIS CAMAT,' with a place/date line",
            "HP '+62-811-5012-334' (10-digit national number)",
        ),
        notes=("hasil_evaluasi is the text once; penandatangan_jabatan is 'SEKRETARIS CAMAT'",),
    )


def doc_109() -> HDoc:
    plan = RecPlan((3, 2, 2, 1))
    signer = Person("Drs. SYAMSUDIN NOOR, M.Si", 1, D(1968, 10, 2), (1993, 3), 1, "IV/c")
    return HDoc(
        name="109_xlsx_diskominfobalangan_2024",
        title_lines=(
            "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "DINAS KOMUNIKASI DAN INFORMATIKA",
            "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN",
        ),
        unit_kerja="Dinas Komunikasi dan Informatika",
        kabupaten="Balangan",
        tahun=2024,
        layout="rencana_aksi",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
        },
        findings=_findings(1109, 2024, plan, False, {"A": "rincian", "C": "cut"}),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "NORHALIMAH, S.Kom"),
                ("Nomor HP Penanggungjawab Data SAKIP", "0822 5488 1290"),
            ),
            "1",
            "NORHALIMAH, S.Kom",
            Hp("0822 5488 1290", "+6282254881290"),
        ),
        sig=signature(
            signer,
            ("KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",),
            "KEPALA DINAS KOMUNIKASI DAN INFORMATIKA",
            "PEMBINA UTAMA MUDA (IV/c)",
            "NIP.{b} {t} {s} {q}",
        ),
        style=Style(
            "xlsx",
            "A4",
            portrait=True,
            font="Times New Roman",
            num_font="Liberation Mono",
            size=9.0,
            widths={"no": 5.5, "hasil": 36, "rekomendasi": 30, "rencana_aksi": 30},
            header_fill="D9D9D9",
            section="split_caps",
            no_fmt="{n}.",
            rec_fmt="{n})",
            margin_mm=14.0,
        ),
        variations=(
            "portrait A4 spreadsheet, 4-column table, merged HASIL",
            "font Times New Roman (Liberation Serif) 9 pt, NO in Liberation Mono",
            "recommendations numbered '1)'",
            "section rows 'A.' | 'PERENCANAAN KINERJA', NO '1.'",
            "pangkat in capitals 'PEMBINA UTAMA MUDA (IV/c)'",
            "HASIL cut before pemanfaatan (C)",
        ),
    )


def doc_110() -> HDoc:
    plan = RecPlan(
        (2, 5, 1, 2),
        pjs=(
            "Sekretaris Camat",
            "Kasubbag Perencanaan dan Keuangan",
            "Kasi Tata Pemerintahan",
            "Tim SAKIP Kecamatan",
        ),
        status_mix=(0.4, 0.3, 0.2, 0.1),
        statuses={"proses": (("On Progress", "proses"), ("Proses", "proses"))},
        double_links=(("B", 1), ("B", 4)),
        link_rate=0.6,
    )
    signer = Person("MUHAMMAD ARSYAD, S.Sos, M.AP", 1, D(1979, 5, 14), (2003, 12), 3, "IV/a")
    return HDoc(
        name="110_docx_landasanulin_2024",
        title_lines=(
            "RENCANA AKSI DAN MONITORING TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
            "KECAMATAN LANDASAN ULIN KOTA BANJARBARU",
        ),
        unit_kerja="Kecamatan Landasan Ulin",
        kabupaten="Banjarbaru",
        tahun=2024,
        layout="monitoring",
        headers={
            "no": "NO",
            "hasil": "HASIL EVALUASI INSPEKTORAT",
            "rekomendasi": "REKOMENDASI INSPEKTORAT",
            "rencana_aksi": "RENCANA AKSI TINDAK LANJUT",
            "target": "TARGET DATA",
            "waktu": "WAKTU PELAKSANAAN",
            "pj": "PENANGGUNG JAWAB",
            "status": "STATUS",
            "link": "BUKTI DUKUNG",
        },
        findings=_findings(1110, 2024, plan, True, {"D": "quoted"}, long=("B",)),
        pj_block=pj_block(
            (
                ("Nama Penanggung Jawab Data SAKIP/Unit Kerja", "ANDI SAPUTRA, S.AP"),
                ("Nomor HP Penanggungjawab Data SAKIP", "(+62) 813 5100 2233"),
            ),
            "1",
            "ANDI SAPUTRA, S.AP",
            Hp("(+62) 813 5100 2233", "+6281351002233"),
        ),
        sig=signature(
            signer,
            ("CAMAT LANDASAN ULIN,",),
            "CAMAT LANDASAN ULIN",
            "Pembina / IV.a",
            "NIP.{d}",
            above=("Banjarbaru, 26 Februari 2025",),
        ),
        style=Style(
            "docx",
            "F4",
            font="Bookman Old Style",
            size=7.0,
            widths={
                "no": 3.0,
                "hasil": 21,
                "rekomendasi": 15,
                "rencana_aksi": 15,
                "target": 6,
                "waktu": 8,
                "pj": 9,
                "status": 11,
                "link": 12,
            },
            header_fill="D9D9D9",
            group=("REALISASI TINDAK LANJUT", ("status", "link")),
            section="split_caps",
        ),
        variations=(
            "two_row_header with the group 'REALISASI TINDAK LANJUT' over STATUS / BUKTI DUKUNG",
            "font Bookman Old Style (rendered with URW Bookman)",
            "two labelled link annotations in one cell (B1, B4)",
            "five recommendations under B",
            "NIP unspaced 'NIP.197905142003121003', pangkat 'Pembina / IV.a'",
            "HP '(+62) 813 5100 2233'",
            "unit and kota in one title line",
        ),
        notes=(
            "two links in one cell: tautan is the first link's URL; tautan_teks is the whole "
            "visible cell text (both labels, space-joined)",
        ),
    )


def catalog() -> list[HDoc]:
    return [
        doc_101(),
        doc_102(),
        doc_103(),
        doc_104(),
        doc_105(),
        doc_106(),
        doc_107(),
        doc_108(),
        doc_109(),
        doc_110(),
    ]


# --------------------------------------------------------------------------------------
# The producer-neutral grid

Para = tuple[str, str | None]  # (text, link URL)
RowKind = Literal["header", "number", "section", "body"]


@dataclass(frozen=True)
class GCell:
    paras: tuple[Para, ...] = ()
    bold: bool = False
    center: bool = False
    mono: bool = False
    colspan: int = 1
    rowspan: int = 1

    @property
    def text(self) -> str:
        return "\n".join(p[0] for p in self.paras)


GRow = tuple[GCell | None, ...]


@dataclass(frozen=True)
class Grid:
    columns: tuple[str, ...]
    widths: tuple[float, ...]
    rows: tuple[GRow, ...]
    kinds: tuple[RowKind, ...]
    groups: tuple[tuple[int, int], ...]  # body row ranges that belong together

    @property
    def n_header(self) -> int:
        return sum(1 for k in self.kinds if k in ("header", "number"))


def _t(text: str, **kw: Any) -> GCell:
    return GCell(((text, None),) if text else (), **kw)


def _header_rows(doc: HDoc) -> list[GRow]:
    cols, h, st = doc.columns, doc.headers, doc.style
    if st.group is None:
        return [tuple(_t(h[c], bold=True, center=True) for c in cols)]
    label, sub = st.group
    first = cols.index(sub[0])
    top: list[GCell | None] = []
    bottom: list[GCell | None] = []
    for j, c in enumerate(cols):
        if c in sub:
            top.append(_t(label, bold=True, center=True, colspan=len(sub)) if j == first else None)
            bottom.append(_t(h[c], bold=True, center=True))
        else:
            top.append(_t(h[c], bold=True, center=True, rowspan=2))
            bottom.append(None)
    return [tuple(top), tuple(bottom)]


def _section_row(doc: HDoc, kode: str) -> GRow:
    n = len(doc.columns)
    name = KOMPONEN[kode]
    if doc.style.section == "split_caps":
        return (
            _t(f"{kode}.", bold=True, center=True),
            _t(name.upper(), bold=True, colspan=n - 1),
        ) + (None,) * (n - 2)
    text = f"{kode}. {name.upper() if doc.style.section == 'merged_caps' else name}"
    return (_t(text, bold=True, colspan=n),) + (None,) * (n - 1)


def _rec_cells(doc: HDoc, f: HFinding, no: int, rec: HRec) -> dict[str, GCell]:
    cells = {
        "rekomendasi": _t(numbered(rec_label(doc, f, no), rec.rek)),
        "rencana_aksi": _t(numbered(rec_label(doc, f, no, rencana=True), rec.ra)),
    }
    if doc.layout == "monitoring":
        cells |= {
            "target": _t(rec.target, center=True, mono=True),
            "waktu": _t(rec.waktu.text if rec.waktu else "", center=True, mono=True),
            "pj": _t(rec.pj),
            "status": _t(rec.status.text if rec.status else ""),
            "link": GCell(tuple((lk.text, lk.url if lk.annotated else None) for lk in rec.links)),
        }
    return cells


def build_grid(doc: HDoc) -> Grid:
    st, cols = doc.style, doc.columns
    rows: list[GRow] = _header_rows(doc)
    kinds: list[RowKind] = ["header"] * len(rows)
    if st.number_row:
        fmt = "({})" if st.number_row == "paren" else "{}"
        rows.append(
            tuple(_t(fmt.format(i), center=True, mono=True) for i in range(1, len(cols) + 1))
        )
        kinds.append("number")
    groups: list[tuple[int, int]] = []
    for f in doc.findings:
        groups.append((len(rows), len(rows) + 1))
        rows.append(_section_row(doc, f.kode))
        kinds.append("section")
        no = _t(st.no_fmt.format(n=1), center=True, mono=True)
        hasil = _t(f.hasil)
        if st.hasil_mode == "multi":
            row = {
                "no": no,
                "hasil": hasil,
                "rekomendasi": GCell(
                    tuple(
                        (numbered(rec_label(doc, f, i), r.rek), None)
                        for i, r in enumerate(f.recs, 1)
                    )
                ),
                "rencana_aksi": GCell(
                    tuple(
                        (numbered(rec_label(doc, f, i, rencana=True), r.ra), None)
                        for i, r in enumerate(f.recs, 1)
                    )
                ),
            }
            groups.append((len(rows), len(rows) + 1))
            rows.append(tuple(row[c] for c in cols))
            kinds.append("body")
            continue
        start = len(rows)
        n = len(f.recs)
        for i, rec in enumerate(f.recs, 1):
            cells: dict[str, GCell | None] = dict(_rec_cells(doc, f, i, rec))
            if st.hasil_mode == "repeated":
                cells["no"], cells["hasil"] = no, hasil
                groups.append((len(rows), len(rows) + 1))
            elif i == 1:
                cells["no"] = GCell(no.paras, center=True, mono=True, rowspan=n)
                cells["hasil"] = GCell(hasil.paras, rowspan=n)
            else:
                cells["no"] = cells["hasil"] = None
            rows.append(tuple(cells[c] for c in cols))
            kinds.append("body")
        if st.hasil_mode == "merged":
            groups.append((start, len(rows)))
    weights = [st.widths[c] for c in cols]
    total = sum(weights)
    return Grid(cols, tuple(w / total for w in weights), tuple(rows), tuple(kinds), tuple(groups))


def page_size_mm(st: Style) -> tuple[float, float]:
    w, h = PAGE_MM[st.page]
    return (w, h) if st.portrait else (h, w)


# --------------------------------------------------------------------------------------
# Fonts: files for reportlab and for measuring text in the spreadsheet writer

FONT_DIR = Path("/usr/share/fonts/truetype")
FONT_FILES: dict[str, tuple[str, str]] = {
    "DejaVu Serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVu Sans Condensed": (
        "dejavu/DejaVuSansCondensed.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf",
    ),
    "Liberation Sans": (
        "liberation/LiberationSans-Regular.ttf",
        "liberation/LiberationSans-Bold.ttf",
    ),
    "Liberation Serif": (
        "liberation/LiberationSerif-Regular.ttf",
        "liberation/LiberationSerif-Bold.ttf",
    ),
    "Liberation Sans Narrow": (
        "liberation/LiberationSansNarrow-Regular.ttf",
        "liberation/LiberationSansNarrow-Bold.ttf",
    ),
    "Liberation Mono": (
        "liberation/LiberationMono-Regular.ttf",
        "liberation/LiberationMono-Bold.ttf",
    ),
}
# Office font names and the installed font LibreOffice draws them with (fc-match).
METRIC_ALIAS = {
    "Arial": "Liberation Sans",
    "Arial Narrow": "Liberation Sans Narrow",
    "Times New Roman": "Liberation Serif",
    "Courier New": "Liberation Mono",
    "Tahoma": "DejaVu Sans",
}


def rl_font(name: str, bold: bool = False) -> str:
    """The reportlab name of ``name`` (registered on first use)."""
    real = METRIC_ALIAS.get(name, name)
    regular, bold_file = FONT_FILES[real]
    key = f"HO-{real.replace(' ', '')}{'-Bold' if bold else ''}"
    if key not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(key, str(FONT_DIR / (bold_file if bold else regular))))
    return key


def wrapped_lines(text: str, width_pt: float, font: str, size: float, bold: bool = False) -> int:
    face = rl_font(font, bold)
    safety = 1.06
    space = pdfmetrics.stringWidth(" ", face, size) * safety
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            w = pdfmetrics.stringWidth(word, face, size) * safety
            while w > width_pt:
                if used:
                    lines += 1
                lines += 1
                w -= width_pt
                used = 0.0
            if used and used + space + w > width_pt:
                lines += 1
                used = w
            else:
                used = used + space + w if used else w
        total += lines
    return total


# --------------------------------------------------------------------------------------
# docx writer (LibreOffice Writer makes the PDF)

FIXED_DATE = dt.datetime(2024, 3, 1, 8, 0, 0)


def _docx_setup(d: Any, doc: HDoc) -> float:
    """Page, default font and the Hyperlink character style; returns the usable width."""
    st = doc.style
    w_mm, h_mm = page_size_mm(st)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT if st.portrait else WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(w_mm), Mm(h_mm)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(st.margin_mm))
    normal = d.styles["Normal"]
    normal.font.name = st.font
    normal.font.size = Pt(st.size)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    props = d.core_properties
    props.created = props.modified = props.last_printed = FIXED_DATE
    props.author = props.last_modified_by = ""
    props.title = doc.title_lines[0]
    props.revision = 1
    # LibreOffice exports a hyperlink as a link annotation only when its runs carry a
    # character style (as golden's docx writer notes).
    link_style = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link_style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    link_style.font.underline = True
    return w_mm - 2 * st.margin_mm


def _docx_shade(cell: Any, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def _docx_hyperlink(para: Any, url: str, text: str) -> None:
    r_id = para.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    rpr.append(style)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.extend([rpr, t])
    link.append(run)
    para._p.append(link)


def _docx_head(d: Any, doc: HDoc) -> None:
    st = doc.style
    align = WD_ALIGN_PARAGRAPH.CENTER if st.title_align == "center" else WD_ALIGN_PARAGRAPH.LEFT
    for line in doc.title_lines:
        para = d.add_paragraph()
        para.alignment = align
        run = para.add_run(line)
        run.bold = True
        run.font.size = Pt(st.size + 3)
    d.add_paragraph()
    widths = (8, 70, 4, 100)
    block = d.add_table(rows=len(doc.pj_block.rows), cols=4)
    block.autofit = False
    for r, (mark, label, value) in enumerate(doc.pj_block.rows):
        for j, (text, width) in enumerate(zip((mark, label, ":", value), widths, strict=True)):
            cell = block.cell(r, j)
            cell.width = Mm(width)
            if text:
                cell.paragraphs[0].add_run(text)
    for j, width in enumerate(widths):
        block.columns[j].width = Mm(width)
    d.add_paragraph()


def _docx_borders(table: Any) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "8" if side in ("top", "left", "bottom", "right") else "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _docx_fill(cell: Any, content: GCell, st: Style) -> None:
    for i, (text, url) in enumerate(content.paras):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if content.center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if url is not None:
            _docx_hyperlink(para, url, text)
            continue
        run = para.add_run(text)
        run.bold = content.bold
        if content.mono and st.num_font:
            run.font.name = st.num_font


def _docx_table(d: Any, doc: HDoc, usable: float) -> None:
    st, grid = doc.style, build_grid(doc)
    table = d.add_table(rows=len(grid.rows), cols=len(grid.columns))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _docx_borders(table)
    col_w = [Mm(usable * w) for w in grid.widths]
    for j, width in enumerate(col_w):
        table.columns[j].width = width
    for r, (row, kind) in enumerate(zip(grid.rows, grid.kinds, strict=True)):
        head = kind in ("header", "number")
        for j, content in enumerate(row):
            cell = table.cell(r, j)
            cell.width = col_w[j]
            if kind == "header" and st.header_fill:
                _docx_shade(cell, st.header_fill)
            if head:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if content is not None:
                _docx_fill(cell, content, st)
        if head and st.repeat_header:
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            table.rows[r]._tr.get_or_add_trPr().append(flag)
    spans = [
        (r, j, c) for r, row in enumerate(grid.rows) for j, c in enumerate(row) if c is not None
    ]
    for r, j, c in spans:
        if c.rowspan > 1 or c.colspan > 1:
            table.cell(r, j).merge(table.cell(r + c.rowspan - 1, j + c.colspan - 1))


def _docx_signature(d: Any, doc: HDoc, usable: float) -> None:
    d.add_paragraph()
    sig = d.add_table(rows=1, cols=2)
    sig.autofit = False
    left, right = sig.cell(0, 0), sig.cell(0, 1)
    left.width, right.width = Mm(usable * 0.55), Mm(usable * 0.45)
    for i, (text, bold, underline) in enumerate(doc.sig.lines):
        para = right.paragraphs[0] if i == 0 else right.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = para.add_run(text)
        run.bold, run.underline = bold, underline


def write_docx(doc: HDoc, path: Path) -> Path:
    d = DocxDocument()
    usable = _docx_setup(d, doc)
    _docx_head(d, doc)
    _docx_table(d, doc, usable)
    _docx_signature(d, doc, usable)
    d.save(str(path))
    return path


# --------------------------------------------------------------------------------------
# xlsx writer (LibreOffice Calc makes the PDF). Calc neither grows rows to fit merged
# cells nor splits rows across pages: rows are sized here and manual breaks placed.

PT_PER_MM = 72 / 25.4
PADDING_PT = 4.0
LINE = 1.22  # line height as a multiple of the font size
THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@dataclass
class _Sheet:
    doc: HDoc
    ws: Any
    grid: Grid
    col_pt: list[float]
    page_pt: float
    row: int = 1  # next free row
    used: float = 0.0  # height used on the current page
    header: float = 0.0  # height of the repeated header rows

    @property
    def st(self) -> Style:
        return self.doc.style

    @property
    def ncols(self) -> int:
        return len(self.col_pt)

    def font(self, content: GCell | None = None, bold: bool = False, size: float = 0.0) -> Font:
        mono = content is not None and content.mono and self.st.num_font
        name = self.st.num_font if mono else self.st.font
        return Font(name=name, size=size or self.st.size, bold=bold)

    def line(self, text: str, cols: tuple[int, int], fnt: Font) -> None:
        """One line of text in cells ``cols`` (first, last) merged, centred."""
        r = self.row
        self.ws.merge_cells(start_row=r, start_column=cols[0], end_row=r, end_column=cols[1])
        xl = self.ws.cell(row=r, column=cols[0], value=text or None)
        xl.font = fnt
        xl.alignment = Alignment(horizontal="center", vertical="center")
        h = float(fnt.size or self.st.size) * 1.35 + 2
        self.ws.row_dimensions[r].height = round(h, 1)
        self.row += 1
        self.used += h

    def cell_height(self, content: GCell, width: float) -> float:
        if not content.text.strip():
            return 0.0
        name = self.st.num_font if content.mono and self.st.num_font else self.st.font
        n = wrapped_lines(content.text, width - PADDING_PT, name, self.st.size, content.bold)
        return n * self.st.size * LINE + PADDING_PT

    def heights(self, start: int, end: int) -> list[float]:
        """Heights of grid rows [start, end): single cells first, then spanning cells."""
        hs = [self.st.size * LINE + PADDING_PT] * (end - start)
        spans = []
        for r in range(start, end):
            for j, c in enumerate(self.grid.rows[r]):
                if c is None:
                    continue
                h = self.cell_height(c, sum(self.col_pt[j : j + c.colspan]))
                if c.rowspan > 1:
                    spans.append((r - start, c.rowspan, h))
                else:
                    hs[r - start] = max(hs[r - start], h)
        for first, n, h in spans:
            missing = max(0.0, h - sum(hs[first : first + n])) / n
            for k in range(first, first + n):
                hs[k] += missing
        return hs

    def page_break_for(self, needed: float) -> None:
        if self.used + needed <= self.page_pt or self.used <= self.header:
            return
        if needed + self.header > self.page_pt:
            raise ValueError(f"{self.doc.name}: a row group of {needed:.0f} pt exceeds the page")
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self.used = self.header if self.st.repeat_header else 0.0

    def put(self, xr: int, j: int, content: GCell, kind: RowKind) -> None:
        xl = self.ws.cell(row=xr, column=j + 1)
        xl.value = content.text
        xl.font = self.font(content, content.bold)
        xl.alignment = Alignment(
            wrap_text=True,
            vertical="center" if kind in ("header", "number") else "top",
            horizontal="center" if content.center else "left",
        )
        links = [u for _, u in content.paras if u]
        if links:  # a HYPERLINK() formula: Calc exports it as a link annotation
            label = content.text.replace('"', '""')
            xl.value = f'=HYPERLINK("{links[0]}","{label}")'
            xl.font = Font(name=self.st.font, size=self.st.size, color="0563C1", underline="single")
        if content.rowspan > 1 or content.colspan > 1:
            self.ws.merge_cells(
                start_row=xr,
                start_column=j + 1,
                end_row=xr + content.rowspan - 1,
                end_column=j + content.colspan,
            )

    def write_rows(self, first: int, hs: list[float]) -> None:
        fill = PatternFill("solid", fgColor=self.st.header_fill) if self.st.header_fill else None
        for k, r in enumerate(range(first, first + len(hs))):
            xr = self.row + k
            kind = self.grid.kinds[r]
            for j, content in enumerate(self.grid.rows[r]):
                xl = self.ws.cell(row=xr, column=j + 1)
                xl.border = BORDER
                if kind == "header" and fill is not None:
                    xl.fill = fill
                if content is not None:
                    self.put(xr, j, content, kind)
            self.ws.row_dimensions[xr].height = round(hs[k], 1)
        self.row += len(hs)
        self.used += sum(hs)

    def head(self) -> None:
        st = self.st
        for text in self.doc.title_lines:
            self.line(text, (1, self.ncols), self.font(bold=True, size=st.size + 3))
        self.line("", (1, self.ncols), self.font())
        for mark, label, value in self.doc.pj_block.rows:
            r = self.row
            if mark:
                self.ws.cell(row=r, column=1, value=mark).alignment = Alignment(horizontal="center")
            self.ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
            self.ws.cell(row=r, column=2, value=label)
            self.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=self.ncols)
            self.ws.cell(row=r, column=4, value=f": {value}")
            for col in (1, 2, 4):
                self.ws.cell(row=r, column=col).font = self.font()
            self.ws.row_dimensions[r].height = round(st.size * 1.35 + 3, 1)
            self.row += 1
            self.used += st.size * 1.35 + 3
        self.line("", (1, self.ncols), self.font())

    def table(self) -> tuple[int, int]:
        """Writes the grid; returns the first and last header rows."""
        n_head = self.grid.n_header
        first = self.row
        hh = self.heights(0, n_head)
        self.write_rows(0, hh)
        self.header = sum(hh)
        groups = list(self.grid.groups)
        for k, (start, end) in enumerate(groups):
            hs = self.heights(start, end)
            needed = sum(hs)
            if self.grid.kinds[start] == "section" and k + 1 < len(groups):
                needed += sum(self.heights(*groups[k + 1]))  # keep a section with its rows
            self.page_break_for(needed)
            self.write_rows(start, hs)
        return first, first + n_head - 1

    def signature(self) -> None:
        n = self.ncols
        cols = (max(2, n - 2), n) if n > 4 else (n - 1, n)
        self.page_break_for((len(self.doc.sig.lines) + 2) * (self.st.size * 1.35 + 2))
        self.line("", (1, n), self.font())
        self.line("", (1, n), self.font())
        for text, bold, underline in self.doc.sig.lines:
            fnt = Font(
                name=self.st.font,
                size=self.st.size,
                bold=bold,
                underline="single" if underline else None,
            )
            self.line(text, cols, fnt)

    def page_setup(self, header_rows: tuple[int, int]) -> None:
        ws, st = self.ws, self.st
        ws.page_setup.orientation = "portrait" if st.portrait else "landscape"
        ws.page_setup.paperSize = {"A4": 9, "F4": 14}[st.page]
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        inch = st.margin_mm / 25.4
        ws.page_margins = PageMargins(
            left=inch, right=inch, top=inch, bottom=inch, header=0, footer=0
        )
        ws.print_options.horizontalCentered = True
        if st.repeat_header:
            ws.print_title_rows = f"{header_rows[0]}:{header_rows[1]}"
        ws.print_area = f"A1:{get_column_letter(self.ncols)}{self.row - 1}"


def write_xlsx(doc: HDoc, path: Path) -> Path:
    st = doc.style
    wb = Workbook()
    ws = wb.active
    ws.title = "RENAKSI"
    # The default font sets Calc's column width unit (Arial 10: 7 px per character), as in
    # the development writer; openpyxl has no public API for it.
    default_font = Font(name="Arial", size=10, family=2)
    wb._fonts = IndexedList([default_font])
    wb._named_styles["Normal"].font = default_font
    wb.properties.created = wb.properties.modified = FIXED_DATE
    wb.properties.creator = wb.properties.lastModifiedBy = ""
    w_mm, h_mm = page_size_mm(st)
    grid = build_grid(doc)
    usable = (w_mm - 2 * st.margin_mm) * PT_PER_MM
    col_pt = [usable * w for w in grid.widths]
    for j, pt in enumerate(col_pt, 1):
        ws.column_dimensions[get_column_letter(j)].width = round((pt / 0.75 - 5) / 7, 2)
    ws.row_breaks = RowBreak()
    sheet = _Sheet(doc, ws, grid, col_pt, (h_mm - 2 * st.margin_mm) * PT_PER_MM * 0.93)
    sheet.head()
    header_rows = sheet.table()
    sheet.signature()
    sheet.page_setup(header_rows)
    wb.save(str(path))
    return path


# --------------------------------------------------------------------------------------
# reportlab writer


@dataclass(frozen=True)
class _RlStyles:
    body: ParagraphStyle
    bold: ParagraphStyle
    bold_center: ParagraphStyle
    center: ParagraphStyle
    head: ParagraphStyle
    mono: ParagraphStyle
    title: ParagraphStyle

    @classmethod
    def of(cls, st: Style) -> _RlStyles:
        regular, bold_face = rl_font(st.font), rl_font(st.font, True)
        for b, i in ((0, 0), (0, 1), (1, 0), (1, 1)):  # <b> in markup picks the bold face
            addMapping(regular, b, i, bold_face if b else regular)
        size = st.size
        body = ParagraphStyle("b", fontName=regular, fontSize=size, leading=size * 1.25)
        bold = ParagraphStyle("bb", parent=body, fontName=bold_face)
        center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
        mono_face = rl_font(st.num_font) if st.num_font else regular
        return cls(
            body=body,
            bold=bold,
            bold_center=ParagraphStyle("bc", parent=bold, alignment=TA_CENTER),
            center=center,
            head=ParagraphStyle("h", parent=bold, alignment=TA_CENTER, fontSize=size - 0.5),
            mono=ParagraphStyle("m", parent=center, fontName=mono_face),
            title=ParagraphStyle(
                "t", parent=bold, fontSize=size + 3, leading=size + 6, alignment=TA_CENTER
            ),
        )

    def pick(self, content: GCell, kind: RowKind) -> ParagraphStyle:
        if content.mono:
            return self.mono
        if kind in ("header", "number"):
            return self.head
        if content.bold:
            return self.bold_center if content.center else self.bold
        return self.center if content.center else self.body


def _rl_paras(content: GCell, kind: RowKind, sty: _RlStyles) -> list[Any]:
    style = sty.pick(content, kind)
    out = []
    for text, url in content.paras:
        markup = escape(text)
        if url is not None:
            markup = f'<link href="{escape(url)}" color="blue"><u>{markup}</u></link>'
        out.append(Paragraph(markup, style))
    return out


RL_PAD = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def _rl_header_cmds(grid: Grid, st: Style) -> list[Any]:
    cmds: list[Any] = []
    for r in range(grid.n_header):
        if grid.kinds[r] == "header" and st.header_fill:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(f"#{st.header_fill}")))
        cmds.append(("VALIGN", (0, r), (-1, r), "MIDDLE"))
        for j, c in enumerate(grid.rows[r]):
            if c is not None and (c.rowspan > 1 or c.colspan > 1):
                cmds.append(("SPAN", (j, r), (j + c.colspan - 1, r + c.rowspan - 1)))
    return cmds


def _rl_nested(cells: list[list[Any]], widths: list[float]) -> Table:
    """The recommendation rows of one finding as a table nested in the finding's row.

    reportlab loses the text of a row-spanning cell when it splits one of the span's later
    rows across a page (as the development writer notes), so a merged HASIL EVALUASI is one
    outer row whose last cell holds the recommendation rows."""
    nested = Table([c[2:] for c in cells], colWidths=widths[2:], splitByRow=0, splitInRow=1)
    nested.setStyle(TableStyle([*RL_PAD, ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    return nested


def _rl_table(doc: HDoc, sty: _RlStyles, width: float) -> LongTable:
    st, grid = doc.style, build_grid(doc)
    widths = [width * w for w in grid.widths]
    cells = [
        [_rl_paras(c, kind, sty) if c is not None else "" for c in row]
        for row, kind in zip(grid.rows, grid.kinds, strict=True)
    ]
    cmds: list[Any] = [*RL_PAD, ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    cmds += [("BOX", (0, 0), (-1, -1), 1.0, colors.black), *_rl_header_cmds(grid, st)]
    data: list[list[Any]] = cells[: grid.n_header]
    for start, end in grid.groups:
        r = len(data)
        first = grid.rows[start][0]
        if grid.kinds[start] == "section":
            data.append(cells[start])
            spanning = first is not None and first.colspan > 1
            cmds.append(("SPAN", (0 if spanning else 1, r), (-1, r)))
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2")))
        elif end - start == 1:
            data.append(cells[start])
        else:
            nested = _rl_nested(cells[start:end], widths)
            data.append([cells[start][0], cells[start][1], nested] + [""] * (len(widths) - 3))
            cmds += [
                ("SPAN", (2, r), (-1, r)),
                ("LINEBEFORE", (3, r), (-1, r), 0.5, colors.black),
                *((side, (2, r), (2, r), 0) for side in ("LEFTPADDING", "RIGHTPADDING")),
                *((side, (2, r), (2, r), 0) for side in ("TOPPADDING", "BOTTOMPADDING")),
            ]
    return LongTable(
        data,
        colWidths=widths,
        repeatRows=grid.n_header if st.repeat_header else 0,
        splitByRow=0,
        splitInRow=1,
        style=TableStyle(cmds),
    )


def _rl_head(doc: HDoc, sty: _RlStyles) -> list[Any]:
    out: list[Any] = [Paragraph(escape(t), sty.title) for t in doc.title_lines]
    out.append(Spacer(1, 4 * mm))
    rows = [
        [mark, Paragraph(escape(label), sty.body), ":", Paragraph(escape(value), sty.body)]
        for mark, label, value in doc.pj_block.rows
    ]
    block = Table(rows, colWidths=[8 * mm, 62 * mm, 4 * mm, 90 * mm], hAlign="LEFT")
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), sty.body.fontName, sty.body.fontSize),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [*out, block, Spacer(1, 4 * mm)]


def _rl_signature(doc: HDoc, sty: _RlStyles, width: float) -> Any:
    rows = []
    for text, bold, underline in doc.sig.lines:
        if not text:
            rows.append([Spacer(1, sty.body.leading)])
            continue
        markup = escape(text)
        markup = f"<u>{markup}</u>" if underline else markup
        markup = f"<b>{markup}</b>" if bold else markup
        rows.append([Paragraph(markup, sty.center)])
    sig = Table(rows, colWidths=[width * 0.4], hAlign="RIGHT")
    sig.setStyle(
        TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    return KeepTogether([Spacer(1, 6 * mm), sig])


def write_reportlab(doc: HDoc, path: Path) -> Path:
    st = doc.style
    w_mm, h_mm = page_size_mm(st)
    margin = st.margin_mm * mm
    pdf = SimpleDocTemplate(
        str(path),
        pagesize=(w_mm * mm, h_mm * mm),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=doc.title_lines[0],
        author="",
        creator="",
        invariant=1,
    )
    sty = _RlStyles.of(st)
    story = _rl_head(doc, sty)
    story.append(_rl_table(doc, sty, pdf.width))
    story.append(_rl_signature(doc, sty, pdf.width))
    pdf.build(story)
    return path


# --------------------------------------------------------------------------------------
# Expected JSON (from the spec; pages from the PDF) and checks of the PDF


def _all_texts(doc: HDoc, grid: Grid) -> list[str]:
    texts = [*doc.title_lines]
    for mark, label, value in doc.pj_block.rows:
        texts += [mark, label, value]
    texts += [t for t, _, _ in doc.sig.lines]
    for row in grid.rows:
        texts += [c.text for c in row if c is not None]
    return texts


def check_words(doc: HDoc, grid: Grid, pdf: PdfText) -> None:
    flat = " ".join(_all_texts(doc, grid))
    urls = URL_RE.findall(flat)
    want = Counter(_tokens(URL_RE.sub(" ", flat)))
    have = Counter(w for page in pdf.pages for line in page for w in _tokens(line))
    missing = want - have
    if missing:
        raise GoldenError(f"{doc.name}: words missing from the PDF: {dict(missing)}")
    words = [w for page in pdf.pages for line in page for w in line.split()]
    lost = [u for u in urls if not _has_url(u, words)]
    if lost:
        raise GoldenError(f"{doc.name}: URLs missing from the PDF: {lost}")


def check_links(doc: HDoc, path: Path) -> None:
    out = subprocess.run(["pdfinfo", "-url", str(path)], capture_output=True, text=True, check=True)
    have = {line.split()[-1] for line in out.stdout.splitlines()[1:] if line.strip()}
    want = (
        {lk.url for f in doc.findings for r in f.recs for lk in r.links if lk.annotated}
        if doc.layout == "monitoring"
        else set()
    )
    if have != want:
        raise GoldenError(f"{doc.name}: link annotations differ: {sorted(have ^ want)}")


def rec_pages(doc: HDoc, pdf: PdfText) -> list[int]:
    """1-based page where each recommendation's REKOMENDASI text starts, in order."""
    cursor = (0, 0)
    pages = []
    for f in doc.findings:
        for no, rec in enumerate(f.recs, 1):
            phrase = numbered(rec_label(doc, f, no), rec.rek)
            at = pdf.find_words(phrase, cursor)
            if at is None:
                raise GoldenError(f"{doc.name}: cannot find {f.kode}{no} {phrase[:50]!r}")
            pages.append(at[0] + 1)
            cursor = (at[0], at[1] + 1)
    return pages


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return set(zip(w, w[1:], w[2:], strict=False))


def split_rows(grid: Grid, pdf: PdfText) -> bool:
    """Whether some body cell's text runs over a page break (its unique trigrams sit on two
    consecutive pages)."""
    occurrences = Counter(
        c.text
        for k, row in zip(grid.kinds, grid.rows, strict=True)
        if k == "body"
        for c in row
        if c
    )
    texts = {t for t, n in occurrences.items() if n == 1}  # a repeated HASIL is ambiguous
    counts: Counter[tuple[str, ...]] = Counter()
    for t in occurrences:
        counts.update(_trigrams(t))
    page_grams = [{g for line in page for g in _trigrams(line)} for page in pdf.pages]
    for t in texts:
        unique = {g for g in _trigrams(t) if counts[g] == 1}
        on = [p for p, grams in enumerate(page_grams) if unique & grams]
        if len(on) > 1 and any(b == a + 1 for a, b in itertools.pairwise(on)):
            return True
    return False


def header_pages(doc: HDoc, pdf: PdfText, last: int) -> int:
    marks = {doc.headers[c].split()[0] for c in ("hasil", "rekomendasi", "rencana_aksi")}
    titles = {collapse(t) for t in doc.title_lines}
    count = 0
    for p in range(last):
        words = {w for line in pdf.pages[p] if line not in titles for w in line.split()}
        count += marks <= words
    return count


def features(doc: HDoc, grid: Grid, pdf: PdfText, pages: list[int]) -> list[str]:
    st = doc.style
    orient = "portrait" if st.portrait else "landscape"
    out = {f"{st.page.lower()}_{orient}"}
    recs = [r for f in doc.findings for r in f.recs] if doc.layout == "monitoring" else []
    table_pages = max(pages)
    n_head = header_pages(doc, pdf, table_pages)
    checks = {
        "multi_rec_cell": st.hasil_mode == "multi",
        "merged_hasil_evaluasi": st.hasil_mode == "merged"
        and any(len(f.recs) > 1 for f in doc.findings),
        "hasil_repeated_per_row": st.hasil_mode == "repeated",
        "two_row_header": st.group is not None,
        "column_number_row": st.number_row is not None,
        "section_row_caps": st.section in ("split_caps", "merged_caps"),
        "section_row_spanning": st.section in ("merged_caps", "merged_title"),
        "no_column_dotted": st.no_fmt.endswith("."),
        "rec_numbered_paren": st.rec_fmt == "{n})",
        "rencana_aksi_unnumbered": not st.ra_numbered,
        "single_rec_unnumbered": st.single_unnumbered
        and any(len(f.recs) == 1 for f in doc.findings),
        "no_header_fill": st.header_fill is None,
        "mono_numbers": st.num_font is not None,
        "link_annotation": any(lk.annotated for r in recs for lk in r.links),
        "url_in_cell": any(lk.url_in_cell for r in recs for lk in r.links),
        "two_links_in_cell": any(len(r.links) > 1 for r in recs),
        "signature_date_line": any("," in t and t[-4:].isdigit() for t, _, _ in doc.sig.lines),
        "signature_an": any(t.startswith("a.n.") for t, _, _ in doc.sig.lines),
        "row_split_across_pages": split_rows(grid, pdf),
        "header_repeated": table_pages > 1 and n_head == table_pages,
        "no_header_repeat": table_pages > 1 and n_head == 1,
    }
    out |= {name for name, on in checks.items() if on}
    font = st.font.lower().replace(" ", "_")
    out.add(f"font_{font}")
    return sorted(out)


def _opt(text: str | None) -> str | None:
    value = collapse(text or "")
    return value or None


def expected(doc: HDoc, pdf: PdfText, pages: list[int]) -> dict[str, Any]:
    total = round(sum(f.scores.nilai or 0.0 for f in doc.findings), 2)
    if any(f.scores.nilai is None for f in doc.findings):
        raise GoldenError(f"{doc.name}: every component states its nilai here")
    if total in (30.0, 50.0, 60.0, 70.0, 80.0, 90.0):
        raise GoldenError(f"{doc.name}: total {total} sits on a predikat boundary")
    sig, pb = doc.sig, doc.pj_block
    document = {
        "page_count": pdf.page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit_kerja,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.tahun,
        "pj_nama": pb.pj_nama,
        "pj_hp": pb.hp.e164,
        "penandatangan_jabatan": sig.jabatan,
        "penandatangan_nama": sig.nama,
        "penandatangan_pangkat": sig.pangkat,
        "penandatangan_golongan": sig.golongan,
        "penandatangan_nip": sig.nip.digits,
        "total_nilai": total,
        "predikat": predikat(total),
    }
    findings = []
    for f in doc.findings:
        s = f.scores
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": f.komponen,
                "finding_no": 1,
                "nilai": s.nilai,
                "persen": s.persen,
                "keberadaan_nilai": s.keberadaan_nilai,
                "keberadaan_persen": s.keberadaan_persen,
                "kualitas_nilai": s.kualitas_nilai,
                "kualitas_persen": s.kualitas_persen,
                "pemanfaatan_nilai": s.pemanfaatan_nilai,
                "pemanfaatan_persen": s.pemanfaatan_persen,
                "hasil_evaluasi": collapse(f.hasil),
            }
        )
    monitoring = doc.layout == "monitoring"
    it = iter(pages)
    recs = []
    for f in doc.findings:
        for no, rec in enumerate(f.recs, 1):
            target = _opt(rec.target) if monitoring else None
            link = rec.links[0] if monitoring and rec.links else None
            link_text = _opt(" ".join(lk.text for lk in rec.links)) if link else None
            recs.append(
                {
                    "komponen_kode": f.kode,
                    "komponen": f.komponen,
                    "finding_no": 1,
                    "rekomendasi_no": no,
                    "rekomendasi": collapse(rec.rek),
                    "rencana_aksi": _opt(rec.ra),
                    "target_data": None if target == "-" else target,
                    "waktu_pelaksanaan": _opt(rec.waktu.text) if monitoring and rec.waktu else None,
                    "waktu_tahun": rec.waktu.tahun if monitoring and rec.waktu else None,
                    "waktu_periode": rec.waktu.periode if monitoring and rec.waktu else None,
                    "penanggung_jawab": _opt(rec.pj) if monitoring else None,
                    "status_progres": _opt(rec.status.text) if monitoring and rec.status else None,
                    "status": rec.status.label if monitoring and rec.status else None,
                    "tautan": link.url if link else None,
                    "tautan_teks": link_text,
                    "page": next(it),
                }
            )
    return {"document": document, "findings": findings, "recommendations": recs}


# --------------------------------------------------------------------------------------
# Run


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(docs: list[HDoc]) -> dict[str, Path]:
    shutil.rmtree(BUILD, ignore_errors=True)
    src, pdf_dir = BUILD / "src", BUILD / "pdf"
    src.mkdir(parents=True)
    pdf_dir.mkdir(parents=True)
    office: list[Path] = []
    pdfs: dict[str, Path] = {}
    for doc in docs:
        p = doc.style.producer
        if p == "docx":
            office.append(write_docx(doc, src / f"{doc.name}.docx"))
        elif p == "xlsx":
            office.append(write_xlsx(doc, src / f"{doc.name}.xlsx"))
        else:
            pdfs[doc.name] = write_reportlab(doc, pdf_dir / f"{doc.name}.pdf")
    for pdf in soffice_to_pdf(office, pdf_dir, LO_PROFILE):
        fix_pdf_metadata(pdf)
        pdfs[pdf.stem] = pdf
    return pdfs


def readme(docs: list[HDoc]) -> str:
    out = [
        "# samples/holdout/",
        "",
        "Held-out Rencana Aksi PDFs for acceptance testing: made by",
        "`python -m samples.generate.holdout`, never used to tune the pipeline. Same",
        "expected-JSON format as samples/expected/ (see samples/README.md); `manifest.json`",
        'has the same fields as samples/manifest.json with `"kind": "holdout"`, its paths',
        "relative to this folder.",
        "",
        "Conventions of the expected values:",
        "- two links in one LINK cell: `tautan` is the first link's URL, `tautan_teks` the",
        "  whole visible cell text (both labels or URLs, space-joined);",
        "- HASIL EVALUASI repeated on every row: one finding, `hasil_evaluasi` the text once;",
        "- numbering (`1.`, `1)`) is removed from rekomendasi / rencana_aksi; a lone",
        "  unnumbered recommendation has `rekomendasi_no` 1;",
        "- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, without the",
        "  trailing comma and without the `a.n. ...` lines above it; `pj_hp` is the mobile",
        "  number only;",
        "- `kabupaten` drops `Kabupaten`/`Kota` (`Banjarbaru`); `unit_kerja` drops a",
        "  parenthesised acronym.",
        "",
    ]
    for doc in docs:
        out.append(f"## {doc.name}")
        out += [f"- {v}" for v in doc.variations]
        out += [f"- note: {n}" for n in doc.notes]
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    docs = catalog()
    names = [d.name for d in docs]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate names")
    pdfs = render(docs)
    born, exp = OUT / "born_digital", OUT / "expected"
    shutil.rmtree(born, ignore_errors=True)
    shutil.rmtree(exp, ignore_errors=True)
    born.mkdir(parents=True)
    exp.mkdir(parents=True)
    manifest = []
    for doc in docs:
        pdf_path = pdfs[doc.name]
        pdf = read_pdf(pdf_path)
        grid = build_grid(doc)
        check_words(doc, grid, pdf)
        check_links(doc, pdf_path)
        pages = rec_pages(doc, pdf)
        data = expected(doc, pdf, pages)
        feats = features(doc, grid, pdf, pages)
        shutil.copyfile(pdf_path, born / f"{doc.name}.pdf")
        (exp / f"{doc.name}.json").write_text(_dump(data), encoding="utf-8")
        manifest.append(
            {
                "pdf": f"born_digital/{doc.name}.pdf",
                "expected": f"expected/{doc.name}.json",
                "kind": "holdout",
                "producer": PRODUCER_NAMES[doc.style.producer],
                "features": feats,
            }
        )
        print(f"{doc.name:<36} {pdf.page_count}p  {', '.join(feats)}")
    (OUT / "manifest.json").write_text(_dump(manifest), encoding="utf-8")
    (OUT / "README.md").write_text(readme(docs), encoding="utf-8")
    size = sum(p.stat().st_size for p in OUT.rglob("*") if p.is_file())
    print(f"{len(docs)} documents, {size / 1e6:.2f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
