"""Repairs of OCR slips where the domain makes them certain, and the notes of doubt."""

from __future__ import annotations

import pytest

from extract.layout import Box, Word
from extract.ocr_words import (
    Doubt,
    clean_words,
    doubt_note,
    parse_doubts,
    repair_numbering,
    repair_text,
)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("memperoleh nilai 4,20 atau 7096 dengan", "memperoleh nilai 4,20 atau 70% dengan"),
        ('nilai "21,00" atau 10096 dengan', 'nilai "21,00" atau 100% dengan'),
        ("nilai 2,40 atau 8076, dengan", "nilai 2,40 atau 80%, dengan"),
        ("nilai 24,30 atau B1% dengan", "nilai 24,30 atau 81% dengan"),
        ("memperoleh nilai 810 atau 90%", "memperoleh nilai 8,10 atau 90%"),
        ("memperoleh nila 8.10 atau 90%", "memperoleh nilai 8.10 atau 90%"),
        ('memperoleh nilal "8,10" atau', 'memperoleh nilai "8,10" atau'),
        ("Keberadaan : Keberadaam Perencanaan", "Keberadaan : Keberadaan Perencanaan"),
        ("NP. 19780609 200301 2 002", "NIP.19780609 200301 2 002"),
        ("N1P 19860421 200412 1 001", "NIP.19860421 200412 1 001"),
        ("Semester | Tahun 2025", "Semester I Tahun 2025"),
        ("Semester Il Tahun 2025", "Semester II Tahun 2025"),
        ("Triwulan Ill 2024", "Triwulan III 2024"),
        # held-out scans 803, 805, 004, 307, 008, 901: more of OCR's period numerals
        ("Tw. | 2025", "Tw. I 2025"),
        ("Sem. | 2025", "Sem. I 2025"),
        ("Triwulan H Tahun 2023", "Triwulan II Tahun 2023"),
        ("Semester! Tahun 2023", "Semester I Tahun 2023"),
        ("Triwulan I] Tahun 2024", "Triwulan II Tahun 2024"),
        ("Triwulan 11/2025", "Triwulan II/2025"),
        # held-out scan 1008: a percentage split at its comma
        ("nilai 22,14 (73, 8%).", "nilai 22,14 (73,8%)."),
        # left alone: nothing in them is a slip for sure
        ("nilai 2,40 atau 80%", "nilai 2,40 atau 80%"),
        ("sejak tahun 1996 atau 1997", "sejak tahun 1996 atau 1997"),
        ("nilai 100 dengan", "nilai 100 dengan"),
        ("nilai 4500 atau", "nilai 4500 atau"),
        ("kuantitas dan kualitas", "kuantitas dan kualitas"),
        ("memperoleh dukungan", "memperoleh dukungan"),
        ("Semester | dan ||", "Semester I dan ||"),
        ("Triwulan lima", "Triwulan lima"),
        ("Semester 1/2025", "Semester 1/2025"),  # an arabic numeral as written
        ("Triwulan IV 2024", "Triwulan IV 2024"),
        ("Semester 111 2025", "Semester 111 2025"),  # no semester III: left as read
        ("(1, 2 dan 3)", "(1, 2 dan 3)"),
    ],
)
def test_repair_text(read: str, meant: str) -> None:
    assert repair_text(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        (
            ["1, Agar membuat", "jadwal", "2 Agar menyusun"],
            ["1. Agar membuat", "jadwal", "2. Agar menyusun"],
        ),
        (["L Agar Membuat jadwal"], ["1. Agar Membuat jadwal"]),
        (["l. Membuat jadwal"], ["1. Membuat jadwal"]),
        (["1"], ["1"]),
        (["2 Kasubbag Umum"], ["2 Kasubbag Umum"]),
        (["12 Maret 2025"], ["12 Maret 2025"]),
        (["1 Desember 2024"], ["1 Desember 2024"]),
        (["Semester", "I Tahun 2024"], ["Semester", "I Tahun 2024"]),
        (["1. Agar a", "2024 Tahun"], ["1. Agar a", "2024 Tahun"]),
    ],
)
def test_repair_numbering(read: list[str], meant: list[str]) -> None:
    assert repair_numbering(read) == meant


def test_noise_dropped_words_kept() -> None:
    words = [
        Word("~", Box(0, 0, 2, 2), 20.0),
        Word("Agar", Box(0, 0, 20, 8), 35.0),
        Word("“21,60”", Box(0, 0, 20, 8), 90.0),
    ]
    assert [w.text for w in clean_words(words)] == ["Agar", '"21,60"']


def test_doubts_round_trip_through_notes() -> None:
    d = Doubt(2, 41.0, "7s", 'nilai "23,10" atau / 7s dengan')
    assert parse_doubts(["something else", doubt_note(d)]) == [d]
