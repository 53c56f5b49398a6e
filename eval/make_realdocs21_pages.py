# ruff: noqa: E501  (OOXML snippets, HTML templates and SOURCE.md rows are kept on one line each)
"""Make the DOCX and HTML documents h01-h06 of ``realdocs-made21`` and their gold.

A twenty-first set of development documents, made blind (without looking at the readers
or running them), each a pattern common in real Chinese files that the earlier sets
lack; the other documents of the set (g01-g06) come from their own maker. The texts come
only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, labels,
names, dates, notes and furniture are written here; people, places, companies and sites
are made up; the markup follows general knowledge of how such files and sites are built,
not any real file or page):

- ``h01_docx_gdocs_export.docx`` (gwr 2016): a 推进方案 as Google Docs exports it: a
  package written whole (no docProps, no theme, no header or footer), Google's own
  ``styles.xml`` (docDefaults Arial 11 pt, line 276, styles ``Normal``/``Title``/
  ``Subtitle``/``Heading1``-``Heading6`` named ``normal``/``Title``/``heading 1``…,
  without outline levels, table style ``Table1``), every paragraph with
  ``w14:paraId`` ``00000001``… and zero rsids, every run with direct font, colour and
  size (``w:val="1"`` booleans, ``w:rtl w:val="0"``), pasted body runs on a white
  ``w:shd``, the title (Title) and a subtitle line (Subtitle), headings Heading1-3 with
  ``_gjdgxs``-like bookmarks, a numbered list (``%1.``) and a bulleted list (``●``/``○``)
  from ``numbering.xml``, a hyperlink inside a body passage's first 18 characters, a
  bold lead and a yellow highlight, a Google table (``9360.0``-style widths, ``tcMar``),
  a VML ``o:hr`` horizontal rule before a 附：相关链接 block of linked bullets;
- ``h02_docx_feishu_weekly.docx`` (gwr 2017): a 周报 exported from a Feishu/钉钉-like
  online editor: the title a big bold Normal paragraph (no Title style), a two-column
  metadata table under it (负责人/日期/状态, label cells shaded), Heading 1/2 paragraphs
  whose text opens with an emoji (``📌 一、本周进展``), checklist items as ``☑``/``☐``
  glyph runs (done items grey) before whole report paragraphs, two quote paragraphs (left
  border, grey), two callout boxes exported as one-cell shaded tables holding a
  ``💡`` 提示 note;
- ``h03_notion_export.html`` (gwr 2015): a Notion page export: ``<article class="page
  sans">``, ``<header>`` with the page icon, ``<h1 class="page-title">`` and the
  properties table (创建时间/标签), ``<div class="page-body">`` with ``<h1>``/``<h2>``/
  ``<h3>`` as section levels 1-3, ``<p class="">`` blocks, a ``<figure class="callout">``
  提示, toggles (``<ul class="toggle"><li><details open=""><summary>``) holding body
  paragraphs, a ``<table class="simple-table">``, one-item ``<ul class="bulleted-list">``
  lists, a divider, Notion's print CSS in ``<head>``;
- ``h04_confluence_kb_page.html`` (gwr 2014): a Confluence-like wiki page: app header,
  page tree sidebar, breadcrumbs, ``<h1 id="title-text">``, the 由…创建, 最后修改于…
  line, ``#main-content`` with a ``toc-macro`` (links to the sections), a
  ``confluence-information-macro-note`` panel (注意 …), ``<h1>``/``<h2>`` sections
  (levels 1/2), a ``confluenceTable``; below the content likes, page labels, the
  comments section (``<h2>`` 2 评论, two comments, the comment box) and the footer;
- ``h05_zhihu_column_article.html`` (gwr 2013): a Zhihu-column-like article: column
  header, title image, ``<h1 class="Post-Title">``, author card (badge, 关注), 赞同
  count, 发布于 line, the content in ``<div class="RichText ztext Post-RichText">``:
  ``<p data-pid>`` paragraphs, ``<h2>`` subheads (level 1), ``<blockquote>`` quotes of
  the report (body), ``<figure>`` with ``<figcaption>``; the 编辑于 line, topics, the
  赞同/评论/分享/喜欢/收藏 action bar, 还没有评论 block, 文章被以下专栏收录, 推荐阅读
  cards, the login modal markup at the end of ``<body>``, ``js-initialData`` JSON;
- ``h06_gov_release_print_gb2312.html`` (gwr 2016): the print-friendly page (打印版,
  ``<body onload="window.print()">``) of a government news release, GB2312 bytes under
  ``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">``: the title
  in ``<h2>`` (no ``<h1>``), ``<div class="date">发布时间：…　来源：…</div>``, ``<p>``
  paragraphs with typed ``　　`` indents, some holding two paragraphs separated by
  ``<br>``, ``<p><b>一、…</b></p>`` subheads (level 1), the 附件 list, 【关闭】【打印】
  links and the site's footer text in a ``<div>``.

Gold is written from what each builder put in the document, decided as a reader reads it
in Word or in a browser, never from reader output; every string of the gold is checked
against the document: for the DOCX against the XML text and a LibreOffice rendering
(``soffice --headless --convert-to pdf`` must succeed; emoji, which the rendering host
has no font for, are left out of that comparison), for the pages against the text a
browser shows. Run once; the outputs are committed:

    python eval/make_realdocs21_pages.py [--out eval/data/realdocs-made21] [--only h01 ...]
"""

from __future__ import annotations

import json
import re
import sys
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs3_files as third
import make_realdocs8_files as prev8
import make_realdocs9_files as prev9
import make_realdocs20_pages as prev20

ROOT = Path(__file__).resolve().parents[1]
MINE = ("h01_", "h02_", "h03_", "h04_", "h05_", "h06_")
Gold = dict[str, Any]
esc = prev20.esc
norm = prev20.norm
gwr = prev20.gwr
make_gold = prev20.make_gold
page_gold = prev20.page_gold
shown_text = prev20.shown_text
ASTRAL = re.compile("[\U00010000-\U0010ffff\ufe0f]")


def bare(s: str) -> str:
    """``s`` without emoji (astral characters, variation selectors): the rendering host
    has no emoji font, so LibreOffice prints nothing for them."""
    return ASTRAL.sub("", s)


def check_docx(name: str, gold: Gold, body: list[str], have: str, printed: str) -> None:
    """Every gold string is in the DOCX text (``have``) and printed (emoji aside);
    passages in order in the body and in print; boilerplate not in the body."""
    third.no_clash(name, body, gold)
    third.check_in(name, have, gold)
    shown = {
        "title": bare(gold["title"]),
        "headings": [{"text": bare(h["text"]), "level": h["level"]} for h in gold["headings"]],
        "must_have": gold["must_have"],
        "must_not_have": [bare(s) for s in gold["must_not_have"]],
        "running": [],
    }
    third.check_in(name, bare(printed), shown)
    assert prev8.in_order(printed, gold["must_have"]), name
    assert prev8.in_order("\n".join(body), gold["must_have"]), name


def uid(*parts: object) -> str:
    """A stable UUID for the ids of the made pages."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "realdocs21/" + "/".join(map(str, parts))))


# --------------------------------------------------- h01 Google Docs export (DOCX)

H01_YEAR = 2016
H01_TITLE = "东川市2016年重点工作推进方案"
H01_SUB = "市政府办公室综合处　共享讨论稿（2016年3月15日更新）"
H01_LINK = "https://docs.google.com/document/d/1qL7vR3mXc9TgZ2pN8bKwY5sHdE4uJ6aFo0iVtQyCeWn/edit"
H01_LINKS = [
    (
        "东川市国民经济和社会发展第十三个五年规划纲要（全文）",
        "https://docs.google.com/document/d/1Zp4kT8wQe2RyU6iOa9sDf3GhJ7lXc5VbN0mMnB1vCxE/edit",
    ),
    (
        "2016年重点工作任务分工表（在线表格）",
        "https://docs.google.com/spreadsheets/d/1Hk2Lm8Nb3Vc4Xz5Qa6Ws7Ed8Rf9Tg0Yh1Uj2Ik3Ol4P/edit#gid=0",
    ),
]
H01_TABLE = [
    ("指标", "2016年预期目标", "责任单位"),
    ("广义货币M2增长", "13%左右", "人民银行东川市中心支行"),
    ("社会融资规模余额增长", "13%左右", "市金融办"),
    ("财政赤字率", "3%", "市财政局"),
]
# Google names heading bookmarks with generated ids like these
H01_MARKS = ["_gjdgxs", "_30j0zll", "_1fob9te", "_3znysh7", "_2et92p0", "_tyjcwt", "_3dy6vkm",
             "_1t3h5sf", "_4d34og8", "_2s8eyo1", "_17dp8vu", "_3rdcrjn"]  # fmt: skip
# (kind, text or gwr pick, level): p body, h heading, num numbered item, bul bullet
H01_OUTLINE: list[tuple[str, Any, int]] = [
    ("p", ("三、", 0), 0),
    ("h", "一、保持经济运行在合理区间", 1),
    ("h", "（一）积极的财政政策", 2),
    ("p", ("（一）", 1), 0),
    ("p", ("（一）", 2), 0),
    ("h", "（二）稳健的货币政策", 2),
    ("p", ("（一）", 4), 0),
    ("table", None, 0),
    ("p", ("（一）", 5), 0),
    ("h", "二、加强供给侧结构性改革", 1),
    ("p", ("（二）", 0), 0),
    ("h", "（一）重点任务", 2),
    ("num", ("（二）", 3), 0),
    ("num", ("（二）", 5), 0),
    ("num", ("（二）", 6), 0),
    ("h", "（二）创业创新", 2),
    ("p", ("（二）", 2), 0),
    ("h", "三、深挖国内需求潜力", 1),
    ("h", "（一）消费和投资", 2),
    ("h", "1. 增强消费拉动作用", 3),
    ("p", ("（三）", 1), 0),
    ("h", "2. 发挥有效投资作用", 3),
    ("p", ("（三）", 2), 0),
    ("h", "（二）新型城镇化和区域发展", 2),
    ("bul", ("（三）", 3), 0),
    ("bul", ("（三）", 4), 1),
]
H01_KEEP = {("（一）", 1), ("（一）", 5), ("（二）", 3), ("（三）", 2), ("（三）", 4)}
H01_BOLD_LEAD = ("（一）", 2)
H01_HIGHLIGHT = ("（一）", 4)

G_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" mc:Ignorable="w14"'
)
G_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
G_FONT = "Microsoft YaHei"
G_HEADING_STYLES = [
    # styleId, name, before, after, size (half points), colour
    ("Heading1", "heading 1", 400, 120, 40, ""),
    ("Heading2", "heading 2", 360, 120, 32, ""),
    ("Heading3", "heading 3", 320, 80, 28, "434343"),
    ("Heading4", "heading 4", 280, 80, 24, "666666"),
    ("Heading5", "heading 5", 240, 80, 22, "666666"),
    ("Heading6", "heading 6", 240, 80, 22, "666666"),
]


def g_styles() -> str:
    """``styles.xml`` as Google Docs writes it: its own docDefaults and a short list of
    styles (no latent styles, no outline levels on the headings)."""
    heads = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        f'<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="{after}" w:before="{before}" w:lineRule="auto"/></w:pPr>'
        + "<w:rPr>"
        + ('<w:i w:val="1"/>' if sid == "Heading6" else "")
        + (f'<w:color w:val="{color}"/>' if color else "")
        + f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        + "</w:rPr></w:style>"
        for sid, name, before, after, sz, color in G_HEADING_STYLES
    )
    return (
        G_DECL + f"<w:styles {G_NS}>"
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
        '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="zh-CN"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style>'
        + heads
        + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/>'
        '<w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>'
        '<w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" w:before="0" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/>'
        '<w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        "</w:styles>"
    )


def g_numbering() -> str:
    """``numbering.xml`` as Google writes it: a bullet list (``●○■`` repeated over the
    nine levels) and a numbered list (``%1.`` decimal, ``%2.`` lowerLetter, ``%3.``
    lowerRoman, …), indents 720 twips a level."""

    def lvl(k: int, fmt: str, text: str) -> str:
        jc = "right" if fmt == "lowerRoman" else "left"
        return (
            f'<w:lvl w:ilvl="{k}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'<w:lvlJc w:val="{jc}"/><w:pPr><w:ind w:left="{720 * (k + 1)}" w:hanging="360"/></w:pPr>'
            '<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
        )

    bullets = "".join(lvl(k, "bullet", "●○■"[k % 3]) for k in range(9))
    fmts = ("decimal", "lowerLetter", "lowerRoman")
    numbers = "".join(lvl(k, fmts[k % 3], f"%{k + 1}.") for k in range(9))
    return (
        G_DECL + f"<w:numbering {G_NS}>"
        f'<w:abstractNum w:abstractNumId="1"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="hybridMultilevel"/>{bullets}</w:abstractNum>'
        f'<w:abstractNum w:abstractNumId="2"><w:nsid w:val="5E6F7A8B"/><w:multiLevelType w:val="hybridMultilevel"/>{numbers}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
        "</w:numbering>"
    )


def g_rpr(
    size: int = 24,
    color: str = "000000",
    bold: bool = False,
    extra: str = "",
    shade: bool = False,
) -> str:
    """Google's direct run properties: font, weight, colour, size on every run."""
    return (
        f'<w:rPr><w:rFonts w:ascii="{G_FONT}" w:cs="{G_FONT}" w:eastAsia="{G_FONT}" w:hAnsi="{G_FONT}"/>'
        + ('<w:b w:val="1"/>' if bold else "")
        + f'<w:color w:val="{color}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{extra}'
        + ('<w:shd w:fill="ffffff" w:val="clear"/>' if shade else "")
        + '<w:rtl w:val="0"/></w:rPr>'
    )


def g_run(text: str, props: str) -> str:
    return f'<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000">{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


class GDoc:
    """Google-export paragraphs, numbered with ``w14:paraId`` in order."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def p(self, ppr: str, runs: str) -> None:
        self.n += 1
        self.parts.append(
            f'<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000" w14:paraId="{self.n:08X}">'
            f"<w:pPr>{ppr}<w:rPr/></w:pPr>{runs}</w:p>"
        )


def g_table(rows: list[tuple[str, ...]]) -> str:
    """A Google table: own table style, explicit borders, fixed layout, ``tcMar``."""
    width = 9026 // len(rows[0])
    bd = "".join(
        f'<w:{s} w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in rows[0])
    out = [
        f'<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="{width * len(rows[0])}.0" w:type="dxa"/><w:jc w:val="left"/>'
        f'<w:tblBorders>{bd}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
    ]
    for k, row in enumerate(rows):
        cells = "".join(
            '<w:tc><w:tcPr><w:shd w:fill="'
            + ("f3f3f3" if k == 0 else "auto")
            + '" w:val="clear"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
            '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>'
            '<w:p w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000">'
            '<w:pPr><w:widowControl w:val="0"/><w:spacing w:line="240" w:lineRule="auto"/><w:rPr/></w:pPr>'
            f"{g_run(c, g_rpr(21, '000000', k == 0))}</w:p></w:tc>"
            for c in row
        )
        out.append(
            f'<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>{cells}</w:tr>'
        )
    out.append("</w:tbl>")
    return "".join(out)


def g_package(document: str, links: list[str]) -> dict[str, str]:
    """The parts of a Google Docs export (hyperlink targets in ``links``, rId5 on)."""
    rels = "".join(
        f'<Relationship Id="rId{k}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target={quoteattr(u)} TargetMode="External"/>'
        for k, u in enumerate(links, 5)
    )
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    return {
        "[Content_Types].xml": G_DECL
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default ContentType="application/xml" Extension="xml"/>'
        '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
        f'<Override ContentType="{main}.settings+xml" PartName="/word/settings.xml"/>'
        f'<Override ContentType="{main}.fontTable+xml" PartName="/word/fontTable.xml"/>'
        f'<Override ContentType="{main}.numbering+xml" PartName="/word/numbering.xml"/>'
        f'<Override ContentType="{main}.styles+xml" PartName="/word/styles.xml"/>'
        f'<Override ContentType="{main}.document.main+xml" PartName="/word/document.xml"/>'
        "</Types>",
        "_rels/.rels": G_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
        "word/_rels/document.xml.rels": G_DECL
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        f"{rels}</Relationships>",
        "word/document.xml": document,
        "word/styles.xml": g_styles(),
        "word/numbering.xml": g_numbering(),
        "word/settings.xml": G_DECL
        + f'<w:settings {G_NS}><w:displayBackgroundShape w:val="1"/><w:embedSystemFonts w:val="1"/><w:defaultTabStop w:val="720"/>'
        '<w:compat><w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>',
        "word/fontTable.xml": G_DECL
        + f'<w:fonts {G_NS}><w:font w:name="Arial"/><w:font w:name="{G_FONT}"/></w:fonts>',
    }


def build_gdocs(path: Path) -> Gold:
    import docx

    doc = GDoc()
    marks = iter(enumerate(H01_MARKS))
    links: list[str] = []

    def link(text: str, url: str, size: int = 24) -> str:
        links.append(url)
        rid = f"rId{4 + len(links)}"
        props = g_rpr(size, "1155cc", extra='<w:u w:val="single"/>')
        return f'<w:hyperlink r:id="{rid}">{g_run(text, props)}</w:hyperlink>'

    def bookmark() -> str:
        k, name = next(marks)
        return f'<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="{name}" w:id="{k}"/><w:bookmarkEnd w:id="{k}"/>'

    body_ppr = '<w:spacing w:after="160" w:before="0" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="480"/><w:jc w:val="both"/>'
    doc.p(
        '<w:pStyle w:val="Title"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:spacing w:after="60" w:before="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
        bookmark() + g_run(H01_TITLE, g_rpr(44, "000000", True)),
    )
    doc.p(
        '<w:pStyle w:val="Subtitle"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:spacing w:after="320" w:before="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
        g_run(H01_SUB, g_rpr(24, "666666")),
    )
    body: list[str] = []
    must: list[str] = []
    headings: list[tuple[str, int]] = []
    numbered: list[str] = []
    for kind, what, level in H01_OUTLINE:
        if kind == "h":
            size, color = {1: (32, "000000"), 2: (28, "000000"), 3: (26, "434343")}[level]
            spacing = {1: (400, 120), 2: (360, 120), 3: (320, 80)}[level]
            doc.p(
                f'<w:pStyle w:val="Heading{level}"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
                f'<w:spacing w:after="{spacing[1]}" w:before="{spacing[0]}" w:line="240" w:lineRule="auto"/>',
                bookmark() + g_run(what, g_rpr(size, color, level < 3)),
            )
            headings.append((what, level))
            continue
        if kind == "table":
            doc.parts.append(g_table(H01_TABLE))
            continue
        text = gwr(H01_YEAR, *what)
        plain = g_rpr(24, "000000", shade=True)
        if what == ("（一）", 1):
            head = "积极的财政政策"
            assert text.startswith(head)
            runs = link(head, H01_LINK) + g_run(text[len(head) :], plain)
        elif what == H01_BOLD_LEAD:
            lead = third.lead(text)
            runs = g_run(lead, g_rpr(24, "000000", True, shade=True)) + g_run(
                text[len(lead) :], plain
            )
        elif what == H01_HIGHLIGHT:
            s1 = third.lead(text)
            s2 = text[len(s1) :].split("。")[0] + "。"
            runs = (
                g_run(s1, plain)
                + g_run(s2, g_rpr(24, "000000", extra='<w:highlight w:val="yellow"/>'))
                + g_run(text[len(s1) + len(s2) :], plain)
            )
        else:
            runs = g_run(text, plain)
        if kind == "p":
            doc.p(body_ppr, runs)
        else:
            num_id = 2 if kind == "num" else 1
            doc.p(
                f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                '<w:spacing w:after="120" w:before="0" w:line="360" w:lineRule="auto"/>'
                f'<w:ind w:left="{720 * (level + 1)}" w:hanging="360"/><w:jc w:val="both"/>',
                runs,
            )
            if kind == "num":
                numbered.append(text)
        body.append(text)
        if what in H01_KEEP:
            must.append(base.clause(text))
    # a horizontal rule, then a block of linked bullets
    doc.p(
        '<w:spacing w:after="160" w:before="160" w:line="240" w:lineRule="auto"/>',
        '<w:r w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"><w:pict><v:rect style="width:0.0pt;height:1.5pt" o:hr="t" o:hrstd="t" o:hralign="center" fillcolor="#A0A0A0" stroked="f"/></w:pict></w:r>',
    )
    doc.p(
        '<w:spacing w:after="120" w:before="0" w:line="360" w:lineRule="auto"/>',
        g_run("附：相关链接", g_rpr(24, "000000", True)),
    )
    for text, url in H01_LINKS:
        doc.p(
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="0" w:before="0" w:line="360" w:lineRule="auto"/><w:ind w:left="720" w:hanging="360"/>',
            link(text, url),
        )
    sect = (
        '<w:sectPr><w:pgSz w:h="16838" w:w="11906" w:orient="portrait"/>'
        '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
        '<w:pgNumType w:start="1"/></w:sectPr>'
    )
    document = (
        G_DECL + f"<w:document {G_NS}><w:body>{''.join(doc.parts)}{sect}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in g_package(document, links).items():
            z.writestr(name, text.encode("utf-8"))

    # checks: python-docx reads it with Google's style ids, LibreOffice prints it
    d = docx.Document(str(path))
    styles = [(p.style.style_id, p.text) for p in d.paragraphs]
    assert styles[0] == ("Title", H01_TITLE) and styles[1] == ("Subtitle", H01_SUB)
    assert [(t, int(s[-1])) for s, t in styles if s.startswith("Heading")] == headings
    assert len(d.tables) == 1 and len(d.sections) == 1
    assert d.sections[0].header.is_linked_to_previous and d.sections[0].footer.is_linked_to_previous
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        xml = z.read("word/document.xml").decode("utf-8")
    assert not any(n.startswith(("docProps/", "word/header", "word/footer")) for n in names)
    assert xml.count("<w:hyperlink ") == 1 + len(H01_LINKS) and 'o:hr="t"' in xml
    assert xml.count('w14:paraId="') == doc.n and xml.count("<w:bookmarkStart") == 1 + len(headings)
    pages = prev20.lo_pages(path)
    printed = "\n".join(pages)
    flat = more.squash(printed)
    n = len(pages)
    assert 3 <= n <= 7, f"{path.name}: {n} pages"
    assert flat.count(more.squash(H01_TITLE)) == 1
    for k, text in enumerate(numbered, 1):
        assert f"{k}.{text[:6]}" in flat, f"list number {k} not printed"
    for text, _ in H01_LINKS:
        assert more.squash(text) in flat
    have = prev20.part_text(path, r"word/document\.xml")
    gold = make_gold(
        H01_TITLE,
        headings,
        must,
        [],
        [H01_SUB],
        body,
        f"a DOCX as Google Docs exports it ({n} pages in LibreOffice): the package is "
        "written whole (document, styles, numbering, settings, fontTable; no docProps, no "
        "theme, no header or footer), styles.xml is Google's own (docDefaults Arial 11 pt, "
        "line 276; styles Normal (named normal), Title, Subtitle, Heading1-Heading6 named "
        "heading 1…, none with an outline level), every paragraph carries w14:paraId "
        "00000001… and zero rsids, every run direct font/colour/size (w:val=1 booleans, "
        "w:rtl 0), body runs on a white w:shd as text pasted into Google Docs; the title "
        "is the Title paragraph (bookmarked _gjdgxs); the Subtitle line under it (office, "
        "共享讨论稿, update date) is part of the title block, not body (must_not_have); "
        "headings are Heading1/Heading2/Heading3 paragraphs (levels 1/2/3, their 一、/"
        "（一）/1. typed in the text), each with a Google bookmark (_30j0zll…); the "
        "numbered list (numId 2, %1. decimal) and the bulleted list (numId 1, ● level 0, "
        "○ level 1) hold whole report paragraphs: body (numbers and glyphs drawn by "
        "numbering.xml, in no run; passages from an item and a level-1 item are "
        "must_have); the second paragraph's first 7 characters are a hyperlink to a "
        "Google document (its passage spans the link and the plain run); a bold lead "
        "sentence and a yellow-highlighted sentence are ordinary body; the Google table "
        "(指标/2016年预期目标/责任单位) is unscored; after the VML o:hr horizontal rule "
        "the 附：相关链接 line and its two linked bullets (link titles written here) are "
        "unscored",
    )
    check_docx(path.name, gold, body, have, printed)
    return gold


# ------------------------------------------ h02 Feishu/钉钉-style exported 周报 (DOCX)

H02_YEAR = 2017
H02_TITLE = "综合处政策研究周报（2017年第10周）"
H02_META = [("负责人", "周明轩"), ("日期", "2017年3月6日 — 2017年3月10日"), ("状态", "进行中")]
H02_TIPS = (
    "提示：本周报内容为政策学习摘编，以正式印发文本为准，仅限处内传阅。",
    "提示：风险事项请于每周五下班前在项目群内同步，并抄送负责人。",
)
H02_FONT = "微软雅黑"
H02_INK, H02_GREY, H02_LINE = "1F2329", "8F959E", "DEE0E3"
# (kind, heading text | gwr pick | tip index, level | done)
H02_OUTLINE: list[tuple[str, Any, Any]] = [
    ("tip", 0, None),
    ("h", "📌 一、本周进展", 1),
    ("p", ("三、", 0), None),
    ("todo", ("（一）", 2), True),
    ("todo", ("（六）", 2), True),
    ("todo", ("（二）", 5), False),
    ("h", "📖 二、政策要点摘编", 1),
    ("h", "（一）去产能与去杠杆", 2),
    ("p", ("（一）", 0), None),
    ("quote", ("（一）", 1), None),
    ("h", "（二）重要领域改革", 2),
    ("p", ("（二）", 0), None),
    ("p", ("（二）", 2), None),
    ("h", "🚀 （三）创新与实体经济", 2),
    ("p", ("（四）", 1), None),
    ("quote", ("（四）", 3), None),
    ("h", "📅 三、下周计划", 1),
    ("todo", ("（八）", 5), False),
    ("todo", ("（三）", 1), False),
    ("h", "🚩 四、问题与风险", 1),
    ("p", ("二、", 0), None),
    ("tip", 1, None),
]
H02_KEEP = {("（一）", 2), ("（一）", 1), ("（二）", 2), ("（八）", 5), ("二、", 0)}


def cell_fill(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    tc_pr.append(prev20.xml_el(f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def table_borders(table: Any, color: str, size: int = 4) -> None:
    sides = "".join(
        f'<w:{s} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>'
        for s in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    table._tbl.tblPr.insert_element_before(
        prev20.xml_el(f"<w:tblBorders>{sides}</w:tblBorders>"),
        *("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"),
    )


def left_bar(paragraph: Any, color: str, size: int) -> None:
    """A left border (a quote bar), in its place among the paragraph properties."""
    paragraph._p.get_or_add_pPr().insert_element_before(
        prev20.xml_el(
            f'<w:pBdr><w:left w:val="single" w:sz="{size}" w:space="8" w:color="{color}"/></w:pBdr>'
        ),
        *("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap"),
        *("w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi"),
        *("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing"),
        *("w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment"),
        *("w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr"),
    )


def build_feishu_weekly(path: Path) -> Gold:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    d = docx.Document()
    more.a4(d, top=2.54, bottom=2.54, left=2.2, right=2.2)
    d.core_properties.title = ""
    d.core_properties.author = "周明轩"
    normal = d.styles["Normal"]
    more.cjk_font(normal, H02_FONT, 11)
    normal.font.color.rgb = RGBColor.from_string(H02_INK)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.5
    for level, size in ((1, 16), (2, 14)):
        st = d.styles[f"Heading {level}"]
        more.cjk_font(st, H02_FONT, size)
        st.font.bold = True
        st.font.color.rgb = RGBColor.from_string(H02_INK)
        rfonts = st.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme", "cstheme"):
            rfonts.attrib.pop(prev20.w(attr), None)
        st.paragraph_format.space_before = Pt(18 if level == 1 else 12)
        st.paragraph_format.space_after = Pt(8 if level == 1 else 6)

    def add(p: Any, text: str, size: float | None = None, bold: bool | None = None,
            color: str = "", font: str = H02_FONT) -> Any:  # fmt: skip
        return prev9.add_run(p, text, size, bold, font, color)

    t = d.add_paragraph()
    t.paragraph_format.space_after = Pt(14)
    t.paragraph_format.line_spacing = 1.2
    add(t, H02_TITLE, 26, True, H02_INK)

    meta = d.add_table(rows=len(H02_META), cols=2)
    table_borders(meta, H02_LINE)
    meta.autofit = False
    for row, (label, value) in zip(meta.rows, H02_META, strict=True):
        lc, vc = row.cells
        lc.width, vc.width = Cm(3.0), Cm(13.5)
        cell_fill(lc, "F5F6F7")
        for c, text, color in ((lc, label, "646A73"), (vc, value, H02_INK)):
            q = c.paragraphs[0]
            q.paragraph_format.space_after = Pt(2)
            q.paragraph_format.line_spacing = 1.2
            add(q, text, 10.5, False, color)
    # an empty paragraph keeps Word from joining the metadata table and the callout
    d.add_paragraph().paragraph_format.space_after = Pt(0)

    def callout(k: int) -> None:
        box = d.add_table(rows=1, cols=1)
        table_borders(box, "FFC60A", 6)
        cell = box.rows[0].cells[0]
        cell.width = Cm(16.5)
        cell_fill(cell, "FEF7E1")
        q = cell.paragraphs[0]
        q.paragraph_format.space_before = q.paragraph_format.space_after = Pt(4)
        q.paragraph_format.line_spacing = 1.3
        add(q, "💡", 11, None, "", "Segoe UI Emoji")
        add(q, "  " + H02_TIPS[k], 10.5, False, H02_INK)
        d.add_paragraph().paragraph_format.space_after = Pt(0)

    body: list[str] = []
    must: list[str] = []
    headings: list[tuple[str, int]] = []
    todos: list[tuple[str, bool]] = []
    for kind, what, extra in H02_OUTLINE:
        if kind == "tip":
            callout(what)
            continue
        if kind == "h":
            q = d.add_paragraph(style=d.styles[f"Heading {extra}"])
            q.add_run(what)
            headings.append((what, extra))
            continue
        text = gwr(H02_YEAR, *what)
        q = d.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if kind == "p":
            add(q, text)
        elif kind == "todo":
            q.paragraph_format.left_indent = Cm(0.2)
            add(q, "☑" if extra else "☐", 12, None, "", "Segoe UI Symbol")
            add(q, " ")
            add(q, text, None, None, H02_GREY if extra else "")
            todos.append((text, extra))
        else:  # quote: left bar, grey text
            q.paragraph_format.left_indent = Cm(0.4)
            left_bar(q, "BBBFC4", 18)
            add(q, text, None, None, "646A73")
        body.append(text)
        if what in H02_KEEP:
            must.append(base.clause(text))
    d.save(str(path))

    # checks
    d2 = docx.Document(str(path))
    first = d2.paragraphs[0]
    assert first.style.name == "Normal" and first.text == H02_TITLE and first.runs[0].bold
    assert [
        (p.text, int(p.style.name[-1])) for p in d2.paragraphs if p.style.name.startswith("Heading")
    ] == headings
    assert len(d2.tables) == 3 and all(len(t.rows) == 1 for t in d2.tables[1:])
    assert "Title" not in {p.style.name for p in d2.paragraphs}
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    assert xml.count('w:fill="FEF7E1"') == 2 and '<w:left w:val="single"' in xml
    pages = prev20.lo_pages(path)
    printed = "\n".join(pages)
    n = len(pages)
    assert 3 <= n <= 8, f"{path.name}: {n} pages"
    flat = more.squash(printed)
    for text, done in todos:
        assert more.squash(("☑" if done else "☐") + text[:8]) in flat, f"todo glyph {text[:8]}"
    have = prev20.part_text(path, r"word/document\.xml")
    gold = make_gold(
        H02_TITLE,
        headings,
        must,
        [],
        [*H02_TIPS, H02_META[1][1]],
        body,
        f"a 周报 DOCX as a Feishu/钉钉-like online editor exports it ({n} pages in "
        "LibreOffice; no header or footer): the title is the first paragraph, a Normal "
        "paragraph set 26 pt bold by direct formatting (no Title style, core title "
        "empty); the two-column table under it (负责人/日期/状态 with shaded label "
        "cells) is metadata, not body (the 日期 value must_not_have); headings are "
        "Heading 1/Heading 2 paragraphs (levels 1/2) whose text opens with an emoji and "
        "a space as the editor prints them (📌 一、本周进展, 🚀 （三）创新与实体经济): "
        "gold keeps the emoji as part of the heading text; checklist items are "
        "paragraphs opening with a ☑ (done, the text grey) or ☐ glyph run (Segoe UI "
        "Symbol) and a space before a whole report paragraph: body (glyph part of the "
        "paragraph as printed, passages start after it; items from both kinds are "
        "must_have); the two quote paragraphs (left border, grey text) are body (one a "
        "must_have); the two callout boxes (one-cell tables shaded light yellow, a 💡 "
        "run and a 提示： note written here, one under the metadata table, one at the "
        "end) are judged asides like an info panel, not the report's text: both notes "
        "must_not_have",
    )
    check_docx(path.name, gold, body, have, printed)
    return gold


# ------------------------------------------------------------ h03 Notion export

H03_YEAR = 2015
H03_TITLE = "2015年政府工作报告学习笔记"
H03_TIP = "提示：本页为个人学习笔记，摘录内容以国务院正式公布的文本为准。"
H03_CREATED = "@2015年3月6日 10:21"
H03_TAGS = (("政策学习", "blue"), ("两会", "green"))
H03_TABLE = [
    ("指标", "2015年预期目标"),
    ("国内生产总值增长", "7%左右"),
    ("居民消费价格涨幅", "3%左右"),
    ("城镇新增就业", "1000万人以上"),
]
NOTION_CSS = """/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html { -webkit-print-color-adjust: exact; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; }
html, body { margin: 0; padding: 0; }
@media only screen { body { margin: 2em auto; max-width: 900px; color: rgb(55, 53, 47); } }
body { line-height: 1.5; white-space: pre-wrap; }
a, a.visited { color: inherit; text-decoration: underline; }
h1, h2, h3 { letter-spacing: -0.01em; line-height: 1.2; font-weight: 600; margin-bottom: 0; }
.page-title { font-size: 2.5rem; font-weight: 700; margin-top: 0; margin-bottom: 0.75em; }
h1 { font-size: 1.875rem; margin-top: 1.875rem; }
h2 { font-size: 1.5rem; margin-top: 1.5rem; }
h3 { font-size: 1.25rem; margin-top: 1.25rem; }
.page-header-icon { font-size: 3rem; margin-bottom: 1rem; }
.properties { border-collapse: collapse; margin-bottom: 1.5em; }
.properties th { text-align: left; width: 160px; color: rgba(55, 53, 47, 0.65); font-weight: normal; }
.selected-value { display: inline-block; padding: 0 0.5em; border-radius: 3px; margin-right: 0.5em; white-space: nowrap; }
.select-value-color-blue { background-color: rgba(211, 229, 239, 1); }
.select-value-color-green { background-color: rgba(219, 237, 219, 1); }
figure { margin: 1.25em 0; page-break-inside: avoid; }
.callout { border-radius: 4px; padding: 1rem; }
.block-color-gray_background { background: rgba(241, 241, 239, 1); }
.highlight-yellow_background { background: rgba(251, 243, 219, 1); }
.simple-table { margin-top: 1em; font-size: 0.875rem; empty-cells: show; border-collapse: collapse; }
.simple-table td, .simple-table th { height: 29px; min-width: 120px; border: 1px solid rgba(55, 53, 47, 0.09); padding: 0.25em 0.5em; }
.simple-table-header { background: rgb(247, 246, 243); font-weight: 500; }
.toggle { padding-inline-start: 0em; list-style-type: none; }
.toggle > li > details { padding-left: 1.7em; }
.toggle > li > details > summary { margin-left: -1.1em; }
.bulleted-list { padding-inline-start: 1.7em; }
hr { background: transparent; display: block; width: 100%; height: 1px; visibility: visible; border: none; border-bottom: 1px solid rgba(55, 53, 47, 0.09); }
.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol"; }
"""


def build_notion(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(H03_YEAR, h, i)

    ids = (uid("h03", k) for k in range(1000))
    parts: list[str] = []
    body: list[str] = []
    headings: list[tuple[str, int]] = []

    def para(text: str, html_text: str = "") -> None:
        parts.append(f'<p id="{next(ids)}" class="">{html_text or esc(text)}</p>')
        body.append(text)

    def head(text: str, level: int) -> None:
        parts.append(f'<h{level} id="{next(ids)}" class="">{esc(text)}</h{level}>')
        headings.append((text, level))

    def toggle(summary: str, text: str) -> None:
        parts.append(
            f'<ul id="{next(ids)}" class="toggle"><li><details open=""><summary>{esc(summary)}</summary>'
            f'<p id="{next(ids)}" class="">{esc(text)}</p></details></li></ul>'
        )
        body.append(text)

    def bullet(text: str) -> None:
        parts.append(
            f'<ul id="{next(ids)}" class="bulleted-list"><li style="list-style-type:disc">{esc(text)}</li></ul>'
        )
        body.append(text)

    para(p("一、", 0))
    parts.append(
        f'<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="{next(ids)}">'
        f'<div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">{esc(H03_TIP)}</div></figure>'
    )
    head("一、2014年工作回顾", 1)
    head("定向调控，稳定增长", 2)
    para(p("一、", 2))
    t = p("一、", 3)
    lead = third.lead(t)
    para(t, f"<strong>{esc(lead)}</strong>{esc(t[len(lead) :])}")
    head("深化改革，扩大开放", 2)
    para(p("一、", 5))
    t = p("一、", 7)
    s1 = third.lead(t)
    s2 = t[len(s1) :].split("。")[0] + "。"
    para(
        t,
        f'{esc(s1)}<mark class="highlight-yellow_background">{esc(s2)}</mark>{esc(t[len(s1) + len(s2) :])}',
    )
    parts.append(f'<hr id="{next(ids)}"/>')
    head("二、2015年总体部署", 1)
    para(p("二、", 5))
    rows = [
        f'<tr id="{next(ids)}">'
        + "".join(
            (
                f'<th id="{uid("h03c", r, c)[:4]}" class="simple-table-header-color simple-table-header" style="width:180px">{esc(x)}</th>'
                if r == 0
                else f'<td id="{uid("h03c", r, c)[:4]}" class="" style="width:180px">{esc(x)}</td>'
            )
            for c, x in enumerate(row)
        )
        + "</tr>"
        for r, row in enumerate(H03_TABLE)
    ]
    parts.append(
        f'<table id="{next(ids)}" class="simple-table"><thead class="simple-table-header">{rows[0]}</thead><tbody>{"".join(rows[1:])}</tbody></table>'
    )
    head("宏观政策", 2)
    head("积极的财政政策", 3)
    para(p("二、", 7))
    head("培育发展新动力", 3)
    para(p("二、", 9))
    head("三、改革开放重点", 1)
    toggle("国企国资改革", p("三、", 7))
    toggle("价格改革", p("三、", 4))
    para(p("三、", 13))
    head("四、民生改善", 1)
    bullet(p("五、", 1))
    bullet(p("五、", 3))
    tags = "".join(
        f'<span class="selected-value select-value-color-{c}">{esc(x)}</span>' for x, c in H03_TAGS
    )
    icon_svg = '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesClock"><path d="M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00293 8 1.00293C4.13086 1.00293 0.938477 4.20215 0.938477 8.06445C0.938477 11.9336 4.13086 15.126 8 15.126Z"></path></svg>'
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>{esc(H03_TITLE)}</title><style>
{NOTION_CSS}
</style></head><body><article id="{uid("h03", "page")}" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">📒</span></div><h1 class="page-title">{esc(H03_TITLE)}</h1><p class="page-description"></p><table class="properties"><tbody><tr class="property-row property-row-created_time"><th><span class="icon property-icon">{icon_svg}</span>创建时间</th><td><time>{H03_CREATED}</time></td></tr><tr class="property-row property-row-multi_select"><th><span class="icon property-icon">{icon_svg.replace("typesClock", "typesMultipleSelect")}</span>标签</th><td>{tags}</td></tr></tbody></table></header><div class="page-body">{"".join(parts)}</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>"""
    path.write_text(page, encoding="utf-8")
    assert page.count("<h1") == 1 + sum(1 for _, lv in headings if lv == 1)
    return page_gold(
        page,
        H03_TITLE,
        headings,
        body,
        (0, 3, 6, 8, 12),
        ["创建时间", H03_CREATED, H03_TAGS[0][0], H03_TIP],
        "a Notion page export (HTML as Notion's Export writes it: Notion's print CSS in "
        "<head>, <article class=page sans>, every block a UUID id): the title is "
        "<h1 class=page-title> in the <header> (also <title>); the page icon and the "
        "properties table under the title (创建时间 @2015年3月6日 10:21, 标签 with two "
        "select values) are metadata, not body; inside <div class=page-body> Notion "
        "writes its heading blocks as <h1>/<h2>/<h3>: levels 1/2/3 (so the page has "
        'several <h1>, only the page-title one is the title); <p class=""> blocks are '
        "body, one with a <strong> lead sentence, one with a <mark "
        "class=highlight-yellow_background> sentence; the <figure class=callout> (💡 and "
        "a 提示： note written here) is judged an aside, not the text (must_not_have), "
        "as h02's callouts and h04's info panel; the two toggles (<ul class=toggle><li>"
        '<details open=""><summary>) each hold a body paragraph (body; one a '
        "must_have) under a short summary label written here (neither heading nor "
        "scored body); the simple-table of 2015 targets (labels written here) and the "
        "<hr> divider are unscored; each bulleted item is its own one-item <ul "
        "class=bulleted-list> as Notion writes them, holding a whole report paragraph: "
        "body (the last a must_have)",
    )


# ---------------------------------------------------------- h04 Confluence-like page

H04_YEAR = 2014
H04_TITLE = "2014年政府工作报告重点任务解读"
H04_SPACE = ("ZCYJ", "政策研究中心")
H04_AUTHOR, H04_DATE = "陈立新", "2014-03-12"
H04_NOTE = "本页内容为内部学习资料，引用时请以国务院正式公布的文本为准，勿对外转发。"
H04_LABELS = ("学习资料", "重点任务", "kb-2014")
H04_COMMENTS = (
    ("王芳", "整理得很清楚，建议每项任务后补充牵头部门。", "2014-03-13"),
    ("李强", "第三部分可以和教育口的材料对照着看。", "2014-03-14"),
)
H04_TABLE = [
    ("任务", "牵头部门", "完成时限"),
    ("科技体制改革实施方案", "科技局", "2014年6月"),
    ("生产性服务业发展意见", "发展改革委", "2014年9月"),
]


def confluence_id(title: str, head: str) -> str:
    """Confluence's heading anchor: the page title, a dash, the heading, punctuation out."""
    return re.sub(r"[^\w-]", "", f"{title}-{head}")


def build_confluence(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(H04_YEAR, h, i)

    outline: list[tuple[str, int, list[str]]] = [
        ("一、扩大内需", 1, [p("（三）", 0)]),
        ("（一）把消费作为主要着力点", 2, [p("（三）", 1)]),
        ("（二）投资和区域发展", 2, [p("（三）", 2), p("（三）", 3)]),
        ("二、创新驱动", 1, [p("（六）", 0), p("（六）", 1), "TABLE", p("（六）", 2)]),
        ("三、社会事业", 1, []),
        ("（一）教育", 2, [p("（七）", 1)]),
        ("（二）文化和社会治理", 2, [p("（七）", 3), p("（七）", 4)]),
        ("四、民生保障", 1, [p("（八）", 1), p("（八）", 2), p("（八）", 4)]),
    ]
    table = (
        '<div class="table-wrap"><table class="wrapped confluenceTable"><colgroup><col/><col/><col/></colgroup><tbody>'
        + "".join(
            "<tr>"
            + "".join(
                f'<th class="confluenceTh">{esc(c)}</th>'
                if r == 0
                else f'<td class="confluenceTd">{esc(c)}</td>'
                for c in row
            )
            + "</tr>"
            for r, row in enumerate(H04_TABLE)
        )
        + "</tbody></table></div>"
    )
    parts: list[str] = []
    body: list[str] = []
    toc_html, open_sub = "", False
    for k, (h, level, paras) in enumerate(outline):
        hid = confluence_id(H04_TITLE, h)
        parts.append(f'<h{level} id="{hid}">{esc(h)}</h{level}>')
        link = f'<span class="toc-item-body" data-outline="{k + 1}"><a href="#{hid}" class="toc-link">{esc(h)}</a></span>'
        if level == 1:
            toc_html += "</ul></li>" if open_sub else "</li>" if k else ""
            toc_html += "<li>" + link
            open_sub = False
        else:
            toc_html += "" if open_sub else "<ul>"
            toc_html += f"<li>{link}</li>"
            open_sub = True
        for text in paras:
            if text == "TABLE":
                parts.append(table)
                continue
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
    toc_html += "</ul></li>" if open_sub else "</li>"
    panel = (
        '<div class="confluence-information-macro confluence-information-macro-note conf-macro output-block" data-hasbody="true" data-macro-name="note">'
        '<p class="title">注意</p><span class="aui-icon aui-icon-small aui-iconfont-warning confluence-information-macro-icon"></span>'
        f'<div class="confluence-information-macro-body"><p>{esc(H04_NOTE)}</p></div></div>'
    )
    toc_macro = (
        '<div class="toc-macro client-side-toc-macro conf-macro output-block" data-headerelements="H1,H2" data-hasbody="false" data-macro-name="toc">'
        f"<ul>{toc_html}</ul></div>"
    )
    # the info panel sits after the first section's heading
    content = "\n".join([toc_macro, parts[0], panel, *parts[1:]])
    key, space = H04_SPACE
    labels = "".join(
        f'<li class="aui-label" data-label-id="{31457 + k}"><a class="aui-label-split-main" href="/label/{key}/{x}" rel="tag">{esc(x)}</a></li>'
        for k, x in enumerate(H04_LABELS)
    )
    comments = "".join(
        f'<li id="comment-thread-{5570 + k}" class="comment-thread"><div class="comment" id="comment-{5570 + k}">'
        f'<p class="comment-user-logo"><a class="userLogoLink" data-username="{u}"><img class="userLogo logo" src="/images/icons/profilepics/default.png" alt="用户图标: {u}" title="{u}"/></a></p>'
        f'<div class="comment-header"><h4 class="author"><a href="/display/~user{k}" class="url fn confluence-userlink">{u}</a></h4></div>'
        f'<div class="comment-body"><div class="comment-content wiki-content"><p>{esc(t)}</p></div>'
        f'<div class="comment-actions"><ul class="comment-actions-primary"><li class="comment-action-reply"><a href="#">回复</a></li><li class="comment-action-like"><a href="#">赞</a></li></ul>'
        f'<ul class="comment-actions-secondary"><li class="comment-date"><a href="#comment-{5570 + k}">{dt}</a></li></ul></div></div></div></li>'
        for k, (u, t, dt) in enumerate(H04_COMMENTS)
    )
    tree = "".join(
        f'<li><a href="/pages/viewpage.action?pageId={2260100 + k}">{esc(x)}</a></li>'
        for k, x in enumerate(
            ("政府工作报告", "2013年政府工作报告要点", H04_TITLE, "2014年地方两会材料汇编")
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<title>{esc(H04_TITLE)} - {space} - 东川研究院知识库</title>
<meta http-equiv="X-UA-Compatible" content="IE=EDGE,chrome=IE7">
<meta charset="UTF-8">
<meta id="confluence-context-path" name="confluence-context-path" content="">
<meta id="confluence-base-url" name="confluence-base-url" content="http://wiki.dcyjy.example">
<meta name="ajs-page-id" content="2260102">
<meta name="ajs-space-key" content="{key}">
<meta name="ajs-page-title" content="{esc(H04_TITLE)}">
<meta name="ajs-remote-user" content="">
<link type="text/css" rel="stylesheet" href="/s/zh_CN/5997/1/_/download/superbatch/css/batch.css" media="all">
<script type="text/javascript" src="/s/zh_CN/5997/1/_/download/superbatch/js/batch.js"></script>
</head>
<body id="com-atlassian-confluence" class="theme-default aui-layout aui-theme-default">
<div id="page">
<header id="header" role="banner"><nav class="aui-header aui-dropdown2-trigger-group" role="navigation"><div class="aui-header-inner"><div class="aui-header-primary"><h1 id="logo" class="aui-header-logo aui-header-logo-custom"><a href="/"><span class="aui-header-logo-device">东川研究院知识库</span></a></h1><ul class="aui-nav"><li><a href="/spacedirectory/view.action" class="aui-nav-link">空间</a></li><li><a href="/browsepeople.action" class="aui-nav-link">人员</a></li><li><a href="#" class="aui-button aui-button-primary">创建</a></li></ul></div><div class="aui-header-secondary"><ul class="aui-nav"><li><form class="aui-quicksearch" action="/dosearchsite.action"><input id="quick-search-query" class="quick-search-query" type="text" placeholder="搜索" name="queryString"></form></li><li><a href="/login.action" class="aui-nav-link login-link">登录</a></li></ul></div></div></nav></header>
<div id="main" class="aui-page-panel">
<div class="ia-splitter-left"><div class="acs-side-bar"><div class="acs-side-bar-space-info"><a href="/display/{key}">{space}</a></div><div class="ia-secondary-header"><h5 class="ia-secondary-header-title">页面树</h5></div><ul class="plugin_pagetree_children_list">{tree}</ul><div class="space-tools-section"><a href="#">空间工具</a></div></div></div>
<div id="main-header">
<div id="navigation" class="content-navigation view"><ul class="ajs-menu-bar"><li class="ajs-button normal"><a id="editPageLink" href="/pages/editpage.action?pageId=2260102"><span class="trigger-text">编辑</span></a></li><li class="ajs-button normal"><a href="#"><span>收藏</span></a></li><li class="ajs-button normal"><a href="#"><span>关注</span></a></li><li class="ajs-button normal"><a href="#"><span>分享</span></a></li></ul></div>
<div id="breadcrumb-section"><nav aria-label="Breadcrumbs"><ol id="breadcrumbs"><li class="first"><span><a href="/dashboard.action">仪表盘</a></span></li><li><span><a href="/display/{key}">{space}</a></span></li><li><span><a href="/display/{key}/kb">知识库</a></span></li><li><span><a href="/pages/viewpage.action?pageId=2260100">政府工作报告</a></span></li></ol></nav></div>
<div id="title-heading" class="pagetitle with-breadcrumbs"><h1 id="title-text" class="with-breadcrumbs"><a href="/pages/viewpage.action?pageId=2260102">{esc(H04_TITLE)}</a></h1></div>
</div>
<div id="content" class="page view">
<div class="page-metadata"><ul><li class="page-metadata-modification-info">由 <span class="author"><a href="/display/~chenlixin" class="url fn confluence-userlink">{H04_AUTHOR}</a></span>创建, 最后修改于 <a class="last-modified" href="/pages/diffpagesbyversion.action?pageId=2260102&amp;selectedPageVersions=6&amp;selectedPageVersions=7">{H04_DATE}</a></li></ul></div>
<div id="main-content" class="wiki-content">
{content}
</div>
<div id="likes-and-labels-container"><div id="likes-section" class="no-print"><a href="#" class="like-button"><span class="aui-icon aui-icon-small aui-iconfont-like"></span><span class="like-button-text">赞</span></a><span class="like-summary">王芳、李强 和另外 3 人赞了这个</span></div>
<div id="labels-section" class="pageSection group"><div class="labels-section-content content-column" entityid="2260102" entitytype="page"><div class="labels-content"><ul class="label-list label-list-right has-pen">{labels}</ul></div></div></div></div>
<div id="comments-section" class="pageSection group"><div class="section-header"><h2 id="comments-section-title" class="section-title">2 评论</h2></div><ol class="comment-threads top-level" id="page-comments">{comments}</ol>
<div class="quick-comment-container comment add"><p class="comment-user-logo"><img class="userLogo logo anonymous" src="/images/icons/profilepics/anonymous.png" alt="用户图标: 添加评论" title="添加评论"></p><div class="quick-comment-body"><div class="quick-comment-loading-container" style="display:none;"></div><div id="editor-messages"></div><div id="all-messages"></div><form class="quick-comment-form aui" method="post" name="inlinecommentform" action="/pages/doaddcomment.action?pageId=2260102"><div title="添加评论" class="quick-comment-prompt"><span>编写评论...</span></div></form></div></div></div>
</div>
</div>
<div id="footer" role="contentinfo"><section class="footer-body"><ul id="poweredby"><li class="noprint">基于 <a href="http://www.atlassian.com/software/confluence" class="hover-footer-link" rel="nofollow">Atlassian Confluence</a> <span id="footer-build-information">5.4.2</span></li><li class="print-only">由 Atlassian 合流 5.4.2 打印</li><li class="noprint"><a href="#" class="hover-footer-link" rel="nofollow">报告缺陷</a></li><li class="noprint"><a href="#" class="hover-footer-link" rel="nofollow">Atlassian 新闻</a></li></ul><div id="footer-logo"><a href="http://www.atlassian.com/" rel="nofollow">Atlassian</a></div></section></div>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    headings = [(h, lv) for h, lv, _ in outline]
    assert page.count('class="toc-link"') == len(headings)
    for h, _ in headings:
        assert page.count(f">{esc(h)}<") == 2, h  # the heading and its TOC link
    return page_gold(
        page,
        H04_TITLE,
        headings,
        body,
        (1, 4, 7, 9, 12),
        [
            f"由 {H04_AUTHOR}创建, 最后修改于 {H04_DATE}",
            H04_NOTE,
            "和另外 3 人赞了这个",
            H04_LABELS[0],
            H04_LABELS[2],
            H04_COMMENTS[0][1],
            "编写评论...",
            "报告缺陷",
            "页面树",
            "仪表盘",
        ],
        "a Confluence-like knowledge-base page (server-rendered view page, AUI classes): "
        "the title is <h1 id=title-text> in #title-heading (the page title; <title> "
        "adds the space and the site; the header logo is another <h1 id=logo>, not "
        "the title); the app header, page-tree sidebar, page toolbar (编辑/收藏/关注/"
        "分享) and breadcrumbs are not body; the 由 陈立新创建, 最后修改于 2014-03-12 "
        "line is metadata (not body); inside #main-content: the toc-macro (links to "
        "the sections, nested list for the <h2>) is neither headings nor body; <h1> "
        "and <h2> in #main-content are section levels 1/2 (an <h1> here is a section, "
        "not the title); the information macro (注意 panel, a note written here) is an "
        "aside, not body (must_not_have); <p> paragraphs are body; the confluenceTable "
        "(labels written here) is unscored; after the content the likes line, page "
        "labels, the comments section (its <h2> 2 评论 is not a heading; both comment "
        "texts and the 编写评论... box not body) and the footer (Atlassian Confluence, "
        "报告缺陷) are not body",
    )


# ------------------------------------------------------ h05 Zhihu-column-like article

H05_YEAR = 2013
H05_SITE = "知远"
H05_TITLE = "读2013年政府工作报告：过去五年做了什么，今年怎么干？"
H05_AUTHOR = "林间听雨"
H05_BADGE = "公共政策研究者"
H05_COLUMN = "政策观察笔记"
H05_PUBLISHED = "发布于 2013-03-06 20:15"
H05_EDITED = "编辑于 2013-03-08 09:12"
H05_VOTERS = "1,024 人赞同了该文章"
H05_LOGIN = "未注册手机验证后自动登录，注册即代表同意《知远协议》《隐私保护指引》"
H05_RECOMMEND = (
    ("一张图看懂2013年政府工作报告", "两会数据局"),
    ("五年来财政收支的几组数字", "财税漫谈"),
    ("城镇化，下一个十年的关键词", "城市与区域"),
    ("如何阅读一份政府工作报告", "读书会"),
)
H05_CAPTION = "2013年3月5日，十二届全国人大一次会议开幕（图片来自网络）"


def build_zhihu(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(H05_YEAR, h, i)

    # (subhead or None, [(kind, text)]): p paragraph, q blockquote, fig figure
    blocks: list[tuple[str | None, list[tuple[str, str]]]] = [
        (None, [("p", p("一、", 4))]),
        ("一、稳增长：应对国际金融危机", [("p", p("一、", 2)), ("q", p("一、", 3))]),
        (
            "二、科教兴国与文化建设",
            [("p", p("一、", 6)), ("fig", ""), ("q", p("一、", 8)), ("p", p("一、", 10))],
        ),
        ("三、改革开放与政府建设", [("p", p("一、", 11)), ("q", p("一、", 13))]),
        (
            "四、今年的宏观政策怎么定",
            [("p", p("二、", 3)), ("q", p("二、", 6)), ("p", p("二、", 7))],
        ),
    ]
    pid = (uid("h05", k)[:8] for k in range(1000))
    parts: list[str] = []
    body: list[str] = []
    img = "https://pic2.zhiyuan-img.example/v2-8c1f3a2e7b9d4c65a0e1f2d3b4c5a6e7_b.jpg"
    for h, items in blocks:
        if h:
            parts.append(f"<h2>{esc(h)}</h2>")
        for kind, text in items:
            if kind == "fig":
                parts.append(
                    f'<figure data-size="normal"><noscript><img src="{img}" data-caption="" data-size="normal" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb" width="1080" data-original="{img.replace("_b.", "_r.")}"/></noscript>'
                    f'<img src="data:image/svg+xml;utf8,&lt;svg xmlns=\'http://www.w3.org/2000/svg\' width=\'1080\' height=\'720\'&gt;&lt;/svg&gt;" data-caption="" data-size="normal" data-rawwidth="1080" data-rawheight="720" class="origin_image zh-lightbox-thumb lazy" width="1080" data-original="{img.replace("_b.", "_r.")}" data-actualsrc="{img}"/>'
                    f"<figcaption>{esc(H05_CAPTION)}</figcaption></figure>"
                )
                continue
            tag = "blockquote" if kind == "q" else "p"
            parts.append(f'<{tag} data-pid="{next(pid)}">{esc(text)}</{tag}>')
            body.append(text)
    content = "".join(parts)
    initial = {
        "initialState": {
            "entities": {
                "articles": {
                    "35812734": {
                        "id": 35812734,
                        "title": H05_TITLE,
                        "author": {"name": H05_AUTHOR, "headline": H05_BADGE},
                        "content": content,
                        "created": 1362572100,
                        "updated": 1362705120,
                        "voteupCount": 1024,
                        "commentCount": 0,
                        "column": {"title": H05_COLUMN},
                    }
                }
            }
        }
    }
    data = json.dumps(initial, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003C")
    recs = "".join(
        f'<div class="Card PostItem-card"><a class="PostItem" href="https://zhuanlan.zhiyuan.example/p/3581{k}902" target="_blank">'
        f'<div class="PostItem-TitleImage"><img src="https://pic{k + 1}.zhiyuan-img.example/v2-{uid("h05r", k)[:12]}_250x0.jpg" alt=""/></div>'
        f'<h1 class="PostItem-Title">{esc(t)}</h1><div class="PostItem-Footer"><span class="PostItem-FooterName">{esc(a)}</span><span class="PostItem-FooterTitle">发表于{esc(H05_COLUMN if k == 0 else a + "的专栏")}</span></div></a></div>'
        for k, (t, a) in enumerate(H05_RECOMMEND)
    )
    page = f"""<!doctype html>
<html lang="zh" data-hairline="true" data-theme="light"><head><meta charSet="utf-8"/><title data-react-helmet="true">{esc(H05_TITLE)} - {H05_SITE}</title><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1"/><meta name="renderer" content="webkit"/><meta name="force-rendering" content="webkit"/><meta data-react-helmet="true" name="description" property="og:description" content="{esc(p("一、", 4)[:60])}…"/><meta data-react-helmet="true" property="og:title" content="{esc(H05_TITLE)}"/><meta data-react-helmet="true" property="og:type" content="article"/><meta data-react-helmet="true" property="og:site_name" content="{H05_SITE}专栏"/><link rel="shortcut icon" type="image/x-icon" href="https://static.zhiyuan-img.example/heifetz/favicon.ico"/><link href="https://static.zhiyuan-img.example/heifetz/column.app.3f9b2a7c1e.css" rel="stylesheet"/></head><body><div id="root"><div class="App"><div class="ColumnPageHeader-Wrapper"><div><div class="Sticky ColumnPageHeader"><div class="ColumnPageHeader-content"><a href="https://www.zhiyuan.example" aria-label="{H05_SITE}"><svg viewBox="0 0 64 30" fill="#0066FF" width="64" height="30"><path d="M29.05 4.582H16.733V25.94h3.018l.403 2.572 4.081-2.572h4.815V4.582z"></path></svg></a><i class="ColumnPageHeader-Line"></i><div class="ColumnPageHeader-Title"><div class="ColumnPageHeader-TitleName"><span class="ColumnPageHeader-TitleMeta">首发于</span><a class="ColumnLink ColumnPageHeader-TitleColumn" href="https://www.zhiyuan.example/column/c_1093216">{H05_COLUMN}</a></div></div><div class="ColumnPageHeader-Button"><button type="button" class="Button ColumnPageHeader-WriteButton Button--blue">写文章</button><button type="button" class="Button Button--primary Button--blue">登录/注册</button></div></div></div></div></div>
<main role="main" class="App-main"><div class="Post-content" data-zop-usertoken="{{}}" data-zop="{{&quot;authorName&quot;:&quot;{H05_AUTHOR}&quot;,&quot;itemId&quot;:35812734,&quot;title&quot;:&quot;{esc(H05_TITLE)}&quot;,&quot;type&quot;:&quot;article&quot;}}"><div class="ColumnPageHeader-Wrapper"></div>
<article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><img class="TitleImage" src="https://pic4.zhiyuan-img.example/v2-3d7e1b0c5a9f28e4d6c1b7a0f3e2d5c8_1440w.jpg" alt="{esc(H05_TITLE)}"/><h1 class="Post-Title">{esc(H05_TITLE)}</h1><div class="Post-Author"><div class="AuthorInfo" itemProp="author" itemscope="" itemType="http://schema.org/Person"><meta itemProp="name" content="{H05_AUTHOR}"/><meta itemProp="url" content="https://www.zhiyuan.example/people/lin-jian-ting-yu"/><span class="UserLink AuthorInfo-avatarWrapper"><a class="UserLink-link" href="//www.zhiyuan.example/people/lin-jian-ting-yu"><img class="Avatar Avatar--round AuthorInfo-avatar" width="38" height="38" src="https://pic1.zhiyuan-img.example/v2-a1b2c3d4e5_l.jpg" alt="{H05_AUTHOR}"/></a></span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="//www.zhiyuan.example/people/lin-jian-ting-yu">{H05_AUTHOR}</a></span></div><div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{H05_BADGE}</div></div></div></div></div><button type="button" class="Button FollowButton Button--primary Button--blue">关注</button></div><div class="LabelContainer-wrapper"></div><div><span class="Voters"><button type="button" class="Button Button--plain">{H05_VOTERS}</button></span></div><div class="Post-Time">{H05_PUBLISHED}</div></header>
<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1g0fqss" options="[object Object]">{content}</div></div></div>
<div class="ContentItem-time">{H05_EDITED}</div>
<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics"><div class="Tag Topic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="//www.zhiyuan.example/topic/19577011" target="_blank">政府工作报告</a></span></div><div class="Tag Topic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="//www.zhiyuan.example/topic/19551915" target="_blank">宏观经济</a></span></div><div class="Tag Topic css-1s3a4zw"><span class="Tag-content"><a class="TopicLink" href="//www.zhiyuan.example/topic/19560072" target="_blank">两会</a></span></div></div></div>
<div><div class="Sticky RichContent-actions is-bottom"><div class="ContentItem-actions"><span><button aria-label="赞同 1024 " aria-live="polite" type="button" class="Button VoteButton VoteButton--up"><span style="display:inline-flex;align-items:center">​<svg width="10" height="10" viewBox="0 0 24 24" class="Zi Zi--TriangleUp VoteButton-TriangleUp" fill="currentColor"><path d="M2 18.242c0-.326.088-.532.237-.896l7.98-13.203C10.572 3.57 11.086 3 12 3c.915 0 1.429.571 1.784 1.143l7.98 13.203c.15.364.236.57.236.896 0 1.386-.875 1.9-1.955 1.9H3.955c-1.08 0-1.955-.517-1.955-1.9z" fill-rule="evenodd"></path></svg></span>赞同 1024</button><button aria-label="反对" type="button" class="Button VoteButton VoteButton--down"></button></span><button type="button" class="Button BottomActions-CommentBtn Button--plain Button--withIcon Button--withLabel">​添加评论</button><div class="Popover ShareMenu"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">​分享</button></div><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​喜欢</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​收藏</button><button type="button" class="Button ContentItem-action Button--plain Button--withIcon Button--withLabel">​申请转载</button></div></div></div>
</article>
<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor CommentsV2-withPagination"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">还没有评论</h2></div><div class="Topbar-options"><button type="button" class="Button Button--plain Button--withIcon Button--withLabel">切换为时间排序</button></div></div><div><div class="CommentsV2-footer CommentEditorV2--normal"><div class="CommentEditorV2-inputWrap"><div class="InputLike CommentEditorV2-input Editable"><div class="Dropzone Editable-content RichText RichText--editable RichText--clearBoth ztext"><div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">写下你的评论...</div></div></div></div></div></div><button type="button" disabled="" class="Button CommentEditorV2-singleButton Button--primary Button--blue">发布</button></div></div></div></div>
<div class="PostIndex-Contributions"><h3 class="BlockTitle">文章被以下专栏收录</h3><ul><div class="ContentItem Column-ColumnItem"><div class="ContentItem-main"><div class="ContentItem-head"><h2 class="ContentItem-title"><a href="https://www.zhiyuan.example/column/c_1093216" target="_blank">{H05_COLUMN}</a></h2><div class="ContentItem-meta">读报告，看数据，聊政策</div></div></div></div></ul></div>
<div class="Recommendations-Main" style="width:1000px"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><ul class="Recommendations-List"><button type="button" class="PagingButton PagingButton-Previous" disabled=""></button>{recs}<button type="button" class="PagingButton PagingButton-Next"></button></ul></div>
</div></div></main></div></div>
<div><div><div class="Modal-wrapper undefined Modal-enter-done"><div class="Modal-backdrop"></div><div class="Modal Modal--default signFlowModal" tabindex="0"><div class="Modal-inner"><h3 class="Modal-title"></h3><div class="Modal-content"><div class="SignFlowHomepage-content"><div class="SignContainer-content"><div class="SignFlow-tabs"><div class="SignFlow-tab SignFlow-tab--active" role="button">验证码登录</div><div class="SignFlow-tab" role="button">密码登录</div></div><form novalidate="" class="SignFlow Login-content"><div class="SignFlow-account"><div class="SignFlow-supportedCountriesSelectContainer"><button type="button" class="Button Select-button Select-plainButton Button--plain">中国 +86</button></div><div class="SignFlowInput SignFlow-accountInputContainer"><label class="SignFlow-accountInput Input-wrapper"><input name="username" type="tel" class="Input" placeholder="手机号" value=""/></label></div></div><div class="SignFlow-smsInputContainer"><label class="SignFlow-smsInput Input-wrapper"><input name="digits" type="number" class="Input" placeholder="输入 6 位短信验证码" value=""/></label><button type="button" class="Button CountingDownButton SignFlow-smsInputButton Button--plain">获取短信验证码</button></div><button type="submit" class="Button SignFlow-submitButton Button--primary Button--blue">登录/注册</button></form><div class="Login-footer"><span class="Login-qrcode"><button type="button" class="Button Button--plain">二维码登录</button></span></div><div class="SignFlowHomepage-footer">{H05_LOGIN}</div></div></div></div></div><button aria-label="关闭" type="button" class="Button Modal-closeButton Button--plain"><svg class="Zi Zi--Close Modal-closeIcon" fill="currentColor" viewBox="0 0 24 24" width="24" height="24"><path d="M13.486 12l5.208-5.207a1.048 1.048 0 0 0-.006-1.483 1.046 1.046 0 0 0-1.482-.005L12 10.514 6.793 5.305a1.048 1.048 0 0 0-1.483.005 1.046 1.046 0 0 0-.005 1.483L10.514 12l-5.208 5.207a1.048 1.048 0 0 0 .006 1.483 1.046 1.046 0 0 0 1.482.005L12 13.486l5.207 5.208a1.048 1.048 0 0 0 1.483-.006 1.046 1.046 0 0 0 .005-1.482L13.486 12z" fill-rule="evenodd"></path></svg></button></div></div></div></div>
<script id="js-clientConfig" type="text/json">{{"host":"zhiyuan.example","protocol":"https:","wwwHost":"www.zhiyuan.example","fetchRoot":{{"www":"https:\\u002F\\u002Fwww.zhiyuan.example","api":"https:\\u002F\\u002Fapi.zhiyuan.example","zhuanlan":"https:\\u002F\\u002Fzhuanlan.zhiyuan.example"}}}}</script><script id="js-initialData" type="text/json">{data}</script><script src="https://static.zhiyuan-img.example/heifetz/vendor.4e7d2f9a1b.js"></script><script src="https://static.zhiyuan-img.example/heifetz/column.app.8b3c6e0f2d.js"></script></body></html>
"""
    path.write_text(page, encoding="utf-8")
    assert json.loads(
        re.search(r'id="js-initialData" type="text/json">(.*?)</script>', page).group(1)
    )
    return page_gold(
        page,
        H05_TITLE,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 7, 10),
        [
            H05_VOTERS,
            H05_PUBLISHED,
            H05_EDITED,
            H05_BADGE,
            "申请转载",
            "还没有评论",
            "写下你的评论...",
            "文章被以下专栏收录",
            "推荐阅读",
            H05_RECOMMEND[0][0],
            H05_LOGIN,
            "获取短信验证码",
        ],
        "a Zhihu-column-like article page (React-rendered markup, site and people made "
        "up): the title is <h1 class=Post-Title> in the Post-Header (also <title> with "
        " - 知远 and og:title; the recommendation cards below hold further <h1 "
        "class=PostItem-Title>: not titles, not body); the column header (首发于 …, "
        "写文章, 登录/注册), the title image, the author card (name, badge, 关注), the "
        "1,024 人赞同了该文章 button and the 发布于 line are not body; the article is "
        '<div class="RichText ztext Post-RichText">: <p data-pid> paragraphs and '
        "<blockquote data-pid> quotes of the report are both body (the author quotes "
        "the report at length; three blockquote passages are must_have); <h2> subheads "
        "are level 1; the <figure> (a <noscript> <img> and a lazy <img>) with its "
        "<figcaption> (a caption written here) is unscored; after the content the 编辑于 "
        "line, the topics, the action bar (赞同 1024/添加评论/分享/喜欢/收藏/申请转载), "
        "the comments block (<h2> 还没有评论 is not a heading, the editor placeholder "
        "写下你的评论...), 文章被以下专栏收录, the 推荐阅读 cards and the login modal "
        "markup at the end of <body> (验证码登录/密码登录, 获取短信验证码, the 未注册手机"
        "验证后自动登录… line) are not body; js-initialData carries the same article "
        "as JSON (\\u003C-escaped HTML): not shown, must not be read as a second copy "
        "of the body (not scorable)",
    )


# ------------------------------------- h06 print-friendly government release, GB2312

H06_YEAR = 2016
H06_TITLE = "市政府召开常务会议　部署对外开放、环境治理和民生保障重点工作"
H06_SITE = "东川市人民政府门户网站"
H06_DATE = "发布时间：2016-03-18 10:30"
H06_SOURCE = "来源：市政府办公室"
H06_ATTACH = ("2016年对外开放重点工作任务分解表.doc", "2016年民生实事项目清单.xls")


def build_print_release(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(H06_YEAR, h, i)

    # (subhead or None, paragraphs; a tuple of two is one <p> split by <br>)
    blocks: list[tuple[str | None, list[str | tuple[str, str]]]] = [
        (None, [p("（五）", 0)]),
        ("一、推进高水平对外开放", [(p("（五）", 1), p("（五）", 2)), p("（五）", 3)]),
        ("二、加大环境治理力度", [p("（六）", 0), (p("（六）", 1), p("（六）", 2))]),
        (
            "三、切实保障改善民生",
            [p("（七）", 1), (p("（七）", 2), p("（七）", 3)), p("（七）", 4)],
        ),
    ]
    parts: list[str] = []
    body: list[str] = []
    for h, paras in blocks:
        if h:
            parts.append(f"<p><b>{esc(h)}</b></p>")
        for para in paras:
            lines = list(para) if isinstance(para, tuple) else [para]
            parts.append("<p>" + "<br>\n".join(f"　　{esc(x)}" for x in lines) + "</p>")
            body.extend(lines)
    att = "<br>\n".join(
        f'{k}.<a href="/uploadfiles/201603/P0201603183{k}6542{k}.{a.rsplit(".", 1)[1]}" target="_blank">{esc(a)}</a>'
        for k, a in enumerate(H06_ATTACH, 1)
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(H06_TITLE)}--打印版</title>
<style type="text/css">
body {{ margin:0; font-size:14px; font-family:"宋体"; color:#000; }}
.print-wrap {{ width:680px; margin:0 auto; }}
h2 {{ font-size:22px; text-align:center; margin:20px 0 10px; }}
.date {{ text-align:center; color:#666; font-size:12px; border-bottom:1px solid #999; padding-bottom:8px; }}
.content p {{ line-height:28px; font-size:16px; margin:6px 0; }}
.fujian {{ font-size:14px; line-height:24px; margin-top:16px; }}
.close {{ text-align:center; margin:20px 0; }}
.footer {{ text-align:center; font-size:12px; color:#666; border-top:1px solid #999; padding-top:8px; line-height:22px; }}
@media print {{ .close {{ display:none; }} }}
</style>
</head>
<body onload="window.print()">
<div class="print-wrap">
<div class="logo"><img src="/images/print_logo.gif" alt="{H06_SITE}" width="300" height="50"></div>
<h2>{esc(H06_TITLE)}</h2>
<div class="date">{H06_DATE}　{H06_SOURCE}</div>
<div class="content">
{chr(10).join(parts)}
</div>
<div class="fujian">附件：<br>
{att}
</div>
<div class="close"><a href="javascript:window.close()">【关闭】</a>　<a href="javascript:window.print()">【打印】</a></div>
<div class="footer">主办：东川市人民政府办公室　承办：东川市信息中心<br>
地址：东川市人民大道168号　邮编：330100　联系电话：0791-86218888<br>
网站标识码：3601000017　东ICP备05003872号</div>
</div>
</body>
</html>
"""
    data = page.encode("gb2312")
    assert data.decode("gb2312") == page
    path.write_bytes(data)
    assert "<h1" not in page and page.count("<br>") >= 3 + len(H06_ATTACH) + 1
    return page_gold(
        page,
        H06_TITLE,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 6, 9),
        [
            H06_DATE,
            H06_SOURCE,
            H06_ATTACH[0],
            H06_ATTACH[1],
            "【关闭】",
            "【打印】",
            "主办：东川市人民政府办公室",
            "网站标识码：3601000017",
        ],
        "the print-friendly page (打印版) of a government news release, GB2312 bytes "
        'under <meta http-equiv=Content-Type content="text/html; charset=gb2312"> '
        "(no BOM, no <meta charset>), <body onload=window.print()>, a minimal page: the "
        "site logo image (alt text only), the title in <h2> (no <h1>; <title> adds "
        "--打印版; its ideographic space between the two parts is part of the title), "
        "the <div class=date> line (发布时间：…　来源：…) is not body; the text is <p> "
        "paragraphs with typed 　　 indents; three <p> each hold two report paragraphs "
        "separated by <br> (two paragraphs each, as a browser shows them: separate "
        "indented lines; the second of each pair is a must_have); "
        "<p><b>一、…</b></p> subheads are level 1; the 附件 list (two linked file "
        "names), 【关闭】【打印】 and the footer <div> (主办/承办, address, 网站标识码, "
        "ICP) are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "h01_docx_gdocs_export.docx": build_gdocs,
    "h02_docx_feishu_weekly.docx": build_feishu_weekly,
    "h03_notion_export.html": build_notion,
    "h04_confluence_kb_page.html": build_confluence,
    "h05_zhihu_column_article.html": build_zhihu,
    "h06_gov_release_print_gb2312.html": build_print_release,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-first set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (g01-g06 and h01-h06, see each row). Texts come only from the public\n"
    "government work reports 2013–2017 in `../shared/data/gov-work-reports` (whole\n"
    "paragraphs); titles, headings, labels, names, dates and furniture are written by\n"
    "the scripts, people, places, companies and sites made up. The outputs are committed\n"
    "so tests and CI need none of the tools. Gold (`gold/<file>.json`, the format of\n"
    "`../shared/data/realdocs-dev`) is written by the same scripts from what they put in\n"
    "each document, as a reader reads it and never from reader output: the title, the\n"
    "headings with levels, the running headers that must not reach the body, passages\n"
    "(each one's first 18 characters) that must appear in order, boilerplate that must\n"
    "not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| h01_docx_gdocs_export.docx | raw OOXML package written whole (read back with python-docx 1.2, LibreOffice 7.4 conversion checked), gwr 2016 (`eval/make_realdocs21_pages.py`, as h02-h06) | Google Docs export: Google's own styles.xml (docDefaults Arial 11 pt; Normal/Title/Subtitle/Heading1-6 named normal/heading 1…, no outline levels; table style Table1), `w14:paraId` 00000001… and zero rsids on every paragraph, direct font/colour/size on every run (`w:val=\"1\"`, `w:rtl`), white `w:shd` on pasted runs, Title (the title) and Subtitle line (must_not_have), Heading1-3 with `_gjdgxs`-style bookmarks (levels 1-3), numbered `%1.` and bulleted `●`/`○` lists from numbering.xml holding body paragraphs, a hyperlink inside a passage's first 18 characters, bold lead, yellow highlight, Google table (unscored), VML `o:hr` rule, 附：相关链接 block (unscored), no docProps/theme/header/footer |",
    "| h02_docx_feishu_weekly.docx | python-docx 1.2 (+ cell shading, borders XML), gwr 2017 | Feishu/钉钉-style exported 周报: title a 26 pt bold Normal paragraph (no Title style), metadata table 负责人/日期/状态 under it (date value must_not_have), Heading 1/2 whose printed text opens with an emoji (`📌 一、本周进展`; gold keeps the emoji), checklist items as `☑`/`☐` glyph runs before whole paragraphs (body; done items grey), two quote paragraphs with a left bar (body), two callout boxes as one-cell shaded tables with a 💡 提示 note (judged asides: must_not_have) |",
    '| h03_notion_export.html | written after the layout of Notion\'s HTML export, gwr 2015 | `<article class="page sans">`, `<h1 class="page-title">` (title), properties table 创建时间/标签 (not body), `<div class="page-body">` `<h1>`/`<h2>`/`<h3>` as levels 1-3 (several `<h1>` on the page), `<figure class="callout">` 提示 (aside: must_not_have), toggles `<ul class="toggle"><details open><summary>` holding body paragraphs (summary labels unscored), `simple-table` (unscored), one-item `bulleted-list` `<ul>`s (body), `<strong>`/`<mark>` spans, divider |',
    '| h04_confluence_kb_page.html | written after the layout of Confluence wiki pages, gwr 2014 | app header with its own `<h1 id="logo">`, page tree, breadcrumbs, `<h1 id="title-text">` (title), 由 …创建, 最后修改于 … (not body), `toc-macro` linking every section (neither), `<h1>`/`<h2>` in `#main-content` as levels 1/2, `confluence-information-macro-note` 注意 panel (aside: must_not_have), `confluenceTable` (unscored), likes, labels, comments section with `<h2>` 2 评论 and two comments, comment box, footer |',
    '| h05_zhihu_column_article.html | written after the layout of Zhihu-column-like article pages, gwr 2013 | `<h1 class="Post-Title">` (recommendation cards hold more `<h1>`), author card, 赞同 count, 发布于/编辑于 lines, `div.RichText` with `<p data-pid>` and `<blockquote>` report quotes (both body), `<h2>` subheads (level 1), `<figure>`/`<figcaption>` with a `<noscript>` image (caption unscored), action bar 赞同/添加评论/分享/喜欢/收藏/申请转载, 还没有评论, 文章被以下专栏收录, 推荐阅读, login modal markup at the end of `<body>`, `js-initialData` JSON copy of the article |',
    '| h06_gov_release_print_gb2312.html | written after the layout of government 打印版 pages, gwr 2016 | GB2312 bytes under `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, `<body onload="window.print()">`, title in `<h2>` (no `<h1>`), `<div class="date">发布时间：…　来源：…</div>` (not body), `<p>` with typed `　　` indents, three `<p>` holding two paragraphs split by `<br>` (each line a paragraph), `<p><b>一、…</b></p>` subheads (level 1), 附件 list, 【关闭】【打印】, footer `<div>` |',
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made21", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
