"""Look-alike letter slips put right from a word list (``extract.ocr_lexicon``)."""

from __future__ import annotations

import pytest

from extract.ocr_lexicon import correct_text, correct_word, lexicon
from tests.ocr.conftest import needs_tesseract

WORDS = frozenset(
    {"kinerja", "tabel", "sumber", "tanggal", "menjadi", "level", "manual", "gugus", "dampak"}
    | {"lebih", "pelaporan", "agar", "menyusun"}
)


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        # slips seen in the held-out scans (902, 704): one look-alike, then two
        ("kineria", "kinerja"),
        ("tabei", "tabel"),
        ("tahel", "tabel"),
        ("sumher", "sumber"),
        ("meniadi", "menjadi"),
        ("tanaaal", "tanggal"),
        ("Peiaporan", "Pelaporan"),  # capitalised as read
    ],
)
def test_a_look_alike_slip_is_put_right(read: str, printed: str) -> None:
    assert correct_word(read, WORDS) == printed


@pytest.mark.parametrize(
    "token",
    [
        "kinerja",  # a word of the list
        "Renstra",  # a SAKIP term the list lacks
        "LKjIP",  # capitals inside: an acronym
        "SYARIFUDDIN",  # a name in capitals
        "Angus",  # short: two swaps away from "gugus", as likely a name
        "ievei",  # short too: "level" is two swaps away
        "tabi",  # no word of the list within reach
        "xyzzy",
    ],
)
def test_what_is_no_slip_stays_as_read(token: str) -> None:
    assert correct_word(token, WORDS) == token


def test_two_words_within_reach_leave_the_word_as_read() -> None:
    assert correct_word("lcbih", WORDS) == "lebih"  # c -> e: one word
    ambiguous = WORDS | {"tabet"}
    assert correct_word("tabei", ambiguous) == "tabei"  # tabel and tabet: no telling


def test_addresses_and_numbers_are_left_alone() -> None:
    text = "Agar menyusun tabei https://drive.google.com/tabei 21,60 admin@tabei.id"
    assert correct_text(text, WORDS) == (
        "Agar menyusun tabel https://drive.google.com/tabei 21,60 admin@tabei.id"
    )


def test_no_word_list_changes_nothing() -> None:
    assert correct_text("kineria tabei", frozenset()) == "kineria tabei"


@needs_tesseract
def test_the_word_list_comes_from_the_installed_indonesian_model() -> None:
    words = lexicon()
    assert {"kinerja", "tabel", "pelaporan", "rekomendasi", "indikator"} <= words
    assert correct_text("Menyusun tabei kineria") == "Menyusun tabel kinerja"
