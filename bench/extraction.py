"""Accuracy per field and speed of extraction over the samples, with baselines.

Baselines: the same files through pdfplumber's plain ``extract_tables`` and camelot's
lattice flavour. They return cells, not records, so they are scored on what they can be
scored on: the share of expected recommendation texts that appear whole in one cell
(rapidfuzz partial_ratio >= 98), and pages per second.
"""

from __future__ import annotations

import json
import resource
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from bench.accuracy import TEXT_FIELDS, Comparison, compare
from pipeline.process import process_file
from schemas import SCORE_FIELDS as SCHEMA_SCORE_FIELDS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


# each set: its manifest, and the folder that manifest's paths are relative to
SETS = {
    "born_digital": (SAMPLES / "manifest.json", SAMPLES),
    "scanned": (SAMPLES / "manifest.json", SAMPLES),
    "holdout": (SAMPLES / "holdout" / "manifest.json", SAMPLES / "holdout"),
    "holdout2": (SAMPLES / "holdout2" / "manifest.json", SAMPLES / "holdout2"),
    # scans of the held-out documents by an independent generator (samples/scanned_unseen)
    "scanned_unseen": (SAMPLES / "scanned_unseen" / "manifest.json", SAMPLES),
    # a third held-out set of documents and its scans by a third scan generator
    "holdout3": (SAMPLES / "holdout3" / "manifest.json", SAMPLES / "holdout3"),
    "scanned_holdout3": (SAMPLES / "scanned_holdout3" / "manifest.json", SAMPLES),
    # a fourth held-out set and its scans by a fourth scan generator
    "holdout4": (SAMPLES / "holdout4" / "manifest.json", SAMPLES / "holdout4"),
    "scanned_holdout4": (SAMPLES / "scanned_holdout4" / "manifest.json", SAMPLES),
    # a fifth held-out set and its scans by a fifth scan generator
    "holdout5": (SAMPLES / "holdout5" / "manifest.json", SAMPLES / "holdout5"),
    "scanned_holdout5": (SAMPLES / "scanned_holdout5" / "manifest.json", SAMPLES),
    # a sixth held-out set and its scans by a sixth scan generator
    "holdout6": (SAMPLES / "holdout6" / "manifest.json", SAMPLES / "holdout6"),
    "scanned_holdout6": (SAMPLES / "scanned_holdout6" / "manifest.json", SAMPLES),
    # a seventh held-out set and its scans by a seventh scan generator
    "holdout7": (SAMPLES / "holdout7" / "manifest.json", SAMPLES / "holdout7"),
    "scanned_holdout7": (SAMPLES / "scanned_holdout7" / "manifest.json", SAMPLES),
    "holdout8": (SAMPLES / "holdout8" / "manifest.json", SAMPLES / "holdout8"),
    "scanned_holdout8": (SAMPLES / "scanned_holdout8" / "manifest.json", SAMPLES),
    "holdout9": (SAMPLES / "holdout9" / "manifest.json", SAMPLES / "holdout9"),
    "scanned_holdout9": (SAMPLES / "scanned_holdout9" / "manifest.json", SAMPLES),
    "holdout10": (SAMPLES / "holdout10" / "manifest.json", SAMPLES / "holdout10"),
    "scanned_holdout10": (SAMPLES / "scanned_holdout10" / "manifest.json", SAMPLES),
    "holdout11": (SAMPLES / "holdout11" / "manifest.json", SAMPLES / "holdout11"),
    "scanned_holdout11": (SAMPLES / "scanned_holdout11" / "manifest.json", SAMPLES),
}


def entries(kind: str) -> list[dict[str, Any]]:
    """Manifest entries of one sample set, with paths made absolute."""
    manifest, base = SETS[kind]
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    return [
        {**e, "pdf_path": base / e["pdf"], "expected_path": base / e["expected"]}
        for e in listed
        if e["kind"] == kind
    ]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def compare_file(entry: dict[str, Any]) -> tuple[Comparison, Any, float]:
    """Run the pipeline on one sample and compare it with its expected JSON."""
    expected = json.loads(entry["expected_path"].read_text(encoding="utf-8"))
    if "text_source" in entry:
        # a scan shares its original's expected records; only how it was read differs
        expected["document"]["text_source"] = entry["text_source"]
    started = time.perf_counter()
    result = process_file(entry["pdf_path"], entry["pdf"])
    elapsed = time.perf_counter() - started
    actual = {
        "document": result.document.model_dump(),
        "findings": [f.model_dump() for f in result.findings],
        "recommendations": [r.model_dump() for r in result.recommendations],
    }
    return compare(expected, actual), result, elapsed


SCORE_FIELDS = frozenset(SCHEMA_SCORE_FIELDS)


def scores_and_nip_exact(comparison: Comparison) -> bool:
    """Every score of every finding and the signatory's NIP read exactly."""
    for mismatch in comparison.mismatches:
        where, _, rest = mismatch.partition(" ")
        field = rest.rsplit(": expected", 1)[0].split(" ")[-1]
        if field == "penandatangan_nip" or (where == "finding" and field in SCORE_FIELDS):
            return False
    return True


def pipeline_run(kind: str = "born_digital") -> dict[str, Any]:
    total = Comparison()
    pages = 0
    seconds = 0.0
    per_file = []
    docs_exact = unflagged = 0
    for entry in entries(kind):
        comparison, result, elapsed = compare_file(entry)
        seconds += elapsed
        pages += result.document.page_count or 0
        total.merge(comparison)
        exact = scores_and_nip_exact(comparison)
        docs_exact += exact
        unflagged += (not exact) and result.document.status == "ok"
        per_file.append(
            {
                "pdf": entry["pdf"],
                "status": result.document.status,
                "seconds": round(elapsed, 3),
                "pages": result.document.page_count,
                "missing": len(comparison.missing),
                "extra": len(comparison.extra),
                "mismatches": comparison.mismatches[:5],
            }
        )
    return {
        "files": len(per_file),
        "pages": pages,
        "seconds": round(seconds, 3),
        "pages_per_second": round(pages / seconds, 2) if seconds else None,
        "seconds_per_page": round(seconds / pages, 3) if pages else None,
        "recall": round(total.recall, 4),
        "documents_scores_and_nip_exact": round(docs_exact / len(per_file), 4)
        if per_file
        else None,
        "documents_not_exact_yet_ok": unflagged,
        "extra": total.extra_recs,
        "expected_recommendations": total.expected_recs,
        "fields": _field_table(total),
        "per_file": per_file,
    }


def _field_table(total: Comparison) -> dict[str, dict[str, float]]:
    table = {}
    for name, score in sorted(total.fields.items()):
        row: dict[str, float] = {"exact_or_ok": round(score.rate, 4), "n": score.total}
        if name.split(".")[-1] in TEXT_FIELDS and score.similarities:
            row["mean_similarity"] = round(sum(score.similarities) / len(score.similarities), 2)
        table[name] = row
    return table


def _baseline(name: str, cells_of: Callable[[Path], tuple[list[str], int]]) -> dict[str, Any]:
    found = expected_n = pages = 0
    seconds = 0.0
    for entry in entries("born_digital") + entries("holdout"):
        expected = json.loads(entry["expected_path"].read_text(encoding="utf-8"))
        started = time.perf_counter()
        cells, n_pages = cells_of(entry["pdf_path"])
        seconds += time.perf_counter() - started
        pages += n_pages
        for rec in expected["recommendations"]:
            expected_n += 1
            if any(fuzz.partial_ratio(rec["rekomendasi"], c) >= 98 for c in cells if c):
                found += 1
    return {
        "name": name,
        "pages_per_second": round(pages / seconds, 2) if seconds else None,
        "rekomendasi_whole_in_one_cell": round(found / expected_n, 4) if expected_n else None,
    }


def _pdfplumber_cells(path: Path) -> tuple[list[str], int]:
    import pdfplumber

    cells: list[str] = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                cells.extend(" ".join((c or "").split()) for row in table for c in row)
        return cells, len(pdf.pages)


def _camelot_cells(path: Path) -> tuple[list[str], int]:
    import camelot

    tables = camelot.read_pdf(str(path), flavor="lattice", pages="all")
    cells = [" ".join(str(c).split()) for t in tables for c in t.df.to_numpy().ravel()]
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return cells, len(pdf.pages)


def baselines() -> list[dict[str, Any]]:
    out = [_baseline("pdfplumber extract_tables", _pdfplumber_cells)]
    try:
        out.append(_baseline("camelot lattice", _camelot_cells))
    except Exception as exc:  # camelot needs a rasteriser; report rather than stop
        out.append({"name": "camelot lattice", "error": f"{type(exc).__name__}: {exc}"})
    return out


def run() -> dict[str, Any]:
    report: dict[str, Any] = {kind: pipeline_run(kind) for kind in SETS}
    report["peak_memory_mb"] = round(_peak_mb(), 1)
    report["baselines"] = baselines()
    return report
