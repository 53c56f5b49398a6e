"""Stand-in translators shared by the tests (in the spirit of argos-translate's identity
translation): the real ``BaseTranslator`` batching, splitting and ordering over a
"model" whose output is a pure function of its input, so tests can say exactly what
must come back. Tests of the model itself use the tiny MarianMT model instead.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from zhbrief.config import TranslateConfig
from zhbrief.translate import BaseTranslator, Progress, Translation, Translator


def tagged(text: str, config: TranslateConfig) -> str:
    """``en<length>-<hash>``: names the piece it came from, differs for any change."""
    return f"en{len(text)}-{hashlib.sha1(text.encode()).hexdigest()[:6]}"


def wrapped(text: str, config: TranslateConfig) -> str:
    """``EN(text)``: the input, readable in assertions."""
    return f"EN({text})"


def beams(text: str, config: TranslateConfig) -> str:
    """``b<beams>:text``: shows which decoding settings produced it."""
    return f"b{config.num_beams}:{text}"


class StandIn(BaseTranslator):
    """One token per character (+1 for EOS); ``output`` turns each model input into text.

    Records every batch the "model" generated (``batches``) and every model input
    (``inputs``); ``fail_on`` makes a batch holding that substring raise, as a broken
    model would.
    """

    def __init__(
        self,
        output: Callable[[str, TranslateConfig], str] = tagged,
        *,
        fail_on: str | None = None,
        **config: Any,
    ) -> None:
        super().__init__(TranslateConfig(model="fake", **config), "fake", None)
        self.output = output
        self.fail_on = fail_on
        self.batches: list[list[str]] = []

    @property
    def inputs(self) -> list[str]:
        return [t for batch in self.batches for t in batch]

    @property
    def precision(self) -> str:
        return "fp32"

    @property
    def device(self) -> str:
        return "cpu"

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(t) + 1 for t in texts]

    def _generate(
        self, texts: list[str], limits: list[int], min_new_tokens: int
    ) -> tuple[list[str], int]:
        if self.fail_on is not None and any(self.fail_on in t for t in texts):
            raise RuntimeError("fake model broke")
        self.batches.append(list(texts))
        return [self.output(t, self.config) for t in texts], len(texts)


class Recording:
    """Wraps any translator and records each ``translate`` call's texts."""

    def __init__(self, inner: Translator, calls: list[list[str]] | None = None) -> None:
        self.inner = inner
        self.calls: list[list[str]] = [] if calls is None else calls

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    @property
    def revision(self) -> str | None:
        return self.inner.revision

    @property
    def stats(self) -> Any:
        return self.inner.stats

    @property
    def inputs(self) -> list[str]:
        return [t for call in self.calls for t in call]

    def settings(self) -> dict[str, Any]:
        return self.inner.settings()

    def variant(self, **changes: Any) -> Recording:
        return Recording(self.inner.variant(**changes), self.calls)

    def translate(
        self, texts: Sequence[str], *, on_progress: Progress | None = None
    ) -> list[Translation]:
        self.calls.append(list(texts))
        return self.inner.translate(texts, on_progress=on_progress)

    def translate_batch(self, texts: Sequence[str]) -> list[str]:
        return [t.text for t in self.translate(texts)]
