"""Page images for OCR: render, estimate and correct skew, find the ruling lines.

Numpy/OpenCV only, no Tesseract: every function takes and returns arrays or plain
numbers, so the image steps are tested on synthetic pictures. Images are grayscale
``uint8`` with ink dark (0) on paper light (255); sizes are in pixels of the rendering
resolution ``dpi``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from extract.ocr_dither import smooth_dither

Gray = npt.NDArray[np.uint8]

# Scans come in within a couple of degrees; search a little wider so that the best
# angle is never at the edge of the search range.
MAX_SKEW_DEGREES = 3.0
# Below this the rotation costs more (resampling blurs glyphs) than it gains.
MIN_CORRECTION_DEGREES = 0.05


@dataclass(frozen=True)
class Segment:
    """A ruling line found in the image: horizontal (``y0 == y1`` band) or vertical."""

    orientation: str  # "h" or "v"
    x0: float
    top: float
    x1: float
    bottom: float
    thickness: float = 1.0


def ink_mask(gray: Gray) -> npt.NDArray[np.bool_]:
    """Dark pixels by Otsu's global threshold (enough for the skew estimate)."""
    _, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return binary > 0


def _spread(ys: npt.NDArray[np.float64], xs: npt.NDArray[np.float64], angle: float) -> float:
    """How concentrated the ink rows are after shearing by ``angle`` (higher: more level).

    Shearing the coordinates instead of rotating the image is exact for small angles and
    costs one histogram per candidate.
    """
    rows = np.rint(ys + xs * np.tan(np.radians(angle))).astype(np.int64)
    rows -= rows.min()
    hist = np.bincount(rows).astype(np.float64)
    # differences between neighbouring rows reward sharp text baselines and rules
    return float(np.sum(np.diff(hist) ** 2))


def estimate_skew(gray: Gray, max_angle: float = MAX_SKEW_DEGREES) -> float:
    """The angle (degrees, counter-clockwise as displayed) by which the page is rotated.

    Projection-profile search: the ink of a level page piles up on text baselines and
    ruling lines; the angle that makes the row histogram sharpest is the skew. Searched
    coarse (0.1 degree) then fine (0.01 degree) on a half-size image.
    """
    scale = 0.5
    small = np.asarray(
        cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA), dtype=np.uint8
    )
    ys, xs = np.nonzero(ink_mask(small))
    if len(xs) < 100:
        return 0.0
    # subsample big pages: a few hundred thousand ink pixels decide the angle as well
    if len(xs) > 400_000:
        keep = np.random.default_rng(0).choice(len(xs), 400_000, replace=False)
        ys, xs = ys[keep], xs[keep]
    ysf, xsf = ys.astype(np.float64), (xs - xs.mean()).astype(np.float64)
    coarse = np.arange(-max_angle, max_angle + 1e-9, 0.1)
    best = max(coarse, key=lambda a: _spread(ysf, xsf, a))
    fine = np.arange(best - 0.1, best + 0.1 + 1e-9, 0.01)
    return round(float(max(fine, key=lambda a: _spread(ysf, xsf, a))), 2)


def rotate(gray: Gray, angle: float) -> tuple[Gray, npt.NDArray[np.float64]]:
    """``gray`` rotated by ``angle`` degrees counter-clockwise around its centre.

    Returns the image (same size, white where the corners came in) and the 2x3 affine
    matrix that maps original pixel coordinates to the rotated image.
    """
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(
        gray,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=255,
    )
    return rotated.astype(np.uint8), np.asarray(matrix, dtype=np.float64)


def deskew(gray: Gray) -> tuple[Gray, float, npt.NDArray[np.float64] | None]:
    """The page levelled: (image, skew found, matrix or None when left as it was)."""
    angle = estimate_skew(gray)
    if abs(angle) < MIN_CORRECTION_DEGREES:
        return gray, angle, None
    # rotating by the negative skew turns the page back level
    rotated, matrix = rotate(gray, -angle)
    return rotated, angle, matrix


# Grey levels below the neighbourhood's mean that count as ink. Rules are found on a
# sensitive threshold (a faint rule beside a grey header fill differs by ~15 levels; the
# long-kernel opening removes the speckle it lets in); glyph ink on a stricter one.
RULE_CONTRAST = 6
INK_CONTRAST = 12


def binarize(gray: Gray, dpi: int, contrast: int = INK_CONTRAST) -> Gray:
    """Ink as 255 on 0 with a local threshold, so faint grey rules and uneven scans count."""
    block = max(15, int(dpi * 0.1) | 1)  # ~2.5 mm neighbourhood, odd
    return cv2.adaptiveThreshold(
        gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, contrast
    ).astype(np.uint8)


# Shortest run of ink kept as part of a rule: longer than any glyph stroke of table
# text (8-11 pt at 300 dpi: strokes up to ~35 px), shorter than a one-line row (~5 mm).
OPEN_INCHES = {"h": 0.12, "v": 0.14}
# Shortest rule, after its pieces are joined: a narrow column is ~8 mm, a row ~5 mm.
MIN_RULE_INCHES = {"h": 0.25, "v": 0.16}


def line_mask(binary: Gray, dpi: int, orientation: str) -> Gray:
    """Pixels of long straight strokes in one direction.

    Opening first (a kernel longer than any glyph stroke keeps only lines; closing first
    would melt a word's letters into a bar), then a closing along the line bridges the
    small breaks of a faint or broken rule.
    """
    length = max(5, int(dpi * OPEN_INCHES[orientation]))
    gap = max(3, int(dpi * 0.03))  # ~0.8 mm breaks
    open_k, close_k = ((length, 1), (gap, 1)) if orientation == "h" else ((1, length), (1, gap))
    opened = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, open_k)
    )
    return cv2.morphologyEx(
        opened, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, close_k)
    ).astype(np.uint8)


def _clear_share(binary: Gray, box: tuple[int, int, int, int], orientation: str, off: int) -> float:
    """Share of a candidate rule's length with paper on both sides at ``off`` pixels.

    Table text keeps a padding away from the rules, so a rule has paper beside it almost
    everywhere; a run of letters melted together by blur (the tops of ``aan``) has the
    letters' bodies right beside it.
    """
    x, y, w, h = box
    rows, cols = binary.shape
    if orientation == "h":
        a = binary[max(y - off, 0), x : x + w]
        b = binary[min(y + h - 1 + off, rows - 1), x : x + w]
    else:
        a = binary[y : y + h, max(x - off, 0)]
        b = binary[y : y + h, min(x + w - 1 + off, cols - 1)]
    return float(np.mean((a == 0) & (b == 0))) if a.size else 0.0


# A rule has paper on both sides along at least this share of its length.
MIN_CLEAR_SHARE = 0.5


def line_segments(
    binary: Gray, dpi: int, orientation: str, mask: Gray | None = None
) -> list[Segment]:
    """Ruling-line segments of one orientation, in pixels (pieces not yet joined).

    ``mask``: the :func:`line_mask` of ``binary``, when the caller has it already.
    """
    if mask is None:
        mask = line_mask(binary, dpi, orientation)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    # a rule is thin: a component much thicker than a blurred 1.5 pt line is ink of a
    # stamp or a filled shape, not a rule
    thick = max(6, int(dpi * 0.04))
    off = max(3, dpi // 75)  # ~1 pt beside the rule
    out: list[Segment] = []
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        across, along = (h, w) if orientation == "h" else (w, h)
        if across > thick + along * 0.01:
            continue
        if _clear_share(binary, (x, y, w, h), orientation, off) < MIN_CLEAR_SHARE:
            continue
        if orientation == "h":
            out.append(Segment("h", float(x), y + h / 2, float(x + w), y + h / 2, h))
        else:
            out.append(Segment("v", x + w / 2, float(y), x + w / 2, float(y + h), w))
    return out


@dataclass(frozen=True)
class RuleContrast:
    """How a found rule stands against the paper beside it (grey levels, medians)."""

    dip: float  # how much darker than the brighter side: text on one side doesn't hide it
    paper: float  # the darker side's grey
    imbalance: float  # how far the two sides differ: the edge of a grey fill differs


def rule_contrast(gray: Gray, segment: Segment, dpi: int) -> RuleContrast:
    """The contrast of a rule against the two sides ~0.4 mm away, medians along it."""
    near, far = max(1, dpi // 150), max(3, dpi // 60)
    h, w = gray.shape
    if segment.orientation == "v":
        c, a, b = round(segment.x0), int(segment.top), int(segment.bottom) + 1
        if not (far <= c < w - far) or b <= a:
            return RuleContrast(0.0, 0.0, 0.0)
        line = gray[a:b, c - near : c + near + 1].min(axis=1)
        one, other = gray[a:b, c - far], gray[a:b, c + far]
    else:
        c, a, b = round(segment.top), int(segment.x0), int(segment.x1) + 1
        if not (far <= c < h - far) or b <= a:
            return RuleContrast(0.0, 0.0, 0.0)
        line = gray[c - near : c + near + 1, a:b].min(axis=0)
        one, other = gray[c - far, a:b], gray[c + far, a:b]
    one16, other16 = one.astype(np.int16), other.astype(np.int16)
    return RuleContrast(
        dip=float(np.median(np.maximum(one16, other16) - line.astype(np.int16))),
        paper=float(np.median(np.minimum(one16, other16))),
        imbalance=float(np.median(np.abs(one16 - other16))),
    )


# Show-through: the back page's rules seen through thin paper, a few grey levels deep on
# white paper, beside the front's rules that are an order of magnitude darker. Faint
# in absolute terms and against the page's own rules, both: a scan whose rules are all
# faint keeps them. With paper alike on both sides: the edge of a shaded header row
# (under which a thin rule vanishes in a blurred scan) is the row's only rule.
GHOST_MAX_DIP = 20
GHOST_SHARE = 0.15
GHOST_PAPER = 200
GHOST_MAX_IMBALANCE = 5


def _ghost(c: RuleContrast, reference: float) -> bool:
    return (
        c.paper >= GHOST_PAPER
        and c.imbalance <= GHOST_MAX_IMBALANCE
        and c.dip <= GHOST_MAX_DIP
        and c.dip < GHOST_SHARE * reference
    )


def drop_show_through(segments: list[Segment], gray: Gray, dpi: int) -> list[Segment]:
    """``segments`` without the rules of the back page showing through the paper."""
    if not segments:
        return segments
    measured = [rule_contrast(gray, s, dpi) for s in segments]
    lengths = np.array([s.x1 - s.x0 + s.bottom - s.top for s in segments])
    dips = np.array([c.dip for c in measured])
    order = np.argsort(dips)
    weight = np.cumsum(lengths[order])
    # the page's own rules: the contrast that 90% of the rule length stays under
    reference = float(dips[order][np.searchsorted(weight, 0.9 * weight[-1])])
    return [s for s, c in zip(segments, measured, strict=True) if not _ghost(c, reference)]


def rule_mask(
    shape: tuple[int, ...], segments: list[Segment], dpi: int, lines: dict[str, Gray]
) -> Gray:
    """The pixels of the accepted rules and their blurred halo: what to erase before OCR.

    The line masks' pixels (``lines``, by orientation) within each accepted segment's
    box: they follow the rule as drawn, where a box of the segment's full thickness
    would also cover the tops of glyphs touching a slightly tilted rule (a "22,50" lost
    its upper half that way), and a letter that blur melted into a bar elsewhere on the
    page is no accepted segment.
    """
    mask = np.zeros(shape[:2], dtype=np.uint8)
    for s in segments:
        half = s.thickness / 2 + 1
        if s.orientation == "h":
            x0, x1, y0, y1 = int(s.x0), int(s.x1) + 1, int(s.top - half), int(s.top + half) + 1
        else:
            x0, x1, y0, y1 = int(s.x0 - half), int(s.x0 + half) + 1, int(s.top), int(s.bottom) + 1
        y0, x0 = max(y0, 0), max(x0, 0)
        mask[y0:y1, x0:x1] |= lines[s.orientation][y0:y1, x0:x1]
    # a blurred rule's grey fringe; no wider: descenders in a tight row nearly touch the
    # rule below (a wider band turned "Pelaporan Kinerja" into "Pelanoran Kineria"), and
    # the fainter fringe beyond goes with the paper (:data:`PAPER`)
    halo = 2 * max(1, dpi // 150) + 1
    return cv2.dilate(mask, np.ones((halo, halo), np.uint8)).astype(np.uint8)


# A faint rule darkens its row by at least this many grey levels against the paper a
# few pixels beside it.
RULE_DIP = 5


def rule_evidence(gray: Gray, dpi: int) -> Callable[[str, float, float, float, bool], float]:
    """A probe telling how much of a stretch (points) shows a faint line in ``gray``.

    For each pixel along the stretch: the darkest of the few rows around the rule's
    position against the rows ~0.4 mm above and below it - the brighter of them, or with
    ``strict`` the darker. A worn or faint rule dips all along; a merged cell's blank or
    text-filled inside does not. Lenient suits a gap between two pieces of one rule (a
    faint rule between two shaded rows has text close on one side); strict suits carrying
    a rule's end into a stretch where no piece of it was found.
    """
    px = dpi / 72
    near, far = max(1, dpi // 150), max(3, dpi // 60)
    h, w = gray.shape

    def probe(orientation: str, at: float, start: float, end: float, strict: bool) -> float:
        a, b = int(start * px), int(end * px)
        c = round(at * px)
        if orientation == "v":
            band, across = gray[max(a, 0) : min(b, h), :].T, w
        else:
            band, across = gray[:, max(a, 0) : min(b, w)], h
        if band.size == 0 or not (far <= c < across - far):
            return 0.0
        line = band[c - near : c + near + 1].min(axis=0).astype(np.int16)
        pick = np.minimum if strict else np.maximum
        side = pick(band[c - far], band[c + far]).astype(np.int16)
        return float(np.mean(side - line >= RULE_DIP))

    return probe


# Background darker than this is a fill or a shadow, not paper (JPEG paper is ~235-255).
SHADED = 225
# ... and so is background this much darker than the page's own paper: a light fill on
# tinted paper (226 on 238) is above SHADED, and half of its grain would stay as blotches.
FILL_STEP = 8
# ... over an area at least this high and wide (a header row is 5 mm or more) ...
FILL_MIN_INCHES = 0.1
# ... and within this of PAPER: a lighter fill's grain never reaches below PAPER, the
# near-white step paints all of it white
BLOTCH_BAND = 12
# Paper whose background (median over the page) is darker than this is grey paper.
GREY_PAPER = 240
# Lighter than this is paper: JPEG's ringing, a rule's faint ghost, paper grain.
PAPER = 225
# Paper (median background) from PAPER to this much above it is flattened first.
PAPER_AT_THRESHOLD = 6


def _background(gray: Gray, dpi: int) -> Gray:
    """The page without its print: a closing with a kernel wider than any glyph stroke."""
    k = max(9, int(dpi * 0.07) | 1)
    return cv2.morphologyEx(
        gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    ).astype(np.uint8)


def _tinted_blocks(gray: Gray, size: int, ceiling: float) -> npt.NDArray[np.bool_]:
    """Pixels in ``size`` squares whose lighter tenth lies in SHADED..ceiling: lightly
    tinted all over (darker fills are SHADED's)."""
    h, w = gray.shape
    rows, cols = -(-h // size), -(-w // size)
    padded = np.full((rows * size, cols * size), 255, dtype=np.uint8)
    padded[:h, :w] = gray
    blocks = padded.reshape(rows, size, cols, size).transpose(0, 2, 1, 3).reshape(rows, cols, -1)
    lightest = np.percentile(blocks, 90, axis=2)
    tinted = (lightest >= SHADED) & (lightest < ceiling)
    return np.repeat(np.repeat(tinted, size, axis=0), size, axis=1)[:h, :w]


def clean_for_ocr(gray: Gray, mask: Gray, dpi: int) -> Gray:
    """The page as Tesseract should see it: rules (``mask``) erased, near-white painted
    white, grey fills (shaded header rows) and uneven paper turned white.

    Near-white to white: on a cell that is almost empty Tesseract's global threshold
    falls between paper and its faint marks and makes letters of them. Fills are divided
    by the background (a closing wider than any glyph stroke: text vanishes from it, a
    shaded cell does not), so the shading divides out to white with sharp edges;
    Tesseract's own threshold took a shaded header row for ink and lost its words. Only
    where the paper is shaded: on white paper the division would also fade the small
    marks Tesseract needs (the dot of "1.").
    """
    original = _background(gray, dpi)
    if PAPER <= float(np.median(original)) < PAPER + PAPER_AT_THRESHOLD:
        # paper as grey as the near-white threshold (a scan through a plastic sleeve's
        # haze): painting its lighter half white leaves the rest as blotches all over the
        # page, and Tesseract found no line in them. Flattened to white first.
        gray = cv2.divide(gray, original, scale=255).astype(np.uint8)
        original = _background(gray, dpi)
    rubbed = gray.copy()
    rubbed[mask > 0] = 255
    # after the rules are gone: the dots beside a rule are then dots of their own
    rubbed = smooth_dither(rubbed, dpi, mask)
    out = rubbed.copy()
    out[out > PAPER] = 255
    background = _background(out, dpi)
    if np.median(background) < GREY_PAPER:
        # grey paper (recycled, a copy of a copy, a scanner's dull light) is shaded all
        # over: left grey, its grain is what Tesseract reads on a near-empty page
        return cv2.divide(out, background, scale=255).astype(np.uint8)
    shaded = background < SHADED
    if shaded.any():
        out[shaded] = cv2.divide(out, background, scale=255)[shaded]
    # A fill only a little darker than the paper (226 on tinted paper of 238) is around
    # PAPER: painting its lighter half white left the rest as blotches over the words.
    # Fills are found on the page as scanned and divided by that background.
    ceiling = min(float(np.median(original)) - FILL_STEP, PAPER + BLOTCH_BAND)
    # a fill is a cell's area: not the specks where a closing did not quite hide dense
    # or blurred letters, nor a rule's or a page edge's line; and even its lightest
    # pixels are darker than the paper, where blurred text always leaves some paper
    k = max(5, int(dpi * FILL_MIN_INCHES))
    fill = cv2.morphologyEx(
        ((original < ceiling) & _tinted_blocks(gray, k, ceiling)).astype(np.uint8),
        cv2.MORPH_OPEN,
        np.ones((k, k), np.uint8),
    ).astype(bool)
    if fill.any():
        divided = cv2.divide(rubbed, original, scale=255)
        divided[divided > PAPER] = 255
        out[fill] = divided[fill]
    return out.astype(np.uint8)
