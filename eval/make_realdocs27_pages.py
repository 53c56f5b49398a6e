# ruff: noqa: E501  (HTML templates and SOURCE.md rows are kept on one line each)
"""Make the web pages f07-f12 of ``realdocs-made27`` and their gold.

A twenty-seventh set of development documents, made blind (without looking at the
readers or running them); the other documents of the set (e07-e12) come from their own
maker. This half is about heading recall: pages whose section headings a reader sees at
once but that are marked in the many ways real Chinese content systems and editors mark
them, none of them (except on f08 and f11) an HTML heading element. The texts come only
from the public government work reports 2013-2017 (``../shared/data/gov-work-reports``),
whole paragraphs (titles, headings, questions, labels, names, dates, captions and
furniture are written here; people, places, bodies and sites are made up; the markup
follows general knowledge of how such sites build pages, not any real file or page):

- ``f07_gov_jiedu_plain_numbered_heads.html`` (gwr 2016): a provincial government
  portal's 政策解读 page (gov.cn-like): ``div.pages_content#UCAP-CONTENT`` whose heads
  are plain ``<p>`` lines without bold: ``一、…`` centred (``style="text-align:
  center"``, ``align="center"``) as level 1 and ``（一）…`` indented with ``&emsp;`` or
  ``text-indent:2em`` like the body as level 2; a closing 答记者问 part of plain
  ``问：…？`` lines and ``答：…`` paragraphs (the questions are body, not headings);
  字号 大中小, 打印, 纠错, 扫一扫, 相关稿件, footer with 网站标识码;
- ``f08_wiki_article_mw_headline.html`` (gwr 2015): an encyclopedia article laid out
  like zh.wikipedia: ``h1#firstHeading``, 维基百科 siteSub, a lead before the first
  ``h2``, an infobox table, a ``#toc`` box (目录 and numbered entries), ``h2``/``h3``/
  ``h4`` each holding ``span.mw-headline`` and a ``[编辑]`` ``span.mw-editsection``
  (levels 1/2/3), ``<sup class="reference">`` marks, 参见 and 参考文献 sections, a
  navbox, 分类 links and the page footer;
- ``f09_news_feature_mixed_bold_heads.html`` (gwr 2017): a news site's feature whose
  seven subheads are each marked differently: ``<p><b>``, ``<p><span
  style="font-weight:bold">``, ``<p><font color="#c00000"><strong>`` (ending in ？),
  ``<div class="subtitle">`` bold only by a ``<style>`` rule, ``<p
  style="font-weight:700">``, two adjacent ``<strong>`` runs, a ``<strong>`` with a
  trailing ``<br>``; the opening paragraph is wholly inside ``<strong>`` (over 60
  characters, ending in 。: a bold lead, body not heading); photo and caption, 责任编辑,
  share bar, 相关新闻, footer;
- ``f10_wechat_article_badge_sections.html`` (gwr 2014): a WeChat official-account
  article (mp.weixin-like, ``#js_content``): nested ``<section>``s, 点击上方蓝字关注,
  level-1 heads as ``<section><span style="font-size:18px;color:…"><strong>`` with a
  numbered badge ``01``-``04`` in a separate section beside them (badge not part of
  the head), level-2 heads as bold sections with a coloured left border, decorative
  divider images, END, QR sign-off, 来源/编辑/审核 line, 阅读原文, 赞/在看/分享,
  留言 and 喜欢此内容的人还喜欢;
- ``f11_cms_h2_h3_h4_sidebar_heads.html`` (gwr 2013): a news CMS page with real
  ``<h2>``/``<h3>``/``<h4>`` subheads in the article body (levels 1/2/3), one ``<h3>``
  holding an ``<a name>`` anchor and a ``span.num`` number, an in-article 本文导读 list
  of links to them (not headings), the title in ``<h1>``, the site name in a logo
  ``div``, while the sidebar's 相关阅读/热门标签 are ``<h2>``, the comment box's 网友评论
  an ``<h2>`` and the footer's columns ``<h3>``/``<h4>`` (none of them article heads);
- ``f12_assoc_word_paste_outline_level.html`` (gwr 2016): an industry association's
  学习资料 page on an old table-layout site, its text pasted from Word: ``p.MsoNormal``
  paragraphs, heads told apart only by ``mso-outline-level:1`` with ``<b>`` and 黑体
  spans (level 1), ``mso-outline-level:2`` in 楷体 without bold (level 2) and
  ``mso-outline-level:3`` bold 仿宋 ``1.`` lines (level 3), ASCII digits in their own
  ``lang="EN-US"`` spans, ``<o:p>``, a ``MsoTableGrid`` table of figures with its
  ``表1`` caption (unscored), 发布者/发布时间/浏览 line, 【打印】【关闭窗口】, footer.

Gold is written from what each builder put in the page, decided as a reader reads it
in a browser, never from reader output; every gold string is checked against the
text the page shows (tags removed, head, scripts, styles and comments left out) and
was checked against the text Chromium shows (``chromium --headless --dump-dom``, run
once when the pages were made). Re-running writes the same bytes:

    python3 eval/make_realdocs27_pages.py [--out eval/data/realdocs-made27] [--only f07 ...]
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs20_pages as prev20
import make_realdocs22_pages as prev22
import make_realdocs25_pages as prev25

MINE = ("f07_", "f08_", "f09_", "f10_", "f11_", "f12_")
Gold = dict[str, Any]
Refs = tuple[tuple[str, int], ...]
esc = prev20.esc
norm = prev20.norm
shown_text = prev20.shown_text
texts = prev25.texts


def uid(*parts: object) -> str:
    """A stable hex id for the made pages."""
    return prev22.uid("realdocs27", *parts)


def make_gold(
    page: str,
    title: str,
    heads: list[tuple[str, int]],
    body: list[str],
    keep: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> Gold:
    """The gold of a page, checked against the text a browser shows: title, heads (in
    order), body paragraphs and boilerplate all shown; the must_have passages (each
    kept paragraph's first 18 characters) in order in the body; no boilerplate string
    in the body; 6-20 heads of levels 1-3, the highest 1."""
    shown = norm(shown_text(page))
    all_body = norm("\n".join(body))
    assert 5 <= len(keep) <= 8 and list(keep) == sorted(set(keep)), keep
    assert 8 <= len(body) <= 24, len(body)
    assert 6 <= len(heads) <= 20, len(heads)
    levels = {lv for _, lv in heads}
    assert min(levels) == 1 and levels <= {1, 2, 3}, levels
    for s in [title, *(h for h, _ in heads), *body, *must_not]:
        assert norm(s) in shown, s
    pos = shown.find(norm(title))
    for h, _ in heads:
        k = shown.find(norm(h), pos)
        assert k >= 0, ("heading order", h)
        pos = k + len(norm(h))
    must = [prev20.base.clause(body[i]) for i in keep]
    pos = 0
    for m in must:
        k = all_body.find(norm(m), pos)
        assert k >= 0, m
        pos = k + len(norm(m))
    for s in must_not:
        assert norm(s) not in all_body, s
        assert all(norm(s) != norm(h) for h, _ in heads), s
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


# ------------------------------------------------- f07 government portal 政策解读

F07_YEAR = 2016
F07_SITE = "东川省人民政府"
F07_TITLE = "省发展改革委有关负责同志解读2016年政府工作报告重点任务"
F07_INFO = "2016-03-10 09:30　来源：东川省发展和改革委员会"
# (head, level, markup kind, refs)
F07_OUTLINE: tuple[tuple[str, int, str, Refs], ...] = (
    ("一、稳定和完善宏观经济政策", 1, "center-style", ()),
    ("（一）加大积极财政政策力度", 2, "emsp", (("（一）", 1), ("（一）", 2))),
    ("（二）保持货币政策灵活适度", 2, "emsp", (("（一）", 4), ("（一）", 5))),
    ("二、加强供给侧结构性改革", 1, "center-align", ()),
    ("（一）推动简政放权和创业创新", 2, "indent", (("（二）", 1), ("（二）", 2))),
    ("（二）去产能与降成本", 2, "indent", (("（二）", 3),)),
    ("（三）激发国有企业和非公有制经济活力", 2, "emsp", (("（二）", 5), ("（二）", 6))),
    ("三、答记者问", 1, "center-style", ()),
)
F07_QA: tuple[tuple[str, tuple[str, int]], ...] = (
    ("问：今年扩大内需有哪些着力点？", ("（三）", 1)),
    ("问：农业农村工作如何推进？", ("（四）", 1)),
    ("问：在对外开放方面有哪些新举措？", ("（五）", 1)),
)
F07_RELATED = (
    "东川省人民政府关于印发2016年政府工作报告重点工作部门分工的通知",
    "图解：2016年省政府工作报告",
    "省财政厅解读2016年全省财政预算",
)


def build_gov_jiedu(path: Path) -> Gold:
    host = "http://www.dongchuan.gov.example"
    body = texts(F07_YEAR, (("三、", 0),))
    heads: list[tuple[str, int]] = []
    parts = [f"<p>&emsp;&emsp;{esc(body[0])}</p>"]
    for head, lv, kind, refs in F07_OUTLINE:
        heads.append((head, lv))
        if kind == "center-style":
            parts.append(f'<p style="text-align: center;">{esc(head)}</p>')
        elif kind == "center-align":
            parts.append(f'<p align="center">{esc(head)}</p>')
        elif kind == "indent":
            parts.append(f'<p style="text-indent: 2em;">{esc(head)}</p>')
        else:
            parts.append(f"<p>&emsp;&emsp;{esc(head)}</p>")
        for t in texts(F07_YEAR, refs):
            body.append(t)
            parts.append(
                f'<p style="text-indent: 2em;">{esc(t)}</p>'
                if kind == "indent"
                else f"<p>&emsp;&emsp;{esc(t)}</p>"
            )
    for q, ref in F07_QA:
        t = texts(F07_YEAR, (ref,))[0]
        body.append(t)
        parts.append(f"<p>&emsp;&emsp;{esc(q)}</p>")
        parts.append(f"<p>&emsp;&emsp;答：{esc(t)}</p>")
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/zwgk/zcjd/201603/t2016030{k + 4}_{713002 + k * 41}.html" target="_blank">{esc(t)}</a><span>2016-03-0{k + 4}</span></li>'
        for k, t in enumerate(F07_RELATED)
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(F07_TITLE)}_政策解读_{F07_SITE}</title>
<meta name="SiteName" content="{F07_SITE}">
<meta name="SiteDomain" content="www.dongchuan.gov.example">
<meta name="SiteIDCode" content="DC00000001">
<meta name="ColumnName" content="政策解读">
<meta name="ColumnType" content="政策解读">
<meta name="ArticleTitle" content="{esc(F07_TITLE)}">
<meta name="PubDate" content="2016-03-10 09:30">
<meta name="ContentSource" content="东川省发展和改革委员会">
<link rel="stylesheet" href="{host}/images/2016/css/common.css">
<link rel="stylesheet" href="{host}/images/2016/css/article.css">
<script src="{host}/images/2016/js/jquery.min.js"></script>
<script>function changeSize(s){{document.getElementById('UCAP-CONTENT').style.fontSize=s+'px';}}</script>
</head>
<body>
<div class="header">
<div class="top_bar"><div class="w1200"><span class="welcome">欢迎访问{F07_SITE}门户网站</span><span class="links"><a href="{host}/wza/">无障碍</a> | <a href="{host}/english/">English</a> | <a href="{host}/wap/">手机版</a></span></div></div>
<div class="logo_bar w1200"><a href="{host}/" class="logo"><img src="{host}/images/2016/logo.png" alt="{F07_SITE}"></a><form class="search" action="http://search.dongchuan.gov.example/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<div class="nav"><ul class="w1200"><li><a href="{host}/">首页</a></li><li><a href="{host}/zwgk/">政务公开</a></li><li class="on"><a href="{host}/zwgk/zcjd/">政策解读</a></li><li><a href="{host}/zwfw/">政务服务</a></li><li><a href="{host}/hdjl/">互动交流</a></li><li><a href="{host}/zjdc/">走进东川</a></li></ul></div>
</div>
<div class="w1200 crumb">当前位置：<a href="{host}/">首页</a> &gt; <a href="{host}/zwgk/">政务公开</a> &gt; <a href="{host}/zwgk/zcjd/">政策解读</a></div>
<div class="w1200 article oneColumn pub_border">
<h1>{esc(F07_TITLE)}</h1>
<div class="pages-date">{F07_INFO}<span class="font">字号：<a href="javascript:changeSize(18)">大</a> <a href="javascript:changeSize(16)">中</a> <a href="javascript:changeSize(14)">小</a></span><span class="print"><a href="javascript:window.print()">打印</a></span></div>
<div class="pages_content" id="UCAP-CONTENT">
{content}
</div>
<div class="editor">【<a href="{host}/jiucuo/" target="_blank">我要纠错</a>】　责任编辑：沈嘉禾</div>
<div class="mobile_ewm"><img src="{host}/images/2016/ewm_article.png" alt=""><p>扫一扫在手机打开当前页</p></div>
<div class="related"><div class="related_tit">相关稿件</div><ul>{related}</ul></div>
</div>
<div class="footer"><div class="w1200">
<p><a href="{host}/wzdt/">网站地图</a> | <a href="{host}/lxwm/">联系我们</a> | <a href="{host}/sybz/">使用帮助</a></p>
<p>主办单位：东川省人民政府办公厅　承办：东川省电子政务中心</p>
<p>网站标识码：DC00000001　东ICP备05003310号　东公网安备 37010202000166号</p>
</div></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F07_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 7, 8, 10),
        [
            f"欢迎访问{F07_SITE}门户网站",
            "当前位置：",
            F07_INFO,
            "字号：大 中 小",
            "【我要纠错】",
            "责任编辑：沈嘉禾",
            "扫一扫在手机打开当前页",
            "相关稿件",
            F07_RELATED[0],
            "主办单位：东川省人民政府办公厅",
            "网站标识码：DC00000001",
        ],
        "a provincial government portal's 政策解读 page (gov.cn-like; province, body, "
        "editor made up): title in the article's <h1> (also <title> before "
        "_政策解读_… and the ArticleTitle meta); the date/来源 line with 字号/打印 is not "
        "body; div.pages_content#UCAP-CONTENT: the heads are plain <p> lines with no "
        "bold and no heading element, told apart only by their numbering, shortness "
        "(no full stop) and placement: 一、… lines centred (style text-align:center, "
        "or the align=center attribute) are level 1, （一）… lines indented like the "
        "body (two &emsp; typed before the text, or text-indent:2em) are level 2; the "
        "opening paragraph (before 一、) is body; part 三、答记者问 is a level-1 head "
        "with no level-2 heads: its 问：…？ lines are questions of the interview, read "
        "as body (unscored), not as heads, and each 答：… paragraph is body with the 答： "
        "label (must_have passages are the report text after it); 我要纠错/责任编辑, "
        "扫一扫, 相关稿件, crumbs and footer are not body",
    )


# ------------------------------------------------------ f08 encyclopedia article

F08_YEAR = 2015
F08_TITLE = "2015年国务院政府工作报告"
F08_LEAD = "2015年国务院政府工作报告是国务院于2015年3月5日在第十二届全国人民代表大会第三次会议开幕会上所作的政府工作报告。"
# (head, level, refs, reference number after the last paragraph or 0)
F08_OUTLINE: tuple[tuple[str, int, Refs, int], ...] = (
    ("背景", 1, (("二、", 1), ("二、", 2)), 2),
    ("主要内容", 1, (), 0),
    ("工作回顾", 2, (), 0),
    ("宏观调控", 3, (("一、", 2), ("一、", 3)), 3),
    ("改革开放", 3, (("一、", 4), ("一、", 7)), 0),
    ("结构调整", 3, (("一、", 8), ("一、", 9)), 0),
    ("2015年总体部署", 2, (), 0),
    ("预期目标", 3, (("二、", 4), ("二、", 5)), 4),
    ("宏观政策", 3, (("二、", 6), ("二、", 7)), 0),
    ("重点工作", 2, (("三、", 10), ("三、", 12)), 5),
    ("参见", 1, (), 0),
    ("参考文献", 1, (), 0),
)
F08_SEE = (
    "2014年国务院政府工作报告",
    "2016年国务院政府工作报告",
    "中华人民共和国国民经济和社会发展第十二个五年规划纲要",
)
F08_REFS = (
    "政府工作报告全文. 东川新闻网. 2015-03-05 [2015-03-06].",
    "两会观察：经济新常态下的政府工作报告. 东川日报. 2015-03-06.",
    "2015年政府工作报告解读. 东川经济评论. 2015-03-08.",
    "主要预期目标一览. 东川统计信息网. 2015-03-05.",
    "十二届全国人大三次会议开幕. 东川广播电视台. 2015-03-05.",
)
F08_NAVBOX = "中华人民共和国国务院政府工作报告"
F08_CATS = ("2015年中国政治", "中华人民共和国政府工作报告", "第十二届全国人民代表大会")
F08_FOOTER = "本页面最后修订于2015年11月2日 (星期一) 08:14。"


def mw_anchor(head: str) -> str:
    """The id MediaWiki gives a section: the text itself (no spaces here)."""
    return head.replace(" ", "_")


def build_wiki(path: Path) -> Gold:
    host = "https://zh.baike-wiki.example"
    body = [F08_LEAD, *texts(F08_YEAR, (("一、", 1),))]
    heads: list[tuple[str, int]] = []
    lead = (
        f'<p><b>{esc(F08_TITLE)}</b>是国务院于2015年3月5日在<a href="/wiki/第十二届全国人民代表大会第三次会议" title="第十二届全国人民代表大会第三次会议">第十二届全国人民代表大会第三次会议</a>开幕会上所作的<a href="/wiki/政府工作报告" title="政府工作报告">政府工作报告</a>。<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>\n'
        f"<p>{esc(body[1])}</p>"
    )
    infobox = (
        '<table class="infobox" style="width:22em"><tbody>'
        f'<tr><th colspan="2" class="infobox-above" style="font-size:125%">{esc(F08_TITLE)}</th></tr>'
        '<tr><td colspan="2" style="text-align:center"><a href="/wiki/File:Great_Hall_dc.jpg" class="image"><img alt="" src="//upload.baike-wiki.example/thumb/3/3a/Great_Hall_dc.jpg/220px-Great_Hall_dc.jpg" width="220" height="147"></a><div>报告发布的会场</div></td></tr>'
        '<tr><th scope="row">日期</th><td>2015年3月5日</td></tr>'
        '<tr><th scope="row">会议</th><td>第十二届全国人民代表大会第三次会议</td></tr>'
        '<tr><th scope="row">报告人</th><td>国务院总理</td></tr>'
        '<tr><th scope="row">批准</th><td>2015年3月15日</td></tr>'
        "</tbody></table>"
    )
    toc_items: list[str] = []
    secs: list[str] = []
    num = [0, 0, 0]
    for head, lv, refs, ref in F08_OUTLINE:
        heads.append((head, lv))
        num[lv - 1] += 1
        num[lv:] = [0] * (3 - lv)
        label = ".".join(str(n) for n in num[:lv])
        toc_items.append(
            f'<li class="toclevel-{lv}"><a href="#{mw_anchor(head)}"><span class="tocnumber">{label}</span> <span class="toctext">{esc(head)}</span></a></li>'
        )
        tag = f"h{lv + 1}"
        secs.append(
            f'<{tag}><span class="mw-headline" id="{mw_anchor(head)}">{esc(head)}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title={F08_TITLE}&amp;action=edit&amp;section={len(heads)}" title="编辑章节：{esc(head)}">编辑</a><span class="mw-editsection-bracket">]</span></span></{tag}>'
        )
        paras = texts(F08_YEAR, refs)
        for k, t in enumerate(paras):
            body.append(t)
            sup = (
                f'<sup id="cite_ref-{ref}" class="reference"><a href="#cite_note-{ref}">[{ref}]</a></sup>'
                if ref and k == len(paras) - 1
                else ""
            )
            secs.append(f"<p>{esc(t)}{sup}</p>")
        if head == "参见":
            secs.append(
                "<ul>"
                + "".join(f'<li><a href="/wiki/{t}" title="{t}">{esc(t)}</a></li>' for t in F08_SEE)
                + "</ul>"
            )
        if head == "参考文献":
            secs.append(
                '<div class="reflist" style="list-style-type: decimal;"><ol class="references">'
                + "".join(
                    f'<li id="cite_note-{k + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-{k + 1}">^</a></b></span> <span class="reference-text"><cite class="citation web">{esc(t)}</cite></span></li>'
                    for k, t in enumerate(F08_REFS)
                )
                + "</ol></div>"
            )
    toc = (
        '<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="zh" dir="ltr"><h2 id="mw-toc-heading">目录</h2><span class="toctogglespan"><label class="toctogglelabel" for="toctogglecheckbox"></label></span></div><ul>'
        + "".join(toc_items)
        + "</ul></div>"
    )
    years = " · ".join(
        f'<a href="/wiki/{y}年国务院政府工作报告" title="{y}年国务院政府工作报告">{y}年</a>'
        if y != 2015
        else f'<a class="mw-selflink selflink">{y}年</a>'
        for y in range(2010, 2019)
    )
    navbox = f'<div role="navigation" class="navbox" aria-labelledby="{F08_NAVBOX}"><table class="nowraplinks collapsible autocollapse navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="{F08_NAVBOX}" style="font-size:114%;margin:0 4em">{F08_NAVBOX}</div></th></tr><tr><th scope="row" class="navbox-group">年份</th><td class="navbox-list navbox-odd"><div style="padding:0em 0.25em">{years}</div></td></tr></tbody></table></div>'
    cats = " | ".join(
        f'<li><a href="/wiki/Category:{c}" title="Category:{c}">{esc(c)}</a></li>' for c in F08_CATS
    )
    content = "\n".join(secs)
    page = f"""<!DOCTYPE html>
<html class="client-nojs" lang="zh-Hans-CN" dir="ltr">
<head>
<meta charset="UTF-8">
<title>{esc(F08_TITLE)} - 维基百科，自由的百科全书</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"{F08_TITLE}","wgTitle":"{F08_TITLE}","wgCurRevisionId":38811204,"wgArticleId":3318702,"wgCategories":{list(F08_CATS)!r}}};</script>
<link rel="stylesheet" href="/w/load.php?lang=zh-cn&amp;modules=ext.cite.styles%7Cskins.vector.styles.legacy&amp;only=styles&amp;skin=vector">
<meta name="generator" content="MediaWiki 1.36.0-wmf.16">
<link rel="canonical" href="{host}/wiki/{F08_TITLE}">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-{F08_TITLE} rootpage-{F08_TITLE} skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div>
<div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main">
<a id="top"></a>
<div id="siteNotice" class="mw-body-content"></div>
<div class="mw-indicators mw-body-content"></div>
<h1 id="firstHeading" class="firstHeading" lang="zh-Hans-CN">{esc(F08_TITLE)}</h1>
<div id="bodyContent" class="mw-body-content">
<div id="siteSub" class="noprint">维基百科，自由的百科全书</div>
<div id="contentSub"></div>
<div id="jump-to-nav"></div>
<a class="mw-jump-link" href="#mw-head">跳到导航</a>
<a class="mw-jump-link" href="#searchInput">跳到搜索</a>
<div id="mw-content-text" lang="zh-Hans-CN" dir="ltr" class="mw-content-ltr"><div class="mw-parser-output">
{infobox}
{lead}
{toc}
{content}
{navbox}
<!-- NewPP limit report Parsed by mw1321 Cached time: 20151102081402 CPU time usage: 0.412 seconds -->
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:页面分类" title="Special:页面分类">分类</a>：<ul>{cats}</ul></div></div>
</div>
</div>
<div id="mw-navigation">
<h2>导航菜单</h2>
<div id="mw-head"><div id="p-personal" role="navigation"><h3 id="p-personal-label">个人工具</h3><ul><li id="pt-anonuserpage">没有登录</li><li id="pt-anontalk"><a href="/wiki/Special:我的讨论页">讨论</a></li><li id="pt-anoncontribs"><a href="/wiki/Special:我的贡献">贡献</a></li><li id="pt-createaccount"><a href="/w/index.php?title=Special:创建账户">创建账户</a></li><li id="pt-login"><a href="/w/index.php?title=Special:用户登录">登录</a></li></ul></div>
<div id="left-navigation"><div id="p-namespaces" role="navigation" class="vectorTabs"><h3 id="p-namespaces-label">名字空间</h3><ul><li id="ca-nstab-main" class="selected"><a href="/wiki/{F08_TITLE}">条目</a></li><li id="ca-talk"><a href="/wiki/Talk:{F08_TITLE}">讨论</a></li></ul></div></div>
<div id="right-navigation"><div id="p-views" role="navigation" class="vectorTabs"><h3 id="p-views-label">查看</h3><ul><li id="ca-view" class="selected"><a href="/wiki/{F08_TITLE}">阅读</a></li><li id="ca-edit"><a href="/w/index.php?title={F08_TITLE}&amp;action=edit">编辑</a></li><li id="ca-history"><a href="/w/index.php?title={F08_TITLE}&amp;action=history">查看历史</a></li></ul></div><div id="p-search" role="search"><h3><label for="searchInput">搜索</label></h3><form action="/w/index.php" id="searchform"><input type="search" name="search" placeholder="搜索维基百科" id="searchInput"></form></div></div>
</div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/Wikipedia:首页" title="访问首页"></a></div>
<div class="portal" role="navigation" id="p-navigation"><h3 id="p-navigation-label">导航</h3><div class="body"><ul><li id="n-mainpage-description"><a href="/wiki/Wikipedia:首页">首页</a></li><li id="n-indexpage"><a href="/wiki/Wikipedia:分类索引">分类索引</a></li><li id="n-Featured_content"><a href="/wiki/Portal:特色内容">特色内容</a></li><li id="n-currentevents"><a href="/wiki/Portal:新闻动态">新闻动态</a></li><li id="n-randompage"><a href="/wiki/Special:随机页面">随机条目</a></li></ul></div></div>
<div class="portal" role="navigation" id="p-tb"><h3 id="p-tb-label">工具</h3><div class="body"><ul><li id="t-whatlinkshere"><a href="/wiki/Special:链入页面/{F08_TITLE}">链入页面</a></li><li id="t-recentchangeslinked"><a href="/wiki/Special:链出更改/{F08_TITLE}">相关更改</a></li><li id="t-permalink"><a href="/w/index.php?title={F08_TITLE}&amp;oldid=38811204">固定链接</a></li><li id="t-cite"><a href="/w/index.php?title=Special:引用此页面&amp;page={F08_TITLE}">引用此页</a></li></ul></div></div>
</div>
</div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> {F08_FOOTER}</li><li id="footer-info-copyright">本站的全部文字在<a rel="license" href="//creativecommons.org/licenses/by-sa/3.0/">知识共享 署名-相同方式共享 3.0协议</a>之条款下提供，附加条款亦可能应用。</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki/Wikipedia:隐私政策">隐私政策</a></li><li id="footer-places-about"><a href="/wiki/Wikipedia:关于">关于维基百科</a></li><li id="footer-places-disclaimer"><a href="/wiki/Wikipedia:免责声明">免责声明</a></li></ul></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F08_TITLE,
        heads,
        body,
        (0, 1, 2, 4, 10, 14),
        [
            "维基百科，自由的百科全书",
            "跳到导航",
            F08_NAVBOX,
            "分类：",
            F08_CATS[0],
            "导航菜单",
            "没有登录",
            "随机条目",
            F08_FOOTER.strip(),
            "知识共享 署名-相同方式共享 3.0协议",
        ],
        "an encyclopedia article laid out like zh.wikipedia (Vector skin; wiki and "
        "sources made up): title the h1#firstHeading (also <title> before - 维基百科，"
        "自由的百科全书); the lead before the first h2 (a one-sentence definition written "
        "here, with a bold title and a [1] reference mark, and a report paragraph) is "
        "body; the infobox (title, picture caption, 日期/会议/报告人/批准 rows) is "
        "unscored; the #toc box (目录 in an <h2>, numbered entries 1 背景 … 2.1.1 宏观调控) "
        "is not headings; article heads are h2/h3/h4 each holding span.mw-headline and "
        "a [编辑] edit link: heading text is the mw-headline text without [编辑], h2 "
        "level 1, h3 level 2, h4 level 3; 参见 (a list of links) and 参考文献 (the "
        "reference list) are h2 sections of the article, so level-1 heads, their lists "
        "unscored; [n] reference marks end some paragraphs (body, text of the mark "
        "unscored); the navbox, 分类 links, the navigation menus (their <h2>/<h3> "
        "导航菜单/个人工具/导航/工具 are not article heads) and the footer are not body",
    )


# ---------------------------------------------------- f09 news feature, mixed heads

F09_YEAR = 2017
F09_SITE = "东川新闻网"
F09_TITLE = "聚焦实体经济：政府工作报告里的七个关键词"
F09_INFO = "2017-03-07 08:15　来源：东川日报　作者：本报记者 方知远 于晓岚"
# (head, markup kind, refs)
F09_OUTLINE: tuple[tuple[str, str, Refs], ...] = (
    ("去产能：钢铁煤炭继续做减法", "b", (("（一）", 0),)),
    ("去杠杆：积极稳妥防范风险", "span-bold", (("（一）", 1), ("（二）", 2))),
    ("补短板：钱往哪里投？", "font-strong", (("（一）", 2), ("（三）", 0))),
    ("强创新：向科技创新要动力", "div-class", (("（四）", 1),)),
    ("育新兴：抢占新兴产业制高点", "p-style", (("（四）", 2),)),
    ("改传统：老产业焕发新活力", "two-strong", (("（四）", 3),)),
    ("促双创：让创业创新蔚然成风", "strong-br", (("（四）", 4),)),
)
F09_CAPTION = "3月6日，东川高新区一家智能装备企业的生产线上，工人正在调试设备。本报记者 方知远 摄"
F09_RELATED = (
    "代表委员热议：让实体经济轻装上阵",
    "我省今年将再压减煤炭产能300万吨",
    "一季度全省工业投资稳中有升",
)


def f09_head(head: str, kind: str) -> str:
    if kind == "b":
        return f"<p><b>{esc(head)}</b></p>"
    if kind == "span-bold":
        return f'<p><span style="font-weight: bold;">{esc(head)}</span></p>'
    if kind == "font-strong":
        return f'<p><font color="#c00000"><strong>{esc(head)}</strong></font></p>'
    if kind == "div-class":
        return f'<div class="subtitle">{esc(head)}</div>'
    if kind == "p-style":
        return f'<p style="font-weight: 700; color: #1f4e79;">{esc(head)}</p>'
    if kind == "two-strong":
        a, b = head.split("：", 1)
        return f"<p><strong>{esc(a)}：</strong><strong>{esc(b)}</strong></p>"
    return f"<p><strong>{esc(head)}</strong><br></p>"


def build_news_feature(path: Path) -> Gold:
    host = "http://www.dcnews.example"
    body = texts(F09_YEAR, (("（四）", 0),))
    assert len(body[0]) >= 60 and body[0].endswith("。")
    heads: list[tuple[str, int]] = []
    parts = [f"<p><strong>{esc(body[0])}</strong></p>"]
    for k, (head, kind, refs) in enumerate(F09_OUTLINE):
        heads.append((head, 1))
        parts.append(f09_head(head, kind))
        for t in texts(F09_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
        if k == 2:
            parts.append(
                f'<p style="text-align: center;"><img src="{host}/upload/2017/03/07/{uid("f09", "img")[:16]}.jpg" width="600" alt=""></p>'
                f'<p style="text-align: center; color: #666666; font-size: 14px;">{esc(F09_CAPTION)}</p>'
            )
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/system/2017/03/0{6 - k}/{uid("f09", k)[:8]}.shtml" target="_blank">{esc(t)}</a></li>'
        for k, t in enumerate(F09_RELATED)
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(F09_TITLE)}-{F09_SITE}</title>
<meta name="keywords" content="实体经济,去产能,去杠杆,补短板,创新">
<meta name="description" content="{esc(F09_TITLE)}">
<link rel="stylesheet" href="{host}/css/detail2016.css">
<style type="text/css">
.article-body p {{ font-size: 16px; line-height: 30px; text-indent: 2em; margin: 0 0 18px; }}
.article-body .subtitle {{ font-size: 17px; font-weight: bold; color: #b40000; margin: 24px 0 12px; text-indent: 2em; }}
</style>
</head>
<body>
<div class="topnav"><div class="wrap"><a href="{host}/">{F09_SITE}首页</a> <a href="{host}/dc/">东川</a> <a href="{host}/guonei/">国内</a> <a href="{host}/caijing/">财经</a> <a href="{host}/pinglun/">评论</a> <a href="{host}/tupian/">图片</a> <a href="{host}/shipin/">视频</a> <a href="http://epaper.dcnews.example/">数字报</a></div></div>
<div class="wrap crumbs"><a href="{host}/">首页</a> &gt; <a href="{host}/caijing/">财经</a> &gt; 正文</div>
<div class="wrap main">
<div class="left-col">
<div class="article-head"><h1>{esc(F09_TITLE)}</h1><div class="info">{F09_INFO}</div></div>
<div class="article-body" id="artibody">
{content}
</div>
<div class="editor">（责任编辑：孟书涵）</div>
<div class="share-bar"><span>分享到：</span><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qzone">QQ空间</a></div>
<div class="related"><div class="related-tit">相关新闻</div><ul>{related}</ul></div>
</div>
<div class="right-col"><div class="box"><div class="box-tit">24小时排行</div><ol><li><a href="{host}/system/2017/03/06/a1.shtml">东川地铁4号线全线贯通</a></li><li><a href="{host}/system/2017/03/06/a2.shtml">今年我省将新建改建农村公路5000公里</a></li></ol></div></div>
</div>
<div class="footer"><p>东川新闻网版权所有　未经授权禁止转载</p><p>互联网新闻信息服务许可证：37120170003　东ICP备09002361号</p></div>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F09_TITLE,
        heads,
        body,
        (0, 1, 2, 4, 6, 9),
        [
            F09_INFO,
            "（责任编辑：孟书涵）",
            "分享到：",
            "相关新闻",
            F09_RELATED[1],
            "24小时排行",
            "东川新闻网版权所有",
            "东ICP备09002361号",
        ],
        "a provincial news site's feature (东川新闻网; site, paper, reporters made up): "
        "title in the <h1>, the date/来源/作者 line not body; div#artibody: the first "
        "paragraph is wholly inside <strong> but is a full paragraph (over 60 "
        "characters, several clauses, ending in 。): a bold lead, body and not a "
        "heading (a must_have); the seven subheads are all level 1, each marked "
        'differently: <p><b>, <p><span style="font-weight: bold;">, <p><font '
        'color="#c00000"><strong> (the text ends in ？, still a short subhead), '
        '<div class="subtitle"> bold and red only through the page\'s <style> rule, '
        '<p style="font-weight: 700; color: …">, two adjacent <strong> runs split '
        "after the colon (read as one head with the colon), <p><strong>…</strong><br>; "
        "the centred photo's caption paragraph (… 摄) is unscored; 责任编辑, share bar, "
        "相关新闻, 24小时排行 and footer are not body",
    )


# -------------------------------------------------- f10 WeChat official-account article

F10_YEAR = 2014
F10_ACCOUNT = "东川发布"
F10_TITLE = "划重点！今年政府工作这样干，这些变化与你有关"
F10_COLOR = "#1e6fff"
# (badge, level-1 head, ((level-2 head or None, refs), ...))
F10_OUTLINE: tuple[tuple[str, str, tuple[tuple[str | None, Refs], ...]], ...] = (
    (
        "01",
        "改革：向深化改革要动力",
        (("政府职能转变", (("（一）", 1),)), ("财税和金融改革", (("（一）", 3), ("（一）", 4)))),
    ),
    (
        "02",
        "开放：以开放倒逼改革",
        (("出口升级", (("（二）", 2),)), ("企业走出去", (("（二）", 3),))),
    ),
    ("03", "内需：消费和投资两手抓", ((None, (("（三）", 1), ("（三）", 2))),)),
    (
        "04",
        "民生：守住底线 突出重点",
        (
            ("就业", (("（八）", 1),)),
            ("收入分配", (("（八）", 2),)),
            ("社会保障", (("（八）", 3),)),
        ),
    ),
)
F10_TOP = "点击上方蓝字关注我们"
F10_SIGN = "来源：东川发布综合整理　编辑：林一苇　审核：许南星"
F10_LIKED = (
    "一图读懂｜2014年东川省政府工作报告",
    "速看！这些民生实事今年要办",
    "东川地铁最新进展来了",
)


def wx_p(text: str) -> str:
    return f'<p style="text-align: justify; line-height: 1.75em; margin-bottom: 15px;"><span style="font-size: 15px; color: rgb(62, 62, 62); letter-spacing: 1px;">{esc(text)}</span></p>'


def wx_divider(name: str) -> str:
    return f'<section style="text-align: center; margin: 10px 0px;" powered-by="xiumi.us"><img class="rich_pages wxw-img" data-ratio="0.0625" data-src="https://mmbiz.qpic.example/mmbiz_png/{uid("f10", name)[:24]}/640?wx_fmt=png" data-type="png" data-w="640" style="width: 100%; vertical-align: middle;" src="https://mmbiz.qpic.example/mmbiz_png/{uid("f10", name)[:24]}/640?wx_fmt=png&amp;tp=webp&amp;wxfrom=5&amp;wx_lazy=1"></section>'


def build_wechat(path: Path) -> Gold:
    body = texts(F10_YEAR, (("二、", 0),))
    heads: list[tuple[str, int]] = []
    parts = [
        f'<section style="text-align: center; margin-bottom: 10px;"><span style="font-size: 13px; color: rgb(136, 136, 136);">{F10_TOP}</span></section>',
        wx_divider("top"),
        wx_p(body[0]),
    ]
    for badge, head, subs in F10_OUTLINE:
        heads.append((head, 1))
        parts.append(
            '<section style="margin: 30px 0px 15px; display: flex; flex-flow: row nowrap; align-items: center;" powered-by="xiumi.us">'
            f'<section style="display: inline-block; width: 40px; height: 40px; border-radius: 50%; background-color: {F10_COLOR}; text-align: center; line-height: 40px; flex: 0 0 auto;"><span style="font-size: 18px; color: rgb(255, 255, 255);"><strong>{badge}</strong></span></section>'
            f'<section style="flex: 1 1 auto; margin-left: 10px; border-bottom: 1px dashed {F10_COLOR}; padding-bottom: 4px;"><section><span style="font-size: 18px; color: {F10_COLOR};"><strong>{esc(head)}</strong></span></section></section>'
            "</section>"
        )
        for sub, refs in subs:
            if sub:
                heads.append((sub, 2))
                parts.append(
                    f'<section style="margin: 20px 0px 10px; border-left: 4px solid {F10_COLOR}; padding-left: 8px;"><span style="font-size: 16px; color: rgb(51, 51, 51);"><strong>{esc(sub)}</strong></span></section>'
                )
            for t in texts(F10_YEAR, refs):
                body.append(t)
                parts.append(wx_p(t))
        parts.append(wx_divider(badge))
    parts += [
        '<section style="text-align: center; margin-top: 30px;"><span style="font-size: 14px; color: rgb(160, 160, 160); letter-spacing: 4px;">END</span></section>',
        f'<section style="text-align: center;"><img class="rich_pages wxw-img" data-ratio="1" data-src="https://mmbiz.qpic.example/mmbiz_jpg/{uid("f10", "qr")[:24]}/640?wx_fmt=jpeg" data-type="jpeg" data-w="258" style="width: 150px;" src="https://mmbiz.qpic.example/mmbiz_jpg/{uid("f10", "qr")[:24]}/640?wx_fmt=jpeg&amp;tp=webp&amp;wxfrom=5"></section>',
        '<section style="text-align: center;"><span style="font-size: 13px; color: rgb(136, 136, 136);">长按识别二维码　关注东川发布</span></section>',
        f'<section style="text-align: left; margin-top: 20px;"><span style="font-size: 12px; color: rgb(160, 160, 160);">{F10_SIGN}</span></section>',
    ]
    content = "\n".join(parts)
    liked = "".join(
        f'<li class="relate_article_item"><a href="https://mp.weixin.example/s/{uid("f10", t)[:22]}" class="relate_article_link"><span class="relate_article_title">{esc(t)}</span></a></li>'
        for t in F10_LIKED
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta property="og:title" content="{esc(F10_TITLE)}">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<title>{esc(F10_TITLE)}</title>
<link rel="stylesheet" type="text/css" href="//res.wx.qq.example/mmbizappmsg/zh_CN/htmledition/js/assets/appmsg.8c1b6f2a.css">
<script nonce="1284019275" type="text/javascript">var biz = "MzA5NjQ1MTc0Mg==", sn = "{uid("f10", "sn")[:32]}", mid = "2650319722", idx = "1"; var msg_title = "{F10_TITLE}"; var nickname = "{F10_ACCOUNT}";</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default appmsg_style_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
{esc(F10_TITLE)}
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_meta_item">原创</span>
<span class="rich_media_meta rich_media_meta_text">东川发布</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">{F10_ACCOUNT}</a></span>
<em id="publish_time" class="rich_media_meta rich_media_meta_text">2014-03-06 21:30</em>
</div>
<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">
<section style="padding: 0px 8px; box-sizing: border-box;" data-role="outer" label="Powered by 135editor.com">
{content}
</section>
</div>
<div class="rich_media_tool" id="js_toobar3">
<div class="weui-flex"><div class="weui-flex__item"><a id="js_view_source" class="media_tool_meta meta_primary" href="javascript:void(0);">阅读原文</a></div></div>
<div class="rich_media_tool_area"><button class="media_tool_meta meta_extra" id="js_like_btn">赞</button><button class="media_tool_meta meta_extra" id="js_share_btn">分享</button><button class="media_tool_meta meta_extra" id="js_looking_btn">在看</button></div>
</div>
<div class="discuss_container"><div class="mod_title_context"><span class="mod_title">写留言</span></div></div>
</div>
</div>
</div>
<div class="rich_media_area_extra"><div class="relate_article_list"><div class="relate_mod_title">喜欢此内容的人还喜欢</div><ul>{liked}</ul></div></div>
<div id="js_pc_qr_code" class="qr_code_pc_outer"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102&amp;__biz=MzA5NjQ1MTc0Mg=="><p>微信扫一扫<br>关注该公众号</p></div></div>
</div>
</div>
<div id="js_pc_close_btn" class="weui-desktop-popover" style="display: none;">预览时标签不可点</div>
<script type="text/javascript" src="//res.wx.qq.example/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.7f0e3a9c.js"></script>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F10_TITLE,
        heads,
        body,
        (0, 1, 2, 4, 6, 8),
        [
            F10_TOP,
            "长按识别二维码　关注东川发布",
            F10_SIGN,
            "阅读原文",
            "写留言",
            "喜欢此内容的人还喜欢",
            F10_LIKED[0],
            "微信扫一扫关注该公众号",
        ],
        "a WeChat official-account article (mp.weixin-like; account, editors made up), "
        "saved after its scripts ran (#js_content visible): title the "
        "h1#activity-name, 原创/account/time meta not body; #js_content holds editor "
        "(135/秀米-like) <section> nests: 点击上方蓝字关注我们 and decorative divider "
        "images are not body; the opening paragraph is body; level-1 heads are "
        '<section><span style="font-size: 18px; color: …"><strong>…</strong></span>'
        "</section> inside a flex row whose first section is a round numbered badge "
        "(01-04, white bold digits in a coloured circle): the badge is decoration, "
        "not part of the head text; level-2 heads are bold 16px sections with a "
        "coloured left border, no number; 03 has no level-2 heads; paragraphs are "
        "<p><span style=…> lines; END, the QR image, 长按识别二维码, the 来源/编辑/审核 "
        "line, 阅读原文, 赞/分享/在看, 写留言, 喜欢此内容的人还喜欢 and the PC QR box "
        "(微信扫一扫关注该公众号) are not body",
    )


# ------------------------------------------------ f11 news CMS with h2/h3/h4 subheads

F11_YEAR = 2013
F11_SITE = "东川观察"
F11_TITLE = "深读政府工作报告：五年成就与今年发展的总体要求"
F11_INFO = "发布时间：2013-03-06 16:20　来源：东川观察　作者：乔文舟"
# (head, level, refs, anchor)
F11_OUTLINE: tuple[tuple[str, int, Refs, str], ...] = (
    ("一、五年发展成就", 1, (), "s1"),
    ("（一）有效应对国际金融危机", 2, (("一、", 1), ("一、", 3)), ""),
    ("（二）实施科教兴国战略", 2, (), ""),
    ("教育投入", 3, (("一、", 7),), ""),
    ("自主创新", 3, (("一、", 8),), ""),
    ("人才队伍", 3, (("一、", 9),), ""),
    ("（三）深化改革扩大开放", 2, (("一、", 11), ("一、", 12)), "s1-3"),
    ("二、2013年的总体要求", 1, (("二、", 2), ("二、", 3)), "s2"),
    ("（一）经济增长预期", 2, (("二、", 4),), ""),
    ("（二）物价总水平", 2, (("二、", 5),), ""),
    ("三、宏观政策取向", 1, (), "s3"),
    ("积极的财政政策", 2, (("二、", 6),), ""),
    ("稳健的货币政策", 2, (("二、", 7),), ""),
)
F11_RELATED = (
    "图解：五年来经济社会发展成就",
    "代表委员谈今年经济增长预期目标",
    "专家：稳健货币政策要把握好度",
)
F11_TAGS = ("政府工作报告", "两会", "宏观经济", "财政政策")


def build_cms_headings(path: Path) -> Gold:
    host = "https://www.dcguancha.example"
    body = texts(F11_YEAR, (("一、", 0),))
    heads: list[tuple[str, int]] = []
    parts = [f"<p>{esc(body[0])}</p>"]
    toc = "".join(f'<li><a href="#{a}">{esc(h)}</a></li>' for h, lv, _, a in F11_OUTLINE if lv == 1)
    parts.append(f'<div class="art-guide"><p class="guide-tit">本文导读</p><ul>{toc}</ul></div>')
    for head, lv, refs, anchor in F11_OUTLINE:
        heads.append((head, lv))
        tag = f"h{lv + 1}"
        if lv == 1:
            parts.append(f'<h2 id="{anchor}" class="art-h2">{esc(head)}</h2>')
        elif anchor:
            num, rest = head[:3], head[3:]
            parts.append(
                f'<h3><a name="{anchor}"></a><span class="num">{esc(num)}</span>{esc(rest)}</h3>'
            )
        else:
            parts.append(f"<{tag}>{esc(head)}</{tag}>")
        for t in texts(F11_YEAR, refs):
            body.append(t)
            parts.append(f"<p>{esc(t)}</p>")
    content = "\n".join(parts)
    related = "".join(
        f'<li><a href="{host}/news/2013/03/{uid("f11", t)[:10]}.html"><img src="{host}/uploads/2013/03/thumb{k}.jpg" alt=""><span>{esc(t)}</span></a></li>'
        for k, t in enumerate(F11_RELATED)
    )
    tags = "".join(f'<a href="{host}/tag/{uid("f11tag", t)[:6]}">{esc(t)}</a>' for t in F11_TAGS)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(F11_TITLE)} | {F11_SITE}</title>
<link rel="stylesheet" href="{host}/wp-content/themes/dcnews/style.css?ver=2.3.1">
<style>.art-content h2{{font-size:20px;border-left:4px solid #c00;padding-left:10px}}.art-content h3{{font-size:18px}}.art-content h4{{font-size:16px;color:#555}}.art-content h3 .num{{color:#c00;margin-right:4px}}</style>
</head>
<body class="post-template-default single single-post postid-20811">
<header class="site-header"><div class="container"><div class="site-logo"><a href="{host}/">{F11_SITE}</a><span class="slogan">看懂东川 读懂经济</span></div><nav class="main-nav"><ul><li><a href="{host}/">首页</a></li><li class="current-menu-item"><a href="{host}/category/jingji/">经济</a></li><li><a href="{host}/category/shizheng/">时政</a></li><li><a href="{host}/category/chengshi/">城市</a></li><li><a href="{host}/category/shuju/">数据</a></li></ul></nav></div></header>
<div class="container site-main">
<main class="content-area">
<article class="post-20811 post type-post status-publish">
<header class="entry-header"><div class="entry-cat"><a href="{host}/category/jingji/">经济</a></div><h1 class="entry-title">{esc(F11_TITLE)}</h1><div class="entry-meta">{F11_INFO}</div></header>
<div class="entry-content art-content">
{content}
</div>
<footer class="entry-footer"><div class="entry-tags">标签：{tags}</div><div class="copyright-note">本文为东川观察原创稿件，转载请注明出处。</div></footer>
</article>
<section class="comments-area" id="comments"><h2 class="comments-title">网友评论</h2><p class="no-comments">暂无评论，快来抢沙发吧！</p><form class="comment-form"><textarea name="comment" placeholder="说点什么吧…"></textarea><button type="submit">发表评论</button></form></section>
</main>
<aside class="sidebar widget-area">
<section class="widget widget-related"><h2 class="widget-title">相关阅读</h2><ul>{related}</ul></section>
<section class="widget widget-tags"><h2 class="widget-title">热门标签</h2><div class="tagcloud">{tags}</div></section>
</aside>
</div>
<footer class="site-footer"><div class="container footer-cols">
<div class="footer-col"><h3>关于我们</h3><p><a href="{host}/about/">东川观察简介</a></p><p><a href="{host}/join/">加入我们</a></p></div>
<div class="footer-col"><h3>联系我们</h3><p>新闻热线：0531-88867210</p><p>投稿邮箱：tougao@dcguancha.example</p></div>
<div class="footer-col"><h4>友情链接</h4><p><a href="http://www.dcnews.example/">东川新闻网</a> <a href="http://www.dongchuan.gov.example/">东川省人民政府</a></p></div>
</div><div class="footer-bottom">© 2013 东川观察　东ICP备12004415号-1</div></footer>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F11_TITLE,
        heads,
        body,
        (0, 1, 3, 6, 8, 10, 12),
        [
            "看懂东川 读懂经济",
            F11_INFO,
            "本文导读",
            "标签：",
            "本文为东川观察原创稿件，转载请注明出处。",
            "网友评论",
            "暂无评论，快来抢沙发吧！",
            "相关阅读",
            F11_RELATED[0],
            "热门标签",
            "新闻热线：0531-88867210",
            "东ICP备12004415号-1",
        ],
        "a news CMS page (WordPress-like theme; site and author made up): the title "
        "is the <h1 class=entry-title>, the site name a logo <div> with a slogan; the "
        "category link and 发布时间/来源/作者 line are not body; the opening paragraph "
        "is body; a 本文导读 box right after it lists the three level-1 heads as links "
        "(a table of contents: not headings, not body); article heads are real <h2> "
        "(level 1), <h3> (level 2) and <h4> (level 3, only under （二）实施科教兴国战略); "
        "（三）深化改革扩大开放 is an <h3> holding an empty <a name> anchor and a "
        "span.num （三） (heading text with its number); two level-2 heads under 三、 are "
        "unnumbered; the <h2> 网友评论 of the comment box, the sidebar's <h2> 相关阅读/"
        "热门标签 and the footer's <h3> 关于我们/联系我们 and <h4> 友情链接 are not article "
        "heads; tags, 原创 note, comments, sidebar and footer are not body",
    )


# ------------------------------- f12 association page, Word paste with outline levels

F12_YEAR = 2016
F12_SITE = "东川省机械工业联合会"
F12_TITLE = "2016年政府工作报告要点摘编（供会员单位学习参考）"
F12_INFO = "发布者：秘书处　发布时间：2016-03-21　浏览："
# (head, level, refs)
F12_OUTLINE: tuple[tuple[str, int, Refs], ...] = (
    ("一、2015年经济社会发展回顾", 1, ()),
    ("（一）主要指标", 2, (("一、", 0),)),
    ("（二）改革开放", 2, (("一、", 4), ("一、", 6))),
    ("二、“十三五”时期主要目标任务", 1, (("二、", 2), ("二、", 3))),
    ("三、2016年重点工作", 1, ()),
    ("（一）宏观经济政策", 2, ()),
    ("1.财政政策", 3, (("（一）", 1),)),
    ("2.货币政策", 3, (("（一）", 4),)),
    ("（二）供给侧结构性改革", 2, (("（二）", 3), ("（二）", 4))),
    ("（三）对外开放", 2, (("（五）", 1), ("（五）", 3))),
    ("四、需要企业重点关注的政策", 1, (("（二）", 2), ("（二）", 6))),
)
F12_TABLE_CAPTION = "表1　2015年主要经济指标"
F12_TABLE = (
    ("指标", "2015年", "说明"),
    ("国内生产总值", "67.7万亿元", "增长6.9%"),
    ("城镇新增就业", "1312万人", "超过全年预期目标"),
    ("服务业比重", "50.5%", "首次占据“半壁江山”"),
    ("消费对经济增长的贡献率", "66.4%", "—"),
    ("单位国内生产总值能耗", "下降5.6%", "—"),
)
FS = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体;color:black"


def mso_digits(text: str, style: str) -> str:
    """Word's runs: ASCII digits and signs in their own lang=EN-US spans."""
    out: list[str] = []
    for k, piece in enumerate(re.split(r"([0-9.%]+)", text)):
        if not piece:
            continue
        if k % 2:
            out.append(
                f'<span lang="EN-US" style="{style};mso-fareast-font-family:仿宋_GB2312">{piece}</span>'
            )
        else:
            out.append(f'<span style="{style}">{esc(piece)}</span>')
    return "".join(out)


def mso_par(inner: str, outline: int = 0, indent: bool = True) -> str:
    style = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
    style += "line-height:28.0pt;mso-line-height-rule:exactly"
    if outline:
        style += f";mso-outline-level:{outline}"
    return f'<p class="MsoNormal" style="{style}">{inner}<span lang="EN-US" style="{FS}"><o:p></o:p></span></p>'


def f12_head(head: str, lv: int) -> str:
    if lv == 1:
        return mso_par(
            f"<b>{mso_digits(head, 'font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体')}</b>",
            1,
        )
    if lv == 2:
        return mso_par(
            mso_digits(head, "font-size:16.0pt;font-family:楷体_GB2312;mso-hansi-font-family:宋体"),
            2,
        )
    return mso_par(f"<b>{mso_digits(head, FS)}</b>", 3)


def build_assoc_outline(path: Path) -> Gold:
    host = "http://www.dcjxgy.example"
    body: list[str] = []
    heads: list[tuple[str, int]] = []
    word: list[str] = []
    for head, lv, refs in F12_OUTLINE:
        heads.append((head, lv))
        word.append(f12_head(head, lv))
        for t in texts(F12_YEAR, refs):
            body.append(t)
            word.append(mso_par(mso_digits(t, FS)))
        if head.startswith("（一）主要指标"):
            cell = "font-size:12.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
            rows = "".join(
                "<tr>"
                + "".join(
                    f'<td width="189" valign="top" style="width:141.8pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center">{"<b>" if r == 0 else ""}{mso_digits(c, cell)}{"</b>" if r == 0 else ""}</p></td>'
                    for c in row
                )
                + "</tr>"
                for r, row in enumerate(F12_TABLE)
            )
            word.append(
                f'<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">{mso_digits(F12_TABLE_CAPTION, "font-size:14.0pt;font-family:黑体")}</p>'
                f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">{rows}</table>'
            )
    pasted = "\n".join(word)
    page = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{F12_SITE}--{esc(F12_TITLE)}</title>
<link href="{host}/css/style.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="{host}/images/top_banner.jpg" width="1000" height="130" alt="{F12_SITE}"></td></tr>
<tr><td class="menu" height="36" align="center"><a href="{host}/">网站首页</a>　|　<a href="{host}/about.asp">联合会简介</a>　|　<a href="{host}/news.asp?bid=1">工作动态</a>　|　<a href="{host}/news.asp?bid=2">行业资讯</a>　|　<a href="{host}/news.asp?bid=3">政策法规</a>　|　<a href="{host}/news.asp?bid=4">学习资料</a>　|　<a href="{host}/member.asp">会员单位</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="left"><table width="100%"><tr><td class="lefttit">学习资料</td></tr><tr><td class="leftlist"><a href="{host}/news.asp?bid=4&amp;sid=1">政策学习</a><br><a href="{host}/news.asp?bid=4&amp;sid=2">会议精神</a><br><a href="{host}/news.asp?bid=4&amp;sid=3">专题资料</a></td></tr></table></td>
<td width="770" valign="top">
<table width="96%" align="center"><tr><td class="position">您的位置：<a href="{host}/">首页</a> &gt;&gt; <a href="{host}/news.asp?bid=4">学习资料</a></td></tr>
<tr><td class="newstitle" align="center" height="50"><font size="4" color="#003399"><b>{esc(F12_TITLE)}</b></font></td></tr>
<tr><td class="newsinfo" align="center">{F12_INFO}<script language="javascript" src="{host}/count.asp?id=1876"></script>次</td></tr>
<tr><td class="newscontent">
<div class="WordSection1" style="layout-grid:15.6pt">
{pasted}
</div>
</td></tr>
<tr><td align="right">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot"><tr><td align="center">版权所有：{F12_SITE}　地址：东川市高新区科创路88号　电话：0531-88190566<br>东ICP备06011872号　技术支持：东川华信网络</td></tr></table>
</body>
</html>
"""
    path.write_bytes(page.encode("utf-8"))
    return make_gold(
        page,
        F12_TITLE,
        heads,
        body,
        (0, 1, 3, 5, 7, 9, 11),
        [
            "联合会简介",
            "您的位置：",
            F12_INFO,
            "【打印】【关闭窗口】",
            f"版权所有：{F12_SITE}",
            "东ICP备06011872号",
        ],
        "an industry association's 学习资料 page on an old table-layout ASP site "
        "(association made up): the title is a bold <font> in td.newstitle (no "
        "heading element; also <title> after the site name); the 发布者/发布时间/浏览 "
        "line (with a counter <script>) is not body; the text is pasted from Word "
        "(div.WordSection1, p.MsoNormal, <o:p>, ASCII digits in lang=EN-US spans): "
        "all paragraphs share one indent and size, heads are told apart by "
        "mso-outline-level and fonts only: mso-outline-level:1 bold 黑体 一、 lines "
        "(level 1), mso-outline-level:2 楷体 （一） lines without bold (level 2), "
        "mso-outline-level:3 bold 仿宋 1./2. lines (level 3); 表1 caption and the "
        "MsoTableGrid table of figures (taken from the report's own numbers) are "
        "unscored; the left menu, 【打印】【关闭窗口】 and footer are not body",
    )


# ------------------------------------------------------------------------ main

BUILDERS: dict[str, Callable[[Path], Gold]] = {
    "f07_gov_jiedu_plain_numbered_heads.html": build_gov_jiedu,
    "f08_wiki_article_mw_headline.html": build_wiki,
    "f09_news_feature_mixed_bold_heads.html": build_news_feature,
    "f10_wechat_article_badge_sections.html": build_wechat,
    "f11_cms_h2_h3_h4_sidebar_heads.html": build_cms_headings,
    "f12_assoc_word_paste_outline_level.html": build_assoc_outline,
}

SOURCE_HEAD = (
    "# Documents made blind, twenty-seventh set (development data)\n\n"
    "Made blind (without looking at the readers or running them) as development data,\n"
    "each a pattern common in real Chinese files that the earlier sets lack, by two\n"
    "maker scripts (e07-e12 and f07-f12, see each row). Texts come only from the public\n"
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
    '| f07_gov_jiedu_plain_numbered_heads.html | written after the layout of provincial government portals\' 政策解读 pages (gov.cn-like), gwr 2016 (`eval/make_realdocs27_pages.py`, as f08-f12) | heading recall: heads are plain `<p>` lines with no bold and no heading element, `一、…` centred (`style="text-align: center;"` or `align="center"`, level 1) and `（一）…` indented like the body (`&emsp;&emsp;` or `text-indent: 2em`, level 2); 答记者问 part of `问：…？` lines (body, not heads) and `答：…` paragraphs; date/来源/字号 line, 纠错, 扫一扫, 相关稿件, 网站标识码 footer (not body); 8 heads |',
    "| f08_wiki_article_mw_headline.html | written after the layout of zh.wikipedia articles (Vector skin), gwr 2015 | heading recall: `h1#firstHeading` title, lead before the first `h2` (body), infobox, `#toc` box (目录 + numbered entries: not heads), `h2`/`h3`/`h4` > `span.mw-headline` + `[编辑]` edit links (levels 1/2/3, text without [编辑]), `[n]` reference marks, 参见/参考文献 sections (level-1 heads), navbox, 分类, navigation `<h2>`/`<h3>` menus and footer (not heads, not body); 12 heads |",
    '| f09_news_feature_mixed_bold_heads.html | written after the layout of provincial news sites\' features, gwr 2017 | heading recall: seven level-1 subheads each marked differently (`<p><b>`, `<span style="font-weight: bold;">`, `<font color><strong>` ending in ？, `div.subtitle` bold only by a `<style>` rule, `<p style="font-weight: 700">`, two adjacent `<strong>` runs, `<strong>…</strong><br>`); a bold lead paragraph wholly in `<strong>` (60+ characters, ends in 。: body, not a head); photo caption (unscored); 责任编辑, share, 相关新闻, 排行, footer (not body); 7 heads |',
    '| f10_wechat_article_badge_sections.html | written after the layout of WeChat official-account articles (mp.weixin-like, 135/秀米-like editor sections), gwr 2014 | heading recall: `#js_content` `<section>` nests; level-1 heads in `<section><span style="font-size: 18px; color: …"><strong>` with a separate round `01`-`04` badge section beside them (badge not part of the head), level-2 heads as bold sections with a coloured left border; 点击上方蓝字关注, divider images, END, QR, 来源/编辑/审核, 阅读原文, 赞/在看, 写留言, 喜欢此内容的人还喜欢 (not body); 11 heads |',
    "| f11_cms_h2_h3_h4_sidebar_heads.html | written after the layout of WordPress-like news CMS pages, gwr 2013 | heading recall and precision: article `<h1>`, real `<h2>`/`<h3>`/`<h4>` subheads (levels 1/2/3), one `<h3>` with an `<a name>` anchor and a `span.num` number, a 本文导读 link list of the heads (not heads); not article heads: the comment box's `<h2>` 网友评论, sidebar `<h2>` 相关阅读/热门标签, footer `<h3>`/`<h4>` columns; 13 heads |",
    "| f12_assoc_word_paste_outline_level.html | written after the layout of industry associations' old table-layout ASP sites with text pasted from Word, gwr 2016 | heading recall: title as a bold `<font>` in a table cell; `p.MsoNormal` paragraphs with one indent and size, heads told apart only by `mso-outline-level:1` + `<b>` 黑体 (level 1), `mso-outline-level:2` 楷体 without bold (level 2), `mso-outline-level:3` bold 仿宋 `1.` (level 3); ASCII digits in `lang=EN-US` spans, `<o:p>`; 表1 caption + `MsoTableGrid` table of figures (unscored); 发布者/浏览 line, 【打印】【关闭窗口】, footer (not body); 11 heads |",
]


def main(argv: list[str] | None = None) -> int:
    return prev20.make_scratch_pages(
        argv, __doc__, BUILDERS, "realdocs-made27", ROWS, SOURCE_HEAD, MINE
    )


if __name__ == "__main__":
    sys.exit(main())
