"""PDF text layer to blocks, with pdfplumber (pdfminer.six underneath; both MIT).

Characters become lines (grouped by vertical position, split at wide gaps), lines
are put in reading order (a page with a gutter is read column by column), running
headers, footers and bare page numbers are dropped, and the rest is classified by
font size and weight: the most common size is the body; larger (or bold, short) lines
are headings, ranked by size; small lines under the body at the foot of a page are
footnotes. Body lines are rebuilt into paragraphs from first-line indents, short last
lines and line spacing; a paragraph carries on across a column or page break when the
next line is not indented. Ruled tables (pdfplumber's table finder) become table
blocks. Footnotes go after the body, so they never split a paragraph. Covers and
closing records are metadata: an official document's letterhead over its red rule and
its distribution record (抄送/分送, 印发), a standard's cover (ICS code, number); an
attachment (附件 over its own title) is ranked as a document of its own.
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Any

from ..errors import InputError
from ..segmentation.metadata import DISTRIBUTION, ISSUED
from .base import (
    BYLINE_CHARS,
    BYLINE_LINES,
    CELL_SEP,
    DATE_LINE,
    FINISHED,
    ROW_SEP,
    TITLE_LABELS,
    WORD_PROMPT,
    Extracted,
    TextBuilder,
    byline_line,
    clean_prose,
    closing_line,
    closing_meta,
    fold_compat,
    form_fields,
    join_words,
    numbered_level,
    one_clause,
    prose_line,
    site_tail,
)

log = logging.getLogger(__name__)

_SENTENCE_END = tuple("。！？!?；;：:”’」』）)…")
_NUMERAL = r"(?:\d{1,4}|[ivxlcdm]{1,6}|[\u2160-\u217f]{1,4})"  # 12, xii, Ⅻ
_PAGE_NUMBER = re.compile(
    rf"[\s\-–—_·•|]*(?:第\s*)?{_NUMERAL}(?:\s*页)?"
    rf"(?:\s*(?:[/／]|of|共)\s*{_NUMERAL}\s*页?)?[\s\-–—_·•|]*"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?",
    re.I,
)
_FOOTNOTE_MARK = re.compile(r"[①-⑳⑴-⒇*†‡]|\[\d{1,3}\]|\d{1,3}[\s.)）]|注[：:\s]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_BOLD = re.compile(r"bold|heavy|black|semibold|demi|[-,]b(?:d)?$|黑体|粗", re.I)
_MARGIN_ZONE = 0.09  # top/bottom share of the page where running headers/footers live
_MAX_HEADING_CHARS = 100


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    page: int
    font: str = ""  # the dominant font, subset prefix dropped
    face: str = ""  # the dominant font of its Han characters (the font when it has none)
    column: int = 0  # 0 spans the page, 1 left, 2 right
    kind: str = "body"  # body, heading, title, footnote, table, drop
    level: int = 0
    rows: list[list[str]] = field(default_factory=list)  # for table pseudo-lines
    listed: bool = False  # a heading the table of contents lists (its level is set)
    colour: str = ""  # the fill colour of all its ink when it is one hue, not black or grey
    lead: _Lead | None = None  # a bold run opening the line in a font of its own
    run_in: bool = False  # a heading run in at the start of its paragraph's first line
    plain_number: bool = False  # a regular-weight list number before bold words


@dataclass
class _Lead:
    text: str
    font: str
    x1: float


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    rules: list[_Rule] = field(default_factory=list)  # long horizontal rules, upright pages
    # narrow tinted boxes (x0, top, x1, bottom), upright pages: a sidebar's background
    shades: list[tuple[float, float, float, float]] = field(default_factory=list)
    form: tuple[float, float] | None = None  # left and right edges of a form read as text
    fields: dict[str, str] = field(default_factory=dict)  # that form's fields, metadata


@dataclass
class _Rule:
    top: float
    x0: float
    x1: float
    red: bool


def read_pdf(data: bytes, name: str) -> Extracted:
    pages, meta = _open_pages(data, name)
    if not any(ln.text.strip() for p in pages for ln in p.lines if ln.kind != "table") and not any(
        ln.kind == "table" for p in pages for ln in p.lines
    ):
        raise InputError(
            f"{name}: no text layer: scanned document? OCR is not supported; run OCR "
            "first (for example ocrmypdf) and give the result."
        )
    _form_tails(pages)
    _drop_running_lines(pages)
    _drop_prompts(pages)
    notes = _margin_notes(pages, _body_size(_all_lines(pages)))
    contents: list[str] = []
    contents_page = 0
    last_seen = _last_pages(pages)
    for p in pages:
        opening = _page_rows(p)[:1]
        entries = _drop_contents_page(p, last_seen)
        if entries:
            contents, contents_page = contents + entries, p.number
            if p.number > 1 and opening:
                _drop_stranded_contents_title(pages[p.number - 2], opening[0])
        else:
            _drop_agenda_page(p, last_seen)
    control = [t for p in pages for t in _document_control(p)]
    # after the contents: an entry at the top of its page is no section mark
    _drop_section_marks(pages, [_edge_lines(p) for p in pages], _body_size(_all_lines(pages)))
    lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
    body = _body_size(lines)
    for p in pages:
        _mark_footnotes(p, body)
    sidebars = [t for p in pages if (t := _sidebar(p, body))]
    _mark_headings(lines, body)
    _run_in_heads(pages, body)
    lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
    for p in pages:
        _side_heads_first(p, body)
    _numbered_peers(lines)
    _drop_ordinal_marks(lines)
    if contents:
        _title_block(pages[contents_page - 1])
    if len(contents) >= _CONTENTS_MIN:
        for p in pages:
            if p.number > contents_page:
                _split_tables(p, contents, body)
        lines = [ln for p in pages for ln in p.lines if ln.kind != "drop"]
        _listed_headings(lines, contents, contents_page)
    cover: dict[str, str] = {}
    if pages:
        cover = {
            **_standard_cover(pages[0]),
            **_ruled_letterhead(pages[0], body),
            **_letterhead(pages[0]),
            **_cover_fields(pages[0]),
        }
    if pages and len(pages) > 1:
        _title_page(pages[0], meta.get("title", ""))
        cover.update(_closing_page(pages[-1]))
    if sidebars:
        cover["sidebar"] = "\n".join(sidebars)
    if control:
        cover["document_control"] = "\n\n".join(control)
    for p in pages:  # a form's fields: a field filled on an earlier page comes first
        cover = {**p.fields, **cover}
    out = _build(pages, body, meta.get("title", ""))
    out.metadata = {**meta, **out.metadata, **cover, **_unmapped_note(pages, name), **notes}
    return out


# a line that is a Word placeholder prompt, alone or as the value of a form's label
# (报送单位：单击或点击此处输入文字。): the field was never filled in
_PROMPT_LINE = re.compile(rf"(?:[^：:。]{{1,12}}[：:])?\s*(?:{WORD_PROMPT.pattern})\s*", re.I)


def _drop_prompts(pages: list[_Page]) -> None:
    """Word's stock placeholder prompts ([文档副标题], 单击或点击此处输入文字。) printed
    by a PDF export are the template's words, not the document's: their lines are
    dropped (logged), a form label holding one with them."""
    for ln in (ln for p in pages for ln in p.lines if ln.kind != "table"):
        if _PROMPT_LINE.fullmatch(ln.text.strip()):
            log.debug("pdf: page %d: a placeholder prompt left out: %s", ln.page, ln.text)
            ln.kind = "drop"


def _unmapped_note(pages: list[_Page], name: str) -> dict[str, str]:
    """Characters neither pdfminer nor PDFium could map to Unicode (``(cid:N)`` left
    after the repair) have no text to give and are left out of the text; the pages
    that lost them are named in a warning and in the metadata, never silently."""
    counts = {
        p.number: n
        for p in pages
        if (n := sum(len(_CID.findall(_line_text(ln))) for ln in p.lines if ln.kind != "drop"))
    }
    if not counts:
        return {}
    where = ", ".join(map(str, counts))
    note = f"{sum(counts.values())} on page{'s' if len(counts) > 1 else ''} {where}"
    log.warning(
        "%s: %s characters have no Unicode map in the PDF and are left out (%s); "
        "run OCR on those pages (ocrmypdf --force-ocr) for their text",
        name,
        sum(counts.values()),
        note,
    )
    return {"unmapped_characters": note}


def _line_text(ln: _Line) -> str:
    return ln.text + "".join(c or "" for row in ln.rows for c in row)


# --------------------------------------------------------------------------- open


def _open_pages(data: bytes, name: str) -> tuple[list[_Page], dict[str, str]]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            refs = _pdfium_texts(data, len(pdf.pages))
            pages: list[_Page] = []
            unmapped: list[int] = []
            for page, ref in zip(pdf.pages, refs, strict=True):
                pages.append(_read_page(page, ref))
                unmapped.append(_unmapped_chars(page))
                # pdfplumber keeps a page's parsed objects until it is closed: kept for
                # every page, a 10 MB PDF (1,800 pages) peaked at 7 GiB
                page.close()
            info = _info(pdf.metadata)
    except Exception as e:
        cause = _root(e)
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise InputError(
                f"{name}: the PDF is encrypted (password protected); save an unprotected "
                "copy and try again."
            ) from e
        raise InputError(
            f"{name}: the PDF is corrupt or truncated ({type(cause).__name__}); "
            "download or export it again."
        ) from e
    _refuse_unmapped(unmapped, name)
    return pages, info


def _name(value: Any) -> str:
    """A PDF name or string as text (pdfminer gives ``PSLiteral``s and bytes)."""
    value = getattr(value, "name", value)
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _unmapped_fonts(page: Any) -> set[str]:
    """The page's fonts whose codes say nothing about the characters: a Type0 font
    with Identity-H/V encoding, no ToUnicode map, and an embedded TrueType font
    (CIDFontType2), whose codes are its own glyph numbers. pdfminer and PDFium read
    such codes as CIDs of the collection the font names (Adobe-GB1, ...) and give
    other characters, often plausible Chinese."""
    from pdfminer.pdftypes import resolve1

    out: set[str] = set()
    fonts = resolve1((page.page_obj.resources or {}).get("Font")) or {}
    for ref in fonts.values() if isinstance(fonts, dict) else ():
        font = resolve1(ref)
        if not isinstance(font, dict) or "ToUnicode" in font:
            continue
        if _name(font.get("Subtype")) != "Type0" or not _name(font.get("Encoding")).startswith(
            "Identity-"
        ):
            continue
        descendants = resolve1(font.get("DescendantFonts")) or [None]
        cid_font = resolve1(descendants[0])
        if not isinstance(cid_font, dict) or _name(cid_font.get("Subtype")) != "CIDFontType2":
            continue
        info = resolve1(cid_font.get("CIDSystemInfo")) or {}
        descriptor = resolve1(cid_font.get("FontDescriptor")) or {}
        # Identity ordering: pdfminer reads the embedded font's own cmap instead
        if _name(resolve1(info.get("Ordering"))) != "Identity" and "FontFile2" in descriptor:
            out.add(_name(font.get("BaseFont")))
    return out


def _unmapped_chars(page: Any) -> int:
    fonts = _unmapped_fonts(page)
    if not fonts:
        return 0
    return sum(1 for c in page.chars if c.get("fontname") in fonts and str(c["text"]).strip())


def _refuse_unmapped(counts: list[int], name: str) -> None:
    """No guessed characters are passed on as Chinese: the file is refused."""
    if not any(counts):
        return
    pages = [i for i, n in enumerate(counts, 1) if n]
    where = f"page {pages[0]}" if len(pages) == 1 else f"{len(pages)} pages from {pages[0]}"
    raise InputError(
        f"{name}: {sum(counts):,} characters ({where}) are set in a font without a "
        "Unicode map (Identity-H, no ToUnicode), so their text cannot be read reliably; "
        "run OCR on the PDF (for example ocrmypdf --force-ocr) or export it again."
    )


_NO_VALUE = {"", "untitled", "(unspecified)", "anonymous", "unknown"}
_INFO_KEYS = {"Title": "title", "Author": "author", "Subject": "subject", "CreationDate": "date"}


def _info(info: dict[str, Any]) -> dict[str, str]:
    """Title, author, subject and creation date from the PDF's document information."""
    meta: dict[str, str] = {}
    for key, name in _INFO_KEYS.items():
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if not isinstance(value, str) or value.strip().lower() in _NO_VALUE:
            continue
        value = value.strip()
        m = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
        meta[name] = f"{m[1]}-{m[2]}-{m[3]}" if m else value
    return meta


def _root(e: BaseException) -> BaseException:
    seen: set[int] = set()
    while id(e) not in seen:
        seen.add(id(e))
        nxt = e.__cause__ or e.__context__
        if nxt is None and e.args and isinstance(e.args[0], BaseException):
            nxt = e.args[0]
        if nxt is None:
            break
        e = nxt
    return e


def _pdfium_texts(data: bytes, pages: int) -> list[str | None]:
    """Each page's text as PDFium reads it, to check pdfminer's characters against."""
    try:
        import pypdfium2

        doc = pypdfium2.PdfDocument(data)
        try:
            if len(doc) != pages:
                return [None] * pages
            return [str(doc[i].get_textpage().get_text_range()) for i in range(pages)]
        finally:
            doc.close()
    except Exception:  # a second opinion only: without it pdfminer's text stands
        return [None] * pages


_CID = re.compile(r"\(cid:\d+\)")


def _repair(chars: list[dict[str, Any]], reference: str | None) -> list[dict[str, Any]]:
    """Put back characters pdfminer could not map to Unicode (·, ® in some CID fonts).

    pdfminer drops them or writes ``(cid:N)``; PDFium reads them. The two character
    sequences are aligned; a run only PDFium has is inserted right after its
    neighbour (zero width, so line building is unchanged), a ``(cid:N)`` run is
    replaced. Anything else stays as pdfminer read it.
    """
    if reference is None:
        return chars
    ink = [dict(c) for c in chars if not str(c["text"]).isspace()]
    a = [str(c["text"]) for c in ink]
    b = [ch for ch in reference if not ch.isspace() and ch.isprintable()]
    if a == b or not ink:
        return chars
    extra: list[dict[str, Any]] = []
    # only what pdfminer lacks: where PDFium reads the same characters in another
    # order (turned text), the alignment "inserts" characters pdfminer already has
    missing = Counter(b) - Counter(a)
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "insert":
            anchor = ink[i1 - 1] if i1 > 0 else ink[0]
            edge = float(anchor["x1"] if i1 > 0 else anchor["x0"])
            n = j2 - j1
            for k, ch in enumerate(b[j1:j2]):
                if missing[ch] <= 0:
                    continue
                missing[ch] -= 1
                x = edge - 0.001 * (n - k) if i1 > 0 else edge - 0.001 * (n - k + 1)
                extra.append({**anchor, "text": ch, "x0": x, "x1": x + 0.0005})
        elif op == "replace" and all(_CID.fullmatch(t) for t in a[i1:i2]):
            ink[i1]["text"] = "".join(b[j1:j2])
            for c in ink[i1 + 1 : i2]:
                c["text"] = ""
    spaces = [c for c in chars if str(c["text"]).isspace()]
    return [c for c in ink if c["text"]] + spaces + extra


def _read_page(page: Any, reference: str | None = None) -> _Page:
    """The page's lines in reading order. Text drawn at 90, 180 or 270 degrees (on
    the page as displayed, after its ``/Rotate``) is turned upright first, each
    direction on its own, the most used one first: read as drawn, each character
    would be a line of its own, in no order."""
    number = int(page.page_number)
    width, height = float(page.width), float(page.height)
    tables: list[tuple[Any, Any]] = []
    forms: list[_Form] = []
    for t in _without_backdrop(page).find_tables():
        rows = t.extract()
        if _edge_band(rows, t.bbox, height):
            continue
        form = _form(t, rows)
        if form is None:
            tables.append((t.bbox, rows))
        else:
            forms.append(form)
    boxes = [b for b, _ in tables] + [f.bbox for f in forms]
    read = [box for f in forms for box in (f.content, f.title) if box is not None]
    chars = [
        c
        for c in _repair(_ocr_sequence(list(page.chars)), reference)
        if not _in_any(c, boxes) or _in_any(c, read)
    ]
    slanted = [c for c in chars if _slanted(c)]
    if slanted:  # a watermark or stamp drawn across the page (内部资料 at 45°)
        log.debug("pdf: page %d: %d characters set at a slant left out", number, len(slanted))
        chars = [c for c in chars if not _slanted(c)]
    chars = _without_line_numbers(_level_skew(chars, width, height), number)
    groups = _directions(chars) or [(0, [])]
    ordered: list[_Line] = []
    for angle, group in groups:
        turned = [_turn(c, angle, width, height) for c in group] if angle else group
        rows = _rows(turned)
        pieces = [g for row in rows for g in _split_row(row)]
        table_lines = _table_lines(tables, number) if angle == 0 else []  # as displayed
        lines = [_make_line(g, number) for g in pieces] + table_lines
        frame = (height, width) if angle in (90, 270) else (width, height)
        # the gutter is looked for between pieces parted by narrower gaps than lines:
        # two columns' lines at one height run together across a narrow gutter
        narrow = [_extent(g, number) for row in rows for g in _split_row(row, _GUTTER_GAP)]
        gutter = _gutter(narrow + table_lines, *frame)
        if gutter is not None:  # rows again, each column on its own
            pieces = _split_at_gutter(pieces, gutter)
            lines = [_make_line(g, number) for g in pieces] + table_lines
            _assign_columns(lines, gutter)
        ordered += _reading_order(lines)
    if all(angle for angle, _ in groups):  # no upright text: the tables go last
        ordered += _table_lines(tables, number)
    main = groups[0][0]
    if main:
        return _Page(number, *((height, width) if main in (90, 270) else (width, height)), ordered)
    out = _Page(number, width, height, ordered, _rules(page, width), _shades(page, width))
    for form in forms:
        _place_form(out, form)
    return out


_Box = tuple[float, float, float, float]


@dataclass
class _Form:
    """A form laid out as a table (a 报告单: label cells beside value cells) whose one
    text cell holds the document's paragraphs: that cell is read as the page's lines,
    the title field's value as the title, the other values are fields."""

    bbox: _Box
    content: _Box
    title: _Box | None
    fields: list[tuple[str, str]]


_CONTENT_CHARS = 200  # a form's value is short; a cell this long on lines is text


def _form(table: Any, rows: list[list[str | None]]) -> _Form | None:
    """The table as a form, or None. Every row alternates label cells (a few
    characters, maybe a colon, no sentence; empty where a merged text cell goes on from
    the page before) and value cells, and exactly one value is lines of text; a data
    table whose first column names its rows has no long cell, or many."""
    fields: list[tuple[str, str]] = []
    content: list[_Box] = []
    title: _Box | None = None
    for row, texts in zip(table.rows, rows, strict=True):
        cells = [(box, text or "") for box, text in zip(row.cells, texts, strict=True) if box]
        for k in range(0, len(cells), 2):
            label = _cell_label(cells[k][1])
            if label is None:
                return None
            if k + 1 == len(cells):
                continue
            box, text = cells[k + 1]
            value = _cell_text(text)
            if text.count("\n") >= 1 and len(value) >= _CONTENT_CHARS:
                content.append(box)
            elif label in TITLE_LABELS and one_clause(value) and title is None:
                title = box
            else:
                fields.append((label, value))
    if len(content) != 1:
        return None
    return _Form(tuple(table.bbox), content[0], title, fields)


def _cell_label(text: str) -> str | None:
    """The label a form's label cell shows (标　　题, 联系电话：), spaces out; "" for an
    empty cell; None when the cell holds anything else."""
    text = _cell_text(text).strip()
    if not text:
        return ""
    found = form_fields(text.rstrip("：:") + "：")
    return found[0][0] if len(found) == 1 and not found[0][1] else None


def _place_form(page: _Page, form: _Form) -> None:
    """A form's fields go to the page's metadata (empty ones, 拟办意见 waiting for a
    hand, nowhere); its title field's value is the title. A form with a title opens
    the document: the short lines above it are its letterhead (the office, the form's
    name, its number), metadata too."""
    page.form = (form.bbox[0], form.bbox[2])
    page.fields.update((label, value) for label, value in form.fields if label and value)
    if form.title is None:
        return
    for ln in page.lines:
        if _inside(ln, form.title):
            ln.kind = "title"
    above = [ln for ln in page.lines if ln.bottom <= form.bbox[1] and ln.kind != "drop"]
    if any(_prose(ln.text) or len(ln.text) > _MAX_HEADING_CHARS for ln in above):
        return
    heads: list[str] = []
    for ln in above:
        fields = form_fields(ln.text)
        page.fields.update((label, value) for label, value in fields if value)
        if not fields:
            heads.append(ln.text.strip())
        ln.kind = "meta"
    if heads:
        page.fields.setdefault("letterhead", " ".join(heads))


def _form_tails(pages: list[_Page]) -> None:
    """A table opening the page after a form's, on the same grid (its left and right
    edges), every row labels and values (拟办意见, 承办人 周晓林): the form's last rows,
    its fields metadata like the rest of it."""
    for before, page in pairwise(pages):
        live = [ln for ln in page.lines if ln.kind != "drop"]
        first = live[0] if live else None
        if before.form is None or first is None or first.kind != "table":
            continue
        if abs(first.x0 - before.form[0]) > 1.0 or abs(first.x1 - before.form[1]) > 1.0:
            continue
        pairs = [
            (_cell_label(row[k]), "".join(row[k + 1 : k + 2]))
            for row in first.rows
            for k in range(0, len(row), 2)
        ]
        if any(label is None for label, _ in pairs):
            continue
        page.fields.update((label, value) for label, value in pairs if label and value)
        first.kind = "drop"
        log.debug("pdf: page %d: a form's last rows, its fields to the metadata", page.number)


def _edge_band(rows: list[list[str | None]], bbox: tuple[float, ...], height: float) -> bool:
    """A one-row "table" wholly inside the page's top or bottom margin zone is a header or
    footer band (a slide's footline: author, short title and frame number in coloured
    boxes side by side), not a table: its text is read as lines, so the running-line
    checks see it repeated page after page instead of a table cell in the body."""
    top, bottom = float(bbox[1]), float(bbox[3])
    zone = _MARGIN_ZONE * height
    return len(rows) == 1 and (bottom <= zone or top >= height - zone)


_BACKDROP_SHARE = 0.9  # of the page's width and height: a slide's background, its frame


def _without_backdrop(page: Any) -> Any:
    """A slide (a landscape page) less its rectangles nearly as large as itself: the
    slide's background fill or frame is no table, yet pdfplumber's table finder takes
    its edges for one, and every line on the slide becomes that table's cell. Other
    pages are left as they are (a mind map's canvas is read as the table it gives)."""
    width, height = float(page.width), float(page.height)
    if width <= height:
        return page

    def keep(obj: dict[str, Any]) -> bool:
        return not (
            obj.get("object_type") == "rect"
            and float(obj["x1"]) - float(obj["x0"]) >= _BACKDROP_SHARE * width
            and float(obj["bottom"]) - float(obj["top"]) >= _BACKDROP_SHARE * height
        )

    return page.filter(keep)


_RULE_SHARE = 0.5  # of the page's width: a rule across the text block, not a cell's edge


def _rules(page: Any, width: float) -> list[_Rule]:
    """The page's horizontal rules at least half the page wide (drawn lines and the
    edges of thin rectangles), with whether they are red."""
    out: list[_Rule] = []
    for e in page.edges:
        if e.get("orientation") != "h" or float(e["x1"]) - float(e["x0"]) < _RULE_SHARE * width:
            continue
        red = _red(e.get("stroking_color")) or (
            e.get("object_type") == "rect_edge" and _red(e.get("non_stroking_color"))
        )
        out.append(_Rule(float(e["top"]), float(e["x0"]), float(e["x1"]), red))
    return out


_SIDEBAR_SHARE = 0.4  # of the page's width: a sidebar is narrower than the text beside it


def _shades(page: Any, width: float) -> list[tuple[float, float, float, float]]:
    """The page's filled rectangles in a tint (not white), at most ``_SIDEBAR_SHARE``
    of the page wide: where a sidebar may stand."""
    out: list[tuple[float, float, float, float]] = []
    for r in page.rects:
        colour = r.get("non_stroking_color")
        if not r.get("fill") or not isinstance(colour, tuple | list) or not colour:
            continue
        if not all(isinstance(v, int | float) for v in colour):
            continue
        # white is 1 in gray and RGB, 0 in every CMYK channel
        white = all(v == 0 for v in colour) if len(colour) == 4 else all(v >= 0.99 for v in colour)
        box = (float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"]))
        if not white and box[2] - box[0] <= _SIDEBAR_SHARE * width and box not in out:
            out.append(box)
    return out


def _red(colour: Any) -> bool:
    """An RGB or CMYK colour that reads red (a 公文's red rule and masthead)."""
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return False
    values = [float(v) for v in colour]
    if len(values) == 3:
        r, g, b = values
        return r >= 0.5 and g <= 0.35 and b <= 0.35
    if len(values) == 4:
        c, m, y, k = values
        return m >= 0.5 and y >= 0.5 and c <= 0.3 and k <= 0.3
    return False


def _table_lines(tables: list[tuple[Any, Any]], number: int) -> list[_Line]:
    out = []
    for (x0, top, x1, bottom), rows in tables:
        cells = [[_cell_text(c) for c in row] for row in rows]
        if any(c for row in cells for c in row):
            out.append(_Line("", x0, x1, top, bottom, 0, False, number, kind="table", rows=cells))
    return out


def _direction(c: dict[str, Any]) -> int:
    """The character's writing direction on the displayed page: 0, 90, 180 or 270
    degrees counter-clockwise, from its text matrix."""
    return _quarter(_angle(c))


def _quarter(angle: float) -> int:
    """A baseline angle (radians) to the nearest right angle, in degrees: 0 to 270."""
    return round(math.degrees(angle) / 90) % 4 * 90


def _angle(c: dict[str, Any]) -> float:
    """The character's baseline angle in radians, counter-clockwise."""
    a, b = c.get("matrix", (1.0, 0.0))[:2]
    return math.atan2(float(b), float(a))


_SLANT_DEGREES = 10.0  # this far from a right angle a character is not set along a line


def _slanted(c: dict[str, Any]) -> bool:
    """Drawn at an angle that is no multiple of 90 degrees: a watermark or a stamp."""
    angle = math.degrees(_angle(c)) % 90
    return _SLANT_DEGREES < angle < 90 - _SLANT_DEGREES


_SKEW_MIN = 0.1  # degrees: text turned less than this rises under a point along a line


def _level_skew(chars: list[dict[str, Any]], width: float, height: float) -> list[dict[str, Any]]:
    """A page scanned crooked (its OCR layer: Tesseract writes each line at its slant)
    turned back about its centre by the slant most of its upright characters share.
    Read where they stand, a slanted line's two ends fall in different rows: its
    paragraph is cut in pieces and the pieces are read out of order. The page turns as
    a whole: a word Tesseract set level stays on its line."""
    angles = [_angle(c) for c in chars]
    upright = [a for a in angles if _quarter(a) == 0]
    if not upright:
        return chars
    angle = statistics.median(upright)
    if abs(math.degrees(angle)) < _SKEW_MIN:
        return chars
    cos, sin = math.cos(angle), math.sin(angle)
    out = []
    for c, own in zip(chars, angles, strict=True):
        if _quarter(own) != 0:
            out.append(c)
            continue
        # the box's centre, from the page's centre, y up as in the text matrix
        x = (float(c["x0"]) + float(c["x1"]) - width) / 2
        y = (height - float(c["top"]) - float(c["bottom"])) / 2
        x, y = x * cos + y * sin, y * cos - x * sin
        half_w = (float(c["x1"]) - float(c["x0"])) / 2
        half_h = (float(c["bottom"]) - float(c["top"])) / 2
        mid_x, mid_y = x + width / 2, height / 2 - y
        box = {"x0": mid_x - half_w, "x1": mid_x + half_w}
        out.append({**c, **box, "top": mid_y - half_h, "bottom": mid_y + half_h})
    return out


def _directions(chars: list[dict[str, Any]]) -> list[tuple[int, list[dict[str, Any]]]]:
    groups: dict[int, list[dict[str, Any]]] = {}
    for c in chars:
        groups.setdefault(_direction(c), []).append(c)
    return sorted(groups.items(), key=lambda g: -len(g[1]))


def _turn(c: dict[str, Any], angle: int, width: float, height: float) -> dict[str, Any]:
    """The character's box in a frame where its direction reads left to right, lines
    going down (``top`` grows downwards on the page)."""
    x0, x1, top, bottom = (float(c[k]) for k in ("x0", "x1", "top", "bottom"))
    if angle == 90:  # reads upwards, the next line to its right
        box = (height - bottom, height - top, x0, x1)
    elif angle == 180:  # upside down, the next line above
        box = (width - x1, width - x0, height - bottom, height - top)
    else:  # 270: reads downwards, the next line to its left
        box = (top, bottom, width - x1, width - x0)
    return {**c, "x0": box[0], "x1": box[1], "top": box[2], "bottom": box[3]}


def _in_any(c: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _cell_text(cell: str | None) -> str:
    parts = (cell or "").split("\n")
    out = ""
    for part in parts:
        out = join_words(out, part)
    return out


_LINE_NUMBERS_MIN = 4  # numbers a page needs in its margin column to be line numbering
_LINE_NUMBER_GAP = 0.5  # sizes: a line's number stands this far left of its text at least
_LINE_NUMBER_DIGITS = 4
_ALIGNED = 1.0  # points: right-aligned numbers end at one x


@dataclass
class _Counted:
    """A bare number opening a row: a line number, if the page has a column of them."""

    value: int
    chars: list[dict[str, Any]]
    top: float
    bottom: float


def _without_line_numbers(chars: list[dict[str, Any]], page: int) -> list[dict[str, Any]]:
    """The page less a word processor's line numbering (Word's and LibreOffice's 行号,
    a legal draft's): bare numbers right-aligned in a column left of the text, one
    before each line or every n-th, counting up the page, apart from their lines'
    text. Glued to a line they would open it (13年增加 for 年增加); they are furniture."""
    upright = [c for c in chars if _direction(c) == 0]
    rows = _rows(upright)
    found = [n for row in rows if (n := _leading_number(row)) is not None]
    if len(found) < _LINE_NUMBERS_MIN:
        return chars
    right = Counter(round(float(n.chars[-1]["x1"])) for n in found).most_common(1)[0][0]
    column = [n for n in found if abs(float(n.chars[-1]["x1"]) - right) <= _ALIGNED]
    if len(column) < _LINE_NUMBERS_MIN or not _counts_lines(column, rows):
        return chars
    left = min(float(n.chars[0]["x0"]) for n in column)
    numbers = {id(c) for n in column for c in n.chars}
    size = max(float(c["size"]) for n in column for c in n.chars)
    strip = right + _LINE_NUMBER_GAP * size
    # nothing else stands in the column: numbers inside the text block are the text's
    if any(
        float(c["x0"]) < strip and float(c["x1"]) > left
        for c in upright
        if id(c) not in numbers and not str(c["text"]).isspace()
    ):
        return chars
    log.debug("pdf: page %d: %d line numbers in the margin left out", page, len(column))
    return [c for c in chars if id(c) not in numbers]


def _leading_number(row: list[dict[str, Any]]) -> _Counted | None:
    """The bare number a row opens with, set apart from what follows, or None."""
    ink = sorted((c for c in row if not str(c["text"]).isspace()), key=lambda c: c["x0"])
    digits: list[dict[str, Any]] = []
    for c in ink:
        size = max(float(c["size"]), 1.0)
        if digits and float(c["x0"]) - float(digits[-1]["x1"]) >= _LINE_NUMBER_GAP * size:
            break  # the number ends at a gap
        if not str(c["text"]).isascii() or not str(c["text"]).isdigit():
            return None  # a word or 2016年 opens the row
        digits.append(c)
    if not digits or len(digits) > _LINE_NUMBER_DIGITS or str(digits[0]["text"]) == "0":
        return None  # a count is never padded: 01, 02 number sections or boxes
    value = int("".join(str(c["text"]) for c in digits))
    top = min(float(c["top"]) for c in digits)
    return _Counted(value, digits, top, max(float(c["bottom"]) for c in digits))


def _counts_lines(column: list[_Counted], rows: list[list[dict[str, Any]]]) -> bool:
    """The numbers rise down the page, and between two of them stand no more lines
    than the values they skip: a list's item numbers skip the lines items wrap onto."""
    column = sorted(column, key=lambda n: n.top)
    bands = _bands(rows)
    for a, b in pairwise(column):
        if b.value <= a.value:
            return False
        between = sum(1 for top, bottom in bands if top > a.bottom and bottom < b.top)
        if between > b.value - a.value - 1:
            return False
    return True


def _bands(rows: list[list[dict[str, Any]]]) -> list[tuple[float, float]]:
    """Rows' vertical extents, overlapping ones merged: a superscript's row with its
    line's, so each printed line counts once."""
    spans = sorted(
        (min(float(c["top"]) for c in r), max(float(c["bottom"]) for c in r)) for r in rows if r
    )
    out: list[tuple[float, float]] = []
    for top, bottom in spans:
        if out and top < out[-1][1] - _ALIGNED:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    return out


def _rows(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Characters grouped into rows by their vertical middle."""
    rows: list[list[dict[str, Any]]] = []
    mids: list[float] = []
    for c in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        mid = (c["top"] + c["bottom"]) / 2
        if rows and abs(mid - mids[-1]) <= 0.45 * max(float(c["size"]), 1.0):
            rows[-1].append(c)
        else:
            rows.append([c])
            mids.append(mid)
    return rows


# Tesseract reads the full-width space after a heading's number as a quotation mark
# (第一章“发展回顾): a lone one there, no other in the line, is that space
_NUMBER_QUOTE = re.compile(
    r"^(\s*第\s*[一二三四五六七八九十百零〇\d]+\s*(?:章|节|条|部分|编|篇))\s*[“”\"]\s*"
)


def _ocr_number_space(text: str) -> str:
    """An OCR line's heading number set off by a space again where Tesseract read the
    space as a quotation mark; the text as it is otherwise."""
    m = _NUMBER_QUOTE.match(text)
    if m is None or any(q in text[m.end() :] for q in '“”"'):
        return text
    return f"{m[1]} {text[m.end() :]}"


def _font_of(c: dict[str, Any]) -> str:
    """A character's font name, its subset prefix (ABCDEF+) dropped."""
    return str(c.get("fontname", "")).split("+")[-1]


def _ocr_sequence(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An OCR layer's characters numbered in the order they are written (``seq``):
    Tesseract writes a word's characters together, the word's box stretched to its
    width on the scan, and a large title's word may overlap the next (战略 over 合作)."""
    if not chars or any(_font_of(c) != _OCR_FONT for c in chars):
        return chars
    return [{**c, "seq": i} for i, c in enumerate(chars)]


def _along_row(row: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A row's characters in reading order: by their left edges, but an OCR layer's
    words each kept whole, in the order their characters were written, placed by
    where the word begins (sorted by left edges, overlapping words interleave:
    战合略作)."""
    if not all("seq" in c for c in row):
        return sorted(row, key=lambda c: float(c["x0"]))
    words: list[list[dict[str, Any]]] = []  # a word: characters written one after
    for c in sorted(row, key=lambda c: int(c["seq"])):  # another, up to a space
        last = words[-1][-1] if words else None
        if last is not None and int(c["seq"]) == int(last["seq"]) + 1 and str(last["text"]).strip():
            words[-1].append(c)
        else:
            words.append([c])
    return [c for word in sorted(words, key=lambda w: float(w[0]["x0"])) for c in word]


def _split_row(row: list[dict[str, Any]], sizes: float = 1.5) -> list[list[dict[str, Any]]]:
    """A row's characters split where the horizontal gap is wide (a column gutter):
    over ``sizes`` times the type size (and 10 pt at the default)."""
    row = _along_row(row)
    out: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    floor = 10.0 if sizes >= 1.5 else 0.0
    for c in row:
        if current:
            size = max(float(c["size"]), float(current[-1]["size"]), 1.0)
            gap = c["x0"] - current[-1]["x1"]
            # a side head beside its section's first line: another size across an em
            # (a label's value on its row stays with it: 题目：…)
            resized = abs(float(c["size"]) - float(current[-1]["size"])) >= 1.0 and gap > size
            resized = resized and str(current[-1]["text"]) not in "：:"
            if gap > max(sizes * float(c["size"]), floor) or resized:
                out.append(current)
                current = []
        current.append(c)
    if current:
        out.append(current)
    return [g for g in out if "".join(str(c["text"]) for c in g).strip()]


def _extent(chars: list[dict[str, Any]], page: int) -> _Line:
    """Where the characters lie (and what they say), for finding a gutter."""
    return _Line(
        text="".join(str(c["text"]) for c in chars),
        x0=min(float(c["x0"]) for c in chars),
        x1=max(float(c["x1"]) for c in chars),
        top=min(float(c["top"]) for c in chars),
        bottom=max(float(c["bottom"]) for c in chars),
        size=0.0,
        bold=False,
        page=page,
    )


def _split_at_gutter(
    pieces: list[list[dict[str, Any]]], gutter: float
) -> list[list[dict[str, Any]]]:
    """Two columns' rows made again, each column's characters on their own: a narrow
    gutter let two lines at one height run together, and columns whose baselines are
    offset mixed their rows. Lines that span the gutter (a title, an abstract) stay."""
    spanning: list[dict[str, Any]] = []
    sides: tuple[list[dict[str, Any]], list[dict[str, Any]]] = ([], [])
    for piece in pieces:
        if _spans(piece, gutter):
            spanning += piece
        else:
            for c in piece:
                sides[(c["x0"] + c["x1"]) / 2 >= gutter].append(c)
    return [g for chars in (spanning, *sides) for row in _rows(chars) for g in _split_row(row)]


def _spans(piece: list[dict[str, Any]], gutter: float) -> bool:
    """The characters cross the gutter with no gap there (one line across both)."""
    if not (piece[0]["x0"] < gutter < piece[-1]["x1"]):
        return False
    for a, b in pairwise(piece):
        if a["x1"] <= gutter + 1 and b["x0"] >= gutter - 1:
            gap = float(b["x0"]) - float(a["x1"])
            return gap < _GUTTER_GAP * max(float(b["size"]), 1.0)
    return True


_GUTTER_GAP = 0.8  # a gap this wide (in sizes) at the gutter parts two columns' lines


def _make_line(chars: list[dict[str, Any]], page: int) -> _Line:
    text = ""
    prev: dict[str, Any] | None = None
    spaced = _han_tracking(chars)
    for c in chars:
        ch = str(c["text"])
        if prev is not None and not ch.isspace() and not text.endswith(" "):
            gap = c["x0"] - prev["x1"]
            cjk = _CJK.match(ch) or _CJK.match(str(prev["text"]))
            # an em between two Han words where the rest sit close: 韩立新　周雅静
            words = _has_han(ch) and _has_han(str(prev["text"]))
            wide = words and gap >= _NUMBER_GAP * float(c["size"]) > spaced
            if (gap > 0.25 * float(c["size"]) and not cjk) or _number_gap(prev, ch, gap) or wide:
                text += " "
        text += ch
        prev = c
    ink = [c for c in chars if not str(c["text"]).isspace()] or chars
    sizes = Counter(round(float(c["size"]) * 2) / 2 for c in ink)
    bold = all(_BOLD.search(str(c.get("fontname", ""))) for c in ink)
    fonts = Counter(_font_of(c) for c in ink)
    han = [c for c in ink if _has_han(str(c["text"]))]
    faces = Counter(_font_of(c) for c in han) or fonts
    hues = {_hue(c.get("non_stroking_color")) for c in ink}
    font = fonts.most_common(1)[0][0]
    if font == _OCR_FONT:
        text = _ocr_number_space(text)
    return _Line(
        text=" ".join(text.split()),
        x0=min(float(c["x0"]) for c in chars),
        x1=max(float(c["x1"]) for c in chars),
        top=min(float(c["top"]) for c in chars),
        bottom=max(float(c["bottom"]) for c in chars),
        size=sizes.most_common(1)[0][0],
        bold=bold,
        page=page,
        font=font,
        face=faces.most_common(1)[0][0],
        colour=hues.pop() if len(hues) == 1 else "",
        lead=_lead(ink, font),
        plain_number=_plain_number(ink),
    )


_LIST_NUMBER = re.compile(r"[(（]?\d{1,2}(?:[.．]\d{1,2}){0,3}[.．)）]?")


def _plain_number(ink: list[dict[str, Any]]) -> bool:
    """The line opens with a number in a regular weight and the words after it are
    all bold. Word sets an automatic list number in its paragraph mark's format: a
    heading style numbers in its own bold weight, a plain list paragraph whose words
    were made bold by hand keeps a regular number (a list item, not a heading)."""
    n = 0
    while n < len(ink) and re.fullmatch(r"[\d.．()（）]", str(ink[n]["text"])):
        n += 1
    head, rest = ink[:n], ink[n:]
    return (
        bool(head and rest)
        and _LIST_NUMBER.fullmatch("".join(str(c["text"]) for c in head)) is not None
        and not any(_BOLD.search(str(c.get("fontname", ""))) for c in head)
        and all(_BOLD.search(str(c.get("fontname", ""))) for c in rest)
    )


def _han_tracking(chars: list[dict[str, Any]]) -> float:
    """The usual gap between the line's neighbouring Han characters (a letter-spaced
    label, 摘　要, spaces them all alike)."""
    gaps = sorted(
        float(b["x0"]) - float(a["x1"])
        for a, b in pairwise(chars)
        if _has_han(str(a["text"])) and _has_han(str(b["text"]))
    )
    return gaps[len(gaps) // 2] if gaps else math.inf


def _lead(ink: list[dict[str, Any]], font: str) -> _Lead | None:
    """The bold run the line opens with, set in a font the line's rest is not."""
    first = _font_of(ink[0])
    if first == font or not _BOLD.search(first):
        return None
    n = next(i for i, c in enumerate(ink) if _font_of(c) != first)
    return _Lead("".join(str(c["text"]) for c in ink[:n]), first, float(ink[n - 1]["x1"]))


_HUE = 0.2  # spread between the red, green and blue parts: less is black, grey or white


def _hue(colour: Any) -> str:
    """An RGB or CMYK fill as a key (``c00000``); '' for black, grey or none: a colour
    only where it tells something (a heading's dark red, a link's blue)."""
    if not isinstance(colour, tuple | list) or not all(isinstance(v, int | float) for v in colour):
        return ""
    values = [float(v) for v in colour]
    if len(values) == 4:
        c, m, y, k = values
        values = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    if len(values) != 3 or max(values) - min(values) < _HUE:
        return ""
    return "".join(f"{round(255 * min(max(v, 0.0), 1.0)):02x}" for v in values)


_NUMBER_GAP = 0.8  # sizes: a heading's number stands an ideographic space from its words


def _number_gap(prev: dict[str, Any], ch: str, gap: float) -> bool:
    """A heading's number set apart from its words by a wide gap and no space character
    (LaTeX's ``1\\quad 范围``): a space keeps ``3.1 深化改革`` numbered, not ``3.1深化``."""
    return str(prev["text"]).isdigit() and _has_han(ch) and gap >= _NUMBER_GAP * float(prev["size"])


# ------------------------------------------------------------------ reading order


def _gutter(lines: list[_Line], width: float, height: float) -> float | None:
    """A vertical gutter that several lines on each side stop at, or None.

    Columns drift apart vertically (a heading in one pushes its lines down), so the
    gutter is found from horizontal coverage, not from rows that hold both columns.
    """
    # running headers and page numbers (not dropped yet) must not vote
    top, bottom = _MARGIN_ZONE * height, (1 - _MARGIN_ZONE) * height
    text = [ln for ln in lines if ln.kind != "table" and ln.top >= top and ln.bottom <= bottom]
    if len(text) < 6:
        return None
    return _page_gutter(text, width) or _gutter_under_front(text, width)


def _page_gutter(text: list[_Line], width: float) -> float | None:
    """A gutter down the whole text block."""
    allowed = max(2, int(0.15 * len(text)))  # headers, titles, page numbers may cross
    best: tuple[int, int] | None = None  # (score, x)
    run: list[int] = []
    for x in range(int(0.3 * width), int(0.7 * width)):
        cross = sum(1 for ln in text if ln.x0 < x < ln.x1)
        left = sum(1 for ln in text if ln.x1 <= x)
        right = sum(1 for ln in text if ln.x0 >= x)
        if cross > allowed or min(left, right) < max(3, len(text) // 10):
            continue
        score = min(left, right) - 3 * cross
        if best is None or score > best[0]:
            best, run = (score, x), [x]
        elif score == best[0] and run and x == run[-1] + 1:
            run.append(x)
    if best is None:
        return None
    return (run[0] + run[-1]) / 2


_COLUMN_LINES = 5  # lines each column needs beside the other under front matter


def _gutter_under_front(text: list[_Line], width: float) -> float | None:
    """A gutter under one-column front matter (a paper's title block and abstract, then
    two columns from a section break): lines may cross it only above the band where
    both columns have lines, and each column is mostly prose (a borderless table's
    cells are short or ragged)."""
    lo, hi = int(0.3 * width), int(0.7 * width)
    # cheap first: a page of one column has few lines clear of either side of its middle
    if min(sum(ln.x1 <= hi for ln in text), sum(ln.x0 >= lo for ln in text)) < _COLUMN_LINES:
        return None
    best: tuple[int, int] | None = None
    run: list[int] = []
    for x in range(lo, hi):
        left = [ln for ln in text if ln.x1 <= x]
        right = [ln for ln in text if ln.x0 >= x]
        if len(left) < _COLUMN_LINES or len(right) < _COLUMN_LINES:
            continue
        start = max(min(ln.top for ln in left), min(ln.top for ln in right))
        end = min(max(ln.bottom for ln in left), max(ln.bottom for ln in right))
        inside = [ln for ln in text if ln.top >= start - 1 and ln.bottom <= end + 1]
        left = [ln for ln in inside if ln.x1 <= x]
        right = [ln for ln in inside if ln.x0 >= x]
        cross = len(inside) - len(left) - len(right)
        if cross > max(2, int(0.15 * len(inside))):
            continue
        if min(len(left), len(right)) < max(_COLUMN_LINES, len(inside) // 10):
            continue
        if not (_mostly_full(left, width) and _mostly_full(right, width)):
            continue
        score = min(len(left), len(right)) - 3 * cross
        if best is None or score > best[0]:
            best, run = (score, x), [x]
        elif score == best[0] and run and x == run[-1] + 1:
            run.append(x)
    return None if best is None else (run[0] + run[-1]) / 2


_FULL = 0.7  # of the column's width: a line of running text fills its column
_COLUMN_SHARE = 0.3  # of the page's width: one of two columns of text is that wide


def _mostly_full(lines: list[_Line], width: float) -> bool:
    """A column of text: as wide as one of two, most lines filling it (a borderless
    table's cells are narrow, short or ragged)."""
    widest = max(ln.x1 - ln.x0 for ln in lines)
    if widest < _COLUMN_SHARE * width:
        return False
    full = sum(ln.x1 - ln.x0 >= _FULL * widest and len(ln.text) >= _PROSE_MIN for ln in lines)
    return 2 * full >= len(lines)


def _assign_columns(lines: list[_Line], gutter: float) -> None:
    for ln in lines:
        ln.column = 1 if ln.x1 <= gutter else 2 if ln.x0 >= gutter else 0


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; between full-width lines, the left column before the right."""
    out: list[_Line] = []
    band: list[_Line] = []

    def flush() -> None:
        out.extend(sorted(band, key=lambda ln: (ln.column, ln.top, ln.x0)))
        band.clear()

    for ln in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        if ln.column == 0:
            flush()
            out.append(ln)
        else:
            band.append(ln)
    flush()
    return out


# ------------------------------------------------------------ running lines, sizes


def _in_margin(ln: _Line, page: _Page) -> bool:
    return ln.top < _MARGIN_ZONE * page.height or ln.bottom > (1 - _MARGIN_ZONE) * page.height


def _edge_lines(page: _Page) -> list[_Line]:
    """Lines that may be running headers/footers: in the margin zone or first/last two."""
    text_lines = [ln for ln in page.lines if ln.kind != "table"]
    by_top = sorted(text_lines, key=lambda ln: ln.top)
    edge = {id(ln) for ln in by_top[:2] + by_top[-2:]}
    return [ln for ln in text_lines if id(ln) in edge or _in_margin(ln, page)]


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _sized_key(ln: _Line) -> str:
    return f"{_key(ln.text)}@{ln.size}"


def _all_lines(pages: list[_Page]) -> Iterable[_Line]:
    return (ln for p in pages for ln in p.lines)


def _drop_running_lines(pages: list[_Page]) -> None:
    """Lines at the page edges repeated on half the pages, or on half the odd or the even
    pages (alternating headers: the book's title on one side, the chapter's on the
    other), or small margin lines repeated on three pages or more (a chapter title
    over each of its pages); bare page numbers in the margins. A running line keeps its
    size from page to page: a heading whose text a section-mark header repeats in
    another size is not counted with it."""
    edges = [_edge_lines(p) for p in pages]
    seen: Counter[str] = Counter()
    by_side: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
    for page, lines in zip(pages, edges, strict=True):
        keys = {_sized_key(ln) for ln in lines}
        seen.update(keys)
        by_side[page.number % 2].update(keys)
    needed = max(2, (len(pages) + 1) // 2)
    side_needed = {
        side: max(3, (sum(p.number % 2 == side for p in pages) + 1) // 2) for side in (0, 1)
    }
    body = _body_size(ln for p in pages for ln in p.lines)
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            key = _sized_key(ln)
            repeated = len(pages) > 1 and (
                seen[key] >= needed or by_side[page.number % 2][key] >= side_needed[page.number % 2]
            )
            small = ln.size <= body + 0.25 and _in_margin(ln, page) and seen[key] >= _RUNNING_MIN
            number = _PAGE_NUMBER.fullmatch(ln.text) is not None and _in_margin(ln, page)
            if repeated or number or small:
                ln.kind = "drop"
    _drop_placed_headers(pages, edges, body)
    _drop_header_echoes(pages, edges, body)
    _drop_misread_headers(pages)
    for page in pages:
        _drop_header_rows(page, body)


_NOTE_SIZE = 0.9  # of the body size: notes in the margin are set smaller than the text
_NOTE_GAP = 1.0  # sizes of the body: a margin column stands this far off the text block
_BLOCK_LINES = 5  # body-size lines a page needs to tell where its text block lies


def _margin_notes(pages: list[_Page], body: float) -> dict[str, str]:
    """Notes in a page's side margin (a reviewer's 批注, a marginal gloss): small lines
    wholly left or right of the text block, beside its lines. They are no text of the
    document: read into the text they would split the paragraphs they stand beside, so
    they go to the metadata (``margin_notes``, one note a line), not lost."""
    notes: list[str] = []
    for page in pages:
        for group in _note_groups(_in_side_margin(page, body)):
            text = ""
            for ln in group:
                text = join_words(text, ln.text)
                ln.kind = "drop"
            log.debug("pdf: page %d: a margin note to the metadata: %s", page.number, text)
            notes.append(text)
    return {"margin_notes": "\n".join(notes)} if notes else {}


def _in_side_margin(page: _Page, body: float) -> list[_Line]:
    """The page's small lines outside its text block, left or right, beside its lines
    (a one-column page only: a column beside another is text)."""
    live = [ln for ln in page.lines if ln.kind == "body" and not _in_margin(ln, page)]
    text = [ln for ln in live if ln.size >= body - 0.25]
    if body <= 0 or len(text) < _BLOCK_LINES or any(ln.column for ln in live):
        return []
    left, right = min(ln.x0 for ln in text), max(ln.x1 for ln in text)
    top, bottom = min(ln.top for ln in text), max(ln.bottom for ln in text)
    gap = _NOTE_GAP * body
    return [
        ln
        for ln in live
        if ln.size <= _NOTE_SIZE * body
        and (ln.x1 <= left - gap or ln.x0 >= right + gap)
        and ln.top >= top - body
        and ln.bottom <= bottom + body
    ]


def _note_groups(lines: list[_Line]) -> list[list[_Line]]:
    """A note's lines: on one side, each under the last within a line's height."""
    groups: list[list[_Line]] = []
    for ln in sorted(lines, key=lambda ln: ln.top):
        under = (
            g
            for g in groups
            if abs(g[-1].x0 - ln.x0) <= ln.size and 0 <= ln.top - g[-1].bottom <= ln.size
        )
        group = next(under, None)
        if group is None:
            groups.append([ln])
        else:
            group.append(ln)
    return groups


_HEADER_ROW_GAP = 0.8  # sizes: a header's rows are set closer than the text block below


def _drop_header_rows(page: _Page, body: float) -> None:
    """A journal's header is a row or two (volume and issue, the journal, the page, the
    running title; on the first page the month too): what stands in a row of a dropped
    header or page number, or in a row of its size right under it, in the top margin
    and no larger than the text, is that header, when the rows stand apart above the text.
    At the foot only a footer's own row counts: a footnote may stand close above it."""
    zone = _MARGIN_ZONE * page.height
    top = [ln for ln in page.lines if ln.kind != "table" and ln.bottom <= zone]
    bottom = [ln for ln in page.lines if ln.kind != "table" and ln.top >= page.height - zone]
    _grow_header(page, sorted(top, key=lambda ln: ln.top), body, rows_under=True)
    _grow_header(page, sorted(bottom, key=lambda ln: -ln.bottom), body, rows_under=False)


def _grow_header(page: _Page, edge: list[_Line], body: float, rows_under: bool) -> None:
    """``edge``: the margin's lines, from the page's edge inwards."""
    cluster = [ln for ln in edge if ln.kind == "drop"]
    if not cluster:
        return
    added: list[_Line] = []
    for ln in edge:
        if ln.kind == "drop" or ln.size > body + 0.25:
            continue
        size = max(ln.size, 1.0)
        row = any(abs(o.top - ln.top) <= 0.5 * size for o in cluster)
        under = rows_under and any(
            0 <= ln.top - o.bottom < _HEADER_ROW_GAP * size and abs(o.size - ln.size) < 0.5
            for o in cluster
        )
        if row or under:
            cluster.append(ln)
            added.append(ln)
    if not added:
        return
    ids = {id(ln) for ln in added}
    inner = [ln for ln in page.lines if ln.kind not in ("drop", "table") and id(ln) not in ids]
    gap = 0.8 * max(body, 1.0)
    if rows_under:
        edge_line = max(o.bottom for o in cluster) + gap
        apart = all(ln.top >= edge_line for ln in inner)
    else:
        edge_line = min(o.top for o in cluster) - gap
        apart = all(ln.bottom <= edge_line for ln in inner)
    if apart:
        for ln in added:
            ln.kind = "drop"


_MISREAD_RATIO = 0.85  # two readings of one header by OCR differ in a character or two
_HEADER_CHARS = (6, 40)  # a header worth matching loosely: a name, not a page number


def _drop_misread_headers(pages: list[_Page]) -> None:
    """A header that OCR read a little differently on each page (办公厅 / 办公打, “ / ”)
    and in another size each time: the top lines of half the pages (two at least)
    that read nearly alike are that header, left out."""
    tops: list[_Line] = []
    for page in pages:
        live = sorted(
            (ln for ln in page.lines if ln.kind not in ("drop", "table")), key=lambda ln: ln.top
        )
        if (
            live
            and _HEADER_CHARS[0] <= len(_key(live[0].text)) <= _HEADER_CHARS[1]
            and not _prose(live[0].text)
        ):
            tops.append(live[0])
    needed = max(2, (len(pages) + 1) // 2)
    keys = [_key(ln.text) for ln in tops]
    for ln, misread in zip(tops, _read_alike(keys, needed), strict=True):
        if misread:
            ln.kind = "drop"


def _read_alike(keys: list[str], needed: int) -> list[bool]:
    """Which keys read nearly alike (``SequenceMatcher`` ratio at least
    ``_MISREAD_RATIO``) to ``needed`` keys or more, themselves included. A pair's ratio
    is computed only when a cheap upper bound of it (lengths and shared characters)
    reaches the threshold, and a key is compared only until it has enough alike or can
    no longer get enough: a long document's pages are not all compared pairwise."""
    counts = Counter(keys)
    shapes = {k: (len(k), frozenset(k)) for k in counts}
    verdict: dict[str, bool] = {}
    for key, (length, chars) in shapes.items():
        found, left = 0, len(keys)
        for other, (o_length, o_chars) in shapes.items():
            left -= counts[other]
            # each character shared counts once, a repeated one at most its repeats
            shared = len(chars & o_chars) + min(length - len(chars), o_length - len(o_chars))
            bound = 2 * min(shared, length, o_length) / (length + o_length)
            close = bound >= _MISREAD_RATIO
            if close and SequenceMatcher(None, key, other).ratio() >= _MISREAD_RATIO:
                found += counts[other]
            if found >= needed or found + left < needed:
                break
        verdict[key] = found >= needed
    return [verdict[k] for k in keys]


def _drop_header_echoes(pages: list[_Page], edges: list[list[_Line]], body: float) -> None:
    """A margin line that says what a running header says on other pages (a first
    page's own header, placed apart from the others) is that header too."""
    headers = {_key(ln.text) for lines in edges for ln in lines if ln.kind == "drop"}
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            if ln.kind == "drop" or ln.size > body + 0.25 or not _in_margin(ln, page):
                continue
            if _key(ln.text) in headers and _PAGE_NUMBER.fullmatch(ln.text) is None:
                ln.kind = "drop"


def _isolated(ln: _Line, page: _Page) -> bool:
    """Set off from every other line of its page by at least a line's height: a running
    header or footer stands apart from the text block; a body line does not."""
    size = max(ln.size, 1.0)
    gaps = [
        max(o.top - ln.bottom, ln.top - o.bottom)
        for o in page.lines
        if o is not ln and o.kind != "drop" and abs(o.top - ln.top) > 0.5 * size  # same row
    ]
    return all(g >= 0.8 * size for g in gaps)


def _band(ln: _Line, page: _Page) -> bool:
    """Above or below every other line of the page that is still text."""
    rest = [
        o
        for o in page.lines
        if o is not ln and o.kind not in ("drop", "table") and abs(o.top - ln.top) > 0.5 * ln.size
    ]
    return all(o.top >= ln.bottom for o in rest) or all(o.bottom <= ln.top for o in rest)


def _drop_placed_headers(pages: list[_Page], edges: list[list[_Line]], body: float) -> None:
    """A short document's running header (on two pages of a side): the same text, at the
    same height and size, no larger than the body, above or below the text block and set
    apart from it, on two pages or more."""
    places: dict[str, list[tuple[int, float, float]]] = {}
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            if ln.kind != "drop":
                places.setdefault(_key(ln.text), []).append((page.number, ln.top, ln.size))
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            if ln.kind == "drop" or ln.size > body + 0.25:
                continue
            same = {
                n
                for n, top, size in places[_key(ln.text)]
                if abs(top - ln.top) <= 1.5 and abs(size - ln.size) < 0.5
            }
            if len(same) >= 2 and _band(ln, page) and _isolated(ln, page):
                ln.kind = "drop"


def _heading_keys(pages: list[_Page], body: float) -> dict[str, set[tuple[float, bool]]]:
    """Texts of lines that look like headings (larger than the body or bold), with the
    sizes and weights they are set in."""
    out: dict[str, set[tuple[float, bool]]] = {}
    for p in pages:
        for ln in p.lines:
            if ln.kind == "drop" or len(ln.text) > _MAX_HEADING_CHARS:
                continue
            if ln.size >= body + 1.0 or (ln.bold and ln.size >= body - 0.25):
                out.setdefault(_contents_key(ln.text), set()).add((ln.size, ln.bold))
    return out


def _drop_section_marks(pages: list[_Page], edges: list[list[_Line]], body: float) -> None:
    """LaTeX's ``\\leftmark``/``\\rightmark`` headers: the current section's title, set
    small above the text block of each page, so the text changes from page to page. Such
    a line repeats a heading of the document in another size or weight, stands apart
    above the text, and sits in the margin or at the height of another page's header."""
    heads = _heading_keys(pages, body)
    header_tops = [ln.top for p in pages for ln in p.lines if ln.kind == "drop"]
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            key = _contents_key(ln.text)
            if ln.kind == "drop" or ln.size > body + 0.25:
                continue  # a header is set no larger than the text
            if not heads.get(key, set()) - {(ln.size, ln.bold)}:
                continue  # no such heading, or the line is that heading itself
            placed = _in_margin(ln, page) or any(abs(t - ln.top) <= 1.5 for t in header_tops)
            if placed and _band(ln, page) and _isolated(ln, page):
                ln.kind = "drop"


_RUNNING_MIN = 3  # pages a small margin line must repeat on to be a running header
_LEADER = re.compile(r"(?:[.…·．_]{3,}|\s)\s*(?:\d{1,4}|[ivxlcdm]{1,6})\s*$", re.I)
_DOTTED = re.compile(r"(?:[.…·．_]\s?){4,}")  # LaTeX spaces its dots: ". . . ."
_PAGE_REF = re.compile(r"\d{1,4}|[ivxlcdm]{1,6}", re.I)
# the heading of a table of contents (a typographic convention, not one document's)
_CONTENTS_TITLE = re.compile(r"目\s*[录次]|(?:table\s+of\s+)?contents", re.I)


def _page_rows(page: _Page) -> list[list[_Line]]:
    """The page's text lines grouped into rows (pieces a wide gap split stay together;
    a page number taken for a running footer still belongs to its entry's row; the page
    numbers' column, read after the titles', too)."""
    rows: list[list[_Line]] = []
    for ln in sorted(page.lines, key=lambda o: (o.top, o.x0)):
        if ln.kind == "table":
            continue
        if rows and abs(ln.top - rows[-1][0].top) <= 0.5 * max(ln.size, 1.0):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return [r for r in rows if any(ln.kind != "drop" for ln in r)]


def _row_text(row: list[_Line]) -> str:
    return " ".join(ln.text for ln in sorted(row, key=lambda o: o.x0))


def _contents_entry(row: list[_Line]) -> bool:
    """A table of contents' line: a title, dotted leaders and a page number, or (LaTeX's
    level-1 entries, no leaders) a title and a page number set apart at the right."""
    text = _row_text(row)
    if not _LEADER.search(text):
        return False
    last = max(row, key=lambda o: o.x1)
    return _DOTTED.search(text) is not None or (
        len(row) >= 2 and _PAGE_REF.fullmatch(last.text.strip()) is not None
    )


def _last_pages(pages: list[_Page]) -> dict[str, int]:
    """The last page each short line's text (as a contents key) appears on."""
    out: dict[str, int] = {}
    for p in pages:
        for ln in p.lines:
            if ln.kind != "drop" and len(ln.text) <= _MAX_HEADING_CHARS:
                out[_contents_key(ln.text)] = p.number
    return out


def _drop_contents_page(page: _Page, last_seen: dict[str, int]) -> list[str]:
    """A table of contents is navigation, not text: its lines are dropped, its heading
    with them. A page that is mostly entries is dropped whole; on a page shared with a
    title block (LaTeX's ``\\maketitle`` over ``\\tableofcontents``) the entries and
    the lines between them go, from the contents' heading on. Needs three entries,
    and dotted leaders, a contents heading, or entries most of which come back as lines
    of later pages (a contents without either: Word's plain tab to the page number).
    Returns the entries (their text before the leaders and page number)."""
    rows = _page_rows(page)
    marks = [_contents_entry(r) for r in rows]
    entries = [r for r, m in zip(rows, marks, strict=True) if m]
    if len(entries) < 3:
        return []
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    titled = first > 0 and _CONTENTS_TITLE.fullmatch(_row_text(rows[first - 1]).strip())
    # a borderless table (a label, a count at the right) is no contents: it needs
    # leaders, a contents heading or its entries found later, and its page numbers
    # never go back
    dotted = any(_DOTTED.search(_row_text(r)) for r in entries)
    if not (dotted or titled or _come_back(entries, page, last_seen)) or not _ascending(entries):
        return []
    if len(entries) >= 0.5 * len(rows) and first <= 1:
        # a contents page (its heading, entries, a stray line); Word's contents field
        # ends mid-page when no page break follows it: the text after it stays
        text_after = any(_prose(_row_text(r)) for r in rows[last + 1 :])
        drop = rows[: last + 1] if text_after else rows
    else:
        drop = rows[first - 1 if titled else first : last + 1]
    log.debug("pdf: page %d holds a table of contents; its lines are left out", page.number)
    for row in drop:
        for ln in row:
            ln.kind = "drop"
    return [_entry_text(r) for r in entries]


def _drop_stranded_contents_title(before: _Page, opening: list[_Line]) -> None:
    """A contents heading left alone at the foot of a page whose next page opens with
    the entries (``opening``, now dropped): Word sets the heading and lets the field
    flow on. It is furniture like the entries."""
    rows = _page_rows(before)
    if not rows or any(ln.kind != "drop" for ln in opening):
        return
    if _CONTENTS_TITLE.fullmatch(_row_text(rows[-1]).strip()):
        for ln in rows[-1]:
            ln.kind = "drop"


# a document-control block's labels: 文档修订记录, 版本历史, 变更记录, 文档审批, 审批记录
_CONTROL_LABEL = re.compile(
    r"(?:文档|文件)?(?:修订|修改|变更|版本)(?:记录|历史|履历)表?"
    r"|(?:文档|文件)(?:审批|控制|签署)(?:记录|表|页)?|审批(?:记录|表|页)"
)


def _document_control(page: _Page) -> list[str]:
    """A document-control block (a revision history, an approval table), each table
    under its label: about the file, not its text; the label and the table leave the
    text for the metadata (``document_control``)."""
    live = [ln for ln in page.lines if ln.kind in ("body", "table")]
    out: list[str] = []
    for ln, nxt in pairwise(live):
        label = re.sub(r"\s+", "", ln.text)
        if ln.kind == "body" and nxt.kind == "table" and _CONTROL_LABEL.fullmatch(label):
            rows = ROW_SEP.join(CELL_SEP.join(r) for r in nxt.rows)
            out.append(f"{label}{ROW_SEP}{rows}")
            ln.kind = nxt.kind = "drop"
    return out


_AGENDA_NUMBER = re.compile(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[ivx]{1,4})(?:[\s、.．]+|$)", re.I
)


def _agenda_title(row: list[_Line]) -> str:
    """An agenda entry's title: the row without the section number before it."""
    return _AGENDA_NUMBER.sub("", _row_text(row).strip(), count=1).strip()


def _drop_agenda_page(page: _Page, last_seen: dict[str, int]) -> None:
    """A table of contents without page numbers (a slide deck's 目录 slide, its sections
    numbered in boxes): a page whose first row is a contents heading and whose other
    rows, three or more, are each one short clause, most of them (their numbers aside)
    lines of later pages. It is navigation: the page's lines are left out."""
    rows = _page_rows(page)
    if len(rows) < 4 or not _CONTENTS_TITLE.fullmatch(_row_text(rows[0]).strip()):
        return
    entries = rows[1:]
    titles = [_agenda_title(r) for r in entries]
    if not all(t and len(t) <= _PEER_CHARS and one_clause(t) and not _prose(t) for t in titles):
        return
    later = sum(last_seen.get(_contents_key(t), 0) > page.number for t in titles)
    if later < max(3, 0.6 * len(entries)):
        _drop_outline_label(page, rows[0])
        return
    log.debug("pdf: page %d is an agenda (contents without page numbers); left out", page.number)
    for row in rows:
        for ln in row:
            ln.kind = "drop"


def _drop_outline_label(page: _Page, label: list[_Line]) -> None:
    """A slide deck's outline frame (目录 over its sections' names, printed nowhere else):
    the names are the only place the sections are named and stay, but the 目录 label over
    them is the frame's furniture, no heading of the text. Slides only (a landscape
    page): a report's 目录 may be a chapter of its own."""
    if page.width > page.height:
        for ln in label:
            log.debug("pdf: page %d: the outline's label left out: %s", page.number, ln.text)
            ln.kind = "drop"


def _come_back(entries: list[list[_Line]], page: _Page, last_seen: dict[str, int]) -> bool:
    """Most entries' titles are lines of a later page (the headings they point to)."""
    later = sum(last_seen.get(_contents_key(_entry_text(r)), 0) > page.number for r in entries)
    return later >= max(3, 0.6 * len(entries))


def _ascending(entries: list[list[_Line]]) -> bool:
    """The entries' Arabic page numbers never decrease (Roman ones, front matter, are
    not compared)."""
    numbers = []
    for row in entries:
        m = re.search(r"(\d{1,4})\s*$", _row_text(row))
        if m:
            numbers.append(int(m[1]))
    return all(a <= b for a, b in pairwise(numbers))


def _entry_text(row: list[_Line]) -> str:
    """An entry's title: the row without its leaders and page number."""
    pieces = sorted(row, key=lambda o: o.x0)
    if len(pieces) >= 2 and _PAGE_REF.fullmatch(pieces[-1].text.strip()):
        pieces = pieces[:-1]
    text = _DOTTED.split(" ".join(o.text for o in pieces))[0]
    return _LEADER.sub("", text).strip() if not _DOTTED.search(text) else text.strip()


_CONTENTS_MIN = 5  # entries a table of contents needs to decide the headings after it
_DECIMAL = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?!\d)\.?")


def _contents_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _contents_level(entry: str) -> int:
    """1.2.3 is level 3, 第一章 and unnumbered entries level 1, （一） level 2."""
    m = _DECIMAL.match(entry.strip())
    if m:
        return min(3, m[1].count(".") + 1)
    return numbered_level(entry) or 1


def _contents_levels(entries: list[str]) -> list[int]:
    """The entries' levels; a table of contents that lists parts (第一部分, 第一编) has
    every other entry (a preface, chapters, an appendix) one level under them."""
    parts = [_PART.match(e.strip()) is not None for e in entries]
    if not any(parts):
        return [_contents_level(e) for e in entries]
    return [1 if part else _contents_level(e) + 1 for e, part in zip(entries, parts, strict=True)]


def _listed_headings(lines: list[_Line], entries: list[str], after_page: int) -> None:
    """With a table of contents, the lines it lists are the headings (at its numbering's
    levels); when most of its entries are found, a heading after it that it does not
    list is text (a numbered clause, a table's row, a callout), whatever its font."""
    listed = [e for e in entries if e]
    keys = list(zip([_contents_key(e) for e in listed], _contents_levels(listed), strict=True))
    after = [ln for ln in lines if ln.kind in ("body", "heading") and ln.page > after_page]
    found = 0
    for i, ln in enumerate(after):
        if ln.kind == "drop":
            continue
        if ln.plain_number:  # a bold list item a contents field picked up stays one
            continue
        row = _same_row(after, i)
        t = _contents_key("".join(o.text for o in row))
        level = next((lv for k, lv in keys if _listed(t, k)), None)
        if level is None:
            row = _entry_over_lines(after, i, t, keys)  # 第一部分 over 回顾与形势
            level = next((lv for k, lv in keys if row and _listed(_row_key(row), k)), None)
        if level is None:
            continue
        found += 1
        for o in row[1:]:  # a heading set in two fonts is read as pieces of one row
            ln.text, ln.x1 = join_words(ln.text, o.text), max(ln.x1, o.x1)
            o.kind = "drop"
        ln.kind, ln.level, ln.listed = "heading", level, True
    if found >= 0.5 * len(keys):
        for ln in after:
            if ln.kind == "heading" and not ln.listed:
                ln.kind = "body"
    for ln in lines:  # a heading before the contents that they list (前言) takes its level
        if ln.page <= after_page and ln.kind == "heading":
            level = next((lv for k, lv in keys if _contents_key(ln.text) == k), None)
            if level is not None:
                ln.level, ln.listed = level, True


def _row_key(row: list[_Line]) -> str:
    return _contents_key("".join(o.text for o in row))


def _entry_over_lines(
    after: list[_Line], i: int, start: str, keys: list[tuple[str, int]]
) -> list[_Line]:
    """A listed heading set over two lines in one size (a part's page: 第一部分, then
    its name under it): ``after[i]`` and the next line, when together they are an
    entry that ``after[i]`` begins; else []."""
    first = after[i]
    if not start or not any(k.startswith(start) and k != start for k, _ in keys):
        return []
    nxt = next((after[j] for j in range(i + 1, len(after)) if after[j].kind != "drop"), None)
    if nxt is None or nxt.page != first.page or nxt.size != first.size:
        return []
    return [first, nxt] if any(_row_key([first, nxt]) == k for k, _ in keys) else []


def _title_block(page: _Page) -> None:
    """What a table of contents shares its page with is a title block (LaTeX's
    ``\\maketitle``: the title over its author and date): only its largest line can
    be a heading (the title); the rest is text."""
    heads = [ln for ln in page.lines if ln.kind == "heading"]
    top = max((ln.size for ln in heads), default=0.0)
    for ln in heads:
        if ln.size < top:
            ln.kind = "body"


def _split_tables(page: _Page, entries: list[str], body: float) -> None:
    """A table row that is one cell listed in the table of contents is a heading the
    table finder swallowed (Word draws frames around sections): the table is cut there."""
    listed = [e for e in entries if e]
    keys = list(zip([_contents_key(e) for e in listed], _contents_levels(listed), strict=True))
    out: list[_Line] = []
    for ln in page.lines:
        if ln.kind != "table":
            out.append(ln)
            continue
        rows: list[list[str]] = []
        for row in ln.rows:
            cells = [c for c in row if c and c.strip()]
            t = _contents_key(cells[0]) if len(cells) == 1 else ""
            level = next((lv for k, lv in keys if _listed(t, k)), None)
            if level is None:
                rows.append(row)
                continue
            if rows:
                out.append(replace(ln, rows=rows))
                rows = []
            head = replace(ln, text=cells[0].strip(), kind="heading", level=level, rows=[])
            head.size, head.listed = body, True
            out.append(head)
        if rows:
            out.append(replace(ln, rows=rows))
    page.lines = out


def _same_row(lines: list[_Line], i: int) -> list[_Line]:
    """``lines[i]`` and the lines right after it on the same row of the same page."""
    first = lines[i]
    row = [first]
    for j in range(i + 1, len(lines)):  # by index: a slice would copy the rest each time
        o = lines[j]
        if o.page != first.page or abs(o.top - first.top) > 0.5 * first.size or o.kind == "drop":
            break
        row.append(o)
    return row


def _listed(line: str, entry: str) -> bool:
    """The line is the entry, the entry's first line (wrapped), or the entry cut short."""
    if not line or not entry:
        return False
    if line == entry:
        return True
    if entry.startswith(line):
        return len(line) >= max(6, 0.6 * len(entry))
    return line.startswith(entry) and len(line) - len(entry) <= 3 and len(entry) >= 4


_LABEL = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})[：:]\s*(.*)$")
# on a scan Tesseract reads a label's colon as a semicolon too (论文题目 ; …)
_OCR_LABEL = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})\s*[：:；;]\s*(.*)$")
_OCR_SPECKS = " ，,。.、“”\"'‘’"


def _wrapped_value(first: _Line, value: str, live: list[_Line], pitch: float) -> str:
    """A field's value with the lines it wraps onto (same size, just below or one of the
    form's rows (``pitch``) below, not a label); those lines are taken out of the text."""
    prev = first
    for ln in sorted(live, key=lambda o: o.top):
        if ln.top <= prev.top or ln.kind in ("meta", "title"):
            continue
        # a cover spaces its rows wide: a line one row of the form below carries it on
        near = ln.top - prev.bottom < 0.8 * ln.size or ln.top - prev.top <= pitch + 1
        close = near and abs(ln.size - first.size) < 0.5
        if not close or _LABEL.match(ln.text) or ln.x1 <= first.x0:
            break
        value, prev = join_words(value, ln.text), ln
        ln.kind = "meta"
    return value


def _field_value(value: str) -> bool:
    """A form's value is short, not a sentence (摘要：以开放促改革。… is prose)."""
    return len(value) <= _MAX_HEADING_CHARS and not re.search(r"[。！？!?]", value)


def _cover_fields(page: _Page) -> dict[str, str]:
    """A cover page's form fields (姓名：…, 学号：…) as metadata, out of the text; the
    title field's value becomes the title. A page is a cover when it has two fields."""
    fields: list[tuple[_Line, str, _Line | None, str]] = []
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    for ln in live:
        ocr = ln.font == _OCR_FONT
        m = (_OCR_LABEL if ocr else _LABEL).match(ln.text)
        if not m:
            continue
        label, value = re.sub(r"\s+", "", m[1]), m[2].strip()
        if ocr:  # specks on a scanned form read as marks before the value: ”黄 呈 松
            value = clean_prose(value.lstrip(_OCR_SPECKS))
        partner = None
        if not value:  # the value is a separate line on the same row (an underlined blank)
            mid = (ln.top + ln.bottom) / 2
            row = [
                o
                for o in live
                if o is not ln
                and o.x0 >= ln.x1 - 1
                and abs((o.top + o.bottom) / 2 - mid) <= 0.6 * ln.size
            ]
            partner = min(row, key=lambda o: o.x0, default=None)
            value = partner.text.strip() if partner else ""
        if value and _field_value(value):
            fields.append((ln, label, partner, value))
    fields = _form_sized(fields)
    if len(fields) < 2:
        return {}
    tops = sorted(ln.top for ln, *_ in fields)
    pitch = min(b - a for a, b in pairwise(tops))  # the form's row spacing
    meta: dict[str, str] = {}
    for ln, label, partner, value in fields:
        if label in TITLE_LABELS and not any(o.kind == "title" for o in live):
            target = partner or ln
            target.text = _wrapped_value(target, value, live, pitch)
            target.kind, target.level = "title", 0
            if partner is not None:
                ln.kind = "meta"
            continue
        meta[label] = value
        ln.kind = "meta"
        if partner is not None:
            partner.kind = "meta"
    if any(ln.kind == "body" and _prose(ln.text) for ln in live):
        return meta  # fields over the text (编制单位：…), not a cover page of their own
    return {**meta, **_cover_rest(live)}


_FIELD_OUTSIZE = 1.4  # times the fields' usual size: a title with a colon, not a field


def _form_sized(
    fields: list[tuple[_Line, str, _Line | None, str]],
) -> list[tuple[_Line, str, _Line | None, str]]:
    """The fields set about the size of the page's other fields: a title whose words
    hold a colon (稳中求进：2017年展望), set far larger than the fields under it
    (an analyst's 执业证书编号：…), is the title, not a field (a title label's field,
    题目：…, set large on a thesis cover, stays a field)."""
    sizes = sorted(ln.size for ln, *_ in fields)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    return [f for f in fields if f[1] in TITLE_LABELS or f[0].size <= _FIELD_OUTSIZE * usual]


def _cover_rest(live: list[_Line]) -> dict[str, str]:
    """The rest of a cover page (the school and the kind of work over the fields, the
    date under them) says who and when, like the fields: metadata, not text."""
    rest = [ln for ln in live if ln.kind in ("body", "heading")]
    if rest and not any(ln.kind == "title" for ln in live):
        # a cover with no title field prints its title larger than all else on it
        run = _largest_run(rest)
        if all(run[0].size >= o.size + 1.0 for o in rest if not any(o is r for r in run)):
            for ln in run:
                ln.kind, ln.level = "title", 0
            rest = [ln for ln in rest if ln.kind != "title"]
    for ln in rest:
        ln.kind = "meta"
    dates = [ln.text.strip() for ln in rest if DATE_LINE.fullmatch(ln.text.strip())]
    label = " ".join(ln.text.strip() for ln in rest if ln.text.strip() not in dates)
    return {k: v for k, v in (("cover", label), ("date", " ".join(dates))) if v}


# an official document's number (GB/T 9704): 国办发〔2016〕12号, 京政发[2016]3号
_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号"
)
_LETTERHEAD_LINES = 3  # the issuer's name over the number: one to three lines
# an issue's number under a bulletin's or minutes' masthead: 第16期, 〔2015〕第3期
_ISSUE_NUMBER = re.compile(r"(?:[〔\[［(（]\s*\d{4}\s*[〕\]］)）])?\s*第\s*\d{1,4}\s*期")


def _ruled_letterhead(page: _Page, body: float) -> dict[str, str]:
    """An official document's 版头 (GB/T 9704): the issuer's mark in large type, the
    number or issue and a date over a red rule in the upper half of the first page.
    What stands above the rule is metadata; the title comes under it."""
    rule = min(
        (r for r in page.rules if r.red and r.top < page.height / 2),
        default=None,
        key=lambda r: r.top,
    )
    if rule is None:
        return {}
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table", "meta")]
    above = [ln for ln in live if ln.bottom <= rule.top]
    below = [ln for ln in live if ln.top >= rule.top]
    if not above or not below or any(_prose(ln.text) for ln in above):
        return {}
    mark = max(ln.size for ln in above)
    if mark < body + 1.0:
        return {}  # no masthead over the rule
    meta = {"issuer": " ".join(ln.text.strip() for ln in above if ln.size == mark)}
    for ln in above:
        text = ln.text.strip()
        if _DOC_NUMBER.fullmatch(text) or _ISSUE_NUMBER.fullmatch(text):
            meta["number"] = text
        elif DATE_LINE.fullmatch(text):
            meta["date"] = re.sub(r"\s+", "", text)
        ln.kind = "meta"
    log.debug("pdf: the lines over the red rule of page 1 are its letterhead")
    return meta


def _letterhead(page: _Page) -> dict[str, str]:
    """An official document's letterhead (the issuer's name in large type over the
    document's number) is metadata, not its title: the title comes after it."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    at = next((i for i, ln in enumerate(live) if _DOC_NUMBER.fullmatch(ln.text.strip())), None)
    if at is None or at > _LETTERHEAD_LINES:
        return {}
    meta = {"number": live[at].text.strip()}
    above = [ln for ln in live[:at] if ln.kind in ("heading", "title", "body")]
    if above:
        meta["issuer"] = " ".join(ln.text.strip() for ln in above)
    for ln in [*above, live[at]]:
        ln.kind = "meta"
    return meta


# a standard's cover (GB/T 1.1): 中华人民共和国国家标准, 东川省地方标准, its number
# (GB/T 7714—2015, DB36/T 835—2015) and the ICS code of its subject
_STANDARD_KIND = re.compile(r"[\u4e00-\u9fff]{0,12}(?:国家|行业|地方|团体|企业)标准")
_STANDARD_NUMBER = re.compile(
    r"(?:GB|DB\s*\d{2}|[A-Z]{2,4})(?:\s*/\s*[TZ])?\s*\d+(?:\.\d+)*\s*[—–\-]+\s*\d{4}"
)
_ICS = re.compile(r"ICS\s*\d{2}(?:\.\d{2,3})*(?:\s*[;；]\s*\d{2}(?:\.\d{2,3})*)*")
_COVER_LINES = 16  # a standard's cover: codes, kind, number, title, dates, issuer


def _standard_cover(page: _Page) -> dict[str, str]:
    """A standard's cover (its kind over its number, with the ICS code or the number
    itself): the largest Chinese line other than the kind is the title (with the lines
    of its size right under it); codes, kind, number, dates and issuer are metadata."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    if not live or len(live) > _COVER_LINES or any(_prose(ln.text) for ln in live):
        return {}
    flat = [re.sub(r"\s+", "", ln.text) for ln in live]
    kind = next((i for i, t in enumerate(flat) if _STANDARD_KIND.fullmatch(t)), None)
    number = next((ln for ln in live if _STANDARD_NUMBER.fullmatch(ln.text.strip())), None)
    ics = next((ln for ln in live if _ICS.fullmatch(ln.text.strip())), None)
    if kind is None or (number is None and ics is None):
        return {}
    named = [
        ln
        for i, ln in enumerate(live)
        if i != kind and _mostly_chinese(ln.text) and not re.search(r"\d|发布$", flat[i])
    ]
    if not named:
        return {}
    top = max(ln.size for ln in named)
    first = next(ln for ln in named if ln.size == top)
    run = [first]
    for ln in named[named.index(first) + 1 :]:
        if ln.size != top or ln.top - run[-1].bottom >= ln.size:
            break
        run.append(ln)
    meta = {"standard": flat[kind]}
    if number is not None:
        meta["number"] = number.text.strip()
    if ics is not None:
        meta["ics"] = ics.text.strip()
    for ln in live:
        ln.kind, ln.level = ("title", 0) if any(ln is r for r in run) else ("meta", 0)
    log.debug("pdf: page %d is a standard's cover; its codes are metadata", page.number)
    return meta


_TITLE_PAGE_LINES = 10  # a title page holds the title, a subtitle, authors, a date


def _title_page(page: _Page, info_title: str = "") -> None:
    """A first page of a few short lines and no prose is a title page (LaTeX's
    ``titlepage``, a Word cover): its largest line (with the lines of the same size
    right under it) is the title, whatever the chapters' size; its other lines are
    text (authors, a date), not headings. A line that reads as the document-info
    ``/Title`` is the title whatever its size: a Word cover's title field is bound to
    that property, and a converter may print it at the body's size."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table", "meta")]
    if any(ln.kind == "title" for ln in live) or not live or len(live) > _TITLE_PAGE_LINES:
        return
    if any(_prose(ln.text) or len(ln.text) > _MAX_HEADING_CHARS for ln in live):
        return
    want = _contents_key(info_title)
    run = [ln for ln in live if want and _contents_key(ln.text) == want][:1]
    if not run:
        run = _largest_run(live)
        if run[0].size < _body_size(live) + 1.0 and not run[0].bold:
            return  # nothing set apart: not a title
    for ln in live:
        ln.kind, ln.level = ("title", 0) if any(ln is r for r in run) else ("body", 0)


def _largest_run(live: list[_Line]) -> list[_Line]:
    """The page's first line in its largest size, with the lines of that size right
    under it (a title wrapping onto a second line). Lines with no word are not
    weighed: a speck on a scan, read as a large full stop, is no title."""
    live = [ln for ln in live if _WORD.search(ln.text)] or live
    top = max(ln.size for ln in live)
    first = next(i for i, ln in enumerate(live) if ln.size == top)
    run = [live[first]]
    for ln in live[first + 1 :]:
        if not _sized_alike(ln, run[0]) or ln.top - run[-1].bottom >= ln.size:
            break
        run.append(ln)
    return run


_WORD = re.compile(r"[^\W_]")  # a letter, digit or Han character

# a presentation's closing words: 谢谢！, 敬请批评指正, 感谢聆听, Thank you, Q&A
_CLOSING = re.compile(
    r"谢\s*谢|感谢(?:聆听|观看|各位|大家|您)|批评指正|欢迎指正|thank\s*(?:s|you)|q\s*&\s*a", re.I
)
_CLOSING_LINES = 2  # a closing slide: its words on a line or two, nothing else


def _closing_page(page: _Page) -> dict[str, str]:
    """A last page holding only a line or two of closing words (a slide deck's thanks
    slide) closes the presentation: not its text, kept as metadata (``closing``)."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "meta")]
    if not live or len(live) > _CLOSING_LINES or any(ln.kind == "table" for ln in live):
        return {}
    text = " ".join(ln.text.strip() for ln in live)
    if len(text) > _PEER_CHARS or not _CLOSING.search(text):
        return {}
    for ln in live:
        ln.kind = "meta"
    return {"closing": text}


_MONO = re.compile(r"mono|courier|consol|typewriter|code|cmtt|lmmono|menlo|fixed", re.I)
_PROSE_MIN = 8  # characters: shorter lines (figure labels, table cells) say little


def _body_size(lines: Iterable[_Line]) -> float:
    """The size most of the prose is set in. Code (a monospaced font) and short lines
    (a figure's labels) do not vote, so pages of listings or charts cannot outweigh the
    text; without prose every line votes."""
    sizes: Counter[float] = Counter()
    prose: Counter[float] = Counter()
    for ln in lines:
        if ln.kind == "body":
            n = len(ln.text.replace(" ", ""))
            sizes[ln.size] += n
            if n >= _PROSE_MIN and not _MONO.search(ln.font):
                prose[ln.size] += n
    votes = prose or sizes
    return votes.most_common(1)[0][0] if votes else 0.0


_BESIDE_LINES = 3  # text lines level with a box, outside it: the box stands beside the text


def _inside(ln: _Line, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1 and ln.top >= top - 1 and ln.bottom <= bottom + 1


def _sidebar(page: _Page, body: float) -> str:
    """A tinted box beside the text holding type smaller than the text (a research
    report's analyst sidebar: names, certificate numbers, related reports) is not the
    text: its lines go to the metadata (``sidebar``), joined by newlines; "" if none."""
    found: list[str] = []
    for box in page.shades:
        live = [ln for ln in page.lines if ln.kind not in ("drop", "table", "meta")]
        inner = [ln for ln in live if _inside(ln, box)]
        beside = [
            ln
            for ln in live
            if not _inside(ln, box)
            and ln.top < box[3]
            and ln.bottom > box[1]
            and ln.size >= body - 0.25
        ]
        small = sum(len(ln.text) for ln in inner if ln.size < body - 0.25)
        if len(beside) < _BESIDE_LINES or small <= 0.5 * sum(len(ln.text) for ln in inner):
            continue
        for ln in inner:
            ln.kind = "meta"
        found.append("\n".join(ln.text.strip() for ln in inner))
    return "\n".join(found)


def _mark_footnotes(page: _Page, body: float) -> None:
    """Small lines below the last body-size line of their column (or of the page)."""
    live = [ln for ln in page.lines if ln.kind == "body"]
    for ln in live:
        if ln.size > 0.85 * body:
            continue
        if ln.font == _OCR_FONT and _ocr_numbered(ln.text, whole=False):
            continue  # an OCR layer's sizes mislead; a footnote opens with ① or 1, not 一、
        normal = [
            o.bottom
            for o in live
            if o.size >= body - 0.25 and (ln.column == 0 or o.column in (0, ln.column))
        ]
        if normal and ln.top >= max(normal):
            ln.kind = "footnote"


_CAPTION = re.compile(
    r"(?:附?表|附?图|table|fig(?:ure)?\.?)\s*[\dA-Z一二三四五六七八九十]+(?:[.\-－—–]\d+)*(?:\s|[：:．.]|$)",
    re.I,
)


# a date to fill in (日期：20  年  月  日): a form's signature line, no heading
_BLANK_DATE = re.compile(r"年\s*月\s*日\s*$")


_OCR_FONT = "GlyphLessFont"  # the invisible font of Tesseract's text layer (ocrmypdf)


def _ocr_numbered(text: str, whole: bool = True) -> bool:
    """A short clause (``whole``: else any line) opening with a heading number, OCR's
    spaces aside (（一 ）) and its usual misreading of the bracket (《一 ) for （一）)."""
    squeezed = _ocr_number_text(text)
    if numbered_level(squeezed) is None:
        return False
    return not whole or (len(squeezed) <= 40 and one_clause(squeezed))


# Tesseract's chi_sim reads a full-width opening bracket as 《 or 〈 before a numeral
_OCR_BRACKET = re.compile(r"^[《〈（(]([一二三四五六七八九十]{1,3})[)）》〉]")


def _ocr_number_text(text: str) -> str:
    """An OCR line as its heading number is read: no spaces, 《一 ) as （一）."""
    return _OCR_BRACKET.sub(r"（\1）", "".join(text.split()), count=1)


def _mark_headings(lines: list[_Line], body: float) -> None:
    live = [ln for ln in lines if ln.kind == "body"]
    body_bold = _body_bold(live, body)
    fonts: Counter[str] = Counter()
    for ln in live:
        if ln.size == body:
            fonts[ln.font] += len(ln.text)
    body_font = fonts.most_common(1)[0][0] if fonts else ""
    body_face = _body_face(live, body)
    centres = _page_centres(live)
    right = _page_right(live)
    on_page: dict[int, list[_Line]] = {}
    for ln in live:
        on_page.setdefault(ln.page, []).append(ln)
    prev: _Line | None = None
    for i, ln in enumerate(live):
        if _small_label(ln, live[i + 1] if i + 1 < len(live) else None, centres, body_bold):
            ln.kind = "heading"
            continue
        # 参考文献： set apart (bold or another face) heads the references, whatever its size
        marked = (ln.bold and not body_bold) or ln.face != body_face
        if _matter_label(ln.text) and marked:
            ln.kind = "heading"
            continue
        larger = ln.size >= body + 1.0
        if larger and ln.font == _OCR_FONT:
            # an OCR layer's size is a guess from its line's box: no heading by it for a
            # line running on to the block's right edge, not centred (a paragraph's),
            # nor for one sharing its row with another (a scanned form's label, its value)
            off_centre = abs((ln.x0 + ln.x1) / 2 - centres.get(ln.page, 0.0)) > 0.5 * body
            runs_on = _fills(ln, right) and off_centre
            larger = not (runs_on or _shares_row(ln, on_page[ln.page]))
        short = len(ln.text) <= 40 and one_clause(ln.text) and ln.size >= body - 0.25
        bold_short = ln.bold and short and not body_bold
        # a Chinese line in another face (黑体 headings over 宋体 body, same size); its
        # face is its Chinese's only when Chinese is most of it (not 2014 年 6 月)
        # a field among fields (出席：…, 请假：孙立新) set in another face is no heading
        other_face = (
            short
            and ln.font != body_font
            and _mostly_chinese(ln.text)
            and not _among_fields(live, i)
        )
        # a number in the Latin font before the words in the heading face: 3.3.1 科技创新
        other_face = other_face or (
            short and _numbered_start(ln.text) and ln.face != body_face and _has_han(ln.text)
        )
        # an OCR layer knows no weight or face, and a crooked scan's sizes are the
        # slanted line boxes': a short line opening with a heading number stands out
        ocr_numbered = ln.font == _OCR_FONT and _ocr_numbered(ln.text)
        caption = _CAPTION.match(ln.text) is not None  # 表1 …, 图 2-1 …: a label, no heading
        caption = caption or _BLANK_DATE.search(ln.text) is not None
        nxt = live[i + 1] if i + 1 < len(live) else None
        in_paragraph = _runs_on(prev, ln, right) or _opens_paragraph(ln, nxt, right)
        if (
            (larger or bold_short or other_face or ocr_numbered)
            and len(ln.text) <= _MAX_HEADING_CHARS
            and not caption
            and not in_paragraph
            and not ln.plain_number
        ):
            wraps = prev is not None and _wrapped_heading(prev, ln)
            ln.kind = "body" if _prose(ln.text) and not wraps else "heading"
        prev = ln
    _coloured_headings(live, body)


def _page_right(lines: list[_Line]) -> dict[int, float]:
    """The right edge of each page's text block: where most of its long prose lines
    end (a signature, 签名：, or a long Latin word may stand out past it)."""
    ends: dict[int, list[float]] = {}
    for ln in lines:
        if _prose(ln.text) and len(ln.text) >= 2 * _PROSE_MIN:
            ends.setdefault(ln.page, []).append(ln.x1)
    return {page: statistics.median(xs) for page, xs in ends.items()}


def _fills(ln: _Line, right: dict[int, float]) -> bool:
    """The line runs on to the text block's right edge and ends no sentence: its
    paragraph carries on on the next line."""
    edge = right.get(ln.page)
    return (
        edge is not None
        and ln.x1 >= edge - ln.size
        and not ln.text.rstrip().endswith(_SENTENCE_END)
    )


def _same_style(a: _Line, b: _Line) -> bool:
    return (a.page, a.column, a.font) == (b.page, b.column, b.font) and abs(a.size - b.size) < 0.5


def _runs_on(prev: _Line | None, ln: _Line, right: dict[int, float]) -> bool:
    """``ln`` carries on the paragraph above: a text line in its style, filling the
    block to the right edge without ending its sentence (a paragraph set larger than
    the text, a promise page's 14 pt, is no run of headings)."""
    return (
        prev is not None
        and prev.kind == "body"
        and _same_style(prev, ln)
        and _fills(prev, right)
        and ln.x0 <= prev.x0 + 0.5 * ln.size
        and not _numbered_start(ln.text)
    )


def _opens_paragraph(ln: _Line, nxt: _Line | None, right: dict[int, float]) -> bool:
    """``ln`` is a paragraph's first line: indented from the line under it (in its
    style), it fills the block to the right edge and runs on there."""
    return (
        nxt is not None
        and _same_style(ln, nxt)
        and ln.x0 >= nxt.x0 + ln.size
        and _fills(ln, right)
        and not _numbered_start(ln.text)
    )


# a run-in head: a short phrase, no sentence (促进消费, 人才激励); a lead sentence
# (1．积极的财政政策要加大力度。) is the paragraph's own, an article's or item's
# label (第一条, 一是要) the paragraph's number
_RUN_IN = re.compile(
    r"(?!第[一二三四五六七八九十百零〇\d]|[一二三四五六七八九十]是|\d)"
    r"[\u4e00-\u9fffA-Za-z0-9 ]{3,16}"
)


def _run_in_heads(pages: list[_Page], body: float) -> None:
    """Run-in heads (LaTeX's ``\\paragraph``): a short phrase opening a paragraph in a
    heading's bold font, the paragraph running on after it in the body's type, split
    off as a heading of its own, ranked under the headings on lines of their own."""
    lines = list(_all_lines(pages))
    fonts = {ln.font for ln in lines if ln.kind == "heading"}
    if _body_bold([ln for ln in lines if ln.kind == "body"], body):
        return
    for page in pages:
        out: list[_Line] = []
        for ln in page.lines:
            lead, prev = ln.lead, out[-1] if out else None
            opens = prev is None or prev.kind != "body" or prev.text.endswith(_SENTENCE_END[:4])
            rest = ln.text[len(lead.text) :].strip() if lead else ""
            if not (
                ln.kind == "body"
                and lead is not None
                and opens
                and lead.font in fonts
                and _RUN_IN.fullmatch(lead.text)
                and ln.text.startswith(lead.text)
                and rest[:1] not in ("", *_SENTENCE_END, "，", ",", "、")
            ):
                out.append(ln)
                continue
            head = replace(ln, text=lead.text, x1=lead.x1, kind="heading", bold=True, run_in=True)
            head.font = head.face = lead.font
            out += [head, replace(ln, text=rest, x0=lead.x1, lead=None)]
        page.lines = out


def _side_heads_first(page: _Page, body: float) -> None:
    """Side heads (a section's heading set in a wide left margin, level with its first
    lines: titlesec's ``leftmargin``) read before the lines beside them, their own lines
    together, not one between two lines of the text."""
    text = [ln for ln in page.lines if ln.kind == "body" and abs(ln.size - body) < 0.5]
    if len(text) < _BLOCK_LINES or any(ln.column for ln in page.lines):
        return
    left = Counter(round(ln.x0) for ln in text).most_common(1)[0][0]  # the text block's
    heads = [ln for ln in page.lines if ln.kind == "heading" and ln.x1 <= left - body]
    groups: list[list[_Line]] = []
    for ln in sorted(heads, key=lambda o: o.top):
        if groups and 0 <= ln.top - groups[-1][-1].bottom <= ln.size:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    for group in groups:
        rest = [ln for ln in page.lines if not any(ln is g for g in group)]
        level = group[0].top - 0.5 * group[0].size
        at = next((i for i, ln in enumerate(rest) if ln.top >= level), len(rest))
        page.lines = [*rest[:at], *group, *rest[at:]]


_COLOURED_MIN = 2  # lines a colour must set apart to be a heading's colour


def _coloured_headings(live: list[_Line], body: float) -> None:
    """Headings told only by colour (dark red and blue lines in the body's face, size
    and weight): short lines wholly in a colour the text is not set in, no sentence,
    each a paragraph of its own, the colour used so twice or more. A paragraph whose
    run-in lead is in that colour is body: its line is not one colour."""
    inks: Counter[str] = Counter()
    for ln in live:
        if ln.size == body:
            inks[ln.colour] += len(ln.text)
    text_colour = inks.most_common(1)[0][0] if inks else ""
    right = {p: max(ln.x1 for ln in live if ln.page == p) for p in {ln.page for ln in live}}
    found: dict[str, list[_Line]] = {}
    for i, ln in enumerate(live):
        if ln.kind != "body" or not ln.colour or ln.colour == text_colour:
            continue
        prev = live[i - 1] if i else None
        alone = (
            prev is None
            or prev.page != ln.page
            or prev.kind != "body"
            or prev.text.endswith(_SENTENCE_END)
            or prev.x1 < right[ln.page] - 2 * ln.size
            or any(prev is o for o in found.get(ln.colour, ()))  # a heading wrapped
        )
        short = len(ln.text) <= 40 and one_clause(ln.text) and not _prose(ln.text)
        if alone and short and _has_han(ln.text) and ln.size >= body - 0.25:
            found.setdefault(ln.colour, []).append(ln)
    for lines in found.values():
        if len(lines) >= _COLOURED_MIN:
            for ln in lines:
                ln.kind = "heading"


_FIELD_LABEL = 6  # characters: 请假, 联系人, 报送单位: a form's label is short


def _field_line(text: str) -> bool:
    """A label, a colon and its value (请假：孙立新, 联系人：王芳): a field, unnumbered."""
    m = _LABEL.match(text.strip())
    return (
        m is not None
        and len(re.sub(r"\s+", "", m[1])) <= _FIELD_LABEL
        and bool(m[2].strip())
        and not _numbered_start(text)
    )


_FIELD_NEIGHBOURS = 3  # lines: an attendance list's fields stand this close together


def _among_fields(live: list[_Line], i: int) -> bool:
    """``live[i]`` is a field and another field stands within a few lines of it on its
    page: a list of fields (出席、列席、请假), not a heading."""
    if not _field_line(live[i].text):
        return False
    near = live[max(0, i - _FIELD_NEIGHBOURS) : i] + live[i + 1 : i + 1 + _FIELD_NEIGHBOURS]
    return any(o.page == live[i].page and _field_line(o.text) for o in near)


def _body_face(live: list[_Line], body: float) -> str:
    """The font the body's Han characters are set in."""
    faces: Counter[str] = Counter()
    for ln in live:
        if ln.size == body:
            faces[ln.face] += len(ln.text)
    return faces.most_common(1)[0][0] if faces else ""


def _has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def _mostly_chinese(text: str) -> bool:
    ink = "".join(text.split())
    return bool(ink) and 2 * len(_CJK.findall(ink)) >= len(ink)


_LABEL_CHARS = 8  # 摘要, Abstract, 内容提要: a block's label is a word or two


def _page_centres(lines: list[_Line]) -> dict[int, float]:
    """The middle of each page's text block (between its prose lines' edges)."""
    edges: dict[int, tuple[float, float]] = {}
    for ln in lines:
        if _prose(ln.text):
            lo, hi = edges.get(ln.page, (ln.x0, ln.x1))
            edges[ln.page] = (min(lo, ln.x0), max(hi, ln.x1))
    return {page: (lo + hi) / 2 for page, (lo, hi) in edges.items()}


def _small_label(ln: _Line, nxt: _Line | None, centres: dict[int, float], body_bold: bool) -> bool:
    """A short bold line centred over prose set in its own smaller size labels that
    block (an abstract's 摘要 over its smaller text): a heading, though under the body
    size."""
    text = ln.text.strip()
    if body_bold or not ln.bold or not text or len(text) > _LABEL_CHARS or nxt is None:
        return False
    if not one_clause(text) or re.search(r"[\d。：:，,]", text) or _CAPTION.match(text):
        return False
    centre = centres.get(ln.page)
    centred = centre is not None and abs((ln.x0 + ln.x1) / 2 - centre) < ln.size
    below = nxt.page == ln.page and nxt.top > ln.bottom and not nxt.bold
    text_below = _prose(nxt.text) or len(nxt.text.strip()) >= 2 * _PROSE_MIN  # a line of text
    return centred and below and abs(nxt.size - ln.size) < 0.5 and text_below


_PEER_CHARS = 30  # a numbered line this short, standing alone, may be a heading


def _numbered_peers(lines: list[_Line]) -> None:
    """A short line standing alone (after a finished sentence) and numbered like the
    document's headings (三、 among 一、 二、 四、) is a heading too, though its type
    came out smaller (an OCR layer's sizes are glyph heights). It takes its peers' size."""
    sizes: dict[int, Counter[float]] = {}
    for ln in lines:
        rank = _numbering_rank(clean_prose(ln.text)) if ln.kind == "heading" else None
        if rank is not None:
            sizes.setdefault(rank, Counter())[ln.size] += 1
    if not sizes:
        return
    right: dict[tuple[int, int], float] = {}  # each column's right edge
    for ln in lines:
        key = (ln.page, ln.column)
        right[key] = max(right.get(key, 0.0), ln.x1)
    for prev, ln in pairwise(lines):
        text = clean_prose(ln.text)
        rank = _numbering_rank(text)
        if ln.kind != "body" or rank not in sizes or len(text) > _PEER_CHARS:
            continue
        alone = prev.kind == "heading" or clean_prose(prev.text).endswith(_SENTENCE_END[:4])
        # a line that runs to the column's edge is a paragraph's first line, not a heading
        short = ln.x1 < right[(ln.page, ln.column)] - 2 * max(ln.size, 1.0)
        if alone and short and not text.endswith(_SENTENCE_END):
            ln.kind, ln.size = "heading", sizes[rank].most_common(1)[0][0]


_ORDINAL = re.compile(r"\d{1,2}|[ivx]{1,4}|[\u2160-\u216b]", re.I)  # 01, IV, Ⅳ


def _drop_ordinal_marks(lines: list[_Line]) -> None:
    """A heading that is a bare number followed on its page by a heading (a section
    divider slide's big 01 beside the section's name, a chapter's number set over its
    title) is that heading's ordinal, set apart as ornament: no heading of its own.
    Left out (logged); the name that follows carries the section. A number on its
    heading's own row (1 and 引言 read as two pieces) is not set apart: it stays."""
    live = [ln for ln in lines if ln.kind != "drop"]
    for ln, nxt in pairwise(live):
        bare = ln.kind == "heading" and _ORDINAL.fullmatch(ln.text.strip()) is not None
        apart = abs(nxt.top - ln.top) > 0.5 * max(nxt.size, 1.0)
        if bare and apart and nxt.kind == "heading" and nxt.page == ln.page:
            log.debug("pdf: page %d: section number %s left out", ln.page, ln.text.strip())
            ln.kind = "drop"


def _wrapped_heading(prev: _Line, ln: _Line) -> bool:
    """``ln`` carries on the heading line just above it (same page, column and size)."""
    return (
        prev.kind == "heading"
        and (prev.page, prev.column, prev.size, prev.font) == (ln.page, ln.column, ln.size, ln.font)
        and 0 <= ln.top - prev.bottom <= 0.9 * ln.size
        and not prev.text.endswith(_SENTENCE_END[:4])
        and not _numbered_start(ln.text)
    )


# a heading's own number: 1.扩大, 1.1 范围, 2 概述 (not 1.5亿, 2016年)
_HEADING_NUMBER = re.compile(
    r"\d{1,2}[.、．](?=\s*[\u4e00-\u9fff])|\d{1,2}(?:\.\d{1,2}){1,3}\.?\s|\d{1,2}\s+(?=[\u4e00-\u9fff])"
)


def _numbered_start(text: str) -> bool:
    """The line opens with a heading number (一、 （一） 第一章 1. 1.2): it starts a
    heading of its own, it does not carry on the one above."""
    text = _closed_number(text)
    return numbered_level(text) is not None or _HEADING_NUMBER.match(text) is not None


# a heading number with spaces inside, as OCR reads it: ( 一 ) 预期目标, 一 、 宏观
_SPACED_NUMBER = re.compile(
    r"\s*(?:([（(])\s*([一二三四五六七八九十\d]{1,3})\s*([）)])|([一二三四五六七八九十]{1,3})\s+(、))"
)


def _closed_number(text: str) -> str:
    """The text stripped, a heading number at its start without spaces inside."""
    m = _SPACED_NUMBER.match(text)
    if m is None:
        return text.strip()
    return "".join(g for g in m.groups() if g) + text[m.end() :].lstrip()


def _prose(text: str) -> bool:
    """A paragraph's line, unless numbered like a heading (（一）……，……。 is one)."""
    return prose_line(text) and numbered_level(text) is None


def _body_bold(live: list[_Line], body: float) -> bool:
    """When the body itself is set in bold, weight says nothing."""
    at_body = [ln for ln in live if ln.size == body]
    return bool(at_body) and sum(ln.bold for ln in at_body) > 0.5 * len(at_body)


# -------------------------------------------------------------------------- build


@dataclass
class _Margins:
    left: float
    right: float


def _margins(pages: list[_Page], body: float) -> dict[tuple[int, int], _Margins]:
    found: dict[tuple[int, int], list[_Line]] = {}
    for p in pages:
        for ln in p.lines:
            if ln.kind == "body":
                found.setdefault((p.number, ln.column), []).append(ln)
    out: dict[tuple[int, int], _Margins] = {}
    for key, lines in found.items():
        xs = Counter(round(ln.x0) for ln in lines)
        repeated = [x for x, n in xs.items() if n >= 2]
        left = min(repeated) if repeated else min(xs)
        out[key] = _Margins(float(left), max(ln.x1 for ln in lines))
    return out


_GAP_SAMPLES = 5  # line pairs needed to learn the document's line spacing
# a list item's bullet glyph and the space after it (not · or -: a name's dot, a dash)
_BULLET = re.compile(r"[■□▪▫●○◦•◆◇►▶▸➢➤✓✔]\s*(?=\S)")
_HANGING_SIZES = 3.0  # an item's text stands this far (in sizes) in from its bullet at most


_TITLE_MARK = re.compile(r"\s*[∗*†‡§¶]+$")  # a footnote's mark at the title's end


class _Assembler:
    """Turns classified lines into blocks; body lines into paragraphs."""

    def __init__(self, margins: dict[tuple[int, int], _Margins], body: float) -> None:
        self.out = TextBuilder()
        self.margins = margins
        self.body = body or 10.0
        self.para: list[_Line] = []
        self.heading: list[_Line] = []
        self.notes: list[tuple[str, int]] = []
        self.indent_style = False
        self.numbered_headings = False  # no size, weight or face cues: use 一、/（一）
        self.line_gap = 0.0  # the median gap between a paragraph's lines

    def learn(self, lines: list[_Line]) -> None:
        """Indent style: after a short line the next one is mostly indented, so a short
        line alone (a number or word pushed whole onto the next line) ends nothing."""
        after_short = [
            self._indented(b)
            for a, b in pairwise(lines)
            if a.kind == b.kind == "body"
            and (a.page, a.column) == (b.page, b.column)
            and self._short(a)
        ]
        self.indent_style = len(after_short) >= 3 and sum(after_short) >= 0.6 * len(after_short)
        self.numbered_headings = not any(ln.kind in ("heading", "title") for ln in lines)
        gaps = sorted(
            b.top - a.bottom
            for a, b in pairwise(lines)
            if a.kind == b.kind == "body"
            and (a.page, a.column, a.size) == (b.page, b.column, b.size)
            and not self._short(a)
            and b.top >= a.bottom
        )
        # the usual gap between two lines of a paragraph: 1.5 or double line spacing
        # (Word's 固定值 28 磅 in official documents) leaves a line's height between them
        self.line_gap = gaps[len(gaps) // 2] if len(gaps) >= _GAP_SAMPLES else 0.0

    def _indented(self, ln: _Line) -> bool:
        return ln.x0 > self._margin(ln).left + 0.8 * ln.size

    def _short(self, ln: _Line) -> bool:
        return ln.x1 < self._margin(ln).right - 2 * ln.size

    def _margin(self, ln: _Line) -> _Margins:
        return self.margins.get((ln.page, ln.column), _Margins(ln.x0, ln.x1))

    def feed(self, ln: _Line) -> None:
        if ln.kind in ("heading", "title") and self._continues_heading(ln):
            self.heading.append(ln)
            return
        self.flush_heading()
        if ln.kind in ("heading", "title"):
            self.flush_para()
            self.heading = [ln]
        elif ln.kind == "table":
            self.flush_para()
            self.out.add_table(ln.rows, page=ln.page)
        elif ln.kind == "footnote":
            self._footnote(ln)
        elif ln.kind == "body":
            level = None
            if self.numbered_headings and len(ln.text) <= 40 and self._short(ln):
                level = numbered_level(ln.text)
            starts = not self.para or self._new_paragraph(self.para[-1], ln)
            # a numbered line after a finished sentence starts over even without an indent
            starts = starts or (level is not None and self.para[-1].text.endswith(_SENTENCE_END))
            if starts:
                self.flush_para()
            if level is not None and starts:
                self.out.add("heading", ln.text, level=level, page=ln.page)
                return
            self.para.append(ln)

    def _continues_heading(self, ln: _Line) -> bool:
        if not self.heading or ln.listed:
            return False  # each entry of the table of contents is a heading of its own
        prev = self.heading[-1]
        same = (prev.kind, prev.level, prev.page) == (ln.kind, ln.level, ln.page)
        # a title's lines are one title, also where OCR guessed their sizes apart
        same = same and (prev.size == ln.size or (ln.kind == "title" and _sized_alike(prev, ln)))
        gap = ln.top - prev.bottom
        # a heading that fills its line wraps at the text's own line spacing (a bold
        # body-size （一） heading set like its paragraphs)
        full = not self._short(prev) and gap <= 1.5 * self.line_gap + 1.0
        close = gap >= 0 and (gap <= 0.9 * ln.size or full)
        ended = prev.text.endswith(_SENTENCE_END[:4])
        return same and close and not ended and not _numbered_start(ln.text)

    def _new_paragraph(self, prev: _Line, ln: _Line) -> bool:
        if _BULLET.match(ln.text):
            return True  # each bullet is an item of its own
        indented = self._indented(ln) and not self._hangs(prev, ln)
        short = self._short(prev) and not self.indent_style
        if prev.page != ln.page or prev.column != ln.column:
            # a column or page break: carry on unless the new line is indented
            return indented or short
        if indented or abs(ln.size - prev.size) >= 1.0:
            return True
        gap = ln.top - prev.bottom
        spaced = gap > max(0.9 * max(ln.size, self.body), 1.5 * self.line_gap + 1.0)
        return short or spaced

    def _hangs(self, prev: _Line, ln: _Line) -> bool:
        """``ln`` carries on a bulleted item under its text, past the bullet (a hanging
        indent, as slides and lists set them): in from the item's first line by about
        the bullet's width, and level with the item's lines after the first."""
        first = self.para[0] if self.para else prev
        if prev.page != first.page or not _BULLET.match(first.text):
            return False
        size = max(ln.size, 1.0)
        under_text = first.x0 < ln.x0 <= first.x0 + _HANGING_SIZES * size
        return under_text and (prev is first or abs(ln.x0 - prev.x0) < 0.5 * size)

    def _footnote(self, ln: _Line) -> None:
        if self.notes and not _FOOTNOTE_MARK.match(ln.text) and self.notes[-1][1] == ln.page:
            text, page = self.notes[-1]
            self.notes[-1] = (join_words(text, ln.text), page)
        else:
            self.notes.append((ln.text, ln.page))

    def flush_heading(self) -> None:
        if not self.heading:
            return
        first = self.heading[0]
        text = ""
        for ln in self.heading:
            text = join_words(text, ln.text)
        kind = "title" if first.kind == "title" else "heading"
        if kind == "title":  # a \thanks note's mark is the note's, not the title's
            text = _TITLE_MARK.sub("", text)
        self.out.add(kind, text, level=first.level, page=first.page)
        self.heading = []

    def flush_para(self) -> None:
        if not self.para:
            return
        text = ""
        for ln in self.para:
            text = join_words(text, ln.text)
        self.out.add("body", text, page=self.para[0].page)
        self.para = []

    def finish(self) -> TextBuilder:
        self.flush_heading()
        self.flush_para()
        for text, page in self.notes:
            self.out.add("footnote", text, page=page)
        return self.out

    def assemble(self, lines: list[_Line]) -> TextBuilder:
        """``lines`` as blocks of a text of their own (what was learnt is kept)."""
        self.out, self.para, self.heading, self.notes = TextBuilder(), [], [], []
        for ln in lines:
            self.feed(ln)
        return self.finish()


def _mark_title(lines: list[_Line]) -> None:
    """The first heading is the title when its size is the largest and used nowhere else."""
    heads = [ln for ln in lines if ln.kind == "heading"]
    if not heads or heads[0].page != 1:
        return
    heads = heads[_site_lines_before_title(lines, heads) :]
    first = heads[0]
    run = [first]
    for ln in heads[1:]:
        if _sized_alike(ln, first) and ln.page == first.page and ln.top - run[-1].bottom < ln.size:
            run.append(ln)
        else:
            break
    others = [ln for ln in heads[len(run) :] if ln.size >= first.size]
    if not others:
        for ln in run:
            ln.kind = "title"


_OCR_SIZE_SLACK = 0.15  # an OCR layer's sizes of one type differ by this share


def _sized_alike(a: _Line, b: _Line) -> bool:
    """Set in one size: the same, or near it on an OCR layer, whose sizes are guesses
    (a title's second line given 27 pt under a first of 30)."""
    if a.size == b.size:
        return True
    ocr = a.font == _OCR_FONT and b.font == _OCR_FONT
    return ocr and abs(a.size - b.size) <= _OCR_SIZE_SLACK * max(a.size, b.size)


# a producing tool's default for the document-info title: the file's name, not a title
_TOOL_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s*-\s*)|\.(?:docx?|xlsx?|pptx?|odt|rtf|wps|txt|tex|pdf)$", re.I
)


def _info_title_line(lines: list[_Line], info_title: str) -> None:
    """No title on the first page (a cover that is one image, no text): when the PDF's
    document-info ``/Title`` (not a tool's default such as ``Microsoft Word - x.docx``)
    reads as the document's first heading line (or a run of them, one size), that run
    is the title the author set, not a heading."""
    want = _contents_key(info_title)
    if not want or _TOOL_TITLE.search(info_title.strip()):
        return
    start = next((i for i, ln in enumerate(lines) if ln.kind == "heading"), None)
    if start is None:
        return
    run: list[_Line] = []
    for ln in lines[start:]:
        key = _contents_key("".join(r.text for r in [*run, ln]))
        if ln.kind != "heading" or ln.size != lines[start].size or not want.startswith(key):
            break
        run.append(ln)
    if run and _contents_key("".join(r.text for r in run)) == want:
        for ln in run:
            ln.kind = "title"


# a web page's navigation printed above its headline: a menu (首页 时政 财经), a breadcrumb
_NAVIGATION = re.compile(
    r"^首页[\u4e00-\u9fff\s|｜·]{4,30}$|当前位置|您的位置|所在位置|首页\s*[>›»]"
)


def _site_lines_before_title(lines: list[_Line], heads: list[_Line]) -> int:
    """A page printed from a browser opens with the site's menu and breadcrumb above
    the headline: when the first page's largest heading comes after such lines and no
    text, those lines are left out (logged) and the count of headings before it returned."""
    page1 = [ln for ln in heads if ln.page == 1]
    big = max(page1, key=lambda ln: ln.size)
    at = next(i for i, ln in enumerate(heads) if ln is big)
    before = [ln for ln in lines if ln.page == 1 and ln.top < big.top and ln.kind != "title"]
    if at == 0 or not all(_NAVIGATION.search(fold_compat(clean_prose(ln.text))) for ln in before):
        return 0
    for ln in before:
        log.debug("pdf: left out a site's navigation line: %s", ln.text)
        ln.kind = "meta"
    return at


def _dated_rows_over_title(lines: list[_Line]) -> dict[str, str]:
    """A report's kind and date over its title (宏观研究｜深度报告 … 2017年3月10日, a
    research report's first row): when everything above the first page's largest
    heading is short rows that each end with a date set apart, those rows say what
    and when, as metadata (``kind``, ``date``), and the heading under them can be
    the title."""
    heads = [ln for ln in lines if ln.kind == "heading" and ln.page == 1]
    if not heads:
        return {}
    big = max(heads, key=lambda ln: ln.size)
    before = [ln for ln in lines if ln.page == 1 and ln.top < big.top]
    rows: list[list[_Line]] = []
    for ln in sorted(before, key=lambda o: (o.top, o.x0)):
        if rows and abs(ln.top - rows[-1][0].top) <= 0.5 * max(ln.size, 1.0):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    rows = [sorted(r, key=lambda o: o.x0) for r in rows]
    if not rows or not all(_dated_row(r) for r in rows):
        return {}
    dates = [r[-1].text.strip() for r in rows]
    kinds = [_row_text(r[:-1]).strip() for r in rows]
    for ln in before:
        ln.kind = "meta"
    meta = {"date": re.sub(r"\s+", "", dates[0])}
    return {**meta, "kind": " ".join(kinds)} if any(kinds) else meta


def _dated_row(row: list[_Line]) -> bool:
    """Short pieces (left to right), no prose, the last one a date on its own."""
    return (
        len(row) >= 2
        and DATE_LINE.fullmatch(row[-1].text.strip()) is not None
        and all(
            len(o.text) <= BYLINE_CHARS and not _prose(o.text) and o.kind != "table" for o in row
        )
    )


# a line of authors: 张立新1，王晓梅2 / 李明 王芳 (two to four characters a name, marks;
# a two-character name spaced out to the width of three: 李　楠)
_NAME = r"(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff]))"
_AUTHORS = re.compile(rf"{_NAME}[\d*†,]*(?:[，,、；;\s]+{_NAME}[\d*†,]*)*")
_TITLE_BLOCK_LINES = 3  # lines under the title where its authors stand
# an article's number, a contract's or a regulation's: 第一条, 第12条
_ARTICLE = re.compile(r"第\s*(?:[一二三四五六七八九十百零〇两]+|\d{1,3})\s*条")
# a line that ends with a date: 东川省发展研究中心 2016年3月, （2016年12月20日）
_DATED = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[）)]?$")


def _date_line(text: str) -> bool:
    """A date (2013年5月), or a dated note in brackets (（2015年6月12日…审议通过）)."""
    bracketed = text[:1] in "（(" and text[-1:] in "）)" and DATE_LINE.search(text) is not None
    return bracketed or DATE_LINE.fullmatch(text) is not None


def _after_the_editor(lines: list[_Line]) -> None:
    """A news page printed to PDF ends its article with the editor's credit; the short
    lines after it (related links, the site's footer) are the site's and left out
    (logged), unless a finished sentence or a long line comes after it."""
    at = site_tail([ln.text for ln in lines], [ln.kind == "table" for ln in lines])
    if at is None:
        return
    for ln in lines[at:]:
        log.debug("pdf: left out a site's line after the editor's credit: %s", ln.text)
        ln.kind = "meta"


def _byline(lines: list[_Line]) -> dict[str, str]:
    """The date under the title (LaTeX's ``\\maketitle``, a report's title block) and up
    to two short lines right above it, centred like it (an author, an institute), go
    to the metadata as ``date`` and ``author``, as the Word reader does."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if at is None:
        return {}
    block: list[_Line] = []
    for ln in lines[at + 1 : at + 1 + _TITLE_BLOCK_LINES + BYLINE_LINES]:
        if ln.kind == "title":
            continue
        if ln.page != lines[at].page or _prose(ln.text) or len(ln.text) > BYLINE_CHARS:
            break
        block.append(ln)
    date = next((k for k, ln in enumerate(block) if _date_line(ln.text.strip())), None)
    if date is None:
        return _credit(lines[at], block[0]) if block else {}
    mid = (block[date].x0 + block[date].x1) / 2
    authors: list[_Line] = []
    for ln in reversed(block[max(0, date - BYLINE_LINES) : date]):
        text = ln.text.strip()
        centred = abs((ln.x0 + ln.x1) / 2 - mid) < ln.size
        if not centred or not byline_line(text) or _numbering_rank(text) is not None:
            break
        authors.insert(0, ln)
    for ln in [*authors, block[date]]:
        ln.kind = "meta"
    meta = {"date": re.sub(r"\s+", "", block[date].text)}
    if authors:
        meta["author"] = " ".join(ln.text.strip() for ln in authors)
    return meta


def _style(ln: _Line) -> tuple[float, bool, str, int]:
    """How a line is set: size, weight, face and left edge."""
    return ln.size, ln.bold, ln.face, round(ln.x0)


# a credit line: who wrote or compiled it, the role set apart after the name (研究室　编)
_CREDIT = re.compile(r"\S.{0,28}?\S[ \u3000]+(?:主编|编著|编写|编印|编|著|译|整理|撰稿)")


def _credit(title: _Line, ln: _Line) -> dict[str, str]:
    """An undated byline right under the title, set under it (centred, or flush left under
    a flush-left title), naming who wrote or compiled the document (东川省人民政府研究室
    编, 张明　著): the author's metadata."""
    text = ln.text.strip()
    centred = abs((ln.x0 + ln.x1) / 2 - (title.x0 + title.x1) / 2) < ln.size
    flush = abs(ln.x0 - title.x0) < ln.size  # under a flush-left title, flush left
    if (
        not (centred or flush)
        or _CREDIT.fullmatch(text) is None
        or _numbering_rank(text) is not None
    ):
        return {}
    ln.kind = "meta"
    return {"author": text}


def _authors_under_title(lines: list[_Line], body: float) -> None:
    """The authors' line right under the title (a paper's byline) is text, not a
    heading, though set large (a label set smaller than the text, 摘要, is no byline)."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if at is None:
        return
    rest = (lines[j] for j in range(at + 1, len(lines)) if lines[j].kind != "title")
    after = list(itertools.islice(rest, _TITLE_BLOCK_LINES))
    sections = {_style(o) for o in lines if o.kind == "heading" and _numbered_start(o.text)}
    for ln in after:
        if ln.page != lines[at].page:
            break
        # 第一条　合作背景 reads as two names: an article's number opens no byline
        byline = not _ARTICLE.match(ln.text) and (
            _AUTHORS.fullmatch(ln.text) or _DATED.search(ln.text)
        )
        large = ln.size >= body - 0.25
        if ln.kind == "heading" and large and not _numbered_start(ln.text) and byline:
            ln.kind = "heading" if _section_label(ln, lines, sections) else "body"


def _section_label(
    ln: _Line, lines: list[_Line], sections: set[tuple[float, bool, str, int]]
) -> bool:
    """A short line under the title set as the numbered headings are (投资要点 in the
    size, weight and face of 1.1 …, at their left edge) and followed by the text's
    prose heads a section; a byline has a face or place of its own, or stands over
    an affiliation or the first heading."""
    i = next(k for k, o in enumerate(lines) if o is ln)
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.kind != "body" or nxt.page != ln.page:
        return False
    sentences = _prose(nxt.text) or any(c in nxt.text for c in FINISHED)
    return sentences and _style(ln) in sections


def _title_again(lines: list[_Line]) -> None:
    """The title printed again at the top of a later page (the first page of the text
    after a cover) is the title, not a heading: left out. One line or a run of one size."""
    title = _contents_key("".join(ln.text for ln in lines if ln.kind == "title"))
    if not title:
        return
    page = next(ln.page for ln in lines if ln.kind == "title")
    for i, ln in enumerate(lines):
        if ln.page <= page or ln.kind != "heading" or (i and lines[i - 1].page == ln.page):
            continue  # only a page's first line
        run = [ln]
        for o in lines[i + 1 :]:
            key = _contents_key("".join(r.text for r in run))
            if key == title or not title.startswith(key):
                break
            if o.kind != "heading" or (o.page, o.size) != (ln.page, ln.size):
                break
            run.append(o)
        if _contents_key("".join(r.text for r in run)) == title:
            for o in run:
                log.debug("pdf: left out the title printed again: %s", o.text)
                o.kind = "meta"
            return


# a front or back matter's label: a chapter of its own, unnumbered, whatever its type
_MATTER_LABEL = re.compile(r"(?:前言|序言|引言|摘要|目录|参考文献|致谢|后记)[：:]?")


def _matter_label(text: str) -> bool:
    return _MATTER_LABEL.fullmatch(re.sub(r"\s+", "", text)) is not None


def _levels(lines: list[_Line], body: float) -> None:
    """Larger sizes rank higher; bold body-size headings come after every size. Headings
    set alike rank by their numbering (一、 over （一） over 1.), the way official
    documents set three levels in one bold face. A front or back matter's label (前言,
    参考文献) is level 1 and takes no size of its own: a standard sets 前言 large over
    chapters 1, 2 set at the body size."""
    heads = [ln for ln in lines if ln.kind == "heading" and not ln.listed]
    labels = [ln for ln in heads if _matter_label(ln.text)]
    heads = [ln for ln in heads if not any(ln is o for o in labels)]
    for ln in labels:
        ln.level = 1
    if _ocr_levels(heads):
        return
    sizes = sorted({ln.size for ln in heads if ln.size >= body + 1.0}, reverse=True)
    for ln in heads:
        ln.level = sizes.index(ln.size) + 1 if ln.size in sizes else len(sizes) + 1
        ln.level += ln.run_in  # under the headings on lines of their own
    by_level: dict[int, list[_Line]] = {}
    for ln in heads:
        by_level.setdefault(ln.level, []).append(ln)
    shift = 0
    for level in sorted(by_level):
        group = [(ln, _numbering_rank(ln.text)) for ln in by_level[level]]
        if all(r is None for _, r in group):
            group = _colour_ranks(by_level[level])
        ranks = sorted({r for _, r in group if r is not None})
        for ln, r in group:
            ln.level = level + shift + (ranks.index(r) if r is not None else 0)
        shift += max(0, len(ranks) - 1)
    for ln in heads:  # a label set small before every other heading (摘要) opens the front
        if ln.size >= body - 0.25:
            break
        ln.level = 1


_CENTRED = 0.04  # of the text block's width: a line centred on it is off by less
_TITLE_SHARE = 0.97  # of the block's width: a title's line is narrower than a full line


def _shares_row(ln: _Line, lines: list[_Line]) -> bool:
    """Another line of its page stands beside ``ln`` on its row (half their heights
    overlap)."""
    for o in lines:
        if o is ln or (o.x0 < ln.x1 and ln.x0 < o.x1):
            continue
        overlap = min(o.bottom, ln.bottom) - max(o.top, ln.top)
        if overlap > 0.5 * min(o.bottom - o.top, ln.bottom - ln.top):
            return True
    return False


def _ocr_title(lines: list[_Line]) -> None:
    """An OCR layer gives no type to tell a title by (a crooked scan's sizes are its
    slanted line boxes'): the first page's first run of lines centred over the text
    block, clauses with no number and no full stop, above its first paragraph, is the
    title (a masthead's lines set to one side come before it)."""
    page1 = [ln for ln in lines if ln.page == 1 and ln.kind in ("body", "heading")]
    if not page1 or page1[0].font != _OCR_FONT:
        return
    centre = _page_centres(page1).get(1)
    edges = [ln for ln in page1 if _prose(ln.text)]
    if centre is None or not edges:
        return
    width = max(ln.x1 for ln in edges) - min(ln.x0 for ln in edges)
    run: list[_Line] = []
    for ln in page1:
        if _prose(ln.text) or _numbered_start(ln.text):
            break
        if not _WORD.search(ln.text):
            continue  # a speck read as a mark
        off = abs((ln.x0 + ln.x1) / 2 - centre)
        centred = off <= _CENTRED * width and ln.x1 - ln.x0 < _TITLE_SHARE * width
        close = not run or ln.top - run[-1].bottom < ln.size
        if centred and close and one_clause("".join(ln.text.split())):
            run.append(ln)
        elif run:
            break
    for ln in run:
        log.debug("pdf: an OCR layer's first centred line taken as the title: %s", ln.text)
        ln.kind = "title"


def _ocr_levels(heads: list[_Line]) -> bool:
    """Headings of an OCR layer, most of them numbered, ranked by their numbers alone:
    the layer's sizes are guesses from line boxes (a crooked scan's are slanted). One
    whose number OCR misread ((=) for (二)) takes the level of the heading before it.
    False, nothing set, when any heading is typeset or most have no number."""
    ranks = [_numbering_rank(_ocr_number_text(ln.text)) for ln in heads]
    numbered = [r for r in ranks if r is not None]
    if not heads or any(ln.font != _OCR_FONT for ln in heads) or 2 * len(numbered) < len(heads):
        return False
    order = sorted(set(numbered))
    level = 1
    for ln, r in zip(heads, ranks, strict=True):
        level = order.index(r) + 1 if r is not None else level
        ln.level = level
    return True


def _colour_ranks(heads: list[_Line]) -> list[tuple[_Line, int | None]]:
    """Unnumbered headings set alike but for their colours, every one coloured: the
    colour met first ranks highest (a dark red chapter before its blue sections)."""
    colours = list(dict.fromkeys(ln.colour for ln in heads))
    if len(colours) < 2 or "" in colours:
        return [(ln, None) for ln in heads]
    return [(ln, colours.index(ln.colour)) for ln in heads]


_PART = re.compile(r"第[^章节]{1,4}(?:部分|编|篇)")  # 第一部分, 第二编: above chapters
_ARABIC = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.、．]|\s)")
_PAREN_ARABIC = re.compile(r"[（(]\d{1,2}[）)]")


def _numbering_rank(text: str) -> int | None:
    """Where a heading's number sits among the conventional levels: 第一部分 (a part),
    第一章, 一、, 第一节, （一）, 1. / 1.1 / 1.1.1, （1）; None when it has none."""
    text = _closed_number(text)
    numbered = numbered_level(text)
    if numbered is not None:
        if re.match(r"第[^章节]{1,4}节", text):
            return 2
        if _PART.match(text):
            return -1
        return 3 if numbered == 2 else (0 if text.startswith("第") else 1)
    m = _ARABIC.match(text) if _numbered_start(text) else None
    if m:
        return 4 + m[1].count(".")
    return 8 if _PAREN_ARABIC.match(text) else None


def _build(pages: list[_Page], body: float, info_title: str = "") -> Extracted:
    lines = [ln for p in pages for ln in p.lines if ln.kind not in ("drop", "meta")]
    annexes = _attachments(lines)
    front: dict[str, str] = {}
    if not any(ln.kind == "title" for ln in lines):
        front = _dated_rows_over_title(lines)
        _mark_title(lines[: _index(lines, annexes[0])] if annexes else lines)
    if not any(ln.kind == "title" for ln in lines):
        _info_title_line(lines, info_title)
    if not any(ln.kind == "title" for ln in lines):
        _ocr_title(lines)
    _title_again(lines)
    byline = {**front, **_byline(lines), **_distribution(lines, body)}
    byline.update(_subtitle(lines))
    byline.update(_blank_forms(lines, annexes))
    widths = {p.number: p.width for p in pages}
    main = lines[: _index(lines, annexes[0])] if annexes else lines
    byline.update(_closing_record(main))
    byline.update(_closing_block([ln for ln in main if ln.kind == "body"], widths, body))
    _after_the_editor(lines)
    lines = [ln for ln in lines if ln.kind != "meta"]
    _authors_under_title(lines, body)
    _part_levels(lines, [ln for ln in annexes if ln.kind == "heading"], body)
    asm = _Assembler(_margins(pages, body), body)
    asm.learn(lines)  # the whole document's habits, the boilerplate's lines included
    at = _disclaimers(lines)
    if at is not None:  # kept, as metadata: never the body, never dropped silently
        byline["disclaimer"] = asm.assemble(lines[at:]).text()
        lines = lines[:at]
    out = asm.assemble(lines)
    return Extracted(out.text(), out.blocks, "pdf", pages=len(pages), metadata=byline)


# a research report's closing boilerplate, under labels of its genre (券商研报: 分析师声明,
# 投资评级说明, 免责声明; 重要声明, 法律声明, 特别声明, 信息披露)
_DISCLAIMER_LABEL = re.compile(
    r"(?:分析师|研究员)(?:声明|承诺)|(?:投资|股票|行业)?评级(?:说明|标准|体系)|"
    r"(?:免责|重要|法律|特别|一般)声明|(?:重要)?信息披露|披露声明|免责条款"
)


def _disclaimer_label(ln: _Line) -> bool:
    return (
        ln.kind == "heading"
        and _DISCLAIMER_LABEL.fullmatch(re.sub(r"\s+", "", ln.text)) is not None
    )


def _disclaimers(lines: list[_Line]) -> int | None:
    """Where the document's closing boilerplate begins: the first of the headings at
    its end that are all disclaimer labels (分析师声明, 投资评级说明, 免责声明), with
    nothing but their text after them; None when the document has none. A report's
    statements and disclaimers are the publisher's, not the report's text."""
    at = None
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.kind in ("heading", "title") and not _disclaimer_label(ln):
            break
        if _disclaimer_label(ln):
            at = i
    if at is None or not any(ln.kind == "body" for ln in lines[:at]):
        return None  # boilerplate with no report before it is the document itself
    return at


# the label over an attachment (GB/T 9704): 附件, 附件2, at the top left of its first page
_ATTACHMENT_LABEL = re.compile(r"附\s*件\s*[\d一二三四五六七八九十]{0,3}[：:]?")


def _attachments(lines: list[_Line]) -> list[_Line]:
    """An official document's attachments: the label 附件 alone, first on a page after
    the first, over a heading: the attachment's title, returned. Each attachment is a
    document of its own inside the file; its label marks it, it is no text (logged)."""
    out = []
    for i, ln in enumerate(lines):
        if ln.page == 1 or not _ATTACHMENT_LABEL.fullmatch(ln.text.strip()):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        first = i == 0 or lines[i - 1].page != ln.page
        if first and nxt is not None and nxt.kind == "heading" and nxt.page == ln.page:
            log.debug("pdf: page %d opens an attachment: %s", ln.page, nxt.text)
            ln.kind = "meta"
            out.append(nxt)
    return out


def _index(lines: list[_Line], ln: _Line) -> int:
    return next(i for i, o in enumerate(lines) if o is ln)


def _part_levels(lines: list[_Line], titles: list[_Line], body: float) -> None:
    """Levels for the document and each attachment on its own: an attachment's title is
    level 1 and its own headings rank under it."""
    bounds = [0, *(_index(lines, ln) for ln in titles), len(lines)]
    _levels(lines[: bounds[1]], body)
    for start, end in pairwise(bounds[1:]):
        rest = lines[start + 1 : end]
        _levels(rest, body)
        for ln in rest:
            if ln.kind == "heading":
                ln.level += 1
        lines[start].level = 1


# the distribution record closing an official document (版记): 抄送：…, 分送：…, and the
# issuing office's line ending in 印发
_DISTRIBUTION = re.compile(DISTRIBUTION)
_ISSUED = re.compile(ISSUED)
_DISTRIBUTION_LINES = 8


def _distribution(lines: list[_Line], body: float) -> dict[str, str]:
    """The 版记 at the end of the last page: from a 抄送/分送 line to the end, every line a
    label's, one wrapped under a label (indented past it), or the 印发 line, no larger
    than the body; metadata, not text."""
    last = lines[-1].page if lines else 0
    tail = [ln for ln in lines[-_DISTRIBUTION_LINES:] if ln.page == last]
    at = next((i for i, ln in enumerate(tail) if _DISTRIBUTION.match(ln.text.strip())), None)
    if at is None:
        return {}
    block = tail[at:]
    label_x = block[0].x0
    for ln in block:
        text = ln.text.strip()
        fits = _DISTRIBUTION.match(text) or _ISSUED.fullmatch(text) or ln.x0 > label_x + ln.size
        if not fits or ln.size > body + 0.25 or ln.kind not in ("body", "footnote"):
            return {}
    meta: dict[str, str] = {}
    entries: list[str] = []
    for ln in block:
        text = ln.text.strip()
        if _ISSUED.fullmatch(text):
            meta["issued"] = text
        elif _DISTRIBUTION.match(text) or not entries:
            entries.append(text)
        else:  # a list wrapped under its label
            entries[-1] = join_words(entries[-1], text)
        ln.kind = "meta"
    if entries:
        meta["cc"] = " ".join(entries)
    log.debug("pdf: the distribution record at the end is metadata")
    return meta


# the subtitle of an open letter or a report, set under its title: ——致…的一封公开信
_DASH_SUBTITLE = re.compile(r"^(?:——|—{1,2}|－{1,2}|--)\s*\S")


def _subtitle(lines: list[_Line]) -> dict[str, str]:
    """A line opening with a dash right under the title, smaller than it, is the title's
    subtitle (——致…的一封公开信): neither the title nor a heading, kept as metadata."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if at is None:
        return {}
    while at + 1 < len(lines) and lines[at + 1].kind == "title":
        at += 1
    if at + 1 >= len(lines):
        return {}
    title, ln = lines[at], lines[at + 1]
    if ln.page != title.page or ln.size >= title.size or not _DASH_SUBTITLE.match(ln.text.strip()):
        return {}
    if ln.top - title.bottom > 3 * max(ln.size, 1.0):
        return {}
    ln.kind = "meta"
    return {"subtitle": ln.text.strip()}


_BLANK_SHARE = 0.5  # of a table's cells: a form to fill is mostly empty cells


def _blank_form(ln: _Line) -> bool:
    """A table of labels with empty cells beside them (a 回执 or 报名表 to fill in): every
    row opens with a label, and half the cells or more are empty."""
    cells = [c for row in ln.rows for c in row]
    if ln.kind != "table" or len(ln.rows) < 2 or not cells:
        return False
    labelled = all(row and (row[0] or "").strip() for row in ln.rows)
    empty = sum(not (c or "").strip() for c in cells)
    return labelled and empty >= _BLANK_SHARE * len(cells)


def _blank_forms(lines: list[_Line], annexes: list[_Line]) -> dict[str, str]:
    """An attachment that is a form to fill (its title over a table of labels and empty
    cells, then the instruction where to return it) is no text of the document: its
    title, labels and the lines after the table on its page go to the metadata
    (``form``), until the next heading."""
    forms: list[str] = []
    for title in annexes:
        at = _index(lines, title)
        nxt = lines[at + 1] if at + 1 < len(lines) else None
        if nxt is None or nxt.page != title.page or not _blank_form(nxt):
            continue
        parts = [title.text.strip()]
        parts += [" ".join(c.strip() for c in row if c and c.strip()) for row in nxt.rows]
        title.kind = nxt.kind = "meta"
        for ln in lines[at + 2 :]:
            if ln.page != title.page or ln.kind in ("heading", "title"):
                break
            parts.append(ln.text.strip())
            ln.kind = "meta"
        log.debug("pdf: page %d: an attached form to fill, to the metadata", title.page)
        forms.append("\n".join(p for p in parts if p))
    return {"form": "\n\n".join(forms)} if forms else {}


_CLOSING_RECORD_LINES = 10  # a signature table's rows, read cell by cell, or a 版记


def _closing_record(lines: list[_Line]) -> dict[str, str]:
    """The lines ending the text that are all distribution lines (报：…, 送：…), an
    editors' credit, a contract's （以下无正文） or its signature table's blanks
    (甲方（盖章）：): the closing record, metadata and not text."""
    tail = [ln for ln in lines if ln.kind not in ("drop", "meta")]
    found: list[_Line] = []
    for ln in reversed(tail[-_CLOSING_RECORD_LINES:]):
        if ln.kind not in ("body", "footnote") or not closing_line(ln.text):
            break
        found.append(ln)
    meta: dict[str, str] = {}
    for ln in reversed(found):
        closing_meta(ln.text, meta)
        ln.kind = "meta"
        log.debug("pdf: page %d: a closing record's line, metadata: %s", ln.page, ln.text)
    return meta


# closing notes of an official document under its signature: the contact, the attachments
_CLOSING_NOTE = re.compile(r"^(?:联\s*系\s*人|联系电话|联系方式|附\s*件)\s*[：:]")
_LIST_ITEM = re.compile(r"^\d{1,2}\s*[．.、]")
_SIGNATURE_LINES = 3  # lines a signature holds above its date: organisations, a name
_SIGNATURE_CHARS = 30
_SIGNATURE_LARGER = 1.0  # points: a signature may be set a little larger than the text


def _signature_at(lines: list[_Line], widths: dict[int, float]) -> int | None:
    """Where the signature block at the end of the text begins: a date in the right half
    of the page, under at most ``_SIGNATURE_LINES`` short lines in the right half; only
    closing notes may follow it on its page."""
    tail = lines[-(_SIGNATURE_LINES + 8) :]
    for i in range(len(tail) - 1, -1, -1):
        ln = tail[i]
        centre = widths.get(ln.page, 0.0) / 2
        if not (_date_line(ln.text.strip()) and ln.x0 > centre):
            continue
        rest = tail[i + 1 :]
        if not all(o.page == ln.page and _closing_note(o, rest) for o in rest):
            return None
        start = i
        while (
            start > 0
            and i - start < _SIGNATURE_LINES
            and tail[start - 1].page == ln.page
            and tail[start - 1].x0 > centre
            and len(tail[start - 1].text.strip()) <= _SIGNATURE_CHARS
            and not _prose(tail[start - 1].text)
        ):
            start -= 1
        return len(lines) - len(tail) + start
    return None


def _closing_note(ln: _Line, notes: list[_Line]) -> bool:
    """A contact or attachments line, or an item of the list such a line opens."""
    text = ln.text.strip()
    opened = any(_CLOSING_NOTE.match(o.text.strip()) for o in notes[: notes.index(ln)])
    return bool(_CLOSING_NOTE.match(text)) or (opened and _LIST_ITEM.match(text) is not None)


def _closing_block(lines: list[_Line], widths: dict[int, float], body: float) -> dict[str, str]:
    """The signature block ending an official document (organisation, date; right of
    the page's centre) and the contact and 附件 lines under it are closing furniture,
    no text: kept as metadata (``signature``, ``closing_notes``)."""
    at = _signature_at(lines, widths)
    if at is None:
        return {}
    block = lines[at:]
    if any(ln.size > body + _SIGNATURE_LARGER for ln in block):  # no heading
        return {}
    sign = [
        ln for ln in block if ln.x0 > widths.get(ln.page, 0.0) / 2 and not _closing_note(ln, block)
    ]
    notes = [ln for ln in block if ln not in sign]
    for ln in block:
        ln.kind = "meta"
    log.debug("pdf: the signature and closing notes at the end are metadata")
    meta = {"signature": "\n".join(ln.text.strip() for ln in sign)}
    if notes:
        meta["closing_notes"] = "\n".join(ln.text.strip() for ln in notes)
    return meta
