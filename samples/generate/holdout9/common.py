"""Helpers shared by the three producers: item markers, cell texts, LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Doc, Finding, Rec, roman

HEADERS_4 = ["NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI"]


def marker(doc: Doc, f: Finding, i: int) -> str:
    """The item number printed before recommendation i (1-based) of finding f."""
    if doc.num == 902:
        return f"{roman(i)}."
    if doc.num == 904:
        return f"{f.kode}.{i}"
    return f"{i}."


def rec_cells(doc: Doc, f: Finding, i: int, r: Rec, wide: bool | None = None) -> list[str]:
    """Printed cells of one recommendation row after NO and HASIL."""
    m = marker(doc, f, i)
    cells = [f"{m} {r.rek}", f"{m} {r.ra}"]
    if doc.layout == "monitoring" if wide is None else wide:
        cells += [
            r.target or "",
            r.waktu[0] if r.waktu else "",
            r.pj or "",
            r.status[0] if r.status else "",
            r.link[1] if r.link else "",
        ]
    return cells


def finding_rows(doc: Doc, f: Finding, wide: bool | None = None) -> list[list[str]]:
    """Printed cells of every row of a finding (after NO and HASIL)."""
    wide = doc.layout == "monitoring" if wide is None else wide
    if not f.recs:
        rek, ra = f.no_rec_text or ("", "")
        blank = ["", "", "", "", ""] if wide else []
        return [[rek, ra, *blank]]
    return [rec_cells(doc, f, i, r, wide) for i, r in enumerate(f.recs, 1)]


def hasil_text_lines(f: Finding) -> list[str]:
    """Every printed line of the HASIL cell in reading order (for checks)."""
    out = list(f.hasil)
    for row in f.hasil_table or []:
        out.extend(row)
    out.extend(f.hasil_after)
    return out


def section_label(kode: str, komponen: str) -> str:
    return f"{kode}. {komponen.upper()}"


def soffice_to_pdf(src: Path, out_pdf: Path) -> None:
    """Convert with a private LibreOffice profile (other jobs may run soffice too)."""
    with tempfile.TemporaryDirectory(prefix="h9lo_") as tmp:
        profile = Path(tmp) / "profile"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        produced = Path(tmp) / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice produced nothing for {src}")
        out_pdf.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, out_pdf)
