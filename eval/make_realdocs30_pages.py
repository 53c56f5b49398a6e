# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages l07-l12 of ``realdocs-made30`` and their gold.

A thirtieth set of development documents, made blind (without looking at the readers
or running them); the other documents of the set come from their own maker. This half
is about FRONT AND BACK MATTER AROUND THE ARTICLE in web pages saved as a crawler
stores them (the raw HTML a server sends, with its scripts, styles, navigation, ads and
footers), after the layouts of kinds of Chinese sites the earlier sets lack: a
newspaper e-paper on an old 方正/Founder template, a city government's 信息公开 page
whose 通知 prints the 办法 it issues, a CNKI-like journal article page with its full
text, a newswire's press release, a think tank's report page whose title is only in
``<title>``, and a weekly magazine's feature whose ``<h1>`` is shorter than its
``<title>`` and og:title. The texts come only from the public government work reports
2013-2017 (``../shared/data/gov-work-reports``), whole paragraphs, long ones cut to
their first sentences at sentence ends (titles, headings, leads, abstracts, captions,
labels, names, dates, notes, table cells and furniture are written here; people,
places, companies, journals and sites are made up; the markup follows general
knowledge of how such sites build pages, not any real file or page):

- ``l07_epaper_founder_commentary_gbk.html`` (gwr 2017, GBK under HTML5
  ``<meta charset="gbk">``): a city daily's 数字报 article page on an old
  方正/Founder-like template: the ``<!--enpproperty …-->`` comment, 往期回顾 calendar,
  版面导航 and 本版新闻 lists and an image map before the article; the title block in a
  table of ``<founder-yinti>``/``<founder-title>``/``<founder-subtitle>``/
  ``<founder-author>`` cells (引题, 主题, 副题 ——一论…, 本报评论员), the 版次 line
  《东川日报》（2017年03月16日　第04版）; ``<founder-content>`` paragraphs indented with
  full-width spaces; a commentary with no headings; 上一篇/下一篇, 放大/缩小, footer;
- ``l08_gov_xxgk_notice_banfa_chapters.html`` (gwr 2016, UTF-8): a city government's
  信息公开 page: an info list (``ul > li > label``: 索引号/主题分类/发文机关/成文日期/
  标题/发文字号/发布日期/有效性) above the ``<h1>``; the 通知 (addressee, one-line
  印发 text, issuer, date, （此件公开发布）), then the 办法 it issues: its centred bold
  title (level 1) and five centred ``第一章　总　则``…``第五章　附　则`` (level 2), with
  ``第一条``… articles run in (bold label, body); after it 附件 links, 相关解读 box,
  扫一扫, 【打印】【关闭】, footer;
- ``l09_cnki_article_fulltext.html`` (gwr 2015, UTF-8): a CNKI-like journal article
  page with the HTML full text: ``<h1>`` title, authors and affiliations in ``<h3>``s
  (not headings), 摘要/关键词/基金资助/DOI/专辑/分类号 rows, 下载/页码/大小 line and
  buttons, a 文章目录 nav repeating the heads; full text with ``<h4>`` ``1　…`` (level 1)
  and ``<h5>`` ``2.1　…`` (level 2), a figure and a table with captions, 参考文献 (level
  1) and its list, 作者简介/收稿日期 notes, 引用本文 box, 相似文献, footer;
- ``l10_newswire_press_release.html`` (gwr 2017, UTF-8): a newswire's (美通社-like)
  release page: ``<h1>`` with the long title, the dateline lead, ``<p><b>`` subheads
  (level 1), a photo with caption and 图片来源 line; after the text 消息来源, the bold
  关于… label and its blurb, 媒体联系人 block (all boilerplate), 行业/主题 tags,
  分享, cookie banner, footer;
- ``l11_thinktank_title_in_head_gb2312.html`` (gwr 2014, GB2312 under an http-equiv
  ``charset=gb2312``, CRLF): a city research centre's static ASP-era page whose article
  title is printed nowhere on the page (only ``<title>``, before ``--`` and the site
  name): column bar 调研报告, 作者/发布时间/点击 line, 内容提要 box, ``<p align=center><b>``
  ``一、`` heads (level 1) and 楷体 ``（一）`` heads (level 2), ``<sup>①</sup>`` marks
  and a 注释：/参考文献： list, 课题组 and 责任编辑 lines, footer;
- ``l12_magazine_feature_short_h1.html`` (gwr 2013, UTF-8): a weekly magazine's
  feature: ``<title>`` 封面故事｜long title_site, og:title the long title with its
  subtitle, the ``<h1>`` only the short main title with the subtitle in
  ``h2.subtitle``; 文｜ byline, 本文刊载于 line, standfirst (body); ``<h3>`` heads (level
  1); figures with ``<figcaption>`` and a ``span.credit`` 图片来源, a caption as a
  centred ``<p>`` and a 摄影 line; 原创声明, 责任编辑, 订阅 box, 关联阅读, footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the text
the page shows (tags removed, head, scripts, styles and comments left out; the title of
l11 against ``<title>``), and with ``--chromium`` against the text of the DOM Chromium
builds from each page (``chromium --headless --dump-dom``; run when the pages were
made). Only the standard library is needed (a bare venv: ``python3 -m venv
/tmp/m30b-venv``). Re-running writes the same bytes:

    /tmp/m30b-venv/bin/python eval/make_realdocs30_pages.py [--out eval/data/realdocs-made30] [--only l07 ...] [--chromium] [--rows FILE] [--source]

``--rows FILE`` writes this half's SOURCE.md rows to FILE; ``--source`` puts them into
``<out>/SOURCE.md`` (kept in file order) as the earlier makers do.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs2_files as more
import make_realdocs2_pages as pages2
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs29_pages as prev29

MINE = ("l07_", "l08_", "l09_", "l10_", "l11_", "l12_")
Gold = dict[str, Any]
esc = prev20.esc
norm = prev20.norm
shown_text = prev20.shown_text
paras = prev29.paras
IND = "\u3000\u3000"  # two full-width spaces: the paragraph indent typed into the text


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs30", *parts)


def head_title(page: str) -> str:
    """The text of the page's ``<title>`` element."""
    m = re.search(r"<title>(.*?)</title>", page, flags=re.S | re.I)
    assert m, "no <title>"
    return html.unescape(m.group(1))


def make_gold(
    page: str,
    title: str,
    heads: list[tuple[str, int]],
    body: list[str],
    keep: tuple[int, ...],
    must_not: list[str],
    note: str,
    title_in_head: bool = False,
) -> Gold:
    """The gold of a page, checked against the text a browser shows: the title shown
    (or, with ``title_in_head``, in ``<title>`` and nowhere in the shown text); the heads
    shown after it, in order; the body paragraphs shown in order; 5-6 must_have passages
    (each kept paragraph's first 18 characters, the first paragraph among them, the last
    among the last two) in order; each boilerplate string (four characters or more)
    shown, in no body paragraph, head or title; 0-15 heads of levels 1-3."""
    shown = norm(shown_text(page))
    assert 5 <= len(keep) <= 6 and list(keep) == sorted(set(keep)) and keep[0] == 0, keep
    assert keep[-1] >= len(body) - 2, (keep, len(body))
    assert 6 <= len(body) <= 20, len(body)
    assert len(heads) <= 15, len(heads)
    if heads:
        levels = {lv for _, lv in heads}
        assert min(levels) == 1 and levels <= {1, 2, 3}, levels
    assert all(len(norm(s)) >= 4 for s in must_not), must_not
    assert len(set(must_not)) == len(must_not), must_not
    for s in [*(h for h, _ in heads), *body, *must_not]:
        assert norm(s) in shown, s
    if title_in_head:
        assert norm(title) in norm(head_title(page)) and norm(title) not in shown, title
        pos = 0
    else:
        assert norm(title) in shown, title
        pos = shown.find(norm(title))
    for h, _ in heads:
        k = shown.find(norm(h), pos)
        assert k >= 0, ("heading order", h)
        pos = k + len(norm(h))
    pos = 0
    for t in body:
        k = shown.find(norm(t), pos)
        assert k >= 0, ("body order", t[:20])
        pos = k + len(norm(t))
    all_body = norm("\n".join(body))
    must = [base.clause(body[i]) for i in keep]
    assert len(set(must)) == len(must), must
    for s in must_not:
        assert norm(s) not in all_body, s
        assert norm(s) not in norm(title), s
        assert all(norm(s) not in norm(h) for h, _ in heads), s
    g: Gold = {
        "title": title,
        "headings": [{"text": h, "level": lv} for h, lv in heads],
        "running": [],
        "must_have": must,
        "must_not_have": must_not,
    }
    if prev20.spacing(body):
        g["spacing_allowance"] = prev20.spacing(body)
    g["note"] = note
    return g


# ------------------------------------------- l07 e-paper commentary (Founder, GBK)

L07_YEAR = 2017
L07_PAPER = "东川日报"
L07_DATE = "2017年03月16日"
L07_YINTI = "写在全国两会胜利闭幕之际"
L07_TITLE = "凝心聚力　把宏伟蓝图变为美好现实"
L07_SUBTITLE = "——一论学习贯彻全国两会精神"
L07_AUTHOR = "本报评论员"
L07_EDITION = f"《{L07_PAPER}》（{L07_DATE}　第04版）"
L07_LEAD = "十二届全国人大五次会议和全国政协十二届五次会议圆满完成各项议程，胜利闭幕。大会审议批准的政府工作报告，全面总结过去一年的工作，对今年经济社会发展作出全面部署。学习好、宣传好、贯彻好全国两会精神，是当前和今后一个时期的重要政治任务。"
L07_REFS: tuple[tuple[str, int, int], ...] = (
    ("一、", 2, 3),
    ("二、", 0, 3),
    ("（二）", 0, 3),
    ("（四）", 0, 0),
    ("（四）", 4, 3),
    ("（八）", 0, 0),
    ("（九）", 2, 3),
    ("（九）", 7, 0),
)
L07_PAGES = ("要闻", "要闻", "综合", "评论", "两会特刊", "两会特刊", "经济", "区县")
L07_SAME_PAGE = (
    L07_TITLE,
    "让“放管服”改革红利更多惠及企业",
    "“小切口”里有民生大文章",
    "来论：把会场上的承诺变成现场里的实绩",
)
L07_PREV = "全市领导干部会议传达全国两会精神"
L07_NEXT = "让“放管服”改革红利更多惠及企业"
L07_COPY = "东川日报社版权所有　未经书面授权不得复制或建立镜像"


def build_epaper(path: Path) -> Gold:
    host = "http://epaper.dcrb.example"
    day = "2017-03/16"
    body = [L07_LEAD, *paras(L07_YEAR, L07_REFS)]
    content = "\n".join(f"<P>{IND}{esc(t)}</P>" for t in body)
    nav = "\n".join(
        f'<tr><td class="l_t"><a id="pageLink" href="{host}/html/{day}/node_{4 + k}.htm">第0{k + 1}版：{p}</a></td><td class="pdf"><a href="{host}/images/{day}/0{k + 1}/DC0{k + 1}_C.pdf"><img src="{host}/Images/pdf.gif" border="0" alt="PDF"></a></td></tr>'
        for k, p in enumerate(L07_PAGES)
    )
    same = "\n".join(
        f'<tr><td class="default"><img src="{host}/Images/dot.gif"> <a href="{host}/html/{day}/content_{40317 + k}.htm"><div style="display:inline" id="mp{40317 + k}">{esc(t)}</div></a></td></tr>'
        for k, t in enumerate(L07_SAME_PAGE)
    )
    areas = "".join(
        f'<area shape="polygon" coords="{12 + 5 * k},{30 + 120 * k},340,{30 + 120 * k},340,{140 + 120 * k},{12 + 5 * k},{140 + 120 * k}" href="{host}/html/{day}/content_{40317 + k}.htm" alt="{esc(t)}">'
        for k, t in enumerate(L07_SAME_PAGE)
    )
    days = "".join(
        f'<td><a href="{host}/html/2017-03/{d:02d}/node_4.htm">{d}</a></td>'
        + ("</tr><tr>" if (d + 3) % 7 == 0 else "")
        for d in range(1, 17)
    )
    enp = (
        "<!--enpproperty <articleid>40317</articleid><date>2017-03-16</date>"
        f"<author>{L07_AUTHOR}</author><title>{L07_TITLE}</title><keyword>两会,政府工作报告</keyword>"
        f"<subtitle>{L07_SUBTITLE}</subtitle><introtitle>{L07_YINTI}</introtitle>"
        "<siteid>1</siteid><nodeid>7</nodeid><nodename>第04版：评论</nodename>"
        "<nodesearchname>评论</nodesearchname><picurl></picurl>/enpproperty-->"
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>{esc(L07_TITLE)}--{L07_PAPER}</title>
<meta name="keywords" content="{L07_PAPER},数字报,电子版,评论">
<link rel="stylesheet" href="{host}/Css/style.css" type="text/css">
<script type="text/javascript" src="{host}/Scripts/jquery.js"></script>
<script type="text/javascript">function fontZoom(size){{document.getElementById('ozoom').style.fontSize=size+'px';}}</script>
</head>
<body>
{enp}
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td width="300"><a href="{host}/html/{day}/node_1.htm"><img src="{host}/Images/logo.gif" alt="{L07_PAPER}数字报" border="0"></a></td>
<td class="date">{L07_DATE}　星期四　<a href="{host}/html/{day}/node_1.htm">首页</a>　<a href="{host}/html/{day}/node_1.htm">返回目录</a>　<a href="{host}/search.htm">检索</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="360" valign="top" class="left">
<div class="banci">第04版：评论</div>
<div class="pagepic"><img src="{host}/images/{day}/04/DC04_B.jpg" usemap="#PagePicMap" border="0" width="340"><map name="PagePicMap">{areas}</map></div>
<div class="prev_next"><a href="{host}/html/{day}/node_6.htm">上一版</a>　<a href="{host}/html/{day}/node_8.htm">下一版</a></div>
<table class="calendar"><caption>往期回顾　2017年3月</caption><tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr><tr><td></td><td></td><td></td>{days}</tr></table>
</td>
<td width="640" valign="top" class="main">
<table width="100%" class="article_title" border="0" cellpadding="0" cellspacing="0">
<tr><td class="font02" align="center"><founder-yinti>{esc(L07_YINTI)}</founder-yinti></td></tr>
<tr><td class="font01" align="center"><founder-title>{esc(L07_TITLE)}</founder-title></td></tr>
<tr><td class="font02" align="center"><founder-subtitle>{esc(L07_SUBTITLE)}</founder-subtitle></td></tr>
<tr><td class="font03" align="center"><founder-author>{L07_AUTHOR}</founder-author></td></tr>
</table>
<div class="zoom">放大<img src="{host}/Images/zoomin.gif" onclick="fontZoom(18)">　缩小<img src="{host}/Images/zoomout.gif" onclick="fontZoom(14)">　默认<img src="{host}/Images/zoomdef.gif" onclick="fontZoom(16)"></div>
<div id="ozoom" style="font-size:16px;line-height:28px">
<!--enpcontent--><founder-content>
{content}
</founder-content><!--/enpcontent-->
</div>
<div class="banci_line">{L07_EDITION}</div>
<table width="100%" class="prenext"><tr><td>上一篇：<a href="{host}/html/{day}/content_40301.htm">{esc(L07_PREV)}</a></td></tr><tr><td>下一篇：<a href="{host}/html/{day}/content_40318.htm">{esc(L07_NEXT)}</a></td></tr></table>
<table width="100%" class="nav_list"><tr><td class="title">版面导航</td></tr>
{nav}
</table>
<table width="100%" class="news_list"><tr><td class="title">本版新闻</td></tr>
{same}
</table>
</td>
</tr>
</table>
<div class="footer">{L07_COPY}<br>地址：东川市文化路1号　邮编：250011　电话：0531-85190000</div>
</body>
</html>
"""
    path.write_bytes(page.encode("gbk"))
    return make_gold(
        page,
        L07_TITLE,
        [],
        body,
        (0, 2, 4, 5, 7, 8),
        [
            L07_EDITION,
            "第04版：评论",
            "往期回顾　2017年3月",
            "上一篇：" + L07_PREV,
            "下一篇：" + L07_NEXT,
            L07_COPY,
        ],
        "a city daily's 数字报 page on an old 方正/Founder-like template (paper, people "
        'made up), GBK bytes under <meta charset="gbk">: the title is the 主题 in '
        "<founder-title> (凝心聚力　把宏伟蓝图变为美好现实, with its full-width space; "
        "also <title> before --东川日报 and the enpproperty comment); the 引题 above it "
        "(写在全国两会胜利闭幕之际) and the 副题 below it (——一论学习贯彻全国两会精神) "
        "are neither title nor headings nor required body (unscored), the byline "
        "本报评论员 is unscored; a commentary (本报评论员文章) has no headings: gold "
        "headings []; the <founder-content> paragraphs (opening written here, the rest "
        "report text) are indented with two typed full-width spaces; not body: the "
        "版次 line 《东川日报》（2017年03月16日　第04版）, 第04版：评论 over the page picture, "
        "its image map, 上一版/下一版, the 往期回顾 calendar, 放大/缩小/默认, "
        "上一篇/下一篇, 版面导航 and 本版新闻 lists (the latter repeats the title), footer",
    )


# --------------------------------- l08 government 信息公开: 通知 issuing a 办法

L08_YEAR = 2016
L08_BANFA = "东川市促进创新创业发展办法"
L08_TITLE = f"东川市人民政府办公室关于印发{L08_BANFA}的通知"
L08_DOCNO = "东政办发〔2016〕12号"
L08_INDEX = "11370100MB1234567X/2016-00231"
L08_ADDRESSEE = "各区县人民政府，市政府各部门、各直属机构，各高等院校："
L08_ISSUE = f"《{L08_BANFA}》已经市政府同意，现印发给你们，请认真贯彻执行。"
L08_ISSUER = "东川市人民政府办公室"
L08_ISSUED = "2016年4月12日"
L08_PUBLIC = "（此件公开发布）"
# (chapter, articles: (report paragraph ref, bold label) or written text)
L08_CHAPTERS: tuple[tuple[str, tuple[tuple[str, int, int] | str, ...]], ...] = (
    ("第一章　总　则", (("（二）", 0, 0), ("三、", 0, 2))),
    ("第二章　简政放权与优化服务", (("（二）", 1, 3), ("（八）", 1, 2))),
    ("第三章　创业创新支持", (("（二）", 2, 3), ("（七）", 1, 0))),
    ("第四章　开放合作", (("（五）", 2, 0), ("（五）", 4, 0))),
    (
        "第五章　附　则",
        (
            "本办法由东川市科学技术局负责解释。",
            "本办法自2016年5月1日起施行，有效期至2021年4月30日。",
        ),
    ),
)
L08_NUMS = "一二三四五六七八九十"
L08_ATTACH = (
    "东川市创新创业扶持资金申报指南.docx",
    "东川市众创空间认定申请表.xls",
)
L08_JIEDU = (
    f"【文字解读】《{L08_BANFA}》政策解读",
    f"【图片解读】一图读懂《{L08_BANFA}》",
)
L08_MARK = "网站标识码：3701000001　东ICP备05012345号"


def build_gov_xxgk(path: Path) -> Gold:
    host = "http://www.dongchuan.gov.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = [(L08_BANFA, 1)]
    parts = [
        f'<p style="text-align: center; font-size: 16pt; font-weight: bold; margin: 24px 0 12px;">{esc(L08_BANFA)}</p>'
    ]
    art = 0
    for chapter, items in L08_CHAPTERS:
        heads.append((chapter, 2))
        parts.append(
            f'<p style="text-align: center;"><strong><span style="font-family: 黑体;">{esc(chapter)}</span></strong></p>'
        )
        for item in items:
            label = f"第{L08_NUMS[art]}条" if art < 10 else "第十一条"
            art += 1
            if isinstance(item, str):
                parts.append(
                    f'<p style="text-indent: 2em;"><strong>{label}</strong>　{esc(item)}</p>'
                )
                continue
            t = paras(L08_YEAR, (item,))[0]
            body.append(f"{label}　{t}")
            parts.append(f'<p style="text-indent: 2em;"><strong>{label}</strong>　{esc(t)}</p>')
    banfa = "\n".join(parts)
    info = (
        ("索\u3000引\u3000号：", L08_INDEX),
        ("主题分类：", "科技、教育\\科技"),
        ("发文机关：", L08_ISSUER),
        ("成文日期：", L08_ISSUED),
        ("标\u3000\u3000题：", L08_TITLE),
        ("发文字号：", L08_DOCNO),
        ("发布日期：", "2016年4月15日"),
        ("有\u3000效\u3000性：", "有效"),
    )
    info_html = "".join(
        f'<li class="{"wide" if k == 4 else "half"}"><label>{lab}</label><span>{esc(v)}</span></li>'
        for k, (lab, v) in enumerate(info)
    )
    attach = "".join(
        f'<li>{k + 1}.<a href="{host}/attach/0/{uid("l08", k)[:24]}.{n.rsplit(".", 1)[1]}" target="_blank">{esc(n)}</a></li>'
        for k, n in enumerate(L08_ATTACH)
    )
    jiedu = "".join(
        f'<li><a href="{host}/art/2016/4/15/art_1531_{18840 + k}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(L08_JIEDU)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(L08_TITLE)}_政府信息公开_东川市人民政府</title>
<meta name="SiteName" content="东川市人民政府">
<meta name="SiteDomain" content="www.dongchuan.gov.example">
<meta name="SiteIDCode" content="3701000001">
<meta name="ColumnName" content="政府文件">
<meta name="ArticleTitle" content="{esc(L08_TITLE)}">
<meta name="PubDate" content="2016-04-15 16:20">
<meta name="ContentSource" content="{L08_ISSUER}">
<link rel="stylesheet" href="{host}/css/xxgk2016.css">
<script src="{host}/js/jquery.min.js"></script>
<script src="{host}/js/zfwz_stat.js" id="_trs_ta_js" async defer></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问东川市人民政府门户网站</span><a href="javascript:void(0)" id="wza">无障碍浏览</a><a href="{host}/m/">手机版</a><a href="{host}/en/">English</a></div></div>
<div class="header"><div class="w1200"><img src="{host}/images/logo.png" alt="东川市人民政府"><form class="search" action="{host}/search"><input type="text" name="q" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><ul class="w1200"><li><a href="{host}/">首页</a></li><li><a href="{host}/zwgk/">政务公开</a></li><li><a href="{host}/zwfw/">政务服务</a></li><li><a href="{host}/hdjl/">互动交流</a></li><li><a href="{host}/zjdc/">走进东川</a></li></ul></div>
<div class="w1200 crumb">当前位置：<a href="{host}/">首页</a> &gt; <a href="{host}/zwgk/">政府信息公开</a> &gt; <a href="{host}/zwgk/zfwj/">政府文件</a> &gt; <a href="{host}/zwgk/zfwj/dzbf/">东政办发</a></div>
<div class="w1200 xxgk-detail">
<div class="xxgk-info"><ul>{info_html}</ul></div>
<div class="article">
<h1 class="article-title">{esc(L08_TITLE)}</h1>
<p class="docno" style="text-align: center;">{L08_DOCNO}</p>
<div class="article-content" id="zoom">
<p>{esc(L08_ADDRESSEE)}</p>
<p style="text-indent: 2em;">{esc(L08_ISSUE)}</p>
<p style="text-align: right;">{L08_ISSUER}</p>
<p style="text-align: right;">{L08_ISSUED}</p>
<p style="text-indent: 2em;">{L08_PUBLIC}</p>
{banfa}
</div>
<div class="fujian"><p class="fj-title">附件：</p><ul>{attach}</ul></div>
<div class="xgjd"><h3>相关解读</h3><ul>{jiedu}</ul></div>
<div class="tools"><div class="qrcode"><img src="{host}/qrcode?u=art_1531_18839" alt=""><span>扫一扫在手机打开当前页</span></div><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办：东川市人民政府办公室　承办：东川市大数据局</p><p>{L08_MARK}　东公网安备37010202000123号</p><a href="http://bszs.conac.example/"><img src="{host}/images/dzjg.png" alt="党政机关"></a></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        L08_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 6, 7),
        [
            "索\u3000引\u3000号：" + L08_INDEX,
            "主题分类：科技、教育\\科技",
            "有\u3000效\u3000性：有效",
            L08_ATTACH[0],
            L08_JIEDU[0],
            "扫一扫在手机打开当前页",
            "【打印】【关闭】",
            L08_MARK,
        ],
        "a city government's 信息公开 page (city, office, people made up): the info list "
        "(ul > li > label: 索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期/有效性) "
        "above the document is not body; the title is the <h1> (the 通知's title; also "
        "<title> before _政府信息公开_…, the ArticleTitle meta and the 标题 row); the "
        "centred 发文字号 line is unscored; the 通知 itself (addressee 各区县人民政府…：, the "
        "one-line 印发 sentence, issuer and date right-aligned, （此件公开发布）) is "
        "written here and unscored; then the page prints the 办法 the notice issues: its "
        "centred bold title 东川市促进创新创业发展办法 is a level-1 heading (the title of "
        "the attached text, not the page's title), its five centred bold 黑体 chapters "
        "第一章　总　则 … 第五章　附　则 are level 2 (the typed full-width spaces kept); "
        "the articles open with a bold run-in label 第一条　… (body, not headings; the "
        "label is part of the paragraph and of its passage); the two 附则 articles are "
        "written here, unscored; not body: the 附件： list of two files, the 相关解读 box "
        "(its <h3> not a heading), 扫一扫在手机打开当前页, 【打印】【关闭】, breadcrumbs, "
        "nav and footer",
    )


# ------------------------------------------- l09 CNKI-like article page, full text

L09_YEAR = 2015
L09_TITLE = "创新驱动视角下地方经济结构转型的路径研究——以东川市为例"
L09_JOURNAL = "东川社会科学"
L09_AUTHORS = (("张明远", "1"), ("刘思齐", "1,2"), ("韩雪", "2"))
L09_AFFILS = ("1.东川大学经济学院", "2.东川市社会科学院区域经济研究所")
L09_ABSTRACT = "在经济发展进入新常态的背景下，地方经济结构转型越来越依赖创新驱动。本文以东川市为例，梳理了近年来该市科技投入和产业结构调整的基本情况，分析了制约创新驱动发展的体制机制因素，并从科技体制改革、企业创新主体地位和新兴产业培育三个方面提出了政策建议。"
L09_KEYWORDS = ("创新驱动", "经济结构转型", "科技体制改革", "新兴产业")
L09_FUND = "东川省社会科学规划项目（15JJD021）；东川市软科学研究计划项目（2014RKX0107）"
L09_DOI = "10.16891/j.cnki.dcshkx.2015.04.006"
L09_STATS = "下载：1286　页码：45-52　页数：8　大小：1046K"
L09_FIG = "图1　2010—2014年东川市R&D经费支出及其占地区生产总值比重"
L09_TAB = "表1　2010—2014年东川市三次产业结构（%）"
L09_TAB_ROWS = (
    ("年份", "第一产业", "第二产业", "第三产业"),
    ("2010", "8.6", "52.3", "39.1"),
    ("2012", "7.9", "50.1", "42.0"),
    ("2014", "7.1", "46.8", "46.1"),
)
L09_REFS = (
    "[1] 林志远.新常态下区域创新驱动发展的机制与路径[J].东川社会科学,2014(6):22-29.",
    "[2] 周航,李晓岚.地方产业结构升级的动力转换研究[J].东部经济评论,2013(3):51-58.",
    "[3] 东川市统计局.东川统计年鉴2014[M].东川:东川统计出版社,2014.",
)
L09_BIO = "作者简介：张明远（1978—），男，东川人，东川大学经济学院副教授，博士，主要研究方向为区域经济与创新政策。"
L09_RECEIVED = "收稿日期：2015-03-16"
L09_CITE = f"［1］张明远,刘思齐,韩雪.{L09_TITLE}[J].{L09_JOURNAL},2015(04):45-52."
# (head, level, paragraph refs)
L09_OUTLINE: tuple[tuple[str, int, tuple[tuple[str, int, int], ...]], ...] = (
    ("1　引言", 1, (("二、", 1, 3), ("四、", 10, 3))),
    ("2　东川市创新驱动发展的现状", 1, ()),
    ("2.1　科技投入持续增加", 2, (("一、", 12, 0),)),
    ("2.2　产业结构加快调整", 2, (("一、", 10, 0),)),
    ("3　制约因素与改革路径", 1, ()),
    ("3.1　科技体制机制仍需理顺", 2, (("四、", 13, 0),)),
    ("3.2　强化企业技术创新主体地位", 2, (("四、", 14, 0), ("四、", 15, 0))),
    ("4　结论与政策建议", 1, (("四、", 11, 0), ("六、", 2, 3))),
)


def build_cnki(path: Path) -> Gold:
    host = "https://kns.dczw.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for k, (head, level, refs) in enumerate(L09_OUTLINE):
        heads.append((head, level))
        tag = "h4" if level == 1 else "h5"
        parts.append(f'<{tag} class="anchor-tag" id="a{k + 1}">{esc(head)}</{tag}>')
        for t in paras(L09_YEAR, refs):
            body.append(t)
            parts.append(f'<div class="p1"><p>{esc(t)}</p></div>')
        if head.startswith("2.1"):
            parts.append(
                f'<div class="area_img" id="fig1"><a href="{host}/kcms/detail/fig1.jpg"><img src="{host}/kcms/detail/{uid("l09", "fig")[:20]}.jpg" alt=""></a><p class="img_tit">{esc(L09_FIG)}</p></div>'
            )
        if head.startswith("2.2"):
            rows = "".join(
                "<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in L09_TAB_ROWS
            )
            parts.append(
                f'<div class="area_table" id="tab1"><p class="table_tit">{esc(L09_TAB)}</p><table border="1" cellspacing="0">{rows}</table><p class="table_note">资料来源：《东川统计年鉴》（2011—2015）。</p></div>'
            )
    heads.append(("参考文献", 1))
    refs_html = "".join(f"<li>{esc(r)}</li>" for r in L09_REFS)
    parts.append(f'<h4 class="anchor-tag" id="a9">参考文献</h4>\n<ul class="ebBd">{refs_html}</ul>')
    parts.append(
        f'<div class="notes"><p>{esc(L09_RECEIVED)}</p><p>基金项目：{esc(L09_FUND)}</p><p>{esc(L09_BIO)}</p></div>'
    )
    fulltext = "\n".join(parts)
    authors = "".join(
        f'<span><a href="{host}/kcms/author?name={esc(n)}" target="_blank">{esc(n)}<sup>{s}</sup></a></span>'
        for n, s in L09_AUTHORS
    )
    affils = "".join(
        f'<span><a href="{host}/kcms/org?code={k}" target="_blank">{esc(a)}</a></span>'
        for k, a in enumerate(L09_AFFILS)
    )
    kws = "".join(
        f'<a href="{host}/kcms/kw?v={esc(w)}" target="_blank">{esc(w)};</a>' for w in L09_KEYWORDS
    )
    toc = "".join(
        f'<li class="{"lv1" if lv == 1 else "lv2"}"><a href="#a{k + 1}">{esc(h)}</a></li>'
        for k, (h, lv) in enumerate(heads)
    )
    similar = "".join(
        f'<li><a href="{host}/kcms/detail?id={uid("l09", t)[:12]}">{esc(t)}</a><span>{j}</span></li>'
        for t, j in (
            ("科技创新与产业结构升级的耦合关系研究", "东部经济评论"),
            ("地方政府创新政策的演进与效果评价", "东川大学学报（社会科学版）"),
            ("新常态下城市经济转型的若干思考", "城市发展研究"),
        )
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{esc(L09_TITLE)} - 东知网</title>
<meta name="keywords" content="{",".join(L09_KEYWORDS)}">
<meta name="description" content="{esc(L09_ABSTRACT[:60])}">
<meta name="citation_title" content="{esc(L09_TITLE)}">
<meta name="citation_journal_title" content="{L09_JOURNAL}">
<meta name="citation_doi" content="{L09_DOI}">
<link rel="stylesheet" href="{host}/kcms/css/detail.min.css">
<script src="{host}/kcms/js/jquery-1.8.3.min.js"></script>
<script>var dbCode = "CJFD"; var fileName = "DCSK201504006"; var tableName = "CJFDLAST2015";</script>
</head>
<body>
<div class="header"><a class="logo" href="{host}/"><img src="{host}/images/logo.png" alt="东知网"></a><div class="search-box"><select><option>主题</option><option>篇名</option><option>作者</option></select><input type="text"><button>检索</button></div><div class="user"><a href="{host}/login">登录</a> | <a href="{host}/reg">注册</a></div></div>
<div class="wrapper">
<div class="crumbs"><a href="{host}/">首页</a> &gt; <a href="{host}/journals">期刊</a> &gt; <a href="{host}/journals/DCSK">{L09_JOURNAL}</a> &gt; 2015年第4期</div>
<div class="top-tip"><span><a href="{host}/journals/DCSK">{L09_JOURNAL}</a>. 2015,(04)</span><span class="core">北大核心</span><span class="core">CSSCI</span></div>
<div class="doc">
<div class="wx-tit">
<h1>{esc(L09_TITLE)}</h1>
<h3 id="authorpart">{authors}</h3>
<h3>{affils}</h3>
</div>
<div class="row"><span class="rowtit">摘要：</span><span class="abstract-text" id="ChDivSummary">{esc(L09_ABSTRACT)}</span></div>
<div class="row"><span class="rowtit">关键词：</span><p class="keywords">{kws}</p></div>
<div class="row"><span class="rowtit">基金资助：</span><p class="funds">{esc(L09_FUND)}</p></div>
<ul class="top-space"><li><span class="rowtit">DOI：</span><p>{L09_DOI}</p></li><li><span class="rowtit">专辑：</span><p>经济与管理科学</p></li><li><span class="rowtit">专题：</span><p>宏观经济管理与可持续发展</p></li><li><span class="rowtit">分类号：</span><p>F127</p></li><li><span class="rowtit">在线公开时间：</span><p>2015-07-20 10:35</p></li></ul>
<div class="total-inform">{L09_STATS}</div>
<div class="operate-btn"><a class="btn-html" href="#fulltext">HTML阅读</a><a class="btn-dlcaj" href="{host}/download?type=caj">CAJ下载</a><a class="btn-dlpdf" href="{host}/download?type=pdf">PDF下载</a><a class="btn-phone">手机阅读</a><a class="btn-quote" href="#cite">引用</a><a class="btn-fav">收藏</a></div>
</div>
<div class="main">
<div class="catalog"><p class="catalog-title">文章目录</p><ul>{toc}</ul></div>
<div class="fulltext" id="fulltext">
{fulltext}
</div>
</div>
<div class="cite" id="cite"><p class="cite-title">引用本文（GB/T 7714-2015 格式）</p><p>{esc(L09_CITE)}</p><a>复制</a> <a>导出参考文献</a></div>
<div class="similar"><h2>相似文献</h2><ul>{similar}</ul></div>
</div>
<div class="footer"><p><a href="{host}/about">关于我们</a> | <a href="{host}/help">帮助中心</a> | <a href="{host}/copyright">版权声明</a></p><p>©东知网　东ICP证040431号　出版物经营许可证 新出发东批字第直0595号</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        L09_TITLE,
        heads,
        body,
        (0, 2, 4, 5, 7, 8),
        [
            L09_DOI,
            L09_FUND,
            L09_AFFILS[1],
            L09_STATS,
            L09_BIO,
            L09_RECEIVED,
            L09_CITE,
            "出版物经营许可证",
        ],
        "a CNKI-like journal article page with its HTML full text (journal, authors, "
        "site made up): the title is the <h1> (with its ——以东川市为例 part, printed on "
        "the one line; also <title> before - 东知网 and citation_title); the authors "
        "with superscript numbers and the affiliations are <h3>s, not headings, not "
        "body; 摘要 (written here), 关键词, 基金资助, DOI/专辑/专题/分类号/在线公开时间, "
        "the 下载/页码/页数/大小 line and the HTML阅读/CAJ下载/… buttons are front matter, "
        "not body (the abstract unscored); the 文章目录 box repeats the heads as links "
        "(not headings); in the full text <h4> 1　引言 … 4　结论与政策建议 are level 1 "
        "and <h5> 2.1　… 3.2　… level 2 (numbers and full-width spaces kept); 2 and 3 "
        "have no text of their own before 2.1/3.1; the figure caption 图1　… and the "
        "table (title 表1　…, cells, 资料来源 note) are unscored; 参考文献 (<h4>) is a "
        "level-1 heading, its list unscored; after it 收稿日期/基金项目/作者简介 notes, "
        "the 引用本文 box (its citation repeats the title), 相似文献 (<h2>, not a "
        "heading) and the footer are not body",
    )


# ------------------------------------------------- l10 newswire press release page

L10_YEAR = 2017
L10_WIRE = "东方新闻通讯社"
L10_COMPANY = "东川智联科技股份有限公司"
L10_TITLE = "东川智联发布工业互联网平台“智联云3.0”，助力传统制造业数字化转型"
L10_LEAD = "东川2017年3月10日电 /东通社/ -- 东川智联科技股份有限公司（以下简称“东川智联”）今日在东川国际会展中心举行发布会，正式推出新一代工业互联网平台“智联云3.0”。该平台面向装备制造、纺织服装、食品加工等行业，为中小制造企业提供设备联网、数据分析和协同制造服务，首批已有200余家企业签约接入。"
L10_CAPTION = "“智联云3.0”发布会现场"
L10_PHOTO = "图片来源：东川智联科技股份有限公司"
L10_SOURCE = f"消息来源：{L10_COMPANY}"
L10_ABOUT = f"关于{L10_COMPANY}"
L10_ABOUT_TEXT = "东川智联科技股份有限公司成立于2009年，总部位于东川市高新技术产业开发区，是一家专注于工业互联网和智能制造解决方案的高新技术企业，业务覆盖全国20多个省份，服务制造企业超过3000家。更多信息请访问公司官网。"
L10_CONTACT = "媒体联系人：周航　电话：0531-88662130　邮箱：pr@dczl.example"
L10_OUTLINE: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("面向制造业的开放平台", (("（四）", 3, 3), ("（四）", 2, 0))),
    ("以创新引领实体经济转型升级", (("（四）", 0, 0), ("（四）", 1, 3))),
    ("与中小企业共享“双创”红利", (("（四）", 4, 3),)),
    ("持续扩大开放合作", (("（六）", 0, 0), ("（六）", 1, 0))),
)


def build_newswire(path: Path) -> Gold:
    host = "https://www.dongtongshe.example"
    body = [L10_LEAD]
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(L10_LEAD)}</p>"]
    for k, (head, refs) in enumerate(L10_OUTLINE):
        heads.append((head, 1))
        parts.append(f"<p><b>{esc(head)}</b></p>")
        for t in paras(L10_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        if k == 0:
            img = uid("l10", "photo")[:10]
            parts.append(
                f'<div class="image"><img src="https://mma.dongtongshe.example/201703/{img}-a.jpg" alt="{esc(L10_CAPTION)}" title="{esc(L10_CAPTION)}" width="600"><p class="caption"><i>{esc(L10_CAPTION)}</i></p><p class="credit">{esc(L10_PHOTO)}</p><p class="dl"><a href="https://mma.dongtongshe.example/201703/{img}-a.jpg">下载图片</a></p></div>'
            )
    parts.append(f"<p>{esc(L10_SOURCE)}</p>")
    parts.append(f"<p><b>{esc(L10_ABOUT)}</b></p>")
    parts.append(f"<p>{esc(L10_ABOUT_TEXT)}</p>")
    parts.append(f"<p>{esc(L10_CONTACT)}</p>")
    content = "\n".join(parts)
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": L10_TITLE,
            "datePublished": "2017-03-10T09:00:00+08:00",
            "publisher": {"@type": "Organization", "name": L10_WIRE},
        },
        ensure_ascii=False,
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(L10_TITLE)} -- {L10_WIRE}</title>
<meta property="og:title" content="{esc(L10_TITLE)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{L10_WIRE}">
<meta name="description" content="{esc(L10_LEAD[:70])}">
<link rel="stylesheet" href="{host}/assets/css/release.css">
<script type="application/ld+json">{ld}</script>
<script src="{host}/assets/js/vendor.js" defer></script>
</head>
<body class="release-page">
<div id="cookie-banner" class="cookie">本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。<a href="{host}/privacy">了解更多</a><button>接受</button></div>
<header class="site-header"><a class="logo" href="{host}/"><img src="{host}/assets/img/logo.svg" alt="{L10_WIRE}"></a><nav><a href="{host}/news/">新闻</a><a href="{host}/news/industry/">行业</a><a href="{host}/news/multimedia/">多媒体</a><a href="{host}/send/">发布新闻稿</a></nav><a class="login" href="{host}/login">登录</a></header>
<main class="container">
<div class="crumbs"><a href="{host}/">首页</a> / <a href="{host}/news/">新闻</a> / <a href="{host}/news/industry/manufacturing/">制造业</a></div>
<article class="release">
<header class="release-header">
<h1>{esc(L10_TITLE)}</h1>
<p class="mb-no-margin"><span class="release-date">2017-03-10 09:00</span><span class="release-source">来源：{L10_WIRE}</span></p>
<div class="share-top">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">领英</a><a href="#">邮件</a></div>
</header>
<section class="release-body">
{content}
</section>
<footer class="release-footer"><p class="tags">行业：<a href="{host}/news/industry/manufacturing/">制造业</a>、<a href="{host}/news/industry/internet/">互联网</a>　主题：<a href="{host}/news/subject/product/">新产品/服务</a></p><p class="disclaimer">{L10_WIRE}发布的新闻稿内容由发布机构提供，{L10_WIRE}不对其内容的准确性负责。</p></footer>
</article>
<aside class="sidebar"><h2>更多{esc(L10_COMPANY)}新闻</h2><ul><li><a href="{host}/news/20161125/1788.html">东川智联入选省级工业互联网示范平台</a></li><li><a href="{host}/news/20160912/1523.html">东川智联与东川大学共建智能制造联合实验室</a></li></ul><h2>订阅新闻</h2><form><input type="email" placeholder="电子邮箱"><button>订阅</button></form></aside>
</main>
<footer class="site-footer"><p><a href="{host}/about/">关于东通社</a> | <a href="{host}/privacy/">隐私政策</a> | <a href="{host}/terms/">使用条款</a></p><p>© 2017 {L10_WIRE}　版权所有</p></footer>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        L10_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 6, 7),
        [
            "来源：" + L10_WIRE,
            L10_PHOTO,
            L10_SOURCE,
            L10_ABOUT,
            L10_ABOUT_TEXT,
            L10_CONTACT,
            "不对其内容的准确性负责",
            "本网站使用Cookie以改善您的浏览体验",
        ],
        "a newswire's (美通社-like) press-release page (wire, company, people made up): "
        "the title is the <h1> (also <title> before -- 东方新闻通讯社, og:title and the "
        "ld+json headline); date/来源 line and 分享到 bar are not body; the dateline "
        "lead 东川2017年3月10日电 /东通社/ -- … (written here) is body; the four <p><b> "
        "subheads are level 1; the photo's caption (italic) is unscored, its "
        "图片来源：… credit and 下载图片 link not body; after the text, still inside "
        "section.release-body and set like it, come the release's boilerplate: "
        "消息来源：…, the bold 关于东川智联科技股份有限公司 label (a <p><b> like the "
        "subheads, but the label of the company blurb every release carries: not a "
        "heading, not body), the blurb and the 媒体联系人 line: all must_not_have; "
        "行业/主题 tags, the wire's disclaimer, the sidebar <h2>s (not headings), "
        "cookie banner, nav and footer are not body",
    )


# ------------------------- l11 think-tank report, title only in <title> (GB2312)

L11_YEAR = 2014
L11_SITE = "东川市发展研究中心"
L11_TITLE = "深化重点领域改革　激发区域发展内生动力的若干思考"
L11_ABSTRACT = "内容提要：本文结合本市实际，围绕行政体制、财税金融和对外开放等重点领域改革进行了梳理，提出了以改革激发区域发展内生动力的几点建议，供领导参阅。"
L11_TEAM = "（课题组成员：王宁　陈静　刘建国　执笔：陈静）"
L11_EDITOR = "（责任编辑：李晓岚）"
L11_NOTES = (
    "① 据东川市机构编制委员会办公室统计，2013年全市共取消和下放行政审批事项86项。",
    "② 营业税改征增值税试点自2013年8月1日起在全市交通运输业和部分现代服务业推开。",
    "③ 东川港2013年完成货物吞吐量1.12亿吨，同比增长9.6%。",
)
L11_REFS = (
    "[1] 东川市发展研究中心课题组．东川经济发展报告（2013）[M]．东川：东川人民出版社，2013．",
    "[2] 林志远．区域改革红利的释放路径研究[J]．东部经济评论，2013（5）：12-18．",
)
L11_VISITS = "点击数：<script>document.write(hits)</script>"
# (head, level, paragraphs (section, index, sentences), footnote mark after the first paragraph)
L11_OUTLINE: tuple[tuple[str, int, tuple[tuple[str, int, int], ...], str], ...] = (
    ("", 0, (("（一）", 0, 0),), ""),
    ("一、深化行政体制改革，进一步释放市场活力", 1, (("（一）", 1, 3), ("（一）", 2, 0)), "①"),
    ("二、以财税金融改革为重点，增强发展动力", 1, (), ""),
    ("（一）完善财税体制，规范政府收支", 2, (("（一）", 3, 3),), "②"),
    ("（二）推进金融改革，服务实体经济", 2, (("（一）", 4, 3),), ""),
    ("三、扩大对外开放，拓展区域发展空间", 1, (("（二）", 0, 0), ("（三）", 3, 3)), "③"),
    ("四、几点建议", 1, (("（六）", 0, 0), ("（九）", 3, 0)), ""),
)


def build_thinktank(path: Path) -> Gold:
    host = "http://www.dcfzyj.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for head, level, refs, mark in L11_OUTLINE:
        if level == 1:
            heads.append((head, 1))
            parts.append(f"<p align=center><b>{esc(head)}</b></p>")
        elif level == 2:
            heads.append((head, 2))
            parts.append(
                f'<p style="text-indent:2em"><font face="楷体_GB2312">{esc(head)}</font></p>'
            )
        for k, t in enumerate(paras(L11_YEAR, refs)):
            body.append(t)
            sup = f"<sup>{mark}</sup>" if mark and k == 0 else ""
            parts.append(f'<p style="text-indent:2em">{esc(t)}{sup}</p>')
    parts.append(f"<p align=right>{esc(L11_TEAM)}</p>")
    parts.append("<p><b>注释：</b></p>")
    parts.extend(f"<p class=zhushi>{esc(n)}</p>" for n in L11_NOTES)
    parts.append("<p><b>参考文献：</b></p>")
    parts.extend(f"<p class=zhushi>{esc(r)}</p>" for r in L11_REFS)
    content = "\n".join(parts)
    menu = "".join(
        f'<tr><td class=menu><a href="{host}/list.asp?id={k + 11}">{t}</a></td></tr>'
        for k, t in enumerate(("调研报告", "决策参考", "专家观点", "经济运行分析", "课题成果"))
    )
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(L11_TITLE)}--{L11_SITE}</title>
<meta name="keywords" content="改革,行政体制,财税体制,金融体制,对外开放">
<link href="{host}/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript">var hits = 1362;</script>
</head>
<body topmargin=0 leftmargin=0>
<table width=980 border=0 align=center cellpadding=0 cellspacing=0>
<tr><td><img src="{host}/images/banner.jpg" width=980 height=120 alt="{L11_SITE}"></td></tr>
<tr><td class=nav><a href="{host}/">网站首页</a> | <a href="{host}/about.asp">中心概况</a> | <a href="{host}/list.asp?id=11">研究成果</a> | <a href="{host}/list.asp?id=20">工作动态</a> | <a href="{host}/list.asp?id=30">发展论坛</a> | <a href="{host}/contact.asp">联系我们</a></td></tr>
</table>
<table width=980 border=0 align=center cellpadding=0 cellspacing=0>
<tr>
<td width=200 valign=top class=left>
<table width="100%" border=0 cellpadding=0 cellspacing=0><tr><td class=lefttitle>研究成果</td></tr>{menu}</table>
</td>
<td width=780 valign=top>
<div class=position>当前位置：<a href="{host}/">首页</a> → <a href="{host}/list.asp?id=11">研究成果</a> → 调研报告</div>
<div class=lmname>调研报告</div>
<div class=info>作者：{L11_SITE}课题组　发布时间：2014-05-20　{L11_VISITS}</div>
<div class=tiyao>{esc(L11_ABSTRACT)}</div>
<div class=content id=fontzoom>
{content}
</div>
<div class=editor>{esc(L11_EDITOR)}</div>
<div class=tools>【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class=prenext>上一篇：<a href="{host}/show.asp?id=1207">2014年一季度全市经济运行分析</a><br>下一篇：<a href="{host}/show.asp?id=1213">关于加快发展现代服务业的调研报告</a></div>
</td>
</tr>
</table>
<table width=980 border=0 align=center cellpadding=0 cellspacing=0><tr><td class=footer>版权所有：{L11_SITE}　地址：东川市政务中心B座12楼　电话：0531-86061234<br>东ICP备06005678号　技术支持：东川网络</td></tr></table>
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gb2312"))
    return make_gold(
        page,
        L11_TITLE,
        heads,
        body,
        (0, 2, 4, 6, 7, 8),
        [
            f"作者：{L11_SITE}课题组",
            L11_ABSTRACT,
            L11_TEAM,
            L11_NOTES[0],
            L11_REFS[1],
            L11_EDITOR,
            "【打印此文】【关闭窗口】",
            f"版权所有：{L11_SITE}",
        ],
        "a city research centre's static ASP-era page (centre, people made up), GB2312 "
        "bytes under an http-equiv charset=gb2312, CRLF: the article title is printed "
        "nowhere on the page: only <title> holds it, before --东川市发展研究中心; the gold "
        "title is that part (深化重点领域改革　激发区域发展内生动力的若干思考, with its "
        "full-width space); the column bar 调研报告 (div.lmname) under the 当前位置 line is "
        "the column's name, not the title, not a heading; 作者/发布时间/点击数 and the "
        "内容提要 box (front matter, written here) are not body; the opening paragraph "
        "before the first head is body; <p align=center><b> 一、… are level 1 and the "
        "楷体 <font face> （一）… lines (not bold) level 2; 二、 has no text of its own; "
        "<sup>①</sup>-<sup>③</sup> marks at three paragraph ends are unscored; after the "
        "text the （课题组成员：…） line, the 注释：/参考文献： labels (bold <p>s, not "
        "headings) with their notes and references, （责任编辑：…）, 【打印此文】【关闭窗口】, "
        "上一篇/下一篇, left menu and footer are not body",
        title_in_head=True,
    )


# ------------------------------------ l12 magazine feature: short <h1>, long titles

L12_YEAR = 2013
L12_MAG = "东川周刊"
L12_H1 = "城镇化下半场"
L12_SUB = "从“土地城镇化”到“人的城镇化”"
L12_LONG = f"{L12_H1}：{L12_SUB}"
L12_BYLINE = "文｜本刊记者 林舟　实习生 许诺　发自东川"
L12_ISSUE = f"本文刊载于《{L12_MAG}》2013年第11期"
L12_LEAD = "十年间，东川新区从一片农田长成一座拥有四十万人口的新城。高楼起来了，道路宽了，可在新城里打工、安家的人们，有多少真正成了“城里人”？两会前夕，本刊记者走访了新区的工地、社区和村庄。"
L12_FIG1 = "2013年2月，东川新区核心区的建设工地。"
L12_CREDIT1 = "图片来源：视觉东川"
L12_FIG2 = "▲东川新区一处安置社区内，居民在广场上晒太阳。"
L12_CREDIT2 = "摄影／本刊记者 周航"
L12_ORIGINAL = f"本文为《{L12_MAG}》原创，未经授权不得转载"
L12_EDITOR = "责任编辑：吴迪"
L12_OUTLINE: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("一座新城的十年", (("（二）", 1, 3),)),
    ("“人”往哪里去", (("（三）", 1, 0), ("（三）", 6, 0))),
    ("钱从哪里来", (("（一）", 1, 3), ("（四）", 1, 3))),
    ("留住乡愁", (("（一）", 3, 3), ("（二）", 0, 3), ("（一）", 4, 0))),
)


def build_magazine(path: Path) -> Gold:
    host = "https://www.dczhoukan.example"
    body = [L12_LEAD]
    heads: list[tuple[str, int]] = []
    parts: list[str] = []
    for k, (head, refs) in enumerate(L12_OUTLINE):
        heads.append((head, 1))
        parts.append(f"<h3>{esc(head)}</h3>")
        for t in paras(L12_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        if k == 0:
            parts.append(
                f'<figure class="img-box"><img src="{host}/uploads/2013/03/{uid("l12", 1)[:12]}.jpg" alt=""><figcaption>{esc(L12_FIG1)}<span class="credit">{esc(L12_CREDIT1)}</span></figcaption></figure>'
            )
        if k == 2:
            parts.append(
                f'<p style="text-align: center;"><img src="{host}/uploads/2013/03/{uid("l12", 2)[:12]}.jpg" alt=""></p>\n<p style="text-align: center; color: #666; font-size: 14px;">{esc(L12_FIG2)}</p>\n<p style="text-align: right; color: #999; font-size: 12px;">{esc(L12_CREDIT2)}</p>'
            )
    parts.append(f'<p class="copyright">{esc(L12_ORIGINAL)}</p>')
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/article/{2013030000 + 17 * k}.html">{esc(t)}</a></li>'
        for k, t in enumerate(
            ("专访：城镇化不是造城运动", "户籍改革破冰的三个样本", "安置社区里的“新市民”")
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>封面故事｜{esc(L12_LONG)}_{L12_MAG}</title>
<meta name="description" content="{esc(L12_LEAD[:48])}">
<meta property="og:title" content="{esc(L12_LONG)}">
<meta property="og:site_name" content="{L12_MAG}">
<meta property="og:image" content="{host}/uploads/2013/03/cover1311.jpg">
<meta name="twitter:title" content="{esc(L12_LONG)}">
<link rel="stylesheet" href="{host}/static/css/article.css?v=20130301">
<script>window.__ARTICLE__ = {{"id": 2013030517, "column": "封面故事", "issue": "2013-11"}};</script>
<script src="{host}/static/js/app.js" async></script>
</head>
<body>
<header class="site-header"><a href="{host}/" class="logo"><img src="{host}/static/img/logo.png" alt="{L12_MAG}"></a><nav><a href="{host}/">首页</a><a href="{host}/column/cover/">封面故事</a><a href="{host}/column/society/">社会</a><a href="{host}/column/economy/">经济</a><a href="{host}/column/culture/">文化</a><a href="{host}/magazine/">往期杂志</a></nav><a class="subscribe" href="{host}/subscribe/">订阅</a></header>
<div class="article-wrap">
<div class="column-tag"><a href="{host}/column/cover/">封面故事</a></div>
<article class="article">
<h1 class="article-title">{esc(L12_H1)}</h1>
<h2 class="subtitle">{esc(L12_SUB)}</h2>
<div class="article-meta"><p class="byline">{esc(L12_BYLINE)}</p><p class="issue">{esc(L12_ISSUE)}</p><time datetime="2013-03-18">2013-03-18</time></div>
<div class="standfirst"><p>{esc(L12_LEAD)}</p></div>
<div class="article-body">
{content}
</div>
<div class="article-foot"><p class="editor">{esc(L12_EDITOR)}</p><div class="share">分享：<a href="#">微信</a><a href="#">微博</a><a href="#">豆瓣</a></div></div>
</article>
<div class="sub-box"><img src="{host}/static/img/cover1311.jpg" alt=""><p>本期《{L12_MAG}》已上市</p><a href="{host}/subscribe/">点击订阅全年杂志</a></div>
<section class="related"><h2>关联阅读</h2><ul>{related}</ul></section>
</div>
<footer class="site-footer"><p>{L12_MAG}社　版权所有　东ICP备09003456号</p><p>本刊所有文章未经书面授权不得转载</p></footer>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        L12_H1,
        heads,
        body,
        (0, 1, 3, 5, 7, 8),
        [
            L12_BYLINE,
            L12_ISSUE,
            L12_CREDIT1,
            L12_CREDIT2,
            L12_ORIGINAL,
            L12_EDITOR,
            "点击订阅全年杂志",
        ],
        "a weekly magazine's feature page (magazine, people, places made up): the title "
        "is the <h1> as printed, only the short main title 城镇化下半场; <title> "
        "(封面故事｜城镇化下半场：从…到…_东川周刊), og:title and twitter:title hold the "
        "long form with the subtitle; the subtitle printed under the <h1> in "
        "h2.subtitle is neither title nor heading nor required body (unscored); the "
        "column tag 封面故事 is not body; the 文｜…发自东川 byline and the 本文刊载于… "
        "line are not body; the standfirst (written here) is body, the first passage; "
        "the four <h3>s are level 1; the first photo's <figcaption> text is unscored, "
        "its span.credit 图片来源：… not body; the second photo's caption is a centred grey "
        "<p> starting with ▲ (unscored) and its 摄影／… credit a right-aligned <p> (not "
        "body); the 本文为…原创 line, 责任编辑：…, 分享, the 订阅 box, 关联阅读 (<h2>, not "
        "a heading) and footer are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "l07_epaper_founder_commentary_gbk.html": build_epaper,
    "l08_gov_xxgk_notice_banfa_chapters.html": build_gov_xxgk,
    "l09_cnki_article_fulltext.html": build_cnki,
    "l10_newswire_press_release.html": build_newswire,
    "l11_thinktank_title_in_head_gb2312.html": build_thinktank,
    "l12_magazine_feature_short_h1.html": build_magazine,
}
TITLE_IN_HEAD = ("l11_",)

SOURCE_HEAD = (
    "# Documents made blind, thirtieth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (see each row). Texts come only from the public government work\n"
    "reports 2013–2017 in `../shared/data/gov-work-reports` (whole paragraphs, long ones\n"
    "cut at a sentence end); titles, headings, labels, names, dates and furniture are\n"
    "written by the scripts, people, places, companies and sites made up. The outputs are\n"
    "committed so tests and CI need none of the tools. Gold (`gold/<file>.json`, the\n"
    "format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output: the\n"
    "title, the headings with levels, the running headers that must not reach the body,\n"
    "passages (each one's first 18 characters) that must appear in order, boilerplate\n"
    "that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS: list[str] = [
    '| l07_epaper_founder_commentary_gbk.html | written after the layout of city dailies\' 数字报 article pages on an old 方正/Founder-like template, GBK bytes under HTML5 `<meta charset="gbk">`, gwr 2017 (`eval/make_realdocs30_pages.py`, as l08-l12) | `<!--enpproperty …-->` comment, 第04版：评论 over the page picture with an image map, 上一版/下一版, 往期回顾 calendar table (not body); title block as a table of `<founder-yinti>` 引题 / `<founder-title>` 主题 (the title, with a full-width space) / `<founder-subtitle>` ——一论… 副题 / `<founder-author>` 本报评论员 (引题, 副题, byline unscored); `<founder-content>` `<P>`s indented with typed full-width spaces: a 本报评论员 commentary with no headings (gold headings []); 版次 line 《东川日报》（…第04版）, 放大/缩小/默认, 上一篇/下一篇, 版面导航 and 本版新闻 lists (the latter repeating the title), footer (not body); 0 heads |',
    "| l08_gov_xxgk_notice_banfa_chapters.html | written after the layout of city governments' 信息公开 pages for a 通知 that issues a 办法, gwr 2016 | info list `ul > li > label` 索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期/有效性 above the text (not body), `<h1>` = the 通知's title, centred 文号 (unscored); the 通知 (addressee, one-line 印发 sentence, issuer, date, （此件公开发布）: written, unscored), then the 办法 it issues: centred bold 办法 title (level 1, not the page title) and centred bold 黑体 `第一章\u3000总\u3000则`…`第五章\u3000附\u3000则` (level 2), articles opening with a bold run-in `第一条\u3000` label (body, label part of the passage), two written 附则 articles (unscored); 附件： file links, 相关解读 box with `<h3>`, 扫一扫在手机打开当前页, 【打印】【关闭】, footer (not body, not heads); 6 heads |",
    "| l09_cnki_article_fulltext.html | written after the layout of CNKI-like journal article pages with the HTML full text, gwr 2015 | `<h1>` title with a ——以…为例 part on its one line; authors with `<sup>` numbers and affiliations in `<h3>`s (not heads, not body); 摘要 (unscored), 关键词, 基金资助, DOI/专辑/专题/分类号/在线公开时间, 下载/页码/页数/大小 line and HTML阅读/CAJ下载 buttons (not body); 文章目录 box repeating the heads as links (not heads); full text: `<h4>` `1\u3000引言`…`4\u3000结论与政策建议` (level 1), `<h5>` `2.1\u3000…`/`3.2\u3000…` (level 2), figure and table captions, table cells and 资料来源 note (unscored), `<h4>` 参考文献 (level 1) with its list (unscored); 收稿日期/基金项目/作者简介 notes, 引用本文 box with the citation, 相似文献 `<h2>`, footer (not body); 9 heads |",
    "| l10_newswire_press_release.html | written after the layout of newswires' (美通社-like) press-release pages, gwr 2017 | `<h1>` long title (also `<title>`, og:title, ld+json headline); date/来源 line and 分享到 bar (not body); dateline lead `东川…电 /东通社/ --` (body); four `<p><b>` subheads (level 1); photo with italic caption (unscored) and 图片来源 line and 下载图片 (not body); at the end, inside the release body and set like it: 消息来源：…, a bold `<p><b>` 关于… label (like the subheads, but the label of the standard company blurb: not a head), the blurb and the 媒体联系人 line (all must_not_have); 行业/主题 tags, wire disclaimer, sidebar `<h2>`s, cookie banner, footer (not body); 4 heads |",
    "| l11_thinktank_title_in_head_gb2312.html | written after the layout of local research centres' static ASP-era sites, GB2312 bytes under an http-equiv `charset=gb2312`, CRLF, gwr 2014 | the article title printed nowhere on the page: only in `<title>` before `--`site name (gold title that part, its full-width space kept); column bar 调研报告 under the 当前位置 line (not the title, not a head), 作者/发布时间/点击数 line and 内容提要 box (not body); opening paragraph (body), `<p align=center><b>` `一、…` heads (level 1), 楷体 `<font face>` `（一）…` heads not bold (level 2), `<sup>①</sup>`-`③` marks at paragraph ends (unscored); （课题组成员：…）, bold `注释：`/`参考文献：` labels (not heads) with notes and references, （责任编辑：…）, 【打印此文】【关闭窗口】, 上一篇/下一篇, left menu, footer (not body); 6 heads |",
    "| l12_magazine_feature_short_h1.html | written after the layout of weekly magazines' feature pages, gwr 2013 | `<h1>` only the short main title (the gold title) while `<title>` (封面故事｜…_site), og:title and twitter:title hold the long title with its subtitle; subtitle in `h2.subtitle` (not title, not head, unscored); 封面故事 column tag, 文｜…发自东川 byline and 本文刊载于… line (not body); standfirst (body); four `<h3>` heads (level 1); `<figure>` with `<figcaption>` (unscored) and `span.credit` 图片来源 (not body), a second caption as a centred grey `<p>` ▲… (unscored) with a right-aligned 摄影／… credit `<p>` (not body); 本文为…原创 line, 责任编辑, 分享, 订阅 box, 关联阅读 `<h2>`, footer (not body, not heads); 4 heads |",
]


def chromium_check(docs: Path, gold_dir: Path, names: list[str]) -> None:
    """Every gold string against the text of the DOM Chromium builds from the page (the
    title of a ``TITLE_IN_HEAD`` page against the DOM's ``<title>``, and not shown)."""
    for name in names:
        dom = subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--dump-dom",
                (docs / name).resolve().as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        shown = norm(shown_text(dom))
        g = json.loads((gold_dir / f"{name}.json").read_text(encoding="utf-8"))
        strings = [*(h["text"] for h in g["headings"]), *g["must_have"], *g["must_not_have"]]
        if name.startswith(TITLE_IN_HEAD):
            assert norm(g["title"]) in norm(head_title(dom)), (name, "title")
            assert norm(g["title"]) not in shown, (name, "title shown")
        else:
            strings.append(g["title"])
        missing = [s for s in strings if norm(s) not in shown]
        assert not missing, (name, missing)
        n = len(strings) + name.startswith(TITLE_IN_HEAD)
        print(f"chromium: {name}: {n} gold strings found", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=prev20.ROOT / "eval" / "data" / "realdocs-made30")
    ap.add_argument("--only", nargs="*", default=None, help="file name prefixes")
    ap.add_argument("--chromium", action="store_true", help="check the gold in Chromium's DOM")
    ap.add_argument("--rows", type=Path, default=None, help="write this half's SOURCE.md rows here")
    ap.add_argument("--source", action="store_true", help="put the rows into <out>/SOURCE.md")
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    names = [n for n in BUILDERS if not a.only or n.startswith(tuple(a.only))]
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            g = BUILDERS[name](Path(tmp) / name)
            (docs / name).write_bytes((Path(tmp) / name).read_bytes())
        base.write_gold(gold / f"{name}.json", g)
    print(f"made {len(names)} documents in {docs}", file=sys.stderr)
    if a.rows:
        a.rows.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    if a.source:
        more.update_source(a.out / "SOURCE.md", ROWS, SOURCE_HEAD, MINE)
        pages2.sort_source_rows(a.out / "SOURCE.md")
    if a.chromium:
        chromium_check(docs, gold, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
