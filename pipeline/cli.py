"""The ``rencana-aksi`` command: a thin layer over the pipeline.

Exit codes: 0 every file ok, 1 some file failed or needs review, 2 usage error.
"""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from pipeline.batch import BatchResult, run_batch
from pipeline.inputs import collect_inputs
from pipeline.process import PIPELINE_VERSION, FileResult
from pipeline.validate_cmd import FolderError, validate_folder


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(PIPELINE_VERSION, prog_name="rencana-aksi")
def cli() -> None:
    """Read Rencana Aksi (SAKIP follow-up) PDFs into CSV and Parquet tables."""


def _print_summary(console: Console, batch: BatchResult) -> None:
    table = Table(title="rencana-aksi: ringkasan")
    for column in ("berkas", "ok", "needs_review", "failed", "halaman", "rekomendasi", "detik"):
        table.add_column(column, justify="right")
    table.add_row(
        str(len(batch.results)),
        str(batch.count("ok")),
        str(batch.count("needs_review")),
        str(batch.count("failed")),
        str(batch.pages),
        str(sum(len(r.recommendations) for r in batch.results)),
        f"{batch.seconds:.1f}",
    )
    console.print(table)
    for result in batch.results:
        doc = result.document
        if doc.status != "ok":
            reason = doc.error or doc.warnings or ""
            console.print(f"[bold]{doc.status}[/bold] {doc.source_file}: {reason}", soft_wrap=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the output tables (created if missing).",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def extract(inputs: tuple[str, ...], out_dir: Path, quiet: bool) -> None:
    """Extract every PDF in INPUTS (files or folders, searched recursively).

    Writes documents, findings, recommendations, matches and warnings as
    OUT/NAME.parquet and OUT/NAME.csv.

    Example: rencana-aksi extract submissions/2023 --out out/2023
    """
    files = collect_inputs(list(inputs))
    if not files:
        raise click.UsageError("no PDF files found in the given inputs")
    console = Console(stderr=True, quiet=quiet)

    def progress(result: FileResult) -> None:
        doc = result.document
        console.print(f"{doc.status:>12}  {doc.source_file}", highlight=False)

    batch = run_batch(files, out_dir, on_result=progress)
    if not quiet:
        _print_summary(console, batch)
    raise SystemExit(batch.exit_code)


@cli.command("validate")
@click.argument(
    "out_dir", metavar="DIR", type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def validate_command(out_dir: Path, quiet: bool) -> None:
    """Re-run the validation rules over an output folder DIR, e.g. after correcting a CSV.

    Reads documents, findings, recommendations and warnings (the CSV, unless the Parquet
    file is newer), recomputes skor_konsisten, rencana_aksi_salinan, total_nilai, predikat,
    status and the validation warnings, and rewrites those four tables as Parquet and CSV.

    Example: rencana-aksi validate out/2023
    """
    try:
        code = validate_folder(out_dir, console=Console(stderr=True, quiet=quiet))
    except FolderError as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from exc
    raise SystemExit(code)


def main() -> None:
    cli()
