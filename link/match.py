"""Link each unit's recommendations of consecutive evaluation years.

For every unit (names normalised: ``Kec. Paringin`` = ``Kecamatan Paringin``) and every
pair of consecutive years present for it (2022 -> 2023 -> 2024, or 2022 -> 2024 when 2023
is missing), the normalised recommendation texts are scored with a rapidfuzz scorer
(``cdist``), a komponen bonus is added for pairs under the same komponen, the pairs are
made one-to-one with an assignment, and each pair is decided ``match`` or ``review`` with
two cutoffs. Each emitted pair carries its scorer, cutoffs and runner-up score.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import numpy as np
import pandas as pd

from link.assign import one_to_one
from link.frames import typed_frame
from link.scoring import score_block
from link.settings import LinkSettings
from link.teks import normalize_rekomendasi, normalize_unit
from schemas.models import Match

__all__ = ["REQUIRED_COLUMNS", "link_years", "prepare_recommendations"]

REQUIRED_COLUMNS = (
    "recommendation_id",
    "unit_kerja",
    "tahun_evaluasi",
    "komponen_kode",
    "rekomendasi",
)
_WEIGHT_FLOOR = 1e-3  # a pair exactly at cutoff_review still has a positive weight


def prepare_recommendations(recs: pd.DataFrame) -> pd.DataFrame:
    """The rows that can be linked, with their blocking and comparison keys.

    Adds ``_unit`` (normalised unit name) and ``_key`` (normalised text); drops rows
    without unit, year or text; sorts by unit, year and recommendation_id so that every
    result is independent of the input order.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in recs.columns]
    if missing:
        raise ValueError(f"recommendations lack column(s): {', '.join(missing)}")
    frame = recs.loc[:, list(REQUIRED_COLUMNS)].copy()
    frame["_row"] = np.arange(len(frame))
    frame["_unit"] = [normalize_unit(u) if isinstance(u, str) else "" for u in frame.unit_kerja]
    frame["_key"] = [
        normalize_rekomendasi(t) if isinstance(t, str) else "" for t in frame.rekomendasi
    ]
    frame = frame[(frame._unit != "") & (frame._key != "") & frame.tahun_evaluasi.notna()]
    frame = frame.astype({"tahun_evaluasi": "int64", "recommendation_id": "str"})
    return frame.sort_values(["_unit", "tahun_evaluasi", "recommendation_id"], kind="stable")


def unit_display_names(frame: pd.DataFrame) -> dict[str, str]:
    """One spelling per unit key: preferably written out (``Kecamatan Awayan``, not
    ``Kec. Awayan``), then in mixed case (not ``KECAMATAN AWAYAN``), then the most
    frequent, then the alphabetically first."""
    counts = frame.groupby(["_unit", "unit_kerja"], sort=True).size().reset_index(name="n")
    spelled_out = [
        " ".join(name.casefold().split()) == key
        for key, name in zip(counts["_unit"], counts["unit_kerja"], strict=True)
    ]
    counts["_plain"] = [
        2 * full + (not name.isupper())
        for full, name in zip(spelled_out, counts["unit_kerja"], strict=True)
    ]
    counts = counts.sort_values(
        ["_unit", "_plain", "n", "unit_kerja"], ascending=[True, False, False, True]
    )
    return dict(counts.drop_duplicates("_unit").set_index("_unit")["unit_kerja"])


def year_pairs(frame: pd.DataFrame) -> Iterator[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """(unit key, earlier block, later block) for consecutive years of each unit."""
    for unit, block in frame.groupby("_unit", sort=True):
        years = block["tahun_evaluasi"].to_numpy()
        for prev, nxt in itertools.pairwise(np.unique(years)):
            yield str(unit), block[years == prev], block[years == nxt]


def _decide(score: float, runner_up: float | None, settings: LinkSettings) -> str:
    if score < settings.cutoff_match:
        return "review"
    if settings.margin and runner_up is not None and score - runner_up < settings.margin:
        return "review"
    return "match"


def _link_block(
    unit: str, prev: pd.DataFrame, nxt: pd.DataFrame, settings: LinkSettings
) -> list[dict[str, Any]]:
    cand = score_block(
        prev["_key"].tolist(),
        nxt["_key"].tolist(),
        prev["komponen_kode"].tolist(),
        nxt["komponen_kode"].tolist(),
        settings,
    )
    weights = cand.scores - settings.cutoff_review + _WEIGHT_FLOOR
    chosen = one_to_one(cand.rows, cand.cols, weights, len(prev), len(nxt))
    prev_ids = prev["recommendation_id"].to_numpy()
    next_ids = nxt["recommendation_id"].to_numpy()
    tahun_prev, tahun_next = int(prev["tahun_evaluasi"].iloc[0]), int(nxt["tahun_evaluasi"].iloc[0])
    out = []
    for e in chosen:
        i, j = int(cand.rows[e]), int(cand.cols[e])
        score = min(float(cand.scores[e]), 100.0)
        runner_up = cand.runner_up(i, j)
        runner_up = None if runner_up is None else min(float(runner_up), 100.0)
        out.append(
            {
                "recommendation_id_prev": prev_ids[i],
                "recommendation_id_next": next_ids[j],
                "unit_kerja": unit,
                "tahun_prev": tahun_prev,
                "tahun_next": tahun_next,
                "score": score,
                "decision": _decide(float(cand.scores[e]), runner_up, settings),
                "scorer": settings.scorer,
                "cutoff_match": settings.cutoff_match,
                "cutoff_review": settings.cutoff_review,
                "runner_up_score": runner_up,
            }
        )
    return out


def link_years(
    recs: pd.DataFrame, settings: LinkSettings | dict[str, Any] | None = None
) -> pd.DataFrame:
    """Links between each unit's recommendations of consecutive evaluation years.

    ``recs`` has the contract's recommendation columns (at least ``REQUIRED_COLUMNS``).
    Returns the ``matches`` table: the ``Match`` model's columns in order, one row per
    pair decided ``match`` or ``review``, sorted by unit, years and recommendation ids.
    """
    settings = LinkSettings.resolve(settings)
    frame = prepare_recommendations(recs)
    names = unit_display_names(frame)
    rows: list[dict[str, Any]] = []
    for unit, prev, nxt in year_pairs(frame):
        rows += _link_block(names[unit], prev, nxt, settings)
    result = typed_frame(rows, Match)
    return result.sort_values(
        ["unit_kerja", "tahun_prev", "tahun_next", "recommendation_id_prev"], kind="stable"
    ).reset_index(drop=True)
