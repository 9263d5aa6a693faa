"""Third, independent scan simulator: office-style degradations of born-digital PDFs.

    python -m samples.generate.scan_third --manifest DIR/manifest.json --base DIR \
        --out OUTDIR --kind KIND [--expected-prefix PREFIX]

For every born-digital PDF in the manifest (sorted by file name) one image-only PDF is
written, cycling through eight recipes that imitate what Indonesian government offices
actually send: MFP greyscale JPEG scans, fax/"scan to email" bilevel pages, photocopies
of photocopies, low-res colour scans with a round stamp, signature and paraf, aged paper
with highlighter marks, folded/stapled/punched pages, scanners with uneven illumination
and pages scanned at 600 dpi but saved at 150 dpi.  Skew never exceeds 2 degrees.

Everything is deterministic: the random generator is seeded from the file name, the PDF
writer below emits no dates or IDs, so repeated runs give byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import subprocess
import tempfile
import zlib
from itertools import pairwise
from pathlib import Path

import cv2
import numpy as np
import pdfplumber
from PIL import Image, ImageDraw, ImageFont

cv2.setNumThreads(1)

FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MAX_BYTES = 1_450_000
MONTHS = (
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
)


# ----------------------------------------------------------------------------- layout
def _hlines(page) -> list[tuple[float, float, float]]:
    """Long horizontal rules (segments at the same y are merged), as (x0, x1, y)."""
    width = float(page.width)
    groups: dict[int, list] = {}
    for e in page.horizontal_edges:
        y = (e["top"] + e["bottom"]) / 2
        groups.setdefault(int(round(y)), []).append((e["x0"], e["x1"], y))
    out = []
    for segs in groups.values():
        cover = sum(s[1] - s[0] for s in segs)
        if cover > 0.4 * width:
            out.append(
                (
                    min(s[0] for s in segs),
                    max(s[1] for s in segs),
                    sum(s[2] for s in segs) / len(segs),
                )
            )
    out.sort(key=lambda t: t[2])
    merged: list[tuple[float, float, float]] = []
    for ln in out:
        if merged and ln[2] - merged[-1][2] < 1.5:
            continue
        merged.append(ln)
    return merged


def _text_lines(words, tol=2.5):
    lines: list[list] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) <= tol:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def analyse(pdf_path: Path) -> dict:
    """Page sizes, table rows and the signature block, in PDF points (top-left origin)."""
    info: dict = {"pages": [], "rows": [], "table": None, "sig": None}
    with pdfplumber.open(str(pdf_path)) as pdf:
        words_per_page = []
        for pi, page in enumerate(pdf.pages):
            W, H = float(page.width), float(page.height)
            hl = _hlines(page)
            words = page.extract_words()
            words_per_page.append(words)
            info["pages"].append({"W": W, "H": H, "hl": hl})
            if hl:
                info["table"] = {
                    "page": pi,
                    "x0": min(h[0] for h in hl),
                    "x1": max(h[1] for h in hl),
                    "bottom": hl[-1][2],
                    "last_row_top": hl[-2][2] if len(hl) > 1 else hl[-1][2] - 30,
                }
            # body rows: bands between consecutive rules that hold words (skip header bands)
            for a, b in pairwise(hl[2:]):
                if b[2] - a[2] < 10:
                    continue
                inside = [w for w in words if a[2] < w["top"] and w["bottom"] < b[2]]
                if inside:
                    first = min(inside, key=lambda w: w["top"])
                    info["rows"].append(
                        {
                            "page": pi,
                            "top": a[2],
                            "bottom": b[2],
                            "x0": a[0],
                            "x1": a[1],
                            "text_top": first["top"],
                            "line_h": first["bottom"] - first["top"],
                        }
                    )
        # signature block: last word starting with NIP
        for pi in range(len(words_per_page) - 1, -1, -1):
            nips = [w for w in words_per_page[pi] if w["text"].upper().startswith("NIP")]
            if not nips:
                continue
            nip = max(nips, key=lambda w: w["top"])
            tbl = info["table"]
            floor = tbl["bottom"] + 2 if tbl and tbl["page"] == pi else 0
            cand = [
                w
                for w in words_per_page[pi]
                if nip["top"] - 140 < w["top"] <= nip["top"] + 1
                and w["top"] > floor
                and w["x1"] > nip["x0"] - 90
                and w["x0"] < nip["x0"] + 260
            ]
            lines = _text_lines(cand)
            gap_y, gap_h = nip["top"] - 25, 20.0
            best = 0.0
            for l1, l2 in pairwise(lines):
                g = min(w["top"] for w in l2) - max(w["bottom"] for w in l1)
                if g > best:
                    best = g
                    gap_y = (max(w["bottom"] for w in l1) + min(w["top"] for w in l2)) / 2
                    gap_h = g
            x0 = min(w["x0"] for w in cand)
            x1 = max(w["x1"] for w in cand)
            place, org = "", ""
            if lines:
                first = " ".join(w["text"] for w in lines[0])
                if any(m in first.lower() for m in MONTHS):
                    place = first.split(",")[0].strip()
                title = [" ".join(w["text"] for w in ln) for ln in lines[1:4]]
                org = " ".join(t for t in title if not t.upper().startswith("NIP"))
            info["sig"] = {
                "page": pi,
                "x0": x0,
                "x1": x1,
                "gap_y": gap_y,
                "gap_h": gap_h,
                "nip_top": nip["top"],
                "place": place,
                "org": org,
            }
            break
    return info


# ----------------------------------------------------------------------------- raster
def render(pdf: Path, page_no: int, dpi: int, gray: bool) -> np.ndarray:
    """One page (1-based) rasterised by poppler, as float32 (H, W) or (H, W, 3)."""
    with tempfile.TemporaryDirectory(prefix="scan_third_") as td:
        cmd = (
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-f",
                str(page_no),
                "-l",
                str(page_no),
                "-singlefile",
                "-png",
            ]
            + (["-gray"] if gray else [])
            + [str(pdf), f"{td}/p"]
        )
        subprocess.run(cmd, check=True, capture_output=True)
        im = Image.open(f"{td}/p.png")
        im = im.convert("L" if gray else "RGB")
        return np.asarray(im, dtype=np.float32).copy()


def smooth_noise(rng, shape, cell: float) -> np.ndarray:
    """Low-frequency noise in [-1, 1] with features of about `cell` pixels."""
    h, w = shape[:2]
    sh, sw = max(2, int(h / cell) + 2), max(2, int(w / cell) + 2)
    small = rng.standard_normal((sh, sw)).astype(np.float32)
    big = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(big / 2.0, -1, 1)


def ink(img: np.ndarray, mask: np.ndarray, rgb, opacity: float) -> None:
    """Multiply-blend ink of colour rgb through mask (0..255) onto img, in place."""
    a = mask.astype(np.float32) / 255.0 * opacity
    if img.ndim == 3:
        col = np.asarray(rgb, np.float32) / 255.0
        img *= 1.0 - a[..., None] * (1.0 - col)
    else:
        lum = (0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]) / 255.0
        img *= 1.0 - a * (1.0 - lum)


def skew(img: np.ndarray, deg: float, fill) -> np.ndarray:
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    bv = tuple(float(f) for f in fill) if img.ndim == 3 else float(fill)
    return cv2.warpAffine(
        img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv
    )


def gblur(img, sigma):
    return cv2.GaussianBlur(img, (0, 0), sigma)


def _curve(d: ImageDraw.ImageDraw, pts: np.ndarray, width: int) -> None:
    d.line([tuple(map(float, p)) for p in pts], fill=255, width=width, joint="curve")


def bezier(p0, p1, p2, p3, n=60) -> np.ndarray:
    t = np.linspace(0, 1, n)[:, None]
    return ((1 - t) ** 3) * p0 + 3 * ((1 - t) ** 2) * t * p1 + 3 * (1 - t) * t * t * p2 + t**3 * p3


def signature_mask(shape, cx, cy, zw, zh, ppm, rng, loops=None) -> np.ndarray:
    """A cursive pen scribble: capital loop, trochoid letters, flourish underline."""
    h, w = shape[:2]
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    pw = max(1, int(round(0.42 * ppm)))
    n = int(loops or rng.integers(3, 6))
    L = zw * 0.62
    r = zh * 0.24
    t = np.linspace(0, 2 * np.pi * n, 90 * n)
    v = L / (2 * np.pi * n)
    amp = 1.0 + 0.35 * np.interp(t, np.linspace(0, t[-1], n + 2), rng.uniform(-1, 1, n + 2))
    x0 = cx - zw * 0.28
    x = x0 + v * t - 1.25 * v * np.sin(t) * amp
    y = cy - r * amp * np.cos(t) + zh * 0.05 * np.sin(t / n) - zh * 0.10 * t / t[-1]
    word = np.stack([x, y], 1)
    # capital: a tall loop entering the word
    s = word[0]
    cap = bezier(
        s + [-zw * 0.12, zh * 0.25],
        s + [-zw * 0.25, -zh * 0.75],
        s + [zw * 0.02, -zh * 0.85],
        s,
        40,
    )
    _curve(d, np.vstack([cap, word]), pw)
    # flourish: from the end back left under the word
    e = word[-1]
    fl = bezier(
        e,
        e + [zw * 0.12, zh * 0.45],
        [x0 - zw * 0.1, cy + zh * 0.55],
        [x0 - zw * 0.2, cy + zh * 0.2 * rng.uniform(0.3, 1.0)],
        60,
    )
    _curve(d, fl, max(1, pw - 1))
    if rng.random() < 0.6:  # a dot or short stroke
        q = np.array([x0 + L * rng.uniform(0.3, 0.8), cy - r * 2.2])
        _curve(d, np.array([q, q + [zw * 0.03, -zh * 0.05]]), pw)
    a = np.asarray(m, np.float32)
    return gblur(a, max(0.4, ppm * 0.05))


def paraf_mask(shape, cx, cy, ppm, rng) -> np.ndarray:
    return signature_mask(shape, cx, cy, 16 * ppm, 9 * ppm, ppm, rng, loops=int(rng.integers(2, 4)))


def tick_mask(shape, cx, cy, ppm, rng) -> np.ndarray:
    h, w = shape[:2]
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    p0 = np.array([cx - 2.5 * ppm, cy - 1.0 * ppm])
    p1 = np.array([cx - 0.5 * ppm, cy + 2.2 * ppm])
    p2 = np.array([cx + 4.0 * ppm, cy - 4.5 * ppm + rng.uniform(-1, 1) * ppm])
    a = bezier(p0, p0 + [0.5 * ppm, 1.2 * ppm], p1 - [0.5 * ppm, 0.5 * ppm], p1, 20)
    b = bezier(p1, p1 + [0.8 * ppm, -2.0 * ppm], p2 - [1.5 * ppm, -0.5 * ppm], p2, 30)
    _curve(d, np.vstack([a, b]), max(1, int(round(0.5 * ppm))))
    return gblur(np.asarray(m, np.float32), max(0.4, ppm * 0.05))


def _arc_text(canvas: Image.Image, text: str, cx, cy, radius, font, top: bool, span_max: float):
    ang_total = math.degrees(sum(font.getlength(c) for c in text) * 1.08 / radius)
    if ang_total > span_max:  # long names: smaller letters rather than overlapping ones
        font = ImageFont.truetype(
            FONT_BOLD, max(6, int(font.size * max(0.7, span_max / ang_total)))
        )
    widths = [font.getlength(c) for c in text]
    ang_total = math.degrees(sum(widths) * 1.08 / radius)
    scale = min(1.0, span_max / ang_total) if ang_total > 0 else 1.0
    theta = -ang_total * scale / 2 if top else 180 + ang_total * scale / 2
    for c, wd in zip(text, widths, strict=True):
        step = math.degrees(wd * 1.08 / radius) * scale
        mid = theta + step / 2 if top else theta - step / 2
        size = int(font.size * 1.6)
        glyph = Image.new("L", (size, size), 0)
        ImageDraw.Draw(glyph).text((size / 2, size / 2), c, font=font, fill=255, anchor="mm")
        rot = glyph.rotate(-mid if top else -(mid + 180), resample=Image.BICUBIC)
        px = cx + radius * math.sin(math.radians(mid))
        py = cy - radius * math.cos(math.radians(mid))
        canvas.paste(255, (int(px - size / 2), int(py - size / 2)), rot)
        theta = theta + step if top else theta - step


def stamp_mask(diam_px: int, top_text: str, bottom_text: str, rng) -> np.ndarray:
    S = diam_px * 3
    R = S / 2 - 2
    c = S / 2
    im = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(im)
    for rr, wd in ((R, 0.045 * R), (0.90 * R, 0.016 * R), (0.60 * R, 0.018 * R)):
        d.ellipse([c - rr, c - rr, c + rr, c + rr], outline=255, width=max(1, int(wd)))
    font = ImageFont.truetype(FONT_BOLD, int(0.135 * R))
    _arc_text(im, top_text, c, c, 0.75 * R, font, True, 230)
    _arc_text(im, bottom_text, c, c, 0.75 * R, font, False, 110)
    for sx in (-1, 1):  # separator stars between the two texts
        px, py = c + sx * 0.75 * R, c
        d.ellipse([px - 0.03 * R, py - 0.03 * R, px + 0.03 * R, py + 0.03 * R], fill=255)
    pts = []
    for k in range(10):  # centre emblem: a five-pointed star
        rad = (0.36 if k % 2 == 0 else 0.15) * R
        a = math.radians(k * 36)
        pts.append((c + rad * math.sin(a), c - 0.04 * R - rad * math.cos(a)))
    d.polygon(pts, fill=255)
    f2 = ImageFont.truetype(FONT_BOLD, int(0.10 * R))
    d.text((c, c + 0.40 * R), "SAKIP", font=f2, fill=255, anchor="mm")
    im = im.resize((diam_px, diam_px), Image.LANCZOS)
    im = im.rotate(float(rng.uniform(-25, 25)), resample=Image.BICUBIC)
    a = np.asarray(im, np.float32)
    # uneven inking: soft pressure gradient, blotchy ink, a few dry gaps
    yy, xx = np.mgrid[0:diam_px, 0:diam_px].astype(np.float32) / diam_px
    ang = rng.uniform(0, 2 * np.pi)
    grad = 0.78 + 0.22 * ((xx - 0.5) * math.cos(ang) + (yy - 0.5) * math.sin(ang) + 0.5)
    blot = 0.82 + 0.18 * smooth_noise(rng, a.shape, max(4, diam_px / 14))
    dry = smooth_noise(rng, a.shape, max(2, diam_px / 40)) > 0.55
    a = a * grad * blot
    a[dry] *= 0.35
    return np.clip(a, 0, 255)


def paste_mask(page_mask: np.ndarray, small: np.ndarray, cx: float, cy: float) -> None:
    h, w = small.shape
    y0, x0 = int(cy - h / 2), int(cx - w / 2)
    ys, xs = max(0, y0), max(0, x0)
    ye, xe = min(page_mask.shape[0], y0 + h), min(page_mask.shape[1], x0 + w)
    if ye <= ys or xe <= xs:
        return
    page_mask[ys:ye, xs:xe] = np.maximum(
        page_mask[ys:ye, xs:xe], small[ys - y0 : ye - y0, xs - x0 : xe - x0]
    )


# ----------------------------------------------------------------------------- encoding
def enc_jpeg(img: np.ndarray, q: int, sub: int = 2) -> tuple[dict, bytes]:
    a = np.clip(img + 0.5, 0, 255).astype(np.uint8)
    im = Image.fromarray(a, "RGB" if a.ndim == 3 else "L")
    buf = io.BytesIO()
    kw = {"subsampling": sub} if a.ndim == 3 else {}
    im.save(buf, "JPEG", quality=int(q), optimize=False, progressive=False, **kw)
    cs = "/DeviceRGB" if a.ndim == 3 else "/DeviceGray"
    return (
        {"w": im.width, "h": im.height, "cs": cs, "bpc": 8, "filter": "/DCTDecode", "parms": ""},
        buf.getvalue(),
    )


def enc_g4(bits: np.ndarray) -> tuple[dict, bytes]:
    """bits: bool array, True = white. CCITT G4 via Pillow/libtiff, flate 1-bit fallback."""
    im = Image.fromarray(np.where(bits, 255, 0).astype(np.uint8), "L").convert(
        "1", dither=Image.NONE
    )
    try:
        buf = io.BytesIO()
        im.save(buf, "TIFF", compression="group4", tiffinfo={278: im.height})
        buf.seek(0)
        t = Image.open(buf)
        offs, cnts = t.tag_v2[273], t.tag_v2[279]
        photometric = t.tag_v2.get(262, 0)
        if len(offs) == 1:
            data = buf.getvalue()[offs[0] : offs[0] + cnts[0]]
            black1 = "true" if photometric == 1 else "false"
            return (
                {
                    "w": im.width,
                    "h": im.height,
                    "cs": "/DeviceGray",
                    "bpc": 1,
                    "filter": "/CCITTFaxDecode",
                    "parms": f"/DecodeParms << /K -1 /Columns {im.width} /Rows {im.height}"
                    f" /BlackIs1 {black1} >>",
                },
                data,
            )
    except Exception:  # pragma: no cover - libtiff missing
        pass
    return (
        {
            "w": im.width,
            "h": im.height,
            "cs": "/DeviceGray",
            "bpc": 1,
            "filter": "/FlateDecode",
            "parms": "",
        },
        zlib.compress(im.tobytes(), 9),
    )


def write_pdf(path: Path, pages: list[tuple[float, float, dict, bytes]]) -> None:
    objs: list[bytes] = []
    n = len(pages)
    kids = " ".join(f"{3 + 3 * i} 0 R" for i in range(n))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode())
    for i, (w, h, meta, data) in enumerate(pages):
        cno, ino = 4 + 3 * i, 5 + 3 * i
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w:.4f} {h:.4f}] "
            f"/Resources << /XObject << /Im0 {ino} 0 R >> >> /Contents {cno} 0 R >>".encode()
        )
        content = f"q {w:.4f} 0 0 {h:.4f} 0 0 cm /Im0 Do Q".encode()
        objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        head = (
            f"<< /Type /XObject /Subtype /Image /Width {meta['w']} /Height {meta['h']} "
            f"/ColorSpace {meta['cs']} /BitsPerComponent {meta['bpc']} /Filter {meta['filter']} "
            f"{meta['parms']} /Length {len(data)} >>\nstream\n"
        ).encode()
        objs.append(head + data + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


# ----------------------------------------------------------------------------- placement
def mm(v: float, dpi: int) -> float:
    return v / 25.4 * dpi


def levels(g: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return np.clip((g - lo) * (255.0 / (hi - lo)), 0, 255)


def stamp_spot(lay: dict, rng) -> tuple[int, float, float, float]:
    """(page index, cx, cy, diameter) in points: over the last table rows and the signer."""
    diam = mm(rng.uniform(38, 42), 72)
    r = diam / 2
    sig, tbl = lay["sig"], lay["table"]
    if sig:
        cx = sig["x0"] + 0.35 * r + rng.uniform(-6, 6)
        cy = sig["gap_y"]
        if tbl and tbl["page"] == sig["page"]:  # reach up into the table's last rows
            cy = min(cy, tbl["bottom"] + rng.uniform(0.05, 0.3) * r)
        return sig["page"], cx, cy, diam
    if tbl:
        return tbl["page"], tbl["x1"] - 1.6 * r, tbl["bottom"] + 0.2 * r, diam
    pg = lay["pages"][-1]
    return len(lay["pages"]) - 1, 0.7 * pg["W"], 0.8 * pg["H"], diam


def stamp_texts(lay: dict) -> tuple[str, str]:
    sig = lay["sig"] or {}
    place = (sig.get("place") or "").upper()
    top = f"PEMERINTAH DAERAH {place}".strip() if place else "PEMERINTAH DAERAH"
    org = (sig.get("org") or "").upper().replace(",", "")
    for junk in ("A.N.", "KEPALA ", "SEKRETARIS", "PLT.", "PLH."):
        org = org.replace(junk, " ")
    org = " ".join(org.split())[:26] or "SEKRETARIAT"
    return top[:34], org


def sig_zone(lay: dict) -> tuple[int, float, float, float, float] | None:
    sig = lay["sig"]
    if not sig:
        return None
    wdt = min(sig["x1"] - sig["x0"], 150.0)
    cx = (sig["x0"] + sig["x1"]) / 2
    return sig["page"], cx, sig["gap_y"], wdt * 0.9, max(sig["gap_h"], 18.0) * 1.15


# ----------------------------------------------------------------------------- recipes
def r_mfp(pdf, lay, rng):
    dpi = 200
    deg = float(rng.uniform(0.5, 1.5) * rng.choice([-1, 1]))
    q = int(rng.integers(45, 56))
    tint = np.array([1.0, 0.985, 0.955], np.float32)
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi, False) @ np.array([0.299, 0.587, 0.114], np.float32)
        g = 14 + g * ((244 - 14) / 255.0)
        rgb = g[..., None] * tint
        rgb = skew(rgb, deg, 244 * tint)
        rgb = rgb + 0.8 * (rgb - gblur(rgb, 1.6))  # MFP sharpening: halos around strokes
        rgb += rng.normal(0, 2.5, rgb.shape).astype(np.float32)
        out.append(rgb)
    return dict(
        imgs=out,
        enc="jpeg",
        q=q,
        sub=2,
        dpi=dpi,
        features=[
            "mfp_gray_200dpi",
            "skew",
            "jpeg_q45_55",
            "chroma_420",
            "unsharp_halo",
            "sensor_noise",
        ],
        params=f"skew {deg:+.2f} deg, JPEG q{q} 4:2:0, unsharp sigma 1.6 amount 0.8",
    )


def _bayer(n=8):
    m = np.array([[0, 2], [3, 1]])
    while m.shape[0] < n:
        m = np.block([[4 * m, 4 * m + 2], [4 * m + 3, 4 * m + 1]])
    return (m + 0.5) / (n * n)


def r_fax(pdf, lay, rng):
    dpi = 200
    deg = float(rng.uniform(0.3, 1.0) * rng.choice([-1, 1]))
    fs = bool(rng.random() < 0.5)
    day, mon, hh, mi = (
        int(rng.integers(1, 28)),
        int(rng.integers(1, 13)),
        int(rng.integers(7, 16)),
        int(rng.integers(0, 60)),
    )
    n = len(lay["pages"])
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi, True)
        hdr = Image.new("L", (g.shape[1], g.shape[0]), 0)
        font = ImageFont.truetype(FONT_BOLD, int(mm(2.3, dpi)))
        ImageDraw.Draw(hdr).text(
            (mm(8, dpi), mm(3, dpi)),
            f"{day:02d}/{mon:02d}  {hh:02d}:{mi:02d}   SCAN-TO-EMAIL   HAL. {i + 1:02d}/{n:02d}",
            font=font,
            fill=255,
        )
        g = g * (1 - np.asarray(hdr, np.float32) / 255.0)
        g = skew(g, deg, 255)
        g = gblur(g, 0.5)
        g = levels(g, 70, 236)
        if fs:
            bits = np.asarray(Image.fromarray(g.astype(np.uint8), "L").convert("1")).astype(bool)
        else:
            b = _bayer(8) * 255
            th = np.tile(b, (g.shape[0] // 8 + 1, g.shape[1] // 8 + 1))[: g.shape[0], : g.shape[1]]
            bits = g > th
        h, w = bits.shape
        for _ in range(int(rng.integers(2, 6))):  # scan-line dropouts
            row = int(rng.integers(0, h))
            x0 = int(rng.integers(0, w // 2))
            bits[row, x0 : x0 + int(rng.integers(w // 6, w // 2))] = True
        k = int(rng.integers(150, 450))
        bits[rng.integers(0, h, k), rng.integers(0, w, k)] = False
        out.append(bits)
    return dict(
        imgs=out,
        enc="g4",
        dpi=dpi,
        q=None,
        features=[
            "bilevel_200dpi",
            "dither_floyd_steinberg" if fs else "dither_ordered_bayer",
            "ccitt_g4",
            "skew",
            "scanline_dropout",
            "fax_header_line",
        ],
        params=f"skew {deg:+.2f} deg, "
        f"{'Floyd-Steinberg' if fs else 'ordered 8x8 Bayer'} dithering, CCITT G4",
    )


def r_photocopy(pdf, lay, rng):
    dpi = 300
    deg = float(rng.uniform(0.2, 0.8) * rng.choice([-1, 1]))
    side = int(rng.integers(0, 4))
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi, True)
        h, w = g.shape
        # generation 1: contrast boost, soft optics, toner dropout in strokes
        g = gblur(levels(g, 45, 232), 0.7)
        speck = (rng.random(g.shape) < 0.022).astype(np.uint8)
        speck = cv2.dilate(speck, np.ones((2, 2), np.uint8)).astype(bool)
        drop = speck & (g < 150)
        g[drop] = rng.uniform(165, 255, int(drop.sum())).astype(np.float32)
        # faint, partly vanished horizontal rules
        dark = (g < 170).astype(np.uint8)
        rules = cv2.morphologyEx(
            dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(mm(25, dpi)), 1))
        )
        rules = cv2.dilate(rules, np.ones((3, 1), np.uint8)).astype(bool)
        vanish = smooth_noise(rng, g.shape, 160) > 0.05
        fac = np.where(vanish, 0.10, 0.55).astype(np.float32)
        g = np.where(rules, 255 - (255 - g) * fac, g)
        # generation 2: copy again, darker, speckled margins, lid-edge shadow
        g = levels(gblur(g, 0.6), 25, 242)
        g = g - 9 * (1 + smooth_noise(rng, g.shape, 300)) * (g / 255.0)  # toner haze
        ys, xs = np.nonzero(g < 128)
        pad = mm(3, dpi)
        bx0, bx1 = (xs.min() - pad, xs.max() + pad) if len(xs) else (0, w)
        by0, by1 = (ys.min() - pad, ys.max() + pad) if len(ys) else (0, h)
        spk = np.zeros((h, w), np.uint8)
        for _ in range(int(rng.integers(300, 700))):
            x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
            inside = bx0 < x < bx1 and by0 < y < by1
            if inside and rng.random() > 0.08:
                continue
            rad = int(rng.integers(1, 4)) if not inside else 1
            cv2.circle(spk, (x, y), rad, int(rng.integers(150, 235)), -1)
        g = g * (1 - gblur(spk.astype(np.float32), 0.6) / 255.0)
        yy, xx = np.mgrid[0:h, 0:w]
        dist = [xx, w - 1 - xx, yy, h - 1 - yy][side].astype(np.float32)
        g = g * (1 - 0.5 * np.exp(-dist / mm(1.6, dpi)))
        g = skew(g, deg, 250)
        g += rng.normal(0, 3, g.shape).astype(np.float32)
        out.append(g)
    return dict(
        imgs=out,
        enc="jpeg",
        q=60,
        sub=2,
        dpi=dpi,
        features=[
            "photocopy_2gen_300dpi",
            "contrast_boost",
            "toner_dropout",
            "faint_broken_rules",
            "margin_speckles",
            "edge_shadow",
            "skew",
            "jpeg",
        ],
        params=f"skew {deg:+.2f} deg, "
        f"lid shadow on {['left', 'right', 'top', 'bottom'][side]} edge, JPEG q60",
    )


def r_stamp(pdf, lay, rng):
    dpi_in, dpi = 300, 150
    k = dpi_in / 72.0
    ppm = mm(1, dpi_in)
    deg = float(rng.uniform(0.3, 0.9) * rng.choice([-1, 1]))
    spage, scx, scy, sdiam = stamp_spot(lay, rng)
    top, bottom = stamp_texts(lay)
    stamp = stamp_mask(int(sdiam * k), top, bottom, rng)
    zone = sig_zone(lay)
    pen = (25, 35, 120) if rng.random() < 0.6 else (30, 30, 36)
    out = []
    for i in range(len(lay["pages"])):
        img = render(pdf, i + 1, dpi_in, False)
        pg = lay["pages"][i]
        if zone and zone[0] == i:
            ink(
                img,
                signature_mask(
                    img.shape, zone[1] * k, zone[2] * k, zone[3] * k, zone[4] * k, ppm, rng
                ),
                pen,
                0.92,
            )
        if spage == i:
            m = np.zeros(img.shape[:2], np.float32)
            paste_mask(m, stamp, scx * k, scy * k)
            ink(img, m, (40, 70, 180), 0.85)
        px = (pg["W"] - mm(24, 72) + rng.uniform(-8, 8)) * k
        py = (pg["H"] - mm(13, 72) + rng.uniform(-5, 5)) * k
        ink(img, paraf_mask(img.shape, px, py, ppm, rng), pen, 0.9)
        img = skew(img * np.array([0.99, 0.98, 0.955], np.float32), deg, (250, 247, 240))
        W, H = int(round(pg["W"] * dpi / 72)), int(round(pg["H"] * dpi / 72))
        img = cv2.resize(img, (W, H), interpolation=cv2.INTER_AREA)
        img = gblur(img, 0.45) + rng.normal(0, 2.0, (H, W, 3)).astype(np.float32)
        out.append(img)
    return dict(
        imgs=out,
        enc="jpeg",
        q=72,
        sub=2,
        dpi=dpi,
        features=[
            "color_150dpi",
            "stamp_round_blue",
            "stamp_over_last_rows",
            "signature_pen",
            "paraf_every_page",
            "skew",
            "jpeg",
        ],
        params=f"skew {deg:+.2f} deg, "
        f"stamp {sdiam / 72 * 25.4:.0f} mm on page {spage + 1}, JPEG q72",
    )


def r_aged(pdf, lay, rng):
    dpi = 240
    k = dpi / 72.0
    ppm = mm(1, dpi)
    deg = float(rng.uniform(0.3, 1.0) * rng.choice([-1, 1]))
    rows = lay["rows"]
    picks = []
    if rows:
        n = 1 if (len(rows) < 3 or rng.random() < 0.4) else 2
        idx = sorted(rng.choice(len(rows), size=n, replace=False).tolist())
        picks = [rows[j] for j in idx]
    colour = (255, 238, 50) if rng.random() < 0.6 else (140, 240, 120)
    out = []
    for i in range(len(lay["pages"])):
        img = render(pdf, i + 1, dpi, False)
        h, w = img.shape[:2]
        img = 38 + img * ((255 - 38) / 255.0)  # faded toner
        for r in [r for r in picks if r["page"] == i]:
            hm = Image.new("L", (w, h), 0)
            lh = max(r["line_h"], 7.0)
            y0 = (r["text_top"] - 0.3 * lh) * k
            y1 = (r["text_top"] + lh * (2.5 if rng.random() < 0.5 else 1.3)) * k
            x0 = (r["x0"] + rng.uniform(2, 30)) * k
            x1 = (r["x1"] - rng.uniform(2, 60)) * k
            tilt = rng.uniform(-0.006, 0.006) * (x1 - x0)
            ImageDraw.Draw(hm).polygon(
                [(x0, y0), (x1, y0 + tilt), (x1, y1 + tilt), (x0, y1)], fill=255
            )
            a = gblur(np.asarray(hm, np.float32), 1.5) * (
                0.85 + 0.15 * smooth_noise(rng, (h, w), 40)
            )
            ink(img, a, colour, 0.55)
            hl = lay["pages"][i]["hl"]
            left, right = min(x[0] for x in hl), max(x[1] for x in hl)
            tx = (left - 14) if left > 26 else min(right + 14, lay["pages"][i]["W"] - 10)
            ink(
                img,
                tick_mask(img.shape, tx * k, (r["text_top"] + lh / 2) * k, ppm, rng),
                (30, 40, 130),
                0.9,
            )
        paper = np.array([248, 237, 206], np.float32) / 255.0
        blot = 1 + 0.035 * smooth_noise(rng, (h, w), 220)
        img = img * paper * blot[..., None]
        fox = np.zeros((h, w), np.uint8)
        for _ in range(int(rng.integers(4, 12))):
            cv2.circle(
                fox,
                (int(rng.integers(0, w)), int(rng.integers(0, h))),
                int(mm(rng.uniform(0.8, 3), dpi)),
                int(rng.integers(50, 110)),
                -1,
            )
        ink(img, gblur(fox.astype(np.float32), mm(1, dpi)), (150, 100, 50), 1.0)
        img = skew(img, deg, paper * 255)
        img += rng.normal(0, 2.5, img.shape).astype(np.float32)
        out.append(img)
    name = "yellow" if colour[2] < 100 else "green"
    return dict(
        imgs=out,
        enc="jpeg",
        q=66,
        sub=2,
        dpi=dpi,
        features=[
            "aged_paper_color_240dpi",
            "highlighter_rows",
            "pen_tick_margin",
            "foxing",
            "skew",
            "jpeg",
        ],
        params=f"skew {deg:+.2f} deg, {len(picks)} {name} highlighter stripe(s) on page(s) "
        f"{sorted({p['page'] + 1 for p in picks})}, JPEG q66",
    )


def r_fold(pdf, lay, rng):
    dpi = 300
    deg = float(rng.uniform(0.2, 0.7) * rng.choice([-1, 1]))
    frac = float(rng.uniform(0.42, 0.58))
    tbl_x0 = lay["table"]["x0"] if lay["table"] else 40.0
    hole_x = max(4.5, min(7.0, tbl_x0 / 72 * 25.4 - 4.0))
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi, True)
        h, w = g.shape
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        xc = frac * w + 4 * np.sin(yy / h * math.pi * 1.3)
        d = xx - xc
        fac = 1 - 0.28 * np.exp(-((d / 2.6) ** 2))
        fac -= 0.08 * np.exp(-np.maximum(-d, 0) / mm(4, dpi)) * (d < 0)
        fac += 0.03 * np.exp(-np.maximum(d - 4, 0) / mm(1.5, dpi)) * (d > 4)
        fac *= np.where(d > 0, 0.965, 1.0)
        g = g * fac
        # staple at top-left with its shadow
        ang = math.radians(rng.uniform(-50, -30))
        sx, sy = mm(rng.uniform(9, 14), dpi), mm(rng.uniform(7, 11), dpi)
        ex, ey = sx + mm(12, dpi) * math.cos(ang), sy - mm(12, dpi) * math.sin(ang)
        sh = np.zeros((h, w), np.uint8)
        off = int(mm(0.7, dpi))
        cv2.line(
            sh,
            (int(sx) + off, int(sy) + off),
            (int(ex) + off, int(ey) + off),
            255,
            int(mm(1.4, dpi)),
        )
        g = g * (1 - 0.35 * gblur(sh.astype(np.float32), mm(0.5, dpi)) / 255.0)
        body = np.zeros((h, w), np.uint8)
        cv2.line(body, (int(sx), int(sy)), (int(ex), int(ey)), 255, int(mm(0.8, dpi)))
        g = g * (1 - 0.65 * gblur(body.astype(np.float32), 0.8) / 255.0)
        hi = np.zeros((h, w), np.uint8)
        cv2.line(hi, (int(sx), int(sy)), (int(ex), int(ey)), 255, max(1, int(mm(0.2, dpi))))
        g = np.maximum(g, hi.astype(np.float32) * 0.62)
        # two punch holes, 80 mm apart, centred on the left margin
        holes = np.zeros((h, w), np.uint8)
        for dy in (-40, 40):
            cx, cy = int(mm(hole_x, dpi)), int(h / 2 + mm(dy, dpi))
            cv2.circle(holes, (cx, cy), int(mm(3, dpi)), 255, -1)
        hm = gblur(holes.astype(np.float32), mm(0.35, dpi)) / 255.0
        g = g * (1 - 0.62 * hm)
        g = skew(g, deg, 248)
        g += rng.normal(0, 2.5, g.shape).astype(np.float32)
        out.append(g)
    return dict(
        imgs=out,
        enc="jpeg",
        q=58,
        sub=2,
        dpi=dpi,
        features=["gray_300dpi", "fold_crease", "staple_shadow", "punch_holes", "skew", "jpeg"],
        params=f"skew {deg:+.2f} deg, crease at {frac * 100:.0f}% of width, JPEG q58",
    )


def r_vignette(pdf, lay, rng):
    dpi = 200
    deg = -1.8
    side = int(rng.integers(0, 4))
    depth = float(rng.uniform(0.22, 0.30))
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi, True)
        h, w = g.shape
        g = skew(g, deg, 252)
        g = gblur(g, 0.8)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        t = [1 - xx / w, xx / w, 1 - yy / h, yy / h][side]
        across = [yy / h, yy / h, xx / w, xx / w][side]
        f = 1 - depth * t**2.2 - 0.05 * (2 * across - 1) ** 2
        g = g * f
        g += rng.normal(0, 2.0, g.shape).astype(np.float32)
        out.append(g)
    return dict(
        imgs=out,
        enc="jpeg",
        q=72,
        sub=2,
        dpi=dpi,
        features=["gray_200dpi", "vignetting", "gaussian_blur", "skew", "jpeg"],
        params=f"skew -1.80 deg, blur sigma 0.8, {depth * 100:.0f}% falloff toward "
        f"{['left', 'right', 'top', 'bottom'][side]} edge, JPEG q72",
    )


def r_down(pdf, lay, rng):
    dpi_in, dpi = 600, 150
    ang = rng.uniform(0, 2 * math.pi)
    dist = rng.uniform(2, 5)
    dx_mm, dy_mm = dist * math.cos(ang), dist * math.sin(ang)
    lid = float(rng.uniform(195, 215))
    out = []
    for i in range(len(lay["pages"])):
        g = render(pdf, i + 1, dpi_in, True)
        h, w = g.shape
        dx, dy = int(round(mm(dx_mm, dpi_in))), int(round(mm(dy_mm, dpi_in)))
        canvas = np.full((h, w), lid, np.float32)
        src = g[max(0, -dy) : h - max(0, dy), max(0, -dx) : w - max(0, dx)]
        canvas[max(0, dy) : max(0, dy) + src.shape[0], max(0, dx) : max(0, dx) + src.shape[1]] = src
        del g
        edge = np.zeros((h, w), np.uint8)  # thin shadow along the paper edge
        cv2.rectangle(edge, (dx, dy), (dx + w - 1, dy + h - 1), 255, int(mm(0.4, dpi_in)))
        canvas *= 1 - 0.35 * gblur(edge.astype(np.float32), mm(0.4, dpi_in)) / 255.0
        pg = lay["pages"][i]
        W, H = int(round(pg["W"] * dpi / 72)), int(round(pg["H"] * dpi / 72))
        small = cv2.resize(canvas, (W, H), interpolation=cv2.INTER_LINEAR)
        small += rng.normal(0, 1.5, small.shape).astype(np.float32)
        out.append(small)
    return dict(
        imgs=out,
        enc="jpeg",
        q=70,
        sub=2,
        dpi=dpi,
        features=["scan600_saved150", "bilinear_downscale", "offcentre_shift", "jpeg_q70"],
        params=f"shift {dx_mm:+.1f}/{dy_mm:+.1f} mm (x/y), lid grey {lid:.0f}, JPEG q70",
    )


RECIPES = [
    (
        "mfp200",
        r_mfp,
        "Office MFP greyscale 200 dpi, JPEG q45-55 4:2:0, skew 0.5-1.5 deg, unsharp halo",
    ),
    (
        "fax200",
        r_fax,
        "Fax / scan-to-email bilevel 200 dpi, dithered greys, CCITT G4, line dropouts",
    ),
    (
        "copy300",
        r_photocopy,
        "Photocopy of a photocopy 300 dpi: contrast, toner dropout, vanished rules, speckles",
    ),
    (
        "stamp150",
        r_stamp,
        "Colour 150 dpi: blue round stamp over last rows + signature, paraf on every page",
    ),
    (
        "aged240",
        r_aged,
        "Aged yellow paper colour 240 dpi, highlighter over table rows, pen tick in margin",
    ),
    ("fold300", r_fold, "Greyscale 300 dpi: vertical fold crease, staple shadow, two punch holes"),
    (
        "vign200",
        r_vignette,
        "Greyscale 200 dpi: illumination falloff toward one edge, blur 0.8 px, skew -1.8 deg",
    ),
    ("down150", r_down, "Scanned 600 dpi, saved 150 dpi (bilinear) JPEG q70, page shifted 2-5 mm"),
]


# ----------------------------------------------------------------------------- driver
def seed_for(name: str) -> int:
    return int(hashlib.sha256(("scan-third:" + name).encode()).hexdigest()[:16], 16)


def encode_all(res: dict, lay: dict, out_path: Path) -> tuple[int, int | None]:
    """Write the PDF; lower JPEG quality (then resolution, x0.8) until it fits MAX_BYTES."""
    q = res["q"]
    while True:
        pages = []
        for img, pg in zip(res["imgs"], lay["pages"], strict=True):
            meta, data = enc_g4(img) if res["enc"] == "g4" else enc_jpeg(img, q, res["sub"])
            pages.append((pg["W"], pg["H"], meta, data))
        write_pdf(out_path, pages)
        size = out_path.stat().st_size
        if size <= MAX_BYTES or q is None:
            return size, q
        if q > 36:
            q -= 7
            continue
        res["imgs"] = [
            cv2.resize(im, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA) for im in res["imgs"]
        ]
        res["dpi"] = int(round(res["dpi"] * 0.8))
        res["params"] += f"; stored at {res['dpi']} dpi for size"
        q = 50


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--manifest", required=True, type=Path)
    ap.add_argument("--base", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--kind", required=True)
    ap.add_argument("--expected-prefix", default="")
    a = ap.parse_args(argv)
    entries = json.loads(a.manifest.read_text())
    entries = sorted(entries, key=lambda e: Path(e["pdf"]).name)
    a.out.mkdir(parents=True, exist_ok=True)
    manifest, rows = [], []
    for n, e in enumerate(entries):
        src = a.base / e["pdf"]
        stem = Path(e["pdf"]).stem
        tag, fn, _desc = RECIPES[n % len(RECIPES)]
        rng = np.random.default_rng(seed_for(stem))
        lay = analyse(src)
        res = fn(src, lay, rng)
        fname = f"{stem}__{tag}.pdf"
        size, q = encode_all(res, lay, a.out / fname)
        manifest.append(
            {
                "pdf": f"{a.out.name}/{fname}",
                "expected": a.expected_prefix + e["expected"],
                "kind": a.kind,
                "producer": "scan-third",
                "source_pdf": a.expected_prefix + e["pdf"],
                "features": res["features"],
                "text_source": "ocr",
            }
        )
        params = res["params"] + (
            f" (JPEG lowered to q{q} for size)" if q is not None and q != res["q"] else ""
        )
        rows.append(
            (fname, tag, len(lay["pages"]), res["dpi"], size, params, ", ".join(res["features"]))
        )
        print(f"{fname}: {tag} {len(lay['pages'])}p {size / 1024:.0f} KiB")
    (a.out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    (a.out / "README.md").write_text(readme(a, rows))


def readme(a, rows) -> str:
    lines = [
        f"# Scanned variants ({a.kind}) - producer `scan-third`",
        "",
        "Generated by `python -m samples.generate.scan_third` from "
        f"`{a.manifest.name}` ({len(rows)} born-digital PDFs). "
        "Each PDF is image-only (one image per",
        "page, no text layer, no fonts; page size in points equals the original). Deterministic:",
        "the random generator is seeded from the file name and the PDF writer emits no dates/IDs.",
        "",
        "Written by someone who had read neither the parser nor the other scan generators, to",
        "measure the OCR path at first contact; docs/benchmarks.md gives that measurement and",
        "what was fixed after it (from then on the set is no longer unseen).",
        "",
        "## Degradation model",
        "",
        "Pages are rasterised with poppler `pdftoppm`, then processed in two stages, as a real",
        "document travels: *paper* effects first (ink stamp, pen signature, paraf, highlighter,",
        "tick marks, aged/foxed paper, fold crease, staple, punch holes, photocopy generations),",
        "then *scanner* effects (placement skew <= 2 degrees, page offset, optics blur, uneven",
        "illumination, sensor noise, resampling, JPEG/bilevel storage). "
        "Ink is multiply-blended, so",
        "printed text under a stamp or highlighter stays dark. Stamps and signatures are placed",
        "from the original layout (pdfplumber): the stamp straddles the lowest table rule of the",
        "table's last page and the signer block found above the `NIP` line; the signature fills",
        "the blank gap between the signer's title and name.",
        "",
        "Recipes are assigned by cycling over the files in sorted name order:",
        "",
    ]
    for k, (tag, _, desc) in enumerate(RECIPES, 1):
        lines.append(f"{k}. `{tag}` - {desc}")
    lines += [
        "",
        "## Files",
        "",
        "| file | recipe | pages | dpi | size | parameters | feature tags |",
        "|---|---|---|---|---|---|---|",
    ]
    for fname, tag, np_, dpi, size, params, feats in rows:
        lines.append(
            f"| {fname} | {tag} | {np_} | {dpi} | {size / 1024:.0f} KiB | {params} | {feats} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
