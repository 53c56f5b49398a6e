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
    output_format,
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
    from .rendering import View


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
    # pdfminer warns once per glyph about a font descriptor it reads around (a Chromium
    # PDF gives hundreds of "Could not get FontBBox"); the text is read all the same
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


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
    from .pipeline import brief, open_translator
    from .reading import decode_bytes, input_bytes
    from .rendering.outputs import (
        BINARY_FORMATS,
        OUTPUT_FORMATS,
        check_request,
        in_place,
        render_output,
    )

    config = build_config(params.get("profile"), params)
    output = params.get("output")
    fmt = output_format(params, list(OUTPUT_FORMATS), "md")
    bilingual, full = bool(params.get("bilingual")), bool(params.get("full"))
    check_request(view, fmt, bilingual)
    check_output(output, fmt if fmt in BINARY_FORMATS else None)  # before minutes of work
    data, name = input_bytes(input_path)
    progress = show_progress(params["quiet"])
    read = decode_bytes(data, name, config.read.max_bytes, limits=config.read, progress=progress)
    if in_place(read.format, view, fmt, bilingual):
        from .rendering.outputs import translate_in_place

        result = translate_in_place(data, name, fmt, open_translator(config), config, progress)
        write_output(result.data, output)
        flagged = result.document.coverage.flagged if result.document.coverage else 0
        _strict_check(config, flagged)
        return
    doc = brief(read, config, scope=scope, progress=progress)
    write_output(
        render_output(doc, view, fmt, config.render, full=full, bilingual=bilingual), output
    )
    _strict_check(config, doc.coverage.flagged if doc.coverage else 0)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@config_option
@output_options(["text", "json"], "text")
def segment(input_path: str, profile: str | None, fmt: str | None, output: str | None) -> None:
    """Show what the segmenter sees: title, metadata, sections, sentences, offsets."""
    from .pipeline import analyse
    from .rendering import render

    fmt = output_format({"fmt": fmt, "output": output}, ["text", "json"], "text")
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
@click.option(
    "--bilingual",
    is_flag=True,
    help="Chinese and English side by side, flags shown (html, docx or pdf).",
)
@repair_option
@output_options(["md", "json", "html", "docx", "pdf"], "md")
def translate(input_path: str, **params: Any) -> None:
    """Translate the whole text, keeping sections and paragraphs.

    A .docx asked for as docx or pdf is translated in place: its layout, styles,
    tables, images, headers, footers and footnotes kept. Binary formats need -o FILE
    (or a redirect)."""
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
@output_options(["md", "json", "html", "docx", "pdf"], "md")
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
