"""Text repair: whitespace, wrapped lines, numbered items, unit and regency names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.teks import (
    collapse_ws,
    join_lines,
    kabupaten_name,
    split_items,
    strip_item_number,
    title_case_unit,
)

URL = "https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Kasubbag   Perencanaan\tdan\nKeuangan ", "Kasubbag Perencanaan dan Keuangan"),
        ("Semester\u00a0IV", "Semester IV"),
        ("Crosscut\u00adting\u200b", "Crosscutting"),
        ("", ""),
        (" \n\t ", ""),
    ],
)
def test_collapse_ws(text: str, expected: str) -> None:
    assert collapse_ws(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Kasubbag Perencanaan dan", "Keuangan"],
            "Kasubbag Perencanaan dan Keuangan",
        ),
        # reduplication split at the hyphen keeps the hyphen
        (
            ["realisasi Kinerja tahun-", "tahun sebelumnya"],
            "realisasi Kinerja tahun-tahun sebelumnya",
        ),
        (["(Tujuan/", "Sasaran yang"], "(Tujuan/Sasaran yang"),
        # a free-standing dash is a dash, not a hyphen
        (["target -", "realisasi"], "target - realisasi"),
        (["2021 -", "2026"], "2021 - 2026"),
        # a URL broken over lines
        (
            [
                "https://drive.google.com/file/d/1Xc-wn3rU7dFA_",
                "tu623jbcjuibvnbW8GH/view?usp=sharing",
            ],
            URL,
        ),
        (
            [
                "https://drive.google.com/file/d/1Xc-",
                "wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing",
            ],
            URL,
        ),
        (["https://", "drive.google.com/file"], "https://drive.google.com/file"),
        (
            ["Lihat https://inspektorat.balangankab.go.id", "dan dokumen"],
            ("Lihat https://inspektorat.balangankab.go.id dan dokumen"),
        ),
        # blank and padded lines
        (["", "  Membuat diagram  ", "", "Crosscutting "], "Membuat diagram Crosscutting"),
        ([], ""),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


REKOMENDASI_A = (
    "1. Agar Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi kinerja "
    "yang akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan sebagainya) "
    "2. Agar Membuat diagram Crosscutting"
)
REKOMENDASI_C = (
    "1. Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun evaluasi "
    "dan tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode RPJMD/ Renstra pada "
    "Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP). 2. Agar kedepannya Dokumen LKjIP "
    "(Laporan Kinerja Instansi Pemerintahan) Memberikan informasi mengenai perbandingan "
    "realisasi capaian kinerja SKPD dengan data realisasi capaian antar Kabupaten/Kota dalam "
    "1 (satu) Provinsi. 3. Agar Menambahkan informasi mengenai upaya dan besaran efisiensi "
    "sumber daya seperti besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi "
    "Anggaran)/(Target Anggaran) x 100%) pada Dokumen LKjIP."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            REKOMENDASI_A,
            [
                (
                    1,
                    "Agar Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan "
                    "kondisi kinerja yang akan dicapai seperti meningkatnya, terciptanya, "
                    "terwujudnya, dan sebagainya)",
                ),
                (2, "Agar Membuat diagram Crosscutting"),
            ],
        ),
        (
            REKOMENDASI_C,
            [
                (
                    1,
                    "Memuat informasi perbandingan target dan realisasi atas capaian kinerja "
                    "tahun evaluasi dan tahun-tahun sebelumnya (n-2) dan seterusnya selama "
                    "1 periode RPJMD/ Renstra pada Dokumen Laporan Kinerja Internal "
                    "Pemerintahan (LKjIP).",
                ),
                (
                    2,
                    "Agar kedepannya Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) "
                    "Memberikan informasi mengenai perbandingan realisasi capaian kinerja SKPD "
                    "dengan data realisasi capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi.",
                ),
                (
                    3,
                    "Agar Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya "
                    "seperti besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi "
                    "Anggaran)/(Target Anggaran) x 100%) pada Dokumen LKjIP.",
                ),
            ],
        ),
        # a cell continued on the next page starts at its own number
        (
            "3. Agar Menambahkan informasi mengenai langkah perbaikan",
            [(3, "Agar Menambahkan informasi mengenai langkah perbaikan")],
        ),
        (
            "1. Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.",
            [(1, "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.")],
        ),
        (
            "1. Agar menyusun laporan Tahun 2024. 2. Agar membuat jadwal",
            [(1, "Agar menyusun laporan Tahun 2024."), (2, "Agar membuat jadwal")],
        ),
        ("1) Agar x 2) Agar y", [(1, "Agar x"), (2, "Agar y")]),
        ("1.Agar x 2.Agar y", [(1, "Agar x"), (2, "Agar y")]),
        ('1. "Agar" x 2. (Draft) y', [(1, '"Agar" x'), (2, "(Draft) y")]),
        # only the expected next number splits
        ("1. Agar x 3. Agar y", [(1, "Agar x 3. Agar y")]),
        ("1. Agar x 1. Agar y 2. Agar z", [(1, "Agar x 1. Agar y"), (2, "Agar z")]),
        ("1. Rp 1.000.000 2. Agar", [(1, "Rp 1.000.000"), (2, "Agar")]),
        # no leading number: one item
        ("Membuat diagram Crosscutting", [(None, "Membuat diagram Crosscutting")]),
        ("Agar membuat 2. laporan", [(None, "Agar membuat 2. laporan")]),
        # a cell lettered instead of numbered (held-out document 304): a. b. are items 1, 2
        ("a. Agar menetapkan b. Agar melakukan", [(1, "Agar menetapkan"), (2, "Agar melakukan")]),
        ("c. Lanjutan d) Berikut", [(3, "Lanjutan"), (4, "Berikut")]),
        # letters inside a numbered item are its own sub-list, and "s.d." is no letter item
        ("1. Agar x: a. satu; b. dua 2. Perlu", [(1, "Agar x: a. satu; b. dua"), (2, "Perlu")]),
        ("s.d. Desember 2025", [(None, "s.d. Desember 2025")]),
        ("2024. Laporan", [(None, "2024. Laporan")]),
        ("1 (satu) Provinsi", [(None, "1 (satu) Provinsi")]),
        # bracketed numbers (held-out document 503), split only in the first item's style
        ("(1) Agar x (2) Agar y", [(1, "Agar x"), (2, "Agar y")]),
        ("1. Agar memuat (1) Renstra (2) Renja", [(1, "Agar memuat (1) Renstra (2) Renja")]),
        ("Menghitung (n-2) tahun (2) kali", [(None, "Menghitung (n-2) tahun (2) kali")]),
        ("100% tercapai", [(None, "100% tercapai")]),
        ("", []),
        ("  ", []),
    ],
)
def test_split_items(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert split_items(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2. Agar Membuat diagram Crosscutting", (2, "Agar Membuat diagram Crosscutting")),
        ("2. Membuat diagram Crosscutting", (2, "Membuat diagram Crosscutting")),
        ("10) Menyusun SOP", (10, "Menyusun SOP")),
        ("(3) Menyusun SOP", (3, "Menyusun SOP")),
        ("(0) Nol", (None, "(0) Nol")),
        ("Membuat diagram", (None, "Membuat diagram")),
        ("1 periode RPJMD", (None, "1 periode RPJMD")),
        ("0. Nol", (None, "0. Nol")),
        ("", (None, "")),
    ],
)
def test_strip_item_number(text: str, expected: tuple[int | None, str]) -> None:
    assert strip_item_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KECAMATAN PARINGIN", "Kecamatan Paringin"),
        ("KECAMATAN PARINGIN SELATAN", "Kecamatan Paringin Selatan"),
        ("Kec. Paringin", "Kecamatan Paringin"),
        ("KEC. TEBING TINGGI", "Kecamatan Tebing Tinggi"),
        ("Kec.Batumandi", "Kecamatan Batumandi"),
        ("DINAS PEKERJAAN UMUM DAN PENATAAN RUANG", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("Dinas Pekerjaan Umum Dan Penataan Ruang", "Dinas Pekerjaan Umum dan Penataan Ruang"),
        ("RSUD BALANGAN", "RSUD Balangan"),
        ("Rsud Balangan", "RSUD Balangan"),
        ("SEKRETARIAT DPRD", "Sekretariat DPRD"),
        (
            "BADAN PENANGGULANGAN BENCANA DAERAH (BPBD)",
            "Badan Penanggulangan Bencana Daerah (BPBD)",
        ),
        ("BAPPEDA", "BAPPEDA"),
        ("SATUAN POLISI PAMONG PRAJA", "Satuan Polisi Pamong Praja"),
        ("SATPOL PP", "Satpol PP"),
        ("BADAN KESATUAN BANGSA DAN POLITIK", "Badan Kesatuan Bangsa dan Politik"),
        (
            "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK SERTA KB",
            ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak serta KB"),
        ),
        ("INSPEKTORAT DI LINGKUNGAN PEMERINTAH", "Inspektorat di Lingkungan Pemerintah"),
        ("UPT PUSKESMAS PARINGIN II", "UPT Puskesmas Paringin II"),
        ("Dinas Kominfo", "Dinas Kominfo"),
        ("dinas kesehatan", "Dinas Kesehatan"),
        ("", ""),
    ],
)
def test_title_case_unit(text: str, expected: str) -> None:
    assert title_case_unit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN", "Balangan"),
        ("Kab. Balangan", "Balangan"),
        ("KAB.BALANGAN", "Balangan"),
        ("Pemerintah Kabupaten Balangan Tahun 2023", "Balangan"),
        ("KABUPATEN HULU SUNGAI UTARA PROVINSI KALIMANTAN SELATAN", "Hulu Sungai Utara"),
        ("Kabupaten Kotabaru", "Kotabaru"),
        ("KOTA BANJARBARU", "Banjarbaru"),
        ("Pemerintah Kota Banjarmasin", "Banjarmasin"),
        # "Kabupaten/Kota" in a recommendation is not a place
        ("data realisasi capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi.", None),
        ("KECAMATAN PARINGIN", None),
        ("Kabupaten", None),
        ("", None),
    ],
)
def test_kabupaten_name(text: str, expected: str | None) -> None:
    assert kabupaten_name(text) == expected


@given(st.text())
def test_collapse_ws_idempotent(text: str) -> None:
    once = collapse_ws(text)
    assert collapse_ws(once) == once


@given(st.text())
def test_single_line_join_is_collapse(text: str) -> None:
    assert join_lines([text]) == collapse_ws(text)


@given(st.lists(st.text()))
def test_join_lines_never_raises(lines: list[str]) -> None:
    joined = join_lines(lines)
    assert joined == collapse_ws(joined)


@given(st.text())
def test_title_case_unit_idempotent(text: str) -> None:
    once = title_case_unit(text)
    assert title_case_unit(once) == once


@given(st.text())
def test_kabupaten_name_never_raises(text: str) -> None:
    name = kabupaten_name(text)
    assert name is None or name == title_case_unit(name)


@given(st.text())
def test_split_items_resplit_is_stable(text: str) -> None:
    items = split_items(text)
    assert all(body == collapse_ws(body) for _, body in items)
    if items and items[0][0] is not None:
        rejoined = " ".join(f"{n}. {body}" for n, body in items)
        assert split_items(rejoined) == items


@given(st.text())
def test_strip_item_number_agrees_with_split_items(text: str) -> None:
    number, rest = strip_item_number(text)
    items = split_items(text)
    if number is None:
        assert items in ([], [(None, rest)])
    else:
        assert items[0][0] == number


def test_a_cell_continued_mid_item_splits_at_the_item_after_it() -> None:
    assert split_items("direviu atasan 2. Agar rencana aksi", after=1) == [
        (None, "direviu atasan"),
        (2, "Agar rencana aksi"),
    ]
    # without knowing which item it goes on with, the cell is one text
    assert split_items("direviu atasan 2. Agar rencana aksi") == [
        (None, "direviu atasan 2. Agar rencana aksi")
    ]
    # only the next number splits
    assert split_items("sesuai PP 3. Tahun", after=1) == [(None, "sesuai PP 3. Tahun")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held-out 902: lower-case roman numerals
        ("i. Agar a ii. Agar b iii. Agar c iv. Agar d", [1, 2, 3, 4]),
        # held-out 904: numbered within the komponen's letter
        ("D.1 Agar menyusun pedoman D.2 Agar evaluasi", [1, 2]),
        # a lettered list still goes by its letters
        ("a. Agar a b. Agar b", [1, 2]),
    ],
)
def test_item_numbering_styles(text: str, expected: list[int]) -> None:
    assert [n for n, _ in split_items(text)] == expected
    assert all(not item[:3].strip(".").isdigit() for _, item in split_items(text))
