"""The translator contract and the batching every backend shares.

A ``Translator`` turns source texts into ``Translation`` objects (English plus the
number of model inputs the text was split into). ``BaseTranslator`` measures texts in
tokens, splits over-long ones at clause boundaries (``planning``), packs pieces into
length-sorted token-budget batches, has the backend generate them, and restores the
order; backends only tokenise and generate (``marian``, ``ct2``).
"""

from __future__ import annotations

import copy
import dataclasses
import math
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from ..config import TranslateConfig
from ..errors import TranslationError
from .planning import (
    cap_group,
    cap_step,
    has_chinese,
    join_pieces,
    plan_batches,
    search_cap,
    split_to_fit,
)
from .settings import check_decoding_changes, decoding_settings

# Positions beyond the source budget the decoder may use (model has 512 positions)
_MAX_DECODER_TOKENS = 511

Progress = Callable[[int], None]


@dataclass(frozen=True)
class Translation:
    """One text's English and the model inputs it was split into (0: empty or none)."""

    text: str
    pieces: int = 1


@dataclass
class TranslationStats:
    texts: int = 0
    pieces: int = 0  # model inputs after splitting
    split_texts: int = 0  # texts that needed splitting
    source_tokens: int = 0
    target_tokens: int = 0
    seconds: float = 0.0

    def add(self, other: TranslationStats) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@runtime_checkable
class Translator(Protocol):
    """What every translation backend (and the translation-memory wrapper) offers."""

    @property
    def model_id(self) -> str: ...

    @property
    def revision(self) -> str | None: ...

    @property
    def stats(self) -> TranslationStats:
        """What the model really translated (cache hits generate nothing)."""
        ...

    def settings(self) -> dict[str, Any]:
        """Model, revision and ``decoding_settings``: for provenance and cache keys."""
        ...

    def translate(
        self, texts: Sequence[str], *, on_progress: Progress | None = None
    ) -> list[Translation]:
        """One ``Translation`` per text, in order; ``on_progress(n)`` after each batch."""
        ...

    def variant(self, **changes: Any) -> Translator:
        """The same loaded model with other decoding settings (e.g. for retries)."""
        ...


def translate_texts(translator: Translator, texts: Sequence[str]) -> list[str]:
    """Just the English of ``translator.translate``."""
    return [t.text for t in translator.translate(texts)]


class BaseTranslator(ABC):
    """Shared batching logic; subclasses tokenise and generate."""

    def __init__(self, config: TranslateConfig, model_id: str, revision: str | None) -> None:
        self.config = config
        self._model_id = model_id
        self._revision = revision
        self._stats = TranslationStats()

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def revision(self) -> str | None:
        return self._revision

    @property
    def stats(self) -> TranslationStats:
        return self._stats

    @property
    @abstractmethod
    def precision(self) -> str: ...

    @property
    @abstractmethod
    def device(self) -> str: ...

    @property
    def backend(self) -> str:
        return "torch"

    def settings(self) -> dict[str, Any]:
        decoding = decoding_settings(self.config, backend=self.backend, precision=self.precision)
        return {"model": self.model_id, "revision": self.revision, **decoding}

    def variant(self, **changes: Any) -> BaseTranslator:
        """The same loaded model with other decoding settings (e.g. for retries)."""
        check_decoding_changes(changes)
        clone = copy.copy(self)
        clone.config = dataclasses.replace(self.config, **changes)
        clone._stats = TranslationStats()
        return clone

    @abstractmethod
    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Source tokens per text, end-of-sentence token included."""

    @abstractmethod
    def _generate(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> tuple[list[str], int]:
        """Translate one batch: one string per input, and the target tokens kept.

        ``limits[i]`` caps text i's output tokens; applying it per text (not per batch)
        keeps a sentence's translation independent of its batch neighbours.
        """

    def _fits(self, text: str) -> bool:
        return self.count_tokens([text])[0] <= self.config.max_input_tokens

    def split(self, text: str) -> list[str]:
        return split_to_fit(text, self._fits)

    def translate_batch(self, texts: Sequence[str]) -> list[str]:
        return translate_texts(self, texts)

    def translate(
        self, texts: Sequence[str], *, on_progress: Progress | None = None
    ) -> list[Translation]:
        started = time.perf_counter()
        stats = TranslationStats(texts=len(texts))
        pieces: list[str] = []
        lengths: list[int] = []
        owners: list[int] = []
        # Each distinct text once: the batches a text meets don't depend on repeats
        # (nor, then, on which repeats a translation memory already answered)
        first: dict[str, int] = {}
        # A text without a Chinese character (a number, code, an English line) stays as
        # it stands: a Chinese model given it only makes something up
        chinese = [has_chinese(text) for text in texts]
        kept = [i for i, text in enumerate(texts) if text.strip() and not chinese[i]]
        for i, text in enumerate(texts):
            if chinese[i]:
                first.setdefault(text, i)
        live = list(first.values())
        # Tokenise each text once; only over-long ones are split and measured again
        counts = self.count_tokens([texts[i] for i in live]) if live else []
        for i, n in zip(live, counts, strict=True):
            if n <= self.config.max_input_tokens:
                parts, sizes = [texts[i]], [n]
            else:
                parts = self.split(texts[i])
                sizes = self.count_tokens(parts)
                stats.split_texts += 1
            pieces.extend(parts)
            lengths.extend(sizes)
            owners.extend([i] * len(parts))
        translated = self._translate_pieces(pieces, lengths, stats, on_progress)
        grouped: list[list[str]] = [[] for _ in texts]
        for owner, english in zip(owners, translated, strict=True):
            grouped[owner].append(english)
        repeats = [i for i, text in enumerate(texts) if chinese[i] and first[text] != i]
        for i in repeats:
            grouped[i] = grouped[first[texts[i]]]
        for i in kept:
            grouped[i] = [texts[i].strip()]
        if (repeats or kept) and on_progress is not None:
            on_progress(sum(len(grouped[i]) for i in repeats + kept))
        stats.pieces = len(pieces)
        stats.seconds = time.perf_counter() - started
        self._stats.add(stats)
        return [Translation(join_pieces(g), len(g)) for g in grouped]

    def _translate_pieces(
        self,
        pieces: list[str],
        lengths: list[int],
        stats: TranslationStats,
        on_progress: Progress | None,
    ) -> list[str]:
        stats.source_tokens = sum(lengths)
        out: list[str] = [""] * len(pieces)
        c = self.config
        pending: deque[tuple[list[int], Callable[[], tuple[list[str], int]]]] = deque()
        # Beam-search batches never mix rounded output caps: see planning.cap_step
        step = cap_step(c.num_beams)
        caps = [cap_group(self._length_limits(n)[0], step) for n in lengths]
        for batch in plan_batches(lengths, c.batch_tokens, self._max_batch_size(), caps):
            limits = [self._length_limits(lengths[i])[0] for i in batch]
            min_new = max(self._length_limits(lengths[i])[1] for i in batch)
            pending.append((batch, self._submit([pieces[i] for i in batch], limits, min_new)))
            while len(pending) > self._in_flight():
                self._collect(*pending.popleft(), out, stats, on_progress)
        while pending:
            self._collect(*pending.popleft(), out, stats, on_progress)
        return out

    def _collect(
        self,
        batch: list[int],
        wait: Callable[[], tuple[list[str], int]],
        out: list[str],
        stats: TranslationStats,
        on_progress: Progress | None,
    ) -> None:
        results, generated = wait()
        stats.target_tokens += generated
        if len(results) != len(batch):
            raise TranslationError(
                f"the model returned {len(results)} translations for {len(batch)} inputs"
            )
        for i, english in zip(batch, results, strict=True):
            out[i] = english
        if on_progress is not None:
            on_progress(len(batch))

    def _max_batch_size(self) -> int:
        """Inputs per batch; backends with a better size of their own lower it."""
        return self.config.max_batch_size

    def _in_flight(self) -> int:
        """Batches submitted ahead of the one being collected (0: one at a time)."""
        return 0

    def _submit(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> Callable[[], tuple[list[str], int]]:
        """Start one batch; the returned call waits for it. Runs it here by default."""
        done = self._generate(texts, limits, min_new_tokens)
        return lambda: done

    def _search_cap(self, limits: list[int]) -> int:
        """Decoding steps for a batch; outputs are then cut to each text's own limit."""
        return search_cap(limits, _MAX_DECODER_TOKENS, cap_step(self.config.num_beams))

    def _length_limits(self, source_tokens: int) -> tuple[int, int]:
        fixed = self.config.fixed_output_ratio
        if fixed is not None:
            n = min(_MAX_DECODER_TOKENS, max(1, round(fixed * source_tokens)))
            return n, n
        n = math.ceil(self.config.max_length_ratio * source_tokens) + 10
        # At least one token: a non-empty source never comes back empty
        return min(_MAX_DECODER_TOKENS, n), 1


@dataclass(frozen=True)
class LoadedModel:
    """What every tokenised backend holds about its loaded model, in one record.

    ``tokenizer`` is the model's Marian tokenizer; ``revision`` the resolved commit (hub
    models) or None; ``device`` and ``precision`` as resolved from the configuration.
    """

    tokenizer: Any
    model_id: str
    revision: str | None
    device: str
    precision: str


class TokenizedTranslator(BaseTranslator):
    """A backend that measures and encodes text with the model's Marian tokenizer."""

    def __init__(self, loaded: LoadedModel, config: TranslateConfig) -> None:
        super().__init__(config, loaded.model_id, loaded.revision)
        self.loaded = loaded
        self.tokenizer = loaded.tokenizer

    @property
    def precision(self) -> str:
        return self.loaded.precision

    @property
    def device(self) -> str:
        return self.loaded.device

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        ids = self.tokenizer(list(texts), add_special_tokens=True)["input_ids"]
        return [len(x) for x in ids]
