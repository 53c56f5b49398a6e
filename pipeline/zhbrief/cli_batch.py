"""``zhbrief batch``: a folder (or list) of reports, or a dataset file, in one command.

A thin layer over ``zhbrief.batch``: it builds the config and options from the flags,
runs the batch and prints the summary on stderr. Exit status: 0 when every input is
done or skipped, 1 when any failed (the rest are still written), 2 for usage errors.
Library errors are raised as ``zhbrief.errors`` exceptions for the central handler.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from .cli_options import (
    build_config,
    config_option,
    executor_options,
    glossary_option,
    model_options,
    ray_options,
    repair_option,
)
from .errors import UsageError

STATUS_EVERY_S = 30.0

_EPILOG = """\b
Examples:
  zhbrief batch reports/ -o out/
  zhbrief batch reports/ -o out/ --format md,json --full --glob '*.txt'
  zhbrief batch a.txt b.md c.txt -o out/
  zhbrief batch --dataset reports.jsonl --text-field body -o out/
  zhbrief batch reports/ -o out/ --executor ray --workers 4
  zhbrief batch reports/ -o /shared/out/ --executor ray --address auto

\b
Outputs: out/<name>.brief.<fmt> and out/<name>.en.<fmt> per input (subfolders
mirrored; x.txt and x.md keep their suffixes apart), out/manifest.jsonl (one line
per input: hash, status, error, outputs, timings). A rerun skips inputs already
done with the same content and settings. Extensions match in any case (.TXT);
matches that are not files (a folder named x.txt, a broken link) are listed as
ignored. The summary counts segments (titles, headings, sentences) translated plus
degenerate ones retried, and how many of those texts the translation memory and
the model answered. A full disk stops the batch with a summary; run it again.
"""


def _options(params: dict[str, Any]) -> tuple[Any, Any]:
    from .batch import BatchOptions, parse_formats

    if params["resume"] and params["force"]:
        raise UsageError("--resume and --force contradict each other; give one of them")
    if params["cache"] and params["use_cache"] is False:
        raise UsageError("--cache PATH and --no-cache contradict each other; give one")
    config = build_config(params["profile"], params)
    formats = parse_formats(params["fmt"] or config.render.format)
    options = BatchOptions(
        out_dir=Path(params["output"]),
        formats=formats,
        full=bool(params["full"]) or config.render.full,
        force=bool(params["force"]),
        progress=not params["quiet"] and sys.stderr.isatty(),
        # Not a terminal (a log, a background job): a status line with the rate instead
        status_every=None if params["quiet"] else STATUS_EVERY_S,
    )
    options.check()
    return config, options


@click.command("batch", epilog=_EPILOG)
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option(
    "-o", "--output", required=True, metavar="DIR", help="Output folder (created if missing)."
)
@click.option("--format", "fmt", metavar="FMT[,FMT]", help="md, json, html (default: md).")
@click.option("--full", is_flag=True, default=None, help="Append the whole translation to briefs.")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help=(
        "Files to take from folders, recursively (repeatable; default *.txt, *.md, *.pdf, "
        "*.docx, *.html, *.htm)."
    ),
)
@click.option("--resume", is_flag=True, help="Skip inputs already done (the default).")
@click.option("--force", is_flag=True, help="Redo inputs already done.")
@click.option(
    "--dataset", metavar="FILE", help="A .jsonl, .csv or .parquet file: one row a report."
)
@click.option(
    "--text-field", default="text", show_default=True, help="The dataset column to translate."
)
@executor_options
@config_option
@model_options
@glossary_option
@repair_option
def batch_command(inputs: tuple[str, ...], **params: Any) -> None:
    """Translate and brief many reports: a folder, a list of files, or a dataset.

    A bad input is recorded as failed and the rest go on; an interrupted run picks
    up where it stopped; a second run over unchanged inputs translates nothing.
    """
    from .batch import DEFAULT_GLOBS, discover, run_batch, run_dataset

    if params["dataset"] and inputs:
        raise UsageError("give input files/folders or --dataset FILE, not both")
    if params["globs"] and params["dataset"]:
        raise UsageError("--glob selects files in folders; it does not apply to --dataset")
    config, options = _options(params)
    on_ray = ray_options(params)
    if params["dataset"]:
        if on_ray is not None:
            raise UsageError("--executor ray takes files and folders; --dataset runs locally")
        summary = run_dataset(params["dataset"], params["text_field"], config, options)
    else:
        items = discover(inputs, params["globs"] or DEFAULT_GLOBS, exclude=options.out_dir)
        if on_ray is not None:
            from .batch.ray_executor import run_batch_ray

            summary = run_batch_ray(items, config, options, on_ray)
        else:
            summary = run_batch(items, config, options)
    # One write, after anything logged during the run, so no warning lands inside it
    sys.stderr.flush()
    click.echo(summary.text(), err=True)
    if summary.failed or summary.stopped:
        raise click.exceptions.Exit(1)
