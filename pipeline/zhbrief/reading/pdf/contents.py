"""Tables of contents and agenda pages, and the headings they list."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

from ..base import (
    CELL_SEP,
    ROW_SEP,
    TITLE_LABELS,
    clean,
    clean_prose,
    join_words,
    numbered_level,
    one_clause,
    paired_fields,
    squash,
)
from .lines import (
    _CHAPTER,
    _CONTENTS_TITLE,
    _MAX_HEADING_CHARS,
    _OCR_FONT,
    _PART,
    _PEER_CHARS,
    _SECTION,
    CHAPTER_NUMBER,
    _contents_key,
    _has_han,
    _Line,
    _Page,
    _prose,
    log,
)

# a page number, arabic or roman; after dotted leaders, roman in its own characters too
# (前言……Ⅰ; a table's last column of water classes Ⅱ, Ⅲ is no page number)
_LEADER = re.compile(
    r"(?:(?:[.…·．_]{3,}|\s)\s*(?:\d{1,4}|[ivxlcdm]{1,6})|[.…·．_]{3,}\s*[\u2160-\u217f]{1,4})\s*$",
    re.I,
)
_DOTTED = re.compile(r"(?:[.…·．_]\s?){4,}")  # LaTeX spaces its dots: ". . . ."
_PAGE_REF = re.compile(r"\d{1,4}|[ivxlcdm]{1,6}", re.I)


def _page_rows(page: _Page) -> list[list[_Line]]:
    """The page's text lines grouped into rows (pieces a wide gap split stay together;
    a page number taken for a running footer still belongs to its entry's row; the page
    numbers' column, read after the titles', too)."""
    rows = _rows([ln for ln in page.lines if ln.kind != "table"])
    return [r for r in rows if any(ln.kind != "drop" for ln in r)]


def _rows(lines: list[_Line]) -> list[list[_Line]]:
    """The lines grouped into the rows they stand on, top to bottom."""
    rows: list[list[_Line]] = []
    for ln in sorted(lines, key=lambda o: (o.top, o.x0)):
        if rows and abs(ln.top - rows[-1][0].top) <= 0.5 * max(ln.size, 1.0):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return rows


def _row_text(row: list[_Line]) -> str:
    return " ".join(ln.text for ln in sorted(row, key=lambda o: o.x0))


def _contents_entry(row: list[_Line]) -> bool:
    """A table of contents' line: a title, dotted leaders and a page number, or (LaTeX's
    level-1 entries, no leaders) a title and a page number set apart at the right."""
    text = _row_text(row)
    if not _LEADER.search(text):
        return False
    last = max(row, key=lambda o: o.x1)
    return (
        _DOTTED.search(text) is not None
        or (len(row) >= 2 and _PAGE_REF.fullmatch(last.text.strip()) is not None)
        # a long entry leaves a dot or two of the leaders before its page number
        or _STUB_LEADER.search(text) is not None
    )


# a scanned contents entry: OCR reads the leaders as specks, dots or letters (汪汪, es,
# .4), the page number stays at the line's end, set apart (a decimal's digits are no
# page number)
_OCR_PAGE_END = re.compile(r"(?:\s|(?<!\d)[.．·])\d{1,3}(?:\s*[.．])?\s*$")
_FLUSH = 0.04  # of the text's width: page numbers set flush right end within this


def _ocr_entry(row: list[_Line]) -> bool:
    """An OCR layer's contents entry: words, a page number at the row's end."""
    if any(ln.font != _OCR_FONT for ln in row):
        return False
    text = _row_text(row)
    return _has_han(text) and _OCR_PAGE_END.search(text) is not None and not _prose(text)


def _flush_right(entries: list[list[_Line]], page: _Page) -> bool:
    """The entries end where one another end: their page numbers are set flush right."""
    ends = [max(ln.x1 for ln in r) for r in entries]
    width = max(ln.x1 for ln in page.lines) - min(ln.x0 for ln in page.lines)
    return max(ends) - min(ends) <= _FLUSH * width


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
    the lines between them go, from the contents' heading on. Needs three entries (or
    one under a contents heading, with leaders: a list of two figures), and dotted
    leaders, a contents heading, or entries most of which come back as lines of later
    pages (a contents without either: Word's plain tab to the page number).
    Returns the entries (their text before the leaders and page number)."""
    rows = _page_rows(page)
    marks = [_contents_entry(r) or _ocr_entry(r) for r in rows]
    entries = [r for r, m in zip(rows, marks, strict=True) if m]
    if not entries:
        return []
    first = marks.index(True)
    last = len(marks) - 1 - marks[::-1].index(True)
    titled = first > 0 and _CONTENTS_TITLE.fullmatch(_row_text(rows[first - 1]).strip())
    # a borderless table (a label, a count at the right) is no contents: it needs
    # leaders, a contents heading or its entries found later, and its page numbers
    # never go back; a scan's leaders OCR misread, page numbers flush right stand in
    dotted = any(_DOTTED.search(_row_text(r)) for r in entries)
    # under its title, with leaders, a short list (插图清单 of two figures) is one too
    if len(entries) < 3 and not (titled and dotted):
        return []
    scanned = all(ln.font == _OCR_FONT for r in entries for ln in r)
    scanned = scanned and _flush_right(entries, page)
    listed = dotted or titled or scanned or _come_back(entries, page, last_seen)
    if not listed or not _ascending(entries, slips=1 if scanned else 0):
        return []
    prose = [_prose(_row_text(r)) for r in rows]
    # flush page numbers alone: the entries stand together, no paragraph among them
    if scanned and not (dotted or titled) and any(prose[first : last + 1]):
        return []
    # a scan's first entries may have lost their page numbers to OCR: no prose before
    opening = first <= 1 or (scanned and not any(prose[:first]))
    if len(entries) >= 0.5 * len(rows) and opening:
        # a contents page (its heading, entries, a stray line); Word's contents field
        # ends mid-page when no page break follows it: the text after it stays
        text_after = any(prose[last + 1 :])
        drop = rows[: last + 1] if text_after else rows
    else:
        drop = rows[first - 1 if titled else first : last + 1]
    log.debug("pdf: page %d holds a table of contents; its lines are left out", page.number)
    for row in drop:
        for ln in row:
            ln.kind = "drop"
    if titled and _FIGURE_LIST.search(_row_text(rows[first - 1])):
        return []  # a list of figures or tables lists no heading
    return _wrapped_entries(rows, marks, first)


_FIGURE_LIST = re.compile(r"插\s*图|表\s*格|图\s*目|表\s*目|figures|tables", re.I)


def _numbered_entry(text: str) -> bool:
    """An entry's text opens with a section number (1.6.2, 第一章, 一、)."""
    return _DECIMAL.match(text.strip()) is not None or numbered_level(text) is not None


def _wrapped_entries(rows: list[list[_Line]], marks: list[bool], first: int) -> list[str]:
    """The entries' titles; an entry too long for its line (Word wraps it before the
    leaders) is its numbered first line, which has no page number and runs across the
    line (a group label over the entries is short), and the line after."""
    entries = [ln for r, m in zip(rows, marks, strict=True) if m for ln in r]
    left = min((ln.x0 for ln in entries), default=0.0)
    right = max((ln.x1 for ln in entries), default=0.0)
    out: list[str] = []
    for i, (row, mark) in enumerate(zip(rows, marks, strict=True)):
        if not mark:
            continue
        text = _entry_text(row)
        before = rows[i - 1] if i > first and not marks[i - 1] else []
        full = bool(before) and max(ln.x1 for ln in before) >= left + _WRAP_FILL * (right - left)
        lead = _row_text(before).strip()
        if full and _numbered_entry(lead) and not _numbered_entry(text):
            text = f"{lead} {text}"
        out.append(text)
    return out


_WRAP_FILL = 0.75  # of the entries' width: a wrapped entry's first line runs this far


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


# a document-control block's labels: 文档修订记录, 版本历史, 变更记录, 文档审批, 审批记录,
# and an office's processing form printed before the document it carries (its issuer's
# name and the form's: 某某办公室发文稿纸, 发文处理笺, 呈批件, 签报单)
_CONTROL_LABEL = re.compile(
    r"(?:文档|文件)?(?:修订|修改|变更|版本)(?:记录|历史|履历)表?"
    r"|(?:文档|文件)(?:审批|控制|签署)(?:记录|表|页)?|审批(?:记录|表|页)"
    r"|[\u4e00-\u9fff（）()]{0,30}(?:发文稿纸|發文稿紙|发文处理笺|發文處理箋|发文审批单|呈批件|呈批表"
    r"|签报单|簽報單|签批单|簽批單|审签单|審簽單)"
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
    for ln in live:
        if ln.kind == "table" and _control_table(ln.rows, page.number <= _COVER_PAGES):
            out.append(ROW_SEP.join(CELL_SEP.join(r) for r in ln.rows))
            ln.kind = "drop"
    return out + _scanned_control(page)


# a book's imprint (版权页): its cataloguing data (图书在版编目（CIP）数据, ISBN) and
# its printing record's labels (版次：, 定价：, 开本：)
_IMPRINT = re.compile(
    r"图书在版编目|CIP\s*数据|ISBN[\s:：-]*\d|(?:出\s*版\s*发\s*行|版\s*次|印\s*次|定\s*价|开\s*本"
    r"|印\s*张|字\s*数|书\s*号|责任编辑|装帧设计|封面设计)\s*[：:]|版权所有|侵权必究",
    re.I,
)
_IMPRINT_MARKS = 4  # lines of a page that must be the imprint's
_IMPRINT_PAGES = 4  # a book's imprint stands on one of its first pages, or its last
# what only a copyright page prints: the cataloguing data, the rights line
_CATALOGUE = re.compile(r"图书在版编目|圖書在版編目|CIP\s*数据|CIP\s*數據|版权所有|版權所有", re.I)


def _imprint(page: _Page, last: int) -> str:
    """A book's copyright page (its CIP data and printing record, a page of their own
    after the cover near the front, or the back cover's): about the book, not its
    text. Its lines leave the text for the metadata (``imprint``); returns them. A
    page with a sentence of prose on it (a flyer's blurb) is text."""
    if page.number == 1 or _IMPRINT_PAGES < page.number < last:
        return ""
    live = [ln for ln in page.lines if ln.kind in ("body", "heading")]
    marked = [ln for ln in live if _IMPRINT.search(ln.text)]
    if len(marked) < _IMPRINT_MARKS or 3 * len(marked) < len(live):
        return ""
    prose = any(re.search(r"[。！？]", ln.text) for ln in live if ln not in marked)
    if prose or not any(_CATALOGUE.search(ln.text) for ln in marked):
        return ""
    log.debug("pdf: page %d is a book's imprint: metadata", page.number)
    for ln in live:
        ln.kind = "drop"
    return "\n".join(ln.text.strip() for ln in live)


# a document-control box's labels
_CONTROL_FIELDS = frozenset(
    ("文档编号", "文件编号", "编号", "密级", "版本", "版本号", "受控状态", "页数", "生效日期")
    + ("编制", "编写", "拟制", "审核", "审查", "校对", "批准", "签发", "发布日期")
)
# a sign-off table's labels (编制 | 审核 | 批准 over the names and dates)
_SIGN_OFF = frozenset(
    ("编制", "编写", "拟制", "拟稿", "审核", "审查", "校对", "会签", "批准", "签发")
)


# an exam paper's score table for its markers (题号 | 一 | 二 … over 得分 and 评卷人 rows)
_SCORE_LABELS = frozenset(("题号", "得分", "评卷人", "阅卷人", "核分人", "复核人"))


def _control_table(rows: list[list[str]], cover: bool = False) -> bool:
    """A table that is a document-control block by itself: its first row is a control
    label alone in it (修订记录 over the revision rows), or sign-off labels only, two
    or more (编制 | 审核 | 批准); or an exam's score table, two of its rows opening with the
    markers' labels (题号, 得分, 评卷人)."""
    first = [squash(c) for c in rows[0] if c and c.strip()] if rows else []
    if len(first) == 1 and _CONTROL_LABEL.fullmatch(first[0]):
        return True
    if sum(bool(row) and squash(row[0] or "") in _SCORE_LABELS for row in rows) >= 2:
        return True
    # every label a sign-off's (an approval matrix, 文件类别 | 编制 | 审核 | 批准, is text)
    if len(first) >= 2 and all(c in _SIGN_OFF for c in first):
        return True
    # a cover's control box, labels and values by turns (文档编号 | … | 密级 | …; 编写 | …),
    # some value a number, a version or a date (a procedure's 编制 | 各业务部门 is text)
    fields = paired_fields(rows) if cover else []
    labels = [squash(label) for label, _ in fields]
    controlled = 2 * sum(lb in _CONTROL_FIELDS for lb in labels) >= len(labels) + 1
    coded = any(_CODED.search(value) for _, value in fields)
    return len(labels) >= 3 and controlled and coded


# a control field's value: a document number, a version, a date
_CODED = re.compile(r"[A-Z]{2,}[-_]?\d|[Vv]\d|\d{4}\s*[-/.年]\s*\d{1,2}")


def control_title(blocks: list[str]) -> str:
    """The title a processing form gives the document it carries (its 标题 row's value:
    the 发文稿纸's 标题 | 关于…的通知), or ""."""
    for block in blocks:
        for row in block.split(ROW_SEP):
            cells = [clean(c) for c in row.split(CELL_SEP) if c.strip()]
            if len(cells) >= 2 and squash(cells[0]) in TITLE_LABELS:
                return cells[1]
    return ""


_CELL_CHARS = 24  # a table cell's text on a scan: a name, a date, a short note


def _scanned_control(page: _Page) -> list[str]:
    """A scanned document-control block: OCR gives no table, only its cells, short
    lines side by side under the label, row by row down to the next label or the first
    row holding a sentence or a numbered heading alone; the table ends at its last row
    of two cells or more (a short line after it is text again). Two such rows, or the
    block stays."""
    live = [ln for ln in page.lines if ln.kind in ("body", "heading")]
    if not live or any(ln.font != _OCR_FONT for ln in live):
        return []
    labels = [ln for ln in live if _CONTROL_LABEL.fullmatch(squash(ln.text))]
    out: list[str] = []
    for n, label in enumerate(labels):
        limit = labels[n + 1].top if n + 1 < len(labels) else page.height
        under = [ln for ln in live if label.bottom <= ln.top + 0.5 * ln.size and ln.top < limit]
        kept: list[list[_Line]] = []
        for row in _cell_rows([ln for ln in under if ln is not label]):
            if not all(_control_cell(c, live) for c in row):
                break
            kept.append(row)
        while kept and len(kept[-1]) < 2:
            kept.pop()
        if sum(len(r) >= 2 for r in kept) < 2:
            continue
        table = ROW_SEP.join(CELL_SEP.join(clean_prose(c.text) for c in r) for r in kept)
        out.append(f"{squash(label.text)}{ROW_SEP}{table}")
        for ln in [label, *(c for r in kept for c in r)]:
            ln.kind = "drop"
    return out


def _control_cell(ln: _Line, live: list[_Line]) -> bool:
    """Short, no sentence, no label, and no numbered heading alone on its row."""
    text = squash(ln.text)
    if len(text) > _CELL_CHARS or _CONTROL_LABEL.fullmatch(text) or _prose(ln.text):
        return False
    alone = not any(o is not ln and abs(o.top - ln.top) <= 0.5 * ln.size for o in live)
    return not (alone and numbered_level(text) is not None)


def _cell_rows(cells: list[_Line]) -> list[list[_Line]]:
    """Cells grouped into the rows they stand on, each row read left to right."""
    return [sorted(r, key=lambda o: o.x0) for r in _rows(cells)]


_AGENDA_NUMBER = re.compile(
    r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[ivx]{1,4})(?:[\s、.．]+|$)", re.I
)


def _agenda_title(row: list[_Line]) -> str:
    """An agenda entry's title: the row without the section number before it."""
    return _AGENDA_NUMBER.sub("", _row_text(row).strip(), count=1).strip()


# what a deck's agenda slide is headed: 目录, 汇报提纲, 主要内容, 议程, Agenda, Outline
_AGENDA_TITLE = re.compile(
    rf"{_CONTENTS_TITLE.pattern}|(?:汇报|匯報|报告|報告)?(?:提纲|提綱|大纲|大綱|内容)|主要内容"
    r"|议程|議程|agenda|outline",
    re.I,
)


def _drop_agenda_page(page: _Page, last_seen: dict[str, int]) -> None:
    """A table of contents without page numbers (a slide deck's 目录 slide, its sections
    numbered in boxes): a page whose first row is a contents heading and whose other
    rows, three or more, are each one short clause, most of them (their numbers aside)
    lines of later pages. It is navigation: the page's lines are left out."""
    rows = _page_rows(page)
    if len(rows) < 4 or not _AGENDA_TITLE.fullmatch(_row_text(rows[0]).strip()):
        return
    entries = rows[1:]
    titles = [_agenda_title(r) for r in entries]
    if not all(t and len(t) <= _PEER_CHARS and one_clause(t) and not _prose(t) for t in titles):
        return
    # an entry comes back as a later slide's title, with its number (一、…) or without
    later = sum(
        max(last_seen.get(_contents_key(t), 0), last_seen.get(_row_key(r), 0)) > page.number
        for t, r in zip(titles, entries, strict=True)
    )
    if later < max(3, 0.6 * len(entries)):
        if _CONTENTS_TITLE.fullmatch(_row_text(rows[0]).strip()):
            _drop_outline_label(page, rows[0])  # 目录 only: 主要内容 may head its own slide
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


def _ascending(entries: list[list[_Line]], slips: int = 0) -> bool:
    """The entries' Arabic page numbers never decrease (Roman ones, front matter, are
    not compared), but for ``slips`` of them (a scan's page number OCR misread)."""
    numbers = []
    for row in entries:
        m = re.search(r"(\d{1,4})\s*$", _row_text(row))
        if m:
            numbers.append(int(m[1]))
    return sum(a > b for a, b in pairwise(numbers)) <= slips


def _entry_text(row: list[_Line]) -> str:
    """An entry's title: the row without its leaders and page number."""
    pieces = sorted(row, key=lambda o: o.x0)
    if len(pieces) >= 2 and _PAGE_REF.fullmatch(pieces[-1].text.strip()):
        pieces = pieces[:-1]
    text = _DOTTED.split(" ".join(o.text for o in pieces))[0]
    text = _LEADER.sub("", text).strip() if not _DOTTED.search(text) else text.strip()
    # a long entry leaves one dot of LaTeX's spaced leaders before its page number
    return _LEADER_STUB.sub("", text)


_STUB_LEADER = re.compile(r"[^\d.．\s]\s*[.．·…]{1,2}\s+\d{1,4}\s*$")
_LEADER_STUB = re.compile(r"(?<=[^\d.．\s])\s*[.．·…]{1,2}$")


_CONTENTS_MIN = 5  # entries a table of contents needs to decide the headings after it
_DECIMAL = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})(?!\d)\.?")


def _contents_level(entry: str) -> int:
    """1.2.3 is level 3, 第一章 and unnumbered entries level 1, （一） level 2."""
    m = _DECIMAL.match(entry.strip())
    if m:
        return min(3, m[1].count(".") + 1)
    return numbered_level(entry) or 1


_CN_SECTION = re.compile(r"\s*[（(]?[一二三四五六七八九十]{1,3}[、）)]")


def _contents_levels(entries: list[str]) -> list[int]:
    """The entries' levels; a table of contents that lists parts (第一部分, 第一编) has
    every other entry (a preface, chapters, an appendix) one level under them."""
    parts = [_PART.match(e.strip()) is not None for e in entries]
    # 一、 and （一） entries listed under 第一章 (and 第一节) rank under them
    under = sum(any(rx.match(e.strip()) for e in entries) for rx in (_CHAPTER, _SECTION))
    return [
        1 if part else _contents_level(e) + any(parts) + (under if _CN_SECTION.match(e) else 0)
        for e, part in zip(entries, parts, strict=True)
    ]


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
        _wrapped_entry_line(after, i, ln, keys)
        ln.kind, ln.level, ln.listed = "heading", level, True
    if found >= 0.5 * len(keys):
        # a heading the contents leave out but set as listed ones are (a book's 参考文献,
        # a chapter* LaTeX lists nowhere) keeps their level; any other is text
        styles = {(ln.size, ln.font): ln.level for ln in after if ln.listed}
        # a style a listed heading has keeps its level
        deeper = {k: v for k, v in _deeper_heads(after, listed, keys).items() if k not in styles}
        styles.update(deeper)
        for ln in after:
            if ln.kind == "heading" and not ln.listed:
                level = styles.get((ln.size, ln.font))
                if level is None or not one_clause(ln.text):
                    ln.kind = "body"
                else:  # a deeper head's level is the contents', as a listed one's
                    ln.level, ln.listed = level, (ln.size, ln.font) in deeper
    for ln in lines:  # a heading before the contents that they list (前言) takes its level
        if ln.page <= after_page and ln.kind == "heading":
            level = next((lv for k, lv in keys if _contents_key(ln.text) == k), None)
            if level is not None:
                ln.level, ln.listed = level, True


def _wrapped_entry_line(after: list[_Line], i: int, ln: _Line, keys: list[tuple[str, int]]) -> None:
    """A listed heading that is its entry's first line wraps on to the next line of
    its page and size (…相互作用机 / 理): that line is the heading's, joined to it."""
    t = _contents_key(ln.text)
    nxt = next((o for o in after[i + 1 :] if o.kind != "drop"), None)
    if nxt is None or nxt.page != ln.page or abs(nxt.size - ln.size) > 0.5:
        return
    joined = t + _contents_key(nxt.text)
    if any(k != t and k.startswith(t) and k == joined for k, _ in keys):
        ln.text, ln.x1 = join_words(ln.text, nxt.text), max(ln.x1, nxt.x1)
        nxt.kind = "drop"


def _deeper_heads(
    after: list[_Line], listed: list[str], keys: list[tuple[str, int]]
) -> dict[tuple[float, str], int]:
    """Contents two levels deep (第一章, 一、) leave out the （一） heads under them: the
    style of unlisted headings numbered a level deeper than any entry, two or more set
    alike, heads the level under the deepest listed one."""
    if not keys:
        return {}
    book = any(_SECTION.match(e.strip()) for e in listed)
    numbered = [lv for e in listed if (lv := _depth(e, book)) is not None]
    deeper = [
        ln
        for ln in after
        if numbered
        and ln.kind == "heading"
        and not ln.listed
        and (_depth(ln.text, book) or 0) > max(numbered)
    ]
    deeper += _decimal_deeper(after, listed)
    styles = Counter((ln.size, ln.font) for ln in deeper)
    level = max(lv for _, lv in keys) + 1
    return {style: level for style, n in styles.items() if n >= 2}


def _depth(text: str, book: bool) -> int | None:
    """A number's depth: 一、/第一章 1, （一）/第一节 2; in a book whose contents list
    第一节 sections, the 一、 points under them are a level deeper (第一章 > 第一节 > 一、
    > （一))."""
    level = numbered_level(text)
    if book and level is not None and not text.strip().startswith("第"):
        return level + 2
    return level


_SECTION_NUMBER = re.compile(r"\s*(\d{1,2}(?:[.．]\d{1,2})+)(?=\s|[\u4e00-\u9fff])")


def _decimal_deeper(after: list[_Line], listed: list[str]) -> list[_Line]:
    """Contents listing decimal numbers two deep (2, 2.1) leave out the 2.1.1 heads:
    unlisted headings numbered one part deeper than the deepest entry, under a listed
    number (2.1.1 under 2.1)."""
    numbers = {m[1].replace("．", ".") for e in listed if (m := _SECTION_NUMBER.match(e))}
    if not numbers:
        return []
    depth = max(n.count(".") for n in numbers) + 1
    out = []
    for ln in after:
        m = _SECTION_NUMBER.match(ln.text)
        if ln.kind != "heading" or ln.listed or m is None:
            continue
        number = m[1].replace("．", ".")
        if number.count(".") == depth and number.rsplit(".", 1)[0] in numbers:
            out.append(ln)
    return out


def _row_key(row: list[_Line]) -> str:
    return _contents_key("".join(o.text for o in row))


# a chapter's number alone on its line, as a contents key: 第1章, 第一章, 附录A, Chapter 2
_CHAPTER_NUMBER = re.compile(rf"{CHAPTER_NUMBER}|附录[A-Z\d一二三四五六七八九十]?", re.I)


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
    if nxt is None or nxt.page != first.page:
        return []
    # one size, or a chapter's bare number over its name in a larger size (第1章 / 绪论)
    if nxt.size != first.size and not (_CHAPTER_NUMBER.fullmatch(start) and nxt.size > first.size):
        return []
    return [first, nxt] if any(_row_key([first, nxt]) == k for k, _ in keys) else []


_FOOT = 0.9  # of the page's height: a footer's page number stands below
_COVER_PAGES = 2  # the cover's, or the page after a blank cover


def _title_block(page: _Page) -> None:
    """What a table of contents shares its page with is a title block (LaTeX's
    ``\\maketitle``: the title over its author and date): only its largest line can
    be a heading (the title); the rest is text."""
    # the contents' last row: the lowest line left out above the foot's page number
    dropped = [
        ln.top
        for ln in page.lines
        if ln.kind == "drop" and ln.text.strip() and ln.top < _FOOT * page.height
    ]
    end = max(dropped, default=page.height)
    # the text may start under the contents on their page (pandoc's \tableofcontents
    # with no page break): its headings are the text's
    heads = [ln for ln in page.lines if ln.kind == "heading" and ln.top < end]
    top = max((ln.size for ln in heads), default=0.0)
    for ln in heads:
        if ln.size < top:
            ln.kind = "body"


def _split_tables(page: _Page, entries: list[str], body: float) -> None:
    """A table row that is one cell listed in the table of contents is a heading the
    table finder swallowed (Word draws frames around sections): the table is cut there.
    A heading wrapped in its cell takes the next row when the two make the entry."""
    listed = [e for e in entries if e]
    keys = list(zip([_contents_key(e) for e in listed], _contents_levels(listed), strict=True))
    out: list[_Line] = []
    for ln in page.lines:
        if ln.kind != "table":
            out.append(ln)
            continue
        rows: list[list[str]] = []
        queue = list(ln.rows)
        while queue:
            row = queue.pop(0)
            cells = [c for c in row if c and c.strip()]
            t = _contents_key(cells[0]) if len(cells) == 1 else ""
            hit = next(((k, lv) for k, lv in keys if _listed(t, k)), None)
            if hit is None:
                rows.append(row)
                continue
            text = cells[0].strip()
            more = [c for c in queue[0] if c and c.strip()] if queue else []
            if len(more) == 1 and t != hit[0] and _listed(t + _contents_key(more[0]), hit[0]):
                text = join_words(text, more[0].strip())
                queue.pop(0)
            if rows:
                out.append(replace(ln, rows=rows))
                rows = []
            head = replace(ln, text=text, kind="heading", level=hit[1], rows=[])
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
