"""Datasets (jsonl/csv/parquet) in and out: a translation and a summary per row."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..config import Config
from ..document import Document
from ..errors import InputError, OutputError, UsageError
from ..iofiles import append_jsonl, atomic_path, check_output_dir
from ..pipeline import spans_to_translate
from ..render import Format
from ..translate import Translator
from .manifest import check_manifest, is_current, manifest_path, now
from .options import DATASET_BUILDERS, FATAL, FORMATS, BatchOptions, BatchSummary
from .prepare import Prepared, analyse_bytes
from .runner import Run, doc_chunks, failure_reason, running

# ---------------------------------------------------------------- datasets


def dataset_output_path(path: Path, out_dir: Path) -> Path:
    return out_dir / f"{path.stem}.translated{path.suffix.lower()}"


def _load_dataset(path: Path) -> Any:
    builder = DATASET_BUILDERS.get(path.suffix.lower())
    if builder is None:
        raise UsageError(
            f"{path}: --dataset reads .jsonl, .json, .csv and .parquet files, "
            f"not {path.suffix or 'files without a suffix'}"
        )
    if not path.is_file():
        raise InputError(f"{path}: no such file.")
    from datasets import load_dataset
    from datasets.utils.logging import disable_progress_bar

    disable_progress_bar()
    try:
        return load_dataset(builder, data_files=str(path), split="train")
    except Exception as e:  # datasets raises many types for malformed files
        raise InputError(f"{path}: cannot load it as {builder}: {e}") from e


def plain_translation(doc: Document) -> str:
    """Title, headings and paragraphs in English, blank-line separated."""
    blocks: list[str] = []
    if doc.title is not None and doc.title.en:
        blocks.append(doc.title.en.strip())
    for sec in doc.sections:
        if sec.heading is not None and sec.heading.en:
            blocks.append(sec.heading.en.strip())
        for para in sec.paragraphs:
            text = " ".join(s.en.strip() for s in para.sentences if s.en and s.en.strip())
            if text:
                blocks.append(text)
    return "\n\n".join(blocks)


def plain_summary(doc: Document) -> str:
    """The summary sentences in English, one line per section."""
    lines = [
        " ".join(s.en.strip() for s in sec.summary() if s.en and s.en.strip())
        for sec in doc.sections
    ]
    return "\n".join(line for line in lines if line)


def _write_dataset(ds: Any, target: Path) -> None:
    try:
        with atomic_path(target) as tmp:
            suffix = target.suffix.lower()
            if suffix in (".jsonl", ".json"):
                ds.to_json(str(tmp), lines=True, force_ascii=False)
            elif suffix == ".csv":
                ds.to_csv(str(tmp), index=False)
            else:
                ds.to_parquet(str(tmp))
    except OSError as e:
        raise OutputError(
            f"cannot write {target}: {e.strerror or e}; free some space or choose another "
            "folder with -o."
        ) from None


def run_dataset(
    path: str | Path,
    text_field: str,
    config: Config,
    options: BatchOptions,
    *,
    translator: Translator | None = None,
) -> BatchSummary:
    """Translate one column of a jsonl/csv/parquet file, row by row (each a document).

    Writes ``out/<name>.translated.<suffix>``: the same rows and columns plus
    ``translation`` and ``summary`` (English; empty for rows that failed, which the
    manifest line lists under ``failed_rows``). An interrupted run is not resumed
    row by row, but its finished chunks are in the translation memory.
    """
    path = Path(path)
    options.check()
    ds = _load_dataset(path)
    columns = list(ds.column_names)
    if text_field not in columns:
        raise InputError(
            f"{path}: no column {text_field!r}; its columns are {', '.join(columns)}. "
            "Name the Chinese text column with --text-field."
        )
    taken = [c for c in ("translation", "summary") if c in columns]
    if taken:
        raise InputError(
            f"{path}: already has column(s) {', '.join(taken)}, which the output adds; "
            "rename them first."
        )
    check_output_dir(options.out_dir)
    check_manifest(options.out_dir)
    run = Run(config, options, translator, None)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    target = dataset_output_path(path, options.out_dir)
    rel = target.relative_to(options.out_dir).as_posix()
    if is_current(run.previous.get(path.name), sha, run.digest, run.out, options.force):
        run.summary.skipped = 1
        run.close()
        return run.summary
    texts = ds[text_field]
    translations: list[str | None] = [None] * len(texts)
    summaries: list[str | None] = [None] * len(texts)
    failed_rows: list[dict[str, Any]] = []
    with running(run, len(texts)):
        rows = _prepare_rows(run, path, texts, failed_rows)
        for chunk in doc_chunks(rows, options):
            done, failed = run.translate_chunk(chunk)
            for p, e in failed:
                failed_rows.append({"row": p.extra["row"], "error": failure_reason(e)[1]})
                run.progress.doc()
            for p in done:
                i = p.extra["row"]
                translations[i], summaries[i] = plain_translation(p.doc), plain_summary(p.doc)
                run.summary.done += 1
                run.progress.doc()
        ds = ds.add_column("translation", translations).add_column("summary", summaries)
        _write_dataset(ds, target)
        run.summary.failed = len(failed_rows)
        run.summary.failures = [(f"{path.name} row {f['row']}", f["error"]) for f in failed_rows]
        _record(
            manifest_path(run.out),
            {
                "input": path.name,
                "source": str(path),
                "sha256": sha,
                "settings": run.digest,
                "finished": now(),
                "status": "done",
                "outputs": [rel],
                "rows": len(texts),
                "failed_rows": sorted(failed_rows, key=lambda f: f["row"]),
            },
        )
    return run.summary


def _record(manifest: Path, entry: dict[str, Any]) -> None:
    try:
        append_jsonl(manifest, entry)
    except OSError as e:
        raise OutputError(
            f"cannot write {manifest}: {e.strerror or e}; the translated dataset "
            f"{entry['outputs'][0]} is written, but a rerun will not skip it: free some "
            "space or make the manifest writable, then run the same command again."
        ) from None


def _prepare_rows(
    run: Run, path: Path, texts: Sequence[Any], failed_rows: list[dict[str, Any]]
) -> Iterator[Prepared]:
    for i, text in enumerate(texts):
        name = f"{path.name} row {i}"
        try:
            if not isinstance(text, str):
                raise InputError(f"{name}: the text is {type(text).__name__}, not a string.")
            doc, encoding = analyse_bytes(text.encode("utf-8"), name, run.config)
        except FATAL:
            raise
        except Exception as e:
            failed_rows.append({"row": i, "error": failure_reason(e)[1]})
            run.progress.doc()
            continue
        spans = len(spans_to_translate(doc, "full"))
        yield Prepared(name, "", name, "", doc, encoding, {}, {"spans": spans, "row": i})


def parse_formats(value: str) -> tuple[Format, ...]:
    """``"md,json"`` -> ``("md", "json")``, checked."""
    names = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [n for n in names if n not in FORMATS]
    if bad or not names:
        raise UsageError(
            f"--format {value!r}: choose one or more of {', '.join(FORMATS)}, comma-separated"
        )
    return tuple(n for n in FORMATS if n in names)
