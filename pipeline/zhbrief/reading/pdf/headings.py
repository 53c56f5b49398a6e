"""Body text and headings: footnotes, sidebars, run-in heads, numbering ranks, levels, OCR."""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from ..base import (
    CAPTION,
    ORDINAL_LEAD,
    PAREN_NUMBER,
    SOURCE_LABEL,
    clean_prose,
    join_words,
    list_numbering,
    numbered_level,
    one_clause,
    signing_line,
    squash,
)
from .chars import _ocr_brackets
from .forms import _LABEL
from .furniture import _BLOCK_LINES
from .lines import (
    _HAN,
    _MAX_HEADING_CHARS,
    _OCR_FONT,
    _PART,
    _PEER_CHARS,
    _PROSE_MIN,
    _SECTION,
    _SENTENCE_END,
    _all_lines,
    _has_han,
    _inside,
    _Line,
    _merge_lines,
    _mostly_chinese,
    _Page,
    _pitch,
    _pitch_alike,
    _prose,
    log,
)

_BESIDE_LINES = 3  # text lines level with a box, outside it: the box stands beside the text


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


_FIGURE_CAPTION = re.compile(r"\s*(?:附?图|fig(?:ure)?\.?)\s*\d", re.I)
_FIGURE_LABEL_CHARS = 20  # a chart's tick, legend or axis label is a few characters
_FIGURE_LABELS_MIN = 3


def _figure_labels(page: _Page, body: float) -> None:
    """A chart drawn as vector graphics keeps its text: the ticks, legend and axis
    labels (10, 7.9, 1-2月, 规模以上工业增加值当月增速) are short lines smaller than the
    text, right above the figure's caption (图1 …). Three or more such lines over a
    caption are the figure's own: left out (logged), neither text nor notes."""
    live = [ln for ln in page.lines if ln.kind in ("body", "table")]
    for i, ln in enumerate(live):
        if ln.kind != "body" or not _FIGURE_CAPTION.match(ln.text) or ln.size > body + 0.25:
            continue
        run: list[_Line] = []
        for o in reversed(live[:i]):
            if o.kind == "table":  # a legend's boxes a table finder took for cells
                cells = [c for row in o.rows for c in row if c and c.strip()]
                if all(len(c) <= 2 * _FIGURE_LABEL_CHARS and one_clause(c) for c in cells):
                    run.append(o)
                    continue
                break
            short = len(o.text.strip()) <= _FIGURE_LABEL_CHARS and one_clause(o.text)
            if o.size >= body - 0.25 or not short or o.column != ln.column:
                break
            run.append(o)
        if len(run) >= _FIGURE_LABELS_MIN:
            log.debug(
                "pdf: page %d: %d lines of a figure's own text left out", page.number, len(run)
            )
            for o in run:
                o.kind = "drop"


def _mark_footnotes(page: _Page, body: float) -> None:
    """Small lines below the last body-size line of their column (or of the page)."""
    live = [ln for ln in page.lines if ln.kind == "body"]
    notes: list[_Line] = []
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
        if normal and ln.top >= max(normal) and not _exhibit_source(page, ln):
            notes.append(ln)
    # an OCR layer's sizes are its line boxes' guesses: its last lines read smaller
    # are notes only when the first opens with a note's number (①, 1, [1], *)
    scanned = [ln for ln in notes if ln.font == _OCR_FONT]
    first = min(scanned, key=lambda o: o.top).text if scanned else ""
    if scanned and not (_NOTE_MARK.match(first) or _NOTE_LABEL.match(first)):
        notes = [ln for ln in notes if ln.font != _OCR_FONT]
    for ln in notes:
        ln.kind = "footnote"
    _under_separator(page, live, body)


def _exhibit_source(page: _Page, ln: _Line) -> bool:
    """``ln`` names a figure's or a table's sources (资料来源：…) right under its caption
    or the table: the exhibit's line, set small as a note is, not a footnote."""
    if not SOURCE_LABEL.match(ln.text):
        return False
    above = [o for o in page.lines if o.bottom <= ln.top + 1 and o.kind != "drop" and o is not ln]
    if not above:
        return False
    last = max(above, key=lambda o: o.bottom)
    return last.kind == "table" or _CAPTION.match(last.text.strip()) is not None


def _under_separator(page: _Page, live: list[_Line], body: float) -> None:
    """Lines under a footnote separator (the page's lowest short rule at the left, set at
    the text's left edge), all smaller than the text, the first opening with a note's
    number, are notes whatever their size (Typst's 0.85 em, read as 9.5 pt under 11).
    A table's or a chart's short rule has no note's number under it (注：…, labels)."""
    if not page.separators or not live:
        return
    x0, top, _x1 = max(page.separators, key=lambda r: r[1])
    margin = min((ln.x0 for ln in live if ln.size >= body - 0.25), default=None)
    if margin is None:
        return  # no text on the page: nothing for notes to stand under
    under = sorted((ln for ln in live if ln.top >= top), key=lambda o: o.top)
    if not under or abs(x0 - margin) > _SEPARATOR_SLACK or not _NOTE_MARK.match(under[0].text):
        return
    if any(ln.size >= body - 0.25 or ln.x0 < x0 - 2.0 for ln in under):
        return
    for ln in under:
        ln.kind = "footnote"


_SEPARATOR_SLACK = 3.0  # points: a note separator starts at the text's left edge
# a note's label opening a scanned page's last lines: 注：…, 资料来源：…, 说明：…
_NOTE_LABEL = re.compile(r"\s*(?:注|资料来源|数据来源|来源|说明)\s*\d?\s*[：:]")
# a footnote's number opening its line: 1, ①, [1], *, †, then its words
_NOTE_MARK = re.compile(r"\s*(?:\d{1,3}|[①-⑳]|\[\d{1,3}\]|[*∗†‡])\s*(?=[^\W\d_])")


_CAPTION = CAPTION


# a date to fill in (日期：20  年  月  日): a form's signature line, no heading
_BLANK_DATE = re.compile(r"年\s*月\s*日\s*$")


def _ocr_numbered(text: str, whole: bool = True) -> bool:
    """A short clause (``whole``: else any line) opening with a heading number, OCR's
    misreadings aside (see ``_ocr_heading_text``); on a line of its own (``whole``)
    also an arabic number before a few words and no stop (1．价格改革)."""
    squeezed = _ocr_number_text(text)
    if numbered_level(squeezed) is None:
        head = _OCR_ARABIC_HEAD.fullmatch(squeezed) or _spaced_number(text)
        return whole and head is not None
    return not whole or (len(squeezed) <= 40 and one_clause(squeezed))


# a section's number set off by a space, no stop (GB/T 1.1's 1　概述, a journal's
# 0　引言), before a few words: no quantity (1 万元, 2 个, 3 天内, 5 公里)
_SPACED_SECTION = re.compile(
    r"(\d{1,2}(?:[．.]\d{1,2}){0,3})\s+"
    r"(?![万亿元个年月日倍吨项条家所名次人号余种位台座批户亩秒]|天(?!然)|周(?!边)"
    r"|千[米克瓦人元]|公[里斤顷]|分钟|小时)(?=[\u4e00-\u9fff])"
)


def _unspecked(text: str) -> str:
    """An OCR line without the speck read as a mark before its first word."""
    return _OCR_SPECK.sub("", text.strip(), count=1)


def _spaced_number(text: str) -> re.Match[str] | None:
    """An OCR line that is a number, a space and a few words (``_SPACED_SECTION``)."""
    bare = _unspecked(text)
    m = _SPACED_SECTION.match(bare)
    if m is None:
        return None
    words = "".join(bare[m.end() :].split())
    return m if 2 <= len(words) <= 18 and not re.search(r"[，,、。；;：:！？!?]", words) else None


_CN_NUMERAL = "一二三四五六七八九十"
# Tesseract's chi_sim misreadings of a heading number on a scan: the full-width opening
# bracket of （一） read as 《 or 〈 (mended on every OCR line: chars._ocr_brackets) or
# lost, 二 read as = (its value left to the numbering, see _ocr_sequence_repair); the
# full stop of 1． read as a comma (or as 。); a speck before the number read as a mark set apart
# by a space
_SPECK_MARKS = r"[-_|.,，。、'‘’“”:;·]+"  # what a speck on a scan reads as
_OCR_SPECK = re.compile(rf"^{_SPECK_MARKS}\s+")
_OCR_BRACKET = re.compile(rf"^[（(]?\s*([{_CN_NUMERAL}]{{1,3}}|=)\s*[)）]\s*")
_OCR_COMMA = re.compile(r"^(\d{1,2})\s*(?:[，,]、?|、[，,]|。)\s*(?=[\u4e00-\u9fff])")
# an arabic-numbered heading on a line of its own: a few words, no stop (1．价格改革,
# 2.1.1 运行要求); a decimal before a unit is a quantity (2.3 万亿元), no number
_OCR_ARABIC_HEAD = re.compile(
    r"\d{1,2}(?:[．.、]|(?:[．.]\d{1,2}){1,3}[．.]?(?![万亿千百元个年月日倍吨米度]))"
    r"(?=[\u4e00-\u9fff])[^，,。；;：:！？!?]{2,18}"
)


_DECIMAL_HEAD = re.compile(r"\d{1,2}[．.]\d")  # a section's number of two levels or more


def _ocr_heading_text(text: str) -> str:
    """An OCR line with its heading number as printed: （一） for 《一 ) or 三), 1． for
    1，, a speck before it dropped; any other line as it is."""
    bare = _ocr_brackets(_OCR_SPECK.sub("", text, count=1))
    m = _OCR_BRACKET.match(bare)
    if m is not None:
        return f"（{m[1]}）{bare[m.end() :]}"
    mended = _OCR_COMMA.sub(r"\1．", bare, count=1)
    numbered = numbered_level("".join(mended.split())) is not None
    return mended if numbered or _OCR_ARABIC_HEAD.fullmatch("".join(mended.split())) else text


# a speck after a scanned heading read as a comma or a semicolon (a heading ends in
# neither), or its closing quote read as a straight one
_OCR_TAIL = re.compile(r"\s*[，,;；]\s*$")
_STRAIGHT_CLOSE = re.compile(r'\s*"\s*$')


def _ocr_heading_end(text: str) -> str:
    """An OCR heading's end as printed: no comma or semicolon after it, the closing
    quote of an open “ for a straight one (一、深入推进“三去一降一补 ")."""
    text = _OCR_TAIL.sub("", text)
    if text.count("“") > text.count("”"):
        text = _STRAIGHT_CLOSE.sub("”", text)
    return text


def _ocr_number_text(text: str) -> str:
    """An OCR line as its heading number is read: no spaces, misreadings mended."""
    return "".join(_ocr_heading_text(text).split())


# an OCR line that ends a sentence, or opens with a bullet read as a speck
_OCR_ITEM = re.compile(r"[。！？!?]$|^[.．·•]")


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
            runs_on = _fills(ln, right) and (off_centre or _carried_on(ln, live, i, right))
            # nor for one where a sentence ends and another starts (a paragraph's), nor
            # for a sentence's end or a list item after its bullet (a speck: . 统一认证)
            flat = "".join(ln.text.split())
            sentences = not one_clause(flat) or _OCR_ITEM.search(flat) is not None
            larger = not (runs_on or sentences or _shares_row(ln, on_page[ln.page]))
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
        nxt = live[i + 1] if i + 1 < len(live) else None
        if ocr_numbered and (
            _DECIMAL_HEAD.match(_ocr_number_text(ln.text)) or _spaced_number(ln.text)
        ):
            # 2.1.1 运行要求 heads text: numbered lines with none under them list a contents
            ocr_numbered = nxt is not None and nxt.page == ln.page and _text_line(nxt)
        caption = _CAPTION.match(ln.text) is not None  # 表1 …, 图 2-1 …: a label, no heading
        caption = caption or _BLANK_DATE.search(ln.text) is not None
        # （以下无正文）, 甲方（盖章）： (OCR's spaces aside)
        caption = caption or signing_line("".join(ln.text.split()))
        in_paragraph = _runs_on(prev, ln, right) or _opens_paragraph(ln, nxt, right)
        if (
            (larger or bold_short or other_face or ocr_numbered)
            and len(ln.text) <= _MAX_HEADING_CHARS
            and not caption
            and not in_paragraph
            and not _field_block(live, i)
            and not (ln.plain_number and not _heads_prose(live, i, right))
        ):
            wraps = prev is not None and _wrapped_heading(prev, ln)
            # an OCR line's number read with spaces (二 、) is still a number
            text = _ocr_number_text(ln.text) if ocr_numbered else ln.text
            alone = bold_short and _numbered_alone(prev, ln, nxt)
            ln.kind = "body" if _prose(text) and not (wraps or alone) else "heading"
        prev = ln
    _coloured_headings(live, body)
    # a wrapped heading's lines joined first: its first line's comma is no end of it
    _ocr_wrapped_heads(live, right)
    _annex_titles(live)
    for ln in live:
        if ln.kind == "heading" and ln.font == _OCR_FONT:
            ln.text = _ocr_heading_end(_ocr_heading_text(ln.text))
    _ocr_list_runs(live)
    _ocr_lost_dun(live, right)


# a Chinese numeral and a few words, its 、 lost (三 产业升级和创新驱动)
_BARE_NUMERAL = re.compile(rf"^([{_CN_NUMERAL}]{{1,3}})\s+(?=[\u4e00-\u9fff])")
_DUN_HEAD = re.compile(rf"^([{_CN_NUMERAL}]{{1,3}})、")


def _ocr_lost_dun(live: list[_Line], right: dict[int, float]) -> None:
    """A scanned line that is a Chinese numeral and a few words, the number due after
    the last 一、-style heading (二、 before it: 三), on a line of its own over text, is
    that heading with its 、 OCR lost. Without the heading before it, 三 and a word
    may be a phrase (三 大 战略): left as read."""
    last: int | None = None
    for i, ln in enumerate(live):
        if ln.font != _OCR_FONT:
            continue
        flat = "".join(ln.text.split())
        if ln.kind == "heading":
            m = _DUN_HEAD.match(flat)
            last = _cn_value(m[1]) if m else last
            continue
        bare = _BARE_NUMERAL.match(ln.text.strip())
        if bare is None or last is None or _cn_value(bare[1]) != last + 1:
            continue
        words = "".join(ln.text.strip()[bare.end() :].split())
        prev = live[i - 1] if i else None
        nxt = live[i + 1] if i + 1 < len(live) else None
        heads = nxt is not None and nxt.page == ln.page and _text_line(nxt)
        alone = not re.search(r"[，,、。；;：:！？!?]", words) and 2 <= len(words) <= 18
        alone = alone and not words.startswith("是")  # 三是…: a paragraph's own count
        if ln.kind == "body" and alone and heads and not _runs_on(prev, ln, right):
            log.debug("pdf: a scanned heading whose 、 OCR lost: %s", ln.text)
            ln.text, ln.kind = f"{bare[1]}、{words}", "heading"
            last += 1


_LIST_NUMBER = re.compile(r"(\d{1,2})\s*[．.](?!\d)")  # 2. 选择数据目录: an item's number


def _ocr_list_runs(live: list[_Line]) -> None:
    """Scanned lines numbered 2. and 3. in a row, one right under the other, are a
    list's items, not headings (a heading heads text); so are the lines of the run's
    left edge right above or under it (an item whose number OCR misread: 工 .登录)."""
    heads = [ln for ln in live if ln.kind == "heading" and ln.font == _OCR_FONT]
    for a, b in pairwise(heads):
        ma, mb = _LIST_NUMBER.match(a.text), _LIST_NUMBER.match(b.text)
        if ma is None or mb is None or int(mb[1]) != int(ma[1]) + 1 or not _next_row(a, b):
            continue
        run = [a, b]
        at = live.index(a)
        for ln in reversed(live[:at]):  # items above whose number OCR misread
            if not _unnumbered_head(ln) or not _next_row(ln, run[0]):
                break
            run.insert(0, ln)
        for ln in live[live.index(b) + 1 :]:
            if not _unnumbered_head(ln) or not _next_row(run[-1], ln):
                break
            run.append(ln)
        for ln in run:
            log.debug("pdf: a scanned list's item is no heading: %s", ln.text)
            ln.kind = "body"


def _unnumbered_head(ln: _Line) -> bool:
    """A heading with no number of its own (an item whose number OCR misread: 工 .登录);
    三、 or （一） over a list heads it, it is no item."""
    flat = "".join(ln.text.split())
    return ln.kind == "heading" and not (_numbered_start(ln.text) or _numbered_start(flat))


def _next_row(a: _Line, b: _Line) -> bool:
    """``b`` stands right under ``a``, starting at its left edge (half a line either way)."""
    size = max(a.size, b.size, 1.0)
    return a.page == b.page and 0 <= b.top - a.bottom < 0.5 * size and abs(a.x0 - b.x0) < 0.5 * size


# 2．完善社会保障制度 (as _ocr_heading_text writes 2，), 2.完善 as read; not 1. 工编制
# (a decimal number OCR misread, its space left)
_MARKED_NUMBER = re.compile(r"\d{1,2}([．.])(?=[\u4e00-\u9fff])")


def _ocr_lost_marks(lines: list[_Line]) -> None:
    """A scanned heading numbered 1 千方百计… where its peers read 2．完善…: OCR lost
    the mark after its number, which takes theirs. Where no heading has the mark, the
    space is the document's own (1　概述, 0　引言). OCR headings only: a typeset line's
    space is as printed."""
    heads = [ln for ln in lines if ln.kind == "heading" and ln.font == _OCR_FONT]
    marked = next((m for ln in heads if (m := _MARKED_NUMBER.match(ln.text))), None)
    if marked is None:
        return
    for ln in heads:
        m = _spaced_number(ln.text)
        if m is not None and "." not in m[1] and "．" not in m[1]:
            bare = _unspecked(ln.text)
            ln.text = f"{m[1]}{marked[1]}{bare[m.end() :]}"


def _heads_prose(live: list[_Line], i: int, right: dict[int, float]) -> bool:
    """A list's bold line (its number in a regular weight: ``plain_number``) heads
    text: the line under it opens a paragraph of prose, maybe below deeper such lines
    (1. over 1.1 over the text). Word numbers a report's sections so where it has no
    heading styles; a list of bold items (1., 2., 3. in a row) heads no text."""
    ln = live[i]
    if i > 0 and live[i - 1].plain_number and not _deeper(ln, live[i - 1]):
        return False  # the last of a run of bold items (1. 2. 3.), then text
    j = i + 1
    while j < len(live) and live[j].plain_number and _deeper(live[j], live[j - 1]):
        j += 1
    if j == len(live):
        return False
    nxt = live[j]
    return (
        not nxt.plain_number
        and not nxt.bold
        and not _numbered_start(nxt.text)
        and (_fills(nxt, right) or _prose(nxt.text))
    )


_DECIMAL_NUMBER = re.compile(r"\s*\d{1,2}(?:[.．]\d{1,2})*")


def _deeper(ln: _Line, above: _Line) -> bool:
    """``ln`` is an item a level below ``above``: more parts to its number (1.1 under
    1.), or the same number indented (a list's second level printed 1. again)."""
    depth, over = _number_depth(ln.text), _number_depth(above.text)
    return depth > over or (depth == over and ln.x0 >= above.x0 + max(ln.size, 1.0))


def _number_depth(text: str) -> int:
    """How many parts the line's opening number has (1. one, 1.2 two), 0 for none."""
    m = _DECIMAL_NUMBER.match(text)
    return len(re.split("[.．]", m.group().strip())) if m else 0


def _ocr_wrapped_heads(live: list[_Line], right: dict[int, float]) -> None:
    """A scanned numbered heading too long for its line: it runs on to the right edge
    unended, and the short clause under it (no number, no stop, not running on) ends
    it. OCR's sizes cannot tell the two lines apart as a heading's: they are one."""
    for prev, ln in pairwise(live):
        if (prev.kind, ln.kind, prev.font, ln.font) != ("heading", "body", _OCR_FONT, _OCR_FONT):
            continue
        squeezed = "".join(ln.text.split())
        carries_on = (
            _fills(prev, right)
            and _ocr_numbered(prev.text, whole=False)
            and ln.page == prev.page
            and ln.top - prev.bottom <= 0.9 * ln.size
            and not _fills(ln, right)
            and not _numbered_start(ln.text)
            and one_clause(squeezed)
            and not squeezed.endswith(_SENTENCE_END)
        )
        if carries_on:
            prev.text = join_words(prev.text, ln.text)
            prev.x1, prev.bottom = max(prev.x1, ln.x1), ln.bottom
            ln.kind = "drop"


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


def _same_style(a: _Line, b: _Line, ocr_sizes: bool = False) -> bool:
    """One font and size on one page's column; ``ocr_sizes``: an OCR layer's sizes,
    guesses from its line boxes, not compared (its one font is its style)."""
    same = (a.page, a.column, a.font) == (b.page, b.column, b.font)
    return same and (abs(a.size - b.size) < 0.5 or (ocr_sizes and a.font == _OCR_FONT))


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


def _text_line(ln: _Line) -> bool:
    """A line of text: prose, or a long line that opens with no number (a paragraph's
    first line may hold no comma or stop: 深入实施“一带一路”建设、京津冀协同发展、长)."""
    flat = "".join(ln.text.split())
    numbered = _numbered_start(ln.text) or _numbered_start(flat)
    return _prose(ln.text) or (len(flat) >= 2 * _PROSE_MIN and not numbered)


def _carried_on(ln: _Line, live: list[_Line], i: int, right: dict[int, float]) -> bool:
    """The line under ``ln`` (the i-th) starts left of it and fills the block too: a
    paragraph's first lines (its opening one indented less than ``_opens_paragraph``
    asks when a quote mark comes first), where a wrapped heading's next line is
    centred."""
    nxt = live[i + 1] if i + 1 < len(live) else None
    return nxt is not None and nxt.page == ln.page and nxt.x0 < ln.x0 and _fills(nxt, right)


# a standard's annex (GB/T 1.1): 附　录　A, then its kind in brackets, then its title
_ANNEX_LABEL = re.compile(r"附录[A-Z]")
_ANNEX_KIND = re.compile(r"[（(](?:规范性|资料性)(?:附录)?[）)]")


def _annex_titles(live: list[_Line]) -> None:
    """A standard's annex title set in three centred lines (附　录　A, （规范性附录）,
    服务质量评价指标) is one heading, as its contents line prints it; the title's
    lines are headings (the kind's, set small, may be anything)."""
    for i, ln in enumerate(live[:-2]):
        if ln.kind != "heading" or not _ANNEX_LABEL.fullmatch(squash(ln.text)):
            continue
        kind, title = live[i + 1], live[i + 2]
        if not _ANNEX_KIND.fullmatch(squash(kind.text)) or title.kind != "heading":
            continue
        if not (ln.page == kind.page == title.page):
            continue
        run = [ln, kind, title]
        for o in live[i + 3 :]:  # the title wrapped onto a line or two more
            if o.kind != "heading" or o.page != title.page or o.size != title.size:
                break
            if o.top - run[-1].bottom >= o.size:
                break
            run.append(o)
        log.debug("pdf: a standard's annex title in three lines or more: %s", ln.text)
        ln.text = squash(ln.text)  # 附录A, as the contents line prints it
        _merge_lines(run)


# a point's lead numbered as lists are: （1）, (1), 1）, 第一，, 其一，
_LIST_LEAD = re.compile(f"{PAREN_NUMBER}|{ORDINAL_LEAD}")
_LIST_ITEM = re.compile(r"\s*(?:\d{1,2}\s*[.、．]|[（(]\d{1,2}[)）])\s*(?=[\u4e00-\u9fff])")


def _numbered_alone(prev: _Line | None, ln: _Line, nxt: _Line | None) -> bool:
    """``ln``, numbered (1．加快转变政府职能。), is a paragraph of one line: it starts
    where paragraphs start (indented from the line before, or under a heading) and the
    line under it starts a paragraph of its own there, in the text's weight. A head set
    bold over its text, the full stop its style's (a run-in lead runs on in its line)."""
    numbered = _numbered_start(ln.text) or _LIST_LEAD.match(ln.text.strip()) is not None
    if not numbered or nxt is None or nxt.page != ln.page or nxt.bold:
        return False
    if _LIST_ITEM.match(nxt.text):  # 2．… under 1．…: a list's items, the first emphasised
        return False
    opens = prev is None or prev.kind == "heading" or ln.x0 >= prev.x0 + 0.5 * ln.size
    # or under a numbered line standing alone, a heading still to be found (（一） set
    # like the text, under its 一、)
    head = prev is not None and _numbering_rank(clean_prose(prev.text)) is not None
    opens = opens or (head and prev is not None and not prev.text.endswith(_SENTENCE_END))
    return opens and abs(nxt.x0 - ln.x0) < 0.5 * ln.size


def _opens_paragraph(ln: _Line, nxt: _Line | None, right: dict[int, float]) -> bool:
    """``ln`` is a paragraph's first line: indented from the line under it (in its
    style), it fills the block to the right edge and runs on there."""
    return (
        nxt is not None
        and _same_style(ln, nxt, ocr_sizes=True)
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
        caption = _CAPTION.match(ln.text) is not None  # 图表1：… in the headings' colour
        if alone and short and not caption and _has_han(ln.text) and ln.size >= body - 0.25:
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


def _field_block(live: list[_Line], i: int) -> bool:
    """``live[i]`` belongs to a block of fields set alike (a contact box's 地址：…,
    电话：…, 网址：… in one size and font, however large): a field next to another, or
    the name over two of them (the office the address and numbers are for). Each line
    is a detail of the block, none a heading (headings labelled alike, 专题一：…,
    专题二：…, have text between them)."""
    ln = live[i]

    def alike(o: _Line) -> bool:
        return (o.page, o.size, o.font) == (ln.page, ln.size, ln.font) and _field_line(o.text)

    if _field_line(ln.text):
        return any(alike(o) for o in live[max(0, i - 1) : i] + live[i + 1 : i + 2])
    under = live[i + 1 : i + 3]
    return len(under) == 2 and all(alike(o) for o in under)


def _body_face(live: list[_Line], body: float) -> str:
    """The font the body's Han characters are set in."""
    faces: Counter[str] = Counter()
    for ln in live:
        if ln.size == body:
            faces[ln.face] += len(ln.text)
    return faces.most_common(1)[0][0] if faces else ""


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


def _numbered_peers(lines: list[_Line]) -> None:
    """A short line standing alone (after a finished sentence) and numbered like the
    document's headings (三、 among 一、 二、 四、) is a heading too, though its type
    came out smaller (an OCR layer's sizes are glyph heights). It takes its peers' size."""
    sizes: dict[int, Counter[float]] = {}
    for ln in lines:
        # a heading a list numbers (a bold item heading text) makes its number no
        # heading's: the list's other items stay items
        listed = ln.kind != "heading" or ln.plain_number
        rank = None if listed else _numbering_rank(clean_prose(ln.text))
        if rank is not None:
            sizes.setdefault(rank, Counter())[ln.size] += 1
    if not sizes:
        return
    right: dict[tuple[int, int], float] = {}  # each column's right edge
    for ln in lines:
        key = (ln.page, ln.column)
        right[key] = max(right.get(key, 0.0), ln.x1)
    parents = _decimal_parents(lines)
    for i, (prev, ln) in enumerate(pairwise(lines), start=1):
        text = clean_prose(ln.text)
        rank = _numbering_rank(text)
        child = rank not in sizes and i in parents and _prose_after(lines, i)
        # numbered a rank under the headings (（一） under 一、), set like the text but
        # standing alone over a paragraph of prose: its rank's first heading found
        under = _prose_after(lines, i) or (i + 1 < len(lines) and lines[i + 1].kind == "heading")
        # (a real point's number, 1． or （1）, not a figure and a space: 12 月末…)
        pointed = list_numbering(text) is not None and not _CAPTION.match(text)
        child = child or (
            rank is not None and rank > max(sizes) and under and one_clause(text) and pointed
        )
        if ln.kind != "body" or not (rank in sizes or child) or len(text) > _PEER_CHARS:
            continue
        if ln.plain_number:
            continue
        # a sentence's end, maybe with a note's mark after it (…更加充满活力。2)
        ended = _NOTE_AFTER_END.sub("", clean_prose(prev.text)).endswith(_SENTENCE_END[:4])
        alone = prev.kind in ("heading", "title") or ended
        # a line that runs to the column's edge is a paragraph's first line, not a heading
        short = ln.x1 < right[(ln.page, ln.column)] - 2 * max(ln.size, 1.0)
        if alone and short and not text.endswith(_SENTENCE_END):
            # a subsection's number under its section's (3.1 under 3 职责): its own size
            ln.kind = "heading"
            if rank is not None and not child:
                ln.size = sizes[rank].most_common(1)[0][0]


_NOTE_AFTER_END = re.compile(r"(?<=[。！？!?])(?:\d{1,2}|[①-⑳]|\[\d{1,3}\])$")


def _decimal_parents(lines: list[_Line]) -> set[int]:
    """The indexes of body lines numbered one level under the decimal-numbered heading
    they stand in (3.1 under 3 职责, 2.4.1 under 2.4 风险): a subsection whose number
    only tells it, set like the text."""
    out: set[int] = set()
    section = ""
    for i, ln in enumerate(lines):
        m = _ARABIC.match(clean_prose(ln.text))
        if ln.kind == "heading":
            section = m[1] if m and _numbered_start(clean_prose(ln.text)) else ""
        elif ln.kind == "body" and m and section and m[1].rpartition(".")[0] == section:
            out.add(i)
    return out


def _prose_after(lines: list[_Line], i: int) -> bool:
    """The line after ``lines[i]`` opens a paragraph of prose (longer than a heading,
    or a sentence's end), not another numbered line (a list's next item)."""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or nxt.kind != "body":
        return False
    text = clean_prose(nxt.text)
    return _numbering_rank(text) is None and (len(text) > _PEER_CHARS or _prose(text))


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


def _body_bold(live: list[_Line], body: float) -> bool:
    """When the body itself is set in bold, weight says nothing."""
    at_body = [ln for ln in live if ln.size == body]
    return bool(at_body) and sum(ln.bold for ln in at_body) > 0.5 * len(at_body)


# a front or back matter's label: a chapter of its own, unnumbered, whatever its type
_MATTER_LABEL = re.compile(
    r"(?:前言|序言|引言|摘要|目录|参考文献|致谢|后记)[：:]?"
    r"|abstract|references|acknowledge?ments?|bibliography",
    re.I,
)


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
    _ocr_sequence_repair(
        [ln for ln in lines if ln.kind in ("heading", "body") and ln.font == _OCR_FONT]
    )
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


_LATIN = re.compile(r"[A-Za-z]")


def _title_words(text: str) -> bool:
    """Enough words for a title: two Han characters or three letters. A speck on a
    scan reads as a mark or a character of its own (人, no), a title never does."""
    return len(_HAN.findall(text)) >= 2 or len(_LATIN.findall(text)) >= 3


# a subtitle's opening dash (——在全省经济工作会议上的讲话) as OCR reads it: - or 一一
_OCR_DASH = re.compile(r"^\s*(?:[—–－-]{1,2}|一\s*一)")


def _ocr_title(lines: list[_Line], page_width: float) -> dict[str, str]:
    """An OCR layer gives no type to tell a title by (a crooked scan's sizes are its
    slanted line boxes'): the first page's first run of lines centred over the text
    block, clauses with no number and no full stop, above its first paragraph, is the
    title (a masthead's lines set to one side come before it), unless a later run is
    set markedly larger (see ``_title_run``). A first page with little prose (a cover,
    a title slide) has no text block to tell: its lines are centred on the page
    (``page_width`` wide). Returns the metadata of the cover's lines above a title
    chosen for its size (``cover``: a series or issuer label)."""
    page1 = [ln for ln in lines if ln.page == 1 and ln.kind in ("body", "heading")]
    if not page1 or page1[0].font != _OCR_FONT:
        return {}
    centre = _page_centres(page1).get(1)
    edges = [ln for ln in page1 if _prose(ln.text)]
    # a cover's line or two of prose (课题组成员：陈静，…) tell no text block
    if centre is not None and (len(edges) >= _BLOCK_LINES or (edges and page_width <= 0)):
        width = max(ln.x1 for ln in edges) - min(ln.x0 for ln in edges)
    elif page_width > 0:
        centre, width = page_width / 2, page_width
    else:
        return {}
    runs = _centred_runs(page1, centre, width)
    title = _title_run(runs)
    for ln in title:
        log.debug("pdf: an OCR layer's centred line taken as the title: %s", ln.text)
        ln.kind = "title"
    if not title or title is runs[0]:
        return {}
    # the cover's labels over a title set larger: the cover's, not the text
    above = [ln for run in runs[: runs.index(title)] for ln in run]
    for ln in above:
        ln.kind = "meta"
    return {"cover": "\n".join(" ".join(ln.text.split()) for ln in above)}


_LARGER_PITCH = 1.25  # a cover's title set this much larger than a label over it


def _title_run(runs: list[list[_Line]]) -> list[_Line]:
    """The first run of centred lines, or a later one set markedly larger (its
    characters' pitch and its box): a cover's series or issuer label
    (东川发展研究院研究报告) over the title in large type."""
    if not runs:
        return []
    first = _pitch(runs[0][0])
    # larger in its box too: a letter-spaced issuer's pitch is wide, its box small
    size = _LARGER_PITCH * runs[0][0].size
    pitched = [(p, r) for r in runs[1:] if (p := _pitch(r[0])) is not None and r[0].size >= size]
    if first is None or not pitched:
        return runs[0]
    pitch, run = max(pitched, key=lambda pr: pr[0])
    return run if pitch >= _LARGER_PITCH * first else runs[0]


def _centred_runs(page1: list[_Line], centre: float, width: float) -> list[list[_Line]]:
    """The first page's runs of centred title-like lines above its first paragraph."""
    runs: list[list[_Line]] = []
    run: list[_Line] = []
    for i, ln in enumerate(page1):
        # OCR spaces a number's characters apart (第 一 章): read without them
        if _prose(ln.text) or _numbered_start(ln.text) or _numbered_start("".join(ln.text.split())):
            break
        if not _title_words(ln.text):
            continue  # a speck read as a mark or a character
        off = abs((ln.x0 + ln.x1) / 2 - centre) <= _CENTRED * width
        narrow = ln.x1 - ln.x0 < _TITLE_SHARE * width
        # a long title's first line fills the block, its end centred under it
        wraps = i + 1 < len(page1) and _title_wraps(ln, page1[i + 1], centre, width)
        # a web page's line of fields under its headline (发布日期：… 来源：… 字号：…)
        fields = len(re.findall(r"[：:]", ln.text)) >= 2
        titled = off and not fields and one_clause("".join(ln.text.split()))
        # the next line of the title, not the issuer in a smaller type under it
        close = bool(run) and ln.top - run[-1].bottom < ln.size and _pitch_alike(ln, run[0])
        dash = _OCR_DASH.match(ln.text) is not None  # a subtitle under the title
        if run and titled and narrow and close and not dash:
            run.append(ln)
            continue
        if run:
            runs.append(run)
        run = [ln] if titled and (narrow or wraps) and not dash else []
    return [*runs, run] if run else runs


def _title_wraps(ln: _Line, nxt: _Line, centre: float, width: float) -> bool:
    """``nxt``, right under ``ln`` (a line as wide as the text block, the caller's
    test) in the same pitch and no sentence, is shorter and centred, and ``ln`` one
    clause with no comma or stop: a long title wrapped, not a paragraph."""
    under = nxt.page == ln.page and 0 <= nxt.top - ln.bottom < ln.size
    centred = abs((nxt.x0 + nxt.x1) / 2 - centre) <= _CENTRED * width
    shorter = nxt.x1 - nxt.x0 < _TITLE_SHARE * width
    words = "".join(ln.text.split())
    return (
        under
        and centred
        and shorter
        and _pitch_alike(nxt, ln)
        and not _prose(nxt.text)
        and one_clause(words)
        and not re.search(r"[，,。；;：:]", words)
    )


def _ocr_rank(text: str) -> int | None:
    """An OCR heading's numbering rank, its number read as printed; a number set off by
    a space (1.1 编制依据, 1 概述) ranks by the space that OCR's squeezing loses."""
    rank = _numbering_rank(_ocr_number_text(text))
    if rank is None and _spaced_number(text) is not None:
        bare = _unspecked(text).replace("．", ".")
        rank = _numbering_rank(" ".join(bare.split()))
    return rank


def _ocr_levels(heads: list[_Line]) -> bool:
    """Headings of an OCR layer, most of them numbered, ranked by their numbers alone:
    the layer's sizes are guesses from line boxes (a crooked scan's are slanted). One
    whose number OCR misread ((=) for (二)) takes the level of the heading before it.
    False, nothing set, when any heading is typeset or most have no number."""
    ranks = [_ocr_rank(ln.text) for ln in heads]
    numbered = [r for r in ranks if r is not None]
    if not heads or any(ln.font != _OCR_FONT for ln in heads) or 2 * len(numbered) < len(heads):
        return False
    order = sorted(set(numbered))
    level = 1
    for ln, r in zip(heads, ranks, strict=True):
        level = order.index(r) + 1 if r is not None else level
        ln.level = level
    return True


# a heading's Chinese number at its start: 三、, （二）, 第一章 (= is OCR's 二, see above)
_CN_NUMBER_AT = re.compile(rf"^(?:第|（)?\s*([{_CN_NUMERAL}]{{1,3}}|=)(?=\s*[、）章节部分])")
_CONFUSED = (1, 2, 3)  # 一 二 三: a speck adds a stroke, a faint scan loses one


def _cn_value(numeral: str) -> int | None:
    """一 to 十九 as a number; None for anything else (OCR's =, 二十 and above)."""
    digits = _CN_NUMERAL[:9]
    if "十" not in numeral:
        return digits.index(numeral) + 1 if len(numeral) == 1 and numeral in digits else None
    tens, _, ones = numeral.partition("十")
    if tens or len(ones) > 1 or (ones and ones not in digits):
        return None
    return 10 + (digits.index(ones) + 1 if ones else 0)


def _ocr_sequence_repair(lines: list[_Line]) -> None:
    """Numbers OCR misread among one rank's headings under one parent, mended from
    the sequence a document's numbering follows: = for the number due, and 三 for a
    due 二 (a speck's extra stroke, 一 二 三 only) where the next such heading does not
    carry on from it: (一) (三) (三) is (一) (二) (三); (一) (三) (四) stays, a heading
    OCR did not read between them. A body line opening with the number due (a heading
    not taken for one) carries the sequence on, mended nothing; so does a line between
    that reads the number due with its word after it, its own number's start lost
    (二部分 for 第二部分): the 三 after it is 三."""
    found = []
    for at, ln in enumerate(lines):
        m = _CN_NUMBER_AT.match(ln.text)
        rank = _numbering_rank(_ocr_number_text(ln.text).replace("=", "二", 1)) if m else None
        if m is not None and rank is not None:
            found.append((ln, m, rank, at))
    last: dict[int, int] = {}  # each rank's number so far (negative: a body line's)
    since: dict[int, int] = {}  # where in ``lines`` each rank's last number stands
    for i, (ln, m, rank, at) in enumerate(found):
        value, due = _cn_value(m[1]), abs(last.get(rank, 0)) + 1
        if ln.kind != "heading" and value != due:
            continue
        for deeper in [r for r in last if r > rank]:
            del last[deeper]
        seen = rank in since and _due_read(lines[since[rank] + 1 : at], due, ln.text[m.end(1) :])
        if (
            rank in last
            and value != due
            and not seen
            and _misread(value, due, last[rank], _next_peer(found, i))
        ):
            ln.text = ln.text[: m.start(1)] + _CN_NUMERAL[due - 1] + ln.text[m.end(1) :]
            value = due
        if value is not None:
            last[rank] = value if ln.kind == "heading" else -value
            since[rank] = at


def _due_read(between: list[_Line], due: int, after: str) -> bool:
    """A line in ``between`` opens (specks, 第 and an opening bracket aside) with the
    numeral due and the word that follows the heading's own numeral (部分, 章, 、)."""
    word = _NUMBER_WORD.match("".join(after.split()))
    if due > 9 or word is None:
        return False
    want = _CN_NUMERAL[due - 1] + word[0]
    return any(
        _LEAD_SPECKS.sub("", "".join(o.text.split())).lstrip("第（(").startswith(want)
        for o in between
    )


_NUMBER_WORD = re.compile(r"[、）章节]|部分")
_LEAD_SPECKS = re.compile(f"^{_SPECK_MARKS}")  # with no space after them (squeezed text)


def _next_peer(found: list[tuple[_Line, re.Match[str], int, int]], i: int) -> int | None:
    """The number of the next heading of the i-th's rank under the same parent; 0 when
    there is none (a higher rank or a 一 comes first), None when OCR misread it (=)."""
    rank = found[i][2]
    for ln, m, r, _ in found[i + 1 :]:
        if ln.kind != "heading":
            continue
        if r < rank:
            return 0
        if r == rank:  # one numbered 一 starts under a parent OCR did not read
            value = _cn_value(m[1])
            return 0 if value == 1 else value
    return 0


def _misread(value: int | None, due: int, last: int, following: int | None) -> bool:
    """A read number that the sequence shows misread (see _ocr_sequence_repair)."""
    if value is None:
        return due <= 10
    if value not in _CONFUSED or due not in _CONFUSED:
        return False
    # a heading's number twice (not a body line's: a contents entry, a list item); a
    # second 一 starts under a parent OCR did not read
    twice = value == last and value != 1
    return twice or (value == due + 1 and following in (0, None, value))


def _colour_ranks(heads: list[_Line]) -> list[tuple[_Line, int | None]]:
    """Unnumbered headings set alike but for their colours, every one coloured: the
    colour met first ranks highest (a dark red chapter before its blue sections)."""
    colours = list(dict.fromkeys(ln.colour for ln in heads))
    if len(colours) < 2 or "" in colours:
        return [(ln, None) for ln in heads]
    return [(ln, colours.index(ln.colour)) for ln in heads]


_ARABIC = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.、．]|\s)")
_PAREN_ARABIC = re.compile(r"[（(]\d{1,2}[）)]")


def _numbering_rank(text: str) -> int | None:
    """Where a heading's number sits among the conventional levels: 第一部分 (a part),
    第一章, 一、, 第一节, （一）, 1. / 1.1 / 1.1.1, （1）; None when it has none."""
    text = _closed_number(text)
    numbered = numbered_level(text)
    if numbered is not None:
        if _SECTION.match(text):
            return 2
        if _PART.match(text):
            return -1
        return 3 if numbered == 2 else (0 if text.startswith("第") else 1)
    m = _ARABIC.match(text) if _numbered_start(text) else None
    if m:
        return 4 + m[1].count(".")
    return 8 if _PAREN_ARABIC.match(text) else None
