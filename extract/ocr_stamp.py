"""Stamps and signatures: coloured ink over the table, lightened before reading.

Units stamp (blue, violet or red ink) and sign (blue pen) over the last rows and the
signature block. Printed text is black. Large blobs of coloured ink are turned light
(their brightest channel), so line detection and Tesseract see the black print under
them; small coloured marks such as a blue hyperlink label keep their ordinary grey.
A scan made in greyscale carries no colour and passes through as plain grey.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from extract.ocr_image import Gray

# Chroma (max - min channel) above which a pixel is coloured ink; JPEG fringes around
# black glyphs stay below it.
MIN_CHROMA = 60
# A stamp is ~40 mm round, a signature ~40 x 15 mm; a blue link label in a narrow column
# is smaller than this in at least one direction.
MIN_BLOB_MM = (25.0, 12.0)


def _blobs(colored: npt.NDArray[np.uint8], dpi: int) -> npt.NDArray[np.uint8]:
    """The coloured pixels that belong to stamp- or signature-sized blobs."""
    px_per_mm = dpi / 25.4
    # join a stamp's ring and letters, a signature's strokes, into one blob each
    reach = max(3, int(1.5 * px_per_mm))
    joined = cv2.dilate(colored, np.ones((reach, reach), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    min_w, min_h = (v * px_per_mm for v in MIN_BLOB_MM)
    keep = np.zeros(count, dtype=bool)
    for i in range(1, count):
        w, h = stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT]
        keep[i] = max(w, h) >= min_w and min(w, h) >= min_h
    return (keep[labels] & (colored > 0)).astype(np.uint8)


def lighten_stamps(bgr: npt.NDArray[np.uint8], dpi: int) -> Gray:
    """Greyscale page with stamp and signature ink made light."""
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    b, g, r = cv2.split(bgr)
    # OpenCV's per-element max/min: numpy's reductions over the channel axis are ~10x slower
    brightest = cv2.max(cv2.max(b, g), r)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(b, g), r))
    _, colored = cv2.threshold(chroma, MIN_CHROMA, 1, cv2.THRESH_BINARY)
    if not cv2.countNonZero(colored):
        return gray.astype(np.uint8)
    stamp = _blobs(colored, dpi) > 0
    if not stamp.any():
        return gray.astype(np.uint8)
    # the brightest channel of blue/violet/red ink is light, of black print still dark;
    # the dilation also catches the stamp's anti-aliased edge
    edge = cv2.dilate(stamp.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    out = gray.copy()
    out[edge] = np.maximum(gray[edge], brightest[edge])
    return out.astype(np.uint8)
