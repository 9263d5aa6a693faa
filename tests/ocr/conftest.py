"""Shared helpers of the OCR tests: synthetic page images and the Tesseract guard."""

from __future__ import annotations

import shutil

import cv2
import numpy as np
import numpy.typing as npt
import pytest

DPI = 300
PX = DPI / 72

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None,
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-ind)",
)


def grid_image(
    rows: list[float],
    cols: list[float],
    *,
    merged: tuple[int, int, int, int] | None = None,
    size: tuple[int, int] = (1400, 2000),
    thickness: int = 3,
) -> npt.NDArray[np.uint8]:
    """A white page with a ruled grid; ``rows``/``cols`` in points; ``merged`` =
    (row, col, rowspan, colspan) leaves out the inner rules of one merged cell."""
    img = np.full(size, 255, dtype=np.uint8)
    ys = [int(r * PX) for r in rows]
    xs = [int(c * PX) for c in cols]
    inner_h: set[tuple[int, int]] = set()  # (row line, column) segments to leave out
    inner_v: set[tuple[int, int]] = set()  # (column line, row) segments to leave out
    if merged is not None:
        r, c, rs, cs = merged
        inner_h = {(i, j) for i in range(r + 1, r + rs) for j in range(c, c + cs)}
        inner_v = {(j, i) for j in range(c + 1, c + cs) for i in range(r, r + rs)}
    for i, y in enumerate(ys):
        for j in range(len(xs) - 1):
            if (i, j) not in inner_h:
                cv2.line(img, (xs[j], y), (xs[j + 1], y), 0, thickness)
    for j, x in enumerate(xs):
        for i in range(len(ys) - 1):
            if (j, i) not in inner_v:
                cv2.line(img, (x, ys[i]), (x, ys[i + 1]), 0, thickness)
    return img


def write_text(img: npt.NDArray[np.uint8], text: str, x_pt: float, y_pt: float) -> None:
    """Print-like text (Hershey, ~10 pt) with its baseline at (x, y) points."""
    cv2.putText(
        img,
        text,
        (int(x_pt * PX), int(y_pt * PX)),
        cv2.FONT_HERSHEY_SIMPLEX,
        1.1,
        0,
        2,
        cv2.LINE_AA,
    )
