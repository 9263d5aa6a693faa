"""The data contract: pydantic models and the Arrow schemas derived from them."""

from schemas.arrow import arrow_schema
from schemas.models import (
    SCORE_FIELDS,
    TABLES,
    Document,
    Finding,
    Group,
    Match,
    Recommendation,
    WarningRecord,
)

__all__ = [
    "SCORE_FIELDS",
    "TABLES",
    "Document",
    "Finding",
    "Group",
    "Match",
    "Recommendation",
    "WarningRecord",
    "arrow_schema",
]
