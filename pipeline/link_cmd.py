"""``rencana-aksi link DIR... --out DIR``: link recommendations across output folders.

Each input folder is an earlier ``extract`` output (one year's batch, say). Their tables
are read back (``pipeline.folder``), put together (a document present in several folders
is kept once), linked across years and grouped across units (``pipeline.linking``), and
written to ``--out`` as a complete output folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel
from rich.console import Console

from emit.tables import to_arrow
from pipeline.batch import write_outputs
from pipeline.folder import load
from pipeline.linking import link_tables
from schemas import Document, Finding, Recommendation, WarningRecord

_TABLES: dict[str, type[BaseModel]] = {
    "documents": Document,
    "findings": Finding,
    "recommendations": Recommendation,
    "warnings": WarningRecord,
}


def _key(row: BaseModel) -> str:
    return row.model_dump_json()


def gather(folders: Sequence[Path]) -> dict[str, list[BaseModel]]:
    """Rows of every folder, each row once (the same file extracted twice is one document)."""
    rows: dict[str, list[BaseModel]] = {name: [] for name in _TABLES}
    for name, model in _TABLES.items():
        seen: set[str] = set()
        for folder in folders:
            for row in load(folder, name, model).rows:
                key = _key(row) if name == "warnings" else _identity(name, row)
                if key not in seen:
                    seen.add(key)
                    rows[name].append(row)
    return rows


def _identity(name: str, row: BaseModel) -> str:
    if isinstance(row, Document):
        return f"{row.document_id}|{row.source_file}"
    if isinstance(row, Finding):
        return f"{row.document_id}|{row.komponen_kode}|{row.finding_no}"
    if isinstance(row, Recommendation):
        return row.recommendation_id
    return _key(row)


def link_folders(folders: Sequence[Path], out_dir: Path, console: Console) -> int:
    rows = gather(folders)
    tables = {name: to_arrow(name, rows[name]) for name in _TABLES}
    linked = link_tables(tables)
    write_outputs(out_dir, linked)
    decisions = linked["matches"].column("decision").to_pylist()
    years = sorted(set(linked["recommendations"].column("tahun_evaluasi").to_pylist()) - {None})
    console.print(
        f"{len(rows['recommendations'])} rekomendasi dari {len(rows['documents'])} dokumen "
        f"(tahun {', '.join(map(str, years)) or '-'}): "
        f"{decisions.count('match')} match, {decisions.count('review')} review, "
        f"{linked['groups'].num_rows} kelompok -> {out_dir}"
    )
    return 0
