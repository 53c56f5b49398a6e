"""Loading hypotheses and references: line files, datasets files, sacrebleu test sets."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import EvaluationError, InputError, UsageError
from ..iofiles import write_output
from ..reading import iconv_encoding
from .data import DOWNLOAD_TIMEOUT_S, EvalData

# --------------------------------------------------------------------------- loading


def parse_metrics(text: str) -> tuple[str, ...]:
    """``"bleu, chrF"`` -> ``("bleu", "chrf")``; order kept, duplicates dropped."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    return tuple(dict.fromkeys(names))


def split_lines(text: str) -> list[str]:
    """Lines as sacrebleu's CLI reads them: split at ``\\n``, trailing whitespace dropped."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final newline ends the last line, it does not start a new one
    return [line.rstrip() for line in lines]


def read_lines(path: str) -> list[str]:
    """Read a UTF-8 file (``-`` = stdin) as segments, one per line."""
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file; check the path") from None
        except IsADirectoryError:
            raise InputError(f"{path}: is a directory; give a text file") from None
        except OSError as e:
            raise InputError(f"{path}: cannot read it ({e.strerror or e})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        source = iconv_encoding(data)
        looks = f"it reads as {source}; " if source else ""
        raise InputError(
            f"{name}: not valid UTF-8 (byte {e.start}); {looks}convert it first, "
            f"for example `iconv -f {source or '<its encoding>'} -t UTF-8`"
        ) from None
    lines = split_lines(text)
    if not lines:
        raise InputError(f"{name}: the file is empty; it must hold one segment per line")
    return lines


def write_lines(path: str, lines: Sequence[str]) -> None:
    write_output("".join(f"{line}\n" for line in lines), path)


def check_aligned(streams: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Every stream must hold the same number of segments as the first."""
    first_name, first = streams[0]
    for name, lines in streams[1:]:
        if len(lines) != len(first):
            raise EvaluationError(
                f"line counts differ: {first_name} has {len(first)} lines, "
                f"{name} has {len(lines)}; segments must be line-aligned, one per line"
            )


def load_files(hyp: str | None, refs: Sequence[str], src: str | None = None) -> EvalData:
    """Line-aligned hypothesis, reference and source files."""
    if not refs:
        raise UsageError("give at least one reference file with --ref")
    references = [read_lines(path) for path in refs]
    hypotheses = read_lines(hyp) if hyp else None
    sources = read_lines(src) if src else None
    streams = [(f"reference {path}", lines) for path, lines in zip(refs, references, strict=True)]
    if hyp and hypotheses is not None:
        streams.insert(0, (f"hypothesis {hyp}", hypotheses))
    if src and sources is not None:
        streams.append((f"source {src}", sources))
    check_aligned(streams)
    inputs = {"hypotheses": hyp, "references": list(refs), "sources": src}
    return EvalData(references, hypotheses, sources, inputs)


_DATASET_BUILDERS = {
    ".jsonl": "json",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
}


def _dataset_builder(path: str) -> str:
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] in (".gz", ".bz2", ".xz", ".zst"):
        suffixes.pop()
    builder = _DATASET_BUILDERS.get(suffixes[-1]) if suffixes else None
    if builder is None:
        raise UsageError(
            f"{path}: cannot tell the dataset format from the file name; "
            "use a .jsonl, .json, .csv, .tsv or .parquet file"
        )
    return builder


def _dataset_columns(path: str, builder: str) -> dict[str, list[Any]]:
    """Load a local file with ``datasets`` (offline, cache in a temporary folder)."""
    import tempfile

    if not Path(path).is_file():
        raise InputError(f"{path}: no such file; check the --dataset path")
    kwargs: dict[str, Any] = {}
    if ".tsv" in Path(path).suffixes:
        kwargs = {"delimiter": "\t", "quoting": 3}  # csv.QUOTE_NONE: quotes are text in TSV
    import datasets

    bars = datasets.is_progress_bar_enabled()
    datasets.disable_progress_bars()  # stderr is for our messages, not "Generating split"
    try:
        with tempfile.TemporaryDirectory(prefix="zhbrief-ds-") as cache:
            ds = datasets.load_dataset(
                builder, data_files=path, split="train", cache_dir=cache, **kwargs
            )
            return {name: list(ds[name]) for name in ds.column_names}
    except Exception as e:  # datasets wraps parser errors in many types
        raise InputError(f"{path}: cannot read it as {builder}: {e}") from None
    finally:
        if bars:
            datasets.enable_progress_bars()


def _dataset_field(path: str, columns: dict[str, list[Any]], name: str) -> list[str]:
    if name not in columns:
        raise EvaluationError(
            f"{path}: no field {name!r}; the dataset has {', '.join(columns) or 'no fields'}. "
            "Name the right ones with --src-field/--ref-field/--hyp-field"
        )
    values = []
    for row, value in enumerate(columns[name], 1):
        if value is None:
            raise EvaluationError(f"{path}: row {row} has no value for field {name!r}")
        values.append(str(value).rstrip())
    return values


def load_dataset_file(
    path: str,
    src_field: str | None,
    ref_fields: Sequence[str],
    hyp_field: str | None = None,
) -> EvalData:
    """Sources, references (and hypotheses) from columns of a jsonl/csv/parquet file."""
    if not ref_fields:
        raise UsageError("give at least one reference field with --ref-field")
    columns = _dataset_columns(path, _dataset_builder(path))
    if not columns or not next(iter(columns.values())):
        raise InputError(f"{path}: the dataset is empty")
    references = [_dataset_field(path, columns, name) for name in ref_fields]
    sources = _dataset_field(path, columns, src_field) if src_field else None
    hypotheses = _dataset_field(path, columns, hyp_field) if hyp_field else None
    inputs = {
        "dataset": path,
        "src_field": src_field,
        "ref_fields": list(ref_fields),
        "hyp_field": hyp_field,
    }
    return EvalData(references, hypotheses, sources, inputs)


def _test_set_files(name: str, langpair: str) -> tuple[str, list[str]]:
    import socket

    import sacrebleu

    if name not in sacrebleu.DATASETS:
        raise UsageError(
            f"unknown sacrebleu test set {name!r}; `sacrebleu --list` shows them all "
            "(for example wmt22, wmt20, flores200)"
        )
    dataset: Any = sacrebleu.DATASETS[name]  # sacrebleu's dataset methods are untyped
    if langpair not in dataset.langpairs:
        pairs = ", ".join(sorted(dataset.langpairs))
        raise UsageError(f"test set {name} has no language pair {langpair!r}; it has {pairs}")
    old_timeout = socket.getdefaulttimeout()
    socket.setdefaulttimeout(DOWNLOAD_TIMEOUT_S)  # sacrebleu's urlopen has no timeout
    try:
        return dataset.get_source_file(langpair), dataset.get_reference_files(langpair)
    except (Exception, SystemExit) as e:  # sacrebleu calls sys.exit on SSL/MD5 errors
        reason = str(e) or type(e).__name__
        if isinstance(e, SystemExit):
            reason = "sacrebleu stopped (its log above says why; delete a partial download)"
        raise EvaluationError(
            f"cannot get sacrebleu test set {name} ({langpair}): {reason}. "
            "It is downloaded on first use, which needs network access; fetch it once with "
            f"`sacrebleu -t {name} -l {langpair} --echo src` where the network allows and "
            "copy ~/.sacrebleu (or $SACREBLEU), or evaluate local files with --src/--ref"
        ) from None
    finally:
        socket.setdefaulttimeout(old_timeout)


def load_test_set(name: str, langpair: str = "zh-en") -> EvalData:
    """Source and references of a sacrebleu test set (downloaded on first use)."""
    src_file, ref_files = _test_set_files(name, langpair)
    sources = read_lines(src_file)
    references = [read_lines(path) for path in ref_files]
    streams = [(f"source {src_file}", sources)]
    streams += [
        (f"reference {path}", refs) for path, refs in zip(ref_files, references, strict=True)
    ]
    check_aligned(streams)
    inputs = {"test_set": name, "langpair": langpair, "references": ref_files}
    return EvalData(references, None, sources, inputs)


def limit(data: EvalData, n: int | None) -> EvalData:
    """The first ``n`` segments of every stream."""
    if n is None:
        return data
    if n <= 0:
        raise UsageError(f"--limit must be positive, got {n}")
    return replace(
        data,
        references=[refs[:n] for refs in data.references],
        hypotheses=data.hypotheses[:n] if data.hypotheses is not None else None,
        sources=data.sources[:n] if data.sources is not None else None,
    )


def with_hypotheses(data: EvalData, hypotheses: list[str], name: str) -> EvalData:
    """Attach hypotheses (from a file or a translation run) after checking alignment."""
    check_aligned([(f"hypothesis {name}", hypotheses), ("references", data.references[0])])
    return replace(data, hypotheses=hypotheses, inputs={**data.inputs, "hypotheses": name})
