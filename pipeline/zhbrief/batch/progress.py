"""Progress on stderr: documents and sentences done, and the rate."""

from __future__ import annotations

from typing import Any

# ---------------------------------------------------------------- progress


class BatchProgress:
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
