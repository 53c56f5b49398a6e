"""Segment a structured source (PDF, DOCX, HTML) from its reader's blocks.

The reader already knows the title, the headings and their levels, where paragraphs
end, which text is a table and which a footnote; so here only sentences are found
(``sentences.split_sentences``) and short lines before the first heading are checked
for metadata (来源：, 作者：, a timestamp), as in plain text. A table block becomes one
paragraph per row with one sentence (or more) per cell, so cells are translated one by
one and never merged into prose. Spans are trimmed and cover every non-whitespace
character of the extracted text exactly once, as for plain text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..config import SegmentConfig
from ..document import Document, Heading, MetaItem, Paragraph, Section, Sentence
from ..reading.base import (
    CAPTION,
    CELL_SEP,
    DASH_SUBTITLE,
    DATE_LINE,
    ISSUER_END,
    ROW_SEP,
    SOURCE_LABEL,
    TABLE_KINDS,
    Block,
    byline_line,
    numbered_level,
    signed_line,
    signer_line,
    signing_line,
    squash,
)
from .metadata import (
    META_LINE_MAX,
    SIGNED_DATE,
    SIGNED_DATE_LINE,
    TEMPLATE_HEADING,
    attendance,
    blank_field,
    breadcrumb_line,
    closing_line,
    control_stamp,
    credit_line,
    disclaimer_paragraph,
    drafting_paragraph,
    file_card,
    instructions,
    issue_line,
    number_line,
    official_head_line,
    paper_note,
    parse_meta,
    post_line,
    prompt_line,
    stamp_line,
    standard_line,
    template_note,
    whole_line,
)
from .sentences import rejoin, split_sentences, strip_span


def segment_blocks(text: str, blocks: Sequence[Block], config: SegmentConfig) -> Document:
    doc = Document(text=text)
    current = Section()
    seen_heading = seen_text = seen_prose = False
    closing = _closing_run(text, blocks)
    comments = _comments(text, blocks)
    template = _template_pages(text, blocks)
    for i, block in enumerate(blocks):
        s, e = strip_span(text, block.start, block.end)
        if s >= e:
            continue
        if i in closing:
            doc.metadata.extend(closing[i])
            continue
        if i in template:  # a template's page of instructions, to be deleted before use
            doc.metadata.extend(whole_line(text[s:e], s, "instructions"))
            continue
        if i >= comments:  # readers' comments under a page printed to PDF: the site's
            doc.metadata.extend(whole_line(text[s:e], s, "comments"))
            continue
        if block.kind == "title" and doc.title is None:
            doc.title = Heading(zh=rejoin(text[s:e]), start=s, end=e, level=1, page=block.page)
        elif block.kind == "heading" and (key := _heading_meta(text, blocks, i, doc, seen_heading)):
            doc.metadata.append(MetaItem(zh=rejoin(text[s:e]), start=s, end=e, key=key))
        elif block.kind in ("title", "heading"):
            if current.heading is not None or current.paragraphs:
                doc.sections.append(current)
            level = max(1, block.level)
            current = Section(
                heading=Heading(rejoin(text[s:e]), s, e, level=level, page=block.page)
            )
            seen_heading = True
        elif block.kind in TABLE_KINDS:
            # a one-cell box of the form's instructions on its cover
            boxed = None if seen_heading or CELL_SEP in text[s:e] else instructions(text[s:e], s)
            boxed = boxed or _file_card(text, s, e)
            if boxed is not None:
                doc.metadata.extend(boxed)
                continue
            current.paragraphs.extend(_table(text, s, e, block, config))
        else:
            after_heading = i > 0 and blocks[i - 1].kind == "heading"
            meta = _byline(text, s, e) if after_heading else None
            meta = meta or (None if seen_heading else _metadata(text, s, e))
            # a copyright page's labelled statements (版权声明：…, 免责声明：…) before the text
            meta = meta or (None if seen_heading else disclaimer_paragraph(text[s:e], s))
            meta = meta or (None if seen_heading else instructions(text[s:e], s))
            meta = meta or (paper_note(text[s:e], s) if block.kind == "footnote" else None)
            if meta is None and not seen_heading and _one_short_line(text, s, e):
                # the 版头 over all the text; a standard's cover over any sentence of it
                meta = None if seen_text else official_head_line(text[s:e], s)
                meta = meta or (None if seen_prose else standard_line(text[s:e], s))
            # a picture's credit on a line of its own, the picture left out or lost
            # (an <img alt=""> the extractor drops), is no line of the text either
            if meta is None and block.kind in ("body", "caption"):
                meta = _picture_credit(text, s, e, in_text=block.kind == "body")
            exhibit = i > 0 and _under_exhibit(text, blocks[i - 1])
            if meta is None and (block.kind == "caption" or exhibit):
                meta = _source_note(text, s, e)
            if meta is None and block.kind == "body":
                meta = drafting_paragraph(text[s:e], s)  # 本标准主要起草人：…
            if meta is None and _one_short_line(text, s, e) and signing_line(text[s:e]):
                # a signature's blanks left on a page of their own (日期：20  年  月  日)
                meta = whole_line(text[s:e], s, "signing")
            if meta is None and block.kind == "body" and _one_short_line(text, s, e):
                meta = prompt_line(text[s:e], s)  # 扫描二维码，阅读报告电子版, wherever it stands
            if meta is None and block.kind in ("body", "footnote") and _one_short_line(text, s, e):
                meta = stamp_line(text[s:e], s)  # …由…模板生成, a row of badges, a file's card
            if meta is None and block.kind == "body":
                meta = template_note(text[s:e], s)  # 〔填写说明：…〕 left in a filled template
            if meta is not None:
                doc.metadata.extend(meta)
                continue
            kind = block.kind if block.kind in ("footnote", "caption") else "body"
            para = Paragraph(_sentences(text, s, e, config), kind=kind, page=block.page)
            if para.sentences:
                current.paragraphs.append(para)
                seen_text = True
                seen_prose = seen_prose or text[s:e].rstrip().endswith(_SENTENCE_ENDS)
    if current.heading is not None or current.paragraphs:
        doc.sections.append(current)
    return doc


def _heading_meta(
    text: str, blocks: Sequence[Block], i: int, doc: Document, opened: bool
) -> str | None:
    """The metadata key of a heading block that is no section: an attachment's label, a
    piece's byline, the title again, a line of a standard's cover set large, a cover's
    field."""
    b = blocks[i]
    line = text[b.start : b.end]
    if _attachment_label(text, blocks, i):
        return "attachment"
    if _heading_byline(text, blocks, i):
        return "byline"
    if _title_again(line, doc.title) and _heads_nothing(blocks, i):
        return "title_again"  # a standard names itself again over its first clause
    # set large on a standard's cover: its dates and its issuer (…发布), before any
    # section (a heading 国家标准 or GB 2312 there is a section's)
    if not opened and "发布" in line and standard_line(line, b.start):
        return "standard"
    # a cover's field set as large, before any section: 版本：V3.0, 发布日期：2016年11月
    if not opened and (items := parse_meta(line.strip(), b.start, False)):
        return items[0].key
    # and its issuer's mark and date: 东川省科学技术厅　制, 二〇一四年二月
    if not opened and (DATE_LINE.fullmatch(line.strip()) or _made_by(line)):
        return "cover"
    return None


def _made_by(line: str) -> bool:
    """An office's mark on a form's cover: its name, then 制 (东川省科学技术厅　制)."""
    flat = squash(line)
    made = re.fullmatch(r"(.{2,30}?)(?:印制|编制|监制|制)", flat)
    return made is not None and ISSUER_END.search(made[1]) is not None


def _title_again(line: str, title: Heading | None) -> bool:
    """The heading repeats the document's title (unnumbered: a numbered section that a
    page's title was taken from stays a section)."""
    return (
        title is not None
        and squash(line) == squash(title.zh)
        and numbered_level(squash(line)) is None
    )


def _heads_nothing(blocks: Sequence[Block], i: int) -> bool:
    """The next block is a heading no deeper (or there is none): neither text nor a
    subsection stands under this one."""
    if i + 1 >= len(blocks):
        return True
    after = blocks[i + 1]
    return after.kind == "title" or (after.kind == "heading" and after.level <= blocks[i].level)


# the label over an attachment's title (GB/T 9704 sets it alone, top left): 附件1, 附件：
_ATTACHMENT_LABEL = re.compile(r"(?:附件|附表)\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[：:]?")


def _attachment_label(text: str, blocks: Sequence[Block], i: int) -> bool:
    """A heading that is only an attachment's label right over the attachment's own
    title (a heading too): the label names the part, the title heads it."""
    b = blocks[i]
    if _ATTACHMENT_LABEL.fullmatch(text[b.start : b.end].strip()) is None:
        return False
    return i + 1 < len(blocks) and blocks[i + 1].kind in ("heading", "title")


# a speech's date under its title, after the speaker's name or alone (王建国（2013年12月26日）),
# or a plan's or a law's note of when it was passed (（2016年1月22日…会议批准）)
_SPEECH_DATE = re.compile(
    rf"[\u4e00-\u9fff·]{{0,6}}\s*[（(]\s*{SIGNED_DATE}[^（）()\n至—–\-~～]{{0,40}}[)）]"
)  # not a phase's span of dates (动员部署阶段（2016年3月1日—3月15日）: a heading)
# who wrote a piece, as its byline names them: 规划处调研组, 课题组, 省政府研究室
_AUTHORS = re.compile(
    r"(?:调研|课题|写作|工作|专家|研究|编写|调查|起草|评估)(?:组|組)$"
    r"|(?:办公室|辦公室|研究室|研究院|研究所|研究中心|政策研究室)$"
)
_HEADING_BYLINES = 2  # a subtitle and an author, or an author and a date


def _heading_byline(text: str, blocks: Sequence[Block], i: int) -> bool:
    """A line set like a heading right under a heading (a piece's title in a
    compilation), that says who or when, not what: its ——subtitle, its speaker's date
    (王建国（2013年12月26日）) and the speaker under it, or its authors (规划处调研组)
    where the piece's own numbered headings follow. Metadata of the piece, not a section
    of it."""
    k = i - 1
    while k >= 0 and i - k <= _HEADING_BYLINES and _byline_text(text, blocks[k]):
        k -= 1
    if k < 0 or i - k > _HEADING_BYLINES or blocks[k].kind not in ("heading", "title"):
        return False
    line = text[blocks[i].start : blocks[i].end].strip()
    after = blocks[i + 1] if i + 1 < len(blocks) else None
    if DASH_SUBTITLE.match(line):  # a subtitle, not a ——subhead over its own text
        return after is None or after.kind != "body"
    if _SPEECH_DATE.fullmatch(line):
        return True
    if not byline_line(line) or numbered_level(line) is not None:
        return False
    if k < i - 1 and _SPEECH_DATE.fullmatch(text[blocks[i - 1].start : blocks[i - 1].end].strip()):
        return True  # the speaker under the speech's date: 澄州市人民政府市长 林国栋
    if after is None or after.kind != "heading":
        return False
    numbered_next = numbered_level(text[after.start : after.end].strip()) is not None
    return numbered_next and _AUTHORS.search(line) is not None


def _byline_text(text: str, b: Block) -> bool:
    """A heading block already taken as a piece's byline line (or one like it)."""
    line = text[b.start : b.end].strip()
    return b.kind == "heading" and (
        DASH_SUBTITLE.match(line) is not None or _SPEECH_DATE.fullmatch(line) is not None
    )


def _sentences(text: str, s: int, e: int, config: SegmentConfig) -> list[Sentence]:
    spans = split_sentences(text, s, e, config.long_sentence_chars)
    return [Sentence(zh=rejoin(text[a:b]), start=a, end=b) for a, b in spans]


def _pieces(text: str, s: int, e: int, sep: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = s
    while pos <= e:
        cut = text.find(sep, pos, e)
        cut = e if cut < 0 else cut
        a, b = strip_span(text, pos, cut)
        if a < b:
            out.append((a, b))
        pos = cut + 1
    return out


def _table(text: str, s: int, e: int, block: Block, config: SegmentConfig) -> list[Paragraph]:
    rows: list[Paragraph] = []
    for rs, re_ in _pieces(text, s, e, ROW_SEP):
        cells = [
            sent
            for cs, ce in _pieces(text, rs, re_, CELL_SEP)
            for sent in _sentences(text, cs, ce, config)
        ]
        if cells:
            rows.append(Paragraph(cells, kind=block.kind, page=block.page))
    return rows


# the heading of a page's readers' comments: 评论（2）, 网友评论, 全部留言 12
_COMMENTS_HEADING = re.compile(
    r"(?:全部|网友|網友|最新|热门|熱門|精彩)?(?:评论|評論|留言|跟帖)\s*(?:[（(]\s*\d+\s*[)）]|\d+)?"
)
_COMMENT_CHARS = 200  # a comment is a few sentences; an article's section runs longer


def _comments(text: str, blocks: Sequence[Block]) -> int:
    """Where a page's readers' comments begin: the last heading that names them
    (评论（2）), when nothing after it is a heading of the text or a long paragraph;
    len(blocks) when there are none."""
    at = next(
        (
            i
            for i in range(len(blocks) - 1, -1, -1)
            if blocks[i].kind == "heading"
            and _COMMENTS_HEADING.fullmatch(text[blocks[i].start : blocks[i].end].strip())
        ),
        None,
    )
    if at is None:
        return len(blocks)
    rest = blocks[at + 1 :]
    if any(len(text[b.start : b.end].strip()) > _COMMENT_CHARS for b in rest):
        return len(blocks)
    if any(b.kind == "heading" and b.level <= blocks[at].level for b in rest):
        return len(blocks)
    return at


# the notes and references a web page sets after its text, under their label:
# 注释：, ① 据…统计, 参考文献：, [2] 林志远．…
_NOTES_LABEL = re.compile(
    r"(?:注释|註釋|尾注|参考文献|參考文獻|参考资料|參考資料|References|Notes)\s*[：:]?"
)
_NOTE_ENTRY = re.compile(r"(?:[①-⑳]|[\[［]\d{1,3}[\]］])\s*\S.*", re.S)


def _end_notes(text: str, blocks: Sequence[Block]) -> set[int]:
    """The blocks of the notes and references that end the text under their label
    (注释：, ① …; 参考文献：, [1] …), closing lines among or after them: the text's
    apparatus, which the closing run passes over to the text's end. Empty when no
    label heads them (items ① … ending the text are its own)."""
    out: set[int] = set()
    labelled = False
    for i in range(len(blocks) - 1, -1, -1):
        s, e = strip_span(text, blocks[i].start, blocks[i].end)
        line = text[s:e]
        if s >= e or (blocks[i].kind == "body" and _closing(text, s, e) is not None):
            continue
        if _NOTES_LABEL.fullmatch(line):
            out.add(i)
            labelled = True
        elif _NOTE_ENTRY.fullmatch(line) and blocks[i].kind in ("body", "footnote"):
            out.add(i)
        else:
            break
    return out if labelled else set()


def _closing_run(text: str, blocks: Sequence[Block]) -> dict[int, list[MetaItem]]:
    """The document's closing metadata by block index: the last blocks, when each is a
    line of metadata labels or of an official document's closing record (抄送：…,
    …印发); empty when there are none."""
    run: dict[int, list[MetaItem]] = {}
    notes = _end_notes(text, blocks)
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        s, e = strip_span(text, block.start, block.end)
        if s >= e:
            continue
        signed = any(m.key == "signing" for found in run.values() for m in found)
        kinds = ("title", "heading", *TABLE_KINDS)
        items = None if block.kind in kinds else _closing(text, s, e, signed)
        if items is None and (block.kind == "footnote" or i in notes):
            continue  # the notes set after the text (a PDF's) stand apart from its end
        if items is None:
            break
        run[i] = items
    _signature(text, blocks, run)
    _about(text, blocks, run)
    _pledge(text, blocks, run)
    return run


# a form's pledge over its signature blanks: 本单位承诺：所提交的申报材料真实有效…
_PLEDGE = re.compile(r"(?:本人|本单位|我单位|申报单位|申请人)(?:郑重)?(?:承诺|声明)\s*[：:]")
_PLEDGE_MAX = 300  # a pledge is a sentence or two


def _pledge(text: str, blocks: Sequence[Block], run: dict[int, list[MetaItem]]) -> None:
    """The pledge right over a form's signature blanks (本单位承诺：…，愿意承担相应责任。)
    is the form's own wording, signed, not the text: closing metadata with them."""
    if not any(m.key == "signing" for items in run.values() for m in items):
        return
    i = min(run) - 1
    if i < 0 or blocks[i].kind != "body":
        return
    s, e = strip_span(text, blocks[i].start, blocks[i].end)
    if e - s <= _PLEDGE_MAX and _PLEDGE.match(text[s:e]):
        run[i] = whole_line(text[s:e], s, "pledge")


_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_SIGNATURE_LINES = 3  # joint documents sign with two or three issuers
_SIGNATURE_MAX = 30
_SENTENCE_MARKS = frozenset("。！？；，、,;:：!?")


def _signature(text: str, blocks: Sequence[Block], run: dict[int, list[MetaItem]]) -> None:
    """The issuer's lines right over the closing run's date (东川市发展和改革委员会 over
    2014年4月10日) are the document's signature: short lines without a sentence's
    marks, body text, at most three."""
    dates = [i for i, items in run.items() if any(_signed_date(m) for m in items)]
    if not dates:
        return
    i = min(dates) - 1
    for _ in range(_SIGNATURE_LINES):
        if i < 0 or i in run or blocks[i].kind != "body":
            return
        s, e = strip_span(text, blocks[i].start, blocks[i].end)
        line = text[s:e]
        if not line or len(line) > _SIGNATURE_MAX or "\n" in line:
            return
        issuer = not any(c in _SENTENCE_MARKS for c in line) and ISSUER_END.search(line)
        if not issuer and _SIGNER_FIELD.fullmatch(line) is None:
            return
        run[i] = whole_line(line, s, "signature")
        i -= 1


# a signer's field over the date: 提案人：民盟东川市委员会, 附议人：王建华　李晓梅
_SIGNER_FIELD = re.compile(
    r"(?:提案|附议|联名|申请|报告|起草|承办|经办|填报)人\s*[：:]\s*"
    r"[\u4e00-\u9fff·]{2,20}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,20}){0,5}"
)


# a press release's closing section about its issuer: 关于东川智联科技股份有限公司, 关于我们
_ABOUT = re.compile(
    r"(?:关于|關於)(?:我们|我們|本公司|(?P<name>\S{2,30}?(?:公司|集团|集團|协会|協會|基金会|基金會)))"
    r"|About\s+\S.{0,40}"
)
_ABOUT_NAME = 4  # the name's first characters (东川智联): the blurb may shorten the rest
_ABOUT_PARAGRAPHS = 2
_ABOUT_CHARS = 400  # the issuer's blurb: a few sentences


def _about(text: str, blocks: Sequence[Block], run: dict[int, list[MetaItem]]) -> None:
    """The last heading, when it names the issuer (关于东川智联科技股份有限公司) over a
    paragraph or two that end the text (before its closing lines): the release's
    boilerplate about who issued it, metadata as ``about``; closing lines right over
    it (消息来源：…) close the text too."""
    i = (min(run) if run else len(blocks)) - 1
    paras: list[int] = []
    while i >= 0 and blocks[i].kind == "body" and len(paras) < _ABOUT_PARAGRAPHS:
        s, e = strip_span(text, blocks[i].start, blocks[i].end)
        if e - s > _ABOUT_CHARS:
            return
        paras.append(i)
        i -= 1
    if not paras or i < 1 or blocks[i].kind != "heading":
        return
    s, e = strip_span(text, blocks[i].start, blocks[i].end)
    m = _ABOUT.fullmatch(text[s:e])
    if m is None or not any(b.kind == "body" for b in blocks[:i]):
        return  # a profile page that is all about the company is its text
    # the blurb opens with the name the heading gives (关于东川智联… over 东川智联…成立于),
    # not a plan's last point (关于组建…集团 over what it does)
    ps, _pe = strip_span(text, blocks[paras[-1]].start, blocks[paras[-1]].end)
    name = m["name"] or ""
    if name and not text[ps:].startswith(name[:_ABOUT_NAME]):
        return
    for k in [i, *paras]:
        ks, ke = strip_span(text, blocks[k].start, blocks[k].end)
        run[k] = whole_line(text[ks:ke], ks, "about")
    for k in range(i - 1, -1, -1):  # 消息来源：… over it
        ks, ke = strip_span(text, blocks[k].start, blocks[k].end)
        items = _closing(text, ks, ke) if blocks[k].kind == "body" and ks < ke else None
        if items is None:
            return
        run[k] = items


def _signed_date(m: MetaItem) -> bool:
    """A signing date: a date alone on its line, no label (not 发布时间：…)."""
    return m.key == "date" and not m.label and SIGNED_DATE_LINE.fullmatch(m.zh) is not None


# a date left blank for the signing: 年　月　日
_BLANK_DATE = re.compile(r"[\s_\u3000]*年[\s_\u3000]*月[\s_\u3000]*日[\s_\u3000]*")


def _closing(text: str, s: int, e: int, signed: bool = False) -> list[MetaItem] | None:
    """``signed``: the closing run under the block holds a signature block's line."""
    if _one_short_line(text, s, e):
        line = text[s:e]
        signer = signed and signer_line(line)
        if signing_line(line) or signed_line(line) or signer or _BLANK_DATE.fullmatch(line):
            return whole_line(line, s, "signing")  # a form's signature blanks
        return closing_line(line, s) or attendance(line, s)
    # a labelled disclaimer, a meeting's attendance list run past a line
    return disclaimer_paragraph(text[s:e], s) or attendance(text[s:e], s)


def _one_short_line(text: str, s: int, e: int) -> bool:
    return e - s <= META_LINE_MAX and "\n" not in text[s:e]


# what an article's byline under its heading names (a special page's or a compilation's
# articles: 来源：某某日报 2014-03-06, 作者：张三)
_BYLINE_KEYS = frozenset({"source", "author", "reporter"})


def _byline(text: str, s: int, e: int) -> list[MetaItem] | None:
    """A short line of metadata labels naming the article's source or author, right
    under its heading; a line of other labels there (时间：…, 地点：…) is the text's."""
    items = parse_meta(text[s:e], s, False) if _one_short_line(text, s, e) else None
    return items if items and any(m.key in _BYLINE_KEYS for m in items) else None


# a credit's own label: 图片来源：, 摄影：, 供图：, 图/ (图：, 图片： open a description)
_CREDIT_LABEL = re.compile(r"来源|來源|图源|圖源|摄|攝|供图|供圖|[/／]\s*$")


# a picture's own credit label, on a line of the text: 图片来源：, 图源：, 图/ (not 摄影：,
# which a call for entries lists among its categories)
_PICTURE_LABEL = re.compile(r"图片来源|圖片來源|图源|圖源|^[图圖]\s*[/／]\s*$")


def _picture_credit(text: str, s: int, e: int, in_text: bool = False) -> list[MetaItem] | None:
    """A caption that is only a labelled credit (图片来源：视觉中国, 图/新华社) says
    nothing a reader of the text needs: metadata, as a credit. A caption that says what
    the picture shows keeps its credit (村民在田间直播销售农产品 李四 摄). A line of the
    text (``in_text``: the picture lost) is one only under a picture's own label."""
    if not _one_short_line(text, s, e):
        return None
    items = parse_meta(text[s:e], s, False)
    label = _PICTURE_LABEL if in_text else _CREDIT_LABEL
    credits = items and all(m.key == "credit" and label.search(m.label) for m in items)
    # 摄影／本刊记者 周航: a photo credit naming the staff who took it, wherever it stands
    staff = items and all(
        m.key == "credit" and _CREDIT_LABEL.search(m.label) and _STAFF.fullmatch(m.zh)
        for m in items
    )
    return items if credits or staff else None


# a staff byline as a photo's credit: 本刊记者 周航, 东川日报记者 王明 (the outlet, the role,
# a person's name; not 新闻记者协会, 记者和通讯员)
_STAFF = re.compile(
    r"(?:本报|本報|本刊|本台|本网|本網|[\u4e00-\u9fff]{1,6}(?:日报|日報|晚报|晚報|报|報|台|网|網|社))?"
    r"(?:记者|記者|通讯员|通訊員|摄影师|攝影師)\s*"
    r"(?![\u4e00-\u9fff·]*(?:协会|協會|和|与|與|及|等))[\u4e00-\u9fff·]{2,4}"
    r"(?:\s+[\u4e00-\u9fff·]{2,4})*"
)


_SOURCE_NOTE_CHARS = 80  # a source note names sources; a longer line says more


def _under_exhibit(text: str, before: Block) -> bool:
    """The block before is a table, a caption, or a line captioning a chart (图表1：…,
    the chart itself left out): a line here may be the exhibit's source note."""
    if before.kind in (*TABLE_KINDS, "caption"):
        return True
    line = text[before.start : before.end].strip()
    return "\n" not in line and len(line) <= META_LINE_MAX and CAPTION.match(line) is not None


def _source_note(text: str, s: int, e: int) -> list[MetaItem] | None:
    """A line under a table or a chart (the caller's test) that only names where its
    figures come from (资料来源：财政部，Wind) is the exhibit's apparatus, as its
    caption's credit is: metadata (``source_note``), not a line of the text. One
    holding two sentences (数据来源：…。其中…) stays."""
    line = text[s:e].strip()
    if len(line) > _SOURCE_NOTE_CHARS or "\n" in line or not SOURCE_LABEL.match(line):
        return None
    if re.search(r"[。！？!?](?=.)", line):
        return None
    return whole_line(text[s:e], s, "source_note")


def _template_pages(text: str, blocks: Sequence[Block]) -> set[int]:
    """The blocks of a template's instructions section (its heading 模板使用说明, or one
    asking to delete the page before release, and what stands under it up to the next
    heading)."""
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading" or not TEMPLATE_HEADING.fullmatch(text[b.start : b.end].strip()):
            continue
        out.add(i)
        for k in range(i + 1, len(blocks)):
            if blocks[k].kind in ("heading", "title"):
                break
            out.add(k)
    return out


def _file_card(text: str, s: int, e: int) -> list[MetaItem] | None:
    """A one-row box that is only an attached file's card (📎 | 台账.xlsx 48.6 KB · 点击下载,
    an online editor's attachment): metadata."""
    if ROW_SEP in text[s:e]:
        return None
    worded = [c for c in text[s:e].split(CELL_SEP) if re.search(r"\w", c)]
    if len(worded) != 1:
        return None
    return whole_line(text[s:e], s, "attachment") if file_card(worded[0], 0) else None


def _metadata(text: str, s: int, e: int) -> list[MetaItem] | None:
    """A short line of metadata labels (来源：新华社 作者：张三) or a programme's credit
    (本场直播由…推出) before the first heading."""
    if not _one_short_line(text, s, e):
        return None
    line = text[s:e]
    return (
        parse_meta(line, s, False)
        or credit_line(line, s)
        or control_stamp(line, s)
        or post_line(line, s)
        or number_line(line, s)
        or issue_line(line, s)
        or blank_field(line, s)
        or breadcrumb_line(line, s)
    )
