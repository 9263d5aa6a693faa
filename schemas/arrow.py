"""Arrow schemas derived from the pydantic models (never written by hand)."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from schemas.types import ArrowType

_PY_TO_ARROW: dict[type, pa.DataType] = {
    str: pa.string(),
    float: pa.float64(),
    bool: pa.bool_(),
    int: pa.int64(),
}


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return annotation, False


def _arrow_type(annotation: Any, metadata: list[Any]) -> pa.DataType:
    for item in metadata:
        if isinstance(item, ArrowType):
            return pa.type_for_alias(item.name)
    if get_origin(annotation) is typing.Annotated:
        base, *extra = get_args(annotation)
        return _arrow_type(base, list(extra))
    if get_origin(annotation) is Literal:
        return _PY_TO_ARROW[type(get_args(annotation)[0])]
    return _PY_TO_ARROW[annotation]


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a model: one field per model field, in order."""
    fields = []
    for name, info in model.model_fields.items():
        annotation, optional = _strip_optional(info.annotation)
        # pydantic moves Annotated metadata of the field itself into info.metadata
        fields.append(pa.field(name, _arrow_type(annotation, list(info.metadata)), optional))
    return pa.schema(fields)
