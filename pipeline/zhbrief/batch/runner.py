"""The run: read, analyse, translate in chunks, write outputs and the manifest."""

from __future__ import annotations

import contextlib
import errno
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..config import Config
from ..document import Document
from ..errors import OutputError, ZhbriefError
from ..iofiles import append_jsonl, atomic_write_text, check_output_dir
from ..pipeline import brief_documents, open_translator, spans_to_translate
from ..render import render
from ..translate import Translator
from .discover import check_unique_outputs
from .manifest import check_manifest, manifest_path, now, read_manifest, settings_digest
from .options import FATAL, VIEWS, BatchOptions, BatchSummary, InputItem
from .prepare import Failed, Prepared, prepare
from .progress import BatchProgress

log = logging.getLogger(__name__)

# A write that fails for these fails for every input after it: stop the batch
_NO_ROOM = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG})

# ---------------------------------------------------------------- the run


class BatchStopped(OutputError):
    """The output folder cannot take more (disk full, quota, read-only): stop cleanly."""


def _write_error(path: Path, e: OSError) -> OutputError:
    reason = e.strerror or str(e)
    if e.errno in _NO_ROOM:
        return BatchStopped(
            f"cannot write {path}: {reason}; free some space (or choose another folder "
            "with -o) and run the same command again: finished inputs are skipped."
        )
    return OutputError(f"cannot write {path}: {reason}")


def failed_entry(
    key: str, source: str, sha: str | None, e: BaseException, **extra: Any
) -> dict[str, Any]:
    """A ``failed`` manifest record (``Run.record`` adds the settings and time)."""
    kind, message = failure_reason(e)
    return {
        "input": key,
        "source": source,
        "sha256": sha,
        "status": "failed",
        "error_type": kind,
        "error": message,
        "outputs": [],
        **extra,
    }


def failure_reason(e: BaseException) -> tuple[str, str]:
    """(error type, message) for the manifest; unexpected errors keep their type."""
    message = str(e).strip() or type(e).__name__
    if not isinstance(e, ZhbriefError):
        message = f"{type(e).__name__}: {message}"
    return type(e).__name__, message


class Run:
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
        self.progress = BatchProgress(0, False)

    @property
    def translator(self) -> Translator:
        if self._translator is None:
            self._translator = open_translator(self.config)
        return self._translator

    def close(self) -> None:
        t = self._translator
        from ..translate.memory import CachedTranslator

        if isinstance(t, CachedTranslator):
            s = self.summary
            s.cache_hits, s.cache_misses, s.model_loaded = t.hits, t.misses, t.loaded
            if self._own_translator:
                t.close()
        elif t is not None:
            self.summary.model_loaded = True
            self.summary.cache_misses = self.summary.by_model

    def record(self, entry: dict[str, Any]) -> None:
        entry = {"settings": self.digest, "finished": now(), **entry}
        target = manifest_path(self.out)
        try:
            append_jsonl(target, entry)
        except OSError as e:
            # Without its manifest a batch can neither resume nor report: stop
            error = _write_error(target, e)
            raise (error if isinstance(error, BatchStopped) else BatchStopped(str(error))) from None
        if entry["status"] == "done":
            self.summary.done += 1
        elif entry["status"] == "ignored":
            self.summary.ignored.append((entry["input"], entry["reason"]))
        else:
            self.summary.failed += 1
            self.summary.failures.append((entry["input"], entry.get("error", "")))
        self.progress.doc()
        if self._on_entry is not None:
            self._on_entry(entry)

    def fail(self, key: str, source: str, sha: str | None, e: BaseException, **extra: Any) -> None:
        kind, _ = failure_reason(e)
        if not isinstance(e, ZhbriefError):
            # Not a data problem but a bug: the row says failed, the log says where
            log.error(
                "%s: unexpected %s (a bug in zhbrief; please report it with this "
                "traceback); recorded as failed",
                key,
                kind,
                exc_info=e,
            )
        self.record(failed_entry(key, source, sha, e, **extra))

    # -- steps

    def translate_chunk(
        self, chunk: list[Prepared]
    ) -> tuple[list[Prepared], list[tuple[Prepared, Exception]]]:
        """Translate a chunk in one call; on an error, retry one by one to isolate it.

        Returns the documents translated and the (document, error) pairs that failed.
        """
        spans = sum(p.extra["spans"] for p in chunk)
        self.progress.add_sentences(spans)
        failed: list[tuple[Prepared, Exception]] = []
        started = time.perf_counter()
        try:
            self._translate([p.doc for p in chunk])
            ok = chunk
        except FATAL:
            raise
        except Exception as e:
            ok, failed = ([], [(chunk[0], e)]) if len(chunk) == 1 else self._one_by_one(chunk)
        seconds = round(time.perf_counter() - started, 3)
        for p in ok:
            p.seconds["translate"] = seconds
            p.extra["chunk_documents"] = len(chunk)
        return ok, failed

    def _answered(self) -> tuple[int, int]:
        """(texts from the memory, texts by the model) so far; (0, 0) without a memory."""
        t = self._translator
        from ..translate.memory import CachedTranslator

        return (t.hits, t.by_model) if isinstance(t, CachedTranslator) else (0, 0)

    def _translate(self, docs: list[Document]) -> None:
        translator = self.translator
        before = self._answered()
        brief_documents(
            docs, translator, self.config, scope="full", progress=self.progress.sentences
        )
        after = self._answered()
        s = self.summary
        segments = sum(
            1 for doc in docs for span in spans_to_translate(doc, "full") if span.zh.strip()
        )
        retried = sum(doc.coverage.retried if doc.coverage else 0 for doc in docs)
        # Counted only for translations that succeeded, so the summary adds up
        s.sentences += segments
        s.retried += retried
        if after == before == (0, 0):
            s.by_model += segments + retried
        else:
            s.from_memory += after[0] - before[0]
            s.by_model += after[1] - before[1]
        for doc in docs:
            # Timings go to the manifest; outputs stay identical from run to run
            doc.provenance.seconds = None

    def _one_by_one(
        self, chunk: list[Prepared]
    ) -> tuple[list[Prepared], list[tuple[Prepared, Exception]]]:
        ok: list[Prepared] = []
        failed: list[tuple[Prepared, Exception]] = []
        for p in chunk:
            try:
                self._translate([p.doc])
                ok.append(p)
            except FATAL:
                raise
            except Exception as e:
                failed.append((p, e))
        return ok, failed


def _write_outputs(doc: Document, base: str, out: Path, options: BatchOptions) -> list[str]:
    """Write every output of one input, or none: a failed write removes the others."""
    written: list[str] = []
    for fmt in options.formats:
        for view, tag in VIEWS:
            rel = f"{base}.{tag}.{fmt}"
            full = options.full if view == "brief" else False
            try:
                atomic_write_text(out / rel, render(doc, view, fmt, full))
            except OSError as e:
                _remove(out, written)
                raise _write_error(out / rel, e) from None
            written.append(rel)
    return written


def _remove(out: Path, outputs: Sequence[str]) -> None:
    for rel in outputs:
        (out / rel).unlink(missing_ok=True)


def doc_chunks(prepared: Iterable[Prepared], options: BatchOptions) -> Iterator[list[Prepared]]:
    chunk: list[Prepared] = []
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
def running(run: Run, total: int) -> Iterator[None]:
    started = time.perf_counter()
    run.progress = BatchProgress(total, run.options.progress, run.options.status_every)
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
    check_unique_outputs(items, options.formats)  # before any work
    check_output_dir(options.out_dir)
    check_manifest(options.out_dir)
    run = Run(config, options, translator, on_entry)
    inputs = [i for i in items if not i.ignored]
    with running(run, len(inputs)):
        try:
            for item in items:
                if item.ignored:
                    run.record(_ignored_entry(item))
            for chunk in doc_chunks(_prepare_files(run, inputs), options):
                ok, failed = run.translate_chunk(chunk)
                for p, e in failed:
                    run.fail(p.key, p.source, p.sha256, e)
                for p in ok:
                    _finish(run, p)
        except BatchStopped as e:
            s = run.summary
            s.stopped = str(e)
            s.not_reached = len(inputs) - s.done - s.skipped - s.failed
    return run.summary


def _ignored_entry(item: InputItem) -> dict[str, Any]:
    return {
        "input": item.key,
        "source": str(item.path),
        "status": "ignored",
        "reason": item.ignored,
        "outputs": [],
    }


def _prepare_files(run: Run, items: Sequence[InputItem]) -> Iterator[Prepared]:
    """The inputs to translate; skips are counted and failures recorded here."""
    for item in items:
        outcome = prepare(item, run.config, run.previous.get(item.key), run.digest, run.out)
        if outcome is None:
            run.summary.skipped += 1
            run.progress.doc()
        elif isinstance(outcome, Failed):
            run.fail(item.key, str(item.path), outcome.sha256, outcome.error)
        else:
            yield outcome


def _finish(run: Run, p: Prepared) -> None:
    started = time.perf_counter()
    try:
        outputs = _write_outputs(p.doc, p.base, run.out, run.options)
    except BatchStopped as e:
        with contextlib.suppress(OutputError):  # the manifest may be out of room too
            run.fail(p.key, p.source, p.sha256, e)
        raise
    except OutputError as e:
        run.fail(p.key, p.source, p.sha256, e)
        return
    p.seconds["write"] = round(time.perf_counter() - started, 4)
    sentences = list(p.doc.sentences())
    try:
        _record_done(run, p, outputs, sentences)
    except OutputError:
        _remove(run.out, outputs)  # not in the manifest: no outputs either
        raise


def _record_done(run: Run, p: Prepared, outputs: list[str], sentences: list[Any]) -> None:
    run.record(done_entry(p, outputs))


def done_entry(p: Prepared, outputs: list[str]) -> dict[str, Any]:
    """A ``done`` manifest record for a document whose ``outputs`` are written."""
    sentences = list(p.doc.sentences())
    return {
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
