"""Pages a word processor saved as a web page (LibreOffice's and Word's "save as web
page"): one document, no site around it, so its body is read in order as the document
it is, not through the main-content extractor (which drops ``<h1>`` headings, loose
runs such as the ``2013`` set outside a paragraph's ``<font>`` runs, and reads the
page's running header as text). Headings are the heading tags, the short lines set
wholly bold or larger than the text, and a numbered list's lone bold item over text (a
section numbered by Word's list numbering); the title is the largest line before the
text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from .base import (
    CLOSING_ITEMS,
    DATE_LINE,
    FINISHED,
    TITLE_LABELS,
    WORD_PROMPT,
    byline_line,
    clean,
    closing_line,
    closing_meta,
    form_fields,
    join_words,
    numbered_level,
    one_clause,
    prose_line,
    squash,
)

# the generator a word processor writes in its web page's <head>
_GENERATOR = re.compile(r"LibreOffice|OpenOffice|Microsoft Word|WPS", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PARAGRAPHS = frozenset({"p", "dt", "dd", "pre", "caption", *_HEADINGS})
_SKIPPED = frozenset({"head", "style", "script", "title", "meta", "col", "colgroup"})
_SIZE_STEP = 0.5  # px: a size this much larger than the text's is another size
_TITLE_CHARS = 60  # a title is a line or two
_HEADING_CHARS = 40  # a typographic heading (bold or larger, no heading tag) is short
_LAYOUT_CHARS = 200  # a table cell holding this much text in paragraphs lays out a page


@dataclass
class _Para:
    """A paragraph as the page sets it."""

    text: str
    tag: str
    size: float | None = None  # CSS px when all of it shares one size
    bold: bool = False  # all of its text is bold
    centred: bool = False
    listed: bool = False  # an item of an auto-numbered or bulleted list
    # the one item of a numbered list (Word writes a list-numbered heading as its own
    # <ol>, one <ol> inside another per level): the level it is at, else 0
    lone_number: int = 0
    in_table: bool = False
    styled: str = ""  # the paragraph's class (title, subtitle)


@dataclass
class _Table:
    rows: list[list[str]]
    paras: list[_Para] = field(default_factory=list)


def word_processor_page(page: Any) -> bool:
    """The page's ``<meta name="generator">`` names a word processor, or Word's
    ``ProgId`` meta is there."""
    for m in page.iter("meta"):
        name = (m.get("name") or "").lower()
        content = m.get("content") or ""
        if name == "generator" and _GENERATOR.search(content):
            return True
        if name == "progid" and content.startswith("Word."):
            return True
    return False


def _dropped(el: Any) -> bool:
    """A page header or footer (LibreOffice's ``<div title="header">``, Word's
    ``mso-element:header``), a footnote area, or a table of contents: the page's
    furniture, not its text."""
    title = (el.get("title") or "").lower()
    ident = el.get("id") or ""
    style = (el.get("style") or "").lower()
    cls = el.get("class") or ""
    return (
        title in ("header", "footer")
        or re.search(r"mso-element\s*:\s*(?:header|footer|footnote|endnote)", style) is not None
        or re.match(r"sd(?:foot|end)note\d", ident) is not None
        or ident.startswith("Table of Contents")
        or cls.startswith(("contents-heading", "MsoToc", "sdfootnote", "sdendnote"))
        or (el.tag == "a" and cls.startswith(_NOTE_ANCHORS))
    )


# a footnote's or endnote's number in the text (LibreOffice's and Word's anchors)
_NOTE_ANCHORS = ("sdfootnoteanc", "sdendnoteanc", "MsoFootnoteReference", "MsoEndnoteReference")


class _Reader:
    """The body's paragraphs and tables in order, with their looks."""

    def __init__(self, sizes: dict[Any, float | None], centred: dict[Any, bool]) -> None:
        self.sizes = sizes
        self.centred = centred
        self.items: list[_Para | _Table] = []
        self.form_title: str | None = None  # a form's title field (标题 beside its value)
        self.form_at = 0  # the item the form with the title field opens at
        self.fields: dict[str, str] = {}  # a layout form's filled fields

    def walk(self, el: Any, listed: bool = False, in_table: bool = False) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag in _SKIPPED or _dropped(child):
                continue
            if child.tag == "table":
                self._table(child, listed, in_table)
            elif child.tag in _PARAGRAPHS or not _has_blocks(child):
                self._para(child, listed or child.tag == "li", in_table)
            else:
                self.walk(child, listed or child.tag in ("ol", "ul", "li"), in_table)

    def _para(self, el: Any, listed: bool, in_table: bool) -> None:
        text = _text(el)
        if not text:
            return
        runs = _runs(el, self.sizes)
        sizes = {s for s, _ in runs}
        self.items.append(
            _Para(
                text=text,
                tag=el.tag,
                size=sizes.pop() if len(sizes) == 1 else None,
                bold=el.tag in _HEADINGS or (all(b for _, b in runs) and bool(runs)),
                centred=self.centred.get(el, False),
                listed=listed,
                lone_number=_lone_number(el) if listed else 0,
                in_table=in_table,
                styled=(el.get("class") or "").lower(),
            )
        )

    def _table(self, table: Any, listed: bool, in_table: bool) -> None:
        rows = [
            [_text(c) for c in row.iter("td", "th") if owning_table(c) is table]
            for row in table.iter("tr")
            if owning_table(row) is table
        ]
        rows = [r for r in rows if any(r)]
        if self.form_title is None and (found := _form_title(rows)):
            self.form_title, self.form_at = found, len(self.items)
        cells = [c for c in table.iter("td", "th") if owning_table(c) is table]
        if any(_layout_cell(c) for c in cells):
            self._layout_table(table, listed)
            return
        inner = _Reader(self.sizes, self.centred)
        inner.walk(table, listed, in_table=True)
        if rows:
            paras = [p for p in inner.items if isinstance(p, _Para)]
            self.items.append(_Table(rows, paras))

    def _layout_table(self, table: Any, listed: bool) -> None:
        """A table laying out a form around the text (a report form: 标题, 报送单位 and
        their values in rows, the text in one large cell): the large cells are read
        as the page's text; the rows of short cells are the form's fields (label,
        value, label, value…), metadata; a label beside a large cell (正文) is
        neither."""
        for row in (r for r in table.iter("tr") if owning_table(r) is table):
            cells = [c for c in row.iter("td", "th") if owning_table(c) is table]
            if any(_layout_cell(c) for c in cells):
                for cell in cells:
                    if _layout_cell(cell):
                        self.walk(cell, listed, in_table=True)
                continue
            texts = [_text(c) for c in cells]
            for label, value in zip(texts[0::2], texts[1::2], strict=False):
                if label and value:
                    self.fields.setdefault(squash(label).rstrip("：:"), value)


def _lone_number(el: Any) -> int:
    """How deep in numbered lists (``<ol>``) the element is, where each list round it
    holds one item of its own (a deeper list may sit in that item); else 0."""
    lists = [a for a in el.iterancestors() if a.tag in ("ol", "ul")]
    if not lists or any(a.tag != "ol" for a in lists):
        return 0
    alone = all(sum(1 for c in a if c.tag == "li") <= 1 for a in lists)
    return len(lists) if alone else 0


def _has_blocks(el: Any) -> bool:
    return any(
        isinstance(e.tag, str)
        and (e.tag in _PARAGRAPHS or e.tag in ("table", "div", "ol", "ul", "li"))
        for e in el.iterdescendants()
    )


def owning_table(el: Any) -> Any:
    """The table a cell or row belongs to (the nearest one above it), or None."""
    up = el.getparent()
    while up is not None and up.tag != "table":
        up = up.getparent()
    return up


def _layout_cell(cell: Any) -> bool:
    """A cell holding a heading, another table, or paragraphs of some length."""
    inner = [e for e in cell.iterdescendants() if isinstance(e.tag, str)]
    if any(e.tag in (*_HEADINGS, "table") for e in inner):
        return True
    paras = [e for e in inner if e.tag == "p" and _text(e)]
    return len(paras) >= 2 and len(_text(cell)) >= _LAYOUT_CHARS


def _text(el: Any) -> str:
    """The element's text, its ``<br>`` lines joined, furniture (a footnote's anchor)
    and Word's placeholder prompts left out."""
    pieces = [""]

    def walk(node: Any) -> None:
        pieces[-1] += node.text or ""
        for child in node:
            if isinstance(child.tag, str) and not _dropped(child) and child.tag not in _SKIPPED:
                if child.tag == "br":
                    pieces.append("")
                else:
                    walk(child)
            pieces[-1] += child.tail or ""

    walk(el)
    out = ""
    for line in pieces:
        line = re.sub(r"\s+", " ", WORD_PROMPT.sub("", line)).strip()
        if line:
            out = join_words(out, line)
    return out


_BOLD = re.compile(r"font-weight\s*:\s*(bold(?:er)?|[6-9]00|normal|[1-5]00)", re.I)


def _runs(el: Any, sizes: dict[Any, float | None]) -> list[tuple[float | None, bool]]:
    """The paragraph's pieces of text (spaces aside) by size and weight."""
    out: list[tuple[float | None, bool]] = []

    def weight(node: Any, bold: bool) -> bool:
        if node.tag in ("b", "strong", *_HEADINGS):
            bold = True
        m = _BOLD.search(node.get("style") or "")
        if m:
            bold = not m[1].lower().startswith(("normal", "1", "2", "3", "4", "5"))
        return bold

    def walk(node: Any, bold: bool) -> None:
        bold = weight(node, bold)
        if (node.text or "").strip():
            out.append((sizes.get(node), bold))
        for child in node:
            if isinstance(child.tag, str) and not _dropped(child):
                walk(child, bold)
            if (child.tail or "").strip():
                out.append((sizes.get(node), bold))

    walk(el, False)
    return out


def read_word_page(
    page: Any, sizes: dict[Any, float | None], centred: dict[Any, bool]
) -> tuple[list[tuple[str, str, int]], dict[str, str]]:
    """The page's blocks as (kind, text, level) and what goes to the metadata."""
    body = page.find(".//body")
    reader = _Reader(sizes, centred)
    if body is not None:
        reader.walk(body)
    items = reader.items
    meta = dict(reader.fields)
    text_size = _text_size(items)
    shown = clean(page.findtext(".//title") or "")
    title_at, title = _title(reader, text_size, shown)
    levels = _heading_levels(items, text_size, title_at)
    skipped = _closing(items, meta) | _front_fields(items, levels, title_at, meta)
    skipped |= _byline(items, levels, title_at, meta)
    out: list[tuple[str, str, int]] = []
    if title:
        out.append(("title", title, 0))
    for i, item in enumerate(items):
        if i == title_at or i in skipped:
            continue
        if isinstance(item, _Table):
            out.append(("table", "\n".join("\t".join(r) for r in item.rows), 0))
        elif i in levels:
            out.append(("heading", item.text, levels[i]))
        else:
            out.append(("body", item.text, 0))
    return out, meta


def _text_size(items: list[_Para | _Table]) -> float | None:
    """The size most of the text is set in."""
    chars: Counter[float] = Counter()
    for item in items:
        if isinstance(item, _Para) and item.size is not None:
            chars[item.size] += len(item.text)
    return chars.most_common(1)[0][0] if chars else None


def _larger(p: _Para, text_size: float | None) -> bool:
    return p.size is not None and text_size is not None and p.size >= text_size + _SIZE_STEP


def _title(reader: _Reader, text_size: float | None, shown: str) -> tuple[int | None, str]:
    """The title: a paragraph styled Title; else the file's title (``<title>``) when a
    line before the text shows it; else a form's title field when a form opens the
    page (标题 beside its value), or a cover's title line (论文题目：…); else the
    largest short line before the text starts (a table's too: a cover's one-cell box,
    a banner's merged cell; not a masthead's name beside its issue, 第 6 期)."""
    items = reader.items
    for i, item in enumerate(items):
        if isinstance(item, _Para) and item.styled in ("title", "msotitle"):
            return i, item.text
    front = _front(items)
    for i in front:
        item = items[i]
        if isinstance(item, _Para) and shown and squash(item.text) == squash(shown):
            return i, item.text
    if reader.form_title and (not front or reader.form_at <= front[-1] + 1):
        return None, reader.form_title
    for i in front:
        item = items[i]
        if isinstance(item, _Para) and (value := _title_field(item.text)):
            return i, value
    best: tuple[float, int, str] | None = None
    for i in front:
        item = items[i]
        masthead = _masthead(item) if isinstance(item, _Table) else set()
        for p in item.paras if isinstance(item, _Table) else [item]:
            if not _title_like(p, text_size) or p.text in masthead:
                continue
            size = p.size or 0.0
            if best is None or size > best[0]:
                best = (size, i, p.text)
    if best is None:
        return None, ""
    at = best[1] if isinstance(items[best[1]], _Para) else None
    return at, best[2]


def _title_field(text: str) -> str | None:
    """The value of a cover's title line (论文题目：…)."""
    fields = form_fields(text)
    if len(fields) == 1 and fields[0][0] in TITLE_LABELS and len(fields[0][1]) >= 4:
        return fields[0][1]
    return None


# a periodical's issue: 2013年第6期, 第 12 期
_ISSUE = re.compile(r"第\s*[0-9一二三四五六七八九十〇]+\s*期")


def _masthead(table: _Table) -> set[str]:
    """The cells of a banner's row that holds an issue number (a 简报's name, its
    issue, its office): the masthead, not the title."""
    return {c for row in table.rows if any(_ISSUE.search(c) for c in row) for c in row}


def _front(items: list[_Para | _Table]) -> list[int]:
    """The items before the text starts: before the first heading tag or the first
    paragraph of prose."""
    out: list[int] = []
    for i, item in enumerate(items):
        if isinstance(item, _Para) and (item.tag in _HEADINGS or _prose(item.text)):
            break
        out.append(i)
    return out


def _title_like(p: _Para, text_size: float | None) -> bool:
    text = p.text
    return (
        _larger(p, text_size)
        and 4 <= len(text) <= _TITLE_CHARS
        and not form_fields(text)
        and not text.endswith(FINISHED + tuple("：:，,；;"))
    )


def _form_title(rows: list[list[str]]) -> str | None:
    """The value beside a form's title label (标题, 题目)."""
    for row in rows:
        for label, value in pairwise(row):
            if squash(label).rstrip("：:") in TITLE_LABELS and 4 <= len(value) <= _TITLE_CHARS:
                return value
    return None


def _heading_levels(
    items: list[_Para | _Table], text_size: float | None, title_at: int | None
) -> dict[int, int]:
    """The headings' levels by index: heading tags by their rank among the tags used;
    short lines set wholly bold or larger than the text (not list items, not in a
    data table) by the rank of their size, a numbered one by its number's level when
    sizes do not tell them apart."""
    tags = sorted({int(p.tag[1]) for p in items if isinstance(p, _Para) and p.tag in _HEADINGS})
    found: dict[int, int] = {}
    styled: list[int] = []
    for i, p in enumerate(items):
        if not isinstance(p, _Para):
            continue
        if p.tag in _HEADINGS:
            found[i] = tags.index(int(p.tag[1])) + 1
        elif i != title_at and _typographic_heading(p, text_size, bool(tags)):
            styled.append(i)
    heads = _list_heads(items)
    styled = _past_cover(items, styled, found)
    for i, depth in heads.items():
        found[i] = len(tags) + depth
    if not styled:
        return found
    paras = {i: p for i, p in enumerate(items) if isinstance(p, _Para)}
    ranks = sorted({paras[i].size or 0.0 for i in styled}, reverse=True)
    top = len(tags)  # ranks below the tags' when both are used
    numbered = [numbered_level(paras[i].text) for i in styled]
    by_number = len(ranks) == 1 and any(n is not None for n in numbered)
    first = min((n for n in numbered if n is not None), default=1)
    for i, n in zip(styled, numbered, strict=True):
        p = paras[i]
        rank = ranks.index(p.size or 0.0) + 1
        if by_number:
            rank = (n - first + 1) if n is not None else 1
        found[i] = (top + rank) if top else rank
    return found


def _list_heads(items: list[_Para | _Table]) -> dict[int, int]:
    """List-numbered headings by index, with their list level: the lone item of a
    numbered list, set as a heading is (one short unended clause, all bold), over a
    paragraph of prose or over a deeper such heading (a report written without
    heading styles, its sections numbered 1./1.1 by Word's list numbering). A list of
    several bold items, or one over list items, stays a list."""
    found: dict[int, int] = {}
    below: tuple[str, int] = ("end", 0)  # what the next item is
    for i in range(len(items) - 1, -1, -1):
        p = items[i]
        if not isinstance(p, _Para):
            below = ("other", 0)
            continue
        depth = p.lone_number
        heads = below[0] == "prose" or (below[0] == "head" and below[1] > depth)
        lone = depth and p.tag not in _HEADINGS  # a heading tag keeps its tag's rank
        if lone and heads and p.bold and not p.in_table and _short_head(p.text):
            found[i] = depth
            below = ("head", depth)
        elif not p.listed and (prose_line(p.text) or not one_clause(p.text)):
            below = ("prose", 0)
        else:
            below = ("other", 0)
    return found


def _short_head(text: str) -> bool:
    return (
        len(text) <= _HEADING_CHARS
        and one_clause(text)
        and not prose_line(text)
        and not text.endswith((*FINISHED, *"，,；;、.", "……"))
    )


def _past_cover(
    items: list[_Para | _Table], styled: list[int], tagged: dict[int, int]
) -> list[int]:
    """The bold or larger lines before the first heading tag or numbered one are a
    cover's (the issuer, a date, 目录, a pledge's label), not headings: no part of the
    document comes before its first section."""
    starts = [i for i in tagged] + [
        i for i in styled if isinstance(p := items[i], _Para) and numbered_level(p.text) is not None
    ]
    first = min(starts, default=None)
    if first is None:
        return styled
    return [i for i in styled if i >= first]


def _typographic_heading(p: _Para, text_size: float | None, tagged: bool) -> bool:
    """A short line set wholly bold, or larger than the text where the page has no
    heading tags (a page with them sets a line merely larger for emphasis); not a list
    item (a numbered list's bold lines are items), nor a layout cell's unnumbered
    label."""
    if p.listed or (p.in_table and numbered_level(p.text) is None):
        return False
    if not (p.bold or (not tagged and _larger(p, text_size))):
        return False
    text = p.text
    return (
        len(text) <= _HEADING_CHARS
        and one_clause(text)
        and not form_fields(text)
        and not text.endswith(FINISHED + tuple("：:，,；;"))
        and any(ch.isalpha() for ch in text)
    )


def _front_fields(
    items: list[_Para | _Table], levels: dict[int, int], title_at: int | None, meta: dict[str, str]
) -> set[int]:
    """Form-field lines between the title and the first heading or paragraph of prose
    (a contract's parties: 甲方：…, 地址：…; a cover's 姓名：…): metadata."""
    found: set[int] = set()
    for i, item in enumerate(items):
        if i in levels or (isinstance(item, _Para) and _prose(item.text)):
            break
        if i == title_at or not isinstance(item, _Para):
            continue
        fields = form_fields(item.text)
        if fields:
            found.add(i)
            for label, value in fields:
                if value:
                    meta.setdefault(label, value)
    return found


def _byline(
    items: list[_Para | _Table], levels: dict[int, int], title_at: int | None, meta: dict[str, str]
) -> set[int]:
    """Right under the title, a line that is only a date and the short line over it set
    as it is (the authors): the byline, metadata, as a Word file's reads; what the page
    shows wins over its ``<meta>`` author (a file property). One line over the date
    only: a page keeps no trace of a picture a caption above it belongs to."""
    if title_at is None:
        return set()
    for i in range(title_at + 1, min(len(items), title_at + 4)):  # two lines, then the date
        item = items[i]
        if i in levels or not isinstance(item, _Para) or item.listed or item.in_table:
            return set()
        text = item.text.strip()
        if not DATE_LINE.fullmatch(text):
            continue
        meta["date"] = re.sub(r"\s+", "", text)
        above = items[i - 1]
        if i - 1 == title_at or not isinstance(above, _Para) or above.centred != item.centred:
            return {i}
        by = above.text.strip()
        if not byline_line(by) or numbered_level(by) is not None or form_fields(by):
            return {i}
        meta["author"] = by
        return {i - 1, i}
    return set()


def _prose(text: str) -> bool:
    return len(text) > _TITLE_CHARS and text.endswith(FINISHED)


def _closing(items: list[_Para | _Table], meta: dict[str, str]) -> set[int]:
    """The last items when each is closing-record lines: into the metadata."""
    found: set[int] = set()
    for i in range(len(items) - 1, -1, -1):
        item = items[i]
        lines = [c for r in item.rows for c in r if c] if isinstance(item, _Table) else [item.text]
        if len(found) == CLOSING_ITEMS or not all(closing_line(ln) for ln in lines):
            break
        found.add(i)
        for line in lines:
            closing_meta(line, meta)
    return found
