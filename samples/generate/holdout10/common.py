"""What every producer prints the same way: cell texts, paper sizes, LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Doc, Finding, Rec

PAPER_MM = {"a4": (210.0, 297.0), "legal": (215.9, 355.6), "f4": (215.9, 330.2)}


def section_label(doc: Doc, f: Finding) -> str:
    fmt = doc.look.get("section") or "{k}. {K}"
    return fmt.format(k=f.kode, K=f.komponen.upper())


def cell_text(doc: Doc, key: str, pos: int, r: Rec) -> str:
    """Printed text of one recommendation cell (everything but NO and HASIL)."""
    m = doc.marker(pos, r)
    if key == "rek":
        return f"{m} {r.rek}"
    if key == "ra":
        return f"{m} {r.ra}"
    if key == "target":
        return r.target or ""
    if key == "waktu":
        return r.waktu[0] if r.waktu else ""
    if key == "pj":
        return r.pj or ""
    if key == "status":
        return r.status[0] if r.status else ""
    if key == "link":
        return r.link[1] if r.link else ""
    raise KeyError(key)


def merged_runs(doc: Doc, f: Finding, key: str) -> list[tuple[int, int]]:
    """(first, last) row indexes of the finding whose `key` cells are merged into one."""
    if key not in doc.look.get("merge_same", []):
        return [(i, i) for i in range(len(f.recs))]
    runs: list[tuple[int, int]] = []
    for i, r in enumerate(f.recs):
        text = cell_text(doc, key, i + 1, r)
        if runs and text and cell_text(doc, key, runs[-1][0] + 1, f.recs[runs[-1][0]]) == text:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs


def printed_strings(doc: Doc) -> list[str]:
    """Every string the document prints (for the text-layer check)."""
    out = [*doc.title_lines, *doc.after_table, *doc.signer.lines]
    for label, value in doc.pj_rows:
        out += [label, value]
    out += [h for _k, h in doc.columns]
    for f in doc.findings:
        if doc.look.get("section"):
            out.append(section_label(doc, f))
        out.append(str(f.no))
        out += f.hasil
        for i, r in enumerate(f.recs, 1):
            out += [cell_text(doc, k, i, r) for k, _h in doc.columns if k not in ("no", "hasil")]
    return [x for x in out if x]


def soffice_to_pdf(src: Path, out_pdf: Path) -> None:
    """Convert with a private LibreOffice profile (other jobs may run soffice too)."""
    with tempfile.TemporaryDirectory(prefix="h10lo_") as tmp:
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
