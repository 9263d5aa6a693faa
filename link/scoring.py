"""Score one block (earlier year x later year) and keep the candidate pairs.

The full score matrix is computed with ``rapidfuzz.process.cdist`` in row chunks, so that
a 10,000 x 10,000 block never holds more than one chunk in memory. From each chunk we keep

- the candidate pairs: scores at least ``cutoff_review`` that are among the ``top_k`` best
  of their row or of their column (the one-to-one assignment never needs the others);
- the two best scores of every row and column, exactly, whatever the cutoffs: they give
  each decided pair its runner-up score.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from link.settings import LinkSettings
from link.teks import sort_tokens

__all__ = ["Candidates", "prepare_keys", "score_block", "similar_pairs"]

CHUNK_CELLS = 4_000_000  # scores per cdist call (32 MB as float64)
_TIE = 1e-10


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs of a block and the two best scores of each row and column."""

    rows: np.ndarray  # int64, index into the earlier year's texts
    cols: np.ndarray  # int64, index into the later year's texts
    scores: np.ndarray  # float64, text score plus komponen bonus (uncapped)
    row_best: np.ndarray  # (n_rows, 2) float64, best and second best; -inf when absent
    row_best_col: np.ndarray  # (n_rows, 2) int64, their columns; -1 when absent
    col_best: np.ndarray  # (n_cols, 2)
    col_best_row: np.ndarray  # (n_cols, 2)

    def runner_up(self, row: int, col: int) -> float | None:
        """The best score competing with (row, col): another column for the row, or
        another row for the column. ``None`` when neither side has an alternative."""
        alternatives = [
            value
            for value, other in zip(self.row_best[row], self.row_best_col[row], strict=True)
            if other not in (-1, col)
        ][:1] + [
            value
            for value, other in zip(self.col_best[col], self.col_best_row[col], strict=True)
            if other not in (-1, row)
        ][:1]
        return max(alternatives) if alternatives else None


def prepare_keys(
    keys: Sequence[str], settings: LinkSettings
) -> tuple[list[str], Callable[..., float]]:
    """The strings and scorer to hand to cdist.

    ``token_sort_ratio`` is ``ratio`` over token-sorted strings: sorting once per text here
    instead of once per comparison inside cdist gives the same scores several times faster.
    """
    if settings.scorer == "token_sort_ratio":
        return [sort_tokens(k) for k in keys], fuzz.ratio
    return list(keys), settings.scorer_function


def _komponen_codes(prev: Sequence[object], nxt: Sequence[object]) -> tuple[np.ndarray, ...]:
    """Integer codes so that equal komponen compare equal and missing ones never do."""
    labels = sorted({k for k in (*prev, *nxt) if isinstance(k, str) and k})
    code = {label: i for i, label in enumerate(labels)}
    a = np.array([code.get(k, -1) if isinstance(k, str) else -1 for k in prev], dtype=np.int64)
    b = np.array([code.get(k, -2) if isinstance(k, str) else -2 for k in nxt], dtype=np.int64)
    return a, b


def _top(
    values: np.ndarray, k: int, axis: int, position: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The k largest values along an axis (largest first) and their positions.

    Ties go to the smallest ``position`` (default: the index along the axis), so the
    selection is a strict order and never depends on how the matrix was chunked.
    """
    size = values.shape[axis]
    k = min(k, size)
    if position is None:
        position = np.arange(size)
    shape = (-1, 1) if axis == 0 else (1, -1)
    # a tie-breaker far below the scores' resolution (positions < 1e5)
    key = values - position.reshape(shape) * _TIE
    if k < size:
        idx = np.argpartition(-key, k - 1, axis=axis).take(np.arange(k), axis=axis)
    else:
        idx = np.broadcast_to(np.arange(size).reshape(shape), values.shape).copy()
    order = np.argsort(-np.take_along_axis(key, idx, axis=axis), axis=axis, kind="stable")
    idx = np.take_along_axis(idx, order, axis=axis)
    return np.take_along_axis(values, idx, axis=axis), idx


def _pad2(values: np.ndarray, idx: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """Exactly two entries along ``axis`` (-inf / -1 when there were fewer)."""
    missing = 2 - values.shape[axis]
    if missing <= 0:
        sl = [slice(None)] * 2
        sl[axis] = slice(0, 2)
        return values[tuple(sl)], idx[tuple(sl)]
    shape = list(values.shape)
    shape[axis] = missing
    return (
        np.concatenate([values, np.full(shape, -np.inf)], axis=axis),
        np.concatenate([idx, np.full(shape, -1, dtype=np.int64)], axis=axis),
    )


def score_block(
    prev_keys: Sequence[str],
    next_keys: Sequence[str],
    prev_komponen: Sequence[object],
    next_komponen: Sequence[object],
    settings: LinkSettings,
    top_k: int = 10,
) -> Candidates:
    """Score every earlier text against every later text and keep the candidates."""
    n, m = len(prev_keys), len(next_keys)
    a_strings, scorer = prepare_keys(prev_keys, settings)
    b_strings, _ = prepare_keys(next_keys, settings)
    a_komp, b_komp = _komponen_codes(prev_komponen, next_komponen)
    k = max(2, top_k)

    row_best = np.full((n, 2), -np.inf)
    row_best_col = np.full((n, 2), -1, dtype=np.int64)
    col_vals = np.full((0, m), -np.inf)  # running column top-k (values, rows)
    col_rows = np.full((0, m), -1, dtype=np.int64)
    edges: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    step = max(1, CHUNK_CELLS // max(m, 1))
    for start in range(0, n if m else 0, step):
        stop = min(n, start + step)
        scores = process.cdist(
            a_strings[start:stop],
            b_strings,
            scorer=scorer,
            dtype=np.float64,
            workers=settings.workers,
        )
        if settings.komponen_bonus:
            scores += settings.komponen_bonus * (a_komp[start:stop, None] == b_komp[None, :])
        top_vals, top_cols = _top(scores, k, axis=1)
        row_best[start:stop], row_best_col[start:stop] = _pad2(top_vals, top_cols, axis=1)
        keep = top_vals >= settings.cutoff_review
        r = np.nonzero(keep)[0] + start
        edges.append((r, top_cols[keep], top_vals[keep]))
        chunk_vals, chunk_rows = _top(scores, k, axis=0, position=np.arange(start, stop))
        col_vals, col_rows = _top_merge(col_vals, col_rows, chunk_vals, chunk_rows + start, k)
    if m and n:
        keep = col_vals >= settings.cutoff_review
        edges.append((col_rows[keep], np.nonzero(keep)[1], col_vals[keep]))
    col_best, col_best_row = _pad2(col_vals.T, col_rows.T, axis=1)
    rows, cols, scores = _dedupe(edges)
    return Candidates(rows, cols, scores, row_best, row_best_col, col_best, col_best_row)


def _top_merge(
    vals: np.ndarray, rows: np.ndarray, new_vals: np.ndarray, new_rows: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray]:
    """Merge two column-wise top lists into one top-k list (largest first, then row)."""
    all_vals = np.concatenate([vals, new_vals], axis=0)
    all_rows = np.concatenate([rows, new_rows], axis=0)
    key = all_vals - all_rows * _TIE  # ties to the smallest row, as in _top
    k = min(k, len(all_vals))
    pos = np.argsort(-key, axis=0, kind="stable")[:k]
    return np.take_along_axis(all_vals, pos, axis=0), np.take_along_axis(all_rows, pos, axis=0)


def _dedupe(
    edges: list[tuple[np.ndarray, np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One entry per (row, col), sorted by row then column."""
    if not edges:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy(), np.zeros(0)
    rows = np.concatenate([e[0] for e in edges]).astype(np.int64)
    cols = np.concatenate([e[1] for e in edges]).astype(np.int64)
    scores = np.concatenate([e[2] for e in edges]).astype(np.float64)
    order = np.lexsort((cols, rows))
    rows, cols, scores = rows[order], cols[order], scores[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = (rows[1:] != rows[:-1]) | (cols[1:] != cols[:-1])
    return rows[first], cols[first], scores[first]


def similar_pairs(
    keys: Sequence[str], settings: LinkSettings, cutoff: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i < j) of ``keys`` whose text score is at least ``cutoff``, with the score."""
    strings, scorer = prepare_keys(keys, settings)
    n = len(strings)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    step = max(1, CHUNK_CELLS // max(n, 1))
    for start in range(0, n, step):
        stop = min(n, start + step)
        # only the columns right of the diagonal: each pair once, no self-pairs. (No
        # score_cutoff: with a high cutoff rapidfuzz switches to a slower algorithm.)
        scores = process.cdist(
            strings[start:stop],
            strings[start + 1 :],
            scorer=scorer,
            dtype=np.float64,
            workers=settings.workers,
        )
        r, c = np.nonzero(scores >= cutoff)
        c = c + start + 1
        upper = c > r + start
        found.append((r[upper] + start, c[upper], scores[r[upper], c[upper] - start - 1]))
    return _dedupe(found)
