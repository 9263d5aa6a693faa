"""OCR's letter slips in Indonesian words, put right from Tesseract's own word list.

Tesseract's LSTM reads a word letter by letter and leans on its dictionary only weakly,
so in small print it writes ``kineria`` for *kinerja*, ``tabei`` for *tabel*, ``sumher``
for *sumber*, ``tanaaal`` for *tanggal*: a letter taken for one of a few look-alikes.
The Indonesian model it reads with carries a word list (``ind.lstm-word-dawg``), which
``combine_tessdata`` and ``dawg2wordlist`` (both in Debian's ``tesseract-ocr``) write
out; nothing is downloaded.

A word is changed only when it is not in that list (nor in the SAKIP terms the list
lacks), and exactly one word of the list is reached from it by the fewest look-alike
swaps (at most two, and two only in words of six letters or more). Words with capitals
inside (names, acronyms) and short ones stay as read; so does everything when the tools
or the model are missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from functools import cache
from itertools import combinations, product
from pathlib import Path
from typing import Final

# letter -> what Tesseract writes for it in small or worn print, and back
_LOOKALIKES: Final[dict[str, tuple[str, ...]]] = {
    "i": ("l", "j", "t"),
    "l": ("i", "t"),
    "j": ("i",),
    "t": ("i", "l"),
    "a": ("g", "o"),
    "g": ("a",),
    "o": ("a",),
    "h": ("b",),
    "b": ("h",),
    "v": ("y",),
    "y": ("v",),
    "c": ("e",),
    "e": ("c",),
    "n": ("u",),
    "u": ("n",),
}
MAX_SWAPS: Final = 2
MIN_LENGTH: Final = 4
# a short word two swaps away from another is as likely another word (a name) as a slip
MIN_LENGTH_TWO_SWAPS: Final = 6
# SAKIP terms the general word list lacks: never "corrected" into a common word
SAKIP_TERMS: Final = frozenset(
    {
        "renstra",
        "renja",
        "renaksi",
        "lkjip",
        "sakip",
        "esakip",
        "cascading",
        "crosscutting",
        "rpjmd",
        "rkpd",
        "kasubbag",
        "kasubag",
        "kasi",
        "sekcam",
        "bappeda",
        "inspektorat",
        "reviu",
        "dokumen",
    }
)
MODEL: Final = "ind"
_TOKEN: Final = re.compile(r"(?<![\w@/.-])[A-Za-z]+(?![\w@/-])")
_CHUNK: Final = re.compile(r"\S+")
_ADDRESS: Final = re.compile(r"[/@]|(?i:www|https?)")


def _tessdata() -> Path | None:
    """Where the installed model lies: TESSDATA_PREFIX, else Debian's and the usual paths."""
    roots = [os.environ.get("TESSDATA_PREFIX", "")]
    roots += sorted(str(p) for p in Path("/usr/share/tesseract-ocr").glob("*/tessdata"))
    roots += ["/usr/share/tessdata", "/usr/local/share/tessdata"]
    for root in roots:
        if root and (Path(root) / f"{MODEL}.traineddata").is_file():
            return Path(root) / f"{MODEL}.traineddata"
    return None


@cache
def lexicon() -> frozenset[str]:
    """The model's words, lower-cased; empty when the model or the tools are missing."""
    model = _tessdata()
    if model is None or not (shutil.which("combine_tessdata") and shutil.which("dawg2wordlist")):
        return frozenset()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / MODEL
        dawg, charset, out = (
            Path(f"{base}.{s}") for s in ("lstm-word-dawg", "lstm-unicharset", "txt")
        )
        try:
            subprocess.run(
                ["combine_tessdata", "-e", str(model), str(dawg), str(charset)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            subprocess.run(
                ["dawg2wordlist", str(charset), str(dawg), str(out)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            words = out.read_text(encoding="utf-8", errors="replace").split()
        except (OSError, subprocess.SubprocessError):
            return frozenset()
    return frozenset(w.lower() for w in words)


def _known(word: str, words: frozenset[str]) -> bool:
    return word in words or word in SAKIP_TERMS


def _swapped(word: str, swaps: int) -> Iterator[str]:
    """``word`` with ``swaps`` of its letters each replaced by a look-alike."""
    places = [i for i, ch in enumerate(word) if ch in _LOOKALIKES]
    for chosen in combinations(places, swaps):
        for letters in product(*(_LOOKALIKES[word[i]] for i in chosen)):
            out = list(word)
            for i, ch in zip(chosen, letters, strict=True):
                out[i] = ch
            yield "".join(out)


def correct_word(token: str, words: frozenset[str] | None = None) -> str:
    """``token`` with its look-alike slips put right (module docstring), else as read."""
    words = lexicon() if words is None else words
    lower = token.lower()
    if not words or len(token) < MIN_LENGTH or _known(lower, words):
        return token
    if token[1:] != token[1:].lower():
        return token  # capitals inside: a name or an acronym
    for swaps in range(1, MAX_SWAPS + 1):
        if swaps > 1 and len(token) < MIN_LENGTH_TWO_SWAPS:
            break
        found = {c for c in _swapped(lower, swaps) if _known(c, words)}
        if len(found) > 1:
            return token  # two words reach it: no telling which was printed
        if found:
            (fixed,) = found
            return fixed.capitalize() if token[0].isupper() else fixed
    return token


def correct_text(text: str, words: frozenset[str] | None = None) -> str:
    """Every word of ``text`` through :func:`correct_word`."""
    words = lexicon() if words is None else words
    if not words:
        return text
    return _CHUNK.sub(lambda c: _correct_chunk(c[0], words), text)


def _correct_chunk(chunk: str, words: frozenset[str]) -> str:
    if _ADDRESS.search(chunk):
        return chunk  # a URL or an e-mail address: its parts are no words
    return _TOKEN.sub(lambda m: correct_word(m[0], words), chunk)
