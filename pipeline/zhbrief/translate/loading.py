"""Building the configured translator: the one place that imports both backends."""

from __future__ import annotations

from ..config import TranslateConfig
from .base import BaseTranslator
from .models import resolve_model
from .settings import resolve_backend, resolve_device, resolve_precision


def load_translator(config: TranslateConfig) -> BaseTranslator:
    """Build the configured backend; the model is loaded here, once."""
    source = resolve_model(config.model, config.revision)
    device = resolve_device(config.device)
    precision = resolve_precision(config.precision, device)
    if resolve_backend(config.backend, device, precision) == "ctranslate2":
        from .ct2 import load_ct2_translator

        return load_ct2_translator(config, source, device, precision)
    from .marian import load_marian_translator

    return load_marian_translator(config, source, device, precision)
