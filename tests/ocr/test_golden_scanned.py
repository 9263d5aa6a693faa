"""Golden tests over the scanned samples: the OCR path against the originals' expected JSON.

Each scanned sample shares the expected JSON of the born-digital sample it was made from
(samples/generate/scan.py). The thresholds are issue 3's: recommendations found >= 97 %,
extras <= 2 %, mean rekomendasi similarity >= 95, scores and NIP exact in >= 90 % of the
documents, and every document where they are not is ``needs_review``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bench.accuracy import Comparison, compare
from pipeline.process import FileResult, process_file
from schemas import SCORE_FIELDS
from tests.conftest import SAMPLES, manifest
from tests.ocr.conftest import needs_tesseract

ENTRIES = manifest("scanned")

pytestmark = [pytest.mark.ocr, needs_tesseract]


@cache
def _run(pdf: str, expected: str) -> tuple[FileResult, Comparison]:
    """Each sample is read once per session, whichever tests ask for it."""
    result = process_file(SAMPLES / pdf, pdf)
    want = json.loads((SAMPLES / expected).read_text(encoding="utf-8"))
    got = {
        "document": result.document.model_dump(),
        "findings": [f.model_dump() for f in result.findings],
        "recommendations": [r.model_dump() for r in result.recommendations],
    }
    return result, compare(want, got)


def _similarities(c: Comparison) -> list[float]:
    score = c.fields.get("recommendations.rekomendasi")
    found = score.similarities if score else []
    return found + [0.0] * len(c.missing)


def _exact(c: Comparison) -> bool:
    names = [f"findings.{n}" for n in SCORE_FIELDS] + ["documents.penandatangan_nip"]
    return all(c.fields[n].rate == 1.0 for n in names if n in c.fields)


def test_there_are_enough_scanned_samples() -> None:
    assert len(ENTRIES) >= 8
    for e in ENTRIES:
        assert (SAMPLES / e["expected"]).exists()
        assert (SAMPLES / e["source_pdf"]).exists()


@pytest.mark.parametrize("entry", ENTRIES, ids=[Path(e["pdf"]).stem for e in ENTRIES])
def test_scanned_sample(entry: dict[str, Any]) -> None:
    result, c = _run(entry["pdf"], entry["expected"])
    assert result.document.status != "failed", result.document.error
    assert result.document.text_source == entry["text_source"]
    assert c.recall >= 0.9, c.missing
    assert c.extra_recs <= 1, c.extra
    sims = _similarities(c)
    assert sum(sims) / len(sims) >= 90.0
    if not _exact(c):
        assert result.document.status == "needs_review", c.mismatches[:10]


def test_scanned_samples_together() -> None:
    runs = [_run(e["pdf"], e["expected"]) for e in ENTRIES]
    expected = sum(c.expected_recs for _, c in runs)
    assert sum(c.found_recs for _, c in runs) >= 0.97 * expected
    assert sum(c.extra_recs for _, c in runs) <= 0.02 * expected
    sims = [s for _, c in runs for s in _similarities(c)]
    assert sum(sims) / len(sims) >= 95.0
    exact = [_exact(c) for _, c in runs]
    assert sum(exact) >= 0.9 * len(runs)
    for (result, _), ok in zip(runs, exact, strict=True):
        assert ok or result.document.status == "needs_review", result.document.source_file


# Scans of the held-out documents by an independent generator (samples/scanned_unseen):
# measured by ``make bench``; here only what must hold on any scan, including one never
# tuned for: the file is read, and a document whose scores or NIP are not exact says so.
UNSEEN = json.loads((SAMPLES / "scanned_unseen" / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", UNSEEN, ids=[Path(e["pdf"]).stem for e in UNSEEN])
def test_unseen_scan_is_exact_or_flagged(entry: dict[str, Any]) -> None:
    result, c = _run(entry["pdf"], entry["expected"])
    assert result.document.status != "failed", result.document.error
    assert result.document.text_source == "ocr"
    if not _exact(c):
        assert result.document.status == "needs_review", c.mismatches[:10]
