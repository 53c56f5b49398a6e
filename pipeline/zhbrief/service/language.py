"""Language codes and identification, as LibreTranslate clients expect them.

Codes: ``zh`` / ``zh-Hans`` (Simplified), ``zh-Hant`` and LibreTranslate's older ``zt``
(Traditional) are accepted as sources, ``en`` as the target. ``/languages`` lists each
language once, under the code LibreTranslate lists.

Identification (``source: "auto"``, ``/detect``) uses lingua, whose models ship inside
the wheel (nothing is downloaded at run time), restricted to the languages a client is
likely to send: a short list is faster and keeps close relatives of Chinese (Japanese
kanji, Korean hanja) apart from it. Chinese is then told Simplified or Traditional by
hanzidentifier (character lists from CC-CEDICT).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .forms import BadRequest

if TYPE_CHECKING:
    from lingua import LanguageDetector

SIMPLIFIED = "zh-Hans"
TRADITIONAL = "zh-Hant"
# Every accepted source code (lower-cased) -> the canonical one
SOURCES = {
    "zh": SIMPLIFIED,
    "zh-hans": SIMPLIFIED,
    "zh-cn": SIMPLIFIED,
    "zh-hant": TRADITIONAL,
    "zh-tw": TRADITIONAL,
    "zt": TRADITIONAL,  # LibreTranslate's code for Traditional Chinese before zh-Hant
}
TARGET = "en"
# As LibreTranslate lists them: one entry per language (no alias listed twice)
LANGUAGES: list[dict[str, Any]] = [
    {"code": "zh-Hans", "name": "Chinese (Simplified)", "targets": [TARGET]},
    {"code": "zh-Hant", "name": "Chinese (Traditional)", "targets": [TARGET]},
    {"code": "en", "name": "English", "targets": []},
]

# lingua's names -> the codes answered (ISO 639-1, as LibreTranslate's)
_CANDIDATES = {
    "CHINESE": "zh",
    "JAPANESE": "ja",
    "KOREAN": "ko",
    "ENGLISH": "en",
    "FRENCH": "fr",
    "GERMAN": "de",
    "SPANISH": "es",
    "PORTUGUESE": "pt",
    "ITALIAN": "it",
    "RUSSIAN": "ru",
    "ARABIC": "ar",
    "VIETNAMESE": "vi",
    "THAI": "th",
    "INDONESIAN": "id",
}


def source_code(value: str) -> str:
    """The canonical code of a source language code, or 400 naming what is accepted."""
    code = SOURCES.get(value.lower())
    if code is None:
        raise BadRequest(
            f"{value} is not supported; this server translates Chinese "
            "(zh, zh-Hans, zh-Hant, zt or auto) into English (en)."
        )
    return code


def check_target(value: str) -> None:
    if value.lower() != TARGET:
        raise BadRequest(f"{value} is not supported; the only target language is en.")


@dataclass(frozen=True)
class Detected:
    language: str  # zh-Hans, zh-Hant, en, ja, ...
    confidence: float  # 0..100, as LibreTranslate reports it

    @property
    def chinese(self) -> bool:
        return self.language in (SIMPLIFIED, TRADITIONAL)

    def to_dict(self) -> dict[str, Any]:
        return {"confidence": self.confidence, "language": self.language}


class Identifier:
    """lingua over the candidate languages; built once, on first use or at start."""

    def __init__(self) -> None:
        self._detector: LanguageDetector | None = None
        self._lock = threading.Lock()

    def warm(self) -> None:
        """Load the models now (about 2 s), so the first request does not wait."""
        self._get().compute_language_confidence_values("预热")

    def _get(self) -> LanguageDetector:
        with self._lock:
            if self._detector is None:
                from lingua import Language, LanguageDetectorBuilder

                languages = [getattr(Language, name) for name in _CANDIDATES]
                self._detector = LanguageDetectorBuilder.from_languages(*languages).build()
            return self._detector

    def detect(self, text: str) -> Detected:
        """The most likely language; text with no letters is reported as en, 0."""
        if not any(ch.isalpha() for ch in text):
            return Detected("en", 0.0)
        values = self._get().compute_language_confidence_values(text)
        if not values:
            return Detected("en", 0.0)
        best = values[0]
        code = _CANDIDATES[best.language.name]
        if code == "zh":
            code = chinese_script(text)
        return Detected(code, round(100 * best.value, 1))

    def detect_many(self, texts: list[str]) -> list[Detected]:
        """LibreTranslate's answer for a list: candidates over all texts, by mean confidence."""
        found = [self.detect(t) for t in texts]
        totals: dict[str, float] = {}
        for d in found:
            totals[d.language] = totals.get(d.language, 0.0) + d.confidence
        ranked = sorted(totals.items(), key=lambda kv: -kv[1])
        return [Detected(code, round(total / len(texts), 1)) for code, total in ranked]


def chinese_script(text: str) -> str:
    """zh-Hant when the characters are Traditional only, else zh-Hans (shared characters,
    or a mix, read as Simplified: the model's training side)."""
    import hanzidentifier

    return (
        TRADITIONAL if hanzidentifier.identify(text) == hanzidentifier.TRADITIONAL else SIMPLIFIED
    )


# Below this confidence a guess is too weak to refuse a text on (codes, names, numbers);
# such text passes through untranslated, as English does
SURE = 50.0


def refuse_unsupported(found: list[Detected]) -> None:
    """``auto`` found a language this server cannot translate: LibreTranslate's 400."""
    for d in found:
        if not d.chinese and d.language != TARGET and d.confidence >= SURE:
            raise BadRequest(
                f"{d.language} is not supported (detected with source auto); this server "
                "translates Chinese into English."
            )
