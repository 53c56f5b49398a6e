"""Progress on stderr: documents and sentences done, and the rate.

On a terminal, two tqdm bars (they show the rate themselves). Elsewhere (a log file,
a CI job, a second run in the background) a plain status line every
``status_every`` seconds, so a slow run is never silent:
``batch: 3/10 documents, 120/400 sentences, 4.1 sentences/s``.
"""

from __future__ import annotations

import sys
import time
from contextlib import AbstractContextManager
from typing import Any

# ---------------------------------------------------------------- progress


class BatchProgress:
    """Documents and sentences on stderr: bars, periodic status lines, or nothing."""

    def __init__(self, total_docs: int, enabled: bool, status_every: float | None = None) -> None:
        self.enabled = enabled
        self._bars: list[Any] = []
        self._redirect: AbstractContextManager[Any] | None = None
        self._status_every = None if enabled else status_every
        self._started = time.monotonic()
        self._last_status = self._started
        self.total_docs = total_docs
        self.docs_done = 0
        self.total_sentences = 0
        self.sentences_done = 0
        if enabled:
            from tqdm import tqdm
            from tqdm.contrib.logging import logging_redirect_tqdm

            self.docs = tqdm(total=total_docs, unit="doc", desc="documents", position=0)
            self.sents = tqdm(total=0, unit="sent", desc="sentences", position=1)
            self._bars = [self.docs, self.sents]
            # Warnings (a busy translation memory) go above the bars, not into them
            self._redirect = logging_redirect_tqdm()
            self._redirect.__enter__()

    def doc(self, n: int = 1) -> None:
        self.docs_done += n
        if self.enabled:
            self.docs.update(n)
        self._status()

    def add_sentences(self, n: int) -> None:
        self.total_sentences += n
        if self.enabled:
            self.sents.total = (self.sents.total or 0) + n
            self.sents.refresh()

    def sentences(self, n: int) -> None:
        self.sentences_done += n
        if self.enabled:
            self.sents.update(n)
        self._status()

    def rate(self) -> float:
        """Sentences a second since the start."""
        elapsed = time.monotonic() - self._started
        return self.sentences_done / elapsed if elapsed > 0 else 0.0

    def status_line(self) -> str:
        return (
            f"batch: {self.docs_done}/{self.total_docs} documents, "
            f"{self.sentences_done:,}/{self.total_sentences:,} sentences, "
            f"{self.rate():.1f} sentences/s"
        )

    def _status(self) -> None:
        if self._status_every is None:
            return
        now = time.monotonic()
        if now - self._last_status >= self._status_every:
            self._last_status = now
            print(self.status_line(), file=sys.stderr, flush=True)

    def close(self) -> None:
        for bar in reversed(self._bars):
            bar.close()
        self._bars = []
        if self._redirect is not None:
            self._redirect.__exit__(None, None, None)
            self._redirect = None
