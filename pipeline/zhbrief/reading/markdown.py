"""Markdown (``.md``, ``.markdown``) read as its author sees it rendered: CommonMark with
GitHub's tables and strikethrough (markdown-it-py), not as plain text.

Headings keep their levels (the top one used is level 1), a lone ``#`` heading opening
the file is its title (as in plain text), paragraphs and list items are paragraphs
(an ordered item keeps its number), a table is a table block (its cells translated one
by one), an image standing alone is a caption (its alt text), a block quote's
paragraphs are paragraphs, notes (``[^1]: …``, mdit-py-plugins) footnotes. Inline
markup is dropped, its words kept: ``**粗体**`` is 粗体, a link is its text (the address
is no prose), an image inside a sentence its alt text, inline code its content, inline
HTML its text (a superscript after a number a power: 10^5); a note's mark ``[^1]`` is no
word. An HTML block's tables are tables and its block elements paragraphs; a code
block is one paragraph. Front matter (``---``/``+++``) gives the title and the file's
properties.
Offsets index the extracted text, as for the other structured formats.
"""

from __future__ import annotations

import html
import re
from functools import cache, reduce
from typing import Any

from ..errors import InputError
from .base import Extracted, TextBuilder, join_words
from .frontmatter import split_front_matter

MAX_NESTING = 100
_TAG = re.compile(r"<[^>]*>")
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
_SUP = re.compile(r"<sup\b[^>]*>", re.I)


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    # deeper than the preset's 20 levels (a list nested nine deep reaches them), well
    # inside Python's recursion limit; a file nested deeper still is read as plain text
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING})
    return md.enable(["table", "strikethrough"]).use(footnote_plugin)


def read_markdown(text: str, name: str) -> Extracted | None:
    """The file's blocks; None when it nests deeper than the parser goes (it would drop
    what lies deeper): the caller reads it as plain text."""
    fm = split_front_matter(text)
    fields = dict(fm.fields) if fm else {}
    title = fm.title_text if fm else ""
    body = _without_title(fm.text, fm.title) if fm else text
    tokens = _parser().parse(body)
    if any(t.level >= MAX_NESTING - 1 for t in tokens):
        return None
    out = TextBuilder()
    if title:
        out.add("title", title)
    heads = [t for t in tokens if t.type == "heading_open"]
    title_head = _title_head(tokens, heads) if not title else None
    top = min((_level(t) for t in heads if t is not title_head), default=1)
    _Walker(out, title_head, top).walk(tokens)
    if not any(b.kind in ("body", "table", "caption") for b in out.blocks):
        raise InputError(f"{name}: the Markdown file has no text besides its title and headings.")
    return Extracted(out.text(), out.blocks, "markdown", metadata=fields)


def _without_title(text: str, span: tuple[int, int] | None) -> str:
    """The front matter's title, left in place for plain text, blanked: it is a block."""
    if span is None:
        return text
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


def _level(token: Any) -> int:
    return int(token.tag[1])


def _title_head(tokens: list[Any], heads: list[Any]) -> Any | None:
    """The file's title: a level-1 heading opening it, the only one at that level."""
    first = tokens[0] if tokens else None
    h1s = [t for t in heads if t.tag == "h1"]
    return first if first is not None and h1s == [first] else None


class _Walker:
    def __init__(self, out: TextBuilder, title_head: Any | None, top: int) -> None:
        self.out = out
        self.title_head = title_head
        self.top = top
        self.ordered: list[bool] = []  # the open lists: ordered or not
        self.kind = "body"  # "footnote" inside the notes ([^1]: …)

    def walk(self, tokens: list[Any]) -> None:
        i = 0
        while i < len(tokens):
            i = self._one(tokens, i)

    def _one(self, tokens: list[Any], i: int) -> int:
        """Handles the block opening at ``i``; the index after it."""
        t = tokens[i]
        kind = t.type
        if kind == "heading_open":
            text = _inline(tokens[i + 1])
            if t is self.title_head:
                self.out.add("title", text)
            else:
                self.out.add("heading", text, level=max(1, _level(t) - self.top + 1))
            return i + 3
        if kind in ("bullet_list_open", "ordered_list_open"):
            self.ordered.append(kind == "ordered_list_open")
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.ordered.pop()
        elif kind == "list_item_open" and self.ordered and self.ordered[-1]:
            self._item_number(tokens, i)
        elif kind in ("footnote_block_open", "footnote_block_close"):
            self.kind = "footnote" if kind == "footnote_block_open" else "body"
        elif kind == "paragraph_open":
            self._paragraph(tokens[i + 1])
            return i + 3
        elif kind in ("fence", "code_block"):
            self.out.add("body", t.content)
        elif kind == "html_block":
            self._html_block(t.content)
        elif kind == "table_open":
            end = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
            self.out.add_table(_rows(tokens[i:end]))
            return end + 1
        return i + 1

    def _html_block(self, block: str) -> None:
        """An HTML block's text: a table is a table, each other block element's words a
        paragraph (a ``<br>`` a line break); comments and tags are no words."""
        import lxml.html
        from lxml import etree

        try:
            parts = lxml.html.fragments_fromstring(block)
        except (ValueError, etree.ParserError):
            parts = [_TAG.sub("", block)]
        for part in parts:
            if isinstance(part, str):
                self.out.add("body", html.unescape(part))
            elif isinstance(part.tag, str):  # not a comment
                self._html_element(part)

    def _html_element(self, el: Any) -> None:
        """An element in reading order: a table as a table, the words around it as text."""
        if el.tag == "table":
            self.out.add_table([_cells(tr) for tr in el.iter("tr")])
        elif el.find(".//table") is None:
            for text in _html_paragraphs(el):
                self.out.add("body", text)
        else:
            self.out.add("body", el.text or "")
            for child in el:
                if isinstance(child.tag, str):
                    self._html_element(child)
                self.out.add("body", child.tail or "")

    def _item_number(self, tokens: list[Any], i: int) -> None:
        """An ordered item's number goes before its first paragraph's words (3. 填写)."""
        item = tokens[i]
        if i + 2 < len(tokens) and tokens[i + 1].type == "paragraph_open":
            inline = tokens[i + 2]
            inline.meta = {**(inline.meta or {}), "number": f"{item.info}{item.markup} "}

    def _paragraph(self, inline: Any) -> None:
        children = inline.children or []
        number = (inline.meta or {}).get("number", "")
        alone = [c for c in children if c.type != "softbreak" and c.content.strip()]
        if len(alone) == 1 and alone[0].type == "image" and not number:
            self.out.add("caption", alone[0].content)  # a picture on its own: its alt text
            return
        self.out.add(self.kind, number + _inline(inline))


def _inline(token: Any) -> str:
    """An inline run's words: markup dropped, link and image texts kept; a soft line
    break joins as the rendered paragraph does (none between Chinese, a space between
    words), a hard one stays; a superscript after a number or letter is a power (10^5)."""
    lines: list[str] = [""]
    for c in token.children or []:
        if c.type in ("text", "code_inline", "image"):
            lines[-1] += c.content
        elif c.type == "softbreak":
            lines.append("")
        elif _hard_break(c):
            lines[-1] += "\n"
        elif c.type == "html_inline" and _SUP.fullmatch(c.content.strip()):
            lines[-1] += "^" if lines[-1][-1:].isascii() and lines[-1][-1:].isalnum() else ""
    return reduce(_join, lines)


def _join(a: str, b: str) -> str:
    """Two lines of a paragraph: after a hard break as they stand, else as words join."""
    return a + b.lstrip() if a.endswith("\n") else join_words(a, b)


def _hard_break(token: Any) -> bool:
    """A hard line break: two spaces or a backslash at a line's end, or a ``<br>``."""
    if token.type == "html_inline":
        return _BREAK_TAG.fullmatch(token.content.strip()) is not None
    return bool(token.type == "hardbreak")


_BLOCK_TAGS = frozenset(
    "p div li tr h1 h2 h3 h4 h5 h6 blockquote section article dd dt ul ol pre figure "
    "figcaption header footer".split()
)


def _html_paragraphs(element: Any) -> list[str]:
    """An element's words, a paragraph for each block element in it."""
    for el in element.iter():
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.tail = "\n\n" + (el.tail or "")
    text = element.text_content()
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def _cells(tr: Any) -> list[str]:
    return [str(cell.text_content()) for cell in tr if cell.tag in ("td", "th")]


def _rows(tokens: list[Any]) -> list[list[str]]:
    rows: list[list[str]] = []
    for t in tokens:
        if t.type == "tr_open":
            rows.append([])
        elif t.type == "inline" and rows:
            rows[-1].append(_inline(t))
    return rows
