"""Word .docx to blocks, with python-docx (MIT).

Paragraphs and tables are read in body order. Headings come from the style
(``Title``, ``Heading N``, or any style with an outline level) or the paragraph's own
outline level; a "fake heading" is a short Normal paragraph set entirely in bold or in
a larger size than the body, or a short one numbered 一、/（一）/第一章. Fake
headings take their level from the numbering (一、 = 1, （一） = 2) or else from their
size rank. A bold paragraph Word's list numbering numbers is a heading at its list
level where it heads text (a section numbered 1./1.1 without a heading style), else a
list item. List items and table rows keep their own blocks; core properties (title,
author, dates) become metadata. A form laid out as a table (label cells beside value
cells, one of them holding the report) is read as its report's paragraphs, its title
field as the title and its other fields (and the letterhead above it) as metadata.

The text is the document as Word shows it with every tracked change accepted: inserted
and moved-here text (``w:ins``, ``w:moveTo``) is read, deleted and moved-away text
(``w:del``, ``w:moveFrom``) and deleted table rows are not, a paragraph whose mark was
deleted joins the next one, and paragraph properties are the new ones (``w:pPrChange``
holds the old). Content controls (``w:sdt``) are read in place, block-level ones too,
except those still showing their placeholder text (``w:showingPlcHdr``, or one of
Word's stock prompts where a LibreOffice save dropped the flag) and a table of contents
control (its entries are no headings); the copies LibreOffice writes of a named control
are read once.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from html import escape as html_escape
from itertools import pairwise
from typing import Any, NamedTuple

from ..errors import InputError
from ..segmentation.metadata import DOC_NUMBER, blank_field, number_line
from ..segmentation.metadata import closing_line as record_line
from .base import (
    BYLINE_LINES,
    CAPTION,
    CLOSING_ITEMS,
    DASH_SUBTITLE,
    DATE_LINE,
    DOC_KIND,
    FINISHED,
    HAN_CHAR,
    ISSUER_END,
    MAX_FAKE_HEADING,
    OFFICIAL_HEAD,
    TITLE_LABELS,
    WORD_PROMPT,
    Extracted,
    TextBuilder,
    byline_line,
    clean,
    closing_line,
    closing_meta,
    form_fields,
    join_words,
    list_numbering,
    numbered_level,
    one_clause,
    paired_fields,
    prose_line,
    record_fields,
    squash,
)

log = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.I)
# the Title style by its English name or its Chinese one (WPS and Chinese Word save 标题)
TITLE_STYLES = frozenset({"Title", "标题"})
_HEADING_CHARS = 40  # a numbered Normal paragraph up to this long is a heading
BAR_DELAY_S = 1.0  # a read that ends sooner shows no bar


def open_docx(data: bytes, name: str) -> Any:
    """The python-docx document of a package; a damaged one is an ``InputError``."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        list(document.iter_inner_content())  # the body parses
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(
            f"{name}: the .docx is corrupt or truncated ({type(e).__name__}); open and save "
            "it again in Word or LibreOffice."
        ) from e
    except Exception as e:  # lxml XMLSyntaxError and others from a damaged package
        raise InputError(
            f"{name}: the .docx cannot be read ({type(e).__name__}: {e}); open and save it "
            "again in Word or LibreOffice."
        ) from e
    return document


def read_docx(data: bytes, name: str, progress: bool = False) -> Extracted:
    """``progress``: a bar on stderr over the paragraphs when reading takes a while."""
    document = open_docx(data, name)
    chunks = _alt_chunks(document)
    if chunks:
        ex = _read_chunks(chunks, name)
        ex.metadata = {**_core(document), **ex.metadata}
        return ex
    items, runs_of = _content(document.element.body, document._body)
    forms = _unfold_forms(items, runs_of)
    _unfold_columns(items, runs_of)
    styles = _Styles()
    paras = {
        id(p): _Para.of(p, runs_of[id(p)], styles)
        for p in _bar(items, progress)
        if not hasattr(p, "rows")
    }
    furniture = _page_furniture(items, paras)
    shown = [p for k, p in paras.items() if k not in furniture]
    body_size = _body_size(shown)
    body_face = _body_face(shown)
    larger = [p for p in shown if p.size and body_size and p.size > body_size + 0.5]
    fake_title = _fake_title(shown, larger)
    fake_sizes = sorted({p.size for p in larger if p is not fake_title and p.size}, reverse=True)
    plan: list[tuple[Any, str, int]] = []  # (item, kind, level); kind "skip": left out
    for item in items:
        if hasattr(item, "rows"):
            plan.append((item, "table", 0))
            continue
        p = paras[id(item)]
        if id(item) in furniture:
            plan.append((item, "skip", 0))
            continue
        kind, level = (
            ("title", 0) if p is fake_title else p.classify(body_size, fake_sizes, body_face)
        )
        plan.append((item, kind, level))
    _list_heads(plan, paras, _ListFormats(document))
    _lead_runs(plan, paras)
    _items_among_lines(plan, paras)
    meta = _core(document)
    _form_meta(forms, meta)
    cover = _cover(plan, paras, meta)
    title = (
        _framed_title(plan, paras)
        or _banner_title(plan, paras, meta)
        or _form_title(plan, paras, meta, forms)
        or _boxed_title(document, plan, paras, meta)
        or _title(plan, paras, meta, _text_boxes(document), cover)
    )
    _above_title(plan, paras)
    _fields_over_title(plan, paras, meta)
    _styled_subtitle(plan, paras, meta)
    _record_table(plan, paras, meta)
    _cover_control_tables(plan, paras, meta, title)
    _byline(plan, paras, meta, styles, title)
    _review_record(plan, paras, meta)
    _closing_record(plan, paras, meta)
    out = TextBuilder()
    if title is not None:
        out.add("title", title)
    title_done = title is not None
    for item, kind, level in plan:
        if kind == "skip":
            continue
        if kind == "table":
            bilingual = _bilingual_rows(item)
            if bilingual is not None:
                _add_bilingual(out, bilingual, styles, body_size, fake_sizes)
                continue
            for table_kind, rows in _tables(item):
                out.add_table(rows, kind=table_kind)
            continue
        if kind == "title" and title_done:
            kind, level = "heading", 1
        title_done = title_done or kind == "title"
        p = paras[id(item)]
        if kind == "heading" and not p.heading_style and CAPTION.match(p.text.strip()):
            kind = "caption"  # 表1 2013 年主要预期目标 set bold over its table: a label
        broken = None  # a list item keeps its lines: its number is Word's, not a heading's
        if kind == "body" and not p.listed:
            broken = _broken_heads(runs_of[id(item)], styles)
        if broken is not None:
            heads, rest = broken
            for head in heads:
                out.add("heading", head, level=numbered_level(head) or 1)
            out.add("body", rest)
            continue
        out.add(kind, p.text, level=level)
    return Extracted(out.text(), out.blocks, "docx", metadata=meta)


def _alt_chunks(document: Any) -> list[bytes]:
    """The HTML of a file whose body is only imported chunks (``w:altChunk``: what
    "export to Word" buttons write, html-docx-js among them, a web page kept as HTML or
    MHT that Word renders when it opens the file); none when the body has text of its
    own."""
    body = document.element.body
    refs = [el.get(_R + "id") for el in body.iter(_W + "altChunk")]
    if not refs or _text_in(body).strip():
        return []
    parts = document.part.related_parts
    htmls = [_chunk_html(parts[ref].blob) if ref in parts else None for ref in refs]
    # a chunk of another kind (a Word file, RTF) is not read here: then none is
    return [h for h in htmls if h is not None] if all(h is not None for h in htmls) else []


def _chunk_html(blob: bytes) -> bytes | None:
    """A chunk's HTML: an MHT (a MIME message) gives its first HTML part, decoded from
    its transfer encoding; an HTML part is itself; other chunks (RTF, a Word file) none."""
    import email
    from email.message import Message

    head = blob[:2048].lstrip().lower()
    if head.startswith((b"mime-version", b"content-type")):
        message: Message = email.message_from_bytes(blob)
        html = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        payload = html.get_payload(decode=True) if html is not None else None
        return payload if isinstance(payload, bytes) else None
    return blob if b"<html" in head or b"<!doctype html" in head else None


def _read_chunks(chunks: list[bytes], name: str) -> Extracted:
    """The chunks read as the page they are (the HTML reader): one page, the bodies of
    several one after another under the first one's head."""
    from .html import read_html

    ex = read_html(chunks[0] if len(chunks) == 1 else _one_page(chunks), name)
    ex.format = "docx"
    return ex


def _one_page(chunks: list[bytes]) -> bytes:
    """Several HTML documents as one: the first's title, every body's content in order."""
    import lxml.html

    pages = [lxml.html.document_fromstring(c) for c in chunks]
    title = pages[0].findtext(".//title") or ""
    body: list[str] = []
    for page in pages:
        el = page.find("body")
        if el is not None:
            body.append(html_escape(el.text or ""))
            body.extend(lxml.html.tostring(c, encoding="unicode") for c in el)
    head = f'<head><meta charset="utf-8"><title>{html_escape(title)}</title></head>'
    return f"<html>{head}<body>{''.join(body)}</body></html>".encode()


_RUNNING_CHARS = 40  # a page's header or footer line is short


# a page's number as a converted file types it: 第 1 页, 第 1 页 共 3 页, - 2 -, Page 2 of 3
_TYPED_PAGE = re.compile(
    r"第\s*(\d{1,4})\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|[-–—]\s*(\d{1,4})\s*[-–—]|page\s*(\d{1,4})(?:\s*(?:of|/)\s*\d{1,4})?",
    re.I,
)


def _typed_page(text: str) -> int:
    m = _TYPED_PAGE.fullmatch(text)
    return int(next(g for g in m.groups() if g)) if m else 0


def _page_furniture(items: list[Any], paras: dict[int, _Para]) -> set[int]:
    """Page furniture typed into the text, as a PDF converted to Word has it: lines
    that are a page's number (第 1 页 共 3 页, - 2 -), two or more counting up, and a
    short line repeated at each page break (next to such a number, or first in the
    file when set no larger than the text): the header. Left out (logged), as a PDF's
    running lines are. A title the header repeats stays the title."""
    texts = [paras[id(item)].text.strip() if id(item) in paras else "" for item in items]
    shown = [i for i, t in enumerate(texts) if t or id(items[i]) not in paras]
    numbers = {i for i in shown if _TYPED_PAGE.fullmatch(texts[i])}
    pages = [_typed_page(texts[i]) for i in sorted(numbers)]
    if len(pages) < 2 or any(b <= a for a, b in pairwise(pages)):
        return set()  # one number, or numbers out of order: text that looks like one
    body = _body_size(list(paras.values()))
    at_break: dict[str, list[bool]] = {}
    for k, i in enumerate(shown):
        text = texts[i]
        if i in numbers or not text or len(text) > _RUNNING_CHARS:
            continue
        before = shown[k - 1] if k else None
        after = shown[k + 1] if k + 1 < len(shown) else None
        p = paras[id(items[i])]
        first = before is None and not p.heading_style and not (p.size and body and p.size > body)
        at_break.setdefault(text, []).append(first or before in numbers or after in numbers)
    running = {t for t, places in at_break.items() if len(places) >= 2 and all(places)}
    out = {id(items[i]) for i in shown if i in numbers or texts[i] in running}
    for i in shown:
        if id(items[i]) in out:
            log.debug("docx: left out a page's header, footer or number: %s", texts[i])
    return out


def _broken_heads(runs: _Runs, styles: _Styles) -> tuple[list[str], str] | None:
    """Heading lines opening a paragraph broken by line breaks (a PDF converted to Word
    keeps a block's lines in one paragraph; a typist presses Shift+Enter after a
    heading): each numbered as a heading is (一、, （一）), short and unended, its runs
    set apart from the text after it (bold, another face or size): (the headings, the
    rest); None when the paragraph opens with none."""
    lines: list[list[Any]] = [[]]
    texts = [""]
    for r in runs.shown:
        for k, part in enumerate(r.text.split("\n")):
            if k:
                lines.append([])
                texts.append("")
            texts[-1] += part
            if part.strip():
                lines[-1].append(r)
    heads: list[str] = []
    while len(heads) < len(texts) - 1:
        text = texts[len(heads)].strip()
        if numbered_level(text) is None or len(text) > _HEADING_CHARS:
            break
        if not one_clause(text) or text.endswith(FINISHED):
            break
        heads.append(text)
    rest = "\n".join(texts[len(heads) :]).strip()
    if not heads or not rest:
        return None
    head_runs = [r for line in lines[: len(heads)] for r in line]
    rest_runs = [r for line in lines[len(heads) :] for r in line]
    if not _set_apart(head_runs, rest_runs, styles):
        return None  # set as the text is: a numbered sentence's first line, a list
    return heads, rest


def _set_apart(heads: list[Any], rest: list[Any], styles: _Styles) -> bool:
    """The heading lines' runs look unlike the text's: all bold over text that is not,
    or, where every run names its own, another East Asian face or a size 1 pt apart."""
    if not heads or not rest:
        return False
    if all(styles.bold(r) for r in heads) and not any(styles.bold(r) for r in rest):
        return True
    faces = [_own_face(r) for r in heads + rest]
    if all(faces) and not {_own_face(r) for r in heads} & {_own_face(r) for r in rest}:
        return True
    head_sizes = [float(r.font.size.pt) for r in heads if r.font.size is not None]
    text_sizes = [float(r.font.size.pt) for r in rest if r.font.size is not None]
    if len(head_sizes) == len(heads) and len(text_sizes) == len(rest):
        return min(head_sizes) >= max(text_sizes) + 1.0
    return False


def _own_face(run: Any) -> str:
    """The East Asian face a run names itself ('' when it leaves it to its style)."""
    fonts = run._r.rPr.rFonts if run._r.rPr is not None else None
    return (fonts.get(_W + "eastAsia") if fonts is not None else None) or ""


def _list_heads(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], formats: _ListFormats
) -> None:
    """A paragraph Word's list numbering numbers, set apart as a heading is (all in
    bold, one short unended clause), that heads prose (the next paragraph is plain
    text, or a deeper such heading over it) is a section heading: a report written
    without heading styles numbers its sections 1./1.1 so. One over list items or short
    lines (d01's ordered list of bold lines) stays a list item. Its level is its list
    level's."""
    below: tuple[str, int] = ("end", 0)  # what the next paragraph with text is
    found: list[int] = []
    for i in range(len(plan) - 1, -1, -1):
        item, kind, _ = plan[i]
        p = paras.get(id(item))
        if p is None:
            below = ("other", 0)
            continue
        text = p.text.strip()
        if not text:
            continue
        level = p.list_level + 1
        heads = below[0] == "prose" or (below[0] == "head" and below[1] > level)
        if (
            kind == "body"
            and heads
            and _list_head(p, formats)
            and not _follows_item(plan, i, paras)
        ):
            found.append(i)
            below = ("head", level)
        elif kind == "body" and not p.listed and (prose_line(text) or not one_clause(text)):
            below = ("prose", 0)
        else:
            below = ("other", 0)
    _set_list_levels(plan, paras, set(found))


def _follows_item(plan: list[tuple[Any, str, int]], i: int, paras: dict[int, _Para]) -> bool:
    """The paragraph with text above plan[i] is an item of its list at its level: the
    last of a run of bold items, not a heading (1. 2. 3. then text)."""
    ref = paras[id(plan[i][0])].list_ref
    for item, _, _ in reversed(plan[:i]):
        p = paras.get(id(item))
        if p is None:
            return False
        if p.text.strip():
            return p.list_ref == ref
    return False


def _set_list_levels(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], heads: set[int]
) -> None:
    """A list-numbered heading's level is its list level under the heading above the
    list (a chapter in a heading style: its sections one level down)."""
    base = 0  # the level of the last heading not numbered by a list
    for i, (item, kind, level) in enumerate(plan):
        if i in heads:
            plan[i] = (item, "heading", min(base + paras[id(item)].list_level + 1, 9))
        elif kind == "heading":
            base = level


def _list_head(p: _Para, formats: _ListFormats) -> bool:
    text = p.text.strip()
    return (
        p.listed
        and (p.bold or p.style_bold)
        and not p.heading_style
        and len(text) <= _HEADING_CHARS
        and one_clause(text)
        and not prose_line(text)
        and not text.endswith(_UNENDED)
        and p.list_ref is not None
        and formats.numbered(*p.list_ref)
    )


_UNENDED = (*"。！？!?.，,；;、", "……")


class _ListFormats:
    """Which lists of ``numbering.xml`` number their items (1. 一、 a)) rather than
    bullet them, by (``w:numId``, ``w:ilvl``)."""

    def __init__(self, document: Any) -> None:
        try:
            self.root: Any = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            self.root = None  # no numbering part: Word prints no number
        try:
            self.styles: Any = document.part.styles.element
        except (KeyError, NotImplementedError, AttributeError):
            self.styles = None
        self.seen: dict[tuple[int, int], bool] = {}

    def numbered(self, num_id: int, ilvl: int) -> bool:
        """A format that prints a number; unknown (no such list: Word prints nothing)
        and bullets do not."""
        key = (num_id, ilvl)
        if key not in self.seen:
            found = self._format(str(num_id), str(ilvl), hops=0)
            self.seen[key] = found is not None and found not in ("bullet", "none")
        return self.seen[key]

    def _format(self, num_id: str, ilvl: str, hops: int) -> str | None:
        """The level's ``w:numFmt``: the list's override of it, else its abstract list's
        (through a ``w:numStyleLink`` to a list style's own list, once)."""
        if self.root is None or hops > 1:
            return None
        num = _xpath("./w:num[@w:numId=$n]")(self.root, n=num_id)
        if not num:
            return None
        override = _xpath("./w:lvlOverride[@w:ilvl=$l]/w:lvl/w:numFmt/@w:val")(num[0], l=ilvl)
        if override:
            return str(override[0])
        found = _xpath("./w:abstractNumId/@w:val")(num[0])
        abstract = _xpath("./w:abstractNum[@w:abstractNumId=$a]")(
            self.root, a=str(found[0]) if found else ""
        )
        if not abstract:
            return None
        # a single-level list given a deeper level prints its one level's format there
        for level in (ilvl, "0"):
            fmt = _xpath("./w:lvl[@w:ilvl=$l]/w:numFmt/@w:val")(abstract[0], l=level)
            if fmt:
                return str(fmt[0])
        link = _xpath("./w:numStyleLink/@w:val")(abstract[0])
        linked = self._style_list(str(link[0])) if link else None
        return self._format(linked, ilvl, hops + 1) if linked is not None else None

    def _style_list(self, style_id: str) -> str | None:
        """The ``w:numId`` a numbering style (a list style) numbers with."""
        if self.styles is None:
            return None
        found = _xpath("./w:style[@w:styleId=$s]/w:pPr/w:numPr/w:numId/@w:val")(
            self.styles, s=style_id
        )
        return str(found[0]) if found else None


_XPATHS: dict[str, Any] = {}


def _xpath(path: str) -> Any:
    """``path`` compiled once, with the ``w:`` prefix, taking ``$name`` values as
    variables (a file's attribute values are never spliced into the expression)."""
    if path not in _XPATHS:
        from lxml import etree

        _XPATHS[path] = etree.XPath(path, namespaces={"w": _W[1:-1]})
    return _XPATHS[path]


def _items_among_lines(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> None:
    """A heading by its looks alone (bold or larger, no style, level or numbering)
    whose neighbours are both short plain lines is one line of a list of lines set in
    bold for emphasis (italic / **bold** / underline), not a heading: body text."""
    lines = [i for i, (item, _, _) in enumerate(plan) if _text_of(item, paras).strip()]
    lines = [i for i in lines if id(plan[i][0]) in paras or plan[i][1] == "table"]
    for k in range(1, len(lines) - 1):
        i = lines[k]
        item, kind, _ = plan[i]
        p = paras.get(id(item))
        if kind != "heading" or p is None or not p.fake:
            continue
        if all(_short_line(plan[j], paras) for j in (lines[k - 1], lines[k + 1])):
            plan[i] = (item, "body", 0)


def _short_line(entry: tuple[Any, str, int], paras: dict[int, _Para]) -> bool:
    item, kind, _ = entry
    text = _text_of(item, paras).strip()
    return (
        kind == "body"
        and len(text) <= _HEADING_CHARS
        and one_clause(text)
        and not prose_line(text)
        and not text.endswith(_FINISHED)
    )


_FINISHED = tuple("。！？!?.")
# Word's contents styles (toc 1, …), and its list of figures or tables (图表目录: the
# ``table of figures`` style, entries that repeat the captions)
_TOC_STYLE = re.compile(r"^(?:toc|目录|table of contents|table of figures|图表目录)\s*\d*$", re.I)
_TOC_HEAD = re.compile(
    r"^(?:目\s*[录次]|contents|table of contents|(?:图表|插图|表格|图|表)目\s*录"
    r"|list of (?:figures|tables))$",
    re.I,
)
_COVER_SPAN = 40  # paragraphs at the start where a cover page's form fields are looked for


def _cover(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]) -> bool:
    """Table-of-contents paragraphs (TOC styles, and the 目录 line over them or over a
    table-of-contents control) are left out; a cover page's form fields (姓名：…, two or
    more) go to the metadata, and the cover's other lines are text, not headings. True
    when there is a cover page."""
    for i, (item, _kind, _level) in enumerate(plan):
        p = paras.get(id(item))
        if p is None:
            continue
        if _TOC_STYLE.match(p.style.strip()) or _field_kind(item._p) == "TOC":
            # a TOC field never updated shows Word's 未找到目录项。: no entries either
            plan[i] = (item, "skip", 0)
            before = [k for k in range(i) if squash(_text_of(plan[k][0], paras))]
            if before and _TOC_HEAD.match(squash(_text_of(plan[before[-1]][0], paras))):
                plan[before[-1]] = (plan[before[-1]][0], "skip", 0)
        elif _MERGED_ONLY.fullmatch(p.text.strip()) and _field_kind(item._p) == "MERGEFIELD":
            plan[i] = (item, "skip", 0)  # a mail merge's field never merged: «单位名称»：
        elif _TOC_HEAD.match(squash(p.text)) and _toc_follows(item._p):
            plan[i] = (item, "skip", 0)  # the 目录 line over a table-of-contents control
        elif _TOC_HEAD.match(squash(p.text)):
            _typed_contents(plan, paras, i)
    start: list[tuple[int, _Para]] = []
    for i, (item, _kind, _level) in enumerate(plan[:_COVER_SPAN]):
        p = paras.get(id(item))
        if p is not None and (p.styled or len(p.text.strip()) > MAX_FAKE_HEADING):
            break  # a cover page ends where the document's first heading or paragraph starts
        if p is not None:
            start.append((i, p))
    fields = [(i, form_fields(p.text)) for i, p in start if plan[i][1] != "skip"]
    found = [(i, f) for i, f in fields if f]
    if sum(len(f) for _, f in found) < 2:
        return False
    last = found[-1][0]
    for i, f in found:
        for label, value in f:
            if value:
                meta.setdefault(label, value)
        plan[i] = (plan[i][0], "skip", 0)
    titled = any(label in TITLE_LABELS and value for _, f in found for label, value in f)
    kept = set() if titled else _cover_title_run(plan, paras, last)
    for i in range(last):
        item, kind, _ = plan[i]
        if kind == "title" and not titled:
            continue  # the lone largest first line over fields (a contract's parties)
        if kind in ("heading", "title") and not paras[id(item)].styled and i not in kept:
            plan[i] = (item, "body", 0)
    return True


def _cover_title_run(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], last: int
) -> set[int]:
    """A cover with no title field over its fields (a firm's address and phone at its
    foot): its centred heading lines in the cover's largest look, one after another,
    are its title, kept as headings for the title's reading (see ``_split_title``); an
    issuer's name closing them (…律师事务所) is not the title's. Centred
    headings right over them (a series or issuer label, a title's first line in a
    smaller size) are kept with them: ``_largest_centred`` tells which they are."""
    heads = [i for i in range(last) if plan[i][1] == "heading"]
    if not heads:
        return set()
    largest = max((_looks(paras[id(plan[i][0])])[0] or 0.0) for i in heads)
    first = next(i for i in heads if (_looks(paras[id(plan[i][0])])[0] or 0.0) == largest)
    if not _centred(plan[first][0]):
        return set()
    top = first
    while top - 1 in heads and _centred(plan[top - 1][0]):
        top -= 1
    above = list(range(top, first))
    looks = _looks(paras[id(plan[first][0])])
    run = [*above, first]
    nxt = first + 1
    if _WORK_KIND.fullmatch(squash(paras[id(plan[first][0])].text)) and nxt < last:
        # 硕士学位论文 in the largest type over the thesis's title: the title's looks
        looks = _looks(paras[id(plan[nxt][0])]) if nxt in heads else looks
    for i in range(nxt, last):
        item, kind, _ = plan[i]
        if kind != "heading" or _looks(paras[id(item)]) != looks or not _centred(item):
            break
        run.append(i)
    while len(run) > 1 and ISSUER_END.search(clean(paras[id(plan[run[-1]][0])].text)):
        run.pop()
    return set(run)


_TITLE_BLOCK = 8  # lines after the title where its byline is looked for


def _byline(
    plan: list[tuple[Any, str, int]],
    paras: dict[int, _Para],
    meta: dict[str, str],
    styles: _Styles,
    title: str | None = None,
) -> None:
    """The author and date lines under the title (before the first heading or
    paragraph of text) go to the metadata: a line that is only a date, and up to two
    short lines right above it set the same way (an author, an affiliation), as
    ``author``; what the document shows wins over its file properties. ``title``: the
    title read from lines left out (a title set by hand over two or three paragraphs)."""
    start = next((i + 1 for i, (_, kind, _) in enumerate(plan) if kind == "title"), None)
    if start is None and title:
        start = _title_end(plan, paras, title)
    if start is None:
        return
    block: list[int] = []
    for i in range(start, len(plan)):
        item, kind, _ = plan[i]
        p = paras.get(id(item))
        if kind == "skip" or (p is not None and not p.text.strip()):
            continue
        if kind == "table" and _control_table(item):
            continue  # a cover's sign-off box between the title and its issuer's name
        if p is None or p.heading_style or len(block) == _TITLE_BLOCK:
            break
        if len(p.text.strip()) > MAX_FAKE_HEADING or prose_line(p.text):
            break
        block.append(i)
    dates = [
        k for k, i in enumerate(block) if DATE_LINE.fullmatch(_text_of(plan[i][0], paras).strip())
    ]
    if not dates:
        if block:
            _dated_byline(plan, paras, meta, block[0])
        return
    at = dates[0]
    date_item = plan[block[at]][0]
    align = styles.alignment(date_item)
    authors: list[int] = []
    for k in range(at - 1, max(-1, at - 1 - BYLINE_LINES), -1):
        item = plan[block[k]][0]
        p = paras[id(item)]
        text = p.text.strip()
        if (
            not byline_line(text)
            or numbered_level(text) is not None
            or number_line(text, 0) is not None  # the document's number (…〔2017〕第046号)
            or p.listed
            or styles.alignment(item) != align
        ):
            break
        authors.insert(0, block[k])
    meta["date"] = re.sub(r"\s+", "", _text_of(date_item, paras))
    if authors:
        meta["author"] = " ".join(paras[id(plan[i][0])].text.strip() for i in authors)
    for i in [*authors, block[at]]:
        plan[i] = (plan[i][0], "skip", 0)


def _title_end(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], title: str) -> int | None:
    """Where the paragraphs left out as the ``title``'s lines end (the index after them),
    or None."""
    want = squash(title)
    for i, (item, kind, _) in enumerate(plan):
        if kind != "skip" or id(item) not in paras:
            continue
        key = ""
        for k in range(i, len(plan)):
            if plan[k][1] != "skip" or id(plan[k][0]) not in paras:
                break
            key += squash(paras[id(plan[k][0])].text)
            if key == want:
                return k + 1
            if not want.startswith(key):
                break
    return None


def _dated_byline(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str], at: int
) -> None:
    """The line right under the title (at ``at``) holding a byline and a date apart by
    a space (东川省发展和改革委员会　2015年3月): the author and the date, metadata."""
    item = plan[at][0]
    p = paras[id(item)]
    m = _BYLINE_DATE.fullmatch(p.text.strip())
    if m is None or p.listed or numbered_level(p.text) is not None:
        return
    if not byline_line(m["by"]):
        return
    meta["author"] = m["by"]
    meta["date"] = re.sub(r"\s+", "", m["date"])
    plan[at] = (item, "skip", 0)


# a byline and its date on one line, set apart by spaces (full-width ones too)
_BYLINE_DATE = re.compile(rf"(?P<by>\S.*?)\s+(?P<date>{DATE_LINE.pattern})")


def _closing_record(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> None:
    """The tables and lines after the last paragraph of text that are all distribution
    lines (a table of them too) or an editors' credit: the document's closing record,
    metadata and not text."""
    found: list[tuple[int, list[str]]] = []
    for i in range(len(plan) - 1, -1, -1):
        item, kind, _ = plan[i]
        if kind == "skip" or (kind != "table" and not _text_of(item, paras).strip()):
            continue
        if len(found) == CLOSING_ITEMS or kind not in ("table", "body"):
            break
        lines = _closing_lines(item, kind, paras)
        if lines is None:
            break
        found.append((i, lines))
    for i, lines in reversed(found):
        for line in lines:
            closing_meta(line, meta)
        plan[i] = (plan[i][0], "skip", 0)


def _review_record(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> None:
    """A table of review fields that ends the document (审查意见 | 经审查，同意立案。…,
    承办单位 | …, 备注 | …提案委员会（盖章）: how the document was handled, under its
    caption 提案审查及办理情况) is the record's, not the text: metadata (``review``)."""
    shown = [
        i
        for i, (item, kind, _) in enumerate(plan)
        if kind == "table" or _text_of(item, paras).strip()
    ]
    shown = [i for i in shown if plan[i][1] != "skip"]
    if not shown or plan[shown[-1]][1] != "table":
        return
    at = shown[-1]
    rows = [
        [clean(c) for c in row if clean(c)] for _kind, rows in _tables(plan[at][0]) for row in rows
    ]
    rows = [row for row in rows if row]
    labels = [row[0] for row in rows if len(row) == 2]
    # the record opens with the review (a form's applicant fields over 领导意见 rows are
    # the form's own text), after the document's text
    reviewed = bool(labels) and _REVIEW_LABEL.fullmatch(squash(labels[0])) is not None
    texts = [k for k in shown[:-1] if plan[k][1] == "body"]
    if len(labels) != len(rows) or not reviewed or not texts:
        return
    lines = [" ".join(row) for row in rows]
    caption = shown[-2]  # the item over the table: its caption, not the title
    captioned = plan[caption][1] in ("body", "heading") and caption != texts[0]
    if captioned and _record_caption(plan[caption][0], paras):
        lines.insert(0, clean(_text_of(plan[caption][0], paras)))
        plan[caption] = (plan[caption][0], "skip", 0)
    meta["review"] = "\n".join(lines)
    plan[at] = (plan[at][0], "skip", 0)


# a review's label: 审查意见, 审核意见, 审批意见, 办理意见, 领导意见, 主管部门意见
_REVIEW_LABEL = re.compile(
    r"[\u4e00-\u9fff]{0,6}(?:审查|审核|审批|审定|办理|批示|领导|部门|单位)意见"
)


def _record_caption(item: Any, paras: dict[int, _Para]) -> bool:
    """A short centred line with no sentence in it: a form table's caption."""
    text = clean(_text_of(item, paras))
    return (
        0 < len(text) <= _CAPTION_CHARS
        and _centred(item)
        and one_clause(text)
        and not prose_line(text)
    )


_CAPTION_CHARS = 20


def _closing_lines(item: Any, kind: str, paras: dict[int, _Para]) -> list[str] | None:
    """An item's lines when every one is a closing line: cell by cell, else a table's
    rows read across (GB/T 9704's 版记 sets the issuing office and ``…印发`` in two cells
    of one row)."""
    candidates = [_lines_of(item, kind, paras)]
    if kind == "table":
        candidates.append(
            [" ".join(c for c in map(clean, row) if c) for _, rows in _tables(item) for row in rows]
        )
    closing = closing_line if kind != "table" else _closing_row
    for lines in candidates:
        lines = [ln for ln in lines if ln]
        if lines and all(closing(ln) for ln in lines):
            return lines
    return None


def _closing_row(line: str) -> bool:
    """A line of a closing table: a closing line, or one the segmenter would take as
    one among paragraphs (抄送：…。 with its full stop, …印发), which it does not read
    in a table's cells."""
    return closing_line(line) or record_line(line, 0) is not None


def _lines_of(item: Any, kind: str, paras: dict[int, _Para]) -> list[str]:
    """A table's non-empty lines, cell by cell, row by row, or a paragraph's text."""
    if kind != "table":
        return [clean(_text_of(item, paras))]
    return [
        clean(line)
        for _, rows in _tables(item)
        for row in rows
        for cell in row
        for line in cell.split("\n")
        if line.strip()
    ]


def _above_title(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> None:
    """Lines above the title paragraph set apart by their looks alone (a cover's
    organisation in a larger size) are text: a heading opens a part of the document,
    and no part comes before its title."""
    at = next((i for i, (_, kind, _) in enumerate(plan) if kind == "title"), 0)
    for i in range(at):
        item, kind, _ = plan[i]
        p = paras.get(id(item))
        if kind == "heading" and p is not None and p.fake:
            plan[i] = (item, "body", 0)


def _fields_over_title(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> None:
    """A table of form fields over the title paragraph, labels and values by turns (a
    proposal's 提案号 | 第0123号 | 类别 | …, 联系电话 | …), says whose document it is:
    metadata, as the PDF reader takes a box of fields ruled over its title."""
    at = next((i for i, (_, kind, _) in enumerate(plan) if kind == "title"), 0)
    for i in range(at):
        item, kind, _ = plan[i]
        if kind != "table":
            continue
        rows = [row for _kind, rows in _tables(item) for row in rows]
        fields = paired_fields([[clean(c) for c in row] for row in rows])
        if fields:
            for label, value in fields:
                if value:
                    meta.setdefault(label, value)
            plan[i] = (item, "skip", 0)


SUBTITLE_STYLES = frozenset({"Subtitle", "副标题"})


def _styled_subtitle(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> None:
    """The paragraph in the ``Subtitle`` style right under the title (Word's and Google
    Docs' subtitle: an office, a draft's state) is the title's subtitle: metadata."""
    at = next((i for i, (_, kind, _) in enumerate(plan) if kind == "title"), None)
    if at is None:
        return
    for i in range(at + 1, len(plan)):
        item, kind, _ = plan[i]
        p = paras.get(id(item))
        if p is None or kind == "skip" or not p.text.strip():
            if p is None:
                return
            continue
        if p.style in SUBTITLE_STYLES:
            meta["subtitle"] = p.text.strip()
            plan[i] = (item, "skip", 0)
        return


def _record_table(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> None:
    """A table of properties right under the title, before any text (负责人 | 周明轩,
    日期 | …: a work platform's export, or 编号：… fields), is the document's record:
    metadata."""
    at = next((i for i, (_, kind, _) in enumerate(plan) if kind == "title"), None)
    if at is None:
        return
    for i in range(at + 1, len(plan)):
        item, kind, _ = plan[i]
        if kind == "skip" or (id(item) in paras and not paras[id(item)].text.strip()):
            continue
        if kind != "table":
            return
        blocks = list(_tables(item))
        if len(blocks) != 1:
            return
        rows = [r for r in blocks[0][1] if any(c.strip() for c in r)]
        fields = record_fields(rows)
        if len(rows) < 2 or not fields:
            return
        for label, value in (f for row in fields for f in row):
            meta.setdefault(label, value)
        plan[i] = (item, "skip", 0)
        return


def _cover_control_tables(
    plan: list[tuple[Any, str, int]],
    paras: dict[int, _Para],
    meta: dict[str, str],
    title: str | None,
) -> None:
    """A titled document's cover tables before its first heading or paragraph of text
    that hold its control record or sign-off (文件编号 | …, 版本 | …; 编制 | 孙志强 |
    2017.03.10; 项目编号 | …) are metadata (``control``), a row a line."""
    if title is None and not any(kind == "title" for _, kind, _ in plan):
        return
    for i, (item, kind, _) in enumerate(plan):
        p = paras.get(id(item))
        if kind == "heading" or (kind == "body" and p is not None and prose_line(p.text)):
            return
        rows = _control_rows(item) if kind == "table" else None
        if rows is None:
            continue
        labelled = [row for row in rows if row and _CONTROL_LABEL.fullmatch(squash(row[0]))]
        if 2 * len(labelled) < len(rows):
            continue
        lines = [" ".join(c for c in row if c) for row in rows]
        meta["control"] = "\n".join(filter(None, [meta.get("control", ""), *lines]))
        plan[i] = (item, "skip", 0)


# a cover's control record and sign-off rows: 文件编号, 版本, 受控状态, 编制, 审核, 批准
_CONTROL_LABEL = re.compile(
    r"(?:文件|文档|项目|合同|报告)?编号|版本号?|版次|受控状态|分发号|密级|页数|(?:生效|发布|实施|修订)日期"
    r"|编制|编写|拟制|校对|审核|审定|审批|批准|核准|会签|签发|项目负责人|承担单位|起止时间|填报日期"
)


def _text_of(item: Any, paras: dict[int, _Para]) -> str:
    p = paras.get(id(item))
    return p.text if p is not None else ""


def _title(
    plan: list[tuple[Any, str, int]],
    paras: dict[int, _Para],
    meta: dict[str, str],
    boxes: list[str],
    cover: bool,
) -> str | None:
    """The title when no paragraph is one already (``Title`` style or the lone largest
    first line): a cover's title field, else the core-properties title when the file
    shows it (in the body or a text box; templates leave stale ones), else the first
    heading before any paragraph. None: a paragraph is the title (or there is none)."""
    if any(kind == "title" for _, kind, _ in plan):
        return None
    for label in TITLE_LABELS:
        if meta.get(label):
            return meta[label]
    core = meta.get("title", "")
    shown = [paras[id(item)].text for item, _, _ in plan if id(item) in paras] + boxes
    if core and any(squash(core) == squash(t) for t in shown):
        for i, (item, _kind, _level) in enumerate(plan):
            if id(item) in paras and squash(paras[id(item)].text) == squash(core):
                plan[i] = (item, "title", 0)
                return None
        return core
    for i, (item, kind, _level) in enumerate(plan):
        if kind == "heading":
            if numbered_level(_text_of(item, paras)) is None:  # 一、… is a section
                return _split_title(plan, paras, i, meta)
            return None
        blank = kind == "body" and blank_field(_text_of(item, paras).strip(), 0) is not None
        if kind == "table" and _control_table(item):
            continue  # a cover's document-control box over its title (文件编号, 版本)
        if kind == "table" or (kind == "body" and not (_official_head(item, paras) or blank)):
            break  # text before any heading (not a form's blank 项目编号：＿＿): no title
    return None


_SPLIT_TITLE_CHARS = 80  # an official document's title runs to two or three lines
_DOC_NUMBER = re.compile(DOC_NUMBER)


def _control_table(table: Any) -> bool:
    """A small table of short cells (a cover's 文件编号/版本/受控状态 box)."""
    return _control_rows(table) is not None


def _control_rows(table: Any) -> list[list[str]] | None:
    """The rows of a small table of short cells (``_control_table``), else None."""
    rows = [[clean(c) for c in row] for _kind, rows in _tables(table) for row in rows]
    cells = [c for row in rows for c in row if c]
    small = 0 < len(rows) <= _CONTROL_ROWS and all(len(c) <= _CONTROL_CELL for c in cells)
    return rows if small else None


_CONTROL_ROWS = 8
_CONTROL_CELL = 24


def _largest_centred(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], i: int) -> int:
    """Where the title starts among a cover's centred headings from ``i``: at the
    largest of them (a programme's label or an issuer set smaller above it is the
    cover's), or on the line over it when the largest names the kind of document
    (江北新区综合管廊一期工程 over 施工组织设计, set larger). Lines above it go to the
    metadata (``cover``)."""
    run = [i]
    while run[-1] + 1 < len(plan) and plan[run[-1] + 1][1] == "heading":
        p = paras[id(plan[run[-1] + 1][0])]
        if p.heading_style or not _centred(plan[run[-1] + 1][0]) or numbered_level(p.text):
            break
        run.append(run[-1] + 1)
    sizes = [paras[id(plan[k][0])].size or 0.0 for k in run]
    top = run[sizes.index(max(sizes))]
    # a thesis cover's largest line names the kind of work (硕士学位论文): the title is
    # the centred line under it
    if _WORK_KIND.fullmatch(squash(paras[id(plan[top][0])].text)) and top != run[-1]:
        return run[run.index(top) + 1]
    # the kind of document under its subject, or a line over it that runs on (关于…的)
    while top > i and (
        DOC_KIND.fullmatch(squash(paras[id(plan[top][0])].text))
        or _RUNS_ON.search(squash(paras[id(plan[top - 1][0])].text))
    ):
        top -= 1
    return top


# the kind of work a thesis cover names in its largest type: 硕士学位论文, 本科毕业设计（论文）
_WORK_KIND = re.compile(
    r"(?:[硕博学]士|本科|专科|研究生)?(?:专业)?(?:学位|毕业|学年|课程)?(?:论文|设计)"
    r"(?:[（(](?:论文|设计)[）)])?"
)
# a title's line that stops where the title goes on: 关于某某公司申请专项资金的
_RUNS_ON = re.compile(r"(?:的|之|与|和|及|暨|关于|对于|对|在|为|以)$")


def _split_title(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], i: int, meta: dict[str, str]
) -> str | None:
    """The first heading as the title, with the unnumbered headings right after it in
    the same looks (size, weight, style): a 公文's title set by hand as two or three
    centred paragraphs, split inside a phrase (never paragraphs in a heading style:
    sections), or a line naming the kind of document (结题报告) under it in its own
    size. None: the one paragraph is the title."""
    first = paras[id(plan[i][0])]
    if first.heading_style or not _centred(plan[i][0]):
        plan[i] = (plan[i][0], "title", 0)  # Heading 1 前言, Heading 1 总则: sections
        return None
    top = _largest_centred(plan, paras, i)
    named = _named_kind(plan, paras, top)
    if named is not None:  # 提　　案 over a form, then 关于…的提案: the label is the cover's
        top = named
    if top > i:
        meta["cover"] = " ".join(
            clean(paras[id(plan[k][0])].text) for k in range(i, top) if plan[k][1] == "heading"
        )
        for k in range(i, top):
            if plan[k][1] == "heading":
                plan[k] = (plan[k][0], "skip", 0)
        i, first = top, paras[id(plan[top][0])]
    end = i + 1
    while end < len(plan) and plan[end][1] == "heading":
        p = paras[id(plan[end][0])]
        kind_line = DOC_KIND.fullmatch(squash(p.text)) is not None
        if (_looks(p) != _looks(first) and not kind_line) or numbered_level(p.text) is not None:
            break
        if p.heading_style or not _centred(plan[end][0]):
            break
        end += 1
    pieces = [clean(paras[id(item)].text) for item, _, _ in plan[i:end]]
    title = functools.reduce(join_words, pieces)
    if end == i + 1 or len(title) > _SPLIT_TITLE_CHARS or not one_clause(title):
        plan[i] = (plan[i][0], "title", 0)
        return None
    for k in range(i, end):
        plan[k] = (plan[k][0], "skip", 0)
    return title


def _named_kind(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], at: int) -> int | None:
    """Where the title is when the cover's largest line at ``at`` only names the kind
    of document (提　　案, 报　告: a word spaced out) and a centred heading after it,
    before any text (past a form's table), ends with that word (关于…的提案): that
    heading's index, else None."""
    kind = squash(paras[id(plan[at][0])].text)
    if not _KIND_WORD.fullmatch(kind):
        return None
    for k in range(at + 1, min(len(plan), at + _KIND_SPAN)):
        item, what, _level = plan[k]
        if what == "table" or what == "skip":
            continue
        text = squash(_text_of(item, paras))
        if what != "heading" or not _centred(item):
            return None  # the text starts: the label stays the title
        if text.endswith(kind) and len(text) > len(kind) and numbered_level(text) is None:
            return k
    return None


_KIND_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")
_KIND_SPAN = 6  # items after the label where the named title may stand


def _centred(p: Any) -> bool:
    """The paragraph is centred, by its own alignment or its style's."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    align = p.paragraph_format.alignment
    style = p.style
    while align is None and style is not None:
        align, style = style.paragraph_format.alignment, style.base_style
    return bool(align == WD_ALIGN_PARAGRAPH.CENTER)


def _looks(p: _Para) -> tuple[float | None, bool, str]:
    return p.size, p.bold, p.style


def _official_head(item: Any, paras: dict[int, _Para]) -> bool:
    """A line of an official document's 版头 (copy number, urgency, the issuer's mark)
    or its document number, over the title, or an empty paragraph spacing them."""
    text = clean(_text_of(item, paras))
    return (
        not text
        or OFFICIAL_HEAD.fullmatch(text) is not None
        or _DOC_NUMBER.fullmatch(text) is not None
    )


def _styled_title(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> bool:
    """A paragraph in the Title style is the title already."""
    return any(kind == "title" and paras[id(item)].style in TITLE_STYLES for item, kind, _ in plan)


def _title_like(text: str) -> bool:
    """Short, one clause, not a sentence: a cover's frame or box can hold a title."""
    return (
        bool(text)
        and len(text) <= MAX_FAKE_HEADING
        and one_clause(text)
        and not text.endswith("。")
    )


def _framed_title(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> str | None:
    """A cover's title set in a one-cell table (a frame around it) before any text, when
    no paragraph has the ``Title`` style: the title; a large first line after it (a
    date) is then text."""
    if _styled_title(plan, paras):
        return None
    first = _first_shown(plan, paras)
    if first is None or plan[first][1] != "table":
        return None
    table = plan[first][0]
    if len(table.rows) != 1 or len(table.columns) != 1:
        return None
    text = clean(_cell_content(table.cell(0, 0))[0])
    if not _title_like(text):
        return None
    plan[first] = (table, "skip", 0)
    for i, (item, kind, _level) in enumerate(plan):
        if kind == "title":
            plan[i] = (item, "body", 0)
    return text


_BANNER_ROWS = 4  # a masthead table is a few rows; a data table opening a file, more


def _banner_title(
    plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> str | None:
    """A masthead table opening the document (a 简报's name, issue and date in cells
    above, short lines only) whose lower row is one cell merged across every column
    holding one short line, when no paragraph has the ``Title`` style: that line is the
    title, the masthead's other lines metadata."""
    if _styled_title(plan, paras):
        return None
    first = _first_shown(plan, paras)
    if first is None or plan[first][1] != "table":
        return None
    rows = _banner_rows(plan[first][0])
    if rows is None:
        return None
    at = next((i for i, (spans, _) in enumerate(rows) if spans), None)
    if not at:  # none, or the first row: a data table's caption row
        return None
    lines = [ln for k, (_, cells) in enumerate(rows) if k != at for c in cells for ln in c]
    title = rows[at][1][0]
    if len(title) != 1 or not _title_like(title[0]) or not all(_masthead_line(t) for t in lines):
        return None
    plan[first] = (plan[first][0], "skip", 0)
    if lines:
        meta.setdefault("masthead", " ".join(lines))
    for i, (item, kind, _level) in enumerate(plan):
        if kind == "title":
            plan[i] = (item, "body", 0)
    return title[0]


def _first_shown(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> int | None:
    """Where the first table or paragraph with text stands in the plan."""
    return next(
        (
            i
            for i, (item, kind, _) in enumerate(plan)
            if kind == "table" or _text_of(item, paras).strip()
        ),
        None,
    )


def _banner_rows(table: Any) -> list[tuple[bool, list[list[str]]]] | None:
    """A table of two or more columns and a few rows as (whether the row is one cell
    spanning every column, each cell's non-empty lines); None for any other table."""
    width = len(table.columns)
    trs = _table_rows(table)
    if width < 2 or not 2 <= len(trs) <= _BANNER_ROWS:
        return None
    rows: list[tuple[bool, list[list[str]]]] = []
    for tr in trs:
        tcs = _flatten(tr, _BLOCK_WRAPPERS, _CELL)
        spans = len(tcs) == 1 and tr.grid_before == 0 and tcs[0].grid_span == width
        cells = [_cell_content(c)[0] for c in _row_cells(tr, table, {})]
        rows.append((spans, [[clean(ln) for ln in c.split("\n") if ln.strip()] for c in cells]))
    return rows


def _masthead_line(text: str) -> bool:
    """A masthead's line: a name, an issue, an office, a date; no sentence."""
    return len(text) <= MAX_FAKE_HEADING and not prose_line(text)


class _Form(NamedTuple):
    """A form table read into the body: where its content starts among the items (and
    so in the plan), and its label/value fields."""

    at: int
    fields: list[tuple[str, str]]


_CONTENT_CHARS = 200  # a form's value is short; a cell this long in paragraphs is text


def _unfold_forms(items: list[Any], runs_of: dict[int, _Runs]) -> list[_Form]:
    """A form table (label cells beside value cells, one value holding the text: a
    报告单 or 呈批件 whose 正文 cell is the report) is replaced among ``items`` by the
    content cell's paragraphs and tables, so they are read as the document's own
    paragraphs and headings, not as one table cell; its other fields are returned."""
    out: list[Any] = []
    forms: list[_Form] = []
    for item in items:
        form = _form_cells(item) if hasattr(item, "rows") else None
        if form is None:
            out.append(item)
            continue
        fields, content = form
        forms.append(_Form(len(out), fields))
        inner, runs = _content(content._tc, content)
        out.extend(inner)
        runs_of.update(runs)
    items[:] = out
    return forms


def _table_rows(table: Any) -> list[Any]:
    """The table's rows as Word shows them (inside content controls too, deleted rows
    left out)."""
    return [tr for tr in _flatten(table._tbl, _BLOCK_WRAPPERS, _ROW) if not _removed(tr.trPr)]


def _unfold_columns(items: list[Any], runs_of: dict[int, _Runs]) -> None:
    """A one-column table of two rows or more with the text in its cells (an 申报书
    whose form is one table: a shaded row names each section, the row under it holds
    the section's paragraphs and tables) is replaced among ``items`` by its cells'
    paragraphs and tables in order, read by their looks as the document's own: a
    one-column list of short items stays a table."""
    out: list[Any] = []
    for item in items:
        cells = _column_cells(item) if hasattr(item, "rows") else None
        parts = _sectioned_rows(item) if cells is None and hasattr(item, "rows") else None
        if cells is None and parts is None:
            out.append(item)
            continue
        for part in parts or [[c] for c in cells or []]:
            if isinstance(part, list):  # a row that is one cell across the table
                inner, runs = _content(part[0]._tc, part[0])
                out.extend(inner)
                runs_of.update(runs)
            else:
                out.append(part)  # the rows of fields between, a table of their own
    items[:] = out


_SECTION_ROWS = 2  # rows across the table naming a section: a form laid out in sections


def _sectioned_rows(table: Any) -> list[Any] | None:
    """A form whose sections are rows across the whole table (一、项目基本情况 shaded
    over its field rows, a row whose one cell holds the section's paragraphs): its
    parts in order, each a one-cell row's cell (as ``[cell]``, read as the document's
    own) or a table of the rows of several cells between them; None for any other
    table (a data table has no such rows of text)."""
    rows = _table_rows(table)
    above: dict[int, Any] = {}
    cells = [_row_cells(tr, table, above) for tr in rows]
    single = [i for i, row in enumerate(cells) if len(row) == 1]
    if len(single) < _SECTION_ROWS or len(single) == len(rows) or single[0] != 0:
        return None
    texts = {i: _cell_content(cells[i][0])[0] for i in single}
    if not any(_content_cell(t) for t in texts.values()):
        return None
    heads = [i for i in single if numbered_level(texts[i].strip()) is not None]
    if len(heads) < _SECTION_ROWS:
        return None
    parts: list[Any] = []
    run: list[Any] = []
    for i, tr in enumerate(rows):
        if i in texts:
            if run:
                parts.append(_sub_table(table, run))
                run = []
            parts.append(cells[i])
        else:
            run.append(tr)
    if run:
        parts.append(_sub_table(table, run))
    return parts


def _sub_table(table: Any, rows: list[Any]) -> Any:
    """A copy of ``table`` holding only ``rows`` (its properties and grid kept)."""
    from copy import deepcopy

    from docx.table import Table

    tbl = deepcopy(table._tbl)
    for tr in list(tbl.iterchildren(f"{_W}tr")):
        tbl.remove(tr)
    for tr in rows:
        tbl.append(deepcopy(tr))
    return Table(tbl, table._parent)


def _column_cells(table: Any) -> list[Any] | None:
    """The cells of a one-column table holding text in paragraphs, top to bottom; None
    for any other table."""
    rows = _table_rows(table)
    if len(rows) < 2:
        return None
    above: dict[int, Any] = {}
    cells = []
    for tr in rows:
        row = _row_cells(tr, table, above)
        if len(row) != 1:
            return None
        cells.append(row[0])
    if not any(_content_cell(_cell_content(c)[0]) for c in cells):
        return None
    return cells


def _form_cells(table: Any) -> tuple[list[tuple[str, str]], Any] | None:
    """A form table's fields (label, value) and its one content cell, or None. Every
    row alternates label and value cells (a label: a few characters, maybe a colon, no
    sentence), and exactly one value holds text in paragraphs; a data table whose first
    column names its rows has no long cell, or many."""
    fields: list[tuple[str, str]] = []
    content: list[Any] = []
    # a merged cell recurs in the rows it spans: read once (the elements are kept, as
    # an lxml proxy's id is reused once it is freed)
    seen: set[Any] = set()
    above: dict[int, Any] = {}
    rows = _table_rows(table)
    if len(rows) < 2:
        return None
    for tr in rows:
        cells = _row_cells(tr, table, above)
        for k in range(0, len(cells), 2):
            label = _cell_label(_cell_content(cells[k])[0])
            if label is None:
                return None
            value = cells[k + 1] if k + 1 < len(cells) else None
            if value is None or value._tc in seen:
                continue
            seen.add(value._tc)
            text, _ = _cell_content(value)
            if _content_cell(text):
                content.append(value)
            else:
                fields.append((label, clean(text)))
    return (fields, content[0]) if len(content) == 1 else None


def _cell_label(text: str) -> str | None:
    """The label a form's label cell shows (标　　题, 联系电话：), spaces out; None when
    the cell holds anything else."""
    text = clean(text)
    found = form_fields(text.rstrip("：:") + "：") if text else []
    return found[0][0] if len(found) == 1 and not found[0][1] else None


def _content_cell(text: str) -> bool:
    """Paragraphs of some length: the document's text, not a field's value."""
    paras = [line for line in text.split("\n") if line.strip()]
    return len(paras) >= 2 and len(clean(text)) >= _CONTENT_CHARS


def _form_meta(forms: list[_Form], meta: dict[str, str]) -> None:
    """A form's filled fields go to the metadata (报送单位, 承办人, 联系电话); empty ones
    (拟办意见 and 领导批示 waiting for a hand) to nowhere."""
    for form in forms:
        for label, value in form.fields:
            if value:
                meta.setdefault(label, value)


def _form_title(
    plan: list[tuple[Any, str, int]],
    paras: dict[int, _Para],
    meta: dict[str, str],
    forms: list[_Form],
) -> str | None:
    """The value of a form's title field (标题, 题目) when the form opens the document
    (only short lines above it) and no paragraph has the ``Title`` style: the title.
    The lines above the form are its letterhead (the office, the form's name, its
    number): metadata, not text or headings."""
    if _styled_title(plan, paras) or not forms:
        return None
    form = forms[0]
    title = next((v for label, v in form.fields if label in TITLE_LABELS and _title_like(v)), None)
    head = [i for i in range(form.at) if plan[i][1] == "table" or _text_of(plan[i][0], paras)]
    if title is None or not all(_letterhead_line(plan[i][0], paras) for i in head):
        return None
    lines: list[str] = []
    for i in head:
        text = _text_of(plan[i][0], paras).strip()
        fields = form_fields(text)
        for label, value in fields:
            meta.setdefault(label, value)
        if not fields:
            lines.append(text)
        plan[i] = (plan[i][0], "skip", 0)
    if lines:
        meta.setdefault("letterhead", " ".join(lines))
    for i, (item, kind, _level) in enumerate(plan):
        if kind == "title":
            plan[i] = (item, "body", 0)
    return title


def _letterhead_line(item: Any, paras: dict[int, _Para]) -> bool:
    """A short line (an office, a form's name) or a form field (编号：…), not a table
    or a sentence: a form with only these above it opens the document."""
    text = _text_of(item, paras).strip()
    if id(item) not in paras or len(text) > MAX_FAKE_HEADING:
        return False
    return bool(form_fields(text)) or not prose_line(text)


def _boxed_title(
    document: Any, plan: list[tuple[Any, str, int]], paras: dict[int, _Para], meta: dict[str, str]
) -> str | None:
    """A cover's title set in a text box anchored before any text, when no paragraph
    has the ``Title`` style and the file's properties name no title it shows: the title;
    the cover's other large lines (the issuer, a date) are then text."""
    if _styled_title(plan, paras):
        return None
    anchors = {id(item._p): i for i, (item, _, _) in enumerate(plan) if id(item) in paras}
    for box in document.element.body.iter("{*}txbxContent"):
        text, subtitle = _box_title(box)
        if not _title_like(text):
            continue
        if meta.get("title") and squash(meta["title"]) == squash(text):
            return None  # the core-properties path finds it
        at = next((anchors[id(a)] for a in box.iterancestors("{*}p") if id(a) in anchors), None)
        if at is None or any(_starts_text(item, kind, paras) for item, kind, _ in plan[:at]):
            continue
        first_text = next(
            (i for i, (item, kind, _) in enumerate(plan) if _starts_text(item, kind, paras)),
            len(plan),
        )
        for i in range(first_text):
            item, kind, _ = plan[i]
            if kind in ("heading", "title"):
                plan[i] = (item, "body", 0)
        if subtitle:
            meta["subtitle"] = subtitle
        return text
    return None


def _box_title(box: Any) -> tuple[str, str]:
    """A title box's title and its subtitle: the box's paragraphs from the first that
    opens with a dash (——对…的调查与思考) on are the subtitle, not the title."""
    paras = [_box_text(p) for p in box.iter(_W + "p")]
    at = next((i for i, t in enumerate(paras) if i and DASH_SUBTITLE.match(t.strip())), None)
    if at is None:
        return clean(_box_text(box)), ""
    return clean(functools.reduce(join_words, paras[:at], "")), clean(
        functools.reduce(join_words, paras[at:], "")
    )


def _starts_text(item: Any, kind: str, paras: dict[int, _Para]) -> bool:
    """A paragraph of text or a styled heading: where a cover page has ended."""
    p = paras.get(id(item))
    if p is None:
        return kind == "table"
    return p.styled or (kind == "body" and bool(p.text.strip()))


def _text_boxes(document: Any) -> list[str]:
    """The text of each text box (``w:txbxContent``); covers put titles in them."""
    out = []
    for box in document.element.body.iter("{*}txbxContent"):
        text = _box_text(box).strip()
        if text:
            out.append(text)
    return out


def _fake_title(paras: list[_Para], larger: list[_Para]) -> _Para | None:
    """The first paragraph, when it is the only one in the largest size (and short)."""
    first = next((p for p in paras if p.text.strip()), None)
    if first is None or first not in larger or len(first.text.strip()) > MAX_FAKE_HEADING:
        return None
    top = max(p.size or 0.0 for p in larger)
    same = [p for p in larger if p.size == top]
    return first if first.size == top and len(same) == 1 else None


def _bar(items: list[Any], progress: bool) -> Any:
    """``items``, with a progress bar on stderr when asked and the read passes a second."""
    if not progress:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="reading", unit="para", leave=False, delay=BAR_DELAY_S)


class _Styles:
    """Styles resolved once per style id: python-docx's ``paragraph.style`` and
    ``run.style`` search every style in the document on each call (the default
    style too), which made a 50,000-paragraph file take minutes to read."""

    def __init__(self) -> None:
        self.paragraph: dict[str | None, tuple[str, int | None, bool]] = {}
        self.run_bold: dict[str | None, bool] = {}
        self.paragraph_style_bold: dict[str | None, bool] = {}
        self.align: dict[str | None, int] = {}
        self.sizes: dict[tuple[str | None, str | None], float | None] = {}
        self.faces: dict[tuple[str | None, str | None], str] = {}

    def of_paragraph(self, p: Any) -> tuple[str, int | None, bool]:
        """The paragraph style's name, outline level, and whether it numbers its
        paragraphs as a list (``w:numPr`` in the style or a style it is based on)."""
        key = p._p.style
        if key not in self.paragraph:
            style = p.style
            name = style.name if style is not None else "Normal"
            value = _style_outline(style)
            self.paragraph[key] = (
                name,
                None if value is None else _level(value),
                _style_numbered(style),
            )
        return self.paragraph[key]

    def alignment(self, p: Any) -> int:
        """The paragraph's alignment, its own or its style's (0, left, by default)."""
        own = p.paragraph_format.alignment
        if own is not None:
            return int(own)
        key = p._p.style
        if key not in self.align:
            style = p.style
            while style is not None and style.paragraph_format.alignment is None:
                style = style.base_style
            self.align[key] = int(style.paragraph_format.alignment) if style is not None else 0
        return self.align[key]

    def inherited_size(self, run: Any, paragraph: Any) -> float | None:
        """The size in points Word prints a run with no size of its own in: its
        character style's, else its paragraph style's (each through the styles it is
        based on), else the document's default; None where none is set anywhere."""
        key = (run._r.style, paragraph._p.style if paragraph is not None else None)
        if key not in self.sizes:
            found = _style_size(run.style) if run._r.style is not None else None
            if found is None and paragraph is not None:
                found = _style_size(paragraph.style)
            self.sizes[key] = found if found is not None else _default_size(run.part)
        return self.sizes[key]

    def face(self, run: Any, paragraph: Any) -> str:
        """The East Asian face a run prints in: its own, else its character style's,
        else its paragraph style's (through the styles they are based on), else the
        document default's; '' where only a theme names it."""
        own = _own_face(run)
        if own:
            return own
        key = (run._r.style, paragraph._p.style if paragraph is not None else None)
        if key not in self.faces:
            found = _style_face(run.style) if run._r.style is not None else ""
            if not found and paragraph is not None:
                found = _style_face(paragraph.style)
            self.faces[key] = found or _default_face(run.part)
        return self.faces[key]

    def paragraph_bold(self, paragraph: Any) -> bool:
        """Bold by the paragraph's style (or a style it is based on), looked up once."""
        key = paragraph._p.style
        if key not in self.paragraph_style_bold:
            self.paragraph_style_bold[key] = bool(_style_flag(paragraph.style))
        return self.paragraph_style_bold[key]

    def bold(self, run: Any) -> bool:
        if run.bold is not None:
            return bool(run.bold)
        key = run._r.style
        if key not in self.run_bold:
            self.run_bold[key] = _style_bold(run.style)
        return self.run_bold[key]


class _Para:
    def __init__(
        self,
        text: str,
        style: str,
        outline: int | None,
        runs: list[Any],
        styles: _Styles,
        listed: bool = False,
        style_outline: int | None = None,
        paragraph_style: Any = None,
        list_ref: tuple[int, int] | None = None,
    ) -> None:
        self.text = text
        self.style = style
        self.outline = outline
        self.listed = listed  # numbered or bulleted by Word's list numbering
        self.list_ref = list_ref  # its list's (numId, ilvl), where it is in one
        self.list_level = list_ref[1] if list_ref is not None else 0
        self.style_outline = style_outline
        ink = [r for r in runs if r.text.strip()]
        self.bold = bool(ink) and all(styles.bold(r) for r in ink)
        # bold by its paragraph style, the runs saying nothing (a custom 条款标题 style)
        self.style_bold = (
            bool(ink)
            and paragraph_style is not None
            and all(r.bold is None and r._r.style is None for r in ink)
            and styles.paragraph_bold(paragraph_style)
        )
        # the East Asian face its runs all name (黑体 heads over 宋体 text), else ''
        faces = {styles.face(r, paragraph_style) for r in ink}
        self.face = faces.pop() if len(faces) == 1 else ""
        own = [r.font.size for r in ink]
        sizes = [size.pt for size in own if size is not None]
        # set on the runs themselves: a heading by its looks is set apart by hand
        self.size: float | None = max(sizes) if sizes and len(sizes) == len(ink) else None
        # as printed (through the styles): what the body's size is read from
        self.printed_size = self.size
        if self.size is None and ink:
            printed = [
                size.pt if size is not None else styles.inherited_size(r, paragraph_style)
                for r, size in zip(ink, own, strict=True)
            ]
            known = [size for size in printed if size is not None]
            self.printed_size = max(known) if len(known) == len(ink) else None

    @property
    def styled(self) -> bool:
        """A heading by its style (Title, Heading N), not by its looks."""
        return self.style in TITLE_STYLES or _HEADING_STYLE.match(self.style) is not None

    @property
    def fake(self) -> bool:
        """A heading, if one, by its looks alone: no heading style, outline level or
        heading numbering."""
        return not self.heading_style and self.outline is None and numbered_level(self.text) is None

    @property
    def heading_style(self) -> bool:
        """Its style makes headings: Title, Heading N, or a style with an outline level
        (a template's own 章标题); a level set on the paragraph alone does not count."""
        return self.styled or self.style_outline is not None

    @classmethod
    def of(cls, p: Any, runs: _Runs, styles: _Styles) -> _Para:
        """``runs``: the paragraph's runs as accepted (``_content``)."""
        style, style_outline, style_numbered = styles.of_paragraph(p)
        own = _outline_value(p._p.pPr)  # the paragraph's own level overrides its style's
        outline = style_outline if own is None else _level(own)
        listed = _own_numbering(p._p.pPr)
        if listed is None:
            listed = style_numbered
        text = "".join(r.text for r in runs.shown)
        ref = _list_ref(p) if listed else None
        return cls(text, style, outline, runs.looks, styles, listed, style_outline, p, ref)

    def classify(
        self, body_size: float | None, fake_sizes: list[float], body_face: str = ""
    ) -> tuple[str, int]:
        text = self.text.strip()
        # set apart from the text by its face alone (① 基坑开挖 in 黑体 over 宋体 text)
        face = bool(self.face) and bool(body_face) and self.face != body_face
        if self.style in TITLE_STYLES:
            return "title", 0
        m = _HEADING_STYLE.match(self.style)
        if m:
            return "heading", max(1, int(m.group(1)))
        if self.listed and not self.heading_style:
            # a list item (1. / (1) / a bullet from Word's numbering), even with an
            # outline level of its own: headings are numbered through their style, or
            # are bold and head text (_list_heads looks at what follows)
            return "body", 0
        if self.outline is not None and one_clause(text):
            # an outline level on a long paragraph (WPS sets them on body text) is not a heading
            return "heading", self.outline
        # a point's lead numbered as lists are, set apart, is its heading though it ends
        # as a label or a sentence does: （1）质量目标：, 第一，财政投入机制不健全。
        lead = (self.bold or face) and _point_lead(text)
        if not one_clause(text) or (prose_line(text) and numbered_level(text) is None and not lead):
            return "body", 0
        numbered = numbered_level(text)
        larger = self.size is not None and self.size in fake_sizes
        if numbered is not None and (self.bold or larger or len(text) <= _HEADING_CHARS):
            return "heading", numbered
        if larger:
            return "heading", fake_sizes.index(self.size or 0) + 1
        if (self.bold or (face and list_numbering(text) is not None)) and body_size is not None:
            return "heading", len(fake_sizes) + 1
        return "body", 0


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_BLOCKS = frozenset({_W + "p", _W + "tbl"})
# Read as if their content stood in their place. In a body or cell: content controls
# and custom XML; in a paragraph also inserted and moved-here text, links, smart tags,
# simple fields (their shown result) and bidi runs. Anything else is not text: deleted
# and moved-away runs (``w:del``, ``w:moveFrom``), comment marks, bookmarks.
_BLOCK_WRAPPERS = frozenset({_W + "sdt", _W + "customXml"})
_RUN_WRAPPERS = frozenset(
    _W + name
    for name in ("sdt", "customXml", "ins", "moveTo", "hyperlink", "smartTag", "fldSimple")
) | frozenset({_W + "dir", _W + "bdo"})
_RUN = frozenset({_W + "r"})
_ROW = frozenset({_W + "tr"})
_CELL = frozenset({_W + "tc"})
_FALSE = frozenset({"false", "0", "off"})


class _Runs(NamedTuple):
    """A paragraph's runs as shown (its text), and those that make its looks."""

    shown: list[Any]
    looks: list[Any]


def _content(el: Any, parent: Any) -> tuple[list[Any], dict[int, _Runs]]:
    """The paragraphs and tables of a body or cell in order (python-docx's
    ``iter_inner_content`` skips those inside block-level content controls), as Word
    shows them with all changes accepted, and each paragraph's runs. A paragraph whose
    mark is deleted joins the next paragraph, which keeps its own properties; one hidden
    whole is left out (a mark hidden under shown runs, Word's style separator, keeps
    the paragraph its own)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    found = _flatten(el, _BLOCK_WRAPPERS, _BLOCKS)
    items: list[Any] = []
    runs_of: dict[int, _Runs] = {}
    carry = _Runs([], [])
    for i, child in enumerate(found):
        if child.tag == _W + "tbl":
            items.append(Table(child, parent))
            continue
        p = Paragraph(child, parent)
        for r, linked in _runs(child):
            run = Run(r, p)
            carry.shown.append(run)
            if not linked:
                carry.looks.append(run)
        joins = i + 1 < len(found) and found[i + 1].tag == _W + "p"
        if joins and _removed(_mark(child)):
            continue
        if _hidden(_mark(child)) and not carry.shown:
            continue  # a paragraph hidden whole (runs and mark): nothing of it shows
        items.append(p)
        runs_of[id(p)], carry = carry, _Runs([], [])
    return items, runs_of


def _flatten(parent: Any, wrappers: frozenset[str], wanted: frozenset[str]) -> list[Any]:
    """The ``wanted`` elements among ``parent``'s children, each wrapper's shown content
    opened in its place; a loop over a stack, so deep nesting costs no recursion."""
    out: list[Any] = []
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag in wanted:
            out.append(child)
        elif child.tag in wrappers:
            shown = _shown(child)
            if shown is not None:
                stack.append(iter(shown))
    return out


def _runs(p: Any) -> list[tuple[Any, bool]]:
    """A paragraph's shown runs (``_flatten`` with the run wrappers; hidden text and
    note marks left out), each with whether it is inside a link: a link's runs wear
    the link's own look (its character style, often bold or coloured), which says
    nothing about the paragraph being a heading."""
    out: list[tuple[Any, bool]] = []
    stack = [(iter(p), False)]
    while stack:
        children, linked = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
        elif child.tag in _RUN:
            if not _hidden(child.find(_W + "rPr")) and not _note_mark(child):
                out.append((child, linked))
        elif child.tag in _RUN_WRAPPERS:
            shown = _shown(child)
            if shown is not None:
                stack.append((iter(shown), linked or child.tag == _W + "hyperlink"))
    return out


def _shown(wrapper: Any) -> Any:
    """What a wrapper shows: a content control its ``w:sdtContent``, or nothing when it
    still shows its placeholder (the template's prompt, no text of the document) or is a
    table of contents (entries that repeat the headings); others themselves."""
    if wrapper.tag != _W + "sdt":
        return wrapper
    props = wrapper.find(_W + "sdtPr")
    if props is not None:
        if _on(props.find(_W + "showingPlcHdr")) or _echo(wrapper):
            return None
        if WORD_PROMPT.fullmatch(_text_in(wrapper).strip()):
            return None  # the placeholder flag lost on a save (LibreOffice drops it)
        if _toc_control(props):
            return None
    return wrapper.find(_W + "sdtContent")


# a contents entry typed by hand: its title, a tab (dot leaders), the page (3, II, iv)
_TYPED_ENTRY = re.compile(
    r"\S.{0,80}\t[\s.·…_]*(?P<page>\d{1,3}|[IVX]{1,5}|[ivx]{1,5}|[\u2160-\u217f]{1,4})\s*"
)
_TYPED_ENTRIES = 3
_LAST_PAGE = 500


def _typed_contents(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], at: int) -> None:
    """A 目录/目次 line over three or more entries typed as title, tab and page number (a
    template's contents, not a field): the contents, left out with its label."""
    end = at + 1
    pages: list[int] = []
    while end < len(plan) and (p := paras.get(id(plan[end][0]))) is not None:
        m = _TYPED_ENTRY.fullmatch(p.text.strip(" "))
        if m is None:
            break
        if m["page"].isdigit():
            pages.append(int(m["page"]))
        end += 1
    # pages count up from the front (a list of amounts after tabs does not)
    counting = all(a <= b for a, b in pairwise(pages)) and all(n <= _LAST_PAGE for n in pages)
    if end - at - 1 < _TYPED_ENTRIES or not counting:
        end = _echoed_entries(plan, paras, at)
    if end - at - 1 >= _TYPED_ENTRIES:
        for k in range(at, end):
            plan[k] = (plan[k][0], "skip", 0)


def _echoed_entries(plan: list[tuple[Any, str, int]], paras: dict[int, _Para], at: int) -> int:
    """The end of the entries under a 目录 line at ``at`` typed without page numbers
    (a web-style contents): short lines each of which the document prints again further
    on, as the heading it lists."""
    texts = [squash(_text_of(item, paras)) for item, _kind, _level in plan]
    last = {t: k for k, t in enumerate(texts) if t}
    end = at + 1
    while end < len(plan) and 0 < len(texts[end]) <= _ENTRY_CHARS and last[texts[end]] > end:
        end += 1
    return end


_ENTRY_CHARS = 60


def _toc_control(props: Any) -> bool:
    """A content control's properties (``w:sdtPr``) say it is a table of contents."""
    gallery = props.find(f"{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and _TOC_HEAD.match(gallery.get(_W + "val", "").strip()) is not None


# a paragraph that is only mail-merge fields' placeholders (and a colon): «单位名称»：
_MERGED_ONLY = re.compile(r"(?:«[^«»]{1,30}»[\s，,、：:]*)+")


def _field_kind(p: Any) -> str:
    """The kind of the first field whose code paragraph element ``p`` holds (TOC,
    MERGEFIELD, REF…), or ""."""
    for instr in p.iter(_W + "instrText"):
        words = (instr.text or "").split()
        if words:
            return words[0].upper()
    return ""


def _toc_follows(p: Any) -> bool:
    """A table-of-contents control comes next after paragraph element ``p`` (blank
    paragraphs between): LibreOffice wraps the entries in one and leaves the 目录 line
    above it outside."""
    after = p.getnext()
    while after is not None and after.tag == _W + "p" and not _text_in(after).strip():
        after = after.getnext()
    if after is None or after.tag != _W + "sdt":
        return False
    props = after.find(_W + "sdtPr")
    return props is not None and _toc_control(props)


def _echo(sdt: Any) -> bool:
    """A copy LibreOffice (7.x) writes of the named content control right before it: it
    saves such a control as a run of adjacent controls of the same name and binding, the
    first holding the text and each later one a fragment of it followed by the whole
    text again. Word would show the control once; the copies are left out."""
    key = _sdt_key(sdt)
    if not any(key):
        return False
    first, before = sdt, sdt.getprevious()
    while before is not None and before.tag == sdt.tag and _sdt_key(before) == key:
        first, before = before, before.getprevious()
    head = _text_in(first)
    return first is not sdt and bool(head) and _text_in(sdt).endswith(head)


def _sdt_key(sdt: Any) -> tuple[str, str, str]:
    """A content control's name, tag and bound XPath (empty where it has none)."""
    props = sdt.find(_W + "sdtPr")
    if props is None:
        return "", "", ""
    return (
        _attr(props, "alias", "val"),
        _attr(props, "tag", "val"),
        _attr(props, "dataBinding", "xpath"),  # a document property, custom XML
    )


def _attr(props: Any, name: str, attr: str) -> str:
    el = props.find(_W + name)
    return el.get(_W + attr, "") if el is not None else ""


def _text_in(el: Any) -> str:
    """The text of every run inside an element, as saved."""
    return "".join(t.text or "" for t in el.iter(_W + "t"))


def _on(flag: Any) -> bool:
    """An OOXML on/off element: present and not ``w:val="false"``."""
    return flag is not None and flag.get(_W + "val", "true").lower() not in _FALSE


def _mark(p: Any) -> Any:
    """The run properties of a paragraph's mark (``w:pPr/w:rPr``), or None."""
    ppr = p.find(_W + "pPr")
    return ppr.find(_W + "rPr") if ppr is not None else None


def _removed(props: Any) -> bool:
    """A paragraph mark or table row deleted or moved away by a tracked change."""
    return props is not None and (
        props.find(_W + "del") is not None or props.find(_W + "moveFrom") is not None
    )


def _hidden(props: Any) -> bool:
    """Run properties (a run's or a paragraph mark's) that hide the text (``w:vanish``):
    a template's instructions or a reviewer's note left in, which Word neither shows
    when printing nor counts as the document's text."""
    return props is not None and _on(props.find(_W + "vanish"))


def _note_mark(run: Any) -> bool:
    """A footnote's or endnote's reference: Word numbers it itself, and a custom mark
    (``customMarkFollows``: ``*``, ``†``) typed in the run is the mark, not the text."""
    return run.find(_W + "footnoteReference") is not None or (
        run.find(_W + "endnoteReference") is not None
    )


def _cell_content(cell: Any) -> tuple[str, list[Any]]:
    """A cell's text (its paragraphs, one a line) and the tables inside it, as
    accepted; ``cell.text`` and ``cell.tables`` miss inserted runs and controls."""
    items, runs_of = _content(cell._tc, cell)
    text = "\n".join(
        "".join(r.text for r in runs_of[id(i)].shown) for i in items if id(i) in runs_of
    )
    return text, [i for i in items if id(i) not in runs_of]


def _box_text(box: Any) -> str:
    """A text box's text as accepted: its paragraphs' ``w:t`` run by run."""
    texts: list[str] = []
    for p in box.iter(_W + "p"):
        for r in _flatten(p, _RUN_WRAPPERS, _RUN):
            if not _hidden(r.find(_W + "rPr")):
                texts.extend(t.text or "" for t in r.findall(_W + "t"))
    return "".join(texts)


def _own_numbering(ppr: Any) -> bool | None:
    """The paragraph's own list numbering: True (``w:numPr`` with a list), False
    (``w:numId`` 0: its style's numbering switched off), None (none of its own)."""
    num = ppr.numPr if ppr is not None else None
    if num is None:
        return None
    return num.numId is None or num.numId.val != 0


def _list_ref(p: Any) -> tuple[int, int] | None:
    """The paragraph's list (``w:numId``) and level in it (``w:ilvl``, 0 first), each its
    own or, where it sets none, its style's (up the based-on chain)."""
    num_id: int | None = None
    ilvl: int | None = None
    holders = [p._p.pPr]
    style, seen = p.style, 0
    while style is not None and seen < 20:  # a based-on chain, cut short if it loops
        holders.append(style._element.pPr)
        style, seen = style.base_style, seen + 1
    for ppr in holders:
        num = ppr.numPr if ppr is not None else None
        if num is None:
            continue
        if num_id is None:
            num_id = _decimal(num, "numId")
        if ilvl is None:
            ilvl = _decimal(num, "ilvl")
    return None if num_id is None else (num_id, min(max(ilvl or 0, 0), 8))


def _decimal(num: Any, name: str) -> int | None:
    """``w:numPr``'s ``w:numId`` or ``w:ilvl`` value; None where absent or not a number
    (a damaged file: read as no list rather than refused)."""
    found = num.xpath(f"./w:{name}/@w:val")
    try:
        return int(found[0]) if found else None
    except ValueError:
        return None


def _style_numbered(style: Any) -> bool:
    seen = 0
    while style is not None and seen < 20:  # a based-on chain, cut short if it loops
        ppr = style._element.pPr
        own = _own_numbering(ppr)
        if own is not None:
            return own
        style, seen = style.base_style, seen + 1
    return False


def _style_outline(style: Any) -> int | None:
    """A paragraph style's outline level, its own or the nearest one up its based-on
    chain: Word inherits it, so WPS's 一级标题 based on heading 1 makes level-1 headings
    though it sets no level of its own."""
    seen = 0
    while style is not None and seen < 20:  # a based-on chain, cut short if it loops
        value = _outline_value(getattr(style, "_element", None))
        if value is not None:
            return value
        style, seen = style.base_style, seen + 1
    return None


def _style_size(style: Any) -> float | None:
    while style is not None:
        if style.font.size is not None:
            return float(style.font.size.pt)
        style = style.base_style
    return None


def _style_face(style: Any) -> str:
    while style is not None:
        rpr = style.element.rPr
        fonts = rpr.rFonts if rpr is not None else None
        if fonts is not None and fonts.get(_W + "eastAsia"):
            return str(fonts.get(_W + "eastAsia"))
        style = style.base_style
    return ""


def _default_face(part: Any) -> str:
    """``w:docDefaults``' East Asian face, '' when a theme names it or nothing does."""
    try:
        found = part.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:eastAsia")
    except AttributeError:
        return ""
    return str(found[0]) if found else ""


def _default_size(part: Any) -> float | None:
    """``w:docDefaults``' run size (half-points), None when the document sets none."""
    try:
        found = part.styles.element.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val")
    except AttributeError:  # a part with no styles (a header's runs)
        return None
    return int(found[0]) / 2 if found else None


def _style_bold(style: Any) -> bool:
    return bool(_style_flag(style))


def _style_flag(style: Any) -> bool | None:
    """A style's bold, set by it or a style it is based on; None where none sets it."""
    while style is not None:
        if style.font.bold is not None:
            return bool(style.font.bold)
        style = style.base_style
    return None


def _outline_value(el: Any) -> int | None:
    """``w:outlineLvl`` in a paragraph's or style's properties (0 = level 1, 9 = body);
    not the old one a tracked change keeps (``w:pPrChange``)."""
    if el is None:
        return None
    found = el.xpath("./w:outlineLvl/@w:val | ./w:pPr/w:outlineLvl/@w:val")
    return int(found[0]) if found else None


def _level(outline_value: int) -> int | None:
    return outline_value + 1 if outline_value < 9 else None


def _lead_runs(plan: list[tuple[Any, str, int]], paras: dict[int, _Para]) -> None:
    """Point leads taken for headings one right under another, numbered alike (1. 严禁…。
    then 2. 严禁…。), head nothing: a list's items, text."""
    leads = {
        i
        for i, (item, kind, _) in enumerate(plan)
        if kind == "heading"
        and id(item) in paras
        and paras[id(item)].fake
        and _point_lead(paras[id(item)].text.strip())
    }
    shown = [i for i, (item, kind, _) in enumerate(plan) if kind != "skip"]
    after = dict(pairwise(shown))
    run: set[int] = set()
    for i in leads:
        j = after.get(i)
        rank = list_numbering(paras[id(plan[i][0])].text.strip())
        if j in leads and list_numbering(paras[id(plan[j][0])].text.strip()) == rank:
            run.update((i, j))
    for i in run:
        plan[i] = (plan[i][0], "body", 0)


def _point_lead(text: str) -> bool:
    """A short line numbered as a list numbers its points, one clause ending in a colon
    or a full stop (（1）质量目标：, 第一，财政投入机制不健全。)."""
    return len(text) <= _LEAD_CHARS and list_numbering(text) is not None


_LEAD_CHARS = 24


def _body_face(paras: list[_Para]) -> str:
    """The East Asian face most of the text names ('' when the text leaves it to its
    style)."""
    faces: Counter[str] = Counter()
    for p in paras:
        faces[p.face] += len(p.text)
    return faces.most_common(1)[0][0] if faces else ""


def _body_size(paras: list[_Para]) -> float | None:
    """The size most of the text is printed in (through its styles: a template sets
    the body's size in its Normal or body-text style, not on the runs)."""
    sizes: Counter[float] = Counter()
    for p in paras:
        sizes[p.printed_size or 0.0] += len(p.text)
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    return size or 11.0  # no size set anywhere: Word's default counts as ordinary text


def _tables(table: Any, depth: int = 0) -> Iterator[tuple[str, list[list[str]]]]:
    """A table's rows as (kind, rows) blocks in reading order. A table inside a cell
    (``cell.text`` leaves it out) becomes a ``nested_table`` block right after the
    row that holds it; the outer table's later rows follow as another block."""
    kind = "nested_table" if depth else "table"
    rows: list[list[str]] = []
    above: dict[int, Any] = {}  # grid column -> the cell last seen there
    for tr in _flatten(table._tbl, _BLOCK_WRAPPERS, _ROW):
        if _removed(tr.trPr):
            continue  # a deleted row (tracked): gone once accepted
        cells: list[str] = []
        inner: list[Any] = []
        for cell in _row_cells(tr, table, above):
            text, tables = _cell_content(cell)
            cells.append(text)
            inner.extend(tables)
        rows.append(cells)
        if inner:
            yield kind, rows
            rows = []
            for t in inner:
                yield from _tables(t, depth + 1)
    if rows:
        yield kind, rows


_BILINGUAL_ROWS = 3  # rows of text beside their translation, the header row aside
_LATIN = re.compile(r"[A-Za-z]")


def _bilingual_rows(table: Any) -> list[tuple[Any, Any]] | None:
    """A 中英对照 table: two columns, each row's left cell Chinese and its right cell its
    English (Latin letters outnumber Han characters), in most rows: the document itself
    set beside its translation, not a table of data. Its rows' (left, right) cells,
    the header row (中文 | English) left out."""
    rows: list[tuple[Any, Any]] = []
    for tr in _flatten(table._tbl, _BLOCK_WRAPPERS, _ROW):
        cells = _row_cells(tr, table, {})
        if len(cells) != 2:
            return None
        rows.append((cells[0], cells[1]))
    texts = [(_cell_content(a)[0], _cell_content(b)[0]) for a, b in rows]
    paired = [_chinese(zh) and _english(en) for zh, en in texts]
    if sum(paired) < _BILINGUAL_ROWS or sum(paired) < 0.8 * len(rows):
        return None
    long = [(zh, en) for zh, en in texts if len(zh) > MAX_FAKE_HEADING]
    if not long or any(len(en.split()) < _WORDS_A_CHAR * len(zh) for zh, en in long):
        return None  # short cells, or a long definition beside a term: a glossary, a table
    header = len(texts[0][0]) <= _HEADER_CHARS and len(texts[0][1]) <= _HEADER_CHARS * 3
    return rows[1:] if header else rows


_HEADER_CHARS = 6  # a header row's label: 中文, 汉语, 原文
_WORDS_A_CHAR = 0.25  # a translation's English words to its Chinese characters, at least


def _chinese(text: str) -> bool:
    return len(HAN_CHAR.findall(text)) > len(_LATIN.findall(text))


def _english(text: str) -> bool:
    return len(_LATIN.findall(text)) > 2 * len(HAN_CHAR.findall(text))


def _add_bilingual(
    out: TextBuilder,
    rows: list[tuple[Any, Any]],
    styles: _Styles,
    body_size: float | None,
    fake_sizes: list[float],
) -> None:
    """A 中英对照 table read as the document it holds: each row's Chinese paragraphs as
    Word's own (headings by their looks), then its English cell as a paragraph of text."""
    for zh, en in rows:
        items, runs_of = _content(zh._tc, zh)
        for item in items:
            if id(item) not in runs_of:
                continue
            p = _Para.of(item, runs_of[id(item)], styles)
            kind, level = p.classify(body_size, fake_sizes)
            out.add("body" if kind == "title" else kind, p.text, level=level)
        out.add("body", _cell_content(en)[0])


def _row_cells(tr: Any, table: Any, above: dict[int, Any]) -> list[Any]:
    """A row's cells, those wrapped in content controls too (python-docx's ``row.cells``
    sees only direct ``w:tc`` children, its ``table.rows`` only direct rows), each once;
    a cell that continues a vertical merge is the cell above it, as in ``row.cells``."""
    from docx.table import _Cell

    out: list[Any] = []
    col = tr.grid_before
    for tc in _flatten(tr, _BLOCK_WRAPPERS, _CELL):
        cell = above.get(col) if tc.vMerge == "continue" else None
        cell = cell if cell is not None else _Cell(tc, table)
        above[col] = cell
        col += tc.grid_span
        if not any(c._tc is cell._tc for c in out):  # a merged cell counts once a row
            out.append(cell)
    return out


def _core(document: Any) -> dict[str, str]:
    props = document.core_properties
    meta: dict[str, str] = {}
    for key, value in (
        ("title", props.title),
        ("author", props.author),
        ("subject", props.subject),
        ("date", props.created),
        ("modified", props.modified),
    ):
        if value:
            meta[key] = value.date().isoformat() if hasattr(value, "date") else str(value).strip()
    return meta
