"""Blocks from classified lines: paragraphs, title, bylines, attachments, closing records."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from ...segmentation.metadata import DISTRIBUTION
from ...segmentation.metadata import closing_line as record_line
from ..base import (
    BYLINE_CHARS,
    BYLINE_LINES,
    DASH_SUBTITLE,
    DATE_LINE,
    FINISHED,
    ISSUED,
    ISSUER_END,
    NO_TEXT_MARK,
    Extracted,
    TextBuilder,
    byline_line,
    clean_prose,
    closing_line,
    closing_meta,
    form_fields,
    join_words,
    list_numbering,
    numbered_level,
    paired_fields,
    site_tail,
    squash,
)
from .contents import _row_text
from .headings import _levels, _numbered_start, _numbering_rank, _ocr_title, _title_words
from .lines import (
    _FOOTNOTE_MARK,
    _MAX_HEADING_CHARS,
    _OCR_FONT,
    _PEER_CHARS,
    _SENTENCE_END,
    _contents_key,
    _has_han,
    _Line,
    _merge_lines,
    _ocr_pair,
    _Page,
    _pitch_alike,
    _prose,
    _sized_alike,
    log,
)

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


# -------------------------------------------------------------------------- build


@dataclass
class _Margins:
    left: float
    right: float


def _margins(pages: list[_Page], body: float) -> dict[tuple[int, int], _Margins]:
    found: dict[tuple[int, int], list[_Line]] = {}
    for p in pages:
        for ln in p.lines:
            # a line drawn sideways has its box in another frame: no edge of the page's
            if ln.kind == "body" and not ln.turned:
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
# a line that stops mid-sentence: on a word or a comma, not a stop, colon or number
_UNFINISHED = re.compile(r"[\u4e00-\u9fffA-Za-z，、,]$")


def _unfinished(ln: _Line) -> bool:
    return _UNFINISHED.search(ln.text) is not None


_LABELLED = re.compile(r"\s*[\u4e00-\u9fff]{1,6}\s*[：:]")  # 地址：…, 联系人：…
_PUSHED_SHARE = 0.6
_SPACING_SLACK = 0.75  # sizes: gaps this close are one paragraph's line spacing
_RUN_ON_GAP = 3.0  # sizes: a wider gap than this is a figure's or a table's place


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
        self.hanging: set[int] = set()  # lines that may carry on an item's hanging indent
        self.indented_openings = False  # paragraphs open indented (see learn)

    def learn(self, lines: list[_Line]) -> None:
        """Indent style: after a short line the next one is mostly indented, so a short
        line alone (a number or word pushed whole onto the next line) ends nothing.
        Indented openings: paragraphs open indented (after a heading, or after a short
        line that ends a sentence), so a short line stopping mid-sentence (a word that
        did not fit pushed down) is carried on by an unindented line under it."""
        after_short = [
            self._indented(b)
            for a, b in pairwise(lines)
            if a.kind == b.kind == "body"
            and (a.page, a.column) == (b.page, b.column)
            and self._short(a)
        ]
        self.indent_style = len(after_short) >= 3 and sum(after_short) >= 0.6 * len(after_short)
        # a title set apart is no cue for the headings: typed 一、 lines under it are still
        # the only headings a notice printed from a web page has
        self.numbered_headings = not any(ln.kind == "heading" for ln in lines)
        openings = [
            self._indented(b)
            for a, b in pairwise(lines)
            if b.kind == "body"
            and not self._heads(b)
            and (a.page, a.column) == (b.page, b.column)
            and (self._heads(a) or (a.kind == "body" and self._short(a) and not _unfinished(a)))
        ]
        self.indented_openings = len(openings) >= 3 and sum(openings) >= 0.6 * len(openings)
        self.hanging = self._hanging(lines)
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

    def _hanging(self, lines: list[_Line]) -> set[int]:
        """The lines (ids) that may carry on an item in a hanging indent: the line under
        each stands where it does, or it is short (the item's last line). A first line
        indented over lines back at the margin opens a paragraph instead."""
        out: set[int] = set()
        for i in range(1, len(lines)):
            a, b = lines[i - 1], lines[i]
            if a.kind != "body" or b.kind != "body" or b.x0 <= a.x0:
                continue
            run = [b]  # the item's lines under its first, level with each other
            for c in lines[i + 1 :]:
                if c.kind != "body" or (c.page, c.column) != (b.page, b.column):
                    break
                if abs(c.x0 - b.x0) >= 0.5 * b.size:
                    break
                run.append(c)
            if len(run) > 1 or self._short(b) or i + 1 == len(lines):
                out.update(id(ln) for ln in run)
        return out

    def _heads(self, ln: _Line) -> bool:
        """A heading, or a typed 一、 line that will be one (no line is marked)."""
        if ln.kind == "heading":
            return True
        typed = self.numbered_headings and ln.kind == "body" and len(ln.text) <= 40
        return typed and self._short(ln) and numbered_level(ln.text) is not None

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
        # a heading's line that fills the measure and stops mid-phrase wraps on, though
        # its next line, back at the margin, was ranked apart by its indent
        wraps = not self._short(prev) and _unfinished(prev) and _style(prev)[:3] == _style(ln)[:3]
        same = (prev.kind, prev.page) == (ln.kind, ln.page) and (prev.level == ln.level or wraps)
        # a title's lines are one title, also where OCR guessed their sizes apart
        same = same and (prev.size == ln.size or (ln.kind == "title" and _sized_alike(prev, ln)))
        gap = ln.top - prev.bottom
        # a heading that fills its line wraps at the text's own line spacing (a bold
        # body-size （一） heading set like its paragraphs)
        full = not self._short(prev) and gap <= 1.5 * self.line_gap + 1.0
        # an OCR layer's line boxes are tall: a heading's or title's two lines may
        # overlap a little
        overlap = _ocr_pair(prev, ln) and ln.top - prev.top >= 0.5 * ln.size
        # a title's lines are as close as _mark_title took them (under a line's height),
        # but an office's name set under it is the title's byline, not its end
        wrapped = ln.kind == "title" and not ISSUER_END.search(ln.text.strip())
        near = gap < ln.size if wrapped else gap <= 0.9 * ln.size
        close = (gap >= 0 or overlap) and (near or full)
        ended = prev.text.endswith(_SENTENCE_END[:4])
        return same and close and not ended and not _numbered_start(ln.text)

    def _new_paragraph(self, prev: _Line, ln: _Line) -> bool:
        if _BULLET.match(ln.text):
            return True  # each bullet is an item of its own
        # a full line that stops mid-sentence runs on, past a wider gap (a paragraph set
        # at its own line spacing) or into a hanging indent (a list item's later lines)
        numbered = _numbered_start(ln.text) or list_numbering(ln.text) is not None
        runs_on = not self._short(prev) and _unfinished(prev) and not numbered
        # a hang: the item opened at the margin, its later lines stand in from it
        opened_out = bool(self.para) and self.para[0].x0 <= prev.x0 + 0.5 * prev.size
        hangs = (
            runs_on
            and opened_out
            and ln.x0 - prev.x0 <= _HANGING_SIZES * ln.size
            and id(ln) in self.hanging
        )
        indented = self._indented(ln) and not (hangs or self._hangs(prev, ln))
        # a short line that stops mid-sentence where paragraphs open indented: a word
        # pushed down whole (left-aligned text), carried on by the line under it
        margin = self._margin(prev)
        pushed = (
            self.indented_openings
            and _unfinished(prev)
            # most of a line: a word pushed down leaves a gap, not most of the measure
            and prev.x1 - margin.left >= _PUSHED_SHARE * (margin.right - margin.left)
            and not numbered
            # in a paragraph that opened indented or already runs over lines (a list's
            # short points at the margin stay apart)
            and self._running(prev)
            and not (form_fields(prev.text) or _LABELLED.match(ln.text))  # a form's rows
            # the text carried on runs as far as the line above or ends a sentence (no
            # lone 7: a table's column read down)
            and (ln.x1 >= prev.x1 - ln.size or ln.text.rstrip().endswith(_SENTENCE_END[:3]))
        )
        short = self._short(prev) and not self.indent_style and not pushed
        # another size starts another paragraph, but an OCR layer's sizes are guesses
        resized = abs(ln.size - prev.size) >= 1.0 and not _ocr_pair(prev, ln)
        if prev.page != ln.page or prev.column != ln.column:
            # a column or page break: carry on unless the new line is indented
            return indented or short or (resized and pushed)
        if indented or resized:
            return True
        gap = ln.top - prev.bottom
        spaced = gap > max(0.9 * max(ln.size, self.body), 1.5 * self.line_gap + 1.0)
        # at the spacing its lines keep, a full line carries the paragraph on, even where
        # it ends a sentence; under its first line only where that line stops mid-sentence
        full = len(self.para) > 1 and not self._short(prev)
        carried = (runs_on or full) and self._own_spacing(prev, ln, gap)
        return short or (spaced and not carried)

    def _running(self, prev: _Line) -> bool:
        """``prev`` is the indented first line of its paragraph, or a line after a full
        one: a paragraph of running text (not a lead-in's short lines over points)."""
        if not self.para or self.para[-1] is not prev:
            return False
        if len(self.para) == 1:
            return self._indented(prev)
        return not self._short(self.para[-2])

    def _own_spacing(self, prev: _Line, ln: _Line, gap: float) -> bool:
        """``gap`` is the paragraph's own line spacing, wider than the text's (a paragraph
        set at double spacing): under its indented first line, or the gap its lines
        already keep; a blank line between block paragraphs is neither."""
        if not self.para or gap >= _RUN_ON_GAP * ln.size:
            return False
        if len(self.para) == 1:
            return self._indented(self.para[0]) and not self._indented(ln)
        a, b = self.para[-2], self.para[-1]
        return b is prev and abs(gap - (b.top - a.bottom)) <= _SPACING_SLACK * ln.size

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


# a speck OCR read as a mark standing apart after a title's last word: 督办规范 -
_SPECK_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])\s+[-_|.·'`~]+\s*$")


def _title_speck(lines: list[_Line]) -> None:
    """The speck after an OCR title's last line goes (logged)."""
    title = [ln for ln in _leading_title(lines) if ln.font == _OCR_FONT]
    if title and _SPECK_TAIL.search(title[-1].text):
        log.debug("pdf: a speck after the title left out: %s", title[-1].text)
        title[-1].text = _SPECK_TAIL.sub("", title[-1].text)


def _unopened_quotes(lines: list[_Line]) -> None:
    """An OCR title's line opening with a closing quote that nothing before it opened
    has a speck read as that quote (”全省经济社会发展情况的报告): it goes. An opening
    quote between two Han characters, the title's only quote mark, is the full-width
    space OCR misread (坚持稳中求进“推动…): a space again."""
    title = [ln for ln in _leading_title(lines) if ln.font == _OCR_FONT]
    before = ""
    for ln in title:
        unopened = before.count("“") <= before.count("”")
        if ln.text[:1] == "”" and unopened and ln.text[1:].strip():
            ln.text = ln.text[1:].lstrip()
        before += ln.text
    whole = "".join(ln.text for ln in title)
    if whole.count("“") != 1 or "”" in whole:
        return  # quotes as a pair (“安全生产月“: a closing one OCR misread) are quotes
    for i, ln in enumerate(title):
        ln.text = _space_unclosed(ln.text, "".join(o.text for o in title[i + 1 :]))


# an opening quote set between two Han characters
_UNCLOSED_OPEN = re.compile(r"(?<=[\u4e00-\u9fff])\s*“\s*(?=[\u4e00-\u9fff])")


def _space_unclosed(text: str, after: str) -> str:
    """Each opening quote between Han characters that nothing after it closes (in the
    line or in ``after``, the title's later lines) becomes the space it was."""
    out = text
    for m in reversed(list(_UNCLOSED_OPEN.finditer(text))):
        if "”" not in text[m.end() :] + after:
            out = out[: m.start()] + "\u3000" + out[m.end() :]
    return out


def _leading_title(lines: list[_Line]) -> list[_Line]:
    """The title's lines: those marked title up to the first other line after them."""
    out: list[_Line] = []
    for ln in lines:
        if ln.kind == "title":
            out.append(ln)
        elif out:
            break
    return out


def _series_over_title(lines: list[_Line], heads: list[_Line]) -> list[_Line]:
    """The headings over the first page's largest one, set smaller (a course's or a
    series' line, 《…》课程讲义　第2讲, over the lecture's title), when nothing above it
    is text: the cover's labels; [] otherwise."""
    page1 = [ln for ln in heads if ln.page == 1]
    big = max(page1, key=lambda ln: ln.size)
    at = next(i for i, ln in enumerate(heads) if ln is big)
    above = [
        ln for ln in lines if ln.page == 1 and ln.top < big.top and ln.kind in ("body", "heading")
    ]
    plain = all(len(ln.text.strip()) <= _LABEL_CHARS and "。" not in ln.text for ln in above)
    if at == 0 or not plain or any(ln.size >= big.size for ln in heads[:at]):
        return []
    # a line in the title's own face and weight is the title's first line, set smaller
    # (2014年…录用考试 over 《申论》试卷); a label has a face of its own (楷体, not bold)
    if any((ln.face, ln.bold) == (big.face, big.bold) for ln in heads[:at]):
        return []
    # a section's name set large (前言 under a title set smaller) is no title; a label
    # is set far smaller than the title, or names a series (《…》, 第2讲, 丛书)
    if _SECTION_WORD.fullmatch(squash(big.text)):
        return []
    labels = heads[:at]
    small = all(_LABEL_RATIO * ln.size <= big.size for ln in labels)
    if not small and not all(_SERIES.search(ln.text) for ln in labels):
        return []
    return labels


_LABEL_CHARS = 40
_LABEL_RATIO = 1.5  # a series line is set this much smaller than the title at least
_SECTION_WORD = re.compile(r"前言|引言|序言|序|摘要|目录|目次|概述|总则|绪论|导论|说明")
_SERIES = re.compile(
    r"《[^》]{2,30}》|第\s*[\d一二三四五六七八九十]{1,3}\s*[讲期辑卷册]|丛书|系列|讲义|教程|课程"
)


def _mark_title(lines: list[_Line]) -> dict[str, str]:
    """The first heading is the title when its size is the largest and used nowhere else
    (with the lines of its size right under it, but for a numbered one). A label set
    larger over it (a book's chapter code B.4, a bare number) is the cover's: metadata."""
    heads = [ln for ln in lines if ln.kind == "heading"]
    if not heads or heads[0].page != 1:
        return {}
    heads = heads[_site_lines_before_title(lines, heads) :]
    labels = list(itertools.takewhile(lambda ln: ln.page == 1 and not _title_words(ln.text), heads))
    if labels and len(heads) > len(labels) and heads[len(labels)].page == 1:
        heads = heads[len(labels) :]
    else:
        labels = _series_over_title(lines, heads)
        heads = heads[len(labels) :]
    first = heads[0]
    run = [first]
    for ln in heads[1:]:
        close = ln.page == first.page and ln.top - run[-1].bottom < ln.size
        # a numbered line (第一章 …) opens the text, though OCR guessed its size alike
        numbered = _numbered_start(ln.text) or _numbered_start("".join(ln.text.split()))
        # an issuer in smaller type under a scanned title: boxes alike, a narrower pitch
        if _sized_alike(ln, first) and _pitch_alike(ln, first) and close and not numbered:
            run.append(ln)
        else:
            break
    others = [ln for ln in heads[len(run) :] if ln.size >= first.size]
    if others:
        return {}
    for ln in run:
        ln.kind = "title"
    for ln in labels:
        log.debug("pdf: a label over the title taken for the cover's: %s", ln.text)
        ln.kind = "meta"
    return {"cover": " ".join(ln.text.strip() for ln in labels)} if labels else {}


# a producing tool's default for the document-info title: the file's name, not a title
_TOOL_TITLE = re.compile(
    r"^(?:microsoft\s+\w+\s*-\s*)|\.(?:docx?|xlsx?|pptx?|odt|rtf|wps|txt|tex|pdf)$", re.I
)


_INFO_TITLE_STARTS = 3  # headings on the first page where the info title may start


def _info_title_line(lines: list[_Line], info_title: str) -> None:
    """No title on the first page (a cover that is one image, no text): when the PDF's
    document-info ``/Title`` (not a tool's default such as ``Microsoft Word - x.docx``)
    reads as the document's first heading line (or a run of them), that run is the
    title the author set, not a heading. Lines set in two sizes (an exam's name over
    《申论》试卷) are joined into one."""
    want = _contents_key(info_title)
    if not want or _TOOL_TITLE.search(info_title.strip()):
        return
    heads = [i for i, ln in enumerate(lines) if ln.kind == "heading"]
    # the first heading, or one after it on its page (a company's name over the title)
    first = [i for i in heads if lines[i].page == lines[heads[0]].page] if heads else []
    run: list[_Line] = []
    for start in first[:_INFO_TITLE_STARTS]:
        run = []
        for ln in lines[start:]:
            key = _contents_key("".join(r.text for r in [*run, ln]))
            if ln.kind != "heading" or not want.startswith(key):
                break
            run.append(ln)
        if run and _contents_key("".join(r.text for r in run)) == want:
            break
    if not run or _contents_key("".join(r.text for r in run)) != want:
        return
    for ln in run:
        ln.kind = "title"
    if any(ln.size != run[0].size for ln in run):
        _merge_lines(run)


# a web page's navigation printed above its headline: a menu (首页 时政 财经), a breadcrumb
_NAVIGATION = re.compile(
    r"^首页[\u4e00-\u9fff\s|｜·]{4,30}$|当前位置|您的位置|所在位置|首页\s*[>›»]"
)


def _ocr_navigation(lines: list[_Line]) -> None:
    """A scanned web page's breadcrumb above its OCR'd headline (当前位置 : 首页 >
    时政 > 正文): the site's navigation, left out (logged) as on a printed page."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    for ln in lines[:at] if at is not None else []:
        squeezed = "".join(clean_prose(ln.text).split())
        if ln.font == _OCR_FONT and ln.page == 1 and _NAVIGATION.search(squeezed):
            log.debug("pdf: left out a site's navigation line: %s", ln.text)
            ln.kind = "meta"


def _site_lines_before_title(lines: list[_Line], heads: list[_Line]) -> int:
    """A page printed from a browser opens with the site's menu and breadcrumb above
    the headline: when the first page's largest heading comes after such lines and no
    text, those lines are left out (logged) and the count of headings before it returned."""
    page1 = [ln for ln in heads if ln.page == 1]
    big = max(page1, key=lambda ln: ln.size)
    at = next(i for i, ln in enumerate(heads) if ln is big)
    before = [ln for ln in lines if ln.page == 1 and ln.top < big.top and ln.kind != "title"]
    if at == 0 or not all(_NAVIGATION.search(clean_prose(ln.text)) for ln in before):
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
# a date ending a byline: 2014年5月, 二〇一四年五月 (a title page's issuer and date)
_DATED = re.compile(
    r"[\d〇○零一二三四五六七八九]{4}\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*日)?[）)]?$"
)


# a Chinese numeral's zero OCR read as a letter or a digit: 二 O 〇 一 六 年
_MISREAD_ZERO = re.compile(r"(?<=[〇一二三四五六七八九])[Oo0Ｏ]|[Oo0Ｏ](?=[〇一二三四五六七八九])")


# a speck OCR read as a mark or a lone character set apart before a year: 四 2017 年 7 月
_SPECK_BEFORE_YEAR = re.compile(r"^\s*\S\s+(?=\d{4}\s*年)")


def _date_text(ln: _Line) -> str:
    """A line's text to read a date in: an OCR layer's without its spaces, a zero
    among Chinese numerals misread as the letter O mended, a speck set apart before
    its year gone."""
    if ln.font != _OCR_FONT:
        return ln.text.strip()
    text = _SPECK_BEFORE_YEAR.sub("", ln.text)
    return _MISREAD_ZERO.sub("〇", re.sub(r"\s+", "", text))


def _date_line(text: str) -> bool:
    """A date (2013年5月), or a dated note in brackets (（2015年6月12日…审议通过）)."""
    bracketed = text[:1] in "（(" and text[-1:] in "）)" and DATE_LINE.search(text) is not None
    # a date with its edition after it: 2016年9月（第2版）
    text = _EDITION.sub("", text)
    return bracketed or DATE_LINE.fullmatch(text) is not None


_EDITION = re.compile(
    r"\s*[（(]\s*(?:第\s*[\d一二三四五六七八九十]{1,3}\s*版|修订版|征求意见稿)\s*[）)]$"
)


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
        if ln.kind == "title" or (not block and DASH_SUBTITLE.match(ln.text.strip())):
            continue  # the title's lines, its ——subtitle (see _subtitle)
        if ln.page != lines[at].page or _prose(ln.text) or len(ln.text) > BYLINE_CHARS:
            break
        block.append(ln)
    date = next((k for k, ln in enumerate(block) if _date_line(_date_text(ln))), None)
    if date is None:
        if not block:
            return {}
        title = lines[at]
        return _dated_author(title, block[0]) or _credit(title, block[0]) or _group(title, block[0])
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
    meta = {"date": re.sub(r"\s+", "", _date_text(block[date]))}
    if authors:
        meta["author"] = " ".join(ln.text.strip() for ln in authors)
    return meta


# an author and a date in one line under the title: 东川市统计局　2016年4月
_DATED_AUTHOR = re.compile(rf"(?P<who>\S.{{0,28}}?\S)[ \u3000]+(?P<date>{DATE_LINE.pattern})")


def _dated_author(title: _Line, ln: _Line) -> dict[str, str]:
    """The line right under the title, centred under it, naming who wrote the document
    and when, set apart by blanks (a report's office and month): author and date."""
    m = _DATED_AUTHOR.fullmatch(_date_text(ln))
    centred = abs((ln.x0 + ln.x1) / 2 - (title.x0 + title.x1) / 2) < ln.size
    if m is None or not centred or not _author_name(m["who"]):
        return {}
    ln.kind = "meta"
    return {"author": m["who"], "date": re.sub(r"\s+", "", m["date"])}


# a person's name: two to four Han characters (a foreign one with a middle dot)
_PERSON = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def _author_name(who: str) -> bool:
    """An office's name (ending as an issuer's does, 统计局, 研究中心, 调研组) or a
    person's: not a label's field (来源：…), an issue (第3期), a version or a cut-off."""
    who = who.strip()
    if not byline_line(who) or re.search(r"[：:\d]|^第|截至|截止|版本", who):
        return False
    return bool(ISSUER_END.search(who) or who.endswith(("组", "組")) or _PERSON.fullmatch(who))


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


# a research group's name: 东川社会科学院课题组, 省发展改革委调研组
_GROUP = re.compile(r"\S{2,24}(?:课题组|調研組|调研组|研究组|写作组|编写组|起草组)")


def _group(title: _Line, ln: _Line) -> dict[str, str]:
    """An undated byline centred under the title naming the group that wrote the
    document (东川社会科学院课题组), or a name with a footnote's mark (its note says
    who they are): the author's metadata."""
    text = ln.text.strip()
    name = _TITLE_MARK.sub("", text)
    centred = abs((ln.x0 + ln.x1) / 2 - (title.x0 + title.x1) / 2) < ln.size
    group = _GROUP.fullmatch(name) is not None or (name != text and _author_name(name))
    if not centred or not group or _numbering_rank(name) is not None:
        return {}
    ln.kind = "meta"
    return {"author": name}


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
    after a cover) is the title, not a heading: left out. One line or a run of one size,
    the page's first heading, under nothing but short lines (a journal's volume and
    name over its articles' first pages)."""
    title = _contents_key("".join(ln.text for ln in lines if ln.kind == "title"))
    if not title:
        return
    page = next(ln.page for ln in lines if ln.kind == "title")
    for i, ln in enumerate(lines):
        if ln.page <= page or ln.kind != "heading" or not _page_top(lines, i):
            continue
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


# a journal paper's authors, each with the number of an affiliation: 刘晓峰1，陈思远2,
# 张三1,2*、李四2; then the affiliations in brackets: （1．东川大学经济学院，东川330031；…）
_PAPER_AUTHORS = re.compile(
    r"[\u4e00-\u9fff]{2,4}[\d,，*∗]*(?:\s*[，,、]\s*[\u4e00-\u9fff]{2,4}[\d,，*∗]*)*"
)
_AFFILIATIONS = re.compile(r"[（(]\s*\d?.{0,60}?(?:大学|学院|研究所|研究院|研究中心|科学院|公司)")


def _paper_byline(lines: list[_Line]) -> dict[str, str]:
    """A journal paper's byline in the first page's text: its authors' names, each with
    an affiliation's number, over the affiliations in brackets, read as a heading by
    their size. Both lines go to the metadata (``author``, ``affiliation``)."""
    for ln, nxt in pairwise(lines):
        if ln.kind not in ("heading", "body") or nxt.page != ln.page:
            continue
        names = "".join(ln.text.split())
        if not re.search(r"\d", names) or not _PAPER_AUTHORS.fullmatch(names):
            continue
        if nxt.kind == "body" and _AFFILIATIONS.match(nxt.text.strip()):
            ln.kind = nxt.kind = "meta"
            return {"author": ln.text.strip(), "affiliation": nxt.text.strip()}
    return {}


def _page_top(lines: list[_Line], i: int) -> bool:
    """Nothing but short lines, no heading and no prose, stand over ``lines[i]`` on its
    page."""
    k = i - 1
    while k >= 0 and lines[k].page == lines[i].page:
        o = lines[k]
        if o.kind in ("heading", "title") or _prose(o.text) or len(o.text) > _MAX_HEADING_CHARS:
            return False
        k -= 1
    return True


def _build(pages: list[_Page], body: float, info_title: str = "") -> Extracted:
    lines = [ln for p in pages for ln in p.lines if ln.kind not in ("drop", "meta")]
    annexes = _attachments(lines)
    front: dict[str, str] = {}
    if not any(ln.kind == "title" for ln in lines):
        front = _dated_rows_over_title(lines)
        front.update(_mark_title(lines[: _index(lines, annexes[0])] if annexes else lines))
    if not any(ln.kind == "title" for ln in lines):
        _info_title_line(lines, info_title)
    if not any(ln.kind == "title" for ln in lines):
        front.update(_ocr_title(lines, pages[0].width if pages else 0.0))
    _ocr_navigation(lines)
    _title_again(lines)
    _unopened_quotes(lines)
    _title_speck(lines)
    byline = {**front, **_byline(lines), **_distribution(lines, body)}
    byline.update(_subtitle(lines))
    byline.update(_paper_byline(lines))
    byline.update(_english_title(lines) or _title_translation(lines))
    byline.update(_blank_forms(lines, annexes))
    byline.update(_fields_over_title(lines))
    byline.update(_issuer_over_title(lines))
    widths = {p.number: p.width for p in pages}
    main = lines[: _index(lines, annexes[0])] if annexes else lines
    byline.update(_closing_record(main))
    closing = _closing_block([ln for ln in main if ln.kind == "body"], widths, body)
    if "signature" in byline and "signature" in closing:  # a scan's, then a dated one
        closing["signature"] = f"{closing['signature']}\n{byline['signature']}"
    byline.update(closing)
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


def _issuer_over_title(lines: list[_Line]) -> dict[str, str]:
    """An organisation's name alone on a line over the title of the first page (a
    company's over its report's title) says whose document it is: metadata."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if at is None or lines[at].page != 1:
        return {}
    names = []
    for ln in lines[:at]:
        flat = squash(ln.text)
        name = len(flat) <= _ISSUER_CHARS and not re.search(r"[：:，,。；;\s]", ln.text.strip())
        if ln.kind in ("body", "heading") and name and _ORGANISATION.search(flat):
            names.append(ln.text.strip())
            ln.kind = "meta"
    return {"issuer": " ".join(names)} if names else {}


_ISSUER_CHARS = 24
# an organisation's name ends so (not a phrase's …格局 ending in 局)
_ORGANISATION = re.compile(
    r"(?:公司|集团|集團|大学|大學|学院|學院|研究院|研究所|研究中心|委员会|委員會|人民政府|办公厅"
    r"|办公室|协会|協會|学会|學會|联合会|聯合會|银行|銀行|医院|醫院|管理局|[省市县区]\S{0,12}[厅局])$"
)


def _fields_over_title(lines: list[_Line]) -> dict[str, str]:
    """A box of form fields ruled over the title (a course paper's 课程名称, 学生姓名,
    学号 and 成绩 cells) says whose work it is: metadata, as a cover's fields are."""
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    meta: dict[str, str] = {}
    for ln in lines[: at or 0]:
        fields = paired_fields(ln.rows) if ln.kind == "table" else []
        if fields:
            meta.update((label, value) for label, value in fields if value)
            ln.kind = "meta"
    return meta


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


# an English abstract's or keywords' label: Abstract:, Key words:, Keywords:
_ABSTRACT_EN = re.compile(r"(?:abstract|key\s*words?)\s*[:：]", re.I)
# a thesis's English abstract page opens with its label alone: ABSTRACT
_ABSTRACT_LABEL = re.compile(r"abstract", re.I)
_EN_TITLE_SPAN = 4  # lines between a paper's English title and its English abstract
_FRONT_PAGES = 8  # a thesis's English abstract comes after its cover, pledge and 摘要


def _english_title(lines: list[_Line]) -> dict[str, str]:
    """A Chinese paper's English title (its translation, over the English authors and
    abstract on page 1, or a thesis's over its English abstract in the front matter):
    heading lines without a Chinese character a few lines above the ``Abstract:`` line
    (or the ``ABSTRACT`` label), under a Chinese title. Metadata (``title_en``), no
    heading."""
    title = next((ln for ln in lines if ln.kind == "title"), None)
    if title is None or not _has_han(title.text):
        return {}
    at = next((i for i, ln in enumerate(lines) if _english_abstract(ln)), None)
    if at is None:
        return {}
    page1 = [ln for ln in lines if ln.page == lines[at].page]
    at = next(i for i, ln in enumerate(page1) if ln is lines[at])
    # a title long enough to wrap: its full first line reads as text, bold like the rest
    run = [
        ln
        for ln in page1[max(0, at - _EN_TITLE_SPAN) : at]
        if (ln.kind == "heading" or (ln.kind == "body" and ln.bold)) and not _has_han(ln.text)
    ]
    if not any(ln.kind == "heading" for ln in run):
        return {}
    for ln in run:
        ln.kind = "meta"
    return {"title_en": " ".join(ln.text.strip() for ln in run)} if run else {}


_LATIN_SHARE = 0.6  # of a line's characters: a translation's line is mostly letters


def _title_translation(lines: list[_Line]) -> dict[str, str]:
    """The title's English translation right under it on a bilingual cover (产品规格书
    over Product Specification for …): lines with no Chinese, mostly letters, set
    smaller and centred under the title, each a line's pitch from the one above.
    Metadata (``title_en``), no heading."""
    at = max((i for i, ln in enumerate(lines) if ln.kind == "title"), default=None)
    if at is None or not _has_han(lines[at].text):
        return {}
    title = lines[at]
    centre = (title.x0 + title.x1) / 2
    run: list[_Line] = []
    for ln in lines[at + 1 :]:
        above = run[-1] if run else title
        text = ln.text.strip()
        latin = sum(c.isascii() and c.isalpha() for c in text)
        if (
            ln.kind not in ("heading", "body")
            or ln.page != title.page
            or _has_han(text)
            or latin < _LATIN_SHARE * len(text.replace(" ", ""))
            or ln.size >= title.size
            or abs((ln.x0 + ln.x1) / 2 - centre) > title.size
            or not 0 <= ln.top - above.bottom < 1.5 * max(ln.size, 1.0)
        ):
            break
        run.append(ln)
    # a title of a line or three, no sentence's stop (an English abstract runs on)
    if not run or len(run) > _TRANSLATION_LINES or run[-1].text.rstrip().endswith("."):
        return {}
    for ln in run:
        ln.kind = "meta"
    return {"title_en": " ".join(ln.text.strip() for ln in run)}


_TRANSLATION_LINES = 3


_PAPER_PAGE = 2  # a paper's first page: the first, or the one after a database's cover


def _english_abstract(ln: _Line) -> bool:
    """``Abstract:`` opening page 1's English abstract, or a front matter page's
    ``ABSTRACT`` label alone."""
    text = ln.text.strip()
    if ln.page <= _PAPER_PAGE and _ABSTRACT_EN.match(text):
        return True
    return ln.page <= _FRONT_PAGES and _ABSTRACT_LABEL.fullmatch(text) is not None


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
    if ln.page != title.page or ln.size >= title.size or not DASH_SUBTITLE.match(ln.text.strip()):
        return {}
    if ln.top - title.bottom > 3 * max(ln.size, 1.0):
        return {}
    block = [ln]
    for o in lines[at + 2 :]:  # the line wrapped (…会议 / 上) and the speaker's under it
        if not _under_subtitle(block[-1], o, ln):
            break
        block.append(o)
    for o in block:
        o.kind = "meta"
    return {"subtitle": "\n".join(o.text.strip() for o in block)}


_SUBTITLE_LINE_CHARS = 30  # a subtitle's wrapped end or the speaker's office and name


def _under_subtitle(above: _Line, ln: _Line, subtitle: _Line) -> bool:
    """``ln`` goes on with the subtitle block over it: the same page, face and size, a
    line's pitch under it, centred under the subtitle and narrower than it, short, no
    sentence, no salutation and no heading's number (the wrapped end of ——…在…会议上,
    then 东川省人民政府省长 王明; not 同志们： or a paragraph's line set in one type)."""
    text = ln.text.strip()
    centre = (subtitle.x0 + subtitle.x1) / 2
    return (
        ln.page == above.page
        and ln.font == above.font
        and abs(ln.size - above.size) < 0.5
        and 0 <= ln.top - above.bottom < max(ln.size, 1.0)
        and abs((ln.x0 + ln.x1) / 2 - centre) < ln.size
        and ln.x1 - ln.x0 < subtitle.x1 - subtitle.x0 - 2 * ln.size
        and len(text) <= _SUBTITLE_LINE_CHARS
        and not re.search(r"[。！？!?；;：:]", text)
        and not _numbered_start(text)
    )


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
    window = tail[-_CLOSING_RECORD_LINES:]
    k, taken = len(window) - 1, 0
    while k >= 0 and window[k].kind in ("body", "footnote"):
        ln = window[k]
        if closing_line(ln.text) or _issue_record(ln.text):
            found.append(ln)
            k, taken = k - 1, taken + 1
            continue
        above = window[k - 1] if k else None
        if above is None or above.kind not in ("body", "footnote"):
            break
        if not _issue_record(above.text.strip() + ln.text.strip()):
            break
        # a 抄送 list wrapped onto a second line: one line of the record
        above.text = join_words(above.text.strip(), ln.text.strip())
        ln.kind = "meta"
        found.append(above)
        k, taken = k - 2, taken + 2
    meta: dict[str, str] = _after_no_text(tail[: len(tail) - taken])
    for ln in reversed(found):
        closing_meta(ln.text, meta)
        ln.kind = "meta"
        log.debug("pdf: page %d: a closing record's line, metadata: %s", ln.page, ln.text)
    return meta


def _issue_record(text: str) -> bool:
    """A line of an official document's 版记 as the segmenter reads one: 抄送：…。 with its
    sentence's marks, or …2015年1月20日印发 (the text may go on in an attachment, so
    the segmenter's closing run, at the file's end, does not see it)."""
    items = record_line(text.strip(), 0) or []
    return bool(items) and all(m.key in ("cc", "issued") for m in items)


_SIGNING_CHARS = 30  # a signature block's line (甲方（盖章）：, 日期：) is short


def _finished(text: str) -> bool:
    return text.rstrip().endswith(FINISHED)


def _no_text_mark(text: str) -> bool:
    return NO_TEXT_MARK.fullmatch("".join(text.split())) is not None


def _after_no_text(tail: list[_Line]) -> dict[str, str]:
    """A scanned contract's （以下无正文） with the signature block under it that OCR
    misread (负责人 (等宁 :): the mark ends the text, the short lines after it are the
    signature block, metadata kept as read."""
    window = range(max(0, len(tail) - _CLOSING_RECORD_LINES), len(tail))
    marks = [i for i in window if tail[i].font == _OCR_FONT and _no_text_mark(tail[i].text)]
    if not marks:
        return {}
    at = marks[-1]
    rest = tail[at + 1 :]
    if any(len(ln.text) > _SIGNING_CHARS or _finished(ln.text) for ln in rest):
        return {}
    for ln in tail[at:]:
        ln.kind = "meta"
    return {"signature": "\n".join(clean_prose(ln.text.strip()) for ln in rest)} if rest else {}


# closing notes of an official document under its signature: the contact, the attachments
# a contact or attachments line, or GB/T 9704's note under the date: （此件公开发布）
_CLOSING_NOTE = re.compile(
    r"^(?:(?:联\s*系\s*人|联系电话|联系方式|附\s*件)\s*[：:]"
    r"|[（(]\s*(?:此件|本件)[^（()）]{1,10}[)）]$|[（(]\s*联\s*系\s*人\s*[：:])"
)
_LIST_ITEM = re.compile(r"^\d{1,2}\s*[．.、]")
_SIGNATURE_LINES = 3  # lines a signature holds above its date: organisations, a name
_SIGNATURE_CHARS = 30
_SIGNATURE_LARGER = 1.0  # points: a signature may be set a little larger than the text


def _signature_at(lines: list[_Line], widths: dict[int, float]) -> int | None:
    """Where the signature block at the end of the text begins: a date in the right half
    of the page, under at most ``_SIGNATURE_LINES`` short lines in the right half; only
    closing notes may follow it on its page; an attachment note right above it opens
    it."""
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
        at = len(lines) - len(tail) + start
        return _attachments_above(lines, at)
    return None


_ATTACHMENT_LINES = 8  # an attachment note's lines (附件：1．…, 2．…) above a signature


def _attachments_above(lines: list[_Line], at: int) -> int:
    """Where the signature block begins once the attachment note right above it is
    counted in (GB/T 9704 sets 附件：… between the text and the signature): the note's
    附件 line and the numbered items under it, on the signature's page."""
    start = at
    for k in range(at - 1, max(-1, at - 1 - _ATTACHMENT_LINES), -1):
        ln = lines[k]
        text = ln.text.strip()
        if ln.page != lines[at].page or not (_ATTACHED.match(text) or _LIST_ITEM.match(text)):
            break
        if _ATTACHED.match(text):
            start = k
    return start


_ATTACHED = re.compile(r"^附\s*件\s*[：:]")


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
