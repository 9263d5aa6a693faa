"""``--dataset DIR``: add a batch to a Parquet dataset that grows over the years.

``DIR/<table>/tahun_evaluasi=<year>/batch-<id>-<n>.parquet`` for documents, findings,
recommendations and warnings (hive partitioning; findings and warnings get their
document's year; a document whose year was not read goes under the hive default
partition, read back as null). Read a table whole with :func:`read_dataset`, or with
``pandas.read_parquet(DIR / "documents", partitioning=partitioning())`` (plain
``partitioning="hive"`` makes pandas fail on that null partition).

Append only, one document once: rows of a document already in the dataset (by
``document_id``, i.e. the same bytes) are not added again, so re-running a batch adds
nothing. A new pipeline version does not replace what an older one added; rebuild the
dataset for that. Files whose worker failed (timeout, memory, crash) are left out, to be
added when a later run reads them. The batch is written beside the dataset first (in a
hidden folder readers skip) and then moved in, documents last.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds

PARTITION = "tahun_evaluasi"
# written in this order: documents last, since they say which documents are in
DATASET_TABLES = ("findings", "recommendations", "warnings", "documents")


@dataclass
class DatasetAppend:
    """What one batch added: rows per table, and documents that were there already."""

    batch_id: str
    rows: dict[str, int] = field(default_factory=dict)
    already_present: int = 0


def new_batch_id(now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def with_year(tables: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """Every dataset table with a ``tahun_evaluasi`` column (from its document's row)."""
    docs = tables["documents"]
    years: dict[str, int | None] = {}
    for doc_id, year in zip(
        docs["document_id"].to_pylist(), docs[PARTITION].to_pylist(), strict=True
    ):
        years.setdefault(doc_id, year)
    out = {}
    for name in DATASET_TABLES:
        table = tables[name]
        if PARTITION not in table.schema.names:
            column = [years.get(d) for d in table["document_id"].to_pylist()]
            table = table.append_column(PARTITION, pa.array(column, pa.int16()))
        out[name] = table
    return out


def present_documents(root: Path) -> set[str]:
    folder = root / "documents"
    if not folder.is_dir():
        return set()
    dataset = ds.dataset(folder, format="parquet", partitioning=partitioning())
    return set(dataset.to_table(columns=["document_id"])["document_id"].to_pylist())


def without(table: pa.Table, document_ids: set[str]) -> pa.Table:
    if not document_ids or table.num_rows == 0:
        return table
    known = pc.is_in(table["document_id"], value_set=pa.array(sorted(document_ids)))
    return table.filter(pc.invert(known))


def partitioning() -> ds.Partitioning:
    """``tahun_evaluasi=<year>`` folders, the year typed as in the contract (int16)."""
    return ds.partitioning(pa.schema([pa.field(PARTITION, pa.int16())]), flavor="hive")


def read_dataset(root: Path, name: str) -> pa.Table:
    """Table ``name`` of the dataset at ``root``, every batch and year (empty when absent)."""
    folder = root / name
    if not folder.is_dir():
        return pa.table({})
    return ds.dataset(folder, format="parquet", partitioning=partitioning()).to_table()


def append_dataset(
    root: Path, tables: Mapping[str, pa.Table], batch_id: str | None = None
) -> DatasetAppend:
    """Add the batch's ``tables`` (the contract's, as written to ``--out``) to ``root``."""
    result = DatasetAppend(batch_id or new_batch_id())
    present = present_documents(root)
    batch_docs = set(tables["documents"]["document_id"].to_pylist())
    result.already_present = len(batch_docs & present)
    staging = root / f".staging-{result.batch_id}"
    try:
        for name, table in with_year(tables).items():
            fresh = without(table, present)
            result.rows[name] = fresh.num_rows
            if fresh.num_rows:
                ds.write_dataset(
                    fresh,
                    staging / name,
                    format="parquet",
                    partitioning=partitioning(),
                    basename_template=f"batch-{result.batch_id}-{{i}}.parquet",
                    existing_data_behavior="overwrite_or_ignore",
                )
        for name in DATASET_TABLES:
            for part in sorted((staging / name).rglob("*.parquet")):
                target = root / part.relative_to(staging)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(part, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
