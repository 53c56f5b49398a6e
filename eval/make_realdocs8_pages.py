# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made8`` (w07-w12) and their gold annotations.

Development data for the HTML reader, an eighth set after ``realdocs-made7`` (v07-v12):
six pages written after the layout of other kinds of Chinese sites that the earlier
sets lack, most of them with boilerplate close to or inside the article (markup from
general knowledge of how such sites are built, not copied from any page; site names,
people and addresses are made up), with body text taken only from the government
work reports 2013-2017 (``../shared/data/gov-work-reports``). The gold of each page is
written by this script from what it put on the page, as a reader reads it in a
browser, before and independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``w07_news_inline_furniture.html``: a city news site whose ``<div class="article">``
  holds, besides the body and its ``<h3>`` subheads (level 1), the site's furniture
  between and after the paragraphs: an image ad and a text-link ad (``广告`` marks), a
  ``相关阅读`` box with its own ``<h4>`` title, a ``点击进入专题`` banner, an inline
  ``<p><strong>延伸阅读：</strong><a>…</a></p>`` link paragraph, a ``关注官方微信`` prompt
  paragraph, a video player's fallback text, ``（原标题：…）``, ``本文来源：``, a
  ``声明：本文仅代表作者观点…`` paragraph, 【纠错】, 责任编辑, a ``推荐阅读`` list with
  another ``<h4>``, and a 免责声明 box, all in the same container as the body;
- ``w08_doc_share_pdf2html.html``: a document-sharing site (文库-like) showing a Word
  document converted by pdf2htmlEX: ``div.pf`` page containers, one absolutely
  positioned ``div.t`` per printed line (``class="t m0 x1 h2 y3 ff1 fs0 fc0 sc0 ls0
  ws0"``, positions and sizes only in the head ``<style>``), lines that break in the
  middle of sentences (a paragraph is told only by the indented ``x2`` first line),
  the document title over two lines, bold bigger ``ff2 fs1`` heading lines (level 1),
  a printed header (running) and ``- N -`` page numbers, one paragraph running over a
  page break, empty ``<span class="_ _1">`` spacing spans; the site chrome around it
  (doc info, 下载/收藏/举报/分享, VIP ad, upload disclaimer, 相关文档, 猜你喜欢);
- ``w09_table_layout_2005.html``: a 2005-era department site laid out in nested
  ``<TABLE>``s (upper-case tags, ``<FONT size=…>``, ``bgcolor``), saved as UTF-8
  with a BOM and no charset in its ``http-equiv`` meta: a ``<MARQUEE>`` welcome line,
  a 栏目导航 ``<TD>`` beside the article ``<TD>``, the title in a ``<FONT>`` in a
  ``<TD class=title>`` (no ``<h1>``), 发布时间/阅读次数/文章来源 and
  【字体：大 中 小】【打印本页】【关闭窗口】, the text with no ``<P>`` at all:
  ``&nbsp;&nbsp;&nbsp;&nbsp;`` indents and ``<BR><BR>`` between paragraphs, bold
  ``<B>一、…</B>`` lines as headings (level 1), 上一篇/下一篇, 相关文章, footer;
- ``w10_live_timeline.html``: a 图文直播 page: ``<h1>``, a ``直播中`` badge and
  participant count, a lead (``导语``), 刷新/正序/倒序 controls, a pinned ``置顶``
  notice, then the entries newest first, each an ``<li>`` with a time, the host label
  ``主持人 赵阳`` and the entry's text (or a photo with a caption); a 网友互动 tab with
  comments, 加载更多, 热门直播, footer; no headings;
- ``w11_spa_press_transcript.html``: a government press-release site built as a Vue
  app (server-rendered ``div#app`` with ``data-v-`` attributes): a 新闻发布会 page
  with tabs 文字实录 (shown) / 图片直播 / 相关报道 (panels hidden with
  ``style="display:none"``), the transcript as ``<p>``s opening with
  ``<strong>`` speaker labels (moderator, speaker, reporters), photos with captions,
  a 发布会信息 box, a ``<template>`` holding a summary, a ``<noscript>`` message, a
  cookie-consent banner and the whole transcript again in ``window.__INITIAL_STATE__``;
- ``w12_gov_open_info_entities.html``: a 政府信息公开 page saved as pure ASCII: the
  head declares ``charset=ISO-8859-1`` and every non-ASCII character is a hexadecimal
  character reference (``&#x4E1C;``); a 索引号/主题分类/发文机关/成文日期/标题/发文字号/
  发布日期/有效性 metadata table above the document, ``<h1>`` title, the notice with its
  addressee line, ``<p><strong>一、…</strong></p>`` headings (level 1), the issuer and
  date, ``（此件公开发布）``; after it 附件下载 links, 相关解读, 【打印】【关闭】,
  扫一扫在手机打开当前页, 分享到, and a 网站标识码/ICP/公网安备 footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs8_pages.py [--out eval/data/realdocs-made8]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

ROOT = Path(__file__).resolve().parents[1]
esc = prev.esc
section = prev.section
Blocks = list[tuple[str | None, list[str]]]


# ------------------------------------------ w07 news page, furniture in the article


def build_news_inline(path: Path) -> dict[str, Any]:
    title = "民生“账本”怎么算？政府工作报告里的就业、社保、教育和医疗"
    site = "东川网"
    s = section(2015, "五、")
    blocks: Blocks = [
        (None, [s[0]]),
        ("就业：大众创业、万众创新", [s[1]]),
        ("社保：兜住底线、增加收入", [s[2]]),
        ("教育：促公平、提质量", [s[3]]),
        ("医疗：健全基本医疗卫生制度", [s[4]]),
        ("文化与社会治理", [s[5], s[6]]),
    ]
    inserts = {
        1: '<div class="ad-inline" id="ad_article_1"><a href="https://ad.dcw.example/c?id=88213" target="_blank" rel="nofollow"><img src="https://img.dcw.example/ad/2015/dcbank_640x90.jpg" width="640" height="90" alt="东川银行"/></a><span class="ad-mark">广告</span></div>\n<div class="ad-txt"><span class="ad-mark">广告</span><a href="https://ad.dcw.example/c?id=88214" target="_blank" rel="nofollow">【东川银行】两会特惠理财，年化收益看得见，点击了解详情&gt;&gt;</a></div>',
        2: '<div class="related-read"><h4 class="related-title">相关阅读</h4><ul><li><a href="/news/2015-03/05/content_1187201.htm">2015年政府工作报告全文发布</a></li><li><a href="/news/2015-03/05/content_1187233.htm">今年城镇新增就业目标定为1000万人以上</a></li><li><a href="/news/2015-03/04/content_1186950.htm">代表委员热议：让创业者轻装上阵</a></li></ul></div>',
        3: '<p class="zt-banner"><a href="/zt/2015lh/" target="_blank"><img src="https://img.dcw.example/zt/2015lh_banner_640.jpg" alt="聚焦2015全国两会"/></a><br/><a href="/zt/2015lh/" target="_blank">点击进入专题：聚焦2015全国两会&gt;&gt;</a></p>',
        4: '<p><strong>延伸阅读：</strong><a href="/news/2015-03/06/content_1187552.htm" target="_blank">看病难、看病贵怎么破？听听基层医生怎么说</a></p>',
        6: '<div class="video-box"><video src="https://v.dcw.example/2015/0305/lh_minsheng.mp4" controls="controls" poster="https://img.dcw.example/v/lh_minsheng.jpg">您的浏览器不支持视频播放，请升级浏览器。</video><p class="video-title">【视频】一分钟看懂报告里的民生关键词</p></div>\n<p class="wx-tip">扫描下方二维码，关注东川网官方微信，获取更多两会资讯。</p><p class="wx-tip"><img src="https://img.dcw.example/common/qr_dcw_wx.png" width="160" alt="东川网微信二维码"/></p>',
    }
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<h3>{esc(head)}</h3>")
        for p in paras:
            lead = "东川网3月5日讯　" if not body else ""
            parts.append(f"<p>{lead}{esc(p)}</p>")
            body.append(p)
            if len(body) in inserts:
                parts.append(inserts[len(body)])
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}_两会频道_{site}</title>
<meta name="keywords" content="政府工作报告,民生,就业,社保,教育,医疗">
<meta name="description" content="{esc(s[0][:60])}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="https://static.dcw.example/css/article_2015.css">
<script src="https://static.dcw.example/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header"><div class="wrap"><a class="logo" href="https://www.dcw.example/"><img src="https://static.dcw.example/img/logo.png" alt="{site}"></a>
<nav class="main-nav"><a href="/">首页</a><a href="/news/">新闻</a><a href="/zt/2015lh/" class="cur">两会</a><a href="/finance/">财经</a><a href="/city/">城事</a><a href="/edu/">教育</a><a href="/health/">健康</a><a href="/house/">房产</a><a href="/auto/">汽车</a></nav>
<div class="login"><a href="/user/login">登录</a> | <a href="/user/reg">注册</a></div></div></header>
<div class="wrap crumbs"><a href="/">{site}</a> &gt; <a href="/zt/2015lh/">两会频道</a> &gt; 正文</div>
<div class="wrap main">
<article class="main-left">
<h1 class="article-title">{title}</h1>
<div class="article-info"><span class="date">2015-03-05 18:42</span><span class="source">来源：东川晚报</span><span class="author">作者：林晓雯</span><div class="share-bar"><span>分享到：</span><a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a><a class="qq" href="javascript:;">QQ空间</a></div></div>
<div class="article" id="article">
{content}
<p class="otitle">（原标题：今年民生“账本”这样算 政府工作报告七大关键词解读）</p>
<p class="art-source">本文来源：东川晚报</p>
<p class="statement">声明：本文仅代表作者观点，不代表东川网立场。</p>
<div class="jiucuo"><a href="javascript:;" onclick="jiucuo()">【纠错】</a></div>
<p class="editor">责任编辑：周晓 DW032</p>
<div class="recommend"><h4 class="related-title">推荐阅读</h4><ul><li><a href="/city/2015-03/05/content_1187460.htm">东川地铁2号线今日起试运行</a></li><li><a href="/edu/2015-03/05/content_1187411.htm">东川市今年新建改扩建中小学20所</a></li><li><a href="/health/2015-03/04/content_1187002.htm">春季流感高发，专家提醒做好防护</a></li></ul></div>
<div class="disclaimer">免责声明：本网转载内容出于传递更多信息之目的，如有侵权请与本网联系，我们将及时处理。</div>
</div>
<div class="comment-box"><div class="comment-title">网友评论<span>（已有 2 条评论）</span></div><textarea placeholder="文明上网，理性发言"></textarea><button>发表评论</button>
<ul class="comment-list"><li><span class="user">东川网友 老城区</span>：就业这块说得实在，希望落到实处。</li><li><span class="user">东川网友 小周</span>：看病报销能不能再方便一点？</li></ul></div>
</article>
<aside class="main-right"><div class="box"><h3>两会热点</h3><ol><li><a href="/zt/2015lh/1.htm">经济增长预期目标7%左右</a></li><li><a href="/zt/2015lh/2.htm">今年财政赤字率拟提高到2.3%</a></li><li><a href="/zt/2015lh/3.htm">代表委员谈“互联网+”</a></li></ol></div>
<div class="box ad"><span class="ad-mark">广告</span><a href="https://ad.dcw.example/c?id=88301"><img src="https://img.dcw.example/ad/2015/house_300x250.jpg" alt=""></a></div></aside>
</div>
<footer class="site-footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/copyright/">版权声明</a></p><p>Copyright &copy; 2015 东川网 版权所有　东ICP备09001234号　互联网新闻信息服务许可证：53120170001</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 3, 4, 6),
        [
            "两会频道",
            "分享到：",
            "两会特惠理财",
            "相关阅读",
            "今年城镇新增就业目标定为1000万人以上",
            "点击进入专题",
            "延伸阅读",
            "看病难、看病贵怎么破",
            "您的浏览器不支持视频播放",
            "一分钟看懂报告里的民生关键词",
            "关注东川网官方微信",
            "（原标题：",
            "本文来源：东川晚报",
            "声明：本文仅代表作者观点",
            "【纠错】",
            "责任编辑：周晓",
            "推荐阅读",
            "东川地铁2号线今日起试运行",
            "免责声明",
            "就业这块说得实在",
            "两会热点",
            "东ICP备09001234号",
        ],
        "a city news site's article whose div.article holds the site's furniture among "
        "the paragraphs: the <h1> is the title (<title> adds _两会频道_东川网); the <h3>s "
        "are the headings (level 1); 东川网3月5日讯 opens the first paragraph (a dateline, "
        "neither); inside the same div: an image ad and a text ad marked 广告 after the "
        "second paragraph, a 相关阅读 box (its <h4> is not a heading) after the third, a "
        "专题 banner, an inline <p><strong>延伸阅读：</strong><a> link paragraph, a video "
        "with its fallback text and title, a 关注官方微信 prompt with a QR image, then "
        "after the last paragraph （原标题：…）, 本文来源：, 声明：本文仅代表作者观点…, "
        "【纠错】, 责任编辑, 推荐阅读 (another <h4>, not a heading) and 免责声明: none of "
        "these is body; nor the nav, info/share line, comments, side column and footer",
    )


# --------------------------------------- w08 document-sharing page, pdf2htmlEX lines


CLOSERS = "，。、；：！？）”》"


def wrap(p: str, first: int, width: int) -> list[str]:
    """Printed lines of a paragraph: ``first`` characters on the indented first line,
    ``width`` on the others, closing punctuation kept off a line start."""
    lines: list[str] = []
    i, w = 0, first
    while i < len(p):
        j = min(len(p), i + w)
        while j < len(p) and p[j] in CLOSERS:
            j += 1
        lines.append(p[i:j])
        i, w = j, width
    return lines


def build_doc_share(path: Path) -> dict[str, Any]:
    title = "2016年政府工作报告民生部分学习辅导材料"
    site = "东川文库"
    header = "东川市政府研究室学习资料"
    s = section(2016, "（七）")
    blocks: Blocks = [
        (None, [s[0]]),
        ("一、就业和教育", [s[1], s[2]]),
        ("二、医疗和社会保障", [s[3], s[4]]),
        ("三、文化和社会治理", [s[5], s[6]]),
        ("四、安全生产", [s[7]]),
    ]
    # (kind, text): kind t1/t2 title lines, sub, h heading, p1 first line, p line
    flow: list[tuple[str, str]] = [
        ("t", "2016年政府工作报告民生部分"),
        ("t", "学习辅导材料"),
        ("sub", "东川市政府研究室　编印　2016年3月"),
    ]
    body: list[str] = []
    for head, paras in blocks:
        if head:
            flow.append(("h", head))
        for p in paras:
            body.append(p)
            for k, ln in enumerate(wrap(p, 34, 36)):
                flow.append(("p1" if k == 0 else "p", ln))
    step, top, bottom_limit = 44, 1120, 130
    pages: list[list[tuple[str, str, int]]] = [[]]
    y = top
    for kind, ln in flow:
        gap = {"t": 66, "sub": 60, "h": 62}.get(kind, step)
        if kind == "h" and pages[-1]:
            y -= 16
        if y - gap < bottom_limit:
            pages.append([])
            y = top
        y -= gap
        pages[-1].append((kind, ln, y))
    assert len(pages) >= 3, len(pages)
    ys: dict[int, int] = {}

    def ycls(v: int) -> str:
        return f"y{ys.setdefault(v, len(ys) + 1):x}"

    cls = {
        "t": ("x3", "h3", "ff2", "fs2"),
        "sub": ("x4", "h2", "ff1", "fs0"),
        "h": ("x1", "h4", "ff2", "fs1"),
        "p1": ("x2", "h2", "ff1", "fs0"),
        "p": ("x1", "h2", "ff1", "fs0"),
    }
    # a paragraph that starts on one page and ends on the next
    cont = [pg[0][0] == "p" for pg in pages[1:]]
    assert any(cont), "no paragraph runs over a page break"
    html_pages: list[str] = []
    for n, pg in enumerate(pages, 1):
        divs = [f'<div class="t m0 x5 h5 {ycls(1196)} ff1 fs3 fc1 sc0 ls0 ws0">{header}</div>']
        for i, (kind, ln, yv) in enumerate(pg):
            x, h, ff, fs = cls[kind]
            text = esc(ln)
            if kind in ("p", "p1") and len(ln) > 24 and i % 3 == 1:
                text = f'{esc(ln[:20])}<span class="_ _1"></span>{esc(ln[20:])}'
            if kind == "t":
                x = "x3" if i == 0 else "x6"
            divs.append(
                f'<div class="t m0 {x} {h} {ycls(yv)} {ff} {fs} fc0 sc0 ls0 ws0">{text}</div>'
            )
        divs.append(f'<div class="t m0 x7 h5 {ycls(72)} ff1 fs3 fc1 sc0 ls0 ws0">- {n} -</div>')
        html_pages.append(
            f'<div id="pf{n:x}" class="pf w0 h0" data-page-no="{n:x}"><div class="pc pc{n:x} w0 h0"><img class="bi x0 y0 w1 h1" alt="" src="https://doc.dcwk.example/bg/7f3a2c/bg{n:x}.png"/>'
            + "".join(divs)
            + '</div><div class="pi" data-data=\'{"ctm":[1.000000,0.000000,0.000000,1.000000,0.000000,0.000000]}\'></div></div>'
        )
    ycss = "".join(f".y{k:x}{{bottom:{v}.000000px;}}" for v, k in ys.items())
    pages_html = "\n".join(html_pages)
    npages = len(pages)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{title} - {site}</title>
<meta name="keywords" content="政府工作报告,学习材料,民生"/>
<meta name="description" content="{site}提供{title}文档免费在线阅读，{esc(s[0][:40])}……"/>
<link rel="stylesheet" href="https://static.dcwk.example/css/view_2016.css"/>
<style type="text/css">
#page-container{{position:relative;overflow:auto;margin:0;padding:0;border:0;background:#e6e6e6;}}
.pf{{position:relative;background-color:white;overflow:hidden;margin:13px auto;border-collapse:separate;box-shadow:1px 1px 3px 1px #333;}}
.pc{{position:absolute;border:0;padding:0;margin:0;top:0;left:0;width:100%;height:100%;overflow:hidden;display:block;transform-origin:0 0;}}
.bi{{position:absolute;border:0;margin:0;user-select:none;}}
.t{{position:absolute;white-space:pre;font-size:1px;transform-origin:0 100%;unicode-bidi:bidi-override;}}
._{{display:inline-block;color:transparent;z-index:-1;}}
._0{{width:0.000000px;}}._1{{margin-left:-1.148000px;}}
@font-face{{font-family:ff1;src:url(data:application/font-woff;base64,d09GRgABAAAAAY8QAA0AAAACNBQAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABGRlRNAAGO9AAAABwAAAAc)format("woff");}}.ff1{{font-family:ff1;line-height:1.056000;font-style:normal;font-weight:normal;visibility:visible;}}
@font-face{{font-family:ff2;src:url(data:application/font-woff;base64,d09GRgABAAAAAFQ8AA0AAAAAdPgAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAABGRlRNAABUIAAAABwAAAAc)format("woff");}}.ff2{{font-family:ff2;line-height:1.056000;font-style:normal;font-weight:normal;visibility:visible;}}
.m0{{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}}
.fc0{{color:rgb(0,0,0);}}.fc1{{color:rgb(128,128,128);}}.sc0{{text-shadow:none;}}.ls0{{letter-spacing:0.000000px;}}.ws0{{word-spacing:0.000000px;}}
.fs0{{font-size:85.333333px;}}.fs1{{font-size:96.000000px;}}.fs2{{font-size:117.333333px;}}.fs3{{font-size:64.000000px;}}
.h0{{height:1263.000000px;}}.h1{{height:1262.500000px;}}.h2{{height:90.112000px;}}.h3{{height:123.904000px;}}.h4{{height:101.376000px;}}.h5{{height:67.584000px;}}
.w0{{width:892.500000px;}}.w1{{width:892.500000px;}}
.x0{{left:0.000000px;}}.x1{{left:113.333333px;}}.x2{{left:142.666667px;}}.x3{{left:262.000000px;}}.x4{{left:310.666667px;}}.x5{{left:113.333333px;}}.x6{{left:372.000000px;}}.x7{{left:430.000000px;}}
.y0{{bottom:0.000000px;}}{ycss}
</style>
</head>
<body>
<div class="top-bar"><div class="w1200"><a class="logo" href="https://www.dcwk.example/"><img src="https://static.dcwk.example/img/logo.png" alt="{site}"/></a><div class="search"><input type="text" placeholder="搜索文档、资料、课件"/><button>搜索</button></div><a class="vip-btn" href="/vip/">开通VIP</a><a href="/login">登录</a><a href="/upload">上传文档</a></div></div>
<div class="crumbs w1200"><a href="/">{site}</a> &gt; <a href="/c/zhengfu/">党政相关</a> &gt; <a href="/c/zhengfu/xuexi/">学习材料</a></div>
<div class="w1200 doc-wrap">
<div class="doc-main">
<div class="doc-header"><h1 class="doc-title"><i class="icon-docx"></i>{title}</h1>
<div class="doc-info"><span>文档格式：.docx</span><span>页数：{npages} 页</span><span>上传时间：2016-03-10</span><span>浏览：1,284 次</span><span>下载：57 次</span><span>贡献者：东川小研</span></div>
<div class="doc-tools"><a class="btn-download" href="javascript:;">下载文档</a><a class="btn-fav" href="javascript:;">收藏</a><a class="btn-share" href="javascript:;">分享</a><a class="btn-report" href="javascript:;">举报</a></div></div>
<div class="vip-tip">开通VIP会员，免费下载海量文档，畅享无广告阅读 &gt;&gt;</div>
<div id="page-container" class="reader-container">
{pages_html}
</div>
<div class="read-end">阅读已结束，如果下载本文需要使用 <em>3</em> 下载券</div>
<div class="doc-statement">本文档由用户上传，仅供学习交流使用，如有侵权请联系网站删除。</div>
<div class="doc-rate">文档评价：<span class="star">★★★★☆</span> 4.6 分（23 人评价）</div>
</div>
<div class="doc-side">
<div class="box"><h3>相关文档</h3><ul><li><a href="/p-1928371.html">2016年政府工作报告全文（word版）</a></li><li><a href="/p-1928455.html">政府工作报告学习心得体会范文</a></li><li><a href="/p-1930012.html">两会精神宣讲提纲（2016）</a></li></ul></div>
<div class="box"><h3>猜你喜欢</h3><ul><li><a href="/p-1877230.html">党课讲稿：践行为民宗旨</a></li><li><a href="/p-1869902.html">基层民生工作调研报告模板</a></li></ul></div>
<div class="box vip-ad"><p>VIP专享文档 8折下载</p><a href="/vip/">立即开通</a></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/agreement/">用户协议</a> | <a href="/copyright/">版权申诉</a> | <a href="/help/">帮助中心</a></p><p>&copy; 2016 {site} 东ICP备15008812号-2</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    gold = prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 3, 5, 7),
        [
            "贡献者：东川小研",
            "上传文档",
            "学习材料",
            "文档格式：.docx",
            "上传时间：2016-03-10",
            "下载文档",
            "举报",
            "开通VIP会员",
            "阅读已结束",
            "本文档由用户上传",
            "文档评价",
            "相关文档",
            "政府工作报告学习心得体会范文",
            "猜你喜欢",
            "基层民生工作调研报告模板",
            "VIP专享文档",
            "东ICP备15008812号-2",
        ],
        "a document-sharing page showing a Word document converted by pdf2htmlEX: the "
        "page's <h1> (and <title> before - 东川文库) is the document's title, which the "
        "document's first page prints over two lines (2016年政府工作报告民生部分 / "
        "学习辅导材料) under the same words; the 编印 line under it is neither; each "
        "printed line is a div.t placed by classes defined in the head <style>; a "
        "paragraph is the indented (x2) first line and the lines after it up to the next "
        "indented line or heading: lines are joined without spaces (a paragraph runs "
        "over a page break, with the header and page number between); the bold bigger "
        "ff2 fs1 lines 一、…四、 are the headings (level 1); the grey header line "
        f'{header} and the - N - page numbers are running; empty <span class="_ _1"> '
        "spacing spans carry no text; the site chrome (doc info, buttons, VIP ads, 阅读已结束, "
        "the upload statement, rating, 相关文档, 猜你喜欢, footer) is not body",
    )
    gold["running"] = [header] + [f"- {n} -" for n in range(1, npages + 1)]
    return gold


# ----------------------------------------- w09 2005 table layout, BOM and no charset


def build_table_2005(path: Path) -> dict[str, Any]:
    title = "2013年经济社会发展的总体要求和主要预期目标（摘编）"
    site = "东川市发展和改革委员会"
    s = section(2013, "二、")
    blocks: Blocks = [
        (None, [s[0]]),
        ("一、总体要求", [s[1], s[2]]),
        ("二、主要预期目标", [s[3], s[4], s[5]]),
        ("三、宏观经济政策", [s[6], s[7]]),
    ]
    body: list[str] = []
    lines: list[str] = []
    for head, paras in blocks:
        if head:
            lines.append(f"<B>{esc(head)}</B><BR><BR>")
        for p in paras:
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<BR><BR>")
            body.append(p)
    text = "\r\n".join(lines)
    nav = "".join(
        f'<TR><TD height=26 class=navtd>&nbsp;<IMG src="../images/arrow.gif" width=7 height=7>&nbsp;<A href="../{u}/index.htm" class=nav>{t}</A></TD></TR>\r\n'
        for u, t in [
            ("jgsz", "机构设置"),
            ("zcfg", "政策法规"),
            ("ghjh", "发展规划"),
            ("jjyx", "经济运行"),
            ("tzxm", "投资项目"),
            ("jggl", "价格管理"),
            ("xxgk", "信息公开"),
        ]
    )
    page = f"""<HTML>
<HEAD>
<TITLE>{site}--{title}</TITLE>
<META http-equiv=Content-Type content="text/html">
<META content="MSHTML 6.00.2900.2180" name=GENERATOR>
<LINK href="../css/style.css" type=text/css rel=stylesheet>
<SCRIPT language=JavaScript>
function doZoom(size){{ document.getElementById('zoom').style.fontSize=size+'px'; }}
</SCRIPT>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight="0" marginwidth="0">
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD><IMG height=120 src="../images/banner.jpg" width=778></TD></TR>
<TR><TD bgColor=#1f5fa8 height=28><TABLE cellSpacing=0 cellPadding=0 width="100%" border=0><TR>
<TD width=180><FONT color=#ffffff>&nbsp;今天是：<SCRIPT language=JavaScript>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日");</SCRIPT></FONT></TD>
<TD><MARQUEE scrollAmount=2 onmouseover=this.stop() onmouseout=this.start()><FONT color=#ffff00>欢迎访问东川市发展和改革委员会网站！</FONT></MARQUEE></TD>
</TR></TABLE></TD></TR>
<TR><TD height=26 bgColor=#e8f0fa><FONT size=2>&nbsp;<A href="../index.htm">首页</A> | <A href="../jgsz/index.htm">机构设置</A> | <A href="../zcfg/index.htm">政策法规</A> | <A href="../ghjh/index.htm">发展规划</A> | <A href="../jjyx/index.htm">经济运行</A> | <A href="../xxgk/index.htm">信息公开</A> | <A href="../bsfw/index.htm">办事服务</A> | <A href="../hdjl/index.htm">互动交流</A></FONT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR>
<TD vAlign=top width=180 bgColor=#f4f8fc>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=30 background="../images/lm_bg.gif"><FONT color=#ffffff size=3><B>&nbsp;栏目导航</B></FONT></TD></TR>
{nav}<TR><TD height=10></TD></TR>
<TR><TD height=30 background="../images/lm_bg.gif"><FONT color=#ffffff size=3><B>&nbsp;网上办事</B></FONT></TD></TR>
<TR><TD height=26 class=navtd>&nbsp;·<A href="../bsfw/xmsp.htm">项目审批查询</A></TD></TR>
<TR><TD height=26 class=navtd>&nbsp;·<A href="../bsfw/xzxk.htm">行政许可公示</A></TD></TR>
</TABLE>
</TD>
<TD width=8></TD>
<TD vAlign=top>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD height=28 style="BORDER-BOTTOM: #1f5fa8 2px solid"><FONT size=2>&nbsp;当前位置：<A href="../index.htm">首页</A> &gt;&gt; <A href="../jjyx/index.htm">经济运行</A> &gt;&gt; 正文</FONT></TD></TR>
<TR><TD height=15></TD></TR>
<TR><TD class=title align=middle><FONT color=#cc0000 size=4><B>{title}</B></FONT></TD></TR>
<TR><TD align=middle height=30><FONT color=#666666 size=2>发布时间：2013-3-8 9:30:12　阅读次数：1024　文章来源：综合科</FONT></TD></TR>
<TR><TD align=right height=24 bgColor=#f0f0f0><FONT size=2>【字体：<A href="javascript:doZoom(16)">大</A> <A href="javascript:doZoom(14)">中</A> <A href="javascript:doZoom(12)">小</A>】【<A href="javascript:window.print()">打印本页</A>】【<A href="javascript:window.close()">关闭窗口</A>】</FONT>&nbsp;</TD></TR>
<TR><TD height=10></TD></TR>
<TR><TD class=content id=zoom style="FONT-SIZE: 14px; LINE-HEIGHT: 200%">
{text}
</TD></TR>
<TR><TD height=20></TD></TR>
<TR><TD><FONT size=2>上一篇：<A href="0307_1.htm">市发改委召开2013年全市发展改革工作会议</A><BR>下一篇：<A href="0309_2.htm">一季度全市重点项目集中开工</A></FONT></TD></TR>
<TR><TD height=10></TD></TR>
<TR><TD>
<TABLE cellSpacing=1 cellPadding=3 width="100%" bgColor=#cccccc border=0>
<TR><TD bgColor=#e8f0fa><FONT size=2><B>相关文章</B></FONT></TD></TR>
<TR><TD bgColor=#ffffff><FONT size=2>·<A href="0306_3.htm">2012年全市国民经济运行情况分析</A><BR>·<A href="0301_1.htm">关于做好2013年价格调控工作的意见</A></FONT></TD></TR>
</TABLE>
</TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=778 align=center border=0>
<TR><TD align=middle bgColor=#1f5fa8 height=70><FONT color=#ffffff size=2>版权所有：东川市发展和改革委员会　地址：东川市人民路18号　电话：0871-6312345<BR>东ICP备05001234号　建议使用IE6.0以上浏览器，1024×768分辨率浏览</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + page.encode("utf-8"))
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 3, 5, 7),
        [
            "今天是：",
            "欢迎访问东川市发展和改革委员会网站",
            "办事服务",
            "栏目导航",
            "项目审批查询",
            "当前位置：",
            "发布时间：2013-3-8 9:30:12",
            "阅读次数：1024",
            "【字体：",
            "打印本页",
            "关闭窗口",
            "上一篇：",
            "一季度全市重点项目集中开工",
            "相关文章",
            "2012年全市国民经济运行情况分析",
            "版权所有：东川市发展和改革委员会",
            "东ICP备05001234号",
            "1024×768分辨率",
        ],
        "a 2005-era table-layout page saved as UTF-8 with a BOM (CRLF) whose http-equiv "
        "meta has no charset (the BOM decides the encoding, as in browsers); no <h1>: the "
        "title is the bold red <FONT size=4> in TD.title (<title> puts the site name and "
        "-- before it); the article is TD#zoom, text with no <P>: each paragraph starts "
        "with four &nbsp; and ends in <BR><BR>; the <B>一、…</B><BR><BR> lines are the "
        "headings (level 1); the top banner, the scrolling <MARQUEE> welcome line and "
        "script date, the menu, the 栏目导航/网上办事 column TD, 当前位置, the info line, "
        "【字体：大 中 小】【打印本页】【关闭窗口】, 上一篇/下一篇, 相关文章 and the footer are "
        "not body",
    )


# ------------------------------------------------------------- w10 图文直播 page


def build_live(path: Path) -> dict[str, Any]:
    title = "图文直播：政府工作报告里的内需、区域和社会事业"
    site = "东川日报网"
    a, b = section(2014, "（三）"), section(2014, "（七）")
    report = [a[0], a[1], a[2], a[3], b[0], b[1], b[2], b[3], b[4]]
    times = ["09:31", "09:33", "09:36", "09:39", "09:44", "09:46", "09:50", "09:53", "09:57"]
    photos = {
        3: ("09:40", "代表们认真听取政府工作报告。东川日报记者 钱程 摄"),
        6: ("09:48", "人民大会堂外景。东川日报记者 钱程 摄"),
    }
    host = '<div class="live-host"><img src="https://img.dcrb.example/live/host_zhaoyang.jpg" width="32" alt=""/><span>主持人 赵阳</span></div>'
    items: list[str] = []
    for i, (t, p) in enumerate(zip(times, report, strict=True)):
        items.append(
            f'<li class="live-item"><div class="live-time"><span class="time">{t}</span></div>{host}<div class="live-text"><p>{esc(p)}</p></div></li>'
        )
        if i + 1 in photos:
            pt, cap = photos[i + 1]
            items.append(
                f'<li class="live-item live-photo"><div class="live-time"><span class="time">{pt}</span></div>{host}<div class="live-text"><p class="pic"><img src="https://img.dcrb.example/live/2014lh/0305_{i:02d}.jpg" width="480" alt=""/></p><p class="pic-desc">{cap}</p></div></li>'
            )
    items.reverse()
    body = list(reversed(report))
    entries = "\n".join(items)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{title}_直播_{site}</title>
<meta name="description" content="东川日报网图文直播十二届全国人大二次会议开幕会。">
<meta property="og:title" content="{title}">
<link rel="stylesheet" href="https://static.dcrb.example/live/css/live.css">
<script src="https://static.dcrb.example/live/js/live.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1000"><a href="https://www.dcrb.example/" class="logo"><img src="https://static.dcrb.example/img/logo.png" alt="{site}"></a><nav><a href="/">首页</a><a href="/news/">要闻</a><a href="/live/" class="on">直播</a><a href="/video/">视频</a><a href="/photo/">图片</a></nav></div></div>
<div class="w1000 live-page">
<div class="live-main">
<div class="live-head"><span class="live-badge on">直播中</span><h1>{title}</h1>
<div class="live-meta"><span>开始时间：2014-03-05 09:00</span><span>参与人数：12.3万</span><span class="share">分享：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></span></div>
<div class="live-intro"><b>导语：</b>十二届全国人大二次会议今天上午在人民大会堂开幕，国务院总理作政府工作报告。东川日报网为您图文直播。</div></div>
<div class="live-tabs"><a href="javascript:;" class="on">直播实况</a><a href="javascript:;">网友互动（86）</a></div>
<div class="live-toolbar"><a href="javascript:;" class="refresh">刷新</a><label><input type="checkbox" checked> 自动刷新</label><span class="order"><a href="javascript:;" class="on">倒序</a> | <a href="javascript:;">正序</a></span></div>
<ul class="live-list">
<li class="live-item live-top"><span class="top-tag">置顶</span><div class="live-text"><p>本场直播由东川日报、东川日报网联合推出，欢迎在网友互动区留言。</p></div></li>
{entries}
<li class="live-item"><div class="live-time"><span class="time">09:00</span></div>{host}<div class="live-text"><p>十二届全国人大二次会议开幕会开始。</p></div></li>
</ul>
<div class="load-more"><a href="javascript:;">加载更多</a></div>
<div class="live-comments" style="display:none"><ul><li><span class="nick">东川网友 阿明</span>：区域经济带这块期待东川能赶上。<span class="ctime">09:41</span></li><li><span class="nick">东川网友 一叶</span>：医改要多关心农村。<span class="ctime">09:52</span></li></ul></div>
</div>
<div class="live-side"><div class="box"><h3>热门直播</h3><ul><li><a href="/live/2014/0306.htm">总理记者会图文直播</a></li><li><a href="/live/2014/0303.htm">全国政协开幕会直播</a></li></ul></div>
<div class="box"><h3>直播回顾</h3><ul><li><a href="/live/2013/0305.htm">2013年政府工作报告直播回顾</a></li></ul></div></div>
</div>
<div class="footer"><p>东川日报网 版权所有 未经授权禁止转载</p><p>东ICP备10002345号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [],
        body,
        (0, 2, 4, 6, 8),
        [
            "直播中",
            "参与人数：12.3万",
            "网友互动（86）",
            "自动刷新",
            "置顶",
            "本场直播由东川日报、东川日报网联合推出",
            "主持人 赵阳",
            "加载更多",
            "区域经济带这块期待东川能赶上",
            "医改要多关心农村",
            "热门直播",
            "总理记者会图文直播",
            "直播回顾",
            "未经授权禁止转载",
            "东ICP备10002345号",
        ],
        "a 图文直播 page: the <h1> is the title (<title> adds _直播_东川日报网); no headings; "
        "the body is the entries of ul.live-list, newest first as the page shows them "
        "(the gold passages follow that order); each entry's time and the host label "
        "主持人 赵阳 before its text are not body (the times are neither required nor "
        "forbidden, the host label is forbidden); the 导语 lead and the last entry "
        "(十二届全国人大二次会议开幕会开始。) are neither; the photo entries' captions are "
        "captions (neither); the 直播中 badge, meta line, tabs, 刷新/倒序/正序 toolbar, "
        "the pinned 置顶 notice, 加载更多, the hidden comments, side boxes and footer "
        "are not body",
    )


# -------------------------------------- w11 press-conference transcript in a Vue app


def build_spa_transcript(path: Path) -> dict[str, Any]:
    title = "东川市政府新闻办举行2015年《政府工作报告》改革任务解读新闻发布会"
    site = "东川发布"
    s = section(2015, "三、")
    host, speaker = "刘明", "王建国"
    turns: list[tuple[str, list[str], bool]] = [
        (
            f"主持人 {host}",
            [
                "各位记者朋友，大家上午好！今天我们请来市政府研究室主任王建国先生，介绍今年《政府工作报告》中改革开放方面的重点任务，并回答大家关心的问题。下面请王建国主任介绍情况。"
            ],
            False,
        ),
        (f"市政府研究室主任 {speaker}", [s[0], s[1], s[3]], True),
        (
            f"主持人 {host}",
            [
                "谢谢王主任的介绍。下面进入提问环节，请记者朋友举手提问，提问前请先通报所在新闻机构。"
            ],
            False,
        ),
        ("东川日报记者", ["请问今年在价格改革方面有哪些考虑？"], False),
        (speaker, [s[4]], True),
        ("东川电视台记者", ["财税和金融改革是大家关注的重点，今年有哪些安排？"], False),
        (speaker, [s[5], s[6]], True),
        ("东川晚报记者", ["国企改革和对外开放方面，请再介绍一下。"], False),
        (speaker, [s[7], s[10]], True),
        (f"主持人 {host}", ["今天的发布会到此结束，谢谢王主任，谢谢各位记者朋友！"], False),
    ]
    body: list[str] = []
    parts: list[str] = []
    for n, (who, paras, report) in enumerate(turns):
        for k, p in enumerate(paras):
            label = f"<strong>{who}：</strong>" if k == 0 else ""
            parts.append(f'<p data-v-7b1e3c0a="">{label}{esc(p)}</p>')
            if report:
                body.append(p)
        if n == 1:
            parts.append(
                '<p data-v-7b1e3c0a="" style="text-align:center"><img data-v-7b1e3c0a="" src="https://www.dcfb.example/uploads/2015/03/12/fbh_01.jpg" alt=""></p><p data-v-7b1e3c0a="" class="img-caption" style="text-align:center">发布会现场。东川发布记者 孙悦 摄</p>'
            )
    transcript = "\n".join(parts)
    state = {
        "route": {"path": "/fbh/2015/0312.html"},
        "conference": {
            "title": title,
            "time": "2015-03-12 10:00",
            "place": "东川市政府新闻发布厅",
            "speakers": [f"{speaker}（市政府研究室主任）"],
            "transcript": [{"speaker": w, "text": ps} for w, ps, _ in turns],
        },
    }
    blob = json.dumps(state, ensure_ascii=False).replace("<", "\\u003C").replace("/", "\\u002F")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>文字实录｜{title} - {site}</title>
<meta name="description" content="{title}文字实录">
<link href="/static/css/app.4c1d9e2f.css" rel="preload" as="style"><link href="/static/js/app.8a2f31c0.js" rel="preload" as="script"><link href="/static/js/chunk-vendors.51b3e7d2.js" rel="preload" as="script"><link href="/static/css/app.4c1d9e2f.css" rel="stylesheet">
</head>
<body>
<noscript><strong>很抱歉，本站需要启用 JavaScript 才能正常显示，请开启后刷新页面。</strong></noscript>
<div id="app" data-server-rendered="true"><div data-v-3f2a1c9e="" class="layout"><header data-v-3f2a1c9e="" class="header"><div data-v-3f2a1c9e="" class="container"><a data-v-3f2a1c9e="" href="/" class="logo router-link-active">{site}</a><ul data-v-3f2a1c9e="" class="menu"><li data-v-3f2a1c9e=""><a data-v-3f2a1c9e="" href="/news/">要闻动态</a></li><li data-v-3f2a1c9e="" class="active"><a data-v-3f2a1c9e="" href="/fbh/">新闻发布会</a></li><li data-v-3f2a1c9e=""><a data-v-3f2a1c9e="" href="/zcjd/">政策解读</a></li><li data-v-3f2a1c9e=""><a data-v-3f2a1c9e="" href="/hudong/">互动回应</a></li></ul></div></header><main data-v-3f2a1c9e="" class="container main"><div data-v-7b1e3c0a="" class="fbh-detail"><div data-v-7b1e3c0a="" class="breadcrumb"><a data-v-7b1e3c0a="" href="/">首页</a> / <a data-v-7b1e3c0a="" href="/fbh/">新闻发布会</a> / <span data-v-7b1e3c0a="">详情</span></div><h1 data-v-7b1e3c0a="" class="fbh-title">{title}</h1><div data-v-7b1e3c0a="" class="fbh-meta"><span data-v-7b1e3c0a="">发布时间：2015-03-12 10:00</span><span data-v-7b1e3c0a="">来源：东川市政府新闻办</span><span data-v-7b1e3c0a="" class="font-size">字号：<a data-v-7b1e3c0a="">大</a><a data-v-7b1e3c0a="">中</a><a data-v-7b1e3c0a="">小</a></span></div><div data-v-7b1e3c0a="" class="fbh-info"><dl data-v-7b1e3c0a=""><dt data-v-7b1e3c0a="">发布会信息</dt><dd data-v-7b1e3c0a="">时间：2015年3月12日 10:00</dd><dd data-v-7b1e3c0a="">地点：东川市政府新闻发布厅</dd><dd data-v-7b1e3c0a="">发布人：东川市政府研究室主任 {speaker}</dd><dd data-v-7b1e3c0a="">主持人：东川市政府新闻办副主任 {host}</dd></dl></div><div data-v-7b1e3c0a="" class="tabs"><ul data-v-7b1e3c0a="" class="tab-nav"><li data-v-7b1e3c0a="" class="active">文字实录</li><li data-v-7b1e3c0a="">图片直播</li><li data-v-7b1e3c0a="">相关报道</li></ul><div data-v-7b1e3c0a="" class="tab-pane active">
{transcript}
</div><div data-v-7b1e3c0a="" class="tab-pane" style="display:none;"><ul data-v-7b1e3c0a="" class="photo-list"><li data-v-7b1e3c0a=""><img data-v-7b1e3c0a="" src="https://www.dcfb.example/uploads/2015/03/12/fbh_02.jpg" alt=""><p data-v-7b1e3c0a="">王建国介绍今年改革重点任务。</p></li><li data-v-7b1e3c0a=""><img data-v-7b1e3c0a="" src="https://www.dcfb.example/uploads/2015/03/12/fbh_03.jpg" alt=""><p data-v-7b1e3c0a="">记者举手提问。</p></li></ul></div><div data-v-7b1e3c0a="" class="tab-pane" style="display:none;"><ul data-v-7b1e3c0a="" class="news-list"><li data-v-7b1e3c0a=""><a data-v-7b1e3c0a="" href="/news/2015/0312_1.html">东川今年将推出一批重点改革举措</a></li><li data-v-7b1e3c0a=""><a data-v-7b1e3c0a="" href="/news/2015/0312_2.html">价格改革：放开竞争性领域和环节价格</a></li></ul></div></div><div data-v-7b1e3c0a="" class="fbh-share"><span data-v-7b1e3c0a="">分享到：</span><a data-v-7b1e3c0a="">微信</a><a data-v-7b1e3c0a="">微博</a></div><div data-v-7b1e3c0a="" class="fbh-prev-next"><p data-v-7b1e3c0a="">上一场：<a data-v-7b1e3c0a="" href="/fbh/2015/0305.html">2015年全市安全生产工作新闻发布会</a></p></div></div></main><footer data-v-3f2a1c9e="" class="footer"><p data-v-3f2a1c9e="">主办：东川市人民政府新闻办公室　承办：东川发布编辑部</p><p data-v-3f2a1c9e="">东ICP备14007766号　东公网安备 53010202000876号</p></footer><div data-v-3f2a1c9e="" role="dialog" class="cookie-consent"><p data-v-3f2a1c9e="">本网站使用Cookie等技术以提升您的浏览体验。继续使用本网站即表示您同意我们使用Cookie，详见<a data-v-3f2a1c9e="" href="/privacy/">隐私政策</a>。</p><button data-v-3f2a1c9e="">同意</button><button data-v-3f2a1c9e="">拒绝</button></div></div></div>
<template id="tpl-fbh-summary"><div class="summary"><h2>发布会要点速览</h2><p>【要点】今年改革聚焦简政放权、投融资、价格、财税、金融、国企六大领域。</p></div></template>
<script>window.__INITIAL_STATE__={blob};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>
<script src="/static/js/chunk-vendors.51b3e7d2.js" defer></script><script src="/static/js/app.8a2f31c0.js" defer></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [],
        body,
        (0, 1, 3, 5, 7),
        [
            "很抱歉，本站需要启用 JavaScript",
            "要闻动态",
            "互动回应",
            "发布时间：2015-03-12 10:00",
            "来源：东川市政府新闻办",
            "发布会信息",
            "地点：东川市政府新闻发布厅",
            "图片直播",
            "王建国介绍今年改革重点任务",
            "记者举手提问",
            "相关报道",
            "东川今年将推出一批重点改革举措",
            "分享到：",
            "上一场：",
            "承办：东川发布编辑部",
            "东ICP备14007766号",
            "本网站使用Cookie",
            "隐私政策",
            "发布会要点速览",
            "今年改革聚焦简政放权",
        ],
        "a press-conference page of a government site built as a Vue app (server-rendered "
        "div#app): the <h1> is the title (<title> puts 文字实录｜ before it and - 东川发布 "
        "after); no headings; the body is the visible 文字实录 tab pane: paragraphs that "
        "open with <strong> speaker labels; the speaker's answers (report paragraphs) are "
        "the required passages; the moderator's and reporters' lines and the labels are "
        "part of the transcript but neither required nor forbidden; the photo caption in "
        "the transcript is a caption (neither); the 发布会信息 box, the tab names, the "
        "hidden 图片直播 and 相关报道 panes, the meta and share lines, 上一场, the cookie "
        "banner, the <noscript> message, the <template> summary (inert, never shown) and "
        "the transcript again in window.__INITIAL_STATE__ (must not double the body) are "
        "not body",
    )


# ------------------------------------ w12 政府信息公开 page, ASCII with &#x; references


def ascii_refs(page: str) -> str:
    """Every non-ASCII character as a hexadecimal character reference."""
    return "".join(c if ord(c) < 128 else f"&#x{ord(c):X};" for c in page)


def build_gov_open_info(path: Path) -> dict[str, Any]:
    title = "东川市人民政府办公室关于做好2017年民生重点工作的通知"
    site = "东川市人民政府"
    s, s7 = section(2017, "（八）"), section(2017, "（七）")
    docno = "东政办发〔2017〕18号"
    blocks: Blocks = [
        (None, [s[0]]),
        ("一、大力促进就业创业", [s[1]]),
        ("二、推进健康东川建设", [s[2]]),
        ("三、发展文化事业和文化产业", [s[3]]),
        ("四、推动社会治理创新", [s[4]]),
        ("五、抓好安全生产", [s[5]]),
        ("六、推进生态保护和建设", [s7[0]]),
    ]
    body: list[str] = []
    parts = [
        '<p style="text-indent:0">各县（市、区）人民政府，市政府各部门、各直属机构：</p>',
        '<p style="text-indent:2em">为贯彻落实十二届全国人大五次会议精神，切实做好今年民生重点工作，经市人民政府同意，现就有关事项通知如下。</p>',
    ]
    for head, paras in blocks:
        if head:
            parts.append(f'<p style="text-indent:2em"><strong>{esc(head)}</strong></p>')
        for p in paras:
            parts.append(f'<p style="text-indent:2em">{esc(p)}</p>')
            body.append(p)
    parts += [
        '<p style="text-align:right">东川市人民政府办公室</p>',
        '<p style="text-align:right">2017年3月20日</p>',
        '<p style="text-indent:2em">（此件公开发布）</p>',
    ]
    content = "\n".join(parts)
    meta_rows: list[tuple[str, str, str | None, str | None]] = [
        ("索引号", "11530100MB0X12345A/2017-00218", "主题分类", "综合政务\\其他"),
        ("发文机关", "东川市人民政府办公室", "成文日期", "2017年03月20日"),
        ("标题", title, None, None),
        ("发文字号", docno, "发布日期", "2017年03月22日"),
        ("有效性", "有效", "", ""),
    ]
    rows: list[str] = []
    for k1, v1, k2, v2 in meta_rows:
        if k2 is None:
            rows.append(f'<tr><th>{k1}：</th><td colspan="3">{esc(v1)}</td></tr>')
        else:
            rows.append(
                f"<tr><th>{k1}：</th><td>{esc(v1)}</td><th>{k2 + '：' if k2 else ''}</th><td>{esc(v2 or '')}</td></tr>"
            )
    meta = "\n".join(rows)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
<title>{title}_政府信息公开_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="政府文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2017-03-22 09:00">
<link rel="stylesheet" href="/css/xxgk_detail.css">
</head>
<body>
<div class="head"><div class="w1200"><img src="/images/logo_zf.png" alt="{site}"><div class="head-links"><a href="/">网站首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li class="on"><a href="/xxgk/">政府信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/zfwj/">政府文件</a> &gt; <a href="/xxgk/zfwj/szbf/">市政府办公室文件</a></div>
<div class="w1200 xxgk-detail">
<table class="xxgk-meta" cellspacing="0" cellpadding="0">
{meta}
</table>
<div class="article">
<h1>{title}</h1>
<h2 class="docno">{docno}</h2>
<div class="font-size">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</div>
<div class="article-content" id="zoom">
{content}
</div>
<div class="attach">附件下载：<br><a href="/xxgk/zfwj/szbf/201703/W020170322391755120412.doc">1. 2017年民生重点工作任务分工表.doc</a><br><a href="/xxgk/zfwj/szbf/201703/W020170322391755287633.pdf">2. 2017年民生重点工作责任清单.pdf</a></div>
<div class="related-jd"><span class="tit">相关解读：</span><a href="/xxgk/zcjd/201703/t20170323_612013.html">图解：一图读懂2017年民生重点工作</a><a href="/xxgk/zcjd/201703/t20170324_612290.html">市人社局负责人解读就业创业工作安排</a></div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a><span class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></span></div>
<div class="qrcode"><img src="/images/qr_xxgk_612001.png" width="100" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
</div>
<div class="footer"><div class="w1200"><p>主办：东川市人民政府办公室　承办：东川市信息中心</p><p>网站标识码：5301000099　<a href="https://beian.miit.example/">东ICP备05003412号</a>　<img src="/images/gaba.png" alt="">东公网安备 53010202000123号</p><p><a href="https://zfwzzc.example/"><img src="/images/jiucuo.png" alt="政府网站找错"></a></p></div></div>
</body>
</html>
"""
    raw = ascii_refs(page)
    path.write_bytes(raw.encode("ascii"))
    return prev.gold_of(
        raw,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 1, 3, 5, 6),
        [
            "无障碍",
            "政务服务",
            "当前位置：",
            "11530100MB0X12345A/2017-00218",
            "主题分类：",
            "发文机关：",
            "成文日期：",
            "2017年03月22日",
            "有效性：",
            docno,
            "【字体：",
            "附件下载",
            "2017年民生重点工作任务分工表.doc",
            "相关解读",
            "一图读懂2017年民生重点工作",
            "【打印】",
            "【关闭】",
            "扫一扫在手机打开当前页",
            "网站标识码：5301000099",
            "东ICP备05003412号",
            "东公网安备 53010202000123号",
        ],
        "a 政府信息公开 page saved as pure ASCII: the head declares charset=ISO-8859-1 and "
        "every non-ASCII character (the whole Chinese text, the 〔〕 and full-width "
        "punctuation) is a hexadecimal character reference &#x…; which browsers show "
        "as Unicode whatever the charset; the <h1> is the title (the metadata table's "
        "标题 row repeats it; <title> adds _政府信息公开_东川市人民政府); the document "
        "number under it (h2.docno) is not body nor a heading; the metadata table "
        "(索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, 有效性) is not body; "
        "the notice's addressee line and first paragraph (为贯彻落实…), the issuer and date "
        "and （此件公开发布） are part of the document but neither required nor forbidden; "
        "the <p><strong>一、…</strong></p> lines are the headings (level 1); 附件下载 links, "
        "相关解读, 【打印】【关闭】, 分享到, 扫一扫在手机打开当前页 and the footer are not body",
    )


# ------------------------------------------------------------------------ main


MINE = ("w07_", "w08_", "w09_", "w10_", "w11_", "w12_")

SOURCE_HEAD = (
    "# Documents made with real tools, eighth set (development data)\n\n"
    "Made as development data after the seventh set (`realdocs-made7`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX w01-w06 by `python eval/make_realdocs8_files.py`,\n"
    "HTML pages (w07 on) by `python eval/make_realdocs8_pages.py`. Texts come only from the\n"
    "public government work reports 2013–2017 in `../shared/data/gov-work-reports`; the\n"
    "outputs are committed so tests and CI need none of the tools. Gold (`gold/<file>.json`,\n"
    "the format of `../shared/data/realdocs-dev`) is written by the same scripts from what\n"
    "they put in each document, as a reader reads it and never from reader output,\n"
    "titles and headings as printed: the title, the headings with levels, the running\n"
    "headers that must not reach the body, passages (each one's first 18 characters)\n"
    "that must appear in order, boilerplate that must not, and a note on judgment calls.\n\n"
    "| file | made by | what it tests |\n|---|---|---|\n"
)

ROWS = [
    "| w07_news_inline_furniture.html | written after the layout of city news sites (`eval/make_realdocs8_pages.py`, as w08-w12), gwr 2015 | furniture inside the article container `div.article` among and after the body paragraphs: image ad and text-link ad marked 广告, a 相关阅读 box with an `<h4>` (not a heading), a 点击进入专题 banner, an inline `<p><strong>延伸阅读：</strong><a>` paragraph, video fallback text and title, a 关注官方微信 prompt with QR, （原标题：…）, 本文来源：, 声明：本文仅代表作者观点…, 【纠错】, 责任编辑, 推荐阅读 (`<h4>`), 免责声明; `<h3>` subheads (level 1); dateline opening the first paragraph; comments, side column, ICP footer |",
    '| w08_doc_share_pdf2html.html | written after the layout of document-sharing sites (文库-like) showing pdf2htmlEX output, gwr 2016 | `div.pf` pages of absolutely positioned `div.t` lines (`t m0 x1 h2 y3 ff1 fs0 fc0 sc0 ls0 ws0`, positions only in the head `<style>`), lines broken mid-sentence, paragraphs told only by the indented `x2` first line, a paragraph over a page break, title printed over two lines (the page\'s `<h1>` is the title), bold bigger `ff2 fs1` heading lines (level 1), printed header and `- N -` page numbers (running), empty `<span class="_ _1">` spacers; site chrome: doc info, 下载/收藏/分享/举报, VIP ads, 阅读已结束, upload statement, rating, 相关文档, 猜你喜欢 |',
    "| w09_table_layout_2005.html | written after the layout of 2005-era department sites (nested tables), gwr 2013 | UTF-8 with a BOM, CRLF, `http-equiv` meta without charset; upper-case `<TABLE>`/`<TD>`/`<FONT>` markup, `<MARQUEE>` welcome line and `document.write` date, 栏目导航/网上办事 `<TD>` column beside the article `<TD>`; no `<h1>`: title in `<TD class=title><FONT size=4><B>`; 发布时间/阅读次数/文章来源 line, 【字体：大 中 小】【打印本页】【关闭窗口】; text with no `<P>`: `&nbsp;`×4 indents, `<BR><BR>` between paragraphs, `<B>一、…</B>` heading lines (level 1); 上一篇/下一篇, 相关文章 table, footer |",
    "| w10_live_timeline.html | written after the layout of 图文直播 pages, gwr 2014 | `<h1>` with a 直播中 badge, participant count, 导语 lead (neither), tabs, 刷新/自动刷新/倒序/正序 toolbar, a pinned 置顶 notice, entries newest first (gold in page order), each with a time and the host label 主持人 赵阳 before its text, photo entries with captions, 加载更多, hidden comments, 热门直播/直播回顾 side boxes; no headings |",
    "| w11_spa_press_transcript.html | written after the layout of government press-release sites built as Vue apps, gwr 2015 | server-rendered `div#app` with `data-v-` attributes: `<h1>` (`<title>` adds 文字实录｜ and - 东川发布), 发布会信息 box, tabs with the 文字实录 pane shown and 图片直播/相关报道 panes `display:none`; transcript `<p>`s opening with `<strong>` speaker labels (answers required; moderator/reporter lines neither), photo + caption; cookie-consent banner, `<noscript>` message, `<template>` summary, the transcript again in `window.__INITIAL_STATE__`; no headings |",
    "| w12_gov_open_info_entities.html | written after the layout of 政府信息公开 pages, gwr 2017 | pure ASCII bytes declared `charset=ISO-8859-1` with every non-ASCII character a `&#x…;` reference; metadata table 索引号/主题分类/发文机关/成文日期/标题/发文字号/发布日期/有效性 above the document; `<h1>` title and `h2.docno` 发文字号; addressee line and opening paragraph, `<p><strong>一、…</strong></p>` headings (level 1), issuer/date and （此件公开发布） (neither); 附件下载, 相关解读, 【打印】【关闭】, 分享到, 扫一扫在手机打开当前页, 网站标识码/ICP/公网安备 footer |",
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "w07_news_inline_furniture.html": build_news_inline,
    "w08_doc_share_pdf2html.html": build_doc_share,
    "w09_table_layout_2005.html": build_table_2005,
    "w10_live_timeline.html": build_live,
    "w11_spa_press_transcript.html": build_spa_transcript,
    "w12_gov_open_info_entities.html": build_gov_open_info,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made8", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
