"""STATUS/PROGRES PENYELESAIAN cell -> ``selesai``, ``proses`` or ``belum``.

Only the opening words decide: a status cell starts with its verdict ("Sudah ditindaklanjuti
dengan Menyusun Draft ..."), while a free text that merely mentions "proses" somewhere is not a
status. Rules, first hit wins:

* a cell that is only a percentage: 100% -> selesai, 0% -> belum, in between -> proses;
* "belum"/"blm"/"btl"/"tidak"/"tdk" first -> belum ("Belum sesuai" is belum, never selesai),
  except "belum sepenuhnya/seluruhnya", which says part is done -> proses;
* "dalam/dlm/sedang/masih proses", "on/in progress", "on going", "proses", "sebagian",
  "sedang", "berjalan", "berlangsung" -> proses;
* "sudah"/"sdh"/"telah"/"selesai"/"sesuai"/"ditindaklanjuti"/"terealisasi"/"tuntas"/
  "terlaksana"/"rampung"/"TL"/"TLS" -> selesai, but
  "sebagian" among the next words ("Sudah ditindaklanjuti sebagian") makes it proses.

Long words are matched with RapidFuzz (ratio >= 80) to absorb typos ("Sudha", "Belom",
"Seleai"); short words and abbreviations only exactly, because "tidak" is one letter away
from "tindak".
"""

from __future__ import annotations

import re
from typing import Final, Literal

from rapidfuzz import fuzz, process

from normalize.angka import parse_angka

Status = Literal["selesai", "proses", "belum"]

FUZZY_CUTOFF: Final = 80.0

# Words matched exactly (short ones, where one typo already means another word).
_EXACT: Final[dict[str, Status]] = {
    "tl": "selesai",
    "tls": "selesai",
    "sdh": "selesai",
    "sudh": "selesai",
    "udah": "selesai",
    "blum": "belum",
    "blom": "belum",
    "done": "selesai",
    "ok": "selesai",
    "btl": "belum",
    "blm": "belum",
    "tdk": "belum",
    "tidak": "belum",
    "tlbs": "belum",
    "sedang": "proses",
    "progres": "proses",
    "progress": "proses",
    "ongoing": "proses",
    "going": "proses",
    "partial": "proses",
}
# Words matched with typo tolerance.
_FUZZY: Final[dict[str, Status]] = {
    "sudah": "selesai",
    "telah": "selesai",
    "selesai": "selesai",
    "sesuai": "selesai",
    "ditindaklanjuti": "selesai",
    "terealisasi": "selesai",
    "tuntas": "selesai",
    "terlaksana": "selesai",
    "rampung": "selesai",
    "belum": "belum",
    "proses": "proses",
    "sebagian": "proses",
    "berjalan": "proses",
    "berlangsung": "proses",
}
# Openers that say nothing about the verdict; the next word decides.
_FILLER: Final = frozenset(
    {"status", "keterangan", "masih", "on", "in", "tindak", "lanjut", "tindaklanjut"}
)
# "Dalam ..." is a verdict only with one of these after it ("Dalam rangka ..." is not).
_DALAM: Final = frozenset({"dalam", "dlm", "sdg"})
_DALAM_NEXT: Final = (
    "proses",
    "tahap",
    "penyusunan",
    "pelaksanaan",
    "pengerjaan",
    "perbaikan",
    "pemenuhan",
)
# "Belum sepenuhnya ..." says part of it is done.
_PARTLY: Final = ("sepenuhnya", "seluruhnya")
_TOKEN = re.compile(r"[^\W_]+")
_PERCENT = re.compile(r"\s*([0-9]+(?:[.,][0-9]+)?)\s*%")
_EMPTY: Final = frozenset({"", "-", "–", "—", "_", "n/a", "na", "nihil"})


def _word_status(word: str) -> Status | None:
    """Status a single word stands for, exact for short words and fuzzy for long ones."""
    if word in _EXACT:
        return _EXACT[word]
    if len(word) < 5:
        return _FUZZY.get(word)
    best = process.extractOne(word, list(_FUZZY), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return _FUZZY[best[0]] if best else None


def _percent_status(number: str) -> Status | None:
    """100% -> selesai, 0% -> belum, anything between -> proses."""
    value = parse_angka(number)
    if value is None or not 0 <= value <= 100:
        return None
    if value == 100:
        return "selesai"
    return "belum" if value == 0 else "proses"


def _fuzzy_in(words: list[str], target: str) -> bool:
    """True when one of ``words`` is ``target`` give or take a typo."""
    return any(fuzz.ratio(w, target) >= FUZZY_CUTOFF for w in words)


def status_tindak_lanjut(text: str | None) -> Status | None:
    """Classify a status/progress cell; None when empty or not a status."""
    if not isinstance(text, str) or text.strip().lower() in _EMPTY:
        return None
    percent = _PERCENT.match(text)
    if percent:
        return _percent_status(percent[1])
    words = [w.lower() for w in _TOKEN.findall(text)[:10]]
    while words and words[0] in _FILLER:
        words.pop(0)
    if not words:
        return None
    head, rest = words[0], words[1:4]
    if head in _DALAM:
        return "proses" if any(_fuzzy_in(rest[:1], w) for w in _DALAM_NEXT) else None
    found = _word_status(head)
    if found == "belum" and any(_fuzzy_in(rest[:1], w) for w in _PARTLY):
        return "proses"
    if found == "selesai" and _fuzzy_in(rest, "sebagian"):
        return "proses"
    return found
