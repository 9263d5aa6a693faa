"""Golden tests: every born-digital sample against its expected JSON, every field.

The expected JSON is written by the sample generator from the content it rendered,
never from this pipeline's output (see samples/README.md).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench.accuracy import TEXT_FIELDS, TEXT_OK, compare
from pipeline.process import FileResult, process_file
from tests.conftest import SAMPLES, manifest

ENTRIES = manifest("born_digital")


def as_expected_shape(result: FileResult) -> dict[str, Any]:
    return {
        "document": result.document.model_dump(),
        "findings": [f.model_dump() for f in result.findings],
        "recommendations": [r.model_dump() for r in result.recommendations],
    }


def test_there_are_enough_samples() -> None:
    assert len(ENTRIES) >= 12


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["pdf"].split("/")[-1] for e in ENTRIES])
def test_sample_matches_golden(entry: dict[str, Any]) -> None:
    expected = json.loads((SAMPLES / entry["expected"]).read_text(encoding="utf-8"))
    result = process_file(SAMPLES / entry["pdf"], entry["pdf"])
    # the samples are clean: nothing of severity error, so none needs review
    assert result.document.status == "ok", result.document.warnings or result.document.error
    comparison = compare(expected, as_expected_shape(result))
    assert comparison.missing == [], "recommendations not found"
    assert comparison.extra == [], "recommendations that are not in the source"
    wrong = [m for m in comparison.mismatches if m.split(" ")[-1].split(":")[0] not in TEXT_FIELDS]
    assert comparison.mismatches == [], "\n".join(comparison.mismatches[:20])
    assert wrong == []
    for name, score in comparison.fields.items():
        if name.split(".")[-1] in TEXT_FIELDS:
            assert min(score.similarities, default=100.0) >= TEXT_OK, name
