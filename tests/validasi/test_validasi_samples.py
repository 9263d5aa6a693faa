"""The deliberately inconsistent sample PDFs raise the codes they were made for, and no
other error (samples/inconsistent/, made by ``python -m samples.generate.inconsistent``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.process import process_file

INCONSISTENT = Path(__file__).resolve().parents[2] / "samples" / "inconsistent"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (INCONSISTENT / "expected_warnings.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_inconsistent_sample_is_flagged(name: str) -> None:
    expected = EXPECTED[name]
    must: set[str] = set(expected["must"])
    result = process_file(INCONSISTENT / name, name)
    codes = {w.code for w in result.warnings}
    summary = [(w.severity, w.code, w.message) for w in result.warnings]
    assert must <= codes, f"missing {sorted(must - codes)}; got {summary}"
    assert result.document.status == expected["status"], summary
    errors = [w.code for w in result.warnings if w.severity == "error"]
    assert set(errors) <= must, f"unexpected errors {sorted(set(errors) - must)}; got {summary}"
