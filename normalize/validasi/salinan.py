"""``rencana_aksi_salinan``: the action plan only restates the recommendation.

Both texts are reduced to what they ask for: lower case, no item number ("2."), no opening
"Agar" / "Supaya" / "Diharapkan" and no "kedepannya" after it, punctuation as spaces, single
spaces. The plan is a copy when RapidFuzz's ``ratio`` of the two is at least
:data:`SALINAN_CUTOFF`.

The cutoff (80) comes from examples built on the seed's recommendations: a copy with one verb
swapped ("Membuat" -> "Menyusun diagram Crosscutting": 84), shortened ("Menindaklanjuti
rekomendasi LHE SAKIP tahun sebelumnya": 89) or with a word of timing added (85) is still a
restatement, while plans that say how (who, with whom, which document: "Menyusun diagram
crosscutting bersama Bappeda dan menetapkannya dengan SK Camat": 45) score 30-67. ``ratio``
rather than ``partial_ratio`` or ``token_set_ratio`` on purpose: a plan that contains the whole
recommendation and adds the how is not a copy.

This is a column, not a warning: restating the recommendation is accepted practice (every
plan of the real document does it), so it must not colour the document's status; analysts
filter on the column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from rapidfuzz import fuzz

from schemas import Recommendation

SALINAN_CUTOFF: Final = 80.0
Scorer = Callable[..., float]

_NUMBER: Final = re.compile(r"^\s*(?:\d{1,2}|[a-z])\s*[.)]\s*")
_PUNCT: Final = re.compile(r"[^\w\s]+")
_OPENING: Final = re.compile(
    r"^(?:agar|supaya|hendaknya|diharapkan(?: agar)?|disarankan(?: agar)?)\s+"
    r"(?:(?:ke ?depan(?:nya)?|selanjutnya)\s+)?"
)
_AHEAD: Final = re.compile(r"^(?:ke ?depan(?:nya)?|selanjutnya)\s+")


def inti(text: str) -> str:
    """What a recommendation or plan asks for, without wording that does not change it."""
    s = _NUMBER.sub("", text.lower())
    s = " ".join(_PUNCT.sub(" ", s).split())
    s = _OPENING.sub("", s)
    return _AHEAD.sub("", s)


def is_salinan(
    rekomendasi: str | None,
    rencana_aksi: str | None,
    *,
    scorer: Scorer = fuzz.ratio,
    cutoff: float = SALINAN_CUTOFF,
) -> bool | None:
    """True when the plan restates the recommendation; None when either text is missing."""
    if not rekomendasi or not rencana_aksi:
        return None
    a, b = inti(rekomendasi), inti(rencana_aksi)
    if not a or not b:
        return None
    return bool(scorer(a, b) >= cutoff)


def tandai_salinan(
    recommendations: Sequence[Recommendation],
    *,
    scorer: Scorer = fuzz.ratio,
    cutoff: float = SALINAN_CUTOFF,
) -> list[Recommendation]:
    """Each recommendation with ``rencana_aksi_salinan`` set."""
    return [
        r.model_copy(
            update={
                "rencana_aksi_salinan": is_salinan(
                    r.rekomendasi, r.rencana_aksi, scorer=scorer, cutoff=cutoff
                )
            }
        )
        for r in recommendations
    ]
