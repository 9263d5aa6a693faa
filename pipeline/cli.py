"""The ``rencana-aksi`` command: a thin layer over the pipeline.

Exit codes: 0 every file ok, 1 some file failed or needs review, 2 usage error.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click
from rich.console import Console

from emit.writers import write_bytes
from extract.reader import ocr_unavailable
from pipeline.batch import BatchResult, BatchSettings, run_batch
from pipeline.executors import SchedulerUnavailable, dask_executor, default_workers
from pipeline.folder import FolderError
from pipeline.inputs import collect_inputs
from pipeline.link_cmd import link_folders
from pipeline.pool import Limits
from pipeline.process import PIPELINE_VERSION
from pipeline.progress import BatchProgress, choose_mode, print_summary, summary_dict
from pipeline.validate_cmd import validate_folder

DEFAULTS = Limits()
OCR_WARNING = "Peringatan"
OCR_CARRY_ON = "berkas dengan lapisan teks tetap diproses, berkas hasil pindaian ditandai failed."
INTERRUPTED = (
    "Dihentikan. Berkas yang sudah selesai tersimpan di {out}/.rencana-aksi; "
    "jalankan perintah yang sama lagi untuk melanjutkan."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(PIPELINE_VERSION, prog_name="rencana-aksi")
def cli() -> None:
    """Read Rencana Aksi (SAKIP follow-up) PDFs into CSV and Parquet tables."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the output tables (created if missing).",
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes [default: all cores]. 0 runs every file in this process, "
    "without timeout or memory cap (for debugging).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=DEFAULTS.timeout,
    show_default=True,
    help="Seconds a file may take, plus --timeout-per-page for each of its pages.",
)
@click.option(
    "--timeout-per-page",
    type=click.FloatRange(min=0),
    default=DEFAULTS.timeout_per_page,
    show_default=True,
    help="Seconds added to --timeout per page (OCR of a scanned page takes ~5 s).",
)
@click.option(
    "--memory-mb",
    type=click.IntRange(min=0),
    default=DEFAULTS.memory_mb,
    show_default=True,
    help="Address-space cap per worker process in MB (0: no cap).",
)
@click.option("--force", is_flag=True, help="Process every file again, even if done before.")
@click.option(
    "--dataset",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Also append the batch to this Parquet dataset, partitioned by tahun_evaluasi.",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where files are processed: local worker processes or a Dask cluster.",
)
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option(
    "--json-summary",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    default=None,
    help="Write the run's figures as JSON to this file (- for standard output).",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def extract(
    inputs: tuple[str, ...],
    out_dir: Path,
    workers: int | None,
    timeout: float,
    timeout_per_page: float,
    memory_mb: int,
    force: bool,
    dataset: Path | None,
    executor: str,
    scheduler: str | None,
    json_summary: Path | None,
    quiet: bool,
) -> None:
    """Extract every PDF in INPUTS (files or folders, searched recursively).

    Writes documents, findings, recommendations, matches and warnings as
    OUT/NAME.parquet and OUT/NAME.csv, plus rencana_aksi.xlsx and report.html.
    Each file is read in a worker process of its own, within a time and memory limit;
    a file that fails gets a documents row with status failed and the reason.
    Finished files are kept under OUT/.rencana-aksi/, so running again over the same
    OUT skips them (--force redoes them) and a stopped run resumes.

    Example: rencana-aksi extract submissions/2023 --out out/2023 --dataset konsolidasi
    """
    if executor == "dask" and not scheduler:
        raise click.UsageError("--executor dask needs --scheduler ADDRESS")
    if executor == "local" and scheduler:
        raise click.UsageError("--scheduler is only used with --executor dask")
    files = collect_inputs(list(inputs))
    if not files:
        raise click.UsageError("no PDF files found in the given inputs")
    limits = Limits(timeout, timeout_per_page, memory_mb or None)
    settings = BatchSettings(
        workers=default_workers() if workers is None else workers,
        limits=limits,
        force=force,
        dataset=dataset,
    )
    console = Console(stderr=True, quiet=quiet)
    if executor == "local" and (missing := ocr_unavailable()):
        # said once, up front: each scanned file's row gives the same reason
        click.echo(f"{OCR_WARNING}: {missing}; {OCR_CARRY_ON}", err=True)
    try:
        run = dask_executor(scheduler, limits) if executor == "dask" and scheduler else None
        with BatchProgress(console, choose_mode(console, quiet)) as progress:
            batch = run_batch(
                files, out_dir, settings, executor=run,
                on_hashed=progress.start, on_entry=progress.update,
            )  # fmt: skip
    except SchedulerUnavailable as exc:
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(2) from exc
    except KeyboardInterrupt:
        click.echo(INTERRUPTED.format(out=out_dir), err=True)
        raise SystemExit(130) from None
    if not quiet:
        print_summary(console, batch)
    if json_summary is not None:
        _write_summary(json_summary, batch, settings, executor)
    raise SystemExit(batch.exit_code)


def _write_summary(
    target: Path, batch: BatchResult, settings: BatchSettings, executor: str
) -> None:
    figures = summary_dict(
        batch,
        workers=settings.workers if executor == "local" else None,
        executor=executor,
        dataset=asdict(batch.dataset) if batch.dataset is not None else None,
    )
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    if str(target) == "-":
        click.echo(text)
    else:
        write_bytes(target, (text + "\n").encode("utf-8"))


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


@cli.command("link")
@click.argument(
    "folders",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the linked tables (created if missing).",
)
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def link_command(folders: tuple[Path, ...], out_dir: Path, quiet: bool) -> None:
    """Link recommendations across the output FOLDERS of several years.

    Reads each folder's tables (as written by extract, possibly corrected by hand), links
    each unit's recommendations to those of its next evaluation year present (match or
    review, with scores), groups the same recommendation across units and years, and
    writes all tables with matches, groups and recommendation_group to OUT.

    Example: rencana-aksi link out/2022 out/2023 out/2024 --out out/konsolidasi
    """
    console = Console(stderr=True, quiet=quiet)
    try:
        code = link_folders(list(folders), out_dir, console)
    except FolderError as exc:
        console.print(f"[bold red]error[/bold red]: {exc}", soft_wrap=True)
        raise SystemExit(2) from exc
    raise SystemExit(code)


def main() -> None:
    cli()
