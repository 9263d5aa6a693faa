"""Fourth scan simulator: turn born-digital test PDFs into image-only "scanned" PDFs.

Written independently of the parser and of the other scan generators, so that the OCR
path can be measured at first contact.  Every output is deterministic per input file
(the random seed is derived from a hash of the file name) and byte-identical across runs.

Usage::

    python -m samples.generate.scan_fourth --manifest M.json --base DIR --out OUTDIR \
        --kind KIND [--expected-prefix PREFIX]
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
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import reportlab
from PIL import Image, ImageDraw, ImageFont

MAX_BYTES = 1_450_000
MAX_SKEW = 2.0
FONT_BOLD = str(Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf")
FONT_REG = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
SCORE_RE = re.compile(r"\d{1,3},\d{1,2}")


# --------------------------------------------------------------------------- layout


@dataclass
class Layout:
    """Positions (in PDF points, top-left origin) taken from the born-digital PDF."""

    sizes: list[tuple[float, float]]
    stamp_page: int = -1
    stamp_line: tuple[float, float, float] | None = None  # x0, x1, top of lowest rule
    sign_page: int = -1
    sign_box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom
    score_page: int = -1
    score_box: tuple[float, float, float, float] | None = None


def _long_rules(page) -> list[dict]:
    width = float(page.width)
    return [e for e in page.edges if e["orientation"] == "h" and (e["x1"] - e["x0"]) > 0.5 * width]


def _signer_box(page, words) -> tuple[float, float, float, float] | None:
    nips = [w for w in words if w["text"].upper().startswith("NIP")]
    if nips:
        nip = nips[-1]
        above = [
            w
            for w in words
            if nip["top"] - 40 < w["top"] < nip["top"] - 2 and w["x1"] > nip["x0"] - 60
        ]
        if above:
            top = max(w["top"] for w in above)
            # the line just above NIP is the rank; the name is one line above that
            name_line = [w for w in above if w["top"] < top - 3] or above
            ntop = min(w["top"] for w in name_line)
            line = [w for w in name_line if abs(w["top"] - ntop) < 3]
            return (
                min(w["x0"] for w in line),
                ntop,
                max(w["x1"] for w in line),
                max(w["bottom"] for w in line),
            )
        return (nip["x0"], nip["top"] - 30, nip["x0"] + 140, nip["top"] - 6)
    if words:
        last = words[-1]
        return (last["x0"] - 40, last["top"] - 30, last["x0"] + 100, last["top"])
    return None


def read_layout(pdf_path: Path) -> Layout:
    with pdfplumber.open(str(pdf_path)) as pdf:
        pages = list(pdf.pages)
        lay = Layout(sizes=[(float(p.width), float(p.height)) for p in pages])
        scores: list[tuple[float, int, tuple[float, float, float, float]]] = []
        for idx, page in enumerate(pages):
            rules = _long_rules(page)
            if rules:
                low = max(rules, key=lambda e: e["top"])
                lay.stamp_page = idx
                lay.stamp_line = (float(low["x0"]), float(low["x1"]), float(low["top"]))
            words = page.extract_words()
            for w in words:
                if SCORE_RE.fullmatch(w["text"]):
                    val = float(w["text"].replace(",", "."))
                    box = (w["x0"], w["top"], w["x1"], w["bottom"])
                    scores.append((val, idx, tuple(float(v) for v in box)))
            if any(w["text"].upper().startswith("NIP") for w in words):
                lay.sign_page = idx
                lay.sign_box = _signer_box(page, words)
        if lay.sign_page < 0 and pages:
            lay.sign_page = len(pages) - 1
            lay.sign_box = _signer_box(pages[-1], pages[-1].extract_words())
        if scores:
            # a mid-sized score (an indicator's achievement, not a header number)
            scores.sort(key=lambda s: (s[1], s[2][1], s[2][0]))
            big = [s for s in scores if s[0] >= 10] or scores
            pick = big[len(big) // 2]
            lay.score_page, lay.score_box = pick[1], pick[2]
    return lay


# --------------------------------------------------------------------------- helpers


def render_page(pdf: Path, page_no: int, dpi: int, colour: bool, tmp: Path) -> np.ndarray:
    prefix = tmp / f"p{page_no}"
    cmd = ["pdftoppm", "-r", str(dpi), "-f", str(page_no + 1), "-l", str(page_no + 1)]
    cmd += ["-png", "-singlefile"] if colour else ["-gray", "-png", "-singlefile"]
    subprocess.run([*cmd, str(pdf), str(prefix)], check=True)
    img = Image.open(f"{prefix}.png")
    img = img.convert("RGB" if colour else "L")
    return np.asarray(img, dtype=np.float32)


def low_freq(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> np.ndarray:
    """Smooth random field in [0, 1] of the given shape."""
    h, w = shape
    ch = max(2, round(cells * h / max(h, w)))
    cw = max(2, round(cells * w / max(h, w)))
    small = rng.random((ch, cw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    big -= big.min()
    return big / max(float(big.max()), 1e-6)


def ink_of(img: np.ndarray) -> np.ndarray:
    """Ink coverage 0..1 of a grey image (0 = black)."""
    return 1.0 - img / 255.0


def tone(ink: np.ndarray, paper: float, black: float) -> np.ndarray:
    return paper - np.clip(ink, 0.0, 1.0) * (paper - black)


def skew(img: np.ndarray, angle: float, fill: float) -> np.ndarray:
    angle = max(-MAX_SKEW, min(MAX_SKEW, angle))
    h, w = img.shape[:2]
    mat = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    border = (fill, fill, fill) if img.ndim == 3 else fill
    return cv2.warpAffine(
        img,
        mat,
        (w, h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=border,
    )


def blend_ink(img: np.ndarray, mask: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    """Multiply-blend coloured ink (mask 0..1) onto an RGB or grey page."""
    mask = np.clip(mask, 0.0, 1.0)
    if img.ndim == 2:
        lum = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255.0
        return img * (1.0 - mask * (1.0 - lum))
    out = img.copy()
    for c in range(3):
        out[..., c] = img[..., c] * (1.0 - mask * (1.0 - rgb[c] / 255.0))
    return out


def pen_stroke(shape, pts: np.ndarray, width: float, rng: np.random.Generator) -> np.ndarray:
    """Anti-aliased ballpoint stroke along pts (N x 2, pixels) with varying pressure."""
    h, w = shape
    scale = 4
    canvas_img = np.zeros((h, w), np.uint8)
    pressure = 0.75 + 0.25 * np.sin(np.linspace(0, rng.uniform(3, 7), len(pts)))
    ipts = np.round(pts * scale).astype(np.int32)
    for i in range(len(pts) - 1):
        thick = max(1, round(width * pressure[i]))
        val = int(200 + 55 * pressure[i])
        cv2.line(
            canvas_img,
            tuple(int(v) for v in ipts[i]),
            tuple(int(v) for v in ipts[i + 1]),
            val,
            thick,
            cv2.LINE_AA,
            shift=2,
        )
    return canvas_img.astype(np.float32) / 255.0


def ellipse_path(cx, cy, rx, ry, rng: np.random.Generator) -> np.ndarray:
    start = rng.uniform(0, 2 * math.pi)
    theta = np.linspace(start, start + 2 * math.pi + rng.uniform(0.3, 0.7), 160)
    phase = rng.uniform(0, 2 * math.pi)
    wob = 1.0 + 0.06 * np.sin(3 * theta + phase) + 0.04 * (theta - start) / (2 * math.pi)
    xs = cx + rx * wob * np.cos(theta)
    ys = cy + ry * wob * np.sin(theta)
    return np.stack([xs, ys], axis=1)


def scribble_path(x0, y0, length, height, rng: np.random.Generator, loops: int) -> np.ndarray:
    """Cursive-looking path: loops of random height and width on a drifting, slanted line."""
    t = np.linspace(0, 1, 60 * loops)
    knots = np.linspace(0, 1, loops + 2)
    amp = height * np.interp(t, knots, rng.uniform(0.35, 1.0, loops + 2))
    loop_w = np.interp(t, knots, rng.uniform(0.15, 0.45, loops + 2))
    omega = 2 * math.pi * loops
    phase = omega * t + 0.6 * np.sin(t * rng.uniform(5, 11))
    up = amp * (0.5 - 0.5 * np.cos(phase))
    drift = height * 0.25 * np.sin(t * rng.uniform(2, 4) + rng.uniform(0, 6))
    ys = y0 - up + drift
    xs = x0 + length * t - loop_w * height * np.sin(phase) + 0.35 * up
    return np.stack([xs, ys], axis=1)


def stamp_mask(year: str, rng: np.random.Generator, dpi: int) -> np.ndarray:
    """A rectangular 'received' stamp as an ink mask (0..1)."""
    px = dpi / 72.0
    w, h = int(170 * px), int(78 * px)
    img = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(img)
    lw = max(2, int(2.2 * px))
    draw.rectangle([lw, lw, w - lw, h - lw], outline=255, width=lw)
    draw.rectangle([4 * lw, 4 * lw, w - 4 * lw, h - 4 * lw], outline=255, width=max(1, lw // 2))
    big = ImageFont.truetype(FONT_BOLD, int(17 * px))
    small = ImageFont.truetype(FONT_REG, int(9 * px))
    months = ["JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU", "SEP", "OKT", "NOV", "DES"]
    date = f"{int(rng.integers(1, 28)):02d} {months[int(rng.integers(0, 12))]} {year}"
    lines = [(big, "DITERIMA"), (small, f"Tgl : {date}"), (small, "No. Agenda : ......")]
    y = 7 * lw
    for font, text in lines:
        tw = draw.textlength(text, font=font)
        draw.text(((w - tw) / 2, y), text, fill=255, font=font)
        y += font.size + int(4 * px)
    mask = np.asarray(img, np.float32) / 255.0
    mask = cv2.GaussianBlur(mask, (0, 0), 0.6 * px / 2.8)
    texture = 0.55 + 0.45 * low_freq(rng, mask.shape, 6)
    speck = (rng.random(mask.shape) > 0.12).astype(np.float32)
    mask = mask * texture * (0.35 + 0.65 * speck)
    angle = rng.uniform(-9, 9)
    diag = int(math.hypot(w, h)) + 4
    padded = np.zeros((diag, diag), np.float32)
    oy, ox = (diag - h) // 2, (diag - w) // 2
    padded[oy : oy + h, ox : ox + w] = mask
    mat = cv2.getRotationMatrix2D((diag / 2, diag / 2), angle, 1.0)
    return cv2.warpAffine(padded, mat, (diag, diag), flags=cv2.INTER_LINEAR)


def paste_mask(shape, mask: np.ndarray, cx: float, cy: float) -> np.ndarray:
    h, w = shape
    full = np.zeros((h, w), np.float32)
    mh, mw = mask.shape
    x0, y0 = round(cx - mw / 2), round(cy - mh / 2)
    sx0, sy0 = max(0, -x0), max(0, -y0)
    dx0, dy0 = max(0, x0), max(0, y0)
    dx1, dy1 = min(w, x0 + mw), min(h, y0 + mh)
    if dx1 > dx0 and dy1 > dy0:
        full[dy0:dy1, dx0:dx1] = mask[sy0 : sy0 + dy1 - dy0, sx0 : sx0 + dx1 - dx0]
    return full


def line_mask(ink: np.ndarray, dpi: int) -> np.ndarray:
    """Pixels that belong to long horizontal or vertical table rules."""
    binary = (ink > 0.35).astype(np.uint8)
    run = max(25, int(dpi * 0.45))
    hor = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    ver = cv2.morphologyEx(binary, cv2.MORPH_OPEN, np.ones((run, 1), np.uint8))
    both = np.maximum(hor, ver)
    return cv2.dilate(both, np.ones((3, 3), np.uint8)).astype(np.float32)


def year_of(name: str) -> str:
    m = re.search(r"(20\d\d)", name)
    return m.group(1) if m else "2024"


# --------------------------------------------------------------------------- recipes


@dataclass
class Ctx:
    name: str
    pdf: Path
    layout: Layout
    rng: np.random.Generator
    tmp: Path


@dataclass
class Recipe:
    tag: str
    features: list[str]
    dpi: int
    colour: bool
    quality: int
    description: str


RECIPES = [
    Recipe(
        "scanapp",
        ["scanner_app_threshold", "bold_strokes", "gray_200dpi", "jpeg_q60", "skew_small"],
        200,
        False,
        60,
        "mobile scanner-app look: adaptive threshold, strokes thickened by one pixel, "
        "slight skew (0.3-1.0 deg), greyscale 200 dpi, JPEG q60",
    ),
    Recipe(
        "bleed",
        ["bleed_through", "paper_tone", "gray_300dpi", "jpeg_q70", "skew_small"],
        300,
        False,
        70,
        "double-sided print: the page itself mirrored and shifted shows through at "
        "8-12% darkness, off-white paper, greyscale 300 dpi, JPEG q70, skew up to 1 deg",
    ),
    Recipe(
        "lowtoner",
        ["low_toner", "thin_broken_strokes", "rules_partly_missing", "gray_300dpi", "skew"],
        300,
        False,
        72,
        "low-toner laser print: strokes eroded and broken by a toner-dropout field, "
        "ink at 55-65% black, about a third of the table rules missing in segments, "
        "greyscale 300 dpi, JPEG q72, skew up to 1.5 deg",
    ),
    Recipe(
        "ballpoint",
        ["colour_scan", "ballpoint_circle_score", "margin_scribble", "jpeg_q65", "skew"],
        200,
        True,
        65,
        "colour scan 200 dpi: red ballpoint circle around one score, blue handwritten "
        "scribble in a margin, warm paper tint, JPEG q65, skew up to 1.2 deg",
    ),
    Recipe(
        "dirtyglass",
        ["vertical_streaks", "dust_specks", "gray_240dpi", "jpeg_q75", "skew"],
        240,
        False,
        75,
        "scanner with dirty glass: 3-5 thin light-grey vertical streaks over the full "
        "page height, dust specks and a hair, greyscale 240 dpi, JPEG q75, skew up to 1.8 deg",
    ),
    Recipe(
        "stamped",
        ["received_stamp_last_rows", "signature_scribble", "colour_scan", "jpeg_q70", "skew"],
        200,
        True,
        70,
        "stamped and signed: purple/blue rectangular DITERIMA stamp with date over the "
        "table's last rows, blue signature over the signer's name, colour 200 dpi, "
        "JPEG q70, skew up to 1 deg",
    ),
    Recipe(
        "heavyjpeg",
        ["gray_150dpi", "jpeg_double_blocking", "slight_blur", "skew_small"],
        150,
        False,
        25,
        "heavy compression: greyscale 150 dpi, slight blur, JPEG q25 applied twice "
        "(visible 8x8 blocking), skew up to 0.8 deg",
    ),
    Recipe(
        "halftone",
        ["halftone_85lpi", "moire", "gray_300dpi", "scanner_blur", "skew_small"],
        300,
        False,
        70,
        "printed through an 85 lpi 45-degree dot screen (grey fills become dots, "
        "anti-aliased edges jagged), re-scanned at 300 dpi with scanner blur and a "
        "0.4% scale change producing moiré, greyscale JPEG q70, skew up to 0.9 deg",
    ),
]


def fx_scanapp(img, ctx: Ctx, page: int, dpi: int):
    img = skew(img, ctx.rng.uniform(0.3, 1.0) * ctx.rng.choice([-1, 1]), 255.0)
    img = cv2.GaussianBlur(img, (0, 0), 0.4)
    illum = 0.82 + 0.18 * low_freq(ctx.rng, img.shape, 3)  # phone-camera shading
    grey = np.clip(img * illum, 0, 255).astype(np.uint8)
    thr = cv2.adaptiveThreshold(
        grey, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 18
    )
    thr = cv2.erode(thr, np.ones((1, 2), np.uint8))  # dark strokes grow: bold
    out = cv2.GaussianBlur(thr.astype(np.float32), (0, 0), 0.5)
    return tone(ink_of(out), 250.0, 12.0)


def fx_bleed(img, ctx: Ctx, page: int, dpi: int):
    h, w = img.shape
    ghost = np.fliplr(ink_of(img))
    dx, dy = int(ctx.rng.integers(-40, 40)), int(ctx.rng.integers(-30, 30))
    ghost = np.roll(ghost, (dy, dx), axis=(0, 1))
    ghost = cv2.GaussianBlur(ghost, (0, 0), 1.8)
    dark = ctx.rng.uniform(0.08, 0.12)
    paper = 242.0 - 6.0 * low_freq(ctx.rng, (h, w), 4)
    out = paper * (1.0 - dark * ghost) * (1.0 - 0.9 * ink_of(img))
    out += ctx.rng.normal(0, 0.5, out.shape).astype(np.float32)
    return skew(out, ctx.rng.uniform(-1.0, 1.0), 240.0)


def fx_lowtoner(img, ctx: Ctx, page: int, dpi: int):
    ink = ink_of(img)
    rules = line_mask(ink, dpi)
    ink = cv2.erode(ink, np.ones((2, 2), np.uint8))  # thinner strokes
    dropout = low_freq(ctx.rng, ink.shape, 60)
    speckle = ctx.rng.random(ink.shape).astype(np.float32)
    broken = np.where((dropout < 0.22) & (speckle < 0.55), 0.25, 1.0).astype(np.float32)
    ink = ink * broken
    # rules partly missing: erase ~30% of the rule pixels in long segments
    gaps = low_freq(ctx.rng, ink.shape, 18)
    gap_cut = float(np.quantile(gaps, 0.3))
    ink = np.where((rules > 0) & (gaps < gap_cut), ink * 0.05, ink)
    ink = np.where((rules > 0) & (gaps >= gap_cut), ink * 0.75, ink)
    level = ctx.rng.uniform(0.55, 0.65)
    paper = 249.0 - 5.0 * low_freq(ctx.rng, ink.shape, 5)
    out = paper * (1.0 - np.clip(ink * level / 0.9, 0.0, 1.0))
    return skew(out, ctx.rng.uniform(-1.5, 1.5), 248.0)


def fx_ballpoint(img, ctx: Ctx, page: int, dpi: int):
    lay, px = ctx.layout, dpi / 72.0
    shape = img.shape[:2]
    if page == lay.score_page and lay.score_box:
        x0, y0, x1, y1 = (v * px for v in lay.score_box)
        pts = ellipse_path(
            (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2 + 10 * px, (y1 - y0) / 2 + 4 * px, ctx.rng
        )
        img = blend_ink(img, pen_stroke(shape, pts, 2.2 * px / 2.8, ctx.rng), (200, 30, 40))
    if page == 0:
        pw = lay.sizes[page][0]
        bx = ctx.rng.uniform(0.55, 0.75) * pw * px
        by = ctx.rng.uniform(12, 26) * px
        pts = scribble_path(bx, by + 12 * px, 60 * px, 9 * px, ctx.rng, 7)
        img = blend_ink(img, pen_stroke(shape, pts, 1.8 * px / 2.8, ctx.rng), (30, 50, 170))
    tint = np.array([246.0, 241.0, 228.0], np.float32) / 255.0
    img = img * tint
    img += ctx.rng.normal(0, 2.0, img.shape).astype(np.float32)
    return skew(img, ctx.rng.uniform(-1.2, 1.2), 235.0)


def fx_dirtyglass(img, ctx: Ctx, page: int, dpi: int):
    img = skew(img, ctx.rng.uniform(-1.8, 1.8), 255.0)
    h, w = img.shape
    out = tone(ink_of(img), 244.0, 20.0)
    for _ in range(int(ctx.rng.integers(3, 6))):  # streaks: same x on every page
        x = int(ctx.rng.integers(int(0.05 * w), int(0.95 * w)))
        width = int(ctx.rng.integers(1, 3))
        val = ctx.rng.uniform(0.80, 0.90)
        fade = 0.85 + 0.15 * low_freq(ctx.rng, (h, 1), 8)
        out[:, x : x + width] *= val + (1 - val) * (1 - fade)
    dust = np.zeros((h, w), np.uint8)
    for _ in range(int(ctx.rng.integers(25, 60))):
        cx, cy = int(ctx.rng.integers(0, w)), int(ctx.rng.integers(0, h))
        r = int(ctx.rng.integers(1, 4))
        cv2.ellipse(
            dust,
            (cx, cy),
            (r, max(1, r - 1)),
            float(ctx.rng.uniform(0, 180)),
            0,
            360,
            int(ctx.rng.integers(120, 230)),
            -1,
            cv2.LINE_AA,
        )
    hair = scribble_path(
        ctx.rng.uniform(0.1, 0.8) * w,
        ctx.rng.uniform(0.2, 0.9) * h,
        ctx.rng.uniform(60, 140),
        25,
        ctx.rng,
        1,
    )
    cv2.polylines(dust, [np.round(hair).astype(np.int32)], False, 140, 1, cv2.LINE_AA)
    out *= 1.0 - 0.75 * dust.astype(np.float32) / 255.0
    out += ctx.rng.normal(0, 1.5, out.shape).astype(np.float32)
    return out


def fx_stamped(img, ctx: Ctx, page: int, dpi: int):
    lay, px = ctx.layout, dpi / 72.0
    shape = img.shape[:2]
    if page == lay.stamp_page and lay.stamp_line:
        x0, x1, top = lay.stamp_line
        mask = stamp_mask(year_of(ctx.name), ctx.rng, dpi)
        cx = (x0 + (x1 - x0) * ctx.rng.uniform(0.55, 0.75)) * px
        cy = top * px - mask.shape[0] * 0.3
        colour = [(105, 45, 150), (45, 60, 165)][int(ctx.rng.integers(0, 2))]
        img = blend_ink(img, 0.85 * paste_mask(shape, mask, cx, cy), colour)
    if page == lay.sign_page and lay.sign_box:
        x0, _y0, x1, y1 = (v * px for v in lay.sign_box)
        length = max(60 * px, (x1 - x0) * 0.8)
        pts = scribble_path(x0 + 5 * px, y1 + 1 * px, length, 20 * px, ctx.rng, 5)
        tail = np.stack(
            [np.linspace(pts[-1, 0], x0 - 8 * px, 30), np.linspace(pts[-1, 1], y1 - 2 * px, 30)],
            axis=1,
        )
        pts = np.concatenate([pts, tail])
        img = blend_ink(img, pen_stroke(shape, pts, 2.0 * px / 2.8, ctx.rng), (25, 40, 140))
    img = img * (np.array([247.0, 245.0, 238.0], np.float32) / 255.0)
    img += ctx.rng.normal(0, 1.8, img.shape).astype(np.float32)
    return skew(img, ctx.rng.uniform(-1.0, 1.0), 238.0)


def fx_heavyjpeg(img, ctx: Ctx, page: int, dpi: int):
    img = skew(img, ctx.rng.uniform(-0.8, 0.8), 255.0)
    img = cv2.GaussianBlur(img, (0, 0), 0.55)
    out = tone(ink_of(img), 240.0, 25.0)
    buf = io.BytesIO()
    Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=30)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())), np.float32)


def fx_halftone(img, ctx: Ctx, page: int, dpi: int):
    h, w = img.shape
    ink = ink_of(img)
    period = dpi / 85.0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    u = (xx + yy) * (math.sqrt(0.5) * 2 * math.pi / period)
    v = (xx - yy) * (math.sqrt(0.5) * 2 * math.pi / period)
    screen = 0.5 - 0.25 * (np.cos(u) + np.cos(v))  # dot centres lowest: dots grow
    screen = np.clip(screen, 0.03, 0.97)
    printed = (ink > screen).astype(np.float32)
    out = tone(printed, 245.0, 18.0)
    scale = 1.0 + ctx.rng.choice([-1, 1]) * 0.004
    mat = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), ctx.rng.uniform(-0.9, 0.9), scale)
    out = cv2.warpAffine(
        out, mat, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=245.0
    )
    out = cv2.GaussianBlur(out, (0, 0), 0.9)
    return out + ctx.rng.normal(0, 1.0, out.shape).astype(np.float32)


EFFECTS = {
    "scanapp": fx_scanapp,
    "bleed": fx_bleed,
    "lowtoner": fx_lowtoner,
    "ballpoint": fx_ballpoint,
    "dirtyglass": fx_dirtyglass,
    "stamped": fx_stamped,
    "heavyjpeg": fx_heavyjpeg,
    "halftone": fx_halftone,
}


# --------------------------------------------------------------------------- output


def encode_jpeg(arr: np.ndarray, quality: int, dpi: int) -> bytes:
    img = Image.fromarray(np.clip(np.round(arr), 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, optimize=True, dpi=(dpi, dpi))
    return buf.getvalue()


def pdf_bytes(blobs: list[tuple[bytes, int, int, bool]], sizes) -> bytes:
    """Minimal PDF: one full-page JPEG XObject per page, no fonts, no text, no dates."""
    objs: list[bytes] = []
    n = len(blobs)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, ((jpg, w, h, colour), (pw, ph)) in enumerate(zip(blobs, sizes, strict=True)):
        content, image = 4 + 3 * i, 5 + 3 * i  # the page itself is object 3 + 3 * i
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw:.4f} {ph:.4f}] "
            f"/Resources << /XObject << /Im{i} {image} 0 R >> >> "
            f"/Contents {content} 0 R >>".encode()
        )
        draw = f"q {pw:.4f} 0 0 {ph:.4f} 0 0 cm /Im{i} Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
        cs = "/DeviceRGB" if colour else "/DeviceGray"
        head = (
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n"
        )
        objs.append(head.encode() + jpg + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def write_pdf(out: Path, pages: list[np.ndarray], sizes, quality: int, dpi: int) -> int:
    """Image-only PDF; page size in points equals the original; shrink JPEG quality to fit."""
    q = quality
    while True:
        blobs = [(encode_jpeg(p, q, dpi), p.shape[1], p.shape[0], p.ndim == 3) for p in pages]
        data = pdf_bytes(blobs, sizes)
        if len(data) < MAX_BYTES or q <= 15:
            out.write_bytes(data)
            return q
        q -= 5


def seed_for(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")


def scan_one(pdf: Path, recipe: Recipe, out_pdf: Path) -> int:
    name = pdf.stem
    layout = read_layout(pdf)
    rng = np.random.default_rng(seed_for(name))
    fx = EFFECTS[recipe.tag]
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        ctx = Ctx(name, pdf, layout, rng, tmp)
        pages = []
        for i in range(len(layout.sizes)):
            img = render_page(pdf, i, recipe.dpi, recipe.colour, tmp)
            pages.append(fx(img, ctx, i, recipe.dpi))
        return write_pdf(out_pdf, pages, layout.sizes, recipe.quality, recipe.dpi)


def write_readme(out: Path, rows: list[tuple[str, Recipe, int, int]], kind: str) -> None:
    lines = [
        f"# Scanned variants ({kind}) — scan-fourth",
        "",
        "Generated by `python -m samples.generate.scan_fourth`. Each born-digital PDF is",
        "rasterised with poppler `pdftoppm`, degraded with numpy/OpenCV/Pillow operations and",
        "re-wrapped as an image-only PDF (one JPEG per page, no text layer, no fonts, page size",
        "in points equal to the original). The random seed is the SHA-256 of the file name, so",
        "every run is byte-identical. Recipes cycle over the files in sorted order.",
        "",
        "This simulator was written without reading the parser or the other scan generators,",
        "to measure the OCR path at first contact.",
        "",
        "## Degradation model",
        "",
        "All effects stay within the OCR promise: skew never above 2 degrees, faint or broken",
        "table rules, JPEG noise, stamps/signatures/pen marks over the table's last rows or",
        "the signer block. Stamp, signature and circle positions come from the original",
        "layout via pdfplumber (lowest long horizontal rule of the last page with a table;",
        "the name line above `NIP`; a score word such as `21,60`). The JPEG quality named",
        "below is nominal: it drops in steps of 5 when a file would exceed 1.45 MB; the quality",
        "actually used is in the table and in each manifest entry's `jpeg_qNN` feature.",
        "",
    ]
    for r in RECIPES:
        lines.append(f"- `{r.tag}` — {r.description}. Tags: {', '.join(r.features)}.")
    lines += [
        "",
        "## Files",
        "",
        "| file | recipe | JPEG quality used | bytes |",
        "|---|---|---|---|",
    ]
    for fname, r, q, size in rows:
        lines.append(f"| {fname} | {r.tag} | {q} | {size} |")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", required=True, type=Path)
    ap.add_argument("--base", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--kind", required=True)
    ap.add_argument("--expected-prefix", default="")
    args = ap.parse_args(argv)

    entries = json.loads(args.manifest.read_text(encoding="utf-8"))
    entries = sorted(entries, key=lambda e: Path(e["pdf"]).name)
    args.out.mkdir(parents=True, exist_ok=True)
    manifest, rows = [], []
    for i, entry in enumerate(entries):
        recipe = RECIPES[i % len(RECIPES)]
        src = args.base / entry["pdf"]
        fname = f"{src.stem}__{recipe.tag}.pdf"
        q = scan_one(src, recipe, args.out / fname)
        size = (args.out / fname).stat().st_size
        rows.append((fname, recipe, q, size))
        print(f"{fname}: {recipe.tag} q={q} {size} bytes")
        manifest.append(
            {
                "pdf": f"{args.out.name}/{fname}",
                "expected": f"{args.expected_prefix}{entry['expected']}",
                "kind": args.kind,
                "producer": "scan-fourth",
                "source_pdf": f"{args.expected_prefix}{entry['pdf']}",
                "features": [
                    *(f for f in recipe.features if not re.fullmatch(r"jpeg_q\d+", f)),
                    f"jpeg_q{q}",
                ],
                "text_source": "ocr",
            }
        )
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    write_readme(args.out, rows, args.kind)


if __name__ == "__main__":
    main()
