"""Page furniture: running headers and footers, page numbers, margin notes, section marks."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ..base import DATE_LINE, WORD_PROMPT, join_words, numbered_level
from .lines import (
    _CONTENTS_TITLE,
    _MARGIN_ZONE,
    _MAX_HEADING_CHARS,
    _OCR_FONT,
    _PAGE_NUMBER,
    CHAPTER_NUMBER,
    _body_size,
    _contents_key,
    _has_han,
    _Line,
    _Page,
    _prose,
    log,
)

# a line that is a Word placeholder prompt, alone or as the value of a form's label
# (报送单位：单击或点击此处输入文字。): the field was never filled in
_PROMPT_LINE = re.compile(rf"(?:[^：:。]{{1,12}}[：:])?\s*(?:{WORD_PROMPT.pattern})\s*", re.I)


def _drop_prompts(pages: list[_Page]) -> None:
    """Word's stock placeholder prompts ([文档副标题], 单击或点击此处输入文字。) printed
    by a PDF export are the template's words, not the document's: their lines are
    dropped (logged), a form label holding one with them. OCR spaces a Chinese
    prompt's words apart ([在 此 处 添加 文档 摘要 …]): its line is read without them."""
    for ln in (ln for p in pages for ln in p.lines if ln.kind != "table"):
        bare = re.sub(r"\s+", "", ln.text) if ln.font == _OCR_FONT else ""
        if _PROMPT_LINE.fullmatch(ln.text.strip()) or (bare and _PROMPT_LINE.fullmatch(bare)):
            log.debug("pdf: page %d: a placeholder prompt left out: %s", ln.page, ln.text)
            ln.kind = "drop"


# ------------------------------------------------------------ running lines, sizes


def _in_margin(ln: _Line, page: _Page) -> bool:
    return ln.top < _MARGIN_ZONE * page.height or ln.bottom > (1 - _MARGIN_ZONE) * page.height


def _edge_lines(page: _Page) -> list[_Line]:
    """Lines that may be running headers/footers: in the margin zone or first/last two."""
    text_lines = [ln for ln in page.lines if ln.kind != "table"]
    by_top = sorted(text_lines, key=lambda ln: ln.top)
    edge = {id(ln) for ln in by_top[:2] + by_top[-2:]}
    return [ln for ln in text_lines if id(ln) in edge or _in_margin(ln, page)]


# a chapter's opening number at the top of its first page: 第1章, 第二篇, Chapter 3
_CHAPTER_OPENING = re.compile(CHAPTER_NUMBER, re.I)


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _sized_key(ln: _Line) -> str:
    # an OCR layer's sizes are guesses from its line boxes: its text alone is the key
    return _key(ln.text) if ln.font == _OCR_FONT else f"{_key(ln.text)}@{ln.size}"


def _drop_running_lines(pages: list[_Page]) -> None:
    """Lines at the page edges repeated on half the pages, or on half the odd or the even
    pages (alternating headers: the book's title on one side, the chapter's on the
    other), or small margin lines repeated on three pages or more (a chapter title
    over each of its pages); bare page numbers in the margins. A running line keeps its
    size from page to page: a heading whose text a section-mark header repeats in
    another size is not counted with it (an OCR layer's lines are keyed by their text
    alone, its sizes being guesses)."""
    edges = [_edge_lines(p) for p in pages]
    seen: Counter[str] = Counter()
    by_side: dict[int, Counter[str]] = {0: Counter(), 1: Counter()}
    exact: Counter[str] = Counter()  # the same text, digits and all
    for page, lines in zip(pages, edges, strict=True):
        keys = {_sized_key(ln) for ln in lines}
        seen.update(keys)
        by_side[page.number % 2].update(keys)
        exact.update({f"{ln.text.strip()}@{ln.size}" for ln in lines})
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
            # chapter openings set larger than the text, numbered apart (第1章, 第2章 at
            # the top of each chapter's first page): the same place, not the same line
            numbered_apart = exact[f"{ln.text.strip()}@{ln.size}"] < 2
            opening = _CHAPTER_OPENING.match(ln.text.strip()) and ln.top < page.height / 2
            repeated = repeated and not (ln.size > body + 1.0 and numbered_apart and opening)
            small = ln.size <= body + 0.25 and _in_margin(ln, page) and seen[key] >= _RUNNING_MIN
            number = _PAGE_NUMBER.fullmatch(ln.text) is not None and _in_margin(ln, page)
            if repeated or number or small:
                ln.kind = "drop"
    _drop_running_tables(pages)
    _drop_placed_headers(pages, edges, body)
    _drop_header_echoes(pages, edges, body)
    _drop_misread_headers(pages)
    _drop_misread_margins(pages, edges)
    for page in pages[:_PAPER_PAGES]:  # a paper's first page, or the one after a cover
        _drop_journal_masthead(page, body)
    for page in pages:
        _drop_header_rows(page, body)
    _drop_lone_headers(pages)
    _drop_header_partners(pages, body)


def _drop_header_partners(pages: list[_Page], body: float) -> None:
    """The other side's header seen once (a short paper's even page, 46　东川大学学报,
    beside the odd pages' 第3期　刘晓峰，等：… left out): a line in the top margin at the
    height and size of a header left out on another page, no larger than the body, no
    sentence, above the text block and apart from it."""
    placed = [
        (p.number, ln.top, ln.size)
        for p in pages
        for ln in p.lines
        if ln.kind == "drop" and ln.text.strip() and ln.bottom <= _MARGIN_ZONE * p.height
    ]
    for page in pages:
        for ln in page.lines:
            # a speck OCR read beside the header (。) goes with it
            worded = re.search(r"[^\W_]", ln.text) is not None
            if ln.kind != "body" or ln.size > body + 0.25 or (worded and _prose(ln.text)):
                continue
            if ln.bottom > _MARGIN_ZONE * page.height:
                continue
            partner = any(
                n != page.number and abs(top - ln.top) <= 1.0 and abs(size - ln.size) < 0.3
                for n, top, size in placed
            )
            if partner and _band(ln, page) and _isolated(ln, page):
                log.debug("pdf: page %d: the other side's header: %s", page.number, ln.text)
                ln.kind = "drop"


_TABLE_BAND = 0.2  # of the page's height: a header or footer table stays this near an edge


def _near_edge(ln: _Line, page: _Page) -> bool:
    """Wholly within the top or the bottom fifth of the page (a header's table, not a
    long table that starts high on every page of it)."""
    return ln.bottom <= _TABLE_BAND * page.height or ln.top >= (1 - _TABLE_BAND) * page.height


def _drop_running_tables(pages: list[_Page]) -> None:
    """A table in a page's top or bottom margin repeated at the same place on half the
    pages, its cells alike but for their numbers, is a running header or footer drawn
    as a table (a procedure's logo, company, document number and 第 N 页 共 M 页 in
    a Word header table): left out (logged), as a header line would be."""

    def key(page: _Page, ln: _Line) -> tuple[bool, str]:
        # the first page's header may be set a little apart (its own first-page header)
        cells = "|".join(c or "" for row in ln.rows for c in row)
        return (ln.top < 0.5 * page.height, _key(cells))

    placed = [
        (page, ln)
        for page in pages
        for ln in page.lines
        if ln.kind == "table" and _in_margin(ln, page) and _near_edge(ln, page)
    ]
    seen = Counter(key(page, ln) for page, ln in placed)
    needed = max(2, (len(pages) + 1) // 2)
    for page, ln in placed:
        if len(pages) > 1 and seen[key(page, ln)] >= needed:
            log.debug("pdf: page %d: a running header table left out", page.number)
            ln.kind = "drop"


_LONE_HEADER_SIZE = 0.85  # of its page's text size: a header seen once is set smaller
# a caption or a table's continuation over a page's first lines: 表2, 图 3-1, 续表
_CAPTION_START = re.compile(r"(?:续)?[表图]\s*[\d一二三四五六七八九十]|续表")


def _drop_lone_headers(pages: list[_Page]) -> None:
    """A running header seen once (a short document's, its first page having none; a
    scan of two pages): on a page after the first, its top line in the top margin, set
    clearly smaller than the page's text, short, neither a sentence nor numbered nor a
    caption, standing apart above the text block."""
    for page in pages[1:]:
        live = sorted(
            (ln for ln in page.lines if ln.kind not in ("drop", "table")), key=lambda ln: ln.top
        )
        if not live:
            continue
        ln, text = live[0], live[0].text.strip()
        small = ln.size <= _LONE_HEADER_SIZE * _body_size(page.lines)
        if (
            small
            and ln.bottom <= _MARGIN_ZONE * page.height
            and len(_key(text)) <= _HEADER_CHARS[1]
            and not _prose(text)
            and numbered_level(text) is None
            and not _CAPTION_START.match(text)
            and _band(ln, page)
            and _isolated(ln, page)
        ):
            log.debug("pdf: page %d: a running header seen once left out: %s", page.number, text)
            ln.kind = "drop"


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
        # a row under the header: short like it, not a paragraph's line (a scan's text
        # may start right under its header, OCR giving both one size)
        under = (
            rows_under
            and not _prose(ln.text)
            and any(
                0 <= ln.top - o.bottom < _HEADER_ROW_GAP * size and abs(o.size - ln.size) < 0.5
                for o in cluster
            )
        )
        if row or under:
            cluster.append(ln)
            added.append(ln)
    if not added:
        return
    ids = {id(ln) for ln in added}
    inner = [ln for ln in page.lines if ln.kind not in ("drop", "table") and id(ln) not in ids]
    # apart by most of a line: the header's own when it is set smaller than the text
    # (a browser's 9 pt header row right over the page's menu)
    gap = 0.8 * max(min(body, max(o.size for o in cluster)), 1.0)
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
    alike = [ln for ln, misread in zip(tops, _read_alike(keys, needed), strict=True) if misread]
    sizes = {p.number: _body_size(p.lines) for p in pages}
    by_number = {p.number: p for p in pages}
    for ln in alike:
        if not _headed_by_header(ln, alike, sizes, by_number[ln.page]):
            ln.kind = "drop"
    _drop_misread_echoes(pages, tops, sizes)


_TITLE_OVER_HEADER = 1.3  # a title its header repeats is set this much larger than it


def _headed_by_header(ln: _Line, alike: list[_Line], sizes: dict[int, float], page: _Page) -> bool:
    """``ln`` is a title (the report's name on its first page, a chapter's on the page
    it opens) that the header over other pages repeats: about its page's text size or
    more and, for that text (an OCR layer's sizes differ from page to page), larger than
    each of them; and either below the top margin while every other reading stands in
    it, or set clearly larger than each (a cover's title high on its page)."""

    def share(o: _Line) -> float:
        return o.size / sizes[o.page] if sizes.get(o.page) else 0.0

    others = [o for o in alike if o is not ln]
    zone = _MARGIN_ZONE * page.height
    below = ln.top >= zone and all(o.top < zone for o in others)
    display = all(share(ln) >= _TITLE_OVER_HEADER * share(o) for o in others)
    return (
        bool(others)
        and (below or display)
        and share(ln) >= 0.95
        and all(share(ln) > share(o) for o in others)
    )


def _drop_misread_echoes(pages: list[_Page], tops: list[_Line], sizes: dict[int, float]) -> None:
    """An OCR page's top line reading nearly alike a header already left out at the
    top of other pages (read the same there, so left out as repeated): that header,
    misread on this page (东川省发展和改革委员会”.), unless it is the title that header
    repeats (``sizes``: each page's text size)."""
    headers: list[_Line] = []
    for page in pages:
        lines = sorted((ln for ln in page.lines if ln.kind != "table"), key=lambda ln: ln.top)
        if lines and lines[0].kind == "drop" and lines[0].font == _OCR_FONT:
            headers.append(lines[0])
    by_number = {p.number: p for p in pages}
    for ln in tops:
        key = _key(ln.text)
        if ln.kind == "drop" or ln.font != _OCR_FONT:
            continue
        echoed = [h for h in headers if _specks_apart(key, _key(h.text))]
        if echoed and not _headed_by_header(ln, [ln, *echoed], sizes, by_number[ln.page]):
            ln.kind = "drop"


# a journal's masthead stands on the paper's first page: 1, or 2 after a database's
# cover, in the page's top eighth (under a database's stamp, the margin holds no more)
_PAPER_PAGES = 2
_MASTHEAD_ZONE = 0.13
# a journal's volume and issue over its first page: 第25卷第3期, Vol.25 No.3, 2015年第4期
_VOLUME_ISSUE = re.compile(
    r"第\s*\d{1,4}\s*[卷期]|vol\.?\s*\d{1,4}|no\.?\s*\d{1,3}\b|\d{4}\s*年\s*第\s*\d{1,2}\s*期",
    re.I,
)
_MASTHEAD_CHARS = 30  # a masthead line: the journal's name, its volume, a date


def _drop_journal_masthead(page: _Page, body: float) -> None:
    """A journal's masthead over its first page (第25卷第3期, the journal's name beside
    it, Vol.25 No.3, the month): printed on that page alone, so no repeat tells it, but
    its volume and issue do. In the page's top margin, the small lines that name a
    volume or an issue, those on their rows and the dates are left out; a line set
    larger than the text (a title naming 第3期) is never one."""
    # under a database's stamp (网络首发…) on the page after its cover, the masthead
    # stands lower than the margin
    band = page.height * (_MASTHEAD_ZONE if page.number > 1 else _MARGIN_ZONE)
    small = [
        ln
        for ln in page.lines
        if ln.kind not in ("drop", "table") and ln.bottom <= band and ln.size <= body + 2.5
    ]
    named = [
        ln
        for ln in small
        if _VOLUME_ISSUE.search(ln.text) and len(_key(ln.text)) <= _MASTHEAD_CHARS
    ]
    if not named:
        return
    for ln in small:
        row = any(abs(ln.top - o.top) <= max(ln.size, o.size) for o in named)
        dated = DATE_LINE.fullmatch(ln.text.strip()) or _MONTH_YEAR.fullmatch(ln.text.strip())
        if (row or dated) and len(_key(ln.text)) <= _MASTHEAD_CHARS and not _prose(ln.text):
            log.debug("pdf: page %d: a journal's masthead left out: %s", page.number, ln.text)
            ln.kind = "drop"


_MONTH_YEAR = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}", re.I
)


def _drop_misread_margins(pages: list[_Page], edges: list[list[_Line]]) -> None:
    """OCR lines in the margins of two pages, at one place (a line's height apart),
    that read alike but for specks (内部资料“注意保存, 内部资料注意保存) are one running
    line OCR read differently: both left out. So is a line at the place of a page
    number left out on another page that reads as a page number misread (第 IT 页
    where 第 2 页 stands), and a margin line of specks alone (|)."""
    margin = [
        (page.number, ln)
        for page, lines in zip(pages, edges, strict=True)
        for ln in lines
        if ln.font == _OCR_FONT and _in_margin(ln, page)
    ]
    for k, (number, ln) in enumerate(margin):
        key = _key(ln.text)
        for other_number, other in margin[k + 1 :]:
            placed = abs(other.top - ln.top) <= max(ln.size, other.size)
            if other_number == number or not placed or abs(other.x0 - ln.x0) > ln.size:
                continue
            other_key = _key(other.text)
            paged = _PAGE_WORDS.fullmatch(key) and _PAGE_WORDS.fullmatch(other_key)
            # read differently (the same text on two pages is for the rules above: a
            # sentence may come back), a line of a header's length and no sentence
            alike = (
                key != other_key
                and _HEADER_CHARS[0] <= len(key) <= _HEADER_CHARS[1]
                and not _prose(ln.text)
                and not _prose(other.text)
                and (
                    _specks_apart(key, other_key)
                    or _specks_apart(other_key, key)
                    # a long line with a character or two misread (回顾 / 回兢)
                    or (
                        len(key) >= _MISREAD_LONG
                        and SequenceMatcher(None, key, other_key).ratio() >= _MISREAD_RATIO
                    )
                )
            )
            if alike or (paged and "drop" in (ln.kind, other.kind)):
                log.debug("pdf: a running line OCR read differently: %s", ln.text)
                ln.kind = other.kind = "drop"
    for number, ln in margin:
        # a speck read as a mark (|, ”) on a running line's row: no text
        row = [o for n, o in margin if n == number and o.kind == "drop" and o is not ln]
        if not any(ch.isalnum() for ch in ln.text) and any(
            abs(o.top - ln.top) <= max(o.size, ln.size) for o in row
        ):
            ln.kind = "drop"


_MISREAD_LONG = 12  # characters: a line this long read alike but for a character or two

_PAGE_WORDS = re.compile(r"第.{1,4}页(?:共.{1,4}页)?")  # a page number however OCR read it


def _specks_apart(key: str, header: str) -> bool:
    """``key`` reads as ``header`` but for marks and specks (”., |), never a word
    more: 东川省发展和改革委员会文件 on a cover is no misread header."""
    match = SequenceMatcher(None, key, header)
    if match.ratio() < _MISREAD_RATIO:
        return False
    extra = "".join(key[i1:i2] for op, i1, i2, _, _ in match.get_opcodes() if op != "equal")
    return not _has_han(extra) and not any(c.isalnum() for c in extra)


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
                key = _contents_key(ln.text)
                out.setdefault(key, set()).add((ln.size, ln.bold))
                # a header may print the heading's words without its number (公共服务…
                # for 第二章 公共服务…, as a field referring to the heading does)
                bare = _HEAD_NUMBER.sub("", key, count=1)
                if bare != key and len(bare) >= _MISREAD_MIN:
                    out.setdefault(bare, set()).add((ln.size, ln.bold))
    return out


# a heading's number: 第二章, 二、, （二）, 2.1
_HEAD_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]+[章节部分编篇]+|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十]+[)）]|\d{1,2}(?:\.\d{1,2})*\.?(?!\d))"
)


def _drop_section_marks(
    pages: list[_Page], edges: list[list[_Line]], body: float, title: str = ""
) -> None:
    """LaTeX's ``\\leftmark``/``\\rightmark`` headers: the current section's title, set
    small above the text block of each page, so the text changes from page to page. Such
    a line repeats a heading of the document in another size or weight (or its words
    without its number, or the title in the file's properties), stands apart above the
    text, and sits in the margin or at the height of another page's header."""
    heads = _heading_keys(pages, body)
    titled = {**heads}
    if len(_contents_key(title)) >= _MISREAD_MIN:  # the file's title (its properties),
        # repeated over a later page's text: on page 1 it may be the title itself
        titled[_contents_key(title)] = {*heads.get(_contents_key(title), set()), (0.0, False)}
    header_tops = [ln.top for p in pages for ln in p.lines if ln.kind == "drop"]
    marked: list[_Page] = []
    for page, lines in zip(pages, edges, strict=True):
        for ln in lines:
            key = _contents_key(ln.text)
            if ln.kind == "drop" or ln.size > body + 0.25:
                continue  # a header is set no larger than the text
            known = titled if page.number > 1 else heads
            sizes = known.get(key) or (_misread_key(key, heads) if ln.font == _OCR_FONT else set())
            if page.number > 1 and _CONTENTS_TITLE.fullmatch(key):
                sizes = {(0.0, False)}  # 目录 over a later page: a header naming the contents
            if not sizes - {(ln.size, ln.bold)}:
                continue  # no such heading, or the line is that heading itself
            placed = _in_margin(ln, page) or any(abs(t - ln.top) <= 1.5 for t in header_tops)
            if placed and _band(ln, page) and _isolated(ln, page):
                ln.kind = "drop"
                if not marked or marked[-1] is not page:
                    marked.append(page)
    for page in marked:  # the rest of a mark's row (the document's name beside it) too
        _drop_header_rows(page, body)


_MISREAD_MIN = 5  # characters a heading needs for one misread character to be allowed


def _misread_key(key: str, heads: dict[str, set[tuple[float, bool]]]) -> set[tuple[float, bool]]:
    """The sizes of the heading an OCR line repeats with one character misread
    (第一章发展同顾 for 第一章发展回顾): same length, one character differs."""
    if len(key) < _MISREAD_MIN:
        return set()
    return {
        sized
        for k, sizes in heads.items()
        if len(k) == len(key) and _one_word_misread(k, key)
        for sized in sizes
    }


_NUMERALS = frozenset("0123456789一二三四五六七八九十")


def _one_word_misread(a: str, b: str) -> bool:
    """One character differs, and not a number's (第二节 is another section than 第一节)."""
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and not (set(diff[0]) & _NUMERALS)


_RUNNING_MIN = 3  # pages a small margin line must repeat on to be a running header
