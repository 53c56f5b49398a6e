"""Options shared by the CLI commands, and how their values become one ``Config``.

Every flag that maps onto a config key defaults to ``None`` ("not given"), so a
profile's value stays unless the flag is given: defaults in code, then the YAML
profile, then flags.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from .config import Config, load_config

F = TypeVar("F", bound=Callable[..., Any])

FLAG_KEYS: dict[str, str] = {
    "model": "translate.model",
    "revision": "translate.revision",
    "device": "translate.device",
    "precision": "translate.precision",
    "backend": "translate.backend",
    "beams": "translate.num_beams",
    "batch_tokens": "translate.batch_tokens",
    "max_input_tokens": "translate.max_input_tokens",
    "threads": "translate.threads",
    "cache": "cache.path",
    "use_cache": "cache.enabled",
    "glossary": "qa.glossary",
    "strict": "qa.strict",
    "repair_numbers": "qa.repair_numbers",
    "sentences": "summarise.sentences_per_section",
    "ratio": "summarise.ratio",
    "key_points": "summarise.key_points",
}


def _apply(f: F, options: list[Callable[[F], F]]) -> F:
    for option in reversed(options):
        f = option(f)
    return f


def config_option(f: F) -> F:
    return click.option(
        "--config",
        "profile",
        metavar="NAME|PATH",
        help="YAML profile: default, fast, quality, or a file. Flags override it.",
    )(f)


def model_options(f: F) -> F:
    """The model, decoding, translation memory and progress flags."""
    return _apply(
        f,
        [
            click.option("--model", metavar="ID|PATH", help="Hub id or local model folder."),
            click.option("--revision", metavar="REV", help="Hub revision (branch, tag, commit)."),
            click.option("--device", type=click.Choice(["auto", "cpu", "cuda"])),
            click.option(
                "--precision",
                type=click.Choice(["auto", "fp32", "int8", "fp16", "int8_float16"]),
                help="auto: int8 on CPU, fp16 on CUDA (int8_float16: CUDA, CTranslate2).",
            ),
            click.option("--backend", type=click.Choice(["auto", "torch", "ctranslate2"])),
            click.option("--beams", type=click.IntRange(min=1), help="Beam size (1 = greedy)."),
            click.option(
                "--batch-tokens", type=click.IntRange(min=1), help="Token budget of a batch."
            ),
            click.option(
                "--max-input-tokens",
                type=click.IntRange(min=1),
                help="Longer sentences are split at clause boundaries.",
            ),
            click.option("--threads", type=click.IntRange(min=1), help="CPU threads for torch."),
            click.option("--cache", metavar="PATH", help="Translation memory (SQLite) file."),
            click.option(
                "--no-cache",
                "use_cache",
                flag_value=False,
                default=None,
                help="No translation memory.",
            ),
            click.option("-q", "--quiet", is_flag=True, help="No progress bars."),
        ],
    )


def glossary_option(f: F) -> F:
    return click.option("--glossary", metavar="FILE", help="zh,en terms (CSV/TSV) to enforce.")(f)


def repair_option(f: F) -> F:
    return click.option(
        "--repair-numbers/--no-repair-numbers",
        default=None,
        help="Rewrite an English number that is unambiguously wrong (default: on).",
    )(f)


def strict_option(f: F) -> F:
    return click.option(
        "--strict", is_flag=True, default=None, help="Exit 1 if any quality check flags."
    )(f)


def summary_options(f: F) -> F:
    return _apply(
        f,
        [
            click.option(
                "--sentences",
                type=click.IntRange(min=1),
                help="Max sentences a section (default 3).",
            ),
            click.option(
                "--ratio",
                type=click.FloatRange(0, 1, min_open=True),
                help="Share of a section's sentences kept (default 0.25).",
            ),
            click.option(
                "--key-points",
                type=click.IntRange(min=0),
                help="Max key points (default 7; 10 %% of the sentences, at least 2; 0: none).",
            ),
        ],
    )


def output_options(formats: list[str], default: str) -> Callable[[F], F]:
    """``--format`` and ``-o``; without ``--format`` the output file's suffix picks the
    format when it names one (``-o report.en.docx``), else ``default``."""

    def decorate(f: F) -> F:
        f = click.option(
            "-o", "--output", metavar="FILE", help="Write here (atomically) instead of stdout."
        )(f)
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(formats),
            help=f"Output format [default: the -o suffix, else {default}]",
        )(f)

    return decorate


_SUFFIX_FORMATS = {".md": "md", ".json": "json", ".html": "html", ".htm": "html", ".txt": "text"}


def output_format(params: dict[str, Any], formats: list[str], default: str) -> str:
    """The ``--format`` given, else the one the ``-o`` suffix names, else ``default``."""
    if params.get("fmt"):
        return str(params["fmt"])
    output = params.get("output")
    if output and output != "-":
        suffix = "." + str(output).rsplit(".", 1)[-1].lower() if "." in str(output) else ""
        found = _SUFFIX_FORMATS.get(suffix, suffix[1:])
        if found in formats:
            return found
    return default


def build_config(profile: str | None, params: dict[str, Any]) -> Config:
    """Defaults, then the profile, then the flags this command has and were given."""
    return load_config(profile, {key: params.get(name) for name, key in FLAG_KEYS.items()})


def show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def executor_options(f: F) -> F:
    """``zhbrief batch``: where the batch runs (in this process, or on a Ray cluster)."""
    return _apply(
        f,
        [
            click.option(
                "--executor",
                type=click.Choice(["local", "ray"]),
                default="local",
                show_default=True,
                help="local: this process. ray: a Ray cluster (pip install 'zhbrief[ray]').",
            ),
            click.option(
                "--address",
                metavar="auto|HOST:PORT",
                help=(
                    "Ray: the cluster to join: auto (the one `ray start` started here) or "
                    "the head's GCS address (default: start one for this run)."
                ),
            ),
            click.option(
                "--workers",
                type=int,
                metavar="N",
                help="Ray: model workers (default: as many as fit, one CPU left for reading).",
            ),
            click.option(
                "--cpus-per-worker",
                type=float,
                metavar="C",
                help="Ray: CPUs per model worker, also its translator threads (default 1).",
            ),
            click.option(
                "--gpus-per-worker",
                type=float,
                metavar="G",
                help="Ray: GPUs per model worker (default 0: CTranslate2 int8 on CPUs).",
            ),
        ],
    )


def ray_options(params: dict[str, Any]) -> Any:
    """``RayOptions`` from the executor flags, or ``None`` for the local executor."""
    from .errors import UsageError

    ray_flags = ("address", "workers", "cpus_per_worker", "gpus_per_worker")
    given = [name for name in ray_flags if params.get(name) is not None]
    if params.get("executor", "local") != "ray":
        if given:
            flags = ", ".join("--" + name.replace("_", "-") for name in given)
            raise UsageError(f"{flags} apply to --executor ray only")
        return None
    from .batch.options import RayOptions

    given_values = {name: params[name] for name in ray_flags if params.get(name) is not None}
    options = RayOptions(**given_values, quiet=bool(params.get("quiet")))
    options.check()
    return options
