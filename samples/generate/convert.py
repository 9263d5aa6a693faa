"""LibreOffice conversion to PDF and fixed PDF metadata for reproducible output."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

# SOURCE_DATE_EPOCH-style fixed timestamp written into every PDF (2024-03-01 08:00:00 UTC).
SOURCE_DATE_EPOCH = 1709280000
PDF_DATE = b"D:20240301080000Z"

_DATE_RE = re.compile(rb"/(CreationDate|ModDate)(\s*)\((D:[0-9]{14}[^)]*)\)")
_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")
_CHECKSUM_RE = re.compile(rb"/DocChecksum\s*/([0-9A-Fa-f]+)")


class ConversionError(RuntimeError):
    """LibreOffice did not produce the expected PDF."""


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ConversionError("LibreOffice not found: install libreoffice-writer-nogui/-calc-nogui")


def soffice_to_pdf(sources: list[Path], outdir: Path, profile: Path) -> list[Path]:
    """Convert ``sources`` (.docx/.xlsx) to PDF in ``outdir`` with a private LO profile."""
    if not sources:
        return []
    outdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH=str(SOURCE_DATE_EPOCH))
    cmd = [
        soffice_binary(),
        f"-env:UserInstallation={profile.resolve().as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *(str(s) for s in sources),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900, check=False)
    outputs = [outdir / f"{s.stem}.pdf" for s in sources]
    missing = [p.name for p in outputs if not p.exists()]
    if proc.returncode != 0 or missing:
        raise ConversionError(
            f"soffice failed (rc={proc.returncode}, missing {missing}): "
            f"{proc.stderr.strip()[-500:]}"
        )
    return outputs


def _fixed_date(match: re.Match[bytes]) -> bytes:
    # same length, whitespace kept: every byte offset (the xref table) must stay right
    original = match.group(3)
    new = PDF_DATE + b"'"
    new = new[: len(original)].ljust(len(original), b" ")
    return b"/" + match.group(1) + match.group(2) + b"(" + new + b")"


def fix_pdf_metadata(path: Path) -> None:
    """Replace the dates, /ID and /DocChecksum of a PDF in place, keeping every byte offset.

    LibreOffice stamps the conversion time into the PDF; reportlab is run with
    ``invariant=1`` and already writes fixed values.
    """
    data = _DATE_RE.sub(_fixed_date, path.read_bytes())
    spans = [m.span(g) for m in _ID_RE.finditer(data) for g in (1, 2)]
    spans += [m.span(1) for m in _CHECKSUM_RE.finditer(data)]
    blank = bytearray(data)
    for start, end in spans:
        blank[start:end] = b"0" * (end - start)
    digest = hashlib.md5(bytes(blank), usedforsecurity=False).hexdigest().upper().encode()
    for start, end in spans:
        blank[start:end] = digest[: end - start].ljust(end - start, b"0")
    path.write_bytes(bytes(blank))
