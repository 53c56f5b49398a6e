# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages l01-l06 of ``realdocs-made23`` and their gold.

A twenty-third set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (k01-k06) come from their own
maker. This half is news and government pages as the big Chinese portals, government
sites and self-media platforms publish them, as a user keeps them (the browser's "Save
as", a note app's export), each a site family or saving habit the earlier sets lack.
The texts come only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, labels,
names, dates, translations, comments and furniture are written here; people, places,
accounts and sites are made up; the markup follows general knowledge of how such sites
and tools build pages, not any real file or page):

- ``l01_agency_page2_of3.html`` (gwr 2015): page 2 of an article a news agency's
  site (新华网-like, 2015 template) splits over three pages, saved as "HTML only" from
  its ``…_2.htm`` address: no ``<h1>``, the title in ``div.h-title`` (and ``<title>``
  with the site name), the ``h-info`` time/来源 line, 字号/打印 tools; the page opens in
  the middle of the article (its first paragraph follows a paragraph on page 1, no
  heading before it), centred bold ``<p>`` heads 三、/四、 (the report's, level 1), the
  pager ``上一页 1 2 3 下一页`` inside ``div#p-detail``, 【纠错】 with a hidden form,
  ``[责任编辑: …]``, a 图集 strip of captioned pictures, 相关稿件, a right column of
  热点 lists, footer;
- ``l02_gov_tujie_blocks.html`` (gwr 2017): a provincial government portal's 图解
  page (中国政府网-like), "HTML only": a TRS-like ``div.pages_content``; the article
  is numbered blocks, each an ``<img alt="01">`` number picture, a centred bold red
  head (level 1; the number only in the picture), an infographic ``<img>`` whose alt
  text carries the block's figures (not shown), one report paragraph; three part
  banners only as pictures with alt text (第一部分…); an editor's lead; 制图 credit,
  责任编辑, 相关稿件, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】, footer;
- ``l03_wemedia_hao_complete.html`` (gwr 2016): a 网易号-like self-media article
  on a big portal, saved by Chromium as "Webpage, Complete": ``h1.post_title``,
  ``div.post_info`` with the account as 来源 and 举报, ``div.post_body`` with an
  account-written lead, a cover picture ``p.f_center``, circled-number heads
  ``<p><strong>① …</strong></p>`` (level 1), the platform's bilingual 特别声明 /
  Notice block inside ``post_body``, the account card (``post_wemedia``, + 订阅),
  share bar, 相关推荐 with ``<h3>`` item titles, 跟贴 box, 热门 side lists;
- ``l04_tv_video_transcript_gbk.html`` (gwr 2014): a provincial TV station's video
  page (央视网-like), "HTML only", GBK bytes with CRLF: the player a ``div`` holding
  only the no-Flash fallback line, a share/收藏/手机看 bar, the ``<h1>`` between
  ``<!--repaste.title.begin-->`` marks, the 视频简介 box (a one-line summary), the
  transcript between ``<!--repaste.body.begin/end-->`` marks (a dateline lead, then
  report paragraphs, no heads), 编辑/责任编辑, 相关视频 with durations, 热播排行,
  a footer with licence numbers;
- ``l05_bilingual_study_page.html`` (gwr 2013): a bilingual (双语) study page of a
  news outlet's English-learning channel, saved as "Webpage, Complete": English-and-Chinese navigation, a Chinese
  ``<h1>`` with its English version in ``p.en-title`` under it, heads with both
  languages in one ``<h2>`` (level 1), each report paragraph followed by its English
  translation (a ``<p lang="en">``, body), a 重点词汇 Vocabulary box, 来源/编辑 line,
  related bilingual stories, an English copyright footer;
- ``l06_evernote_clip_export.html`` (gwr 2016): a government portal's 解读 article
  clipped with a note app's web clipper (印象笔记/Evernote-like) and exported as an
  HTML page: XHTML 1.0 doctype, ``exporter-version``/``created``/``source-url``
  metas, the note title (the page's ``<title>``: article title ``_`` site name) as the
  export's ``<h1>`` and ``<title>``, the note's attribute table
  (``bgcolor="#D4DDE5"``: 创建时间/更新时间/来源/标签), the user's own remark line,
  then the clipped article with every style inlined: its own ``<h1>`` (the title),
  发布时间/来源/字体 line, ``<h3>`` 一、 (level 1) and ``<h4>`` （一） (level 2) heads,
  paragraphs with highlighter spans (``-evernote-highlight``), 【打印本页】【关闭窗口】
  and the page's 扫一扫 line clipped with it.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, scripts, styles and comments left out) and was
checked against Chromium's DOM of the page (``chromium --headless --dump-dom``, run
once when the pages were made). Re-running writes the same bytes:

    python eval/make_realdocs23_pages.py [--out eval/data/realdocs-made23] [--only l01 ...]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22

MINE = ("l01_", "l02_", "l03_", "l04_", "l05_", "l06_")
Gold = dict[str, Any]
esc = prev20.esc
gwr = prev20.gwr
page_gold = prev20.page_gold
saved_from = prev22.saved_from


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs23", *parts)


# ----------------------------------------------- l01 agency article, page 2 of 3

L01_YEAR = 2015
L01_TITLE = "2015年政府工作报告要点摘编"
L01_SITE = "华新网"
L01_TIME = "2015-03-05 13:42:17"
L01_SOURCE = "华新网"
L01_EDITOR = "[责任编辑:  程雨桐 ]"
L01_ID = "1114533146"
L01_URL = f"http://news.huaxin.example/politics/2015-03/05/c_{L01_ID}_2.htm"
L01_TUJI = (
    "人民大会堂前的清晨",
    "代表委员步入会场",
    "记者在新闻中心忙碌",
    "会场内座无虚席",
)
L01_RELATED = (
    "两会热词：简政放权",
    "报告中的十个数字",
    "代表委员热议政府工作报告",
)
L01_HOT = (
    "今日关注：住房公积金新政解读",
    "多地公布一季度重点项目清单",
    "春运返程客流高峰来临",
    "各地两会代表驻地见闻",
)


def build_agency_page2(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(L01_YEAR, h, i)

    blocks: list[tuple[str | None, list[str]]] = [
        (None, [p("二、", k) for k in (7, 8, 9, 10)]),
        ("三、把改革开放扎实推向纵深", [p("三、", k) for k in (0, 1, 3, 4, 5)]),
        ("四、协调推动经济稳定增长和结构优化", [p("四、", k) for k in (0, 1)]),
    ]
    parts: list[str] = []
    body: list[str] = []
    for h, paras in blocks:
        if h:
            parts.append(f'<p style="TEXT-ALIGN: center"><strong>{esc(h)}</strong></p>')
        for text in paras:
            parts.append(f"<p>　　{esc(text)}</p>")
            body.append(text)
    content = "\n".join(parts)
    base = f"http://news.huaxin.example/politics/2015-03/05/c_{L01_ID}"
    pager = (
        f'<div id="div_currpage"><center><a href="{base}.htm" class="page-Article">上一页</a>&nbsp;&nbsp;'
        f'<a href="{base}.htm" class="page-Article">1</a>&nbsp;&nbsp;<span class="page-Article">2</span>&nbsp;&nbsp;'
        f'<a href="{base}_3.htm" class="page-Article">3</a>&nbsp;&nbsp;<a href="{base}_3.htm" class="page-Article">下一页</a></center></div>'
    )
    tuji = "".join(
        f'<li><a href="http://news.huaxin.example/photo/2015-03/05/c_{int(L01_ID) + 7 + k}.htm" target="_blank"><img src="http://news.huaxin.example/photo/titlepic/{uid("l01", k)[:16]}.jpg" width="160" height="105"></a><p><a href="http://news.huaxin.example/photo/2015-03/05/c_{int(L01_ID) + 7 + k}.htm" target="_blank">{esc(t)}</a></p></li>'
        for k, t in enumerate(L01_TUJI)
    )
    related = "".join(
        f'<li><a href="http://news.huaxin.example/politics/2015-03/0{4 + k % 2}/c_{int(L01_ID) - 40 - k}.htm" target="_blank">{esc(t)}</a><span>2015-03-0{4 + k % 2}</span></li>'
        for k, t in enumerate(L01_RELATED)
    )
    hot = "".join(
        f'<li><span class="num">{k + 1}</span><a href="http://news.huaxin.example/local/2015-03/05/c_{int(L01_ID) + 90 + k}.htm" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(L01_HOT)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="政府工作报告,两会" />
<meta name="description" content="{esc(L01_TITLE)}---{esc(p("二、", 7)[:40])}" />
<title>{esc(L01_TITLE)}_{L01_SITE}</title>
<meta name="apple-itunes-app" content="app-id=794210932" />
<link rel="stylesheet" type="text/css" href="http://www.huaxin.example/static/css/detail2015.css" />
<script type="text/javascript" src="http://www.huaxin.example/static/js/jquery.js"></script>
<script type="text/javascript">var pageNum = 2; var pageCount = 3; var articleId = "{L01_ID}";</script>
</head>
<body>
<div class="topBar"><div class="widthMain"><a href="http://www.huaxin.example/">华新网首页</a> | <a href="http://news.huaxin.example/politics/">时政</a> | <a href="http://news.huaxin.example/local/">地方</a> | <a href="http://news.huaxin.example/world/">国际</a> | <a href="http://news.huaxin.example/fortune/">财经</a> | <a href="http://news.huaxin.example/photo/">图片</a> | <a href="http://www.huaxin.example/video/">视频</a></div></div>
<div class="header"><div class="widthMain"><a href="http://www.huaxin.example/" class="logo"><img src="http://www.huaxin.example/static/img/logo2015.png" alt="华新网" /></a><div class="topLink"><a href="http://news.huaxin.example/politics/">时政频道</a> &gt; 正文</div></div></div>
<div class="h-p3 clearfix">
<div class="h-title">{esc(L01_TITLE)}</div>
<div class="h-info"><span class="h-time">{L01_TIME}</span> <span>来源： <em id="source">{L01_SOURCE}</em></span></div>
<div class="h-tools"><span class="h-font">【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span> <span class="h-print"><a href="javascript:window.print();">【打印】</a></span></div>
</div>
<div class="main clearfix">
<div class="part-l left">
<div id="p-detail">
<div class="main-aticle">
{content}
</div>
{pager}
</div>
<div class="p-right left"><div id="articleEdit"><span class="tiyi1"><a href="javascript:void(0);" class="advise">【纠错】</a><div class="tiyi01" id="advisebox01" style="display:none;"><div><div class="tiyi03" id="advisetitle01">{esc(L01_TITLE)}</div><div class="tiyi02"><span><img src="http://www.huaxin.example/static/img/dot.gif" /></span><span class="tiyi04">错误描述：</span><textarea id="adviseContent01"></textarea><input type="button" value="提交" class="tiyi05" /></div></div></div></span><span class="editor">{esc(L01_EDITOR)}</span></div></div>
<div class="clear"></div>
<div class="tuji"><div class="bt"><h2>图集</h2><a href="http://news.huaxin.example/photo/" class="more">更多</a></div><ul class="tujiList">{tuji}</ul></div>
<div class="about"><div class="bt"><h2>相关稿件</h2></div><ul>{related}</ul></div>
</div>
<div class="part-r right">
<div class="rBox"><div class="bt"><h2>热点推荐</h2></div><ol class="hotList">{hot}</ol></div>
<div class="rBox"><a href="http://www.huaxin.example/app/"><img src="http://www.huaxin.example/static/img/app_ad.jpg" alt="华新网客户端" /></a><p>扫描二维码下载华新网客户端</p></div>
</div>
</div>
<div class="footer"><div class="widthMain"><p><a href="http://www.huaxin.example/about.htm">关于我们</a> | <a href="http://www.huaxin.example/contact.htm">联系我们</a> | <a href="http://www.huaxin.example/copyright.htm">版权声明</a></p><p>Copyright &copy; 2000-2015 HUAXIN.EXAMPLE All Rights Reserved.</p><p>制作单位：华新网　版权所有：华新网</p></div></div>
<script type="text/javascript" src="http://www.huaxin.example/static/js/detail_page.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        L01_TITLE,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 3, 5, 8, 10),
        [
            L01_TIME,
            "【字号 大 中 小】",
            "【打印】",
            "【纠错】",
            "错误描述：",
            L01_EDITOR,
            "下一页",
            L01_TUJI[0],
            L01_TUJI[3],
            L01_RELATED[1],
            L01_HOT[0],
            "扫描二维码下载华新网客户端",
            "制作单位：华新网　版权所有：华新网",
        ],
        "page 2 of an article a news agency's site (新华网-like 2015 template; site and "
        "editor made up) splits over three pages, saved as HTML only from its _2.htm "
        "address: there is no <h1>; the title is div.h-title (also <title> with _华新网); "
        "the h-info time/来源 line and 【字号 大 中 小】【打印】 are not body; the page "
        "opens in the middle of the article: its first paragraph (积极的财政政策要加力增效…) "
        "comes after page 1's text with no heading before it (body; the heads of page 1 "
        "are not on this page and not in the gold); centred <p><strong> 三、/四、 are the "
        "report's section heads (level 1); the pager 上一页 1 2 3 下一页 inside div#p-detail, "
        "【纠错】 with its hidden form (标题 repeated, 错误描述：) and [责任编辑: …] are not "
        "body; the 图集 strip (<h2>, captioned pictures), 相关稿件, the right column "
        "(热点推荐, app QR line) and the footer are not body; the <h2> box titles are not "
        "headings",
    )


# ---------------------------------------------- l02 government 图解 numbered blocks

L02_YEAR = 2017
L02_TITLE = "图解：2017年政府工作报告中的十项重点任务"
L02_SITE = "东川省人民政府门户网站"
L02_DATE = "2017-03-06 09:12"
L02_SOURCE = "东川省人民政府门户网站"
L02_LEAD = "今年的政府工作报告对2017年重点工作任务作出全面部署。省政府门户网站从中选取十项任务，逐项图解，方便读者快速了解。"
L02_CREDIT = "制图：省政府门户网站 周子涵　文字整理：许川"
L02_EDITOR = "责任编辑：吴嘉"
L02_PARTS = (
    "第一部分 用改革的办法深入推进“三去一降一补”",
    "第二部分 深化重要领域和关键环节改革",
    "第三部分 扩大内需 保障民生",
)
L02_BLOCKS: tuple[tuple[int, str, str, str, int], ...] = (
    (0, "去产能：压减过剩产能", "（一）", "钢铁产能压减5000万吨左右 煤炭产能退出1.5亿吨以上", 0),
    (0, "去杠杆：降低企业杠杆率", "（一）", "把降低企业杠杆率作为重中之重", 1),
    (0, "补短板：精准加力", "（一）", "针对突出问题 精准加力补短板", 2),
    (0, "脱贫攻坚：实施精准扶贫精准脱贫", "（一）", "精准扶贫 精准脱贫", 3),
    (1, "放管服：持续推进政府职能转变", "（二）", "简政放权 放管结合 优化服务", 0),
    (1, "财税改革：推开营改增", "（二）", "简化增值税税率结构", 1),
    (1, "国企国资改革：提高核心竞争力", "（二）", "形成有效制衡的公司法人治理结构", 2),
    (1, "产权保护：依法保护各种所有制产权", "（二）", "保护产权就是保护生产力", 3),
    (2, "有效投资：投向补短板调结构", "（三）", "引导资金更多投向补短板调结构促创新惠民生领域", 0),
    (2, "就业创业：完善就业政策", "（八）", "加大就业培训力度", 1),
)
L02_RELATED = (
    "一图读懂2017年政府工作报告",
    "政策解读：今年减税降费怎么减",
    "省政府召开常务会议传达学习全国两会精神",
)


def build_gov_tujie(path: Path) -> Gold:
    img = "http://www.dongchuan.gov.example/xxgk/tj/201703/W0201703063"
    parts = [
        f'<p style="text-indent: 2em;">{esc(L02_LEAD)}</p>',
        f'<p style="text-align: center;"><img src="{img}10245678901.jpg" title="" alt="{esc(L02_TITLE)}" width="600" style="border: 0px;" /></p>',
    ]
    body = [L02_LEAD]
    heads: list[str] = []
    part = -1
    for k, (pt, head, sec, alt, i) in enumerate(L02_BLOCKS):
        if pt != part:
            part = pt
            parts.append(
                f'<p style="text-align: center;"><img src="{img}2{part}000000001.png" title="" alt="{esc(L02_PARTS[part])}" width="600" style="border: 0px;" /></p>'
            )
        text = gwr(L02_YEAR, sec, i)
        parts.append(
            f'<p style="text-align: center;"><img src="{img}3{k:02d}00000001.png" title="" alt="{k + 1:02d}" width="64" height="64" style="border: 0px;" /></p>\n'
            f'<p style="text-align: center;"><strong><span style="font-size: 18px; color: rgb(192, 0, 0); font-family: 微软雅黑, &quot;Microsoft YaHei&quot;;">{esc(head)}</span></strong></p>\n'
            f'<p style="text-align: center;"><img src="{img}4{k:02d}00000001.jpg" title="" alt="{esc(alt)}" width="560" style="border: 0px;" /></p>\n'
            f'<p style="text-indent: 2em;">{esc(text)}</p>'
        )
        heads.append(head)
        body.append(text)
    parts.append(
        f'<p style="text-align: right;"><span style="font-size: 14px; color: rgb(102, 102, 102);">{esc(L02_CREDIT)}</span></p>'
    )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="http://www.dongchuan.gov.example/xxgk/zcjd/201703/t2017030{5 + k % 2}_{286410 + k}.html" target="_blank">{esc(t)}</a><span>2017-03-0{5 + k % 2}</span></li>'
        for k, t in enumerate(L02_RELATED)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="SiteName" content="{L02_SITE}" />
<meta name="SiteDomain" content="www.dongchuan.gov.example" />
<meta name="SiteIDCode" content="3600000011" />
<meta name="ColumnName" content="图解" />
<meta name="ColumnType" content="图解" />
<meta name="ArticleTitle" content="{esc(L02_TITLE)}" />
<meta name="PubDate" content="{L02_DATE}" />
<meta name="ContentSource" content="{L02_SOURCE}" />
<meta name="Keywords" content="政府工作报告,图解" />
<title>{esc(L02_TITLE)}_{L02_SITE}</title>
<link href="http://www.dongchuan.gov.example/images/2016/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://www.dongchuan.gov.example/images/2016/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><span class="fl">欢迎访问{L02_SITE}！</span><span class="fr"><a href="javascript:void(0);" id="wza">无障碍浏览</a> | <a href="javascript:void(0);" id="jft">繁體版</a> | <a href="http://www.dongchuan.gov.example/mobile/">手机版</a></span></div></div>
<div class="header"><div class="w1000"><a href="http://www.dongchuan.gov.example/"><img src="http://www.dongchuan.gov.example/images/2016/logo.png" alt="{L02_SITE}" /></a><form class="search" action="http://search.dongchuan.gov.example/"><input type="text" name="q" value="" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul class="w1000"><li><a href="http://www.dongchuan.gov.example/">首页</a></li><li><a href="http://www.dongchuan.gov.example/zwgk/">政务公开</a></li><li><a href="http://www.dongchuan.gov.example/zcjd/">政策解读</a></li><li><a href="http://www.dongchuan.gov.example/bsfw/">办事服务</a></li><li><a href="http://www.dongchuan.gov.example/hdjl/">互动交流</a></li><li><a href="http://www.dongchuan.gov.example/zjdc/">走进东川</a></li></ul></div>
<div class="w1000 crumb">当前位置：<a href="http://www.dongchuan.gov.example/">首页</a> &gt; <a href="http://www.dongchuan.gov.example/zcjd/">政策解读</a> &gt; <a href="http://www.dongchuan.gov.example/zcjd/tj/">图解</a></div>
<div class="w1000 article oneColumn pub_border">
<h1>{esc(L02_TITLE)}</h1>
<div class="pages-date">{L02_DATE} <span class="font">来源： {L02_SOURCE}</span><span class="font index_switchsize">【字体：<span onclick="changeSize(20)">大</span> <span onclick="changeSize(16)">中</span> <span onclick="changeSize(12)">小</span>】</span><span class="font"><a href="javascript:void(0);" onclick="window.print();">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
<!--<$[信息内容]>begin-->
<div class="TRS_Editor"><div class="Custom_UnionStyle">
{content}
</div></div>
<!--<$[信息内容]>end-->
</div>
<div class="editor">{L02_EDITOR}</div>
<div class="related"><div class="related_title">相关稿件</div><ul>{related}</ul></div>
<div class="sweep"><div id="qrcode"><img src="http://www.dongchuan.gov.example/images/2016/qrcode_tj.png" alt="" /></div><p>扫一扫在手机打开当前页</p></div>
<div class="print_close"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="footer"><div class="w1000"><p><a href="http://www.dongchuan.gov.example/wzdt/">网站地图</a> | <a href="http://www.dongchuan.gov.example/lxwm/">联系我们</a></p><p>主办：东川省人民政府办公厅　承办：东川省信息中心</p><p>网站标识码：3600000011　东ICP备05001234号　东公网安备 36010202000123号</p></div></div>
<script type="text/javascript" src="http://www.dongchuan.gov.example/images/2016/js/article.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        L02_TITLE,
        [(h, 1) for h in heads],
        body,
        (1, 3, 5, 8, 10),
        [
            "无障碍浏览",
            "当前位置：",
            "来源： " + L02_SOURCE,
            "【字体：大 中 小】",
            L02_CREDIT,
            L02_EDITOR,
            "相关稿件",
            L02_RELATED[0],
            "扫一扫在手机打开当前页",
            "【打印本页】【关闭窗口】",
            "主办：东川省人民政府办公厅　承办：东川省信息中心",
        ],
        "a provincial government portal's 图解 page (中国政府网-like; site and people "
        "made up), saved as HTML only: the title is the <h1> (also <title> with the site "
        "name and ArticleTitle meta); the date/来源/字体/打印 line is not body; in the "
        "TRS-like div.pages_content the editor's lead paragraph (written by the site, "
        "not report text) is body but not in must_have; a title picture whose alt is the "
        "title; three part banners (第一部分 …) exist only as pictures with alt text "
        "(not shown as text: not headings, unscored); each of the ten blocks is a "
        "number picture (alt 01-10, not shown), a centred bold red <p><strong><span> "
        "head (level 1, gold without the number, which is only in the picture), an "
        "infographic picture whose alt text repeats figures (unscored) and one report "
        "paragraph (body); the 制图/文字整理 credit, 责任编辑, 相关稿件, 扫一扫在手机"
        "打开当前页, 【打印本页】【关闭窗口】 and the footer are not body",
    )


# ----------------------------------------- l03 网易号-like self-media, Complete

L03_YEAR = 2016
L03_TITLE = "政府工作报告里的民生清单，每一条都和你有关"
L03_ACCOUNT = "政见小站"
L03_TIME = "2016-03-06 11:24:37"
L03_URL = "https://www.yunyi.example/dy/article/BHK2D7QF0519V8NM.html"
L03_LEAD = "今年的政府工作报告里，有不少和咱们老百姓日常生活息息相关的内容。小站把其中的民生部分整理出来，一起来看看。"
L03_CLOSE = "你最关心的是哪一条？欢迎在评论区留言。"
L03_CAPTION = "图片来源：视觉东川"
L03_NOTICE = (
    "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“云易号”用户上传并发布，本平台仅提供信息存储服务。",
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of YunYi Hao, which is a social media platform and only provides information storage services.",
)
L03_DESC = "用数字看政策，用政策看生活"
L03_RECO = (
    ("两会夜读｜一张图看懂今年的预期目标", "东川晚报", "1.2万跟贴"),
    ("2016年起，这些新规将影响你的生活", "政见小站", "856跟贴"),
    ("高校毕业生人数再创新高，就业岗位从哪里来", "职场观察", "320跟贴"),
)
L03_HOT = ("三月起多地上调最低工资标准", "全国两会新闻中心开放首日见闻", "春季招聘会现场直击")
L03_BLOCKS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("① 就业和教育", "（七）", (1, 2)),
    ("② 医疗和社会保障", "（七）", (3, 4)),
    ("③ 文化和社会治理", "（七）", (5, 6)),
    ("④ 安全生产", "（七）", (7,)),
    ("⑤ 农业和农村", "（四）", (1, 2, 3, 4)),
)


def build_wemedia_hao(path: Path) -> Gold:
    files = f"./{L03_TITLE}_云易新闻_files"
    parts = [
        f"<p>{esc(L03_LEAD)}</p>",
        f'<p class="f_center"><img src="{files}/{uid("l03cover")[:16]}.jpeg" onerror="this.style.display=\'none\'"><br>{esc(L03_CAPTION)}</p>',
    ]
    body = [L03_LEAD]
    for head, sec, ks in L03_BLOCKS:
        parts.append(f"<p><strong>{esc(head)}</strong></p>")
        for k in ks:
            text = gwr(L03_YEAR, sec, k)
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
    parts.append(f"<p>{esc(L03_CLOSE)}</p>")
    content = "\n".join(parts)
    reco = "".join(
        f'<li class="post_recommend"><a class="post_recommend_img" href="https://www.yunyi.example/dy/article/{uid("l03r", k)[:16].upper()}.html"><img src="{files}/{uid("l03ri", k)[:12]}.jpg" alt=""></a><div class="post_recommend_info"><h3 class="post_recommend_title"><a href="https://www.yunyi.example/dy/article/{uid("l03r", k)[:16].upper()}.html">{esc(t)}</a></h3><p class="post_recommend_source">{esc(src)}<span class="post_recommend_tie">{tie}</span></p></div></li>'
        for k, (t, src, tie) in enumerate(L03_RECO)
    )
    hot = "".join(
        f'<li><em>{k + 1}</em><a href="https://www.yunyi.example/news/article/{uid("l03h", k)[:16].upper()}.html">{esc(t)}</a></li>'
        for k, t in enumerate(L03_HOT)
    )
    page = f"""{saved_from(L03_URL)}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>{esc(L03_TITLE)}_云易新闻</title>
<meta name="keywords" content="政府工作报告,民生">
<meta name="description" content="{esc(L03_TITLE)},{esc(L03_LEAD[:30])}">
<meta property="og:title" content="{esc(L03_TITLE)}">
<meta property="og:type" content="article">
<meta property="article:author" content="{L03_ACCOUNT}">
<link rel="stylesheet" href="{files}/post_2016.css">
<script src="{files}/ne_analytics.min.js.下载" async=""></script>
<script>var config = {{"docid":"BHK2D7QF0519V8NM","channel":"dy","wemediaId":"W6823947015","source":"{L03_ACCOUNT}"}};</script>
</head>
<body>
<div class="N-nav-channel JS_NTES_LOG_FE"><a href="https://www.yunyi.example/">云易首页</a><a href="https://news.yunyi.example/">新闻</a><a href="https://sports.yunyi.example/">体育</a><a href="https://money.yunyi.example/">财经</a><a href="https://tech.yunyi.example/">科技</a><a href="https://www.yunyi.example/dy/">云易号</a><span class="N-nav-login"><a href="javascript:void(0);">登录</a></span></div>
<div class="wrapper clearfix">
<div class="post_main">
<div class="post_crumb"><a href="https://www.yunyi.example/">云易首页</a> &gt; <a href="https://www.yunyi.example/dy/">云易号</a> &gt; 正文</div>
<h1 class="post_title">{esc(L03_TITLE)}</h1>
<div class="post_info">{L03_TIME}　来源: <a href="https://www.yunyi.example/dy/media/W6823947015.html">{L03_ACCOUNT}</a><a href="javascript:void(0);" class="post_report js-tip-report">举报</a></div>
<div class="post_top"><div class="post_top_share"><span class="post_top_share_title">分享至</span><a class="share_weixin" href="javascript:void(0);" title="微信"></a><a class="share_weibo" href="javascript:void(0);" title="微博"></a><a class="share_qzone" href="javascript:void(0);" title="QQ空间"></a></div><div class="post_top_tie"><a class="post_top_tie_count" href="https://comment.yunyi.example/dy/BHK2D7QF0519V8NM.html">24</a><span>跟贴</span></div></div>
<div class="post_content" id="content">
<div class="post_body">
{content}
<div class="post_statement"><span class="bg"></span><p class="statement-cn">{esc(L03_NOTICE[0])}</p><p class="statement-en">{esc(L03_NOTICE[1])}</p></div>
</div>
<div class="post_wemedia"><div class="post_wemedia_avatar"><a href="https://www.yunyi.example/dy/media/W6823947015.html"><img src="{files}/avatar_w6823947015.png" alt="{L03_ACCOUNT}"></a></div><div class="post_wemedia_info"><a class="post_wemedia_name" href="https://www.yunyi.example/dy/media/W6823947015.html">{L03_ACCOUNT}</a><p class="post_wemedia_desc">{L03_DESC}</p></div><a class="post_wemedia_sub js-subscribe" href="javascript:void(0);">+ 订阅</a></div>
<div class="post_btns"><a class="post_btn_like" href="javascript:void(0);"><span>赞</span><em>68</em></a><a class="post_btn_share" href="javascript:void(0);">分享</a></div>
</div>
<div class="post_recommends"><h3 class="post_recommends_title">相关推荐</h3><ul>{reco}</ul></div>
<div class="tie-area" id="tie"><div class="tie-titlebar"><span class="tie-title">跟贴</span><span class="tie-info">24人参与</span></div><div class="tie-input"><textarea placeholder="文明上网，理性发言"></textarea><a class="tie-btn" href="javascript:void(0);">马上发表</a></div><div class="tie-login">登录并发贴</div></div>
</div>
<div class="post_side"><div class="side_box"><h2 class="side_title">热门推荐</h2><ul class="side_list">{hot}</ul></div><div class="side_box side_app"><img src="{files}/app_qr.png" alt=""><p>下载云易新闻客户端</p></div></div>
</div>
<div class="N-footer"><p><a href="https://corp.yunyi.example/">About YunYi</a> - <a href="https://corp.yunyi.example/contact/">联系我们</a> - <a href="https://help.yunyi.example/">帮助</a></p><p>©1997-2016 云易公司版权所有</p></div>
<script src="{files}/post_2016.min.js.下载"></script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        L03_TITLE,
        [(h, 1) for h, _, _ in L03_BLOCKS],
        body,
        (1, 4, 6, 8, 11),
        [
            L03_TIME,
            "举报",
            "分享至",
            L03_CAPTION,
            L03_NOTICE[0],
            L03_NOTICE[1],
            L03_DESC,
            "+ 订阅",
            L03_RECO[0][0],
            L03_RECO[2][0],
            "马上发表",
            "登录并发贴",
            L03_HOT[1],
            "下载云易新闻客户端",
            "©1997-2016 云易公司版权所有",
        ],
        "a 网易号-like self-media article on a big portal, saved by Chromium as Webpage, "
        "Complete (portal, account and people made up): saved-from comment, resources "
        "in ./<title>_files/; the title is h1.post_title (also <title> with _云易新闻 and "
        "og:title); the breadcrumb, post_info (time, 来源: the account, 举报) and the share "
        "bar with the 跟贴 count are not body; in div.post_body the account's own lead "
        "paragraph is body (not in must_have) and its closing call for comments "
        "(你最关心的是哪一条？…) is unscored; the cover picture's 图片来源 caption is not "
        "body; circled-number heads <p><strong>① 就业和教育</strong></p> … ⑤ are level 1 "
        "(gold with the number as printed; NFKC turns ① into 1); the platform's "
        "bilingual 特别声明 / Notice block sits inside post_body but is not body; the "
        "account card (desc, + 订阅), like/share buttons, 相关推荐 (titles in "
        "<h3 class=post_recommend_title>: not headings), the 跟贴 box, the side column "
        "(<h2> 热门推荐, app QR) and the footer are not body",
    )


# ------------------------------------------- l04 TV station video page, GBK CRLF

L04_YEAR = 2014
L04_TITLE = "[东川新闻联播]政府工作报告（摘要）"
L04_SITE = "东川网络电视台"
L04_TIME = "2014年03月05日 20:02"
L04_BRIEF = (
    "视频简介：十二届全国人大二次会议今天上午开幕，会议听取了政府工作报告。本台播发报告摘要。"
)
L04_LEAD = "本台消息（东川新闻联播）：十二届全国人大二次会议今天上午开幕，会议听取了政府工作报告。下面是报告的摘要。"
L04_NOFLASH = "您还没有安装flash播放器，请点击这里安装"
L04_EDITORS = ("编辑：周洁", "责任编辑：许东")
L04_RELATED = (
    ("[东川新闻联播]代表委员热议政府工作报告", "02:41"),
    ("[东川新闻联播]我省代表团审议政府工作报告", "03:15"),
    ("[东川新闻]两会特别节目：报告里的民生关键词", "12:08"),
    ("[东川新闻联播]简政放权释放市场活力", "01:56"),
)
L04_HOT = (
    "[东川新闻]春耕备耕有序展开",
    "[东川新闻联播]省会城市地铁二号线开通试运营",
    "[天气预报]本周后期将有一次降温过程",
)


def build_tv_video(path: Path) -> Gold:
    def p(h: str, i: int) -> str:
        return gwr(L04_YEAR, h, i)

    body = [
        L04_LEAD,
        *(p("（一）", k) for k in (1, 2, 4)),
        *(p("（三）", k) for k in (1, 2)),
        *(p("（八）", k) for k in (1, 2, 3)),
    ]
    content = "\n".join(f"<p>　　{esc(t)}</p>" for t in body)
    vid = uid("l04vid")[:32]
    related = "\n".join(
        f'<li><a href="http://tv.dctv.example/2014/03/0{5 + k // 2}/VIDE{uid("l04r", k)[:20].upper()}.shtml" target="_blank"><img src="http://p1.img.dctv.example/photoworkspace/contentimg/2014/03/0{5 + k // 2}/{uid("l04ri", k)[:18]}.jpg" width="120" height="90" /><span class="duration">{d}</span></a><p><a href="http://tv.dctv.example/2014/03/0{5 + k // 2}/VIDE{uid("l04r", k)[:20].upper()}.shtml" target="_blank">{esc(t)}</a></p></li>'
        for k, (t, d) in enumerate(L04_RELATED)
    )
    hot = "\n".join(
        f'<li><span class="n{k + 1}">{k + 1}</span><a href="http://tv.dctv.example/2014/03/04/VIDE{uid("l04h", k)[:20].upper()}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(L04_HOT)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>{esc(L04_TITLE)}_{L04_SITE}</title>
<meta name="keywords" content="东川新闻联播 政府工作报告 两会" />
<meta name="description" content="{esc(L04_BRIEF[5:])}" />
<link href="http://tv.dctv.example/style/video_page_2013.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">var guid = "{vid}"; var column = "东川新闻联播"; var isHtml5 = false;</script>
<script type="text/javascript" src="http://js.dctv.example/player/vodplayer_2013.js"></script>
</head>
<body>
<div class="top_nav"><div class="w960"><a href="http://www.dctv.example/" class="logo"><img src="http://www.dctv.example/images/logo_dctv.png" alt="{L04_SITE}" /></a><ul><li><a href="http://www.dctv.example/">首页</a></li><li><a href="http://news.dctv.example/">新闻</a></li><li><a href="http://tv.dctv.example/">点播</a></li><li><a href="http://live.dctv.example/">直播</a></li><li><a href="http://tv.dctv.example/lm/">栏目大全</a></li></ul></div></div>
<div class="w960 cnt_nav"><a href="http://www.dctv.example/">首页</a> &gt; <a href="http://news.dctv.example/">新闻频道</a> &gt; <a href="http://tv.dctv.example/lm/dcxwlb/">东川新闻联播</a> &gt; 正文</div>
<div class="w960 clearfix">
<div class="col_l">
<div class="video_area"><div id="myFlash"><p class="noflash">您还没有安装flash播放器，请点击<a href="http://www.adobe.com/go/getflash" target="_blank">这里</a>安装</p></div>
<script type="text/javascript">createVodPlayer("myFlash", {{videoCenterId: "{vid}", w: 640, h: 360, isAutoPlay: "true"}});</script>
<div class="vtool"><span class="share">分享到：<a href="javascript:void(0);">新浪微博</a> <a href="javascript:void(0);">腾讯微博</a> <a href="javascript:void(0);">人人网</a></span><span class="opt"><a href="javascript:void(0);">收藏</a> | <a href="javascript:void(0);">手机看</a> | <a href="http://app.dctv.example/">下载客户端</a></span></div></div>
<div class="cnt_bd">
<!--repaste.title.begin--><h1>{esc(L04_TITLE)}</h1><!--repaste.title.end-->
<div class="function"><span class="info"><i><a href="http://www.dctv.example/" target="_blank">{L04_SITE}</a> {L04_TIME}</i></span></div>
<div class="video_brief">{esc(L04_BRIEF)}</div>
<!--repaste.body.begin-->{content}<!--repaste.body.end-->
<div class="zebian"><span>{L04_EDITORS[0]}</span>　<span>{L04_EDITORS[1]}</span></div>
</div>
</div>
<div class="col_r">
<div class="xgsp"><h3>相关视频</h3><ul>
{related}
</ul></div>
<div class="rmph"><h3>热播排行</h3><ol>
{hot}
</ol></div>
</div>
</div>
<div class="footer"><div class="w960"><p><a href="http://www.dctv.example/about/">关于我们</a> | <a href="http://www.dctv.example/ad/">广告服务</a> | <a href="http://www.dctv.example/contact/">联系方式</a></p><p>信息网络传播视听节目许可证：1805131号　东ICP备13000521号</p><p>Copyright &copy; 2014 Dongchuan Network Television. All Rights Reserved</p></div></div>
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gbk"))
    return page_gold(
        page,
        L04_TITLE,
        [],
        body,
        (1, 3, 4, 6, 8),
        [
            L04_NOFLASH,
            "分享到：新浪微博 腾讯微博 人人网",
            "手机看",
            L04_TIME,
            L04_EDITORS[0],
            L04_EDITORS[1],
            "相关视频",
            L04_RELATED[0][0],
            L04_RELATED[2][0],
            "热播排行",
            L04_HOT[1],
            "信息网络传播视听节目许可证：1805131号",
            "Copyright © 2014 Dongchuan Network Television. All Rights Reserved",
        ],
        "a provincial TV station's video page (央视网-like; station, programme and "
        "people made up), saved as HTML only: GBK bytes under an http-equiv "
        "charset=gbk meta, CRLF; the player div holds only the no-Flash fallback line "
        "(not body), then the share/收藏/手机看/下载客户端 bar; the title is the <h1> "
        "between <!--repaste.title.begin/end--> marks, the programme tag [东川新闻联播] "
        "included as printed (also <title> with _东川网络电视台); the site/time line is "
        "not body; the 视频简介 box (a one-line summary, written by the station) is "
        "unscored; the transcript between <!--repaste.body.begin/end--> marks is the "
        "body: a dateline lead (本台消息（东川新闻联播）：…, body, not in must_have) and "
        "report paragraphs, every <p> opening with typed 　　, no heads (no headings); "
        "编辑/责任编辑, the 相关视频 list with durations and 热播排行 (<h3> box titles: "
        "not headings) and the footer with licence numbers are not body",
    )


# ------------------------------------------------ l05 bilingual (双语) study page

L05_YEAR = 2013
L05_TITLE = "双语：2013年政府工作报告中的民生承诺"
L05_EN_TITLE = "Bilingual: pledges on people's wellbeing in the 2013 government work report"
L05_SITE = "华夏日报网 英语学习"
L05_META = "来源：华夏日报网　编辑：林晓　2013-03-06 15:20"
L05_INTRO = "Editor's note: Below are excerpts from the government work report with our English translation, for readers studying both languages."
L05_EN: dict[int, str] = {
    1: "Expand employment by every possible means. We will continue to put employment first and pursue a more proactive employment policy, create jobs by keeping growth steady and adjusting the economic structure, strengthen vocational skills training so that workers are better able to find jobs or start businesses, increase funding and policy support, improve employment services, encourage business startups as a way to create jobs, ensure employment for key groups, and promote a sustained and steady increase in the incomes of urban and rural residents.",
    2: "Improve the social security system. We will follow the principle of ensuring full coverage, meeting basic needs, providing protection at multiple levels and keeping the system sustainable. We will steadily expand the coverage of social security, raise the level at which funds are pooled and the level of benefits, improve the various schemes and link them better, make the system fairer, adapt it to a mobile population and keep it sustainable. This year the basic pensions of enterprise retirees will rise again by 10%, and subsistence allowances in urban and rural areas and benefits for entitled groups will also be raised. We will give more support to the old-age service system and to child welfare institutions.",
    3: "Deepen the reform and development of medicine and health care. We will consolidate and improve the system for basic drugs and the new operating mechanisms of community-level medical and health institutions, speed up the reform of public hospitals and encourage private investment in medical services. We will support the development of traditional Chinese medicine and the medicine of ethnic minorities. We will improve the universal medical insurance system, set up insurance and assistance mechanisms for major and serious diseases, and extend to the whole country trials of insurance for 20 major diseases, including childhood leukemia. This year government subsidies for the new rural cooperative medical care system and for basic medical insurance for non-working urban residents will rise from 240 to 280 yuan per person a year, and per capita funding for basic public health services will rise from 25 to 30 yuan.",
    4: "Gradually improve the population policy. We will keep to the basic state policy of family planning, adapt to changes in the size and structure of our population, address its size, quality, structure and distribution as a whole, and promote balanced population development over the long term. We will give importance to services for the elderly, protect the rights and interests of women and minors, and care for and support programs for persons with disabilities.",
    6: "Strengthen regulation of the real estate market and the building of government-subsidized housing. We will resolutely curb speculative and investment demand, promptly improve the system of responsibility for keeping housing prices stable and the policies for regulating the real estate market, and build a long-term mechanism for its steady and sound development. We will keep building and managing government-subsidized housing well, so that people can live in homes they trust and are happy with. This year 4.7 million government-subsidized urban housing units will be basically completed and construction will start on 6.3 million, and the renovation of dilapidated rural houses will continue.",
    7: "Continue to give priority to education. Government spending on education now exceeds 2 trillion yuan a year and will keep growing; this money must be well spent, to the satisfaction of the people. We will further deepen comprehensive reform of education and solve the major problems of general public concern. We will work for balanced development of compulsory education, speed up the development of modern vocational education, raise the quality of education of all types and at all levels, further promote fairness in education, and provide strong human resources for the country's development.",
    9: "Make solid progress in cultural development. We will include cultural reform and development in the overall plans for economic and social development and in the systems for evaluating the performance of governments and officials at all levels, so that cultural programs flourish and cultural industries grow fast. Governments will fulfil their duty to develop public-interest cultural programs, speed up key cultural projects that benefit the people, and improve the public cultural service system. We will promote fitness-for-all activities and develop both mass sports and competitive sports.",
    10: "Vigorously promote education in public morality, professional ethics, family virtues and personal integrity. We will build a credit system, with integrity in government leading integrity in business and in society, so as to foster a sound social atmosphere.",
}
L05_HEADS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("就业与社保 Jobs and social security", (1, 2)),
    ("医疗与人口 Health care and population", (3, 4)),
    ("住房与教育 Housing and education", (6, 7)),
    ("文化与道德 Culture and ethics", (9, 10)),
)
L05_VOCAB = (
    ("就业优先战略", "employment-first strategy"),
    ("城乡低保", "urban and rural subsistence allowances"),
    ("保障性安居工程", "government-subsidized housing projects"),
    ("全民健身", "fitness for all"),
)
L05_RELATED = (
    "双语：政府工作报告中的高频词",
    "Bilingual: ten numbers in the report 报告里的十个数字",
    "两会热词英文怎么说？",
)


def build_bilingual(path: Path) -> Gold:
    files = f"./{L05_TITLE}_files"
    parts = [f'<p class="editor-note" lang="en"><em>{esc(L05_INTRO)}</em></p>']
    body: list[str] = []
    for head, ks in L05_HEADS:
        parts.append(f"<h2>{esc(head)}</h2>")
        for k in ks:
            zh = gwr(L05_YEAR, "（三）", k)
            parts.append(f'<p lang="zh-CN">{esc(zh)}</p>')
            parts.append(f'<p lang="en" class="en">{esc(L05_EN[k])}</p>')
            body += [zh, L05_EN[k]]
    vocab = "".join(f"<li><b>{esc(zh)}</b> {esc(en)}</li>" for zh, en in L05_VOCAB)
    parts.append(
        f'<div class="vocab"><p class="vocab-title">重点词汇 Vocabulary</p><ul>{vocab}</ul></div>'
    )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="http://language.huaxia.example/2013-03/0{5 + k % 2}/content_{16287430 + k}.htm" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(L05_RELATED)
    )
    page = f"""{saved_from("http://language.huaxia.example/2013-03/06/content_16287455.htm")}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(L05_TITLE)} - {L05_SITE}</title>
<meta name="keywords" content="双语,政府工作报告,bilingual">
<meta name="description" content="{esc(L05_EN_TITLE)}">
<link rel="stylesheet" href="{files}/language2013.css">
<script src="{files}/jquery-1.7.2.min.js.下载"></script>
</head>
<body>
<div class="topnav"><a href="http://www.huaxia.example/">Huaxia Daily 华夏日报</a> | <a href="http://language.huaxia.example/">Language Tips 英语学习</a> | <a href="http://language.huaxia.example/news/">Bilingual News 双语新闻</a> | <a href="http://language.huaxia.example/words/">Hot Words 热词</a> | <a href="http://language.huaxia.example/audio/">Audio 听力</a></div>
<div class="logo-bar"><a href="http://language.huaxia.example/"><img src="{files}/logo_language.png" alt="Language Tips"></a><div class="location">You are here: <a href="http://language.huaxia.example/">Home 首页</a> &gt; <a href="http://language.huaxia.example/news/">Bilingual News 双语新闻</a></div></div>
<div class="main-wrap">
<div class="article">
<h1>{esc(L05_TITLE)}</h1>
<p class="en-title" lang="en">{esc(L05_EN_TITLE)}</p>
<div class="info">{esc(L05_META)}</div>
<div class="share-bar">Share 分享: <a href="javascript:void(0);">微博</a> <a href="javascript:void(0);">微信</a> <a href="javascript:void(0);">Facebook</a> <a href="javascript:void(0);">Twitter</a></div>
<div id="Content" class="content">
{content}
</div>
<div class="disclaimer">声明：本网站所刊载信息，不代表华夏日报观点。双语译文仅供学习参考。</div>
<div class="related"><p class="related-title">Related Stories 相关阅读</p><ul>{related}</ul></div>
</div>
<div class="sidebar"><div class="side-box"><p class="side-title">Most Popular 热门</p><ol><li><a href="http://language.huaxia.example/words/2013-03/04/content_16280011.htm">每日一词：subsistence allowance</a></li><li><a href="http://language.huaxia.example/audio/2013-03/03/content_16279023.htm">听力：两会新闻发布会</a></li></ol></div></div>
</div>
<div class="footer" lang="en"><p>Copyright 1995 - 2013. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Huaxia Daily Information Co (HXDIC).</p><p>版权声明：本网站所刊登的华夏日报各种新闻﹑信息和各种专题专栏资料，均为华夏日报版权所有，未经协议授权，禁止下载使用。</p></div>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        L05_TITLE,
        [(h, 1) for h, _ in L05_HEADS],
        body,
        (0, 4, 6, 10, 14),
        [
            "Language Tips 英语学习",
            "You are here:",
            L05_META,
            "Share 分享:",
            "声明：本网站所刊载信息，不代表华夏日报观点。双语译文仅供学习参考。",
            "Related Stories 相关阅读",
            L05_RELATED[1],
            "Most Popular 热门",
            "每日一词：subsistence allowance",
            "版权声明：本网站所刊登的华夏日报各种新闻﹑信息和各种专题专栏资料",
        ],
        "a bilingual (双语) study page of a news outlet's English-learning channel, saved "
        "by Chromium as Webpage, Complete (outlet, channel and editor made up; the "
        "English translations written for this page): the title is the Chinese <h1> "
        "(also <title> with - 华夏日报网 英语学习); its English version p.en-title right "
        "under it is unscored (a translation of the title: neither title nor body); the "
        "来源/编辑/date line and the share bar are not body; the editor's English note "
        "opening the content is unscored; heads are one <h2> each holding the Chinese "
        "and the English name (level 1, gold the whole line as printed); every report "
        "paragraph (<p lang=zh-CN>) is followed by its English translation "
        "(<p lang=en>): both are body, the English ones not in must_have; the 重点词汇 "
        "Vocabulary box closing the content is unscored (study aid); the 声明 line, "
        "Related Stories, Most Popular and the bilingual copyright footer are not body",
    )


# ------------------------------------------- l06 note app web clip, HTML export

L06_YEAR = 2016
L06_TITLE = "财政金融和生态环境：2016年政府工作报告重点任务解读"
L06_SITE = "东川省人民政府门户网站"
L06_NOTE_TITLE = f"{L06_TITLE}_{L06_SITE}"
L06_URL = "http://www.dongchuan.gov.example/zcjd/201603/t20160306_1287734.html"
L06_CREATED = "2016/3/7 9:30"
L06_UPDATED = "2016/3/8 21:05"
L06_TAGS = "两会, 学习材料"
L06_REMARK = "（组内学习材料，周四讨论前看完，重点看第二部分。）"
L06_INFO = "发布时间：2016-03-06 10:20　来源：省政府研究室　【字体：大 中 小】"
L06_LEAD = (
    "今年的政府工作报告对宏观经济政策和生态环境治理作出部署。本文摘录相关内容，供大家学习参考。"
)
L06_OUTLINE: tuple[tuple[str, int, str, tuple[int, ...]], ...] = (
    ("一、宏观经济政策", 1, "（一）", (0,)),
    ("（一）积极的财政政策", 2, "（一）", (1, 2, 3)),
    ("（二）稳健的货币政策", 2, "（一）", (4, 5)),
    ("二、生态环境治理", 1, "（六）", ()),
    ("（一）大气和水污染治理", 2, "（六）", (0,)),
    ("（二）节能环保产业和生态屏障", 2, "（六）", (1, 2)),
)
L06_MARKS = {  # paragraphs with a highlighter span: (year section, index) -> phrase
    ("（一）", 1): "今年拟安排财政赤字2.18万亿元",
    ("（六）", 0): "今年化学需氧量、氨氮排放量要分别下降2%",
}
P_STYLE = "box-sizing: border-box; margin: 0px 0px 16px; padding: 0px; color: rgb(51, 51, 51); font-family: 'Microsoft YaHei', 宋体; font-size: 16px; line-height: 30px; text-indent: 2em; text-align: justify;"


def build_note_export(path: Path) -> Gold:
    files = f"{L06_NOTE_TITLE}_files"
    parts = [f'<p style="{P_STYLE}">{esc(L06_LEAD)}</p>']
    body = [L06_LEAD]
    for head, lv, sec, ks in L06_OUTLINE:
        tag, size = ("h3", "18px") if lv == 1 else ("h4", "16px")
        parts.append(
            f"<{tag} style=\"box-sizing: border-box; margin: 20px 0px 12px; padding: 0px; color: rgb(24, 78, 152); font-family: 'Microsoft YaHei', 黑体; font-size: {size}; font-weight: bold; line-height: 30px; text-indent: 2em;\">{esc(head)}</{tag}>"
        )
        for k in ks:
            text = gwr(L06_YEAR, sec, k)
            mark = L06_MARKS.get((sec, k))
            if mark:
                assert mark in text, mark
                a, b = text.split(mark, 1)
                inner = f'{esc(a)}<span style="-evernote-highlight:true; background-color:#FFFFB0;">{esc(mark)}</span>{esc(b)}'
            else:
                inner = esc(text)
            parts.append(f'<p style="{P_STYLE}">{inner}</p>')
            body.append(text)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
<meta name="exporter-version" content="Evernote Windows/306523 (zh-CN, DDL); Windows/6.1.7601 Service Pack 1 (Win64);"/>
<meta name="author" content="王思远"/>
<meta name="created" content="2016-03-07 01:30:12 +0000"/>
<meta name="source" content="web.clip7"/>
<meta name="source-url" content="{L06_URL}"/>
<meta name="updated" content="2016-03-08 13:05:44 +0000"/>
<title>{esc(L06_NOTE_TITLE)}</title>
</head>
<body>
<h1>{esc(L06_NOTE_TITLE)}</h1>
<div>
<table bgcolor="#D4DDE5" border="0">
<tr><td><b>创建时间：</b></td><td><i>{L06_CREATED}</i></td></tr>
<tr><td><b>更新时间：</b></td><td><i>{L06_UPDATED}</i></td></tr>
<tr><td><b>来源：</b></td><td><i><a href="{L06_URL}">{L06_URL}</a></i></td></tr>
<tr><td><b>标签：</b></td><td><i>{L06_TAGS}</i></td></tr>
</table>
</div>
<br/>
<div>
<span><div style="-en-clipboard:true;"><div style="color: rgb(255, 0, 0);">{esc(L06_REMARK)}</div><div><br/></div>
<div style="box-sizing: border-box; margin: 0px auto; padding: 20px 40px; width: 920px; background-color: rgb(255, 255, 255); font-family: 'Microsoft YaHei', 宋体;">
<h1 style="box-sizing: border-box; margin: 10px 0px 16px; padding: 0px; color: rgb(24, 78, 152); font-family: 'Microsoft YaHei', 黑体; font-size: 26px; font-weight: bold; line-height: 40px; text-align: center;">{esc(L06_TITLE)}</h1>
<div style="box-sizing: border-box; margin: 0px 0px 20px; padding: 0px 0px 10px; border-bottom: 1px dashed rgb(204, 204, 204); color: rgb(102, 102, 102); font-size: 14px; text-align: center;">{esc(L06_INFO)}</div>
<div style="box-sizing: border-box; margin: 0px; padding: 0px;">
{content}
</div>
<div style="box-sizing: border-box; margin: 30px 0px 0px; padding: 0px; text-align: right; font-size: 14px;"><a href="javascript:window.print();" style="color: rgb(51, 51, 51); text-decoration: none;">【打印本页】</a><a href="javascript:window.close();" style="color: rgb(51, 51, 51); text-decoration: none;">【关闭窗口】</a></div>
<div style="box-sizing: border-box; margin: 20px 0px 0px; padding: 0px; text-align: center;"><img src="{files}/qrcode.png" type="image/png" data-filename="qrcode.png" style="width: 100px; height: 100px;"/><div style="font-size: 12px; color: rgb(153, 153, 153);">扫一扫在手机打开当前页</div></div>
</div>
</div></span>
</div></body></html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        L06_TITLE,
        [(h, lv) for h, lv, _, _ in L06_OUTLINE],
        body,
        (1, 3, 5, 7, 8),
        [
            L06_NOTE_TITLE,
            "创建时间：",
            L06_UPDATED,
            L06_TAGS,
            L06_INFO,
            "【打印本页】【关闭窗口】",
            "扫一扫在手机打开当前页",
        ],
        "a government portal's 解读 article clipped with a note app's web clipper "
        "(印象笔记/Evernote-like) and exported as an HTML page (portal, user and people "
        "made up): XHTML 1.0 doctype, exporter-version/created/source-url metas; the "
        "export's first <h1> and <title> are the note title, which the clipper took from "
        "the page's <title>: the article title + _东川省人民政府门户网站 (not the title: "
        "the site name is glued on; must_not_have as a whole line); the note's attribute "
        "table (bgcolor #D4DDE5: 创建时间/更新时间/来源/标签) is not body; the user's own "
        "red remark line (（组内学习材料…）) is unscored; the clipped article, every "
        "element with inline styles: its own centred <h1> is the title, the "
        "发布时间/来源/字体 line is not body, the lead (written by the portal) is body "
        "but not in must_have; <h3> 一、 heads are level 1 and <h4> （一） heads level 2 "
        "(the level-1 head 二、 directly followed by its first level-2 head); two "
        "paragraphs hold a highlighter span (-evernote-highlight) in mid-sentence "
        "(body, one paragraph each); 【打印本页】【关闭窗口】 and 扫一扫在手机打开当前页 "
        "were clipped with the article (not body)",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "l01_agency_page2_of3.html": build_agency_page2,
    "l02_gov_tujie_blocks.html": build_gov_tujie,
    "l03_wemedia_hao_complete.html": build_wemedia_hao,
    "l04_tv_video_transcript_gbk.html": build_tv_video,
    "l05_bilingual_study_page.html": build_bilingual,
    "l06_evernote_clip_export.html": build_note_export,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-third set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (k01-k06 and l01-l06, see each row). Texts come only from the public\n"
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
    "| l01_agency_page2_of3.html | written after the layout of news agencies' sites splitting an article over pages (新华网-like 2015 template), page 2 of 3 saved as HTML only, gwr 2015 (`eval/make_realdocs23_pages.py`, as l02-l06) | no `<h1>`: title in `div.h-title` (+ `<title>` `_site`), `h-info` time/来源 and 【字号】【打印】 (not body); the page starts mid-article (first paragraph without a heading before it), centred `<p><strong>` 三、/四、 (level 1); pager 上一页 1 2 3 下一页 in `div#p-detail`, 【纠错】 with a hidden form, `[责任编辑: …]`, 图集 strip of captioned pictures under an `<h2>`, 相关稿件, right column 热点推荐 (all not body) |",
    "| l02_gov_tujie_blocks.html | written after the layout of government portals' 图解 pages (中国政府网-like), HTML only, gwr 2017 | `<h1>` title, date/来源/字体 line; TRS-like `div.pages_content`: editor's lead (body), part banners only as `<img alt>` (unscored), ten blocks each a number picture (`alt=\"01\"`), a centred bold red `<p><strong><span>` head (level 1, number only in the picture), an infographic `<img>` with figures in its alt (unscored) and one report paragraph; 制图 credit, 责任编辑, 相关稿件, 扫一扫在手机打开当前页, 【打印本页】【关闭窗口】 (not body) |",
    "| l03_wemedia_hao_complete.html | written after the layout of portals' self-media (网易号-like) articles as Chromium saves them (Webpage, Complete), gwr 2016 | saved-from mark, `_files/` resources; `h1.post_title`, `post_info` time/来源 account/举报, share bar with 跟贴 count; `div.post_body`: account's lead (body), cover picture caption (not body), circled-number heads `<p><strong>① …</strong></p>` (level 1), closing call for comments (unscored), the bilingual 特别声明/Notice block inside `post_body` (not body); account card with + 订阅, 相关推荐 with `<h3>` titles, 跟贴 box, side list (not body) |",
    "| l04_tv_video_transcript_gbk.html | written after the layout of TV stations' video pages (央视网-like), HTML only, gwr 2014 | GBK bytes (`charset=gbk` http-equiv), CRLF; player `div` with only the no-Flash fallback line, share/收藏/手机看 bar; `<h1>` between `<!--repaste.title.begin/end-->` marks ([programme] tag kept in the title); 视频简介 box (unscored); transcript between `<!--repaste.body.begin/end-->`: dateline lead + `　　`-indented report paragraphs, no headings; 编辑/责任编辑, 相关视频 with durations, 热播排行, licence footer (not body) |",
    "| l05_bilingual_study_page.html | written after the layout of news outlets' bilingual (双语) English-learning pages, Webpage, Complete, gwr 2013 | English-and-Chinese nav/labels (You are here:, Share 分享:); Chinese `<h1>` title with its English version in `p.en-title` (unscored); `<h2>` heads holding Chinese and English (level 1, whole line); each report paragraph followed by its English translation `<p lang=\"en\">` (body, not in must_have); editor's English note and 重点词汇 Vocabulary box (unscored); 来源/编辑 line, 声明, Related Stories, Most Popular, bilingual copyright footer (not body) |",
    "| l06_evernote_clip_export.html | written after the layout of a note app's (印象笔记/Evernote-like) HTML export of a web-clipped government 解读 article, gwr 2016 | XHTML doctype, `exporter-version`/`source-url` metas; export `<h1>`/`<title>` = note title = article title `_` site name (must_not_have); attribute table `bgcolor=\"#D4DDE5\"` 创建时间/更新时间/来源/标签 (not body); user's red remark (unscored); clipped article with every style inline: its own `<h1>` (title), 发布时间/来源/字体 line (not body), `<h3>` 一、 (level 1) and `<h4>` （一） (level 2), `-evernote-highlight` spans mid-paragraph, 【打印本页】【关闭窗口】 and 扫一扫 line clipped along (not body) |",
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made23", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
