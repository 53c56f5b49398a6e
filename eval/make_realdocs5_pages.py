# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made5`` (t07-t11) and their gold annotations.

Development data for the HTML reader, a fifth set after ``realdocs-made4`` (s07-s12):
five pages written after the layout of other kinds of Chinese sites (markup from
general knowledge of how such sites are built, not copied from any page; site names,
people and addresses are made up), with body text taken only from the government
work reports 2013-2017 (``../shared/data/gov-work-reports``). The gold of each page is
written by this script from what it put on the page, before and independent of any
reader output (helpers and self-checks from ``make_realdocs2_pages.py``):

- ``t07_sohu_like.html``: a self-media platform (搜狐号-like) article; ``<h1>`` in
  ``div.text-title`` with the time and source, the author card (``div.user-info`` with
  an ``<h4>`` name and 文章/总阅读 counts) before the article in the source, the body in
  ``<article class="article" id="mp-editor">`` with a hidden ``原标题：`` paragraph
  (``display:none``), ``<p>`` paragraphs, whole-paragraph ``<p><strong>`` subheads (level
  1), an image paragraph, the ``返回搜狐，查看更多`` link as the last child of the
  article, ``<p data-role="editor-name">责任编辑：<span>…</span></p>`` after it, a
  ``平台声明`` box, reading count, comments and recommendations;
- ``t08_gov_duplicate_title.html``: a government 信息公开 detail page; the 索引号/
  发布机构/文号 metadata table above the ``<h1>``, then the content ``div.wzcon``
  repeating the title as a centred bold first paragraph, the 文号 line centred, the
  salutation, body ``<p style="text-indent:2em">`` paragraphs with bold ``一、…``
  headings (level 1), the issuer and date right-aligned at the end; print/close tools,
  related files and a footer;
- ``t09_paginated.html``: page 1 of a news article split over three pages; ``<h1>``,
  date/source line, ``<h3>`` subheads (level 1) in the content, the editor line
  ``（责任编辑：…）``, a pager ``div.page`` (``上一页 1 2 3 下一页`` links and
  ``第1页/共3页``) at the end of the content, share bar, related news, footer;
- ``t10_kicker_h1.html``: a news page with a kicker ``<h2 class="kicker">两会特别报道</h2>``
  above the ``<h1>`` (not a heading, not the title), a deck ``<p class="deck">`` under
  the h1 (body, the first passage), ``<h2>`` subheads inside the article (level 1), a
  ``<h2>相关阅读</h2>`` list after the article (not a heading, entries not body),
  a footer;
- ``t11_h4_sections.html``: a long-form report page whose sections are ``<h4>`` only
  (level 1) with ``<p>`` paragraphs, a breadcrumb, a sidebar placed before the main
  column in the source with ``<h4>`` widget titles (not headings) and link lists, and a
  ``上一篇/下一篇`` nav after the article.

Run once; the outputs are committed (small):

    python eval/make_realdocs5_pages.py [--out eval/data/realdocs-made5]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import make_realdocs2_pages as prev

ROOT = Path(__file__).resolve().parents[1]
esc = prev.esc
section = prev.section


# ------------------------------------------------------ t07 self-media platform


def build_sohu_like(path: Path) -> dict[str, Any]:
    title = "读懂2016年政府工作报告：供给侧改革与扩大内需如何发力"
    author = "宏观经济观察室"
    s2, s3 = section(2016, "（二）"), section(2016, "（三）")
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [s2[0], s2[1]]),
        ("一、去产能与降成本", [s2[3], s2[5]]),
        ("二、消费升级与有效投资", [s3[1], s3[2]]),
        ("三、城镇化与区域发展", [s3[3], s3[4]]),
    ]
    body: list[str] = []
    parts = [f'<p data-role="original-title" style="display:none">原标题：{esc(title)}</p>']
    for head, paras in blocks:
        if head:
            parts.append(f"<p><strong>{esc(head)}</strong></p>")
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
            if len(body) == 2:
                parts.append(
                    '<p style="text-align: center;"><img src="//p3.itc.example/images/20160306/7c1e0a9b2f8d4e5a9c3b6d1e2f0a8b7c.jpeg" max-width="600" /></p>'
                )
    parts.append(
        '<a href="//www.sohu.com/?strategyid=00001 " target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />
<title>{title}_手机搜狐网</title>
<meta name="keywords" content="政府工作报告,供给侧结构性改革,去产能,新型城镇化" />
<meta name="description" content="{esc(s2[0][:60])}" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{title}" />
<meta property="og:release_date" content="2016-03-06 10:12" />
<meta name="mediaid" content="{author}" />
<link rel="stylesheet" href="//statics.itc.example/mp/article/css/main_a8c3f2.css" />
<script>
var article_config = {{ id: "61298452", mediaId: "470215", channelId: "15", title: "{title}" }};
window.sohu_mp = {{ article_id: "61298452", channel_id: "15", media_id: "470215" }};
</script>
</head>
<body class="article-page">
<header id="main-header" class="clearfix"><div class="area"><div class="head-nav left"><ul><li class="index"><a href="//www.sohu.com/">搜狐首页</a></li><li><a href="//news.sohu.com/">新闻</a></li><li><a href="//sports.sohu.com/">体育</a></li><li><a href="//auto.sohu.com/">汽车</a></li><li><a href="//business.sohu.com/">财经</a></li><li><a href="//it.sohu.com/">科技</a></li><li class="more-nav"><a href="javascript:void(0)">更多</a></li></ul></div><div class="right"><a href="//mp.sohu.com/" class="mp-entry">搜狐号</a> <a href="javascript:void(0)" class="login">登录</a></div></div></header>
<div class="location area"><a href="//www.sohu.com/c/8/1460">财经</a> &gt; <span>正文</span></div>
<div class="area clearfix" id="article-container">
<div class="column left">
<div class="user-info" id="user-info" data-role="user-info"><div class="user-pic"><a href="//mp.sohu.com/profile?xpt=aGdqY2d4&amp;_f=index_pagemp_1" target="_blank"><img src="//p0.itc.example/mpavatar/470215.jpg" alt="" /></a></div><h4><a href="//mp.sohu.com/profile?xpt=aGdqY2d4" target="_blank">{author}</a></h4><dl class="user-num"><dd><span class="value">1268</span>文章</dd><dd><span class="value">523万</span>总阅读</dd></dl><div class="user-btn"><a href="javascript:void(0)" class="article-follow">+ 关注</a></div><div class="user-more"><a href="//mp.sohu.com/profile?xpt=aGdqY2d4" target="_blank">查看TA的文章&gt;</a></div></div>
<div class="share-interaction" id="share-interaction"><span class="weixin" data-type="weixin"></span><span class="weibo" data-type="weibo"></span><span class="qq" data-type="qq"></span></div>
</div>
<div class="left main">
<div class="text">
<div class="text-title">
<h1>{title}<span class="article-tag"></span></h1>
<div class="article-info"><span class="time" id="news-time" data-val="1457230320000">2016-03-06 10:12</span><span data-role="original-link">来源: <a href="//mp.sohu.com/profile?xpt=aGdqY2d4" target="_blank">{author}</a></span></div>
</div>
<article class="article" id="mp-editor">
{content}
</article>
<p data-role="editor-name">责任编辑：<span>陈静</span></p>
<div id="articleAllsee" style="display:none"><a href="javascript:void(0)">阅读全文</a></div>
</div>
<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>
<div class="bottom-relate-wrap clear type-3"><div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv" data-val="23806"></em>)</span><a href="javascript:void(0)" class="jubao">投诉</a></div></div>
<div id="comment_area"><div class="c-head"><h3>我来说两句</h3><span>0人参与，0条评论</span></div><div class="c-input"><textarea placeholder="来说两句吧..."></textarea><a href="javascript:void(0)" class="c-btn">发布</a></div><div class="c-empty">还没有评论，快来抢沙发吧！</div></div>
<div class="god-article" id="god-article"><h3 class="title">推荐阅读</h3><ul><li><a href="//www.sohu.com/a/61305527_470215">一张图看懂今年财政赤字安排</a></li><li><a href="//www.sohu.com/a/61302218_470215">国企改革今明两年怎么打攻坚战</a></li><li><a href="//www.sohu.com/a/61289913_470215">“十三五”开局之年的七个关键词</a></li></ul></div>
</div>
<div class="sidebar right" id="right-side-bar"><div class="hot-article"><div class="title"><span>24小时热文</span></div><ul><li><a href="//www.sohu.com/a/61277021_115362">两会首场记者会要点速览</a></li><li><a href="//www.sohu.com/a/61268113_114988">代表委员热议民生清单</a></li></ul></div></div>
</div>
<footer id="foot" class="foot"><div class="area"><div class="links"><a href="//www.sohu.com/about/">关于搜狐</a> | <a href="//www.sohu.com/help/">客服中心</a> | <a href="//www.sohu.com/contact/">联系方式</a> | <a href="//www.sohu.com/legal/">保护隐私权</a></div><div class="copyright">Copyright © 2016 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有 <a href="http://www.miibeian.gov.cn/" target="_blank">京ICP证030367号</a></div></div></footer>
<script src="//statics.itc.example/mp/article/js/main_5b7d1c.js"></script>
<script>
(function () {{ var pv = document.querySelector("[data-role=pv]"); if (pv) {{ pv.textContent = pv.getAttribute("data-val"); }} }})();
</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 5, 7),
        [
            "原标题：",
            "总阅读",
            "返回搜狐，查看更多",
            "责任编辑：陈静",
            "平台声明",
            "我来说两句",
            "一张图看懂今年财政赤字安排",
            "24小时热文",
            "京ICP证030367号",
        ],
        "the <h1> in div.text-title is the title (<title> adds _手机搜狐网); the body is "
        "article#mp-editor: the hidden 原标题： paragraph (display:none) is not shown and not "
        "body; whole-paragraph <p><strong> lines are the subheads (level 1); the image "
        "paragraph has no caption; the 返回搜狐，查看更多 link (last child of the article), the "
        "责任编辑 line after it, the author card before the article (its <h4> name is no "
        "heading), the 平台声明 box, reading count, comments and recommendations are not body",
    )


# ------------------------------------------ t08 信息公开 page with the title twice


def build_gov_duplicate_title(path: Path) -> dict[str, Any]:
    title = "东川省人民政府关于做好2013年保障和改善民生工作的意见"
    site = "东川省人民政府"
    number = "东府发〔2013〕9号"
    s3 = section(2013, "（三）")
    intro = s3[0]
    blocks: list[tuple[str, list[str]]] = [
        ("一、着力稳定和扩大就业", [s3[1], s3[2]]),
        ("二、深化医药卫生和人口工作", [s3[3], s3[4]]),
        ("三、加强社会管理和住房保障", [s3[5], s3[6]]),
        ("四、推动教育科技文化发展", [s3[7], s3[8]]),
    ]
    para = '<p style="text-indent:2em;line-height:2em">'
    body = [intro]
    parts = [
        f'<p style="text-align:center"><strong>{esc(title)}</strong></p>',
        f'<p style="text-align:center">{number}</p>',
        "<p>各市、县（区）人民政府，省政府各部门：</p>",
        f"{para}{esc(intro)}</p>",
    ]
    for head, paras in blocks:
        parts.append(f"{para}<strong>{esc(head)}</strong></p>")
        for p in paras:
            parts.append(f"{para}{esc(p)}</p>")
            body.append(p)
    parts.append(f'<p style="text-align:right">{site}</p>')
    parts.append('<p style="text-align:right">2013年3月22日</p>')
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta name="SiteName" content="{site}" />
<meta name="SiteDomain" content="www.dongchuan.gov.cn" />
<meta name="SiteIDCode" content="5300000021" />
<meta name="ColumnName" content="省政府文件" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2013-03-26 09:30" />
<link rel="stylesheet" type="text/css" href="/images/xxgk/css/xxgk.css" />
<script type="text/javascript" src="/images/js/jquery-1.7.2.min.js"></script>
</head>
<body>
<div class="top"><div class="w1000"><div class="logo"><img src="/images/xxgk/logo.png" alt="{site}门户网站" /></div><div class="top-links"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/mobile/">移动版</a></div></div></div>
<div class="menu"><div class="w1000"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjdc/">走进东川</a></div></div>
<div class="w1000 position">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/szfwj/">省政府文件</a></div>
<div class="w1000 xxgk-detail">
<div class="xxgk_table">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="td1">索 引 号：</td><td class="td2">115300000150001234/2013-00215</td><td class="td1">主题分类：</td><td class="td2">劳动、人事、监察</td></tr>
<tr><td class="td1">发布机构：</td><td class="td2">{site}办公厅</td><td class="td1">成文日期：</td><td class="td2">2013年03月22日</td></tr>
<tr><td class="td1">名　　称：</td><td class="td2" colspan="3">{title}</td></tr>
<tr><td class="td1">文　　号：</td><td class="td2">{number}</td><td class="td1">发布日期：</td><td class="td2">2013年03月26日</td></tr>
</table>
</div>
<h1 class="xxgk-title">{title}</h1>
<div class="wzcon" id="zoom">
{content}
</div>
<div class="xxgk-tools"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a>　<a href="javascript:void(0)" onclick="AddFavorite()">【收藏】</a></div>
<div class="xgwj"><div class="xgwj-title">相关文件</div><ul><li><a href="/zwgk/szfwj/201302/t20130218_118801.html">东川省人民政府关于进一步做好普通高校毕业生就业工作的通知</a></li><li><a href="/zwgk/szfwj/201301/t20130115_117622.html">东川省人民政府办公厅关于印发2013年民生实事项目的通知</a></li></ul></div>
</div>
<div class="footer"><div class="w1000"><p>主办：{site}办公厅　承办：东川省电子政务中心</p><p>网站标识码：5300000021　<a href="http://www.miitbeian.gov.cn/" target="_blank">东ICP备05000518号</a>　东公网安备53010202000123号</p></div></div>
<script type="text/javascript">function AddFavorite() {{ try {{ window.external.addFavorite(location.href, document.title); }} catch (e) {{ alert("请使用Ctrl+D收藏本页"); }} }}</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 4, 6, 8),
        [
            "您所在的位置",
            "索引号",
            "主题分类",
            "【打印本页】",
            "【关闭窗口】",
            "相关文件",
            "进一步做好普通高校毕业生就业工作",
            "网站标识码",
            "东ICP备05000518号",
        ],
        "the <h1> is the title; the metadata table above it (索引号/发布机构/名称/文号) is not "
        "body; div.wzcon repeats the title as a centred bold first paragraph (the title "
        "again, not a heading; neither required nor forbidden in the body) and the centred "
        "文号 line, the salutation, issuer and date (right-aligned) are the document's own "
        "and neither required nor forbidden; the indented bold 一、… paragraphs are the "
        "headings (level 1); tools, related files and footer are not body",
    )


# ------------------------------------------------------- t09 paginated article


def build_paginated(path: Path) -> dict[str, Any]:
    title = "民生清单里的新期待：2014年政府工作报告解读之三"
    site = "民声网"
    s7, s8 = section(2014, "（七）"), section(2014, "（八）")
    blocks: list[tuple[str | None, list[str]]] = [
        (None, [s7[0]]),
        ("办好人民满意的教育和医疗", [s7[1], s7[2]]),
        ("创新社会治理，稳定就业", [s7[4], s8[1]]),
        ("织密织牢民生保障网", [s8[2], s8[3], s8[4]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<h3>{esc(head)}</h3>")
        for p in paras:
            parts.append(f"<p>　　{esc(p)}</p>")
            body.append(p)
    parts.append(
        '<div class="page" id="pagelist"><a href="javascript:void(0)" class="prev disabled">上一页</a><span class="cur">1</span><a href="/n/2014/0307/c1001-24562871-2.html">2</a><a href="/n/2014/0307/c1001-24562871-3.html">3</a><a href="/n/2014/0307/c1001-24562871-2.html" class="next">下一页</a><span class="count">第1页/共3页</span></div>'
    )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8" />
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>{title}--时政--{site}</title>
<meta name="keywords" content="政府工作报告 民生 教育 医改 就业 社保" />
<meta name="description" content="{esc(s7[0][:50])}" />
<meta name="filetype" content="0" />
<meta name="publishedtype" content="1" />
<meta name="pagetype" content="1" />
<meta name="catalogs" content="1001" />
<meta name="contentid" content="24562871" />
<meta name="publishdate" content="2014-03-07" />
<meta name="author" content="孙悦" />
<meta name="source" content="来源：{site}" />
<link href="/css/2013/content.css" type="text/css" rel="stylesheet" media="all" />
<script src="/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div id="rwb_navpath"></div>
<div class="header"><div class="w1000 clearfix"><div class="fl logo"><a href="/" target="_blank"><img src="/img/2013/logo.png" alt="{site}" /></a></div><div class="fl nav"><a href="/" target="_blank">首页</a>|<a href="/politics/" target="_blank">时政</a>|<a href="/world/" target="_blank">国际</a>|<a href="/finance/" target="_blank">财经</a>|<a href="/society/" target="_blank">社会</a>|<a href="/edu/" target="_blank">教育</a>|<a href="/health/" target="_blank">健康</a></div></div></div>
<div class="clearfix w1000_320 path_nav"><a href="/" class="clink">{site}</a>&gt;&gt;<a href="/politics/" class="clink">时政</a>&gt;&gt;<a href="/politics/2014lh/" class="clink">2014全国两会</a></div>
<div class="clearfix w1000_320 text_title">
<h3 class="pre"></h3>
<h1>{title}</h1>
<h4 class="sub"></h4>
<p class="author">本网记者　孙悦</p>
<div class="box01"><div class="fl">2014年03月07日08:15&nbsp;&nbsp;来源：<a href="/" target="_blank">{site}</a></div><div class="fr"><div class="fx"><span>分享到：</span><a href="javascript:void(0)" class="wb">新浪微博</a><a href="javascript:void(0)" class="wx">微信</a><a href="javascript:void(0)" class="qzone">QQ空间</a></div><a href="javascript:window.print()" class="print">打印</a>|<a href="javascript:void(0)" class="font" onclick="fontZoom(16)">大字</a></div></div>
</div>
<div class="clearfix w1000_320 text_con" id="p_content">
<div class="fl text_con_left">
<div class="box_pic"></div>
<div class="box_con" id="rwb_zw">
{content}
</div>
<div class="edit clearfix">（责任编辑：孙悦、王磊）</div>
<div class="box_news"><h2><span>相关新闻</span></h2><ul class="list_16"><li><a href="/n/2014/0306/c1001-24551273.html" target="_blank">政府工作报告解读之二：改革的“硬骨头”怎么啃</a></li><li><a href="/n/2014/0305/c1001-24540018.html" target="_blank">政府工作报告解读之一：稳增长的底气从哪里来</a></li></ul></div>
</div>
<div class="fr text_con_right"><div class="ph"><h2>排行榜</h2><ol><li><a href="/n/2014/0307/c1001-24563301.html">代表建议：把更多资源投向农村学校</a></li><li><a href="/n/2014/0306/c1001-24557724.html">委员热议大病保险全覆盖</a></li></ol></div></div>
</div>
<div id="copyright"><div class="w1000"><p><a href="/about/">关于本网</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a></p><p>{site}版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 1997-2014 by minsheng.example. all rights reserved <a href="http://www.miitbeian.gov.cn/">京ICP备12007733号</a></p></div></div>
<script type="text/javascript">function fontZoom(size) {{ document.getElementById("rwb_zw").style.fontSize = size + "px"; }}</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 5, 7),
        [
            "分享到",
            "上一页",
            "下一页",
            "第1页/共3页",
            "（责任编辑：孙悦、王磊）",
            "相关新闻",
            "改革的“硬骨头”怎么啃",
            "排行榜",
            "京ICP备12007733号",
        ],
        "page 1 of 3: the <h1> is the title (the empty h3.pre/h4.sub around it are nothing); "
        "the byline p.author is neither required nor forbidden; the body is div.box_con "
        "with full-width-space indented <p>s and <h3> subheads (level 1); the pager "
        "div.page (上一页 1 2 3 下一页, 第1页/共3页) at the end of the content, the 责任编辑 "
        "line, share bar, related news (their <h2>s included) and footer are not body",
    )


# ----------------------------------------------- t10 kicker above the <h1>, deck


def build_kicker_h1(path: Path) -> dict[str, Any]:
    title = "政府工作报告：向改革要动力，为实体经济强筋骨"
    site = "晨报网"
    s2, s4 = section(2017, "（二）"), section(2017, "（四）")
    deck = s4[0]
    blocks: list[tuple[str, list[str]]] = [
        ("深化重要领域和关键环节改革", [s2[0], s2[1], s2[2]]),
        ("推动实体经济转型升级", [s4[1], s4[3], s4[4]]),
    ]
    body = [deck]
    parts: list[str] = []
    for head, paras in blocks:
        parts.append(f'<h2 id="s{len(parts)}">{esc(head)}</h2>')
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    content = "\n".join(parts)
    page = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | {site}</title>
<meta name="description" content="{esc(deck)}">
<meta property="og:title" content="{title}">
<meta property="article:section" content="两会">
<meta property="article:published_time" content="2017-03-06T07:30:00+08:00">
<link rel="canonical" href="https://www.chenbao.example/news/2017/03/06/lh-20170306-004.html">
<link rel="stylesheet" href="/static/css/article.3f9a1c.css">
<script async src="/static/js/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({{ "section": "两会", "articleId": "lh-20170306-004" }});</script>
</head>
<body class="page-article">
<header class="site-header"><div class="wrap"><a class="brand" href="/"><img src="/static/img/logo.svg" alt="{site}"></a><nav class="site-nav"><ul><li><a href="/news/">要闻</a></li><li class="active"><a href="/zt/2017lh/">两会</a></li><li><a href="/finance/">财经</a></li><li><a href="/city/">城事</a></li><li><a href="/opinion/">评论</a></li></ul></nav><form class="site-search" action="/search"><input type="search" name="q" placeholder="搜索"><button type="submit">搜索</button></form></div></header>
<main class="wrap">
<article class="story" itemscope itemtype="http://schema.org/NewsArticle">
<header class="story-head">
<h2 class="kicker"><a href="/zt/2017lh/">两会特别报道</a></h2>
<h1 class="story-title" itemprop="headline">{title}</h1>
<p class="deck" itemprop="description">{esc(deck)}</p>
<div class="byline"><span class="author">记者 林晓</span><time datetime="2017-03-06T07:30:00+08:00">2017-03-06 07:30</time><span class="source">来源：{site}</span></div>
<div class="share-bar"><a href="javascript:;" class="s-wx">微信</a><a href="javascript:;" class="s-wb">微博</a><a href="javascript:;" class="s-link">复制链接</a></div>
</header>
<div class="story-body" itemprop="articleBody">
{content}
</div>
</article>
<section class="related">
<h2>相关阅读</h2>
<ul><li><a href="/news/2017/03/05/lh-20170305-011.html">今年减税降费再加码，企业能省多少</a></li><li><a href="/news/2017/03/05/lh-20170305-007.html">代表谈国企改革：混改要“混”出活力</a></li><li><a href="/news/2017/03/04/lh-20170304-019.html">图解：两会时间表</a></li></ul>
</section>
</main>
<footer class="site-footer"><div class="wrap"><p><a href="/about/">关于我们</a> · <a href="/jobs/">加入我们</a> · <a href="/contact/">联系我们</a></p><p>© 2017 {site} 版权所有　违法和不良信息举报电话：020-88888888</p><p><a href="http://www.miitbeian.gov.cn/">粤ICP备10203040号-2</a></p></div></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 1, 3, 4, 6),
        [
            "两会特别报道",
            "复制链接",
            "相关阅读",
            "今年减税降费再加码",
            "混改要“混”出活力",
            "违法和不良信息举报电话",
            "粤ICP备10203040号-2",
        ],
        "the <h1> is the title; the kicker h2.kicker above it (两会特别报道, a section label) "
        "is neither the title nor a heading and not body; the deck p.deck under the h1 is "
        "body (the first passage); the byline line is neither required nor forbidden; the "
        "<h2>s inside div.story-body are the subheads (level 1); <h2>相关阅读</h2> after the "
        "article is no heading and its entries are not body; nav, share bar, footer are not",
    )


# ---------------------------------------------- t11 long-form report, <h4> only


def build_h4_sections(path: Path) -> dict[str, Any]:
    title = "2015年经济社会发展总体部署：形势、目标与政策取向"
    site = "东方发展研究院"
    s = section(2015, "二、")
    intro = s[0]
    blocks: list[tuple[str, list[str]]] = [
        ("准确把握发展形势", [s[1], s[2]]),
        ("总体要求和主要预期目标", [s[3], s[4], s[5]]),
        ("稳定和完善宏观经济政策", [s[6], s[7]]),
        ("培育经济社会发展新动力", [s[9]]),
    ]
    body = [intro]
    parts = [f"<p>{esc(intro)}</p>"]
    for head, paras in blocks:
        parts.append(f"<h4>{esc(head)}</h4>")
        for p in paras:
            parts.append(f"<p>{esc(p)}</p>")
            body.append(p)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}-研究报告-{site}</title>
<meta name="keywords" content="政府工作报告,预期目标,宏观经济政策,新动力">
<meta name="description" content="{esc(intro[:60])}">
<link rel="stylesheet" href="/Public/home/css/common.css?v=20150309">
<link rel="stylesheet" href="/Public/home/css/show.css?v=20150309">
<script src="/Public/home/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><div class="logo fl"><a href="/"><img src="/Public/home/images/logo.png" alt="{site}"></a></div><ul class="menu fr"><li><a href="/">首页</a></li><li><a href="/about/">研究院概况</a></li><li class="cur"><a href="/report/">研究报告</a></li><li><a href="/expert/">专家观点</a></li><li><a href="/event/">学术活动</a></li><li><a href="/contact/">联系我们</a></li></ul></div></div>
<div class="banner-sub"><img src="/Public/home/images/banner_report.jpg" alt=""></div>
<div class="container clearfix">
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/report/">研究报告</a> &gt; <a href="/report/macro/">宏观经济</a> &gt; 正文</div>
<div class="side fr">
<div class="widget"><h4>热门报告</h4><ul><li><a href="/report/macro/201503/1187.html">新常态下的财政政策空间</a></li><li><a href="/report/macro/201502/1172.html">货币政策的定向调控工具箱</a></li><li><a href="/report/industry/201502/1165.html">制造业转型升级的三条路径</a></li></ul></div>
<div class="widget"><h4>专题推荐</h4><ul><li><a href="/topic/2015lh/">聚焦2015全国两会</a></li><li><a href="/topic/ydyl/">“一带一路”研究专题</a></li></ul></div>
<div class="widget wx"><h4>关注我们</h4><img src="/Public/home/images/qrcode.jpg" alt="微信公众号"><p>扫码关注研究院微信公众号</p></div>
</div>
<div class="main fl">
<div class="show-head"><h1>{title}</h1><div class="info"><span>发布时间：2015-03-09</span><span>作者：宏观经济研究所</span><span>浏览次数：<i id="hits">1836</i></span></div></div>
<div class="show-content">
{content}
</div>
<div class="show-tags">标签：<a href="/tag/政府工作报告">政府工作报告</a> <a href="/tag/宏观经济">宏观经济</a></div>
<div class="prev-next"><p>上一篇：<a href="/report/macro/201503/1188.html">2014年经济运行回顾与2015年展望</a></p><p>下一篇：<a href="/report/macro/201503/1191.html">全面深化改革的重点任务分析</a></p></div>
</div>
</div>
<div class="footer"><div class="container"><p><a href="/about/">关于我们</a> | <a href="/map/">网站地图</a> | <a href="/contact/">联系我们</a></p><p>Copyright © 2015 {site} 版权所有　地址：北京市东城区示例路18号</p><p><a href="http://www.miitbeian.gov.cn/" target="_blank">京ICP备14031215号-1</a></p></div></div>
<script>$.get("/index.php?m=Home&c=Report&a=hits&id=1189", function (d) {{ $("#hits").text(d); }});</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 4, 6, 8),
        [
            "当前位置",
            "热门报告",
            "新常态下的财政政策空间",
            "专题推荐",
            "扫码关注研究院微信公众号",
            "浏览次数",
            "上一篇",
            "下一篇",
            "全面深化改革的重点任务分析",
            "京ICP备14031215号-1",
        ],
        "the <h1> is the title; the sections are <h4> only, the top level of the article "
        "(level 1); the side column comes before the main column in the source and its "
        "<h4> widget titles (热门报告/专题推荐/关注我们) are no headings, their entries not "
        "body; the info line, tags, the 上一篇/下一篇 nav, breadcrumb and footer are not body",
    )


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "t07_sohu_like.html": build_sohu_like,
    "t08_gov_duplicate_title.html": build_gov_duplicate_title,
    "t09_paginated.html": build_paginated,
    "t10_kicker_h1.html": build_kicker_h1,
    "t11_h4_sections.html": build_h4_sections,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages(BUILDERS, ROOT / "eval" / "data" / "realdocs-made5", argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
