"""Eleventh scan simulator (producer ``scan-eleventh``).

Turns the born-digital PDFs of a manifest into image-only "scans": every page is
rasterised with poppler ``pdftoppm``, degraded with numpy/OpenCV and written as one JPEG
per page into a PDF without a text layer whose page size in points equals the original.
The seed of every file is the SHA-256 of its source file name and the PDF writer emits
no dates or IDs, so a rerun gives byte-identical files.

    python -m samples.generate.scan_eleventh --manifest samples/holdout11/manifest.json \
        --base samples/holdout11 --out samples/scanned_holdout11 \
        --kind scanned_holdout11 --expected-prefix holdout11/
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
import reportlab
from PIL import Image, ImageDraw, ImageFont

PRODUCER = "scan-eleventh"
MAX_BYTES = 1_450_000
MM_PER_INCH = 25.4
FONT_DIR = Path(reportlab.__file__).parent / "fonts"

Img = np.ndarray


# --------------------------------------------------------------------------- context


@dataclass
class Signer:
    """Signer block of one page, in PDF points (from pdfplumber)."""

    x0: float
    x1: float
    top: float  # first line of the block (place/date or jabatan)
    gap_top: float  # blank signature space
    gap_bottom: float
    name_top: float
    nip_bottom: float


@dataclass
class PageInfo:
    width_pt: float
    height_pt: float
    signers: list[Signer]
    words: list[tuple[float, float, float, float, str]] = field(default_factory=list)


@dataclass
class Ctx:
    name: str
    pages: list[PageInfo]
    region: str  # e.g. "KABUPATEN MERAUKE"


@dataclass
class PageOut:
    image: Img  # float32 0..1, HxW (grey) or HxWx3 (RGB)
    params: str
    tags: list[str]


def _lines(words: list[tuple[float, float, float, float, str]]) -> list[list[float]]:
    """Group words into lines: [top, bottom, x0, x1]."""
    lines: list[list[float]] = []
    for x0, top, x1, bottom, _ in sorted(words, key=lambda w: (w[1], w[0])):
        for ln in lines:
            if abs(ln[0] - top) < 2.5:
                ln[1], ln[2], ln[3] = max(ln[1], bottom), min(ln[2], x0), max(ln[3], x1)
                break
        else:
            lines.append([top, bottom, x0, x1])
    return sorted(lines)


def _signer_at(
    words: list[tuple[float, float, float, float, str]],
    nip: tuple[float, float, float, float, str],
    span: tuple[float, float],
    floor: float,
) -> Signer | None:
    """Signer block in the column ``span`` below ``floor`` (the table's last rule)."""
    block = [
        w
        for w in words
        if span[0] <= (w[0] + w[2]) / 2 < span[1] and max(floor, nip[1] - 170) < w[1] <= nip[1] + 1
    ]
    lines = _lines(block)
    above = [ln for ln in lines if ln[0] < nip[1] - 1]
    if len(above) < 2:
        return None
    best_gap, gi = 0.0, len(above) - 1
    for i in range(len(above) - 1):
        gap = above[i + 1][0] - above[i][1]
        if gap > best_gap:
            best_gap, gi = gap, i
    if best_gap < 15:  # no signature space: a NIP in a header, not a signer block
        return None
    start = 0
    for i in range(gi, 0, -1):  # block starts after an earlier big gap
        if above[i][0] - above[i - 1][1] > 10:
            start = i
            break
    return Signer(
        x0=min(ln[2] for ln in lines[start:]),
        x1=max(ln[3] for ln in lines[start:]),
        top=above[start][0],
        gap_top=above[gi][1],
        gap_bottom=above[gi + 1][0] if gi + 1 < len(above) else nip[1],
        name_top=above[gi + 1][0] if gi + 1 < len(above) else nip[1],
        nip_bottom=nip[3],
    )


def _find_signers(
    words: list[tuple[float, float, float, float, str]], rules: list[float], width: float
) -> list[Signer]:
    """Signer blocks whose NIP line is on the lowest NIP level of the page."""
    nips = [w for w in words if w[4].upper().rstrip(".:").startswith("NIP")]
    if not nips:
        return []
    low = max(w[1] for w in nips)
    row = sorted((w for w in nips if w[1] > low - 40), key=lambda w: w[0])
    out = []
    for i, nip in enumerate(row):
        left = (row[i - 1][0] + nip[0]) / 2 + 20 if i else max(0.0, nip[0] - 90)
        right = (nip[0] + row[i + 1][0]) / 2 + 20 if i + 1 < len(row) else width
        floor = max((r for r in rules if r < nip[1] - 20), default=0.0)
        sg = _signer_at(words, nip, (left, right), floor)
        if sg is not None:
            out.append(sg)
    return out


def _region(words: list[tuple[float, float, float, float, str]]) -> str:
    lines: dict[int, list[tuple[float, str]]] = {}
    for x0, top, _, _, text in words:
        lines.setdefault(round(top / 3), []).append((x0, text))
    for key in sorted(lines):
        toks = [t for _, t in sorted(lines[key])]
        up = [t.upper().strip(",.()") for t in toks]
        for i, tok in enumerate(up):
            if tok in ("KABUPATEN", "KOTA") and i + 1 < len(up) and up[i + 1].isalpha():
                tail = [t for t in up[i + 1 : i + 3] if t.isalpha() and t != "PROVINSI"]
                return " ".join([tok, *tail])
    return "PEMERINTAH DAERAH"


def _underline(edge: dict, words: list[tuple[float, float, float, float, str]]) -> bool:
    """True for a rule drawn right under a word (an underlined name), not a table rule."""
    top, x0, x1 = float(edge["top"]), float(edge["x0"]), float(edge["x1"])
    return any((w[1] + w[3]) / 2 <= top <= w[3] + 4 and w[0] < x1 and w[2] > x0 for w in words)


def read_layout(pdf: Path) -> Ctx:
    pages: list[PageInfo] = []
    region = "PEMERINTAH DAERAH"
    with pdfplumber.open(pdf) as doc:
        for i, page in enumerate(doc.pages):
            words = [
                (float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]), w["text"])
                for w in page.extract_words()
            ]
            if i == 0:
                region = _region(words)
            rules = [
                float(e["top"])
                for e in page.edges
                if e["orientation"] == "h"
                and float(e["x1"]) - float(e["x0"]) > 60
                and not _underline(e, words)
            ]
            signers = _find_signers(words, rules, float(page.width))
            pages.append(PageInfo(float(page.width), float(page.height), signers, words))
    return Ctx(name=pdf.name, pages=pages, region=region)


# --------------------------------------------------------------------------- basics


def seed_of(name: str) -> np.random.Generator:
    return np.random.default_rng(int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big"))


def rasterise(pdf: Path, dpi: int) -> list[Img]:
    """RGB float32 pages in 0..1 (1 = white)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(Path(tmp) / "p")],
            check=True,
            capture_output=True,
        )
        files = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        return [np.asarray(Image.open(f).convert("RGB"), dtype=np.float32) / 255.0 for f in files]


def gray(img: Img) -> Img:
    if img.ndim == 2:
        return img
    return (img @ np.array([0.299, 0.587, 0.114], dtype=np.float32)).astype(np.float32)


def lowfreq(rng: np.random.Generator, shape: tuple[int, int], cell: float) -> Img:
    """Smooth noise with unit std, features about ``cell`` px."""
    h, w = shape
    gh, gw = max(2, int(h / cell) + 3), max(2, int(w / cell) + 3)
    g = rng.standard_normal((gh, gw)).astype(np.float32)
    big = cv2.resize(g, (int(gw * cell), int(gh * cell)), interpolation=cv2.INTER_CUBIC)
    out = big[:h, :w]
    return ((out - out.mean()) / (out.std() + 1e-6)).astype(np.float32)


def mm(dpi: int, value: float) -> float:
    return value * dpi / MM_PER_INCH


def ink_bbox(img: Img, thr: float = 0.25) -> tuple[int, int, int, int] | None:
    d = 1.0 - gray(img)
    ys, xs = np.nonzero(d > thr)
    if len(xs) == 0:
        return None
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


def safe_angle(img: Img, angle: float, dpi: int, margin_mm: float = 1.5) -> float:
    """Shrink the rotation until all printed content stays margin_mm inside the frame."""
    box = ink_bbox(img)
    if box is None:
        return angle
    h, w = img.shape[:2]
    cx, cy = w / 2, h / 2
    m = mm(dpi, margin_mm)
    corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
    for _ in range(30):
        a = math.radians(angle)
        ok = True
        for x, y in corners:
            rx = cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a)
            ry = cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a)
            ok = ok and m <= rx <= w - m and m <= ry <= h - m
        if ok:
            return angle
        angle *= 0.8
    return 0.0


def warp(img: Img, mat: np.ndarray, border: float | tuple[float, ...] = 1.0) -> Img:
    h, w = img.shape[:2]
    val = border if isinstance(border, tuple) else (border,) * 3
    return cv2.warpAffine(
        img,
        mat,
        (w, h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=val,
    ).clip(0, 1)


def rotate(img: Img, angle: float, border: float | tuple[float, ...] = 1.0) -> Img:
    """Counter-clockwise rotation by ``angle`` degrees about the centre."""
    h, w = img.shape[:2]
    return warp(img, cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0), border)


def pick_skew(rng: np.random.Generator, lo: float, hi: float) -> float:
    return float(rng.uniform(lo, hi) * rng.choice([-1.0, 1.0]))


def blur(img: Img, sigma: float) -> Img:
    if sigma <= 0:
        return img
    return cv2.GaussianBlur(img, (0, 0), sigma)


def noise(img: Img, rng: np.random.Generator, sigma: float) -> Img:
    n = rng.standard_normal(img.shape[:2]).astype(np.float32) * sigma
    if img.ndim == 3:
        n = n[..., None] + rng.standard_normal(img.shape).astype(np.float32) * sigma * 0.5
    return (img + n).clip(0, 1)


def multiply_ink(img: Img, alpha: Img, colour: tuple[float, float, float]) -> Img:
    """Multiply-blend an ink of ``colour`` with coverage ``alpha`` (0..1) into RGB img."""
    a = alpha.clip(0, 1)[..., None]
    col = np.array(colour, dtype=np.float32)[None, None, :]
    return (img * (1 - a * (1 - col))).astype(np.float32)


def to_rgb(img: Img) -> Img:
    return img if img.ndim == 3 else np.repeat(img[..., None], 3, axis=2)


# --------------------------------------------------------------------------- marks


def font(size_px: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / ("VeraBd.ttf" if bold else "Vera.ttf")), size_px)


def text_mask(text: str, size_px: int, bold: bool = True) -> Img:
    f = font(max(6, size_px), bold)
    left, top, right, bottom = f.getbbox(text)
    im = Image.new("L", (right - left + 4, bottom - top + 4), 0)
    ImageDraw.Draw(im).text((2 - left, 2 - top), text, fill=255, font=f)
    return np.asarray(im, dtype=np.float32) / 255.0


def paste_max(dst: Img, src: Img, cx: float, cy: float) -> None:
    """dst = max(dst, src) with src centred at (cx, cy), clipped to dst."""
    h, w = src.shape
    x0, y0 = int(cx - w / 2), int(cy - h / 2)
    sx0, sy0 = max(0, -x0), max(0, -y0)
    x1, y1 = min(dst.shape[1], x0 + w), min(dst.shape[0], y0 + h)
    if x1 <= max(0, x0) or y1 <= max(0, y0):
        return
    region = dst[max(0, y0) : y1, max(0, x0) : x1]
    np.maximum(region, src[sy0 : sy0 + region.shape[0], sx0 : sx0 + region.shape[1]], out=region)


def round_stamp(dpi: int, diameter_mm: float, top: str, bottom: str) -> Img:
    """Coverage mask (square) of a round official stamp: rings, arc text, star."""
    size = int(mm(dpi, diameter_mm)) + 8
    s = size * 2  # drawn at twice the size, then reduced
    mask = np.zeros((s, s), np.float32)
    c = s // 2
    r = s / 2 - 8
    th = max(2, int(mm(dpi, 0.45) * 2))
    cv2.circle(mask, (c, c), int(r), 1.0, th, cv2.LINE_AA)
    cv2.circle(mask, (c, c), int(r - th * 1.8), 1.0, max(1, th // 2), cv2.LINE_AA)
    cv2.circle(mask, (c, c), int(r * 0.62), 1.0, max(1, th // 2), cv2.LINE_AA)
    glyph = int(r * 0.15)
    for text, sign in ((top, -1.0), (bottom, 1.0)):
        n = len(text)
        span = min(260.0, 9.5 * n) if sign < 0 else min(100.0, 11.0 * n)
        for i, ch in enumerate(text):
            if ch == " ":
                continue
            t = (i - (n - 1) / 2) / max(1, n - 1) * span if n > 1 else 0.0
            ang = math.radians(-90 + t) if sign < 0 else math.radians(90 - t)
            rr = r * 0.80
            gx, gy = c + rr * math.cos(ang), c + rr * math.sin(ang)
            g = text_mask(ch, glyph)
            rot = -(t if sign < 0 else -t)
            m = cv2.getRotationMatrix2D((g.shape[1] / 2, g.shape[0] / 2), rot, 1.0)
            pad = int(max(g.shape) * 0.5)
            gp = cv2.copyMakeBorder(g, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
            m[0, 2] += pad
            m[1, 2] += pad
            gr = cv2.warpAffine(gp, m, (gp.shape[1], gp.shape[0]))
            paste_max(mask, gr, gx, gy)
    pts = []
    for k in range(10):
        rad = r * (0.30 if k % 2 == 0 else 0.12)
        a = math.radians(-90 + 36 * k)
        pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
    cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0, cv2.LINE_AA)
    return cv2.resize(mask, (size, size), interpolation=cv2.INTER_AREA)


def signature(rng: np.random.Generator, dpi: int, width_mm: float, height_mm: float) -> Img:
    """Coverage mask of a pen signature: a looping stroke with pressure variation."""
    w, h = int(mm(dpi, width_mm)), int(mm(dpi, height_mm))
    s = 2
    mask = np.zeros((h * s, w * s), np.float32)
    n = 260
    t = np.linspace(0, 1, n)
    loops = rng.uniform(4, 7)
    x = t * 0.85 + 0.06 + 0.05 * np.sin(2 * np.pi * loops * t + rng.uniform(0, 6))
    y = 0.5 + 0.30 * np.sin(2 * np.pi * (loops * 1.02) * t) * (0.6 + 0.4 * np.sin(3 * t + 1))
    y += 0.12 * np.sin(2 * np.pi * 1.3 * t + rng.uniform(0, 6))
    pts = np.stack([x * w * s, y * h * s], axis=1)
    thick = mm(dpi, 0.32) * s
    for i in range(n - 1):
        p = 0.55 + 0.45 * math.sin(math.pi * i / n) * (0.8 + 0.2 * math.sin(i / 9))
        cv2.line(
            mask,
            tuple(int(v) for v in pts[i]),
            tuple(int(v) for v in pts[i + 1]),
            p,
            max(1, int(thick * (0.7 + 0.5 * p))),
            cv2.LINE_AA,
        )
    x0, x1 = rng.uniform(0.05, 0.3), rng.uniform(0.6, 0.95)
    yy = rng.uniform(0.7, 0.85)
    cv2.line(
        mask,
        (int(x0 * w * s), int(yy * h * s)),
        (int(x1 * w * s), int((yy - 0.08) * h * s)),
        0.8,
        max(1, int(thick)),
        cv2.LINE_AA,
    )
    return cv2.resize(mask, (w, h), interpolation=cv2.INTER_AREA)


def stamp_texture(rng: np.random.Generator, mask: Img, density: float) -> Img:
    tex = 0.78 + 0.22 * lowfreq(rng, mask.shape, max(4.0, mask.shape[0] / 10)).clip(-1, 1)
    grain = (rng.random(mask.shape) > 0.06).astype(np.float32)
    return (mask * tex * grain * density).clip(0, 1).astype(np.float32)


# --------------------------------------------------------------------------- recipes


def _riso_page(
    page: Img, rng: np.random.Generator, reg: tuple[float, float, float, float], dpi: int
) -> tuple[Img, float]:
    g = gray(page)
    d = 1.0 - g
    bayer = (
        np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32) / 16.0
        + 1 / 32
    )
    h, w = d.shape
    thr = np.tile(bayer, (h // 4 + 1, w // 4 + 1))[:h, :w]
    solid = d > 0.42
    master = np.where(solid, 1.0, np.where(d > 0.06, (d / 0.42 > thr).astype(np.float32), 0.0))
    scale_x, scale_y, dx, dy = reg
    mat = np.array(
        [[scale_x, 0, dx + (1 - scale_x) * w / 2], [0, scale_y, dy + (1 - scale_y) * h / 2]],
        np.float32,
    )
    master = 1.0 - warp(1.0 - master.astype(np.float32), mat)
    spread = blur(master, 0.65)
    ink = np.clip((spread - 0.10) / 0.45, 0, 1)  # ink spreads ~0.5 px into the paper
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    lo = rng.uniform(0.78, 0.86)
    dens = lo + (1 - lo) * (ramp if rng.random() < 0.5 else 1 - ramp)
    dens = dens * (1 + 0.07 * lowfreq(rng, (h, w), mm(dpi, 3)))
    grain = 1 + 0.22 * blur(rng.standard_normal((h, w)).astype(np.float32), 1.3) * 2.2
    dark = (ink * dens * grain.clip(0.55, 1.2) * 0.88).clip(0, 0.93)
    paper = 0.955 + 0.01 * lowfreq(rng, (h, w), mm(dpi, 20))
    return (paper * (1 - dark)).astype(np.float32), float(lo)


def recipe_riso(pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int) -> list[PageOut]:
    sx = 1 + rng.uniform(0.004, 0.008) * rng.choice([-1.0, 1.0])
    sy = 1 + rng.uniform(0.004, 0.008) * rng.choice([-1.0, 1.0])
    out = []
    for page in pages:
        dx, dy = (
            rng.uniform(mm(dpi, 0.6), mm(dpi, 1.8)) * rng.choice([-1.0, 1.0]) for _ in range(2)
        )
        img, lo = _riso_page(page, rng, (sx, sy, dx, dy), dpi)
        ang = safe_angle(img, pick_skew(rng, 0.2, 1.0), dpi)
        img = noise(blur(rotate(img, ang, 0.955), 0.6), rng, 0.012)
        out.append(
            PageOut(
                img,
                f"master {sx * 100:.1f}% x {sy * 100:.1f}%, drift {dx / dpi * 25.4:+.1f}/"
                f"{dy / dpi * 25.4:+.1f} mm, ink {lo:.2f}-1.00, skew {ang:+.2f}",
                [
                    "stencil_duplicator_print",
                    "ink_spread",
                    "registration_drift",
                    "dispersed_dither_fills",
                    "uneven_drum_inking",
                    "gray_300dpi",
                    "skew_small",
                ],
            )
        )
    return out


def _back_sensor(page: Img, rng: np.random.Generator, dpi: int) -> tuple[Img, str]:
    h, w = page.shape[:2]
    sx, sy = 1 - rng.uniform(0.006, 0.012), 1 - rng.uniform(0.005, 0.014)
    box = ink_bbox(page) or (0, 0, w - 1, h - 1)
    dx = rng.uniform(mm(dpi, 1.5), mm(dpi, 3.5)) * rng.choice([-1.0, 1.0])
    dy = -rng.uniform(mm(dpi, 1.5), mm(dpi, 3.0))
    m = mm(dpi, 1.5)
    # keep content inside: clamp the shift against the scaled bounding box
    lo_x, hi_x = m - box[0] * sx, w - m - box[2] * sx
    lo_y, hi_y = m - box[1] * sy, h - m - box[3] * sy
    dx = float(np.clip(dx, min(lo_x, hi_x), max(lo_x, hi_x)))
    dy = float(np.clip(dy, min(lo_y, hi_y), max(lo_y, hi_y)))
    mat = np.array([[sx, 0, dx], [0, sy, dy]], np.float32)
    img = warp(page, mat)
    white = rng.uniform(0.90, 0.93)
    tint = np.array([0.975, 1.0, 1.02], np.float32) * white
    img = (0.07 + (1 - 0.07) * blur(img, 1.1)) * tint[None, None, :]
    txt = (
        f"back sensor {sx * 100:.1f}% x {sy * 100:.1f}%, shift {dx / dpi * 25.4:+.1f}/"
        f"{dy / dpi * 25.4:+.1f} mm, white {white:.2f}"
    )
    return img.clip(0, 1).astype(np.float32), txt


def recipe_duplexadf(
    pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int
) -> list[PageOut]:
    out = []
    only_one = len(pages) == 1
    sign = float(rng.choice([-1.0, 1.0]))
    for i, page in enumerate(pages):
        back = only_one or i % 2 == 1
        if back:
            img, txt = _back_sensor(page, rng, dpi)
            ang = safe_angle(img, -sign * rng.uniform(0.4, 0.9), dpi)
            border = (0.88, 0.90, 0.93)
            sig = 0.016
        else:
            img, txt = blur(page, 0.5) * 0.97, "front sensor 100%"
            ang = safe_angle(img, sign * rng.uniform(0.15, 0.5), dpi)
            border, sig = (0.97, 0.97, 0.97), 0.010
        img = noise(rotate(img, ang, border), rng, sig)
        tags = ["duplex_adf_two_sensors", "colour_200dpi", "skew_small"]
        if back:
            tags[1:1] = ["back_side_scaled_shifted", "back_sensor_softer_cooler"]
        out.append(PageOut(img, f"{txt}, skew {ang:+.2f}", tags))
    return out


def _fibres(rng: np.random.Generator, shape: tuple[int, int], dpi: int, n: int) -> Img:
    h, w = shape
    layer = np.zeros((h, w), np.float32)
    for _ in range(n):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        length = mm(dpi, rng.uniform(1.0, 4.0))
        a = rng.uniform(0, np.pi)
        bend = rng.uniform(-0.6, 0.6)
        pts = []
        for t in np.linspace(0, 1, 8):
            aa = a + bend * t
            pts.append((x + math.cos(aa) * length * t, y + math.sin(aa) * length * t))
        val = float(rng.uniform(0.05, 0.14))
        cv2.polylines(layer, [np.array(pts, np.int32)], False, val, 1, cv2.LINE_AA)
    return layer


def _specks(rng: np.random.Generator, d: Img, dpi: int) -> tuple[Img, int]:
    """Dark inclusions of recycled paper, kept 0.5 mm clear of print."""
    h, w = d.shape
    near_ink = cv2.dilate((d > 0.15).astype(np.uint8), np.ones((9, 9), np.uint8)) > 0
    spk = np.zeros((h, w), np.float32)
    want = int(rng.integers(35, 70))
    placed = 0
    for _ in range(want * 3):
        x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
        if near_ink[y, x] or placed >= want:
            continue
        placed += 1
        r = max(1, int(mm(dpi, rng.uniform(0.08, 0.35))))
        cv2.ellipse(
            spk,
            (x, y),
            (r, max(1, int(r * rng.uniform(0.5, 1.0)))),
            float(rng.uniform(0, 180)),
            0,
            360,
            float(rng.uniform(0.2, 0.5)),
            -1,
            cv2.LINE_AA,
        )
    return spk, placed


def recipe_buram(pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int) -> list[PageOut]:
    base = np.array(
        [rng.uniform(0.86, 0.89), rng.uniform(0.84, 0.87), rng.uniform(0.78, 0.82)], np.float32
    )
    out = []
    for page in pages:
        h, w = page.shape[:2]
        d = 1 - gray(page)
        cloud = 1 + 0.010 * lowfreq(rng, (h, w), mm(dpi, 4)) + 0.014 * lowfreq(rng, (h, w), 3)
        paper = base[None, None, :] * cloud[..., None]
        n_fib = int(h * w / mm(dpi, 1) ** 2 / 90)
        fib = _fibres(rng, (h, w), dpi, n_fib)
        paper = paper * (1 - fib[..., None] * np.array([0.9, 1.0, 1.2], np.float32))
        # coloured fibres from recycled printed paper
        cfib = _fibres(rng, (h, w), dpi, int(h * w / mm(dpi, 1) ** 2 / 2500))
        paper = multiply_ink(paper, cfib * 3, (0.55, 0.65, 0.95))
        spk, n_spk = _specks(rng, d, dpi)
        paper = multiply_ink(paper, spk, (0.35, 0.30, 0.25))
        rough = 1 - 0.18 * (rng.random((h, w)) < 0.12) * (d < 0.8)
        dens = (0.90 + 0.05 * lowfreq(rng, (h, w), mm(dpi, 8))) * rough
        img = paper * (1 - (1 - page) * dens[..., None].astype(np.float32))
        img = blur(img.astype(np.float32), 0.55)
        ang = safe_angle(page, pick_skew(rng, 0.2, 1.1), dpi)
        img = noise(rotate(img, ang, tuple(float(v) for v in base)), rng, 0.011)
        out.append(
            PageOut(
                img,
                f"paper {base[0]:.2f}/{base[1]:.2f}/{base[2]:.2f}, {n_fib} fibres, "
                f"{n_spk} specks, skew {ang:+.2f}",
                [
                    "recycled_grey_paper",
                    "paper_fibres",
                    "dark_specks",
                    "coloured_fibres",
                    "rough_paper_toner",
                    "colour_200dpi",
                    "skew_small",
                ],
            )
        )
    return out


def recipe_toolight(
    pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int
) -> list[PageOut]:
    gamma = rng.uniform(2.0, 2.4)
    gain = rng.uniform(1.12, 1.18)
    knee = rng.uniform(0.86, 0.89)
    out = []
    for page in pages:
        g = gray(page)
        h, w = g.shape
        ang = safe_angle(page, pick_skew(rng, 0.2, 1.0), dpi)
        g = blur(rotate(g, ang, 1.0), 0.75)
        light = 1 + 0.035 * lowfreq(rng, (h, w), mm(dpi, 25))
        v = np.clip(g * gain * light, 0, 1) ** (1 / gamma)
        v = noise(v.astype(np.float32), rng, 0.010)
        # background removal: everything above the knee is pushed to white
        v = np.where(v > knee, 1.0, v * (1 + (v / knee) ** 8 * (1 / knee - 1)))
        out.append(
            PageOut(
                v.clip(0, 1).astype(np.float32),
                f"gamma {gamma:.2f}, gain {gain:.2f}, white knee {knee:.2f}, skew {ang:+.2f}",
                [
                    "too_light_scan",
                    "high_gamma_grey_text",
                    "thin_rules_dropping_out",
                    "background_removed",
                    "gray_200dpi",
                    "skew_small",
                ],
            )
        )
    return out


def _mrc(img: Img, bg_factor: int, bg_q: int) -> Img:
    g = gray(img)
    h, w = g.shape
    local = cv2.blur(g, (31, 31))
    fg = ((g < local - 0.10) & (g < 0.62)).astype(np.uint8)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(fg, connectivity=8)
    keep = stats[:, cv2.CC_STAT_AREA] >= 3
    keep[0] = False
    fgm = keep[labels]
    # per-component colour: mean of its pixels, quantised to 16 levels per channel
    out_fg = np.zeros_like(img)
    for c in range(3):
        sums = np.bincount(labels.ravel(), weights=img[..., c].ravel(), minlength=n)
        cnt = np.bincount(labels.ravel(), minlength=n).clip(1)
        mean = np.round(sums / cnt * 15) / 15 * 0.85  # darkened, as MFPs do for text
        out_fg[..., c] = mean[labels]
    bgsrc = img.copy()
    grown = cv2.dilate(fgm.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
    med = cv2.medianBlur((img * 255).astype(np.uint8), 9).astype(np.float32) / 255
    bgsrc[grown] = med[grown]
    small = cv2.resize(bgsrc, (w // bg_factor, h // bg_factor), interpolation=cv2.INTER_AREA)
    buf = io.BytesIO()
    Image.fromarray((small * 255).round().astype(np.uint8)).save(buf, "JPEG", quality=bg_q)
    small = np.asarray(Image.open(io.BytesIO(buf.getvalue())), np.float32) / 255
    bg = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return np.where(fgm[..., None], out_fg, bg).astype(np.float32)


def recipe_compactpdf(
    pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int
) -> list[PageOut]:
    bg_factor = int(rng.choice([3, 4]))
    bg_q = int(rng.integers(22, 31))
    out = []
    for page in pages:
        ang = safe_angle(page, pick_skew(rng, 0.2, 0.9), dpi)
        img = noise(blur(rotate(page, ang, 0.97) * 0.98 + 0.01, 0.65), rng, 0.012)
        img = _mrc(img, bg_factor, bg_q)
        out.append(
            PageOut(
                img,
                f"mask 300 dpi, background {dpi // bg_factor} dpi JPEG q{bg_q}, skew {ang:+.2f}",
                [
                    "mrc_compact_pdf",
                    "bilevel_text_layer_jagged",
                    "flat_text_colour",
                    f"background_{dpi // bg_factor}dpi_blocky",
                    "colour_300dpi",
                    "skew_small",
                ],
            )
        )
    return out


def recipe_coldlamp(
    pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int
) -> list[PageOut]:
    out = []
    for page in pages:
        h, w = page.shape[:2]
        landscape = w > h
        ang = safe_angle(page, pick_skew(rng, 0.2, 1.0), dpi)
        img = blur(rotate(page, ang, 1.0), 0.6)
        n = w if landscape else h
        t = np.linspace(0, 1, n, dtype=np.float32)
        if landscape and rng.random() < 0.5:
            t = t[::-1]
        reach = rng.uniform(0.35, 0.55)  # fraction of the travel where the lamp is ~full
        deficit = rng.uniform(0.20, 0.28)
        lamp = 1 - deficit * np.exp(-t / (reach / 4.6))
        flick = np.cumsum(rng.standard_normal(n)).astype(np.float32)
        flick = cv2.GaussianBlur(flick[None, :], (0, 0), mm(dpi, 1.5))[0]
        flick = 0.012 * (flick - flick.mean()) / (flick.std() + 1e-6)
        per = np.stack([1 - (1 - lamp) * k for k in (1.25, 1.0, 0.7)], axis=1) + flick[:, None]
        field_ = per[None, :, :] if landscape else per[:, None, :]
        img = img * field_ * 0.98
        dim = (1 - field_[..., 1]) / deficit  # 1 where darkest
        img = (
            img
            + rng.standard_normal(img.shape[:2]).astype(np.float32)[..., None]
            * (0.009 + 0.012 * dim)[..., None]
        )
        side = "left" if landscape and t[0] == 0 else ("right" if landscape else "top")
        out.append(
            PageOut(
                img.clip(0, 1).astype(np.float32),
                f"lamp {1 - deficit:.2f} at {side}, full by {reach * 100:.0f}%, skew {ang:+.2f}",
                [
                    "cold_lamp_warmup_gradient",
                    "lamp_colour_cast_start",
                    "lamp_flicker_bands",
                    "dim_start_noise",
                    "colour_200dpi",
                    "skew_small",
                ],
            )
        )
    return out


def _free_spot(
    ink: Img, w: int, h: int, region: tuple[int, int, int, int], rng: np.random.Generator
) -> tuple[int, int] | None:
    """Top-left of a w x h box inside region (x0, y0, x1, y1) with no ink."""
    integral = cv2.integral(ink.astype(np.uint8))
    edge = int(ink.shape[1] * 0.03)  # keep clear of the sheet's edges
    x0, y0 = max(region[0], edge), max(region[1], edge)
    x1, y1 = min(region[2], ink.shape[1] - edge), min(region[3], ink.shape[0] - edge)
    cands = []
    for y in range(max(0, y0), max(0, y1 - h), 6):
        for x in range(max(0, x0), max(0, x1 - w), 6):
            if y + h >= ink.shape[0] or x + w >= ink.shape[1]:
                continue
            s = integral[y + h, x + w] - integral[y, x + w] - integral[y + h, x] + integral[y, x]
            if s == 0:
                cands.append((x, y))
    if not cands:
        return None
    return cands[int(rng.integers(0, len(cands)))]


def legal_stamp(dpi: int) -> Img:
    """Rectangular 'SESUAI DENGAN ASLINYA' stamp with Tgl./Paraf lines (coverage mask)."""
    w, h = int(mm(dpi, 58)), int(mm(dpi, 21))
    m = np.zeros((h, w), np.float32)
    th = max(2, int(mm(dpi, 0.5)))
    cv2.rectangle(m, (th, th), (w - th - 1, h - th - 1), 1.0, th, cv2.LINE_AA)
    cv2.rectangle(m, (3 * th, 3 * th), (w - 3 * th - 1, h - 3 * th - 1), 1.0, max(1, th // 2))
    big = text_mask("SESUAI DENGAN ASLINYA", int(mm(dpi, 3.6)))
    scale = min(1.0, (w - 10 * th) / big.shape[1])
    big = cv2.resize(
        big, (int(big.shape[1] * scale), int(big.shape[0] * scale)), interpolation=cv2.INTER_AREA
    )
    paste_max(m, big, w / 2, h * 0.30)
    labels = ("Tgl.  : ........................", "Paraf : ......................")
    for k, label in enumerate(labels):
        small = text_mask(label, int(mm(dpi, 2.3)), bold=False)
        paste_max(m, small, 5 * th + small.shape[1] / 2, h * (0.60 + 0.22 * k))
    return m


def _sign_and_stamp(
    img: Img, info: PageInfo, rng: np.random.Generator, dpi: int, region: str
) -> Img:
    """Wet pen signatures of every signer and a round stamp on the rightmost one."""
    k = dpi / 72.0
    for j, sg in enumerate(info.signers):
        gw = max(30.0, min(55.0, (sg.x1 - sg.x0) / 72 * 25.4 * 0.6))
        gh = max(8.0, min(18.0, (sg.gap_bottom - sg.gap_top) / 72 * 25.4 + 2))
        cx = (sg.x0 + 0.45 * (sg.x1 - sg.x0)) * k
        cy = (sg.gap_top + sg.gap_bottom) / 2 * k
        layer = np.zeros(img.shape[:2], np.float32)
        paste_max(layer, signature(rng, dpi, gw, gh), cx, cy)
        img = multiply_ink(img, layer * 0.95, (0.12, 0.15, 0.45))
        if j == len(info.signers) - 1:
            st = stamp_texture(
                rng, round_stamp(dpi, 40, "PEMERINTAH " + region, "SEKRETARIAT"), 0.8
            )
            layer = np.zeros(img.shape[:2], np.float32)
            paste_max(layer, st, sg.x0 * k + mm(dpi, 6), cy)
            img = multiply_ink(img, layer, (0.45, 0.25, 0.65))
    return img


def _photocopy(img: Img, rng: np.random.Generator) -> Img:
    g = gray(img)
    h, w = g.shape
    g = np.clip((g - 0.10) / 0.74, 0, 1) ** 1.15  # copier contrast: light greys drop
    fog = (rng.random((h, w)) < 0.0015) * rng.uniform(0.2, 0.5, (h, w))
    g = g * (1 - blur(fog.astype(np.float32), 0.6) * 2).clip(0.3, 1)
    scale = rng.uniform(0.992, 0.998)
    mat = cv2.getRotationMatrix2D((w / 2, h / 2), rng.uniform(-0.4, 0.4), scale)
    return warp(blur(g, 0.7).astype(np.float32), mat, 1.0)


def _legal_marks(dpi: int, rng: np.random.Generator, date: str) -> tuple[Img, Img]:
    """Legalisation stamp and the pen date and paraf written on it, rotated together."""
    st = legal_stamp(dpi)
    h, w = st.shape
    pen8 = np.zeros((h, w), np.uint8)
    cv2.putText(
        pen8,
        date,
        (int(w * 0.30), int(h * 0.66)),
        cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
        mm(dpi, 3.2) / 22,
        255,
        max(1, int(mm(dpi, 0.3))),
        cv2.LINE_AA,
    )
    pen = pen8.astype(np.float32) / 255
    paste_max(pen, signature(rng, dpi, 16, 6), w * 0.45, h * 0.80)
    pad = int(mm(dpi, 5))
    rot = float(rng.uniform(2.5, 6.0) * rng.choice([-1.0, 1.0]))
    m = cv2.getRotationMatrix2D((w / 2 + pad, h / 2 + pad), rot, 1.0)
    out = []
    for layer in (st, pen):
        big = cv2.copyMakeBorder(layer, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=0)
        out.append(cv2.warpAffine(big, m, (big.shape[1], big.shape[0])))
    return out[0], out[1]


def _legal_spot(
    copy: Img, info: PageInfo, size: tuple[int, int], dpi: int, rng: np.random.Generator
) -> tuple[tuple[int, int] | None, str]:
    h, w = copy.shape
    ink = cv2.dilate(((1 - copy) > 0.2).astype(np.uint8), np.ones((int(mm(dpi, 2)),) * 2))
    if info.signers:
        k = dpi / 72.0
        top = min(sg.top for sg in info.signers) * k - mm(dpi, 10)
        bottom = max(sg.nip_bottom for sg in info.signers) * k + mm(dpi, 40)
        spot = _free_spot(ink, size[0], size[1], (0, int(top), w, int(bottom)), rng)
        if spot is not None:
            return spot, "beside/below signer block"
    spot = _free_spot(ink, size[0], size[1], (0, h // 2, w, h), rng)
    return spot, "free space, lower half" if spot else "none (no free space)"


def recipe_legalisir(
    pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int
) -> list[PageOut]:
    out = []
    colour = (0.42, 0.28, 0.72) if rng.random() < 0.5 else (0.25, 0.35, 0.80)
    date = f"{int(rng.integers(2, 28))}-{int(rng.integers(1, 13))}-{int(rng.integers(2024, 2026))}"
    for i, page in enumerate(pages):
        info = ctx.pages[i]
        copy = _photocopy(_sign_and_stamp(page, info, rng, dpi, ctx.region), rng)
        img = to_rgb(copy) * np.array([0.985, 0.975, 0.95], np.float32)
        st, pen = _legal_marks(dpi, rng, date)
        spot, where = _legal_spot(copy, info, (st.shape[1], st.shape[0]), dpi, rng)
        tags = ["photocopy_of_signed_original"]
        if info.signers:
            tags.append("copied_signature_and_stamp_grey")
        if spot is not None:
            cx, cy = spot[0] + st.shape[1] / 2, spot[1] + st.shape[0] / 2
            layer = np.zeros(copy.shape, np.float32)
            paste_max(layer, stamp_texture(rng, st, rng.uniform(0.75, 0.9)), cx, cy)
            img = multiply_ink(img, layer, colour)
            layer = np.zeros(copy.shape, np.float32)
            paste_max(layer, pen, cx, cy)
            img = multiply_ink(img, layer * 0.9, (0.10, 0.16, 0.55))
            tags += ["legalisation_stamp_sesuai_aslinya", "fresh_pen_date_paraf"]
        ang = safe_angle(page, pick_skew(rng, 0.2, 1.0), dpi)
        img = noise(blur(rotate(img, ang, (0.985, 0.975, 0.95)), 0.5), rng, 0.010)
        out.append(
            PageOut(
                img,
                f"p{i + 1}: stamp {where}, {len(info.signers)} signer(s), skew {ang:+.2f}",
                [*tags, "colour_200dpi", "skew_small"],
            )
        )
    return out


def _smear(d: Img, length: float, weight: float, along_x: bool) -> Img:
    """Toner dragged toward the trailing edge: a decaying tail behind every stroke."""
    tail = np.zeros_like(d)
    for step in range(1, int(length * 3) + 1):
        shifted = np.zeros_like(d)
        if along_x:
            shifted[:, step:] = d[:, :-step]
        else:
            shifted[step:, :] = d[:-step, :]
        np.maximum(tail, shifted * math.exp(-step / length), out=tail)
    return tail * weight


def recipe_refill(pages: list[Img], ctx: Ctx, rng: np.random.Generator, dpi: int) -> list[PageOut]:
    fog_level = rng.uniform(0.02, 0.035)
    out = []
    for page in pages:
        d = 1 - gray(page)
        h, w = d.shape
        along_x = w > h  # landscape pages are printed rotated, short edge first
        n = w if along_x else h
        start = rng.uniform(0.45, 0.65)
        ramp = np.clip((np.linspace(0, 1, n, dtype=np.float32) - start) / 0.25, 0, 1)
        weak = ramp[None, :] if along_x else ramp[:, None]
        weak = weak * (0.75 + 0.25 * lowfreq(rng, (h, w), mm(dpi, 15)).clip(-1, 1))
        length = mm(dpi, rng.uniform(0.35, 0.55))
        tail = _smear(d, length, rng.uniform(0.30, 0.38), along_x)
        rub = 1 - weak * 0.14 * (rng.random((h, w)) < 0.5)
        dd = np.maximum(d * rub, tail * weak.clip(0, 1))
        spots = (rng.random((h, w)) < 0.0008).astype(np.float32) * rng.uniform(0.15, 0.45, (h, w))
        fog = fog_level * (1 + 0.4 * lowfreq(rng, (h, w), mm(dpi, 30))) + blur(spots, 0.5)
        img = (1 - dd) * (1 - fog.clip(0, 0.6)) * 0.97
        ang = safe_angle(page, pick_skew(rng, 0.2, 1.0), dpi)
        img = noise(blur(rotate(img.astype(np.float32), ang, 0.97), 0.55), rng, 0.010)
        out.append(
            PageOut(
                img,
                f"smear {length / dpi * 25.4:.2f} mm from {start * 100:.0f}% of the feed, "
                f"fog {fog_level:.3f}, skew {ang:+.2f}",
                [
                    "refilled_toner_fog",
                    "unfused_toner_smear_tails",
                    "toner_rub_off",
                    "background_toner_dots",
                    "gray_200dpi",
                    "skew_small",
                ],
            )
        )
    return out


RecipeFn = Callable[[list[Img], Ctx, np.random.Generator, int], list[PageOut]]


@dataclass(frozen=True)
class Recipe:
    name: str
    fn: RecipeFn
    dpi: int  # raster and output resolution
    quality: int  # nominal JPEG quality
    colour: bool


RECIPES: list[Recipe] = [
    Recipe("riso", recipe_riso, 300, 70, False),
    Recipe("duplexadf", recipe_duplexadf, 200, 70, True),
    Recipe("buram", recipe_buram, 200, 70, True),
    Recipe("toolight", recipe_toolight, 200, 70, False),
    Recipe("compactpdf", recipe_compactpdf, 300, 70, True),
    Recipe("coldlamp", recipe_coldlamp, 200, 70, True),
    Recipe("legalisir", recipe_legalisir, 200, 70, True),
    Recipe("refill", recipe_refill, 200, 65, False),
]


# --------------------------------------------------------------------------- output


def encode_jpeg(img: Img, quality: int, colour: bool) -> bytes:
    img = to_rgb(img) if colour else gray(img)
    arr = (img.clip(0, 1) * 255).round().astype(np.uint8)
    pil = Image.fromarray(arr, "RGB" if colour else "L")
    buf = io.BytesIO()
    pil.save(buf, "JPEG", quality=quality, subsampling=2, optimize=True)
    return buf.getvalue()


def write_pdf(pages: list[tuple[bytes, int, int, bool, float, float]]) -> bytes:
    """Minimal image-only PDF: one DCT image per page, no dates, no IDs."""
    objs: list[bytes] = []
    kids = []
    for i in range(len(pages)):
        kids.append(f"{3 + 3 * i} 0 R")
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode())
    for i, (jpg, w, h, colour, wpt, hpt) in enumerate(pages):
        page_no, content_no, image_no = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {wpt:.3f} {hpt:.3f}] "
            f"/Resources << /XObject << /Im0 {image_no} 0 R >> >> "
            f"/Contents {content_no} 0 R >>".encode()
        )
        stream = f"q {wpt:.3f} 0 0 {hpt:.3f} 0 0 cm /Im0 Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        cs = "/DeviceRGB" if colour else "/DeviceGray"
        objs.append(
            f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} "
            f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpg)} >>\nstream\n".encode()
            + jpg
            + b"\nendstream"
        )
        assert page_no == len(objs) - 2
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def build_pdf(outs: list[PageOut], ctx: Ctx, recipe: Recipe) -> tuple[bytes, int]:
    quality = recipe.quality
    while True:
        pages = []
        for po, info in zip(outs, ctx.pages, strict=True):
            jpg = encode_jpeg(po.image, quality, recipe.colour)
            h, w = po.image.shape[:2]
            pages.append((jpg, w, h, recipe.colour, info.width_pt, info.height_pt))
        data = write_pdf(pages)
        if len(data) <= MAX_BYTES or quality <= 20:
            return data, quality
        quality -= 5


def process(
    entry: dict, base: Path, out_dir: Path, recipe: Recipe, kind: str, prefix: str
) -> tuple[dict, list[str]]:
    src = base / entry["pdf"]
    stem = Path(entry["pdf"]).stem
    rng = seed_of(src.name)
    ctx = read_layout(src)
    pages = rasterise(src, recipe.dpi)
    outs = recipe.fn(pages, ctx, rng, recipe.dpi)
    data, quality = build_pdf(outs, ctx, recipe)
    fname = f"{stem}__{recipe.name}.pdf"
    (out_dir / fname).write_bytes(data)
    tags: list[str] = []
    for po in outs:
        tags.extend(t for t in po.tags if t not in tags)
    feats = [*entry.get("features", []), *tags, f"jpeg_q{quality}"]
    rec = {
        "pdf": f"{out_dir.name}/{fname}",
        "expected": prefix + entry["expected"],
        "kind": kind,
        "producer": PRODUCER,
        "source_pdf": prefix + entry["pdf"],
        "features": feats,
        "text_source": "ocr",
    }
    params = "; ".join(
        po.params if po.params.split(":")[0] == f"p{i + 1}" else f"p{i + 1}: {po.params}"
        for i, po in enumerate(outs)
    )
    row = [
        fname,
        recipe.name,
        str(len(outs)),
        str(recipe.dpi),
        str(quality),
        str(len(data)),
        params,
    ]
    return rec, row


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--manifest", type=Path, required=True)
    ap.add_argument("--base", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--kind", required=True)
    ap.add_argument("--expected-prefix", default="")
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes to process")
    args = ap.parse_args(argv)
    entries = sorted(json.loads(args.manifest.read_text()), key=lambda e: Path(e["pdf"]).name)
    args.out.mkdir(parents=True, exist_ok=True)
    records, rows = [], []
    for i, entry in enumerate(entries):
        recipe = RECIPES[i % len(RECIPES)]
        if args.only and not any(Path(entry["pdf"]).name.startswith(p) for p in args.only):
            continue
        rec, row = process(entry, args.base, args.out, recipe, args.kind, args.expected_prefix)
        records.append(rec)
        rows.append(row)
        print(row[0], row[4], row[5])
    (args.out / "manifest.json").write_text(
        json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    )
    (args.out / "README.md").write_text(readme(args, rows, len(entries)))


README_MODEL = """\
Each born-digital PDF is rasterised with poppler `pdftoppm`, degraded with numpy/OpenCV \
operations and re-wrapped as an image-only PDF (one JPEG per page, no text layer, no fonts, \
page size in points equal to the original). The random seed is the SHA-256 of the source \
file name and the PDF writer emits no dates or IDs, so every run is byte-identical. Recipes \
cycle over the files in sorted order. The manifest's `features` are the source's features \
followed by the degradation tags and the JPEG quality used.

This simulator was written without reading the parser or the other scan generators (only \
the READMEs of scanned_unseen and scanned_holdout3 to scanned_holdout9, so that all eight \
recipes are new degradations), to measure the OCR path at first contact. It was developed \
on the born-digital PDFs of holdout9 only, before the documents of this set existed.

Status: not yet measured.

## Degradation model

All effects stay within the OCR promise: page upright, page skew never above 2 degrees \
(at most 1.1 here; in `legalisir` the copy's own +-0.4 deg adds to it), 200-300 dpi, \
faint or broken rules, JPEG noise, text legible to a human. Over the table there is only \
what leaves the print legible: the print process itself (stencil ink, toner smear, rough \
paper), the scanner's exposure, lamp and compression. The only marks are pen signatures and \
stamps on the signer block, placed from the born-digital layout via pdfplumber (each `NIP` \
word on the page's lowest NIP level, the lines of its column below the table's last rule, \
their largest vertical gap as the signature space), and the legalisation stamp, placed only \
on an ink-free area. The region on the round stamp is read from the first line naming a \
KABUPATEN or KOTA. Rotation is shrunk until all printed content stays 1.5 mm inside the \
frame. Inks are multiply-blended, so print under them stays dark. The JPEG quality named \
below is nominal: it drops in steps of 5 when a file would exceed 1.45 MB; the quality \
actually used is in the table and in each manifest entry's `jpeg_qNN` feature.

- `riso` — run off on a stencil duplicator (Risograph/Gestetner, as offices and schools do \
for many copies): the 300 dpi thermal master burns print darker than 42% solid, greys of \
6-42% as a 4x4 dispersed (Bayer) dither and drops anything lighter; the master is scaled \
on the drum by +-0.4-0.8% independently per axis and each sheet drifts 0.6-1.8 mm in each \
direction (registration drift, different per page); soy ink spreads about 0.5 px into \
absorbent paper (0.65 px blur, soft threshold), is laid at 88% darkness, falls from full \
density at one end of the sheet to 78-86% at the other (drum inking), with 7% mottle at \
3 mm and about 10% paper-absorption grain; off-white paper 0.955; scanner blur 0.6 px, \
noise 1.2%; greyscale 300 dpi, JPEG q70, skew 0.2-1.0 deg. Tags: stencil_duplicator_print, \
ink_spread, registration_drift, dispersed_dither_fills, uneven_drum_inking, gray_300dpi, \
skew_small.
- `duplexadf` — a duplex-printed document run through a duplex ADF that reads the two \
sides with two different sensors: odd pages come from the front CCD (blur 0.5 px, white \
0.97, noise 1%, skew 0.15-0.5 deg), even pages (and page 1 of a one-page document, fed \
face down) from the back contact sensor, which is calibrated differently: the image is \
98.8-99.4% wide and 98.6-99.5% long, shifted 1.5-3.5 mm sideways and 1.5-3.0 mm up \
(clamped so all content stays 1.5 mm inside the frame), softer (1.1 px blur), dimmer and \
cooler (white 0.90-0.93, red x0.975, blue x1.02, black lifted to 0.07), noisier (1.6%) and \
turned 0.4-0.9 deg the other way; colour 200 dpi, JPEG q70. Tags: duplex_adf_two_sensors, \
back_side_scaled_shifted and back_sensor_softer_cooler (on back pages), colour_200dpi, \
skew_small.
- `buram` — printed on cheap recycled paper (kertas buram/daur ulang): grey-beige paper \
(R 0.86-0.89, G 0.84-0.87, B 0.78-0.82) with a 1% cloudy tone at 4 mm and 1.4% fine \
grain; one short fibre per 90 mm2 (1-4 mm, curved, 1 px, 5-14% darker), a few blue fibres \
from recycled printed paper (one per 2500 mm2, up to 42%), 35-70 dark brown-grey specks \
per page (0.08-0.35 mm, 20-50%) kept 0.5 mm clear of print; toner on the rough surface at \
90% +-5% density with 12% of print pixels 18% lighter (pitted strokes); blur 0.55 px, \
noise 1.1%; colour 200 dpi, JPEG q70, skew 0.2-1.1 deg. Tags: recycled_grey_paper, \
paper_fibres, dark_specks, coloured_fibres, rough_paper_toner, colour_200dpi, skew_small.
- `toolight` — scanned with the brightness set too high (a 'lighter' preset): optics blur \
0.75 px, exposure gain 1.12-1.18 on a lamp field varying +-3.5% at 25 mm, then gamma \
2.0-2.4 (out = in^(1/gamma)) and background removal that whitens everything above a knee \
of 0.86-0.89 (with a steep ramp below it); black text comes out dark grey (about 0.2-0.3), \
0.5 pt rules come out at about 0.75-0.85 and vanish in stretches where the lamp is \
brighter or the rule falls between pixels, grey fills vanish; noise 1%; greyscale 200 dpi, \
JPEG q70, skew 0.2-1.0 deg. Tags: too_light_scan, high_gamma_grey_text, \
thin_rules_dropping_out, background_removed, gray_200dpi, skew_small.
- `compactpdf` — an MFP's 'compact/high-compression PDF' (mixed raster content): a 300 dpi \
colour scan (blur 0.65 px, noise 1.2%) split into a text layer and a background layer; the \
text layer is every pixel darker than its 31 px local mean by 0.10 and below 0.62, in \
connected components of 3 px or more, each painted hard-edged (no anti-aliasing, jagged \
edges, thin strokes and rules partly lost to the background where they are light) in its \
mean colour quantised to 16 levels and darkened x0.85; the background (text replaced by a \
9 px median) is reduced to 75 or 100 dpi, saved as JPEG q22-30 and enlarged bilinearly, so \
fills and the paper show blocky colour halos; composited into one colour 300 dpi page, \
JPEG q70, skew 0.2-0.9 deg. Tags: mrc_compact_pdf, bilevel_text_layer_jagged, \
flat_text_colour, background_<N>dpi_blocky, colour_300dpi, skew_small.
- `coldlamp` — a flatbed with a CCFL lamp that had not warmed up: the carriage runs down a \
portrait page and across a landscape one (from either side); the lamp gives 72-80% light \
at the start, rising exponentially to within 1% of full by 35-55% of the travel, with the \
red deficit x1.25 and the blue x0.7 (cyan-green cast where it is dim), lamp flicker as \
bands across the travel (a random walk smoothed over 1.5 mm, 1.2% std) and sensor noise \
rising from 0.9% to 2.1% where the light is weakest; blur 0.6 px; colour 200 dpi, JPEG \
q70, skew 0.2-1.0 deg. Tags: cold_lamp_warmup_gradient, lamp_colour_cast_start, \
lamp_flicker_bands, dim_start_noise, colour_200dpi, skew_small.
- `legalisir` — a legalised photocopy (fotokopi dilegalisir): the original is signed in \
blue-black pen by every signer (in the gap above the name) and stamped once with a round \
violet office stamp (40 mm, double outer ring, inner ring, arc text `PEMERINTAH \
<KABUPATEN/KOTA X>` over `SEKRETARIAT`, star) over the left part of the rightmost signer \
block; it is photocopied in greyscale (contrast (v-0.10)/0.74, gamma 1.15 so light greys \
drop, toner dots on 0.15% of pixels, blur 0.7 px, copy scale 99.2-99.8%, turned up to \
+-0.4 deg), so signature and stamp become grey; then each page of the copy gets a fresh \
rectangular legalisation stamp (58 x 21 mm, double frame, `SESUAI DENGAN ASLINYA`, \
`Tgl.` and `Paraf` lines) in violet or blue at 75-90% density with texture, turned \
2.5-6 deg, with a handwritten date and a paraf on its lines in blue ballpoint; the stamp \
goes on an ink-free area (2 mm clearance) from 10 mm above the signer block to 40 mm below \
its NIP line, else anywhere in the lower half of the page, else nowhere; warm paper tint; \
colour 200 dpi (blur 0.5 px, noise 1%), JPEG q70, skew 0.2-1.0 deg. Tags: \
photocopy_of_signed_original, copied_signature_and_stamp_grey (pages with a signer), \
legalisation_stamp_sesuai_aslinya, fresh_pen_date_paraf, colour_200dpi, skew_small.
- `refill` — laser printer with a refilled (isi ulang) toner cartridge whose toner fuses \
poorly: the sheet feeds down a portrait page and across a landscape one (printed rotated), \
and from 45-65% of the feed onward (ramping in over a quarter of the travel, patchy +-25%) \
toner is dragged toward the trailing edge, so every stroke and rule has a tail (the print \
shifted back up to 3 L and decaying as exp(-s/L), L = 0.35-0.55 mm, 30-38% of the \
stroke's darkness) and half the print pixels lose up to 14% toner; background toner fog \
2-3.5% (+-40% at 30 mm) and sparse toner dots (0.08% of pixels, 15-45%); paper 0.97, \
blur 0.55 px, noise 1%; greyscale 200 dpi, JPEG q65, skew 0.2-1.0 deg. Tags: \
refilled_toner_fog, unfused_toner_smear_tails, toner_rub_off, background_toner_dots, \
gray_200dpi, skew_small.

Left out on purpose: carbon or NCR copies (scanned_holdout5 `carbon`), thermal fax paper \
(scanned_holdout7 `thermalfax`), pen corrections and initials beside rows (scanned_holdout7 \
`pencorrection`, scanned_holdout5 `parafstamp`), a dark lid border or tightly cropped \
margins (scanned_holdout5 `lidborder`, scanned_holdout6 `autocrop`) and copier-screen moire \
(scanned_holdout4 `halftone`, scanned_holdout5 `rephotocopy`) are in earlier sets, so they \
were replaced. In `duplexadf` the verso's show-through was left out (scanned_holdout4 \
`bleed`). The stencil print uses a single black drum; a two-colour duplicator with drifting \
colour registration was considered but these tables are printed in black only. The \
recycled paper's specks are kept 0.5 mm away from print so that none can be read as a \
decimal comma or period next to a score; real specks land anywhere. The too-light scan \
stops at gamma 2.4 and gain 1.18 so that black 7 pt text stays darker than about 0.35; \
rules, not text, are meant to drop out. A real compact PDF stores the text layer as a \
1-bit JBIG2 image over a separate JPEG background; here both are composited into one JPEG \
per page, as the sample format requires. The legalisation stamp is never put over the \
table or the printed text: a page without a free area gets none.
"""


def readme(args: argparse.Namespace, rows: list[list[str]], n: int) -> str:
    head = (
        f"# Scanned variants ({args.kind}) — {PRODUCER}\n\n"
        f"Generated by `python -m samples.generate.scan_eleventh` from "
        f"`samples/{args.manifest.parent.name}/manifest.json` ({n} born-digital PDFs). "
    )
    table = [
        "| file | recipe | pages | dpi | JPEG quality used | bytes | parameters |",
        "|---|---|---|---|---|---|---|",
    ]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    return head + README_MODEL + "\n## Files\n\n" + "\n".join(table) + "\n"


if __name__ == "__main__":
    main()
