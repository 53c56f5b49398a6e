# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages h07-h12 of ``realdocs-made28`` and their gold.

A twenty-eighth set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (g07-g12) come from their own
maker. This half is about articles from the big Chinese portals and content platforms
as browsers save them: each page has the real heading markup of its kind of site and
its real furniture (kickers, decks, video boxes, catalogues, infoboxes, sidebars with
heading elements, share bars, pull quotes, author cards, disclaimers), and the
article's title, every subhead and the body must be told from that furniture. The
texts come only from the public government work reports 2013-2017
(``../shared/data/gov-work-reports``), whole paragraphs (titles, headings, leads,
captions, labels, names, dates, code and furniture are written here; people, places,
companies and sites are made up; the markup follows general knowledge of how such sites
build pages, not any real file or page):

- ``h07_portal_news_center_strong_page1.html`` (gwr 2014): a 人民网-like portal's news
  article, page 1 of 2: ``h3.pre`` kicker, ``h1`` title, ``h4.sub`` subtitle, author and
  date/来源 line with a share bar, a 核心提示 deck box, an embedded ``<video>`` box
  with its title, subheads as ``<p style="text-align: center;"><strong>`` (level 1),
  one body paragraph opening with a bold run-in sentence, a centred photo caption, the
  pager to page 2 (``【下一页】``; page 2 not saved), （责任编辑：…）, ``<h2>`` 相关新闻
  and 24小时排行 boxes, footer;
- ``h08_baike_para_title_prefix.html`` (gwr 2016): an encyclopedia entry laid out like
  百度百科: ``h1`` entry name with an ``h2`` disambiguation line, top tool bar,
  ``div.lemma-summary`` lead, ``div.basic-info`` infobox of ``dt``/``dd`` pairs, the
  ``lemma-catalog`` box (``h2`` 目录 and numbered entries), ``div.para-title.level-2 >
  h2.title-text`` and ``level-3 > h3.title-text`` each holding a ``span.title-prefix``
  with the entry name, ``编辑`` links beside the level-2 titles, ``[n]`` reference
  marks, 参考资料 list, 词条标签 and the 词条统计 side box;
- ``h09_tech_blog_h2_h3_bold_code.html`` (gwr 2017): a CSDN-like blog post of study
  notes: ``h1.title-article``, 原创/阅读量/收藏 bar, 分类专栏/文章标签, the CC 4.0
  版权声明 box, ``#content_views`` markdown output with ``<h2>``/``<h3>`` holding empty
  ``<a id>`` anchors (levels 1/2), ``<p><strong>（n）…</strong></p>`` subheads (level 3),
  an ordered list, an image with a ``<center>`` caption, a code block whose comments
  look like numbered heads and whose line numbers follow in a ``ul.pre-numbering``;
  the 点赞/收藏/评论 toolbar, comments, ``h4`` recommended posts and a sidebar of
  ``h3.aside-title`` boxes (热门文章, 分类专栏, 最新评论, 目录 listing the heads);
- ``h10_gov_policy_mso_table_meta.html`` (gwr 2015): a provincial government portal's
  信息公开 page: the 索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期 table above
  the text, the text pasted from Word into one ``table.MsoNormalTable`` cell: 文号 and
  title centred, addressee, ``<p align="center"><b>`` ``一、…`` heads (level 1),
  ``<span style="font-family:黑体">`` ``（一）…`` heads (level 2), body paragraphs two of
  which open with a bold run-in sentence, right-aligned issuer and date, （此件公开发布）;
  then the 相关附件 download list, 【打印本页】【关闭窗口】, 扫一扫, footer;
- ``h11_news_app_h4_badge_pullquote.html`` (gwr 2013): a 澎湃-like news site's article:
  ``h1.news_title``, reporter and date/来源 lines, a 题图 and its caption, subheads as
  ``<h4 class="subtitle">`` with a ``span.num`` number badge ``01``-``06`` (level 1), a
  ``<blockquote class="pullquote">`` set large that repeats a sentence of the text, an
  inline 【相关阅读】 link line, 责任编辑/校对, the 版权声明 box, keywords, 举报 link
  (and a hidden 举报 dialog), author card, ``h2`` 评论 and 热新闻 boxes, footer;
- ``h12_ir_press_release_h2_about.html`` (gwr 2016): a listed company's investor-
  relations 新闻发布 page: site nav, share-price bar, IR side menu with an ``h3``,
  ``h1`` title, date/来源/浏览次数 line, 下载PDF link, dateline lead, ``<h2>`` subheads
  (level 1) ending with the ``<h2>`` 关于东川能源 boilerplate section (level 1), a
  前瞻性陈述 run-in disclaimer, 投资者联系/媒体联系 lines, 上一篇/下一篇, footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, head, scripts, styles and comments left out), and
with ``--chromium`` against the text of the DOM Chromium builds from each page
(``chromium --headless --dump-dom``; run once when the pages were made). Re-running
writes the same bytes:

    python3 eval/make_realdocs28_pages.py [--out eval/data/realdocs-made28] [--only h07 ...] [--chromium]
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs25_pages as prev25
import make_realdocs27_pages as prev27

MINE = ("h07_", "h08_", "h09_", "h10_", "h11_", "h12_")
Gold = dict[str, Any]
Refs = tuple[tuple[str, int], ...]
esc = prev20.esc
norm = prev20.norm
shown_text = prev20.shown_text
texts = prev25.texts
mso_digits = prev27.mso_digits


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs28", *parts)


def make_gold(
    page: str,
    title: str,
    heads: list[tuple[str, int]],
    body: list[str],
    keep: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> Gold:
    """The gold of a page, checked against the text a browser shows: the title shown;
    the heads shown after it, in order; the body paragraphs shown in order; the must_have
    passages (each kept paragraph's first 18 characters, the lead among them) in order
    in the body; each boilerplate string shown, in no body paragraph, head or title;
    4-15 heads of levels 1-3, the highest 1."""
    shown = norm(shown_text(page))
    assert 5 <= len(keep) <= 8 and list(keep) == sorted(set(keep)) and keep[0] == 0, keep
    assert 6 <= len(body) <= 30, len(body)
    assert 4 <= len(heads) <= 15, len(heads)
    levels = {lv for _, lv in heads}
    assert min(levels) == 1 and levels <= {1, 2, 3}, levels
    for s in [title, *(h for h, _ in heads), *body, *must_not]:
        assert norm(s) in shown, s
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
    pos = 0
    for m in must:
        k = all_body.find(norm(m), pos)
        assert k >= 0, m
        pos = k + len(norm(m))
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


def run_in(t: str) -> tuple[str, str]:
    """A paragraph split after its first sentence (the run-in lead) and the rest."""
    k = t.index("。") + 1
    return t[:k], t[k:]


# ------------------------------------------- h07 portal news article, page 1 of 2

H07_YEAR = 2014
H07_SITE = "民生网"
H07_KICKER = "聚焦2014全国两会"
H07_TITLE = "政府工作报告部署今年改革开放：向改革要动力 以开放促改革"
H07_SUB = "简政放权、财税金融、对外开放、扩大内需多领域发力"
H07_INFO = "2014年03月05日10:42　来源：民生网－民生日报"
H07_DECK = "今年政府工作报告把改革列为首要任务，从政府自身改起，抓好财税体制改革这个重头戏，并以开放倒逼改革，推动新一轮对外开放。"
H07_LEAD = "民生网北京3月5日电（记者韩松、林晓雯）十二届全国人大二次会议5日上午在人民大会堂开幕。国务院总理作政府工作报告，对今年深化改革、扩大开放和扩大内需作出部署。"
H07_VIDEO = "视频：三分钟看懂政府工作报告"
H07_FALLBACK = "您的浏览器不支持视频播放，请升级浏览器"
H07_CAPTION = "3月5日，十二届全国人大二次会议在北京人民大会堂开幕。民生网记者 翁奇羽摄"
H07_EDITOR = "（责任编辑：孙岚、武文杰）"
# (subhead, paragraphs, index of a paragraph opening with a bold run-in sentence or -1)
H07_OUTLINE: tuple[tuple[str, Refs, int], ...] = (
    ("简政放权：政府的自我革命", (("（一）", 1), ("（一）", 2)), -1),
    ("财税金融：抓好改革重头戏", (("（一）", 3), ("（一）", 4)), -1),
    ("对外开放：构建开放型经济新体制", (("（二）", 0), ("（二）", 1), ("（二）", 2)), 1),
    ("扩大内需：发挥消费和投资作用", (("（三）", 1), ("（三）", 2)), -1),
    ("城镇化：推进以人为核心的新型城镇化", (("（五）", 1), ("（五）", 3)), -1),
)
H07_RELATED = (
    ("图解：2014年政府工作报告十大看点", "2014-03-05"),
    ("代表委员热议简政放权：给市场松绑 为企业减负", "2014-03-04"),
    ("财政部：今年将出台深化财税体制改革总体方案", "2014-03-04"),
    ("外贸进出口预期增长7.5%左右 服务业扩大开放提速", "2014-03-05"),
)
H07_HOT = (
    "两会首场新闻发布会举行 大会发言人答记者问",
    "今年国内生产总值预期增长7.5%左右",
    "代表通道：让改革红利惠及更多群众",
)
H07_COPY = "民生网版权所有，未经书面授权禁止使用"


def build_portal_news(path: Path) -> Gold:
    www = "http://www.minsheng.example"
    host = "http://politics.minsheng.example"
    url = f"{host}/n/2014/0305/c1001-24534518.html"
    url2 = f"{host}/n/2014/0305/c1001-24534518-2.html"
    body = [H07_LEAD]
    heads: list[tuple[str, int]] = []
    parts = [
        f'<p style="text-indent: 2em;">{esc(H07_LEAD)}</p>',
        f'<div class="video_box" style="text-align:center;"><video id="msw_video_{uid("h07", "v")[:8]}" src="http://v.minsheng.example/2014/0305/gzbg_3min.mp4" poster="http://v.minsheng.example/2014/0305/gzbg_3min.jpg" controls="controls" width="600" height="338">{H07_FALLBACK}</video><p class="vdo_tit">{esc(H07_VIDEO)}</p></div>',
    ]
    for k, (head, refs, bold) in enumerate(H07_OUTLINE):
        heads.append((head, 1))
        parts.append(f'<p style="text-align: center;"><strong>{esc(head)}</strong></p>')
        for j, t in enumerate(texts(H07_YEAR, refs)):
            body.append(t)
            if j == bold:
                lead, rest = run_in(t)
                parts.append(
                    f'<p style="text-indent: 2em;"><strong>{esc(lead)}</strong>{esc(rest)}</p>'
                )
            else:
                parts.append(f'<p style="text-indent: 2em;">{esc(t)}</p>')
        if k == 1:
            parts.append(
                f'<p style="text-align: center;"><img src="{host}/NMediaFile/2014/0305/MAIN201403051042000412345678901.jpg" width="600" height="400" alt="" /></p>'
            )
            parts.append(f'<p class="pictext" style="text-align: center;">{esc(H07_CAPTION)}</p>')
    parts.append(
        f'<center><table border="0" align="center" width="40%"><tr><td><a href="{url}" class="common_current_page">1</a>&nbsp;<a href="{url2}" class="abl2">2</a>&nbsp;<a href="{url2}" class="abl2">【下一页】</a></td></tr></table></center>'
    )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/n/2014/{d[5:7]}{d[8:]}/c1001-{24534100 + k * 37}.html" target="_blank">{esc(t)}</a><span>{d}</span></li>'
        for k, (t, d) in enumerate(H07_RELATED)
    )
    hot = "".join(
        f'<li><span>{k + 1}</span><a href="{host}/n/2014/0305/c1001-{24533900 + k * 11}.html" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(H07_HOT)
    )
    share = '<div class="fx"><span>分享到：</span><a href="javascript:;" class="wx" title="微信">微信</a><a href="javascript:;" class="wb" title="新浪微博">微博</a><a href="javascript:;" class="qq" title="QQ空间">QQ空间</a></div>'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{esc(H07_TITLE)}--时政--{H07_SITE}</title>
<meta name="keywords" content="政府工作报告,简政放权,财税体制改革,对外开放" />
<meta name="description" content="{esc(H07_DECK)}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1001" />
<meta name="contentid" content="24534518" />
<meta name="publishdate" content="2014-03-05" />
<meta name="author" content="韩松" />
<meta name="source" content="来源：民生网－民生日报" />
<link href="{host}/img/2014msw/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="{host}/img/2014msw/jquery-1.7.1.min.js" type="text/javascript"></script>
<script type="text/javascript">var msw_page_total=2;var msw_page_now=1;</script>
</head>
<body>
<div class="header"><div class="w1000 clearfix"><a href="{www}/" class="logo"><img src="{www}/img/2014msw/logo.png" alt="{H07_SITE}" /></a>
<div class="nav"><a href="{www}/">首页</a>|<a href="{host}/">时政</a>|<a href="http://world.minsheng.example/">国际</a>|<a href="http://finance.minsheng.example/">财经</a>|<a href="http://opinion.minsheng.example/">观点</a>|<a href="{www}/lianghui2014/">两会</a>|<a href="http://v.minsheng.example/">视频</a></div></div></div>
<div class="clearfix w1000_320 path"><a href="{www}/" class="clink">{H07_SITE}</a>&gt;&gt;<a href="{host}/" class="clink">时政</a>&gt;&gt;<a href="{host}/GB/1024/" class="clink">高层动态</a></div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre">{esc(H07_KICKER)}</h3>
<h1>{esc(H07_TITLE)}</h1>
<h4 class="sub">{esc(H07_SUB)}</h4>
<p class="author">韩松　林晓雯</p>
<div class="box01"><div class="fl">2014年03月05日10:42&nbsp;&nbsp;来源：<a href="http://paper.minsheng.example/msrb/html/2014-03/05/nw.D110000msrb_20140305_1-01.htm" target="_blank">民生网－民生日报</a></div><div class="fr">{share}</div></div>
</div>
<div class="clearfix w1000_320 text_con">
<div class="fl text_con_left">
<div class="box_pic"></div>
<div class="zhaiyao"><b>核心提示：</b>{esc(H07_DECK)}</div>
<div class="box_con" id="rwb_zw">
{content}
</div>
<div class="box_pic"></div>
<div class="edit clearfix">{H07_EDITOR}</div>
<div class="box_fx clearfix">{share}</div>
<div class="clearfix box_news"><h2><span>相关新闻</span></h2><ul class="list_16 mt10">{related}</ul></div>
</div>
<div class="fr text_con_right">
<div class="ph_list"><h2>24小时排行</h2><ol>{hot}</ol></div>
<div class="ewm"><img src="{www}/img/2014msw/ewm.jpg" alt="" /><p>扫码关注民生网微信</p></div>
</div>
</div>
<div class="foot"><div class="w1000"><p><a href="{www}/about/">关于民生网</a> | <a href="{www}/about/contact.html">联系我们</a> | <a href="{www}/about/law.html">法律声明</a></p><p>{H07_COPY}<br />Copyright &copy; 1997-2014 by www.minsheng.example. all rights reserved</p></div></div>
<script type="text/javascript">document.write('<img src="http://cl.minsheng.example/t.gif?u={url}" width="0" height="0" />');</script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H07_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 8, 10),
        [
            "分享到：",
            H07_FALLBACK,
            "【下一页】",
            H07_EDITOR,
            "相关新闻",
            H07_RELATED[1][0],
            "24小时排行",
            H07_HOT[0],
            H07_COPY,
        ],
        "a 人民网-like portal's news article (site, paper, reporters made up), page 1 "
        "of 2 saved alone: the title is the <h1>; the h3.pre kicker above it (引题) and "
        "the h4.sub subtitle below it (副题) are not the title and not headings "
        "(unscored); the author line and the date/来源 line with its share bar are not "
        "body; the 核心提示 deck box above the text is an editor's summary, unscored "
        "(neither body nor boilerplate); in div#rwb_zw the dateline lead is body; the "
        "embedded <video> box's title line (视频：…) is unscored, its fallback text "
        "(never displayed by a browser) must not reach the body; the five subheads "
        'are <p style="text-align: center;"><strong> lines, all level 1; the second '
        "paragraph under 对外开放 opens with a bold run-in sentence (扩大全方位主动开放。): "
        "body, not a heading; the centred photo and its centred, not bold caption "
        "(… 摄) are unscored; the 1 2 【下一页】 pager closes page 1 (page 2, not saved, "
        "is not expected); 责任编辑, the second share bar, the <h2> 相关新闻 and <h2> "
        "24小时排行 boxes (not headings), the WeChat QR line and the footer are not body",
    )


# --------------------------------------------------- h08 encyclopedia entry (baike)

H08_YEAR = 2016
H08_NAME = "东川新区"
H08_DISAMBIG = "（东川省国家级新区）"
H08_LEAD = "东川新区是经国务院批复设立的国家级新区，位于东川省东川市东北部，规划面积1200平方公里，是东川省推进供给侧结构性改革、深化对外开放和促进区域协调发展的重要平台。"
H08_INFO = (
    ("中文名", "东川新区"),
    ("外文名", "Dongchuan New Area"),
    ("行政区类别", "国家级新区"),
    ("所属地区", "东川省东川市"),
    ("面积", "1200 km²"),
    ("批复时间", "2015年6月"),
    ("政府驻地", "科创大道1号"),
    ("著名景点", "东川湖湿地公园"),
)
# (title without the entry name, level, paragraphs, reference mark after the last or 0)
H08_OUTLINE: tuple[tuple[str, int, Refs, int], ...] = (
    ("设立背景", 1, (("（五）", 0), ("（五）", 1)), 2),
    ("发展历程", 1, (("一、", 8), ("（三）", 4)), 0),
    ("规划定位", 1, (("（二）", 0),), 0),
    ("战略定位", 2, (("（二）", 2),), 3),
    ("产业体系", 2, (("（二）", 4),), 0),
    ("政策支持", 1, (("（一）", 2),), 4),
    ("财税政策", 2, (("（一）", 3),), 0),
    ("金融政策", 2, (("（一）", 5),), 0),
    ("对外开放", 1, (("（五）", 3), ("（五）", 4)), 5),
    ("生态建设", 1, (("（六）", 2),), 0),
)
H08_REFS = (
    ("国务院关于同意设立东川新区的批复", "东川省人民政府门户网站", "2015-06-12"),
    ("东川新区总体方案正式印发", "东川日报", "2015-07-03"),
    ("解读东川新区的战略定位", "东川经济评论", "2015-07-20"),
    ("东川新区出台支持实体经济发展十条措施", "东川新闻网", "2016-04-18"),
    ("东川新区跨境电商综合试验区启动建设", "东川商务网", "2016-09-26"),
)
H08_TAGS = ("行政区划", "地理", "城市")
H08_STATS = ("浏览次数：120358次", "编辑次数：46次历史版本", "最近更新：科创小编（2016-11-20）")


def build_baike(path: Path) -> Gold:
    host = "https://baike.zhiyuan.example"
    body = [H08_LEAD]
    heads: list[tuple[str, int]] = []
    sup_id = int(uid("h08", "sup")[:6], 16)

    def sup(n: int) -> str:
        return f'<sup class="sup--normal" data-sup="{n}">\n[{n}]</sup><a class="sup-anchor" name="ref_[{n}]_{sup_id + n}">&nbsp;</a>'

    info_left = "".join(
        f'<dt class="basicInfo-item name">{k}</dt>\n<dd class="basicInfo-item value">\n{esc(v)}\n</dd>\n'
        for k, v in H08_INFO[:4]
    )
    info_right = "".join(
        f'<dt class="basicInfo-item name">{k}</dt>\n<dd class="basicInfo-item value">\n{esc(v)}\n</dd>\n'
        for k, v in H08_INFO[4:]
    )
    cat: list[str] = []
    secs: list[str] = []
    n1 = n2 = 0
    for title, lv, refs, ref in H08_OUTLINE:
        heads.append((H08_NAME + title, lv))
        if lv == 1:
            n1 += 1
            n2 = 0
            anchor = str(n1)
            cat.append(
                f'<li class="level1"><span class="index">{n1}</span><span class="text"><a href="#{anchor}">{esc(title)}</a></span></li>'
            )
            secs.append(
                f'<div class="anchor-list"><a name="{anchor}" class="lemma-anchor para-title"></a><a name="sub{sup_id}_{anchor}" class="lemma-anchor"></a><a name="{esc(title)}" class="lemma-anchor"></a></div>\n'
                f'<div class="para-title level-2" label-module="para-title">\n<h2 class="title-text"><span class="title-prefix">{H08_NAME}</span>{esc(title)}</h2>\n'
                f'<a class="edit-icon j-edit-link" data-edit-dl="{n1}" href="javascript:;"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a>\n</div>'
            )
        else:
            n2 += 1
            anchor = f"{n1}_{n2}"
            cat.append(
                f'<li class="level2"><span class="index">▪</span><span class="text"><a href="#{anchor}">{esc(title)}</a></span></li>'
            )
            secs.append(
                f'<div class="anchor-list"><a name="{anchor}" class="lemma-anchor para-title"></a><a name="{esc(title)}" class="lemma-anchor"></a></div>\n'
                f'<div class="para-title level-3" label-module="para-title">\n<h3 class="title-text"><span class="title-prefix">{H08_NAME}</span>{esc(title)}</h3>\n</div>'
            )
        paras = texts(H08_YEAR, refs)
        for k, t in enumerate(paras):
            body.append(t)
            mark = sup(ref) if ref and k == len(paras) - 1 else ""
            secs.append(f'<div class="para" label-module="para">{esc(t)}{mark}\n</div>')
    refs_html = "".join(
        f'<li class="reference-item"><span class="index">{k + 1}.</span><a class="gotop anchor" name="refIndex_{k + 1}" title="向上跳转"></a><a rel="nofollow" href="{host}/reference/{sup_id}/{uid("h08", "ref", k)[:12]}" target="_blank" class="text">{esc(t)}<span class="linkIcon"></span></a> ．{esc(src)}[引用日期{d}]</li>\n'
        for k, (t, src, d) in enumerate(H08_REFS)
    )
    tags = "，".join(f'<span class="taglist">\n{t}\n</span>' for t in H08_TAGS)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge" />
<meta name="description" content="{esc(H08_LEAD)}...">
<title>{H08_NAME}（东川省国家级新区）_知源百科</title>
<link rel="shortcut icon" href="{host}/favicon.ico" type="image/x-icon" />
<link rel="stylesheet" type="text/css" href="{host}/static/lemma/pkg/wiki-lemma_8d1e0c2.css"/>
<script>window.PAGE_DATA={{lemmaId:{sup_id},lemmaTitle:"{H08_NAME}",newLemmaIdEnc:"{uid("h08", "enc")[:24]}"}};</script>
</head>
<body class="wiki-lemma normal">
<div class="header-wrapper"><div class="header"><div class="layout"><div class="logo-container"><a class="logo" href="{host}/" title="到知源百科首页">知源百科</a></div><div class="search"><form id="searchForm" action="{host}/search/word"><input id="query" name="word" type="text" autocomplete="off" value="{H08_NAME}"><button id="search" type="button">进入词条</button><button id="searchLemma" type="button">全站搜索</button><a class="help" href="{host}/help" target="_blank">帮助</a></form></div></div></div>
<div class="navbar-wrapper"><div class="navbar"><dl><dd><a href="{host}/">首页</a></dd><dd><a href="{host}/art">分类</a></dd><dd><a href="{host}/science">科学</a></dd><dd><a href="{host}/task">特色百科</a></dd><dd><a href="{host}/uc/user">用户</a></dd><dd><a href="{host}/usercenter/tasks">权威合作</a></dd></dl></div></div></div>
<div class="body-wrapper">
<div class="content-wrapper">
<div class="content">
<div class="main-content">
<div class="top-tool"><a class="add-collect" href="javascript:;" title="收藏"><span class="collect-text">收藏</span></a><span class="collect-count">0</span><a class="vote" href="javascript:;">有用+1</a><span class="vote-count">0</span><a class="share-link" href="javascript:;">分享</a></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-">
<dd class="lemmaWgt-lemmaTitle-title">
<h1>{H08_NAME}</h1>
<h2>{H08_DISAMBIG}</h2>
<a href="javascript:;" class="edit-lemma cmn-btn-hover-blue cmn-btn-28 j-edit-link"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a>
<a class="lock-lemma" target="_blank" href="{host}/view/10812319.htm" title="锁定"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_lock-lemma"></em>锁定</a>
</dd>
</dl>
<div class="promotion-declaration"></div>
<div class="lemma-summary" label-module="lemmaSummary">
<div class="para" label-module="para">{esc(H08_LEAD)}{sup(1)}
</div>
</div>
<div class="basic-info cmn-clearfix">
<dl class="basicInfo-block basicInfo-left">
{info_left}</dl><dl class="basicInfo-block basicInfo-right">
{info_right}</dl></div>
<div class="lemmaWgt-lemmaCatalog">
<div class="lemma-catalog">
<h2 class="block-title">目录</h2>
<div class="catalog-list column-3">
<ol>
{"".join(cat)}
</ol>
</div>
</div>
</div>
{chr(10).join(secs)}
<dl class="lemma-reference collapse nslog-area log-set-param" data-nslog-type="2" log-set-param="ext_reference">
<dt class="reference-title">参考资料</dt>
<dd>
<ul class="reference-list">
{refs_html}</ul>
</dd>
</dl>
<div id="open-tag"><dl class="open-tag-title"><dt>词条标签：</dt><dd id="open-tag-item">{tags}</dd></dl></div>
</div>
<div class="side-content">
<div class="lemmaWgt-promotion-slide"><a href="{host}/event/2016city" target="_blank"><img src="{host}/static/event/city2016_280.jpg" alt=""></a></div>
<dl class="side-box lemma-statistics">
<dt class="title">词条统计</dt>
<dd class="description">
<ul>
<li>{H08_STATS[0]}</li>
<li>编辑次数：46次<a href="{host}/historylist/{H08_NAME}/{sup_id}" target="_blank">历史版本</a></li>
<li>最近更新：<a class="show-userCard" href="{host}/usercenter/userpage?uname=kc">科创小编</a><span class="j-modified-time">（2016-11-20）</span></li>
<li class="j-top-contributor">突出贡献榜</li>
</ul>
</dd>
</dl>
</div>
</div>
</div>
</div>
<div class="wgt-footer-main"><div class="content"><p class="copyright">&copy;2016&nbsp;Zhiyuan&nbsp;<a href="{host}/help#main01" target="_blank">使用知源前必读</a>&nbsp;|&nbsp;<a href="{host}/help#main06" target="_blank">百科协议</a>&nbsp;|&nbsp;<a href="{host}/feedback" target="_blank">知源百科合作平台</a></p></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H08_NAME,
        heads,
        body,
        (0, 1, 3, 5, 6, 8, 10, 12),
        [
            "有用+1",
            f"{H08_REFS[0][0]} ．{H08_REFS[0][1]}",
            "词条标签：",
            H08_STATS[0],
            H08_STATS[1],
            "突出贡献榜",
            "使用知源前必读",
        ],
        "an encyclopedia entry laid out like 百度百科 (site and entry made up): the "
        f"title is the <h1> entry name {H08_NAME} alone; the <h2> beside it "
        f"({H08_DISAMBIG}, the disambiguation line) is neither title nor heading, nor "
        "are the 编辑/锁定 links; the top tool bar (收藏/有用+1/分享) is not body; the "
        "div.lemma-summary lead is body; the div.basic-info infobox (中文名/外文名/… "
        "dt/dd pairs) is unscored; the lemma-catalog box (its <h2> 目录, the numbered "
        "and ▪ entries) is a table of contents: not headings, not body; heads are "
        "div.para-title.level-2 > h2.title-text (level 1) and level-3 > h3.title-text "
        "(level 2), each starting with a span.title-prefix holding the entry name: "
        "the page shows it (no stylesheet of the saved page hides it), so the gold "
        f"keeps it ({H08_NAME}设立背景, {H08_NAME}战略定位), as the shared dev set's h04 "
        "baike gold does; the 编辑 link after each h2 is not part of the head; the "
        "[n] reference marks after paragraphs are unscored; the 参考资料 list (a dt, "
        "not a heading), 词条标签, the 词条统计 side box and the footer are not body",
    )


# ------------------------------------------------------- h09 tech blog (CSDN-like)

H09_YEAR = 2017
H09_TITLE = "2017年政府工作报告学习笔记：重点任务梳理（附Python要点提取脚本）"
H09_AUTHOR = "东川学习者"
H09_INTRO = "最近在整理今年政府工作报告的学习材料，按报告的结构把重点段落摘了出来，顺手写了个小脚本按关键词提取要点。下面是整理结果，摘录的段落均出自报告全文。"
H09_CAPTION = "图1　报告结构思维导图"
H09_LIST = (
    "国内生产总值增长6.5%左右",
    "居民消费价格涨幅3%左右",
    "城镇新增就业1100万人以上",
    "城镇登记失业率4.5%以内",
)
H09_SCRIPT_NOTE = (
    "脚本很简单：读入报告全文，按句号切分，只保留含“要”“加快”“推进”“深化”等词的句子，再编号输出。"
)
H09_CODE = """# 1. 读取报告全文
import re
from pathlib import Path

KEYWORDS = ("要", "加快", "推进", "深化")
text = Path("gwr_2017.txt").read_text(encoding="utf-8")

# 2. 按句号切分，筛选含关键词的句子
sentences = [s + "。" for s in re.split("。", text) if s.strip()]
points = [s for s in sentences if any(k in s for k in KEYWORDS)]

# 3. 编号输出要点
for i, s in enumerate(points, 1):
    print(f"{i}. {s}")"""
H09_COPYRIGHT = (
    "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
)
# (head, level, tag, paragraphs, extra block after the paragraphs)
H09_OUTLINE: tuple[tuple[str, int, str, Refs, str], ...] = (
    ("1. 2016年工作回顾", 1, "h2", (("一、", 2), ("一、", 3)), ""),
    ("2. 2017年总体部署", 1, "h2", (("二、", 0),), "img"),
    ("2.1 主要预期目标", 2, "h3", (("二、", 1),), "ol"),
    ("2.2 财政政策和货币政策", 2, "h3", (("二、", 2), ("二、", 3)), ""),
    ("3. 重点工作任务", 1, "h2", (("三、", 0),), ""),
    ("3.1 “三去一降一补”", 2, "h3", (), "intro31"),
    ("（1）去产能", 3, "strong", (("（一）", 0),), ""),
    ("（2）去杠杆", 3, "strong", (("（一）", 1),), ""),
    ("（3）补短板", 3, "strong", (("（一）", 2), ("（一）", 3)), ""),
    ("3.2 深化重要领域和关键环节改革", 2, "h3", (("（二）", 0), ("（二）", 1)), ""),
    ("4. 要点提取脚本", 1, "h2", (), "code"),
    ("5. 小结", 1, "h2", (("（九）", 2),), ""),
)
H09_INTRO31 = "报告把“三去一降一补”放在重点工作任务的第一条，下面分三点摘录。"
H09_HOT = (
    "政府工作报告文本挖掘：jieba分词与词频统计实战",
    "Python读取Word文档并按标题拆分章节",
    "用pyecharts画出历年GDP增速折线图",
)
H09_CATEGORIES = (("学习笔记", 23), ("Python数据分析", 41), ("爬虫", 12))
H09_RECOMMEND = (
    (
        "Python中文分词jieba详解：精确模式、全模式与搜索引擎模式",
        "本文介绍jieba分词的三种模式以及自定义词典的用法……",
    ),
    (
        "两会热词统计：用WordCloud生成政府工作报告词云",
        "读取报告全文，去除停用词后统计词频，并用WordCloud生成词云图……",
    ),
    ("正则表达式按中文句号切分句子的几种写法", "中文文本按句切分时需要注意引号、括号中的句号……"),
)
H09_COMMENT = "整理得很清楚，脚本也能直接跑，感谢分享！"


def h09_anchor(head: str, k: int) -> str:
    """The id the markdown editor gives a heading: its ASCII pieces and a counter."""
    ascii_bits = "".join(c if c.isascii() and c.isalnum() else "_" for c in head)
    return "_".join(b for b in ascii_bits.split("_") if b) + f"_{k}"


def build_tech_blog(path: Path) -> Gold:
    host = "https://blog.kynote.example"
    url = f"{host}/dc_learner/article/details/60471352"
    body = [H09_INTRO]
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(H09_INTRO)}</p>"]
    toc: list[str] = []
    for k, (head, lv, tag, refs, extra) in enumerate(H09_OUTLINE):
        heads.append((head, lv))
        anchor = h09_anchor(head, k)
        if tag == "strong":
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
        else:
            parts.append(f'<{tag}><a id="{anchor}"></a>{esc(head)}</{tag}>')
            toc.append(
                f'<li class="{"sub-box" if lv == 1 else "sub-box sub-level"}"><a href="#{anchor}">{esc(head)}</a></li>'
            )
        if extra == "intro31":
            parts.append(f"<p>{esc(H09_INTRO31)}</p>")
        for t in texts(H09_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        if extra == "img":
            parts.append(
                f'<p><img src="https://img-blog.kynote.example/20170306211245{uid("h09", "img")[:6]}.png" alt="在这里插入图片描述"></p>\n<center>{esc(H09_CAPTION)}</center>'
            )
        elif extra == "ol":
            parts.append("<ol>" + "".join(f"<li>{esc(t)}</li>" for t in H09_LIST) + "</ol>")
        elif extra == "code":
            lines = H09_CODE.split("\n")
            numbers = "".join(
                f'<li style="color: rgb(153, 153, 153);">{n + 1}</li>' for n in range(len(lines))
            )
            parts.append(f"<p>{esc(H09_SCRIPT_NOTE)}</p>")
            parts.append(
                f'<pre class="set-code-show prettyprint"><code class="prism language-python has-numbering">{html.escape(H09_CODE, quote=False)}\n</code><ul class="pre-numbering" style="">{numbers}</ul></pre>'
            )
    content = "\n".join(parts)
    hot = "".join(
        f'<li><a href="{host}/dc_learner/article/details/{58012000 + k * 731}" target="_blank">{esc(t)}<img src="https://csdnimg.kynote.example/release/blog/img/readCountWhite.png" alt=""><span class="read">{[3512, 2105, 987][k]}</span></a></li>'
        for k, t in enumerate(H09_HOT)
    )
    cats = "".join(
        f'<li><a class="clearfix special" href="{host}/dc_learner/category_{7001 + k}.html"><span class="title oneline">{t}</span><span class="special-column-num">{n}篇</span></a></li>'
        for k, (t, n) in enumerate(H09_CATEGORIES)
    )
    rec = "".join(
        f'<div class="recommend-item-box type_blog clearfix"><div class="content-box"><div class="content-blog"><div class="title-box"><h4 class="title"><a href="{host}/u{5101 + k}/article/details/{59000000 + k * 977}" target="_blank">{esc(t)}</a></h4></div><div class="info-box"><span class="info-block time">0{k + 3}-1{k}</span><span class="info-block read">{1024 + k * 311}</span></div><div class="desc-box"><div class="desc">{esc(d)}</div></div></div></div></div>'
        for k, (t, d) in enumerate(H09_RECOMMEND)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="canonical" href="{url}"/>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="referrer" content="always">
<meta name="keywords" content="政府工作报告,学习笔记,python">
<meta name="description" content="{esc(H09_INTRO[:60])}">
<title>{esc(H09_TITLE)}_{H09_AUTHOR}的博客-开源笔记博客</title>
<link rel="stylesheet" href="https://csdnimg.kynote.example/release/blogv2/dist/pc/css/detail_enter-af0a5e3a7b.min.css">
<script type="application/ld+json">{{"@context":"https://ziyuan.baidu.com/contexts/cambrian.jsonld","@id":"{url}","appid":"1638831770136827","pubDate":"2017-03-06T21:14:08","title":"{esc(H09_TITLE)}","upDate":"2017-03-06T21:14:08"}}</script>
<script>var username = "dc_learner";var articleId = 60471352;var articleTitle = "{esc(H09_TITLE)}";</script>
</head>
<body class="nodata " style="">
<div id="toolbarBox" style="min-height: 48px;"><div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-container-left"><div class="toolbar-logo toolbar-subMenu-box"><a href="https://www.kynote.example/" title="开源笔记首页"><img src="https://img-home.kynote.example/images/logo.png" alt="开源笔记"></a></div><ul class="toolbar-menus"><li><a href="{host}/">博客</a></li><li><a href="https://edu.kynote.example/">课程</a></li><li><a href="https://download.kynote.example/">下载</a></li><li><a href="https://ask.kynote.example/">问答</a></li><li><a href="https://bbs.kynote.example/">社区</a></li></ul></div><div class="toolbar-container-middle"><div class="toolbar-search"><input placeholder="搜博主文章" autocomplete="off"><button>搜索</button></div></div><div class="toolbar-container-right"><div class="toolbar-btns"><a href="https://passport.kynote.example/login">登录/注册</a><a href="https://mp.kynote.example/">会员中心</a><a href="https://mp.kynote.example/postedit">创作</a></div></div></div></div></div></div>
<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">
<div class="container clearfix" id="mainBox">
<main>
<div class="blog-content-box">
<div class="article-header-box">
<div class="article-header">
<div class="article-title-box"><h1 class="title-article" id="articleContentId">{esc(H09_TITLE)}</h1></div>
<div class="article-info-box">
<div class="article-bar-top"><img class="article-type-img" src="https://csdnimg.kynote.example/release/blogv2/dist/pc/img/original.png" alt=""><div class="bar-content"><a class="follow-nickName" href="{host}/dc_learner" target="_blank" rel="noopener">{H09_AUTHOR}</a><img class="article-time-img" src="https://csdnimg.kynote.example/release/blogv2/dist/pc/img/newCurrentTime2.png" alt=""><span class="time">于&nbsp;2017-03-06 21:14:08&nbsp;发布</span><div class="read-count-box"><img class="article-read-img" src="https://csdnimg.kynote.example/release/blogv2/dist/pc/img/articleReadEyes2.png" alt=""><span class="read-count">阅读量2.1k</span><a id="blog_detail_zk_collection" class="un-collection" data-report-click="{{&quot;spm&quot;:&quot;1001.2101.3001.4232&quot;}}"><img class="article-collect-img article-heard-img un-collect-status isdefault" src="https://csdnimg.kynote.example/release/blogv2/dist/pc/img/tobarCollect2.png" alt=""><span class="name">收藏</span><span class="get-collection">36</span></a><div class="read-count-box is-like"><img class="article-read-img article-heard-img" src="https://csdnimg.kynote.example/release/blogv2/dist/pc/img/newHeart2023Black.png" alt=""><span class="read-count" id="blog-digg-num">点赞数 9</span></div></div></div></div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="{host}/dc_learner/category_7001.html" target="_blank" rel="noopener">学习笔记</a><span class="label">文章标签：</span><a rel="nofollow" data-report-query="spm=1001.2101.3001.4223" class="tag-link" href="https://so.kynote.example/so/search/s.do?q=python" target="_blank">python</a><a rel="nofollow" class="tag-link" href="https://so.kynote.example/so/search/s.do?q=政策解读" target="_blank">政策解读</a><a rel="nofollow" class="tag-link" href="https://so.kynote.example/so/search/s.do?q=学习笔记" target="_blank">学习笔记</a></div></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循<a href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener"> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：<a href="{url}" target="_blank">{url}</a></div></div></div>
</div>
</div>
</div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<link rel="stylesheet" href="https://csdnimg.kynote.example/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">
<link rel="stylesheet" href="https://csdnimg.kynote.example/release/blogv2/dist/mdeditor/css/editerView/ck_htmledit_views-25cebea3f9.css">
<div id="content_views" class="markdown_views prism-atom-one-light">
<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><path stroke-linecap="round" d="M5,0 0,2.5 5,5z" id="raphael-marker-block" style="-webkit-tap-highlight-color: rgba(0, 0, 0, 0);"></path></svg>
{content}
</div>
<link href="https://csdnimg.kynote.example/release/blogv2/dist/mdeditor/css/editerView/markdown_views-22a2fefd3b.css" rel="stylesheet">
</div>
</article>
</div>
<div id="treeSkill"></div>
<div class="more-toolbox-new" id="toolBarBox"><div class="left-toolbox"><div class="toolbox-left"><div class="profile-box"><a class="profile-href" target="_blank" href="{host}/dc_learner"><img class="profile-img" src="https://profile-avatar.kynote.example/dc_learner.jpg" alt=""><span class="profile-name">{H09_AUTHOR}</span></a></div><div class="profile-attend"><a class="tool-attend tool-bt-button tool-bt-attend" href="javascript:;">关注</a><a class="tool-item-follow active-animation" style="display:none;">关注</a></div></div><div class="toolbox-middle"><ul class="toolbox-list"><li class="tool-item tool-item-size tool-active is-like"><a class="tool-item-href"><span class="name">点赞</span><span class="count">9</span></a></li><li class="tool-item tool-item-size tool-active is-unlike"><a class="tool-item-href"><span class="name">踩</span></a></li><li class="tool-item tool-item-size tool-active is-collection"><a class="tool-item-href"><span class="name">收藏</span><span class="count">36</span></a><div class="tool-hover-tip collect"><div class="collect-operate-box"><span class="collect-text">觉得还不错? 一键收藏</span></div></div></li><li class="tool-item tool-item-size tool-active tool-item-comment"><a class="tool-item-href"><span class="name">评论</span><span class="count">4</span></a></li><li class="tool-item tool-item-size tool-active tool-item-share"><a class="tool-item-href"><span class="name">分享</span></a></li><li class="tool-item tool-item-size tool-active tool-item-reward"><a class="tool-item-href"><span class="name">打赏</span></a></li><li class="tool-item tool-item-size tool-active tool-QRcode"><a class="tool-item-href"><span class="name">举报</span></a></li></ul></div></div></div>
<div id="pcCommentBox" class="comment-box comment-box-new2"><div class="has-comment" style="display:block"><div class="one-line-box"><div class="has-comment-tit go-side-comment"><span class="count">4</span>&nbsp;条评论</div></div><ul class="comment-list"><li class="comment-line-box"><a class="comment-name" href="{host}/road_passer">路人甲_2017</a><span class="date">2017.03.07</span><span class="new-comment">{esc(H09_COMMENT)}</span></li></ul></div><div class="comment-edit-box"><textarea class="comment-content" name="comment_content" placeholder="欢迎高质量的评论，低质的评论会被折叠" maxlength="1000"></textarea><a class="btn-comment">评论</a></div></div>
<div class="recommend-box insert-baidu-box recommend-box-style">{rec}</div>
<div class="template-box"><span>关于我们</span><span>招贤纳士</span><span>商务合作</span><span>寻求报道</span><span>在线客服</span><span>工作时间&nbsp;8:30-22:00</span><span>京ICP备19004658号</span><span>&copy;2017开源笔记</span></div>
</main>
<aside class="blog_container_aside">
<div id="asideProfile" class="aside-box"><div class="profile-intro d-flex"><div class="avatar-box d-flex justify-content-center flex-column"><a href="{host}/dc_learner" target="_blank"><img src="https://profile-avatar.kynote.example/dc_learner.jpg" class="avatar_pic" alt=""></a></div><div class="user-info d-flex flex-column profile-intro-name-box"><a href="{host}/dc_learner" class="profile-name">{H09_AUTHOR}</a><span class="personal-age">码龄6年</span></div></div><div class="data-info d-flex item-tiling"><dl class="text-center"><dd><span class="count">128</span></dd><dt>原创</dt></dl><dl class="text-center"><dd><span class="count">3万+</span></dd><dt>周排名</dt></dl><dl class="text-center"><dd><span class="count">20万+</span></dd><dt>访问</dt></dl><dl class="text-center"><dd><span class="count">1024</span></dd><dt>粉丝</dt></dl></div><div class="profile-intro-name-boxOpration"><a class="bt-button personal-letter" href="javascript:;">私信</a><a class="btn-sm bt-button personal-watch" href="javascript:;">关注</a></div></div>
<div id="asideHotArticle" class="aside-box"><h3 class="aside-title">热门文章</h3><div class="aside-content"><ul class="hotArticle-list">{hot}</ul></div></div>
<div id="asideCategory" class="aside-box flexible-box"><h3 class="aside-title">分类专栏</h3><div class="aside-content"><ul>{cats}</ul></div></div>
<div id="asideNewComments" class="aside-box"><h3 class="aside-title">最新评论</h3><div class="aside-content"><ul class="newcomment-list"><li><a class="user-name" href="{host}/road_passer">路人甲_2017:</a><p class="comment ellipsis">{esc(H09_COMMENT)}</p></li></ul></div></div>
<div id="asidedirectory" class="aside-box"><h3 class="aside-title">目录</h3><div class="aside-content"><div class="toc-box"><ol>{"".join(toc)}</ol></div></div></div>
</aside>
</div>
</div>
<script src="https://csdnimg.kynote.example/release/blogv2/dist/pc/js/detail-15a4d6b8a2.min.js"></script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H09_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 8, 9, 12, 14),
        [
            "阅读量2.1k",
            H09_COPYRIGHT,
            "觉得还不错? 一键收藏",
            H09_COMMENT,
            H09_RECOMMEND[1][0],
            "热门文章",
            H09_HOT[0],
            "码龄6年",
        ],
        "a CSDN-like blog post of study notes (site, blogger made up): the title is "
        "h1.title-article (also <title> before _…的博客); the 原创/date/阅读量/收藏/点赞 "
        "bar, 分类专栏/文章标签 tags and the CC 4.0 版权声明 box with 本文链接 are not "
        "body; in #content_views (markdown output) the blogger's opening paragraph is "
        "body (the lead); heads are <h2> (level 1) and <h3> (level 2), each holding an "
        "empty <a id> anchor, and <p><strong>（1）…</strong></p> lines under 3.1 "
        "(level 3), head text with its typed number (1. / 2.1 / （1）); 3.1 and "
        "4. have only the blogger's own short lines under them; the <ol> of targets, "
        "the image (alt 在这里插入图片描述) with its <center> caption (图1 …, centred, "
        "not a heading), the blogger's sentences and the code block are unscored; the "
        "code's comment lines (# 1. 读取报告全文 …) look like numbered heads but are "
        "code, not headings, and the ul.pre-numbering line numbers after the code are "
        "not text; the 点赞/踩/收藏/评论/分享/打赏/举报 toolbar, the comments, the "
        "recommended posts (h4.title, not headings), the template footer and the "
        "sidebar (author box, h3.aside-title boxes 热门文章/分类专栏/最新评论/目录, the "
        "last listing the <h2>/<h3> heads as links: none of them headings) are not body",
    )


# --------------------------------------------------- h10 government 信息公开 page

H10_YEAR = 2015
H10_SITE = "西岭省人民政府"
H10_TITLE = "西岭省人民政府关于深化简政放权放管结合改革的实施意见"
H10_NUMBER = "西政发〔2015〕9号"
H10_META = (
    ("索引号：", "11XL00/2015-00118", "主题分类：", "综合政务\\其他"),
    ("发文机关：", H10_SITE, "成文日期：", "2015年04月20日"),
    ("标题：", H10_TITLE, "", ""),
    ("发文字号：", H10_NUMBER, "发布日期：", "2015年04月27日"),
)
H10_TO = "各市、县（区）人民政府，省政府各部门、各直属机构："
H10_PURPOSE = "为进一步转变政府职能，激发市场活力和社会创造力，经省政府同意，现就深化简政放权、放管结合改革提出如下实施意见。"
# (head, level, paragraphs, indexes of paragraphs opening with a bold run-in sentence)
H10_OUTLINE: tuple[tuple[str, int, Refs, tuple[int, ...]], ...] = (
    ("一、总体要求", 1, (("六、", 0), ("六、", 2)), ()),
    ("二、重点任务", 1, (), ()),
    ("（一）加大简政放权力度", 2, (("三、", 2),), (0,)),
    ("（二）改革投融资体制", 2, (("三、", 3),), (0,)),
    ("（三）加快推进价格改革", 2, (("三、", 4),), ()),
    ("（四）推动财税体制改革", 2, (("三、", 5),), ()),
    ("三、保障措施", 1, (), ()),
    ("（一）坚持依法行政", 2, (("六、", 1),), ()),
    ("（二）狠抓督查落实", 2, (("六、", 4),), ()),
)
H10_ATTACH = (
    "西岭省省级取消和下放行政审批事项目录.xls",
    "西岭省政府核准的投资项目目录（2015年本）.doc",
)
FS10 = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"


def h10_par(inner: str, align: str = "", indent: bool = True) -> str:
    """A Word paragraph of the pasted text."""
    style = "line-height:28.0pt;mso-line-height-rule:exactly"
    attr = ""
    if align:
        attr = f' align="{align}"'
        style = f"text-align:{align};" + style
    elif indent:
        style = "text-indent:32.0pt;mso-char-indent-count:2.0;" + style
    return f'<p class="MsoNormal"{attr} style="{style}">{inner}<span lang="EN-US" style="{FS10}"><o:p></o:p></span></p>'


def build_gov_policy(path: Path) -> Gold:
    host = "http://www.xiling.gov.example"
    intro = texts(H10_YEAR, (("三、", 0),))[0]
    body = [intro]
    heads: list[tuple[str, int]] = []
    word = [
        h10_par(mso_digits(H10_NUMBER, FS10), "center"),
        h10_par(
            f'<span style="font-size:22.0pt;font-family:方正小标宋简体;mso-hansi-font-family:宋体">{esc(H10_TITLE)}</span>',
            "center",
        ),
        h10_par(mso_digits(H10_TO, FS10), indent=False),
        h10_par(mso_digits(intro, FS10)),
        h10_par(mso_digits(H10_PURPOSE, FS10)),
    ]
    for head, lv, refs, bold in H10_OUTLINE:
        heads.append((head, lv))
        if lv == 1:
            word.append(
                h10_par(
                    f'<b><span style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体">{esc(head)}</span></b>',
                    "center",
                )
            )
        else:
            word.append(
                h10_par(
                    f'<span style="font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体">{esc(head)}</span>'
                )
            )
        for k, t in enumerate(texts(H10_YEAR, refs)):
            body.append(t)
            if k in bold:
                lead, rest = run_in(t)
                word.append(h10_par(f"<b>{mso_digits(lead, FS10)}</b>{mso_digits(rest, FS10)}"))
            else:
                word.append(h10_par(mso_digits(t, FS10)))
    word += [
        h10_par("&nbsp;", indent=False),
        h10_par(f'<span style="{FS10}">{H10_SITE}</span>', "right"),
        h10_par(mso_digits("2015年4月20日", FS10), "right"),
        h10_par(f'<span style="{FS10}">（此件公开发布）</span>'),
    ]
    pasted = "\n".join(word)
    meta = "".join(
        "<tr>"
        + f'<td class="t1" width="100"><b>{a}</b></td>'
        + (
            f'<td class="t2" width="340">{esc(b)}</td><td class="t1" width="90"><b>{c}</b></td><td class="t2">{esc(d)}</td>'
            if c
            else f'<td class="t2" colspan="3">{esc(b)}</td>'
        )
        + "</tr>"
        for a, b, c, d in H10_META
    )
    attach = "".join(
        f'<li><a href="{host}/zwgk/xxgk/szfwj/201504/P0201504273{k}1018{k + 4}.{name.rsplit(".", 1)[1]}" target="_blank">{k + 1}.{esc(name)}</a></li>'
        for k, name in enumerate(H10_ATTACH)
    )
    page = f"""<!DOCTYPE html>
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(H10_TITLE)}_省政府文件_{H10_SITE}门户网站</title>
<meta name="SiteName" content="{H10_SITE}门户网站">
<meta name="SiteDomain" content="www.xiling.gov.example">
<meta name="SiteIDCode" content="XL00000001">
<meta name="ColumnName" content="省政府文件">
<meta name="ArticleTitle" content="{esc(H10_TITLE)}">
<meta name="PubDate" content="2015-04-27 16:05">
<meta name="ContentSource" content="省政府办公厅">
<link href="{host}/images/xxgk/xxgk_style.css" rel="stylesheet" type="text/css">
<style>.bd1 td{{border:1px solid #c8d6e6;padding:4px 8px;}} .pages_content p{{margin:0;}}</style>
</head>
<body>
<div class="top"><div class="w1000"><img src="{host}/images/xxgk/banner_xxgk.jpg" width="1000" height="120" alt="{H10_SITE}信息公开"></div></div>
<div class="w1000 nav"><a href="{host}/">首页</a><a href="{host}/zwgk/">政务公开</a><a href="{host}/zwgk/xxgk/">信息公开目录</a><a href="{host}/zwfw/">办事服务</a><a href="{host}/hdjl/">互动交流</a></div>
<div class="w1000 position">您当前的位置：<a href="{host}/">首页</a> &gt; <a href="{host}/zwgk/xxgk/">信息公开</a> &gt; <a href="{host}/zwgk/xxgk/szfwj/">省政府文件</a></div>
<div class="w1000 xxgk_main">
<table class="bd1" width="100%" cellpadding="0" cellspacing="1" border="0"><tbody>{meta}</tbody></table>
<div class="pages_content" id="UCAP-CONTENT">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100.0%;mso-cellspacing:0cm;mso-yfti-tbllook:1184;mso-padding-alt:0cm 0cm 0cm 0cm">
<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes">
<td style="padding:0cm 0cm 0cm 0cm">
{pasted}
</td>
</tr>
</table>
</div>
<div class="fujian"><div class="fj_tit">相关附件：</div><ul>{attach}</ul></div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ewm"><img src="{host}/images/xxgk/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer"><div class="w1000"><p><a href="{host}/wzdt/">网站地图</a> | <a href="{host}/lxwm/">联系我们</a></p><p>主办：{H10_SITE}办公厅　承办：西岭省大数据中心</p><p>网站标识码：XL00000001　西ICP备05001288号</p></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H10_TITLE,
        heads,
        body,
        (0, 1, 3, 4, 6, 7, 8),
        [
            "您当前的位置：",
            "索引号：11XL00/2015-00118",
            "主题分类：",
            "成文日期：2015年04月20日",
            "相关附件：",
            f"1.{H10_ATTACH[0]}",
            "【打印本页】【关闭窗口】",
            "扫一扫在手机打开当前页",
            "网站标识码：XL00000001",
        ],
        "a provincial government portal's 信息公开 page (province, document made up): the "
        "索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期 table above the text is "
        "not body (its 标题 cell repeats the title); the text is pasted from Word into "
        "the one cell of a table.MsoNormalTable (p.MsoNormal, <o:p>, ASCII digits in "
        "lang=EN-US spans); the title is the centred 22 pt 方正小标宋 line (no heading "
        "element, no bold; also <title> and the table's 标题 cell); the centred 文号 "
        "line above it, the addressee line and the document's own 现就…提出如下实施意见 "
        "sentence are unscored; the opening paragraph is body (the lead); heads: "
        "centred <p align=center><b> 一、… lines (level 1) and indented "
        "<span style=font-family:黑体> （一）… lines without bold (level 2); 二、 and 三、 "
        "have only level-2 heads under them; two paragraphs open with a bold run-in "
        "sentence (加大简政放权、放管结合改革力度。 / 多管齐下改革投融资体制。): body, not "
        "headings; the right-aligned issuer and date and （此件公开发布） are unscored; the "
        "相关附件 download list, 【打印本页】【关闭窗口】, 扫一扫, crumbs and footer are "
        "not body",
    )


# ------------------------------------------------- h11 news app article (澎湃-like)

H11_YEAR = 2013
H11_SITE = "澜涌新闻"
H11_TITLE = "回望五年｜从应对危机到深化改革，政府工作报告里的六个关键词"
H11_REPORTER = "澜涌新闻记者 郑一舟"
H11_INFO = "2013-03-05 16:28　来源：澜涌新闻"
H11_CAPTION = "3月5日，十二届全国人大一次会议在北京开幕。澜涌新闻记者 许舟 图"
H11_QUOTE = "“我们不失时机地推进改革，在一些重要领域取得重大进展。”"
H11_RELATED = "【相关阅读】两会·数说｜五年间财政性教育经费支出累计7.79万亿元"
H11_OUTLINE: tuple[tuple[str, str, Refs], ...] = (
    ("01", "稳增长：有效应对国际金融危机", (("一、", 1), ("一、", 3))),
    ("02", "科教兴国：增强发展的核心支撑", (("一、", 6), ("一、", 7), ("一、", 8))),
    ("03", "文化建设：公共文化服务网络初步建成", (("一、", 10),)),
    ("04", "改革开放：增强经济社会发展活力", (("一、", 11), ("一、", 12))),
    ("05", "政府建设：深化行政体制改革", (("一、", 13),)),
    ("06", "清醒认识：矛盾和问题仍然不少", (("一、", 18),)),
)
H11_EDITOR = "责任编辑：鲁方舟　校对：丁一"
H11_COPY = "澜涌新闻报料：021-96000000　澜涌新闻，未经授权不得转载"
H11_NOTICE = "特别声明：本文为澜涌新闻原创内容，版权归澜涌新闻所有。未经许可，任何单位或个人不得转载、摘编或以其他方式使用，违者依法追究法律责任。"
H11_AUTHOR_DESC = "澜涌新闻时政记者，关注宏观政策与区域发展。"
H11_HOT = (
    "十二届全国人大一次会议开幕，政府工作报告全文发布",
    "两会·观察｜今年经济增长预期目标为何定在7.5%",
    "代表建议：加快推进基本公共服务均等化",
)


def build_news_app(path: Path) -> Gold:
    host = "https://www.lanyong.example"
    lead = texts(H11_YEAR, (("一、", 0),))[0]
    body = [lead]
    heads: list[tuple[str, int]] = []
    parts = [
        '<div class="contheight"></div>',
        f'<p style="text-align:center;"><img src="https://image.lanyong.example/newsimage/2013/03/05/{uid("h11", "img")[:16]}.jpg" alt="" width="600"></p>',
        f'<p class="image_desc" style="text-align:center;">{esc(H11_CAPTION)}</p>',
        f"<p>{esc(lead)}</p>",
    ]
    for badge, head, refs in H11_OUTLINE:
        heads.append((f"{badge} {head}", 1))
        parts.append(f'<h4 class="subtitle"><span class="num">{badge}</span> {esc(head)}</h4>')
        paras = texts(H11_YEAR, refs)
        for k, t in enumerate(paras):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
            if badge == "04" and k == 0:
                parts.append(f'<blockquote class="pullquote"><p>{esc(H11_QUOTE)}</p></blockquote>')
            if badge == "02" and k == len(paras) - 1:
                parts.append(
                    f'<p class="related-inline"><a href="{host}/newsDetail_forward_1001{len(heads)}7" target="_blank">{esc(H11_RELATED)}</a></p>'
                )
    content = "\n".join(parts)
    hot = "".join(
        f'<li><a href="{host}/newsDetail_forward_10019{k}3" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(H11_HOT)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(H11_TITLE)}_时事_{H11_SITE}</title>
<meta name="Keywords" content="政府工作报告,两会,五年回顾">
<meta name="Description" content="{esc(lead[:70])}">
<link rel="stylesheet" href="{host}/css/newsdetail.css?v=20130228">
<style>
.news_txt h4.subtitle{{font-size:20px;font-weight:bold;margin:30px 0 16px;}}
.news_txt h4.subtitle .num{{display:inline-block;width:36px;height:36px;line-height:36px;border-radius:50%;background:#00a5eb;color:#fff;text-align:center;margin-right:10px;font-size:16px;}}
.news_txt blockquote.pullquote{{font-size:24px;line-height:1.6;color:#00a5eb;border-left:4px solid #00a5eb;margin:24px 0;padding:8px 20px;font-weight:bold;}}
</style>
<script>var contId = 1001137;</script>
</head>
<body>
<div class="head"><div class="head_banner"><a href="{host}/" class="logo"><img src="{host}/img/logo.png" alt="{H11_SITE}"></a><div class="head_nav"><a href="{host}/channel_25950">时事</a><a href="{host}/channel_25951">财经</a><a href="{host}/channel_25952">思想</a><a href="{host}/channel_25953">生活</a><a href="{host}/video">视频</a></div><div class="search"><input type="text" placeholder="搜索"></div><a class="login" href="{host}/login">登录</a></div></div>
<div class="bdwd main_lt">
<div class="newscontent">
<h1 class="news_title">{esc(H11_TITLE)}</h1>
<div class="news_about"><p>{H11_REPORTER}</p><p>{H11_INFO}</p></div>
<div class="news_txt" data-size="standard">
{content}
</div>
<div class="news_editor">{H11_EDITOR}</div>
<div class="copyright_box"><p>{H11_NOTICE}</p></div>
<div class="news_keyword">关键词 &gt;&gt; 政府工作报告,两会,五年回顾</div>
<div class="news_love"><a href="javascript:;" class="zan" id="zan">12</a><div class="bdsharebuttonbox"><span>分享到</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a></div></div>
<div class="report_link"><a href="javascript:;" class="report_btn" onclick="showReport()">举报</a></div>
<div class="author_card"><img src="https://image.lanyong.example/user/zhengyizhou.jpg" alt=""><div class="author_name">郑一舟</div><div class="author_desc">{H11_AUTHOR_DESC}</div><a href="javascript:;" class="follow">+ 关注</a><div class="author_count">已发布文章 326 篇</div></div>
<div class="report_dialog" id="report_dialog" style="display:none;"><h3>举报</h3><ul><li><label><input type="radio" name="r">违法违规</label></li><li><label><input type="radio" name="r">色情低俗</label></li><li><label><input type="radio" name="r">侵犯权益</label></li><li><label><input type="radio" name="r">其他问题</label></li></ul><a href="javascript:;" class="report_submit">提交</a></div>
<div class="comment_area"><h2>评论（27）</h2><div class="comment_que"><textarea placeholder="期待你的神评论"></textarea><a class="comment_btn">发表</a></div></div>
</div>
</div>
<div class="main_rt"><div class="hot_news"><h2>热新闻</h2><ul>{hot}</ul></div><div class="app_download"><img src="{host}/img/app_ewm.png" alt=""><p>下载澜涌新闻客户端</p></div></div>
<div class="foot"><div class="foot_cont"><p><a href="{host}/about">关于澜涌</a> | <a href="{host}/join">加入澜涌</a> | <a href="{host}/contact">联系我们</a></p><p>{H11_COPY}</p><p>沪ICP备14003370号　沪公网安备31010602000299号</p></div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H11_TITLE,
        heads,
        body,
        (0, 1, 3, 6, 7, 9, 10),
        [
            H11_REPORTER,
            H11_INFO,
            H11_RELATED,
            H11_EDITOR,
            H11_NOTICE,
            "关键词 >> 政府工作报告,两会,五年回顾",
            H11_AUTHOR_DESC,
            "热新闻",
            H11_COPY,
        ],
        "a 澎湃-like news site's article (site, reporters made up): the title is "
        "h1.news_title (also <title> before _时事_…); the reporter line and the "
        "date/来源 line are not body; in div.news_txt the 题图 and its centred caption "
        "(… 图) are unscored; the long opening paragraph is body (the lead); the six "
        'subheads are <h4 class="subtitle"> (level 1: the article\'s highest '
        "subhead level, whatever the tag), each starting with a span.num number badge "
        "01-06 styled as a blue circle: the badge is the head's own number, inside the "
        "heading element, so the gold head text keeps it (01 稳增长：…, read like a typed "
        '一、); under 04 a <blockquote class="pullquote"> set at 24 px bold repeats a '
        "sentence of the paragraph above it in quotes: a pull quote, not a heading, "
        "unscored (the sentence is in the body anyway); the inline 【相关阅读】 link "
        "line in the text is furniture, not body; 责任编辑/校对, the 特别声明 "
        "copyright box, 关键词, like/share, the 举报 link and its hidden dialog (its "
        "<h3> never shown), the author card, the <h2> 评论 box, the <h2> 热新闻 "
        "sidebar and the footer are not body, their <h2>/<h3> not headings",
    )


# ------------------------------------------------- h12 investor-relations release

H12_YEAR = 2016
H12_CO = "东川能源集团股份有限公司"
H12_SHORT = "东川能源"
H12_TITLE = "东川能源发布2016年经营计划：加快化解过剩产能 推动绿色低碳转型"
H12_INFO = "发布时间：2016-03-18　来源：董事会办公室　浏览次数：1532"
H12_LEAD = "（2016年3月18日，中国东川）东川能源集团股份有限公司（股票代码：609618，以下简称“东川能源”或“公司”）今日发布2016年经营计划。公司表示，将认真落实政府工作报告的部署，以供给侧结构性改革为主线，推进去产能、降成本和绿色低碳转型。"
H12_OUTLINE: tuple[tuple[str, Refs], ...] = (
    ("宏观形势与政策机遇", (("三、", 0), ("三、", 1))),
    ("化解过剩产能，降本增效", (("（二）", 3), ("（二）", 5))),
    ("创新驱动，推动产业升级", (("一、", 7),)),
    ("绿色低碳，加强生态环境治理", (("（六）", 0), ("（六）", 1))),
    ("守牢安全生产底线", (("（七）", 7),)),
)
H12_ABOUT_HEAD = f"关于{H12_SHORT}"
H12_ABOUT = f"{H12_CO}成立于1998年，2006年在上海证券交易所上市，主要从事煤炭开采、火力发电、新能源开发和能源物流业务，控股装机容量1260万千瓦，员工约2.3万人。公司致力于成为清洁、高效、安全的综合能源服务商。"
H12_FORWARD = "前瞻性陈述：本新闻稿包含若干前瞻性陈述，这些陈述基于公司当前的计划、估计和预测，受多种风险和不确定因素影响，实际结果可能与前瞻性陈述存在重大差异。本新闻稿中的经营计划不构成公司对投资者的业绩承诺，敬请投资者注意投资风险。"
H12_IR = "投资者联系：董事会办公室　王立新　电话：0531-86190901　邮箱：ir@dcenergy.example"
H12_MEDIA = "媒体联系：品牌与公共关系部　沈可　电话：0531-86190935　邮箱：media@dcenergy.example"
H12_TICKER = "东川能源（609618.SH）　8.46　+0.11　+1.32%　数据延迟15分钟"
H12_PREV = "上一篇：东川能源2015年年度业绩预增公告"
H12_NEXT = "下一篇：东川能源召开2015年度业绩说明会"


def build_ir_release(path: Path) -> Gold:
    host = "http://www.dcenergy.example"
    body = [H12_LEAD]
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(H12_LEAD)}</p>"]
    for k, (head, refs) in enumerate(H12_OUTLINE):
        heads.append((head, 1))
        parts.append(f"<h2>{esc(head)}</h2>")
        for t in texts(H12_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        if k == 1:
            parts.append(
                f'<p style="text-align:center"><img src="{host}/uploads/2016/03/18/{uid("h12", "img")[:12]}.jpg" alt="公司所属煤矿智能化综采工作面"></p>\n<p class="img-desc" style="text-align:center">公司所属煤矿智能化综采工作面</p>'
            )
    heads.append((H12_ABOUT_HEAD, 1))
    parts.append(f"<h2>{esc(H12_ABOUT_HEAD)}</h2>")
    parts.append(f"<p>{esc(H12_ABOUT)}</p>")
    content = "\n".join(parts)
    forward_label, forward_text = H12_FORWARD.split("：", 1)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(H12_TITLE)}-新闻发布-投资者关系-{H12_CO}</title>
<meta name="keywords" content="{H12_SHORT},投资者关系,新闻发布">
<link rel="stylesheet" href="{host}/static/css/bootstrap.min.css">
<link rel="stylesheet" href="{host}/static/css/ir.css?v=2016">
<script src="{host}/static/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header"><div class="container"><a class="brand" href="{host}/"><img src="{host}/static/img/logo.png" alt="{H12_CO}"></a><nav class="main-nav"><ul><li><a href="{host}/">首页</a></li><li><a href="{host}/about/">关于我们</a></li><li><a href="{host}/news/">新闻中心</a></li><li class="active"><a href="{host}/ir/">投资者关系</a></li><li><a href="{host}/csr/">社会责任</a></li><li><a href="{host}/contact/">联系我们</a></li><li><a href="{host}/en/">English</a></li></ul></nav></div></header>
<div class="stock-bar"><div class="container"><span class="stock-name">{H12_TICKER}</span></div></div>
<div class="banner-ir"><img src="{host}/static/img/banner_ir.jpg" alt="投资者关系"></div>
<div class="container ir-body">
<div class="row">
<aside class="col-md-3 ir-side"><h3>投资者关系</h3><ul class="side-menu"><li><a href="{host}/ir/notice/">公司公告</a></li><li><a href="{host}/ir/reports/">定期报告</a></li><li class="active"><a href="{host}/ir/press/">新闻发布</a></li><li><a href="{host}/ir/governance/">公司治理</a></li><li><a href="{host}/ir/activity/">投资者活动</a></li><li><a href="{host}/ir/dividend/">股东回报</a></li></ul></aside>
<div class="col-md-9 ir-main">
<ol class="breadcrumb"><li><a href="{host}/">首页</a></li><li><a href="{host}/ir/">投资者关系</a></li><li class="active">新闻发布</li></ol>
<article class="press-release">
<h1 class="article-title">{esc(H12_TITLE)}</h1>
<div class="article-meta">{H12_INFO}<a class="download-pdf" href="{host}/uploads/2016/03/18/press_20160318.pdf" target="_blank">下载PDF版</a></div>
<div class="article-content">
{content}
</div>
<div class="disclaimer"><p><small><strong>{forward_label}：</strong>{esc(forward_text)}</small></p></div>
<div class="contacts"><p>{H12_IR}</p><p>{H12_MEDIA}</p></div>
</article>
<div class="prev-next"><p><a href="{host}/ir/press/201603/t20160301_1187.html">{H12_PREV}</a></p><p><a href="{host}/ir/press/201603/t20160325_1196.html">{H12_NEXT}</a></p></div>
<div class="back"><a href="{host}/ir/press/">返回列表</a></div>
</div>
</div>
</div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-4"><h3>联系我们</h3><p>地址：东川市历城区工业北路166号</p><p>电话：0531-86190000</p></div><div class="col-md-4"><h3>关注我们</h3><p><img src="{host}/static/img/qr_wechat.png" alt="">官方微信</p></div><div class="col-md-4"><h3>友情链接</h3><p><a href="http://www.sse.example/">上海证券交易所</a></p></div></div><p class="copyright">版权所有 &copy; 2016 {H12_CO}　东ICP备08002716号</p></div></footer>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        H12_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 6, 8),
        [
            "数据延迟15分钟",
            H12_INFO,
            "下载PDF版",
            H12_FORWARD,
            H12_IR,
            H12_MEDIA,
            H12_PREV,
            "返回列表",
            f"版权所有 © 2016 {H12_CO}",
        ],
        "a listed company's investor-relations 新闻发布 page (company, code 609618 and "
        "people made up; 609 is no real Shanghai code block): the title is "
        "h1.article-title (also <title> before -新闻发布-…); the site nav, the "
        "share-price bar, the IR side menu (its <h3> 投资者关系 not a heading), crumbs, "
        "the 发布时间/来源/浏览次数 line and 下载PDF版 are not body; the dateline lead "
        "(（2016年3月18日，中国东川）…) is body; the five <h2> subheads are level 1; the "
        "photo and its caption are unscored; the release ends with the <h2> "
        f"{H12_ABOUT_HEAD} boilerplate section, kept as a level-1 heading (same markup and "
        "place as the other subheads, part of the release as issued) while its "
        "company-description paragraph is unscored (neither required nor forbidden); "
        "the 前瞻性陈述 disclaimer after div.article-content (small print, bold run-in "
        "label, not a heading) and the 投资者联系/媒体联系 lines are boilerplate, not "
        "body; 上一篇/下一篇, 返回列表 and the footer (its <h3> columns not headings) are "
        "not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "h07_portal_news_center_strong_page1.html": build_portal_news,
    "h08_baike_para_title_prefix.html": build_baike,
    "h09_tech_blog_h2_h3_bold_code.html": build_tech_blog,
    "h10_gov_policy_mso_table_meta.html": build_gov_policy,
    "h11_news_app_h4_badge_pullquote.html": build_news_app,
    "h12_ir_press_release_h2_about.html": build_ir_release,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-eighth set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (g07-g12 and h07-h12, see each row). Texts come only from the public\n"
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
    '| h07_portal_news_center_strong_page1.html | written after the layout of 人民网-like portal news articles, gwr 2014 (`eval/make_realdocs28_pages.py`, as h08-h12) | title and heads among portal furniture: `h3.pre` kicker and `h4.sub` subtitle around the `<h1>` (neither title nor heads), 核心提示 deck box (unscored), `<video>` box (title unscored, fallback text not body), five `<p style="text-align: center;"><strong>` subheads (level 1), a bold run-in sentence opening a body paragraph (not a head), centred photo caption (unscored), page 1 of 2 with the `【下一页】` pager, 责任编辑, share bars, `<h2>` 相关新闻/24小时排行 boxes (not heads, not body); 5 heads |',
    "| h08_baike_para_title_prefix.html | written after the layout of 百度百科-like entries, gwr 2016 | `h1` entry name with an `h2` disambiguation line (not a head), lead summary, `dt`/`dd` infobox (unscored), `lemma-catalog` with `h2` 目录 (not heads), `div.para-title.level-2 > h2.title-text` / `level-3 > h3.title-text` (levels 1/2) whose `span.title-prefix` entry name is kept in the head text (as the dev set's h04), 编辑 links beside them, `[n]` marks, 参考资料, 词条标签, 词条统计 (not body); 10 heads |",
    "| h09_tech_blog_h2_h3_bold_code.html | written after the layout of CSDN-like blog posts, gwr 2017 | markdown-output `<h2>`/`<h3>` with empty `<a id>` anchors (levels 1/2) and `<p><strong>（n）…</strong></p>` (level 3), numbered head text kept; ordered list, image with `<center>` caption, code block whose `# 1. …` comments look like heads plus `ul.pre-numbering` line numbers (not heads); 阅读量/收藏 bar, CC 4.0 版权声明, toolbar, comments, `h4` recommended posts and sidebar `h3.aside-title` boxes incl. a 目录 of the heads (not heads, not body); 12 heads |",
    '| h10_gov_policy_mso_table_meta.html | written after the layout of provincial government portals\' 信息公开 pages with Word-pasted text, gwr 2015 | 索引号/主题分类/发文机关/成文日期 table above the text (not body), the text in one `table.MsoNormalTable` cell: centred 小标宋 title line (no heading element), `<p align="center"><b>` `一、` heads (level 1) and `<span style="font-family:黑体">` `（一）` heads (level 2), two bold run-in sentences opening body paragraphs (not heads), issuer/date, 相关附件 download list, 【打印本页】【关闭窗口】 (not body); 9 heads |',
    '| h11_news_app_h4_badge_pullquote.html | written after the layout of 澎湃-like news site articles, gwr 2013 | `<h4 class="subtitle">` subheads with a `span.num` `01`-`06` badge inside (level 1, badge kept in the head text), a large bold `<blockquote class="pullquote">` repeating a sentence (not a head), 题图 caption (unscored), inline 【相关阅读】 link line, 责任编辑/校对, 特别声明 copyright box, 关键词, 举报 with a hidden `h3` dialog, author card, `h2` 评论/热新闻 (not heads, not body); 6 heads |',
    "| h12_ir_press_release_h2_about.html | written after the layout of listed companies' investor-relations 新闻发布 pages, gwr 2016 | dateline lead, `<h2>` subheads (level 1) ending with the `<h2>` 关于东川能源 boilerplate section (a level-1 head, its paragraph unscored), share-price bar, IR side menu `h3`, 发布时间/浏览次数 line, 下载PDF版, 前瞻性陈述 run-in disclaimer and 投资者联系/媒体联系 lines, 上一篇/下一篇, footer `h3` columns (not heads, not body); 6 heads |",
]


def chromium_check(docs: Path, gold_dir: Path, names: list[str]) -> None:
    """Every gold string against the text of the DOM Chromium builds from the page."""
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
        strings = [
            g["title"],
            *(h["text"] for h in g["headings"]),
            *g["must_have"],
            *g["must_not_have"],
        ]
        missing = [s for s in strings if norm(s) not in shown]
        assert not missing, (name, missing)
        print(f"chromium: {name}: {len(strings)} gold strings found", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--chromium", action="store_true")
    ap.add_argument("--out", type=Path, default=prev20.ROOT / "eval" / "data" / "realdocs-made28")
    ap.add_argument("--only", nargs="*", default=None)
    known, _ = ap.parse_known_args(args)
    rc = prev20.make_scratch_pages(
        [a for a in args if a != "--chromium"],
        __doc__,
        BUILDERS,
        "realdocs-made28",
        ROWS,
        SOURCE_HEAD,
        MINE,
    )
    if known.chromium:
        names = [n for n in BUILDERS if not known.only or n.startswith(tuple(known.only))]
        chromium_check(known.out / "docs", known.out / "gold", names)
    return rc


if __name__ == "__main__":
    sys.exit(main())
