"""Word files built from a document's blocks: the translation, the brief, the
bilingual edition (python-docx; LibreOffice renders them to PDF, ``pdf``).

A PDF, a web page or a text has no Word layout to keep, so its translation is rebuilt
from what the reader found: the title (``Title``), headings with their levels
(``Heading N``), paragraphs, tables (one Word table per run of rows), footnotes (small
``Note`` paragraphs where the reader put them) and a page break wherever the source
page changes. English is set in Times New Roman (LibreOffice shows Liberation Serif,
its metric twin); Chinese (the bilingual column, the key figures' second line) names
Noto Serif CJK SC as its East-Asian font, which Word replaces with its own CJK face
when it is not installed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

from ..document import Document, Flag, Paragraph, Sentence
from .text import (
    _en,
    _sentence_pages,
    _where,
    checks_line,
    doc_title,
    metadata_line,
    provenance_line,
    section_title,
    table_cells,
)

LATIN_FONT = "Times New Roman"
CJK_FONT = "Noto Serif CJK SC"
FLAG_COLOUR = (0xB0, 0x00, 0x20)
_CELL_SEP = "\t"


def _new() -> Any:
    """An empty Word document with English body fonts and a CJK East-Asian font."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        style = document.styles[name]
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        if name == "Normal":
            style.font.name = LATIN_FONT
        for slot in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme"):
            fonts.attrib.pop(qn(slot), None)
        fonts.set(qn("w:eastAsia"), CJK_FONT)
    note = document.styles.add_style("Note", WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = document.styles["Normal"]
    note.font.size = Pt(9)
    return document


def _bytes(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _heading(document: Any, text: str, level: int) -> None:
    document.add_heading(text, level=max(1, min(level, 9)))


def _italic(document: Any, text: str, size: float | None = None) -> None:
    from docx.shared import Pt

    run = document.add_paragraph().add_run(text)
    run.italic = True
    if size is not None:
        run.font.size = Pt(size)


def _english(paragraph: Paragraph) -> str:
    return " ".join(_en(s.en, s.zh) for s in paragraph.sentences)


# ---------------------------------------------------------------- the translation


def _row_runs(paragraphs: list[Paragraph]) -> Iterator[tuple[str, list[Paragraph]]]:
    """Paragraphs grouped: a run of table rows is one ``("table", rows)``."""
    rows: list[Paragraph] = []
    for p in paragraphs:
        if p.kind == "table":
            rows.append(p)
            continue
        if rows:
            yield "table", rows
            rows = []
        yield p.kind, [p]
    if rows:
        yield "table", rows


def _table(document: Any, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text


class _Pages:
    """A page break wherever the source page changes (PDF sources only)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.page: int | None = None

    def at(self, page: int | None) -> None:
        if page is None:
            return
        if self.page is not None and page > self.page:
            self.document.add_page_break()
        self.page = page


def _translation_body(document: Any, doc: Document, numbered: bool = False) -> None:
    pages = _Pages(document)
    for n, sec in enumerate(doc.sections, 1):
        if sec.heading is not None:
            pages.at(sec.heading.page)
            title = section_title(doc, n, sec)
            _heading(document, f"{n}. {title}" if numbered else title, sec.heading.level)
        for kind, group in _row_runs(sec.paragraphs):
            pages.at(group[0].page)
            if kind == "table":
                _table(document, [table_cells(doc, row) for row in group])
            elif group[0].sentences:
                style = "Note" if kind == "footnote" else None
                document.add_paragraph(_english(group[0]), style=style)


def translation_docx(doc: Document) -> bytes:
    """The whole translation as a Word file, rebuilt from the reader's blocks."""
    document = _new()
    document.core_properties.title = doc_title(doc, "translation")
    document.add_heading(doc_title(doc, "translation"), level=0)
    meta = metadata_line(doc)
    if meta:
        _italic(document, meta)
    _translation_body(document, doc)
    return _bytes(document)


# ---------------------------------------------------------------- the brief


def _bullets(document: Any, sentences: list[Sentence]) -> None:
    for s in sentences:
        document.add_paragraph(_en(s.en, s.zh), style="List Bullet")


def _key_figures(document: Any, doc: Document) -> None:
    from docx.shared import Pt

    if not doc.key_figures:
        return
    _heading(document, "Key figures", 1)
    pages = _sentence_pages(doc)
    table = document.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("figure", "what it measures", "section"), strict=True
    ):
        cell.paragraphs[0].add_run(text).bold = True
    for f in doc.key_figures:
        figure, measures, where = table.add_row().cells
        figure.text = f.figure
        where.text = _where(f.section, f.sentence, pages)
        paragraph = measures.paragraphs[0]
        paragraph.add_run(f.measures)
        if f.measures != f.label.zh:  # the Chinese as a small second line
            paragraph.add_run().add_break()
            zh = paragraph.add_run(f.label.zh)
            zh.font.size = Pt(8)


def brief_docx(doc: Document, full: bool = False) -> bytes:
    """The brief as a Word file: title, provenance, key points, key figures, one
    summary per section, the checks; with ``full`` the whole translation after it."""
    document = _new()
    title = doc_title(doc)
    document.core_properties.title = title
    document.add_heading(title, level=0)
    _italic(document, provenance_line(doc), size=9)
    points = doc.key_points()
    if points:
        _heading(document, "Key points", 1)
        _bullets(document, points)
    _key_figures(document, doc)
    for n, sec in enumerate(doc.sections, 1):
        chosen = sec.summary()
        if not chosen and sec.heading is None:
            continue
        _heading(document, f"{n}. {section_title(doc, n, sec)}", 1)
        _bullets(document, chosen)
    _italic(document, checks_line(doc), size=9)
    if full:
        document.add_page_break()
        _heading(document, "Full translation", 1)
        _translation_body(document, doc, numbered=True)
    return _bytes(document)


# ---------------------------------------------------------------- the bilingual edition


def flag_note(flag: Flag) -> str:
    """How a check's flag reads next to the English: ``[⚑ number: 3.5 missing]``."""
    return f" [⚑ {flag.kind}: {flag.message}]"


def _zh_text(doc: Document, paragraph: Paragraph) -> str:
    """The paragraph's Chinese as read (table cells with `` | `` between them)."""
    if not paragraph.sentences:
        return ""
    start, end = paragraph.sentences[0].start, paragraph.sentences[-1].end
    text = doc.text[start:end]
    if paragraph.kind == "table":
        return text.replace(_CELL_SEP, " | ")
    return "".join(text.split("\n"))


def bilingual_rows(doc: Document) -> Iterator[tuple[str, str, list[tuple[str, list[Flag]]]]]:
    """(kind, Chinese, English sentences with their flags) for every heading and
    paragraph in order: what the bilingual DOCX and HTML show side by side."""
    if doc.title is not None:
        yield "title", doc.title.bare, [(_en(doc.title.en, doc.title.bare), [])]
    for n, sec in enumerate(doc.sections, 1):
        if sec.heading is not None:
            yield "heading", sec.heading.bare, [(section_title(doc, n, sec), [])]
        for p in sec.paragraphs:
            if p.sentences:
                english = [(_en(s.en, ""), list(s.flags)) for s in p.sentences]
                if p.kind == "table":
                    english = [(" | ".join(table_cells(doc, p)), _all_flags(p.sentences))]
                yield p.kind, _zh_text(doc, p), english


def _all_flags(sentences: list[Sentence]) -> list[Flag]:
    return [f for s in sentences for f in s.flags]


def bilingual_docx(doc: Document) -> bytes:
    """Chinese and English side by side, one table row per heading and paragraph, each
    check's flag in red after the sentence it concerns."""
    from docx.shared import Pt, RGBColor

    document = _new()
    title = doc_title(doc, "translation")
    document.core_properties.title = title
    document.add_heading(title, level=0)
    _italic(document, provenance_line(doc), size=9)
    _italic(document, checks_line(doc), size=9)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Chinese", "English"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for kind, zh, english in bilingual_rows(doc):
        left, right = table.add_row().cells
        bold = kind in ("title", "heading")
        left.paragraphs[0].add_run(zh).bold = bold
        paragraph = right.paragraphs[0]
        for i, (text, flags) in enumerate(english):
            paragraph.add_run((" " if i else "") + text).bold = bold
            for flag in flags:
                run = paragraph.add_run(flag_note(flag))
                run.font.color.rgb = RGBColor(*FLAG_COLOUR)
                run.font.size = Pt(8)
    return _bytes(document)


Builder = Callable[[Document], bytes]


def builder(view: str, full: bool, bilingual: bool) -> Builder:
    """The Word file a view asks for (the caller has checked the view is one of these)."""
    if bilingual:
        return bilingual_docx
    if view == "brief":
        return lambda doc: brief_docx(doc, full)
    return translation_docx


__all__ = [
    "bilingual_docx",
    "bilingual_rows",
    "brief_docx",
    "builder",
    "flag_note",
    "translation_docx",
]
