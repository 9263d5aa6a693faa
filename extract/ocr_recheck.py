"""A second look at ink that got no word from the first reading.

Tesseract drops a lone short token now and then: the ``1`` of the NO column, the ``-``
of an empty TARGET DATA cell, a section letter, even in a cell of its own; and, in a
blurred line, the score between "nilai" and "atau" ("memperoleh nilai atau 75%"), which
the score parser then misses. The gap between the two words is cut out like a cell. Each such
cell's ink is cut out in a band of one text line, enlarged (``extract.ocr_read.
token_crop``) and read once more as a single line (psm 7); all cut-outs of a page go to
one Tesseract run, so a page costs at most three runs. Cells whose ink is taller than
one line are not a dropped token and are left as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extract.layout import Table, Word
from extract.ocr_image import Gray
from extract.ocr_read import BAND_INCHES, Crop, ink_box, read_crops, token_crop
from extract.ocr_tesseract import OcrWord

# Re-reading is a fallback: past this many cells the first reading went wrong in a way a
# second look will not mend, and the time is better spent elsewhere.
MAX_CELLS = 60
LINE_PSM = 7


def inked_empty_cells(tables: Sequence[Table], image: Gray, ink: Gray, dpi: int) -> list[Crop]:
    """Cut-outs (of ``image``) of the cells without a word whose inside holds one line of
    ink (``ink``: 255 on 0, the rules erased)."""
    px = dpi / 72
    out: list[Crop] = []
    for table in tables:
        for cell in table.cells:
            if cell.lines:
                continue
            x0, y0 = int(cell.box.x0 * px), int(cell.box.top * px)
            x1, y1 = int(cell.box.x1 * px), int(cell.box.bottom * px)
            found = ink_box(ink[y0:y1, x0:x1], dpi) if x1 - x0 > 8 and y1 - y0 > 8 else None
            if found is None:
                continue
            bx, by, bw, bh = found
            if bh <= dpi * BAND_INCHES:
                out.append(token_crop(image, x0 + bx, y0 + by, bw, bh, dpi))
    return out[:MAX_CELLS]


def _gap_has_ink(ink: Gray, x0: int, y0: int, x1: int, y1: int, dpi: int) -> bool:
    return x1 - x0 > 4 and ink_box(ink[y0:y1, x0:x1], dpi) is not None


def score_gaps(words: Sequence[Word], image: Gray, ink: Gray, dpi: int) -> list[Crop]:
    """Cut-outs of the inked gap between a "nilai" and the "atau" after it on its line."""
    px = dpi / 72
    out: list[Crop] = []
    for w in words:
        if w.text.lower() != "nilai":
            continue
        height = w.box.bottom - w.box.top
        after = [
            a
            for a in words
            if a.text.lower() == "atau"
            and abs(a.box.cy - w.box.cy) < height / 2
            and 0.8 * height < a.box.x0 - w.box.x1 < 6 * height
        ]
        if not after:
            continue
        atau = min(after, key=lambda a: a.box.x0)
        between = [
            o
            for o in words
            if w.box.x1 <= o.box.cx <= atau.box.x0 and abs(o.box.cy - w.box.cy) < height / 2
        ]
        if between:
            continue  # the score is there, the parser's business
        x0, x1 = int(w.box.x1 * px) + 2, int(atau.box.x0 * px) - 2
        y0 = int(min(w.box.top, atau.box.top) * px) - 2
        y1 = int(max(w.box.bottom, atau.box.bottom) * px) + 2
        if _gap_has_ink(ink, x0, y0, x1, y1, dpi):
            # ink_box's border margin would trim a number that fills the gap: cut it whole
            out.append(token_crop(image, x0, y0, x1 - x0, y1 - y0, dpi))
    return out[:MAX_CELLS]


def reread(crops: Sequence[Crop], dpi: int) -> list[OcrWord]:
    """Words read from the cut-outs, in page pixels; they join the lines already read by
    position (their crops' line keys would clash with the first reading's)."""
    return [replace(w, line=0) for w in read_crops(crops, dpi, LINE_PSM)] if crops else []
