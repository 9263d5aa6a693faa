"""Dithered fills (a dot-matrix or fax shading) smoothed away before OCR."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from extract.ocr_dither import dither_area, smooth_dither
from tests.ocr.conftest import DPI, PX, grid_image, write_text

ROWS = [100.0, 140.0, 260.0]
COLS = [40.0, 240.0, 440.0]
# the header row (between the first two rules), in pixels
HEADER = (int(100 * PX) + 4, int(140 * PX) - 4, int(40 * PX) + 4, int(440 * PX) - 4)


def _page() -> npt.NDArray[np.uint8]:
    img = grid_image(ROWS, COLS)
    write_text(img, "HASIL EVALUASI", 60, 128)
    write_text(img, "Nilai 21,60 atau 72%.", 60, 170)
    return img


def _dither(img: npt.NDArray[np.uint8], pitch: int = 6) -> None:
    """The header row shaded as a printer without grey does it: a dot every ``pitch``
    pixels, two pixels across, on the paper between the words."""
    y0, y1, x0, x1 = HEADER
    for y in range(y0, y1, pitch):
        for x in range(x0 + (y // pitch % 2) * pitch // 2, x1, pitch):
            if img[y : y + 2, x : x + 2].min() > 200:
                img[y : y + 2, x : x + 2] = 110


def _ink(img: npt.NDArray[np.uint8], box: tuple[int, int, int, int]) -> int:
    y0, y1, x0, x1 = box
    return int((img[y0:y1, x0:x1] < 128).sum())


def _rules() -> npt.NDArray[np.uint8]:
    return (grid_image(ROWS, COLS, thickness=7) < 128).astype(np.uint8) * 255


def _rubbed(img: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """The page as ``clean_for_ocr`` smooths it: its rules erased first."""
    out = img.copy()
    out[_rules() > 0] = 255
    return out


def test_dithered_header_is_found_and_turned_white_with_its_words_kept() -> None:
    clean = _rubbed(_page())
    img = _page()
    _dither(img)
    img = _rubbed(img)
    assert dither_area(img, DPI)[HEADER[0] + 20, HEADER[2] + 300]
    out = smooth_dither(img, DPI, _rules())
    # the dots are gone but for a few touching the words ...
    dots = _ink(img, HEADER) - _ink(clean, HEADER)
    assert _ink(out, HEADER) - _ink(clean, HEADER) <= 0.1 * dots
    # ... and the words are still there
    assert _ink(out, HEADER) >= _ink(clean, HEADER) * 0.9
    # the body row below is not touched
    body = (int(150 * PX), int(255 * PX), int(45 * PX), int(435 * PX))
    y0, y1, x0, x1 = body
    assert np.array_equal(out[y0:y1, x0:x1], img[y0:y1, x0:x1])


def test_the_rules_cells_are_filled_whole() -> None:
    img = _page()
    _dither(img)
    area = dither_area(_rubbed(img), DPI, _rules())
    y0, y1, x0, x1 = HEADER
    assert area[y0:y1, x0:x1].all()


def test_specks_of_soft_print_are_no_fill() -> None:
    # a carbon copy's broken strokes: a few specks scattered along a text line
    img = _page()
    rng = np.random.default_rng(5)
    for x, y in zip(
        rng.integers(int(60 * PX), int(400 * PX), 60),
        rng.integers(int(160 * PX), int(172 * PX), 60),
        strict=True,
    ):
        img[y : y + 2, x : x + 2] = 120
    assert not dither_area(img, DPI).any()
    assert smooth_dither(img, DPI) is img


def test_a_blank_page_has_no_fill() -> None:
    img = np.full((800, 600), 255, dtype=np.uint8)
    assert not dither_area(img, DPI).any()
