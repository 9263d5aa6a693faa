"""``make bench``: accuracy per field, pages per second, peak memory, baselines.

Prints a Markdown report and writes the full figures to bench-out/bench.json.
"""

from __future__ import annotations

import json
import platform
import sys
from pathlib import Path
from typing import Any

from bench import extraction

OUT = Path(__file__).resolve().parent.parent / "bench-out"


def _markdown(report: dict[str, Any]) -> str:
    lines = [f"# rencana-aksi bench ({platform.python_version()}, {platform.machine()})", ""]
    for kind in extraction.SETS:
        run = report.get(kind)
        if not run:
            continue
        lines += [
            f"## {kind}: {run['files']} files, {run['pages']} pages",
            "",
            f"- pages per second (one core, end to end): {run['pages_per_second']}"
            f" ({run['seconds_per_page']} s per page)",
            f"- documents with every score and the NIP exact: "
            f"{run['documents_scores_and_nip_exact']:.0%}; not exact yet `ok`: "
            f"{run['documents_not_exact_yet_ok']}",
            f"- recommendations found: {run['recall']:.2%} of {run['expected_recommendations']},"
            f" extras: {run['extra']}",
            "",
            "| field | right | mean similarity | n |",
            "|---|---|---|---|",
        ]
        for name, row in run["fields"].items():
            sim = row.get("mean_similarity", "")
            lines.append(f"| {name} | {row['exact_or_ok']:.2%} | {sim} | {row['n']} |")
        lines.append("")
    lines.append(f"peak memory (RSS): {report['peak_memory_mb']} MB")
    lines += [
        "",
        "## baselines (same files)",
        "",
        "| extractor | pages/s | rekomendasi whole in one cell |",
        "|---|---|---|",
    ]
    for b in report["baselines"]:
        if "error" in b:
            lines.append(f"| {b['name']} | error: {b['error']} | |")
        else:
            whole = b["rekomendasi_whole_in_one_cell"]
            lines.append(f"| {b['name']} | {b['pages_per_second']} | {whole:.2%} |")
    for name, value in report.get("extra", {}).items():
        lines += ["", f"## {name}", "", "```", json.dumps(value, indent=2), "```"]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    report = extraction.run()
    extra: dict[str, Any] = {}
    if "--no-link" not in argv:
        try:
            from bench import link_bench
        except ImportError:
            link_bench = None  # type: ignore[assignment]
        if link_bench is not None:
            extra["link 10,000 x 10,000"] = link_bench.run()
    if "--no-batch" not in argv:
        from bench import batch_bench

        extra["batch of 500 born-digital PDFs, 1 and 2 workers"] = batch_bench.run(500)
    report["extra"] = extra
    OUT.mkdir(exist_ok=True)
    (OUT / "bench.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print(_markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
