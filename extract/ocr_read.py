"""What Tesseract is shown: table cells one by one, the rest of the page as sparse text.

Read as one page, the lines of two neighbouring cells that sit at nearly the same height
are taken for one text line, and on a blurred or low-resolution scan the engine then
reads neither ("kinerja dan pengumpulan data" came back as "snes denen Sl Si"). Cut
into cells, each cell is a block of its own lines. All cells of a page go to one
Tesseract run (a list of images: the model is loaded once), read as uniform blocks of
text (psm 6); what lies outside the tables (title, header block, signature) is a second
run on the page with the tables painted white, as sparse text (psm 11). Measured on the
scanned samples: the same CPU time as one page-wide run plus ~0.5 s, and the words lost
between cells come back. A page without a ruled table is read whole (psm 11).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from extract.layout import Box
from extract.ocr_image import Gray
from extract.ocr_retry import read_again
from extract.ocr_tesseract import OcrWord, run_tesseract, run_tesseract_many

CELL_PSM = 6
PAGE_PSM = 11
# White margin around a cut-out cell (pixels at 300 dpi): Tesseract wants some paper.
PAD = 12
# A cell's ink no taller than this (inches) is one line; no wider than TOKEN_INCHES, a
# lone short token (NO, a dash, a section letter), cut and enlarged (:func:`_token_crop`).
BAND_INCHES = 0.2
TOKEN_INCHES = 0.4
# Line keys of one crop's words: crop number * this + Tesseract's line key.
LINES_PER_CROP = 100_000_000
# A cell thinner than this (pixels) holds no line of text.
MIN_SIDE = 12
# Ink this close to a cell's border (points) is what is left of the erased rule.
BORDER = 1.5
# Fewer ink pixels than this (at 300 dpi) in one blob is JPEG speckle, not a glyph.
MIN_BLOB = 12


def _pixels(box: Box, px: float, shape: tuple[int, ...]) -> tuple[int, int, int, int]:
    h, w = shape[:2]
    x0, y0 = max(0, int(box.x0 * px)), max(0, int(box.top * px))
    x1, y1 = min(w, int(box.x1 * px + 0.5)), min(h, int(box.bottom * px + 0.5))
    return x0, y0, x1, y1


def _cut(image: Gray, x0: int, y0: int, x1: int, y1: int, pad: int) -> Gray:
    out = np.full((y1 - y0 + 2 * pad, x1 - x0 + 2 * pad), 255, dtype=np.uint8)
    out[pad : pad + y1 - y0, pad : pad + x1 - x0] = image[y0:y1, x0:x1]
    return out


def ink_box(ink: Gray, dpi: int) -> tuple[int, int, int, int] | None:
    """Bounding box (x, y, w, h) of a cell's ink (255 on 0) away from its border, or None.

    An empty cell must not go to Tesseract: its global threshold turns the faint ghost of
    an erased rule into strokes and reads them as letters.
    """
    margin = max(2, int(BORDER * dpi / 72))
    inner = ink[margin:-margin, margin:-margin]
    if inner.size == 0 or not cv2.countNonZero(inner):
        return None
    count, _, stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=8)
    least = max(4, MIN_BLOB * dpi // 300)
    blobs = [stats[i, :4] for i in range(1, count) if stats[i, cv2.CC_STAT_AREA] >= least]
    if not blobs:
        return None
    x0 = min(int(b[0]) for b in blobs)
    y0 = min(int(b[1]) for b in blobs)
    x1 = max(int(b[0] + b[2]) for b in blobs)
    y1 = max(int(b[1] + b[3]) for b in blobs)
    return x0 + margin, y0 + margin, x1 - x0, y1 - y0


def has_ink(ink: Gray, dpi: int) -> bool:
    return ink_box(ink, dpi) is not None


def _overlap(a: OcrWord, b: OcrWord) -> float:
    """Intersection over the smaller box."""
    w = min(a.left + a.width, b.left + b.width) - max(a.left, b.left)
    h = min(a.top + a.height, b.top + b.height) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / max(min(a.width * a.height, b.width * b.height), 1)


def unique_words(words: Sequence[OcrWord], cell: int = 24) -> list[OcrWord]:
    """One word per place: cells found overlapping (a merged cell and the cells a lost
    rule would have made of it) are read twice; the more confident reading stays."""
    buckets: dict[tuple[int, int], list[int]] = {}
    keep = [True] * len(words)
    order = sorted(range(len(words)), key=lambda i: -words[i].conf)
    for i in order:
        w = words[i]
        key = ((w.left + w.width // 2) // cell, (w.top + w.height // 2) // cell)
        near = [
            j
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            for j in buckets.get((key[0] + dx, key[1] + dy), [])
        ]
        if any(_overlap(w, words[j]) > 0.5 for j in near):
            keep[i] = False
            continue
        buckets.setdefault(key, []).append(i)
    return [w for w, k in zip(words, keep, strict=True) if k]


@dataclass(frozen=True)
class Crop:
    image: Gray
    dx: int  # page position of the crop's origin
    dy: int
    scale: int  # the crop was enlarged this many times


def token_crop(image: Gray, x: int, y: int, w: int, h: int, dpi: int) -> Crop:
    """A lone short token, in a band of one text line, enlarged twice.

    Alone in its cell, a "1" is scaled by Tesseract as if it were lower case and read as
    "4" (measured: the same glyph read "4" at 300 dpi in every segmentation mode and "1"
    once enlarged); the second look at dropped tokens (``extract.ocr_recheck``) uses the same cut.
    """
    band = int(dpi * BAND_INCHES)
    y0 = max(0, y + h // 2 - band // 2)
    x0 = max(0, x - band // 4)
    piece = image[y0 : y0 + band, x0 : x + w + band // 4]
    canvas = np.full((2 * band, piece.shape[1] + band), 255, dtype=np.uint8)
    canvas[band // 2 : band // 2 + piece.shape[0], band // 2 : band // 2 + piece.shape[1]] = piece
    big = cv2.resize(canvas, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    return Crop(big.astype(np.uint8), x0 - band // 2, y0 - band // 2, 2)


def _crops(image: Gray, ink: Gray, cells: Sequence[Box], dpi: int) -> list[Crop]:
    px = dpi / 72
    pad = max(4, PAD * dpi // 300)
    out = []
    for box in cells:
        x0, y0, x1, y1 = _pixels(box, px, image.shape)
        if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE:
            continue
        found = ink_box(ink[y0:y1, x0:x1], dpi)
        if found is None:
            continue
        bx, by, bw, bh = found
        if bh <= dpi * BAND_INCHES and bw <= dpi * TOKEN_INCHES:
            out.append(token_crop(image, x0 + bx, y0 + by, bw, bh, dpi))
        else:
            out.append(Crop(_cut(image, x0, y0, x1, y1, pad), x0 - pad, y0 - pad, 1))
    return out


def read_crops(crops: Sequence[Crop], dpi: int, psm: int) -> list[OcrWord]:
    """Words of the crops, from one Tesseract run (and two more for crops it read badly,
    ``extract.ocr_retry``), in page pixels."""
    images = [c.image for c in crops]
    found = run_tesseract_many(images, dpi, psm=psm)
    # enlarged tokens are read again their own way (``extract.ocr_recheck``)
    cells = [i for i, c in enumerate(crops) if c.scale == 1]
    better = read_again([images[i] for i in cells], [found[i] for i in cells], dpi, psm)
    for i, reading in zip(cells, better, strict=True):
        found[i] = reading
    words: list[OcrWord] = []
    for n, (c, ws) in enumerate(zip(crops, found, strict=True), start=1):
        words.extend(
            OcrWord(
                w.text,
                w.left // c.scale + c.dx,
                w.top // c.scale + c.dy,
                w.width // c.scale,
                w.height // c.scale,
                w.conf,
                # Tesseract's own lines of this crop: in a cell of tight lines its word
                # boxes overlap the next line's, its line finding does not
                line=n * LINES_PER_CROP + w.line if w.line else 0,
            )
            for w in ws
        )
    return words


def read_cells(image: Gray, ink: Gray, cells: Sequence[Box], dpi: int) -> list[OcrWord]:
    """Words of every cell (boxes in points), in page pixels, from one Tesseract run."""
    return unique_words(read_crops(_crops(image, ink, cells, dpi), dpi, CELL_PSM))


def read_outside(image: Gray, areas: Sequence[Box], dpi: int) -> list[OcrWord]:
    """Words of the page outside ``areas`` (points), which are painted white first."""
    px = dpi / 72
    rest = image.copy()
    for box in areas:
        x0, y0, x1, y1 = _pixels(box, px, image.shape)
        rest[y0:y1, x0:x1] = 255
    return _sparse(run_tesseract(_unmottled(rest, dpi), dpi, psm=PAGE_PSM))


# Paper left mottled grey over this share of the page (a phone photo's noise in low
# light) ...
MOTTLED_SHARE = 0.5
# ... is whitened where it is less than this much darker than the paper around it: print
# stands far darker than its paper; the mottling does not.
MOTTLE_CONTRAST = 40
# the paper around a pixel: a median over this square (inches)
PAPER_INCHES = 0.08


def _unmottled(image: Gray, dpi: int) -> Gray:
    """``image`` with mottled grey paper whitened, when most of it is such paper: in a
    sparse reading Tesseract spends seconds on every blotch and makes words of them."""
    mottled = (image >= 150) & (image < 250)
    if mottled.mean() < MOTTLED_SHARE:
        return image
    k = max(3, int(dpi * PAPER_INCHES) | 1)
    paper = cv2.medianBlur(image, k)
    out = image.copy()
    out[image.astype(np.int16) > paper.astype(np.int16) - MOTTLE_CONTRAST] = 255
    return out


def _sparse(words: Sequence[OcrWord]) -> list[OcrWord]:
    """Words of a sparse-text reading without Tesseract's lines: there a "line" is one
    cluster of words, and a header row's labels would be as many lines; lines are laid
    out by position instead."""
    return [replace(w, line=0) for w in words]


def read_page_words(
    image: Gray, ink: Gray, tables: Sequence[Sequence[Box]], dpi: int
) -> list[OcrWord]:
    """All words of a page whose rules are erased; ``tables``: the cell boxes of each;
    ``ink``: the page's ink without the rules (255 on 0)."""
    if not tables:
        return _sparse(run_tesseract(image, dpi, psm=PAGE_PSM))
    areas = [
        Box(
            min(b.x0 for b in t),
            min(b.top for b in t),
            max(b.x1 for b in t),
            max(b.bottom for b in t),
        )
        for t in tables
    ]
    cells = [b for t in tables for b in t]
    return read_cells(image, ink, cells, dpi) + read_outside(image, areas, dpi)
