"""Items to a ``Document``: sections, paragraphs and sentences; trailing credits as metadata."""

from __future__ import annotations

from ..config import SegmentConfig
from ..document import Document, Heading, MetaItem, Paragraph, Section, Sentence
from .lines import Item
from .metadata import parse_meta, publication_note
from .sentences import ends_sentence, rejoin, split_sentences, strip_span


def assemble(text: str, items: list[Item], config: SegmentConfig) -> Document:
    doc = Document(text=text)
    sections: list[Section] = []
    current = Section()
    last_block = max((k for k, (kind, _) in enumerate(items) if kind == "block"), default=-1)
    for k, (kind, obj) in enumerate(items):
        if kind == "title":
            assert isinstance(obj, Heading)
            doc.title = obj
        elif kind == "meta":
            assert isinstance(obj, MetaItem)
            doc.metadata.append(obj)
        elif kind == "heading":
            assert isinstance(obj, Heading)
            if current.heading is not None or current.paragraphs:
                sections.append(current)
            current = Section(heading=obj)
        else:
            assert isinstance(obj, tuple)
            para, tail_meta = _paragraph(text, obj, config, k == last_block)
            if para.sentences:
                current.paragraphs.append(para)
            doc.metadata.extend(tail_meta)
    if current.heading is not None or current.paragraphs:
        sections.append(current)
    doc.sections = sections
    return doc


def _paragraph(
    text: str, region: tuple[int, int], config: SegmentConfig, last: bool
) -> tuple[Paragraph, list[MetaItem]]:
    spans = split_sentences(text, region[0], region[1], config.long_sentence_chars)
    tail: list[MetaItem] = []
    if last and spans:
        s, e = spans[-1]
        meta = publication_note(text[s:e], s)  # ends like a sentence, in brackets
        if meta is None and not ends_sentence(text[s:e]):
            meta = parse_meta(text[s:e], s, strict=True)
        if meta is not None and "\n" not in text[s:e]:
            tail = meta
            spans = spans[:-1]
    sentences = [Sentence(zh=rejoin(text[s:e]), start=s, end=e) for s, e in spans]
    return Paragraph(sentences=sentences), tail


def fallback(text: str) -> Document:
    """One sentence per non-blank line: lossless, used only if segmentation itself failed."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = strip_span(text, pos, pos + len(raw))
        if s < e:
            paragraphs.append(Paragraph([Sentence(zh=rejoin(text[s:e]), start=s, end=e)]))
        pos += len(raw) + 1
    return Document(text=text, sections=[Section(paragraphs=paragraphs)] if paragraphs else [])
