"""Scan simulator ``scan-tenth``: born-digital Rencana Aksi PDFs to image-only "scans".

Written without knowledge of the OCR path or of the other scan generators. Each page
is rasterised with poppler ``pdftoppm``, degraded with numpy/OpenCV (one of eight
recipes, cycled over the files in sorted order) and written as an image-only PDF (one
JPEG per page, no text layer, page size in points equal to the original).
Deterministic: the random generator of a file is seeded from the SHA-256 of the source
file name and the PDF writer emits no dates or IDs.

    python -m samples.generate.scan_tenth --manifest samples/holdout10/manifest.json \
        --base samples/holdout10 --out samples/scanned_holdout10 --kind scanned_holdout10 \
        --expected-prefix holdout10/
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

import cv2
import numpy as np
import pdfplumber
from PIL import Image

PRODUCER = "scan-tenth"
MAX_BYTES = 1_450_000
Arr = np.ndarray


# --------------------------------------------------------------------------- layout
@dataclass
class Word:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


@dataclass
class PageLayout:
    width: float  # points
    height: float
    words: list[Word]
    hrules: list[float] = field(default_factory=list)  # y of long horizontal rules (table width)


def read_layout(pdf: Path) -> tuple[list[PageLayout], str]:
    """Page sizes and words (points), and the region named in the title."""
    pages: list[PageLayout] = []
    region = ""
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            words = [
                Word(
                    float(w["x0"]),
                    float(w["top"]),
                    float(w["x1"]),
                    float(w["bottom"]),
                    str(w["text"]),
                )
                for w in page.extract_words(keep_blank_chars=False, use_text_flow=False)
            ]
            segs = [
                (float(e["top"]), float(e["x0"]), float(e["x1"]))
                for e in page.edges
                if e.get("orientation") == "h"
            ]
            pages.append(
                PageLayout(
                    float(page.width),
                    float(page.height),
                    words,
                    long_rules(segs, 0.4 * float(page.width)),
                )
            )
            if i == 0:
                text = page.extract_text() or ""
                for line in text.splitlines()[:8]:
                    m = re.search(r"\b(KABUPATEN|KOTA)\s+([A-Z][A-Z .'-]+)", line.upper())
                    if m:
                        region = f"{m.group(1)} {m.group(2).strip(' ,.')}"
                        break
    return pages, region


def long_rules(segs: list[tuple[float, float, float]], min_len: float) -> list[float]:
    """y of horizontal rules at least ``min_len`` long once collinear segments are joined
    (so a table's bottom rule counts and an underlined name does not)."""
    out: list[float] = []
    segs = sorted(segs, key=lambda v: (round(v[0]), v[1]))
    i = 0
    while i < len(segs):
        y, x0, x1 = segs[i]
        j = i + 1
        while j < len(segs) and abs(segs[j][0] - y) < 1.0 and segs[j][1] <= x1 + 3:
            x1 = max(x1, segs[j][2])
            j += 1
        if x1 - x0 >= min_len:
            out.append(y)
        i = j
    return sorted(out)


# --------------------------------------------------------------------------- helpers
@dataclass
class Ctx:
    rng: np.random.Generator
    dpi: int
    page: int  # 0-based
    n_pages: int
    layout: PageLayout
    region: str
    bbox: tuple[float, float, float, float] | None = None  # printed content, fractions of the page
    doc: dict[str, object] = field(default_factory=dict)  # per-document parameters
    notes: list[str] = field(default_factory=list)  # per-page parameters

    def px(self, mm: float) -> float:
        return mm / 25.4 * self.dpi

    @property
    def s(self) -> float:  # points -> pixels
        return self.dpi / 72.0


def lum(img: Arr) -> Arr:
    if img.ndim == 2:
        return img
    return (0.299 * img[..., 0] + 0.587 * img[..., 1] + 0.114 * img[..., 2]).astype(np.float32)


def smooth_noise(rng: np.random.Generator, shape: tuple[int, int], sigma: float) -> Arr:
    """Gaussian noise low-passed with ``sigma`` pixels, normalised to std 1."""
    h, w = shape
    f = max(1.0, sigma / 3.0)
    sh, sw = max(4, int(h / f) + 2), max(4, int(w / f) + 2)
    n = rng.standard_normal((sh, sw)).astype(np.float32)
    n = cv2.GaussianBlur(n, (0, 0), sigma / f)
    n = cv2.resize(n, (w, h), interpolation=cv2.INTER_CUBIC)
    sd = float(n.std()) or 1.0
    return (n - float(n.mean())) / sd


def gblur(img: Arr, sigma: float) -> Arr:
    if sigma <= 0:
        return img
    return cv2.GaussianBlur(img, (0, 0), sigma)


def ink_bbox(img: Arr, thr: float = 0.85) -> tuple[int, int, int, int] | None:
    ys, xs = np.nonzero(lum(img) < thr)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def fit_angle(
    shape: tuple[int, ...],
    box: tuple[float, float, float, float] | None,
    angle: float,
    margin_px: float,
) -> float:
    """Shrink ``angle`` until all printed content (``box``, fractions of the page) stays
    ``margin_px`` inside the frame."""
    if box is None:
        return angle
    h, w = shape[:2]
    cx, cy = w / 2.0, h / 2.0
    x0, y0, x1, y1 = box[0] * w, box[1] * h, box[2] * w, box[3] * h
    for _ in range(12):
        a = math.radians(angle)
        ok = True
        for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1)):
            dx, dy = x - cx, y - cy
            rx = cx + dx * math.cos(a) + dy * math.sin(a)
            ry = cy - dx * math.sin(a) + dy * math.cos(a)
            if rx < margin_px or ry < margin_px or rx > w - margin_px or ry > h - margin_px:
                ok = False
        if ok:
            return angle
        angle *= 0.8
    return angle


def rotate(img: Arr, angle: float, fill: float | tuple[float, ...]) -> Arr:
    """Rotate counter-clockwise by ``angle`` degrees about the centre."""
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    border = fill if isinstance(fill, tuple) else (fill, fill, fill)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )


def skew(img: Arr, ctx: Ctx, lo: float, hi: float, fill: float | tuple[float, ...]) -> Arr:
    a = float(ctx.rng.uniform(lo, hi)) * (1 if ctx.rng.random() < 0.5 else -1)
    a = fit_angle(img.shape, ctx.bbox, a, ctx.px(1.5))
    ctx.notes.append(f"skew {a:+.2f}")
    return rotate(img, a, fill)


def scanner(img: Arr, ctx: Ctx, blur: float = 0.6, noise: float = 0.012) -> Arr:
    img = gblur(img, blur)
    n = ctx.rng.standard_normal(img.shape[:2]).astype(np.float32) * noise
    img = img + n[..., None] if img.ndim == 3 else img + n
    return np.clip(img, 0.0, 1.0)


def to_gray(img: Arr) -> Arr:
    return lum(img) if img.ndim == 3 else img


def free_of_words(layout: PageLayout, box: tuple[float, float, float, float], pad: float) -> bool:
    x0, y0, x1, y1 = box
    for w in layout.words:
        if w.x1 + pad > x0 and w.x0 - pad < x1 and w.bottom + pad > y0 and w.top - pad < y1:
            return False
    return True


# --------------------------------------------------------------------------- recipes
def r_lowlight(img: Arr, ctx: Ctx) -> Arr:
    """Phone photo in a dim office, flattened by a scanner app."""
    rng = ctx.rng
    d = ctx.doc
    if not d:
        d["bow_mm"] = float(rng.uniform(0.5, 0.9))
        d["motion_px"] = float(rng.uniform(1.4, 2.2))
        d["motion_deg"] = float(rng.uniform(0, 180))
        d["exposure"] = float(rng.uniform(0.42, 0.52))
        d["chroma"] = float(rng.uniform(0.020, 0.026))
        d["lamp"] = int(rng.integers(0, 4))
    h, w = img.shape[:2]
    # residual barrel distortion after corner-based flattening: corners pinned, edges bow out
    cx, cy = (w - 1) / 2.0, (h - 1) / 2.0
    rr = cx * cx + cy * cy
    bow = ctx.px(float(d["bow_mm"]))  # outward bow at the middle of the long edges
    short_half = min(cx, cy)
    k = bow / (short_half * (1.0 - short_half * short_half / rr))
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xs - cx, ys - cy
    f = 1.0 + k * ((dx * dx + dy * dy) / rr - 1.0)
    # small residual rotation of the app's crop
    a = math.radians(float(rng.uniform(0.15, 0.55)) * (1 if rng.random() < 0.5 else -1))
    ca, sa = math.cos(a), math.sin(a)
    sx = cx + (dx * ca - dy * sa) * f
    sy = cy + (dx * sa + dy * ca) * f
    img = cv2.remap(img, sx, sy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    del xs, ys, dx, dy, f, sx, sy
    ctx.notes.append(f"bow {float(d['bow_mm']):.1f} mm, turn {math.degrees(a):+.2f}")
    # slight motion blur (hand shake during a long exposure)
    ln = float(d["motion_px"])
    ks = math.ceil(ln) * 2 + 1
    kern = np.zeros((ks, ks), np.float32)
    t = math.radians(float(d["motion_deg"]))
    for s in np.linspace(-ln / 2, ln / 2, 9):
        kern[round(ks // 2 + s * math.sin(t)), round(ks // 2 + s * math.cos(t))] += 1
    kern = cv2.GaussianBlur(kern, (0, 0), 0.5)
    kern /= kern.sum()
    img = cv2.filter2D(img, -1, kern)
    img = gblur(img, 0.5)
    # dim, warm, uneven light from a ceiling lamp off to one side
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    lamp = int(d["lamp"])
    g = [xx, -xx, yy, -yy][lamp]
    illum = (
        float(d["exposure"])
        * (1.0 - 0.12 * (g + 1.0) / 2.0)
        * (1.0 - 0.10 * (xx * xx + yy * yy) / 2.0)
    )
    cast = np.array([1.0, 0.84, 0.62], np.float32)
    raw = img * illum[..., None] * cast
    # sensor: luminance grain and strong blotchy chroma noise (blue channel worst)
    lumn = rng.standard_normal((h, w)).astype(np.float32) * 0.010
    raw += lumn[..., None]
    amp = float(d["chroma"])
    for c, gain in ((0, 0.9), (1, 0.6), (2, 1.5)):
        blot = smooth_noise(rng, (h, w), float(rng.uniform(1.6, 2.6))) * amp * gain
        fine = rng.standard_normal((h, w)).astype(np.float32) * amp * 0.45 * gain
        raw[..., c] += blot + fine
    # app: per-channel levels (white balance not fully corrected), black point, denoise, sharpen
    paper = np.percentile(raw.reshape(-1, 3)[::97], 90, axis=0).astype(np.float32)
    target = np.array([0.95, 0.92, 0.83], np.float32)
    out = raw / paper * target
    out = np.clip((out - 0.06) / 0.94, 0, 1)
    ycc = cv2.cvtColor(out, cv2.COLOR_RGB2YCrCb)
    ycc[..., 1] = gblur(ycc[..., 1], 0.8)
    ycc[..., 2] = gblur(ycc[..., 2], 0.8)
    y = ycc[..., 0]
    y = cv2.bilateralFilter(y, 5, 0.06, 2.0)
    y = y + 0.5 * (y - gblur(y, 1.3))
    ycc[..., 0] = y
    out = cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)
    ctx.notes.append(
        f"exposure {float(d['exposure']):.2f}, chroma sd {amp:.3f} raw, motion {ln:.1f} px"
    )
    return np.clip(out, 0, 1)


def r_compactpdf(img: Arr, ctx: Ctx) -> Arr:
    """MFP 'compact / high-compression PDF': MRC text mask over a low-resolution background."""
    rng = ctx.rng
    d = ctx.doc
    if not d:
        d["bg_dpi"] = int(rng.choice([75, 100]))
        d["bg_q"] = int(rng.integers(22, 31))
        d["thr"] = float(rng.uniform(0.50, 0.58))
    paper = np.array([0.96, 0.955, 0.94], np.float32)
    img = img * paper
    img = skew(img, ctx, 0.2, 1.0, tuple(float(v) for v in paper))
    img = scanner(img, ctx, 0.6, 0.012)
    h, w = img.shape[:2]
    g = lum(img)
    # segmentation: dark relative to the local background and dark in absolute terms
    bg_est = cv2.dilate(g, np.ones((9, 9), np.uint8))
    mask = ((g < bg_est - 0.22) & (g < float(d["thr"]))).astype(np.uint8)
    _n, lab, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    small = stats[:, cv2.CC_STAT_AREA] < 3
    small[0] = False
    mask[small[lab]] = 0
    m = mask.astype(bool)
    # foreground colour layer: one colour per 8x8 block of mask pixels, pushed darker
    fb = 8
    hb, wb = (h + fb - 1) // fb, (w + fb - 1) // fb
    pad = np.zeros((hb * fb, wb * fb, 3), np.float32)
    pad[:h, :w] = img * m[..., None]
    cnt = np.zeros((hb * fb, wb * fb), np.float32)
    cnt[:h, :w] = m
    ssum = pad.reshape(hb, fb, wb, fb, 3).sum(axis=(1, 3))
    csum = cnt.reshape(hb, fb, wb, fb).sum(axis=(1, 3))
    fg_small = ssum / np.maximum(csum, 1)[..., None]
    fg_small = np.where(csum[..., None] > 0, fg_small, 0.1)
    fg_small = np.clip(fg_small * 0.75, 0, 1)
    fg = cv2.resize(fg_small, (wb * fb, hb * fb), interpolation=cv2.INTER_NEAREST)[:h, :w]
    # background layer: text removed (normalised convolution fill), downsampled, heavy JPEG
    keep = 1.0 - cv2.dilate(mask, np.ones((3, 3), np.uint8)).astype(np.float32)
    num = gblur(img * keep[..., None], 3.0)
    den = gblur(keep, 3.0)[..., None]
    filled = np.where(keep[..., None] > 0, img, num / np.maximum(den, 1e-3))
    bw, bh = (
        max(8, round(w * d["bg_dpi"] / ctx.dpi)),
        max(8, round(h * d["bg_dpi"] / ctx.dpi)),
    )
    small_bg = cv2.resize(filled, (bw, bh), interpolation=cv2.INTER_AREA)
    small_bg = jpeg_roundtrip(small_bg, int(d["bg_q"]), color=True)
    bg = cv2.resize(small_bg, (w, h), interpolation=cv2.INTER_LINEAR)
    out = np.where(m[..., None], fg, bg)
    ctx.notes.append(
        f"text mask {100.0 * m.mean():.1f}% of page, background {d['bg_dpi']} dpi q{d['bg_q']}"
    )
    return np.clip(out, 0, 1).astype(np.float32)


def r_palette16(img: Arr, ctx: Ctx) -> Arr:
    """Old archive system: 16-colour adaptive palette with Floyd-Steinberg error diffusion."""
    paper = np.array([0.95, 0.94, 0.90], np.float32)
    img = img * paper
    img = skew(img, ctx, 0.2, 1.1, tuple(float(v) for v in paper))
    mottle = smooth_noise(ctx.rng, img.shape[:2], ctx.px(3.0)) * 0.012
    img = img + mottle[..., None]
    img = scanner(img, ctx, 0.6, 0.014)
    u8 = (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)
    pil = Image.fromarray(u8, "RGB")
    q = pil.quantize(colors=16, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.FLOYDSTEINBERG)
    out = np.asarray(q.convert("RGB"), dtype=np.float32) / 255.0
    pal = np.asarray(q.getpalette()[: 16 * 3], np.float32).reshape(-1, 3)
    dark = int((pal.mean(axis=1) < 96).sum())
    ctx.notes.append(f"16 colours ({dark} dark)")
    return out


def r_tonersave(img: Arr, ctx: Ctx) -> Arr:
    """Laser 'toner save' print (600 dpi stipple inside strokes), scanned at 300 dpi grey."""
    rng = ctx.rng
    d = ctx.doc
    if not d:
        d["keep"] = float(rng.uniform(0.45, 0.55))
        d["fill"] = float(rng.uniform(0.50, 0.60))
        d["edge"] = float(rng.uniform(0.74, 0.82))
    g = to_gray(img)  # rasterised at 600 dpi
    ink = 1.0 - g
    solid = (ink >= 0.5).astype(np.uint8)
    core = cv2.erode(
        solid, cv2.getStructuringElement(cv2.MORPH_CROSS, (3, 3)), iterations=1
    ).astype(bool)
    h, w = g.shape
    ys, xs = np.mgrid[0:h, 0:w]
    bayer = (
        np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32) / 16.0
    )
    thr = bayer[ys % 4, (xs + (ys // 4)) % 4]  # screen shifted by one column every 4 rows
    del ys, xs
    pat = (thr < float(d["keep"])).astype(np.float32)
    out_ink = np.where(
        core,
        ink * pat,
        np.where(solid.astype(bool), ink * float(d["edge"]), ink * float(d["fill"])),
    )
    del core, pat, thr
    # laser dot gain and a little toner scatter near strokes
    out_ink = gblur(out_ink.astype(np.float32), 0.6)
    near = cv2.dilate(solid, np.ones((5, 5), np.uint8)).astype(bool)
    scat = (rng.random((h, w)) < 0.004) & near
    out_ink = np.maximum(out_ink, scat * 0.45)
    out_ink = np.clip(out_ink * 1.05, 0, 1)
    g = 1.0 - out_ink
    g = cv2.resize(g, (w // 2, h // 2), interpolation=cv2.INTER_AREA)  # scanned at 300 dpi
    ctx.dpi //= 2
    g = g * 0.955
    g = skew(g, ctx, 0.2, 1.0, 0.955)
    g = scanner(g, ctx, 0.55, 0.010)
    ctx.notes.append(
        f"stipple keeps {float(d['keep']):.2f} inside strokes, edges {float(d['edge']):.2f}, "
        f"fills {float(d['fill']):.2f}"
    )
    return g


def _blob(rng: np.random.Generator, size_px: float, elong: float = 1.0) -> Arr:
    """Irregular soft blob (0..1) of roughly ``size_px`` diameter."""
    r = math.ceil(size_px * 1.6 * max(1.0, elong)) + 3
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    out = np.zeros_like(xs)
    for _ in range(int(rng.integers(2, 5))):
        ox, oy = rng.normal(0, size_px * 0.18, 2)
        sx = size_px * float(rng.uniform(0.22, 0.38)) * elong
        sy = size_px * float(rng.uniform(0.22, 0.38))
        out = np.maximum(out, np.exp(-(((xs - ox) / sx) ** 2 + ((ys - oy) / sy) ** 2)))
    out = np.clip((out - 0.25) / 0.5, 0, 1)
    return cv2.GaussianBlur(out, (0, 0), 0.6)


def _stamp_onto(canvas: Arr, patch: Arr, cx: float, cy: float) -> None:
    """Max-combine ``patch`` centred at (cx, cy) into ``canvas`` (in place, clipped)."""
    ph, pw = patch.shape
    x0, y0 = round(cx - pw / 2), round(cy - ph / 2)
    h, w = canvas.shape
    ax0, ay0, ax1, ay1 = max(0, x0), max(0, y0), min(w, x0 + pw), min(h, y0 + ph)
    if ax0 >= ax1 or ay0 >= ay1:
        return
    sub = patch[ay0 - y0 : ay1 - y0, ax0 - x0 : ax1 - x0]
    canvas[ay0:ay1, ax0:ax1] = np.maximum(canvas[ay0:ay1, ax0:ax1], sub)


def r_drumspots(img: Arr, ctx: Ctx) -> Arr:
    """Laser with a pitted OPC drum and a dirty charge roller: repeating marks along the feed."""
    rng = ctx.rng
    d = ctx.doc
    h, w = img.shape[:2]
    landscape = w > h
    across = h if landscape else w  # size across the feed direction (pixels)
    if not d:
        d["drum_mm"] = float(rng.choice([75.4, 94.2]))
        d["pits"] = [
            (
                float(rng.uniform(0.08, 0.92)),
                float(rng.uniform(1.0, 1.6)),
                float(rng.uniform(0.30, 0.45)),
                float(rng.uniform(1.0, 2.2)),
                int(rng.integers(0, 1 << 30)),
            )
            for _ in range(int(rng.integers(2, 4)))
        ]
        d["pcr"] = (
            float(rng.uniform(0.1, 0.9)),
            float(rng.uniform(2.5, 4.0)),
            float(rng.uniform(0.08, 0.13)),
            int(rng.integers(0, 1 << 30)),
        )
        d["fog"] = float(rng.uniform(0.012, 0.022))
    g = to_gray(img)
    marks = np.zeros_like(g)
    drum = ctx.px(float(d["drum_mm"]))
    pcr_period = drum / 2.0
    along_len = w if landscape else h
    phase = float(rng.uniform(0, drum))
    n_rep = 0
    for pos, size_mm, dens, elong, seed in d["pits"]:  # type: ignore[union-attr]
        prng = np.random.default_rng(seed)
        shape = _blob(prng, ctx.px(size_mm), elong)
        if landscape:
            shape = shape.T
        t = phase + float(prng.uniform(0, drum * 0.1))
        while t < along_len:
            jit = float(rng.uniform(0.85, 1.1))
            c_across = pos * across
            cx, cy = (t, c_across) if landscape else (c_across, t)
            _stamp_onto(marks, shape * dens * jit, cx, cy)
            n_rep += 1
            t += drum
    pos, size_mm, dens, seed = d["pcr"]  # type: ignore[misc]
    prng = np.random.default_rng(seed)
    shape = cv2.GaussianBlur(_blob(prng, ctx.px(size_mm), 1.3), (0, 0), ctx.px(0.5))
    if landscape:
        shape = shape.T
    t = float(rng.uniform(0, pcr_period))
    while t < along_len:
        cx, cy = (t, pos * across) if landscape else (pos * across, t)
        _stamp_onto(marks, shape * dens, cx, cy)
        t += pcr_period
    fog = float(d["fog"]) * (1.0 + 0.5 * smooth_noise(rng, g.shape, ctx.px(1.5)))
    grain = (rng.random(g.shape) < 0.002) * rng.uniform(0.15, 0.4, g.shape)
    ink = 1.0 - g
    ink = 1.0 - (1.0 - ink) * (1.0 - marks) * (1.0 - np.clip(fog, 0, 0.05)) * (1.0 - grain)
    g = (1.0 - ink).astype(np.float32) * 0.96
    g = skew(g, ctx, 0.2, 1.1, 0.96)
    g = scanner(g, ctx, 0.6, 0.012)
    ctx.notes.append(f"drum {float(d['drum_mm']):.1f} mm, {len(d['pits'])} pits ({n_rep} marks)")  # type: ignore[arg-type]
    return g


def r_buram(img: Arr, ctx: Ctx) -> Arr:
    """Printed on 'kertas buram' (cheap grey-cream unbleached paper) and colour-scanned."""
    rng = ctx.rng
    d = ctx.doc
    if not d:
        d["paper"] = (
            float(rng.uniform(0.84, 0.88)),
            float(rng.uniform(0.80, 0.84)),
            float(rng.uniform(0.70, 0.75)),
        )
        d["flecks"] = int(rng.integers(60, 120))
        d["fibres"] = int(rng.integers(120, 220))
    h, w = img.shape[:2]
    paper = np.array(d["paper"], np.float32)  # type: ignore[arg-type]
    tone = (
        1.0
        + 0.018 * smooth_noise(rng, (h, w), ctx.px(1.8))
        + 0.018 * smooth_noise(rng, (h, w), ctx.px(0.3))
    )
    base = tone[..., None] * paper
    # fibres: short thin curved strands, a little darker or lighter than the paper
    fib = np.zeros((h, w), np.float32)
    for _ in range(int(d["fibres"])):  # type: ignore[call-overload]
        ln = ctx.px(float(rng.uniform(1.5, 5.0)))
        x, y = float(rng.uniform(0, w)), float(rng.uniform(0, h))
        a = float(rng.uniform(0, math.pi))
        pts = []
        for _k in range(6):
            pts.append((int(x), int(y)))
            a += float(rng.normal(0, 0.35))
            x += math.cos(a) * ln / 5
            y += math.sin(a) * ln / 5
        val = float(rng.choice([-1.0, 1.0])) * float(rng.uniform(0.05, 0.11))
        cv2.polylines(fib, [np.array(pts, np.int32)], False, val, 1, cv2.LINE_AA)
    base = base * (1.0 - np.clip(fib, 0, None))[..., None] + np.clip(-fib, 0, None)[..., None] * 0.6
    # ink: spreads into the absorbent paper (feathered edges), slightly less dense
    g = lum(img)
    ink = 1.0 - g
    feather = gblur(ink, 0.9) * (0.55 + 0.25 * smooth_noise(rng, (h, w), 1.5).clip(-1, 1))
    ink = np.clip(np.maximum(ink * 0.92, feather * 0.7), 0, 1)
    ink_rgb = 1.0 - ink[..., None] * (1.0 - img)  # keeps header fill colours
    ink_col = np.where(ink[..., None] > 0, ink_rgb, 1.0)
    out = base * ink_col
    # dark inclusions (bark, dirt) in the pulp, never within 1.2 mm of print
    clear = (
        cv2.dilate((ink > 0.12).astype(np.uint8), np.ones((int(ctx.px(2.4)) | 1,) * 2, np.uint8))
        == 0
    )
    n_fl = 0
    for _ in range(int(d["flecks"])):  # type: ignore[call-overload]
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        if not clear[y, x]:
            continue
        r = ctx.px(float(rng.uniform(0.12, 0.45)))
        dens = float(rng.uniform(0.35, 0.75))
        col = np.array([0.30, 0.22, 0.14], np.float32)
        rad = math.ceil(r) + 2
        y0, y1, x0, x1 = max(0, y - rad), min(h, y + rad + 1), max(0, x - rad), min(w, x + rad + 1)
        yy, xx = np.mgrid[y0:y1, x0:x1]
        a = (
            np.clip(r - np.hypot((xx - x) * float(rng.uniform(0.6, 1.4)), yy - y) + 0.5, 0, 1)
            * dens
        )
        a = a * clear[y0:y1, x0:x1]
        out[y0:y1, x0:x1] = out[y0:y1, x0:x1] * (1 - a[..., None]) + col * a[..., None]
        n_fl += 1
    out = skew(out, ctx, 0.2, 1.2, tuple(float(v) for v in paper))
    out = scanner(out, ctx, 0.6, 0.013)
    ctx.notes.append(f"paper ({paper[0]:.2f}, {paper[1]:.2f}, {paper[2]:.2f}), {n_fl} flecks")
    return out


def _catmull(pts: list[tuple[float, float]], n: int = 12) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    p = [pts[0], *pts, pts[-1]]
    for i in range(1, len(p) - 2):
        p0, p1, p2, p3 = (np.array(v) for v in p[i - 1 : i + 3])
        for t in np.linspace(0, 1, n, endpoint=False):
            t2, t3 = t * t, t * t * t
            q = 0.5 * (
                (2 * p1)
                + (-p0 + p2) * t
                + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2
                + (-p0 + 3 * p1 - 3 * p2 + p3) * t3
            )
            out.append((float(q[0]), float(q[1])))
    out.append(pts[-1])
    return out


def _signature(
    rng: np.random.Generator,
    shape: tuple[int, int],
    x0: float,
    y0: float,
    wpx: float,
    hpx: float,
    thick: int,
) -> Arr:
    """Pen signature mask (0..1): a loopy stroke from (x0, y0+h/2) across ``wpx``."""
    m = np.zeros(shape, np.float32)
    pts: list[tuple[float, float]] = []
    n = int(rng.integers(7, 11))
    for i in range(n):
        x = x0 + wpx * (i / (n - 1)) + float(rng.normal(0, wpx * 0.03))
        y = y0 + hpx * (0.5 + (0.45 if i % 2 else -0.45) * float(rng.uniform(0.4, 1.0)))
        pts.append((x, y))
        if rng.random() < 0.3:  # a loop
            pts.append((x - wpx * 0.05, y + hpx * float(rng.uniform(-0.3, 0.3))))
    path = _catmull(pts, 14)
    arr = np.array([[round(px * 4), round(py * 4)] for px, py in path], np.int32)
    cv2.polylines(m, [arr], False, 1.0, thick, cv2.LINE_AA, shift=2)
    # a flourish underneath
    fl = _catmull(
        [
            (x0 + wpx * 0.1, y0 + hpx * 0.95),
            (x0 + wpx * 0.6, y0 + hpx * 0.85),
            (x0 + wpx * 1.05, y0 + hpx * 0.7),
        ],
        14,
    )
    arr = np.array([[round(px * 4), round(py * 4)] for px, py in fl], np.int32)
    cv2.polylines(m, [arr], False, 1.0, max(1, thick - 1), cv2.LINE_AA, shift=2)
    return m


def _text(
    canvas: Arr,
    txt: str,
    org: tuple[float, float],
    scale: float,
    val: float,
    thick: int,
    font: int = cv2.FONT_HERSHEY_DUPLEX,
    center: bool = False,
) -> None:
    if center:
        (tw, _th), _ = cv2.getTextSize(txt, font, scale, thick)
        org = (org[0] - tw / 2.0, org[1])
    buf = np.zeros(canvas.shape[:2], np.uint8)
    cv2.putText(buf, txt, (round(org[0]), round(org[1])), font, scale, 255, thick, cv2.LINE_AA)
    np.maximum(canvas, buf.astype(np.float32) * (val / 255.0), out=canvas)


def _round_stamp(rng: np.random.Generator, dpi: int, region: str, diam_mm: float) -> Arr:
    px = diam_mm / 25.4 * dpi
    size = int(px * 1.1) | 1
    c = size / 2.0
    m = np.zeros((size, size), np.float32)
    r = px / 2.0
    t = max(1, round(dpi / 200 * 2))
    cv2.circle(m, (int(c), int(c)), int(r), 1.0, t + 1, cv2.LINE_AA)
    cv2.circle(m, (int(c), int(c)), int(r - 3 * t), 1.0, t, cv2.LINE_AA)
    cv2.circle(m, (int(c), int(c)), int(r * 0.56), 1.0, t, cv2.LINE_AA)
    top = f"PEMERINTAH {region}" if region else "PEMERINTAH DAERAH"
    scale = px / 330.0 * 0.95
    span = 200.0
    letters = list(top)
    for i, ch in enumerate(letters):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / len(letters))
        rad = r * 0.78
        cell = int(px * 0.16) | 1
        pm = np.zeros((cell, cell), np.float32)
        _text(
            pm,
            ch,
            (cell / 2.0, cell / 2.0 + 0.3 * cell * 0.5),
            scale,
            1.0,
            max(1, t - 0),
            center=True,
        )
        rot = cv2.getRotationMatrix2D((cell / 2.0, cell / 2.0), -math.degrees(ang) - 90, 1.0)
        pm = cv2.warpAffine(pm, rot, (cell, cell))
        _stamp_onto(m, pm, c + rad * math.cos(ang), c + rad * math.sin(ang))
    # star in the middle
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        rr = r * (0.30 if k % 2 == 0 else 0.12)
        pts.append((int(c + rr * math.cos(a)), int(c + rr * math.sin(a))))
    cv2.fillPoly(m, [np.array(pts, np.int32)], 1.0, cv2.LINE_AA)
    # uneven pressure and ink texture
    press = 0.65 + 0.35 * np.clip(smooth_noise(rng, m.shape, px * 0.25), -1, 1)
    grain = rng.random(m.shape) > 0.12
    return np.clip(m * press * grain, 0, 1)


def _meterai(rng: np.random.Generator, dpi: int, w_mm: float, h_mm: float) -> tuple[Arr, Arr]:
    """A 10000 rupiah meterai tempel: RGB patch and opacity (serrated edge)."""
    w, h = int(w_mm / 25.4 * dpi), int(h_mm / 25.4 * dpi)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.zeros((h, w, 3), np.float32)
    # pink-red ground with guilloche lines
    gl = 0.5 + 0.5 * np.sin(xs / w * 40 + 3 * np.sin(ys / h * 9)) * np.sin(
        ys / h * 33 + 2 * np.sin(xs / w * 7)
    )
    pink = np.array([0.93, 0.66, 0.74], np.float32)
    red = np.array([0.80, 0.25, 0.38], np.float32)
    base[:] = pink
    base = base * (1 - 0.35 * gl[..., None]) + red * 0.35 * gl[..., None]
    # hologram strip on the left (silvery, rainbow sheen)
    hs = int(w * 0.18)
    hue = (xs[:, :hs] / max(1, hs) * 60 + ys[:, :hs] / h * 120) % 180
    hsv = np.stack([hue, np.full_like(hue, 60), np.full_like(hue, 215)], -1).astype(np.uint8)
    holo = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB).astype(np.float32) / 255.0
    base[:, :hs] = holo
    ink = np.zeros((h, w), np.float32)
    sc = dpi / 200.0
    _text(
        ink, "METERAI", (hs + (w - hs) / 2, h * 0.20), 0.45 * sc, 1.0, max(1, int(sc)), center=True
    )
    _text(
        ink, "TEMPEL", (hs + (w - hs) / 2, h * 0.34), 0.45 * sc, 1.0, max(1, int(sc)), center=True
    )
    _text(
        ink,
        "10000",
        (hs + (w - hs) / 2, h * 0.80),
        1.05 * sc,
        1.0,
        max(2, int(2.2 * sc)),
        center=True,
    )
    _text(
        ink,
        "SEPULUH RIBU RUPIAH",
        (hs + (w - hs) / 2, h * 0.93),
        0.26 * sc,
        1.0,
        1,
        cv2.FONT_HERSHEY_SIMPLEX,
        True,
    )
    # emblem: a small shield-like bird silhouette
    ex, ey, er = hs + (w - hs) * 0.5, h * 0.52, h * 0.12
    cv2.ellipse(
        ink, (int(ex), int(ey)), (int(er * 1.6), int(er * 0.55)), 0, 180, 360, 1.0, -1, cv2.LINE_AA
    )
    cv2.ellipse(
        ink,
        (int(ex), int(ey + er * 0.2)),
        (int(er * 0.55), int(er * 0.8)),
        0,
        0,
        360,
        1.0,
        -1,
        cv2.LINE_AA,
    )
    code = "".join(rng.choice(list("ABCDEFGHJKLMNPQRSTUVWXYZ"), 6)) + "".join(
        rng.choice(list("0123456789"), 9)
    )
    _text(ink, code, (hs + 3 * sc, h * 0.08 + 6 * sc), 0.22 * sc, 1.0, 1, cv2.FONT_HERSHEY_SIMPLEX)
    dark = np.array([0.45, 0.05, 0.15], np.float32)
    base = base * (1 - ink[..., None]) + dark * ink[..., None]
    # serrated (perforated) edge
    alpha = np.ones((h, w), np.float32)
    step = 1.2 / 25.4 * dpi
    rad = 0.4 / 25.4 * dpi
    for x in np.arange(step / 2, w, step):
        cv2.circle(alpha, (int(x), 0), int(rad), 0.0, -1, cv2.LINE_AA)
        cv2.circle(alpha, (int(x), h - 1), int(rad), 0.0, -1, cv2.LINE_AA)
    for y in np.arange(step / 2, h, step):
        cv2.circle(alpha, (0, int(y)), int(rad), 0.0, -1, cv2.LINE_AA)
        cv2.circle(alpha, (w - 1, int(y)), int(rad), 0.0, -1, cv2.LINE_AA)
    return np.clip(base, 0, 1), alpha


def _signer_block(layout: PageLayout) -> tuple[float, float, float, float, float, float] | None:
    """(x0, x1, gap_top, gap_bottom, table_floor, nip_bottom) of the lowest signer block,
    in points."""
    nips = [w for w in layout.words if w.text.upper().startswith("NIP")]
    if not nips:
        return None
    nip = max(nips, key=lambda w: (round(w.bottom), w.x0))
    floor = max([y for y in layout.hrules if y < nip.top - 2] or [0.0])  # the table ends above
    col = [
        w
        for w in layout.words
        if w.bottom <= nip.bottom + 1
        and w.top > max(nip.top - 190, floor + 1)
        and w.x1 > nip.x0 - 30
        and w.x0 < nip.x0 + 260
    ]
    lines: list[list[Word]] = []
    for w in sorted(col, key=lambda w: w.top):
        if lines and abs(lines[-1][0].top - w.top) < 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    if len(lines) < 3:
        return None
    gaps = [
        (lines[i + 1][0].top - max(x.bottom for x in lines[i]), i) for i in range(len(lines) - 1)
    ]
    _g, i = max(gaps)
    x0 = min(w.x0 for ln in lines[i:] for w in ln)
    x1 = max(w.x1 for ln in lines[i:] for w in ln)
    return x0, x1, max(x.bottom for x in lines[i]), lines[i + 1][0].top, floor, nip.bottom


def r_meterai(img: Arr, ctx: Ctx) -> Arr:
    """Signed over a 10000 rupiah meterai tempel, with the round stamp touching it."""
    rng = ctx.rng
    h, w = img.shape[:2]
    paper = np.array([0.955, 0.95, 0.93], np.float32)
    out = img * paper
    block = _signer_block(ctx.layout)
    if block is None:
        ctx.notes.append("no signer on page")
    else:
        s = ctx.s
        bx0, bx1, gtop, gbot, floor, _nipb = block
        mw_mm, mh_mm = 30.0, 24.0
        mw, mh = mw_mm / 25.4 * 72, mh_mm / 25.4 * 72
        cands: list[tuple[float, float]] = []
        cy = (gtop + gbot) / 2 - mh / 2
        for dx in (0.0, 10.0, 25.0, -10.0, 40.0):
            cands.append((bx0 + dx, cy))
        for dx in (6.0, 20.0, 40.0):  # left of the block, beside the signature space and the name
            cands.append((bx0 - dx - mw, cy))
            cands.append((bx0 - dx - mw, gbot - mh * 0.5))
        spot = None
        for x, y in cands:
            box = (x, y, x + mw, y + mh)
            if (
                x < 10
                or y < floor + 4
                or x + mw > ctx.layout.width - 10
                or y + mh > ctx.layout.height - 10
            ):
                continue
            if free_of_words(ctx.layout, box, 2.0):
                spot = (x, y)
                break
        ink_sig = np.zeros((h, w), np.float32)
        if spot is not None:
            mx, my = spot
            tilt = float(rng.uniform(-4, 4))
            patch, alpha = _meterai(rng, ctx.dpi, mw_mm, mh_mm)
            ph, pw = alpha.shape
            rot = cv2.getRotationMatrix2D((pw / 2, ph / 2), tilt, 1.0)
            big = (int(pw * 1.2), int(ph * 1.3))
            rot[0, 2] += (big[0] - pw) / 2
            rot[1, 2] += (big[1] - ph) / 2
            patch = cv2.warpAffine(patch, rot, big, borderValue=(1, 1, 1))
            alpha = cv2.warpAffine(alpha, rot, big, borderValue=0)
            x_0 = round((mx + mw / 2) * s - big[0] / 2)
            y_0 = round((my + mh / 2) * s - big[1] / 2)
            # sticker shadow (the edge lifts a little), then the sticker itself
            sh = cv2.GaussianBlur(alpha, (0, 0), ctx.px(0.35))
            off = round(ctx.px(0.25))
            ys0, xs0 = max(0, y_0 + off), max(0, x_0 + off)
            ys1, xs1 = min(h, y_0 + off + big[1]), min(w, x_0 + off + big[0])
            out[ys0:ys1, xs0:xs1] *= (
                1 - 0.18 * sh[ys0 - y_0 - off : ys1 - y_0 - off, xs0 - x_0 - off : xs1 - x_0 - off]
            )[..., None]
            ys0, xs0, ys1, xs1 = (
                max(0, y_0),
                max(0, x_0),
                min(h, y_0 + big[1]),
                min(w, x_0 + big[0]),
            )
            a = alpha[ys0 - y_0 : ys1 - y_0, xs0 - x_0 : xs1 - x_0][..., None]
            out[ys0:ys1, xs0:xs1] = (
                out[ys0:ys1, xs0:xs1] * (1 - a)
                + patch[ys0 - y_0 : ys1 - y_0, xs0 - x_0 : xs1 - x_0] * a
            )
            # signature starts on the meterai and runs to the right onto the paper
            sx0 = (mx + mw * 0.3) * s
            sig_w = min((bx1 - mx - mw * 0.3) * s, ctx.px(55))
            sig_w = max(sig_w, ctx.px(30))
            sig_h = min((gbot - gtop) * s * 0.9, ctx.px(16))
            ink_sig = _signature(
                rng,
                (h, w),
                sx0,
                (gtop + gbot) / 2 * s - sig_h / 2,
                sig_w,
                sig_h,
                max(2, int(ctx.px(0.3))),
            )
            stamp_c = ((mx + mw * 0.05) * s, (my + mh * 0.55) * s)
            ctx.notes.append(
                f"meterai {mw_mm:.0f}x{mh_mm:.0f} mm at {mx / 72 * 25.4:.0f}/{my / 72 * 25.4:.0f} "
                f"mm, tilt {tilt:+.1f}"
            )
        else:
            gh = (gbot - gtop) * s
            sig_h = min(gh * 0.9, ctx.px(16))
            ink_sig = _signature(
                rng,
                (h, w),
                bx0 * s,
                (gtop + gbot) / 2 * s - sig_h / 2,
                ctx.px(45),
                sig_h,
                max(2, int(ctx.px(0.3))),
            )
            stamp_c = (bx0 * s + ctx.px(8), (gtop + gbot) / 2 * s)
            ctx.notes.append("no room for meterai: signature and stamp only")
        stamp = _round_stamp(rng, ctx.dpi, ctx.region, float(rng.uniform(36, 40)))
        ang = float(rng.uniform(-15, 15))
        rot = cv2.getRotationMatrix2D((stamp.shape[1] / 2, stamp.shape[0] / 2), ang, 1.0)
        stamp = cv2.warpAffine(stamp, rot, (stamp.shape[1], stamp.shape[0])) * float(
            rng.uniform(0.70, 0.85)
        )
        smask = np.zeros((h, w), np.float32)
        _stamp_onto(smask, stamp, *stamp_c)
        violet = np.array([0.42, 0.30, 0.78], np.float32)
        out = out * (1 - smask[..., None] * (1 - violet))
        blue = np.array([0.10, 0.14, 0.45], np.float32)
        out = out * (1 - ink_sig[..., None] * 0.9 * (1 - blue))
    out = skew(out, ctx, 0.2, 1.0, tuple(float(v) for v in paper))
    return scanner(out, ctx, 0.6, 0.012)


def _notch(
    rng: np.random.Generator, t: float, inset: float, wdt: float, jag: float, landscape: bool
) -> Arr:
    """Polygon (x4 fixed point) of a ragged tear from a hole's centre out to the page edge."""
    left = [(inset * (1 - k / 9), t - wdt / 2 + float(rng.normal(0, jag))) for k in range(10)]
    right = [(inset * (k / 9), t + wdt / 2 + float(rng.normal(0, jag))) for k in range(10)]
    pts = [*left, (-3.0, left[-1][1]), (-3.0, right[0][1]), *right]
    pts = [(a, d) for d, a in pts] if landscape else [(d, a) for d, a in pts]
    return np.array([[round(x * 4), round(y * 4)] for x, y in pts], np.int32)


def r_spiralbound(img: Arr, ctx: Ctx) -> Arr:
    """Page torn out of a plastic-coil bound report: a row of punched holes, some torn open."""
    rng = ctx.rng
    d = ctx.doc
    h, w = img.shape[:2]
    landscape = w > h
    if not d:
        d["pitch_mm"] = 6.35  # 4 holes per inch
        d["hole_mm"] = float(rng.uniform(4.2, 5.0))
        d["inset_mm"] = float(rng.uniform(4.0, 5.0))
        d["lid"] = float(rng.uniform(0.80, 0.88))
        d["torn_p"] = float(rng.uniform(0.25, 0.45))
    g = to_gray(img) * 0.955
    ink = lum(img) < 0.9
    pitch, hole, inset = (
        ctx.px(float(d["pitch_mm"])),
        ctx.px(float(d["hole_mm"])),
        ctx.px(float(d["inset_mm"])),
    )
    along = w if landscape else h
    reach = int(inset + hole / 2 + ctx.px(1.5))  # the strip the holes occupy
    strip = ink[:reach, :] if landscape else ink[:, :reach]
    holes = np.zeros((h, w), np.float32)  # 1 = paper gone
    rim = np.zeros((h, w), np.float32)
    torn = np.zeros((h, w), np.float32)
    notches: list[Arr] = []
    n_holes = n_torn = 0
    if strip.any():
        ctx.notes.append("binding margin has print: no holes")
    else:
        count = int((along - ctx.px(6)) // pitch)
        start = (along - (count - 1) * pitch) / 2
        for i in range(count):
            t = start + i * pitch
            cx, cy = (t, inset) if landscape else (inset, t)
            cv2.circle(
                holes,
                (round(cx * 4), round(cy * 4)),
                int(hole / 2 * 4),
                1.0,
                -1,
                cv2.LINE_AA,
                shift=2,
            )
            n_holes += 1
            if rng.random() < float(d["torn_p"]):  # torn out to the edge with a ragged notch
                n_torn += 1
                notches.append(
                    _notch(
                        rng,
                        t,
                        inset,
                        hole * float(rng.uniform(0.55, 0.95)),
                        ctx.px(0.22),
                        landscape,
                    )
                )
        for poly in notches:
            cv2.fillPoly(torn, [poly], 1.0, cv2.LINE_AA, shift=2)
        # a faint rim around the punched holes, a thin shadow of the page edge on the lid
        hole_u8 = (holes > 0.5).astype(np.uint8)
        ring = cv2.dilate(hole_u8, np.ones((3, 3), np.uint8)) - hole_u8
        rim = ring.astype(np.float32)
        holes = np.maximum(holes, torn)
    lid = float(d["lid"])
    shadow = np.roll(holes, int(max(1, round(ctx.px(0.2)))), axis=0) - holes
    out = g * (1 - holes) + lid * holes
    out = out * (1 - 0.25 * np.clip(-shadow, 0, 1)) * (1 - 0.10 * rim)
    edge = "top" if landscape else "left"
    ctx.notes.append(f"{n_holes} holes on {edge} edge, {n_torn} torn open")
    out = skew(out.astype(np.float32), ctx, 0.2, 1.0, lid)
    return scanner(out, ctx, 0.6, 0.012)


@dataclass(frozen=True)
class Recipe:
    name: str
    fn: Callable[[Arr, Ctx], Arr]
    dpi: int
    raster_dpi: int
    color: bool
    quality: int
    tags: tuple[str, ...]
    text: str


RECIPES: list[Recipe] = [
    Recipe(
        "lowlight",
        r_lowlight,
        200,
        200,
        True,
        70,
        (
            "phone_photo_low_light",
            "chroma_noise_strong",
            "motion_blur_slight",
            "residual_barrel_distortion",
            "uneven_warm_light",
            "colour_200dpi",
            "skew_small",
        ),
        "phone photo taken in a dim office under a warm lamp and flattened by a scanner app: the "
        "app pinned the "
        "page corners but the lens's barrel distortion is left, so the edges and rules near them "
        "bow outward by "
        "0.5-0.9 mm at the middle of the long edges, residual turn 0.15-0.55 deg; hand shake "
        "during the long "
        "exposure (linear motion blur 1.4-2.2 px at a random angle); light at 42-52% of a normal "
        "exposure, 12% "
        "falloff toward one side and 10% vignetting, tungsten cast (1.0, 0.84, 0.62); sensor "
        "noise at that "
        "level: fine luminance grain and strong blotchy chroma noise (per-channel noise "
        "low-passed at 1.6-2.6 px, "
        "blue channel 1.5x, green 0.6x) that the app's 4-5x gain amplifies to about 0.05-0.08 per "
        "channel; the app "
        "then stretches levels per channel (the warm cast only partly corrected), lifts the black "
        "point, smooths "
        "chroma (0.8 px), denoises luminance (bilateral) and sharpens; colour 200 dpi, JPEG q70 "
        "4:2:0",
    ),
    Recipe(
        "compactpdf",
        r_compactpdf,
        300,
        300,
        True,
        70,
        (
            "mrc_compact_pdf",
            "binary_text_mask",
            "low_res_background_layer",
            "background_jpeg_blocking",
            "colour_300dpi",
            "skew_small",
        ),
        "MFP scan-to-email in 'compact / high-compression PDF' mode (mixed raster content): a "
        "colour scan at "
        "300 dpi (skew 0.2-1.0 deg, blur 0.6 px, noise) is split into a text mask (pixels darker "
        "than the "
        "local 9 px maximum by 0.22 and darker than 0.50-0.58 absolute; specks under 3 px "
        "dropped), a "
        "foreground colour layer (one colour per 8x8 block, darkened) and a background layer in "
        "which the "
        "masked text is filled from its surroundings, reduced to 75 or 100 dpi and "
        "JPEG-compressed at q22-30; "
        "the page is the composite: text hard-edged and bilevel (no anti-aliasing, thin light "
        "strokes and "
        "faint rules fall into the background and come out blurred and blocky), fills and paper "
        "blotchy with "
        "8x8 blocks of the low-resolution layer; stored as one colour JPEG q70 (4:2:0)",
    ),
    Recipe(
        "palette16",
        r_palette16,
        200,
        200,
        True,
        75,
        (
            "palette_16_colours",
            "floyd_steinberg_dither",
            "dithered_paper_grain",
            "colour_200dpi",
            "skew_small",
        ),
        "scan kept in an old document archive that stores pages as 4-bit images: a colour scan at "
        "200 dpi "
        "(off-white paper with 1.2% mottle, skew 0.2-1.1 deg, blur 0.6 px, noise 0.014) reduced "
        "to an adaptive "
        "16-colour palette (median cut) with Floyd-Steinberg error diffusion, so the paper, grey "
        "and coloured "
        "fills and the anti-aliased edges of text turn into dither grain of a few palette "
        "colours; exported "
        "again by the archive as a colour JPEG q75 (4:2:0)",
    ),
    Recipe(
        "tonersave",
        r_tonersave,
        300,
        600,
        False,
        70,
        (
            "toner_save_print",
            "stippled_stroke_interiors",
            "hollow_bold_text",
            "light_fills",
            "gray_300dpi",
            "skew_small",
        ),
        "printed in the driver's toner-save (EconoMode) setting on a 600 dpi laser: inside "
        "strokes (pixels more "
        "than one pixel from an edge) only the dots of a 4x4 ordered screen shifted one column "
        "every four rows "
        "are printed (45-55% kept), the stroke edge is kept solid but lighter (74-82%), so text "
        "prints dark grey, grey fills and anti-aliased pixels are "
        "laid at 50-60%; dot gain 0.6 px, 0.4% toner scatter within 2 px of strokes; scanned at "
        "300 dpi "
        "(area resampling, so stroke interiors turn grey with a textured screen and bold text "
        "looks hollow), "
        "skew 0.2-1.0 deg, blur 0.55 px, greyscale JPEG q70",
    ),
    Recipe(
        "drumspots",
        r_drumspots,
        200,
        200,
        False,
        70,
        (
            "drum_repeat_marks",
            "charge_roller_repeat_smudge",
            "toner_fog",
            "gray_200dpi",
            "skew_small",
        ),
        "laser printer with a pitted photoconductor drum and a dirty charge roller: 2-3 pits at "
        "fixed positions "
        "across the drum each print an irregular grey mark 1.0-1.6 mm (elongated up to 2.2x "
        "across the feed, "
        "30-45% dark, +-12% from one turn to the next) once per drum turn (75.4 mm or 94.2 mm, "
        "drum of 24 or "
        "30 mm), i.e. a column of identical marks down a portrait page (across a landscape page, "
        "printed short "
        "edge first), starting at a random phase on each page; the charge roller (half the drum's "
        "circumference) "
        "adds a soft smudge 2.5-4 mm, 8-13% dark, at another position every half turn; background "
        "toner fog "
        "1.2-2.2% (patchy) and 0.2% stray toner dots; marks multiply with the print, so text "
        "under them stays "
        "black; greyscale 200 dpi, JPEG q70, skew 0.2-1.1 deg",
    ),
    Recipe(
        "buram",
        r_buram,
        200,
        200,
        True,
        70,
        (
            "kertas_buram_paper",
            "paper_fibres_flecks",
            "ink_feathering",
            "low_contrast_paper",
            "colour_200dpi",
            "skew_small",
        ),
        "printed on 'kertas buram', the cheap unbleached grey-cream paper of Indonesian offices, "
        "and colour-scanned "
        "without background removal: paper (0.84-0.88, 0.80-0.84, 0.70-0.75) with 1.8% cloudy "
        "formation (1.8 mm) "
        "and 1.8% fine grain, 120-220 short curved fibres (1.5-5 mm, 5-11% darker or lighter), "
        "60-120 dark brown "
        "inclusions 0.25-0.9 mm across in the pulp (never within 1.2 mm of print); the ink "
        "spreads into the "
        "absorbent paper (feathered edges, 0.9 px, patchy) and lies at 92%; colour 200 dpi, JPEG "
        "q70, skew "
        "0.2-1.2 deg",
    ),
    Recipe(
        "meterai",
        r_meterai,
        200,
        200,
        True,
        70,
        (
            "meterai_tempel_signer_block",
            "signature_over_meterai",
            "round_stamp_violet",
            "colour_200dpi",
            "skew_small",
        ),
        "signed over a meterai tempel: on every page with a signer block (a `NIP` line) a "
        "10000-rupiah revenue "
        "stamp (30 x 24 mm, pink-red guilloche ground, hologram strip, METERAI TEMPEL, an emblem, "
        "10000, "
        "SEPULUH RIBU RUPIAH and a serial code, perforated edge, turned up to 4 deg, casting a "
        "thin shadow) is "
        "stuck in the signature space of the signer block (or beside the block when the space is "
        "too small), "
        "placed only where it covers no printed word (from the pdfplumber layout, 2 pt "
        "clearance); the blue-"
        "black pen signature starts on the meterai and runs onto the paper above the signer's "
        "name, and a "
        "round violet stamp (36-40 mm, two rings, arc text `PEMERINTAH <KABUPATEN/KOTA X>`, star, "
        "uneven "
        "pressure) is pressed half on the meterai's left edge and half on the paper, over the "
        "signer block; "
        "inks are multiply-blended so print under them stays dark; colour 200 dpi, JPEG q70, "
        "skew 0.2-1.0 deg",
    ),
    Recipe(
        "spiralbound",
        r_spiralbound,
        240,
        240,
        False,
        70,
        (
            "spiral_binding_holes",
            "torn_out_holes",
            "lid_through_holes",
            "gray_240dpi",
            "skew_small",
        ),
        "page torn out of a report bound with a plastic coil (jilid spiral): round holes 4.2-5.0 "
        "mm across at "
        "6.35 mm pitch (4 per inch), centres 4-5 mm from the binding edge (left of a portrait "
        "page, top of a "
        "landscape one, as pages inserted rotated are bound), 25-45% of them torn open to the "
        "edge with a "
        "ragged notch; the scanner lid (0.80-0.88 grey) shows through, with a thin shadow on one "
        "side of every "
        "hole and a faint rim; holes only when the strip they occupy holds no print; greyscale "
        "240 dpi, JPEG "
        "q70, skew 0.2-1.0 deg",
    ),
]


# --------------------------------------------------------------------------- encoding
def jpeg_bytes(img: Arr, quality: int, color: bool) -> bytes:
    u8 = (np.clip(img, 0, 1) * 255 + 0.5).astype(np.uint8)
    if color:
        pil = Image.fromarray(u8 if u8.ndim == 3 else np.repeat(u8[..., None], 3, -1), "RGB")
        kw: dict[str, object] = {"subsampling": 2}
    else:
        if u8.ndim == 3:
            u8 = (np.clip(lum(img), 0, 1) * 255 + 0.5).astype(np.uint8)
        pil = Image.fromarray(u8, "L")
        kw = {}
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=quality, optimize=True, **kw)
    return buf.getvalue()


def jpeg_roundtrip(img: Arr, quality: int, color: bool) -> Arr:
    data = jpeg_bytes(img, quality, color)
    arr = (
        np.asarray(Image.open(io.BytesIO(data)).convert("RGB" if color else "L"), dtype=np.float32)
        / 255.0
    )
    return arr


def _num(v: float) -> str:
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    return s or "0"


def write_pdf(pages: list[tuple[bytes, int, int, bool, float, float]]) -> bytes:
    """Image-only PDF: one DCT image per page, no fonts, no dates, no IDs."""
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (data, w, h, color, wpt, hpt) in enumerate(pages):
        _page_id, cont_id, img_id = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objs.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {_num(wpt)} {_num(hpt)}] "
                f"/Resources << /XObject << /Im0 {img_id} 0 R >> >> /Contents {cont_id} 0 R >>"
            ).encode()
        )
        content = f"q {_num(wpt)} 0 0 {_num(hpt)} 0 0 cm /Im0 Do Q".encode()
        objs.append(
            b"<< /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream"
        )
        cs = "/DeviceRGB" if color else "/DeviceGray"
        head = (
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(data)} >>\nstream\n"
        ).encode()
        objs.append(head + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += f"{i + 1} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# --------------------------------------------------------------------------- driver
def rasterise(pdf: Path, dpi: int, gray: bool, tmp: Path) -> list[Arr]:
    prefix = tmp / "p"
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    subprocess.run([*cmd, str(pdf), str(prefix)], check=True)
    files = sorted(tmp.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    out = []
    for f in files:
        a = cv2.imread(str(f), cv2.IMREAD_GRAYSCALE if gray else cv2.IMREAD_COLOR)
        if not gray:
            a = cv2.cvtColor(a, cv2.COLOR_BGR2RGB)
        out.append(a.astype(np.float32) / 255.0)
        f.unlink()
    return out


@dataclass
class Result:
    name: str
    recipe: Recipe
    pages: int
    dpi: int
    quality: int
    size: int
    params: str


def process(src: Path, recipe: Recipe, out_dir: Path) -> Result:
    seed = int.from_bytes(hashlib.sha256(src.name.encode()).digest()[:8], "big")
    rng = np.random.default_rng(seed)
    layouts, region = read_layout(src)
    doc: dict[str, object] = {}
    imgs: list[Arr] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as td:
        rasters = rasterise(src, recipe.raster_dpi, not recipe.color, Path(td))
    for i, page in enumerate(rasters):
        box = ink_bbox(page)
        h, w = page.shape[:2]
        rel = None if box is None else (box[0] / w, box[1] / h, (box[2] + 1) / w, (box[3] + 1) / h)
        ctx = Ctx(rng, recipe.raster_dpi, i, len(rasters), layouts[i], region, rel, doc)
        out = recipe.fn(page, ctx)
        imgs.append(np.clip(out, 0, 1).astype(np.float32))
        notes.append(f"p{i + 1}: " + ", ".join(ctx.notes))
    del rasters
    q = recipe.quality
    name = f"{src.stem}__{recipe.name}.pdf"
    while True:
        pages = []
        for img, lay in zip(imgs, layouts, strict=True):
            data = jpeg_bytes(img, q, recipe.color)
            pages.append((data, img.shape[1], img.shape[0], recipe.color, lay.width, lay.height))
        pdf = write_pdf(pages)
        if len(pdf) <= MAX_BYTES or q <= 20:
            break
        q -= 5
    (out_dir / name).write_bytes(pdf)
    return Result(name, recipe, len(imgs), recipe.dpi, q, len(pdf), "; ".join(notes))


def readme(results: list[Result], kind: str, manifest_rel: str, n_src: int) -> str:
    lines = [
        f"# Scanned variants ({kind}) — scan-tenth",
        "",
        f"Generated by `python -m samples.generate.scan_tenth` from `{manifest_rel}` ({n_src} "
        "born-digital PDFs). "
        "Each born-digital PDF is rasterised with poppler `pdftoppm`, degraded with numpy/OpenCV "
        "operations (and "
        "Pillow for the palette recipe) and re-wrapped as an image-only PDF (one JPEG per page, "
        "no text layer, no "
        "fonts, page size in points equal to the original). The random seed is the SHA-256 of the "
        "source file "
        "name and the PDF writer emits no dates or IDs, so every run is byte-identical. Recipes "
        "cycle over the "
        "files in sorted order. The manifest's `features` are the source's features followed by "
        "the degradation "
        "tags and the JPEG quality used.",
        "",
        "This simulator was written without reading the parser or the other scan generators (only "
        "the READMEs of "
        "scanned_unseen and scanned_holdout3 to scanned_holdout9, so that all eight recipes are "
        "new degradations), "
        "to measure the OCR path at first contact. It was developed on the born-digital PDFs of "
        "holdout8 only.",
        "",
        "Status: not yet measured.",
        "",
        "## Degradation model",
        "",
        "All effects stay within the OCR promise: page upright, skew never above 2 degrees (at "
        "most 1.2 here; the "
        "phone photo's residual barrel bow adds at most about 1 degree of local slope at the page "
        "edges), "
        "150-300 dpi, faint or broken rules, JPEG noise, text legible to a human. Over the table "
        "there is only "
        "what leaves the print legible: compression and palette artefacts, noise, a stippled "
        "toner-save print, "
        "faint repeating drum marks (multiply-blended, so print under them stays black) and the "
        "grey-cream "
        "paper; the only marks added are the meterai, the pen signature and the stamp, on the "
        "signer block, "
        "placed from the born-digital layout via pdfplumber (the lowest `NIP` word, the signer "
        "block above it, "
        "its largest vertical gap as the signature space; the region on the stamp is read from "
        "the first title "
        "line naming a KABUPATEN or KOTA). Rotation is shrunk until all printed content stays 1.5 "
        "mm inside the "
        "frame. The JPEG quality named below is nominal: it drops in steps of 5 when a file would "
        "exceed 1.45 MB; "
        "the quality actually used is in the table and in each manifest entry's `jpeg_qNN` "
        "feature.",
        "",
    ]
    for r in RECIPES:
        lines.append(f"- `{r.name}` — {r.text}. Tags: {', '.join(r.tags)}.")
    lines += [
        "",
        "Left out on purpose: several candidate ideas are already in earlier sets — a phone photo "
        "flattened by a "
        "scanner app (scanned_holdout5 `phonecam`; here the new part is low light: chroma noise, "
        "motion blur, "
        "barrel residue), inkjet clogged nozzles (scanned_holdout7 `inkjet`), a worn drum's light "
        "bands "
        "(scanned_holdout5 `banding`; here the drum is pitted and leaves dark repeat marks), a "
        "binder clip "
        "(scanned_holdout8 `bundled`; a paper clip would add little), a sticky note "
        "(scanned_holdout5 `coffee`), "
        "received/DITERIMA stamps (scanned_holdout4 `stamped`, scanned_holdout7 `pencorrection`; "
        "so no "
        "SUDAH DIVERIFIKASI stamp) and four-level posterisation (scanned_holdout6 `mfptext`; here "
        "a 16-colour "
        "palette with error diffusion instead). The meterai is opaque, so it is placed only where "
        "it hides no printed word (when the signer block sits inside the table grid it may cover "
        "a stretch of a cell border in the signer rows, a broken rule); a file without room gets "
        "the signature and stamp only. Fibre flecks of the "
        "buram paper "
        "keep 1.2 mm away from print so that none reads as a decimal comma; drum marks are grey "
        "(at most 45%) "
        "and 1.0 mm or larger so they read as smudges rather than punctuation. A chat-app resend "
        "and a 98 dpi "
        "fax are below the 150 dpi promise and were not used. Coil holes are punched only when "
        "the strip they "
        "occupy holds no print (a real punch would cut text, which the OCR promise does not "
        "cover). An MRC "
        "PDF really stores a bilevel mask and two JPEG layers; here the composite is stored as "
        "one JPEG per "
        "page, like every other set.",
        "",
        "## Files",
        "",
        "| file | recipe | pages | dpi | JPEG quality used | bytes | parameters |",
        "|---|---|---|---|---|---|---|",
    ]
    for res in results:
        lines.append(
            f"| {res.name} | {res.recipe.name} | {res.pages} | {res.dpi} | {res.quality} | "
            f"{res.size} | "
            f"{res.params} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--manifest", required=True, type=Path)
    ap.add_argument(
        "--base", required=True, type=Path, help="folder the manifest's paths are relative to"
    )
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--kind", required=True)
    ap.add_argument(
        "--expected-prefix", default="", help="prefix for 'expected' and 'source_pdf' paths"
    )
    ap.add_argument(
        "--only", nargs="*", default=None, help="only sources whose name starts with these"
    )
    args = ap.parse_args(argv)
    entries = json.loads(args.manifest.read_text(encoding="utf-8"))
    entries = sorted(entries, key=lambda e: Path(e["pdf"]).name)
    args.out.mkdir(parents=True, exist_ok=True)
    out_entries = []
    results = []
    for i, e in enumerate(entries):
        recipe = RECIPES[i % len(RECIPES)]
        src = args.base / e["pdf"]
        if args.only and not any(src.name.startswith(o) for o in args.only):
            continue
        res = process(src, recipe, args.out)
        results.append(res)
        print(f"{res.name}: q{res.quality} {res.size} bytes; {res.params}")
        out_entries.append(
            {
                "pdf": f"{args.out.name}/{res.name}",
                "expected": f"{args.expected_prefix}{e['expected']}",
                "kind": args.kind,
                "producer": PRODUCER,
                "source_pdf": f"{args.expected_prefix}{e['pdf']}",
                "features": [*e.get("features", []), *recipe.tags, f"jpeg_q{res.quality}"],
                "text_source": "ocr",
            }
        )
    (args.out / "manifest.json").write_text(
        json.dumps(out_entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    try:
        rel = args.manifest.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        rel = args.manifest.name
    (args.out / "README.md").write_text(
        readme(results, args.kind, rel, len(entries)), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
