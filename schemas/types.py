"""Column types of the data contract.

Python has one ``int``; the contract distinguishes int16 and int32. The marker in
``Annotated`` metadata carries the Arrow type so that ``schemas.arrow`` can derive the
Arrow schema from the models instead of repeating it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import Field


@dataclass(frozen=True)
class ArrowType:
    """Names the Arrow type of a column (``int16``, ``int32``...)."""

    name: str


Int16 = Annotated[int, Field(ge=-(2**15), lt=2**15), ArrowType("int16")]
Int32 = Annotated[int, Field(ge=-(2**31), lt=2**31), ArrowType("int32")]
