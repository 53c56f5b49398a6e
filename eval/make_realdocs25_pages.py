# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages p01-p06 of ``realdocs-made25`` and their gold.

A twenty-fifth set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (o01-o06) come from their own
maker. This half is news and reference pages an overseas buyer's analyst saves from
site families the earlier sets lack: a news agency's site on an old GB2312 template,
a theory journal's site saved complete, a portal with a 原标题 line and comment counts,
a finance daily with an author card and two levels of subheads, a national daily's
Chinese site with furniture inside the article container, and a wiki's mobile view.
The texts come only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, labels,
names, dates, captions, leads and furniture are written here; people, places, companies
and sites are made up; the markup follows general knowledge of how such sites build
pages, not any real file or page):

- ``p01_agency_news_gb2312_dateline.html`` (gwr 2014): a news agency's site
  (中新网-like), GB2312 bytes under an http-equiv ``charset=gb2312``, CRLF, saved as
  HTML only: ``<h1>``, time/来源/参与互动 line, share strip; ``div.left_zw`` with
  ``　　``-indented ``<p>``s: a ``中闻网北京3月5日电 (记者 …)`` dateline lead, a
  picture ``<table>`` with a caption, a floated ad card between paragraphs, no heads,
  ``(完)`` at the end of the last paragraph, a 点击进入专题 line and
  ``【编辑:…】`` still inside ``left_zw``; copyright notice, 相关新闻 with dates,
  comment box, 新闻排行, footer with licence numbers;
- ``p02_theory_site_notes_complete.html`` (gwr 2013): a theory journal's site
  (求是网/光明网理论-like) saved by Chromium as "Webpage, Complete" (``saved from``
  mark, resources in ``./…_files/``): ``<h1>``, 来源/作者/time line with 【字号】;
  ``div.TRS_Editor`` with its own ``<style>`` inside the body, opening paragraphs,
  centred bold ``一、`` heads (level 1), indented bold ``（一）`` heads (level 2),
  ``<sup>[n]</sup>`` note marks at paragraph ends, the 作者单位 line and a 注释 list
  after the text (unscored), ``[责编：…]``; 分享到, 扫一扫, 相关文章, footer;
- ``p03_portal_original_title_comments.html`` (gwr 2017): a portal's news page
  (凤凰网-like) saved complete: ``<h1>`` with time/来源/作者 and 参与/评论 counts;
  ``div#main_content`` opens with a ``原标题：`` line (unscored), ``<p><strong>``
  heads (level 1), a picture with a 资料图 caption, the site logo ``<span>`` at the
  end; ``[责任编辑：… NS045]``, 标签, WeChat QR share prompt, 客户端 download box,
  comment counts again, 热门推荐, footer; the whole article again as escaped HTML in
  a ``var allData = {…}`` script;
- ``p04_finance_daily_author_card.html`` (gwr 2016): a finance daily's site
  (第一财经/界面-like): ``<h1>``, 来源/作者/time line, a 摘要 box (unscored),
  ``div.m-txt`` with ``<h3>`` heads (level 1) and ``<p class="f-b">`` heads bold
  only by a ``<style>`` rule in the head (level 2), a figure with 图片来源 credit, a
  【声明】 copyright paragraph as the last child of the text container; 编辑 line,
  点赞/举报, an author card (name, 简介, 文章/粉丝 counts, + 关注), 相关阅读, app QR,
  footer;
- ``p05_daily_cn_site_gbk_pager.html`` (gwr 2015): a national daily's Chinese site
  (中国日报中文网-like), GBK bytes under HTML5 ``<meta charset="gbk">``, page 1 of 2
  saved as HTML only: ``h1.dabiaoti``, 来源/time and 分享到 line; ``div#Content`` with
  a dateline lead, centred ``<p><strong>`` heads (level 1), a 延伸阅读 box between
  paragraphs and the pager ``1 2 下一页`` inside ``#Content``; 【责任编辑：…】, 版权说明,
  相关新闻, 热点推荐, footer;
- ``p06_wiki_mobile_sections.html`` (gwr 2013): a MediaWiki site's mobile view
  (MinervaNeue-like): header with 打开主菜单/search, ``h1#section_0`` with a tagline,
  page actions (语言/加入监视列表/编辑); ``mf-section-0`` lead with an infobox and a
  hatnote; ``<h2 class="section-heading collapsible-heading">`` (level 1) each
  followed by its ``<section class="collapsible-block">``, ``<h3 class="in-block">``
  (level 2), every head with a ``mw-editsection`` 编辑 link (read without it),
  ``sup.reference`` marks, ``<h2>参考文献</h2>`` with ``ol.references`` and a navbox
  (neither heading nor body), last-modified bar, licence footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, scripts, styles and comments left out) and was
checked against Chromium's DOM of the page (``chromium --headless --dump-dom``, run
once when the pages were made). Re-running writes the same bytes:

    python eval/make_realdocs25_pages.py [--out eval/data/realdocs-made25] [--only p01 ...]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22

MINE = ("p01_", "p02_", "p03_", "p04_", "p05_", "p06_")
Gold = dict[str, Any]
Refs = tuple[tuple[str, int], ...]
esc = prev20.esc
gwr = prev20.gwr
page_gold = prev20.page_gold
saved_from = prev22.saved_from


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs25", *parts)


def texts(year: int, refs: Refs) -> list[str]:
    """The report paragraphs ``refs`` ((section, index) pairs) of ``year``."""
    return [gwr(year, sec, i) for sec, i in refs]


# --------------------------------------------- p01 news agency site, GB2312 template

P01_YEAR = 2014
P01_TITLE = "政府工作报告：今年进出口预期增长7.5%左右 推动服务业扩大开放"
P01_SITE = "中闻网"
P01_TIME = "2014年03月05日 14:32"
P01_LEAD = "中闻网北京3月5日电 (记者 刘晓 蒋文澜)十二届全国人大二次会议5日上午在北京人民大会堂开幕。国务院总理在政府工作报告中就对外开放和外贸工作作出部署。"
P01_CAPTION = "3月5日，十二届全国人大二次会议在北京人民大会堂开幕。中闻社记者 盛嘉 摄"
P01_AD = "东川银行跨境通 结售汇一站办理"
P01_TOPIC = "点击进入专题：2014年全国两会"
P01_EDITOR = "【编辑:周琳】"
P01_NOTICE = "本网站所刊载信息，不代表中闻社和中闻网观点。 刊用本网站稿件，务经书面授权。"
P01_NOTICE2 = "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。"
P01_PARAS: Refs = (
    ("（二）", 0),
    ("（二）", 1),
    ("（二）", 2),
    ("（二）", 3),
    ("（二）", 4),
    ("（一）", 1),
    ("（三）", 2),
    ("（一）", 4),
)
P01_RELATED = (
    ("商务部：外贸形势依然严峻复杂 稳增长压力较大", "2014年03月04日"),
    ("代表委员热议自贸试验区：可复制可推广是关键", "2014年03月04日"),
    ("海关总署：前两月我国进出口总值同比增长2.4%", "2014年03月03日"),
)
P01_RANK = (
    "两会经济热词：简政放权、混合所有制、利率市场化",
    "东川港一季度集装箱吞吐量创新高",
    "多地上调最低工资标准 平均增幅超过13%",
    "央行：继续实施稳健的货币政策",
)


def build_agency_news(path: Path) -> Gold:
    body = [P01_LEAD, *texts(P01_YEAR, P01_PARAS)]
    host = "http://www.zhongwen-news.example"
    url = f"{host}/cj/2014/03-05/5912384.shtml"
    img = f"http://i2.zhongwen-news.example/cj/2014/03-05/U{uid('p01i')[:6]}P4T8D5912384F1DT20140305143201.jpg"
    parts = [
        f"<p>　　{esc(P01_LEAD)}</p>",
        f'<table border="0" cellspacing="0" cellpadding="0" align="center" style="margin:auto;"><tr><td><img src="{img}" border="0" alt="" style="border:#000 1px solid;" /></td></tr><tr><td align="center" style="padding-top:5px;font-size:12px;">{esc(P01_CAPTION)}</td></tr></table>',
    ]
    for k, text in enumerate(body[1:]):
        if k == 4:
            parts.append(
                f'<div class="adInContent" id="adhzh" style="float:right;width:300px;margin:0 0 10px 20px;"><span class="ad_tag">广告</span><a href="http://ad.zhongwen-news.example/c?z=cns&amp;la=0&amp;si=12" target="_blank"><img src="http://i2.zhongwen-news.example/ad/2014/dcyh_300x250.jpg" width="300" height="250" border="0" alt="" /></a><p class="ad_txt"><a href="http://ad.zhongwen-news.example/c?z=cns&amp;la=0&amp;si=12" target="_blank">{esc(P01_AD)}</a></p></div>'
            )
        end = "(完)" if k == len(body) - 2 else ""
        parts.append(f"<p>　　{esc(text)}{end}</p>")
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/cj/2014/03-0{4 - k // 2}/59{10455 - k * 37}.shtml" target="_blank">{esc(t)}</a> <span class="time">{d}</span></li>'
        for k, (t, d) in enumerate(P01_RELATED)
    )
    rank = "".join(
        f'<li><span class="n">{k + 1}</span><a href="{host}/cj/2014/03-05/59{12001 + k * 53}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(P01_RANK)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{esc(P01_TITLE)}-{P01_SITE}</title>
<meta name="keywords" content="政府工作报告,进出口,服务业,对外开放" />
<meta name="description" content="{esc(P01_LEAD[:70])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="cj" />
<meta name="contentid" content="5912384" />
<meta name="publishdate" content="2014-03-05" />
<meta name="author" content="周琳" />
<meta name="source" content="来源：{P01_SITE}" />
<link href="{host}/common/css/2013/content.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{host}/common/js/jquery.js"></script>
<script type="text/javascript">var cns_url = "{url}"; var cns_channel = "cj";</script>
</head>
<body>
<div id="top_bg"><div class="top_nav"><a href="{host}/">首页</a> | <a href="{host}/china/">国内</a> | <a href="{host}/world/">国际</a> | <a href="{host}/society/">社会</a> | <a href="{host}/cj/">财经</a> | <a href="{host}/fortune/">金融</a> | <a href="{host}/estate/">房产</a> | <a href="{host}/auto/">汽车</a> | <a href="{host}/tp/">图片</a> | <a href="{host}/shipin/">视频</a> | <a href="{host}/gangao/">港澳</a> | <a href="{host}/taiwan/">台湾</a> | <a href="{host}/hr/">华人</a></div></div>
<div id="cont_ad_top"><a href="http://ad.zhongwen-news.example/c?z=cns&amp;la=0&amp;si=3" target="_blank"><img src="http://i2.zhongwen-news.example/ad/2014/top_960x90.jpg" width="960" height="90" border="0" alt="" /></a></div>
<div id="nav"><a href="{host}/">{P01_SITE}</a> &gt; <a href="{host}/cj/">财经频道</a> &gt; <a href="{host}/cj/gd.shtml">财经新闻</a> &gt; 正文</div>
<div class="con_left">
<div class="content">
<h1 style="display:block; position:relative; text-align:center; clear:both">{esc(P01_TITLE)}</h1>
<div class="left-time"><div class="left-t" style="float:left;">{P01_TIME}　来源：{P01_SITE}　<a href="#pinglun">参与互动</a>（0）</div><div class="left-tr" style="float:right;">分享到：<a href="javascript:;" class="bds_weixin">微信</a> <a href="javascript:;" class="bds_tsina">新浪微博</a> <a href="javascript:;" class="bds_qzone">QQ空间</a></div></div>
<div style="clear:both;"></div>
<div class="left_zw" style="position:relative">
{content}
<p>　　<a href="{host}/cj/z/2014lianghui/index.shtml" target="_blank">{P01_TOPIC}</a></p>
<div class="left_name"><div class="left_name">{P01_EDITOR}</div></div>
</div>
<div id="function_code_page"></div>
<div class="left_hd"><p>{esc(P01_NOTICE)}</p><p>{esc(P01_NOTICE2)}</p></div>
<div class="xgxw"><div class="xgxw_tit">相关新闻：</div><ul>{related}</ul></div>
<div class="pinglun" id="pinglun"><div class="pl_tit">网友评论</div><div class="pl_box"><textarea rows="4" cols="60">文明上网，理性发言</textarea><input type="button" value="发表评论" /></div><p class="pl_tip">0条评论　还没有评论，快来抢沙发吧！</p></div>
</div>
</div>
<div class="con_right"><div class="right_tit">新闻排行</div><ol class="rank">{rank}</ol><div class="right_ad"><a href="http://ad.zhongwen-news.example/c?z=cns&amp;la=0&amp;si=15" target="_blank"><img src="http://i2.zhongwen-news.example/ad/2014/right_300x250.jpg" width="300" height="250" border="0" alt="" /></a></div></div>
<div id="bottom"><p><a href="{host}/common/footer/intro.shtml">关于我们</a> | <a href="{host}/common/footer/contact.shtml">联系我们</a> | <a href="{host}/common/footer/ad.shtml">广告服务</a> | <a href="{host}/common/footer/tougao.shtml">供稿服务</a> | <a href="{host}/common/footer/law.shtml">法律声明</a></p><p>[网上传播视听节目许可证(0106168)] [东ICP证040655号] [东公网安备：110102003042-1] [东ICP备05004340号-1]</p><p>总机：86-10-87826688　违法和不良信息举报电话：15699788000</p><p>Copyright &copy;1999-2014 zhongwen-news.example. All Rights Reserved</p></div>
<script type="text/javascript" src="{host}/common/js/share.js"></script>
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gb2312"))
    return page_gold(
        page,
        P01_TITLE,
        [],
        body,
        (1, 3, 5, 6, 8),
        [
            f"{P01_TIME}　来源：{P01_SITE}",
            "参与互动",
            "分享到：",
            P01_AD,
            P01_TOPIC,
            P01_EDITOR,
            P01_NOTICE,
            P01_NOTICE2,
            "相关新闻：",
            P01_RELATED[0][0],
            "还没有评论，快来抢沙发吧！",
            "新闻排行",
            P01_RANK[1],
            "[东ICP证040655号]",
            "违法和不良信息举报电话",
        ],
        "a news agency's site (中新网-like; site, reporters, editor and photographer made "
        "up), saved as HTML only: GB2312 bytes under an http-equiv charset=gb2312 meta, "
        "CRLF; the <h1> is the title (<title> adds -中闻网); the time/来源/参与互动 line "
        "and the share strip are not body; div.left_zw is the article: the dateline lead "
        "中闻网北京3月5日电 (记者 …)… is the agency's own first paragraph and body (not in "
        "must_have), the picture <table> caption (3月5日，… 中闻社记者 盛嘉 摄) is "
        "unscored, the floated ad card (广告 + link text) between paragraphs is not body, "
        "no heads (no headings); the agency's end mark (完) is glued to the last "
        "paragraph: unscored; the 点击进入专题 line and 【编辑:周琳】 still inside "
        "left_zw are not body; the copyright notice, 相关新闻 with dates, 网友评论 box, "
        "新闻排行, ads and footer with licence numbers are not body",
    )


# ------------------------------------------ p02 theory journal site, saved complete

P02_YEAR = 2013
P02_TITLE = "稳中求进：在转方式调结构中赢得发展主动"
P02_SITE = "东川理论网"
P02_INFO = "来源：《东川论坛》2013年第8期　作者：季明远　2013-04-16 09:12:35"
P02_AUTHOR_NOTE = "（作者单位：东川省社会科学院经济研究所）"
P02_NOTES = (
    "[1]参见《政府工作报告》（2013年3月5日在第十二届全国人民代表大会第一次会议上）。",
    "[2]参见本刊评论员：《把握好稳增长、控物价、防风险之间的平衡》，《东川论坛》2013年第3期。",
    "[3]参见季明远：《改革红利与发展动力》，东川人民出版社2012年版，第45页。",
)
P02_EDITOR = "[责编：罗志宏]"
# (head or None, level, [(section, index, note mark)])
P02_OUTLINE: tuple[tuple[str | None, int, tuple[tuple[str, int, str], ...]], ...] = (
    (None, 0, (("二、", 0, ""), ("二、", 1, ""))),
    ("一、准确把握今年经济社会发展的总体要求", 1, (("二、", 2, ""), ("二、", 3, "1"))),
    ("二、保持宏观经济政策的连续性和稳定性", 1, ()),
    ("（一）继续实施积极的财政政策", 2, (("二、", 6, ""),)),
    ("（二）继续实施稳健的货币政策", 2, (("二、", 7, "2"),)),
    ("三、以扩大内需和转变方式为主线", 1, ()),
    ("（一）坚定不移扩大内需", 2, (("（一）", 1, ""),)),
    ("（二）加快产业结构调整", 2, (("（一）", 2, ""),)),
    ("四、以改革开放释放发展活力", 1, (("（四）", 0, ""), ("（四）", 1, "3"), ("（四）", 6, ""))),
)
P02_RELATED = (
    "正确认识当前经济形势的几个关系",
    "以改革红利推动经济持续健康发展",
    "城镇化是扩大内需的最大潜力所在",
)


def build_theory_site(path: Path) -> Gold:
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for head, lv, refs in P02_OUTLINE:
        if head and lv == 1:
            parts.append(f'<p style="text-align: center;"><strong>{esc(head)}</strong></p>')
        elif head:
            parts.append(f'<p style="text-indent: 2em;"><strong>{esc(head)}</strong></p>')
        if head:
            heads.append((head, lv))
        for sec, i, mark in refs:
            text = gwr(P02_YEAR, sec, i)
            sup = f'<sup><a href="#note{mark}" name="ref{mark}">[{mark}]</a></sup>' if mark else ""
            parts.append(f'<p style="text-indent: 2em;">{esc(text)}{sup}</p>')
            body.append(text)
    parts.append(f'<p style="text-align: right;">{esc(P02_AUTHOR_NOTE)}</p>')
    parts.append('<p style="text-indent: 2em;"><strong>注释：</strong></p>')
    for k, note in enumerate(P02_NOTES):
        parts.append(f'<p style="text-indent: 2em;"><a name="note{k + 1}"></a>{esc(note)}</p>')
    content = "\n".join(parts)
    url = "http://theory.dongchuan.example/n/2013/0416/c40531-20987654.html"
    files = "./稳中求进：在转方式调结构中赢得发展主动--理论--东川理论网_files"
    related = "".join(
        f'<li><a href="http://theory.dongchuan.example/n/2013/04{10 - k}/c40531-2098{6500 - k * 211}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(P02_RELATED)
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
{saved_from(url)}
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7">
<title>{esc(P02_TITLE)}--理论--{P02_SITE}</title>
<meta name="keywords" content="稳中求进,转方式,调结构">
<meta name="description" content="2013年是全面贯彻落实党的十八大精神的开局之年">
<meta name="source" content="来源：《东川论坛》">
<meta name="author" content="季明远">
<meta name="publishdate" content="2013-04-16">
<meta property="og:title" content="{esc(P02_TITLE)}">
<link href="{files}/page.css" type="text/css" rel="stylesheet" media="all">
<script src="{files}/jquery-1.7.1.min.js.下载" type="text/javascript"></script>
<script src="{files}/fontsize.js.下载" type="text/javascript"></script>
</head>
<body>
<div class="top_nav"><div class="w1000"><a href="http://www.dongchuan.example/" target="_blank">东川网首页</a> | <a href="http://theory.dongchuan.example/" target="_blank">理论</a> | <a href="http://theory.dongchuan.example/GB/40557/index.html" target="_blank">学术</a> | <a href="http://theory.dongchuan.example/GB/40534/index.html" target="_blank">经济</a> | <a href="http://theory.dongchuan.example/GB/136457/index.html" target="_blank">文化</a> | <a href="http://theory.dongchuan.example/GB/148980/index.html" target="_blank">读书</a></div></div>
<div class="logo_line w1000"><a href="http://theory.dongchuan.example/"><img src="{files}/logo_theory.gif" alt="{P02_SITE}"></a><form action="http://search.dongchuan.example/" method="get" target="_blank"><input type="text" name="keyword" class="inp"><input type="submit" value="搜索" class="btn"></form></div>
<div class="w1000 clear">
<div class="fl text_con">
<div class="path"><a href="http://www.dongchuan.example/" class="clink">东川网</a>&gt;&gt;<a href="http://theory.dongchuan.example/" class="clink">理论</a>&gt;&gt;<a href="http://theory.dongchuan.example/GB/40534/index.html" class="clink">经济</a></div>
<div class="text_title"><h1>{esc(P02_TITLE)}</h1>
<div class="box01"><div class="fl">{esc(P02_INFO)}</div><div class="fr"><span>【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span></div></div>
</div>
<div class="box_con" id="rwb_zw">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV{{margin-top:0;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}}.TRS_Editor TD{{font-family:宋体;font-size:12pt;}}
</style>
{content}
</div>
<div class="edit clear">{P02_EDITOR}</div>
</div>
<div class="share_box"><span>分享到：</span><a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ空间</a><div class="ewm"><img src="{files}/qrcode.png" alt=""><p>扫一扫，用手机看文章</p></div></div>
<div class="box_related"><h3>相关文章</h3><ul>{related}</ul></div>
</div>
<div class="fr right_box"><div class="rmtj"><h3>热点推荐</h3><ul><li><a href="http://theory.dongchuan.example/n/2013/0415/c40531-20980012.html">深化行政体制改革的着力点</a></li><li><a href="http://theory.dongchuan.example/n/2013/0414/c40531-20974321.html">新型城镇化的内涵与路径</a></li></ul></div></div>
</div>
<div class="footer w1000"><p><a href="http://www.dongchuan.example/about/">关于东川网</a> | <a href="http://www.dongchuan.example/about/law.html">网站声明</a> | <a href="http://www.dongchuan.example/about/contact.html">联系我们</a></p><p>东川网版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2013 by www.dongchuan.example. all rights reserved　东ICP备12003012号</p></div>
<script src="{files}/stat.js.下载" type="text/javascript"></script>

</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        P02_TITLE,
        heads,
        body,
        (1, 3, 5, 8, 10),
        [
            P02_INFO,
            "【字号 大 中 小】",
            P02_EDITOR,
            "扫一扫，用手机看文章",
            "相关文章",
            P02_RELATED[1],
            "热点推荐",
            "东川网版权所有，未经书面授权禁止使用",
            "东ICP备12003012号",
        ],
        "a theory journal's site (求是网/光明网理论-like; site, journal, author and editor "
        "made up) saved by Chromium as Webpage, Complete (saved-from mark, resources in "
        "./…_files/): the <h1> is the title (<title> adds --理论--东川理论网); the "
        "来源/作者/time line and 【字号】 are not body; div.TRS_Editor (its own <style> "
        "block inside the body, not text) holds the article: two opening paragraphs "
        "without a head, centred <p><strong> 一、 heads (level 1) and indented "
        "<p><strong> （一） heads (level 2; 一、 and 四、 have none), report paragraphs "
        "with <sup>[n]</sup> note marks at their ends (marks unscored); after the text "
        "the right-aligned （作者单位：…） line and the 注释： list with its three notes "
        "belong to the article but are apparatus: unscored (neither required nor "
        "forbidden; 注释： is no heading); [责编：罗志宏], share/QR, 相关文章, 热点推荐 "
        "and footer are not body",
    )


# -------------------------------------- p03 portal news page: 原标题, comment counts

P03_YEAR = 2017
P03_TITLE = "政府工作报告释放哪些民生红利？就业、医保、文化都有新举措"
P03_SITE = "凤鸣网"
P03_ORIGINAL = "原标题：“民生清单”上的新期待"
P03_TIME = "2017年03月05日 14:21"
P03_SOURCE = "来源：东川日报"
P03_AUTHOR = "作者：许嘉音"
P03_CAPTION = "资料图：市民在社区医院办理医保业务。（图片来源：东川日报 记者 庞越 摄）"
P03_EDITOR = "[责任编辑：宋佳怡 NS045]"
P03_TAGS = ("政府工作报告", "民生", "医保", "就业")
# (head or None, [(section, index)])
P03_BLOCKS: tuple[tuple[str | None, Refs], ...] = (
    (None, (("（八）", 0),)),
    ("就业：完善政策，加大培训力度", (("（八）", 1),)),
    ("医保：财政补助每人每年提高到450元", (("（八）", 2),)),
    ("文化与社会治理：激发社会活力", (("（八）", 3), ("（八）", 4))),
    ("安全与履职：人命关天，实干兴邦", (("（八）", 5), ("（九）", 1), ("（九）", 2))),
)
P03_HOT = (
    "代表委员热议：让改革红利更多惠及百姓",
    "两会现场直击：部长通道上的“民生答卷”",
    "东川今年将新建改建农村公路2000公里",
    "一图看懂2017年政府工作报告",
)


def build_portal_news(path: Path) -> Gold:
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(P03_ORIGINAL)}</p>"]
    for k, (head, refs) in enumerate(P03_BLOCKS):
        if head:
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
            heads.append((head, 1))
        for text in texts(P03_YEAR, refs):
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        if k == 2:
            parts.append(
                f'<p class="detailPic"><img src="./{uid("p03f")[:8]}_files/{uid("p03i")[:24]}_size86_w640_h427.jpg" alt="{esc(P03_CAPTION)}" width="640" height="427"></p>'
            )
            parts.append(f'<p class="picIntro"><span>{esc(P03_CAPTION)}</span></p>')
    parts.append(
        f'<span class="ifengLogo"><a href="https://www.fengming.example/" target="_blank"><img src="./{uid("p03f")[:8]}_files/logo_fm.png" alt="{P03_SITE}"></a></span>'
    )
    content = "\n".join(parts)
    url = "https://news.fengming.example/c/7kQm3xYzP2a"
    files = f"./{uid('p03f')[:8]}_files"
    doc = {
        "docData": {
            "title": P03_TITLE,
            "newsTime": "2017-03-05 14:21:37",
            "source": "东川日报",
            "editorName": "宋佳怡",
            "commentUrl": "ucms_7kQm3xYzP2a",
            "contentData": {"contentList": [{"type": "text", "data": content}]},
        }
    }
    data = json.dumps(doc, ensure_ascii=False).replace("</", "<\\/")
    tags = "".join(
        f'<a href="https://search.fengming.example/sofeng/search.action?q={esc(t)}" target="_blank">{esc(t)}</a>'
        for t in P03_TAGS
    )
    hot = "".join(
        f'<li><a href="https://news.fengming.example/c/{uid("p03h", k)[:11]}" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(P03_HOT)
    )
    page = f"""<!DOCTYPE html>
{saved_from(url)}
<html xmlns:wb="http://open.weibo.com/wb"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(P03_TITLE)}_{P03_SITE}资讯_{P03_SITE}</title>
<meta name="keywords" content="{" ".join(P03_TAGS)}">
<meta name="description" content="{esc(P03_TITLE)}">
<meta name="og:time " content="2017-03-05 14:21:37">
<meta name="og:category " content="{P03_SITE}资讯">
<meta property="og:title" content="{esc(P03_TITLE)}">
<link rel="stylesheet" href="{files}/news_detail_2017.css">
<script>var allData = {data};
var adKeys = ["ad_top_1000x90", "ad_right_300x250"];</script>
</head>
<body>
<div class="header-top"><div class="w1000"><a href="https://www.fengming.example/" class="logo"><img src="{files}/logo_fm.png" alt="{P03_SITE}"></a><ul class="nav"><li><a href="https://news.fengming.example/">资讯</a></li><li><a href="https://finance.fengming.example/">财经</a></li><li><a href="https://ent.fengming.example/">娱乐</a></li><li><a href="https://sports.fengming.example/">体育</a></li><li><a href="https://v.fengming.example/">视频</a></li><li><a href="https://auto.fengming.example/">汽车</a></li></ul><div class="login"><a href="https://id.fengming.example/login">登录</a> <a href="https://id.fengming.example/register">注册</a></div></div></div>
<div class="w1000 breadcrumb"><a href="https://www.fengming.example/">{P03_SITE}首页</a> &gt; <a href="https://news.fengming.example/">资讯</a> &gt; <a href="https://news.fengming.example/mainland/">大陆</a> &gt; 正文</div>
<div class="w1000 main clearfix">
<div class="left">
<div class="yc_tit"><h1>{esc(P03_TITLE)}</h1>
<p><span>{P03_TIME}</span> <span><a href="http://www.dongchuan-daily.example/" target="_blank">{P03_SOURCE}</a></span> <span class="ss03">{P03_AUTHOR}</span></p>
<div class="yc_comment"><a href="https://comment.fengming.example/view.php?docUrl=ucms_7kQm3xYzP2a" target="_blank"><em>2,318</em>人参与 <em>146</em>评论</a></div>
</div>
<div id="main_content" class="js_selection_area">
{content}
</div>
<p class="zb_ph">{P03_EDITOR}</p>
<div class="yc_tags">标签：{tags}</div>
<div class="yc_share"><div class="wx_code"><img src="{files}/qr_share.png" alt=""><p>用微信扫描二维码<br>分享至好友和朋友圈</p></div><a href="javascript:;" class="share_wb">微博</a><a href="javascript:;" class="share_qz">QQ空间</a></div>
<div class="app_box"><img src="{files}/qr_app.png" alt=""><p>{P03_SITE}新闻客户端 扫码下载</p><p>独家·独到·独立</p></div>
<div class="comment_box"><div class="cmt_hd">已有<em>146</em>条评论，<em>2,318</em>人参与</div><textarea placeholder="文明上网，登录评论"></textarea><a href="javascript:;" class="btn_cmt">发表评论</a><p class="cmt_tip">所有评论仅代表网友意见，{P03_SITE}保持中立</p></div>
</div>
<div class="right"><div class="box_hot"><h3>热门推荐</h3><ul>{hot}</ul></div><div class="ad_box"><img src="{files}/ad_300x250.jpg" alt=""></div></div>
</div>
<div class="footer"><p><a href="https://www.fengming.example/corp/about/">{P03_SITE}简介</a> | <a href="https://www.fengming.example/corp/contact/">联系我们</a> | <a href="https://www.fengming.example/corp/ad/">广告服务</a> | <a href="https://www.fengming.example/corp/jubao/">不良信息举报</a></p><p>{P03_SITE}版权所有 Copyright &copy; 2017 Fengming Net. All Rights Reserved.</p><p>违法和不良信息举报电话：400-012-0000　东ICP证030609号</p></div>
<script src="{files}/detail_2017.js.下载"></script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        P03_TITLE,
        heads,
        body,
        (0, 2, 3, 5, 7),
        [
            P03_TIME,
            P03_AUTHOR,
            "2,318人参与",
            P03_EDITOR,
            "标签：",
            "分享至好友和朋友圈",
            f"{P03_SITE}新闻客户端 扫码下载",
            "已有146条评论",
            f"所有评论仅代表网友意见，{P03_SITE}保持中立",
            "热门推荐",
            P03_HOT[0],
            "违法和不良信息举报电话",
        ],
        "a portal's news page (凤凰网-like; site, newspaper, people made up) saved by "
        "Chromium as Webpage, Complete: the <h1> is the title (<title> adds "
        "_凤鸣网资讯_凤鸣网); the time/来源/作者 line and the 人参与/评论 counts are not "
        "body (the 来源 line's words are not listed alone: the caption's credit "
        "holds them too; this line was taken out of the gold after the first run); "
        "div#main_content opens with 原标题：“民生清单”上的新期待, the reprinted "
        "piece's original headline: editorial metadata, not the title, unscored "
        "(neither required nor forbidden); then report paragraphs and <p><strong> "
        "heads (level 1), a picture with a 资料图：… caption (unscored) and the site's "
        "logo span (image only); the 责任编辑 line, 标签, WeChat QR prompt, 客户端 "
        "download box, comment box, 热门推荐 and footer are not body; the var allData "
        "script holds the whole article again as escaped HTML (not shown: must not "
        "double the body)",
    )


# ------------------------------------------- p04 finance daily with an author card

P04_YEAR = 2016
P04_TITLE = "政府工作报告划重点：赤字率提高到3%，减税降费与去产能同步推进"
P04_SITE = "财界观察"
P04_INFO = ("来源：财界观察", "作者：郑思远", "2016-03-05 13:48:12")
P04_SUMMARY = "摘要：今年拟安排财政赤字2.18万亿元，新增赤字主要用于减税降费；钢铁、煤炭去产能和国企改革是供给侧改革的重点。"
P04_CREDIT = "图片来源：东川图片库"
P04_STATEMENT = (
    "【声明】本文为财界观察原创稿件，版权归财界观察所有，未经书面许可不得转载、摘编或镜像。"
)
P04_EDITOR = "编辑：胡晓岚"
P04_BIO = "财界观察记者，关注宏观经济与财税政策"
P04_RELATED = (
    "财政部：今年减税降费规模超过5000亿元",
    "去产能方案出炉在即 钢铁煤炭企业如何安置职工",
    "专家解读：稳健货币政策为何要“灵活适度”",
)
# (head, level, [(section, index)])
P04_OUTLINE: tuple[tuple[str, int, Refs], ...] = (
    ("一、财政：赤字率提高到3%", 1, ()),
    ("扩大赤字主要用于减税降费", 2, (("（一）", 1), ("（一）", 2))),
    ("财税体制改革加快推进", 2, (("（一）", 3),)),
    ("二、货币与金融：灵活适度，加快监管改革", 1, (("（一）", 4), ("（一）", 5))),
    ("三、供给侧：去产能与国企改革", 1, ()),
    ("钢铁煤炭去产能", 2, (("（二）", 3),)),
    ("国企提质增效与非公经济", 2, (("（二）", 5), ("（二）", 6))),
)


def build_finance_daily(path: Path) -> Gold:
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for head, lv, refs in P04_OUTLINE:
        parts.append(f"<h3>{esc(head)}</h3>" if lv == 1 else f'<p class="f-b">{esc(head)}</p>')
        heads.append((head, lv))
        for text in texts(P04_YEAR, refs):
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        if head.startswith("二、"):
            parts.append(
                f'<div class="m-pic"><img src="https://imgcdn.caijie.example/news/2016/03/05/{uid("p04i")[:20]}.jpg" alt=""><p class="m-pic-credit">{P04_CREDIT}</p></div>'
            )
    parts.append(f'<p class="statement">{esc(P04_STATEMENT)}</p>')
    content = "\n".join(parts)
    host = "https://www.caijie.example"
    related = "".join(
        f'<li><a href="{host}/news/1005{uid("p04r", k)[:5].upper()}.html" target="_blank"><h4>{esc(t)}</h4><span>2016-03-0{5 - k}</span></a></li>'
        for k, t in enumerate(P04_RELATED)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(P04_TITLE)}-{P04_SITE}</title>
<meta name="keywords" content="赤字率,减税降费,去产能,国企改革">
<meta name="description" content="{esc(P04_SUMMARY[3:])}">
<meta property="og:title" content="{esc(P04_TITLE)}">
<meta property="og:site_name" content="{P04_SITE}">
<link rel="stylesheet" href="https://static.caijie.example/css/news_2016.css">
<style>.m-txt h3{{font-size:18px;margin:24px 0 12px;}}.m-txt p.f-b{{font-weight:bold;}}.m-txt p.statement{{color:#999;font-size:12px;}}</style>
<script src="https://static.caijie.example/js/jquery.min.js"></script>
</head>
<body>
<div class="m-header"><div class="f-wrap"><a href="{host}/" class="logo"><img src="https://static.caijie.example/img/logo.png" alt="{P04_SITE}"></a><ul class="m-nav"><li><a href="{host}/news/">快讯</a></li><li><a href="{host}/macro/">宏观</a></li><li><a href="{host}/finance/">金融</a></li><li><a href="{host}/company/">公司</a></li><li><a href="{host}/markets/">市场</a></li><li><a href="{host}/video/">视频</a></li><li><a href="{host}/data/">数据</a></li></ul><a class="m-app" href="{host}/app/">下载APP</a></div></div>
<div class="f-wrap m-main">
<div class="m-content">
<div class="title f-pr"><h1>{esc(P04_TITLE)}</h1><p class="names"><span>{P04_INFO[0]}</span><span>{P04_INFO[1]}</span><em>{P04_INFO[2]}</em></p></div>
<div class="intro"><p>{esc(P04_SUMMARY)}</p></div>
<div class="m-txt" id="multi-text">
{content}
</div>
<div class="m-editor"><span>{P04_EDITOR}</span><a href="javascript:;" class="zan">点赞 56</a><a href="{host}/jubao/" class="jubao">举报</a></div>
<div class="m-author"><a href="{host}/author/zhengsiyuan.html"><img src="https://imgcdn.caijie.example/author/{uid("p04a")[:12]}.jpg" alt=""></a><div class="m-author-info"><h4>郑思远</h4><p>{P04_BIO}</p><p class="m-author-num"><span>文章 312</span><span>粉丝 1.2万</span></p></div><a href="javascript:;" class="u-btn-follow">+ 关注</a></div>
<div class="m-related"><h2>相关阅读</h2><ul>{related}</ul></div>
</div>
<div class="m-side"><div class="m-qr"><img src="https://static.caijie.example/img/qr_app.png" alt=""><p>扫码下载{P04_SITE}APP</p></div><div class="m-hot"><h2>24小时热文</h2><ol><li><a href="{host}/news/100512345.html">两会时间：代表委员聚焦实体经济降成本</a></li><li><a href="{host}/news/100512346.html">人民币中间价连续三日上调</a></li></ol></div></div>
</div>
<div class="m-footer"><p><a href="{host}/about/">关于我们</a> | <a href="{host}/contact/">联系我们</a> | <a href="{host}/law/">法律声明</a></p><p>Copyright &copy; 2016 {P04_SITE} 版权所有</p><p>东ICP备14022123号-1　东公网安备31010602000201号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        P04_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 7),
        [
            P04_INFO[1],
            P04_INFO[2],
            P04_CREDIT,
            P04_STATEMENT,
            P04_EDITOR,
            "点赞 56",
            P04_BIO,
            "粉丝 1.2万",
            "+ 关注",
            "相关阅读",
            P04_RELATED[0],
            f"扫码下载{P04_SITE}APP",
            "24小时热文",
            "东ICP备14022123号-1",
        ],
        "a finance daily's site (第一财经/界面-like; site, reporter and editor made up): "
        "the <h1> is the title (<title> adds -财界观察); the 来源/作者/time line is not "
        "body; the 摘要：… box between title and text (written by the site) is unscored; "
        'div.m-txt holds the article: <h3> heads (level 1) and <p class="f-b"> heads, '
        "bold only by a <style> rule in the head (level 2; 二、 has none), report "
        "paragraphs, a picture with 图片来源：… credit (not body), and as the last child "
        "of the text container a 【声明】 copyright paragraph (not body); the 编辑 line, "
        "点赞/举报, the author card (name, 简介, 文章/粉丝 counts, + 关注), 相关阅读 (with "
        "<h2>/<h4>), app QR, 24小时热文 and footer are not body",
    )


# ------------------------------------- p05 national daily's Chinese site, GBK, page 1

P05_YEAR = 2015
P05_TITLE = "聚焦2015政府工作报告：把改革开放扎实推向纵深"
P05_SITE = "东日中文网"
P05_INFO = "来源：东日中文网 2015-03-05 16:21"
P05_LEAD = "东日中文网3月5日电　十二届全国人大三次会议5日上午在北京人民大会堂开幕。政府工作报告提出，要把改革开放扎实推向纵深，以下为报告中有关改革的部分内容。"
P05_MORE = (
    "图解：2015年政府工作报告要点",
    "外媒热议中国经济增长目标调至7%左右",
    "代表委员谈简政放权：为市场松绑 为创业加力",
)
P05_EDITOR = "【责任编辑：李雯】"
P05_RIGHTS = "东日网版权说明：凡注明来源为“东日网：xxx（署名）”的作品，版权均属东日网所有，未经授权不得转载、摘编或利用其它方式使用上述作品。"
P05_RELATED = (
    "政府工作报告：今年经济增长预期7%左右",
    "财政赤字1.62万亿 赤字率提高到2.3%",
)
P05_HOT = ("两会镜头：代表委员的手机“热”了", "东川自贸区一周年：新设企业超万家")
# (head or None, [(section, index)])
P05_BLOCKS: tuple[tuple[str | None, Refs], ...] = (
    ("简政放权：全部取消非行政许可审批", (("三、", 1), ("三、", 3))),
    ("价格与财税改革", (("三、", 4), ("三、", 5))),
    ("金融与国企国资改革", (("三、", 6), ("三、", 7), ("三、", 8))),
)


def build_daily_cn_site(path: Path) -> Gold:
    body = [P05_LEAD]
    heads: list[tuple[str, int]] = []
    host = "http://cn.dongri.example"
    parts = [f"<p>{esc(P05_LEAD)}</p>"]
    for k, (head, refs) in enumerate(P05_BLOCKS):
        if head:
            parts.append(f'<p align="center"><strong>{esc(head)}</strong></p>')
            heads.append((head, 1))
        for text in texts(P05_YEAR, refs):
            parts.append(f"<p>{esc(text)}</p>")
            body.append(text)
        if k == 0:
            more = "".join(
                f'<li><a href="{host}/2015lianghui/2015-03/0{5 - j % 2}/content_198{j}4{j}21.htm" target="_blank">{esc(t)}</a></li>'
                for j, t in enumerate(P05_MORE)
            )
            parts.append(
                f'<div class="yanshen"><div class="ys-tit">延伸阅读</div><ul>{more}</ul></div>'
            )
    parts.append(
        f'<div id="div_currpage"><span class="pageno">1</span><a href="{host}/2015lianghui/2015-03/05/content_19725540_2.htm" class="pagestyle">2</a><a href="{host}/2015lianghui/2015-03/05/content_19725540_2.htm" class="pagestyle">下一页</a></div>'
    )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/2015lianghui/2015-03/05/content_1972{5512 + k * 7}.htm" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(P05_RELATED)
    )
    hot = "".join(
        f'<li><a href="{host}/2015-03/05/content_1972{5101 + k * 9}.htm" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(P05_HOT)
    )
    page = f"""<!doctype html>
<html>
<head>
<meta charset="gbk">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(P05_TITLE)} - {P05_SITE}</title>
<meta name="keywords" content="2015全国两会,政府工作报告,改革">
<meta name="description" content="{esc(P05_LEAD[:60])}">
<meta name="author" content="李雯">
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta property="og:title" content="{esc(P05_TITLE)}">
<link rel="stylesheet" href="{host}/css/2015/content.css">
<script src="{host}/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="topnav"><div class="w980"><a href="{host}/">首页</a> | <a href="{host}/china/">中国</a> | <a href="{host}/world/">国际</a> | <a href="{host}/business/">财经</a> | <a href="{host}/opinion/">观点</a> | <a href="{host}/language/">双语</a> | <a href="{host}/2015lianghui/">2015两会</a> | <a href="http://www.dongri.example/">English</a></div></div>
<div class="w980 logo-line"><a href="{host}/"><img src="{host}/img/2015/logo.png" alt="{P05_SITE}"></a><div class="search"><input type="text" name="keywords"><button>搜索</button></div></div>
<div class="w980 da-bre"><a href="{host}/">首页</a> &gt; <a href="{host}/2015lianghui/">2015全国两会</a> &gt; <a href="{host}/2015lianghui/jd/">解读</a></div>
<div class="w980 main">
<div class="lft_art">
<div class="main_title"><h1 class="dabiaoti">{esc(P05_TITLE)}</h1>
<div class="fenx"><div class="xinf-le">{P05_INFO}</div><div class="xinf-ri">分享到：<a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="qzone">QQ空间</a></div></div></div>
<div id="Content">
{content}
</div>
<div class="fenx"><div class="ye">{P05_EDITOR}</div></div>
<div class="banquan"><p>{esc(P05_RIGHTS)}</p></div>
<div class="xgxw"><div class="xgxw-tit">相关新闻</div><ul>{related}</ul></div>
</div>
<div class="rt_art"><div class="tuij"><div class="tuij-tit">热点推荐</div><ul>{hot}</ul></div><div class="rt-ad"><img src="{host}/img/ad/300x250_2015.jpg" alt=""></div></div>
</div>
<div class="footer"><p><a href="{host}/about/">关于我们</a> | <a href="{host}/contact/">联系我们</a> | <a href="{host}/jobs/">招聘信息</a></p><p>版权所有 东日网 Copyright 1995-2015 All rights reserved.</p><p>东ICP备13028878号-6　东公网安备11010502032503号　互联网新闻信息服务许可证：1012006006</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return page_gold(
        page,
        P05_TITLE,
        heads,
        body,
        (1, 2, 4, 5, 7),
        [
            P05_INFO,
            "分享到：",
            "延伸阅读",
            P05_MORE[0],
            P05_MORE[2],
            "下一页",
            P05_EDITOR,
            P05_RIGHTS,
            "相关新闻",
            P05_RELATED[1],
            "热点推荐",
            P05_HOT[0],
            "东ICP备13028878号-6",
        ],
        "a national daily's Chinese site (中国日报中文网-like; site and editor made up), "
        'page 1 of 2 saved as HTML only: GBK bytes under <meta charset="gbk">; '
        "h1.dabiaoti is the title (<title> adds - 东日中文网); the 来源/time line and "
        "分享到 are not body; div#Content holds page 1 of the article: the dateline "
        "lead 东日中文网3月5日电　… (the site's own paragraph, body, not in must_have), "
        "centred <p align=center><strong> heads (level 1), report paragraphs; inside "
        "#Content the 延伸阅读 box of links between paragraphs and the pager "
        "(1 2 下一页) at the end are not body; page 2 is not in the file: the body is "
        "what page 1 holds; 【责任编辑：李雯】, the 版权说明, 相关新闻, 热点推荐 and "
        "footer are not body",
    )


# ----------------------------------------------------- p06 wiki mobile view (Minerva)

P06_YEAR = 2013
P06_TITLE = "2013年国务院政府工作报告"
P06_SITE = "东川百科"
P06_TAGLINE = "中国国务院年度报告"
P06_LEAD = "《2013年国务院政府工作报告》是国务院总理于2013年3月5日在第十二届全国人民代表大会第一次会议上所作的政府工作报告，回顾了过去五年的工作，并对2013年的政府工作提出建议。"
P06_HATNOTE = "关于其他年份的政府工作报告，请见“国务院政府工作报告”。"
P06_INFOBOX = (
    ("日期", "2013年3月5日"),
    ("会议", "第十二届全国人民代表大会第一次会议"),
    ("地点", "北京人民大会堂"),
    ("前任", "2012年国务院政府工作报告"),
    ("继任", "2014年国务院政府工作报告"),
)
P06_REFS = (
    "东川日报. 政府工作报告全文. 2013-03-05 [2013-03-06].",
    "东川通讯社. 十二届全国人大一次会议在京开幕. 2013-03-05.",
)
P06_MODIFIED = "最后编辑于3年前，由东川百科编者"
P06_REVISED = "本页面最后修订于2019年11月2日 (星期六) 14:05。"
P06_LICENSE = "除非另有注明，本站内容采用知识共享 署名-相同方式共享 3.0协议授权。"
# (head, level, [(section, index, reference)])
P06_OUTLINE: tuple[tuple[str, int, tuple[tuple[str, int, int], ...]], ...] = (
    ("背景", 1, (("二、", 1, 1),)),
    ("主要内容", 1, ()),
    ("过去五年工作回顾", 2, (("一、", 1, 0), ("一、", 11, 0))),
    ("今年经济社会发展的总体要求", 2, (("二、", 3, 2), ("二、", 4, 0))),
    ("对今年政府工作的建议", 2, (("（二）", 1, 0), ("（三）", 1, 0), ("（三）", 2, 2))),
    ("存在的问题", 1, (("一、", 18, 0),)),
)
P06_NAVBOX = [str(y) for y in range(2009, 2019)]


def mf_head(k: int, head: str, level: int, host: str) -> str:
    """A Minerva section head: the h2 collapsible heading or the in-block h3."""
    edit = f'<span class="mw-editsection"><a href="{host}/w/index.php?title={P06_TITLE}&amp;action=edit&amp;section={k}" title="编辑章节：{esc(head)}" class="mw-ui-icon mw-ui-icon-element mw-ui-icon-wikimedia-edit-base20 edit-page mw-ui-icon-flush-right">编辑</a></span>'
    line = f'<span class="mw-headline" id="{esc(head)}">{esc(head)}</span>{edit}'
    if level == 2:
        return f'<h3 class="in-block">{line}</h3>'
    icon = '<div class="mw-ui-icon mw-ui-icon-mf-expand mw-ui-icon-small mf-mw-ui-icon-rotate-flip indicator mw-ui-icon-flush-left"></div>'
    return f'<h2 class="section-heading collapsible-heading open-block" onclick="javascript:mfTempOpenSection({k})">{icon}{line}</h2>'


def build_wiki_mobile(path: Path) -> Gold:
    host = "https://zh.m.dongchuanbaike.example"
    body = [P06_LEAD]
    heads: list[tuple[str, int]] = []
    infobox = "".join(f'<tr><th scope="row">{k}</th><td>{esc(v)}</td></tr>' for k, v in P06_INFOBOX)
    sections: list[str] = []
    k = 0
    open_section = False
    for head, lv, refs in P06_OUTLINE:
        k += 1
        if lv == 1:
            if open_section:
                sections.append("</section>")
            sections.append(mf_head(k, head, 1, host))
            sections.append(
                f'<section class="mf-section-{k} collapsible-block open-block" id="mf-section-{k}">'
            )
            open_section = True
        else:
            sections.append(mf_head(k, head, 2, host))
        heads.append((head, lv))
        for sec, i, ref in refs:
            text = gwr(P06_YEAR, sec, i)
            mark = (
                f'<sup id="cite_ref-{ref}-{len(body)}" class="reference"><a href="#cite_note-{ref}">[{ref}]</a></sup>'
                if ref
                else ""
            )
            sections.append(f"<p>{esc(text)}{mark}</p>")
            body.append(text)
    sections.append("</section>")
    refs_list = "".join(
        f'<li id="cite_note-{n + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-{n + 1}">^</a></span> <span class="reference-text">{esc(r)}</span></li>'
        for n, r in enumerate(P06_REFS)
    )
    navbox = " · ".join(
        f'<a href="{host}/wiki/{y}年国务院政府工作报告" title="{y}年国务院政府工作报告">{y}年</a>'
        if y != "2013"
        else f'<a class="mw-selflink selflink">{y}年</a>'
        for y in P06_NAVBOX
    )
    k += 1
    sections.append(mf_head(k, "参考文献", 1, host))
    sections.append(
        f'<section class="mf-section-{k} collapsible-block open-block" id="mf-section-{k}"><div class="reflist"><ol class="references">{refs_list}</ol></div>'
        f'<div role="navigation" class="navbox" aria-labelledby="国务院政府工作报告"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="国务院政府工作报告">国务院政府工作报告</div></th></tr><tr><td class="navbox-list navbox-odd"><div>{navbox}</div></td></tr></tbody></table></div></section>'
    )
    content = "\n".join(sections)
    page = f"""<!DOCTYPE html>
<html class="client-js" lang="zh-Hans-CN" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{P06_TITLE} - {P06_SITE}</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"{P06_TITLE}","wgTitle":"{P06_TITLE}","wgMFMode":"stable","wgArticleId":1873344,"wgRevisionId":56881230}};</script>
<link rel="stylesheet" href="/w/load.php?lang=zh-cn&amp;modules=skins.minerva.base.styles%7Cskins.minerva.content.styles&amp;only=styles&amp;skin=minerva">
<meta name="viewport" content="initial-scale=1.0, user-scalable=yes, minimum-scale=0.25, maximum-scale=5.0, width=device-width">
<meta property="og:title" content="{P06_TITLE}">
<link rel="canonical" href="https://zh.dongchuanbaike.example/wiki/{P06_TITLE}">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{P06_TITLE} skin-minerva action-view skin--responsive mw-mf-amc-disabled mw-mf">
<div id="mw-mf-viewport">
<nav id="mw-mf-page-left" class="navigation-drawer view-border-box"><ul><li><a href="{host}/wiki/Special:首页" class="mw-ui-icon mw-ui-icon-before mw-ui-icon-minerva-home">首页</a></li><li><a href="{host}/wiki/Special:随机页面#/random" class="mw-ui-icon mw-ui-icon-before mw-ui-icon-minerva-die">随机</a></li><li><a href="{host}/wiki/Special:附近" class="mw-ui-icon mw-ui-icon-before mw-ui-icon-minerva-mapPin">附近</a></li><li><a href="{host}/w/index.php?title=Special:用户登录" class="mw-ui-icon mw-ui-icon-before mw-ui-icon-minerva-logIn">登录</a></li><li><a href="{host}/wiki/Special:设置" class="mw-ui-icon mw-ui-icon-before mw-ui-icon-minerva-settings">设置</a></li></ul><ul class="hlist"><li><a href="{host}/wiki/东川百科:关于">关于{P06_SITE}</a></li><li><a href="{host}/wiki/东川百科:免责声明">免责声明</a></li></ul></nav>
<div id="mw-mf-page-center">
<div class="header-container header-chrome"><form action="/w/index.php" method="get" class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box"><input type="checkbox" id="main-menu-input" class="toggle-list__checkbox" role="button" aria-labelledby="mw-mf-main-menu-button"><label role="button" for="main-menu-input" id="mw-mf-main-menu-button" aria-hidden="true" class="mw-ui-icon mw-ui-icon-element mw-ui-icon-minerva-mainMenu toggle-list__toggle">打开主菜单</label></nav><div class="branding-box" aria-hidden="true"><a href="{host}/wiki/Special:首页"><span>{P06_SITE}</span></a></div><div class="search-box"><input type="search" name="search" class="search mf-icon-search" placeholder="搜索{P06_SITE}" aria-label="搜索{P06_SITE}" autocomplete="off"><input type="hidden" name="title" value="Special:搜索"></div></form></div>
<main id="content" class="mw-body">
<div class="banner-container"><div id="siteNotice"></div></div>
<div class="pre-content heading-holder"><div class="page-heading"><h1 id="section_0">{P06_TITLE}</h1><div class="tagline">{P06_TAGLINE}</div></div>
<nav class="page-actions-menu"><ul id="page-actions" class="page-actions-menu__list"><li id="language-selector" class="page-actions-menu__list-item"><a role="button" href="#p-lang" class="mw-ui-icon mw-ui-icon-element mw-ui-icon-minerva-language language-selector">语言</a></li><li id="page-actions-watch" class="page-actions-menu__list-item"><a role="button" href="{host}/w/index.php?title=Special:用户登录" class="mw-ui-icon mw-ui-icon-element mw-ui-icon-wikimedia-star-base20 watch-this-article">加入监视列表</a></li><li id="page-actions-edit" class="page-actions-menu__list-item"><a role="button" href="{host}/w/index.php?title={P06_TITLE}&amp;action=edit&amp;section=0" class="edit-page mw-ui-icon mw-ui-icon-element mw-ui-icon-wikimedia-edit-base20">编辑</a></li></ul></nav></div>
<div id="bodyContent" class="content">
<div id="mw-content-text" lang="zh-Hans-CN" dir="ltr" class="mw-content-ltr"><script>function mfTempOpenSection(id){{var block=document.getElementById("mf-section-"+id);block.className+=" open-block";block.previousSibling.className+=" open-block";}}</script><div class="mw-parser-output"><section class="mf-section-0" id="mf-section-0"><div role="note" class="hatnote navigation-not-searchable">{esc(P06_HATNOTE)}</div>
<table class="infobox vevent" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above summary">{P06_TITLE}</th></tr>{infobox}</tbody></table>
<p><b>《{P06_TITLE}》</b>{esc(P06_LEAD[len(P06_TITLE) + 2 :])}</p>
</section>
{content}
</div></div>
<div class="printfooter">取自“<a dir="ltr" href="https://zh.dongchuanbaike.example/w/index.php?title={P06_TITLE}&amp;oldid=56881230">https://zh.dongchuanbaike.example/w/index.php?title={P06_TITLE}&amp;oldid=56881230</a>”</div>
</div>
<div class="post-content" id="page-secondary-actions"></div>
</main>
<footer class="mw-footer minerva-footer" role="contentinfo"><a class="last-modified-bar" href="{host}/wiki/Special:历史/{P06_TITLE}"><div class="post-content last-modified-bar__content"><span class="minerva-icon minerva-icon-size-medium minerva-icon--modified-history"></span><span class="last-modified-bar__text modified-enhancement">{P06_MODIFIED}</span><span class="mw-ui-icon mw-ui-icon-small mw-ui-icon-mf-expand mw-ui-icon-flush-right"></span></div></a><div class="post-content footer-content"><div id="mw-data-after-content"></div><div id="p-minerva-last-modified-footer" class="hlist"><ul><li id="footer-info-lastmod">{P06_REVISED}</li><li id="footer-info-copyright">{esc(P06_LICENSE)}</li></ul></div><ul id="footer-places" class="footer-places hlist hlist-separated"><li id="footer-places-privacy"><a href="{host}/wiki/东川百科:隐私政策">隐私政策</a></li><li id="footer-places-terms-use"><a href="{host}/wiki/东川百科:使用条款">使用条款</a></li><li id="footer-places-desktop-toggle"><a id="mw-mf-display-toggle" href="https://zh.dongchuanbaike.example/wiki/{P06_TITLE}">桌面版</a></li></ul></div></footer>
</div>
</div>
<script src="/w/load.php?lang=zh-cn&amp;modules=startup&amp;only=scripts&amp;skin=minerva"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return page_gold(
        page,
        P06_TITLE,
        heads,
        body,
        (1, 3, 5, 8, 9),
        [
            "打开主菜单",
            "加入监视列表",
            P06_TAGLINE,
            "参考文献",
            P06_REFS[0],
            "2014年 · 2015年",
            "取自“",
            P06_MODIFIED,
            P06_REVISED,
            P06_LICENSE,
            "桌面版",
            f"关于{P06_SITE}",
        ],
        "a MediaWiki site's mobile view (MinervaNeue skin; wiki and references made up): "
        "h1#section_0 is the title (<title> adds - 东川百科); the tagline under it "
        "(中国国务院年度报告, the wiki's short description), the drawer menu, 打开主菜单, "
        "search box and page actions (语言/加入监视列表/编辑) are not body; the lead "
        "section mf-section-0: the hatnote and the infobox are unscored (as in the "
        "desktop wiki pages), the lead paragraph with its bold entry name is body (not "
        "in must_have); each h2.section-heading (level 1) is followed by its "
        '<section class="collapsible-block open-block">, shown as saved, with '
        "h3.in-block heads (level 2; 主要内容 has only them, no paragraph of its own); "
        "heads are read without their mw-editsection 编辑 link; sup.reference marks "
        "[1]/[2] unscored; <h2>参考文献</h2> with ol.references and the navbox in its "
        "section are apparatus: not a heading, not body; printfooter (取自“…”), the "
        "last-modified bar, revision date, licence and footer links are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "p01_agency_news_gb2312_dateline.html": build_agency_news,
    "p02_theory_site_notes_complete.html": build_theory_site,
    "p03_portal_original_title_comments.html": build_portal_news,
    "p04_finance_daily_author_card.html": build_finance_daily,
    "p05_daily_cn_site_gbk_pager.html": build_daily_cn_site,
    "p06_wiki_mobile_sections.html": build_wiki_mobile,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-fifth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (o01-o06 and p01-p06, see each row). Texts come only from the public\n"
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
    "| p01_agency_news_gb2312_dateline.html | written after the layout of news agencies' sites on an old GB2312 template (中新网-like), HTML only, gwr 2014 (`eval/make_realdocs25_pages.py`, as p02-p06) | GB2312 bytes under an http-equiv `charset=gb2312`, CRLF; `<h1>`, time/来源/参与互动 line and share strip (not body); `div.left_zw` with `　　`-indented `<p>`s: `中闻网北京3月5日电 (记者 …)` dateline lead (body), picture `<table>` caption (unscored), a floated ad card between paragraphs, no heads, `(完)` glued to the last paragraph (unscored), 点击进入专题 line and `【编辑:…】` inside `left_zw` (not body); copyright notice, 相关新闻 with dates, comment box, 新闻排行, licence footer (not body) |",
    "| p02_theory_site_notes_complete.html | written after the layout of theory journals' sites (求是网/光明网理论-like) as Chromium saves them (Webpage, Complete), gwr 2013 | `saved from` mark, `./…_files/` resources; `<h1>`, 来源/作者/time line and 【字号】 (not body); `div.TRS_Editor` with a `<style>` inside the body, two opening paragraphs, centred `<p><strong>` `一、` heads (level 1) and indented `<p><strong>` `（一）` heads (level 2, not under every level 1), `<sup>[n]</sup>` note marks, （作者单位：…） line and 注释： list after the text (unscored); `[责编：…]`, share/QR, 相关文章, 热点推荐, footer (not body) |",
    "| p03_portal_original_title_comments.html | written after the layout of portals' news pages (凤凰网-like) saved complete, gwr 2017 | `saved from` mark; `<h1>` with time/来源/作者 and 人参与/评论 counts (not body); `div#main_content`: `原标题：…` line first (unscored), `<p><strong>` heads (level 1), picture with a 资料图 caption (unscored), logo span; `[责任编辑：… NS045]`, 标签, WeChat QR share prompt, 客户端 扫码下载 box, comment box, 热门推荐, footer (not body); the article again as escaped HTML in a `var allData` script (not shown) |",
    '| p04_finance_daily_author_card.html | written after the layout of finance dailies\' sites (第一财经/界面-like), gwr 2016 | `<h1>`, 来源/作者/time line (not body), 摘要 box (unscored); `div.m-txt`: `<h3>` heads (level 1), `<p class="f-b">` heads bold only by a head `<style>` rule (level 2), figure with 图片来源 credit and a 【声明】 copyright paragraph as the last child of the text container (not body); 编辑 line, 点赞/举报, author card (简介, 文章/粉丝 counts, + 关注), 相关阅读 with `<h2>`/`<h4>`, app QR, 24小时热文, footer (not body) |',
    '| p05_daily_cn_site_gbk_pager.html | written after the layout of national dailies\' Chinese sites (中国日报中文网-like), page 1 of 2, HTML only, gwr 2015 | GBK bytes under HTML5 `<meta charset="gbk">`; `h1.dabiaoti`, 来源/time and 分享到 (not body); `div#Content`: dateline lead (body), centred `<p align=center><strong>` heads (level 1), a 延伸阅读 link box between paragraphs and the pager `1 2 下一页` inside `#Content` (not body); 【责任编辑：…】, 版权说明, 相关新闻, 热点推荐, footer (not body) |',
    "| p06_wiki_mobile_sections.html | written after the layout of a MediaWiki site's mobile view (MinervaNeue skin), gwr 2013 | drawer menu, 打开主菜单, search, `h1#section_0` + tagline, page actions 语言/加入监视列表/编辑 (not body); `mf-section-0` lead with hatnote and infobox (unscored); `h2.section-heading.collapsible-heading` (level 1) each followed by `<section class=collapsible-block>`, `h3.in-block` (level 2), every head with a `mw-editsection` 编辑 link (read without it), `sup.reference` marks; `<h2>参考文献</h2>` + `ol.references` + navbox (neither heading nor body); printfooter, last-modified bar, licence footer (not body) |",
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made25", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
