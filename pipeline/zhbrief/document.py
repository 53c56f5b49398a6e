"""The document that flows through the stages.

``segment`` builds it, ``summarise`` marks sentences, ``translate`` fills in English,
``render`` reads it. Offsets (``start``/``end``) index into ``Document.text``, the text
as read (after decoding and normalisation), so every span can be traced back to its
source characters: together the title, metadata, headings and sentences cover every
non-whitespace character of the text exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1


@dataclass
class Flag:
    """A quality-check finding on one sentence (see ``zhbrief.qa``)."""

    kind: str  # e.g. "number", "protected", "glossary", "degenerate", "split"
    message: str
    zh: str = ""
    en: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "message": self.message, "zh": self.zh, "en": self.en}


@dataclass
class Span:
    """A piece of source text with its offsets and, once translated, its English.

    ``zh`` is the text handed to the translator: the source slice with hard line
    breaks rejoined (Chinese joins without a space, Latin words with one).
    """

    zh: str
    start: int
    end: int
    en: str | None = None

    def span_dict(self) -> dict[str, Any]:
        return {"zh": self.zh, "en": self.en, "start": self.start, "end": self.end}


@dataclass
class Sentence(Span):
    index: int = -1  # position among all sentences of the document, set by segment
    in_summary: bool = False
    key_point: bool = False
    pieces: int = 1  # > 1 when split at clause boundaries to fit the token budget
    retried: bool = False
    flags: list[Flag] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d.update(
            index=self.index,
            in_summary=self.in_summary,
            key_point=self.key_point,
            pieces=self.pieces,
            retried=self.retried,
            flags=[f.to_dict() for f in self.flags],
        )
        return d


@dataclass
class Heading(Span):
    level: int = 1  # 1 = section (一、, #), 2 = subsection (（一）, ##), ...
    # True when the segmenter had to guess where a run-in heading ends (no punctuation
    # marks the end, e.g. “四字”：subtitle run on into the body).
    guessed: bool = False

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d["level"] = self.level
        d["guessed"] = self.guessed
        return d


@dataclass
class MetaItem(Span):
    """Byline, dateline (新华社北京3月5日电), credit: ``key`` is one of ``META_KEYS``."""

    key: str = "credit"
    label: str = ""  # the source label as written, e.g. "责任编辑："

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d.update(key=self.key, label=self.label)
        return d


META_KEYS = ("source", "author", "reporter", "editor", "date", "credit", "dateline")


@dataclass
class Paragraph:
    sentences: list[Sentence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"sentences": [s.to_dict() for s in self.sentences]}


@dataclass
class Section:
    """A heading (``None`` for the untitled introduction) and its paragraphs."""

    heading: Heading | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)

    def sentences(self) -> Iterator[Sentence]:
        for p in self.paragraphs:
            yield from p.sentences

    def summary(self) -> list[Sentence]:
        return [s for s in self.sentences() if s.in_summary]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.heading.to_dict() if self.heading else None,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


@dataclass
class SourceInfo:
    name: str = "-"
    encoding: str = "utf-8"
    chars: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "encoding": self.encoding, "chars": self.chars}


@dataclass
class Document:
    text: str
    title: Heading | None = None
    metadata: list[MetaItem] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    source: SourceInfo = field(default_factory=SourceInfo)
    # Filled by later stages: model id, revision, precision, beams, timings, ...
    provenance: dict[str, Any] = field(default_factory=dict)

    def sentences(self) -> Iterator[Sentence]:
        for sec in self.sections:
            yield from sec.sentences()

    def headings(self) -> Iterator[Heading]:
        for sec in self.sections:
            if sec.heading is not None:
                yield sec.heading

    def spans(self) -> Iterator[Span]:
        """Every span in document order of kind: title, metadata, headings, sentences."""
        if self.title is not None:
            yield self.title
        yield from self.metadata
        for sec in self.sections:
            if sec.heading is not None:
                yield sec.heading
            yield from sec.sentences()

    def key_points(self) -> list[Sentence]:
        return [s for s in self.sentences() if s.key_point]

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "provenance": dict(self.provenance),
            "title": self.title.to_dict() if self.title else None,
            "metadata": [m.to_dict() for m in self.metadata],
            "sections": [s.to_dict() for s in self.sections],
            "key_points": [s.index for s in self.key_points()],
        }
