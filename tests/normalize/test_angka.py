"""parse_angka: Indonesian numbers as written in SAKIP documents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.angka import ocr_digits, parse_angka


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # as in the real document
        ("21,60", 21.6),
        ('"21,60"', 21.6),
        ('"18,75"', 18.75),
        ("3,15", 3.15),
        ("72%", 72.0),
        ("4,00", 4.0),
        ("100%", 100.0),
        # separators
        ("1.234,5", 1234.5),
        ("1.234.567,89", 1234567.89),
        ("1,234.5", 1234.5),
        ("10.50", 10.5),
        ("4.8", 4.8),
        ("1.234", 1234.0),
        ("1.234.567", 1234567.0),
        ("0.125", 0.125),
        ("1234.567", 1234.567),
        ("1,5", 1.5),
        (",5", 0.5),
        ("12", 12.0),
        ("-5", -5.0),
        ("-2,5", -2.5),
        # wrapping characters
        ("  21,60  ", 21.6),
        ("(72%)", 72.0),
        ("72 %", 72.0),
        ("“6,30”", 6.3),
        ("10.", 10.0),
        ("4,80,", 4.8),
        # OCR slips
        ("21,6O", 21.6),
        ("l0,50", 10.5),
        ("I0,50", 10.5),
        ("1O0%", 100.0),
        # not numbers
        ("", None),
        ("   ", None),
        ("abc", None),
        ("O", None),
        ("lO", None),
        ("I", None),
        ("IV", None),
        ("%", None),
        ("1.23.4", None),
        ("1.2345.678", None),
        ("1,2.3,4", None),
        ("21,60 atau 72%", None),
        ("n-2", None),
        ("9" * 400, None),
    ],
)
def test_parse_angka(text: str, expected: float | None) -> None:
    assert parse_angka(text) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("21,6O", "21,60"),
        ("l0", "10"),
        ("lO", "lO"),
        ("Olahraga", "Olahraga"),
        ("2OO4S2", "2OO4S2"),
    ],
)
def test_ocr_digits(token: str, expected: str) -> None:
    assert ocr_digits(token) == expected


def test_ocr_digits_with_extra_letters() -> None:
    assert ocr_digits("2OO4S2", "OolIS") == "200452"


@given(st.text())
def test_never_raises(text: str) -> None:
    result = parse_angka(text)
    assert result is None or isinstance(result, float)


def _indonesian(cents: int) -> str:
    """Format an amount in hundredths the Indonesian way: 1.234,56."""
    whole, frac = divmod(cents, 100)
    return f"{whole:,}".replace(",", ".") + f",{frac:02d}"


@given(st.integers(min_value=0, max_value=10**12))
def test_indonesian_format_round_trips(cents: int) -> None:
    assert parse_angka(_indonesian(cents)) == pytest.approx(cents / 100)


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_integers_round_trip(n: int) -> None:
    assert parse_angka(f"{n:,}".replace(",", ".")) == n
