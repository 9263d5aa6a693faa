"""The link stage inside the pipeline: add matches, groups and recommendation_group.

Pure over Arrow tables: ``link_tables`` takes the batch's tables and returns them with
the ``matches`` and ``groups`` tables filled and each recommendation's group set. Runs
when the recommendations span more than one evaluation year or more than one unit.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import pyarrow as pa

from link import LinkSettings, link_all
from schemas import TABLES, arrow_schema


def _typed(name: str, frame: pd.DataFrame) -> pa.Table:
    schema = arrow_schema(TABLES[name])
    columns = {field.name: frame.get(field.name) for field in schema}
    return pa.Table.from_pandas(
        pd.DataFrame(columns, index=frame.index), schema=schema, preserve_index=False
    )


def should_link(recommendations: pa.Table) -> bool:
    """Linking has something to do: several years, or several units to group."""
    if recommendations.num_rows == 0:
        return False
    years = set(recommendations.column("tahun_evaluasi").to_pylist()) - {None}
    units = set(recommendations.column("unit_kerja").to_pylist()) - {None}
    return len(years) > 1 or len(units) > 1


def link_tables(
    tables: Mapping[str, pa.Table], settings: LinkSettings | None = None
) -> dict[str, pa.Table]:
    """The tables with matches, groups and recommendations.recommendation_group filled."""
    out = dict(tables)
    recs = tables["recommendations"].to_pandas()
    if recs.empty:
        out["matches"] = _typed("matches", pd.DataFrame())
        out["groups"] = _typed("groups", pd.DataFrame())
        return out
    result = link_all(recs, settings)
    recs["recommendation_group"] = result.recommendation_group.reindex(recs.index)
    out["recommendations"] = _typed("recommendations", recs)
    out["matches"] = _typed("matches", result.matches)
    out["groups"] = _typed("groups", result.groups)
    return out
