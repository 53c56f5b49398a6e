"""Command line: ``zhbrief segment | translate | summarise | brief | batch | eval | qa``.

Each command is a thin function over library calls. Errors are mapped to messages and
exit codes in one place, ``ZhbriefGroup.invoke``: 0 ok, 1 runtime or data error,
2 usage error. stdout carries only the output; progress and messages go to stderr.
Nothing heavy (torch, transformers) is imported until a command needs a model.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from . import __version__
from .config import Config, load_config
from .errors import QualityError, ZhbriefError

F = TypeVar("F", bound=Callable[..., Any])


class CliError(click.ClickException):
    """A library error shown as ``Error: message`` (exit 1)."""

    exit_code = 1


class CliUsageError(CliError):
    """A usage or configuration error (exit 2)."""

    exit_code = 2


class ZhbriefGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ZhbriefError as e:
            raise (CliUsageError if e.exit_code == 2 else CliError)(str(e)) from e
        except BrokenPipeError:
            # stdout closed early (e.g. piped into head): not an error worth a traceback
            sys.stderr.close()
            raise click.exceptions.Exit(1) from None


@click.group(cls=ZhbriefGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="zhbrief")
def cli() -> None:
    """Chinese articles and reports to faithful English translations and briefs.

    INPUT is a .txt or .md file (UTF-8, GB18030/GBK or Big5), or - for stdin.
    """


# Flags that map onto config keys; None means "not given", so the profile value stays.
_MODEL_FLAGS: dict[str, str] = {
    "model": "translate.model",
    "revision": "translate.revision",
    "device": "translate.device",
    "precision": "translate.precision",
    "backend": "translate.backend",
    "beams": "translate.num_beams",
    "batch_tokens": "translate.batch_tokens",
    "max_input_tokens": "translate.max_input_tokens",
    "threads": "translate.threads",
    "glossary": "qa.glossary",
    "strict": "qa.strict",
    "cache": "cache.path",
    "use_cache": "cache.enabled",
}
_SUMMARY_FLAGS: dict[str, str] = {
    "sentences": "summarise.sentences_per_section",
    "ratio": "summarise.ratio",
    "key_points": "summarise.key_points",
}


def config_option(f: F) -> F:
    return click.option(
        "--config",
        "profile",
        metavar="NAME|PATH",
        help="YAML profile: default, fast, quality, or a file. Flags override it.",
    )(f)


def model_options(f: F) -> F:
    options = [
        click.option("--model", metavar="ID|PATH", help="Hub id or local model folder."),
        click.option("--revision", metavar="REV", help="Hub revision (branch, tag, commit)."),
        click.option("--device", type=click.Choice(["auto", "cpu", "cuda"])),
        click.option(
            "--precision",
            type=click.Choice(["auto", "fp32", "int8", "fp16"]),
            help="auto: int8 on CPU, fp16 on CUDA.",
        ),
        click.option("--backend", type=click.Choice(["auto", "torch", "ctranslate2"])),
        click.option("--beams", type=click.IntRange(min=1), help="Beam size (1 = greedy)."),
        click.option("--batch-tokens", type=click.IntRange(min=1), help="Token budget a batch."),
        click.option(
            "--max-input-tokens",
            type=click.IntRange(min=1),
            help="Longer sentences are split at clause boundaries.",
        ),
        click.option("--threads", type=click.IntRange(min=1), help="CPU threads for torch."),
        click.option("--glossary", metavar="FILE", help="zh,en terms (CSV/TSV) to enforce."),
        click.option("--strict", is_flag=True, default=None, help="Exit 1 if any check flags."),
        click.option("--cache", metavar="PATH", help="Translation memory (SQLite) file."),
        click.option(
            "--no-cache", "use_cache", flag_value=False, default=None, help="No translation memory."
        ),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def summary_options(f: F) -> F:
    options = [
        click.option("--sentences", type=click.IntRange(min=1), help="Max sentences a section."),
        click.option("--ratio", type=click.FloatRange(0, 1, min_open=True)),
        click.option("--key-points", type=click.IntRange(min=0)),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def output_options(formats: list[str], default: str) -> Callable[[F], F]:
    def decorate(f: F) -> F:
        f = click.option(
            "-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout."
        )(f)
        return click.option(
            "--format", "fmt", type=click.Choice(formats), default=default, show_default=True
        )(f)

    return decorate


def build_config(profile: str | None, params: dict[str, Any]) -> Config:
    flags = {key: params.get(name) for name, key in {**_MODEL_FLAGS, **_SUMMARY_FLAGS}.items()}
    return load_config(profile, flags)


def show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=False)
        return
    from .iofiles import atomic_write_text

    atomic_write_text(Path(output), text)


def _strict_check(config: Config, flagged: int) -> None:
    if config.qa.strict and flagged:
        raise QualityError(
            f"{flagged} sentence(s) flagged by the quality checks (--strict); "
            "see the flags in --format json output."
        )


def _run(
    input_path: str,
    params: dict[str, Any],
    view: str,
    only_summary: bool,
) -> None:
    from .api import Checks, load_document, open_translator, translate_document
    from .render import coverage, render

    config = build_config(params.get("profile"), params)
    checks = Checks.from_config(config.qa)
    doc = load_document(input_path, config)
    translator = open_translator(config)
    translate_document(
        doc,
        translator,
        only_summary=only_summary,
        progress=show_progress(params["quiet"]),
        checks=checks,
    )
    full = bool(params.get("full"))
    write_output(render(doc, view, params["fmt"], full=full), params.get("output"))  # type: ignore[arg-type]
    _strict_check(config, coverage(doc)["flagged"])


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@output_options(["text", "json"], "text")
def segment(input_path: str, profile: str | None, fmt: str, output: str | None) -> None:
    """Show what the segmenter sees: title, metadata, sections, sentences, offsets."""
    from .api import load_document
    from .render import render

    config = load_config(profile)
    doc = load_document(input_path, config)
    write_output(render(doc, "segments", "json" if fmt == "json" else "text"), output)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@output_options(["md", "json", "html"], "md")
def translate(input_path: str, **params: Any) -> None:
    """Translate the whole text, keeping sections and paragraphs."""
    _run(input_path, params, "translation", only_summary=False)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@summary_options
@output_options(["md", "json", "html"], "md")
def summarise(input_path: str, **params: Any) -> None:
    """Sectioned English summary; translates only the sentences it shows."""
    _run(input_path, params, "summary", only_summary=True)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@summary_options
@click.option("--full", is_flag=True, help="Append the whole translation.")
@output_options(["md", "json", "html"], "md")
def brief(input_path: str, **params: Any) -> None:
    """English brief: title, provenance, key points, a summary per section."""
    _run(input_path, params, "brief", only_summary=not params["full"])


def _register_optional() -> None:
    """Commands written as their own modules (click only at import time)."""
    from .cli_batch import batch_command
    from .cli_eval import eval_command
    from .cli_qa import qa_command

    for command in (batch_command, eval_command, qa_command):
        cli.add_command(command)


def main() -> None:
    cli.main(prog_name="zhbrief")


_register_optional()
