"""Translate stage: MarianMT in length-sorted token-budget batches.

- ``planning``: pure functions (clause splitting, batch packing, joining pieces)
- ``base``: the ``Translator`` protocol and ``BaseTranslator`` (batching for every backend)
- ``marian``: the torch backend (transformers ``generate``)
- ``ct2``: the CTranslate2 backend (int8 on CPU)
- ``models``: finding and loading a hub id or local folder
- ``settings``: device, precision, backend and the decoding settings that key a translation
- ``loading``: ``load_translator``, the factory over both backends
- ``memory``: the SQLite translation memory in front of a translator
"""

from .base import (
    BaseTranslator,
    Progress,
    Translation,
    TranslationStats,
    Translator,
    translate_texts,
)
from .loading import load_translator
from .planning import join_pieces, plan_batches, split_to_fit
from .settings import decoding_settings, resolved_settings

__all__ = [
    "BaseTranslator",
    "Progress",
    "Translation",
    "TranslationStats",
    "Translator",
    "decoding_settings",
    "join_pieces",
    "load_translator",
    "plan_batches",
    "resolved_settings",
    "split_to_fit",
    "translate_texts",
]
