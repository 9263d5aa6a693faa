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

import cv2
import numpy as np

from extract.layout import Box
from extract.ocr_image import Gray
from extract.ocr_tesseract import OcrWord, run_tesseract, run_tesseract_many

CELL_PSM = 6
PAGE_PSM = 11
# White margin around a cut-out cell (pixels at 300 dpi): Tesseract wants some paper.
PAD = 12
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


def _shifted(w: OcrWord, dx: int, dy: int) -> OcrWord:
    return OcrWord(w.text, w.left + dx, w.top + dy, w.width, w.height, w.conf)


def has_ink(ink: Gray, dpi: int) -> bool:
    """Whether a cell's ink map (255 on 0) holds a blob away from its border.

    An empty cell must not go to Tesseract: its global threshold turns the faint ghost of
    an erased rule into strokes and reads them as letters.
    """
    margin = max(2, int(BORDER * dpi / 72))
    inner = ink[margin:-margin, margin:-margin]
    if inner.size == 0 or not cv2.countNonZero(inner):
        return False
    count, _, stats, _ = cv2.connectedComponentsWithStats(inner, connectivity=8)
    least = max(4, MIN_BLOB * dpi // 300)
    return any(stats[i, cv2.CC_STAT_AREA] >= least for i in range(1, count))


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


def read_cells(image: Gray, ink: Gray, cells: Sequence[Box], dpi: int) -> list[OcrWord]:
    """Words of every cell (boxes in points), in page pixels, from one Tesseract run."""
    px = dpi / 72
    pad = max(4, PAD * dpi // 300)
    crops: list[Gray] = []
    origins: list[tuple[int, int]] = []
    for box in cells:
        x0, y0, x1, y1 = _pixels(box, px, image.shape)
        if x1 - x0 < MIN_SIDE or y1 - y0 < MIN_SIDE or not has_ink(ink[y0:y1, x0:x1], dpi):
            continue
        crops.append(_cut(image, x0, y0, x1, y1, pad))
        origins.append((x0 - pad, y0 - pad))
    words: list[OcrWord] = []
    for (dx, dy), found in zip(origins, run_tesseract_many(crops, dpi, psm=CELL_PSM), strict=True):
        words.extend(_shifted(w, dx, dy) for w in found)
    return unique_words(words)


def read_outside(image: Gray, areas: Sequence[Box], dpi: int) -> list[OcrWord]:
    """Words of the page outside ``areas`` (points), which are painted white first."""
    px = dpi / 72
    rest = image.copy()
    for box in areas:
        x0, y0, x1, y1 = _pixels(box, px, image.shape)
        rest[y0:y1, x0:x1] = 255
    return run_tesseract(rest, dpi, psm=PAGE_PSM)


def read_page_words(
    image: Gray, ink: Gray, tables: Sequence[Sequence[Box]], dpi: int
) -> list[OcrWord]:
    """All words of a page whose rules are erased; ``tables``: the cell boxes of each;
    ``ink``: the page's ink without the rules (255 on 0)."""
    if not tables:
        return run_tesseract(image, dpi, psm=PAGE_PSM)
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
