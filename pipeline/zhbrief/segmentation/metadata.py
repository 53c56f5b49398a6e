"""Metadata lines: 来源：…, 责任编辑：…, 记者 …, a timestamp, a news dateline."""

from __future__ import annotations

import re

from ..document import MetaItem
from ..reading.base import DATE_DIGIT, ISSUED, OFFICIAL_HEAD
from .runin import dateline_end

COLONS = frozenset("：:")


def whole_line(s: str, offset: int, key: str) -> list[MetaItem]:
    """``s`` (at ``offset``) as one metadata item: a line that is metadata as a whole."""
    return [MetaItem(zh=s, start=offset, end=offset + len(s), key=key)]


# Metadata labels, longest first inside each alternation so 责任编辑 wins over 编辑.
# Reporter lines may use a space instead of a colon ("本报记者 张三").
_META_LABELS: tuple[tuple[str, str], ...] = (
    # an English-language site's credit as well: Editor: Xu Nuo
    # and the review chain news sites print: 初审：…　复审：…　终审：…, 二审：…
    (
        "editor",
        r"(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|[Ee]ditors?"
        r"|初审|初審|复审|複審|终审|終審|[一二三]审|[一二三]審)\s*[：:]",
    ),
    # 本文来源：, 文章来源：, 信息来源： as news sites label the source
    # 供稿： (a contributing office, as organisations' news pages credit it)
    # 消息来源： (a press release's issuer, as newswires close it)
    ("source", r"(?:(?:本文|文章|信息|稿件|消息)?(?:来源|來源)|稿源|出处|出處|供稿)\s*[：:]"),
    ("original_title", r"(?:原标题|原標題|原题|原題)\s*[：:]"),
    # a journal article's classification line and a database's online-first stamp:
    # 中图分类号：F127　文献标识码：A　文章编号：…, 网络首发时间：…　网络首发地址：…
    (
        "classification",
        r"(?:中图分类号|中圖分類號|文献标识码|文獻標識碼|文献标志码|文獻標誌碼|文章编号|文章編號"
        r"|DOI)\s*[：:]",
    ),
    (
        "published_online",
        r"(?:网络首发|網絡首發|网络出版|網絡出版|优先出版|優先出版)(?:时间|時間|日期|地址)\s*[：:]",
    ),
    # a manual's or a procedure's version on its cover: 版本：V2.3
    # (bilingual: 版本 Rev.: A/2)
    (
        "version",
        r"(?:版本号|版本|版次)(?:\s*(?:Rev(?:ision)?|Ver(?:sion)?)\.?)?\s*[：:]"
        r"|(?:[Vv]ersion|Rev(?:ision)?\.?)\s*[：:]",
    ),
    # a paper's first-page note: 收稿日期：…；基金项目：…；作者简介：…
    (
        "paper_note",
        r"(?:收稿日期|修回日期|基金项目|基金項目|作者简介|作者簡介|通信作者|通讯作者|通訊作者)\s*[：:]",
    ),
    # a listed company's announcement head: 证券代码：603817 证券简称：… 公告编号：2013-009
    (
        "security",
        r"(?:证券代码|證券代碼|证券简称|證券簡稱|股票代码|股票代碼|股票简称|股票簡稱|债券代码"
        r"|債券代碼|债券简称|債券簡稱|公告编号|公告編號)\s*[：:]",
    ),
    # a research team's: 课题负责人：…　课题组成员：…
    (
        "author",
        r"(?:课题负责人|課題負責人|课题组成员|課題組成員|课题组长|課題組長|执笔人|執筆人"
        r"|作者|撰文|执笔|執筆|文)\s*[：:/／]",
    ),
    (
        "date",
        r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間|时间|時間|日期)\s*[：:]"
        # a blog's or forum's: 发表于 2017-03-08, 更新于：2017-03-09
        r"|(?:最后|最後|最近)?(?:发表于|發表於|发布于|發布於|更新于|更新於|编辑于|編輯於)"
        r"[ \t\u3000]*[：:]?",
    ),
    (
        "credit",
        r"(?:图片来源|圖片來源|图片|圖片|图源|圖源|摄影|攝影|供图|供圖|制图|製圖|文字整理|整理"
        r"|图|圖|视频|視頻)\s*[：:/／]",
    ),
    (
        "reporter",
        r"(?:本报|本報|新华社|新華社|特约|特約|实习|實習"
        r"|[\u4e00-\u9fff]{2,8}?(?:日报|日報|晚报|晚報|报|報|电视台|電視台|台|网|網|社))?"
        r"(?:记者|記者|通讯员|通訊員)"
        r"(?:\s*[：:]|[ \t\u3000]+)",
    ),
    # a post's counts beside its byline: 阅读 1024, 浏览次数：88, 评论 3
    (
        "post",
        r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|点赞|點讚|赞|讚|收藏)(?:量|数|數|次数|次數)?"
        r"[ \t\u3000]*[：:]?(?=\s*\d)",
    ),
)
_META_LABEL = re.compile("|".join(f"(?P<{k}>{rx})" for k, rx in _META_LABELS))
# what a byline sets between its items: 来源：新华网 | 作者：张三, 发表于 2017-03-08 · 阅读 1024
_GAP_MARKS = "|｜·•"
_ITEM_GAP = re.compile(rf"[{_GAP_MARKS}][\s{_GAP_MARKS}]*")
# A publication timestamp: 2022-05-11 10:30, 2022年05月11日 10:30, 2022/5/11.
_TIMESTAMP = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:[ \t\u3000]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
)
# A credit written as a suffix: "新华社记者 张三 摄", "集团党群工作部 供稿".
_SUFFIX_CREDIT = re.compile(r".{1,30}?[ \t\u3000/／]*(?:[摄攝]|供稿|供图|供圖)")
_META_VALUE_MAX = 30
META_LINE_MAX = 80


def parse_meta(s: str, offset: int, strict: bool) -> list[MetaItem] | None:
    """Metadata items filling all of ``s`` (separated by whitespace, or by a byline's
    marks: 来源：新华网 | 作者：张三), or None. A mark between two items opens the second
    one's span, as part of its ``label``, so every character stays in a span.

    ``strict`` (for inline credits at the end of run-on text) only accepts labels with
    a colon: 责任编辑：李昂, 来源：新华社.
    """
    suffix = _SUFFIX_CREDIT.fullmatch(s)
    if suffix and not strict and not any(c in "。！？，" for c in s):
        return whole_line(s, offset, "credit")
    items: list[MetaItem] = []
    pos = 0
    while pos < len(s):
        gap = _ITEM_GAP.match(s, pos)
        lead = gap.end() if gap else pos
        item = _meta_item(s, lead, offset, strict)
        if item is None:
            return None
        if lead > pos:  # the marks before it: its span and label start with them
            item.label = s[pos:lead] + item.label
            item.start = offset + pos
        items.append(item)
        pos = item.end - offset
        while pos < len(s) and s[pos].isspace():
            pos += 1
    return items or None


def dateline_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a news dateline: 新华社北京3月5日电（记者 王五）."""
    end = dateline_end(s, 0, len(s))
    if end is None or s[end:].strip():
        return None
    return [MetaItem(zh=s[:end], start=offset, end=offset + end, key="dateline")]


# an article's closing publication note in brackets: （本文刊发于《…》2015年第10期）, （来源：…）
_NOTE = (
    r"[（(]\s*(?:本文|原文|此文|文章)?\s*(?:原载|原刊|刊发|刊登|刊载|刊于|发表|首发"
    r"|转载|转自|来源|來源|来自|摘自|选自|摘编自)[^（()）\n]{1,60}[）)]"
)
_PUBLICATION_NOTE = re.compile(_NOTE)


def publication_note(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only an article's publication note: （本文刊发于《财经视点》2015年第10期）."""
    if _PUBLICATION_NOTE.fullmatch(s) is None:
        return None
    return whole_line(s, offset, "source")


# an official document's closing record (版记, GB/T 9704): 抄送：…, XX办公厅 2016年3月29日印发;
# or a publication note
# an official document's number (GB/T 9704): 国办发〔2016〕12号, 京政发[2016]3号, and 【】 as web
# pages type it and OCR reads 〔〕
DOC_NUMBER = r"[\u4e00-\u9fff]{1,12}\s*[〔\[［(（【]\s*\d{4}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号"
# the note under an official document's signature (GB/T 9704 附注): （此件主动公开）
PUBLICITY = r"[（(]\s*此件[^（）()\n]{1,10}[）)]"
# the date under a signature, alone on its line: 2014年4月10日, 二〇一四年四月十日
SIGNED_DATE = rf"{DATE_DIGIT}{{4}}\s*年\s*{DATE_DIGIT}{{1,2}}\s*月\s*{DATE_DIGIT}{{1,3}}\s*日"
SIGNED_DATE_LINE = re.compile(SIGNED_DATE)
# the labels of its distribution lines: 抄送 (GB/T 9704), and 分送/报送/发送/主送 as minutes,
# briefings and notices use them
DISTRIBUTION = r"(?:抄送|抄報|抄报|分送|報送|报送|發送|发送|主送)\s*[：:]"
# a 简报's 版记 labels them with one character: 报：…, 送：…, 发：…
_BRIEFING_DISTRIBUTION = r"(?:报|報|送|发|發|抄)\s*[：:]"
# a reprinted article's original title in brackets, as long as titles run: （原标题：…）
ORIGINAL_TITLE = r"[（(]\s*(?:原标题|原標題|原题|原題)\s*[：:].{1,100}[）)]"
# a site's disclaimer: 声明：…, 免责声明：…, or its formulas (本文仅代表作者观点, 不代表本网
# 立场, 如有侵权请联系…) in a line of its own
# (a research report's closing box opens with its analysts' statement: 分析师声明：…)
_RESTRICTED = (
    r"[^。！？!?]{0,30}?(?:同意|授权|许可)[^。！？!?]{0,30}?(?:不得|请勿|禁止|严禁)"
    r"[^。！？!?]{0,30}?(?:转载|引用|复制|传播|摘编|使用)"
)
_THIS_WORK = r"(?:本文|本报告|本书|本刊|本网|本站|本作品|本课件|本材料)"
_DISCLAIMER_LABELS = (
    r"免责声明|免責聲明|版权声明|版權聲明|特别声明|特別聲明|重要声明|重要聲明|法律声明|法律聲明"
    r"|分析师声明|分析師聲明"
)
DISCLAIMER = (
    rf"(?:{_DISCLAIMER_LABELS}|声明|聲明)\s*[：:].+"
    r"|.*(?:仅代表作者|僅代表作者|不代表[^，,。]{0,8}?(?:网|網|站|报|報|刊|台|号|號|媒体|媒體)的?"
    r"(?:观点|觀點|立场|立場)|如有侵权|如有侵權"
    r"|版权归原作者|版權歸原作者"
    # a use restriction on the document itself: 未经…同意…不得转载、引用本报告内容;
    # 未经作者同意请勿转载 (not a notice's 未经…同意，不得发布上述数据)
    rf"|未经[^。！？!?]{{0,20}}?(?:作者|本网|本站|本刊|版权人|著作权人){_RESTRICTED}"
    rf"|未经{_RESTRICTED}[^。！？!?]{{0,12}}?{_THIS_WORK}).*"
)
# a programme's credit: 本场直播由东川日报、东川日报网联合推出（，欢迎…）
CREDIT = (
    r"本(?:场|場|次|期|档|檔)?(?:图文直播|圖文直播|直播|访谈|訪談|节目|節目|专题|專題|栏目|欄目|报道|報道)"
    r"由[^。！？!?]{1,40}?(?:推出|出品|制作|製作|提供|主办|主辦|承办|承辦|策划|策劃|播出)"
    r"(?:[，,；;][^。！？!?]{0,40})?[。！!]?"
)
# who compiled the text, in brackets: （本文由某某研究所整理，仅供学习参考）
COMPILED = (
    r"[（(]\s*(?:本文|此文|文章|全文|以上内容|本材料)由[^（()）\n。]{1,40}?"
    r"(?:整理|编辑|編輯|编译|編譯|编写|編寫|摘编|摘編|撰写|撰寫|撰稿|供稿|提供)"
    r"(?:[，,；;][^（()）\n。]{0,30})?[）)]"
)
# an announcement's list of documents kept for inspection: ● 备查文件：…
FILED = r"[●•·■◆]?\s*(?:备查文件|備查文件)\s*[：:].+"
# a site's contact line: 投资者热线：… 传真：… 邮箱：…
_CONTACT_LABEL = (
    r"(?:投资者热线|投資者熱線|咨询电话|諮詢電話|联系电话|聯繫電話|热线|熱線|电话|電話|传真|傳真"
    r"|电子邮箱|電子郵箱|邮箱|郵箱|E-?mail"
    # a press release's: 媒体联系人：周航　电话：…
    r"|(?:媒体|媒體|新闻|新聞|投资者|投資者|采访|採訪)联系(?:人|方式)?|联系人|聯繫人)\s*[：:]"
)
# a value's word: no character of it opens a label, so 联系电话： is never read as a
# value ending in 联系 before the label 电话： (each line parses one way: no blow-up)
_CONTACT_WORD = rf"(?:(?!{_CONTACT_LABEL})[^\s：:])+"
# the office the numbers are for may open the line: 解读机关：东川市发改委　联系电话：…
_OFFICE_LABEL = r"[\u4e00-\u9fff]{1,6}(?:机关|機關|单位|單位|部门|部門)\s*[：:]"
CONTACT = (
    rf"(?:{_OFFICE_LABEL}\s*{_CONTACT_WORD}\s*)?"
    rf"(?:{_CONTACT_LABEL}\s*{_CONTACT_WORD}(?:\s+{_CONTACT_WORD})*?\s*)+"
)
# an office's postal and web address on a back cover (地址：…　邮编：…　网址：…): an
# address with a postcode, a website or an e-mail (a venue's address alone is text)
ADDRESS = (
    r"(?:通讯地址|通訊地址|地址)\s*[：:][^：:]{1,40}?"
    r"(?:邮编|郵編|邮政编码|郵政編碼|网址|網址|网站|網站|电子邮箱|電子郵箱|邮箱|郵箱|E-?mail)\s*[：:].*"
)
# a QR code's prompt to follow or download: 扫描二维码　关注研究院微信公众号, 扫码下载APP
QR_PROMPT = (
    r"[^。！？]{0,12}(?:扫描|掃描|扫一扫|掃一掃|扫码|掃碼|长按识别|長按識別)[^。！？]{0,20}"
    r"(?:关注|關注|公众号|公眾號|下载|下載|客户端|客戶端|APP|小程序|阅读原文|閱讀原文)[^。！？]{0,20}"
    # or to fetch the site's app: 下载东川制造网APP，随时随地找货源
    r"|(?:下载|下載)[^。！？]{0,20}(?:APP|App|app|客户端|客戶端)[^。！？]{0,20}"
)
# a site's copyright or licence line: Copyright © 2017 某某 版权所有 某ICP备…号
COPYRIGHT = r".*(?:Copyright|©|版权所有|版權所有|ICP备|ICP備|ICP证|ICP證).*"
# a microblog post's client line (2014-03-06 21:14 来自 iPhone客户端) or its counts
# (阅读 10万+, 转发 12 评论 3 赞 5)
_COUNT = r"\s*[：:]?\s*\d+(?:\.\d+)?[万萬]?\+?"
POST_LINE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}[ \t\u3000]*)?"
    r"(?:来自|來自)[ \t\u3000]+[^\s，。！？、；,.!?;]{1,20}"
    rf"|(?:(?:阅读|閱讀|浏览|瀏覽|转发|轉發|评论|評論|赞|讚){_COUNT}[ \t\u3000]*)+"
    # a forum post's edit stamp: 本帖最后由 某某 于 2014-3-6 21:15 编辑
    r"|(?:本帖|本貼)(?:最后|最後)由\s*\S{1,20}\s*于\s*[\d\-/: ]{8,20}\s*(?:编辑|編輯)"
    # an online editor's byline: 王磊 | 最后修改于 2013年3月18日 16:42 | 126 次阅读
    r"|[^\s|｜]{1,4}(?:[ \t\u3000][^\s|｜]{1,4})?[ \t\u3000]*[|｜][ \t\u3000]*"
    r"(?:最后|最後)?(?:修改|编辑|編輯|更新)于"
    r"[ \t\u3000]*\d{4}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?(?:[ \t\u3000]*\d{1,2}:\d{2})?"
    r"(?:[ \t\u3000]*[|｜][ \t\u3000]*\d+[ \t\u3000]*次(?:阅读|閱讀|浏览|瀏覽|查看))?"
)
_POST_LINE = re.compile(POST_LINE)
_CLOSING = re.compile(
    rf"(?P<cc>(?:{DISTRIBUTION}|{_BRIEFING_DISTRIBUTION}).{{1,300}})"
    rf"|(?P<filed>{FILED})"
    rf"|(?P<contact>{CONTACT})"
    rf"|(?P<address>{ADDRESS})"
    rf"|(?P<prompt>{QR_PROMPT})"
    rf"|(?P<copyright>{COPYRIGHT})"
    rf"|(?P<post>{POST_LINE})"
    rf"|(?P<issued>{ISSUED})"
    rf"|(?P<publicity>{PUBLICITY})"
    rf"|(?P<date>{SIGNED_DATE})"
    rf"|(?P<source>{_NOTE})"
    rf"|(?P<original_title>{ORIGINAL_TITLE})"
    rf"|(?P<credit>{CREDIT}|{COMPILED})"
    rf"|(?P<disclaimer>{DISCLAIMER})",
    re.S,
)
_CREDIT = re.compile(CREDIT)
# a site's disclaimer set as a paragraph under its label (版权声明：凡本网注明…, 免责声明：本网
# 转载的作品…): longer than a metadata line, named by a label the text's own paragraphs lack
_DISCLAIMER_PARAGRAPH = re.compile(
    rf"(?:{_DISCLAIMER_LABELS})\s*[：:].+"
    rf"|[【\[［]\s*(?:{_DISCLAIMER_LABELS})\s*[】\]］]\s*[：:]?.+",  # 【免责声明】…
    re.S,
)
DISCLAIMER_PARAGRAPH_MAX = 400  # a disclaimer is a few sentences, not an article's section


# a meeting's attendance after its minutes: 出席：李明华（市政府副市长）、…; 请假：…; 记录：…
_ATTENDANCE = re.compile(
    r"(?:出席|列席|请假|缺席|记录|记录人|参加|参会|与会)(?:人员|会议人员|单位)?\s*[：:]\s*"
    r"(?P<names>[^。！？；;]{2,})"
)
# a person named with the unit they come from: 张卫东（市政府副秘书长）
_NAMED_WITH_UNIT = re.compile(r"[\u4e00-\u9fff·]{2,4}\s*[（(][^）)]{2,20}[）)]")
ATTENDANCE_MAX = 400  # a long list of names and units, never a paragraph's argument


def attendance(s: str, offset: int) -> list[MetaItem] | None:
    """A line of a meeting's attendance (出席：…、…, 请假：…, 记录：…) among the minutes'
    closing lines: who came, not what was decided. Names, their units in brackets,
    parted by 、 or commas, no sentence."""
    m = _ATTENDANCE.fullmatch(s)
    if len(s) > ATTENDANCE_MAX or m is None:
        return None
    names = re.sub(r"[（(][^）)]*[）)]", "", m["names"])  # units: 市民政局，外出学习
    pieces = [n for n in re.split(r"[、，,\s]+", names) if n]
    if any(len(n) > _ATTENDEE_CHARS for n in pieces):
        return None  # a clause among the names: a sentence, not a list
    # names with their units, or bare names: 会议认为，… has neither
    if not _NAMED_WITH_UNIT.search(m["names"]) and any(len(n) > _NAME_CHARS for n in pieces):
        return None
    return whole_line(s, offset, "attendance")


_ATTENDEE_CHARS = 14  # a name, or a body attending as one (各县（区）政府分管负责同志)
_NAME_CHARS = 4


def disclaimer_paragraph(s: str, offset: int) -> list[MetaItem] | None:
    """A paragraph that is only a site's labelled disclaimer (版权声明：…, 免责声明：…)."""
    if len(s) > DISCLAIMER_PARAGRAPH_MAX or _DISCLAIMER_PARAGRAPH.fullmatch(s) is None:
        return None
    return whole_line(s, offset, "disclaimer")


# a page's breadcrumb printed with it: 数据中心 / 政策研究 / 学习笔记 / 标题, 首页 > 新闻 >
# 正文, 当前位置：首页 > …
_CRUMB_GAP = r"[ \t\u3000]+[/／>＞›»][ \t\u3000]+|[ \t\u3000]*[>＞›»][ \t\u3000]*"
_CRUMB = r"[^\s/／>＞›»。，！？；,.!?;][^/／>＞›»。，！？；!?;]{0,30}?"
_BREADCRUMB = re.compile(
    rf"(?:(?:当前位置|您的位置|您现在的位置|当前页面)\s*[：:]\s*)?{_CRUMB}(?:(?:{_CRUMB_GAP}){_CRUMB}){{2,}}"
)


def breadcrumb_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a page's breadcrumb (three or more places, each under the
    one before: 首页 > 新闻 > 正文, 数据中心 / 政策研究 / 学习笔记)."""
    if not _BREADCRUMB.fullmatch(s.strip()):
        return None
    places = re.split(_CRUMB_GAP, s.strip())
    if any(re.search(r"\d", place) for place in places[:-1]):
        return None  # 经济增长 7.5% / 物价 3.5% / …: figures, not places (the page is last)
    return whole_line(s, offset, "breadcrumb")


_DOC_NUMBER = re.compile(DOC_NUMBER)


# a standard's cover lines (GB/T 1.1): its ICS and CCS codes, its code and number
# (GB/T 19001—2016, T/DCFZ 003—2015, DB33/T 123—2020), its kind (团体标准), the dates it
# was issued and takes effect, and who issued it (…协会发布)
_STANDARD_CODE = r"(?:GB|GB/T|GB/Z|DB\d{2}(?:/T)?|T/[A-Z]{2,10}|Q/[A-Z0-9]{2,10}|[A-Z]{2}/T)"
_ISO_DATE = r"\d{4}\s*[-－]\s*\d{1,2}\s*[-－]\s*\d{1,2}"
STANDARD_LINE = re.compile(
    r"ICS\s*\d{2}(?:\.\d{2,3}){0,2}|CCS\s*[A-Z]\s*\d{2}"
    rf"|{_STANDARD_CODE}(?:\s*\d{{1,6}}(?:\.\d{{1,4}})*(?:\s*[—－-]\s*\d{{4}})?)?"
    r"|(?:中华人民共和国)?(?:国家|行业|地方|团体|企业)标准"
    rf"|{_ISO_DATE}\s*发布[\s\u3000]*{_ISO_DATE}\s*实施"
    r"|[\u4e00-\u9fff（）()]{2,40}?(?:协会|學會|学会|联合会|委员会|总局|局|部|院|中心|公司)\s*发\s*布"
)


# a standard's preface closes with who proposed it, who drafted it and who wrote it
# (GB/T 1.1): 本标准由…提出并归口。本标准起草单位：…。本标准主要起草人：…。
_DRAFTING_SENTENCE = re.compile(
    r"本(?:标准|標準|规范|規範|文件|部分)"
    r"(?:由[^。]{1,80}(?:提出|归口|歸口|起草|批准)[^。]{0,40}"
    r"|(?:主要)?起草(?:单位|單位|人)\s*[：:][^。]{1,160}"
    r"|[^。]{0,40}(?:首次发布|首次發布|代替)[^。]{0,80})。"
)
_SENTENCE_CUT = re.compile(r"(?<=。)\s*")


def drafting_paragraph(s: str, offset: int) -> list[MetaItem] | None:
    """A paragraph of a standard's preface that only says who proposed, drafted and
    wrote it, naming its drafters (起草): the standard's record (``standard``), not its
    text. Each sentence is matched alone (one pass over the paragraph); a provision
    such as 本文件由…负责解释。 is the text's."""
    text = s.strip()
    sentences = [t for t in _SENTENCE_CUT.split(text) if t]
    if "起草" not in text or not all(_DRAFTING_SENTENCE.fullmatch(t) for t in sentences):
        return None
    return whole_line(s, offset, "standard")


def standard_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line of a standard's cover: its codes, number, kind, dates or issuer."""
    return whole_line(s, offset, "standard") if STANDARD_LINE.fullmatch(s.strip()) else None


def official_head_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line of an official document's 版头: its copy number, secrecy or urgency mark,
    or the issuer's mark (东川市人民政府办公室文件)."""
    m = OFFICIAL_HEAD.fullmatch(s.strip())
    if m is None:
        return None
    return whole_line(s, offset, "issuer_mark" if m.group("issuer") else "official_mark")


# a series' issue line on a report's or briefing's cover: 研究报告　2016年第7期（总第59期）
_ISSUE_LINE = re.compile(
    r"[^\s。！？，,]{0,12}\s*(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期"
    r"\s*(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?\s*"
)


# a form's field left for the office to fill: 项目编号：＿＿＿＿（由管理部门填写）
_BLANK_FIELD = re.compile(
    r"[^\s：:。，]{1,12}[：:][\s_＿\u3000]*[_＿]{3,}[\s_＿\u3000]*(?:[（(][^）)]{0,20}[）)])?\s*"
)
# a form's instructions, before it or boxed on its cover: 填报说明：1．…
_INSTRUCTIONS = re.compile(r"\s*(?:填报|填表|填写|编写|申报)(?:说明|須知|须知)\s*[：:]")
INSTRUCTIONS_MAX = 600  # instructions are a few numbered sentences, not a section


# a paper's first-page note, as a footnote: 收稿日期：…；基金项目：…；作者简介：…
_PAPER_NOTE = re.compile(
    r"\s*[*∗†]?\s*(?:收稿日期|修回日期|基金项目|基金項目|作者简介|作者簡介|通信作者|通讯作者|通訊作者"
    # a research group's note on who it is (*课题组组长：…；执笔：…)
    r"|课题组组长|课题负责人|课题主持人|课题组成员|执笔人?)\s*[：:]"
)
PAPER_NOTE_MAX = 400  # a few labelled items, not a note's argument


def paper_note(s: str, offset: int) -> list[MetaItem] | None:
    """A journal paper's note on when it came and who wrote it (收稿日期：…；作者简介：…),
    a research group's on who it is (课题组组长：…): about the paper, not its text."""
    if len(s) > PAPER_NOTE_MAX or _PAPER_NOTE.match(s) is None:
        return None
    return whole_line(s, offset, "paper_note")


def blank_field(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a form's field left blank (项目编号：＿＿＿＿（由管理部门填写））."""
    return whole_line(s, offset, "form_field") if _BLANK_FIELD.fullmatch(s) else None


def instructions(s: str, offset: int) -> list[MetaItem] | None:
    """A form's filling instructions (填报说明：1．…；2．…): how to fill it in, not its
    text."""
    if len(s) > INSTRUCTIONS_MAX or _INSTRUCTIONS.match(s) is None:
        return None
    return whole_line(s, offset, "instructions")


def issue_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a series' issue (研究报告　2016年第7期（总第59期））."""
    return whole_line(s, offset, "issue") if _ISSUE_LINE.fullmatch(s) else None


def number_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only an official document's number: 东发改〔2014〕58号."""
    return whole_line(s, offset, "document_number") if _DOC_NUMBER.fullmatch(s) else None


def closing_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line of an official document's closing record (抄送：…, …印发), its date or
    its publicity note (（此件主动公开）), an article's
    publication note, original title, credit or site disclaimer, or a line of metadata
    labels (来源：…, 责任编辑：…) as news items end with."""
    m = _CLOSING.fullmatch(s)
    if m is None or m.lastgroup is None:
        return parse_meta(s, offset, False) or bracketed_meta(s, offset)
    return whole_line(s, offset, m.lastgroup)


_BRACKETS = {"（": "）", "(": ")", "【": "】", "[": "]"}


def bracketed_meta(s: str, offset: int) -> list[MetaItem] | None:
    """A line of metadata labels in brackets, as an article's closing credit is set
    (（供稿：党委宣传部 审核：周立）, （集团党群工作部 供稿）): one item, the whole line,
    keyed as its first label."""
    if len(s) < 3 or _BRACKETS.get(s[0]) != s[-1]:
        return None
    items = parse_meta(s[1:-1].strip(), offset + 1, False)
    if items is None:
        return None
    return whole_line(s, offset, items[0].key)


# a QR code's prompt to the publisher's own (its account, app, the document's electronic
# copy or files): 扫描二维码，阅读报告电子版, 扫描上方二维码，获取本课程课件
_PROMPT_LINE = re.compile(
    r"[^。！？]{0,12}(?:二维码|二維碼|扫码|掃碼|扫一扫|掃一掃|长按识别|長按識別)[^。！？]{0,20}?"
    r"(?:关注|關注|公众号|公眾號|APP|App|客户端|客戶端|小程序|电子版|電子版|原文|全文|课件|課件"
    r"|下载|下載)[^。！？]{0,24}"
)
_NUMBERED_STEP = re.compile(r"\s*(?:\d{1,2}\s*[.．、)）]|[（(]\d{1,2}[)）]|[①-⑳])")


def prompt_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a QR code's prompt to the publisher's own (扫描二维码，关注…,
    扫码下载APP, …阅读报告电子版): the publisher's, wherever it stands; a numbered step of
    a guide (2. 扫描…二维码查看…) is the text's."""
    if _NUMBERED_STEP.match(s) or not _PROMPT_LINE.fullmatch(s.strip()):
        return None
    return whole_line(s, offset, "prompt")


# a file's stamp of the tool or build that made it: 本文档由 DCUThesis v3.1 模板生成（示例
# 文件）, 本文件由持续集成自动构建：提交 3f9a2c1…, 草稿 v0.9，编译于 2014年10月8日
_BUILD_STAMP = re.compile(
    r"(?:本|此)(?:文档|文檔|文件|文本|手册|手冊|说明书|说明|页面)由[^，。,；;]{1,40}?"
    r"(?:模板|模版|自动|工具|系统|系統|持续集成|[A-Za-z][\w.-]*)[^，。,；;]{0,10}?"
    r"(?:生成|构建|編譯|编译|导出|轉換|转换).{0,60}"
    r"|(?:草稿|初稿|draft|[Vv]\d).{0,20}(?:编译|編譯|构建|生成)于\s*(?:19|20)\d{2}\s*[年\-/.].{0,40}"
)
_BUILD_STAMP_MAX = 80
# a line of a README's badges: [build: passing] [coverage: 87%] [license: Apache-2.0]
_BADGES = re.compile(r"(?:\[[A-Za-z][\w .-]{0,19}[：:]\s*[^\[\]]{1,24}\]\s*){2,}")
# a line that is only an attached file's name (an editor's attachment card)
# (the file's name alone, no spaces in it, marked as a card: a clip before it, or its
# size or a download link after it; pip install -r requirements.txt is a command)
_FILE_NAME = (
    r"[^\s。，；！？][^\s。，；！？]{0,60}\.(?:xlsx?|docx?|pptx?|pdf|wps|et|zip|rar|7z|csv|txt)"
)
_FILE_SIZE = r"\s*[（(]?\s*\d+(?:\.\d+)?\s*[KMG]B\s*[)）]?"
_FILE_LINK = r"\s*[·|｜]?\s*(?:点击)?(?:下载|预览|查看)"
_FILE_CARD = re.compile(
    rf"📎\s*{_FILE_NAME}(?:{_FILE_SIZE})?(?:{_FILE_LINK})?"
    rf"|{_FILE_NAME}(?:{_FILE_SIZE}(?:{_FILE_LINK})?|{_FILE_LINK})",
    re.I,
)


# a template's note to whoever fills it in, in its own brackets: 〔填写说明：…〕,
# 〔在此处填写参考资料清单〕
_TEMPLATE_NOTE = re.compile(
    r"[〔［]\s*(?:填写说明|填報說明|填报说明|编写说明|編寫說明|写作说明|在此处填写|此处填写"
    r"|请在此处?填写|请填写|請填寫)[^〔〕［］]*[〕］]"
)
TEMPLATE_NOTE_MAX = 200


def template_note(s: str, offset: int) -> list[MetaItem] | None:
    """A template's bracketed note to whoever fills it in (〔填写说明：…〕), left in
    the document: the template's, not the text."""
    if len(s) > TEMPLATE_NOTE_MAX or _TEMPLATE_NOTE.fullmatch(s.strip()) is None:
        return None
    return whole_line(s, offset, "instructions")


# a template's page of instructions, under its heading: 模板使用说明（正式发布前请删除本页）
TEMPLATE_HEADING = re.compile(
    r".{0,30}(?:发布|使用|提交|定稿|印发)前请?删除本页.{0,10}|.{0,10}模板(?:使用|填写|编写)?说明.{0,4}"
    r"[（(][^（()）]{0,20}删除[^（()）]{0,10}[)）]"
)


def stamp_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a file's build stamp (…由…模板生成, …编译于 2014年…), a row of
    badges, or an attached file's card (台账.xlsx): about the file, wherever it stands."""
    line = s.strip()
    if len(line) <= _BUILD_STAMP_MAX and _BUILD_STAMP.fullmatch(line):
        return whole_line(s, offset, "generated")
    if _BADGES.fullmatch(line):
        return whole_line(s, offset, "badges")
    return file_card(s, offset)


def file_card(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only an attached file's card: 📎台账.xlsx, 台账.xlsx 48.6 KB · 点击下载."""
    return whole_line(s, offset, "attachment") if _FILE_CARD.fullmatch(s.strip()) else None


def post_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a microblog post's client line or counts: 来自 iPhone客户端."""
    if _POST_LINE.fullmatch(s) is None:
        return None
    return whole_line(s, offset, "post")


# a controlled copy's stamp on a procedure's first page: 受控文件, 分发号：016
_CONTROL_STAMP = re.compile(
    r"\s*(?:非)?受控(?:文件|副本|文档|文檔|本)"
    r"|\s*(?:分发号|分發號|发放号|發放號|受控号|受控號|受控状态|受控狀態)\s*[：:]\s*\S{1,20}\s*"
)


def control_stamp(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a controlled copy's stamp (受控文件, 分发号：016): how the copy
    was issued, not the document's text."""
    if _CONTROL_STAMP.fullmatch(s) is None:
        return None
    return whole_line(s, offset, "document_control")


def credit_line(s: str, offset: int) -> list[MetaItem] | None:
    """A line that is only a programme's credit: 本场直播由东川日报联合推出。"""
    if _CREDIT.fullmatch(s) is None:
        return None
    return whole_line(s, offset, "credit")


# a post's count and nothing else: 1024, 10万+, 88次 (阅读3本书的体会 is a title)
_COUNT_VALUE = re.compile(r"\d+(?:\.\d+)?[万萬]?\+?次?")


# a version's value: V2.3, A/1, 2.0.1, 第2版 (not 版本：本次更新修复了…)
_VERSION_VALUE = re.compile(
    # 2.0.1, V2.3, a version line's 1.x
    r"[A-Za-z]{0,2}\s*\d{1,4}(?:[./](?:\d{1,4}|x))*[A-Za-z]?|[A-Z]\s*/\s*\d{1,3}"
    r"|第?\s*[一二三四五六七八九十\d]{1,3}\s*版"
)


def _value_fits(key: str, label: str, value: str) -> bool:
    """Labels without a colon say what follows only when a date or count follows:
    发表于 2017-03-08, 阅读 1024 (not 更新于2024年的个税政策解读, 阅读 3 本书)."""
    if key == "post":
        return _COUNT_VALUE.fullmatch(value) is not None
    if key == "version":
        return _VERSION_VALUE.fullmatch(value.strip()) is not None
    if key == "date" and label[-1:] not in COLONS:
        return _TIMESTAMP.fullmatch(value) is not None
    return True


def _meta_item(s: str, pos: int, offset: int, strict: bool) -> MetaItem | None:
    ts = _TIMESTAMP.match(s, pos)
    if ts and not strict and (ts.end() == len(s) or s[ts.end()].isspace()):
        return MetaItem(zh=ts.group(), start=offset + pos, end=offset + ts.end(), key="date")
    m = _META_LABEL.match(s, pos)
    if m is None or m.lastgroup is None:
        return None
    label = m.group().rstrip()
    if strict and label[-1:] not in COLONS:
        return None
    nxt = _META_LABEL.search(s, m.end())
    vend = nxt.start() if nxt else len(s)
    vs, ve = m.end(), vend
    while vs < ve and s[vs].isspace():
        vs += 1
    # a mark before the next item opens that item's span; one ending the line stays here
    while ve > vs and (s[ve - 1].isspace() or (nxt is not None and s[ve - 1] in _GAP_MARKS)):
        ve -= 1
    value = s[vs:ve]
    if not value or len(value) > _META_VALUE_MAX or any(c in "。！？!?；" for c in value):
        return None
    if not _value_fits(m.lastgroup, label, value):
        return None
    return MetaItem(zh=value, start=offset + pos, end=offset + ve, key=m.lastgroup, label=label)
