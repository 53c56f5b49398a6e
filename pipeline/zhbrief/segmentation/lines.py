"""Plain text, line by line: each line classified, then grouped into items.

1. Each line is classified: blank, invisible (zero-width characters only), Markdown
   heading, numbered heading (一、 （一） 第一章 1. (1) ...), metadata (来源：, 责任编辑：,
   a timestamp on its own, ...), title, short unnumbered heading, or body.
2. The layout decides how body lines group into paragraphs: in hard-wrapped text
   (most lines of similar length run on without final punctuation) only blank lines
   and structure end a paragraph; otherwise every line that ends a sentence (or with
   a colon) ends its paragraph. Either way a line that stops mid-sentence is joined
   to the next, so a single line break inside a sentence is never a boundary.

The result is a list of ``Item``: ("title" | "heading", Heading), ("meta", MetaItem)
or ("block", (start, end)), which ``numbering``, ``inline`` and ``assemble`` refine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from ..config import SegmentConfig
from ..document import Heading, MetaItem
from .metadata import COLONS, META_LINE_MAX, dateline_line, parse_meta
from .sentences import ends_sentence, rejoin, strip_span

# Zero-width characters left behind by web copies (links, footnotes): not whitespace
# to ``str.isspace``, so they must be covered, but they never make a line meaningful.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_CN_NUM = "[一二三四五六七八九十百零〇两]+"
# Numbered heading markers at the start of a line, with their level. Arabic markers
# (level >= 3) double as list items, so they get stricter checks (see _numbered_ok).
_NUMBERED: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"第(?:{_CN_NUM}|\d{{1,3}})(?:章|部分|编|編|篇|卷)"), 1),
    (re.compile(rf"第(?:{_CN_NUM}|\d{{1,3}})[节節]"), 2),
    (re.compile(rf"{_CN_NUM}、"), 1),
    (re.compile(rf"[（(]{_CN_NUM}[）)]"), 2),
    (re.compile(r"\d{1,2}[.．](?!\d)"), 3),  # "1. ..." but not "1.5亿"
    (re.compile(r"\d{1,2}、"), 3),
    (re.compile(r"[（(]\d{1,2}[）)]"), 4),
)
# Markdown ATX heading: 1-6 '#' then a space (so "#hashtag" is not a heading).
_MD_HEADING = re.compile(r"(#{1,6})[ \t]+\S")
# Bullet or list item: starts a new paragraph even in hard-wrapped text.
_BULLET = re.compile(r"(?:[-*•·▪●○◆■][ \t]|\d{1,3}[.．、)）]|[（(]\d{1,3}[）)])")
# Lines that end like this are not headings (they lead into what follows) ...
_LEAD_IN_END = frozenset("，、,；;：:（(“‘「『《—-")
# ... and lines that start like this continue the previous line.
_CONTINUATION_START = frozenset("，、,；;：:。．.！!？?）)”’」』》】")


@dataclass
class Line:
    start: int  # offsets of the whitespace-trimmed content
    end: int
    text: str  # the content without zero-width characters (offsets still index the source)
    kind: str = "body"  # blank, invisible, meta, title, heading, body
    level: int = 0  # heading level for numbered / Markdown headings
    arabic: bool = False
    meta: list[MetaItem] = field(default_factory=list)


@dataclass
class Layout:
    wrapped: bool
    width: int  # typical line length (80th percentile of body lines)


# --------------------------------------------------------------------------- lines


def classify(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = strip_span(text, pos, pos + len(raw))
        bare = "".join(c for c in text[s:e] if c not in _INVISIBLE).strip()
        line = Line(s, e, bare)
        if s == e:
            line.kind = "blank"
        elif not bare:
            line.kind = "invisible"
        else:
            _classify_content(line, text[s:e])
        lines.append(line)
        pos += len(raw) + 1
    return lines


def _classify_content(line: Line, raw: str) -> None:
    md = _MD_HEADING.match(line.text)
    if md:
        line.kind, line.level = "heading", len(md.group(1))
        return
    meta = parse_meta(raw, line.start, strict=False) or dateline_line(raw, line.start)
    if meta is not None and len(raw) <= META_LINE_MAX:
        line.kind, line.meta = "meta", meta
        return
    for rx, level in _NUMBERED:
        m = rx.match(line.text)
        if m and m.end() < len(line.text):
            line.kind, line.level, line.arabic = "numbered", level, level >= 3
            return


def measure_layout(lines: list[Line]) -> Layout:
    """Hard-wrapped when most body lines that run on into another are long and unpunctuated."""
    body = [ln for ln in lines if ln.kind == "body"]
    if len(body) < 2:
        return Layout(False, max((len(ln.text) for ln in body), default=0))
    lengths = sorted(len(ln.text) for ln in body)
    # with two lines the shorter one says nothing about the width (a headline, say)
    width = lengths[int(0.8 * (len(lengths) - 1))] if len(lengths) > 2 else lengths[-1]
    inner = [a for a, b in pairwise(lines) if a.kind == "body" and b.kind == "body"]
    wrapped = [ln for ln in inner if not _ends_para_text(ln.text) and len(ln.text) >= 0.5 * width]
    return Layout(2 * len(wrapped) > len(inner), width)


def _ends_para_text(s: str) -> bool:
    return ends_sentence(s) or s[-1:] in COLONS


# ----------------------------------------------------------------------- structure


def _neighbours(lines: list[Line], i: int, step: int) -> tuple[Line | None, bool]:
    """The nearest visible line before/after ``i`` and whether a blank line lies between."""
    blank = False
    j = i + step
    while 0 <= j < len(lines):
        kind = lines[j].kind
        if kind == "blank":
            blank = True
        elif kind != "invisible":
            return lines[j], blank
        j += step
    return None, blank


def mark_structure(
    lines: list[Line], layout: Layout, config: SegmentConfig, title: tuple[int, int] | None = None
) -> None:
    first = next((i for i, ln in enumerate(lines) if ln.kind not in ("blank", "invisible")), None)
    declared = next((ln for ln in lines if (ln.start, ln.end) == title), None)
    if declared is not None:  # the file says which line is its title (its front matter)
        declared.kind, first = "title", None
    for i, line in enumerate(lines):
        if line is declared:
            continue
        if line.kind == "numbered":
            ok = _numbered_ok(lines, i, config)
            line.kind = "heading" if ok else "body"
        elif line.kind == "body" and _short_heading_ok(lines, i, layout, config):
            line.kind, line.level = "heading", 1
    if first is not None:
        _mark_title(lines, first, layout, config)


def _starts_para(lines: list[Line], i: int) -> bool:
    prev, blank = _neighbours(lines, i, -1)
    if prev is None or blank or prev.kind in ("heading", "meta", "title"):
        return True
    return _ends_para_text(prev.text)


def _heading_text_ok(s: str, max_chars: int) -> bool:
    """Short, a single clause at most, not leading into or continuing other text."""
    if len(s) > max_chars or s[-1] in _LEAD_IN_END or s[0] in _CONTINUATION_START:
        return False
    inner = s[:-1]
    return not any(c in "。！？!?" for c in inner) and any(c.isalpha() for c in s)


def _numbered_ok(lines: list[Line], i: int, config: SegmentConfig) -> bool:
    line = lines[i]
    if not _heading_text_ok(line.text, config.max_heading_chars) or not _starts_para(lines, i):
        return False
    if not line.arabic:
        return True
    # 1. / (1) double as list items: a heading has no final stop and is followed by body
    nxt, _ = _neighbours(lines, i, 1)
    return not ends_sentence(line.text) and nxt is not None and nxt.kind == "body"


def _is_body_like(line: Line | None, layout: Layout, config: SegmentConfig) -> bool:
    if line is None or line.kind == "meta" or line.text[0] in _CONTINUATION_START:
        return False
    if line.kind in ("heading", "numbered"):
        return True
    n = len(line.text)
    long_line = n > config.max_heading_chars or (layout.wrapped and n >= 0.6 * layout.width)
    return ends_sentence(line.text) or long_line


def _short_enough(s: str, layout: Layout, config: SegmentConfig) -> bool:
    if not _heading_text_ok(s, config.max_heading_chars) or ends_sentence(s):
        return False
    return not layout.wrapped or len(s) <= 0.6 * layout.width


def _short_heading_ok(lines: list[Line], i: int, layout: Layout, config: SegmentConfig) -> bool:
    line = lines[i]
    if not _short_enough(line.text, layout, config) or not _starts_para(lines, i):
        return False
    nxt, _ = _neighbours(lines, i, 1)
    return _is_body_like(nxt, layout, config) and not _broken_off(lines, i)


def _broken_off(lines: list[Line], i: int) -> bool:
    """A zero-width line right after marks a removed link: the line stops mid-sentence."""
    return i + 1 < len(lines) and lines[i + 1].kind == "invisible"


def _mark_title(lines: list[Line], i: int, layout: Layout, config: SegmentConfig) -> None:
    line = lines[i]
    nxt, blank = _neighbours(lines, i, 1)
    if nxt is None or _broken_off(lines, i):
        return
    if line.kind == "heading" and line.level == 1 and line.text.startswith("#"):
        others = [ln for ln in lines[i + 1 :] if ln.kind == "heading" and ln.text[:2] == "# "]
        if not others:
            line.kind = "title"
        return
    if line.kind != "body" and not (line.kind == "heading" and not line.text.startswith("#")):
        return
    if line.kind == "heading" and _numbered_marker(line.text):
        return
    s = line.text
    if _heading_text_ok(s, config.max_heading_chars) and (
        s[-1] in "？！?!" or not ends_sentence(s)
    ):
        short = not layout.wrapped or len(s) <= 0.6 * layout.width or blank
        follows = blank or nxt.kind == "meta" or _is_body_like(nxt, layout, config)
        if short and follows:
            line.kind = "title"


def _numbered_marker(s: str) -> bool:
    return any(rx.match(s) for rx, _ in _NUMBERED)


# --------------------------------------------------------------------------- items

# An item is ("title" | "heading", Heading), ("meta", MetaItem) or ("block", (start, end)).
Item = tuple[str, object]


def group_items(text: str, lines: list[Line], layout: Layout) -> list[Item]:
    items: list[Item] = []
    block: list[Line] = []

    seen_block = False

    def close() -> None:
        nonlocal seen_block
        if not block:
            return
        region = (block[0].start, block[-1].end)
        only_invisible = all(ln.kind == "invisible" for ln in block)
        if only_invisible and items and items[-1][0] == "block":
            prev = items[-1][1]
            assert isinstance(prev, tuple)
            items[-1] = ("block", (prev[0], region[1]))
        else:
            items.append(("block", region))
        block.clear()
        seen_block = True

    for line in lines:
        if line.kind == "blank":
            # zero-width lines at the very start wait for the text they precede
            if seen_block or not all(ln.kind == "invisible" for ln in block):
                close()
        elif line.kind == "invisible":
            block.append(line)
        elif line.kind in ("title", "heading"):
            close()
            items.append((line.kind, line_heading(text, line)))
        elif line.kind == "meta":
            close()
            items.extend(("meta", m) for m in line.meta)
        else:
            if block and _BULLET.match(line.text) and not _continues(block[-1].text, line.text):
                close()
            block.append(line)
            if not layout.wrapped and _ends_para_text(line.text):
                close()
    close()
    return items


def _continues(prev: str, cur: str) -> bool:
    return bool(prev) and prev[-1] in "，、,"


def line_heading(text: str, line: Line) -> Heading:
    zh = rejoin(text[line.start : line.end])
    return Heading(zh=zh, start=line.start, end=line.end, level=line.level or 1)
