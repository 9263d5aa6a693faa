"""Reading an output folder back: each table as contract rows, CSV or Parquet.

The CSV is what analysts edit; it is read unless the Parquet file is newer (the pipeline
writes Parquet first, so a fresh output reads as CSV). Cells are read with the contract's
column types; a CSV saved by a spreadsheet in an Indonesian locale (``;`` separator,
decimal comma) is read too. A cell that breaks the contract is an error naming the file,
the line and the column.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from pydantic import BaseModel, ValidationError

from emit.writers import BOM
from schemas import arrow_schema

Row = TypeVar("Row", bound=BaseModel)


class FolderError(Exception):
    """The folder cannot be validated: a table is missing or a cell cannot be read."""


@dataclass
class Loaded(Generic[Row]):
    """One table as contract rows, with where it came from and the columns it added."""

    rows: list[Row]
    source: Path
    extra: pa.Table | None = None


def source_of(out_dir: Path, name: str) -> Path:
    """The file to read for table ``name``: the CSV unless the Parquet file is newer."""
    parquet, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    if parquet.exists() and (
        not csv.exists() or parquet.stat().st_mtime_ns > csv.stat().st_mtime_ns
    ):
        return parquet
    if csv.exists():
        return csv
    raise FolderError(f"{name}.csv atau {name}.parquet tidak ada di {out_dir}")


def read_csv(path: Path, schema: pa.Schema) -> pa.Table:
    """A contract CSV with the schema's column types (other columns are inferred)."""
    data = path.read_bytes().removeprefix(BOM)
    header = data.split(b"\n", 1)[0]
    # a spreadsheet saved in an Indonesian locale writes "21,6" separated by ";"
    local = header.count(b";") > header.count(b",")
    try:
        return pacsv.read_csv(
            io.BytesIO(data),
            parse_options=pacsv.ParseOptions(delimiter=";" if local else ","),
            convert_options=pacsv.ConvertOptions(
                column_types={f.name: f.type for f in schema},
                strings_can_be_null=True,
                decimal_point="," if local else ".",
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise FolderError(f"{path.name}: {exc}") from exc


def load(out_dir: Path, name: str, model: type[Row]) -> Loaded[Row]:
    """Table ``name`` of ``out_dir`` as ``model`` rows; a cell that breaks the contract is an
    error naming the file, the line and the column."""
    path = source_of(out_dir, name)
    if path.suffix == ".parquet":
        table = pq.read_table(path)
    else:
        table = read_csv(path, arrow_schema(model))
    fields = model.model_fields
    names = table.schema.names
    absent = [n for n, info in fields.items() if info.is_required() and n not in names]
    if absent:
        raise FolderError(f"{path.name}: kolom {', '.join(absent)} tidak ada")
    first_line = 2 if path.suffix == ".csv" else 1  # a CSV's line 1 is its header
    rows: list[Row] = []
    for i, raw in enumerate(table.select([n for n in fields if n in names]).to_pylist()):
        try:
            rows.append(model(**raw))
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()
            )
            raise FolderError(f"{path.name} baris {i + first_line}: {problems}") from exc
    extra_names = [n for n in names if n not in fields]
    extra = table.select(extra_names) if extra_names else None
    return Loaded(rows, path, extra)
