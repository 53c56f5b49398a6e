"""The PDF reader's records of lines and pages, and the tests on them its modules share."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..base import PAGE_NUMBER, join_words, numbered_level, prose_line

# the package's logger (zhbrief.reading.pdf), one for all its modules
log = logging.getLogger(__name__.rpartition(".")[0])

_SENTENCE_END = tuple("。！？!?；;：:”’」』）)…")
_PAGE_NUMBER = PAGE_NUMBER
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
    # drawn in another direction than most of its page's text (a chart's axis label set
    # sideways): its box is in that direction's frame, not the page's
    turned: bool = False


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
    # short rules at the left of the page's lower half (x0, top, x1): a footnote separator
    separators: list[tuple[float, float, float]] = field(default_factory=list)


@dataclass
class _Rule:
    top: float
    x0: float
    x1: float
    red: bool


def _all_lines(pages: list[_Page]) -> Iterable[_Line]:
    return (ln for p in pages for ln in p.lines)


# the heading of a table of contents (a typographic convention, not one document's)
# a table of contents' title, or a list of figures' or tables' (插图清单, 表格清单), in
# Chinese, English or both (目次 Contents)
_CONTENTS_TITLE = re.compile(
    r"(?:目\s*[录次]|插\s*图\s*(?:清\s*单|目\s*录)|表\s*格\s*(?:清\s*单|目\s*录)"
    r"|[附插]?图\s*目\s*录|表\s*目\s*录)(?:\s*(?:table\s*of\s*)?contents)?"
    r"|(?:table\s*of\s*)?contents|list\s*of\s*(?:figures|tables)",
    re.I,
)


def _contents_key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


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


def _inside(ln: _Line, box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    return ln.x0 >= x0 - 1 and ln.x1 <= x1 + 1 and ln.top >= top - 1 and ln.bottom <= bottom + 1


_OCR_FONT = "GlyphLessFont"  # the invisible font of Tesseract's text layer (ocrmypdf)


def _has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def _mostly_chinese(text: str) -> bool:
    ink = "".join(text.split())
    return bool(ink) and 2 * len(_CJK.findall(ink)) >= len(ink)


_PEER_CHARS = 30  # a numbered line this short, standing alone, may be a heading


def _prose(text: str) -> bool:
    """A paragraph's line, unless numbered like a heading (（一）……，……。 is one)."""
    return prose_line(text) and numbered_level(text) is None


_OCR_SIZE_SLACK = 0.15  # an OCR layer's sizes of one type differ by this share


def _sized_alike(a: _Line, b: _Line) -> bool:
    """Set in one size: the same, or near it on an OCR layer, whose sizes are guesses
    (a title's second line given 27 pt under a first of 30)."""
    if a.size == b.size:
        return True
    return _ocr_pair(a, b) and abs(a.size - b.size) <= _OCR_SIZE_SLACK * max(a.size, b.size)


def _pitch_alike(a: _Line, b: _Line) -> bool:
    """The characters of ``a`` advance no more than 15 % narrower than ``b``'s, or one
    line has too few to tell, or either is typeset (its size is exact): an OCR box's
    height grows with specks and slant, the pitch of its characters does not (an
    issuer under a title: boxes alike, 16 pt against 22). One way only: a short
    line's pitch comes out wide (the box's padding shared by few characters), so the
    wrapped end of a title reads wider than its first line."""
    if not _ocr_pair(a, b):
        return True
    pa, pb = _pitch(a), _pitch(b)
    return pa is None or pb is None or pa >= (1 - _OCR_SIZE_SLACK) * pb


_PITCH_HAN = 4  # Han characters a line needs for its pitch to be told
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff01-\uff5e“”‘’—…\u3400-\u9fff]")


def _pitch(ln: _Line) -> float | None:
    """The advance of a line's characters: its width over its ems (a Han character or
    a full-width mark one, any other visible character half); None for a line of few
    Han characters, or mostly of other ones. OCR's spaces between words are no ems."""
    chars = re.sub(r"\s+", "", ln.text)
    han = len(_HAN.findall(chars))
    if han < _PITCH_HAN or 2 * han < len(chars):
        return None
    full = len(_FULL_WIDTH.findall(chars))
    ems = full + 0.5 * (len(chars) - full)
    return (ln.x1 - ln.x0) / ems


def _ocr_pair(a: _Line, b: _Line) -> bool:
    """Both lines are an OCR layer's (their sizes guesses from line boxes)."""
    return a.font == _OCR_FONT and b.font == _OCR_FONT


_PART = re.compile(r"第[^章节]{1,4}(?:部分|编|篇)")  # 第一部分, 第二编: above chapters
_CHAPTER = re.compile(r"第[^章节]{1,4}章")  # 第一章
# a chapter's number alone: 第1章, 第二篇, Chapter 3 (its opening page's first line)
CHAPTER_NUMBER = r"第\s*[\d一二三四五六七八九十]{1,3}\s*[章篇部]|chapter\s*\d{1,2}"
_SECTION = re.compile(r"第[^章节]{1,4}节")  # 第一节: under a chapter


def _merge_lines(run: list[_Line]) -> None:
    """The run's words into its first line, one line of text; the others leave the text
    (kind ``meta``: their words are the first line's now)."""
    text = ""
    for ln in run:
        text = join_words(text, ln.text.strip())
    run[0].text = text
    for ln in run[1:]:
        ln.kind = "meta"
