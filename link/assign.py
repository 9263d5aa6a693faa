"""One-to-one pairing of candidate pairs: a maximum-weight bipartite matching.

The candidate graph (earlier texts x later texts, an edge per candidate pair) falls
apart into connected components. Each component is solved on its own: small ones with
``scipy.optimize.linear_sum_assignment`` on a dense matrix, large ones with
``scipy.sparse.csgraph.min_weight_full_bipartite_matching`` on the sparse graph (a dense
10,000 x 10,000 problem would need 800 MB and minutes).
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix, csr_matrix
from scipy.sparse.csgraph import connected_components, min_weight_full_bipartite_matching

__all__ = ["one_to_one"]

DENSE_CELLS = 1_000_000  # components up to this many cells are solved densely


def one_to_one(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, n_rows: int, n_cols: int
) -> np.ndarray:
    """Indices of the chosen edges: each row and each column used at most once, and the
    sum of the chosen (positive) weights as large as possible. Deterministic."""
    if len(rows) == 0:
        return np.zeros(0, dtype=np.int64)
    graph = coo_matrix(
        (np.ones(len(rows)), (rows, cols + n_rows)), shape=(n_rows + n_cols,) * 2
    ).tocsr()
    _, labels = connected_components(graph, directed=False)
    edge_label = labels[rows]
    order = np.lexsort((np.arange(len(rows)), edge_label))
    bounds = np.flatnonzero(np.diff(edge_label[order])) + 1
    chosen = [
        _solve(rows[part], cols[part], weights[part], part) for part in np.split(order, bounds)
    ]
    return np.sort(np.concatenate(chosen))


def _solve(rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Matching of one component; returns the chosen edge ids."""
    if len(rows) == 1:
        return ids
    urows, r = np.unique(rows, return_inverse=True)
    ucols, c = np.unique(cols, return_inverse=True)
    if len(urows) * len(ucols) <= DENSE_CELLS:
        matrix = np.zeros((len(urows), len(ucols)))
        edge_at = np.full((len(urows), len(ucols)), -1, dtype=np.int64)
        matrix[r, c] = weights
        edge_at[r, c] = np.arange(len(rows))
        pick_r, pick_c = linear_sum_assignment(matrix, maximize=True)
        picked = edge_at[pick_r, pick_c]
        return ids[picked[picked >= 0]]
    return ids[_solve_sparse(r, c, weights, len(urows), len(ucols))]


def _solve_sparse(
    r: np.ndarray, c: np.ndarray, weights: np.ndarray, nr: int, nc: int
) -> np.ndarray:
    """Sparse matching; a zero-weight escape column per row makes a full matching exist."""
    top = float(weights.max()) + 1.0
    escape = np.arange(nr)
    matrix = csr_matrix(
        (
            np.concatenate([top - weights, np.full(nr, top)]),
            (np.concatenate([r, escape]), np.concatenate([c, nc + escape])),
        ),
        shape=(nr, nc + nr),
    )
    _, match_col = min_weight_full_bipartite_matching(matrix)
    lookup = {(int(i), int(j)): e for e, (i, j) in enumerate(zip(r, c, strict=True))}
    picked = [lookup[(i, int(j))] for i, j in enumerate(match_col) if 0 <= j < nc]
    return np.array(sorted(picked), dtype=np.int64)
