"""White print on a dark fill turned into dark print on a light one.

A header row filled dark (navy, teal, black) with its column names in white is common in
spreadsheets; Tesseract reads dark print on a light ground and finds no word there, so
the header is lost and with it the table's columns. Such a fill is a large solid dark
area once its thin light strokes are closed over (a grey-level opening removes them);
inside it the grey levels are inverted, so the white letters come out black and the
white lines between the header's cells become rules; the fill's own edge, which was the
row's border, is drawn as a rule.
"""

from __future__ import annotations

import cv2
import numpy as np

from extract.ocr_image import Gray

# Darker than this, once the white strokes are gone, is a dark fill (not a tint).
DARK = 110
# A white stroke is thinner than this (inches): the opening closes over it.
STROKE_INCHES = 0.04
# A dark fill is at least this high and wide (inches; a header row is 5 mm or more), not a
# rule, a word in bold capitals or a speck.
FILL_INCHES = 0.18
# A dark fill runs across a row at least this wide (inches): a header cell or more.
MIN_WIDTH_INCHES = 0.75
# Share of a fill's own pixels that are dark: a fill with white letters over a fifth of it
MIN_DARK_SHARE = 0.6
# Width (pixels) of the border drawn where an inverted fill ends.
EDGE_PIXELS = 2


def invert_dark_fills(gray: Gray, dpi: int) -> Gray:
    """``gray`` with every large dark fill's grey levels inverted (module docstring)."""
    k = max(3, int(dpi * STROKE_INCHES) | 1)
    # a light stroke narrower than k vanishes in the opening; the fill around it stays
    solid = cv2.morphologyEx(gray, cv2.MORPH_OPEN, np.ones((k, k), np.uint8)) < DARK
    if not solid.any():
        return gray
    f = max(5, int(dpi * FILL_INCHES))
    fills = cv2.morphologyEx(solid.astype(np.uint8), cv2.MORPH_OPEN, np.ones((f, f), np.uint8))
    if not fills.any():
        return gray
    # a fill is dark itself, between its letters; dark words run together with the rules
    # above and below them are mostly paper there. Fills are rectangles: each is cut to
    # the pixel rows and columns that are mostly dark, so the bold words of the row under
    # a dark header (joined to it by the opening) stay as they are.
    count, _, stats, _ = cv2.connectedComponentsWithStats(fills)
    dark = gray < DARK
    out = gray.copy()
    for x, y, w, h, _area in stats[1:count]:
        block = dark[y : y + h, x : x + w]
        rows = np.flatnonzero(block.mean(axis=1) >= MIN_DARK_SHARE)
        if rows.size == 0:
            continue
        cols = np.flatnonzero(block[rows[0] : rows[-1] + 1].mean(axis=0) >= MIN_DARK_SHARE)
        if cols.size == 0:
            continue
        y0, y1, x0, x1 = y + rows[0], y + rows[-1] + 1, x + cols[0], x + cols[-1] + 1
        if y1 - y0 < f or x1 - x0 < MIN_WIDTH_INCHES * dpi:
            continue  # what is left of it is no row: the shaded pieces of a grey header
        inverted = 255 - gray[y0:y1, x0:x1].astype(np.float32)
        # the fill itself, now light grey, made paper white: its edge drawn below must
        # have paper beside it to be a rule
        ground = max(float(np.median(inverted)), 1.0)
        out[y0:y1, x0:x1] = np.clip(inverted * 255 / ground, 0, 255).astype(np.uint8)
        # the fill's edge was the row's border: drawn back as the rule it stood for
        cv2.rectangle(out, (int(x0), int(y0)), (int(x1) - 1, int(y1) - 1), 0, EDGE_PIXELS)
    return out
