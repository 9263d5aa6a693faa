"""A second look at table cells that hold ink but got no word from the page pass.

Tesseract's page layout analysis drops a lone short token such as the ``1`` of the NO
column or the ``-`` of an empty TARGET DATA cell: it takes it for noise beside a column of
text. Each such cell's ink is cut out in a band of one text line and read once more as a
single line (psm 7); all cut-outs of a page go to one Tesseract run (a list of images),
so the page costs at most two runs. One image per token, not a strip or a stack of them:
glued together, a lone ``1`` beside a ``-`` was read as ``4`` (the line's height is
guessed from too few glyphs), alone it reads right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from extract.layout import Table
from extract.ocr_image import Gray
from extract.ocr_tesseract import OcrWord, run_tesseract_many

# Inset from a cell's border (points) so that what is left of a rule is not taken for ink.
INSET = 2.0
# Height of the band cut around a token (inches): one line of 8-11 pt text with room.
BAND_INCHES = 0.2
# Re-reading is a fallback: past this many cells the page pass went wrong in a way a
# second pass will not mend, and the time is better spent elsewhere.
MAX_CELLS = 60


@dataclass(frozen=True)
class Cutout:
    """Where an inked region of a cell sits on the page (pixels): x, y, width, height."""

    x: int
    y: int
    w: int
    h: int


def _ink_box(ink: Gray, dpi: int) -> tuple[int, int, int, int] | None:
    """Bounding box of the glyph-sized ink in a cell crop, or None when it holds only specks."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    least = max(4, int(dpi * 0.02))  # ~1.7 mm: a dash is wide, a speck small both ways
    boxes = [
        stats[i, :4]
        for i in range(1, count)
        if max(stats[i, 2], stats[i, 3]) >= least and stats[i, 4] >= least
    ]
    if not boxes:
        return None
    x0 = min(int(b[0]) for b in boxes)
    y0 = min(int(b[1]) for b in boxes)
    x1 = max(int(b[0] + b[2]) for b in boxes)
    y1 = max(int(b[1] + b[3]) for b in boxes)
    return x0, y0, x1 - x0, y1 - y0


def inked_empty_cells(tables: Sequence[Table], ink: Gray, dpi: int) -> list[Cutout]:
    """Cells without a word whose inside holds glyph-sized ink (``ink``: 255 on 0)."""
    px = dpi / 72
    out: list[Cutout] = []
    for table in tables:
        for cell in table.cells:
            if cell.lines:
                continue
            x0, y0 = int((cell.box.x0 + INSET) * px), int((cell.box.top + INSET) * px)
            x1, y1 = int((cell.box.x1 - INSET) * px), int((cell.box.bottom - INSET) * px)
            if x1 - x0 < 4 or y1 - y0 < 4:
                continue
            found = _ink_box(ink[y0:y1, x0:x1], dpi)
            if found is not None:
                bx, by, bw, bh = found
                out.append(Cutout(x0 + bx, y0 + by, bw, bh))
    return out[:MAX_CELLS]


def _cut(gray: Gray, c: Cutout, dpi: int) -> Gray:
    """A band of one text line around the cut-out's ink, with white margins."""
    band = int(dpi * BAND_INCHES)
    y0 = max(0, c.y + c.h // 2 - band // 2)
    piece = gray[y0 : y0 + band, c.x : c.x + c.w]
    canvas = np.full((band * 2, c.w + 2 * band), 255, dtype=np.uint8)
    canvas[band // 2 : band // 2 + piece.shape[0], band : band + piece.shape[1]] = piece
    return canvas


def reread(gray: Gray, cutouts: Sequence[Cutout], dpi: int) -> list[OcrWord]:
    """Words read from the cut-outs, in page pixels."""
    band = int(dpi * BAND_INCHES)
    lines = [c for c in cutouts if c.h <= band]  # a lone token, not a missed paragraph
    images = [_cut(gray, c, dpi) for c in lines]
    words = []
    for c, found in zip(lines, run_tesseract_many(images, dpi, psm=7), strict=True):
        # back from the cut-out's canvas to the page: the band's origin on both
        dx = c.x - band
        dy = max(0, c.y + c.h // 2 - band // 2) - band // 2
        words.extend(
            OcrWord(w.text, w.left + dx, w.top + dy, w.width, w.height, w.conf) for w in found
        )
    return words
