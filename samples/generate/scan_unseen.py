"""Scanned (image-only) variants of the held-out born-digital samples.

    python -m samples.generate.scan_unseen            # all variants
    python -m samples.generate.scan_unseen 101 203    # only stems starting with these

An independent degradation model of a government office that prints a table, signs and
stamps it, and scans (or photocopies) it.  Pages are rendered with pypdfium2 and then go
through, per variant:

1. paper-side changes: faint or broken table rules (toner running out), ink bleed, a pen
   signature and a round ink stamp over the last table rows and the signature block of the
   last page (located with pdfplumber: the lowest wide horizontal rule and the word "NIP"),
   a photocopy of a slightly smaller print (scaled and offset);
2. scanner-side changes: paper tone and uneven illumination, a dark photocopy edge shadow,
   skew, gaussian blur, sensor noise;
3. encoding: JPEG pages in a reportlab PDF (no text layer), or a bilevel CCITT G4 PDF
   written by Pillow.

Every random choice comes from a generator seeded by the variant's file name, and both PDF
writers get fixed dates, so running this twice gives identical bytes.  Outputs:
samples/scanned_unseen/*.pdf and samples/scanned_unseen/manifest.json.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import sys
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

SAMPLES = Path(__file__).resolve().parents[1]
OUT_DIR = SAMPLES / "scanned_unseen"
FIXED_DATE = time.struct_time((2025, 1, 1, 0, 0, 0, 2, 1, 0))  # PDF dates of bilevel files
MM = 72.0 / 25.4  # points per millimetre

Array = np.ndarray

# Ink colours (RGB, 0..1).  Greyscale scans use the luminance of the same ink.
INK = {
    "blue": (0.20, 0.27, 0.72),
    "violet": (0.42, 0.24, 0.66),
    "gray": (0.38, 0.38, 0.38),
    "pen_color": (0.08, 0.12, 0.42),
    "pen_gray": (0.16, 0.16, 0.16),
}


@dataclass(frozen=True)
class Variant:
    """One scanned variant: its source and the degradations applied to it."""

    source: str  # relative to samples/, e.g. "holdout/born_digital/101_....pdf"
    short: str  # short variant name used in the file name
    dpi: int
    mode: str  # "color", "gray" or "bw"
    skew: float  # degrees, positive = counter-clockwise on the page
    jpeg_q: int | None = None
    blur: float = 0.0  # gaussian sigma in pixels
    noise: float = 0.0  # sensor noise sigma (0..1 intensity scale)
    paper: float = 1.0  # paper tone (1 = white)
    illumination: float = 0.0  # depth of the uneven-illumination field
    shadow: str | None = None  # margin with a photocopy edge shadow
    faint_rules: bool = False
    broken_rules: bool = False
    bleed: bool = False
    stamp: str | None = None  # ink of the round stamp ("blue", "violet", "gray")
    signature: bool = False
    photocopy: tuple[float, float, float] | None = None  # (scale, dx mm, dy mm)

    @property
    def stem(self) -> str:
        return Path(self.source).stem

    @property
    def file_name(self) -> str:
        return f"{self.stem}__{self.short}.pdf"

    @property
    def expected(self) -> str:
        folder = Path(self.source).parts[0]
        return f"{folder}/expected/{self.stem}.json"

    @property
    def features(self) -> list[str]:
        return variant_features(self)


def _h(stem: str) -> str:
    return f"holdout/born_digital/{stem}.pdf"


def _h2(stem: str) -> str:
    return f"holdout2/born_digital/{stem}.pdf"


# fmt: off
VARIANTS: tuple[Variant, ...] = (
    Variant(_h("101_docx_dinkestabalong_2023"), "stamp150_rot-12", 150, "color", -1.2,
            jpeg_q=60, noise=0.010, paper=0.95, illumination=0.07, stamp="blue",
            signature=True),
    Variant(_h("102_xlsx_amuntaitengah_2022"), "gray150_rot18_blur", 150, "gray", 1.8,
            jpeg_q=45, blur=0.9, noise=0.010, paper=0.93, illumination=0.05),
    Variant(_h("103_reportlab_dlhbanjarbaru_2024"), "bw300_rot07_broken", 300, "bw", 0.7,
            blur=0.6, broken_rules=True),
    Variant(_h("104_docx_murungpudak_2023"), "photocopy200_stamp", 200, "gray", -0.6,
            jpeg_q=45, blur=0.7, noise=0.012, paper=0.90, illumination=0.06,
            shadow="left", stamp="gray", signature=True, photocopy=(0.98, 4.0, 3.0)),
    Variant(_h("107_docx_bkpsdmtabalong_2024"), "stamp200_rot20_violet", 200, "color", 2.0,
            jpeg_q=45, blur=0.5, noise=0.010, paper=0.96, illumination=0.05,
            stamp="violet", signature=True),
    Variant(_h("108_reportlab_haurgading_2022"), "bleed200_rot-09", 200, "gray", -0.9,
            jpeg_q=40, blur=0.6, noise=0.012, paper=0.94, bleed=True),
    Variant(_h("109_xlsx_diskominfobalangan_2024"), "faint300_rot-16", 300, "gray", -1.6,
            jpeg_q=35, blur=1.0, noise=0.008, paper=0.94, faint_rules=True,
            broken_rules=True),
    Variant(_h2("201_docx_dishubbatola_2024"), "stamp200_rot-17", 200, "color", -1.7,
            jpeg_q=40, blur=0.6, noise=0.010, paper=0.95, illumination=0.08,
            stamp="blue", signature=True),
    Variant(_h2("202_xlsx_bapendatala_2023"), "bw300_rot-13", 300, "bw", -1.3, blur=0.5),
    Variant(_h2("203_reportlab_satpolppbjm_2024"), "gray150_rot15_shadow", 150, "gray", 1.5,
            jpeg_q=40, blur=0.5, noise=0.010, paper=0.92, illumination=0.04,
            shadow="right"),
    Variant(_h2("204_docx_kandangan_2022"), "blur200_jpeg35", 200, "gray", 0.4,
            jpeg_q=35, blur=1.1, noise=0.010, paper=0.95),
    Variant(_h2("205_xlsx_kesbangpolhss_2025"), "stamp150_rot12_violet", 150, "color", 1.2,
            jpeg_q=55, blur=0.5, noise=0.010, paper=0.96, illumination=0.06,
            stamp="violet", signature=True),
    Variant(_h2("206_docx_banjarmasinutara_2023"), "stamp200_gray_faint", 200, "gray", -0.3,
            jpeg_q=40, blur=0.8, noise=0.008, paper=0.95, faint_rules=True,
            stamp="gray", signature=True),
    Variant(_h2("208_xlsx_alalak_2025"), "gray150_rot19_signed", 150, "gray", 1.9,
            jpeg_q=50, blur=0.6, noise=0.012, paper=0.91, illumination=0.09,
            signature=True),
)
# fmt: on


def variant_features(v: Variant) -> list[str]:
    """Manifest feature tags of a variant, in a fixed order."""
    feats = [f"dpi_{v.dpi}", f"rotated_{v.skew:+.1f}"]
    feats.append("bilevel_g4" if v.mode == "bw" else f"jpeg_q{v.jpeg_q}")
    if v.mode != "bw":
        feats.append("color" if v.mode == "color" else "grayscale")
    if v.blur:
        feats.append(f"blur_{v.blur:.1f}")
    if v.noise:
        feats.append("sensor_noise")
    if v.paper < 0.97:
        feats.append("grey_paper")
    if v.illumination:
        feats.append("uneven_illumination")
    if v.shadow:
        feats.append(f"edge_shadow_{v.shadow}")
    if v.photocopy:
        feats.append(f"photocopy_scaled_{round(v.photocopy[0] * 100)}")
    feats += [
        name
        for flag, name in (
            (v.faint_rules, "faint_rules"),
            (v.broken_rules, "broken_rules"),
            (v.bleed, "ink_bleed"),
        )
        if flag
    ]
    if v.stamp:
        feats.append(f"stamp_signature_{'color' if v.mode == 'color' else 'gray'}")
    elif v.signature:
        feats.append("signature_only")
    return feats


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class SignBlock:
    """A signature block on the last page, in PDF points (top-left origin)."""

    name_x0: float
    name_x1: float
    name_top: float
    gap_top: float  # bottom of the line above the signing space
    table_bottom: float | None  # lowest wide horizontal rule above the block


def _lines(words: list[dict]) -> list[list[dict]]:
    rows: dict[int, list[dict]] = {}
    for w in words:
        rows.setdefault(round(w["top"]), []).append(w)
    return [rows[k] for k in sorted(rows)]


def _block_for(nip: dict, words: list[dict], table_bottom: float | None) -> SignBlock | None:
    lo = table_bottom if table_bottom is not None else 0.0
    near = [
        w
        for w in words
        if lo < w["top"] <= nip["top"] + 1
        and nip["x0"] - 110 < (w["x0"] + w["x1"]) / 2 < nip["x1"] + 110
    ]
    rows = _lines(near)
    if len(rows) < 3:
        return None
    gaps = [(rows[i + 1][0]["top"] - rows[i][0]["bottom"], i) for i in range(len(rows) - 1)]
    _, i = max(gaps)
    name = rows[i + 1]
    return SignBlock(
        name_x0=min(w["x0"] for w in name),
        name_x1=max(w["x1"] for w in name),
        name_top=min(w["top"] for w in name),
        gap_top=max(w["bottom"] for w in rows[i]),
        table_bottom=table_bottom,
    )


def sign_blocks(pdf_path: Path) -> list[SignBlock]:
    """Signature blocks of the last page, left to right."""
    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        nips = [w for w in words if w["text"].upper().startswith("NIP")]
        blocks = []
        for nip in sorted(nips, key=lambda w: w["x0"]):
            rules = [
                e["bottom"]
                for e in page.edges
                if e["orientation"] == "h"
                and e["x1"] - e["x0"] > 0.4 * float(page.width)
                and e["bottom"] < nip["top"] - 30
            ]
            block = _block_for(nip, words, max(rules) if rules else None)
            if block is not None:
                blocks.append(block)
        return blocks


# --------------------------------------------------------------------------- helpers


def smooth_field(rng: np.random.Generator, shape: tuple[int, int], cells: int) -> Array:
    """Low-frequency noise in 0..1 with about `cells` bumps across the longer side."""
    h, w = shape
    step = max(h, w) / cells
    small = rng.random((max(2, round(h / step) + 1), max(2, round(w / step) + 1)))
    field = cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(field, 0.0, 1.0)


def multiply_ink(img: Array, alpha: Array, ink: tuple[float, float, float]) -> Array:
    """Lay ink (alpha 0..1) over the page the way ink darkens paper."""
    if img.ndim == 2:
        lum = 0.299 * ink[0] + 0.587 * ink[1] + 0.114 * ink[2]
        return img * (1.0 - alpha * (1.0 - lum))
    colour = np.asarray(ink, dtype=np.float32)
    return img * (1.0 - alpha[..., None] * (1.0 - colour))


def render_pages(pdf_path: Path, dpi: int, grey: bool) -> list[tuple[Array, tuple[float, float]]]:
    """Each page as float32 0..1 (H×W or H×W×3) and its size in points."""
    doc = pdfium.PdfDocument(str(pdf_path))
    pages = []
    try:
        for page in doc:
            size = (float(page.get_width()), float(page.get_height()))
            pil = page.render(scale=dpi / 72.0, grayscale=grey).to_pil()
            arr = np.asarray(pil.convert("L" if grey else "RGB"), dtype=np.float32) / 255.0
            pages.append((arr, size))
            page.close()
    finally:
        doc.close()
    return pages


# --------------------------------------------------------------------------- paper side


def rule_mask(img: Array, dpi: int) -> Array:
    """Pixels of long horizontal and vertical rules (table lines), as 0/1 float."""
    grey = img if img.ndim == 2 else img.mean(axis=2)
    dark = (grey < 0.6).astype(np.uint8)
    long_h = cv2.getStructuringElement(cv2.MORPH_RECT, (int(dpi * 0.6), 1))
    long_v = cv2.getStructuringElement(cv2.MORPH_RECT, (1, int(dpi * 0.3)))
    rules = cv2.morphologyEx(dark, cv2.MORPH_OPEN, long_h) | cv2.morphologyEx(
        dark, cv2.MORPH_OPEN, long_v
    )
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8))
    return rules.astype(np.float32)


def degrade_rules(img: Array, v: Variant, rng: np.random.Generator) -> Array:
    """Toner running out: rules get lighter (faint) and/or gapped (broken)."""
    mask = rule_mask(img, v.dpi)
    shape = mask.shape
    keep = np.ones(shape, np.float32)
    if v.faint_rules:
        keep *= 0.35 + 0.3 * smooth_field(rng, shape, 12)
    if v.broken_rules:
        holes = smooth_field(rng, shape, max(shape) // max(4, v.dpi // 12))
        keep *= (holes > 0.2).astype(np.float32)
    keep = 1.0 - mask * (1.0 - keep)
    if img.ndim == 3:
        keep = keep[..., None]
    return 1.0 - (1.0 - img) * keep


def bleed_ink(img: Array) -> Array:
    """Ink spreading into the paper: dark strokes grow by one pixel."""
    return cv2.erode(img, np.ones((2, 2), np.uint8))


def stamp_alpha(radius: int, rng: np.random.Generator) -> Array:
    """Alpha (0..1) of a round office stamp: two rings, arc lettering and a star."""
    size = 2 * radius + 8
    im = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(im)
    c = size / 2
    ring = max(2, radius // 18)
    draw.ellipse([c - radius, c - radius, c + radius, c + radius], outline=255, width=ring)
    inner = radius * 0.70
    thin = max(2, ring * 2 // 3)
    draw.ellipse([c - inner, c - inner, c + inner, c + inner], outline=255, width=thin)
    fs = max(8, int(radius * 0.2))
    text_r = (radius + inner) / 2
    _arc_text(im, "PEMERINTAH KABUPATEN", c, text_r, -90.0, fs, upper=True)
    _arc_text(im, "KALIMANTAN SELATAN", c, text_r, 90.0, fs, upper=False)
    star = [
        (c + (inner * (0.45 if k % 2 == 0 else 0.2)) * math.sin(k * math.pi / 5),
         c - (inner * (0.45 if k % 2 == 0 else 0.2)) * math.cos(k * math.pi / 5))
        for k in range(10)
    ]  # fmt: skip
    draw.polygon(star, outline=255, width=thin)
    alpha = np.asarray(im, dtype=np.float32) / 255.0
    angle = float(rng.uniform(-25, 25))
    rot = cv2.getRotationMatrix2D((c, c), angle, 1.0)
    alpha = cv2.warpAffine(alpha, rot, (size, size))
    # uneven inking: pressure falls off to one side, plus blotchy dropouts
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) / size
    theta = rng.uniform(0, 2 * math.pi)
    lean = (xx - 0.5) * math.cos(theta) + (yy - 0.5) * math.sin(theta)
    pressure = np.clip(0.85 + 0.5 * lean, 0.6, 1.0)
    blotch = 0.7 + 0.3 * smooth_field(rng, (size, size), 9)
    speck = (rng.random((size, size)) > 0.05).astype(np.float32)
    alpha = alpha * pressure * blotch * speck
    return np.clip(cv2.GaussianBlur(alpha, (0, 0), 0.6) * 1.1, 0.0, 0.95)


def _arc_text(
    im: Image.Image,
    text: str,
    c: float,
    r: float,
    centre_deg: float,
    fs: int,
    upper: bool,
) -> None:
    """Letter `text` (font size fs px) along a circle of radius r around (c, c).

    The top text reads clockwise with letters upright outwards; the bottom text reads
    left to right with letters upright towards the centre.
    """
    font = ImageFont.load_default(size=fs)
    step = 2 * math.degrees(math.asin(min(1.0, fs * 0.42 / r)))
    start = centre_deg - step * (len(text) - 1) / 2
    for i, ch in enumerate(text if upper else text[::-1]):
        ang = math.radians(start + i * step)
        x, y = c + r * math.cos(ang), c + r * math.sin(ang)
        glyph = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs, fs), ch, fill=255, font=font, anchor="mm")
        turn = -(math.degrees(ang) + 90) if upper else -(math.degrees(ang) - 90)
        glyph = glyph.rotate(turn, resample=Image.Resampling.BILINEAR)
        im.paste(glyph, (round(x - glyph.width / 2), round(y - glyph.height / 2)), glyph)


def catmull_rom(points: Array, per: int = 14) -> Array:
    """A smooth curve through `points` (N×2), `per` samples per segment."""
    p = np.vstack([points[0], points, points[-1]])
    t = np.linspace(0.0, 1.0, per, endpoint=False)[:, None]
    out = []
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = p[i - 1], p[i], p[i + 1], p[i + 2]
        out.append(
            0.5
            * (
                2 * p1
                + (p2 - p0) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                + (3 * p1 - p0 - 3 * p2 + p3) * t**3
            )
        )
    out.append(p[-2][None, :])
    return np.vstack(out)


def signature_strokes(rng: np.random.Generator) -> list[Array]:
    """Control points (unit box, y down) of a quick signature: a tall initial, a run of
    irregular humps with the odd loop, and a closing flourish."""
    j = lambda: rng.uniform(-0.04, 0.04)  # noqa: E731
    initial = [(0.05, 0.7), (0.12 + j(), 0.05), (0.2 + j(), 0.12), (0.13, 0.8 + j()),
               (0.07, 0.55), (0.2, 0.48 + j())]  # fmt: skip
    body = []
    humps = int(rng.integers(6, 10))
    for i in range(humps):
        x = 0.22 + 0.62 * (i + 0.5) / humps + j() / 2
        top = 0.45 - rng.uniform(0.05, 0.3)
        body.append((x, top))
        if rng.random() < 0.3:
            body.append((x - 0.035, top + 0.12))
        body.append((x + 0.3 / humps, 0.62 + rng.uniform(0.0, 0.1)))
    flourish = [(0.92, 0.5 + j()), (0.7, 0.82 + j()), (0.35, 0.84 + j()), (0.12, 0.74)]
    strokes = [np.asarray(initial + body), np.asarray(flourish)]
    return [s + np.column_stack([0.15 * (0.5 - s[:, 1]), np.zeros(len(s))]) for s in strokes]


def signature_alpha(w: int, h: int, thick: float, rng: np.random.Generator) -> Array:
    """Alpha of a quick cursive pen signature filling about w×h pixels."""
    canvas = np.zeros((h, w), np.float32)
    shift = 4  # sub-pixel precision for cv2.line
    for ctrl in signature_strokes(rng):
        pts = catmull_rom(ctrl) * (w, h)
        pressure = 0.6 + 0.8 * smooth_field(rng, (len(pts), 1), 5)[:, 0]
        fixed = np.round(pts * (1 << shift)).astype(np.int32)
        for i in range(len(fixed) - 1):
            width = max(1, round(thick * pressure[i]))
            a, b = tuple(map(int, fixed[i])), tuple(map(int, fixed[i + 1]))
            cv2.line(canvas, a, b, 1.0, width, cv2.LINE_AA, shift=shift)
    return np.clip(canvas, 0.0, 1.0)


def paste_alpha(page_alpha: Array, alpha: Array, x0: int, y0: int) -> None:
    """Max-combine `alpha` into `page_alpha` at (x0, y0), clipped to the page."""
    h, w = alpha.shape
    ph, pw = page_alpha.shape
    ax0, ay0 = max(0, -x0), max(0, -y0)
    px0, py0 = max(0, x0), max(0, y0)
    px1, py1 = min(pw, x0 + w), min(ph, y0 + h)
    if px1 <= px0 or py1 <= py0:
        return
    region = alpha[ay0 : ay0 + py1 - py0, ax0 : ax0 + px1 - px0]
    np.maximum(page_alpha[py0:py1, px0:px1], region, out=page_alpha[py0:py1, px0:px1])


def sign_and_stamp(
    img: Array, blocks: Sequence[SignBlock], v: Variant, rng: np.random.Generator
) -> Array:
    """Pen signature on every signature block; the stamp on the rightmost one."""
    k = v.dpi / 72.0
    pen = np.zeros(img.shape[:2], np.float32)
    for b in blocks:
        sw = (b.name_x1 - b.name_x0) * rng.uniform(0.9, 1.2) + 30
        sh = (b.name_top - b.gap_top) * 1.1
        x0 = (b.name_x0 + b.name_x1) / 2 - sw / 2 + rng.uniform(-10, 10)
        y0 = b.gap_top + rng.uniform(0, 3)
        sig = signature_alpha(int(sw * k), int(sh * k), 0.8 * k, rng)
        paste_alpha(pen, sig, int(x0 * k), int(y0 * k))
    pen_ink = INK["pen_color" if v.mode == "color" else "pen_gray"]
    img = multiply_ink(img, pen * 0.92, pen_ink)
    if not v.stamp or not blocks:
        return img
    b = blocks[-1]
    r = 52.0 * rng.uniform(0.95, 1.05)
    cx = (b.name_x0 + b.name_x1) / 2 - 0.35 * r + rng.uniform(-8, 8)
    if b.table_bottom is not None and b.name_top - b.table_bottom < 2.4 * r:
        cy = b.table_bottom + 0.55 * r + rng.uniform(-4, 4)
    else:
        cy = (b.gap_top + b.name_top) / 2
    alpha = stamp_alpha(int(r * k), rng)
    stamp_page = np.zeros(img.shape[:2], np.float32)
    half = alpha.shape[0] // 2
    paste_alpha(stamp_page, alpha, int(cx * k) - half, int(cy * k) - half)
    return multiply_ink(img, stamp_page, INK[v.stamp])


def photocopy(img: Array, v: Variant) -> Array:
    """The page as a photocopy of a slightly smaller print: scaled and offset."""
    assert v.photocopy is not None
    scale, dx_mm, dy_mm = v.photocopy
    k = v.dpi / 72.0
    m = np.float32([[scale, 0, dx_mm * MM * k], [0, scale, dy_mm * MM * k]])
    h, w = img.shape[:2]
    border = (1.0, 1.0, 1.0) if img.ndim == 3 else 1.0
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)


# --------------------------------------------------------------------------- scanner side


def lighting(shape: tuple[int, int], v: Variant, rng: np.random.Generator) -> Array:
    """Paper tone × uneven illumination × edge shadow, as a multiplier field."""
    h, w = shape
    field = np.full(shape, v.paper, np.float32)
    if v.illumination:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        dist = np.hypot((xx - cx) / w, (yy - cy) / h)
        field *= 1.0 - v.illumination * (dist / dist.max()) ** 1.5
        field *= 1.0 - 0.3 * v.illumination * smooth_field(rng, shape, 4)
    if v.shadow:
        field *= edge_shadow(shape, v.shadow, v.dpi, rng)
    return field


def edge_shadow(shape: tuple[int, int], side: str, dpi: int, rng: np.random.Generator) -> Array:
    """The dark band a photocopier leaves along one margin of a lifted page."""
    h, w = shape
    across = w if side in ("left", "right") else h
    d = np.arange(across, dtype=np.float32)
    if side in ("right", "bottom"):
        d = d[::-1]
    px_mm = dpi / 25.4
    width = rng.uniform(4.0, 6.0) * px_mm
    prof = 1.0 - 0.55 * np.exp(-d / width)
    prof[d < rng.uniform(1.0, 2.0) * px_mm] = 0.28  # the hard black strip at the very edge
    along = h if side in ("left", "right") else w
    wobble = 0.9 + 0.1 * smooth_field(rng, (along, 1), 6)
    dark = 1.0 - (1.0 - prof[None, :]) * wobble
    return dark if side in ("left", "right") else dark.T


def skew(img: Array, angle: float) -> Array:
    """Rotate the page content by `angle` degrees about the page centre."""
    h, w = img.shape[:2]
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, rot, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def sensor(img: Array, v: Variant, rng: np.random.Generator) -> Array:
    """Optics blur and sensor noise."""
    if v.blur:
        img = cv2.GaussianBlur(img, (0, 0), v.blur)
    if v.noise:
        img = img + rng.normal(0.0, v.noise, img.shape).astype(np.float32)
    return np.clip(img, 0.0, 1.0)


def to_bilevel(img: Array, rng: np.random.Generator) -> Image.Image:
    """Threshold like a bilevel office scanner, with a few dust specks."""
    black = img < 0.65
    h, w = black.shape
    for _ in range(int(rng.integers(25, 60))):
        y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
        black[y : y + int(rng.integers(1, 4)), x : x + int(rng.integers(1, 4))] = True
    return Image.fromarray(np.where(black, 0, 255).astype(np.uint8)).convert("1")


# --------------------------------------------------------------------------- pipeline


def scan_page(
    img: Array, v: Variant, last: bool, blocks: Sequence[SignBlock], rng: np.random.Generator
) -> Array:
    """All paper- and scanner-side degradations of one rendered page."""
    if v.faint_rules or v.broken_rules:
        img = degrade_rules(img, v, rng)
    if v.bleed:
        img = bleed_ink(img)
    if last and (v.signature or v.stamp):
        img = sign_and_stamp(img, blocks, v, rng)
    if v.photocopy:
        img = photocopy(img, v)
    light = lighting(img.shape[:2], v, rng)
    img = img * (light if img.ndim == 2 else light[..., None])
    if v.mode == "color":
        img = img * np.float32([1.0, 0.99, 0.955])  # slightly warm paper
    img = skew(img, v.skew)
    return sensor(img, v, rng)


def jpeg_bytes(img: Array, quality: int) -> bytes:
    arr = np.round(img * 255.0).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=quality, optimize=True)
    return buf.getvalue()


class ImageOnlyCanvas(Canvas):
    """A reportlab canvas whose pages set no initial font.

    reportlab starts every page with an empty `BT /F1 12 Tf ET`, which puts a Helvetica
    font resource into the file; a scan has no font at all, so the preamble keeps only the
    coordinate setup (this canvas never changes colours or draws text before a page).
    """

    def _make_preamble(self) -> None:
        self._preamble = "1 0 0 1 0 0 cm"


def write_jpeg_pdf(path: Path, pages: Sequence[tuple[bytes, tuple[float, float]]]) -> None:
    """JPEG pages, each over the full original page size, no text layer and no fonts."""
    canvas = ImageOnlyCanvas(str(path), pagesize=pages[0][1], invariant=1)
    canvas.setTitle(path.stem)
    canvas.setCreator("scan-unseen")
    for data, size in pages:
        canvas.setPageSize(size)
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=size[0], height=size[1])
        canvas.showPage()
    canvas.save()


def write_bilevel_pdf(
    path: Path, pages: Sequence[tuple[Image.Image, tuple[float, float]]], dpi: int
) -> None:
    """Bilevel CCITT G4 pages via Pillow; the resolution keeps the original page size."""
    first, (w_pt, h_pt) = pages[0]
    if any(size != pages[0][1] for _, size in pages):
        res: dict[str, object] = {"resolution": float(dpi)}
    else:
        res = {"dpi": (first.width * 72.0 / w_pt, first.height * 72.0 / h_pt)}
    first.save(
        path,
        "PDF",
        save_all=True,
        append_images=[im for im, _ in pages[1:]],
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
        title=path.stem,
        producer="scan-unseen",
        **res,
    )


def make_variant(v: Variant, out_dir: Path) -> Path:
    """Render, degrade and write one variant; returns its path."""
    rng = np.random.default_rng(zlib.crc32(v.file_name.encode()))
    src = SAMPLES / v.source
    blocks = sign_blocks(src) if (v.signature or v.stamp) else []
    rendered = render_pages(src, v.dpi, grey=v.mode != "color")
    out = out_dir / v.file_name
    scanned = [
        (scan_page(img, v, i == len(rendered) - 1, blocks, rng), size)
        for i, (img, size) in enumerate(rendered)
    ]
    if v.mode == "bw":
        write_bilevel_pdf(out, [(to_bilevel(img, rng), size) for img, size in scanned], v.dpi)
    else:
        assert v.jpeg_q is not None
        write_jpeg_pdf(out, [(jpeg_bytes(img, v.jpeg_q), size) for img, size in scanned])
    return out


def manifest_entry(v: Variant) -> dict[str, object]:
    return {
        "pdf": f"{OUT_DIR.name}/{v.file_name}",
        "expected": v.expected,
        "kind": "scanned_unseen",
        "producer": "scan-unseen",
        "source_pdf": v.source,
        "features": v.features,
        "text_source": "ocr",
    }


def write_manifest(out_dir: Path) -> None:
    """Manifest of all variants whose PDF exists, sorted by pdf."""
    entries = [manifest_entry(v) for v in VARIANTS if (out_dir / v.file_name).exists()]
    entries.sort(key=lambda e: str(e["pdf"]))
    text = json.dumps(entries, indent=2, ensure_ascii=False) + "\n"
    (out_dir / "manifest.json").write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", help="only sources whose stem starts so")
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    chosen = [v for v in VARIANTS if not args.prefixes or v.stem.startswith(tuple(args.prefixes))]
    for v in chosen:
        path = make_variant(v, args.out)
        print(f"{path.name}  {path.stat().st_size / 1024:.0f} KB  {' '.join(v.features)}")
    write_manifest(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
