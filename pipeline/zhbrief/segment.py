"""Segment stage: normalised text to ``Document(title, metadata, sections)``.

The work is line-based first, then character-based:

1. Each line is classified: blank, invisible (zero-width characters only), Markdown
   heading, numbered heading (一、 （一） 第一章 1. (1) ...), metadata (来源：, 责任编辑：,
   a timestamp on its own, ...), title, short unnumbered heading, or body.
2. The layout decides how body lines group into paragraphs: in hard-wrapped text
   (most lines of similar length run on without final punctuation) only blank lines
   and structure end a paragraph; otherwise every line that ends a sentence (or with
   a colon) ends its paragraph. Either way a line that stops mid-sentence is joined
   to the next, so a single line break inside a sentence is never a boundary.
3. Inline headings of run-on text (“数字兴农”：阿里国际站一马当先近年来，…) split
   paragraphs into sections; trailing inline credits (…创奇迹！责任编辑：李昂) become
   metadata; ``sentences.split_sentences`` cuts the rest into sentences.

Every span is whitespace-trimmed, spans never overlap and every non-whitespace character
belongs to one of them, so the document is lossless. ``zh`` is ``rejoin`` of the span's
slice, except for metadata, where the slice is ``label`` + whitespace + ``zh``.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from .config import SegmentConfig
from .document import Document, Heading, MetaItem, Paragraph, Section, Sentence, SourceInfo
from .readers.base import Block
from .runin import (
    Numbering,
    dateline_end,
    numbered_mark,
    pick_by_siblings,
    runin_candidates,
    subtitle_end,
)
from .sentences import ends_sentence, rejoin, split_sentences, strip_span

__all__ = ["rejoin", "segment"]

log = logging.getLogger(__name__)

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
_COLONS = frozenset("：:")

# Metadata labels, longest first inside each alternation so 责任编辑 wins over 编辑.
# Reporter lines may use a space instead of a colon ("本报记者 张三").
_META_LABELS: tuple[tuple[str, str], ...] = (
    ("editor", r"(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)\s*[：:]"),
    ("source", r"(?:来源|來源|稿源|出处|出處)\s*[：:]"),
    ("author", r"(?:作者|撰文|文)\s*[：:/／]"),
    (
        "date",
        r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[：:]",
    ),
    ("credit", r"(?:图片来源|圖片來源|图片|圖片|摄影|攝影|供图|供圖|图|圖|视频|視頻)\s*[：:/／]"),
    (
        "reporter",
        r"(?:本报|本報|新华社|新華社|特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員)"
        r"(?:\s*[：:]|[ \t\u3000]+)",
    ),
)
_META_LABEL = re.compile("|".join(f"(?P<{k}>{rx})" for k, rx in _META_LABELS))
# A publication timestamp: 2022-05-11 10:30, 2022年05月11日 10:30, 2022/5/11.
_TIMESTAMP = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# Photo credit written as a suffix: "新华社记者 张三 摄".
_SUFFIX_CREDIT = re.compile(r".{1,30}?[ \t\u3000/／]*[摄攝]")
_META_VALUE_MAX = 30
_META_LINE_MAX = 80
# Inline heading of run-on text: a 2-8 character quoted phrase and a colon.
_INLINE_HEAD = re.compile(r"[“「]([^“”「」\s，。！？：；、,.!?]{2,8})[”」][：:]")
# An opening quote/bracket or sentence end right after the subtitle is a sure boundary.
_SURE_STOP = frozenset("“「『《（(【。！？")
# A short quoted term (no punctuation inside) is part of the text it stands in.
_QUOTED_TERM = re.compile(r"[“「][^“”「」\s，。！？：；、,.!?]{1,8}[”」]")
# Siblings' subtitle lengths are learnt only from ends that punctuation or an opener fixed.
_SURE_BASES = ("stop", "opener")
_SUBTITLE_MAX = 30


@dataclass
class _Line:
    start: int  # offsets of the whitespace-trimmed content
    end: int
    text: str  # the content without zero-width characters (offsets still index the source)
    kind: str = "body"  # blank, invisible, meta, title, heading, body
    level: int = 0  # heading level for numbered / Markdown headings
    arabic: bool = False
    meta: list[MetaItem] = field(default_factory=list)


@dataclass
class _Layout:
    wrapped: bool
    width: int  # typical line length (80th percentile of body lines)


def segment(
    text: str,
    config: SegmentConfig | None = None,
    source: SourceInfo | None = None,
    blocks: Sequence[Block] | None = None,
) -> Document:
    """Split ``text`` into title, metadata, sections, paragraphs and sentences.

    ``blocks`` (from a PDF/DOCX/HTML reader) give the structure; without them it is
    inferred from the lines (``_segment``).
    """
    config = config or SegmentConfig()
    source = source or SourceInfo(chars=len(text))
    try:
        doc = _segment(text, config) if blocks is None else segment_blocks(text, blocks, config)
    except Exception as e:  # never fail on text: degrade to one sentence per line
        log.warning("segment: falling back to line splitting: %r", e)
        doc = _fallback(text)
        doc.provenance.segment_fallback = repr(e)
    doc.source = source
    for i, sent in enumerate(doc.sentences()):
        sent.index = i
    return doc


def _segment(text: str, config: SegmentConfig) -> Document:
    lines = _classify(text)
    layout = _layout(lines)
    _mark_structure(lines, layout, config)
    items = _items(text, lines, layout)
    items = _datelines(text, items)
    items = _numbered_sections(text, items, config)
    if config.detect_inline_headings:
        items = _inline_headings(text, items)
    return _assemble(text, items, config)


def segment_blocks(text: str, blocks: Sequence[Block], config: SegmentConfig) -> Document:
    from .segment_blocks import segment_blocks as from_blocks

    return from_blocks(text, blocks, config, parse_meta=_parse_meta)


# --------------------------------------------------------------------------- lines


def _classify(text: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = strip_span(text, pos, pos + len(raw))
        bare = "".join(c for c in text[s:e] if c not in _INVISIBLE).strip()
        line = _Line(s, e, bare)
        if s == e:
            line.kind = "blank"
        elif not bare:
            line.kind = "invisible"
        else:
            _classify_content(line, text[s:e])
        lines.append(line)
        pos += len(raw) + 1
    return lines


def _classify_content(line: _Line, raw: str) -> None:
    md = _MD_HEADING.match(line.text)
    if md:
        line.kind, line.level = "heading", len(md.group(1))
        return
    meta = _parse_meta(raw, line.start, strict=False) or _dateline_line(raw, line.start)
    if meta is not None and len(raw) <= _META_LINE_MAX:
        line.kind, line.meta = "meta", meta
        return
    for rx, level in _NUMBERED:
        m = rx.match(line.text)
        if m and m.end() < len(line.text):
            line.kind, line.level, line.arabic = "numbered", level, level >= 3
            return


def _layout(lines: list[_Line]) -> _Layout:
    """Hard-wrapped when most body lines that run on into another are long and unpunctuated."""
    body = [ln for ln in lines if ln.kind == "body"]
    if len(body) < 2:
        return _Layout(False, max((len(ln.text) for ln in body), default=0))
    lengths = sorted(len(ln.text) for ln in body)
    # with two lines the shorter one says nothing about the width (a headline, say)
    width = lengths[int(0.8 * (len(lengths) - 1))] if len(lengths) > 2 else lengths[-1]
    inner = [a for a, b in pairwise(lines) if a.kind == "body" and b.kind == "body"]
    wrapped = [ln for ln in inner if not _ends_para_text(ln.text) and len(ln.text) >= 0.5 * width]
    return _Layout(2 * len(wrapped) > len(inner), width)


def _ends_para_text(s: str) -> bool:
    return ends_sentence(s) or s[-1:] in _COLONS


# ----------------------------------------------------------------------- structure


def _neighbours(lines: list[_Line], i: int, step: int) -> tuple[_Line | None, bool]:
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


def _mark_structure(lines: list[_Line], layout: _Layout, config: SegmentConfig) -> None:
    first = next((i for i, ln in enumerate(lines) if ln.kind not in ("blank", "invisible")), None)
    for i, line in enumerate(lines):
        if line.kind == "numbered":
            ok = _numbered_ok(lines, i, config)
            line.kind = "heading" if ok else "body"
        elif line.kind == "body" and _short_heading_ok(lines, i, layout, config):
            line.kind, line.level = "heading", 1
    if first is not None:
        _mark_title(lines, first, layout, config)


def _starts_para(lines: list[_Line], i: int) -> bool:
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


def _numbered_ok(lines: list[_Line], i: int, config: SegmentConfig) -> bool:
    line = lines[i]
    if not _heading_text_ok(line.text, config.max_heading_chars) or not _starts_para(lines, i):
        return False
    if not line.arabic:
        return True
    # 1. / (1) double as list items: a heading has no final stop and is followed by body
    nxt, _ = _neighbours(lines, i, 1)
    return not ends_sentence(line.text) and nxt is not None and nxt.kind == "body"


def _is_body_like(line: _Line | None, layout: _Layout, config: SegmentConfig) -> bool:
    if line is None or line.kind == "meta" or line.text[0] in _CONTINUATION_START:
        return False
    if line.kind in ("heading", "numbered"):
        return True
    n = len(line.text)
    long_line = n > config.max_heading_chars or (layout.wrapped and n >= 0.6 * layout.width)
    return ends_sentence(line.text) or long_line


def _short_enough(s: str, layout: _Layout, config: SegmentConfig) -> bool:
    if not _heading_text_ok(s, config.max_heading_chars) or ends_sentence(s):
        return False
    return not layout.wrapped or len(s) <= 0.6 * layout.width


def _short_heading_ok(lines: list[_Line], i: int, layout: _Layout, config: SegmentConfig) -> bool:
    line = lines[i]
    if not _short_enough(line.text, layout, config) or not _starts_para(lines, i):
        return False
    nxt, _ = _neighbours(lines, i, 1)
    return _is_body_like(nxt, layout, config) and not _broken_off(lines, i)


def _broken_off(lines: list[_Line], i: int) -> bool:
    """A zero-width line right after marks a removed link: the line stops mid-sentence."""
    return i + 1 < len(lines) and lines[i + 1].kind == "invisible"


def _mark_title(lines: list[_Line], i: int, layout: _Layout, config: SegmentConfig) -> None:
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


# ------------------------------------------------------------------------ metadata


def _parse_meta(s: str, offset: int, strict: bool) -> list[MetaItem] | None:
    """Metadata items filling all of ``s`` (separated by whitespace), or None.

    ``strict`` (for inline credits at the end of run-on text) only accepts labels with
    a colon: 责任编辑：李昂, 来源：新华社.
    """
    suffix = _SUFFIX_CREDIT.fullmatch(s)
    if suffix and not strict and not any(c in "。！？，" for c in s):
        return [MetaItem(zh=s, start=offset, end=offset + len(s), key="credit", label="")]
    items: list[MetaItem] = []
    pos = 0
    while pos < len(s):
        item = _meta_item(s, pos, offset, strict)
        if item is None:
            return None
        items.append(item)
        pos = item.end - offset
        while pos < len(s) and s[pos].isspace():
            pos += 1
    return items or None


def _dateline_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a news dateline: 新华社北京3月5日电（记者 王五）."""
    end = dateline_end(s, 0, len(s))
    if end is None or s[end:].strip():
        return None
    return [MetaItem(zh=s[:end], start=offset, end=offset + end, key="dateline")]


def _meta_item(s: str, pos: int, offset: int, strict: bool) -> MetaItem | None:
    ts = _TIMESTAMP.match(s, pos)
    if ts and not strict and (ts.end() == len(s) or s[ts.end()].isspace()):
        return MetaItem(zh=ts.group(), start=offset + pos, end=offset + ts.end(), key="date")
    m = _META_LABEL.match(s, pos)
    if m is None or m.lastgroup is None:
        return None
    label = m.group().rstrip()
    if strict and label[-1:] not in _COLONS:
        return None
    nxt = _META_LABEL.search(s, m.end())
    vend = nxt.start() if nxt else len(s)
    vs, ve = m.end(), vend
    while vs < ve and s[vs].isspace():
        vs += 1
    while ve > vs and s[ve - 1].isspace():
        ve -= 1
    value = s[vs:ve]
    if not value or len(value) > _META_VALUE_MAX or any(c in "。！？!?；" for c in value):
        return None
    return MetaItem(zh=value, start=offset + pos, end=offset + ve, key=m.lastgroup, label=label)


# --------------------------------------------------------------------------- items

# An item is ("title" | "heading", Heading), ("meta", MetaItem) or ("block", (start, end)).
_Item = tuple[str, object]


def _items(text: str, lines: list[_Line], layout: _Layout) -> list[_Item]:
    items: list[_Item] = []
    block: list[_Line] = []

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
            items.append((line.kind, _heading(text, line)))
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


def _heading(text: str, line: _Line) -> Heading:
    zh = rejoin(text[line.start : line.end])
    return Heading(zh=zh, start=line.start, end=line.end, level=line.level or 1)


# ------------------------------------------------------- datelines, run-in numbering


def _datelines(text: str, items: list[_Item]) -> list[_Item]:
    """A dateline opening a paragraph (新华社北京3月5日电（记者 王五）记者从……) is metadata."""
    out: list[_Item] = []
    for kind, obj in items:
        if kind == "block":
            assert isinstance(obj, tuple)
            bs, be = obj
            end = dateline_end(text, bs, be)
            rest = strip_span(text, end, be) if end is not None else (be, be)
            if end is not None and rest[0] < rest[1]:
                zh = rejoin(text[bs:end])
                out.append(("meta", MetaItem(zh=zh, start=bs, end=end, key="dateline")))
                out.append(("block", rest))
                continue
        out.append((kind, obj))
    return out


@dataclass
class _Start:
    item: int  # index of the block in items
    start: int
    end: int
    level: int
    guessed: bool


def _numbered_sections(text: str, items: list[_Item], config: SegmentConfig) -> list[_Item]:
    """Numbered sections that start inside a paragraph (run-in headings, run-on reports).

    A marker counts only when it continues the numbering (一、 after the previous
    top-level section, （一） after it or after the previous subsection) and its run has
    at least two members, so enumerations inside the text stay body.
    """
    numbering = Numbering()
    starts: list[_Start] = []
    runs: list[list[_Start | None]] = []  # per (level-1 section, level): members
    run_of: dict[tuple[int, int], list[_Start | None]] = {}

    def member(level: int, found: _Start | None) -> None:
        key = (numbering.top if level == 2 else 0, level)
        if key not in run_of:
            run_of[key] = []
            runs.append(run_of[key])
        run_of[key].append(found)

    for k, (kind, obj) in enumerate(items):
        if kind == "heading":
            assert isinstance(obj, Heading)
            mark = numbered_mark(obj.zh, 0)
            if mark is not None and obj.level == mark.level:
                numbering.advance(mark.level, mark.value)
                member(mark.level, None)
        elif kind == "block":
            assert isinstance(obj, tuple)
            for mark, hs, he, guessed in runin_candidates(
                text, obj[0], obj[1], config.max_heading_chars
            ):
                if numbering.accepts(mark.level, mark.value):
                    numbering.advance(mark.level, mark.value)
                    found = _Start(k, hs, he, mark.level, guessed)
                    member(mark.level, found)
                    starts.append(found)
    lone = {id(r[0]) for r in runs if len(r) == 1 and r[0] is not None}
    keep = [st for st in starts if id(st) not in lone]
    if not keep:
        return items
    return _split_blocks(text, items, keep)


def _split_blocks(text: str, items: list[_Item], starts: list[_Start]) -> list[_Item]:
    by_item: dict[int, list[_Start]] = {}
    for st in starts:
        by_item.setdefault(st.item, []).append(st)
    out: list[_Item] = []
    for k, item in enumerate(items):
        mine = by_item.get(k)
        if not mine:
            out.append(item)
            continue
        region = item[1]
        assert isinstance(region, tuple)
        pos = region[0]
        for st in mine:
            if st.start > pos:
                out.append(("block", strip_span(text, pos, st.start)))
            hs, he = strip_span(text, st.start, st.end)
            zh = rejoin(text[hs:he])
            head = Heading(zh=zh, start=hs, end=he, level=st.level, guessed=st.guessed)
            out.append(("heading", head))
            pos = st.end
        rest = strip_span(text, pos, region[1])
        if rest[0] < rest[1]:
            out.append(("block", rest))
    return out


# ----------------------------------------------------------------- inline headings


@dataclass
class _InlineHead:
    block: int  # index into items
    start: int  # the opening quote
    sub_start: int  # after the colon
    end: int | None  # end of the subtitle, when the text decides it
    guessed: bool
    candidates: tuple[int, ...]  # possible ends, when the siblings decide
    basis: str  # what decided the end (runin.SubtitleEnd.basis)


def _inline_headings(text: str, items: list[_Item]) -> list[_Item]:
    heads = [
        h
        for k, (kind, obj) in enumerate(items)
        if kind == "block"
        for h in _find_inline(text, k, obj)
    ]
    if len(heads) < 2:
        return items
    ends = _subtitle_ends(heads)
    out: list[_Item] = []
    by_block: dict[int, list[tuple[_InlineHead, int]]] = {}
    for h, e in zip(heads, ends, strict=True):
        by_block.setdefault(h.block, []).append((h, e))
    for k, item in enumerate(items):
        mine = by_block.get(k, [])
        if not mine:
            out.append(item)
            continue
        region = item[1]
        assert isinstance(region, tuple)
        pos = region[0]
        for h, e in mine:
            if h.start > pos:
                out.append(("block", (pos, h.start)))
            zh = rejoin(text[h.start : e])
            out.append(("heading", Heading(zh=zh, start=h.start, end=e, guessed=h.guessed)))
            pos = e
        if pos < region[1]:
            out.append(("block", (pos, region[1])))
    return out


def _find_inline(text: str, k: int, region: object) -> list[_InlineHead]:
    assert isinstance(region, tuple)
    bs, be = region
    found: list[_InlineHead] = []
    for m in _INLINE_HEAD.finditer(text, bs, be):
        before = text[bs : m.start()].rstrip()
        if before and not ends_sentence(before):
            continue
        found.append(_inline_head(text, k, m.start(), m.end(), be))
    return found


def _inline_head(text: str, k: int, start: int, sub_start: int, be: int) -> _InlineHead:
    limit = min(be, sub_start + _SUBTITLE_MAX)
    stop = sub_start
    while stop < limit:
        if text[stop].isalnum() or text[stop] in "·":
            stop += 1
        elif (quoted := _QUOTED_TERM.match(text, stop, be)) is not None:
            stop = quoted.end()  # 畅销欧洲“很受欢迎”: a quoted term inside the subtitle
        else:
            break
    sure = stop >= be or text[stop] in _SURE_STOP
    found = subtitle_end(text, sub_start, stop, sure)
    return _InlineHead(k, start, sub_start, found.end, found.guessed, found.candidates, found.basis)


def _subtitle_ends(heads: list[_InlineHead]) -> list[int]:
    """Ends the text leaves open are chosen to match the sibling subtitles' usual length."""
    sure = [h.end - h.sub_start for h in heads if h.end is not None and h.basis in _SURE_BASES]
    typical = Counter(sure).most_common(1)[0][0] if sure else None
    ends: list[int] = []
    for h in heads:
        if h.end is not None:
            ends.append(h.end)
            continue
        end = pick_by_siblings(h.candidates, h.sub_start, typical)
        ends.append(end if end is not None else h.sub_start)
    return ends


# ------------------------------------------------------------------------ assemble


def _assemble(text: str, items: list[_Item], config: SegmentConfig) -> Document:
    doc = Document(text=text)
    sections: list[Section] = []
    current = Section()
    last_block = max((k for k, (kind, _) in enumerate(items) if kind == "block"), default=-1)
    for k, (kind, obj) in enumerate(items):
        if kind == "title":
            assert isinstance(obj, Heading)
            doc.title = obj
        elif kind == "meta":
            assert isinstance(obj, MetaItem)
            doc.metadata.append(obj)
        elif kind == "heading":
            assert isinstance(obj, Heading)
            if current.heading is not None or current.paragraphs:
                sections.append(current)
            current = Section(heading=obj)
        else:
            assert isinstance(obj, tuple)
            para, tail_meta = _paragraph(text, obj, config, k == last_block)
            if para.sentences:
                current.paragraphs.append(para)
            doc.metadata.extend(tail_meta)
    if current.heading is not None or current.paragraphs:
        sections.append(current)
    doc.sections = sections
    return doc


def _paragraph(
    text: str, region: tuple[int, int], config: SegmentConfig, last: bool
) -> tuple[Paragraph, list[MetaItem]]:
    spans = split_sentences(text, region[0], region[1], config.long_sentence_chars)
    tail: list[MetaItem] = []
    if last and spans:
        s, e = spans[-1]
        meta = None if ends_sentence(text[s:e]) else _parse_meta(text[s:e], s, strict=True)
        if meta is not None and "\n" not in text[s:e]:
            tail = meta
            spans = spans[:-1]
    sentences = [Sentence(zh=rejoin(text[s:e]), start=s, end=e) for s, e in spans]
    return Paragraph(sentences=sentences), tail


def _fallback(text: str) -> Document:
    """One sentence per non-blank line: lossless, used only if segmentation itself failed."""
    paragraphs: list[Paragraph] = []
    pos = 0
    for raw in text.split("\n"):
        s, e = strip_span(text, pos, pos + len(raw))
        if s < e:
            paragraphs.append(Paragraph([Sentence(zh=rejoin(text[s:e]), start=s, end=e)]))
        pos += len(raw) + 1
    return Document(text=text, sections=[Section(paragraphs=paragraphs)] if paragraphs else [])
