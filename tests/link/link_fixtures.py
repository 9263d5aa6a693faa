"""Helpers of the link tests: small recommendation frames and the samples' generator."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
LINKING = ROOT / "samples" / "linking"


def load_generator() -> ModuleType:
    """``samples/linking/make_linking_data.py`` as a module (samples/ is no package)."""
    name = "_linking_generator_for_tests"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, LINKING / "make_linking_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def rec(
    rid: str, unit: str | None, year: int | None, kode: str | None, text: str | None
) -> dict[str, Any]:
    return {
        "recommendation_id": rid,
        "document_id": rid.split("-")[0],
        "unit_kerja": unit,
        "tahun_evaluasi": year,
        "komponen_kode": kode,
        "komponen": None,
        "finding_no": 1,
        "rekomendasi_no": 1,
        "rekomendasi": text,
        "rencana_aksi": None,
    }


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(list(rows))


def pair_set(matches: pd.DataFrame, decision: str | None = None) -> set[tuple[str, str]]:
    if decision is not None:
        matches = matches[matches["decision"] == decision]
    return set(
        zip(matches["recommendation_id_prev"], matches["recommendation_id_next"], strict=True)
    )


def quality(matches: pd.DataFrame, truth: set[tuple[str, str]]) -> dict[str, float]:
    """Precision and recall of the pairs decided ``match``; ``review`` counted apart."""
    decided = pair_set(matches, "match")
    review = pair_set(matches, "review")
    tp = len(decided & truth)
    return {
        "precision": tp / len(decided) if decided else 1.0,
        "recall": tp / len(truth) if truth else 1.0,
        "review": len(review),
        "review_true": len(review & truth),
    }
