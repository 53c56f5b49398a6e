"""The pipeline as library calls: read, segment, summarise, translate, in that order.

Summarising comes before translating because it ranks the Chinese sentences: a brief
or summary then translates only the sentences it shows (and the headings), while a
full translation translates everything. Each function takes the one ``Config``.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config, QAConfig
from .document import Document, Heading, Sentence, SourceInfo, Span
from .reader import ReadResult, read_input
from .translate import Translator

if TYPE_CHECKING:
    from .qa import Glossary


def build_document(read: ReadResult, config: Config) -> Document:
    """Segment the text and rank its sentences (Chinese side only)."""
    from .segment import segment
    from .summarise import summarise

    source = SourceInfo(
        name=read.name,
        encoding=read.encoding,
        chars=len(read.text),
        format=read.format,
        pages=read.pages,
        metadata=dict(read.metadata),
    )
    doc = segment(read.text, config.segment, source, blocks=read.blocks)
    return summarise(doc, config.summarise)


def load_document(path: str | Path, config: Config) -> Document:
    return build_document(read_input(path, config.read.max_bytes), config)


def open_translator(config: Config) -> Translator:
    """Load the model once; put the translation memory in front when enabled."""
    from .translate import load_translator

    if config.cache.enabled:
        from .cache import open_cached_translator

        # The model loads on the first cache miss, not here
        return open_cached_translator(config)
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
    if not enabled or not hasattr(translator, "on_progress"):
        yield
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="sent", desc="translating", leave=False) as bar:

        def advance(n: int) -> None:
            bar.update(n)

        setattr(translator, "on_progress", advance)  # noqa: B010 (not in the protocol)
        try:
            yield
        finally:
            setattr(translator, "on_progress", None)  # noqa: B010


@dataclass
class Checks:
    """Quality checks around translation (see ``zhbrief.qa``)."""

    glossary: Glossary | None = None
    retry: bool = True  # retry degenerate output once with safer decoding

    @classmethod
    def from_config(cls, config: QAConfig) -> Checks:
        from .qa import load_glossary

        glossary = load_glossary(config.glossary) if config.glossary else None
        return cls(glossary=glossary, retry=config.retry)

    def source(self, span: Span) -> str:
        """What the model sees: glossary terms already in English."""
        text = model_input(span)
        return self.glossary.apply(text) if self.glossary else text


_MD_MARK = re.compile(r"^#{1,6}\s*")


def model_input(span: Span) -> str:
    """A span's text as the model should see it: Markdown heading marks dropped."""
    return _MD_MARK.sub("", span.zh) if isinstance(span, Heading) else span.zh


def _safer(translator: Translator) -> Translator | None:
    """The same model with decoding that resists loops, when the backend offers it."""
    variant = getattr(translator, "variant", None)
    if variant is None:
        return None
    settings = translator.settings()
    beams = max(4, int(settings.get("num_beams") or 1) + 2)
    safer: Translator = variant(num_beams=beams, no_repeat_ngram_size=3, repetition_penalty=1.2)
    return safer


def _retry_degenerate(
    sentences: list[Sentence], sources: list[str], translator: Translator
) -> None:
    from .qa import check_degenerate

    bad = [i for i, s in enumerate(sentences) if check_degenerate(s.zh, s.en or "") is not None]
    safer = _safer(translator) if bad else None
    if safer is None:
        return
    retried = safer.translate_batch([sources[i] for i in bad])
    for i, en in zip(bad, retried, strict=True):
        sentences[i].retried = True
        # Keep the retry unless it is degenerate too and the first try was not empty
        if check_degenerate(sentences[i].zh, en) is None or not sentences[i].en:
            sentences[i].en = en


def apply_checks(
    sentences: list[Sentence], sources: list[str], translator: Translator, checks: Checks
) -> None:
    from .qa import check_sentence

    if checks.retry:
        _retry_degenerate(sentences, sources, translator)
    for s in sentences:
        s.flags = check_sentence(s.zh, s.en or "", checks.glossary)


def translate_documents(
    docs: Sequence[Document],
    translator: Translator,
    *,
    only_summary: bool = False,
    progress: bool = False,
    checks: Checks | None = None,
) -> None:
    """Translate many documents in one call so their sentences share batches.

    With ``checks``, glossary terms go into the source, degenerate output is retried
    once with safer decoding, and every translated sentence gets its quality flags.
    """
    spans = [s for doc in docs for s in spans_to_translate(doc, only_summary=only_summary)]
    sources = [checks.source(s) if checks else model_input(s) for s in spans]
    started = time.perf_counter()
    with progress_bar(translator, len(spans), progress):
        english = translator.translate_batch(sources)
    pieces = getattr(translator, "last_piece_counts", [])
    for i, (span, en) in enumerate(zip(spans, english, strict=True)):
        span.en = en
        if pieces and isinstance(span, Sentence):
            span.pieces = pieces[i]
    if checks is not None:
        chosen = [i for i, s in enumerate(spans) if isinstance(s, Sentence)]
        apply_checks(
            [spans[i] for i in chosen],  # type: ignore[misc]
            [sources[i] for i in chosen],
            translator,
            checks,
        )
    seconds = time.perf_counter() - started
    for doc in docs:
        doc.provenance.update(_provenance(translator, only_summary))
        doc.provenance["seconds"] = round(seconds, 3)
        if checks is not None and checks.glossary is not None:
            doc.provenance["glossary"] = checks.glossary.source
            doc.provenance["glossary_hits"] = sum(
                len(checks.glossary.hits(s.zh)) for s in doc.sentences() if s.en is not None
            )


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
    doc: Document,
    translator: Translator,
    *,
    only_summary: bool = False,
    progress: bool = False,
    checks: Checks | None = None,
) -> Document:
    translate_documents(
        [doc], translator, only_summary=only_summary, progress=progress, checks=checks
    )
    return doc


def _target_tokens(translator: Translator) -> int:
    """Target tokens the model generated so far (cache hits generate none)."""
    stats = getattr(translator, "stats", None)
    return int(getattr(stats, "target_tokens", 0))


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
    tokens_before = _target_tokens(translator)
    started = time.perf_counter()
    translate_documents(docs, translator, progress=progress)
    seconds = time.perf_counter() - started
    hypotheses = [" ".join(s.en or "" for s in doc.spans() if s.en).strip() for doc in docs]
    tokens = _target_tokens(translator) - tokens_before
    return TranslationRun(
        hypotheses=hypotheses,
        model_id=translator.model_id,
        revision=translator.revision,
        target_tokens=tokens,
        seconds=seconds,
        settings=translator.settings(),
    )
