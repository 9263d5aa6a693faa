"""Seventh scan simulator: born-digital PDFs to realistic image-only scans (scan-seventh).

Written without reading the parser or the other scan generators (only the READMEs of the
earlier scanned sets, so that all eight recipes are new degradations), to measure the OCR
path at first contact.

Each born-digital PDF is rasterised with poppler ``pdftoppm``, degraded with numpy/OpenCV/
Pillow operations (paper effects first, then the scanner) and re-wrapped as an image-only
PDF: one JPEG per page, no text layer, no fonts, page size in points equal to the original.
The random seed is the SHA-256 of the source file name and the PDF writer emits no dates or
IDs, so a rerun is byte-identical. Recipes cycle over the files in sorted name order.

Usage (from the repository root)::

    python -m samples.generate.scan_seventh --manifest samples/holdout7/manifest.json \\
        --base samples/holdout7 --out samples/scanned_holdout7 --kind scanned_holdout7 \\
        --expected-prefix holdout7/
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import re
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pdfplumber
from PIL import Image, ImageDraw, ImageFont

PRODUCER = "scan-seventh"
MAX_BYTES = 1_450_000
MIN_QUALITY = 20
HIRES = 480  # dpi of the dot-matrix printer simulation
FONT_DIRS = (
    Path("/usr/share/fonts/opentype/urw-base35"),
    Path("/usr/share/fonts/truetype/dejavu"),
)
SCORE_RE = re.compile(r"\d{1,3},\d{2}")

Array = np.ndarray


# --------------------------------------------------------------------------- recipes


@dataclass(frozen=True)
class Recipe:
    name: str
    dpi: int
    colour: bool
    quality: int
    skew: tuple[float, float]
    blur: float
    noise: float
    tags: tuple[str, ...]
    text: str


RECIPES: tuple[Recipe, ...] = (
    Recipe(
        "crumpled",
        240,
        False,
        65,
        (0.2, 0.8),
        0.5,
        1.6,
        (
            "crumpled_flattened",
            "crease_lines_random_directions",
            "local_warp_rules",
            "toner_cracked_on_creases",
            "facet_shading",
            "gray_240dpi",
            "skew_small",
        ),
        "page crumpled into a ball and flattened again: 14-20 straight-ish creases in "
        "random directions, half long (60-240 mm) and half short (15-60 mm), each a thin "
        "dark line (shaded flank) beside a thin light line (lit flank, paper fibres "
        "whitened, toner cracked so ink there is up to 35% lighter), facet shading within "
        "a few mm of each crease, a local buckle that displaces rules by 0.4-1.0 px where "
        "they cross a crease and a gentle low-frequency waviness (about 1 px); "
        "greyscale 240 dpi, JPEG q65, skew 0.2-0.8 deg",
    ),
    Recipe(
        "waterstain",
        240,
        True,
        70,
        (0.2, 1.0),
        0.5,
        1.4,
        (
            "water_stain_tide_mark",
            "ink_bleed_in_stain",
            "stain_clear_of_scores",
            "yellowed_stain_interior",
            "colour_240dpi",
            "skew_small",
        ),
        "a dried water stain on every page: an irregular blob 34-96 mm across (it may hang "
        "off a page edge) with a brown tide mark 1-2 mm wide at its rim and a fainter inner "
        "tide line, a yellow-brown mottled interior, and inside it the inkjet ink slightly "
        "blurred (0.9 px) with a faint blue-grey bleeding halo; placed by sampling "
        "positions whose stain (plus 3 mm) touches no score word (like 21,60) and no NIP "
        "line; colour 240 dpi, JPEG q70, skew 0.2-1.0 deg",
    ),
    Recipe(
        "nextsheet",
        150,
        False,
        70,
        (0.3, 1.2),
        0.45,
        1.5,
        (
            "second_sheet_visible",
            "foreign_text_cut_off",
            "page_shifted",
            "sheet_edge_shadow",
            "gray_150dpi",
            "skew_small",
        ),
        "the next sheet of the stack slipped out from behind the page: the page is shifted "
        "6-11 mm toward one side (as far as its opposite margin allows) and the uncovered "
        "strip shows the other sheet (another page of the same document) at its own small "
        "angle, slightly darker and softer, with its text and rules cut off by the frame "
        "edge and by the page's edge, which casts a thin shadow onto it; greyscale 150 dpi, "
        "JPEG q70, skew 0.3-1.2 deg",
    ),
    Recipe(
        "inkjet",
        300,
        False,
        70,
        (0.2, 1.0),
        0.45,
        1.4,
        (
            "inkjet_missing_nozzles",
            "white_lines_horizontal",
            "swath_misregistration",
            "ink_feathering",
            "gray_300dpi",
            "skew_small",
        ),
        "inkjet print with clogged nozzles: the print head lays swaths 7.5-10.5 mm high and "
        "2-3 dead nozzles (plus one weak one at about half ink) leave horizontal white lines "
        "1.0-1.6 px wide at the same offsets in every swath, i.e. every few mm straight "
        "across text and rules; alternate swaths are misregistered by 0.5-1 px sideways so "
        "vertical rules show a small jog at every swath boundary; slight ink feathering; "
        "greyscale 300 dpi, JPEG q70, skew 0.2-1.0 deg",
    ),
    Recipe(
        "dotmatrix",
        200,
        False,
        70,
        (0.2, 1.1),
        0.4,
        1.5,
        (
            "dot_matrix_draft",
            "dotted_strokes",
            "ribbon_grey_ink",
            "weak_pin_rows",
            "bidirectional_misregistration",
            "gray_200dpi",
            "skew_small",
        ),
        "draft-quality impact printer: every stroke re-printed as round pin dots on a "
        "1/120 inch grid (a dot fires where the cell's ink coverage is enough; light grey "
        "fills become a sparse ordered dither), dots of 1.0-1.1 grid pitches so strokes and "
        "rules look beaded, grey ribbon ink (density 0.70-0.82, fading along the line, "
        "fabric texture), one weak pin of nine giving faintly lighter dot rows, and "
        "alternate head passes misregistered by 0.25-0.35 pitch; simulated at 480 dpi, "
        "scanned greyscale 200 dpi, JPEG q70, skew 0.2-1.1 deg",
    ),
    Recipe(
        "bluedropout",
        200,
        True,
        65,
        (0.2, 1.2),
        0.5,
        1.5,
        (
            "mfp_blue_dropout",
            "signature_blue_dropped",
            "stamp_blue_dropped",
            "purple_cast",
            "channel_misregistration",
            "colour_200dpi",
            "skew_small",
        ),
        "signed and stamped in blue, then scanned on an MFP with colour dropout of blue: "
        "a blue ballpoint signature in the gap above the signer's name and a round blue "
        "official stamp (double ring, arc text, star) over the signer block and, when "
        "close, the table's last rows; the scanner's dropout turns light, saturated blue "
        "pixels into paper (residue 3-7%, a ghost outline where its channels are "
        "misregistered by 0.6 px) while black print, including black text under the "
        "stamp, is kept; printed coloured content of the original is exempt; light purple "
        "cast on paper and ink; colour 200 dpi, JPEG q65, skew 0.2-1.2 deg",
    ),
    Recipe(
        "thermalfax",
        200,
        False,
        65,
        (0.3, 1.4),
        0.5,
        1.6,
        (
            "thermal_fax_paper",
            "faded_grey_brown_print",
            "fading_gradient",
            "fax_fine_mode_threshold",
            "yellowed_paper",
            "gray_200dpi",
            "skew",
        ),
        "a thermal-paper fax printout scanned in greyscale: the page goes through fax "
        "fine mode (204 x 196 dpi, threshold at 60% of white, so strokes are stair-stepped "
        "and light fills drop out), is printed in grey-brown thermal ink that fades across "
        "the page (full density on one side, 55-65% on the other) with mottling and "
        "print-line streaks, on yellowed paper darker toward its edges; scanned "
        "greyscale 200 dpi (not bilevel), JPEG q65, skew 0.3-1.4 deg",
    ),
    Recipe(
        "pencorrection",
        200,
        True,
        70,
        (0.2, 1.0),
        0.5,
        1.4,
        (
            "pen_strike_through_score",
            "handwritten_value_beside",
            "received_stamp_red_margin",
            "colour_200dpi",
            "skew_small",
        ),
        "reviewer's pen correction: one score (like 21,60) struck through once with a "
        "single thin blue ballpoint line (the printed value stays legible) and the same "
        "value rewritten beside it in pen (in free space to its right, else above it), and "
        "a red rectangular DITERIMA date stamp (agency line, DITERIMA, date, No. Agenda) "
        "rotated up to 6 deg in a free margin of the first page; colour 200 dpi, JPEG q70, "
        "skew 0.2-1.0 deg",
    ),
)


# --------------------------------------------------------------------------- layout


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Layout:
    width: float
    height: float
    words: list[Word]
    hrules: list[tuple[float, float, float]]  # (y, x0, x1), merged, in points
    table_bbox: tuple[float, float, float, float] | None

    def scores(self) -> list[Word]:
        return [w for w in self.words if SCORE_RE.fullmatch(w.text.strip("();:.%"))]

    def nip_words(self) -> list[Word]:
        return [w for w in self.words if w.text.upper().startswith("NIP")]

    def lowest_rule(self) -> tuple[float, float, float] | None:
        long = [r for r in self.hrules if r[2] - r[1] >= 0.35 * self.width]
        return max(long, key=lambda r: r[0]) if long else None


def _merge_rules(edges: list[dict[str, Any]]) -> list[tuple[float, float, float]]:
    rows: dict[int, list[tuple[float, float]]] = {}
    for e in edges:
        if e.get("orientation") != "h":
            continue
        key = round(float(e["top"]))
        rows.setdefault(key, []).append((float(e["x0"]), float(e["x1"])))
    out = []
    for y, segs in sorted(rows.items()):
        segs.sort()
        cur0, cur1 = segs[0]
        for a, b in segs[1:]:
            if a <= cur1 + 2.0:
                cur1 = max(cur1, b)
            else:
                out.append((float(y), cur0, cur1))
                cur0, cur1 = a, b
        out.append((float(y), cur0, cur1))
    return out


def read_layouts(pdf: Path) -> list[Layout]:
    layouts = []
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            words = [
                Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]))
                for w in page.extract_words()
            ]
            edges = page.edges
            hr = _merge_rules(edges)
            long_edges = [
                e
                for e in edges
                if (e["orientation"] == "h" and e["x1"] - e["x0"] > 40)
                or (e["orientation"] == "v" and e["bottom"] - e["top"] > 10)
            ]
            bbox = None
            if long_edges:
                bbox = (
                    min(float(e["x0"]) for e in long_edges),
                    min(float(e["top"]) for e in long_edges),
                    max(float(e["x1"]) for e in long_edges),
                    max(float(e["bottom"]) for e in long_edges),
                )
            layouts.append(Layout(float(page.width), float(page.height), words, hr, bbox))
    return layouts


def render(pdf: Path, dpi: int, gray: bool = False) -> list[Array]:
    """Rasterise every page with pdftoppm; float32 in [0, 1] (RGB, or 2-D when gray)."""
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(dpi), "-png"]
        if gray:
            args.append("-gray")
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True)
        files = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = []
        for f in files:
            if gray:
                im = cv2.imread(str(f), cv2.IMREAD_GRAYSCALE)
            else:
                im = cv2.cvtColor(cv2.imread(str(f), cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
            pages.append(im.astype(np.float32) / 255.0)
    return pages


# --------------------------------------------------------------------------- helpers


@dataclass
class Doc:
    name: str
    layouts: list[Layout]
    pages: list[Array]
    dpi: int
    rng: np.random.Generator
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def s(self) -> float:  # pixels per point
        return self.dpi / 72.0

    @property
    def mm(self) -> float:  # pixels per millimetre
        return self.dpi / 25.4


def lum(img: Array) -> Array:
    if img.ndim == 2:
        return img
    return img[..., 0] * 0.299 + img[..., 1] * 0.587 + img[..., 2] * 0.114


def smooth_noise(shape: tuple[int, int], cell: float, rng: np.random.Generator) -> Array:
    """Smooth random field with unit standard deviation and feature size ~cell pixels."""
    h, w = shape
    gh, gw = max(2, int(h / cell) + 3), max(2, int(w / cell) + 3)
    g = rng.standard_normal((gh, gw)).astype(np.float32)
    f = cv2.resize(g, (w, h), interpolation=cv2.INTER_CUBIC)
    f -= f.mean()
    return f / (f.std() + 1e-6)


def multiply(img: Array, colour: tuple[float, float, float], alpha: Array) -> Array:
    """Multiply-blend an ink of the given colour with per-pixel coverage alpha."""
    c = np.asarray(colour, np.float32)
    return img * (1.0 - alpha[..., None] * (1.0 - c))


def ink_bbox(img: Array, thr: float = 0.75) -> tuple[int, int, int, int] | None:
    ys, xs = np.nonzero(lum(img) < thr)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def fit_transform(
    bbox: tuple[int, int, int, int] | None,
    shape: tuple[int, int],
    angle: float,
    shift: tuple[float, float],
    margin: float,
) -> float:
    """Shrink the rotation angle until the content bbox stays inside the frame."""
    if bbox is None:
        return angle
    h, w = shape
    cx, cy = w / 2.0, h / 2.0
    x0, y0, x1, y1 = bbox
    corners = np.array([[x0, y0], [x1, y0], [x0, y1], [x1, y1]], np.float64)
    for _ in range(25):
        m = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
        m[0, 2] += shift[0]
        m[1, 2] += shift[1]
        p = corners @ m[:, :2].T + m[:, 2]
        if (
            p[:, 0].min() >= margin
            and p[:, 1].min() >= margin
            and p[:, 0].max() <= w - 1 - margin
            and p[:, 1].max() <= h - 1 - margin
        ):
            return angle
        angle *= 0.8
    return 0.0


def affine(img: Array, angle: float, shift: tuple[float, float] = (0.0, 0.0)) -> Array:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    m[0, 2] += shift[0]
    m[1, 2] += shift[1]
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def pick_angle(doc: Doc, rec: Recipe) -> float:
    lo, hi = rec.skew
    return float(doc.rng.uniform(lo, hi) * doc.rng.choice([-1.0, 1.0]))


def scanner(
    img: Array,
    doc: Doc,
    rec: Recipe,
    angle: float,
    shift: tuple[float, float] = (0.0, 0.0),
    bbox: tuple[int, int, int, int] | None = None,
) -> tuple[Array, float]:
    """Scanner side: skew (fitted), optics blur, uneven illumination, sensor noise."""
    rng = doc.rng
    h, w = img.shape[:2]
    if bbox is None:
        bbox = ink_bbox(img)
    angle = fit_transform(bbox, (h, w), angle, shift, 1.5 * doc.mm)
    out = affine(img, angle, shift) if (angle or shift != (0.0, 0.0)) else img
    if rec.blur > 0:
        out = cv2.GaussianBlur(out, (0, 0), rec.blur)
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    gx, gy = rng.uniform(-0.02, 0.02, 2)
    illum = 1.0 + gx * xx + gy * yy - 0.015 * (xx**2 + yy**2)
    out = out * (illum[..., None] if out.ndim == 3 else illum)
    noise = rng.standard_normal(out.shape[:2]).astype(np.float32) * (rec.noise / 255.0)
    out = out + (noise[..., None] if out.ndim == 3 else noise)
    return np.clip(out, 0.0, 1.0), angle


def paper(img: Array, colour: tuple[float, float, float], rng: np.random.Generator) -> Array:
    """Print the page on paper of the given tone with a faint fibre/mottle texture."""
    h, w = img.shape[:2]
    tex = 1.0 + 0.004 * smooth_noise((h, w), 24, rng) + 0.004 * smooth_noise((h, w), 3, rng)
    return img * np.asarray(colour, np.float32) * tex[..., None]


def to_rgb(img: Array) -> Array:
    return img if img.ndim == 3 else np.repeat(img[..., None], 3, axis=2)


def free_box(
    occ: Array,
    bw: int,
    bh: int,
    rng: np.random.Generator,
    prefer: Callable[[int, int], float] | None = None,
    tries: int = 3000,
) -> tuple[int, int] | None:
    """Top-left of a free bw x bh box in a boolean occupancy map (True = occupied)."""
    h, w = occ.shape
    if bw >= w or bh >= h:
        return None
    ii = cv2.integral(occ.astype(np.uint8))
    best, best_score = None, -1e18
    for _ in range(tries):
        x = int(rng.integers(0, w - bw))
        y = int(rng.integers(0, h - bh))
        n = ii[y + bh, x + bw] - ii[y, x + bw] - ii[y + bh, x] + ii[y, x]
        if n:
            continue
        sc = prefer(x, y) if prefer else 0.0
        if sc > best_score:
            best, best_score = (x, y), sc
    return best


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    for d in FONT_DIRS:
        p = d / name
        if p.exists():
            return ImageFont.truetype(str(p), size)
    return ImageFont.load_default()


def text_mask(text: str, fnt: ImageFont.FreeTypeFont, pad: int = 4) -> Array:
    x0, y0, x1, y1 = fnt.getbbox(text)
    im = Image.new("L", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), 0)
    ImageDraw.Draw(im).text((pad - x0, pad - y0), text, font=fnt, fill=255)
    return np.asarray(im, np.float32) / 255.0


def paste_alpha(canvas: Array, mask: Array, x: int, y: int) -> None:
    """Add mask into canvas (max) at top-left x, y, clipped to the canvas."""
    h, w = canvas.shape
    mh, mw = mask.shape
    ax0, ay0 = max(0, x), max(0, y)
    ax1, ay1 = min(w, x + mw), min(h, y + mh)
    if ax1 <= ax0 or ay1 <= ay0:
        return
    sub = mask[ay0 - y : ay1 - y, ax0 - x : ax1 - x]
    np.maximum(canvas[ay0:ay1, ax0:ax1], sub, out=canvas[ay0:ay1, ax0:ax1])


def rotate_mask(mask: Array, deg: float) -> Array:
    h, w = mask.shape
    d = math.ceil(math.hypot(h, w)) + 2
    big = np.zeros((d, d), np.float32)
    big[(d - h) // 2 : (d - h) // 2 + h, (d - w) // 2 : (d - w) // 2 + w] = mask
    m = cv2.getRotationMatrix2D((d / 2.0, d / 2.0), deg, 1.0)
    out = cv2.warpAffine(big, m, (d, d), flags=cv2.INTER_LINEAR)
    ys, xs = np.nonzero(out > 0.01)
    if len(xs) == 0:
        return out
    return out[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def pen_path(canvas: Array, pts: Array, width: float, rng: np.random.Generator, k: int = 4) -> None:
    """Draw a ballpoint path (antialiased, pressure-varying) into an alpha canvas."""
    h, w = canvas.shape
    big = np.zeros((h * 1, w * 1), np.uint8)
    p = np.round(pts * 16).astype(np.int32)
    cv2.polylines(big, [p], False, 255, max(1, round(width)), cv2.LINE_AA, shift=4)
    a = big.astype(np.float32) / 255.0
    press = 0.75 + 0.25 * np.clip(smooth_noise((h, w), 6 * k, rng), -1, 1)
    np.maximum(canvas, a * press, out=canvas)


def handwriting(text: str, height_px: float, rng: np.random.Generator) -> Array:
    """A handwritten-looking mask: jittered oblique glyphs, ballpoint-like strokes."""
    fnt = font("Z003-MediumItalic.otf", max(8, int(height_px * 1.55)))
    glyphs = []
    for ch in text:
        m = text_mask(ch, fnt, pad=3)
        sc = rng.uniform(0.9, 1.1)
        m = cv2.resize(m, None, fx=sc, fy=sc * rng.uniform(0.95, 1.1))
        m = rotate_mask(m, float(rng.uniform(-7, 5)))
        glyphs.append(m)
    hmax = max(g.shape[0] for g in glyphs) + 6
    wsum = sum(g.shape[1] for g in glyphs) + 4 * len(glyphs) + 8
    out = np.zeros((hmax, wsum), np.float32)
    x = 3
    for ch, g in zip(text, glyphs, strict=True):
        y = hmax - g.shape[0] - 3 + int(rng.integers(-1, 2))
        if ch in ",.":
            y = hmax - g.shape[0] - 1
        paste_alpha(out, g, x, y)
        x += g.shape[1] - int(0.22 * g.shape[1]) + int(rng.integers(-1, 2))
    out = out[:, : x + 6]
    return np.clip(out * 1.1, 0, 1)


# --------------------------------------------------------------------------- marks


def signature(width: float, height: float, rng: np.random.Generator) -> Array:
    """A cursive-looking signature scribble with an underline flourish (alpha mask)."""
    W, H = int(width) + 8, int(height) + 8  # noqa: N806
    canvas = np.zeros((H, W), np.float32)
    t = np.linspace(0, 1, 500)
    loops = rng.uniform(4, 7)
    x = 4 + t * (W - 10) + (W * 0.04) * np.sin(2 * np.pi * loops * t + rng.uniform(0, 6))
    env = 0.55 + 0.45 * np.sin(np.pi * t) * rng.uniform(0.7, 1.0)
    y = H * 0.45 + (H * 0.33) * env * np.sin(2 * np.pi * loops * t * 1.02 + rng.uniform(0, 6))
    y += (H * 0.08) * np.sin(2 * np.pi * 1.3 * t + rng.uniform(0, 6))
    pen_path(canvas, np.stack([x, y], 1), max(1.5, H / 28), rng)
    t2 = np.linspace(0, 1, 120)
    ux = W * 0.12 + t2 * W * 0.8
    uy = H * 0.82 + H * 0.06 * np.sin(np.pi * t2 + rng.uniform(-0.5, 0.5)) - t2 * H * 0.12
    pen_path(canvas, np.stack([ux, uy], 1), max(1.2, H / 34), rng)
    return canvas


def round_stamp(diam: float, region: str, rng: np.random.Generator) -> Array:
    """Official round stamp: double ring, arc text, star; uneven pressure (alpha mask)."""
    d = int(diam)
    c = d / 2.0
    canvas = np.zeros((d + 4, d + 4), np.float32)
    im = Image.new("L", (d + 4, d + 4), 0)
    dr = ImageDraw.Draw(im)
    r1, r2, r3 = c - 2, c - 2 - d * 0.035, c - d * 0.24
    lw = max(2, int(d * 0.025))
    dr.ellipse([c + 2 - r1, c + 2 - r1, c + 2 + r1, c + 2 + r1], outline=255, width=lw)
    dr.ellipse([c + 2 - r2, c + 2 - r2, c + 2 + r2, c + 2 + r2], outline=255, width=max(1, lw // 2))
    dr.ellipse([c + 2 - r3, c + 2 - r3, c + 2 + r3, c + 2 + r3], outline=255, width=max(1, lw // 2))
    star = []
    for k in range(10):
        rr = r3 * (0.72 if k % 2 == 0 else 0.3)
        a = -math.pi / 2 + k * math.pi / 5
        star.append((c + 2 + rr * math.cos(a), c + 2 + rr * math.sin(a)))
    dr.polygon(star, fill=255)
    canvas = np.asarray(im, np.float32) / 255.0
    canvas = canvas.copy()
    fnt = font("DejaVuSans-Bold.ttf", max(8, int(d * 0.085)))
    top = f"PEMERINTAH DAERAH {region}"
    rt = (r2 + r3) / 2.0
    span = min(math.pi * 1.25, len(top) * d * 0.075 / rt)
    for k, ch in enumerate(top):
        if ch == " ":
            continue
        a = -math.pi / 2 - span / 2 + span * (k + 0.5) / len(top)
        m = rotate_mask(text_mask(ch, fnt, 2), -math.degrees(a) - 90)
        x = int(c + 2 + rt * math.cos(a) - m.shape[1] / 2)
        y = int(c + 2 + rt * math.sin(a) - m.shape[0] / 2)
        paste_alpha(canvas, m, x, y)
    bottom = "SEKRETARIAT"
    span = len(bottom) * d * 0.075 / rt
    for k, ch in enumerate(bottom):
        a = math.pi / 2 + span / 2 - span * (k + 0.5) / len(bottom)
        m = rotate_mask(text_mask(ch, fnt, 2), -math.degrees(a) + 90)
        x = int(c + 2 + rt * math.cos(a) - m.shape[1] / 2)
        y = int(c + 2 + rt * math.sin(a) - m.shape[0] / 2)
        paste_alpha(canvas, m, x, y)
    h, w = canvas.shape
    press = 0.8 + 0.2 * np.clip(smooth_noise((h, w), d / 5, rng), -1.5, 1.5)
    speck = (rng.random((h, w)) > 0.06).astype(np.float32)
    return np.clip(canvas * press * speck, 0, 1)


def region_name(stem: str) -> str:
    parts = stem.split("_")
    words = [p for p in parts[2:] if not p.isdigit()]
    return (" ".join(words) or "DAERAH").upper()[:22]


def signer_block(lay: Layout) -> tuple[Word, Word | None, float, float] | None:
    """(NIP word, signer-name word above it, gap top, gap bottom) in points."""
    nips = lay.nip_words()
    if not nips:
        return None
    nip = max(nips, key=lambda w: w.top)
    col = [
        w
        for w in lay.words
        if w.bottom <= nip.top + 1 and w.x1 > nip.x0 - 60 and w.x0 < nip.x0 + 200
    ]
    lines = sorted({round(w.top) for w in col if w.top > nip.top - 160})
    above = [y for y in lines if y < nip.top - 2]
    if len(above) < 2:
        return nip, None, nip.top - 40, nip.top - 14
    gaps = [(above[k + 1] - above[k], k) for k in range(len(above) - 1)]
    _, k = max(gaps)
    name_top = above[k + 1]
    name_words = [w for w in col if round(w.top) == name_top]
    name = min(name_words, key=lambda w: w.x0) if name_words else None
    prev_bottom = max(w.bottom for w in col if round(w.top) == above[k])
    return nip, name, float(prev_bottom + 2), float(name_top - 1)


# --------------------------------------------------------------------------- recipes


def r_crumpled(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, mm = doc.rng, doc.mm
    h, w = img.shape[:2]
    base = lum(img)
    bbox = ink_bbox(base)
    img = paper(base[..., None], (0.91, 0.91, 0.91), rng)[..., 0]
    dx = 1.0 * smooth_noise((h, w), 55 * mm, rng) * rng.uniform(0.5, 0.8)
    dy = 1.0 * smooth_noise((h, w), 55 * mm, rng) * rng.uniform(0.5, 0.8)
    dark = np.zeros((h, w), np.float32)
    light = np.zeros((h, w), np.float32)
    shade = np.zeros((h, w), np.float32)
    n = int(rng.integers(14, 21))
    for c in range(n):
        cx, cy = rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h
        ang = rng.uniform(0, math.pi)
        length = (rng.uniform(60, 240) if c < n // 2 else rng.uniform(15, 60)) * mm
        ux, uy = math.cos(ang), math.sin(ang)
        nx, ny = -uy, ux
        half = length / 2 + 8 * mm
        ex, ey = abs(ux) * half + 8 * mm, abs(uy) * half + 8 * mm
        xa, xb = int(max(0, cx - ex)), int(min(w, cx + ex))
        ya, yb = int(max(0, cy - ey)), int(min(h, cy + ey))
        if xb - xa < 4 or yb - ya < 4:
            continue
        yy, xx = np.mgrid[ya:yb, xa:xb].astype(np.float32)
        t = (xx - cx) * ux + (yy - cy) * uy
        d = (xx - cx) * nx + (yy - cy) * ny
        d -= rng.uniform(-1, 1) * 1.2 * mm * (2 * t / length) ** 2  # slightly bent
        d += 0.6 * np.sin(t / rng.uniform(3, 9) / mm + rng.uniform(0, 6))  # wobble
        env = np.clip((length / 2 - np.abs(t)) / (0.15 * length), 0, 1)
        env *= 0.7 + 0.3 * np.sin(t / rng.uniform(8, 20) / mm + rng.uniform(0, 6))
        bump = rng.uniform(0.4, 1.0) * np.exp(-((d / (1.2 * mm)) ** 2)) * env
        dx[ya:yb, xa:xb] += bump * nx
        dy[ya:yb, xa:xb] += bump * ny
        sgn = rng.choice([-1.0, 1.0])
        sh = rng.uniform(0.03, 0.06) * sgn * np.sign(d) * np.exp(-np.abs(d) / (4.0 * mm))
        shade[ya:yb, xa:xb] += sh * env
        wpx = rng.uniform(0.5, 0.9)
        dl = rng.uniform(0.14, 0.28) * np.exp(-((d - sgn * 0.9) ** 2) / (2 * wpx**2)) * env
        ll = rng.uniform(0.35, 0.6) * np.exp(-((d + sgn * 1.1) ** 2) / (2 * 0.6**2)) * env
        np.maximum(dark[ya:yb, xa:xb], dl, out=dark[ya:yb, xa:xb])
        np.maximum(light[ya:yb, xa:xb], ll, out=light[ya:yb, xa:xb])
    gy, gx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = cv2.remap(img, gx + dx, gy + dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    del gx, gy
    ink = np.clip(0.91 - img, 0, 1)
    img = img + ink * np.clip(light, 0, 1) * 0.35  # toner cracked along the lit flank
    img = img + (1.0 - img) * np.clip(light, 0, 1) * 0.5 * (img > 0.8)
    img = img * (1.0 + shade) * (1.0 - dark)
    img = img * (1.0 + 0.012 * smooth_noise((h, w), 20 * mm, rng))
    out, angle = scanner(np.clip(img, 0, 1), doc, rec, pick_angle(doc, rec), bbox=bbox)
    return out, f"{n} creases, skew {angle:+.2f}"


def _protected_boxes(lay: Layout, s: float) -> list[tuple[float, float, float, float]]:
    boxes = [(w.x0, w.top, w.x1, w.bottom) for w in lay.scores()]
    for nip in lay.nip_words():
        boxes.append((nip.x0 - 4, nip.top - 2, lay.width, nip.bottom + 2))
    return [(a * s, b * s, c * s, d * s) for a, b, c, d in boxes]


def r_waterstain(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, mm, s = doc.rng, doc.mm, doc.s
    lay = doc.layouts[i]
    h, w = img.shape[:2]
    bbox = ink_bbox(img)
    orig = img
    img = paper(img, (0.955, 0.945, 0.915), rng)
    protect = np.zeros((h, w), np.uint8)
    for a, b, c, d in _protected_boxes(lay, s):
        protect[int(max(0, b)) : int(min(h, d + 1)), int(max(0, a)) : int(min(w, c + 1))] = 1
    prot_dist = cv2.distanceTransform(1 - protect, cv2.DIST_L2, 5) if protect.any() else None
    inkmask = lum(orig) < 0.6
    best = None
    for radius_mm in (rng.uniform(30, 48), 24.0, 17.0):
        radius = radius_mm * mm
        harm = [(rng.uniform(0.02, 0.22) / k**0.8, k, rng.uniform(0, 6.3)) for k in range(2, 9)]
        for _ in range(250):
            cx = rng.uniform(-0.15, 1.15) * w
            cy = rng.uniform(-0.15, 1.15) * h
            xa, xb = int(max(0, cx - 1.5 * radius)), int(min(w, cx + 1.5 * radius))
            ya, yb = int(max(0, cy - 1.5 * radius)), int(min(h, cy + 1.5 * radius))
            if xb - xa < 10 or yb - ya < 10:
                continue
            frac = (xb - xa) * (yb - ya) / (9 * radius * radius)
            if frac < 0.45:
                continue
            if prot_dist is not None:
                sub = prot_dist[ya:yb, xa:xb]
                yy, xx = np.mgrid[ya:yb, xa:xb]
                inside = np.hypot(xx - cx, yy - cy) < radius * 1.45 + 3 * mm
                if inside.any() and sub[inside].min() < 1:
                    continue
            cover = float(inkmask[ya:yb, xa:xb].mean())
            score = min(cover, 0.08) + 0.1 * frac + rng.uniform(0, 0.02)
            if best is None or score > best[0]:
                best = (score, cx, cy, radius, harm)
        if best is not None:
            break
    if best is None:
        out, angle = scanner(img, doc, rec, pick_angle(doc, rec), bbox=bbox)
        return out, f"no stain (no room), skew {angle:+.2f}"
    _, cx, cy, radius, harm = best
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    rho = np.hypot(xx - cx, yy - cy)
    th = np.arctan2(yy - cy, xx - cx)
    rr = np.ones_like(rho)
    for a, k, ph in harm:
        rr += a * np.cos(k * th + ph)
    del xx, yy, th
    sd = radius * rr - rho + 0.6 * mm * smooth_noise((h, w), 2.5 * mm, rng)  # >0 inside
    inside = np.clip(sd / (0.8 * mm) + 0.5, 0, 1)
    # ink bleeding inside the stain (inkjet dye): blur plus a faint blue-grey halo
    blurred = cv2.GaussianBlur(img, (0, 0), 0.9)
    img = img * (1 - inside[..., None]) + blurred * inside[..., None]
    ink = np.clip(1.0 - lum(orig), 0, 1)
    halo = cv2.GaussianBlur(ink, (0, 0), 3.0) * 0.3 * inside
    img = multiply(img, (0.55, 0.6, 0.75), halo)
    mott = 1 + 0.25 * smooth_noise((h, w), 6 * mm, rng)
    tint = inside * np.clip(mott, 0.4, 1.6) * rng.uniform(0.8, 1.0)
    img = multiply(img, (0.97, 0.93, 0.82), tint)
    sdp = np.maximum(sd, 0)
    edge_in = np.where(sd > 0, np.exp(-sdp / (0.6 * mm)), 0) * np.clip(sd / (0.12 * mm), 0, 1)
    tide = rng.uniform(0.45, 0.6) * edge_in * np.clip(1 + 0.3 * mott - 0.3, 0.3, 1.4)
    inner_at = rng.uniform(4, 7) * mm
    tide += 0.18 * np.exp(-(((sd - inner_at) / (0.35 * mm)) ** 2))
    img = multiply(img, (0.72, 0.58, 0.40), np.clip(tide, 0, 1))
    out, angle = scanner(np.clip(img, 0, 1), doc, rec, pick_angle(doc, rec), bbox=bbox)
    return out, f"stain {2 * radius / mm:.0f} mm, skew {angle:+.2f}"


def r_nextsheet(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, mm = doc.rng, doc.mm
    h, w = img.shape[:2]
    g = lum(img)
    bbox = ink_bbox(g)
    if bbox is None:
        bbox = (w // 4, h // 4, 3 * w // 4, 3 * h // 4)
    x0, y0, x1, y1 = bbox
    margins = {"left": x0, "right": w - 1 - x1, "top": y0, "bottom": h - 1 - y1}
    opposite = {"left": "right", "right": "left", "top": "bottom", "bottom": "top"}
    want = rng.uniform(6, 11) * mm
    order = ["left", "right", "top", "bottom"]
    rng.shuffle(order)
    order.sort(key=lambda k: 0 if k in ("left", "right") else 1)
    side, strip = None, 0.0
    for k in order:
        room = margins[opposite[k]] - 2.5 * mm
        if room >= 4 * mm:
            side, strip = k, float(min(want, room))
            break
    if side is None:
        k = max(margins, key=lambda k: margins[opposite[k]])
        side, strip = k, float(max(2 * mm, margins[opposite[k]] - 1.5 * mm))
    shift = {
        "left": (strip, 0.0),
        "right": (-strip, 0.0),
        "top": (0.0, strip),
        "bottom": (0.0, -strip),
    }[side]
    page = paper(g[..., None], (0.93, 0.93, 0.93), rng)[..., 0]
    out, angle = scanner(page, doc, rec, pick_angle(doc, rec), shift=shift, bbox=bbox)
    # the page's own edge after the transform: a mask of where the page is
    ones = np.ones((h, w), np.float32)
    cover = affine_const(ones, angle, shift)
    # the other sheet: another page of the same document, its content showing in the strip
    j = i + 1 if i + 1 < len(doc.pages) else (i - 1 if i > 0 else i)
    other = lum(doc.pages[j])
    ob = ink_bbox(other) or (0, 0, w - 1, h - 1)
    rel = float(rng.uniform(0.4, 1.2) * rng.choice([-1, 1]))
    u = rng.uniform(0.1, 0.9)
    if side in ("left", "right"):
        span = max(1.0, (ob[2] - ob[0]) - strip)
        e = ob[0] + u * span
        oshift = (-e, 0.0) if side == "left" else (w - strip - e, 0.0)
    else:
        span = max(1.0, (ob[3] - ob[1]) - strip)
        e = ob[1] + u * span
        oshift = (0.0, -e) if side == "top" else (0.0, h - strip - e)
    osheet = paper(other[..., None], (0.86, 0.86, 0.86), rng)[..., 0]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle + rel, 1.0)
    m[0, 2] += oshift[0]
    m[1, 2] += oshift[1]
    osheet = cv2.warpAffine(osheet, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.86)
    osheet = cv2.GaussianBlur(osheet, (0, 0), 0.5 + rec.blur)
    # shadow of the page edge onto the sheet behind it, thin dark line at the edge itself
    dist_out = cv2.distanceTransform((cover < 0.5).astype(np.uint8), cv2.DIST_L2, 5)
    osheet *= 1.0 - 0.35 * np.exp(-dist_out / (0.9 * mm))
    dist_in = cv2.distanceTransform((cover >= 0.5).astype(np.uint8), cv2.DIST_L2, 5)
    out = out * (1.0 - 0.25 * np.exp(-((dist_in - 0.5) ** 2) / 0.8))
    out = out * cover + osheet * (1.0 - cover)
    noise = rng.standard_normal((h, w)).astype(np.float32) * (rec.noise / 255.0)
    out = np.clip(out + noise * (1.0 - cover), 0, 1)
    return out, f"{side} strip {strip / mm:.1f} mm, skew {angle:+.2f}"


def affine_const(mask: Array, angle: float, shift: tuple[float, float]) -> Array:
    h, w = mask.shape
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    m[0, 2] += shift[0]
    m[1, 2] += shift[1]
    return cv2.warpAffine(mask, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)


def r_inkjet(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, mm = doc.rng, doc.mm
    if i == 0:
        swath = rng.uniform(7.5, 10.5) * mm
        nd = int(rng.integers(2, 4))
        offs = np.sort(rng.choice(np.arange(3, 97), nd + 1, replace=False) / 100.0)
        strength = np.ones(nd + 1)
        strength[int(rng.integers(0, nd + 1))] = rng.uniform(0.45, 0.6)
        widths = rng.uniform(1.0, 1.6, nd + 1)
        mis = rng.uniform(0.5, 1.0) * rng.choice([-1, 1])
        doc.extra["inkjet"] = (swath, offs, strength, widths, mis)
    swath, offs, strength, widths, mis = doc.extra["inkjet"]
    h, w = img.shape[:2]
    g = lum(img)
    bbox = ink_bbox(g)
    ink = 1.0 - g
    y = np.arange(h, dtype=np.float32)
    phase0 = rng.uniform(0, swath)
    pos = (y + phase0) % swath
    keep = np.ones(h, np.float32)
    for o, st, wd in zip(offs, strength, widths, strict=True):
        c = o * swath
        dist = np.abs(pos - c)
        cov = np.clip(wd / 2 + 0.5 - dist, 0, 1)
        keep *= 1.0 - st * cov
    ink = ink * keep[:, None]
    sw_idx = ((y + phase0) // swath).astype(np.int32)
    sx = np.where(sw_idx % 2 == 1, mis, 0.0).astype(np.float32)
    gy, gx = np.mgrid[0:h, 0:w].astype(np.float32)
    ink = cv2.remap(ink, gx + sx[:, None], gy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    del gx, gy
    ink = np.clip(cv2.GaussianBlur(ink, (0, 0), 0.35) * 1.06, 0, 0.93)
    page = paper((1.0 - ink)[..., None], (0.95, 0.95, 0.95), rng)[..., 0]
    out, angle = scanner(page, doc, rec, pick_angle(doc, rec), bbox=bbox)
    gap = swath / (len(offs)) / mm
    return out, f"swath {swath / mm:.1f} mm, {len(offs)} nozzle lines (~{gap:.1f} mm), " + (
        f"skew {angle:+.2f}"
    )


def r_dotmatrix(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng = doc.rng
    hi = doc.extra["hires"][i]  # HIRES dpi grey
    H, W = hi.shape  # noqa: N806
    f = HIRES / 120.0  # grid pitch in hi-res pixels (x)
    fy = HIRES / 120.0
    gw, gh = int(W / f), int(H / fy)
    ink = 1.0 - hi
    mean = cv2.resize(ink, (gw, gh), interpolation=cv2.INTER_AREA)
    k = np.ones((round(fy), round(f)), np.uint8)
    mx = cv2.resize(cv2.dilate(ink, k), (gw, gh), interpolation=cv2.INTER_AREA)
    cov = 0.7 * mean + 0.3 * mx
    bayer = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16.0
    thr = np.tile(bayer, (gh // 4 + 1, gw // 4 + 1))[:gh, :gw]
    fire = (cov > 0.36) | ((cov > 0.06) & (cov > 0.06 + thr * 0.4))
    fire = fire.astype(np.float32)
    weak_row = int(rng.integers(0, 9))
    pin = np.ones(gh, np.float32)
    pin[weak_row::9] = rng.uniform(0.55, 0.7)
    fire *= pin[:, None]
    canvas = np.zeros((H, W), np.float32)
    ys, xs = np.nonzero(fire)
    passes = ys // 9
    mis = rng.uniform(0.25, 0.35) * f
    px = np.round(xs * f + f / 2 + np.where(passes % 2 == 1, mis, 0.0)).astype(np.int64)
    py = np.round(ys * fy + fy / 2).astype(np.int64)
    ok = (px >= 0) & (px < W) & (py >= 0) & (py < H)
    canvas[py[ok], px[ok]] = fire[ys[ok], xs[ok]]
    dia = rng.uniform(1.0, 1.1) * f
    r = math.ceil(dia / 2) + 1
    yy, xx = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    disk = np.clip(dia / 2 + 0.5 - np.hypot(xx, yy), 0, 1)
    disk *= 1.0 - 0.25 * (np.hypot(xx, yy) / (dia / 2)) ** 2
    dots = cv2.filter2D(canvas, -1, disk, borderType=cv2.BORDER_CONSTANT)
    dots = 1.0 - np.exp(-1.8 * dots)
    density = rng.uniform(0.7, 0.82)
    ribbon = density * (1.0 + 0.06 * smooth_noise((H, W), 300, rng))
    ribbon *= 1.0 - 0.1 * np.linspace(0, 1, W, dtype=np.float32)[None, :] * rng.uniform(0.5, 1)
    fabric = 1.0 + 0.12 * smooth_noise((H, W), 2.0, rng)
    ink2 = np.clip(dots * ribbon * fabric, 0, 0.92)
    g = cv2.resize(1.0 - ink2, (doc.pages[i].shape[1], doc.pages[i].shape[0]), cv2.INTER_AREA)
    bbox = ink_bbox(lum(doc.pages[i]))
    page = paper(g[..., None], (0.94, 0.94, 0.93), rng)[..., 0]
    out, angle = scanner(page, doc, rec, pick_angle(doc, rec), bbox=bbox)
    return out, f"ribbon density {density:.2f}, weak pin row {weak_row}, skew {angle:+.2f}"


def _stamp_and_sign(doc: Doc, i: int, img: Array) -> tuple[Array, Array, str]:
    """Blue ink marks (signature + round stamp) on the signer page: (alpha_sig, alpha_stamp)."""
    rng, s, mm = doc.rng, doc.s, doc.mm
    lay = doc.layouts[i]
    h, w = img.shape[:2]
    sig = np.zeros((h, w), np.float32)
    stamp = np.zeros((h, w), np.float32)
    blk = signer_block(lay)
    if blk is None:
        return sig, stamp, ""
    nip, name, gtop, gbot = blk
    x_left = (name.x0 if name else nip.x0) * s
    sw = rng.uniform(38, 50) * mm
    sh = max(8 * mm, min((gbot - gtop) * s * 1.1, 20 * mm))
    m = signature(sw, sh, rng)
    paste_alpha(sig, m, int(x_left + rng.uniform(0, 8) * mm), int(gtop * s - 0.1 * sh))
    diam = rng.uniform(36, 42) * mm
    st = round_stamp(diam, region_name(doc.name), rng)
    st = rotate_mask(st, float(rng.uniform(-20, 20)))
    cx = x_left - rng.uniform(0.05, 0.2) * diam
    cy = (gtop + gbot) / 2 * s + rng.uniform(-0.1, 0.1) * diam
    lr = lay.lowest_rule()
    where = "signer block"
    if lr is not None and 0 < cy - lr[0] * s < diam * 0.75:
        cy = lr[0] * s + diam * 0.35
        where = "signer block and last rows"
    paste_alpha(stamp, st, int(cx - st.shape[1] / 2), int(cy - st.shape[0] / 2))
    return sig, stamp, where


def r_bluedropout(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng = doc.rng
    h, w = img.shape[:2]
    bbox = ink_bbox(img)
    r, g, b = img[..., 0], img[..., 1], img[..., 2]
    printed_colour = (np.max(img, 2) - np.min(img, 2)) > 0.12
    printed_colour = cv2.dilate(printed_colour.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    del r, g, b
    page = paper(img, (0.955, 0.95, 0.94), rng)
    note = ""
    if i == max(k for k, lay in enumerate(doc.layouts) if lay.nip_words() or k == 0):
        sig, stamp, where = _stamp_and_sign(doc, i, img)
        if stamp.any() or sig.any():
            page = multiply(page, (0.3, 0.42, 0.93), np.clip(stamp * 0.85, 0, 1))
            page = multiply(page, (0.2, 0.3, 0.9), np.clip(sig * 0.9, 0, 1))
            note = f"signature + stamp ({where}) dropped; "
    # scanner: channel misregistration, then blue dropout, then purple-cast output
    mis = np.float32([[1, 0, 0], [0, 1, 0.6]])
    page[..., 0] = cv2.warpAffine(page[..., 0], mis, (w, h), borderMode=cv2.BORDER_REPLICATE)
    hsv = cv2.cvtColor(np.clip(page, 0, 1), cv2.COLOR_RGB2HSV)
    hue, sat, val = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    hue_w = np.clip(1 - np.abs(hue - 228) / 40, 0, 1)
    sat_w = np.clip((sat - 0.12) / 0.18, 0, 1)
    val_w = np.clip((val - 0.45) / 0.2, 0, 1)
    drop = hue_w * sat_w * val_w * (~printed_colour)
    drop = cv2.GaussianBlur(drop, (0, 0), 0.6) * rng.uniform(0.93, 0.97)
    L = lum(page)  # noqa: N806
    L = L + (0.95 - L) * drop  # noqa: N806
    paper_c = np.array([0.965, 0.915, 0.975], np.float32)
    ink_c = np.array([0.10, 0.07, 0.12], np.float32)
    col = ink_c + (L[..., None] - 0.0) * (paper_c - ink_c) / 0.95
    col = np.where(printed_colour[..., None], page, col)
    out, angle = scanner(np.clip(col, 0, 1), doc, rec, pick_angle(doc, rec), bbox=bbox)
    return out, f"{note}skew {angle:+.2f}"


def r_thermalfax(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, mm = doc.rng, doc.mm
    h, w = img.shape[:2]
    g = lum(img)
    bbox = ink_bbox(g)
    fw, fh = round(w * 204 / 200), round(h * 196 / 200)
    fax = cv2.resize(g, (fw, fh), interpolation=cv2.INTER_AREA) < 0.6
    bil = cv2.resize(fax.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    bil = cv2.GaussianBlur(bil, (0, 0), 0.45)
    side = int(rng.integers(0, 4))
    lo = rng.uniform(0.55, 0.65)
    ramp = np.linspace(1.0, lo, w if side in (0, 1) else h, dtype=np.float32)
    if side == 1 or side == 3:
        ramp = ramp[::-1]
    grad = np.tile(ramp[None, :], (h, 1)) if side in (0, 1) else np.tile(ramp[:, None], (1, w))
    dens = grad * (1 + 0.08 * smooth_noise((h, w), 12 * mm, rng))
    dens *= (1 + 0.03 * rng.standard_normal(h).astype(np.float32))[:, None]
    dens = np.clip(dens, 0.35, 1.0) * bil
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    edge = np.clip(np.maximum(np.abs(xx), np.abs(yy)) - 0.75, 0, 1) / 0.25
    yellow = 0.6 + 0.4 * edge + 0.15 * smooth_noise((h, w), 30 * mm, rng)
    pap = np.array([1.0, 1.0, 1.0], np.float32) - np.clip(yellow, 0, 1.3)[..., None] * np.array(
        [0.06, 0.1, 0.24], np.float32
    )
    inkc = np.array([0.34, 0.3, 0.26], np.float32)
    col = pap * (1 - dens[..., None]) + inkc * dens[..., None]
    gray = lum(col)
    out, angle = scanner(np.clip(gray, 0, 1), doc, rec, pick_angle(doc, rec), bbox=bbox)
    names = ["left", "right", "top", "bottom"]
    return out, f"fades toward {names[side ^ 1]} to {lo:.2f}, skew {angle:+.2f}"


def _correction_target(
    doc: Doc, occ_pages: list[Array]
) -> tuple[int, Word, tuple[int, int], float] | None:
    """Choose (page, score word, pen position top-left, glyph height px) for the rewrite."""
    s, mm = doc.s, doc.mm
    cands: list[tuple[int, int, Word, tuple[int, int], float]] = []
    for i, lay in enumerate(doc.layouts):
        occ = occ_pages[i]
        w = occ.shape[1]
        for wd in lay.scores():
            hx = (wd.bottom - wd.top) * s * 1.05
            need_w = int((wd.x1 - wd.x0) * s * 1.35 + 2 * mm)
            x = int(wd.x1 * s + 1.2 * mm)
            y = int(wd.top * s - 0.25 * hx)
            yb = int(wd.bottom * s + 0.2 * hx)
            if x + need_w < w and y > 0 and not occ[y:yb, x : x + need_w].any():
                cands.append((0, i, wd, (x, y), hx))
                continue
            ya = int(wd.top * s - 1.25 * hx)
            xa = int(wd.x0 * s)
            if ya > 0 and not occ[ya : int(wd.top * s - 1), xa : xa + need_w].any():
                cands.append((1, i, wd, (xa, ya), hx * 0.9))
    if not cands:
        return None
    best = min(c[0] for c in cands)
    pool = [c for c in cands if c[0] == best]
    pick = pool[int(doc.rng.integers(0, len(pool)))]
    return pick[1], pick[2], pick[3], pick[4]


def received_stamp(doc: Doc, height: float) -> Array:
    rng = doc.rng
    day = int(rng.integers(2, 28))
    month = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGS", "SEP", "OKT", "NOV", "DES"][
        int(rng.integers(0, 12))
    ]
    year = re.findall(r"20\d\d", doc.name)
    yr = int(year[0]) + 1 if year else 2025
    scale = height / 150.0
    W, H = int(320 * scale), int(150 * scale)  # noqa: N806
    im = Image.new("L", (W, H), 0)
    dr = ImageDraw.Draw(im)
    lw = max(2, int(6 * scale))
    dr.rectangle([2, 2, W - 3, H - 3], outline=255, width=lw)
    dr.rectangle([2 + 2 * lw, 2 + 2 * lw, W - 3 - 2 * lw, H - 3 - 2 * lw], outline=255, width=1)
    f1 = font("DejaVuSans-Bold.ttf", max(6, int(19 * scale)))
    f2 = font("DejaVuSans-Bold.ttf", max(8, int(44 * scale)))
    f3 = font("DejaVuSans-Bold.ttf", max(6, int(22 * scale)))
    top = f"INSPEKTORAT {region_name(doc.name)}"[:34]
    while f1.size > 6 and dr.textlength(top, font=f1) > W - 8 * lw:
        f1 = font("DejaVuSans-Bold.ttf", f1.size - 1)
    dr.text((W / 2, 26 * scale), top, font=f1, fill=255, anchor="mm")
    dr.text((W / 2, 64 * scale), "DITERIMA", font=f2, fill=255, anchor="mm")
    dr.text((W / 2, 100 * scale), f"TGL. {day:02d} {month} {yr}", font=f3, fill=255, anchor="mm")
    dr.text((W / 2, 124 * scale), "No. Agenda: ..........", font=f1, fill=255, anchor="mm")
    m = np.asarray(im, np.float32) / 255.0
    h, w = m.shape
    press = 0.78 + 0.22 * np.clip(smooth_noise((h, w), 20 * scale, rng), -1.5, 1.5)
    press *= np.linspace(1.0, rng.uniform(0.7, 0.9), w, dtype=np.float32)[None, :]
    m = m * press * (rng.random((h, w)) > 0.05)
    return rotate_mask(m, float(rng.uniform(-6, 6)))


def r_pencorrection(doc: Doc, i: int, img: Array, rec: Recipe) -> tuple[Array, str]:
    rng, s, mm = doc.rng, doc.s, doc.mm
    h, w = img.shape[:2]
    bbox = ink_bbox(img)
    if i == 0:
        occs = [
            cv2.dilate((lum(p) < 0.85).astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
            for p in doc.pages
        ]
        doc.extra["target"] = _correction_target(doc, occs)
    page = paper(img, (0.965, 0.96, 0.945), rng)
    notes = []
    tgt = doc.extra["target"]
    pen = np.zeros((h, w), np.float32)
    if tgt is not None and tgt[0] == i:
        _, wd, (px, py), hx = tgt
        core = wd.text.strip("();:.%")
        off = wd.text.find(core)
        cw = (wd.x1 - wd.x0) / max(1, len(wd.text))
        sx0, sx1 = (wd.x0 + off * cw) * s, (wd.x0 + (off + len(core)) * cw) * s
        ymid = (wd.top + 0.58 * (wd.bottom - wd.top)) * s
        tilt = rng.uniform(-0.05, 0.05) * (sx1 - sx0)
        pts = np.array(
            [[sx0 - 0.8 * mm, ymid - tilt / 2], [sx1 + 0.8 * mm, ymid + tilt / 2]], np.float64
        )
        mid = (pts[:1] + pts[1:]) / 2 + np.array([0.0, rng.uniform(-0.5, 0.5)])
        pts = np.concatenate([pts[:1], mid, pts[1:]])
        pen_path(pen, pts, max(1.5, 0.22 * mm), rng)
        hw = handwriting(core, hx, rng)
        paste_alpha(pen, hw, px, py)
        notes.append(f"{core} struck and rewritten {'beside' if px > sx1 else 'above'}")
    page = multiply(page, (0.16, 0.22, 0.62), np.clip(pen * 0.9, 0, 1))
    if i == 0:
        occ = cv2.dilate((lum(img) < 0.9).astype(np.uint8), np.ones((int(2 * mm),) * 2, np.uint8))
        lay = doc.layouts[0]
        if lay.table_bbox is not None:
            a, b, c, d = (v * s for v in lay.table_bbox)
            occ[int(b) : int(d), int(a) : int(c)] = 1
        border = int(3 * mm)
        occ[:border, :] = 1
        occ[-border:, :] = 1
        occ[:, :border] = 1
        occ[:, -border:] = 1
        placed = False
        for hmm in (20.0, 17.0, 14.0, 12.0):
            st = received_stamp(doc, hmm * mm)
            pos = free_box(occ > 0, st.shape[1], st.shape[0], rng, lambda x, y: x - 2 * y)
            if pos is not None:
                alpha = np.zeros((h, w), np.float32)
                paste_alpha(alpha, st, pos[0], pos[1])
                page = multiply(page, (0.86, 0.16, 0.2), np.clip(alpha * 0.9, 0, 1))
                notes.append(f"DITERIMA {hmm:.0f} mm high")
                placed = True
                break
        if not placed:
            notes.append("no margin room for DITERIMA")
    out, angle = scanner(np.clip(page, 0, 1), doc, rec, pick_angle(doc, rec), bbox=bbox)
    notes.append(f"skew {angle:+.2f}")
    return out, ", ".join(notes)


RECIPE_FN: dict[str, Callable[[Doc, int, Array, Recipe], tuple[Array, str]]] = {
    "crumpled": r_crumpled,
    "waterstain": r_waterstain,
    "nextsheet": r_nextsheet,
    "inkjet": r_inkjet,
    "dotmatrix": r_dotmatrix,
    "bluedropout": r_bluedropout,
    "thermalfax": r_thermalfax,
    "pencorrection": r_pencorrection,
}


# --------------------------------------------------------------------------- PDF output


def encode(pages: list[Array], quality: int) -> list[bytes]:
    out = []
    for p in pages:
        u8 = np.clip(p * 255.0 + 0.5, 0, 255).astype(np.uint8)
        im = Image.fromarray(u8, "RGB" if u8.ndim == 3 else "L")
        buf = io.BytesIO()
        if u8.ndim == 3:
            im.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True)
        else:
            im.save(buf, "JPEG", quality=quality, optimize=True)
        out.append(buf.getvalue())
    return out


def write_pdf(path: Path, jpegs: list[bytes], pages: list[Array], sizes: list[tuple[float, float]]):
    objs: list[bytes] = []
    n = len(jpegs)
    kids = " ".join(f"{3 + 3 * k} 0 R" for k in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for k, (jpg, arr, (pw, ph)) in enumerate(zip(jpegs, pages, sizes, strict=True)):
        pid, cid, iid = 3 + 3 * k, 4 + 3 * k, 5 + 3 * k
        _ = pid
        cs = "/DeviceRGB" if arr.ndim == 3 else "/DeviceGray"
        content = f"q {pw:.4f} 0 0 {ph:.4f} 0 0 cm /Im0 Do Q".encode()
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.4f} {ph:.4f}] "
            f"/Resources << /XObject << /Im0 {iid} 0 R >> >> /Contents {cid} 0 R >>".encode()
        )
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        objs.append(
            (
                f"<< /Type /XObject /Subtype /Image /Width {arr.shape[1]} /Height {arr.shape[0]} "
                f"/ColorSpace {cs} /BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>"
                "\nstream\n"
            ).encode()
            + jpg
            + b"\nendstream"
        )
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs):
        offsets.append(len(buf))
        buf += f"{k + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(buf)
    buf += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        buf += f"{o:010d} 00000 n \n".encode()
    buf += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(bytes(buf))


# --------------------------------------------------------------------------- driver


def seed_for(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big")


def process(src: Path, rec: Recipe, dst: Path) -> dict[str, Any]:
    name = src.stem
    layouts = read_layouts(src)
    pages = render(src, rec.dpi)
    doc = Doc(name, layouts, pages, rec.dpi, np.random.default_rng(seed_for(src.name)))
    if rec.name == "dotmatrix":
        doc.extra["hires"] = render(src, HIRES, gray=True)
    outs, notes = [], []
    for i, img in enumerate(pages):
        out, note = RECIPE_FN[rec.name](doc, i, img, rec)
        if not rec.colour and out.ndim == 3:
            out = lum(out)
        if rec.colour:
            out = to_rgb(out)
        outs.append(out.astype(np.float32))
        notes.append(note)
    q = rec.quality
    jpegs = encode(outs, q)
    while sum(map(len, jpegs)) > MAX_BYTES and q > MIN_QUALITY:
        q -= 5
        jpegs = encode(outs, q)
    write_pdf(dst, jpegs, outs, [(lay.width, lay.height) for lay in layouts])
    return {"quality": q, "pages": len(pages), "notes": notes, "bytes": dst.stat().st_size}


def readme(kind: str, src_manifest: str, n: int, rows: list[str]) -> str:
    lines = [
        f"# Scanned variants ({kind}) — scan-seventh",
        "",
        f"Generated by `python -m samples.generate.scan_seventh` from `{src_manifest}` "
        f"({n} born-digital PDFs). Each born-digital PDF is rasterised with poppler "
        "`pdftoppm`, degraded with numpy/OpenCV/Pillow operations and re-wrapped as an "
        "image-only PDF (one JPEG per page, no text layer, no fonts, page size in points "
        "equal to the original). The random seed is the SHA-256 of the source file name and "
        "the PDF writer emits no dates or IDs, so every run is byte-identical. Recipes cycle "
        "over the files in sorted order.",
        "",
        "This simulator was written without reading the parser or the other scan generators "
        "(only the READMEs of scanned_unseen and scanned_holdout3 to scanned_holdout6, so "
        "that all eight recipes are new degradations), to measure the OCR path at first "
        "contact. It was measured once, at first contact on 2026-11-28 (docs/benchmarks.md), "
        "then used to fix the pipeline; it is no longer unseen.",
        "",
        "## Degradation model",
        "",
        "All effects stay within the OCR promise: page skew never above 2 degrees (the "
        "crumple's local buckles move a rule by at most about 1 px), faint or broken table "
        "rules, JPEG noise, marks over the table only as pen or stamps over the table's last "
        "rows or the signer block (the pen correction strikes one score but leaves it "
        "legible), 150-300 dpi, page upright, text legible to a human. Marks are placed from "
        "the original layout via pdfplumber: score words such as `21,60`, the `NIP` line and "
        "the signer block above it (its largest vertical gap is the signature space, the "
        "line after it the signer's name), the lowest long horizontal rule (collinear segments "
        "merged), the table's bounding box, and a free-space search of the rendered page "
        "for the margin stamp and the pen rewrite. Rotation is shrunk (and the nextsheet "
        "shift limited by the opposite margin) until all printed content stays 1.5 mm "
        "inside the frame. Ink marks are multiply-blended, so printed text under them "
        "stays dark. The JPEG quality named below is nominal: it drops in steps of 5 when a "
        "file would exceed 1.45 MB; the quality actually used is in the table and in each "
        "manifest entry's `jpeg_qNN` feature.",
        "",
    ]
    for rec in RECIPES:
        lines.append(f"- `{rec.name}` — {rec.text}. Tags: {', '.join(rec.tags)}.")
    lines += [
        "",
        "Left out on purpose: strong vertical JPEG chroma smearing (colour, q35) was "
        "considered, but heavy JPEG and 4:2:0 chroma subsampling are already covered by the "
        "earlier sets (heavyjpeg, mfp200, screenphoto).",
        "",
        "## Files",
        "",
        "| file | recipe | pages | dpi | JPEG quality used | bytes | parameters |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--kind", required=True)
    ap.add_argument("--expected-prefix", required=True)
    ap.add_argument("only", nargs="*", help="only these source numbers/stems")
    args = ap.parse_args(argv)
    base, out = Path(args.base), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    entries = json.loads(Path(args.manifest).read_text(encoding="utf-8"))
    entries = sorted(entries, key=lambda e: Path(e["pdf"]).name)
    manifest, rows = [], []
    for k, entry in enumerate(entries):
        rec = RECIPES[k % len(RECIPES)]
        src = base / entry["pdf"]
        if args.only and not any(src.stem.startswith(o) for o in args.only):
            continue
        dst_name = f"{src.stem}__{rec.name}.pdf"
        info = process(src, rec, out / dst_name)
        print(f"{dst_name}: q{info['quality']} {info['bytes']} bytes")
        manifest.append(
            {
                "pdf": f"{out.name}/{dst_name}",
                "expected": args.expected_prefix + entry["expected"],
                "kind": args.kind,
                "producer": PRODUCER,
                "source_pdf": args.expected_prefix + entry["pdf"],
                "features": [*rec.tags, f"jpeg_q{info['quality']}"],
                "text_source": "ocr",
            }
        )
        params = "; ".join(f"p{n + 1}: {t}" for n, t in enumerate(info["notes"]))
        rows.append(
            f"| {dst_name} | {rec.name} | {info['pages']} | {rec.dpi} | {info['quality']} "
            f"| {info['bytes']} | {params} |"
        )
    if not args.only:
        (out / "manifest.json").write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        (out / "README.md").write_text(
            readme(args.kind, args.manifest, len(entries), rows), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
