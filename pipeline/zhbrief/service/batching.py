"""Batching across requests: one model worker, fed through a bounded queue.

Every request hands its sentences to ``Batcher.submit`` and gets a future. One worker
thread owns the translator (the SQLite translation memory is tied to the thread that
opened it): it waits a few milliseconds for more requests, then sends up to
``batch_max_texts`` sentences from several requests in one ``translate_batch`` call,
where the translate stage sorts them by length and packs them by its token budget.
Large submissions (a long document) are taken a slice at a time, round robin, so a
short request queued behind a report is not held up by all of it. When
``queue_size`` requests are already waiting, ``submit`` raises ``QueueFull`` at once.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from ..errors import ZhbriefError
from ..translate import Translation, TranslationStats, Translator

VariantKey = tuple[tuple[str, Any], ...]


class QueueFull(ZhbriefError):
    """The model's queue is full: the client should retry later (HTTP 429)."""

    http_status = 429


class ShuttingDown(ZhbriefError):
    """The server is stopping and takes no new work (HTTP 503)."""

    http_status = 503


@dataclass(eq=False)
class _Pending:
    texts: list[str]
    variant: VariantKey
    future: Future[list[Translation]]
    progress: Callable[[int], None] | None = None
    results: list[Translation] = field(default_factory=list)

    @property
    def done(self) -> int:
        return len(self.results)

    @property
    def left(self) -> int:
        return len(self.texts) - len(self.results)


@dataclass
class BatchStats:
    batches: int = 0
    texts: int = 0
    batch_sizes: list[int] = field(default_factory=list)  # the last 1,000 batch sizes
    requests_per_batch: list[int] = field(default_factory=list)

    def record(self, texts: int, requests: int) -> None:
        self.batches += 1
        self.texts += texts
        self.batch_sizes = [*self.batch_sizes[-999:], texts]
        self.requests_per_batch = [*self.requests_per_batch[-999:], requests]


class Batcher:
    """Collects concurrent requests into shared model batches (see the module doc)."""

    def __init__(
        self,
        factory: Callable[[], Translator],
        *,
        wait_ms: float = 5.0,
        max_texts: int = 64,
        queue_size: int = 64,
        on_batch: Callable[[int, int], None] | None = None,
        nice: int = 0,
    ) -> None:
        self._factory = factory
        self._wait = wait_ms / 1000
        self._max_texts = max_texts
        self._queue_size = queue_size
        self._on_batch = on_batch
        self._nice = nice
        self._pending: list[_Pending] = []
        self._cond = threading.Condition()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self._variants: dict[VariantKey, Translator] = {}
        self.translator: Translator | None = None
        self.stats = BatchStats()

    # -- life cycle -------------------------------------------------------------------

    def start(self) -> None:
        """Start the worker and load the model in it; raises what loading raised."""
        self._thread = threading.Thread(target=self._run, name="zhbrief-batcher", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._start_error is not None:
            raise self._start_error

    def stop(self, timeout: float = 30.0) -> None:
        """Finish what is queued, then stop; new submissions are refused meanwhile."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def depth(self) -> int:
        """Requests waiting for (or partly through) the model."""
        with self._cond:
            return len(self._pending)

    @property
    def queued_texts(self) -> int:
        with self._cond:
            return sum(p.left for p in self._pending)

    # -- submitting --------------------------------------------------------------------

    def submit(
        self,
        texts: Sequence[str],
        *,
        variant: VariantKey = (),
        progress: Callable[[int], None] | None = None,
        wait: bool = False,
    ) -> Future[list[Translation]]:
        """Queue texts; the future gives one ``Translation`` per text, in order.

        A full queue raises ``QueueFull`` at once, or with ``wait`` (background jobs)
        waits for room.
        """
        future: Future[list[Translation]] = Future()
        if not texts:
            future.set_result([])
            return future
        with self._cond:
            if self._stopping:
                raise ShuttingDown("the server is shutting down; retry on another instance.")
            while wait and len(self._pending) >= self._queue_size and not self._stopping:
                self._cond.wait()
            if self._stopping:
                raise ShuttingDown("the server is shutting down; retry on another instance.")
            if len(self._pending) >= self._queue_size:
                raise QueueFull(
                    f"the translation queue is full ({self._queue_size} requests waiting); "
                    "retry in a moment."
                )
            self._pending.append(_Pending(list(texts), variant, future, progress))
            self._cond.notify_all()
        return future

    def translate(self, texts: Sequence[str], variant: VariantKey = ()) -> list[str]:
        """Blocking convenience: submit, wait, the English only."""
        return [t.text for t in self.submit(texts, variant=variant).result()]

    # -- the worker --------------------------------------------------------------------

    def _lower_priority(self) -> None:
        """Run the model (and the threads it starts, which inherit this) at a lower CPU
        priority, so the event loop answers health checks and 429s at once even while
        the model keeps every core busy. Linux only; elsewhere a no-op."""
        if self._nice <= 0 or not hasattr(os, "setpriority"):
            return
        try:
            tid = threading.get_native_id()
            os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + self._nice)
        except OSError:
            pass

    def _run(self) -> None:
        self._lower_priority()
        try:
            self.translator = self._factory()
        except BaseException as e:  # reported to start()'s caller
            self._start_error = e
            self._ready.set()
            return
        self._ready.set()
        while True:
            taken = self._collect()
            if taken is None:
                break
            self._translate(taken)
        close = getattr(self.translator, "close", None)
        if callable(close):
            close()

    def _collect(self) -> list[tuple[_Pending, int]] | None:
        """Wait for work, give others a moment to join, then take a batch's worth."""
        with self._cond:
            while not self._pending and not self._stopping:
                self._cond.wait()
            if not self._pending:
                return None
            deadline = time.monotonic() + self._wait
            while not self._stopping and self._queued_locked() < self._max_texts:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return self._take_locked()

    def _queued_locked(self) -> int:
        variant = self._pending[0].variant
        return sum(p.left for p in self._pending if p.variant == variant)

    def _take_locked(self) -> list[tuple[_Pending, int]]:
        """Round robin over the requests of the first request's variant."""
        variant = self._pending[0].variant
        same = [p for p in self._pending if p.variant == variant]
        budget = self._max_texts
        share = max(1, budget // len(same))
        taken: dict[_Pending, int] = {}
        while budget > 0:
            progressed = False
            for p in same:
                more = min(share, p.left - taken.get(p, 0), budget)
                if more > 0:
                    taken[p] = taken.get(p, 0) + more
                    budget -= more
                    progressed = True
            if not progressed:
                break
        return list(taken.items())

    def _model(self, variant: VariantKey) -> Translator:
        assert self.translator is not None  # set before the loop starts
        if not variant:
            return self.translator
        if variant not in self._variants:
            self._variants[variant] = self.translator.variant(**dict(variant))
        return self._variants[variant]

    def _translate(self, taken: list[tuple[_Pending, int]]) -> None:
        texts: list[str] = []
        for p, n in taken:
            texts.extend(p.texts[p.done : p.done + n])
        try:
            results = self._model(taken[0][0].variant).translate(texts)
        except Exception as e:  # every request in the batch gets the error
            self._fail([p for p, _ in taken], e)
            return
        self.stats.record(len(texts), len(taken))
        if self._on_batch is not None:
            self._on_batch(len(texts), len(taken))
        at = 0
        finished: list[_Pending] = []
        for p, n in taken:
            p.results.extend(results[at : at + n])
            at += n
            if p.progress is not None:
                p.progress(n)
            if p.left == 0:
                finished.append(p)
        with self._cond:
            self._pending = [p for p in self._pending if p not in finished]
            self._cond.notify_all()  # room for submitters waiting on a full queue
        for p in finished:
            p.future.set_result(p.results)

    def _fail(self, failed: list[_Pending], error: Exception) -> None:
        with self._cond:
            self._pending = [p for p in self._pending if p not in failed]
            self._cond.notify_all()
        for p in failed:
            p.future.set_exception(error)


class QueuedTranslator:
    """The ``Translator`` protocol over a ``Batcher``, for the pipeline's translate stage.

    ``wait``: a background job waits for room in a full queue instead of failing.
    """

    def __init__(self, batcher: Batcher, *, variant: VariantKey = (), wait: bool = False):
        self._batcher = batcher
        self._variant = variant
        self._wait = wait

    @property
    def _model(self) -> Translator:
        if self._batcher.translator is None:
            raise ShuttingDown("the model is not loaded (the server is starting or stopping).")
        return self._batcher.translator

    @property
    def model_id(self) -> str:
        return self._model.model_id

    @property
    def revision(self) -> str | None:
        return self._model.revision

    @property
    def stats(self) -> TranslationStats:
        return self._model.stats

    def settings(self) -> dict[str, Any]:
        return {**self._model.settings(), **dict(self._variant)}

    def variant(self, **changes: Any) -> QueuedTranslator:
        """Other decoding settings (the pipeline's retry of degenerate output)."""
        key = tuple(sorted({**dict(self._variant), **changes}.items()))
        return QueuedTranslator(self._batcher, variant=key, wait=self._wait)

    def translate(
        self, texts: Sequence[str], *, on_progress: Callable[[int], None] | None = None
    ) -> list[Translation]:
        future = self._batcher.submit(
            texts, variant=self._variant, progress=on_progress, wait=self._wait
        )
        return future.result()
