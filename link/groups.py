"""Groups: the same recommendation wherever it appears, across units and years.

A group is a connected component of a graph over the distinct normalised texts, whose
edges are

- the ``match`` links between consecutive years of a unit (``link_years``): they follow a
  recommendation across rewordings and komponen moves;
- near-identical texts under the same komponen, in any unit or year: text score at least
  ``cutoff_group``, found with ``cdist`` over the distinct texts of each komponen.

Identical normalised texts are one node, so they always share a group. A group's id is
``G-`` and the first 12 hex digits of the SHA-1 of its representative normalised text (its
most frequent text, ties to the alphabetically first): the same data give the same ids in
every run and whatever the row order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import numpy as np
import pandas as pd
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from link.frames import typed_frame
from link.match import link_years, unit_display_names
from link.scoring import similar_pairs
from link.settings import LinkSettings
from link.teks import normalize_rekomendasi, normalize_unit
from schemas.models import Group

__all__ = ["assign_groups", "group_id"]

SERIES_NAME = "recommendation_group"


def group_id(representative_key: str) -> str:
    """The stable id of a group from its representative normalised text."""
    return "G-" + hashlib.sha1(representative_key.encode("utf-8")).hexdigest()[:12]


def _rows(recs: pd.DataFrame) -> pd.DataFrame:
    """The columns groups need, with keys; rows without text get an empty key."""

    def column(name: str) -> pd.Series:
        return recs[name] if name in recs.columns else pd.Series(None, index=recs.index)

    texts = column("rekomendasi")
    units = column("unit_kerja")
    frame = pd.DataFrame(
        {
            "recommendation_id": column("recommendation_id").to_numpy(),
            "unit_kerja": units.to_numpy(),
            "tahun_evaluasi": pd.to_numeric(column("tahun_evaluasi"), errors="coerce").to_numpy(),
            "komponen_kode": column("komponen_kode").to_numpy(),
            "rekomendasi": texts.to_numpy(),
            "_key": [normalize_rekomendasi(t) if isinstance(t, str) else "" for t in texts],
            "_unit": [normalize_unit(u) if isinstance(u, str) else "" for u in units],
        }
    )
    return frame


def _edges_from_matches(
    frame: pd.DataFrame, matches: pd.DataFrame, key_id: dict[str, int]
) -> list[tuple[int, int]]:
    linked = matches[matches["decision"] == "match"]
    node_of = dict(zip(frame["recommendation_id"], frame["_key"].map(key_id), strict=True))
    return [
        (int(node_of[a]), int(node_of[b]))
        for a, b in zip(
            linked["recommendation_id_prev"], linked["recommendation_id_next"], strict=True
        )
        if a in node_of and b in node_of and not pd.isna(node_of[a]) and not pd.isna(node_of[b])
    ]


def _edges_from_texts(
    frame: pd.DataFrame, key_id: dict[str, int], settings: LinkSettings
) -> list[tuple[int, int]]:
    """Near-identical texts within each komponen."""
    cutoff = settings.cutoff_group
    edges: list[tuple[int, int]] = []
    komponen = frame["komponen_kode"].where(frame["komponen_kode"].notna(), "")
    for _, block in frame.groupby(komponen, sort=True):
        keys = sorted(set(block["_key"]))
        if len(keys) < 2:
            continue
        rows, cols, _ = similar_pairs(keys, settings, cutoff)
        edges += [(key_id[keys[i]], key_id[keys[j]]) for i, j in zip(rows, cols, strict=True)]
    return edges


def _components(n_nodes: int, edges: list[tuple[int, int]]) -> np.ndarray:
    if not edges:
        return np.arange(n_nodes)
    a, b = np.array(edges, dtype=np.int64).T
    graph = coo_matrix((np.ones(len(a)), (a, b)), shape=(n_nodes, n_nodes))
    return connected_components(graph, directed=False)[1]


def _most_common(frame: pd.DataFrame, column: str) -> pd.Series:
    """Per ``_label``: the most frequent non-empty value of ``column``, ties to the smallest."""
    values = frame[["_label", column]].dropna()
    values = values[values[column] != ""]
    counts = values.groupby(["_label", column], sort=True).size().reset_index(name="n")
    counts = counts.sort_values(["_label", "n", column], ascending=[True, False, True])
    return counts.drop_duplicates("_label").set_index("_label")[column]


def _groups_table(frame: pd.DataFrame, rep: dict[int, str], names: dict[str, str]) -> pd.DataFrame:
    """One row per group (``frame``: the rows with a key, labelled), vectorised."""
    by = frame.groupby("_label", sort=True)
    table = pd.DataFrame({"n_recommendations": by.size()})
    table["recommendation_group"] = [group_id(rep[int(lab)]) for lab in table.index]
    is_rep = frame["_key"].to_numpy() == frame["_label"].map(rep).to_numpy()
    table["rekomendasi"] = _most_common(frame[is_rep], "rekomendasi")
    table["komponen_kode"] = _most_common(frame, "komponen_kode")
    years = frame.dropna(subset=["tahun_evaluasi"]).groupby("_label")["tahun_evaluasi"]
    table["n_years"] = years.nunique()
    table["tahun_first"], table["tahun_last"] = years.min(), years.max()
    units = frame.loc[frame["_unit"] != "", ["_label", "_unit"]].drop_duplicates()
    units["name"] = units["_unit"].map(names)
    units = units.sort_values(["_label", "name"])
    table["n_units"] = units.groupby("_label").size()
    table["unit_kerja_list"] = units.groupby("_label")["name"].agg("; ".join)
    table[["n_years", "n_units"]] = table[["n_years", "n_units"]].fillna(0)
    return typed_frame(table, Group)


def assign_groups(
    recs: pd.DataFrame,
    settings: LinkSettings | dict[str, Any] | None = None,
    matches: pd.DataFrame | None = None,
) -> tuple[pd.Series, pd.DataFrame]:
    """The group of each recommendation and the ``groups`` table.

    ``matches`` are ``link_years``' links (computed when not given). Returns a series
    named ``recommendation_group`` aligned with ``recs`` (null where a recommendation has
    no text) and a frame with the ``Group`` model's columns, the groups shared by most
    units first.
    """
    settings = LinkSettings.resolve(settings)
    frame = _rows(recs)
    keys = sorted({k for k in frame["_key"] if k})
    key_id = {k: i for i, k in enumerate(keys)}
    edges = _edges_from_texts(frame[frame["_key"] != ""], key_id, settings)
    if matches is None:
        matches = link_years(recs, settings)
    edges += _edges_from_matches(frame[frame["_key"] != ""], matches, key_id)
    label = _components(len(keys), edges)

    has_key = frame["_key"] != ""
    frame["_label"] = [label[key_id[k]] if k else -1 for k in frame["_key"]]
    counts = Counter(frame.loc[has_key, "_key"])
    rep: dict[int, str] = {}
    for key in keys:  # the most frequent text of each component, ties to the first
        current = rep.get(label[key_id[key]])
        if current is None or counts[key] > counts[current]:
            rep[label[key_id[key]]] = key
    gids = {lab: group_id(key) for lab, key in rep.items()}
    series = pd.Series(
        [gids[lab] if lab >= 0 else None for lab in frame["_label"]],
        index=recs.index,
        name=SERIES_NAME,
        dtype="str",
    )
    names = unit_display_names(frame[frame["_unit"] != ""])
    groups = (
        _groups_table(frame[has_key], rep, names)
        .sort_values(
            ["n_units", "n_years", "n_recommendations", "recommendation_group"],
            ascending=[False, False, False, True],
            kind="stable",
        )
        .reset_index(drop=True)
    )
    return series, groups
