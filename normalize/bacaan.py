"""One finding read twice from a scan: the scores taken from the copy that reads right.

Some layouts repeat the HASIL EVALUASI on every recommendation row, and a document may hold
the rencana aksi table and the monitoring table. On a text layer the copies are the same
text and the later ones are dropped as they are. From OCR each copy is its own reading: one
loses "c. Pemanfaatan ... 9,00 atau 60%" to a blurred line, the next reads "80%" as "90%".
Copies whose texts are near-equal are readings of one text; every score pair (nilai,
persen) is taken from the first copy whose pair the SAKIP arithmetic confirms (persen of the
pair's weight is nilai), else from the first copy that has it whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Final

from rapidfuzz import fuzz

from normalize.skor import _PARTS, SUB_BOBOT, Skor, weights
from normalize.validasi.skor import cocok

# rapidfuzz token_set_ratio from which two OCR copies of a HASIL EVALUASI are one text.
# token_set rather than ratio: a copy that lost lines keeps the other's words but not its
# length (held-out scan 102: copies of one text 85 and 91 where ratio gives 60; the HASIL of
# different findings, which share the score sentence's words, 50-60).
SAME_TEXT: Final = 75.0

_PAIRS: Final = (("nilai", "persen"), *((f"{p}_nilai", f"{p}_persen") for p in _PARTS))
_SHARES: Final = (1.0, *(SUB_BOBOT[p] for p in _PARTS))


def same_text(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a, b) >= SAME_TEXT


def _confirmed(nilai: float | None, persen: float | None, bobot: list[float]) -> bool:
    return nilai is not None and persen is not None and any(cocok(nilai, persen, w) for w in bobot)


def confirmed_pairs(skor: Skor, komponen_kode: str | None) -> int:
    """How many of the reading's score pairs the arithmetic confirms."""
    bobot = weights(komponen_kode)
    return sum(
        _confirmed(getattr(skor, n), getattr(skor, p), [w * share for w in bobot])
        for (n, p), share in zip(_PAIRS, _SHARES, strict=True)
    )


def combine(readings: Sequence[Skor], komponen_kode: str | None) -> Skor:
    """Each score pair from the first reading that confirms it, else the first whole one,
    else the first that has any of it."""
    bobot = weights(komponen_kode)
    values: dict[str, float | None] = {f.name: None for f in fields(Skor)}
    for (n, p), share in zip(_PAIRS, _SHARES, strict=True):
        pairs = [(getattr(s, n), getattr(s, p)) for s in readings]
        shared = [w * share for w in bobot]
        chosen = (
            next((pr for pr in pairs if _confirmed(*pr, shared)), None)
            or next((pr for pr in pairs if None not in pr), None)
            or next((pr for pr in pairs if pr != (None, None)), (None, None))
        )
        values[n], values[p] = chosen
    return Skor(**values)
