"""Normalisation of recommendation texts and unit names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from link.teks import normalize_rekomendasi, normalize_unit, sort_tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agar Membuat diagram Crosscutting", "membuat diagram crosscutting"),
        ("2. Agar Membuat diagram Crosscutting", "membuat diagram crosscutting"),
        ("2) agar membuat diagram crosscutting.", "membuat diagram crosscutting"),
        ("(3) AGAR MEMBUAT DIAGRAM CROSSCUTTING", "membuat diagram crosscutting"),
        ("Membuat diagram  Crosscutting ", "membuat diagram crosscutting"),
        ("- Agar, membuat diagram crosscutting", "membuat diagram crosscutting"),
        ("a. Agar membuat diagram crosscutting", "membuat diagram crosscutting"),
        ("Agar kedepannya Dokumen LKjIP memuat", "dokumen lkjip memuat"),
        ("Agar ke depannya Dokumen LKjIP memuat", "dokumen lkjip memuat"),
        ("Agar ke depan Dokumen LKjIP memuat", "dokumen lkjip memuat"),
        ("Disarankan agar dokumen LKjIP memuat", "dokumen lkjip memuat"),
        (
            "1. Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan)",
            "membuat jadwal dokumentasi kegiatan pengukuran kinerja setiap triwulan",
        ),
        ("Memuat tahun-tahun sebelumnya (n-2)", "memuat tahun tahun sebelumnya n 2"),
        ("Agar\u00a0Membuat\tdiagram\nCrosscutting", "membuat diagram crosscutting"),
        ("Agaragar membuat", "agaragar membuat"),  # "agar" only as a word
        ("Agarnya", "agarnya"),
        ("1.5 juta anggaran", "1 5 juta anggaran"),  # a decimal is not an item number
        ("", ""),
        (None, ""),
        ("   ", ""),
        ("Agar", ""),
    ],
)
def test_normalize_rekomendasi(text: str | None, expected: str) -> None:
    assert normalize_rekomendasi(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kecamatan Paringin", "kecamatan paringin"),
        ("Kec. Paringin", "kecamatan paringin"),
        ("Kec Paringin", "kecamatan paringin"),
        ("KEC.PARINGIN", "kecamatan paringin"),
        ("KECAMATAN PARINGIN", "kecamatan paringin"),
        ("  Kecamatan   Paringin ", "kecamatan paringin"),
        ("Kecamatan Paringin Kabupaten Balangan", "kecamatan paringin"),
        ("Kec. Paringin Kab. Balangan", "kecamatan paringin"),
        ("Kecamatan Paringin Selatan", "kecamatan paringin selatan"),
        ("Kel. Batu Piring", "kelurahan batu piring"),
        ("Dinas Kesehatan", "dinas kesehatan"),
        ("", ""),
        (None, ""),
    ],
)
def test_normalize_unit(name: str | None, expected: str) -> None:
    assert normalize_unit(name) == expected


def test_unit_variants_share_a_key() -> None:
    variants = ["Kec. Awayan", "Kecamatan Awayan", "KECAMATAN AWAYAN", "Kec Awayan"]
    assert len({normalize_unit(v) for v in variants}) == 1
    assert normalize_unit("Kecamatan Paringin") != normalize_unit("Kecamatan Paringin Selatan")


@given(st.text())
def test_normalize_rekomendasi_is_idempotent(text: str) -> None:
    once = normalize_rekomendasi(text)
    assert normalize_rekomendasi(once) == once


@given(st.text())
def test_normalize_unit_is_idempotent(text: str) -> None:
    once = normalize_unit(text)
    assert normalize_unit(once) == once


words = st.lists(st.sampled_from(["agar", "membuat", "renja", "lkjip", "kinerja", "a", "b"]))


@given(words, words)
def test_sorted_tokens_with_ratio_equal_token_sort_ratio(a: list[str], b: list[str]) -> None:
    s1, s2 = " ".join(a), " ".join(b)
    assert fuzz.ratio(sort_tokens(s1), sort_tokens(s2)) == pytest.approx(
        fuzz.token_sort_ratio(s1, s2)
    )
