"""Lines of words in a cell (``extract.grid.group_lines``), as a scan gives them."""

from __future__ import annotations

from extract.grid import group_lines, line_text
from extract.layout import Box, Word


def _w(text: str, x0: float, top: float, bottom: float, line: int | None = None) -> Word:
    return Word(text, Box(x0, top, x0 + 6 * len(text), bottom), 95.0, line)


def _texts(words: list[Word]) -> list[str]:
    return [line_text(ln) for ln in group_lines(words)]


def test_rest_of_a_rule_does_not_take_the_next_line() -> None:
    # held-out scan 109: a tall "|" (an erased rule's rest) between two lines, read first
    words = [
        _w("Kualitas", 75.6, 148.6, 155.0),
        _w("Internal", 216.5, 148.6, 155.0),
        _w("|", 249.1, 154.1, 161.8),
        _w("memperoleh", 66.7, 158.2, 166.6),
        _w("nilai", 112.6, 158.2, 164.6),
        _w("6,00", 130.3, 158.4, 165.6),
        _w("atau", 147.4, 159.6, 164.6),
    ]
    assert _texts(words) == ["Kualitas Internal", "memperoleh nilai 6,00 atau |"]


def test_the_ocr_engines_lines_are_kept() -> None:
    # tight print: the boxes of two lines overlap, Tesseract's line numbers do not
    words = [
        _w("memperoleh", 10, 100.0, 108.5, line=1),
        _w("skor", 80, 100.5, 109.0, line=1),
        _w("keberadaan", 10, 103.0, 111.0, line=2),
        _w("(75%)", 80, 103.5, 112.0, line=2),
    ]
    assert _texts(words) == ["memperoleh skor", "keberadaan (75%)"]


def test_text_layer_words_go_by_position() -> None:
    words = [_w("b", 40, 100, 108), _w("a", 10, 100.5, 108), _w("c", 10, 112, 120)]
    assert _texts(words) == ["a b", "c"]


def test_a_block_beside_another_on_the_same_height_is_a_line_of_its_own() -> None:
    # held-out 808: the PJ block printed left of the signature, ~3 text heights apart
    from extract.grid import text_lines

    left = [("SAKIP", 161, 191), (":", 208, 211), ("FREDRIK", 222, 266)]
    left += [("LOLOWANG,", 268, 332), ("S.Pi.", 335, 354)]
    right = [("Tobelo,", 385, 423), ("3", 426, 432), ("Maret", 434, 465), ("2023", 468, 491)]
    words = [Word(t, Box(a, 222, b, 232)) for t, a, b in left]
    words += [Word(t, Box(a, 221, b, 232.5)) for t, a, b in right]
    assert [t.text for t in text_lines(words)] == [
        "SAKIP : FREDRIK LOLOWANG, S.Pi.",
        "Tobelo, 3 Maret 2023",
    ]


def test_words_a_few_spaces_apart_stay_one_line() -> None:
    from extract.grid import text_lines

    words = [Word("SAKIP", Box(161, 222, 191, 232)), Word(":", Box(208, 222, 211, 232))]
    assert [t.text for t in text_lines(words)] == ["SAKIP :"]
