"""Finished files, kept in the output folder so that a run can resume where one stopped.

``OUT/.rencana-aksi/results/<pipeline_version>/<sha256>.json`` holds one file's records
(documents row, findings, recommendations, warnings), written atomically the moment the
file is done. A later run over the same ``--out`` takes a file's records from here when
its bytes (sha256) and the pipeline version match, whatever the file is called now. A
result that cannot be read back (a newer format, a damaged file) is simply redone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from emit.writers import write_bytes
from pipeline.process import PIPELINE_VERSION, FileResult
from pipeline.task import TaskOutcome
from schemas import Document, Finding, Recommendation, WarningRecord

STATE_DIR = ".rencana-aksi"
FORMAT = 1


@dataclass(frozen=True)
class Cached:
    """A finished file as stored: its records and what it cost."""

    result: FileResult
    seconds: float | None
    peak_rss_mb: float | None


def outcome_json(outcome: TaskOutcome) -> bytes:
    r = outcome.result
    payload: dict[str, Any] = {
        "format": FORMAT,
        "pipeline_version": r.document.pipeline_version,
        "seconds": outcome.seconds,
        "peak_rss_mb": outcome.peak_rss_mb,
        "document": r.document.model_dump(mode="json"),
        "findings": [f.model_dump(mode="json") for f in r.findings],
        "recommendations": [x.model_dump(mode="json") for x in r.recommendations],
        "warnings": [w.model_dump(mode="json") for w in r.warnings],
    }
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def parse_cached(data: bytes) -> Cached | None:
    """The stored result, or None when it is not one this version can use."""
    try:
        payload = json.loads(data)
        if payload.get("format") != FORMAT:
            return None
        result = FileResult(
            Document.model_validate(payload["document"]),
            [Finding.model_validate(f) for f in payload["findings"]],
            [Recommendation.model_validate(x) for x in payload["recommendations"]],
            [WarningRecord.model_validate(w) for w in payload["warnings"]],
        )
    except (ValueError, KeyError, TypeError, AttributeError, ValidationError):
        return None
    return Cached(result, payload.get("seconds"), payload.get("peak_rss_mb"))


class ResultCache:
    """Results of one pipeline version under one output folder."""

    def __init__(self, out_dir: Path, version: str | None = None) -> None:
        self.version = version or PIPELINE_VERSION
        self.folder = out_dir / STATE_DIR / "results" / self.version

    def path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def load(self, sha256: str) -> Cached | None:
        try:
            data = self.path(sha256).read_bytes()
        except OSError:
            return None
        return parse_cached(data)

    def store(self, sha256: str, outcome: TaskOutcome) -> None:
        write_bytes(self.path(sha256), outcome_json(outcome))

    def clean_partial(self) -> int:
        """Remove the temporary files of a run that was killed while writing; how many.
        (Two runs over the same ``--out`` at once are not supported.)"""
        if not self.folder.is_dir():
            return 0
        stale = [p for p in self.folder.iterdir() if p.name.startswith(".")]
        for path in stale:
            path.unlink(missing_ok=True)
        return len(stale)
