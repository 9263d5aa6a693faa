"""White print on dark fills, and dotted column rules (synthetic images, no Tesseract)."""

from __future__ import annotations

import numpy as np

from extract.ocr_dotted import dotted_rules
from extract.ocr_inverse import invert_dark_fills

DPI = 200


def _page() -> np.ndarray:
    return np.full((800, 1200), 240, np.uint8)


def test_white_letters_on_a_dark_header_become_dark_on_white() -> None:
    page = _page()
    page[100:170, 100:1100] = 55  # a dark header row, 0.35 in high
    for x in range(150, 1000, 60):
        page[120:150, x : x + 6] = 245  # white letters' strokes
    out = invert_dark_fills(page, DPI)
    assert np.median(out[110:160, 200:1000]) > 230  # the fill is paper now
    assert out[135, 152] < 60  # a white stroke is ink now
    assert out[100, 600] < 60 and out[169, 600] < 60  # its edges drawn as rules
    assert (out[300:, :] == page[300:, :]).all()  # the rest untouched


def test_bold_words_on_white_paper_are_left_alone() -> None:
    page = _page()
    for row in (300, 340):
        for x in range(100, 900, 40):
            page[row : row + 22, x : x + 30] = 20  # heavy letters of a bold title
    out = invert_dark_fills(page, DPI)
    assert (out == page).all()


def _binary_with(vertical_dots_at: int | None, height: int = 600) -> np.ndarray:
    binary = np.zeros((800, 1200), np.uint8)
    if vertical_dots_at is not None:
        for y in range(100, 100 + height, 6):
            binary[y : y + 3, vertical_dots_at : vertical_dots_at + 2] = 255
    return binary


def test_a_dotted_column_rule_is_found() -> None:
    rules = dotted_rules(_binary_with(400), DPI)
    assert rules and all(abs(r.x0 - 401) <= 2 for r in rules)
    assert max(r.bottom for r in rules) - min(r.top for r in rules) > 500


def test_dotted_lines_across_and_text_are_no_column_rules() -> None:
    binary = _binary_with(None)
    for x in range(100, 1100, 6):
        binary[300:303, x : x + 3] = 255  # a row of dot leaders
    for y in range(400, 700, 40):
        binary[y : y + 20, 200:600] = 255  # lines of text, inked all along
    assert dotted_rules(binary, DPI) == []


def test_mottled_paper_outside_the_tables_is_whitened_for_a_sparse_reading() -> None:
    from extract.ocr_read import _unmottled

    rng = np.random.default_rng(3)
    page = np.clip(rng.normal(212, 9, (800, 1200)), 150, 240).astype(np.uint8)
    for x in range(300, 700, 12):
        page[400:420, x : x + 3] = 40  # letters' strokes
    out = _unmottled(page, DPI)
    assert (out[100:300, :] == 255).mean() > 0.95  # the blotches are paper now
    assert (out[400:420, 300:303] == 40).all()  # the print stays
    clean = np.full((800, 1200), 255, np.uint8)
    clean[400:420, 300:303] = 40
    assert _unmottled(clean, DPI) is clean  # white paper is left as it is
