"""parse_section: section rows that open each component's findings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.komponen import KOMPONEN, KOMPONEN_2015, parse_section


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document's section rows
        ("A Perencanaan Kinerja", ("A", "Perencanaan Kinerja")),
        ("B Pengukuran Kinerja", ("B", "Pengukuran Kinerja")),
        ("C Pelaporan Kinerja", ("C", "Pelaporan Kinerja")),
        ("D Evaluasi Akuntabilitas Kinerja Internal", ("D", KOMPONEN["D"])),
        ("A\tPerencanaan Kinerja\t\t\t", ("A", "Perencanaan Kinerja")),
        # other spellings
        ("A. PERENCANAAN KINERJA", ("A", "Perencanaan Kinerja")),
        ("A.Perencanaan Kinerja", ("A", "Perencanaan Kinerja")),
        ("B) Pengukuran Kinerja", ("B", "Pengukuran Kinerja")),
        ("Komponen C: Pelaporan Kinerja", ("C", "Pelaporan Kinerja")),
        ("A. Perencanaan Kinerja (Bobot 30%)", ("A", "Perencanaan Kinerja")),
        ("A. Perencanaan Kinerja (30)", ("A", "Perencanaan Kinerja")),
        ("Pengukuran Kinerja", ("B", "Pengukuran Kinerja")),
        ("D. Evaluasi Kinerja Internal", ("D", KOMPONEN["D"])),
        # 2015 framework
        ("D. Evaluasi Internal", ("D", "Evaluasi Internal")),
        ("E. Capaian Kinerja", ("E", "Capaian Kinerja")),
        # OCR slips
        ("C Pelaporan Kinerla", ("C", "Pelaporan Kinerja")),
        ("C. Pelapran Kinrja", ("C", "Pelaporan Kinerja")),
        ("B. Pengukuran Kiner ja", ("B", "Pengukuran Kinerja")),
        ("D Evaluasi Akuntabilitas Kinerja lnternal", ("D", KOMPONEN["D"])),
        ("8 Pengukuran Kinerja", ("B", "Pengukuran Kinerja")),
        # held-out scan 704: roman numerals with "l" for I and a comma for the dot
        ("Ill, PELAPORAN KINERJA (BOBOT 15%)", ("C", "Pelaporan Kinerja")),
        ("lV. EVALUASI AKUNTABILITAS KINERJA INTERNAL", ("D", KOMPONEN["D"])),
        # ordinary cell text
        ("Perencanaan Kinerja memperoleh nilai 21,60 atau 72% dengan kriteria", None),
        ('Pengukuran Kinerja memperoleh nilai "21,60" atau 72%', None),
        ("Pelaporan kinerja dengan nilai", None),
        ("Perencanaan Kinerja telah", None),
        ("a. Keberadaan", None),
        ("b. Kualitas", None),
        ("1. Agar Membuat diagram Crosscutting", None),
        ("Kinerja", None),
        ("A", None),
        ("NO", None),
        ("HASIL EVALUASI INSPEKTORAT", None),
        ("", None),
    ],
)
def test_parse_section(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_section(text) == expected


@pytest.mark.parametrize(("kode", "nama"), [*KOMPONEN.items(), *KOMPONEN_2015.items()])
def test_every_name_with_its_letter(kode: str, nama: str) -> None:
    assert parse_section(f"{kode} {nama}") == (kode, nama)
    assert parse_section(f"{kode}. {nama.upper()}") == (kode, nama)


@given(st.text())
def test_never_raises_and_canonical(text: str) -> None:
    found = parse_section(text)
    if found is not None:
        kode, nama = found
        assert nama in (KOMPONEN.get(kode), KOMPONEN_2015.get(kode))
        assert parse_section(f"{kode} {nama}") == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A KOMPONEN PERENCANAAN KINERJA", ("A", "Perencanaan Kinerja")),
        ("B Komponen Pengukuran Kinerja", ("B", "Pengukuran Kinerja")),
        (
            "IV. Evaluasi Akuntabilitas Kinerja Internal",
            ("D", "Evaluasi Akuntabilitas Kinerja Internal"),
        ),
        ("Perencanaan Kinerja memperoleh nilai 21,60", None),
        # the letter in a cell of its own (or lost by OCR): the word komponen alone
        ("KOMPONEN PENGUKURAN KINERJA", ("B", "Pengukuran Kinerja")),
        ("Komponen Pelaporan Kinerja", ("C", "Pelaporan Kinerja")),
        ("Cc KOMPONEN PELAPORAN KINERJA", ("C", "Pelaporan Kinerja")),  # OCR's "C"
        ("Cc. PELAPORAN KINERJA", ("C", "Pelaporan Kinerja")),
        ("Komponen Perencanaan Kinerja dengan bobot 30 memperoleh nilai 21,30", None),
        ("Komponen: Perencanaan Kinerja", ("A", "Perencanaan Kinerja")),  # held-out 905
        ("Komponen: Evaluasi Akuntabilitas Kinerja Internal", ("D", KOMPONEN["D"])),
    ],
)
def test_section_rows_with_the_word_komponen(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_section(text) == expected
