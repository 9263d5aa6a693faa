"""Stamps and signatures: coloured ink over the table, lightened before reading.

Units stamp (blue, violet or red ink) and sign (blue pen) over the last rows and the
signature block. Printed text is black. Within large blobs of coloured ink every
coloured pixel is turned white, so line detection and Tesseract see the black print
under them (black printed under or over a stamp stays black: it has no colour); small
coloured marks such as a blue hyperlink label keep their ordinary grey. A scan made in
greyscale carries no colour and passes through as plain grey.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from extract.ocr_image import Gray

# Chroma (max - min channel) above which a pixel is coloured ink; JPEG fringes around
# black glyphs stay below it.
MIN_CHROMA = 60
# Inside a stamp's region, thin strokes and pale edges count as coloured from here.
EDGE_CHROMA = 25
INK_BRIGHTEST = 110
# A stamp is ~40 mm round, a signature ~40 x 15 mm; a blue link label in a narrow column
# is smaller than this in at least one direction.
MIN_BLOB_MM = (25.0, 12.0)


def _blobs(colored: npt.NDArray[np.uint8], dpi: int) -> npt.NDArray[np.uint8]:
    """The boxes of stamp- or signature-sized blobs of coloured ink, as a mask.

    Boxes, not the blobs' pixels: a stamp's letters and inner ring sit apart from its
    outer ring, and JPEG's halved colour resolution leaves thin strokes little chroma.
    """
    px_per_mm = dpi / 25.4
    # join a stamp's ring, a signature's strokes, into one blob each
    reach = max(3, int(1.5 * px_per_mm))
    joined = cv2.dilate(colored, np.ones((reach, reach), np.uint8))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    min_w, min_h = (v * px_per_mm for v in MIN_BLOB_MM)
    region = np.zeros_like(colored)
    for i in range(1, count):
        x, y, w, h = (int(v) for v in stats[i, :4])
        if max(w, h) >= min_w and min(w, h) >= min_h:
            region[y : y + h, x : x + w] = 1
    return region


# Stamps and signatures cover a few hundredths of a page; coloured pixels joined into
# blobs over more than this share of it are noise.
MAX_STAMP_SHARE = 0.25
# Paper whose colour (max - min channel of the page's median) is this strong is coloured
# paper (pink, blue, green copy paper scanned without background removal): with a scan's
# noise much of it reaches MIN_CHROMA and counts as coloured ink, and the print on it,
# tinted by it, with it. Aged, yellowed paper (chroma ~40) reads better left as it is.
PAPER_TINT = 50


def balance_paper(bgr: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """A page on coloured paper with each channel scaled so the paper is white.

    The print keeps its darkness and loses the paper's tint; a stamp's own colour stays.
    Paper white or a little off-white (yellowed, a scanner's cast) is left as it is.
    """
    paper = np.median(bgr[::8, ::8].reshape(-1, 3), axis=0)
    if float(paper.max() - paper.min()) < PAPER_TINT:
        return bgr
    # one look-up table per channel: a float copy of a 300 dpi page would take 100 MB
    scale = 255.0 / np.maximum(paper, 1.0)
    tables = np.clip(np.arange(256)[:, None] * scale[None, :], 0, 255).astype(np.uint8)
    channels = [cv2.LUT(np.ascontiguousarray(bgr[:, :, c]), tables[:, c]) for c in range(3)]
    return np.asarray(cv2.merge(channels), dtype=np.uint8)


def lighten_stamps(bgr: npt.NDArray[np.uint8], dpi: int) -> Gray:
    """Greyscale page with stamp and signature ink made light."""
    bgr = balance_paper(bgr)
    gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    b, g, r = cv2.split(bgr)
    # OpenCV's per-element max/min: numpy's reductions over the channel axis are ~10x slower
    brightest = cv2.max(cv2.max(b, g), r)
    chroma = cv2.subtract(brightest, cv2.min(cv2.min(b, g), r))
    _, colored = cv2.threshold(chroma, MIN_CHROMA, 1, cv2.THRESH_BINARY)
    if not cv2.countNonZero(colored):
        return gray.astype(np.uint8)
    region = _blobs(np.asarray(colored, dtype=np.uint8), dpi) > 0
    if not region.any() or region.mean() > MAX_STAMP_SHARE:
        # coloured "ink" all over the page is no stamp: a phone photo's colour noise in
        # low light; whitening it left the page mottled and took the header's fill
        return gray.astype(np.uint8)
    out = gray.copy()
    # coloured ink has one bright channel; black print under it has none, even where
    # JPEG's colour bleed tints it
    out[(region > 0) & (chroma > EDGE_CHROMA) & (brightest >= INK_BRIGHTEST)] = 255
    return out.astype(np.uint8)
