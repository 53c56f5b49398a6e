"""What a structured reader hands to the segmenter."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

# title: the document title (at most one); heading: a section heading with a level;
# body: a paragraph or list item; table: rows of cells; footnote: kept apart from the body
BLOCK_KINDS = ("title", "heading", "body", "table", "footnote")
# Inside a table block cells are separated by a tab and rows by a newline
CELL_SEP = "\t"
ROW_SEP = "\n"

# C0/C1 controls except tab and newline, DEL, stray BOMs (as in reader.normalise)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_WS = re.compile(r"\s+")
_CJK_OR_PUNCT = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·]")


_CN = "[一二三四五六七八九十百零〇两]+"
# Chinese numbered heading markers and their levels (一、 = 1, （一） = 2)
_NUMBERED = (
    (re.compile(rf"第(?:{_CN}|\d{{1,3}})(?:章|部分|编|篇)"), 1),
    (re.compile(rf"{_CN}、"), 1),
    (re.compile(rf"第(?:{_CN}|\d{{1,3}})节"), 2),
    (re.compile(rf"[（(]{_CN}[）)]"), 2),
)
_INNER_STOP = re.compile(r"[。！？!?](?=.)")
MAX_FAKE_HEADING = 60  # characters: longer lines are never promoted to headings


def numbered_level(text: str) -> int | None:
    """The level of a short line numbered like a heading (一、, （一）, 第一章), else None."""
    text = text.strip()
    if not text or len(text) > MAX_FAKE_HEADING or _INNER_STOP.search(text):
        return None
    return next((lv for rx, lv in _NUMBERED if rx.match(text)), None)


def one_clause(text: str) -> bool:
    """Short and without a sentence end inside: could be a heading."""
    text = text.strip()
    return bool(text) and len(text) <= MAX_FAKE_HEADING and not _INNER_STOP.search(text)


@dataclass(frozen=True)
class Block:
    kind: str
    start: int  # offsets into Extracted.text
    end: int
    level: int = 0  # heading level, 1 = top; 0 for other kinds
    page: int | None = None  # 1-based page the block starts on (PDF only)


@dataclass
class Extracted:
    text: str
    blocks: list[Block]
    format: str  # pdf, docx, html
    pages: int | None = None
    metadata: dict[str, str] = field(default_factory=dict)


def join_words(a: str, b: str) -> str:
    """Join two pieces of one paragraph: no space between Chinese, one between Latin."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a + b
    if _CJK_OR_PUNCT.match(a[-1]) or _CJK_OR_PUNCT.match(b[0]):
        return a + b
    if a[-1] == "-" and len(a) > 1 and a[-2].isalpha() and b[0].islower():
        return a[:-1] + b  # hyphenated at the line end: "inter-" + "national"
    return a + " " + b


def clean(s: str) -> str:
    """One line: whitespace runs become one space (tabs and newlines are separators here)."""
    return _WS.sub(" ", s).strip()


class TextBuilder:
    """Appends blocks to the extracted text, separated by blank lines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def add(self, kind: str, text: str, level: int = 0, page: int | None = None) -> None:
        text = unicodedata.normalize("NFC", _CONTROL.sub("", text)).strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.parts.append(text)
        self.blocks.append(Block(kind, self.pos, self.pos + len(text), level, page))
        self.pos += len(text)

    def add_table(self, rows: list[list[str]], page: int | None = None) -> None:
        cells = [[clean(c) for c in row] for row in rows]
        lines = [CELL_SEP.join(c or "" for c in row).strip() for row in cells]
        self.add("table", ROW_SEP.join(ln for ln in lines if ln), page=page)

    def text(self) -> str:
        return "".join(self.parts)
