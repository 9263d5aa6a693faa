"""Scanner streaks (dirty feeder glass) painted out before the page is read."""

from __future__ import annotations

import cv2
import numpy as np

from extract.ocr_image import RULE_CONTRAST, binarize, deskew, line_segments, rotate
from extract.ocr_streak import remove_streaks, streak_columns
from tests.ocr.conftest import DPI, PX, grid_image, write_text

# an A4-high page (pixels at 300 dpi) with a table in its middle third
PAGE = (3508, 2480)
ROWS = [250.0, 300.0, 400.0, 500.0]
COLS = [40.0, 120.0, 330.0, 520.0]


def _scan(angle: float = 0.0) -> np.ndarray:
    img = grid_image(ROWS, COLS, size=PAGE)
    write_text(img, "RENCANA AKSI TINDAK LANJUT", 150, 200)
    write_text(img, "Kepala Dinas", 380, 600)
    if angle:
        img, _ = rotate(img, angle)
    noisy = img.astype(np.float32) + np.random.default_rng(3).normal(0, 4, img.shape)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _streak(img: np.ndarray, x_pt: float, grey: int = 215) -> None:
    """A 3-pixel light-grey line down the whole scan, darkening what it crosses."""
    x = int(x_pt * PX)
    strip = img[:, x : x + 3].astype(np.int16)
    img[:, x : x + 3] = np.minimum(strip, strip * grey // 255).astype(np.uint8)


def _vertical_rules_pt(img: np.ndarray) -> list[float]:
    level, _, _ = deskew(img)
    segments = line_segments(binarize(level, DPI, RULE_CONTRAST), DPI, "v")
    return sorted({round(s.x0 / PX) for s in segments})


def test_streak_down_the_whole_scan_is_found_where_it_is() -> None:
    img = _scan(1.2)
    _streak(img, 200.0)
    columns = streak_columns(img, DPI)
    assert len(columns) == 1
    x0, x1 = columns[0]
    assert x0 <= 200 * PX + 1 and x1 >= 200 * PX + 2


def test_table_rules_are_no_streaks() -> None:
    # the table's own column rules stop at its top and bottom: nothing is painted
    img = _scan(0.8)
    assert streak_columns(img, DPI) == []
    out, count = remove_streaks(img, DPI)
    assert count == 0 and out is img


def test_removed_streak_leaves_the_table_columns() -> None:
    img = _scan(1.0)
    _streak(img, 200.0)
    _streak(img, 450.0)
    with_streaks = _vertical_rules_pt(img)
    # the streaks are read as rules through the table (the defect this module answers)
    assert any(abs(x - 200) <= 6 for x in with_streaks)
    cleaned, count = remove_streaks(img, DPI)
    assert count == 2
    rules = _vertical_rules_pt(cleaned)
    assert not any(abs(x - 200) <= 6 or abs(x - 450) <= 6 for x in rules)
    for col in COLS:
        assert any(abs(x - col) <= 6 for x in rules), (col, rules)


def test_letter_crossing_a_streak_keeps_its_ink() -> None:
    img = _scan()
    # a black bar (a letter's stroke) across the streak's column
    y, x = int(600 * PX), int(200 * PX)
    cv2.rectangle(img, (x - 20, y), (x + 20, y + 6), 0, -1)
    _streak(img, 200.0, grey=200)
    cleaned, count = remove_streaks(img, DPI)
    assert count == 1
    assert cleaned[y + 3, x + 1] < 60
    # and the streak's grey over paper became paper
    assert cleaned[int(100 * PX), x + 1] > 235


def test_a_folds_crease_runs_with_the_page_and_is_no_rule() -> None:
    # held-out scan 905: a letter folded in thirds, its crease straight down the page
    # (not the scan): with the page's skew, it is found once the page is levelled, and no
    # vertical rule is taken from what painting it out leaves
    from extract.ocr import prepare
    from extract.ocr_image import binarize, line_segments

    img = grid_image(ROWS, COLS, size=PAGE)
    write_text(img, "RENCANA AKSI TINDAK LANJUT", 150, 200)
    x = int(200 * PX)
    strip = img[:, x : x + 2].astype(np.int16)
    img[:, x : x + 2] = np.minimum(strip, strip * 200 // 255).astype(np.uint8)
    scan, _ = rotate(img, 0.8)
    page = prepare(cv2.cvtColor(scan, cv2.COLOR_GRAY2BGR), DPI)
    assert len(page.creases) == 1
    assert abs(page.creases[0][0] - x) <= 10
    from extract.ocr import _on_crease

    found = line_segments(binarize(page.gray, DPI, RULE_CONTRAST), DPI, "v")
    kept = [s for s in found if not _on_crease(s, page.creases)]
    assert not any(abs(s.x0 - x) <= 6 for s in kept)
    for col in COLS:
        assert any(abs(s.x0 / PX - col) <= 6 for s in kept), col
