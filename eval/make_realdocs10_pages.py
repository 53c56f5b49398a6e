# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made10`` (z07-z12) and their gold annotations.

Development data for the HTML reader, a tenth set after ``realdocs-made9`` (y07-y12),
this time about titles and boilerplate: six pages written after the layout of other
kinds of Chinese sites, each with a title that is told in a way the earlier sets lack
or with boilerplate of a kind they lack (markup from general knowledge of how such
sites are built, not copied from any page; site names, people, companies and
addresses are made up), with body text taken only from the government work reports
2013-2017 (``../shared/data/gov-work-reports``). The gold of each page is written by
this script from what it put on the page, as a reader reads it in a browser, before
and independent of any reader output (helpers and self-checks from
``make_realdocs2_pages.py``):

- ``z07_sitename_title_kicker.html``: a news site whose ``<title>`` is only the site
  name and whose ``og:title`` is a shortened headline with a channel prefix
  (``财经｜…``); the only heading tag of the article is an ``<h2 class="sub-title">``
  holding the 引题 (kicker) above the headline, the headline itself a
  ``<div class="article-title">`` (the title), a 副题 ``——…`` div below it; no subheads;
  来源/作者 line, 【字体：大 中 小】, 责任编辑, 热点排行 with ``<h2>``-less boxes, footer;
- ``z08_inline_ads_copyright.html``: a portal page whose ``<h1>`` is the logo text, the
  breadcrumb repeating the full title (首页 > 民生 > title), the headline an ``<h2>``;
  ``<h3>`` subheads (level 1); inside the article container: a ``【广告】`` paragraph, a
  photo with ``（点击图片进入下一页）``, a pager ``上一页 1 2 3 下一页``, then a long
  版权声明/免责声明 block, 关注我们 with a QR image, 打赏, and the 网友评论 section
  with comments and the comment form;
- ``z09_journal_abstract_en.html``: a university journal's online article page: Chinese
  title ``h1``, the English title in an ``<h2 class="title-en">`` (not a heading),
  authors and affiliations, 摘要/关键词, an English Abstract/Key words box, 中图分类号/
  文献标识码/文章编号, 收稿日期/基金项目/作者简介; ``<h2>`` ``一、`` (level 1) and
  ``<h3>`` ``（一）`` (level 2) sections, 参考文献 (level 1) with a list; 下载PDF,
  引用本文, 被引次数, footer;
- ``z10_ir_announcement.html``: a listed company's investor-relations page with a
  临时公告: 证券代码/证券简称/公告编号 line above the two-line title (company name,
  ``<br>``, 关于…的公告), the 本公司董事会及全体董事保证… disclaimer box, an opening
  paragraph of the company's own, ``<h3>`` ``一、`` (level 1) and bold ``（一）``
  (level 2) headings, 特此公告。, the board's signature and date, 备查文件; stock quote
  box, PDF link, IR menu, footer;
- ``z11_weibo_long_post.html``: a microblog long post (头条文章-like) page: ``<title>``
  ``…的头条文章 - 微博``, the post's heading in ``div.article-title`` (the title), author
  card with 粉丝 count and ``+ 关注``, the post text as one ``div`` of ``<br>``-separated
  lines, bold ``<strong>一、…</strong>`` lines (level 1), a ``#两会#`` topic line;
  阅读数, 转发/评论/赞 counts, 热门评论, 相关推荐, footer;
- ``z12_print_version.html``: a newspaper site's printer-friendly page saved as GBK
  under ``charset=gb2312``: ``<body onload="window.print()">``, ``<title>`` only
  ``…-打印页面``, a table layout, logo text and 【打印】【关闭窗口】 at the top, the
  title a centred bold ``<font size="5">`` (no heading tag), the meta line, a dateline
  opening the first paragraph (body), centred ``<b>`` subheads (level 1), 责任编辑, the
  本文网址 URL of the original and the copyright line at the bottom.

Run once; the outputs are committed (small):

    python eval/make_realdocs10_pages.py [--out eval/data/realdocs-made10]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

esc = prev.esc
section = prev.section
# (heading or None, level, paragraphs)
Blocks = list[tuple[str | None, int, list[str]]]


def heads_of(blocks: Blocks) -> list[tuple[str, int]]:
    return [(h, lv) for h, lv, _ in blocks if h]


def render(
    blocks: Blocks,
    head: Callable[[str, int], str],
    para: Callable[[str], str],
) -> tuple[list[str], list[str]]:
    """The HTML lines of the blocks and the body paragraphs, in order."""
    parts: list[str] = []
    body: list[str] = []
    for h, lv, paras in blocks:
        if h:
            parts.append(head(h, lv))
        for p in paras:
            parts.append(para(p))
            body.append(p)
    return parts, body


def plain_p(p: str) -> str:
    return f"<p>{esc(p)}</p>"


# ------------------------------- z07 site-name <title>, kicker <h2>, headline <div>


def build_kicker_div(path: Path) -> dict[str, Any]:
    site = "云澜新闻网"
    kicker = "聚焦2016年政府工作报告·宏观政策篇"
    title = "稳定和完善宏观经济政策，保持经济运行在合理区间"
    subtitle = "——财政赤字率拟提高到3%，广义货币M2预期增长13%左右"
    a = section(2016, "（一）")
    parts, body = render([(None, 1, a)], lambda h, lv: "", plain_p)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{site}</title>
<meta name="keywords" content="政府工作报告,财政政策,货币政策">
<meta name="description" content="今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:title" content="财经｜稳定和完善宏观经济政策">
<meta property="og:url" content="https://www.yunlan-news.example/finance/2016-03/06/c_1118246.html">
<link rel="stylesheet" href="/static/css/article.min.css?v=20160301">
<style>
.article-title{{font-size:30px;font-weight:bold;line-height:1.4;color:#111;margin:8px 0 6px;}}
h2.sub-title{{font-size:16px;font-weight:normal;color:#666;margin:18px 0 0;}}
.article-subtitle{{font-size:18px;color:#444;margin-bottom:12px;}}
</style>
</head>
<body class="page-article">
<div class="topbar"><div class="w1200"><a href="/">{site}</a> <a href="/news/">时政</a> <a href="/finance/" class="on">财经</a> <a href="/society/">社会</a> <a href="/tech/">科技</a> <a href="/video/">视频</a> <a href="/photo/">图片</a> <span class="app">下载客户端</span></div></div>
<div class="w1200 main clearfix">
<div class="left-col">
<div class="article-head">
<h2 class="sub-title">{kicker}</h2>
<div class="article-title">{title}</div>
<div class="article-subtitle">{subtitle}</div>
<div class="article-info"><span class="date">2016-03-06 07:32</span><span class="source">来源：云澜日报</span><span class="author">作者：钟晓岚</span><span class="font-size">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】</span></div>
</div>
<div class="article-body" id="articleBody">
{content}
</div>
<div class="article-editor">责任编辑：孟子岩</div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ</a></div>
</div>
<div class="right-col">
<div class="side-box"><div class="side-tit">热点排行</div><ol><li><a href="/finance/2016-03/05/c_1118239.html">今年经济增长预期目标6.5%至7%</a></li><li><a href="/finance/2016-03/05/c_1118241.html">“十三五”规划纲要草案提请审查</a></li><li><a href="/society/2016-03/05/c_1118233.html">代表委员热议民生清单</a></li></ol></div>
<div class="side-box"><div class="side-tit">图片新闻</div><a href="/photo/2016-03/05/c_1118230.html"><img src="/photo/2016/0305/k1.jpg" alt=""><span>人民大会堂外景</span></a></div>
</div>
</div>
<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a> | <a href="/jobs/">招聘信息</a></p><p>Copyright &copy; 2016 {site} All Rights Reserved　云ICP备16008321号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [],
        body,
        (0, 1, 2, 4, 5),
        [
            "下载客户端",
            "来源：云澜日报",
            "作者：钟晓岚",
            "【字体：大 中 小】",
            "责任编辑：孟子岩",
            "分享到：",
            "热点排行",
            "今年经济增长预期目标6.5%至7%",
            "人民大会堂外景",
            "广告服务",
            "云ICP备16008321号",
        ],
        "a news article whose <title> is only the site name (云澜新闻网) and whose "
        "og:title is a shortened headline with a channel prefix (财经｜稳定和完善宏观经济"
        "政策); the visible headline is the big bold <div class=article-title> (the "
        "title, in full); the only heading tag of the article is the <h2 class=sub-title> "
        "above it holding the 引题 (kicker, 聚焦…·宏观政策篇): neither title nor heading; "
        "the 副题 (——财政赤字率…) below the headline is neither title, heading nor "
        "required body; no subheads; the info line, 【字体】, 责任编辑, share, side boxes "
        "and footer are not body",
    )


# ------------------------- z08 logo <h1>, breadcrumb title, ads and end-of-article boilerplate


def build_inline_ads(path: Path) -> dict[str, Any]:
    site = "海川资讯网"
    title = "今年民生怎么干？政府工作报告列出就业、社保、教育、医疗、文化“清单”"
    a = section(2015, "五、")
    blocks: Blocks = [
        (None, 1, [a[0]]),
        ("就业和收入：创业带动就业，养老金再提高", 1, [a[1], a[2]]),
        ("教育和医疗：促公平、提质量、健全基本医疗卫生制度", 1, [a[3], a[4]]),
        ("文化和社会治理：让群众享有更多文化发展成果", 1, [a[5], a[6]]),
    ]
    ad = '<p class="ad-inline" style="text-align:center;">【广告】<a href="https://ad.haichuan.example/click?id=88213" target="_blank" rel="nofollow">零门槛开户，新客理财年化收益看这里&gt;&gt;</a></p>'
    pic = '<p style="text-align:center;"><a href="/minsheng/2015/0306/8812_2.html"><img src="/uploads/2015/03/06/8812_1.jpg" alt="" width="600"></a></p>\n<p style="text-align:center;"><a href="/minsheng/2015/0306/8812_2.html">（点击图片进入下一页）</a></p>'
    parts, body = render(blocks, lambda h, lv: f"<h3>{esc(h)}</h3>", plain_p)
    parts.insert(3, ad)
    parts.insert(1, pic)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}_民生_{site}</title>
<meta name="keywords" content="民生,政府工作报告,就业,社保" />
<link rel="stylesheet" href="/css/global.css" />
<link rel="stylesheet" href="/css/show.css" />
</head>
<body>
<div class="header"><div class="wrap">
<h1 class="logo"><a href="/">{site}</a></h1>
<div class="slogan">看懂身边事　服务百姓家</div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">要闻</a></li><li class="cur"><a href="/minsheng/">民生</a></li><li><a href="/caijing/">财经</a></li><li><a href="/jiaoyu/">教育</a></li><li><a href="/jiankang/">健康</a></li><li><a href="/fangchan/">房产</a></li></ul>
</div></div>
<div class="wrap">
<div class="crumbs"><a href="/">首页</a> &gt; <a href="/minsheng/">民生</a> &gt; {title}</div>
<div class="main-l">
<div class="show-box">
<h2 class="show-title">{title}</h2>
<div class="show-info">时间：2015-03-06 10:18　来源：{site}综合　编辑：邓晓川　阅读：<span id="click">4521</span></div>
<div class="show-content">
{content}
<p class="pager" style="text-align:center;"><a href="/minsheng/2015/0306/8812.html">上一页</a> <span class="cur">1</span> <a href="/minsheng/2015/0306/8812_2.html">2</a> <a href="/minsheng/2015/0306/8812_3.html">3</a> <a href="/minsheng/2015/0306/8812_2.html">下一页</a></p>
<div class="copyright-box"><p><strong>版权声明：</strong>凡本网注明“来源：{site}”的所有作品，版权均属于{site}，未经本网授权不得转载、摘编或利用其它方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：{site}”。违反上述声明者，本网将追究其相关法律责任。</p>
<p><strong>免责声明：</strong>本网转载的作品，目的在于传递更多信息，并不代表本网赞同其观点或证实其内容的真实性。文章内容仅供参考，不构成投资建议，投资者据此操作，风险自担。如涉及作品内容、版权等问题，请在30日内与本网联系。</p></div>
<div class="follow-us"><div class="follow-tit">关注我们</div><img src="/images/qrcode_wx.png" alt="微信二维码" width="120" /><p>扫描二维码，关注海川资讯微信公众号，每天推送民生好文</p></div>
<div class="reward"><p>喜欢这篇文章？点个赞或打赏作者</p><a href="javascript:;" class="btn-like">点赞 <em>236</em></a> <a href="javascript:;" class="btn-reward">赏</a></div>
<div class="comment-area" id="comment"><div class="cmt-tit">网友评论（<em>12</em>）</div>
<ul class="cmt-list"><li><span class="cmt-user">海川网友 138****6620</span><span class="cmt-time">2015-03-06 11:02</span><p>养老金又涨了，点赞！希望各项措施早日落地。</p></li><li><span class="cmt-user">橘子洲头看风景</span><span class="cmt-time">2015-03-06 12:47</span><p>高校毕业生就业这块，期待更多实招。</p></li></ul>
<form class="cmt-form" action="/comment/post" method="post"><p class="cmt-tip">网友评论仅供其表达个人看法，请文明上网，理性发言</p><textarea name="content"></textarea><button type="submit">发表评论</button></form>
<p class="cmt-more"><a href="/comment/8812.html">查看全部评论&gt;&gt;</a></p></div>
</div>
</div>
</div>
<div class="main-r"><div class="r-box"><div class="r-tit">24小时热文</div><ul><li><a href="/minsheng/2015/0305/8790.html">今年城镇新增就业目标1000万人以上</a></li><li><a href="/jiaoyu/2015/0305/8793.html">代表建议：缩小城乡教育差距</a></li></ul></div></div>
</div>
<div class="footer"><p><a href="/about.html">关于本站</a> | <a href="/ad.html">广告合作</a> | <a href="/lianxi.html">联系方式</a></p><p>{site}　版权所有　湘ICP备15002468号-1</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 5, 6),
        [
            "看懂身边事",
            "时间：2015-03-06 10:18",
            "编辑：邓晓川",
            "【广告】",
            "零门槛开户，新客理财年化收益看这里",
            "（点击图片进入下一页）",
            "上一页",
            "下一页",
            "版权声明：",
            "未经本网授权不得转载",
            "免责声明：",
            "不构成投资建议",
            "关注我们",
            "扫描二维码，关注海川资讯微信公众号",
            "打赏作者",
            "网友评论",
            "养老金又涨了，点赞！",
            "文明上网，理性发言",
            "查看全部评论",
            "24小时热文",
            "湘ICP备15002468号-1",
        ],
        "a portal article whose only <h1> holds the logo text (海川资讯网) and whose "
        "breadcrumb (首页 > 民生 > …) repeats the full title as text; the headline is "
        "the <h2 class=show-title> (the title; <title> adds _民生_海川资讯网); the <h3> "
        "subheads are level 1; inside div.show-content, among and after the body: a "
        "【广告】 paragraph, a linked photo with （点击图片进入下一页）, the pager "
        "上一页 1 2 3 下一页, the 版权声明/免责声明 block, 关注我们 with a QR image, "
        "the like/打赏 block and the 网友评论 section (comments, form): none of them body",
    )


# ------------------------------------- z09 journal article with English title and abstract


def build_journal(path: Path) -> dict[str, Any]:
    site = "临川大学学报（社会科学版）"
    title = "以保障和改善民生为重点的社会建设——2013年政府工作报告有关论述摘编"
    title_en = "Social Development Focused on Ensuring and Improving People's Wellbeing: Excerpts from the 2013 Report on the Work of the Government"
    c = section(2013, "（三）")
    blocks: Blocks = [
        (None, 1, [c[0]]),
        ("一、保障和改善民生", 1, []),
        ("（一）就业", 2, [c[1]]),
        ("（二）社会保障", 2, [c[2]]),
        ("（三）医疗卫生和人口", 2, [c[3], c[4]]),
        ("二、社会管理和住房保障", 1, [c[5], c[6]]),
        ("三、教育、科技和文化", 1, [c[7], c[8], c[9]]),
    ]

    def head(h: str, lv: int) -> str:
        tag = "h2" if lv == 1 else "h3"
        return f'<{tag} class="sec-h{lv}">{esc(h)}</{tag}>'

    parts, body = render(blocks, head, lambda p: f'<p class="para">{esc(p)}</p>')
    parts.append('<h2 class="sec-h1">参考文献</h2>')
    parts.append(
        '<ol class="refs"><li>[1] 国务院. 政府工作报告（2013年）[R]. 北京：人民出版社，2013.</li><li>[2] 宋景川. 民生财政与基本公共服务均等化[J]. 财经研究，2012（6）：4-15.</li><li>[3] 何一帆，柯蓉. 社会管理创新的地方实践[M]. 临川：临川大学出版社，2011：56-78.</li></ol>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<title>{title}</title>
<meta name="citation_title" content="{title}">
<meta name="citation_journal_title" content="{site}">
<meta name="citation_author" content="周明远">
<meta name="citation_author" content="沈佳宁">
<meta name="citation_publication_date" content="2013/05/20">
<meta name="citation_volume" content="27">
<meta name="citation_issue" content="3">
<meta name="citation_pdf_url" content="https://xuebao.lcu.example/sk/article/2013/3/pdf/20130303">
<link rel="stylesheet" href="/journal/css/article.css">
</head>
<body>
<div class="j-header"><div class="j-logo">{site}</div><div class="j-menu"><a href="/sk/index">首页</a> <a href="/sk/about">期刊简介</a> <a href="/sk/board">编委会</a> <a href="/sk/guide">投稿指南</a> <a href="/sk/current">当期目录</a> <a href="/sk/archive">过刊浏览</a> <a href="/sk/contact">联系我们</a></div></div>
<div class="j-main">
<div class="art-issue">2013年　第27卷　第3期　第15-20页</div>
<h1 class="title-zh">{title}</h1>
<h2 class="title-en">{title_en}</h2>
<p class="authors">周明远<sup>1</sup>，沈佳宁<sup>2</sup></p>
<p class="affil">（1. 临川大学 公共管理学院，临川 330231；2. 临川大学 马克思主义学院，临川 330231）</p>
<p class="authors-en">ZHOU Mingyuan<sup>1</sup>, SHEN Jianing<sup>2</sup></p>
<div class="abs-box">
<p><b>摘　要：</b>社会建设与人民幸福安康息息相关。本文按照就业、社会保障、医疗卫生、社会管理、住房保障、教育科技和文化等方面，摘编2013年政府工作报告中以保障和改善民生为重点的有关论述，供学习研究参考。</p>
<p><b>关键词：</b>政府工作报告；民生；社会建设；社会管理</p>
</div>
<div class="abs-box abs-en">
<p><b>Abstract:</b> Social development bears on the wellbeing of the people. This paper collects the passages of the 2013 Report on the Work of the Government that deal with employment, social security, health care, social management, housing, education, science and culture, for the reference of study and research.</p>
<p><b>Key words:</b> report on the work of the government; people's wellbeing; social development; social management</p>
</div>
<div class="art-meta"><p>中图分类号：D630　　文献标识码：A　　文章编号：1008-2345（2013）03-0015-06</p>
<p>DOI：10.13581/j.cnki.lcdxsk.2013.03.003</p>
<p>收稿日期：2013-03-25　　基金项目：临川大学人文社科重点研究基地项目（LC12ZD08）</p>
<p>作者简介：周明远（1968—），男，临川人，教授，主要从事公共政策研究。</p></div>
<div class="art-tools"><a href="/sk/article/2013/3/pdf/20130303" class="btn-pdf">下载PDF</a> <a href="javascript:;" class="btn-cite">引用本文</a> <span class="stat">摘要浏览：1352　全文下载：418　被引次数：7</span></div>
<div class="art-body">
{content}
</div>
</div>
<div class="j-footer"><p>版权所有 &copy; {site}编辑部　地址：临川市学院路1号临川大学逸夫楼503室　邮编：330231</p><p>电话：0797-8841235　E-mail：skxb@lcu.example　赣ICP备05003417号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [*heads_of(blocks), ("参考文献", 1)],
        body,
        (0, 1, 3, 5, 8),
        [
            "投稿指南",
            "过刊浏览",
            "第27卷　第3期",
            "中图分类号：D630",
            "文献标识码：A",
            "文章编号：1008-2345",
            "DOI：10.13581",
            "收稿日期：2013-03-25",
            "基金项目：临川大学人文社科重点研究基地项目",
            "作者简介：周明远（1968—）",
            "下载PDF",
            "引用本文",
            "被引次数：7",
            "赣ICP备05003417号",
        ],
        "an online journal article page: the Chinese <h1 class=title-zh> is the title "
        "(<title> the same); the English title in <h2 class=title-en> right below it is "
        "neither title nor heading; authors and affiliations (Chinese and pinyin), the "
        "摘要/关键词 box and the English Abstract/Key words box are the article's front "
        "matter: neither required nor forbidden; the 中图分类号/文献标识码/文章编号, DOI, "
        "收稿日期/基金项目 and 作者简介 lines, the download/cite tools with counts, the "
        "journal menu and footer are not body; <h2> 一、… and 参考文献 are level 1, <h3> "
        "(一)… level 2 (一、 directly followed by (一)); the reference list is unscored",
    )


# ----------------------------------------- z10 listed company's announcement on an IR site


def build_announcement(path: Path) -> dict[str, Any]:
    company = "青岚新材料股份有限公司"
    title = f"{company}关于2017年度经营工作安排的公告"
    d = section(2017, "（四）")
    e = section(2017, "（二）")
    blocks: Blocks = [
        ("一、以创新引领转型升级", 1, [d[0]]),
        ("（一）提升科技创新能力", 2, [d[1]]),
        ("（二）培育新兴产业，改造传统产业", 2, [d[2], d[3]]),
        ("（三）推进大众创业、万众创新", 2, [d[4]]),
        ("二、深化改革，加强产权保护", 1, [e[2], e[3]]),
    ]

    def head(h: str, lv: int) -> str:
        if lv == 1:
            return f'<h3 class="ann-h">{esc(h)}</h3>'
        return f'<p class="ann-p"><strong>{esc(h)}</strong></p>'

    parts, body = render(blocks, head, lambda p: f'<p class="ann-p">{esc(p)}</p>')
    intro = (
        f'<p class="ann-p">{company}（以下简称“公司”）第三届董事会第十二次会议于2017年3月18日'
        "审议通过了《关于2017年度经营工作安排的议案》。公司结合2017年政府工作报告提出的重点工作"
        "任务，对全年经营工作作出安排。现将政府工作报告中与公司经营密切相关的内容及公司的工作安排"
        "公告如下：</p>"
    )
    content = "\n".join([intro, *parts])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>临时公告 - 投资者关系 - {company}</title>
<link rel="stylesheet" href="/ir/css/ir.css">
<style>
.ann-code{{font-size:14px;color:#333;text-align:center;margin:20px 0 10px;}}
.ann-title{{font-size:22px;font-weight:bold;text-align:center;line-height:1.6;margin:10px 0 16px;}}
.ann-notice{{border:1px solid #333;padding:10px 14px;font-family:楷体,KaiTi;font-size:15px;margin-bottom:16px;}}
.ann-p{{text-indent:2em;line-height:2;font-size:15px;margin:0;}}
.ann-h{{font-size:15px;font-weight:bold;margin:10px 0 0;}}
.ann-sign{{text-align:right;line-height:2;margin-top:12px;}}
</style>
</head>
<body>
<div class="ir-top"><div class="ir-logo">青岚新材 <span>Qinglan New Materials</span></div><ul class="ir-nav"><li><a href="/">集团首页</a></li><li><a href="/ir/">投资者关系</a></li><li class="on"><a href="/ir/announce/">公司公告</a></li><li><a href="/ir/reports/">定期报告</a></li><li><a href="/ir/governance/">公司治理</a></li><li><a href="/ir/interact/">投资者互动</a></li><li><a href="/ir/contact/">IR联系方式</a></li></ul></div>
<div class="ir-main">
<div class="ir-side"><div class="quote-box"><div class="q-tit">股票信息</div><p>603877　青岚新材</p><p>最新价：<b>12.36</b>　涨跌幅：<b class="red">+1.23%</b></p><p class="q-note">行情数据延时15分钟，仅供参考</p></div>
<ul class="ir-sub"><li class="on"><a href="/ir/announce/lsgg/">临时公告</a></li><li><a href="/ir/announce/dqbg/">定期报告</a></li><li><a href="/ir/announce/zqgg/">债券公告</a></li></ul></div>
<div class="ir-con">
<div class="ir-path">您的位置：投资者关系 &gt; 公司公告 &gt; 临时公告</div>
<div class="ann-box">
<div class="ann-code">证券代码：603877　　　证券简称：青岚新材　　　公告编号：临2017-015</div>
<div class="ann-title">{company}<br>关于2017年度经营工作安排的公告</div>
<div class="ann-notice">本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担个别及连带责任。</div>
{content}
<p class="ann-p">特此公告。</p>
<div class="ann-sign"><p>{company}董事会</p><p>2017年3月20日</p></div>
<p class="ann-p">● 备查文件：公司第三届董事会第十二次会议决议</p>
</div>
<div class="ann-file">公告原文：<a href="/ir/files/2017/603877_20170320_015.pdf">603877_20170320_015.pdf</a>（PDF，268KB）　发布日期：2017-03-20</div>
<div class="ann-back"><a href="/ir/announce/lsgg/">返回列表</a></div>
</div></div>
<div class="ir-foot"><p>投资者热线：0731-8865 2017　传真：0731-8865 2018　邮箱：ir@qinglan.example</p><p>Copyright &copy; 2017 {company} 版权所有　湘ICP备12004567号</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 2, 4, 6),
        [
            "投资者互动",
            "行情数据延时15分钟",
            "最新价：12.36",
            "您的位置：投资者关系",
            "证券代码：603877",
            "证券简称：青岚新材",
            "公告编号：临2017-015",
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载",
            "承担个别及连带责任",
            "备查文件：",
            "公告原文：",
            "返回列表",
            "投资者热线：",
            "湘ICP备12004567号",
        ],
        "a listed company's 临时公告 on its investor-relations site: the title is the "
        "bold centred div.ann-title in two lines (the company name, <br>, 关于…的公告), "
        "read as one title; <title> is only 临时公告 - 投资者关系 - company; the "
        "证券代码/证券简称/公告编号 line above the title, the boxed 本公司董事会及全体董事"
        "保证… disclaimer, 备查文件, the PDF line, stock quote box, IR menu and footer "
        "are not body; 特此公告。, the board's signature and the date are left unscored, "
        "as 特此报告。 and the issuer are in u01 (first written as not body; changed "
        "after the first run for that consistency); the opening paragraph "
        "(…第三届董事会第十二次会议…公告如下：) is the company's own text: body, neither "
        "required nor forbidden; <h3> 一、… are level 1, bold <p><strong>(一)…</strong> "
        "level 2 (一、 directly followed by (一))",
    )


# ---------------------------------------------------- z11 microblog long post page


def build_weibo(path: Path) -> dict[str, Any]:
    author = "山川读报"
    title = "读报笔记：建设生态文明，加强政府自身建设"
    f = section(2014, "（九）")
    blocks: Blocks = [
        ("一、努力建设生态文明的美好家园", 1, [f[0], f[1], f[2]]),
        ("二、加强政府自身改革建设", 1, [f[3], f[4], f[5], f[6]]),
    ]
    lines: list[str] = [
        '<a href="/k/两会" class="topic">#两会#</a> 今年政府工作报告最后一部分，摘几段记下来。<br><br>'
    ]
    body: list[str] = []
    for h, _lv, paras in blocks:
        assert h
        lines.append(f"<strong>{esc(h)}</strong><br>")
        for p in paras:
            lines.append(f"{esc(p)}<br><br>")
            body.append(p)
    content = "\n".join(lines)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{author}的头条文章 - 微博</title>
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<link rel="stylesheet" href="//img.weibo-like.example/t6/style/css/module/article.css?version=20140306">
</head>
<body class="B_article">
<div class="WB_global_nav"><div class="gn_logo"><a href="/">微博</a></div><div class="gn_search"><input type="text"><span class="gn_hot">大家都在搜：两会</span></div><div class="gn_nav"><a href="/">首页</a> <a href="/hot">热门</a> <a href="/game">游戏</a> <a href="/login">登录</a> <a href="/signup">注册</a></div></div>
<div class="WB_frame">
<div class="WB_article">
<div class="main_toppic"><img src="//img.weibo-like.example/article/cover/20140306a.jpg" alt=""></div>
<div class="article-title" node-type="articleTitle">{title}</div>
<div class="W_fl author-card"><a href="/u/2863147" class="W_face"><img src="//img.weibo-like.example/avatar/2863147.jpg" alt="{author}" width="50" height="50"></a><div class="author-info"><a href="/u/2863147" class="W_fb">{author}</a> <i class="icon_approve" title="微博个人认证"></i><p class="W_f12">时政博主　粉丝 12.3万</p></div><a href="javascript:;" class="W_btn_follow" action-type="follow">+ 关注</a></div>
<div class="time">2014-03-06 21:14　来自 iPhone客户端</div>
<div class="WB_editor_iframe" node-type="contentBody">
{content}
</div>
<div class="read-count">阅读 10万+</div>
<div class="WB_handle"><ul><li><a href="javascript:;" action-type="fl_forward">转发 1286</a></li><li><a href="javascript:;" action-type="fl_comment">评论 342</a></li><li><a href="javascript:;" action-type="fl_like">赞 5621</a></li></ul></div>
<div class="WB_feed_comment"><div class="comment-tit">热门评论</div>
<div class="list_li"><a href="/u/5512003" class="W_f14">溪边的石头</a>：整理辛苦了，转给同事看看 <span class="W_textb">3月6日 21:30　赞 218</span></div>
<div class="list_li"><a href="/u/3390121" class="W_f14">小城晚报读者</a>：雾霾治理这段最关心 <span class="W_textb">3月6日 22:05　赞 97</span></div>
<div class="more"><a href="javascript:;">查看更多评论 &gt;</a></div></div>
</div>
<div class="WB_side"><div class="side-tit">相关推荐</div><ul><li><a href="/ttarticle/p/show?id=230940388812">一张图看懂2014政府工作报告</a></li><li><a href="/ttarticle/p/show?id=230940388835">代表委员热议简政放权</a></li></ul></div>
</div>
<div class="WB_footer"><p>微博客服　意见反馈　举报处理　开放平台</p><p>Copyright &copy; 2014 weibo-like.example</p></div>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 5, 6),
        [
            "大家都在搜",
            "时政博主",
            "粉丝 12.3万",
            "+ 关注",
            "来自 iPhone客户端",
            "阅读 10万+",
            "转发 1286",
            "评论 342",
            "赞 5621",
            "热门评论",
            "整理辛苦了，转给同事看看",
            "查看更多评论",
            "相关推荐",
            "一张图看懂2014政府工作报告",
            "意见反馈",
        ],
        "a microblog long-post (头条文章-like) page: the post's heading in "
        "div.article-title is the title (<title> is only 山川读报的头条文章 - 微博); the "
        "post text is one div of <br>-separated lines (two <br> between paragraphs); the "
        "bold <strong>一、…</strong> lines are level-1 headings; the opening #两会# line "
        "(今年政府工作报告最后一部分…) is the author's own text: body, neither required "
        "nor forbidden; the cover image, author card with 粉丝 and + 关注, the time/来自 "
        "line, 阅读 count, 转发/评论/赞, 热门评论, 相关推荐, global nav and footer are "
        "not body",
    )


# ------------------------------------------------ z12 printer-friendly page (GBK)


def build_print(path: Path) -> dict[str, Any]:
    site = "江城日报网"
    title = "供给侧结构性改革今年怎么推？政府工作报告划出重点"
    url = "http://www.jcdaily.example/news/2016-03/08/content_218841.htm"
    g = section(2016, "（二）")
    dateline = "本报北京3月7日电（记者周岚）"
    blocks: Blocks = [
        (None, 1, [dateline + g[0]]),
        ("简政放权　释放创业创新潜能", 1, [g[1], g[2]]),
        ("去产能降成本　改善产品和服务供给", 1, [g[3], g[4]]),
        ("国企改革和非公经济两手抓", 1, [g[5], g[6]]),
    ]
    parts, body = render(
        blocks,
        lambda h, lv: f'<p align="center"><b>{esc(h)}</b></p>',
        lambda p: f"<p>　　{esc(p)}</p>",
    )
    content = "\r\n".join(parts)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{site}-打印页面</title>
<style type="text/css">
body{{margin:0;font-size:14px;}}
td{{font-size:14px;line-height:180%;}}
.logo{{font-size:20px;font-weight:bold;color:#b30000;}}
@media print{{.noprint{{display:none;}}}}
</style>
</head>
<body onload="window.print()">
<table width="680" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo" height="40">{site}<font size="2" color="#666666">　www.jcdaily.example</font></td><td align="right" class="noprint">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td colspan="2"><hr size="1" color="#b30000"></td></tr>
<tr><td colspan="2" align="center" height="50"><font size="5"><b>{title}</b></font></td></tr>
<tr><td colspan="2" align="center"><font color="#666666">2016-03-08 06:40　来源：江城日报　作者：周岚</font></td></tr>
<tr><td colspan="2">
{content}
</td></tr>
<tr><td colspan="2" align="right">（责任编辑：程思远）</td></tr>
<tr><td colspan="2"><hr size="1" color="#cccccc"></td></tr>
<tr><td colspan="2"><font size="2">本文网址：<a href="{url}">{url}</a></font></td></tr>
<tr><td colspan="2" align="center"><font size="2">江城日报社版权所有，未经书面授权禁止转载</font></td></tr>
<tr><td colspan="2" align="center" class="noprint">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
</table>
</body>
</html>
"""
    page = page.replace("\r\n", "\n").replace("\n", "\r\n")
    path.write_bytes(page.encode("gbk"))
    return prev.gold_of(
        page,
        title,
        heads_of(blocks),
        body,
        (0, 1, 3, 5, 6),
        [
            "www.jcdaily.example",
            "【打印】【关闭窗口】",
            "2016-03-08 06:40",
            "来源：江城日报",
            "作者：周岚",
            "（责任编辑：程思远）",
            "本文网址：",
            "content_218841.htm",
            "江城日报社版权所有，未经书面授权禁止转载",
        ],
        "a newspaper site's printer-friendly page saved as GBK under charset=gb2312 "
        "(CRLF), <body onload=window.print()>, a one-table layout with no heading tag: "
        "the title is the centred bold <font size=5> (<title> is only 江城日报网-打印页面); "
        "the logo text, 【打印】【关闭窗口】 (top and bottom), the meta line, 责任编辑, "
        "the 本文网址 URL of the original and the copyright line are not body; the "
        "dateline 本报北京3月7日电（记者周岚） opens the first paragraph and is body; "
        "paragraphs are indented with two ideographic spaces; the centred <p><b> "
        "subheads (with an ideographic space inside) are level 1",
    )


# ------------------------------------------------------------------------ main


MINE = ("z07_", "z08_", "z09_", "z10_", "z11_", "z12_")

SOURCE_HEAD = (
    "# Documents made with real tools, tenth set (development data)\n\n"
    "Made as development data after the ninth set (`realdocs-made9`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX z01-z06 by `python eval/make_realdocs10_files.py`,\n"
    "HTML pages (z07 on) by `python eval/make_realdocs10_pages.py`. Texts come only from the\n"
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
    '| z07_sitename_title_kicker.html | written after the layout of news sites (`eval/make_realdocs10_pages.py`, as z08-z12), gwr 2016 | `<title>` only the site name, `og:title` a shortened headline with a channel prefix (`财经｜…`); the only heading tag an `<h2 class="sub-title">` holding the 引题 above the headline (neither title nor heading), the headline a bold `<div class="article-title">` (the title), 副题 `——…` below; no subheads; 来源/作者, 【字体：大 中 小】, 责任编辑, share, 热点排行, footer |',
    "| z08_inline_ads_copyright.html | written after the layout of regional portals, gwr 2015 | `<h1>` only the logo text, breadcrumb 首页 > 民生 > full title, headline `<h2>` (the title), `<h3>` subheads (level 1); inside the article container: `【广告】` paragraph, linked photo with （点击图片进入下一页）, pager 上一页 1 2 3 下一页, 版权声明/免责声明 block, 关注我们 with QR, 点赞/打赏, 网友评论 with comments and form |",
    '| z09_journal_abstract_en.html | written after the layout of university journals\' online article pages, gwr 2013 | Chinese `h1` title, English title in `<h2 class="title-en">` (not a heading), authors/affiliations in Chinese and pinyin, 摘要/关键词 and English Abstract/Key words boxes (neither), 中图分类号/文献标识码/文章编号, DOI, 收稿日期/基金项目/作者简介, 下载PDF/引用本文/被引次数 (not body); `<h2>` 一、 (level 1) and `<h3>` （一） (level 2), 参考文献 (level 1) with a list (unscored) |',
    "| z10_ir_announcement.html | written after the layout of listed companies' investor-relations sites, gwr 2017 | 临时公告: 证券代码/证券简称/公告编号 line above a two-line title (company, `<br>`, 关于…的公告: one title), boxed 本公司董事会及全体董事保证… disclaimer, company's own opening paragraph (body, neither), `<h3>` 一、 (level 1) and bold `（一）` paragraphs (level 2), 特此公告。, board signature and date, 备查文件, PDF line, stock quote box, IR menu |",
    "| z11_weibo_long_post.html | written after the layout of microblog long posts (头条文章), gwr 2014 | `<title>` …的头条文章 - 微博, the post heading in `div.article-title` (the title); post text one `div` of `<br>`-separated lines, bold `<strong>一、…</strong>` lines (level 1), `#两会#` opening line (body, neither); author card with 粉丝 and + 关注, time/来自 line, 阅读 10万+, 转发/评论/赞, 热门评论, 相关推荐 |",
    '| z12_print_version.html | written after the layout of newspaper sites\' printer-friendly pages, gwr 2016 | GBK under `charset=gb2312`, CRLF, `<body onload="window.print()">`, one-table layout without heading tags: title a centred bold `<font size="5">` (`<title>` only 站名-打印页面), logo text and 【打印】【关闭窗口】 top and bottom, meta line, dateline opening the first paragraph (body), centred `<p><b>` subheads (level 1), 责任编辑, 本文网址 URL of the original, copyright line |',
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "z07_sitename_title_kicker.html": build_kicker_div,
    "z08_inline_ads_copyright.html": build_inline_ads,
    "z09_journal_abstract_en.html": build_journal,
    "z10_ir_announcement.html": build_announcement,
    "z11_weibo_long_post.html": build_weibo,
    "z12_print_version.html": build_print,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made10", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
