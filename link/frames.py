"""Frames with the contract's columns, in order, with the contract's types."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
import pyarrow as pa
from pydantic import BaseModel

from schemas import arrow_schema

__all__ = ["pandas_dtypes", "typed_frame"]


def _pandas_dtype(field: pa.Field) -> Any:
    kind = field.type
    if pa.types.is_integer(kind):
        name = str(kind)  # int16, int32, int64
        return name.capitalize() if field.nullable else name
    if pa.types.is_floating(kind):
        return "float64"
    if pa.types.is_boolean(kind):
        return "boolean" if field.nullable else "bool"
    return "str"


def pandas_dtypes(model: type[BaseModel]) -> dict[str, Any]:
    """Column -> pandas dtype; nullable integers use pandas' nullable ``Int16``..."""
    return {field.name: _pandas_dtype(field) for field in arrow_schema(model)}


def typed_frame(
    rows: Sequence[Mapping[str, Any]] | pd.DataFrame, model: type[BaseModel]
) -> pd.DataFrame:
    """A frame of ``rows`` (records or a frame) with exactly the model's columns, in order
    and typed (an empty frame when there are no rows)."""
    dtypes = pandas_dtypes(model)
    if isinstance(rows, pd.DataFrame):
        frame = rows.reset_index(drop=True).reindex(columns=list(dtypes))
    else:
        frame = pd.DataFrame(list(rows), columns=list(dtypes))
    return frame.astype(dtypes)
