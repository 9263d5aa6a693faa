"""Helpers the document specs are built with: recommendations, people, link cells."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field

from samples.generate.holdout import PANGKAT, Person
from samples.generate.holdout2 import scores
from samples.generate.holdout2.model import Finding, Line, LinkCell, Nip, Rec, Sig, Status, Waktu
from samples.generate.holdout2.words_recs import Pair, pool

LinkMaker = Callable[[random.Random, str, int], LinkCell | None]


@dataclass(frozen=True)
class Plan:
    """How the recommendations of a document are drawn (all choices seeded)."""

    unit: str
    per_finding: tuple[int, int, int, int]
    pjs: tuple[str, ...] = ("",)
    statuses: tuple[tuple[str, str | None], ...] = (("", None),)  # (text, label)
    waktus: tuple[tuple[str, str | None], ...] = ()  # (text with {y}, periode)
    targets: tuple[str, ...] = ("-",)
    link: LinkMaker | None = None
    pinned: dict[tuple[str, int], Pair] = field(default_factory=dict)  # (kode, no) -> texts
    status_at: dict[tuple[str, int], tuple[str, str | None]] = field(default_factory=dict)
    waktu_at: dict[tuple[str, int], tuple[str, str | None]] = field(default_factory=dict)
    pj_at: dict[tuple[str, int], str] = field(default_factory=dict)


def make_recs(
    plan: Plan, kode: str, n: int, tahun: int, rng: random.Random, monitoring: bool
) -> tuple[Rec, ...]:
    out = []
    for i, (rek, ra) in enumerate(rng.sample(pool(plan.unit, kode), n), 1):
        rek, ra = plan.pinned.get((kode, i), (rek, ra))
        if not monitoring:
            out.append(Rec(rek, ra))
            continue
        year = tahun + 1
        wtext, periode = plan.waktu_at.get((kode, i)) or rng.choice(plan.waktus)
        stext, label = plan.status_at.get((kode, i)) or rng.choice(plan.statuses)
        status = Status(stext, label) if stext else None  # type: ignore[arg-type]
        out.append(
            Rec(
                rek,
                ra,
                target=rng.choice(plan.targets),
                waktu=Waktu(wtext.format(y=year), year, periode),
                pj=plan.pj_at.get((kode, i)) or rng.choice(plan.pjs),
                status=status,
                link=plan.link(rng, kode, i) if plan.link else None,
            )
        )
    return tuple(out)


def findings(
    seed: int,
    tahun: int,
    plan: Plan,
    monitoring: bool,
    want: str,
    templates: dict[str, scores.Template],
    long: tuple[str, ...] = (),
) -> tuple[Finding, ...]:
    """Four findings (A-D) whose total has predikat ``want``."""
    rng = random.Random(seed)
    drawn = scores.draw_all(rng, want)
    out = []
    for kode, n in zip("ABCD", plan.per_finding, strict=True):
        recs = make_recs(plan, kode, n, tahun, rng, monitoring)
        out.append(scores.finding(kode, drawn[kode], rng, recs, templates[kode], kode in long))
    return tuple(out)


def sig_lines(
    person: Person,
    jabatan_lines: tuple[str, ...],
    pangkat_line: str,
    nip_fmt: str,
    above: tuple[str, ...] = (),
) -> tuple[tuple[Line, ...], Nip]:
    """Lines of one signature block: ``above`` (place/date, "Mengetahui,"), the jabatan
    lines (bold), three blank lines, the name (bold, underlined), pangkat and NIP."""
    person.check()
    nip = person.nip(nip_fmt)
    lines: list[Line] = [(t, False, False) for t in above]
    lines += [(t, True, False) for t in jabatan_lines]
    lines += [("", False, False)] * 3
    lines += [(person.nama, True, True), (pangkat_line, False, False), (nip.printed, False, False)]
    return tuple(lines), nip


def signature(
    person: Person,
    jabatan_lines: tuple[str, ...],
    jabatan: str,
    pangkat_line: str,
    nip_fmt: str,
    above: tuple[str, ...] = (),
    left: tuple[Line, ...] | None = None,
) -> Sig:
    lines, nip = sig_lines(person, jabatan_lines, pangkat_line, nip_fmt, above)
    return Sig(
        right=lines,
        jabatan=jabatan,
        nama=person.nama,
        pangkat=PANGKAT[person.golongan],
        golongan=person.golongan,
        nip=nip,
        left=left,
    )


def _slug(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def drive_label(labels: tuple[str, ...], rate: float = 0.8) -> LinkMaker:
    """A labelled link annotation to a Google Drive file or folder."""

    def make(rng: random.Random, kode: str, i: int) -> LinkCell | None:
        if rng.random() > rate:
            return None
        ident = "1" + _slug(rng, 32, string.ascii_letters + string.digits + "-_")
        kind = "drive/u/0/folders" if rng.random() < 0.5 else "file/d"
        tail = "" if "folders" in kind else "/view?usp=drive_link"
        return LinkCell(rng.choice(labels), f"https://drive.google.com/{kind}/{ident}{tail}")

    return make


def short_url(prefix: str, annotated: bool, rate: float = 0.85) -> LinkMaker:
    """A short URL written without its scheme ("bit.ly/..."); the expected tautan is the
    https URL a browser opens, also when no link annotation is over the text."""

    def make(rng: random.Random, kode: str, i: int) -> LinkCell | None:
        if rng.random() > rate:
            return None
        path = f"{prefix}-{kode}{i}{_slug(rng, 3, string.ascii_lowercase + string.digits)}"
        return LinkCell(f"bit.ly/{path}", f"https://bit.ly/{path}", annotated=annotated)

    return make


def site_url(base: str, annotated: bool, rate: float = 0.8) -> LinkMaker:
    """A full URL written in the cell (its text is the URL)."""

    def make(rng: random.Random, kode: str, i: int) -> LinkCell | None:
        if rng.random() > rate:
            return None
        url = f"{base}/{kode.lower()}{i}-{_slug(rng, 6, string.ascii_lowercase + string.digits)}"
        return LinkCell(url, url, annotated=annotated)

    return make
