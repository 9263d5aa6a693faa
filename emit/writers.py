"""The only writers: Parquet and CSV (UTF-8 with BOM), each written atomically."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

BOM = b"\xef\xbb\xbf"


def write_atomic(path: Path, write: Callable[[io.BufferedWriter], object]) -> None:
    """Write via a temporary file in the same folder, then rename over ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_bytes(table: pa.Table) -> bytes:
    """CSV as analysts open it: BOM for Excel, comma, '.' decimals, empty for null."""
    sink = io.BytesIO()
    options = pacsv.WriteOptions(include_header=True, quoting_style="needed")
    pacsv.write_csv(table, sink, write_options=options)
    return BOM + sink.getvalue()


def write_table(out_dir: Path, name: str, table: pa.Table) -> list[Path]:
    parquet_path = out_dir / f"{name}.parquet"
    csv_path = out_dir / f"{name}.csv"
    write_atomic(parquet_path, lambda fh: pq.write_table(table, fh))
    data = csv_bytes(table)
    write_atomic(csv_path, lambda fh: fh.write(data))
    return [parquet_path, csv_path]


def write_bytes(path: Path, data: bytes) -> Path:
    write_atomic(path, lambda fh: fh.write(data))
    return path


def write_tables(out_dir: Path, tables: Mapping[str, pa.Table]) -> list[Path]:
    written: list[Path] = []
    for name, table in tables.items():
        written.extend(write_table(out_dir, name, table))
    return written
