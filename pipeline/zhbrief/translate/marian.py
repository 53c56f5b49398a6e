"""The torch backend: MarianMT through transformers' ``generate``.

fp32 on request, dynamic int8 on a CPU (every Linear layer, output projection
included), fp16 on CUDA under ``torch.inference_mode()``.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from typing import Any

from ..config import TranslateConfig
from .base import LoadedModel, TokenizedTranslator
from .models import ModelSource, load_marian
from .static_decode import StaticGreedyDecoder
from .threads import cpu_threads, shared_threads


def quantize_int8(model: Any) -> Any:
    """Dynamic int8 quantization of every Linear layer, output projection included."""
    import torch
    from torch.ao.quantization import quantize_dynamic

    with warnings.catch_warnings():
        # torch.ao.quantization is deprecated upstream but still the CPU int8 path in 2.x
        warnings.simplefilter("ignore")
        return quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class MarianTranslator(TokenizedTranslator):
    """MarianMT via transformers' ``generate``."""

    def __init__(self, loaded: LoadedModel, model: Any, config: TranslateConfig) -> None:
        super().__init__(loaded, config)
        self.model = model
        self._static: StaticGreedyDecoder | None = None

    def uses_static_decoder(self) -> bool:
        """``translate.decoder``: static on request, by default for greedy on CUDA."""
        c = self.config
        if c.decoder != "auto":
            return c.decoder == "static"
        plain = not c.no_repeat_ngram_size and c.repetition_penalty == 1.0
        return self.device == "cuda" and c.num_beams == 1 and plain

    def _generate_static(self, enc: Any, limits: list[int], min_new_tokens: int) -> Any:
        if self._static is None:
            self._static = StaticGreedyDecoder(self.model)
        return self._static.generate(
            enc["input_ids"], enc["attention_mask"], limits, min_new_tokens
        )

    def _generate(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> tuple[list[str], int]:
        import torch

        c = self.config
        if self.device == "cpu" and c.share_threads and not c.threads:
            # A job started later takes its share now: give up ours as it does
            torch.set_num_threads(shared_threads())
        enc = self.tokenizer(texts, return_tensors="pt", padding=True).to(self.device)
        if self.uses_static_decoder():
            with _attention_backends(self.device):
                kept = self._generate_static(enc, limits, min_new_tokens)
            texts_out = self.tokenizer.batch_decode(kept, skip_special_tokens=True)
            return list(texts_out), sum(len(k) for k in kept)
        kwargs: dict[str, Any] = {
            "num_beams": c.num_beams,
            "max_new_tokens": self._search_cap(limits),
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
        with torch.inference_mode(), _attention_backends(self.device):
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


def load_marian_translator(
    config: TranslateConfig, source: ModelSource, device: str, precision: str
) -> MarianTranslator:
    """Load ``source`` with transformers at ``precision`` on ``device``."""
    import torch

    if device == "cpu":
        # translate.threads, else all cores (or, with share_threads, this process's share)
        torch.set_num_threads(cpu_threads(config))
    elif config.threads:
        torch.set_num_threads(config.threads)
    tokenizer, model, revision = load_marian(source)
    model.eval()
    if precision == "int8":
        model = quantize_int8(model)
    elif precision == "fp16":
        model = model.half()
    model.to(device)
    loaded = LoadedModel(tokenizer, source.name, revision, device, precision)
    return MarianTranslator(loaded, model, config)
