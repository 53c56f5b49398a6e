"""What a translation depends on, resolved from the configuration without loading a model.

``decoding_settings`` is the one list of settings that change a translation: the
translators report it (provenance) and the translation memory keys on it, so a new
decoding option can't reach one and miss the other.
"""

from __future__ import annotations

import dataclasses
import importlib.util
from typing import Any

from ..config import TranslateConfig
from ..errors import ConfigError

# TranslateConfig fields that never change a sentence's translation: where the model
# comes from (keyed separately), how it runs, and how sentences are batched (each
# sentence's output is independent of its batch neighbours). Every other field,
# including one added later, is part of the settings.
_NOT_DECODING = frozenset(
    {
        "model",
        "revision",
        "device",
        "precision",
        "backend",
        "batch_tokens",
        "max_batch_size",
        "threads",
    }
)


def ct2_available() -> bool:
    return importlib.util.find_spec("ctranslate2") is not None


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
    if device == "cpu" and precision == "int8" and ct2_available():
        return "ctranslate2"
    return "torch"


def decoding_settings(config: TranslateConfig, *, backend: str, precision: str) -> dict[str, Any]:
    """Backend, precision and every decoding option of ``config``."""
    options = {
        f.name: getattr(config, f.name)
        for f in dataclasses.fields(config)
        if f.name not in _NOT_DECODING
    }
    return {"backend": backend, "precision": precision, **options}


def resolved_settings(config: TranslateConfig) -> dict[str, Any]:
    """``decoding_settings`` as the loaded translator will report them, known before loading."""
    device = resolve_device(config.device)
    precision = resolve_precision(config.precision, device)
    backend = resolve_backend(config.backend, device, precision)
    return decoding_settings(config, backend=backend, precision=precision)


def check_decoding_changes(changes: dict[str, Any]) -> None:
    """Refuse a variant that changes anything but decoding options."""
    names = {f.name for f in dataclasses.fields(TranslateConfig)} - _NOT_DECODING
    unknown = set(changes) - names
    if unknown:
        raise ConfigError(f"not decoding settings: {', '.join(sorted(unknown))}")
