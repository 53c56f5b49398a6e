"""Translate stage: MarianMT through transformers, batched by a token budget.

Sentences are measured in tokens, split at clause boundaries when longer than the
model's input budget (never truncated), sorted by length, packed into batches whose
padded size fits ``batch_tokens``, translated, and put back in their original order.
Backends share this logic through ``BaseTranslator``; only tokenising and generating
differ.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import math
import re
import time
import warnings
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .config import TranslateConfig
from .errors import ConfigError, TranslationError

# Clause boundaries, strongest first; each split keeps the mark with the left piece.
_SPLIT_LEVELS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<=[；;])"),
    re.compile(r"(?<=[，,：:])"),
    re.compile(r"(?<=[、])"),
    re.compile(r"(?<=[\s—…）)」』”’])"),
)
# Positions beyond the source budget the decoder may use (model has 512 positions)
_MAX_DECODER_TOKENS = 511


@runtime_checkable
class Translator(Protocol):
    """What every translation backend (and cache wrapper) offers."""

    @property
    def model_id(self) -> str: ...

    @property
    def revision(self) -> str | None: ...

    def settings(self) -> dict[str, Any]:
        """Everything that changes the output: for cache keys and provenance."""
        ...

    def translate_batch(self, texts: Sequence[str]) -> list[str]: ...


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


def plan_batches(lengths: Sequence[int], batch_tokens: int, max_batch_size: int) -> list[list[int]]:
    """Indices grouped into batches, longest first; padded size stays within budget.

    A batch's padded size is its longest input times its size, so sorting by length
    keeps padding small. Every index appears exactly once.
    """
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        longest = lengths[current[0]] if current else lengths[i]
        if current and (
            longest * (len(current) + 1) > batch_tokens or len(current) >= max_batch_size
        ):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def _pack(parts: list[str], fits: Callable[[str], bool]) -> list[str]:
    """Greedily merge neighbouring parts while the merged text still fits."""
    out: list[str] = []
    for part in parts:
        if out and fits(out[-1] + part):
            out[-1] += part
        else:
            out.append(part)
    return out


def _hard_cut(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Cut at the longest prefix that fits (binary search); last resort for no breaks."""
    pieces: list[str] = []
    rest = text
    while rest and not fits(rest):
        lo, hi = 1, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if fits(rest[:mid]):
                lo = mid
            else:
                hi = mid - 1
        pieces.append(rest[:lo])
        rest = rest[lo:]
    if rest:
        pieces.append(rest)
    return pieces


def split_to_fit(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    """Split ``text`` into pieces that each ``fit``; ``"".join(pieces) == text``.

    Tries ；, then ，：, then 、, then spaces and closing marks, then cuts anywhere.
    """
    if fits(text):
        return [text]
    if level >= len(_SPLIT_LEVELS):
        return _hard_cut(text, fits)
    parts = [p for p in _SPLIT_LEVELS[level].split(text) if p]
    if len(parts) == 1:
        return split_to_fit(text, fits, level + 1)
    pieces: list[str] = []
    for piece in _pack(parts, fits):
        pieces.extend(split_to_fit(piece, fits, level + 1))
    return pieces


def join_pieces(translations: Iterable[str]) -> str:
    return " ".join(t.strip() for t in translations if t.strip())


class BaseTranslator(ABC):
    """Shared batching logic; subclasses tokenise and generate."""

    def __init__(self, config: TranslateConfig, model_id: str, revision: str | None) -> None:
        self.config = config
        self._model_id = model_id
        self._revision = revision
        self.stats = TranslationStats()
        # Set by benchmarks: force exactly ratio x source tokens of output
        self.fixed_length_ratio: float | None = None
        # Called with the number of model inputs finished after each batch
        self.on_progress: Callable[[int], None] | None = None
        # Model inputs per text of the last call (> 1 where a text was split)
        self.last_piece_counts: list[int] = []

    @property
    def model_id(self) -> str:
        return self._model_id

    @property
    def revision(self) -> str | None:
        return self._revision

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
        c = self.config
        return {
            "model": self.model_id,
            "revision": self.revision,
            "backend": self.backend,
            "precision": self.precision,
            "num_beams": c.num_beams,
            "max_input_tokens": c.max_input_tokens,
            "max_length_ratio": c.max_length_ratio,
            "no_repeat_ngram_size": c.no_repeat_ngram_size,
            "repetition_penalty": c.repetition_penalty,
        }

    def variant(self, **changes: Any) -> BaseTranslator:
        """The same loaded model with other decoding settings (e.g. for retries)."""
        clone = copy.copy(self)
        clone.config = dataclasses.replace(self.config, **changes)
        clone.stats = TranslationStats()
        clone.on_progress = None
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
        started = time.perf_counter()
        stats = TranslationStats(texts=len(texts))
        pieces: list[str] = []
        lengths: list[int] = []
        owners: list[int] = []
        live = [i for i, text in enumerate(texts) if text.strip()]
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
        translated = self._translate_pieces(pieces, lengths, stats)
        grouped: list[list[str]] = [[] for _ in texts]
        for owner, english in zip(owners, translated, strict=True):
            grouped[owner].append(english)
        stats.pieces = len(pieces)
        self.last_piece_counts = [len(g) for g in grouped]
        stats.seconds = time.perf_counter() - started
        self.stats.add(stats)
        return [join_pieces(g) for g in grouped]

    def _translate_pieces(
        self, pieces: list[str], lengths: list[int], stats: TranslationStats
    ) -> list[str]:
        stats.source_tokens = sum(lengths)
        out: list[str] = [""] * len(pieces)
        c = self.config
        pending: deque[tuple[list[int], Callable[[], tuple[list[str], int]]]] = deque()
        for batch in plan_batches(lengths, c.batch_tokens, self._max_batch_size()):
            limits = [self._length_limits(lengths[i])[0] for i in batch]
            min_new = max(self._length_limits(lengths[i])[1] for i in batch)
            pending.append((batch, self._submit([pieces[i] for i in batch], limits, min_new)))
            while len(pending) > self._in_flight():
                self._collect(*pending.popleft(), out, stats)
        while pending:
            self._collect(*pending.popleft(), out, stats)
        return out

    def _collect(
        self,
        batch: list[int],
        wait: Callable[[], tuple[list[str], int]],
        out: list[str],
        stats: TranslationStats,
    ) -> None:
        results, generated = wait()
        stats.target_tokens += generated
        if len(results) != len(batch):
            raise TranslationError(
                f"the model returned {len(results)} translations for {len(batch)} inputs"
            )
        for i, english in zip(batch, results, strict=True):
            out[i] = english
        if self.on_progress is not None:
            self.on_progress(len(batch))

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

    def _length_limits(self, source_tokens: int) -> tuple[int, int]:
        if self.fixed_length_ratio is not None:
            n = min(_MAX_DECODER_TOKENS, max(1, round(self.fixed_length_ratio * source_tokens)))
            return n, n
        n = math.ceil(self.config.max_length_ratio * source_tokens) + 10
        # At least one token: a non-empty source never comes back empty
        return min(_MAX_DECODER_TOKENS, n), 1


def resolve_device(requested: str) -> str:
    import torch

    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if requested == "cuda" and not torch.cuda.is_available():
        raise ConfigError(
            "translate.device is 'cuda' but torch sees no CUDA device; use --device cpu "
            "(or auto), or install a CUDA build of torch."
        )
    return requested


def resolve_precision(requested: str, device: str) -> str:
    if requested == "auto":
        return "int8" if device == "cpu" else "fp16"
    if requested == "int8" and device != "cpu":
        raise ConfigError("precision int8 is the CPU path; use fp16 or fp32 on CUDA.")
    if requested == "fp16" and device == "cpu":
        raise ConfigError("precision fp16 needs a CUDA device; on a CPU use int8 or fp32.")
    return requested


def resolve_backend(requested: str, device: str, precision: str) -> str:
    """``auto``: CTranslate2 for int8 on a CPU when it is installed, else torch.

    CTranslate2's int8 CPU kernels and C++ beam search beat torch's dynamic int8 with
    transformers' ``generate`` (about 2x at 4 beams); fp32 and CUDA stay on torch.
    """
    if requested != "auto":
        return requested
    if device == "cpu" and precision == "int8":
        from .ct2 import available

        if available():
            return "ctranslate2"
    return "torch"


def quantize_int8(model: Any) -> Any:
    """Dynamic int8 quantization of every Linear layer, output projection included."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        # torch.ao.quantization is deprecated upstream but still the CPU int8 path in 2.x
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class TokenizedTranslator(BaseTranslator):
    """A backend that measures and encodes text with the model's Marian tokenizer."""

    def __init__(
        self,
        tokenizer: Any,
        config: TranslateConfig,
        *,
        model_id: str,
        revision: str | None,
        device: str,
        precision: str,
    ) -> None:
        super().__init__(config, model_id, revision)
        self.tokenizer = tokenizer
        self._device = device
        self._precision = precision

    @property
    def precision(self) -> str:
        return self._precision

    @property
    def device(self) -> str:
        return self._device

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        ids = self.tokenizer(list(texts), add_special_tokens=True)["input_ids"]
        return [len(x) for x in ids]


class MarianTranslator(TokenizedTranslator):
    """MarianMT via transformers' ``generate``."""

    def __init__(
        self,
        tokenizer: Any,
        model: Any,
        config: TranslateConfig,
        *,
        model_id: str,
        revision: str | None,
        device: str,
        precision: str,
    ) -> None:
        super().__init__(
            tokenizer,
            config,
            model_id=model_id,
            revision=revision,
            device=device,
            precision=precision,
        )
        self.model = model

    def _generate(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> tuple[list[str], int]:
        import torch

        c = self.config
        enc = self.tokenizer(texts, return_tensors="pt", padding=True).to(self._device)
        kwargs: dict[str, Any] = {
            "num_beams": c.num_beams,
            "max_new_tokens": max(limits),
            "min_new_tokens": min_new_tokens,
            "do_sample": False,
            # Forcing EOS at the batch's length cap would make a text's output depend on
            # its neighbours; limits are applied per text in _decode instead
            "forced_eos_token_id": None,
        }
        if c.no_repeat_ngram_size:
            kwargs["no_repeat_ngram_size"] = c.no_repeat_ngram_size
        if c.repetition_penalty != 1.0:
            kwargs["repetition_penalty"] = c.repetition_penalty
        with torch.inference_mode(), _attention_backends(self._device):
            out = self.model.generate(**enc, **kwargs)
        return self._decode(out.tolist(), limits)

    def _decode(self, rows: list[list[int]], limits: list[int]) -> tuple[list[str], int]:
        special = {self.tokenizer.pad_token_id, self.tokenizer.eos_token_id}
        kept: list[list[int]] = []
        for row, limit in zip(rows, limits, strict=True):
            # Row starts with the decoder start token (pad for Marian); stop at EOS
            ids: list[int] = []
            for token in row[1:]:
                if token == self.tokenizer.eos_token_id or len(ids) >= limit:
                    break
                if token not in special:
                    ids.append(token)
            kept.append(ids)
        texts = self.tokenizer.batch_decode(kept, skip_special_tokens=True)
        return list(texts), sum(len(k) for k in kept)


def load_translator(config: TranslateConfig) -> BaseTranslator:
    """Build the configured backend; the model is loaded here, once."""
    from .models import load_marian, resolve_model

    source = resolve_model(config.model, config.revision)
    device = resolve_device(config.device)
    precision = resolve_precision(config.precision, device)
    if resolve_backend(config.backend, device, precision) == "ctranslate2":
        from .ct2 import load_ct2_translator

        return load_ct2_translator(config, source, device, precision)
    import torch

    if config.threads:
        torch.set_num_threads(config.threads)
    tokenizer, model, revision = load_marian(source)
    model.eval()
    if precision == "int8":
        model = quantize_int8(model)
    elif precision == "fp16":
        model = model.half()
    model.to(device)
    return MarianTranslator(
        tokenizer,
        model,
        config,
        model_id=source.name,
        revision=revision,
        device=device,
        precision=precision,
    )


@contextlib.contextmanager
def _attention_backends(device: str) -> Iterator[None]:
    """On CUDA, keep scaled-dot-product attention off cuDNN.

    Measured on an H200 (eval/PERFORMANCE.md): in fp16, SDPA picks cuDNN attention,
    which builds a new execution plan for every new sequence length, i.e. every
    decoding step, costing ~3 ms of CPU per call and making fp16 slower than fp32.
    """
    if device != "cuda":
        yield
        return
    from torch.nn.attention import SDPBackend, sdpa_kernel

    backends = [SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH]
    with sdpa_kernel(backends):
        yield
