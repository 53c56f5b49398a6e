"""The pipeline as library calls: read, segment, summarise, translate, in that order.

Summarising comes before translating because it ranks the Chinese sentences: a brief
or summary then translates only the sentences it shows (and the headings), while a
full translation translates everything. Each function takes the one ``Config``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .document import Document, SourceInfo, Span
from .reader import ReadResult, read_input
from .translate import BaseTranslator, Translator


def build_document(read: ReadResult, config: Config) -> Document:
    """Segment the text and rank its sentences (Chinese side only)."""
    from .segment import segment
    from .summarise import summarise

    source = SourceInfo(name=read.name, encoding=read.encoding, chars=len(read.text))
    doc = segment(read.text, config.segment, source)
    return summarise(doc, config.summarise)


def load_document(path: str | Path, config: Config) -> Document:
    return build_document(read_input(path, config.read.max_bytes), config)


def open_translator(config: Config) -> Translator:
    """Load the model once; put the translation memory in front when enabled."""
    from .translate import load_translator

    translator: Translator = load_translator(config.translate)
    return translator


def spans_to_translate(doc: Document, *, only_summary: bool) -> list[Span]:
    spans: list[Span] = []
    if doc.title is not None:
        spans.append(doc.title)
    spans.extend(m for m in doc.metadata if m.key != "date")
    for sec in doc.sections:
        if sec.heading is not None:
            spans.append(sec.heading)
        spans.extend(s for s in sec.sentences() if s.in_summary or s.key_point or not only_summary)
    return spans


@contextmanager
def progress_bar(translator: Translator, total: int, enabled: bool) -> Iterator[None]:
    """A sentence progress bar on stderr, only when stderr is a terminal."""
    if not enabled or not isinstance(translator, BaseTranslator):
        yield
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="sent", desc="translating", leave=False) as bar:
        translator.on_progress = bar.update
        try:
            yield
        finally:
            translator.on_progress = None


def translate_documents(
    docs: Sequence[Document],
    translator: Translator,
    *,
    only_summary: bool = False,
    progress: bool = False,
) -> None:
    """Translate many documents in one call so their sentences share batches."""
    spans = [s for doc in docs for s in spans_to_translate(doc, only_summary=only_summary)]
    started = time.perf_counter()
    with progress_bar(translator, len(spans), progress):
        english = translator.translate_batch([s.zh for s in spans])
    pieces = getattr(translator, "last_piece_counts", [])
    for i, (span, en) in enumerate(zip(spans, english, strict=True)):
        span.en = en
        if pieces and hasattr(span, "pieces"):
            span.pieces = pieces[i]
    seconds = time.perf_counter() - started
    for doc in docs:
        doc.provenance.update(_provenance(translator, only_summary))
        doc.provenance["seconds"] = round(seconds, 3)


def _provenance(translator: Translator, only_summary: bool) -> dict[str, Any]:
    settings = translator.settings()
    return {
        "model": translator.model_id,
        "revision": translator.revision,
        "backend": settings.get("backend"),
        "precision": settings.get("precision"),
        "num_beams": settings.get("num_beams"),
        "scope": "summary" if only_summary else "full",
        "made": time.strftime("%Y-%m-%d"),
    }


def translate_document(
    doc: Document, translator: Translator, *, only_summary: bool = False, progress: bool = False
) -> Document:
    translate_documents([doc], translator, only_summary=only_summary, progress=progress)
    return doc


@dataclass
class TranslationRun:
    """Line-aligned translations of a list of source lines (for evaluation)."""

    hypotheses: list[str]
    model_id: str
    revision: str | None
    target_tokens: int
    seconds: float
    settings: dict[str, Any]


def translate_lines(
    lines: list[str],
    config: Config,
    *,
    progress: bool = False,
    translator: Translator | None = None,
) -> TranslationRun:
    """Segment each line, translate every sentence, join each line's English back."""
    from .segment import segment

    translator = translator or open_translator(config)
    docs = [segment(line, config.segment) for line in lines]
    tokens_before = translator.stats.target_tokens if isinstance(translator, BaseTranslator) else 0
    started = time.perf_counter()
    translate_documents(docs, translator, progress=progress)
    seconds = time.perf_counter() - started
    hypotheses = [" ".join(s.en or "" for s in doc.spans() if s.en).strip() for doc in docs]
    tokens = (
        translator.stats.target_tokens - tokens_before
        if isinstance(translator, BaseTranslator)
        else sum(len(h.split()) for h in hypotheses)
    )
    return TranslationRun(
        hypotheses=hypotheses,
        model_id=translator.model_id,
        revision=translator.revision,
        target_tokens=tokens,
        seconds=seconds,
        settings=translator.settings(),
    )
