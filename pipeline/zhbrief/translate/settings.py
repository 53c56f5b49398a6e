"""What a translation depends on, resolved from the configuration without loading a model.

``decoding_settings`` is the one list of settings that change a translation: the
translators report it (provenance) and the translation memory keys on it, so a new
decoding option can't reach one and miss the other.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import logging
from pathlib import Path
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
        "share_threads",
        "decoder",  # the static decoder's greedy outputs are generate's (tests)
    }
)


log = logging.getLogger(__name__)

# The CUDA libraries CTranslate2's wheel needs at run time; the zhbrief[cuda] extra
# installs them as the nvidia-cublas-cu12 / nvidia-cudnn-cu12 wheels (folder, file)
_CUDA_LIBRARIES = (("cublas", "libcublas.so.12"), ("cublas", "libcublasLt.so.12"))


def ct2_available() -> bool:
    return importlib.util.find_spec("ctranslate2") is not None


def _load_library(package: str, name: str) -> None:
    """dlopen ``name`` globally: from the nvidia-* wheel's folder if installed, else the
    system's search path. Loaded once, it satisfies CTranslate2's own later dlopen."""
    import ctypes

    spec = importlib.util.find_spec("nvidia")
    for root in spec.submodule_search_locations or [] if spec else []:
        candidate = Path(root) / package / "lib" / name
        if candidate.is_file():
            ctypes.CDLL(str(candidate), mode=ctypes.RTLD_GLOBAL)
            return
    ctypes.CDLL(name, mode=ctypes.RTLD_GLOBAL)


@functools.cache
def ct2_cuda_problem() -> str | None:
    """Why CTranslate2 cannot run on CUDA here, or None when it can (its CUDA libraries
    load and it sees a device). Looked up once per process."""
    try:
        import ctranslate2
    except ImportError as e:
        return f"ctranslate2 is not installed ({e})"
    try:
        if ctranslate2.get_cuda_device_count() < 1:
            return "CTranslate2 sees no CUDA device"
        for package, name in _CUDA_LIBRARIES:
            _load_library(package, name)
    except (OSError, RuntimeError) as e:
        return f"{e} (install zhbrief[cuda] for CUDA 12's cuBLAS)"
    return None


def cuda_available() -> bool:
    import torch

    return bool(torch.cuda.is_available())


def resolve_device(requested: str) -> str:
    if requested == "auto":
        return "cuda" if cuda_available() else "cpu"
    if requested == "cuda" and not cuda_available():
        raise ConfigError(
            "translate.device is 'cuda' but torch sees no CUDA device; use --device cpu "
            "(or auto), or install a CUDA build of torch."
        )
    return requested


def resolve_precision(requested: str, device: str) -> str:
    if requested == "auto":
        return "int8" if device == "cpu" else "fp16"
    if requested == "int8" and device != "cpu":
        raise ConfigError("precision int8 is the CPU path; use fp16, int8_float16 or fp32 on CUDA.")
    if requested == "int8_float16" and device == "cpu":
        raise ConfigError("precision int8_float16 needs a CUDA device; on a CPU use int8.")
    if requested == "fp16" and device == "cpu":
        raise ConfigError("precision fp16 needs a CUDA device; on a CPU use int8 or fp32.")
    return requested


def resolve_backend(requested: str, device: str, precision: str) -> str:
    """``auto``: CTranslate2 for int8 on a CPU when it is installed, and for fp16 or
    int8_float16 on CUDA when its CUDA libraries load; else torch.

    CTranslate2's int8 CPU kernels and C++ beam search beat torch's dynamic int8 with
    transformers' ``generate`` (about 2x at 4 beams); on CUDA its C++ decoding loop has
    none of the per-step Python overhead that bounds torch there; fp32 stays on torch.
    """
    if precision == "int8_float16" and requested == "torch":
        raise ConfigError("precision int8_float16 is CTranslate2's; use --backend auto.")
    if requested == "ctranslate2" and device == "cuda":
        problem = ct2_cuda_problem()
        if problem:
            raise ConfigError(f"CTranslate2 cannot use CUDA here: {problem}; use --backend torch.")
    if requested != "auto":
        return requested
    if device == "cpu":
        return "ctranslate2" if precision == "int8" and ct2_available() else "torch"
    if precision in ("fp16", "int8_float16"):
        problem = ct2_cuda_problem()
        if problem is None:
            return "ctranslate2"
        if precision == "int8_float16":
            raise ConfigError(f"precision int8_float16 needs CTranslate2 on CUDA: {problem}.")
        log.info("CTranslate2 CUDA unavailable (%s): using torch", problem)
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
