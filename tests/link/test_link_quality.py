"""Quality on labelled data: match precision >= 0.97 and recall >= 0.95.

Only pairs decided ``match`` count; ``review`` pairs are counted apart (and reported).
Checked on the committed samples (samples/linking) and on a held-out seed generated
here, which was never used to choose the settings.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from link_fixtures import LINKING, load_generator, quality

from link import assign_groups, link_years

MIN_PRECISION = 0.97
MIN_RECALL = 0.95


def _read(folder: Path) -> tuple[pd.DataFrame, set[tuple[str, str]]]:
    recs = pd.read_csv(folder / "recommendations.csv")
    links = pd.read_csv(folder / "true_links.csv")
    truth = set(zip(links["recommendation_id_prev"], links["recommendation_id_next"], strict=True))
    return recs, truth


def _check(recs: pd.DataFrame, truth: set[tuple[str, str]]) -> dict[str, float]:
    matches = link_years(recs)
    q = quality(matches, truth)
    assert q["precision"] >= MIN_PRECISION, q
    assert q["recall"] >= MIN_RECALL, q
    # one-to-one within each pair of years
    assert matches["recommendation_id_prev"].is_unique
    assert matches["recommendation_id_next"].is_unique
    return q


def test_committed_samples_are_what_the_generator_makes(tmp_path: Path) -> None:
    gen = load_generator()
    gen.write(gen.generate(gen.SEED), tmp_path)
    for name in ("recommendations.csv", "true_links.csv"):
        assert (tmp_path / name).read_bytes() == (LINKING / name).read_bytes(), name


def test_samples_precision_and_recall() -> None:
    recs, truth = _read(LINKING)
    assert len(truth) >= 80 and recs["unit_kerja"].nunique() > 8  # spelling variants
    _check(recs, truth)


def test_held_out_precision_and_recall(tmp_path: Path) -> None:
    gen = load_generator()
    gen.write(gen.generate(gen.HELD_OUT_SEED), tmp_path)
    recs, truth = _read(tmp_path)
    _check(recs, truth)


@pytest.mark.parametrize("seed", [101, 202, 303])
def test_more_unseen_seeds(seed: int) -> None:
    data = load_generator().generate(seed)
    _check(data.recommendations, set(map(tuple, data.true_links.to_numpy())))


def test_groups_on_samples_are_pure() -> None:
    """Pairwise: two recommendations share a group <=> they come from the same text."""
    gen = load_generator()
    data = gen.generate(gen.SEED)
    series, groups = assign_groups(data.recommendations)
    truth = data.template.reindex(data.recommendations["recommendation_id"]).to_numpy()
    df = pd.DataFrame({"group": series.to_numpy(), "truth": truth})

    def pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    both = pairs(df.groupby(["group", "truth"]).size())
    precision = both / pairs(df.groupby("group").size())
    recall = both / pairs(df.groupby("truth").size())
    assert precision >= 0.9 and recall >= 0.9, (precision, recall)
    assert groups["n_units"].max() <= data.recommendations["unit_kerja"].nunique()
