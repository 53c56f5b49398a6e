"""Every call the service makes into the pipeline, in one place.

read, segment, summarise, translate, checks and render are reached only through these
functions, so pointing the service at another pipeline entry point (the stage contract's
``zhbrief.pipeline.brief``) changes this module alone. Nothing here knows HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..config import Config

if TYPE_CHECKING:
    from ..document import Document
    from ..reading import ReadResult
    from ..translate import Translator

View = Literal["brief", "summary", "translation"]
Scope = Literal["summary", "full"]
FORMATS = ("md", "json", "html")
MEDIA_TYPES = {"md": "text/markdown", "json": "application/json", "html": "text/html"}


def open_translator(config: Config) -> Translator:
    """The configured model behind the translation memory, loaded now (not on first use)."""
    from ..pipeline import open_translator as open_pipeline_translator
    from ..translate.memory import CachedTranslator

    translator = open_pipeline_translator(config)
    if isinstance(translator, CachedTranslator):
        _ = translator.inner  # the memory wrapper loads lazily: load the model now
    return translator


def translator_counts(translator: Translator) -> tuple[int, int]:
    """(texts answered from the translation memory, texts the model translated)."""
    from ..translate.memory import CachedTranslator

    if isinstance(translator, CachedTranslator):
        return translator.hits, translator.misses
    return 0, translator.stats.texts


def read_text(text: str, name: str, config: Config) -> ReadResult:
    """Pasted text, through the same checks as a file (empty, binary, no Chinese)."""
    from ..reading import decode_bytes

    return decode_bytes(text.encode("utf-8"), name, config.read.max_bytes)


def read_upload(data: bytes, name: str, config: Config) -> ReadResult:
    """An uploaded file, recognised by its content (text, PDF, DOCX, HTML), in memory."""
    from ..reading import decode_bytes

    return decode_bytes(data, name, config.read.max_bytes, limits=config.read)


def markup_of(data: bytes) -> str:
    """An HTML file's markup as text (for ``translate_file``, which keeps the tags)."""
    from ..reading import normalise

    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return normalise(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    return normalise(data.decode("utf-8", errors="replace"))


def file_text(read: ReadResult, data: bytes) -> str:
    """What ``translate_file`` translates of a text upload: a Markdown file's source,
    marks and all (it comes back as Markdown), else the text as read."""
    from ..reading import decode_text

    return decode_text(data, read.name) if read.format == "markdown" else read.text


def is_html(read: ReadResult) -> bool:
    return read.format == "html"


def scope_of(view: View, full: bool) -> Scope:
    return "full" if full or view == "translation" else "summary"


def analyse(read: ReadResult, config: Config) -> Document:
    """Segment and rank (Chinese side only): everything before the model."""
    from ..pipeline import analyse as pipeline_analyse

    doc = pipeline_analyse(read, config)
    doc.source.is_path = False  # a client's label ("2024/05 report"), shown whole
    return doc


def public_model_name(model_id: str) -> str:
    """A model as a client may see it: a hub id as it is, a local folder by its last part
    (a server's paths are no client's business)."""
    local = Path(model_id).expanduser()
    return local.name if local.is_absolute() or local.exists() else model_id


def _public(doc: Document) -> Document:
    """The document as the service renders it: no server paths in its provenance."""
    import dataclasses

    if doc.provenance.model:
        model = public_model_name(doc.provenance.model)
        doc = dataclasses.replace(doc, provenance=dataclasses.replace(doc.provenance, model=model))
    return doc


def sentence_count(doc: Document, scope: Scope) -> int:
    """Spans the translate stage will send (the total for a progress bar)."""
    from ..pipeline import spans_to_translate

    return len(spans_to_translate(doc, scope))


def brief(
    doc: Document,
    translator: Translator,
    config: Config,
    scope: Scope,
    progress: Callable[[int], None] | None = None,
) -> Document:
    """Translate (the scope), check and add key figures, as the pipeline's ``brief``."""
    from ..pipeline import brief_documents

    [done] = brief_documents([doc], translator, config, scope=scope, progress=progress or False)
    return done


def page_data(doc: Document, view: View) -> dict[str, Any]:
    """The JSON document (the CLI's schema) plus what the web page shows ready-made."""
    import json

    from ..rendering import checks_line, doc_title, provenance_line, render

    data: dict[str, Any] = json.loads(render(doc, view, "json"))
    data["brief_title"] = doc_title(doc)
    data["checks"] = checks_line(doc)
    data["provenance_line"] = provenance_line(doc, web=True)
    return data


def render_all(doc: Document, view: View, full: bool) -> dict[str, str]:
    """The view in every download format: Markdown, JSON (with page data), HTML."""
    import json

    from ..rendering import render

    doc = _public(doc)
    return {
        "md": render(doc, view, "md", full=full, web=True),
        "json": json.dumps(page_data(doc, view), ensure_ascii=False, indent=2) + "\n",
        "html": render(doc, view, "html", full=full, web=True),
    }


def is_cjk(ch: str) -> bool:
    from ..segmentation.sentences import is_cjk as pipeline_is_cjk

    return pipeline_is_cjk(ch)


@dataclass
class TextPlan:
    """A text cut into sentences to translate and the text between them, kept as is."""

    parts: list[str]
    translate: list[bool]

    def sources(self) -> list[str]:
        return [p for p, t in zip(self.parts, self.translate, strict=True) if t]

    def join(self, english: list[str]) -> str:
        out: list[str] = []
        it = iter(english)
        for part, todo in zip(self.parts, self.translate, strict=True):
            if not todo:
                out.append(part)
                continue
            # Chinese needs no space between sentences, English does
            if out and out[-1] and not out[-1][-1].isspace():
                out.append(" ")
            out.append(next(it).strip())
        return "".join(out)


def plan_text(text: str, config: Config) -> TextPlan:
    """Split each line into sentences (the segmenter's rules); lines stay lines.

    Sentences without a Chinese character (English, numbers, codes) are kept as they
    are rather than sent through a zh->en model.
    """
    from ..segmentation.sentences import split_sentences

    parts: list[str] = []
    flags: list[bool] = []
    pos = 0
    limit = config.segment.long_sentence_chars
    for line in text.splitlines(keepends=True):
        end = pos + len(line)
        for s, e in split_sentences(text, pos, end, limit):
            if s > pos:
                parts.append(text[pos:s])
                flags.append(False)
            piece = text[s:e]
            parts.append(piece)
            flags.append(any(is_cjk(ch) for ch in piece))
            pos = e
        if end > pos:
            parts.append(text[pos:end])
            flags.append(False)
        pos = end
    return TextPlan(parts, flags)
