"""parse_waktu and is_periode_valid: WAKTU PELAKSANAAN cells."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.waktu import Waktu, is_periode_valid, parse_waktu


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document: an impossible semester, kept as written for the validator
        ("Semester IV Tahun 2024", Waktu(2024, "Semester IV")),
        ("Semester II Tahun 2024", Waktu(2024, "Semester II")),
        ("SEMESTER I TAHUN 2024", Waktu(2024, "Semester I")),
        ("Semester 2", Waktu(None, "Semester II")),
        ("Smt. 1 2024", Waktu(2024, "Semester I")),
        ("Semester 13", Waktu(None, "Semester 13")),
        ("triwulan ii 2024", Waktu(2024, "Triwulan II")),
        ("Tw. III 2024", Waktu(2024, "Triwulan III")),
        ("TW IV 2024", Waktu(2024, "Triwulan IV")),
        ("Triwulan ke-3 Tahun 2024", Waktu(2024, "Triwulan III")),
        ("Q3 2024", Waktu(2024, "Triwulan III")),
        ("Triwulan I - IV 2024", Waktu(2024, "Triwulan I - IV")),
        ("Triwulan I s.d Triwulan IV Tahun 2024", Waktu(2024, "Triwulan I - IV")),
        ("Desember 2024", Waktu(2024, "Desember")),
        ("DESEMBER 2024", Waktu(2024, "Desember")),
        ("Des 2024", Waktu(2024, "Desember")),
        ("Nopember 2024", Waktu(2024, "November")),
        ("Pebruari 2025", Waktu(2025, "Februari")),
        ("Agustus 2024", Waktu(2024, "Agustus")),
        ("Agt. 2024", Waktu(2024, "Agustus")),
        ("Juni - Desember 2024", Waktu(2024, "Juni - Desember")),
        ("Juni s.d. Desember 2024", Waktu(2024, "Juni - Desember")),
        ("Juni s/d Desember 2024", Waktu(2024, "Juni - Desember")),
        ("Januari sampai dengan Maret 2024", Waktu(2024, "Januari - Maret")),
        ("1 Juni - 31 Desember 2024", Waktu(2024, "Juni - Desember")),
        ("Juni 2024 - Februari 2025", Waktu(2025, "Juni - Februari")),
        # the day is dropped: the period is the month
        ("31 Desember 2024", Waktu(2024, "Desember")),
        ("31/12/2024", Waktu(2024, "Desember")),
        ("12/2024", Waktu(2024, "Desember")),
        ("Tahun 2025", Waktu(2025, None)),
        ("2024", Waktu(2024, None)),
        ("Akhir Tahun 2024", Waktu(2024, None)),
        ("Setiap Triwulan", Waktu(None, None)),
        ("Triwulan 2024", Waktu(2024, None)),
        ("-", Waktu(None, None)),
        ("", Waktu(None, None)),
        (None, Waktu(None, None)),
        ("Kasubbag Perencanaan dan Keuangan", Waktu(None, None)),
    ],
)
def test_parse_waktu(text: str | None, expected: Waktu) -> None:
    assert parse_waktu(text) == expected


@pytest.mark.parametrize(
    ("periode", "expected"),
    [
        ("Semester I", True),
        ("Semester II", True),
        ("Semester III", False),
        ("Semester IV", False),
        ("Semester 13", False),
        ("Triwulan I", True),
        ("Triwulan IV", True),
        ("Triwulan V", False),
        ("Triwulan I - IV", True),
        ("Triwulan IV - I", False),
        ("triwulan ii", True),
        ("Desember", True),
        ("Nopember", True),
        ("Juni - Desember", True),
        ("Juni - Semester", False),
        ("Juni - Juli - Agustus", False),
        ("Tahun 2024", False),
        ("", False),
    ],
)
def test_is_periode_valid(periode: str, expected: bool) -> None:
    assert is_periode_valid(periode) is expected


@given(st.text())
def test_never_raises(text: str) -> None:
    waktu = parse_waktu(text)
    assert waktu.tahun is None or 1900 <= waktu.tahun <= 2099
    assert isinstance(is_periode_valid(text), bool)


@given(st.text())
def test_periode_is_a_fixed_point(text: str) -> None:
    periode = parse_waktu(text).periode
    if periode is not None:
        assert parse_waktu(periode).periode == periode


@pytest.mark.parametrize("text", ["Semester IV Tahun 2024", "Juni - Desember 2024", "Tw. III 2024"])
def test_canonical_periode_parses_to_itself(text: str) -> None:
    periode = parse_waktu(text).periode
    assert periode is not None
    assert parse_waktu(periode) == Waktu(None, periode)


@pytest.mark.parametrize(
    ("text", "periode"),
    [
        ("Semester | Tahun 2025", "Semester I"),
        ("Semester Il Tahun 2025", "Semester II"),
        ("Triwulan |V 2024", "Triwulan IV"),
        # held-out scan 901: "II" read "11" (no triwulan or semester has that number)
        ("Triwulan 11/2025", "Triwulan II"),
        ("Semester 11 2025", "Semester II"),
        ("Semester 2", "Semester II"),
    ],
)
def test_ocr_roman_numerals(text: str, periode: str) -> None:
    assert parse_waktu(text).periode == periode
