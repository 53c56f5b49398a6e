"""A Word file translated in place: the same package with English text.

Every paragraph of the body, table cells (nested tables too), headers, footers,
footnotes, endnotes, comments and text boxes (``w:txbxContent``) is translated where it
stands; nothing else in the package changes except fonts and list numbering formats, so
styles, numbering, tables (shape, merged cells), images, sections and page setup stay
as they were.

**The run-mapping rule.** A paragraph's text is cut into *spans*: maximal stretches of
text in runs with the same emphasis (bold, italic, underline, character style,
superscript/subscript) under the same parent element, broken by anything that is not
text (a tab, a line break, an image, a field character). A span with Chinese in it is
translated as one text, and its English goes into the span's first run, keeping that
run's formatting; the span's other text is emptied. A span without Chinese (numbers,
codes, Latin names, punctuation) is kept, with full-width punctuation and digits
written the Latin way. So a bold lead-in stays bold and an image stays between the
same two pieces of text; the model never sees markup. The price: a sentence with an
emphasised phrase inside is translated in pieces.

**Fonts.** A CJK font named in styles, numbering, runs or the document defaults
(``w:ascii``, ``w:hAnsi``, ``w:eastAsia``, ``w:cs``; SimSun, 宋体, 黑体, Microsoft
YaHei, ...) becomes Times New Roman (serif faces) or Arial (sans faces), an
East-Asian theme font becomes the Latin theme font, and ``w:hint="eastAsia"`` goes, so
English never renders in a CJK face. Chinese list numbering (一、, （一）, 第1章)
becomes decimal with Latin punctuation (1., (1), Chapter 1).

**Translation** goes through the translate stage like any other document: all spans of
all parts are collected, split into sentences, translated in one batch (translation
memory, glossary, degenerate-output retry, checks) and written back.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..document import Coverage, Document, Paragraph, Section, Sentence, SourceInfo
from ..translate.planning import HAN

if TYPE_CHECKING:
    from ..config import Config
    from ..translate import Progress, Translator

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
TEXT_PARTS = tuple(
    _CT + kind + "+xml"
    for kind in ("document.main", "header", "footer", "footnotes", "endnotes", "comments")
)
FONT_PARTS = (*TEXT_PARTS, _CT + "styles+xml", _CT + "numbering+xml")

# Han ideographs (with extensions and compatibility forms): what "Chinese left" means
# Inside a run, these end a span: the English cannot be moved across them
_BREAKS = (
    {
        W + name
        for name in ("tab", "br", "cr", "ptab", "drawing", "pict", "object", "fldChar", "sym")
    }
    | {_MC + "AlternateContent"}
    | {W + name for name in ("footnoteReference", "endnoteReference", "footnoteRef", "endnoteRef")}
)
# Of those, the ones that separate words (the English after them needs no space)
_SPACING = {W + "tab", W + "br", W + "cr", W + "ptab", W + "drawing", W + "pict"}
_EMPHASIS = ("b", "i", "u", "rStyle", "vertAlign", "strike", "caps", "smallCaps")
# Full-width punctuation as English writes it (kept spans: numbers, codes, names)
_PUNCT = str.maketrans(
    {
        "，": ", ",
        "。": ". ",
        "；": "; ",
        "：": ": ",
        "、": ", ",
        "！": "! ",
        "？": "? ",
        "（": " (",
        "）": ") ",
        "【": " [",
        "】": "] ",
        "《": '"',
        "》": '"',
        "“": '"',
        "”": '"',
        "‘": "'",
        "’": "'",
        "…": "...",
        "—": "-",
        "～": "~",
        "·": "·",
        "\u3000": " ",
    }
)
# Full-width ASCII (Ａ１％) as ASCII; other compatibility forms (m², ①) stay as written
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_NO_SPACE_BEFORE = set(".,;:!?)]}%'\"/-")
_NO_SPACE_AFTER = set("([{/-$'\"")


@dataclass
class _Span:
    """Consecutive ``w:t`` elements of one paragraph with the same emphasis."""

    texts: list[Any]
    key: tuple[Any, ...]
    after_break: bool  # follows a tab, line break or image (no space needed before)
    english: str | None = None

    @property
    def zh(self) -> str:
        return "".join(t.text or "" for t in self.texts)


@dataclass
class InPlaceResult:
    """The translated package and the document the translate stage saw (its sentences
    carry the English and the checks' flags; one paragraph per translated span)."""

    data: bytes
    document: Document
    spans: int = 0
    kept: int = 0
    fonts_swapped: int = 0
    notes: list[str] = field(default_factory=list)


def translate_docx(
    data: bytes,
    name: str,
    translator: Translator,
    config: Config,
    *,
    progress: bool | Progress = False,
) -> InPlaceResult:
    """Translate a .docx package in place (see the module docstring for the rules)."""
    from ..pipeline import Checks, translate_documents
    from ..reading.docx import open_docx

    package = open_docx(data, name)
    roots = _xml_roots(package)
    spans = [span for kind, root in roots if kind in TEXT_PARTS for span in _spans(root)]
    core = package.core_properties
    todo = [s for s in spans if HAN.search(s.zh)]
    titles = [t for t in (core.title, core.subject) if t and HAN.search(t)]
    doc = _segments_document([s.zh for s in todo] + titles, name)
    checks = Checks.from_config(config.qa)
    translate_documents([doc], translator, scope="full", checks=checks, progress=progress)
    doc.coverage = Coverage.of(doc.sentences())
    english = [_paragraph_english(p) for p in doc.sections[0].paragraphs] if doc.sections else []
    for span, en in zip(todo, english, strict=False):
        span.english = en or None  # no English: the Chinese stays (and is flagged)
    for paragraph in _by_paragraph(spans):
        _write_back(paragraph)
    if titles:
        by_zh = dict(zip(titles, english[len(todo) :], strict=True))
        core.title = by_zh.get(core.title or "", core.title)
        core.subject = by_zh.get(core.subject or "", core.subject)
    swapped = sum(_swap_fonts(root) for _, root in roots)
    for kind, root in roots:
        if kind == _CT + "numbering+xml":
            _latin_numbering(root)
    _store(roots)
    out = io.BytesIO()
    package.save(out)
    return InPlaceResult(
        out.getvalue(), doc, spans=len(todo), kept=len(spans) - len(todo), fonts_swapped=swapped
    )


# ---------------------------------------------------------------- the package


class _Root:
    """A part's XML root; parts python-docx keeps as bytes are parsed and put back."""

    def __init__(self, part: Any) -> None:
        from docx.opc.part import XmlPart
        from docx.oxml import parse_xml

        self.part = part
        self.parsed = not isinstance(part, XmlPart)
        self.element: Any = parse_xml(part.blob) if self.parsed else part.element

    def store(self) -> None:
        if self.parsed:
            from lxml import etree

            self.part._blob = etree.tostring(
                self.element, xml_declaration=True, encoding="UTF-8", standalone=True
            )


def _xml_roots(document: Any) -> list[tuple[str, _Root]]:
    """(content type, XML root) of every part with text or fonts to change."""
    parts = document.part.package.iter_parts()
    return [(p.content_type, _Root(p)) for p in parts if p.content_type in FONT_PARTS]


def _store(roots: list[tuple[str, _Root]]) -> None:
    for _, root in roots:
        root.store()


# ---------------------------------------------------------------- spans


def _owner(el: Any) -> Any:
    """The paragraph an element belongs to (the nearest ``w:p`` above it)."""
    el = el.getparent()
    while el is not None and el.tag != W + "p":
        el = el.getparent()
    return el


def _emphasis(run: Any) -> tuple[Any, ...]:
    rpr = run.find(W + "rPr")
    if rpr is None:
        return ()
    key: list[Any] = []
    for name in _EMPHASIS:
        el = rpr.find(W + name)
        if el is not None:
            value = el.get(W + "val", "true")
            if value not in ("false", "0", "none"):
                key.append((name, value))
    return tuple(key)


def _spans(root: _Root) -> Iterator[_Span]:
    """Every span of every paragraph of a part, in document order."""
    for p in root.element.iter(W + "p"):
        yield from _paragraph_spans(p)


def _paragraph_spans(p: Any) -> Iterator[_Span]:
    current: _Span | None = None
    after_break = True
    for run in p.iter(W + "r"):
        if _owner(run) is not p:
            continue  # a run of a text box inside this paragraph: its own paragraph
        if _moved_away(run, p):
            continue  # tracked as moved elsewhere: deleted here once accepted, like w:del
        key = (id(run.getparent()), _emphasis(run))
        for child in run:
            if child.tag == W + "t":
                if current is not None and current.key == key:
                    current.texts.append(child)
                else:
                    if current is not None:
                        yield current
                    current = _Span([child], key, after_break)
                after_break = False
            elif child.tag in _BREAKS:
                if current is not None:
                    yield current
                current = None
                after_break = after_break or child.tag in _SPACING
    if current is not None:
        yield current


def _moved_away(run: Any, p: Any) -> bool:
    el = run.getparent()
    while el is not None and el is not p:
        if el.tag == W + "moveFrom":
            return True
        el = el.getparent()
    return False


def _by_paragraph(spans: list[_Span]) -> Iterator[list[_Span]]:
    group: list[_Span] = []
    owner: Any = None
    for span in spans:
        p = _owner(span.texts[0])
        if group and p is not owner:
            yield group
            group = []
        owner = p
        group.append(span)
    if group:
        yield group


def kept_text(text: str) -> str:
    """A span without Chinese as English writes it: full-width forms and punctuation."""
    out = text.translate(_PUNCT).translate(_FULLWIDTH)
    return re.sub(r" {2,}", " ", out)


def _write_back(spans: list[_Span]) -> None:
    """Each span's English (or kept text) into its first ``w:t``, spaced like English."""
    last = ""
    for span in spans:
        zh = span.zh
        if span.english is not None:  # the source's spaces around the span stay
            lead, trail = zh[: len(zh) - len(zh.lstrip())], zh[len(zh.rstrip()) :]
            text = lead + span.english + trail
        else:
            text = kept_text(zh)
        if span.after_break:
            last = ""
        if last and text and _needs_space(last[-1], text[0]):
            text = " " + text
        elif last.endswith(" ") and text.startswith(" "):
            text = text.lstrip()
        first, *rest = span.texts
        first.text = text
        if text != text.strip():
            first.set(_XML_SPACE, "preserve")
        for t in rest:
            t.text = ""
        last = (last + text) if text else last


def _needs_space(before: str, after: str) -> bool:
    if before.isspace() or after.isspace():
        return False
    if HAN.match(before) or HAN.match(after):
        return False
    return before not in _NO_SPACE_AFTER and after not in _NO_SPACE_BEFORE


# ---------------------------------------------------------------- translation


def _segments_document(texts: list[str], name: str) -> Document:
    """One paragraph per text, split into sentences, as the translate stage takes it."""
    from ..segmentation.sentences import rejoin, split_sentences

    joined = "\n\n".join(texts)
    section = Section()
    at = 0
    index = 0
    for text in texts:
        paragraph = Paragraph()
        for s, e in split_sentences(joined, at, at + len(text)):
            paragraph.sentences.append(Sentence(rejoin(joined[s:e]), s, e, index=index))
            index += 1
        section.paragraphs.append(paragraph)
        at += len(text) + 2
    source = SourceInfo(name=name, chars=len(joined), format="docx")
    return Document(joined, sections=[section] if texts else [], source=source)


def _paragraph_english(paragraph: Paragraph) -> str:
    return " ".join(s.en.strip() for s in paragraph.sentences if s.en and s.en.strip())


# ---------------------------------------------------------------- fonts and numbering

_CJK_FONT = re.compile(
    r"cjk|source han|yahei|jhenghei|simsun|simhei|song|hei\b|heiti|kai|fang|ming|mincho|"
    r"ms p?gothic|yu gothic|gulim|batang|dotum|dengxian|gb2312|pingfang|hiragino|"
    r"wenquanyi|wqy|^ar pl|^fz|^st[a-z]",
    re.I,
)
_SANS = re.compile(r"hei|gothic|dengxian|pingfang|sans|gulim|dotum|黑|雅", re.I)
SERIF_FONT = "Times New Roman"
SANS_FONT = "Arial"


def is_cjk_font(name: str) -> bool:
    return bool(HAN.search(name) or _CJK_FONT.search(name))


def latin_font(name: str) -> str:
    """The Latin face that stands in for a CJK one (LibreOffice maps both to Liberation)."""
    return SANS_FONT if _SANS.search(name) else SERIF_FONT


def _swap_fonts(root: _Root) -> int:
    swapped = 0
    for fonts in root.element.iter(W + "rFonts"):
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            name = fonts.get(W + slot)
            if name and is_cjk_font(name):
                fonts.set(W + slot, latin_font(name))
                swapped += 1
            theme = fonts.get(W + slot + "Theme")
            if theme and "EastAsia" in theme:
                fonts.set(W + slot + "Theme", theme.replace("EastAsia", "HAnsi"))
        if fonts.get(W + "hint") == "eastAsia":
            del fonts.attrib[W + "hint"]
    return swapped


_CJK_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "ideographDigital",
    "ideographTraditional",
    "ideographLegalTraditional",
    "ideographZodiac",
    "ideographZodiacTraditional",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
    "taiwaneseDigital",
    "japaneseCounting",
    "japaneseDigitalTenThousand",
    "japaneseLegal",
    "decimalFullWidth",
    "decimalFullWidth2",
    "decimalHalfWidth",
}
_LEVEL_WORDS = (
    (re.compile(r"第(%\d)(?:章)"), r"Chapter \1"),
    (re.compile(r"第(%\d)(?:节)"), r"Section \1"),
    (re.compile(r"第(%\d)(?:条)"), r"Article \1"),
    (re.compile(r"第(%\d)(?:部分|篇|编)"), r"Part \1"),
    (re.compile(r"第(%\d)(?:款|项)"), r"Item \1"),
)
_LEVEL_PUNCT = str.maketrans({"、": ".", "．": ".", "（": "(", "）": ")", "：": ":", "，": ","})


def _latin_numbering(root: _Root) -> None:
    """Chinese list numbering (一、, （一）, 第1章) as decimal with Latin punctuation."""
    for fmt in root.element.iter(W + "numFmt"):
        value = fmt.get(W + "val")
        if value in _CJK_FORMATS:
            fmt.set(W + "val", "decimal")
        elif value in ("decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
            fmt.set(W + "val", "decimalEnclosedCircle")
    for level_text in root.element.iter(W + "lvlText"):
        value = level_text.get(W + "val") or ""
        for rx, english in _LEVEL_WORDS:
            value = rx.sub(english, value)
        level_text.set(W + "val", value.translate(_LEVEL_PUNCT))
