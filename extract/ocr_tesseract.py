"""Tesseract through its command line: one run per page image, words with boxes back.

The ``tesseract`` binary is called directly (no Python binding to install): the page
image goes in on stdin as PGM, TSV comes back on stdout. Whether Tesseract is installed
is answered in one place, :func:`tesseract_missing`, which the CLI calls too.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from extract.errors import UnreadablePdf

TESSERACT_MISSING = (
    "Tesseract tidak terpasang: halaman hasil pindaian tidak dapat dibaca "
    "(apt-get install tesseract-ocr tesseract-ocr-ind)"
)
LANGUAGES = "ind+eng"
# Page segmentation 11 (sparse text: find as much text as possible, no block layout).
# Measured on the scanned samples with the rules erased: as fast as 3 (1.4-2.3 s of CPU
# per page), higher word confidence, and 3 dropped a whole blurred table page as a
# picture (66 words read of ~420); cells are rebuilt from boxes, so 11's lack of a
# reading order costs nothing.
PSM = 11
# A page must not hang a batch: dense pages take 2-4 s, so a minute means a stuck engine.
TIMEOUT_SECONDS = 120


@dataclass(frozen=True)
class OcrWord:
    """A word in image pixels with Tesseract's confidence (0-100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    page: int = 1  # which image, when several were read in one run
    # Tesseract's text line within the image (block, paragraph, line as one number); 0
    # when not kept
    line: int = 0


def tesseract_missing() -> str | None:
    """The one-line reason OCR cannot run here, or None when Tesseract is installed."""
    return None if shutil.which("tesseract") else TESSERACT_MISSING


def parse_tsv(tsv: str) -> list[OcrWord]:
    """Word rows (level 5) of Tesseract's TSV output; empty and unrecognised ones dropped."""
    words: list[OcrWord] = []
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        conf = float(row.get("conf") or -1)
        if conf < 0:
            continue
        words.append(
            OcrWord(
                text,
                int(row["left"]),
                int(row["top"]),
                int(row["width"]),
                int(row["height"]),
                conf,
                int(row.get("page_num") or 1),
                _line_key(row),
            )
        )
    return _untangled(words)


def _untangled(words: list[OcrWord]) -> list[OcrWord]:
    """``words`` with a box that swallowed its line's neighbours cut back to the gap
    between them.

    Tesseract lists a line's words in reading order, but a word touching an underline
    (a signer's name) can get the underline's box: "SAEPULLOH," spanning "Drs. H. ASEP
    ... M.Si.", which put it first when the line was ordered by position. Its place is
    between the words Tesseract read before and after it.
    """
    out = list(words)
    lines: dict[tuple[int, int], list[int]] = {}
    for i, w in enumerate(out):
        lines.setdefault((w.page, w.line), []).append(i)
    for line in lines.values():
        for k, i in enumerate(line):
            w = out[i]
            others = (out[j] for j in line if j != i)
            if not any(w.left < v.left + v.width / 2 < w.left + w.width for v in others):
                continue
            before = words[line[k - 1]] if k > 0 else None
            after = words[line[k + 1]] if k + 1 < len(line) else None
            left = before.left + before.width + 1 if before is not None else w.left
            right = after.left - 1 if after is not None else w.left + w.width
            if w.left <= left < right <= w.left + w.width:
                out[i] = replace(w, left=left, width=right - left)
    return out


def _line_key(row: dict[str, str]) -> int:
    block, par, line = (int(row.get(k) or 0) for k in ("block_num", "par_num", "line_num"))
    return block * 10_000 + par * 100 + line


def _command(source: str, dpi: int, psm: int, languages: str) -> list[str]:
    return [
        "tesseract",
        source,
        "stdout",
        "-l",
        languages,
        "--psm",
        str(psm),
        "--dpi",
        str(dpi),
        # keep the spacing inside a line; never try inverted text (costs time, no gain
        # on black-on-white forms)
        "-c",
        "preserve_interword_spaces=1",
        "-c",
        "tessedit_do_invert=0",
        "tsv",
    ]


def _run(command: list[str], stdin: bytes | None) -> list[OcrWord]:
    missing = tesseract_missing()
    if missing:
        raise UnreadablePdf(missing)
    # one engine thread per page: the batch runs files in parallel already
    env = dict(os.environ, OMP_THREAD_LIMIT=os.environ.get("OMP_THREAD_LIMIT", "1"))
    try:
        proc = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise UnreadablePdf(f"OCR melebihi batas waktu {TIMEOUT_SECONDS} detik") from exc
    if proc.returncode != 0:
        reason = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        raise UnreadablePdf(f"Tesseract gagal: {' '.join(reason) or proc.returncode}")
    return parse_tsv(proc.stdout.decode("utf-8", "replace"))


def run_tesseract(
    image: npt.NDArray[np.uint8], dpi: int, *, psm: int = PSM, languages: str = LANGUAGES
) -> list[OcrWord]:
    """OCR one grayscale page image; ``UnreadablePdf`` when Tesseract is missing or fails."""
    ok, encoded = cv2.imencode(".pgm", image)
    if not ok:
        raise UnreadablePdf("gambar halaman tidak dapat disiapkan untuk OCR")
    return _run(_command("stdin", dpi, psm, languages), encoded.tobytes())


def run_tesseract_many(
    images: Sequence[npt.NDArray[np.uint8]], dpi: int, *, psm: int, languages: str = LANGUAGES
) -> list[list[OcrWord]]:
    """OCR several small images in one run (one engine start); words per image, in order.

    Tesseract reads a list file of image paths as a multi-page input, each image with
    its own layout analysis: what a single token needs that a strip of them does not get.
    """
    if not images:
        return []
    with tempfile.TemporaryDirectory(prefix="ra-ocr-") as tmp:
        paths = []
        for i, image in enumerate(images):
            path = Path(tmp) / f"{i:04d}.png"
            cv2.imwrite(str(path), image)
            paths.append(str(path))
        listing = Path(tmp) / "images.txt"
        listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
        words = _run(_command(str(listing), dpi, psm, languages), None)
    out: list[list[OcrWord]] = [[] for _ in images]
    for w in words:
        if 1 <= w.page <= len(images):
            out[w.page - 1].append(w)
    return out
