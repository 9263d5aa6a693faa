"""Shared fixtures: the repository root and the sample manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def manifest(kind: str | None = None) -> list[dict[str, Any]]:
    path = SAMPLES / "manifest.json"
    if not path.exists():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return [e for e in entries if kind is None or e["kind"] == kind]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
