"""Column rules printed dotted or dashed, found where the line finder sees only dots.

A spreadsheet's dotted inner borders, and any thin rule a fax or a compact-PDF scan broke
into dots, are no long stroke: the opening that finds rules (``ocr_image.line_mask``)
keeps nothing of them. Along a dotted column rule, though, the ink is dense over a few
millimetres while the paper on both sides, half a millimetre away, is blank; inside text
the letters beside it are inked. That band is made solid and read as a line.

Letters that happen to line up make short pieces of such a band; a column rule runs the
table's height. So only positions where the pieces add up to a good part of the longest
rule's length are kept. Horizontal rules are left to the line finder: a row of dot
leaders ("Keberadaan ........ 5,40") is a dotted line inside a cell.
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from extract.ocr_image import Gray, Segment, line_mask, line_segments

# the window along the rule over which its dots are counted (inches), and how dense
ALONG_INCHES = 0.08
MIN_DENSITY = 0.25
# the paper beside the rule (inches away) holds at most this much ink
SIDE_INCHES = 0.017
MAX_SIDE_DENSITY = 0.08
# pieces within this of one position (points) are one rule
SNAP_POINTS = 4.0
# a position is a column rule when its pieces add up to this share of the longest one's,
# and to at least MIN_TOTAL_POINTS
MIN_SHARE = 0.5
MIN_TOTAL_POINTS = 40.0
# solid vertical rules this long (inches) at this many positions are a column grid already
LONG_INCHES = 0.5
# nothing this close to the page's edge (inches) is a table's rule
MARGIN_INCHES = 0.15
MIN_SOLID_COLUMNS = 4


def dotted_band(binary: Gray, dpi: int) -> Gray:
    """Pixels of vertical bands dense with ink between blank paper on both sides."""
    ink = (binary > 0).astype(np.float32)
    along = max(9, int(dpi * ALONG_INCHES))
    off = max(3, int(dpi * SIDE_INCHES))
    density = cv2.blur(ink, (1, along))
    left, right = np.roll(density, off, axis=1), np.roll(density, -off, axis=1)
    band = (density > MIN_DENSITY) & (left < MAX_SIDE_DENSITY) & (right < MAX_SIDE_DENSITY)
    return band.astype(np.uint8) * 255


def _solid_columns(solid: Sequence[Segment], dpi: int) -> int:
    """How many column positions the line finder's own vertical rules stand at."""
    snap = SNAP_POINTS * dpi / 72
    xs = sorted(
        s.x0 for s in solid if s.orientation == "v" and s.bottom - s.top >= dpi * LONG_INCHES
    )
    return sum(1 for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] > snap)


def dotted_rules(binary: Gray, dpi: int, solid: Sequence[Segment] = ()) -> list[Segment]:
    """Vertical rule segments (pixels) of the dotted column rules of ``binary``, where the
    ``solid`` rules found give no column grid (a frame at most): on a page ruled in solid
    lines, letters lined up are all a dotted band could add."""
    if _solid_columns(solid, dpi) >= MIN_SOLID_COLUMNS:
        return []
    band = dotted_band(binary, dpi)
    margin = dpi * MARGIN_INCHES
    width = binary.shape[1]
    pieces = sorted(
        (
            s
            for s in line_segments(band, dpi, "v", line_mask(band, dpi, "v"))
            if margin <= s.x0 <= width - margin  # a photo's or a crop's page edge
        ),
        key=lambda s: s.x0,
    )
    snap = SNAP_POINTS * dpi / 72
    groups: list[list[Segment]] = []
    for piece in pieces:
        if groups and piece.x0 - groups[-1][-1].x0 <= snap:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    totals = [sum(p.bottom - p.top for p in g) for g in groups]
    if not totals:
        return []
    least = max(MIN_SHARE * max(totals), MIN_TOTAL_POINTS * dpi / 72)
    return [p for g, total in zip(groups, totals, strict=True) if total >= least for p in g]
