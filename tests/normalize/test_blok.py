"""Title, header block and signature block, read from text lines around the table."""

from __future__ import annotations

import pytest

from extract.layout import Box, Cell, DocumentLayout, PageLayout, Table, TextLine
from normalize.blok import read_blok


def _layout(above: list[str], below: list[str], *, x0: float = 500.0) -> DocumentLayout:
    """A one-page layout: lines above a table, then lines below it (signature column)."""
    edges = (30.0, 100.0, 300.0, 550.0, 800.0)
    header = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI")
    table = Table(
        page=1,
        box=Box(30, 200, 800, 300),
        n_rows=1,
        n_cols=4,
        col_edges=edges,
        cells=tuple(
            Cell(0, i, 1, 1, Box(edges[i], 200, edges[i + 1], 300), (text,))
            for i, text in enumerate(header)
        ),
    )
    lines = [TextLine(t, Box(30, 20 + 12 * i, 400, 30 + 12 * i)) for i, t in enumerate(above)]
    lines += [
        TextLine(t, Box(x0, 320 + 14 * i, x0 + 150, 330 + 14 * i)) for i, t in enumerate(below)
    ]
    page = PageLayout(1, 842, 595, (table,), tuple(lines))
    return DocumentLayout((page,))


SEED_TITLE = [
    "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
    "KECAMATAN PARINGIN",
    "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN",
    "1 Nama Penanggung Jawab Data : HUDI DARMAWAN, M.I.P",
    "SAKIP/Unit Kerja",
    "2 Nomor HP Penanggungjawab Data SAKIP : +62 811 - 409 - 172",
]
SEED_SIGNATURE = [
    "CAMAT PARINGIN",
    "HUDI DARMAWAN, M.I.P",
    "Pembina Tk. I (IV/b)",
    "NIP.19860421 200412 1 001",
]


def test_seed_blocks() -> None:
    blok = read_blok(_layout(SEED_TITLE, SEED_SIGNATURE))
    assert (blok.tahun_evaluasi, blok.unit_kerja, blok.kabupaten) == (
        2023,
        "Kecamatan Paringin",
        "Balangan",
    )
    assert (blok.pj_nama, blok.pj_hp) == ("HUDI DARMAWAN, M.I.P", "+62811409172")
    assert blok.penandatangan_jabatan == "CAMAT PARINGIN"
    assert blok.penandatangan_nama == "HUDI DARMAWAN, M.I.P"
    assert (blok.penandatangan_pangkat, blok.penandatangan_golongan) == ("Pembina Tk. I", "IV/b")
    assert blok.penandatangan_nip == "198604212004121001"


@pytest.mark.parametrize(
    ("title", "unit", "kabupaten"),
    [
        (
            ["RENCANA AKSI SAKIP TAHUN 2024", "KEC. HALONG", "KABUPATEN BALANGAN"],
            "Kecamatan Halong",
            "Balangan",
        ),
        (
            ["RENCANA AKSI SAKIP TAHUN 2024", "DINAS KESEHATAN KABUPATEN TABALONG"],
            "Dinas Kesehatan",
            "Tabalong",
        ),
        (
            [
                "RENCANA TINDAK LANJUT AKIP TAHUN 2024",
                "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA (BKPSDM)",
                "KABUPATEN TABALONG",
            ],
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Tabalong",
        ),
        (
            ["RENCANA AKSI SAKIP TAHUN 2024", "KECAMATAN LANDASAN ULIN KOTA BANJARBARU"],
            "Kecamatan Landasan Ulin",
            "Banjarbaru",
        ),
        (
            # an acronym prefix is part of the name as printed (held-out document 304)
            ["RENCANA AKSI TAHUN 2025", "UPTD PUSKESMAS MARTAPURA 1", "KABUPATEN BANJAR"],
            "UPTD Puskesmas Martapura 1",
            "Banjar",
        ),
        (
            # the government's line above the title (held-out document 504)
            [
                "PEMERINTAH KABUPATEN BANYUMAS",
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "DINAS KOPERASI DAN USAHA MIKRO",
            ],
            "Dinas Koperasi dan Usaha Mikro",
            "Banyumas",
        ),
        (
            # the header block below, its colons lost on a scan (504's scan)
            [
                "PEMERINTAH KABUPATEN BANYUMAS",
                "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
                "DINAS KOPERASI DAN USAHA MIKRO",
                "1 Nama Penanggung Jawab Data SAKIP AGUS PRASETYO NUGROHO, S.E.",
                "2 Nomor HP Penanggung Jawab +62-812-2661-0934",
            ],
            "Dinas Koperasi dan Usaha Mikro",
            "Banyumas",
        ),
    ],
)
def test_unit_and_kabupaten(title: list[str], unit: str, kabupaten: str) -> None:
    blok = read_blok(_layout(title, []))
    assert (blok.unit_kerja, blok.kabupaten) == (unit, kabupaten)


@pytest.mark.parametrize(
    ("lines", "nama", "hp"),
    [
        (
            [
                "Penanggung Jawab Data SAKIP : NOOR LAILA SARI, S.KM",
                "No. HP / WA : +62 852 5190 3377",
            ],
            "NOOR LAILA SARI, S.KM",
            "+6285251903377",
        ),
        (
            [
                "a. Nama Penanggung Jawab Data SAKIP : DEWI RATNASARI, S.T.",
                "b. Nomor HP : 0812-5067-4411 (WA)",
            ],
            "DEWI RATNASARI, S.T.",
            "+6281250674411",
        ),
        (
            ["1 Nama PJ Data SAKIP : RIZA FAHLEVI, S.Kom", "2 No. Handphone : +6285651227890"],
            "RIZA FAHLEVI, S.Kom",
            "+6285651227890",
        ),
        # the HP line names the penanggung jawab too: it is not the name
        (
            [
                "2 Nomor HP Penanggung Jawab : 62 853 4912 6650",
                "1 Nama Penanggung Jawab Data SAKIP : MUHAMMAD FAJRIANNOR, S.T.",
            ],
            "MUHAMMAD FAJRIANNOR, S.T.",
            "+6285349126650",
        ),
        # "Kontak (HP/WA)" as the HP's label (held-out document 205)
        (
            [
                "Penanggung Jawab Data : YULIANA SAFITRI, S.IP",
                "Kontak (HP/WA) : 0813-4890-2211 / 0813-5002-1144",
            ],
            "YULIANA SAFITRI, S.IP",
            "+6281348902211",
        ),
        # the HP's label without "Nomor": "Telepon Seluler", "HP" (held-out 405, 406)
        (
            [
                "1 Penanggung Jawab Data : ANDREAS TUMBAL, S.T., M.T.",
                "2 Telepon Seluler : 0852-5218-6643",
            ],
            "ANDREAS TUMBAL, S.T., M.T.",
            "+6285252186643",
        ),
        (
            [
                "1 Nama PJ Data SAKIP : FERDINAND LUMBAN GAOL, S.Pd., M.Pd.",
                "2 HP : 62-813-4700-5562",
            ],
            "FERDINAND LUMBAN GAOL, S.Pd., M.Pd.",
            "+6281347005562",
        ),
        # OCR dropped the colons (each stood in a column of its own)
        (
            [
                "1 Nama Penanggung Jawab Data SAKIP/Unit Kerja NOR HIDAYAH, S.KM",
                "2 Nomor HP Penanggungjawab Data SAKIP 62 812 2743 4844",
            ],
            "NOR HIDAYAH, S.KM",
            "+6281227434844",
        ),
        # ... and the name sits a little lower than its label: the next row
        (
            [
                "a Nama Penanggung Jawab Data SAKIP",
                "DEWI RATNASARI, S.T.",
                "b Nomor HP 0812-5067-4411",
            ],
            "DEWI RATNASARI, S.T.",
            "+6281250674411",
        ),
        # the HP label wraps: its second line carries the colon and the number (503)
        (
            [
                "1 Nama Penanggung Jawab Data SAKIP : FERDIANSYAH PUTRA, S.Kom",
                "No. HP Penanggung Jawab Data",
                "2 SAKIP : +62 812-6677-3015",
            ],
            "FERDIANSYAH PUTRA, S.Kom",
            "+6281266773015",
        ),
        # ... and on a scan its colon lost
        (
            [
                "1 Nama Penanggung Jawab Data SAKIP: FERDIANSYAH PUTRA, S.Kom",
                "No. HP Penanggung Jawab Data",
                "2 SAKIP +62 812-6677-3015",
            ],
            "FERDIANSYAH PUTRA, S.Kom",
            "+6281266773015",
        ),
    ],
)
def test_header_block_wordings(lines: list[str], nama: str, hp: str) -> None:
    blok = read_blok(_layout(["RENCANA AKSI SAKIP TAHUN 2024", "DINAS X", *lines], []))
    assert (blok.pj_nama, blok.pj_hp) == (nama, hp)


@pytest.mark.parametrize(
    ("signature", "jabatan"),
    [
        (
            [
                "Tanjung, 12 Februari 2024",
                "a.n. KEPALA DINAS KESEHATAN",
                "KABUPATEN TABALONG",
                "SEKRETARIS,",
                "H. MUHAMMAD RIDWAN, S.KM., M.Kes",
                "Pembina Tk. I - IV/b",
                "NIP. 19760814 200003 1 002",
            ],
            "SEKRETARIS",
        ),
        (
            [
                "KEPALA DINAS PEKERJAAN UMUM DAN",
                "PENATAAN RUANG,",
                "H. ABDUL WAHAB, S.T., M.T.",
                "Pembina Tk.I, IV/b",
                "NIP. 19740217 199911 1 001",
            ],
            "KEPALA DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
        ),
        (
            [
                "Banjarbaru, 3 Maret 2025",
                "Kepala Dinas Lingkungan Hidup,",
                "Ir. H. SYAHRIAL ANWAR, M.T.",
                "Pembina Utama Muda / IV.c",
                "NIP. 19701123 199812 1 001",
            ],
            "Kepala Dinas Lingkungan Hidup",
        ),
    ],
)
def test_signature_jabatan(signature: list[str], jabatan: str) -> None:
    assert read_blok(_layout(SEED_TITLE, signature)).penandatangan_jabatan == jabatan


def test_a_letterhead_above_the_title_is_no_title_and_no_hp() -> None:
    # kop surat: government, unit, address and telephone above a double rule (601)
    lines = [
        "PEMERINTAH KABUPATEN MALANG",
        "KECAMATAN KEPANJEN",
        "Jalan Raya Kepanjen Nomor 45 Kepanjen, Kabupaten Malang, Jawa Timur 65163",
        "Telepon (0341) 395217 Laman kepanjen.malangkab.go.id",
        "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2024",
        "KECAMATAN KEPANJEN",
        "KABUPATEN MALANG",
        "1 Nama Penanggung Jawab Data SAKIP/Unit Kerja RATNA DEWI ANGGRAINI, S.Sos.",
        "2 Nomor HP Penanggung Jawab Data SAKIP 0852 3311 4470 (WA)",
    ]
    blok = read_blok(_layout(lines, []))
    assert (blok.tahun_evaluasi, blok.unit_kerja, blok.kabupaten) == (
        2024,
        "Kecamatan Kepanjen",
        "Malang",
    )
    assert (blok.pj_nama, blok.pj_hp) == ("RATNA DEWI ANGGRAINI, S.Sos.", "+6285233114470")


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        # a kelurahan's kecamatan after its name (held-out 706)
        (
            ["RENCANA AKSI SAKIP TAHUN 2025", "KELURAHAN BESUSU BARAT KECAMATAN PALU TIMUR"],
            "Kelurahan Besusu Barat",
        ),
        # an acronym with a digit (held-out 708)
        (
            [
                "RENCANA AKSI SAKIP TAHUN 2024",
                "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK (DP3A)",
                "KABUPATEN MINAHASA UTARA",
            ],
            "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        ),
    ],
)
def test_unit_names_end_where_their_place_begins(title: list[str], unit: str) -> None:
    assert read_blok(_layout(title, [])).unit_kerja == unit


def test_a_wrapped_name_label_gives_the_value_after_its_colon() -> None:
    # "Nama Penanggung Jawab Data" / "1 SAKIP/Unit Kerja : MARIA ..." (held-out 707)
    lines = [
        "RENCANA AKSI SAKIP TAHUN 2022",
        "BAGIAN ORGANISASI SEKRETARIAT DAERAH",
        "Nama Penanggung Jawab Data",
        "1 SAKIP/Unit Kerja : MARIA GORETTI BAUN, S.H.",
        "Nomor HP Penanggung Jawab Data",
        "2 SAKIP : 0821-4577-0312",
    ]
    blok = read_blok(_layout(lines, []))
    assert (blok.pj_nama, blok.pj_hp) == ("MARIA GORETTI BAUN, S.H.", "+6282145770312")


def test_a_distrik_is_a_unit() -> None:
    # Papua's kecamatan are distrik (606)
    lines = [
        "PEMERINTAH KABUPATEN JAYAPURA",
        "DISTRIK SENTANI",
        "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
        "DISTRIK SENTANI KABUPATEN JAYAPURA",
    ]
    blok = read_blok(_layout(lines, []))
    assert (blok.unit_kerja, blok.kabupaten) == ("Distrik Sentani", "Jayapura")


def test_a_date_line_read_with_a_colon_is_no_jabatan() -> None:
    signature = [
        "Kotabaru, 21:Februari 2023",
        "CAMAT PULAU LAUT UTARA",
        "H. MUHAMMAD ARIF, S.Sos",
        "Pembina, IV/a",
        "NIP. 19700101 199003 1 001",
    ]
    assert read_blok(_layout(SEED_TITLE, signature)).penandatangan_jabatan == (
        "CAMAT PULAU LAUT UTARA"
    )


def test_a_speck_read_as_a_dash_is_no_signer_line() -> None:
    # a scan's speck between the pangkat and NIP lines came back from OCR as "-"
    signature = [
        "CAMAT TENGGARONG SEBERANG",
        "MUHAMMAD ARSYAD, S.Sos., M.AP",
        "Penata Tk. I, III/d",
        "-",
        "NIP.19830927 200604 1 003",
    ]
    blok = read_blok(_layout(SEED_TITLE, signature))
    assert blok.penandatangan_nama == "MUHAMMAD ARSYAD, S.Sos., M.AP"
    assert blok.penandatangan_jabatan == "CAMAT TENGGARONG SEBERANG"
    assert (blok.penandatangan_pangkat, blok.penandatangan_golongan) == ("Penata Tk. I", "III/d")


def test_a_header_block_printed_beside_the_signature_at_the_end() -> None:
    # held-out 808: no header block above the table; the PJ lines stand left of the
    # signature, at the same heights as the date and the jabatan
    title = ["RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2022", "DINAS PERIKANAN"]
    layout = _layout(title, [])
    below = [
        TextLine("Penanggung Jawab Data SAKIP : FREDRIK LOLOWANG, S.Pi.", Box(50, 320, 354, 330)),
        TextLine("Tobelo, 3 Maret 2023", Box(385, 320, 491, 331)),
        TextLine("No. HP", Box(50, 335, 83, 345)),
        TextLine(": 0821 8834 0071", Box(208, 335, 287, 345)),
        TextLine("KEPALA DINAS PERIKANAN,", Box(356, 335, 520, 346)),
        TextLine("Ir. JOHANIS TUMEWU, M.Si.", Box(358, 390, 518, 401)),
        TextLine("Pembina (IV/a)", Box(398, 405, 478, 416)),
        TextLine("NIP. 19721219 199901 1 001", Box(369, 420, 507, 431)),
    ]
    page = layout.pages[0]
    layout = DocumentLayout((PageLayout(1, 842, 595, page.tables, (*page.text_lines, *below)),))
    blok = read_blok(layout)
    assert (blok.pj_nama, blok.pj_hp) == ("FREDRIK LOLOWANG, S.Pi.", "+6282188340071")
    assert blok.penandatangan_jabatan == "KEPALA DINAS PERIKANAN"
    assert blok.penandatangan_nama == "Ir. JOHANIS TUMEWU, M.Si."


def test_a_header_block_named_by_nama_and_a_title_with_the_year_last() -> None:
    # held-out 903: "Nama : X" / "Jabatan : ..." / "No. HP : ..."; held-out 902: the year
    # alone on the title's last line
    title = [
        "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP",
        "KECAMATAN KEWAPANTE KABUPATEN SIKKA",
        "TAHUN 2023",
        "Nama : IKA NURHAYATI, S.Kom.",
        "Jabatan : Kasubag Program dan Pelaporan",
        "No. Telepon Genggam : 0812 1888 4055",
    ]
    blok = read_blok(_layout(title, SEED_SIGNATURE))
    assert (blok.unit_kerja, blok.kabupaten, blok.tahun_evaluasi) == (
        "Kecamatan Kewapante",
        "Sikka",
        2023,
    )
    assert (blok.pj_nama, blok.pj_hp) == ("IKA NURHAYATI, S.Kom.", "+6281218884055")


@pytest.mark.parametrize(
    ("nama", "pangkat", "nip"),
    [
        # held-out 904: "Nama : X", "Pangkat/Gol. : ...", "NIP : ..." (label and value apart)
        (
            ": ROBERTUS GEBZE, S.Sos., M.Si.",
            "Pangkat/Gol. : Pembina Tk. I / IV/b",
            ": 19740930 200001 1 003",
        ),
        # its scan: OCR dropped the colons
        (
            "ROBERTUS GEBZE, S.Sos., M.Si.",
            "Pangkat/Gol. Pembina Tk. I / IV/b",
            "19740930 200001 1 003",
        ),
    ],
)
def test_a_signature_written_as_labelled_lines(nama: str, pangkat: str, nip: str) -> None:
    layout = _layout(SEED_TITLE, [])
    x = 529.0
    below = [
        TextLine("KEPALA BADAN PENGELOLA PERBATASAN DAERAH", Box(x, 320, 720, 330)),
        TextLine("Nama", Box(x, 380, 551, 390)),
        TextLine(nama, Box(581, 380, 720, 390)),
        TextLine(pangkat, Box(x, 392, 660, 402)),
        TextLine("NIP", Box(x, 404, 541, 414)),
        TextLine(nip, Box(581, 404, 680, 414)),
    ]
    page = layout.pages[0]
    blok = read_blok(
        DocumentLayout((PageLayout(1, 842, 595, page.tables, (*page.text_lines, *below)),))
    )
    assert blok.penandatangan_nama == "ROBERTUS GEBZE, S.Sos., M.Si."
    assert blok.penandatangan_nip == "197409302000011003"
    assert (blok.penandatangan_pangkat, blok.penandatangan_golongan) == ("Pembina Tk. I", "IV/b")
    assert blok.penandatangan_jabatan == "KEPALA BADAN PENGELOLA PERBATASAN DAERAH"


def test_the_signer_beside_a_preparer_whose_block_stands_lower() -> None:
    # held-out 902: "Disusun oleh: / Penanggung Jawab Data SAKIP" on the left, a line
    # lower than the camat's block on the right
    layout = _layout(SEED_TITLE, [])
    left = [
        ("Disusun oleh:", 184),
        ("Penanggung Jawab Data SAKIP,", 197),
        ("MARIA GORETTI NONG, S.E.", 251),
        ("Penata Muda Tk. I (III/b)", 264),
        ("NIP. 19861203 201003 2 003", 277),
    ]
    right = [
        ("CAMAT KEWAPANTE,", 184),
        ("FRANSISKUS XAVERIUS PARERA, S.Sos.", 237),
        ("Penata Tk. I (III/d)", 251),
        ("NIP. 19780211 200304 1 001", 264),
    ]
    below = [TextLine(t, Box(75, 300 + y, 225, 310 + y)) for t, y in left]
    below += [TextLine(t, Box(350, 300 + y, 500, 310 + y)) for t, y in right]
    page = layout.pages[0]
    blok = read_blok(
        DocumentLayout((PageLayout(1, 842, 595, page.tables, (*page.text_lines, *below)),))
    )
    assert blok.penandatangan_nip == "197802112003041001"
    assert blok.penandatangan_nama == "FRANSISKUS XAVERIUS PARERA, S.Sos."
    assert blok.penandatangan_jabatan == "CAMAT KEWAPANTE"


# held-out 1001, 1004, 1003 and 1103 (first contact): PJ labels, a PJ and HP in one
# sentence, a kabupaten line followed by more title
@pytest.mark.parametrize(
    ("title", "kabupaten", "nama", "hp"),
    [
        (
            [
                "DINAS PERHUBUNGAN KABUPATEN MUARO JAMBI",
                "Admin e-SAKIP : RIKA PERMATASARI, S.Kom",
                "No. Kontak : 0812 7455 1020",
            ],
            "Muaro Jambi",
            "RIKA PERMATASARI, S.Kom",
            "+6281274551020",
        ),
        (
            [
                "SATUAN POLISI PAMONG PRAJA",
                "KABUPATEN PIDIE",
                "Pengelola Data SAKIP : CUT NURUL AINI, S.E.",
                "No. Handphone : 0852-6012-3344",
            ],
            "Pidie",
            "CUT NURUL AINI, S.E.",
            "+6285260123344",
        ),
        (
            [
                "DINAS LINGKUNGAN HIDUP",
                "KABUPATEN TANAH DATAR TAHUN 2022",
                "Penanggung jawab data SAKIP: ELFI SUSANTI, S.T. (HP 0813 7412 5566)",
            ],
            "Tanah Datar",
            "ELFI SUSANTI, S.T.",
            "+6281374125566",
        ),
        (
            [
                "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN POSO",
                "Posisi s.d. 31 Maret 2025",
                "Penanggung Jawab Data SAKIP : MOH. FAJRIN LAWADJO, S.T.",
                "No. HP : 0852 4103 7788",
            ],
            "Poso",
            "MOH. FAJRIN LAWADJO, S.T.",
            "+6285241037788",
        ),
    ],
)
def test_new_header_block_labels(title: list[str], kabupaten: str, nama: str, hp: str) -> None:
    blok = read_blok(_layout(["RENCANA AKSI TINDAK LANJUT TAHUN 2023", *title], []))
    assert (blok.kabupaten, blok.pj_nama, blok.pj_hp) == (kabupaten, nama, hp)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        (
            [
                "SATUAN POLISI PAMONG PRAJA DAN WILAYATUL HISBAH (SATPOL PP DAN WH)",
                "KABUPATEN PIDIE",
            ],
            "Satuan Polisi Pamong Praja dan Wilayatul Hisbah",
        ),
        (
            [
                "PEMERINTAH KABUPATEN JAYAWIJAYA",
                "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI",
                "DAERAH (BAPPERIDA)",
                "RENCANA AKSI TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2025",
            ],
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        ),
        (["KAPANEWON WONOSARI KABUPATEN GUNUNGKIDUL"], "Kapanewon Wonosari"),
        (
            ["RUMAH SAKIT UMUM DAERAH Dr. DJASAMEN SARAGIH", "KOTA PEMATANGSIANTAR"],
            "Rumah Sakit Umum Daerah dr. Djasamen Saragih",
        ),
    ],
)
def test_new_unit_names(title: list[str], unit: str) -> None:
    blok = read_blok(_layout(["RENCANA AKSI SAKIP TAHUN 2024", *title], []))
    assert blok.unit_kerja == unit


@pytest.mark.parametrize(
    ("signature", "jabatan", "nama", "pangkat", "golongan"),
    [
        (  # held-out 1001: the Hijri date beside the Gregorian
            [
                "Sigli, 14 Rajab 1445 H / 26 Januari 2024 M",
                "KEPALA SATUAN POLISI PAMONG PRAJA",
                "MUHAMMAD RIZAL, S.STP., M.Si",
                "Pembina Tk. I (IV/b)",
                "NIP. 19800915 200212 1 002",
            ],
            "KEPALA SATUAN POLISI PAMONG PRAJA",
            "MUHAMMAD RIZAL, S.STP., M.Si",
            "Pembina Tk. I",
            "IV/b",
        ),
        (  # held-out 1101: "Ditetapkan di" / "Pada tanggal"
            [
                "Ditetapkan di : Tabanan",
                "Pada tanggal : 17 Februari 2025",
                "SEKRETARIS DPRD KABUPATEN TABANAN",
                "I GUSTI NGURAH SUPARTA, S.H.",
                "Pembina Utama Muda (IV/c)",
                "NIP. 19700315 199503 1 004",
            ],
            "SEKRETARIS DPRD KABUPATEN TABANAN",
            "I GUSTI NGURAH SUPARTA, S.H.",
            "Pembina Utama Muda",
            "IV/c",
        ),
        (  # held-out 1004: pangkat and golongan on two lines
            [
                "Sengeti, 11 Maret 2024",
                "KEPALA DINAS PERHUBUNGAN",
                "Drs. SAIFUL ANWAR, M.M.",
                "Pembina Utama Muda",
                "Golongan IV/c",
                "NIP. 19700423 199603 1 003",
            ],
            "KEPALA DINAS PERHUBUNGAN",
            "Drs. SAIFUL ANWAR, M.M.",
            "Pembina Utama Muda",
            "IV/c",
        ),
    ],
)
def test_new_signature_layouts(
    signature: list[str], jabatan: str, nama: str, pangkat: str, golongan: str
) -> None:
    blok = read_blok(_layout(SEED_TITLE, signature))
    assert (
        blok.penandatangan_jabatan,
        blok.penandatangan_nama,
        blok.penandatangan_pangkat,
        blok.penandatangan_golongan,
    ) == (jabatan, nama, pangkat, golongan)


def test_a_status_legend_under_the_table_is_read() -> None:
    legend = "Keterangan status: S = Selesai; P = Dalam proses; B = Belum ditindaklanjuti"
    blok = read_blok(_layout(SEED_TITLE, [legend, *SEED_SIGNATURE]))
    assert blok.legenda_status == {
        "S": "Selesai",
        "P": "Dalam proses",
        "B": "Belum ditindaklanjuti",
    }
    assert read_blok(_layout(SEED_TITLE, SEED_SIGNATURE)).legenda_status == {}
