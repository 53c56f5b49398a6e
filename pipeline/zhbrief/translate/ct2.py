"""CTranslate2 backend: the same splitting and batching, a faster CPU engine.

The MarianMT folder (or hub model) is converted once with CTranslate2's
``TransformersConverter`` and cached: next to a local model folder
(``<folder>.ct2-int8``), or in the user's cache folder for hub models and read-only
folders. A marker file records what was converted, so a changed model is converted
again. Tokenising stays with the Marian tokenizer: ids become tokens with
``convert_ids_to_tokens`` and translations become text with
``convert_tokens_to_string``. ``ctranslate2`` is a dependency; where it cannot be
installed, ``backend: auto`` falls back to torch.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..config import TranslateConfig
from ..errors import ConfigError, ModelLoadError
from .base import LoadedModel, TokenizedTranslator
from .models import ModelSource, load_pretrained, local_model_fingerprint
from .threads import cpu_threads

# precision -> (stored weights, compute type)
_TYPES = {
    "int8": ("int8", "int8"),
    "fp32": ("float32", "float32"),
    "fp16": ("float16", "float16"),
    "int8_float16": ("int8_float16", "int8_float16"),
}
MARKER = "zhbrief-source.json"
# Batch sizes that measured fastest on 2 cores (eval/PERFORMANCE.md): 8 inputs greedy,
# 16 decoding rows (inputs x beams) with beam search
_GREEDY_BATCH = 8
_ROWS_PER_BATCH = 16


def _fingerprint(source: ModelSource) -> dict[str, Any]:
    """What the conversion was made from; a different fingerprint means convert again."""
    import ctranslate2

    info: dict[str, Any] = {"source": source.path, "revision": source.revision}
    info["ctranslate2"] = ctranslate2.__version__
    if source.kind == "local":
        info["files"] = local_model_fingerprint(Path(source.path))
    return info


def _user_cache() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("zhbrief")) / "ctranslate2"


def cache_dir(source: ModelSource, quantization: str) -> Path:
    """Where the converted model lives: beside a writable local folder, else the user cache."""
    if source.kind == "local":
        folder = Path(source.path).resolve()
        if os.access(folder.parent, os.W_OK):
            return folder.parent / f"{folder.name}.ct2-{quantization}"
        key = hashlib.sha256(str(folder).encode()).hexdigest()[:12]
        return _user_cache() / f"{folder.name}-{key}-{quantization}"
    name = source.path.replace("/", "--")
    return _user_cache() / f"{name}-{source.revision or 'main'}-{quantization}"


def _is_current(folder: Path, fingerprint: dict[str, Any]) -> bool:
    marker = folder / MARKER
    if not (folder / "model.bin").is_file() or not marker.is_file():
        return False
    try:
        return bool(json.loads(marker.read_text(encoding="utf-8")) == fingerprint)
    except (OSError, ValueError):
        return False


def convert(source: ModelSource, quantization: str) -> Path:
    """The converted model folder, converting on first use (atomically, via a temp folder)."""
    from ctranslate2.converters import TransformersConverter

    target = cache_dir(source, quantization)
    fingerprint = _fingerprint(source)
    if _is_current(target, fingerprint):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=target.parent))
    try:
        out = work / "model"
        converter = TransformersConverter(source.path, revision=source.revision)
        converter.convert(str(out), quantization=quantization, force=True)
        (out / MARKER).write_text(json.dumps(fingerprint, indent=1), encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        out.rename(target)
    except (OSError, ValueError, RuntimeError) as e:
        raise ModelLoadError(
            f"could not convert {source.path} for CTranslate2 into {target}: {e}. "
            "Use --backend torch, or check that the folder is a MarianMT model."
        ) from e
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


class CT2Translator(TokenizedTranslator):
    """MarianMT through ``ctranslate2.Translator``; batching as in ``BaseTranslator``."""

    def __init__(
        self,
        loaded: LoadedModel,
        engine: Any,
        config: TranslateConfig,
        *,
        suppress: list[list[str]],
        path: Path,
        workers: int = 1,
    ) -> None:
        super().__init__(loaded, config)
        self.engine = engine
        self._suppress = suppress
        self.path = path  # the converted model folder
        self.workers = workers  # CTranslate2 inter_threads: batches translated in parallel

    @property
    def backend(self) -> str:
        return "ctranslate2"

    def _max_batch_size(self) -> int:
        if self.device != "cpu":
            return self.config.max_batch_size  # a GPU wants wide batches
        # Small batches on parallel workers beat big batches on shared threads
        rows = _ROWS_PER_BATCH // self.config.num_beams
        return max(1, min(self.config.max_batch_size, _GREEDY_BATCH, rows))

    def _in_flight(self) -> int:
        return 2 * self.workers

    def _submit(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> Callable[[], tuple[list[str], int]]:
        futures = self.engine.translate_batch(
            self._tokens(texts), **self._options(limits, min_new_tokens), asynchronous=True
        )
        return lambda: self._finish([f.result() for f in futures], limits)

    def _generate(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> tuple[list[str], int]:
        results = self.engine.translate_batch(
            self._tokens(texts), **self._options(limits, min_new_tokens)
        )
        return self._finish(results, limits)

    def _tokens(self, texts: list[str]) -> list[list[str]]:
        ids = self.tokenizer(texts, add_special_tokens=True)["input_ids"]
        return [self.tokenizer.convert_ids_to_tokens(row) for row in ids]

    def _options(self, limits: list[int], min_new_tokens: int) -> dict[str, Any]:
        c = self.config
        kwargs: dict[str, Any] = {
            "beam_size": c.num_beams,
            "max_decoding_length": self._search_cap(limits),
            "min_decoding_length": min_new_tokens,
            "max_batch_size": 0,  # BaseTranslator already planned the batch
            "return_scores": False,
        }
        if self._suppress:
            kwargs["suppress_sequences"] = self._suppress
        if c.no_repeat_ngram_size:
            kwargs["no_repeat_ngram_size"] = c.no_repeat_ngram_size
        if c.repetition_penalty != 1.0:
            kwargs["repetition_penalty"] = c.repetition_penalty
        return kwargs

    def _finish(self, results: Sequence[Any], limits: list[int]) -> tuple[list[str], int]:
        out: list[str] = []
        kept = 0
        for result, limit in zip(results, limits, strict=True):
            # Per-text cap, as in the torch path, so neighbours never change a text's output
            hyp = list(result.hypotheses[0])[:limit]
            kept += len(hyp)
            out.append(self.tokenizer.convert_tokens_to_string(hyp))
        return out, kept


def _suppressed(model_path: str, revision: str | None, tokenizer: Any) -> list[list[str]]:
    """The generation config's banned tokens (e.g. <pad>), as CTranslate2 token sequences."""
    from transformers import GenerationConfig

    try:
        gen = GenerationConfig.from_pretrained(model_path, revision=revision or "main")
    except (OSError, ValueError):
        return []
    ids: list[list[int]] = [list(x) for x in (gen.bad_words_ids or [])]
    ids.extend([t] for t in (gen.suppress_tokens or []))
    # The converter drops <pad> from Marian's vocabulary, so it can never be generated
    ids = [seq for seq in ids if tokenizer.pad_token_id not in seq]
    return [tokenizer.convert_ids_to_tokens(seq) for seq in ids]


def load_ct2_translator(
    config: TranslateConfig, source: ModelSource, device: str, precision: str
) -> CT2Translator:
    """Convert (once) and load ``source`` for CTranslate2 at ``precision`` on ``device``."""
    try:
        import ctranslate2
    except ImportError as e:
        raise ConfigError(
            "translate.backend is 'ctranslate2' but CTranslate2 is not installed; "
            "install it (`pip install ctranslate2`) or use --backend torch."
        ) from e
    from transformers import AutoConfig, AutoTokenizer

    tokenizer, model_config = load_pretrained(source, AutoTokenizer, AutoConfig)
    stored, compute = _TYPES[precision]
    folder = convert(source, stored)
    # On a CPU, one single-threaded worker per core, each on its own batch, measured
    # about 2x faster than all cores on one batch (eval/PERFORMANCE.md)
    # (translate.threads, else all cores, or with share_threads this process's share)
    workers = cpu_threads(config) if device == "cpu" else 1
    engine = ctranslate2.Translator(
        str(folder),
        device=device,
        compute_type=compute,
        intra_threads=1 if device == "cpu" else 0,
        inter_threads=workers,
    )
    resolved = getattr(model_config, "_commit_hash", None) if source.kind == "hub" else None
    loaded = LoadedModel(tokenizer, source.name, resolved or source.revision, device, precision)
    return CT2Translator(
        loaded,
        engine,
        config,
        suppress=_suppressed(source.path, source.revision, tokenizer),
        path=folder,
        workers=workers,
    )
