"""Cell images Tesseract read badly, read again as a sharper or a smaller picture.

A 150 dpi scan rendered at 300 dpi has soft, thick strokes. Tesseract's line finding
then drops whole lines of a cell ("1. Merevisi Indikator Kinerja Individu" lost,
"SMART" kept), or, where the lines of a serif font touch, reads every line as
nonsense at a mean confidence near 50. Measured on the independent scans
(samples/scanned_unseen): the lost lines come back at 60 % of the size, the touching
lines sharpened (an unsharp mask), each read at a confidence above 85.

A reading is judged by how much of the image's print its words cover times their mean
confidence; the best of the three readings of a weak image is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import cv2
import numpy as np

from extract.ocr_image import Gray
from extract.ocr_tesseract import OcrWord, run_tesseract_many

# Grey level below which a pixel is print.
PRINT = 170
# A reading below either of these is weak and gets a second look.
MIN_COVERAGE = 0.6
MIN_CONFIDENCE = 75.0
SMALLER = 0.6
# Unsharp mask: sigma (inches) and amount.
SHARPEN_SIGMA_INCHES = 0.01
SHARPEN_AMOUNT = 0.8


def coverage(image: Gray, words: Sequence[OcrWord]) -> float:
    """Share of an image's print (darker than :data:`PRINT`) inside its words' boxes."""
    dark = image < PRINT
    total = int(np.count_nonzero(dark))
    if not total:
        return 1.0
    inside = np.zeros_like(dark)
    for w in words:
        inside[max(w.top, 0) : w.top + w.height, max(w.left, 0) : w.left + w.width] = True
    return int(np.count_nonzero(dark & inside)) / total


def confidence(words: Sequence[OcrWord]) -> float:
    """Character-weighted mean confidence (0 without words)."""
    chars = sum(len(w.text) for w in words)
    return sum(w.conf * len(w.text) for w in words) / chars if chars else 0.0


def quality(image: Gray, words: Sequence[OcrWord]) -> float:
    return coverage(image, words) * confidence(words) / 100


def weak(image: Gray, words: Sequence[OcrWord]) -> bool:
    return coverage(image, words) < MIN_COVERAGE or confidence(words) < MIN_CONFIDENCE


def sharpened(image: Gray, dpi: int) -> Gray:
    sigma = max(1.0, SHARPEN_SIGMA_INCHES * dpi)
    blurred = cv2.GaussianBlur(image, (0, 0), sigma)
    out = cv2.addWeighted(image, 1 + SHARPEN_AMOUNT, blurred, -SHARPEN_AMOUNT, 0)
    return np.asarray(out, dtype=np.uint8)


def smaller(image: Gray) -> Gray:
    out = cv2.resize(image, None, fx=SMALLER, fy=SMALLER, interpolation=cv2.INTER_AREA)
    return np.asarray(out, dtype=np.uint8)


def _scaled_back(words: Sequence[OcrWord], scale: float) -> list[OcrWord]:
    return [
        replace(
            w,
            left=round(w.left / scale),
            top=round(w.top / scale),
            width=round(w.width / scale),
            height=round(w.height / scale),
        )
        for w in words
    ]


Variant = tuple[Callable[[Gray], Gray], float]  # the picture made of an image, its scale


def read_again(
    images: Sequence[Gray], found: list[list[OcrWord]], dpi: int, psm: int
) -> list[list[OcrWord]]:
    """``found`` with each weak reading replaced by a better one, if a variant gives it."""
    low = [
        i for i, (image, words) in enumerate(zip(images, found, strict=True)) if weak(image, words)
    ]
    if not low:
        return found
    out = list(found)
    variants: list[Variant] = [(lambda im: sharpened(im, dpi), 1.0), (smaller, SMALLER)]
    for make, scale in variants:
        again = run_tesseract_many([make(images[i]) for i in low], round(dpi * scale), psm=psm)
        for i, words in zip(low, again, strict=True):
            words = _scaled_back(words, scale) if scale != 1.0 else words
            if quality(images[i], words) > quality(images[i], out[i]):
                out[i] = words
    return out
