"""The document that flows through the stages.

``segment`` builds it, ``summarise`` marks sentences, ``translate`` fills in English,
``render`` reads it. Offsets (``start``/``end``) index into ``Document.text``, the text
as read (after decoding and normalisation), so every span can be traced back to its
source characters: together the title, metadata, headings and sentences cover every
non-whitespace character of the text exactly once.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

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


@dataclass(frozen=True)
class Repair:
    """A number the checks rewrote (``checks.repair``): the source expression, the
    English number before and after, and the whole sentence as the model wrote it."""

    source: str  # 1.2亿元
    before: str  # "12 million"
    after: str  # "120 million"
    en_before: str

    def to_dict(self) -> dict[str, str]:
        return dataclasses.asdict(self)


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
    # A number the checks rewrote (checks.repair.NumberRepair): source, before, after
    repaired: Repair | None = None

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d.update(
            index=self.index,
            in_summary=self.in_summary,
            key_point=self.key_point,
            pieces=self.pieces,
            retried=self.retried,
            flags=[f.to_dict() for f in self.flags],
            repaired=None if self.repaired is None else self.repaired.to_dict(),
        )
        return d


# A Markdown ATX heading's marks: its opening #s and an optional closing run (CommonMark)
# (a space after the opening run, as Markdown needs: #3 号楼 is no heading mark)
_MD_MARK = re.compile(r"^#{1,6}(?:[ \t]+|$)|[ \t]+#+$")


@dataclass
class Heading(Span):
    level: int = 1  # 1 = section (一、, #), 2 = subsection (（一）, ##), ...
    page: int | None = None  # PDF page the heading is on
    # True when the segmenter had to guess where a run-in heading ends (no punctuation
    # marks the end, e.g. “四字”：subtitle run on into the body).
    guessed: bool = False

    @property
    def bare(self) -> str:
        """The heading's words: ``zh`` without a Markdown heading's ``#`` marks (kept in
        ``zh`` so that the span is the source's characters)."""
        return _MD_MARK.sub("", self.zh)

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d["level"] = self.level
        if self.page is not None:
            d["page"] = self.page
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


META_KEYS = (
    *("source", "author", "reporter", "editor", "date", "credit", "dateline"),
    *("original_title", "cc", "issued", "disclaimer"),  # closing lines of news and notices
)


PARAGRAPH_KINDS = ("body", "table", "nested_table", "footnote", "caption")


@dataclass
class Paragraph:
    sentences: list[Sentence] = field(default_factory=list)
    # From a structured source (PDF/DOCX/HTML): table (one paragraph per row, one
    # sentence or more per cell), nested_table (a row of a table that was inside a
    # table's cell), footnote or caption (a photo's or figure's, from an HTML page),
    # and the PDF page the paragraph starts on
    kind: str = "body"
    page: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"sentences": [s.to_dict() for s in self.sentences]}
        if self.kind != "body":
            d["kind"] = self.kind
        if self.page is not None:
            d["page"] = self.page
        return d


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
    format: str = "text"  # text, pdf, docx, html
    pages: int | None = None  # PDF page count
    metadata: dict[str, str] = field(default_factory=dict)  # title/author/date from the file
    # A file path (the CLI's), shortened to its file name in a title; False: a label
    # given to the service, shown whole. Not part of the JSON output
    is_path: bool = True

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "encoding": self.encoding, "chars": self.chars}
        d["format"] = self.format
        if self.pages is not None:
            d["pages"] = self.pages
        if self.metadata:
            d["metadata"] = dict(self.metadata)
        return d


@dataclass
class Phrase(Span):
    """A whole phrase cut out of a sentence (what a key figure measures, the topic an
    untitled brief is named after), translated with the batch. Offsets index the text
    as read; not part of ``Document.spans`` (it overlaps its sentence)."""

    sentence: int = -1  # Sentence.index

    def to_dict(self) -> dict[str, Any]:
        d = self.span_dict()
        d["sentence"] = self.sentence
        return d


@dataclass(frozen=True)
class KeyFigure:
    figure: str  # in English: "434.5 billion yuan"
    label: Phrase  # what it measures: a whole phrase of the sentence, English once translated
    section: int  # index into Document.sections (0 = first section)
    heading: Heading | None  # that section's heading
    sentence: int  # Sentence.index
    zh: str  # the source expression, e.g. 4345亿元

    @property
    def measures(self) -> str:
        """What it measures, in English when the label was translated."""
        return self.label.en.strip() if self.label.en and self.label.en.strip() else self.label.zh

    @property
    def section_title(self) -> str | None:
        """The section heading, English if translated."""
        if self.heading is None:
            return None
        return self.heading.en or self.heading.bare

    def to_dict(self) -> dict[str, Any]:
        return {
            "figure": self.figure,
            "measures": self.measures,
            "measures_zh": self.label.zh,
            "measures_en": self.label.en,
            "section": self.section,
            "section_title": self.section_title,
            "sentence": self.sentence,
            "zh": self.zh,
        }


@dataclass
class Coverage:
    """How much of the document was translated and what the checks found."""

    sentences: int = 0
    translated: int = 0
    split: int = 0  # sentences split at clause boundaries to fit the model
    retried: int = 0  # degenerate output retried with safer decoding
    flagged: int = 0
    repaired: int = 0  # a wrong number rewritten (checks.repair)

    @classmethod
    def of(cls, sentences: Iterable[Sentence]) -> Coverage:
        c = cls()
        for s in sentences:
            c.sentences += 1
            c.translated += s.en is not None
            c.split += s.pieces > 1
            c.retried += s.retried
            c.flagged += bool(s.flags)
            c.repaired += s.repaired is not None
        return c

    def to_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass
class Provenance:
    """Where the English came from: model, settings, scope, date; filled by translate."""

    model: str | None = None
    revision: str | None = None
    backend: str | None = None
    precision: str | None = None
    num_beams: int | None = None
    scope: Literal["summary", "full"] | None = None
    made: str | None = None  # YYYY-MM-DD
    seconds: float | None = None  # translation time (left out where outputs must not vary)
    glossary: str | None = None
    glossary_hits: int | None = None
    segment_fallback: str | None = None  # the error the segmenter fell back from, if any
    summariser: str | None = None  # the summariser's signature (summarisation.signature)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.segment_fallback is not None:
            d["segment_fallback"] = self.segment_fallback
        if self.model is not None:
            for name in ("model", "revision", "backend", "precision", "num_beams", "scope", "made"):
                d[name] = getattr(self, name)
        for name in ("summariser", "seconds", "glossary", "glossary_hits"):
            if getattr(self, name) is not None:
                d[name] = getattr(self, name)
        return d


@dataclass
class Document:
    text: str
    title: Heading | None = None
    metadata: list[MetaItem] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    source: SourceInfo = field(default_factory=SourceInfo)
    provenance: Provenance = field(default_factory=Provenance)
    # Found once, on the Chinese side, by the figures stage (``zhbrief.pipeline.figures``);
    # their phrases are translated with the batch
    key_figures: list[KeyFigure] = field(default_factory=list)
    # What an untitled document's brief is named after (no title, no opening heading)
    topic: Phrase | None = None
    coverage: Coverage | None = None

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

    def source_dict(self) -> dict[str, Any]:
        """The source block; for structured formats also each paragraph's page and kind."""
        d = self.source.to_dict()
        if self.source.format != "text":
            d["paragraphs"] = [
                {"section": i, "paragraph": j, "page": p.page, "kind": p.kind}
                for i, sec in enumerate(self.sections)
                for j, p in enumerate(sec.paragraphs)
            ]
        return d

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source_dict(),
            "provenance": self.provenance.to_dict(),
            "title": self.title.to_dict() if self.title else None,
            "metadata": [m.to_dict() for m in self.metadata],
            "sections": [s.to_dict() for s in self.sections],
            "key_points": [s.index for s in self.key_points()],
            "key_figures": [f.to_dict() for f in self.key_figures],
            "topic": self.topic.to_dict() if self.topic else None,
        }
