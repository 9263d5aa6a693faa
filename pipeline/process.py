"""One input file to its records: the per-file task, isolated from the rest of a batch.

Whatever happens to the file, the result holds a ``documents`` row: a file that cannot
be read gets status ``failed`` and the reason, never an exception to the batch.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import UnreadablePdf, check_pdf_bytes, unreadable_reason
from extract.reader import read_document
from normalize.dokumen import extract_records
from normalize.validasi import validate
from schemas import Document, Finding, Recommendation, WarningRecord

PIPELINE_VERSION = "0.1.0"

NO_PAGES = "PDF tanpa halaman"


@dataclass
class FileResult:
    document: Document
    findings: list[Finding] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    warnings: list[WarningRecord] = field(default_factory=list)


def _document(base: dict[str, Any], **fields: Any) -> Document:
    return Document(**{**base, **fields, "pipeline_version": PIPELINE_VERSION})


def process_file(path: Path, source_file: str) -> FileResult:
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    document_id = sha256[:16]
    base: dict[str, Any] = {
        "document_id": document_id,
        "source_file": source_file,
        "sha256": sha256,
    }
    try:
        check_pdf_bytes(data)
        layout = read_document(path)
    except UnreadablePdf as exc:
        return FileResult(_document(base, status="failed", error=unreadable_reason(exc)))
    extraction = extract_records(document_id, layout)
    if extraction.error is not None:
        error = NO_PAGES if extraction.fields.get("page_count") == 0 else extraction.error
        return FileResult(_document(base, **extraction.fields, status="failed", error=error))
    records = extraction.records
    # the rules decide status, total_nilai, predikat and the warnings summary
    checked = validate(
        _document(base, **extraction.fields, status="ok"),
        records.findings,
        records.recommendations,
        layout_warnings=records.warnings,
        pj_hp_tertulis=extraction.pj_hp_tertulis,
    )
    return FileResult(checked.document, checked.findings, checked.recommendations, checked.warnings)
