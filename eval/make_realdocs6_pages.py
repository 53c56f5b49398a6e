# ruff: noqa: E501  (HTML templates of the made pages are kept on one line each)
"""Make the web pages of ``realdocs-made6`` (u07-u12) and their gold annotations.

Development data for the HTML reader, a sixth set after ``realdocs-made5`` (t07-t11):
six pages written after the layout of other kinds of Chinese sites (markup from
general knowledge of how such sites are built, not copied from any page; site names,
people and addresses are made up), with body text taken only from the government
work reports 2013-2017 (``../shared/data/gov-work-reports``). The gold of each page is
written by this script from what it put on the page, before and independent of any
reader output (helpers and self-checks from ``make_realdocs2_pages.py``):

- ``u07_epaper_headline_stack.html``: a newspaper's digital edition (数字报) article page;
  the headline as printed, ``<h3>`` 引题 / ``<h1>`` 主题 / ``<h2>`` 副题 / ``<h4>`` byline
  (only the ``<h1>`` is the title; the others are neither headings nor required body),
  a 版面导航 column and a 本版新闻 list with the other stories of the page, the edition
  line ``《东方日报》（2015年03月07日 第02版）``, the body between ``<!--enpcontent-->``
  comments in ``div#ozoom`` with upper-case ``<P>`` tags, ``<P><B>`` subheads (level 1),
  a photo in a ``<TABLE>`` with its caption cell, 上一篇/下一篇, 上一版/下一版;
- ``u08_finance_cms_style.html``: a finance portal article (新浪财经-like); ``<h1
  class="main-title">``, ``div.date-source``, the body in ``div#artibody`` between
  ``<!-- 正文 start -->`` comments, paragraphs ``<p cms-style="font-L">`` whose subheads
  are bold only through ``<font cms-style="font-L strong-Bold">`` (the page's stylesheet
  makes ``strong-Bold`` bold; no ``<b>``/``<strong>``; level 1), an ``img_wrapper`` with
  an ``img_descr`` caption, an in-article ad box, the ``海量资讯、精准解读，尽在新浪财经APP``
  QR box as the last child of ``div#artibody``, ``p.article-editor`` 责任编辑, keywords,
  comments and a side column;
- ``u09_gbk_dede_br_text.html``: a DedeCMS-style site saved in GBK (``<meta charset="gbk">``,
  the site name with characters outside GB2312), CRLF line ends, the title in
  ``div.title <h2>`` (no ``<h1>``), info line with a 点击 counter script, the whole
  article one ``<div class="content">`` of ``<font>``-wrapped text where each paragraph
  is ``&nbsp;&nbsp;&nbsp;&nbsp;``-indented and ended by one ``<br>``, and the headings are
  inline ``<b>一、…</b><br>`` lines in the same flow (level 1), one paragraph with a
  coloured ``<font>`` phrase; separator, 上一篇/下一篇, 收藏/挑错/推荐/打印, side boxes;
- ``u10_mobile_fold.html``: a mobile news site page (``m.`` site, not AMP); a top
  ``下载客户端`` banner, ``<article>`` with ``<h1>``, ``<h2>`` subheads (level 1), lazy
  images (``data-src``, placeholder ``src``) with ``p.img-desc`` captions, a
  ``展开全文`` fold in the middle of the article: a mask with the button and an
  ``打开APP，阅读体验更佳`` link, then the rest of the article in ``div.art-rest.folded``
  (hidden by a ``.folded{display:none}`` rule in the head stylesheet; the text is in the
  HTML and is body), a fixed ``打开APP阅读全文`` bar, 相关推荐 with an ad, hot comments;
- ``u11_csdn_markdown_toc.html``: a developer-blog post rendered from Markdown
  (CSDN-like); ``h1.title-article``, article info (原创, 已于…修改, 阅读量, 收藏, 点赞,
  分类专栏, 文章标签, 版权声明 CC 4.0 BY-SA), ``div#content_views.markdown_views`` with a
  hidden ``<svg>``, a ``[TOC]`` box ``div.toc`` with its own ``<h3>文章目录</h3>`` inside
  the content (not a heading, entries not body), ``<h2><a id="…"></a>一、…</h2>`` (level 1)
  and ``<h3><a id="…"></a>1.1 …</h3>`` (level 2), a ``<blockquote>`` (body), ``<hr>``;
  tool bar, 相关推荐, comments, an aside (blogger card, 热门文章, a second 目录);
- ``u12_gov_word_paste.html``: a government 政策解读 page whose content was pasted from
  Word (TRS UEditor ``trs_word``): ``<p class="MsoNormal">`` paragraphs with mso styles,
  text in ``仿宋_GB2312`` spans split around digits (``lang="EN-US"`` Times New Roman
  runs), ``<o:p>`` tags, empty ``&nbsp;`` paragraphs, headings told only by font (``黑体``
  ``一、…`` level 1, ``楷体_GB2312`` ``（一）…`` level 2; neither bold), 附件 links,
  【打印本页】【关闭窗口】, ``扫一扫在手机打开当前页`` QR box, 相关稿件, a 网站标识码/ICP footer.

Run once; the outputs are committed (small):

    python eval/make_realdocs6_pages.py [--out eval/data/realdocs-made6]
"""

from __future__ import annotations

import re
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


# ------------------------------------------------- u07 数字报 headline stack


def build_epaper(path: Path) -> dict[str, Any]:
    kicker = "政府工作报告回应百姓关切"
    title = "让发展成果更多更公平惠及全体人民"
    subtitle = "——就业、教育、医疗、文化和环境治理一揽子部署"
    paper = "东方日报"
    s = section(2015, "五、")
    blocks: Blocks = [
        (None, [s[0]]),
        ("把就业创业摆在更加突出位置", [s[1], s[2]]),
        ("办好教育医疗这两件大事", [s[3], s[4], s[5]]),
        ("守住社会稳定和生态环境两条底线", [s[6], s[7], s[9]]),
    ]
    body: list[str] = []
    parts: list[str] = []
    for head, paras in blocks:
        if head:
            parts.append(f"<P><B>{esc(head)}</B></P>")
        for p in paras:
            parts.append(f"<P>　　{esc(p)}</P>")
            body.append(p)
            if len(body) == 3:
                parts.append(
                    '<TABLE class="pci_c" cellSpacing=0 cellPadding=0 width="100%" align=center border=0><TBODY><TR><TD align=middle><IMG src="../../../page/2015-03/07/02/rb20150307b002_b.jpg" border=0></TD></TR><TR><TD class="pic_t" align=middle><P>3月6日，东川市人力资源市场，求职者在招聘会现场咨询。　本报记者　周岚摄</P></TD></TR></TBODY></TABLE>'
                )
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{paper}数字报-{title}</title>
<meta name="keywords" content="政府工作报告 民生 就业 教育 医疗" />
<meta name="description" content="{esc(s[0][:50])}" />
<link href="../../../css/paper_2014.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../../../js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="../../../js/ozoom.js"></script>
<script type="text/javascript">var currentPage = "02"; var currentDate = "2015-03/07";</script>
</head>
<body>
<div class="w1000 top"><div class="logo"><a href="../../../index.htm"><img src="../../../images/logo_epaper.png" alt="{paper}数字报" /></a></div><div class="date">2015年03月07日　星期六</div><div class="top-links"><a href="http://www.dongfangdaily.example/">{paper}网</a> | <a href="../../../history.htm">往期回顾</a> | <a href="../../../pdf/2015-03/07/02.pdf">下载本版PDF</a></div></div>
<div class="w1000 main clearfix">
<div class="left">
<div class="ban_t"><h5>版面导航</h5></div>
<ul class="ban_list"><li><a href="../../../html/2015-03/07/nbs.D110000dfrb_01.htm">第01版：要闻</a></li><li class="cur"><a href="../../../html/2015-03/07/nbs.D110000dfrb_02.htm">第02版：要闻</a></li><li><a href="../../../html/2015-03/07/nbs.D110000dfrb_03.htm">第03版：两会特刊</a></li><li><a href="../../../html/2015-03/07/nbs.D110000dfrb_04.htm">第04版：两会特刊</a></li></ul>
<div class="ban_t"><h5>本版新闻</h5></div>
<ul class="news_list"><li><a href="nw.D110000dfrb_20150307_1-02.htm">让发展成果更多更公平惠及全体人民</a></li><li><a href="nw.D110000dfrb_20150307_2-02.htm">代表委员热议稳增长调结构</a></li><li><a href="nw.D110000dfrb_20150307_3-02.htm">小微企业减税政策再扩围</a></li><li><a href="nw.D110000dfrb_20150307_4-02.htm">今日两会日程</a></li></ul>
<div class="page_pic"><a href="../../../html/2015-03/07/nbs.D110000dfrb_02.htm"><img src="../../../page/2015-03/07/02/rb2015030702_s.jpg" alt="版面缩略图" /></a></div>
</div>
<div class="right">
<div class="text_c">
<h3>{kicker}</h3>
<h1>{title}</h1>
<h2>{subtitle}</h2>
<h4>本报记者　周岚　陈立新</h4>
<div class="sha_left"><span>《{paper}》（2015年03月07日　第02版）</span></div>
<div class="sha_right"><a href="javascript:void(0)" onclick="doZoom(16)">大</a> <a href="javascript:void(0)" onclick="doZoom(14)">中</a> <a href="javascript:void(0)" onclick="doZoom(12)">小</a></div>
<div class="c_c" id="ozoom">
<INPUT type=checkbox value=0 name=titlecheckbox sourceid="" style="display:none">
<!--enpcontent-->{content}<!--/enpcontent-->
</div>
</div>
<div class="paper-bot"><p>上一篇：<a href="nw.D110000dfrb_20150307_4-01.htm">两会今日举行第二次全体会议</a></p><p>下一篇：<a href="nw.D110000dfrb_20150307_2-02.htm">代表委员热议稳增长调结构</a></p></div>
<div class="ban_btn"><a href="../../../html/2015-03/07/nbs.D110000dfrb_01.htm">上一版</a>　<a href="../../../html/2015-03/07/nbs.D110000dfrb_03.htm">下一版</a></div>
</div>
</div>
<div class="w1000 bottom"><p>{paper}社概况 | 关于{paper}数字报 | 联系我们</p><p>{paper}社版权所有，未经书面授权禁止使用</p><p>Copyright &copy; 2015 by www.dongfangdaily.example. all rights reserved</p></div>
<script type="text/javascript">function doZoom(size) {{ document.getElementById("ozoom").style.fontSize = size + "px"; }}</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 4, 6, 8),
        [
            "版面导航",
            "第01版：要闻",
            "本版新闻",
            "代表委员热议稳增长调结构",
            "小微企业减税政策再扩围",
            "2015年03月07日　第02版",
            "上一篇",
            "下一版",
            "禁止使用",
        ],
        "the headline is printed as a stack: h3 引题 (政府工作报告回应百姓关切), h1 主题, h2 副题 "
        "(——…), h4 byline; the title is the <h1> alone; the 引题, 副题 and byline are "
        "neither the title nor headings and neither required nor forbidden in the body "
        "(parts of the printed headline, as r08's h4.sub); the body is div#ozoom between "
        "the enpcontent comments, upper-case <P> paragraphs, <P><B> whole-paragraph "
        "subheads (level 1); the photo caption cell is a caption (neither required nor "
        "forbidden); 版面导航, 本版新闻 (it lists this story's own title too), the edition "
        "line, 上一篇/下一篇, 上一版/下一版 and the footer are not body",
    )


# ------------------------------------- u08 finance portal, cms-style bold only


def build_finance_cms(path: Path) -> dict[str, Any]:
    title = "政府工作报告：赤字率拟提高到3% 财政货币政策如何协同发力"
    site = "东方财经"
    s1, s2 = section(2016, "（一）"), section(2016, "（二）")
    blocks: Blocks = [
        (None, [s1[0]]),
        ("积极财政政策：加大力度", [s1[1], s1[2], s1[3]]),
        ("稳健货币政策：灵活适度", [s1[4], s1[5]]),
        ("降成本：为企业减负", [s2[3]]),
    ]
    body: list[str] = []
    parts = ["<!-- 正文 start -->", "<!--  原始正文start -->"]
    for head, paras in blocks:
        if head:
            parts.append(
                f'<p cms-style="font-L"><font cms-style="font-L strong-Bold">{esc(head)}</font></p>'
            )
        for p in paras:
            parts.append(f'<p cms-style="font-L">　　{esc(p)}</p>')
            body.append(p)
            if len(body) == 2:
                parts.append(
                    '<div class="img_wrapper"><img style="max-width: 640px;" src="//n.sinaimg.example/finance/transform/20160305/Wb8T-fxqafha0375122.jpg" alt="资料图"><span class="img_descr">资料图</span></div>'
                )
            if len(body) == 4:
                parts.append(
                    '<div id="left_hzh_ad"><div class="ad-tag">广告</div><a href="//ad.example/click?id=88231" target="_blank"><img src="//d1.sina.example/pfpghc2/201603/bank_640x90.jpg" alt=""><span class="ad-txt">开户即送理财金，点击了解</span></a></div>'
                )
    parts.append("<!--  原始正文end -->")
    parts.append(
        '<div class="appendQr_wrap"><div class="appendQr_normal"><div class="appendQr_normal_txt"><span>海量资讯、精准解读，尽在新浪财经APP</span></div><img src="//n.sinaimg.example/finance/qr/app_qr.png" alt=""></div></div>'
    )
    parts.append("<!-- 正文 end -->")
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8"/>
<meta http-equiv="X-UA-Compatible" content="IE=edge"/>
<title>{title}|财政赤字|货币政策_{site}_新浪网</title>
<meta name="keywords" content="财政赤字,货币政策,降成本,政府工作报告" />
<meta name="tags" content="财政赤字,货币政策" />
<meta name="description" content="{esc(s1[0][:70])}" />
<meta property="og:type" content="news" />
<meta property="og:title" content="{title}" />
<meta property="article:published_time" content="2016-03-05T10:35:00+08:00" />
<meta property="article:author" content="新华网" />
<meta name="sudameta" content="allCIDs:51894,51922,56589;dataid:fxqafha0375122" />
<link rel="stylesheet" type="text/css" href="//n.sinaimg.example/finance/717a7c9b/20160301/css/article.css" />
<style type="text/css">
.article p {{ font-size: 16px; line-height: 2; margin: 0 0 24px; }}
.article [cms-style~="strong-Bold"] {{ font-weight: bold; }}
.article [cms-style~="align-Center"] {{ display: block; text-align: center; }}
#left_hzh_ad .ad-tag {{ font-size: 12px; color: #999; }}
</style>
<script type="text/javascript">
var ARTICLE_DATA = {{ title: "{title}", docid: "comos:fxqafha0375122", uid: "1704103183", pagepubtime: "2016-03-05" }};
</script>
</head>
<body>
<div class="top-nav"><div class="tn-bg"><div class="tn-header"><div class="tn-nav"><a href="//www.sina.example/">新浪首页</a><a href="//news.sina.example/">新闻</a><a href="//sports.sina.example/">体育</a><a href="//finance.sina.example/">财经</a><a href="//ent.sina.example/">娱乐</a><a href="//tech.sina.example/">科技</a><a href="//blog.sina.example/">博客</a></div><div class="tn-user"><a href="javascript:void(0)">登录</a> | <a href="javascript:void(0)">注册</a></div></div></div></div>
<div class="path"><div class="channel-path"><a href="//finance.sina.example/">{site}</a> &gt; <a href="//finance.sina.example/china/">国内经济</a> &gt; 正文</div></div>
<div class="main-content w1000">
<h1 class="main-title">{title}</h1>
<div class="top-bar-wrap"><div class="top-bar"><div class="date-source"><span class="date">2016年03月05日 10:35</span><a href="http://www.xinhuanet.example/" class="source ent-source" target="_blank">新华网</a></div><div class="share" id="top_share"><span class="share-txt">分享到</span><a href="javascript:;" class="weibo">微博</a><a href="javascript:;" class="weixin">微信</a><a href="javascript:;" class="qzone">QQ空间</a></div><div class="comment"><a href="//comment5.news.sina.example/comment/skin/default.html?channel=cj&amp;newsid=comos-fxqafha0375122" class="num">评论(<span>128</span>)</a></div></div></div>
<div class="article-content clearfix" id="article_content">
<div class="article-content-left">
<div class="article" id="artibody" data-sudaclick="blk_content">
{content}
</div>
<p class="article-editor">责任编辑：张玉 </p>
<div class="keywords" id="keywords" data-wbkey="财政赤字,货币政策"><i>文章关键词：</i><a href="//tags.finance.sina.example/财政赤字" target="_blank">财政赤字</a> <a href="//tags.finance.sina.example/货币政策" target="_blank">货币政策</a></div>
<div class="article-bottom clearfix"><div class="bottom-qr"><img src="//n.sinaimg.example/finance/qr/wx_sinafinance.png" alt=""><p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p></div></div>
<div class="blk-comment" id="comment"><div class="cmnt-title">我要评论</div><textarea placeholder="我有话说"></textarea><a href="javascript:;" class="btn-post">发布</a></div>
<div class="feed-card"><h2 class="feed-title">猜你喜欢</h2><ul><li><a href="//finance.sina.example/china/2016-03-05/doc-ifxqafha0375101.shtml">一图看懂2016年政府工作报告</a></li><li><a href="//finance.sina.example/china/2016-03-05/doc-ifxqafha0375099.shtml">GDP增速目标6.5%至7% 专家：区间目标更具弹性</a></li></ul></div>
</div>
<div class="article-content-right"><div class="rank"><h2>财经头条</h2><ol><li><a href="//finance.sina.example/roll/2016-03-05/doc-1.shtml">央行行长：稳健货币政策灵活适度</a></li><li><a href="//finance.sina.example/roll/2016-03-05/doc-2.shtml">营改增全面推开 今年再减税5000亿</a></li></ol></div><div class="hq-box"><h2>行情中心</h2><p>上证指数 2874.15 <span class="up">+0.43%</span></p></div></div>
</div>
</div>
<div class="footer"><p><a href="//corp.sina.example/chn/">新浪简介</a> | <a href="//corp.sina.example/eng/">About Sina</a> | <a href="//emarketing.sina.example/">广告服务</a> | <a href="//www.sina.example/contactus.html">联系我们</a></p><p>Copyright &copy; 1996-2016 SINA Corporation, All Rights Reserved　新浪公司 版权所有</p></div>
<script type="text/javascript" src="//n.sinaimg.example/finance/717a7c9b/20160301/js/article.js"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks if h],
        body,
        (0, 2, 3, 5, 6),
        [
            "分享到",
            "评论(128)",
            "开户即送理财金",
            "海量资讯、精准解读，尽在新浪财经APP",
            "责任编辑：张玉",
            "文章关键词",
            "24小时滚动播报最新的财经资讯和视频",
            "我要评论",
            "一图看懂2016年政府工作报告",
            "财经头条",
            "行情中心",
            "新浪公司 版权所有",
        ],
        "the <h1 class=main-title> is the title (<title> adds tags, channel and site); the "
        "body is div#artibody; the subheads are whole paragraphs whose only run is "
        '<font cms-style="font-L strong-Bold">, bold through the page\'s stylesheet (the '
        "head <style> rule [cms-style~=strong-Bold]); no <b>/<strong> anywhere (level 1); "
        "the img_wrapper caption (资料图) is a caption, neither required nor forbidden; the "
        "ad box between paragraphs and the 海量资讯…新浪财经APP QR box (last child of "
        "div#artibody) are not body; the date/source line, 责任编辑, keywords, bottom QR "
        "prompt, comments, 猜你喜欢 and the side column are not body",
    )


# ------------------------------------------ u09 DedeCMS in GBK, <br>-separated text


def build_gbk_dede(path: Path) -> dict[str, Any]:
    title = "扩内需、稳农业、推进城镇化：解读2015年经济稳定增长部署"
    site = "昇平资讯网"
    s = section(2015, "四、")
    blocks: list[tuple[str, list[str]]] = [
        ("一、着力扩大国内需求", [s[0], s[1]]),
        ("二、稳定农业和促进农民增收", [s[2], s[3], s[4]]),
        ("三、以人为核心推进城镇化", [s[5], s[6], s[7]]),
        ("四、优化区域布局和产业结构", [s[8], s[10]]),
    ]
    red = "确保完成"
    body: list[str] = []
    lines: list[str] = []
    for head, paras in blocks:
        lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<b>{esc(head)}</b><br>")
        for p in paras:
            text = esc(p)
            if p is s[1]:
                assert red in p
                text = text.replace(red, f'<font color="#FF0000">{red}</font>', 1)
            lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{text}<br>")
            body.append(p)
    content = "\n".join(lines)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="gbk">
<title>{title}_经济观察_{site}</title>
<meta name="keywords" content="政府工作报告,扩大内需,三农,新型城镇化" />
<meta name="description" content="{esc(s[0][:60])}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){{ var taget_obj = document.getElementById('_ajax_feedback'); myajax = new DedeAjax(taget_obj,false,false,'','',''); myajax.SendGet2("/member/ajax_feedback.php"); DedeXHTTP = null; }}
-->
</script>
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span id="time" class="time">织梦CMS - 轻松建站从此开始！</span><div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>|<a href="/data/rssmap.html" class="rss">RSS订阅</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="{site}"/></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/"><span>主页</span></a></li><li><a href="/a/jingji/"><span>经济观察</span></a></li><li><a href="/a/zhengce/"><span>政策法规</span></a></li><li><a href="/a/difang/"><span>地方动态</span></a></li><li><a href="/a/pinglun/"><span>时事评论</span></a></li></ul></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/a/jingji/">经济观察</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{title}</h2></div>
<div class="info"><small>时间:</small>2015-03-08 09:12<small>来源:</small>{site} <small>作者:</small>李昇 <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=3571&amp;mid=1" type="text/javascript" language="javascript"></script>次</div>
<div class="content">
<table width="100%"><tr><td>
<font face="宋体" size="3">
{content}
</font>
</td></tr></table>
</div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle"><div class="context"><ul><li>上一篇：<a href="/a/jingji/2015/0307/3568.html">今年财政赤字率提高到2.3%意味着什么</a></li><li>下一篇：<a href="/a/jingji/2015/0308/3573.html">制造业如何迈向中高端</a></li></ul></div><div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=3571" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=3571&amp;title={title}" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=3571" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
</div>
<div class="commentbox"><dl class="tbox"><dt><strong>发表评论</strong></dt><dd><textarea cols="60" name="msg" rows="5"></textarea><p>评价: <input type="radio" name="feedbacktype" checked="1" value="feedback"/> 中立 <input type="radio" name="feedbacktype" value="good"/> 好评 <input type="radio" name="feedbacktype" value="bad"/> 差评</p><button type="submit">发表评论</button></dd></dl></div>
</div>
<div class="pright">
<dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d1 ico3"><li><a href="/a/jingji/2015/0306/3560.html">新常态下稳增长的几个着力点</a></li><li><a href="/a/zhengce/2015/0305/3552.html">国务院部署加快棚户区改造</a></li></ul></dd></dl>
<dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1 ico2"><li><a href="/a/difang/2015/0304/3541.html">我市今年将新建保障房两万套</a></li><li><a href="/a/pinglun/2015/0303/3533.html">粮食“十一连增”之后怎么走</a></li></ul></dd></dl>
</div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_left"></div><div class="footer_body"><p class="powered">Powered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCMS)" target="_blank"><strong>DedeCMS</strong></a> &copy; 2004-2015 <a href="http://www.desdev.cn" target="_blank">DesDev</a> Inc.<br /><div class="copyright">Copyright &copy; 2002-2015 {site} 版权所有　备案号：豫ICP备09015731号</div></p></div><div class="footer_right"></div></div>
</body>
</html>
"""
    path.write_bytes(page.replace("\n", "\r\n").encode("gbk"))
    assert any(ord(c) > 0x7F and not _in_gb2312(c) for c in site)
    return prev.gold_of(
        page,
        title,
        [(h, 1) for h, _ in blocks],
        body,
        (0, 2, 4, 6, 9),
        [
            "织梦CMS - 轻松建站从此开始",
            "当前位置",
            "点击:",
            "------分隔线----------------------------",
            "上一篇",
            "今年财政赤字率提高到2.3%意味着什么",
            "挑错",
            "发表评论",
            "推荐内容",
            "新常态下稳增长的几个着力点",
            "热点内容",
            "Powered by",
            "豫ICP备09015731号",
        ],
        "the file is GBK bytes with CRLF line ends, declared <meta charset=gbk>; the site "
        "name 昇平资讯网 and the author 李昇 hold 昇, which is in GBK but not in GB2312; no "
        "<h1> around the article (the page's <h1> is the logo image): the title is the "
        "<h2> in div.title (<title> adds channel and site); the article is one "
        "div.content <font> flow: each &nbsp;×4-indented run ended by a single <br> is a "
        "paragraph and the inline <b>一、…</b><br> runs are the headings (level 1), not in "
        "block elements of their own; the red <font> phrase is part of its paragraph; "
        "the info line, separator, 上一篇/下一篇, action links, comment form, side boxes and "
        "footer are not body",
    )


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# ------------------------------------------------- u10 mobile page with a fold


def build_mobile_fold(path: Path) -> dict[str, Any]:
    title = "政府工作报告里的民生“实惠账”：就业、医疗、文化一个都不少"
    site = "东川新闻"
    s = section(2017, "（八）")
    before: Blocks = [
        (None, [s[0]]),
        ("就业：新增城镇就业1100万人以上", [s[1]]),
        ("医疗：推进健康中国建设", [s[2]]),
    ]
    after: Blocks = [("文化：让群众享有更多文化福利", [s[3]]), ("治理：守住安全底线", [s[4], s[5]])]
    body: list[str] = []

    def render(blocks: Blocks) -> str:
        out: list[str] = []
        for head, paras in blocks:
            if head:
                out.append(f'<h2 class="art-h2">{esc(head)}</h2>')
            for p in paras:
                out.append(f"<p>{esc(p)}</p>")
                body.append(p)
                if len(body) == 1:
                    out.append(
                        '<div class="img-wrap"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://img.dcnews.example/2017/03/05/1488700213_640x360.jpg" alt=""><p class="img-desc">3月5日，十二届全国人大五次会议在人民大会堂开幕。</p></div>'
                    )
        return "\n".join(out)

    first, rest = render(before), render(after)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-itunes-app" content="app-id=1023456789">
<title>{title}_手机{site}</title>
<meta name="description" content="{esc(s[0][:60])}">
<link rel="canonical" href="https://www.dcnews.example/a/2017/0305/n20170305112.html">
<link rel="stylesheet" href="https://static.dcnews.example/m/css/article.7e1f0c.css">
<style>
.top-app{{height:48px;background:#fff;display:flex;align-items:center}}
.art-body p{{font-size:17px;line-height:1.8;margin:0 0 16px}}
.fold-mask{{position:relative;margin-top:-120px;padding-top:120px;background:linear-gradient(rgba(255,255,255,0),#fff)}}
.folded{{display:none}}
.open-app-bar{{position:fixed;left:0;right:0;bottom:0;z-index:99}}
</style>
<script>window.__PAGE__ = {{ docId: "n20170305112", channel: "news", fold: true }};</script>
</head>
<body>
<div class="top-app" id="topApp"><img class="logo" src="https://static.dcnews.example/m/img/logo_app.png" alt=""><div class="txt"><p class="t1">{site}客户端</p><p class="t2">下载客户端，看更多好新闻</p></div><a class="btn-open" href="dcnews://article/n20170305112">打开</a></div>
<div class="m-nav"><a href="/">首页</a><a href="/news/" class="on">要闻</a><a href="/finance/">财经</a><a href="/video/">视频</a><a href="/local/">本地</a></div>
<article class="art-main" id="article">
<header class="art-head"><h1 class="art-title">{title}</h1><div class="art-info"><span class="src">{site}</span><span class="time">2017-03-05 16:40</span><a class="follow" href="javascript:;">+关注</a></div></header>
<div class="art-body" id="artBody">
{first}
<div class="fold-mask" id="foldMask"><a class="fold-btn" href="javascript:;" onclick="document.getElementById('artRest').className='art-rest';this.parentNode.style.display='none'">展开全文<i class="ic-down"></i></a><a class="fold-app" href="dcnews://article/n20170305112">打开APP，阅读体验更佳</a></div>
<div class="art-rest folded" id="artRest">
{rest}
<p class="art-statement">（本文来源：{site}　编辑：郑雯）</p>
</div>
</div>
</article>
<div class="art-tools"><a class="zan" href="javascript:;">赞 <em>236</em></a><a class="share" href="javascript:;">分享</a></div>
<section class="recommend"><div class="sec-title">相关推荐</div><ul><li><a href="/a/2017/0305/n20170305097.html">两会“部长通道”首开 五位部长回应热点</a></li><li class="ad"><a href="https://ad.dcnews.example/c?id=5521">春季家装节 全场低至五折</a><span class="ad-tag">广告</span></li><li><a href="/a/2017/0304/n20170304215.html">一图看懂今年政府工作报告</a></li></ul></section>
<section class="comments"><div class="sec-title">热门评论</div><div class="cmt"><span class="user">东川网友</span><p>民生账算得实在，期待落实到位。</p><span class="like">128</span></div><a class="more-cmt" href="javascript:;">打开APP查看更多评论</a></section>
<footer class="m-foot"><a href="/">首页</a> | <a href="https://www.dcnews.example/?pc=1">电脑版</a> | <a href="/about/">关于我们</a><p>&copy; 2017 {site} 东ICP备13008612号</p></footer>
<div class="open-app-bar" id="openAppBar"><a href="dcnews://article/n20170305112">打开APP阅读全文</a></div>
<script src="https://static.dcnews.example/m/js/lazyload.min.js"></script>
<script>lazyload(document.querySelectorAll("img.lazy"));</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    heads = [(h, 1) for h, _ in before + after if h]
    return prev.gold_of(
        page,
        title,
        heads,
        body,
        (0, 1, 2, 3, 5),
        [
            "下载客户端，看更多好新闻",
            "展开全文",
            "打开APP，阅读体验更佳",
            "（本文来源：东川新闻　编辑：郑雯）",
            "相关推荐",
            "两会“部长通道”首开",
            "春季家装节",
            "热门评论",
            "民生账算得实在",
            "打开APP查看更多评论",
            "打开APP阅读全文",
            "东ICP备13008612号",
        ],
        "a mobile (m.) page: the <h1> in the article header is the title (<title> adds "
        "_手机东川新闻); <h2>s in div.art-body are the subheads (level 1), two of them after "
        "the fold; the article is cut by a 展开全文 fold: the mask with the button and the "
        "打开APP，阅读体验更佳 link is not body, the rest of the article in div.art-rest.folded "
        "(hidden only by the head rule .folded{display:none} until the reader taps) IS "
        "body (two passages lie there), unlike an element hidden for good; the image "
        "caption p.img-desc is a caption (neither required nor forbidden); the top app "
        "banner, the source/editor line, 相关推荐 (with an ad), comments, the fixed "
        "打开APP阅读全文 bar and footer are not body",
    )


# ---------------------------------------------- u11 Markdown blog with [TOC] box


def build_csdn_markdown(path: Path) -> dict[str, Any]:
    title = "读2015年政府工作报告：改革开放的几条主线（学习笔记）"
    blogger = "宏观小白的笔记本"
    s = section(2015, "三、")
    assert s[1][:10] == s[2][:10]  # two paragraphs open alike; only s[1] is used
    intro = s[0]
    outline: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
        (
            "_3",
            "一、政府职能和投融资、价格改革",
            [
                ("11__5", "1.1 简政放权、放管结合", [s[1]]),
                ("12__9", "1.2 投融资与价格改革", [s[3], s[4]]),
            ],
        ),
        (
            "_15",
            "二、财税金融和国企改革",
            [
                ("21__17", "2.1 财税和金融", [s[5], s[6]]),
                ("22__23", "2.2 国企国资和非公经济", [s[7], s[8]]),
            ],
        ),
        ("_29", "三、推动外贸和利用外资", [("", "", [s[10], s[11]])]),
    ]
    quote = s[6]
    body = [intro]
    toc: list[str] = []
    parts = [
        '<svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><path stroke-linecap="round" d="M5,0 0,2.5 5,5z" id="raphael-marker-block" style="-webkit-tap-highlight-color: rgba(0, 0, 0, 0);"></path></svg>',
        "<p></p>",
        "%TOC%",
        "<p></p>",
        f"<p>{esc(intro)}</p>",
    ]
    headings: list[tuple[str, int]] = []
    for aid, h2, subs in outline:
        parts.append(f'<h2><a id="{aid}"></a>{esc(h2)}</h2>')
        headings.append((h2, 1))
        items: list[str] = []
        for sid, h3, paras in subs:
            if h3:
                parts.append(f'<h3><a id="{sid}"></a>{esc(h3)}</h3>')
                headings.append((h3, 2))
                items.append(
                    f'<li><a href="#{sid}" rel="nofollow" target="_self">{esc(h3)}</a></li>'
                )
            for p in paras:
                if p is quote:
                    parts.append(f"<blockquote>\n<p>{esc(p)}</p>\n</blockquote>")
                else:
                    parts.append(f"<p>{esc(p)}</p>")
                body.append(p)
        sub = f"<ul>{''.join(items)}</ul>" if items else ""
        toc.append(f'<li><a href="#{aid}" rel="nofollow" target="_self">{esc(h2)}</a>{sub}</li>')
    parts.append("<hr>")
    toc_html = f'<div class="toc"><h3>文章目录</h3><ul>{"".join(toc)}</ul></div>'
    content = "\n".join(parts).replace("%TOC%", toc_html)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<link rel="canonical" href="https://blog.csdn.example/hgxb_notes/article/details/44135827">
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="referrer" content="always">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{title}_{blogger}的博客-CSDN博客</title>
<meta name="keywords" content="政府工作报告,改革,学习笔记">
<meta name="description" content="文章浏览阅读1.2k次，点赞8次，收藏23次。{esc(intro[:40])}">
<link rel="stylesheet" href="https://csdnimg.example/release/blogv2/dist/pc/css/detail_enter-3f5e6b1c.min.css">
<link rel="stylesheet" href="https://csdnimg.example/release/blogv2/dist/mdeditor/css/editerView/markdown_views-d7a94ec6ab.css">
<script type="text/javascript">var username = "hgxb_notes"; var articleId = 44135827; var articleTitle = "{title}"; var isOwner = false;</script>
<script src="https://csdnimg.example/public/common/libs/jquery/jquery-1.9.1.min.js" type="text/javascript"></script>
</head>
<body class="nodata" style="">
<div id="csdn-toolbar"><div class="toolbar-inside"><div class="toolbar-container"><div class="toolbar-menus"><a href="https://www.csdn.example/">首页</a><a href="https://blog.csdn.example/">博客</a><a href="https://edu.csdn.example/">程序员学院</a><a href="https://download.csdn.example/">下载</a><a href="https://ask.csdn.example/">问答</a><a href="https://bbs.csdn.example/">社区</a></div><div class="toolbar-search"><input placeholder="搜CSDN" autocomplete="off"><button>搜索</button></div><div class="toolbar-btns"><a href="https://passport.csdn.example/login">登录/注册</a><a href="https://mp.csdn.example/edit" class="toolbar-btn-write">创作</a></div></div></div></div>
<div class="main_father clearfix d-flex justify-content-center" style="height:100%;">
<div class="container clearfix" id="mainBox">
<main>
<div class="blog-content-box">
<div class="article-header-box"><div class="article-header"><div class="article-title-box"><h1 class="title-article" id="articleContentId">{title}</h1></div>
<div class="article-info-box"><div class="article-bar-top"><img class="article-type-img" src="https://csdnimg.example/release/blogv2/dist/pc/img/original.png" alt=""><div class="bar-content"><a class="follow-nickName" href="https://blog.csdn.example/hgxb_notes" target="_blank">{blogger}</a><img class="article-time-img" src="https://csdnimg.example/release/blogv2/dist/pc/img/newUpTime2.png" alt=""><span class="time">已于&nbsp;2015-03-08 21:17:05&nbsp;修改</span><span class="read-count">阅读量1.2k</span><a class="get-collection">收藏<span class="get-collection">23</span></a><span class="read-count">点赞数 8</span></div></div>
<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="https://blog.csdn.example/hgxb_notes/category_2983.html" target="_blank">宏观经济</a><span class="label">文章标签：</span><a class="tag-link" href="https://so.csdn.example/so/search/s.do?q=政府工作报告" target="_blank">政府工作报告</a><a class="tag-link" href="https://so.csdn.example/so/search/s.do?q=改革" target="_blank">改革</a></div></div>
<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">版权声明：本文为博主原创文章，遵循<a href="http://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener"> CC 4.0 BY-SA </a>版权协议，转载请附上原文出处链接和本声明。</div><div class="article-source-link">本文链接：<a href="https://blog.csdn.example/hgxb_notes/article/details/44135827" target="_blank">https://blog.csdn.example/hgxb_notes/article/details/44135827</a></div></div></div>
</div></div></div>
<article class="baidu_pl">
<div id="article_content" class="article_content clearfix">
<link rel="stylesheet" href="https://csdnimg.example/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">
<div id="content_views" class="markdown_views prism-atom-one-light">
{content}
</div>
<link href="https://csdnimg.example/release/blogv2/dist/mdeditor/css/editerView/markdown_views-22a2fefd3b.css" rel="stylesheet">
</div>
</article>
</div>
<div class="recommend-box insert-baidu-box"><div class="recommend-item-box type_blog clearfix"><div class="content-box"><a href="https://blog.csdn.example/macro_reader/article/details/44120931" target="_blank"><div class="title">2015政府工作报告学习：新常态下的宏观政策</div><div class="desc">文章浏览阅读856次。本文梳理了今年财政、货币政策的主要变化……</div></a></div></div><div class="recommend-item-box type_blog clearfix"><div class="content-box"><a href="https://blog.csdn.example/econ_2015/article/details/44098112" target="_blank"><div class="title">简政放权一周年回顾（整理）</div></div></a></div></div></div>
<div class="left-toolbox"><ul class="toolbox-list"><li class="tool-item tool-item-bar"><a class="tool-item-href" id="is-like"><span class="count">8</span>点赞</a></li><li class="tool-item"><a class="tool-item-href" id="is-unlike">踩</a></li><li class="tool-item"><a class="tool-item-href" id="tool-collect"><span class="count">23</span>收藏</a></li><li class="tool-item"><a class="tool-item-href" id="tool-comment"><span class="count">2</span>评论</a></li><li class="tool-item"><a class="tool-item-href" id="tool-share">分享</a></li></ul></div>
<div class="comment-box" id="pcCommentBox"><div class="comment-edit-box"><textarea class="comment-content" placeholder="欢迎高质量的评论，低质的评论会被折叠"></textarea><input type="submit" value="评论" class="btn-comment"></div><div class="comment-list-box"><ul class="comment-list"><li class="comment-line-box"><a class="name" href="https://blog.csdn.example/qwer_1987">qwer_1987</a><span class="date">2015.03.09</span><span class="new-comment">整理得很清楚，收藏了</span></li><li class="comment-line-box"><a class="name" href="https://blog.csdn.example/hgxb_notes">{blogger}</a><span class="is_bloger-comment">博主</span><span class="new-comment">谢谢支持，后面还会更新</span></li></ul></div></div>
</main>
<aside class="blog_container_aside">
<div id="asideProfile" class="aside-box"><div class="profile-intro"><a href="https://blog.csdn.example/hgxb_notes"><img src="https://profile.csdnimg.example/A/1/0/3_hgxb_notes" class="avatar_pic"></a><div class="user-info"><span class="name">{blogger}</span><span class="flag">码龄3年</span></div></div><div class="data-info"><dl><dt>原创</dt><dd>57</dd></dl><dl><dt>周排名</dt><dd>12万+</dd></dl><dl><dt>总排名</dt><dd>98万+</dd></dl><dl><dt>访问</dt><dd>4万+</dd></dl></div><div class="profile-intro-name-boxOpration"><a class="personal-watch" href="javascript:;">关注</a><a class="personal-letter" href="https://im.csdn.example/im/main.html?userName=hgxb_notes">私信</a></div></div>
<div id="asideHotArticle" class="aside-box"><h3 class="aside-title">热门文章</h3><ul class="hotArticle-list"><li><a href="https://blog.csdn.example/hgxb_notes/article/details/42011233">一张表看懂GDP、GNP和GNI<span class="read">阅读量 9862</span></a></li><li><a href="https://blog.csdn.example/hgxb_notes/article/details/43277118">CPI和PPI到底差在哪<span class="read">阅读量 5120</span></a></li></ul></div>
<div id="asidedirectory" class="aside-box"><h3 class="aside-title">目录</h3><div class="toc-box"><ol><li><a href="#_3">一、政府职能和投融资、价格改革</a></li><li><a href="#_15">二、财税金融和国企改革</a></li><li><a href="#_29">三、推动外贸和利用外资</a></li></ol></div></div>
</aside>
</div>
</div>
<div class="blog-footer-bottom"><div class="footer-links"><a href="https://www.csdn.example/company/index.html#about">关于我们</a><a href="https://www.csdn.example/company/index.html#recruit">招贤纳士</a><a href="https://www.csdn.example/company/index.html#contact">联系我们</a></div><div>京ICP备19004658号　©1999-2015北京创新乐知网络技术有限公司</div></div>
<script src="https://csdnimg.example/release/blogv2/dist/pc/js/detail-a3e4b0c1.min.js" type="text/javascript"></script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    assert len(body) == 10, len(body)
    return prev.gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 5, 7, 9),
        [
            "已于",
            "阅读量1.2k",
            "分类专栏",
            "版权声明：本文为博主原创文章",
            "本文链接",
            "文章目录",
            "新常态下的宏观政策",
            "简政放权一周年回顾",
            "整理得很清楚，收藏了",
            "码龄3年",
            "热门文章",
            "一张表看懂GDP、GNP和GNI",
            "京ICP备19004658号",
        ],
        "the h1.title-article is the title (<title> adds the blog and CSDN博客); the body is "
        "div#content_views rendered from Markdown: the hidden <svg> is nothing; the [TOC] "
        "box div.toc inside the content, with its own <h3>文章目录</h3>, is neither heading "
        "nor body (its entries repeat the headings; not listed as must_not since they "
        "equal headings); <h2><a id></a>一、…</h2> are level 1 and <h3><a id></a>1.1 …</h3> "
        "level 2, read without the empty anchors; the last <h2> has no <h3>s; the "
        "<blockquote> paragraph is body (a passage); the article info (原创, 修改 time, "
        "counts, 分类专栏/标签, 版权声明, 本文链接), 相关推荐, tool bar, comments and the "
        "aside (blogger card, 热门文章, a second 目录) are not body",
    )


# ----------------------------------------- u12 政策解读 pasted from Word (MsoNormal)


P_STYLE = (
    "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly"
)
FS = "font-size:16.0pt"
LATIN = re.compile(r"([0-9A-Za-z%.]+)")


def word_runs(text: str, font: str = "仿宋_GB2312") -> str:
    """As Word saves a run of Chinese text with digits: separate Times New Roman spans."""
    out: list[str] = []
    for i, piece in enumerate(LATIN.split(text)):
        if not piece:
            continue
        if i % 2:
            out.append(
                f'<span lang="EN-US" style="{FS};font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:{font}">{esc(piece)}</span>'
            )
        else:
            out.append(
                f'<span style="{FS};font-family:{font};mso-hansi-font-family:宋体">{esc(piece)}</span>'
            )
    return "".join(out)


def mso_p(inner: str) -> str:
    return f'<p class="MsoNormal" style="{P_STYLE}">{inner}<span lang="EN-US" style="{FS}"><o:p></o:p></span></p>'


def build_gov_word_paste(path: Path) -> dict[str, Any]:
    title = "《东川省关于做好2016年保障和改善民生工作的实施意见》政策解读"
    site = "东川省人民政府"
    s7, s6 = section(2016, "（七）"), section(2016, "（六）")
    intro = s7[0]
    outline: list[tuple[str, list[tuple[str, list[str]]]]] = [
        (
            "一、扩大就业和发展教育",
            [("（一）稳定和扩大就业", [s7[1]]), ("（二）促进教育公平和质量提升", [s7[2]])],
        ),
        (
            "二、健全医疗和社会保障",
            [
                ("（一）深化医药卫生体制改革", [s7[3]]),
                ("（二）提高社会保障水平", [s7[4]]),
            ],
        ),
        (
            "三、创新社会治理和改善环境",
            [
                ("（一）夯实基层社会治理", [s7[6], s7[7]]),
                ("（二）加大大气和水污染治理力度", [s6[0]]),
            ],
        ),
    ]
    empty = f'<p class="MsoNormal" style="{P_STYLE}"><span lang="EN-US" style="{FS}"><o:p>&nbsp;</o:p></span></p>'
    body = [intro]
    headings: list[tuple[str, int]] = []
    parts = [mso_p(word_runs(intro))]
    for h1, subs in outline:
        parts.append(empty)
        parts.append(
            mso_p(
                f'<span style="{FS};font-family:黑体;mso-hansi-font-family:宋体">{esc(h1)}</span>'
            )
        )
        headings.append((h1, 1))
        for h2, paras in subs:
            parts.append(
                mso_p(
                    f'<span style="{FS};font-family:楷体_GB2312;mso-hansi-font-family:宋体">{esc(h2)}</span>'
                )
            )
            headings.append((h2, 2))
            for p in paras:
                parts.append(mso_p(word_runs(p)))
                body.append(p)
    content = "\n".join(parts)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{title}_政策解读_{site}门户网站</title>
<meta name="SiteName" content="{site}门户网站" />
<meta name="SiteDomain" content="www.dongchuan.gov.cn" />
<meta name="SiteIDCode" content="5300000021" />
<meta name="ColumnName" content="政策解读" />
<meta name="ColumnType" content="政策解读" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2016-03-18 17:05" />
<meta name="ContentSource" content="东川省人力资源和社会保障厅" />
<link rel="stylesheet" type="text/css" href="/images/2016/css/common.css" />
<link rel="stylesheet" type="text/css" href="/images/2016/css/detail.css" />
<script type="text/javascript" src="/images/2016/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/images/2016/js/jquery.qrcode.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">欢迎访问{site}门户网站！</span><div class="top-r"><a href="/wza/">无障碍浏览</a> | <a href="/en/">English</a> | <a href="/mobile/">手机版</a></div></div></div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/2016/logo.png" alt="{site}" /></a><form class="search" action="/search/"><input type="text" name="q" placeholder="请输入关键字" /><button type="submit">搜索</button></form></div></div>
<div class="nav"><div class="w1200"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li class="on"><a href="/zcjd/">政策解读</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zcjd/">政策解读</a> &gt; <a href="/zcjd/bmjd/">部门解读</a></div>
<div class="w1200 detail">
<h1 class="detail-title">{title}</h1>
<div class="detail-info"><span>发布时间：2016-03-18 17:05</span><span>来源：东川省人力资源和社会保障厅</span><span>浏览次数：<em id="readCount">3207</em></span><span class="font-size">字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<div class="detail-content" id="zoom">
<div class="view TRS_UEDITOR trs_paper_default trs_word">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom><w:PunctuationKerning/><w:DrawingGridVerticalSpacing>7.8 磅</w:DrawingGridVerticalSpacing></w:WordDocument></xml><![endif]-->
{content}
</div>
<div class="fujian"><p>附件：</p><p><a href="./P020160318524017394521.pdf" target="_blank">1. 东川省关于做好2016年保障和改善民生工作的实施意见.pdf</a></p><p><a href="./P020160318524017401888.doc" target="_blank">2. 2016年民生实事项目分工表.doc</a></p></div>
</div>
<div class="detail-tools"><div class="qr-box"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div><div class="tools-r"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></div>
<div class="related"><div class="related-title">相关稿件</div><ul><li><a href="/zwgk/szfwj/201603/t20160316_221870.html">东川省人民政府关于做好2016年保障和改善民生工作的实施意见</a><span>2016-03-16</span></li><li><a href="/zcjd/tjjd/201603/t20160317_221933.html">图解：2016年东川省十项民生实事</a><span>2016-03-17</span></li></ul></div>
</div>
<div class="footer"><div class="w1200"><p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></p><p>主办单位：{site}办公厅　承办单位：东川省信息中心</p><p>网站标识码：5300000021　<a href="http://www.beian.miit.gov.cn/" target="_blank">东ICP备05000518号</a>　<img src="/images/2016/gaba.png" alt="" />东公网安备53010202000123号</p><div class="jiucuo"><a href="http://pucha.kaipuyun.cn/exposure/jiucuo.html?site_code=5300000021" target="_blank"><img src="/images/2016/jiucuo.png" alt="政府网站找错" /></a></div></div></div>
<script type="text/javascript">$("#qrcode").qrcode({{ width: 100, height: 100, text: location.href }}); function doZoom(size) {{ $("#zoom").css("font-size", size + "px"); }}</script>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    return prev.gold_of(
        page,
        title,
        headings,
        body,
        (0, 2, 4, 5, 7),
        [
            "欢迎访问",
            "当前位置",
            "浏览次数",
            "附件：",
            "2016年民生实事项目分工表",
            "扫一扫在手机打开当前页",
            "【打印本页】",
            "【关闭窗口】",
            "相关稿件",
            "图解：2016年东川省十项民生实事",
            "网站标识码",
            "东ICP备05000518号",
            "东公网安备53010202000123号",
        ],
        "the <h1> is the title (<title> adds column and site); the content was pasted from "
        "Word: every paragraph is a <p class=MsoNormal> with mso styles, text in 仿宋_GB2312 "
        "spans split around digits (Times New Roman lang=EN-US spans, to be joined without "
        "spaces), <o:p> tags, empty &nbsp; paragraphs between sections and a Word XML "
        "comment; the headings are told only by font family, as the official document "
        "format prints them: 黑体 一、… (level 1) and 楷体_GB2312 （一）… (level 2), neither "
        "bold; the 附件 list after the content, the info line, QR box, print/close tools, "
        "相关稿件 and footer are not body",
    )


# ------------------------------------------------------------------------ main


MINE = ("u07_", "u08_", "u09_", "u10_", "u11_", "u12_")

SOURCE_HEAD = (
    "# Documents made with real tools, sixth set (development data)\n\n"
    "Made as development data after the fifth set (`realdocs-made5`), each a layout\n"
    "pattern the earlier sets lack: PDF/DOCX u01-u06 by `python eval/make_realdocs6_files.py`,\n"
    "HTML pages (u07 on) by `python eval/make_realdocs6_pages.py`. Texts come only from the\n"
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
    "| u07_epaper_headline_stack.html | written after the layout of newspaper digital editions (数字报) (`eval/make_realdocs6_pages.py`, as u08-u12), gwr 2015 | printed headline stack `<h3>` 引题 / `<h1>` 主题 / `<h2>` 副题 `——…` / `<h4>` byline (title the `<h1>` alone; 引题/副题 neither headings nor required body), 版面导航 and 本版新闻 columns before the article (the list repeats the title), edition line `《东方日报》（…第02版）`, body in `div#ozoom` between `<!--enpcontent-->` comments with upper-case `<P>` tags and a hidden checkbox, `<P><B>` subheads (level 1), photo in a `<TABLE>` with a caption cell, 上一篇/下一篇, 上一版/下一版 |",
    '| u08_finance_cms_style.html | written after the layout of finance portals (新浪财经-like), gwr 2016 | `h1.main-title`, `div.date-source`, `div#artibody` between `<!-- 正文 start -->`/`原始正文start` comments, `<p cms-style="font-L">` paragraphs, subheads bold only through `<font cms-style="font-L strong-Bold">` and a head `<style>` attribute rule (no `<b>`/`<strong>`; level 1), `img_wrapper` + `img_descr` caption, an ad box between paragraphs, `海量资讯、精准解读，尽在新浪财经APP` QR box as the last child of the body container, `p.article-editor` 责任编辑, 文章关键词, QR prompt, comments, 猜你喜欢, side column |',
    '| u09_gbk_dede_br_text.html | written after the layout of DedeCMS default-template sites, gwr 2015 | GBK bytes with CRLF, `<meta charset="gbk">`, site name/author with `昇` (GBK, not GB2312); logo in the page\'s `<h1>`, title in `div.title <h2>`; info line with a 点击 counter `<script>`; the article one `div.content` `<font>` flow: `&nbsp;×4`-indented paragraphs each ended by a single `<br>`, headings inline `<b>一、…</b><br>` in the same flow (level 1), a red `<font>` phrase in a paragraph; `------分隔线------`, 上一篇/下一篇, 收藏/挑错/推荐/打印, comment form, 推荐内容/热点内容 boxes, Powered by DedeCMS footer |',
    "| u10_mobile_fold.html | written after the layout of mobile news sites (`m.` pages, not AMP), gwr 2017 | top `下载客户端` app banner, `<article>` `<h1>`, `<h2>` subheads (level 1), lazy `<img data-src>` with a placeholder `src` and `p.img-desc` caption, a `展开全文` fold mid-article (mask with the button and `打开APP，阅读体验更佳`, not body) followed by the rest in `div.art-rest.folded` hidden by a head-stylesheet rule (body: two passages and two headings), source/editor line, fixed `打开APP阅读全文` bar, 相关推荐 with an ad, 热门评论 |",
    "| u11_csdn_markdown_toc.html | written after the layout of developer-blog posts rendered from Markdown (CSDN-like), gwr 2015 | `h1.title-article`, article info (原创, `已于…修改`, 阅读量/收藏/点赞, 分类专栏/文章标签, CC 4.0 BY-SA 版权声明, 本文链接), `div#content_views.markdown_views` with a hidden `<svg>`, a `[TOC]` box `div.toc` with its own `<h3>文章目录</h3>` inside the content (not heading, not body), `<h2><a id></a>一、…</h2>` (level 1) / `<h3><a id></a>1.1 …</h3>` (level 2), one `<h2>` without `<h3>`s, `<blockquote>` (body), `<hr>`; 相关推荐, tool bar, comments, aside with blogger card, 热门文章 and a second 目录 |",
    '| u12_gov_word_paste.html | written after the layout of government 政策解读 pages with content pasted from Word (TRS UEditor `trs_word`), gwr 2016 | `<h1>`, info line with 浏览次数/字体 大中小, `<p class="MsoNormal">` paragraphs with mso styles and `<o:p>`, 仿宋_GB2312 spans split around digits (Times New Roman `lang="EN-US"` spans), empty `&nbsp;` paragraphs, a Word XML conditional comment, headings told only by font family (`黑体` `一、…` level 1, `楷体_GB2312` `（一）…` level 2, not bold), 附件 links, `扫一扫在手机打开当前页` QR box, 【打印本页】【关闭窗口】, 相关稿件, 网站标识码/ICP/公网安备 footer |',
]


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "u07_epaper_headline_stack.html": build_epaper,
    "u08_finance_cms_style.html": build_finance_cms,
    "u09_gbk_dede_br_text.html": build_gbk_dede,
    "u10_mobile_fold.html": build_mobile_fold,
    "u11_csdn_markdown_toc.html": build_csdn_markdown,
    "u12_gov_word_paste.html": build_gov_word_paste,
}


def main(argv: list[str] | None = None) -> int:
    return prev.make_pages_set(BUILDERS, "realdocs-made6", argv, __doc__, ROWS, SOURCE_HEAD, MINE)


if __name__ == "__main__":
    sys.exit(main())
