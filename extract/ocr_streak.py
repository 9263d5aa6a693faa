"""Scanner streaks: thin vertical lines a dirty feeder glass draws down the whole scan.

A speck of dust on an ADF's glass draws one line through every row of the image, table
or margin alike, straight down the scan (not down the page: it ignores the page's
skew). Taken for ruling lines they split columns and pull the signature into the table.
A table's own rule never runs through the page's top and bottom margins, so a line
present in both margin bands and through most of the page between them is a streak. It
is painted out before the page is levelled, while it is still one column of pixels;
ink darker than the streak itself (a letter it crosses) is kept.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from extract.ocr_image import Gray

# A streak pixel is this many grey levels darker than the paper on both sides of it.
STREAK_DIP = 5
# Share of rows in which a streak shows, in each margin band and over the whole page;
# text crossing the streak, and JPEG noise, hide it in some rows.
MIN_SHOWING = 0.6
# The margin bands: this share of the page height at the top and at the bottom. No
# table rule reaches into both (printers keep a margin of 10 mm or more).
MARGIN_SHARE = 0.025
# A streak is a thin line; wider dark bands (a scanner lid's shadow, a fold) are not.
MAX_WIDTH_INCHES = 0.03
# Ink this much darker than the streak's own grey is a letter it crosses: kept.
INK_BELOW_STREAK = 40


def _dips(gray: Gray, off: int) -> npt.NDArray[np.int16]:
    """Per pixel: how much darker it is than the darker of the pixels ``off`` to each side."""
    g = gray.astype(np.int16)
    dips = np.zeros_like(g)
    sides = np.minimum(g[:, : -2 * off], g[:, 2 * off :])
    dips[:, off:-off] = sides - g[:, off:-off]
    return dips


def streak_columns(gray: Gray, dpi: int) -> list[tuple[int, int]]:
    """The pixel columns ``[x0, x1)`` of each full-height streak in the unlevelled scan."""
    h, w = gray.shape
    off = max(3, dpi // 75)
    if w <= 4 * off or h < 40:
        return []
    showing = _dips(gray, off) >= STREAK_DIP
    band = max(1, int(h * MARGIN_SHARE))
    # a streak may wander over one pixel column: each column counts its neighbours' rows
    near = showing.copy()
    near[:, 1:] |= showing[:, :-1]
    near[:, :-1] |= showing[:, 1:]
    top = near[:band].mean(axis=0)
    bottom = near[-band:].mean(axis=0)
    whole = near.mean(axis=0)
    hit = (top >= MIN_SHOWING) & (bottom >= MIN_SHOWING) & (whole >= MIN_SHOWING)
    out: list[tuple[int, int]] = []
    max_width = max(3, int(dpi * MAX_WIDTH_INCHES))
    x = 0
    while x < w:
        if not hit[x]:
            x += 1
            continue
        start = x
        while x < w and hit[x]:
            x += 1
        if x - start <= max_width:
            out.append((start, x))
    return out


def remove_streaks(gray: Gray, dpi: int) -> tuple[Gray, int]:
    """``gray`` with its streaks painted as the paper beside them; and how many there were."""
    columns = streak_columns(gray, dpi)
    if not columns:
        return gray, 0
    out = gray.copy()
    w = gray.shape[1]
    off = max(3, dpi // 75)
    for x0, x1 in columns:
        # one pixel more each side: the neighbour-OR above widens the run by one
        a, b = max(x0 - 1, 0), min(x1 + 1, w)
        left = gray[:, max(a - off, 0)].astype(np.int16)
        right = gray[:, min(b - 1 + off, w - 1)].astype(np.int16)
        paper = np.minimum(left, right)
        strip = gray[:, a:b].astype(np.int16)
        level = int(np.median(strip.min(axis=1)))
        # the streak's own grey (and lighter) becomes the paper beside it; a letter
        # crossing the streak is darker than the streak and stays
        lift = strip >= level - INK_BELOW_STREAK
        painted = np.where(lift, np.maximum(strip, paper[:, None]), strip)
        out[:, a:b] = painted.astype(np.uint8)
    return out, len(columns)
