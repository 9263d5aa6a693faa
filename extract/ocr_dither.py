"""Dithered fills smoothed away before OCR.

A printer that cannot print grey (dot-matrix, a fax, a cheap laser's screen) shades a
header row with a regular field of small dots. Tesseract reads such a field as letters
and loses the words printed over it; the fill handling of ``clean_for_ocr`` does not see
it, since between the dots the paper is white. Where small isolated dots lie densely,
the area is blurred into an even grey about the dot pitch and everything as light as that
grey is painted white; the words, much darker than the blurred dots, stay.

Numpy/OpenCV only; images are grayscale ``uint8``, ink dark on light paper.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]

# A dot: darker than its paper by this much (grey levels) ...
DOT_DIP = 45
# ... no wider than this: a dither dot is about a printer's pin (1/120 in to 1/60 in);
# the dot of an "i" at 9 pt is about as small, but it never has dozens of neighbours.
DOT_MAX_INCHES = 0.02
# Dots in a square of this side that make a dithered area: a fill's dots crowd it
# (30-40 at 300 dpi); the specks of soft print's broken strokes (a carbon copy, worn
# toner) stay below 17 even in a word, and an ellipsis or the dots of "i"s far below.
DENSITY_INCHES = 0.12
MIN_DOTS = 20
# A dithered area spreads this far past its counted dots: the dots next to a word or a
# rule touch it and are not counted, but are in the fill all the same.
SPREAD_INCHES = 0.15
# A cell (a region the rules enclose) this much dithered is dithered all over: a fill
# is a cell's, and the dots between a word and the cell's rule are too few to count.
CELL_SHARE = 0.25
# Everything at most this much darker than the blurred fill's median is fill.
FILL_MARGIN = 30


def _odd(n: float) -> int:
    return max(3, int(n) | 1)


# The density is counted on a grid of squares this wide (inches): a page-sized map of
# counts at full resolution would take more memory than the page itself.
GRID_INCHES = 0.0133


def dither_area(gray: Gray, dpi: int, rules: Gray | None = None) -> npt.NDArray[np.bool_]:
    """Where the page is shaded with dense small isolated dots (``rules``: the ruling
    lines' pixels, whose cells are filled whole)."""
    # paper as the local maximum: the dots are separate components against it even
    # where they crowd a word, which a local-mean threshold would take for paper
    paper = cv2.dilate(gray, np.ones((9, 9), np.uint8))
    _, dark = cv2.threshold(cv2.subtract(paper, gray), DOT_DIP, 255, cv2.THRESH_BINARY)
    count, _, stats, centres = cv2.connectedComponentsWithStats(dark, connectivity=8)
    biggest = dpi * DOT_MAX_INCHES
    dots = (stats[:, cv2.CC_STAT_AREA] <= biggest**2) & (
        np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]) <= biggest
    )
    dots[0] = False
    if count < MIN_DOTS or not dots.any():
        return np.zeros(gray.shape, dtype=bool)
    h, w = gray.shape
    step = max(1, round(dpi * GRID_INCHES))
    grid = np.zeros((h // step + 1, w // step + 1), dtype=np.float32)
    ys = np.clip(centres[dots, 1].astype(np.int64) // step, 0, grid.shape[0] - 1)
    xs = np.clip(centres[dots, 0].astype(np.int64) // step, 0, grid.shape[1] - 1)
    np.add.at(grid, (ys, xs), 1.0)
    side = _odd(dpi * DENSITY_INCHES / step)
    least = MIN_DOTS * (dpi / 300) ** 2
    dense = (cv2.boxFilter(grid, -1, (side, side), normalize=False) >= least).astype(np.uint8)
    if not dense.any():
        return np.zeros(gray.shape, dtype=bool)
    grow = _odd(dpi * SPREAD_INCHES / step)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (grow, grow))
    # closing joins the dense patches of one fill, dilation reaches the dots by words
    coarse = cv2.dilate(cv2.morphologyEx(dense, cv2.MORPH_CLOSE, kernel), kernel)
    area = np.repeat(np.repeat(coarse, step, axis=0), step, axis=1)[:h, :w].astype(bool)
    if rules is not None:
        area |= _dithered_cells(area, rules)
    return area


def _dithered_cells(area: npt.NDArray[np.bool_], rules: Gray) -> npt.NDArray[np.bool_]:
    """The regions the rules enclose that are mostly ``area``."""
    count, cells = cv2.connectedComponents((rules == 0).astype(np.uint8), connectivity=4)
    share = np.bincount(cells[area], minlength=count) / np.maximum(
        np.bincount(cells.ravel(), minlength=count), 1
    )
    dithered = share >= CELL_SHARE
    dithered[0] = False  # the rules themselves
    return np.asarray(dithered[cells])


def smooth_dither(gray: Gray, dpi: int, rules: Gray | None = None) -> Gray:
    """``gray`` with its dithered fills (:func:`dither_area`) turned white."""
    area = dither_area(gray, dpi, rules)
    if not area.any():
        return gray
    # a blur about the dot pitch turns the dots into an even grey
    blurred = cv2.GaussianBlur(gray, (0, 0), dpi / 150)
    values = blurred[area]
    fill = float(np.median(values))
    out = gray.copy()
    out[area] = np.where(values > fill - FILL_MARGIN, 255, gray[area])
    return out
