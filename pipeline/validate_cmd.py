"""``rencana-aksi validate DIR``: re-run the validation rules over an existing output folder.

For analysts who corrected a CSV by hand: each of documents, findings, recommendations and
warnings is read from its CSV, or from its Parquet file when that is newer (the CSV is what
people edit; the pipeline writes the Parquet file first, so a fresh output reads as CSV).
The CSV is read with the contract's column types; one saved by a spreadsheet in an
Indonesian locale (``;`` separator, decimal comma) is read too.

Per document, warnings from reading the PDF are kept (codes that are not validation codes)
and the rules are run again; the four tables are rewritten, Parquet and CSV, atomically.
Row order and columns an analyst added to documents, findings or recommendations are kept.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
from rich.console import Console
from rich.table import Table

from emit.tables import to_arrow
from emit.writers import write_tables
from normalize.validasi import VALIDATION_CODES, validate
from pipeline.folder import load
from schemas import Document, Finding, Recommendation, WarningRecord


def _with_extra(table: pa.Table, extra: pa.Table | None) -> pa.Table:
    if extra is None:
        return table
    for name in extra.schema.names:
        table = table.append_column(name, extra.column(name))
    return table


@dataclass
class Outcome:
    documents: list[Document]
    findings: list[Finding]
    recommendations: list[Recommendation]
    warnings: list[WarningRecord]


def _by_document(rows: Sequence[Finding | Recommendation]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        index[row.document_id].append(i)
    return index


def revalidate(
    documents: Sequence[Document],
    findings: Sequence[Finding],
    recommendations: Sequence[Recommendation],
    warnings: Sequence[WarningRecord],
) -> Outcome:
    """Every document validated again; findings and recommendations keep their row order.
    Rows of a document that is not in ``documents`` are kept as they are."""
    out = Outcome(list(documents), list(findings), list(recommendations), [])
    f_index, r_index = _by_document(findings), _by_document(recommendations)
    known = {d.document_id for d in documents}
    checked: dict[str, Document] = {}
    for i, doc in enumerate(documents):
        if doc.duplicate_of is not None and doc.document_id in checked:
            # a second name for the same file: its records and warnings are the first's
            first = checked[doc.document_id]
            out.documents[i] = doc.model_copy(
                update={"status": first.status, "warnings": first.warnings}
            )
            continue
        kept = [
            w
            for w in warnings
            if w.document_id == doc.document_id and w.code not in VALIDATION_CODES
        ]
        result = validate(
            doc,
            [findings[j] for j in f_index.get(doc.document_id, [])],
            [recommendations[j] for j in r_index.get(doc.document_id, [])],
            layout_warnings=kept,
        )
        out.documents[i] = result.document
        checked[doc.document_id] = result.document
        for j, row in zip(f_index.get(doc.document_id, []), result.findings, strict=True):
            out.findings[j] = row
        for j, rec in zip(r_index.get(doc.document_id, []), result.recommendations, strict=True):
            out.recommendations[j] = rec
        out.warnings.extend(result.warnings)
    out.warnings.extend(w for w in warnings if w.document_id not in known)
    return out


def _print_summary(
    console: Console,
    before: Sequence[Document],
    outcome: Outcome,
    sources: Sequence[Path],
    old_warnings: int,
) -> None:
    console.print("dibaca: " + ", ".join(p.name for p in sources), highlight=False)
    statuses = Counter(d.status for d in outcome.documents)
    severities = Counter(w.severity for w in outcome.warnings)
    table = Table(title="rencana-aksi validate: ringkasan")
    for column in ("dokumen", "ok", "needs_review", "failed", "error", "info", "warnings lalu"):
        table.add_column(column, justify="right")
    table.add_row(
        str(len(outcome.documents)),
        *(str(statuses[s]) for s in ("ok", "needs_review", "failed")),
        str(severities["error"]),
        str(severities["info"]),
        str(old_warnings),
    )
    console.print(table)
    for old, new in zip(before, outcome.documents, strict=True):
        if old.status != new.status:
            console.print(f"{old.status} -> {new.status}  {new.source_file}", highlight=False)
        if new.status != "ok":
            reason = new.error or new.warnings or ""
            console.print(f"[bold]{new.status}[/bold] {new.source_file}: {reason}", soft_wrap=True)


def validate_folder(out_dir: Path, *, console: Console | None = None) -> int:
    """Re-run the rules over ``out_dir`` and rewrite its tables; the exit code: 0 when every
    document is ok, 1 when one needs review or failed. Raises :class:`FolderError`."""
    console = console or Console(stderr=True)
    docs = load(out_dir, "documents", Document)
    finds = load(out_dir, "findings", Finding)
    recs = load(out_dir, "recommendations", Recommendation)
    warns = load(out_dir, "warnings", WarningRecord)
    outcome = revalidate(docs.rows, finds.rows, recs.rows, warns.rows)
    write_tables(
        out_dir,
        {
            "documents": _with_extra(to_arrow("documents", outcome.documents), docs.extra),
            "findings": _with_extra(to_arrow("findings", outcome.findings), finds.extra),
            "recommendations": _with_extra(
                to_arrow("recommendations", outcome.recommendations), recs.extra
            ),
            "warnings": to_arrow("warnings", outcome.warnings),
        },
    )
    sources = [docs.source, finds.source, recs.source, warns.source]
    _print_summary(console, docs.rows, outcome, sources, len(warns.rows))
    return 0 if all(d.status == "ok" for d in outcome.documents) else 1
