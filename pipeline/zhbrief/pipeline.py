"""The pipeline: one function per stage, and ``brief``, the call every entry point makes.

```
source ─read─▶ ReadResult ─segment─▶ Document ─summarise─▶ Document(+ranks)
       ─find_figures─▶ Document(+key figures, topic) ─translate─▶ Document(+English, flags)
       ─add_figures─▶ Document(+coverage)
```

Each stage takes one typed input and the one ``Config`` and returns its output; the
CLI, batch, evaluation (and a service or distributed executor) call these, never their
own sequence. Summarising comes before translating because it ranks the Chinese
sentences: a brief translates only the sentences it shows (and the headings), a full
translation translates everything.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from .config import Config, QAConfig
from .document import Coverage, Document, Heading, Sentence, SourceInfo, Span
from .reading import ReadResult, read_input
from .translate import Progress, Translator

if TYPE_CHECKING:
    from .checks import Glossary

__all__ = [
    "Checks",
    "Scope",
    "add_figures",
    "analyse",
    "brief",
    "brief_documents",
    "find_figures",
    "open_translator",
    "read",
    "segment",
    "spans_to_translate",
    "summarise",
    "translate_documents",
]

Scope = Literal["summary", "full"]
Source = str | Path | ReadResult


# ---------------------------------------------------------------- the Chinese side


def read(source: Source, config: Config, progress: bool = False) -> ReadResult:
    """Read stage: a path (or ``-``) to decoded, normalised text (``progress``: a bar on
    stderr while a long structured file is read)."""
    if isinstance(source, ReadResult):
        return source
    return read_input(source, config.read.max_bytes, limits=config.read, progress=progress)


def segment(read: ReadResult, config: Config) -> Document:
    """Segment stage: title, metadata, sections, paragraphs, sentences, with offsets."""
    from .segmentation import segment as segment_text

    source = SourceInfo(
        name=read.name,
        encoding=read.encoding,
        chars=len(read.text),
        format=read.format,
        pages=read.pages,
        metadata=dict(read.metadata),
    )
    # PDF/DOCX/HTML readers hand over their blocks; plain text has none
    return segment_text(read.text, config.segment, source, blocks=read.blocks, title=read.title)


def summarise(doc: Document, config: Config) -> Document:
    """Summarise stage: mark each section's summary sentences and the key points."""
    from .summarisation import summarise as pick

    return pick(doc, config.summarise)


def find_figures(doc: Document) -> Document:
    """Figures stage, Chinese side: the key figures, each with the whole phrase saying
    what it measures, and the topic an untitled brief is named after. Their phrases are
    translated with the batch (``spans_to_translate``), so the brief is English
    throughout."""
    from .figures import key_figures, title_topic

    doc.key_figures = key_figures(doc)
    doc.topic = title_topic(doc)
    return doc


def analyse(source: Source, config: Config, progress: bool = False) -> Document:
    """Read, segment, summarise, find the figures: everything before the model."""
    return find_figures(summarise(segment(read(source, config, progress), config), config))


# ---------------------------------------------------------------- translation


def open_translator(config: Config) -> Translator:
    """Load the model once; put the translation memory in front when enabled."""
    if config.cache.enabled:
        from .translate.memory import open_cached_translator

        # The model loads on the first cache miss, not here
        return open_cached_translator(config)
    from .translate import load_translator

    return load_translator(config.translate)


@dataclass
class Checks:
    """Quality checks around translation (see ``zhbrief.checks``)."""

    glossary: Glossary | None = None
    retry: bool = True  # retry degenerate output once with safer decoding
    repair_numbers: bool = False  # rewrite an unambiguously wrong number (checks.repair)

    @classmethod
    def from_config(cls, config: QAConfig) -> Checks:
        from .checks import load_glossary

        glossary = load_glossary(config.glossary) if config.glossary else None
        return cls(glossary=glossary, retry=config.retry, repair_numbers=config.repair_numbers)

    def source(self, span: Span) -> str:
        """What the model sees: glossary terms already in English."""
        text = _model_input(span)
        return self.glossary.apply(text) if self.glossary else text


def translate_documents(
    docs: Sequence[Document],
    translator: Translator,
    *,
    scope: Scope = "full",
    progress: bool | Progress = False,
    checks: Checks | None = None,
) -> None:
    """Translate stage, for many documents at once so their sentences share batches.

    ``scope="summary"`` translates only the title, metadata, headings and the sentences
    the summary shows. With ``checks``, glossary terms go into the source, degenerate
    output is retried once with safer decoding, and every sentence gets its flags.
    ``progress``: ``True`` for a bar on stderr, or a callback given sentences done.
    """
    spans = [s for doc in docs for s in spans_to_translate(doc, scope)]
    sources = [checks.source(s) if checks else _model_input(s) for s in spans]
    started = time.perf_counter()
    with _progress_bar(len(spans), progress) as on_progress:
        results = translator.translate(sources, on_progress=on_progress)
    for span, result in zip(spans, results, strict=True):
        span.en = result.text
        if isinstance(span, Sentence):
            span.pieces = result.pieces
    sentences = [(s, src) for s, src in zip(spans, sources, strict=True) if isinstance(s, Sentence)]
    if checks is not None:
        _apply_checks(sentences, translator, checks)
    seconds = round(time.perf_counter() - started, 3)
    for doc in docs:
        _record_provenance(doc, translator, scope, seconds, checks)


# ---------------------------------------------------------------- figures


def add_figures(doc: Document) -> Document:
    """After translation: coverage, stored on the document, and the English of any
    label or topic whose text was translated as another span. Key figures were found
    before translation by ``find_figures`` (found here only for a document that skipped
    it, whose labels then stay Chinese)."""
    if not doc.key_figures and doc.topic is None:
        find_figures(doc)
    english = {_model_input(span): span.en for span in doc.spans() if span.en is not None}
    for phrase in [doc.topic] + [f.label for f in doc.key_figures]:
        if phrase is not None:
            if phrase.en is None:
                phrase.en = english.get(phrase.zh)
            elif phrase.zh not in english:
                english[phrase.zh] = phrase.en
    doc.coverage = Coverage.of(doc.sentences())
    return doc


# ---------------------------------------------------------------- the whole job


def brief_documents(
    docs: Sequence[Document],
    translator: Translator,
    config: Config,
    *,
    scope: Scope = "summary",
    progress: bool | Progress = False,
) -> list[Document]:
    """Translate, check and add figures to analysed documents (sentences share batches)."""
    checks = Checks.from_config(config.qa)
    translate_documents(docs, translator, scope=scope, progress=progress, checks=checks)
    return [add_figures(doc) for doc in docs]


def brief(
    source: Source,
    config: Config,
    *,
    translator: Translator | None = None,
    scope: Scope = "summary",
    progress: bool | Progress = False,
) -> Document:
    """The whole job on one document: analyse, translate (``scope``), check, add figures.

    The model loads here unless a ``translator`` is given (load it once with
    ``open_translator`` to brief many documents).
    """
    doc = analyse(source, config, progress=progress is True)
    translator = translator or open_translator(config)
    return brief_documents([doc], translator, config, scope=scope, progress=progress)[0]


# ---------------------------------------------------------------- helpers


def spans_to_translate(doc: Document, scope: Scope) -> list[Span]:
    """What the translate stage sends to the model for ``scope``: the document's spans
    in document order, then the brief's topic and the key figures' phrases."""
    spans: list[Span] = []
    if doc.title is not None:
        spans.append(doc.title)
    spans.extend(m for m in doc.metadata if m.key != "date")
    for sec in doc.sections:
        if sec.heading is not None:
            spans.append(sec.heading)
        spans.extend(s for s in sec.sentences() if scope == "full" or s.in_summary or s.key_point)
    # Phrases whose text is already in the list are not sent again: ``add_figures``
    # copies the English (the translation memory counts each text once a call)
    seen = {_model_input(span) for span in spans}
    for phrase in [doc.topic] + [f.label for f in doc.key_figures]:
        if phrase is not None and phrase.zh not in seen:
            seen.add(phrase.zh)
            spans.append(phrase)
    return spans


def _model_input(span: Span) -> str:
    """A span's text as the model should see it: Markdown heading marks dropped."""
    return span.bare if isinstance(span, Heading) else span.zh


@contextmanager
def _progress_bar(total: int, progress: bool | Progress) -> Iterator[Progress | None]:
    """A sentence progress bar on stderr when asked, or the caller's own callback."""
    if not isinstance(progress, bool):
        yield progress
        return
    if not progress:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="sent", desc="translating", leave=False) as bar:

        def advance(n: int) -> None:
            bar.update(n)

        yield advance


def _safer(translator: Translator) -> Translator:
    """The same model with decoding that resists loops."""
    beams = max(4, int(translator.settings().get("num_beams") or 1) + 2)
    return translator.variant(num_beams=beams, no_repeat_ngram_size=3, repetition_penalty=1.2)


def _apply_checks(
    sentences: list[tuple[Sentence, str]], translator: Translator, checks: Checks
) -> None:
    from .checks import check_degenerate, check_sentence

    if checks.retry:
        bad = [(s, src) for s, src in sentences if check_degenerate(s.zh, s.en or "") is not None]
        if bad:
            retried = _safer(translator).translate([src for _, src in bad])
            for (s, _), result in zip(bad, retried, strict=True):
                s.retried = True
                # Keep the retry unless it is degenerate too and the first try was not empty
                if check_degenerate(s.zh, result.text) is None or not s.en:
                    s.en = result.text
    for s, _ in sentences:
        s.flags = check_sentence(s.zh, s.en or "", checks.glossary)
        if checks.repair_numbers and any(f.kind == "number" for f in s.flags):
            _repair(s, checks)


def _repair(s: Sentence, checks: Checks) -> None:
    """Rewrite the sentence's one wrong number, after the translation memory stored the
    model's own output (the memory sits inside the translator), and check it again."""
    from .checks import check_sentence
    from .checks.repair import repair_numbers

    repaired = repair_numbers(s.zh, s.en or "")
    if repaired is not None:
        s.en, s.repaired = repaired
        s.flags = check_sentence(s.zh, s.en, checks.glossary)


def _record_provenance(
    doc: Document, translator: Translator, scope: Scope, seconds: float, checks: Checks | None
) -> None:
    settings = translator.settings()
    p = doc.provenance
    p.model = translator.model_id
    p.revision = translator.revision
    p.backend = settings.get("backend")
    p.precision = settings.get("precision")
    p.num_beams = settings.get("num_beams")
    p.scope = scope
    p.made = time.strftime("%Y-%m-%d")
    p.seconds = seconds
    if checks is not None and checks.glossary is not None:
        p.glossary = checks.glossary.source
        p.glossary_hits = sum(
            len(checks.glossary.hits(s.zh)) for s in doc.sentences() if s.en is not None
        )
