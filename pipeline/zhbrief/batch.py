"""Batch translation: many reports, one brief and one translation each.

Inputs are read, segmented and summarised one by one; a bad input is recorded as
``failed`` and the batch goes on. Documents are translated in chunks (up to
``chunk_docs`` documents or ``chunk_sentences`` spans): all spans of a chunk go to the
translator in one call, so short reports share length-sorted batches. After each
chunk every document's outputs are written atomically and its manifest line appended,
so a kill loses at most the chunk in flight.

Output naming (``out`` = the output folder, ``<rel>`` = the input's path relative to
the common folder of the inputs, without its suffix)::

    out/<rel>.brief.<fmt>     the brief (``--full`` appends the whole translation)
    out/<rel>.en.<fmt>        the full translation
    out/manifest.jsonl        one JSON line per processed input (see ``ManifestEntry``)

Subfolders are mirrored, so ``a/x.txt`` and ``b/x.txt`` do not collide; when two
inputs differ only in suffix (``x.txt``, ``x.md``) both keep it (``x.txt.brief.md``).

The manifest is append-only; for each input the last line counts. A rerun skips an
input whose content hash and settings digest match its last ``done`` line and whose
outputs still exist; ``force`` redoes it (translations still come from the translation
memory unless it is disabled).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .api import (
    Checks,
    build_document,
    open_translator,
    spans_to_translate,
    translate_documents,
)
from .cache import CacheError
from .config import Config
from .document import Document
from .errors import InputError, ModelLoadError, UsageError, ZhbriefError
from .iofiles import append_jsonl, atomic_path, atomic_write_text, read_jsonl
from .reader import decode_bytes
from .render import Format, View, render
from .translate import Translator

DEFAULT_GLOBS = ("*.txt", "*.md", "*.pdf", "*.docx", "*.html", "*.htm")
FORMATS: tuple[Format, ...] = ("md", "json", "html")
MANIFEST_NAME = "manifest.jsonl"
# (view, file tag): out/<base>.brief.<fmt> and out/<base>.en.<fmt>
_VIEWS: tuple[tuple[View, str], ...] = (("brief", "brief"), ("translation", "en"))
DATASET_BUILDERS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}
# Errors that no other input can escape: stop the batch instead of failing every input
_FATAL: tuple[type[BaseException], ...] = (UsageError, ModelLoadError, CacheError)


@dataclass(frozen=True)
class InputItem:
    """One input file: ``key`` names it in the manifest, ``base`` its outputs."""

    key: str  # path relative to the inputs' common folder, POSIX separators
    path: Path
    base: str  # output path relative to the output folder, without view and format


@dataclass(frozen=True)
class BatchOptions:
    out_dir: Path
    formats: tuple[Format, ...] = ("md",)
    full: bool = False
    force: bool = False
    progress: bool = False
    chunk_docs: int = 32
    chunk_sentences: int = 2000

    def check(self) -> None:
        if not self.formats:
            raise UsageError("give at least one output format (--format md,json,html)")
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise UsageError(
                f"unknown output format {', '.join(map(repr, bad))}; choose from "
                f"{', '.join(FORMATS)} (comma-separated)"
            )
        if self.chunk_docs < 1 or self.chunk_sentences < 1:
            raise UsageError("chunk sizes must be positive")


@dataclass
class BatchSummary:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    sentences: int = 0  # spans translated (from the model or the memory)
    cache_hits: int = 0
    cache_misses: int = 0  # distinct sentences the model translated
    model_loaded: bool = False
    failures: list[tuple[str, str]] = field(default_factory=list)
    manifest: Path | None = None

    def text(self, max_failures: int = 10) -> str:
        """The short report printed on stderr."""
        lookups = self.cache_hits + self.cache_misses
        share = f" ({self.cache_hits / lookups:.0%})" if lookups else ""
        lines = [
            f"batch: {self.done} done, {self.skipped} skipped, {self.failed} failed in "
            f"{_duration(self.seconds)}; {self.sentences:,} sentences, translation memory "
            f"{self.cache_hits:,} hits{share}, {self.cache_misses:,} translated"
        ]
        for key, reason in self.failures[:max_failures]:
            named = reason if reason.startswith(f"{key}:") else f"{key}: {reason}"
            lines.append(f"  failed: {named}")
        if len(self.failures) > max_failures:
            lines.append(f"  ... and {len(self.failures) - max_failures} more")
        if self.manifest is not None:
            lines.append(f"manifest: {self.manifest}")
        return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f}s"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}m{secs:02d}s" if minutes < 60 else f"{minutes // 60}h{minutes % 60:02d}m"


# ---------------------------------------------------------------- discovering inputs


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _inside(path: Path, folder: Path | None) -> bool:
    return folder is not None and folder in path.parents


def _folder_files(folder: Path, globs: Sequence[str], exclude: Path | None) -> list[Path]:
    found = {
        p
        for pattern in globs
        for p in folder.rglob(pattern)
        if p.is_file() and not _hidden(p, folder) and not _inside(p, exclude)
    }
    return sorted(found)


def _common_root(args: Sequence[Path]) -> Path:
    return Path(os.path.commonpath([str(a) for a in args])) if args else Path.cwd()


def _bases(keys: list[str]) -> list[str]:
    """Output bases: the key without suffix, unless two keys would then collide."""
    stems = [str(Path(k).with_suffix("")) if Path(k).suffix else k for k in keys]
    seen: dict[str, int] = {}
    for s in stems:
        seen[s] = seen.get(s, 0) + 1
    return [Path(s).as_posix() if seen[s] == 1 else k for s, k in zip(stems, keys, strict=True)]


def discover(
    inputs: Sequence[str | Path],
    globs: Sequence[str] = DEFAULT_GLOBS,
    *,
    exclude: Path | None = None,
) -> list[InputItem]:
    """Files named or found (recursively, matching ``globs``) in the folders named.

    Hidden files and folders and anything under ``exclude`` (the output folder) are
    skipped. A named file that does not exist is kept: it fails when read.
    """
    if not inputs:
        raise UsageError("give input files or folders, or --dataset FILE")
    exclude = Path(os.path.abspath(exclude)) if exclude is not None else None
    paths: list[Path] = []
    roots: list[Path] = []
    for arg in inputs:
        p = Path(os.path.abspath(arg))
        if p.is_dir():
            roots.append(p)
            paths.extend(_folder_files(p, globs, exclude))
        else:
            roots.append(p.parent)
            paths.append(p)
    paths = list(dict.fromkeys(paths))
    if not paths:
        raise InputError(
            f"no input files matching {', '.join(globs)} in {', '.join(map(str, inputs))}; "
            "check the folder or pass --glob PATTERN."
        )
    root = _common_root(roots)
    keys = [p.relative_to(root).as_posix() for p in paths]
    return [
        InputItem(key=k, path=p, base=b) for k, p, b in zip(keys, paths, _bases(keys), strict=True)
    ]


# ---------------------------------------------------------------- manifest


def manifest_path(out_dir: Path) -> Path:
    return out_dir / MANIFEST_NAME


def read_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The last manifest record per input key."""
    return {r["input"]: r for r in read_jsonl(manifest_path(out_dir)) if "input" in r}


def settings_digest(config: Config, options: BatchOptions) -> str:
    """What the outputs depend on besides the input: config (less the cache section),
    formats, the model folder's fingerprint and the zhbrief version."""
    from .cache import model_revision_key

    data = config.to_dict()
    data.pop("cache", None)
    data["render"] = {"formats": list(options.formats), "full": options.full}
    data["model_revision"] = model_revision_key(config.translate)
    if config.qa.glossary:
        # Edits to the glossary change the translations
        glossary = Path(config.qa.glossary)
        data["glossary_sha256"] = (
            hashlib.sha256(glossary.read_bytes()).hexdigest() if glossary.is_file() else None
        )
    data["zhbrief"] = __version__
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _is_current(
    record: dict[str, Any] | None, sha: str, digest: str, out_dir: Path, force: bool
) -> bool:
    if force or record is None or record.get("status") != "done":
        return False
    if record.get("sha256") != sha or record.get("settings") != digest:
        return False
    return all((out_dir / o).is_file() for o in record.get("outputs", []))


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


# ---------------------------------------------------------------- progress


class _Progress:
    """Documents and sentences bars on stderr (no-ops when disabled)."""

    def __init__(self, total_docs: int, enabled: bool) -> None:
        self.enabled = enabled
        self._bars: list[Any] = []
        if enabled:
            from tqdm import tqdm

            self.docs = tqdm(total=total_docs, unit="doc", desc="documents", position=0)
            self.sents = tqdm(total=0, unit="sent", desc="sentences", position=1)
            self._bars = [self.docs, self.sents]

    def doc(self, n: int = 1) -> None:
        if self.enabled:
            self.docs.update(n)

    def add_sentences(self, n: int) -> None:
        if self.enabled:
            self.sents.total = (self.sents.total or 0) + n
            self.sents.refresh()

    def sentences(self, n: int) -> None:
        if self.enabled:
            self.sents.update(n)

    def close(self) -> None:
        for bar in reversed(self._bars):
            bar.close()


# ---------------------------------------------------------------- the run


@dataclass
class _Prepared:
    """An input read and analysed, waiting for its chunk to be translated."""

    key: str
    base: str
    source: str
    sha256: str
    doc: Document
    encoding: str
    seconds: dict[str, float]
    extra: dict[str, Any] = field(default_factory=dict)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{size:,} bytes is larger than the limit of {max_bytes:,} (read.max_bytes); "
                "split the file or raise the limit in a config profile."
            )
        return path.read_bytes()
    except FileNotFoundError as e:
        raise InputError("no such file.") from e
    except IsADirectoryError as e:
        raise InputError("is a folder, not a file.") from e
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}.") from e


def _reason(e: BaseException) -> tuple[str, str]:
    """(error type, message) for the manifest; unexpected errors keep their type."""
    message = str(e).strip() or type(e).__name__
    if not isinstance(e, ZhbriefError):
        message = f"{type(e).__name__}: {message}"
    return type(e).__name__, message


class _Run:
    """State shared by the steps of one batch run."""

    def __init__(
        self,
        config: Config,
        options: BatchOptions,
        translator: Translator | None,
        on_entry: Callable[[dict[str, Any]], None] | None,
    ) -> None:
        self.config = config
        self.options = options
        self.out = options.out_dir
        self.summary = BatchSummary(manifest=manifest_path(options.out_dir))
        self._translator = translator
        self._own_translator = translator is None
        self._on_entry = on_entry
        self.previous = {} if options.force else read_manifest(options.out_dir)
        self.digest = settings_digest(config, options)
        # Glossary, retry of degenerate output, quality flags: as the other commands
        self.checks = Checks.from_config(config.qa)
        self.progress = _Progress(0, False)

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            self._translator = open_translator(self.config)
        return self._translator

    def close(self) -> None:
        t = self._translator
        from .cache import CachedTranslator

        if isinstance(t, CachedTranslator):
            s = self.summary
            s.cache_hits, s.cache_misses, s.model_loaded = t.hits, t.misses, t.loaded
            if self._own_translator:
                t.close()
        elif t is not None:
            self.summary.model_loaded = True
            self.summary.cache_misses = self.summary.sentences

    def record(self, entry: dict[str, Any]) -> None:
        entry = {"settings": self.digest, "finished": _now(), **entry}
        append_jsonl(manifest_path(self.out), entry)
        if entry["status"] == "done":
            self.summary.done += 1
        else:
            self.summary.failed += 1
            self.summary.failures.append((entry["input"], entry.get("error", "")))
        self.progress.doc()
        if self._on_entry is not None:
            self._on_entry(entry)

    def fail(self, key: str, source: str, sha: str | None, e: BaseException, **extra: Any) -> None:
        kind, message = _reason(e)
        self.record(
            {
                "input": key,
                "source": source,
                "sha256": sha,
                "status": "failed",
                "error_type": kind,
                "error": message,
                "outputs": [],
                **extra,
            }
        )

    # -- steps

    def analyse(self, key: str, text_bytes: bytes, name: str) -> tuple[Document, str]:
        read = decode_bytes(text_bytes, name, self.config.read.max_bytes)
        return build_document(read, self.config), read.encoding

    def translate_chunk(
        self, chunk: list[_Prepared]
    ) -> tuple[list[_Prepared], list[tuple[_Prepared, Exception]]]:
        """Translate a chunk in one call; on an error, retry one by one to isolate it.

        Returns the documents translated and the (document, error) pairs that failed.
        """
        spans = sum(p.extra["spans"] for p in chunk)
        self.progress.add_sentences(spans)
        translator = self.translator
        if hasattr(translator, "on_progress"):
            translator.on_progress = self.progress.sentences
        failed: list[tuple[_Prepared, Exception]] = []
        try:
            started = time.perf_counter()
            try:
                self._translate([p.doc for p in chunk])
                ok = chunk
            except _FATAL:
                raise
            except Exception as e:
                ok, failed = ([], [(chunk[0], e)]) if len(chunk) == 1 else self._one_by_one(chunk)
            seconds = round(time.perf_counter() - started, 3)
        finally:
            if hasattr(translator, "on_progress"):
                translator.on_progress = None
        for p in ok:
            p.seconds["translate"] = seconds
            p.extra["chunk_documents"] = len(chunk)
            self.summary.sentences += p.extra["spans"]
        return ok, failed

    def _translate(self, docs: list[Document]) -> None:
        translate_documents(docs, self.translator, only_summary=False, checks=self.checks)
        for doc in docs:
            # Timings go to the manifest; outputs stay identical from run to run
            doc.provenance.pop("seconds", None)

    def _one_by_one(
        self, chunk: list[_Prepared]
    ) -> tuple[list[_Prepared], list[tuple[_Prepared, Exception]]]:
        ok: list[_Prepared] = []
        failed: list[tuple[_Prepared, Exception]] = []
        for p in chunk:
            try:
                self._translate([p.doc])
                ok.append(p)
            except _FATAL:
                raise
            except Exception as e:
                failed.append((p, e))
        return ok, failed


def _write_outputs(doc: Document, base: str, out: Path, options: BatchOptions) -> list[str]:
    written: list[str] = []
    for fmt in options.formats:
        for view, tag in _VIEWS:
            rel = f"{base}.{tag}.{fmt}"
            full = options.full if view == "brief" else False
            atomic_write_text(out / rel, render(doc, view, fmt, full))
            written.append(rel)
    return written


def _chunks(prepared: Iterable[_Prepared], options: BatchOptions) -> Iterator[list[_Prepared]]:
    chunk: list[_Prepared] = []
    spans = 0
    for p in prepared:
        chunk.append(p)
        spans += p.extra["spans"]
        if len(chunk) >= options.chunk_docs or spans >= options.chunk_sentences:
            yield chunk
            chunk, spans = [], 0
    if chunk:
        yield chunk


@contextmanager
def _running(run: _Run, total: int) -> Iterator[None]:
    started = time.perf_counter()
    run.progress = _Progress(total, run.options.progress)
    try:
        yield
    finally:
        run.progress.close()
        run.close()
        run.summary.seconds = time.perf_counter() - started


def run_batch(
    items: Sequence[InputItem],
    config: Config,
    options: BatchOptions,
    *,
    translator: Translator | None = None,
    on_entry: Callable[[dict[str, Any]], None] | None = None,
) -> BatchSummary:
    """Process ``items`` into ``options.out_dir``; never raises for one bad input.

    ``translator`` defaults to ``open_translator(config)`` (opened on the first chunk
    that needs it). ``on_entry`` is called after each manifest line is written.
    """
    options.check()
    options.out_dir.mkdir(parents=True, exist_ok=True)
    run = _Run(config, options, translator, on_entry)
    with _running(run, len(items)):
        for chunk in _chunks(_prepare_files(run, items), options):
            ok, failed = run.translate_chunk(chunk)
            for p, e in failed:
                run.fail(p.key, p.source, p.sha256, e)
            for p in ok:
                _finish(run, p)
    return run.summary


def _prepare_files(run: _Run, items: Sequence[InputItem]) -> Iterator[_Prepared]:
    """Read, hash, skip or analyse each input; failures are recorded here."""
    for item in items:
        started = time.perf_counter()
        sha: str | None = None
        try:
            data = _read_file(item.path, run.config.read.max_bytes)
            sha = hashlib.sha256(data).hexdigest()
            if _is_current(run.previous.get(item.key), sha, run.digest, run.out, False):
                run.summary.skipped += 1
                run.progress.doc()
                continue
            read_s = time.perf_counter() - started
            doc, encoding = run.analyse(item.key, data, item.key)
        except _FATAL:
            raise
        except Exception as e:
            run.fail(item.key, str(item.path), sha, _named(e, item.key))
            continue
        seconds = {"read": round(read_s, 4), "analyse": round(time.perf_counter() - started, 4)}
        spans = len(spans_to_translate(doc, only_summary=False))
        yield _Prepared(
            item.key, item.base, str(item.path), sha, doc, encoding, seconds, {"spans": spans}
        )


def _named(e: BaseException, key: str) -> BaseException:
    """Reader messages start with the name; file-level ones get it here."""
    if isinstance(e, InputError) and not str(e).startswith(key):
        return InputError(f"{key}: {e}")
    return e


def _finish(run: _Run, p: _Prepared) -> None:
    started = time.perf_counter()
    try:
        outputs = _write_outputs(p.doc, p.base, run.out, run.options)
    except OSError as e:
        run.fail(p.key, p.source, p.sha256, InputError(f"cannot write the outputs: {e}"))
        return
    p.seconds["write"] = round(time.perf_counter() - started, 4)
    sentences = list(p.doc.sentences())
    run.record(
        {
            "input": p.key,
            "source": p.source,
            "sha256": p.sha256,
            "status": "done",
            "outputs": outputs,
            "encoding": p.encoding,
            "format": p.doc.source.format,
            **({"pages": p.doc.source.pages} if p.doc.source.pages is not None else {}),
            "chars": p.doc.source.chars,
            "sections": len(p.doc.sections),
            "sentences": len(sentences),
            "split": sum(1 for s in sentences if s.pieces > 1),
            "seconds": p.seconds,
            **{k: v for k, v in p.extra.items() if k != "spans"},
        }
    )


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
    with atomic_path(target) as tmp:
        suffix = target.suffix.lower()
        if suffix in (".jsonl", ".json"):
            ds.to_json(str(tmp), lines=True, force_ascii=False)
        elif suffix == ".csv":
            ds.to_csv(str(tmp), index=False)
        else:
            ds.to_parquet(str(tmp))


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
    options.out_dir.mkdir(parents=True, exist_ok=True)
    run = _Run(config, options, translator, None)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    target = dataset_output_path(path, options.out_dir)
    rel = target.relative_to(options.out_dir).as_posix()
    if _is_current(run.previous.get(path.name), sha, run.digest, run.out, options.force):
        run.summary.skipped = 1
        run.close()
        return run.summary
    texts = ds[text_field]
    translations: list[str | None] = [None] * len(texts)
    summaries: list[str | None] = [None] * len(texts)
    failed_rows: list[dict[str, Any]] = []
    with _running(run, len(texts)):
        rows = _prepare_rows(run, path, texts, failed_rows)
        for chunk in _chunks(rows, options):
            done, failed = run.translate_chunk(chunk)
            for p, e in failed:
                failed_rows.append({"row": p.extra["row"], "error": _reason(e)[1]})
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
        append_jsonl(
            manifest_path(run.out),
            {
                "input": path.name,
                "source": str(path),
                "sha256": sha,
                "settings": run.digest,
                "finished": _now(),
                "status": "done",
                "outputs": [rel],
                "rows": len(texts),
                "failed_rows": sorted(failed_rows, key=lambda f: f["row"]),
            },
        )
    return run.summary


def _prepare_rows(
    run: _Run, path: Path, texts: Sequence[Any], failed_rows: list[dict[str, Any]]
) -> Iterator[_Prepared]:
    for i, text in enumerate(texts):
        name = f"{path.name} row {i}"
        try:
            if not isinstance(text, str):
                raise InputError(f"{name}: the text is {type(text).__name__}, not a string.")
            doc, encoding = run.analyse(name, text.encode("utf-8"), name)
        except _FATAL:
            raise
        except Exception as e:
            failed_rows.append({"row": i, "error": _reason(e)[1]})
            run.progress.doc()
            continue
        spans = len(spans_to_translate(doc, only_summary=False))
        yield _Prepared(name, "", name, "", doc, encoding, {}, {"spans": spans, "row": i})


def parse_formats(value: str) -> tuple[Format, ...]:
    """``"md,json"`` -> ``("md", "json")``, checked."""
    names = tuple(dict.fromkeys(v.strip().lower() for v in value.split(",") if v.strip()))
    bad = [n for n in names if n not in FORMATS]
    if bad or not names:
        raise UsageError(
            f"--format {value!r}: choose one or more of {', '.join(FORMATS)}, comma-separated"
        )
    return tuple(n for n in FORMATS if n in names)
