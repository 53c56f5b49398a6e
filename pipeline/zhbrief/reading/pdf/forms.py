"""Forms read as text, their cells and fields; covers, letterheads and title pages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from ...segmentation.metadata import DOC_NUMBER
from ..base import (
    DATE_LINE,
    FINISHED,
    ISSUER_END,
    TITLE_LABELS,
    clean_prose,
    form_fields,
    join_words,
    numbered_level,
    one_clause,
    squash,
)
from .lines import (
    _MAX_HEADING_CHARS,
    _OCR_FONT,
    _body_size,
    _contents_key,
    _has_han,
    _inside,
    _Line,
    _merge_lines,
    _mostly_chinese,
    _Page,
    _prose,
    _sized_alike,
    log,
)

_Box = tuple[float, float, float, float]


@dataclass
class _Form:
    """A form laid out as a table (a 报告单: label cells beside value cells) whose one
    text cell holds the document's paragraphs: that cell is read as the page's lines,
    the title field's value as the title, the other values are fields."""

    bbox: _Box
    content: _Box
    title: _Box | None
    fields: list[tuple[str, str]]


_CONTENT_CHARS = 200  # a form's value is short; a cell this long on lines is text


def _form(table: Any, rows: list[list[str | None]]) -> _Form | None:
    """The table as a form, or None. Every row alternates label cells (a few
    characters, maybe a colon, no sentence; empty where a merged text cell goes on from
    the page before) and value cells, and exactly one value is lines of text; a data
    table whose first column names its rows has no long cell, or many."""
    fields: list[tuple[str, str]] = []
    content: list[_Box] = []
    title: _Box | None = None
    for row, texts in zip(table.rows, rows, strict=True):
        cells = [(box, text or "") for box, text in zip(row.cells, texts, strict=True) if box]
        for k in range(0, len(cells), 2):
            label = _cell_label(cells[k][1])
            if label is None:
                return None
            if k + 1 == len(cells):
                continue
            box, text = cells[k + 1]
            value = _cell_text(text)
            if text.count("\n") >= 1 and len(value) >= _CONTENT_CHARS:
                content.append(box)
            elif label in TITLE_LABELS and one_clause(value) and title is None:
                title = box
            else:
                fields.append((label, value))
    if len(content) != 1:
        return None
    return _Form(tuple(table.bbox), content[0], title, fields)


def _cell_label(text: str) -> str | None:
    """The label a form's label cell shows (标　　题, 联系电话：), spaces out; "" for an
    empty cell; None when the cell holds anything else."""
    text = _cell_text(text).strip()
    if not text:
        return ""
    found = form_fields(text.rstrip("：:") + "：")
    return found[0][0] if len(found) == 1 and not found[0][1] else None


def _place_form(page: _Page, form: _Form) -> None:
    """A form's fields go to the page's metadata (empty ones, 拟办意见 waiting for a
    hand, nowhere); its title field's value is the title. A form with a title opens
    the document: the short lines above it are its letterhead (the office, the form's
    name, its number), metadata too."""
    page.form = (form.bbox[0], form.bbox[2])
    page.fields.update((label, value) for label, value in form.fields if label and value)
    if form.title is None:
        return
    for ln in page.lines:
        if _inside(ln, form.title):
            ln.kind = "title"
    above = [ln for ln in page.lines if ln.bottom <= form.bbox[1] and ln.kind != "drop"]
    if any(_prose(ln.text) or len(ln.text) > _MAX_HEADING_CHARS for ln in above):
        return
    heads: list[str] = []
    for ln in above:
        fields = form_fields(ln.text)
        page.fields.update((label, value) for label, value in fields if value)
        if not fields:
            heads.append(ln.text.strip())
        ln.kind = "meta"
    if heads:
        page.fields.setdefault("letterhead", " ".join(heads))


def _form_tails(pages: list[_Page]) -> None:
    """A table opening the page after a form's, on the same grid (its left and right
    edges), every row labels and values (拟办意见, 承办人 周晓林): the form's last rows,
    its fields metadata like the rest of it."""
    for before, page in pairwise(pages):
        live = [ln for ln in page.lines if ln.kind != "drop"]
        first = live[0] if live else None
        if before.form is None or first is None or first.kind != "table":
            continue
        if abs(first.x0 - before.form[0]) > 1.0 or abs(first.x1 - before.form[1]) > 1.0:
            continue
        pairs = [
            (_cell_label(row[k]), "".join(row[k + 1 : k + 2]))
            for row in first.rows
            for k in range(0, len(row), 2)
        ]
        if any(label is None for label, _ in pairs):
            continue
        page.fields.update((label, value) for label, value in pairs if label and value)
        first.kind = "drop"
        log.debug("pdf: page %d: a form's last rows, its fields to the metadata", page.number)


def _cell_text(cell: str | None) -> str:
    parts = (cell or "").split("\n")
    out = ""
    for part in parts:
        out = join_words(out, part)
    return out


_LABEL = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})[：:]\s*(.*)$")
# on a scan Tesseract reads a label's colon as a semicolon too (论文题目 ; …)
_OCR_LABEL = re.compile(r"^([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})\s*[：:；;]\s*(.*)$")
_OCR_SPECKS = " ，,。.、“”\"'‘’;；:："


def _wrapped_value(first: _Line, value: str, live: list[_Line], pitch: float) -> str:
    """A field's value with the lines it wraps onto (same size, just below or one of the
    form's rows (``pitch``) below, not a label); those lines are taken out of the text."""
    prev = first
    for ln in sorted(live, key=lambda o: o.top):
        if ln.top <= prev.top or ln.kind in ("meta", "title"):
            continue
        # a cover spaces its rows wide: a line one row of the form below carries it on
        near = ln.top - prev.bottom < 0.8 * ln.size or ln.top - prev.top <= pitch + 1
        close = near and abs(ln.size - first.size) < 0.5
        # a label's row is the next field's (姓 | 名 : 陈思远, OCR's pieces of one row)
        row = [o for o in live if abs(o.top - ln.top) < 0.5 * max(ln.size, 1.0)]
        if not close or any(_label_line(o) for o in row) or ln.x1 <= first.x0:
            break
        value, prev = join_words(value, ln.text), ln
        ln.kind = "meta"
    return value


def _label_line(ln: _Line) -> bool:
    """The line opens with a form's label (an OCR line's specks before it aside)."""
    return _label_match(ln) is not None


def _label_match(ln: _Line) -> re.Match[str] | None:
    """A form's label and value at the line's start; a speck before a scanned label
    reads as a mark (.题目 : …), and OCR misreads the colon (``_OCR_LABEL``)."""
    if ln.font == _OCR_FONT:
        return _OCR_LABEL.match(ln.text.lstrip(_OCR_SPECKS))
    return _LABEL.match(ln.text)


def _field_value(value: str) -> bool:
    """A form's value is short, not a sentence (摘要：以开放促改革。… is prose)."""
    return len(value) <= _MAX_HEADING_CHARS and not re.search(r"[。！？!?]", value)


def _field_row(ln: _Line) -> list[tuple[str, str]]:
    """A line that is two or more form fields side by side, no title field among them:
    its (label, value) pairs; else []."""
    pairs = form_fields(ln.text)
    if len(pairs) < 2 or any(label in TITLE_LABELS for label, _ in pairs):
        return []
    return pairs if all(value and _field_value(value) for _, value in pairs) else []


def _cover_fields(page: _Page) -> dict[str, str]:
    """A cover page's form fields (姓名：…, 学号：…) as metadata, out of the text; the
    title field's value becomes the title. A page is a cover when it has two fields."""
    fields: list[tuple[_Line, str, _Line | None, str]] = []
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    # no text on it: a cover page (a field's label alone, 学生姓名：, or its colon set in a
    # column of its own is no sentence's lead-in)
    cover = not any(_prose(ln.text) and not _BARE_LABEL.fullmatch(ln.text.strip()) for ln in live)
    rows: dict[str, str] = {}
    for ln in live:
        ocr = ln.font == _OCR_FONT
        pairs = _field_row(ln) if cover and not ocr else []
        if pairs:  # 证券代码：600917　证券简称：华信控股 over an annual report's title:
            rows.update(pairs)  # metadata, but one row makes no page a cover
            ln.kind = "meta"
            continue
        m = _label_match(ln)
        if m:
            label, value = re.sub(r"\s+", "", m[1]), m[2].strip()
        elif cover and squash(ln.text) in _COVER_LABELS:  # a cover table's label cell: 题　目 | …
            label, value = squash(ln.text), ""
        else:
            continue
        if ocr:  # specks on a scanned form read as marks before the value: ”黄 呈 松
            value = clean_prose(value.lstrip(_OCR_SPECKS))
        partner = None
        if not value:  # the value is a separate line on the same row (an underlined blank)
            mid = (ln.top + ln.bottom) / 2
            row = [
                o
                for o in live
                if o is not ln
                and o.x0 >= ln.x1 - 1
                and abs((o.top + o.bottom) / 2 - mid) <= 0.6 * ln.size
            ]
            # a template sets the colon apart in a column of its own: 学号 | ： | 2011…
            colons = [o for o in row if o.text.strip() in ("：", ":")]
            partner = min((o for o in row if o not in colons), key=lambda o: o.x0, default=None)
            value = partner.text.strip() if partner else ""
            if partner is not None and value and _field_value(value):
                for o in colons:
                    if o.x1 <= partner.x0:
                        o.kind = "meta"
        if value and _field_value(value):
            fields.append((ln, label, partner, value))
    fields = _form_sized(fields)
    if len(fields) < 2:
        return rows
    tops = sorted(ln.top for ln, *_ in fields)
    pitch = min(b - a for a, b in pairwise(tops))  # the form's row spacing
    _printed_title(live, fields)
    meta: dict[str, str] = dict(rows)
    right = max(ln.x1 for ln in live)
    for ln, label, partner, value in fields:
        if label in TITLE_LABELS and not any(o.kind == "title" for o in live):
            target = partner or ln
            target.text = _wrapped_value(target, value, live, pitch)
            target.kind, target.level = "title", 0
            if partner is not None:
                ln.kind = "meta"
            continue
        ln.kind = "meta"
        run_in = _RUN_IN_FIELD.fullmatch(label) and ln.x1 >= right - ln.size
        if partner is None and run_in and not value.endswith(FINISHED):
            value = _wrapped_value(ln, value, live, 2 * ln.size)  # a run-in 摘要：… runs on
        meta[label] = value
        if partner is not None:
            partner.kind = "meta"
    # fields over the text (编制单位：…) make no cover page of their own; a note in
    # small print at a cover's foot (a publisher's statement) is the cover's
    sizes = sorted(ln.size for ln, *_ in fields)
    small = _COVER_NOTE_SIZE * sizes[len(sizes) // 2]
    # so is a note under all the fields (注：本报告一式两份…), whatever its size
    last = max(ln.bottom for ln, *_ in fields)
    noted = {id(ln) for ln in live if ln.top > last and _COVER_NOTE.match(ln.text)}
    if any(
        ln.kind == "body" and _prose(ln.text) and ln.size > small and id(ln) not in noted
        for ln in live
    ):
        return meta
    return {**meta, **_cover_rest(live)}


_COVER_NOTE_SIZE = 0.85  # of its fields' size: a cover's small print
# a field run in as a paragraph, its value wrapping over lines: 摘要：…, 关键词：…
_RUN_IN_FIELD = re.compile(r"摘要|内容提要|提要|关键词|关键字")
_COVER_NOTE = re.compile(r"\s*(?:注|说明|备注|填表说明)\s*[：:]")


# a thesis's declarations in its front matter (GB/T 7713.1): 学位论文原创性声明,
# 独创性声明, 学位论文版权使用授权书, 论文撰写人承诺书
_DECLARATION = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12}(?:大学|学院))?"  # the school's name may open it
    r"(?:(?:学位论文|论文|本人)?(?:原创性|独创性)声明"
    r"|(?:学位论文)?(?:版权)?(?:使用授权|授权使用)(?:书|声明|说明)"
    r"|(?:论文撰写人|学术诚信|诚信)承诺书?)"
)
_SIGNED = re.compile(r"(?:作者|导师|本人|研究生)?\s*签\s*[名字]\s*[）)]?\s*[：:]")
_DECLARATION_PAGES = 6  # the front matter's first pages, where a thesis puts them


def _declaration_pages(pages: list[_Page]) -> dict[str, str]:
    """A thesis's declaration page in its front matter (a declaration's title over its
    text and the author's signature line): the school's form, not the thesis's text,
    kept as metadata (``declaration``); its titles stay, headings of the front matter
    as 摘要 and a copyright page's 版权声明 are."""
    found: list[str] = []
    for page in pages[1:_DECLARATION_PAGES]:  # page 1 is the document's own (a pledge)
        live = sorted(
            (ln for ln in page.lines if ln.kind not in ("drop", "meta", "table")),
            key=lambda ln: ln.top,
        )
        # the page opens with a declaration's title and holds a signature line, and no
        # numbered heading: a section about one (一、学位论文原创性声明) is text
        if not live or not _DECLARATION.fullmatch(squash(live[0].text)):
            continue
        if not any(_SIGNED.search(ln.text) for ln in live):
            continue
        if any(numbered_level(squash(ln.text)) is not None for ln in live):
            continue
        form = [ln for ln in live if not _DECLARATION.fullmatch(squash(ln.text))]
        found.append("\n".join(ln.text.strip() for ln in form))
        for ln in form:
            ln.kind = "meta"
        log.debug("pdf: page %d is a thesis's declaration: metadata", page.number)
    return {"declaration": "\n\n".join(found)} if found else {}


_FIELD_OUTSIZE = 1.4  # times the fields' usual size: a title with a colon, not a field
# a cover form's labels, set in a cell of their own without a colon (题　目 | 东川省…)
_BARE_LABEL = re.compile(r"[\u4e00-\u9fff\s\u3000]{0,10}[：:]")
_COVER_LABELS = frozenset(
    (*TITLE_LABELS, "学院", "院系", "系别", "专业", "学科专业", "研究方向", "姓名", "作者")
    + ("学号", "班级", "年级", "指导教师", "导师", "申请人", "单位", "完成日期", "提交日期")
    + ("答辩日期",)
)


def _printed_title(live: list[_Line], fields: list[tuple[_Line, str, _Line | None, str]]) -> None:
    """A cover that prints its title in large type over the form, the title field's
    value within it (东川市…建设项目 over 可行性研究报告, 项目名称：东川市…建设项目): the
    large lines are the title, one line of text; the field stays a field."""
    titled = [value for _, label, _, value in fields if label in TITLE_LABELS]
    if not titled:
        return
    sizes = sorted(ln.size for ln, *_ in fields)
    usual = sizes[len(sizes) // 2]
    top = min(ln.top for ln, *_ in fields)
    large = [ln for ln in live if ln.bottom <= top and ln.size >= _FIELD_OUTSIZE * usual]
    at = next(
        (i for i, ln in enumerate(large) if any(squash(v) in squash(ln.text) for v in titled)),
        None,
    )
    if at is None:
        return
    # the value's line and the large lines right under it (建设项目 over 可行性研究报告);
    # the lines above it (a school's name, 本科毕业论文) are the cover's, not the title's
    run = [large[at]]
    for ln in large[at + 1 :]:
        if ln.top - run[-1].bottom > 2 * max(ln.size, run[-1].size):
            break
        run.append(ln)
    _merge_lines(run)
    run[0].kind, run[0].level = "title", 0


def _form_sized(
    fields: list[tuple[_Line, str, _Line | None, str]],
) -> list[tuple[_Line, str, _Line | None, str]]:
    """The fields set about the size of the page's other fields: a title whose words
    hold a colon (稳中求进：2017年展望), set far larger than the fields under it
    (an analyst's 执业证书编号：…), is the title, not a field (a title label's field,
    题目：…, set large on a thesis cover, stays a field)."""
    sizes = sorted(ln.size for ln, *_ in fields)
    usual = sizes[len(sizes) // 2] if sizes else 0.0
    return [f for f in fields if f[1] in TITLE_LABELS or f[0].size <= _FIELD_OUTSIZE * usual]


def _cover_rest(live: list[_Line]) -> dict[str, str]:
    """The rest of a cover page (the school and the kind of work over the fields, the
    date under them) says who and when, like the fields: metadata, not text."""
    rest = [ln for ln in live if ln.kind in ("body", "heading")]
    if rest and not any(ln.kind == "title" for ln in live):
        # a cover with no title field prints its title larger than all else on it, but
        # for the school's name over the kind of work (东川大学 over 硕士学位论文)
        named = _without_cover_labels(rest) or rest
        run = _largest_run(named)
        if all(run[0].size >= o.size + 1.0 for o in named if not any(o is r for r in run)):
            for ln in run:
                ln.kind, ln.level = "title", 0
            rest = [ln for ln in rest if ln.kind != "title"]
    for ln in rest:
        ln.kind = "meta"
    dates = [ln.text.strip() for ln in rest if DATE_LINE.fullmatch(ln.text.strip())]
    label = " ".join(ln.text.strip() for ln in rest if ln.text.strip() not in dates)
    return {k: v for k, v in (("cover", label), ("date", " ".join(dates))) if v}


# the kind of work a thesis cover names: 硕士学位论文, 本科毕业论文（设计）, 毕业设计
_WORK_KIND = re.compile(
    r"(?:(?:硕士|博士|学士|本科|专科)(?:研究生)?|研究生|专业)?(?:学位|毕业)?(?:论文|设计)"
    r"(?:[（(]设计[）)])?"
)
_ISSUER_CHARS = 20  # a school's or an office's name on a cover: 东川大学, 东川省发展研究中心


def _without_cover_labels(lines: list[_Line]) -> list[_Line]:
    """A cover's lines but for the kind of work (硕士学位论文) and, over it, the name of
    who made it (东川大学): they say what and whose, not the work's title. A cover with
    no such kind keeps every line (a title may end as an issuer's name does: …新格局,
    …科技创新中心)."""
    kinds = [i for i, ln in enumerate(lines) if _WORK_KIND.fullmatch(squash(ln.text))]
    if not kinds:
        return lines

    def issuer(ln: _Line) -> bool:
        flat = squash(ln.text)
        return len(flat) <= _ISSUER_CHARS and ISSUER_END.search(flat) is not None

    return [
        ln for i, ln in enumerate(lines) if i not in kinds and not (i < kinds[0] and issuer(ln))
    ]


_DOC_NUMBER = re.compile(DOC_NUMBER)
_LETTERHEAD_LINES = 3  # the issuer's name over the number: one to three lines
# an issue's number under a bulletin's or minutes' masthead: 第16期, 〔2015〕第3期
_ISSUE_NUMBER = re.compile(r"(?:[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】])?\s*第\s*\d{1,4}\s*期")


def _numbered(text: str) -> bool:
    """A document's or an issue's number (an OCR layer spaces out every character)."""
    return bool(_DOC_NUMBER.fullmatch(squash(text)) or _ISSUE_NUMBER.fullmatch(squash(text)))


def _ruled_letterhead(page: _Page, body: float) -> dict[str, str]:
    """An official document's 版头 (GB/T 9704): the issuer's mark in large type, the
    number or issue and a date over a red rule in the upper half of the first page.
    What stands above the rule is metadata; the title comes under it."""
    rule = min(
        (r for r in page.rules if r.red and r.top < page.height / 2),
        default=None,
        key=lambda r: r.top,
    )
    if rule is None:
        return {}
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table", "meta")]
    above = [ln for ln in live if ln.bottom <= rule.top]
    below = [ln for ln in live if ln.top >= rule.top]
    if not above or not below or any(_prose(ln.text) for ln in above):
        return {}
    mark = max(ln.size for ln in above)
    if mark < body + 1.0:
        return {}  # no masthead over the rule
    meta = {"issuer": " ".join(ln.text.strip() for ln in above if ln.size == mark)}
    for ln in above:
        text = ln.text.strip()
        if _numbered(text):
            meta["number"] = text
        elif DATE_LINE.fullmatch(text):
            meta["date"] = re.sub(r"\s+", "", text)
        ln.kind = "meta"
    log.debug("pdf: the lines over the red rule of page 1 are its letterhead")
    return meta


def _letterhead(page: _Page) -> dict[str, str]:
    """An official document's letterhead (the issuer's name in large type over the
    document's number) is metadata, not its title: the title comes after it. A
    bulletin's or minutes' masthead over its issue's number (第16期) has one more row
    under the number, the issuing office beside the date."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    at = next((i for i, ln in enumerate(live) if _numbered(ln.text)), None)
    if at is None or at > _LETTERHEAD_LINES:
        return {}
    number = live[at]
    official = _DOC_NUMBER.fullmatch(squash(number.text)) is not None
    if not official and at == 0:
        return {}  # an issue's number needs the masthead over it
    meta = {"number": number.text.strip()}
    above = [ln for ln in live[:at] if ln.kind in ("heading", "title", "body")]
    if above:
        meta["issuer"] = " ".join(ln.text.strip() for ln in above)
    dated = [] if official else _dated_row(live[at + 1 :])
    for ln in dated:
        text = squash(ln.text)
        key = "date" if DATE_LINE.fullmatch(text) else "office"
        meta[key] = text
    for ln in [*above, number, *dated]:
        ln.kind = "meta"
    return meta


def _dated_row(lines: list[_Line]) -> list[_Line]:
    """The first row of lines (one line, or two side by side), where one is a date and
    the other no sentence: a masthead's office and date under the issue's number."""
    if not lines:
        return []
    first = lines[0]
    row = [ln for ln in lines[:2] if abs(ln.top - first.top) <= first.size / 2]
    dates = [ln for ln in row if DATE_LINE.fullmatch(squash(ln.text))]
    if len(dates) != 1 or any(_prose(ln.text) for ln in row):
        return []
    return row


# a standard's cover (GB/T 1.1): 中华人民共和国国家标准, 东川省地方标准, its number
# (GB/T 7714—2015, DB36/T 835—2015) and the ICS code of its subject
_STANDARD_KIND = re.compile(r"[\u4e00-\u9fff]{0,12}(?:国家|行业|地方|团体|企业)标准")
_STANDARD_NUMBER = re.compile(
    # the dash before the year read by OCR as 一 (DB36/T 835 一 2015)
    r"(?:GB|DB\s*\d{2}|[A-Z]{2,4})(?:\s*/\s*[TZ])?\s*\d+(?:\.\d+)*\s*[—–\-一]+\s*\d{4}"
)
_ICS = re.compile(r"ICS\s*\d{2}(?:\.\d{2,3})*(?:\s*[;；]\s*\d{2}(?:\.\d{2,3})*)*")
_COVER_LINES = 16  # a standard's cover: codes, kind, number, title, dates, issuer


def _standard_cover(page: _Page) -> dict[str, str]:
    """A standard's cover (its kind over its number, with the ICS code or the number
    itself): the largest Chinese line other than the kind is the title (with the lines
    of its size right under it); codes, kind, number, dates and issuer are metadata."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table")]
    # no Chinese prose; the title's English rendering may read as a sentence
    chinese_prose = any(_prose(ln.text) and _has_han(ln.text) for ln in live)
    if not live or len(live) > _COVER_LINES or chinese_prose:
        return {}
    flat = [re.sub(r"\s+", "", ln.text) for ln in live]
    kind = next((i for i, t in enumerate(flat) if _STANDARD_KIND.fullmatch(t)), None)
    number = next((ln for ln in live if _STANDARD_NUMBER.fullmatch(ln.text.strip())), None)
    ics = next((ln for ln in live if _ICS.fullmatch(ln.text.strip())), None)
    if kind is None or (number is None and ics is None):
        return {}
    named = [
        ln
        for i, ln in enumerate(live)
        if i != kind and _mostly_chinese(ln.text) and not re.search(r"\d|发布$", flat[i])
    ]
    if not named:
        return {}
    top = max(ln.size for ln in named)
    first = next(ln for ln in named if ln.size == top)
    run = [first]
    for ln in named[named.index(first) + 1 :]:
        if ln.size != top or ln.top - run[-1].bottom >= ln.size:
            break
        run.append(ln)
    meta = {"standard": flat[kind]}
    if number is not None:
        meta["number"] = number.text.strip()
    if ics is not None:
        meta["ics"] = ics.text.strip()
    for ln in live:
        ln.kind, ln.level = ("title", 0) if any(ln is r for r in run) else ("meta", 0)
    log.debug("pdf: page %d is a standard's cover; its codes are metadata", page.number)
    return meta


_TITLE_PAGE_LINES = 10  # a title page holds the title, a subtitle, authors, a date


def _title_page(page: _Page, info_title: str = "") -> None:
    """A first page of a few short lines and no prose is a title page (LaTeX's
    ``titlepage``, a Word cover): its largest line (with the lines of the same size
    right under it) is the title, whatever the chapters' size; its other lines are
    text (authors, a date), not headings. A line that reads as the document-info
    ``/Title`` is the title whatever its size: a Word cover's title field is bound to
    that property, and a converter may print it at the body's size."""
    live = [ln for ln in page.lines if ln.kind not in ("drop", "table", "meta")]
    if any(ln.kind == "title" for ln in live) or not live or len(live) > _TITLE_PAGE_LINES:
        return
    if any(_prose(ln.text) or len(ln.text) > _MAX_HEADING_CHARS for ln in live):
        return
    run = _info_title_run(live, _contents_key(info_title))
    if len(run) > 1:  # its lines may be set in two sizes: one title, one line of text
        _merge_lines(run)
        live, run = [ln for ln in live if ln.kind != "meta"], run[:1]
    if not run:
        run = _largest_run(live)
        if run[0].size < _body_size(live) + 1.0 and not run[0].bold:
            return  # nothing set apart: not a title
    for ln in live:
        ln.kind, ln.level = ("title", 0) if any(ln is r for r in run) else ("body", 0)


_INFO_TITLE_LINES = 3  # a cover may set the document-info title over this many lines


def _info_title_join(page: _Page, info_title: str) -> None:
    """The title found on the first page, with the line right above or under it when
    the two read together as the document-info title (a cover's project name over
    招标文件 in a far larger size, each set apart): one title."""
    want = _contents_key(info_title)
    lines = sorted(
        (ln for ln in page.lines if ln.kind not in ("drop", "table") and ln.text.strip()),
        key=lambda ln: ln.top,
    )
    at = next((i for i, ln in enumerate(lines) if ln.kind == "title"), None)
    if not want or at is None or _contents_key(lines[at].text) == want:
        return
    title = lines[at]
    for other, first in ((lines[at - 1] if at else None, True), (_after(lines, at), False)):
        if other is None or other.kind == "title":
            continue
        pair = (other, title) if first else (title, other)
        if _contents_key(pair[0].text + pair[1].text) == want:
            title.text = join_words(pair[0].text.strip(), pair[1].text.strip())
            other.kind = "drop"  # its words are the title's now
            return


def _after(lines: list[_Line], at: int) -> _Line | None:
    return lines[at + 1] if at + 1 < len(lines) else None


def _info_title_run(live: list[_Line], want: str) -> list[_Line]:
    """The lines, one after another, that read together as the document-info title
    (澄江经济技术开发区 in one size over 投资指南 in a larger one); none if no run does."""
    if not want:
        return []
    for i in range(len(live)):
        for j in range(i + 1, min(i + _INFO_TITLE_LINES, len(live)) + 1):
            key = "".join(_contents_key(ln.text) for ln in live[i:j])
            if key == want:
                return live[i:j]
            if not want.startswith(key):
                break
    return []


def _largest_run(live: list[_Line]) -> list[_Line]:
    """The page's first line in its largest size, with the lines of that size right
    under it (a title wrapping onto a second line) or, on a scan, above it. Lines with
    no word are not weighed: a speck on a scan, read as a large full stop, is no title."""
    live = [ln for ln in live if _WORD.search(ln.text)] or live
    top = max(ln.size for ln in live)
    first = next(i for i, ln in enumerate(live) if ln.size == top)
    # an OCR layer guesses sizes: the title's first line may be guessed smaller
    while first and _sized_alike(live[first - 1], live[first]):
        if live[first].top - live[first - 1].bottom >= live[first].size:
            break
        first -= 1
    run = [live[first]]
    for ln in live[first + 1 :]:
        if not _sized_alike(ln, run[0]) or ln.top - run[-1].bottom >= ln.size:
            break
        run.append(ln)
    return run


_WORD = re.compile(r"[^\W_]")  # a letter, digit or Han character
