# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made2`` (n07-n12) and their gold annotations.

Development data for the HTML reader: six pages written after the layout of Chinese
sites (their markup from general knowledge of how such sites are built, not copied from
any page), with body text taken only from the government work reports 2013-2017
(``../shared/data/gov-work-reports``). The gold of each page is written by this script
from what it put on the page, before and independent of any reader output:

- ``n07_news_two_level.html``: a news portal article; ``<title>`` ``标题_频道_站名``,
  ``og:title``, ``<h1>``, a ``【摘要】`` summary box before the body (a body paragraph),
  byline with share buttons, bold-only ``<p><strong>`` subheads at two levels
  (``一、`` level 1, ``（一）`` level 2), a photo with a centred caption inside a
  section, the editor line, related news and a hot list with ``<h3>`` titles, a footer
  with an ICP number;
- ``n08_encyclopedia_dl.html``: an encyclopedia entry; ``<title>`` ``词条名_百科``,
  ``<h1>`` with an ``编辑`` link, a lead in ``lemma-summary``, a two-column ``<dl>``
  infobox, a table of contents under its own ``<h2>目录</h2>`` listing ``1``/``2.1``
  entries (not headings), ``h2`` sections with the section number in a ``<span>``,
  ``h3`` subsections, ``编辑`` links beside the headings, reference marks ``[1]``, a
  参考资料 list and page statistics;
- ``n09_gov_portal.html``: a provincial government portal; no ``<h1>`` at all: the
  title is a big bold ``<div class="article-title">``, ``<title>`` ``标题_站名``, a
  meta line (发布时间/来源/字号：大 中 小/打印本页), the body in ``TRS_Editor`` with a
  ``<style>`` block inside it, ``text-indent:2em`` paragraphs, headings as
  whole-paragraph bold (``<b>`` for ``一、`` level 1, ``font-weight:bold`` span for
  ``（一）`` level 2, one level-1 heading followed directly by a level-2 one), an
  attachment list, a footer with 主办单位/网站标识码/ICP;
- ``n10_blog_post.html``: a WordPress post; ``<title>`` ``标题 | 博客名``,
  ``h1.entry-title``, entry meta, ``h2``/``h3`` sections in ``entry-content``, a
  ``<figure>`` with ``<figcaption>``, a ``<blockquote>`` (body), a share block with its
  own ``<h3>`` inside ``entry-content``, tags, post navigation and comments with ``<h2>``
  titles, two comments, the reply form, sidebar widgets with ``<h2>`` titles;
- ``n11_wechat_article.html``: a WeChat official-account article; empty ``<title>``
  (title in ``og:title``, a script variable and ``h1#activity-name`` padded with
  newlines), account meta and a hidden profile card, content in ``#js_content`` (which
  the page ships with ``visibility: hidden`` and shows by script) built of
  ``<section>``/``<p>`` with inline-styled ``<span>``s (one paragraph has a bold
  phrase in its own run), subheads as ``<section>``s holding a big bold coloured
  ``<span>`` (``一、`` level 1, ``（一）`` level 2), a follow prompt at the top, ``▼ 往期推荐`` links, a QR
  prompt, source/editor line and ``阅读原文`` after the content;
- ``n12_news_no_subheads.html``: a short news story without subheads; ``<title>``
  ``标题--频道--站名``, an ``<h1>`` holding the main title, a ``<br>`` and a subtitle in
  ``<span class="sub">``, a dateline ``新华社北京3月5日电（记者 韩洁）`` opening the
  first paragraph, the editor line, related links and a footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs2_pages.py [--out eval/data/realdocs-made2]
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs as base

ROOT = Path(__file__).resolve().parents[1]
ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
PARA_START = re.compile(r"[\u4e00-\u9fff0-9“《]")
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SPACING = re.compile(rf"(?<=[{CJK}])[ \u00a0]+(?=[{CJK}])")


def section(year: int, head: str, n: int = 99, skip: int = 0) -> list[str]:
    """Whole paragraphs under the report heading that starts with ``head``.

    Only lines that are complete paragraphs of 60-600 characters: the line before ends
    a sentence (or is the heading), the line ends with a full stop, no zero-width
    characters (the 2017 text has link fragments split over several lines), no ``——``
    list items.
    """
    lines = [ln.strip() for ln in (base.GWR / f"gwr_{year}.zh.txt").read_text("utf-8").splitlines()]
    heads = set((base.GWR / f"gwr_{year}.headings.txt").read_text("utf-8").splitlines())
    start = next(i for i, ln in enumerate(lines) if ln in heads and ln.startswith(head))
    out: list[str] = []
    prev = lines[start]
    for ln in lines[start + 1 :]:
        if ln in heads:
            break
        if not ln:
            continue
        if (
            60 <= len(ln) <= 600
            and not ln.startswith("——")
            and not ZERO_WIDTH.search(ln)
            and PARA_START.match(ln)
            and (prev in heads or prev.endswith(("。", "！", "：")))
            and ln.endswith(("。", "！"))
        ):
            out.append(ln)
        prev = ln
    return out[skip : skip + n]


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def norm(s: str) -> str:
    """As the scorer compares text: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def visible_text(page: str) -> str:
    """All text of a page (tags removed, entities decoded), scripts and styles included."""
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<!--.*?-->", "", page, flags=re.S)))


def spread(body: list[str], idx: tuple[int, ...]) -> list[str]:
    return [base.clause(body[i]) for i in idx]


def gold_of(
    page: str,
    title: str,
    headings: list[tuple[str, int]],
    body: list[str],
    idx: tuple[int, ...],
    must_not: list[str],
    note: str,
) -> dict[str, Any]:
    """The gold of one page, checked against what the page holds."""
    text = norm(visible_text(page))
    all_body = norm("\n".join(body))
    must = spread(body, idx)
    assert 6 <= len(body) <= 12, len(body)
    assert len(must) == 5 and list(idx) == sorted(idx), idx
    assert norm(title) in text, title
    for h, _ in headings:
        assert norm(h) in text, h
    pos = 0
    for m in must:
        assert norm(m) in text, m
        i = all_body.find(norm(m), pos)
        assert i >= 0, m
        pos = i + len(norm(m))
    for s in must_not:
        assert norm(s) in text, s
        assert norm(s) not in all_body, s
    gold: dict[str, Any] = {
        "title": title,
        "headings": [{"text": h, "level": lv} for h, lv in headings],
        "must_have": must,
        "must_not_have": must_not,
        "running": [],
    }
    spaces = sum(len(SPACING.findall(p)) for p in body)
    if spaces:
        gold["spacing_allowance"] = spaces
    gold["note"] = note
    return gold


# ------------------------------------------------------------------ n07 news portal


def build_news_two_level(path: Path) -> dict[str, Any]:
    title = "政府工作报告全景解读：稳增长与结构性改革双轮驱动"
    summary = section(2016, "二、")[4]
    blocks: list[tuple[str, int, list[str]]] = [
        ("一、2015年工作回顾", 1, [section(2016, "一、")[i] for i in (2, 14)]),
        ("二、“十三五”时期主要目标任务和重大举措", 1, section(2016, "二、", 1, 1)),
        ("三、2016年重点工作", 1, section(2016, "三、", 1, 1)),
        (
            "（一）稳定和完善宏观经济政策，保持经济运行在合理区间。",
            2,
            [section(2016, "（一）")[i] for i in (1, 4)],
        ),
        (
            "（二）加强供给侧结构性改革，增强持续增长动力。",
            2,
            [section(2016, "（二）")[i] for i in (3, 6)],
        ),
    ]
    body = [summary]
    parts: list[str] = []
    for head, level, paras in blocks:
        parts.append(f"<p><strong>{esc(head)}</strong></p>")
        for k, p in enumerate(paras):
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
            if level == 2 and head.startswith("（一）") and k == 0:
                parts.append(
                    '<p style="text-align: center;"><img src="http://img.nfsdw.cn/2016/03/06/0a7e3f9c21b84d6e.jpg" width="600" height="400" border="0" alt=""></p>'
                )
                parts.append(
                    '<p class="pic-txt" style="text-align: center;"><font color="#666666">3月5日，第十二届全国人民代表大会第四次会议在北京人民大会堂开幕。（南方视点网记者陈晓摄）</font></p>'
                )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_时政频道_南方视点网</title>
<meta name="keywords" content="政府工作报告,两会,十三五,供给侧结构性改革">
<meta name="description" content="{esc(summary[:40])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="南方视点网">
<meta property="og:image" content="http://img.nfsdw.cn/2016/03/06/0a7e3f9c21b84d6e.jpg">
<meta name="publishdate" content="2016-03-06">
<meta name="source" content="南方视点网">
<link rel="stylesheet" href="http://static.nfsdw.cn/css/base.css?v=20160301">
<link rel="stylesheet" href="http://static.nfsdw.cn/css/article.css?v=20160301">
<style type="text/css">
.summary{{border:1px solid #dfe4ea;background:#f5f7fa;padding:10px 16px;margin:16px 0;font-size:14px;color:#555;line-height:26px}}
.art-content p{{text-indent:2em;line-height:30px;margin-bottom:18px;font-size:16px}}
.art-content .pic-txt{{text-indent:0;font-size:14px}}
</style>
<script type="text/javascript" src="http://static.nfsdw.cn/js/jquery-1.8.3.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?4e1d5b7c8a9f2e3d6c0b1a7f9e8d2c3b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
<body>
<div class="topbar"><div class="w1000 clearfix"><span class="fl">南方视点网 &gt; 时政频道</span><span class="fr"><a href="http://passport.nfsdw.cn/login">登录</a> | <a href="http://passport.nfsdw.cn/reg">注册</a> | <a href="http://m.nfsdw.cn/">手机版</a> | <a href="http://rss.nfsdw.cn/">RSS订阅</a></span></div></div>
<div class="header w1000 clearfix">
<a class="logo fl" href="http://www.nfsdw.cn/"><img src="http://static.nfsdw.cn/img/logo.png" alt="南方视点网" width="220" height="60"></a>
<div class="search fr"><form action="http://search.nfsdw.cn/" method="get" target="_blank"><input type="text" name="q" class="ipt" placeholder="请输入关键词"><button type="submit" class="btn">搜索</button></form></div>
</div>
<div class="nav w1000"><ul class="clearfix"><li><a href="http://www.nfsdw.cn/">首页</a></li><li class="on"><a href="http://www.nfsdw.cn/politics/">时政</a></li><li><a href="http://www.nfsdw.cn/finance/">财经</a></li><li><a href="http://www.nfsdw.cn/society/">社会</a></li><li><a href="http://www.nfsdw.cn/world/">国际</a></li><li><a href="http://www.nfsdw.cn/opinion/">评论</a></li><li><a href="http://www.nfsdw.cn/photo/">图片</a></li><li><a href="http://www.nfsdw.cn/video/">视频</a></li><li><a href="http://www.nfsdw.cn/zt/2016lh/">2016全国两会</a></li></ul></div>
<div class="crumb w1000">当前位置：<a href="http://www.nfsdw.cn/">首页</a> &gt; <a href="http://www.nfsdw.cn/politics/">时政</a> &gt; 正文</div>
<div class="main w1000 clearfix">
<div class="left-col fl">
<div class="article" id="article">
<h1 class="art-title">{title}</h1>
<div class="art-info clearfix">
<span class="time">2016-03-06 09:12:47</span>
<span class="source">来源：<a href="http://www.nfsdw.cn/" target="_blank">南方视点网</a></span>
<span class="author">作者：陈晓</span>
<div class="share-btns fr"><span>分享到：</span><a href="javascript:;" class="share-wx" title="分享到微信">微信</a><a href="javascript:;" class="share-wb" title="分享到新浪微博">微博</a><a href="javascript:;" class="share-qz" title="分享到QQ空间">QQ空间</a></div>
</div>
<div class="summary"><p>【摘要】{esc(summary)}</p></div>
<div class="art-content" id="content">
{content}
</div>
<p class="editor" style="text-align: right;">（责任编辑：王琳）</p>
<div class="art-tools"><a href="javascript:window.print();">打印本文</a><a href="javascript:;" id="addFav">收藏</a><a href="http://www.nfsdw.cn/jiucuo/" target="_blank">我要纠错</a></div>
</div>
<div class="related">
<div class="hd"><h3>相关新闻</h3></div>
<ul>
<li><a href="http://www.nfsdw.cn/politics/2016-03/05/c_1118240117.htm" target="_blank">代表委员热议政府工作报告里的民生关键词</a><span>2016-03-05</span></li>
<li><a href="http://www.nfsdw.cn/politics/2016-03/05/c_1118240392.htm" target="_blank">图解：十张图带你读懂今年的政府工作报告</a><span>2016-03-05</span></li>
<li><a href="http://www.nfsdw.cn/finance/2016-03/06/c_1118248011.htm" target="_blank">经济学家：6.5%－7%的增长区间留有余地</a><span>2016-03-06</span></li>
</ul>
</div>
<div class="comment-box" id="comment"><div class="hd"><h3>网友评论</h3><span>已有<em>0</em>人参与</span></div><textarea placeholder="文明上网，理性发言"></textarea><a href="javascript:;" class="btn-post">发表评论</a><p class="tip">网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述</p></div>
</div>
<div class="right-col fr">
<div class="side-box hot">
<div class="hd"><h3>热点排行</h3></div>
<ol>
<li><span class="num n1">1</span><a href="http://www.nfsdw.cn/politics/2016-03/05/c_1118239911.htm">全国人大四次会议在京开幕</a></li>
<li><span class="num n2">2</span><a href="http://www.nfsdw.cn/society/2016-03/05/c_1118241130.htm">两会上的“部长通道”有多热</a></li>
<li><span class="num n3">3</span><a href="http://www.nfsdw.cn/finance/2016-03/05/c_1118240775.htm">今年赤字率提高到3%意味着什么</a></li>
<li><span class="num">4</span><a href="http://www.nfsdw.cn/photo/2016-03/04/c_1118236508.htm">组图：代表委员抵京报到</a></li>
</ol>
</div>
<div class="side-box ad"><a href="http://www.nfsdw.cn/zt/2016lh/" target="_blank"><img src="http://static.nfsdw.cn/ad/2016lh_300x250.jpg" width="300" height="250" alt="2016全国两会专题"></a></div>
</div>
</div>
<div class="footer">
<p><a href="http://www.nfsdw.cn/about/">关于我们</a> | <a href="http://www.nfsdw.cn/ad/">广告服务</a> | <a href="http://www.nfsdw.cn/contact/">联系我们</a> | <a href="http://www.nfsdw.cn/sitemap/">网站地图</a> | <a href="http://www.nfsdw.cn/law/">法律声明</a></p>
<p>Copyright &copy; 2003-2016 南方视点网 版权所有　互联网新闻信息服务许可证：4412017000501　<a href="http://www.miitbeian.gov.cn/" target="_blank">粤ICP备12044571号</a></p>
</div>
<script type="text/javascript">
if (!window.JSON) {{ alert("您的浏览器版本过低，请升级后访问本站"); }}
$(".share-btns a").click(function () {{ var t = $(this).attr("class"); window.open("http://share.nfsdw.cn/?to=" + t + "&url=" + encodeURIComponent(location.href)); }});
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    headings = [(h, lv) for h, lv, _ in blocks]
    return gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 4, 6, 8),
        [
            "（责任编辑：王琳）",
            "代表委员热议政府工作报告里的民生关键词",
            "全国人大四次会议在京开幕",
            "粤ICP备12044571号",
            "分享到",
            "网友评论仅供其表达个人看法",
            "您的浏览器版本过低",
        ],
        "the 【摘要】 box is the first body paragraph (its label may go either way: the passage "
        "starts after it); the photo caption is neither required nor forbidden; "
        "（一）/（二） subheads keep their full stops as printed",
    )


# ------------------------------------------------------------ n08 encyclopedia entry


def build_encyclopedia_dl(path: Path) -> dict[str, Any]:
    name = "2013年国务院政府工作报告"
    lead = section(2013, "二、")[1]
    secs: list[tuple[str, str, list[tuple[str, str]]]] = [
        ("1", "报告背景", []),
        (
            "2",
            "主要内容",
            [
                ("过去五年工作回顾", section(2013, "一、")[4]),
                ("主要预期目标", section(2013, "二、")[3]),
                ("宏观经济政策", section(2013, "二、")[7]),
            ],
        ),
        (
            "3",
            "工作建议",
            [
                ("转变经济发展方式", section(2013, "（一）")[2]),
                ("推动城乡发展一体化", section(2013, "（二）")[1]),
            ],
        ),
    ]
    sec_text = {
        "1": section(2013, "一、")[0],
        "2": section(2013, "二、")[0],
        "3": section(2013, "（一）")[0],
    }
    sups = {"1": 1, "主要预期目标": 2, "3": 3}
    body = [lead]
    headings: list[tuple[str, int]] = []
    toc: list[str] = []
    parts: list[str] = []
    lemma_id = 8761342

    def para(key: str, text: str) -> str:
        sup = ""
        if key in sups:
            n = sups[key]
            sup = f'<sup class="sup--normal" data-sup="{n}" data-ctrmap=":{n},">&nbsp;[{n}]</sup><a class="sup-anchor" name="ref_[{n}]_{lemma_id}">&nbsp;</a>'
        return f'<div class="para" label-module="para">{esc(text)}{sup}</div>'

    for num, head, subs in secs:
        toc.append(
            f'<li class="level1"><span class="index">{num}</span><span class="text"><a href="#{num}">{head}</a></span></li>'
        )
        parts.append(
            f'<div class="anchor-list"><a name="{num}" class="lemma-anchor para-title"></a><a name="sub{lemma_id}_{num}" class="lemma-anchor"></a><a name="{head}" class="lemma-anchor"></a></div>'
        )
        parts.append(
            f'<div class="para-title level-2" label-module="para-title"><h2 class="title-text"><span class="title-prefix">{num}</span>{head}</h2><a class="edit-icon j-edit-link" data-edit-dl="{num}" href="javascript:;"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a></div>'
        )
        headings.append((f"{num} {head}", 1))
        parts.append(para(num, sec_text[num]))
        body.append(sec_text[num])
        for j, (sub, text) in enumerate(subs, 1):
            toc.append(
                f'<li class="level2"><span class="index">{num}.{j}</span><span class="text"><a href="#{num}_{j}">{sub}</a></span></li>'
            )
            parts.append(
                f'<div class="anchor-list"><a name="{num}_{j}" class="lemma-anchor para-title"></a><a name="{sub}" class="lemma-anchor"></a></div>'
            )
            parts.append(
                f'<div class="para-title level-3" label-module="para-title"><h3 class="title-text">{sub}</h3><a class="edit-icon j-edit-link" data-edit-dl="{num}_{j}" href="javascript:;"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a></div>'
            )
            headings.append((sub, 2))
            parts.append(para(sub, text))
            body.append(text)
    toc_html = "\n".join(toc)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<meta name="referrer" content="always">
<title>{name}_博闻百科</title>
<meta name="description" content="{esc(lead[:60])}...">
<meta name="keywords" content="{name} 政府工作报告 国务院 全国人大">
<link rel="canonical" href="https://baike.bowen.cn/item/{name}/{lemma_id}">
<link rel="stylesheet" href="https://bkssl.bowenstatic.com/static/wiki-lemma/pkg/wiki-lemma_5c7b9e1.css">
<style>.basic-info .basicInfo-block{{width:395px;float:left}}.basic-info .basicInfo-left{{margin-right:20px}}.lemma-catalog .catalog-list{{column-count:3}}</style>
<script>window.PAGE_DATA = {{"lemmaId": {lemma_id}, "lemmaTitle": "{name}", "isLogin": false}};</script>
</head>
<body class="wiki-lemma normal">
<div class="header-wrapper"><div class="header"><div class="layout"><div class="logo-container"><a class="logo cmn-inline-block" href="/" title="到博闻百科首页"><img src="https://bkssl.bowenstatic.com/static/img/logo.png" alt="博闻百科"></a></div>
<div class="search"><form id="searchForm" action="/search/word" method="GET"><input id="query" name="word" type="text" autocomplete="off" value="{name}"><button id="search" type="button">进入词条</button><button id="searchLemma" type="button">全站搜索</button><a class="help" href="/help" target="_blank">帮助</a></form></div></div></div></div>
<div class="navbar-wrapper"><dl class="cmn-inline-block"><dd><a href="/" class="index">首页</a></dd><dd><a href="/miaodong">秒懂百科</a></dd><dd><a href="/tese">特色百科</a></dd><dd><a href="/zhuanti">知识专题</a></dd><dd><a href="/join">加入百科</a></dd><dd><a href="/team">百科团队</a></dd><dd><a href="/hezuo">权威合作</a></dd><dd class="usercenter"><a href="/usercenter">个人中心</a></dd></dl></div>
<div class="body-wrapper"><div class="content-wrapper"><div class="content">
<div class="main-content">
<div class="top-tool"><a class="add-sense-btn" href="javascript:;">+ 添加义项</a><div class="top-collect"><span class="collect-text">收藏</span><span class="collect-num">126</span></div><a class="top-share" href="javascript:;">分享</a></div>
<dl class="lemmaWgt-lemmaTitle lemmaWgt-lemmaTitle-">
<dd class="lemmaWgt-lemmaTitle-title"><h1>{name}</h1><a href="javascript:;" class="edit-lemma cmn-btn-hover-blue cmn-btn-28 j-edit-link"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_edit-lemma"></em>编辑</a><a class="lock-lemma" target="_blank" href="/view/10812319.htm" title="锁定"><em class="cmn-icon wiki-lemma-icons wiki-lemma-icons_lock-lemma"></em>锁定</a></dd>
</dl>
<div class="promotion-declaration"></div>
<div class="lemma-summary" label-module="lemmaSummary">
<div class="para" label-module="para">{esc(lead)}</div>
</div>
<div class="lemmaWgt-promotion-leadPVBtn"></div>
<div class="basic-info cmn-clearfix">
<dl class="basicInfo-block basicInfo-left">
<dt class="basicInfo-item name">中文名</dt>
<dd class="basicInfo-item value">{name}</dd>
<dt class="basicInfo-item name">报告人</dt>
<dd class="basicInfo-item value">国务院总理</dd>
<dt class="basicInfo-item name">报告时间</dt>
<dd class="basicInfo-item value">2013年3月5日</dd>
</dl>
<dl class="basicInfo-block basicInfo-right">
<dt class="basicInfo-item name">会&nbsp;&nbsp;&nbsp;&nbsp;议</dt>
<dd class="basicInfo-item value">十二届全国人大一次会议</dd>
<dt class="basicInfo-item name">性&nbsp;&nbsp;&nbsp;&nbsp;质</dt>
<dd class="basicInfo-item value">政府公文</dd>
<dt class="basicInfo-item name">发布机构</dt>
<dd class="basicInfo-item value">中华人民共和国国务院</dd>
</dl>
</div>
<div class="lemmaWgt-lemmaCatalog">
<div class="lemma-catalog">
<h2 class="block-title">目录</h2>
<div class="catalog-list column-3">
<ol>
{toc_html}
</ol>
</div>
</div>
</div>
{content}
<div class="lemma-reference collapse nslog-area log-set-param" data-nslog-type="2" log-set-param="ext_reference">
<h2 class="headline-1 reference-title"><span class="headline-content">参考资料</span></h2>
<ul class="reference-list">
<li class="reference-item"><span class="index">1.</span><a class="gotop anchor" name="refIndex_1_{lemma_id}" title="向上跳转"></a><a rel="nofollow" href="http://www.gov.cn/test/2013-03/19/content_2357136.htm" target="_blank" class="text">政府工作报告（全文）<span class="linkIcon"></span></a><span class="site">．中国政府网</span><span>．2013-03-19</span><span class="refDate">[引用日期2016-06-12]</span></li>
<li class="reference-item"><span class="index">2.</span><a rel="nofollow" href="http://news.example-bowen.cn/2013/0305/gwr.html" target="_blank" class="text">今年经济增长预期目标定为7.5%左右<span class="linkIcon"></span></a><span class="site">．博闻新闻</span><span>．2013-03-05</span><span class="refDate">[引用日期2016-06-12]</span></li>
<li class="reference-item"><span class="index">3.</span><a rel="nofollow" href="http://news.example-bowen.cn/2013/0306/jd.html" target="_blank" class="text">专家解读政府工作报告<span class="linkIcon"></span></a><span class="site">．博闻新闻</span><span>．2013-03-06</span><span class="refDate">[引用日期2016-06-12]</span></li>
</ul>
</div>
<div id="open-tag"><dl class="open-tag-item"><dt class="open-tag-title">词条标签：</dt><dd id="open-tag-item"><span class="taglist">政治</span>，<span class="taglist">文献</span>，<span class="taglist">政府文件</span></dd></dl></div>
</div>
<div class="side-content">
<div class="lemmaWgt-sideStatistics"><dl class="side-box lemma-statistics"><dt class="title">词条统计</dt><dd class="description"><ul><li>浏览次数：<span id="j-lemmaStatistics-pv">38127</span>次</li><li>编辑次数：12次<a href="/historylist/{name}/{lemma_id}" target="_blank">历史版本</a></li><li>最近更新：<span class="j-modified-time">2016-06-12</span></li><li>创建者：<a href="/usercenter?uk=7c1a" target="_blank">政策观察员</a></li></ul></dd></dl></div>
</div>
</div></div></div>
<div class="wgt-footer-main"><div class="content"><ul class="footer-list"><li><a href="/help/new" target="_blank">新手上路</a></li><li><a href="/help/faq" target="_blank">我有疑问</a></li><li><a href="/feedback" target="_blank">投诉建议</a></li></ul><p class="copyright">&copy;2016&nbsp;Bowen&nbsp;<a href="/read" target="_blank">使用百科前必读</a>&nbsp;|&nbsp;<a href="/protocol" target="_blank">百科协议</a>&nbsp;|&nbsp;<a href="/privacy" target="_blank">隐私政策</a>&nbsp;|&nbsp;京ICP证030173号</p></div></div>
<script src="https://bkssl.bowenstatic.com/static/wiki-lemma/pkg/wiki-lemma_8a1f0d2.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold_of(
        page,
        name,
        headings,
        body,
        (0, 2, 4, 6, 8),
        [
            "2.1 过去五年工作回顾",
            "3.2 推动城乡发展一体化",
            "引用日期",
            "浏览次数",
            "词条标签",
            "使用百科前必读",
        ],
        "h2 headings are read with their visible section number (“1 报告背景”, as m03's "
        "“1 引言”); the TOC box (its own <h2>目录</h2> included) and 参考资料 are not "
        "headings; TOC level-1 entries read like the headings, so only the numbered "
        "level-2 entries (which differ from the unnumbered h3s) are in must_not_have; the "
        "reference marks [1]-[3] and the 编辑 links beside headings are neither required "
        "nor forbidden; the infobox (名称/值 rows) is the article's and may be kept "
        "(issue 19 asks for it), so its fields are not boilerplate",
    )


# ------------------------------------------------------------------ n09 gov portal


def build_gov_portal(path: Path) -> dict[str, Any]:
    title = "2014年政府工作报告（摘要）"
    blocks: list[tuple[str, int, list[str]]] = [
        ("一、2013年工作回顾", 1, [section(2014, "一、")[i] for i in (0, 4)]),
        ("二、2014年工作总体部署", 1, section(2014, "二、", 2, 1)),
        ("三、2014年重点工作", 1, []),
        ("（一）推动重要领域改革取得新突破。", 2, [section(2014, "（一）")[i] for i in (1, 3)]),
        ("（二）开创高水平对外开放新局面。", 2, section(2014, "（二）", 2, 1)),
        ("（三）增强内需拉动经济的主引擎作用。", 2, section(2014, "（三）", 1, 1)),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, level, paras in blocks:
        if level == 1:
            parts.append(f'<p style="text-indent: 2em;"><b>{esc(head)}</b></p>')
        else:
            parts.append(
                f'<p style="text-indent: 2em;"><span style="font-weight: bold; font-family: 楷体_GB2312;">{esc(head)}</span></p>'
            )
        for p in paras:
            parts.append(f'<p style="text-indent: 2em;">{esc(p)}</p>')
            body.append(p)
    content = "\n".join(parts)
    site = "南江省人民政府门户网站"
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.nanjiang.gov.cn" />
<meta name="SiteIDCode" content="4600000001" />
<meta name="ColumnName" content="政府工作报告" />
<meta name="ColumnType" content="政府工作报告" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2014-03-06 10:25" />
<meta name="ContentSource" content="省政府办公厅" />
<link href="/images/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/js/jquery.js"></script>
<script type="text/javascript">
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</head>
<body>
<div class="top"><div class="top-in"><span class="fl">今天是：<script type="text/javascript">var d = new Date(); document.write(d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日");</script></span><span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="javascript:;" id="zhs">长者模式</a> | <a href="javascript:;" id="fjt">繁體</a> | <a href="/english/">English</a></span></div></div>
<div class="banner"><img src="/images/banner_2014.jpg" width="1000" height="160" alt="{site}" /></div>
<div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjnj/">走进南江</a></li><li><a href="/sjkf/">数据开放</a></li></ul></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfgzbg/">政府工作报告</a></div>
<div class="article-box">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td>
<div class="article-title" style="font-size: 26px; font-weight: bold; text-align: center; color: #0b4da2; line-height: 40px; padding: 20px 0 10px;">{title}</div>
</td></tr>
<tr><td class="article-meta" align="center" style="border-bottom: 1px dashed #ccc; color: #666; font-size: 12px; padding-bottom: 8px;">
<span>发布时间：2014-03-06 10:25</span>&nbsp;&nbsp;<span>来源：省政府办公厅</span>&nbsp;&nbsp;<span>浏览次数：<span id="hits">3526</span></span>&nbsp;&nbsp;<span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>&nbsp;&nbsp;<a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a>
</td></tr>
<tr><td>
<div class="article-con" id="zoom">
<div class="TRS_Editor"><style type="text/css">
.TRS_Editor P{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}.TRS_Editor DIV,.TRS_Editor TD,.TRS_Editor TH,.TRS_Editor SPAN,.TRS_Editor FONT,.TRS_Editor UL,.TRS_Editor LI,.TRS_Editor A{{margin-top:0px;margin-bottom:12px;line-height:1.8;font-family:宋体;font-size:12pt;}}</style>
<div class="Custom_UnionStyle">
{content}
</div>
</div>
<div class="fujian" style="margin-top: 20px;">
<p>附件：</p>
<p><a href="/zwgk/zfgzbg/201403/P020140306512387654321.doc">1.2014年政府工作报告（全文）.doc</a></p>
<p><a href="/zwgk/zfgzbg/201403/P020140306512387654322.doc">2.政府工作报告名词解释.doc</a></p>
</div>
</div>
</td></tr>
</table>
<div class="article-tools"><a href="javascript:;" id="jiucuo">【我要纠错】</a> <a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ewm"><img src="/images/ewm_article.png" width="100" height="100" alt="" /><p>扫一扫在手机打开当前页</p></div>
<div class="xglj"><div class="xglj-hd">相关链接</div><ul><li><a href="/zwgk/zfgzbg/201303/t20130306_1001.html">2013年政府工作报告（摘要）</a></li><li><a href="/zwgk/zfgzbg/201203/t20120306_0876.html">2012年政府工作报告（摘要）</a></li></ul></div>
</div>
<div class="footer">
<p><a href="/about/">关于本网</a> | <a href="/sitemap/">网站地图</a> | <a href="/contact/">联系我们</a> | <a href="/help/">使用帮助</a></p>
<p>主办单位：南江省人民政府办公厅　承办单位：南江省信息中心</p>
<p>网站标识码：4600000001　<a href="http://www.miitbeian.gov.cn" target="_blank">南ICP备05003155号</a>　<img src="/images/ga.png" alt="" />南公网安备46010002000101号</p>
<p><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));</script><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C3D" target="_blank"><img src="/images/red.png" alt="党政机关" /></a></p>
</div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    headings = [(h, lv) for h, lv, _ in blocks]
    return gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 4, 6, 8),
        [
            "发布时间",
            "字号",
            "打印本页",
            "关闭窗口",
            "font-family:宋体",
            "扫一扫在手机打开当前页",
            "网站标识码",
            "南ICP备05003155号",
            "您当前的位置",
        ],
        "no <h1>: the title is the big bold div (the <title> adds the site name); the "
        "attachment list (附件：…) is neither required nor forbidden in the body, and "
        "附件： is not a heading; “三、2014年重点工作” is followed directly by “（一）…”",
    )


# -------------------------------------------------------------------- n10 blog post


def build_blog_post(path: Path) -> dict[str, Any]:
    title = "读2015年政府工作报告：几段值得细读的文字"
    blog = "听风小筑"
    intro = section(2015, "一、")[0]
    h2s: list[tuple[str, list[str], list[tuple[str, str]]]] = [
        ("2014年工作回顾", [section(2015, "一、")[3]], []),
        ("2015年工作总体部署", [section(2015, "二、")[4]], []),
        (
            "把改革开放扎实推向纵深",
            [section(2015, "三、")[0]],
            [
                ("多管齐下改革投融资体制", section(2015, "三、")[3]),
                ("深化国企国资改革", section(2015, "三、")[7]),
            ],
        ),
        ("持续推进民生改善和社会建设", [section(2015, "五、")[1]], []),
    ]
    quote = section(2015, "二、")[5]
    body = [intro]
    headings: list[tuple[str, int]] = []
    parts = [f"<p>{esc(intro)}</p>"]
    for h2, paras, h3s in h2s:
        parts.append(f'<h2 id="{len(headings) + 1}">{h2}</h2>')
        headings.append((h2, 1))
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
        if h2.startswith("2014"):
            parts.append(
                '<figure id="attachment_315" style="width: 840px" class="wp-caption aligncenter"><img class="size-large wp-image-315" src="https://tingfeng.blog/wp-content/uploads/2015/03/gwr2015-1024x576.jpg" alt="" width="840" height="473" srcset="https://tingfeng.blog/wp-content/uploads/2015/03/gwr2015-1024x576.jpg 1024w, https://tingfeng.blog/wp-content/uploads/2015/03/gwr2015-300x169.jpg 300w" sizes="(max-width: 709px) 85vw, (max-width: 909px) 67vw, (max-width: 1362px) 62vw, 840px" /><figcaption class="wp-caption-text">报告全文约一万七千字，本文只摘录其中几段（作者截图）</figcaption></figure>'
            )
        if h2.startswith("2015"):
            parts.append(f"<blockquote><p>{esc(quote)}</p></blockquote>")
            body.append(quote)
        for h3, p in h3s:
            parts.append(f"<h3>{h3}</h3>")
            headings.append((h3, 2))
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    parts.append(
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">分享此文：</h3><div class="sd-content"><ul><li class="share-weibo"><a rel="nofollow" class="share-weibo sd-button share-icon" href="https://tingfeng.blog/2015/03/08/gwr-2015/?share=weibo" target="_blank" title="分享到新浪微博"><span>微博</span></a></li><li class="share-wechat"><a rel="nofollow" class="share-wechat sd-button share-icon" href="javascript:;" title="分享到微信"><span>微信</span></a></li><li class="share-douban"><a rel="nofollow" class="share-douban sd-button share-icon" href="https://tingfeng.blog/2015/03/08/gwr-2015/?share=douban" target="_blank" title="分享到豆瓣"><span>豆瓣</span></a></li><li class="share-end"></li></ul></div></div></div>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="https://tingfeng.blog/xmlrpc.php">
<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{title} | {blog}</title>
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="{blog} &raquo; Feed" href="https://tingfeng.blog/feed/" />
<link rel="alternate" type="application/rss+xml" title="{blog} &raquo; 评论Feed" href="https://tingfeng.blog/comments/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/2.2.1\\/72x72\\/","ext":".png","source":{{"concatemoji":"https:\\/\\/tingfeng.blog\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=4.7.3"}}}};
</script>
<style type="text/css">
img.wp-smiley,img.emoji{{display:inline !important;border:none !important;box-shadow:none !important;height:1em !important;width:1em !important;margin:0 .07em !important;vertical-align:-0.1em !important;background:none !important;padding:0 !important;}}
</style>
<link rel='stylesheet' id='twentysixteen-style-css' href='https://tingfeng.blog/wp-content/themes/twentysixteen/style.css?ver=4.7.3' type='text/css' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='https://tingfeng.blog/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=4.7' type='text/css' media='all' />
<meta name="generator" content="WordPress 4.7.3" />
<link rel="canonical" href="https://tingfeng.blog/2015/03/08/gwr-2015/" />
<link rel='shortlink' href='https://tingfeng.blog/?p=312' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{title}" />
<meta property="og:site_name" content="{blog}" />
</head>
<body class="post-template-default single single-post postid-312 single-format-standard">
<div id="page" class="site">
<div class="site-inner">
<a class="skip-link screen-reader-text" href="#content">跳至内容</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-header-main">
<div class="site-branding">
<p class="site-title"><a href="https://tingfeng.blog/" rel="home">{blog}</a></p>
<p class="site-description">读书、读报与随想</p>
</div>
<button id="menu-toggle" class="menu-toggle">菜单</button>
<div id="site-header-menu" class="site-header-menu">
<nav id="site-navigation" class="main-navigation" role="navigation" aria-label="主菜单">
<div class="menu-main-container"><ul id="menu-main" class="primary-menu"><li id="menu-item-5" class="menu-item menu-item-type-custom"><a href="https://tingfeng.blog/">首页</a></li><li id="menu-item-7" class="menu-item menu-item-type-taxonomy current-post-ancestor"><a href="https://tingfeng.blog/category/notes/">读书笔记</a></li><li id="menu-item-9" class="menu-item menu-item-type-post_type"><a href="https://tingfeng.blog/about/">关于</a></li></ul></div>
</nav>
</div>
</div>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area">
<main id="main" class="site-main" role="main">
<article id="post-312" class="post-312 post type-post status-publish format-standard hentry category-notes tag-gwr tag-economy">
<header class="entry-header">
<h1 class="entry-title">{title}</h1>
<div class="entry-meta"><span class="posted-on">发表于 <a href="https://tingfeng.blog/2015/03/08/gwr-2015/" rel="bookmark"><time class="entry-date published" datetime="2015-03-08T21:14:05+08:00">2015年3月8日</time><time class="updated" datetime="2015-03-09T08:40:12+08:00">2015年3月9日</time></a></span><span class="byline"> · 作者 <span class="author vcard"><a class="url fn n" href="https://tingfeng.blog/author/tingfeng/">听风</a></span></span><span class="cat-links"> · 分类 <a href="https://tingfeng.blog/category/notes/" rel="category tag">读书笔记</a></span><span class="comments-link"> · <a href="https://tingfeng.blog/2015/03/08/gwr-2015/#comments">2条评论</a></span></div>
</header>
<div class="entry-content">
{content}
</div>
<footer class="entry-footer"><span class="tags-links"><span class="screen-reader-text">标签 </span>标签：<a href="https://tingfeng.blog/tag/gwr/" rel="tag">政府工作报告</a>，<a href="https://tingfeng.blog/tag/economy/" rel="tag">宏观经济</a>，<a href="https://tingfeng.blog/tag/notes/" rel="tag">读报</a></span><span class="edit-link"><a class="post-edit-link" href="https://tingfeng.blog/wp-admin/post.php?post=312&#038;action=edit">编辑</a></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation">
<h2 class="screen-reader-text">文章导航</h2>
<div class="nav-links"><div class="nav-previous"><a href="https://tingfeng.blog/2015/02/20/books/" rel="prev"><span class="meta-nav" aria-hidden="true">上一篇</span> <span class="post-title">春节读书清单：五本值得一读的经济学著作</span></a></div><div class="nav-next"><a href="https://tingfeng.blog/2015/03/15/spring/" rel="next"><span class="meta-nav" aria-hidden="true">下一篇</span> <span class="post-title">早春的玉渊潭</span></a></div></div>
</nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">《{title}》上有2条评论</h2>
<ol class="comment-list">
<li id="comment-41" class="comment even thread-even depth-1"><article id="div-comment-41" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/5a1c?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' /><b class="fn">小林</b><span class="says">说道：</span></div><div class="comment-metadata"><a href="https://tingfeng.blog/2015/03/08/gwr-2015/#comment-41"><time datetime="2015-03-09T08:02:11+08:00">2015年3月9日 上午8:02</time></a></div></footer><div class="comment-content"><p>整理得很清楚，尤其是财政那一段，收藏了慢慢看。</p></div><div class="reply"><a rel='nofollow' class='comment-reply-link' href='https://tingfeng.blog/2015/03/08/gwr-2015/?replytocom=41#respond' aria-label='回复给小林'>回复</a></div></article></li>
<li id="comment-43" class="comment odd alt thread-odd thread-alt depth-1"><article id="div-comment-43" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt='' src='https://secure.gravatar.com/avatar/9e0b?s=42&#038;d=mm&#038;r=g' class='avatar avatar-42 photo' height='42' width='42' /><b class="fn"><a href='http://weibo.com/u/18273645' rel='external nofollow' class='url'>阿木</a></b><span class="says">说道：</span></div><div class="comment-metadata"><a href="https://tingfeng.blog/2015/03/08/gwr-2015/#comment-43"><time datetime="2015-03-10T22:47:30+08:00">2015年3月10日 下午10:47</time></a></div></footer><div class="comment-content"><p>期待博主下一篇接着聊聊就业和养老金，写得比新闻稿好懂。</p></div><div class="reply"><a rel='nofollow' class='comment-reply-link' href='https://tingfeng.blog/2015/03/08/gwr-2015/?replytocom=43#respond' aria-label='回复给阿木'>回复</a></div></article></li>
</ol>
<div id="respond" class="comment-respond">
<h2 id="reply-title" class="comment-reply-title">发表评论 <small><a rel="nofollow" id="cancel-comment-reply-link" href="/2015/03/08/gwr-2015/#respond" style="display:none;">取消回复</a></small></h2>
<form action="https://tingfeng.blog/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">电子邮件地址不会被公开。</span> 必填项已用<span class="required">*</span>标注</p>
<p class="comment-form-comment"><label for="comment">评论</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" aria-required="true" required="required"></textarea></p>
<p class="comment-form-author"><label for="author">姓名 <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" aria-required='true' required='required' /></p>
<p class="comment-form-email"><label for="email">电子邮件 <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" aria-required='true' required='required' /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="发表评论" /> <input type='hidden' name='comment_post_ID' value='312' id='comment_post_ID' /></p>
</form>
</div>
</div>
</main>
</div>
<aside id="secondary" class="sidebar widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://tingfeng.blog/"><label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" placeholder="搜索&hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">搜索</span></button></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章</h2><ul>
<li><a href="https://tingfeng.blog/2015/03/15/spring/">早春的玉渊潭</a></li>
<li><a href="https://tingfeng.blog/2015/03/08/gwr-2015/">{title}</a></li>
<li><a href="https://tingfeng.blog/2015/02/20/books/">春节读书清单：五本值得一读的经济学著作</a></li>
<li><a href="https://tingfeng.blog/2015/01/31/winter/">冬日北京的胡同散步路线</a></li>
</ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2><ul>
<li><a href='https://tingfeng.blog/2015/03/'>2015年三月</a></li>
<li><a href='https://tingfeng.blog/2015/02/'>2015年二月</a></li>
<li><a href='https://tingfeng.blog/2015/01/'>2015年一月</a></li>
</ul></section>
<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类目录</h2><ul><li class="cat-item cat-item-2"><a href="https://tingfeng.blog/category/notes/">读书笔记</a></li><li class="cat-item cat-item-3"><a href="https://tingfeng.blog/category/life/">生活</a></li></ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info"><span class="site-title"><a href="https://tingfeng.blog/" rel="home">{blog}</a></span><a href="https://cn.wordpress.org/">自豪地采用WordPress</a> <a href="http://www.miitbeian.gov.cn/" target="_blank">京ICP备15012345号-1</a></div>
</footer>
</div>
</div>
<script type='text/javascript' src='https://tingfeng.blog/wp-content/themes/twentysixteen/js/functions.js?ver=20160816'></script>
<script type='text/javascript' src='https://tingfeng.blog/wp-includes/js/wp-embed.min.js?ver=4.7.3'></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 3, 6, 7),
        [
            "整理得很清楚，尤其是财政那一段",
            "期待博主下一篇接着聊聊就业和养老金",
            "分享此文",
            "电子邮件地址不会被公开",
            "春节读书清单",
            "冬日北京的胡同散步路线",
            "2015年三月",
            "自豪地采用WordPress",
        ],
        "the <blockquote> is body (the fourth passage); the <figcaption> is neither required "
        "nor forbidden; the <h3> of the share block inside entry-content and the <h2>s of "
        "post navigation, comments, reply form and widgets are not headings",
    )


# ------------------------------------------------------------- n11 WeChat article


def build_wechat(path: Path) -> dict[str, Any]:
    title = "速览！2017年政府工作报告要点都在这里"
    account = "南江发布"
    blocks: list[tuple[str, int, list[str]]] = [
        ("一、2016年工作回顾", 1, [section(2017, "一、")[i] for i in (2, 4)]),
        ("二、2017年工作总体部署", 1, section(2017, "二、", 2, 1)),
        ("三、2017年重点工作任务", 1, section(2017, "三、", 1)),
        ("（一）用改革的办法深入推进“三去一降一补”", 2, section(2017, "（一）", 2)),
        ("（二）深化重要领域和关键环节改革", 2, section(2017, "（二）", 1, 1)),
    ]
    span = '<span style="font-size: 15px; letter-spacing: 1px; color: rgb(62, 62, 62);">'
    pstyle = "margin: 0px 8px 16px; line-height: 1.75em; text-align: justify; white-space: normal; box-sizing: border-box;"
    body: list[str] = []
    parts: list[str] = [
        '<section style="margin: 0px 8px 10px; text-align: center; box-sizing: border-box;"><p style="text-align: center;"><span style="font-size: 12px; color: rgb(136, 136, 136);">点击上方蓝字“南江发布”关注我们</span></p></section>',
        '<p style="text-align: center;"><img class="rich_pages" data-ratio="0.5625" data-s="300,640" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/Qx3kP8vR2nT5yW1aB6cD9eF0gH4iJ7kL/640?wx_fmt=jpeg" data-type="jpeg" data-w="1080" style="width: 100%; height: auto;"></p>',
        "<p><br></p>",
    ]
    for head, level, paras in blocks:
        if level == 1:
            parts.append(
                f'<section style="margin: 24px 8px 12px; border-left: 4px solid rgb(204, 0, 0); padding-left: 8px; box-sizing: border-box;"><span style="font-size:18px;font-weight:bold;color:#c00">{esc(head)}</span></section>'
            )
        else:
            parts.append(
                f'<section style="margin: 16px 8px 10px; box-sizing: border-box;"><span style="font-size:16px;font-weight:bold;color:#333">{esc(head)}</span></section>'
            )
        for p in paras:
            body.append(p)
            if len(body) == 4:  # a phrase in bold mid-paragraph: three runs in one <p>
                a = p.index("积极的财政政策")
                b = a + len("积极的财政政策和稳健的货币政策")
                parts.append(
                    f'<p style="{pstyle}">{span}{esc(p[:a])}</span>{span}<strong>{esc(p[a:b])}</strong></span>{span}{esc(p[b:])}</span></p>'
                )
            else:
                parts.append(f'<p style="{pstyle}">{span}{esc(p)}</span></p>')
        parts.append("<p><br></p>")
    parts += [
        '<p style="text-align: center;"><span style="font-size: 14px; color: rgb(204, 0, 0);"><strong>▼ 往期推荐</strong></span></p>',
        '<p style="margin: 0px 8px;"><a href="http://mp.weixin.qq.com/s?__biz=MzA5NjE2ODQ0MA==&amp;mid=2650412278&amp;idx=1&amp;sn=3f1c0e" target="_blank" data-linktype="2">重磅！南江省2017年十件民生实事公布</a></p>',
        '<p style="margin: 0px 8px;"><a href="http://mp.weixin.qq.com/s?__biz=MzA5NjE2ODQ0MA==&amp;mid=2650412201&amp;idx=1&amp;sn=9a7d21" target="_blank" data-linktype="2">图解｜一图看懂南江2016年经济成绩单</a></p>',
        "<p><br></p>",
        '<section style="text-align: center; box-sizing: border-box;"><img class="rich_pages" data-ratio="1" data-src="https://mmbiz.qpic.cn/mmbiz_png/Qx3kP8vR2nT5yW1aB6cD9eF0gH4iJ7kQ/640?wx_fmt=png" data-type="png" data-w="258" style="width: 120px;"><p style="text-align: center;"><span style="font-size: 12px; color: rgb(153, 153, 153);">长按识别二维码关注我们</span></p></section>',
        '<p style="text-align: right; margin: 0px 8px;"><span style="font-size: 12px; color: rgb(153, 153, 153);">来源：新华社　编辑：小南　审核：江涛</span></p>',
    ]
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="apple-mobile-web-app-capable" content="yes">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<script nonce="1386457925" type="text/javascript">window.logs = {{pagetime: {{}}}}; window.logs.pagetime['html_begin'] = (+new Date());</script>
<link rel="dns-prefetch" href="//res.wx.qq.com">
<link rel="dns-prefetch" href="//mmbiz.qpic.cn">
<title></title>
<meta property="og:title" content="{title}" />
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NjE2ODQ0MA==&amp;mid=2650412315&amp;idx=1&amp;sn=c8e0a4" />
<meta property="og:image" content="http://mmbiz.qpic.cn/mmbiz_jpg/Qx3kP8vR2nT5yW1aB6cD9eF0gH4iJ7kL/0?wx_fmt=jpeg" />
<meta property="og:description" content="政府工作报告要点速览" />
<meta property="og:site_name" content="微信公众平台" />
<meta property="og:type" content="article" />
<meta property="og:article:author" content="{account}" />
<link rel="stylesheet" type="text/css" href="//res.wx.qq.com/mmbizwap/zh_CN/htmledition/style/page/appmsg_new/page_mp_article_improve3a7a6e.css">
<style>.rich_media_content{{overflow:hidden;color:#333;font-size:17px;word-wrap:break-word;text-align:justify}}.rich_media_content p{{clear:both;min-height:1em}}</style>
</head>
<body id="activity-detail" class="zh_CN mm_appmsg appmsg_skin_default appmsg_style_default" ontouchstart="">
<script nonce="1386457925" type="text/javascript">var write_sceen_time = (+new Date());</script>
<div id="js_article" class="rich_media">
<div id="js_top_ad_area" class="top_banner"></div>
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div id="img-content">
<h1 class="rich_media_title" id="activity-name">

                    {title}

</h1>
<div id="meta_content" class="rich_media_meta_list">
<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>
<em id="post-date" class="rich_media_meta rich_media_meta_text">2017-03-05</em>
<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" href="javascript:void(0);" id="post-user">{account}</a>
<div id="js_profile_qrcode" class="profile_container" style="display:none;">
<div class="profile_inner">
<strong class="profile_nickname">{account}</strong>
<img class="profile_avatar" id="js_profile_qrcode_img" src="" alt="">
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">nanjiangfabu</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">南江省人民政府新闻办公室官方微信，权威发布政务信息。</span></p>
</div>
<span class="profile_arrow_wrp" id="js_profile_arrow_wrp"><i class="profile_arrow arrow_out"></i><i class="profile_arrow arrow_in"></i></span>
</div>
</div>
<div class="rich_media_content " id="js_content" style="visibility: hidden;">
{content}
</div>
<script nonce="1386457925" type="text/javascript">var first_sceen__time = (+new Date()); if ("" == 1 && document.getElementById('js_content')) {{ document.getElementById('js_content').addEventListener("selectstart", function (e) {{ e.preventDefault(); }}); }}</script>
<div class="ct_mpda_wrp" id="js_sponsor_ad_area" style="display:none;"></div>
<div class="rich_media_tool" id="js_toobar3">
<a class="media_tool_meta meta_primary" id="js_view_source" href="http://www.gov.cn/premier/2017-03/16/content_5177940.htm">阅读原文</a>
<div id="js_read_area3" class="media_tool_meta tips_global meta_primary" style="display:none;">阅读 <span id="readNum3"></span></div>
<span style="display:none;" class="media_tool_meta meta_extra meta_praise" id="like3"><i class="icon_praise_gray"></i><span class="praise_num" id="likeNum3"></span></span>
<a id="js_report_article3" style="display:none;" class="media_tool_meta tips_global meta_extra" href="javascript:void(0);">投诉</a>
</div>
</div>
</div>
<div id="js_pc_qr_code" class="qr_code_pc_outer" style="display:none;"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img"><p>微信扫一扫<br>关注该公众号</p></div></div></div>
</div>
</div>
<script nonce="1386457925" type="text/javascript">
var nickname = "{account}";
var msg_title = "{title}";
var msg_desc = "政府工作报告要点速览";
var msg_link = "http://mp.weixin.qq.com/s?__biz=MzA5NjE2ODQ0MA==&amp;mid=2650412315&amp;idx=1&amp;sn=c8e0a4#rd";
var ct = "1488672000";
var publish_time = "2017-03-05" || "";
window.onload = function () {{ document.getElementById("js_content").style.visibility = "visible"; }};
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    headings = [(h, lv) for h, lv, _ in blocks]
    return gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 3, 5, 7),
        [
            "点击上方蓝字",
            "往期推荐",
            "重磅！南江省2017年十件民生实事公布",
            "长按识别二维码关注",
            "编辑：小南",
            "阅读原文",
            "南江省人民政府新闻办公室官方微信",
            "微信扫一扫",
        ],
        "<title> is empty: the title is og:title / h1#activity-name (trimmed); #js_content is "
        "shipped with visibility:hidden and shown by script, a reader sees it; the follow "
        "prompt, ▼ 往期推荐 links, QR prompt and source/editor line sit inside #js_content "
        "but are not article text",
    )


# ------------------------------------------------------ n12 news without subheads


def build_news_no_subheads(path: Path) -> dict[str, Any]:
    main_title = "政府工作报告：今年经济增长预期目标7.5%左右"
    sub_title = "居民消费价格涨幅控制在3.5%左右"
    paras = base.paragraphs(2013, 6, skip=10)
    dateline = "新华社北京3月5日电（记者 韩洁）"
    body = [dateline + paras[0], *paras[1:]]
    content = "\n".join(f"<p>{esc(p)}</p>" for p in body)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{main_title}--时政--华夏在线</title>
<meta name="keywords" content="政府工作报告 经济增长 预期目标" />
<meta name="description" content="{esc(paras[0][:50])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="F_1001" />
<meta name="contentid" content="F_20130305_20674811" />
<meta name="publishdate" content="2013-03-05" />
<meta name="author" content="F_2001" />
<meta name="source" content="来源：新华网 原创稿" />
<link href="http://tools.hxzx.com.cn/css/2012/p_content.css" type="text/css" rel="stylesheet" media="all" />
<script src="http://tools.hxzx.com.cn/js/jquery-1.7.2.min.js" type="text/javascript"></script>
</head>
<body>
<div class="hx_nav clearfix"><div class="w1000"><a href="http://www.hxzx.com.cn/" target="_blank"><img src="http://tools.hxzx.com.cn/img/logo_small.gif" alt="华夏在线" /></a><span><a href="http://politics.hxzx.com.cn/" target="_blank">时政</a> | <a href="http://finance.hxzx.com.cn/" target="_blank">财经</a> | <a href="http://society.hxzx.com.cn/" target="_blank">社会</a> | <a href="http://world.hxzx.com.cn/" target="_blank">国际</a> | <a href="http://opinion.hxzx.com.cn/" target="_blank">观点</a> | <a href="http://pic.hxzx.com.cn/" target="_blank">图片</a></span></div></div>
<div class="clearfix w1000 col_1">
<div class="d2_left wb_left fl">
<div class="path"><a href="http://www.hxzx.com.cn/" class="clink">华夏在线</a>&gt;&gt;<a href="http://politics.hxzx.com.cn/" class="clink">时政</a>&gt;&gt;<a href="http://politics.hxzx.com.cn/GB/1024/" class="clink">高层动态</a></div>
<div class="text_title">
<h1 id="p_title">{main_title}<br /><span class="sub">{sub_title}</span></h1>
<div class="box01"><div class="fl">2013年03月05日10:41&nbsp;&nbsp;来源：<a href="http://www.xinhuanet.com/" target="_blank">新华网</a></div><div class="fr"><span class="zoom">【字号 <a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</span><a href="javascript:window.print();">打印</a><a href="http://bbs1.hxzx.com.cn/" target="_blank">留言</a></div></div>
</div>
<div class="box_con" id="p_content">
{content}
<div class="edit clearfix">（责编：张明、刘芳）</div>
</div>
<div class="share clearfix"><span>分享到：</span><a href="javascript:;" class="wb">新浪微博</a><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="qzone">QQ空间</a></div>
<div class="box_news"><h2>相关新闻</h2><ul class="list_16">
<li><a href="http://politics.hxzx.com.cn/n/2013/0305/c1024-20674522.html" target="_blank">十二届全国人大一次会议在京开幕</a></li>
<li><a href="http://finance.hxzx.com.cn/n/2013/0305/c1004-20674901.html" target="_blank">专家：7.5%的增长目标积极稳妥</a></li>
<li><a href="http://politics.hxzx.com.cn/n/2013/0305/c1024-20675003.html" target="_blank">2013全国两会专题</a></li>
</ul></div>
</div>
<div class="d2_right fr"><div class="box_hot"><h2>24小时排行</h2><ol><li><a href="http://politics.hxzx.com.cn/n/2013/0304/c1024-20665120.html">两会首场新闻发布会举行</a></li><li><a href="http://society.hxzx.com.cn/n/2013/0304/c1008-20667210.html">代表委员带来哪些民生建议</a></li></ol></div></div>
</div>
<div id="copyright">华夏在线版权所有，未经书面授权禁止使用<br />Copyright &copy; 1997-2013 by hxzx.com.cn. all rights reserved　京ICP证000017号</div>
<script type="text/javascript">
function doZoom(size) {{ document.getElementById("p_content").style.fontSize = size + "px"; }}
</script>
<script src="http://tools.hxzx.com.cn/js/stat.js" type="text/javascript"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return gold_of(
        page,
        main_title,
        [],
        body,
        (0, 1, 2, 4, 5),
        [
            "（责编：张明、刘芳）",
            "十二届全国人大一次会议在京开幕",
            "两会首场新闻发布会举行",
            "华夏在线版权所有",
            "分享到",
            "字号",
        ],
        "the h1 holds the main title, a <br> and a smaller subtitle; the reader's title is "
        "the main title (also what <title> names); the subtitle is neither heading nor "
        "required body; the dateline with its space (记者 韩洁) opens the first paragraph "
        "and is body (spacing_allowance 1)",
    )


BUILDERS = {
    "n07_news_two_level.html": build_news_two_level,
    "n08_encyclopedia_dl.html": build_encyclopedia_dl,
    "n09_gov_portal.html": build_gov_portal,
    "n10_blog_post.html": build_blog_post,
    "n11_wechat_article.html": build_wechat,
    "n12_news_no_subheads.html": build_news_no_subheads,
}


def make_pages(
    builders: Mapping[str, Callable[[Path], dict[str, Any]]],
    out: Path,
    argv: list[str] | None,
    doc: str | None,
) -> int:
    """The command line of a page maker: each page and its gold into ``--out``."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    ap.add_argument("--out", type=Path, default=out)
    a = ap.parse_args(argv)
    docs, gold = a.out / "docs", a.out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    for name, build in builders.items():
        base.write_gold(gold / f"{name}.json", build(docs / name))
    print(f"made {len(builders)} pages in {docs}", file=sys.stderr)
    return 0


def make_pages_set(
    builders: dict[str, Callable[[Path], dict[str, Any]]],
    folder: str,
    argv: list[str] | None,
    doc: str | None,
    rows: list[str],
    head: str,
    mine: tuple[str, ...],
) -> int:
    """The later page makers' command line: the pages and their gold (``make_pages``),
    then their rows in SOURCE.md, which a files maker shares: the other rows are kept,
    the table in file order."""
    import make_realdocs2_files as files

    out = ROOT / "eval" / "data" / folder
    rc = make_pages(builders, out, argv, doc)
    ap = argparse.ArgumentParser(add_help=False)
    ap.add_argument("--out", type=Path, default=out)
    path = ap.parse_known_args(argv)[0].out / "SOURCE.md"
    files.update_source(path, rows, head, mine)
    sort_source_rows(path)
    return rc


def sort_source_rows(path: Path) -> None:
    """SOURCE.md's table in file order (a files maker and a pages maker share it)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    sep = next(i for i, ln in enumerate(lines) if ln.startswith("|---"))
    end = next((i for i in range(sep + 1, len(lines)) if not lines[i].startswith("| ")), len(lines))
    lines[sep + 1 : end] = sorted(lines[sep + 1 : end])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    return make_pages(BUILDERS, ROOT / "eval" / "data" / "realdocs-made2", argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
