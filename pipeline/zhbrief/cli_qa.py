"""``zhbrief qa``: run the translation checks on any line-aligned source/translation pair.

A thin layer over ``zhbrief.checks``, so the checks work on other systems' output too.
Errors are raised as ``zhbrief.errors`` exceptions for the central handler in
``cli``; ``--strict`` turns any flag into exit status 1 (after the report is written).
"""

from __future__ import annotations

import click

from .errors import QualityError, UsageError
from .iofiles import check_output, write_output

_EPILOG = """\b
Examples:
  zhbrief qa --src test.zh --hyp test.en
  zhbrief qa --src test.zh --hyp test.en --glossary configs/glossary.example.csv
  zhbrief qa --src test.zh --hyp test.en --format json -o flags.json --strict
"""


@click.command("qa", epilog=_EPILOG)
@click.option("--src", required=True, metavar="FILE", help="Chinese source, one segment a line.")
@click.option("--hyp", required=True, metavar="FILE", help="English translation, line-aligned.")
@click.option("--glossary", metavar="FILE", help="zh,en terms (CSV or TSV) to check.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Report format.",
)
@click.option("--strict", is_flag=True, help="Exit with status 1 if any line is flagged.")
@click.option("-o", "--output", metavar="FILE", help="Write the report here (default: stdout).")
def qa_command(
    src: str, hyp: str, glossary: str | None, fmt: str, strict: bool, output: str | None
) -> None:
    """Check translations: numbers, protected spans, glossary terms, degenerate output."""
    from .checks import check_pairs, load_glossary
    from .checks.report import render_json, render_text
    from .evaluation import read_lines

    if src == "-" and hyp == "-":
        raise UsageError("--src and --hyp cannot both be standard input (-)")
    check_output(output)
    terms = load_glossary(glossary) if glossary else None
    report = check_pairs(read_lines(src), read_lines(hyp), terms)
    text = render_json(report) if fmt == "json" else render_text(report)
    write_output(text, output)
    if strict and report.flagged:
        raise QualityError(
            f"{len(report.flagged)} of {report.checked} line(s) flagged by the quality "
            "checks (--strict)."
        )
