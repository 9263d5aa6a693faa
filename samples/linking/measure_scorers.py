"""Measure scorers and cutoffs on labelled linking data (how LinkSettings' defaults were chosen).

    python samples/linking/measure_scorers.py       # tune on seeds 1-80, check on 101-300

For every scorer and komponen bonus, the linker runs once with a low review cutoff on the
tuning seeds; the match cutoff (and the ambiguity margin) are then swept over the emitted
pairs, and the highest-recall setting at the precision floor is kept. Each kept setting is
then run as is (with the default review cutoff) on other seeds, the committed samples and
the held-out seed, and timed on 1,000 x 1,000 texts. Precision and recall count only pairs
decided ``match``; ``review`` pairs are counted separately.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path
from types import ModuleType

import pandas as pd

from link.match import link_years
from link.settings import LinkSettings


def _load_generator() -> ModuleType:
    path = Path(__file__).with_name("make_linking_data.py")
    spec = importlib.util.spec_from_file_location("_linking_generator", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def pairs_with_truth(seeds: list[int], settings: LinkSettings) -> tuple[pd.DataFrame, int]:
    """All emitted pairs over ``seeds`` with a ``true`` column, and the number of true links."""
    gen = _load_generator()
    frames, n_true = [], 0
    for seed in seeds:
        data = gen.generate(seed)
        truth = set(map(tuple, data.true_links.to_numpy()))
        n_true += len(truth)
        pairs = link_years(data.recommendations, settings)
        pairs["true"] = [
            (a, b) in truth
            for a, b in zip(pairs.recommendation_id_prev, pairs.recommendation_id_next, strict=True)
        ]
        frames.append(pairs)
    return pd.concat(frames, ignore_index=True), n_true


def evaluate(pairs: pd.DataFrame, n_true: int, cutoff_match: float, margin: float = 0.0) -> dict:
    """Precision and recall of the pairs decided ``match`` at ``cutoff_match``."""
    gap = pairs.score - pairs.runner_up_score.fillna(-1e9)
    is_match = (pairs.score >= cutoff_match) & ((margin == 0) | (gap >= margin))
    tp = int((is_match & pairs.true).sum())
    n_match = int(is_match.sum())
    review = pairs[~is_match]
    return {
        "cutoff_match": cutoff_match,
        "margin": margin,
        "match": n_match,
        "precision": tp / n_match if n_match else 1.0,
        "recall": tp / n_true if n_true else 1.0,
        "review": len(review),
        "review_true": int(review.true.sum()),
        "missed": n_true - tp - int(review.true.sum()),
    }


def sweep(
    seeds: list[int], scorers: list[str], review: float, bonuses: list[float]
) -> pd.DataFrame:
    rows = []
    for scorer in scorers:
        for bonus in bonuses:
            settings = LinkSettings(
                scorer=scorer, cutoff_match=review, cutoff_review=review, komponen_bonus=bonus
            )
            pairs, n_true = pairs_with_truth(seeds, settings)
            for cutoff in range(int(review), 100, 1):
                for margin in (0.0, 5.0):
                    rows.append(
                        {
                            "scorer": scorer,
                            "bonus": bonus,
                            **evaluate(pairs, n_true, cutoff, margin),
                        }
                    )
    return pd.DataFrame(rows)


def plateau(table: pd.DataFrame, min_precision: float, min_recall: float) -> pd.DataFrame:
    """Per scorer and bonus (no margin): the match cutoffs where precision and recall both
    clear their floors, and the middle one (robust to data that differ a little). Scorers
    without such a cutoff keep their highest-recall cutoff at the precision floor."""
    rows = []
    for (scorer, bonus), part in table[table.margin == 0].groupby(["scorer", "bonus"]):
        ok = part[(part.precision >= min_precision) & (part.recall >= min_recall)]
        if len(ok):
            low, high = int(ok.cutoff_match.min()), int(ok.cutoff_match.max())
            chosen = part[part.cutoff_match == (low + high) // 2].iloc[0]
            span = f"{low}-{high}"
        else:
            floor = part[part.precision >= min_precision]
            chosen = floor.sort_values(["recall", "precision"], ascending=False).iloc[0]
            span = "none"
        rows.append({"scorer": scorer, "bonus": bonus, "plateau": span, **chosen.to_dict()})
    columns = ["scorer", "bonus", "plateau", "cutoff_match", "margin", "match", "precision"]
    columns += ["recall", "review", "review_true", "missed"]
    return pd.DataFrame(rows)[columns]


def _seeds(spec: str) -> list[int]:
    low, _, high = spec.partition("-")
    return list(range(int(low), int(high or low) + 1))


def _seconds_1000(settings: LinkSettings) -> float:
    """link_years on one unit with 1,000 x 1,000 texts of the generator's pool."""
    gen = _load_generator()
    texts = [
        text for seed in range(1, 40) for text in gen.generate(seed).recommendations.rekomendasi
    ]
    recs = pd.DataFrame(
        {
            "recommendation_id": [f"{i // 1000}-{i}" for i in range(2000)],
            "unit_kerja": "Kecamatan Juai",
            "tahun_evaluasi": [2023] * 1000 + [2024] * 1000,
            "komponen_kode": ["ABCD"[i % 4] for i in range(2000)],
            "rekomendasi": texts[:2000],
        }
    )
    start = time.perf_counter()
    link_years(recs, settings)
    return round(time.perf_counter() - start, 2)


def check(best: pd.DataFrame, checks: dict[str, list[int]]) -> pd.DataFrame:
    """Run each kept setting on other data."""
    rows = []
    for row in best.itertuples():
        settings = LinkSettings(
            scorer=row.scorer,
            cutoff_match=float(row.cutoff_match),
            komponen_bonus=float(row.bonus),
            cutoff_review=min(LinkSettings().cutoff_review, float(row.cutoff_match)),
            margin=float(row.margin),
        )
        out = {"scorer": row.scorer, "bonus": row.bonus, "cutoff_match": row.cutoff_match}
        for name, seeds in checks.items():
            pairs, n_true = pairs_with_truth(seeds, settings)
            q = evaluate(pairs, n_true, settings.cutoff_match, settings.margin)
            out[f"{name} P"] = round(q["precision"], 4)
            out[f"{name} R"] = round(q["recall"], 4)
            out[f"{name} review"] = q["review"]
        out["s/1000x1000"] = _seconds_1000(settings)
        rows.append(out)
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1-80", help="tuning seeds, e.g. 1-80")
    parser.add_argument("--check-seeds", default="101-300", help="other seeds to check on")
    parser.add_argument(
        "--scorers",
        default="ratio,token_sort_ratio,token_set_ratio,WRatio,"
        "QRatio,token_ratio,partial_ratio,partial_token_sort_ratio",
    )
    parser.add_argument("--review", type=float, default=60.0)
    parser.add_argument("--bonus", default="3")
    parser.add_argument("--min-precision", type=float, default=0.99)
    parser.add_argument("--min-recall", type=float, default=0.97)
    args = parser.parse_args(argv)
    table = sweep(
        _seeds(args.seeds),
        args.scorers.split(","),
        args.review,
        [float(b) for b in args.bonus.split(",")],
    )
    pd.set_option("display.width", 250)
    best = plateau(table, args.min_precision, args.min_recall)
    print(
        f"tuning seeds {args.seeds}: match cutoffs with precision >= {args.min_precision} and "
        f"recall >= {args.min_recall} (plateau) and the middle one:"
    )
    print(best.to_string(index=False))
    gen = _load_generator()
    checks = {
        "other": _seeds(args.check_seeds),
        "samples": [gen.SEED],
        "held-out": [gen.HELD_OUT_SEED],
    }
    print("\nthe same settings on other data:")
    print(check(best, checks).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
