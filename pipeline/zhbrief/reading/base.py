"""What a structured reader hands to the segmenter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

# title: the document title (at most one); heading: a section heading with a level;
# body: a paragraph or list item; table: rows of cells; nested_table: a table that was
# inside a table's cell (read after that row); footnote: kept apart from the body;
# caption: a figure's or photo's caption, kept apart from the body
BLOCK_KINDS = ("title", "heading", "body", "table", "nested_table", "footnote", "caption")
TABLE_KINDS = ("table", "nested_table")
# Inside a table block cells are separated by a tab and rows by a newline
CELL_SEP = "\t"
ROW_SEP = "\n"

# C0/C1 controls except tab and newline, DEL, stray BOMs (as in reader.normalise)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_WS = re.compile(r"\s+")
_CJK_OR_PUNCT = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’—…·]")
# Kangxi radicals, CJK radicals supplement and compatibility ideographs: PDF fonts
# (mind-map and Office exports) map glyphs to them; the model never saw them
_COMPAT = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
# Radicals-supplement forms without an NFKC mapping and their unified ideographs, as in
# Unicode's EquivalentUnifiedIdeograph.txt: the ideograph whose glyph a CJK font draws
# for the radical (Noto Sans CJK SC), so a PDF maker that names a shared glyph by its
# lowest code point (Chromium's Skia, Xmind) writes the radical for it. Whole
# characters first, then the components a font may draw on their own (亻, 氵, 艹).
_RADICAL_EQUIVALENTS = str.maketrans(
    "⺠⺦⺰⻄⻅⻆⻈⻉⻋⻌⻐⻓⻔⻘⻙⻚⻛⻜⻝⻠⻢⻣⻥⻦⻧⻨⻩⻪⻬⻮⻰⻁⻑⻤⻫⻭⻯⻱⻲"
    "⺂⺃⺅⺇⺉⺋⺍⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺞⺡⺣⺤⺨⺩⺫⺭⺮⺯⺱⺲⺳⺹⺺⺽⺾⺿⻂⻃⻇⻊⻍⻎⻒⻕⻖⻞⻟⻡",
    "民丬纟西见角讠贝车辶钅长门青韦页风飞食饣马骨鱼鸟卤麦黄黾齐齿龙虎長鬼斉歯竜龜亀"
    "乛乚亻𠘨刂㔾𭕄兀尣尢巳幺彑彐忄扌攵旡歺氵灬爫犭𤣩罒礻𥫗糹罓罒㓁耂肀𦥑艹艹衤覀𧢲𧾷辶辶镸𨸏阝𩙿飠𩠐",
)
# Kangxi radicals whose NFKC form is not the character a simplified-Chinese font draws
# for them: Noto CJK SC shares ⼾'s glyph with 户, where NFKC gives the traditional 戶
# (a traditional font's 戶 is the same word, so the text reads right either way)
_SIMPLIFIED_KANGXI = {"⼾": "户"}
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
# a space between two Han characters: OCR and layout artefacts (Chinese has no spaces)
_HAN_SPACE = re.compile(f"(?<=[{_HAN}])[ \u00a0\u3000]+(?=[{_HAN}])")
# full-width punctuation (、，。：；！？（）“”《》) meets Han without a space, as Han meets Han
_CJK_PUNCT = "\u3001\u3002\u300a-\u300f\u201c\u201d\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
_PUNCT_SPACE = re.compile(
    f"(?<=[{_HAN}{_CJK_PUNCT}])[ \u00a0]+(?=[{_CJK_PUNCT}])"
    f"|(?<=[{_CJK_PUNCT}])[ \u00a0]+(?=[{_HAN}])"
)
_CID = re.compile(r"\(cid:\d+\)")


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


# a line that names the kind of document under its subject: 施工组织设计, 结题报告,
# 可行性研究报告, 实施方案 (a cover sets it apart, in a size of its own)
DOC_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:报告|报告书|设计|方案|规划|计划书|总结|申报书|任务书|说明书|建议书"
    r"|白皮书|手册|指南|纲要|细则)"
)
# a heading numbered as a list numbers its items: 1. / 1、 / 1． (not 1.1), then （1）
# (1） and 1） too), then ①, then an ordinal lead: 第一，, 其一，
PAREN_NUMBER = r"[（(]?\d{1,2}[）)]"
ORDINAL_LEAD = r"(?:第|其)[一二三四五六七八九十]{1,3}[，,]"
_LIST_NUMBERED = (
    (re.compile(r"\d{1,2}\s?[.．、](?!\d)"), 3),
    (re.compile(PAREN_NUMBER), 4),
    (re.compile(r"[①-⑳]"), 5),
    (re.compile(ORDINAL_LEAD), 6),
)


def list_numbering(text: str) -> int | None:
    """A heading's number's place: 一、/第一章 1, （一）/第一节 2, 1. 3, （1） 4, ① 5,
    第一， 6; None when it has none."""
    text = text.strip()
    found = numbered_level(text)
    return found or next((rank for rx, rank in _LIST_NUMBERED if rx.match(text)), None)


def nest_numbered(blocks: Sequence[Block], text: str) -> list[Block]:
    """A heading numbered 1. or （1） under one numbered 一、 or （一） ranks below it, as
    the numbering says, though it was set (or styled) like a top heading (a bold 1.
    under （一） in a Word file)."""
    out = list(blocks)
    open_: list[tuple[int | None, int]] = []  # (rank, level) of the headings above
    for i, b in enumerate(out):
        if b.kind != "heading":
            continue
        rank = list_numbering(text[b.start : b.end])
        peers = [lv for r, lv in open_ if r == rank]  # 2、 after 1、 and its （一）: 1、's level
        if rank is not None and rank >= _LIST_RANK and peers:
            if b.level != peers[-1]:
                out[i] = b = replace(b, level=peers[-1])
        elif rank is not None and rank >= _LIST_RANK:
            parents = [lv for r, lv in open_ if r is not None and r < rank]
            if parents and b.level <= parents[-1]:
                out[i] = b = replace(b, level=parents[-1] + 1)
        while open_ and open_[-1][1] >= b.level:
            open_.pop()
        open_.append((rank, b.level))
    return out


_LIST_RANK = 3


# a label starts a line or follows a space: 成文日期 in "北湖省人民政府 成文日期：", not 府成文日期
_FIELD = re.compile(r"(?:^|(?<=\s))([\u4e00-\u9fff][\u4e00-\u9fff\s]{0,9})[：:]")
_FIELD_LABEL_CHARS = 6  # 姓名, 学号, 指导教师, 论文题目: a form label is short
# the editor's credit that closes a news article: 责任编辑：张玉, （责编：王五、李四）
EDITOR_LINE = re.compile(
    r"[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編)\s*[：:]"
    # a line that is only a review chain ending in the final review: 初审：…　复审：…　终审：…
    r"|(?:(?:编辑|編輯|校对|校對|审核|審核|[初复複一二][审審])\s*[：:]\s*[^\s：:，。,]{1,8}\s*)*"
    r"(?:终审|終審|三审|三審)\s*[：:]\s*[^\s：:，。,]{1,8}\s*$"
)
_SITE_LINE_CHARS = 60  # a related link's title, a prompt, a footer line: shorter
FINISHED = tuple("。！？!?…")  # what a finished sentence ends with
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character (the unified block)


def site_line(text: str) -> bool:
    """A line a site adds after an article (a link's title, a follow prompt, its
    footer): short, and no finished sentence."""
    text = text.strip()
    return len(text) < _SITE_LINE_CHARS and not text.endswith(FINISHED)


def site_tail(texts: Sequence[str], tables: Sequence[bool]) -> int | None:
    """Where the site's lines after a news article's closing editor's credit begin
    (the index after the last credit), or None: the article has no credit, nothing
    follows it, or a table or a line with a finished sentence or of some length
    follows it, which keeps everything."""
    at = next((i for i in range(len(texts) - 1, -1, -1) if EDITOR_LINE.match(texts[i])), None)
    if at is None or at == len(texts) - 1:
        return None
    rest = range(at + 1, len(texts))
    if any(tables[i] or not site_line(texts[i]) for i in rest):
        return None
    return at + 1


# a title block's byline: up to two short lines (an author, an affiliation) over its date
BYLINE_LINES = 2
BYLINE_CHARS = 30
_BYLINE_STOP = tuple("。！？!?，,；;：:")


def byline_line(text: str) -> bool:
    """Short, and not ending like a sentence or a clause: an author's or an
    affiliation's line."""
    return len(text) <= BYLINE_CHARS and not text.endswith(_BYLINE_STOP)


_PAGE_NUMERAL = r"(?:\d{1,4}|[ivxlcdm]{1,6}|[\u2160-\u217f]{1,4})"  # 12, xii, Ⅻ
# a page's number as printed: 3, - 3 -, 第 3 页, 第3页 共10页, 3/10, xii, Page 3 of 10
PAGE_NUMBER = re.compile(
    rf"[\s\-–—_·•|]*(?:第\s*)?{_PAGE_NUMERAL}(?:\s*页)?"
    rf"(?:\s*(?:[/／]|of|共)\s*{_PAGE_NUMERAL}\s*页?)?[\s\-–—_·•|]*"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?",
    re.I,
)
# a table's or figure's label opening its caption: 表1 …, 图 2-1 …, Figure 3:
CAPTION = re.compile(
    r"(?:附?表|附?图(?:表)?|table|fig(?:ure)?\.?|chart|exhibit)\s*(?:\d+|(?-i:[A-Z])|[一二三四五六七八九十]+)"
    r"(?:[.\-－—–]\d+)*(?:\s|[：:．.]|$)",
    re.I,
)
# the label of a chart's or a table's source line under it: 资料来源：国家统计局，Wind
SOURCE_LABEL = re.compile(r"\s*(?:注\s*[：:]\s*)?(?:资料|数据|資料|數據)来源\s*[：:]")
# a date line: 2026年03月04日, 2026-3-4, 二〇二四年三月 (a thesis cover), with spaces
DATE_DIGIT = "[0-9０-９〇○零一二三四五六七八九十]"
DATE_LINE = re.compile(
    rf"{DATE_DIGIT}{{4}}\s*(?:[-/.]\s*\d{{1,2}}\s*[-/.]\s*\d{{1,2}}|年\s*{DATE_DIGIT}{{1,2}}\s*月"
    rf"(?:\s*{DATE_DIGIT}{{1,3}}\s*日)?)"
)
# the subtitle of an open letter or a report, set under its title: ——致…的一封公开信
DASH_SUBTITLE = re.compile(r"^(?:——|—{1,2}|－{1,2}|--)\s*\S")
# labels of a cover page's title field (题目：…, 论文题目：…)
TITLE_LABELS = ("题目", "论文题目", "标题", "题名", "课题名称", "项目名称", "论文名称")


_ROW_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,7}")
_ROW_VALUE_CHARS = 40
_QUANTITY = re.compile(r"[-+]?[\d.,]+\s*%?")


def label_rows(rows: list[list[str]]) -> list[list[tuple[str, str]]]:
    """A table of properties without colons (创建时间 | @2015年3月6日, 负责人 | 周明轩):
    each row a short Chinese label and a short value that is no quantity (a data
    table's 增速 | 6.9% is one); one field per row, or [] when any row is not one."""
    out = []
    for row in rows:
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) != 2 or not _ROW_LABEL.fullmatch(cells[0]):
            return []
        value = cells[1]
        if len(value) > _ROW_VALUE_CHARS or _QUANTITY.fullmatch(value):
            return []
        out.append([(re.sub(r"\s+", "", cells[0]), value)])
    return out


def paired_fields(rows: list[list[str]]) -> list[tuple[str, str]]:
    """A form's box of fields across its rows, labels and values by turns (课程名称 |
    宏观经济学 | 任课教师 | 周明, 学号 | 201305127): the fields, or [] when any row is
    not so (a data table names its columns once, its cells are quantities)."""
    out: list[tuple[str, str]] = []
    for row in rows:
        cells = [c.strip() for c in row]
        while cells and not cells[-1]:
            cells.pop()
        cells += [""] * (len(cells) % 2)  # the last label's value left blank (成绩 | )
        if not cells:
            return []
        for label, value in zip(cells[0::2], cells[1::2], strict=True):
            if not _ROW_LABEL.fullmatch(label) or len(value) > _ROW_VALUE_CHARS:
                return []
            out.append((re.sub(r"\s+", "", label), value))
    return out if len(out) >= _PAIRED_FIELDS else []


_PAIRED_FIELDS = 3  # fields a form's box holds at least


# what a document's own record names (who owns it, when it was made or changed, its
# state and tags), not what a data table, a schedule or an infobox names
_RECORD_LABEL = re.compile(
    r"负责人|作者|创建人|创建者|(?:创建|更新|修改|最后修改|最后编辑)(?:时间|日期)|日期|状态|标签|编号"
    r"|密级|版本"
)


def record_rows(rows: list[list[str]]) -> list[list[tuple[str, str]]]:
    """Rows of a document's record without colons (负责人 | 周明轩, 创建时间 | @…),
    most labels a record's; else []."""
    fields = label_rows(rows)
    records = sum(1 for row in fields if _RECORD_LABEL.fullmatch(row[0][0]))
    return fields if fields and 2 * records >= len(fields) else []


def record_fields(rows: list[list[str]]) -> list[list[tuple[str, str]]]:
    """A table of the document's record, row by row: labelled form fields (编号：…) in
    every row, else rows of a record's labels without colons (``record_rows``); []
    when the table is neither."""
    fields = [form_fields(" ".join(row)) for row in rows]
    return fields if fields and all(fields) else record_rows(rows)


def form_fields(line: str) -> list[tuple[str, str]]:
    """A form line's fields: 姓    名：  张三      学    号：123 gives
    [("姓名", "张三"), ("学号", "123")]; [] when the line is not a form line."""
    line = line.strip()
    marks = list(_FIELD.finditer(line))
    if not marks or marks[0].start() != 0:
        return []
    out = []
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        label = re.sub(r"\s+", "", m[1])
        value = line[m.end() : nxt.start() if nxt else len(line)].strip()
        if len(label) > _FIELD_LABEL_CHARS or len(value) > MAX_FAKE_HEADING:
            return []
        if value.endswith(("。", "！", "？")) or _INNER_STOP.search(value):
            return []  # a sentence after the colon is prose, not a form's value
        out.append((label, re.sub(r"\s{2,}", " ", value)))
    return out


_CLAUSE_BREAK = re.compile(r"[，,；;]")
_PROSE_CHARS = 20  # a line this long with a comma inside is a line of a paragraph


def prose_line(text: str) -> bool:
    """A sentence's end, a label's colon, or a comma in a long line: a paragraph's line
    (often its short last line) or a form field, never a heading."""
    text = text.strip()
    return text.endswith(tuple("。！？!?：:")) or (
        len(text) > _PROSE_CHARS and _CLAUSE_BREAK.search(text) is not None
    )


# Word's stock placeholder prompts (zh-CN, en-US), what an empty content control or a
# cover page's field shows until it is filled in: the template's words, never the text's
WORD_PROMPT = re.compile(
    r"\[(?:(?:键入|选取)?(?:文档标题|文档副标题|作者姓名|作者|公司名称|公司地址|日期)"
    r"|(?:在此处添加|键入)文档摘要[^\]]*"
    r"|document (?:title|subtitle)|author name|company (?:name|address)|date"
    r"|draw your reader in[^\]]*)\]"
    r"|(?:(?:单击或点击|单击|点击)此处输入(?:文字|日期)|单击或点击以输入日期|选择一项"
    r"|按一下或點選這裡以輸入文字|按一下這裡以輸入文字|選擇一個項目"
    r"|click(?: or tap)?(?: here)? to enter (?:text|a date)|choose an item)[。.]?",
    re.I,
)


def one_clause(text: str) -> bool:
    """Short and without a sentence end inside: could be a heading."""
    text = text.strip()
    return bool(text) and len(text) <= MAX_FAKE_HEADING and not _INNER_STOP.search(text)


# the closing record of a 简报 or a notice: its distribution lines (报：…, 送：…, 抄送：…)
# and its editors' credit, bracketed or not: （本期责任编辑：…　审稿：…）
DISTRIBUTION_LINE = re.compile(r"(?:抄送|抄报|分送|报送|发送|主送|报|送|发|抄)\s*[：:]")
# the lines of an official document's 版头 (GB/T 9704) above its title, each alone on its
# line: the copy's six-digit number (份号), secrecy and urgency marks (秘密★1年, 特急) and
# the issuer's mark, its name and 文件 set large in red (东川市人民政府办公室文件), or a
# meeting's mark on the papers it hands out (…人民代表大会第四次会议文件（1）)
OFFICIAL_HEAD = re.compile(
    r"\d{6}|(?:绝密|机密|秘密)(?:\s*★\s*[^\s，。；]{0,8})?|特急|加急|特提|平急"
    r"|(?P<issuer>[\u4e00-\u9fff]{2,30}(?:政府|委员会|委|办公室|办公厅|厅|局|部|院|署|党委"
    r"|党组|中心|公司|集团|协会|联合会|大学)文件)"
    r"|(?P<meeting>[\u4e00-\u9fff]{2,30}会议(?:文件|材料)\s*(?:[（(]\s*\d{1,3}\s*[）)]|之[一二三四五六七八九十\d]{1,3})?)"
)
# what an issuer's name ends with: 人民政府, 委员会, 办公厅, 局, 公司, 董事会 …
ISSUER_END = re.compile(
    r"(?:政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|厅|廳|局|委|部|院|署|中心|公司|集团|集團"
    r"|协会|協會|学会|學會|联合会|聯合會|银行|銀行|大学|大學|学院|學院|研究所|小组|小組|董事会"
    r"|董事會|监事会|監事會|党委|黨委|党组|黨組|工会|工會|处|處|科|站|所|社|馆|館|办|辦)$"
)
# the last line of an official document's 版记 (GB/T 9704): XX办公厅 2016年3月29日印发
ISSUED = r".{0,40}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*印发"
CREDIT_LINE = re.compile(
    r"[（(【\[]?\s*(?:本期)?\s*(?:责任编辑|责编|编辑|审稿|审核|校对|签发)\s*[：:].*?[）)】\]]?"
    # a statistical form's signing row: 制表人：王丽　审核人：陈国强　报出日期：…, each
    # value a name or a date, no sentence
    r"|(?:单位负责人|统计负责人|制表人|填表人|填报人|审核人)\s*[：:]\s*[^\s：:，。；,;]{1,10}"
    r"(?:[ \t\u3000]+[^\s：:，。；,;]{1,8}\s*[：:]\s*[^\s：:，。；,;]{1,16})*"
)
# a contract's end of text: （以下无正文）, （此页无正文）, （本页以下无正文）
NO_TEXT_MARK = re.compile(
    r"[（(【\[]\s*(?:以下|此页|本页|本页以下|此页以下)\s*无正文"
    # a signing page's note: （本页无正文，为《…法律意见书》之签署页）
    r"(?:\s*[，,]\s*(?:为|系)[^（）()]{0,80}?签[署字章]页)?\s*[）)】\]]"
)
# a signature block's blanks, one or more fields of a row (a table's row read as one
# line): 甲方（盖章）：, 法定代表人（签字）：, 日期：  年  月  日 (20  年: the century printed)
_SIGN_BLANKS = re.compile(
    r"(?:[^：:]{0,12}?(?:盖章|签字|签章|签名|签署|日期)\s*[）)]?\s*[：:]"
    r"[\s_＿\u3000]*(?:(?:19|20)?[\s_＿\u3000]*年[\s_＿\u3000]*月[\s_＿\u3000]*日)?[\s_＿\u3000]*)+"
)


# a signature block's signed lines: 东川明理律师事务所（盖章）, 经办律师：周文博　刘思源;
# a signer under a label that a list's last item may also hold (负责人：韩志远)
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]*[\u4e00-\u9fff·]{2,4}){0,3}\s*"
_SIGNED = re.compile(
    r"[^：:（）()]{2,30}[（(]\s*(?:盖章|公章|签字|签章|签名)\s*[）)]\s*[：:]?\s*"
    rf"|(?:经办律师|承办律师|签字律师|见证律师)\s*[：:]\s*{_NAMES}"
)
_SIGNER = re.compile(rf"(?:负责人|单位负责人|法定代表人|授权代表|委托代理人)\s*[：:]\s*{_NAMES}")


def signed_line(text: str) -> bool:
    """A signature block's line once signed or stamped: the issuer over its seal
    (…（盖章）), the lawyers after their label (经办律师：周文博　刘思源)."""
    return _SIGNED.fullmatch(text.strip()) is not None


def signer_line(text: str) -> bool:
    """A signer after a label a list's item may also hold (负责人：韩志远): a signature
    block's only beside its signed lines."""
    return _SIGNER.fullmatch(text.strip()) is not None


def signing_line(text: str) -> bool:
    """（以下无正文）, or signature fields left blank for the signing (盖章/签字/日期
    labels with nothing after the colon but a blank date): a contract's closing form."""
    text = text.strip()
    return NO_TEXT_MARK.fullmatch(text) is not None or _SIGN_BLANKS.fullmatch(text) is not None


CLOSING_ITEMS = 4  # a closing record is a table or a line or two, never a page


# the stamp a reporting system prints under what it generated: 报告生成时间：2017-01-16
# 09:30, 打印日期：…, 本报告由系统自动生成，仅供内部参考
_GENERATED = re.compile(
    r"(?:报告|報告|报表|報表|文档|文檔|页面|頁面)?(?:生成|打印|导出|導出)(?:时间|時間|日期)\s*[：:]"
    r"|[（(]?(?:本|此)(?:报告|報告|报表|報表|表|页|頁|页面|頁面|文档|文檔|文件|数据|數據)"
    r"(?:由|係|系)?[^，。,]{0,8}?自动生成"
)
_GENERATED_CHARS = 80


def closing_line(text: str) -> bool:
    """A distribution line, an editors' credit, a contract's no-text mark or the blank
    of its signature block, or a reporting system's stamp; short and no sentence
    inside (the stamp's may hold one)."""
    text = text.strip()
    if signing_line(text):
        return True
    if len(text) <= _GENERATED_CHARS and _GENERATED.match(text):
        return True
    if not one_clause(text) or text.endswith(FINISHED):
        return False
    return DISTRIBUTION_LINE.match(text) is not None or CREDIT_LINE.fullmatch(text) is not None


def closing_meta(line: str, meta: dict[str, str]) -> None:
    """A closing line's fields (报, 送, 本期责任编辑, 审稿) into the metadata; the
    blanks of a signature block and the no-text mark hold nothing to keep."""
    if signing_line(line):
        return
    fields = form_fields(line.strip().strip("（()）【】[]"))
    for label, value in fields or [("closing", line.strip())]:
        meta[label] = f"{meta[label]} {value}" if label in meta else value


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


def fold_compat(text: str) -> str:
    """Compatibility ideographs and radicals as their unified ideographs (NFKC-level).

    Every one of them maps to exactly one character, so offsets into the text stay valid.
    """
    folded = _COMPAT.sub(lambda m: _unified(m.group()), text)
    return folded.translate(_RADICAL_EQUIVALENTS)


def _unified(char: str) -> str:
    return _SIMPLIFIED_KANGXI.get(char) or unicodedata.normalize("NFKC", char)


def clean_prose(text: str) -> str:
    """A paragraph's text: no ``(cid:N)`` placeholders, no spaces between Han characters
    (nor between them and full-width punctuation: OCR's ``城乡 ， 是``)."""
    return _PUNCT_SPACE.sub("", _HAN_SPACE.sub("", _CID.sub("", text)))


def clean(s: str) -> str:
    """One line: whitespace runs become one space (tabs and newlines are separators here)."""
    return _WS.sub(" ", s).strip()


def squash(s: str) -> str:
    """``s`` without any whitespace: two renderings of one line compare equal."""
    return _WS.sub("", s)


# a subhead (a bold-only paragraph, a line alone in another face) is at most this long
SUBHEAD_CHARS = 30


# a run of blanks holding a tab or a line break (captured: a title or heading is
# split at it and joined again)
_BREAK = re.compile(r"([ \t\r\n\f\v]*[\t\r\n\f\v][ \t\r\n\f\v]*)")


def _one_line(text: str) -> str:
    """A title's or heading's tabs and line breaks: a tab is one space (1<tab>就业与收入,
    a number Word set before a tab); a line break joins the two pieces as a paragraph's
    lines join (``join_words``: none beside Chinese, 做好\n2016年, one between Latin)."""
    pieces = _BREAK.split(text)
    out = pieces[0]
    for sep, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        out = f"{out.rstrip()} {piece.lstrip()}" if "\t" in sep else join_words(out, piece)
    return out


class TextBuilder:
    """Appends blocks to the extracted text, separated by blank lines."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.blocks: list[Block] = []
        self.pos = 0

    def add(self, kind: str, text: str, level: int = 0, page: int | None = None) -> None:
        text = fold_compat(unicodedata.normalize("NFC", CONTROL.sub("", text)))
        text = _CID.sub("", text)  # an unmapped glyph has no text to give
        if kind in ("body", "footnote", "caption", "table") or len(_HAN_SPACE.findall(text)) > 1:
            text = clean_prose(text)  # a heading keeps one space (第一章 引言), not OCR's many
        elif kind in ("heading", "title"):
            text = _one_line(text)
        text = text.strip()
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.pos += 2
        self.parts.append(text)
        self.blocks.append(Block(kind, self.pos, self.pos + len(text), level, page))
        self.pos += len(text)

    def add_table(
        self, rows: list[list[str]], page: int | None = None, kind: str = "table"
    ) -> None:
        cells = [[clean(c) for c in row] for row in rows]
        lines = [CELL_SEP.join(c or "" for c in row).strip() for row in cells]
        self.add(kind, ROW_SEP.join(ln for ln in lines if ln), page=page)

    def text(self) -> str:
        return "".join(self.parts)
