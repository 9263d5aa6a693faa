"""Make the linking samples: the same units over 2022-2024 with realistic drift.

Writes ``recommendations.csv`` (the contract's recommendation columns) and
``true_links.csv`` (recommendation_id_prev, recommendation_id_next) next to this file.
The links are labelled from the generator's own knowledge (each recommendation carries a
lineage from one year to the next), never from the linker's output.

Drift applied between years: rewording (synonyms, a clause added or dropped), typos,
"Agar" / "Agar kedepannya" added or dropped, case, punctuation and spacing, a leftover item
number, renumbering (the order within a component changes), a recommendation moved to
another component, and recommendations dropped and added. Unit names vary in spelling
("Kec. Awayan", "KECAMATAN AWAYAN"). One unit skips 2023, one starts in 2023.

    python samples/linking/make_linking_data.py            # the committed samples (seed 2024)
    python samples/linking/make_linking_data.py --seed 7 --out /tmp/heldout
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import itertools
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pandas as pd

SEED = 2024
HELD_OUT_SEED = 9173  # "data never seen": used by the tests only, never to tune settings
YEARS = (2022, 2023, 2024)
UNITS = (
    "Kecamatan Paringin",
    "Kecamatan Paringin Selatan",
    "Kecamatan Awayan",
    "Kecamatan Batumandi",
    "Kecamatan Halong",
    "Kecamatan Juai",
    "Kecamatan Lampihong",
    "Kecamatan Tebing Tinggi",
)
COLUMNS = (
    "recommendation_id",
    "document_id",
    "unit_kerja",
    "tahun_evaluasi",
    "komponen_kode",
    "komponen",
    "finding_no",
    "rekomendasi_no",
    "rekomendasi",
    "rencana_aksi",
)
# How many recommendations a unit receives per component in its first year.
PER_KOMPONEN = {"A": (2, 4), "B": (2, 4), "C": (2, 4), "D": (1, 2)}
P_REPEAT = 0.65  # a recommendation comes back the next year
P_MOVE = 0.06  # ... under another component
NEIGHBOUR_KOMPONEN = {"A": "BC", "B": "AC", "C": "BD", "D": "AC"}


def _load_teks() -> ModuleType:
    path = Path(__file__).with_name("teks_rekomendasi.py")
    spec = importlib.util.spec_from_file_location("_linking_teks_rekomendasi", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


TEKS = _load_teks()


@dataclass
class Item:
    """One recommendation of one unit in one year, with its lineage."""

    lineage: int
    template: int
    komponen_kode: str
    text: str


@dataclass
class LinkingData:
    recommendations: pd.DataFrame
    true_links: pd.DataFrame
    template: pd.Series  # template index per recommendation_id (for group purity)


# ---------------------------------------------------------------- drift operations


def _typo(rng: random.Random, text: str) -> str:
    words = [i for i, w in enumerate(text.split(" ")) if len(w) >= 5 and w.isalpha()]
    if not words:
        return text
    parts = text.split(" ")
    i = rng.choice(words)
    w = parts[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.choice(("swap", "drop", "double", "replace"))
    if kind == "swap":
        w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
    elif kind == "drop":
        w = w[:j] + w[j + 1 :]
    elif kind == "double":
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + rng.choice("aeiounrst") + w[j + 1 :]
    parts[i] = w
    return " ".join(parts)


def _opening(rng: random.Random, text: str) -> str:
    for prefix in ("Agar kedepannya ", "Agar ke depan ", "Agar ", "agar "):
        if text.startswith(prefix):
            rest = text[len(prefix) :]
            return rng.choice((rest, rest[:1].upper() + rest[1:], "Agar kedepannya " + rest))
    return rng.choice(("Agar ", "Agar ", "Agar kedepannya ")) + text


def _reword(rng: random.Random, text: str) -> str:
    pairs = [(a, b) for a, b in TEKS.SINONIM if a in text] + [
        (b, a) for a, b in TEKS.SINONIM if b in text
    ]
    if not pairs:
        return text
    a, b = rng.choice(pairs)
    return text.replace(a, b, 1)


def _clause(rng: random.Random, text: str) -> str:
    stripped = text.rstrip(".")
    for clause in TEKS.KLAUSA:
        if stripped.endswith(clause):
            return stripped[: -len(clause)]
    if "(" in stripped and ")" in stripped and rng.random() < 0.5:
        start, end = stripped.index("("), stripped.index(")")
        if start < end and end - start < 60:
            return (stripped[:start] + stripped[end + 1 :]).replace("  ", " ").strip()
    return stripped + rng.choice(TEKS.KLAUSA)


def _surface(rng: random.Random, text: str) -> str:
    kind = rng.choice(("case", "dot", "space", "slash"))
    if kind == "case":
        return text.lower() if rng.random() < 0.5 else text.upper() if len(text) < 60 else text
    if kind == "dot":
        return text.rstrip(".") if text.endswith(".") else text + "."
    if kind == "space":
        return text.replace(" ", "  ", 1).replace(", ", " ,", 1)
    return text.replace("/ ", "/").replace(" / ", "/") if "/" in text else text + " "


def _reorder(text: str) -> str:
    """Move the document a recommendation is about to the front."""
    for marker in (" pada Dokumen ", " pada dokumen "):
        head, sep, tail = text.rstrip(".").partition(marker)
        if sep and tail and len(tail.split()) <= 6:
            opening = "Agar " if head.startswith("Agar ") else ""
            head = head.removeprefix("Agar ")
            return f"{opening}pada Dokumen {tail}, {head[:1].lower()}{head[1:]}"
    return text


def _paraphrase(text: str) -> str | None:
    for phrase, rewritten in TEKS.PARAFRASE.items():
        if phrase.casefold() in text.casefold():
            return rewritten
    return None


def drift(rng: random.Random, text: str) -> str:
    """Next year's wording of a recommendation."""
    if rng.random() < 0.05 and (rewritten := _paraphrase(text)) and rewritten != text:
        return rewritten
    if rng.random() < 0.08:
        text = _reorder(text)
    if rng.random() < 0.30:
        text = _opening(rng, text)
    if rng.random() < 0.30:
        text = _reword(rng, text)
    if rng.random() < 0.08:  # a heavier rewording
        text = _reword(rng, _reword(rng, text))
    if rng.random() < 0.25:
        text = _typo(rng, text)
    if rng.random() < 0.12:
        text = _clause(rng, text)
    if rng.random() < 0.20:
        text = _surface(rng, text)
    return text


# ---------------------------------------------------------------- units and years


def _unit_spelling(rng: random.Random, unit: str) -> str:
    name = unit.removeprefix("Kecamatan ")
    return rng.choice((unit, unit, unit, f"Kec. {name}", unit.upper(), f"Kec {name}"))


def _document_id(seed: int, unit: str, year: int) -> str:
    return hashlib.sha256(f"linking/{seed}/{unit}/{year}".encode()).hexdigest()[:16]


def _rencana_aksi(text: str) -> str:
    for prefix in ("Agar kedepannya ", "Agar ke depan ", "Agar ", "agar "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    return text[:1].upper() + text[1:]


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.next_lineage = 0

    def new_item(self, template: int) -> Item:
        kode, text = TEKS.REKOMENDASI[template]
        self.next_lineage += 1
        return Item(self.next_lineage, template, kode, text)

    def first_year(self) -> list[Item]:
        items = []
        for kode, (low, high) in PER_KOMPONEN.items():
            pool = [i for i, (k, _) in enumerate(TEKS.REKOMENDASI) if k == kode]
            for template in self.rng.sample(pool, self.rng.randint(low, high)):
                items.append(self.new_item(template))
        return items

    def next_year(self, items: list[Item], exclude: frozenset[int] = frozenset()) -> list[Item]:
        """Repeat, drift, move and drop ``items``; add new ones (never a template in
        ``items`` or ``exclude``: a recommendation that comes back is a repeat, not new)."""
        rng = self.rng
        kept = []
        for item in items:
            if rng.random() >= P_REPEAT:
                continue
            kode = item.komponen_kode
            if rng.random() < P_MOVE:
                kode = rng.choice(NEIGHBOUR_KOMPONEN[kode])
            kept.append(Item(item.lineage, item.template, kode, drift(rng, item.text)))
        present = {item.template for item in items} | exclude
        candidates = [i for i in range(len(TEKS.REKOMENDASI)) if i not in present]
        kept += [self.new_item(t) for t in rng.sample(candidates, rng.randint(1, 4))]
        return kept

    def document_rows(self, unit: str, year: int, items: list[Item]) -> list[dict[str, object]]:
        rng = self.rng
        document_id = _document_id(self.seed, unit, year)
        spelling = _unit_spelling(rng, unit)
        rows = []
        for kode in sorted(TEKS.KOMPONEN):
            in_komponen = [item for item in items if item.komponen_kode == kode]
            rng.shuffle(in_komponen)  # renumbering
            for number, item in enumerate(in_komponen, start=1):
                text = item.text
                if rng.random() < 0.05:  # an item number the extraction left in the cell
                    text = f"{number}. {text}"
                rows.append(
                    {
                        "recommendation_id": f"{document_id}-{kode}1-{number}",
                        "document_id": document_id,
                        "unit_kerja": spelling,
                        "tahun_evaluasi": year,
                        "komponen_kode": kode,
                        "komponen": TEKS.KOMPONEN[kode],
                        "finding_no": 1,
                        "rekomendasi_no": number,
                        "rekomendasi": text,
                        "rencana_aksi": _rencana_aksi(item.text),
                        "_lineage": item.lineage,
                        "_template": item.template,
                    }
                )
        return rows


def _unit_years(index: int) -> tuple[int, ...]:
    if index == 2:
        return (YEARS[0], YEARS[2])  # no 2023 document: 2022 links to 2024
    if index == 5:
        return YEARS[1:]  # the unit's first document is 2023
    return YEARS


def _true_links(frame: pd.DataFrame) -> pd.DataFrame:
    links = []
    for _, unit_rows in frame.groupby("_unit", sort=True):
        years = sorted(unit_rows["tahun_evaluasi"].unique())
        for prev, nxt in itertools.pairwise(years):
            a = unit_rows[unit_rows["tahun_evaluasi"] == prev]
            b = unit_rows[unit_rows["tahun_evaluasi"] == nxt]
            pairs = a.merge(b, on="_lineage", suffixes=("_prev", "_next"))
            links += list(
                zip(pairs["recommendation_id_prev"], pairs["recommendation_id_next"], strict=True)
            )
    return pd.DataFrame(sorted(links), columns=["recommendation_id_prev", "recommendation_id_next"])


def generate(seed: int = SEED, units: tuple[str, ...] = UNITS) -> LinkingData:
    """The recommendations of ``units`` over 2022-2024 and their true links."""
    gen = _Generator(seed)
    rows: list[dict[str, object]] = []
    for index, unit in enumerate(units):
        years = _unit_years(index)
        items = gen.first_year()
        for position, year in enumerate(years):
            if position and year - years[position - 1] > 1:  # a skipped year drifts twice
                before = frozenset(item.template for item in items)
                items = gen.next_year(gen.next_year(items), exclude=before)
            elif position:
                items = gen.next_year(items)
            for row in gen.document_rows(unit, year, items):
                rows.append({**row, "_unit": unit})
    frame = pd.DataFrame(rows)
    links = _true_links(frame)
    template = frame.set_index("recommendation_id")["_template"]
    return LinkingData(frame[list(COLUMNS)].reset_index(drop=True), links, template)


def write(data: LinkingData, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    data.recommendations.to_csv(out / "recommendations.csv", index=False)
    data.true_links.to_csv(out / "true_links.csv", index=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    args = parser.parse_args(argv)
    data = generate(args.seed)
    write(data, args.out)
    print(
        f"{len(data.recommendations)} recommendations, {len(data.true_links)} true links"
        f" -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
