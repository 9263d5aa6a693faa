"""Contract rows to Arrow tables, typed by the schemas derived from the models."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
from pydantic import BaseModel

from schemas import TABLES, arrow_schema


def to_arrow(name: str, rows: Sequence[BaseModel]) -> pa.Table:
    schema = arrow_schema(TABLES[name])
    return pa.Table.from_pylist([r.model_dump() for r in rows], schema=schema)
