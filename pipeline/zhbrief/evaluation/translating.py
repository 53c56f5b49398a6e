"""End-to-end runs: translate a source file, then score it."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..errors import EvaluationError
from ..pipeline import open_translator, segment, translate_documents
from ..reading import ReadResult
from ..translate import Translator
from .data import RunInfo


@dataclass
class TranslationRun:
    """Line-aligned translations of a list of source lines (for evaluation)."""

    hypotheses: list[str]
    model_id: str
    revision: str | None
    target_tokens: int
    seconds: float
    settings: dict[str, object] = field(default_factory=dict)


def translate_lines(
    lines: list[str],
    config: Config,
    *,
    progress: bool = False,
    translator: Translator | None = None,
) -> TranslationRun:
    """Segment each line, translate every sentence, join each line's English back."""
    translator = translator or open_translator(config)
    docs = [segment(ReadResult(line, "utf-8", "-"), config) for line in lines]
    tokens_before = translator.stats.target_tokens
    started = time.perf_counter()
    translate_documents(docs, translator, progress=progress)
    seconds = time.perf_counter() - started
    hypotheses = [" ".join(s.en or "" for s in doc.spans() if s.en).strip() for doc in docs]
    return TranslationRun(
        hypotheses=hypotheses,
        model_id=translator.model_id,
        revision=translator.revision,
        target_tokens=translator.stats.target_tokens - tokens_before,
        seconds=seconds,
        settings=translator.settings(),
    )


def _pipeline_translate(lines: list[str], config: Config, progress: bool) -> TranslationRun:
    return translate_lines(lines, config, progress=progress)


Translate = Callable[[list[str], "Config", bool], Any]


def translate_sources(
    sources: list[str],
    config: Config,
    *,
    progress: bool = False,
    translate: Translate | None = None,
) -> tuple[list[str], RunInfo]:
    """Translate each source line to one English line and record the run."""
    translate = translate or _pipeline_translate
    start = time.perf_counter()
    run = translate(sources, config, progress)
    wall = time.perf_counter() - start
    hypotheses = [" ".join(h.splitlines()) for h in run.hypotheses]  # keep one line each
    if len(hypotheses) != len(sources):
        raise EvaluationError(
            f"the pipeline returned {len(hypotheses)} translations for {len(sources)} "
            "source lines; line alignment is lost, so the run cannot be scored"
        )
    info = RunInfo(
        model_id=str(run.model_id),
        revision=run.revision,
        config_hash=config.digest(),
        config=config.to_dict(),
        segments=len(sources),
        target_tokens=int(run.target_tokens),
        seconds=float(run.seconds),
        wall_seconds=wall,
    )
    return hypotheses, info
