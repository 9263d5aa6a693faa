"""The report's charts: matplotlib figures rendered offline to inline SVG.

No pyplot and no global state: each chart is a ``Figure`` on an Agg canvas, saved as SVG
under a fixed ``svg.hashsalt`` and without a date, so the same data gives the same bytes.
Each SVG gets a ``<title>``, an id and ids prefixed with it (so that several charts can
sit in one page without clashing ids).
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

COMPONENT_COLOURS = ("#1f4e79", "#2e75b6", "#7fb2e5", "#f4a261", "#8c6bb1")
STATUS_COLOURS = {
    "selesai": "#2e7d32",
    "proses": "#f9a825",
    "belum": "#c62828",
    "kosong": "#b0b7bf",
}
TEXT = "#1f2933"
GRID = "#d9dee4"
WIDTH_IN = 9.0

_RC: dict[Any, Any] = {
    "svg.hashsalt": "rencana-aksi",
    "svg.fonttype": "none",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.edgecolor": GRID,
    "axes.labelcolor": TEXT,
    "xtick.color": TEXT,
    "ytick.color": TEXT,
    "text.color": TEXT,
}


def _plain(text: str) -> str:
    """Text shown as written (no mathtext)."""
    return text.replace("$", r"\$")


def _figure(n_bars: int, per_bar: float) -> tuple[Figure, Axes]:
    height = max(2.4, 1.3 + n_bars * per_bar)
    fig = Figure(figsize=(WIDTH_IN, height), layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="x", color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0)
    return fig, ax


def _svg(fig: Figure, chart_id: str, title: str) -> str:
    """The figure as an inline ``<svg>`` element with a title and prefixed ids."""
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    text = buffer.getvalue()
    text = text[text.index("<svg") :]
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.DOTALL)
    text = re.sub(r'\bid="([^"]+)"', rf'id="{chart_id}-\1"', text)
    text = re.sub(r"url\(#([^)]+)\)", rf"url(#{chart_id}-\1)", text)
    text = re.sub(r'href="#([^"]+)"', rf'href="#{chart_id}-\1"', text)
    opening = text[: text.index(">") + 1]
    attributes = f' id="{chart_id}" class="chart" role="img" aria-labelledby="{chart_id}-title"'
    head = opening[:-1] + attributes + ">"
    title_tag = f'<title id="{chart_id}-title">{html.escape(title)}</title>'
    return head + title_tag + text[len(opening) :].rstrip() + "\n"


def _legend(fig: Figure, n: int) -> None:
    fig.legend(
        loc="outside upper left",
        ncols=n,
        frameon=False,
        handlelength=1.2,
        columnspacing=1.4,
    )


def grouped_bars(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    xlabel: str,
) -> str:
    """Horizontal grouped bars: one group per label, one bar per series, value at its end."""
    n_series = max(len(series), 1)
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(len(labels) * n_series, 0.14)
        height = 0.8 / n_series
        positions = range(len(labels))
        for i, (name, values) in enumerate(series.items()):
            offsets = [p - 0.4 + height * (i + 0.5) for p in positions]
            widths = [v if v is not None else 0.0 for v in values]
            bars = ax.barh(
                offsets,
                widths,
                height=height * 0.92,
                label=_plain(name),
                color=COMPONENT_COLOURS[i % len(COMPONENT_COLOURS)],
            )
            texts = [f"{v:.2f}".replace(".", ",") if v is not None else "" for v in values]
            ax.bar_label(bars, labels=texts, padding=2, fontsize=7, color=TEXT)
        ax.set_yticks(list(positions), [_plain(label) for label in labels])
        ax.set_ylim(len(labels) - 0.5, -0.5)
        ax.set_xlabel(xlabel)
        ax.margins(x=0.08)
        _legend(fig, n_series)
        return _svg(fig, chart_id, title)


def stacked_bars(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    counts: Sequence[Mapping[str, int]],
    *,
    xlabel: str,
) -> str:
    """Horizontal stacked bars of follow-up status counts, one bar per label."""
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(len(labels), 0.42)
        positions = list(range(len(labels)))
        left = [0] * len(labels)
        for status, colour in STATUS_COLOURS.items():
            values = [c.get(status, 0) for c in counts]
            bars = ax.barh(positions, values, left=left, height=0.62, color=colour, label=status)
            texts = [str(v) if v else "" for v in values]
            ink = "white" if status in {"selesai", "belum"} else TEXT
            ax.bar_label(bars, labels=texts, label_type="center", fontsize=8, color=ink)
            left = [a + b for a, b in zip(left, values, strict=True)]
        ax.set_yticks(positions, [_plain(label) for label in labels])
        ax.set_ylim(len(labels) - 0.5, -0.5)
        ax.set_xlabel(xlabel)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        _legend(fig, len(STATUS_COLOURS))
        return _svg(fig, chart_id, title)
