"""``zhbrief batch --executor ray``: the same batch on a Ray cluster (or a local one).

Same stages, outputs and manifest as the in-process runner (``runner.py``), whose
steps it reuses::

    driver: items ─▶ ray.data ─map(read, hash, skip or analyse)─▶ map_batches(_BriefWorker)
              ▲                                                      │ actor pool, one model
              └─ manifest lines, memory entries, progress ◀──────────┘ per actor; outputs
                                                                       written by the actors

- Reading and analysing run as Ray tasks (``prepare``, the local runner's own step).
  Chunks of documents (``chunk_docs``) go to an actor pool (``ActorPoolStrategy``):
  each actor loads the translator once (CTranslate2
  int8 on a CPU, fp16 on a GPU, with ``cpus_per_worker`` threads: a Ray worker's
  ``OMP_NUM_THREADS`` is 1), translates a chunk's documents in one call so they share
  batches, runs the checks (``Run.translate_chunk``), renders and writes the outputs
  atomically into the output folder, which must be the same path on every node.
- Only the driver writes ``manifest.jsonl`` and the translation memory. Each actor
  gets a snapshot of the memory (the entries for the run's model, copied into a file
  in its local temp folder: SQLite is never shared over a network file system), adds
  what it translates to its copy, so a sentence repeated across documents is translated
  at most once per actor, and returns the new entries with its results; the driver
  merges them into the one SQLite file as they arrive.
- Resume and ``--force`` as in the runner: the driver hands each input its last
  manifest record, and the read task skips it when hash, settings and outputs match.
- An actor that dies is restarted and its chunk retried (``retries``); a chunk that
  still fails is dropped (``max_errored_blocks``) and its documents are recorded as
  failed (a rerun retries them), so the rest go on.
- Which cluster (a local one for the run, or one joined) is ``ray_cluster.cluster``.
- Pool sizing leaves ``READ_CPUS`` free: with every CPU held by model actors the read
  tasks never run and the job hangs (ray-project/ray#44687).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import math
import pickle
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..errors import UsageError, WorkerError, ZhbriefError
from ..iofiles import check_output_dir
from .discover import check_unique_outputs
from .manifest import check_manifest
from .options import FATAL, VIEWS, BatchOptions, BatchSummary, InputItem, RayOptions
from .prepare import Failed, Prepared, prepare
from .ray_cluster import cluster, native_stderr_silenced
from .runner import (
    BatchStopped,
    Run,
    _ignored_entry,
    _write_outputs,
    doc_chunks,
    done_entry,
    failed_entry,
    running,
)

if TYPE_CHECKING:
    from ..translate.memory import Entry, TranslationMemory, TranslatorIdentity

# CPUs a read task asks for, and the pool keeps free for them
READ_CPUS = 0.5
# Documents per read task (a Ray block)
READ_BLOCK_DOCS = 8
_COLUMNS = ("key", "status", "entry", "spans", "payload", "extras")
MemoryEntries = list[tuple["TranslatorIdentity", list[tuple[str, "Entry"]]]]


def pool_size(resources: dict[str, float], opts: RayOptions) -> int:
    """Model actors for a cluster with ``resources``, keeping ``READ_CPUS`` free."""
    cpus, gpus = float(resources.get("CPU", 0)), float(resources.get("GPU", 0))
    fit = int((cpus - READ_CPUS) // opts.cpus_per_worker)
    if opts.gpus_per_worker > 0:
        fit = min(fit, int(gpus // opts.gpus_per_worker))
    if fit < 1:
        raise UsageError(
            f"the Ray cluster has {cpus:g} CPUs and {gpus:g} GPUs: not enough for one worker "
            f"of {opts.cpus_per_worker:g} CPUs and {opts.gpus_per_worker:g} GPUs plus "
            f"{READ_CPUS:g} CPU for reading; lower --cpus-per-worker or add machines."
        )
    if opts.workers is None:
        return fit
    if opts.workers > fit:
        raise UsageError(
            f"--workers {opts.workers} does not fit the Ray cluster ({cpus:g} CPUs, {gpus:g} "
            f"GPUs): at most {fit} workers of {opts.cpus_per_worker:g} CPUs fit while "
            f"{READ_CPUS:g} CPU stays free for reading (a pool holding every CPU hangs)."
        )
    return opts.workers


def worker_config(config: Config, opts: RayOptions) -> Config:
    """The workers' config: an explicit device and thread count, nothing else changed."""
    t = config.translate
    device = t.device
    if opts.gpus_per_worker > 0:
        if device == "cpu":
            raise UsageError("--gpus-per-worker with --device cpu: drop one of them")
        device = "cuda"
    elif device == "cuda":
        raise UsageError("--device cuda on Ray needs --gpus-per-worker (e.g. 1)")
    else:
        device = "cpu"
    threads = t.threads or max(1, math.ceil(opts.cpus_per_worker))
    translate = dataclasses.replace(t, device=device, threads=threads)
    return dataclasses.replace(config, translate=translate)


# ---------------------------------------------------------------- rows


def _row(
    key: str,
    status: str,
    *,
    entry: dict[str, Any] | None = None,
    spans: int = 0,
    payload: bytes = b"",
) -> dict[str, Any]:
    """One row between the stages (and back to the driver): fixed columns and types."""
    text = json.dumps(entry, ensure_ascii=False) if entry is not None else ""
    return {"key": key, "status": status, "entry": text, "spans": spans, "payload": payload}


def read_row(row: dict[str, Any], *, config: Config, digest: str, out: str) -> dict[str, Any]:
    """The read task: ``prepare`` (read, hash, skip or analyse), as a row for the actors."""
    key = str(row["key"])
    item = InputItem(key, Path(row["path"]), str(row["base"]))
    previous = json.loads(row["previous"]) if row["previous"] else None
    try:
        outcome = prepare(item, config, previous, digest, Path(out))
    except FATAL as e:
        return _row(key, "fatal", payload=pickle.dumps(e))
    if outcome is None:
        return _row(key, "skipped")
    if isinstance(outcome, Failed):
        entry = failed_entry(key, str(item.path), outcome.sha256, outcome.error)
        return _row(key, "failed", entry=entry)
    spans = int(outcome.extra["spans"])
    return _row(key, "ready", spans=spans, payload=pickle.dumps(outcome))


# ---------------------------------------------------------------- the actors


def _recording_memory(path: Path) -> TranslationMemory:
    """A worker's private memory that remembers what it stored, to send back."""
    from ..translate.memory import TranslationMemory

    class RecordingMemory(TranslationMemory):
        # Ray calls an actor's methods in another thread than its constructor, one at a time
        same_thread = False

        def __init__(self, path: Path) -> None:
            super().__init__(path)
            self.new: MemoryEntries = []

        def put_many(self, identity: TranslatorIdentity, items: Iterable[tuple[str, Entry]]) -> int:
            stored = list(items)
            self.new.append((identity, stored))
            return super().put_many(identity, stored)

    return RecordingMemory(path)


class BriefWorker:
    """A Ray actor: loads the translator once, then briefs chunks of documents."""

    def __init__(
        self,
        config: Config,
        options: BatchOptions,
        snapshot: list[Any],
        keep_memory: bool,
    ) -> None:
        from ..translate import Translator, load_translator
        from ..translate.memory import FILE_NAME, CachedTranslator

        self.memory: TranslationMemory | None = None
        self.cached: CachedTranslator | None = None
        translator: Translator
        if keep_memory:
            path = Path(tempfile.mkdtemp(prefix="zhbrief-worker-")) / FILE_NAME
            if snapshot:
                import ray

                path.write_bytes(ray.get(snapshot[0]))
            self.memory = _recording_memory(path)
            self.cached = CachedTranslator.from_config(config.translate, self.memory)
            translator = self.cached  # the model loads on the first miss
        else:
            translator = load_translator(config.translate)  # --no-cache: as the local run
        # The driver decides what to skip: the worker's Run never reads the manifest
        self.run = Run(config, dataclasses.replace(options, force=True), translator, None)

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows: list[dict[str, Any]] = []
        ready: list[Prepared] = []
        for row in batch.to_pylist():
            if row["status"] == "ready":
                ready.append(pickle.loads(row["payload"]))
            else:
                rows.append(row)
        before = self._counters()
        for chunk in doc_chunks(ready, self.run.options):
            rows.extend(self._chunk(chunk))
        after = self._counters()
        extras = {
            "memory": self._take_memory(),
            "counters": {k: after[k] - before[k] for k in after},
            "loaded": self.cached.loaded if self.cached is not None else True,
        }
        columns: dict[str, list[Any]] = {c: [] for c in _COLUMNS}
        for i, row in enumerate(rows):
            row["extras"] = pickle.dumps(extras) if i == 0 else b""
            for c in _COLUMNS:
                columns[c].append(row[c])
        types = {"spans": pa.int64(), "payload": pa.binary(), "extras": pa.binary()}
        return pa.table({c: pa.array(v, types.get(c, pa.string())) for c, v in columns.items()})

    def _counters(self) -> dict[str, int]:
        """The summary's counters so far, as the local run counts them."""
        s = self.run.summary
        hits, misses = (
            (self.cached.hits, self.cached.misses) if self.cached is not None else (0, s.by_model)
        )
        return {
            "sentences": s.sentences,
            "retried": s.retried,
            "from_memory": s.from_memory,
            "by_model": s.by_model,
            "cache_hits": hits,
            "cache_misses": misses,
        }

    def _chunk(self, chunk: list[Prepared]) -> list[dict[str, Any]]:
        try:
            ok, failed = self.run.translate_chunk(chunk)
        except FATAL as e:
            return [_row(p.key, "fatal", payload=pickle.dumps(e)) for p in chunk]
        rows = [
            _row(p.key, "failed", entry=failed_entry(p.key, p.source, p.sha256, e))
            for p, e in failed
        ]
        return rows + [self._finish(p) for p in ok]

    def _finish(self, p: Prepared) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            outputs = _write_outputs(p.doc, p.base, self.run.out, self.run.options)
        except BatchStopped as e:  # the output folder is full: the driver stops the batch
            return _row(p.key, "stopped", entry=failed_entry(p.key, p.source, p.sha256, e))
        except (OSError, ZhbriefError) as e:
            entry = failed_entry(p.key, p.source, p.sha256, e)
            return _row(p.key, "failed", entry=entry)
        p.seconds["write"] = round(time.perf_counter() - started, 4)
        return _row(p.key, "done", entry=done_entry(p, outputs), spans=p.extra["spans"])

    def _take_memory(self) -> MemoryEntries:
        new: MemoryEntries = getattr(self.memory, "new", [])
        taken = list(new)
        new.clear()
        return taken


# ---------------------------------------------------------------- the driver


def _open_memory(config: Config) -> TranslationMemory | None:
    if not config.cache.enabled:
        return None
    from ..translate.memory import TranslationMemory

    return TranslationMemory(config.cache.path)


def _snapshot(memory: TranslationMemory | None, config: Config) -> bytes:
    """The memory entries for the run's model, as a SQLite file's bytes."""
    if memory is None:
        return b""
    from ..translate.memory import FILE_NAME, identity_for

    with tempfile.TemporaryDirectory(prefix="zhbrief-snapshot-") as folder:
        target = Path(folder) / FILE_NAME
        memory.copy_model(target, identity_for(config.translate))
        return target.read_bytes()


def _quiet_data_context(ray: Any) -> None:
    ctx = ray.data.DataContext.get_current()
    ctx.max_errored_blocks = -1  # a chunk that fails after its retries: record, go on
    ctx.enable_progress_bars = False  # the driver shows its own
    ctx.execution_options.preserve_order = False  # the manifest is keyed, not ordered
    logging.getLogger("ray.data").setLevel(logging.ERROR)


def _dataset(
    ray: Any,
    items: Sequence[InputItem],
    run: Run,
    wconfig: Config,
    opts: RayOptions,
    workers: int,
    snapshot: bytes,
) -> Any:
    rows = [
        {
            "key": i.key,
            "path": str(i.path),
            "base": i.base,
            "previous": json.dumps(run.previous[i.key]) if i.key in run.previous else "",
        }
        for i in items
    ]
    blocks = max(1, math.ceil(len(rows) / READ_BLOCK_DOCS))
    read_args = {"config": run.config, "digest": run.digest, "out": str(run.out)}
    snapshot_ref = [ray.put(snapshot)] if snapshot else []
    read = ray.data.from_items(rows, override_num_blocks=blocks).map(
        read_row, fn_kwargs=read_args, num_cpus=READ_CPUS
    )
    with warnings.catch_warnings():
        # Bounded retries have no named parameter yet (Ray 2.60 deprecates the remote
        # args); Ray's default retries forever, so a document that kills its worker
        # every time would hang the run
        warnings.filterwarnings("ignore", message=".*ray_remote_args.*deprecated")
        return read.map_batches(
            BriefWorker,
            fn_constructor_kwargs={
                "config": wconfig,
                "options": run.options,
                "snapshot": snapshot_ref,
                "keep_memory": run.config.cache.enabled,
            },
            batch_size=run.options.chunk_docs,
            batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),
            num_cpus=opts.cpus_per_worker,
            num_gpus=opts.gpus_per_worker or None,
            max_restarts=-1,
            max_task_retries=opts.retries,
        )


def remove_partial_outputs(out: Path, bases: Iterable[str], options: BatchOptions) -> int:
    """Delete the temporary files a killed worker left behind for outputs of ``bases``.

    ``atomic_path`` writes ``.<name>.<random>.tmp`` next to the output and renames it;
    a worker killed in between (Ctrl-C, a crash) leaves it. One walk of ``out``.
    """
    names = {f"{base}.{tag}.{fmt}" for base in bases for fmt in options.formats for _, tag in VIEWS}
    removed = 0
    for path in out.rglob(".*.tmp"):
        name = path.name[1:-4].rsplit(".", 1)[0]
        if (path.parent.relative_to(out) / name).as_posix() in names and path.is_file():
            path.unlink(missing_ok=True)
            removed += 1
    return removed


class _Driver:
    """Takes the rows coming back: manifest, memory, summary and progress."""

    def __init__(self, run: Run, memory: TranslationMemory | None, items: Sequence[InputItem]):
        self.run = run
        self.memory = memory
        self.pending = {i.key: i for i in items}
        self.merged = 0

    def take(self, row: dict[str, Any]) -> None:
        run, status = self.run, row["status"]
        self.pending.pop(row["key"], None)
        if row["extras"]:
            self._extras(pickle.loads(row["extras"]))
        if status == "fatal":
            raise pickle.loads(row["payload"])
        if status == "skipped":
            run.summary.skipped += 1
            run.progress.doc()
            return
        if status == "done":
            spans = int(row["spans"])
            run.progress.add_sentences(spans)
            run.progress.sentences(spans)
        entry = json.loads(row["entry"])
        run.record(entry)
        if status == "stopped":
            raise BatchStopped(entry["error"])

    def _extras(self, extras: dict[str, Any]) -> None:
        s = self.run.summary
        for name, value in extras["counters"].items():
            setattr(s, name, getattr(s, name) + value)
        s.model_loaded = s.model_loaded or extras["loaded"]
        if self.memory is not None:
            for identity, items in extras["memory"]:
                self.merged += self.memory.put_many(identity, items)

    def lost(self, retries: int) -> None:
        """Record the documents whose chunk never came back."""
        for item in list(self.pending.values()):
            error = WorkerError(
                f"{item.key}: the Ray worker translating it died {retries + 1} times "
                "(out of memory, or a crash); it was not written. Rerun to retry it."
            )
            self.run.fail(item.key, str(item.path), None, error)
        self.pending.clear()


def run_batch_ray(
    items: Sequence[InputItem],
    config: Config,
    options: BatchOptions,
    ray_options: RayOptions,
    *,
    on_entry: Callable[[dict[str, Any]], None] | None = None,
) -> BatchSummary:
    """``run_batch`` on Ray: the same outputs, manifest and resume (see module doc)."""
    options.check()
    ray_options.check()
    check_unique_outputs(items, options.formats)  # before any work
    check_output_dir(options.out_dir)
    check_manifest(options.out_dir)
    wconfig = worker_config(config, ray_options)
    run = Run(config, options, None, on_entry)
    inputs = [i for i in items if not i.ignored]
    memory = _open_memory(config)
    try:
        # Ray prints its workers' and raylet's notes on stdout, which carries only output
        with (
            native_stderr_silenced(ray_options.quiet),
            contextlib.redirect_stdout(sys.stderr),
            cluster(ray_options) as (ray, note),
            running(run, len(inputs)),
        ):
            print(note, file=sys.stderr, flush=True)
            driver = _Driver(run, memory, inputs)
            try:
                for item in items:
                    if item.ignored:
                        run.record(_ignored_entry(item))
                workers = pool_size(ray.cluster_resources(), ray_options)
                _quiet_data_context(ray)
                snapshot = _snapshot(memory, config)
                ds = _dataset(ray, inputs, run, wconfig, ray_options, workers, snapshot)
                for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
                    for row in batch.to_pylist():
                        driver.take(row)
                driver.lost(ray_options.retries)
            except BatchStopped as e:
                s = run.summary
                s.stopped = str(e)
                s.not_reached = len(inputs) - s.done - s.skipped - s.failed
    finally:
        if memory is not None:
            memory.close()
        remove_partial_outputs(options.out_dir, [i.base for i in items], options)
    return run.summary
