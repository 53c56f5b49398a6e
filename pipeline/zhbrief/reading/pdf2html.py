"""Pages of pdf2htmlEX's output read as the PDF they show.

Document-sharing sites (文库 readers) show a PDF as pdf2htmlEX renders it: each page a
``div.pf``, each printed line an absolutely placed ``div.t`` whose classes (``x1``
left, ``y3`` bottom, ``fs0`` size, ``ff1`` font) get their values only from the page's
style sheet. Read as HTML, every printed line would be a paragraph and the running
header body text; here the lines are read as a PDF reader reads them and put back into
the tree as ``<p>`` and ``<hN>`` elements for the HTML reader.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .base import FINISHED, SUBHEAD_CHARS, clean, numbered_level, squash
from .css import css_rules

# pdf2htmlEX's output (document-sharing sites' 文库 readers): each page a ``div.pf``,
# each printed line a ``div.t`` placed by classes (``x1`` left, ``y3`` bottom, ``fs0``
# size, ``ff1`` font) whose values only the page's style sheet gives
_PDF_PAGE = "pf"
_PDF_LINE = "t"
_PDF_PLACE = re.compile(r"(x|y|fs|ff)[0-9a-f]+")
_PDF_VALUE = re.compile(r"(left|bottom|font-size)\s*:\s*(-?[\d.]+)px")
_PDF_PROPS = {"left": "x", "bottom": "y", "font-size": "fs"}
_PDF_LINES_MIN = 5  # lines a set of pages needs to be read as printed lines
_PAGE_NUMBER = re.compile(
    r"[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?"
)
_FULL_LINE = 0.8  # a line shorter than this share of the text's width ends its paragraph
_BIGGER = 1.05  # a line this much bigger than the text is a heading's
_UNFINISHED = (*FINISHED, *"：:，,；;")  # a line ending so goes on: never a heading


@dataclass(frozen=True)
class _PdfLine:
    text: str
    page: int
    place: dict[str, str]  # x, y, fs, ff: the classes that place and set the line
    x: float | None
    size: float | None

    @property
    def width(self) -> float:
        """The line's length in characters, a Latin letter or digit as half of one."""
        return sum(0.5 if ch.isascii() else 1.0 for ch in self.text)

    @property
    def style(self) -> tuple[str, str]:
        return self.place.get("fs", ""), self.place.get("ff", "")


def pdf_lines_as_paragraphs(tree: Any, titles: set[str]) -> None:
    """A PDF shown as pdf2htmlEX's positioned lines is read as a PDF's lines: lines
    repeated at the same height on the pages (a running header) and page numbers are
    left out, lines are joined into paragraphs (a new one at an indented line or after
    a short one, over page breaks too) and lines set bigger than the text, or alone in
    another font, become headings. The extractor would read each line as a paragraph."""
    from lxml import etree

    pages = [el for el in tree.iter("div") if _PDF_PAGE in (el.get("class") or "").split()]
    lines = _pdf_lines(tree, pages)
    kept = _without_running(lines, len(pages)) if len(lines) >= _PDF_LINES_MIN else []
    if not kept:  # too few lines, or every line repeats on every page: read as HTML
        return
    div = etree.Element("div")
    for tag, text in _pdf_blocks(kept):
        if not (tag == "h1" and squash(text) in titles):  # the page's own title, again
            etree.SubElement(div, tag).text = text
    div.tail = pages[0].tail
    pages[0].getparent().replace(pages[0], div)
    for pg in pages[1:]:
        if pg.getparent() is not None:
            pg.drop_tree()


def _pdf_lines(tree: Any, pages: list[Any]) -> list[_PdfLine]:
    values = _class_values(tree) if pages else {}
    lines = []
    for n, pg in enumerate(pages):
        for el in pg.iter("div"):
            tokens = (el.get("class") or "").split()
            if _PDF_LINE not in tokens or not (text := clean(el.text_content())):
                continue
            place = {m[1]: t for t in tokens if (m := _PDF_PLACE.fullmatch(t))}
            x, size = values.get(place.get("x", "")), values.get(place.get("fs", ""))
            lines.append(_PdfLine(text, n, place, x, size))
    return lines


def _class_values(tree: Any) -> dict[str, float]:
    """Each placing class's value in px: ``.x1{left:113.3px}``, ``.fs0{font-size:85.3px}``."""
    values: dict[str, float] = {}
    for style in tree.iter("style"):
        for selectors, body, nested in css_rules(style.text or ""):
            m = re.fullmatch(r"\s*\.((x|y|fs)[0-9a-f]+)\s*", selectors)
            prop = _PDF_VALUE.search(body)
            if m and prop and not nested and _PDF_PROPS[prop[1]] == m[2]:
                values[m[1]] = float(prop[2])
    return values


def _without_running(lines: list[_PdfLine], pages: int) -> list[_PdfLine]:
    """The lines less page numbers and those printed at the same height on half of
    the pages or more (two at least), digits aside (第1页, - 2 -)."""
    on: dict[tuple[str, str], set[int]] = {}
    for ln in lines:
        on.setdefault(_running_key(ln), set()).add(ln.page)
    need = max(2, (pages + 1) // 2)
    return [
        ln
        for ln in lines
        if len(on[_running_key(ln)]) < need and not _PAGE_NUMBER.fullmatch(ln.text)
    ]


def _running_key(ln: _PdfLine) -> tuple[str, str]:
    return ln.place.get("y", ""), re.sub(r"\d+", "#", ln.text)


def _pdf_blocks(lines: list[_PdfLine]) -> list[tuple[str, str]]:
    """(tag, text) of the lines: ``p`` paragraphs, ``h1`` the printed title, ``h2``…
    the headings by size."""
    tags = _pdf_heading_tags(lines)
    body = [ln for ln, tag in zip(lines, tags, strict=True) if tag is None]
    if not body:
        return []
    margin = Counter(ln.x for ln in body).most_common(1)[0][0]
    indents = Counter(ln.x for ln in body if ln.x != margin).most_common(1)
    indent = indents[0][0] if indents else margin
    widths = sorted(ln.width for ln in body if ln.x == margin)
    full = _FULL_LINE * widths[int(0.9 * (len(widths) - 1))] if widths else 0.0
    out: list[tuple[str, str]] = []
    ended = True  # the last paragraph is finished: the next line starts another
    prev: _PdfLine | None = None
    for ln, tag in zip(lines, tags, strict=True):
        if tag is not None:
            joined = prev is not None and out[-1][0] == tag and prev.style == ln.style
            if joined and numbered_level(ln.text) is None:
                out[-1] = (tag, out[-1][1] + ln.text)  # a heading printed over two lines
            else:
                out.append((tag, ln.text))
            ended = True
        elif ended or ln.x != margin:
            out.append(("p", ln.text))
            ended = ln.x not in (margin, indent) or ln.width < full  # a centred line: alone
        else:
            out[-1] = ("p", out[-1][1] + ln.text)
            ended = ln.width < full
        prev = ln
    return out


def _pdf_heading_tags(lines: list[_PdfLine]) -> list[str | None]:
    """Each line's heading tag, None for the text's lines: by size (the biggest, when
    only before the text, is the printed title: ``h1``), then lines of a font of their
    own that are short and unfinished, one rank under."""
    sizes = Counter({ln.size: 0 for ln in lines})
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    text_size = sizes.most_common(1)[0][0]
    fonts = Counter(ln.place.get("ff") for ln in lines if ln.size == text_size)
    text_font = fonts.most_common(1)[0][0]

    def bigger(ln: _PdfLine) -> bool:
        return ln.size is not None and text_size is not None and ln.size > _BIGGER * text_size

    def own_font(ln: _PdfLine) -> bool:
        short = len(ln.text) <= SUBHEAD_CHARS and not ln.text.endswith(_UNFINISHED)
        return ln.size == text_size and ln.place.get("ff") != text_font and short

    ranked = sorted({ln.size for ln in lines if ln.size is not None and bigger(ln)}, reverse=True)
    first_text = next((k for k, ln in enumerate(lines) if not bigger(ln)), len(lines))
    title = bool(ranked) and all(
        k < first_text for k, ln in enumerate(lines) if ln.size == ranked[0]
    )
    rank = {size: n + (1 if title else 2) for n, size in enumerate(ranked)}
    tags: list[str | None] = []
    for ln in lines:
        if ln.size is not None and bigger(ln):
            tags.append(f"h{min(6, rank[ln.size])}")
        elif own_font(ln):
            tags.append(f"h{min(6, len(ranked) + (1 if title else 2))}")
        else:
            tags.append(None)
    return tags
