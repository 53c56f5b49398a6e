"""Command line: ``zhbrief segment | translate | summarise | brief | batch | eval | qa | serve``.

Each command is a thin function over library calls. Errors are mapped to messages and
exit codes in one place, ``ZhbriefGroup.invoke``: 0 ok, 1 runtime or data error,
2 usage error. stdout carries only the output; progress and messages go to stderr.
Nothing heavy (torch, transformers) is imported until a command needs a model.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_options import (
    build_config,
    config_option,
    glossary_option,
    model_options,
    output_options,
    repair_option,
    show_progress,
    strict_option,
    summary_options,
)
from .config import Config, load_config
from .errors import QualityError, ZhbriefError
from .iofiles import check_output, write_output

if TYPE_CHECKING:
    from .pipeline import Scope
    from .render import View


class CliError(click.ClickException):
    """A library error shown as ``Error: message`` (exit 1)."""

    exit_code = 1


class CliUsageError(CliError):
    """A usage or configuration error (exit 2)."""

    exit_code = 2


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (as ``logging.lastResort`` does),
    so the library's warnings and tracebacks of bugs reach the user's stderr, in order
    with the command's own messages, even under a test runner that swaps the streams."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def _log_to_stderr() -> None:
    logger = logging.getLogger("zhbrief")
    if not any(isinstance(h, _StderrHandler) for h in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter("zhbrief: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


class ZhbriefGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        _log_to_stderr()
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

    INPUT is a .txt or .md file (UTF-8, GB18030/GBK or Big5), a .pdf (text layer),
    .docx or .html/.htm file (recognised by content), or - for stdin.
    """


def _strict_check(config: Config, flagged: int) -> None:
    if config.qa.strict and flagged:
        raise QualityError(
            f"{flagged} sentence(s) flagged by the quality checks (--strict); "
            "see the flags in --format json output."
        )


def _run(input_path: str, params: dict[str, Any], view: View, scope: Scope) -> None:
    """Brief one input and render ``view``: the body of translate, summarise and brief."""
    from .pipeline import brief
    from .render import render

    config = build_config(params.get("profile"), params)
    output = params.get("output")
    check_output(output)  # before minutes of work, not after
    doc = brief(input_path, config, scope=scope, progress=show_progress(params["quiet"]))
    write_output(render(doc, view, params["fmt"], full=bool(params.get("full"))), output)
    _strict_check(config, doc.coverage.flagged if doc.coverage else 0)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@output_options(["text", "json"], "text")
def segment(input_path: str, profile: str | None, fmt: str, output: str | None) -> None:
    """Show what the segmenter sees: title, metadata, sections, sentences, offsets."""
    from .pipeline import analyse
    from .render import render

    config = load_config(profile)
    check_output(output)
    doc = analyse(input_path, config)
    write_output(render(doc, "segments", "json" if fmt == "json" else "text"), output)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@glossary_option
@strict_option
@repair_option
@output_options(["md", "json", "html"], "md")
def translate(input_path: str, **params: Any) -> None:
    """Translate the whole text, keeping sections and paragraphs."""
    _run(input_path, params, "translation", "full")


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@glossary_option
@strict_option
@repair_option
@summary_options
@output_options(["md", "json", "html"], "md")
def summarise(input_path: str, **params: Any) -> None:
    """Sectioned English summary; translates only the sentences it shows."""
    _run(input_path, params, "summary", "summary")


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@model_options
@glossary_option
@strict_option
@repair_option
@summary_options
@click.option("--full", is_flag=True, help="Append the whole translation.")
@output_options(["md", "json", "html"], "md")
def brief(input_path: str, **params: Any) -> None:
    """English brief: title, provenance, key points, a summary per section."""
    _run(input_path, params, "brief", "full" if params["full"] else "summary")


def _register_optional() -> None:
    """Commands written as their own modules (click only at import time)."""
    from .cli_batch import batch_command
    from .cli_eval import eval_command
    from .cli_qa import qa_command
    from .cli_serve import serve_command

    for command in (batch_command, eval_command, qa_command, serve_command):
        cli.add_command(command)


def main() -> None:
    cli.main(prog_name="zhbrief")


_register_optional()
