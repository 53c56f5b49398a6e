"""``zhbrief eval``: score translations, or translate a test set and score it.

A thin layer over ``zhbrief.evaluate``: it picks where hypotheses, references and
sources come from, runs the pipeline when there are no hypotheses, and prints the
report on stdout. Errors are raised as ``zhbrief.errors`` exceptions for ``cli.main``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from .errors import UsageError

if TYPE_CHECKING:
    from .evaluation import EvalData, RunInfo

_EPILOG = """\b
Examples:
  zhbrief eval --hyp out.en --ref ref.en --ref ref2.en --metrics bleu,chrf
  zhbrief eval --src test.zh --ref ref.en --model DIR -o hyp.en --worst 10
  zhbrief eval --dataset test.jsonl --src-field zh --ref-field en --format json
  zhbrief eval --test-set wmt22 --langpair zh-en --limit 200
"""


def _check_sources_of_refs(
    refs: tuple[str, ...], dataset: str | None, test_set: str | None
) -> None:
    given = [
        name
        for name, on in (("--ref", refs), ("--dataset", dataset), ("--test-set", test_set))
        if on
    ]
    if len(given) != 1:
        raise UsageError(
            "give the references in exactly one way: --ref FILE (repeatable), "
            f"--dataset FILE or --test-set NAME (got {', '.join(given) or 'none'})"
        )


def _load(opts: dict[str, Any]) -> EvalData:
    from . import evaluation as ev

    refs, dataset, test_set = opts["refs"], opts["dataset"], opts["test_set"]
    _check_sources_of_refs(refs, dataset, test_set)
    if opts["src"] and (dataset or test_set):
        raise UsageError("--src goes with --ref; with --dataset use --src-field")
    if opts["hyp_field"] and not dataset:
        raise UsageError("--hyp-field needs --dataset")
    if refs:
        return ev.load_files(opts["hyp"], refs, opts["src"])
    if dataset:
        src_field = opts["src_field"]
        ref_fields = opts["ref_fields"] or ("en",)
        data = ev.load_dataset_file(dataset, src_field, ref_fields, opts["hyp_field"])
    else:
        data = ev.load_test_set(test_set, opts["langpair"])
    if opts["hyp"] and opts["hyp_field"]:
        raise UsageError("give the hypotheses either with --hyp or with --hyp-field, not both")
    if opts["hyp"]:
        data = ev.with_hypotheses(data, ev.read_lines(opts["hyp"]), opts["hyp"])
    return data


def _translate(data: EvalData, opts: dict[str, Any]) -> tuple[EvalData, RunInfo]:
    from . import evaluation as ev
    from .config import load_config

    if data.sources is None:
        raise UsageError("nothing to score: give --hyp, or sources to translate (--src)")
    flags = {
        "translate.model": opts["model"],
        "translate.revision": opts["revision"],
        "translate.device": opts["device"],
        "translate.precision": opts["precision"],
        "translate.backend": opts["backend"],
        "translate.num_beams": opts["beams"],
        # Scores and speed must come from the model, not from earlier runs' memory
        "cache.enabled": False,
    }
    config = load_config(opts["config"], flags)
    progress = opts["progress"] if opts["progress"] is not None else sys.stderr.isatty()
    hypotheses, run = ev.translate_sources(data.sources, config, progress=progress)
    if opts["output"]:
        ev.write_lines(opts["output"], hypotheses)
    return ev.with_hypotheses(data, hypotheses, opts["output"] or "(translated)"), run


def _check_translation_flags(opts: dict[str, Any]) -> None:
    scoring_only = opts["hyp"] or opts["hyp_field"]
    wanted = [flag for flag, key in _TRANSLATE_FLAGS if opts[key] is not None]
    if scoring_only and wanted:
        raise UsageError(
            f"{', '.join(wanted)} only apply when translating; drop them or drop --hyp/--hyp-field"
        )
    if opts["output"] == "-":
        raise UsageError("-o - is not allowed: stdout carries the report; give a file name")
    from .iofiles import check_output

    check_output(opts["output"])


_TRANSLATE_FLAGS = (
    ("--model", "model"),
    ("--revision", "revision"),
    ("--device", "device"),
    ("--precision", "precision"),
    ("--backend", "backend"),
    ("--beams", "beams"),
    ("--config", "config"),
    ("-o/--output", "output"),
)


def run_eval(opts: dict[str, Any]) -> str:
    """Everything ``zhbrief eval`` does, returning the rendered report."""
    from . import evaluation as ev

    _check_translation_flags(opts)
    options = ev.ScoreOptions(
        metrics=ev.parse_metrics(opts["metrics"]),
        tokenize=opts["tokenize"],
        lowercase=opts["lowercase"],
        chrf_word_order=opts["chrf_word_order"],
        bootstrap=opts["bootstrap"] if opts["confidence"] else 0,
    )
    options.check()  # before any translation, so a typo costs nothing
    data = ev.limit(_load(opts), opts["limit"])
    run = None
    if data.hypotheses is None:
        data, run = _translate(data, opts)
    report = ev.evaluate(data, options, worst=opts["worst"], run=run)
    return ev.render_json(report) if opts["format"] == "json" else ev.render_text(report)


@click.command("eval", epilog=_EPILOG)
@click.option("--hyp", metavar="FILE", help="Hypotheses, one per line ('-' = stdin).")
@click.option(
    "--ref", "refs", multiple=True, metavar="FILE", help="Reference file; repeat for several."
)
@click.option("--src", metavar="FILE", help="Source lines to translate (or to show with --worst).")
@click.option(
    "--dataset", metavar="FILE", help="A .jsonl, .csv, .tsv or .parquet file (via datasets)."
)
@click.option("--src-field", default="zh", show_default=True, help="Dataset field of the sources.")
@click.option(
    "--ref-field",
    "ref_fields",
    multiple=True,
    metavar="NAME",
    help="Dataset field of a reference; repeatable.  [default: en]",
)
@click.option("--hyp-field", metavar="NAME", help="Dataset field holding hypotheses to score.")
@click.option(
    "--test-set", metavar="NAME", help="A sacrebleu test set, e.g. wmt22 (downloaded on first use)."
)
@click.option("--langpair", default="zh-en", show_default=True, help="Language pair of --test-set.")
@click.option(
    "--metrics",
    default="bleu,chrf,ter",
    show_default=True,
    help="Comma-separated: bleu, chrf, ter.",
)
@click.option("--tokenize", metavar="NAME", help="BLEU tokenizer (sacrebleu's; default 13a).")
@click.option("--lowercase", is_flag=True, help="Case-insensitive BLEU and chrF.")
@click.option("--chrf-word-order", type=int, default=0, show_default=True, help="2 gives chrF++.")
@click.option(
    "--worst",
    type=int,
    default=0,
    metavar="N",
    help="List the N segments with the lowest sentence chrF.",
)
@click.option("--confidence", is_flag=True, help="Add 95% intervals by bootstrap resampling.")
@click.option(
    "--bootstrap",
    type=int,
    default=1000,
    show_default=True,
    metavar="N",
    help="Resamples for --confidence.",
)
@click.option("--model", metavar="ID_OR_PATH", help="Model to translate with (hub id or folder).")
@click.option("--revision", help="Hub revision of the model.")
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), help="Where to translate.")
@click.option(
    "--precision",
    type=click.Choice(["auto", "fp32", "int8", "fp16"]),
    help="auto: int8 on CPU, fp16 on CUDA.",
)
@click.option("--backend", type=click.Choice(["auto", "torch", "ctranslate2"]))
@click.option("--beams", type=click.IntRange(min=1), help="Beam size (1 = greedy).")
@click.option("--config", metavar="PROFILE", help="Config profile name or YAML file.")
@click.option("--limit", type=int, metavar="N", help="Evaluate the first N segments only.")
@click.option("-o", "--output", metavar="FILE", help="Write the translated hypotheses here.")
@click.option(
    "--format", "format_", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: when a terminal).",
)
def eval_command(**opts: Any) -> None:
    """Score translations with BLEU, chrF and TER (sacrebleu), end to end if asked."""
    from .iofiles import write_output

    opts["format"] = opts.pop("format_")
    write_output(run_eval(opts), None)
